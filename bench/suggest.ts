// CPU time of the citation-key suggestions (citation-unknown's "Did you mean") for mistyped keys against
// generated key lists, the way a first check meets them: the search built over all keys, then asked per key.
//   npx tsx bench/suggest.ts [ROUNDS]
// Each round times, alternately, Fuse over every key (the reference, what the check did before issue 13) and
// suggestKeysAmong, and checks that both suggest the same keys in the same order.
import Fuse from 'fuse.js';
import { citationKeys, keyTypos } from './generate';
import { suggestKeysAmong } from '../server/src/judge/keySuggest';

const rounds = Number(process.argv[2] ?? 7);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const reference = (keys: readonly string[], key: string) =>
  new Fuse(
    keys.map((k) => ({ key: k })),
    { keys: ['key'], ignoreLocation: true, threshold: 0.5 },
  )
    .search(key.slice(0, 64), { limit: 3 })
    .map((r) => r.item.key);
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const n of [1000, 10000]) {
  const keys = citationKeys(n);
  const typos = [...keyTypos(keys, 12), 'edaily-2025-01-21', 'joongang-2025-01-23'];
  const t: Record<string, number[]> = { fuse: [], among: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [name, f] of r % 2
      ? ([
          ['among', suggestKeysAmong],
          ['fuse', reference],
        ] as const)
      : ([
          ['fuse', reference],
          ['among', suggestKeysAmong],
        ] as const)) {
      const t0 = cpu();
      const got = typos.map((k) => f(keys, k));
      t[name].push(cpu() - t0);
      if (name === 'among') {
        const want = typos.map((k) => reference(keys, k));
        got.forEach((g, i) => {
          if (g.join() !== want[i].join()) throw new Error(`${typos[i]}: ${g.join()} ≠ ${want[i].join()}`);
        });
      }
    }
  }
  for (const [name, a] of Object.entries(t))
    console.log(
      `${String(n).padStart(6)} keys, ${typos.length} unknown keys, ${name.padEnd(5)}: median ${median(a).toFixed(0)} ms CPU (min ${Math.min(...a).toFixed(0)}, max ${Math.max(...a).toFixed(0)}; ${rounds} rounds)`,
    );
}
