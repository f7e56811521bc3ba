// How sources are read, metadata, in the layouts unseen-62 and unseen-63 (promoted in session 42) read wrong before
// meta43: a message kept as it travelled (an .eml, Gmail's "Show original"), a meeting platform's WebVTT note, … Each
// rule is shown on a small document of the same kind written for it, from another sender, and on the real set's
// source. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import { fixtureSource, sentenceTexts, writtenSource } from './metadataTable';

const text = (t: string, name = 'doc.txt') => writtenSource(t, name).meta;

describe('a message kept as it travelled (RFC 822 text)', () => {
  const eml = [
    'Received: from smtp.lakeport-energy.example (smtp.lakeport-energy.example [203.0.113.9])',
    '\tby mx.reader.example with ESMTPS id 8Kq2',
    '\tfor <desk@reader.example>; Tue, 3 Mar 2026 09:12:40 +0100',
    'From: =?UTF-8?Q?Lakeport_Energ=C3=ADa_=E2=80=93_Comunicaci=C3=B3n?= <prensa@lakeport-energia.example>',
    'To: undisclosed-recipients:;',
    'Subject: PRESS RELEASE | Lakeport Energia signs a 120 MW supply deal with the',
    ' Northgate data park',
    'Date: Tue, 3 Mar 2026 09:12:31 +0100',
    'Message-ID: <a1b2c3@lakeport-energia.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1_xyz"',
    '',
    '--b1_xyz',
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: 8bit',
    '',
    'PRESS RELEASE',
    '',
    'Lakeport Energía signs a 120 MW supply deal with the Northgate data',
    'park',
    '',
    'Bilbao, 3 March 2026 - Lakeport Energía Renovables S.A. today signed a contract to supply 120 MW to the',
    'Northgate data park for fifteen years.',
    '',
    '--b1_xyz',
    'Content-Type: text/html; charset="UTF-8"',
    'Content-Transfer-Encoding: base64',
    '',
    'PGh0bWw+PGJvZHk+PHA+TGFrZXBvcnQgRW5lcmfDrWEgc2lnbnMgYSAxMjAgTVcgc3VwcGx5IGRlYWw8L3A+PC9ib2R5PjwvaHRtbD4=',
    '',
    '--b1_xyz--',
  ].join('\n');
  it("is the sender's, named in full as the text names it, headed by its own title, dated by its Date field", () => {
    const s = writtenSource(eml, 'release.eml.txt');
    assert.equal(s.meta.outlet, 'Lakeport Energía Renovables S.A.');
    assert.equal(s.meta.title, 'Lakeport Energía signs a 120 MW supply deal with the Northgate data park');
    assert.equal(s.meta.date, '2026-03-03');
    assert.deepEqual(s.meta.authors, []);
    // (the transport fields and the HTML part are no text of it)
    assert.ok(!sentenceTexts(s).some((t) => /Received|PGh0bWw|Content-Type/.test(t)));
    assert.ok(sentenceTexts(s).some((t) => /supply 120 MW/.test(t)));
  });
  it("keeps the subject where the text's title has its words in another order (unseen-52's forwarded update)", () => {
    const m = fixtureSource('unseen-52/sources/fwd-gkba-kolkheti-digital-stargate-poti-cost-update-2026-09.txt').meta;
    assert.equal(m.title, 'Stargate Poti – project update');
  });
  it('reads the two fixture messages (Outlook .eml, Gmail "Show original")', () => {
    const o = fixtureSource(
      'unseen-62/sources/outlook-eml-mia-press-release-cote-dor-investment-certificate-2026-09-10.txt',
    ).meta;
    assert.equal(o.outlet, 'Mauritius Investment Authority');
    assert.equal(o.title, "Investment Certificate granted to Stargate Côte d'Or Ltd");
    assert.deepEqual(o.authors, []);
    const g = fixtureSource(
      'unseen-63/sources/gmail-original-pacifica-nube-press-release-guanacaste-revision-2026-09-24.txt',
    ).meta;
    assert.equal(g.outlet, 'Pacífica Nube Holdings S.A.');
    assert.equal(g.date, '2026-09-24');
    assert.equal(
      g.title,
      'Stargate Guanacaste: investment revised to US$6.9 billion; water concession and environmental permit granted',
    );
  });
});

describe("a meeting platform's WebVTT note", () => {
  const vtt = [
    'WEBVTT',
    '',
    'NOTE',
    'Zoom cloud recording - audio transcript',
    'Meeting: Harbour Talks #7 - Cooling with seawater',
    'Host: Baltic Ports Forum',
    'Date: 2026-02-11 10:00 (GMT+2)',
    'Meeting ID: 812 1100 4411',
    '',
    '1',
    '00:00:01.000 --> 00:00:06.000',
    'Anna Berg: Welcome to Harbour Talks. Today we look at seawater cooling at the port of Klaipeda.',
  ].join('\n');
  it("is the host body's, headed by the meeting's title without its series label, dated by its Date field", () => {
    const m = text(vtt, 'talk.vtt.txt');
    assert.equal(m.outlet, 'Baltic Ports Forum');
    assert.equal(m.title, 'Cooling with seawater');
    assert.equal(m.date, '2026-02-11');
  });
  it('reads the fixture transcript', () => {
    const m = fixtureSource('unseen-62/sources/zoom-rsif-webinar-stargate-ghoubet-2026-07-09-transcript.txt').meta;
    assert.equal(m.outlet, 'Red Sea Infrastructure Forum');
    assert.equal(m.title, 'Stargate Ghoubet: wind, water and people');
    assert.equal(m.date, '2026-07-09');
  });
});

describe("an exchange's page for an issuer's announcement, kept as text", () => {
  const page = [
    'NAIROBI SECURITIES EXCHANGE',
    'Company Announcements',
    '',
    'Issuer:            KILIMA GRID HOLDINGS PLC',
    'Ticker:            KGH',
    'Market:            Main Investment Market Segment',
    'Announcement type: Material Fact',
    'Published:         04/05/2026 18:10',
    'Document:          KGH_announcement.pdf',
    '-------------------------------------------------------------------',
    '',
    '                     KILIMA GRID HOLDINGS PLC',
    '                (Incorporated in the Republic of Kenya)',
    '',
    '                          MATERIAL FACT',
    '',
    '   Kilima Grid to build a 90 MW substation for the Athi River',
    '   data campus',
    '',
    'The Board of Kilima Grid Holdings PLC announces that on 4 May 2026 the Company signed a contract worth KES 6.1',
    'billion with the developer of the Athi River campus.',
  ].join('\n');
  it("is the issuer's, dated by the page's publication (the reading near the text's day), headed by the document's title", () => {
    const m = text(page, 'announcement.txt');
    assert.equal(m.outlet, 'Kilima Grid Holdings PLC');
    assert.equal(m.date, '2026-05-04');
    assert.equal(m.title, 'Kilima Grid to build a 90 MW substation for the Athi River data campus');
  });
  it('reads the two fixture pages (SEM, BVM)', () => {
    const a = fixtureSource(
      'unseen-62/sources/sem-communique-ile-verte-holdings-stargate-cote-dor-2026-03-12.txt',
    ).meta;
    assert.equal(a.title, "ENTRY INTO A JOINT VENTURE FOR THE STARGATE CÔTE D'OR AI DATA CAMPUS");
    const b = fixtureSource(
      'unseen-63/sources/bvm-issuer-announcement-ldi-material-fact-stargate-maputo-2026-07-10.txt',
    ).meta;
    assert.equal(b.outlet, 'Limpopo Digital Infraestruturas, S.A.');
    assert.equal(b.date, '2026-07-10');
    assert.equal(
      b.title,
      'Signing of the Investment Agreement for the Stargate Maputo data centre campus at the Beluluane Industrial Park',
    );
  });
});

const html = (t: string, name = 'page.html') => writtenSource(t, name).meta;

describe('a thread unrolled by a reader site', () => {
  const page = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<title>Thread by @gridwatch_nl on Thread Reader App – Thread Reader App</title>',
    '<meta property="og:site_name" content="Thread Reader App">',
    '<meta property="og:title" content="Thread by @gridwatch_nl on Thread Reader App">',
    '</head><body>',
    '<header><a class="brand" href="/">Thread Reader App</a></header>',
    '<div class="thread-info">',
    '<a class="author-name" href="https://threadreaderapp.com/user/gridwatch_nl">Maartje de Vries</a>',
    '<span class="screen-name">@gridwatch_nl</span>',
    '<div class="thread-meta"><span class="time">Mar 3, 2026</span> • 6 tweets •',
    '<a href="https://x.com/gridwatch_nl/status/1896001234567890123">Read on X</a></div>',
    '<div class="update-note">Updated by its author on Mar 20, 2026.</div>',
    '</div>',
    '<div class="t-main">',
    '<div class="content-tweet">🧵 The Eemshaven data campus gets its grid connection after all: 300 MW from 2028. What changed. 1/</div>',
    '<div class="content-tweet">TenneT agreed on Monday to a flexible contract for the first 150 MW, the rest in 2029. 2/</div>',
    '</div></body></html>',
  ].join('\n');
  it("is the platform's, by the account holder, dated by its first post, headed by that post without its marks", () => {
    const m = html(page, 'thread.html');
    assert.equal(m.outlet, 'X');
    assert.deepEqual(m.authors, ['Maartje de Vries']);
    assert.equal(m.date, '2026-03-03');
    assert.equal(m.modified, '2026-03-20');
    assert.equal(
      m.title,
      'The Eemshaven data campus gets its grid connection after all: 300 MW from 2028. What changed.',
    );
  });
  it('reads the two fixture unrolls', () => {
    const a = fixtureSource(
      'unseen-62/sources/threadreader-tariq-abdi-stargate-indian-ocean-red-sea-gulf-september-update.html',
    ).meta;
    assert.deepEqual([a.outlet, a.date, a.authors], ['X', '2026-09-18', ['Tariq Abdi']]);
    const b = fixtureSource('unseen-63/sources/threadreader-bkallco-energy-stargate-vlore-300mw-thread.html').meta;
    assert.deepEqual([b.outlet, b.date, b.authors], ['X', '2026-05-22', ['Blerina Kallço']]);
    assert.ok(b.title?.startsWith('Signed in Tirana this afternoon'));
  });
});

describe("an entry saved from a feed reader's view", () => {
  const page = [
    '<!DOCTYPE html>',
    '<!-- saved from url=(0060)https://feedly.com/i/entry/abcDEF123=_18f0:1a2b:3c4d -->',
    '<html lang="en"><head><meta charset="utf-8">',
    '<title>(38) Today – feedly</title>',
    '</head><body>',
    '<nav class="LeftnavList"><a class="LeftnavListRow" href="/i/my">Today <span class="count">38</span></a></nav>',
    '<main class="EntryView"><article class="entry">',
    '<div class="EntryMetadata">',
    '<a class="EntryMetadataSource" href="https://feedly.com/i/subscription/feed/https://portnews.example/feed">Port News Weekly · Energy</a>',
    '<span class="EntryMetadataAuthor">by Jonas Lind</span>',
    '<span class="EntryMetadataAgo" title="published: Mon, 02 Feb 2026 06:30:00 GMT&#10;received: Mon, 02 Feb 2026 06:41:00 GMT">Feb 2</span>',
    '</div>',
    '<h1 class="EntryTitle"><a href="https://portnews.example/2026/02/02/shore-power">Shore power for the ferry quay will cost SEK 240 million</a></h1>',
    '<div class="EntryContent"><p>The port board approved on Monday a shore-power plant for the ferry quay at a cost of SEK 240 million, the',
    'largest single investment of the year.</p><p>Work starts in May and should be finished by the end of 2027, the board said.</p></div>',
    '<div class="EntryFooter">Saved to Read Later on Feb 5, 2026</div>',
    '</article></main></body></html>',
  ].join('\n');
  it("is the feed's site (its category aside), by the entry's author, dated by its publication, headed by the entry", () => {
    const m = html(page, 'entry.html');
    assert.equal(m.outlet, 'Port News Weekly');
    assert.deepEqual(m.authors, ['Jonas Lind']);
    assert.equal(m.date, '2026-02-02');
    assert.equal(m.title, 'Shore power for the ferry quay will cost SEK 240 million');
  });
  it('reads the two fixture entries', () => {
    const a = fixtureSource(
      'unseen-62/sources/feedly-bahrain-business-tribune-stargate-salman-byeolbit-chillers.html',
    ).meta;
    assert.deepEqual([a.outlet, a.date, a.authors], ['Bahrain Business Tribune', '2026-05-29', ['Hana Al-Qassab']]);
    const b = fixtureSource('unseen-63/sources/feedly-read-later-tico-ledger-stargate-guanacaste-480mw.html').meta;
    assert.deepEqual([b.outlet, b.date, b.authors], ['The Tico Ledger', '2026-04-15', ['Daniel Brenes Castro']]);
    assert.ok(b.title?.startsWith('Stargate picks Guanacaste'));
  });
});

describe("a Korean disclosure copied from the exchange's viewer, under its crumbs and the copier's note", () => {
  const doc = [
    'KIND 한국거래소 기업공시채널  >  오늘의 공시  >  공시뷰어',
    '(KIND에서 텍스트로 복사함: 표 서식은 일부 유실될 수 있음)',
    '',
    '한솔전선          유가증권시장          2026.03.18 17:05          [제출인] 한솔전선',
    '',
    '                     단일판매ㆍ공급계약체결',
    '          (베트남 하이퐁 데이터센터 345kV 케이블 공급)',
    '',
    '1. 판매ㆍ공급계약 내용',
    '   베트남 하이퐁 데이터센터 345kV 지중 케이블 공급',
    '2. 계약금액: 21,400,000,000원',
  ].join('\n');
  it("is the company's, dated by the filing, headed by the form's name with its matter in brackets", () => {
    const m = text(doc, 'kind.txt');
    assert.equal(m.outlet, '한솔전선');
    assert.equal(m.date, '2026-03-18');
    assert.equal(m.title, '단일판매ㆍ공급계약체결(베트남 하이퐁 데이터센터 345kV 케이블 공급)');
  });
  it('reads the fixture disclosure', () => {
    const m = fixtureSource(
      'unseen-62/sources/kind-jipyeongseon-electric-tujapandan-jibuti-gube-2026-06-24-ko.txt',
    ).meta;
    assert.equal(m.outlet, '지평선일렉트릭');
    assert.equal(m.title, '투자판단 관련 주요경영사항(지부티 구베 AI 데이터센터 1단계 전력기자재 공급계약 체결)');
  });
});

describe("a site's crumbs over a copy, the copier's note under them", () => {
  const record = [
    '국회회의록 시스템 > 본회의 > 본회의',
    '(회의록 텍스트 저장본 · 발췌: 대정부질문 중 전력망 관련 부분)',
    '',
    '제431회 국회',
    '(임시회)',
    '',
    '본회의회의록',
    '',
    '제 3 호',
    '',
    '일 시  2026년 3월 10일(화)',
    '',
    '○한도윤 의원  장관님, 송전망 건설이 계획보다 3년 늦어지고 있습니다. 대책이 무엇입니까?',
  ].join('\n');
  it('are where the copy comes from: no outlet, no headline', () => {
    const m = text(record, 'record.txt');
    assert.equal(m.outlet, '국회');
    assert.equal(m.date, '2026-03-10');
    assert.ok(!/시스템|발췌/.test(m.title ?? ''));
  });
  it('reads the fixture record', () => {
    const m = fixtureSource('unseen-62/sources/gukhoe-sanjawi-hoeuirok-2026-11-04-haeoe-datacenter-balche-ko.txt').meta;
    assert.equal(m.outlet, '국회');
  });
});

describe("a civil petition's record with its answer (a petition portal's page as text)", () => {
  const page = [
    '국민신문고 > 민원 > 나의 민원 > 민원신청 상세',
    '(https://www.epeople.go.kr/nep/pttn/gnrlPttn/pttnDtls.npaid — 2026-05-02 10:12 화면 복사)',
    '',
    '민원 상세 정보',
    '신청번호          1AA-2604-0112233',
    '신청일            2026-04-14 08:30',
    '처리기관          전라남도 영광군',
    '처리상태          처리완료 (2026-04-24 15:10)',
    '',
    '■ 신청 내용',
    '제목: 해상풍력 접속설비 공사 기간과 주민 보상 기준을 알려 주십시오',
    '',
    '영광읍 주민입니다. 공사가 언제 끝나는지 알고 싶습니다.',
    '',
    '■ 처리 결과 (답변 내용)',
    '1. 공사 기간은 2026년 5월부터 2027년 11월까지 19개월입니다.',
    '답변일: 2026-04-24',
    '답변자: 전라남도 영광군 에너지과 신재생팀 주무관 오세린',
  ].join('\n');
  it("is the answering government's, dated by the answer, headed by the petition's title, by the official who answered", () => {
    const m = text(page, 'petition.txt');
    assert.equal(m.outlet, '영광군');
    assert.equal(m.date, '2026-04-24');
    assert.equal(m.title, '해상풍력 접속설비 공사 기간과 주민 보상 기준을 알려 주십시오');
    assert.deepEqual(m.authors, ['오세린']);
  });
  it('reads the fixture record', () => {
    const m = fixtureSource(
      'unseen-63/sources/epeople-minwon-geochang-wicheon-tujabojogeum-dapbyeon-2026-10-20-ko.txt',
    ).meta;
    assert.deepEqual([m.outlet, m.date, m.authors], ['거창군', '2026-10-20', ['하지민']]);
  });
});

describe('chat exports and copies', () => {
  const discord = [
    '==============================================================',
    'Guild: Grid Nerds NL',
    'Channel: Projects / north-sea',
    'Topic: Offshore wind and the grid. Sources please.',
    'After: 01-Feb-26 12:00 AM',
    '==============================================================',
    '',
    '',
    '[03-Feb-26 09:14 AM] windjammer',
    'TenneT moved the IJmuiden Ver Gamma connection to 2031. Two years late.',
    '',
    '[05-Feb-26 11:40 AM] ohmsweetohm',
    'The budget went from EUR 2.1bn to EUR 2.6bn as well.',
  ].join('\n');
  it("a Discord channel's text export is its guild's, untitled, unsigned, dated by its first message", () => {
    const m = text(discord, 'discord.txt');
    assert.equal(m.outlet, 'Grid Nerds NL');
    assert.equal(m.date, '2026-02-03');
    assert.equal(m.title, undefined);
    assert.deepEqual(m.authors, []);
  });
  const copy = [
    '# Slack #ops-hanoi channel copy (2026-03-02 ~ 2026-03-20) - for the weekly report',
    '# Workspace: Lotus Cable (lotuscable.slack.com)',
    '',
    '#ops-hanoi',
    '',
    'Monday, March 2, 2026',
    '',
    'Minh Tran  9:12 AM',
    'The PO for the Hai Phong campus is in: 42 km of 22 kV cable, USD 6.4 million.',
  ].join('\n');
  it("a copy of a team messenger's channel is its workspace's, untitled", () => {
    const m = text(copy, 'slack-copy.txt');
    assert.equal(m.outlet, 'Lotus Cable');
    assert.equal(m.title, undefined);
  });
  const viewer = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<title>Slack Export - #bids-manila</title>',
    '<meta name="generator" content="slack-export-viewer 1.3.2">',
    '</head><body>',
    '<div id="sidebar"><h3 id="workspace">Pasig Power Systems (pasigpower.slack.com)</h3>',
    '<p class="export-note">Exported 2026-05-30 by the workspace admin</p></div>',
    '<div id="messages"><h2 class="channel-title">#bids-manila</h2>',
    '<div class="day-divider">Tuesday, May 12, 2026</div>',
    '<div class="message"><div class="username">Ana Cruz</div><div class="time">2026-05-12 08:47:12</div>',
    '<div class="msg"><p>We won the switchgear lot for the Manila campus: PHP 640 million, delivery in 2027.</p></div></div>',
    '</div></body></html>',
  ].join('\n');
  it("a channel's page from an export viewer is its workspace's, headed by the channel, dated by its first message", () => {
    const m = html(viewer, 'channel.html');
    assert.equal(m.outlet, 'Pasig Power Systems');
    assert.equal(m.title, '#bids-manila');
    assert.equal(m.date, '2026-05-12');
    assert.deepEqual(m.authors, []);
  });
  it('reads the fixture exports', () => {
    const d = fixtureSource(
      'unseen-63/sources/discord-export-hyperscale-watchers-emerging-markets-sep-oct-2026.txt',
    ).meta;
    assert.deepEqual([d.outlet, d.date, d.title], ['Hyperscale Watchers', '2026-09-24', undefined]);
    const c = fixtureSource('unseen-63/sources/slack-copy-wicheon-prj-maputo-channel-2026-07-28-10-06-ko.txt').meta;
    assert.deepEqual([c.outlet, c.title], ['위천승강기', undefined]);
    const v = fixtureSource(
      'unseen-62/sources/slack-export-viewer-jipyeongseon-haeoeyeongeop-mauritius-2026-09-09-ko.html',
    ).meta;
    assert.deepEqual([v.outlet, v.date, v.title], ['지평선일렉트릭', '2026-09-09', '#해외영업-모리셔스']);
  });
});

describe("a letter in a newsletter service's archive", () => {
  const page = [
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">',
    '<title>[호남 에너지 편지 #12] 신안 해상풍력, 접속 선로 두 번째 지연 | 호남 에너지 편지</title>',
    '<meta property="og:title" content="[호남 에너지 편지 #12] 신안 해상풍력, 접속 선로 두 번째 지연">',
    '<meta property="og:site_name" content="스티비 뉴스레터 아카이브">',
    '</head><body>',
    '<div class="archive-header"><a class="logo" href="https://stibee.com">stibee</a> <span class="newsletter-name">호남 에너지 편지</span></div>',
    '<div class="email-wrap"><table><tr><td>',
    '<p>호남 에너지 편지 · 격주 목요일 발행 · 2026년 4월 9일 · 제12호</p>',
    '<h1>신안 해상풍력, 접속 선로 두 번째 지연</h1>',
    '<p>글 남궁솔 (에디터) · 읽는 데 4분</p>',
    '<p>안녕하세요, 구독자 여러분. 신안 해상풍력의 접속 선로 준공이 2029년 6월로 다시 늦춰졌습니다. 사업비는 1조 2,000억 원으로 늘었습니다.</p>',
    '<p>한전은 지난 3일 변전소 부지 협의가 늦어졌다고 설명했습니다.</p>',
    '</td></tr></table></div></body></html>',
  ].join('\n');
  it("is the newsletter's, not the service's, by its editor's credit beside the reading time", () => {
    const m = html(page, 'letter.html');
    assert.equal(m.outlet, '호남 에너지 편지');
    assert.deepEqual(m.authors, ['남궁솔']);
  });
  it('reads the fixture letter', () => {
    const m = fixtureSource('unseen-62/sources/stibee-gyeongbuk-sandan-letter-41-yeongcheon-stargate-ko.html').meta;
    assert.deepEqual([m.outlet, m.authors], ['경북 산단 레터', ['윤다온']]);
  });
});

describe('a post on a community board', () => {
  const page = [
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">',
    '<title>알뜰구매:주식게시판 - [서해전선] 대만 데이터센터 케이블 152억 공시 (매출 대비 21%)</title>',
    '<meta property="og:site_name" content="알뜰구매">',
    '<meta property="og:title" content="[서해전선] 대만 데이터센터 케이블 152억 공시 (매출 대비 21%)">',
    '</head><body>',
    '<div class="view_head"><font class="view_title2">[서해전선] 대만 데이터센터 케이블 152억 공시 (매출 대비 21%)</font>',
    '<span class="view_name">당진항갈매기</span> <span class="date">2026-03-05 08:12</span></div>',
    '<div class="board-contents"><p>서해전선이 어제 장 마감 후 대만 타오위안 데이터센터에 케이블 152억 원 단일판매 공시를 냈습니다.</p>',
    '<p>작년 매출이 724억 원이라 21% 수준입니다.</p></div>',
    '<div class="comment_wrap"><span class="nick">서산개미</span> 좋네요</div>',
    '</body></html>',
  ].join('\n');
  it("is signed by its poster's nickname, not a commenter's, its title kept with the poster's tag in brackets", () => {
    const m = html(page, 'post.html');
    assert.deepEqual(m.authors, ['당진항갈매기']);
    assert.equal(m.title, '[서해전선] 대만 데이터센터 케이블 152억 공시 (매출 대비 21%)');
  });
  it('reads the fixture posts', () => {
    const a = fixtureSource('unseen-62/sources/naver-cafe-yeongcheon-byeolbit-cooling-bahrain-suju-ko.html').meta;
    assert.deepEqual(a.authors, ['금호강산책러']);
    const b = fixtureSource('unseen-63/sources/ppomppu-stock-forum-hambaek-vlore-busway-gongsi-ko.html').meta;
    assert.deepEqual(b.authors, ['장성역이층버스']);
    assert.equal(b.title, '[함백정공] 알바니아 스타게이트 버스덕트 286억 단일판매 공시 떴네요 (매출 대비 38%)');
  });
});

describe("a paper's print view, titled by the paper's name alone", () => {
  const page = [
    '<!DOCTYPE html><html lang="ko"><head><meta charset="UTF-8">',
    '<title>동해안신문</title>',
    '</head><body onload="window.print()">',
    '<div class="print-logo"><img src="./logo.png" alt="동해안신문 — 강릉·동해·삼척"></div>',
    '<div class="print-header"><h1 class="print-title">삼척 수소 클러스터, 1단계 부지 48만㎡ 확정</h1>',
    '<ul class="print-info"><li>오하람 기자</li><li>승인 2026.05.11 16:05</li><li>수정 2026.05.12 08:30</li></ul></div>',
    '<div class="print-body"><p>삼척시가 수소 클러스터 1단계 부지 48만㎡를 확정했다고 11일 밝혔다. 사업비는 2,300억 원이다.</p>',
    '<p>시는 2028년까지 기반 시설을 마무리할 계획이다.</p></div>',
    '<div class="print-copyright">&lt;저작권자 © 동해안신문 무단전재 및 재배포 금지&gt;</div>',
    '</body></html>',
  ].join('\n');
  it("is the paper's, headed by the story's <h1>, dated by its 승인 line", () => {
    const m = html(page, 'print.html');
    assert.equal(m.outlet, '동해안신문');
    assert.equal(m.title, '삼척 수소 클러스터, 1단계 부지 48만㎡ 확정');
    assert.equal(m.date, '2026-05-11');
  });
  it('reads the fixture print view', () => {
    const m = fixtureSource('unseen-63/sources/gowon-ilbo-print-view-hambaek-guanacaste-pdu-2gongjang-ko.html').meta;
    assert.deepEqual(
      [m.outlet, m.date, m.title],
      ['고원일보', '2026-08-24', '함백정공, 코스타리카 스타게이트에 197억 원 배전장치 수주'],
    );
  });
});

describe("a job posting dated by its application period's start", () => {
  const page = [
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">',
    '<title>(주)남해전기 채용 - 베트남 데이터센터 현장 전기기사 경력 채용 | 구인마당</title>',
    '<meta property="og:site_name" content="구인마당">',
    '<meta property="og:title" content="베트남 데이터센터 현장 전기기사 경력 채용">',
    '</head><body>',
    '<h1>베트남 데이터센터 현장 전기기사 경력 채용</h1>',
    '<div class="content"><p>(주)남해전기는 베트남 하이퐁 데이터센터 현장에 파견할 전기기사 12명을 채용합니다. 연봉은 4,800만 원부터입니다.</p>',
    '<p>근무 기간은 2026년 6월부터 18개월입니다.</p></div>',
    '<dl><dt>접수기간</dt><dd>시작일 2026.04.20 09:00 · 마감일 2026.05.10 18:00</dd></dl>',
    '</body></html>',
  ].join('\n');
  it('is dated by the day its application period starts', () => {
    assert.equal(html(page, 'job.html').date, '2026-04-20');
  });
  it('reads the fixture posting', () => {
    assert.equal(
      fixtureSource('unseen-63/sources/saramin-wicheon-lift-maputo-project-chaeyong-2026-08-ko.html').meta.date,
      '2026-08-10',
    );
  });
});
