// How sources are read, metadata, in the layouts unseen-60 and unseen-61 (promoted in session 41) read wrong before
// meta42: a news feed's item saved as text (RSS or Atom), a Telegram Desktop export of a channel, a wire terminal's
// story under its transmission head (a correction, an update). Each rule is shown on a small document of the same
// kind written for it, from another outlet, and on the real set's source. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import { fixtureSource, sentenceTexts, writtenSource } from './metadataTable';

const text = (t: string, name = 'doc.txt') => writtenSource(t, name).meta;

describe("a news feed's item saved as text", () => {
  const rss = [
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
    '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
    '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
    '\t>',
    '<channel>',
    '\t<title>Harbour Ledger &#8211; Energy</title>',
    '\t<link>https://harbourledger.example</link>',
    '\t<description>Ports, power and money</description>',
    '\t<lastBuildDate>Mon, 02 Mar 2026 09:00:00 +0000</lastBuildDate>',
    '\t<item>',
    '\t\t<title>Grid operator approves 400 MW link to the port&#8217;s data park</title>',
    '\t\t<link>https://harbourledger.example/2026/02/27/grid-link/</link>',
    '\t\t<dc:creator><![CDATA[Ines Okafor]]></dc:creator>',
    '\t\t<pubDate>Fri, 27 Feb 2026 16:40:00 +0000</pubDate>',
    '\t\t<category><![CDATA[Energy]]></category>',
    '\t\t<description><![CDATA[The regulator cleared the line on Friday.]]></description>',
    '\t\t<content:encoded><![CDATA[<p>The grid operator on Friday approved a 400 MW link to the data park, at a cost of',
    '$310 million.</p>]]></content:encoded>',
    '\t</item>',
    '</channel>',
    '</rss>',
  ].join('\n');
  it("is the feed's site (its category aside), headed and signed and dated by the item's elements", () => {
    const m = text(rss, 'feed-item.txt');
    assert.equal(m.outlet, 'Harbour Ledger');
    assert.equal(m.title, 'Grid operator approves 400 MW link to the port’s data park');
    assert.deepEqual(m.authors, ['Ines Okafor']);
    assert.equal(m.date, '2026-02-27');
  });
  const atom = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- saved from https://valleypost.example/feed/atom/ -->',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title type="text">Valley Post » Business</title>',
    '  <updated>2026-05-20T08:00:00Z</updated>',
    '  <entry>',
    '    <author><name>Tomas Lindqvist</name></author>',
    '    <title type="html"><![CDATA[Cable maker wins second data-centre order]]></title>',
    '    <updated>2026-05-19T10:00:00Z</updated>',
    '    <published>2026-05-17T07:30:00Z</published>',
    '    <content type="html">&lt;p&gt;The company said on Sunday the order is worth $42 million.&lt;/p&gt;</content>',
    '  </entry>',
    '</feed>',
  ].join('\n');
  it("an Atom entry: dated by its <published>, its later <updated> its update, not the feed's", () => {
    const m = text(atom, 'entry.txt');
    assert.equal(m.outlet, 'Valley Post');
    assert.equal(m.title, 'Cable maker wins second data-centre order');
    assert.deepEqual(m.authors, ['Tomas Lindqvist']);
    assert.equal(m.date, '2026-05-17');
    assert.equal(m.modified, '2026-05-19');
  });
  it('unseen-60: the Tunis Business Digest entry; unseen-61: the Ecuador Pacific Report item', () => {
    const a = fixtureSource('unseen-60/sources/atom-feed-tunis-business-digest-stargate-enfidha-entry.txt').meta;
    assert.equal(a.outlet, 'Tunis Business Digest');
    assert.equal(a.title, 'Stargate signs for 320 MW Enfidha campus; Korean switchgear maker wins first package');
    assert.deepEqual(a.authors, ['Mehdi Karoui']);
    assert.equal(a.date, '2026-06-09');
    assert.equal(a.modified, '2026-06-11');
    const r = fixtureSource('unseen-61/sources/rss-ecuador-pacific-report-stargate-manta-zede-feed-item.txt').meta;
    assert.equal(r.outlet, 'Ecuador Pacific Report');
    assert.deepEqual(r.authors, ['Andrés Vera Macías']);
    assert.equal(r.date, '2026-06-10');
  });
});

describe('a Telegram Desktop export of a channel', () => {
  const post = (id: number, instant: string, body: string, signature?: string) =>
    [
      `     <div class="message default clearfix" id="message${id}">`,
      '      <div class="body">',
      `       <div class="pull_right date details" title="${instant} UTC+02:00">`,
      instant.slice(11, 16),
      '       </div>',
      '       <div class="from_name">',
      'Nile Grid Notes',
      '       </div>',
      '       <div class="text">',
      body,
      '       </div>',
      ...(signature ? ['       <div class="signature details">', signature, '       </div>'] : []),
      '      </div>',
      '     </div>',
    ].join('\n');
  const page = (signature?: string) =>
    [
      '<!DOCTYPE html>',
      '<html>',
      ' <head>',
      '  <meta charset="utf-8"/>',
      '<title>Exported Data</title>',
      ' </head>',
      ' <body>',
      '  <div class="page_wrap">',
      '   <div class="page_header">',
      '    <div class="content">',
      '     <div class="text bold">',
      'Nile Grid Notes',
      '     </div>',
      '    </div>',
      '   </div>',
      '   <div class="page_body chat_page">',
      '    <div class="history">',
      post(
        101,
        '03.02.2026 09:12:40',
        'Egypt’s grid operator approved a 300 MW connection for the Sokhna campus.',
        signature,
      ),
      post(
        102,
        '11.03.2026 17:05:02',
        'The developer put the first phase at 120 MW, due in 2028, and the cost at $2.1 billion.',
        signature,
      ),
      '    </div>',
      '   </div>',
      '  </div>',
      ' </body>',
      '</html>',
    ].join('\n');
  it("is the channel's, dated by its latest message, with no headline; signed by the signature under its posts", () => {
    const m = text(page('Omar Haddad'), 'messages.html');
    assert.equal(m.outlet, 'Nile Grid Notes');
    assert.equal(m.date, '2026-03-11');
    assert.equal(m.title, undefined);
    assert.deepEqual(m.authors, ['Omar Haddad']);
  });
  it('a channel that signs no post has no author', () => {
    assert.deepEqual(text(page(), 'messages.html').authors, []);
  });
  it('unseen-60: Africa & Gulf DC Watch; unseen-61: 전북 스몰캡 메모', () => {
    const a = fixtureSource('unseen-60/sources/telegram-export-africa-gulf-dc-watch-jul-oct-2026.html').meta;
    assert.equal(a.outlet, 'Africa & Gulf DC Watch');
    assert.equal(a.date, '2026-10-19');
    assert.equal(a.title, undefined);
    assert.deepEqual(a.authors, ['Rania Khoury']);
    const b = fixtureSource('unseen-61/sources/telegram-export-jeonbuk-smallcap-memo-2026-10-22-ko.html').meta;
    assert.equal(b.outlet, '전북 스몰캡 메모');
    assert.equal(b.date, '2026-10-22');
    assert.equal(b.title, undefined);
  });
});

describe("a wire terminal's story under its transmission head", () => {
  const story = (tag: string, note: string) =>
    [
      'KWS  06/11/2026 07:15 GMT  [KWS-ENG]  ENE TEC KE',
      'PRIORITY: 2   WORDS: 412   ID: nKWS0611b7',
      'SLUG: KENYA-DATACENTRE/NAIVASHA (CORRECTED)',
      '',
      `${tag}Geothermal campus near Naivasha gets 250 MW grid approval`,
      '',
      note,
      '',
      'By Wanjiru Mwangi',
      '',
      "NAIROBI, Nov 5 (Kilima Wire) - Kenya's energy regulator approved a 250",
      'megawatt grid connection for a data-centre campus near Naivasha on Thursday,',
      'its developer said, clearing the way for construction to start in 2027.',
      '',
      'The campus will cost about $1.9 billion over two phases, the developer said.',
    ].join('\n');
  it('a correction: headed by its story, dated by its dateline in the year sent, the sending its update', () => {
    const m = text(story('CORRECTED-', '(Corrects cost in paragraph 2; no other changes)'), 'kws.txt');
    assert.equal(m.title, 'Geothermal campus near Naivasha gets 250 MW grid approval');
    assert.equal(m.date, '2026-11-05');
    assert.equal(m.modified, '2026-11-06');
    assert.equal(m.outlet, 'Kilima Wire');
  });
  it('a new version (UPDATE 1-): issued as saved the day it was sent', () => {
    const m = text(story('UPDATE 1-', '(Adds comment from the developer in paragraph 3)'), 'kws.txt');
    assert.equal(m.date, '2026-11-06');
  });
  it("a service's line with the story's number names the service in full", () => {
    const m = text(
      [
        'KILIMA WIRE SERVICE                                      Story KW-20261105-0112 (CORRECTED)',
        'Transmitted: 06-Nov-2026 07:15 GMT',
        'Topics: KEN ENRG DATACTR',
        'Priority: 3 (Regular)          Words: 412',
        '',
        'CORRECTED-Geothermal campus near Naivasha gets 250 MW grid approval',
        '',
        'By Wanjiru Mwangi',
        '',
        "NAIROBI, Nov 5 (Kilima) - Kenya's energy regulator approved a 250 megawatt grid connection for a data-centre",
        'campus near Naivasha on Thursday, its developer said, clearing the way for construction to start in 2027.',
      ].join('\n'),
      'kw.txt',
    );
    assert.equal(m.outlet, 'Kilima Wire Service');
    assert.equal(m.title, 'Geothermal campus near Naivasha gets 250 MW grid approval');
    assert.equal(m.date, '2026-11-05');
  });
  it("a form's field named as a wire's is the form's text where no wire head stands over it (unseen-meta27)", () => {
    const s = fixtureSource('unseen-meta27/mfipr-operation-summary-belchatow-skills-centre.txt');
    assert.ok(sentenceTexts(s).some((t) => t.includes('Lodzkie region')));
  });
  it('unseen-60: the Sahel Newswire correction; unseen-61: the Lantern Wire Service update', () => {
    const a = fixtureSource('unseen-60/sources/sahel-newswire-corrected-stargate-sendou-bargny-600mw.txt').meta;
    assert.equal(a.title, "Stargate picks Senegal's Sendou coast for 600 MW AI campus, first in West Africa");
    assert.equal(a.date, '2026-03-18');
    assert.equal(a.modified, '2026-03-19');
    const b = fixtureSource('unseen-61/sources/lantern-wire-corrected-stargate-hetauda-cost-rises-2026-10-22.txt').meta;
    assert.equal(b.outlet, 'Lantern Wire Service');
    assert.equal(b.title, "Nepal's Stargate Hetauda data centre cost rises to $2.9 bln as power line added to budget");
    assert.equal(b.date, '2026-10-22');
  });
});

describe("a meeting platform's transcript (WebVTT, its note's fields)", () => {
  const vtt = (organiser: string) =>
    [
      'WEBVTT',
      '',
      'NOTE',
      'Meeting: ATC Briefing | Cold chains and cooling: what the new campus needs from suppliers',
      `Organizer: ${organiser}`,
      'Recorded: 9 September 2026, 14:00 (Lima), Microsoft Teams',
      'Transcript downloaded 10 September 2026. Automatically generated.',
      '',
      '3a9f0c1e-0001/10-0',
      '00:00:03.100 --> 00:00:11.400',
      '<v Lucía Paredes>Good afternoon and welcome. Today we talk about the 240 MW campus and its cooling.</v>',
      '',
      '3a9f0c1e-0001/18-0',
      '00:00:11.900 --> 00:00:20.050',
      '<v Marco Ibáñez>Thank you. The first phase is 80 MW, and the cooling order goes out in March.</v>',
      '',
      '3a9f0c1e-0001/25-0',
      '00:00:20.600 --> 00:00:29.700',
      '<v Lucía Paredes>And the local content rule asks for 30 percent of the equipment from Peru.</v>',
    ].join('\n');
  it("is the organising body's, headed by the meeting's title without its session label, dated by its recording", () => {
    const m = text(vtt('Andean Trade Council (events@atc.example)'), 'transcript.txt');
    assert.equal(m.outlet, 'Andean Trade Council');
    assert.equal(m.title, 'Cold chains and cooling: what the new campus needs from suppliers');
    assert.equal(m.date, '2026-09-09');
    assert.deepEqual(m.authors, []);
  });
  it('unseen-61: the LKBC webinar', () => {
    const m = fixtureSource(
      'unseen-61/sources/teams-transcript-lkbc-webinar-jeongeup-to-ventspils-2026-06-18.txt',
    ).meta;
    assert.equal(m.outlet, 'Latvian-Korean Business Chamber');
    assert.equal(m.title, "From Jeongeup to Ventspils: Korean suppliers for Stargate's Baltic campus");
    assert.equal(m.date, '2026-06-18');
  });
});

describe('a post on a platform that hosts channels (네이버 포스트)', () => {
  const post = (opening: string, sign: string) =>
    [
      '<!DOCTYPE html>',
      '<html lang="ko"><head><meta charset="utf-8">',
      '<title>영암 조선소 옆 변압기 공장, 사우디로 가다 : 네이버 포스트</title>',
      '<meta property="og:title" content="영암 조선소 옆 변압기 공장, 사우디로 가다">',
      '<meta property="og:site_name" content="네이버 포스트">',
      '<meta property="og:type" content="article">',
      '<meta property="naverblog:nickname" content="서남권 산업일지">',
      '</head><body>',
      '<div class="se_viewer">',
      '  <h3 class="se_textarea">영암 조선소 옆 변압기 공장, 사우디로 가다</h3>',
      '  <div class="se_author"><a href="#" class="writer">서남권 산업일지</a> <span class="date">2026.09.02. 08:10</span></div>',
      '  <div class="se_component se_text">',
      `<p>${opening} 이번 편은 영암 대불산단의 변압기 업체 이야기입니다.</p>`,
      '<p>이 회사는 8월 28일 사우디 데이터센터 캠퍼스에 변압기 42대를 공급하는 계약을 맺었다고 공시했습니다. 계약금액은 286억 원으로 지난해 매출의 38%에 해당합니다.</p>',
      '<p>공장은 내년 3월부터 출하를 시작해 2028년 상반기까지 나눠 보낼 계획입니다.</p>',
      sign ? `<p class="se_sign">${sign}</p>` : '',
      '  </div>',
      '</div>',
      '</body></html>',
    ].join('\n');
  it("is the channel's its markup names, signed by the credit for its words and pictures", () => {
    const m = text(post('안녕하세요, 서남권 산업일지입니다.', '글·사진: 오하린 (서남권 산업일지 에디터)'), 'post.html');
    assert.equal(m.outlet, '서남권 산업일지');
    assert.deepEqual(m.authors, ['오하린']);
  });
  it("…or by the writer who greets its readers as the channel's, not by a greeting that names the channel alone", () => {
    assert.deepEqual(text(post('안녕하세요, 서남권 산업일지의 오하린입니다.', ''), 'post.html').authors, ['오하린']);
    assert.deepEqual(text(post('안녕하세요, 서남권 산업일지입니다.', ''), 'post.html').authors, []);
    assert.deepEqual(text(post('안녕하세요, 서남권 산업일지의 에디터입니다.', ''), 'post.html').authors, []);
  });
  it('unseen-60: 에너지밸리 리포트 (표지은); unseen-61: 전북산업노트 (임재희)', () => {
    const a = fixtureSource('unseen-60/sources/naver-post-energyvalley-report-bitgaram-electric-enfidha-ko.html').meta;
    assert.equal(a.outlet, '에너지밸리 리포트');
    assert.deepEqual(a.authors, ['표지은']);
    const b = fixtureSource(
      'unseen-61/sources/naver-post-jeonbuk-saneop-note-jeongeup-namwon-stargate-suju-ko.html',
    ).meta;
    assert.equal(b.outlet, '전북산업노트');
    assert.deepEqual(b.authors, ['임재희']);
  });
});

describe('a web clip exported from Evernote', () => {
  const clip = [
    '<!DOCTYPE html>',
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>',
    '<meta name="exporter-version" content="Evernote Mac 10.98.3 (471230)"/>',
    '<meta name="author" content="Priya Raman"/>',
    '<meta name="created" content="2026-09-14 10:02:11 +0000"/>',
    '<meta name="source-application" content="webclipper.evernote"/>',
    '<meta name="source-url" content="https://www.baltichorizon.example/2026/08/30/cable-order/"/>',
    '<title>Estonian cable maker wins order for Narva data campus | Baltic Horizon</title></head><body>',
    '<div>',
    '<h1>Estonian cable maker wins order for Narva data campus</h1>',
    '<div>By <b>Kadri Tamm</b>, Business Correspondent · Published August 30, 2026</div>',
    '<p>An Estonian cable maker has won a EUR 38 million order to supply medium-voltage cable for the first phase of',
    'a 250 MW data campus near Narva, the company said on Friday.</p>',
    '<p>The first phase, of 90 MW, is due in 2028, and the order runs until the end of 2027, it said.</p>',
    '<p>The company employs 410 people at its plant in Keila and exports most of what it makes to the Nordic countries.</p>',
    '</div>',
    '</body></html>',
  ].join('\n');
  it("is signed by the clipped article's byline, not by the note's owner in the export's author tag", () => {
    const m = text(clip, 'clip.html');
    assert.deepEqual(m.authors, ['Kadri Tamm']);
  });
  it('unseen-60: Kuwait Daily Record (Yousef Al-Rashidi); unseen-61: Riga Observer (Anete Krūmiņa)', () => {
    const a = fixtureSource('unseen-60/sources/evernote-kuwait-daily-record-stargate-shagaya-900mw.html').meta;
    assert.deepEqual(a.authors, ['Yousef Al-Rashidi']);
    const b = fixtureSource('unseen-61/sources/evernote-riga-observer-stargate-ventspils-freeport-signing.html').meta;
    assert.deepEqual(b.authors, ['Anete Krūmiņa']);
  });
});

describe("a Korean listed company's periodic report under a copier's note of two lines", () => {
  const report = [
    '※ DART 전자공시시스템에서 복사함 (2026.11.20). 표는 뷰어 모양대로 옮겼고, 본문 중',
    '   「II. 사업의 내용」 일부만 발췌함.',
    '',
    '                                   분 기 보 고 서',
    '',
    '                                     (제 15 기 3분기)',
    '',
    '   금융위원회',
    '   한국거래소 귀중                                          2026년 11월 14일',
    '',
    '   회      사      명 :                주식회사 서해케이블',
    '   대   표   이   사 :                오 민 석',
    '',
    'II. 사업의 내용',
    '',
    '  당사는 2026년 9월 8일 데이터센터용 초고압 케이블 공급계약을 체결하였습니다(계약금액 41,200백만원).',
  ].join('\n');
  it("is the company's, dated by the day it was submitted, not by the period's end", () => {
    const m = text(report, 'report.txt');
    assert.equal(m.outlet, '서해케이블');
    assert.equal(m.date, '2026-11-14');
    assert.equal(m.title, '분기보고서 (제 15 기 3분기)');
  });
  it('unseen-61: 동진파워텍 반기보고서', () => {
    const m = fixtureSource('unseen-61/sources/dart-dongjin-powertech-bangi-bogoseo-2026-06-balche-ko.txt').meta;
    assert.equal(m.outlet, '동진파워텍');
    assert.equal(m.date, '2026-08-13');
  });
});

describe("a team messenger's topic exported as text", () => {
  const chat = [
    'JANDI 토픽 대화 내보내기',
    '팀: 한울케이블',
    '토픽: [구매] 베트남 박닌 변압기 납기',
    '참여 멤버: 오세훈, 진하나, 류민재',
    '내보낸 사람: 진하나',
    '내보낸 날짜: 2026-11-03 17:20',
    '기간: 2026-10-28 ~ 2026-11-02',
    '==================================================',
    '',
    '2026년 10월 28일 (수)',
    '',
    '[오전 9:12] 오세훈',
    '박닌 1단계 변압기 납기가 3주 당겨졌습니다. 12월 둘째 주까지 24대 출하해야 합니다.',
    '',
    '[오전 9:20] 진하나',
    '계약금액은 그대로 USD 6,400,000입니다.',
  ].join('\n');
  it("is the team's, headed by its topic (the tag aside), dated by the period's last day, with no author", () => {
    const m = text(chat, 'export.txt');
    assert.equal(m.outlet, '한울케이블');
    assert.equal(m.title, '베트남 박닌 변압기 납기');
    assert.equal(m.date, '2026-11-02');
    assert.deepEqual(m.authors, []);
  });
  it('unseen-60: 빛가람일렉트릭 세네갈 센두 RMU', () => {
    const m = fixtureSource(
      'unseen-60/sources/jandi-bitgaram-haeoeyeongeop-sendou-rmu-topic-export-2026-09-22-ko.txt',
    ).meta;
    assert.equal(m.outlet, '빛가람일렉트릭');
    assert.equal(m.title, '세네갈 센두 RMU');
    // (its fields in Korean stay text: without them its quoted English mail made it read as half English)
    assert.deepEqual(m.languages, ['ko']);
  });
});

describe('an article saved from a feed reader, a public record page, a research paper by its cover', () => {
  it("a feed reader's page is the feed's site, not the reader's", () => {
    const page = [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8">',
      '<title>Port authority approves cable landing for data park - Inoreader</title></head>',
      '<body><div id="reader_pane">',
      '<div id="top_bar"><a class="ino_logo" href="https://www.inoreader.com/">Inoreader</a></div>',
      '<div class="article_header">',
      '<div class="article_feed_title"><a href="https://www.coastherald.example/rss">Coast Herald - Business</a></div>',
      '<h1 class="article_title">Port authority approves cable landing for data park</h1>',
      '<div class="article_author">By Mara Quist</div>',
      '</div>',
      '<div class="article_content">',
      '<p>The port authority on Tuesday approved a landing site for a subsea cable serving the planned data park.</p>',
      '<p>The cable will carry 24 fibre pairs and is due to land in 2028, the authority said.</p>',
      '<p>The data park is planned at 150 MW in two phases, its developer said in a statement.</p>',
      '</div></div></body></html>',
    ].join('\n');
    assert.equal(text(page, 'reader.html').outlet, 'Coast Herald');
  });
  it("a disclosure portal's record page is the disclosing government's, headed by the project's name", () => {
    const page = [
      '<!DOCTYPE html>',
      '<html lang="ko"><head><meta charset="UTF-8">',
      '<title>보조사업 공시 상세 | 지방보조금 | 지방재정365</title></head>',
      '<body><h1 class="logo"><a href="/">지방재정365</a></h1>',
      '<h2 class="tit">보조사업 공시 상세</h2>',
      '<table>',
      '<tr><th>회계연도</th><td>2026</td><th>공시일</th><td>2026-11-09</td></tr>',
      '<tr><th>자치단체</th><td>전라남도 영암군</td><th>담당부서</th><td>투자유치과</td></tr>',
      '<tr><th>사업명</th><td colspan="3">기업투자촉진 보조금 지원 (㈜대불변압기 제3공장)</td></tr>',
      '</table>',
      '<div class="cont"><p>○ 보조금 교부결정액 2,400백만원 (도비 960, 군비 1,440), 신규 고용 55명.</p>',
      '<p>○ 총사업비 18,000백만원, 2027년 12월 준공 예정.</p></div>',
      '</body></html>',
    ].join('\n');
    const m = text(page, 'record.html');
    assert.equal(m.outlet, '영암군');
    assert.equal(m.title, '기업투자촉진 보조금 지원 (㈜대불변압기 제3공장)');
  });
  it("a research house's paper is its house's, signed by the names on its cover", () => {
    const paper = [
      '                    MERIDIAN GRID RESEARCH',
      '                  Working Paper No. 9',
      '',
      '     Stargate Lisbon and Iberian Cables: who pays for',
      '          the interconnector',
      '',
      '              Ana Ribeiro and Tomas Varga',
      '',
      '                       3 November 2026',
      '',
      '',
      'Summary',
      '',
      'The campus needs a 400 kV connection of 38 km that the grid operator has not budgeted; the developer has offered',
      'to pay EUR 120 million of its EUR 310 million cost, Meridian Grid Research estimates.',
    ].join('\n');
    const m = text(paper, 'paper.txt');
    assert.equal(m.outlet, 'Meridian Grid Research');
    assert.deepEqual(m.authors, ['Ana Ribeiro', 'Tomas Varga']);
  });
  it('unseen-60: 낙동일보 via Inoreader, 밀양시 on 지방재정365, the Corniche Analytics note', () => {
    const a = fixtureSource('unseen-60/sources/inoreader-nakdong-ilbo-milseong-cooltech-shagaya-sendou-ko.html').meta;
    assert.equal(a.outlet, '낙동일보');
    const b = fixtureSource(
      'unseen-60/sources/lofin-jibangbojogeum-gongsi-miryang-eungcheon-2gongjang-2026-10-02-ko.html',
    ).meta;
    assert.equal(b.outlet, '밀양시');
    assert.equal(b.title, '기업투자촉진 보조금 지원 (㈜응천중공업 사포 제2공장)');
    assert.equal(b.date, '2026-10-02');
    const c = fixtureSource(
      'unseen-60/sources/pdftotext-corniche-analytics-infra-notes-14-stargate-sendou-enfidha-shagaya.txt',
    ).meta;
    assert.equal(c.outlet, 'Corniche Analytics');
    assert.deepEqual(c.authors, ['Youssef Trabelsi', 'Hannah Mbaye']);
  });
});

describe("a lender's project disclosure page", () => {
  const page = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="UTF-8">',
    '<title>Project Information &amp; Data Portal | NDIB Disclosures</title>',
    '<meta property="og:site_name" content="NDIB Disclosures">',
    '<meta property="og:title" content="Kavango Solar and Storage Park">',
    '</head><body>',
    '<header><a class="logo" href="https://www.ndib.example/">NDIB</a></header>',
    '<main>',
    '<h1 class="project-title">Kavango Solar and Storage Park</h1>',
    '<table class="project-facts">',
    '<tr><th>Project Number</th><td>51207</td></tr>',
    '<tr><th>Country</th><td>Namibia</td></tr>',
    '<tr><th>Date ESRS Disclosed</th><td>Jul 14, 2026</td></tr>',
    '<tr><th>Status</th><td>Pending Approval</td></tr>',
    '<tr><th>Last Updated</th><td>Aug 3, 2026</td></tr>',
    '</table>',
    '<h2>Project Description</h2>',
    '<p>The project company is building a 180 MW solar park with 90 MW of battery storage near Rundu, to supply a planned',
    'data-centre campus and the national grid. The total project cost is estimated at USD 410 million.</p>',
    '<p>NDIB is considering a loan of up to USD 120 million.</p>',
    '</main>',
    '<footer><p>© 2026 Namib Development and Infrastructure Bank. All rights reserved.</p></footer>',
    '</body></html>',
  ].join('\n');
  it("is the lender's, named in full as its copyright writes the initials its site goes by; no row's label signs it", () => {
    const m = text(page, 'esrs.html');
    assert.equal(m.outlet, 'Namib Development and Infrastructure Bank');
    assert.equal(m.title, 'Kavango Solar and Storage Park');
    assert.equal(m.date, '2026-07-14');
    assert.deepEqual(m.authors, []);
  });
  it('unseen-61: the APIF ESRS page of Stargate Hetauda', () => {
    const m = fixtureSource('unseen-61/sources/apif-esrs-48211-stargate-hetauda-data-campus.html').meta;
    assert.equal(m.outlet, 'Asia Pacific Infrastructure Finance Corporation');
    assert.deepEqual(m.authors, []);
  });
});
