// A quotation in one language against the quotations of the other: which source quotation a translation renders.
// Translated words are not the source's words, so nothing is aligned word for word; what carries across is what the
// engine already links between the languages: figures (same kind, unit and value), the lexicon's concepts
// (스타게이트/Stargate, 매출/revenue), names and loanwords spelt in the other script (알루미나/alumina, 비자그/Vizag:
// subjects.ts soundAlikeNames) and the word pairs the corpus shows to correspond (wordPairs.ts, through the term
// weights). A source quotation is the report's in translation only when many of these link and no other comes near.
import { termsIn, wordTerm, WORD } from '../domain/lexicon';
import { extractFigures } from '../extract/figures';
import { soundAlikeNames, soundKeysOfName, type TermWeights } from '../extract/subjects';
import { loanwordShaped } from '../text/translit';
import { everydayPairs } from '../domain/vocab';
import type { Lang, RawFigure } from '../types';

/** What of a quotation may link across languages: concepts and figures as keys ("c:openai", "f:percent|%|35"), content words as terms ("ko:알루미나"). */
export interface CrossUnits {
  keys: string[];
  words: string[];
}

/** Longer quotations are read this far (a speech of pages is no translation of a line). */
const MAX_TEXT = 1500;

function figureKey(f: RawFigure): string {
  return `f:${f.kind}|${f.unit}|${f.qualifier === 'range' ? `${f.low}-${f.high}` : f.value}`;
}

export function crossUnits(text: string, lang: Lang): CrossUnits {
  const t = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const hits = termsIn(t, lang);
  const keys = new Set<string>();
  for (const h of hits) keys.add('c:' + h.id);
  const figures = extractFigures(t, lang).figures;
  for (const f of figures) keys.add(figureKey(f));
  const words = new Set<string>();
  // A word a concept covers is that concept ("data center" is no "data" and "center"), and a word of a figure is the
  // figure ("300메가와트", "2027년까지": its unit and its particle).
  let hi = 0;
  for (const m of t.matchAll(WORD)) {
    const s = m.index,
      e = s + m[0].length;
    while (hi < hits.length && hits[hi].end <= s) hi++;
    if (figures.some((f) => f.start < e && f.end > s)) continue;
    // An everyday word is its pair in either language (바닷물/seawater), also where a concept covers it in one only
    // (주민/residents: "resident*" is the lexicon's households, 주민 is not): all of domain/vocab.json, its everyday
    // speech too.
    // (an English compound of a hyphen, "fastest-built", "water-cooled", is its parts when it is no word of the list)
    let pairs = everydayPairs(m[0]);
    if (!pairs.length && lang === 'en' && /\p{L}-\p{L}/u.test(m[0]))
      pairs = [...new Set(m[0].split('-').flatMap((part) => (part ? everydayPairs(part) : [])))];
    for (const p of pairs) keys.add('v:' + p);
    if (pairs.length || (hi < hits.length && hits[hi].start < e)) continue;
    const w = wordTerm(m[0]);
    if (w) words.add(w);
  }
  return { keys: [...keys], words: [...words] };
}

/** A Korean word this long may be a compound of loanwords (해저케이블: 해저 and 케이블); its parts are this long at least. */
const COMPOUND_MIN = 4,
  PART_MIN = 2;

/**
 * A content term and, for a Korean compound, its ends that are words of their own (해저케이블: 케이블): English
 * writes them as words apart ("subsea cable").
 */
function variants(w: string): string[] {
  if (!w.startsWith('ko:')) return [w];
  const stem = w.slice(3);
  if (stem.length < COMPOUND_MIN || !/^[\uac00-\ud7a3]+$/.test(stem)) return [w];
  const out = [w];
  // Only a part shaped like a transliteration: a native part (해저) is no English word's spelling, and romanizing it is
  // what costs.
  for (let i = PART_MIN; i <= stem.length - PART_MIN; i++)
    for (const part of [stem.slice(0, i), stem.slice(i)]) if (loanwordShaped(part)) out.push('ko:' + part);
  return out;
}

/** Whether a content term of one language is the other's (the same word, a spelling in the other script, one's part). */
function soundLinkedTerms(a: string, b: string): boolean {
  if (a === b) return true;
  for (const x of variants(a)) for (const y of variants(b)) if (soundAlikeNames(x, y)) return true;
  return false;
}

/** The quotations of one language, each distinct one (a group) as CrossUnits, with postings to find them by. */
export interface CrossIndex {
  units: CrossUnits[];
  /** "c:…"/"f:…" keys, "w:" + term, "s:" + a term's phonetic key → groups, ascending. */
  post: Map<string, number[]>;
}

/**
 * crossUnits of a source quotation, kept by its text (bounded): the index is built again for every version of the
 * corpus (a source edited, added or removed), and all but a few of its quotations are the ones read last time.
 */
const unitsByText = new Map<string, CrossUnits>();
const UNITS_KEPT = 100_000;
function unitsOf(text: string, lang: Lang): CrossUnits {
  const key = lang + '\0' + text;
  let u = unitsByText.get(key);
  if (!u) {
    if (unitsByText.size >= UNITS_KEPT) unitsByText.clear();
    unitsByText.set(key, (u = crossUnits(text, lang)));
  }
  return u;
}

export function buildCrossIndex(texts: readonly string[], lang: Lang): CrossIndex {
  const post = new Map<string, number[]>();
  const add = (k: string, g: number) => {
    const l = post.get(k);
    if (!l) post.set(k, [g]);
    else if (l[l.length - 1] !== g) l.push(g);
  };
  const units = texts.map((text, g) => {
    const u = unitsOf(text, lang);
    for (const k of u.keys) add(k, g);
    for (const w of u.words) {
      add('w:' + w, g);
      for (const v of variants(w)) for (const k of soundKeysOfName(v)) add('s:' + k, g);
    }
    return u;
  });
  return { units, post };
}

/**
 * The counts of a larger index that `idx` is a part of (a shared corpus's, corpus/pg.ts): its number of groups and,
 * of the keys a check may weigh, how many groups hold each. A part's ranking weighs by them as the whole's does.
 */
export interface CrossCounts {
  n: number;
  df: Map<string, number>;
}

/** The postings a quotation's units give in an index (buildCrossIndex): its keys, its words, their phonetic keys. */
export function postingKeys(u: CrossUnits): string[] {
  const out = new Set(u.keys);
  for (const w of u.words) {
    out.add('w:' + w);
    for (const v of variants(w)) for (const k of soundKeysOfName(v)) out.add('s:' + k);
  }
  return [...out];
}

/**
 * The lookups crossMatches makes for a report quotation, in its order: each as the unit of `mine` it is for (keys
 * first, then words) and the posting key. `counterparts`: each word's counterparts in the other language.
 */
export function lookupsOf(mine: CrossUnits, counterparts: readonly (readonly string[])[]): [number, string][] {
  const out: [number, string][] = mine.keys.map((k, i) => [i, k]);
  mine.words.forEach((w, i) => {
    const unit = mine.keys.length + i;
    for (const v of variants(w)) for (const k of soundKeysOfName(v)) out.push([unit, 's:' + k]);
    for (const y of counterparts[i] ?? []) out.push([unit, 'w:' + y]);
  });
  return out;
}

/** A source quotation (a group of the index) as a rendering of the report's: how many of its units link, and how much. */
export interface CrossMatch {
  group: number;
  /** Units of the report's quotation that link to this one. */
  count: number;
  /** Their weight: the rarer among the index's quotations, the more a link says. */
  score: number;
  linked: string[];
}

/**
 * The quotations of the index that the report's quotation (its units, in the other language) may render, best first.
 * `learned`: a report word's counterparts the corpus shows (term weights' linked(), which also holds its spellings in
 * the other script the figures' subjects use).
 */
export function crossMatches(
  idx: CrossIndex,
  mine: CrossUnits,
  weights: TermWeights,
  whole?: CrossCounts,
): CrossMatch[] {
  const n = whole ? whole.n : idx.units.length;
  const idf = (k: string) =>
    Math.log((n + 1) / ((whole ? (whole.df.get(k) ?? 0) : (idx.post.get(k)?.length ?? 0)) + 0.5));
  const terms = weights.terms;
  const counterparts = mine.words.map((w) => new Set(weights.linked(terms.id(w)).map((t) => terms.name(t))));
  // Per group, which of the report's units its postings hold (keys first, then words), and the weight of the last:
  // a group that one unit reaches can link that unit at most, so it is not measured (its score is that unit's weight,
  // an upper bound when the posting is a phonetic key's: what a rival is credited with errs towards ambiguity).
  const pool = new Map<number, { units: Set<number>; score: number; key: string }>();
  const reach = (g: number, unit: number, k: string) => {
    let p = pool.get(g);
    if (!p) pool.set(g, (p = { units: new Set(), score: 0, key: k }));
    if (!p.units.has(unit)) {
      p.units.add(unit);
      p.score = idf(k);
      p.key = k;
    }
  };
  mine.keys.forEach((k, i) => {
    for (const g of idx.post.get(k) ?? []) reach(g, i, k);
  });
  mine.words.forEach((w, i) => {
    const unit = mine.keys.length + i;
    for (const v of variants(w))
      for (const k of soundKeysOfName(v)) for (const g of idx.post.get('s:' + k) ?? []) reach(g, unit, 's:' + k);
    for (const y of counterparts[i]) for (const g of idx.post.get('w:' + y) ?? []) reach(g, unit, 'w:' + y);
  });
  const out: CrossMatch[] = [];
  for (const [g, p] of pool) {
    if (p.units.size === 1) {
      out.push({ group: g, count: 1, score: p.score, linked: [p.key] });
      continue;
    }
    const u = idx.units[g];
    const keys = new Set(u.keys);
    const linked: string[] = [];
    let score = 0;
    for (const k of mine.keys)
      if (keys.has(k)) {
        linked.push(k);
        score += idf(k);
      }
    const used = new Set<string>();
    mine.words.forEach((w, i) => {
      const y = u.words.find((y) => !used.has(y) && (counterparts[i].has(y) || soundLinkedTerms(w, y)));
      if (!y) return;
      used.add(y);
      linked.push(`${w}=${y}`);
      score += idf('w:' + y);
    });
    if (linked.length) out.push({ group: g, count: linked.length, score, linked });
  }
  return out.sort((a, b) => b.score - a.score || b.count - a.count || a.group - b.group);
}
