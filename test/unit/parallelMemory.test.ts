// What the main thread holds while it indexes on worker threads (corpus/parallel.ts): a batch it indexed itself waits
// for the batches before it in the wire form, as a worker's does, not as its sources (which, held that long, were
// promoted to the old generation and died there).
import * as assert from 'assert';
import { heapReadingApart } from './heapFreed';

describe('indexing on worker threads: what the main thread holds', function () {
  this.timeout(300_000);

  it('a batch the main thread indexed keeps none of its sources alive until it is merged', () => {
    const { batches, sources, merged, alive, wired, held } = heapReadingApart('ownBatch.ts') as Record<string, number>;
    assert.ok(batches >= 2, `${batches} batches indexed here`);
    assert.equal(merged, sources, 'every file merged');
    // Before: the batch's sources, all of them (5 of 5).
    assert.equal(alive, 0, `${alive} of ${sources} sources alive`);
    // Merged, a batch's numbers are given back at once (promoted while it waited, they waited for a full collection).
    assert.equal(wired, batches, 'every batch in the wire form');
    assert.equal(held, 0, `${held} bytes of merged batches' numbers held`);
  });
});
