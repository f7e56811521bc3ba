// Wrong results found in session 40 on the sets promoted from held-out (unseen-58, unseen-59) and left over from
// session 39. Each case failed before its change.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures';
import { reportLineJudged } from './judged';

/** The figures of an English source sentence, as `text → value unit`. */
const read = (text: string) => extractFigures(text, 'en').figures.map((f) => `${f.text} → ${f.value} ${f.unit}`);

describe('trust40: "Of the 420 acres, 308 are …": the bare number counts what the amount before it measures', () => {
  // A county weekly's land story and a union newsletter's, as they write a part of a whole without repeating its unit.
  it("reads the part in the whole's unit and scale", () => {
    assert.ok(
      read('Of the 640 hectares, 410 are state forest that the county would lease for 99 years.').includes(
        '410 → 4100000 m2',
      ),
      read('Of the 640 hectares, 410 are state forest that the county would lease for 99 years.').join('; '),
    );
    assert.ok(
      read('Of the 2,400 construction jobs, about 900 will go to members of local building-trades unions.').some((x) =>
        x.startsWith('900 → 900 jobs'),
      ),
    );
    assert.ok(read('Of the $4.6 billion, 1.1 will come from a green bond.').includes('1.1 → 1100000000 USD'));
  });

  it('reads no part where the number has a noun of its own, is a year, or the amount is a span of time', () => {
    const parcels = read('Of the 420 acres, 308 parcels were surveyed last spring.');
    assert.ok(!parcels.some((x) => x.startsWith('308') && x.endsWith(' m2')), parcels.join('; '));
    const year = read('Of the 420 acres, 2027 is when the first will be cleared.');
    assert.ok(!year.some((x) => x.startsWith('2027 → 2027 m2')), year.join('; '));
    const years = read('Of the 30 years, 12 are left on the lease.');
    assert.ok(!years.some((x) => x.startsWith('12 ')), years.join('; '));
    // (not a clause that does not open with it: "a share of the 420 acres, 308 …" is another reading)
    const mid = read('He spoke of the 420 acres, 308 are private and the rest public.');
    assert.ok(!mid.some((x) => x.startsWith('308') && x.endsWith(' m2')), mid.join('; '));
  });

  it('unseen-57: the 308 acres bought of the Nikiski site are the weekly\'s "Of the 420 acres, 308 are being bought"', () => {
    const j = reportLineJudged('unseen-57', 'ncr-desk-memo-cold-climate-stargate-korean-suppliers.md', 12, '308 acres');
    assert.equal(j.status, 'supported');
  });
});
