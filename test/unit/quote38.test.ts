// Issue 10 (quote38): quotation misses of unseen-54 and unseen-55. Each rule is tested on a small source written as its
// outlet would write it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { readPage } from '../../server/src/corpus/readers/html';
import type { ReaderText } from '../../server/src/corpus/readers/reader';
import { checkReport } from '../../server/src/judge/check';
import { fromPage, on } from './quoted';

const quoteFindings = (text: string, corpus: Corpus) =>
  checkReport(corpus, text, {})
    .findings.filter((f) => f.code.startsWith('quote') && f.severity !== 'information')
    .map((f) => `${f.range.start.line}:${f.code}`);
const pageText = (html: string) => (readPage(html) as ReaderText).text;
const saidOn = (file: string, html: string) =>
  fromPage(file, html).quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);

describe("quote38: a discussion page's comments are its text (a link aggregator's item page, a thread of replies)", () => {
  // A link aggregator's item page as a browser saves it: the submission is a link to an article elsewhere, and all the
  // page's text is in its comment tree, one table row per comment.
  const row = (id: number, user: string, indent: number, body: string) =>
    `<tr class="athing comtr" id="${id}"><td><table border="0"><tr><td class="ind" indent="${indent}"><img src="s.gif" height="1" width="${indent * 40}"></td><td valign="top" class="votelinks"><center><div class="votearrow" title="upvote"></div></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${user}" class="hnuser">${user}</a> <span class="age" title="2026-03-02T10:00:00"><a href="item?id=${id}">2 hours ago</a></span> <span class="navs"> | <a href="#${id}">next</a></span></span></div><br><div class="comment"><div class="commtext c00">${body}</div><div class="reply"><p><font size="1"><u><a href="reply?id=${id}">reply</a></u></font></div></div></td></tr></table></td></tr>`;
  const item = [
    '<html lang="en" op="item"><head><title>Fjordline picks Mo i Rana for a 400 MW campus | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%">',
    '<tr><td bgcolor="#ff6600"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b> <a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a></span></td></tr>',
    '<tr><td><table class="fatitem" border="0"><tr class="athing submission" id="1001"><td class="title"><span class="titleline"><a href="https://northgrid.example/2026/03/mo-i-rana">Fjordline picks Mo i Rana for a 400 MW campus</a> <span class="sitebit comhead">(<a href="from?site=northgrid.example"><span class="sitestr">northgrid.example</span></a>)</span></span></td></tr>',
    '<tr><td colspan="2"></td><td class="subtext"><span class="score">188 points</span> by <a href="user?id=polarday" class="hnuser">polarday</a> | <a href="item?id=1001">64&nbsp;comments</a></td></tr></table><br>',
    '<table border="0" class="comment-tree">',
    row(
      1002,
      'polarday',
      0,
      "Submitter here. The short version: 400 MW in two phases, 150 MW first in 2028, NOK 21bn, all hydro from the Rana river system.<p>The line from the launch is from Ingrid Solvang, who runs the town's business park: &quot;Every megawatt this campus uses was already ours before it came.&quot;",
    ),
    row(
      1003,
      'coldaisle',
      1,
      'The cooling is the interesting part. Fjord water at 6 degrees all year means no chillers at all, which is why the PUE target is 1.1.',
    ),
    row(
      1004,
      'polarday',
      2,
      "From the article, Fjordline's Henrik Aas: &quot;Rana gives us cold water, clean power and a railway in one valley.&quot; That is the pitch in one sentence.",
    ),
    row(
      1005,
      'troms_dev',
      0,
      'Norwegian here. The hydro is not new capacity, it is power the smelter stopped buying when it cut a potline in 2024. The municipality will take 2% of the campus revenue for 20 years.',
    ),
    '</table><br><br></td></tr><tr><td><center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a></span></center></td></tr></table></center></body></html>',
  ].join('\n');

  it('reads the comments, and gives each quotation to the person its comment names', () => {
    const text = pageText(item);
    assert.ok(text.includes('Fjord water at 6 degrees'), text);
    assert.ok(text.includes('power the smelter stopped buying'), text);
    const got = saidOn('/hn/item-1001.html', item);
    assert.ok(
      got.includes('person:Ingrid Solvang | Every megawatt this campus uses was already ours before it came.'),
      got.join('\n'),
    );
    assert.ok(
      got.includes('person:Henrik Aas | Rana gives us cold water, clean power and a railway in one valley.'),
      got.join('\n'),
    );
  });

  it('supports the words as the comment quotes them, and names them misattributed given to the other speaker', () => {
    const corpus = Corpus.of([fromPage('/hn/item-1001.html', item)]);
    assert.deepEqual(
      quoteFindings(
        'The business park\'s head, Ingrid Solvang, put it plainly: "Every megawatt this campus uses was already ours before it came."',
        corpus,
      ),
      [],
    );
    assert.deepEqual(
      quoteFindings(
        'Fjordline\'s Henrik Aas put it plainly: "Every megawatt this campus uses was already ours before it came."',
        corpus,
      ),
      ['0:quote-misattributed'],
    );
  });

  // A thread on a social network as saved: the first post, then the author's own posts each marked as a reply to it.
  const post = (cls: string, body: string) =>
    `<article class="post ${cls}"><div class="author"><span class="display-name">Siri Nakstad</span> <span class="handle">@sirinakstad.social</span></div><div class="post-text">${body}</div><div class="ctrl"><button aria-label="Reply">💬 2</button><button aria-label="Like">♡ 40</button></div></article>`;
  const thread = [
    '<!DOCTYPE html><html lang="en"><head><title>@sirinakstad.social</title><meta property="og:title" content="Siri Nakstad (@sirinakstad.social)"></head><body>',
    '<nav class="left-nav" aria-label="Primary"><a href="/">Home</a> <a href="/search">Explore</a> <a href="/notifications">Notifications</a></nav>',
    '<main role="main"><div class="thread">',
    post('post-root', '🧵 Three Nordic campuses, one question: whose power is it? 1/5'),
    post(
      'post-reply',
      'MO I RANA: 400 MW, NOK 21bn, 150 MW first in 2028, hydro from the Rana system the smelter gave up. 2/5',
    ),
    post(
      'post-reply',
      'Ingrid Solvang of the business park says it every time: "Every megawatt this campus uses was already ours before it came." 3/5',
    ),
    post(
      'post-reply',
      'LULEÅ: 250 MW, the second hall now due in 2029 rather than 2028, after the grid operator moved the new substation. 4/5',
    ),
    post(
      'post-reply',
      'The municipality takes 2% of revenue for 20 years at Mo i Rana. Nobody else got that. Thread ends. 5/5',
    ),
    '<div class="replies-divider">Replies</div>',
    post('post-other', 'Good thread, thanks.'),
    '</div></main></body></html>',
  ].join('\n');

  it("reads every post of the author's thread, not only the first", () => {
    const text = pageText(thread);
    assert.ok(text.includes('MO I RANA: 400 MW'), text);
    assert.ok(text.includes('LULEÅ: 250 MW'), text);
    const got = saidOn('/social/sirinakstad-thread.html', thread);
    assert.ok(
      got.includes('person:Ingrid Solvang | Every megawatt this campus uses was already ours before it came.'),
      got.join('\n'),
    );
  });

  it("leaves an article's own comment section out", () => {
    // A news page with its comments saved under the story: the story is the page's text.
    const story = [
      '<html><head><title>Rana campus gets its hydro deal</title></head><body>',
      '<article class="story"><h1>Rana campus gets its hydro deal</h1>',
      '<div class="story-body"><p>The Mo i Rana campus of Fjordline will buy 150 MW of hydropower from the Rana river system for 15 years, the company said on Monday, in the largest power deal signed in Nordland this year.</p>',
      '<p>The first 150 MW phase is due in 2028, and a second phase would bring the campus to 400 MW by 2031. The company put the cost of the first phase at NOK 9 billion.</p></div></article>',
      '<section class="comments"><h2>Comments</h2>',
      '<div class="comment"><p>About time the smelter power went somewhere useful. 150 MW is a lot for a town this size.</p></div>',
      '<div class="comment"><p>NOK 9 billion for 150 MW sounds cheap next to what they paid in Luleå.</p></div>',
      '</section></body></html>',
    ].join('\n');
    const text = pageText(story);
    assert.ok(text.includes('largest power deal signed in Nordland'), text);
    assert.ok(!text.includes('About time the smelter power'), text);
  });

  it("leaves a blog's comment section out, however short the post above it", () => {
    // A blog post of three sentences and four long comments under it, as a WordPress theme marks them.
    const comment = (body: string) =>
      `<li class="comment"><article class="comment-body"><div class="comment-content"><p>${body}</p></div></article></li>`;
    const blog = [
      '<html><head><title>A short note on the Rana deal</title></head><body><div class="wrap">',
      '<article class="post"><h1>A short note on the Rana deal</h1><div class="entry-content"><p>Fjordline signed for 150 MW of Rana hydro on Monday. The first phase is due in 2028. More when I have it.</p></div></article>',
      '<section id="comments" class="comments-area"><h2>12 comments</h2><ol class="comment-list">',
      comment(
        'The smelter used to take that power, and when it cut a potline in 2024 the municipality lost a lot of jobs overnight. I am glad to see the power go to something that will employ people again, even if it is fewer of them.',
      ),
      comment(
        '150 MW for a data centre is a lot in a town this size. The grid operator said in January that the Rana line would need reinforcement before anything above 100 MW could be connected. Has that changed?',
      ),
      comment(
        'The reinforcement was approved in March, I think. It should be finished in 2027, ahead of the first phase. The cost was put at NOK 400 million, paid by the grid tariff.',
      ),
      comment(
        'Does anyone know whether the second phase still depends on the new substation at Båsmoen? The company presentation in February showed it as a condition.',
      ),
      '</ol></section></div></body></html>',
    ].join('\n');
    const text = pageText(blog);
    assert.ok(text.includes('Fjordline signed for 150 MW'), text);
    assert.ok(!text.includes('The reinforcement was approved'), text);
  });

  it("unseen-54: the zone developer's chair's words, as the thread and the comment quote them, are hers (no misquote)", () => {
    const r = on('unseen-54', 'glwf-board-briefing-stargate-africa-land-water-power.md', 'Nadia Fawzy, promised');
    assert.deepEqual(r.codes, []);
    assert.equal(r.claims[0]?.status, 'supported');
  });

  it("unseen-54: Stargate's Owen Halvorsen's words given to Qalzam Digital's chief executive", () => {
    const r = on('unseen-54', 'glwf-board-briefing-stargate-africa-land-water-power.md', 'called the site a natural');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("unseen-54: the Korean exporter's chief executive's English words with one changed", () => {
    const r = on(
      'unseen-54',
      'harbourstone-underwriting-note-sehan-daeyoung-stargate-africa.md',
      'Yoon Jae-seok, Sehan',
    );
    assert.deepEqual(r.codes, ['quote-mismatch']);
  });
});

describe('quote38: "As Qalzam Digital\'s chief executive Karim El-Sherbiny put it, “…”" names its speaker', () => {
  const file = '/no/nordland-business-weekly-2026-03-04.txt';
  const text = [
    'Fjordline signs for Rana hydro',
    '',
    'MO I RANA — Fjordline signed a 15-year deal on Monday for 150 MW of hydropower for its campus here. "Every megawatt this campus uses was already ours before it came," said Ingrid Solvang, who runs the business park.',
    '',
    'Fjordline\'s chief executive, Henrik Aas, said the valley had what the company needed: "Rana gives us cold water, clean power and a railway in one valley."',
    '',
    'Mayor Geir Waage, who chaired the council vote in February, welcomed the deal.',
    '',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource(file, text)]);

  it("gives the business park head's words, moved to Fjordline's chief executive, to her", () => {
    assert.deepEqual(
      quoteFindings(
        'As Fjordline\'s chief executive Henrik Aas put it, "Every megawatt this campus uses was already ours before it came."',
        corpus(),
      ),
      ['0:quote-misattributed'],
    );
    assert.deepEqual(
      quoteFindings(
        'As Fjordline\'s chief executive Henrik Aas put it, "Rana gives us cold water, clean power and a railway in one valley."',
        corpus(),
      ),
      [],
    );
  });

  it('reads where it was put after "put it" (`as Mayor Geir Waage put it at the council,`)', () => {
    assert.deepEqual(
      quoteFindings(
        'Support came from the top: as Mayor Geir Waage put it at the council, "Every megawatt this campus uses was already ours before it came."',
        corpus(),
      ),
      ['0:quote-misattributed'],
    );
  });

  it("unseen-54: the developer's chair's words given to Qalzam Digital's chief executive", () => {
    const r = on('unseen-54', 'harbourstone-underwriting-note-sehan-daeyoung-stargate-africa.md', 'El-Sherbiny put it');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe("quote38: a Korean name that ends as a place may (한동구, 이현주) before a company's title is a person", () => {
  // A regional daily's short piece, two company heads quoted, one name ending as a district does, one as a city.
  const file = '/no/gyeongbuk-ilbo-2026-05-12-suju.txt';
  const text = [
    '구미 부품사 태성정공, 스타게이트 냉각설비 협력사로 120억 수주',
    '',
    '경북 구미국가산업단지의 정밀부품업체 태성정공(대표 박성구)이 냉각설비 업체 한결공조의 협력사로 120억 원 규모 부품을 수주했다고 12일 밝혔다.',
    '',
    '박성구 대표는 "부품 하나가 서버 한 대를 살립니다. 그 정밀함으로 승부하겠습니다"라고 말했다.',
    '',
    '한결공조 이현주 사장은 "2차 물량의 절반을 구미 업체에 맡기겠다"고 밝혔다.',
    '',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource(file, text)]);

  it('reads both heads as people', () => {
    const said = buildSource(file, text).quotes.map((q) => `${q.speakerId} | ${q.text}`);
    assert.ok(
      said.some((s) => s.startsWith('person:박성구 | 부품 하나가')),
      said.join('\n'),
    );
    assert.ok(
      said.some((s) => s.startsWith('person:이현주 | 2차 물량의 절반')),
      said.join('\n'),
    );
  });

  it("names the one head's words given to the other misattributed, and leaves them alone given to him", () => {
    assert.deepEqual(
      quoteFindings('- 박성구 대표는 "2차 물량의 절반을 구미 업체에 맡기겠다"고 밝혔습니다.', corpus()),
      ['0:quote-misattributed'],
    );
    assert.deepEqual(
      quoteFindings('- 이현주 사장은 "2차 물량의 절반을 구미 업체에 맡기겠다"고 밝혔습니다.', corpus()),
      [],
    );
  });

  it("unseen-54: 세한냉열 윤재석 대표's words given to 성진정밀's 한동구 대표", () => {
    const r = on('unseen-54', 'daegu-radio-achim-gyeongje-briefing-stargate-africa-wonggo-memo-ko.md', '한동구 대표는');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote38: a record\'s item opened by who speaks ("○ 서경민 전무 보충: … “…”", "○ 정 대표 발언: “…”")', () => {
  // A chamber of commerce's meeting minutes as posted: fields, numbered sections, ○ items hard-wrapped and indented.
  const file = '/no/mokpo-cci-hoeuirok-2026-09-10.txt';
  const text = [
    '[목포상공회의소 > 알림마당 > 회의 결과]  게시일 2026-09-12  작성자 기업지원팀',
    '',
    '          해상풍력 기자재 기업 간담회 회의록',
    '',
    '□ 일    시 : 2026. 9. 10.(목) 14:00 ~ 15:30',
    '□ 참 석 자 : 9명',
    '   ○ 기업 : 영산해양 박도현 대표이사, 이수진 상무',
    '',
    '1. 기업 현황 보고',
    ' 가. 영산해양 (박도현 대표이사)',
    '   ○ 8월 하부구조물 공급 계약: 1,200억 원, 2027년 6월까지 납품',
    '   ○ 박 대표 발언: "목포 앞바다에서 배운 것을 북해에서 그대로 쓰겠습니다."',
    '   ○ 이수진 상무 보충: 로테르담 사무소는 2027년 3월 약 20명 규모로 개소. "현지 용접공을 먼저 뽑고,',
    '     목포 기술자는 그들을 가르치러 갑니다."',
    '',
    '2. 향후 계획',
    ' ○ 2027년 1월 중 2차 간담회 개최',
    '',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource(file, text)]);

  it('gives each quotation to the one its item names, a surname to the full name the record gives', () => {
    const got = buildSource(file, text).quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);
    assert.ok(got.includes('person:박도현 | 목포 앞바다에서 배운 것을 북해에서 그대로 쓰겠습니다.'), got.join('\n'));
    assert.ok(
      got.includes('person:이수진 | 현지 용접공을 먼저 뽑고, 목포 기술자는 그들을 가르치러 갑니다.'),
      got.join('\n'),
    );
  });

  it("names the director's words given to the chief executive misattributed, and leaves his own alone", () => {
    assert.deepEqual(
      quoteFindings(
        '박도현 대표는 "목포 앞바다에서 배운 것을 북해에서 그대로 쓰겠습니다"라고 말했다. 박 대표는 또 "현지 용접공을 먼저 뽑고, 목포 기술자는 그들을 가르치러 갑니다"라며 현지화 방침을 밝혔다.',
        corpus(),
      ),
      ['0:quote-misattributed'],
    );
    assert.deepEqual(
      quoteFindings('박도현 대표는 "목포 앞바다에서 배운 것을 북해에서 그대로 쓰겠습니다"라고 말했다.', corpus()),
      [],
    );
  });

  it("unseen-55: 서경민 전무's words given to 정 대표 (정한솔)", () => {
    const r = on('unseen-55', 'tongyeong-jugan-gija-baltic-stargate-suju-chogo-ko.md', '정 대표는 또');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote38: a judgment\'s "averred that “…”" and a report\'s "In the developer\'s own words to the High Court: “…”"', () => {
  // A court judgment as a plain-text file: numbered paragraphs, hard-wrapped and indented.
  const file = '/no/ewhc-2026-planning-judgment-ravenscar.txt';
  const text = [
    'THE HIGH COURT',
    'PLANNING AND ENVIRONMENT',
    '',
    "3.  The development was proposed for the north-east of the country, as the developer's affidavit accepts, because",
    '    the regional grid could not take new connections near the capital before 2029. Mr. Tobias Wren, planning',
    '    director of Northfell Data, averred that "without the grid freeze this campus would have been built next to',
    '    the airport, and Ravenscar would have heard about it on the radio."',
    '',
    '4.  The county council granted permission on 3 March 2026.',
    '',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource(file, text)]);

  it("reads the deponent's words", () => {
    const got = buildSource(file, text).quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);
    assert.ok(
      got.some((g) => g.startsWith('person:Tobias Wren | without the grid freeze')),
      got.join('\n'),
    );
  });

  it('names a word changed in the words the report quotes "in the developer\'s own words" a misquote', () => {
    assert.deepEqual(
      quoteFindings(
        'In the developer\'s own words to the High Court: "without the grid freeze this campus would have been built next to the airport, and Ravenscar would have heard about it on the news."',
        corpus(),
      ),
      ['0:quote-mismatch'],
    );
    assert.deepEqual(
      quoteFindings(
        'In the developer\'s own words to the High Court: "without the grid freeze this campus would have been built next to the airport, and Ravenscar would have heard about it on the radio."',
        corpus(),
      ),
      [],
    );
  });

  it('unseen-55: "papers" for the judgment\'s "newspapers"', () => {
    const r = on(
      'unseen-55',
      'clare-coco-economic-development-spc-shannon-campus-briefing.md',
      "developer's own words",
    );
    assert.deepEqual(r.codes, ['quote-mismatch']);
  });
});

describe("quote38: a parliament's written answer, the office's label over it (`Minister of State at … (Deputy …):`)", () => {
  // A written answer as the parliament's site prints it: the question, then the office's label on a line of its own
  // and the answer's paragraphs under it.
  const file = '/no/written-answers-2026-05-07-data-centres.txt';
  const text = [
    'Written Answers – Thursday, 7 May 2026',
    '',
    'Data Centres',
    '',
    '118. Deputy Ciarán Boyle asked the Minister for Enterprise the status of the Athenry campus; and if he will make a statement on the matter.',
    '',
    'Minister of State at the Department of Enterprise, Tourism and Employment (Deputy Nuala Brennan):',
    '',
    'The Athenry campus was granted permission in March for 180 MW. The developer expects the first 60 MW to operate in 2028.',
    '',
    'As I said in the House in February, "a campus that pays its way on the grid is welcome in every county." That remains the position.',
    '',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource(file, text)]);

  it("gives the answer, and what its 'I' said, to the minister", () => {
    const got = buildSource(file, text).quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);
    assert.ok(
      got.includes('person:Nuala Brennan | a campus that pays its way on the grid is welcome in every county.'),
      got.join('\n'),
    );
  });

  it("names the minister's words given to the deputy who asked misattributed", () => {
    assert.deepEqual(
      quoteFindings(
        'As Deputy Ciarán Boyle put it in the Dáil, "a campus that pays its way on the grid is welcome in every county."',
        corpus(),
      ),
      ['0:quote-misattributed'],
    );
    assert.deepEqual(
      quoteFindings(
        'As Minister of State Nuala Brennan put it in the Dáil, "a campus that pays its way on the grid is welcome in every county."',
        corpus(),
      ),
      [],
    );
  });

  // The same answer as the parliament's site saves it: the question and the answer in blocks side by side, the
  // answer's label in bold in its first paragraph.
  const page = [
    '<html lang="en"><head><title>Data Centres – Thursday, 7 May 2026 – Written Answers</title></head><body>',
    '<nav class="c-nav"><a href="/">Home</a> <a href="/debates">Debates</a></nav>',
    '<main><h1>Data Centres</h1><div class="debate-body">',
    '<div class="pq"><p class="pq__number">118.</p><p>Deputy Ciarán Boyle asked the Minister for Enterprise the status of the Athenry campus; the capacity it has been offered; and if he will make a statement on the matter.</p></div>',
    '<div class="pq-answer">',
    '<p class="pq-answer__speaker"><b>Minister of State at the Department of Enterprise, Tourism and Employment (Deputy Nuala Brennan):</b></p>',
    '<p>The Athenry campus was granted permission in March for 180 MW. The developer expects the first 60 MW to operate in 2028, with the remainder by 2030, subject to the grid connection offered by the system operator.</p>',
    '<p>Connection offers are a matter for the transmission system operator under the framework set by the regulator, and I have no role in individual offers. I can, however, give the Deputy the information provided to my Department by the operator and by the developer.</p>',
    '<p>The operator has offered 120 MW of firm capacity. The remaining 60 MW depends on the reinforcement of the Galway–Athenry 110 kV line, which the operator now expects to complete in 2029. The developer has told my Department that it will build 60 MW of on-site generation, to run only when grid supply is not available.</p>',
    '<p>The campus is expected to employ about 900 people during construction and some 150 people once it is running. The community benefit fund required by the planning permission amounts to €1 million a year for ten years.</p>',
    '<p>As I said in the House in February, "a campus that pays its way on the grid is welcome in every county." That remains the position.</p>',
    '</div></div></main></body></html>',
  ].join('\n');

  it("reads the question set before the answer on the saved page, and gives the answer's words to the minister", () => {
    const text = pageText(page);
    assert.ok(text.includes('Deputy Ciarán Boyle asked the Minister'), text);
    const got = saidOn('/oireachtas/pq-118.html', page);
    assert.ok(
      got.includes('person:Nuala Brennan | a campus that pays its way on the grid is welcome in every county.'),
      got.join('\n'),
    );
    assert.deepEqual(
      quoteFindings(
        'As Deputy Ciarán Boyle put it in the Dáil, "a campus that pays its way on the grid is welcome in every county."',
        Corpus.of([fromPage('/oireachtas/pq-118.html', page)]),
      ),
      ['0:quote-misattributed'],
    );
  });

  it("unseen-55: the minister's words given to the deputy who asked", () => {
    const r = on('unseen-55', 'clare-coco-economic-development-spc-shannon-campus-briefing.md', 'Moylan put it');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote38: "the partner CEO, Karim El-Sherbiny, told the room “…”" is the name\'s, not the title\'s', () => {
  it('reads the name between commas after a title in capitals', () => {
    const got = buildSource(
      '/no/forum-comment.txt',
      'Also worth saying: the partner CEO, Henrik Aas, told the room "Rana gives us cold water, clean power and a railway in one valley." The local papers ran that line.',
    ).quotes.map((q) => `${q.speakerId} | ${q.text}`);
    assert.deepEqual(got, ['person:Henrik Aas | Rana gives us cold water, clean power and a railway in one valley.']);
  });
});
