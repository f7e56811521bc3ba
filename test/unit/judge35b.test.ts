// Figure misses of unseen-48 and unseen-49 (sets written blind, promoted to tuning in session 35) on parts, wholes,
// shares and sums, each traced to a general cause and tested on articles written here as their outlets would write
// them. Each case fails without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

/** A regional wire's story of a water permit, written for these tests. */
const MARITSA_WIRE = [
  '# Basin directorate caps the Plovdiv campus at 1.5 cubic metres a second',
  '',
  '*Maritsa Business Wire, 14 August 2027*',
  '',
  'PLOVDIV — The East Aegean basin directorate has issued the water permit for the Stargate Plovdiv campus.',
  'The permit allows the abstraction of up to 1.5 cubic metres per second of river water, against the 1.9 cubic metres per second the developer applied for.',
  'The directorate said the lower figure protects the river in dry summers.',
  '',
].join('\n');

// unseen-49 carpathia: "The environmental agreement of 22 May allows 1.9 cubic metres per second, roughly 70% of the
// 2.4 cubic metres per second requested." 1.9 / 2.4 is 79%; the line's own share was taken as covered, because a
// percent ending in a zero ("70", its last written digit the tens) was allowed a whole place above it (cut: 70 to 81),
// as "about 8%" is allowed 8.9. A writer rounds 79% to 80, never to 70: a percent ending in a zero covers half its
// place either way.
describe('judge35b: a round percent covers half its place above, not a whole one ("roughly 70%" for 79%)', () => {
  const corpus = writtenSources({ 'maritsa-wire.md': MARITSA_WIRE }, 'xref-judge35b-share-');
  const line = (p: string) =>
    `The permit allows 1.5 cubic metres per second, roughly ${p} of the 1.9 cubic metres per second requested.\n`;

  it('flags roughly 70% for 1.5 of 1.9 (79%), and lets roughly 80% stand', () => {
    const wrong = figureJudged(corpus, line('70%'), '70%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /79%/);
    assert.deepEqual(loud(figureJudged(corpus, line('80%'), '80%')), []);
    // a unit-place percent still covers the share cut to it ("about 78%" for 78.9)
    assert.deepEqual(loud(figureJudged(corpus, line('78%'), '78%')), []);
  });

  it('flags the tuning line (unseen-49 carpathia L27)', () => {
    const u49 = loadSources(path.join(__dirname, '../fixtures/unseen-49/sources'));
    const l = (p: string) =>
      `The environmental agreement of 22 May allows 1.9 cubic metres per second, roughly ${p} of the 2.4 cubic metres per second requested.\n`;
    const wrong = figureJudged(u49, l('70%'), '70%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(u49, l('80%'), '80%')), []);
  });
});
