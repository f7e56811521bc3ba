// Qualifiers around a figure: about, up to, more than, 약, 최대, 이상, 까지 … (word lists in domain/*.json).
import { enWords, koWords } from '../../domain/language';
import type { FigureKind, Qualifier } from '../../types';
import { byHead, matchAt } from './units';

export const KO_PRE: Record<string, Qualifier> = koWords.qualifiers.before;

export const EN_PRE: [string, Qualifier][] = enWords.qualifiers.before;
export const DATE_ONLY_PRE = new Set(enWords.qualifiers.dateOnly);
/** A negation right before a bound ("not more than", "won't exceed", "never below"): the bound turns over. */
export const NEGATED_BOUND = /(?:\bnot|\bno|n't|\bnever)\s+(?:(?:be|to|go|rise|fall|grow|run|reach)\s+)?$/i;
/**
 * "until" after a negation in its clause ("is not due until 2030", "won't open until 2029"): the date is the earliest
 * (min), not a deadline: what is not due until 2030 is not due by 2028.
 */
export const NEGATED_UNTIL = new RegExp(
  `(?:\\b(?:${enWords.qualifiers.negatedUntil.filter((w) => !w.startsWith("n'")).join('|')})\\b|n't\\b)[^.,;:!?]{0,40}$`,
  'i',
);

const KO_POST: [string, Qualifier][] = koWords.qualifiers.after;
const KO_POST_BY_HEAD = byHead(KO_POST, ([w]) => w.charCodeAt(0));

/** A KO_POST word at q (the first in list order); null also when 까지 does not fit the kind. */
export function koPostAt(t: string, q: number, kind: FigureKind): Qualifier | null {
  const list = KO_POST_BY_HEAD.get(t.charCodeAt(q));
  if (!list) return null;
  for (const [w, ql] of list) {
    if (matchAt(t, q, w, false)) {
      if (
        w === '까지' &&
        kind !== 'date' &&
        kind !== 'money' &&
        kind !== 'count' &&
        kind !== 'percent' &&
        kind !== 'power'
      )
        return null;
      return ql;
    }
  }
  return null;
}

/**
 * Does t, lower-cased, read `ph` (lower-case ASCII) at b? As toLowerCase would have it: A-Z and the Kelvin sign
 * lower into ASCII letters; every other character (İ included, which lowers to i and a combining dot) stays non-ASCII.
 */
export function endsLowered(t: string, b: number, ph: string): boolean {
  for (let j = 0; j < ph.length; j++) {
    let c = t.charCodeAt(b + j);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x212a) c = 107;
    if (c !== ph.charCodeAt(j)) return false;
  }
  return true;
}

export const KO_PARTICLES = new Set(koWords.particles.beforeQualifier);
/** Particles after a counted noun standing before its number ("일자리가 10만 개"). */
export const NOUN_PARTICLES = new Set(koWords.particles.afterNoun);
