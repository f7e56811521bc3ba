// What the judges store in the corpus snapshot's derived record (the figure index with its postings and facts, the
// learned word pairs, every quotation as the quote and people indexes read it), built from the sources one at a time
// as a cold start streams them into the snapshot (corpus/snapshot.ts SnapshotStream). Each source's entries, facts,
// ventures, word pairs and quotation rows are taken while its body is at hand; then its entries point to the source
// the corpus keeps (a lazy one), so the body can go. The result is what exportIndex and exportQuotes give for the
// same sources (test/unit/coldStream.test.ts).
import { QuotePacker, unpackQuotes } from '../corpus/snapshot';
import type { TermWeights } from '../extract/subjects';
import type { Lang, Source } from '../types';
import type { TermTable } from '../text/terms';
import { FactsStream, ventures } from './figureFacts';
import { StoredIndexBuilder, type StoredColumns, type StoredIndex } from './figureIndex';
import { exportQuoteRows, type QuoteRow, type StoredQuotes } from './quotes';
import { pairable, WordPairLearner, type PairedFigure } from './wordPairs';
import { detached } from '../text/text';

export class DerivedStream {
  // The figure index in its stored columns as the sources pass: no entry object is kept a source figure.
  private index = new StoredIndexBuilder();
  private pairs = new WordPairLearner();
  private facts = new FactsStream();
  private quotes = new QuotePacker();

  /** The corpus's next source: `full` as indexed, `kept` what the corpus keeps in its place (it may be `full`). */
  add(full: Source, kept: Source): void {
    void kept; // the stored tables number sources, in the order they come
    this.index.add(full, this.quotes.count, (list) => this.facts.entries(list));
    this.facts.source(full);
    this.pairs.add(full);
    // A copy: the quotations' strings are cut from the article's text, which they would keep alive.
    this.quotes.add(detached(exportQuoteRows(full)));
  }

  /**
   * The corpus's next source, unchanged since a snapshot stored it (a corpus patched from its snapshot: corpus.ts):
   * its entries, facts, ventures and quotation rows as the stored index has them (`from`, its source `k`: `old`,
   * whose body is not read), taken from the stored columns (term ids of `terms`); `kept` the source the corpus keeps.
   * Its subjects are counted in `count`, as the corpus's adding it would count them (none: counted already).
   */
  addColumns(
    kept: Source,
    old: Source,
    from: StoredColumns,
    k: number,
    rows: readonly QuoteRow[],
    terms: TermTable,
    count?: TermWeights,
  ): void {
    void kept; // the stored tables number sources, in the order they come
    const list = from.entriesOf(k);
    this.index.addColumns(this.quotes.count, from, k, list, (had) => this.facts.storedRecord(had));
    this.facts.ventureList([...ventures(old)]);
    const sigFigs = from.stored.sigFigs;
    const figures: PairedFigure[] = [];
    for (let x = 0; x < list.length; x += 2) {
      const b = from.columns[list[x]],
        i = list[x + 1];
      count?.addSlots(b.ids, b.slots, b.bounds[i], b.bounds[i + 1]);
      const sig = sigFigs[b.entries[5 * i + 4]];
      // Only what the learner groups (it passes over the rest unread).
      if (!pairable(b.kind, sig.qualifier)) continue;
      figures.push({
        kind: b.kind,
        unit: b.units[b.unit[i]],
        value: sig.value,
        qualifier: sig.qualifier,
        lang: b.langs[b.lang[i]] as Lang,
        subject: new StoredTerms(terms, b.ids, b.slots, b.weights, b.values, b.bounds[i], b.bounds[i + 1]),
      });
    }
    this.pairs.addFigures(figures);
    this.quotes.add(rows);
  }

  /** How many sources were added. */
  get count(): number {
    return this.quotes.count;
  }

  /**
   * The stored tables (the learned word pairs given to `weights`, as building the index does; `built` is called then,
   * before the terms by phonetic key are exported). With `pend`, the figure index's numbers are stand-ins that only
   * the snapshot's writer reads (corpus/snapshot.ts SnapshotStream.finish, which reads them back).
   */
  finish(weights: TermWeights, built?: () => void, pend = false): { figures: StoredIndex; quotes: StoredQuotes } {
    // `pend`: the figure index's columns left in their chunks for the snapshot's writer (StoredIndexBuilder.finish).
    const figures = this.index.finish(this.pairs.finish(), weights, this.facts.finishVentures(), built, pend);
    // Each source's quotation rows packed as they passed (each distinct string once: held as rows, every copy of a
    // quotation, a speaker's name and a language was a string of its own, 175,077 strings of 169 distinct ones at
    // 10,000 generated articles), given out as a warm start reads them back.
    return { figures, quotes: unpackQuotes(this.quotes.packed()) };
  }
}

/**
 * A stored subject's terms as the word-pair learner reads them (PairedFigure), read from the stored columns: what the
 * Subject built from them (figureIndex.ts StoredSubjects) answers, a stored subject having no terms of the context.
 */
class StoredTerms {
  constructor(
    private readonly terms: TermTable,
    private readonly ids: Int32Array,
    private readonly slots: ArrayLike<number>,
    private readonly weights: ArrayLike<number>,
    private readonly values: Float64Array,
    private readonly from: number,
    private readonly to: number,
  ) {}
  get size(): number {
    return this.to - this.from;
  }
  idAt(i: number): number {
    return this.ids[this.slots[this.from + i]];
  }
  weightAt(i: number): number {
    return this.values[this.weights[this.from + i]];
  }
  isContextAt(): boolean {
    return false;
  }
  nameAt(i: number): string {
    return this.terms.name(this.idAt(i));
  }
}
