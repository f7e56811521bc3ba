// The bilingual domain vocabulary (vocab.json): ordinary words of the two languages that say the same thing
// (상시/permanent, 송전선/transmission, 바닷물/seawater), a hand list by category. Quotations are linked through all of it
// (judge/crossQuotes.ts); a figure's subject and the words that narrow a count through the categories of use "all"
// (extract/subjects.ts TermWeights.linked, judge/counted.ts).
import vocab from './vocab.json';
import koWords from './ko.json';
import { stem } from './lexicon';

interface Category {
  name: string;
  use: string;
  pairs: string[][][];
}

/**
 * The forms of the pairs, by language: a Korean noun (a particle or copula may follow), a Korean stem written with a
 * trailing "-" (any ending may follow), an English word (a plural may follow) or prefix ("cool*"). Prefixes by their
 * first letter, so a word is tried against a few dozen, not all of them.
 */
interface Forms {
  exact: Map<string, number[]>;
  prefix: Map<string, { form: string; pair: number; noun: boolean }[]>;
}
const koForms: Forms = { exact: new Map(), prefix: new Map() },
  enForms: Forms = { exact: new Map(), prefix: new Map() };
/** Per pair, whether it links subjects too (its category's use is "all"), not only quotations. */
const forSubjects: boolean[] = [];
/** Per pair, its category's name (tests, and to say which pair linked). */
export const pairCategory: string[] = [];

function addPrefix(f: Forms, form: string, pair: number, noun: boolean) {
  const k = form[0];
  const l = f.prefix.get(k);
  if (!l) f.prefix.set(k, [{ form, pair, noun }]);
  else l.push({ form, pair, noun });
}
function addExact(f: Forms, w: string, pair: number) {
  const l = f.exact.get(w);
  if (!l) f.exact.set(w, [pair]);
  else if (!l.includes(pair)) l.push(pair);
}
let pairCount = 0;
/** Each pair's forms as its words' terms begin (Korean stems and nouns, English words ending in `*`) or are (English). */
const koStarts: string[][] = [],
  enStarts: string[][] = [],
  enWhole: string[][] = [];
for (const cat of vocab.categories as Category[])
  for (const [ko, en] of cat.pairs) {
    const pair = pairCount++;
    forSubjects.push(cat.use === 'all');
    pairCategory.push(cat.name);
    koStarts.push([]);
    enStarts.push([]);
    enWhole.push([]);
    for (const w of ko) {
      addPrefix(koForms, w.replace(/-$/, ''), pair, !w.endsWith('-'));
      koStarts[pair].push(w.replace(/-$/, ''));
    }
    for (const w of en) {
      if (w.endsWith('*')) {
        addPrefix(enForms, w.slice(0, -1), pair, false);
        enStarts[pair].push(w.slice(0, -1));
      }
      // (A subject's English word is its stem, lexicon.ts wordTerm: "hiring" is "hir".)
      else
        for (const x of [w, w + 's', w + 'es', stem(w)]) {
          addExact(enForms, x, pair);
          enWhole[pair].push(x);
        }
    }
  }

/**
 * SQL LIKE patterns (backslash the escape) for the terms of the other language that the domain vocabulary may pair
 * with these subject terms (`ko:상시%` for `en:permanent`): a store that holds the corpus's terms (corpus/pg.ts) finds
 * them with these, then keeps those vocabLinked to a claim's term, as TermWeights.linked finds them among its terms.
 */
export function vocabPatterns(names: Iterable<string>): string[] {
  const out = new Set<string>();
  const esc = (w: string) => w.replace(/[\\%_]/g, (c) => '\\' + c);
  for (const n of names) {
    const ko = n.startsWith('ko:');
    for (const p of subjectPairs(n))
      if (ko) {
        for (const w of enWhole[p]) out.add('en:' + esc(w));
        for (const w of enStarts[p]) out.add('en:' + esc(w) + '%');
      } else for (const w of koStarts[p]) out.add('ko:' + esc(w) + '%');
  }
  return [...out];
}

/** What may follow a Korean noun of the vocabulary in the same word: a particle, a plural, a copula. */
const KO_NOUN_TAILS: ReadonlySet<string> = new Set([
  ...koWords.particles.suffixes,
  ...[
    '이다',
    '다',
    '이었다',
    '였다',
    '이라고',
    '라고',
    '이며',
    '며',
    '이고',
    '고',
    '입니다',
    '들',
    '들이',
    '들은',
    '들을',
    '들의',
    '들도',
    '뿐',
  ],
]);
/**
 * A one-syllable noun with 가 or 도 after it is mostly another word (물가 prices, 강도 strength): those endings only
 * after a longer one.
 */
const KO_SHORT_NOUN_NOT: ReadonlySet<string> = new Set(['가', '도']);

/** 하다 and its endings after a noun: 하/한/할/함/합/했/해 opening what follows. */
const KO_HADA = /^[하한할함합했해]/;

const NONE: readonly number[] = [];

/**
 * The vocabulary's pairs one word (as lexicon.ts WORD matches it) is a form of: all of them, for quotations. `minKo`: a
 * Korean form this many syllables long at least (a compound's head, judge/quotes.ts compoundHeads).
 */
export function everydayPairs(word: string, minKo = 1): number[] {
  if (/[\uac00-\ud7a3]/.test(word)) {
    const out: number[] = [];
    for (const { form, pair, noun } of koForms.prefix.get(word[0]) ?? []) {
      if (form.length < minKo || !word.startsWith(form) || out.includes(pair)) continue;
      const rest = word.slice(form.length);
      if (
        !noun ||
        rest === '' ||
        (KO_NOUN_TAILS.has(rest) && !(form.length === 1 && KO_SHORT_NOUN_NOT.has(rest))) ||
        // A noun made a verb with 하다 (약속한다, 확인했다, 냉각하는): one of a syllable, as 강한 (strong), is another word.
        (form.length >= 2 && KO_HADA.test(rest))
      )
        out.push(pair);
    }
    return out;
  }
  const w = word.toLowerCase().replace(/['’]s?$/, '');
  const out = [...(enForms.exact.get(w) ?? NONE)];
  for (const { form, pair } of enForms.prefix.get(w[0]) ?? [])
    if (w.startsWith(form) && !out.includes(pair)) out.push(pair);
  return out;
}

/** subjectPairs answers by term name (a corpus names the same words again and again). */
const byName = new Map<string, readonly number[]>();

/**
 * The pairs of use "all" a subject's content term is a form of, by its name ("ko:상시", "en:permanent": lexicon.ts
 * wordTerm, a Korean word without its particle, an English word's stem); none for a concept or any other term.
 */
export function subjectPairs(name: string): readonly number[] {
  let out = byName.get(name);
  if (out) return out;
  if (name.startsWith('ko:') || name.startsWith('en:')) {
    const all = everydayPairs(name.slice(3)).filter((p) => forSubjects[p]);
    out = all.length ? all : NONE;
  } else out = NONE;
  if (byName.size >= 200_000) byName.clear();
  byName.set(name, out);
  return out;
}

/** Whether two content terms (by name) are of the two languages and the vocabulary pairs them for subjects. */
export function vocabLinked(a: string, b: string): boolean {
  if (a.startsWith('ko:') === b.startsWith('ko:')) return false;
  const pa = subjectPairs(a);
  if (!pa.length) return false;
  const pb = subjectPairs(b);
  return pa.some((p) => pb.includes(p));
}
