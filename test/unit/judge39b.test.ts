// The figure lines of unseen-57 (tuning material since session 39) that a check got wrong: true lines flagged ✗. Each
// case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

// unseen-57 epibc L21: "… under a KRW 123.6 billion contract signed on June 15, about C$122 million." The line's own
// conversion of its won amount was not read as one because the date of the contract stands between the two amounts
// (conversionOf took only the figure right before), so a forum's C$57.7 million, another order, refuted it.
describe('judge39b: a conversion written after the date of what the amount is of', () => {
  const corpus = () =>
    writtenSources({
      'forum.md':
        '# Selkirk gets its coolers\n\nA forum post, 2026-09-21.\n\nHanbit Cooling, from Gimhae, has the dry coolers for Selkirk: a C$57.7 million order signed last week, after its bigger Point Tupper order in June.\n',
      'wiki-ko.md':
        '# 스타게이트 북미 현황 (2026년 12월 기준)\n\n## 1. 요약\n\n- 수주 2건: 포인트 투퍼 1,236억 원, 셀커크 584억 원.\n\n## 2. 프로젝트별 현황\n\n### 2.1 스타게이트 포인트 투퍼\n\n| 항목 | 내용 |\n|---|---|\n| 용량 | 1,000MW |\n| 당사 계약 | 1,236억 원 (1억2,200만 캐나다달러), 드라이쿨러·판형 열교환기 |\n| 계약일 | 2026-06-15 |\n',
    });
  it('judges "KRW 123.6 billion contract signed on June 15, about C$122 million" by the conversion a source states', () => {
    const line =
      'Hanbit Cooling of Gimhae, Korea, supplies its dry coolers for Point Tupper under a KRW 123.6 billion contract signed on June 15, about C$122 million.\n';
    const j = figureJudged(corpus(), line, 'C$122 million');
    assert.equal(loud(j).length, 0, messages(j));
    assert.equal(j.status, 'supported', messages(j));
  });
  it('does not vouch for a conversion that the stated one does not make', () => {
    const line =
      'Hanbit Cooling of Gimhae, Korea, supplies its dry coolers for Point Tupper under a KRW 123.6 billion contract signed on June 15, about C$150 million.\n';
    const j = figureJudged(corpus(), line, 'C$150 million');
    assert.notEqual(j.status, 'supported', messages(j));
  });
  it('reads no conversion in an amount that goes on to be a part ("…, about C$50 million of it from …")', () => {
    const line =
      'Hanbit Cooling booked a KRW 123.6 billion contract signed on June 15, about C$57.7 million of it for Selkirk.\n';
    const j = figureJudged(corpus(), line, 'C$57.7 million');
    assert.notEqual(j.status, 'unsupported', messages(j));
  });
  it('reads unseen-57 epibc L21 as the conversion it is', () => {
    const j = reportLineJudged(
      'unseen-57',
      'epibc-board-briefing-first-nations-equity-stargate-canada.md',
      21,
      'C$122 million',
    );
    assert.equal(loud(j).length, 0, messages(j));
  });
});
