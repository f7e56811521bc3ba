// A shared corpus reads the values in a claim's reach narrowed by agreeWindow() before it asks agrees() of each
// (corpus/pg.ts): the narrowing must never leave out a value that agrees, whatever the two figures' shapes.
import { strict as assert } from 'assert';
import { agreeWindow, reach } from '../../server/src/corpus/sourceStore';
import { agrees } from '../../server/src/extract/values';

type F = Parameters<typeof reach>[0];

/** Figures of every shape agrees() reads, around a few magnitudes, with the steps writers round to. */
function figures(): F[] {
  const out: F[] = [];
  const values = [0, 1, 3, 9.5, 10, 12, 95, 100, 250, 718e12, 720e12, 4.99e11, 5e11, 6e11, 1e12, -3, -250];
  for (const v of values)
    for (const precision of ['0', '1', '10', '100000000000', '92903.04', '0.5'])
      for (const qualifier of ['exact', 'approx', 'min', 'max'] as const) {
        out.push({ kind: 'money', value: String(v), precision, qualifier, text: `${v}` });
        if (qualifier === 'approx') out.push({ kind: 'money', value: String(v), precision, qualifier, text: `${v}여` });
      }
  for (const [lo, hi] of [
    [1, 3],
    [90, 110],
    [4e11, 6e11],
    [5e11, 1e12],
    [-10, 10],
    [700e12, 720e12],
  ])
    for (const precision of ['1', '100000000000'])
      out.push({
        kind: 'money',
        value: String(lo),
        low: String(lo),
        high: String(hi),
        precision,
        qualifier: 'range',
        text: `${lo}-${hi}`,
      });
  return out;
}

describe('the values a store reads for a claim (agreeWindow)', () => {
  const all = figures();

  it('every value that agrees with a claim has a reach inside its window', () => {
    let agreeing = 0,
      outside = 0;
    for (const c of all) {
      const [lo, hi] = agreeWindow(c);
      for (const s of all) {
        const [rlo, rhi] = reach(s);
        const inside = (lo === null || rhi >= lo) && (hi === null || rlo <= hi);
        if (agrees(c, s)) {
          agreeing++;
          assert.ok(
            inside,
            `${JSON.stringify(c)} agrees with ${JSON.stringify(s)}, reach ${rlo}…${rhi}, window ${lo}…${hi}`,
          );
        } else if (!inside) outside++;
      }
    }
    // The material has both: pairs that agree, and pairs the window leaves out.
    assert.ok(agreeing > 1000 && outside > 10000, `${agreeing} agree, ${outside} left out`);
  });

  it("a value whose reach meets the claim's but cannot agree is left out", () => {
    // "about $500 billion" and "$1.0 trillion", both to the 100 billion: their reaches meet (each is widened by
    // half again), the values do not.
    const claim: F = {
      kind: 'money',
      value: '500000000000',
      precision: '100000000000',
      qualifier: 'approx',
      text: '약 5000억',
    };
    const trillion: F = {
      kind: 'money',
      value: '1000000000000',
      precision: '100000000000',
      qualifier: 'exact',
      text: '1.0',
    };
    const [clo, chi] = reach(claim),
      [rlo, rhi] = reach(trillion);
    assert.ok(rlo <= chi && rhi >= clo, 'the reaches meet');
    assert.ok(!agrees(claim, trillion));
    const [lo, hi] = agreeWindow(claim);
    assert.ok(!((lo === null || rhi >= lo) && (hi === null || rlo <= hi)), `window ${lo}…${hi}, reach ${rlo}…${rhi}`);
  });

  it('a date, and a cap or a floor on its open side, narrow nothing', () => {
    assert.deepEqual(
      agreeWindow({ kind: 'date', value: '2026-05', precision: '', qualifier: 'exact', text: 'May 2026' }),
      [null, null],
    );
    assert.equal(agreeWindow({ kind: 'money', value: '5', precision: '1', qualifier: 'min', text: '5' })[1], null);
    assert.equal(agreeWindow({ kind: 'money', value: '5', precision: '1', qualifier: 'max', text: '5' })[0], null);
  });
});
