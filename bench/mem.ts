// Where a start's memory goes, in a fresh process: heap and RSS (after a full GC) once the corpus is loaded from the
// index cache in CACHE (cold when it is empty), once the figure index and the people index are built, and after the
// first check of REPORT (which builds the quote index too); the peak RSS; with SNAP, a heap snapshot there. Each
// phase's RSS is also split as /proc/self/smaps has it (Linux): the main thread's malloc arena ([heap]: buffers and
// typed arrays), other anonymous memory (V8's pages, other threads' arenas, the larger buffers), files; `committed` is
// V8's heap committed, `buffers` the array buffers (`ext` is external + arrayBuffers as before: it counts them twice,
// external includes them). With PHASE_PEAK, `own` is the phase's own peak RSS (Linux: the kernel's high-water mark, set
// back at each phase's end; it is also getrusage's, so `peak` is then the running maximum of the phases' and
// /usr/bin/time's maximum only the last phase's tail). /proc/self/status and memoryUsage().rss lag behind memory V8 has
// just unmapped on its threads (smaps is current): a phase's rss can read high. With SNAP_LOAD, a heap snapshot after
// the load; with SNAP_PEOPLE, one before the first check (bench/heapDiff.ts compares it with SNAP's: what the check
// added); with SMAPS_DIR, each phase's smaps copied there; with PROF, a sampling heap profile of the first check;
// with PROF_LOAD, one of the load (a cold one: what the main thread allocates while it merges, indexes and streams the
// snapshot); with LOAD_EVERY=N, the memory every N files merged (stderr, one JSON line each: where a cold load's RSS
// grows); with SNAP_MERGED=N:FILE, a heap snapshot once N files are merged (what the merge holds then, before the
// snapshot's finish); with CHECK_SAMPLE=MS, a thread reads the process's RSS every MS ms while the first check runs and
// says where its peak stood (`checkPeak`: ms into the check, RSS, and /proc's split of it then: arena, anon, file),
// beside what V8 reported at each of the check's collections (v8.GCProfiler: `checkGcs`, the heap committed and used
// and the array buffers before each, the largest of each kept): what the check's peak is made of. The sampler's own
// thread adds its heap (~10 MB) to every phase after the load.
//   node --expose-gc .bench/mem.js DIR CACHE REPORT [SNAP]   (bundled by esbuild like bench/child.ts)
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as v8 from 'v8';
import { Worker } from 'worker_threads';
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
/** RSS by kind of mapping, in MB ({} where /proc is not there). */
const smaps = (): Record<string, number> => {
  let text: string;
  try {
    text = fs.readFileSync('/proc/self/smaps', 'utf8');
  } catch {
    return {};
  }
  const kb: Record<string, number> = { arena: 0, anon: 0, file: 0 };
  let kind = 'anon';
  for (const line of text.split('\n')) {
    const m = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (m) kind = m[1] === '[heap]' ? 'arena' : m[1].startsWith('/') ? 'file' : 'anon';
    else if (line.startsWith('Rss:')) kb[kind] += Number(line.slice(4).trim().split(/\s+/)[0]);
  }
  return Object.fromEntries(Object.entries(kb).map(([k, v]) => [k, Math.round(v / 1024)]));
};
/** The process's threads (an indexing worker's among them until it has ended). */
const threads = (): number | undefined => {
  try {
    return Number(/^Threads:\s+(\d+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]);
  } catch {
    return undefined;
  }
};
/** With PHASE_PEAK: the phase's own peak RSS in MB (VmHWM, which resetPeak sets back to the RSS of the moment). */
const phasePeaks = !!process.env.PHASE_PEAK;
const phasePeak = (): number | undefined => {
  if (!phasePeaks) return undefined;
  try {
    const kb = /^VmHWM:\s+(\d+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
};
const resetPeak = () => {
  if (!phasePeaks) return;
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // (not Linux, or not allowed: the high-water mark stays the process's)
  }
};
/** The process's peak so far (getrusage's, and with PHASE_PEAK the phases' before it too: resetPeak lowers it). */
let runPeak = 0;
resetPeak();
const at = (what: string) => {
  const ms = Math.round(performance.now() - t);
  const own = phasePeak();
  gc();
  const m = process.memoryUsage();
  out[what] = {
    ms,
    heap: mb(m.heapUsed),
    committed: mb(m.heapTotal),
    ext: mb(m.external + m.arrayBuffers),
    buffers: mb(m.arrayBuffers),
    rss: mb(m.rss),
    peak: (runPeak = Math.max(runPeak, mb(process.resourceUsage().maxRSS * 1024))),
    own,
    ...smaps(),
    threads: threads(),
  };
  if (process.env.SMAPS_DIR)
    fs.writeFileSync(`${process.env.SMAPS_DIR}/${what}.smaps`, fs.readFileSync('/proc/self/smaps'));
  resetPeak();
  t = performance.now();
};
const cache = new IndexCache(cacheDir);
// LOAD_EVERY: no collection is forced there (what the process holds then, garbage included).
const every = Number(process.env.LOAD_EVERY) || 0;
// PROF_LOAD: as PROF below (PROF_OLD applies too), on the main thread only (not the indexing worker's).
const loadSession = process.env.PROF_LOAD ? new inspector.Session() : undefined;
const postTo = (s: inspector.Session, m: string, p: object = {}) => {
  let got: unknown;
  s.post(m, p, (e, r) => {
    if (e) throw e;
    got = r;
  });
  return got; // the inspector answers a session in this thread at once
};
if (loadSession) {
  loadSession.connect();
  postTo(loadSession, 'HeapProfiler.startSampling', {
    samplingInterval: 32768,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: !process.env.PROF_OLD,
  });
}
const [snapAt, snapFile] = (process.env.SNAP_MERGED ?? '').split(/:(.*)/);
// With PHASE_PEAK, a cold load is split where its last file is merged: `merged` is the merge's own (the files read,
// indexed on the threads and merged, the snapshot streamed), and `load` what follows (the snapshot's finish: the
// figure and quote tables built and written). No collection is forced at that point (it would change what follows).
const splitMerge = (done: number, total: number) => {
  if (!phasePeaks || done !== total) return;
  const m = process.memoryUsage();
  out.merged = {
    ms: Math.round(performance.now() - t),
    heap: mb(m.heapUsed),
    committed: mb(m.heapTotal),
    buffers: mb(m.arrayBuffers),
    rss: mb(m.rss),
    own: phasePeak(),
    ...smaps(),
  };
  resetPeak();
};
const c = Corpus.load(
  { folders: [dir], useBundled: false, cache },
  every || snapFile || phasePeaks
    ? (done, total) => {
        splitMerge(done, total);
        if (snapFile && done === Number(snapAt)) v8.writeHeapSnapshot(snapFile);
        if (!every || (done % every && done !== total)) return;
        const m = process.memoryUsage();
        const line = {
          done,
          s: Math.round(performance.now() - t) / 1000,
          heap: mb(m.heapUsed),
          committed: mb(m.heapTotal),
        };
        Object.assign(line, { buffers: mb(m.arrayBuffers), ext: mb(m.external), rss: mb(m.rss), ...smaps() });
        console.error(JSON.stringify(line));
      }
    : undefined,
);
if (loadSession)
  fs.writeFileSync(
    process.env.PROF_LOAD!,
    JSON.stringify((postTo(loadSession, 'HeapProfiler.stopSampling') as { profile: unknown }).profile),
  );
at('load');
if (process.env.SNAP_LOAD) v8.writeHeapSnapshot(process.env.SNAP_LOAD);
out.snapshot = cache.snapshot;
indexOf(c);
at('figureIndex');
peopleOf(c);
at('people');
if (process.env.SNAP_PEOPLE) v8.writeHeapSnapshot(process.env.SNAP_PEOPLE);
// With PROF set, a sampling heap profile of the first check there, objects the collector frees counted too (what
// the check allocates, not only what it keeps); with PROF_OLD too, only objects that outlive the young generation's
// collections (what the check promotes, which is what lets the old generation grow to its next full collection).
const session = process.env.PROF ? new inspector.Session() : undefined;
const post = (m: string, p: object = {}) => postTo(session!, m, p);
if (session) {
  session.connect();
  post('HeapProfiler.startSampling', {
    samplingInterval: 32768,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: !process.env.PROF_OLD,
  });
}
// CHECK_SAMPLE: the sampler waits on `go` (1 while the check runs), and writes its peak into `found` (RSS, arena,
// anon, file in kB; the peak's time in ms after the check began) before it ends.
const sampleMs = Number(process.env.CHECK_SAMPLE) || 0;
const go = new Int32Array(new SharedArrayBuffer(4));
const found = new Float64Array(new SharedArrayBuffer(8 * 5));
const sampler = sampleMs
  ? new Worker(
      `const { workerData: { go, found, ms } } = require('worker_threads'); const fs = require('fs');
      const rss = () => Number(/^VmRSS:\\s+(\\d+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]);
      const split = () => { const kb = { arena: 0, anon: 0, file: 0 }; let kind = 'anon';
        for (const line of fs.readFileSync('/proc/self/smaps', 'utf8').split('\\n')) {
          const m = /^[0-9a-f]+-[0-9a-f]+ \\S+ \\S+ \\S+ \\S+\\s*(.*)$/.exec(line);
          if (m) kind = m[1] === '[heap]' ? 'arena' : m[1].startsWith('/') ? 'file' : 'anon';
          else if (line.startsWith('Rss:')) kb[kind] += Number(line.slice(4).trim().split(/\\s+/)[0]); }
        return kb; };
      Atomics.wait(go, 0, 0); const t0 = Date.now(); let top = 0;
      while (Atomics.load(go, 0) === 1) {
        const r = rss();
        if (r > top + 2048) { const k = split(); top = Math.max(r, k.arena + k.anon + k.file);
          found.set([top, k.arena, k.anon, k.file, Date.now() - t0]); }
        Atomics.wait(go, 0, 1, ms);
      }`,
      { eval: true, workerData: { go, found, ms: sampleMs } },
    )
  : undefined;
const gcProfiler = sampleMs ? new v8.GCProfiler() : undefined;
if (sampler) {
  // (the sampler's thread started and waiting before the check begins)
  const until = Date.now() + 2000;
  while (Date.now() < until) Atomics.wait(go, 0, 0, 50);
  gcProfiler!.start();
  Atomics.store(go, 0, 1);
  Atomics.notify(go, 0);
}
const result = checkReport(c, fs.readFileSync(report, 'utf8'));
if (sampler) {
  Atomics.store(go, 0, 2);
  Atomics.notify(go, 0);
  const kb = (n: number) => Math.round(n / 1024);
  out.checkPeak = { ms: found[4], rss: kb(found[0]), arena: kb(found[1]), anon: kb(found[2]), file: kb(found[3]) };
  type Stats = { heapStatistics: Record<string, number> };
  const gcs = (gcProfiler!.stop() as unknown as { statistics: { gcType: string; beforeGC: Stats }[] }).statistics;
  const top = (f: string) => mb(Math.max(0, ...gcs.map((g) => g.beforeGC.heapStatistics[f] ?? 0)));
  out.checkGcs = {
    n: gcs.length,
    full: gcs.filter((g) => /Mark/.test(g.gcType)).length,
    committed: top('totalHeapSize'),
    used: top('usedHeapSize'),
    external: top('externalMemory'),
  };
  void sampler.terminate();
}
if (session)
  fs.writeFileSync(
    process.env.PROF!,
    JSON.stringify((post('HeapProfiler.stopSampling') as { profile: unknown }).profile),
  );
at('firstCheck');
// The check's result, hashed: two engines compared on the same corpus and report must give the same.
out.result = crypto.createHash('sha256').update(JSON.stringify(result)).digest('hex').slice(0, 16);
// What the figure index made and built (absent before judge/figureIndex.ts kept its entries as columns).
const fx = figureIndex as { entriesMade?: (c: Corpus) => unknown; storedSubjectsBuilt?: (c: Corpus) => number };
out.entries = fx.entriesMade?.(c);
out.subjectsBuilt = fx.storedSubjectsBuilt?.(c);
// How many source bodies the check decoded from the snapshot (a body let go of and read again counts again).
out.decoded = c.snapshot?.bodies.decoded;
if (snap) v8.writeHeapSnapshot(snap);
console.log(JSON.stringify(out));
