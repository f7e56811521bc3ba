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

/** The content words of a figure's own clause (term ids), by its subject's weights. */
function clauseWords(f: PairedFigure, lang: 'ko' | 'en'): number[] {
  const out: number[] = [];
  for (let i = 0; i < f.subject.size; i++) {
    if (f.subject.weightAt(i) < WORD_WEIGHT || f.subject.isContextAt(i)) continue;
    const id = f.subject.idAt(i);
    if (f.subject.nameAt(i).startsWith(lang + ':')) out.push(id);
  }
  return out;
}

/** The learned pairs of a corpus: term id → term ids of the other language, both ways. */
export function learnWordPairs(sources: readonly Source[]): Map<number, number[]> {
  const l = new WordPairLearner();
  for (const src of sources) l.add(src);
  return l.finish();
}

/** What a group holds once it has more than MAX_GROUP figures: no items (it pairs nothing). */
const FULL: Item[] = [];

/** A grouped figure: its language, its clause's words when Korean or English, and its source's number. */
interface Item {
  lang: string;
  words: number[] | undefined;
  src: number;
}

/**
 * learnWordPairs with the sources given one at a time (a cold start streams them to its snapshot, corpus/snapshot.ts):
 * each figure kept as its language, clause words and source number, never the source itself.
 */
export class WordPairLearner {
  // By kind, unit and value: Maps one level a field, not a key string a figure (every figure of a corpus).
  private groups: Item[][] = [];
  private byKind = new Map<string, Map<string, Map<string, Item[]>>>();
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
      const g = values.get(f.value);
      const item = (): Item => ({
        lang: f.lang,
        words: f.lang === 'ko' || f.lang === 'en' ? clauseWords(f, f.lang) : undefined,
        src: no,
      });
      if (!g) {
        const fresh = [item()];
        values.set(f.value, fresh);
        this.groups.push(fresh);
      } else if (g !== FULL) {
        if (g.length < MAX_GROUP) g.push(item());
        else {
          // One figure too many: the group pairs nothing (finish), so its items are let go of now (a value every
          // article states would otherwise hold its figures' words to the end of a cold start).
          g.length = 0;
          values.set(f.value, FULL);
        }
      }
      for (let i = 0; i < f.subject.size; i++) this.maxId = Math.max(this.maxId, f.subject.idAt(i));
    }
  }

  finish(): Map<number, number[]> {
    // Per pair of a Korean id a and an English id b (key a * m + b, exact below 2^53): the Korean and the English
    // sources that gave it. A number rather than an "a|b" string per pair met.
    const m = this.maxId + 1;
    const evidence = new Map<number, { ko: Set<number>; en: Set<number> }>();
    for (const g of this.groups) {
      // (A group of more than MAX_GROUP figures was emptied as it passed the bound: no pairs.)
      const ko = g.filter((x) => x.lang === 'ko'),
        en = g.filter((x) => x.lang === 'en');
      if (!ko.length || !en.length) continue;
      for (const k of ko) {
        const kw = k.words!;
        if (!kw.length) continue;
        for (const e of en) {
          if (e.src === k.src) continue;
          for (const a of kw)
            for (const b of e.words!) {
              const key = a * m + b;
              let ev = evidence.get(key);
              if (!ev) evidence.set(key, (ev = { ko: new Set(), en: new Set() }));
              ev.ko.add(k.src);
              ev.en.add(e.src);
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
