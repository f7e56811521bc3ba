// Where a warm start's time goes (CPU time of the process, GC threads included, so a loaded machine distorts it less than wall time):
// the corpus read back from the cache, then each of the judges' tables a first check builds, then the check.
//   node .bench/phases.js DIR CACHE REPORT   (bundled by esbuild like bench/child.ts)
import * as fs from 'fs';
import { checkReport } from '../server/src/judge/check';
import { clearCheckCache } from '../server/src/judge/checkCache';
import { Corpus } from '../server/src/corpus/corpus';
import { IndexCache } from '../server/src/corpus/cache';
import { indexOf } from '../server/src/judge/figureIndex';
import { cpuLaps } from './laps';

const [dir, cacheDir, report] = process.argv.slice(2);
const { out, lap } = cpuLaps();
const cache = new IndexCache(cacheDir);
const c = Corpus.load({ folders: [dir], useBundled: false, cache });
lap('load');
out.snapshot = cache.snapshot;
indexOf(c);
lap('figureIndex');
const text = fs.readFileSync(report, 'utf8');
checkReport(c, text);
lap('firstCheck');
// Sources decoded from the snapshot so far (corpus/lazySource.ts; absent before it).
const bodies = (c as { snapshot?: { bodies: { decoded: number } } }).snapshot?.bodies;
out.decodedFirst = bodies?.decoded;
clearCheckCache();
checkReport(c, text);
lap('secondCheck');
out.decodedSecond = bodies?.decoded;
out.rssMB = Math.round((process.resourceUsage().maxRSS * 1024) / 1048576);
console.log(JSON.stringify(out));
