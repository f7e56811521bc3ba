// The bounded caches a shared-corpus checker keeps its answers, sources, postings and searches in (corpus/pg.ts Lru):
// the least recently used let go first once the sizes pass the bound; a value larger than the bound is not kept.
import { strict as assert } from 'assert';
import { Lru } from '../../server/src/corpus/pg';

describe('shared corpus: the bounded caches of answers', () => {
  it('lets go of the least recently used once the total passes the bound', () => {
    const c = new Lru<string, string>(10, (v) => v.length);
    c.keep('a', 'xxxx');
    c.keep('b', 'xxxx');
    assert.equal(c.get('a'), 'xxxx'); // a is now the most recently used
    c.keep('c', 'xxxx'); // 12 > 10: b goes
    assert.equal(c.get('b'), undefined);
    assert.equal(c.get('a'), 'xxxx');
    assert.equal(c.get('c'), 'xxxx');
    assert.equal(c.size, 2);
  });
  it('keeps nothing larger than the bound, and a key once', () => {
    const c = new Lru<string, string>(10, (v) => v.length);
    c.keep('big', 'x'.repeat(11));
    assert.equal(c.size, 0);
    c.keep('a', 'xx');
    c.keep('a', 'yyyy');
    assert.equal(c.get('a'), 'xx');
    for (let i = 0; i < 20; i++) c.keep(String(i), 'x');
    assert.equal(c.size, 10);
  });
});
