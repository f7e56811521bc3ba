// What the judges store in the corpus snapshot's derived record (the figure index with its postings and facts, the
// learned word pairs, every quotation as the quote and people indexes read it), built from the sources one at a time
// as a cold start streams them into the snapshot (corpus/snapshot.ts SnapshotStream). Each source's entries, facts,
// ventures, word pairs and quotation rows are taken while its body is at hand; then its entries point to the source
// the corpus keeps (a lazy one), so the body can go. The result is what exportIndex and exportQuotes give for the
// same sources (test/unit/coldStream.test.ts).
import type { TermWeights } from '../extract/subjects';
import type { Source } from '../types';
import { FactsStream } from './figureFacts';
import { exportBuilt, IndexBuilder, type StoredIndex } from './figureIndex';
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

  /** How many sources were added. */
  get count(): number {
    return this.rows.length;
  }

  /** The stored tables (the learned word pairs given to `weights`, as building the index does). */
  finish(weights: TermWeights): { figures: StoredIndex; quotes: StoredQuotes } {
    const idx = this.index.finish(this.pairs.finish(), weights);
    const facts = this.facts.finish([...idx.buckets.values()].map((b) => b.all));
    const figures = exportBuilt(idx, (s) => this.no.get(s)!, weights, facts);
    return { figures, quotes: { rows: this.rows } };
  }
}
