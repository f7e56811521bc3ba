// How high the heap goes while work that promotes garbage runs after a full collection, with the heap's growth bounded
// (heapBound.ts, at the percent given) or not ("0"): prints {"live", "max"} in MB. Run in a process of its own (no
// --expose-gc: the collection is the one heapBound.ts makes for itself).
import { setHeapControl, v8Control, withBoundedHeap } from '../../server/src/judge/heapBound';

const percent = Number(process.argv[2]);
const mb = (b: number) => Math.round(b / 1048576);
// ~60 MB that stays live, as an index does.
const live: number[][] = [];
for (let i = 0; i < 500_000; i++) live.push([i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7]);
let max = 0;
const work = () => {
  // Each item lives while the next 50,000 are made: long enough to be promoted, then garbage in the old generation.
  const ring: unknown[] = new Array(200_000);
  for (let i = 0; i < 5_000_000; i++) {
    ring[i % ring.length] = { i, a: [i, i, i, i], s: 'x' + (i % 1000) };
    if (i % 5_000 === 0) max = Math.max(max, process.memoryUsage().heapUsed);
  }
};
setHeapControl({ ...v8Control, big: 0, percent: percent || 1, setFlags: percent ? v8Control.setFlags : () => {} });
withBoundedHeap(1, () => undefined); // (the collection that sets the limit, and live measured after it)
const liveMb = mb(process.memoryUsage().heapUsed);
withBoundedHeap(1, work);
console.log(JSON.stringify({ live: liveMb, max: mb(max), kept: live.length }));
