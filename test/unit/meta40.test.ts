// How sources are read, metadata, in the layouts unseen-58 and unseen-59 read wrong (session 40): an archive.today
// capture, a highlighter's (Readwise's) export, an issue on a code host, a news database's (ProQuest's) export, a post a
// platform titles by its poster, a name withheld, a developer blog's post (its date in UTC, its writer by handle). Each
// rule is shown on a small document of the same kind written for it, from another outlet or writer, and on the real
// set's source. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import { fixtureSource, writtenSource } from './metadataTable';

const source = writtenSource;
const page = (html: string) => source(html, 'page.html').meta;
const text = (t: string, name = 'doc.txt') => source(t, name).meta;
const para = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>The harbour authority said on Tuesday that berth ${i + 3} would be dredged to 14 metres before the cable ship arrives, and that the work would cost about ${i + 2} million dollars in all.</p>`,
  ).join('\n');

describe('an archive.today capture', () => {
  const capture = [
    '<!DOCTYPE html>',
    '<!-- saved from url=(0023)https://archive.ph/Ab3dE -->',
    '<html><head><meta charset="utf-8">',
    '<meta property="og:site_name" content="archive.ph">',
    '<meta property="og:url" content="http://archive.ph/Ab3dE">',
    '<meta property="article:published_time" content="2026-04-02T18:40:00Z">',
    '<meta property="og:title" content="Port board approves cable landing at Salalah - Dhofar Courier">',
    '<link rel="bookmark" href="https://archive.ph/2026.04.02-184000/https://www.dhofarcourier.om/business/cable-landing">',
    '<title>Port board approves cable landing at Salalah - Dhofar Courier</title></head><body>',
    '<div id="HEADER"><a href="https://archive.ph/">archive.today</a> webpage capture <span>2 Apr 2026 18:40:00 UTC</span></div>',
    '<div id="CONTENT"><div><a href="https://archive.ph/o/Ab3dE/https://www.dhofarcourier.om/">Dhofar Courier</a></div>',
    '<div><h1>Port board approves cable landing at Salalah</h1>',
    '<div><span style="font-weight:bold">Huda Al-Rawahi</span> | Dhofar Courier<br>',
    '<span>Published: 31 Mar 2026 - 09:10 am</span></div>',
    '<div class="story">',
    para(6),
    '</div></div></div></body></html>',
  ].join('\n');
  it("is the captured paper's, by the page's own Published line and byline, not the archive's nor its capture time", () => {
    const m = page(capture);
    assert.equal(m.outlet, 'Dhofar Courier');
    assert.equal(m.date, '2026-03-31');
    assert.equal(m.title, 'Port board approves cable landing at Salalah');
    assert.deepEqual(m.authors, ['Huda Al-Rawahi']);
  });
  it('unseen-58: The Doha Ledger captured by archive.ph', () => {
    const m = fixtureSource('unseen-58/sources/archive-today-doha-ledger-stargate-mesaieed-signing.html').meta;
    assert.equal(m.outlet, 'The Doha Ledger');
    assert.equal(m.date, '2026-02-26');
    assert.deepEqual(m.authors, ['Sameer Nasser']);
  });
});

describe("a highlighter's export (Readwise's Markdown)", () => {
  const exported = [
    '# Tbilisi grid operator signs 300 MW connection for hillside campus',
    '',
    '![rw-book-cover](https://readwise-assets.s3.amazonaws.com/static/images/article1.5c3d.png)',
    '',
    '## Metadata',
    '- Author: [[Nino Beridze]]',
    '- Full Title: Tbilisi grid operator signs 300 MW connection for hillside campus',
    '- Category: #articles',
    '- Document Tags: [[georgia]] [[grid]]',
    '- URL: https://www.caucasuswire.ge/energy/tbilisi-grid-300mw',
    '- Published Date: 2026-09-08',
    '',
    '## Highlights',
    '- The state grid operator signed a 300-megawatt connection agreement on Monday for the campus above the city. ([View Highlight](https://read.readwise.io/read/01abc))',
    '- The line will cost 140 million lari and is due to be energised in 2028. ([View Highlight](https://read.readwise.io/read/01abd))',
    '    - Note: check against the regulator.',
  ].join('\n');
  it('its properties: the writer out of the wiki link, the published date, the full title; the head is no text', () => {
    const s = source(exported, 'highlights.md');
    assert.deepEqual(s.meta.authors, ['Nino Beridze']);
    assert.equal(s.meta.date, '2026-09-08');
    assert.equal(s.meta.title, 'Tbilisi grid operator signs 300 MW connection for hillside campus');
    assert.ok(!s.sentences.some((x) => /Document Tags|Full Title/.test(x.text)));
  });
  it('unseen-58 and unseen-59: the two Readwise exports', () => {
    const a = fixtureSource('unseen-58/sources/readwise-amman-business-review-stargate-muwaqqar-water.md').meta;
    assert.deepEqual(a.authors, ['Dana Shishani']);
    assert.equal(a.date, '2026-05-19');
    const b = fixtureSource('unseen-59/sources/readwise-bangkok-business-ledger-stargate-bang-pakong-approval.md').meta;
    assert.deepEqual(b.authors, ['Nattapong Chaiyasit']);
    assert.equal(b.date, '2026-03-12');
  });
});

describe('an issue on a code host (GitHub)', () => {
  const issue = [
    '<html><head><meta charset="utf-8">',
    '<meta property="og:site_name" content="GitHub">',
    '<meta property="og:title" content="Lahti campus: cooling load revised to 38 MW · Issue #77 · nordgrid/dc-tracker">',
    '<title>Lahti campus: cooling load revised to 38 MW · Issue #77 · nordgrid/dc-tracker</title></head><body>',
    '<div class="gh-header"><h1><bdi class="js-issue-title">Lahti campus: cooling load revised to 38 MW</bdi> <span>#77</span></h1>',
    '<div class="gh-header-meta"><span class="State">Closed</span>',
    '<a class="author Link--secondary text-bold" href="https://github.com/ekorhonen">ekorhonen</a> opened this issue <relative-time datetime="2026-03-09T22:41:00Z" class="no-wrap">Mar 9, 2026</relative-time> · 2 comments</div></div>',
    '<div class="comment-body markdown-body">',
    para(5),
    '</div>',
    '<div><a class="author" href="https://github.com/mvirtanen">mvirtanen</a> closed this as completed <relative-time datetime="2026-03-12T08:00:00Z">Mar 12, 2026</relative-time></div>',
    '</body></html>',
  ].join('\n');
  it("the opener is its author by handle, the day it was opened its date, the host's ` · Issue #n · owner/repo` no part of its title", () => {
    const m = page(issue);
    assert.equal(m.outlet, 'GitHub');
    assert.equal(m.title, 'Lahti campus: cooling load revised to 38 MW');
    assert.equal(m.date, '2026-03-09');
    assert.deepEqual(m.authors, ['ekorhonen']);
  });
  it('unseen-58: issue #412 on gridwatch-oss/ai-campus-atlas', () => {
    const m = fixtureSource('unseen-58/sources/github-ai-campus-atlas-issue-412-stargate-jhimpir-update.html').meta;
    assert.equal(m.title, 'Stargate Jhimpir (PK): capex revised to $5.4bn, wind PPAs 750 of 900 MW');
    assert.equal(m.date, '2026-08-14');
    assert.deepEqual(m.authors, ['rkhanzada']);
  });
});

describe("a news database's export (ProQuest's)", () => {
  const exported = [
    '____________________________________________________________',
    '',
    'Report Information from ProQuest',
    'March 02 2027 09:15',
    '____________________________________________________________',
    '',
    '',
    'Table of contents',
    '',
    '1. Harbour council backs desalination plant for Gwadar campus',
    '',
    '',
    '____________________________________________________________',
    '',
    'Document 1 of 1',
    '',
    'Harbour council backs desalination plant for Gwadar campus',
    '',
    'Baloch, Sana.  Makran Tribune ; Gwadar [Gwadar]. 14 Dec 2026.',
    '',
    'ProQuest document link',
    '',
    'Full Text',
    '',
    'GWADAR: The port city council on Monday approved a desalination plant of 12,000 cubic metres a day for the planned data centre campus, officials said.',
    '',
    'The plant will cost Rs18 billion and is due to open in 2028, the council said in a statement.',
    '',
    'Credit: Sana Baloch',
    '',
    'Publication title: Makran Tribune; Gwadar',
    '',
    'Publication date: Dec 14, 2026',
  ].join('\n');
  it("the paper, the citation's day (not the export's), the headline and the writer named surname first", () => {
    const s = source(exported, 'proquest.txt');
    assert.equal(s.meta.outlet, 'Makran Tribune');
    assert.equal(s.meta.date, '2026-12-14');
    assert.equal(s.meta.title, 'Harbour council backs desalination plant for Gwadar campus');
    assert.deepEqual(s.meta.authors, ['Sana Baloch']);
    assert.ok(!s.sentences.some((x) => /Report Information|Table of contents/.test(x.text)));
  });
  it('unseen-58: the Indus Herald story', () => {
    const m = fixtureSource('unseen-58/sources/proquest-indus-herald-keenjhar-water-stargate-jhimpir.txt').meta;
    assert.equal(m.outlet, 'Indus Herald');
    assert.equal(m.date, '2026-10-03');
    assert.equal(m.title, 'Sindh clears Keenjhar water for Stargate Jhimpir, at little more than half the request');
    assert.deepEqual(m.authors, ['Zainab Abbasi']);
  });
});

describe('posts on platforms', () => {
  it('a post the platform titles by its poster alone (`…님의 포스트`) has no headline; the poster is its writer', () => {
    const m = page(
      [
        '<html lang="ko"><head><meta charset="utf-8">',
        '<meta property="og:site_name" content="커리어리">',
        '<meta property="og:title" content="박서준님의 포스트 | 커리어리">',
        '<meta property="article:published_time" content="2026-05-11T10:02:00+09:00">',
        '<title>박서준님의 포스트 | 커리어리</title></head><body>',
        '<div class="post"><p>오늘은 저희 공장 이야기를 조금 하겠습니다. 지난주 말레이시아 조호르 데이터센터에 들어갈 배전반 320면을 수주했습니다.</p>',
        '<p>계약 금액은 410억 원이고 납품은 내년 3월부터입니다. 직원 40명을 새로 뽑을 계획입니다.</p>',
        '<p>작은 회사지만 해외 현장에 제품을 보낼 수 있어 뿌듯합니다. 함께 일해 주신 모든 분께 감사드립니다.</p></div>',
        '</body></html>',
      ].join('\n'),
    );
    assert.equal(m.outlet, '커리어리');
    assert.equal(m.title, undefined);
    assert.deepEqual(m.authors, ['박서준']);
  });
  it('unseen-58: the 커리어리 post', () => {
    const m = fixtureSource('unseen-58/sources/careerly-yoon-sungmin-sobaek-enertech-qatar-mesaieed-suju-ko.html').meta;
    assert.equal(m.title, undefined);
    assert.deepEqual(m.authors, ['윤성민']);
  });
  it('a question whose asker withheld the name (`비공개`) has no author', () => {
    const m = page(
      [
        '<html lang="ko"><head><meta charset="utf-8">',
        '<meta property="og:site_name" content="지식iN">',
        '<meta property="og:title" content="당진 냉각설비 회사 사무직 어떤가요?">',
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"당진 냉각설비 회사 사무직 어떤가요?","dateCreated":"2026-03-02T10:00:00+09:00","author":{"@type":"Person","name":"비공개"}}}</script>',
        '<title>당진 냉각설비 회사 사무직 어떤가요? : 지식iN</title></head><body>',
        '<div class="question"><h2>당진 냉각설비 회사 사무직 어떤가요?</h2>',
        '<p>당진 산단에 있는 냉각설비 회사 사무직에 지원하려고 합니다. 요즘 해외 데이터센터 수주로 사람을 많이 뽑는다고 들었습니다.</p>',
        '<p>연봉은 3,600만 원 정도라고 하던데 실제로 어떤지 궁금합니다. 다녀보신 분 계시면 알려주세요.</p></div>',
        '</body></html>',
      ].join('\n'),
    );
    assert.deepEqual(m.authors, []);
  });
  it('unseen-59: the 지식iN question', () => {
    const m = fixtureSource('unseen-59/sources/jisikin-sangju-cheongrim-jeongi-saengsanjik-jilmun-ko.html').meta;
    assert.deepEqual(m.authors, []);
  });
  const velogPost = [
    '<!DOCTYPE html>',
    '<html lang="ko"><head><meta charset="utf-8">',
    '<meta property="og:title" content="냉각수 펌프 제어기 만들기 (2) — Modbus 맵">',
    '<meta property="og:url" content="https://velog.io/@minsu_fw/pump-ctrl-2">',
    '<meta property="article:published_time" content="2026-10-04T16:30:00.000Z">',
    '<title>냉각수 펌프 제어기 만들기 (2) — Modbus 맵</title></head><body>',
    '<div class="sc-header"><a href="https://velog.io/" class="logo">velog</a>',
    '<a href="https://velog.io/@minsu_fw/posts" class="user-logo">minsu_fw.log</a></div>',
    '<div class="head-wrapper"><h1>냉각수 펌프 제어기 만들기 (2) — Modbus 맵</h1>',
    '<div class="information"><span class="username"><a href="https://velog.io/@minsu_fw">minsu_fw</a></span><span class="separator">·</span><span>2026년 10월 5일</span></div></div>',
    '<div class="atom-one"><p>지난 글에 이어 이번에는 펌프 두 대의 이중화와 Modbus 레지스터 맵을 정리한다. 현장에는 CDU 120대가 들어간다.</p>',
    '<p>각 CDU는 펌프 두 대를 번갈아 돌리고, 한 대가 멈추면 3초 안에 다른 한 대가 이어받아야 한다.</p>',
    '<p>레지스터는 모두 64개이고, 그중 12개가 알람이다. 시험은 다음 달 천안 공장에서 한다.</p></div>',
    '<div class="user-profile"><div class="name"><a href="https://velog.io/@minsu_fw">정민수</a></div>',
    '<div class="description">천안에서 펌웨어 만드는 개발자.</div></div>',
    '</body></html>',
  ].join('\n');
  it("a blog platform's post: the platform its logo names, the day its byline shows (Korean time), its writer by the profile card's name", () => {
    const m = page(velogPost);
    assert.equal(m.outlet, 'velog');
    assert.equal(m.date, '2026-10-05');
    assert.deepEqual(m.authors, ['정민수']);
  });
  it('unseen-58: the velog post', () => {
    const m = fixtureSource('unseen-58/sources/velog-jiho-dev-jhimpir-cdu-firmware-gaebalgi-1-ko.html').meta;
    assert.equal(m.outlet, 'velog');
    assert.equal(m.date, '2026-08-03');
    assert.deepEqual(m.authors, ['이지호']);
  });
});

describe("a faxed release as a scan's OCR gives it", () => {
  const fax = (p: number, time: string) =>
    `2026-03-17  ${time}     FROM:익산시청 기업지원과     TO:0632xx4xxx          P.00${p}/002`;
  const doc = [
    '[스캔 문서 OCR 결과 · 원본: 수신팩스_20260317.pdf · 2쪽]',
    '',
    fax(1, '10:02'),
    '',
    '==================== 1쪽 ====================',
    '',
    '                         보  도  자  료',
    '',
    '  함께 웃는 익산, 더 큰 내일',
    '',
    '  배포일시 : 2026. 3. 17.(화) 10:00          보도일시 : 즉시 보도 가능',
    '  담당부서 : 기업지원과          담 당 자 : 김하늘 (063-859-XXXX)',
    '',
    '  익산시, 왕궁모듈러와 210억 원 규모 신공장 투자협약',
    '',
    '□ 익산시는 17일 시청 상황실에서 모듈러 데이터센터 제조기업 왕궁모듈러와 신공장 건립 투자협약을 맺었다고 밝혔다.',
    '',
    '□ 왕궁모듈러는 왕궁면 부지 1만 2,000㎡에 210억 원을 들여 2027년 하반기까지 공장을 짓고 60명을 새로 뽑는다.',
    '',
    fax(2, '10:03'),
    '',
    '==================== 2쪽 ====================',
    '',
    '□ 시는 공장 건립에 필요한 인허가를 신속히 처리하고 지방투자촉진보조금 신청을 지원할 계획이다.',
  ].join('\n');
  it("the fax machine's line and the page markers are no headline; the slogan under the mark neither; the sender's hall is the city", () => {
    const m = text(doc);
    assert.equal(m.title, '익산시, 왕궁모듈러와 210억 원 규모 신공장 투자협약');
    assert.equal(m.outlet, '익산시');
    assert.equal(m.date, '2026-03-17');
  });
  it('unseen-59: the city of Nonsan’s faxed release', () => {
    const m = fixtureSource('unseen-59/sources/fax-ocr-nonsan-si-bodojaryo-baekje-cooling-tujahyeopyak-ko.txt').meta;
    assert.equal(m.title, '논산시, 백제쿨링과 380억 원 규모 연무 3공장 투자협약');
    assert.equal(m.outlet, '논산시');
  });
});

describe('a page read through a machine translation (translated-ltr)', () => {
  const translatedPage = [
    '<!DOCTYPE html>',
    '<html lang="bn" class="translated-ltr"><head><meta charset="utf-8">',
    '<meta property="og:site_name" content="দৈনিক সাগর বার্তা">',
    '<meta property="og:title" content="চট্টগ্রামে নতুন বন্দর টার্মিনাল">',
    '<meta property="article:author" content="নাসরিন আক্তার">',
    '<meta property="article:published_time" content="2026-02-10T08:00:00+06:00">',
    '<title>চট্টগ্রামে নতুন বন্দর টার্মিনাল | দৈনিক সাগর বার্তা</title></head><body>',
    '<main><h1 class="headline">New port terminal in Chattogram</h1>',
    '<div class="byline"><span class="author">Nasrin Akter</span>, <span class="place">Chattogram</span></div>',
    '<div class="article-body">',
    para(5),
    '</div></main>',
    '<footer><p>© Daily Sagar Barta 2026. All rights reserved.</p></footer>',
    '</body></html>',
  ].join('\n');
  it('the byline shown as a name alone is its writer; the footer names the paper, its year no part of the name', () => {
    const m = page(translatedPage);
    assert.deepEqual(m.authors, ['Nasrin Akter']);
    assert.equal(m.outlet, 'Daily Sagar Barta');
  });
  it('unseen-59: the Bengali daily through Google Translate', () => {
    const m = fixtureSource('unseen-59/sources/translate-goog-dainik-padma-barta-stargate-mongla.html').meta;
    assert.deepEqual(m.authors, ['Rafiqul Islam Shuvo']);
    assert.equal(m.outlet, 'Daily Padma Barta');
  });
});

describe('a letter read in a webmail service', () => {
  const mail = [
    '<!DOCTYPE html>',
    '<!-- saved from url=(0050)https://mail.naver.com/v2/read/0/1203?type=read -->',
    '<html lang="ko"><head><meta charset="utf-8">',
    '<meta property="og:site_name" content="네이버 메일">',
    '<meta property="og:title" content="네이버 메일">',
    '<title>[한결써모] 2027년 주주 서한 : 네이버 메일</title></head><body>',
    '<div class="mail_view"><h2 class="mail_title">[한결써모] 2027년 주주 서한</h2>',
    '<dl class="mail_header"><dt>보낸사람</dt><dd>한결써모 홍보팀 &lt;pr@hangyul-thermo.co.kr&gt; <span class="badge">확인된 발신자</span></dd>',
    '<dt>받는사람</dt><dd>mj_k***@naver.com</dd><dt>보낸날짜</dt><dd>2027년 1월 5일 (화) 오전 9:00</dd></dl>',
    '<div class="mail_body"><p>존경하는 주주 여러분, 한결써모 대표이사 문지훈입니다.</p>',
    '<p>지난해 한결써모는 말레이시아 조호르 데이터센터에 냉각장비 310억 원어치를 공급했습니다. 올해는 평택 제2공장을 착공합니다.</p>',
    '<p>제2공장에는 450억 원이 들어가며 직원 80명을 새로 뽑습니다. 주주 여러분의 관심에 감사드립니다.</p>',
    '<p>2027년 1월<br>한결써모 주식회사 대표이사 문지훈 드림</p></div></div>',
    '</body></html>',
  ].join('\n');
  it("is the sender's (the team and address aside), not the mail service's; the letter's signer its writer", () => {
    const m = page(mail);
    assert.equal(m.outlet, '한결써모');
    assert.deepEqual(m.authors, ['문지훈']);
  });
  it('unseen-59: the shareholder letter in 네이버 메일', () => {
    const m = fixtureSource('unseen-59/sources/naver-mail-cheongrim-jeongi-juju-seohan-2026-12-ko.html').meta;
    assert.equal(m.outlet, '청림전기');
    assert.deepEqual(m.authors, ['권태식']);
  });
});

describe("a monitoring service's mail carrying one clipped article", () => {
  const report = [
    '보낸 사람: 뉴스픽 모니터링 <daily@newspick-mon.co.kr>',
    '받는 사람: 한결써모 홍보팀 <pr@hangyul-thermo.co.kr>',
    '날짜: 2026년 4월 3일 (금) 오전 7:30',
    '제목: [뉴스픽] 2026-04-03 한결써모 언론 모니터링 결과 (신규 1건)',
    '',
    '==================================================================',
    ' 뉴스픽 모니터링 | 일일 보고',
    ' 고객사: 한결써모㈜   수집 기간: 2026-04-02 07:00 ~ 2026-04-03 07:00',
    '==================================================================',
    '',
    '------------------------------------------------------------------',
    '[1] 경기남부일보 | 2026.04.03 05:10 | 경제 | 오세린 기자 | 온라인 | 논조: 긍정',
    '------------------------------------------------------------------',
    '',
    '평택 한결써모, 말레이시아 데이터센터에 310억 냉각장비 공급',
    '',
    '평택의 냉각장비 기업 한결써모(대표 문지훈)가 말레이시아 조호르 데이터센터에 칠러와 냉각탑을 공급한다고 2일 밝혔다.',
    '',
    '계약 금액은 310억 원으로 지난해 매출의 40%에 해당한다. 납품은 내년 2월부터다.',
    '',
    '오세린 기자 sr@gyeonggi-south.co.kr',
    '<저작권자 © 경기남부일보, 무단 전재 및 재배포 금지>',
  ].join('\n');
  it("its headline is the clipped article's, not the report's subject", () => {
    const m = text(report);
    assert.equal(m.title, '평택 한결써모, 말레이시아 데이터센터에 310억 냉각장비 공급');
  });
  it('unseen-58: the 클립온 report on 박달써멀', () => {
    const m = fixtureSource(
      'unseen-58/sources/clipon-monitoring-bakdal-thermal-2026-07-09-chungcheong-naeryuk-ilbo-ko.txt',
    ).meta;
    assert.equal(m.title, '제천 박달써멀, 파키스탄 스타게이트에 860억 냉각장비 공급');
  });
});
