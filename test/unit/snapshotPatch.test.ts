// A start after a few articles changed, came or went patches the corpus snapshot (corpus.ts patch, snapshot.ts
// reusable): only those files are indexed, the others' records and stored tables are taken from the old snapshot
// without decoding a source, and the judges' tables are built from both. What it stores, the keys it gives and what a
// check finds are what indexing every file afresh gives; the next start reads the new snapshot.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { Corpus, type CorpusOptions } from '../../server/src/corpus/corpus';
import { IndexCache } from '../../server/src/corpus/cache';
import { LazySource } from '../../server/src/corpus/lazySource';
import { checkReport } from '../../server/src/judge/check';
import { exportIndex, type StoredIndex } from '../../server/src/judge/figureIndex';
import { allQuoteRows, exportQuotes, type StoredQuotes } from '../../server/src/judge/quotes';
import { isOddApprox } from '../../server/src/extract/values';
import { writeCorpus } from '../../bench/generate';
import { ROOT, tempDirs } from './cacheFixtures';

const { tmp, cleanup } = tempDirs();
after(cleanup);

/** What the tests read of a snapshot's header (snapshot.ts). */
interface Header {
  offsets: number[];
  derived: [number, number];
}

const reports = ['report-en.md', 'report-ko.md'].map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));

/** Every file under `dir`, in order. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * The stored tables as a comparison should see them: the equivalences by unit and the terms by phonetic key by key
 * (both are looked up by key, never walked in order; a patched snapshot lists them in another order), and of a sig's
 * figure text only what is read of it, isOddApprox (a patched snapshot keeps the text of the sig's first figure
 * before the change, which may be another figure alike in all that agrees() reads: 57년 for 57일).
 */
function comparable(figures: StoredIndex, stored: StoredQuotes): unknown {
  const quotes = allQuoteRows(stored);
  const copy = v8.deserialize(v8.serialize({ figures, quotes })) as { figures: StoredIndex; quotes: unknown };
  const byFirst = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  copy.figures.equivalences.sort(byFirst);
  copy.figures.soundKeys = copy.figures.soundKeys!.map(([k, names]) => [k, [...names].sort()] as [string, string[]]);
  copy.figures.soundKeys.sort(byFirst);
  copy.figures.sigFigs = copy.figures.sigFigs.map((f) => ({ ...f, text: String(isOddApprox(f.text)) }));
  return copy;
}

describe('corpus snapshot patched after a few files changed', function () {
  this.timeout(300_000);

  it('indexes only those files, decodes no other source, and stores and finds what indexing afresh gives', () => {
    const dir = tmp('xref-patch-gen-');
    writeCorpus(dir, 300, 23);
    const opts: CorpusOptions = { folders: [dir], useBundled: true, workers: 0 };
    const root = tmp('xref-patch-');
    const before = Corpus.load({ ...opts, cache: new IndexCache(root) });
    // A file whose key others were made unique from (edaily, then edaily-2 …): removed, their keys move down.
    const keys = new Set(before.sources.map((s) => s.key));
    const first = before.sources.find((s) => s.file.startsWith(dir) && keys.has(`${s.key}-2`))!;
    assert.ok(first, 'a key others were made unique from');
    fs.unlinkSync(first.file);
    const files = filesUnder(dir);
    // An article edited (a sentence with a new figure) and one added.
    fs.appendFileSync(files[150], '\n\nThe operator said 740 more workers would join the Abilene site in 2027.\n');
    fs.writeFileSync(
      path.join(dir, '000', 'a000150-added.txt'),
      '# Abilene site adds workers\n\nThe operator said 260 more workers would join the Abilene site in 2026, ' +
        'bringing its total to 1,460.\n',
    );
    const cache = new IndexCache(root);
    const c = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'patched');
    assert.equal(cache.counts.misses, 2, 'only the edited and the added file indexed');
    assert.ok(
      c.sources.every((s) => s instanceof LazySource),
      'every source read back from the new snapshot',
    );
    assert.equal(c.snapshot!.bodies.decoded, 0, 'no source decoded by the load');
    const fresh = Corpus.load(opts);
    assert.deepEqual(
      c.sources.map((s) => [s.key, s.file]),
      fresh.sources.map((s) => [s.key, s.file]),
      'the keys indexing afresh gives',
    );
    assert.ok(
      c.sources.some((s) => s.key === first.key),
      'a key moved down',
    );
    const eager = exportIndex(fresh);
    assert.ok(eager.buckets.length > 3 && eager.learned.length > 0 && eager.equivalences.length > 0, 'a real index');
    assert.deepStrictEqual(
      comparable(c.storedFigureIndex!.index, c.snapshot!.quotes),
      comparable(eager, exportQuotes(fresh)),
    );
    for (const text of reports)
      assert.equal(
        JSON.stringify(checkReport(c, text, { cache: false })),
        JSON.stringify(checkReport(fresh, text, { cache: false })),
      );
    // The next start reads the patched snapshot whole, the same.
    const next = new IndexCache(root);
    const warm = Corpus.load({ ...opts, cache: next });
    assert.equal(next.snapshot, 'hit');
    assert.deepEqual(
      warm.sources.map((s) => s.key),
      fresh.sources.map((s) => s.key),
    );
    assert.equal(
      JSON.stringify(checkReport(warm, reports[0], { cache: false })),
      JSON.stringify(checkReport(fresh, reports[0], { cache: false })),
    );
  });

  it('patched again and again (edited, deleted, added back): each time what indexing afresh stores and finds', () => {
    // The unchanged sources' entries are copied from the stored columns, each stored number (slot, weight, sig, facts
    // record) mapped to its number in the new index as first met (figureIndex.ts addColumns): a bucket only one
    // article fills goes and comes back with it, and a snapshot patched from a patched one is read the same way.
    const dir = tmp('xref-patch-seq-');
    writeCorpus(dir, 120, 31);
    const yen = path.join(dir, '000', 'a000060-softbank-yen.txt');
    const yenText =
      '# 소프트뱅크, 스타게이트 출자금 엔화로 조달\n\n' +
      '소프트뱅크는 스타게이트 지분 출자를 위해 3조 엔(약 27조 원)을 조달한다고 밝혔다. ' +
      '유럽 금융기관에서도 20억 유로를 빌린다.\n\n' +
      'SoftBank said it would raise 3 trillion yen for its share of the Stargate venture.\n';
    fs.writeFileSync(yen, yenText);
    const opts: CorpusOptions = { folders: [dir], useBundled: false, workers: 0 };
    const root = tmp('xref-patch-');
    Corpus.load({ ...opts, cache: new IndexCache(root) });
    const steps: [string, () => void, boolean][] = [
      [
        'an article before it edited',
        () => fs.appendFileSync(filesUnder(dir)[10], '\n\nThe site will employ 90 more people.\n'),
        true,
      ],
      ['the yen article deleted', () => fs.unlinkSync(yen), false],
      ['the yen article added back', () => fs.writeFileSync(yen, yenText), true],
      [
        'an article after it edited',
        () => fs.appendFileSync(filesUnder(dir)[100], '\n\nThe operator said 350 more workers would join.\n'),
        true,
      ],
    ];
    for (const [what, change, hasYen] of steps) {
      change();
      const cache = new IndexCache(root);
      const c = Corpus.load({ ...opts, cache });
      assert.equal(cache.snapshot, 'patched', what);
      const fresh = Corpus.load(opts);
      const eager = exportIndex(fresh);
      assert.ok(eager.learned.length > 0, 'word pairs learned');
      const keys = c.storedFigureIndex!.index.buckets.map((b) => b[0]);
      assert.equal(keys.includes('money|JPY'), hasYen, `${what}: the yen bucket`);
      assert.equal(
        c.storedFigureIndex!.index.equivalences.some(([unit]) => unit === 'JPY'),
        hasYen,
        `${what}: the yen equivalence`,
      );
      assert.deepStrictEqual(
        comparable(c.storedFigureIndex!.index, c.snapshot!.quotes),
        comparable(eager, exportQuotes(fresh)),
        what,
      );
      for (const text of reports)
        assert.equal(
          JSON.stringify(checkReport(c, text, { cache: false })),
          JSON.stringify(checkReport(fresh, text, { cache: false })),
          what,
        );
    }
    const next = new IndexCache(root);
    Corpus.load({ ...opts, cache: next });
    assert.equal(next.snapshot, 'hit');
  });

  it('a file changed while the corpus is loaded (the server): its stored tables patched, as built from its sources', () => {
    // Corpus.updateFile keeps the judges' stored tables of a snapshot's corpus, patched as a start patches them
    // (judge/derivedStream.ts addColumns), instead of leaving the next check to decode every source to build them.
    const dir = tmp('xref-patch-live-');
    writeCorpus(dir, 80, 13);
    const yen = path.join(dir, '000', 'a000040-softbank-yen.txt');
    const yenText =
      '# 소프트뱅크, 스타게이트 출자금 엔화로 조달\n\n' +
      '소프트뱅크는 스타게이트 지분 출자를 위해 3조 엔(약 27조 원)을 조달한다고 밝혔다.\n';
    fs.writeFileSync(yen, yenText);
    const opts: CorpusOptions = { folders: [dir], useBundled: false, workers: 0 };
    const root = tmp('xref-patch-');
    Corpus.load({ ...opts, cache: new IndexCache(root) });
    const cache = new IndexCache(root);
    const c = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'hit');
    checkReport(c, reports[0]);
    const edited = filesUnder(dir)[12];
    const steps: [string, () => string][] = [
      ['an article edited', () => (fs.appendFileSync(edited, '\n\nThe site will employ 90 more people.\n'), edited)],
      ['the yen article deleted', () => (fs.unlinkSync(yen), yen)],
      ['the yen article added back', () => (fs.writeFileSync(yen, yenText), yen)],
    ];
    for (const [what, change] of steps) {
      c.updateFile(change());
      assert.equal(c.storedFigureIndex?.version, c.version, `${what}: the stored tables patched`);
      assert.equal(c.snapshot?.version, c.version, `${what}: the quotation rows patched`);
      // The same sources in the same order, their tables built from them.
      const ref = Corpus.of(c.sources, c.engine);
      assert.deepStrictEqual(
        comparable(c.storedFigureIndex!.index, c.snapshot!.quotes),
        comparable(exportIndex(ref), exportQuotes(ref)),
        what,
      );
      for (const text of reports)
        assert.equal(
          JSON.stringify(checkReport(c, text, { cache: false })),
          JSON.stringify(checkReport(ref, text, { cache: false })),
          what,
        );
    }
  });

  it('the last file changed: each file is looked at once, not again when the snapshot is found reusable', () => {
    const dir = tmp('xref-patch-stat-');
    writeCorpus(dir, 60, 11);
    const opts: CorpusOptions = { folders: [dir], useBundled: false, workers: 0 };
    const root = tmp('xref-patch-');
    Corpus.load({ ...opts, cache: new IndexCache(root) });
    const files = filesUnder(dir).filter((f) => f.endsWith('.txt'));
    fs.appendFileSync(files[files.length - 1], '\n\nThe site will employ 90 more people.\n');
    // The module object itself (what the engine's imports of it read), counting the stats of the corpus's files.
    const nodeFs = require('fs') as { statSync: typeof fs.statSync };
    const statSync = nodeFs.statSync;
    let stats = 0;
    nodeFs.statSync = ((...args: Parameters<typeof fs.statSync>) => {
      if (String(args[0]).startsWith(dir)) stats++;
      return statSync(...args);
    }) as typeof fs.statSync;
    const cache = new IndexCache(root);
    try {
      Corpus.load({ ...opts, cache });
    } finally {
      nodeFs.statSync = statSync;
    }
    assert.equal(cache.snapshot, 'patched');
    assert.ok(stats < 1.5 * files.length, `${stats} stats of ${files.length} files`);
  });

  it('a load that patches shows no part of itself (its part would be judged by decoding every source); a cold one does', async () => {
    const dir = tmp('xref-patch-part-');
    writeCorpus(dir, 200, 7);
    const root = tmp('xref-patch-');
    const shown: string[] = [];
    const partial = (what: string) => ({
      firstMs: 0,
      everyMs: 0,
      minFiles: 1,
      show: () => void shown.push(what),
    });
    const opts: CorpusOptions = { folders: [dir], useBundled: false, workers: 0 };
    // A load slow enough for the part to be looked at between its slices, whatever the machine.
    const slow = () => {
      for (const until = Date.now() + 1; Date.now() < until;);
    };
    await Corpus.loadAsync({ ...opts, cache: new IndexCache(root) }, slow, undefined, partial('cold'));
    assert.ok(shown.includes('cold'), 'the cold load is shown in parts');
    fs.appendFileSync(filesUnder(dir)[30], '\n\nThe site will employ 90 more people.\n');
    const cache = new IndexCache(root);
    await Corpus.loadAsync({ ...opts, cache }, slow, undefined, partial('patched'));
    assert.equal(cache.snapshot, 'patched');
    assert.deepEqual(
      shown.filter((w) => w === 'patched'),
      [],
    );
  });

  for (const [what, where] of [
    ['its derived record', (h: Header) => (h.derived[0] + h.derived[1]) >> 1],
    ['the record of an unchanged file (copied as it is)', (h: Header) => (h.offsets[3] + h.offsets[4]) >> 1],
  ] as [string, (h: Header) => number][]) {
    it(`a stale snapshot with a flipped byte in ${what}: the findings are those of indexing afresh`, () => {
      const dir = tmp('xref-patch-bad-');
      writeCorpus(dir, 40, 3);
      const opts: CorpusOptions = { folders: [dir], useBundled: false, workers: 0 };
      const root = tmp('xref-patch-');
      Corpus.load({ ...opts, cache: new IndexCache(root) });
      const snap = path.join(new IndexCache(root).dir, 'snapshots');
      const file = path.join(snap, fs.readdirSync(snap)[0]);
      const bytes = fs.readFileSync(file);
      const tail = 12,
        hlen = bytes.readUInt32LE(bytes.length - tail);
      const header = JSON.parse(
        bytes.subarray(bytes.length - tail - hlen, bytes.length - tail).toString('utf8'),
      ) as Header;
      bytes[where(header)] ^= 0xff;
      fs.writeFileSync(file, bytes);
      fs.appendFileSync(filesUnder(dir)[20], '\n\nThe site will employ 90 more people.\n');
      const messages: string[] = [];
      const c = Corpus.load({ ...opts, cache: new IndexCache(root, undefined, (m) => messages.push(m)) });
      const fresh = Corpus.load(opts);
      for (const text of reports)
        assert.equal(
          JSON.stringify(checkReport(c, text, { cache: false })),
          JSON.stringify(checkReport(fresh, text, { cache: false })),
        );
      assert.deepEqual(
        c.sources.map((s) => s.sentences.length),
        fresh.sources.map((s) => s.sentences.length),
        'every source readable',
      );
      if (what.startsWith('its derived')) assert.match(messages.join('\n'), /checksum mismatch/);
    });
  }

  it('a snapshot finished later (the server, CorpusOptions.deferSnapshotWrite): the same corpus and identity, read by the next start once written', () => {
    const dir = tmp('xref-patch-defer-');
    writeCorpus(dir, 60, 11);
    const opts: CorpusOptions = { folders: [dir], useBundled: false, workers: 0 };
    const root = tmp('xref-patch-');
    const snaps = () =>
      fs
        .readdirSync(path.join(root, 'index'))
        .flatMap((e) => {
          const d = path.join(root, 'index', e, 'snapshots');
          return fs.existsSync(d) ? fs.readdirSync(d).map((f) => path.join(d, f)) : [];
        })
        .filter((f) => f.endsWith('.snap'));
    // A cold start: nothing on disk until it is finished, then a warm start reads it with the identity it was given.
    const cold = Corpus.load({ ...opts, cache: new IndexCache(root), deferSnapshotWrite: true });
    assert.ok(cold.identity);
    assert.deepEqual(snaps(), [], 'not written yet');
    assert.equal(cold.writeSnapshot(), true);
    assert.equal(cold.writeSnapshot(), false, 'once');
    let cache = new IndexCache(root);
    assert.equal(Corpus.load({ ...opts, cache }).identity, cold.identity);
    assert.equal(cache.snapshot, 'hit');
    // Written at once (the CLI): the identity the next start reads too.
    const other = tmp('xref-patch-');
    const atOnce = Corpus.load({ ...opts, cache: new IndexCache(other) });
    assert.equal(Corpus.load({ ...opts, cache: new IndexCache(other) }).identity, atOnce.identity);
    // Patched: the old snapshot stays on disk until the new one is finished (here by dispose).
    const [file] = snaps();
    const old = fs.readFileSync(file);
    fs.appendFileSync(
      filesUnder(dir)[7],
      '\n\nThe operator said 615 more workers would join the Abilene site in 2027.\n',
    );
    cache = new IndexCache(root);
    const patched = Corpus.load({ ...opts, cache, deferSnapshotWrite: true });
    assert.equal(cache.snapshot, 'patched');
    assert.notEqual(patched.identity, cold.identity);
    assert.ok(fs.readFileSync(file).equals(old), 'the old snapshot until then');
    const fresh = Corpus.load(opts);
    for (const text of reports)
      assert.equal(
        JSON.stringify(checkReport(patched, text, { cache: false })),
        JSON.stringify(checkReport(fresh, text, { cache: false })),
      );
    patched.dispose();
    cache = new IndexCache(root);
    const warm = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'hit');
    assert.equal(warm.identity, patched.identity);
    assert.equal(
      JSON.stringify(checkReport(warm, reports[0], { cache: false })),
      JSON.stringify(checkReport(fresh, reports[0], { cache: false })),
    );
  });

  it('a snapshot left to write when a file changes while the corpus runs: written as loaded first, the next start patches it', () => {
    const dir = tmp('xref-patch-defer-');
    writeCorpus(dir, 60, 13);
    const opts: CorpusOptions = { folders: [dir], useBundled: false, workers: 0 };
    const root = tmp('xref-patch-');
    const c = Corpus.load({ ...opts, cache: new IndexCache(root), deferSnapshotWrite: true });
    const loaded = c.identity;
    const file = filesUnder(dir)[9];
    fs.appendFileSync(file, '\n\nThe operator said 433 more workers would join the Abilene site in 2028.\n');
    c.updateFile(file);
    assert.equal(c.writeSnapshot(), false, 'written before the change');
    const fresh = Corpus.load(opts);
    const cache = new IndexCache(root);
    const next = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'patched', 'the snapshot is of the corpus as loaded');
    assert.notEqual(next.identity, loaded);
    // (The corpus updated in place lists the file last; the next start lists it where the folder has it.)
    for (const text of reports)
      assert.equal(
        JSON.stringify(checkReport(next, text, { cache: false })),
        JSON.stringify(checkReport(fresh, text, { cache: false })),
      );
  });

  it('more than a quarter of the files changed: the snapshot is not patched, the entries are read as before', () => {
    const dir = tmp('xref-patch-many-');
    writeCorpus(dir, 40, 5);
    const opts: CorpusOptions = { folders: [dir], useBundled: false, workers: 0 };
    const root = tmp('xref-patch-');
    Corpus.load({ ...opts, cache: new IndexCache(root) });
    for (const f of filesUnder(dir).slice(0, 11)) fs.appendFileSync(f, '\n\nThe site will employ 90 more people.\n');
    const cache = new IndexCache(root);
    const c = Corpus.load({ ...opts, cache });
    assert.equal(cache.snapshot, 'stale');
    assert.equal(cache.counts.misses, 11);
    const fresh = Corpus.load(opts);
    assert.equal(
      JSON.stringify(checkReport(c, reports[0], { cache: false })),
      JSON.stringify(checkReport(fresh, reports[0], { cache: false })),
    );
  });
});
