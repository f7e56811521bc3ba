// While a check runs on a big corpus, V8's old generation is let grow only a bounded share past what a full
// collection leaves. A check allocates a great deal of garbage (at 10,000 articles ~700 MB for a 100-line report), some
// of it lives through a few young collections and is promoted, and V8 lets the old generation grow to up to four times
// what the last full collection left before it collects again: at 100,000 articles the first check after a start took
// the heap from ~230 MB live to ~930 MB (353 MB live after the collection that came then), and the process's peak to
// ~1.65 GB warm, ~1.9 GB cold. V8 reads its heap-growing flag each time it sets that limit (after a full collection),
// so the flag is set for the check, one full collection sets the limit from it at once, and the flag is cleared when
// the check ends (indexing is not bounded: there the extra collections cost far more, mem19). Output is the same
// either way: only when the collector runs changes.
import * as v8 from 'v8';
import * as vm from 'vm';

/** How a bounded check reaches V8 (a test gives its own). */
export interface HeapControl {
  /** From how many sources a corpus is big. */
  big: number;
  /** How far past what a full collection leaves the old generation may grow while the check runs, in percent. */
  percent: number;
  setFlags(flags: string): void;
  /** A full collection. */
  collect(): void;
  /**
   * A full collection that compacts the whole old generation (every live object moved onto as few pages as hold it,
   * the pages left empty given back); collect() where absent.
   */
  compact?(): void;
  /** From how many files a merge (a cold load) is bounded (mergeBound); none without. */
  mergeFiles?: number;
  /** How far the old generation may grow past what the last full collection left while a load merges, in bytes. */
  mergeSlack?: number;
  /** The bytes V8's old generation holds now (all but the young generation's spaces: what a full collection frees). */
  oldUsed?(): number;
}

let gcFn: (() => void) | undefined;
/** A full collection: `gc` when the process exposes it, else one from a context made with it exposed. */
function fullGc(): void {
  if (!gcFn) {
    const own = (globalThis as { gc?: () => void }).gc;
    if (own) gcFn = own;
    else {
      v8.setFlagsFromString('--expose-gc');
      gcFn = vm.runInNewContext('gc') as () => void;
    }
  }
  gcFn();
}

/**
 * A full collection that compacts: V8 otherwise moves only the objects of pages it finds fragmented past its own
 * threshold, so the pages a load has left part full stay committed (and resident) at the check's start.
 */
function compactingGc(): void {
  v8.setFlagsFromString('--compact-on-every-full-gc');
  try {
    fullGc();
  } finally {
    v8.setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

/** V8's old generation in use, in bytes: every space's but the young generation's (new and new large objects). */
function oldUsed(): number {
  let n = 0;
  for (const s of v8.getHeapSpaceStatistics()) if (!s.space_name.startsWith('new_')) n += s.space_used_size;
  return n;
}

// A cold load merges each file's sources on the main thread (corpus.ts indexAll): what it keeps is small (~57 MB at
// 10,000 files, ~200 MB at 100,000), but what a file's merge allocates lives long enough to be promoted (the worker's
// batch as cloned, the sources built from it, the facts' per-sentence maps: 357–406 MB over a 10,000 load, mem37), and
// V8 lets the old generation grow to up to several times what its last full collection left before it collects again
// (its factor, picked from collection against allocation speed, is not the check's bounded one: a percent bound while
// merging, mem19 / mem34, made collections dear early, where little is live). So the load's peak RSS followed where
// V8's heap stood in its cycle when the last files were merged (at 10,000: committed 112–123 or 189–203 MB for the same
// engine, mem37). Bounded instead by a fixed slack: when the old generation has grown MERGE_SLACK past what the last
// full collection left, one is made. Its cost is one full collection per MERGE_SLACK promoted, whatever is live.
/** From how many files a cold load's merge is bounded. */
const MERGE_FILES = 2_000;
/** How far past what the last full collection left the old generation may grow while a load merges: 64 MB. */
const MERGE_SLACK = 64 * 1048576;

/**
 * For a load that merges `files` files: a function to call after each file is merged, which makes a full collection
 * at the first file, and then whenever the old generation has grown more than the control's slack past what the last
 * one left (V8's own collections counted: the old generation seen lower is taken as the new floor); undefined for fewer
 * files or a control without it.
 */
export function mergeBound(files: number): (() => void) | undefined {
  const c = control;
  if (!c.oldUsed || !c.mergeSlack || c.mergeFiles === undefined || files < c.mergeFiles) return undefined;
  const used = c.oldUsed,
    slack = c.mergeSlack;
  let floor: number | undefined;
  return () => {
    try {
      const u = used();
      if (floor !== undefined && u < floor) floor = u;
      else if (floor === undefined || u - floor > slack) {
        c.collect();
        floor = used();
      }
    } catch {
      // (the merge goes on unbounded)
    }
  };
}

/**
 * 25,000 sources and up; 25%. 50% (mem23) took the first check's peak at 30,000 (warm) from 592 to 493 MB, but the
 * first check after a cold load of 100,000 still set the whole run's peak (1,017–1,032 MiB, mem33/mem34); 25% took it
 * at 30,000 warm from 375–383 to 348–362 MB (three alternated runs each) for ~7% more CPU (bench/mem.ts, mem35).
 * The check's one collection compacts (mem39): after a cold load of 30,000 V8's heap committed after it was 138–140 MB
 * (163–180 plain, 102 live) and the check's own peak 442–457 MB against 470–485 (five pairs), for ~0.2 s more once;
 * after a warm start (111 committed, 71 live) it changed nothing.
 */
export const v8Control: HeapControl = {
  big: 25_000,
  percent: 25,
  setFlags: (f) => v8.setFlagsFromString(f),
  collect: fullGc,
  compact: compactingGc,
  mergeFiles: MERGE_FILES,
  mergeSlack: MERGE_SLACK,
  oldUsed,
};
let control = v8Control;

/** Replaces how checks reach V8 (tests); undefined puts V8 back. */
export function setHeapControl(c: HeapControl | undefined): void {
  control = c ?? v8Control;
}

let running = 0;
/** The controls a bounded check has collected through (once each: see withBoundedHeap). */
const collectedBy = new WeakSet<HeapControl>();
/**
 * `run()`, with the heap's growth bounded while it runs when the corpus has `sources` of at least `control.big`
 * sources (once for nested calls). A failure to set the flag or collect leaves the check to run as it would.
 */
export function withBoundedHeap<T>(sources: number, run: () => T): T {
  const c = control;
  if (sources < c.big || running > 0) return run();
  running++;
  let set = false;
  try {
    c.setFlags(`--heap-growing-percent=${c.percent}`);
    set = true;
    // (once a process: the first check after a load is where the heap stands highest; a full collection at every
    // check would put a pause of its own on each edit of a report in the editor, and the flag alone takes effect at
    // the next collection V8 makes)
    if (!collectedBy.has(c)) {
      collectedBy.add(c);
      if (c.compact) c.compact();
      else c.collect();
    }
  } catch {
    // (the check runs unbounded)
  }
  try {
    return run();
  } finally {
    running--;
    if (set)
      try {
        c.setFlags('--heap-growing-percent=0');
      } catch {
        // (nothing more to do)
      }
  }
}
