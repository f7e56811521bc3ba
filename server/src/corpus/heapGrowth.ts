// V8's old generation while a cold start indexes: allowed to grow by less over what its last full collection left.
// Indexing promotes most of what it makes (a batch's sources are held until they are merged in file order, then
// streamed into the snapshot and let go of), so the old generation fills with garbage; with V8's own growing factor it
// is collected only once it is about twice what is live, and the pages it committed meanwhile (with the indexing
// worker's, the same flag) were the largest part of the cold start's peak RSS (at 30,000 generated articles, ~300 of
// 630 MB in V8's pages against 90 MB of heap live after it). Set for the index only: a check's heap grows as V8 likes.
import * as v8 from 'v8';

/** The old generation's growth over what a full collection leaves, in percent, while a cold start indexes. */
export const INDEX_HEAP_GROWING_PERCENT = 20;

let active = 0;

/** For tests: the flags set (each call to v8.setFlagsFromString made here). */
export const heapGrowthHooks: { set?: (flag: string) => void } = {};

function set(flag: string): void {
  if (heapGrowthHooks.set) heapGrowthHooks.set(flag);
  else v8.setFlagsFromString(flag);
}

/**
 * The old generation's growth held to INDEX_HEAP_GROWING_PERCENT until the returned function is called (once; loads
 * that overlap keep it until the last ends), then V8's own again (the flag's default, 0: worked out by V8).
 */
export function tightHeapGrowth(): () => void {
  if (active++ === 0) set(`--heap-growing-percent=${INDEX_HEAP_GROWING_PERCENT}`);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--active === 0) set('--heap-growing-percent=0');
  };
}
