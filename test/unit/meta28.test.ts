// How sources are read, body and metadata, in the layouts unseen-34 and unseen-35 read wrong (issue 10, session 28).
// The pages in test/fixtures/unseen-meta28/ were written first, each from another sender of the layout, then run. Each
// case fails with its rule undone.
import { strict as assert } from 'assert';
import * as path from 'path';
import { parseArticle } from '../../server/src/corpus/article';
import { readSource } from '../../server/src/corpus/corpus';
import { readPage } from '../../server/src/corpus/readers/html';
import type { Source } from '../../server/src/types';

const FIX = path.join(__dirname, '..', 'fixtures');
const source = (rel: string): Source => {
  const s = readSource(path.join(FIX, rel), 50e6);
  assert.ok(typeof s !== 'string', `${rel}: ${String(s)}`);
  return s;
};
const sentences = (s: Source) => s.sentences.map((x) => x.text);
const meta = (text: string, file = 'x.txt') => parseArticle(text, file).meta;
const enBody =
  'The campus will draw 300 MW from the grid in its first phase, and its operator expects the second phase in 2029.\n';

describe('an e-mail newsletter saved from its archive: every section is the body', () => {
  it("a Mailchimp page's rows, one section each: the news items are read, not only the longest section", () => {
    const s = source('unseen-35/sources/swvcc-chamber-connection-october-2026.html');
    const all = sentences(s);
    assert.ok(all.some((t) => t.includes('up to 3,200 construction workers at the peak')));
    assert.ok(all.some((t) => t.includes('Power and water are not side issues')));
    // …its furniture not: the archive's link, the masthead, the footer after `You are receiving this email`
    for (const no of [
      'View this email',
      'Edited by',
      'mailing address',
      'Litchfield',
      'unsubscribe',
      'Want to change',
      'receiving this email',
    ])
      assert.ok(!all.some((t) => t.includes(no)), no);
  });
  it('the newer template (each block a table under #templateBody): the sections, never the footer cell alone', () => {
    const all = sentences(source('unseen-meta28/hcedc-prairie-edge-november-2026.html'));
    assert.ok(all.some((t) => t.includes('68 more operations jobs will be posted in December')));
    assert.ok(all.some((t) => t.includes('a better one than many of us expected')));
    assert.ok(all.some((t) => t.includes('propane delivery route')));
    assert.ok(!all.some((t) => /Motel Dr|mailing address|unsubscribe/.test(t)));
  });
  it("a Stibee page's rows in Korean: the sections, the footer's 발송 line and what follows it out", () => {
    const s = source('unseen-meta28/dangjin-cci-brief-2026-11-ko.html');
    const all = sentences(s);
    assert.ok(all.some((t) => t.includes('최대 1,800명')));
    assert.ok(all.some((t) => t.includes('송악정밀은 1998년')));
    assert.ok(!all.some((t) => /발송됩니다|수신거부|당진중앙1로/.test(t)));
    // (…the copyright line under it still naming the sender)
    assert.equal(s.meta.outlet, '당진상공회의소');
  });
  it("a mailing list's footer ends the text; its copyright line still names the sender", () => {
    const m = parseArticle(
      `${enBody}\nThe second phase will add 200 MW, the operator said on Tuesday at a briefing in the city.\n\n© 2026 Tonopah Valley Chamber, All rights reserved.\nYou are receiving this email because you are a member of the Tonopah Valley Chamber.\n\nOur mailing address is:\nTonopah Valley Chamber\n12 Main St, Tonopah, AZ 85354\n\nYou can update your preferences or unsubscribe from this list.\n`,
      'x.txt',
    );
    const text = (s: { start: number; end: number }) => s;
    assert.equal(m.sentences.length, 2, JSON.stringify(m.sentences.map(text)));
    assert.equal(m.meta.outlet, 'Tonopah Valley Chamber');
    // (…a line saying to whom the letter goes, above its text, is no footer: the text after it stays)
    const top = parseArticle(
      `이 메일은 구독 신청하신 분께 발송됩니다.\n\n안녕하세요. 이번 호에서는 보령 캠퍼스의 비용 소식을 정리했습니다. 총사업비는 26조 5천억 원으로 늘었습니다.\n`,
      'x.txt',
    );
    assert.ok(top.sentences.length >= 2);
  });
});

describe("a page's markup and masthead: what they state", () => {
  const page = (script: string) =>
    readPage(
      `<html><head><title>Issue 12</title></head><body><article><p>${enBody}</p><p>${enBody}</p></article><script>${script}</script></body></html>`,
    );
  it('a date a script sets for sending or publishing (`var campaignSentDate = "Mon, Oct 5, 2026 7:02 AM"`); no other date\'s', () => {
    const m = (script: string) => {
      const r = page(script);
      assert.ok(!('skip' in r));
      return r.meta?.date;
    };
    assert.equal(m('var campaignSentDate = "Mon, Oct 5, 2026 7:02 AM";'), '2026-10-05');
    assert.equal(m('window.dataLayer.push({"publishDate": "2026-03-02T08:00:00Z"});'), '2026-03-02');
    assert.equal(m('var consentDate = "2026-01-01"; var eventDate = "2026-04-04";'), undefined);
  });
  it("a members' newsletter is the body its tagline names; its editor, not a column's signer, the author", () => {
    const m = meta(
      `PRAIRIE LINES\nThe member newsletter of the Chugwater Valley Cooperative Association\nWheatland · Chugwater · Glendo\nMarch 2026 · Edited by Dana Whitford, Communications Coordinator\n\nFrom the Manager\n\nThe cooperative signed a 20-year supply contract for the campus this winter, its largest ever.\n\n— Carl Benning, General Manager\n\n${enBody}`,
    );
    assert.equal(m.outlet, 'Chugwater Valley Cooperative Association');
    assert.deepEqual(m.authors, ['Dana Whitford']);
  });
  it("a newsletter page named by its own name in its <title>, its tagline the body's: the body's (unseen-35's chamber)", () => {
    const s = source('unseen-35/sources/swvcc-chamber-connection-october-2026.html');
    assert.equal(s.meta.outlet, 'Southwest Valley Chamber of Commerce');
    assert.deepEqual(s.meta.authors, ['Jenna Marquez']);
    assert.equal(s.meta.date, '2026-10-05');
  });
  it('a signature with a post after the name: the name only (`— Alma Deschenie, Executive Director`)', () => {
    const m = meta(
      `Director's letter\n\nThe campus hired 60 county residents this fall, more than any employer in a decade here.\n\n— Alma Deschenie, Executive Director\n\n${enBody}`,
    );
    assert.deepEqual(m.authors, ['Alma Deschenie']);
  });
  it("a platform that names no blog of the post's own is its outlet, failing all else", () => {
    assert.equal(source('unseen-meta28/brunch-haenam-substation-essay-ko.html').meta.outlet, '브런치스토리');
    // (a blog it hosts that has a name of its own is that blog's, as before)
    assert.equal(
      source('unseen-18/sources/naver-blog-gunsan-saemangeum-visit-ko.html').meta.outlet,
      '바람 부는 군산 이야기',
    );
  });
  it('a site name given with the publication it holds, the <title> ending in the name alone: the name', () => {
    assert.equal(
      source('unseen-meta28/gulf-sovereign-sustainability-report-page.html').meta.outlet,
      'Al Wusta Development Fund',
    );
  });
});
