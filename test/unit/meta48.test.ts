// How sources are read, metadata, in the layouts unseen-70 and unseen-71 (promoted in session 46) read wrong before
// meta48: a WhatsApp group's export, a KakaoWork room's export, a video's watch page copied with its transcript, a
// meeting tool's transcript document, a notes app's Markdown export, a county site's posting copied under its crumb, a
// Loop page, a mail a service sends from its automated address (a mail client's saved head, Gmail's print view), an
// issue tracker's ticket, a portal's article naming its medium, a blog's writer's nickname, a scholarly article's page
// with its citation tags and a reddit thread. Each rule is shown on a small document of the same kind written for it,
// from another sender, and on the sets' own sources (metadataTable).
import { strict as assert } from 'assert';
import { fixtureSource, metadataTable, writtenSource } from './metadataTable';

const text = (t: string, name = 'doc.txt') => writtenSource(t, name);
const page = (html: string, name = 'page.html') => writtenSource(html, name);

describe('a WhatsApp group’s chat exported as text', () => {
  const chat = `8/14/26, 7:02 PM - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.
8/14/26, 7:02 PM - Achieng Otieno created group "Kisumu Port Users"
8/20/26, 9:15 AM - Achieng Otieno changed the subject from "Kisumu Port Users" to "Kisumu Port Users 🚢 2026"
9/21/26, 8:05 AM - Achieng Otieno: Morning all. The new crane at berth 2 was commissioned on Friday, 45 tonnes lifting capacity.
9/21/26, 8:11 AM - Brian Ouma: Good news. Does that change the handling charge?
9/21/26, 8:14 AM - Achieng Otieno: KPA says KSh 1,200 per box stays until December.
9/23/26, 6:40 PM - Brian Ouma: The ferry from Port Bell arrived with 32 wagons today.
`;
  it('is its group’s, by the latest name its notices give it (pictographs aside), dated by its first message', () => {
    const s = text(chat, 'chat.txt');
    assert.equal(s.meta.outlet, 'Kisumu Port Users 2026');
    assert.equal(s.meta.date, '2026-09-21');
    assert.equal(s.meta.title, undefined);
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('a KakaoWork room exported as text', () => {
  it('is the company’s whose workspace holds it, no headline, dated by its first day', () => {
    const s = text(`카카오워크 대화 내보내기
채팅방 이름: 케냐 변압기 납품 (키수무)
채팅방 유형: 그룹 채팅 · ㈜한빛기전
참여자(3): 최서윤 팀장, 문지호 대리, 강태오 사원
내보낸 사람: 문지호
내보낸 날짜: 2026-10-30 09:12:01

--------------- 2026년 9월 3일 목요일 ---------------
[최서윤 팀장] [오전 10:02] 키수무 변전소용 변압기 6대, 11월 선적 확정입니다
[문지호 대리] [오전 10:05] 몸바사항 도착 기준 해상 27일 걸립니다
`);
    assert.equal(s.meta.outlet, '한빛기전');
    assert.equal(s.meta.date, '2026-09-03');
    assert.equal(s.meta.title, undefined);
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('a video’s watch page copied with its transcript', () => {
  it('is its channel’s (its mark “Official” aside), dated by the day it was streamed, headed without the LIVE badge', () => {
    const s = text(`Kisumu County Assembly - Budget Committee Hearing (LIVE)
Kisumu County Assembly Official
12.4K subscribers
5,210 views  Streamed live on Sep 17, 2026
Hearing on the 2026/27 supplementary budget, including the port levy ...more

Transcript
English (auto-generated)

0:00
good morning honourable members we begin with the port levy
0:09
the levy will raise about 40 million shillings a year
`);
    assert.equal(s.meta.outlet, 'Kisumu County Assembly');
    assert.equal(s.meta.date, '2026-09-17');
    assert.equal(s.meta.title, 'Kisumu County Assembly - Budget Committee Hearing');
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('a meeting tool’s transcript document', () => {
  it('is headed by the meeting’s name, dated by its day, the organisation’s whose office attends, no author', () => {
    const s = text(`Supplier sync (October) - 2026/10/14 09:30 CEST - Transcript

00:00:00

Attendees
Anna Berg, Lars Holm, Nordic Cooling Association Secretariat, Mikko Virtanen

Transcript
This editable transcript was computer generated and might contain errors. People can also change the text after it was created.

Anna Berg: Welcome everyone. Lars will start with the dry coolers for the Oulu campus, 48 units in March.
Lars Holm: Thanks. All 48 units passed the factory test last week.
`);
    assert.equal(s.meta.title, 'Supplier sync (October)');
    assert.equal(s.meta.date, '2026-10-14');
    assert.equal(s.meta.outlet, 'Nordic Cooling Association');
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('a notes app’s document exported to Markdown', () => {
  it('is written by its writer named by mention, the organisation’s in bold, dated by its last update', () => {
    const s = text(
      `# 품질 주간회의 (11/2) — 키수무 변압기

**한결정밀** · 작성: @김하늘 · 참석: @이도윤 @박서진 @김하늘
최종 수정: 2026-11-03

## 1. 출하 검사

- 변압기 6대 중 4대 출하 검사 완료. 나머지 2대는 11월 9일 검사 예정.
- @이도윤: "검사 성적서 없이는 한 대도 안 내보냅니다."
`,
      'notes.md',
    );
    assert.equal(s.meta.title, '품질 주간회의 (11/2) — 키수무 변압기');
    assert.equal(s.meta.outlet, '한결정밀');
    assert.equal(s.meta.date, '2026-11-03');
    assert.deepEqual(s.meta.authors, ['김하늘']);
  });
});

describe('a county site’s posting copied under its crumb, its title beside it', () => {
  it('is the town office’s the crumb goes down to, headed by the posting’s title, its row and file no text', () => {
    const s = text(`[완도군청 > 읍면소식 > 노화읍 > 공지사항]  2026년 10월 노화읍 이장회의 결과
작성자: 노화읍 행정복지센터   등록일: 2026-10-16   조회: 41
첨부파일: 2026년_10월_이장회의_결과.hwpx (120KB)

○ 일  시 : 2026. 10. 15.(목) 10:00
○ 장  소 : 노화읍 행정복지센터 회의실

1. 전복 양식장 태양광 설치 설명회는 11월 5일에 열립니다.
`);
    assert.equal(s.meta.outlet, '완도군 노화읍');
    assert.equal(s.meta.title, '2026년 10월 노화읍 이장회의 결과');
  });
  it('a page’s own control after the crumb, with no posting row under it, is no title', () => {
    const s = fixtureSource('unseen-54/sources/sehan-thermal-groupware-ceo-message-bagamoyo-2026-10-02-ko.txt');
    assert.equal(s.meta.title, '탄자니아 바가모요 수주를 전 임직원과 함께 나눕니다');
  });
});

describe('a page of a Loop workspace', () => {
  const loop = (badge: string, meta: string, para: string) => `<!DOCTYPE html>
<!-- saved from url=(0090)https://loop.cloud.microsoft/p/eyJ1IjoiaHR0cHM6Ly9rZXN0cmVsZ3JpZC5zaGFyZXBvaW50LmNvbS8ifQ -->
<html lang="en"><head><meta charset="utf-8"><title>Oulu campus – cooling deliveries | Loop</title>
<meta name="application-name" content="Microsoft Loop"></head><body>
<div class="app-bar"><span class="brand">Loop</span>${badge}</div>
<main class="page"><h1 class="page-title">Oulu campus – cooling deliveries</h1>
<div class="page-meta">${meta}</div>
<p>${para}</p>
<p>The 48 dry coolers ship from Vaasa in March; the last 12 are due on site by 30 April 2027.</p></main></body></html>`;
  it('is the organisation the text spells the tenant with, dated by its last edit, signed by creator and editor', () => {
    const s = page(
      loop(
        '',
        '<span>Created by Aino Laine</span> · <span>Last edited by Mikko Virtanen, 3 October 2026, 11:20</span>',
        'Status of the cooling deliveries for the Oulu campus of Kestrel Grid, for the site team and suppliers.',
      ),
    );
    assert.equal(s.meta.outlet, 'Kestrel Grid');
    assert.equal(s.meta.date, '2026-10-03');
    assert.equal(s.meta.title, 'Oulu campus – cooling deliveries');
    assert.deepEqual(s.meta.authors, ['Aino Laine', 'Mikko Virtanen']);
  });
  it('…or the organisation its account badge names beside the user', () => {
    const s = page(
      loop(
        '<span class="me" title="Aino Laine · Kestrel Grid Oy">AL</span>',
        '<span>Last edited by Aino Laine · <time datetime="2026-10-05T09:00:00+03:00">Oct 5, 2026</time></span>',
        'Status of the cooling deliveries, for the site team and suppliers.',
      ),
    );
    assert.equal(s.meta.outlet, 'Kestrel Grid Oy');
    assert.equal(s.meta.date, '2026-10-05');
    assert.deepEqual(s.meta.authors, ['Aino Laine']);
  });
});

describe('a mail a service sends from its automated address', () => {
  it('saved by a mail client with its head: the service’s, by the name it sends under, no author', () => {
    const s = page(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Talkwalker Alert: Kisumu port</title></head><body>
<table class="mailhead">
<tr><td><b>Subject:</b></td><td>Talkwalker Alert: Kisumu port</td></tr>
<tr><td><b>From:</b></td><td>Talkwalker Alerts &lt;alerts-noreply@talkwalker.com&gt;</td></tr>
<tr><td><b>Date:</b></td><td>15.09.2026 07:30</td></tr>
</table>
<div class="wrap"><h2>Kisumu port</h2>
<div class="item"><a href="#">New 45-tonne crane commissioned at Kisumu port</a><div class="src">Lakeside Ledger</div>
<p>The Kenya Ports Authority commissioned a 45-tonne crane at berth 2 of Kisumu port on Friday, doubling its lifting capacity for containers bound for Uganda.</p></div>
<div class="item"><a href="#">Port Bell ferry brings 32 wagons</a><div class="src">Victoria Shipping News</div>
<p>The rail ferry from Port Bell arrived at Kisumu with 32 wagons, the most since the service resumed in 2024.</p></div>
</div></body></html>`);
    assert.equal(s.meta.outlet, 'Talkwalker Alerts');
    assert.deepEqual(s.meta.authors, []);
  });
  it('in Gmail’s print view: headed by its subject (not `Gmail - …`), dated by the message’s day', () => {
    const s = page(`<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Gmail - Scholar Alert - new articles on district heating</title></head><body>
<div class="bodycontainer"><table><tbody><tr><td><img alt="Gmail"></td><td><b>Aino Laine &lt;aino.laine@gmail.com&gt;</b></td></tr></tbody></table>
<hr><div class="maincontent"><table><tbody><tr><td><b>Scholar Alert - new articles on district heating</b><br>1 message</td></tr></tbody></table><hr>
<table width="100%" class="message"><tbody>
<tr><td><b>Google Scholar Alerts </b>&lt;scholaralerts-noreply@google.com&gt;</td><td align="right">Mon, Sep 7, 2026 at 6:02 PM</td></tr>
<tr><td colspan="2">To: aino.laine@gmail.com</td></tr>
<tr><td colspan="2"><div>
<p>Waste heat from data centres in district heating networks: a review of Nordic cases. The review covers 14 campuses whose waste heat now warms about 90,000 homes in Finland and Sweden.</p>
<p>Heat pumps and low-temperature networks: delivered heat after retrofit. Two heat pumps of 9 MW each raised the heat delivered by 40% in the case studied.</p>
</div></td></tr></tbody></table></div></div></body></html>`);
    assert.equal(s.meta.title, 'Scholar Alert - new articles on district heating');
    assert.equal(s.meta.date, '2026-09-07');
    assert.equal(s.meta.outlet, 'Google Scholar Alerts');
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('an issue tracker’s ticket on its tenant’s host', () => {
  const ticket = (para: string) => `<!DOCTYPE html>
<!-- saved from url=(0052)https://lakesidecranes.atlassian.net/browse/KSM-112 -->
<html lang="en"><head><meta charset="utf-8"><title>[KSM-112] Crane 2 hoist brake overheats - Jira</title>
<meta name="application-name" content="JIRA"></head><body>
<h1 id="summary-val">Crane 2 hoist brake overheats</h1>
<section class="details"><dl>
<dt>Assignee</dt><dd>Brian Ouma</dd><dt>Reporter</dt><dd>Grace Wanjiru</dd>
<dt>Created</dt><dd><time datetime="2026-09-02T10:00:00+03:00">2 September 2026</time></dd>
</dl></section>
<section class="description"><p>${para}</p>
<p>Brake temperature reached 140 °C after 25 lifts in an hour, against a limit of 120 °C in the maker's manual.</p></section>
</body></html>`;
  it('is written by its reporter (not its assignee), the tenant’s as the text spells it', () => {
    const s = page(ticket('Found during the load test of the new crane supplied by Lakeside Cranes at berth 2.'));
    assert.deepEqual(s.meta.authors, ['Grace Wanjiru']);
    assert.equal(s.meta.outlet, 'Lakeside Cranes');
  });
  it('the product’s name is no outlet: a tenant the page never names stays unknown', () => {
    const s = page(ticket('Found during the load test of the new crane at berth 2.'));
    assert.equal(s.meta.outlet, undefined);
  });
});

describe('a portal’s copy of a press’s article naming its medium only in its markup', () => {
  it('is the press’s its `article:media_name` names', () => {
    const s = page(`<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>완도 전복 양식장에 수상 태양광 2MW | Daum 뉴스</title>
<meta property="og:site_name" content="Daum 뉴스">
<meta property="og:title" content="완도 전복 양식장에 수상 태양광 2MW">
<meta name="article:media_name" content="남해안일보"></head><body>
<div class="head_view"><h3 class="tit_view">완도 전복 양식장에 수상 태양광 2MW</h3>
<span class="info_view"><span class="txt_info">문가람 기자</span> <span class="txt_info">입력 <span class="num_date">2026. 10. 20. 09:10</span></span></span></div>
<div class="article_view"><section>
<p>전남 완도군 노화읍 전복 양식장 위에 2MW 규모 수상 태양광이 들어선다. 완도군은 20일 사업비 38억 원을 확정했다고 밝혔다.</p>
<p>군 관계자는 "양식장 그늘이 여름철 수온 상승을 막아 전복 폐사를 줄일 것"이라고 말했다.</p>
</section></div></body></html>`);
    assert.equal(s.meta.outlet, '남해안일보');
  });
});

describe('a blog with a name of its own on its platform', () => {
  const blog = (site: string, nick: string) => `<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>노화도 전복 양식장 태양광 구경 갔어요 : 네이버 블로그</title>
<meta property="og:title" content="노화도 전복 양식장 태양광 구경 갔어요">
<meta property="og:site_name" content="네이버 블로그 | ${site}">
<meta property="naverblog:nickname" content="${nick}"></head><body>
<div class="se-main-container">
<p class="se-text-paragraph">주말에 노화도 전복 양식장에 들어선다는 수상 태양광 현장을 보고 왔어요. 2MW 규모라고 하네요.</p>
<p class="se-text-paragraph">양식장 주인 아저씨 말로는 그늘 덕분에 여름에 전복이 덜 죽는대요. 사업비는 38억 원이라고 들었어요.</p>
</div></body></html>`;
  it('is written by the nickname apart from the blog’s name', () => {
    const s = page(blog('완도 섬마을 여행기', '전복사랑'));
    assert.equal(s.meta.outlet, '완도 섬마을 여행기');
    assert.deepEqual(s.meta.authors, ['전복사랑']);
  });
  it('a nickname ending as the blog’s name does is the blog’s name shortened, no writer', () => {
    const s = page(blog('남도 에너지 인사이트', '남도인사이트'));
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('a scholarly article’s page on an index of journals', () => {
  it('is its journal’s, dated and signed by its citation tags, headed without its subtitle', () => {
    const s = page(`<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>KCI - 양식장 수상 태양광의 수온 저감 효과 : 완도 전복 양식장 사례를 중심으로</title>
<meta name="citation_title" content="양식장 수상 태양광의 수온 저감 효과 : 완도 전복 양식장 사례를 중심으로">
<meta name="citation_author" content="문가람">
<meta name="citation_author" content="Okafor, Chidi">
<meta name="citation_publication_date" content="2026/09/30">
<meta name="citation_journal_title" content="한국수산공학회지"></head><body>
<h3 id="artiTitle">양식장 수상 태양광의 수온 저감 효과 : 완도 전복 양식장 사례를 중심으로</h3>
<div class="box"><h4>초록</h4>
<p class="abstract">본 연구는 완도군 노화읍 전복 양식장에 설치된 2MW 수상 태양광이 여름철 수온을 평균 1.8도 낮춘 효과를 분석하였다. 폐사율은 12%에서 7%로 줄었다.</p></div>
</body></html>`);
    assert.equal(s.meta.outlet, '한국수산공학회지');
    assert.equal(s.meta.date, '2026-09-30');
    assert.equal(s.meta.title, '양식장 수상 태양광의 수온 저감 효과');
    assert.deepEqual(s.meta.authors, ['문가람', 'Chidi Okafor']);
  });
});

describe('a thread on reddit', () => {
  const thread = (og: string) => `<!DOCTYPE html>
<!-- saved from url=(0090)https://old.reddit.com/r/Kenya/comments/1abc2de/kisumu_port_gets_a_45_tonne_crane/ -->
<html lang="en"><head><title>Kisumu port gets a 45 tonne crane, first in 20 years : Kenya</title>
<meta property="og:site_name" content="reddit">${og}</head><body>
<div class="thing link" data-author="lakeside_engineer"><div class="entry"><p class="title"><a class="title">Kisumu port gets a 45 tonne crane, first in 20 years</a></p>
<p class="tagline">submitted <time datetime="2026-09-19T08:00:00+00:00">3 days ago</time> by <a href="https://old.reddit.com/user/lakeside_engineer" class="author">lakeside_engineer</a></p>
<div class="md"><p>KPA commissioned the crane at berth 2 on Friday. It doubles the lifting capacity for boxes bound for Uganda, and the handling charge stays at KSh 1,200 a box until December.</p>
<p>The ferry from Port Bell brought 32 wagons the same day, the most since 2024.</p></div></div></div>
</body></html>`;
  it('is its community’s, headed without the community’s name (og:title’s `r/X on Reddit:`)', () => {
    const s = page(
      thread(
        '<meta property="og:title" content="r/Kenya on Reddit: Kisumu port gets a 45 tonne crane, first in 20 years">',
      ),
    );
    assert.equal(s.meta.outlet, 'r/Kenya');
    assert.equal(s.meta.title, 'Kisumu port gets a 45 tonne crane, first in 20 years');
  });
  it('…or by its address and its <title>’s community after the colon', () => {
    const s = page(thread(''));
    assert.equal(s.meta.outlet, 'r/Kenya');
    assert.equal(s.meta.title, 'Kisumu port gets a 45 tonne crane, first in 20 years');
  });
});

describe('unseen-70 metadata (meta48)', () =>
  metadataTable(
    'unseen-70',
    {},
    {
      sub: 'sources',
      pending: {
        // (the tenant's name is written nowhere on the ticket's page, only in its address's letters)
        'sources/jira-nrv-287-sirgala-night-noise-receptor-r1.html': ['outlet'],
        // (the notes name neither their company nor the year of their meeting)
        'sources/dropbox-paper-suseungdae-haeoesaeop-jugan-hoeui-2026-10-29-ko.md': ['outlet', 'date'],
        // (its abstract in English beside its Korean text)
        'sources/kci-nonmun-narva-ai-deiteosenteo-pyeyeol-jiyeoknanbang-ko.html': ['language'],
      },
    },
  ));
describe('unseen-71 metadata (meta48)', () => metadataTable('unseen-71', {}, { sub: 'sources' }));
