// quote45: quotation lines of the sets promoted today (unseen-68, unseen-69). Each rule is tested on an article and a
// report line written for it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { figuresRead, quoteJudged, reportLineJudged, writtenSources } from './judged';
import { fromPage, on, said } from './quoted';

describe('quote45: a speaker called by the given name alone, as notes of a meeting do', () => {
  // A council clerk's e-mailed notes: the full name once, then the first name.
  const notes = [
    'Subject: Notes from the Thursday meeting at the Ashby village hall',
    '',
    'Dear members of the residents group,',
    '',
    'Here are my notes of what was said. Marisol Tereba, the project engineer, answered most questions on the quarry road.',
    '',
    'Marisol said: "We will close the road at night, never in the school run." Several members asked about dust.',
    '',
    'Best wishes,',
    'Owen Pryce',
  ].join('\n');
  const corpus = () => writtenSources({ 'ashby-meeting-notes.txt': notes });

  it('reads "Marisol said" as the Marisol Tereba named before', () => {
    assert.deepEqual(said('ashby-meeting-notes.txt', notes), [
      'person:Marisol Tereba | We will close the road at night, never in the school run.',
    ]);
  });

  it('gives the words to the full name the report writes: no misattribution', () => {
    const j = quoteJudged(
      corpus(),
      'Marisol Tereba told the residents: "We will close the road at night, never in the school run."',
    );
    assert.equal(j.status, 'supported', j.message);
    assert.deepEqual(j.codes, []);
  });

  it('still tells another person apart', () => {
    const j = quoteJudged(
      corpus(),
      'Owen Pryce told the residents: "We will close the road at night, never in the school run."',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning'], j.message);
  });

  it('two people of that given name before it: neither', () => {
    const two = notes.replace('Here are my notes', 'Marisol Quenby chaired the meeting. Here are my notes');
    assert.deepEqual(said('two.txt', two), [
      'surname:Marisol | We will close the road at night, never in the school run.',
    ]);
  });

  it('a given name alone nothing before explains is never another person than the report names', () => {
    // The full name only after the words, at the signature: the lone word may be that person's first name.
    const late = [
      'Notes from the Ashby meeting.',
      '',
      'Marisol said: "We will close the road at night, never in the school run."',
      '',
      'Minutes taken by Marisol Tereba, project engineer.',
    ].join('\n');
    const j = quoteJudged(
      writtenSources({ 'late.txt': late }),
      'Marisol Tereba told the residents: "We will close the road at night, never in the school run."',
    );
    assert.deepEqual(j.codes, [], j.message);
  });

  it('unseen-68: Gideon Kaupa\'s words, "Gideon said:" in an e-mail\'s notes', () => {
    const r = on(
      'unseen-68',
      'hollis-varga-risk-memo-stargate-island-campuses-car.md',
      'Gideon Kaupa told the landowners',
    );
    assert.deepEqual(r.codes, []);
    assert.equal(r.claims[0].status, 'supported');
  });
});

describe('quote45: a speaker stressed by their own pronoun ("X himself conceded that")', () => {
  const article = [
    'The county planning board met on Tuesday.',
    '',
    'Board chair Imelda Rusk opened the hearing. The county engineer, Tobias Wend, said the bridge would reopen in May.',
    '',
    'Rusk said: "A schedule on a slide is not a permit."',
  ].join('\n');
  const corpus = () => writtenSources({ 'county-board.txt': article });

  it('reads the name before "himself" as the speaker', () => {
    const j = quoteJudged(
      corpus(),
      'The engineer Tobias Wend promised May, but Wend himself conceded that "a schedule on a slide is not a permit."',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning'], j.message);
    assert.match(j.message, /Imelda Rusk/);
  });

  it('and keeps the words with their own speaker', () => {
    const j = quoteJudged(corpus(), 'Imelda Rusk herself said that "a schedule on a slide is not a permit."');
    assert.equal(j.status, 'supported', j.message);
  });

  it("unseen-68: Kaupa himself conceded words that are Ben Aisi's", () => {
    const r = on('unseen-68', 'hollis-varga-risk-memo-stargate-island-campuses-car.md', 'Kaupa himself conceded');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote45: a pronoun after a titled subject with a modal ("Ms X will describe …. In her own words: …")', () => {
  // A conference programme: the speaker's line, the session's description, then her words.
  const programme = [
    'Session 4: Training the people who run the campus',
    '',
    'Amelia Rokotuivuna, Chief Executive, Nadi Bay Compute',
    '',
    'Nadi Bay Compute is funding 90 training places for young Fijians in 2027. Ms Rokotuivuna will explain who gets them. Her aim, in her own words: "A campus that trains nobody here is only a warehouse with fans."',
    '',
    'Session 5: Power',
    '',
    'Joeli Vakacegu, Engineer, Western Grid',
  ].join('\n');

  it('gives the words to the titled subject, not to the company before her', () => {
    assert.deepEqual(said('programme.txt', programme), [
      'person:Amelia Rokotuivuna | A campus that trains nobody here is only a warehouse with fans.',
    ]);
  });

  it('a report giving them to another speaker of the programme is a misattribution', () => {
    const j = quoteJudged(
      writtenSources({ 'programme.txt': programme }),
      'Joeli Vakacegu likes to say: "A campus that trains nobody here is only a warehouse with fans."',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning'], j.message);
  });

  it('a company before a modal is no antecedent of "he"', () => {
    const text = [
      'The package has two suppliers from abroad.',
      'Koralia Batteries of Suva will supply the containers.',
      '"We build for the storm season," he said.',
    ].join(' ');
    assert.deepEqual(said('suppliers.txt', text), ['undefined | We build for the storm season']);
  });

  it("unseen-68: Litia Naivalu's words given to Ratu Josaia Vuniwai", () => {
    const r = on(
      'unseen-68',
      'seini-park-interpreter-prep-juwang-delegation-vuda.md',
      'Ratu Josaia Vuniwai likes to say',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe("quote45: a channel's web preview, each post a `widget` of its own", () => {
  // A channel's public preview page, as a browser saves it: the posts in elements whose class names say widget.
  const post = (n: number, text: string, by: string) =>
    `<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="harbourwatch/${n}">
  <div class="tgme_widget_message_bubble">
    <div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/harbourwatch"><span>Harbour Watch</span></a></div>
    <div class="tgme_widget_message_text js-message_text" dir="auto">${text}</div>
    <div class="tgme_widget_message_footer compact"><span class="tgme_widget_message_views">1.2K</span><span class="tgme_widget_message_from_author">${by}</span></div>
  </div>
</div></div>`;
  const page = [
    '<!DOCTYPE html><html><head><title>Harbour Watch – Telegram</title><meta property="og:site_name" content="Telegram"></head>',
    '<body class="widget_frame_base"><main><section class="tgme_channel_history">',
    post(
      101,
      '<b>Quay works start.</b> The port authority has let the 420 m quay extension at Kestrel Bay to a joint venture for EUR 61m.<br/><br/>Work starts in March and runs 30 months.',
      'Ana Lutui',
    ),
    post(
      104,
      '<b>Whose number?</b> The fishing co-operative has counted the berths the extension removes: 38, not the 12 the authority counts.<br/><br/>"Twelve berths is a drawing. On the water we lose thirty-eight," says Meli Fonua of the co-operative.',
      'Ana Lutui',
    ),
    post(
      109,
      '<b>Council vote.</b> The harbour board approved the dredging permit by 7 votes to 2 on Tuesday. The permit runs for five years.',
      'Tevita Hola',
    ),
    '</section></main></body></html>',
  ].join('\n');

  it('reads every post of the page as its text', () => {
    const src = fromPage('harbour-watch-channel.html', page);
    assert.match(src.text, /Work starts in March and runs 30 months\./);
    assert.match(src.text, /approved the dredging permit by 7 votes to 2/);
    assert.deepEqual(
      src.quotes.map((q) => `${q.speakerId} | ${q.text}`),
      ['person:Meli Fonua | Twelve berths is a drawing. On the water we lose thirty-eight'],
    );
  });

  it('a report changing a word of the post is a misquote', () => {
    const dir = writtenSources({ 'harbour-watch-channel.html': page });
    const j = quoteJudged(
      dir,
      'Meli Fonua of the co-operative says: "Twelve berths is a drawing. On the water we lose forty."',
    );
    assert.deepEqual(j.codes, ['quote-mismatch/warning'], j.message);
  });

  it('unseen-69: the Telegram post of Nermin Kulenović, a word changed', () => {
    const r = on(
      'unseen-69',
      'bcwn-site-voices-14-stargate-tuzla-lome-sungai-liang-pay-and-shifts.md',
      'Nermin Kulenović puts it plainly',
    );
    assert.deepEqual(r.codes, ['quote-mismatch']);
  });
});

describe('quote45: a date line naming the day the report was prepared', () => {
  it('is masthead, no claim about events', () => {
    const read = figuresRead(
      [
        '# Briefing notes: the Kestrel Bay quay',
        '',
        'Lavinia Mahe, harbour liaison, Nuku’alofa · prepared 14 October 2026',
        '',
        'The quay extension is 420 m long and costs EUR 61m.',
      ].join('\n'),
    );
    assert.ok(!read.includes('14 October 2026'), read.join(', '));
    assert.ok(read.includes('EUR 61m'), read.join(', '));
  });

  it("unseen-68: the interpreter's date line is no claim", () => {
    assert.throws(
      () =>
        reportLineJudged('unseen-68', 'seini-park-interpreter-prep-juwang-delegation-vuda.md', 3, '30 November 2026'),
      /no claim/,
    );
  });
});
