// Run by wordPairs.test.ts in a process of its own (node --expose-gc): how many bytes (heap and array buffers) the
// word-pair learner of a cold start (judge/wordPairs.ts WordPairLearner) holds a grouped figure. The figures are those
// the engine reads in the bundled articles, each source stated again with other amounts (as the generated corpora
// and a real year of coverage do), so that groups stay below the bound. Prints one line of JSON.
import { Corpus } from '../../server/src/corpus/corpus';
import { pairable, PAIRING, WordPairLearner, type PairedFigure } from '../../server/src/judge/wordPairs';

const gc = (globalThis as { gc?: () => void }).gc!;
const held = async () => {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

async function main() {
  const sources = Corpus.load({ folders: [], useBundled: true, workers: 0 }).sources.map((s) => s.figures);
  const N = 40_000;
  // Each round the same sources with their amounts a million more (value strings are decimals: "230").
  const rounds: PairedFigure[][][] = [];
  let grouped = 0;
  for (let k = 1; grouped < N; k++) {
    const round = sources.map((figs) =>
      figs.map((f) => ({ ...f, value: String(Number(f.value) + k * 1e6) }) as PairedFigure),
    );
    // The figures a group keeps: at most the bound's, none once it has had more.
    const groups = new Map<string, number>();
    for (const figs of round)
      for (const f of figs) {
        if (!pairable(f.kind, f.qualifier)) continue;
        const key = `${f.kind}|${f.unit}|${f.value}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
    for (const n of groups.values()) if (n <= PAIRING.maxGroup) grouped += n;
    rounds.push(round);
  }
  const hold: { l?: WordPairLearner } = { l: new WordPairLearner() };
  for (const round of rounds) for (const figs of round) hold.l!.addFigures(figs);
  // What the learner holds: what letting go of it frees.
  const before = await held();
  hold.l = undefined;
  const freed = before - (await held());
  const l = new WordPairLearner();
  for (const round of rounds) for (const figs of round) l.addFigures(figs);
  console.log(JSON.stringify({ grouped, itemBytes: freed / grouped, pairs: l.finish().size }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
