// npx tsx bench/serverPairs.ts BASE_SERVER_JS MINE_SERVER_JS PAIRS [ARTICLES]: the language server's spawn to first
// diagnostics of examples/report-en.md against .bench/corpus-N (+ seeds), warm (each side's cache folder warmed
// once first), alternating fresh server processes A/B, B/A, …; prints each side's median with its range, the median
// of the per-pair ratios, and peak RSS. For changes where single runs on a shared machine are too noisy.
import * as fs from 'fs';
import * as path from 'path';
import { corpusDir, ROOT } from './generate';
import { median } from './run';
import { serverStartBench } from './server';

const [baseServer, mineServer, pairsArg, nArg] = process.argv.slice(2);
const PAIRS = Number(pairsArg) || 5;
/** XREF_BENCH_OPEN_AT_START=1: the report opened right after initialize (an editor restoring its tabs). */
const OPEN_AT_START = process.env.XREF_BENCH_OPEN_AT_START === '1';
const n = Number(nArg) || 10000;
const dir = process.env.XREF_BENCH_CORPUS ?? corpusDir(n);
const report = path.join(ROOT, 'examples', 'report-en.md');
const storage = (k: string) =>
  path.join(process.env.XREF_BENCH_CACHE ?? path.join(ROOT, '.bench'), `server-pairs-${k}`);
const sides = { A: path.resolve(baseServer), B: path.resolve(mineServer) } as const;

async function main() {
  for (const k of ['A', 'B'] as const) {
    if (!fs.existsSync(storage(k))) await serverStartBench(report, dir, n, storage(k), sides[k]); // warm it
  }
  const ms: Record<'A' | 'B', number[]> = { A: [], B: [] },
    checked: Record<'A' | 'B', number[]> = { A: [], B: [] },
    rss: Record<'A' | 'B', number[]> = { A: [], B: [] };
  for (let i = 0; i < PAIRS; i++) {
    for (const k of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
      const r = await serverStartBench(report, dir, n, storage(k), sides[k], OPEN_AT_START);
      if (!r.log.some((l) => /snapshot/.test(l)) && r.log.length) console.error(k, r.log.join('\n'));
      ms[k].push(r.diagnosticsMs);
      checked[k].push(r.checkedMs);
      rss[k].push(r.peakRss / 1048576);
      console.error(
        `${k} ${r.diagnosticsMs.toFixed(0)} ms (checked ${r.checkedMs.toFixed(0)} ms), peak RSS ${(r.peakRss / 1048576).toFixed(0)} MB`,
      );
    }
  }
  const f = (xs: number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  const ratios = ms.B.map((b, i) => b / ms.A[i]);
  console.log(`A = ${sides.A}, B = ${sides.B}, ${PAIRS} pairs, ${n} articles`);
  console.log(`first diagnostics ms: A ${f(ms.A)}  B ${f(ms.B)}  B/A pair ratios ${f(ratios.map((r) => r * 1000))}‰`);
  const cr = checked.B.map((b, i) => b / checked.A[i]);
  console.log(`checked diagnostics ms: A ${f(checked.A)}  B ${f(checked.B)}  B/A ${f(cr.map((r) => r * 1000))}‰`);
  console.log(`peak RSS MB: A ${f(rss.A)}  B ${f(rss.B)}`);
}
void main();
