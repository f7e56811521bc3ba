// Planted wrong figures the checker read as supported (a ✓ in the hover) in the tuning sets, session 46 (judge46c): a
// figure a line gives as today's ("is now budgeted at", "currently stands at") that a later source gives as the level
// before a change. Each case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

// unseen-47 note L13 ("… Jobos, which is now budgeted at US$9.2 billion") had a ✓ from the March business paper; the
// October policy brief gives $9.2 billion as the March level and the September filing's $9.8 billion, and a Telegram
// bullet writes "투자비: 3월 발표 92억 달러 → 9월 … 98억 달러", but neither shares enough of the line's weighted words to
// reach the bar the supersede reading asked of a source. unseen-28 memo L13 ("Yufutsu's budget currently stands at ¥2.4
// trillion") the same, from a Korean press kit's "사업비는 지난 8월 2조4천억 엔에서 2조6천500억 엔으로 늘었다".
describe("judge46c: a later source's change from a line's today's value supersedes it (current.ts)", () => {
  const ANNOUNCEMENT = [
    '# Northvale picks Tarn Bay for a 300 MW campus',
    '',
    'TARN BAY, March 10, 2026 — Northvale Digital said on Tuesday it will build a 300-megawatt AI data centre campus at Tarn Bay.',
    '',
    'The company put the cost of the Tarn Bay campus at €6.2 billion, to be financed largely with project debt.',
  ].join('\n');
  const PRESS_KIT = [
    '# 한결냉각, 타른베이 캠퍼스에 냉각 설비 공급',
    '',
    '입력 2026.10.05 09:30',
    '',
    '한결냉각은 노스베일디지털이 아일랜드 타른베이에 짓는 300MW 규모 AI 데이터센터에 냉각 설비를 공급한다고 5일 밝혔다.',
    '',
    '캠퍼스 사업비는 지난 9월 62억 유로에서 68억 유로로 늘었다.',
  ].join('\n');
  it("a line giving the level of then as today's gets the later level as a mismatch, with it as the fix", () => {
    const c = writtenSources({
      'northvale-2026-03-10.md': ANNOUNCEMENT,
      'hangyeol-press-kit-2026-10-05.md': PRESS_KIT,
    });
    const j = figureJudged(c, 'The Tarn Bay campus is now budgeted at €6.2 billion.', '€6.2 billion');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /68억 유로|6\.8 billion/);
  });
  it('a line that dates its figure to the earlier time keeps its ✓', () => {
    const c = writtenSources({
      'northvale-2026-03-10.md': ANNOUNCEMENT,
      'hangyeol-press-kit-2026-10-05.md': PRESS_KIT,
    });
    const j = figureJudged(c, 'In March the Tarn Bay campus was budgeted at €6.2 billion.', '€6.2 billion');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('nor where a source that vouches for the value is later than the change', () => {
    const LATER = [
      '# Northvale trims Tarn Bay budget',
      '',
      'DUBLIN, November 20, 2026 — Northvale Digital said the Tarn Bay campus is now budgeted at €6.2 billion again after it dropped the second cooling loop.',
    ].join('\n');
    const c = writtenSources({
      'northvale-2026-03-10.md': ANNOUNCEMENT,
      'hangyeol-press-kit-2026-10-05.md': PRESS_KIT,
      'northvale-update-2026-11-20.md': LATER,
    });
    const j = figureJudged(c, 'The Tarn Bay campus is now budgeted at €6.2 billion.', '€6.2 billion');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-47 note L13 is flagged', () => {
    const j = reportLineJudged(
      'unseen-47',
      'coralline-mp-caribbean-stargate-cat-exposure-note.md',
      13,
      'US$9.2 billion',
    );
    assert.deepEqual(j.codes, ['figure-mismatch']);
  });
  it('unseen-28 memo L13 is flagged', () => {
    const j = reportLineJudged('unseen-28', 'stargate-apac-credit-memo.md', 13, '¥2.4 trillion');
    assert.deepEqual(j.codes, ['figure-mismatch']);
  });
});

// unseen-31 memo L33 ("… the Norvik Tap, …, now estimated at $142 million, up from $126 million in February"), a true
// line, was flagged by the rule's first version: its "February" dates the level before of the change the line tells
// itself, and the Korean blog's "비용이 2월 1억2,600만 달러 → 7월 1억4,200만 달러" gives that February as the date before
// July. A line that tells a change itself sets its own levels in time: no later source's change supersedes them.
describe('judge46c: a line that tells a change itself is not superseded', () => {
  const NEWSLETTER = [
    '# Prairie Lakes Electric Cooperative member newsletter',
    '',
    'February 14, 2026',
    '',
    'In February the board put the cost of the Norvik Tap, the 38-mile line to the Stargate campus, at $126 million.',
  ].join('\n');
  const BLOG = [
    '# 데이터센터 송전선 정리',
    '',
    '입력 2026.11.18 08:00',
    '',
    '프레리레이크스 전기협동조합의 노빅탭 송전선 38마일은 비용이 2월 1억2,600만 달러 → 7월 1억4,200만 달러로 늘었다.',
  ].join('\n');
  it('the date of the level before keeps its ✓', () => {
    const c = writtenSources({ 'plec-newsletter-2026-02-14.md': NEWSLETTER, 'blog-2026-11-18.md': BLOG });
    const j = figureJudged(
      c,
      'The Norvik Tap, a 38-mile line, is now estimated at $142 million, up from $126 million in February.',
      'February',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-31 memo L33 stays clean', () => {
    const j = reportLineJudged('unseen-31', 'stargate-plains-pohang-analyst-memo.md', 33, 'February');
    assert.deepEqual(loud(j), []);
  });
});
