// What a shared corpus (corpus/pg.ts) finds a source by: the rows its postings tables hold for it. The source
// itself is stored in the on-disk index cache's form (cache.ts encodeEntry: the wire form of sourceWire.ts, terms
// by name), one encoding for both.
import { bucketKey } from '../judge/figures';
import { normalizeQuote, quoteWords } from '../judge/quotes';
import type { Figure, Lang, Source } from '../types';

/** What a database finds a source by: the rows it adds to each posting table. */
export interface SourcePostings {
  /** [bucket, term, how many of its figures in the bucket name the term]. */
  terms: [string, string, number][];
  /** [bucket, figures in it]. */
  buckets: [string, number][];
  /** Stated equivalences between units, each way: the unit of one side, the other's, and what agrees() reads of the first. */
  equivalences: [string, string, EquivalentFigure][];
  /** [lang, normalized text, word count, speaker id, text as written], in the source's order. */
  quotes: [Lang, string, number, string | null, string][];
  /** [quote index, word, how often]. */
  quoteWords: [number, string, number][];
}

export type EquivalentFigure = Pick<Figure, 'kind' | 'value' | 'precision' | 'qualifier' | 'text'> & {
  low?: string;
  high?: string;
};

export function postingsOf(s: Source): SourcePostings {
  const terms = new Map<string, Map<string, number>>();
  const buckets = new Map<string, number>();
  for (const f of s.figures) {
    const b = bucketKey(f.kind, f.unit);
    buckets.set(b, (buckets.get(b) ?? 0) + 1);
    let m = terms.get(b);
    if (!m) terms.set(b, (m = new Map()));
    // A subject names each term once.
    for (let k = 0; k < f.subject.size; k++) {
      const t = f.subject.nameAt(k);
      m.set(t, (m.get(t) ?? 0) + 1);
    }
  }
  const equivalences: SourcePostings['equivalences'] = [];
  for (const e of s.equivalences) {
    if (e.a.unit === e.b.unit) continue; // judge/figures.ts indexes only conversions
    for (const [mine, other] of [
      [e.a, e.b],
      [e.b, e.a],
    ]) {
      equivalences.push([
        mine.unit,
        other.unit,
        {
          kind: mine.kind,
          value: mine.value,
          low: mine.low,
          high: mine.high,
          precision: mine.precision,
          qualifier: mine.qualifier,
          text: mine.text,
        },
      ]);
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
  return { terms: termRows, buckets: [...buckets], equivalences, quotes, quoteWords: quoteWordRows };
}
