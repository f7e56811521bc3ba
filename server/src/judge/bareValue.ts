// A number a source sentence writes without its unit, leaving it to a figure of the sentence before it ("Our switchgear
// has to run at 45 degrees in a sandstorm, so we tested it in Naju in a room we heated to 50"): the extractor reads no
// figure there, so the sentence's one figure of the unit (45 degrees) looks like its only version of the measure. When
// that bare number is the claim's value ("tested … in a room heated to 50 degrees"), the sentence states it too, and its
// other figure is no contradiction of the claim (judge/figures.ts, asked only of a would-be refuter: it reads the text).
import { sentenceEntries, type Entry, type Index } from './figureIndex';

/** Numbers written in digits, with thousands commas or a decimal part; not within a longer run of digits or a code. */
const DIGITS = /(?<![\d.,#&\w])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,.]?\d)|(?<![\d.,#&\w])\d+(?:\.\d+)?(?![\d,.]?\d|\w)/g;

/**
 * Whether the sentence of `e` writes `value` in digits outside every figure read there, after a figure of `e`'s unit
 * (the figure whose unit it leaves out).
 */
export function writesValueBare(idx: Index, e: Entry, value: number): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent || !Number.isFinite(value)) return false;
  const figs = sentenceEntries(idx, e.src, e.sentence).filter((x) => x.sentence === e.sentence);
  const spans = figs.map((x) => [x.fig.start - sent.start, x.fig.end - sent.start] as const);
  const unitEnds = figs.filter((x) => x.unit === e.unit).map((x) => x.fig.end - sent.start);
  if (!unitEnds.length) return false;
  const first = Math.min(...unitEnds);
  for (const m of sent.text.matchAll(DIGITS)) {
    const at = m.index ?? 0;
    if (at < first) continue;
    if (spans.some(([a, b]) => at < b && at + m[0].length > a)) continue;
    if (Number(m[0].replace(/,/g, '')) === value) return true;
  }
  return false;
}
