// What the stored index's builder holds while a cold start indexes (judge/figureIndex.ts StoredIndexBuilder): its
// columns grow a chunk at a time, never copied to twice their size, and its table of figure signatures keeps each key
// as one flat string.
import * as assert from 'assert';
import { Column, pendingOf } from '../../server/src/judge/figureIndex';
import { heapReadingApart } from './heapFreed';

describe('stored index builder: memory while indexing', function () {
  this.timeout(300_000);

  it('a column gives the numbers pushed, in the narrowest type for them, across chunks and widenings', () => {
    // Numbers as a bucket's columns hold them: small ones (units, languages) for long runs, then a wider one.
    const cases: [number[], string][] = [];
    const run = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
    cases.push([run(100, (i) => i % 7), 'Uint8Array']);
    cases.push([run(200_000, (i) => i % 200), 'Uint8Array']);
    // Wider after two full chunks, at a chunk's first number, and in the middle of the last.
    cases.push([[...run(131_072, (i) => i % 250), 300, ...run(10, (i) => i)], 'Uint16Array']);
    cases.push([[...run(140_000, (i) => i % 250), 70_000, ...run(70_000, (i) => i)], 'Int32Array']);
    cases.push([[...run(65_536, (i) => i % 250), ...run(65_536, (i) => 256 + i)], 'Int32Array']);
    for (const [nums, type] of cases) {
      const c = new Column();
      for (const v of nums) c.push(v);
      assert.equal(c.n, nums.length);
      const done = c.done();
      assert.equal(done.constructor.name, type, `${nums.length} numbers`);
      assert.deepEqual(Array.from(done), nums);
      const wide = c.done(true);
      assert.ok(wide instanceof Int32Array);
      assert.deepEqual(Array.from(wide), nums);
      const taken = c.take();
      assert.equal(taken.constructor.name, type);
      assert.deepEqual(Array.from(taken), nums);
      assert.equal(c.n, 0);
    }
  });

  it("a column left in its chunks (pend) gives take()'s bytes a chunk at a time, letting each full chunk go", () => {
    const run = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
    const cases: number[][] = [
      run(100, (i) => i % 7),
      [...run(131_072, (i) => i % 250), 300, ...run(10, (i) => i)],
      [...run(140_000, (i) => i % 250), 70_000, ...run(70_000, (i) => i)],
      run(200_000, (i) => 70_000 + i),
    ];
    for (const nums of cases)
      for (const wide of [false, true]) {
        const a = new Column(),
          b = new Column();
        for (const v of nums) {
          a.push(v);
          b.push(v);
        }
        const taken = a.take(wide);
        const stand = b.pend(wide);
        assert.equal(stand.constructor, taken.constructor, 'the stand-in is of the type take() gives');
        assert.equal(stand.length, 0, 'and holds nothing');
        assert.equal(b.n, 0, 'the column is let go of');
        const p = pendingOf(stand)!;
        assert.ok(p, 'the stand-in names its column');
        assert.equal(p.length, nums.length);
        const bytes: Buffer[] = [];
        const buffers: ArrayBufferLike[] = [];
        for (const piece of p.pieces()) {
          bytes.push(Buffer.from(piece));
          buffers.push(piece.buffer);
        }
        assert.ok(
          Buffer.concat(bytes).equals(Buffer.from(taken.buffer, taken.byteOffset, taken.byteLength)),
          `${nums.length} numbers, wide ${wide}`,
        );
        // Every full chunk already of the type written is given back once written (a narrower one is written from a
        // widened copy, and the last is a part of its chunk, left to the collector): here every chunk is an Int32Array.
        const full = Math.floor(nums.length / 65_536);
        const freed = buffers.filter((x) => x.byteLength === 0).length;
        if (nums[0] >= 65_536) assert.equal(freed, full, `${freed} of ${full} chunks freed`);
        assert.equal(pendingOf(taken), undefined, 'a real array is no stand-in');
      }
  });

  it('a long column holds its numbers and at most one chunk more, not a doubled copy', () => {
    const c = new Column();
    const n = 300_000;
    for (let i = 0; i < n; i++) c.push(70_000 + (i % 1000));
    // 4 bytes a number: the numbers, and less than a chunk of 65,536 unfilled.
    assert.ok(c.held < 4 * (n + 65_536), `${c.held} bytes held for ${n} numbers`);
  });

  it("a column taken gives its chunks' memory back before the next full collection", () => {
    const { before, after, taken } = heapReadingApart('columnRelease.ts') as Record<string, number>;
    assert.ok(before >= taken, `${before} bytes of chunks for ${taken} bytes of numbers`);
    // The copy, and less than a megabyte more (before: the chunks too, 8 MB, until a full collection).
    assert.ok(after - taken < 1 << 20, `${after} bytes held after taking ${taken}`);
  });

  it('the table of figure signatures keeps each key flat: far less than a figure kept', () => {
    const { distinct, keyBytes, figureBytes } = heapReadingApart('sigKeys.ts') as Record<string, number>;
    assert.ok(distinct > 20_000, `${distinct} distinct signatures`);
    // A key is ~40 characters: one flat string and its Map entry (~120 bytes), not a tree of 7 cons strings and
    // their parts (~330 bytes).
    assert.ok(keyBytes < 180, `${keyBytes.toFixed(0)} bytes a key (a figure kept: ${figureBytes.toFixed(0)})`);
  });
});
