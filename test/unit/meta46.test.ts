// How sources are read, metadata, in the layouts unseen-66 and unseen-67 (promoted in session 44) read wrong before
// meta46: a reference manager's report of an item, a workspace suite's page on its tenant's address, a magazine issue on
// a document platform, a newsletter platform's letter, a group's thread, a board's nickname, a channel's post on a video
// platform, an answer's page on a Q&A site, a board's posting row over a written answer, a forum's proceedings, a council
// member's report, a text browser's dump, a letter's subject line, a note app's raw note, a news database's detail view
// and a meeting's saved chat. Each rule is shown on a small document of the same kind written for it, from another
// sender, and on the sets' own sources (metadataTable).
import { strict as assert } from 'assert';
import { messages, reportLineJudged } from './judged';
import { fixtureSource, metadataTable, sentenceTexts, writtenSource } from './metadataTable';

const page = (html: string, name = 'page.html') => writtenSource(html, name);

describe('a reference manager’s report of an item (Zotero’s, saved as HTML)', () => {
  const report = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Zotero Report</title></head><body>
<ul class="report"><li class="item magazineArticle">
<h2>Harbour cable plant doubles its order book</h2>
<table>
<tr><th>Item Type</th><td>Magazine Article</td></tr>
<tr><th class="author">Author</th><td>Okafor-Lindqvist, Adaeze</td></tr>
<tr><th>Publication</th><td>Baltic Industry Monthly</td></tr>
<tr><th>Date</th><td>March 4, 2026</td></tr>
<tr><th>Accessed</th><td>5/19/2026, 8:02:11 AM</td></tr>
<tr><th>Extra</th><td>Updated 2026-03-06 (adds the union's reply)</td></tr>
<tr><th>Date Added</th><td>5/19/2026, 8:02:11 AM</td></tr>
<tr><th>Modified</th><td>5/20/2026, 1:15:40 PM</td></tr>
</table>
<h3 class="notes">Notes:</h3><ul class="notes"><li>
<p>KLAIPĖDA – The cable plant at the harbour has doubled its order book to EUR 240 million since January, its director said on Tuesday, and will hire 120 people by the summer.</p>
</li></ul></li></ul></body></html>`;
  it('is the item’s: its Publication, Date and Author rows, the heading over them, the Extra field’s update', () => {
    const s = page(report, 'zotero-report.html');
    assert.equal(s.meta.outlet, 'Baltic Industry Monthly');
    assert.equal(s.meta.date, '2026-03-04');
    assert.equal(s.meta.modified, '2026-03-06');
    assert.equal(s.meta.title, 'Harbour cable plant doubles its order book');
    assert.deepEqual(s.meta.authors, ['Adaeze Okafor-Lindqvist']);
  });
  it('…not the report’s title nor the days the library added or visited it (the set’s report)', () => {
    const s = fixtureSource('unseen-67/sources/zotero-report-lagoon-ledger-glo-djigbe-stargate-campus.html');
    assert.equal(s.meta.outlet, 'The Lagoon Ledger');
    assert.equal(s.meta.date, '2026-10-09');
    assert.notEqual(s.meta.title, 'Zotero Report');
  });
  it('a page with a table of a product’s fields is no item', () => {
    const s = page(
      `<html><head><title>Spec sheet | Norrvik Cables</title><meta property="og:site_name" content="Norrvik Cables"></head><body>
<h1>Spec sheet</h1><table><tr><th>Publication</th><td>Datasheet 12</td></tr><tr><th>Date</th><td>2026-01-02</td></tr></table>
<p>The 66 kV cable is rated for 400 A in ducts and is made at the Norrvik plant, which employs 310 people.</p></body></html>`,
    );
    assert.equal(s.meta.outlet, 'Norrvik Cables');
  });
});

describe('a workspace suite’s page on its tenant’s address', () => {
  it('names the organisation its user area shows (a Korean hall its government), not the suite; the task’s writer', () => {
    const s = page(
      `<!DOCTYPE html>
<!-- saved from url=(0060)https://goseong.dooray.com/project/tasks/1234567890123 -->
<html lang="ko"><head><meta charset="utf-8"><title>[한빛냉동] 증설 보조금 협의 결과 - 투자유치팀 - Dooray!</title></head><body>
<div id="gnb"><a class="logo" href="https://goseong.dooray.com/">Dooray!</a><div class="user-area"><span class="org">고성군청</span> <span class="user">마서윤</span></div></div>
<div id="task-view"><h1 class="task-subject">[한빛냉동] 증설 보조금 협의 결과</h1>
<table class="task-properties"><tr><th>작성자</th><td>마서윤</td></tr><tr><th>등록일</th><td>2026.09.02 10:12</td></tr><tr><th>수정일</th><td>2026.09.09 17:40</td></tr></table>
<div class="task-body"><p>한빛냉동은 증설에 84억 원을 들이며, 군은 보조금 12억 원을 지원하기로 했다. 신규 채용은 30명이다.</p></div></div></body></html>`,
    );
    assert.equal(s.meta.outlet, '고성군');
    assert.equal(s.meta.date, '2026-09-02');
    assert.equal(s.meta.modified, '2026-09-09');
    assert.deepEqual(s.meta.authors, ['마서윤']);
  });
  it('a page naming no outlet is the tenant’s as its text spells the tenant’s label; a byline box’s first name signs it', () => {
    const s = page(
      `<!DOCTYPE html>
<!-- saved from url=(0090)https://northquaybuilders.sharepoint.com/sites/Projects/SitePages/Pier-4.aspx -->
<html><head><title>Pier 4: the last caisson is down</title></head><body>
<div class="pageTitle-banner"><h1>Pier 4: the last caisson is down</h1>
<div class="authorByline"><span class="persona-name">Ruth Abernethy-Cole</span><span class="persona-title">Project Director</span><span>Published 2 May 2026</span></div></div>
<div class="canvas"><p>North Quay Builders placed the last of 14 caissons at Pier 4 on Thursday, two weeks ahead of the programme, with 86 people on site.</p></div></body></html>`,
    );
    assert.equal(s.meta.outlet, 'North Quay Builders');
    assert.deepEqual(s.meta.authors, ['Ruth Abernethy-Cole']);
  });
  it('a site’s own sub-domain keeps the name its page gives (papers.…, not a tenant)', () => {
    const s = fixtureSource(
      'unseen-58/sources/ssrn-farouk-shaikh-water-power-budgets-stargate-qatar-jordan-pakistan.html',
    );
    assert.equal(s.meta.outlet, 'SSRN');
  });
});

describe('a magazine issue on a platform of documents (Issuu)', () => {
  it('is the magazine’s, dated by the upload, headed by the story’s line over its byline, not the issue’s name', () => {
    const s = page(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Andes Mining Quarterly 12 – Spring 2026 by Cámara Minera - Issuu</title>
<meta property="og:site_name" content="Issuu"><meta property="og:title" content="Andes Mining Quarterly 12 – Spring 2026">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PublicationIssue","name":"Andes Mining Quarterly 12 – March 2026","datePublished":"2026-03-02T10:00:00Z","publisher":{"@type":"Organization","name":"Cámara Minera"}}</script>
</head><body><main><h1>Andes Mining Quarterly 12 – Spring 2026</h1>
<div class="page" id="page-8"><p>8 | FEATURE | ANDES MINING QUARTERLY</p>
<p>The lithium road to Antofagasta</p>
<p>Trucks, a port and a power line: what the new salt-flat plants need before they can ship a tonne</p>
<p>By Valentina Quispe Arancibia</p>
<p>ANTOFAGASTA – The three plants on the salt flat will ship 90,000 tonnes a year from 2028, twice what the port handles now.</p></div>
</main></body></html>`,
    );
    assert.equal(s.meta.outlet, 'Andes Mining Quarterly');
    assert.equal(s.meta.date, '2026-03-02');
    assert.equal(s.meta.title, 'The lithium road to Antofagasta');
    assert.deepEqual(s.meta.authors, ['Valentina Quispe Arancibia']);
  });
});

describe('a letter on a newsletter platform (Buttondown)', () => {
  it('is headed without its issue number, signed by the writer its description names', () => {
    const s = page(
      `<!DOCTYPE html><html><head><title>#12: Two substations and a lake • Wattage Weekly</title>
<meta property="og:title" content="#12: Two substations and a lake"><meta property="og:site_name" content="Wattage Weekly">
<meta property="article:published_time" content="2026-05-05T07:00:00+00:00"></head><body>
<div class="newsletter-header"><a class="newsletter-name" href="https://buttondown.com/wattage">Wattage Weekly</a>
<p class="newsletter-description">Short notes on grids and the places they reach. By Elif Sandoval-Reyes.</p></div>
<div class="email-detail"><h1 class="subject">#12: Two substations and a lake</h1><div class="email-body">
<p>The lake will cool 200 MW of servers from 2027, and two substations will feed them, the utility said on Monday.</p></div></div></body></html>`,
    );
    assert.equal(s.meta.outlet, 'Wattage Weekly');
    assert.equal(s.meta.title, 'Two substations and a lake');
    assert.deepEqual(s.meta.authors, ['Elif Sandoval-Reyes']);
  });
  it('…but keeps it where the article’s own JSON-LD headline gives it (unseen-55’s beehiiv letter)', () => {
    const s = fixtureSource('unseen-55/sources/beehiiv-aegean-grid-notes-aliaga-refinery-to-data-campus.html');
    assert.equal(s.meta.title, '#46: From refinery to data campus – what Aliağa is really getting');
  });
});

describe('a group’s thread on a platform of groups (Google Groups)', () => {
  it('is the group’s, dated and signed by its first message', () => {
    const s = page(
      `<!DOCTYPE html><html><head><title>Kelp farm permits: the new fee</title><meta property="og:site_name" content="Google Groups"></head><body>
<nav><div class="group-name">Atlantic Aquaculture Network</div></nav><main>
<h1 class="subject">Kelp farm permits: the new fee</h1>
<section class="message"><div class="msg-head"><span class="sender">Ingrid Moe-Fernandes</span><span class="date" title="Mon, Mar 2, 2026, 9:12:01 AM">Mar 2, 2026</span></div>
<div class="msg-body"><p>The county raised the permit fee to USD 4,200 a year for a farm of 10 hectares, from USD 2,500.</p></div></section>
<section class="message"><div class="msg-head"><span class="sender">Tobias Grün</span><span class="date" title="Tue, Mar 3, 2026, 1:00:00 PM">Mar 3, 2026</span></div>
<div class="msg-body"><p>That is a rise of 68%, and it applies from July.</p></div></section>
</main></body></html>`,
    );
    assert.equal(s.meta.outlet, 'Atlantic Aquaculture Network');
    assert.equal(s.meta.date, '2026-03-02');
    assert.deepEqual(s.meta.authors, ['Ingrid Moe-Fernandes']);
  });
});

describe('a board’s nickname (XE’s member_plate)', () => {
  it('signs the post', () => {
    const s = page(
      `<html lang="ko"><head><title>변압기 수주 공시 떴네요 - 주식 - 개미광장</title><meta property="og:site_name" content="개미광장"></head><body>
<div class="rd"><h1>변압기 수주 공시 떴네요</h1><span class="member_plate">서해바람</span><span class="date">2026.08.11 09:02</span>
<article><p>계약 금액은 120억 원으로 작년 매출의 18%입니다. 납품은 2027년부터라고 하네요.</p></article></div></body></html>`,
    );
    assert.deepEqual(s.meta.authors, ['서해바람']);
  });
});

describe('a channel’s post on a video platform (YouTube’s community tab)', () => {
  it('is the channel’s, signed by it, headed by the post’s first line without its tag', () => {
    const s = page(
      `<!DOCTYPE html><html lang="ko"><head><title>남해 에너지 노트 - YouTube</title>
<meta property="og:site_name" content="YouTube"><meta property="og:title" content="남해 에너지 노트"></head><body>
<div id="channel-header"><h1 id="channel-name">남해 에너지 노트</h1></div>
<div id="header-author"><a id="author-text" href="https://www.youtube.com/@namhae_energy">남해 에너지 노트</a> <a id="published-time-text" href="#">2주 전</a></div>
<div id="content-text"><span>[속보] 해상풍력 케이블 수주 900억 → 1,020억</span><br><br><span>정정 공시로 계약 금액이 1,020억 원으로 늘었습니다. 작년 매출의 31%입니다.</span></div>
</body></html>`,
    );
    assert.equal(s.meta.outlet, '남해 에너지 노트');
    assert.equal(s.meta.title, '해상풍력 케이블 수주 900억 → 1,020억');
    assert.deepEqual(s.meta.authors, ['남해 에너지 노트']);
  });
});

describe('an answer’s page on a question-and-answer site (Quora)', () => {
  it('is headed by the question, dated and signed by the answer its address is', () => {
    const s = page(
      `<!DOCTYPE html>
<!-- saved from url=(0080)https://www.quora.com/How-big-is-the-Narvik-data-centre/answer/Sigrid-Aas-Moreno -->
<html><head><title>How big is the Narvik data centre? - Quora</title>
<meta property="og:title" content="How big is the Narvik data centre?"><meta property="og:site_name" content="Quora">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"How big is the Narvik data centre?","dateCreated":"2026-04-01T10:00:00Z","suggestedAnswer":[{"@type":"Answer","author":{"@type":"Person","name":"Sigrid Aas-Moreno"},"dateCreated":"2026-04-09T08:30:00Z","url":"https://www.quora.com/How-big-is-the-Narvik-data-centre/answer/Sigrid-Aas-Moreno"}]}}</script>
</head><body><main><div class="q-text"><span>How big is the Narvik data centre?</span></div>
<div class="answer"><p>It is planned at 230 MW in two phases, the first of 90 MW in 2027, and will use 40% of the valley's new hydro output.</p></div></main></body></html>`,
    );
    assert.equal(s.meta.date, '2026-04-09');
    assert.deepEqual(s.meta.authors, ['Sigrid Aas-Moreno']);
    assert.equal(s.meta.title, 'How big is the Narvik data centre?');
  });
});

describe('a written answer posted on a council’s board', () => {
  const answer = [
    '강진군의회 > 의정활동 > 군정질문 > 서면답변',
    '등록일 2026-09-30 | 조회 212 | 첨부 제301회_군정질문_서면답변서(김하늘의원).hwpx',
    '',
    '※ 아래는 첨부 파일의 본문을 옮긴 것입니다.',
    '',
    '==================================================',
    '        제301회 강진군의회 임시회 군정질문 서면답변서',
    '==================================================',
    '',
    '  ○ 질 문 의 원 : 김하늘 의원',
    '  ○ 답 변 일 자 : 2026. 9. 25.',
    '  ○ 답  변  자 : 강진군수 (투자경제과장 노은비 작성)',
    '',
    '  1. 답변',
    '',
    '  ㈜강진냉열의 보조금은 신청액 40억 원 가운데 24억 원으로 결정되었으며, 신규 고용 45명을 조건으로 합니다.',
  ].join('\n');
  it('is the council’s its title names, titled by its own line (not the board’s posting row), dated by 답변일자, signed by the drafter', () => {
    const s = writtenSource(answer, 'answer.txt');
    assert.equal(s.meta.outlet, '강진군의회');
    assert.equal(s.meta.title, '제301회 강진군의회 임시회 군정질문 서면답변서');
    assert.equal(s.meta.date, '2026-09-25');
    assert.deepEqual(s.meta.authors, ['노은비']);
    assert.ok(!sentenceTexts(s).some((t) => /조회 212|첨부 파일의 본문/.test(t)));
  });
});

describe('a forum’s proceedings with no paper’s mark (자료집)', () => {
  it('is headed by the session’s title under the forum’s line, not the forum’s name', () => {
    const s = writtenSource(
      [
        '                서해에너지포럼 제7차 정책세미나',
        '',
        '     해상풍력 공급망, 충남 중소기업의 자리는',
        '              어디인가',
        '      - 보령·당진 사례를 중심으로 -',
        '',
        '        일시 : 2026. 6. 3.(수) 14:00~17:00',
        '        장소 : 보령 산업진흥원 대회의실',
        '        주최 : 서해에너지포럼',
        '',
        '■ 인사말',
        '',
        '  해상풍력 단지 세 곳이 2030년까지 1.2GW를 짓습니다. 그 공급망의 30%를 지역 기업이 맡을 수 있다고 봅니다.',
      ].join('\n'),
      'seminar.txt',
    );
    assert.equal(s.meta.outlet, '서해에너지포럼');
    assert.equal(s.meta.title, '해상풍력 공급망, 충남 중소기업의 자리는 어디인가');
  });
});

describe('a council member’s own report (의정보고서)', () => {
  it('is the member’s, titled by its title line (not the slogan over it), dated by its 발행일', () => {
    const s = writtenSource(
      [
        '══════════════════════════════',
        '   주민 곁을 지키는 의원',
        '   보은군의회 의원 채 윤 서  의정보고서',
        '   2026 제1호',
        '══════════════════════════════',
        '발행인 채윤서 | 발행일 2026. 5. 20. | 보은군 보은읍 ○○로, 의원 사무실',
        '',
        '◆ 인사말씀',
        '',
        '올해 군은 기업 세 곳을 유치해 일자리 140개를 만들었습니다. 그 가운데 두 곳은 보은 산업단지에 들어섭니다.',
      ].join('\n'),
      'report.txt',
    );
    assert.equal(s.meta.outlet, '보은군의회 의원 채윤서');
    assert.equal(s.meta.title, '보은군의회 의원 채윤서 의정보고서');
    assert.equal(s.meta.date, '2026-05-20');
    assert.deepEqual(s.meta.authors, ['채윤서']);
  });
});

describe('a text browser’s dump of a page (lynx -dump)', () => {
  const dump = [
    '   [1]Skip to main content',
    '',
    '   [2]The Coastal Courier',
    '',
    '   [3]Subscribe | [4]Sign in',
    '',
    '   [5]News [6]Business [7]Harbour [8]Sport [9]Weather',
    '',
    'Ferry operator orders two electric boats -- first on the coast',
    '',
    '   By [10]Marguerite Oyelowo-Hart',
    '',
    '   Tuesday, March 10, 2026',
    '',
    '   The Bay Ferry Company has ordered two electric ferries for USD 48',
    '   million, to enter service in 2028 on the 40-minute crossing.',
    '',
    '   (c) 2026 Coastal Courier Media Group Ltd. All rights reserved.',
    '',
    'References',
    '',
    '   1. https://www.coastalcourier.example/news/ferry#main',
    '   2. https://www.coastalcourier.example/',
    '   3. https://www.coastalcourier.example/subscribe',
    '   4. https://www.coastalcourier.example/login',
    '   5. https://www.coastalcourier.example/news',
    '   6. https://www.coastalcourier.example/business',
    '   7. https://www.coastalcourier.example/harbour',
    '   8. https://www.coastalcourier.example/sport',
    '   9. https://www.coastalcourier.example/weather',
    '  10. https://www.coastalcourier.example/author/marguerite-oyelowo-hart',
  ].join('\n');
  it('is read without its link marks and list: the masthead, the headline, the byline', () => {
    const s = writtenSource(dump, 'dump.txt');
    assert.equal(s.meta.outlet, 'The Coastal Courier');
    assert.equal(s.meta.title, 'Ferry operator orders two electric boats -- first on the coast');
    assert.deepEqual(s.meta.authors, ['Marguerite Oyelowo-Hart']);
    assert.equal(s.meta.date, '2026-03-10');
    const said = sentenceTexts(s);
    assert.ok(said.some((t) => t.startsWith('The Bay Ferry Company has ordered two electric ferries')));
    assert.ok(!said.some((t) => /\[\d+\]|https:\/\//.test(t)));
  });
  it('a text that only cites numbered references is no dump', () => {
    const s = writtenSource(
      'Grid study finds room for 300 MW\n\nThe study [1] finds room for 300 MW on the northern line by 2028.\n\nReferences\n\n   1. https://example.org/study.pdf\n',
      'study.txt',
    );
    assert.ok(sentenceTexts(s).some((t) => t.includes('[1]')));
  });
});

describe('a letter with a subject line (an FOI response)', () => {
  it('is the ministry’s its letterhead names, titled by its RE: line as typed, not by the address block', () => {
    const s = writtenSource(
      [
        '                    REPUBLIC OF KIRIBATI',
        '              MINISTRY OF INFRASTRUCTURE AND SUSTAINABLE ENERGY',
        '          PO Box 498, Betio, Tarawa',
        '           Tel: (686) 555-0100  |  foi@mise.gov.ki',
        '',
        'Our Ref: MISE/FOI/2026/011',
        '',
        '12 May, 2026',
        '',
        'Mr. Teburoro Tito',
        'Tarawa Solar Watch',
        '',
        'Dear Mr. Tito,',
        '',
        'RE: REQUEST FOR INFORMATION -- BETIO SOLAR AND',
        '    BATTERY PROJECT',
        '',
        'I refer to your request of 2 April, 2026. The ministry grants access to the information set out below.',
        '',
        '1. The project will add 4 MW of solar panels and a 6 MWh battery by 2027.',
      ].join('\n'),
      'foi.txt',
    );
    assert.equal(s.meta.outlet, 'Ministry of Infrastructure and Sustainable Energy');
    assert.equal(s.meta.title, 'REQUEST FOR INFORMATION -- BETIO SOLAR AND BATTERY PROJECT');
    assert.equal(s.meta.date, '2026-05-12');
  });
});

describe('a note app’s raw note (Joplin’s, with its properties under the text)', () => {
  const props = [
    'id: 1a2b3c4d5e6f708192a3b4c5d6e7f809',
    'parent_id: 9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    'created_time: 2026-05-02T10:00:00.000Z',
    'updated_time: 2026-05-02T10:01:00.000Z',
    'is_conflict: 0',
    'author: ',
    'source_url: https://www.saharasolarreview.example/2026/04/28/ouarzazate-storage',
    'is_todo: 0',
    'source: joplin-desktop',
    'markup_language: 1',
    'type_: 1',
  ];
  it('is the site its source_url names as the text spells it (not the byline’s place), signed by the bold name, updated by its note', () => {
    const s = writtenSource(
      [
        'Ouarzazate adds 1 GWh of storage | Sahara Solar Review',
        '',
        '# Ouarzazate adds 1 GWh of storage',
        '',
        'By **Yasmine Alaoui-Brandt** · Ouarzazate · 28 April 2026',
        '',
        'The solar complex will add 1 GWh of batteries by 2027, enough for four hours of its 250 MW output after sunset.',
        '',
        '*This story was updated on 29 April to correct the battery supplier’s name.*',
        '',
        ...props,
      ].join('\n'),
      'note.md',
    );
    assert.equal(s.meta.outlet, 'Sahara Solar Review');
    assert.deepEqual(s.meta.authors, ['Yasmine Alaoui-Brandt']);
    assert.equal(s.meta.date, '2026-04-28');
    assert.equal(s.meta.modified, '2026-04-29');
    assert.ok(!sentenceTexts(s).some((t) => /parent_id|source_url/.test(t)));
  });
});

describe('a news database’s detail view (BIG KINDS)', () => {
  it('is the paper its 언론사 field names, headed by its 제목, dated by 일자, signed by 기고자; the 부제 is text', () => {
    const s = writtenSource(
      [
        'BIG KINDS 뉴스 분석 > 뉴스 검색·분석 > 뉴스 상세',
        '검색어: 서해케이블 | 기간: 2026-05-01 ~ 2026-06-30 | 언론사: 전체',
        '복사일시: 2026-07-02 09:10',
        '',
        '────────────────────────────',
        '일자        2026-05-14',
        '언론사      충남산업일보',
        '기고자      노하람 기자',
        '키워드      서해케이블,해상풍력,수주',
        '────────────────────────────',
        '',
        '제목: 서해케이블, 해상풍력 해저케이블 210억 원 수주',
        '부제: 작년 매출의 19%…당진 공장 30명 추가 채용',
        '',
        '본문:',
        '당진의 서해케이블이 해상풍력 단지에 해저케이블을 공급하는 210억 원 규모 계약을 맺었다고 14일 밝혔다.',
      ].join('\n'),
      'bigkinds.txt',
    );
    assert.equal(s.meta.outlet, '충남산업일보');
    assert.equal(s.meta.title, '서해케이블, 해상풍력 해저케이블 210억 원 수주');
    assert.equal(s.meta.date, '2026-05-14');
    assert.deepEqual(s.meta.authors, ['노하람']);
    const said = sentenceTexts(s);
    assert.ok(said.some((t) => t.includes('작년 매출의 19%')));
    assert.ok(!said.some((t) => /복사일시|키워드/.test(t)));
  });
});

describe('a meeting’s saved chat (Zoom)', () => {
  it('has no headline and no authors; it is the company its host’s welcome names, dated by the day that welcome gives', () => {
    const s = writtenSource(
      [
        '10:00:05 From 동해플랜트 IR 이서진 to Everyone:',
        '\t안녕하세요, 동해플랜트 2026년 상반기 기업설명회(5월 19일)에 오신 것을 환영합니다.',
        '10:04:12 From 박민규 to Everyone:',
        '\t수주 잔고가 얼마인가요?',
        '10:05:30 From 동해플랜트 IR 이서진 to Everyone:',
        '\t3월 말 기준 수주 잔고는 2,140억 원입니다.',
      ].join('\n'),
      'meeting_saved_chat.txt',
    );
    assert.equal(s.meta.outlet, '동해플랜트');
    assert.equal(s.meta.date, '2026-05-19');
    assert.equal(s.meta.title, undefined);
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('what the metadata moves in a report (unseen-67)', () => {
  it('the Zotero report read as the Lagoon Ledger’s article: the line misstating what Benin asked for is flagged', () => {
    // (its note's text split as an article's; the state's XOF 48 billion asked for the line, not 84)
    const j = reportLineJudged(
      'unseen-67',
      'himalayan-waters-forum-brief-gelephu-glo-djigbe-water-power.md',
      35,
      'XOF 84 billion',
    );
    assert.ok(j.codes.includes('figure-mismatch'), messages(j) || j.status);
  });
});

describe('unseen-66 metadata (meta46)', () => metadataTable('unseen-66', {}, { sub: 'sources' }));
describe('unseen-67 metadata (meta46)', () => metadataTable('unseen-67', {}, { sub: 'sources' }));
