// When two stated quantities agree, given their qualifiers ("about", "up to", "more than", ranges).
import { firstIndex } from '../text/text';
import type { RawFigure } from '../types';

type Shape = 'point' | 'min' | 'max' | 'range';
export interface Interval {
  lo: number;
  hi: number;
  shape: Shape;
  stated: number;
  step: number;
  /**
   * For a value converted from another unit (its step no power of ten), the interval as written, without the
   * conversion's slack: two values written in the same unit ("120 million gallons" / "200 million gallons") are
   * compared so (intervalsAgree).
   */
  asWritten?: Interval;
}

export function interval(
  f: Pick<RawFigure, 'value' | 'low' | 'high' | 'precision' | 'qualifier'> & { text?: string },
): Interval {
  const v = Number(f.value);
  const step = Number(f.precision || '0');
  // A value converted from another system of units ("1 million square feet" = 92,903.04㎡, precision 92,903.04㎡)
  // has a precision that is no power of ten: it is as approximate as it was written.
  const converted = step > 0 && !/^(?:0\.0*)?10*$/.test(f.precision);
  if (converted) return { ...convertedInterval(f, v, step), asWritten: writtenInterval(f, v, step) };
  return writtenInterval(f, v, step);
}

/** A converted value's interval: an exact one is approximate, a bound as approximate as it was written. */
function convertedInterval(f: Parameters<typeof interval>[0], v: number, step: number): Interval {
  const half = step / 2;
  switch (f.qualifier) {
    case 'exact':
      return writtenInterval({ ...f, qualifier: 'approx' }, v, step);
    // "up to 1.5 million gallons" is "up to 5.7 million litres"
    case 'max':
    case 'min':
      return { lo: v - half, hi: v + half, shape: f.qualifier, stated: v, step };
    default:
      return writtenInterval(f, v, step);
  }
}

function writtenInterval(f: Parameters<typeof interval>[0], v: number, step: number): Interval {
  const half = step / 2;
  switch (f.qualifier) {
    // "10여 년", "2000여 명": ten-odd years, two thousand and some: from the number up to its next step.
    case 'approx': {
      if (isOddApprox(f.text)) return { lo: v, hi: v + step - eps(step), shape: 'point', stated: v, step };
      // A last figure of 5 is a rounding to fives, up to two steps from it ("nearly \$15 billion" for \$14 billion,
      // "about 150 MW" for 140); only a figure of two places or more ("약 50만" is one place, 5 of its step of 10만).
      // And an approximate value stands for values within a quarter of it at most, not half its step ("about \$10
      // billion" is no rounding of \$14 billion, "약 10만" none of 14만).
      const fives = step > 0 && v / step > 10 && Math.abs(((v / step) % 10) - 5) < 1e-6 ? 4 : 1;
      const h = Math.min(half * fives, Math.abs(v) * APPROX_REACH);
      return { lo: v - h, hi: v + h, shape: 'point', stated: v, step };
    }
    case 'max':
      return { lo: v, hi: v, shape: 'max', stated: v, step };
    case 'min':
      return { lo: v, hi: v, shape: 'min', stated: v, step };
    case 'range': {
      const lo = Number(f.low ?? f.value),
        hi = Number(f.high ?? f.value);
      return { lo: Math.min(lo, hi), hi: Math.max(lo, hi), shape: 'range', stated: v, step };
    }
    default:
      return { lo: v, hi: v, shape: 'point', stated: v, step };
  }
}

/**
 * A bound in a claim stands for values within this factor of it: "up to $500 billion" is not "$50 million",
 * "more than 700조" is what 약 718조 says. A cap also stands only for values within one step of its last
 * written digit: "up to $600 billion" (to the 100 billion) is not what $500 billion says, nor "up to $550
 * billion" (to the 10 billion); "최대 720조" is what 약 718조 says. (A floor is often a value rounded down.)
 */
const NEAR = 1.25;
/** How far from its stated value an approximate one may stand, as a share of it, at most. */
const APPROX_REACH = 0.25;
const eps = (a: number) => Math.abs(a) * 1e-12 + 1e-12;
const overlap = (a: Interval, b: Interval) => {
  // Two roundings that only touch at an end ("약 10만" is 5만–15만, "약 20만" 15만–25만) are different amounts.
  if (a.lo < a.hi && b.lo < b.hi) return a.lo < b.hi - eps(b.hi) && b.lo < a.hi - eps(a.hi);
  return a.lo <= b.hi + eps(b.hi) && b.lo <= a.hi + eps(a.hi);
};

/**
 * Does the source's statement support the claim's? Same stated number (within "about") always does; a bound
 * in the claim is supported by a plain source value that satisfies it ("more than 700조" by "약 718조"); a
 * bare number is not supported by a bound with another number ("$400 billion" vs "up to $500 billion"),
 * nor a bound by another bound the same way ("up to $30 billion" vs "up to $25 billion").
 */
/** Whether two figures state the same value: each agrees with the other as written. */
export function sameValue(a: Parameters<typeof agrees>[0], b: Parameters<typeof agrees>[1]): boolean {
  return agrees(a, b) && agrees(b, a);
}

export function agrees(
  claim: Parameters<typeof interval>[0] & { kind?: string },
  source: Parameters<typeof interval>[0] & { kind?: string },
): boolean {
  if (claim.kind === 'date' || source.kind === 'date') return datesAgree(claim.value, source.value);
  return intervalsAgree(interval(claim), interval(source));
}

/**
 * Whether any of these intervals overlaps a given one as overlap() reads it (intervalsAgree of a point and anything,
 * and of anything and a point, is overlap() of the two, both stated), asked many times: by the intervals sorted by
 * their low end and the highest top up to each, a question reads O(log n) of them, not all (a store's check asks
 * it of thousands of values against hundreds of amounts, corpus/pg.ts).
 */
export function overlapsAny(ivs: readonly Interval[]): (v: Interval) => boolean {
  // Converted values are asked one by one: against one converted by the same factor they meet as written.
  const written = ivs.filter((x) => Number.isFinite(x.stated) && x.asWritten);
  const stated = ivs.filter((x) => Number.isFinite(x.stated) && !x.asWritten);
  const finite = stated.filter((x) => Number.isFinite(x.lo) && Number.isFinite(x.hi)).sort((a, b) => a.lo - b.lo);
  const rest = stated.filter((x) => !(Number.isFinite(x.lo) && Number.isFinite(x.hi)));
  const proper = finite.filter((x) => x.lo < x.hi),
    points = finite.filter((x) => !(x.lo < x.hi));
  const tops = (xs: Interval[], top: (x: Interval) => number) => {
    const t: number[] = [];
    xs.forEach((x, i) => t.push(Math.max(top(x), i ? t[i - 1] : -Infinity)));
    return t;
  };
  // overlap() of two proper intervals: each starts below the other's top, less its margin; else each starts no
  // higher than the other's top, plus its margin.
  const properTop = tops(proper, (x) => x.hi - eps(x.hi)),
    pointTop = tops(points, (x) => x.hi + eps(x.hi)),
    finiteTop = tops(finite, (x) => x.hi + eps(x.hi));
  /** How many of xs start below t (or at t, unless strict). */
  const upTo = (xs: Interval[], t: number, strict: boolean) =>
    firstIndex(xs.length, (m) => (strict ? xs[m].lo >= t : xs[m].lo > t));
  return (v) => {
    if (!Number.isFinite(v.stated)) return false;
    if (written.some((x) => (sameWritten(x, v) ? overlap(x.asWritten!, v.asWritten!) : overlap(x, v)))) return true;
    if (rest.some((x) => overlap(x, v))) return true;
    if (!(Number.isFinite(v.lo) && Number.isFinite(v.hi))) return finite.some((x) => overlap(x, v));
    if (v.lo < v.hi) {
      const i = upTo(proper, v.hi - eps(v.hi), true);
      if (i > 0 && properTop[i - 1] > v.lo) return true;
      const j = upTo(points, v.hi + eps(v.hi), false);
      return j > 0 && pointTop[j - 1] >= v.lo;
    }
    const k = upTo(finite, v.hi + eps(v.hi), false);
    return k > 0 && finiteTop[k - 1] >= v.lo;
  };
}

/** agrees() of two figures that are not dates, given their intervals (worked out once for figures compared often). */
export function intervalsAgree(c: Interval, s: Interval): boolean {
  if (!Number.isFinite(c.stated) || !Number.isFinite(s.stated)) return false;
  if (sameWritten(c, s)) return intervalsAgree(c.asWritten!, s.asWritten!);
  // overlap() reads the ends only, whatever the shapes: the points meet when the intervals do.
  const pointsMeet = overlap(c, s);
  switch (c.shape) {
    case 'point':
      if (s.shape === 'range') return overlap(c, s);
      return pointsMeet;
    case 'min':
      // Two bounds the same way must be the same bound: "up to $30 billion" is not what "up to $25 billion" says.
      if (s.shape === 'min') return pointsMeet;
      // "more than 700조" is what "약 718조" says; it is not what "5000조" says.
      if (s.shape === 'point') return (s.stated >= c.lo - eps(c.lo) && s.stated <= c.lo * NEAR) || pointsMeet;
      if (s.shape === 'range') return s.lo >= c.lo - eps(c.lo);
      return pointsMeet;
    case 'max':
      if (s.shape === 'max') return pointsMeet;
      if (s.shape === 'point')
        return (s.stated <= c.hi + eps(c.hi) && s.stated >= c.hi / NEAR && s.stated > c.hi - stepOf(c)) || pointsMeet;
      if (s.shape === 'range') return s.hi <= c.hi + eps(c.hi);
      return pointsMeet;
    case 'range':
      if (s.shape === 'range') return overlap(c, s);
      return s.stated >= c.lo - eps(c.lo) && s.stated <= c.hi + eps(c.hi);
  }
}

/** Both converted by the same factor (steps a power of ten apart): written in the same unit, compared as written. */
function sameWritten(a: Interval, b: Interval): boolean {
  if (!a.asWritten || !b.asWritten) return false;
  const l = Math.log10(a.step > b.step ? a.step / b.step : b.step / a.step);
  return Math.abs(l - Math.round(l)) < 1e-9;
}

/** The claim's written step; a figure with no precision stated stretches as far as NEAR. */
function stepOf(c: Interval): number {
  return c.step > 0 ? c.step : Infinity;
}

/** "10여 년", "2000여 명": a number written with 여 (ten-odd), which reaches from the number up to its next step. */
export function isOddApprox(text: string | undefined): boolean {
  // (and "20%대", "700조원대": in the twenties, seven hundred trillion and some; scanner.ts keeps the 대 in the text)
  return !!text && ((text.includes('여') && /\d여/.test(text)) || /[%원러로엔드안]대$/.test(text));
}

/**
 * Whether two partial ISO dates both state some part (a year, a month or a day), whatever its value. A quarter or a
 * half of a year ("2026-Q2", "2026-H1") shares its months with another quarter or half only (see datesAgree).
 */
export function datesSharePart(a: string, b: string): boolean {
  const pa = dateParts(a),
    pb = dateParts(b);
  return (
    (pa.y !== undefined && pb.y !== undefined) || monthsShared(pa, pb) || (pa.d !== undefined && pb.d !== undefined)
  );
}

/**
 * Whether a date lies within a deadline or a start another states: `bound` with qualifier 'max' ("by 2028", "until
 * 2027") holds every date up to it, 'min' ("since 2024") every date from it. Compared on the parts both state, year
 * first; a date that shares no part with the bound is not within it. A quarter or half is compared by its months
 * with another quarter or half only.
 */
export function dateWithinBound(date: string, bound: { value: string; qualifier: string }): boolean {
  if (bound.qualifier !== 'max' && bound.qualifier !== 'min') return false;
  const a = dateParts(date),
    b = dateParts(bound.value);
  const before = bound.qualifier === 'max';
  if (a.y !== undefined && b.y !== undefined && a.y !== b.y) return before ? a.y < b.y : a.y > b.y;
  const ma = monthsOf(a),
    mb = monthsOf(b);
  if (ma && mb && comparable(a, b) && (ma[1] < mb[0] || mb[1] < ma[0])) return before ? ma[1] < mb[0] : ma[0] > mb[1];
  if (a.d !== undefined && b.d !== undefined && a.d !== b.d) return before ? a.d < b.d : a.d > b.d;
  return datesSharePart(date, bound.value);
}

/**
 * Partial ISO dates agree when every part both state is the same and they share at least one. A quarter and the
 * half that holds it agree; against a month, a quarter or half states only its year (it states no day either).
 */
export function datesAgree(a: string, b: string): boolean {
  const pa = dateParts(a),
    pb = dateParts(b);
  let shared = 0;
  if (pa.y !== undefined && pb.y !== undefined) {
    if (pa.y !== pb.y) return false;
    shared++;
  }
  const ma = monthsOf(pa),
    mb = monthsOf(pb);
  if (ma && mb) {
    // Spans of a year nest (a quarter in a half): they agree when one holds the other. A month and a quarter are not
    // compared: quarters are often a fiscal year's (SoftBank's third quarter is October to December), and a month
    // beside a quarter is often another milestone ("1분기 시범 운영, 11월 상업 가동"); their year says what they share.
    if (comparable(pa, pb)) {
      if (!nested(ma, mb)) return false;
      shared++;
    }
  }
  if (pa.d !== undefined && pb.d !== undefined) {
    if (pa.d !== pb.d) return false;
    shared++;
  }
  return shared > 0;
}

/**
 * Whether a source's date is coarser than a claim's: its finest part is a larger one ("2028" for "the first half of
 * 2028", a half or a quarter for a month, a month for a day). Such a source may agree on every part it states and
 * still say nothing of the claim's finer one. (A date without its year, "20일" or "July", is as fine as its finest
 * part: an article's own dates often leave the year to its dateline.)
 */
export function coarserDate(source: string, claim: string): boolean {
  const s = dateParts(source),
    c = dateParts(claim);
  // A month against a quarter or a half (either way) is not compared (datesAgree): they agree on the year alone, and
  // say nothing of the claim's part of it ("2026년 3월" for "2026년 4분기").
  if (monthsOf(s) && monthsOf(c) && !comparable(s, c)) return true;
  return fineness(s) < fineness(c);
}

/** How fine a date's finest part is: a year 1, a half 2, a quarter 3, a month 4, a day 5 (0: none read). */
function fineness(p: DateParts): number {
  if (p.d !== undefined) return 5;
  if (p.m !== undefined) return 4;
  if (p.span) return p.span[1] - p.span[0] < 3 ? 3 : 2;
  return p.y !== undefined ? 1 : 0;
}

/** Whether one span of months holds the other. */
function nested(a: [number, number], b: [number, number]): boolean {
  return (a[0] <= b[0] && b[1] <= a[1]) || (b[0] <= a[0] && a[1] <= b[1]);
}

/** Whether two dates both state months they can be compared by (both months, or both quarters or halves). */
function monthsShared(a: DateParts, b: DateParts): boolean {
  const ma = monthsOf(a),
    mb = monthsOf(b);
  return !!ma && !!mb && comparable(a, b);
}

/** Whether two dates' months may contradict: both months, or both quarters or halves. */
function comparable(a: DateParts, b: DateParts): boolean {
  return (a.span === undefined) === (b.span === undefined);
}

/** The months a date states: its month, or those its quarter or half spans. */
function monthsOf(p: DateParts): [number, number] | undefined {
  return p.m !== undefined ? [p.m, p.m] : p.span;
}

export interface DateParts {
  y?: number;
  m?: number;
  d?: number;
  /** The months of a quarter or a half ("2026-Q2": 4–6, "2026-H2": 7–12), when it states one instead of a month. */
  span?: [number, number];
}

export function dateParts(v: string): DateParts {
  let m = /^(\d{1,4})-([QH])([1-4])$/.exec(v);
  if (m) {
    const len = m[2] === 'Q' ? 3 : 6,
      n = +m[3];
    return { y: +m[1], span: [(n - 1) * len + 1, n * len] };
  }
  m = /^(\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (m) return { y: +m[1], m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
  m = /^--(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (m) return { m: +m[1], d: m[2] ? +m[2] : undefined };
  m = /^---(\d{2})$/.exec(v);
  if (m) return { d: +m[1] };
  return {};
}
