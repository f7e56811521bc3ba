// Issue 10 (quote40): the quotation misses of unseen-58 and unseen-59. Each rule is tested on a small source written as
// its outlet would write it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { buildSource } from '../../server/src/corpus/corpus';
import { readPage } from '../../server/src/corpus/readers/html';
import type { ReaderText } from '../../server/src/corpus/readers/reader';
import { fromPage, on, said } from './quoted';

const saidOn = (file: string, html: string) =>
  fromPage(file, html).quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);

/** An issue tracker's page: every post, the opening one too, in a `timeline-comment` block; the header the title alone. */
const post = (user: string, id: string, body: string) =>
  [
    '<div class="TimelineItem js-comment-container">',
    `<div class="timeline-comment-group js-minimizable-comment-group" id="${id}">`,
    '<div class="timeline-comment unminimized-comment comment">',
    `<div class="timeline-comment-header"><h3><strong><a class="author" href="https://github.com/${user}">${user}</a></strong> commented <relative-time datetime="2026-03-03T08:00:00Z">Mar 3, 2026</relative-time></h3></div>`,
    '<table class="d-block"><tbody class="d-block"><tr class="d-block"><td class="d-block comment-body markdown-body js-comment-body">',
    body,
    '</td></tr></tbody></table>',
    '</div></div></div>',
  ].join('\n');
const issuePage = (second: string) =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<title>Fjordgrid Narvik: grid connection moved to 2029 · Issue #88 · nordic-dc/site-tracker · GitHub</title>',
    '<meta property="og:site_name" content="GitHub"></head>',
    '<body class="logged-out">',
    '<header class="HeaderMktg" role="banner"><nav aria-label="Global"><ul><li><a href="https://github.com/pricing">Pricing</a></li><li><a href="https://github.com/login">Sign in</a></li></ul></nav></header>',
    '<main>',
    '<div id="partial-discussion-header" class="gh-header mb-3 issue">',
    '<div class="gh-header-show"><h1 class="gh-header-title"><bdi class="js-issue-title markdown-title">Fjordgrid Narvik: grid connection moved to 2029</bdi> <span class="f1-light">#88</span></h1></div>',
    '<div class="gh-header-meta"><a class="author" href="https://github.com/tvold">tvold</a> opened this issue <relative-time datetime="2026-03-03T08:00:00Z">Mar 3, 2026</relative-time> · 3 comments</div>',
    '</div>',
    '<div class="js-discussion">',
    post(
      'tvold',
      'issue-88-body',
      '<p>Statnett has moved the 420 kV connection for the Narvik campus from 2028 to the first quarter of 2029. The first hall still opens with 40 MW from the local grid.</p>',
    ),
    post('lhagen', 'issuecomment-1', second),
    post(
      'tvold',
      'issuecomment-2',
      '<p>Thanks, updated. The developer, Fjordgrid, also says the campus will employ 180 people once both halls run.</p>',
    ),
    '</div>',
    '</main>',
    '<footer class="footer"><p>© 2026 GitHub, Inc.</p></footer>',
    '</body></html>',
  ].join('\n');

describe('quote40: an issue tracker page whose every post is marked a comment', () => {
  const page = issuePage(
    [
      "<p>I was at the Tromsø briefing: Statnett's regional director Ingrid Solheim confirmed the new date on stage. Her answer when someone asked about the old timetable:</p>",
      '<blockquote><p>"We promised a date before we had a route; now we have the route, and the route decides the date."</p></blockquote>',
      '<p>Worth adding to the entry.</p>',
    ].join('\n'),
  );

  it("reads the posts as the page's text (the body found without them is the title alone)", () => {
    const text = (readPage(page) as ReaderText).text;
    assert.match(text, /moved the 420 kV connection for the Narvik campus/);
    assert.match(text, /employ 180 people once both halls run/);
    assert.doesNotMatch(text, /Sign in|Pricing|© 2026/);
  });

  it('gives a quotation under "Her answer …:" to the one person the sentence before names', () => {
    const got = saidOn('/pages/issue-88.html', page);
    assert.deepEqual(got, [
      'person:Ingrid Solheim | We promised a date before we had a route; now we have the route, and the route decides the date.',
    ]);
    // (the name may end the sentence before)
    assert.deepEqual(
      said(
        '/minutes/board.txt',
        'The question of the lease went to Amara Diallo.\nHis answer to the Board:\n"The campus lease is approved for thirty years on the terms the Board set."',
      ),
      ['person:Amara Diallo | The campus lease is approved for thirty years on the terms the Board set.'],
    );
  });

  it("gives it to no one when the sentence before names two people or a possessor, or the line owns another's words", () => {
    const two = issuePage(
      [
        '<p>Ingrid Solheim of Statnett and Tor Bakken of Fjordgrid both spoke at the Tromsø briefing. Her answer on the old timetable:</p>',
        '<blockquote><p>"We promised a date before we had a route; now we have the route, and the route decides the date."</p></blockquote>',
      ].join('\n'),
    );
    assert.deepEqual(saidOn('/pages/issue-88b.html', two), [
      'undefined | We promised a date before we had a route; now we have the route, and the route decides the date.',
    ]);
    const deputy = issuePage(
      [
        "<p>I put the cost question to the ministry at the Tromsø briefing. Ingrid Solheim's deputy took it. Her answer:</p>",
        '<blockquote><p>"We promised a date before we had a route; now we have the route, and the route decides the date."</p></blockquote>',
      ].join('\n'),
    );
    assert.deepEqual(saidOn('/pages/issue-88d.html', deputy), [
      'undefined | We promised a date before we had a route; now we have the route, and the route decides the date.',
    ]);
    // (an honorific is no possessive: "His Excellency the President, approved the following:" announces no one's words)
    const decree = said(
      '/gazette/cabinet.txt',
      'The Cabinet meeting was chaired by Amara Diallo.\nHis Excellency the President, approved the following:\n"The campus lease is approved for thirty years on the terms the Board set."',
    );
    assert.ok(!decree.some((x) => x.startsWith('person:Amara Diallo')), decree.join('\n'));
    const company = issuePage(
      [
        "<p>Ingrid Solheim confirmed the new date at the Tromsø briefing. Her company's reply to the council:</p>",
        '<blockquote><p>"We promised a date before we had a route; now we have the route, and the route decides the date."</p></blockquote>',
      ].join('\n'),
    );
    assert.ok(
      !saidOn('/pages/issue-88c.html', company).some((x) => x.startsWith('person:Ingrid Solheim')),
      saidOn('/pages/issue-88c.html', company).join('\n'),
    );
  });

  it("unseen-58: the project director's words, quoted in the issue's comment, given to the supplier's CEO", () => {
    const r = on(
      'unseen-58',
      'sealine-epc-supply-chain-memo-korean-suppliers-mesaieed-jhimpir.md',
      'The wind was always',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote40: a stance that closes the sentence before a quotation standing alone', () => {
  const words = '"They promised us jobs in 2019 too. Show us the contracts first."';

  it("gives the words to the person whose stance it is (a read-later app's highlight, its link after it)", () => {
    const got = said(
      '/highlights/sines.md',
      `- Olga Pereira, who chairs the Sines residents' association, was unconvinced. ${words} ([View Highlight](https://read.readwise.io/read/01abc))\n- The council votes in May.`,
    );
    assert.deepEqual(got, ['person:Olga Pereira | They promised us jobs in 2019 too. Show us the contracts first.']);
  });

  it('…not when no one person is its subject, or the stance does not close the sentence', () => {
    for (const before of [
      'The residents were unconvinced.',
      'Olga Pereira and Rui Matos were unconvinced.',
      'Olga Pereira was unconvinced by the figures the company gave.',
    ])
      assert.deepEqual(said('/news/sines.txt', `${before} ${words}`), [
        'undefined | They promised us jobs in 2019 too. Show us the contracts first.',
      ]);
  });

  it("unseen-59: the Cambodian fishers' leader's words given to the Thai fishers' leader", () => {
    const r = on('unseen-59', 'chao-phraya-advisory-client-note-stargate-mekong-bengal.md', 'take the sea in cold');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote40: a Korean sentence that says whose words follow ("X 대표 말은 이렇습니다")', () => {
  const words = '“이번 계약은 창사 이래 가장 큰 해외 수주이고, 2029년까지 김천 공장을 쉬지 않고 돌릴 물량입니다.”';

  it('gives the quotation under it to the person named before the noun of words', () => {
    const got = said(
      '/qna/gimcheon.txt',
      `지난달 지역신문에 박서준 대표 말이 실렸는데 옮겨 보면 이렇습니다.\n${words}\n다른 직원들 얘기도 비슷합니다.`,
    );
    assert.deepEqual(got, [
      'person:박서준 | 이번 계약은 창사 이래 가장 큰 해외 수주이고, 2029년까지 김천 공장을 쉬지 않고 돌릴 물량입니다.',
    ]);
    assert.deepEqual(
      said(
        '/qna/gimcheon2.txt',
        `박서준 대표의 답변은 다음과 같았다.\n“이번 계약은 창사 이래 가장 큰 해외 수주입니다.”`,
      ),
      ['person:박서준 | 이번 계약은 창사 이래 가장 큰 해외 수주입니다.'],
    );
  });

  it('…to no one when what the sentence names is no person', () => {
    assert.deepEqual(said('/qna/gimcheon3.txt', `지난달 지역신문 기사 내용은 이렇습니다.\n${words}`), [
      'undefined | 이번 계약은 창사 이래 가장 큰 해외 수주이고, 2029년까지 김천 공장을 쉬지 않고 돌릴 물량입니다.',
    ]);
  });
});

describe('quote40: a faxed Korean release, hard-wrapped under a hanging indent', () => {
  const fax = [
    '2026-04-02  10:12     FROM:김천시청 대변인실     TO:054xx2xxx          P.001/002',
    '',
    '                          보  도  자  료',
    '',
    '  김천시, 한결전기와 210억 원 규모 어모 2공장 투자협약',
    '  - 신규 고용 60명, 2027년 3월 준공 목표',
    '',
    '□ 김천시는 2일 시청 대회의실에서 변압기 제조기업 한결전기(대표 박서준)와 어모면 2공장 신설을 위한',
    '  투자협약을 체결했다고 밝혔다.',
    '',
    '□ 김도윤 김천시장은 “한결전기의 증설은 김천 제조업이 다시 일어서는 신호가 될 것”이라며 “인허가부터',
    '  인력 양성까지 시가 함께 뛰겠다”고 말했다.',
    '',
    '□ 오세진 기업지원과장은 “어모면에 60개의 일자리가 생기는 것은 청년 유출을 막는 가장 확실한 길”',
    '  이라며 “채용 인력의 절반 이상을 김천 시민으로 뽑도록 돕겠다”고 말했다.',
    '',
    '□ 한편 한결전기는 지난해 매출 870억 원을 올렸으며, 2공장이 가동되면 연간 생산능력이 두 배로',
    '  늘어난다.',
  ].join('\n');

  it("reads a quotation whose quotative ending the margin cut onto the next line as its speaker's", () => {
    const src = buildSource('/fax/gimcheon.txt', fax);
    const got = src.quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);
    assert.ok(
      got.includes('person:오세진 | 어모면에 60개의 일자리가 생기는 것은 청년 유출을 막는 가장 확실한 길'),
      got.join('\n'),
    );
    assert.ok(got.includes('person:오세진 | 채용 인력의 절반 이상을 김천 시민으로 뽑도록 돕겠다'), got.join('\n'));
    assert.ok(got.includes('person:김도윤 | 인허가부터 인력 양성까지 시가 함께 뛰겠다'), got.join('\n'));
  });

  it("unseen-59: the investment officer's words, in the faxed release, given to the mayor", () => {
    const r = on(
      'unseen-59',
      'jungbu-suchul-jiwon-center-chuljang-geomto-stargate-sangju-nonsan-ko.md',
      '연무읍에 90개의',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});
