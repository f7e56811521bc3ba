// One measurement in a fresh process (so peak RSS is this measurement's alone); prints one JSON line.
// bench/run.ts runs it bundled (.bench/engine/child.js, with the indexing worker beside it), as users run dist/.
import * as fs from 'fs';
import MarkdownIt from 'markdown-it';
import { checkReport } from '../server/src/judge/check';
import { clearCheckCache } from '../server/src/judge/checkCache';
import { Corpus } from '../server/src/corpus/corpus';
import { IndexCache } from '../server/src/corpus/cache';

const [what, ...argv] = process.argv.slice(2);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const now = () => performance.now();

function seeds(runs: number) {
  Corpus.load({ folders: [] }); // warm: modules, regexes, lexicon
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    Corpus.load({ folders: [] });
    out.push(now() - t0);
  }
  return { runs: out };
}

function index(dir: string, report: string) {
  const t0 = now();
  const c = Corpus.load({ folders: [dir], useBundled: false });
  const ms = now() - t0;
  // The index alone, before a check builds its lookup tables (figure postings, quote search). The process's
  // peak RSS: worker threads (gone by now) included.
  const indexRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const indexHeap = process.memoryUsage().heapUsed;
  let checkMs = NaN;
  if (report) {
    const text = fs.readFileSync(report, 'utf8');
    checkReport(c, text); // builds the figure index once
    clearCheckCache(); // time a full check, not a re-check served from the block cache
    const t1 = now();
    checkReport(c, text);
    checkMs = now() - t1;
  }
  gc();
  const heap = process.memoryUsage().heapUsed;
  const { workers, batches, here } = c.indexedWith;
  return {
    ms,
    indexRss,
    indexHeap,
    rss: process.resourceUsage().maxRSS * 1024,
    heap,
    sources: c.sources.length,
    skipped: c.skipped.map((s) => `${s.file}: ${s.reason}`),
    checkMs,
    workers,
    batches,
    here,
  };
}

/** The floor: one global regex over the text for what the extractors look at first (numbers, quotation marks). */
export function floorScan(text: string): number {
  let n = 0;
  const re = /\d[\d,.]*|[“”"‘’']/g;
  while (re.exec(text)) n++;
  return n;
}

function check(files: string[], runs: number) {
  const corpus = Corpus.load({ folders: [] });
  checkReport(corpus, 'warm up: Stargate will invest $500 billion.');
  return files.map((f) => {
    const text = fs.readFileSync(f, 'utf8');
    const times: number[] = [],
      floor: number[] = [],
      md: number[] = [];
    let claims = 0,
      findings = 0;
    for (let i = 0; i < runs; i++) {
      // Full checks (a CLI run, a report just opened): the block cache would turn repeats into re-checks,
      // which the server section measures on its own.
      clearCheckCache();
      const t0 = now();
      const r = checkReport(corpus, text);
      times.push(now() - t0);
      claims = r.claims.length;
      findings = r.findings.length;
    }
    for (let i = 0; i < Math.max(5, runs); i++) {
      const t0 = now();
      floorScan(text);
      floor.push(now() - t0);
    }
    // The Markdown parse alone, as a reader's yardstick: how much of a check is parsing the report at all.
    for (let i = 0; i < 3; i++) new MarkdownIt().parse(text, {}); // warm, as the check is
    for (let i = 0; i < Math.max(9, runs); i++) {
      const t0 = now();
      new MarkdownIt().parse(text, {});
      md.push(now() - t0);
    }
    return { lines: text.split('\n').length - 1, chars: text.length, runs: times, floor, md, claims, findings };
  });
}

/**
 * A start with the index cache in `cacheDir` (cold when it is empty): the load, its peak RSS, what the snapshot
 * did, the first check of `report` (which builds the judges' lookup tables) and a second full one (warmed).
 */
function cached(dir: string, cacheDir: string, report: string) {
  const cache = new IndexCache(cacheDir);
  const t0 = now();
  const c = Corpus.load({ folders: [dir], useBundled: false, cache });
  const ms = now() - t0;
  const indexRss = process.resourceUsage().maxRSS * 1024;
  const text = fs.readFileSync(report, 'utf8');
  const t1 = now();
  checkReport(c, text);
  const firstCheckMs = now() - t1;
  clearCheckCache();
  const t2 = now();
  checkReport(c, text);
  const checkMs = now() - t2;
  return {
    ms,
    indexRss,
    rss: process.resourceUsage().maxRSS * 1024,
    sources: c.sources.length,
    snapshot: cache.snapshot,
    hits: cache.counts.hits,
    firstCheckMs,
    checkMs,
  };
}

let result: unknown;
if (what === 'seeds') result = seeds(Number(argv[0] ?? 20));
else if (what === 'index') result = index(argv[0], argv[1] ?? '');
else if (what === 'check') result = check(argv.slice(0, -1), Number(argv[argv.length - 1]));
else if (what === 'cached') result = cached(argv[0], argv[1], argv[2]);
else throw new Error(`unknown bench child ${what}`);
console.log(JSON.stringify(result));
