// True lines of the tuning sets that session 36 still found flagged (a ✗ on a true line), each with the rule that gave
// the wrong source figure the right to refute. Each case failed before its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
/** A tuning set's sources as a corpus, and one line of one of its reports. */
const set = (name: string) => loadSources(path.join(fixtures, name, 'sources'));
const reportText = (name: string, file: string) => fs.readFileSync(path.join(fixtures, name, 'reports', file), 'utf8');

// unseen-45's research notes, under "## The Panama campus": "Construction will employ about 1,900 people, and the campus
// will keep 180 permanent jobs." The sentence's opening word, "Construction", was read as the line's place: the council
// minutes that give the Panama campus's 180 permanent jobs never write "Construction" as a place, so they were another
// site's and could not vouch, and a Peruvian daily's "Construction will employ up to 2,600 people at its peak; the
// finished campus will have about 320 permanent jobs" shared that "place" with the line and refuted it.
describe("flag36: a common word capitalized only as it opens a line's sentence is no place of the line's", () => {
  const papers = writtenSources({
    'quilicura-council-minutes-2026-05-12.txt': [
      'MUNICIPALIDAD DE QUILICURA',
      'MINUTES OF ORDINARY SESSION No. 18, 12 May 2026',
      '',
      '3. PRESENTATIONS. Ms. Carla Fuenzalida Rojas then described the Stargate Andes campus: 150 megawatts',
      'when complete, a first stage of 50 megawatts in the second quarter of 2028, about 900 jobs',
      'during construction and 90 permanent jobs.',
      '',
      '4. The council approved the land-use change by seven votes to one.',
    ].join('\n'),
    'llanos-diario-stargate-orinoco-campus.txt': [
      'Stargate picks Orinoco plains for US$4.1bn Morichal campus',
      '',
      'Llanos Diario | 2026-03-18',
      '',
      "BOGOTÁ — Stargate will build a campus of up to 300 megawatts near Puerto Gaitán, in Colombia's Meta department, the company said on Wednesday.",
      'A first phase of 80 MW is due in 2028. Construction will employ up to 1,700 people at its peak; the finished campus will have about 210 permanent jobs.',
      'The campus will be the largest data center project in Colombia.',
    ].join('\n'),
  });
  const notes = (jobs: string) =>
    `# Research notes: Stargate in the Andes\n\n## The Chile campus\n\nStargate Andes is planned at 150 MW in Quilicura.\n\nConstruction will employ about 900 people, and the campus will keep ${jobs} permanent jobs.\n`;
  it('vouches for "the campus will keep 90 permanent jobs" by the minutes, not refuted by another country\'s 210', () => {
    const j = figureJudged(papers, notes('90'), '90 permanent jobs');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });
  it('…and unseen-45\'s 180 permanent jobs under "## The Panama campus"', () => {
    const text = reportText('unseen-45', 'canal-and-code-ep58-two-oceans-research-notes.md');
    const j = figureJudged(set('unseen-45'), text, '180 permanent jobs');
    assert.deepEqual(loud(j), []);
  });
  it('…a count the minutes do not give is still refuted by them', () => {
    assert.equal(figureJudged(papers, notes('150'), '150 permanent jobs').mismatches.length, 1);
  });
});

// unseen-probe27's Korean research note, under "## 와이오밍 크로 크릭" beside "## 텍사스 포트 알메다": "상시 일자리는 1단계
// 기준 약 150명이다." A Korean county weekly on a campus in Chungcheong ("상시 고용은 최종 400명, 1단계 120명으로 회사는 보고
// 있다") refuted it: a Korean heading of names the lexicon does not know was read as no place, so an article that never
// names Crow Creek or Wyoming still spoke of the line's site.
describe('flag36: a Korean heading of names, beside siblings that open on a state, is the place of the lines under it', () => {
  const weekly = [
    '스타게이트 덕산 캠퍼스 1단계 착공 연기',
    '',
    '진천신문 | 2026.09.10 | 오지현 기자',
    '',
    '진천군 덕산읍에 들어서는 스타게이트 AI 캠퍼스의 1단계 착공이 내년 2월로 늦춰졌다.',
    '캠퍼스는 모두 600MW 규모로, 200MW씩 3단계로 나눠 짓는다.',
    '상시 고용은 최종 240명, 1단계 70명으로 회사는 보고 있다.',
  ].join('\n');
  const papers = writtenSources({ 'jincheon-weekly-stargate-campus-ko.txt': weekly });
  const note = (n: string, heading = '오리건 프라인빌') =>
    `# 스타게이트 미국 거점 점검\n\n## 텍사스 애빌린\n\n캠퍼스는 1.2GW 규모다.\n\n## ${heading}\n\n캠퍼스는 900MW 규모로 3단계로 나눠 짓는다.\n상시 일자리는 1단계 기준 약 ${n}명이다.\n`;
  it('does not refute "1단계 기준 약 90명" by a Korean weekly\'s other campus (1단계 70명), nor 900MW by its 600MW', () => {
    assert.deepEqual(loud(figureJudged(papers, note('90'), '90명')), []);
    assert.deepEqual(loud(figureJudged(papers, note('90'), '900MW')), []);
  });
  it('…and unseen-probe27\'s 150명 under "## 와이오밍 크로 크릭"', () => {
    const text = reportText('unseen-probe27', 'hanbit-research-stargate-us-sinchung-seungin-ko.md');
    assert.deepEqual(loud(figureJudged(set('unseen-probe27'), text, '150명')), []);
  });
  it('…a heading of common words ("## 주요 리스크") is no place: the weekly still refutes the line under it', () => {
    assert.equal(figureJudged(papers, note('90', '주요 리스크'), '90명').mismatches.length, 1);
  });
  it("…an article that names the heading's site still refutes it", () => {
    const named = writtenSources({
      'jincheon-weekly-stargate-campus-ko.txt': weekly,
      'oregon-prineville-ko.txt': [
        '스타게이트 프라인빌 캠퍼스 1단계 상시 고용 60명',
        '',
        '해외건설뉴스 | 2026.08.02 | 민재원 기자',
        '',
        '스타게이트가 미국 오리건주 프라인빌에 짓는 캠퍼스는 900MW 규모로, 3단계로 나눠 짓는다.',
        '프라인빌 캠퍼스의 상시 고용은 1단계 60명이다.',
      ].join('\n'),
    });
    assert.equal(figureJudged(named, note('90'), '90명').mismatches.length, 1);
  });
});

// unseen-37's Korean memo: "부족분은 처리수 연 210만㎥로 메우며, 지하수와 처리수를 합친 물은 연 360만㎥임." The line's
// total is its own 210만㎥ of treated water and the concession's 1.5 million m³ of groundwater, added up; the concession's
// later cap on the groundwater alone ("to 1,200,000 cubic meters per year" by 2031) refuted it: one part given as the
// whole.
describe("flag36: a line's total of its own part and another part the same source states is the writer's sum", () => {
  const notice = writtenSources({
    'dof-notice-sonora-water-title-2026-05-04-en.txt': [
      'DIARIO OFICIAL DE LA FEDERACIÓN — Unofficial English translation',
      'May 4, 2026',
      '',
      'NATIONAL WATER COMMISSION',
      '',
      'NOTICE by which the concession title for the abstraction of national groundwater granted to Stargate Sonora Infraestructura, S. de R.L. de C.V., is published in summary.',
      '',
      'On January 12, 2026, Stargate Sonora Infraestructura applied for a concession to abstract up to 2,000,000 (two million) cubic meters per year of national groundwater from the Mesa Arenosa aquifer for the cooling of a data center campus in the municipality of Hermosillo, Sonora.',
      '',
      'The aquifer has no availability; the volume granted is transferred from agricultural rights acquired by the applicant.',
      '',
      'SUMMARY OF THE TITLE',
      '   Volume granted:              500,000 cubic meters per year',
      '   Term:                        10 years',
      '',
      'CONDITIONS',
      '   a) Use the groundwater only for human consumption on the campus and make-up of the closed cooling circuits; the remaining cooling demand shall be met with reclaimed water;',
      '   b) Receive and use at least 800,000 cubic meters per year of reclaimed water under the agreement with the municipal water utility of Hermosillo;',
      '   c) Reduce the groundwater volume actually extracted by 20% no later than December 31, 2030, to 400,000 cubic meters per year, and relinquish the difference in favor of the Nation;',
    ].join('\n'),
  });
  const memo = (total: string) =>
    `# 스타게이트 멕시코 소노라 캠퍼스 검토\n\n## 1. 용수\n\n지하수 양허량은 연 50만㎥로 신청량 200만㎥의 25%에 그침.\n\n부족분은 재이용수 연 80만㎥로 메우며, 지하수와 재이용수를 합친 물은 연 ${total}㎥임.\n`;
  it('does not refute "합친 물은 연 130만㎥" (50만 + 80만) by the groundwater\'s later 400,000', () => {
    assert.deepEqual(loud(figureJudged(notice, memo('130만'), '130만㎥')), []);
  });
  it("…and unseen-37's 360만㎥", () => {
    const text = reportText('unseen-37', 'stargate-jungnammi-ulsan-suju-gihoe-bogoseo-ko.md');
    assert.deepEqual(loud(figureJudged(set('unseen-37'), text, '360만㎥')), []);
  });
  it('…a total that is no such sum is still refuted', () => {
    assert.equal(figureJudged(notice, memo('150만'), '150만㎥').mismatches.length, 1);
  });
});

// …and a line whose only "place" was that word is of its heading's place, as strictly as it was of the word: unseen-
// recall's "Building the campus will take about 2,000 workers." under "## Wheatland County, Alberta" is not vouched for
// by a Korean county's "하루 최대 1500명" (an article that never names Wheatland County).
describe("flag36: a line that names no place but its opening word is of its heading's place", () => {
  const papers = writtenSources({
    'haenam-daily-campus-jobs-ko.txt': [
      '해남 데이터센터 캠퍼스, 건설 인력 하루 최대 1500명',
      '',
      '해남일보 | 2026.05.11 | 정미숙 기자',
      '',
      '해남군 산이면에 들어서는 데이터센터 캠퍼스의 1단계 공사가 다음 달 시작된다.',
      '건설 기간 고용 인원은 하루 최대 1500명, 가동 이후 상시 고용은 약 200명으로 예상된다.',
    ].join('\n'),
  });
  const report =
    '# Host counties\n\n## Rocky View County, Alberta\n\nThe campus is planned at 300 MW.\n\nBuilding the campus will take about 2,000 workers.\n';
  it('"Building the campus will take about 2,000 workers" is not vouched for by another county\'s 1500명', () => {
    assert.notEqual(figureJudged(papers, report, '2,000 workers').status, 'supported');
  });
  it("…nor unseen-recall's line by the Yeonggwang article", () => {
    const text = reportText('unseen-recall', 'host-costs.md');
    assert.notEqual(figureJudged(set('unseen-recall'), text, '2,000 workers').status, 'supported');
  });
});
