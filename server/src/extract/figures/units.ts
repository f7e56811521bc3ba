// The units, counters and counted nouns the figure scanner knows (from domain/*.json), and the character tests
// and lookups it uses around a number.
import { type UnitEntry, enWords, koWords } from '../../domain/language';
import nounTable from '../../domain/nouns.json';
import type { FigureKind, Qualifier } from '../../types';
import { Dec, Numeral, decParse, englishNumberStarts, isAsciiLetter, isDigit, isHangul } from '../numerals';

export type Lang = 'ko' | 'en';

export const KO_COUNTERS: Record<string, string> = (nounTable as { koCounters: Record<string, string> }).koCounters;
/** Bound nouns that count the table noun beside them ("건물 4동", "웨이퍼 15만 장"), longest first. */
export const KO_CLASSIFIERS: string[] = [...(nounTable as { koClassifiers: string[] }).koClassifiers].sort(
  (a, b) => b.length - a.length,
);
export const NOUNS: Record<string, string> = (nounTable as { nouns: Record<string, string> }).nouns;
export const KO_NOUN_KEYS = Object.keys(NOUNS)
  .filter((k) => isHangul(k.charCodeAt(0)))
  .sort((a, b) => b.length - a.length);
export const KO_NOUN_SET = new Set(KO_NOUN_KEYS);
const KO_COUNTER_KEYS = Object.keys(KO_COUNTERS).sort((a, b) => b.length - a.length);

// ---------------------------------------------------------------- units

export interface UnitHit {
  kind: FigureKind;
  unit: string;
  /** End of the unit text (end of the span). */
  end: number;
  factor?: Dec;
  noun?: string;
  /** Date value already composed (ISO partial). */
  date?: string;
  qualifier?: Qualifier;
  /** The unit reader computed the value itself (10분의 1 → 0.1). */
  override?: Dec;
}

interface UnitDef {
  s: string;
  kind: FigureKind;
  unit: string;
  factor?: Dec;
  word?: boolean;
  check?: (t: string, end: number) => boolean;
}

export const NONE: never[] = [];

const PARTICLE_START = new Set(koWords.particles.starts.split(''));
/** Particles of two syllables or more whose first is no particle of its own ("2023년보다", "작년처럼"). */
const LONG_PARTICLES = koWords.particles.suffixes.filter((s) => s.length > 1 && !PARTICLE_START.has(s[0]));

export function hangulAt(t: string, i: number): boolean {
  return i < t.length && isHangul(t.charCodeAt(i));
}
export function letterAt(t: string, i: number): boolean {
  return i >= 0 && i < t.length && isAsciiLetter(t.charCodeAt(i));
}
export function digitAt(t: string, i: number): boolean {
  return i >= 0 && i < t.length && isDigit(t.charCodeAt(i));
}

/** After a Korean unit: end of word, a particle, or the formal copula ("1만 2,400명입니다", "3곳입니까"). */
export function koBoundary(t: string, end: number): boolean {
  if (!hangulAt(t, end)) return true;
  return PARTICLE_START.has(t[end]) || LONG_PARTICLES.some((p) => t.startsWith(p, end)) || koFormalCopula(t, end);
}
/**
 * The copula of formal speech right after a unit, "입니다"/"입니까" (이다 in the 합쇼체 a memo or a briefing is
 * written in: "종사자는 1만 2,400명입니다"): the unit ends there, as before "이다".
 */
export function koFormalCopula(t: string, end: number): boolean {
  return t.startsWith('입니', end);
}
function notLetterAfter(t: string, end: number): boolean {
  return !letterAt(t, end) && !digitAt(t, end);
}

/** A unit entry of domain/*.json as the scanner reads it: its factor as a decimal, what may follow as a check. */
function unitDef(u: UnitEntry): UnitDef {
  const d: UnitDef = { s: u.s, kind: u.kind as FigureKind, unit: u.unit };
  if (u.factor !== undefined) d.factor = decParse(u.factor)!;
  if (u.word) d.word = true;
  const not = u.notBefore,
    or = u.orBefore;
  if (u.after === 'notLetter') d.check = notLetterAfter;
  else if (u.after === 'particle') {
    d.check =
      not !== undefined
        ? (t, e) => koBoundary(t, e) && !not.includes(t[e] ?? '\0')
        : or !== undefined
          ? (t, e) => koBoundary(t, e) || t[e] === or
          : koBoundary;
  } else if (not !== undefined) d.check = (t, e) => !not.includes(t[e] ?? '\0');
  return d;
}

// 불 is the colloquial dollar ("500억불"); not 불과, 불구, 불확실…
const KO_UNITS: UnitDef[] = koWords.units.map(unitDef);

const EN_UNITS: UnitDef[] = enWords.units.map(unitDef);

/** Each list by the code of its entries' first character (lower case for English), in list order: a lookup tries only those. */
export function byHead<T>(items: T[], head: (x: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of items) {
    const h = head(x);
    const list = m.get(h);
    if (list) list.push(x);
    else m.set(h, [x]);
  }
  return m;
}
export const KO_UNITS_BY_HEAD = byHead(KO_UNITS, (d) => d.s.charCodeAt(0));
export const KO_COUNTERS_BY_HEAD = byHead(KO_COUNTER_KEYS, (k) => k.charCodeAt(0));
export const EN_UNITS_BY_HEAD = byHead(EN_UNITS, (d) => d.s.charCodeAt(0));

/** Case-insensitive match of `s` at position i; with `hyphens`, a space in `s` also matches a hyphen ("120,000-square-meter"). */
export function matchAt(t: string, i: number, s: string, ci: boolean, hyphens = false): boolean {
  if (i + s.length > t.length) return false;
  for (let k = 0; k < s.length; k++) {
    let c = t.charCodeAt(i + k);
    if (ci && c >= 65 && c <= 90) c += 32;
    if (c !== s.charCodeAt(k) && !(hyphens && c === 45 && s.charCodeAt(k) === 32)) return false;
  }
  return true;
}

export const MONTHS: Record<string, number> = enWords.months;

/** Native Korean numerals from two to ten, as a count or a multiple stands after them (두 배, 세 곳, 다섯 부지). */
export const KO_NATIVE_NUMERALS: Record<string, number> = {
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};

/**
 * Multiples written as words, lower case, with their value and how they must stand (domain/en.json `multipliers`):
 * 'bare' a verb as written (double), 'verb' its inflected forms (doubled, doubles, doubling) and the folds
 * (fivefold), 'adverb' (twice).
 */
export const MULTIPLIERS = new Map<string, { value: string; form: 'bare' | 'verb' | 'adverb' }>();
{
  const m = enWords.multipliers;
  for (const [w, v] of Object.entries(m.verbs)) {
    MULTIPLIERS.set(w, { value: v, form: 'bare' });
    const stem = w.endsWith('e') ? w.slice(0, -1) : w;
    for (const f of [stem + 'ed', w + 's', stem + 'ing']) MULTIPLIERS.set(f, { value: v, form: 'verb' });
  }
  for (const [w, v] of Object.entries(m.adverbs)) MULTIPLIERS.set(w, { value: v, form: 'adverb' });
  for (const [w, v] of Object.entries(m.folds)) MULTIPLIERS.set(w + 'fold', { value: v, form: 'verb' });
}
export const MULTIPLIER_THEN = new Set(enWords.multipliers.then);
export const MULTIPLIER_VERB_THEN = new Set(enWords.multipliers.verbThen);
export const MULTIPLIER_NOT_THEN = new Set(enWords.multipliers.notThen);

/** The first two letters (lower case) of an ASCII word at i, as one number; 0 for the second of a one-letter word. */
export function wordHead(t: string, i: number): number {
  const c2 = t.charCodeAt(i + 1);
  return (t.charCodeAt(i) | 32) * 128 + (isAsciiLetter(c2) ? c2 | 32 : 0);
}
/**
 * Heads of the words Scanner.word looks at further: months and number words, and the lower-case names on
 * Object.prototype ("constructor"), which its record lookups also find.
 */
export const WORD_HEADS = new Uint8Array(128 * 128);
/** The words themselves, by head: a word that passes its head but is none of them ("the", "to") is passed over too. */
export const WORDS_BY_HEAD = new Map<number, string[]>();
for (const k of [
  ...Object.keys(MONTHS),
  ...englishNumberStarts(),
  ...Object.getOwnPropertyNames(Object.prototype).filter((n) => /^[a-z]+$/.test(n)),
  ...MULTIPLIERS.keys(),
]) {
  const h = k.charCodeAt(0) * 128 + (k.length > 1 ? k.charCodeAt(1) : 0);
  WORD_HEADS[h] = 1;
  const list = WORDS_BY_HEAD.get(h);
  if (!list) WORDS_BY_HEAD.set(h, [k]);
  else if (!list.includes(k)) list.push(k);
}

export const EN_STOP = new Set(enWords.stopwords.noun);

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

const DURATION_AFTER = koWords.durationAfter;
/** After 년/일: a word that makes the number a duration (간, 동안, 만에, 넘게 …), within the next four characters. */
export function durationWordAt(t: string, e: number): boolean {
  for (const w of DURATION_AFTER) if (t.startsWith(w, e)) return true; // all within four characters
  return false;
}

export function smallInt(n: Numeral): number {
  if (!n.plain || n.intLen > 6) return -1;
  return Number(n.value.n);
}
