// Figure misses of unseen-58 (promoted to tuning in session 40), each traced to a general cause and tested on articles
// and report lines written here as an outlet and a memo writer would write them, then on the unseen-58 line. Each case
// fails without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, figuresRead, loadSources, loud, messages, reportLineJudged, writtenSources } from './judged';

/** A regional paper's story of a parts maker's orders, written for these tests. */
const CHUNGBUK_ECONOMY = [
  '# 단양 한결기계, 동남아 스타게이트 캠퍼스 두 곳에 설비 공급',
  '',
  '*충북경제신문, 2026년 10월 2일*',
  '',
  "한결기계는 지난 5월 태국 '스타게이트 라용' AI 데이터센터 캠퍼스 1단계(300㎿)에 들어갈 냉각탑 공급계약(640억 원)을, 8월 베트남 '스타게이트 다낭' 캠퍼스의 변압기 공급계약(270억 원)을 잇달아 따냈다.",
  '',
  '회사 관계자는 "두 계약으로 내년 공장 가동률이 90%를 넘을 것"이라고 말했다.',
  '',
  '주요 수출처 (2025년 매출 기준)',
  '',
  '베트남과 태국이 전체 수출의 70%를 차지한다.',
  '',
].join('\n');

/** A trade paper's story of a campus, written for these tests. */
const ANDES_ENERGY_REVIEW = [
  "# Stargate's Chilean Campus Will Run on Wind and Sea Breeze",
  '',
  '*Andes Energy Review, 4 June 2027*',
  '',
  'SANTIAGO — Stargate and Chilean developer Cordillera Compute signed an agreement on Tuesday to build a 240-megawatt data centre campus at Mejillones, north of Antofagasta.',
  '',
  'The first 80 megawatts are scheduled to go live in the first half of 2029, and the full 240 megawatts in 2031.',
  '',
].join('\n');

const ko = writtenSources({ 'chungbuk-economy.md': CHUNGBUK_ECONOMY }, 'xref-judge40a-ko-');
const en = writtenSources({ 'andes-energy-review.md': ANDES_ENERGY_REVIEW }, 'xref-judge40a-en-');

const GYEONGBUK = 'gyeongbuk-douihoe-jeongchaekjiwongwan-memo-stargate-yeongju-jecheon-ko.md';
const THAR = 'thar-indus-water-forum-roundtable-brief-stargate-campuses-water.md';

// unseen-58 L43, "영주시 제조업 종사자는 2025년 말 기준 1만 2,400명입니다.": the count was not read (a unit before the formal
// copula 입니다 was not taken to end there, as it is before 이다), and the date got a ✓ from a credit report's heading "주요
// 거래처 (2025년 매출 기준)", which shares only 기준 with it: the word a date is given as of by, no subject.
describe('judge40a: a count before the formal copula, and the date it is given as of', () => {
  it('reads a count or an amount before 입니다 as before 이다', () => {
    assert.deepEqual(figuresRead('단양군 제조업 종사자는 8,300명입니다.\n'), ['8,300명']);
    assert.deepEqual(figuresRead('협력사는 모두 12곳입니다.\n'), ['12곳']);
    assert.deepEqual(figuresRead('올해 들여온 변압기는 40대입니다.\n'), ['40대']);
  });

  it('gives no ✓ to a date as of which a count is given, by a source sharing only the word 기준', () => {
    const line = '단양군 제조업 종사자는 2025년 말 기준 8,300명입니다.\n';
    const date = figureJudged(ko, line, '2025년');
    assert.notEqual(date.status, 'supported');
    assert.deepEqual(loud(date), []);
  });

  it('reports the count of workers no source gives as unsupported (종사자 is the workforce)', () => {
    const line = '단양군 제조업 종사자는 2025년 말 기준 8,300명입니다.\n';
    assert.deepEqual(figureJudged(ko, line, '8,300명').codes, ['figure-unsupported']);
  });

  it('unseen-58 L43: the invented count is unsupported and its date has no ✓', () => {
    assert.deepEqual(reportLineJudged('unseen-58', GYEONGBUK, 43, '1만 2,400명').codes, ['figure-unsupported']);
    assert.notEqual(reportLineJudged('unseen-58', GYEONGBUK, 43, '2025년').status, 'supported');
  });
});

// unseen-58 L18, "| 소백에너텍 | 영주 적서동 | 요르단 무와까르 중전압 배전반 | 430억 원 |" (the council report: 340억 원). The source
// sentence lists two contracts, "카타르 … 캠퍼스 1단계(400㎿)에 들어갈 … 공급계약(1,120억 원)을, 7월 14일 요르단 … 공급계약 (340억
// 원 …)을 잇달아 체결": the first item's 1단계 was read as the 340억 원's phase, and a cell that is its figure alone had no
// places of its own (they are in its row's other cells), so no source site's figure could be of its site.
describe("judge40a: a table cell's site is its row's, and a phase is its own list item's", () => {
  const table = (amount: string) =>
    [
      '| 업체 | 소재지 | 수주 내용 | 금액 |',
      '|---|---|---|---|',
      `| 한결기계 | 단양 | 베트남 다낭 변압기 | ${amount} |`,
      '',
    ].join('\n');

  it('refutes the row of the second contract with its own amount, not the first phase', () => {
    const j = figureJudged(ko, table('720억 원'), '720억 원');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /270억 원/);
  });

  it('leaves the true row alone', () => {
    assert.deepEqual(loud(figureJudged(ko, table('270억 원'), '270억 원')), []);
  });

  it("keeps an English amount set beside the phase's cost with a comma in that phase (unseen-diff L43)", () => {
    const wire = writtenSources(
      {
        'gulf-wire.md': [
          '# Stargate Oman brings its first hall online',
          '',
          '*Gulf Infrastructure Wire, 2 March 2027*',
          '',
          'Building the first 120 megawatts cost about $2.1 billion, $400 million more than Ibri Digital estimated a year ago.',
          '',
        ].join('\n'),
      },
      'xref-judge40a-wire-',
    );
    const j = figureJudged(
      wire,
      'Building the first 120 megawatts cost $600 million more than Ibri Digital had estimated.\n',
      '$600 million',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    const d = figureJudged(
      loadSources(path.join(__dirname, '../fixtures/unseen-diff/sources')),
      'Building the first 200 megawatts cost $900 million more than G42 had estimated.\n',
      '$900 million',
    );
    assert.deepEqual(d.codes, ['figure-mismatch'], messages(d));
  });

  it('unseen-58 L18: 430억 원 for the Muwaqqar switchgear is refuted by the 340억 원', () => {
    const j = reportLineJudged('unseen-58', GYEONGBUK, 18, '430억 원');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /340억 원/);
  });
});

// unseen-58 L41, "The Jordanian campus will take its first 150 MW in the second half of 2028 and reach 250 MW in 2030."
// (Amman Business Review, headlined "Stargate's Jordan Campus Will Run on Sun and Sip Water": "The first 100 megawatts
// are scheduled to go live in the second half of 2028, and the full 250 megawatts in 2030."). The line's "campus" is a
// topic the source sentence does not name, and a source naming none of the line's topics could not refute it: but a
// sentence that names no topic at all speaks of what its headline names.
describe("judge40a: a sentence naming no topic speaks of its headline's", () => {
  it('refutes the first phase of the campus by the first phase its article gives', () => {
    const j = figureJudged(
      en,
      'The Chilean campus will take its first 120 MW in the first half of 2029 and reach 240 MW in 2031.\n',
      '120 MW',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /80 megawatts/);
  });

  it('leaves the true line alone', () => {
    const j = figureJudged(
      en,
      'The Chilean campus will take its first 80 MW in the first half of 2029 and reach 240 MW in 2031.\n',
      '80 MW',
    );
    assert.deepEqual(loud(j), []);
  });

  it('unseen-58 L41: the first 150 MW is refuted by the 100 megawatts', () => {
    const j = reportLineJudged('unseen-58', THAR, 41, '150 MW');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /100 megawatts/);
  });
});

/** A county's press release on a plant, written for these tests. */
const DANYANG_RELEASE = [
  '# 한결기계, 단양에 제2공장 짓는다',
  '',
  '*단양군 보도자료, 2026년 9월 24일*',
  '',
  '한결기계가 단양에 900억 원을 들여 냉각설비 전용 제2공장을 짓기로 했습니다.',
  '',
  '2028년 상반기 준공이 목표이고, 새로 뽑는 인력이 120명입니다.',
  '',
].join('\n');

// unseen-46 L20, "제2공장은 1,300억 원을 들여 2028년 상반기 준공 예정이며, 직원은 410명에서 560명으로 늘어난다." (true): once the
// source's "새로 뽑는 인력이 150명입니다" was read (the copula rule above), its 150 명 refuted both levels of the line's change,
// though it is the change itself (560 less 410): a source amount the size of the line's change is no level of it.
describe("judge40a: an amount the size of the line's change is the change, not a level", () => {
  const release = writtenSources({ 'danyang-release.md': DANYANG_RELEASE }, 'xref-judge40a-step-');
  const line = '- 제2공장은 900억 원을 들여 2028년 상반기 준공 예정이며, 직원은 300명에서 420명으로 늘어난다.\n';

  it('neither refutes the level before nor the level after by the number of new hires', () => {
    assert.deepEqual(loud(figureJudged(release, line, '300명')), []);
    assert.deepEqual(loud(figureJudged(release, line, '420명')), []);
  });

  it('unseen-46 L20: the staff levels are not refuted by the 150 new hires', () => {
    const report = 'jeonju-nuri-bangsong-bukdaeseoyang-stargate-jeonbuk-giup-chwijae-gihoekan-ko.md';
    assert.deepEqual(reportLineJudged('unseen-46', report, 20, '410명').codes, []);
    assert.deepEqual(reportLineJudged('unseen-46', report, 20, '560명').codes, []);
  });
});
