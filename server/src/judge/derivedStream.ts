// What the judges store in the corpus snapshot's derived record (the figure index with its postings and facts, the
// learned word pairs, every quotation as the quote and people indexes read it), built from the sources one at a time
// as a cold start streams them into the snapshot (corpus/snapshot.ts SnapshotStream). Each source's entries, facts,
// ventures, word pairs and quotation rows are taken while its body is at hand; then its entries point to the source
// the corpus keeps (a lazy one), so the body can go. The result is what exportIndex and exportQuotes give for the
// same sources (test/unit/coldStream.test.ts).
import type { TermWeights } from '../extract/subjects';
import type { Source } from '../types';
import { FactsStream, ventures } from './figureFacts';
import { exportBuilt, IndexBuilder, type Direction, type Entry, type Index, type StoredIndex } from './figureIndex';
import { exportQuoteRows, type QuoteRow, type StoredQuotes } from './quotes';
import { WordPairLearner } from './wordPairs';
import { detached } from '../text/text';

export class DerivedStream {
  private index = new IndexBuilder(0);
  private pairs = new WordPairLearner();
  private facts = new FactsStream();
  private rows: QuoteRow[][] = [];
  /** Each kept source's number in the corpus. */
  private no = new Map<Source, number>();

  /** The corpus's next source: `full` as indexed, `kept` what the corpus keeps in its place (it may be `full`). */
  add(full: Source, kept: Source): void {
    this.no.set(kept, this.rows.length);
    const entries = this.index.add(full);
    this.facts.entries(entries);
    this.facts.source(full);
    this.pairs.add(full);
    // A copy: the quotations' strings are cut from the article's text, which they would keep alive.
    this.rows.push(detached(exportQuoteRows(full)));
    if (kept !== full) for (const e of entries) e.src = kept;
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
    this.no.set(kept, this.rows.length);
    const added = this.index.addStored(kept, entries, directions);
    this.facts.stored(added);
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

  /** The stored tables (the learned word pairs given to `weights`, as building the index does). */
  finish(weights: TermWeights, built?: (idx: Index) => void): { figures: StoredIndex; quotes: StoredQuotes } {
    const idx = this.index.finish(this.pairs.finish(), weights);
    built?.(idx);
    const facts = this.facts.finish([...idx.buckets.values()].map((b) => b.all));
    const figures = exportBuilt(idx, (s) => this.no.get(s)!, weights, facts);
    return { figures, quotes: { rows: this.rows } };
  }
}
