// A Markdown report reduced to its prose: markdown-it finds the blocks; code, HTML, front matter, URLs,
// link destinations and citation brackets are blanked out so offsets stay those of the original text.
import MarkdownIt from 'markdown-it';
import { lineStarts, SourceText } from '../text/text';
import { enWords } from '../domain/language';
import { noteError } from '../errors';
import type { Span } from '../types';

export interface Citation extends Span {
  key: string;
  /** the whole bracket, e.g. "[@edaily-2025-01-22, p. 3]" */ bracket: Span;
}

export interface ParsedReport {
  st: SourceText;
  /** The NFC text with everything that is not prose replaced by spaces (same length, same line ends). */
  prose: string;
  /** Prose blocks: paragraphs, headings, list items, table cells, blockquote paragraphs. */
  blocks: Span[];
  /**
   * Context a block's claims are read in: a table cell's row and the row's cells, the header cell of its column (a body
   * cell's, when the table has a header row and that cell is not empty), and the section heading above a block.
   */
  context: Map<Span, { row?: Span; cells?: Span[]; column?: Span; heading?: Span }>;
  citations: Citation[];
  /** The report's title: its first heading, when that is a level-1 heading before any prose. */
  title?: Span;
  /**
   * A memo's subject line in its header block, what follows `Subject:`, `Re:` or `제목:` (the header is masthead, not
   * prose): the memo's own title, whatever its `#` heading says.
   */
  subject?: string;
  /** Every heading, in order, with its level (1 for `#` or a `===` underline … 6): the span its sections' context names. */
  headings: { span: Span; level: number }[];
}

const md = new MarkdownIt({ html: true, linkify: false });

const CITE_BRACKET = /\[([^\[\]\n]{0,300}?@[^\[\]\n]{1,300}?)\](?!\()/g;
const CITE_KEY = /(^|[\s;\[-])@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;

export function parseReport(text: string): ParsedReport {
  const st = new SourceText(text);
  const norm = st.norm;
  const starts = lineStarts(norm);
  const lineEnd = (l: number) => {
    let e = l + 1 < starts.length ? starts[l + 1] : norm.length;
    while (e > starts[l] && (norm[e - 1] === '\n' || norm[e - 1] === '\r')) e--;
    return e;
  };
  const out = blank(norm); // UTF-16 code units, edited in place
  const blocks: Span[] = [];
  const context = new Map<Span, { row?: Span; cells?: Span[]; column?: Span; heading?: Span }>();
  let heading: Span | undefined;
  // The header cells of the table being read, by column (undefined for an empty one), and whether its body is read.
  let header: (Span | undefined)[] = [];
  let inBody = false;

  // Front matter is metadata, not prose: parse what follows it with the line numbers kept.
  let body = norm;
  const fm = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(norm);
  if (fm) body = norm.slice(0, fm[0].length).replace(/[^\r\n]/g, ' ') + norm.slice(fm[0].length);

  let tokens: ReturnType<typeof md.parse>;
  try {
    tokens = md.parse(body, {});
  } catch (e) {
    noteError('parseReport (Markdown)', e);
    tokens = [];
  }
  const copyLines = (from: number, to: number, cells: boolean) => {
    for (let l = from; l < to && l < starts.length; l++) {
      const s = starts[l],
        e = lineEnd(l);
      const line = body.slice(s, e);
      // Block syntax at the line start: blockquote marks, list bullets, heading hashes.
      const lead =
        /^[ \t]{0,3}(?:>[ \t]?)*(?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?(?:#{1,6}[ \t]+)?/.exec(
          line,
        )?.[0].length ?? 0;
      if (cells) {
        let cs = s + lead;
        // (the column of a cell: bars counted from the row's first, a leading bar opening no cell)
        let col = /^\s*\|/.test(body.slice(s + lead, e)) ? -1 : 0;
        const row: (Span | undefined)[] = [];
        const rowCells: Span[] = [];
        for (let i = s + lead; i <= e; i++) {
          if (i === e || (body[i] === '|' && body[i - 1] !== '\\')) {
            const cell = i > cs ? trim(body, cs, i) : undefined;
            if (cell) {
              copy(out, body, cs, i);
              blocks.push(cell);
              if (cell.end > cell.start) rowCells.push(cell);
              context.set(cell, {
                row: { start: s + lead, end: e },
                cells: rowCells,
                column: inBody ? header[col] : undefined,
                heading,
              });
            }
            if (col >= 0) row[col] = cell && cell.end > cell.start ? cell : undefined;
            col++;
            cs = i + 1;
          }
        }
        if (!inBody) header = row;
      } else {
        copy(out, body, s + lead, e);
      }
    }
    if (!cells) {
      const s = starts[from],
        e = lineEnd(Math.min(to, starts.length) - 1);
      if (e > s) {
        const b = trim(body, s, e);
        blocks.push(b);
        context.set(b, { heading });
        return b;
      }
    }
    return undefined;
  };
  const everyLine = (from: number, to: number, ok: (line: string) => boolean) => {
    for (let k = from; k < to && k < starts.length; k++) if (!ok(body.slice(starts[k], lineEnd(k)))) return false;
    return true;
  };
  // The report's masthead: until its first paragraph of prose, a one-line byline or date line ("*Research desk
  // memo, December 2025*", "By Kim Min-ji", "작성: 김민지") is about the report, not a claim about events.
  let head = true;
  let title: Span | undefined;
  let subject: string | undefined;
  let headings = 0;
  const headingList: { span: Span; level: number }[] = [];
  for (const t of tokens) {
    if (!t.map) continue;
    if (t.type === 'heading_open') {
      if (t.tag !== 'h1') head = false;
      // (an underlined heading's underline, `----` or `====`, is no text of it)
      heading = copyLines(t.map[0], /^[=-]/.test(t.markup) ? t.map[1] - 1 : t.map[1], false);
      if (heading) headingList.push({ span: heading, level: Number(t.tag.slice(1)) });
      if (headings++ === 0 && head && t.tag === 'h1') title = heading;
      // The report's title dates the report ("# 해외 스타게이트 캠퍼스 점검 (2026년 11월)", "# Site review — December 2025"):
      // that date is no claim about an event.
      if (head && t.tag === 'h1') {
        const s = starts[t.map[0]],
          e = lineEnd(t.map[0]);
        const m = TITLE_DATE.exec(body.slice(s, e)) ?? TITLE_OCCASION.exec(body.slice(s, e));
        if (m) for (let i = s + m.index; i < e; i++) if (out[i] !== 10 && out[i] !== 13) out[i] = 32;
      }
    } else if (t.type === 'paragraph_open') {
      // A paragraph listing the report's sources ("Sources: Pacific Ledger (3 June 2026), …", "출처: 한결일보(2026년 9월
      // 16일)"), at the head or the end: its dates are the sources' own, no claim about events. In the head, a line
      // that is masthead and list at once ("Prepared for …, 20 November 2026. Sources: …") too. (Not one that cites a
      // key: citations are checked.)
      if (
        t.map[1] - t.map[0] <= 3 &&
        everyLine(t.map[0], t.map[1], (l) => listsSources(l) || (head && mastheadPieces(l)))
      )
        continue;
      // A memo's header block ("To: …", "From: …", "Date: 16 February 2026", one a line) is masthead as a whole.
      if (head && t.map[1] - t.map[0] <= 8 && everyLine(t.map[0], t.map[1], (l) => isMasthead(l))) {
        for (let k = t.map[0]; k < t.map[1] && k < starts.length && !subject; k++) {
          const m = SUBJECT_LINE.exec(body.slice(starts[k], lineEnd(k)));
          if (m) subject = body.slice(starts[k] + m[0].length, lineEnd(k)).trim() || undefined;
        }
        continue;
      }
      // A head line of sentences that say who the report is for, who wrote it and when ("Client note for Hämeenharju
      // Energia Oy. Prepared by Johanna Berg, Nordvärme Advisory, 2 December 2026.") is masthead too.
      if (head && t.map[1] - t.map[0] === 1 && everyLine(t.map[0], t.map[1], mastheadSentences)) continue;
      head = false;
      // (…and a paragraph's last line that lists the sources under its prose, no blank line between (`Recommendation:
      // …` / `Sources: Pacific Grid Watch (Telegram), …, Stargate Markham's briefing notes of 5 October`): the list's
      // dates are the sources' own, as in a paragraph of its own)
      let to = t.map[1];
      while (to - 1 > t.map[0] && to - 1 < starts.length && listsSources(body.slice(starts[to - 1], lineEnd(to - 1))))
        to--;
      copyLines(t.map[0], to, false);
    } else if (t.type === 'tr_open') {
      head = false;
      copyLines(t.map[0], t.map[1], true);
    } else if (t.type === 'thead_open' || t.type === 'tbody_open') {
      inBody = t.type === 'tbody_open';
      if (!inBody) header = [];
    } else if (
      t.type === 'bullet_list_open' ||
      t.type === 'ordered_list_open' ||
      t.type === 'blockquote_open' ||
      t.type === 'table_open'
    )
      head = false;
  }
  // Inline constructs that are not prose.
  const prose = fromCodes(out);
  const chars = out;
  const mask = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (chars[i] !== 10 && chars[i] !== 13) chars[i] = 32;
  };
  for (const m of prose.matchAll(
    /(`+)[^`]*?\1|<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,500})?>|<[a-z][a-z0-9+.-]*:[^\s<>]*>/g,
  ))
    mask(m.index!, m.index! + m[0].length);
  for (const m of prose.matchAll(
    /\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)/g,
  ))
    mask(m.index! + 1, m.index! + m[0].length);
  for (const m of prose.matchAll(/\b(?:https?|ftp):\/\/[^\s<>()\[\]]+|\bwww\.[^\s<>()\[\]]+|\[\^[^\]\s]+\]/g))
    mask(m.index!, m.index! + m[0].length);
  const citations: Citation[] = [];
  const masked = fromCodes(chars);
  for (const m of masked.matchAll(CITE_BRACKET)) {
    const bs = m.index!,
      be = bs + m[0].length;
    for (const k of m[1].matchAll(CITE_KEY)) {
      const key = k[2].replace(/[.:,;]+$/, '');
      const ks = bs + 1 + k.index! + k[1].length + 1;
      citations.push({ key, start: ks, end: ks + key.length, bracket: { start: bs, end: be } });
    }
    mask(bs, be);
  }
  return {
    st,
    prose: fromCodes(chars),
    blocks: blocks.filter((b) => b.end > b.start).sort((a, b) => a.start - b.start),
    context,
    citations,
    title,
    subject,
    headings: headingList,
  };
}

const MONTH_NAME = `(?:${Object.keys(enWords.months).join('|')})\\.?`;
const A_DATE = `(?:\\d{4}년(?:\\s*\\d{1,2}월)?(?:\\s*\\d{1,2}일)?|(?:\\d{1,2}\\s+)?${MONTH_NAME}\\s+(?:\\d{1,2},?\\s+)?\\d{4}|\\d{4}[./-]\\s?\\d{1,2}(?:[./-]\\s?\\d{1,2})?\\.?|(?:Q[1-4]|H[12])\\s+\\d{4}|\\d{4}\\s*(?:Q[1-4]|H[12])|\\d{4})`;
/** A date that ends a title, in brackets or after a dash, bar, colon or comma. */
const TITLE_DATE = new RegExp(`(?:[(\\[（]\\s*${A_DATE}\\s*[)\\]）]|(?:\\s[—–|-]\\s*|[:,]\\s*)${A_DATE})\\s*$`, 'i');

/** A day and month without the year ("10 December", "Dec. 10", "12월 10일"): a masthead writes its occasion so. */
const A_DAY = `(?:\\d{1,2}\\s+${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}월\\s*\\d{1,2}일)`;
/**
 * The occasion a title's closing bracket says the report was written for or when, in words and a date
 * ("(council meeting of 24 November 2026)", "(for the hearing of 3 December)", "(draft of 2 December 2026)", "(11월
 * 24일 본회의 대비)"): the report's own dating, no claim about events. Only words without a figure besides the date.
 */
const TITLE_OCCASION = new RegExp(
  `[(\\[（](?=[^()\\[\\]（）]*\\p{L}{3})[^\\d()\\[\\]（）]{0,60}(?:${A_DATE}|${A_DAY})[^\\d()\\[\\]（）]{0,30}[)\\]）]\\s*$`,
  'iu',
);

/** A memo's subject line's label ("Subject:", "Re:", "제목:"), its value after it. */
const SUBJECT_LINE = /^\s*[*_]{0,2}(?:Subject|Re|제목)\s*[:：]\s*[*_]{0,2}\s*/i;
/** A byline or date line: a short line in emphasis as a whole, or one opening with a byline word. */
const MASTHEAD_EMPHASIS = /^\s*([*_]{1,3})(?![\s*_]).{1,118}?(?<![\s*_])\1\s*$/;
const MASTHEAD_WORD =
  /^\s*(?:(?:By|Written by|Prepared by|Prepared for|Compiled by|Author|Authors|From|Date|Dated|Updated|Published)\b|(?:To|Cc|Bcc|Re|Subject|Attn|Memo|작성자?|글|날짜|작성일|보고일|보고자|담당|수신|발신|참조|제목)\s*[:：])/i;
function isMasthead(line: string): boolean {
  return (
    (line.length <= 120 &&
      (MASTHEAD_EMPHASIS.test(line) ||
        (MASTHEAD_WORD.test(line) && !(PROSE_OPENING.test(line) && figureBesidesDates(line))))) ||
    datedLine(line)
  );
}
/**
 * A byline word that may open prose as well: "By" before a number, a date or a lower-case word ("By 2030, …", "By
 * March", "By the end of …"), "From", "Date", "Dated", "Updated" or "Published" without a colon ("From 2027 it draws
 * …", "Updated figures show …"). A byline names a person or a desk after "By" ("By Emma Castillo, ENVS 310 …").
 */
const PROSE_OPENING = new RegExp(
  `^\\s*(?:By\\s+(?:\\d|\\p{Ll}|(?:${Object.keys(enWords.months)
    .map((m) => m[0].toUpperCase() + m.slice(1))
    .join('|')})\\b|[QH][1-4]\\b)|(?:From|Dated?|Updated|Published)\\b(?!\\s*[:：]))`,
  'u',
);
const SOME_DATE = new RegExp(A_DATE, 'gi');
/**
 * Whether a line opening with a byline word holds a figure other than its dates and times: then it is prose that
 * opens with the same word ("By 2030, the campus will draw 10 GW.", "From 2027 it draws 1.2 GW.", "Updated figures
 * show …"), not a byline ("By Kim Min-ji, analyst, 3 December 2025", "Date: 16 February 2026, 10:00").
 */
function figureBesidesDates(line: string): boolean {
  return /\d/.test(line.replace(SOME_DATE, ' ').replace(/\b\d{1,2}:\d{2}\b/g, ' '));
}

/** "Sources:", "Source:", "**Sources:**", "출처:", "참고 자료:", "자료:" opening a line: the report's list of its sources. */
const SOURCES_WORD = /^\s*[*_]{0,3}(?:Sources?|출처|참고\s?자료|자료)\s*[*_]{0,3}\s*[:：]/i;
function listsSources(line: string): boolean {
  return SOURCES_WORD.test(line) && !line.includes('[@');
}
/**
 * A head line whose sentences are each a masthead line or the list of sources ("Prepared for …, 2026. Sources: …"). In
 * a line set in emphasis as a whole (`*Infrastructure research memo, 20 November 2026. Sources: …*`), each short
 * sentence is in that emphasis.
 */
/** A line set in emphasis as a whole, its words inside the marks as group 2. */
const WHOLE_EMPHASIS = /^\s*([*_]{1,3})(?![\s*_])(.+?)(?<![\s*_])\1\s*$/;
function mastheadPieces(line: string): boolean {
  const em = WHOLE_EMPHASIS.exec(line);
  const pieces = (em ? em[2] : line).split(/(?<=[.。])\s+(?=\S)/);
  const sources = (p: string) => listsSources(p) || HEAD_SOURCES_WORD.test(p);
  return (
    pieces.length > 1 &&
    pieces.some(sources) &&
    pieces.every((p) => sources(p) || (em ? p.length <= 120 : isMasthead(p) || DATELINE.test(p)))
  );
}
/**
 * A sentence naming who prepared, wrote or compiled the report, or whom it is for: a name, or a desk or office with
 * its article ("Prepared by the Economic Development Office").
 */
const PREPARED = /^\s*(?:Prepared|Written|Compiled|Edited|Produced)\s+(?:by|for)\s+(?:the\s+)?\p{Lu}/u;
/** A byline piece naming who wrote it after a label ("작성: 투자유치과", "Author: …"), no figure but a date beside. */
const preparedPiece = (p: string) =>
  (PREPARED.test(p) && p.length <= 120) ||
  (p.length <= 80 && MASTHEAD_WORD.test(p) && !PROSE_OPENING.test(p) && !figureBesidesDates(p));
/**
 * What the report is, for whom, and its date ("Memo to the infrastructure credit committee, 20 November 2026.",
 * "Briefing note for the Economic Development Strategic Policy Committee, Clare County Council, 3 December 2026."):
 * words without a figure, in comma pieces, then the date.
 */
const WHAT_AND_DATE = new RegExp(`^\\s*[^\\d.:;]{1,140},\\s*${A_DATE}\\.?\\s*$`, 'i');
/**
 * A head line (in emphasis or not) whose sentences each say what the report is, for whom, by whom or when, one of them who
 * prepared it or a labelled byline (`작성: 투자유치과`) ("Client note for Hämeenharju Energia Oy. Prepared by Johanna Berg, Nordvärme Advisory, 2 December 2026."): a
 * sentence with a figure is no masthead's unless it is a date line.
 */
function mastheadSentences(line: string): boolean {
  if (line.length > 240) return false;
  // (a line set in emphasis as a whole is read inside its marks)
  const em = WHOLE_EMPHASIS.exec(line);
  const pieces = (em ? em[2] : line).trim().split(/(?<=[.。])\s+(?=\S)/);
  return (
    pieces.length > 1 &&
    pieces.some(preparedPiece) &&
    pieces.every(
      (p) => preparedPiece(p) || WHAT_AND_DATE.test(p) || DATELINE.test(p) || (p.length <= 60 && !/\d/.test(p)),
    )
  );
}
/** "참고:" (references) opening a piece of a head line beside its date line: the list of the report's sources there. */
const HEAD_SOURCES_WORD = /^\s*[*_]{0,3}참고\s*[*_]{0,3}\s*[:：]/;
/**
 * A date line: a date and who wrote it, or what the report is and its date, nothing else ("2026년 9월 3일, 구매전략팀.",
 * "Analyst note, October 8, 2026."): read only beside the report's list of sources (mastheadPieces), as a comma's
 * pieces may be a sentence's ("2026년 2월, 스타게이트는 …을 발표했다").
 */
const DATELINE = new RegExp(`^\\s*(?:${A_DATE},\\s*[^\\d,.:;]{1,30}|[^\\d,.:;]{1,40},\\s*${A_DATE})\\.?\\s*$`, 'i');
/**
 * A date line set out in pieces ("Asia infrastructure desk · research memo · 20 November 2026", "전략기획팀 · 2026. 11.
 * 24.", "Policy team | March 3, 2026"): pieces apart by a middle dot, bullet, bar or spaced dash, one of them a date
 * alone (or labelled with what the document did on it: LABELLED_DATE) and the others words without a figure. A piece
 * naming who wrote it may be long: a committee with its partner ("Comitato Acqua Nostra Augusta–Priolo, with Ege
 * Kıyıları Platformu (İzmir) | 2 November 2026").
 */
function datedLine(line: string): boolean {
  // (a line set in emphasis as a whole is read inside its marks, and may be longer by a piece naming who prepared it)
  const em = WHOLE_EMPHASIS.exec(line);
  if (line.length > (em ? 180 : 120)) return false;
  const pieces = (em ? em[2] : line)
    .trim()
    .replace(/\.$/, '')
    .split(/\s*[·•|｜]\s*|\s+[—–-]\s+/);
  if (pieces.length < 2) return false;
  let dates = 0;
  for (const p of pieces) {
    if (ONLY_DATE.test(p) || LABELLED_DATE.test(p) || forOccasion(p)) dates++;
    else if (!p || p.length > 80 || (/\d/.test(p) && !preparedFor(p))) return false;
  }
  return dates > 0;
}
/**
 * A masthead piece naming the occasion the notes are for and its day, nothing else: "for the session of 26 November
 * 2026", "for the hearing on March 3", "ahead of the vote on 2 December", "11월 26일 본회의용", "12월 3일 공청회 대비".
 * It dates the line as a date alone does (the occasion's day is when the notes are to be used).
 */
const FOR_OCCASION = new RegExp(
  `^(?:(?:prepared|written|compiled|drafted)\\s+)?(?:for|ahead\\s+of)\\s+(?:the|a|an|its|our|their)\\s+[^\\d]{1,60}?\\b(?:of|on)\\s+(?:${A_DATE}|${A_DAY})$|^(?:${A_DATE}|${A_DAY})\\s*[\\p{L}\\s]{1,20}?(?:용|대비)$`,
  'iu',
);
const forOccasion = (p: string) => p.length <= 80 && FOR_OCCASION.test(p);
/** A day or date a masthead piece names (its occasion's), the year written or not. */
const SOME_DAY = new RegExp(`${A_DATE}|${A_DAY}`, 'giu');
/**
 * A masthead piece naming who prepared the report and for what occasion, with that occasion's day ("prepared by Dewi
 * Kartosen for the public meeting of 10 December", "written for the hearing on March 3"): its only figure the day.
 */
const PREPARED_FOR = /^\s*(?:prepared|written|compiled|drafted|edited|produced)\s+(?:by|for)\s/i;
const preparedFor = (p: string) => PREPARED_FOR.test(p) && !/\d/.test(p.replace(SOME_DAY, ' '));
const ONLY_DATE = new RegExp(`^(?:${A_DATE})\\.?$`, 'i');
/**
 * A date labelled with what the document did on it, the recording's, the edit's, the posting's ("recorded 12 March
 * 2026", "recording 26 November 2026", "last updated 3 June 2026", "aired Nov. 2, 2026", "prepared 30 November 2026",
 * "녹음 2026. 11. 26.", "2026년 11월 26일 방송"): a piece of a masthead as a date alone is. (Not an event's date:
 * "financial close March 2027".)
 */
const DOC_LABEL =
  '(?:(?:last\\s+)?(?:recorded|recording|updated|revised|posted|published|aired|broadcast|filed|drafted|written|edited|transcribed|taped|prepared|compiled|issued|dated)(?:\\s+on)?|as\\s+of|녹음|녹화|방송|작성|수정|게시|배포|기준)';
const LABELLED_DATE = new RegExp(
  `^(?:${DOC_LABEL}\\s*[:：]?\\s*(?:${A_DATE})|(?:${A_DATE})\\s*(?:${DOC_LABEL}))\\.?$`,
  'iu',
);

function blank(s: string): Uint16Array {
  const a = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a[i] = c === 10 || c === 13 ? c : 32;
  }
  return a;
}

function copy(out: Uint16Array, src: string, s: number, e: number) {
  for (let i = s; i < e; i++) out[i] = src.charCodeAt(i);
}

/** The string of a run of UTF-16 code units (lone surrogates kept as they are). */
function fromCodes(a: Uint16Array): string {
  let s = '';
  for (let i = 0; i < a.length; i += 8192)
    s += String.fromCharCode.apply(null, a.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

function trim(s: string, a: number, b: number): Span {
  while (a < b && /\s/.test(s[a])) a++;
  while (b > a && /\s/.test(s[b - 1])) b--;
  return { start: a, end: b };
}
