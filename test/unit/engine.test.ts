// Engine objects (server/src/engine.ts): two engines in one process share no term id and no cache, whatever
// order their work is done in, and a long-lived engine keeps only its corpora's terms however many reports it
// checks (a report's own terms are scratch: text/terms.ts).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createEngine, type Engine } from '../../server/src/engine';
import type { Check } from '../../server/src/checks';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { blockCache } from '../../server/src/judge/checkCache';
import { defaultSubjectContext } from '../../server/src/extract/subjects';
import type { CheckResult } from '../../server/src/types';

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'seeds');
const MINI = path.join(ROOT, 'test', 'fixtures', 'mini');
const EXCHANGE = path.join(ROOT, 'test', 'fixtures', 'exchange');
const reportFiles = [
  ...fs
    .readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join(ROOT, 'examples', f)),
  ...['reports', 'newcomer'].flatMap((d) =>
    fs
      .readdirSync(path.join(ROOT, 'test', 'fixtures', d))
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(ROOT, 'test', 'fixtures', d, f)),
  ),
];
const reports = reportFiles.map((f) => fs.readFileSync(f, 'utf8'));

/** A corpus of the seeds (A) and one of the two fixture folders and the seeds as a plain folder, in that order (B: other ids). */
const A = { folders: [] as string[] };
const B = { folders: [MINI, EXCHANGE, SEEDS], useBundled: false };

const json = (r: CheckResult) => JSON.stringify(r);

/** What a fresh engine gives on a corpus: every report checked in turn, then the index. */
function alone(options: Parameters<Engine['loadCorpus']>[0]): { checks: string[]; index: string } {
  const e = createEngine();
  const c = e.loadCorpus(options);
  return { checks: reports.map((r) => json(e.check(c, r))), index: JSON.stringify(e.indexJson(c)) };
}

describe('engine objects (createEngine)', function () {
  this.timeout(600_000);
  let aloneA: ReturnType<typeof alone>, aloneB: ReturnType<typeof alone>;
  before(() => {
    aloneA = alone(A);
    aloneB = alone(B);
    assert.notDeepEqual(aloneA.checks, aloneB.checks, 'the two corpora judge the reports differently');
    // An engine judges as the default engine (Corpus.load, checkReport) does.
    const c = Corpus.load(B);
    assert.deepEqual(
      reports.map((r) => json(checkReport(c, r))),
      aloneB.checks,
    );
  });

  it('two engines on different corpora, their loads and checks interleaved, each give what they give alone', () => {
    const defaultTerms = defaultSubjectContext().terms.size;
    const a = createEngine(),
      b = createEngine();
    assert.notEqual(a.subjects.terms, b.subjects.terms, 'each engine has its own term table');
    const ca = a.loadCorpus(A);
    const termsA = a.termCount;
    let cb: Corpus | undefined;
    const outA: string[] = [],
      outB: string[] = [];
    for (const r of reports) {
      outA.push(json(a.check(ca, r)));
      // B indexes between A's first and second check; later it checks between A's.
      cb ??= b.loadCorpus(B);
      outB.push(json(b.check(cb, r)));
    }
    assert.deepEqual(outA, aloneA.checks);
    assert.deepEqual(outB, aloneB.checks);
    // Again in the other order, from each engine's block cache.
    for (let i = reports.length - 1; i >= 0; i--) {
      assert.equal(json(b.check(cb!, reports[i])), aloneB.checks[i], reportFiles[i]);
      assert.equal(json(a.check(ca, reports[i])), aloneA.checks[i], reportFiles[i]);
    }
    assert.equal(JSON.stringify(a.indexJson(ca)), aloneA.index);
    assert.equal(JSON.stringify(b.indexJson(cb!)), aloneB.index);
    // B's articles and both engines' reports added nothing to A's table.
    assert.equal(a.termCount, termsA);
    assert.ok(b.termCount > termsA, `B's corpus holds more terms (${b.termCount}) than the seeds alone (${termsA})`);
    assert.equal(defaultSubjectContext().terms.size, defaultTerms, "the default engine's table is not touched");
  });

  it('an engine indexing on a worker thread beside another engine checking gives what it gives alone', () => {
    const a = createEngine(),
      w = createEngine({ workers: 1 });
    const ca = a.loadCorpus(A);
    const termsA = a.termCount;
    const out: string[] = [];
    a.check(ca, reports[0]);
    const cw = w.loadCorpus(B);
    assert.equal(cw.indexedWith.workers, 1, 'indexed with a worker thread');
    for (const r of reports) {
      out.push(json(w.check(cw, r)));
      a.check(ca, r);
    }
    assert.deepEqual(out, aloneB.checks);
    assert.equal(JSON.stringify(w.indexJson(cw)), aloneB.index);
    assert.equal(a.termCount, termsA);
  });

  it('one engine checking against its corpus while it indexes a new one (a server re-indexing) gives what fresh engines give', async () => {
    const e = createEngine(),
      other = createEngine();
    const old = e.loadCorpus(A);
    const oc = other.loadCorpus(A);
    // The load yields every 8 ms (Corpus.loadAsync), not every file: a file that takes 3 ms more (a slow disk)
    // makes this load several slices, so checks run between them on any machine.
    const pending = e.loadCorpusAsync(B, () => {
      const t = Date.now();
      while (Date.now() - t < 3) {
        /* slow disk */
      }
    });
    let done = false,
      i = 0,
      between = 0;
    void pending.then(() => {
      done = true;
    });
    // Checks (the old corpus's, and another engine's) run between the slices of the load.
    while (!done) {
      const r = reports[i++ % reports.length];
      assert.equal(json(e.check(old, r)), aloneA.checks[(i - 1) % reports.length]);
      other.check(oc, r);
      between++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.ok(between > 1, `checks ran between the load's slices (${between})`);
    const fresh = await pending;
    assert.equal(JSON.stringify(e.indexJson(fresh)), aloneB.index);
    assert.deepEqual(
      reports.map((r) => json(e.check(fresh, r))),
      aloneB.checks,
    );
  });

  // 2,000 memos of 9 blocks each: more than twice what the block cache keeps (8,000, judge/checkCache.ts), and past
  // the 1,000 entries at which the column-unit memo starts over. (5,000 until session 42: the same proof, 2.5 times
  // the time, ~38 s on the CI machine; one report that left a term behind fails it.)
  it("keeps only its corpus's terms over 2,000 distinct reports, and judges the same after clearCaches()", () => {
    const e = createEngine();
    const c = e.loadCorpus(A);
    const probe = reports[0];
    const first = json(e.check(c, probe));
    const corpusTerms = e.termCount;
    // What the reports' own words add while their check runs (read by a check of the report's own).
    let scratch = 0;
    const peek: Check = {
      id: 'peek',
      codes: [],
      scope: 'report',
      judge: () => {
        scratch = Math.max(scratch, e.subjects.terms.sizeWithScratch - e.subjects.terms.size);
        return [{ claims: [], findings: [] }];
      },
    };
    let claims = 0;
    const memos = 2000;
    for (let i = 0; i < memos; i++) claims += e.check(c, memo(i), { extraChecks: [peek] }).claims.length;
    assert.ok(claims > memos * 4, `the memos' figures and quotations were judged (${claims} claims)`);
    assert.equal(blockCache(c).size, 8000, 'the block cache is full: it has let the first memos’ blocks go');
    assert.equal(e.termCount, corpusTerms, 'no term of a report stays');
    assert.ok(scratch > 10, `a memo's own words are new terms while it is checked (${scratch})`);
    assert.equal(e.subjects.terms.sizeWithScratch, corpusTerms);
    assert.equal(json(e.check(c, probe)), first);
    assert.equal(json(e.check(c, probe, { cache: false })), first);
    e.clearCaches();
    assert.equal(json(e.check(c, probe)), first, 'the same after the caches are dropped');
    assert.equal(first, aloneA.checks[0]);
  });
});

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A research-desk site memo about one more (invented) data-center project: a town, a developer, its chief
 * executive and a utility no other memo names, and figures of their own, the way such memos are written.
 */
function memo(i: number): string {
  const r = rng(i + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const syl = [
    'var',
    'ton',
    'mel',
    'bro',
    'ska',
    'lin',
    'dor',
    'qua',
    'zen',
    'pel',
    'rix',
    'hol',
    'mun',
    'tar',
    'vey',
    'gam',
  ];
  const name = (n: number) => {
    let s = '';
    for (let k = 0; k < n; k++) s += pick(syl);
    return s[0].toUpperCase() + s.slice(1) + (i % 997).toString(36);
  };
  const town = name(2),
    firm = name(3) + ' Compute',
    ceo = `${pick(['Dana', 'Ravi', 'Ines', 'Tomas', 'Mei'])} ${name(2)}`,
    utility = name(2) + ' Power';
  const state = pick(['Ohio', 'Texas', 'New Mexico', 'Wisconsin', 'Michigan']);
  const money = 2 + Math.floor(r() * 90),
    jobs = (1 + Math.floor(r() * 40)) * 100,
    mw = (1 + Math.floor(r() * 12)) * 100;
  return [
    `# Site memo ${i + 1}: ${town}, ${state}`,
    '',
    `*Research desk, week ${1 + (i % 52)}*`,
    '',
    `${firm} said it would spend $${money} billion on a data center campus outside ${town}, ${state}, that would draw ${mw} megawatts from ${utility}.`,
    `The company expects about ${jobs} construction jobs and ${Math.round(jobs / 10)} permanent ones at the site.`,
    `“We picked ${town} for its grid and its water,” said ${ceo}, ${firm}'s chief executive.`,
    '',
    `| Item | ${town} |`,
    '| --- | --- |',
    `| Capex | $${money} billion |`,
    `| Power | ${mw} MW |`,
    '',
    `${utility} has not said when the substation it promised ${firm} will be finished.`,
    '',
  ].join('\n');
}

// Cross-language links (names by sound, learned word pairs, places) are kept past a check by the corpus's term
// weights and the judges' memos; a report's own words have scratch ids that the next check gives to other words.
// What is kept is keyed so that no scratch id outlives its check (by name, or not kept): one engine checking
// reports one after the other judges each as a fresh engine does.
describe('engine objects: cross-language words across checks', function () {
  this.timeout(600_000);
  const XLANG = path.join(ROOT, 'test', 'fixtures', 'unseen-xlang');
  const HELDOUT = path.join(ROOT, 'test', 'fixtures', 'unseen-xlang-heldout');
  const options = { folders: [path.join(XLANG, 'sources'), path.join(HELDOUT, 'sources')], useBundled: false };
  const texts = [
    fs.readFileSync(path.join(XLANG, 'report-en.md'), 'utf8'),
    fs.readFileSync(path.join(HELDOUT, 'report-uae-en.md'), 'utf8'),
    ...['report-crosslang-en.md', 'report-crosslang-ko.md'].map((f) =>
      fs.readFileSync(path.join(ROOT, 'test', 'heldout', 'mixed-report', f), 'utf8'),
    ),
    // Words no source has, in both scripts, in sentences about the sources' sites: their scratch ids take the
    // numbers other reports' words had.
    'The Narvik site could eventually reach 1.5 gigawatts, Vorlanth said. 브로스카 부지는 1.5기가와트다.',
    'The Lordstown and Milam County sites could scale to 2.5 gigawatts within 18 months. Sakai will host 150 megawatts.',
    '나르비크 데이터센터는 520메가와트 규모로 지어진다. 사카이 부지의 투자액은 10억 달러다.',
  ];

  it('two different reports checked one after the other give what each gives on a fresh engine', () => {
    const fresh = texts.map((t) => {
      const e = createEngine();
      return json(e.check(e.loadCorpus(options), t, { cache: false }));
    });
    assert.ok(
      fresh.some((r) => /"lang":"ko"/.test(r)) && fresh.some((r) => /figure-mismatch/.test(r)),
      'the reports are judged across languages',
    );
    const e = createEngine();
    const c = e.loadCorpus(options);
    const terms = e.termCount;
    for (const order of [
      texts.map((_, i) => i),
      texts.map((_, i) => texts.length - 1 - i),
      [4, 0, 6, 1, 5, 2, 4, 3, 6],
    ]) {
      for (const i of order)
        assert.equal(json(e.check(c, texts[i], { cache: false })), fresh[i], `report ${i} (order ${order.join(',')})`);
    }
    // The same through the block cache, and after another engine's checks on the same files.
    const other = createEngine();
    const oc = other.loadCorpus(options);
    for (let i = 0; i < texts.length; i++) {
      other.check(oc, texts[texts.length - 1 - i]);
      assert.equal(json(e.check(c, texts[i])), fresh[i], `report ${i} (block cache)`);
    }
    assert.equal(e.termCount, terms, 'no term of a report stays');
  });
});
