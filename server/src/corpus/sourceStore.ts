// An indexed source as stored in a shared corpus (corpus/pg.ts): one JSON text per source, its subject terms
// by name (term ids are a process's own), and the postings a database finds candidates by. Decoding builds the
// same objects the indexer does (sourceObjects.ts), so a source read back judges as the one indexed.
import { SourceFigure, SourceQuote, SourceSentence } from './sourceObjects';
import { defaultSubjectContext, Subject } from '../extract/subjects';
import type { TermTable } from '../text/terms';
import { bucketKey } from '../judge/figureIndex';
import { normalizeQuote, quoteWords } from '../judge/quotes';
import { SourceText } from '../text/text';
import type { TextMap } from './readers';
import type {
  ArticleHalf,
  ArticleMeta,
  Equivalence,
  Figure,
  FigureKind,
  Lang,
  Qualifier,
  Quote,
  Sentence,
  Source,
} from '../types';

/** Bumped when the stored form changes: a store written by another version is refused, not misread. */
export const STORED_VERSION = 1;

type Opt<T> = T | null;
type StoredFigure = [
  start: number,
  end: number,
  sentence: number,
  lang: Lang,
  kind: FigureKind,
  unit: string,
  value: string,
  low: Opt<string>,
  high: Opt<string>,
  precision: string,
  qualifier: Qualifier,
  noun: Opt<string>,
  text: string,
  subject: number[],
];
type StoredQuote = [
  start: number,
  end: number,
  outerStart: number,
  outerEnd: number,
  sentence: number,
  lang: Lang,
  text: string,
  speaker: Opt<[string, number, number]>,
  pronoun: Opt<[number, number]>,
  speakerId: Opt<string>,
];

export interface StoredSource {
  v: number;
  key: string;
  file: string;
  text: string;
  map: Opt<TextMap>;
  meta: ArticleMeta;
  halves: ArticleHalf[];
  /** Term names; subjects give a term as its place here and a weight, pair after pair. */
  terms: string[];
  sentences: [number, number, Lang][];
  figures: StoredFigure[];
  quotes: StoredQuote[];
  /** Indexes into figures. */
  equivalences: [number, number][];
}

const opt = <T>(x: T | undefined): Opt<T> => (x === undefined ? null : x);
const und = <T>(x: Opt<T> | undefined): T | undefined => (x === null ? undefined : x);

/** A source in its stored form: terms by name (its subjects' ids are of their own engine's table). */
export function encodeSource(s: Source): StoredSource {
  const terms: string[] = [];
  const local = new Map<number, number>();
  const termAt = (id: number, table: TermTable) => {
    let i = local.get(id);
    if (i === undefined) {
      i = terms.length;
      terms.push(table.name(id));
      local.set(id, i);
    }
    return i;
  };
  const index = new Map<Figure, number>();
  const figures = s.figures.map((f, i): StoredFigure => {
    index.set(f, i);
    const subject: number[] = [];
    for (let k = 0; k < f.subject.size; k++)
      subject.push(termAt(f.subject.idAt(k), f.subject.terms), f.subject.weightAt(k));
    return [
      f.start,
      f.end,
      f.sentence,
      f.lang,
      f.kind,
      f.unit,
      f.value,
      opt(f.low),
      opt(f.high),
      f.precision,
      f.qualifier,
      opt(f.noun),
      f.text,
      subject,
    ];
  });
  return {
    v: STORED_VERSION,
    key: s.key,
    file: s.file,
    text: s.text,
    map: opt(s.map),
    meta: s.meta,
    halves: s.halves,
    terms,
    sentences: s.sentences.map((x) => [x.start, x.end, x.lang]),
    figures,
    quotes: s.quotes.map((q): StoredQuote => [
      q.start,
      q.end,
      q.outer.start,
      q.outer.end,
      q.sentence,
      q.lang,
      q.text,
      q.speaker ? [q.speaker.text, q.speaker.start, q.speaker.end] : null,
      (q as SourceQuote).pronoun ? [(q as SourceQuote).pronoun!.start, (q as SourceQuote).pronoun!.end] : null,
      opt(q.speakerId),
    ]),
    equivalences: s.equivalences.map((e) => [index.get(e.a) ?? -1, index.get(e.b) ?? -1]),
  };
}

/** A stored source, its subjects in term ids of `table` (the receiving corpus's engine's; made outside a check, so permanent). */
export function decodeSource(d: StoredSource, table: TermTable = defaultSubjectContext().terms): Source {
  if (d.v !== STORED_VERSION)
    throw new Error(`stored source of version ${d.v}, this program reads version ${STORED_VERSION}`);
  const map = und(d.map);
  const st = new SourceText(d.text, map);
  const text = st.norm;
  const ids = d.terms.map((t) => table.id(t));
  const sentences: Sentence[] = d.sentences.map(
    ([start, end, lang], i) => new SourceSentence(i, start, end, lang, text.slice(start, end), st),
  );
  const figures: Figure[] = d.figures.map(
    ([start, end, sentence, lang, kind, unit, value, low, high, precision, qualifier, noun, ftext, subj]) => {
      const terms = new Map<number, number>();
      for (let k = 0; k < subj.length; k += 2) terms.set(ids[subj[k]], subj[k + 1]);
      return new SourceFigure(
        0,
        {
          start,
          end,
          text: ftext,
          kind,
          unit,
          value,
          low: und(low),
          high: und(high),
          precision,
          qualifier,
          noun: und(noun),
        },
        lang,
        sentence,
        Subject.of(table, terms),
        st,
      );
    },
  );
  const quotes: Quote[] = d.quotes.map(
    ([start, end, os, oe, sentence, lang, qtext, speaker, pronoun, speakerId]) =>
      new SourceQuote(
        {
          start,
          end,
          text: qtext,
          outer: { start: os, end: oe },
          sentence,
          speaker: speaker ? { text: speaker[0], start: speaker[1], end: speaker[2] } : undefined,
          pronoun: pronoun ? { start: pronoun[0], end: pronoun[1] } : undefined,
        },
        lang,
        und(speakerId),
        st,
      ),
  );
  const equivalences: Equivalence[] = [];
  for (const [a, b] of d.equivalences)
    if (figures[a] && figures[b]) equivalences.push({ a: figures[a], b: figures[b] });
  const source: Source = {
    key: d.key,
    file: d.file,
    meta: d.meta,
    text: d.text,
    halves: d.halves,
    sentences,
    figures,
    quotes,
    equivalences,
  };
  if (map) source.map = map;
  return source;
}

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
