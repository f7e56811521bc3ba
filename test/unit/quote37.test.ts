// Issue 10 (quote37): quotation misses of unseen-52 and unseen-53. Each rule is tested on a small source written as its
// outlet would write it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { on, said } from './quoted';

const quoteFindings = (text: string, corpus: Corpus) =>
  checkReport(corpus, text, {})
    .findings.filter((f) => f.code.startsWith('quote') && f.severity !== 'information')
    .map((f) => `${f.range.start.line}:${f.code}`);

describe('quote37: "“…,” as economy minister Claude Weyer put it" gives the words to the one it names', () => {
  // A grid newsletter's issue, as its platform sends it and archives it: short sections, quoted lines closed by who
  // said them.
  const file = '/no/power-lines-issue-41-skawina.txt';
  const text = [
    'Power Lines — Issue #41',
    '',
    'Two campuses, one river',
    '',
    'The campus at Skawina, south of Kraków, is still planned at 300 MW. Stargate\'s regional director, Tomasz Nowak, told a conference in June that "the river decides how fast we grow, not the order book."',
    '',
    'What makes Skawina different is the water clause: a third of the intake is kept for the town\'s own supply. "The river belongs to the valley first, and to the servers after," as energy commissioner Agnieszka Wróbel put it.',
    '',
  ].join('\n');

  it('reads the speaker after the quotation', () => {
    const got = said(file, text);
    assert.ok(
      got.includes(
        'person:Agnieszka Wróbel | The river belongs to the valley first, and to the servers after',
      ),
      got.join('\n'),
    );
  });

  it("names the words given to Stargate's director misattributed, and leaves the commissioner's alone", () => {
    const corpus = Corpus.of([buildSource(file, text)]);
    assert.deepEqual(
      quoteFindings(
        'Stargate\'s Tomasz Nowak summed up the clause: "The river belongs to the valley first, and to the servers after."',
        corpus,
      ),
      ['0:quote-misattributed'],
    );
    assert.deepEqual(
      quoteFindings(
        'Energy commissioner Agnieszka Wróbel summed up the clause: "The river belongs to the valley first, and to the servers after."',
        corpus,
      ),
      [],
    );
  });

  it("unseen-53: the Luxembourg minister's words given to Stargate's Daniel Whitcombe", () => {
    const r = on('unseen-53', 'noord-holland-energy-office-stargate-benelux-note.md', 'summed up the clause');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote37: "Mayor X called the project a way of “…”" is the mayor\'s speech', () => {
  // A regional government's weekly decisions page, one decision a paragraph.
  const file = '/no/dolnoslaskie-government-decisions-2026-04-14.txt';
  const text = [
    'Decisions of the Regional Government, 14 April 2026',
    '',
    'Wałbrzych: PLN 60 million for the heat network of the former Victoria mine',
    '',
    'The Regional Government approved a grant of PLN 60 million for the 18 km heat network that will carry server heat from the Stargate campus to the town. "We are turning the old mine shafts into a battery for the valley," said Minister Ewa Kowalczyk.',
    '',
    'Mayor Jan Zieliński welcomed the decision: "Eight thousand flats will be heated by the campus before the winter of 2029."',
    '',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource(file, text)]);

  it("gives the minister's words, moved to the mayor, to the minister", () => {
    assert.deepEqual(
      quoteFindings(
        'Mayor Jan Zieliński called the plan a way of "turning the old mine shafts into a battery for the valley."',
        corpus(),
      ),
      ['0:quote-misattributed'],
    );
  });

  it('leaves them alone with the minister', () => {
    assert.deepEqual(
      quoteFindings(
        'Minister Ewa Kowalczyk called the plan a way of "turning the old mine shafts into a battery for the valley."',
        corpus(),
      ),
      [],
    );
  });

  it("unseen-53: the Walloon minister's words given to the mayor of Seraing", () => {
    const r = on('unseen-53', 'uliege-seminar-note-seraing-heat-network.md', 'called the project a way of');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});
