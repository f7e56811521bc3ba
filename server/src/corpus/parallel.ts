// Indexing a large corpus on worker threads. Files go out in batches of consecutive files that threads claim
// from a shared counter (the main thread too, when it has nothing to merge); results come back in the wire
// form (sourceWire.ts) and are merged in file order, so keys and output are the ones the in-thread path gives.
// Works without the main thread's event loop (Corpus.load is synchronous): results are taken with
// receiveMessageOnPort and waited for with Atomics.wait. A worker that cannot start, fails or goes silent
// costs nothing but time: its batch is indexed on the main thread.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { MessagePort, Worker } from 'worker_threads';
import { WireDecoder, WireEncoder, type WireBatch } from './sourceWire';
import type { TermTable } from '../text/terms';
import { release } from './release';
import type { Source } from '../types';

// worker_threads is loaded when a pool starts: a run that indexes on one thread (every run below
// MIN_PARALLEL_FILES files, every run the index cache answers) does not pay its start-up.
let wt: typeof import('worker_threads') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const threads = () => (wt ??= require('worker_threads') as typeof import('worker_threads'));

/** What a worker is given (workerData). */
export interface WorkerJob {
  files: string[];
  /** xref-sources.json overrides by file index. */
  overrides: Record<number, object>;
  maxFileBytes: number;
  batchSize: number;
  /** Control cells (Int32, shared): see the layout below. */
  control: SharedArrayBuffer;
  /** This worker's number (0-based). */
  index: number;
  port: MessagePort;
  /** The index cache to store results in (cache.ts): its folder and the engine version the main thread uses. */
  cache?: { root: string; engine: string };
}

// Control layout: SIGNAL (bumped and notified on every post), NEXT (the next unclaimed batch), CANCEL, then
// per worker its STATE and a HEARTBEAT (bumped per file), then per batch its OWNER (worker + 1, or MAIN).
export const SIGNAL = 0,
  NEXT = 1,
  CANCEL = 2,
  HEADER = 3;
export const STARTING = 0,
  RUNNING = 1,
  DONE = 2,
  FAILED = 3;
const MAIN = -1;

/**
 * Fewer files than this are indexed in-thread: a worker starts in ~50 ms (more through tsx) but its code is
 * cold, and its results must be rebuilt on the main thread. Measured on 2 shared vCPUs, generated articles:
 * 1,000 took 1.7 s with a worker and 1.5 s without; 10,000 took 7.1 s with and 10.5 s without.
 */
export const MIN_PARALLEL_FILES = 2000;
/**
 * Workers started by default, whatever the CPU count. Each is a V8 heap of its own: on 10,000 generated
 * articles the first took the peak RSS from ~340 to ~465 MB (500 MB allowed), a second to ~535 MB. Part of
 * that is the lexicon's cache of short texts, whose keys keep whole article texts alive in a worker.
 * XREF_INDEX_WORKERS asks for more.
 */
const AUTO_WORKERS = 1;
/** The most XREF_INDEX_WORKERS or the option may ask for. */
const MAX_WORKERS = 16;
/** A worker whose heartbeat has not moved for this long while the merge waits on it is given up on. */
const STALL_MS = 60_000;

/** Worker threads to use for `files` files: XREF_INDEX_WORKERS (0 = none) or the option win over the heuristic. */
export function workerCount(files: number, option?: number): number {
  const env = process.env.XREF_INDEX_WORKERS;
  const forced =
    option ?? (env !== undefined && env.trim() !== '' && Number.isFinite(Number(env)) ? Number(env) : undefined);
  if (forced !== undefined) return Math.max(0, Math.min(MAX_WORKERS, Math.floor(forced), files));
  if (files < MIN_PARALLEL_FILES) return 0;
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // The main thread indexes too, between merges: no worker on one CPU.
  return Math.max(0, Math.min(AUTO_WORKERS, cpus - 1));
}

/**
 * For tests: a worker script to start instead of corpusWorker (one that fails, say); whether the main thread
 * indexes batches too (off: every batch goes through a worker); how long a silent worker is waited for.
 */
export const testHooks: { entry?: string; mainIndexes?: boolean; stallMs?: number } = {};

/** The worker script beside this module: dist/corpusWorker.js in a bundle, corpusWorker.ts (via tsx) from source. */
function workerEntry(): { entry: string; execArgv: string[] } | undefined {
  if (testHooks.entry) return { entry: testHooks.entry, execArgv: [] };
  const js = path.join(__dirname, 'corpusWorker.js');
  if (fs.existsSync(js)) return { entry: js, execArgv: [] };
  const ts = path.join(__dirname, 'corpusWorker.ts');
  if (!fs.existsSync(ts)) return undefined;
  try {
    // The module name is built so that a bundler leaves it alone: only the TypeScript sources need tsx.
    const tsx = require.resolve(['tsx', 'cjs'].join('/'));
    return { entry: ts, execArgv: ['--require', tsx] };
  } catch {
    return undefined;
  }
}

// Runs in the worker. Whatever ends it before it is done (a throw while loading the entry or later,
// process.exit) is put in shared memory, where a synchronous merge sees it without an event loop.
const BOOTSTRAP = `
const { workerData } = require('worker_threads');
const ctl = new Int32Array(workerData.job.control);
const at = ${HEADER} + 2 * workerData.job.index;
const fail = () => {
  if (Atomics.load(ctl, at) === ${DONE}) return;
  Atomics.store(ctl, at, ${FAILED});
  Atomics.add(ctl, ${SIGNAL}, 1);
  Atomics.notify(ctl, ${SIGNAL});
};
process.on('exit', fail);
try {
  require(workerData.entry).runIndexWorker(workerData.job);
} catch (e) {
  fail();
}`;

// A batch the main thread indexed is kept in the wire form too (own), the worker's as it came.
type Ready = { worker: number; wire: WireBatch } | { own: WireBatch };

/** A file indexed: its Source, or why it was skipped. */
export type Indexed = Source | string;

export type Step =
  /** Merge batch `merge`: call `next()` once per file from `first` to `end`, in order. */
  | { merge: number; first: number; end: number; next: () => Indexed }
  /** Index batch `local` here (indexHere per file, each result given to `hold` at once), then `put` it. */
  | { local: number; first: number; end: number }
  | { wait: true };

export class IndexPool {
  readonly batches: number;
  private readonly ctl: Int32Array;
  private readonly workers: Worker[] = [];
  private readonly ports: MessagePort[] = [];
  private readonly decoders: WireDecoder[] = [];
  private readonly exited: boolean[] = [];
  private readonly ready = new Map<number, Ready>();
  private readonly beats: { value: number; at: number }[] = [];
  private merged = 0;
  /**
   * The main thread's own batches in the wire form, as a worker's: the batch's sources, held whole until the batches
   * before it were merged, were promoted to the old generation and died there (at 100,000 articles most of the main
   * thread's garbage); as numbers and strings a batch is a few typed arrays and the texts. Their term ids are the
   * corpus's engine's, which the decoder maps to themselves.
   */
  private readonly ownEncoder: WireEncoder;
  private readonly ownDecoder: WireDecoder;
  /** Batches the main thread indexed itself. */
  here = 0;
  private signal = 0;
  private unknownSince = 0;

  private constructor(
    private readonly files: string[],
    private readonly batchSize: number,
    workers: number,
    readonly indexHere: (file: number) => Indexed,
    terms: TermTable,
  ) {
    this.ownEncoder = new WireEncoder(false, terms);
    this.ownDecoder = new WireDecoder(terms);
    this.batches = Math.ceil(files.length / batchSize);
    this.ctl = new Int32Array(new SharedArrayBuffer(4 * (HEADER + 2 * workers + this.batches)));
  }

  /**
   * Where batch b's owner is written: the cells after the per-worker ones, counted from the end as the worker
   * does (the buffer has room for every worker asked for, and fewer may have started).
   */
  private ownerCell(b: number): number {
    return this.ctl.length - this.batches + b;
  }

  /**
   * Workers started for the files, or undefined when none could be (then index in-thread). Their sources come
   * back with term ids of `terms` (the corpus's engine's table).
   */
  static start(
    files: string[],
    overrides: Record<number, object>,
    maxFileBytes: number,
    workers: number,
    indexHere: (file: number) => Indexed,
    terms: TermTable,
    cache?: { root: string; engine: string },
  ): IndexPool | undefined {
    const where = workerEntry();
    if (!where || workers < 1) return undefined;
    // ~64 batches per thread: at the end the merge waits for at most one batch a worker is still in (which
    // on a cold or starved worker took ~1 s at 32 files), and posting one costs little even at 4 files.
    const batchSize = Math.max(4, Math.min(64, Math.ceil(files.length / ((workers + 1) * 64))));
    const pool = new IndexPool(files, batchSize, workers, indexHere, terms);
    for (let i = 0; i < workers; i++) {
      const { port1, port2 } = new (threads().MessageChannel)();
      const job: WorkerJob = {
        files,
        overrides,
        maxFileBytes,
        batchSize,
        control: pool.ctl.buffer as SharedArrayBuffer,
        index: i,
        port: port2,
        cache,
      };
      let w: Worker;
      try {
        w = new (threads().Worker)(BOOTSTRAP, {
          eval: true,
          workerData: { entry: where.entry, job },
          transferList: [port2],
          execArgv: where.execArgv,
          stdout: true,
        });
      } catch {
        port1.close();
        break;
      }
      const index = pool.workers.length;
      w.unref();
      w.stdout.resume(); // a worker has nothing to say on stdout (which may be the CLI's JSON)
      w.on('error', () => pool.gone(index));
      w.on('exit', () => pool.gone(index));
      pool.workers.push(w);
      pool.ports.push(port1);
      pool.decoders.push(new WireDecoder(terms));
      pool.exited.push(false);
      pool.beats.push({ value: 0, at: Date.now() });
    }
    if (!pool.workers.length) return undefined;
    return pool;
  }

  get workerCount(): number {
    return this.workers.length;
  }

  private gone(w: number) {
    this.exited[w] = true;
    Atomics.add(this.ctl, SIGNAL, 1);
    Atomics.notify(this.ctl, SIGNAL);
  }

  /** Files [first, end) of batch b. */
  range(b: number): { first: number; end: number } {
    const first = b * this.batchSize;
    return { first, end: Math.min(this.files.length, first + this.batchSize) };
  }

  private drain() {
    // Read before receiving: a post after this read changes the signal, so a wait on it returns at once.
    this.signal = Atomics.load(this.ctl, SIGNAL);
    const { receiveMessageOnPort } = threads();
    for (let w = 0; w < this.ports.length; w++) {
      for (let m = receiveMessageOnPort(this.ports[w]); m; m = receiveMessageOnPort(this.ports[w])) {
        const wire = m.message as WireBatch;
        // Every batch teaches names, even one the main thread has since indexed itself.
        this.decoders[w].receive(wire);
        if (wire.batch >= this.merged && !this.ready.has(wire.batch)) this.ready.set(wire.batch, { worker: w, wire });
      }
    }
  }

  private dead(w: number): boolean {
    if (this.exited[w] || Atomics.load(this.ctl, HEADER + 2 * w) === FAILED) return true;
    const hb = Atomics.load(this.ctl, HEADER + 2 * w + 1),
      beat = this.beats[w],
      now = Date.now();
    if (hb !== beat.value) {
      beat.value = hb;
      beat.at = now;
      return false;
    }
    return now - beat.at > (testHooks.stallMs ?? STALL_MS);
  }

  /** The batch the main thread indexes itself, or -1 when all are claimed. */
  private claim(): number {
    if (testHooks.mainIndexes === false) return -1;
    if (Atomics.load(this.ctl, NEXT) >= this.batches) return -1;
    const b = Atomics.add(this.ctl, NEXT, 1);
    if (b >= this.batches) return -1;
    Atomics.store(this.ctl, this.ownerCell(b), MAIN);
    return b;
  }

  /** What to do next: merge the next batch in order, index a batch here, or wait. */
  step(): Step {
    if (this.merged >= this.batches) throw new Error('nothing left to merge');
    this.drain();
    const b = this.merged;
    const r = this.ready.get(b);
    if (r) {
      this.ready.delete(b);
      this.merged++;
      this.unknownSince = 0;
      const { first, end } = this.range(b);
      // A batch that does not decode (which would be a bug) is indexed here from the failing file on.
      const wire = 'own' in r ? r.own : r.wire;
      const read = 'own' in r ? this.ownDecoder.reader(wire) : this.decoders[r.worker].reader(wire);
      let i = first,
        broken = false;
      const next = (): Indexed => {
        const at = i++;
        let got: Indexed | undefined;
        if (!broken) {
          try {
            got = read(this.files[at]);
          } catch {
            broken = true;
          }
        }
        // The batch's numbers, all read: given back now (held while the batches before it were merged, they were
        // promoted, and the old generation's buffers wait for a full collection).
        if (i === end) release(wire.nums);
        return broken ? this.indexHere(at) : got!;
      };
      return { merge: b, first, end, next };
    }
    const mine = this.claim();
    if (mine >= 0) {
      this.here++;
      return { local: mine, ...this.range(mine) };
    }
    // Everything is claimed and the next batch is not here: is its worker still at it?
    const cell = this.ownerCell(b);
    const owner = Atomics.load(this.ctl, cell);
    let lost = false;
    const allDead = () => this.workers.every((_, w) => this.dead(w));
    if (owner > 0) lost = this.dead(owner - 1);
    else if (owner === 0 && Atomics.load(this.ctl, NEXT) > b) {
      // Claimed but the owner not written yet: a moment, unless that thread died in between.
      this.unknownSince ||= Date.now();
      lost = Date.now() - this.unknownSince > 2000 || allDead();
    } else if (owner === 0) lost = allDead(); // not claimed (the main thread does not claim): left to no one
    if (lost) {
      this.unknownSince = 0;
      Atomics.store(this.ctl, cell, MAIN);
      this.here++;
      return { local: b, ...this.range(b) };
    }
    return { wait: true };
  }

  /** The main thread's result for the next file of the batch it is indexing (in order): kept in the wire form. */
  hold(r: Indexed) {
    if (typeof r === 'string') this.ownEncoder.skip(r);
    else this.ownEncoder.add(r);
  }

  /** The batch the main thread claimed, its files' results given to `hold`, done. */
  put(b: number) {
    const own = this.ownEncoder.finish(b).message;
    // Names are learned in the order the batches were encoded, whether or not this one is merged.
    this.ownDecoder.receive(own);
    if (b >= this.merged) this.ready.set(b, { own });
  }

  get done(): boolean {
    return this.merged >= this.batches;
  }

  /** Block until a worker posts (or `ms` pass): for the synchronous load, which has no event loop to wait on. */
  waitSync(ms: number) {
    Atomics.wait(this.ctl, SIGNAL, this.signal, ms);
  }

  /** Wait without blocking the event loop until a worker posts (or `ms` pass). */
  async waitAsync(ms: number) {
    const waitAsync = (
      Atomics as unknown as {
        waitAsync?: (a: Int32Array, i: number, v: number, t: number) => { async: boolean; value: unknown };
      }
    ).waitAsync;
    const r = waitAsync?.(this.ctl, SIGNAL, this.signal, ms);
    if (!r) await new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5)));
    else if (r.async) await r.value;
  }

  /** Stop the workers (they stop claiming at once; terminate ends one in the middle of a batch). */
  close() {
    Atomics.store(this.ctl, CANCEL, 1);
    Atomics.store(this.ctl, NEXT, this.batches);
    for (const p of this.ports) p.close();
    // A worker that is done ends by itself; one still in a batch (cancelled, or given up on) is stopped.
    this.workers.forEach((w, i) => {
      if (Atomics.load(this.ctl, HEADER + 2 * i) !== DONE) void w.terminate().catch(() => undefined);
    });
  }
}
