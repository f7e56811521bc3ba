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
    // (a bare number a change or a comparison sets beside the figure is its other level, not another statement of the
    // measure: "400 MW, up from 300", "400 MW against 300 planned", "400 MW, 300 a year earlier", "400MW로, 당초 300")
    const before = sent.text.slice(Math.max(0, at - 30), at),
      after = sent.text.slice(at + m[0].length, at + m[0].length + 30);
    if (LEVEL_BEFORE.test(before) || LEVEL_AFTER.test(after)) continue;
    if (Number(m[0].replace(/,/g, '')) === value) return true;
  }
  return false;
}

/** Words right before a bare number that make it another level of the measure (a change's start, a comparison's other
 * side) or a change itself ("an increase of 200", "by 200", "adds 200"). */
const LEVEL_BEFORE =
  /(?:\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to)|instead\s+of|replacing|previously|earlier|originally|initially|formerly|was|were|had\s+been|by|(?:increase|rise|jump|gain|drop|fall|cut|reduction|decrease|addition)s?\s+of|adds?|added|adding|another|plus|minus)\s+(?:about\s+|some\s+|around\s+|roughly\s+|just\s+|only\s+)?|(?:당초|기존|종전|애초|원래|이전|작년|지난해|전년)\s*(?:의\s*)?|[→~\-–+]\s*)$/i;
/** Words right after a bare number that make it an earlier or compared level or a change ("300 a year earlier", "200 more",
 * "300에서", "300보다", "200 늘어난"). */
const LEVEL_AFTER =
  /^\s*(?:(?:a\s+year|a\s+month|years?|months?)\s+(?:earlier|ago|before)|previously|earlier|before|last\s+year|at\s+first|originally|planned\s+(?:earlier|before|at\s+first)|(?:more|fewer|less|higher|lower|extra|additional|up|down)\b|에서|보다|대비|(?:명|개|기|대)?\s*(?:늘|증가|감소|줄|더|많|적|추가|확대|축소)|→|[~\-–]\s*\d)/i;
