// A figure that stands alone in brackets right after a noun is that noun's: "바이어 초청 상담회(1억 2,000만 원)", "the
// buyers' fair ($90,000)", "변전소 (3,200억 원)". The noun labels it the way a table's row head labels a cell; a source
// figure whose sentence never names that noun is of something else, however much of the rest of the line it shares.
// So is the owner a Korean sentence opens on, "X의 … Y는" (koOwnerOf).
import { concept, termsIn, wordTerm } from '../domain/lexicon';
import type { Lang, RawFigure, Span } from '../types';
import type { Entry } from './figureIndex';

// (the noun, then the opening bracket; inside it only a word of approximation may stand before the figure)
const BEFORE =
  /([\p{L}\p{N}][\p{L}\p{N}'’·-]*)\s?[(（]\s*(?:약|총|about|around|approximately|approx\.|some|c\.|roughly|up to|최대)?\s*$/iu;
const AFTER = /^\s*(?:[)）]|[,;]\s)/u;

/**
 * The noun a figure at [start, end) of its sentence stands in brackets after, or undefined. Not a figure's own
 * conversion ("5,000억 달러(약 718조 원)", "$500 billion (718조 원)"): a bracket after another figure restates it.
 */
export function bracketLabel(
  sentence: string,
  at: Span,
  figures: readonly RawFigure[] | undefined,
  lang: Lang,
): string | undefined {
  if (!AFTER.test(sentence.slice(at.end, at.end + 4))) return undefined;
  const before = sentence.slice(Math.max(0, at.start - 48), at.start);
  const m = BEFORE.exec(before);
  if (!m) return undefined;
  const nounEnd = at.start - (before.length - m.index - m[1].length);
  const nounStart = nounEnd - m[1].length;
  // (a figure ending at the noun, or a number before or in it: a conversion, "1,000 MW (1 GW)")
  if (
    /\d/.test(m[1]) ||
    /\d$/.test(sentence.slice(0, nounStart).trimEnd()) ||
    figures?.some((f) => f.end >= nounEnd - 1 && f.end <= nounEnd + 1 && f.start < at.start)
  )
    return undefined;
  // (English: a noun of three letters or more; a possessive's mark goes)
  const noun = m[1].replace(/['’]s?$/u, '');
  if (lang === 'en' && noun.length < 3) return undefined;
  return noun;
}

/**
 * What a source sentence must name to speak of the noun: its lexicon concepts and its own word. `across` is whether a
 * sentence in the other language can be told apart by them (only a concept crosses languages).
 */
export function labelNames(noun: string, lang: Lang): { names: string[]; across: boolean; words: string[] } {
  // (a concept that is the whole word: "전기" in the name "대성전기" is no electricity)
  const names = termsIn(noun, lang)
    .filter((h) => h.start === 0 && h.end === noun.length)
    .map((h) => h.id);
  const word = wordTerm(noun);
  if (word && !names.includes(word)) names.push(word);
  // (and the word as written: a name the lexicon reads a concept inside, "한빛전기" with its "전기", is no word of the
  // sentence's subject, only of its text)
  return { names, across: names.some((n) => concept(n) !== undefined), words: [noun] };
}

// (a Korean sentence that opens on "X의 … Y는": X owns what the sentence goes on to give, "아카디아나 캠퍼스의 총사업비는
// 약 450억 달러로", "인근 스마트팜 단지의 난방 수요는 연간 약 90GWh로")
const KO_OWNER =
  /^\s*((?:[가-힣A-Za-z0-9]+\s){0,2}[가-힣A-Za-z0-9]+)의\s+(?:[가-힣A-Za-z0-9]+\s){0,5}[가-힣A-Za-z0-9]+(?:은|는)\s/;

/**
 * The owner a Korean sentence gives the figure at `at` when it opens on "X의 … Y는" before it: the words of X, or
 * undefined. Like a bracket's noun, X is what the figure is of: a source sentence that names none of X's words (nor
 * its sentences around) speaks of something else.
 */
export function koOwnerOf(sentence: string, at: Span, lang: Lang): string[] | undefined {
  if (lang !== 'ko') return undefined;
  const m = KO_OWNER.exec(sentence);
  if (!m || m[0].length > at.start) return undefined;
  const words = m[1].split(' ').filter((w) => wordTerm(w) !== null && !/\d/.test(w));
  return words.length ? words : undefined;
}

/** What a source sentence must name to speak of a figure's noun or owner (labelNames). */
export interface FigureLabel {
  names: string[];
  across: boolean;
  words: string[];
}

/**
 * The labels a claim's figure has where it stands in its sentence: the noun it is in brackets after, and the owner a
 * Korean sentence opens on — not a site's owner ("해남 데이터센터의", "아카디아나 캠퍼스의": an article about a site names it
 * once and speaks of it after, which the rules of places and parts read), nor the venture's (named by every sentence of
 * an article about it).
 */
export function figureLabels(
  sentence: string,
  at: Span,
  figures: readonly RawFigure[] | undefined,
  lang: Lang,
): FigureLabel[] {
  const labels: FigureLabel[] = [];
  const label = bracketLabel(sentence, at, figures, lang);
  if (label) labels.push(labelNames(label, lang));
  const owner = koOwnerOf(sentence, at, lang);
  if (owner) {
    const names = owner.map((w) => labelNames(w, lang));
    if (!names.some((n) => n.names.some((x) => concept(x)?.type === 'topic' || concept(x)?.venture)))
      labels.push({
        names: names.flatMap((n) => n.names),
        across: names.some((n) => n.across),
        words: names.flatMap((n) => n.words),
      });
  }
  return labels;
}

/**
 * Whether a source figure's sentence names every label of a claim's figure: a term of its subject (at any weight, so a
 * sentence before naming it counts), or, in the claim's language, the word as its text or the sentence before writes
 * it (read only where the terms do not tell). One in the other language is held only to a label that is a concept.
 */
export function namesLabels(labels: readonly FigureLabel[], e: Entry, lang: Lang): boolean {
  let text: string | undefined;
  const textAround = () => {
    const ss = e.src.sentences;
    return (text ??= `${ss[e.fig.sentence - 1]?.text ?? ''}\n${ss[e.fig.sentence]?.text ?? ''}`);
  };
  return labels.every(
    (l) =>
      !l.names.length ||
      (e.lang !== lang && !l.across) ||
      l.names.some((n) => e.terms.weightOf(n) !== undefined) ||
      (e.lang === lang && l.words.some((w) => textAround().includes(w))),
  );
}
