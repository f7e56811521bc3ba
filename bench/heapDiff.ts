// What a phase added to the heap, from two V8 heap snapshots of one process (bench/mem.ts SNAP_PEOPLE and SNAP: before
// and after the first check): the objects of the second whose ids the first has not (V8 keeps an object's id across
// snapshots of a process), their self size by kind, and each attributed to the first old object that holds it (owner
// and edge, reached breadth first over strong edges): where the phase's growth hangs. Reads the snapshot's number
// arrays straight into typed arrays, not the whole file through JSON.parse (a 30,000-article heap's snapshot before
// the check is 138 MB, some 7 million nodes and edge numbers as JS values otherwise).
//   node --max-old-space-size=6000 .bench/heapDiff.js BEFORE.heapsnapshot AFTER.heapsnapshot   (or npx tsx)
import * as fs from 'fs';

interface Snapshot {
  meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  nodes: Float64Array;
  edges: Float64Array;
  strings: string[];
}

/** The numbers of a JSON array of integers starting at `at`, and where it ends. */
function numbers(buf: Buffer, at: number): [Float64Array, number] {
  const chunks: Float64Array[] = [];
  let chunk = new Float64Array(1 << 22),
    cl = 0,
    n = 0,
    inNum = false,
    i = at;
  for (; i < buf.length; i++) {
    const c = buf[i];
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      inNum = true;
      continue;
    }
    if (inNum) {
      if (cl === chunk.length) {
        chunks.push(chunk);
        chunk = new Float64Array(1 << 22);
        cl = 0;
      }
      chunk[cl++] = n;
      n = 0;
      inNum = false;
    }
    if (c === 93) break;
  }
  const out = new Float64Array(chunks.length * (1 << 22) + cl);
  let o = 0;
  for (const ch of chunks) {
    out.set(ch, o);
    o += ch.length;
  }
  out.set(chunk.subarray(0, cl), o);
  return [out, i];
}

export function loadSnapshot(file: string): Snapshot {
  const buf = fs.readFileSync(file);
  const find = (s: string, from = 0) => buf.indexOf(Buffer.from(s), from);
  const metaAt = find('"snapshot":'),
    nodesAt = find('"nodes":[');
  const meta = JSON.parse(
    buf
      .subarray(metaAt + 11, nodesAt)
      .toString()
      .replace(/,\s*$/, ''),
  ).meta;
  const [nodes, e1] = numbers(buf, nodesAt + 9);
  const [edges, e2] = numbers(buf, find('"edges":[', e1) + 9);
  const strAt = find('"strings":[', e2);
  const strings = JSON.parse(buf.subarray(strAt + 10, buf.lastIndexOf(Buffer.from(']')) + 1).toString());
  return { meta, nodes, edges, strings };
}

const mb = (b: number) => (b / 1048576).toFixed(2).padStart(8);

function main(before: string, after: string, top = 40): void {
  const a = loadSnapshot(before);
  const af = a.meta.node_fields.length;
  const old = new Set<number>();
  for (let i = 0; i < a.nodes.length; i += af) old.add(a.nodes[i + 2]);
  const { meta, nodes, edges, strings } = loadSnapshot(after);
  const NF = meta.node_fields.length,
    EF = meta.edge_fields.length;
  const ntypes = meta.node_types[0],
    etypes = meta.edge_types[0];
  const N = nodes.length / NF;
  const first = new Float64Array(N + 1);
  for (let i = 0, e = 0; i < N; i++) {
    first[i] = e;
    e += nodes[i * NF + 4] * EF;
  }
  first[N] = edges.length;
  const isNew = new Uint8Array(N);
  let added = 0;
  for (let i = 0; i < N; i++)
    if (!old.has(nodes[i * NF + 2])) {
      isNew[i] = 1;
      added += nodes[i * NF + 3];
    }
  console.log(`nodes ${N}, new ${isNew.reduce((s, x) => s + x, 0)}, new self size ${mb(added).trim()} MB`);
  const name = (i: number) => {
    const t = ntypes[nodes[i * NF]];
    return /^(object|native|closure)$/.test(t) ? `${t}:${strings[nodes[i * NF + 1]].slice(0, 60)}` : t;
  };
  const byName = new Map<string, number>();
  for (let i = 0; i < N; i++) if (isNew[i]) byName.set(name(i), (byName.get(name(i)) ?? 0) + nodes[i * NF + 3]);
  console.log('--- new self size by kind (MB)');
  for (const [k, v] of [...byName].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(mb(v), k);
  // Attributed breadth first: the new objects an old one holds directly first, then what they hold.
  const weak = etypes.indexOf('weak'),
    shortcut = etypes.indexOf('shortcut');
  const edgeName = (e: number) => {
    const t = etypes[edges[e]];
    return t === 'element' || t === 'hidden' ? `[${t}]` : strings[edges[e + 1]];
  };
  const owner = new Int32Array(N).fill(-1);
  const keys: string[] = [],
    keyNo = new Map<string, number>();
  const queue = new Int32Array(N);
  let qh = 0,
    qt = 0;
  const visit = (from: number, own: (e: number) => number) => {
    for (let e = first[from]; e < first[from + 1]; e += EF) {
      if (edges[e] === weak || edges[e] === shortcut) continue;
      const to = edges[e + 2] / NF;
      if (!isNew[to] || owner[to] >= 0) continue;
      owner[to] = own(e);
      queue[qt++] = to;
    }
  };
  for (let i = 0; i < N; i++)
    if (!isNew[i])
      visit(i, (e) => {
        const k = `${name(i)} .${edgeName(e)}`;
        let n = keyNo.get(k);
        if (n === undefined) keyNo.set(k, (n = keys.push(k) - 1));
        return n;
      });
  while (qh < qt) {
    const i = queue[qh++];
    visit(i, () => owner[i]);
  }
  const total = new Float64Array(keys.length),
    count = new Float64Array(keys.length);
  for (let i = 0; i < N; i++)
    if (isNew[i] && owner[i] >= 0) {
      total[owner[i]] += nodes[i * NF + 3];
      count[owner[i]]++;
    }
  console.log('--- new memory by the first old object holding it . edge (MB, objects)');
  const order = [...total.keys()].sort((x, y) => total[y] - total[x]).slice(0, top);
  for (const k of order) console.log(mb(total[k]), String(count[k]).padStart(9), keys[k]);
  console.log('--- the largest owners by kind');
  for (const k of order.slice(0, 8)) {
    const m = new Map<string, number>();
    for (let i = 0; i < N; i++)
      if (isNew[i] && owner[i] === k) m.set(name(i), (m.get(name(i)) ?? 0) + nodes[i * NF + 3]);
    console.log(keys[k]);
    for (const [t, v] of [...m].sort((x, y) => y[1] - x[1]).slice(0, 8)) console.log('  ', mb(v), t);
  }
}

if (require.main === module) main(process.argv[2], process.argv[3]);
