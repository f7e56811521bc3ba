// npm run bench:pg [-- N] [--large] [--rounds=R] [--checkers=C] [--editor-rounds=E] [--url=URL]: the shared
// corpus in PostgreSQL (issue 13).
// Starts a throwaway cluster (as the tests do), loads N generated articles into it (default 10,000; --large:
// 100,000, and how long that load takes), and times a 100-line report's check against it:
// - in this process: cold (first check), then warm (R checks, each from a connection that keeps nothing: what
//   every check of a version that keeps nothing costs); the sources each check fetched, and by which way; then
//   again from the first connection, which keeps what it asked (pg.ts Answers): the same report, and the report
//   with one line edited;
// - C editors at once (default 20), each its own pool as the editor has it, in this process: their first checks
//   at once, then E checks each (default R), each of the report with another line edited (median, p95, spread);
// - C editors at once in fresh processes: the built CLI (`check --corpus`, dist/cli.js: run `npm run build`
//   first), each a Node process that starts, connects, fetches, judges and prints JSON; and one such alone. This is
//   what a team sees (each editor's server and each CLI its own process): their latency, and the CPU a check
//   costs in its own process (each reports its own at exit, cpuAtExit.cjs) against the database's (the backends'
//   CPU, read from the postmaster's children's times in /proc when the database runs on this machine).
//   --processes-only: only this part (and the cold check that compares with memory), not the C editors in one process.
// Also the same check against the corpus in memory, and whether the two agree on every claim's status.
// --url=URL: a database of your own instead of a throwaway cluster, loaded with the N articles unless it holds a
// corpus already (then used as it is, and kept: runs of two versions can be alternated on one load each); the
// in-memory result is then kept in .bench/pg-memory-N.json and read back, not worked out again.
// Reports; never fails a build.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Client } from 'pg';
import { Corpus } from '../server/src/corpus/corpus';
import { redactUrl, SharedCorpus, type FetchStats } from '../server/src/corpus/pg';
import { checkReport } from '../server/src/judge/check';
import { clearCheckCache } from '../server/src/judge/checkCache';
import { BENCH_DIR, corpusDir, reportFile, ROOT } from './generate';
import { median, percentile } from './run';
import { postgresMissing, removeCluster, startCluster } from '../test/unit/pgCluster';

const LARGE = process.argv.includes('--large');
const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? (LARGE ? 100_000 : 10_000));
const flag = (name: string, d: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? d);
const URL_ARG = process.argv.find((a) => a.startsWith('--url='))?.slice('--url='.length);
const PROCESSES_ONLY = process.argv.includes('--processes-only');
const CHECKERS = flag('checkers', 20),
  ROUNDS = flag('rounds', 5),
  EDITOR_ROUNDS = flag('editor-rounds', ROUNDS);
const now = () => performance.now();
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) + ' ms';
const spread = (xs: number[]) =>
  `median ${ms(median(xs))}, p95 ${ms(percentile(xs, 95))}, min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}`;
const ways = (s: FetchStats) =>
  Object.entries(s.by)
    .filter(([, n]) => n > 0)
    .map(([w, n]) => `${w} ${n}`)
    .join(', ');

/** One fresh process: the built CLI checking the report against the shared corpus; its wall time and CPU time. */
function freshCheck(
  url: string,
  report: string,
): Promise<{ ms: number; cpu: number; code: number | null; out: string; json: string }> {
  const t0 = now();
  return new Promise((resolve) => {
    const p = spawn(
      process.execPath,
      [
        '-r',
        path.join(ROOT, 'bench', 'cpuAtExit.cjs'),
        path.join(ROOT, 'bin', 'stargate-xref.js'),
        'check',
        '--format',
        'json',
        '--corpus',
        url,
        report,
      ],
      {
        env: { ...process.env, PGPASSWORD: 'secret' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // Apart: the two pipes' chunks arrive in any order.
    let out = '',
      err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) =>
      resolve({
        ms: now() - t0,
        cpu: Number(/xref-cpu-ms (\d+)/.exec(err)?.[1] ?? NaN),
        code,
        out: out + err,
        json: out,
      }),
    );
  });
}

/**
 * The CPU time (ms) the database's processes used so far, when it runs on this machine: the postmaster's own and
 * that of its children it reaped (a backend's, once its connection ends), from /proc; undefined elsewhere.
 */
async function databaseCpu(url: string): Promise<number | undefined> {
  const c = new Client({ connectionString: url });
  try {
    await c.connect();
    const pid = (await c.query('SELECT pg_backend_pid() AS p')).rows[0].p as number;
    const field = (p: number) =>
      fs
        .readFileSync(`/proc/${p}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ');
    // Read while the backend lives (once its connection ends it is reaped, and its stat gone).
    const postmaster = Number(field(pid)[1]);
    // utime, stime, cutime, cstime: fields 14-17 of stat, 12-15 after the pid and name.
    const f = field(postmaster);
    const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(f[i]), 0);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * The report with one line edited as a reporter would (the k-th line with a figure, headings aside: its first number's last digit
 * changed), so its claims ask what no check asked before.
 */
function editedReport(text: string, k: number): string {
  const lines = text.split('\n');
  const withFigure = lines.map((l, i) => (/\d/.test(l) && !l.startsWith('#') ? i : -1)).filter((i) => i >= 0);
  const i = withFigure[k % withFigure.length];
  lines[i] = lines[i].replace(/\d(?=\D|$)/, (d) => String((Number(d) + 1 + Math.floor(k / withFigure.length)) % 10));
  return lines.join('\n');
}

async function main() {
  const missing = postgresMissing();
  if (missing) {
    console.log(`bench:pg skipped: ${missing}`);
    return;
  }
  let t = now();
  const dir = corpusDir(N);
  const reportPath = reportFile(100);
  const report = fs.readFileSync(reportPath, 'utf8');
  console.log(`generate ${N} articles (or find them in .bench/): ${ms(now() - t)}`);
  const cluster = URL_ARG ? undefined : await startCluster();
  // Interrupted: the cluster is stopped and removed all the same.
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.on(sig, () => {
      if (cluster) removeCluster(cluster);
      process.exit(130);
    });
  process.env.PGPASSWORD ??= 'secret';
  const url = URL_ARG ?? cluster!.url;
  try {
    const db = new SharedCorpus(url);
    const held = URL_ARG ? await db.count().catch(() => undefined) : undefined;
    let memory: Corpus | undefined;
    const indexInMemory = () => {
      t = now();
      memory = Corpus.load({ folders: [dir], useBundled: false });
      const indexMs = now() - t;
      console.log(`index ${N} generated articles in memory: ${ms(indexMs)} (${memory.sources.length} sources)`);
      return indexMs;
    };
    if (held) console.log(`${redactUrl(url)} holds ${held.sources} sources already: checked as it is`);
    else {
      const indexMs = indexInMemory();
      t = now();
      const r = await db.ingest(memory!.sources);
      const loadMs = now() - t;
      console.log(
        `load them into PostgreSQL (ingest, batches of 200): ${ms(loadMs)} (${r.added} added); index + load: ${((indexMs + loadMs) / 60000).toFixed(1)} min`,
      );
    }
    const c = new Client({ connectionString: url });
    await c.connect();
    const size = (await c.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n;
    const sources = (await c.query('SELECT count(*)::int AS n FROM xref_sources')).rows[0].n as number;
    await c.end();
    console.log(`database ${(Number(size) / 1048576).toFixed(0)} MB`);

    // In memory: the first check builds the lookup tables; then full checks without the block cache.
    const statuses = (x: ReturnType<typeof checkReport>) => JSON.stringify(x.claims.map((k) => [k.text, k.status]));
    const kept = path.join(BENCH_DIR, `pg-memory-${N}.json`);
    let want: { statuses: string; findings: number };
    if (URL_ARG && fs.existsSync(kept)) want = JSON.parse(fs.readFileSync(kept, 'utf8'));
    else {
      if (!memory) indexInMemory();
      t = now();
      const got = checkReport(memory!, report);
      const firstMemory = now() - t;
      const memRuns: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        clearCheckCache();
        t = now();
        checkReport(memory!, report);
        memRuns.push(now() - t);
      }
      console.log(
        `check a 100-line report in memory: first ${ms(firstMemory)}, then median ${ms(median(memRuns))} (${got.claims.length} claims, ${got.findings.length} findings)`,
      );
      want = { statuses: statuses(got), findings: got.findings.length };
      if (URL_ARG) fs.writeFileSync(kept, JSON.stringify(want));
    }
    memory = undefined;

    const one = async (d: SharedCorpus, text = report) => {
      const t0 = now();
      const part = await d.corpusFor(text);
      const t1 = now();
      const got = checkReport(part, text);
      const t2 = now();
      return { fetch: t1 - t0, judge: t2 - t1, total: t2 - t0, stats: d.lastFetch!, got };
    };
    const cold = await one(db);
    const queries = (s: FetchStats) => `${s.queries.sent} queries sent, ${s.queries.kept} answered from what was kept`;
    console.log(
      `check it against PostgreSQL, cold: ${ms(cold.total)} (fetch ${ms(cold.fetch)}: ${cold.stats.sources} of ${sources} sources; judge ${ms(cold.judge)}); every claim's status as in memory: ${statuses(cold.got) === want.statuses ? 'yes' : 'NO'}; findings ${cold.got.findings.length} (in memory ${want.findings})`,
    );
    console.log(`  sources fetched, by the way that found them first: ${ways(cold.stats)}; ${queries(cold.stats)}`);
    const warm: Awaited<ReturnType<typeof one>>[] = [];
    const plain = new SharedCorpus(url, { keep: false });
    for (let i = 0; i < ROUNDS; i++) warm.push(await one(plain));
    await plain.close();
    console.log(
      `  warm, nothing kept, ${ROUNDS} checks: ${spread(warm.map((x) => x.total))} (fetch median ${ms(median(warm.map((x) => x.fetch)))}, judge median ${ms(median(warm.map((x) => x.judge)))}); every claim's status as in memory: ${warm.every((x) => statuses(x.got) === want.statuses) ? 'yes' : 'NO'}`,
    );
    const again = await one(db);
    console.log(
      `  again from the first connection (what it asked kept): ${ms(again.total)} (fetch ${ms(again.fetch)}, judge ${ms(again.judge)}; ${queries(again.stats)}); every claim's status as in memory: ${statuses(again.got) === want.statuses ? 'yes' : 'NO'}`,
    );
    const edited = await one(db, editedReport(report, 0));
    console.log(
      `  then the report with one line edited: ${ms(edited.total)} (fetch ${ms(edited.fetch)}, judge ${ms(edited.judge)}; ${queries(edited.stats)})`,
    );
    await db.close();

    // C editors at once, each with its own pool as the editor has it: their first checks at once (the report
    // opened in every editor), then EDITOR_ROUNDS checks each in a row, each of the report with another line edited.
    if (CHECKERS === 0) return;
    if (!PROCESSES_ONLY) await inOneProcess(url, one, want.statuses, statuses);
    await freshProcesses(url, reportPath, want.findings);
    console.log(
      `memory: RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB (this process holds the in-memory corpus too)`,
    );
  } finally {
    if (cluster) removeCluster(cluster);
  }
}

type One = (d: SharedCorpus, text?: string) => Promise<{ total: number; got: ReturnType<typeof checkReport> }>;

/** C editors in this one process, each its own pool: first checks at once, then EDITOR_ROUNDS edited checks each. */
async function inOneProcess(
  url: string,
  one: One,
  want: string,
  statuses: (x: ReturnType<typeof checkReport>) => string,
): Promise<void> {
  const report = fs.readFileSync(reportFile(100), 'utf8');
  const checkers = Array.from({ length: CHECKERS }, () => new SharedCorpus(url));
  let t = now();
  const firsts = await Promise.all(checkers.map((d) => one(d)));
  console.log(
    `${CHECKERS} editors at once, first checks (one Node process, ${CHECKERS} pools): ${spread(firsts.map((x) => x.total))}; every claim's status as in memory: ${firsts.every((x) => statuses(x.got) === want) ? 'yes' : 'NO'}`,
  );
  const lat: number[] = [];
  t = now();
  await Promise.all(
    checkers.map(async (d, k) => {
      for (let i = 0; i < EDITOR_ROUNDS; i++)
        lat.push((await one(d, editedReport(report, 1 + k + i * CHECKERS))).total);
    }),
  );
  const wall = now() - t;
  await Promise.all(checkers.map((d) => d.close()));
  console.log(
    `${CHECKERS} editors at once, then ${EDITOR_ROUNDS} checks each of the report with one line edited: ${spread(lat)}; ${(lat.length / (wall / 1000)).toFixed(1)} checks/s`,
  );
}

/**
 * Fresh processes: what a CI job or an editor's first check pays (Node start, modules, connection), alone, then C
 * at once, as a team's editors and CLIs are (each its own process); the CPU time of a check in its process and in
 * the database's, and whether each printed the same findings, as many as in memory.
 */
async function freshProcesses(url: string, reportPath: string, want: number): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
    console.log('fresh processes: skipped (dist/cli.js missing: npm run build)');
    return;
  }
  // The CLI prints findings, not each claim's status: every process's findings the same, as many as in memory.
  const findings = (json: string) => {
    try {
      return JSON.stringify(JSON.parse(json).files[0].diagnostics);
    } catch {
      return undefined;
    }
  };
  const cpu = (xs: { cpu: number }[], db: number | undefined) =>
    `CPU a check: ${ms(median(xs.map((x) => x.cpu)))} median in its process` +
    (db === undefined ? '' : `, ${ms(db / xs.length)} in the database (its backends' total / checks)`);
  const run = async (n: number) => {
    const db0 = await databaseCpu(url);
    const xs = await Promise.all(Array.from({ length: n }, () => freshCheck(url, reportPath)));
    const bad = xs.find((x) => x.code !== 1 && x.code !== 0);
    if (bad) throw new Error(`fresh check exited ${bad.code}: ${bad.out.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 200));
    const db1 = await databaseCpu(url);
    return { xs, db: db0 === undefined || db1 === undefined ? undefined : db1 - db0 };
  };
  const alone: Awaited<ReturnType<typeof run>>[] = [];
  for (let i = 0; i < 3; i++) alone.push(await run(1));
  const lone = alone.map((a) => a.xs[0]);
  const loneDb = alone.every((a) => a.db !== undefined) ? alone.reduce((n, a) => n + a.db!, 0) : undefined;
  console.log(
    `one fresh process (node dist/cli.js check --corpus), alone, 3 runs: ${spread(lone.map((x) => x.ms))}; ${cpu(lone, loneDb)}`,
  );
  const all = await run(CHECKERS);
  const got = [...lone, ...all.xs].map((x) => findings(x.json));
  const same = got.every((x) => x !== undefined && x === got[0]) && JSON.parse(got[0]!).length === want;
  console.log(
    `${CHECKERS} fresh processes at once: ${spread(all.xs.map((x) => x.ms))}; ${cpu(all.xs, all.db)}; every process's findings the same, ${want} as in memory: ${same ? 'yes' : 'NO'}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
