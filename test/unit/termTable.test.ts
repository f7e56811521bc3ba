// The term table is bounded (issue 12): an engine whose corpus changes file by file, or is replaced again and
// again, keeps only what its live corpora need (engineState.ts, boundTerms), and judges as a fresh engine does.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { createEngine, indexJson, type Engine } from '../../server/src/engine';
import type { Corpus } from '../../server/src/corpus/corpus';
import { TermTable } from '../../server/src/text/terms';
import { IndexCache } from '../../server/src/corpus/cache';
import { ROOT } from './reports';

const SOURCES = path.join(ROOT, 'test/fixtures/unseen-figures/sources');
const REPORTS = ['report-en.md', 'report-ko.md'].map((f) =>
  fs.readFileSync(path.join(ROOT, 'test/fixtures/unseen-figures', f), 'utf8'),
);

const SYLLABLES = ['kel', 'mar', 'bro', 'vin', 'dal', 'tor', 'sen', 'quil', 'ash', 'wen'];
/** A made-up name of its own for each n (Kelmarbro, Kelmarvin, …). */
function nameOf(n: number): string {
  let s = '';
  for (let k = 0; k < 4; k++, n = Math.floor(n / SYLLABLES.length)) s += SYLLABLES[n % SYLLABLES.length];
  return s[0].toUpperCase() + s.slice(1);
}

/** A local paper's brief on a town council's vote: its town and its councillors are names no other brief has. */
function brief(i: number): string {
  const town = nameOf(i * 13);
  const members = Array.from({ length: 8 }, (_, k) => `${nameOf(i * 13 + k + 1)} ${nameOf(i * 13 + k + 5000)}`);
  return `${town} council backs data center rezoning

By ${nameOf(i * 13 + 9000)}

${town.toUpperCase()}, Ohio, May 2 (${town} Ledger) - The ${town} town council voted on Tuesday to rezone 300 acres for a data center campus that the developer says could one day serve the Stargate venture.

Councillors ${members.join(', ')} voted for the plan, which promises about 250 permanent jobs and 1,200 construction jobs.
`;
}

function tempCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-terms-'));
  for (const f of fs.readdirSync(SOURCES)) fs.copyFileSync(path.join(SOURCES, f), path.join(dir, f));
  return dir;
}

/** What a corpus gives: its index and the check of both reports (no term id in either). */
function results(engine: Engine, corpus: Corpus): string {
  return JSON.stringify({ index: indexJson(corpus), checks: REPORTS.map((r) => engine.check(corpus, r)) });
}

describe('term table: compact', () => {
  it('keeps the seed and the live terms, in their order, and renumbers them', () => {
    const t = new TermTable(['a', 'b']);
    for (const x of ['c', 'd', 'e']) t.id(x);
    const map = t.compact((id) => id === 3);
    assert.deepEqual([...map], [0, 1, -1, 2, -1]);
    assert.deepEqual([t.name(0), t.name(1), t.name(2)], ['a', 'b', 'd']);
    assert.equal(t.size, 3);
    assert.equal(t.id('d'), 2);
    assert.equal(t.id('c'), 3);
  });
});

describe('term table: bounded in a long-running engine', function () {
  this.timeout(600_000);
  let dir: string;
  beforeEach(() => (dir = tempCopy()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a file rewritten many times: the terms of its old versions are let go of, and results stay the same', () => {
    const engine = createEngine({ termLimit: 1 });
    // The same corpus and updates in an engine that never compacts (an updated file goes last in both).
    const twin = createEngine({ termLimit: Infinity });
    const corpus = engine.loadCorpus({ folders: [dir], useBundled: false });
    const twinCorpus = twin.loadCorpus({ folders: [dir], useBundled: false });
    const live = engine.termCount;
    const file = path.join(dir, 'council-brief-en.txt');
    let most = 0;
    for (let i = 0; i < 60; i++) {
      fs.writeFileSync(file, brief(i));
      corpus.updateFile(file);
      twinCorpus.updateFile(file);
      most = Math.max(most, engine.termCount);
      // now and then, results mid-way (the judges' indexes are rebuilt after a compaction)
      if (i % 20 === 19)
        assert.ok(results(engine, corpus) === results(twin, twinCorpus), `results differ after ${i + 1}`);
    }
    // Each version brings about 30 new terms (1,800 in all); the table never holds much more than twice the live ones.
    assert.ok(engine.compactions > 0, 'never compacted');
    assert.ok(most <= 2 * (live + 40), `${most} terms at most, ${live} live at the start`);
    assert.ok(twin.termCount > live + 1000, `the twin holds ${twin.termCount}, ${live} live at the start`);
  });

  it('a corpus replaced many times: the replaced corpora’s terms are let go of once they are', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const engine = createEngine({ termLimit: 1 });
    const file = path.join(dir, 'council-brief-en.txt');
    let corpus = engine.loadCorpus({ folders: [dir], useBundled: false });
    const live = engine.termCount;
    let most = 0;
    for (let i = 0; i < 40; i++) {
      fs.writeFileSync(file, brief(i));
      // The old corpus is let go of (as the language server does when its settings change) before the next loads.
      corpus = undefined as unknown as Corpus;
      await new Promise((r) => setImmediate(r));
      gc();
      corpus = await engine.loadCorpusAsync({ folders: [dir], useBundled: false });
      most = Math.max(most, engine.termCount);
    }
    assert.ok(most <= 2 * (live + 40), `${most} terms at most, ${live} live at the start`);
    const fresh = createEngine();
    const same = results(engine, corpus) === results(fresh, fresh.loadCorpus({ folders: [dir], useBundled: false }));
    assert.ok(same, 'results differ from a fresh engine’s');
  });

  it('a corpus still held is kept whole: the other corpus of the engine judges as it did', () => {
    const engine = createEngine({ termLimit: 1 });
    const kept = engine.loadCorpus({ folders: [dir], useBundled: false });
    const before = results(engine, kept);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-terms-other-'));
    try {
      const file = path.join(other, 'council-brief-en.txt');
      const changing = engine.loadCorpus({ folders: [other], useBundled: false });
      for (let i = 0; i < 30; i++) {
        fs.writeFileSync(file, brief(i));
        changing.updateFile(file);
      }
      assert.ok(engine.compactions > 0, 'never compacted');
      assert.ok(results(engine, kept) === before, 'the kept corpus judges otherwise');
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
  it('a corpus read from a snapshot (its sources decoded when read) judges as it did after compactions', () => {
    const engine = createEngine({ termLimit: 1 });
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-terms-cache-'));
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-terms-other-'));
    try {
      const opts = { folders: [dir], useBundled: false, sourceCache: 2 };
      createEngine().loadCorpus({ ...opts, cache: new IndexCache(root) }); // writes the snapshot
      // The changing corpus's first terms come before the snapshot's: when they are let go of, the snapshot's
      // terms get other ids, and so must the sources decoded after that.
      const file = path.join(other, 'council-brief-en.txt');
      fs.writeFileSync(file, brief(100));
      const changing = engine.loadCorpus({ folders: [other], useBundled: false });
      const cache = new IndexCache(root);
      const kept = engine.loadCorpus({ ...opts, cache });
      assert.equal(cache.snapshot, 'hit');
      const before = results(engine, kept);
      // Subjects by term name, decoded (two bodies held: most are decoded again after each compaction).
      const subjects = () => kept.sources.map((x) => x.figures.map((f) => f.subject.entries()));
      const named = JSON.stringify(subjects());
      const compactions = engine.compactions;
      for (let i = 0; i < 30; i++) {
        fs.writeFileSync(file, brief(i));
        changing.updateFile(file);
        // Bodies decoded between compactions, and after them with the renumbered terms.
        if (i % 10 === 0) REPORTS.forEach((r) => engine.check(kept, r));
      }
      assert.ok(engine.compactions > compactions, 'never compacted');
      assert.ok(results(engine, kept) === before, 'the snapshot corpus judges otherwise');
      assert.ok(JSON.stringify(subjects()) === named, 'the subjects of sources decoded after a compaction differ');
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
