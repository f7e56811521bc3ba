// An article's lines, trimmed, each marked as furniture or not: what every pass of the parse works on.
import { isWhitespace as isWs } from '../text/text';

export interface Line {
  start: number;
  end: number; // the line without its line end
  ts: number;
  te: number; // trimmed
  t: string; // trimmed text (bounded copy for long lines)
  furniture: boolean;
  bodyStart: number; // where body text starts on this line (after a bracket byline etc.)
  bodyEnd: number;
  /** A Markdown heading's level (its `#`s, taken off `t`). */
  level?: number;
  /** A Markdown line set off as a whole (`*…*`, `**…**`, `> …`; the marks taken off `t`): a tagline, a label, a standfirst. */
  deco?: '*' | '**' | '>';
  /** The marks (MARK) the line was read for, and of those the ones it holds (hasMark). */
  marksRead: number;
  marks: number;
}

/**
 * What a line holds, read once per line and kept (hasMark): a line rule that cannot match a line without some mark
 * asks for it first (`hasMark(L, MARK.COLON)`) and is not run on other lines. Most lines are prose that no label,
 * date or byline rule matches; a mark is read by one native search of the line, shared by every rule that asks it.
 * A mark read before Markdown's marks are taken off `t` may be held by the marks alone: a line may then be asked
 * where it need not be, never passed over where a rule could match. A new rule needing a mark no MARK names adds
 * one (its bit and its search).
 */
export const MARK = {
  /** an ASCII digit (a date, a number) */
  DIGIT: 1,
  /** `:` or `：` (a label, a form's field) */
  COLON: 2,
  /** a Hangul syllable */
  HANGUL: 4,
} as const;
const MARK_SEARCH: Record<number, RegExp> = {
  [MARK.DIGIT]: /[0-9]/,
  [MARK.COLON]: /[:：]/,
  [MARK.HANGUL]: /[가-힣]/,
};

/** Whether line L holds `mark` (one of MARK), searched for at the first asking. */
export function hasMark(L: Line, mark: number): boolean {
  if ((L.marksRead & mark) === 0) {
    L.marksRead |= mark;
    if (MARK_SEARCH[mark].test(L.t)) L.marks |= mark;
  }
  return (L.marks & mark) !== 0;
}

/**
 * A Markdown article's lines as the page shows them: a heading without its `#`s (its level kept), a line in emphasis
 * as a whole or a quoted line without its marks, an image alone on its line or an HTML comment no text at all. Lines before `from`
 * (front matter, a mail's or clipper's headers) are left as they are.
 */
const MD_CRUMB = /^\[[^\[\]]{1,60}\]\([^()\s]*\)(?:\s?[/>›»]\s?\[[^\[\]]{1,60}\]\([^()\s]*\)){1,8}$/;
export function markdownLines(lines: Line[], from: number): void {
  for (let k = from; k < lines.length; k++) {
    const L = lines[k];
    const t = L.t;
    if (t.length < 2 || t.length > 400) continue;
    const c = t[0];
    // An HTML comment (an editor's note to the CMS, a script's header: `<!-- … -->`, over one line or several) is
    // never shown: no text, no headline.
    if (c === '<' && t.startsWith('<!--')) {
      let e = k;
      while (e < lines.length && e - k < 40 && !lines[e].t.includes('-->')) e++;
      if (e < lines.length && lines[e].t.endsWith('-->')) {
        for (let q = k; q <= e; q++) lines[q].furniture = true;
        k = e;
        continue;
      }
    }
    if (c === '#') {
      const m = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/.exec(t);
      if (m && m[2]) {
        L.t = m[2];
        L.level = m[1].length;
      }
    } else if (c === '>') {
      const u = t.replace(/^(?:>\s?)+/, '').trim();
      if (u) {
        L.t = u;
        L.deco = '>';
      }
    } else if (c === '!' && /^!\[[^\]]*\]\([^)]*\)$/.test(t)) L.furniture = true;
    // A breadcrumb, links alone set apart by a slash or an arrow (a wiki page's exported path over its heading:
    // `[해외사업팀](/wiki/spaces/OVS) / [북미](/wiki/…) / [스타게이트](/wiki/…)`): where the page sits, no text, no headline.
    else if (c === '[' && MD_CRUMB.test(t)) L.furniture = true;
    if (L.t[0] === '*' || L.t[0] === '_') {
      // `**About Northwind Power**`, `*Sunday 14 December 2025 · filed under: …*`; not `**Q:** … **A:**`.
      const m = /^(\*{1,3}|_{1,3})(?=\S)([^*_]*[^\s*_])\1$/.exec(L.t);
      if (m) {
        L.t = m[2];
        L.deco = m[1].length === 1 ? '*' : '**';
      }
    }
  }
}

/** A thematic break (`---`, `***`, `___`, `* * *`): no text. */
export const isRuleLine = (t: string) => {
  if (t.length < 3 || t.length > 80) return false;
  // (a list item's `- ` then a word: its second character, in ASCII, is neither the mark nor a space; no regex run)
  const a = t.charCodeAt(0),
    b = t.charCodeAt(1);
  if (a !== 45 && a !== 42 && a !== 95) return false;
  if (b < 128 && b !== a && b !== 32 && (b < 9 || b > 13)) return false;
  return /^(?:([-*_])\s*)(?:\1\s*){2,}$/.test(t);
};

export function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let i = from;
  const n = text.length;
  // Without a CR anywhere (most files) a line ends at the next LF: indexOf finds it faster than a loop.
  const hasCR = text.indexOf('\r', from) >= 0;
  while (i <= n) {
    let e: number;
    if (hasCR) {
      e = i;
      while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    } else {
      e = text.indexOf('\n', i);
      if (e < 0) e = n;
    }
    let ts = i,
      te = e;
    while (ts < te && isWs(text.charCodeAt(ts))) ts++;
    while (te > ts && isWs(text.charCodeAt(te - 1))) te--;
    const t = te - ts > 2000 ? text.slice(ts, ts + 2000) : text.slice(ts, te);
    lines.push({ start: i, end: e, ts, te, t, furniture: false, bodyStart: ts, bodyEnd: te, marksRead: 0, marks: 0 });
    if (e >= n) break;
    i = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/**
 * Where a plain-text article was hard-wrapped (a PDF's text, a wire's or a mail's fixed-width lines: `… invest
 * approximately $7.8 billion in … approximately 210` / `miles of new 345-kilovolt transmission lines …`), which body
 * lines go on into the next: `joins[k]` when line k and line k+1 are one paragraph. Unwrapped text (each paragraph one
 * line, the usual saved article) joins nothing. A text is wrapped when most of its body lines end near one right
 * margin (the width of its longer lines, at most 130 columns); a line goes on into the next when it reaches near that
 * margin and the sentence visibly continues: the next line starts in lower case, with a digit or a quotation mark
 * or bracket, or the line itself ends mid-sentence (a lower-case word, a comma, a hyphen, Hangul not at a sentence end, a
 * verb of saying and the first word of the speaker's name), or a Korean quotation's closing mark ends it and its quotative
 * ending opens the next (`… 방법”` / `이라며 …`).
 */
export function wrappedJoins(text: string, lines: readonly Line[], from: number): boolean[] | undefined {
  const edges: number[] = [];
  for (let k = from; k < lines.length; k++) {
    const L = lines[k];
    if (!L.furniture && L.t !== '' && L.bodyEnd > L.bodyStart) edges.push(L.te - L.start);
  }
  if (edges.length < 6) return undefined;
  const sorted = Int32Array.from(edges).sort(); // (numeric, without a comparator called per pair)
  const width = sorted[Math.floor(sorted.length * 0.9)];
  if (width < 30 || width > 130) return undefined;
  // Lines past the margin are rare in wrapped text (a date line set off to the right, a long address); lines near it are most of the long ones.
  const past = edges.filter((e) => e > width * 1.15).length;
  const near = edges.filter((e) => e >= width * 0.8 && e <= width * 1.15).length;
  if (past > Math.max(1, edges.length * 0.08) || near < 5 || near < edges.length * 0.4)
    return hangingJoins(lines, from, width);
  const joins: boolean[] = new Array(lines.length).fill(false);
  for (let k = from; k + 1 < lines.length; k++) {
    const L = lines[k],
      N = lines[k + 1];
    if (L.furniture || N.furniture || L.t === '' || N.t === '') continue;
    if (L.te - L.start < width * 0.7) continue;
    // (a data sheet's row, its label led by dots to its value, ends with it: "Total ...... US\$ 256.00 million")
    if (LEADER_ROW_END.test(L.t)) continue;
    const next = N.t;
    if (/^(?:[-*+•·]\s|\d+[.)]\s)/.test(next)) continue;
    const last = text.charCodeAt(L.te - 1);
    const goesOn =
      /^[\p{Ll}\d"“'‘([]/u.test(next) ||
      // (a speaker's name cut by the margin after the verb: `…," said Kenji` / `Morozumi, President …`)
      SAID_NAME_END.test(L.t) ||
      // (a name cut by the margin after the word that opens it, the sentence going on after the name's rest: `…, Romania
      // will notify the European` / `Commission of a state aid scheme …`)
      (NAME_OPENED_END.test(L.t) && NAME_GOES_ON.test(next)) ||
      /(?:^|\s)\p{Ll}[\p{L}'’-]*$|[,;–-]["”’']?$/u.test(L.t) ||
      (last >= 0xac00 && last <= 0xd7a3 && !/(?:다|요|죠|음|함|임)$/.test(L.t)) ||
      // (a Korean quotation's quotative ending cut onto the next line: `… 확실한 방법”` / `이라며 …`)
      (/[”"」』]$/.test(L.t) && KO_QUOTATIVE_OPENING.test(next));
    if (goesOn) joins[k] = true;
  }
  return joins;
}

/**
 * A notice's numbered items wrapped under a hanging indent, in a text of short label lines that is no wrapped text as a
 * whole (a filing's "Company code : 6791" lines): "  (3)The contract amount accounts for approximately 27.4% of the
 * Company's consolidated operating revenue" / "     for 2025 (NT$67,900,000 thousand)." A line near the margin, not
 * ending a sentence, whose next line is indented deeper (or as deep as a line it goes on from) and goes on in lower
 * case, goes on there.
 */
function hangingJoins(lines: readonly Line[], from: number, width: number): boolean[] | undefined {
  let joins: boolean[] | undefined;
  for (let k = from; k + 1 < lines.length; k++) {
    const L = lines[k],
      N = lines[k + 1];
    if (L.furniture || N.furniture || L.t === '' || N.t === '') continue;
    if (L.te - L.start < width * 0.8 || /[.!?:;]["”’']?$/.test(L.t) || LEADER_ROW_END.test(L.t)) continue;
    // (deeper than the item's first line, or as deep as the line it goes on from: "… with mass" / "     production …")
    const indent = N.ts - N.start - (L.ts - L.start);
    // (or a Korean line cut mid-sentence after a particle or a comma, going on in Hangul as deep: "     … 공모 전 기준
    // 한국에너지저장연구원이" / "     당사 발행주식총수의 18.4%를, …", a filing's indented paragraph)
    // (or a Korean quotation cut by the margin: its closing mark on the next line, "… 입찰에 뛰어들었" / "     습니다”라며 …",
    // or its quotative ending there, "… 가장 확실한 방법”" / "     이라며 “…”고 말했다": no sentence opens with 이라며)
    const koGoesOn =
      (KO_CUT_END.test(L.t) || openQuotation(L.t) || (/[”"」』]$/.test(L.t) && KO_QUOTATIVE_OPENING.test(N.t))) &&
      /^[\uac00-\ud7a3]/.test(N.t);
    // (or a line cut after a lower-case word or a comma, its sentence going on in the next line whatever that opens
    // with, a word, a name or a number, indented or not: "… between the Government of Rwanda and" / "      Stargate Bugesera Ltd for …", "… a
    // campus of up to" / "      150 MW in Bugesera District"; not into a list's next item)
    const cut =
      !LIST_ITEM_START.test(N.t) &&
      ((MID_SENTENCE_END.test(L.t) && /^[\p{L}\d"“'‘(]/u.test(N.t)) ||
        // (a name cut by the margin after the word that opens it: "… of Rwanda and Stargate" / "      Bugesera Ltd for …")
        (NAME_OPENED_END.test(L.t) && NAME_GOES_ON.test(N.t)));
    if (
      indent < 0 ||
      (indent === 0 && !joins?.[k - 1] && !koGoesOn && !cut) ||
      !(/^\p{Ll}/u.test(N.t) || koGoesOn || cut)
    )
      continue;
    (joins ??= new Array(lines.length).fill(false))[k] = true;
  }
  return joins;
}

/** A Korean quotative ending that goes on from a closing quotation mark: "이라며", "라고", "고 말했다", "라는". */
const KO_QUOTATIVE_OPENING = /^(?:(?:이)?라(?:며|면서|고|는)|고)(?:\s|$)/;
/** Whether a line opens a quotation (“, 「) that it does not close. */
function openQuotation(t: string): boolean {
  let open = 0;
  for (const c of t) {
    if (c === '“' || c === '「') open++;
    else if ((c === '”' || c === '」') && open > 0) open--;
  }
  return open > 0;
}

/** A line whose label its leader dots lead to a value: a data sheet's or contents page's row. */
const LEADER_ROW_END = /\.{4,}[ \t]+(?:[A-Z]{1,3}\$?[ \t]*|[$€£¥₩][ \t]*)?\d[^\n]{0,30}$/;
/** A line that ends mid-sentence: on a lower-case word or a comma. */
const MID_SENTENCE_END = /(?:^|\s)\p{Ll}[\p{L}'’-]*$|,["”’']?$/u;
/** A list's item opening a line: a bullet, `1.`, `(2)`, `a)`, `iv.`. */
const LIST_ITEM_START = /^(?:[-*+•·▪○□■◦]\s|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s)/;
/** A Korean line that ends mid-sentence: a word of Hangul and its particle or connective ending, or a comma. */
const KO_CUT_END = /[\uac00-\ud7a3](?:이|가|은|는|을|를|의|에|에서|으로|로|와|과|며|고|여|서)$|[\uac00-\ud7a3],$/;

/** A line ending in an article, preposition or `and` and a name's first capitalized words (`notify the European`, `in the
 *  United`, `and the Eastern Africa Development`), or in a comma and a name set beside a noun (`from a Korean company,
 *  Sangnim` / `Watertech, which cost …`). */
const NAME_OPENED_END =
  /(?:\s(?:the|a|an|of|to|for|in|on|at|by|with|from|into|and|between)|,)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** The next line's first word or two capitalized, then lower case: the rest of a name and its sentence going on
 *  (`Commission of a state aid scheme`, `Infrastructure Bank, amounting to`; not a name's end alone, `Assurance Ltd.`). */
const NAME_GOES_ON = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3},?\s+\p{Ll}/u;

/** A line ending in a verb of saying and a name's first word or two (`…," said Kenji`, `according to Dr. Ana`). */
const SAID_NAME_END =
  /\b(?:said|says|added|told|noted|explained|stressed|according\s+to)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u;

/** The first line from `k` on that is not blank (`lines.length` when none is). */
export function nextNonBlank(lines: readonly Line[], k: number): number {
  while (k < lines.length && lines[k].t.trim() === '') k++;
  return k;
}

/** The numbers of the first `n` lines from `from` on that are not blank (fewer when the text ends first). */
export function nonBlankFrom(lines: readonly Line[], from: number, n: number): number[] {
  const at: number[] = [];
  for (let k = from; k < lines.length && at.length < n; k++) if (lines[k].t.trim() !== '') at.push(k);
  return at;
}

/** A line without the emphasis marks around it as a whole (`**Casper, Wyoming — June 2, 2026**`, `_Staff_`). */
export function withoutEmphasis(t: string): string {
  // (a line that neither opens nor ends with a mark is as it was: not scanned for one at its end)
  const a = t.charCodeAt(0),
    z = t.charCodeAt(t.length - 1);
  if (a !== 42 && a !== 95 && z !== 42 && z !== 95) return t;
  return t.replace(EMPHASIS_ENDS, '');
}
const EMPHASIS_ENDS = /^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$/g;

/**
 * A paged text's page number alone on its line, as a PDF's text keeps it (`Page 3 of 18`, `1 / 6`, `- 12 -`, `12쪽`, `[12]`),
 * or at the end of the rule under a page (`──────── 4`, `======== p.5`).
 */
// (a browser's print footer sets the page's address before its number: `https://…/stargate-nikiski-ai-campus/   1/4`)
const PAGE_NUMBER =
  /^(?:(?:https?:\/\/\S+\s{2,})?\d{1,4}\s?\/\s?\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\[\d{1,4}\]|[-–—]\s?\d{1,4}\s?[-–—]|\d{1,4}\s?(?:쪽|페이지)|p\.\s?\d{1,4}|[─━═=_-]{10,}\s+(?:p\.\s?|page\s+|slide\s+)?\d{1,4}|\d{1,4}\s+[─━═=_-]{10,}|[─━═=_-]{5,}\s+(?:p\.\s?|page\s+)?\d{1,4}\s?(?:쪽|페이지)?\s+[─━═=_-]{5,})$/i;
const LONG_RULE = /^(?:[─━═=_-]\s?){10,}$/;
/**
 * A fax machine's transmission line at the top of each page it sent: the day and time, the sender (`FROM:`), maybe
 * the number dialled (`TO:`), the page of how many (`P.001/003`) (`2026-06-23 15:38 FROM:논산시청 홍보담당관
 * TO:0418xx3xxx P.001/003`). The machine's, no line of the document.
 */
export const FAX_LINE =
  /^(?:(?:19|20)?\d\d[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?|\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d|\p{L}{3,9}[.]?\s\d{1,2},?\s(?:19|20)\d\d)\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\s+.*\bFROM\s?[:：]\s?\S.*\bP(?:AGE)?\.?\s?\d{1,3}\s?\/\s?\d{1,3}$/iu;
/** The lines a page head looks for under its page break: a few, its rules passed over. */
const HEAD_LINES = 3;
/**
 * The furniture of a text copied from a paged document (a PDF's transcript, a research note): its page numbers, the
 * rules between pages, and its running head, the lines standing under page breaks again and again (`Prakashdeep
 * Renewables Limited` / `November 06, 2026`; `금강중전기 (298650)    가람투자증권 | 2026. 9. 8`), wherever they stand:
 * they are the page's, not the text's. A text with fewer than two page numbers is not read as paged.
 */
export function pagedFurniture(lines: Line[], from: number): number[] {
  const pages: number[] = [];
  const faxed: number[] = [];
  for (let k = from; k < lines.length; k++) {
    const t = lines[k].t;
    if (t.length < 3 || t.length > 200 || !hasMark(lines[k], MARK.DIGIT)) continue;
    if (PAGE_NUMBER.test(t)) pages.push(k);
    else if (FAX_LINE.test(t.trim())) faxed.push(k);
  }
  if (pages.length < 2) return faxed;
  const out = new Set([...pages, ...faxed]);
  const key = (t: string) => t.replace(/\s+/g, ' ');
  const underBreaks = new Map<string, number>();
  const isPage = new Set(pages);
  // (the top of the first page is a page's top too: a print header stands there as under every break)
  for (const p of [from - 1, ...pages]) {
    // (up to the next page's number: a short page's text is no head of the next)
    for (let j = p + 1, seen = 0; j < lines.length && seen < HEAD_LINES && !isPage.has(j); j++) {
      const t = lines[j].t;
      if (t === '') continue;
      if (LONG_RULE.test(t)) {
        out.add(j);
        continue;
      }
      seen++;
      // (measured with its runs of spaces as one: a print header sets its date and its title far apart)
      if (key(t).length <= 120) underBreaks.set(key(t), (underBreaks.get(key(t)) ?? 0) + 1);
    }
  }
  const heads = new Set([...underBreaks].filter(([, n]) => n >= 2).map(([t]) => t));
  if (heads.size)
    for (let k = from; k < lines.length; k++) {
      const t = lines[k].t;
      if (t !== '' && t.length <= 400 && heads.has(key(t))) out.add(k);
    }
  return [...out].sort((a, b) => a - b);
}
