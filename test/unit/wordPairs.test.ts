// What the word-pair learner (judge/wordPairs.ts) holds while a cold start streams the corpus: its grouped figures
// as numbers in columns, not an object and a pushed array of words each.
import * as assert from 'assert';
import { heapReadingApart } from './heapFreed';

describe('word-pair learner: memory while indexing', function () {
  this.timeout(300_000);

  it('holds a grouped figure in a few dozen bytes, not an object with a grown array of its words', () => {
    const { grouped, itemBytes, pairs } = heapReadingApart('learnerBytes.ts') as Record<string, number>;
    assert.ok(grouped >= 40_000, `${grouped} figures grouped`);
    assert.ok(pairs > 0, 'the figures pair words');
    // Its source, language and words (4 bytes an id) and its share of its group: ~65 bytes, not ~300 (an item object,
    // its array of words grown by push to 17 slots).
    assert.ok(itemBytes < 120, `${itemBytes.toFixed(0)} bytes a grouped figure`);
  });
});
