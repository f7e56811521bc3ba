import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import { setHeapControl, v8Control, withBoundedHeap, type HeapControl } from '../../server/src/judge/heapBound';

/** A control that records what a check asks of V8. */
function recording(big: number): { control: HeapControl; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    control: { big, percent: 50, setFlags: (f) => calls.push(f), collect: () => calls.push('collect') },
  };
}

describe('heapBound: the heap bounded while a check runs on a big corpus', () => {
  afterEach(() => setHeapControl(undefined));

  it('sets the growing flag and collects once before the work, and clears the flag after it', () => {
    const { control, calls } = recording(10);
    setHeapControl(control);
    assert.equal(
      withBoundedHeap(10, () => (calls.push('run'), 7)),
      7,
    );
    assert.deepEqual(calls, ['--heap-growing-percent=50', 'collect', 'run', '--heap-growing-percent=0']);
  });

  it('leaves a small corpus alone, bounds nested work once, and clears the flag when the work throws', () => {
    const { control, calls } = recording(10);
    setHeapControl(control);
    withBoundedHeap(9, () => calls.push('small'));
    assert.deepEqual(calls, ['small']);
    calls.length = 0;
    withBoundedHeap(10, () => withBoundedHeap(10, () => calls.push('inner')));
    assert.deepEqual(calls, ['--heap-growing-percent=50', 'collect', 'inner', '--heap-growing-percent=0']);
    calls.length = 0;
    // (the full collection is made once a process: a later check sets the flag only, which V8 reads at its next
    // collection — a collection at every check would pause each edit in the editor)
    assert.throws(() =>
      withBoundedHeap(10, () => {
        throw new Error('x');
      }),
    );
    assert.deepEqual(calls, ['--heap-growing-percent=50', '--heap-growing-percent=0']);
    calls.length = 0;
    withBoundedHeap(10, () => calls.push('again'));
    assert.deepEqual(calls, ['--heap-growing-percent=50', 'again', '--heap-growing-percent=0']);
  });

  it("checkReport runs inside it, by the corpus's number of sources", () => {
    const seeds = Corpus.load({ folders: [] });
    const n = seeds.sources.length;
    const text = '# Stargate\n\nStargate plans to invest $500 billion in AI infrastructure.\n';
    const below = recording(n + 1);
    setHeapControl(below.control);
    const plain = checkReport(seeds, text);
    assert.deepEqual(below.calls, []);
    const at = recording(n);
    setHeapControl(at.control);
    const bounded = checkReport(seeds, text);
    assert.deepEqual(at.calls, ['--heap-growing-percent=50', 'collect', '--heap-growing-percent=0']);
    assert.deepEqual(bounded, plain);
  });

  it('V8 reads the flag at run time: promoted garbage after the collection stays near the live heap', function () {
    this.timeout(120_000);
    // (a process of its own without --expose-gc: the collection is the one heapBound.ts makes from a new context)
    const run = (percent: number) => {
      const r = spawnSync(
        process.execPath,
        ['--require', 'tsx/cjs', path.join(__dirname, 'heapBoundGrowth.ts'), String(percent)],
        {
          cwd: path.join(__dirname, '..', '..'),
          encoding: 'utf8',
          timeout: 100_000,
        },
      );
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { live: number; max: number };
    };
    const free = run(0),
      bounded = run(v8Control.percent);
    // (measured: 62 MB live, 392 MB at most unbounded, 167 MB with 50%, 140 MB with 25%)
    assert.ok(bounded.max <= 3 * bounded.live, JSON.stringify({ free, bounded }));
    assert.ok(free.max > 1.5 * bounded.max, JSON.stringify({ free, bounded }));
  });
});
