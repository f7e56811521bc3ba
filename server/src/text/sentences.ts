// Sentence segmentation for Korean and English news text and Markdown report paragraphs.
// Linear in the input: one left-to-right scan per paragraph, every regex runs on a bounded slice.
import { noteError } from '../errors';
import type { Lang, RawSentence, Span } from '../types';
import { ASCII_LETTER, isWhitespace as isWs, langOf, letterKind, NOT_COUNTED, SourceText, SYLLABLE } from './text';
import { isHangul } from './chars';
import { enWords } from '../domain/language';

/** Abbreviations after which a period never ends a sentence. */
const NEVER_END = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  // (honorifics before a name: "the Minister for Energy, Hon. Yaw Agyekum-Sarfo, said", "the Rt. Hon. …", "Rev. …")
  'hon',
  'rt',
  'rev',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  // (the rupee's letters before an amount: "The estimated project cost is Rs. 85,000 crore")
  'rs',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'fig',
  'figs',
  'vol',
  'pp',
  'p',
  'est',
  'dept',
  'mt',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
]);
/** Abbreviations that end a sentence only when the next word is a typical sentence opener. */
const MAYBE_END = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'etc',
  'bros',
]);
const OPENERS = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'our',
  'their',
  'his',
  'her',
  'but',
  'and',
  'however',
  'meanwhile',
  'yet',
  'so',
  'in',
  'on',
  'at',
  'for',
  'a',
  'an',
  'as',
  'if',
  'when',
  'while',
  'although',
  'though',
  'there',
  'here',
  'what',
  'who',
  'why',
  'how',
  'after',
  'before',
  'since',
  'still',
  'also',
  'now',
  'then',
  'some',
  'many',
  'most',
  'such',
  'both',
  'other',
  'others',
  'last',
  'next',
]);

const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** How many dots in a row are leader dots, not an ellipsis (sentences). */
const LEADER_DOTS = 4;
/** What follows leader dots on their line: a value, a figure with its currency before it ("US\$ 210.00", "EUR 4", "12"). */
const LEADER_VALUE = /^[ \t]+(?:[A-Z]{1,3}\$?[ \t]*|[$€£¥₩][ \t]*)?\d/;
/** A line that ends on a value its label's leader dots lead to. */
const LEADER_ROW = /\.{4,}[ \t]+(?:[A-Z]{1,3}\$?[ \t]*|[$€£¥₩][ \t]*)?\d[^\n]{0,30}$/;
/** . ! ? … 。 ！ ？ */
const isTermCode = (c: number) =>
  c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
const CLOSERS = '”"’\'」』)]}>»〉》';
const CLOSER_CODES = new Set([...CLOSERS].map((ch) => ch.charCodeAt(0)));
const isCloser = (c: number) => CLOSER_CODES.has(c);

// Sticky scanners that skip to the next character a loop has to look at. A regex steps over text several times
// faster than a charCodeAt loop; each runs on a slice of the paragraph or span, so it never reads past its end.
/** To the next quotation mark quotePairs pairs. */
const TO_QUOTE = /[^"“”「」『』]*/y;
/** To the next line end, sentence terminator or opening quotation mark (what splitParagraph acts on). */
const TO_MARK = /[^\n\r.!?…。！？"“「『]*/y;
/** To the next line end. */
const TO_LINE_END = /[^\n\r]*/y;
/** Offset in `s` (starting at `from`) of the first character `re` does not skip; s.length when none. */
function skip(re: RegExp, s: string, from: number): number {
  re.lastIndex = from;
  re.test(s);
  return re.lastIndex;
}

/** A line-leading list/heading marker ("- ", "1. ", "## ", "> ", "○", "▶ "). */
const MARKER = /^(?:[-*+]\s+|#{1,6}\s+|>\s*|\d{1,3}[.)]\s+|[•·○●■□▶▷◆◇※►▪◦→☞]\s*)/;
/** A list item's marker: a bullet, a number, a symbol ("- ", "1. ", "○"). */
const LIST_MARK = String.raw`[-*+]\s|\d{1,3}[.)]\s|[•○●■□▶▷◆◇※►▪◦☞]`;
/** A line that opens a block of its own: a list item, a heading, a quotation, a table row. */
const BLOCK_LINE = new RegExp(`^(?:${LIST_MARK}|#{1,6}\\s|>|\\|)`);

/** Length of the list/heading markers at the start of `s` (bounded). */
export function markerLength(s: string): number {
  let n = 0;
  for (let k = 0; k < 3; k++) {
    const m = MARKER.exec(s.slice(n, n + 12));
    if (!m || m[0].length === 0) break;
    n += m[0].length;
  }
  return n;
}

/** A list item's line (BLOCK_LINE's list kinds): an item's indented next line is its own text going on. */
const LIST_ITEM = new RegExp(`^(?:${LIST_MARK})`);
/** A line that ends on a sentence's final mark (or a colon that opens what follows). */
const TERMINAL_END = /[.!?…。！？:：]["”’')\]]*\s*$/;
const KO_CONNECTIVE = /[은는이가을를에의와과로고며면서및등인한된할던]$/;
const EN_CONTINUES = /(?:[,;(\-–—&/]|\b(?:and|or|the|a|an|of|to|in|for|with|by|on|at|from|as|that|which|who)\b)$/i;

/**
 * Does a line break without final punctuation end a sentence? `indented`: the next line starts with white space. A list
 * item's own line going on in an indented line ("- **Jobs.** … Phase 1 will employ about\n  **150 people**
 * permanently") is the item's text hard-wrapped, as Markdown reads it: not a break for that reason alone.
 */
function breakEndsSentence(text: string, lineStart: number, lineEnd: number, next: string, indented = false): boolean {
  if (next === '') return true;
  const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 40)).trim();
  if (BLOCK_LINE.test(next)) return true;
  if (
    BLOCK_LINE.test(head) &&
    !(indented && LIST_ITEM.test(head) && !TERMINAL_END.test(text.slice(lineStart, lineEnd)))
  )
    return true;
  // (a row of a data sheet or contents page, its label led by dots to its value: "Total ........ US\$ 256.00 million")
  if (LEADER_ROW.test(text.slice(lineStart, lineEnd))) return true;
  if (lineEnd - lineStart > 80) return false;
  const cur = text.slice(lineStart, lineEnd).trim();
  if (cur.length > 60) return false;
  if (EN_CONTINUES.test(cur.slice(-12))) return false;
  const first = next.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  if (cur.length > 30 && KO_CONNECTIVE.test(cur)) return false;
  return true;
}

interface Pair {
  open: number;
  close: number;
}

/** Quotation-mark pairs inside [start, end) that a sentence must not be split inside; nested, never crossing. */
function quotePairs(text: string, start: number, end: number): Map<number, number> {
  const pairs: Pair[] = [];
  const curly: number[] = [];
  const corner: number[] = [];
  let straight = -1;
  const para = text.slice(start, end);
  for (let i = start; i < end; i++) {
    i = start + skip(TO_QUOTE, para, i - start);
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c === 0x201c)
      curly.push(i); // “
    else if (c === 0x201d) {
      const o = curly.pop();
      if (o !== undefined) pairs.push({ open: o, close: i });
    } // ”
    else if (c === 0x300c || c === 0x300e)
      corner.push(i); // 「 『
    else if (c === 0x300d || c === 0x300f) {
      const o = corner.pop();
      if (o !== undefined) pairs.push({ open: o, close: i });
    } // 」 』
    else if (c === 0x22) {
      if (straight < 0) straight = i;
      else {
        pairs.push({ open: straight, close: i });
        straight = -1;
      }
    }
  }
  const map = new Map<number, number>();
  for (const p of pairs) if (p.close - p.open <= 1000) map.set(p.open, p.close);
  return map;
}

/** Sentences of the given body spans; a sentence never crosses a span boundary or a blank line. */
export function splitSentences(text: string, spans: Span[], langHint?: Lang): RawSentence[] {
  try {
    if (typeof text !== 'string' || !Array.isArray(spans)) return [];
    const norm = text.normalize('NFC');
    if (norm === text) return splitNFC(text, spans, langHint);
    // Work on the NFC form, report offsets in the text as given.
    const st = new SourceText(text);
    const mapped = spans.map((s) => ({ start: st.fromOriginal(s.start), end: st.fromOriginal(s.end) }));
    return splitNFC(st.norm, mapped, langHint)
      .map((s) => ({ start: st.toOriginal(s.start), end: st.toOriginal(s.end), lang: s.lang }))
      .filter((s) => s.end > s.start);
  } catch (e) {
    noteError('splitSentences', e);
    return [];
  }
}

/** splitSentences for a text known to be NFC already (no normalization pass to find that out). */
export function splitSentencesNFC(
  text: string,
  spans: Span[],
  langHint?: Lang,
  /** Line ends that are no break (a hard-wrapped text's, corpus/articleLines.ts wrappedJoins): offsets of the \r or \n. */
  soft?: ReadonlySet<number>,
): RawSentence[] {
  try {
    return splitNFC(text, spans, langHint, soft);
  } catch (e) {
    noteError('splitSentences', e);
    return [];
  }
}

function splitNFC(text: string, spans: Span[], langHint?: Lang, soft?: ReadonlySet<number>): RawSentence[] {
  const out: RawSentence[] = [];
  const sorted = spans
    .map((s) => ({
      start: Math.max(0, Math.min(text.length, s.start | 0)),
      end: Math.max(0, Math.min(text.length, s.end | 0)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  for (const span of sorted) {
    // paragraphs: runs of non-blank lines inside the span
    let paraStart = -1;
    let i = span.start;
    const spanText = text.slice(span.start, span.end);
    while (i < span.end) {
      let e = span.start + skip(TO_LINE_END, spanText, i - span.start);
      let f = i;
      while (f < e && isWs(text.charCodeAt(f))) f++;
      const blank = f === e; // what text.slice(i, e).trim() === '' says, without the copy
      if (blank) {
        if (paraStart >= 0) {
          splitParagraph(text, paraStart, i, out, langHint, undefined, soft);
          paraStart = -1;
        }
      } else if (paraStart < 0) paraStart = i;
      if (e < span.end && text[e] === '\r' && text[e + 1] === '\n') e++;
      i = e + 1;
    }
    if (paraStart >= 0) splitParagraph(text, paraStart, span.end, out, langHint, undefined, soft);
  }
  return out;
}

/** Trimmed text of the physical line containing offset `at`, bounded to [lo, hi). */
function lineAround(text: string, at: number, lo: number, hi: number): { start: number; end: number } {
  let s = at;
  while (s > lo && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
  let e = at;
  while (e < hi && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return { start: s, end: e };
}

/** A footnote's mark: "[1]", "[12]", Markdown's "[^1]", "[^note-3]", "¹", "²³". */
const FOOTNOTE = /^(?:\[\d{1,3}\]|\[\^[\p{L}\p{N}_-]{1,20}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})/u;
const isSuperscriptDigit = (c: number) => c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);

const QUOTE_CLOSE = /["”’']/;
/**
 * What follows a closed quotation on its line when it is the quotation's attribution: a word in lower case ("she
 * asked", "said Whitt"), or up to six capitalized words (a name, a title, an abbreviation: "Rep. Song Hyun-joo"), maybe
 * "of" a body in lower case, then a verb of saying.
 */
const EN_ATTRIBUTION_AFTER = new RegExp(
  `^[ \\t]+(?:[a-z]|(?:[A-Z][\\w.'’-]*[ \\t]+){1,6}(?:of[ \\t]+(?:the[ \\t]+)?(?:[\\w'’-]+[ \\t]+){1,4})?(?:${enWords.speech.verbs.join('|')})\\b)`,
);

function splitParagraph(
  text: string,
  start: number,
  end: number,
  out: RawSentence[],
  langHint?: Lang,
  /** When given: where a sentence ends inside a quotation that goes on (not split there), in order. */
  quoted?: number[],
  soft?: ReadonlySet<number>,
): void {
  const pairs = quotePairs(text, start, end);
  const firstOut = out.length;
  const stack: number[] = []; // close offsets of the quotes we are inside, innermost last
  let segStart = skipLead(text, start, end);
  let lineStart = start;

  const emit = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    // A sentence opening with an ASCII letter or digit or a Hangul syllable (most) has a letter and is no
    // bracket aside: no copy and no Unicode regex for it.
    const c0 = text.charCodeAt(s);
    const plain = isLatin(c0) || isDigit(c0) || (c0 >= 0xac00 && c0 <= 0xd7a3);
    const body = plain ? '' : text.slice(s, e);
    if (
      !plain &&
      (!/[\p{L}\p{N}]/u.test(body) || (/^[(\[][^()\[\].!?]{0,60}[)\]]$/.test(body) && out.length > firstOut))
    ) {
      // "^^;" after a sentence: part of that sentence when on the same line, otherwise nothing
      const prev = out.length > firstOut ? out[out.length - 1] : undefined;
      if (prev && !/[\r\n]/.test(text.slice(prev.end, s))) prev.end = e;
      return;
    }
    out.push({ start: s, end: e, lang: sentenceLang(text, s, e, langHint) });
  };

  const para = text.slice(start, end);
  let i = start;
  while (i < end) {
    // Other characters only pop quotations that ended (done here for all of them at once: closes are popped in
    // order, smallest on top).
    i = start + skip(TO_MARK, para, i - start);
    if (i >= end) break;
    const c = text.charCodeAt(i);
    while (stack.length && stack[stack.length - 1] <= i) stack.pop();
    // Pairs open only at these marks: no map lookup for every other character.
    const close = pairs.size && (c === 0x201c || c === 0x22 || c === 0x300c || c === 0x300e) ? pairs.get(i) : undefined;
    if (close !== undefined && close < end) {
      if (!stack.length || close < stack[stack.length - 1]) stack.push(close);
    }
    if (c === 10 || c === 13) {
      let e = i;
      if (c === 13 && text.charCodeAt(i + 1) === 10) e = i + 1;
      const nextStart = e + 1;
      if (soft?.has(i)) {
        // a hard-wrapped line going on: the line end is a space
      } else if (segStart < i) {
        const nl = lineAround(text, nextStart, nextStart, end);
        const next = text.slice(nl.start, Math.min(nl.end, nl.start + 200)).trim();
        if (
          !/[\p{L}\p{N}]/u.test(text.slice(segStart, Math.min(i, segStart + 50))) ||
          breakEndsSentence(text, lineStart, i, next, nl.start < nl.end && isWs(text.charCodeAt(nl.start)))
        ) {
          emit(segStart, i);
          segStart = skipLead(text, nextStart, end);
          stack.length = 0;
        }
      } else {
        segStart = skipLead(text, nextStart, end);
      }
      lineStart = nextStart;
      i = nextStart;
      continue;
    }
    if (isTermCode(c) && i >= segStart) {
      const ch = text[i];
      let j = i + 1;
      while (j < end && isTermCode(text.charCodeAt(j))) j++;
      const termEnd = j;
      while (j < end && isCloser(text.charCodeAt(j))) j++;
      // A footnote's mark after the full stop ("… was \$31 billion.[1] The lender …", "….[^2] In its …", "….¹ The …") is
      // the sentence's.
      const note =
        j < end && (text[j] === '[' || isSuperscriptDigit(text.charCodeAt(j)))
          ? FOOTNOTE.exec(text.slice(j, j + 24))
          : null;
      if (note && (j + note[0].length >= end || isSpace(text.charCodeAt(j + note[0].length)))) j += note[0].length;
      const after = j < end ? text.charCodeAt(j) : -1;
      let boundary = false;
      if (after === -1 || isSpace(after)) boundary = true;
      else if (
        ch === '.' &&
        termEnd === i + 1 &&
        i > 0 &&
        isHangul(text.charCodeAt(i - 1)) &&
        (isHangul(after) || after === 0x201c)
      )
        boundary = true;
      else if ((ch === '!' || ch === '?') && i > 0 && isHangul(text.charCodeAt(i - 1)) && isHangul(after))
        boundary = false;
      if (boundary && ch === '.' && termEnd === i + 1) boundary = !isAbbreviation(text, i, j, end);
      // Leader dots between a label and its value on the line ("BBIF Ordinary Capital Resources ........ US\$ 210.00
      // million", a data sheet's or a contents page's) end nothing: the value is the label's.
      if (
        boundary &&
        ch === '.' &&
        termEnd - i >= LEADER_DOTS &&
        LEADER_VALUE.test(text.slice(j, Math.min(end, j + 24)))
      )
        boundary = false;
      if (boundary && stack.length && stack[0] >= j) {
        boundary = false; // inside a quotation that goes on
        quoted?.push(j);
      }
      // "“Why wait?” she asked", "“… Saemangeum?” Rep. Song Hyun-joo asked in July": a question or an exclamation
      // closing a quotation ends no English sentence when its attribution follows on the line.
      if (
        boundary &&
        (ch === '?' || ch === '!') &&
        j > termEnd &&
        QUOTE_CLOSE.test(text.slice(termEnd, j)) &&
        EN_ATTRIBUTION_AFTER.test(text.slice(j, Math.min(end, j + 160)))
      )
        boundary = false;
      // "“…Trump.” — Sam Altman": a dash after a closed quotation signs it; the name belongs to the sentence
      if (boundary && j > termEnd && /^[ \t]*[—―–]/.test(text.slice(j, Math.min(end, j + 4)))) boundary = false;
      if (boundary) {
        emit(segStart, j);
        segStart = j;
        while (
          segStart < end &&
          isSpace(text.charCodeAt(segStart)) &&
          text[segStart] !== '\n' &&
          text[segStart] !== '\r'
        )
          segStart++;
        // a quote closed by the closers we swallowed is no longer open
        while (stack.length && stack[stack.length - 1] < j) stack.pop();
      }
      i = j;
      continue;
    }
    i++;
  }
  emit(segStart, end);
}

/**
 * Where the sentences of a quotation end inside one sentence as splitSentences gives it (`text`: its text alone): a
 * quotation of several sentences is not split, so that it stays one quotation with its speaker (`최 사장은 "28조 원으로
 * 시작했는데 지금은 31조 원으로 본다. 변압기 … 값이 2년 새 40% 넘게 올랐다."고 말했다`), but each of its sentences
 * says what its own figures are about (extract/subjects.ts figureSubjects). Offsets in `text` after each such
 * sentence's final mark, in order; none for most sentences (those without a quotation mark).
 */
export function quotedBreaks(text: string): number[] {
  const quoted: number[] = [];
  if (typeof text !== 'string' || !QUOTE_MARK.test(text)) return quoted;
  try {
    splitParagraph(text, 0, text.length, [], undefined, quoted);
  } catch (e) {
    noteError('quotedBreaks', e);
    return [];
  }
  return quoted.filter((b, k) => b > 0 && b < text.length && (k === 0 || b > quoted[k - 1]));
}
const QUOTE_MARK = /["“「『]/;

/**
 * The stretch of a sentence of `length` characters with quotedBreaks `breaks` that offset `at` is in: from the break
 * before it (spaces skipped) to the next break (or the sentence's ends).
 */
export function quotedPieceAt(text: string, breaks: readonly number[], at: number): Span {
  let start = 0,
    end = text.length;
  for (const b of breaks) {
    if (b <= at) start = b;
    else {
      end = b;
      break;
    }
  }
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Start of the text on a line after whitespace and list/heading markers. */
function skipLead(text: string, at: number, end: number): number {
  let s = at;
  while (s < end && (text[s] === ' ' || text[s] === '\t' || text[s] === '\u3000' || text[s] === '\u00a0')) s++;
  const m = markerLength(text.slice(s, Math.min(end, s + 40)));
  return s + m;
}

function isAbbreviation(text: string, dot: number, after: number, end: number): boolean {
  // the word before the dot: letters and inner dots
  let s = dot;
  while (
    s > 0 &&
    dot - s < 12 &&
    (isLatin(text.charCodeAt(s - 1)) || (text[s - 1] === '.' && s - 1 > 0 && isLatin(text.charCodeAt(s - 2))))
  )
    s--;
  if (s === dot) return false;
  if (s > 0 && (isDigit(text.charCodeAt(s - 1)) || isHangul(text.charCodeAt(s - 1)))) return false;
  const word = text.slice(s, dot);
  const lower = word.toLowerCase();
  if (
    NEVER_END.has(lower) &&
    !((lower === 'no' || lower === 'rs') && !nextIsNumber(text, after, end)) &&
    !(lower === 'p' && word === 'P')
  ) {
    return true;
  }
  const initialism = /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
  const initial = /^[A-Z]$/.test(word);
  if (MAYBE_END.has(lower) || initialism || initial) {
    const m = /^\s*["“'‘(]?([A-Za-z]+)/.exec(text.slice(after, Math.min(end, after + 30)));
    if (!m) return after < end && !/[\r\n]/.test(text.slice(after, Math.min(end, after + 3))); // ends only at a line end
    if (!/^[A-Z]/.test(m[1])) return true;
    return !OPENERS.has(m[1].toLowerCase());
  }
  return false;
}

function nextIsNumber(text: string, after: number, end: number): boolean {
  return /^\s*\d/.test(text.slice(after, Math.min(end, after + 4)));
}

/**
 * The language of text.slice(start, end), without the copy: with no ASCII letter or Hangul syllable, the hint;
 * otherwise what detectLang says (Korean when Hangul, jamo included, is at least a third of the ASCII letters),
 * counted the same way here so that the count can stop once the rest could no longer change the answer.
 */
function sentenceLang(text: string, start: number, end: number, hint?: Lang): Lang {
  let l = 0,
    syl = 0,
    jamo = 0;
  for (let i = start; i < end; i++) {
    const k = letterKind(text.charCodeAt(i));
    if (k === NOT_COUNTED) continue;
    if (k === ASCII_LETTER) l++;
    else if (k === SYLLABLE) syl++;
    else jamo++;
    if (((i - start) & 15) !== 15) continue;
    // Settled (and, with a letter seen, the hint no longer applies): Korean even if every remaining code unit
    // were an ASCII letter, or English even if every one were Hangul.
    const rest = end - i - 1,
      h = syl + jamo;
    if (l + syl > 0) {
      if (h > 0 && h * 3 >= l + rest) return 'ko';
      if ((h + rest) * 3 < l) return 'en';
    }
  }
  if (l + syl === 0 && hint) return hint;
  return langOf(l, syl + jamo);
}
