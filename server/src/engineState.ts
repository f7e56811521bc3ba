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
import { SubjectContext, defaultSubjectContext } from './extract/subjects';

export class EngineState {
  private maps = new Map<string, WeakMap<object, unknown>>();
  /** Bumped by clearCheckCache(): every corpus's block cache is then empty. */
  checkGeneration = 0;

  constructor(readonly subjects: SubjectContext = new SubjectContext()) {}

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
