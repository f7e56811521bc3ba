// quote47: quotation lines of the sets promoted today (unseen-72, unseen-73). Each rule is tested on a source and a
// report line written for it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { figureJudged, quoteJudged, writtenSources } from './judged';
import { fromPage, on, said } from './quoted';

describe("quote47: a podcast app's transcript, the time before the speaker's name on a line of its own", () => {
  // A show's episode page with its transcript as Apple Podcasts and Spotify set it: "02:14 Name" over the words.
  const episode = [
    'Ep. 41: The Tallow Creek campus',
    '',
    'Maren Ekholm talks to Jonah Bright, the county engineer, and Asha Quist, who chairs the Tallow Creek Residents Group.',
    '',
    'Transcript',
    '',
    '00:00 Maren Ekholm',
    '',
    "Welcome back. I'm Maren Ekholm, and today: the Tallow Creek campus.",
    '',
    '00:31 Jonah Bright',
    '',
    'We widen the county road before the first concrete pour, not after it.',
    '',
    '01:02 Maren Ekholm',
    '',
    'And the neighbours, what do they want first?',
    '',
    '01:09 Asha Quist',
    '',
    'Quiet nights. A crane can work all day, but the lights go off at ten.',
    '',
    '01:40 Maren Ekholm',
    '',
    'Jonah, is that in the permit?',
    '',
    '01:44 Jonah Bright',
    '',
    'It will be. I wrote the condition myself.',
  ].join('\n');

  it("gives each turn to the name under its time, the host's questions to the host", () => {
    assert.deepEqual(said('tallow-creek-ep41.txt', episode), [
      "person:Maren Ekholm | Welcome back. I'm Maren Ekholm, and today: the Tallow Creek campus.",
      'person:Jonah Bright | We widen the county road before the first concrete pour, not after it.',
      'person:Maren Ekholm | And the neighbours, what do they want first?',
      'person:Asha Quist | Quiet nights. A crane can work all day, but the lights go off at ten.',
      'person:Maren Ekholm | Jonah, is that in the permit?',
      'person:Jonah Bright | It will be. I wrote the condition myself.',
    ]);
  });

  it("a report giving the residents' chair's words to the engineer is a misattribution", () => {
    const j = quoteJudged(
      writtenSources({ 'tallow-creek-ep41.txt': episode }),
      'Mr Bright conceded on the podcast: "A crane can work all day, but the lights go off at ten."',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning'], j.message);
    assert.match(j.message, /Asha Quist/);
  });

  it('reads the same layout from the saved page (the time and the name in spans, the words in a <p>)', () => {
    const line = (t: string, who: string, words: string) =>
      `<div class="transcript__line"><span class="ts">${t}</span> <span class="spk">${who}</span><p>${words}</p></div>`;
    const page = [
      '<html><head><title>Ep. 41: The Tallow Creek campus</title></head><body>',
      '<section class="transcript"><h2>Transcript</h2>',
      line('00:00', 'Maren Ekholm', "Welcome back. I'm Maren Ekholm. Asha Quist and Jonah Bright are with me."),
      line('00:31', 'Maren Ekholm', 'Asha, what do the neighbours want first?'),
      line('00:40', 'Asha Quist', 'Quiet nights. A crane can work all day, but the lights go off at ten.'),
      line('01:02', 'Maren Ekholm', 'Jonah, is that in the permit?'),
      line('01:09', 'Jonah Bright', 'It will be. I wrote the condition myself.'),
      '</section></body></html>',
    ].join('\n');
    const quotes = fromPage('tallow-creek-ep41.html', page).quotes.map((q) => `${q.speakerId} | ${q.text}`);
    assert.ok(
      quotes.includes('person:Asha Quist | Quiet nights. A crane can work all day, but the lights go off at ten.'),
    );
    assert.ok(quotes.includes('person:Maren Ekholm | Jonah, is that in the permit?'), quotes.join('\n'));
  });

  it('unseen-73: Clement Bovell\'s "The trucks are the first thing we see" given to Ms Ramkissoon is a misattribution', () => {
    const r = on('unseen-73', 'gecgwu-research-note-stargate-wales-for-members.md', 'Ms Ramkissoon admitted as much');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote47: a Korean quotation that is a request in the formal style (-십시오, -시오) is speech', () => {
  // A 맘카페 post about a residents' meeting: the words set apart under the line that announces them.
  const post = [
    '지난주 목요일 저녁 주민설명회 다녀왔어요. 메모한 거 올려요.',
    '',
    '공장장님이 직접 나오셨는데 이렇게 말씀하셨어요.',
    '',
    '"밤 10시 넘어서 저희 지게차 소리가 한 번이라도 들리면 저한테 바로 민원 넣어 주십시오."',
    '',
    '(대성물류 한지훈 공장장님이에요. 명함도 받아 왔어요.)',
  ].join('\n');

  it('reads the request as a quotation of the one who announced it', () => {
    assert.deepEqual(
      said('momcafe-post.txt', post).map((q) => q.replace(/^[^|]*\| /, '')),
      ['밤 10시 넘어서 저희 지게차 소리가 한 번이라도 들리면 저한테 바로 민원 넣어 주십시오.'],
    );
  });

  it('a word changed in it is a misquote', () => {
    const j = quoteJudged(
      writtenSources({ 'momcafe-post.txt': post }),
      '한지훈 공장장은 설명회에서 "밤 10시 넘어서 저희 지게차 소리가 한 번이라도 나면 저한테 바로 민원 넣어 주십시오"라고 말했다.',
    );
    assert.deepEqual(j.codes, ['quote-mismatch/warning'], j.message);
  });

  it('unseen-73: 오세윤 대표\'s "서 있으면" made "보이면" is a misquote', () => {
    const r = on(
      'unseen-73',
      'iwol-solbit-cho-hakbumohoe-geonuimun-jincheon-gyoyukjiwonchung-ko.md',
      '오세윤 대표도 설명회에서',
    );
    assert.deepEqual(r.codes, ['quote-mismatch']);
  });
});

describe("quote47: a spreadsheet published to the web (every sheet, hidden or shown; a row a line; a quote table's rows)", () => {
  const cell = (t: string) => `<td class="s1">${t}</td>`;
  const row = (n: number, ...cells: string[]) =>
    `<tr><th class="row-headers-background"><div class="row-header-wrapper">${n}</div></th>${cells.map(cell).join('')}</tr>`;
  const sheet = (id: string, shown: boolean, rows: string[]) =>
    `<div id="${id}" style="display:${shown ? 'block' : 'none'};position:relative;"><table class="waffle"><thead><tr><th></th><th>A</th><th>B</th><th>C</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  // A council's tracker of a harbour project, published with Google Sheets: a summary sheet shown, a quotes sheet hidden.
  const page = [
    '<html><head><title>Port Ellery quay – public tracker</title></head><body>',
    '<div id="doc-title">Port Ellery quay – public tracker</div>',
    '<ul id="sheet-tabs"><li><a href="#gid=0">Summary</a></li><li><a href="#gid=77120">What they said</a></li></ul>',
    '<div id="sheets-viewport">',
    sheet('0', true, [
      row(1, 'Item', 'Figure', 'Notes'),
      row(2, 'Shore power, north berth', '12 MW', 'two cruise ships at once'),
      row(3, 'Shore power, south berth', '8 MW', 'opens 2029'),
      row(4, 'Shore power, total', '20 MW', ''),
      row(5, 'Budget', 'GBP 84 million', 'council and port authority'),
    ]),
    sheet('77120', false, [
      row(1, 'Who', 'Date / occasion', 'Quote'),
      row(2, 'Rhian Tallis, harbour master', '2 Mar 2027, board', '"A berth is only as long as the tide lets it be."'),
      row(3, 'Owen Marsh', '2 Mar 2027, board', '"We dredge once, and we dredge deep."'),
    ]),
    '</div><div id="footer">Published by Google Sheets – Report Abuse</div></body></html>',
  ].join('\n');

  it('reads every sheet, each row on a line between bars, without the row numbers and column letters', () => {
    const src = fromPage('port-ellery-tracker.html', page);
    assert.match(src.text, /^\| Shore power, north berth \| 12 MW \| two cruise ships at once \|$/m);
    assert.match(src.text, /^\| Owen Marsh \| 2 Mar 2027, board \| "We dredge once, and we dredge deep\." \|$/m);
    assert.ok(!/^\| (?:1|A) \|/m.test(src.text), src.text);
  });

  it("gives a quotation table's quotations to the person its row names", () => {
    const quotes = fromPage('port-ellery-tracker.html', page).quotes.map((q) => `${q.speakerId} | ${q.text}`);
    assert.deepEqual(quotes, [
      'person:Rhian Tallis | A berth is only as long as the tide lets it be.',
      'person:Owen Marsh | We dredge once, and we dredge deep.',
    ]);
  });

  it("a report giving the harbour master's words to Owen Marsh is a misattribution", () => {
    const j = quoteJudged(
      writtenSources({ 'port-ellery-tracker.html': page }),
      'Owen Marsh told the board: "A berth is only as long as the tide lets it be."',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning'], j.message);
  });

  it('a Markdown table of quotations is read the same way', () => {
    const md = [
      '# What they said',
      '',
      '| Who | When | Quote |',
      '|---|---|---|',
      '| Rhian Tallis, harbour master | 2 Mar 2027 | "A berth is only as long as the tide lets it be." |',
      '| Site | Port Ellery | "quay" |',
    ].join('\n');
    assert.deepEqual(said('quotes.md', md), ['person:Rhian Tallis | A berth is only as long as the tide lets it be.']);
  });

  it('a row that names a part of a total the table gives in another row does not vouch for the part "in total"', () => {
    const j = figureJudged(
      writtenSources({ 'port-ellery-tracker.html': page }),
      'Shore power at the Port Ellery quay comes to 12 MW in total.',
      '12 MW',
    );
    assert.notEqual(j.status, 'supported');
  });

  it("unseen-72: the sheet's Praia – Dakar row (780 km, its table's total 1,190 km) gives no ✓ to '780 km … in total'", () => {
    const f = 'djenaba-monteiro-ministers-briefing-stargate-praia-radio-interview.md';
    assert.deepEqual(on('unseen-72', f, 'The Ponte Atlântica system is 780 km').codes, ['figure-mismatch']);
  });

  it("unseen-72: the sheet's quotations catch Lopes Tavares's changed word and Ilda Fortes's words given to him", () => {
    const f = 'djenaba-monteiro-ministers-briefing-stargate-praia-radio-interview.md';
    assert.deepEqual(on('unseen-72', f, 'export its data').codes, ['quote-mismatch']);
    assert.deepEqual(on('unseen-72', f, 'The reef at Gamboa was here first').codes, ['quote-misattributed']);
  });
});

describe('quote47: a saved page whose text is in a dialog (a Trello card open over its board)', () => {
  const page = [
    '<html><head><title>Berth 4 permit | Trello</title></head><body>',
    '<header class="header-nav"><a class="logo">Trello</a><button>Workspaces</button></header>',
    '<div class="board-header"><h1>Port Ellery – Permits</h1><span>Board</span><span>Table</span></div>',
    '<div class="window" role="dialog" aria-labelledby="card-title"><div class="window-wrapper">',
    '<h2 id="card-title">Berth 4 dredging permit</h2>',
    '<div class="description-content"><p><strong>What this card tracks:</strong> the dredging permit for berth 4. ' +
      'The permit allows 410,000 m³ of dredging a year, in two campaigns, and no work between April and June when the ' +
      'terns nest on the spit.</p><p>Owner: Rhian Tallis. The survey vessel is booked for the first campaign.</p></div>',
    '</div></div></body></html>',
  ].join('\n');

  it("reads the card, not only the board's header", () => {
    assert.match(fromPage('trello-card.html', page).text, /410,000 m³ of dredging a year/);
  });

  it('a small dialog (a cookie notice) stays out of the text', () => {
    const notice = page.replace(
      '</body>',
      '<div role="dialog" class="cookie-banner"><p>We use cookies to improve your experience.</p></div></body>',
    );
    assert.doesNotMatch(fromPage('trello-card.html', notice).text, /cookies/);
  });
});
