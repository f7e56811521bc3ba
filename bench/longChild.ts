// One long-line sample in a fresh process (npm run bench -- long): the bundled seeds loaded, then the first check of
// the line's report timed (cold: nothing of the engine run before it in this process), then `warm` more full checks
// of it in the same process (the check cache cleared before each, so each is a full check). Prints one JSON line.
// Bundled by bench/run.ts against the engine measured (this checkout's, or a baseline's: only checkReport,
// clearCheckCache and Corpus.load are used, which every engine since the bench began has).
import * as fs from 'fs';
import { checkReport } from '../server/src/judge/check';
import { clearCheckCache } from '../server/src/judge/checkCache';
import { Corpus } from '../server/src/corpus/corpus';

const [file, warmArg] = process.argv.slice(2);
const warmRuns = Number(warmArg ?? 1);
const corpus = Corpus.load({ folders: [] });
const text = fs.readFileSync(file, 'utf8');
/** CPU time of the process (GC threads included), ms: less bent by a loaded machine than wall time. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = performance.now(),
  c0 = cpu();
const r = checkReport(corpus, text);
const cold = performance.now() - t0,
  coldCpu = cpu() - c0;
const warm: number[] = [],
  warmCpu: number[] = [];
for (let i = 0; i < warmRuns; i++) {
  clearCheckCache();
  const t1 = performance.now(),
    c1 = cpu();
  checkReport(corpus, text);
  warm.push(performance.now() - t1);
  warmCpu.push(cpu() - c1);
}
console.log(
  JSON.stringify({
    chars: text.length,
    cold,
    coldCpu,
    warm,
    warmCpu,
    claims: r.claims.length,
    findings: r.findings.length,
    rss: process.resourceUsage().maxRSS * 1024,
  }),
);
