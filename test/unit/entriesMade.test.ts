// The figure index makes an Entry for a source figure only when a check keeps it or reads it (judge/figureIndex.ts),
// and keeps every Entry it made for the corpus's life: a claim's candidates are found as entry numbers
// (candidateNumbers) and those below the subject bar are set aside from what the bucket keeps; a source's figures
// of a few sentences are made for those sentences alone (sentenceEntries, entriesOf with `keep`). No finding changes.
import { strict as assert } from 'assert';
import { Corpus } from '../../server/src/corpus/corpus';
import { IndexCache } from '../../server/src/corpus/cache';
import { checkReport } from '../../server/src/judge/check';
import {
  bucketKey,
  candidateNumbers,
  candidates,
  entriesMade,
  entriesOf,
  indexOf,
  sentenceEntries,
  storedSubjectsBuilt,
} from '../../server/src/judge/figureIndex';
import { writeCorpus } from '../../bench/generate';
import { tempDirs } from './cacheFixtures';
import { writtenSources } from './judged';

const { tmp, cleanup } = tempDirs();
after(cleanup);

const madeIn = (c: Corpus) => entriesMade(c).made;

describe('entries made only where a check reads them', function () {
  // A corpus of 200 generated articles indexed and read warm: slow on a loaded machine.
  this.timeout(600000);
  let root: string, dir: string;
  before(() => {
    dir = tmp('xref-made-gen-');
    writeCorpus(dir, 200, 28);
    root = tmp('xref-made-cache-');
    Corpus.load({ folders: [dir], useBundled: false, workers: 0, cache: new IndexCache(root) });
  });
  const warm = () => {
    const cache = new IndexCache(root);
    const c = Corpus.load({ folders: [dir], useBundled: false, workers: 0, cache });
    assert.equal(cache.snapshot, 'hit');
    return c;
  };

  it("a source's figures of some sentences: those made, the same entries in the same order", () => {
    const c = warm();
    const idx = indexOf(c);
    let asked = 0,
      left = 0;
    for (const src of c.sources.slice(0, 40)) {
      for (const [from, to] of [
        [3, 3],
        [5, 7],
      ]) {
        const before = madeIn(c);
        const got = sentenceEntries(idx, src, from, to);
        // (at most those: none of the source's other figures)
        assert.ok(madeIn(c) - before <= got.length, `${madeIn(c) - before} made for ${got.length}`);
        assert.ok(got.every((e) => e.sentence >= from && e.sentence <= to));
        asked += got.length;
        left += src.figures.length - got.length;
        // (entriesOf makes every one of the source's entries: after it, the same objects)
        const all = entriesOf(idx, src).filter((e) => e.sentence >= from && e.sentence <= to);
        assert.deepEqual(got, all);
        assert.ok(got.every((e, k) => e === all[k]));
      }
    }
    assert.ok(asked > 20 && left > asked, `${asked} entries asked for, ${left} not`);
    const c2 = warm();
    const idx2 = indexOf(c2);
    const before = madeIn(c2);
    const some = entriesOf(idx2, c2.sources[0], (b, i) => b.unitOf(i) === 'USD');
    assert.ok(some.length > 0 && madeIn(c2) - before <= some.length);
    assert.ok(c2.sources[0].figures.some((f) => f.unit !== 'USD'));
    assert.ok(some.every((e) => e.unit === 'USD'));
  });

  it("a claim's candidates found as numbers make no entry; candidates() makes those, in that order", () => {
    const c = warm();
    const idx = indexOf(c);
    const fig = c.sources[3].figures.find((f) => f.kind === 'money')!;
    assert.ok(fig, 'a figure is read');
    const before = madeIn(c);
    const t = candidateNumbers(idx, fig, fig.unit, c.weights);
    assert.ok(t && t.nos.length > 50, `${t?.nos.length} candidates`);
    assert.equal(madeIn(c), before, 'none made');
    assert.equal(t.bucket, idx.buckets.get(bucketKey(fig.kind, fig.unit)));
    const es = candidates(idx, fig, fig.unit, c.weights);
    assert.deepEqual(
      es.map((e) => t.bucket.numberOf(e)),
      [...t.nos],
    );
  });

  it('a check judges as a corpus with all of its entries made does', () => {
    const report = [
      '# Notes',
      '',
      'The Abilene campus in Texas will cost $40 billion to build and draw 1.2 gigawatts.',
      'OpenAI, SoftBank and Oracle said they would invest $500 billion over four years.',
      '',
    ].join('\n');
    const c = warm();
    const got = checkReport(c, report, { cache: false });
    const { entries, made } = entriesMade(c);
    assert.ok(made < entries, `${made} of ${entries} made`);
    // Every entry made: the same result.
    const all = warm();
    for (const bk of indexOf(all).buckets.values()) void bk.all;
    assert.equal(JSON.stringify(checkReport(all, report, { cache: false })), JSON.stringify(got));
  });
});

describe('an entry', function () {
  this.timeout(600000);
  it('holds its source, rows and number only: its facts, places and subject are kept where its fields are', () => {
    const dir = tmp('xref-entry-gen-');
    writeCorpus(dir, 60, 5);
    const root = tmp('xref-entry-cache-');
    const opts = { folders: [dir], useBundled: false, workers: 0 };
    Corpus.load({ ...opts, cache: new IndexCache(root) });
    const c = Corpus.load({ ...opts, cache: new IndexCache(root) });
    const idx = indexOf(c);
    const b = [...idx.buckets.values()].find((x) => x.size > 20)!;
    const e = b.entry(3);
    assert.deepEqual(Object.keys(e).sort(), ['no', 'rows', 'src']);
    // Stored facts, read through it; set ones read back, and given way to when stored ones are given again.
    const stored = e.facts;
    assert.ok(stored && Object.isFrozen(stored), 'the stored record');
    const own = {};
    e.facts = own;
    assert.equal(e.facts, own);
    assert.equal(b.entry(3).facts, own, 'the same entry');
    // Places worked out once, kept.
    assert.equal(e.places, undefined);
    e.places = ['texas'];
    assert.deepEqual(b.entry(3).places, ['texas']);
    assert.equal(b.entry(4).places, undefined);
    // The subject built once, the same object after, and what its terms read.
    const built = storedSubjectsBuilt(c);
    const subj = e.subject;
    assert.equal(e.subject, subj);
    assert.equal(e.terms, subj);
    assert.equal(storedSubjectsBuilt(c), built + 1);
    assert.notEqual(b.entry(4).terms, subj);
  });
});

describe('candidates below the subject bar', () => {
  it('are not made by the check', () => {
    // An article about the campus, and Texas power news that shares only the state with the line.
    const c = writtenSources({
      'campus.md': [
        '# Abilene campus to draw 1.2 gigawatts',
        '',
        'ABILENE, Texas - The Stargate campus in Abilene will draw 1.2 gigawatts when it is complete, Crusoe said on',
        'Tuesday.',
        '',
      ].join('\n'),
      'grid.md': [
        '# Grid operator raises its forecast',
        '',
        'AUSTIN - The state grid operator expects peak demand in Texas to reach 150 gigawatts by 2031, it said in a',
        'filing on Monday, citing new factories, oil field electrification and population growth.',
        '',
      ].join('\n'),
      'solar.md': [
        '# Solar farm opens near Lubbock',
        '',
        'LUBBOCK, Texas - A 300 megawatt solar farm began selling power to the grid on Friday, its owner said.',
        '',
      ].join('\n'),
      'wind.md': [
        '# Wind developer files plans',
        '',
        'HOUSTON - A developer filed plans for 800 megawatts of offshore wind in Texas waters, the first such filing.',
        '',
      ].join('\n'),
      'storage.md': [
        '# Battery storage',
        '',
        'DALLAS - Texas added 4 gigawatts of battery storage last year, more than any other state, a trade group said.',
        '',
      ].join('\n'),
    });
    const line = 'The Stargate campus in Abilene, Texas, will draw 1.2 gigawatts when it is complete, Crusoe said.\n';
    const r = checkReport(c, line, { cache: false });
    assert.deepEqual(
      r.claims.map((x) => [x.text, x.status]),
      [['1.2 gigawatts', 'supported']],
    );
    const idx = indexOf(c);
    const b = idx.buckets.get(bucketKey('power', 'MW'))!;
    const campus = c.sources.find((s) => s.file.endsWith('campus.md'))!;
    // (the campus article's figure, as the line would be: its candidates share a subject term with it)
    const fig = campus.figures.find((f) => f.kind === 'power' && f.subject.weightOf('texas') !== undefined)!;
    const t = candidateNumbers(idx, fig, fig.unit, c.weights)!;
    const others = [...t.nos].filter((i) => t.bucket.sourceOf(i) !== campus);
    assert.equal(others.length, 4, 'the Texas power figures are candidates');
    for (const i of others) assert.equal(b.madeEntry(i), undefined, `${b.sourceOf(i).file}'s figure is not made`);
  });
});
