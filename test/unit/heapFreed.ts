// The heap a drop frees, read settled before and after (gc and a turn of the loop, four times: garbage of earlier work,
// some freed only after finalizers and weak references are cleared, must not be counted to the drop). For the
// measuring scripts run in a process of their own under node --expose-gc (quoteSharing.ts, headSharing.ts).
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

export function heapFreed(): { settle: () => Promise<number>; freed: (drop: () => void) => Promise<number> } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const reading = async () => {
    gc();
    await new Promise((r) => setImmediate(r));
    return process.memoryUsage().heapUsed;
  };
  // Settled: four collections first, then the least of seven readings. Even settled, V8's heap reads up to ~250 KB
  // apart from one full collection to the next with nothing dropped, flipping between a low and a high level (on a
  // busy machine more often); a single reading once put a 430-510 KB drop where the low level puts 310-320 KB.
  const settle = async () => {
    for (let i = 0; i < 4; i++) await reading();
    const r: number[] = [];
    for (let i = 0; i < 7; i++) r.push(await reading());
    return Math.min(...r);
  };
  const freed = async (drop: () => void) => {
    const before = await settle();
    drop();
    return before - (await settle());
  };
  return { settle, freed };
}

/**
 * Runs one of those scripts (a file beside this one) in a fresh node --expose-gc and gives the JSON line it prints:
 * inside the suite, the callbacks of earlier tests' child processes allocate between heap readings. Bytecode is not
 * flushed: V8 drops the bytecode of functions not run for a few collections, which a reading would count to the drop.
 */
export function heapReadingApart(script: string): Record<string, unknown> {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--no-flush-bytecode', '--require', 'tsx/cjs', path.join(__dirname, script)],
    {
      cwd: path.join(__dirname, '..', '..'),
      encoding: 'utf8',
      timeout: 240_000,
    },
  );
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}
