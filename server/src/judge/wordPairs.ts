// Words of the two languages that the corpus shows to correspond: a Korean and an English sentence that state the
// same figure (same kind, unit and value) are evidence that the words of the figures' clauses say the same thing
// ("첫 단계 용량은 230메가와트" / "an initial capacity of 230 megawatts": 용량/capacity). A pair counts once it recurs
// in two independent pairs of articles (two Korean and two English sources); of a word's pairs only the best
// supported are kept. Lexicon concepts are not words, so the hand lexicon wins where it speaks.
import { WORD_WEIGHT, type Subject } from '../extract/subjects';
import { AMOUNT_KINDS, type Figure, type Source } from '../types';

/** A value stated by more figures than this (the venture's "$500 billion") pairs every word with every word. */
const MAX_GROUP = 12;
/** Kinds whose values say what a sentence is about; a date or a duration is shared by sentences on anything. */
const KINDS: ReadonlySet<string> = AMOUNT_KINDS;
/** Whether figures of this kind and qualifier are grouped at all (the rest pair nothing and are passed over). */
export const pairable = (kind: string, qualifier: string | undefined): boolean =>
  KINDS.has(kind) && qualifier !== 'range';
/** Independent sources a pair needs on each side. */
export const MIN_SOURCES = 2;

/**
 * What the learner reads of a figure (an index entry gives it too: figureIndex.ts; and a stored index's columns,
 * derivedPatch.ts).
 */
export type PairedFigure = Pick<Figure, 'kind' | 'unit' | 'value' | 'qualifier' | 'lang'> & {
  subject: Pick<Subject, 'size' | 'idAt' | 'weightAt' | 'isContextAt' | 'nameAt'>;
};

/** The content words of a figure's own clause (term ids), by its subject's weights, given to `out` in order. */
function clauseWordsTo(f: PairedFigure, lang: string, out: { push(id: number): void }): void {
  for (let i = 0; i < f.subject.size; i++) {
    if (f.subject.weightAt(i) < WORD_WEIGHT || f.subject.isContextAt(i)) continue;
    const id = f.subject.idAt(i);
    if (f.subject.nameAt(i).startsWith(lang + ':')) out.push(id);
  }
}

/** The content words of a figure's own clause (term ids), by its subject's weights. */
function clauseWords(f: PairedFigure, lang: string): number[] {
  const out: number[] = [];
  clauseWordsTo(f, lang, out);
  return out;
}

/** The learned pairs of a corpus: term id → term ids of the other language, both ways. */
export function learnWordPairs(sources: readonly Source[]): Map<number, number[]> {
  const l = new WordPairLearner();
  for (const src of sources) l.add(src);
  return l.finish();
}

/** Numbers kept a chunk at a time (no copy of the whole grown to twice its size), read and written in place. */
class Ints {
  private chunks: Int32Array[] = [];
  n = 0;
  push(v: number): void {
    const c = this.n >>> CHUNK_BITS;
    if (c === this.chunks.length) this.chunks.push(new Int32Array(CHUNK));
    this.chunks[c][this.n & CHUNK_MASK] = v;
    this.n++;
  }
  at(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }
  set(i: number, v: number): void {
    this.chunks[i >>> CHUNK_BITS][i & CHUNK_MASK] = v;
  }
}
const CHUNK_BITS = 14,
  CHUNK = 1 << CHUNK_BITS,
  CHUNK_MASK = CHUNK - 1;
/** A grouped figure's language, as an item keeps it (the learner pairs only Korean and English words). */
const OTHER = 0,
  KO = 1,
  EN = 2;
/** A group's count once it has had more than MAX_GROUP figures: it pairs nothing, and takes no more. */
const FULL = -1;

/**
 * learnWordPairs with the sources given one at a time (a cold start streams them to its snapshot, corpus/snapshot.ts):
 * each figure kept as its language, clause words and source number, never the source itself. Kept as numbers in
 * columns: an item a small object with an array of its words grown by push held ~200 bytes (17 slots for a few
 * ids), ~80 MB at 100,000 generated articles; here 16 bytes and 4 a word.
 */
export class WordPairLearner {
  // By kind, unit and value (a group's number): Maps one level a field, not a key string a figure.
  private byKind = new Map<string, Map<string, Map<string, number>>>();
  // Per group: its first and last item (+1; 0 none) and how many it has had (FULL past the bound).
  private head = new Ints();
  private tail = new Ints();
  private size = new Ints();
  // Per item: its source's number × 4 + its language, the next item of its group (+1; 0 none), and where its words
  // end in `words` (they begin where the item before it's end).
  private item = new Ints();
  private next = new Ints();
  private wordsEnd = new Ints();
  private words = new Ints();
  private maxId = 0;
  private sources = 0;

  add(src: Source): void {
    this.addFigures(src.figures);
  }

  /** The next source's figures, in its order (a source not at hand: what its index entries hold of them). */
  addFigures(figures: Iterable<PairedFigure>): void {
    const no = this.sources++;
    for (const f of figures) {
      if (!pairable(f.kind, f.qualifier)) continue;
      let units = this.byKind.get(f.kind);
      if (!units) this.byKind.set(f.kind, (units = new Map()));
      let values = units.get(f.unit);
      if (!values) units.set(f.unit, (values = new Map()));
      let g = values.get(f.value);
      if (g === undefined) {
        g = this.size.n;
        values.set(f.value, g);
        this.head.push(0);
        this.tail.push(0);
        this.size.push(0);
      }
      const had = this.size.at(g);
      if (had === FULL) {
        /* past the bound: pairs nothing */
      } else if (had === MAX_GROUP) {
        // One figure too many: the group pairs nothing (finish), and takes no more items (a value every article
        // states would otherwise keep its figures' words to the end of a cold start).
        this.size.set(g, FULL);
        this.head.set(g, 0);
        this.tail.set(g, 0);
      } else {
        const k = this.item.n;
        const lang = f.lang === 'ko' ? KO : f.lang === 'en' ? EN : OTHER;
        this.item.push(4 * no + lang);
        this.next.push(0);
        if (lang !== OTHER) clauseWordsTo(f, f.lang, this.words);
        this.wordsEnd.push(this.words.n);
        if (had) this.next.set(this.tail.at(g) - 1, k + 1);
        else this.head.set(g, k + 1);
        this.tail.set(g, k + 1);
        this.size.set(g, had + 1);
      }
      for (let i = 0; i < f.subject.size; i++) this.maxId = Math.max(this.maxId, f.subject.idAt(i));
    }
  }

  finish(): Map<number, number[]> {
    // Per pair of a Korean id a and an English id b (key a * m + b, exact below 2^53): the Korean and the English
    // sources that gave it. A number rather than an "a|b" string per pair met.
    const m = this.maxId + 1;
    const evidence = new Map<number, { ko: Set<number>; en: Set<number> }>();
    const { item, next, wordsEnd, words } = this;
    const from = (k: number) => (k ? wordsEnd.at(k - 1) : 0);
    const ko: number[] = [],
      en: number[] = [];
    for (let g = 0; g < this.size.n; g++) {
      // (A group of more than MAX_GROUP figures was emptied as it passed the bound: no pairs.)
      ko.length = 0;
      en.length = 0;
      for (let k = this.head.at(g) - 1; k >= 0; k = next.at(k) - 1) {
        const lang = item.at(k) & 3;
        if (lang === KO) ko.push(k);
        else if (lang === EN) en.push(k);
      }
      if (!ko.length || !en.length) continue;
      for (const k of ko) {
        const ka = from(k),
          kz = wordsEnd.at(k);
        if (ka === kz) continue;
        const kSrc = item.at(k) >>> 2;
        for (const e of en) {
          const eSrc = item.at(e) >>> 2;
          if (eSrc === kSrc) continue;
          const ea = from(e),
            ez = wordsEnd.at(e);
          for (let x = ka; x < kz; x++) {
            const a = words.at(x);
            for (let y = ea; y < ez; y++) {
              const key = a * m + words.at(y);
              let ev = evidence.get(key);
              if (!ev) evidence.set(key, (ev = { ko: new Set(), en: new Set() }));
              ev.ko.add(kSrc);
              ev.en.add(eSrc);
            }
          }
        }
      }
    }
    // Of each word's recurring pairs, those with the most support (a word beside "capacity" in both articles by chance
    // recurs less often than the word that says it).
    const support = new Map<number, { best: number; ids: number[] }>();
    const kept: [number, number, number][] = [];
    for (const [key, ev] of evidence) {
      const n = Math.min(ev.ko.size, ev.en.size);
      if (n < MIN_SOURCES) continue;
      const a = Math.floor(key / m),
        b = key % m;
      kept.push([a, b, n]);
      for (const id of [a, b]) {
        const s = support.get(id);
        if (!s || n > s.best) support.set(id, { best: n, ids: [] });
      }
    }
    const out = new Map<number, number[]>();
    for (const [a, b, n] of kept) {
      if (support.get(a)!.best !== n || support.get(b)!.best !== n) continue;
      linkBoth(out, a, b);
    }
    return out;
  }
}

/** Records a learned pair both ways: a's list gets b, b's gets a. */
export function linkBoth(pairs: Map<number, number[]>, a: number, b: number): void {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    const l = pairs.get(x);
    if (l) l.push(y);
    else pairs.set(x, [y]);
  }
}

/**
 * What learnWordPairs reads of a figure, by term name, for a store that learns the pairs of a whole corpus it
 * holds (corpus/pg.ts): the group of figures it is in (kind, unit, value) and its clause words; undefined when it
 * is in no group. Groups of more than `maxGroup` figures pair nothing; a pair needs `minSources` on each side.
 */
export function pairingOf(f: Figure): { group: string; words: string[] } | undefined {
  if (!pairable(f.kind, f.qualifier)) return undefined;
  return {
    group: `${f.kind}|${f.unit}|${f.value}`,
    words: clauseWords(f, f.lang).map((id) => f.subject.terms.name(id)),
  };
}
export const PAIRING = { maxGroup: MAX_GROUP, minSources: MIN_SOURCES };
