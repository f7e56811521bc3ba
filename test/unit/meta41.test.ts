// How sources are read, metadata, in the layouts unseen-58 and unseen-59 still read wrong after meta40 (session 40): a
// development lender's project data sheet, a public body's announcement under its state's letterhead
// and motto, a Korean local council's committee report on a bill, a Korean
// credit bureau's report on a firm, an aggregator's story page with its sources' cards. Each rule is shown on a small document of the same kind written for it,
// from another lender, and on the real set's source. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import { fixtureSource, writtenSource } from './metadataTable';

const text = (t: string, name = 'doc.txt') => writtenSource(t, name).meta;

describe("a development lender's project data sheet", () => {
  const sheet = [
    'ANDEAN WATER AND ENERGY FUND',
    'PROJECT DATA SHEET (PDS)',
    '',
    'Project Data Sheets are updated periodically. Information in it reflects the status of the project as of the',
    'date of the last update.',
    '',
    '--------------------------------------------------------------------------------------------',
    'Project Name            Rio Mantaro Pumped Storage and Grid Reinforcement Project',
    'Project Number          AWEF-P0233',
    'Country / Economy       Peru',
    'Project Status          Approved',
    'Sector / Subsector      Energy / Hydropower',
    'Date of Last Update     14 March 2026',
    '--------------------------------------------------------------------------------------------',
    '',
    'I. PROJECT RATIONALE',
    '',
    'The project will build a 600 MW pumped storage plant on the Mantaro river and 120 km of 500 kV line to the',
    'coast, where two data centre campuses are planned. The fund will lend US$ 340 million of the US$ 910 million cost.',
    '',
    'The plant is expected to enter service in 2030, and the line a year earlier, the fund said in its appraisal.',
  ].join('\n');
  it("is the fund's (named without its initials), dated by its last update, headed by the project's name", () => {
    const m = text(sheet);
    assert.equal(m.outlet, 'Andean Water and Energy Fund');
    assert.equal(m.date, '2026-03-14');
    assert.equal(m.title, 'Rio Mantaro Pumped Storage and Grid Reinforcement Project');
    assert.deepEqual(m.authors, []);
  });
  it('unseen-59: the BBIF data sheet of the Gopalganj-Mongla link', () => {
    const m = fixtureSource('unseen-59/sources/bbif-project-data-sheet-gopalganj-mongla-400kv-link.txt').meta;
    assert.equal(m.outlet, 'Bay of Bengal Infrastructure Fund');
    assert.equal(m.date, '2026-09-30');
    assert.equal(m.title, 'Gopalganj-Mongla 400 kV Transmission Link for the Mongla Digital Park');
  });
});

describe("a public body's document under its state's letterhead and motto", () => {
  const decision = [
    '[Unofficial translation. The Vietnamese text is authentic.]',
    '',
    '                         SOCIALIST REPUBLIC OF VIET NAM',
    '                        Independence – Freedom – Happiness',
    '                                  ---------------',
    '',
    'PEOPLE’S COMMITTEE OF QUANG NINH PROVINCE',
    'DEPARTMENT OF PLANNING AND INVESTMENT',
    'No. 2207/QD-SKHDT',
    '                                                  Ha Long, 3 June 2026',
    '',
    '                                     DECISION',
    '           On approving the investment policy of the Cai Lan data centre project',
    '',
    'Pursuant to the Law on Investment and its guiding decrees, and at the request of the investor, the Committee decides',
    'that the project of a 120 MW data centre at Cai Lan port, with a capital of VND 9,800 billion, is approved.',
    '',
    'Article 1. The investor shall put the first 40 MW into operation before the end of 2028.',
  ].join('\n');
  it("is the body's (not the state's, nor its department's as a writer), headed by the kind and its subject", () => {
    const m = text(decision);
    assert.equal(m.outlet, 'People’s Committee of Quang Ninh Province');
    assert.equal(m.date, '2026-06-03');
    assert.equal(m.title, 'Decision on approving the investment policy of the Cai Lan data centre project');
    assert.deepEqual(m.authors, []);
  });
  it('unseen-59: the CDC announcement of the Stung Hav campus', () => {
    const m = fixtureSource('unseen-59/sources/cdc-announcement-qip-stargate-stung-hav-2026-05-19.txt').meta;
    assert.equal(m.outlet, 'Council for the Development of Cambodia');
    assert.equal(m.date, '2026-05-19');
    assert.equal(m.title, 'Announcement on the Registration of a Qualified Investment Project');
    assert.deepEqual(m.authors, []);
  });
});

describe("a Korean local council's committee report on a bill", () => {
  const report = [
    '                                                     의안번호  제 212 호',
    '',
    '          홍천군 기업유치 지원 조례 일부개정조례안 검토보고서',
    '              - 데이터센터 입지 기업 지원 근거 신설 -',
    '',
    '                                                     2026. 10. 8.',
    '                                        산업건설위원회 전문위원  박 민 수',
    '',
    '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
    '',
    '1. 제출자 및 제출일자',
    '',
    '  가. 제 출 자 : 홍천군수',
    '  나. 제출일자 : 2026. 9. 24.',
    '',
    '2. 제안이유',
    '',
    '  ○ 데이터센터를 짓는 기업에 부지 매입비의 30%까지 보조금을 지원할 수 있도록 근거를 마련하려는 것임.',
    '',
    '3. 검토의견',
    '',
    '  ○ 개정안에 따르면 기업 한 곳당 지원 한도는 20억 원이며, 군비 부담은 연간 최대 40억 원으로 추산됨.',
  ].join('\n');
  it("is the council's (of the government whose head submitted the bill), headed by its title, by its specialist", () => {
    const m = text(report);
    assert.equal(m.outlet, '홍천군의회');
    assert.equal(m.date, '2026-10-08');
    assert.equal(m.title, '홍천군 기업유치 지원 조례 일부개정조례안 검토보고서');
    assert.deepEqual(m.authors, ['박민수']);
  });
  it("unseen-58: 영주시의회's review of the Sobaek Enertech subsidy", () => {
    const m = fixtureSource(
      'unseen-58/sources/yeongju-siuihoe-geomto-bogoseo-sobaek-enertech-bojogeum-dongui-2026-09-15-ko.txt',
    ).meta;
    assert.equal(m.outlet, '영주시의회');
    assert.equal(m.title, '영주시 투자유치 보조금 지원 동의안 검토보고서');
    assert.deepEqual(m.authors, ['최윤희']);
  });
});

describe("a Korean credit bureau's report on a firm", () => {
  const report = [
    '┌──────────────────────────────────────────────────────┐',
    '│  DAEHAN RATINGS  대한기업평가㈜              기업신용 분석보고서  │',
    '└──────────────────────────────────────────────────────┘',
    '  출력일시 : 2026-08-03 09:51        조회자 : 충북신협 제천지점',
    '  보고서번호 : DR-2026-0803-117',
    '',
    '1. 기업 개요',
    '  기업명 : 청풍전기㈜   대표자 : 오세린   업종 : 배전반 제조',
    '',
    '2. 평가 의견',
    '  ○ 2025년 매출액은 212억 원으로 전년 대비 18.4% 증가하였으며, 수주 잔고는 140억 원 수준임.',
    '  ○ 이를 반영하여 신용등급을 B+에서 BB-로 한 단계 상향함.',
    '',
    '                                   평가역 : 남기현  (기업평가1팀)',
    '                                   검토역 : 유정아  (기업평가1팀장)',
    '──────────────────────────────────────────────────────',
    ' 대한기업평가㈜ | 고객센터 1588-0000',
  ].join('\n');
  it("is the bureau's (without its legal form), headed by the report's kind, dated when drawn, by its rater", () => {
    const m = text(report);
    assert.equal(m.outlet, '대한기업평가');
    assert.equal(m.date, '2026-08-03');
    assert.equal(m.title, '기업신용 분석보고서');
    assert.deepEqual(m.authors, ['남기현']);
  });
  it("unseen-58: 한빛신용정보's summary on 풍기정밀", () => {
    const m = fixtureSource('unseen-58/sources/hanbit-credit-gieopjeongbo-punggi-precision-2026-10-27-ko.txt').meta;
    assert.equal(m.outlet, '한빛신용정보');
    assert.equal(m.date, '2026-10-27');
    assert.equal(m.title, '기업정보 요약보고서');
    assert.deepEqual(m.authors, ['서경민']);
  });
});

describe("an aggregator's story page, its sources' cards each showing its own day", () => {
  const card = (outlet: string, day: string, host: string, head: string, quote: string) =>
    [
      '<article class="source-card">',
      `  <div class="card-head"><b>${outlet}</b> <span class="lean">Center</span> <time>${day}</time></div>`,
      `  <h3><a href="https://${host}/story">${head}</a></h3>`,
      `  <p>${quote}</p>`,
      `  <a class="more" href="https://${host}/story">Read full article</a>`,
      '</article>',
    ].join('\n');
  const page = [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    '<title>Laos grid deal opens the way for a 200 MW data campus | Overview Daily</title>',
    '<meta property="og:site_name" content="Overview Daily">',
    '<meta property="og:title" content="Laos grid deal opens the way for a 200 MW data campus">',
    '<meta property="article:published_time" content="2026-07-09T02:40:00Z">',
    '</head><body><main class="story">',
    '<div class="story-meta">Published 2 days ago · Vientiane, Laos</div>',
    '<h1>Laos grid deal opens the way for a 200 MW data campus</h1>',
    '<p class="summary">The state utility agreed on Wednesday to supply 200 MW to a data campus near Vientiane from 2028, at a tariff of 6.1 cents a kilowatt-hour, several outlets reported. The campus will cost about 2.4 billion dollars.</p>',
    card(
      'Vientiane Courier',
      '2026-07-08',
      'vtcourier.la',
      'Utility signs 200 MW supply deal',
      '"This is the largest single load we have ever agreed to serve," the utility\'s deputy director said.',
    ),
    card(
      'Mekong Power Weekly',
      '2026-07-08',
      'mekongpower.com',
      'Tariff set at 6.1 cents',
      '"The tariff is below what Thailand offers, and that decided it," an adviser to the investor said.',
    ),
    '</main></body></html>',
  ].join('\n');
  it("is dated by its own day, not by the day a linked source's card shows", () => {
    const m = writtenSource(page, 'story.html').meta;
    assert.equal(m.outlet, 'Overview Daily');
    assert.equal(m.date, '2026-07-09');
  });
  it("unseen-59: Clearview News's story page on Stung Hav", () => {
    const m = fixtureSource('unseen-59/sources/clearview-news-story-stargate-stung-hav-cambodia.html').meta;
    assert.equal(m.date, '2026-05-20');
  });
});
