// The long-line bench's lines (npm run bench -- long): one report line of many figures or quotations, in a few
// shapes, each at sizes that double (so the growth shows: twice the figures should take about twice the time).
// Written once to .bench/long/ (git-ignored) and read by bench/longChild.ts in a fresh process per sample.
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { langArb, longLineArb } from '../test/unit/fuzzText';
import { BENCH_DIR } from './generate';

export interface LongShape {
  /** What the row says. */
  name: string;
  /** The unit of growth in the size column ("figures", "characters"). */
  counts: string;
  /** The line at a size (sizes in `counts`). */
  line: (n: number) => string;
  sizes: number[];
}

/** The first of the property test's 100,000-character lines that a seed draws (properties.test.ts, fc.sample). */
function seedLine(seed: number, run = 0): string {
  const drawn = fc.sample(
    fc.property(longLineArb, langArb, () => true),
    { numRuns: run + 1, seed },
  ) as unknown as [string, string][];
  return drawn[run][0];
}

/** A line of one piece repeated, its size counted in figures. */
const repeated = (label: string, piece: string, sizes: number[]): LongShape => ({
  name: `${label} '${piece}'`,
  counts: 'figures',
  line: (n) => piece.repeat(n),
  sizes,
});

export const LONG_SHAPES: LongShape[] = [
  repeated('Korean amounts', '5천억 ', [5_000, 10_000, 20_000]),
  repeated('labelled amounts', '$1 billion of wind, ', [1_250, 2_500, 5_000]),
  repeated('part labels', '1단계 200MW, ', [2_000, 4_000, 8_000]),
  {
    name: "distinct shares '101% of $1 million, …'",
    counts: 'figure pairs',
    line: (n) => Array.from({ length: n }, (_, k) => `${101 + k}% of $${k + 1} million, `).join(''),
    sizes: [1_000, 2_000, 4_000],
  },
  repeated('percentages', '12.5% ', [5_000, 10_000, 20_000]),
  {
    name: 'quoted sentences',
    counts: 'quotes',
    line: (n) => '“We will build the first campus in Texas,” Altman said. '.repeat(n),
    sizes: [450, 900, 1_800],
  },
  // The property test's 100,000-character lines that were slowest (XREF_FUZZ_SEED=...; the first line it draws):
  // 20261206's '> 3개사–' repeated, 544129291's ',데이터센터up to 7,,,26.755!billion* 약 720조원150㎿$500 billion'.
  {
    name: 'seed 20261206 line (3개사)',
    counts: 'characters',
    line: (n) => seedLine(20261206).slice(0, n),
    sizes: [25_000, 50_000, 100_000],
  },
  {
    name: 'seed 544129291 line (mixed amounts)',
    counts: 'characters',
    line: (n) => seedLine(544129291).slice(0, n),
    sizes: [25_000, 50_000, 100_000],
  },
];

/** The line's file under .bench/long/, written when missing (or different). */
export function longLineFile(shape: LongShape, n: number): string {
  const dir = path.join(BENCH_DIR, 'long');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${shape.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${n}.md`);
  const text = shape.line(n) + '\n';
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  return file;
}
