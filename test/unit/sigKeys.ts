// Run by builderColumns.test.ts in a process of its own (node --expose-gc): how many heap bytes a cold start's table of
// distinct figure signatures (judge/figureIndex.ts SigTable) holds a signature kept, against the figures it keeps
// alone. The figures are those the engine reads in the bundled articles, each stated again with other amounts (as the
// generated corpora and a real year of coverage do: "$500 billion", "$520 billion", ...). Prints one line of JSON.
import { Corpus } from '../../server/src/corpus/corpus';
import { SigTable, type SigFigure } from '../../server/src/judge/figureIndex';
import { heapFreed } from './heapFreed';

async function main() {
  const { freed } = heapFreed();
  const figures = Corpus.load({ folders: [], useBundled: true, workers: 0 }).sources.flatMap((s) => s.figures);
  const N = 40_000;
  const made: SigFigure[] = [];
  for (let i = 0; made.length < N; i++) {
    const f = figures[i % figures.length];
    const k = 1 + Math.floor(i / figures.length);
    const { kind, value, low, high, precision, qualifier, text } = f;
    // Values are decimal strings ("500000000000"): the same figure stated k million more.
    const at = (x: string | undefined) => (x === undefined ? x : String(Number(x) + k * 1e6));
    made.push({ kind, value: at(value)!, low: at(low), high: at(high), precision, qualifier, text });
  }
  // The table, then the figures it keeps alone: what a key costs beside them.
  const hold: { table?: SigTable; kept?: SigFigure[] } = { kept: [] };
  hold.table = new SigTable(hold.kept!);
  for (const f of made) hold.table.of(f);
  const distinct = hold.kept!.length;
  const keys = await freed(() => (hold.table = undefined));
  const held = await freed(() => (hold.kept = undefined));
  console.log(JSON.stringify({ distinct, keyBytes: keys / distinct, figureBytes: held / distinct }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
