// The corpus snapshot (corpus/snapshot.ts): a start with every article unchanged reads the whole index back from one
// file; an edited, added or deleted article is indexed alone and the snapshot patched (snapshotPatch.test.ts), a
// damaged snapshot or another engine's is never read (the per-file entries are, and a new snapshot is written); what it gives is the corpus indexed afresh, and a
// check's findings against it are the same, byte for byte, on a generated corpus.
import { strict as assert } from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { Corpus, type CorpusOptions } from '../../server/src/corpus/corpus';
import { IndexCache, crc32, crc32Table, crcOf, hasZlibCrc32 } from '../../server/src/corpus/cache';
import { registerReaderForTest } from '../../server/src/corpus/readers';
import { plainText } from '../../server/src/corpus/readers/plainText';
import { checkReport } from '../../server/src/judge/check';
import { allFacts, ventures, type StoredFacts } from '../../server/src/judge/figureFacts';
import { entriesMade, indexOf, storedSubjectsBuilt, type Entry } from '../../server/src/judge/figureIndex';
import { writeCorpus } from '../../bench/generate';
import { plainSource } from './plainSource';
import { heapReadingApart } from './heapFreed';
import { LazySource, plainObject } from '../../server/src/corpus/lazySource';
import {
  packQuotes,
  readDerived,
  unpackQuotes,
  writeDerived,
  type SnapshotDerived,
} from '../../server/src/corpus/snapshot';
import { allQuoteRows, exportQuotes, quotesOfRows, type QuoteRow } from '../../server/src/judge/quotes';
import { FIXTURE_FOLDERS, ROOT, WIRE, fixtureReports, seedsWith, tempDirs } from './cacheFixtures';

const { tmp, cleanup } = tempDirs();
after(cleanup);

/** A copy of the seeds (with their xref-sources.json), plus the articles given. */
const articles = (extra: Record<string, string> = {}) => seedsWith(tmp, 'xref-snap-src-', extra);

function load(dir: string, cache?: IndexCache, extra: Partial<CorpusOptions> = {}): Corpus {
  return Corpus.load({ folders: [dir], useBundled: false, workers: 0, cache, ...extra });
}

function assertSame(actual: Corpus, expected: Corpus) {
  const plain = (c: Corpus) => ({ skipped: c.skipped, stats: c.stats(), sources: c.sources.map(plainSource) });
  assert.deepEqual(plain(actual), plain(expected));
  assert.deepStrictEqual(actual.sources.map(plainObject), expected.sources.map(plainObject));
}

/** The snapshot files in a cache. */
function snapshots(cache: IndexCache): string[] {
  const d = path.join(cache.dir, 'snapshots');
  return fs.existsSync(d) ? fs.readdirSync(d).map((f) => path.join(d, f)) : [];
}

// The seeds and every fixture folder, which three tests below compare with the same folder indexed afresh: a cold
// start's findings (one body held), the figure facts and ventures read from the snapshot, and the findings from the
// snapshot (one body held). Each folder is started cold once, by the first of them (the bound on the bodies held
// changes what a start holds, not what it writes), and each later test reads that cache; a check's findings on the
// folder indexed afresh are worked out once, kept as digests of their JSON. (Until session 43 the cold-start test, in
// coldStream.test.ts, and the two here each indexed every folder afresh and cold again: some 150 s of the CI's mocha
// run, two fixture sets more each session.)
const fixtureOptions = (dir: string) => ({ folders: [dir], useBundled: false, workers: 0 });

/** The examples and the fixture reports, checked against every fixture folder. */
const FIXTURE_REPORTS = fixtureReports();

/** Each folder's cache folder, written by a cold start of the folder alone. */
const coldRoots = new Map<string, string>();

/** A cache folder a cold start of `dir` (no bundled seeds) wrote: the one an earlier test wrote, or a new one. */
function coldCache(dir: string): string {
  let root = coldRoots.get(dir);
  if (!root) {
    root = tmp('xref-snap-');
    Corpus.load({ ...fixtureOptions(dir), cache: new IndexCache(root) });
    coldRoots.set(dir, root);
  }
  return root;
}

const digest = (s: string) => createHash('sha256').update(s).digest('hex');

/** By folder, the digest of each fixture report's findings (checkReport's JSON) on the folder indexed afresh. */
const freshDigests = new Map<string, string[]>();

/**
 * Asserts that a check of each fixture report on `c` finds what it finds on `dir` indexed afresh, byte for byte. The
 * fresh side is worked out once a folder; where a digest differs it is worked out again, so that a failure shows the
 * difference.
 */
function assertFreshFindings(dir: string, c: Corpus): void {
  let fresh: Corpus | undefined;
  const freshJson = (text: string) =>
    JSON.stringify(checkReport((fresh ??= Corpus.load(fixtureOptions(dir))), text, { cache: false }));
  let digests = freshDigests.get(dir);
  if (!digests) freshDigests.set(dir, (digests = FIXTURE_REPORTS.map((text) => digest(freshJson(text)))));
  FIXTURE_REPORTS.forEach((text, i) => {
    const actual = JSON.stringify(checkReport(c, text, { cache: false }));
    if (digest(actual) !== digests[i]) assert.equal(actual, freshJson(text), dir);
  });
}

describe('cold start: sources streamed into the snapshot (coldStream.test.ts), on every fixture folder', function () {
  this.timeout(300_000);

  it('findings on the seeds and every fixture folder: the same from a cold start (one body held) as indexed afresh', () => {
    for (const dir of FIXTURE_FOLDERS) {
      const root = tmp('xref-cold-');
      const c = Corpus.load({ ...fixtureOptions(dir), cache: new IndexCache(root), sourceCache: 1 });
      assert.ok(
        c.sources.every((s) => s instanceof LazySource),
        dir,
      );
      assertFreshFindings(dir, c);
      assert.ok(c.snapshot!.bodies.size <= 1);
      if (!coldRoots.has(dir)) coldRoots.set(dir, root);
    }
  });
});

describe('corpus snapshot', function () {
  this.timeout(120_000);
  let reads: string[];
  let restore: () => void;
  beforeEach(() => {
    reads = [];
    restore = registerReaderForTest({
      id: 'counting-plain-text',
      extensions: ['.txt', '.md'],
      read(bytes, file) {
        reads.push(path.basename(file));
        return plainText.read(bytes, file);
      },
    });
  });
  afterEach(() => restore());

  /** A cache folder that has seen `dir` once (entries and a snapshot written), and the corpus indexed afresh. */
  function warmed(dir: string): { root: string; fresh: Corpus } {
    const root = tmp('xref-snap-');
    const first = new IndexCache(root);
    load(dir, first);
    assert.equal(first.snapshot, 'none');
    assert.equal(snapshots(first).length, 1, 'one snapshot written');
    reads.length = 0;
    const fresh = load(dir);
    reads.length = 0;
    return { root, fresh };
  }

  it("other engines' folders and other snapshots unused for a week are removed; recent ones stay", () => {
    const src = articles();
    const root = tmp('xref-snap-prune-');
    const index = path.join(root, 'index');
    const weekAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    fs.mkdirSync(path.join(index, 'old-engine'), { recursive: true });
    fs.mkdirSync(path.join(index, 'recent-engine'), { recursive: true });
    fs.utimesSync(path.join(index, 'old-engine'), weekAgo, weekAgo);
    const cache = new IndexCache(root);
    assert.ok(!fs.existsSync(path.join(index, 'old-engine')), 'an old engine folder is removed');
    assert.ok(fs.existsSync(path.join(index, 'recent-engine')), 'a recent one stays');
    const snaps = path.join(cache.dir, 'snapshots');
    fs.mkdirSync(snaps, { recursive: true });
    for (const [name, t] of [
      ['old.snap', weekAgo],
      ['recent.snap', new Date()],
    ] as const) {
      fs.writeFileSync(path.join(snaps, name), 'x');
      fs.utimesSync(path.join(snaps, name), t, t);
    }
    load(src, cache);
    const left = fs.readdirSync(snaps);
    assert.ok(!left.includes('old.snap'), 'an old snapshot is removed when one is written');
    assert.ok(left.includes('recent.snap'), 'a recent one stays');
    assert.equal(left.length, 2, left.join(', '));
  });

  it('an unchanged corpus is read back from the snapshot: no entry, no reader, the same corpus', () => {
    const dir = articles({ 'wire.txt': WIRE });
    const { root, fresh } = warmed(dir);
    const cache = new IndexCache(root);
    // Entries are not looked at: removing them changes nothing.
    for (const f of fs.readdirSync(cache.dir))
      if (f !== 'snapshots') fs.rmSync(path.join(cache.dir, f), { recursive: true });
    const c = load(dir, cache);
    assert.equal(cache.snapshot, 'hit');
    assert.deepEqual(reads, []);
    assert.equal(cache.counts.hits, 6);
    assertSame(c, fresh);
  });

  for (const [what, change, again] of [
    [
      'an edited file',
      (dir: string) => fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE.replace('1,500', '2,000')),
      ['wire.txt'],
    ],
    [
      'an added file',
      (dir: string) => fs.writeFileSync(path.join(dir, 'zz-new.txt'), WIRE.replace('Abilene', 'Milam')),
      ['zz-new.txt'],
    ],
    ['a deleted file', (dir: string) => fs.unlinkSync(path.join(dir, 'wire.txt')), []],
    [
      'a file whose xref-sources.json entry changed',
      (dir: string) => {
        const meta = path.join(dir, 'xref-sources.json');
        const data = JSON.parse(fs.readFileSync(meta, 'utf8')) as Record<string, unknown>;
        data['wire.txt'] = { key: 'wire-abilene' };
        fs.writeFileSync(meta, JSON.stringify(data));
      },
      ['wire.txt'],
    ],
  ] as [string, (dir: string) => void, string[]][]) {
    it(`${what}: the snapshot is patched, only that file is indexed, and the next start reads the new one`, () => {
      const dir = articles({ 'wire.txt': WIRE });
      const { root } = warmed(dir);
      change(dir);
      const fresh = load(dir);
      reads.length = 0;
      const cache = new IndexCache(root);
      const c = load(dir, cache);
      assert.equal(cache.snapshot, 'patched');
      assert.deepEqual(reads, again);
      assertSame(c, fresh);
      reads.length = 0;
      const next = new IndexCache(root);
      assertSame(load(dir, next), fresh);
      assert.equal(next.snapshot, 'hit');
      assert.deepEqual(reads, []);
    });
  }

  it('a file rewritten with the same bytes (a fresh mtime) is still read from the snapshot, its bytes compared', () => {
    const dir = articles({ 'wire.txt': WIRE });
    const { root, fresh } = warmed(dir);
    const file = path.join(dir, 'wire.txt');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(file, later, later);
    const cache = new IndexCache(root);
    assertSame(load(dir, cache), fresh);
    assert.equal(cache.snapshot, 'hit');
    assert.deepEqual(reads, []);
  });

  for (const [what, damage, message] of [
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 100), /truncated/],
    ['not a snapshot', () => Buffer.from('hello'), /not a corpus snapshot/],
  ] as [string, (b: Buffer) => Buffer, RegExp][]) {
    it(`a damaged snapshot (${what}) is discarded with a message; the entries give the same corpus`, () => {
      const dir = articles({ 'wire.txt': WIRE });
      const { root, fresh } = warmed(dir);
      const messages: string[] = [];
      const cache = new IndexCache(root, undefined, (m) => messages.push(m));
      const [snap] = snapshots(cache);
      fs.writeFileSync(snap, damage(fs.readFileSync(snap)));
      const c = load(dir, cache);
      assert.equal(cache.snapshot, 'damaged');
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0], message);
      assert.deepEqual(reads, [], 'the entries are still good');
      assertSame(c, fresh);
      const next = new IndexCache(root);
      load(dir, next);
      assert.equal(next.snapshot, 'hit', 'rewritten');
    });
  }

  /** Where each file's record starts and ends in a snapshot's bytes (its header's offsets). */
  function recordsOf(b: Buffer): number[] {
    const hlen = b.readUInt32LE(b.length - 12);
    return (JSON.parse(b.subarray(b.length - 12 - hlen, b.length - 12).toString('utf8')) as { offsets: number[] })
      .offsets;
  }

  for (const [what, which] of [
    ['the first record', () => 0],
    ['the last record', (n: number) => n - 1],
  ] as [string, (n: number) => number][]) {
    it(`a flipped byte in ${what} is found when that source is read: the snapshot is discarded with a message, the source read from its entry`, () => {
      const dir = articles({ 'wire.txt': WIRE });
      const { root, fresh } = warmed(dir);
      const messages: string[] = [];
      const cache = new IndexCache(root, undefined, (m) => messages.push(m));
      const [snap] = snapshots(cache);
      const bytes = fs.readFileSync(snap);
      const offsets = recordsOf(bytes);
      const r = which(offsets.length - 1);
      bytes[(offsets[r] + offsets[r + 1]) >> 1] ^= 0xff;
      fs.writeFileSync(snap, bytes);
      const c = load(dir, cache);
      // The load reads no record: it is a hit until the damaged one is read.
      assert.equal(cache.snapshot, 'hit');
      assert.deepEqual(messages, []);
      const damaged = c.sources.find((s) => (s as LazySource).no === r)!;
      assert.ok(damaged, 'the damaged record is a source');
      assert.ok(damaged.sentences.length > 0);
      assert.equal(cache.snapshot, 'damaged');
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0], /does not match its checksum/);
      assert.equal(fs.existsSync(snap), false, 'discarded: the next start writes a new one');
      assert.deepEqual(reads, [], 'the entries are still good');
      assertSame(c, fresh);
      assert.equal(messages.length, 1, 'said once');
      const next = new IndexCache(root);
      load(dir, next);
      assert.equal(next.snapshot, 'none');
      const after = new IndexCache(root);
      assertSame(load(dir, after), fresh);
      assert.equal(after.snapshot, 'hit', 'rewritten');
    });
  }

  it("another engine version's snapshot is never read", () => {
    const dir = articles({ 'wire.txt': WIRE });
    const { root, fresh } = warmed(dir);
    const mine = new IndexCache(root);
    const other = new IndexCache(root, '9.9.9-s1-0000000000000000-v8.1');
    // Copied in by hand under the same name (the name is of the options, not of the engine).
    const [snap] = snapshots(mine);
    fs.mkdirSync(path.join(other.dir, 'snapshots'), { recursive: true });
    fs.copyFileSync(snap, path.join(other.dir, 'snapshots', path.basename(snap)));
    const c = load(dir, other);
    assert.equal(other.snapshot, 'stale');
    assert.equal(reads.length, 6, 'indexed afresh: that engine has no entries either');
    assertSame(c, fresh);
  });

  it('other options (another size limit) have a snapshot of their own', () => {
    const dir = articles({ 'wire.txt': WIRE });
    const { root } = warmed(dir);
    const cache = new IndexCache(root);
    const small = load(dir, cache, { maxFileBytes: 2000 });
    assert.equal(cache.snapshot, 'none');
    assert.ok(small.skipped.some((s) => /too large/.test(s.reason)));
    assert.equal(snapshots(cache).length, 2);
    const next = new IndexCache(root);
    assertSame(load(dir, next, { maxFileBytes: 2000 }), load(dir, undefined, { maxFileBytes: 2000 }));
    assert.equal(next.snapshot, 'hit', 'a file too large is kept as skipped');
  });

  /** The figure index as plain data: entries by file and figure number, postings by term name, pairs by name. */
  function plainIndex(c: Corpus) {
    const idx = indexOf(c);
    const terms = c.weights.terms;
    const at = (e: Entry) => [
      e.src.file,
      e.src.figures.indexOf(e.fig),
      e.fi,
      e.kind,
      e.unit,
      e.subject.entries(),
      e.fig.kind === e.kind && e.fig.unit === e.unit,
      e.fig.subject.entries(),
      e.ord,
      e.n,
      e.sig,
    ];
    return {
      sigs: idx.sigs,
      buckets: [...idx.buckets].map(([k, b]) => [
        k,
        b.all.map(at),
        [...b.slots].map(([t, slot]) => [terms.name(t), slot]),
        [...b.postings.lens],
        [...b.postings.at],
        [...b.postings.posts],
      ]),
      equivalences: [...idx.equivalences].map(([u, l]) => [u, l.map((d) => [at(d.mine), at(d.other)])]),
      learned: [...(idx.learned ?? [])].map(([a, bs]) => [terms.name(a), bs.map((b) => terms.name(b))]),
    };
  }

  /** A generated corpus of `n` articles (with the seeds) in a cache folder that has seen it once. */
  function generated(n: number, seed: number) {
    restore();
    const dir = tmp('xref-snap-gen-');
    writeCorpus(dir, n, seed);
    const opts = { folders: [dir], workers: 0 };
    const root = tmp('xref-snap-');
    Corpus.load({ ...opts, cache: new IndexCache(root) });
    return { dir, opts, root };
  }

  it('the figure index and learned word pairs are read from the snapshot, the same as built afresh', () => {
    const { opts, root } = generated(120, 5);
    const cache = new IndexCache(root);
    const cached = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'hit');
    assert.ok(cached.storedFigureIndex, 'the snapshot held the index');
    const fresh = Corpus.load(opts);
    const a = plainIndex(cached);
    assert.ok(cached.storedFigureIndex, 'kept while the corpus is unchanged (read again after the caches are cleared)');
    const b = plainIndex(fresh);
    assert.ok(b.buckets.length > 3 && b.equivalences.length > 0 && b.learned.length > 0, 'a real index');
    assert.deepEqual(a, b);
  });

  it("a warm start's stored columns own their bytes: none keeps the derived record read from the file alive", () => {
    const { opts, root } = generated(120, 5);
    const cache = new IndexCache(root);
    const cached = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'hit');
    const views: ArrayBufferView[] = [];
    const seen = new Set<unknown>();
    const walk = (x: unknown): void => {
      if (x === null || typeof x !== 'object' || seen.has(x)) return;
      seen.add(x);
      if (ArrayBuffer.isView(x)) views.push(x);
      else for (const v of Object.values(x)) walk(v);
    };
    walk(cached.storedFigureIndex!.index);
    walk(cached.snapshot!.quotes);
    assert.ok(views.length > 20, `${views.length} typed arrays`);
    for (const v of views) assert.equal(v.buffer.byteLength, v.byteLength, 'a typed array over a larger buffer');
    // The same index as built afresh.
    assert.deepEqual(plainIndex(cached), plainIndex(Corpus.load(opts)));
  });

  it('a stored subject read in place (Entry.terms) reads as the subject built from it, term by term', () => {
    const { opts, root } = generated(120, 5);
    const cached = Corpus.load({ ...opts, cache: new IndexCache(root) });
    const idx = indexOf(cached);
    let n = 0;
    for (const b of idx.buckets.values())
      for (let i = 0; i < b.size; i++) {
        const e = b.entry(i);
        const t = e.terms; // read before the subject is built: in place
        const got = Array.from({ length: t.size }, (_, k) => [t.idAt(k), t.weightAt(k), t.nameAt(k)]);
        const names = got.map((x) => x[2] as string);
        const weights = [...names, 'press', 'no-such-term'].map((x) => t.weightOf(x));
        const s = e.subject;
        assert.deepEqual(
          got,
          Array.from({ length: s.size }, (_, k) => [s.idAt(k), s.weightAt(k), s.nameAt(k)]),
        );
        assert.deepEqual(
          weights,
          [...names, 'press', 'no-such-term'].map((x) => s.weightOf(x)),
        );
        n++;
      }
    assert.ok(n > 1000, `${n} entries`);
    // Each entry is made once and given again as the same object, with what was worked out of it.
    for (const b of idx.buckets.values()) {
      assert.equal(b.madeCount, b.size);
      for (let i = 0; i < b.size; i += 7) assert.equal(b.entry(i), b.entry(i));
    }
  });

  it("the subjects' terms by phonetic key are read from the snapshot, not romanized again; a list that does not fit is not taken", () => {
    const { opts, root } = generated(120, 11);
    const fresh = Corpus.load(opts);
    indexOf(fresh);
    assert.equal(fresh.weights.soundKeysReady, false, 'built afresh only when a link is first asked for');
    const built = fresh.weights.exportSoundKeys();
    assert.ok(built.length > 50, `${built.length} keys`);
    const cache = new IndexCache(root);
    const cached = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'hit');
    assert.ok(cached.storedFigureIndex?.index.soundKeys, 'the snapshot holds them');
    indexOf(cached);
    assert.equal(cached.weights.soundKeysReady, true, 'taken with the stored index');
    assert.deepEqual(cached.weights.exportSoundKeys(), built);
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'report-ko.md'), 'utf8');
    const expected = JSON.stringify(checkReport(fresh, text, { cache: false }));
    assert.equal(JSON.stringify(checkReport(cached, text, { cache: false })), expected);
    // A term the subjects do not name (another corpus's list): nothing taken, built afresh when asked, the same check.
    const other = Corpus.load({ ...opts, cache: new IndexCache(root) });
    other.storedFigureIndex!.index.soundKeys![0][1].push('en:wordnosourcenames');
    indexOf(other);
    assert.equal(other.weights.soundKeysReady, false);
    assert.equal(JSON.stringify(checkReport(other, text, { cache: false })), expected);
    assert.deepEqual(other.weights.exportSoundKeys(), built);
  });

  it('a corpus changed after a warm start builds its index afresh (the stored one is of the old sources)', () => {
    const { dir, opts, root } = generated(60, 7);
    const cache = new IndexCache(root);
    const cached = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'hit');
    const fresh = Corpus.load(opts);
    // The last article edited as the server sees it (it stays last, with as many figures): an amount changed.
    const file = cached.sources[cached.sources.length - 1].file;
    assert.ok(file.startsWith(dir));
    const before = fs.readFileSync(file, 'utf8');
    const after = before.replace(/\d+(?= billion|억 달러)/, '123');
    assert.notEqual(after, before);
    fs.writeFileSync(file, after);
    cached.updateFile(file);
    fresh.updateFile(file);
    assert.equal(cached.sources.at(-1)!.figures.length, fresh.sources.at(-1)!.figures.length);
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'report-ko.md'), 'utf8');
    assert.deepEqual(plainIndex(cached), plainIndex(fresh));
    assert.equal(
      JSON.stringify(checkReport(cached, text, { cache: false })),
      JSON.stringify(checkReport(fresh, text, { cache: false })),
    );
  });

  /** The header of the snapshot file `bytes`. */
  function headerOf(bytes: Buffer): { derived: [number, number]; parts: [number, number, string][] } {
    const tail = 12,
      hlen = bytes.readUInt32LE(bytes.length - tail);
    return JSON.parse(bytes.subarray(bytes.length - tail - hlen, bytes.length - tail).toString('utf8'));
  }

  it('a warm start reads the derived record a part at a time, each typed array straight into its own memory', () => {
    const { opts, root } = generated(120, 5);
    const [snap] = snapshots(new IndexCache(root));
    const { derived, parts } = headerOf(fs.readFileSync(snap));
    const whole = derived[1] - derived[0];
    const reads: { length: number; at: number; into: ArrayBufferLike }[] = [];
    // The module object itself (the namespace imported above is read-only): what the engine's reads go through.
    const nodeFs = require('fs') as { readSync: unknown };
    const real = fs.readSync;
    nodeFs.readSync = (...a: unknown[]) => {
      const [, into, , length, at] = a as [number, NodeJS.ArrayBufferView, number, number, number];
      if (typeof at === 'number' && at >= derived[0] && at < derived[1]) reads.push({ length, at, into: into.buffer });
      return (real as (...x: unknown[]) => number)(...a);
    };
    let cached: Corpus;
    const cache = new IndexCache(root);
    try {
      cached = Corpus.load({ ...opts, cache });
    } finally {
      nodeFs.readSync = real;
    }
    assert.equal(cache.snapshot, 'hit');
    assert.ok(parts.length > 20, `${parts.length} parts`);
    const largest = Math.max(...reads.map((r) => r.length));
    assert.ok(largest < whole / 2, `a read of ${largest} of the derived record's ${whole} bytes`);
    // Every stored typed array is the memory a read filled (not a copy of a larger buffer read before).
    const filled = new Set(reads.map((r) => r.into));
    const views: ArrayBufferView[] = [];
    const walk = (x: unknown, seen = new Set<unknown>()): void => {
      if (x === null || typeof x !== 'object' || seen.has(x)) return;
      seen.add(x);
      if (ArrayBuffer.isView(x)) views.push(x);
      else for (const v of Object.values(x)) walk(v, seen);
    };
    walk(cached.storedFigureIndex!.index);
    const read = views.filter((v) => v.byteLength > 0);
    assert.ok(read.length > 20, `${read.length} typed arrays`);
    for (const v of read)
      assert.ok(filled.has(v.buffer), `a ${v.constructor.name} of ${v.byteLength} bytes not read in place`);
  });

  it("a cold start's streamed heads share each repeated metadata string (outlet, authors, date, language) as a warm start's do", () => {
    // Measured in a process of its own (headSharing.ts), as quoteSharing.ts is for the quotation rows.
    const { heads, own, unshared } = heapReadingApart('headSharing.ts') as Record<string, number>;
    assert.equal(heads, 40_000);
    // Some of the heads' strings are shared by V8 already (a string used as a property key is internalized, its copy
    // let go of): the copies held 184 and 190 bytes a head more without the sharing, 256 and 257 with it (two runs
    // each of headSharing.ts); the bar lies between.
    assert.ok(unshared - own > heads * 220, `${own} bytes held by the streamed heads against ${unshared} by copies`);
  });

  it("a warm start's heads share each repeated string (an outlet's name, a language): one instance, not one a head", () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heads = Array.from({ length: 20_000 }, (_, i) => ({
      key: `reuters-${i}`,
      meta: {
        title: `Stargate site ${i % 7}`,
        outlet: 'Reuters',
        outletId: 'reuters',
        outletKind: 'news',
        languages: ['en'],
        authors: ['Dana Whitfield', 'Priya Raman'],
      },
      figures: 3,
      quotes: 1,
    }));
    const derived = { figures: { cols: new Int32Array([1, 2, 3]) }, heads, quotes: quotesOfRows(heads.map(() => [])) };
    const parts = writeDerived(derived as unknown as SnapshotDerived);
    let at = 0;
    const table = parts.map((b): [number, number, string] => [at, (at += b.byteLength), crcOf(b)]);
    const file = path.join(tmp('xref-snap-heads-'), 'derived');
    fs.writeFileSync(file, Buffer.concat(parts));
    const fd = fs.openSync(file, 'r');
    try {
      const heapOf = (make: () => unknown) => {
        gc();
        const before = process.memoryUsage().heapUsed;
        const kept = make();
        gc();
        return { kept, used: process.memoryUsage().heapUsed - before };
      };
      const read = heapOf(() => readDerived(fd, table));
      const plain = heapOf(() => v8.deserialize(v8.serialize(heads)));
      assert.deepEqual((read.kept as SnapshotDerived).heads, heads);
      // Seven repeated strings a head, each at least 24 bytes as a string of its own.
      assert.ok(read.used < plain.used - 20_000 * 4 * 24, `${read.used} bytes read against ${plain.used} deserialized`);
    } finally {
      fs.closeSync(fd);
    }
  });

  it('the quotations are stored with each distinct string once, and read back as they were', () => {
    const { opts, root } = generated(60, 4);
    const cache = new IndexCache(root);
    const cached = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'hit');
    const fresh = Corpus.load(opts);
    const rowsHeld = allQuoteRows(cached.snapshot!.quotes);
    assert.deepEqual(rowsHeld, allQuoteRows(exportQuotes(fresh)));
    const packed = packQuotes(cached.snapshot!.quotes);
    assert.equal(new Set(packed.strings).size, packed.strings.length, 'a string stored twice');
    const fields = rowsHeld
      .flat()
      .flat()
      .filter((f) => typeof f === 'string').length;
    assert.ok(packed.strings.length < fields / 2, `${packed.strings.length} strings for ${fields} fields`);
    // (read back, packed as they were: the same as their rows packed again)
    assert.deepEqual(packed, packQuotes(quotesOfRows(rowsHeld)));
    // null and undefined (around not worked out) kept apart; a source without quotations kept in its place.
    const rows = quotesOfRows([
      [['en', 'We will build it.', null, 'Kim', undefined]],
      [],
      [['ko', '짓겠다', 'p:kim', null, null]],
    ] as QuoteRow[][]);
    assert.deepEqual(allQuoteRows(unpackQuotes(packQuotes(rows))), allQuoteRows(rows));
  });

  it("a warm start holds the quotations as their columns, and makes a source's rows when they are read", () => {
    const { opts, root } = generated(60, 4);
    const cache = new IndexCache(root);
    const cached = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'hit');
    const quotes = cached.snapshot!.quotes;
    // No row nor list of rows held: the arrays reachable from it are the strings' list alone.
    let arrays = 0;
    const seen = new Set<unknown>();
    const walk = (x: unknown): void => {
      if (x === null || typeof x !== 'object' || seen.has(x)) return;
      seen.add(x);
      if (Array.isArray(x)) arrays++;
      if (!ArrayBuffer.isView(x)) for (const v of Object.values(x)) walk(v);
    };
    walk(quotes);
    assert.equal(arrays, 1, `${arrays} arrays held`);
    const k = allQuoteRows(quotes).findIndex((r) => r.length > 1);
    assert.ok(k >= 0);
    assert.notEqual(quotes.rowsOf(k), quotes.rowsOf(k), 'made when read');
    assert.deepEqual(quotes.rowsOf(k), quotes.rowsOf(k));
    // (each string the one instance the columns hold)
    const held = new Set(packQuotes(quotes).strings);
    assert.ok(quotes.rowsOf(k).every((r) => held.has(r[1])));
  });

  for (const [what, which] of [
    ['the figure index part', 0],
    ['the heads part', 1],
    ['the quotations part', 2],
    ['the largest typed array', -1],
  ] as [string, number][])
    it(`a flipped byte in ${what} of the derived record: the snapshot is discarded, said, and written again`, () => {
      const { opts, root } = generated(40, 9);
      const [snap] = snapshots(new IndexCache(root));
      const bytes = fs.readFileSync(snap);
      const { parts } = headerOf(bytes);
      const [from, to] =
        which >= 0 ? parts[which] : parts.slice(3).reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
      assert.ok(to > from);
      bytes[(from + to) >> 1] ^= 0xff;
      fs.writeFileSync(snap, bytes);
      const messages: string[] = [];
      const cache = new IndexCache(root, undefined, (m) => messages.push(m));
      const c = Corpus.load({ ...opts, cache });
      assert.equal(cache.snapshot, 'damaged');
      assert.match(messages.join('\n'), /checksum mismatch/);
      const text = fs.readFileSync(path.join(ROOT, 'examples', 'report-en.md'), 'utf8');
      assert.equal(
        JSON.stringify(checkReport(c, text, { cache: false })),
        JSON.stringify(checkReport(Corpus.load(opts), text, { cache: false })),
      );
      const again = new IndexCache(root);
      Corpus.load({ ...opts, cache: again });
      assert.equal(again.snapshot, 'hit', 'written again');
    });

  it('a damaged derived record (the stored index) discards the snapshot with a message; the check is the same', () => {
    const { opts, root } = generated(40, 9);
    const messages: string[] = [];
    const cache = new IndexCache(root, undefined, (m) => messages.push(m));
    const [snap] = snapshots(cache);
    const bytes = fs.readFileSync(snap);
    // The derived record sits between the last file's record and the header: flip a byte in its middle.
    const tail = 12,
      hlen = bytes.readUInt32LE(bytes.length - tail);
    const header = JSON.parse(bytes.subarray(bytes.length - tail - hlen, bytes.length - tail).toString('utf8')) as {
      derived: [number, number];
    };
    bytes[(header.derived[0] + header.derived[1]) >> 1] ^= 0xff;
    fs.writeFileSync(snap, bytes);
    const c = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'damaged');
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /checksum mismatch/);
    // The tables the check reads are the ones written afresh with the new snapshot (as the files were merged), which
    // the next start reads.
    assert.equal(c.storedFigureIndex?.version, c.version);
    const again = new IndexCache(root);
    Corpus.load({ ...opts, cache: again });
    assert.equal(again.snapshot, 'hit');
    const fresh = Corpus.load(opts);
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'report-en.md'), 'utf8');
    assert.equal(
      JSON.stringify(checkReport(c, text, { cache: false })),
      JSON.stringify(checkReport(fresh, text, { cache: false })),
    );
    const next = new IndexCache(root);
    Corpus.load({ ...opts, cache: next });
    assert.equal(next.snapshot, 'hit', 'rewritten');
  });

  /** Each entry's facts (as the judges find them, or all worked out now) and each source's ventures, by file. */
  function plainFacts(c: Corpus, work: boolean) {
    const idx = indexOf(c);
    const entries: unknown[] = [];
    for (const [k, b] of idx.buckets)
      for (const e of b.all) entries.push([k, e.src.file, e.src.figures.indexOf(e.fig), work ? allFacts(e) : e.facts]);
    return { entries, ventures: c.sources.map((s) => [s.file, [...ventures(s)]]) };
  }

  const fixtureFolders = FIXTURE_FOLDERS;

  it("each figure's facts and each source's ventures are read from the snapshot, the same as worked out afresh", () => {
    restore();
    const gen = tmp('xref-snap-gen-');
    writeCorpus(gen, 150, 17);
    let entries = 0;
    for (const dir of [...fixtureFolders, gen]) {
      const opts = fixtureOptions(dir);
      const cache = new IndexCache(coldCache(dir));
      const cached = Corpus.load({ ...opts, cache });
      assert.equal(cache.snapshot, 'hit', dir);
      const stored = plainFacts(cached, false);
      for (const e of [...indexOf(cached).buckets.values()].flatMap((b) => b.all))
        assert.ok(e.facts && Object.isFrozen(e.facts), `${dir}: read, not worked out`);
      const fresh = Corpus.load(opts);
      assert.deepEqual(stored, plainFacts(fresh, true), dir);
      entries += stored.entries.length;
    }
    assert.ok(fixtureFolders.length >= 10 && entries > 2000, `${fixtureFolders.length} folders, ${entries} figures`);
  });

  it('stored facts that do not fit the index are not trusted: each is worked out afresh, the check the same', () => {
    const { opts, root } = generated(40, 13);
    const damages: [string, (f: StoredFacts) => void][] = [
      ['a record number out of range', (f) => f.entries.fill(f.records.length, -1)],
      ['a negative record number', (f) => f.entries.fill(-1, 0, 1)],
      ['a country that is no name', (f) => Object.assign(f.records.at(-1)!, { countriesS: [7] })],
      ['a scope of no kind', (f) => Object.assign(f.records[0], { scope: 'campus' })],
      ['a missing field', (f) => Reflect.deleteProperty(f.records[0], 'threshold')],
      ['a denial that is no flag', (f) => Object.assign(f.records[0], { denied: 'yes' })],
      ["a part's count that is no number", (f) => Object.assign(f.records[0], { partCount: 'two' })],
      ['one entry fewer', (f) => Object.assign(f, { entries: f.entries.subarray(1) })],
      ['one source fewer', (f) => Object.assign(f, { sources: f.sources.subarray(1) })],
      ['a list of ventures out of range', (f) => f.sources.fill(f.ventures.length, 3, 4)],
      ['a venture that is no name', (f) => (f.ventures[0] as unknown[]).push(null)],
      ['no records', (f) => Object.assign(f, { records: {} })],
    ];
    const fresh = Corpus.load(opts);
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'report-en.md'), 'utf8');
    const expected = JSON.stringify(checkReport(fresh, text, { cache: false }));
    for (const [what, damage] of damages) {
      const cache = new IndexCache(root);
      const c = Corpus.load({ ...opts, cache });
      assert.equal(cache.snapshot, 'hit');
      damage(c.storedFigureIndex!.index.facts!);
      const all = [...indexOf(c).buckets.values()].flatMap((b) => b.all);
      assert.ok(all.length > 100 && all.every((e) => e.facts === undefined), what);
      assert.deepEqual(plainFacts(c, true), plainFacts(fresh, true), what);
      if (what.startsWith('a venture')) assert.equal(JSON.stringify(checkReport(c, text, { cache: false })), expected);
    }
  });

  it('findings on a generated corpus: the same from the snapshot as indexed afresh, byte for byte', () => {
    restore();
    const dir = tmp('xref-snap-gen-');
    writeCorpus(dir, 200, 11);
    const opts = { folders: [dir], workers: 0 };
    const root = tmp('xref-snap-');
    Corpus.load({ ...opts, cache: new IndexCache(root) });
    const cache = new IndexCache(root);
    const cached = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'hit');
    const fresh = Corpus.load(opts);
    for (const report of ['report-en.md', 'report-ko.md']) {
      const text = fs.readFileSync(path.join(ROOT, 'examples', report), 'utf8');
      const a = checkReport(cached, text, { cache: false });
      const b = checkReport(fresh, text, { cache: false });
      assert.ok(b.claims.length > 10);
      assert.equal(JSON.stringify(a), JSON.stringify(b), report);
    }
  });
});

describe('corpus snapshot: a source decoded only when a claim needs it', function () {
  this.timeout(300_000);

  /** A cache folder that has seen the folders once, and the options to load them with. */
  function warmCache(folders: string[], useBundled: boolean) {
    const opts = { folders, useBundled, workers: 0 };
    const root = tmp('xref-lazy-');
    Corpus.load({ ...opts, cache: new IndexCache(root) });
    return { opts, root };
  }

  // A short brief as an analyst would write it after reading the coverage: the venture's total, the Abilene site's
  // power and jobs, and a remark of Altman's.
  const BRIEF = [
    '# Stargate in brief',
    '',
    'OpenAI, SoftBank and Oracle said they would invest $500 billion in U.S. AI infrastructure over four years.',
    'The first site, in Abilene, Texas, is planned at 1.2 gigawatts.',
    'The partners said the project would create more than 100,000 jobs.',
    'Altman called it “the most important project of this era”.',
    '',
  ].join('\n');

  it('the load decodes no source; one check decodes the few its claims need, and holds at most the bound', () => {
    const dir = tmp('xref-lazy-gen-');
    writeCorpus(dir, 400, 23);
    const { opts, root } = warmCache([dir], true);
    const cache = new IndexCache(root);
    const c = Corpus.load({ ...opts, cache, sourceCache: 12 });
    assert.equal(cache.snapshot, 'hit');
    const bodies = c.snapshot!.bodies;
    assert.ok(c.sources.length > 400 && c.sources.every((s) => s instanceof LazySource));
    assert.equal(bodies.decoded, 0, 'the load decodes nothing');
    assert.ok(c.stats().figures > 1000, 'counts without decoding');
    assert.equal(bodies.decoded, 0);
    // The figure index is read from the snapshot with no subject built; a check scores and gates its candidates'
    // subjects where they are stored (Entry.terms), and builds only those something asks for whole.
    const idx = indexOf(c);
    const entries = [...idx.buckets.values()].reduce((n, b) => n + b.size, 0);
    assert.ok(entries > 1000);
    assert.equal(storedSubjectsBuilt(c), 0, 'the index builds no subject');
    const got = checkReport(c, BRIEF, { cache: false });
    const built = storedSubjectsBuilt(c);
    const { made } = entriesMade(c);
    assert.ok(made > 100, `${made} entries made`);
    assert.ok(built < made / 10, `${built} subjects built for ${made} entries made`);
    assert.ok(got.claims.length >= 4, JSON.stringify(got.claims.map((x) => x.text)));
    assert.ok(bodies.decoded > 0, 'the claims read sources');
    assert.ok(bodies.decoded < c.sources.length / 4, `${bodies.decoded} of ${c.sources.length} sources decoded`);
    assert.ok(bodies.size <= 12, `${bodies.size} bodies held`);
    const fresh = Corpus.load(opts);
    assert.equal(JSON.stringify(got), JSON.stringify(checkReport(fresh, BRIEF, { cache: false })));
  });

  it('dispose closes the snapshot file; a source read after it comes from its entry, the same', () => {
    const { opts, root } = warmCache([path.join(ROOT, 'seeds')], false);
    const fdsOf = () =>
      fs.readdirSync('/proc/self/fd').filter((f) => {
        try {
          return fs.readlinkSync(path.join('/proc/self/fd', f)).endsWith('.snap');
        } catch {
          return false;
        }
      }).length;
    const before = process.platform === 'linux' ? fdsOf() : 0;
    const cache = new IndexCache(root);
    const c = Corpus.load({ ...opts, cache, sourceCache: 1 });
    assert.equal(cache.snapshot, 'hit');
    const bodies = c.snapshot!.bodies;
    assert.ok(bodies.open);
    if (process.platform === 'linux') assert.equal(fdsOf(), before + 1);
    c.dispose();
    c.dispose(); // twice: no harm
    assert.equal(bodies.open, false);
    if (process.platform === 'linux') assert.equal(fdsOf(), before, 'closed');
    assert.equal(bodies.decoded, 0);
    assert.deepStrictEqual(c.sources.map(plainObject), Corpus.load(opts).sources.map(plainObject));
    assert.ok(bodies.decoded >= c.sources.length, 'read from the entries');
    assert.equal(cache.snapshot, 'hit', 'not damaged');
  });

  it('findings on the seeds and every fixture folder: the same from a snapshot (one body held) as indexed afresh', () => {
    let decoded = 0;
    for (const dir of FIXTURE_FOLDERS) {
      const cache = new IndexCache(coldCache(dir));
      // One body held: every source read again is decoded again, so nothing may depend on an object staying.
      const c = Corpus.load({ ...fixtureOptions(dir), cache, sourceCache: 1 });
      assert.equal(cache.snapshot, 'hit', dir);
      assertFreshFindings(dir, c);
      assert.ok(c.snapshot!.bodies.size <= 1);
      decoded += c.snapshot!.bodies.decoded;
    }
    assert.ok(decoded > 100, `${decoded} decodes`);
  });
});

describe('record checksums', function () {
  it('sum tiny records with a table as zlib.crc32 does, and the rest with zlib', function () {
    const zlib = require('zlib') as { crc32?: (b: Uint8Array) => number };
    if (typeof zlib.crc32 !== 'function') this.skip(); // Node before 20.15: SHA-1, as before
    let seed = 7;
    const bytes = (n: number) =>
      Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    for (const b of [new Uint8Array(0), Uint8Array.of(0), Uint8Array.of(255), bytes(3), bytes(1000), bytes(70_000)])
      assert.equal(crc32Table(b), zlib.crc32(b), `${b.length} bytes`);
    // crcOf and crc32 give the same sums by the table (tiny inputs) and by zlib (the rest).
    const some = bytes(5000);
    const long = bytes((1 << 20) + 1);
    for (const b of [bytes(10), bytes(4095), some, long, long.subarray(1), some]) {
      assert.equal(crcOf(b), `crc32:${zlib.crc32(b).toString(16)}`, `${b.length} bytes`);
      assert.equal(crc32(b), zlib.crc32(b), `${b.length} bytes`);
    }
  });

  it('tell from the version alone whether Node has zlib.crc32', function () {
    assert.equal(hasZlibCrc32(), typeof (require('zlib') as { crc32?: unknown }).crc32 === 'function');
    assert.deepEqual(
      ['20.14.0', '20.15.0', '21.7.3', '22.1.0', '22.2.0', '23.0.0', '24.4.1', '18.20.0'].map((v) => hasZlibCrc32(v)),
      [false, true, false, false, true, true, true, false],
    );
  });
});
