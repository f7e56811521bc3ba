// npx tsx bench/serverPairs.ts BASE_SERVER_JS MINE_SERVER_JS PAIRS [ARTICLES]: the language server's spawn to first
// diagnostics of examples/report-en.md against .bench/corpus-N (+ seeds), warm (each side's cache folder warmed
// once first), alternating fresh server processes A/B, B/A, …; prints each side's median with its range, the median
// of the per-pair ratios, and peak RSS. For changes where single runs on a shared machine are too noisy.
// XREF_BENCH_CHANGE says what changed since each side's last start (default: nothing): `report` (the report edited
// outside the editor: a copy in the temporary folder, one line's figure changed before each start), `edit` (one article of
// the corpus rewritten with a new sentence before each start) or `add` (one article added before each start); the
// last two write into XREF_BENCH_CORPUS, which must then be a copy in the temporary folder.
import * as fs from 'fs';
import * as os from 'os';
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
const CHANGE = process.env.XREF_BENCH_CHANGE ?? '';
if (!['', 'report', 'edit', 'add'].includes(CHANGE))
  throw new Error(`XREF_BENCH_CHANGE=${CHANGE}: report, edit or add`);
if ((CHANGE === 'edit' || CHANGE === 'add') && !path.resolve(dir).startsWith(os.tmpdir() + path.sep))
  throw new Error(
    `XREF_BENCH_CHANGE=${CHANGE} writes into the corpus: set XREF_BENCH_CORPUS to a copy under ${os.tmpdir()}`,
  );
const original = path.join(ROOT, 'examples', 'report-en.md');
const report = CHANGE === 'report' ? path.join(os.tmpdir(), `xref-bench-report-${process.pid}.md`) : original;
if (CHANGE === 'report') fs.copyFileSync(original, report);
/** The article `edit` rewrites (the first of the first folder) and its text as generated. */
const edited = CHANGE === 'edit' ? firstArticle(dir) : '';
const editedText = edited && fs.readFileSync(edited, 'utf8');
let changes = 0;

/** What XREF_BENCH_CHANGE changes before a start, each time differently. */
function change(): void {
  const n = ++changes;
  if (CHANGE === 'report') fs.writeFileSync(report, editedReport(fs.readFileSync(original, 'utf8'), n));
  else if (CHANGE === 'edit')
    fs.writeFileSync(edited, editedText + `\n\nThe operator said ${100 + n} more workers would join the site.\n`);
  else if (CHANGE === 'add') {
    const folder = path.join(dir, 'zz-bench-added');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(
      path.join(folder, `added-${process.pid}-${n}.txt`),
      `# Site adds workers\n\nThe operator said ${100 + n} more workers would join the Abilene site in ${2026 + (n % 3)}.\n`,
    );
  }
}

/**
 * The report with one line edited as a reporter would (the k-th line with a figure, headings and front matter aside: its
 * first number's last digit changed), as bench/pg.ts edits it: the edited paragraph is judged again, the others may
 * come from what was kept (judge/keptBlocks.ts).
 */
function editedReport(text: string, k: number): string {
  const lines = text.split('\n');
  const withFigure = lines.map((l, i) => (/\d/.test(l) && !/^(#|date:|---)/.test(l) ? i : -1)).filter((i) => i >= 0);
  const i = withFigure[k % withFigure.length];
  lines[i] = lines[i].replace(/\d(?=\D|$)/, (d) => String((Number(d) + 1 + Math.floor(k / withFigure.length)) % 10));
  return lines.join('\n');
}

function firstArticle(d: string): string {
  const e = fs
    .readdirSync(d, { withFileTypes: true })
    .filter((x) => x.isDirectory() || /^[^.].*\.txt$/.test(x.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1))[0];
  return e.isDirectory() ? firstArticle(path.join(d, e.name)) : path.join(d, e.name);
}
const storage = (k: string) =>
  path.join(process.env.XREF_BENCH_CACHE ?? path.join(ROOT, '.bench'), `server-pairs-${k}`);
const sides = { A: path.resolve(baseServer), B: path.resolve(mineServer) } as const;

async function main() {
  for (const k of ['A', 'B'] as const) {
    // Warm it (with XREF_BENCH_CHANGE=report, again: its snapshot of the corpus as it is now, not as a run left it).
    if (!fs.existsSync(storage(k)) || CHANGE === 'report') await serverStartBench(report, dir, n, storage(k), sides[k]);
  }
  const ms: Record<'A' | 'B', number[]> = { A: [], B: [] },
    checked: Record<'A' | 'B', number[]> = { A: [], B: [] },
    cpu: Record<'A' | 'B', number[]> = { A: [], B: [] },
    rss: Record<'A' | 'B', number[]> = { A: [], B: [] };
  for (let i = 0; i < PAIRS; i++) {
    for (const k of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
      if (CHANGE) change();
      const r = await serverStartBench(report, dir, n, storage(k), sides[k], OPEN_AT_START);
      if (!r.log.some((l) => /snapshot/.test(l)) && r.log.length) console.error(k, r.log.join('\n'));
      if (process.env.XREF_BENCH_VERBOSE) console.error(k, r.log.join('\n'));
      ms[k].push(r.diagnosticsMs);
      checked[k].push(r.checkedMs);
      cpu[k].push(r.checkedCpuMs);
      rss[k].push(r.peakRss / 1048576);
      console.error(
        `${k} ${r.diagnosticsMs.toFixed(0)} ms (checked ${r.checkedMs.toFixed(0)} ms, CPU ${r.checkedCpuMs} ms), peak RSS ${(r.peakRss / 1048576).toFixed(0)} MB`,
      );
    }
  }
  const f = (xs: number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  const ratios = ms.B.map((b, i) => b / ms.A[i]);
  console.log(`A = ${sides.A}, B = ${sides.B}, ${PAIRS} pairs, ${n} articles, changed: ${CHANGE || 'nothing'}`);
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  console.log(`first diagnostics ms: A ${f(ms.A)}  B ${f(ms.B)}  B/A pair ratios ${f(ratios.map((r) => r * 1000))}‰`);
  const cr = checked.B.map((b, i) => b / checked.A[i]);
  console.log(`checked diagnostics ms: A ${f(checked.A)}  B ${f(checked.B)}  B/A ${f(cr.map((r) => r * 1000))}‰`);
  const pr = cpu.B.map((b, i) => b / cpu.A[i]);
  console.log(`server CPU at checked diagnostics ms: A ${f(cpu.A)}  B ${f(cpu.B)}  B/A ${f(pr.map((r) => r * 1000))}‰`);
  console.log(`peak RSS MB: A ${f(rss.A)}  B ${f(rss.B)}`);
}
void main();
