// Where a start's memory goes, in a fresh process: heap and RSS (after a full GC) once the corpus is loaded from
// the index cache in CACHE (cold when it is empty), once the figure index and the people index are built, and after
// the first check of REPORT (which builds the quote index too); the peak RSS; with SNAP, a heap snapshot there.
//   node --expose-gc .bench/mem.js DIR CACHE REPORT [SNAP]   (bundled by esbuild like bench/child.ts)
import * as fs from 'fs';
import * as v8 from 'v8';
import { checkReport } from '../server/src/judge/check';
import { Corpus } from '../server/src/corpus/corpus';
import { IndexCache } from '../server/src/corpus/cache';
import * as figureIndex from '../server/src/judge/figureIndex';
const { indexOf } = figureIndex;
import { peopleOf } from '../server/src/judge/people';

const [dir, cacheDir, report, snap] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (b: number) => Math.round(b / 1048576);
const out: Record<string, unknown> = {};
let t = performance.now();
const at = (what: string) => {
  const ms = Math.round(performance.now() - t);
  gc();
  const m = process.memoryUsage();
  out[what] = {
    ms,
    heap: mb(m.heapUsed),
    ext: mb(m.external + m.arrayBuffers),
    rss: mb(m.rss),
    peak: mb(process.resourceUsage().maxRSS * 1024),
  };
  t = performance.now();
};
const cache = new IndexCache(cacheDir);
const c = Corpus.load({ folders: [dir], useBundled: false, cache });
at('load');
out.snapshot = cache.snapshot;
indexOf(c);
at('figureIndex');
peopleOf(c);
at('people');
checkReport(c, fs.readFileSync(report, 'utf8'));
at('firstCheck');
// What the figure index made and built (absent before judge/figureIndex.ts kept its entries as columns).
const fx = figureIndex as { entriesMade?: (c: Corpus) => unknown; storedSubjectsBuilt?: (c: Corpus) => number };
out.entries = fx.entriesMade?.(c);
out.subjectsBuilt = fx.storedSubjectsBuilt?.(c);
// How many source bodies the check decoded from the snapshot (a body let go of and read again counts again).
out.decoded = c.snapshot?.bodies.decoded;
if (snap) v8.writeHeapSnapshot(snap);
console.log(JSON.stringify(out));
