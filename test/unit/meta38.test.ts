// How sources are read, metadata, in the layouts unseen-54 and unseen-55 read wrong (issue 10, session 38): posts and
// pages with furniture of their platform's, a court's caption, a government's letterhead, Korean forms and postings. Each
// rule is shown on a small document of the same kind written for it, from another sender, and on the real set's source.
// Each case fails with its rule undone.
import { strict as assert } from 'assert';
import { fixtureSource, writtenSource } from './metadataTable';

const source = writtenSource;
const page = (html: string) => source(html, 'page.html').meta;
const text = (t: string, name = 'doc.txt') => source(t, name).meta;

describe('a post titled by its account alone (display name and handle)', () => {
  it('a Bluesky post: no headline, its poster the author, the network named as its titles name it', () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n' +
        '<title>@pmensah.bsky.social on Bluesky</title>\n' +
        '<meta property="og:site_name" content="Bluesky Social">\n' +
        '<meta property="og:title" content="Priscilla Mensah (@pmensah.bsky.social)">\n' +
        '<meta property="article:published_time" content="2026-10-02T08:15:00.000Z">\n' +
        '<meta property="og:description" content="Accra\'s Stargate campus got its grid permit today: 240 MW, first 80 MW in 2028.">\n' +
        '</head><body><main><div class="thread"><article class="post">' +
        '<div class="author"><span class="display-name">Priscilla Mensah</span> <span class="handle">@pmensah.bsky.social</span></div>' +
        '<div class="post-text">Accra\'s Stargate campus got its grid permit today: 240 MW, first 80 MW in 2028. The ' +
        'utility will build a 161 kV line of 38 km to the site, at a cost of $74 million.</div></article></div></main></body></html>',
    );
    assert.equal(m.title, undefined);
    assert.deepEqual(m.authors, ['Priscilla Mensah']);
    assert.equal(m.outlet, 'Bluesky');
    assert.equal(m.date, '2026-10-02');
  });
  it('a Threads post, its poster in its markup: no headline, not its first line either', () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">\n<title>Threads의 박서연(@seoyeon.park)님</title>\n' +
        '<meta property="og:site_name" content="Threads">\n<meta property="og:title" content="박서연 (@seoyeon.park)">\n' +
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting",' +
        '"datePublished":"2026-08-11T09:00:00+09:00","author":{"@type":"Person","name":"박서연"}}</script>\n' +
        '</head><body><main><div class="thread-item"><div class="text-body"><span>구미 산단의 한결전기가 가나 스타게이트 ' +
        '캠퍼스에 변압기 120억 원어치를 납품합니다.</span><br><span>공장 증설로 40명을 새로 뽑는다고 합니다. 지역에 반가운 ' +
        '소식입니다.</span></div></div></main></body></html>',
    );
    assert.equal(m.title, undefined);
    assert.deepEqual(m.authors, ['박서연']);
    assert.equal(m.outlet, 'Threads');
  });
  it('unseen-54: the Bluesky thread and the Threads post', () => {
    const b = fixtureSource('unseen-54/sources/bluesky-wanjiru-kamau-stargate-east-africa-thread.html').meta;
    assert.equal(b.title, undefined);
    assert.deepEqual(b.authors, ['Wanjiru Kamau']);
    assert.equal(b.outlet, 'Bluesky');
    const t = fixtureSource(
      'unseen-54/sources/threads-jo-hyeonwoo-daeyoung-powertech-rwanda-jinryang-2gongjang-ko.html',
    ).meta;
    assert.equal(t.title, undefined);
  });
});

describe("a link aggregator's item page", () => {
  const item =
    '<html lang="en" op="item"><head><title>Ghana picks Tema for a 240 MW AI campus | Hacker News</title></head><body>' +
    '<center><table id="hnmain"><tr><td><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b> ' +
    '<a href="newest">new</a> | <a href="front">past</a></span></td></tr>' +
    '<tr><td><table class="fatitem"><tr class="athing submission" id="48100001"><td class="title"><span class="titleline">' +
    '<a href="https://accraledger.example/tema-campus">Ghana picks Tema for a 240 MW AI campus</a>' +
    '<span class="sitebit comhead"> (<a href="from?site=accraledger.example"><span class="sitestr">accraledger.example</span></a>)</span>' +
    '</span></td></tr><tr><td class="subtext"><span class="subline"><span class="score">88 points</span> by ' +
    '<a href="user?id=gridnerd" class="hnuser">gridnerd</a> <span class="age" title="2026-09-14T18:02:11 1789408931">' +
    '<a href="item?id=48100001">on Sept 14, 2026</a></span> | <a href="item?id=48100001">41&nbsp;comments</a></span></td></tr>' +
    '</table></td></tr></table></center></body></html>';
  it("is the site's, as its title names it after the submission; submitted by the user after `by`, on its age's day", () => {
    const m = page(item);
    assert.equal(m.outlet, 'Hacker News');
    assert.equal(m.title, 'Ghana picks Tema for a 240 MW AI campus');
    assert.deepEqual(m.authors, ['gridnerd']);
    assert.equal(m.date, '2026-09-14');
  });
  it('unseen-54: the desalination thread', () => {
    const m = fixtureSource('unseen-54/sources/hn-item-stargate-sokhna-desalination-thread.html').meta;
    assert.equal(m.outlet, 'Hacker News');
    assert.deepEqual(m.authors, ['saltflat']);
    assert.equal(m.date, '2026-05-03');
  });
});

describe("a page saved from a browser's reader view", () => {
  it("is the article's site's, named as its text writes its domain's name, by the reader's credits", () => {
    const m = page(
      '<!DOCTYPE html>\n<!-- saved from url=(0090)about:reader?url=https%3A%2F%2Fwww.harbortimes.com%2Fbusiness%2F2026%2F07%2F02%2Fport-campus -->\n' +
        '<html lang="en"><head><meta charset="UTF-8"><title>Port authority leases 60 hectares for data campus</title></head>' +
        '<body><div class="container"><div class="header reader-header"><a class="domain reader-domain" ' +
        'href="https://www.harbortimes.com/business/2026/07/02/port-campus">harbortimes.com</a>' +
        '<h1 class="reader-title">Port authority leases 60 hectares for data campus</h1>' +
        '<div class="credits reader-credits">Maeve Lindqvist</div></div><hr><div class="content"><div class="moz-reader-content">' +
        '<p>The port authority has leased 60 hectares of reclaimed land to a data centre developer for 35 years, it said on ' +
        'Thursday, for an annual rent of $4.2 million.</p><p>The developer told the Harbor Times in June that the first ' +
        'building would open in 2028 with 48 MW.</p></div></div></div></body></html>',
    );
    assert.equal(m.outlet, 'Harbor Times');
    assert.deepEqual(m.authors, ['Maeve Lindqvist']);
  });
  it('unseen-55: the Baltic Ledger article', () => {
    const m = fixtureSource('unseen-55/sources/reader-view-baltic-ledger-amberlink-cable-contract.html').meta;
    assert.equal(m.outlet, 'Baltic Ledger');
    assert.deepEqual(m.authors, ['Jonas Petrauskas']);
  });
});

describe('a page saved while the browser showed it translated', () => {
  it("names its writer and paper as it shows them translated, not as its markup's original script does", () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="ja" class="translated-ltr"><head><meta charset="UTF-8">\n' +
        '<title>北九州に新データセンター | 西海経済新聞</title>\n<meta property="og:site_name" content="西海経済新聞">\n' +
        '<meta property="article:published_time" content="2026-06-09T07:00:00+09:00">\n' +
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"北九州に新データセンター",' +
        '"author":[{"@type":"Person","name":"山田 花子"}],"publisher":{"@type":"Organization","name":"西海経済新聞"}}</script>\n' +
        '</head><body><article><h1><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">New data center ' +
        'in Kitakyushu</font></font></h1><div class="article-meta"><span class="author"><font style="vertical-align: inherit;">' +
        'By Hanako Yamada</font></span></div><div class="body"><p><font style="vertical-align: inherit;">A 120 MW data center ' +
        'will be built in Kitakyushu at a cost of 180 billion yen, the city said on Monday.</font></p><p><font style="' +
        'vertical-align: inherit;">Construction starts in April 2027 and 60 jobs will be created.</font></p></div></article>' +
        '<footer><p><font style="vertical-align: inherit;">All rights reserved © 2026 Saikai Keizai Shimbun</font></p></footer>' +
        '</body></html>',
    );
    assert.equal(m.title, 'New data center in Kitakyushu');
    assert.deepEqual(m.authors, ['Hanako Yamada']);
    assert.equal(m.outlet, 'Saikai Keizai Shimbun');
  });
  it('unseen-54: the Egyptian daily', () => {
    const m = fixtureSource(
      'unseen-54/sources/chrome-translated-al-sahel-al-iqtisadi-stargate-sokhna-signing.html',
    ).meta;
    assert.equal(m.outlet, 'Al-Sahel Al-Iqtisadi');
    assert.deepEqual(m.authors, ['Mona El-Shazly']);
  });
});

describe("a page's heading with the page's pieces after it, and dates its markup gives as a web page's", () => {
  it("a parliament's record: the heading, not the date and section after it; dated by dcterms.date", () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="en"><head><meta charset="UTF-8">\n' +
        '<title>Grid Capacity – Tuesday, 3 Mar 2026 – Parliamentary Questions – Scottish Parliament</title>\n' +
        '<meta property="og:site_name" content="Scottish Parliament">\n' +
        '<meta property="og:title" content="Grid Capacity – Tuesday, 3 Mar 2026 – Parliamentary Questions">\n' +
        '<meta name="dcterms.date" content="2026-03-03">\n</head><body><main><h1>Grid Capacity</h1>' +
        '<div class="answer"><p>The Minister said that 1.2 GW of data centre connections had been offered in the ' +
        'north-east since 2024, and that a further 400 MW awaits a decision.</p><p>No connection will be offered before ' +
        'the 2027 reinforcement is complete.</p></div></main></body></html>',
    );
    assert.equal(m.title, 'Grid Capacity');
    assert.equal(m.date, '2026-03-03');
  });
  it("a campaign page: the heading without the rubric's tag and the maker after it; dated by its WebPage node", () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="UTF-8">\n' +
        '<title>[증권형] 부산의 냉각 기술, 가나로 - 해솔쿨링 | 와디즈 투자</title>\n<meta property="og:site_name" content="와디즈">\n' +
        '<meta property="og:title" content="[증권형] 부산의 냉각 기술, 가나로 - 해솔쿨링">\n' +
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"[증권형] 부산의 냉각 기술, ' +
        '가나로 - 해솔쿨링","datePublished":"2026-09-01","publisher":{"@type":"Organization","name":"와디즈"}}</script>\n' +
        '</head><body><div class="campaign-header"><h1 class="campaign-title">부산의 냉각 기술, 가나로</h1></div>' +
        '<div class="campaign-story"><p>해솔쿨링은 가나 테마 데이터센터 캠퍼스에 냉각 모듈 95억 원어치를 공급합니다.</p>' +
        '<p>이번 청약으로 5억 원을 모아 공장 설비를 늘립니다.</p></div></body></html>',
    );
    assert.equal(m.title, '부산의 냉각 기술, 가나로');
    assert.equal(m.date, '2026-09-01');
  });
  it('unseen-55: the Oireachtas answer and the Wadiz campaign', () => {
    const o = fixtureSource(
      'unseen-55/sources/oireachtas-written-answers-2026-10-15-shannon-data-centre-grid.html',
    ).meta;
    assert.equal(o.title, 'Data Centres');
    assert.equal(o.date, '2026-10-15');
    const w = fixtureSource('unseen-55/sources/wadiz-invest-tamra-clear-aliaga-jeungkwonhyeong-funding-ko.html').meta;
    assert.equal(w.title, '제주의 물 기술, 튀르키예 스타게이트 캠퍼스로');
    assert.equal(w.date, '2026-10-20');
  });
});

describe('a community post on a page titled by its site alone', () => {
  it("is headed by the post's own heading in its article, not the site's name nor the board's", () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="UTF-8"><title>캠퍼스톡</title>\n' +
        '<meta property="og:title" content="캠퍼스톡">\n<meta property="og:site_name" content="캠퍼스톡">\n</head><body>' +
        '<div id="container"><div class="wrap title"><h1><a href="/b/77">취업게시판</a></h1></div><article><a class="article">' +
        '<div class="profile"><h3 class="large">익명</h3><time class="large">09/02 11:20</time></div>' +
        '<h2 class="large">구미 한결전기 40명 채용한대요</h2><p>가나 데이터센터에 변압기를 납품하면서 공장을 늘린다고 합니다. ' +
        '생산직 40명을 뽑고 10월에 면접을 본다고 하네요.</p></a></article></div></body></html>',
    );
    assert.equal(m.title, '구미 한결전기 40명 채용한대요');
  });
  it('unseen-54: the 에브리타임 post', () => {
    const m = fixtureSource(
      'unseen-54/sources/everytime-yu-chwieop-seongjin-precision-egypt-suju-chaeyong-ko.html',
    ).meta;
    assert.equal(m.title, '성서 성진정밀 85명 뽑는대요 (기사 퍼옴)');
  });
});

describe("a posting copied under its site's crumb in brackets", () => {
  it("a company's intranet notice is the company's", () => {
    const m = text(
      '[한결전기 인트라넷 > 게시판 > 경영공지]  인쇄\n\n' +
        '제    목 : 가나 수주 관련 안내\n작 성 자 : 김민호 (대표이사)\n작 성 일 : 2026-09-03 (목) 09:00\n\n' +
        '임직원 여러분, 가나 테마 캠퍼스에 변압기 120억 원어치를 납품하는 계약을 맺었습니다.\n' +
        '구미 공장은 내년 3월까지 40명을 새로 채용합니다.\n',
    );
    assert.equal(m.outlet, '한결전기');
  });
  it("a chamber's minutes: the chamber's, dated by the day it was posted, headed by the title between its rules", () => {
    const m = text(
      '[구미상공회의소 > 소통마당 > 행사 결과]  게시일 2026-09-18  작성자 기업지원팀\n\n' +
        '═════════════════════════════════════════\n          가나 진출 기업 간담회 회의록\n' +
        '═════════════════════════════════════════\n\n□ 일    시 : 2026. 9. 16.(수) 14:00\n□ 장    소 : 구미상공회의소 2층\n\n' +
        ' ○ 한결전기는 가나 테마 캠퍼스에 변압기 120억 원어치를 납품함.\n ○ 구미 공장 채용 인원은 40명임.\n',
    );
    assert.equal(m.outlet, '구미상공회의소');
    assert.equal(m.date, '2026-09-18');
    assert.equal(m.title, '가나 진출 기업 간담회 회의록');
  });
  it('unseen-54 and unseen-55: the groupware message and the minutes', () => {
    const a = fixtureSource('unseen-54/sources/sehan-thermal-groupware-ceo-message-bagamoyo-2026-10-02-ko.txt').meta;
    assert.equal(a.outlet, '세한냉열');
    const b = fixtureSource(
      'unseen-55/sources/tongyeong-cci-baltic-offshore-gandamhoe-hoeuirok-2026-11-25-ko.txt',
    ).meta;
    assert.equal(b.outlet, '통영상공회의소');
    assert.equal(b.date, '2026-11-27');
    assert.equal(b.title, '발트해 해상 프로젝트 참여 기업 간담회 회의록');
  });
});

describe("a newsletter's line naming its publication after 발행, without a colon", () => {
  it('is the publication', () => {
    const m = source(
      '# 그리드 노트 No. 12\n\n**2026년 9월 8일 (화)** · 발행 그리드 노트 · 글 오세린\n\n---\n\n' +
        '안녕하세요, 오세린입니다. 이번 호는 가나의 데이터센터 이야기입니다.\n\n' +
        '테마 캠퍼스는 240㎿ 규모이고 1단계 80㎿가 2028년에 가동합니다.\n',
      'letter.md',
    ).meta;
    assert.equal(m.outlet, '그리드 노트');
    assert.deepEqual(m.authors, ['오세린']);
  });
  it('unseen-55: the Stibee letter', () => {
    const m = fixtureSource('unseen-55/sources/stibee-dc-insight-letter-2026-10-27-stargate-europe-edge-ko.md').meta;
    assert.equal(m.outlet, '데이터센터 인사이트');
  });
});

describe("a DART copy of a registration statement, the viewer's 최종본 line over its cover", () => {
  it("is the company's, the kind of securities letter-spaced under the name part of the headline", () => {
    const m = text(
      '본 문서는 최종본입니다.                                     2026년 08월 14일\n\n' +
        '                              증 권 신 고 서\n                               ( 채 무 증 권 )\n\n' +
        '금융위원회 귀중\n                                                  제 출 일 : 2026년 08월 14일\n' +
        '  회    사    명 : 구미전력기기 주식회사\n  대  표  이  사 : 김 한 결\n\n' +
        '【 요약정보 】\n\n1. 핵심투자위험\n  당사는 2026년 7월 가나 테마 데이터센터에 변압기 120억 원어치를 공급하는 계약을 체결하였습니다.\n',
    );
    assert.equal(m.outlet, '구미전력기기');
    assert.equal(m.title, '증권신고서(채무증권)');
  });
  it('unseen-55: 한산윈드서비스', () => {
    const m = fixtureSource(
      'unseen-55/sources/dart-hansan-wind-service-jeungkwon-singoseo-yoyak-2026-09-22-ko.txt',
    ).meta;
    assert.equal(m.outlet, '한산윈드서비스');
    assert.equal(m.title, '증권신고서(지분증권)');
  });
});

describe("a court's document under its caption", () => {
  it('a filing: the court with its division, headed by its matter, dated by its DATED line, by deponent and advocate', () => {
    const m = text(
      'IN THE HIGH COURT OF THE REPUBLIC OF KENYA\n(ENVIRONMENT AND LAND DIVISION)\nAT MOMBASA\n\n' +
        'ENVIRONMENT AND LAND PETITION NO. 77 OF 2026\n\n' +
        'FATUMA ALI HASSAN ................................ PETITIONER\n\nVERSUS\n\n' +
        'COAST COMPUTE PARK LIMITED ....................... 1ST RESPONDENT\n\n' +
        'AFFIDAVIT\n\nI, FATUMA ALI HASSAN, adult, resident of Jomvu, Mombasa County, do hereby make\n' +
        'oath and state as follows:\n\n1. THAT the 1st Respondent intends to build a data centre of 120 MW on 40 hectares.\n\n' +
        'DATED at MOMBASA this 3rd day of June 2026.\n\n                                   ..........................\n' +
        '                                   PETER K. OTIENO\n                                   Advocate for the Petitioner\n',
    );
    assert.equal(m.outlet, 'High Court of Kenya (Environment and Land Division)');
    assert.equal(m.title, 'Environment and Land Petition No. 77 of 2026');
    assert.equal(m.date, '2026-06-03');
    assert.deepEqual(m.authors, ['Fatuma Ali Hassan', 'Peter K. Otieno']);
  });
  it('a judgment: the court, headed by its parties, dated by its delivery, by its judge', () => {
    const m = text(
      'THE HIGH COURT\nCOMMERCIAL\n                                                     [2026] IEHC 388\n' +
        'BETWEEN\n               MIDLANDS WATER ACTION GROUP CLG\n                                        APPLICANT\n' +
        '                       AND\n               OFFALY COUNTY COUNCIL\n                                        RESPONDENT\n\n' +
        'JUDGMENT of Mr. Justice Declan Furlong delivered on the 4th day of June 2026\n\n' +
        '1.  This is a challenge to a permission for a data centre of 90 MW near Tullamore, at a cost of €1.1 billion.\n\n' +
        '2.  For the reasons below, I refuse the reliefs sought.\n',
    );
    assert.equal(m.outlet, 'The High Court');
    assert.equal(m.title, 'Midlands Water Action Group CLG v Offaly County Council');
    assert.equal(m.date, '2026-06-04');
    assert.deepEqual(m.authors, ['Declan Furlong']);
  });
  it('unseen-54 and unseen-55: the Tanzanian filing and the Irish judgment', () => {
    const tz = fixtureSource('unseen-54/sources/tz-high-court-land-misc-app-512-2026-affidavit-kiromo.txt').meta;
    assert.equal(tz.outlet, 'High Court of Tanzania (Land Division)');
    assert.equal(tz.title, 'Miscellaneous Land Application No. 512 of 2026');
    assert.deepEqual(tz.authors, ['Asha Salum Mrisho', 'Joseph M. Lyimo']);
    const ie = fixtureSource(
      'unseen-55/sources/ie-high-court-2026-iehc-512-shannon-estuary-residents-v-an-coimisiun-pleanala.txt',
    ).meta;
    assert.equal(ie.outlet, 'The High Court');
    assert.equal(ie.title, 'Shannon Estuary Residents Alliance CLG v An Coimisiún Pleanála');
    assert.equal(ie.date, '2026-08-28');
    assert.deepEqual(ie.authors, ['Orla Breheny']);
  });
});

describe("an office named for the post it serves, under its state's line", () => {
  it("is that state's office, its title in capitals written as a headline", () => {
    const m = text(
      'REPUBLIC OF GHANA\n\nOFFICE OF THE PRESIDENT\nP.O. Box 1627 Accra\n\n' +
        '                                                   Accra, 2 September 2026\n\n' +
        'STATEMENT ON THE TEMA DATA CENTRE AGREEMENT\n\n' +
        'The Government has signed an agreement for a data centre campus of 240 MW at Tema, with an investment of ' +
        'USD 3.1 billion.\n\nThe first phase of 80 MW is to be commissioned in 2028.\n',
    );
    assert.equal(m.outlet, 'Office of the President of Ghana');
    assert.equal(m.title, 'Statement on the Tema Data Centre Agreement');
  });
  it('unseen-54: the cabinet statement', () => {
    const m = fixtureSource('unseen-54/sources/rwanda-cabinet-resolutions-2026-08-19.txt').meta;
    assert.equal(m.outlet, 'Office of the Prime Minister of Rwanda');
    assert.equal(m.title, 'Statement on Cabinet Resolutions of 19/08/2026');
  });
});

describe("a Korean body's notice on a statutory form", () => {
  it('is headed by the option ticked in its title, the body whose head signs it', () => {
    const m = text(
      '■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제5호서식] <개정 2024. 3. 29.>\n\n' +
        '                정보 ( [ ]공개  [ ]부분 공개  [√]비공개 ) 결정 통지서\n\n' +
        '수신자    성명  김○○\n\n청구 내용\n  한결전기 구미 공장 투자협약 관련 보조금 내역\n\n' +
        '비공개 사유\n  「공공기관의 정보공개에 관한 법률」 제9조제1항제7호에 해당하여 비공개합니다.\n\n' +
        '                                              2026년  9월  22일\n\n' +
        '                              구  미  시  장   [직인생략]\n',
    );
    assert.equal(m.outlet, '구미시');
    assert.equal(m.title, '정보 비공개 결정 통지서');
    assert.equal(m.date, '2026-09-22');
  });
  it('unseen-54: 경산시', () => {
    const m = fixtureSource(
      'unseen-54/sources/gyeongsan-si-jeongbogonggae-gyeoljeong-tongjiseo-daeyoung-bojogeum-ko.txt',
    ).meta;
    assert.equal(m.outlet, '경산시');
    assert.equal(m.title, '정보 부분 공개 결정 통지서');
  });
});
