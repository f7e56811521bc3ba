// A cold load's merge with V8's old generation bounded by a fixed slack (judge/heapBound.ts mergeBound): a full
// collection at the first file merged and whenever the old generation has grown the slack past what the last one left.
// Only when the collector runs changes: the load stores and finds what it does unbounded.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as v8 from 'v8';
import { Corpus } from '../../server/src/corpus/corpus';
import { IndexCache } from '../../server/src/corpus/cache';
import { checkReport } from '../../server/src/judge/check';
import { mergeBound, setHeapControl, v8Control, type HeapControl } from '../../server/src/judge/heapBound';
import { writeCorpus } from '../../bench/generate';
import { tempDirs } from './cacheFixtures';

const { tmp, cleanup } = tempDirs();
after(cleanup);

/** A control whose old generation grows `step` bytes at each reading and is `floor` after a collection. */
function stepping(step: number, slack: number, files: number, floor = 0) {
  const calls: string[] = [];
  let used = floor;
  const control: HeapControl = {
    ...v8Control,
    big: Infinity, // (no check bounded here)
    setFlags: (f) => calls.push(f),
    collect: () => {
      calls.push('collect');
      used = floor;
    },
    mergeFiles: files,
    mergeSlack: slack,
    oldUsed: () => (used += step),
  };
  return { control, calls, drop: (to: number) => (used = to) };
}

describe('mem38: a cold merge with the old generation bounded by a fixed slack', function () {
  this.timeout(300_000);
  afterEach(() => setHeapControl(undefined));

  it('collects at the first file and each time the old generation has grown past the slack, from the last floor', () => {
    const { control, calls, drop } = stepping(10, 25, 3);
    setHeapControl(control);
    assert.equal(mergeBound(2), undefined, 'fewer files than the bound starts at');
    const tick = mergeBound(3)!;
    assert.ok(tick);
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) {
      const before = calls.length;
      tick();
      if (calls.length > before) seen.push(i);
    }
    // floor 10 after the first (read after it), then 20, 30 (+20), 40 (+30 > 25: collect, floor 10), …
    assert.deepEqual(seen, [0, 3, 6, 9]);
    // V8's own collection: the old generation seen lower is the new floor, not a reason to collect.
    calls.length = 0;
    drop(-100);
    tick(); // -90: the new floor
    tick(); // -80
    tick(); // -70
    assert.deepEqual(calls, []);
    // A control that cannot read its heap, or has no slack, leaves the merge alone.
    setHeapControl({ ...control, oldUsed: undefined });
    assert.equal(mergeBound(1e6), undefined);
    setHeapControl({ ...control, mergeSlack: 0 });
    assert.equal(mergeBound(1e6), undefined);
  });

  it('a cold load of a big corpus collects while it merges, and stores and finds what the unbounded load does', () => {
    const dir = tmp('xref-mem38-gen-');
    writeCorpus(dir, 120, 38);
    const opts = { folders: [dir], useBundled: false, workers: 0 };
    const text = '# Stargate\n\nStargate plans to invest $500 billion over four years, Altman said.\n';
    const load = () => {
      const cache = new IndexCache(tmp('xref-mem38-'));
      const c = Corpus.load({ ...opts, cache });
      assert.equal(cache.snapshot, 'none', 'a cold start');
      return {
        stored: v8.serialize({ figures: c.storedFigureIndex!.index, keys: c.sources.map((s) => s.key) }),
        checked: JSON.stringify(checkReport(c, text, { cache: false })),
      };
    };
    const free = stepping(0, 1, Infinity);
    setHeapControl(free.control);
    const plain = load();
    assert.deepEqual(free.calls, [], 'unbounded below its number of files');
    // (grows 1 a file read: a collection at the first file and every 4th after it)
    const bounded = stepping(1, 3, 100);
    setHeapControl(bounded.control);
    const got = load();
    const collects = bounded.calls.filter((c) => c === 'collect').length;
    assert.ok(collects >= 20, `${collects} collections while 120 files merged`);
    assert.ok(Buffer.compare(got.stored, plain.stored) === 0, 'the same stored tables and keys');
    assert.equal(got.checked, plain.checked);
  });

  it("V8's own control reads the old generation without the young one, and a collection lowers it", function () {
    this.timeout(120_000);
    // (a process of its own: the heap's readings are not the test runner's)
    const script = `
      const { v8Control } = require(${JSON.stringify(path.join(__dirname, '../../server/src/judge/heapBound'))});
      const keep = [];
      for (let i = 0; i < 300000; i++) keep.push({ i, a: [i, i] });
      let junk = [];
      for (let i = 0; i < 300000; i++) junk.push({ i, s: 'x' + i });
      v8Control.collect(); // (both promoted by now)
      const both = v8Control.oldUsed();
      junk = null;
      v8Control.collect();
      const live = v8Control.oldUsed();
      console.log(JSON.stringify({ both, live, kept: keep.length }));`;
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
      cwd: path.join(__dirname, '..', '..'),
      encoding: 'utf8',
      timeout: 100_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const { both, live } = JSON.parse(r.stdout) as { both: number; live: number };
    assert.ok(live > 5e6 && both > live + 5e6, JSON.stringify({ both, live }));
  });
});
