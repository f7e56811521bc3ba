// npx tsx bench/pairs.ts REF_A REF_B [PAIRS]: the engine of commit A against commit B's, in alternating fresh
// processes (A then B, B then A, …), for the rows where a small difference matters and single runs are too noisy
// on a shared machine: index the generated 1,000 articles, check the 1,000- and 10,000-line reports (median of 3
// in one process). Prints each side's median with its range, and the median of the per-pair ratios A/B, which
// cancels most of the load that both runs of a pair share. Corpora come from `npm run bench` (.bench/).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, corpusDir, reportFile } from './generate';
import { checkout, median } from './run';

const [refA, refB, pairsArg] = process.argv.slice(2);
if (!refA || !refB) {
  console.error('usage: npx tsx bench/pairs.ts REF_A REF_B [PAIRS]');
  process.exit(2);
}
const PAIRS = Number(pairsArg) || 10;
const corpus = corpusDir(1000);
const reports = [reportFile(1000), reportFile(10000)];
for (const f of [corpus, ...reports])
  if (!fs.existsSync(f))
    throw new Error(`${path.relative(ROOT, f)} is missing: run \`npm run bench -- index check\` once`);

function run<T>(engine: string, args: string[]): T {
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(engine, 'child.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}

const sides = { A: checkout(refA), B: checkout(refB) };
const rows = ['index 1,000 articles', 'check 1,000 lines', 'check 10,000 lines'];
const got: Record<'A' | 'B', number[][]> = { A: rows.map(() => []), B: rows.map(() => []) };
for (let i = 0; i < PAIRS; i++) {
  for (const k of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
    const e = sides[k].engine;
    got[k][0].push(run<{ ms: number }>(e, ['index', corpus, '']).ms);
    const c = run<{ runs: number[] }[]>(e, ['check', ...reports, '3']);
    got[k][1].push(median(c[0].runs));
    got[k][2].push(median(c[1].runs));
  }
}
const f = (x: number) => x.toFixed(0);
const range = (xs: number[]) => `${f(median(xs))} ms (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
console.log(`A = ${refA} (${sides.A.sha.slice(0, 12)}), B = ${refB} (${sides.B.sha.slice(0, 12)}), ${PAIRS} pairs`);
rows.forEach((what, r) => {
  const a = got.A[r],
    b = got.B[r];
  const ratios = a.map((x, i) => x / b[i]);
  console.log(
    `${what.padEnd(22)} A ${range(a).padEnd(22)} B ${range(b).padEnd(22)} A/B of medians ${(median(a) / median(b)).toFixed(3)}, median of pair ratios ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
});
