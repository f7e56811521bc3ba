// The section headings of a source's text: a line of its own that names what the lines under it are about (a factbox's
// "PORT PIRIE, SOUTH AUSTRALIA", a Markdown "## Lordsburg, New Mexico", a Korean letter's "1. 아우라지쿨링: 라오스 사반나켓").
// Read by the judge for the places a section is of (judge/figureFacts.ts), and at index time for the terms a figure
// under one is read in (corpus.ts buildSource).

/** A section heading line is read this far back from a sentence (a factbox's item, a section's paragraphs). */
export const SECTION_BACK = 15;
/** A heading is this short at most. */
const SECTION_HEAD_MAX = 80;
/** A heading that is a place and the larger places it is in, a factbox's way: "Cimarron, Oklahoma, United States". */
export const PLACE_LIST =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}){1,3}$/u;

/** A sentence that is a heading line, as placesIn reads it (capitals as a name is written), or undefined. */
export function headingOf(text: string, sent: { start: number; end: number; text: string; lang: string } | undefined) {
  if (!sent || sent.lang !== 'en' || sent.text.length > SECTION_HEAD_MAX) return undefined;
  let a = sent.start;
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t' || text[a - 1] === '#')) a--;
  const lineStart = a === 0 || text[a - 1] === '\n' || text[a - 1] === '\r';
  let b = sent.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
  const lineEnd = b >= text.length || text[b] === '\n' || text[b] === '\r';
  if (!lineStart || !lineEnd) return undefined;
  const line = text.slice(a, b);
  const t = sent.text.replace(/^#+\s*/, '').trim();
  if (!t || /[.!?。:;,]$/.test(t)) return undefined;
  if (/^#{1,6}\s/.test(line)) return t;
  const letters = t.match(/\p{L}/gu) ?? [];
  if (letters.length < 3 || letters.some((c) => c !== c.toUpperCase() || !/\p{Script=Latin}/u.test(c)))
    return undefined;
  return t.toLowerCase().replace(/(^|[\s,/(-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
}

/** A Korean heading is this short at most. */
const KO_SECTION_HEAD_MAX = 40;
/** What a Korean line that is a sentence, not a heading, ends with: punctuation or a predicate's ending. */
const KO_SENTENCE_END = /(?:[.!?。:;,…"”'’)]|[다요죠까음함됨임]|니다)$/;

/** A sentence that is a Korean heading line (koSectionsOf), without its number or marks, or undefined. */
export function koHeadingOf(
  text: string,
  sent: { start: number; end: number; text: string; lang: string } | undefined,
) {
  if (!sent || sent.lang !== 'ko' || sent.text.length > KO_SECTION_HEAD_MAX) return undefined;
  let a = sent.start;
  while (a > 0 && text[a - 1] !== '\n' && text[a - 1] !== '\r') a--;
  const lead = text.slice(a, sent.start);
  if (!/^\s*(?:#{1,6}\s+|(?:\d{1,2}|[IVX]{1,4})[.)]\s+|[■□▶▷◆◇●○]\s*)?$/.test(lead)) return undefined;
  let b = sent.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
  if (b < text.length && text[b] !== '\n' && text[b] !== '\r') return undefined;
  // (a paragraph of its own: a blank line, or the text's start, before it)
  if (a > 0 && !/\n\s*\n\s*$/.test(text.slice(Math.max(0, a - 4), a))) return undefined;
  const t = sent.text.replace(/^#+\s*/, '').trim();
  if (!t || /\d/.test(t) || KO_SENTENCE_END.test(t) || !/[\uac00-\ud7a3]/.test(t)) return undefined;
  return t;
}
