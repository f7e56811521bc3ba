// Quotations across languages and moved quotations (issue 10, xquote17). The articles of
// test/fixtures/unseen-xquote17/ were written first (an English wire, a Korean daily and an English trade weekly on
// Stargate's Ulsan campus, quoting Marcus Fenwick in both languages and Korean speakers in both), the reports and keys
// after. Two mechanisms: reported speech whose subject is a role and then a name between commas ("Taesung's chief
// executive, Cho Yun-sang, said the company had “…”") is that person's; and a Korean quotation of a speaker whose
// original words an English source gives is a translation, so another outlet's different Korean wording of it is no
// misquote (information naming the original), unless the words it changes are a figure or a name.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { extractQuotes } from '../../server/src/extract/quotes';
import { splitSentences } from '../../server/src/text/sentences';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';

const DIR = path.join(ROOT, 'test', 'fixtures', 'unseen-xquote17');
let corpus: Corpus | undefined;
const sources = () => (corpus ??= Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false }));
function quoteAt(text: string) {
  const r = checkReport(sources(), text);
  const c = r.claims.find((x) => x.type === 'quote');
  assert.ok(c, 'a quotation is read');
  const f = r.findings.filter((x) => x.code.startsWith('quote'));
  return { status: c.status, codes: f.map((x) => `${x.code}/${x.severity}`), message: f[0]?.message ?? '' };
}
function speakers(text: string) {
  return extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }])).map((q) => q.speaker?.text);
}

describe('xquote17: reported speech after a role and a name between commas', () => {
  it('the name between commas after a role is the speaker of the partial quotation', () => {
    assert.deepEqual(
      speakers(
        'Stargate\'s Asia-Pacific infrastructure chief, Marcus Fenwick, said the second phase "will need a new transmission line, and that takes five years in Korea".',
      ),
      ['Marcus Fenwick'],
    );
    assert.deepEqual(
      speakers(
        'The utility\'s head of grid planning, Choi Min-jae, said the company would "connect the first phase by 2028".',
      ),
      ['Choi Min-jae'],
    );
  });
  it('the name first and the role between commas is read as before', () => {
    assert.deepEqual(
      speakers(
        'Yoon Ha-eun, a utilities analyst at Daeryun Securities, said Onsan "can carry the first phase without new lines".',
      ),
      ['Yoon Ha-eun'],
    );
  });
  it('a moved quotation in that layout is quote-misattributed, not a ✓', () => {
    const r = quoteAt(
      'Stargate\'s Asia-Pacific infrastructure chief, Marcus Fenwick, said the second phase "will need a new transmission line, and that takes five years in Korea".\n',
    );
    assert.equal(r.status, 'misattributed');
    assert.deepEqual(r.codes, ['quote-misattributed/warning']);
  });
  it("the speaker's own words in that layout are supported", () => {
    const r = quoteAt(
      'Stargate\'s Asia-Pacific infrastructure chief, Marcus Fenwick, said the company had come to Ulsan "for the grid, not the land".\n',
    );
    assert.equal(r.status, 'supported');
    assert.deepEqual(r.codes, []);
  });
});

describe('xquote17: a Korean rendering of an English speaker', () => {
  it("another Korean wording of Fenwick's English is no misquote: information naming the original", () => {
    const r = quoteAt('- 펜윅 총괄은 "우리는 땅이 아니라 전력망 때문에 울산에 왔다"고 말했다.\n');
    assert.notEqual(r.status, 'misquoted');
    assert.deepEqual(r.codes, ['quote-unsupported/information']);
    assert.match(r.message, /We came to Ulsan for the grid, not the land/);
  });
  it('a rendering that changes a figure both renderings must share is still a misquote', () => {
    const r = quoteAt('- 펜윅 총괄은 "이 부지 5km 안에 345kV 변전소가 세 곳이나 있다"고 강조했다.\n');
    assert.deepEqual(r.codes, ['quote-mismatch/warning']);
  });
  it("a Korean speaker's Korean words changed are a misquote (no English original)", () => {
    const r = quoteAt('- 서재원 시장은 "조선소가 멈춰도 사라지지 않는 산업을 기다려 왔다"고 했다.\n');
    assert.deepEqual(r.codes, ['quote-mismatch/warning']);
  });
});

describe('xquote17: the keyed reports', () => {
  for (const report of ['onsan-review-ko', 'onsan-briefing-en'])
    it(`${report}: every planted mistake found, every true line clean`, () => {
      const s = scoreReport(path.join(DIR, 'reports', `${report}.key.json`));
      assert.equal(
        s.found,
        s.planted,
        s.lines
          .filter((l) => !l.pass)
          .map((l) => `${l.line}: ${l.got}`)
          .join('; '),
      );
      assert.equal(s.trueClean, s.trueLines);
    });
});
