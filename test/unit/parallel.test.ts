// Indexing on worker threads gives the corpus the in-thread path gives: the same sources in the same order with
// the same keys, sentences, figures (subjects in full), quotes, equivalences, term weights and skip messages.
// Workers are forced on a small corpus (eight fixture folders of every layout and both languages, the seeds
// twice over and a folder of bad files: ~135 files in tens of batches), through tsx here and through the bundled
// dist/corpusWorker.js; workers that fail to start, die or go silent lose nothing. (Until session 42 each test
// loaded all of test/fixtures, which grows with every fixture set: ~14 s a load on the CI machine, 3.5 minutes for
// this file, the same proof on more files; the failing-worker tests index all of it on the main thread.)
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus, type CorpusOptions } from '../../server/src/corpus/corpus';
import { HEADER, MIN_PARALLEL_FILES, NEXT, RUNNING, testHooks, workerCount } from '../../server/src/corpus/parallel';
import { termId } from '../../server/src/extract/subjects';
import { plainSource } from './plainSource';

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'seeds');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** Fixture folders that together have every reader's layouts (plain text, Markdown, HTML, metadata overrides),
 * English and Korean, and sources nested in a `sources` folder. */
const SOME_FIXTURES = [
  'html',
  'mini',
  'unseen-xlang',
  'unseen-meta3',
  'unseen-meta22',
  'unseen-multi19',
  'unseen-10',
  'unseen-62',
].map((d) => path.join(FIXTURES, d));
const DIST_WORKER = path.join(ROOT, 'dist', 'corpusWorker.js');
const maxFileBytes = 20_000;

/** Everything a source says, ranges worked out, subjects as [term, weight] pairs, equivalences as figure indexes. */
function assertSameCorpus(actual: Corpus, expected: Corpus) {
  assert.deepEqual(actual.skipped, expected.skipped, 'the same files skipped, for the same reasons, in the same order');
  assert.deepEqual(
    actual.sources.map((s) => s.key),
    expected.sources.map((s) => s.key),
    'the same keys in the same order',
  );
  actual.sources.forEach((s, i) => assert.deepEqual(plainSource(s), plainSource(expected.sources[i]), s.file));
  // The objects themselves, down to the classes and the SourceText behind lazy ranges.
  assert.deepStrictEqual(actual.sources, expected.sources);
  assert.deepEqual(actual.stats(), expected.stats());
  for (const s of expected.sources)
    for (const f of s.figures)
      for (const [t] of f.subject.entries()) {
        assert.equal(actual.weights.idf(termId(t)), expected.weights.idf(termId(t)), `idf of ${t}`);
      }
  for (const s of expected.sources) {
    assert.equal(actual.byKey(s.key)?.file, s.file);
    assert.equal(actual.sourceOfFile(s.file)?.key, s.key);
  }
}

const EUC_KR = Buffer.from(
  'bdbac5b8b0d4c0ccc6ae20c7c1b7cec1a7c6aebfa12035303030beef20b4deb7afb8a620c5f5c0dac7d1b4d92e',
  'hex',
);

/** Bad files (as in badfiles.test.ts), seeds copied twice over (keys -2, -3) and a metadata override. */
function badFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-par-'));
  const seeds = fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const f of seeds) {
    fs.copyFileSync(path.join(SEEDS, f), path.join(dir, `a-${f}`));
    fs.copyFileSync(path.join(SEEDS, f), path.join(dir, `b-${f}`));
  }
  fs.writeFileSync(
    path.join(dir, 'xref-sources.json'),
    JSON.stringify({ [`b-${seeds[0]}`]: { key: 'renamed', outlet: 'Renamed Outlet' } }),
  );
  fs.writeFileSync(
    path.join(dir, 'binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  fs.writeFileSync(path.join(dir, 'euc-kr.txt'), EUC_KR);
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'blank.md'), ' \n\r\n\t \n');
  fs.writeFileSync(path.join(dir, 'front-matter-only.md'), '---\ntitle: Only front matter\n---\n');
  fs.writeFileSync(
    path.join(dir, 'large.txt'),
    'Stargate will invest $500 billion. '.repeat(Math.ceil((maxFileBytes * 2) / 35)),
  );
  fs.writeFileSync(path.join(dir, 'decomposed.md'), 'OpenAI의 올트먼은 “5000억 달러”라고 말했다.\n'.normalize('NFD'));
  fs.symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'));
  fs.symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'));
  fs.symlinkSync('missing-target.txt', path.join(dir, 'dangling.txt'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.copyFileSync(path.join(SEEDS, seeds[2]), path.join(dir, 'sub', 'nested.txt'));
  fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
  return dir;
}

describe('indexing on worker threads', function () {
  this.timeout(120_000);
  let dir: string;
  let options: CorpusOptions;
  let inThread: Corpus;

  before(() => {
    dir = badFolder();
    options = { folders: [...SOME_FIXTURES, dir], maxFileBytes };
    inThread = Corpus.load({ ...options, workers: 0 });
    assert.ok(inThread.sources.length >= 120 && inThread.skipped.length >= 8, 'the corpus has sources and bad files');
    assert.ok(
      inThread.sources.some((s) => s.meta.languages.includes('ko')),
      'Korean sources',
    );
    for (const ext of ['.txt', '.md', '.html'])
      assert.ok(
        inThread.sources.some((s) => s.file.endsWith(ext)),
        `${ext} sources`,
      );
    assert.ok(inThread.sources.some((s) => s.key === 'renamed') && inThread.sources.some((s) => /-2$/.test(s.key)));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const k of Object.keys(testHooks) as (keyof typeof testHooks)[]) delete testHooks[k];
  });
  afterEach(() => {
    for (const k of Object.keys(testHooks) as (keyof typeof testHooks)[]) delete testHooks[k];
  });

  it('small corpora stay in this thread unless asked', () => {
    const c = Corpus.load(options);
    assert.equal(c.indexedWith.workers, 0);
    assertSameCorpus(c, inThread);
  });

  it('Corpus.load through workers alone (tsx) gives the in-thread corpus', () => {
    testHooks.mainIndexes = false;
    const c = Corpus.load({ ...options, workers: 2 });
    assert.equal(c.indexedWith.workers, 2);
    assert.equal(c.indexedWith.here, 0, 'every batch came from a worker');
    assertSameCorpus(c, inThread);
  });

  it('the main thread and a worker sharing the batches give the in-thread corpus, with progress in file order', () => {
    const seen: number[] = [];
    let total = 0;
    const c = Corpus.load({ ...options, workers: 1 }, (done, n) => {
      seen.push(done);
      total = n;
    });
    assert.ok(total > inThread.sources.length);
    assert.deepEqual(
      seen,
      Array.from({ length: total }, (_, i) => i + 1),
    );
    assertSameCorpus(c, inThread);
  });

  it('XREF_INDEX_WORKERS forces workers (and 0 turns them off)', () => {
    const old = process.env.XREF_INDEX_WORKERS;
    try {
      process.env.XREF_INDEX_WORKERS = '1';
      testHooks.mainIndexes = false;
      const c = Corpus.load(options);
      assert.equal(c.indexedWith.workers, 1);
      assertSameCorpus(c, inThread);
      process.env.XREF_INDEX_WORKERS = '0';
      assert.equal(Corpus.load(options).indexedWith.workers, 0);
      // and 0 wins where the count of files alone would start workers
      assert.equal(workerCount(MIN_PARALLEL_FILES * 5), 0);
      delete process.env.XREF_INDEX_WORKERS;
      if (os.availableParallelism() > 1) assert.ok(workerCount(MIN_PARALLEL_FILES * 5) > 0);
    } finally {
      if (old === undefined) delete process.env.XREF_INDEX_WORKERS;
      else process.env.XREF_INDEX_WORKERS = old;
    }
  });

  it('Corpus.loadAsync through workers gives the in-thread corpus and reports progress', async () => {
    testHooks.mainIndexes = false;
    let last = 0;
    const c = await Corpus.loadAsync({ ...options, workers: 2 }, (done) => {
      assert.equal(done, last + 1);
      last = done;
    });
    assert.equal(c.indexedWith.here, 0);
    assert.ok(last > inThread.sources.length);
    assertSameCorpus(c, inThread);
  });

  it('loadAsync answers the event loop while workers index', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const c = await Corpus.loadAsync({ ...options, workers: 1 });
      assertSameCorpus(c, inThread);
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks > 0, 'timers ran during the load');
  });

  it('a cancelled loadAsync stops with the files merged so far, in order', async () => {
    testHooks.mainIndexes = false;
    let n = 0;
    const c = await Corpus.loadAsync(
      { ...options, workers: 2 },
      () => {
        n++;
      },
      () => n >= 10,
    );
    assert.equal(n, 10);
    const merged = c.sources.length + c.skipped.length;
    assert.ok(merged <= inThread.sources.length + inThread.skipped.length);
    assert.deepEqual(
      c.sources.map((s) => s.key),
      inThread.sources.slice(0, c.sources.length).map((s) => s.key),
    );
  });

  it('the bundled worker (dist/corpusWorker.js) gives the in-thread corpus', function () {
    if (!fs.existsSync(DIST_WORKER)) this.skip(); // npm run build first
    testHooks.entry = DIST_WORKER;
    testHooks.mainIndexes = false;
    const c = Corpus.load({ ...options, workers: 2 });
    assert.equal(c.indexedWith.here, 0);
    assertSameCorpus(c, inThread);
  });

  it('the bundled CLI prints the same index with workers as without', function () {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    if (!fs.existsSync(cli) || !fs.existsSync(DIST_WORKER)) this.skip();
    const run = (workers: string) =>
      spawnSync(process.execPath, [cli, 'index', '--json', ...options.folders!.flatMap((f) => ['--sources', f])], {
        encoding: 'utf8',
        env: { ...process.env, XREF_INDEX_WORKERS: workers },
        maxBuffer: 256 << 20,
      });
    const a = run('0'),
      b = run('2');
    assert.equal(a.status, 0, a.stderr);
    assert.equal(b.status, 0, b.stderr);
    assert.equal(b.stdout, a.stdout);
    assert.equal(b.stderr, a.stderr);
  });

  describe('workers that fail', () => {
    let scripts: string;
    /** A worker entry that claims a batch the way corpusWorker does, then does `then` (JS source). */
    const claimThen = (then: string) => `exports.runIndexWorker = (job) => {
      const ctl = new Int32Array(job.control);
      const batches = Math.ceil(job.files.length / job.batchSize);
      const b = Atomics.add(ctl, ${NEXT}, 1);
      Atomics.store(ctl, ctl.length - batches + b, job.index + 1);
      Atomics.store(ctl, ${HEADER} + 2 * job.index, ${RUNNING});
      ${then}
    };`;
    before(() => {
      scripts = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-par-workers-'));
      fs.writeFileSync(path.join(scripts, 'cannot-load.js'), 'throw new Error("no such engine");\n');
      fs.writeFileSync(path.join(scripts, 'throws.js'), claimThen('throw new Error("bug");'));
      fs.writeFileSync(path.join(scripts, 'exits.js'), claimThen('process.exit(3);'));
      fs.writeFileSync(
        path.join(scripts, 'hangs.js'),
        claimThen('Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);'),
      );
    });
    after(() => fs.rmSync(scripts, { recursive: true, force: true }));

    for (const [name, what] of [
      ['cannot-load.js', 'cannot load'],
      ['throws.js', 'throws in a batch'],
      ['exits.js', 'exits in a batch'],
    ]) {
      it(`a worker that ${what}: Corpus.load indexes its batches here`, () => {
        testHooks.entry = path.join(scripts, name);
        testHooks.mainIndexes = false;
        const c = Corpus.load({ ...options, workers: 2 });
        assert.equal(c.indexedWith.here, c.indexedWith.batches, 'every batch indexed on the main thread');
        assertSameCorpus(c, inThread);
      });

      it(`a worker that ${what}: Corpus.loadAsync indexes its batches here`, async () => {
        testHooks.entry = path.join(scripts, name);
        testHooks.mainIndexes = false;
        const c = await Corpus.loadAsync({ ...options, workers: 2 });
        assertSameCorpus(c, inThread);
      });
    }

    it('a worker that goes silent is given up on after the stall time, its batch indexed here', () => {
      testHooks.entry = path.join(scripts, 'hangs.js');
      testHooks.mainIndexes = false;
      testHooks.stallMs = 300;
      const c = Corpus.load({ ...options, workers: 1 });
      assertSameCorpus(c, inThread);
    });

    it('with a worker entry that does not exist, everything is indexed here', () => {
      testHooks.entry = path.join(scripts, 'missing.js');
      const c = Corpus.load({ ...options, workers: 2 });
      assertSameCorpus(c, inThread);
    });
  });
});
