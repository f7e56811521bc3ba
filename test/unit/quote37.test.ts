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
