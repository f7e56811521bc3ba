// A wording a report line quotes in order to say it is not to be used: a glossary's `never say "480 MW of batteries"`,
// a style note's `write "120 MW / 480 MWh", not "480 MW"`, `“480MW 배터리”라고 하지 말 것`. The figure inside it is
// the wording named, not a figure the writer states: no source amount vouches for it or refutes it.
import { enWords, koWords } from '../domain/language';
import { alternation } from '../text/text';

/** Pairs of quotation marks a wording is quoted in. */
const QUOTED = /"[^"\n]{1,200}"|“[^“”\n]{1,200}”|‘[^‘’\n]{1,200}’|「[^「」\n]{1,200}」|『[^『』\n]{1,200}』/g;

/** A phrase of a list as a regex: its spaces any run of white space, its apostrophes either kind. */
const phrase = (w: string) =>
  w
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/'/g, "['’]");

/** English: words of avoiding right before the opening mark (domain/en.json avoidedWording.before). */
const EN_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${enWords.avoidedWording.before
    .slice()
    .sort((a, b) => b.length - a.length)
    .map(phrase)
    .join('|')})\\s*[:,]?\\s*$`,
  'iu',
);
/** Korean: words of avoiding right after the closing mark (domain/ko.json avoidedWording.after; 이라고 as 라고). */
const KO_AFTER = new RegExp(
  `^\\s*(?:이(?=라))?(?:${alternation(koWords.avoidedWording.after.map((w) => w.replace(/ /g, '\u0000'))).replace(/\u0000/g, '\\s*')})`,
);

/**
 * The spans [open, close) of a sentence's quoted wordings that it says are not to use: English words of avoiding
 * before the opening mark, Korean ones after the closing mark; both read in either language (a Korean glossary line
 * may say it in English: `never say "480 MW of batteries"`). Read once a sentence: a figure at [start, end) is such a
 * wording's when a span holds it (inAvoidedWording).
 */
export function avoidedWordings(text: string): readonly (readonly [number, number])[] {
  if (!/["“‘'「『]/.test(text)) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(QUOTED)) {
    const open = m.index!,
      close = open + m[0].length;
    if (EN_BEFORE.test(text.slice(Math.max(0, open - 40), open)) || KO_AFTER.test(text.slice(close, close + 30)))
      out.push([open, close]);
  }
  return out;
}

/** Whether a figure at [start, end) of its sentence stands inside one of `spans` (avoidedWordings). */
export const inAvoidedWording = (spans: readonly (readonly [number, number])[], start: number, end: number): boolean =>
  spans.some(([open, close]) => open < start && end <= close);
