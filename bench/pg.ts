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
//   first), each a Node process that starts, connects, fetches, judges and prints JSON; and one such alone.
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

/** One fresh process: the built CLI checking the report against the shared corpus; its wall time. */
function freshCheck(url: string, report: string): Promise<{ ms: number; code: number | null; out: string }> {
  const t0 = now();
  return new Promise((resolve) => {
    const p = spawn(
      process.execPath,
      [path.join(ROOT, 'bin', 'stargate-xref.js'), 'check', '--format', 'json', '--corpus', url, report],
      {
        env: { ...process.env, PGPASSWORD: 'secret' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('close', (code) => resolve({ ms: now() - t0, code, out }));
  });
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
    const checkers = Array.from({ length: CHECKERS }, () => new SharedCorpus(url));
    t = now();
    const firsts = await Promise.all(checkers.map((d) => one(d)));
    console.log(
      `${CHECKERS} editors at once, first checks (one Node process, ${CHECKERS} pools): ${spread(firsts.map((x) => x.total))}; every claim's status as in memory: ${firsts.every((x) => statuses(x.got) === want.statuses) ? 'yes' : 'NO'}`,
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

    // Fresh processes: what a CI job or an editor's first check pays (Node start, modules, connection).
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
      console.log('fresh processes: skipped (dist/cli.js missing: npm run build)');
    } else {
      const alone: number[] = [];
      for (let i = 0; i < 3; i++) {
        const x = await freshCheck(url, reportPath);
        if (x.code !== 1 && x.code !== 0) throw new Error(`fresh check exited ${x.code}: ${x.out.slice(0, 500)}`);
        alone.push(x.ms);
      }
      console.log(`one fresh process (node dist/cli.js check --corpus), alone, 3 runs: ${spread(alone)}`);
      const fresh = await Promise.all(Array.from({ length: CHECKERS }, () => freshCheck(url, reportPath)));
      const bad = fresh.find((x) => x.code !== 1 && x.code !== 0);
      if (bad) throw new Error(`fresh check exited ${bad.code}: ${bad.out.slice(0, 500)}`);
      console.log(`${CHECKERS} fresh processes at once: ${spread(fresh.map((x) => x.ms))}`);
    }
    console.log(
      `memory: RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB (this process holds the in-memory corpus too)`,
    );
  } finally {
    if (cluster) removeCluster(cluster);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
