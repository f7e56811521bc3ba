// Run by parallel.test.ts in a process of its own (node --expose-gc): whether the sources of a batch the main thread
// indexed itself (corpus/parallel.ts IndexPool) are still alive once the batch is done and waits to be merged. The
// worker here never claims a batch, so the main thread indexes them all, as Corpus.load drives the pool. Prints one
// line of JSON: how many batches and sources the main thread indexed, how many of those sources were alive then, and
// the bytes of the batches' numbers (their wire form) still held once merged.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSource } from '../../server/src/corpus/corpus';
import { IndexPool, testHooks, type Indexed } from '../../server/src/corpus/parallel';
import { defaultEngineState } from '../../server/src/engineState';

const gc = (globalThis as { gc?: () => void }).gc!;
const seeds = path.join(__dirname, '..', '..', 'seeds');
const files = fs
  .readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(seeds, f));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-own-'));
testHooks.entry = path.join(dir, 'idle.js');
fs.writeFileSync(
  testHooks.entry,
  'exports.runIndexWorker = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30000);\n',
);
const engine = defaultEngineState();
// Each file's result made anew (so that none is shared with another batch), watched by a weak reference.
const made: WeakRef<object>[] = [];
const numbers: Float64Array[] = [];
const indexHere = (i: number): Indexed => {
  const r = readSource(files[i], 5 << 20, undefined, undefined, false, engine);
  if (typeof r !== 'string') made.push(new WeakRef(r));
  return r;
};
const pool = IndexPool.start(files, {}, 5 << 20, 1, indexHere, engine.subjects.terms)!;
// The pool as Corpus.load drives it (corpus.ts mergeAll), before and since a batch's results are held as they come.
const own = pool as unknown as { hold?: (r: Indexed) => void; put: (b: number, out?: Indexed[]) => void };
/** Batch `b`, files [first, end), indexed here and put; the number of the first of its sources in `made`. */
function indexBatch(b: number, first: number, end: number): number {
  const from = made.length;
  const out: Indexed[] = [];
  for (let i = first; i < end; i++) {
    const r = pool.indexHere(i);
    if (own.hold) own.hold(r);
    else out.push(r);
  }
  if (own.hold) own.put(b);
  else own.put(b, out);
  // Its numbers, as the batch waits to be merged (in the wire form: corpus/sourceWire.ts).
  const ready = (pool as unknown as { ready: Map<number, { own?: { nums: Float64Array } }> }).ready.get(b);
  if (ready?.own) numbers.push(ready.own.nums);
  return from;
}

async function main() {
  let batches = 0,
    alive = 0,
    merged = 0;
  while (!pool.done) {
    const s = pool.step();
    if ('merge' in s) for (let i = s.first; i < s.end; i++, merged++) s.next();
    else if ('local' in s) {
      const from = indexBatch(s.local, s.first, s.end);
      batches++;
      // The batch done, not merged yet: what is left of its sources (a weak reference holds its target to the end of
      // the job that made or read it).
      await new Promise((r) => setImmediate(r));
      gc();
      for (let k = from; k < made.length; k++) if (made[k].deref()) alive++;
    } else pool.waitSync(50);
  }
  pool.close();
  fs.rmSync(dir, { recursive: true, force: true });
  // Merged: the batches' numbers still held (bytes).
  const held = numbers.reduce((k, n) => k + n.byteLength, 0);
  console.log(JSON.stringify({ batches, sources: made.length, merged, alive, wired: numbers.length, held }));
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
