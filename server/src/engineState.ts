// What one engine (engine.ts) keeps between calls, apart from the corpora it loads: its term table and subject
// state (the word table, the last scans: subjects.ts), and the tables it keeps by corpus (the judges' indexes,
// the block cache of checked reports). A Corpus holds the state of the engine that loaded it, and everything
// that works on a corpus (indexing, checkReport, the judges) reads it from there, so two engines in one
// process share no term id, memo or cache. Corpus.load without an engine uses the default engine's state
// (the tests, and each indexing worker thread, whose results sourceWire.ts translates by term name).
//
// What stays module-level is the same for every engine by construction: the lexicon's compiled scanners (their
// term ids are the first ids of every table), memos of pure functions of a text (lexicon.ts, numerals/arabic.ts,
// words.ts), the interned subject weights (subjects.ts), memos keyed by an object of one corpus (a source's
// ventures, a report sentence's facts in judge/figures.ts), and the collector of caught errors, which is set and
// restored around each call (errors.ts).
//
// The term table is bounded: the terms of a replaced corpus or of a removed file stay in it until it has grown to
// twice what it held after its last compaction (and at least `termLimit`); then, when no corpus is being read or
// updated and no check runs, it keeps only what the live corpora need (boundTerms). Ids are renumbered in the
// order they had, and everything that holds them is renumbered or forgotten: results are the same.
import { SubjectContext, defaultSubjectContext, forgetTermMemos, type Subject } from './extract/subjects';
import type { Corpus } from './corpus/corpus';
import { LazySource } from './corpus/lazySource';

/** The least size of a term table that is compacted (the lexicon and a large corpus's terms stay below it). */
export const TERM_LIMIT = 1 << 20;

export class EngineState {
  private maps = new Map<string, WeakMap<object, unknown>>();
  /** Bumped by clearCheckCache(): every corpus's block cache is then empty. */
  checkGeneration = 0;
  /** The corpora whose subjects hold this engine's term ids (held weakly: a corpus let go of needs none). */
  private corpora = new Set<WeakRef<Corpus>>();
  /** Corpora being read or updated (hold()): the table is not compacted meanwhile. */
  private holds = 0;
  /** The table is compacted when its permanent terms pass this. */
  private termBound: number;
  /** Compactions so far. */
  compactions = 0;

  constructor(
    readonly subjects: SubjectContext = new SubjectContext(),
    private readonly termLimit = TERM_LIMIT,
  ) {
    this.termBound = termLimit;
  }

  /** Lets go of every table kept for `key` (a corpus looked at while it loads: its tables are of a version gone by). */
  forget(key: object): void {
    for (const m of this.maps.values()) m.delete(key);
  }

  /** A corpus of this engine (Corpus's constructor): its subjects are renumbered when the table is compacted. */
  adopt(corpus: Corpus): void {
    this.corpora.add(new WeakRef(corpus));
  }

  /**
   * A corpus is being read or updated (its sources are not all in it yet): no compaction until the returned
   * release is called; the last release compacts the table if it has passed its bound.
   */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holds === 0) this.boundTerms();
    };
  }

  /** Compacts the term table if it has passed its bound and nothing holds or checks; whether it did. */
  boundTerms(): boolean {
    const terms = this.subjects.terms;
    if (this.holds > 0 || terms.inCheck || terms.size <= this.termBound) return false;
    this.compactTerms();
    this.termBound = Math.max(this.termLimit, 2 * terms.size);
    return true;
  }

  /** Keeps only the terms the live corpora's subjects and weights hold, and renumbers them there. */
  compactTerms(): void {
    const terms = this.subjects.terms;
    const live: Corpus[] = [];
    for (const ref of this.corpora) {
      const c = ref.deref();
      if (c) live.push(c);
      else this.corpora.delete(ref);
    }
    const keep = new Uint8Array(terms.sizeWithScratch);
    // One subject may be in several corpora (a shared corpus's parts): renumbered once.
    const subjects = new Set<Subject>();
    for (const c of live) {
      // A snapshot's sources: the bodies held now (the rest are decoded later with the snapshot's terms, kept too).
      for (const s of c.sources)
        if (!(s instanceof LazySource)) for (const f of s.figures) subjects.add(f.subject);
        else if (s.body) for (const f of s.body.figures) subjects.add(f.subject);
      c.snapshot?.bodies.wire.markLive(keep);
      c.weights.markLive(keep);
    }
    for (const s of subjects) for (let i = 0; i < s.size; i++) keep[s.idAt(i)] = 1;
    const map = terms.compact((id) => keep[id] === 1);
    for (const s of subjects) s.renumber(map);
    for (const c of live) {
      c.weights.renumber(map);
      c.snapshot?.bodies.wire.renumber(map);
    }
    forgetTermMemos(terms);
    // The judges' indexes, block caches, word table and last scans hold ids: they are worked out again.
    this.clearCaches();
    this.compactions++;
  }

  /**
   * A table this engine keeps by object under a name (a judge's index by corpus, the block cache): entries go
   * with their object, or all at once with clearCaches().
   */
  tables<K extends object, V>(name: string): WeakMap<K, V> {
    let m = this.maps.get(name);
    if (!m) this.maps.set(name, (m = new WeakMap()));
    return m as WeakMap<K, V>;
  }

  /**
   * Forget every cache and memo (the judges' indexes, the block caches, the word table, the last scans): the
   * next calls rebuild them and give the same results. The term table stays: the corpora's subjects hold its ids.
   */
  clearCaches(): void {
    this.maps = new Map();
    this.checkGeneration++;
    this.subjects.clearMemos();
  }
}

let fallback: EngineState | undefined;
/** The default engine's state: a corpus loaded without an engine belongs to it. */
export function defaultEngineState(): EngineState {
  return (fallback ??= new EngineState(defaultSubjectContext()));
}
