// A number a source sentence writes without its unit, leaving it to a figure of the sentence before it ("Our switchgear
// has to run at 45 degrees in a sandstorm, so we tested it in Naju in a room we heated to 50"): the extractor reads no
// figure there, so the sentence's one figure of the unit (45 degrees) looks like its only version of the measure. When
// that bare number is the claim's value ("tested … in a room heated to 50 degrees"), the sentence states it too, and its
// other figure is no contradiction of the claim (judge/figures.ts, asked of a would-be refuter). The bare numbers are
// read once, while the source's text is at hand, and stored with the figure's facts (figureFacts.ts entryBare): asked of
// the text at judging, every would-be refuter of every line read its source (a cold-start check decoded 1,686 source
// bodies for 305 sources; coldStream.test.ts).
import type { Figure } from '../types';

/**
 * Numbers written in digits, with thousands commas or a decimal part; not within a longer run of digits or a code, nor
 * a clock time's or a score's side ("said at 12:45", "54:62").
 */
const DIGITS =
  /(?<![\d.,#&\w:])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,.]?\d|:\d)|(?<![\d.,#&\w:])\d+(?:\.\d+)?(?![\d,.]?\d|\w|:\d)/g;

/**
 * The numbers a sentence writes in digits outside every figure read there (`figs`, the sentence's figures), after the
 * sentence's first figure of `unit` (the figure whose unit they leave out): not a change's or a comparison's other
 * level. Empty for most figures. Read once a sentence (kept by its figure list) and unit: asked of every figure of a
 * sentence of 20,000 amounts, a reading of the whole sentence a figure took time in the square of them (perf39.test.ts).
 */
export function bareValuesOf(sent: { text: string; start: number }, figs: Figure[], unit: string): number[] {
  let b = sentencesBare.get(figs);
  if (!b) {
    sentencesBare.set(figs, (b = { figs, bare: [], byUnit: new Map() }));
    readBare(b, sent.text, sent.start);
  }
  let out = b.byUnit.get(unit);
  if (!out) b.byUnit.set(unit, (out = bareAfterUnit(b, sent.text, sent.start, unit)));
  return out;
}

/** A sentence's figures, its numbers written bare (source offsets, in order), and the answer for each unit asked. */
interface SentenceBare {
  figs: Figure[];
  bare: { at: number; value: number }[];
  byUnit: Map<string, number[]>;
}

const sentencesBare = new WeakMap<readonly Figure[], SentenceBare>();

/** The numbers of a sentence's text that no figure covers and no change or comparison sets beside a figure. */
function readBare(b: SentenceBare, text: string, start: number): void {
  const covered = new Uint8Array(text.length);
  for (const x of b.figs) covered.fill(1, Math.max(0, x.start - start), Math.max(0, x.end - start));
  for (const m of text.matchAll(DIGITS)) {
    const at = m.index ?? 0;
    if (covered.subarray(at, at + m[0].length).some((c) => c === 1)) continue;
    // (a bare number a change or a comparison sets beside the figure is its other level, not another statement of the
    // measure: "400 MW, up from 300", "400 MW against 300 planned", "400 MW, 300 a year earlier", "400MW로, 당초 300")
    const before = text.slice(Math.max(0, at - 30), at),
      after = text.slice(at + m[0].length, at + m[0].length + 30);
    if (LEVEL_BEFORE.test(before) || LEVEL_AFTER.test(after)) continue;
    const value = Number(m[0].replace(/,/g, ''));
    if (Number.isFinite(value)) b.bare.push({ at: at + start, value });
  }
}

/** bareValuesOf for the figures of one unit of the sentence `b`. */
function bareAfterUnit(b: SentenceBare, text: string, start: number, unit: string): number[] {
  let first = Infinity;
  for (const x of b.figs) if (x.unit === unit && x.end < first) first = x.end;
  const out: number[] = [];
  for (const x of b.bare) if (x.at >= first && !out.includes(x.value)) out.push(x.value);
  // A part "of it" of a rate that writes the rate's quantity and leaves its period to the rate before it ("6,000 m³/day
  // of desalination, 1,500 m³ of it for the town"): the extractor reads a volume there, not the rate it is a part of,
  // and the rate (6,000 m³/day) looks like the sentence's only version of a line's "1,500 m³ a day". It states that
  // part's rate as a bare number does.
  const slash = unit.indexOf('/');
  if (slash > 0) {
    const quantity = unit.slice(0, slash);
    for (const x of b.figs) {
      if (x.unit !== quantity || x.start < first) continue;
      const after = text.slice(x.end - start, x.end - start + 20);
      const before = text.slice(Math.max(0, x.start - start - 30), x.start - start);
      if (!PART_OF_IT.test(after) || LEVEL_BEFORE.test(before)) continue;
      const v = Number(x.value);
      if (Number.isFinite(v) && !out.includes(v)) out.push(v);
    }
  }
  return out;
}
/** Words right after an amount that make it a part of the one before: "of it", "of that", "of which", "of them". */
const PART_OF_IT = /^\s*of\s+(?:it|that|this|which|them|those|these)\b/i;

/** Words right before a bare number that make it another level of the measure (a change's start, a comparison's other
 * side) or a change itself ("an increase of 200", "by 200", "adds 200"). */
const LEVEL_BEFORE =
  /(?:\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to)|instead\s+of|replacing|previously|earlier|originally|initially|formerly|was|were|had\s+been|by|(?:increase|rise|jump|gain|drop|fall|cut|reduction|decrease|addition)s?\s+of|adds?|added|adding|another|plus|minus)\s+(?:about\s+|some\s+|around\s+|roughly\s+|just\s+|only\s+)?|(?:당초|기존|종전|애초|원래|이전|작년|지난해|전년)\s*(?:의\s*)?|[→~\-–+]\s*)$/i;
/** Words right after a bare number that make it an earlier or compared level or a change ("300 a year earlier", "200 more",
 * "300에서", "300보다", "200 늘어난"). */
const LEVEL_AFTER =
  /^\s*(?:(?:a\s+year|a\s+month|years?|months?)\s+(?:earlier|ago|before)|previously|earlier|before|last\s+year|at\s+first|originally|planned\s+(?:earlier|before|at\s+first)|(?:more|fewer|less|higher|lower|extra|additional|up|down)\b|에서|보다|대비|(?:명|개|기|대)?\s*(?:늘|증가|감소|줄|더|많|적|추가|확대|축소)|→|[~\-–]\s*\d)/i;
