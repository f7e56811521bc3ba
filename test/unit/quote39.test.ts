// Issue 10 (quote39): quotation misses of unseen-56 and unseen-57, and the true line one of them flagged. Each rule is
// tested on a small source written as its outlet would write it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { isKoreanName } from '../../server/src/extract/people';
import { readPage } from '../../server/src/corpus/readers/html';
import type { ReaderText } from '../../server/src/corpus/readers/reader';
import { fromPage, on, said } from './quoted';

const pageText = (html: string) => (readPage(html) as ReaderText).text;
const saidOn = (file: string, html: string) =>
  fromPage(file, html).quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);

describe('quote39: who speaks, as a decision, a wiki page, a print story and a forum thread name them', () => {
  it('reads a Gaelic or French family name with a capital inside it (MacLeod, DeVries) as a name; "In his words:"', () => {
    // A utility board's decision, numbered paragraphs: the pronoun after the quotation is the person the paragraph's
    // first sentence names after her role, not the intervenor the paragraph before names.
    const decision = [
      '[13] Harbour Power\'s Vice-President of Transmission, Angus Boyd, testified that the existing lines can carry no more than 120 MW to the site. In his words: "Without this line, the campus stays a small campus."',
      '',
      '[14] The Ratepayers Advocate argued that the developer should pay for the whole line, since no other customer asked for it.',
      '',
      '[15] Harbour Power\'s Chief Executive Officer, Morag MacLeod, testified that the developer accepts paying for its share of the line. "We are not asking farmers in Antigonish to pay for a line to a campus in Canso," she said.',
      '',
      '[16] Sipekne Bay First Nation supported the application.',
    ].join('\n');
    const got = said('/decisions/nsuarb-2026-88.txt', decision);
    assert.ok(
      got.includes(
        'person:Morag MacLeod | We are not asking farmers in Antigonish to pay for a line to a campus in Canso',
      ),
      got.join('\n'),
    );
    // ("In his words:" gives the words to the person the sentence before names)
    assert.ok(got.includes('person:Angus Boyd | Without this line, the campus stays a small campus.'), got.join('\n'));
    const other = said(
      '/news/devries.txt',
      'The county\'s planning chief, Pieter DeVries, defended the plan at the hearing. "A campus this size pays for every road it uses," he said.',
    );
    assert.ok(
      other.includes('person:Pieter DeVries | A campus this size pays for every road it uses'),
      other.join('\n'),
    );
  });

  it('gives a quotation to the title and name after it, an organisation\'s "its" before the title', () => {
    const story = [
      'Gimhae Modular, from the same cluster, builds the switch rooms for the second hall. "Our welders learned on ship hulls, where a bad seam sinks the boat. A switch room forgives more," its chief executive Park Min-ho said by phone.',
      '',
      "Gimhae's chief financial officer Lee Su-jin said the company would hire 40 people for the order.",
    ].join('\n');
    const got = said('/news/gimhae-modular.txt', story);
    assert.ok(
      got.some((x) => x.startsWith('person:Park Min-ho | Our welders learned on ship hulls')),
      got.join('\n'),
    );
  });

  it('gives a quotation to a local body\'s member after "said": "said assembly member Joan Whitfield"', () => {
    // A weekly's print edition, hard-wrapped as a browser prints it.
    const print = [
      'Not everyone on the assembly is ready to vote yes. "I want to read the water permit',
      'before I read a press release," said assembly member Joan Whitfield, whose',
      'district includes the site.',
    ].join('\n');
    const got = said('/print/kenai-weekly.txt', print);
    assert.ok(
      got.includes('person:Joan Whitfield | I want to read the water permit before I read a press release'),
      got.join('\n'),
    );
  });

  it("gives a Korean list item's quotation to the person before the comma, the occasion after it", () => {
    // A company wiki's page of what its CEO said to the press, one item a statement.
    const wiki = [
      '## 3. 대외 발언 (홍보팀 확인본)',
      '',
      '- 문재호 대표, 3월 4일 밴쿠버 현지 언론 인터뷰 (영어 원문): "Prince Rupert will be the wettest and the longest job we have ever taken."',
      '- 같은 인터뷰 국문 보도자료 표현: "프린스루퍼트는 우리가 맡은 일 중 가장 비가 많고 가장 긴 현장이 될 것"',
      "- 대외 발언 시 '전 단계 단독 공급'이라는 표현은 쓰지 말 것.",
    ].join('\n');
    const got = said('/wiki/overseas-projects.md', wiki);
    assert.ok(
      got.includes('person:문재호 | Prince Rupert will be the wettest and the longest job we have ever taken.'),
      got.join('\n'),
    );
    // (two people before the colon keep the old reading: the label's last person)
    const two = said(
      '/wiki/two.md',
      '- 김철수 대표, 박영희 부사장: "우리는 캐나다에서 가장 추운 현장을 맡게 됐다고 생각합니다."',
    );
    assert.ok(
      two.some((x) => x.startsWith('person:박영희 |')),
      two.join('\n'),
    );
    // (the occasion is no person: 인터뷰 is no Korean name)
    assert.ok(!got.some((x) => x.startsWith('person:인터뷰')), got.join('\n'));
  });

  it('reads no loanword syllable as part of a Korean name (인터뷰, 이슈어, 조셔)', () => {
    assert.equal(isKoreanName('인터뷰'), false);
    assert.equal(isKoreanName('조셔'), false);
    // Korean names keep their reading, Sino-Korean syllables or native ones.
    for (const n of ['정석현', '변정수', '편혜원', '이슬기', '김하늘', '류재형', '표정윤'])
      assert.ok(isKoreanName(n), n);
  });

  // A forum thread as saved: Discourse sets a quotation from elsewhere as an <aside class="quote"> holding a
  // <blockquote>, without quotation marks, under the line that says whose words they are.
  const post = (n: number, user: string, body: string) =>
    `<div id="post_${n}" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator"><a href="/u/${user}"><span>${user}</span></a></span><span class="crawler-post-infos"><time datetime="2026-10-0${n}T10:00:00Z" class="post-time">October ${n}, 2026</time> <span class="post-number">${n}</span></span></div><div class="post">${body}</div><div class="post-likes">${n} Likes</div></div>`;
  const thread = [
    '<!DOCTYPE html><html lang="en"><head><title>Fjordkraft gives the Rana campus 300 MW firm - Energy - Nordic Grid Forum</title></head><body class="crawler">',
    '<header class="d-header"><div class="title"><a href="/">Nordic Grid Forum</a></div></header>',
    '<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/rana-300-mw/88">Fjordkraft gives the Rana campus 300 MW firm</a></h1></div>',
    post(
      1,
      'fjordwatcher',
      '<p>The utility decided on Oct. 1. Short version from the Rana Blad story:</p><ul><li>The campus asked for 400 MW firm and got 300 MW firm for 20 years, plus 100 MW it can cut in a dry winter.</li></ul><p>Fjordkraft chief executive Ingrid Solheim, quoted in the Blad:</p><aside class="quote no-group"><blockquote><p>We can serve 300 megawatts firm without taking a single kilowatt from a Nordland home. The rest waits for the spring flood.</p></blockquote></aside><p>That is less than they wanted, but it is firm.</p>',
    ),
    post(
      2,
      'kabel_kari',
      '<p>The Blad also has the supplier. Gimhae Modular builds the switch rooms, a NOK 310 million order.</p><p>Gimhae\'s CEO, Park Min-ho, through an interpreter:</p><aside class="quote no-group"><blockquote><p>Our switch rooms were built for Korean monsoons. Rana taught us to build for snow loads.</p></blockquote></aside>',
    ),
    post(
      3,
      'fjordwatcher',
      '<p>The notice itself says:</p><aside class="quote no-group"><blockquote><p>The interruptible block may be curtailed on ten minutes of notice in a dry year.</p></blockquote></aside>',
    ),
    post(
      4,
      'kabel_kari',
      '<aside class="quote no-group"><blockquote><p>&ldquo;We will not cut homes to feed servers,&rdquo; Solheim told the Blad.</p></blockquote></aside><p>Same line she used in June.</p>',
    ),
    '</div><aside class="sidebar"><p>Related topics: Sandnessjøen landing station gets its permit after a long wait.</p></aside></body></html>',
  ].join('\n');

  it("reads a forum post's quotation box, and gives it to the one person the line above it names", () => {
    const text = pageText(thread);
    assert.ok(text.includes('We can serve 300 megawatts firm'), text);
    assert.ok(!text.includes('Related topics'), text);
    // (a blockquote that holds its own quotation marks gets none around it)
    assert.ok(text.includes('\n“We will not cut homes to feed servers,” Solheim told the Blad.\n'), text);
    const got = saidOn('/forum/nordic-grid-rana.html', thread);
    assert.ok(
      got.includes(
        'person:Ingrid Solheim | We can serve 300 megawatts firm without taking a single kilowatt from a Nordland home. The rest waits for the spring flood.',
      ),
      got.join('\n'),
    );
    assert.ok(
      got.includes(
        'person:Park Min-ho | Our switch rooms were built for Korean monsoons. Rana taught us to build for snow loads.',
      ),
      got.join('\n'),
    );
    // (a notice's words, under a line that names no one, are no one's)
    const notice = got.find((x) => x.includes('interruptible block may be curtailed'));
    assert.ok(!notice || notice.startsWith('undefined |'), got.join('\n'));
  });

  it("unseen-57: the CEO's English words, as the company wiki lists them, are his (a true line, not misattributed)", () => {
    const r = on('unseen-57', 'chungju-cci-hoewonsa-briefing-stargate-bukmi-suju-ko.md', 'Point Tupper will be');
    assert.deepEqual(r.codes, []);
  });

  it("unseen-56: Cheongryong's chief executive's words given to Yonghyeon's are misattributed", () => {
    const r = on('unseen-56', 'trnava-region-development-committee-stargate-sered-briefing.md', 'put it simply');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("unseen-57: the developer's chief executive's words given to the utility's vice-president are misattributed", () => {
    const r = on(
      'unseen-57',
      'epibc-board-briefing-first-nations-equity-stargate-canada.md',
      "put the developer's case plainly",
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("unseen-57: the assembly member's words given to the mayor are misattributed", () => {
    const r = on('unseen-57', 'ncr-desk-memo-cold-climate-stargate-korean-suppliers.md', 'ribbon-cutting');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("unseen-57: the forum post's quotations, a word changed, are misquoted", () => {
    const a = on('unseen-57', 'epibc-board-briefing-first-nations-equity-stargate-canada.md', 'Manitoba family');
    assert.deepEqual(a.codes, ['quote-mismatch']);
    const b = on('unseen-57', 'ncr-desk-memo-cold-climate-stargate-korean-suppliers.md', 'build for minus forty');
    assert.deepEqual(b.codes, ['quote-mismatch']);
  });
});
