// True lines that name two values of one measure (before and after, asked and granted, one source's and another's),
// flagged because one of their figures was paired with a source figure of another value's place (unseen-63 L24,
// unseen-65 ko L34). Each case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_63_KO = 'geochang-handeul-sinhyup-yeosin-simsa-memo-wicheon-hambaek-stargate-ko.md';
const UNSEEN_65_KO = 'gangwon-nambu-jaedan-jeongseon-boseong-stargate-suju-bigyo-memo-ko.md';

// unseen-65 ko L34: "과테말라 정부는 소득세 면제 15년 요청에 10년을 승인했고, 1단계 기한은 2029년 3월 31일이다." got two ✗: the
// shareholders' post's "조건이 정규직 80%를 과테말라 사람으로 4년 안에 채우는 것, 그리고 1단계 100MW를 2029년 3월 31일까지
// 돌리는 것" states the line's deadline, so it was taken for the sentence the line restates, and its one duration (4년, a
// hiring deadline) was set in the place of the 15 years asked for and of the 10 granted alike. A sentence that states
// neither of a line's two values of one measure cannot say which its one figure would be.
describe('judge43b: a sentence that states neither of a line’s two values of a measure restates neither', () => {
  const corpus = () =>
    writtenSources({
      'investor-board-diamniadio-ko.md':
        '# 디암니아디오 캠퍼스 세제 결정 정리\n\n2026-10-14\n\n세 가지만 정리합니다.\n\n1) 10월 12일 세네갈 관보에 정부 결정이 실렸습니다. 법인세 면제를 12년 신청했는데 8년만 승인. 대신 장비 수입 관세 면제는 5년 받았고요. 조건이 정규직 70%를 세네갈 사람으로 3년 안에 채우는 것, 그리고 1단계 80MW를 2028년 12월 31일까지 돌리는 것.\n',
    });
  const line =
    '# 세제 메모\n\n- 세네갈 정부는 법인세 면제 12년 요청에 8년을 승인했고, 1단계 기한은 2028년 12월 31일이다.\n';
  it('vouches for the 8 years granted, not set against the 3-year hiring deadline of the deadline’s sentence', () => {
    const r = figureJudged(corpus(), line, '8년');
    assert.equal(loud(r).length, 0, messages(r));
    assert.equal(r.status, 'supported', messages(r));
  });
  it('still vouches for the 12 years asked for', () => {
    const r = figureJudged(corpus(), line, '12년');
    assert.equal(loud(r).length, 0, messages(r));
    assert.equal(r.status, 'supported', messages(r));
  });
  it('leaves unseen-65 ko L34 clean (15 years asked, 10 granted)', () => {
    for (const fig of ['15년', '10년']) {
      const j = reportLineJudged('unseen-65', UNSEEN_65_KO, 34, fig);
      assert.equal(loud(j).length, 0, `${fig}: ${messages(j)}`);
      assert.equal(j.status, 'supported', `${fig}: ${messages(j)}`);
    }
  });
});

// unseen-63 L24: "공사 인원은 LDI 공시로는 2,200명이지만 장관은 3,000명을 말해 출처마다 다르다." was flagged: the project channel's
// "공사 인원 약 2,200명, 상시 고용 350명" states its 2,200, and its other count, the 350 permanent staff, was set in the place
// of the minister's 3,000 (by order in the run, and as the restated sentence's one figure left). The stage was read only
// in each count's own stretch, and the line writes it once, before the first of its two counts: the 3,000 had none, so a
// count of the other stage was no stranger to it. A count with no stage of its own takes the stage of the count right
// before it in its run.
describe('judge43b: the second count of a run is of the stage the run names once', () => {
  const corpus = () =>
    writtenSources({
      'slack-copy-diamniadio-channel-ko.txt':
        '#diamniadio-prj 채널\n\n2026년 8월 3일 월요일\n\n박서윤  오전 9:40\n참고로 현장 개요 정리해 둡니다 (시행사 공시, 7/30 기준)\n• 스타게이트 디암니아디오: 총 200MW, 1단계 80MW 2028년 말\n• 총 투자비 31억 달러, 지분 스타게이트 60% · 시행사 40%\n• 공사 인원 약 1,800명, 상시 고용 240명\n우리 물량은 1단계 전기실 전부입니다.\n',
      'dakar-wire.md':
        "# Senegal's Diamniadio data campus wins its environmental permit\n\n2026-07-30\n\nSenegal's environment ministry approved the environmental study for the 200 MW Diamniadio data campus on Tuesday. The first 80 MW is due at the end of 2028, the developer said.\n",
    });
  const line = '# 채용 메모\n\n- 공사 인원은 시행사 공시로는 1,800명이지만 주지사는 2,500명을 말해 출처마다 다르다.\n';
  it('does not set the 240 permanent staff against the governor’s 2,500', () => {
    const r = figureJudged(corpus(), line, '2,500명');
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('still vouches for the filing’s 1,800', () => {
    const r = figureJudged(corpus(), line, '1,800명');
    assert.equal(r.status, 'supported', messages(r));
  });
  it('gives no ✓ from the permanent staff to a construction count that happens to equal it', () => {
    const r = figureJudged(
      corpus(),
      '# 채용 메모\n\n- 공사 인원은 시행사 공시로는 1,800명이지만 주지사는 240명을 말해 출처마다 다르다.\n',
      '240명',
    );
    assert.notEqual(r.status, 'supported', messages(r));
  });
  it('leaves unseen-63 L24 clean (the minister’s 3,000)', () => {
    const j = reportLineJudged('unseen-63', UNSEEN_63_KO, 24, '3,000명');
    assert.equal(loud(j).length, 0, messages(j));
  });
});
