// Figure misses of unseen-48 and unseen-49 (sets written blind, promoted to tuning in session 35) on parts, wholes,
// shares and sums, each traced to a general cause and tested on articles written here as their outlets would write
// them. Each case fails without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, figuresRead, loadSources, loud, writtenSources } from './judged';

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

/** An ASX listed company's announcement of a solar farm for a campus, written for these tests. */
const KAURI_ASX = [
  'ASX ANNOUNCEMENT',
  '',
  '3 February 2027',
  '',
  'KAURI RENEWABLES LIMITED (ASX: KRL)',
  '',
  'FINANCIAL CLOSE: 400 MW SOLAR FARM AND BATTERY FOR THE STARGATE DARLING DOWNS CAMPUS',
  '',
  'Kauri Renewables Limited (Kauri or the Company) is pleased to announce that its subsidiary Bunya Solar Pty Ltd has reached financial close on a 400 MW solar farm and 800 MWh battery supplying the Stargate Darling Downs campus in Queensland.',
  '',
  'Project funding',
  '',
  '- The total project cost is estimated at AUD1.8 billion, to be funded 65% by project finance debt and 35% by equity.',
  "- Kauri's share of the equity is AUD390 million, to be met from cash reserves and an undrawn corporate facility.",
  '- First power is expected in the second half of 2028.',
  '',
  'This announcement was authorised for release by the Board.',
  '',
].join('\n');

// unseen-48 small-cap: "Tswelelo's own equity commitment is ZAR2.1 billion, about 28% of the project cost." The SENS
// writes its money as filings do, the code against the amount ("ZAR11.6 billion", "USD630 million"): the scanner read
// a code only with a space after it, so neither amount was read, in the report or the source. And the share's whole,
// "the project cost", is stated in the item before the part's ("3.2 The total project cost is estimated at ZAR11.6
// billion …" / "3.3 The Group's share of the equity commitment is ZAR2.1 billion"), where the site share rule looked
// only in the part's own sentence: 2.1 / 11.6 is 18%.
describe('judge35b: a currency code against its amount; a share of the project cost stated beside the part', () => {
  it('reads "ZAR2.1 billion", "USD630 million", "EUR1,250,000" as money, not "PHP8.1", "GPT4" or "TRY3"', () => {
    const read = figuresRead(
      'It costs ZAR2.1 billion (USD630 million), EUR1,250,000 a year and ZAR18.40 a dollar; PHP8.1, GPT4 and TRY3 run.\n',
    );
    assert.deepEqual(read, ['ZAR2.1 billion', 'USD630 million', 'EUR1,250,000', 'ZAR18.40']);
  });

  const corpus = writtenSources({ 'kauri-asx.txt': KAURI_ASX }, 'xref-judge35b-cost-');
  const line = (p: string) => `Kauri's own equity is AUD390 million, about ${p} of the project cost.\n`;

  it("flags a share of the project cost the part and the item before it do not make (390 of 1,800 is 22%)", () => {
    const wrong = figureJudged(corpus, line('32%'), '32%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /22%/);
    assert.deepEqual(loud(figureJudged(corpus, line('22%'), '22%')), []);
    // the part itself is vouched for
    assert.deepEqual(loud(figureJudged(corpus, line('22%'), 'AUD390 million')), []);
  });

  it('flags the tuning line (unseen-48 small-cap L13)', () => {
    const u48 = loadSources(path.join(__dirname, '../fixtures/unseen-48/sources'));
    const l = (p: string) => `Tswelelo's own equity commitment is ZAR2.1 billion, about ${p} of the project cost.\n`;
    assert.deepEqual(figureJudged(u48, l('28%'), '28%').codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(u48, l('18%'), '18%')), []);
  });
});
