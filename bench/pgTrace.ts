// npx tsx bench/pgTrace.ts URL [REPORT] [--checks=N] [--explain=MS] [--dump=FILE]: where a check against a loaded shared corpus
// spends its time. Every query a check sends (pg's Client.query wrapped): its shape, rows, wall time, grouped by
// shape; then fetch and judging time in Node. --explain=MS: EXPLAIN (ANALYZE, BUFFERS) of each query slower than
// MS, printed after the check (run again in a snapshot of its own).
import * as fs from 'fs';
import { Client } from 'pg';
import { SharedCorpus } from '../server/src/corpus/pg';
import { checkReport } from '../server/src/judge/check';
import { reportFile } from './generate';

const url = process.argv[2];
const report = fs.readFileSync(process.argv.slice(3).find((a) => !a.startsWith('--')) ?? reportFile(100), 'utf8');
const flag = (n: string, d: number) => Number(process.argv.find((a) => a.startsWith(`--${n}=`))?.split('=')[1] ?? d);
const CHECKS = flag('checks', 2),
  EXPLAIN = flag('explain', Infinity);
/** --dump=FILE: the last check's queries (text, parameters, time, rows) as JSON, to replay them. */
const DUMP = process.argv.find((a) => a.startsWith('--dump='))?.slice('--dump='.length);

interface Q {
  sql: string;
  params: unknown[];
  ms: number;
  rows: number;
}
let log: Q[] = [];
const orig = Client.prototype.query as (...a: unknown[]) => unknown;
(Client.prototype as unknown as { query: unknown }).query = function (this: Client, ...a: unknown[]) {
  const sql = typeof a[0] === 'string' ? a[0] : undefined;
  const r = orig.apply(this, a);
  if (sql && r && typeof (r as Promise<unknown>).then === 'function') {
    const t0 = performance.now();
    const params = (a[1] as unknown[]) ?? [];
    (r as Promise<{ rowCount: number | null; rows?: unknown[] }>).then(
      (res) => log.push({ sql, params, ms: performance.now() - t0, rows: res?.rows?.length ?? res?.rowCount ?? 0 }),
      () => undefined,
    );
  }
  return r;
};

const shape = (sql: string) => {
  const s = sql.replace(/\s+/g, ' ').trim();
  const m = s.match(/^WITH q AS \([^)]*\)\)?,? ?(.*)$/);
  return (m ? 'WITH q … ' + m[1] : s).slice(0, 110);
};

async function main() {
  process.env.PGPASSWORD ??= 'secret';
  const db = new SharedCorpus(url, { keep: false });
  for (let i = 0; i < CHECKS; i++) {
    log = [];
    const t0 = performance.now();
    const part = await db.corpusFor(report);
    const t1 = performance.now();
    const got = checkReport(part, report);
    const t2 = performance.now();
    const by = new Map<string, { n: number; ms: number; rows: number; max: number }>();
    for (const q of log) {
      const k = shape(q.sql);
      const x = by.get(k) ?? { n: 0, ms: 0, rows: 0, max: 0 };
      x.n++;
      x.ms += q.ms;
      x.rows += q.rows;
      x.max = Math.max(x.max, q.ms);
      by.set(k, x);
    }
    const inDb = log.reduce((s, q) => s + q.ms, 0);
    console.log(
      `check ${i + 1}: fetch ${(t1 - t0).toFixed(0)} ms (queries ${log.length}, ${inDb.toFixed(0)} ms waiting on the server), judge ${(t2 - t1).toFixed(0)} ms; ${db.lastFetch?.sources} sources, ${got.findings.length} findings`,
    );
    for (const [k, x] of [...by].sort((a, b) => b[1].ms - a[1].ms))
      console.log(
        `  ${x.ms.toFixed(0).padStart(7)} ms ${String(x.n).padStart(4)}× max ${x.max.toFixed(0).padStart(6)} rows ${String(x.rows).padStart(7)}  ${k}`,
      );
  }
  await db.close();
  if (DUMP) fs.writeFileSync(DUMP, JSON.stringify(log));
  if (Number.isFinite(EXPLAIN)) {
    const c = new Client({ connectionString: url });
    await c.connect();
    await c.query(`SET work_mem = '64MB'`);
    for (const q of log.filter((q) => q.ms > EXPLAIN).sort((a, b) => b.ms - a.ms)) {
      const plan = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + q.sql, q.params as unknown[]);
      console.log(`\n--- ${q.ms.toFixed(0)} ms, ${q.rows} rows: ${shape(q.sql)}`);
      console.log(JSON.stringify(q.params).slice(0, 400));
      for (const r of plan.rows) console.log(r['QUERY PLAN']);
    }
    await c.end();
  }
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
