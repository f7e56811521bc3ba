// How sources are read, metadata, in the layouts unseen-56 and unseen-57 read wrong (issue 10, session 39): a Korean
// public body's dispatched letter (공문), a page printed from a browser, titles with a site's and a board's pieces, a
// breadcrumb over a wiki page's heading, a document viewer titled by its file's name. Each rule is shown on a small
// document of the same kind written for it, from another sender, and on the real set's source. Each case fails with
// its rule undone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixtureSource } from './metadataTable';
import { readSource } from '../../server/src/corpus/corpus';
import type { Source } from '../../server/src/types';

/** A file (its text) read as a source, from a folder of its own. */
function source(text: string, name: string): Source {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meta39-')), name);
  fs.writeFileSync(file, text);
  const s = readSource(file, 50e6);
  assert.ok(typeof s !== 'string', String(s));
  return s;
}
const page = (html: string) => source(html, 'page.html').meta;
const text = (t: string, name = 'doc.txt') => source(t, name).meta;

describe("a Korean public body's dispatched letter (공문, 시행문)", () => {
  it('the body over 수신 its outlet, 제목 its headline, the 시행 line its date; the slogan above is no headline', () => {
    const m = text(
      [
        '                    함께 여는 내일, 활기찬 영천',
        '',
        '                         영      천      시',
        '',
        '수신자  경상북도지사(투자유치과장)',
        '(경유)',
        '제목  데이터센터 냉각설비 기업 투자보조금 지원 요청(한빛써멀㈜ 영천공장 증설)',
        '',
        '1. 관련: 경상북도 투자유치과-2210(2026. 4. 2.)',
        '',
        '2. 한빛써멀㈜의 영천공장 증설 투자(총 48,000백만원, 신규고용 95명)에 대하여 보조금 지원을 요청합니다.  끝.',
        '',
        '                         영  천  시  장   [직인생략]',
        '',
        '주무관   이서준        투자유치팀장   박지원',
        '시행  투자유치과-5120  (2026. 9. 14.)         접수',
        '우 38822  경상북도 영천시 시청로 ○○  /  http://www.yc.go.kr   /   대국민 공개',
      ].join('\n'),
    );
    assert.equal(m.outlet, '영천시');
    assert.equal(m.title, '데이터센터 냉각설비 기업 투자보조금 지원 요청(한빛써멀㈜ 영천공장 증설)');
    assert.equal(m.date, '2026-09-14');
    assert.deepEqual(m.authors, []);
  });
  it('unseen-56: the city of Sacheon’s letter to the province', () => {
    const m = fixtureSource(
      'unseen-56/sources/sacheon-si-gongmun-tujayuchi-bojogeum-cheongryong-2gongjang-ko.txt',
    ).meta;
    assert.equal(m.outlet, '사천시');
    assert.equal(m.title, '지방투자기업 보조금 지원 요청(청룡에어로텍㈜ 사천 제2공장 신설)');
    assert.equal(m.date, '2026-08-05');
  });
});

describe('a page printed from a browser (its date and time, the title, the address and page number on each page)', () => {
  it('the print header and footer are no text and no headline; a headline wrapped before its deck is both lines', () => {
    const head =
      '11/3/26, 2:17 PM                 County approves 20-year tax deal for 300 MW Stargate campus | Valley Ledger';
    const foot = (n: number) =>
      `https://valleyledger.example/news/2026/11/02/stargate-tax-deal/                  ${n}/2`;
    const m = text(
      [
        head,
        '',
        '   VALLEY LEDGER',
        '   News · Business · Sports · Opinion',
        '',
        'County approves 20-year tax deal for 300 MW Stargate',
        'campus',
        'Commissioners voted 4-1 for a 20-year abatement worth about $140 million to',
        'the developer of the east-side campus',
        '',
        'By Dana Whitcomb',
        'Published Nov. 2, 2026',
        '',
        'The county commission on Monday approved a 20-year tax abatement for a 300-megawatt data center campus',
        'east of town, worth about $140 million to the developer over its term.',
        '',
        foot(1),
        head,
        '',
        'The campus is expected to employ 150 people when its first phase opens in 2028.',
        '',
        foot(2),
      ].join('\n'),
    );
    assert.equal(m.title, 'County approves 20-year tax deal for 300 MW Stargate campus');
    assert.equal(m.outlet, 'Valley Ledger');
    assert.equal(m.date, '2026-11-02');
  });
  it('unseen-57: the Cook Inlet Business Weekly article printed on Feb. 27', () => {
    const m = fixtureSource('unseen-57/sources/print-cook-inlet-business-weekly-stargate-nikiski-campus.txt').meta;
    assert.equal(m.title, 'Stargate picks Nikiski for a $7.8 billion, gas-powered AI campus');
    assert.equal(m.date, '2026-02-26');
  });
});
