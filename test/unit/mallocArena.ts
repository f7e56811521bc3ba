// What a process's malloc arena keeps after large blocks are freed: a large block is allocated and freed (which raises
// glibc's dynamic mmap threshold above it), then 200 blocks of 512 KB are allocated and all but every tenth freed.
// Prints {"full", "after"}: the process's resident MB over what it held before the blocks, with all held, and after
// (the 20 kept are 10 MB). Run in a process of its own with --expose-gc (memoryEnv.test.ts), with and without
// GLIBC_TUNABLES.
const gc = (globalThis as { gc?: () => void }).gc as () => void;
const rss = () => process.memoryUsage().rss;
let big: ArrayBuffer | undefined = new ArrayBuffer(8 << 20);
new Uint8Array(big).fill(1);
big = undefined;
gc();
const start = rss();
const mb = (b: number) => Math.round((b - start) / 1048576);
let held: ArrayBuffer[] = [];
for (let i = 0; i < 200; i++) {
  const b = new ArrayBuffer(512 << 10);
  new Uint8Array(b).fill(1);
  held.push(b);
}
const full = mb(rss());
held = held.filter((_, i) => i % 10 === 0);
gc();
gc();
console.log(JSON.stringify({ full, after: mb(rss()), held: held.length, big }));
export {};
