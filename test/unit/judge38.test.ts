// Figure misses of unseen-54 (written blind, promoted to tuning in session 38). Each traced to a general cause and
// tested first on articles written here as their outlets would write them. Each case fails without its rule.
import { strict as assert } from 'assert';
import { figureJudged, figuresRead, loud, messages, reportLineJudged, writtenSources } from './judged';

/**
 * A regional exporters' council's summary of its members' Trade Day awards, converted from its PDF: a table of the
 * award tiers (named by an amount), the firms, their exports, the year before and the growth; then a paragraph a firm.
 */
const COUNCIL = [
  '<!-- 울산수출기업협의회 누리집 자료실 PDF(「제63회 무역의 날 울산 수상업체 공적 요약」)를 Markdown으로 옮김. 변환일 2026-12-03 -->',
  '',
  '# 제63회 무역의 날 울산 수상업체 공적 요약',
  '',
  '**울산수출기업협의회** · 자료 배포 2026. 12. 2.(수)',
  '',
  '> 수출 실적 기간은 2025년 7월 1일부터 2026년 6월 30일까지입니다.',
  '',
  '## 1. 수상 현황 (울산, 발췌)',
  '',
  '| 구분 | 업체 | 소재지 | 수출 실적 | 전년 실적 | 증가율 |',
  '|---|---|---|---|---|---|',
  '| 3억불 수출의 탑 | (주)한결중공업 | 울산 남구 (용연공단) | 3억1,200만 달러 | 2억4,500만 달러 | 27.3% |',
  '| 1억불 수출의 탑 | (주)태민케이블 | 울산 울주군 (온산공단) | 1억1,800만 달러 | 7,400만 달러 | 59.5% |',
  '| 5천만불 수출의 탑 | (주)동백정밀 | 울산 북구 (매곡산단) | 5,410만 달러 | 4,020만 달러 | 34.6% |',
  '',
  '## 2. 업체별 공적 요약',
  '',
  '### (주)한결중공업 — 3억불 수출의 탑',
  '',
  '- 데이터센터용 대형 변압기·가스절연개폐장치 제조. 2025년 매출 6,840억 원.',
  '- 2026년 5월 스타게이트 사우디 캠퍼스 변압기 2,150억 원 수주.',
  '',
  '### (주)태민케이블 — 1억불 수출의 탑',
  '',
  '- 초고압 케이블 전문. 2025년 매출 2,310억 원.',
  '',
  '### (주)동백정밀 — 5천만불 수출의 탑',
  '',
  '- 냉각용 열교환기 부품 제조. 2025년 매출 920억 원.',
  '- 중동 데이터센터 부품 수출 확대로 실적 기간 수출이 34.6% 늘어남.',
].join('\n');

/** A radio economy segment's script memo, one section a firm (its heading names the firm). */
const script = (heading: string, line: string) => `# 울산 아침 경제 원고\n\n## ${heading}\n\n- ${line}\n`;

// unseen-54 (daegu radio L22): "- 5천만불 수출의 탑, 수출 실적 5,630만 달러입니다." was flagged: the award's "5천만불" was read
// as an amount, so the line's two amounts paired in order with the council row's two (its exports and the year before),
// and the row's 3,480만 달러 (the year before) stood in the place of the line's 5,630만 달러.
describe("judge38: an award tier's amount is its name, no amount of the firm's", () => {
  it('is not read as a figure, in Korean or in English', () => {
    assert.deepEqual(figuresRead('- 5천만불 수출의 탑, 수출 실적 5,630만 달러입니다.'), ['5,630만 달러']);
    assert.deepEqual(figuresRead('1억불 수출의 탑을 받았습니다. 수출 실적이 1억2,340만 달러로 늘었습니다.'), [
      '1억2,340만 달러',
    ]);
    assert.deepEqual(figuresRead('올해 1억달러 수출탑을 받은 한결중공업은 수출 1억3,000만 달러를 기록했다.'), [
      '1억3,000만 달러',
    ]);
    assert.deepEqual(
      figuresRead('Hangyeol Heavy, which won the $300 million Export Tower this week, shipped $312 million abroad.'),
      ['$312 million'],
    );
  });
  it('an amount of the firm right before other nouns is still read', () => {
    assert.deepEqual(figuresRead('수출 실적 1억 달러를 처음 넘겼다.'), ['1억 달러']);
    assert.deepEqual(figuresRead('The $300 million tower crane order was signed.'), ['$300 million']);
  });
  it("the firm's exports beside its award are judged by the row's exports, not by the year before", () => {
    const c = writtenSources({ 'ulsan-exporters-council-trade-day-summary.md': COUNCIL }, 'xref-judge38-tier-');
    const j = figureJudged(
      c,
      script('동백정밀 (매곡산단, 열교환기 부품)', '5천만불 수출의 탑, 수출 실적 5,410만 달러입니다.'),
      '5,410만 달러',
    );
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });
  it('a wrong amount beside the award is still refuted', () => {
    const c = writtenSources({ 'ulsan-exporters-council-trade-day-summary.md': COUNCIL }, 'xref-judge38-tier-');
    const j = figureJudged(
      c,
      script('동백정밀 (매곡산단, 열교환기 부품)', '5천만불 수출의 탑, 수출 실적 6,410만 달러입니다.'),
      '6,410만 달러',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it('unseen-54 daegu radio L22: 5,630만 달러 is supported', () => {
    const j = reportLineJudged(
      'unseen-54',
      'daegu-radio-achim-gyeongje-briefing-stargate-africa-wonggo-memo-ko.md',
      22,
      '5,630만 달러',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-54 (daegu radio L12): "수출 실적이 1억2,340만 달러로 1년 전보다 57% 늘었습니다." got a ✗ offering the next firm's
// "실적 기간 수출이 61.8% 늘어남": the council row's 57.0%, under its "증가율" column, was read as a level (no change word
// in the row), so it never met the line's rise; and once it did, the row's growth column (the line's other figure)
// set aside its exports column as "another column of the row", as a comparison table's other site's is.
describe("judge38: a table column's header that names a rate of change makes its percents changes", () => {
  const c = () => writtenSources({ 'ulsan-exporters-council-trade-day-summary.md': COUNCIL }, 'xref-judge38-rate-');
  const line = '3억불 수출의 탑을 받았습니다. 수출 실적이 3억1,200만 달러로 1년 전보다 27.3% 늘었습니다.';
  it("the row's growth vouches for the line's rise; the next firm's does not refute it", () => {
    const j = figureJudged(c(), script('한결중공업 (용연공단, 변압기)', line), '27.3%');
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });
  it("the growth column does not set aside the row's exports", () => {
    const j = figureJudged(c(), script('한결중공업 (용연공단, 변압기)', line), '3억1,200만 달러');
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });
  it('a wrong rise is still refuted', () => {
    const j = figureJudged(c(), script('한결중공업 (용연공단, 변압기)', line.replace('27.3%', '37.3%')), '37.3%');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it("the table's header row under the title is read as the table's, not as a menu", () => {
    const src = loadSourcesOf(COUNCIL);
    assert.ok(
      src.sentences.some((s) => s.text.startsWith('| 구분 | 업체 |')),
      src.sentences.map((s) => s.text).join('\n'),
    );
  });
  it('unseen-54 daegu radio L12: 1억2,340만 달러 and 57% are supported', () => {
    for (const fig of ['1억2,340만 달러', '57%']) {
      const j = reportLineJudged(
        'unseen-54',
        'daegu-radio-achim-gyeongje-briefing-stargate-africa-wonggo-memo-ko.md',
        12,
        fig,
      );
      assert.deepEqual(loud(j), [], `${fig}: ${messages(j)}`);
    }
  });
});

/** The one source a text makes, read as the corpus reads it. */
function loadSourcesOf(text: string) {
  const c = writtenSources({ 'ulsan-exporters-council-trade-day-summary.md': text }, 'xref-judge38-read-');
  const s = c.sources[0];
  assert.ok(s);
  return s;
}

// unseen-54 (Harbourstone underwriting note L22): "Daeyoung Powertech's exports rose 57% to $56.3m over the same twelve
// months, on 2025 revenue of KRW 118bn." — 57% is the other firm's growth (세한냉열's row); the council's row for
// 대영파워텍 gives 61.8%. Three causes: the English name never met the Korean one (대영파워텍, one word), so the firm's row
// was far from the line (0.2) and the other firm's 57.0% vouched; the row that states the line's $56.3m was passed over
// as the sentence restating the line because the line's revenue had a closer sentence ("2025년 매출 1,180억 원.") with
// no percent at all; and in that row the growth was taken as said of the year before's amount beside it, across a
// table's bar (tiedToOther read the thousands comma of "5,630만" as a clause's).
describe("judge38: an English line on a Korean firm is restated by the firm's table row", () => {
  const c = () => writtenSources({ 'ulsan-exporters-council-trade-day-summary.md': COUNCIL }, 'xref-judge38-firm-');
  const note = (line: string) =>
    `# Underwriting note: two Ulsan exporters\n\n*Prepared 5 December 2026.*\n\n## The insureds\n\n- ${line}\n`;
  it("the firm's own growth is supported", () => {
    const j = figureJudged(
      c(),
      note(
        "Dongbaek Precision's exports rose 34.6% to $54.1m over the same twelve months, on 2025 revenue of KRW 92bn.",
      ),
      '34.6%',
    );
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });
  // (The firm's one-word Korean name met by its romanized head, firmHeadForm, was taken out after merging: with it two
  // held-out sets each lost a catch, --brief counts only; so "another firm's growth is refuted" and unseen-54
  // Harbourstone L22 are missed again.)
});

describe("judge38: a column's header makes its percents changes only when it names a change", () => {
  const plant = [
    '# 2026년 3분기 사업장별 생산 실적',
    '',
    '**한결중공업 생산관리팀** · 2026. 10. 12.',
    '',
    '사업장별 생산 실적은 아래와 같습니다.',
    '',
    '| 사업장 | 생산량 | 목표 대비 달성률 | 전년 대비 증감률 |',
    '|---|---|---|---|',
    '| 울산 2공장 | 8,400대 | 92.3% | 14.8% |',
    '| 창원 공장 | 3,150대 | 101.6% | 6.2% |',
  ].join('\n');
  const c = () => writtenSources({ 'hangyeol-plant-output-2026q3.md': plant }, 'xref-judge38-header-');
  const memo = (line: string) => `# 생산 점검 메모\n\n## 울산 2공장\n\n- ${line}\n`;
  it('a level against a target is a level', () => {
    const j = figureJudged(c(), memo('3분기 생산량은 8,400대로 목표 대비 92.3%를 달성했다.'), '92.3%');
    assert.equal(j.status, 'supported', messages(j));
  });
  it('a change against the year before is a change', () => {
    const j = figureJudged(c(), memo('3분기 생산량은 8,400대로 1년 전보다 14.8% 늘었다.'), '14.8%');
    assert.equal(j.status, 'supported', messages(j));
  });
});

// unseen-30 (Korean report L16), a true line: "B클래스(2038년 만기)는 5억 유로에서 6억 유로로 늘었고 금리는 연 4.5%다." The
// closest sentence restating it (the coupons', 4.5%) states no amount; the next, "7년물(A클래스) 7억 유로, 12년물(B클래스)
// 6억 유로로 구성됐다", states the line's 6억 — and its A class's 7억 is no level the B class grew from.
describe('judge38: past the closest restating sentence, only a figure of the same kind of level stands in', () => {
  const paper = [
    '# 마그레브 스타게이트 채권 12억 유로 발행',
    '',
    '지중해한인신문 | 2026년 6월 10일',
    '',
    '스타게이트 마그레브 캠퍼스의 사업법인이 유로화 채권을 발행했다.',
    '',
    '지난달 21일 가격이 결정된 이번 채권은 5년물(A클래스) 8억 유로, 10년물(B클래스) 4억 유로로 구성됐다.',
    '',
    'A클래스는 2031년 만기로 금리는 연 3.875%, B클래스는 2036년 만기로 금리는 연 4.25%다.',
  ].join('\n');
  it("the other class's amount does not refute the line's level before", () => {
    const c = writtenSources({ 'jijunghae-hanin-maghreb-bond.md': paper }, 'xref-judge38-past-');
    const j = figureJudged(
      c,
      '# 채권 메모\n\n## 마그레브 채권\n\n- B클래스(2036년 만기)는 3억 유로에서 4억 유로로 늘었고 금리는 연 4.25%다.\n',
      '3억 유로',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-30 L16: 5억 유로 is not refuted by the A class', () => {
    const j = reportLineJudged('unseen-30', 'stargate-iberia-bukapeurika-bogoseo-ko.md', 16, '5억 유로');
    assert.deepEqual(loud(j), [], messages(j));
  });
});
