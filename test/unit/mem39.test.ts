import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { setHeapControl, withBoundedHeap, type HeapControl } from '../../server/src/judge/heapBound';

/** A control that records what a check asks of V8 (with a compacting collection of its own when `compacts`). */
function recording(compacts: boolean): { control: HeapControl; calls: string[] } {
  const calls: string[] = [];
  const control: HeapControl = {
    big: 10,
    percent: 25,
    setFlags: (f) => calls.push(f),
    collect: () => calls.push('collect'),
  };
  if (compacts) control.compact = () => calls.push('compact');
  return { calls, control };
}

describe('mem39: the heap compacted at a bounded check’s start', () => {
  afterEach(() => setHeapControl(undefined));

  it("makes the check's one full collection a compacting one where the control has it, a plain one where not", () => {
    for (const compacts of [true, false]) {
      const { control, calls } = recording(compacts);
      setHeapControl(control);
      withBoundedHeap(10, () => calls.push('run'));
      withBoundedHeap(10, () => calls.push('again'));
      const first = compacts ? 'compact' : 'collect';
      assert.deepEqual(calls, [
        '--heap-growing-percent=25',
        first,
        'run',
        '--heap-growing-percent=0',
        '--heap-growing-percent=25',
        'again',
        '--heap-growing-percent=0',
      ]);
    }
  });

  it("V8's pages a load left part full are given back at the check's start, not carried into it", function () {
    this.timeout(120_000);
    // (a process of its own without --expose-gc: the collection is the one heapBound.ts makes from a new context)
    const run = (how: string) => {
      const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'mem39Compact.ts'), how], {
        cwd: path.join(__dirname, '..', '..'),
        encoding: 'utf8',
        timeout: 100_000,
      });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { live: number; committed: number };
    };
    const plain = run('plain'),
      compact = run('compact');
    // (measured: 40 MB live in the old generation; 71–75 MB committed after a plain full collection, 42 compacted)
    const said = JSON.stringify({ plain, compact });
    assert.ok(compact.committed <= 1.25 * compact.live + 4, said);
    assert.ok(plain.committed >= 1.4 * compact.committed, said);
  });
});
