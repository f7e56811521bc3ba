// How sources are read, metadata, in the layouts unseen-56 and unseen-57 read wrong (issue 10, session 39): a Korean
// public body's dispatched letter (공문), a page printed from a browser, titles with a site's and a board's pieces, a
// breadcrumb over a wiki page's heading, a document viewer titled by its file's name. Each rule is shown on a small
// document of the same kind written for it, from another sender, and on the real set's source. Each case fails with
// its rule undone.
import { strict as assert } from 'assert';
import { fixtureSource, writtenSource } from './metadataTable';

const source = writtenSource;
const page = (html: string) => source(html, 'page.html').meta;
const text = (t: string, name = 'doc.txt') => source(t, name).meta;

describe("a Korean public body's dispatched letter (공문, 시행문)", () => {
  it('the body over 수신 its outlet, 제목 its headline, the 시행 line its date; the slogan above is no headline', () => {
    const m = text(
      [
        '                    함께 여는 내일, 활기찬 영천',
        '',
        '                         영      천      시',
        '',
        '수신자  경상북도지사(투자유치과장)',
        '(경유)',
        '제목  데이터센터 냉각설비 기업 투자보조금 지원 요청(한빛써멀㈜ 영천공장 증설)',
        '',
        '1. 관련: 경상북도 투자유치과-2210(2026. 4. 2.)',
        '',
        '2. 한빛써멀㈜의 영천공장 증설 투자(총 48,000백만원, 신규고용 95명)에 대하여 보조금 지원을 요청합니다.  끝.',
        '',
        '                         영  천  시  장   [직인생략]',
        '',
        '주무관   이서준        투자유치팀장   박지원',
        '시행  투자유치과-5120  (2026. 9. 14.)         접수',
        '우 38822  경상북도 영천시 시청로 ○○  /  http://www.yc.go.kr   /   대국민 공개',
      ].join('\n'),
    );
    assert.equal(m.outlet, '영천시');
    assert.equal(m.title, '데이터센터 냉각설비 기업 투자보조금 지원 요청(한빛써멀㈜ 영천공장 증설)');
    assert.equal(m.date, '2026-09-14');
    assert.deepEqual(m.authors, []);
  });
  it('unseen-56: the city of Sacheon’s letter to the province', () => {
    const m = fixtureSource(
      'unseen-56/sources/sacheon-si-gongmun-tujayuchi-bojogeum-cheongryong-2gongjang-ko.txt',
    ).meta;
    assert.equal(m.outlet, '사천시');
    assert.equal(m.title, '지방투자기업 보조금 지원 요청(청룡에어로텍㈜ 사천 제2공장 신설)');
    assert.equal(m.date, '2026-08-05');
  });
});

describe('a page printed from a browser (its date and time, the title, the address and page number on each page)', () => {
  it('the print header and footer are no text and no headline; a headline wrapped before its deck is both lines', () => {
    const head =
      '11/3/26, 2:17 PM                 County approves 20-year tax deal for 300 MW Stargate campus | Valley Ledger';
    const foot = (n: number) =>
      `https://valleyledger.example/news/2026/11/02/stargate-tax-deal/                  ${n}/2`;
    const m = text(
      [
        head,
        '',
        '   VALLEY LEDGER',
        '   News · Business · Sports · Opinion',
        '',
        'County approves 20-year tax deal for 300 MW Stargate',
        'campus',
        'Commissioners voted 4-1 for a 20-year abatement worth about $140 million to',
        'the developer of the east-side campus',
        '',
        'By Dana Whitcomb',
        'Published Nov. 2, 2026',
        '',
        'The county commission on Monday approved a 20-year tax abatement for a 300-megawatt data center campus',
        'east of town, worth about $140 million to the developer over its term.',
        '',
        foot(1),
        head,
        '',
        'The campus is expected to employ 150 people when its first phase opens in 2028.',
        '',
        foot(2),
      ].join('\n'),
    );
    assert.equal(m.title, 'County approves 20-year tax deal for 300 MW Stargate campus');
    assert.equal(m.outlet, 'Valley Ledger');
    assert.equal(m.date, '2026-11-02');
  });
  it('unseen-57: the Cook Inlet Business Weekly article printed on Feb. 27', () => {
    const m = fixtureSource('unseen-57/sources/print-cook-inlet-business-weekly-stargate-nikiski-campus.txt').meta;
    assert.equal(m.title, 'Stargate picks Nikiski for a $7.8 billion, gas-powered AI campus');
    assert.equal(m.date, '2026-02-26');
  });
});

describe("a board's post: its title under a rubric's tag with the board's and the site's names after it", () => {
  it('a university board (gnuboard): the heading, the site the last piece, the 작성일 field its day', () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">\n' +
        '<title>[장학] 2027학년도 동계 산학장학생 선발 안내 (한빛전력) &gt; 공지사항 | 동해공과대학교 산학협력단</title>\n' +
        '<meta property="og:title" content="[장학] 2027학년도 동계 산학장학생 선발 안내 (한빛전력) &gt; 공지사항 | 동해공과대학교 산학협력단">\n' +
        '</head><body><div id="hd"><h2>공지사항</h2></div><div id="container"><article id="bo_v">' +
        '<header><h2 id="bo_v_title"><span class="bo_v_cate">장학</span> <span class="bo_v_tit">[장학] 2027학년도 동계 산학장학생 ' +
        '선발 안내 (한빛전력)</span></h2></header>' +
        '<section id="bo_v_info"><h2>페이지 정보</h2><div class="profile_info"><span class="sound_only">작성자</span> ' +
        '<strong>산학협력단</strong><br><span class="sound_only">작성일</span><strong class="if_date">26-11-03 09:12</strong>' +
        '</div></section><section id="bo_v_atc"><div id="bo_v_con"><p>한빛전력이 스타게이트 동해 캠퍼스 송전 설비 ' +
        '수주에 따라 산학장학생 12명을 선발합니다. 선발된 학생은 졸업 후 입사가 보장되며, 장학금은 학기당 400만 원입니다.</p>' +
        '<p>설명회는 11월 20일 공학관 대강당에서 열립니다.</p></div></section></article></div></body></html>',
    );
    assert.equal(m.title, '2027학년도 동계 산학장학생 선발 안내 (한빛전력)');
    assert.equal(m.outlet, '동해공과대학교 산학협력단');
    assert.equal(m.date, '2026-11-03');
  });
  it("a gallery's post: the site its logo links home names, not the gallery; the writer's nickname its author", () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">\n' +
        '<title>[공시] 한빛전력 스타게이트 변압기 수주 떴다 (312억) - 전력설비 마이너 갤러리</title>\n' +
        '<meta property="og:title" content="[공시] 한빛전력 스타게이트 변압기 수주 떴다 (312억) - 전력설비 마이너 갤러리">\n' +
        '</head><body><header class="top"><h1 class="logo"><a href="https://www.galleryhub.example/">갤러리허브</a>' +
        '<a href="https://gall.galleryhub.example/m">마이너 갤러리</a></h1></header>' +
        '<div class="page_head"><h2><a href="https://gall.galleryhub.example/board/lists/?id=powergrid">전력설비 마이너 갤러리</a></h2></div>' +
        '<main><article><header><h3 class="title"><span class="title_headtext">[공시]</span> <span class="title_subject">한빛전력 ' +
        '스타게이트 변압기 수주 떴다 (312억)</span></h3>' +
        '<div class="gall_writer"><div class="fl"><span class="nickname" title="동해전선맨"><em>동해전선맨</em></span>' +
        '<span class="ip">(121.88)</span><span class="gall_date" title="2026-10-02 17:05:11">2026.10.02 17:05:11</span></div></div>' +
        '</header><div class="write_div"><p>장 마감 후 공시 나옴. 변압기 공급 312억, 매출 대비 14.2%.</p>' +
        '<p>납기는 2028년 6월까지라 내년부터 매출 잡힐 듯.</p></div></article></main></body></html>',
    );
    assert.equal(m.title, '한빛전력 스타게이트 변압기 수주 떴다 (312억)');
    assert.equal(m.outlet, '갤러리허브');
    assert.deepEqual(m.authors, ['동해전선맨']);
    assert.equal(m.date, '2026-10-02');
  });
  it('a Korean page of a service named in Latin letters in its markup: the name its title and logo show', () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">\n' +
        '<title>스타게이트 수주 이후 야근이 일상이네요 | 직장톡</title>\n' +
        '<meta property="og:site_name" content="JobTalk">\n' +
        '<meta property="og:title" content="스타게이트 수주 이후 야근이 일상이네요 | 직장톡">\n' +
        '<meta property="article:published_time" content="2026-11-12T21:40:00+09:00">\n' +
        '</head><body><header class="header"><h1 class="logo"><a href="https://www.jobtalk.example/kr/">직장톡</a></h1></header>' +
        '<div class="article-view"><div class="article-view-head"><h2><a href="#">스타게이트 수주 이후 야근이 일상이네요</a></h2>' +
        '<div class="name"><a class="company" href="#">한빛전력</a> · <span>k*****</span></div></div>' +
        '<div class="article-view-contents"><p class="contents-txt">변압기 수주 312억 이후로 생산 2팀은 주 6일 근무가 ' +
        '기본이 됐습니다. 충원 계획은 아직 없다고 하네요.</p></div></div></body></html>',
    );
    assert.equal(m.title, '스타게이트 수주 이후 야근이 일상이네요');
    assert.equal(m.outlet, '직장톡');
    assert.deepEqual(m.authors, []);
  });
  it('unseen-56 and unseen-57: the university notice, the DCInside post and the Blind post', () => {
    const g = fixtureSource(
      'unseen-56/sources/gnast-univ-chwieop-gongji-cheongryong-yonghyeon-chaeyong-seolmyeonghoe-ko.html',
    ).meta;
    assert.equal(g.title, '청룡에어로텍·용현모듈러 합동 채용설명회 (10/28, 항공관 대강당)');
    assert.equal(g.outlet, '경남항공과학대학교 취업진로지원센터');
    assert.equal(g.date, '2026-10-14');
    const d = fixtureSource('unseen-57/sources/dcinside-kosdaq-gall-namdo-thermal-selkirk-gonggae-584eok-ko.html').meta;
    assert.equal(d.title, '남도써멀 캐나다 2차 수주 공시 떴다 (584억)');
    assert.equal(d.outlet, '디시인사이드');
    assert.deepEqual(d.authors, ['해룡사람']);
    const b = fixtureSource('unseen-57/sources/blind-hoesasaenghwal-jungwon-panel-selkirk-3line-chaeyong-ko.html').meta;
    assert.equal(b.title, '캐나다 수주 530억 먹고 3라인 돌리는데 사람은 언제 뽑나요');
    assert.equal(b.outlet, '블라인드');
    assert.deepEqual(b.authors, []);
  });
});

describe("a wiki page exported as Markdown: its breadcrumb and its properties' table", () => {
  it('the crumb of links is no headline; the writer in the properties, the team and post in brackets, the author', () => {
    const m = text(
      [
        '<!-- Exported from Confluence (hanbit.atlassian.net), space 전략기획팀 (STR). -->',
        '',
        '[전략기획팀](/wiki/spaces/STR) / [해외](/wiki/spaces/STR/pages/1201) / [중동](/wiki/spaces/STR/pages/1388)',
        '',
        '# 중동 데이터센터 수주 현황 (2026년 11월 기준)',
        '',
        '| 속성 | 값 |',
        '|---|---|',
        '| 작성자 | 오세훈 (전략기획팀 차장) |',
        '| 최종 수정 | 2026-11-20 |',
        '',
        '## 1. 요약',
        '',
        '- 수주 3건, 합계 **2,140억 원**.',
      ].join('\n'),
      'page.md',
    );
    assert.equal(m.title, '중동 데이터센터 수주 현황 (2026년 11월 기준)');
    assert.deepEqual(m.authors, ['오세훈']);
    assert.equal(m.date, '2026-11-20');
  });
  it('unseen-57: the Confluence page', () => {
    const m = fixtureSource(
      'unseen-57/sources/confluence-namdo-thermal-haeoesaeop-stargate-bukmi-hyeonhwang-2026-12-ko.md',
    ).meta;
    assert.equal(m.title, '스타게이트 북미 프로젝트 현황 (2026년 12월 기준)');
    assert.deepEqual(m.authors, ['한지민']);
  });
});

describe("a document viewer's page (a release drawn as placed text, titled by its file's name)", () => {
  const span = (left: number, top: number, t: string) =>
    `<span style="left:${left}px;top:${top}px;font-size:15px">${t}</span>`;
  it("its pieces read as lines where they stand; the file's name no headline; the slogan over the release's mark none", () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">\n' +
        '<title>(11.4.)보도자료_경북도, 한빛전력과 320억 원 투자협약.hwp</title>\n' +
        '</head><body class="viewer"><div id="toolbar"><span class="sv-filename">(11.4.)보도자료_경북도, 한빛전력과 320억 원 ' +
        '투자협약.hwp</span></div><div id="viewer"><div id="page_1" class="page">' +
        span(60, 48, '새바람 행복경북') +
        span(300, 90, '보 도 자 료') +
        span(60, 150, '보도일시') +
        span(160, 150, '2026. 11. 4.(수) 11:00') +
        span(60, 172, '담당부서') +
        span(160, 172, '투자유치과') +
        span(60, 262, '경북도, 한빛전력과 320억 원 투자협약') +
        span(80, 296, '- 영천 변압기 공장 증설, 신규 일자리 95개 -') +
        span(60, 366, '□ 경상북도는 4일 도청에서 한빛전력과 320억 원 규모의 투자협약을') +
        span(78, 390, '체결했다. 한빛전력은 영천에 변압기 공장을 증설해 95명을 새로 채용한다.') +
        '</div></div></body></html>',
    );
    assert.equal(m.title, '경북도, 한빛전력과 320억 원 투자협약');
    assert.equal(m.date, '2026-11-04');
  });
  it('unseen-57: the Synap viewer page of the province’s release', () => {
    const s = fixtureSource(
      'unseen-57/sources/synap-viewer-chungbuk-bodojaryo-jungwon-saesol-tujahyeobyak-2026-07-21-ko.html',
    );
    assert.equal(s.meta.title, '충북도·충주시, 중원패널·새솔이엔에스와 550억 원 투자협약');
    assert.equal(s.meta.date, '2026-07-21');
  });
});

describe("a listed company's disclosure copied from its exchange's viewer, its head drawn in a box", () => {
  it('the company, the market in brackets and the filing time in the box, the form under them: company, headline, date', () => {
    const m = text(
      [
        '※ KIND 공시 뷰어에서 본문을 복사함(2026-11-21). 첨부 PDF는 옮기지 않음.',
        '',
        '┌──────────────────────────────────────────────────────────────────────┐',
        '│ 한빛전력                                        [유가증권]  2026.11.20 17:05 │',
        '│ 단일판매ㆍ공급계약체결                                                    │',
        '└──────────────────────────────────────────────────────────────────────┘',
        '',
        '1. 판매ㆍ공급계약 내용          데이터센터용 변압기 공급',
        '2. 계약금액(원)                 31,200,000,000',
        '3. 계약상대                     Stargate Yeongcheon LLC',
      ].join('\n'),
    );
    assert.equal(m.outlet, '한빛전력');
    assert.equal(m.title, '단일판매ㆍ공급계약체결');
    assert.equal(m.date, '2026-11-20');
  });
  it("unseen-56: 남강케이블's 기업가치 제고 계획", () => {
    const m = fixtureSource('unseen-56/sources/kind-namgang-cable-gieopgachi-jego-gyehoek-2026-09-30-ko.txt').meta;
    assert.equal(m.outlet, '남강케이블');
    assert.equal(m.title, '기업가치 제고 계획(자율공시)');
    assert.equal(m.date, '2026-09-30');
  });
});

describe("a local government's gazette (시보) under its masthead between rules", () => {
  it("the gazette named for its government, letter-spaced: the government's, the issue its number, 발행일 its date", () => {
    const m = text(
      [
        '==============================================================================',
        '                              영  천  시  보',
        '                                                   제2,105호',
        ' 발행일 2026. 11. 6.(금)      발행인 영천시장      편집 영천시 총무과',
        '==============================================================================',
        '',
        '                                 목    차',
        '',
        ' ▣ 고   시',
        '   ○ 영천시 고시 제2026-411호  영천하이테크파크 실시계획(변경) 승인 고시 ··········· 2',
        '',
        ' ■ 영천시 고시 제2026-411호',
        '',
        '   영천하이테크파크 실시계획을 다음과 같이 변경 승인하고 이를 고시합니다. 산업시설용지는 42만㎡에서 45만㎡로 늘어납니다.',
      ].join('\n'),
    );
    assert.equal(m.outlet, '영천시');
    assert.equal(m.title, '영천시보 제2,105호');
    assert.equal(m.date, '2026-11-06');
  });
  it('unseen-57: 순천시보 제1,742호', () => {
    const m = fixtureSource('unseen-57/sources/suncheon-sibo-je1742ho-2026-08-14-namdo-thermal-haeryong-ko.txt').meta;
    assert.equal(m.outlet, '순천시');
    assert.equal(m.title, '순천시보 제1,742호');
    assert.equal(m.date, '2026-08-14');
  });
});

describe("a record's page: a form around the whole page, its fields in a table", () => {
  const record =
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n<title>\n\tCity of Harlow Bay - File #: 2026-118\n</title>\n' +
    '</head><body><form method="post" action="./LegislationDetail.aspx?ID=55" id="aspnetForm">' +
    '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="x"></div>' +
    '<div class="topBanner"><span class="agencyName">City of Harlow Bay</span></div>' +
    '<table class="legislationDetail"><tr><td><span>File #:</span></td><td><span>2026-118</span></td></tr>' +
    '<tr><td><span>Type:</span></td><td><span>Resolution</span></td></tr>' +
    '<tr><td><span>Final action:</span></td><td><span>11/4/2026</span></td></tr>' +
    '<tr><td><span>Title:</span></td><td><span>A resolution approving a development agreement with Harlow Compute LLC ' +
    'for a 240-megawatt data center campus</span></td></tr></table>' +
    '<table class="history"><tr><td>11/4/2026</td><td>Council</td><td>adopted</td></tr>' +
    '<tr><td>10/21/2026</td><td>Council</td><td>introduced</td></tr></table>' +
    '<div class="legislationText"><p><b>Title</b></p><p>A resolution approving a development agreement with Harlow ' +
    'Compute LLC for a 240-megawatt data center campus</p><p>Harlow Compute LLC will build a campus of 240 megawatts on ' +
    '180 acres at a cost of $3.1 billion, with 120 permanent jobs.</p><p>The agreement fixes a community benefit payment ' +
    'of $2.5 million a year for twenty years.</p></div></form></body></html>';
  it('the page inside the form is read; the Title field its headline, the site in <title> its outlet, the action its day', () => {
    const s = source(record, 'page.html');
    assert.ok(s.sentences.some((x) => x.text.includes('community benefit payment')));
    assert.equal(
      s.meta.title,
      'A resolution approving a development agreement with Harlow Compute LLC for a 240-megawatt data center campus',
    );
    assert.equal(s.meta.outlet, 'City of Harlow Bay');
    assert.equal(s.meta.date, '2026-11-04');
  });
  it("a slashed date is read only as the page's other cells show the order (none: unknown)", () => {
    const m = page(record.replace('<tr><td>10/21/2026</td>', '<tr><td>10/1/2026</td>'));
    assert.equal(m.date, undefined);
  });
  it('a decision whose heading is its og:title the other way round: the case name; its Date: cell its date', () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n' +
        '<title>2026 ABAUC 12 (LexHost) | Prairie Link Transmission Ltd (Re) | LexHost</title>\n' +
        '<meta property="og:title" content="2026 ABAUC 12 (LexHost) | Prairie Link Transmission Ltd (Re)">\n' +
        '<meta property="og:site_name" content="LexHost">\n' +
        '</head><body><main><h1 class="main-title">Prairie Link Transmission Ltd (Re), 2026 ABAUC 12 (LexHost)</h1>' +
        '<table class="documentMeta"><tr><th>Date:</th><td>2026-04-09</td></tr><tr><th>File number:</th><td>A2231</td></tr></table>' +
        '<div class="documentcontent"><p>[1] Prairie Link applied for approval of a 240 kV line of 48 km to serve a data ' +
        'centre campus. Final submissions were received on March 2, 2026.</p><p>[2] The Commission approves the line at an ' +
        'estimated cost of $212 million.</p><p>[3] The campus developer will contribute $96 million.</p></div></main></body></html>',
    );
    assert.equal(m.title, 'Prairie Link Transmission Ltd (Re)');
    assert.equal(m.date, '2026-04-09');
  });
  it('unseen-57: the Legistar ordinance and the CanLII decision', () => {
    const l = fixtureSource('unseen-57/sources/legistar-kpb-ordinance-2026-31-kachemak-compute-pilt-lease.html').meta;
    assert.equal(l.outlet, 'Kenai Peninsula Borough');
    assert.equal(l.date, '2026-10-07');
    assert.match(l.title ?? '', /^An ordinance authorizing the mayor/);
    const c = fixtureSource(
      'unseen-57/sources/canlii-2026-nseub-57-maritime-shore-power-strait-crossing-345kv.html',
    ).meta;
    assert.equal(c.title, 'Maritime Shore Power Incorporated (Re)');
    assert.equal(c.date, '2026-06-23');
  });
});

describe('schema.org nodes: an episode of a show on a platform; a web page that names its maker and the day it was made', () => {
  it('a podcast episode (PodcastEpisode): the show its partOfSeries names, not the platform; its host the author', () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">\n' +
        '<title>#12 스타게이트 영천 캠퍼스, 변압기는 누가 만드나 - 대구경북 산업톡 | 팟나루</title>\n' +
        '<meta property="og:site_name" content="팟나루">\n' +
        '<meta property="og:title" content="#12 스타게이트 영천 캠퍼스, 변압기는 누가 만드나">\n' +
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"#12 스타게이트 ' +
        '영천 캠퍼스, 변압기는 누가 만드나","datePublished":"2026-11-02","partOfSeries":{"@type":"PodcastSeries","name":' +
        '"대구경북 산업톡"},"author":{"@type":"Person","name":"박하늘"}}</script>\n' +
        '</head><body><main><h1>#12 스타게이트 영천 캠퍼스, 변압기는 누가 만드나</h1><div class="episode-notes"><p>한빛전력이 ' +
        '스타게이트 영천 캠퍼스에 변압기 312억 원어치를 공급합니다. 공장 증설로 95명을 새로 뽑습니다.</p><p>이번 회에는 ' +
        '영천시 투자유치과장이 나와 보조금 62억 원의 조건을 설명합니다.</p></div></main></body></html>',
    );
    assert.equal(m.outlet, '대구경북 산업톡');
    assert.deepEqual(m.authors, ['박하늘']);
    assert.equal(m.date, '2026-11-02');
  });
  it("a petition's page (a WebPage node, its author a person, dateCreated): the starter, the day it was started", () => {
    const m = page(
      '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n' +
        '<title>Petition · Keep the Tagus cool: no river intake for the data centre · VoiceUp</title>\n' +
        '<meta property="og:site_name" content="VoiceUp">\n' +
        '<meta property="og:title" content="Keep the Tagus cool: no river intake for the data centre">\n' +
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Keep the Tagus cool",' +
        '"dateCreated":"2026-05-04","dateModified":"2026-10-12","author":{"@type":"Person","name":"Inês Carvalho"}}</script>\n' +
        '</head><body><main><h1>Keep the Tagus cool: no river intake for the data centre</h1><div class="petition-story">' +
        '<p>The campus would take up to 2,000 cubic metres of river water a day. We ask the agency to refuse the intake.</p>' +
        '<p>Over 4,000 people have signed so far.</p></div><section class="updates"><article class="update"><time ' +
        'datetime="2026-10-12">12 October 2026</time><p>The agency has extended the consultation to November.</p></article>' +
        '</section></main></body></html>',
    );
    assert.deepEqual(m.authors, ['Inês Carvalho']);
    assert.equal(m.date, '2026-05-04');
  });
  it('unseen-56: the podcast episode on 팟나루 and the SignOn petition', () => {
    const p = fixtureSource(
      'unseen-56/sources/potnaru-gyeongnam-gyeongje-hanjan-ep87-jungbu-europe-stargate-ko.html',
    ).meta;
    assert.equal(p.outlet, '경남경제 한잔');
    assert.deepEqual(p.authors, ['최은별']);
    const s = fixtureSource('unseen-56/sources/signon-petition-save-plomin-bay-stargate-outfall.html').meta;
    assert.deepEqual(s.authors, ['Luka Benčić']);
    assert.equal(s.date, '2026-06-20');
  });
});

describe("a body inside a region's government under its state's line, its document's kind letter-spaced over its subject", () => {
  it('the innermost level its outlet; legal form and file fields no headline; the kind and subject lines the headline', () => {
    const m = text(
      [
        '[Unofficial English translation for the members of the Liaison Group.]',
        '',
        'REPUBLIC OF SLOVENIA',
        'GORENJSKA REGION',
        'GORENJSKA REGION DEVELOPMENT AGENCY',
        'Public institution',
        '',
        'FILE NO.: 352-14/26-0007',
        'REF.: 2026-118',
        'Kranj, 14 September 2026',
        '',
        '',
        '                                   D E C I S I O N',
        '                          ON THE SITE REVIEW',
        '           of the Draft Amendments to the Regional Spatial Plan',
        '                 (Naklo – data centre campus zone)',
        '',
        '',
        '1. The review found the Naklo site suitable for a campus of up to 300 MW on 42 hectares.',
      ].join('\n'),
    );
    assert.equal(m.outlet, 'Gorenjska Region Development Agency');
    assert.equal(
      m.title,
      'Decision on the Site Review of the Draft Amendments to the Regional Spatial Plan (Naklo – data centre campus zone)',
    );
    assert.equal(m.date, '2026-09-14');
  });
  it("unseen-56: the Istria County Spatial Planning Institute's hearing report", () => {
    const m = fixtureSource('unseen-56/sources/istria-zpu-izvjesce-javna-rasprava-plomin-dc-2026-08-en.txt').meta;
    assert.equal(m.outlet, 'Istria County Spatial Planning Institute');
    assert.equal(
      m.title,
      'Report on the Public Hearing on the Draft Proposal of the Targeted Amendments to the Spatial Plan of Istria County (Plomin Luka – data centre campus zone)',
    );
  });
});

describe("an official gazette's issue copied as text: its masthead between rules, then its first instrument", () => {
  it('the gazette named as the text writes it; the instrument and its subject the headline; the issue its date', () => {
    const rule = '='.repeat(100);
    const m = text(
      [
        '[Unofficial English translation. Only the Polish text published in Monitor Polski is authentic.]',
        '',
        rule,
        'MONITOR POLSKI                                                              Warszawa, 12 marca 2026 r.',
        '[OFFICIAL GAZETTE OF THE REPUBLIC OF POLAND]                                           [Item 244]',
        '                                                                               [Warsaw, 12 March 2026]',
        rule,
        '',
        'Spis treści [Contents]',
        '',
        '244   Uchwała nr 31/2026 Rady Ministrów w sprawie ustanowienia programu wieloletniego ...        1',
        '',
        '-'.repeat(100),
        '',
        'Resolution No. 31/2026',
        '',
        'on establishing the multi-annual programme for the Pomeranian data centre campus and its 400 kV',
        'grid connection',
        '',
        'The Council of Ministers resolves as follows. The programme covers a campus of 800 MW at a cost of PLN 21 billion.',
      ].join('\n'),
    );
    assert.equal(m.outlet, 'Monitor Polski');
    assert.equal(
      m.title,
      'Resolution No. 31/2026 on establishing the multi-annual programme for the Pomeranian data centre campus and its 400 kV grid connection',
    );
    assert.equal(m.date, '2026-03-12');
  });
  it('unseen-56: Magyar Közlöny 31/2026, Government Decree 47/2026', () => {
    const m = fixtureSource('unseen-56/sources/magyar-kozlony-2026-31-korm-rendelet-47-2026-dunamente-en.txt').meta;
    assert.equal(m.outlet, 'Magyar Közlöny');
    assert.match(
      m.title ?? '',
      /^Government Decree 47\/2026 \(II\. 18\.\) on declaring the investment .* national economy$/,
    );
  });
});

describe("a body's working paper signed with the body (its initials in brackets), its desk and the writer", () => {
  it('the body its outlet, initials off; the writer its author; a desk names nobody', () => {
    const m = text(
      [
        '# **Nordic campus tracker – working notes**',
        '',
        '*Nordic Digital Infrastructure Council (NDIC) · Policy team · Mikael Lindqvist*',
        '',
        'The tracker lists three campuses: 1,400 MW in all, at a cost of €18.5bn.',
      ].join('\n'),
      'notes.md',
    );
    assert.equal(m.outlet, 'Nordic Digital Infrastructure Council');
    assert.deepEqual(m.authors, ['Mikael Lindqvist']);
    // (initials that are not the name's capitals: no such line)
    const n = text(
      [
        '# **Nordic campus tracker – working notes**',
        '',
        '*Nordic Digital Infrastructure Council (NXYZ) · Policy team · Mikael Lindqvist*',
        '',
        'The tracker lists three campuses: 1,400 MW in all, at a cost of €18.5bn.',
      ].join('\n'),
      'notes.md',
    );
    assert.notEqual(n.outlet, 'Nordic Digital Infrastructure Council');
  });
  it("unseen-56: the forum's Google Doc", () => {
    const m = fixtureSource('unseen-56/sources/gdocs-cedcf-cee-stargate-tracker-2026-10.md').meta;
    assert.equal(m.outlet, 'Central European Data Centre Forum');
    assert.deepEqual(m.authors, ['Anna Weiss']);
  });
});
