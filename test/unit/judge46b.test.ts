// Planted figures of unseen-70 and unseen-71 that passed (session 46): a fact box's line whose label names what its
// bare number counts ("Apprentices: Ida-Viru Technology School takes 36 per intake", unseen-70 kaja-ilves L20), read
// as no figure at all, so another site's 36 per intake went unflagged. Each case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, figuresRead, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_70_KAJA = 'kaja-ilves-fact-box-stargate-narva-three-campuses.md';

// A fact box writes the counted noun once, as the line's label, and the clause after it puts a bare number per
// something: the label is what the number counts, as "36 apprentices per intake" says in full.
describe('judge46b: a label names what a bare number per something counts', () => {
  const sources = {
    'harbour-weekly-2026-10-02.md':
      '# Training school sets out its data campus scheme\n\n2026-10-02\n\nThe Saltmarsh Technical College will take 24 trainees per cohort for the Stargate Kestrel campus, with two cohorts a year from March 2027, the college said on Friday.\n',
  };
  it('a label’s noun counts the bare number of its line', () => {
    assert.deepEqual(
      figuresRead(
        '# Fact box\n\n- Trainees: Saltmarsh Technical College takes 30 per cohort, two cohorts a year.\n',
      ).slice(0, 1),
      ['30'],
    );
  });
  it('a wrong number per cohort is a mismatch, with the source’s', () => {
    const r = figureJudged(
      writtenSources(sources),
      '# Fact box: Kestrel\n\n- Trainees: Saltmarsh Technical College takes 30 per cohort, two cohorts a year, from March 2027.\n',
      '30',
    );
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /24 trainees/);
  });
  it('the source’s own number is ✓', () => {
    const r = figureJudged(
      writtenSources(sources),
      '# Fact box: Kestrel\n\n- Trainees: Saltmarsh Technical College takes 24 per cohort, two cohorts a year, from March 2027.\n',
      '24',
    );
    assert.equal(r.status, 'supported', messages(r));
  });
  it('a label that is no plural noun, or a number with no "per" after it, counts nothing', () => {
    assert.deepEqual(figuresRead('# Notes\n\n- Q: How many does the college take? A: 30 per cohort.\n'), []);
    assert.deepEqual(figuresRead('# Notes\n\n- Trainees: the college takes 30, the company says.\n'), []);
  });
  it('unseen-70 kaja-ilves L20: the Namibian school’s 36 per intake given to Narva’s, which takes 40', () => {
    const r = reportLineJudged('unseen-70', UNSEEN_70_KAJA, 20, '36');
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(messages(r), /40 apprentices/);
  });
});
