// quote42: quotations given to the wrong person in unseen-62 and unseen-63 (the two planted lines not caught). Each rule
// is tested on a small source written as its tool exports it or its outlet writes it (other places, people and words),
// then on the set's line.
import { strict as assert } from 'assert';
import { readPage } from '../../server/src/corpus/readers/html';
import type { ReaderText } from '../../server/src/corpus/readers/reader';
import { quoteJudged, writtenSources } from './judged';
import { on, said } from './quoted';

/** A Slack channel as slack-export-viewer renders it: each message under its poster's name, title and time. */
const message = (icon: string, name: string, title: string, time: string, body: string) =>
  [
    '  <div class="message-container"><div class="message">',
    `    <img class="user_icon" src="./viewer_files/${icon}.png" alt="">`,
    `    <div class="username">${name} <span class="title">${title}</span></div>`,
    `    <div class="time">${time}</div>`,
    `    <div class="msg">${body}</div>`,
    '  </div></div>',
  ].join('\n');
const slackPage = (messages: string[]) =>
  [
    '<!DOCTYPE html>',
    '<html lang="ko"><head>',
    '<meta charset="utf-8">',
    '<title>Slack Export - #수출-칠레</title>',
    '<meta name="generator" content="slack-export-viewer 1.3.2">',
    '</head>',
    '<body>',
    '<div id="sidebar">',
    '  <h3 id="workspace">남강테크 (namgangtech.slack.com)</h3>',
    '  <ul class="list"><li><a href="../general/">#general</a></li><li class="active"><a href="../suchul-chile/">#수출-칠레</a></li></ul>',
    '</div>',
    '<div id="messages">',
    '  <h2 class="channel-title">#수출-칠레</h2>',
    '  <div class="day-divider">2026년 5월 12일 화요일</div>',
    ...messages,
    '</div>',
    '</body></html>',
  ].join('\n');

describe('quote42: a chat export whose posts are set beside their posters (slack-export-viewer)', () => {
  const page = slackPage([
    message(
      'u_yoon',
      '윤채린',
      '수출영업팀장',
      '2026-05-12 09:02:41',
      '<p>칠레 안토파가스타 냉각탑 입찰 결과 나왔습니다. 우리가 1순위, 계약금액 USD 5,400,000이고 냉각탑 24기, 납기는 2027년 3월 현장 도착입니다. 오늘 밤 현지 시간으로 서명합니다.</p>',
    ),
    message(
      'u_seo',
      '서지안',
      '영업지원팀 대리',
      '2026-05-12 09:15:03',
      '<p>원화로는 1,370원 기준 약 74억 원이고요, 작년 매출 339억 원 대비 21.8%입니다. 공시 대상은 아니라서 홍보팀이 보도자료만 준비한다고 합니다.</p>',
    ),
    message(
      'u_yoon',
      '윤채린',
      '수출영업팀장',
      '2026-05-12 09:40:19',
      '<p>남미는 처음이라 금액보다 첫 납품 실적이 더 중요합니다. 아타카마 사막 조건을 통과하면 페루와 볼리비아 입찰도 노려볼 만해요.</p><p>현지 대리인 계약서는 오후에 공유 폴더에 올리겠습니다.</p>',
    ),
    message(
      'u_kang',
      '강도현',
      '대표이사',
      '2026-05-12 10:05:55',
      '<p>수고 많았습니다. 선적은 부산항에서 9월로 잡고, 냉각탑 24기 중 12기는 2공장 라인에서 먼저 뽑읍시다. 현지 설치 인력은 다음 주 회의에서 정합시다.</p>',
    ),
    message(
      'u_baek',
      '백하율',
      '생산관리팀 과장',
      '2026-05-12 11:20:07',
      '<p>냉각탑 24기면 지금 라인(월 6기)으로 4개월입니다. 6월부터 9월까지 생산하고 9월 말 부산항 선적으로 잡아 두겠습니다.</p>',
    ),
  ]);

  it("writes each post after its poster's name and title, as a transcript's turn", () => {
    const r = readPage(page) as ReaderText;
    assert.match(r.text, /(?:^|\n)윤채린 수출영업팀장: 칠레 안토파가스타 냉각탑 입찰 결과/);
    assert.match(r.text, /\n\n서지안 영업지원팀 대리: 원화로는 1,370원 기준 약 74억 원/);
    // (the time is no part of the label)
    assert.ok(!r.text.includes('09:15:03'), r.text);
    // the label maps back to the poster's name in the file
    const seg = r.toOriginal!.segments.find((s) => r.text.slice(s.text, s.text + s.length) === '서지안');
    assert.ok(seg, 'a segment for the name');
    assert.equal(page.slice(seg.file, seg.file + 3), '서지안');
  });

  it("gives a post's words to its poster: another person named is misattributed, the poster is supported", () => {
    const corpus = writtenSources({ 'slack-export-viewer-namgang-suchul-chile.html': page });
    const wrong = quoteJudged(
      corpus,
      '- 강도현 대표는 사내 메신저에서 "남미는 처음이라 금액보다 첫 납품 실적이 더 중요합니다"라고 말했다.\n',
    );
    assert.deepEqual(wrong.codes, ['quote-misattributed/warning'], wrong.message);
    assert.match(wrong.message, /윤채린/);
    const right = quoteJudged(
      corpus,
      '- 윤채린 팀장은 사내 메신저에서 "남미는 처음이라 금액보다 첫 납품 실적이 더 중요합니다"라고 말했다.\n',
    );
    assert.deepEqual(right.codes, []);
    assert.equal(right.status, 'supported');
  });

  it("labels no post of a channel whose posts are all under one name (a channel's own, no one's turns)", () => {
    const body = (k: number) =>
      `<p>칠레 안토파가스타 냉각탑 입찰 소식 ${k}보입니다. 계약금액 USD 5,400,000, 냉각탑 24기, 납기는 2027년 3월 현장 도착이고 선적은 부산항에서 9월로 잡혀 있습니다.</p>`;
    const one = slackPage(
      [1, 2, 3, 4].map((k) => message('u_a', '윤채린', '수출영업팀장', `2026-05-12 0${k}:02:41`, body(k))),
    );
    const r = readPage(one) as ReaderText;
    assert.ok(!r.text.includes('윤채린'), r.text);
  });

  it("unseen-62 jeonbuk L12: 오가람's Slack message given to 채명훈", () => {
    const r = on(
      'unseen-62',
      'jeonbuk-douihoe-ipbeopjeongchaek-jipyeongseon-stargate-yeongcheon-bigyo-ko.md',
      '채명훈 대표는 사내 메신저에서',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote42: words a text says it quotes from someone ("The release quotes her again today: “…”")', () => {
  it("gives them to the object, a pronoun to the person named before, never to the sentence's subject", () => {
    const chat = [
      '[03-Mar-26 10:14 AM] pampa_power',
      'Ortiz said as much at the hearing in January ("water first, halls second"). The statement quotes her again today: "We were given less water than we asked for and more time than we feared."',
      '',
      '[03-Mar-26 10:20 AM] gridwatch_cl',
      'And the utility release cites Marcos Ibáñez directly: "The second line will be energised before the first hall is full."',
    ].join('\n');
    const q = said('discord-export-latam-dc.txt', chat);
    assert.ok(
      q.some((x) => /^surname:Ortiz \| We were given less water/.test(x)),
      q.join('\n'),
    );
    assert.ok(
      q.some((x) => /^person:Marcos Ibáñez \| The second line will be energised/.test(x)),
      q.join('\n'),
    );
  });
});

describe('quote42: the same words in sources as close as each other, one of which cannot tell whose they are', () => {
  // (a company's release names the speaker; a forum post repeats the words and says only that the release has them. The
  // two are as close as each other, and the forum's export is read first, as unseen-63's Discord export was)
  const release = [
    'FOR IMMEDIATE RELEASE',
    '',
    'Atacama Nube confirms water permit for Stargate Antofagasta',
    '',
    'ANTOFAGASTA, Chile, 3 March 2026 — Atacama Nube S.A. said today that the regional water authority has granted the',
    'Stargate Antofagasta campus a permit for 600 m3 of desalinated water a day, against 900 m3 requested.',
    '',
    '"We were given less water than we asked for and more time than we feared," said Valentina Ortiz Rojas, Chief',
    'Executive Officer of Atacama Nube. "The plant will report its use every month."',
    '',
    '"The second hall waits for the second line," said Tomás Herrera Vidal, Chief Financial Officer.',
  ].join('\n');
  const forum = [
    '[03-Mar-26 10:14 AM] pampa_power',
    'Antofagasta water permit is out: 600 m3/day of the 900 asked. The release is upbeat about it: "We were given less water than we asked for and more time than we feared."',
    '',
    '[03-Mar-26 10:20 AM] gridwatch_cl',
    'Fair enough, 600 is plenty for phase one.',
  ].join('\n');
  const corpus = () =>
    writtenSources({ 'press-release-atacama-nube-water-permit.txt': release, 'discord-export-latam-dc.txt': forum });

  it('the one that names the speaker decides: another person named is misattributed', () => {
    const c = corpus();
    const wrong = quoteJudged(
      c,
      'Atacama Nube\'s CFO Tomás Herrera Vidal said of the permit: "We were given less water than we asked for and more time than we feared."\n',
    );
    assert.deepEqual(wrong.codes, ['quote-misattributed/warning'], wrong.message);
    assert.match(wrong.message, /Valentina Ortiz Rojas/);
    const right = quoteJudged(
      c,
      'Atacama Nube\'s CEO Valentina Ortiz Rojas said of the permit: "We were given less water than we asked for and more time than we feared."\n',
    );
    assert.deepEqual(right.codes, []);
  });

  it("unseen-63 fedasadas L17: CEO Vargas's words given to CFO Mora Sandí", () => {
    const r = on(
      'unseen-63',
      'fedasadas-pacifico-brief-stargate-guanacaste-vlore-water-power.md',
      "Pacífica Nube's CFO Javier Mora Sandí said of the decision",
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});
