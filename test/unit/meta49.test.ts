// How sources are read, metadata, in the layouts unseen-72 and unseen-73 (promoted in session 47) read wrong before
// meta49: a host that only carries another's piece (a syndicated story, a service's site, a job board's posting), a
// news portal's coverage page listing many outlets' items, a document an office suite publishes, a task board's card,
// a parliament's written answer, a community post by an anonymous poster, a podcast episode's host, a posting titled by
// its site alone; in text, a periodical's running count and a notice's call to read it after a title, a members'
// newsletter's name and month's issue between rules, a body's notice and a body's minutes, a petition portal's answer,
// a support desk's conversation export, a legislature's transcript under its state's letterhead, a PDF's text under a
// running head. Each rule is shown on a small document of the same kind written for it, from another sender, and on the
// sets' own sources (metadataTable).
import { strict as assert } from 'assert';
import { metadataTable, writtenSource } from './metadataTable';

const text = (t: string, name = 'doc.txt') => writtenSource(t, name);
const page = (html: string, name = 'page.html') => writtenSource(html, name);

describe('a host that only carries another’s piece', () => {
  it('a finance site’s syndicated story is its provider’s (the wire), not the host’s that the markup calls publisher', () => {
    const s = page(`<!DOCTYPE html><html lang="en"><head><title>Nairobi data hall wins power deal</title>
<meta property="og:site_name" content="MoneyWatch Portal">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Nairobi data hall wins 60 MW power deal","datePublished":"2026-09-14T07:30:00+03:00","author":{"@type":"Person","name":"Wanjiru Kamau"},"provider":{"@type":"Organization","name":"East Africa Business Wire"},"publisher":{"@type":"Organization","name":"MoneyWatch Portal"}}</script>
</head><body><article><h1>Nairobi data hall wins 60 MW power deal</h1>
<p>The Tatu City data hall signed a 60 MW supply contract with KenGen on Monday, the company said, for power from 2028.</p>
<p>The contract runs for 15 years and covers the first two phases of the campus.</p></article></body></html>`);
    assert.equal(s.meta.outlet, 'East Africa Business Wire');
    assert.equal(s.meta.date, '2026-09-14');
    assert.deepEqual(s.meta.authors, ['Wanjiru Kamau']);
  });
  it('a consultation site its markup calls a service an organisation provides is the provider’s', () => {
    const s =
      page(`<!DOCTYPE html><html lang="en"><head><title>Wind farm licence at Hvítá | Iceland Consultation Portal</title>
<meta property="og:site_name" content="Iceland Consultation Portal">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"Iceland Consultation Portal","provider":{"@type":"GovernmentOrganization","name":"Government of Iceland"}}</script>
</head><body><main><h1>Wind farm licence at Hvítá</h1>
<p>The consultation on the 120 MW wind farm at Hvítá closed with 84 responses, the ministry said in its summary.</p>
<p>A decision on the licence is expected in the first quarter of next year.</p></main></body></html>`);
    assert.equal(s.meta.outlet, 'Government of Iceland');
  });
  it('a job board’s posting is the employer’s, dated by the day it was posted, not the day applications close', () => {
    const s =
      page(`<!DOCTYPE html><html lang="en"><head><title>Job Application for Cooling Engineer at Lakeside Compute Ltd</title>
<meta property="og:title" content="Cooling Engineer">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"Cooling Engineer","datePosted":"2026-08-03","validThrough":"2026-09-30","hiringOrganization":{"@type":"Organization","name":"Lakeside Compute Ltd"}}</script>
</head><body><div class="job"><h1>Cooling Engineer</h1>
<p>Lakeside Compute is building a 48 MW campus at Jinja and needs an engineer to run its liquid cooling plant.</p>
<p>You will lead a team of 4 technicians and report to the site director.</p></div></body></html>`);
    assert.equal(s.meta.outlet, 'Lakeside Compute Ltd');
    assert.equal(s.meta.date, '2026-08-03');
    assert.equal(s.meta.title, 'Cooling Engineer');
  });
});

describe('a news portal’s coverage page, a living page of many outlets’ items', () => {
  it('is the portal’s, headed by the story without the page’s label, undated: its times are relative and its items’', () => {
    const s = page(`<!DOCTYPE html><html lang="en"><head><title>Google News - Lagos Campus - Full coverage</title>
<meta property="og:title" content="Lagos Campus - Full coverage">
<meta property="og:site_name" content="Google News"><meta property="og:type" content="website">
</head><body><main><h2>Full coverage</h2><h1>Lagos Campus</h1>
<section><h3>Top news</h3>
<article><div>Lagos Business Day</div><a href="./read/1">Lagos campus gets its second 40 MW hall</a><div><time datetime="2026-10-02T08:00:00Z">Yesterday</time> · By Tunde Bakare</div></article>
<article><div>Niger Delta Times</div><a href="./read/2">Gas plant for Lagos campus clears review</a><div><time datetime="2026-09-29T10:00:00Z">4 days ago</time></div></article>
</section>
<section><h3>Frequently asked questions</h3>
<div><h4>How big is the campus?</h4><p>The campus will have 80 MW in two halls of 40 MW each, the first due in 2028.</p><p class="src">Lagos Business Day · Oct 2, 2026</p></div>
</section></main></body></html>`);
    assert.equal(s.meta.outlet, 'Google News');
    assert.equal(s.meta.title, 'Lagos Campus');
    assert.equal(s.meta.date, undefined);
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('a document an office suite publishes to the web', () => {
  it('is the organisation’s that the document says keeps it, dated by its Last updated cell; never the suite’s', () => {
    const s = page(`<!DOCTYPE html><html><head><title>Kigali campus – figures</title>
<meta property="og:title" content="Kigali campus – figures"><meta property="og:site_name" content="Google Docs">
</head><body><div id="doc-title">Kigali campus – figures</div>
<table class="waffle"><tbody>
<tr><td colspan="3">Kigali campus – key figures. Maintained by Ubumwe Data Ltd. Last updated 3 Oct 2026.</td></tr>
<tr><td>IT load</td><td>30 MW</td><td>Phase 1: 12 MW (2027)</td></tr>
<tr><td>Jobs</td><td>210</td><td>permanent roles at full build</td></tr>
</tbody></table>
<div id="footer"><a href="#">Published by Google Sheets</a> – <a href="#">Report abuse</a></div></body></html>`);
    assert.equal(s.meta.outlet, 'Ubumwe Data Ltd');
    assert.equal(s.meta.date, '2026-10-03');
    assert.equal(s.meta.title, 'Kigali campus – figures');
  });
});

describe('a card on a task board', () => {
  it('is the workspace’s organisation’s, made by and on the day its activity says it was added', () => {
    const s = page(`<!DOCTYPE html><html lang="en"><head><title>PRM-3 Grid connection study | Trello</title>
<meta property="og:site_name" content="Trello"><meta property="og:title" content="PRM-3 Grid connection study">
</head><body><div class="board-header"><h1>Accra campus – permits</h1><span>☆</span><span>Volta Digital Ltd</span><span>Workspace visible</span><span>Board</span><span>Share</span></div>
<div class="window"><h2 id="card-title">PRM-3 Grid connection study</h2>
<div class="card-detail-item"><h3>Dates</h3><span class="due">5 Aug – 30 Oct 2026</span></div>
<div class="description"><p>The grid study for the 25 MW first phase is due with GRIDCo by the end of October. Owner: Kofi Mensah.</p>
<p>The second phase adds 35 MW in 2030 and needs a new 161 kV line.</p></div>
<div class="activity">
<div class="phenom"><span class="member">AB</span><div><span>Ama Boateng</span><div><p>GRIDCo wants the load profile by hour, not by month.</p></div></div><p class="phenom-meta">21 Oct 2026, 09:12</p></div>
<div class="phenom"><span class="member">KM</span><span class="phenom-desc"><b>Kofi Mensah</b> added this card to Permits – backlog</span><p class="phenom-meta">5 Aug 2026, 10:01</p></div>
</div></div></body></html>`);
    assert.equal(s.meta.outlet, 'Volta Digital Ltd');
    assert.equal(s.meta.date, '2026-08-05');
    assert.deepEqual(s.meta.authors, ['Kofi Mensah']);
  });
});

describe('a parliament’s written question and its answer', () => {
  it('is dated by the day it was answered, written by the minister who answered, not the member who asked', () => {
    const s = page(`<!DOCTYPE html><html lang="en"><head><title>Written questions and answers - UK Parliament</title>
<meta property="og:title" content="Data Centres: Ghana"><meta property="og:site_name" content="UK Parliament">
</head><body><main><h1>Data Centres: Ghana</h1><p>Question for Department for Business and Trade</p><p>UIN 99812, tabled on 6 October 2026</p>
<div class="card-question"><div class="primary-info">Hamish Lowther</div><div class="secondary-info">Conservative - Borders West</div>
<p>To ask the Secretary of State for Business and Trade, what support UK Export Finance has given to data centres in Ghana.</p></div>
<div class="card-answer"><div class="answer-header"><div class="primary-info">Answered on</div><div class="secondary-info">14 October 2026</div></div>
<div class="answering-member"><div class="primary-info">Priya Lakhani</div><div class="secondary-info">Parliamentary Under-Secretary of State (Department for Business and Trade)</div></div>
<div class="answer-text"><p>UK Export Finance has issued a guarantee of up to £40 million for the grid works serving the Accra campus. It covers no buildings.</p></div></div>
</main></body></html>`);
    assert.equal(s.meta.date, '2026-10-14');
    assert.deepEqual(s.meta.authors, ['Priya Lakhani']);
    assert.equal(s.meta.title, 'Data Centres: Ghana');
  });
});

describe('a community’s post by an anonymous poster', () => {
  it('has no author: not the reporter of the article it pastes', () => {
    const s =
      page(`<!DOCTYPE html><html lang="ko"><head><title>충주 작은 회사가 이집트 변압기 수주함 - 이슈 게시판</title>
<meta property="og:site_name" content="인스티즈"><meta property="og:type" content="article"><meta property="og:title" content="충주 작은 회사가 이집트 변압기 수주함">
</head><body><article><h1>충주 작은 회사가 이집트 변압기 수주함</h1>
<div class="meta"><span class="name">익명</span> | <span class="date">2026.10.21 09:12</span></div>
<div class="content"><p>[중원일보=박서연 기자] 충북 충주의 중소기업 한결전기가 이집트 데이터센터에 변압기 12대를 공급한다.</p>
<p>계약 금액은 약 84억 원이며 내년 6월까지 납품한다.</p></div></article></body></html>`);
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('an episode of a show', () => {
  it('is written by its host, the one its description says talks to the guests', () => {
    const s =
      page(`<!DOCTYPE html><html lang="en"><head><title>Ep. 40: Power for Kumasi - Gold Coast Grid - Apple Podcasts</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"PodcastEpisode","name":"Ep. 40: Power for Kumasi","datePublished":"2026-07-09","description":"Efua Asante talks to Kwame Owusu of Ashanti Compute about the 30 MW campus and its gas supply.","partOfSeries":{"@type":"PodcastSeries","name":"Gold Coast Grid"}}</script>
</head><body><main><h1>Ep. 40: Power for Kumasi</h1>
<p>Efua Asante talks to Kwame Owusu of Ashanti Compute about the 30 MW campus at Kumasi and the gas that will run it until 2030.</p>
<div class="transcript"><p>Welcome to Gold Coast Grid. I'm Efua Asante. Kwame, how big is it?</p><p>Thirty megawatts, in two halls.</p></div>
</main></body></html>`);
    assert.equal(s.meta.outlet, 'Gold Coast Grid');
    assert.deepEqual(s.meta.authors, ['Efua Asante']);
  });
});

describe('a posting titled by its site alone', () => {
  it('is headed by its record’s 제목 field', () => {
    const s = page(`<!DOCTYPE html><html lang="ko"><head><title>고시공고 | 소식 | 산청군청</title>
<meta property="og:title" content="산청군청"><meta property="og:description" content="산청군 고시 제2026-88호 …">
</head><body><div id="content"><h3>고시공고</h3>
<table class="board_view"><tbody>
<tr><th scope="row">제목</th><td colspan="3">한빛소재(주) 공장 신설에 따른 도시관리계획 결정 고시</td></tr>
<tr><th scope="row">등록일</th><td>2026-09-15</td><th scope="row">조회수</th><td>88</td></tr>
<tr><td colspan="4"><p>산청군 금서면 일원 한빛소재(주) 공장 신설에 따라 도시관리계획을 결정하고 지형도면을 고시합니다.</p><p>부지 면적은 18,200㎡입니다.</p></td></tr>
</tbody></table></div></body></html>`);
    assert.equal(s.meta.title, '한빛소재(주) 공장 신설에 따른 도시관리계획 결정 고시');
  });
});

describe('a title’s running count and a notice’s call to read it', () => {
  it('are no part of the headline (`(통권 제N호)`, `(회원 필독)`)', () => {
    const a = text(`[안내] 가을 정기총회 개최 안내 (전원 필독)

금산읍 상인회
2026년 9월 2일(수)

회원 여러분, 9월 16일 오후 7시 금산읍 행정복지센터에서 정기총회를 엽니다.
올해 회비는 월 2만 원으로 동결합니다.
`);
    assert.equal(a.meta.title, '가을 정기총회 개최 안내');
    assert.equal(a.meta.outlet, '금산읍 상인회');
    assert.equal(a.meta.date, '2026-09-02');
  });
});

describe('a members’ newsletter whose name and month’s issue share a line between rules', () => {
  it('is the body’s its name begins with, dated by its 발행일, named by the periodical and month', () => {
    const s = text(`==============================================================
   산청동부농협 조합원 소식  2026년 9월호 (통권 제93호)
   발행일 2026년 9월 4일 | 발행인 조합장 김영수 | 편집 총무과
==============================================================

【 조합장 인사 】

 조합원 여러분, 무더위에 고생 많으셨습니다.
 올해 벼 수매는 10월 7일부터 시작합니다.
`);
    assert.equal(s.meta.outlet, '산청동부농협');
    assert.equal(s.meta.date, '2026-09-04');
    assert.equal(s.meta.title, '산청동부농협 조합원 소식 2026년 9월호');
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('a body’s minutes of its own meeting', () => {
  it('is the body’s, headed by the minutes’ title, written by its recorder, not the chair who signs', () => {
    const s = text(`남원 행복마을아파트 입주자대표회의

2026년도 제9차 정기회의 회의록

1. 일    시 : 2026년 9월 10일(목) 19:00 ~ 20:30
2. 장    소 : 관리사무소 회의실
3. 참 석 자 : 동별 대표자 5명 중 5명 참석

■ 개회
 회장 최민호: 성원이 되었으므로 정기회의를 개회하겠습니다.
 관리소장: 승강기 교체 비용은 1억 2천만 원으로 견적이 나왔습니다.

                     입주자대표회의 회장   최 민 호 (서명)
                     작성자(관리주임)      윤 서 진
`);
    assert.equal(s.meta.outlet, '남원 행복마을아파트 입주자대표회의');
    assert.equal(s.meta.title, '2026년도 제9차 정기회의 회의록');
    assert.equal(s.meta.date, '2026-09-10');
    assert.deepEqual(s.meta.authors, ['윤서진']);
  });
});

describe('a petition portal’s answer with its title under a heading', () => {
  it('is the answering county’s, dated by 처리일자, headed by the 민원 제목', () => {
    const s = text(`국민신문고 민원 처리결과

신청번호 : 1AA-2608-0099123
신청인 : 이*준
신청일자 : 2026-08-11 09:10
처리기관 : 전라북도 임실군
처리부서 : 안전건설과
처리일자 : 2026-08-20 16:40
처리상태 : 처리완료

■ 민원 제목
임실 오수면 공장 앞 횡단보도 설치 요청

■ 처리결과(답변내용)

1. 귀하의 민원에 대한 검토 결과를 알려 드립니다.
2. 오수면 공장 앞 군도에 횡단보도 1곳을 10월까지 설치하겠습니다. 감사합니다.
`);
    assert.equal(s.meta.outlet, '임실군');
    assert.equal(s.meta.date, '2026-08-20');
    assert.equal(s.meta.title, '임실 오수면 공장 앞 횡단보도 설치 요청');
  });
});

describe('a support desk’s conversation export', () => {
  it('is the channel’s company’s, dated by the day it started, no headline, no author', () => {
    const s = text(`채널톡 상담 내역 내보내기 (UserChat export)
============================================================
채널명        : 한결전기 HANGYEOL ELECTRIC
상담 ID       : 61aa0c3b1e84a2d9c001
고객          : 정하늘 (익명 사용자)
담당자        : 오민지 (인사팀 매니저)
상담 시작     : 2026-10-14 (수) 14:02:10
상담 종료     : 2026-10-14 (수) 14:40:55
내보낸 사람   : 오민지 / 내보낸 일시 2026-10-15 09:00:00 (KST)
============================================================

[2026-10-14 14:02:10] 정하늘 (고객)
생산직 채용 공고 보고 문의드려요. 이집트 파견도 있나요?

[2026-10-14 14:05:31] 오민지 (매니저)
네, 내년 3월부터 6개월간 2명 파견 예정입니다.
`);
    assert.equal(s.meta.outlet, '한결전기');
    assert.equal(s.meta.date, '2026-10-14');
    assert.equal(s.meta.title, undefined);
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('a legislature’s transcript under its state’s letterhead', () => {
  it('is the legislature’s, named as its state’s, its capitals title as the text writes it, dated by the sitting', () => {
    const s = text(`REPUBLIC OF MOLDOVA
PARLIAMENT

Unofficial English translation.

VERBATIM RECORD
OF THE PLENARY SITTING OF THE PARLIAMENT OF THE REPUBLIC OF MOLDOVA,
HELD ON 9 JULY 2026

PRESIDENT: We move to the draft law on the data centre park at Giurgiulești. The Minister has the floor.

MINISTER: Thank you. The park will host 60 MW of computing on 30 hectares, and the Parliament of the Republic of Moldova
is asked to approve a tax regime of ten years for it.
`);
    assert.equal(s.meta.outlet, 'Parliament of the Republic of Moldova');
    assert.equal(s.meta.date, '2026-07-09');
    assert.equal(
      s.meta.title,
      'Verbatim record of the plenary sitting of the Parliament of the Republic of Moldova, held on 9 July 2026',
    );
  });
});

describe('a PDF’s text under a running head', () => {
  it('is the firm’s that prepared it, the head’s title and day, not the deal’s name in capitals on the cover', () => {
    const s = text(`                          KUMASI COMPUTE LTD

             SENIOR SECURED TERM LOAN OF UP TO US$240,000,000

                        INDICATIVE TERM SHEET


This term sheet summarizes the principal terms of the facility agreement dated as of August 3, 2026 among Kumasi
Compute Ltd, as Borrower, and the lenders party to it.

Prepared by: Harbourline Capital LLC, Infrastructure Finance Team
Distribution: Lenders and Sponsors


                                                                      Page 1 of 3

Kumasi Compute Ltd - Indicative Term Sheet                           August 3, 2026

1.   BORROWER: Kumasi Compute Ltd, owned 60% by its sponsor.
2.   AMOUNT: up to US$240,000,000 in two tranches.

                                                                      Page 2 of 3

Kumasi Compute Ltd - Indicative Term Sheet                           August 3, 2026

3.   TENOR: 15 years from financial close.
`);
    assert.equal(s.meta.outlet, 'Harbourline Capital LLC');
    assert.equal(s.meta.date, '2026-08-03');
    assert.equal(s.meta.title, 'Kumasi Compute Ltd - Indicative Term Sheet');
  });
});

describe('unseen-72 metadata (meta49)', () =>
  metadataTable(
    'unseen-72',
    {},
    {
      sub: 'sources',
      pending: {
        // (the post shows `11-03` without a year; the year is the content's, which the reader does not guess)
        'sources/theqoo-square-hwacheon-paroho-bukmakedonia-naenggak-suju-ko.html': ['date'],
      },
    },
  ));
describe('unseen-73 metadata (meta49)', () => metadataTable('unseen-73', {}, { sub: 'sources' }));

describe('a newsletter’s name and issue number before the story’s headline', () => {
  it('are the issue’s, not the headline’s; a question’s number stays', () => {
    const s = text(
      `# 그리드 위클리 #21 — 새만금 변전소 345kV로 승압, 2028년 준공

> 전력망을 숫자로 읽는 주간 뉴스레터 · 2026년 9월 8일 화요일 · 발행인 한도윤

안녕하세요, 한도윤입니다. 이번 주에는 새만금 변전소 소식을 정리했습니다.

새만금 변전소는 345kV로 승압되며 2028년 준공 예정입니다. 사업비는 4,200억 원입니다.
`,
      'letter.md',
    );
    assert.equal(s.meta.title, '새만금 변전소 345kV로 승압, 2028년 준공');
    const q = text(`Question No. 1742 – "Water use of the Augusta campus"

Asked by Cllr. Dana Whitford on 3 March 2026.

The campus will draw 2.1 million litres a day at full load, the council said in its answer.
`);
    assert.equal(q.meta.title, 'Question No. 1742 – "Water use of the Augusta campus"');
  });
});

describe('a post with its comments, each an <article> with its own time inside the post’s', () => {
  it('is one piece, no listing: dated by the post’s own day', () => {
    const s = page(`<!DOCTYPE html><html lang="en"><head><title>Forum</title>
<meta property="og:type" content="website"><meta property="og:site_name" content="Campus Board">
</head><body><div class="articles"><article><h2>Jinja plant hires 40 technicians</h2>
<p class="meta"><span class="nick">river_fan</span> <time datetime="2026-09-02T09:00:00Z">2 Sep 2026</time></p>
<p>The Jinja cooling plant is hiring 40 technicians this autumn, and the pay starts at 1.8 million shillings a month.</p>
<div class="comments">
<article><h3>anon1</h3><p>Is it shift work?</p><time datetime="2026-09-03T10:00:00Z">3 Sep</time></article>
<article><h3>anon2</h3><p>Yes, three shifts.</p><time datetime="2026-09-03T11:00:00Z">3 Sep</time></article>
</div></article></div></body></html>`);
    assert.equal(s.meta.date, '2026-09-02');
  });
});
