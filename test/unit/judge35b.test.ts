// Figure misses of unseen-48 and unseen-49 (sets written blind, promoted to tuning in session 35) on parts, wholes,
// shares and sums, each traced to a general cause and tested on articles written here as their outlets would write
// them. Each case fails without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, figuresRead, loadSources, loud, writtenSources } from './judged';

/** A regional wire's story of a water permit, written for these tests. */
const MARITSA_WIRE = [
  '# Basin directorate caps the Plovdiv campus at 1.5 cubic metres a second',
  '',
  '*Maritsa Business Wire, 14 August 2027*',
  '',
  'PLOVDIV — The East Aegean basin directorate has issued the water permit for the Stargate Plovdiv campus.',
  'The permit allows the abstraction of up to 1.5 cubic metres per second of river water, against the 1.9 cubic metres per second the developer applied for.',
  'The directorate said the lower figure protects the river in dry summers.',
  '',
].join('\n');

// unseen-49 carpathia: "The environmental agreement of 22 May allows 1.9 cubic metres per second, roughly 70% of the
// 2.4 cubic metres per second requested." 1.9 / 2.4 is 79%; the line's own share was taken as covered, because a
// percent ending in a zero ("70", its last written digit the tens) was allowed a whole place above it (cut: 70 to 81),
// as "about 8%" is allowed 8.9. A writer rounds 79% to 80, never to 70: a percent ending in a zero covers half its
// place either way.
describe('judge35b: a round percent covers half its place above, not a whole one ("roughly 70%" for 79%)', () => {
  const corpus = writtenSources({ 'maritsa-wire.md': MARITSA_WIRE }, 'xref-judge35b-share-');
  const line = (p: string) =>
    `The permit allows 1.5 cubic metres per second, roughly ${p} of the 1.9 cubic metres per second requested.\n`;

  it('flags roughly 70% for 1.5 of 1.9 (79%), and lets roughly 80% stand', () => {
    const wrong = figureJudged(corpus, line('70%'), '70%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /79%/);
    assert.deepEqual(loud(figureJudged(corpus, line('80%'), '80%')), []);
    // a unit-place percent still covers the share cut to it ("about 78%" for 78.9)
    assert.deepEqual(loud(figureJudged(corpus, line('78%'), '78%')), []);
  });

  it('flags the tuning line (unseen-49 carpathia L27)', () => {
    const u49 = loadSources(path.join(__dirname, '../fixtures/unseen-49/sources'));
    const l = (p: string) =>
      `The environmental agreement of 22 May allows 1.9 cubic metres per second, roughly ${p} of the 2.4 cubic metres per second requested.\n`;
    const wrong = figureJudged(u49, l('70%'), '70%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(u49, l('80%'), '80%')), []);
  });
});

/** An ASX listed company's announcement of a solar farm for a campus, written for these tests. */
const KAURI_ASX = [
  'ASX ANNOUNCEMENT',
  '',
  '3 February 2027',
  '',
  'KAURI RENEWABLES LIMITED (ASX: KRL)',
  '',
  'FINANCIAL CLOSE: 400 MW SOLAR FARM AND BATTERY FOR THE STARGATE DARLING DOWNS CAMPUS',
  '',
  'Kauri Renewables Limited (Kauri or the Company) is pleased to announce that its subsidiary Bunya Solar Pty Ltd has reached financial close on a 400 MW solar farm and 800 MWh battery supplying the Stargate Darling Downs campus in Queensland.',
  '',
  'Project funding',
  '',
  '- The total project cost is estimated at AUD1.8 billion, to be funded 65% by project finance debt and 35% by equity.',
  "- Kauri's share of the equity is AUD390 million, to be met from cash reserves and an undrawn corporate facility.",
  '- First power is expected in the second half of 2028.',
  '',
  'This announcement was authorised for release by the Board.',
  '',
].join('\n');

// unseen-48 small-cap: "Tswelelo's own equity commitment is ZAR2.1 billion, about 28% of the project cost." The SENS
// writes its money as filings do, the code against the amount ("ZAR11.6 billion", "USD630 million"): the scanner read
// a code only with a space after it, so neither amount was read, in the report or the source. And the share's whole,
// "the project cost", is stated in the item before the part's ("3.2 The total project cost is estimated at ZAR11.6
// billion …" / "3.3 The Group's share of the equity commitment is ZAR2.1 billion"), where the site share rule looked
// only in the part's own sentence: 2.1 / 11.6 is 18%.
describe('judge35b: a currency code against its amount; a share of the project cost stated beside the part', () => {
  it('reads "ZAR2.1 billion", "USD630 million", "EUR1,250,000" as money, not "PHP8.1", "GPT4" or "TRY3"', () => {
    const read = figuresRead(
      'It costs ZAR2.1 billion (USD630 million), EUR1,250,000 a year and ZAR18.40 a dollar; PHP8.1, GPT4 and TRY3 run.\n',
    );
    assert.deepEqual(read, ['ZAR2.1 billion', 'USD630 million', 'EUR1,250,000', 'ZAR18.40']);
  });

  const corpus = writtenSources({ 'kauri-asx.txt': KAURI_ASX }, 'xref-judge35b-cost-');
  const line = (p: string) => `Kauri's own equity is AUD390 million, about ${p} of the project cost.\n`;

  it('flags a share of the project cost the part and the item before it do not make (390 of 1,800 is 22%)', () => {
    const wrong = figureJudged(corpus, line('32%'), '32%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /22%/);
    assert.deepEqual(loud(figureJudged(corpus, line('22%'), '22%')), []);
    // the part itself is vouched for
    assert.deepEqual(loud(figureJudged(corpus, line('22%'), 'AUD390 million')), []);
  });

  it('flags the tuning line (unseen-48 small-cap L13)', () => {
    const u48 = loadSources(path.join(__dirname, '../fixtures/unseen-48/sources'));
    const l = (p: string) => `Tswelelo's own equity commitment is ZAR2.1 billion, about ${p} of the project cost.\n`;
    assert.deepEqual(figureJudged(u48, l('28%'), '28%').codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(u48, l('18%'), '18%')), []);
  });
});

/** A port council's monthly bulletin (Korean), written for these tests. */
const ULSAN_PORT_BULLETIN = [
  '울산항 물동량 월보 2027년 6월호',
  '',
  '울산항만물류협의회 | 2027. 7. 10.',
  '',
  '□ 주요 프로젝트 화물',
  '',
  ' ㅇ 대만 창화 스타게이트 캠퍼스 자가발전용 해상풍력 블레이드',
  '   - 6월 12일 울산항 일반부두에서 풍력 블레이드 8기 선적, 기당 약 35톤',
  '   - 나머지 16기는 9월 선적 예정',
  '',
].join('\n');
/** A port authority's news item (English), written for these tests. */
const GDANSK_PORT_NEWS = [
  '# Heavy-lift record for the Stargate Pomerania campus',
  '',
  'Port of Gdansk Authority, news, 5 March 2027',
  '',
  'The heavy-lift vessel Baltic Crane loaded eight transformers for the Stargate Pomerania campus at the Westerplatte terminal on 3 March, at about 180 tonnes per transformer.',
  'It is the heaviest single project cargo the terminal has handled.',
  '',
].join('\n');

// unseen-48 poseung: "ㅇ 1차분 6대는 8월 21일 평택항 동부두에서 선적, 대당 약 210톤으로 6대 합계 약 1,560톤". The port bulletin
// gives "대당 약 210톤, 1차분 합계 약 1,260톤": the line's total is its own count times its amount each, worked out wrong,
// and the bulletin's 1,260톤 shares too few words with it (0.48) to refute it at the bar a contradiction needs. The
// articles written here state the count and the amount each, and no total: only the line's own sum can be wrong.
describe('judge35b: a total the line works out as a count times an amount each', () => {
  const corpus = writtenSources(
    { 'ulsan-port.txt': ULSAN_PORT_BULLETIN, 'gdansk-port.md': GDANSK_PORT_NEWS },
    'xref-judge35b-product-',
  );

  it('flags 8기 × 약 35톤 given as 합계 약 380톤, and lets 약 280톤 stand', () => {
    const line = (v: string) => `ㅇ 블레이드 8기는 6월 12일 울산항에서 선적, 기당 약 35톤으로 8기 합계 약 ${v}\n`;
    const wrong = figureJudged(corpus, line('380톤'), '380톤');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /280톤/);
    assert.equal(wrong.mismatches[0].fixes[0]?.newText, '280톤');
    assert.deepEqual(loud(figureJudged(corpus, line('280톤'), '280톤')), []);
  });

  it('flags eight transformers at about 180 tonnes each given as some 1,840 tonnes in all', () => {
    const line = (v: string) =>
      `Eight transformers left Gdansk on 3 March, about 180 tonnes per transformer, some ${v} in all.\n`;
    const wrong = figureJudged(corpus, line('1,840 tonnes'), '1,840 tonnes');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /1,440 tonnes/);
    assert.deepEqual(loud(figureJudged(corpus, line('1,440 tonnes'), '1,440 tonnes')), []);
  });

  it('flags the tuning line (unseen-48 poseung L21)', () => {
    const u48 = loadSources(path.join(__dirname, '../fixtures/unseen-48/sources'));
    const l = (v: string) => `ㅇ 1차분 6대는 8월 21일 평택항 동부두에서 선적, 대당 약 210톤으로 6대 합계 약 ${v}\n`;
    assert.deepEqual(figureJudged(u48, l('1,560톤'), '1,560톤').codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(u48, l('1,260톤'), '1,260톤')), []);
  });
});

/** A regional daily's story of a memorandum (Korean), written for these tests. */
const GYEONGBUK_DAILY_MAY = [
  '대양중공업, 말레이시아 스타게이트에 냉각탑 공급 MOU',
  '',
  '경북산업일보 | 입력 2027.05.14 | 기자 박서윤',
  '',
  '포항의 대양중공업은 말레이시아 조호르 스타게이트 캠퍼스의 냉각 설비를 맡은 현지 업체 셀라탄 쿨링과 최대 1,800억 원 규모의 냉각탑 공급 양해각서(MOU)를 맺었다고 14일 밝혔다.',
  '본계약은 하반기에 맺을 예정이다.',
  '',
].join('\n');
/** The same daily's story of the contract, four months on (Korean), written for these tests. */
const GYEONGBUK_DAILY_SEPT = [
  '대양중공업, 조호르 냉각탑 본계약 체결',
  '',
  '경북산업일보 | 입력 2027.09.22 | 기자 박서윤',
  '',
  '대양중공업은 셀라탄 쿨링과 조호르 스타게이트 캠퍼스 냉각탑 공급 계약을 1,260억 원에 체결했다고 22일 공시했다.',
  '냉각탑 수량이 줄면서 계약 금액도 줄었다.',
  '',
].join('\n');

// unseen-48 poseung: "□ 한울수소기술: 나미브벤투스 에너지와 3,000억 원 규모 수전해 설비 공급 계약 체결(8월)". 3,000억 원 was the May
// memorandum's ceiling ("최대 3,000억 원 규모의 … 공급 양해각서(MOU)를 맺었다"); the August contract was 2,150억 원 (KRW 215
// billion). The memorandum's amount vouched for the contract's at 0.73, above the contract's own refutation.
describe("judge35b: a memorandum's amount does not vouch for a line that says a contract was signed", () => {
  const corpus = writtenSources(
    { 'gyeongbuk-0514.txt': GYEONGBUK_DAILY_MAY, 'gyeongbuk-0922.txt': GYEONGBUK_DAILY_SEPT },
    'xref-judge35b-memo-',
  );

  it("flags the memorandum's 1,800억 원 given as the contract's, and lets the contract's and the memorandum's stand", () => {
    const wrong = figureJudged(
      corpus,
      '□ 대양중공업: 셀라탄 쿨링과 1,800억 원 규모 냉각탑 공급 계약 체결(9월)\n',
      '1,800억 원',
    );
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /1,?260억/);
    const right = '□ 대양중공업: 셀라탄 쿨링과 1,260억 원 규모 냉각탑 공급 계약 체결(9월)\n';
    assert.deepEqual(loud(figureJudged(corpus, right, '1,260억 원')), []);
    const memo = '□ 대양중공업: 셀라탄 쿨링과 최대 1,800억 원 규모 냉각탑 공급 양해각서 체결(5월)\n';
    assert.deepEqual(loud(figureJudged(corpus, memo, '1,800억 원')), []);
  });

  it('flags the tuning line (unseen-48 poseung L27)', () => {
    const u48 = loadSources(path.join(__dirname, '../fixtures/unseen-48/sources'));
    const l = (v: string) => `□ 한울수소기술: 나미브벤투스 에너지와 ${v} 규모 수전해 설비 공급 계약 체결(8월)\n`;
    assert.deepEqual(figureJudged(u48, l('3,000억 원'), '3,000억 원').codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(u48, l('2,150억 원'), '2,150억 원')), []);
  });
});

/** A business daily's story of a cable order (Korean), written for these tests. */
const CHUNGBUK_ECONOMY = [
  '한빛케이블, 루마니아 스타게이트 캠퍼스 송전 케이블 수주',
  '',
  '충북경제신문 | 2027.04.02 | 기자 이도윤',
  '',
  '청주의 한빛케이블은 루마니아 티미쇼아라 스타게이트 캠퍼스에 들어가는 400kV 송전 케이블 120km 가운데 70km를 1,050억 원에 수주했다고 2일 밝혔다.',
  '나머지 50km는 현지 업체가 맡는다.',
  '',
].join('\n');

/** The company's own correction of other papers' reports (Korean), written for these tests. */
const HANBIT_CORRECTION = [
  '[보도 해명] 루마니아 티미쇼아라 송전 케이블 수주 관련',
  '',
  '한빛케이블 홍보팀 | 2027년 4월 5일',
  '',
  '최근 일부 언론에서 당사가 루마니아 티미쇼아라 스타게이트 캠퍼스의 400kV 송전 케이블 120km 전량을 약 1,800억 원에 수주했다고 보도하였으나, 이는 사실과 다릅니다.',
  '당사가 체결한 계약은 송전 케이블 120km 가운데 70km에 대한 것이며, 계약금액은 1,050억 원입니다.',
  '',
].join('\n');

// unseen-49 chungnam: "□ 미래온에너지(아산): 불가리아 마리차 캠퍼스 ESS" over "ㅇ 마리차 캠퍼스 ESS 1,200MWh 전량을 2,240억 원에
// 수주". The sources give the company 800MWh of the campus's 1,200MWh ("1,200MWh 가운데 800MWh"); the rule that judges a
// whole given to an actor by the actor's part needs the line's actor, and a 개조식 sub-item names none: its parent item's
// label does ("미래온에너지(아산):"). The parent item was read for the sub-item's words (judge34), not for its actor.
describe("judge35b: a 개조식 sub-item's actor is its parent item's label", () => {
  const corpus = writtenSources(
    { 'chungbuk-economy.txt': CHUNGBUK_ECONOMY, 'hanbit-correction.txt': HANBIT_CORRECTION },
    'xref-judge35b-actor-',
  );
  const report = (sub: string) =>
    ['## 수주 현황', '', '□ 한빛케이블(청주): 루마니아 티미쇼아라 캠퍼스 송전 케이블', '', sub, ''].join('\n');

  it("flags the campus's whole given to the company, and lets its part stand", () => {
    const wrong = figureJudged(corpus, report('ㅇ 캠퍼스 송전 케이블 120km 전량을 1,050억 원에 수주'), '120km');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /70/);
    const right = report('ㅇ 캠퍼스 송전 케이블 120km 가운데 70km를 1,050억 원에 수주');
    assert.deepEqual(loud(figureJudged(corpus, right, '70km')), []);
    assert.deepEqual(loud(figureJudged(corpus, right, '120km')), []);
  });

  // The company's correction states the other papers' "120km 전량을 약 1,800억 원에 수주" only to deny it ("…했다고
  // 보도하였으나, 이는 사실과 다릅니다"): it vouched for the whole at 1.00.
  it('lets no denied report vouch for the whole', () => {
    const line = '한빛케이블은 티미쇼아라 캠퍼스 송전 케이블 120km 전량을 수주했다.\n';
    const wrong = figureJudged(corpus, line, '120km');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /70/);
  });

  it('flags the tuning line (unseen-49 chungnam L27)', () => {
    const u49 = loadSources(path.join(__dirname, '../fixtures/unseen-49/sources'));
    const text = (sub: string) => ['□ 미래온에너지(아산): 불가리아 마리차 캠퍼스 ESS', '', sub, ''].join('\n');
    const wrong = figureJudged(u49, text('ㅇ 마리차 캠퍼스 ESS 1,200MWh 전량을 2,240억 원에 수주'), '1,200MWh');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    const right = text('ㅇ 마리차 캠퍼스 ESS 1,200MWh 가운데 800MWh를 2,240억 원에 수주');
    assert.deepEqual(loud(figureJudged(u49, right, '800MWh')), []);
  });
});
