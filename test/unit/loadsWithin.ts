// A cold load of one article into a new cache under a watchdog, for the tests of work that must stay linear in a long
// sentence (perf39, perf40).
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';

/** How long a load may take before the watchdog calls it super-linear (the attack tests' bound). */
export const WATCHDOG_MS = Number(process.env.XREF_ATTACK_WATCHDOG_MS ?? 20_000);

/**
 * A cold load of one article (`text`, written to a folder `tmp` makes) into a new cache (its snapshot and every
 * figure's facts written), in a worker thread under a watchdog: a hang or a blow-up fails the test instead of hanging
 * the suite. No timing is asserted.
 */
export function loadsWithin(
  text: string,
  ms: number,
  tmp: (prefix: string) => string,
): Promise<{ ok: boolean; detail: string }> {
  const dir = tmp('xref-long-');
  fs.writeFileSync(path.join(dir, 'long.md'), text);
  const cacheDir = tmp('xref-long-cache-');
  const code = `
    require('tsx/cjs');
    const { parentPort } = require('worker_threads');
    const { Corpus } = require(${JSON.stringify(path.resolve(__dirname, '../../server/src/corpus/corpus'))});
    const { IndexCache } = require(${JSON.stringify(path.resolve(__dirname, '../../server/src/corpus/cache'))});
    const cache = new IndexCache(${JSON.stringify(cacheDir)});
    const c = Corpus.load({ folders: [${JSON.stringify(dir)}], useBundled: false, workers: 0, cache });
    parentPort.postMessage(c.sources.length + ' source, snapshot ' + cache.snapshot);
  `;
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve({ ok: false, detail: `did not load within ${ms / 1000} s (super-linear work on a long sentence)` });
    }, ms);
    w.on('message', (m: string) => {
      clearTimeout(timer);
      void w.terminate();
      resolve({ ok: true, detail: m });
    });
    w.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: String(e?.stack ?? e) });
    });
  });
}
