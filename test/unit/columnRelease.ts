// Run by builderColumns.test.ts in a process of its own (node --expose-gc): the array-buffer bytes a long-lived column
// of the stored index's builder (judge/figureIndex.ts Column) leaves behind once taken, before any full collection
// (a cold start makes its stored index with no full collection between the columns). Prints one line of JSON.
import { Column } from '../../server/src/judge/figureIndex';

const gc = (globalThis as { gc?: () => void }).gc!;
const buffers = () => process.memoryUsage().arrayBuffers;
gc();
const base = buffers();
const c = new Column();
const n = 2_000_000;
for (let i = 0; i < n; i++) c.push(70_000 + (i % 1000));
// The column has lived through indexing: its chunks are in the old generation.
gc();
gc();
const before = buffers();
const out = c.take();
// Work that follows (young garbage: scavenges only, no full collection).
let young: { i: number }[] = [];
for (let i = 0; i < 3_000_000; i++) {
  young.push({ i });
  if (young.length > 1000) young = [];
}
const after = buffers();
// Less what the process held before the column.
console.log(JSON.stringify({ before: before - base, after: after - base, taken: out.byteLength, young: young.length }));
