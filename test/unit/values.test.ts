import { strict as assert } from 'assert';
import { agrees, datesAgree, dateWithinBound } from '../../server/src/extract/values';

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
