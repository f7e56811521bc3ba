// Wrong verdicts found in session 35 on the sets promoted from held-out (unseen-48, unseen-49). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { bracketLabel, koOwnerOf } from '../../server/src/judge/bracketLabel';
import { saidOn } from '../../server/src/judge/figureFacts';
import type { RawFigure } from '../../server/src/types';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
/** A tuning set's sources as a corpus. */
const set = (name: string) => loadSources(path.join(fixtures, name, 'sources'));

/**
 * An ASX company announcement's text as copied from the exchange's PDF, a paragraph a line (its date, 10 March, only in the file's name and
 * the platform's listing): the day the company told the market; the agreement it reports was entered into the day
 * before.
 */
const ASX_ANNOUNCEMENT = [
  'ASX ANNOUNCEMENT',
  '',
  'Coralline Renewables Limited (ASX: CRL) ("Coralline", "the Company" or "the Group")',
  '',
  'Execution of offtake agreement for the Stargate Gladstone campus',
  '',
  'Shareholders are advised that Coralline Curtis Island Pty Ltd ("the Project Company"), a company in which the Group holds 60%, has on 9 March 2026 entered into a power purchase agreement for the output of a 320 MW wind farm and a 640 MWh battery near Gladstone, Queensland. The project will supply the Stargate Gladstone campus for 20 years.',
  '',
  'The agreement remains subject to the approval of the Foreign Investment Review Board.',
  '',
  'Authorised for release by the Board of Coralline Renewables Limited.',
].join('\n');

/** A trade weekly's story a week later that says when the company told its shareholders. */
const TRADE_WEEKLY = [
  '# Coralline lands its Stargate contract',
  '',
  '*Power & Grid Australia, 17 March 2026*',
  '',
  'Coralline Renewables told shareholders on 10 March that its Curtis Island wind farm, 320 MW with a 640 MWh battery,',
  'would supply the Stargate Gladstone campus for 20 years.',
].join('\n');

// unseen-48's small-cap newsletter draft: "Tswelelo Power Holdings (JSE: TWP) told the market on 22 April that its
// project company would build …" — the SENS announcement of 22 April says the company "has on 21 April 2026 entered
// into" the agreements. "told the market" was not read as the day something was said (only "told" before a name or
// "reporters" was), and a day something was said was refuted by any source date of no event the lexicon knows: a ✗
// on a true line offering "21 April 2026".
describe('trust35: the day a company told the market is no day of the agreement it reports', () => {
  it('saidOn: "told the market on 22 April", "told investors in January", "told a parliamentary committee on"', () => {
    const on = (text: string, date: string) => {
      const at = text.indexOf(date);
      return saidOn(text, at, at + date.length, 'en');
    };
    assert.ok(on('The company told the market on 22 April that it would build a 500 MW plant.', '22 April'));
    assert.ok(on('The company had told investors in January that it expected to finish in 2027.', 'January'));
    assert.ok(on('The minister told a parliamentary committee on 4 June that the line was late.', '4 June'));
    // (a date after the words told: the day of what was told)
    assert.ok(!on('The company told investors the plant would open on 1 May.', '1 May'));
    assert.ok(!on('The board approved the plan on 22 April.', '22 April'));
  });
  it("unseen-48's true line: the SENS's 21 April 2026 (the agreements' day) does not refute '22 April'", () => {
    const j = figureJudged(
      set('unseen-48'),
      '# Draft\n\nTswelelo Power Holdings (JSE: TWP) told the market on 22 April that its project company would build a 500 MW solar plant and a 1,200 MWh battery system for the Stargate Palapye campus.\n',
      '22 April',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
  it("an ASX announcement: 'told the market on 10 March' is not refuted by 'has on 9 March 2026 entered into'", () => {
    const c = writtenSources({ 'crl-asx-2026-03-10.txt': ASX_ANNOUNCEMENT });
    const j = figureJudged(
      c,
      '# Gladstone\n\nCoralline Renewables (ASX: CRL) told the market on 10 March that its project company would build a 320 MW wind farm and a 640 MWh battery for the Stargate Gladstone campus.\n',
      '10 March',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
  it('…while a source that gives the day it told them still refutes a wrong day', () => {
    const c = writtenSources({ 'crl-asx-2026-03-10.txt': ASX_ANNOUNCEMENT, 'pga-coralline.md': TRADE_WEEKLY });
    const j = figureJudged(
      c,
      '# Gladstone\n\nCoralline Renewables told shareholders on 12 March that Curtis Island would supply the Stargate Gladstone campus.\n',
      '12 March',
    );
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /10 March/);
  });
});

/** A district council member's five-minute speech (5분 자유발언) as the council's minutes give it. */
const YEONGDO_SPEECH = [
  '제318회 영도구의회 임시회 제2차 본회의 5분 자유발언',
  '',
  '해양 기자재 수출, 구가 먼저 길을 열어야 합니다',
  '',
  '존경하는 영도구민 여러분, 의장님과 동료 의원 여러분. 경제도시위원회 박정미 의원입니다.',
  '',
  '지난달 영도 조선기자재 업체 세 곳이 스타게이트 키프로스 캠퍼스에 들어갈 냉각 모듈 부품을 처음으로 수주했습니다. 세 업체의 수주액은 모두 합쳐 84억 원입니다.',
  '',
  '그러나 이들 업체는 해외 인증을 받는 데만 업체당 1억 원 가까이를 쓰고 있습니다. 집행부에 요청합니다. 내년 본예산에 영도 조선기자재 업체 해외 인증 지원 예산 12억 원을 새로 편성해 주실 것을 제안합니다.',
  '',
  '감사합니다.',
].join('\n');
/** The district office's press release a month later, on the fair itself. */
const YEONGDO_RELEASE = [
  '영도구, 조선기자재 업체 초청 수출상담회 연다',
  '',
  '영도구(구청장 김석훈)는 예산 1억 5,000만 원을 들여 오는 12월 3일 영도 조선기자재 업체 초청 수출상담회를 연다고 밝혔다. 키프로스와 그리스 바이어 20개사가 참가한다.',
].join('\n');
const LINE =
  '# 영도구 조선기자재 수출 동향\n\n□ 구 자체 예산으로 영도 조선기자재 업체 초청 수출상담회(9,000만 원) 개최 검토\n';

// unseen-47's 시흥 center plan: "□ 센터 자체 예산으로 카리브해 바이어 초청 상담회(1억 2,000만 원) 개최 검토" got a ✗
// from a council member's "해외 인증 지원 예산 15억 원": the two share 예산 and the region, and the amount in brackets
// after 상담회 was not read as the 상담회's.
describe("trust35: a figure in brackets after a noun is the noun's (bracketLabel)", () => {
  it('bracketLabel: 상담회(1억 2,000만 원), "the buyers\' fair ($90,000)"; not a conversion, 5,000억 달러(약 718조 원)', () => {
    const at = (s: string, fig: string, figs: RawFigure[] = []) => {
      const start = s.indexOf(fig);
      return bracketLabel(s, { start, end: start + fig.length }, figs, /[가-힣]/.test(s) ? 'ko' : 'en');
    };
    assert.equal(at('카리브해 바이어 초청 상담회(1억 2,000만 원) 개최 검토', '1억 2,000만 원'), '상담회');
    assert.equal(at("It will hold the buyers' fair ($90,000) in May.", '$90,000'), 'fair');
    assert.equal(at('변전소 (약 3,200억 원)는 2027년 완공된다.', '3,200억 원'), '변전소');
    const s = '스타게이트는 5,000억 달러(약 718조 원)를 투자한다.';
    const usd = { start: s.indexOf('5,000억 달러'), end: s.indexOf('5,000억 달러') + '5,000억 달러'.length };
    assert.equal(at(s, '718조 원', [{ ...usd } as RawFigure]), undefined);
    assert.equal(at('The campus will draw 1,000 MW (1 GW) at full build.', '1 GW'), undefined);
    assert.equal(at('상담회에 1억 2,000만 원을 쓴다.', '1억 2,000만 원'), undefined);
  });
  it("unseen-47's line is not refuted by the council member's 해외 인증 지원 예산 15억 원", () => {
    const j = figureJudged(
      set('unseen-47'),
      '# 동향\n\n□ 센터 자체 예산으로 카리브해 바이어 초청 상담회(1억 2,000만 원) 개최 검토\n',
      '1억 2,000만 원',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
  it("a district's 수출상담회(9,000만 원) is not refuted by another budget of the speech (해외 인증 지원 예산 12억 원)", () => {
    const j = figureJudged(writtenSources({ 'yeongdo-council-5min.txt': YEONGDO_SPEECH }), LINE, '9,000만 원');
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
  it('…while the release that gives the fair its 1억 5,000만 원 still refutes it', () => {
    const j = figureJudged(
      writtenSources({ 'yeongdo-council-5min.txt': YEONGDO_SPEECH, 'yeongdo-release.txt': YEONGDO_RELEASE }),
      LINE,
      '9,000만 원',
    );
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /1억 5,000만 원/);
  });
});

/** A KOTRA 해외시장뉴스 report from Dallas, as the portal prints it (개조식, ㅇ items). */
const KOTRA_DALLAS = [
  '미국 텍사스 변압기 시장, 데이터센터 붐에 공급 부족 심화',
  '',
  '2026-08-19 댈러스무역관 김하늘',
  '',
  '□ 시장 동향',
  'ㅇ 텍사스주 데이터센터 신설이 이어지면서 대형 전력변압기 주문이 급증함. 현지 유틸리티 관계자 B씨는 무역관과의 인터뷰에서 "지금 주문하면 2029년에나 받는다"고 언급함.',
  'ㅇ 미국 내 대형 변압기 수요의 약 75%를 수입에 의존하는 것으로 추정됨. 주요 수입국은 멕시코, 한국, 독일 순임.',
  '',
  '□ 한국 기업 진출 현황',
  'ㅇ 대성전기는 올해 상반기 텍사스 유틸리티 두 곳과 345kV급 변압기 공급 계약을 맺었음.',
].join('\n');
/** A trade daily's story on the maker's own target. */
const DAESUNG_STORY = [
  '대성전기, 美 변압기 점유율 6% 목표…"2029년까지 텍사스 공장 증설"',
  '',
  '대성전기가 미국 대형 전력변압기 시장 공략에 속도를 낸다. 대성전기는 2029년 미국 대형 변압기 시장 점유율 6%를 목표로 텍사스 공장을 증설한다고 9일 밝혔다.',
].join('\n');
const SHARE_LINE =
  '# 대성전기 미국 진출 검토\n\n대성전기의 미국 대형 변압기 시장 점유율은 2029년 약 9%에 이를 것으로 전망된다.\n';

// Three lines keyed "no source gives it" got a ✗ from another thing's figure in a sentence that never names what the
// line's figure is of: unseen-25's "한빛일렉트릭의 미국 변압기 시장 점유율은 … 약 12%" from KOTRA's "미국 내 수요의 약 80%를
// 수입에 의존", unseen-38's "인근 스마트팜 단지의 난방 수요는 연간 약 90GWh" from the campus's 330기가와트시 of heat. A
// Korean sentence that opens on "X의 … Y는" gives what follows as X's.
describe("trust35: a Korean line's 'X의 … 는' owner must be named by a sentence that refutes it (koOwnerOf)", () => {
  it('koOwnerOf: the words before 의 in a sentence that opens on "X의 … Y는" before the figure', () => {
    const of = (s: string, fig: string) => {
      const start = s.indexOf(fig);
      return koOwnerOf(s, { start, end: start + fig.length }, 'ko');
    };
    assert.deepEqual(of('대성전기의 미국 대형 변압기 시장 점유율은 2029년 약 9%에 이를 것으로 전망된다.', '9%'), [
      '대성전기',
    ]);
    assert.deepEqual(of('인근 스마트팜 단지의 난방 수요는 연간 약 90GWh로 추산된다.', '90GWh'), [
      '인근',
      '스마트팜',
      '단지',
    ]);
    assert.equal(of('총사업비는 약 450억 달러로 알려졌다.', '450억 달러'), undefined);
    assert.equal(of('2026년 9월 대성전기는 6%를 목표로 했다.', '6%'), undefined);
  });
  it("a maker's market share is not refuted by the import share of the market (KOTRA's 수요의 약 75%)", () => {
    const j = figureJudged(writtenSources({ 'kotra-dallas.txt': KOTRA_DALLAS }), SHARE_LINE, '9%');
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
  it("…while the story that gives the maker's own 6% still refutes it", () => {
    const j = figureJudged(
      writtenSources({ 'kotra-dallas.txt': KOTRA_DALLAS, 'daesung.txt': DAESUNG_STORY }),
      SHARE_LINE,
      '9%',
    );
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /6%/);
  });
  it('unseen-25 and unseen-38: the lines no source speaks of get no ✗', () => {
    const a = figureJudged(
      set('unseen-25'),
      '# 동향\n\n한빛일렉트릭의 미국 변압기 시장 점유율은 2029년 약 12%에 이를 것으로 전망된다.\n',
      '12%',
    );
    assert.deepEqual(loud(a), [], a.findings.map((f) => f.message).join('\n'));
    const b = figureJudged(
      set('unseen-38'),
      '# 동향\n\n인근 스마트팜 단지의 난방 수요는 연간 약 90GWh로 추산된다.\n',
      '90GWh',
    );
    assert.deepEqual(loud(b), [], b.findings.map((f) => f.message).join('\n'));
  });
});

// Two lines the owner rule moved in the tuning eval, each mended at its cause. unseen-22's true "에디스토의 최대 건설
// 인력은 3,600명, 상시 고용은 약 400명이다": once the 250명 of another column (not naming 에디스토) no longer refuted the
// 400명, restatedBy put the trade paper's "up from the 3,000 the state announced" — the level the construction count
// changed from — in the place of the permanent jobs. A level a change starts from no longer stands in for a line's
// level. unseen-diff's planted "해남 데이터센터의 전력 용량은 2기가와트로 늘어난다": the article that names 해남 once and
// then writes "데이터센터의 전체 전력 용량도 … 1.5기가와트로" stopped refuting it; a site's owner ("X 데이터센터의",
// "X 캠퍼스의") is left to the rules of places and parts.
describe('trust35: what the owner rule moved, mended at its causes', () => {
  it("unseen-22: a level a change starts from ('up from the 3,000') does not stand in for a line's permanent jobs", () => {
    const j = figureJudged(
      set('unseen-22'),
      '# 에디스토\n\n- 에디스토의 최대 건설 인력은 3,600명, 상시 고용은 약 400명이다.\n',
      '400명',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
    assert.equal(j.status, 'supported');
  });
  it("unseen-diff: a site's owner ('해남 데이터센터의') does not hold back the article that names the site once", () => {
    const j = figureJudged(
      loadSources(path.join(fixtures, 'unseen-diff', 'sources')),
      '# 해남\n\n해남 데이터센터의 전력 용량은 2기가와트로 늘어난다.\n',
      '2기가와트',
    );
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /1\.5기가와트/);
  });
});
