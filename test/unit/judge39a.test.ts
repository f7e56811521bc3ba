// Wrong verdicts on figures of unseen-56 (tuning material since session 39): true lines given a ✗ and a planted line
// refuted by another firm's figure. Each case failed before its rule.
import { strict as assert } from 'assert';
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
