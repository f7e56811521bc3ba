// What the judges store in the corpus snapshot's derived record (the figure index with its postings and facts, the
// learned word pairs, every quotation as the quote and people indexes read it), built from the sources one at a time
// as a cold start streams them into the snapshot (corpus/snapshot.ts SnapshotStream). Each source's entries, facts,
// ventures, word pairs and quotation rows are taken while its body is at hand; then its entries point to the source
// the corpus keeps (a lazy one), so the body can go. The result is what exportIndex and exportQuotes give for the
// same sources (test/unit/coldStream.test.ts).
import type { TermWeights } from '../extract/subjects';
import type { Source } from '../types';
import { FactsStream, ventures } from './figureFacts';
import { StoredIndexBuilder, type Direction, type Entry, type StoredIndex } from './figureIndex';
import { exportQuoteRows, type QuoteRow, type StoredQuotes } from './quotes';
import { WordPairLearner } from './wordPairs';
import { detached } from '../text/text';

export class DerivedStream {
  // The figure index in its stored columns as the sources pass: no entry object is kept a source figure.
  private index = new StoredIndexBuilder();
  private pairs = new WordPairLearner();
  private facts = new FactsStream();
  private rows: QuoteRow[][] = [];

  /** The corpus's next source: `full` as indexed, `kept` what the corpus keeps in its place (it may be `full`). */
  add(full: Source, kept: Source): void {
    void kept; // the stored tables number sources, in the order they come
    this.index.add(full, this.rows.length, (list) => this.facts.entries(list));
    this.facts.source(full);
    this.pairs.add(full);
    // A copy: the quotations' strings are cut from the article's text, which they would keep alive.
    this.rows.push(detached(exportQuoteRows(full)));
  }

  /**
   * The corpus's next source, unchanged since a snapshot stored it (a corpus patched from its snapshot: corpus.ts):
   * its entries, facts, ventures and quotation rows as the stored index has them (`old`, the snapshot's source,
   * whose body is not read), `kept` the source the corpus keeps.
   */
  addStored(
    kept: Source,
    old: Source,
    entries: readonly Entry[],
    directions: readonly Direction[],
    rows: QuoteRow[],
  ): void {
    this.index.addStored(kept, this.rows.length, entries, directions, (list) => this.facts.stored(list));
    this.facts.ventureList([...ventures(old)]);
    this.pairs.addFigures(
      entries.map((e) => ({
        kind: e.kind,
        unit: e.unit,
        value: e.sigFig.value,
        qualifier: e.sigFig.qualifier,
        lang: e.lang,
        subject: e.subject,
      })),
    );
    this.rows.push(rows);
  }

  /** How many sources were added. */
  get count(): number {
    return this.rows.length;
  }

  /**
   * The stored tables (the learned word pairs given to `weights`, as building the index does; `built` is called then,
   * before the terms by phonetic key are exported).
   */
  finish(weights: TermWeights, built?: () => void): { figures: StoredIndex; quotes: StoredQuotes } {
    const figures = this.index.finish(this.pairs.finish(), weights, this.facts.finishVentures(), built);
    return { figures, quotes: { rows: this.rows } };
  }
}
