// A wording a report line quotes in order to say it is not to be used: a glossary's `never say "480 MW of batteries"`,
// a style note's `write "120 MW / 480 MWh", not "480 MW"`, `“480MW 배터리”라고 하지 말 것`. The figure inside it is
// the wording named, not a figure the writer states: no source amount vouches for it or refutes it.
import { enWords, koWords } from '../domain/language';
import { alternation } from '../text/text';
import type { Lang } from '../types';

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
 * Whether the figure at text[start, end) (offsets in its sentence) stands inside quotation marks that the sentence
 * says enclose a wording not to use: English words of avoiding before the opening mark, Korean ones after the closing
 * mark; both read in either language (a Korean glossary line may say it in English: `never say "480 MW of batteries"`).
 */
export function inAvoidedWording(text: string, start: number, end: number, _lang?: Lang): boolean {
  if (!/["“‘'「『]/.test(text)) return false;
  for (const m of text.matchAll(QUOTED)) {
    const open = m.index!,
      close = open + m[0].length;
    if (open >= start) break;
    if (end > close) continue;
    if (EN_BEFORE.test(text.slice(Math.max(0, open - 40), open))) return true;
    if (KO_AFTER.test(text.slice(close, close + 30))) return true;
  }
  return false;
}
