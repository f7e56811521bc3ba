// Term ids: every subject term (a lexicon concept, a language-tagged word, a co-stated figure) as a small
// number, so subjects are arrays of numbers. A TermTable belongs to one engine (engine.ts): two engines in one
// process never share ids. Ids count up from 0 in the order terms are first met; every table starts with the
// same terms (the lexicon's concepts, in lexicon order: `seed`), so the lexicon's scanners, compiled once a
// process, carry ids that are right in every table. A worker thread's ids are its own (sourceWire.ts translates
// them by name).
//
// A report's own terms are scratch: while a check runs (beginScratch … endScratch), a term the table does not
// have gets an id after the permanent ones, and the check's end forgets it. Nothing a check returns holds a
// term id (claims carry values and text, not subjects), so a long-running server keeps only the terms of its
// corpus, however many reports it checks.
//
// A corpus's own terms stay when the corpus is replaced or a file of it is removed. So the table is compacted
// (compact): the terms no live corpus needs are dropped and the rest renumbered in the same order, the lexicon's
// first. The engine decides when (engineState.ts, boundTerms) and renumbers what holds ids.

export class TermTable {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  /** The scratch terms of the running check (their ids are names.length at the time they were made). */
  private readonly scratch = new Map<string, number>();
  /** Nested checks: scratch terms are forgotten when the outermost ends. */
  private depth = 0;
  /** Permanent terms (ids below this); scratch ids start here. */
  private base = 0;
  /** The seed's terms (ids below this), which compact() never drops nor moves. */
  private readonly seeds: number;

  constructor(seed: readonly string[] = []) {
    for (const t of seed) this.id(t);
    this.seeds = this.base;
  }

  /** The id of a term; a new term gets the next id (a scratch one while a check runs). */
  id(t: string): number {
    let id = this.ids.get(t);
    if (id !== undefined) return id;
    if (this.depth > 0) {
      id = this.scratch.get(t);
      if (id === undefined) {
        id = this.names.length;
        this.names.push(t);
        this.scratch.set(t, id);
      }
      return id;
    }
    id = this.names.length;
    this.names.push(t);
    this.ids.set(t, id);
    this.base = this.names.length;
    return id;
  }

  /** The name of a term id. */
  name(id: number): string {
    return this.names[id];
  }

  /** The id of a term already met (scratch terms included), or undefined (no id is made). */
  known(t: string): number | undefined {
    return this.ids.get(t) ?? (this.depth > 0 ? this.scratch.get(t) : undefined);
  }

  /** Whether an id is a scratch term of the running check (callers must not remember it past the check). */
  isScratch(id: number): boolean {
    return id >= this.base;
  }

  /** Permanent terms (the corpus's and the lexicon's). */
  get size(): number {
    return this.base;
  }

  /** Terms there are now, scratch ones included. */
  get sizeWithScratch(): number {
    return this.names.length;
  }

  /** Whether a check is running (its scratch ids are in use). */
  get inCheck(): boolean {
    return this.depth > 0;
  }

  /**
   * Drops the permanent terms `live` does not keep (the seed's are always kept) and renumbers the rest in the
   * order they had. Returns old id → new id (-1: dropped); whoever holds ids must renumber them with it. Not
   * while a check runs.
   */
  compact(live: (id: number) => boolean): Int32Array {
    if (this.depth > 0) throw new Error('TermTable.compact while a check runs');
    const map = new Int32Array(this.names.length).fill(-1);
    const kept: string[] = [];
    for (let id = 0; id < this.names.length; id++) {
      if (id >= this.seeds && !live(id)) continue;
      map[id] = kept.length;
      kept.push(this.names[id]);
    }
    this.names.length = 0;
    this.ids.clear();
    for (const t of kept) {
      this.ids.set(t, this.names.length);
      this.names.push(t);
    }
    this.base = this.names.length;
    return map;
  }

  /** A check starts: terms new from here on are scratch. */
  beginScratch(): void {
    this.depth++;
  }

  /** A check ends: the outermost forgets its scratch terms. */
  endScratch(): void {
    if (this.depth === 0) return;
    if (--this.depth > 0) return;
    this.names.length = this.base;
    this.scratch.clear();
  }
}
