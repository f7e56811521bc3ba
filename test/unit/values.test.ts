import { strict as assert } from 'assert';
import {
  agrees,
  datesAgree,
  dateWithinBound,
  interval,
  intervalsAgree,
  overlapsAny,
} from '../../server/src/extract/values';

const f = (value: string, qualifier: any = 'exact', precision = '1', extra: any = {}) => ({
  value,
  qualifier,
  precision,
  ...extra,
});

describe('values: qualifiers', () => {
  it('about 718 trillion agrees with about 720 trillion (720 is written to the 10 trillion)', () => {
    assert.ok(
      agrees(f('718000000000000', 'approx', '1000000000000'), f('720000000000000', 'approx', '10000000000000')),
    );
  });
  it('an exact figure does not stretch: $520 billion is not $500 billion', () => {
    assert.ok(!agrees(f('520000000000'), f('500000000000', 'exact', '100000000000')));
  });
  it('up to $500 billion agrees with 최대 5000억 달러 and with a bare $500 billion', () => {
    assert.ok(agrees(f('500000000000', 'max'), f('500000000000', 'max')));
    assert.ok(agrees(f('500000000000', 'max'), f('500000000000')));
  });
  it('a bound is not supported by another bound the same way with another number', () => {
    assert.ok(!agrees(f('30000000000', 'max'), f('25000000000', 'max')));
    assert.ok(!agrees(f('600000000000000', 'min'), f('700000000000000', 'min')));
  });
  it('a bound is not supported by a value far inside it (up to $500 billion vs $50 million)', () => {
    assert.ok(!agrees(f('500000000000', 'max'), f('50000000')));
    assert.ok(!agrees(f('700000000000000', 'min'), f('5000000000000000')));
  });
  it('a bare $400 billion is not supported by up to $500 billion', () => {
    assert.ok(!agrees(f('400000000000'), f('500000000000', 'max')));
  });
  it('more than 100,000 jobs agrees with 10만 개 이상 and with 100,000', () => {
    assert.ok(agrees(f('100000', 'min'), f('100000', 'min')));
    assert.ok(agrees(f('100000', 'min'), f('100000')));
  });
  it('more than 700 trillion won is supported by about 718 trillion won', () => {
    assert.ok(agrees(f('700000000000000', 'min'), f('718000000000000', 'approx', '1000000000000')));
  });
  it('a vague range (수십만) does not support 100,000', () => {
    assert.ok(!agrees(f('100000'), f('200000', 'range', '10000', { low: '200000', high: '900000' })));
    assert.ok(agrees(f('300000'), f('200000', 'range', '10000', { low: '200000', high: '900000' })));
  });
  it('partial dates agree on the parts both state', () => {
    assert.ok(datesAgree('--01-21', '---21'));
    assert.ok(datesAgree('2025-01-21', '--01-21'));
    assert.ok(!datesAgree('--01-22', '---21'));
    assert.ok(!datesAgree('2015', '2018'));
  });
});

describe('values: amounts converted from another unit', () => {
  // Millions of gallons in m³: "200 million gallons" is 757,082.3568 m³, written to the 100 million gallons.
  const gallons = (m: number, qualifier = 'exact', step = 1) =>
    f(String(m * 3785.411784), qualifier, String(step * 3785.411784));
  it('is as approximate as it was written against another unit: 1 million square feet is about 92,903 m²', () => {
    assert.ok(agrees(f('93000', 'approx', '1000'), f('92903.04', 'exact', '92903.04')));
    // "up to 5.7 million litres" (to the 100,000 litres) is "up to 1.5 million gallons" (to the 100,000 gallons)
    assert.ok(agrees(f('5700', 'max', '100'), gallons(1.5, 'max', 0.1)));
    assert.ok(!agrees(f('57000', 'max', '1000'), gallons(1.5, 'max', 0.1)));
  });
  it('is compared as written against the same unit: 250 million gallons is not 200 million gallons', () => {
    assert.ok(!agrees(gallons(250, 'exact', 10), gallons(200, 'exact', 100)));
    assert.ok(agrees(gallons(200, 'exact', 100), gallons(200, 'exact', 100)));
    assert.ok(agrees(gallons(1.5, 'max', 0.1), gallons(1.5, 'max', 0.1)));
    assert.ok(!agrees(gallons(2.2, 'max', 0.1), gallons(1.5, 'max', 0.1)));
    // 900 acres is not 875 acres, though 900 is written to the hundred
    assert.ok(
      !agrees(
        f(String(900 * 4046.8564224), 'exact', '404685.64224'),
        f(String(875 * 4046.8564224), 'exact', '4046.8564224'),
      ),
    );
  });
});

describe('values: a date within a deadline or a start', () => {
  it('“by 2028” holds March 2026 and 2028 itself, not 2029; “since 2024” holds 2025, not 2023', () => {
    assert.ok(dateWithinBound('2026-03', { value: '2028', qualifier: 'max' }));
    assert.ok(dateWithinBound('2028-05', { value: '2028', qualifier: 'max' }));
    assert.ok(!dateWithinBound('2029', { value: '2028', qualifier: 'max' }));
    assert.ok(dateWithinBound('2025', { value: '2024', qualifier: 'min' }));
    assert.ok(!dateWithinBound('2023-12', { value: '2024', qualifier: 'min' }));
  });
  it('a plain date bounds nothing, and dates with no part in common are not within each other', () => {
    assert.ok(!dateWithinBound('2026', { value: '2028', qualifier: 'exact' }));
    assert.ok(!dateWithinBound('--03', { value: '2028', qualifier: 'max' }));
  });
});

describe('values: any of many intervals overlapping one (overlapsAny)', () => {
  // Amounts as sources state them: roundings that only touch at an end (약 10만 is 5만–15만, 약 20만 15만–25만), a
  // point at such an end, a point inside, ranges, bounds, an amount of another size, and one that is no number.
  const figs = [
    f('100000', 'approx', '100000'),
    f('200000', 'approx', '100000'),
    f('150000'),
    f('120000'),
    f('250000', 'approx', '10000'),
    f('300000', 'range', '1', { low: '250000', high: '400000' }),
    f('400000', 'range', '1', { low: '400000', high: '400000' }),
    f('500000', 'max'),
    f('100000', 'min'),
    f('718000000000000', 'approx', '1000000000000'),
    f('720000000000000', 'approx', '10000000000000'),
    // converted from gallons: 200 million and 250 million, up to 1.5 million, 120 million exactly
    f('757082.3568', 'exact', '378541.1784'),
    f('946352.946', 'exact', '37854.11784'),
    f('5678.117676', 'max', '378.5411784'),
    f('454249.41408', 'exact', '3785.411784'),
    f('none'),
  ];
  const ivs = figs.map((x) => interval(x));
  const points = ivs.filter((x) => x.shape === 'point');
  it('answers as asking each: anything against points, and a point against anything', () => {
    let yes = 0,
      no = 0;
    for (let n = 0; n <= ivs.length; n++)
      for (let from = 0; from < n; from++) {
        const some = ivs.slice(from, n),
          somePoints = some.filter((x) => x.shape === 'point');
        const ofPoints = overlapsAny(somePoints),
          ofAll = overlapsAny(some);
        for (const v of ivs) {
          const want = somePoints.some((x) => intervalsAgree(x, v));
          assert.equal(ofPoints(v), want, `${JSON.stringify(v)} against ${JSON.stringify(somePoints)}`);
          if (want) yes++;
          else no++;
        }
        for (const v of points)
          assert.equal(
            ofAll(v),
            some.some((x) => intervalsAgree(v, x)),
            `${JSON.stringify(v)} against ${JSON.stringify(some)}`,
          );
      }
    assert.ok(yes > 0 && no > 0, `both answers are asked for (${yes} yes, ${no} no)`);
  });
});
