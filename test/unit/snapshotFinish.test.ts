// What a cold start's snapshot finish (corpus/snapshot.ts SnapshotStream.finish) does at the end of the load, where
// its memory adds to what the merge holds (issue 13: 100,000 generated articles peaked ~330 MB above the merge's end
// in it): the file table is taken as the files are merged, not read back from every cache entry; the derived record's
// parts are written one at a time, each made after the one before is written; the header is written in pieces, never
// as one string; and the snapshot is the one a warm start reads, with the identity the finish gave.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { IndexCache } from '../../server/src/corpus/cache';
import { CorpusSnapshot, headerJson, namedIdentity } from '../../server/src/corpus/snapshot';
import { slotHash, SlotHasher } from '../../server/src/corpus/results';
import { quotesOfRows } from '../../server/src/judge/quotes';
import type { StoredIndex } from '../../server/src/judge/figureIndex';
import { TermTable } from '../../server/src/text/terms';
import { tempDirs } from './cacheFixtures';

/** The module object itself (what the writer calls through), its methods replaceable. */
const nodeFs = require('fs') as typeof fs;

const { tmp, cleanup } = tempDirs();
after(cleanup);

/** `n` files of one byte each, all over the size limit (0): each result a skip reason the file table vouches for. */
function tooLarge(n: number): { files: string[]; cache: IndexCache } {
  const dir = tmp('xref-finish-src-');
  const files = Array.from({ length: n }, (_, i) => path.join(dir, `a "quoted" — file ${i}.txt`));
  for (const f of files) fs.writeFileSync(f, 'x');
  return { files, cache: new IndexCache(tmp('xref-finish-cache-')) };
}

/** A stream of those files' results written into `cache`'s snapshot, its tables a stand-in, not yet finished. */
function streamed(files: string[], cache: IndexCache) {
  const snapshot = new CorpusSnapshot(cache, 'options');
  const derive = {
    add: () => undefined,
    finish: () => ({ figures: { buckets: [] } as unknown as StoredIndex, quotes: quotesOfRows([]) }),
  };
  const vouch = { override: () => '', maxFileBytes: 0 };
  const stream = snapshot.stream(new TermTable(), 4, derive, undefined, vouch)!;
  for (const f of files) stream.add(f, 'too large (1 byte)');
  return { snapshot, stream, finish: () => stream.finish(files, () => '', 0) };
}

/** Calls `f` with `obj[name]` replaced by a wrapper that logs each call first; the method put back after. */
function spying<T extends object, R>(obj: T, name: keyof T, log: (args: unknown[]) => void, f: () => R): R {
  const orig = obj[name] as unknown as (...a: unknown[]) => unknown;
  (obj as Record<keyof T, unknown>)[name] = function (this: unknown, ...a: unknown[]) {
    log(a);
    return orig.apply(this, a);
  };
  try {
    return f();
  } finally {
    (obj as Record<keyof T, unknown>)[name] = orig;
  }
}

describe('snapshot finish (a cold start)', function () {
  this.timeout(60_000);

  it('takes each file-table row as its file is merged: finish() reads no cache entry and stats no file', () => {
    const { files, cache } = tooLarge(50);
    const { finish } = streamed(files, cache);
    let looked = 0;
    const got = spying(
      IndexCache.prototype,
      'entryHeader',
      () => looked++,
      () => spying(nodeFs, 'statSync', () => looked++, finish),
    );
    assert.ok(got, 'a snapshot');
    assert.equal(looked, 0, 'cache entries read or files statted by finish()');
    assert.deepEqual(
      got.files.map((r) => r.slice(0, 5)),
      files.map((f) => [f, '', 1, fs.statSync(f).mtimeMs, null]),
    );
  });

  it('writes each part of the derived record before it makes the next (the parts are never all held)', () => {
    const { files, cache } = tooLarge(3);
    const { finish } = streamed(files, cache);
    const events: string[] = [];
    spying(
      v8.Serializer.prototype,
      'writeHeader',
      () => events.push('make'),
      () => spying(nodeFs, 'writeSync', () => events.push('write'), finish),
    );
    const made = events.flatMap((e, i) => (e === 'make' ? [i] : []));
    assert.equal(made.length, 3, 'the figure index, the heads, the quotations');
    for (let k = 1; k < made.length; k++)
      assert.ok(
        events.slice(made[k - 1], made[k]).includes('write'),
        `part ${k} made before part ${k - 1} was written`,
      );
  });

  it('writes the header in pieces, never one string of it, and a warm start reads it with the identity finish() gave', () => {
    const { files, cache } = tooLarge(3000);
    const { snapshot, finish } = streamed(files, cache);
    const writes: number[] = [];
    const got = spying(nodeFs, 'writeSync', (a) => writes.push((a[1] as Uint8Array).byteLength), finish)!;
    const size = fs.statSync(snapshot.file).size;
    const b = fs.readFileSync(snapshot.file);
    const hlen = b.readUInt32LE(size - 12);
    assert.ok(hlen > 300_000, `a header of ${hlen} bytes`);
    assert.ok(Math.max(...writes) < hlen / 2, `a write of ${Math.max(...writes)} bytes of a ${hlen}-byte header`);
    const valid = new CorpusSnapshot(new IndexCache(cache.root), 'options').validate(files, () => '', 0);
    assert.ok(valid, 'a warm start finds it current');
    assert.equal(valid.identity, got.identity);
    assert.deepEqual(valid.header.files, got.files);
    fs.closeSync(valid.fd);
  });

  it("makes the header's JSON in pieces that join to JSON.stringify's, and hashes them as slotHash does the whole", () => {
    const named = {
      engine: 'e"1',
      options: '{"roots":["a"]}',
      files: Array.from({ length: 2500 }, (_, i): [string, string, number, number, string | null, number] => [
        `/tmp/ü "${i}" \u{1F600}\\`,
        i % 3 ? '' : '{"k":1}',
        i,
        1.5e12 + i / 7,
        i % 5 ? 'ab'.repeat(32) : null,
        0,
      ]),
      terms: Array.from({ length: 1025 }, (_, i) => `t${i}\n`),
      atoms: [],
      offsets: Array.from({ length: 2501 }, (_, i) => 8 + 100 * i),
      crcs: Array.from({ length: 1024 }, (_, i) => `crc32:${i.toString(16)}`),
    };
    const pieces = [...headerJson(named)];
    const whole = JSON.stringify(named);
    assert.equal(pieces.join(''), whole.slice(0, -1));
    assert.ok(Math.max(...pieces.map((p) => p.length)) < whole.length / 2);
    assert.equal(namedIdentity(named), `${whole.length.toString(36)}-${slotHash(whole)}`);
    const h = new SlotHasher();
    for (let i = 0; i < whole.length; i += 777) h.add(whole.slice(i, i + 777));
    assert.equal(h.digest(), slotHash(whole));
  });
});
