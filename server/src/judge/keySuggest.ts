// The citation-key suggestions (citation-unknown's "Did you mean" and its fixes): Fuse.js's fuzzy search over the
// known keys, run only on the keys that could be among its best three (issue 13: over 10,000 keys, Fuse's search
// costs ~100 ms of CPU for each unknown key, most of it on keys that share nothing with it).
//
// Why the subset gives Fuse's own answer: with one field, `ignoreLocation` and no spaces in the key, Fuse scores
// a key by its Bitap search alone: e/m for a pattern of m characters found in the key with e edits (0.001 at least;
// 0 for the key itself), a key with no match under the threshold left out; a pattern longer than 32 characters is
// searched in pieces of 32 and the pieces' scores averaged (1 for a piece not found). It ranks by score, then by
// the key's place in the list. Its Bitap search finds the fewest edits that turn the pattern into a part of the
// key, stopping at the threshold; so the fewest edits (Levenshtein) between the pattern and any part of the key,
// worked out exactly by Myers's bit-parallel algorithm in one pass over the key (editsWithin), is a lower bound of
// each key's score, and no looser than Fuse's own. Fuse then runs on the keys with the lowest bounds (in list order),
// and again with every key whose bound is not above its third score, until no key left out could score as well.
// (A bound by the characters the two have in common, e >= m - common, left Fuse 15,583 of 100,000 generated keys
// to search for an unknown key with nothing to suggest, 240 ms of a shared corpus's check; this one none, 30 ms.)
import Fuse from 'fuse.js';
import type { Corpus } from '../corpus/corpus';
import { defaultEngineState } from '../engineState';

/** At most this many keys after "Did you mean": a short list the reader can scan. */
const SUGGESTIONS = 3;
/** Fuse's threshold (0 exact, 1 anything): a key half right (a typo, a year off) is suggested, an unrelated one not. */
const THRESHOLD = 0.5;
const SUGGEST_OPTIONS = { keys: ['key'], ignoreLocation: true, threshold: THRESHOLD };
/** The longest pattern Fuse's Bitap search takes in one piece. */
const PIECE = 32;
/** Fuse's first run: the keys with the lowest bounds, this many (exported for the tests). */
export const FIRST = 32;

/** Known keys, lower-cased as Fuse compares them. */
export interface KeyList {
  keys: readonly string[];
  lower: string[];
  /** Keys with a space-like character, which Fuse's field norm scores differently: always searched. */
  spaced: boolean[];
}

export function keyList(keys: readonly string[]): KeyList {
  return {
    keys,
    lower: keys.map((k) => k.toLowerCase()),
    // Fuse's word separators (fieldNorm.ts): \t-\r, space, no-break space.
    spaced: keys.map((k) => /[\t-\r \u00a0]/.test(k)),
  };
}

/** The pieces Fuse's BitapSearch cuts a pattern into: 32 characters each, the last one ending at the pattern's end. */
function pieces(p: string): string[] {
  if (p.length <= PIECE) return [p];
  const out: string[] = [];
  const rest = p.length % PIECE;
  for (let i = 0; i < p.length - rest; i += PIECE) out.push(p.substr(i, PIECE));
  if (rest) out.push(p.substr(p.length - PIECE));
  return out;
}

/** A piece of the pattern as editsWithin() reads it: per UTF-16 unit, the places it holds (bit i: the i-th unit). */
interface Piece {
  len: number;
  text: string;
  /** The places of each unit of the piece (Myers's Peq), by code; the other codes 0. */
  peq: Int32Array;
}

function piece(p: string): Piece {
  const peq = new Int32Array(65536);
  for (let i = 0; i < p.length; i++) peq[p.charCodeAt(i)] |= 1 << i;
  return { len: p.length, text: p, peq };
}

/**
 * The fewest edits (insertions, deletions, substitutions of UTF-16 units) that turn the piece (32 units at most)
 * into some part of the text: Myers's bit-parallel algorithm (1999) with a free start in the text, one pass over it.
 * Exported for the tests (its answer is never above what Fuse's Bitap search finds).
 */
export function editsWithin(p: Piece, text: string): number {
  const m = p.len,
    last = 1 << (m - 1),
    peq = p.peq;
  let pv = -1,
    mv = 0,
    score = m,
    best = m;
  for (let j = 0; j < text.length; j++) {
    const eq = peq[text.charCodeAt(j)];
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // The first row stays 0 (a part may start anywhere in the text): nothing shifted in.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  return best;
}

/** editsWithin for a piece given as text (the tests). */
export const editsBetween = (pattern: string, text: string) => editsWithin(piece(pattern), text);

/** How many keys the last suggestAmong() gave Fuse to search (the tests). */
export const lastSearch = { keys: 0 };

/** Known keys close to an unknown one, best first: Fuse's top three over all of `list`, searched on fewer. */
export function suggestAmong(list: KeyList, key: string): string[] {
  const query = key.slice(0, 64);
  lastSearch.keys = 0;
  const fuse = (idx: number[]) => {
    lastSearch.keys += idx.length;
    return new Fuse(
      idx.map((i) => ({ key: list.keys[i] })),
      { ...SUGGEST_OPTIONS, includeScore: true },
    ).search(query, { limit: SUGGESTIONS });
  };
  // Fuse answers a blank query with the first keys, unscored.
  if (!query.trim()) return fuse(list.keys.map((_, i) => i)).map((r) => r.item.key);
  const pattern = query.toLowerCase();
  const ps = pieces(pattern).map(piece);
  // Each key that could match, with the lowest score it could get.
  const cands: { i: number; bound: number }[] = [];
  for (let i = 0; i < list.lower.length; i++) {
    const text = list.lower[i];
    if (list.spaced[i] || text === pattern) {
      cands.push({ i, bound: 0 });
      continue;
    }
    let sum = 0,
      found = false;
    for (const p of ps) {
      const errors = editsWithin(p, text) / p.len;
      if (errors <= THRESHOLD) {
        found = true;
        sum += Math.max(0.001, errors);
      } else sum += 1;
    }
    if (found) cands.push({ i, bound: sum / ps.length });
  }
  cands.sort((a, b) => a.bound - b.bound || a.i - b.i);
  let n = Math.min(FIRST, cands.length);
  for (;;) {
    const got = fuse(
      cands
        .slice(0, n)
        .map((c) => c.i)
        .sort((a, b) => a - b),
    );
    const third = got.length === SUGGESTIONS ? got[SUGGESTIONS - 1].score! : Infinity;
    // Done when every key left out would score worse than the third (a tie could go to a key earlier in the list).
    if (n === cands.length || cands[n].bound > third) return got.map((r) => r.item.key);
    while (n < cands.length && cands[n].bound <= third) n++;
  }
}

/** The key lists of a corpus, kept by the corpus's engine (engineState.ts) until the corpus changes. */
const lists = (corpus: Corpus) =>
  (corpus.engine ?? defaultEngineState()).tables<Corpus, { version: number; list: KeyList }>('keys');

/** Known keys close to an unknown one, best first. */
export function suggestKeys(corpus: Corpus, key: string): string[] {
  let l = lists(corpus).get(corpus);
  if (!l || l.version !== corpus.version) {
    l = { version: corpus.version, list: keyList(corpus.sources.map((s) => s.key)) };
    lists(corpus).set(corpus, l);
  }
  return suggestAmong(l.list, key);
}

/** suggestKeys over a list of keys in corpus order (a shared corpus's, whose sources are not all loaded). */
export function suggestKeysAmong(keys: readonly string[], key: string): string[] {
  return suggestAmong(keyList(keys), key);
}
