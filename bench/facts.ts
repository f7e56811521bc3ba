// What working out every stored fact of the fixture figures costs (the work a cold start does for its snapshot,
// figureFacts.ts allFacts), in CPU time of the process, and what the facts are:
//   npx tsx bench/facts.ts [ROOT] [--runs N] [--buckets] [--no-tier-up] [--dump FILE] [--bundle DIR]
// ROOT (default this checkout) is the engine measured: another commit's tree (`git archive REF | tar -x -C DIR`)
// measures that commit's engine with this harness, on this checkout's fixtures (the same figures both ways). The engine is bundled by esbuild (as dist/ is) into DIR (default a
// temporary folder) and run in a fresh process: the seeds and every test fixture folder not held out are loaded (no
// cache, no workers) and their indexes built, uncounted, then allFacts is timed over every entry, source by source and
// each source's in figure order as a cold start streams them (derivedStream.ts), or with --buckets in the index's
// bucket order (exportIndex's); each run loads them again (facts are memoised on entries and sentences).
// Prints one JSON line: entries, the CPU milliseconds of each run and their median. FACTS_PROF=FILE writes a V8 CPU
// profile of each run's allFacts pass alone (FILE.N.cpuprofile). `--dump FILE` writes every entry's
// facts (folder, source, figure, facts) as JSON lines, to compare two engines' facts byte for byte.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const HERE = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const runs = Number(opt('--runs') ?? 3);
const byBucket = args.includes('--buckets') && !!args.splice(args.indexOf('--buckets'), 1);
const dump = opt('--dump');
// (--no-tier-up: regexes compiled at their first run, as the CLI's check and index run them: cli/launch.ts)
const noTierUp = args.includes('--no-tier-up') && !!args.splice(args.indexOf('--no-tier-up'), 1);
const bundleDir = opt('--bundle') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'xref-facts-'));
const root = path.resolve(args[0] ?? HERE);

// The child, written against ROOT's engine (it uses only Corpus.load, indexOf and allFacts).
const child = `
import * as fs from 'fs';
import * as path from 'path';
import * as inspector from 'inspector';
import { Corpus } from './server/src/corpus/corpus';
import { indexOf } from './server/src/judge/figureIndex';
import * as facts from './server/src/judge/figureFacts';
const { allFacts } = facts;
const [root, runs, dump, byBucket] = [process.argv[2], Number(process.argv[3]), process.argv[4], process.argv[5] === 'buckets'];
const fixtures = path.join(root, 'test', 'fixtures');
const folders = [
  path.join(root, 'seeds'),
  ...fs.readdirSync(fixtures)
    .filter((d) => !/heldout|^reports$|^newcomer$/.test(d))
    .map((d) => path.join(fixtures, d))
    .map((d) => (fs.existsSync(path.join(d, 'sources')) ? path.join(d, 'sources') : d)),
];
const load = () =>
  folders.map((dir) => {
    const corpus = Corpus.load({ folders: [dir], useBundled: false, workers: 0 });
    return { dir, corpus, idx: indexOf(corpus) };
  });
const sortedKeys = (f: object | undefined) => f && Object.fromEntries(Object.entries(f).sort(([a], [b]) => (a < b ? -1 : 1)));
type Idx = ReturnType<typeof indexOf>;
type Ent = ReturnType<Idx['buckets']['get']> extends infer B ? (B extends { all: readonly (infer E)[] } ? E : never) : never;
// The entries in the order a cold start works out their facts (derivedStream.ts: source by source, each source's in
// its figure order), or with --buckets in the index's bucket order (exportIndex's order).
const order = ({ idx, corpus }: { idx: Idx; corpus: Corpus }): Ent[] => {
  const all = [...idx.buckets.values()].flatMap((b) => b.all);
  if (byBucket) return all;
  const srcNo = new Map<object, number>(corpus.sources.map((s, i) => [s, i]));
  return all.sort((a, b) => srcNo.get(a.src)! - srcNo.get(b.src)! || a.fi - b.fi);
};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const prof = process.env.FACTS_PROF;
const session = new inspector.Session();
if (prof) session.connect();
const post = (m: string) => {
  let out: unknown;
  session.post(m, (err, res) => { if (err) throw err; out = res; });
  return out;
};
if (prof) post('Profiler.enable');
// FACTS_SPLIT=1: the wall time of each reader allFacts calls (as of session 40, those the engine has), summed over the
// entries.
const split = !!process.env.FACTS_SPLIT;
const readers = split
  ? [
      'entryChange',
      'entryNarrowing',
      'entryVague',
      'shareOfEntry',
      'clauseCountries',
      'sentenceCountries',
      'clauseEntities',
      'clauseEvents',
      'sentenceEvents',
      'entryArea',
      'isThreshold',
      'speaksOfParts',
      'entryScope',
      'entryClauseActor',
      'entryHead',
      'entryMembers',
      'entryPlanned',
      'entrySectionPlaces',
      'entrySaidOn',
      'entryDatelineDays',
      'entryAsOf',
      'entryDenied',
      'entryEach',
      'entryKoSites',
      'entryItem',
      'entryItemOthers',
      'entryPartCount',
      'entryGenerates',
      'entryCarriedOwner',
      'entryIssuer',
      'entrySummed',
      'entryKoName',
      'entryLater',
      'entryInstead',
      'entryRevised',
    ].filter((n) => n in facts)
  : [];
const spent: Record<string, number> = {};
const ms: number[] = [];
let entries = 0;
for (let r = 0; r < runs; r++) {
  const all = load();
  (globalThis as { gc?: () => void }).gc?.();
  const lists = all.map(order);
  if (prof) post('Profiler.start');
  const t = cpu();
  entries = 0;
  if (split) {
    // (each reader allFacts calls, in its order, timed apart: the facts each one works out first)
    for (const list of lists)
      for (const e of list) {
        for (const name of readers) {
          const t0 = performance.now();
          (facts as unknown as Record<string, (e: Ent) => unknown>)[name](e);
          spent[name] = (spent[name] ?? 0) + performance.now() - t0;
        }
        allFacts(e);
        entries++;
      }
  } else for (const list of lists) for (const e of list) { allFacts(e); entries++; }
  ms.push(Math.round(cpu() - t));
  if (prof) fs.writeFileSync(prof + '.' + r + '.cpuprofile', JSON.stringify((post('Profiler.stop') as { profile: unknown }).profile));
  if (dump && r === 0) {
    const out: string[] = [];
    for (const { dir, idx } of all)
      for (const [k, b] of idx.buckets)
        for (const e of b.all)
          out.push(JSON.stringify([path.relative(root, dir), k, e.src.file && path.relative(dir, e.src.file), e.src.figures.indexOf(e.fig), sortedKeys(e.facts)]));
    fs.writeFileSync(dump, out.join('\\n') + '\\n');
  }
}
const sorted = [...ms].sort((a, b) => a - b);
console.log(JSON.stringify({ entries, ms, median: sorted[sorted.length >> 1], ...(split ? { spent: Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Math.round(v / runs)])) } : {}) }));
`;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const esbuild = require('esbuild') as typeof import('esbuild');
const outfile = path.join(bundleDir, 'facts.js');
esbuild.buildSync({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  absWorkingDir: root,
  stdin: { contents: child, resolveDir: root, sourcefile: 'factsChild.ts', loader: 'ts' },
  outfile,
});
const r = spawnSync(
  process.execPath,
  [
    ...(noTierUp ? ['--no-regexp-tier-up'] : []),
    '--expose-gc',
    outfile,
    HERE,
    String(runs),
    dump ?? '',
    byBucket ? 'buckets' : 'stream',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', cwd: bundleDir },
);
process.stdout.write(r.stdout);
process.exit(r.status ?? 1);
