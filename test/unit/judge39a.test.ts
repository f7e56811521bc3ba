// Wrong verdicts on figures of unseen-56 (tuning material since session 39): true lines given a ✗ and a planted line
// refuted by another firm's figure. Each case failed before its rule.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures';
import { placesIn } from '../../server/src/judge/scope';
import { figureJudged, messages, reportLineJudged, writtenSources } from './judged';

// A citizen reporter's article names its firm once and goes on about it: the second sentence's revenue is
// 청룡에어로텍's. An English line about another firm (its heading and its own sentence name Yonghyeon) was refuted by it.
describe("judge39a: an English line about one firm is not refuted by a Korean figure carried from another's", () => {
  const article = `<html><head><title>비행기 식히던 기술로 헝가리 데이터센터를 식힌다</title></head><body><article>
<h1>비행기 식히던 기술로 헝가리 데이터센터를 식힌다</h1>
<p class="byline">시민기자 정미경 · 2026-07-23</p>
<p>사천의 항공부품 기업 청룡에어로텍은 스타게이트가 헝가리에 짓는 두너멘테 캠퍼스의 1단계 냉각설비를 2,368억 원에 수주했다. 지난해 이 회사 매출 3,150억 원의 75.2%에 이르는 규모다.</p>
<p>용현모듈러는 슬로바키아 세레드 캠퍼스에 e-하우스 모듈 46기를 412억 원에 납품한다.</p>
</article></body></html>`;
  const corpus = () => writtenSources({ 'citizen-news.html': article }, 'xref-judge39a-owner-');
  it("leaves another firm's revenue line unjudged by the carried figure", () => {
    const c = corpus();
    const j = figureJudged(
      c,
      "# Supplier note\n\n## Yonghyeon Modular (Sacheon)\n\nYonghyeon's 2025 revenue was about KRW 118 billion.\n",
      'KRW 118 billion',
    );
    assert.deepEqual(j.codes.includes('figure-mismatch'), false, messages(j));
  });
  it('still refutes a line about the firm the figure is carried from', () => {
    const c = corpus();
    const j = figureJudged(
      c,
      '# Supplier note\n\n## Cheongryong Aerotech (Sacheon)\n\nIts 2025 revenue was KRW 318 billion.\n',
      'KRW 318 billion',
    );
    assert.ok(j.codes.includes('figure-mismatch'), messages(j));
  });
  it("unseen-56 danubia L49: Yonghyeon's revenue is not refuted by Cheongryong's", () => {
    const j = reportLineJudged(
      'unseen-56',
      'danubia-credit-supplier-risk-note-sacheon-jinju-stargate-cee.md',
      49,
      'KRW 118 billion',
    );
    assert.deepEqual(j.codes, ['figure-unsupported'], messages(j));
  });
});

// A forum's tracker lists each supplier's orders one row a contract. A line that lists each firm's total ("Cheongryong
// Aerotech accounts for KRW 334.4 billion of that, Namgang Cable for KRW 137.6 billion …") was read as one clause naming
// all three firms: another firm's row refuted the first amount, and one of a firm's two contracts refuted its total.
describe("judge39a: a list of amounts each given to a name, and a name's total over a source's rows", () => {
  const tracker = `# Supplier tracker – working notes

*Regional Data Centre Forum · research desk · last edited 7 October 2026*

## Korean suppliers (so far)

Amounts converted at KRW 1,600 per euro.

| Company (city) | Site | Scope | Value |
| :---- | :---- | :---- | :---- |
| Cheongryong Aerotech (Sacheon) | Dunamente, phase 1 | CDUs and cold plates | €148m (≈ KRW 236.8bn) |
| Cheongryong Aerotech (Sacheon) | Sereď, phase 1 | CDUs, awarded 15 Sept | €61m (≈ KRW 97.6bn) |
| Namgang Cable (Jinju) | Plomin | MV cable and busways | €54m (≈ KRW 86.4bn) |
| Namgang Cable (Jinju) | Dunamente, phase 1 | busducts | €32m (≈ KRW 51.2bn) |
| Yonghyeon Modular (Sacheon) | Sereď, phase 1 | 46 e-house modules | ≈ €25.8m (≈ KRW 41.2bn) |
`;
  const corpus = () => writtenSources({ 'tracker.md': tracker }, 'xref-judge39a-list-');
  it("does not refute one firm's amount by another firm's row", () => {
    const text =
      '# Supplier note\n\n## Summary\n\nCheongryong Aerotech accounts for KRW 334.4 billion of the busways, cable and cooling work, Namgang Cable for KRW 137.6 billion.\n';
    const j = figureJudged(corpus(), text, 'KRW 334.4 billion');
    assert.equal(j.codes.includes('figure-mismatch'), false, messages(j));
  });
  const total = (b: string) =>
    `# Supplier note\n\n## Summary\n\nNamgang Cable of Jinju accounts for ${b} of the Plomin and Dunamente busways and MV cable, Cheongryong Aerotech for KRW 334.4 billion.\n`;
  it("does not refute a firm's total by one of the rows that add up to it", () => {
    const j = figureJudged(corpus(), total('KRW 137.6 billion'), 'KRW 137.6 billion');
    assert.equal(j.codes.includes('figure-mismatch'), false, messages(j));
  });
  // (Until session 47 this line was refuted by the firm's Plomin row alone, with its KRW 86.4 billion as the fix. The
  // line gives its amount to two places joined, `the Plomin and Dunamente busways`, and one place's row is a part of
  // it (judge/joinedPlaces.ts, judge47a): a part is no fix for the whole. The sum of the two rows, 137.6, refuting
  // 147.6 is not done yet: README, Not done yet, session 47.)
  it("offers no one place's row as the fix of a firm's amount over two places joined", () => {
    const j = figureJudged(corpus(), total('KRW 147.6 billion'), 'KRW 147.6 billion');
    assert.doesNotMatch(messages(j), /86\.4/);
    assert.equal(j.status === 'supported', false, messages(j));
  });
  it("still refutes a total the writer made of another thing's parts (no name's rows)", () => {
    // (unseen-14: "$14.2bn adds the company's previously announced $6.4bn five-year plan" to the 8-K's $7.8 billion;
    // unseen-10: one site's "총 3조 엔" of the nation's two 1조5000억 엔)
    const j = reportLineJudged('unseen-14', 'sweetwater-credit-memo.md', 29, '$14.2 billion');
    assert.ok(j.codes.includes('figure-mismatch'), messages(j));
    const k = reportLineJudged('unseen-10', 'stargate-korea-japan-ko.md', 57, '3조 엔');
    assert.ok(k.codes.includes('figure-mismatch'), messages(k));
  });
  it('unseen-56 danubia L9: none of the three amounts is refuted', () => {
    for (const fig of ['KRW 334.4 billion', 'KRW 137.6 billion', 'KRW 41.2 billion']) {
      const j = reportLineJudged(
        'unseen-56',
        'danubia-credit-supplier-risk-note-sacheon-jinju-stargate-cee.md',
        9,
        fig,
      );
      assert.equal(j.codes.includes('figure-mismatch'), false, `${fig}: ${messages(j)}`);
    }
  });
});

// A government decree gives one campus's capacity as "a total connected information-technology capacity of up to 1,200
// MW, together with the related transformer stations": one campus's total, read as a sum, refuted a line that adds up
// three campuses.
describe("judge39a: one campus's total is no version of the sum over three campuses", () => {
  const decree = `MAGYAR KÖZLÖNY 2026. évi 31. szám

Government Decree 47/2026 (II. 18.) on declaring the investment related to the establishment of the Dunamente data centre campus a matter of major importance for the national economy

1. § (1) The Government declares administrative authority cases relating to the investment aimed at the establishment of the Dunamente data centre campus (hereinafter: the Investment) to be matters of major importance for the national economy.

(2) The Investment comprises the construction, in several phases, of a data centre campus with a total connected information-technology capacity of up to 1,200 MW, together with the related transformer stations, cooling plants, water abstraction works, access roads and utility connections.
`;
  const roundup = `Central Europe's three Stargate campuses

By Anna Weiss, 7 October 2026

Dunamente in Hungary is planned at 1,200 MW, Sereď in Slovakia at 600 MW and Plomin in Croatia at 400 MW. Together the three campuses come to 2,200 MW of capacity.
`;
  const line =
    "# Briefing\n\n## Our neighbours\n\nHungary's Dunamente campus near Paks is twice our size.\n\nTogether the three campuses come to 2,400 MW.\n";
  it('does not refute the sum by the decree of one campus', () => {
    const j = figureJudged(writtenSources({ 'decree.txt': decree }, 'xref-judge39a-sum-'), line, '2,400 MW');
    assert.equal(j.codes.includes('figure-mismatch'), false, messages(j));
  });
  it('still refutes it by a source that sums the three', () => {
    const j = figureJudged(
      writtenSources({ 'decree.txt': decree, 'roundup.txt': roundup }, 'xref-judge39a-sum-'),
      line,
      '2,400 MW',
    );
    assert.ok(j.codes.includes('figure-mismatch'), messages(j));
    assert.match(messages(j), /2,200/);
  });
  it("unseen-56 trnava L45: the three campuses' 2,200 MW is not refuted", () => {
    const j = reportLineJudged(
      'unseen-56',
      'trnava-region-development-committee-stargate-sered-briefing.md',
      45,
      '2,200 MW',
    );
    assert.equal(j.codes.includes('figure-mismatch'), false, messages(j));
  });
});

// A podcast's episode notes give a river intake as "초당 0.25㎥(신청 0.35㎥)": the bracket's amount is the same flow, per
// second, as Korean writes it once. Read as a bare volume it never met the line's request, and the line's "초당" was
// read as the name of its amount, so the notes' other flow (Plomin's seawater, 1.9㎥ a second) refuted it.
describe('judge39a: a flow written bare after a flow with its period is of that period', () => {
  it('reads the bracketed and the contrasted amount per second', () => {
    const units = (text: string) => extractFigures(text, 'ko').figures.map((f) => `${f.text} ${f.unit}`);
    assert.deepEqual(units('18:50 물 이야기: 바흐강에서 초당 0.25㎥(신청 0.35㎥), 플로민은 바닷물 초당 1.9㎥.'), [
      '0.25㎥ m3/초',
      '0.35㎥ m3/초',
      '1.9㎥ m3/초',
    ]);
    assert.deepEqual(units('바흐강 취수는 초당 0.35㎥를 신청했지만 0.25㎥만 허가됐다.'), [
      '0.35㎥ m3/초',
      '0.25㎥ m3/초',
    ]);
    // (not a stock after a flow joined by "and": a tank's volume)
    assert.deepEqual(units('하루 5만㎥를 쓰고 저수조 20만㎥를 짓는다.'), ['5만㎥ m3/day', '20만㎥ m3']);
  });
  const notes = `<html><head><title>#87 헝가리·슬로바키아·크로아티아… 스타게이트가 중부유럽으로 간 이유 | 팟나루</title></head><body>
<div class="episode"><h1 class="episode-title">#87 헝가리·슬로바키아·크로아티아… 스타게이트가 중부유럽으로 간 이유</h1>
<p class="episode-meta"><span class="date">2026.11.19</span></p>
<section class="episode-notes"><div class="notes-body">
<p>이번 주에는 스타게이트가 헝가리, 슬로바키아, 크로아티아에 짓는 데이터센터 캠퍼스 이야기를 나눴습니다.</p>
<p>02:40 중부유럽 세 곳 한눈에: 헝가리 두너멘테 1.2GW, 슬로바키아 세레드 600MW, 크로아티아 플로민 400MW<br>
18:50 물 이야기: 바흐강에서 초당 0.25㎥(신청 0.35㎥), 플로민은 바닷물 초당 1.9㎥. 배출수 논란</p>
</div></section></div></body></html>`;
  const line = (req: string) =>
    `# 중부유럽 스타게이트 검토\n\n## 슬로바키아 세레드\n\n바흐강 취수는 초당 ${req}를 신청했지만 0.25㎥만 허가됐다.\n`;
  it("does not refute the amount applied for by another place's flow", () => {
    const j = figureJudged(
      writtenSources({ 'potnaru-87.html': notes }, 'xref-judge39a-flow-'),
      line('0.35㎥'),
      '0.35㎥',
    );
    assert.equal(j.codes.includes('figure-mismatch'), false, messages(j));
    assert.equal(j.status, 'supported', messages(j));
  });
  it('still refutes a wrong amount applied for', () => {
    const j = figureJudged(
      writtenSources({ 'potnaru-87.html': notes }, 'xref-judge39a-flow-'),
      line('0.45㎥'),
      '0.45㎥',
    );
    assert.ok(j.codes.includes('figure-mismatch'), messages(j));
  });
  it('unseen-56 sacheon L29: the request and the permit are both vouched for', () => {
    for (const fig of ['0.35㎥', '0.25㎥']) {
      const j = reportLineJudged(
        'unseen-56',
        'sacheon-siuihoe-jeongchaekjiwongwan-stargate-jungbu-europe-geomto-ko.md',
        29,
        fig,
      );
      assert.equal(j.status, 'supported', `${fig}: ${messages(j)}`);
    }
  });
});

// A month's name is capitalized as a name is, and was read as the line's place: "Its backlog stood at KRW 274 billion
// at the end of September, …" was then a site's figure that no source names ("September" nowhere in a Korean filing),
// so the filing's 수주잔고 2,740억 원 and its 50.2% neither vouched for the line nor refuted its 60.2%.
describe("judge39a: a month's or a weekday's name is no place", () => {
  it('reads no place in "at the end of September" or "on Monday"', () => {
    assert.deepEqual(placesIn('Its backlog stood at KRW 274 billion at the end of September', 'en', []), []);
    assert.deepEqual(placesIn('The council votes on Monday in Trnava', 'en', []), ['en:trnava']);
  });
  const filing = `남강케이블 기업가치 제고 계획
2026. 9. 30.

Ⅲ. 수주 현황

     ○ 플로민 계약금액은 2025년 매출액의 45.0%에 해당함.
     ○ 2026년 9월 말 수주잔고는 2,740억 원이며, 이 중 스타게이트 관련 수주가 1,376억 원(50.2%)임.
`;
  const line = (p: string) =>
    `# Supplier note\n\n## Namgang Cable (Jinju)\n\nIts backlog stood at KRW 274 billion at the end of September, of which Stargate work is KRW 137.6 billion, or ${p}.\n`;
  it("judges the line's share by the filing's", () => {
    const c = writtenSources({ 'namgang-valueup.txt': filing }, 'xref-judge39a-month-');
    const j = figureJudged(c, line('60.2%'), '60.2%');
    assert.ok(j.codes.includes('figure-mismatch'), messages(j));
    assert.match(messages(j), /50\.2%/);
    assert.equal(figureJudged(c, line('50.2%'), '50.2%').status, 'supported');
  });
  it('unseen-56 danubia L33: the 60.2% is refuted by the 50.2% of the plan', () => {
    const j = reportLineJudged(
      'unseen-56',
      'danubia-credit-supplier-risk-note-sacheon-jinju-stargate-cee.md',
      33,
      '60.2%',
    );
    assert.ok(j.codes.includes('figure-mismatch'), messages(j));
  });
});

// Read as no place once a month's name is none, unseen-44's "In March the JV planned to finance the project 70% with
// project debt and 30% with equity, which put total equity at about US$3.45 billion" met a policy institute's "The
// agreement puts the total investment at US$7.2 billion": another version of the whole the line took its 30% of (the
// filing's US$11.5 billion), no version of the equity.
describe("judge39a: a line's share of a source's whole is not refuted by another version of that whole", () => {
  it('unseen-44 zhetysu L23: the 30% of US$11.5 billion is not refuted by US$7.2 billion', () => {
    const j = reportLineJudged('unseen-44', 'zhetysu-am-ic-note-saryarka-tasaryq.md', 23, 'US$3.45 billion');
    assert.equal(j.codes.includes('figure-mismatch'), false, messages(j));
  });
});
