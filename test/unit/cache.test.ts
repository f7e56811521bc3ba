// The persistent index cache (corpus/cache.ts): a second run reads its sources back instead of reading them
// through a reader; edits, additions and deletions re-index only those files; a damaged, truncated or foreign
// entry is discarded with a message and rebuilt; the index and the check are the same with and without it,
// byte for byte (the CLI's JSON), on the seeds, the fixtures and a generated corpus. And the CLI's flags and
// progress line.
import { plainObject } from '../../server/src/corpus/lazySource';
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus, type CorpusOptions } from '../../server/src/corpus/corpus';
import * as fc from 'fast-check';
import { IndexCache, defaultCacheDir, engineVersion, packNums, unpackNums } from '../../server/src/corpus/cache';
import { registerReaderForTest } from '../../server/src/corpus/readers';
import { plainText } from '../../server/src/corpus/readers/plainText';
import { main } from '../../server/src/cli/main';
import { runCli } from './runCli';
import { writeCorpus } from '../../bench/generate';
import { plainSource } from './plainSource';
import { ROOT, SEEDS, WIRE, seedsWith, tempDirs } from './cacheFixtures';

const CLI = path.join(ROOT, 'server', 'src', 'cli', 'main.ts');

const { tmp, cleanup } = tempDirs();

/** A copy of the seeds (with their xref-sources.json), plus the articles given. */
const articles = (extra: Record<string, string> = {}) => seedsWith(tmp, 'xref-cache-src-', extra);

/** A reader for .txt and .md that counts the files it reads (in this thread: the corpora here use workers: 0). */
function countingReader(): { reads: string[]; restore: () => void } {
  const reads: string[] = [];
  const restore = registerReaderForTest({
    id: 'counting-plain-text',
    extensions: ['.txt', '.md'],
    read(bytes, file) {
      reads.push(path.basename(file));
      return plainText.read(bytes, file);
    },
  });
  return { reads, restore };
}

function load(dir: string, cache?: IndexCache, extra: Partial<CorpusOptions> = {}): Corpus {
  return Corpus.load({ folders: [dir], useBundled: false, workers: 0, cache, ...extra });
}

/** What a corpus holds, as plain data (plainSource.ts). */
function plain(c: Corpus) {
  return {
    skipped: c.skipped,
    stats: c.stats(),
    sources: c.sources.map(plainSource),
  };
}

function assertSame(actual: Corpus, expected: Corpus) {
  assert.deepEqual(plain(actual), plain(expected));
  // The objects themselves, down to the classes and the SourceText behind lazy ranges (a snapshot's source with
  // its body decoded: corpus/lazySource.ts).
  assert.deepStrictEqual(actual.sources.map(plainObject), expected.sources.map(plainObject));
}

/** Every entry file in a cache folder (not the corpus snapshots beside them: snapshot.test.ts). */
function entries(cache: IndexCache): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && d === cache.dir && e.name === 'snapshots') continue;
      if (e.isDirectory()) walk(path.join(d, e.name));
      else out.push(path.join(d, e.name));
    }
  };
  walk(cache.dir);
  return out;
}

/** Removes the corpus snapshots (snapshot.test.ts), so that the next load reads the entries one by one. */
function dropSnapshots(cache: IndexCache): void {
  fs.rmSync(path.join(cache.dir, 'snapshots'), { recursive: true, force: true });
}

/** The CLI in this process: exit status, stdout, stderr. */
const cli = (args: string[]) => runCli(args);

after(cleanup);

describe('index cache', function () {
  this.timeout(120_000);
  let counter: ReturnType<typeof countingReader>;
  beforeEach(() => {
    counter = countingReader();
  });
  afterEach(() => counter.restore());

  it('a second run reads no source file through a reader, and gives the same corpus', () => {
    const dir = articles({ 'wire.txt': WIRE });
    const root = tmp('xref-cache-');
    const cold = load(dir, new IndexCache(root));
    assert.equal(counter.reads.length, 6, 'every article read once on the first run');
    counter.reads.length = 0;
    const cache = new IndexCache(root);
    const warm = load(dir, cache);
    assert.deepEqual(counter.reads, [], 'no article read through a reader on the second run');
    assert.equal(cache.counts.hits, 6);
    assert.equal(cache.counts.misses, 0);
    assertSame(warm, cold);
    counter.reads.length = 0;
    assertSame(load(dir), cold);
    assert.equal(counter.reads.length, 6);
  });

  it('a miss indexes the file and stores one entry per file, inside the folder given', () => {
    const dir = articles();
    const root = tmp('xref-cache-');
    const cache = new IndexCache(root);
    load(dir, cache);
    assert.equal(cache.counts.misses, 5);
    assert.equal(cache.counts.hits, 0);
    assert.equal(entries(cache).length, 5);
    assert.ok(cache.dir.startsWith(path.join(root, 'index') + path.sep));
    assert.deepEqual(fs.readdirSync(root), ['index'], 'nothing else is written');
  });

  it('an edited file is the only one indexed again, and the index has the edit', () => {
    const dir = articles({ 'wire.txt': WIRE });
    const root = tmp('xref-cache-');
    load(dir, new IndexCache(root));
    fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE.replace('about 1,500 workers', 'about 2,000 workers'));
    counter.reads.length = 0;
    const cache = new IndexCache(root);
    const c = load(dir, cache);
    assert.deepEqual(counter.reads, ['wire.txt']);
    assert.equal(cache.counts.hits, 5);
    const wire = c.sources.find((s) => s.file.endsWith('wire.txt'))!;
    assert.ok(
      wire.figures.some((f) => f.text.includes('2,000')),
      wire.figures.map((f) => f.text).join(' | '),
    );
    assert.ok(!wire.figures.some((f) => f.text.includes('1,500')));
    assertSame(c, load(dir));
  });

  it('a file touched or copied back unchanged is not indexed again (its bytes are compared)', () => {
    const dir = articles();
    const root = tmp('xref-cache-');
    load(dir, new IndexCache(root));
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.txt'))!;
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, file), later, later);
    counter.reads.length = 0;
    const cache = new IndexCache(root);
    load(dir, cache);
    assert.deepEqual(counter.reads, []);
    assert.equal(cache.counts.hits, 5);
  });

  it('an added file is indexed alone; a deleted one is gone from the index', () => {
    const dir = articles();
    const root = tmp('xref-cache-');
    load(dir, new IndexCache(root));
    fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE);
    counter.reads.length = 0;
    let c = load(dir, new IndexCache(root));
    assert.deepEqual(counter.reads, ['wire.txt']);
    assertSame(c, load(dir));
    const gone = fs.readdirSync(dir).find((f) => f.endsWith('.txt') && f !== 'wire.txt')!;
    fs.unlinkSync(path.join(dir, gone));
    counter.reads.length = 0;
    c = load(dir, new IndexCache(root));
    assert.deepEqual(counter.reads, []);
    assert.ok(!c.sources.some((s) => s.file.endsWith(gone)));
    assertSame(c, load(dir));
  });

  it("updateFile (the server's file watcher) stores what it indexes", () => {
    const dir = articles({ 'wire.txt': WIRE });
    const root = tmp('xref-cache-');
    const c = load(dir, new IndexCache(root));
    const file = path.join(dir, 'wire.txt');
    fs.writeFileSync(file, WIRE.replace('ten buildings', 'twelve buildings'));
    c.updateFile(file);
    counter.reads.length = 0;
    const again = load(dir, new IndexCache(root));
    assert.deepEqual(counter.reads, [], 'the edit was stored when it was indexed');
    assertSame(again, load(dir));
  });

  describe('damaged entries are discarded with a message and rebuilt', () => {
    const damages: [string, (bytes: Buffer) => Buffer, RegExp][] = [
      ['garbage', () => Buffer.from('this is not an index entry at all\n'), /not an index cache entry/],
      ['truncated', (b) => b.subarray(0, Math.floor(b.length / 2)), /truncated/],
      ['empty', () => Buffer.alloc(0), /not an index cache entry/],
      [
        'a flipped byte in the payload',
        (b) => {
          const c = Buffer.from(b);
          c[c.length - 3] ^= 0xff;
          return c;
        },
        /checksum mismatch/,
      ],
      [
        "a foreign engine version's entry",
        () => foreign,
        /written by another engine version \(9\.9\.9-s1-0000000000000000-v8\.1\)/,
      ],
    ];
    let foreign: Buffer;
    for (const [what, damage, message] of damages) {
      it(what, () => {
        const dir = articles({ 'wire.txt': WIRE });
        // The entry another engine version wrote for the same file (copied in by hand, or a folder shared).
        const other = new IndexCache(tmp('xref-cache-'), '9.9.9-s1-0000000000000000-v8.1');
        load(dir, other);
        foreign = fs.readFileSync(other.entryFile(path.join(dir, 'wire.txt')));
        counter.reads.length = 0;
        const root = tmp('xref-cache-');
        const expected = load(dir, new IndexCache(root));
        const file = path.join(dir, 'wire.txt');
        const messages: string[] = [];
        const cache = new IndexCache(root, undefined, (m) => messages.push(m));
        const entry = cache.entryFile(file);
        fs.writeFileSync(entry, damage(fs.readFileSync(entry)));
        dropSnapshots(cache);
        counter.reads.length = 0;
        const c = load(dir, cache);
        assert.deepEqual(counter.reads, ['wire.txt'], "only the damaged entry's file is read again");
        assert.equal(messages.length, 1, messages.join('\n'));
        assert.match(messages[0], message);
        assert.ok(messages[0].includes(file), messages[0]);
        assert.equal(cache.counts.discarded, 1);
        assertSame(c, expected);
        // Rebuilt: the next run reads it back.
        counter.reads.length = 0;
        const next = new IndexCache(root, undefined, (m) => messages.push(m));
        load(dir, next);
        assert.deepEqual(counter.reads, []);
        assert.equal(messages.length, 1);
      });
    }

    it("another file's entry put in place of this one", () => {
      const dir = articles({ 'wire.txt': WIRE });
      const root = tmp('xref-cache-');
      const expected = load(dir, new IndexCache(root));
      const messages: string[] = [];
      const cache = new IndexCache(root, undefined, (m) => messages.push(m));
      const other = fs.readdirSync(dir).find((f) => f.endsWith('.txt') && f !== 'wire.txt' && !f.startsWith('004_'))!;
      fs.copyFileSync(cache.entryFile(path.join(dir, other)), cache.entryFile(path.join(dir, 'wire.txt')));
      dropSnapshots(cache);
      counter.reads.length = 0;
      assertSame(load(dir, cache), expected);
      assert.deepEqual(counter.reads, ['wire.txt']);
      assert.equal(messages.length, 1);
      assert.match(messages[0], /it belongs to another file/);
    });
  });

  it('a new engine version reads none of the old entries', () => {
    const dir = articles();
    const root = tmp('xref-cache-');
    load(dir, new IndexCache(root, '0.1.0-s1-aaaaaaaaaaaaaaaa-v8.11'));
    counter.reads.length = 0;
    const next = new IndexCache(root, '0.1.0-s1-bbbbbbbbbbbbbbbb-v8.11');
    load(dir, next);
    assert.equal(counter.reads.length, 5);
    assert.equal(next.counts.hits, 0);
    assert.notEqual(next.dir, new IndexCache(root, '0.1.0-s1-aaaaaaaaaaaaaaaa-v8.11').dir);
    assert.match(engineVersion(), /^\d+\.\d+\.\d+-s\d+-[0-9a-f]{16}-v8\.\d+$/);
  });

  it('indexing on a worker thread stores entries, and reads them back the same', () => {
    counter.restore(); // workers do not see test readers
    const dir = articles({ 'wire.txt': WIRE });
    const root = tmp('xref-cache-');
    const cold = Corpus.load({ folders: [dir], useBundled: false, workers: 1, cache: new IndexCache(root) });
    assert.equal(cold.indexedWith.workers, 1);
    const cache = new IndexCache(root);
    const warm = Corpus.load({ folders: [dir], useBundled: false, workers: 1, cache });
    assert.equal(cache.counts.hits, 6);
    assertSame(warm, cold);
    assertSame(warm, load(dir));
    // One file changed: indexed on its own, between entries read back, in file order.
    fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE.replace('Friday', 'Thursday'));
    const part = Corpus.load({ folders: [dir], useBundled: false, workers: 1, cache: new IndexCache(root) });
    assertSame(part, load(dir));
  });

  it("packs the wire form's numbers without losing one (integers of every size, -1, weights, -0, NaN)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(), fc.integer({ min: -5, max: 2 ** 40 }), fc.double())), (xs) => {
        const back = unpackNums(packNums(Float64Array.from(xs)));
        assert.equal(back.length, xs.length);
        xs.forEach((x, i) => assert.ok(Object.is(back[i], Float64Array.from([x])[0]), `${x} came back as ${back[i]}`));
      }),
      { numRuns: 500 },
    );
    assert.throws(() => unpackNums(Uint8Array.from([0x80])), /cut short/);
  });

  it('says how many files are left out past the file limit', () => {
    const dir = articles({ 'wire.txt': WIRE });
    const c = load(dir, undefined, { maxFiles: 4 });
    assert.equal(c.sources.length, 4);
    assert.equal(c.leftOut, 2);
    assert.ok(
      c.skipped.some((s) => /^2 article files from here on not read: at most 4 are indexed$/.test(s.reason)),
      JSON.stringify(c.skipped),
    );
  });
});

describe('index cache: output with and without it, byte for byte (CLI JSON)', function () {
  this.timeout(300_000);
  const fixtures = fs
    .readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .map((d) => path.join(ROOT, 'test', 'fixtures', d))
    .filter((d) => fs.statSync(d).isDirectory() && fs.readdirSync(d).some((f) => /\.(txt|md)$/.test(f)));

  function same(args: string[]) {
    const root = tmp('xref-cache-');
    const none = cli([...args, '--no-cache']);
    const cold = cli([...args, '--cache', root]);
    const warm = cli([...args, '--cache', root]);
    assert.equal(cold.out, none.out, `cold: ${args.join(' ')}`);
    assert.equal(warm.out, none.out, `warm: ${args.join(' ')}`);
    assert.equal(warm.code, none.code);
    assert.equal(warm.err, none.err);
  }

  it('index --json of the seeds and of every fixture folder', () => {
    same(['index', '--json']);
    for (const d of fixtures) same(['index', '--json', '--no-default-sources', '--sources', d]);
  });

  it('check --format json of the examples and the fixture reports', () => {
    const reports = [
      ...fs
        .readdirSync(path.join(ROOT, 'examples'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join(ROOT, 'examples', f)),
      ...fs
        .readdirSync(path.join(ROOT, 'test', 'fixtures', 'reports'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join(ROOT, 'test', 'fixtures', 'reports', f)),
    ];
    same(['check', '--format', 'json', ...reports]);
  });

  it('index --json and check --format json on a generated corpus, with files changed between runs', () => {
    const dir = tmp('xref-cache-gen-');
    writeCorpus(dir, 300, 7);
    const report = path.join(ROOT, 'examples', 'report-en.md');
    same(['index', '--json', '--sources', dir]);
    same(['check', '--format', 'json', '--sources', dir, report]);
    // Some files edited, one added, one deleted: a warm cache with holes.
    const root = tmp('xref-cache-');
    cli(['index', '--sources', dir, '--cache', root]);
    const files = fs.readdirSync(path.join(dir, '000')).sort();
    for (const f of files.slice(0, 10))
      fs.appendFileSync(path.join(dir, '000', f), '\nThe project is expected to create 100,000 jobs.\n');
    fs.unlinkSync(path.join(dir, '000', files[20]));
    fs.copyFileSync(
      path.join(
        SEEDS,
        fs.readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!,
      ),
      path.join(dir, '000', 'zz-added.txt'),
    );
    for (const args of [
      ['index', '--json', '--sources', dir],
      ['check', '--format', 'json', '--sources', dir, report],
    ]) {
      assert.equal(cli([...args, '--cache', root]).out, cli([...args, '--no-cache']).out, args.join(' '));
    }
  });

  it("in fresh processes: the seeds' index --json, cold, warm and without the cache", () => {
    const root = tmp('xref-cache-');
    const run = (...extra: string[]) => {
      const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', CLI, 'index', '--json', ...extra], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    const none = run('--no-cache');
    assert.equal(run('--cache', root), none);
    assert.equal(run('--cache', root), none);
  });
});

describe('index cache: CLI flags and progress', function () {
  this.timeout(120_000);

  function spawnCli(args: string[], env: Record<string, string>) {
    return spawnSync(process.execPath, ['--require', 'tsx/cjs', CLI, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  }

  it('stores under $XDG_CACHE_HOME/stargate-xref by default, nowhere with --no-cache, in DIR with --cache DIR', () => {
    const xdg = tmp('xref-xdg-');
    let r = spawnCli(['index', '--no-cache'], { XDG_CACHE_HOME: xdg });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(xdg), [], '--no-cache writes nothing');
    r = spawnCli(['index'], { XDG_CACHE_HOME: xdg });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(xdg), ['stargate-xref']);
    assert.deepEqual(fs.readdirSync(path.join(xdg, 'stargate-xref')), ['index']);
    const dir = tmp('xref-dir-');
    r = spawnCli(['index', '--cache', dir], { XDG_CACHE_HOME: tmp('xref-xdg-') });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(dir), ['index']);
    assert.ok(!r.stderr.includes('\r'), 'no progress line when stderr is not a terminal');
    r = spawnCli(['index', '--cache'], {});
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--cache needs a value/);
  });

  it('the default folder by platform', () => {
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u'), '/x/cache/stargate-xref');
    assert.equal(defaultCacheDir({}, 'linux', '/home/u'), '/home/u/.cache/stargate-xref');
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/u'), '/home/u/.cache/stargate-xref');
    assert.equal(defaultCacheDir({}, 'darwin', '/Users/u'), '/Users/u/Library/Caches/stargate-xref');
    assert.equal(
      defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'),
      path.join('C:\\Users\\u\\AppData\\Local', 'stargate-xref', 'Cache'),
    );
  });

  it('a progress line on a terminal: files done of all, rate, time left; none off a terminal or with --quiet', () => {
    const dir = articles({ 'wire.txt': WIRE });
    const run = (isTTY: boolean, ...extra: string[]) => {
      const written: string[] = [];
      const code = main(
        ['index', '--no-default-sources', '--sources', dir, '--no-cache', ...extra],
        () => undefined,
        () => undefined,
        {},
        {
          isTTY,
          write: (s: string | Uint8Array) => {
            written.push(String(s));
            return true;
          },
        },
      );
      assert.equal(code, 0);
      return written;
    };
    const tty = run(true);
    assert.ok(tty.length >= 2, JSON.stringify(tty));
    assert.match(tty[0], /^\rindexing sources: 1\/6 files \(16%\), [\d.,]+ files\/s, .* left\x1b\[K$/);
    assert.equal(tty[tty.length - 1], '\r\x1b[K', 'the line is cleared at the end');
    assert.deepEqual(run(false), []);
    assert.deepEqual(run(true, '--quiet'), []);
  });

  it('a discarded entry is said on stderr', () => {
    const dir = articles({ 'wire.txt': WIRE });
    const root = tmp('xref-cache-');
    cli(['index', '--no-default-sources', '--sources', dir, '--cache', root]);
    const cache = new IndexCache(root);
    fs.writeFileSync(cache.entryFile(path.join(dir, 'wire.txt')), 'garbage');
    dropSnapshots(cache);
    const r = cli(['index', '--no-default-sources', '--sources', dir, '--cache', root]);
    assert.equal(r.code, 0);
    assert.match(
      r.err,
      /^stargate-xref: index cache: discarded .* \(the entry for .*wire\.txt\): not an index cache entry; the file is indexed again$/m,
    );
  });
});
