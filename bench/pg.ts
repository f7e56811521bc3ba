// npm run bench:pg [-- N] [--rounds=R] [--checkers=C]: the shared corpus in PostgreSQL (issue 13). Starts a throwaway cluster (as the tests
// do), loads N generated articles (default 10,000) into it, and times a 100-line report's check against it:
// alone (cold and warm), then 20 checkers at once (median and p95 per check). Also the same check against the
// corpus in memory, and whether the two give the same result. Reports; never fails a build.
import * as fs from 'fs';
import { Corpus } from '../server/src/corpus/corpus';
import { SharedCorpus } from '../server/src/corpus/pg';
import { checkReport } from '../server/src/judge/check';
import { clearCheckCache } from '../server/src/judge/checkCache';
import { corpusDir, reportFile } from './generate';
import { median, percentile } from './run';
import { postgresMissing, removeCluster, startCluster } from '../test/unit/pgCluster';

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10000);
const flag = (name: string, d: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? d);
const CHECKERS = flag('checkers', 20),
  ROUNDS = flag('rounds', 5);
const now = () => performance.now();
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) + ' ms';

async function main() {
  const missing = postgresMissing();
  if (missing) {
    console.log(`bench:pg skipped: ${missing}`);
    return;
  }
  const dir = corpusDir(N);
  const report = fs.readFileSync(reportFile(100), 'utf8');
  const cluster = await startCluster();
  // Interrupted: the cluster is stopped and removed all the same.
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.on(sig, () => {
      removeCluster(cluster);
      process.exit(130);
    });
  process.env.PGPASSWORD = 'secret';
  try {
    let t = now();
    const memory = Corpus.load({ folders: [dir], useBundled: false });
    console.log(`index ${N} generated articles in memory: ${ms(now() - t)} (${memory.sources.length} sources)`);
    const db = new SharedCorpus(cluster.url);
    t = now();
    const r = await db.ingest(memory.sources);
    console.log(`load them into PostgreSQL (index --into, batches of 200): ${ms(now() - t)} (${r.added} added)`);

    // In memory: the first check builds the lookup tables; then full checks without the block cache.
    t = now();
    const want = checkReport(memory, report);
    const firstMemory = now() - t;
    const memRuns: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      clearCheckCache();
      t = now();
      checkReport(memory, report);
      memRuns.push(now() - t);
    }
    console.log(
      `check a 100-line report in memory: first ${ms(firstMemory)}, then median ${ms(median(memRuns))} (${want.claims.length} claims, ${want.findings.length} findings)`,
    );

    const one = async () => {
      const t0 = now();
      const part = await db.corpusFor(report);
      const t1 = now();
      const got = checkReport(part, report);
      const t2 = now();
      return { fetch: t1 - t0, judge: t2 - t1, total: t2 - t0, sources: part.sources.length, got };
    };
    const cold = await one();
    console.log(
      `check it against PostgreSQL, cold: ${ms(cold.total)} (fetch ${ms(cold.fetch)}: ${cold.sources} of ${memory.sources.length} sources; judge ${ms(cold.judge)}); same result as in memory: ${JSON.stringify(cold.got) === JSON.stringify(want) ? 'yes' : 'NO'}`,
    );
    const warm: Awaited<ReturnType<typeof one>>[] = [];
    for (let i = 0; i < ROUNDS; i++) warm.push(await one());
    console.log(
      `  warm, median of ${ROUNDS}: ${ms(median(warm.map((x) => x.total)))} (fetch ${ms(median(warm.map((x) => x.fetch)))}, judge ${ms(median(warm.map((x) => x.judge)))})`,
    );
    await db.close();

    // 20 checkers at once, each with its own connection, each checking the report ROUNDS times in a row.
    const checkers = Array.from({ length: CHECKERS }, () => new SharedCorpus(cluster.url, { max: 1 }));
    const lat: number[] = [];
    t = now();
    await Promise.all(
      checkers.map(async (c) => {
        for (let i = 0; i < ROUNDS; i++) {
          const t0 = now();
          checkReport(await c.corpusFor(report), report);
          lat.push(now() - t0);
        }
      }),
    );
    const wall = now() - t;
    await Promise.all(checkers.map((c) => c.close()));
    console.log(
      `${CHECKERS} concurrent checkers × ${ROUNDS} checks (one Node process, ${CHECKERS} connections): median ${ms(median(lat))}, p95 ${ms(percentile(lat, 95))}, ${(lat.length / (wall / 1000)).toFixed(1)} checks/s`,
    );
    console.log(
      `memory: RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB (this process holds the in-memory corpus too)`,
    );
  } finally {
    removeCluster(cluster);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
