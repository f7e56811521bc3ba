// True lines of the tuning sets unseen-52 and unseen-53 that a ✗ flagged: sums a writer worked out over several sites
// or firms ("세 캠퍼스를 합치면 1,850㎿ 규모", "Together the three come to 1,850 MW", "세 회사의 신규 채용도 155명이다"),
// refuted by one part's figure (one campus's 250 MW, three hydro plants' 450 MW, one firm's 85 hires). A line's sum over
// a count of things is judged only by a source figure given as a sum (countedSum.ts). Each case failed before its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { countedSumAt, summedAt } from '../../server/src/judge/countedSum';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
const set = (name: string) => loadSources(path.join(fixtures, name, 'sources'));
const reportText = (name: string, file: string) => fs.readFileSync(path.join(fixtures, name, 'reports', file), 'utf8');

/** Whether the figure `fig` of `text` is read as a sum over a count of things (the sentence's figures read). */
const counted = (text: string, fig: string, lang: 'en' | 'ko') => {
  const at = text.lastIndexOf(fig);
  assert.ok(at >= 0, fig);
  return countedSumAt(text, at, at + fig.length, lang, extractFigures(text, lang).figures);
};

describe('flag37: a sum over a count of things, read from the line', () => {
  it('reads Korean counted nouns added up or owning the amount', () => {
    assert.ok(counted('- 세 캠퍼스를 합치면 1,850㎿ 규모', '1,850㎿', 'ko'));
    assert.ok(counted('진흥원 자료에 따르면 세 회사의 신규 채용도 155명이다.', '155명', 'ko'));
    assert.ok(counted('도내 3개사를 합친 수주액은 1,738억 원이다.', '1,738억 원', 'ko'));
    assert.ok(counted('두 곳을 더하면 하루 2만 톤이다.', '2만 톤', 'ko'));
    assert.ok(counted('11월 기준 도내 3개사의 수주액은 5,180억 원이다.', '5,180억 원', 'ko'));
  });
  it('…and English counted groups with a word of the sum', () => {
    assert.ok(counted('Together the three come to 1,850 MW and about $23.1bn.', '1,850 MW', 'en'));
    assert.ok(counted('The two campuses combined will draw 900 MW.', '900 MW', 'en'));
    assert.ok(counted('Between them, the four firms will hire 310 people.', '310 people', 'en'));
  });
  it('only the first amount of its kind and unit after the counted words: what follows is a part or another thing', () => {
    const line = 'Together the two campuses are now planned at 1,600 MW: 1,000 MW at Augusta and 600 MW at Aliağa.';
    assert.ok(counted(line, '1,600 MW', 'en'));
    assert.equal(counted(line, '1,000 MW', 'en'), false);
    assert.equal(counted(line, '600 MW', 'en'), false);
    const ko = '두 계약을 합친 1,840억 원은 지난해 매출 5,120억 원의 약 36%다.';
    assert.ok(counted(ko, '1,840억 원', 'ko'));
    assert.equal(counted(ko, '5,120억 원', 'ko'), false);
  });
  it('not one of them, each of them, an average, an ordinal, or a count with no sum', () => {
    assert.equal(counted('세 캠퍼스 중 하나는 250㎿ 규모', '250㎿', 'ko'), false);
    assert.equal(counted('세 회사는 각각 50명을 채용했다.', '50명', 'ko'), false);
    assert.equal(counted('세 회사의 평균 채용은 52명이다.', '52명', 'ko'), false);
    assert.equal(counted('세 번째 캠퍼스의 규모는 250㎿다.', '250㎿', 'ko'), false);
    assert.equal(counted('세계의 데이터센터 용량은 10GW다.', '10GW', 'ko'), false);
    assert.equal(counted('세 차례의 증액 끝에 34억 달러가 됐다.', '34억 달러', 'ko'), false);
    assert.equal(counted('두 배의 규모인 2GW로 늘린다.', '2GW', 'ko'), false);
    assert.equal(counted('2사분기의 매출은 1조 원이다.', '1조 원', 'ko'), false);
    assert.ok(counted('세 주주의 출자금 합계는 2조 원이다.', '2조 원', 'ko'));
    assert.equal(counted('The three campuses will each draw 300 MW.', '300 MW', 'en'), false);
    assert.equal(counted('One of the three campuses comes to 250 MW in all.', '250 MW', 'en'), false);
    assert.equal(counted('Kolkheti Hydro will supply 450 MW from three plants.', '450 MW', 'en'), false);
    assert.equal(counted('The three campuses will draw 900 MW.', '900 MW', 'en'), false);
  });
  it("reads a source figure's own clause as a sum", () => {
    const row = '│ 합  계          │                 │ 1,738억 원            │ 155명     │';
    assert.ok(summedAt(row, row.indexOf('155명'), 'ko'));
    const s = 'The three campuses together come to 1,900 MW, the ministry said.';
    assert.ok(summedAt(s, s.indexOf('1,900'), 'en'));
    const one = 'Debed Valley Compute CJSC plans Stargate Debed near Alaverdi (Lori): 250 MW by 2031, USD 3.2 bn.';
    assert.equal(summedAt(one, one.indexOf('250 MW'), 'en'), false);
    const firm = '원주 부론산단에 85명 신규 채용';
    assert.equal(summedAt(firm, firm.indexOf('85명'), 'ko'), false);
  });
});

// unseen-52's provincial memo and seminar handout: a table of three campuses (Poti 600, Absheron 1,000, Debed 250 MW),
// then "- 세 캠퍼스를 합치면 1,850㎿ 규모" and "Together the three come to 1,850 MW and about $23.1bn." A mailing-list post's
// "Debed …: 250 MW by 2031" and a newspaper's "supply 450 MW from three plants" refuted the sums.
describe("flag37: a line's sum over several sites is not refuted by one site's figure", () => {
  const post = [
    '[central-asia-grid] Vakhsh campus / Rogun link: what the regulator actually granted on 3 June',
    '',
    'Firuz Nazarov firuz.nazarov at tajikgrid.tj',
    'Wed Jun 4 09:12:40 UTC 2026',
    '',
    'Colleagues,',
    '',
    `Since several of you asked after yesterday's hearing, here is my summary of the decision on the Rogun-Vakhsh`,
    'interconnection and the Stargate Vakhsh campus.',
    '',
    '1. The campus. Vakhsh Valley Compute LLC plans Stargate Vakhsh in the Vakhsh valley near Bokhtar (Khatlon): 300 MW',
    '   by 2030, USD 3.9 bn. First phase 120 MW in 2028.',
    '2. What was asked and what was granted. VVC asked for 320 MW of firm import capacity on the link. The regulator',
    '   granted 180 MW, provisional until the end of 2028.',
    '',
    'Firuz',
  ].join('\n');
  const paper = [
    'Stargate picks Chirchiq for a 700 MW campus powered by mountain rivers',
    '',
    'Tashkent Herald | 2026-02-18 | By Dilnoza Karimova',
    '',
    'TASHKENT — The Stargate artificial-intelligence venture will build a data center campus at Chirchiq, north of the capital, its Uzbek partner said on Tuesday.',
    '',
    'Stargate Chirchiq is planned at 700 MW of computing load by 2030 and is expected to cost $9.1bn.',
    '',
    'Most of the power is to come from run-of-river hydropower. Chirchiq Hydro, a sister company, has signed a 15-year agreement to supply 520 MW from three plants on tributaries of the Chirchiq, one of which is still to be built.',
  ].join('\n');
  const kotra = [
    '우즈베키스탄, 스타게이트 치르치크 캠퍼스 착공… 국내 기자재 기업 기회',
    '',
    'KOTRA 해외시장뉴스 | 2026-09-08 | 타슈켄트무역관 박지훈',
    '',
    '우즈베키스탄 타슈켄트 북쪽 치르치크에 들어서는 스타게이트 캠퍼스가 지난달 착공했다.',
    '치르치크 캠퍼스는 2030년까지 700㎿ 규모로 지어지며, 1단계 250㎿는 2028년 가동 예정이다.',
    '전력은 치르치크강 지류의 수력발전소 세 곳에서 공급받는다.',
  ].join('\n');
  const papers = writtenSources({
    'pipermail-central-asia-grid-vakhsh-rogun-link.txt': post,
    'tashkent-herald-stargate-chirchiq-hydro.txt': paper,
    'kotra-haeoesijang-tashkent-stargate-chirchiq-ko.txt': kotra,
  });
  const memo = (sum: string) =>
    [
      '# 중앙아시아 스타게이트 캠퍼스와 도내 기업 진출 동향',
      '',
      '충청북도 투자유치과 · 2026. 11. 12.',
      '',
      '## 1. 캠퍼스 현황',
      '',
      '| 캠퍼스 | 국가 | 규모 | 사업비 | 전력 |',
      '|---|---|---|---|---|',
      '| 스타게이트 치르치크 | 우즈베키스탄 | 700㎿ | 91억 달러 | 산악 수력 520㎿ |',
      '| 스타게이트 이식 | 카자흐스탄 | 900㎿ | 105억 달러 | 가스복합 1,100㎿ |',
      '| 스타게이트 바흐시 | 타지키스탄 | 300㎿ | 39억 달러 | 로군 연계 송전선 |',
      '',
      `- 세 캠퍼스를 합치면 ${sum} 규모`,
      '',
    ].join('\n');
  const handout = (sum: string) =>
    [
      '# Three campuses, three power bets: Stargate in Central Asia',
      '',
      'Handout for the seminar "Power in Landlocked Systems" — Aigerim Sultanova, Almaty Energy Institute, 20 November 2026',
      '',
      '## Comparison',
      '',
      '| Campus | MW | Cost | Main power |',
      '|---|---|---|---|',
      '| Chirchiq | 700 | $9.1bn | mountain hydro |',
      '| Issyk | 900 | $10.5bn | gas |',
      '| Vakhsh | 300 | $3.9bn | imports over a new link |',
      '',
      `Together the three come to ${sum} and about $23.5bn.`,
      '',
    ].join('\n');
  it('says nothing loud of "세 캠퍼스를 합치면 1,900㎿" against one campus\'s 300 MW', () => {
    assert.deepEqual(loud(figureJudged(papers, memo('1,900㎿'), '1,900㎿')), []);
  });
  it('…nor of "Together the three come to 1,900 MW" against three hydro plants\' 520 MW', () => {
    assert.deepEqual(loud(figureJudged(papers, handout('1,900 MW'), '1,900 MW')), []);
  });
  it('…while a source that gives the sum still refutes another sum', () => {
    const summed = writtenSources({
      'pipermail-central-asia-grid-vakhsh-rogun-link.txt': post,
      'tashkent-herald-stargate-chirchiq-hydro.txt': paper,
      'almaty-business-weekly-stargate-central-asia.txt': [
        'Stargate bets on Central Asia',
        '',
        'Almaty Business Weekly | 2026-10-02',
        '',
        'ALMATY — The three Central Asian Stargate campuses at Chirchiq, Issyk and Vakhsh together come to 1,900 MW, the ministry said.',
      ].join('\n'),
    });
    assert.equal(figureJudged(summed, handout('2,300 MW'), '2,300 MW').mismatches.length, 1);
  });
  it("…and unseen-52's memo and handout lines", () => {
    const src = set('unseen-52');
    const ko = reportText('unseen-52', 'jeonnam-tujayuchigwa-heukhae-kaspi-stargate-dohyang-bogo-ko.md');
    assert.deepEqual(loud(figureJudged(src, ko, '1,850㎿')), []);
    const en = reportText('unseen-52', 'yerevan-seminar-handout-stargate-caucasus-power-bets.md');
    assert.deepEqual(loud(figureJudged(src, en, '1,850 MW')), []);
  });
});

// unseen-53's newspaper draft: "강원글로벌산업진흥원이 17일 연 수출기업 협의회 회의 자료에 따르면 세 회사의 신규 채용도
// 155명이다." One firm's press release ("원주 부론산단에 85명 신규 채용") and the meeting's "85명 채용 완료" refuted it.
describe("flag37: a line's sum over several firms is not refuted by one firm's figure", () => {
  const release = [
    '보낸 사람: 청주PR 미디어팀 <media@cheongjupr.example.kr>',
    '날짜: 2026년 5월 7일 (목) 오전 8:40',
    '제목: [보도자료] 한빛정밀, 유럽 스타게이트 데이터센터에 냉각 밸브 420억 원 공급',
    '',
    '기자님 안녕하세요, 청주PR 미디어팀 김하은입니다. 한빛정밀의 유럽 수주 보도자료를 보내드립니다.',
    '',
    '한빛정밀, 유럽 스타게이트 데이터센터에 냉각 밸브 420억 원 공급',
    `- 네덜란드 '스타게이트 로테르담'에 액체냉각 밸브 1만2,000개`,
    '- 반도체 장비 밸브 기술로 데이터센터 시장 진출 2년 만의 최대 수주… 충주 메가폴리스산단에 95명 신규 채용',
    '',
    '충주 밸브 기업 한빛정밀(대표 윤서준)은 유럽의 스타게이트 데이터센터 캠퍼스에 액체냉각 밸브를 공급하는 계약을 맺었다고 7일 밝혔다.',
  ].join('\n');
  const draft = (n: string) =>
    [
      '# 충북 기업 세 곳, 유럽 스타게이트 캠퍼스서 수주',
      '',
      `충북기업진흥원이 12일 연 수출기업 간담회 자료에 따르면 세 회사의 신규 채용도 ${n}이다.`,
      '',
    ].join('\n');
  it('says nothing loud of "세 회사의 신규 채용도 210명이다" against one firm\'s 95명', () => {
    const papers = writtenSources({ 'email-bodojaryo-hanbit-jeongmil-valve-ko.txt': release });
    assert.deepEqual(loud(figureJudged(papers, draft('210명'), '210명')), []);
  });
  it("…while a source that gives the three firms' sum still refutes another", () => {
    const papers = writtenSources({
      'email-bodojaryo-hanbit-jeongmil-valve-ko.txt': release,
      'chungbuk-suchul-ganamhoe-gyeolgwa-ko.txt': [
        '충북 수출기업 간담회 결과 보고',
        '',
        '2026. 11. 13. 충북기업진흥원 해외진출팀',
        '',
        '도내 세 회사의 스타게이트 관련 신규 채용은 합계 230명이다.',
      ].join('\n'),
    });
    assert.equal(figureJudged(papers, draft('210명'), '210명').mismatches.length, 1);
  });
  it("…and unseen-53's draft line", () => {
    const text = reportText('unseen-53', 'bukhangang-ilbo-gyeongjebu-benelux-stargate-gangwon-3sa-chogo-ko.md');
    assert.deepEqual(loud(figureJudged(set('unseen-53'), text, '155명')), []);
  });
});
