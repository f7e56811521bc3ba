// How sources are read, metadata, in the layouts unseen-68 and unseen-69 (promoted in session 45) read wrong before
// meta47: a channel's web preview on a platform of channels, an official account's article saved in translation, a
// webmail's print view of a message, an event's programme on a platform of programmes, a preprint's HTML view, board
// posts (a kind tag, a board's name after the headline, a poster's link), a data page's update notice, a work
// platform's post, a wiki page's export, a regulatory news service's announcement, a wire terminal's head naming its
// service, a converted document's conversion note, a posting's crumb over its attached file, a company's ruled record
// title, a school's notice and a society's proceedings paper. Each rule is shown on a small document of the same kind
// written for it, from another sender, and on the sets' own sources (metadataTable).
import { strict as assert } from 'assert';
import { figuresRead } from './judged';
import { fixtureSource, metadataTable, metaOf, writtenSource } from './metadataTable';

const page = (html: string, name = 'page.html') => writtenSource(html, name);

describe('a channel’s web preview on a platform of channels', () => {
  const post = (text: string, day: string, signer = '') =>
    `<div class="tgme_widget_message_wrap"><div class="tgme_widget_message"><div class="tgme_widget_message_text">${text}</div>
<div class="tgme_widget_message_footer"><span class="tgme_widget_message_meta">${signer ? `<span class="tgme_widget_message_from_author">${signer}</span>, ` : ''}<a class="tgme_widget_message_date"><time datetime="${day}T08:00:00+00:00">08:00</time></a></span></div></div></div>`;
  const preview = (posts: string, description: string) => `<!DOCTYPE html>
<!-- saved from url=(0030)https://t.me/s/andeangridnotes -->
<html><head><meta charset="utf-8"><title>Andean Grid Notes – Telegram</title>
<meta property="og:title" content="Andean Grid Notes"><meta property="og:site_name" content="Telegram">
<meta property="og:description" content="${description}"></head><body>
<div class="tgme_header_title">Andean Grid Notes</div><section class="tgme_channel_history">${posts}</section></body></html>`;
  it('is the channel’s, with no headline of its own, signed by its posts’ signers', () => {
    const s = page(
      preview(
        post(
          '<b>Quillota substation energised</b><br><br>The 220 kV substation at Quillota was energised on Monday, three weeks late, and will feed the 90 MW campus.',
          '2026-05-04',
          'Rocío Valdivia',
        ) +
          post(
            '<b>Water permit granted</b><br><br>The regional water authority granted the campus 14 litres a second, half of what it asked for.',
            '2026-05-11',
            'Tomás Irarrázaval',
          ),
        'Grid and power news from the Andes.',
      ),
    );
    assert.equal(s.meta.outlet, 'Andean Grid Notes');
    assert.equal(s.meta.title, undefined);
    assert.equal(s.meta.date, '2026-05-04');
    assert.deepEqual(s.meta.authors, ['Rocío Valdivia', 'Tomás Irarrázaval']);
  });
  it('a post signed short at its end is its writer’s, named in full as the channel’s description names her', () => {
    const s = page(
      preview(
        post(
          'The 90 MW campus at Quillota will draw 14 litres of water a second.<br><br><i>— Rocío V.</i>',
          '2026-05-04',
        ),
        'Grid news from the Andes, edited by Rocío Valdivia in Valparaíso.',
      ),
    );
    assert.deepEqual(s.meta.authors, ['Rocío Valdivia']);
  });
  it('the sets’ channels: Pacific Grid Watch and Balkan Energy Watch, not Telegram', () => {
    const a = fixtureSource('unseen-68/sources/tme-s-pacificgridwatch-vuda-battery-pue-bond-2026.html');
    assert.equal(a.meta.outlet, 'Pacific Grid Watch');
    assert.equal(a.meta.title, undefined);
    assert.deepEqual(a.meta.authors, ['Sereana Tuilagi']);
    const b = fixtureSource('unseen-69/sources/tme-s-balkan-energy-watch-tuzla-posts-2026-09.html');
    assert.equal(b.meta.outlet, 'Balkan Energy Watch');
  });
});

describe('an official account’s article on a platform of accounts, saved in translation', () => {
  it('is the account’s, its name in the saved text’s script; headed as the saved page shows it; signed by its writer', () => {
    const s = page(`<!DOCTYPE html>
<html lang="en" class="translated-ltr"><head><meta charset="utf-8">
<meta property="og:title" content="秘鲁钱凯港数据中心项目主体结构封顶">
<meta property="og:site_name" content="微信公众平台">
<title>Chancay port data centre project tops out its main structure</title></head><body>
<h1 class="rich_media_title">Chancay port data centre project tops out its main structure</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">Original</span>
<span class="rich_media_meta rich_media_meta_text">Wang Lifen</span>
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">Andes Construction Group 安第斯建工</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-06-02 18:30</em></div>
<div id="js_content"><p>On 28 May the main structure of the 60 MW data centre at the port of Chancay was topped out, 41 days ahead of plan.</p>
<p>Text: Wang Lifen | Editor: Zhao Min</p></div></body></html>`);
    assert.equal(s.meta.outlet, 'Andes Construction Group');
    assert.equal(s.meta.title, 'Chancay port data centre project tops out its main structure');
    assert.deepEqual(s.meta.authors, ['Wang Lifen']);
    assert.equal(s.meta.date, '2026-06-02');
  });
  it('the sets’ accounts: HNEE Overseas and Minjiang Foundation Engineering, the English headline', () => {
    const a = fixtureSource('unseen-68/sources/wechat-hnee-overseas-toamasina-gas-power-turbine-hall-en.html');
    assert.equal(a.meta.outlet, 'HNEE Overseas');
    const b = fixtureSource('unseen-69/sources/wechat-minjiang-foundation-sungai-liang-piling-edge-translated.html');
    assert.equal(b.meta.outlet, 'Minjiang Foundation Engineering');
    assert.match(b.meta.title ?? '', /^Piling on peat/);
    assert.deepEqual(b.meta.authors, ['Zheng Yaqi']);
  });
});

describe('a webmail service’s print view of a message', () => {
  const printed = (title: string, subject: string, from: string, sent: string, body: string) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="printHeader"><span>Outlook</span> <span class="printUser">Marta Quispe</span></div>
<div class="subject">${subject}</div>
<table class="hdr"><tr><td class="lbl">From</td><td>${from}</td></tr><tr><td class="lbl">Date</td><td>${sent}</td></tr>
<tr><td class="lbl">To</td><td>Marta Quispe &lt;mquispe@regionlima.gob.pe&gt;</td></tr></table><div>${body}</div></body></html>`;
  it('is the sender’s organisation’s, sent the day its date row gives (the weekday settling the order), headed by its subject', () => {
    const s = page(
      printed(
        'Mail - Marta Quispe - Outlook',
        'Chancay Compute – site visit notes (power, water, hiring)',
        'Diego Salas &lt;dsalas@chancaycompute.pe&gt;',
        'Fri 5/6/2026 10:02 AM',
        '<p>Dear Marta, Chancay Compute will hire 140 technicians for the first 30 MW phase, which is due in 2028.</p>',
      ),
    );
    assert.equal(s.meta.outlet, 'Chancay Compute');
    // (5 June 2026 was a Friday; 6 May a Wednesday)
    assert.equal(s.meta.date, '2026-06-05');
    assert.equal(s.meta.title, 'Chancay Compute – site visit notes (power, water, hiring)');
    assert.deepEqual(s.meta.authors, ['Diego Salas']);
  });
  it('a Korean one: the company its subject’s tag names, its 보낸 날짜', () => {
    const s = page(
      `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>Outlook</title></head><body>
<div class="subject">[한빛전선] 칠레 케이블 납품 일정 공유</div>
<table class="hdr"><tr><td class="lbl">보낸 사람:</td><td>문채원 &lt;cw.moon@hanbitcable.co.kr&gt;</td></tr>
<tr><td class="lbl">보낸 날짜:</td><td>2026년 6월 3일 수요일 오후 2:10</td></tr></table>
<div class="body"><p>한빛전선은 칠레 캠퍼스에 케이블 120km를 납품하며, 계약 금액은 84억 원입니다.</p></div></body></html>`,
    );
    assert.equal(s.meta.outlet, '한빛전선');
    assert.equal(s.meta.date, '2026-06-03');
    assert.equal(s.meta.title, '칠레 케이블 납품 일정 공유');
    assert.deepEqual(s.meta.authors, ['문채원']);
  });
  it('the sets’ mails: Stargate Markham’s and 동악쿨링’s, not Outlook’s nor the mailbox user’s', () => {
    const a = fixtureSource('unseen-68/sources/outlook-print-stargate-markham-briefing-notes-2026-10-05.html');
    assert.equal(a.meta.outlet, 'Stargate Markham');
    assert.equal(a.meta.date, '2026-10-05');
    const b = fixtureSource(
      'unseen-69/sources/outlook-print-dongak-cooling-suju-hyeonhwang-gokseong-2026-10-08-ko.html',
    );
    assert.equal(b.meta.outlet, '동악쿨링');
  });
});

describe('an event’s programme on a platform of programmes', () => {
  it('is the event’s (its edition’s mark aside), headed by its <title> without the page’s word, dated by its update', () => {
    const s = page(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>ADCS 2026: Andean Data Centre Summit: Power Track – Schedule</title>
<meta property="og:title" content="ADCS 2026: Andean Data Centre Summit Schedule"><meta property="og:site_name" content="Sched"></head><body>
<header><h1 id="sched-event-name"><a href="/">ADCS 2026: Andean Data Centre Summit</a></h1><div>Jun 17–18, 2026 · Lima</div></header>
<p class="sched-notice">This schedule is subject to change. Last updated Jun 2, 2026.</p>
<div class="sched-container"><span class="event">Powering Chancay</span><div class="tip-description"><strong>Diego Salas</strong>, Chancay Compute<br>The 90 MW campus will draw its power from a 220 kV line.</div></div></body></html>`);
    assert.equal(s.meta.outlet, 'Andean Data Centre Summit');
    assert.equal(s.meta.title, 'ADCS 2026: Andean Data Centre Summit: Power Track');
    assert.equal(s.meta.date, '2026-06-02');
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('a preprint’s HTML view', () => {
  it('is the archive’s, dated by its identifier line, its authors the names of its author markup', () => {
    const s =
      page(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dry cooling at altitude: a year at a 4 MW hall</title></head><body>
<article class="ltx_document"><div class="ltx_watermark">arXiv:2606.01234v1 [eess.SY] 3 Jun 2026</div>
<h1 class="ltx_title ltx_title_document">Dry cooling at altitude: a year at a 4 MW hall</h1>
<div class="ltx_authors"><span class="ltx_creator ltx_role_author"><span class="ltx_personname">Lucía Mamani<sup>1</sup>, Pedro Condori<sup>2</sup></span></span></div>
<div class="ltx_para"><p class="ltx_p">We report a year of measurements at a 4 MW data hall at 3,800 m, with a mean PUE of 1.19 and no water used for cooling.</p></div></article></body></html>`);
    assert.equal(s.meta.outlet, 'arXiv');
    assert.equal(s.meta.date, '2026-06-03');
    assert.deepEqual(s.meta.authors, ['Lucía Mamani', 'Pedro Condori']);
  });
});

describe('posts on community boards', () => {
  it('a board’s tag that the <title> names again as the board is no part of the headline', () => {
    const s = page(`<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>[현장 탐방] 칠레 데이터센터 현장 다녀왔습니다 - 현장 탐방 | 기계인 커뮤니티</title>
<meta property="og:title" content="[현장 탐방] 칠레 데이터센터 현장 다녀왔습니다"><meta property="og:site_name" content="기계인 커뮤니티"></head><body>
<h1 class="post-title">[현장 탐방] 칠레 데이터센터 현장 다녀왔습니다</h1><div class="post-meta"><span class="author-nickname">안데스곰</span> <span class="date">2026.06.09</span></div>
<div class="post-body"><p>캠퍼스는 90MW이고 1단계는 30MW라고 합니다. 냉각기 64기가 들어간다고 하네요.</p></div></body></html>`);
    assert.equal(s.meta.title, '칠레 데이터센터 현장 다녀왔습니다');
    assert.deepEqual(s.meta.authors, ['안데스곰']);
  });
  it('the board’s name after the headline, linked to the board the page is under, is no part of it; the poster’s link signs it', () => {
    const s = page(`<!DOCTYPE html>
<!-- saved from url=(0040)https://forum.example.kr/b/energy/5512 -->
<html lang="ko"><head><meta charset="utf-8"><title>한빛전선 칠레 수주 정리 - 에너지 채널</title>
<meta property="og:site_name" content="예시라이브"><meta property="og:title" content="한빛전선 칠레 수주 정리 - 에너지 채널"></head><body>
<div class="board-title"><a class="title" href="/b/energy">에너지 채널</a></div>
<div class="article-head"><div class="title">한빛전선 칠레 수주 정리</div><span class="user-info"><a href="/u/@전선덕후">전선덕후</a></span></div>
<div class="article-body"><p>케이블 120km, 계약 금액 84억 원. 첫 출하는 2027년 3분기라고 함.</p></div></body></html>`);
    assert.equal(s.meta.title, '한빛전선 칠레 수주 정리');
    assert.deepEqual(s.meta.authors, ['전선덕후']);
  });
  it('the sets’ posts: the tags and the channel’s suffix off, the posters’ nicknames', () => {
    const a = fixtureSource('unseen-69/sources/arcalive-stock-dongak-cooling-tuzla-brunei-jeongri-2026-10-21-ko.html');
    assert.equal(a.meta.title, '동악쿨링 스타게이트 두 건 정리 (투즐라 CDU + 브루나이 드라이쿨러)');
    assert.deepEqual(a.meta.authors, ['곡성아재']);
    const b = fixtureSource('unseen-68/sources/linkareer-community-juwang-powercell-intern-hugi-fiji-ko.html');
    assert.doesNotMatch(b.meta.title ?? '', /^\[/);
  });
});

describe('a data page dated by nothing but its update notice', () => {
  it('is dated by the update, not the data’s month', () => {
    const s =
      page(`<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>한빛전선 연봉, 입사율 | 예시잡</title>
<meta property="og:site_name" content="예시잡"></head><body><h1>한빛전선</h1>
<p class="update">데이터 기준: 2026년 5월 · 업데이트 2026.06.04</p>
<p>한빛전선의 평균 연봉은 4,120만 원이며, 직원 수는 212명입니다.</p></body></html>`);
    assert.equal(s.meta.date, '2026-06-04');
  });
});

describe('a work platform’s post and a wiki page’s export', () => {
  it('a project’s post is its organisation’s, dated and signed by the post’s head, not the project’s properties', () => {
    const s =
      page(`<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>플로우 - [공지] 칠레 케이블 출하 계획</title></head><body>
<div class="project-header"><div class="project-title">CHL90 칠레 케이블 (한빛전선)</div></div>
<div class="post-card"><div class="post-author"><span class="author-name">문채원</span> <span class="post-date">2026-06-10 (수) 오전 9:40</span></div>
<h2 class="post-title">[공지] 칠레 케이블 출하 계획</h2><table class="task-props"><tr><th>시작일</th><td>2026-05-02</td></tr></table>
<div class="post-body"><p>케이블 120km를 세 번에 나눠 출하합니다. 계약 금액은 84억 원입니다.</p></div></div>
<div class="comment-list"><div class="comment"><span class="author-name">오태림</span> <span class="post-date">2026-06-11</span><p>확인했습니다.</p></div></div></body></html>`);
    assert.equal(s.meta.outlet, '한빛전선');
    assert.equal(s.meta.date, '2026-06-10');
    assert.deepEqual(s.meta.authors, ['문채원']);
  });
  it('an exported wiki page is headed without its space’s key, dated by its modification, signed by its creator', () => {
    const s = page(`<!DOCTYPE html><html><head><title>CHL90 : Weekly status – week 23</title></head><body>
<div id="main-header"><h1 id="title-heading" class="pagetitle"><span id="title-text">CHL90 : Weekly status – week 23</span></h1></div>
<div class="page-metadata">Created by <span class="author">Rocío Valdivia</span>, last modified by <span class="editor">Tomás Irarrázaval</span> on Jun 08, 2026</div>
<div id="main-content" class="wiki-content"><p>Concrete placed this week: 2,140 m³. The first 30 MW phase remains due in 2028.</p></div></body></html>`);
    assert.equal(s.meta.title, 'Weekly status – week 23');
    assert.equal(s.meta.date, '2026-06-08');
    assert.deepEqual(s.meta.authors, ['Rocío Valdivia']);
  });
});

describe('announcements and wire stories in plain text', () => {
  it('a regulatory news service’s announcement is the issuer’s, as its own head writes it, headed by its title', () => {
    const m = metaOf(
      `RNS Number : 5521K
Andes Fibre Holdings PLC
09 June 2026

                          Andes Fibre Holdings plc
                     ("AFH" or the "Company")

        Contract award: Lima-Chancay fibre route

Andes Fibre Holdings plc (AIM: AFH) is pleased to announce a contract worth USD 18.2 million for a 74 km route.
`,
      'rns.txt',
    );
    assert.equal(m.outlet, 'Andes Fibre Holdings plc');
    assert.equal(m.date, '2026-06-09');
    assert.equal(m.title, 'Contract award: Lima-Chancay fibre route');
  });
  it('a wire terminal’s head naming its service after its codes: the service’s, the story’s headline without its slug', () => {
    const m = metaOf(
      `CWS 09/06/2026 07:15 GMT  [CWS-T-2210-EN]  Source: Cordillera Wire Service
  Topics: DATA CENTRES / ENERGY
  Related: AFH.L
  Story #0412  Priority: 3  Words: 412

FACTBOX-Peru's first AI campus: the numbers

By Lucía Mamani

    June 9 (Cordillera) - The 90 MW campus at Chancay will cost about $1.4 billion, its developers said.
`,
      'wire.txt',
    );
    assert.equal(m.outlet, 'Cordillera Wire Service');
    assert.equal(m.date, '2026-06-09');
    assert.equal(m.title, "Peru's first AI campus: the numbers");
  });
});

describe('converted documents and postings in Korean', () => {
  it('a school’s notice under its conversion note: the school, its 발행일, its 제목', () => {
    const m = metaOf(
      `[첨부파일] 2026-41_가정통신문_현장실습_안내.hwp → 텍스트 변환
※ 표와 그림은 변환되지 않았습니다.

──────────────────────────────
  꿈을 키우는 한빛인
──────────────────────────────

           가  정  통  신  문

  제2026-41호        발행일: 2026. 6. 3.
  한빛전자고등학교  취업지원부  (☎ 031-000-0000)

제목: 2027학년도 졸업예정자 한빛전선 현장실습 안내

학부모님, 안녕하십니까? 한빛전선은 3학년 학생 15명을 현장실습생으로 받습니다.
`,
      'notice.txt',
    );
    assert.equal(m.outlet, '한빛전자고등학교');
    assert.equal(m.date, '2026-06-03');
    assert.equal(m.title, '2027학년도 졸업예정자 한빛전선 현장실습 안내');
  });
  it('minutes posted under a board’s crumb with the file attached: the company’s, the meeting’s day, the writer named after the team', () => {
    const m = metaOf(
      `[사내 게시판 > 노사협의회 > 회의록]  게시일 2026-06-12  작성자 경영지원팀 오태림  조회 120
첨부: 2026_2분기_노사협의회_회의록.hwp (텍스트 변환본을 본문에 붙임)

════════════════════════════════
    2026년 제2분기 정기 노사협의회 회의록
              ㈜한빛전선
════════════════════════════════

 ○ 일    시 : 2026. 6. 9.(화) 14:00 ~ 16:00
 ○ 장    소 : 본사 대회의실

  대표이사는 칠레 케이블 납품 계약이 84억 원으로 회사 설립 이래 가장 큰 계약이라고 설명하였다.
`,
      'minutes.txt',
    );
    assert.equal(m.outlet, '한빛전선');
    assert.equal(m.date, '2026-06-09');
    assert.equal(m.title, '2026년 제2분기 정기 노사협의회 회의록');
    assert.deepEqual(m.authors, ['오태림']);
  });
  it('a posting under a crumb whose site is named only as what it is (`사내 게시판`) has no outlet from it', () => {
    const m = metaOf(
      `[사내 게시판 > 공지 > 인사]  게시일 2026-06-12  작성자 경영지원팀 오태림  조회 88

하반기 채용 안내

칠레 캠퍼스 납품에 맞춰 생산직 24명을 새로 뽑습니다. 기숙사는 2인 1실입니다.
`,
      'post.txt',
    );
    assert.notEqual(m.outlet, '사내 게시판');
    assert.deepEqual(m.authors, ['오태림']);
  });
  it('a society’s proceedings paper extracted by a command: the society, the day, the Korean title, the writers', () => {
    const m = metaOf(
      `$ pdftotext -layout -f 31 -l 34 학술대회_논문집.pdf out.txt
(논문집 31~34쪽만 추출)

한국냉동공조학회 2026년도 하계학술발표대회 논문집 제9권 제1호, pp.31~34, 2026. 6. 19.

     고산지대 데이터센터의 건식 냉각
       - 칠레 캠퍼스 사례 -

      Dry Cooling of Data Centres at Altitude

              문 채 원*, 오 태 림**
        *㈜한빛전선 설계팀, **한빛대학교 기계공학과

1. 서 론

  고산지대의 데이터센터는 공기가 희박하여 냉각 설계가 달라진다. 칠레 캠퍼스는 90MW 규모이다.
`,
      'paper.txt',
    );
    assert.equal(m.outlet, '한국냉동공조학회');
    assert.equal(m.date, '2026-06-19');
    assert.equal(m.title, '고산지대 데이터센터의 건식 냉각');
    assert.deepEqual(m.authors, ['문채원', '오태림']);
  });
});

describe('a report’s list of its sources closing a paragraph of prose', () => {
  it('its dates are the sources’ own, no claims (as in a paragraph of its own)', () => {
    const figs = figuresRead(
      `# Memo\n\nThe campus will hire 140 technicians.\nSources: Andean Grid Notes (Telegram), Chancay Compute's site notes of 9 June.\n`,
    );
    assert.ok(figs.includes('140 technicians'), figs.join(', '));
    assert.ok(!figs.some((f) => /9 June/.test(f)), figs.join(', '));
  });
});

describe('unseen-68 metadata (meta47)', () =>
  metadataTable(
    'unseen-68',
    {},
    {
      sub: 'sources',
      // (its abstract in English beside its Korean text)
      pending: { 'sources/kdcfs-2026-chugye-nonmunjip-mallipo-ehouse-png-madagascar-ko.txt': ['language'] },
    },
  ));
describe('unseen-69 metadata (meta47)', () =>
  metadataTable(
    'unseen-69',
    {},
    {
      sub: 'sources',
      // (the contractor names itself only in its page's first paragraph)
      pending: { 'sources/confluence-harlow-venn-lom200-site-status-week-41-2026-10-13.html': ['outlet'] },
    },
  ));
