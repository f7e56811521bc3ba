// npm run bench: the scaling table. Medians over several runs, growth ratios between sizes, peak memory,
// and the issue's targets next to each number. Benchmarks report; they never fail a build.
//   npm run bench                   everything (a few minutes; generates .bench/ the first time)
//   npm run bench -- --quick        fewer runs, no 100k-line report, no 10,000-article corpus
//   npm run bench -- index check server cli cache long   only those sections (long: one long report line of
//                                    many figures, in several shapes at doubling sizes; XREF_BENCH_LONG=REGEX
//                                    only the shapes whose name it matches)
//   npm run bench -- big (or --big)  also 1,000 / 10,000 / 100,000 articles with the index cache, cold and warm
//                                    (writes ~0.9 GB under .bench/; the cold 100,000 takes many minutes)
//   npm run bench -- --baseline REF  also runs REF's engine (a git worktree under .bench/), alternating with this
//                                    one, and prints each median beside the baseline's with the ratio
//   npm run bench -- --engine REF    measures REF's engine in place of this checkout's (with --baseline: compare
//                                    two past commits with this harness, e.g. before and after a refactor)
import { spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BENCH_DIR, ROOT, corpusDir, htmlCorpusDir, reportFile } from './generate';
import { MIN_PARALLEL_FILES } from '../server/src/corpus/parallel';
import { LONG_SHAPES, longLineFile } from './longLines';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const sections = args.filter(
  (a, i) => !a.startsWith('--') && args[i - 1] !== '--baseline' && args[i - 1] !== '--engine',
);
const BIG = args.some((a) => a === '--big' || a.startsWith('--big=')) || sections.includes('big');
const want = (s: string) => (!sections.length && !(BIG && args.length === 1)) || sections.includes(s);
const refArg = (flag: string) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const ref = args[i + 1];
  args.splice(i, 2);
  return ref;
};
const BASE_REF = refArg('--baseline');
const ENGINE_REF = refArg('--engine');
/** The checkout measured as "this": the working tree, or --engine REF's worktree. */
let CUR_DIR = ROOT;
let ENGINE = path.join(BENCH_DIR, 'engine');
/** The baseline's checkout and its bundled child, when --baseline was given. */
let base: { dir: string; engine: string; sha: string } | undefined;

// ---------------------------------------------------------------- helpers

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
}
/** A median with the spread of the runs it came from: "231 ms (224–260, 5 runs)". */
export function spread(xs: number[]): string {
  if (xs.length < 2) return ms(median(xs)) + ' (1 run)';
  return `${ms(median(xs))} (${ms(Math.min(...xs)).replace(' ms', '')}–${ms(Math.max(...xs))}, ${xs.length} runs)`;
}
/** This engine's runs beside the baseline's: "baseline 240 ms (231–252), this / baseline = 0.96". */
function vsBase(cur: number[], old: number[] | undefined): string | undefined {
  if (!old || !old.length) return undefined;
  return `${spread(old)}; this / baseline = ${(median(cur) / median(old)).toFixed(2)}`;
}
/** n runs of f for this engine, and for the baseline's alternately when there is one (the same load on both). */
function paired<T>(n: number, f: (engine: string) => T): { cur: T[]; old?: T[] } {
  const cur: T[] = [],
    old: T[] = [];
  for (let i = 0; i < n; i++) {
    cur.push(f(ENGINE));
    if (base) old.push(f(base.engine));
  }
  return { cur, old: base ? old : undefined };
}
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) + ' ms';
const mb = (bytes: number) => (bytes / 1048576).toFixed(0) + ' MB';

interface Row {
  what: string;
  size: string;
  median: string;
  growth?: string;
  memory?: string;
  target?: string;
  ok?: boolean;
  base?: string;
}
const rows: Row[] = [];
function row(r: Row) {
  rows.push(r);
  const mark = r.ok === undefined ? ' ' : r.ok ? '✓' : '✗';
  console.log(
    `${mark} ${r.what.padEnd(34)} ${r.size.padStart(14)}  ${r.median.padStart(11)}  ${(r.growth ?? '').padStart(22)}  ${(r.memory ?? '').padStart(24)}  ${r.target ?? ''}${r.base ? `  | baseline ${r.base}` : ''}`,
  );
}
function header(title: string) {
  console.log(`\n${title}`);
  console.log(
    `  ${'what'.padEnd(34)} ${'size'.padStart(14)}  ${'median'.padStart(11)}  ${'growth / ratio'.padStart(22)}  ${'memory'.padStart(24)}  target`,
  );
}

/**
 * The measuring child bundled the way scripts/build.mjs bundles dist/ (esbuild, CommonJS, node20), with the
 * indexing worker beside it as dist/corpusWorker.js is beside dist/cli.js: the engine as users run it, not
 * through tsx (which would compile every worker thread's TypeScript on start).
 */
function buildEngine(root = ROOT, out = ENGINE) {
  const common: esbuild.BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    absWorkingDir: root,
  };
  esbuild.buildSync({
    ...common,
    entryPoints: [path.join(root, 'bench', 'child.ts')],
    outfile: path.join(out, 'child.js'),
  });
  // The worker moved into server/src/corpus/ (issue 12); a baseline from before the move has it in server/src/.
  const worker = [
    path.join(root, 'server', 'src', 'corpus', 'corpusWorker.ts'),
    path.join(root, 'server', 'src', 'corpusWorker.ts'),
  ].find((f) => fs.existsSync(f))!;
  esbuild.buildSync({ ...common, entryPoints: [worker], outfile: path.join(out, 'corpusWorker.js') });
  // The long-line child is this checkout's bench/longChild.ts against `root`'s engine, so a baseline from before the
  // long-line bench is measured by the same harness (it uses only checkReport, clearCheckCache and Corpus.load).
  esbuild.buildSync({
    ...common,
    stdin: {
      contents: fs.readFileSync(path.join(ROOT, 'bench', 'longChild.ts'), 'utf8'),
      resolveDir: path.join(root, 'bench'),
      sourcefile: 'longChild.ts',
      loader: 'ts',
    },
    outfile: path.join(out, 'long.js'),
  });
}

/**
 * The baseline: REF checked out once as a detached worktree in .bench/base-<sha>/ (sharing this checkout's
 * node_modules), its bench child bundled beside it and its dist/ built, so every row can run both engines.
 */
export function checkout(ref: string): { dir: string; engine: string; sha: string } {
  const git = (...a: string[]) => {
    const r = spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };
  const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
  const dir = path.join(BENCH_DIR, `base-${sha.slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    git('worktree', 'prune');
    git('worktree', 'add', '--detach', dir, sha);
  }
  if (!fs.existsSync(path.join(dir, 'node_modules')))
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const engine = path.join(dir, '.bench-engine');
  buildEngine(dir, engine);
  spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, stdio: 'ignore' });
  return { dir, engine, sha };
}

/** Run the child in a fresh process; it prints one JSON line last. */
function child<T>(code: string, argv: string[] = [], env: Record<string, string> = {}, engine = ENGINE): T {
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(engine, 'child.js'), code, ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`bench child ${code} failed: ${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop()!;
  return JSON.parse(last) as T;
}

// ---------------------------------------------------------------- sections

interface IndexRun {
  ms: number;
  indexRss: number;
  indexHeap: number;
  rss: number;
  heap: number;
  sources: number;
  skipped: string[];
  checkMs: number;
  workers: number;
  batches: number;
  here: number;
}

async function benchIndex() {
  header(
    `Indexing (each corpus in a fresh process, loaded as the CLI and the server load it: a worker thread from ${MIN_PARALLEL_FILES.toLocaleString('en')} files; peak RSS of the whole process, workers included; heap of the index, then with the lookup tables a first check builds)`,
  );
  const seeds = paired(1, (e) => child<{ runs: number[] }>('seeds', [String(QUICK ? 10 : 30)], {}, e));
  const seedRuns = seeds.cur[0].runs;
  row({
    what: 'index the 5 seeds (warm)',
    size: '5 articles',
    median: spread(seedRuns),
    target: '< 30 ms',
    ok: median(seedRuns) < 30,
    base: vsBase(seedRuns, seeds.old?.[0].runs),
  });

  const sizes = QUICK ? [100, 1000] : [100, 1000, 10000];
  let prev: { n: number; t: number } | undefined;
  let plain1000: number | undefined;
  for (const n of sizes) {
    const dir = corpusDir(n);
    const runs = QUICK ? 1 : 3;
    const both = paired(runs, (e) => child<IndexRun>('index', [dir, reportFile(100)], {}, e));
    const res = both.cur;
    const indexRss = Math.max(...res.map((r) => r.indexRss));
    const indexHeap = median(res.map((r) => r.indexHeap));
    const t = median(res.map((r) => r.ms));
    const rss = Math.max(...res.map((r) => r.rss));
    const heap = median(res.map((r) => r.heap));
    const workers = res[0].workers;
    const growth = prev ? `x${(t / prev.t).toFixed(1)} for x${n / prev.n} articles` : '';
    const target = n === 10000 ? '< 5 s, < 500 MB' : undefined;
    const threads = workers
      ? `main + ${workers} worker${workers === 1 ? '' : 's'} (main indexed ${median(res.map((r) => r.here))} of ${res[0].batches} batches)`
      : 'main thread only';
    const oldRss = both.old ? `; index RSS ${mb(Math.max(...both.old.map((r) => r.indexRss)))}` : '';
    row({
      what: `index generated articles`,
      size: `${n} (${res[0].sources} ok)`,
      median: spread(res.map((r) => r.ms)),
      growth,
      memory: `index RSS ${mb(indexRss)}, heap ${mb(indexHeap)}; checking RSS ${mb(rss)}, heap ${mb(heap)}`,
      target,
      ok: n === 10000 ? t < 5000 && indexRss < 500 * 1048576 : undefined,
      base:
        both.old &&
        vsBase(
          res.map((r) => r.ms),
          both.old.map((r) => r.ms),
        ) + oldRss,
    });
    row({ what: `  threads`, size: `${n} articles`, median: '', memory: threads });
    if (workers) {
      // The same corpus with XREF_INDEX_WORKERS=0, for what the workers buy (no check: the index alone).
      const one = Array.from({ length: n >= 10000 ? 1 : runs }, () =>
        child<IndexRun>('index', [dir, ''], { XREF_INDEX_WORKERS: '0' }),
      );
      const t1 = median(one.map((r) => r.ms));
      row({
        what: `  the same in one thread`,
        size: `${n} articles`,
        median: ms(t1),
        growth: `workers: x${(t1 / t).toFixed(2)} faster`,
        memory: `index RSS ${mb(Math.max(...one.map((r) => r.indexRss)))}`,
      });
    }
    row({
      what: `  check a 100-line report against it`,
      size: `${n} articles`,
      median: spread(res.map((r) => r.checkMs)),
      base:
        both.old &&
        vsBase(
          res.map((r) => r.checkMs),
          both.old.map((r) => r.checkMs),
        ),
    });
    prev = { n, t };
    if (n === 1000) plain1000 = t;
  }

  {
    // Saved web pages: the same generated articles in page chrome, read by the HTML reader (one thread below 2,000).
    const n = 1000,
      dir = htmlCorpusDir(n);
    const res = Array.from({ length: QUICK ? 1 : 5 }, () => child<IndexRun>('index', [dir, '']));
    const ts = res.map((r) => r.ms).sort((a, b) => a - b);
    const plain = plain1000;
    row({
      what: 'index saved HTML pages',
      size: `${n} (${res[0].sources} ok)`,
      median: ms(median(ts)),
      growth: `spread ${ms(ts[0])}–${ms(ts[ts.length - 1])}`,
      memory: `index RSS ${mb(Math.max(...res.map((r) => r.indexRss)))}${plain ? `; x${(median(ts) / plain).toFixed(1)} the .txt corpus` : ''}`,
    });
  }

  const big = path.join(BENCH_DIR, 'big', 'fifty-megabytes.txt');
  if (!fs.existsSync(big)) {
    fs.mkdirSync(path.dirname(big), { recursive: true });
    fs.writeFileSync(big, Buffer.alloc(50 * 1048576, 'Stargate will invest $500 billion. '));
  }
  const bigRes = child<{ ms: number; rss: number; skipped: string[] }>('index', [path.dirname(big), '']);
  row({
    what: 'a 50 MB file is skipped',
    size: '50 MB',
    median: ms(bigRes.ms),
    memory: `RSS ${mb(bigRes.rss)}`,
    target: 'skipped with a message',
    ok: bigRes.skipped.some((s) => /too large/.test(s)),
  });
}

async function benchCheck() {
  header(
    'Checking reports (5 seeds; regex floor = one plain regex scan for numbers and quotation marks over the same text; markdown-it parse = new MarkdownIt().parse(text, {}) alone)',
  );
  const sizes = QUICK ? [1000, 10000] : [1000, 10000, 100000];
  type CheckRun = {
    lines: number;
    chars: number;
    runs: number[];
    floor: number[];
    md: number[];
    claims: number;
    findings: number;
  };
  const both = paired(1, (e) =>
    child<CheckRun[]>('check', sizes.map((n) => reportFile(n)).concat(QUICK ? ['1'] : ['3']), {}, e),
  );
  const res = both.cur[0];
  let prev: { lines: number; t: number } | undefined;
  for (const [i, r] of res.entries()) {
    const t = median(r.runs),
      floor = median(r.floor);
    row({
      what: 'check a report (warm, one process)',
      size: `${r.lines.toLocaleString('en')} lines`,
      median: spread(r.runs),
      base: vsBase(r.runs, both.old?.[0][i].runs),
      growth: prev ? `x${(t / prev.t).toFixed(1)} for x${r.lines / prev.lines} lines` : '',
      memory: `${r.claims} claims, ${r.findings} findings`,
    });
    row({
      what: '  regex floor, same text',
      size: `${(r.chars / 1024).toFixed(0)} kB`,
      median: ms(floor),
      growth: `check / floor = ${(t / floor).toFixed(1)}x`,
      target: '< 10x',
      ok: t / floor < 10,
    });
    // How much of the check is the Markdown parse it starts with (new MarkdownIt().parse, nothing else).
    const md = median(r.md);
    row({
      what: '  markdown-it parse, same text',
      size: `${(r.chars / 1024).toFixed(0)} kB`,
      median: ms(md),
      growth: `check / markdown-it parse = ${(t / md).toFixed(1)}×`,
    });
    prev = { lines: r.lines, t };
  }
}

async function benchServer() {
  header('Language server over stdio (node dist/server.js --stdio, bundled seeds)');
  const server = path.join(CUR_DIR, 'dist', 'server.js');
  if (!fs.existsSync(server)) spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const { serverBench } = await import('./server');
  const r = await serverBench(reportFile(1000), { edits: QUICK ? 2000 : 10000, samples: QUICK ? 60 : 200 });
  row({
    what: 'hover, warm',
    size: `${r.hover.length} requests`,
    median: ms(median(r.hover)),
    growth: `p95 ${ms(percentile(r.hover, 95))}`,
    target: 'p95 < 5 ms',
    ok: percentile(r.hover, 95) < 5,
  });
  row({
    what: 'definition, warm',
    size: `${r.definition.length} requests`,
    median: ms(median(r.definition)),
    growth: `p95 ${ms(percentile(r.definition, 95))}`,
    target: 'p95 < 5 ms',
    ok: percentile(r.definition, 95) < 5,
  });
  const after = r.diagnostics.map((x) => x - r.debounce);
  row({
    what: 'diagnostics after the last edit',
    size: '1,000 lines',
    median: ms(median(after)),
    growth: `p95 ${ms(percentile(after, 95))} (+${r.debounce} ms debounce)`,
    target: '< 50 ms after the debounce',
    ok: median(after) < 50,
  });
  row({
    what: `memory over ${r.edits.toLocaleString('en')} edits`,
    size: '1,000 lines',
    median: ms(r.editMs),
    growth: `RSS x${(r.rssAfter / r.rssBefore).toFixed(2)}`,
    memory: `RSS ${mb(r.rssBefore)} → ${mb(r.rssAfter)}`,
    target: 'bounded',
    ok: r.rssAfter < r.rssBefore * 3 && r.rssAfter < 1024 * 1048576,
  });
  row({
    what: '200 rapid edits, 5,000 lines',
    size: '5,000 lines',
    median: ms(r.burstMs),
    growth: `hover during: ${ms(r.burstHoverMs)}`,
    target: 'last version published',
    ok: r.burstLastOk,
  });
}

interface LongRun {
  chars: number;
  cold: number;
  coldCpu: number;
  warm: number[];
  warmCpu: number[];
  claims: number;
  findings: number;
  rss: number;
}

/**
 * One report line of many figures (or quotations), in several shapes at doubling sizes: each sample a fresh process
 * (bench/longChild.ts, bundled seeds) that times the line's first check (cold) and a second full check (warm, the
 * check cache cleared). Wall time is the median; the growth from one size to the next is that of the CPU time's
 * medians (GC threads included: less bent by a loaded machine than wall time), x2 for x2 the figures being linear.
 */
async function benchLong() {
  header(
    'Long lines (one report line; each sample a fresh process: the first check cold, then a full check warm in the same process; bundled seeds; growth of CPU time)',
  );
  const runs = QUICK ? 1 : 3;
  // XREF_BENCH_LONG='part|seed': only the shapes whose name that regular expression finds something in.
  const only = process.env.XREF_BENCH_LONG ? new RegExp(process.env.XREF_BENCH_LONG) : undefined;
  for (const shape of LONG_SHAPES.filter((s) => !only || only.test(s.name))) {
    const sizes = QUICK ? shape.sizes.slice(0, 2) : shape.sizes;
    let prev: { n: number; cold: number; warm: number } | undefined;
    for (const n of sizes) {
      const file = longLineFile(shape, n);
      const runLong = (engine: string) => {
        const r = spawnSync(process.execPath, [path.join(engine, 'long.js'), file, '1'], {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        });
        if (r.status !== 0) throw new Error(`long-line child failed on ${file}: ${r.stderr}`);
        return JSON.parse(r.stdout.trim().split('\n').pop()!) as LongRun;
      };
      const both = paired(runs, runLong);
      const cur = both.cur,
        old = both.old;
      // (a baseline's child from before CPU times were kept has none: its wall time then)
      const cpuOf = (r: LongRun, warm: boolean) => (warm ? (r.warmCpu?.[0] ?? r.warm[0]) : (r.coldCpu ?? r.cold));
      const c = median(cur.map((r) => cpuOf(r, false))),
        w = median(cur.map((r) => cpuOf(r, true)));
      const grow = (now: number, before: number) => `x${(now / before).toFixed(1)}`;
      const size = `${n.toLocaleString('en')} ${shape.counts}`;
      const x = prev ? (n / prev.n).toFixed(0) : '';
      row({
        what: shape.name,
        size,
        median: spread(cur.map((r) => r.cold)),
        growth: prev ? `CPU ${grow(c, prev.cold)} for x${x}` : '',
        memory: `CPU ${ms(c)}; ${cur[0].claims.toLocaleString('en')} claims, ${cur[0].findings.toLocaleString('en')} findings; peak RSS ${mb(Math.max(...cur.map((r) => r.rss)))}`,
        target: prev ? `linear: x${x} per x${x}` : undefined,
        ok: prev ? c / prev.cold <= 1.3 * (n / prev.n) : undefined,
        base: vsBase(
          cur.map((r) => r.cold),
          old?.map((r) => r.cold),
        ),
      });
      row({
        what: '  warm (second check, same process)',
        size,
        median: spread(cur.map((r) => r.warm[0])),
        growth: prev ? `CPU ${grow(w, prev.warm)} for x${x}` : '',
        memory: `CPU ${ms(w)}`,
        base: vsBase(
          cur.map((r) => r.warm[0]),
          old?.map((r) => r.warm[0]),
        ),
      });
      prev = { n, cold: c, warm: w };
    }
  }
}

/** Wall time of a fresh process, as a user waits for it (spawn to exit). */
function wall(argv: string[], cwd = ROOT): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const t = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return t;
}

async function benchCli() {
  header(
    'The CLI as a user runs it: each run a fresh process (node dist/cli.js check examples/report-en.md), beside node -e ""',
  );
  const cli = path.join(CUR_DIR, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const report = path.join(ROOT, 'examples', 'report-en.md');
  // Issue 13's other case: the report edited since its last check. A copy with one line edited before each run (the
  // k-th line with a figure: its first number's last digit changed, as bench/pg.ts edits), so that no kept run
  // (cli/kept.ts) answers and the edited paragraph is judged (its other blocks may come from the last run's, judge/keptBlocks.ts).
  const edited = path.join(BENCH_DIR, 'cli-edited', 'report-en.md');
  fs.mkdirSync(path.dirname(edited), { recursive: true });
  const original = fs.readFileSync(report, 'utf8');
  const figureLines = original
    .split('\n')
    .map((l, i) => (/\d/.test(l) && !/^(#|date:|---)/.test(l) ? i : -1))
    .filter((i) => i >= 0);
  let edits = 0;
  const edit = () => {
    const k = ++edits;
    const lines = original.split('\n');
    const i = figureLines[k % figureLines.length];
    const bump = 1 + Math.floor(k / figureLines.length);
    lines[i] = lines[i].replace(/\d(?=\D|$)/, (d) => String((Number(d) + bump) % 10));
    fs.writeFileSync(edited, lines.join('\n'));
    const t = new Date(Date.UTC(2024, 0, 1) + k * 1000);
    fs.utimesSync(edited, t, t);
    return edited;
  };
  const runs = QUICK ? 5 : 15;
  // Warm: each engine's own cache folder (index and, from issue 13 on, compiled code), filled by one run first and
  // then by two checks of the edited copy (the code cache is written after a check on the snapshot, not indexing).
  // A baseline from before the cache has no --cache/--no-cache: it runs without them.
  const warmDir = (which: string) => path.join(BENCH_DIR, `cli-cache-${which}`);
  const flags = (file: string, which: string) => {
    const probe = spawnSync(process.execPath, [file, 'check', report, '--cache', warmDir(which)], { stdio: 'ignore' });
    if (probe.status === 2) return { none: [], warm: [] };
    for (let i = 0; i < 2; i++)
      spawnSync(process.execPath, [file, 'check', edit(), '--cache', warmDir(which)], { stdio: 'ignore' });
    return { none: ['--no-cache'], warm: ['--cache', warmDir(which)] };
  };
  const baseCli = base ? path.join(base.dir, 'dist', 'cli.js') : undefined;
  const mine = flags(cli, 'this');
  const theirs = baseCli ? flags(baseCli, 'base') : undefined;
  const empty: number[] = [],
    none: number[] = [],
    warm: number[] = [],
    changed: number[] = [],
    oldNone: number[] = [],
    oldWarm: number[] = [],
    oldChanged: number[] = [];
  for (let i = 0; i < runs; i++) {
    empty.push(wall(['-e', '']));
    none.push(wall([cli, 'check', report, ...mine.none]));
    warm.push(wall([cli, 'check', report, ...mine.warm]));
    changed.push(wall([cli, 'check', edit(), ...mine.warm]));
    if (baseCli && theirs) {
      oldNone.push(wall([baseCli, 'check', report, ...theirs.none]));
      oldWarm.push(wall([baseCli, 'check', report, ...theirs.warm]));
      oldChanged.push(wall([baseCli, 'check', edit(), ...theirs.warm]));
    }
  }
  const times = (xs: number[]) => `x${(median(xs) / median(empty)).toFixed(2)} node -e ""`;
  row({ what: 'node -e ""', size: 'fresh process', median: spread(empty) });
  row({
    what: 'check examples/report-en.md',
    size: 'fresh, no cache',
    median: spread(none),
    growth: times(none),
    base: vsBase(none, base ? oldNone : undefined),
  });
  row({
    what: 'check examples/report-en.md',
    size: 'fresh, cache warm, files unchanged (a kept run)',
    median: spread(warm),
    growth: times(warm),
    target: 'target x2 (issue 13)',
    ok: median(warm) <= 2 * median(empty),
    base: base ? `${vsBase(warm, oldWarm)}; baseline ${times(oldWarm)}` : undefined,
  });
  row({
    what: 'check examples/report-en.md',
    size: 'fresh, cache warm, one line of the report edited (checked)',
    median: spread(changed),
    growth: times(changed),
    target: 'target x2 (issue 13)',
    ok: median(changed) <= 2 * median(empty),
    base: base ? `${vsBase(changed, oldChanged)}; baseline ${times(oldChanged)}` : undefined,
  });
}

/** The spread of a few fresh-process timings: "[398–440 ms, n=7]". */
function minMax(xs: number[]): string {
  return `[${ms(Math.min(...xs))}–${ms(Math.max(...xs))}, n=${xs.length}]`;
}

async function benchCache() {
  header('Index cache (each run a fresh process; median [min–max]): node dist/cli.js check examples/report-en.md');
  const cli = path.join(CUR_DIR, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const report = path.join(ROOT, 'examples', 'report-en.md');
  const cacheDir = path.join(BENCH_DIR, 'cache');
  const runs = QUICK ? 5 : 9;
  const time = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    const t = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    return t;
  };
  const floor = Array.from({ length: runs }, () => time(['-e', '']));
  row({ what: 'node -e ""', size: 'no engine', median: ms(median(floor)), growth: minMax(floor) });
  const corpora: [string, string[]][] = [
    ['5 seeds', []],
    ['1,000 articles', ['--sources', corpusDir(1000)]],
  ];
  if (!QUICK) corpora.push(['10,000 articles', ['--sources', corpusDir(10000)]]);
  for (const [size, sources] of corpora) {
    const n = size.startsWith('10,000') ? Math.min(runs, 3) : runs;
    const cmd = [cli, 'check', report, ...sources];
    const none = Array.from({ length: n }, () => time([...cmd, '--no-cache']));
    // Cold: an empty cache folder each run (everything indexed, and written); warm: the folder the last cold run left.
    const cold = Array.from({ length: n }, () => {
      fs.rmSync(cacheDir, { recursive: true, force: true });
      return time([...cmd, '--cache', cacheDir]);
    });
    const warm = Array.from({ length: n }, () => time([...cmd, '--cache', cacheDir]));
    row({
      what: 'CLI check, no cache (--no-cache)',
      size,
      median: ms(median(none)),
      growth: minMax(none),
      memory: `x${(median(none) / median(floor)).toFixed(1)} node -e ""`,
    });
    row({
      what: '  cold: empty cache, entries written',
      size,
      median: ms(median(cold)),
      growth: minMax(cold),
      memory: `x${(median(cold) / median(none)).toFixed(2)} no cache`,
    });
    row({
      what: '  warm: every article read back',
      size,
      median: ms(median(warm)),
      growth: minMax(warm),
      memory: `x${(median(warm) / median(none)).toFixed(2)} no cache`,
    });
  }
  const entryBytes = (() => {
    let b = 0,
      k = 0;
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else {
          b += fs.statSync(p).size;
          k++;
        }
      }
    };
    walk(cacheDir);
    return { b, k };
  })();
  row({
    what: '  cache on disk',
    size: `${entryBytes.k.toLocaleString('en')} entries`,
    median: '',
    memory: `${mb(entryBytes.b)}`,
  });

  header(
    'Language server: spawn to the first diagnostics of examples/report-en.md, 10,000 unchanged articles (+ seeds), median [min–max]',
  );
  const server = path.join(CUR_DIR, 'dist', 'server.js');
  if (!fs.existsSync(server)) spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const { serverStartBench } = await import('./server');
  const n = QUICK ? 1000 : 10000;
  const dir = corpusDir(n);
  const sruns = QUICK ? 1 : 3;
  const storage = path.join(BENCH_DIR, 'server-cache');
  // Each run a fresh server process; with --baseline, the baseline's server alternately, in a cache folder of its own.
  const baseServer = base && path.join(base.dir, 'dist', 'server.js');
  const baseStorage = path.join(BENCH_DIR, 'server-cache-base');
  const none: number[] = [],
    cold: number[] = [],
    warm: number[] = [],
    bcold: number[] = [],
    bwarm: number[] = [],
    open: number[] = [],
    openChecked: number[] = [],
    bopen: number[] = [],
    rss: number[] = [];
  for (let i = 0; i < sruns; i++) none.push((await serverStartBench(report, dir, n, undefined)).diagnosticsMs);
  for (let i = 0; i < sruns; i++) {
    fs.rmSync(storage, { recursive: true, force: true });
    cold.push((await serverStartBench(report, dir, n, storage)).diagnosticsMs);
    if (baseServer) {
      fs.rmSync(baseStorage, { recursive: true, force: true });
      bcold.push((await serverStartBench(report, dir, n, baseStorage, baseServer)).diagnosticsMs);
    }
  }
  for (let i = 0; i < sruns; i++) {
    const r = await serverStartBench(report, dir, n, storage);
    warm.push(r.diagnosticsMs);
    rss.push(r.peakRss);
    if (baseServer) bwarm.push((await serverStartBench(report, dir, n, baseStorage, baseServer)).diagnosticsMs);
  }
  // The report open from the start, as an editor restores its tabs: its first diagnostics (kept from the last run on
  // the same snapshot, lsp/kept.ts) and those of the check after the index.
  for (let i = 0; i < sruns; i++) {
    const r = await serverStartBench(report, dir, n, storage, undefined, true);
    open.push(r.diagnosticsMs);
    openChecked.push(r.checkedMs);
    if (baseServer) bopen.push((await serverStartBench(report, dir, n, baseStorage, baseServer, true)).diagnosticsMs);
  }
  row({
    what: 'server start, no cache folder',
    size: `${n.toLocaleString('en')} articles`,
    median: ms(median(none)),
    growth: minMax(none),
  });
  row({
    what: '  cold: empty cache folder',
    size: `${n.toLocaleString('en')} articles`,
    median: ms(median(cold)),
    growth: minMax(cold),
    base: vsBase(cold, baseServer ? bcold : undefined),
  });
  row({
    what: '  warm: unchanged, from the snapshot',
    size: `${n.toLocaleString('en')} articles`,
    median: ms(median(warm)),
    growth: minMax(warm),
    memory: `x${(median(warm) / median(none)).toFixed(2)} no cache; peak RSS ${mb(median(rss))}`,
    base: vsBase(warm, baseServer ? bwarm : undefined),
  });
  row({
    what: '  warm, the report open from the start: first diagnostics (kept from the last run)',
    size: `${n.toLocaleString('en')} articles`,
    median: ms(median(open)),
    growth: minMax(open),
    memory: `checked after the index: ${ms(median(openChecked))} ${minMax(openChecked)}`,
    target: '≤ 1 s (issue 13)',
    ok: median(open) <= 1000,
    base: vsBase(open, baseServer ? bopen : undefined),
  });
}

/**
 * --big: 100,000 generated articles (generated once into .bench/, ~0.9 GB), beside 1,000 and 10,000. Per size, in
 * fresh processes (bench/child.ts cached): a cold start with an empty cache folder (index, entries and snapshot
 * written) and a warm one (every article unchanged), each with its peak RSS, the first check of a 100-line report
 * (which builds the judges' tables) and a second full check in the same process. Slow: the cold 100,000 alone
 * takes many minutes on a shared 2-CPU machine.
 */
async function benchBig() {
  header(
    'Large corpora with the index cache (fresh process each; cold: empty cache folder; warm: all unchanged), 100-line report',
  );
  const report = reportFile(100);
  // --big=1000,10000 for other sizes (the growth rows need three).
  const given = args.find((a) => a.startsWith('--big='));
  const sizes = given ? given.slice(6).split(',').map(Number) : [1000, 10000, 100000];
  const got: Record<number, { cold: CachedRun; warm: CachedRun[] }> = {};
  for (const n of sizes) {
    const t0 = performance.now();
    const dir = corpusDir(n);
    const genMs = performance.now() - t0;
    if (genMs > 1000) console.log(`  (generated ${n.toLocaleString('en')} articles in ${ms(genMs)})`);
    const cacheDir = path.join(BENCH_DIR, `big-cache-${n}`);
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const cold = child<CachedRun>('cached', [dir, cacheDir, report]);
    const warm = Array.from({ length: n >= 100000 ? 2 : 3 }, () => child<CachedRun>('cached', [dir, cacheDir, report]));
    got[n] = { cold, warm };
    const size = `${n.toLocaleString('en')} articles`;
    row({
      what: 'cold: index, entries and snapshot',
      size,
      median: ms(cold.ms),
      memory: `peak RSS ${mb(cold.rss)} (index ${mb(cold.indexRss)})`,
      target: n >= 100000 ? 'peak RSS ≤ 1 GB' : '',
      ok: n >= 100000 ? cold.rss <= 1024 * 1048576 : undefined,
    });
    row({
      what: '  then the first check',
      size,
      median: ms(cold.firstCheckMs),
      growth: `2nd full check ${ms(cold.checkMs)}`,
    });
    const w = (f: (r: CachedRun) => number) => warm.map(f);
    row({
      what: `  warm: load (snapshot ${warm[0].snapshot})`,
      size,
      median: spread(w((r) => r.ms)),
      memory: `peak RSS ${mb(median(w((r) => r.rss)))}`,
    });
    row({
      what: '  warm: load + first check',
      size,
      median: spread(w((r) => r.ms + r.firstCheckMs)),
      growth: `2nd full check ${ms(median(w((r) => r.checkMs)))}`,
      target: n === 10000 ? '≤ 1 s (issue 13, with the process start)' : '',
      ok: n === 10000 ? median(w((r) => r.ms + r.firstCheckMs)) <= 1000 : undefined,
    });
  }
  const ratio = (a: number, b: number, f: (x: { cold: CachedRun; warm: CachedRun[] }) => number) =>
    `x${(f(got[b]) / f(got[a])).toFixed(1)}`;
  if (sizes.length < 3) return;
  for (const [what, f] of [
    ['cold load', (x: { cold: CachedRun }) => x.cold.ms],
    ['warm load', (x: { warm: CachedRun[] }) => median(x.warm.map((r) => r.ms))],
    ['warm first check', (x: { warm: CachedRun[] }) => median(x.warm.map((r) => r.firstCheckMs))],
    ['warm peak RSS', (x: { warm: CachedRun[] }) => median(x.warm.map((r) => r.rss))],
  ] as [string, (x: { cold: CachedRun; warm: CachedRun[] }) => number][])
    row({
      what: `growth: ${what}`,
      size: sizes.map((n) => `${n / 1000}k`).join(' → '),
      median: '',
      growth: `${ratio(sizes[0], sizes[1], f)}, ${ratio(sizes[1], sizes[2], f)}`,
      target: 'x10 per x10 articles: linear',
    });
}

interface CachedRun {
  ms: number;
  indexRss: number;
  rss: number;
  sources: number;
  snapshot?: string;
  hits: number;
  firstCheckMs: number;
  checkMs: number;
}

async function main() {
  console.log(
    `stargate-xref bench (node ${process.version}, ${process.platform}/${process.arch}, ${os.availableParallelism()} CPUs${QUICK ? ', quick' : ''}); data in ${path.relative(ROOT, BENCH_DIR)}/`,
  );
  if (ENGINE_REF) {
    const cur = checkout(ENGINE_REF);
    CUR_DIR = cur.dir;
    ENGINE = cur.engine;
    console.log(`this: ${ENGINE_REF} (${cur.sha.slice(0, 12)}) in place of the working tree`);
  } else if (want('index') || want('check') || want('long') || BIG) buildEngine();
  if (BASE_REF) {
    base = checkout(BASE_REF);
    console.log(
      `baseline: ${BASE_REF} (${base!.sha.slice(0, 12)}), run alternately with this checkout in every row that says so`,
    );
  }
  if (want('cli')) await benchCli();
  if (want('index')) await benchIndex();
  if (want('check')) await benchCheck();
  if (want('server')) await benchServer();
  if (want('cache')) await benchCache();
  if (want('long')) await benchLong();
  // Only when asked for: it writes ~0.9 GB of articles and takes long.
  if (BIG) await benchBig();
  const missed = rows.filter((r) => r.ok === false);
  console.log(
    missed.length
      ? `\n${missed.length} target(s) missed: ${missed.map((r) => r.what.trim()).join('; ')}`
      : '\nall targets met',
  );
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e?.stack ?? e);
      process.exit(1);
    },
  );
}
