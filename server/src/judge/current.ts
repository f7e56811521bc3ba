// A figure a line gives as today's ("is now budgeted at", "currently stands at", "현재") against the latest level the
// sources give for its subject. A source that states the line's value as the level before a change (`from $9.2 billion
// to $9.8 billion`, `2조4천억 엔에서 2조6천500억 엔으로 늘었다`, `3월 발표 92억 달러 → 9월 … 98억 달러`, or a level of then
// whose next sentence gives the revised one) and is dated no earlier than every source that vouches for the value
// says the value is no longer today's: the articles that give it as the level were written before the change (or on
// its day). The line then gets the level after the change, as a wrong figure with that level as the fix.
//
// The supersede reading in figures.ts (laterLevelOf, levelAfterOf in consider()) asks the same of a source only where
// that source speaks of the line's subject at the bar a contradiction needs; a change told in a bullet, a table cell or
// a sentence of the other language shares few of the line's weighted words however plainly it is about the same thing
// (a Korean press kit's `사업비는 지난 8월 2조4천억 엔에서 2조6천500억 엔으로 늘었다` for `Yufutsu's budget currently stands
// at ¥2.4 trillion`). Here the link to the subject is the value itself: the same value of the same kind and unit that a
// source at the agreeing bar gives as the line's level, a source that shares at least one of the line's terms, and, for
// a value that coincides easily (a year, a round capacity, a share), the two shared terms a contradiction needs.

import type { Entry } from './figureIndex';

/** What current() needs of the claim and the corpus, given by its one caller (collectEvidence in figures.ts). */
export interface CurrentAsk {
  /** Every entry of the corpus of the claim's kind and unit whose value is the claim's. */
  sameValue: readonly Entry[];
  /** The level after a change that a source entry is the level before of, or the level its next sentence revises it to. */
  levelAfter: (e: Entry) => Entry | undefined;
  /** How many of the claim's terms a source entry's subject shares, and how closely (similarity in figures.ts). */
  shared: (e: Entry) => { score: number; count: number };
  /** The dates (YYYY-MM-DD) of the sources that vouch for the claim at the agreeing bar. */
  vouchingDates: readonly (string | undefined)[];
  /** Whether the value is one that coincides easily across subjects (a date, a round count, a share). */
  loose: boolean;
  /** The file of the report being checked (its own entries are no source). */
  self?: string;
}

/** The lowest share of subject a loose value's change needs (the bar a source is named at in figures.ts). */
const LOOSE_SCORE = 0.3;
/** The shared terms a loose value's change needs (the two a contradiction needs). */
const LOOSE_COUNT = 2;

/**
 * The level that supersedes a line's today's value: the level after a change whose level before is the value, in a
 * source that shares a term of the line's subject and is dated no earlier than every source vouching for the value.
 * The closest such change first; undefined where there is none, or where a vouching source is undated or later.
 */
export function currentLevel(ask: CurrentAsk): Entry | undefined {
  if (!ask.vouchingDates.length) return undefined;
  const dates = ask.vouchingDates.map(dayOf);
  if (dates.some((d) => d === undefined)) return undefined;
  const newest = dates.reduce((a, b) => (a! > b! ? a : b))!;
  let best: { x: Entry; score: number } | undefined;
  for (const b of ask.sameValue) {
    if (ask.self !== undefined && b.src.file === ask.self) continue;
    const x = ask.levelAfter(b);
    if (!x || x.src !== b.src) continue;
    const day = dayOf(b.src.meta.date);
    if (day === undefined || day < newest) continue;
    const { score, count } = ask.shared(b);
    if (count < (ask.loose ? LOOSE_COUNT : 1) || (ask.loose && score < LOOSE_SCORE)) continue;
    if (!best || score > best.score) best = { x, score };
  }
  return best?.x;
}

function dayOf(date: string | undefined): string | undefined {
  const m = date && /^(\d{4}-\d{2}-\d{2})/.exec(date);
  return m ? m[1] : undefined;
}
