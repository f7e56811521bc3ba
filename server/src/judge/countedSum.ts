// A sum over a count of things: a line that gives its amount as what several sites or firms come to together ("세
// 캠퍼스를 합치면 1,850㎿", "세 회사의 신규 채용도 155명이다", "Together the three come to 1,850 MW", "The two campuses
// combined will draw 900 MW"), and a source figure whose own clause gives it as a sum ("합계", "합친", "in total",
// "combined", "together"). One part's figure (one campus's 250 MW, one firm's 85 hires) is no version of such a sum:
// only a source's sum judges it (figures.ts). Plain text in, no engine state: both sides read here.
import { clauses, spanAt } from '../extract/subjects';
import type { Lang } from '../types';

/** A count of two to nine things written as Korean writes a determiner before its noun: a native numeral and a space. */
const KO_NATIVE_COUNT = '(?:두|세|네|다섯|여섯|일곱|여덟|아홉)\\s';
/** …or a digit with a counter of firms or places ("3사", "3개사", "3곳", "3개 캠퍼스"; not "2사분기"). */
const KO_DIGIT_COUNT = '[2-9]\\s?(?:개\\s?사|사(?!분기)|곳|개\\s?(?=[가-힣]))';
/**
 * What a count of times, a multiple or an ordinal counts, not things that add up: "세 차례의 증액", "두 배의 규모", "세 번째",
 * "두 해", "세 단계".
 */
const KO_NOT_THINGS = '(?!(?:번째|째|차례|번|배|해|달|날|주|시간|개월|분기|단계)(?![가-힣]{2}))';
/** The counted noun: one word of Hangul or Latin letters. */
const KO_COUNTED = `(?:${KO_NATIVE_COUNT}${KO_NOT_THINGS}[가-힣A-Za-z]{1,6}|${KO_DIGIT_COUNT}[가-힣A-Za-z]{0,6})`;
/**
 * A Korean line's counted things added up before its amount: "세 캠퍼스를 합치면", "3사를 합친", "두 곳을 더하면", "세
 * 회사 합계" (a particle between optional, "모두" allowed).
 */
const KO_COUNTED_ADDED = new RegExp(
  `(?<![가-힣\\d,.])${KO_COUNTED}(?:을|를|이|가|은|는|의)?\\s?(?:모두\\s?)?(?:합치면|합쳐|합친|합하면|합한|더하면|더한|합산|합계)`,
);
/**
 * …or owning the amount: "세 회사의 신규 채용도 155명", "3사의 수주액은" (the counted noun and 의, then at most three words,
 * then the amount).
 */
const KO_COUNTED_OWNS = new RegExp(
  `(?<![가-힣\\d,.])${KO_COUNTED}의\\s(?:[^\\s\\d]+\\s){0,3}(?:약\\s?|총\\s?|모두\\s?|합계\\s?)?$`,
);
/** An English count of things: "the three", "all two", "these four campuses", "both". */
const EN_COUNTED =
  /\b(?:(?:the|these|those|all|its|their)\s+(?:two|three|four|five|six|seven|eight|nine|[2-9])|both)\b/i;
/** Words of a sum in an English clause: "together", "combined", "between them", "in all", "come to", "total". */
const EN_SUM =
  /\b(?:together|combined|between\s+them|in\s+all|in\s+total|altogether|all\s+told|come\s+to|comes\s+to|came\s+to|add\s+up\s+to|adds\s+up\s+to|added\s+up|total(?:s|led|ed|ling|ing)?)\b/i;
/** Words right before counted things that a larger whole takes in: "with", "including", "plus", "adding". */
const EN_TAKEN_IN = /\b(?:with|including|plus|adding|counting)\s+$/i;
/**
 * Words that give the amount to each of the counted, or to some of them, not to all together: "each", "apiece",
 * "an average", "one of the three", "각각", "평균", "중 하나", "당".
 */
const EN_NOT_ALL = /\b(?:each|apiece|average|averaging|one\s+of|either|neither)\b/i;
/** …or right after the amount: "30 MW per site", "30 MW each". */
const EN_NOT_ALL_AFTER = /^\s*(?:each|apiece|per|a\s+(?:site|campus|firm|company)|on\s+average)\b/i;
const KO_NOT_ALL = /각각|각자|평균|[가-힣]당\s|중\s?(?:하나|한\s?곳|한\s?회사)|가운데\s?(?:하나|한)/;

/** A figure of the line's sentence, as far as countedSumAt reads it. */
export interface SentenceFigure {
  start: number;
  end: number;
  kind: string;
  unit: string;
}

/**
 * Whether a line's amount at [at, end) of its sentence is given as the sum over a count of things (two to nine): a
 * Korean counted noun added up or owning the amount in the amount's clause ("세 캠퍼스를 합치면 1,850㎿", "세 회사의 신규
 * 채용도 155명이다"); an English counted group ("the three", "both campuses") and a word of a sum in the clause before
 * the amount or right after it ("Together the three come to 1,850 MW", "the two campuses, combined, draw 900 MW"). Not
 * where the clause gives the amount to each of them or one of them ("each", "각각", "평균", "one of the three"). Only
 * the first amount of its kind and unit after the counted words is the sum (`figures`: the sentence's): what follows
 * lists its parts or another thing ("1,600 MW: 1,000 MW at Augusta and 600 MW at Aliağa", "KRW 348 billion, about 87
 * percent of its 2025 revenue of KRW 446 billion").
 */
export function countedSumAt(
  text: string,
  at: number,
  end: number,
  lang: Lang,
  figures: readonly SentenceFigure[] = [],
): boolean {
  // (a sentence with no counted things is no such line, whatever its amounts: asked once a sentence, as its clauses)
  const read = readingOf(text);
  if (!(read.counted ??= (lang === 'ko' ? KO_COUNTED_ANY : EN_COUNTED).test(text))) return false;
  const c = clauseOf(read, at);
  const before = text.slice(c.start, at);
  const own = figures.find((g) => g.start === at);
  // (no amount of its kind and unit between the counted words, at `from` in the clause, and the amount)
  const firstAfter = (from: number) =>
    !own ||
    !figures.some(
      (g) => g !== own && g.kind === own.kind && g.unit === own.unit && g.start >= c.start + from && g.start < at,
    );
  if (lang === 'ko') {
    if (KO_NOT_ALL.test(before)) return false;
    // (the counted words in the clause before the amount: added up anywhere there, or owning it just before it)
    const m = KO_COUNTED_ADDED.exec(before) ?? KO_COUNTED_OWNS.exec(before);
    return !!m && firstAfter(m.index);
  }
  if (lang !== 'en') return false;
  const after = text.slice(end, Math.min(c.end, end + 30));
  // (a clause that is a conjunction and the amount alone, its subject and verb left out, goes on with the clause before:
  // "The two campuses add up to 350 MW and USD 5.4bn, and at most 3,300 m³ of river water a day")
  const from = EN_ELLIPTIC.test(before) ? (clauseBefore(read, c)?.start ?? c.start) : c.start;
  const g = EN_COUNTED.exec(text.slice(from, at));
  if (from < c.start) {
    if (!g || EN_NOT_ALL.test(text.slice(from, at)) || EN_NOT_ALL_AFTER.test(after)) return false;
    if (EN_TAKEN_IN.test(text.slice(from, from + g.index))) return false;
    return EN_SUM.test(text.slice(from, at)) && firstAfter(from - c.start + g.index);
  }
  if (!g || EN_NOT_ALL.test(before) || EN_NOT_ALL_AFTER.test(after)) return false;
  // (the counted things as what a larger whole takes in, "With the five new sites, Stargate's planned capacity comes to
  // nearly 9 gigawatts": the amount is that whole's, which a source's total of it judges)
  if (EN_TAKEN_IN.test(before.slice(0, g.index))) return false;
  return (EN_SUM.test(before) || EN_SUM.test(after)) && firstAfter(g.index);
}

/**
 * Words that give a source figure as a sum, in its own clause: "합계", "합친", "합쳐", "더하면", "총", "모두 합", "in
 * total", "combined", "together", "between them", "come to", "total".
 */
const KO_SUMMED = /합계|합\s+계|합친|합쳐|합치면|합하면|합한|합산|더하면|더한|총액|총\s?\d|모두\s?합|누계/;

/**
 * Whether a source figure's own clause gives it as a sum (KO_SUMMED, EN_SUM): the only kind of source figure that
 * judges a line's sum over a count of things. Read once per figure and stored with its facts (figureFacts.ts
 * entrySummed).
 */
export function summedAt(text: string, at: number, lang: Lang): boolean {
  const r = readingOf(text);
  const c = clauseOf(r, at);
  // (once a clause and language: a table read as one sentence may hold thousands of amounts in one clause)
  const key = `${lang}\u0000${c.start}`;
  let s = (r.summed ??= new Map()).get(key);
  if (s === undefined) {
    const clause = text.slice(c.start, c.end);
    r.summed.set(key, (s = lang === 'ko' ? KO_SUMMED.test(clause) : EN_SUM.test(clause)));
  }
  return s;
}

/**
 * The last sentence read, its clauses and whether it counts things: a line of thousands of amounts asks for each of
 * them (a sentence's clauses read once, not once an amount).
 */
interface Reading {
  text: string;
  clauses?: { start: number; end: number }[];
  counted?: boolean;
  /** summedAt's reading of each clause asked of, by language and the clause's start. */
  summed?: Map<string, boolean>;
}
let last: Reading = { text: '' };
function readingOf(text: string): Reading {
  if (last.text !== text) last = { text };
  return last;
}
function clauseOf(r: Reading, at: number): { start: number; end: number } {
  const list = (r.clauses ??= clauses(r.text));
  return spanAt(list, at) ?? { start: 0, end: r.text.length };
}
/** The clause right before `c` in the sentence, if any. */
function clauseBefore(r: Reading, c: { start: number }): { start: number; end: number } | undefined {
  return c.start > 0 ? clauseOf(r, c.start - 1) : undefined;
}
/**
 * An English clause before its amount that is a conjunction and words of degree only, no subject or verb of its own:
 * ", and at most 3,300 m³", ", and about $2bn" (what it says of the amount, the clause before says).
 */
const EN_ELLIPTIC =
  /^\s*(?:and|or|but)\s+(?:(?:at\s+(?:most|least)|up\s+to|about|around|roughly|some|nearly|almost|just|over|under|more\s+than|less\s+than|close\s+to)\s+)*(?:[$€£¥₩]|[A-Z]{3}\s?)?$/;
/** Any Korean count of things (KO_COUNTED), wherever it stands. */
const KO_COUNTED_ANY = new RegExp(`(?<![가-힣\\d,.])${KO_COUNTED}`);

/** An English counted group and the plural noun right after it: "the three campuses", "both sites". */
const EN_COUNTED_NOUN =
  /\b(?:(?:the|these|those|all|its|their)\s+(?:two|three|four|five|six|seven|eight|nine|[2-9])|both)\s+([a-z]{3,}s)\b/i;

/**
 * The thing an English line's sum over a count of things counts, in the singular ("Together the three campuses come to
 * 2,200 MW" gives "campus"), when the counted group names it; undefined otherwise (and for Korean).
 */
export function countedNounOf(text: string, lang: Lang): string | undefined {
  if (lang !== 'en') return undefined;
  const m = EN_COUNTED_NOUN.exec(text);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  return /(?:ss|us|is)$/.test(w) ? undefined : w.replace(/(?:(?<=(?:ch|sh|x|s))es|s)$/, '');
}

/**
 * Whether an English source sentence gives its sum as the total of one of the things a line adds up: it names that
 * thing in the singular after an article or "one" ("a data centre campus with a total connected information-technology
 * capacity of up to 1,200 MW") and nowhere in the plural or counted. One campus's total is no version of three campuses'.
 * Its tests built once a noun: a line asks it of each candidate.
 */
export function sumOfOneThing(noun: string): (sentence: string) => boolean {
  const one = new RegExp(`\\b(?:a|an|one|the|this|that|its)\\s+(?:[\\w-]+\\s+){0,3}${noun}\\b(?!['’]s\\b|-)`, 'i');
  const many = new RegExp(`\\b${noun}(?:s|es)\\b`, 'i');
  return (sentence) => one.test(sentence) && !many.test(sentence);
}
