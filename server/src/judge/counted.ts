// What a count counts, beyond its noun: the words that narrow the noun ("2,500 union construction jobs", "about 450
// permanent jobs", "건설 일자리 2500개", "상시 일자리 450개"). Two counts of jobs whose narrowing words have nothing in
// common count different jobs: the one neither supports nor refutes the other (the construction jobs of a site are
// not its permanent jobs). A count with no narrowing word is of the noun in general and stays comparable with both.
import { concept, termsIn, wordTerm } from '../domain/lexicon';
import { soundAlike } from '../text/translit';
import { NUMBER_WORD } from '../extract/subjects';
import type { Lang } from '../types';

/** Words in a counted phrase that are the number, not what narrows the noun: digits, or a number word. */
const isNumberWord = (w: string) => /^[\d.,]+$/.test(w) || NUMBER_WORD.test(w);

/** Words that say how many or how new, not which: "100,000 new jobs" counts jobs as "100,000 jobs" does. */
const NOT_NARROWING = new Set([
  'en:new',
  'en:more',
  'en:additional',
  'en:extra',
  'en:further',
  'en:other',
  'en:total',
  'en:some',
  'en:such',
  'en:about',
  'ko:신규',
  'ko:새',
  'ko:추가',
  'ko:총',
]);

/**
 * The narrowing words of a count, as terms (a lexicon concept's id, else the word's content term): the words
 * between an English number and its noun ("union construction"), or the bare words right before a Korean noun
 * that stands before its number ("건설" in "건설 일자리 2500개"). `sentence` and `at` (the figure's offset in it)
 * are only read for Korean.
 */
export function narrowingTerms(
  fig: { text: string; noun?: string; kind: string; lang: Lang },
  sentence: string | undefined,
  at: number,
): string[] {
  if (fig.kind !== 'count' || !fig.noun) return [];
  const words: string[] = [];
  if (/^[A-Za-z]/.test(fig.noun) && fig.text.endsWith(fig.noun)) {
    const inner = fig.text.slice(0, fig.text.length - fig.noun.length).split(/[\s\u00a0]+/);
    for (const w of inner) if (w && !isNumberWord(w) && /\p{L}/u.test(w)) words.push(w.replace(/^-+|-+$/g, ''));
  } else if (sentence !== undefined && /^[\uac00-\ud7a3]/.test(fig.noun)) {
    // "건설 일자리 2500개", "엔비디아 GB300 칩 약 40만 개": the noun within a few words before the number.
    // punctuation ends the phrase as a space does (a headline's …"건설 일자리 2500개")
    const before = sentence
      .slice(Math.max(0, at - 40), at)
      .split(/(\s+|[^\p{L}\p{N}\s-]+)/u)
      .filter((w) => w && !/^\s+$/.test(w));
    let k = before.length - 1;
    while (k >= 0 && !before[k].startsWith(fig.noun)) k--;
    if (k < 0 || before.length - 1 - k > 2) return [];
    for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
      const w = before[j];
      // a word with a particle or an ending ("단계에서만", "이번"), punctuation or another figure ends the phrase
      if (!/^[\p{L}][\p{L}\p{N}-]*$/u.test(w)) break;
      const t = wordTerm(w);
      if (!t || (t.startsWith('ko:') && t.slice(3) !== w)) break;
      words.unshift(w);
    }
  }
  const out: string[] = [];
  const add = (t: string | null | undefined) => {
    if (t && !NOT_NARROWING.has(t) && !out.includes(t)) out.push(t);
  };
  // A concept of several words is one term ("data center buildings": the concept 데이터센터 is, not "data" and
  // "center"): the words are read as a phrase, and each word a concept covers whole is that concept.
  const phrase = words.join(' ');
  const hits = termsIn(phrase, /[\uac00-\ud7a3]/.test(phrase) ? 'ko' : 'en').filter((h) => concept(h.id));
  let pos = 0;
  for (const w of words) {
    const start = pos,
      end = pos + w.length;
    pos = end + 1;
    const hit = hits.find((h) => h.start <= start && h.end >= end);
    add(hit ? hit.id : wordTerm(w));
  }
  return out;
}

/**
 * Whether two counts' narrowing words say they count different things: both have some, none is shared, and they can
 * be compared: words of the two languages that no sound links ("건설" and "construction", "상시" and "permanent")
 * cannot be told apart or alike (countedUncertain).
 */
export function countedApart(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  for (const x of a) for (const y of b) if (sameTerm(x, y)) return false;
  return !acrossScripts(a, b);
}

/**
 * Whether two counts' narrowing words are of the two languages and share nothing that links them: what each counts
 * is not known to be the other's, nor known to differ. Such a count may vouch for the same value, never refute another.
 */
export function countedUncertain(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && acrossScripts(a, b) && !countedAlike(a, b);
}

/** Narrowing words in Korean on one side and in English on the other (lexicon concepts are of both). */
function acrossScripts(a: readonly string[], b: readonly string[]): boolean {
  const words = (l: readonly string[], lang: string) => l.some((t) => t.startsWith(lang));
  return (words(a, 'ko:') && words(b, 'en:')) || (words(a, 'en:') && words(b, 'ko:'));
}

/** Whether two counts are narrowed alike: both have narrowing words and share one ("permanent jobs" twice). */
export function countedAlike(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  for (const x of a) for (const y of b) if (sameTerm(x, y)) return true;
  return false;
}

function sameTerm(x: string, y: string): boolean {
  if (x === y) return true;
  // a model code or a name written in Latin letters inside Korean ("GB300") is the same word
  const bare = (t: string) => t.replace(/^(?:ko|en):/, '').toLowerCase();
  if (bare(x) === bare(y)) return true;
  const kx = x.startsWith('ko:'),
    ky = y.startsWith('ko:');
  if (kx === ky) return false;
  const [ko, en] = kx ? [bare(x), bare(y)] : [bare(y), bare(x)];
  return soundAlike(ko, en);
}
