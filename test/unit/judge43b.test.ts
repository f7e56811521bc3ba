// True lines that name two values of one measure (before and after, asked and granted, one source's and another's),
// flagged because one of their figures was paired with a source figure of another value's place (unseen-63 L24,
// unseen-65 ko L34), or because the source that states one of them gave it no noun (unseen-65 blp L37). Each case
// failed before its rule.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures/index';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_63_KO = 'geochang-handeul-sinhyup-yeosin-simsa-memo-wicheon-hambaek-stargate-ko.md';
const UNSEEN_65_BLP = 'blp-credit-note-istmo-digital-stargate-pacifico-bridge.md';
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

// unseen-65 blp L37: "IDH counts 2,400 construction jobs and 350 permanent ones; the Ministry of Economy's 3,000 includes
// the solar park's crews." was flagged by another country's campus ("The promoters expect 1,600 jobs at the peak of
// construction and 260 permanent jobs", Kribi): the podcast that states it, "Our number is 2,400 at the peak of
// construction for the campus itself, and 350 permanent jobs when both phases run", gave its 2,400 no noun (a bare
// count), so it counted nothing the line's jobs are and vouched for nothing. A bare number its own words give a stage
// of the project, paired by "and" with a count of people or jobs, counts what that count counts.
describe('judge43b: a bare number at a stage, paired by "and" with a count of jobs, counts jobs', () => {
  const podcast =
    'Sahel Infra Podcast, episode 12: the Thiès data campus\n\nHost: How many people will the Thiès campus employ?\n\nMariama Diop: Our number is 1,900 at the peak of construction for the campus itself, and 280 permanent jobs once both halls run. The ministry adds the road crews and gets to 2,600.\n';
  const corpus = () =>
    writtenSources({
      'podcast-transcript.txt': podcast,
      'coastal-wire.md':
        '# Stargate picks Nouadhibou for 150 MW campus beside the port\n\n2026-05-02\n\nThe developer expects 1,200 jobs at the peak of construction and 200 permanent jobs at the Nouadhibou campus, it said in a statement.\n',
    });
  const line =
    '# Credit note: Thiès campus\n\n## Jobs\n\nThe developer counts 1,900 construction jobs and 280 permanent ones.\n';
  it('reads the 1,900 as jobs, and a number with no stage of its own as before', () => {
    const read = (s: string) => extractFigures(s, 'en').figures.map((f) => `${f.text}:${f.unit}`);
    assert.ok(
      read('Our number is 1,900 at the peak of construction for the campus itself, and 280 permanent jobs.').includes(
        '1,900:jobs',
      ),
    );
    assert.ok(
      !read('The hall seats 1,900 for the town meeting, and 280 permanent jobs were promised.').includes('1,900:jobs'),
    );
  });
  it('vouches for the 1,900 construction jobs, with no ✗ from another campus’s 1,200', () => {
    const r = figureJudged(corpus(), line, '1,900 construction jobs');
    assert.equal(loud(r).length, 0, messages(r));
    assert.equal(r.status, 'supported', messages(r));
  });
  it('still flags a construction count the podcast does not give', () => {
    const r = figureJudged(corpus(), line.replace('1,900', '2,900'), '2,900 construction jobs');
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
  });
  it('leaves unseen-65 blp L37 clean', () => {
    const j = reportLineJudged('unseen-65', UNSEEN_65_BLP, 37, '2,400 construction jobs');
    assert.equal(loud(j).length, 0, messages(j));
  });
});

// unseen-65 ko L31: "9월 22일 카메룬 크리비 RMU 140면을 920만 달러(약 192억 원)에 추가로 따내 누적 수주는 641억 원이 됐다." read
// every figure unsupported, though a shareholders' post states the order ("9월 22일 공시: … RMU 140면, 920만 달러") and the
// total ("… 합치면 누적 641억 원"): "추가로" made each an addition, compared only with additions. An order won on top of
// others ("추가로 따내", as "추가 수주") is another order, whose amount is a level.
describe('judge43b: an order won on top of others (추가로 따내) is a level, not an addition', () => {
  const corpus = () =>
    writtenSources({
      'hanbit-disclosure-ko.md':
        "# 한빛전기, 말레이시아 스타게이트 변압기 추가 수주\n\n2026-10-02\n\n한빛전기는 2일 말레이시아 '스타게이트 쿨라이' 캠퍼스에 들어갈 변압기 36대를 1,150만 달러에 수주했다고 공시했다. 앞서 7월 따낸 배전반 430억 원을 합치면 이 회사의 스타게이트 누적 수주는 590억 원이다.\n",
    });
  const line =
    '# 수주 메모\n\n- 10월 2일 말레이시아 쿨라이 캠퍼스 변압기 36대를 1,150만 달러에 추가로 따내 스타게이트 누적 수주는 590억 원이 됐다.\n';
  it('vouches for the order’s amount', () => {
    const r = figureJudged(corpus(), line, '1,150만 달러');
    assert.equal(r.status, 'supported', messages(r));
  });
  it('still flags an order’s amount the disclosure gives otherwise', () => {
    const r = figureJudged(corpus(), line.replace('1,150만', '1,510만'), '1,510만 달러');
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /1,150만 달러/);
  });
  it('vouches for unseen-65 ko L31’s order and cumulative total', () => {
    for (const fig of ['920만 달러', '641억 원'])
      assert.equal(reportLineJudged('unseen-65', UNSEEN_65_KO, 31, fig).status, 'supported', fig);
  });
});
