// The bilingual domain lexicon (lexicon.json) compiled into two scanners, one a language.
import data from './lexicon.json';
import people from './people.json';
import enCountries from 'i18n-iso-countries/langs/en.json';
import koCountries from 'i18n-iso-countries/langs/ko.json';
import { enWords, koWords } from './language';
import type { Lang } from '../types';
import { detachedText, escapeRe } from '../text/text';

export interface Concept {
  id: string;
  type?: string;
  venture?: boolean;
  /**
   * A country that is a place as a site's name is (scope.ts placesIn: "Stargate Norway", "스타게이트 노르웨이"): the
   * countries the ISO list adds, which were capitalized words read as places before they were concepts. The hand
   * lexicon's countries (the United States, Korea, Japan, China, the UAE: where the venture builds or its partners
   * are, 미국 각지, 국내) name the whole a site is in, and are not.
   */
  place?: boolean;
  ko: string[];
  en: string[];
  variants?: { ko?: string[]; en?: string[] };
}
/**
 * A lexicon term found in a text: its concept, where, its term id, and whether a variant spelling. The id is
 * the concept's place in `lexiconTerms`, which every engine's term table starts with (terms.ts): the same in
 * every table.
 */
export interface TermHit {
  id: string;
  start: number;
  end: number;
  tid: number;
  variant?: boolean;
}

const handConcepts: Concept[] = (data as { concepts: Concept[] }).concepts;

/**
 * Country names a country is not read by: common words or first names (Korean 수단 "means", Chad, Jordan) and the
 * Channel island that is a garment.
 */
const NOT_COUNTRY = new Set(['수단', 'Chad', 'Jordan', 'Jersey', 'Turkey', 'Guinea', 'Niger']);

/**
 * Every country the ISO list names, in English and Korean (i18n-iso-countries, a maintained list of country names by
 * locale), as concepts of type country: a site abroad is in a country whether or not the hand lexicon lists it. A
 * country the hand lexicon already has (the United States, Korea, Japan, China, the UAE) is left to it, so the hand
 * lexicon wins where it speaks. Korean names are read as words of their own (boundedConcepts): 인도 is India, not the
 * 인도 of 인도적 or 인도네시아.
 */
function countryConcepts(hand: readonly Concept[]): Concept[] {
  const aliases = hand
    .filter((c) => c.type === 'country')
    .flatMap((c) => [...c.ko, ...c.en])
    .map((a) => a.replace(/\*$/, '').trim().toLowerCase())
    .filter(Boolean);
  // A Korean alias anywhere in the name; any other as a word of its own, no a-z either side. One regex for each
  // kind, not one an alias and name (about 20,000 regexes made every start 15-20 ms slower): an alternation
  // backtracks into its next alias where one fails its lookahead, so it matches where any single alias would.
  const korean = aliases.filter((a) => /[\uac00-\ud7a3]/.test(a));
  const latin = aliases.filter((a) => !/[\uac00-\ud7a3]/.test(a));
  const koRe = korean.length ? new RegExp(korean.map(escapeRe).join('|')) : undefined;
  const enRe = latin.length ? new RegExp(`(?<![a-z])(?:${latin.map(escapeRe).join('|')})(?![a-z])`) : undefined;
  const handHas = (name: string) => {
    const n = name.toLowerCase();
    return !!koRe?.test(n) || !!enRe?.test(n);
  };
  const names = (v: string | string[] | undefined) =>
    (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((n) => !/[,()]/.test(n) && !NOT_COUNTRY.has(n));
  const ko = (koCountries as { countries: Record<string, string | string[]> }).countries;
  const out: Concept[] = [];
  for (const [code, en] of Object.entries(
    (enCountries as { countries: Record<string, string | string[]> }).countries,
  )) {
    const e = names(en),
      k = names(ko[code]);
    if (!e.length || [...e, ...k].some(handHas)) continue;
    out.push({ id: `country-${code.toLowerCase()}`, type: 'country', place: true, en: e, ko: k });
  }
  return out;
}
const countries = countryConcepts(handConcepts);
const concepts: Concept[] = [...handConcepts, ...countries];
/** Concepts whose Korean names are whole words only (not inside another word). */
const boundedConcepts = new Set(countries.map((c) => c.id));
export const stopwords = {
  en: new Set(enWords.stopwords.subject),
  ko: new Set(koWords.stopwords.subject),
};

const isHangul = (c: string) => c >= '\uac00' && c <= '\ud7a3';
/** A character no case folding relates to another: a Hangul syllable, a Han character, a digit. */
const CASELESS = /^[0-9\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]$/;

/** Alias.after of a word: its second character, the one after a space there, and a space. */
function afterFirst(word: string): string[] | undefined {
  const chars = [...word];
  if (chars.length < 2) return undefined;
  return chars[1] === ' ' ? [' ', ...chars.slice(2, 3)] : [' ', chars[1]];
}

/** The alias with an optional space wherever a Hangul syllable meets another character (a space in it stays optional). */
function spaceOptional(word: string): string {
  let out = '';
  const chars = [...word.replace(/ +/g, ' ')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === ' ') {
      out += ' ?';
      continue;
    }
    out += escapeRe(c);
    const nx = chars[i + 1];
    if (nx && nx !== ' ' && (isHangul(c) || isHangul(nx))) out += ' ?';
  }
  return out;
}

interface Alias {
  src: string;
  id: string;
  tid: number;
  variant: boolean;
  first: string;
  /**
   * Characters a match may hold after the first (a superset: the word's second, the one after a space there, a
   * space that may be written between); none for a word of one character, which anything may follow.
   */
  after?: string[];
}
/**
 * `re` finds where a term starts, without capture groups (with one group an alias, every match built an array of
 * hundreds of slots); which alias it was is then read at that spot by aliasAt, a small sticky alternation of only
 * the aliases that can start with that character, in the same order, so the same alias wins.
 */
interface Scanner {
  re: RegExp;
  list: Alias[];
  flags: string;
  byFirst: Map<string, Bucket>;
  /**
   * When every alias opens with a character written as itself that has no case (the Korean table: Hangul, Hanja,
   * digits): per character code, whether an alias opens with it, and its bucket once built. See scanByFirst.
   */
  byCode?: {
    /** Per character code, its slot (1, 2, …) when an alias opens with it, else 0: dense arrays below, by slot. */
    slot: Uint16Array;
    /** Per slot, whether an alias of one character opens with it (anything may follow). */
    any: Uint8Array;
    /** slot * 0x10000 + the code of a character that may follow the first in one of its aliases. */
    next: Set<number>;
    buckets: (Bucket | undefined)[];
  };
  /** The alternation without the u flag, for a text it reads the same (see CASED_NON_ASCII): the English table's. */
  ascii?: RegExp;
}
/**
 * When no alias that can start with the character has a lookaround (Korean words), the matched text alone says
 * which alias it was, wherever it stands: `known` remembers it.
 */
interface Bucket {
  re: RegExp;
  list: Alias[];
  known?: Map<string, Alias>;
  /** `re` without the u flag, made when the scanner's `ascii` first matched an alias of the bucket. */
  ascii?: RegExp;
}

/** The concepts the scanners can find, in the order their ids are given: the first terms of every term table. */
const termOrder: string[] = [];
const termIndex = new Map<string, number>();
function tidOf(id: string): number {
  let t = termIndex.get(id);
  if (t === undefined) {
    t = termOrder.length;
    termOrder.push(id);
    termIndex.set(id, t);
  }
  return t;
}

// One alternation a language, longest aliases first: one pass per text.
function compile(lang: Lang): { cased: Scanner; folded: Scanner } {
  const cased: (Alias & { len: number })[] = [];
  const folded: typeof cased = [];
  for (const c of concepts) {
    const add = (alias: string, variant: boolean) => {
      const wild = alias.endsWith('*');
      const word = wild ? alias.slice(0, -1) : alias;
      let src = escapeRe(word);
      // Korean compounds are written with or without spaces ("수전설비", "수전 설비"): a long alias matches either.
      if (lang === 'ko' && (word.match(/[\uac00-\ud7a3]/g)?.length ?? 0) >= 4) src = spaceOptional(word);
      if (lang === 'en' || /^[A-Za-z]/.test(word)) {
        src =
          WORD_START +
          src +
          (wild ? '[A-Za-z-]*' : word.endsWith(' ') || /[^A-Za-z0-9]$/.test(word) ? '' : '(?![A-Za-z0-9])');
      }
      // Acronyms and mixed-case names (US, ARM, OpenAI) keep their case; plain words fold.
      const keepCase = /[A-Z].*[A-Z]/.test(word) || (lang === 'ko' && /[A-Za-z]/.test(word));
      (keepCase ? cased : folded).push({
        src,
        id: c.id,
        tid: tidOf(c.id),
        variant,
        len: word.length,
        first: String.fromCodePoint(word.codePointAt(0)!),
        after: afterFirst(word),
      });
    };
    for (const a of c[lang]) add(a, false);
    for (const a of c.variants?.[lang] ?? []) add(a, true);
  }
  const build = (list: typeof cased, flags: string): Scanner => {
    list.sort((a, b) => b.len - a.len);
    const sc: Scanner = { re: new RegExp(alternation(list), flags), list, flags, byFirst: new Map() };
    if (list.length && list.every((x) => CASELESS.test(x.first) && x.src.startsWith(x.first))) {
      const slot = new Uint16Array(0x10000);
      let slots = 0;
      for (const x of list) slot[x.first.charCodeAt(0)] ||= ++slots;
      // Per first character, the characters that may follow it in a match of one of its aliases.
      const any = new Uint8Array(slots + 1);
      const next = new Set<number>();
      for (const x of list) {
        const n = slot[x.first.charCodeAt(0)];
        if (!x.after) any[n] = 1;
        else for (const a of x.after) next.add(n * 0x10000 + a.charCodeAt(0));
      }
      sc.byCode = { slot, any, next, buckets: new Array<Bucket | undefined>(slots + 1).fill(undefined) };
    }
    if (flags.includes('i') && list.every((x) => plainSource(x.src))) sc.ascii = new RegExp(sc.re.source, 'gi');
    return sc;
  };
  return { cased: build(cased, 'gu'), folded: build(folded, 'giu') };
}

/** The lookbehind that keeps an alias starting with a Latin letter from matching inside a word. */
const WORD_START = '(?<![A-Za-z0-9])';
/** A Latin letter, with the two other characters /iu folds to one (the Kelvin sign and the long s). */
const LATIN = /[A-Za-z\u212A\u017F]/;

/**
 * The aliases as one alternation, the word-start lookbehind written once for all that begin with it: a
 * lookbehind at the head of every alternative kept V8 from skipping ahead to where an alias can start (the
 * English scan ran 2-5x slower). The same alias wins: the two groups keep the longest-first order and begin with
 * different characters (a Latin letter, or not), so at any position only one group can match.
 */
function alternation(list: Alias[]): string {
  const bounded: string[] = [],
    rest: string[] = [];
  for (const x of list) {
    if (x.src.startsWith(WORD_START)) bounded.push(`(?:${x.src.slice(WORD_START.length)})`);
    else if (LATIN.test(x.first))
      throw new Error(`lexicon: "${x.first}…" starts with a Latin letter but has no word-start check`);
    else rest.push(`(?:${x.src})`);
  }
  const groups = [bounded.length ? `${WORD_START}(?:${bounded.join('|')})` : '', rest.join('|')].filter(Boolean);
  return groups.join('|') || '(?!)';
}

// Compiled once a process and shared by every engine: they are made from lexicon.json alone, and their term ids
// are the same in every engine's table (lexiconTerms). The memos below are of pure functions of a text.
const scanners = { ko: compile('ko'), en: compile('en') };
/** The lexicon's concepts in term id order: every term table starts with them (terms.ts). */
export const lexiconTerms: readonly string[] = termOrder;

/**
 * Per venture concept (venture: true), its aliases of both languages as the scanners write them, one regex per
 * flag set: wherever termsIn finds the concept, the scanner's alternation matched one of these aliases there, so a
 * text none of them matches has no hit of it. A cheap test before a full scan (most sentences name no venture).
 */
const ventureAliases: { id: string; res: RegExp[] }[] = concepts
  .filter((c) => c.venture)
  .map((c) => ({
    id: c.id,
    res: (['ko', 'en'] as const)
      .flatMap((l) => [scanners[l].cased, scanners[l].folded])
      .map((sc) => {
        const list = sc.list.filter((a) => a.id === c.id);
        return list.length ? new RegExp(alternation(list), sc.flags.replace('g', '')) : undefined;
      })
      .filter((re): re is RegExp => re !== undefined),
  }));

/** The venture concepts (venture: true) whose aliases a text may hold: termsIn finds no other in it. */
export function venturesPossibleIn(text: string): string[] {
  const out: string[] = [];
  for (const v of ventureAliases) if (v.res.some((re) => re.test(text))) out.push(v.id);
  return out;
}

/** How many venture concepts the lexicon has. */
export const ventureCount = ventureAliases.length;

// Indexing asks for the same texts again and again: a sentence, then the same sentence as the next one's context;
// counted nouns ("jobs", "일자리") and speakers across a whole corpus. Remembered: short texts in a bounded map,
// the last few long ones. Every caller gets its own copy of the hits.
const SHORT_TEXT = 64;
// (a map a language, keyed by the text itself: a key `lang + text` was a new string to flatten and hash at every ask)
const shortTerms: Record<Lang, Map<string, TermHit[]>> = { ko: new Map(), en: new Map() };
const recentTerms: { text: string; lang: Lang; hits: TermHit[] }[] = [];
const copyHits = (hits: readonly TermHit[]): TermHit[] =>
  hits.map((h) =>
    h.variant
      ? { id: h.id, start: h.start, end: h.end, tid: h.tid, variant: h.variant }
      : { id: h.id, start: h.start, end: h.end, tid: h.tid },
  );

/** Every lexicon term in `text`, in order; a Korean text is scanned with both tables (English names appear in it). */
export function findTerms(text: string, lang: Lang): TermHit[] {
  return copyHits(termsIn(text, lang));
}

/** findTerms without the copy, for callers that only read the hits (the remembered array itself). */
export function termsIn(text: string, lang: Lang): readonly TermHit[] {
  if (text.length <= SHORT_TEXT) {
    const memo = shortTerms[lang];
    let hits = memo.get(text);
    if (!hits) {
      hits = scanTerms(text, lang);
      if (shortTerms.ko.size + shortTerms.en.size >= 100_000) {
        shortTerms.ko.clear();
        shortTerms.en.clear();
      }
      // The key copied: the text is often a slice of the article's text, which it would keep alive (up to 100,000
      // articles' texts, at about 5 MB a thousand articles, in every thread that indexes).
      memo.set(detachedText(text), hits);
    }
    return hits;
  }
  for (const r of recentTerms) if (r.lang === lang && r.text === text) return r.hits;
  const hits = scanTerms(text, lang);
  recentTerms.unshift({ text, lang, hits });
  if (recentTerms.length > 4) recentTerms.pop();
  return hits;
}

if (concepts.some((c) => [...c.en, ...(c.variants?.en ?? [])].some((x) => !LATIN.test(x))))
  throw new Error('lexicon: an English alias without a Latin letter');

const KO_WORD_ENDS: readonly string[] = koWords.particles.suffixes;
/** Whether a Korean name stands as a word of its own at [start, end): no Hangul before it, none after but a particle. */
function koWordAt(text: string, start: number, end: number): boolean {
  const hangul = (i: number) => i >= 0 && i < text.length && text[i] >= '\uac00' && text[i] <= '\ud7a3';
  if (hangul(start - 1)) return false;
  if (!hangul(end)) return true;
  return KO_WORD_ENDS.some((p) => text.startsWith(p, end) && !hangul(end + p.length));
}

/**
 * scanTerms as each table's one alternation finds the terms, without the shortcuts that find the same faster (the
 * Korean table's scan by first character, the English table's pass without the u flag): for the tests that hold
 * them to that.
 */
export function termsByAlternation(text: string, lang: Lang): TermHit[] {
  return scanTerms(text, lang, true);
}

function scanTerms(text: string, lang: Lang, alternationOnly = false): TermHit[] {
  const hits: TermHit[] = [];
  // Every English alias has a Latin letter (folded: K and ſ too, as /iu folds the Kelvin sign and long s): a
  // Korean sentence without one cannot hold an English term, and its two English passes are skipped.
  const langs: Lang[] = lang === 'en' ? ['en'] : LATIN.test(text) ? ['ko', 'en'] : ['ko'];
  for (const l of langs) {
    for (const sc of [scanners[l].cased, scanners[l].folded]) {
      if (sc.byCode && !alternationOnly) {
        scanByFirst(sc, sc.byCode, text, l, hits);
        continue;
      }
      const ascii = sc.ascii && !alternationOnly && !CASED_NON_ASCII.test(text);
      const re = ascii ? sc.ascii! : sc.re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const { id, tid, variant } = aliasAt(sc, text, m.index, m[0], !!ascii);
        const end = m.index + m[0].length;
        if (l === 'ko' && boundedConcepts.has(id) && !koWordAt(text, m.index, end)) continue;
        hits.push(variant ? { id, start: m.index, end, tid, variant } : { id, start: m.index, end, tid });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps (the Korean and English tables both see "OpenAI") keep the first, longest hit.
  const out: TermHit[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}

/**
 * The scanner's pass over `text` for a table whose aliases all open with a caseless character written as itself
 * (the Korean words): the same hits as its alternation's, found by trying, where a character an alias can open with
 * stands, only the aliases that open with it (its bucket, in the table's order). The alternation tried all of them
 * at every position: the Korean scan was the indexer's costliest regex. Same hits: an alias can match only where its
 * first character stands (no case to fold, no lookaround before it), so at any position the bucket's first alias to
 * match is the alternation's; a match is taken, and the scan goes on after it, as the global regex's would.
 */
function scanByFirst(sc: Scanner, h: NonNullable<Scanner['byCode']>, text: string, l: Lang, hits: TermHit[]): void {
  for (let i = 0; i < text.length; i++) {
    const n = h.slot[text.charCodeAt(i)];
    if (!n) continue;
    // (most syllables an alias opens with are followed by none of the characters that come next in those aliases)
    if (!h.any[n] && !(i + 1 < text.length && h.next.has(n * 0x10000 + text.charCodeAt(i + 1)))) continue;
    const b = (h.buckets[n] ??= bucketOf(sc, text[i]));
    b.re.lastIndex = i;
    const m = b.re.exec(text);
    if (!m) continue;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const { id, tid, variant } = b.list[g - 1];
    const start = i,
      end = i + m[0].length;
    i = end - 1; // (the scan goes on after the match)
    if (l === 'ko' && boundedConcepts.has(id) && !koWordAt(text, start, end)) continue;
    hits.push(variant ? { id, start, end, tid, variant } : { id, start, end, tid });
  }
}

/**
 * The English table is case-insensitive, and with the u flag as well its alternation ran ten times slower than
 * without. The two read a text alike when the aliases are plain words (letters as themselves, escaped punctuation,
 * the word-boundary checks and the `*` ending above: no class, dot or escape that u changes) and the text holds no
 * character outside ASCII that has a case: then a letter of either matches only the letters that are it in the
 * other case, in both modes (u folds ſ to s and the Kelvin sign to k as well, and Å or ü to another of their case).
 * Such a text (most English sentences, and every Korean one) is scanned without u.
 */
const CASED_NON_ASCII = /(?=\P{ASCII})[\p{Changes_When_Casemapped}\p{Changes_When_Casefolded}]/u;
function plainSource(src: string): boolean {
  let s = src;
  for (const part of [WORD_START, '(?![A-Za-z0-9])', '[A-Za-z-]*']) s = s.split(part).join('');
  return !/[[\]().*+?{}|^$]/.test(s.replace(/\\[^A-Za-z0-9]/g, ''));
}

/** The alias the scanner matched at `at` (the first in its order that matches there, as the alternation chose). */
function aliasAt(sc: Scanner, text: string, at: number, match: string, ascii = false): Alias {
  const b = bucketOf(sc, String.fromCodePoint(match.codePointAt(0)!));
  const k = b.known?.get(match);
  if (k) return k;
  const re = ascii ? (b.ascii ??= new RegExp(b.re.source, b.re.flags.replace('u', ''))) : b.re;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) throw new Error('lexicon scanner: no alias at a match');
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  const a = b.list[g - 1];
  if (b.known) {
    if (b.known.size >= 10_000) b.known.clear();
    b.known.set(match, a);
  }
  return a;
}

/** The aliases of the scanner that can open with the character c, in its order, as one sticky regex (a group each). */
function bucketOf(sc: Scanner, c: string): Bucket {
  let b = sc.byFirst.get(c);
  if (!b) {
    // Aliases whose first character matches c under the scanner's flags (so case folding is the regex's own).
    // Matching one character against another case-insensitively is symmetric, so one regex of c tests them all
    // (a regex an alias, compiled on first use with the i and u flags, made a start tens of milliseconds slower).
    const isC = new RegExp('^' + escapeRe(c) + '$', sc.flags.replace('g', ''));
    const same = new Map<string, boolean>();
    const starts = (f: string) => {
      let y = same.get(f);
      if (y === undefined) same.set(f, (y = isC.test(f)));
      return y;
    };
    const list = sc.list.filter((x) => starts(x.first));
    b = { re: new RegExp(list.map((x) => `(${x.src})`).join('|') || '(?!)', sc.flags.replace('g', '') + 'y'), list };
    if (list.every((x) => !x.src.includes('(?'))) b.known = new Map();
    sc.byFirst.set(c, b);
  }
  return b;
}

export function concept(id: string): Concept | undefined {
  return byId.get(id);
}
/** Concepts that say what a figure measures (investment, valuation, revenue, ...). */
export const measureIds: readonly string[] = concepts.filter((c) => c.type === 'measure').map((c) => c.id);
const byId = new Map(concepts.map((c) => [c.id, c]));
/** Concepts by term id (a hit's tid): asked per hit per sentence, an array read where the Map hashed its id. */
const byTid: readonly (Concept | undefined)[] = termOrder.map((id) => byId.get(id));
/** The concept a hit found (concept(h.id), by its term id). */
export function hitConcept(h: TermHit): Concept | undefined {
  return byTid[h.tid];
}

/** The person or organisation a phrase names ("올트먼 CEO", "Sam Altman", "그" → undefined). */
export function resolveEntity(phrase: string): string | undefined {
  const lang: Lang = /[\uac00-\ud7a3]/.test(phrase) ? 'ko' : 'en';
  // A speaker is a person, with their organisation as detail: "OpenAI CEO Sam Altman" is Altman, not OpenAI. An
  // organisation speaks only when no person is named ("SoftBank said").
  let org: string | undefined;
  for (const h of findTerms(phrase, lang)) {
    const c = byId.get(h.id);
    if (c?.type === 'person' && !inOtherName(phrase, h)) return c.id;
    if (c?.type === 'org') org ??= c.id;
  }
  return org;
}

/**
 * Whether a lexicon hit at `start` is the second part of a hyphenated word: a Korean given name in Latin letters
 * ("Kim Do-yoon", "Lee Ha-son") holds syllables that are no one's surname there.
 */
export function inHyphenedName(text: string, start: number): boolean {
  return start > 1 && text[start - 1] === '-' && /[A-Za-z]/.test(text[start - 2]);
}

const enTitles = new Set(people.en.titles.map((t) => t.toLowerCase()));
/**
 * Whether a lexicon person's hit is part of someone else's name: a syllable of a hyphenated Korean given name (above),
 * or a family name alone followed by a given name that is not the person's the lexicon writes in full: "Yoon Jae-hee"
 * is not Yoon Suk Yeol (whose "Yoon" alone names him). The given name after it is a capitalized word the lexicon does not
 * know and no title; a hyphenated one (a Korean given name in Latin letters) is a given name after any family name.
 */
export function inOtherName(text: string, h: TermHit): boolean {
  if (inHyphenedName(text, h.start)) return true;
  const c = byId.get(h.id);
  const word = text.slice(h.start, h.end);
  if (c?.type !== 'person' || /\s/.test(word) || !/^[A-Z]/.test(word)) return false;
  const next = /^ ([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)(?![\w'’-])/.exec(text.slice(h.end));
  if (!next) return false;
  const given = next[1];
  const fold = (s: string) => s.replace(/[\s-]+/g, '').toLowerCase();
  // The full names written family name first ("Yoon Suk Yeol"), each with what follows the family name.
  const rest = c.en.filter((a) => a.startsWith(word + ' ')).map((a) => fold(a.slice(word.length + 1)));
  if (!rest.length && !given.includes('-')) return false;
  if (rest.some((r) => r.startsWith(fold(given)) || fold(given).startsWith(r))) return false;
  return !findTerms(given, 'en').length && !enTitles.has(given.toLowerCase());
}

/** A display name for an entity id in a language ("altman", "en" → "Altman"). */
export function entityName(id: string, lang: Lang): string {
  const c = byId.get(id);
  if (!c) return id;
  return (c[lang][0] ?? c.en[0] ?? id).replace(/\*$/, '');
}

const KO_PARTICLES = koWords.particles.suffixes;

/** A word (subject words are these; words.ts finds them without the regex, in the indexing hot path). */
export const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/**
 * The content word of one word (as WORD matches it), tagged with its language ("ko:데이터센터", "en:editor"),
 * or null for a stopword or a too-short word. Callers remember it per word (subjects.ts's word table).
 */
export function wordTerm(word: string): string | null {
  // A closing quotation mark is no part of the word ('Frontier' campus, 'Stargate UK'), as an opening one is not.
  let w = word.replace(/['’]+$/, '');
  if (/[\uac00-\ud7a3]/.test(w)) {
    for (const p of KO_PARTICLES)
      if (w.length > p.length + 1 && w.endsWith(p)) {
        w = w.slice(0, -p.length);
        break;
      }
    // The rest of a number after its first digits ("35조6000억원", "3만1000개") is the number, no word.
    if (/^[십백천만억조][0-9]/.test(w)) return null;
    // A Latin word with a Korean particle ("AMD는", "Broadcom과") is the English word a Korean text quotes.
    if (!/^[A-Za-z][A-Za-z0-9'’-]*$/.test(w)) {
      if (w.length < 2 || stopwords.ko.has(w)) return null;
      return 'ko:' + w;
    }
  }
  w = w.toLowerCase().replace(/[’']s$/, '');
  if (w.length < 3 || stopwords.en.has(w)) return null;
  return 'en:' + stem(w);
}

/** The stem wordTerm gives an English word (lower case): a plural, -ing or -ed taken off. */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}
