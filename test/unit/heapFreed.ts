// The heap a drop frees, read settled before and after (gc and a turn of the loop, four times: garbage of earlier work,
// some freed only after finalizers and weak references are cleared, must not be counted to the drop). For the
// measuring scripts run in a process of their own under node --expose-gc (quoteSharing.ts, headSharing.ts).
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

export function heapFreed(): { settle: () => Promise<number>; freed: (drop: () => void) => Promise<number> } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const settle = async () => {
    for (let i = 0; i < 4; i++) {
      gc();
      await new Promise((r) => setImmediate(r));
    }
    return process.memoryUsage().heapUsed;
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
 * inside the suite, the callbacks of earlier tests' child processes allocate between heap readings.
 */
export function heapReadingApart(script: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--expose-gc', '--require', 'tsx/cjs', path.join(__dirname, script)], {
    cwd: path.join(__dirname, '..', '..'),
    encoding: 'utf8',
    timeout: 240_000,
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}
