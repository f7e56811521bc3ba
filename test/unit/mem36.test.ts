// The indexing worker's heap is capped (parallel.ts WORKER_OLD_GEN_MB, Worker resourceLimits): V8 scales a heap's
// growth past what its last full collection left by the heap's limit, and an uncapped worker inherits the main
// thread's (~4 GB), so its slack was RSS held through a big corpus's merge. A worker that runs out of its capped heap
// dies, and its batches are indexed on the main thread: the corpus is the one the in-thread path gives.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus, type CorpusOptions } from '../../server/src/corpus/corpus';
import { HEADER, NEXT, RUNNING, WORKER_OLD_GEN_MB, testHooks } from '../../server/src/corpus/parallel';

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'seeds');

/** A worker entry that claims one batch as corpusWorker does, then runs `then` (JS source). */
const claimThen = (then: string) => `exports.runIndexWorker = (job) => {
  const ctl = new Int32Array(job.control);
  const batches = Math.ceil(job.files.length / job.batchSize);
  const b = Atomics.add(ctl, ${NEXT}, 1);
  Atomics.store(ctl, ctl.length - batches + b, job.index + 1);
  Atomics.store(ctl, ${HEADER} + 2 * job.index, ${RUNNING});
  ${then}
};`;

describe('mem36: the indexing worker heap is capped', function () {
  this.timeout(120_000);
  let scripts: string;
  let options: CorpusOptions;
  let keys: string[];

  before(() => {
    scripts = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-mem36-'));
    options = { folders: [SEEDS], useBundled: false };
    keys = Corpus.load({ ...options, workers: 0 }).sources.map((s) => s.key);
    assert.ok(keys.length >= 5, 'the seeds are a corpus');
  });
  after(() => fs.rmSync(scripts, { recursive: true, force: true }));
  afterEach(() => {
    for (const k of Object.keys(testHooks) as (keyof typeof testHooks)[]) delete testHooks[k];
  });

  it('a worker is started with its old generation capped at WORKER_OLD_GEN_MB', () => {
    const out = path.join(scripts, 'limits.json');
    fs.writeFileSync(
      path.join(scripts, 'limits.js'),
      claimThen(
        `require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify({ ...require('worker_threads').resourceLimits, heap: require('v8').getHeapStatistics().heap_size_limit }));
  throw new Error('done');`,
      ),
    );
    testHooks.entry = path.join(scripts, 'limits.js');
    testHooks.mainIndexes = false;
    const c = Corpus.load({ ...options, workers: 1 });
    const got = JSON.parse(fs.readFileSync(out, 'utf8')) as { maxOldGenerationSizeMb: number; heap: number };
    assert.equal(got.maxOldGenerationSizeMb, WORKER_OLD_GEN_MB);
    // V8's own limit follows (old generation plus the young one), far under the ~4 GB a worker inherits uncapped.
    assert.ok(got.heap < (WORKER_OLD_GEN_MB + 128) * 1048576, `heap limit ${got.heap}`);
    assert.deepEqual(
      c.sources.map((s) => s.key),
      keys,
      'the batch indexed here',
    );
  });

  it('a worker that runs out of its capped heap: its batches are indexed here, the same corpus', () => {
    fs.writeFileSync(
      path.join(scripts, 'grows.js'),
      claimThen(`const keep = [];
  for (;;) keep.push(new Array(1e4).fill(0).map((_, i) => ({ i })));`),
    );
    testHooks.entry = path.join(scripts, 'grows.js');
    testHooks.mainIndexes = false;
    testHooks.oldGenMb = 32;
    const c = Corpus.load({ ...options, workers: 1 });
    assert.equal(c.indexedWith.here, c.indexedWith.batches, 'every batch indexed on the main thread');
    assert.deepEqual(
      c.sources.map((s) => s.key),
      keys,
    );
  });
});
