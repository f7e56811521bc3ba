// What a shared corpus (corpus/pg.ts) finds a source by: the rows its postings tables hold for it. The source
// itself is stored in the on-disk index cache's form (cache.ts encodeEntry: the wire form of sourceWire.ts, terms
// by name), one encoding for both.
import { bucketKey } from '../judge/figureIndex';
import { normalizeQuote, quoteWords } from '../judge/quotes';
import { interval } from '../extract/values';
import type { Figure, Lang, Source } from '../types';

/**
 * The values a figure could agree with, and then some: its interval (values.ts) widened by a step and by half
 * again, more than any reach agrees() allows (NEAR, FLOOR_REACH: 1.25). Two figures whose reaches do not meet
 * never agree; a date or a value that is no number reaches everything. (agreeWindow reads a value's interval back
 * from these ends.)
 */
export function reach(
  f: Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'precision' | 'qualifier' | 'text'>,
): [number, number] {
  if (f.kind === 'date') return [-Infinity, Infinity];
  const iv = interval(f);
  if (!Number.isFinite(iv.lo) || !Number.isFinite(iv.hi)) return [-Infinity, Infinity];
  const step = Number.isFinite(iv.step) ? Math.abs(iv.step) : 0;
  return [Math.min(iv.lo - step, iv.lo / 1.5, iv.lo * 1.5), Math.max(iv.hi + step, iv.hi * 1.5, iv.hi / 1.5)];
}

/**
 * Of a claim figure, bounds on the stored reach (reach()) of every value that agrees with it: [the least the high
 * end of its reach can be, the most its low end can be], null where open. A store narrows the values in a claim's
 * reach by them before agrees() is asked of each. Whatever the shapes, a value that agrees() with a claim has an
 * interval that meets the claim's (a point's or a range's), lies at or above a floor's, or at or below a cap's
 * (values.ts intervalsAgree), within a margin wider than its eps. A reach's high end is at least its interval's
 * times 1.5 and over 1.5, its low end at most those of its interval's low end, and both grow with it: so a value
 * whose interval reaches y or above has a reach whose high end is at least max(1.5y, y/1.5), and likewise below.
 * Dates, and a claim with no finite value: open.
 */
export function agreeWindow(
  f: Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'precision' | 'qualifier' | 'text'>,
): [number | null, number | null] {
  if (f.kind === 'date') return [null, null];
  const iv = interval(f);
  if (!Number.isFinite(iv.lo) || !Number.isFinite(iv.hi) || !Number.isFinite(iv.stated)) return [null, null];
  const margin = (x: number) => Math.abs(x) * 1e-9 + 1e-9;
  const lo = iv.shape === 'max' ? null : iv.lo - margin(iv.lo),
    hi = iv.shape === 'min' ? null : iv.hi + margin(iv.hi);
  return [lo === null ? null : Math.max(lo * 1.5, lo / 1.5), hi === null ? null : Math.min(hi * 1.5, hi / 1.5)];
}

/** What a database finds a source by: the rows it adds to each posting table. */
export interface SourcePostings {
  /** [bucket, term, how many of its figures in the bucket name the term]. */
  terms: [string, string, number][];
  /**
   * Per figure, in order: its bucket, its unit, what agrees() reads of it and the reach of its value. Figures alike
   * in all of it are one value to a store (a check asks agrees() once a value, not once a figure).
   */
  figures: [string, string, EquivalentFigure, number, number][];
  /** Per figure and subject term: [figure index, bucket, unit, term, weight]. */
  figureTerms: [number, string, string, string, number][];
  /** [bucket, figures in it]. */
  buckets: [string, number][];
  /**
   * Stated equivalences between units, each way: the unit of one side, the other's, what agrees() reads of each,
   * and the reach of the second.
   */
  equivalences: [string, string, EquivalentFigure, EquivalentFigure, [number, number]][];
  /** [lang, normalized text, word count, speaker id, text as written], in the source's order. */
  quotes: [Lang, string, number, string | null, string][];
  /** [quote index, word, how often]. */
  quoteWords: [number, string, number][];
}

export type EquivalentFigure = Pick<Figure, 'kind' | 'value' | 'precision' | 'qualifier' | 'text'> & {
  low?: string;
  high?: string;
};

/** What agrees() reads of a figure. */
export const agreeable = (f: Figure): EquivalentFigure => ({
  kind: f.kind,
  value: f.value,
  low: f.low,
  high: f.high,
  precision: f.precision,
  qualifier: f.qualifier,
  text: f.text,
});

export function postingsOf(s: Source): SourcePostings {
  const terms = new Map<string, Map<string, number>>();
  const buckets = new Map<string, number>();
  const figureTerms: SourcePostings['figureTerms'] = [];
  s.figures.forEach((f, i) => {
    const b = bucketKey(f.kind, f.unit);
    for (let k = 0; k < f.subject.size; k++)
      figureTerms.push([i, b, f.unit, f.subject.nameAt(k), f.subject.weightAt(k)]);
    buckets.set(b, (buckets.get(b) ?? 0) + 1);
    let m = terms.get(b);
    if (!m) terms.set(b, (m = new Map()));
    // A subject names each term once.
    for (let k = 0; k < f.subject.size; k++) {
      const t = f.subject.nameAt(k);
      m.set(t, (m.get(t) ?? 0) + 1);
    }
  });
  const equivalences: SourcePostings['equivalences'] = [];
  for (const e of s.equivalences) {
    if (e.a.unit === e.b.unit) continue; // judge/figures.ts indexes only conversions
    for (const [mine, other] of [
      [e.a, e.b],
      [e.b, e.a],
    ]) {
      equivalences.push([mine.unit, other.unit, agreeable(mine), agreeable(other), reach(other)]);
    }
  }
  const quotes: SourcePostings['quotes'] = [];
  const quoteWordRows: SourcePostings['quoteWords'] = [];
  s.quotes.forEach((q, i) => {
    const words = quoteWords(q.text);
    quotes.push([q.lang, normalizeQuote(q.text), words.length, q.speakerId ?? null, q.text]);
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [w, n] of counts) quoteWordRows.push([i, w, n]);
  });
  const termRows: SourcePostings['terms'] = [];
  for (const [b, m] of terms) for (const [t, n] of m) termRows.push([b, t, n]);
  return {
    terms: termRows,
    figures: s.figures.map((f) => [bucketKey(f.kind, f.unit), f.unit, agreeable(f), ...reach(f)]),
    figureTerms,
    buckets: [...buckets],
    equivalences,
    quotes,
    quoteWords: quoteWordRows,
  };
}
