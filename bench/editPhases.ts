// Where the first check after one article changed goes (issue 13): the corpus loaded from a warm snapshot, one article
// edited, loaded again (the snapshot patched), then the report checked with the blocks kept from the check before the
// change (judge/keptBlocks.ts), as the language server does after a restart. CPU of the process between points.
//   node .bench/editPhases.js DIR CACHE REPORT ARTICLE N
import * as fs from 'fs';
import * as path from 'path';
import { checkReport } from '../server/src/judge/check';
import { Corpus } from '../server/src/corpus/corpus';
import { IndexCache } from '../server/src/corpus/cache';
import { KeptBlocks } from '../server/src/judge/keptBlocks';
import { clearCheckCache } from '../server/src/judge/checkCache';
import { cpuLaps } from './laps';

const [dir, cacheDir, report, article, nArg] = process.argv.slice(2);
const { out, lap, restart } = cpuLaps();
const text = fs.readFileSync(report, 'utf8');
const blocksDir = path.join(cacheDir, 'edit-blocks');
// XREF_BENCH_DEFER=1: the snapshot finished after the first check, as the language server does (deferSnapshotWrite).
const defer = process.env.XREF_BENCH_DEFER === '1';
const load = () =>
  Corpus.load({ folders: [dir], useBundled: false, cache: new IndexCache(cacheDir), deferSnapshotWrite: defer });
if (process.env.PREPARE) {
  // The state before the change: a snapshot and the report's blocks kept on it.
  const c = load();
  const kept = new KeptBlocks(blocksDir, report, c.identity!);
  checkReport(c, text, { kept });
  kept.save();
  console.log(JSON.stringify({ prepared: c.identity }));
} else {
  const original = fs.readFileSync(article, 'utf8').split('\n\nThe operator said ')[0];
  fs.writeFileSync(
    article,
    original + `\n\nThe operator said ${100 + Number(nArg ?? 1)} more workers would join the site.\n`,
  );
  restart();
  const c = load();
  lap('load');
  const kept = new KeptBlocks(blocksDir, report, c.identity!);
  const r = checkReport(c, text, { kept });
  lap('firstCheck');
  out.findings = r.findings.length;
  if (defer) {
    c.writeSnapshot();
    lap('snapshotWritten');
  }
  if (!process.env.FIRST_ONLY) {
    clearCheckCache();
    checkReport(c, text);
    lap('secondCheck');
  }
  if (process.env.RELOAD) {
    // The same corpus loaded again (a new object: every table built again), checked with the code warm.
    const c2 = load();
    lap('reload');
    checkReport(c2, text);
    lap('checkWarmCode');
  }
  kept.save();
  out.rssMB = Math.round((process.resourceUsage().maxRSS * 1024) / 1048576);
  console.log(JSON.stringify(out));
}
