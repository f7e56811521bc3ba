// A percentage of another base is no contradiction (share41): a share of revenue ("매출의 65%", "65% of its 2025
// revenue") and a share of exports ("수출 비중", "exports were 41% of sales") are percentages of different things,
// and neither vouches for nor refutes the other (server/src/judge/percentBase.ts). Tested on articles and report lines
// written here as an outlet and a memo writer would write them, then on unseen-59 L49 with the faxed-release rules in.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';
import { ofAnotherBase, percentFrame } from '../../server/src/judge/percentBase';

/** A city's press release of a pump maker's new plant, written for these tests. */
const GWANGJU_RELEASE = [
  '# 광주시, 대성펌프와 450억 원 규모 하남 2공장 투자협약',
  '',
  '*광주광역시 보도자료, 2026년 9월 14일*',
  '',
  '이번 투자는 대성펌프가 지난달 말레이시아 조호르 스타게이트 데이터센터 1단계(150㎿)의 냉각수 펌프를 8,400만 달러(약 1,150억 원)에 수주한 데 따른 것이다.',
  '',
  '수주액은 회사의 2025년 매출 2,400억 원의 48%에 이르며, 납기는 2027년 3월부터 2028년 6월까지다.',
  '',
].join('\n');

/** A trade weekly's story of the same kind of order, written for these tests. */
const FLOW_WEEKLY = [
  '# Harmon Pumps Wins Chiller Loop Order for Stargate Johor',
  '',
  '*Flow Industry Weekly, 16 September 2026*',
  '',
  'Harmon Pumps has won a USD 84 million order to supply chilled-water pumps to the Stargate Johor data center campus in Malaysia.',
  '',
  "The order is equal to about 58 percent of the company's 2025 revenue, Harmon Pumps said on Tuesday.",
  '',
].join('\n');

const ko = writtenSources({ 'gwangju-release.md': GWANGJU_RELEASE }, 'xref-share41-ko-');
const en = writtenSources({ 'flow-weekly.md': FLOW_WEEKLY }, 'xref-share41-en-');

describe('share41: a percentage of another base', () => {
  it('reads the part and the base a percentage’s own words name', () => {
    const at = (s: string, f: string, lang: 'ko' | 'en') =>
      percentFrame(s, s.indexOf(f), s.indexOf(f) + f.length, lang);
    assert.deepEqual(at('대성펌프의 지난해 수출 비중은 32%였다.', '32%', 'ko').part, ['ko:수출']);
    const order = at('수주액은 회사의 지난해 매출 2,400억 원의 48%에 해당하며', '48%', 'ko');
    assert.deepEqual([order.part, order.base], [['deal'], ['revenue']]);
    const exports = at('Exports were 36% of sales in 2025.', '36%', 'en');
    assert.deepEqual([exports.part, exports.base], [['en:export'], ['revenue']]);
    // (whose share it is, a company's, says nothing of what it is a share of)
    assert.equal(at('OpenAI will hold 40% of the venture.', '40%', 'en').base, undefined);
    // a share of exports against a share of revenue an order is: apart; two shares of revenue: not
    assert.equal(ofAnotherBase(at('수출 비중은 32%였다', '32%', 'ko'), order), true);
    assert.equal(ofAnotherBase(at('수주액은 매출의 55%에 이른다', '55%', 'ko'), order), false);
    // (a deal by another of its names is the same part: "The contract amount accounts for …" / "The order equals …")
    const contract = at(
      "The contract amount accounts for approximately 27.4% of the Company's revenue for 2025",
      '27.4%',
      'en',
    );
    assert.equal(
      ofAnotherBase(at("The order equals about 21.4% of Nanhai's 2025 revenue.", '21.4%', 'en'), contract),
      false,
    );
    // (a pronoun names no base: "70% of it" may be of the power a line gives it)
    assert.equal(at('The contract covers 70% of it at full load.', '70%', 'en').base, undefined);
    // (a base is its whole noun phrase: "of Brazil's data center capacity" is of capacity)
    const capacity = at("São Paulo hosts about 80% of Brazil's data center capacity.", '80%', 'en');
    assert.equal(ofAnotherBase(capacity, at("It hosts about 60% of the country's capacity.", '60%', 'en')), false);
  });

  it('a Korean line’s export share is not refuted by an order’s share of revenue', () => {
    const j = figureJudged(
      ko,
      '대성펌프의 2025년 수출 비중은 32%였고, 조호르 납품이 시작되는 2027년에는 40%를 넘길 것으로 본다.',
      '32%',
    );
    assert.equal(loud(j).length, 0, messages(j));
    assert.notEqual(j.status, 'supported');
  });

  it('…while the order’s share of revenue is still refuted by the same share', () => {
    const j = figureJudged(ko, '대성펌프의 수주액은 2025년 매출의 55%에 이른다.', '55%');
    assert.deepEqual(
      j.mismatches.map((f) => f.code),
      ['figure-mismatch'],
      `${j.status} ${messages(j)}`,
    );
  });

  it('an English line’s exports share of sales is not refuted by an order’s share of revenue', () => {
    const j = figureJudged(en, "Harmon Pumps' exports were 36% of its 2025 sales.", '36%');
    assert.equal(loud(j).length, 0, messages(j));
    assert.notEqual(j.status, 'supported');
  });

  it('…while a line giving the order another share of revenue is refuted', () => {
    const j = figureJudged(en, "Harmon Pumps' order is equal to about 68 percent of its 2025 revenue.", '68 percent');
    assert.deepEqual(
      j.mismatches.map((f) => f.code),
      ['figure-mismatch'],
      `${j.status} ${messages(j)}`,
    );
  });

  it('unseen-59 L49: the invented export share is unsupported, not refuted by the faxed release’s 65% of revenue', () => {
    const j = reportLineJudged(
      'unseen-59',
      'jungbu-suchul-jiwon-center-chuljang-geomto-stargate-sangju-nonsan-ko.md',
      49,
      '41%',
    );
    assert.deepEqual(j.codes, ['figure-unsupported'], messages(j));
  });

  it('unseen-28 L36: a contract’s share of revenue is still refuted by the filing’s “contract amount accounts for …”', () => {
    const j = reportLineJudged('unseen-28', 'stargate-apac-credit-memo.md', 36, '21.4%');
    assert.ok(j.codes.includes('figure-mismatch'), `${j.status} ${messages(j)}`);
  });
});
