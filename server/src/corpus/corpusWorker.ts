// An indexing worker (see parallel.ts): claims batches of files, reads and indexes them as Corpus does in-thread
// (the same readSource), and posts each batch in the wire form. Bundled as dist/corpusWorker.js.
import { readSource } from './corpus';
import { CANCEL, DONE, FAILED, HEADER, NEXT, RUNNING, SIGNAL, type WorkerJob } from './parallel';
import { WireEncoder } from './sourceWire';
import { IndexCache } from './cache';

export function runIndexWorker(job: WorkerJob): void {
  const ctl = new Int32Array(job.control);
  const state = HEADER + 2 * job.index,
    beat = state + 1;
  const batches = Math.ceil(job.files.length / job.batchSize);
  const ownerBase = ctl.length - batches; // the owner cells come last
  const enc = new WireEncoder();
  // The main thread found no entry for these files: what is indexed here is stored (it says what goes wrong).
  const cache = job.cache ? new IndexCache(job.cache.root, job.cache.engine, undefined, false) : undefined;
  const signal = () => {
    Atomics.add(ctl, SIGNAL, 1);
    Atomics.notify(ctl, SIGNAL);
  };
  Atomics.store(ctl, state, RUNNING);
  try {
    while (!Atomics.load(ctl, CANCEL)) {
      const b = Atomics.add(ctl, NEXT, 1);
      if (b >= batches) break;
      Atomics.store(ctl, ownerBase + b, job.index + 1);
      const end = Math.min(job.files.length, (b + 1) * job.batchSize);
      for (let i = b * job.batchSize; i < end; i++) {
        const r = readSource(job.files[i], job.maxFileBytes, job.overrides[i], cache, false);
        if (typeof r === 'string') enc.skip(r);
        else enc.add(r);
        Atomics.add(ctl, beat, 1);
      }
      const { message, transfer } = enc.finish(b);
      job.port.postMessage(message, transfer);
      signal();
    }
    Atomics.store(ctl, state, DONE);
  } catch {
    Atomics.store(ctl, state, FAILED);
  }
  signal();
  job.port.close();
}
