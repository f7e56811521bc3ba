// V8's heap committed at a bounded check's start when a load has left its pages part full: prints {"live",
// "committed"} in MB (the old generation's) as the check's run() sees them, after the collection withBoundedHeap makes there ("compact": the
// control's own, which compacts; "plain": a control without compact(), a plain full collection). Run in a process of
// its own (no --expose-gc: the collection is the one heapBound.ts makes for itself).
import * as v8 from 'v8';
import { setHeapControl, v8Control, withBoundedHeap } from '../../server/src/judge/heapBound';

const how = process.argv[2];
const mb = (b: number) => Math.round(b / 1048576);
// As a load leaves its heap: what stays (one object in eight, ~35 MB) spread over pages among what was let go of.
const kept: { i: number; s: string }[] = [];
let gone: { i: number; s: string }[] = [];
for (let i = 0; i < 4_000_000; i++) {
  const o = { i, s: 'x' + i };
  if (i % 8 === 0) kept.push(o);
  else gone.push(o);
}
gone = [];
setHeapControl({ ...v8Control, big: 0, compact: how === 'compact' ? v8Control.compact : undefined });
// (the old generation's: every space but the young generation's, whose size is its own)
const old = (f: 'space_used_size' | 'space_size') =>
  v8.getHeapSpaceStatistics().reduce((n, s) => n + (s.space_name.startsWith('new_') ? 0 : s[f]), 0);
const at = withBoundedHeap(1, () => ({ live: mb(old('space_used_size')), committed: mb(old('space_size')) }));
console.log(JSON.stringify({ ...at, kept: kept.length + gone.length }));
