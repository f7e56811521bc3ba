// Article parsing: the passes over an article's lines that find its furniture, title, masthead, metadata, body
// spans, language halves and sentences (parseArticle). Every regex runs on one bounded line; the whole parse is
// linear in the text. What a line says is read in articleMeta.ts (dates, bylines, front matter, masthead),
// furniture.ts and page.ts (lines that are not the article), outlets.ts; the halves are found in articleHalves.ts.
import { noteError } from '../errors';
import { markerLength, splitSentencesNFC } from '../text/sentences';
import { detachedText, escapeRe, SourceText } from '../text/text';
import type { ArticleMeta, ParsedArticle, RawSentence, Span } from '../types';
import { findHalves } from './articleHalves';
import {
  isRuleLine,
  hasMark,
  FAX_LINE,
  pagedFurniture,
  markdownLines,
  nextNonBlank,
  MARK,
  splitLines,
  withoutEmphasis,
  wrappedJoins,
  type Line,
} from './articleLines';
import {
  governmentOfHall,
  EMAIL,
  findDate,
  headFieldsDate,
  issuerAndKind,
  first,
  JOB_TITLE,
  langOf,
  type MetaLine,
  parseBracketByline,
  parseFrontMatter,
  issueLine,
  issueHeadingName,
  recordLegislature,
  sessionLegislature,
  sessionRecordTitle,
  callHeading,
  callTitle,
  callHeadingLines,
  meetingDateLabelLine,
  readParticulars,
  meetingLine,
  isRecordTitle,
  parseMetaLine,
  readOfficialDocument,
  readVideoHead,
  readWatchPage,
  readMeetingTranscriptDoc,
  readSharedDocHead,
  readKoBoardView,
  readKoRuledMasthead,
  readSelfDescription,
  seriesHead,
  readDateline,
  readGuestWriter,
  looksLikePersonName,
  nameForDomain,
  headlineCased,
  readClipHeaders,
  readDatabaseDocument,
  readTranslationCopy,
  readExportHead,
  readRecordingTranscript,
  readDeliveredDocument,
  readChannelExport,
  readHeadBanner,
  readMeetingChat,
  readNewsRecord,
  readSpeechHeading,
  readKakaoExport,
  readTeamChatExport,
  readSupportChatExport,
  readWhatsAppExport,
  CAPS_LEGAL_FORM,
  readAnalystTable,
  readSignedItems,
  noteHeadingFirm,
  readFilingTitle,
  eventHeading,
  readFormIssuer,
  readFormSubject,
  readRuledBanner,
  readOnAirHeader,
  readScriptHeader,
  readKoReportOffice,
  readMailHeaders,
  readChatCopy,
  readDiscordExport,
  readMasthead,
  longTitle,
  readSignOff,
  serviceHead,
  debatesItemTitle,
  eventCover,
  casedInLines,
  readProjectTitle,
  reportCoverTitle,
  wireByline,
  titleCased,
  writtenAsText,
  isFirmUnit,
} from './articleMeta';
import {
  CAPTION,
  cleanTitle,
  COPYRIGHT,
  endsLikeSentence,
  FURNITURE_LINES,
  isCalendarRow,
  isHeadlineLike,
  isListItem,
  mayBeFurnitureLine,
  REL_TIME,
  RELATED_POST,
  repeatBucket,
  repeatKey,
  TABLE_SEP,
  TAIL_HEADER,
  withoutKoKicker,
} from './furniture';
import {
  domainLabel,
  domainLetters,
  exactOutlet,
  findOutlet,
  nameSpelledByDomain,
  outletByDomain,
  type OutletEntry,
} from './outlets';
import {
  aboutName,
  koreanContactIssuer,
  copyrightName,
  creditLine,
  crumbSite,
  isAuthorBio,
  isChromeLine,
  isNameLike,
  isEndHeader,
  isAttachmentList,
  isAboutHeading,
  isFurnitureLine,
  isLabelLine,
  isMailFooter,
  isListHeader,
  isListItemLine,
  isPressReleaseMark,
  isReleaseContactLine,
  koLetterhead,
  koreanReleaseIssuer,
  isProseLine,
  isSectionWord,
  cleanName,
  parseDateline,
  sameName,
} from './page';

/** ArticleMeta plus what front matter or the page may also say. */
export interface ParsedMeta extends ArticleMeta {
  /** Citation key from front matter. */
  key?: string;
  /** 'blog' when the outlet is a blog's name rather than a news organization. */
  outletKind?: 'news' | 'blog';
  /** The distributor a release's dateline names (`/PRNewswire/`), when the outlet is the release's issuer. */
  carriedBy?: string;
  /** The periodical's own name, when the outlet is the body its tagline says publishes it. */
  periodical?: string;
}
export interface ParsedArticleExt extends ParsedArticle {
  meta: ParsedMeta;
}

/**
 * A body's own service, named by the short name the body gives itself in brackets (`KOTRA 해외시장뉴스` of `ⓒ
 * 대한무역투자진흥공사 (KOTRA)`): the masthead names the service, the copyright its owner.
 */
const ownService = (site: string, owner: string) => {
  const short = /\(([A-Z][A-Za-z&]{1,9})\)\s*$/.exec(owner)?.[1];
  return !!short && site.startsWith(short + ' ') && site.length > short.length + 1;
};

/** A footer line naming a mail's sender as the newsletter or site it is (a subscription notice, a copyright). */
const mentionsSender = (t: string, sender: string) =>
  t.length <= 240 && t.includes(sender) && /subscri|newsletter|mailing list|ⓒ|©|copyright|구독/i.test(t);

const EMAIL_LINE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** A head's line of whom a document goes to (`Distribution: all members`, `To: …`, `cc: …`, `수신: …`, `참조: …`). */
const ADDRESSEES =
  /^(?:distribution|circulation|distributed\s+to|to|cc|attention|attn\.?|수\s?신(?:처|자)?|참\s?조|배포처)\s*[:：]\s*\S/i;

/** The header of a periodical's table of contents (`이번 호 차례`, `[이번 호 목차]`, `목차`, `Contents`,
 * `In this issue`), alone on its line: a label with a colon (`Contents:` over a filing's items) is the filing's own. */
const TOC_HEADER =
  /^[[［(]?\s*(?:(?:이번\s*호|이달)(?:의)?\s*(?:목차|차례)|목\s*차|차\s*례|(?:table\s+of\s+)?contents|in\s+this\s+issue|inside\s+this\s+issue)\s*[\]］)]?$/i;
/** A translator's note opening a document (`Unofficial English translation.`, `Courtesy English translation …`). */
const TRANSLATION_NOTE =
  /^[(*_]?(?:(?:an?\s+)?(?:unofficial|courtesy|informal|non-binding|convenience|certified|sworn|official)\s+(?:english\s+)?translation\b|this\s+(?:is\s+an?\s+)?(?:unofficial\s+|courtesy\s+|informal\s+)?(?:english\s+)?translation(?:\s+(?:is|has|was|of|prepared|provided)\b|[.;,]))/i;

/**
 * An editor's note in brackets on what the copy is, opening a document (`[English translation]`, `[Excerpt: pages 1-4,
 * 9 and 18 of the transcript PDF]`, `[발췌본] 본 파일은 …`): the copier's words about the copy, not the document's.
 */
const COPY_NOTE =
  /^[[［](?:(?:unofficial|courtesy|certified|informal|official|machine)\s+)?(?:(?:english|korean|spanish|french)\s+)?(?:(?:pdf\s+)?(?:text\s+)?(?:translation|translated|excerpts?|extracts?|extracted|extraction|abridged|abridgement))\b[^\]］]{0,160}[\]］]|^[[［](?:PDF\s?)?(?:텍스트\s?)?(?:발췌|번역|국문\s?번역|영문\s?번역|추출)(?:본|문)?(?:\s?[:：–—-]\s?[^\]］]{0,160})?[\]］]/i;

/** A contents list's item for the issue's feature (`3면  특집 ─ …`, `COVER STORY: …`), its title after the mark. */
const FEATURE_ITEM = /(?:^|\s)(?:특집|커버\s?스토리|cover\s+story)\s*[─–—:-]\s*(\S.{3,80})$/i;

const c0IsBracket = (t: string) => t.charCodeAt(0) === 0x5b || t.charCodeAt(0) === 0xff3b;

/** Lines with text above line k (furniture or not). */
const substantiveBefore = (lines: Line[], from: number, k: number) => {
  let n = 0;
  for (let j = from; j < k; j++) if (lines[j].t !== '') n++;
  return n;
};
/**
 * A field that names an organisation, not what the document is: no figure (`MEMBERS' BULLETIN No. 27/2026` numbers an
 * issue), not a section word, a Korean name of two to twenty syllables or a capitalised one.
 */
const orgName = (f: string) =>
  f.length <= 40 &&
  !/\d/.test(f) &&
  !isSectionWord(f) &&
  (/^(?:\(주\)|㈜)?[가-힣][가-힣A-Za-z&·() ]{1,24}(?:\(주\)|㈜)?$/.test(f) || /^\p{Lu}[\p{L}&.,'’ -]{1,40}$/u.test(f));

/** A dash and a name after it (`— Marcus Lindqvist`), made once (the bundler makes a \p{Lu} literal at each use). */
const DASH_NAME = /^[—–]\s*\p{Lu}/u;
/** A post a signature gives after the name (`Executive Director`, `President and CEO`, `Program Manager`). */
const SIGNED_POST =
  /^(?:(?:executive|managing|program|programme|general|senior|deputy|assistant|vice|associate|communications?|regional|interim|acting)\s+)*(?:director|president|manager|officer|chair|chairman|chairwoman|chairperson|secretary|treasurer|coordinator|ceo|cfo|coo|founder|editor|publisher|owner|partner)$/i;

/** Non-empty lines at the top looked at for a distributor's dateline. */
const MASTHEAD_SCAN = 20;

/** Parse an article (NFC text, BOM removed; any line ends). Never throws. */
/** A notice's salutation, alone on its line (`To whom it may concern`, `Dear Shareholders,`, `株主各位`). */
const SALUTATION =
  /^(?:to\s+whom\s+it\s+may\s+concern|dear\s+(?:sirs?|madam|sir\s+or\s+madam|(?:fellow\s+|valued\s+)?(?:shareholders|stockholders|investors|unitholders|stakeholders|members|customers))|to\s+(?:our\s+|all\s+)?(?:shareholders|stockholders|investors|unitholders|stakeholders)|(?:株主|関係者?|投資家)?各位)\s*[,:;：]?$/i;

/** A picture agency's caption file, by its head: what it is, then a field naming its slug or package. */
function captionFile(lines: Line[], from: number): boolean {
  let kind = false;
  for (let k = from, seen = 0; k < lines.length && seen < 5; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    if (
      /\b(?:caption\s+file|captions?\s+(?:sheet|list)|photo\s+(?:service|package|captions?))\b|fichier\s+de\s+légendes/i.test(
        t,
      )
    )
      kind = true;
    else if (kind && /(?:^|\s)(?:slug|package)\s*:\s*\S/i.test(t)) return true;
  }
  return false;
}

/** A daily note's heading for the day's theme (`오늘의 이슈: …`, `금일의 테마: …`, `Today's theme: …`). */
const DAY_THEME =
  /^(?:(?:오늘|금일)의\s?(?:이슈|테마|전략|포커스)|today'?s\s+(?:issue|theme|focus|topic|big\s+story))\s*[:：]\s*(\S.{3,120})$/i;

/** A portal's crumb: two parts to four between `>`, `›` or `»`, none a sentence (`Home > News > Energy`). */
const CRUMB_LINE = /^[^<>›».!?。]{2,60}(?:\s+[>›»]\s+[^<>›».!?。]{2,60}){1,3}$/;

/** A slogan over a Korean body's letterhead: words in Hangul, maybe a comma between (`함께하는 행복, 일류 충북`). */
const KO_SLOGAN = /^[가-힣]+(?:,?\s[가-힣]+){1,6}$/;
/** A Korean release's field under its mark (`배포일시 : 2026. 6. 23.(화) 15:00`, `담당부서 : 투자유치과`). */
const KO_RELEASE_FIELD = /^(?:배포|보도|엠바고|담당|작성|문의)\s?(?:일시|일자|시점|부서|자|처)?\s*[:：]/;
/** A monitoring report's head of a clipped item: its number in brackets, then its outlet and a date among fields. */
const CLIPPED_ITEM = /^\[(\d{1,3})\]\s+[^|\s][^|]{0,40}\|.{4,200}$/;
/**
 * The headline under the one clipped item a report carries (CLIPPED_ITEM, a date among its fields; the first line under
 * it that is no rule nor blank, a headline's shape), or undefined when it carries none or more than one.
 */
function clippedItemHeadline(lines: Line[], from: number): string | undefined {
  let found: string | undefined;
  for (let k = from; k < lines.length && k < from + 400; k++) {
    const t = lines[k].t.trim();
    const m = t.length <= 240 ? CLIPPED_ITEM.exec(t) : null;
    if (!m || !t.split('|').some((f) => findDate(f.trim())?.index === 0)) continue;
    if (found !== undefined || m[1] !== '1') return undefined;
    let j = k + 1;
    while (j < lines.length && (lines[j].t.trim() === '' || isRuleLine(lines[j].t.trim()))) j++;
    const h = j < lines.length ? lines[j].t.trim() : '';
    if (!h || h.length > 160 || isProseLine(h) || !isHeadlineLike(h)) return undefined;
    found = h;
  }
  return found;
}
/** A Korean letter's signature: the sender, the signer's office and name, and the word that closes a letter. */
const KO_SIGNATURE =
  /^(?:\S.{0,30}\s)?(?:대표이사|대표|사장|회장|부회장|이사장|원장|총장|시장|군수|구청장|도지사|지사|위원장|의장|교수)\s?([가-힣]{2,4})\s?(?:드림|올림|배상)$/;
/** The last lines' Korean letter signature (KO_SIGNATURE), its line and the signer. */
function koLetterSignature(lines: Line[], from: number): { line: number; name: string } | undefined {
  for (let k = lines.length - 1, seen = 0; k >= from && seen < 10; k--) {
    const t = lines[k].t.trim();
    if (t === '' || lines[k].furniture) continue;
    seen++;
    const m = t.length <= 60 ? KO_SIGNATURE.exec(t) : null;
    if (m) return { line: k, name: m[1] };
  }
  return undefined;
}
/** The sender the first fax line names (FAX_LINE's `FROM:` field, its first word), a hall's name as its government's. */
function faxFrom(lines: Line[], from: number): string | undefined {
  for (let k = from; k < lines.length && k < from + 12; k++) {
    const t = lines[k].t.trim();
    if (!FAX_LINE.test(t)) continue;
    const name = /\bFROM\s?[:：]\s?([^\s:：]{2,30})/i.exec(t)?.[1];
    if (!name || /^[+\d()-]+$/.test(name)) return undefined;
    return governmentOfHall(name) ?? name;
  }
  return undefined;
}
/** How a Korean body's or office's name ends (`…도`, `…시`, `…과`, `…공사`). */
const KO_BODY_END = /(?:시|군|구|도|부|처|청|원|과|국|실|팀|단|공사|공단|위원회|센터|본부|재단|협회|은행)$/;

/** Every word of four letters or more capitalized, as titles are written (`Data Center Campus`). */
const titleCase = (t: string) => !/(?:^|\s)\p{Ll}[\p{L}'’-]{3,}/u.test(t);

/**
 * A plain-text notice's title set centred over two lines or three (`Notice Regarding Final Investment Decision on …` /
 * `and Participation in the Project Company`): the lines as one, when each is set in from the margin and the next
 * goes on with a lower-case word or the line before ends on a joining word. The lines after the first become furniture.
 */
/** Whether the lines under line k are written in Korean: more Hangul syllables than a third of their Latin letters. */
function koreanBelow(lines: Line[], k: number): boolean {
  let ko = 0,
    en = 0;
  for (let j = k + 1; j < lines.length && j <= k + 60; j++) {
    const t = lines[j].t;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0xac00 && c <= 0xd7a3) ko++;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) en++;
    }
  }
  return ko > 0 && ko * 3 >= en;
}

/** A listed company with its six-digit stock code (`금강중전기 (298650)`, `한빛전기(A012345)`). */
const STOCK_CODE_LINE = /^[가-힣A-Za-z0-9&·.()㈜ ]{2,30}?\s?\(A?\d{6}(?:\.?K[SQ])?\)$/;

/**
 * A title that is a call's name, ending in the call (`… Q2 FY27 Earnings Conference Call`, `… 실적발표 컨퍼런스콜`), as the
 * company's own transcript heads it (a transcript service's page, `… Earnings Call Transcript`, is the service's).
 */
// (…its kind after it, `… 컨퍼런스콜 녹취록`, `… Earnings Call Transcript`)
const CALL_TITLE_END = /(?:\bcall|콜|설명회)(?:\s?(?:녹취록|녹취|transcript))?$/i;
const TRANSCRIPT_END = /(?:녹취록|녹취|transcript)$/i;

/** Whether the head says the company's own site posts the text (`게시 : 가온전력전자 IR 홈페이지`, `Posted on …'s website`). */
function postedByOwnSite(company: string, lines: Line[], from: number): boolean {
  const bare = company
    .replace(/^(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$/g, '')
    .replace(/,?\s+(?:inc\.?|ltd\.?|corp\.?|plc|llc|limited)$/i, '');
  for (let k = from, seen = 0; k < lines.length && seen < 12; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    const m = /^(?:게시|출처|게재|source|posted(?:\s+(?:on|at))?)\s*[:：]?\s*(.{2,80})$/i.exec(t.trim());
    if (m && m[1].startsWith(bare) && /(?:IR\s?)?홈페이지|웹사이트|website|investor\s+relations|\bIR\b/i.test(m[1]))
      return true;
  }
  return false;
}

function centredTitle(lines: Line[], k: number): string {
  const indent = (j: number) => lines[j].ts - lines[j].start;
  const first = lines[k];
  // A title in quotation marks wrapped over lines (a transcript's cover: `"Prakashdeep Renewables Limited` / `Q2 FY27
  // Earnings Conference Call"`): the lines to its closing mark, without the marks.
  const open = /^["“]/.exec(first.t)?.[0];
  if (open && first.t.length <= 120 && !/["”]/.test(first.t.slice(1))) {
    const parts = [first.t.slice(1)];
    for (let j = k + 1; j < lines.length && parts.length < 3; j++) {
      const u = lines[j].t;
      if (u === '' || lines[j].furniture || u.length > 120) break;
      const close = /["”]$/.test(u) && !/["“”]/.test(u.slice(0, -1));
      parts.push(close ? u.slice(0, -1).trim() : u);
      if (close) {
        for (let q = k + 1; q <= j; q++) lines[q].furniture = true;
        return parts.join(' ');
      }
    }
  }
  // A headline at the margin wrapped onto a line of its own that visibly goes on with it (in small letters, the
  // paragraph ending there: `BNFI approves R$ 3.8 billion for … campus` / `in Jacaúna, Ceará`): both lines.
  const next = lines[k + 1];
  // …or ending in an ellipsis, its next line going on with it (`… 1조 4,200억 원 넘었는데…` / `정책금융 지원은 13%에 그쳐`).
  if (
    /(?:…|\.\.\.)$/.test(first.t) &&
    first.t.length <= 80 &&
    next &&
    !next.furniture &&
    next.t.length >= 4 &&
    next.t.length <= 80 &&
    !/^[-–—□○■▶※·•(\[]/.test(next.t) &&
    !/[.!?。]$/.test(next.t)
  )
    return `${first.t} ${next.t}`;
  if (
    indent(k) < 4 &&
    first.t.length >= 50 &&
    first.t.length <= 120 &&
    !/[.!?。:;]$/.test(first.t) &&
    next &&
    !next.furniture &&
    next.t.length <= 80 &&
    /^\p{Ll}/u.test(next.t) &&
    !/[.!?。]$/.test(next.t) &&
    // (…the paragraph ending there, or a short end standing over a deck that starts as a sentence does: `… gas-powered
    // AI` / `campus` / `The 500-megawatt project would …`)
    ((lines[k + 2]?.t ?? '') === '' || (next.t.length <= 40 && /^\p{Lu}/u.test(lines[k + 2].t)))
  )
    return `${first.t} ${next.t}`;
  // A document's kind set letter-spaced and centred over its subject (`R E P O R T` / `ON THE PUBLIC HEARING` / `on the
  // Draft Proposal …` / `of Istria County (…)`): the kind closed up, then the subject's lines, those in capitals written
  // as a headline's words.
  if (indent(k) >= 4 && /^(?:\p{Lu} ){3,}\p{Lu}$/u.test(first.t)) {
    const parts = [headlineCased(first.t.replace(/ /g, ''))];
    const small = /^(?:a|an|the|of|and|or|for|on|in|to|at|by|with|from)\b/i;
    for (let j = k + 1; j < lines.length && parts.length < 5; j++) {
      const u = lines[j].t;
      if (u === '' || lines[j].furniture || indent(j) < 4 || u.length > 120 || /[.!?。:]$/.test(u)) break;
      const cased = /\p{Ll}/u.test(u) ? u : headlineCased(u);
      parts.push(small.test(cased) ? cased[0].toLowerCase() + cased.slice(1) : cased);
      lines[j].furniture = true;
    }
    if (parts.length > 1) return parts.join(' ');
  }
  if (indent(k) < 4 || first.t.length > 120 || /[.!?。:]$/.test(first.t)) return first.t;
  const parts = [first.t];
  for (let j = k + 1; j < lines.length && parts.length < 3; j++) {
    const u = lines[j].t;
    if (u === '' || lines[j].furniture || indent(j) < 4 || u.length > 120) break;
    const prev = parts[parts.length - 1];
    // A long title wrapped at the margin, each line set in as far as the one before (a Government Resolution's subject
    // over three lines): its lines to the end of the block, its full stop left off.
    if (prev.length >= 60 && Math.abs(indent(j) - indent(j - 1)) <= 1 && !/[.!?。:;]$/.test(prev)) {
      parts.push(u.replace(/\.$/, ''));
      lines[j].furniture = true;
      if (/[.!?。]$/.test(u)) break;
      continue;
    }
    if (/[.!?。]$/.test(u)) break;
    // (…or a shorter line set further in, as a centred title's last line is: `… for the Stargate Kamaishi` / `Data
    // Center Campus`, both in title case; a deck under a headline is written as a sentence: `Fifteen-year agreement …`)
    if (!(
      /^\p{Ll}/u.test(u) ||
      /\b(?:of|and|for|on|in|to|the|with|by|at|from|regarding|concerning)$|[,—–-]$/i.test(prev) ||
      (indent(j) >= 8 && indent(j) > indent(j - 1) && u.length < prev.length && titleCase(prev) && titleCase(u))
    ))
      break;
    parts.push(u);
    lines[j].furniture = true;
  }
  return parts.join(' ');
}

export function parseArticle(text: string, file: string): ParsedArticleExt {
  try {
    if (typeof text !== 'string') text = '';
    const norm = text.normalize('NFC');
    if (norm === text) return parseNFC(text, file ?? '');
    const st = new SourceText(text);
    const r = parseNFC(st.norm, file ?? '');
    const back = (s: Span) => ({ start: st.toOriginal(s.start), end: st.toOriginal(s.end) });
    return {
      meta: r.meta,
      body: r.body.map(back),
      halves: r.halves.map((h) => ({ ...h, ...back(h) })),
      sentences: r.sentences.map((s) => ({ ...s, ...back(s) })),
    };
  } catch (e) {
    noteError('parseArticle', e, file);
    return { meta: { authors: [], languages: [] }, body: [], halves: [], sentences: [] };
  }
}

/** parseArticle for a text known to be NFC already (no normalization pass to find that out). */
export function parseArticleNFC(text: string, file: string): ParsedArticleExt {
  try {
    return parseNFC(text, file ?? '');
  } catch (e) {
    noteError('parseArticle', e, file);
    return { meta: { authors: [], languages: [] }, body: [], halves: [], sentences: [] };
  }
}

function parseNFC(text: string, file: string): ParsedArticleExt {
  const begin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = splitLines(text, begin);
  const meta: ParsedMeta = { authors: [], languages: [] };
  const fm = parseFrontMatter(lines);
  const markdown = !!fm || /\.(md|markdown|mdx)$/i.test(file);
  let bodyFrom = 0;
  if (fm) {
    for (let k = 0; k <= fm.endLine; k++) lines[k].furniture = true;
    bodyFrom = fm.endLine + 1;
  }
  // A newsletter saved from a mail client: its headers give the subject, the date and the sender.
  const mail = readMailHeaders(lines, bodyFrom);
  if (mail) {
    for (let k = bodyFrom; k <= mail.endLine; k++) lines[k].furniture = true;
    bodyFrom = mail.endLine + 1;
    for (let k = mail.partsFrom ?? lines.length; k < lines.length; k++) lines[k].furniture = true;
  }
  // A broadcaster's transcript of an interview: its fields name the broadcaster, the day and the host.
  // (…or a broadcaster's newsroom script, its fields in capitals under the station's banner)
  const onAirHead = mail ? undefined : (readOnAirHeader(lines, bodyFrom) ?? readScriptHeader(lines, bodyFrom));
  if (onAirHead) {
    for (let k = bodyFrom; k <= onAirHead.endLine; k++) lines[k].furniture = true;
    if (onAirHead.titleLine !== undefined) lines[onAirHead.titleLine].furniture = true;
    bodyFrom = onAirHead.endLine + 1;
  }
  // …or from a reader app, an RSS export or a web clipper: its properties over the article (`Title:`, `Feed:`, `URL:`).
  // …or a news database's export: its fields over the story (the headline, the byline, `702 words`, the date, the paper).
  const clip =
    mail || onAirHead
      ? undefined
      : (readClipHeaders(lines, bodyFrom) ??
        readExportHead(lines, bodyFrom) ??
        readDeliveredDocument(lines, bodyFrom) ??
        readRecordingTranscript(lines, bodyFrom) ??
        readDatabaseDocument(lines, bodyFrom) ??
        readNewsRecord(lines, bodyFrom) ??
        readChannelExport(lines, bodyFrom) ??
        readKakaoExport(lines, bodyFrom) ??
        readTeamChatExport(lines, bodyFrom) ??
        readSupportChatExport(lines, bodyFrom) ??
        readChatCopy(lines, bodyFrom) ??
        readMeetingChat(lines, bodyFrom) ??
        readDiscordExport(lines, bodyFrom) ??
        readWhatsAppExport(lines, bodyFrom) ??
        readVideoHead(lines, bodyFrom) ??
        readWatchPage(lines, bodyFrom) ??
        readMeetingTranscriptDoc(lines, bodyFrom) ??
        readSharedDocHead(lines, bodyFrom) ??
        readTranslationCopy(lines, bodyFrom));
  if (clip) {
    for (let k = bodyFrom; k <= clip.endLine; k++) lines[k].furniture = true;
    bodyFrom = clip.endLine + 1;
    // (…but a deck among its fields is the story's words)
    if (clip.deck) {
      const L = lines[clip.deck.line];
      L.furniture = false;
      L.bodyStart = L.ts + clip.deck.at;
      bodyFrom = clip.deck.line;
    }
  }
  // A banner in brackets over the copy (a portal's header in fields, a viewer's or an extraction's note on the copy): where
  // the copy comes from, not what it is. The document starts under it.
  const bannerFrom = bodyFrom;
  const copyBanner = readHeadBanner(lines, bodyFrom);
  if (copyBanner) {
    for (let k = bodyFrom; k <= copyBanner.end; k++) lines[k].furniture = true;
    bodyFrom = copyBanner.end + 1;
  }

  // A Markdown article's headings, emphasis and quote marks are not what its lines say; a rule between parts says nothing.
  if (markdown) markdownLines(lines, bodyFrom);
  for (let k = bodyFrom; k < lines.length; k++) {
    const c = lines[k].t.charCodeAt(0);
    if ((c === 45 || c === 42 || c === 95) && isRuleLine(lines[k].t)) lines[k].furniture = true;
    // (a plain text's rule of equals signs or tildes, `=====`, as a bulletin sets its headline between two)
    else if ((c === 61 || c === 126) && /^(?:={5,}|~{5,})\s*$/.test(lines[k].t)) lines[k].furniture = true;
    // (…or a box-drawing rule, `═════`, `─────`)
    else if ((c === 0x2550 || c === 0x2500 || c === 0x2501) && /^(?:═{5,}|─{5,}|━{5,})\s*$/.test(lines[k].t))
      lines[k].furniture = true;
  }

  // A text copied from a paged document: its page numbers, the rules between pages and its running head are no text.
  for (const k of pagedFurniture(lines, bodyFrom)) lines[k].furniture = true;
  // A faxed document's sender as the machine's line gives it (`FROM:논산시청 홍보담당관`): the body, its office aside, a
  // Korean local government named as its hall (`논산시청`) the government (`논산시`).
  const faxSender = faxFrom(lines, bodyFrom);

  // --- furniture, pass 1: line shapes
  let firstProse = lines.length;
  for (let k = bodyFrom; k < lines.length; k++) {
    const t = lines[k].t;
    if (t.length > 40 && !isListItem(t) && !t.includes('|')) {
      firstProse = k;
      break;
    }
  }
  let tail = false;
  let mailFooterAt: number | undefined;
  let runStart = -1;
  const metaLines: { k: number; m: MetaLine }[] = [];
  let copyrightOutlet: OutletEntry | undefined;
  let copyrightRaw: string | undefined;
  /** The one year the copyright line gives (`Copyright 2026 Harbourline News Service`), not a range's. */
  let copyrightYear: string | undefined;
  /** The day a wire terminal's head says the story was sent (wireHead; two readings when its figures allow both). */
  let wireSent: string[] | undefined;
  /** The service a wire terminal's head names in full (`LANTERN WIRE SERVICE   Story …`). */
  let wireService: string | undefined;
  let sourceOutlet: { o?: OutletEntry; raw: string } | undefined;
  // A press release ends in its issuer's boilerplate ("About X"), a contact and forward-looking statements.
  let pressRelease = false;
  for (let k = bodyFrom; k < lines.length; k++)
    if (lines[k].t.length <= 80 && isPressReleaseMark(lines[k].t)) {
      pressRelease = true;
      // (the release's mark on a line of its own near the top, a body's slogan over it, `함께하는 행복, 일류 충북` over
      // `보 도 자 료`: the letterhead's, no headline and no text; a name there stays for the rules that read one)
      let above = 0;
      for (let j = bodyFrom; j < k; j++) if (lines[j].t !== '' && !lines[j].furniture) above++;
      for (let j = k - 1, seen = 0; above <= 2 && j >= bodyFrom && seen < 2; j--) {
        const u = lines[j].t;
        if (u === '' || lines[j].furniture) continue;
        seen++;
        // (a slogan in Hangul alone, not ending as a body's or an office's name does: `충청북도`, `투자유치과` stay)
        if (u.length <= 40 && k - j <= 4 && KO_SLOGAN.test(u) && !isNameLike(u) && !KO_BODY_END.test(u))
          lines[j].furniture = true;
        else break;
      }
      // (…or under it, over the release's fields: `보 도 자 료` / `희망찬 미래, 다시 뛰는 논산` / `배포일시 : …`)
      const below = nextNonBlank(lines, k + 1);
      const fields = nextNonBlank(lines, below + 1);
      if (
        fields < lines.length &&
        below - k <= 3 &&
        lines[below].t.trim().length <= 40 &&
        KO_SLOGAN.test(lines[below].t.trim()) &&
        !isNameLike(lines[below].t.trim()) &&
        !KO_BODY_END.test(lines[below].t.trim()) &&
        KO_RELEASE_FIELD.test(lines[fields].t.trim())
      )
        lines[below].furniture = true;
      break;
    }
  // …or its title says what it is (`[보도자료] 남도그리드, … 체결`; a press kit's `[보도자료 키트] …`, `[Press kit] …`).
  if (!pressRelease) {
    const fk0 = lines.findIndex((L, k) => k >= bodyFrom && !L.furniture && L.t !== '');
    if (
      fk0 >= 0 &&
      /^(?:#{1,6}\s+)?(?:\[보도\s?(?:참고\s?)?자료(?:\s?키트)?\]|\[(?:press|media)\s+kit\]|\[프레스\s?키트\])\s*\S/i.test(
        lines[fk0].t,
      )
    )
      pressRelease = true;
  }
  // …or a dateline naming its distributor ("/PRNewswire/", "--(BUSINESS WIRE)--") opens it.
  let distributor: string | undefined;
  for (let k = bodyFrom, seen = 0; k < lines.length && seen < MASTHEAD_SCAN; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    distributor = t.length >= 20 ? parseDateline(t)?.distributor : undefined;
    if (distributor) {
      pressRelease = true;
      break;
    }
  }
  // An issuer's announcement carried by a disclosure service, headed by the service's line (`EQS-Ad-hoc: Spreetal
  // Energie AG / Key word(s): Contract/Investment`): the issuer's release, the line no headline; the headline under it
  // opens with the issuer's name and a colon, as the service sets it (`Spreetal Energie AG: Spreetal Energie signs …`).
  const firstAt = lines.findIndex((L, k) => k >= bodyFrom && L.t !== '');
  const carried = firstAt >= 0 ? serviceHead(lines[firstAt].t) : undefined;
  if (carried) {
    pressRelease = true;
    lines[firstAt].furniture = true;
  }
  // A release's letterhead drawn as a box at its head (a province's `│ 경상북도 │ 보 도 자 료 │`, its 배포일시 and
  // 담당부서 in the cells): the body's name alone in a cell is its issuer, the cells' dates its date lines; the box is
  // no text and no headline. (Its 보도자료 cell does not make the page a release for the rules that end one's text:
  // its `붙임` table, the project's facts, stays read.)
  const box = boxedLetterhead(lines, bodyFrom);
  let issuer: string | undefined = (box?.release ? box.issuer : undefined) ?? carried;
  // A press office's note under its body's letterhead (`BNFI - BANCO NACIONAL DE …` / `Press Office | …` / its address,
  // then `NOTE FOR THE PRESS - ENGLISH VERSION`): the body's release.
  const pressNote = box ? undefined : pressNoteHead(lines, bodyFrom);
  if (pressNote) {
    pressRelease = true;
    issuer ??= pressNote.name;
    for (const k of pressNote.lines) lines[k].furniture = true;
  }
  if (box) for (const d of box.dated) metaLines.push(d);
  let bodyIssuerTried = false;
  /** The name beside the date on a document's first line (`우진중전기          2026.08.19`). */
  let topName: string | undefined;
  /** A research body heading its paper with the paper's series. */
  let seriesBody: string | undefined;
  // (…a Korean body's brief, its name and series between rules)
  const ruledKo = koRuledMasthead(lines, bodyFrom);
  if (ruledKo) {
    seriesBody = ruledKo.body;
    for (const k of ruledKo.lines) lines[k].furniture = true;
  }
  // A research house's paper by its cover: its name in capitals over the series and number (`CORNICHE ANALYTICS` /
  // `Infrastructure Notes No. 14`), the title, the writers' names alone (`Youssef Trabelsi and Hannah Mbaye`): its
  // publisher and its writers; the two lines over the title and the names' line are no text.
  const paper = paperCover(lines, bodyFrom);
  if (paper) {
    seriesBody ??= paper.body;
    for (const k of paper.lines) lines[k].furniture = true;
  }
  /** A periodical's issue line without a date. */
  let issueNo: string | undefined;
  // The feature an issue's contents name (`3면  특집 ─ 스타게이트 동해 AI 캠퍼스, 무엇이 달라지나`): what the issue is about.
  let feature: string | undefined;
  /**
   * Lines of article text before line k. Counted once up to the furthest line asked and kept: asked of many lines (a
   * long list of short items asks it of each), a count from the top each time was quadratic.
   */
  const proseCounts: number[] = [0];
  const proseBefore = (k: number) => {
    // (a line set wholly in emphasis is a note or a deck, not the story: `*English version. In case of discrepancy, …*`)
    for (let j = bodyFrom + proseCounts.length - 1; j < k; j++)
      proseCounts.push(
        proseCounts[proseCounts.length - 1] +
          (!lines[j].furniture && lines[j].deco !== '*' && lines[j].deco !== '**' && isProseLine(lines[j].t) ? 1 : 0),
      );
    return proseCounts[k - bodyFrom] ?? 0;
  };
  /** Whether the prose above line k is all notes marked `※` (a line of one, or the lines it wraps onto). */
  const onlyNotesBefore = (k: number) => {
    let inNote = false;
    for (let j = bodyFrom; j < k; j++) {
      const t = lines[j].t;
      if (t === '') inNote = false;
      else if (t.charCodeAt(0) === 0x203b) inNote = true;
      else if (!inNote && !lines[j].furniture && isProseLine(t)) return false;
    }
    return true;
  };
  let publication: string | undefined;
  // The publication a newsletter platform's button names on a line of its own (Substack's `Subscribe to Compute
  // Economics`, under a post and again at its end).
  let subscribedTo: string | undefined;
  // The issuer as a release names it above ("News provided by" and the name under it) and below ("SOURCE X").
  let providedBy: string | undefined;
  let afterProvidedBy = false;
  const credits: string[] = [];
  // After "Related articles", "관련 기사", "More from X": the items of the list, until prose comes back.
  let inList = false;
  for (let k = bodyFrom; k < lines.length; k++) {
    const L = lines[k];
    const t = L.t;
    // A list's items stand together: a blank line ends it.
    if (t === '') {
      inList = false;
      continue;
    }
    // An editor's note on the copy at the head (`[English translation]`, `[Excerpt: pages 1-4 …]`): no headline and no
    // text, its paragraph whole.
    // (the note alone on its line is that line; a note going on after its mark, `[발췌본] 본 파일은 … 옮긴 것입니다.`, is its
    // paragraph)
    const note = k < bodyFrom + MASTHEAD_SCAN && c0IsBracket(t) ? COPY_NOTE.exec(t) : null;
    if (note && proseBefore(k) === 0) {
      if (note[0].length >= t.length) {
        L.furniture = true;
        // (more of the note in brackets on the lines right under it: `[도표·사진은 추출되지 않았으며, …]`)
        while (k + 1 < lines.length && c0IsBracket(lines[k + 1].t) && /[\]］]$/.test(lines[k + 1].t.trimEnd()))
          lines[++k].furniture = true;
      } else for (; k < lines.length && lines[k].t !== ''; k++) lines[k].furniture = true;
      continue;
    }
    if (afterProvidedBy) {
      afterProvidedBy = false;
      if (t.length <= 60 && !findDate(t)) {
        providedBy ??= cleanName(t);
        L.furniture = true;
        continue;
      }
    }
    if (pressRelease && t.length <= 80 && /^SOURCE\s+\S/.test(t)) {
      providedBy ??= cleanName(t.slice(7));
      L.furniture = true;
      continue;
    }
    if (tail) {
      L.furniture = true;
      continue;
    }
    // A mailing list's footer (`You are receiving this email because …`, `이 메일은 … 발송됩니다`) after the text: its
    // address, preferences and unsubscribe lines follow, no article text. They are read for what they say of the sender
    // (a copyright line, an address) as before, and left out of the text after.
    if (t.length <= 300 && isMailFooter(t) && proseBefore(k) >= 2) {
      L.furniture = true;
      mailFooterAt ??= k;
      continue;
    }
    if (pressRelease && t.length <= 20 && /^news\s+provided\s+by$/i.test(t)) {
      L.furniture = true;
      afterProvidedBy = true;
      continue;
    }
    if (t.length <= 80 && TAIL_HEADER.test(t.slice(-60))) {
      L.furniture = true;
      tail = true;
      continue;
    }
    if (pressRelease && isAboutHeading(t)) {
      issuer ??= aboutName(t);
      L.furniture = true;
      continue;
    }
    // (whom to contact, with the contact, at the head of a release, before any of its text, is its letterhead's)
    if (
      t.length <= 60 &&
      /^(?:media\s+|press\s+)?contacts?\s*[:：]\s*\S/i.test(t) &&
      pressRelease &&
      proseBefore(k) === 0
    ) {
      L.furniture = true;
      continue;
    }
    if (pressRelease && isAttachmentList(t)) {
      L.furniture = true;
      continue;
    }
    if (t.length <= 60 && isEndHeader(t, pressRelease)) {
      if (pressRelease) issuer ??= aboutName(t) ?? koreanContactIssuer(t);
      L.furniture = true;
      tail = true;
      continue;
    }
    if (t.length <= 200 && COPYRIGHT.test(t)) {
      L.furniture = true;
      const o = findOutlet(t);
      if (o && !copyrightOutlet) copyrightOutlet = o;
      copyrightRaw ??= copyrightName(t);
      copyrightYear ??= /(?:©|ⓒ|\(c\)|copyright)\s*((?:19|20)\d\d)(?!\s*[-–]\s*\d)/i.exec(t)?.[1];
      continue;
    }
    // A periodical's table of contents at its head (`이번 호 차례`, `[이번 호 목차]`, `Contents`): the header and its
    // entries, up to the blank line or rule closing them, are no text and name nothing (the entries repeat the titles
    // of what follows, which the issue prints again over each piece).
    // (the notes at a brief's head, `※ 본 브리프는 … 공식 의견이 아닙니다.`, are no story before it)
    if (t.length <= 30 && TOC_HEADER.test(t) && (proseBefore(k) === 0 || onlyNotesBefore(k))) {
      L.furniture = true;
      for (let j = k + 1; j < lines.length; j++) {
        const u = lines[j].t.trim();
        if (u === '' || /^[-─━=_*·.]{10,}$/.test(u) || u.length > 120 || isProseLine(u)) break;
        lines[j].furniture = true;
        feature ??= FEATURE_ITEM.exec(u)?.[1];
      }
      continue;
    }
    if (isListHeader(t)) {
      L.furniture = true;
      inList = true;
      continue;
    }
    if (inList) {
      // A bracket alone on its line ("[이데일리 김정훈 기자]") is a byline, not a linked headline.
      if (isListItemLine(t) && !isProseLine(t) && !/^[[(][^\])]{2,40}[\])]$/.test(t)) {
        L.furniture = true;
        continue;
      }
      inList = false;
    }
    // Its lead may follow a bracket dateline (`[서울=2025년 11월 20일] 한울전력(대표 이정훈)은 …`).
    // (…or a paragraph's mark, as a public body's release sets each: `□ 남해안경제자유구역청(청장 정유빈)은 …`)
    if (pressRelease && !issuer)
      issuer = koreanReleaseIssuer(t.replace(/^\[[^\]]{2,40}\]\s*/, '').replace(/^[□■○●◎◇◆▶▷ㅇ]\s*/, ''));
    // (…a public body's release under its drawn letterhead opening its first paragraph by its name alone: `□
    // 산업통상부는 10월 14일 …`)
    if (box?.release && !issuer && !bodyIssuerTried && t.charCodeAt(0) === 0x25a1) {
      bodyIssuerTried = true;
      issuer = RELEASE_BODY_SUBJECT.exec(t)?.[1];
    }
    // A Korean release's letterhead (`남해안경제자유구역청      보 도 자 료`, `한국전력공사      배포일시: 2026. 5. 21.(목)
    // 14:00`): its issuer, and the date it was issued.
    // (…or a release an agency mails, its covering note above the release: the release's letterhead under the note)
    const lh = pressRelease && (proseBefore(k) === 0 || (mail && k <= mail.endLine + 12)) ? koLetterhead(t) : undefined;
    if (lh) {
      issuer ??= lh.issuer;
      const d = lh.dated ? parseMetaLine(lh.dated) : undefined;
      if (d) metaLines.push({ k, m: d });
      L.furniture = true;
      continue;
    }
    // Medium's "Published in Desert Compute": the publication a post appears in (its "Writer for …" says it again).
    const inPub = t.length <= 70 ? /^published\s+in\s+(\S.*)$|^블로그\s+카테고리\s?이동\s+(\S.*)$/i.exec(t) : null;
    if (inPub && !findDate(t)) {
      publication ??= cleanName(inPub[1] ?? inPub[2]);
      L.furniture = true;
      continue;
    }
    const subTo = t.length <= 70 ? /^(?:\*\*)?subscribe\s+to\s+(\S[^*]*?)(?:\*\*)?$/i.exec(t) : null;
    if (
      subTo &&
      isNameLike(subTo[1]) &&
      !/^(?:our|my|this|the)\s+(?:newsletter|blog|channel|podcast|list)$/i.test(subTo[1])
    ) {
      subscribedTo ??= subTo[1];
      L.furniture = true;
      continue;
    }
    if (
      isFurnitureLine(t) ||
      isLabelLine(t) ||
      // A filing's exhibit label over the document it files (`Exhibit 99.1`): no name, no text.
      (t.length <= 20 && proseBefore(k) === 0 && /^exhibit\s+\d{1,3}(?:\.\d{1,3})?$/i.test(t)) ||
      isChromeLine(t) ||
      (t.length <= 40 && JOB_TITLE.test(t)) ||
      (pressRelease && (isReleaseContactLine(t) || (isPressReleaseMark(t) && !findDate(t))))
    ) {
      L.furniture = true;
      continue;
    }
    const credit =
      t.length <= 240 && /^\(?\s*(?:additional\s+)?(?:reporting|writing|written|compiled|editing)\s+by\b/i.test(t)
        ? creditLine(t)
        : undefined;
    // A newsletter's editors signing its introduction: "— Marcus Lindqvist and Jen Okafor".
    // Near the top only, and not after a quotation (a pull quote's "— Sam Altman" names its speaker, not a writer).
    const signed =
      t.length <= 80 && k < bodyFrom + 20 && DASH_NAME.test(t) && !afterQuotation(lines, k)
        ? signedNames(t)
        : undefined;
    if (signed) {
      L.furniture = true;
      credits.push(...signed);
      continue;
    }
    if (credit) {
      L.furniture = true;
      credits.push(...credit);
      // Medium's and Substack's "Written by X" after the post: what follows is the writer's profile.
      if (/^written\s+by\b/i.test(t) && proseBefore(k) >= 2) tail = true;
      continue;
    }
    if (
      mayBeFurnitureLine(t) &&
      FURNITURE_LINES.has(
        t
          .toLowerCase()
          .replace(/\s+/g, ' ')
          .replace(/^[-*]\s+/, ''),
      )
    ) {
      L.furniture = true;
      continue;
    }
    // A reporter's e-mail address alone on its line (`herim@heraldcorp.com`) is a byline's, no sentence.
    if (t.length <= 80 && EMAIL_LINE.test(t)) {
      L.furniture = true;
      const o = outletByDomain(t.slice(t.indexOf('@') + 1));
      if (o) metaLines.push({ k, m: { authors: [], emailOutlet: o } });
      continue;
    }
    if (t.length <= 40 && REL_TIME.test(t)) {
      L.furniture = true;
      continue;
    }
    // RELATED_POST and calendar rows have a '|', TABLE_SEP a '--': most lines have neither.
    if (
      t.length <= 300 &&
      (t.includes('|') || t.includes('--')) &&
      (RELATED_POST.test(t) || TABLE_SEP.test(t) || isCalendarRow(t))
    ) {
      L.furniture = true;
      continue;
    }
    const src =
      t.length <= 120 ? /^(?:source|출처|via|originally published (?:in|by)|원문 출처)\s*[:：]\s*(.+)$/i.exec(t) : null;
    if (src) {
      L.furniture = true;
      const raw = src[1].trim();
      const dm = /([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/.exec(raw);
      const o = findOutlet(raw) ?? (dm ? outletByDomain(dm[1]) : undefined);
      // (under a story's text, a digest's `Source: press briefing, Stockholm, Oct. 15.` names where an item came from,
      // not the page's outlet: only a clipper's `Source:` above the text does)
      if (!sourceOutlet && proseBefore(k) === 0) sourceOutlet = { o, raw };
      continue;
    }
    // bracket byline at the start of a paragraph: "[이데일리 김현아 기자] 본문…"
    const c0 = t.charCodeAt(0);
    const br = c0 === 0x5b || c0 === 0x28 ? /^[[(]([^\])\n]{2,40})[\])](?!\()\s*(?:=\s*)?/.exec(t.slice(0, 60)) : null;
    if (br) {
      let m = parseMetaLine(br[1]) ?? parseBracketByline(br[1]);
      if (m) {
        // "(서울=뉴시스) 홍길동 기자 = …": the reporter follows the bracket, and the story follows the "=".
        const wire = m.authors.length ? undefined : wireByline(t.slice(br[0].length));
        if (wire) m = { ...m, authors: wire.authors };
        metaLines.push({ k, m });
        const cut = br[0].length + (wire?.length ?? 0);
        if (cut >= t.length) {
          L.furniture = true;
          continue;
        }
        L.bodyStart = L.ts + cut;
        continue;
      }
    }
    // A research body's name with its paper series over the paper (`Western Grid Institute — Policy Brief No. 26-07`,
    // `# 한국에너지디지털연구원 이슈 브리프`): its publisher, no headline.
    const series = k < bodyFrom + MASTHEAD_SCAN && proseBefore(k) === 0 ? seriesHead(t) : undefined;
    if (series) {
      seriesBody ??= series;
      L.furniture = true;
      continue;
    }
    let m = parseMetaLine(t, L);
    // A date alone on a line set in under a form's field (`Environmental permit (RCA)   : Exempt Resolution …,` /
    // `                                   27-10-2026`): the field's value, not the document's date.
    if (m?.date && !m.authors.length && L.ts - L.start >= 8 && fieldAbove(lines, k)) m = undefined;
    // (…and a table's rows each opening with a date, `13-04-2026   EIA submitted`: its steps' dates)
    if (m?.date && !m.authors.length && /^\d/.test(t) && datedRowBeside(lines, k)) m = undefined;
    // (…and a date ending a sentence wrapped from the line right above, `… held on` / `07.05.2026.`: the sentence's)
    if (m?.date && !m.authors.length && k > 0 && DATE_GOES_ON.test(lines[k - 1].t)) m = undefined;
    // A Korean public body's report names the body alone on the line over its writers' (`국회입법조사처` over
    // `경제산업조사실 산업자원팀 입법조사관 한지민`): its publisher.
    if (m?.unitPost && !seriesBody) {
      let j = k - 1;
      while (j >= bodyFrom && (lines[j].t === '' || metaLines.some((x) => x.k === j && x.m.unitPost))) j--;
      const body = j >= bodyFrom ? lines[j].t.trim() : '';
      if (/^[가-힣]{2,16}(?:처|원|청|부|위원회|연구소|연구원|공사|공단|재단|협회|은행)$/.test(body)) {
        seriesBody = body;
        lines[j].furniture = true;
      }
    }
    // "Sam Altman · January 21, 2025" in a timeline under the story's first paragraph is the story's.
    if (m && !(m.bare && proseBefore(k) > 0)) {
      metaLines.push({ k, m });
      L.furniture = true;
      continue;
    }
    // A note on the translation at a document's head (`Unofficial English translation. Only the French and Arabic
    // versions … are authentic.`, `Courtesy English translation … In case of discrepancy the Spanish text prevails.`):
    // the translator's, no headline and no text, its paragraph whole.
    if (k < bodyFrom + MASTHEAD_SCAN && t.length <= 240 && TRANSLATION_NOTE.test(t) && proseBefore(k) === 0) {
      for (; k < lines.length && lines[k].t !== ''; k++) lines[k].furniture = true;
      continue;
    }
    // A wire's service line over its story (`PRENSA AUSTRAL NOTICIAS (PAN) -- ENGLISH SERVICE`) and the story's slug
    // (`=CHILE-STARGATE/ (TRANSLATED) (PICTURE)`): the wire's, no headline and no text.
    if (
      k < bodyFrom + MASTHEAD_SCAN &&
      t.length <= 120 &&
      proseBefore(k) === 0 &&
      (WIRE_SERVICE.test(t) || WIRE_SLUG.test(t))
    ) {
      L.furniture = true;
      continue;
    }
    // A wire terminal's head over its story (its transmission line, its fields, its service and story number: wireHead):
    // the wire's, no headline and no text; the day it was sent gives the dateline's day its year.
    if (k < bodyFrom + MASTHEAD_SCAN && t.length <= 160 && proseBefore(k) === 0) {
      const w = wireHead(t);
      // (its fields only under its transmission or story line: a form's `Priority: 2 - …` is the form's)
      if (w && (w.sent || w.service || wireSent || wireService)) {
        L.furniture = true;
        if (w.sent) wireSent ??= w.sent;
        if (w.service) wireService ??= w.service;
        continue;
      }
    }
    // Whom a bulletin or a memo goes to, at its head (`Distribution: all members, …`, `To: Board members`, `수신: 각
    // 지부장`): its address, no headline and no text.
    if (k < bodyFrom + MASTHEAD_SCAN && proseBefore(k) === 0 && t.length <= 160 && ADDRESSEES.test(t)) {
      L.furniture = true;
      continue;
    }
    // A periodical's issue line near the top, with no date (`Issue #57 · Weekly notes on …`): masthead, no text.
    // Above the story only ("No. 3 · Abilene" in a ranking further down is the story's).
    const iss = k < bodyFrom + MASTHEAD_SCAN * 2 ? issueLine(t) : undefined;
    if (iss && proseBefore(k) === 0) {
      issueNo ??= iss;
      L.furniture = true;
      continue;
    }
    // The line a record of a meeting opens with ("14th meeting, 3 March 2026, Winnipeg — Summary record"): its date.
    // Under a record's title, its labelled line of when the meeting was held (`일시: 2026년 2월 24일(화) 오전 10시`).
    const met =
      k < bodyFrom + MASTHEAD_SCAN && hasMark(L, MARK.DIGIT)
        ? (meetingLine(t) ?? (recordTitleAbove(lines, bodyFrom, k) ? meetingDateLabelLine(t) : undefined))
        : undefined;
    if (met && proseBefore(k) === 0) {
      metaLines.push({ k, m: { authors: [], date: met, dateLabel: 'meeting' } });
      L.furniture = true;
      continue;
    }
    // A statement's place and date on a line of their own under its title (`**Casper, Wyoming — June 2, 2026**`).
    const placed = k < bodyFrom + MASTHEAD_SCAN && hasMark(L, MARK.DIGIT) ? placeDateLine(t) : undefined;
    if (placed && proseBefore(k) === 0) {
      metaLines.push({ k, m: { authors: [], date: placed, dateLabel: 'published' } });
      L.furniture = true;
      continue;
    }
    // A line of fields above the text, one of them the date (`우진중전기          2026.08.19`, `KTN 뉴스9 | 2026년 10월
    // 14일(수) | 경제 | 보도국 방송원고`): the document's date; the line is its head, no headline. On the first line, a name
    // set beside the date alone is the issuer's (a filing's company, a letter's sender), as a letterhead gives it.
    // (a date has its digits)
    // (a table's rows each opening with a date, `13-04-2026   EIA submitted`, are its steps' dates: no head line)
    const fielded =
      !m && k < bodyFrom + MASTHEAD_SCAN && hasMark(L, MARK.DIGIT) && proseBefore(k) === 0 && !datedRowBeside(lines, k)
        ? headFieldsDate(t)
        : undefined;
    if (fielded) {
      metaLines.push({ k, m: { authors: [], date: fielded.date, dateLabel: 'published' } });
      // (…its unit beside it, `가람투자증권 | 리서치센터`, is the issuer's desk: the issuer is the name)
      const named = fielded.fields.filter((f, i) => i === 0 || !isFirmUnit(f));
      if (named.length === 1 && substantiveBefore(lines, bodyFrom, k) === 0 && orgName(named[0])) topName = named[0];
      L.furniture = true;
      continue;
    }
    // …or the issuer and what the document is (`대한기업평가          Credit Rating Opinion`): the issuer's, no headline.
    const kindTop =
      !m && !topName && k < bodyFrom + MASTHEAD_SCAN && t.includes('   ') && substantiveBefore(lines, bodyFrom, k) === 0
        ? issuerAndKind(t)
        : undefined;
    if (kindTop && orgName(kindTop)) {
      topName = kindTop;
      L.furniture = true;
      continue;
    }
    // tag lists at the top: runs of short list items before the first prose line
    if (k < firstProse && isListItem(t) && t.length <= 40 && !endsLikeSentence(t)) {
      if (runStart < 0) runStart = k;
    } else runStart = -1;
  }
  if (mailFooterAt !== undefined) for (let k = mailFooterAt + 1; k < lines.length; k++) lines[k].furniture = true;
  // tag runs (≥3 items) before the first prose
  {
    let s = -1;
    for (let k = bodyFrom; k <= Math.min(firstProse, lines.length); k++) {
      const L = lines[k];
      const isTag =
        !!L && k < firstProse && L.t !== '' && isListItem(L.t) && L.t.length <= 40 && !endsLikeSentence(L.t);
      if (isTag) {
        if (s < 0) s = k;
        continue;
      }
      if (L && L.t === '' && s >= 0) continue;
      if (s >= 0 && k - s >= 3) for (let q = s; q < k; q++) lines[q].furniture = true;
      s = -1;
    }
  }
  void runStart;

  // --- duplicated paragraphs: captions repeated → drop all; other repeats → keep the first
  // Lines are bucketed by a number that equal keys share; only lines sharing a bucket are keyed and compared
  // whole, so most lines are neither scanned for whitespace to fold nor hashed whole.
  const buckets = new Map<number, number[]>();
  for (let k = bodyFrom; k < lines.length; k++) {
    const L = lines[k];
    if (L.furniture || L.t.length < 10) continue;
    const b = repeatBucket(L.t);
    const arr = buckets.get(b);
    if (arr) arr.push(k);
    else buckets.set(b, [k]);
  }
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const seen = new Map<string, number[]>();
    for (const k of bucket) {
      const key = repeatKey(lines[k].t);
      const arr = seen.get(key);
      if (arr) arr.push(k);
      else seen.set(key, [k]);
    }
    for (const [key, ks] of seen) {
      if (ks.length < 2) continue;
      if (CAPTION.test(key.length > 400 ? key.slice(0, 200) + key.slice(-200) : key))
        for (const k of ks) lines[k].furniture = true;
      else for (const k of ks.slice(1)) lines[k].furniture = true;
    }
  }

  // A notice's salutation at its head (a listed company's `To whom it may concern`, `To our shareholders`, `Dear
  // Shareholders,`): whom it is addressed to, no headline and no text.
  for (let k = bodyFrom, seen = 0; k < lines.length && seen < 12; k++) {
    const L = lines[k];
    if (L.furniture || L.t === '') continue;
    seen++;
    if (SALUTATION.test(L.t)) L.furniture = true;
  }
  // A body's name on a line of its own over its document's title (an office's letterhead line over a fact sheet, a
  // union's name over its statement): the issuer, no headline.
  // A Korean statement under its body's letterhead drawn as a box (`┏━━┓`, the body's name, address and numbers), its
  // document fields (`문서번호 :`, `시    행 :`, `수    신 :`) and its kind letter-spaced (`성      명`): all its head, no
  // text and no headline; the headline is the line under the kind.
  const statementHead = koBoxedStatementHead(lines, bodyFrom);
  if (statementHead) for (const k of statementHead) lines[k].furniture = true;
  // An institution's periodical under its masthead (an embassy's newsletter): the institution's, the periodical its title.
  const periodicalOf = institutionPeriodical(lines, bodyFrom);
  if (periodicalOf) for (const k of periodicalOf.lines) lines[k].furniture = true;
  const above = issuerAbove(lines, bodyFrom) ?? ministryUnderState(lines, bodyFrom) ?? ruledLetterhead(lines, bodyFrom);
  if (above) for (const k of above.lines) lines[k].furniture = true;
  // A lawmaker's office's release: its letterhead names the lawmaker (`국회의원 한지우 (전북 군산·김제·부안갑)`) and the
  // committee: the office's, no headline.
  const office = pressRelease && !above ? lawmakerOffice(lines, bodyFrom) : undefined;
  if (office) for (const k of office.lines) lines[k].furniture = true;
  // A Markdown document's letterhead over its first heading (`**Tsukishima Heavy Electric Co., Ltd.**`, a securities
  // code, a date, a note on the translation, then `# Notice Concerning …`): the issuer, no headline, no text.
  const mdHead = markdown && !above ? letterheadOverHeading(lines, bodyFrom) : undefined;
  if (mdHead) for (const k of mdHead.lines) lines[k].furniture = true;
  // A release's letterhead: the issuer in capitals with its legal form over the headline (`CASCADE RIDGE ENERGY,
  // INC.` on an 8-K's exhibit), the name as the issuer writes itself.
  const letterhead = pressRelease ? releaseLetterhead(lines, bodyFrom) : undefined;
  if (letterhead !== undefined) lines[letterhead].furniture = true;
  // A company's name in capitals with its legal form alone over a document's title (a report's cover, `LANDSAFL HF.` over
  // `Condensed Consolidated Interim Financial Statements`): the company's, named as its text writes it; no headline.
  const companyHead = pressRelease ? undefined : companyOverTitle(lines, bodyFrom);
  if (companyHead) lines[companyHead.line].furniture = true;
  // (…or its name over its statutory particulars, a listed company's announcement: `(Incorporated in …)`, share code)
  const incorporated = companyHead ? undefined : incorporatedCompany(lines, bodyFrom);
  if (incorporated) for (const k of incorporated.lines) lines[k].furniture = true;
  // --- title, blog name
  let title: string | undefined;
  // A regulator's or court's order: its caption names the body, its title in capitals is the headline.
  const official = readOfficialDocument(lines, bodyFrom);
  if (official) title = official.title ?? (cleanTitle(lines[official.titleLine].t) || undefined);
  // A minister's speech, its heading in capitals over paragraphs (`SPEECH BY THE HONOURABLE …,` / `AT THE …`): the
  // heading, its speaker the author.
  const speech = official ? undefined : readSpeechHeading(lines, bodyFrom);
  if (speech) {
    title = speech.title;
    for (const k of speech.lines) lines[k].furniture = true;
  }
  // A post on a public body's board, its head in labelled rows (`제목`, `발언의원`, `발언일자`): the title row's.
  const board = official ? undefined : readKoBoardView(lines, bodyFrom);
  if (board) {
    title = cleanTitle(board.title) || undefined;
    for (const k of board.lines) lines[k].furniture = true;
  }
  // A members' periodical's masthead between rules (`전북건설노동자연대 소식지      현  장` over its issue line): the body's.
  const koMast = official || board ? undefined : readKoRuledMasthead(lines, bodyFrom);
  if (koMast) for (const k of koMast.lines) lines[k].furniture = true;
  // A document's particulars under its title (`Proponent: …`, `사업자: …`), or above it (a listed company's notice:
  // `Company name: …`, `Representative: …`, `Contact: …`, set to the right): its issuer, no article text, no headline.
  const particulars = official ? undefined : readParticulars(lines, bodyFrom);
  // A government's order in its own form: the government's.
  const government = official ? undefined : governmentHead(lines, bodyFrom);
  if (government) lines[government.line].furniture = true;
  // A public agency's name with its initials and its government at a document's head (`AGENCIA DE EVALUACIÓN AMBIENTAL
  // (AEA) -- GOBIERNO DE CHILE`): the agency's, named as its text writes it.
  const headAt = lines.findIndex((L, k) => k >= bodyFrom && L.t !== '');
  const agencyLine = !official && !government && headAt >= 0 ? AGENCY_HEAD.exec(lines[headAt].t) : null;
  // (…or its name in capitals with its initials or what it is after a dash, its address or site on the line under it:
  // `CORPORACIÓN AUTÓNOMA REGIONAL DE LAS CUENCAS DEL ORIENTE ANTIOQUEÑO — CORCOA`, `CALIFICADORA ANDINA DE RIESGO S.A. —
  // SOCIEDAD CALIFICADORA DE VALORES`: the name as its text writes it, else cased as a name, its initials after it)
  const dashed = !official && !government && !agencyLine && headAt >= 0 ? dashedLetterhead(lines, headAt) : undefined;
  const agency = agencyLine ? spelledInText(agencyLine[1].trim(), lines) : dashed;
  if (agencyLine) lines[headAt].furniture = true;
  // (its address, site and the office's lines under it, to the blank line)
  if (dashed)
    for (let k = headAt; k < lines.length && k < headAt + 5 && lines[k].t !== ''; k++) lines[k].furniture = true;
  const dashedDoc = dashed ? letterheadDocument(lines, headAt, dashed) : undefined;
  if (dashedDoc) {
    for (const k of dashedDoc.head) lines[k].furniture = true;
    if (dashedDoc.date)
      metaLines.push({ k: dashedDoc.dateLine!, m: { authors: [], date: dashedDoc.date, dateLabel: 'published' } });
  }
  if (particulars) for (const k of particulars.lines) lines[k].furniture = true;
  let blogName: string | undefined;
  const substantive = () => lines.findIndex((L, k) => k >= bodyFrom && !L.furniture && L.t !== '');
  for (let k = bodyFrom; k < lines.length; k++) {
    const L = lines[k];
    if (L.furniture || L.t === '') continue;
    if (/\s본문$/.test(L.t) && L.t.length <= 160) {
      // tistory: "<blog name>\n<title> 본문"
      title = cleanTitle(L.t);
      L.bodyEnd = L.bodyStart + L.t.replace(/\s+본문$/, '').length;
      for (let p = k - 1; p >= bodyFrom; p--) {
        const P = lines[p];
        if (P.furniture || P.t === '') continue;
        if (P.t.length <= 40 && !endsLikeSentence(P.t) && !isListItem(P.t)) {
          blogName = P.t;
          P.furniture = true;
        }
        break;
      }
      break;
    }
    if (k > bodyFrom + 60) break;
  }
  // --- the masthead: site name, menus and crumbs above the headline; a wire's dateline opening the story
  // A date line that numbers an issue (`Issue #112 — Tuesday, February 3, 2026`) says this is a periodical's.
  const issue = metaLines.find((x) => x.m.issue && x.k < bodyFrom + MASTHEAD_SCAN * 2)?.m.issue ?? issueNo;
  const head = title ? undefined : readMasthead(lines, bodyFrom, !!issue);
  // (a story under a wire terminal's head is wrapped at the terminal's width: its dateline's line may be short)
  const dateline = readDateline(lines, bodyFrom, !!wireSent);
  // A Markdown page's banner over its title: the site's name in emphasis, with its tagline after a dot or a bar
  // (`**CallScript** · Earnings Call Transcripts`), alone above the page's first heading of the first level: the
  // heading is the title; the name is the site's, its outlet when the page names it again (its copyright's owner, its
  // notes).
  const mdBanner = markdown && !title && !official ? bannerOverHeading(lines, bodyFrom) : undefined;
  if (mdBanner) {
    lines[mdBanner.line].furniture = true;
    if (mdBanner.kicker !== undefined) lines[mdBanner.kicker].furniture = true;
    if (mdBanner.crumb !== undefined) lines[mdBanner.crumb].furniture = true;
  }
  // A banner in pieces over a Markdown document's heading (a series' or a proceedings' line): the heading is the title.
  const pieced = markdown && !title && !official && !mdBanner ? piecesOverHeading(lines, bodyFrom) : undefined;
  if (pieced) {
    title = cleanTitle(lines[pieced.heading].t.replace(/^\[[^\]]{1,16}\]\s*/, '')) || undefined;
    if (pieced.date)
      metaLines.push({ k: pieced.banner[0], m: { authors: [], date: pieced.date, dateLabel: 'published' } });
    if (pieced.authors) {
      lines[pieced.authors.line].furniture = true;
      metaLines.push({ k: pieced.authors.line, m: { authors: pieced.authors.names } });
    }
  }
  let fk = substantive();
  // (a note at the head, `※ 본 브리프는 … 번역·요약한 것으로 …`, `※ 환율: …`, with its wrapped lines: no headline)
  while (fk >= 0 && lines[fk].t.charCodeAt(0) === 0x203b) {
    let j = fk + 1;
    while (j < lines.length && (lines[j].furniture || (lines[j].t !== '' && lines[j].t.charCodeAt(0) !== 0x203b))) j++;
    while (j < lines.length && (lines[j].furniture || lines[j].t === '')) j++;
    fk = j < lines.length ? j : -1;
  }
  // A Korean document's kind letter-spaced over its title (`투  자  협  약  서` / `익산시 ‧ 왕궁모듈러주식회사 ‧ 신규 공장 투자`): the
  // kind closed up, the line under it after a colon. (The spaced line may be set aside already, as a heading's is.)
  if (!title && fk >= 0) {
    let p = fk - 1;
    while (p >= bodyFrom && lines[p].t === '') p--;
    const spaced = (t: string) => /^[가-힣](?:\s+[가-힣]){2,9}$/.test(t.trim());
    const u = lines[fk].t.trim();
    const sub = u.length <= 80 && !isProseLine(u) && !/[.!?。다]$/.test(u) && isHeadlineLike(u);
    if (p >= bodyFrom && spaced(lines[p].t) && sub) {
      title = `${lines[p].t.replace(/\s+/g, '')}: ${u}`;
      lines[p].furniture = true;
      lines[fk].furniture = true;
    }
  }
  // An issue without a title of its own is called by the periodical's name and its number ("The Rack Report — Issue #112").
  if (!title && issue && head?.site && !head.headline) title = `${head.site} — ${issue}`;
  // (a portal's crumb, `Material Information of Listed Companies  >  Announcement details`, is where the page sits: no
  // headline)
  if (!title && fk >= 0 && (isHeadlineLike(lines[fk].t) || longTitle(lines[fk].t)) && !CRUMB_LINE.test(lines[fk].t))
    title = cleanTitle(centredTitle(lines, fk)) || undefined;
  // A casebook's chapter copied alone (its case, `사례 09`, over its title): the chapter's title, not the book's name its
  // running head gives over it.
  const chapter = official || clip || mail || onAirHead ? undefined : chapterTitle(lines, bodyFrom);
  if (chapter) title = chapter;
  // (…a members' periodical whose issue opens on a numbered section, `1. 회원사 수주 소식`, is called by its name and number)
  // (…or on its first item's sentence: no title of its own either)
  // A periodical's issue whose contents name its feature: the feature's title.
  if (koMast && feature) title = feature;
  // (…a numbered section in roman numerals too: `Ⅰ. 이달의 초점 – …`)
  if (
    koMast?.issueName &&
    (!title ||
      /^(?:\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4})[.)]\s/.test(title) ||
      /[.!?。]$/.test(title) ||
      isProseLine(title) ||
      // (…or on a bulleted item, `○ 10월 총 물동량은 …`)
      /^[○ㅇ□■●◦▪•]\s/.test(title) ||
      // (…or on a section's label alone in brackets, `【 조합장 인사 】`)
      /^[【[]\s?[^【】[\]]{1,20}\s?[】\]]$/.test(title))
  )
    title = koMast.issueName;
  let coverPair: { en: string; ko: string } | undefined;
  // A Korean document's cover with its title in English over its title in Korean (`DAON COOLTECH SUSTAINABILITY REPORT
  // 2026` / `다온쿨텍 2026 지속가능경영보고서`): the title in the document's language.
  if (title && fk >= 0 && !official && !/[가-힣]/.test(lines[fk].t) && koreanBelow(lines, fk)) {
    const u = fk + 1 < lines.length && !lines[fk + 1].furniture ? lines[fk + 1].t : '';
    if (u && u.length <= 120 && /^[가-힣]/.test(u) && isHeadlineLike(u) && !isProseLine(u) && !/[.!?。]$/.test(u)) {
      coverPair = { en: lines[fk].t, ko: u };
      title = cleanTitle(u) || title;
      lines[fk].furniture = true;
    }
  }
  // A company note's company with its stock code on a line of its own over the note's title (`금강중전기 (298650)` /
  // `인도가 열어준 두 번째 성장판`): the title is the headline, the company line the note's subject.
  if (title && fk >= 0 && !official && STOCK_CODE_LINE.test(title)) {
    let j = fk + 1;
    while (j < lines.length && j <= fk + 2 && lines[j].t === '') j++;
    const u = j < lines.length && !lines[j].furniture ? lines[j].t : '';
    if (u && u.length <= 120 && isHeadlineLike(u) && !isProseLine(u) && !/[.!?。]$/.test(u)) {
      title = cleanTitle(u) || title;
      lines[fk].furniture = true;
    }
  }
  // A podcast's show line over its episode's title (`THE LOAD FACTOR — Episode 88` / `"Stargate goes east: …"`): the
  // episode's title is the headline, the show line names the show.
  const showLine = title && fk >= 0 && !official ? title : undefined;
  // (…or on the one line, `항구경제 라디오 EP.87 - 여수 엔진이 …를 지킨다 (녹음본)`: the show before the number, the title
  // after it, without the recorder's note on the copy)
  // (read so only on a recording app's export: the note on its title, or its date line with the recording's length;
  // a show's own page keeps its heading whole, `Gridside — Episode 57: "Heat is the new export"`)
  const inLineMatch = showLine && fk >= 0 ? EPISODE_IN_LINE.exec(lines[fk].t.trim()) : null;
  const recording = fk >= 0 && (!!inLineMatch?.[3] || recordingLine(lines, fk + 1));
  const inLine = recording ? inLineMatch : null;
  const episode = showLine
    ? (episodeTitle(lines, fk) ?? (inLine ? cleanTitle(inLine[2]) || undefined : undefined))
    : undefined;
  if (episode) title = episode;

  // A legislature's record of its committee's meeting: the heading names both, a line numbering the meeting dates it.
  const meetingAt = metaLines.find((x) => x.m.dateLabel === 'meeting')?.k;
  const legislature =
    official || fk < 0
      ? undefined
      : ((meetingAt !== undefined && fk < meetingAt ? recordLegislature(lines[fk].t) : undefined) ??
        sessionLegislature(lines, bodyFrom, fk));
  // …and its cover's lines its title (`제312회 영광군의회(임시회)` / `본 회 의 회 의 록` / `제 2 호`).
  const cover = legislature && !title?.includes('회의록') ? sessionRecordTitle(lines, bodyFrom, fk) : undefined;
  if (cover) {
    title = cover.title;
    for (const k of cover.lines) lines[k].furniture = true;
  }
  // A periodical's heading with its issue's number ("Watts & Wafers — Issue #58"): its name.
  const issueHead = episode ? issueHeadingName(showLine!) : title ? issueHeadingName(title) : undefined;
  // (its first heading may have been read as the masthead's site name: the first line as written, when it is a
  // heading of the first level; a periodical's masthead line, `Harbor Research Weekly`, is no firm's note)
  const firstLine = lines.findIndex((L, k) => k >= bodyFrom && L.t !== '');
  const noteFirm =
    firstLine >= 0 && (firstLine === fk || lines[firstLine].level === 1)
      ? noteHeadingFirm(lines[firstLine].t)
      : undefined;
  const showName =
    issueHead && fk >= 0 && /\s(?:[—–:|·-]\s*)?(?:episode|ep\.)\s*#?\s*\d/i.test(lines[fk].t) ? issueHead : undefined;
  // A company's call transcript headed by the company, the period and the call's date.
  const callLines = !official && fk >= 0 ? callHeadingLines(lines, fk) : undefined;
  const call = callLines ?? (!official && fk >= 0 ? callHeading(lines[fk].t) : undefined);
  if (callLines) title = callLines.title;
  // (…or by its title alone, its date on a line of its own: the company holding it)
  // (a transcript, `… 컨퍼런스콜 녹취록`, `… Earnings Call Transcript`, is the company's where its head says the company's
  // own site posts it, `게시 : 가온전력전자 IR 홈페이지`; a transcript service's copy names no publisher)
  const calledTitle =
    !call && !official && title && fk >= 0 && CALL_TITLE_END.test(title) ? callTitle(title)?.company : undefined;
  const calledBy =
    calledTitle && (!TRANSCRIPT_END.test(title!) || postedByOwnSite(calledTitle, lines, bodyFrom))
      ? calledTitle
      : undefined;
  // A post whose byline names its writer as the officer of an organisation (`By Aiko Brennan, CEO, Lumen Racks`), above
  // the post: the organisation's, when nothing else names a publisher.
  const affiliation = markdown
    ? metaLines.find((x) => x.m.affiliation && proseBefore(x.k) === 0)?.m.affiliation
    : undefined;

  // A talk's slides exported as an outline: its head names the presenter, the organisation and the event's date.
  const deck = markdown ? slideDeckHead(lines, bodyFrom) : undefined;
  if (deck) for (const k of deck.lines) lines[k].furniture = true;
  const signedBy = koreanSignature(lines, bodyFrom);
  // (a Korean body's internal report: its date and office set to the right under its title, its 담당 named)
  const reportOffice = fm || mail || clip ? undefined : readKoReportOffice(lines, bodyFrom);
  // A newsletter's or blog's footer saying what it is ("Rack Density is an independent newsletter on …"): its name.
  const selfNamed = readSelfDescription(lines, bodyFrom);
  if (selfNamed) lines[selfNamed.line].furniture = true;

  const barName = title && fk >= 0 ? nameBeforeBar(title, lines, fk) : undefined;

  // A plain-text periodical's banner between rules: its name, the body issuing it.
  const banner = markdown || fm || mail ? undefined : readRuledBanner(lines, bodyFrom);
  if (banner) seriesBody ??= banner.body;
  // A filing's title in capitals under its particulars (`File no.: …`, `Filed: …`): the headline, not the filer's
  // department line above them (`Direction — Affaires réglementaires / Regulatory Affairs`).
  const filing = markdown || fm || mail ? undefined : readFilingTitle(lines, bodyFrom);
  // --- metadata
  const fields = fm?.fields ?? {};
  // (a blog's front matter copies its post's title whole, the rubric's label too: `"[뉴스 정리] …"`)
  const fmTitleAsWritten = first(fields.title);
  const fmTitle = fmTitleAsWritten && withoutKoKicker(fmTitleAsWritten);
  if (mail?.subject) title = printedSubject(lines, mail.endLine + 1, cleanTitle(mail.subject) || mail.subject);
  // (…but a monitoring service's mail carrying one clipped article, its item's head `[1] 충청내륙일보 | 2026.07.09 05:40
  // | 경제 | 정다은 기자 | …` over the article's headline: the article's headline, not the report's subject)
  const clipped = mail ? clippedItemHeadline(lines, mail.endLine + 1) : undefined;
  if (clipped) title = clipped;
  else if (onAirHead) title = onAirHead.title;
  else if (!fm && !clip)
    title = readFormSubject(lines, bodyFrom) ?? banner?.title ?? (official ? undefined : filing?.title) ?? title;
  if (clip?.title) title = cleanTitle(clip.title) || title;
  // (a board's posting copied with its crumb and its own title on one line, `[부안군청 > … > 공지사항]  2026년 11월 …
  // 자료`: the posting's title)
  else if (copyBanner?.title && !fm && !mail) title = copyBanner.title;
  if (dashedDoc?.title) title = dashedDoc.title;
  if (periodicalOf) title = periodicalOf.title;
  if (fmTitle) title = fmTitle;
  // A picture agency's caption file (its service's name, `CAPTION FILE`, then the package's fields, `Slug: …`,
  // `Photographer: …`, then the numbered captions) has no headline: its slug names the package, no story.
  // A firm's note named after the firm (`# 동서울투자증권 Morning Brief`) titles its day under a heading of its own
  // (`## 오늘의 이슈: 스타게이트 아시아, …`, `## Today's theme: …`): that is its headline, the heading its product's name.
  if (noteFirm) {
    for (let k = firstLine + 1; k < lines.length; k++) {
      const m = lines[k].level ? DAY_THEME.exec(lines[k].t) : null;
      if (m) {
        title = m[1].trim();
        break;
      }
    }
  }
  // (a document read by its own head: no front matter, clipper's or mail's headers, transcript's fields or order's caption)
  const ownHead = !fm && !clip && !mail && !onAirHead && !official;
  // A legislature's record of its debates: its first item's title, not its session's line.
  const debated = ownHead ? debatesItemTitle(lines, bodyFrom) : undefined;
  if (debated) title = debated.title;
  // A document's title drawn in a box as its cover.
  else if (box?.title && ownHead) title = box.title;
  // A forum's proceedings: the paper's title under its mark.
  const forum = ownHead && !debated ? forumPaper(lines, bodyFrom) : undefined;
  // (its mark and presenter lines stay in the body: set apart, they tipped the proceedings' hard-wrap reading, which
  // counts the body's line widths, and each wrapped line became a sentence of its own)
  if (forum?.title) title = forum.title;
  // A project's summary giving its particulars as a form's fields: its `Project title:` field.
  const projectTitle = ownHead && !debated ? readProjectTitle(lines, bodyFrom) : undefined;
  if (projectTitle) title = projectTitle;
  // A report's cover in capitals: the project's name and the document's title. (Its capitals may read as an order's
  // caption and title, `NORTHFIELD DIGITAL LTD` over `NORTHFIELD AI CAMPUS, …`: its particulars, `Document No.:`,
  // `Revision:`, say it is a report's.)
  const reportCover =
    (ownHead || (official && !fm && !clip && !mail)) && !projectTitle && !debated && !markdown
      ? reportCoverTitle(lines, bodyFrom)
      : undefined;
  if (reportCover) title = reportCover.title;
  // An investor event's slides as text: the event's name on the cover, the company with its listing.
  const eventSlides = ownHead && !debated && !reportCover && !forum ? eventCover(lines, bodyFrom) : undefined;
  if (eventSlides) title = eventSlides.title;
  // A bilingual release in sections marked by their language (`RO` then `EN`, each between rules, each with its
  // headline): the English section's headline, the language the checker reads.
  const enSection = fm || mail || clip || official ? undefined : languageSectionTitle(lines, bodyFrom);
  if (enSection) title = enSection;
  if (carried && title?.startsWith(carried + ': ')) title = title.slice(carried.length + 2).trim() || title;
  // (…nor a chat's export, its lines messages)
  const noHeadline = clip?.untitled || captionFile(lines, bodyFrom);
  // (a government's document under its state's line, its title in capitals, `STATEMENT ON CABINET RESOLUTIONS OF
  // 19/08/2026`: the title as a headline writes it)
  // (…but a letter's subject line, `RE: REQUEST FOR INFORMATION …`, stays as the letter types it)
  if (
    above &&
    'state' in above &&
    title &&
    !official?.subjectLine &&
    !/\p{Ll}/u.test(title) &&
    /\p{Lu}{3}/u.test(title)
  )
    title = headlineCased(title);
  meta.title = noHeadline ? undefined : title;

  // (a faxed release names its issuer nowhere else: the sender the fax line gives)
  if ((pressRelease || box?.release) && !issuer && faxSender) issuer = faxSender;
  // A site or blog named with its section ("site: Tidewater Grid — Engineering Blog") is named by what stands before it.
  const fmSite = first(fields.site ?? fields.publication ?? fields.blog);
  const fmOutlet =
    first(fields.outlet ?? fields.publisher ?? fields.source) ??
    (fmSite && !/^https?:/i.test(fmSite) ? fmSite.split(/\s+[-–—|]\s+/)[0].trim() || undefined : fmSite);
  let outlet: { o?: OutletEntry; raw?: string; kind?: 'news' | 'blog' } | undefined;
  // A clipper's `source:` is often the article's address: the outlet is then the site the address names, as the text
  // writes its name (or an outlet the table knows by that domain).
  // (…and so is a note app's raw note's `source_url:` among the properties it keeps under the note: see noteProperties)
  const noteHost = !fm && !clip ? noteProperties(lines)?.host : undefined;
  const fmUrl = (fmOutlet && /^https?:\/\/([^/:?#]+)/i.exec(fmOutlet)?.[1]) || noteHost;
  const siteLabel = fmUrl ? domainLabel(fmUrl) : clip?.domain;
  const byAddress = fmUrl ? outletByDomain(fmUrl) : undefined;
  const addressName = siteLabel && !byAddress ? nameForDomain(siteLabel, lines) : undefined;
  if (fmOutlet && !fmUrl) outlet = { o: findOutlet(fmOutlet) ?? exactOutlet(fmOutlet), raw: fmOutlet };
  else if (byAddress) outlet = { o: byAddress };
  else if (noteHost && addressName) outlet = { raw: addressName };
  else if (clip?.outlet) outlet = { o: findOutlet(clip.outlet) ?? exactOutlet(clip.outlet), raw: clip.outlet };
  else if (sourceOutlet) outlet = { o: sourceOutlet.o, raw: sourceOutlet.raw };
  else {
    const email = metaLines.find((x) => x.m.emailOutlet)?.m.emailOutlet;
    const byl = metaLines.find((x) => x.m.outlet)?.m.outlet;
    const raw = metaLines.find((x) => x.m.outletRaw)?.m.outletRaw;
    const wire = dateline?.outlet ? (findOutlet(dateline.outlet) ?? exactOutlet(dateline.outlet)) : undefined;
    // A name the page writes in two places (its masthead and its footer, dateline or byline) is its outlet;
    // a masthead name alone only above menus or crumbs, or as a higher heading than the headline.
    const named = [raw, dateline?.outlet, copyrightRaw, issuer ?? providedBy, selfNamed?.name].filter(
      (x): x is string => !!x,
    );
    // In a press release, the name standing above the headline is its issuer's (a ministry, a company); a
    // reporter's e-mail address at the domain the name spells is a second place too ("한빛데일리", jiho@hanbitdaily…).
    const site =
      head?.site &&
      (head.chrome ||
        pressRelease ||
        named.some((n) => sameOutlet(head.site!, n) || ownService(head.site!, n)) ||
        // (a paper's name in Hangul says what it is by its last word: `한누리일보`, `새한경제신문`)
        /^[가-힣]{2,10}(?:일보|신문)$/.test(head.site) ||
        mailDomains(lines).some((d) => nameSpelledByDomain(head.site!, d)))
        ? head.site
        : undefined;
    // The sender of a newsletter, when its footer names it too ("you subscribed to The Data Center Brief").
    // …or whose address is at the domain its name spells (`Grid & Compute <hello@gridandcompute.news>`).
    const mailSender =
      mail?.from &&
      (mail.fromUnit ||
        (mail.fromDomain && !looksLikePersonName(mail.from) && nameSpelledByDomain(mail.from, mail.fromDomain)) ||
        lines.some((L, k) => k > mail.endLine && mentionsSender(L.t, mail.from!)))
        ? mail.from
        : undefined;
    const formIssuer = fm || mail ? undefined : readFormIssuer(lines, bodyFrom);
    let govCrumb: string | undefined;
    // (the crumb over a board's posting row is read with the banner as furniture: its government's still)
    for (let k = copyBanner ? bannerFrom : bodyFrom, seen = 0; k < lines.length && seen < 3 && !govCrumb; k++) {
      if (lines[k].t === '' || /^<!--/.test(lines[k].t)) continue;
      seen++;
      const c = lines[k].t.length <= 160 ? crumbSite(withoutEmphasis(lines[k].t)) : undefined;
      // (…or its council's: `안산시의회 > 의정활동 > 5분자유발언 > …`)
      if (c && (KO_GOVERNMENT.test(c) || KO_COUNCIL.test(c))) govCrumb = c;
    }
    // A company's investor day headed by the company and its listing: the company's transcript.
    const investorEvent = fk >= 0 ? eventHeading(lines[fk].t) : undefined;
    if (onAirHead?.outlet) outlet = { o: exactOutlet(onAirHead.outlet), raw: onAirHead.outlet };
    // (a body's mail, its sender named with its unit, `Daugava Compute – Investor Relations`: the body as it writes
    // itself there, before its letterhead in capitals)
    else if (mailSender && mail?.fromUnit) outlet = { raw: senderInFull(mailSender, lines, mail.endLine + 1) };
    else if (official) outlet = { o: exactOutlet(official.body), raw: official.body };
    else if (board?.issuer) outlet = { o: exactOutlet(board.issuer), raw: board.issuer };
    else if (koMast) outlet = { raw: koMast.body };
    else if (government) outlet = { raw: government.name };
    else if (agency) outlet = { raw: agency };
    else if (legislature) outlet = { o: exactOutlet(legislature), raw: legislature };
    else if (debated?.body) outlet = { raw: debated.body };
    else if (deck?.org) outlet = { raw: deck.org };
    else if (eventSlides) outlet = { raw: eventSlides.company };
    else if (forum?.host) outlet = { raw: forum.host };
    else if (reportCover?.company) outlet = { raw: reportCover.company };
    else if (particulars) outlet = { raw: particulars.issuer };
    else if (call) outlet = { raw: call.company };
    else if (investorEvent) outlet = { raw: investorEvent };
    else if (letterhead !== undefined) outlet = { raw: lines[letterhead].t };
    else if (companyHead) outlet = { raw: companyHead.name };
    else if (incorporated) outlet = { raw: incorporated.name };
    else if (topName) outlet = { raw: topName };
    // (a filing's form naming its issuer in a field: `Company Name : SEMENANJUNG POWER HOLDINGS BERHAD`)
    else if (formIssuer) outlet = { raw: formIssuer };
    else if (periodicalOf) outlet = { raw: periodicalOf.body };
    else if (above) outlet = { raw: above.name };
    else if (mdHead) outlet = { raw: mdHead.name };
    else if (office) outlet = { raw: office.name };
    else if (seriesBody) outlet = { raw: seriesBody };
    // A members' periodical is the body's that publishes it, named in bold under its title (a co-op's magazine).
    // …or that its tagline says is the body's (`The member newsletter of the Southwest Valley Chamber of Commerce`).
    else if (head?.publisher && (issue || head.publisherSaid)) {
      outlet = { raw: head.publisher };
      if (head.publisherSaid && head.site) meta.periodical = head.site;
    }
    // A podcast's show named in its episode's heading (`The Interconnect — Episode 112: "…"`) is the outlet of its
    // transcript, not the network or studio that produces it and owns its copyright.
    else if (showName) outlet = { raw: showName };
    // A firm's note named after the firm (`# 동서울투자증권 Morning Brief`): the firm's.
    else if (noteFirm) outlet = { raw: noteFirm };
    else if (pieced?.body) outlet = { raw: pieced.body };
    else if (byl) outlet = { o: byl };
    else if (wire) outlet = { o: wire };
    else if (email) outlet = { o: email };
    else if (copyrightOutlet) outlet = { o: copyrightOutlet };
    else if (addressName) outlet = { raw: addressName };
    // A platform's own words for the blog or publication a post is in ("Published in X", Naver's "블로그 카테고리 이동 X").
    else if (publication) outlet = { raw: publication, kind: 'blog' };
    // A release is its issuer's, whatever site carries it (a distributor's masthead, "/PRWirehouse/").
    // …named as the text writes it in full, with its legal form ("About Fjordlys Energi" and "Fjordlys Energi AS").
    else if ((pressRelease || box?.release) && (issuer ?? providedBy)) {
      outlet = { raw: withLegalForm((issuer ?? providedBy)!, lines) };
      if (distributor) meta.carriedBy = distributor;
    }
    // A newsletter is the sender's its footer or its address confirms, before the company that holds its copyright
    // ("you subscribed to The Megawatt Ledger" over "© 2026 Power & Compute Review") and a byline's desk.
    else if (mailSender) outlet = { raw: mailSender };
    // The masthead's name where a byline gives it short ("Desert Ledger staff", "Beacon staff writer").
    // A programme's name that begins with its broadcaster's ("KBN 뉴스9" of "Copyright ⓒ KBN"): the broadcaster.
    else if (raw && copyrightRaw && raw.startsWith(copyrightRaw + ' ')) outlet = { raw: copyrightRaw };
    // …a masthead in capitals (`ROCK SPRINGS SENTINEL`) as the byline writes the paper's name (`Sentinel staff writer`).
    else if (raw) outlet = { raw: site && sameOutlet(site, raw) ? casedAs(site, raw, lines) : raw };
    else if (dateline?.outlet)
      outlet = {
        raw:
          site && sameName(site, dateline.outlet)
            ? site
            : // (the service its head names in full, the dateline short: `(Lantern)` of `LANTERN WIRE SERVICE`)
              wireService && wireService.toLowerCase().startsWith(dateline.outlet.toLowerCase() + ' ')
              ? wireService
              : (spelledOut(dateline.outlet, lines, bodyFrom) ?? dateline.outlet),
      };
    // (…or whose people's addresses are at the domain its name spells: a firm's contacts, `…@mekonglegal.vn`)
    else if (
      mdBanner &&
      ((copyrightRaw && ownedBy(mdBanner.name, copyrightRaw)) ||
        mailDomains(lines).some((d) => nameSpelledByDomain(mdBanner.name, d)))
    )
      outlet = { raw: mdBanner.listed ? companyAsWritten(mdBanner.name, lines, mdBanner.twinned) : mdBanner.name };
    // (…or a listed company's, its market beside its name: an IR page's `**한려파워시스템㈜** | 코스닥 | IR 자료실`)
    else if (mdBanner?.listed) outlet = { raw: companyAsWritten(mdBanner.name, lines, mdBanner.twinned) };
    else if (copyrightRaw)
      outlet = {
        raw:
          site && (sameName(site, copyrightRaw) || ownService(site, copyrightRaw))
            ? site
            : (hangulCrumbSite(lines, firstLine, copyrightRaw) ??
              hangulTitleName(title, copyrightRaw, coverPair) ??
              copyrightRaw),
      };
    else if (selfNamed)
      outlet = { raw: site && sameName(site, selfNamed.name) ? site : selfNamed.name, kind: selfNamed.kind };
    // A Korean document signed at its end with its date and the company (`2026년 5월 21일` / `한빛파워소자 주식회사` /
    // `대표이사 윤재석`): the company's.
    else if (reportOffice) outlet = { raw: reportOffice.body };
    else if (signedBy) outlet = { raw: signedBy };
    else if (site) outlet = { raw: site };
    // A page of a Korean government's site, its crumb led by the government's name (`경상남도 › 정보공개 › 사전정보공표 ›
    // …`): the government's.
    else if (govCrumb) outlet = { raw: govCrumb };
    // …or the body a portal's banner over the copy names as posting it (`[익산시 투자유치과 | 투자협약 체결 현황 공개 | …]`).
    else if (copyBanner?.poster ?? copyBanner?.site) outlet = { raw: (copyBanner.poster ?? copyBanner.site)! };
    // A call's transcript titled by the company and the call, when nothing else names a publisher: the company's.
    else if (calledBy) outlet = { raw: companyAsWritten(calledBy, lines) };
    // A video's or a post's title copied with its channel's name before a bar (`머니트랙 TV | 중동·인도는 왜 …`), the
    // channel named again in the text (its host's greeting, its captions' credit): the channel's.
    else if (barName) outlet = { raw: barName };
    else if (issueHead) outlet = { raw: issueHead };
    else if (issuer ?? providedBy) outlet = { raw: withLegalForm((issuer ?? providedBy)!, lines) };
    else if (affiliation) outlet = { raw: affiliation, kind: 'blog' };
    else if (blogName) outlet = { raw: blogName, kind: 'blog' };
    // (…or, nothing else naming it, the publication its platform's button invites the reader to subscribe to)
    else if (subscribedTo) outlet = { raw: subscribedTo, kind: 'blog' };
  }
  if (outlet) {
    if (outlet.o) {
      meta.outlet = outlet.o.name;
      meta.outletId = outlet.o.id;
      meta.outletKind = 'news';
    } else if (outlet.raw) {
      meta.outlet = spelledInText(outlet.raw, lines);
      meta.outletKind = outlet.kind ?? 'news';
    }
    // A headline a clipper copied from the page's title, the site's name after a bar or a dash ("… | Reuters"): the
    // name is the outlet's, no part of the headline.
    if (meta.title && meta.outlet && !fmTitle)
      meta.title = withoutSiteName(meta.title, [meta.outlet, ...(outlet.o?.names ?? [])]);
  }

  const fmAuthors = fields.authors ?? fields.author ?? fields.byline;
  if (fmAuthors) {
    const arr = Array.isArray(fmAuthors) ? fmAuthors : fmAuthors.split(/\s*(?:,|;|\band\b|&|·)\s*/);
    meta.authors = arr.map((a) => a.trim()).filter(Boolean);
  } else {
    const authors: string[] = [];
    // (a members' periodical's masthead lines name its publisher, `발행인 동해시장`, who writes no piece of it)
    const mastLines = new Set(koMast?.lines ?? []);
    for (const { k, m } of metaLines)
      if (!mastLines.has(k)) for (const a of m.authors) if (!authors.includes(a)) authors.push(a);
    if (!authors.length) authors.push(...(clip?.authors ?? []));
    // (a broker's report's analysts, in the table under its title)
    if (!authors.length && markdown) authors.push(...(readAnalystTable(lines, bodyFrom) ?? []));
    if (!authors.length && markdown) authors.push(...(readSignedItems(lines, bodyFrom) ?? []));
    if (!authors.length && deck?.author) authors.push(deck.author);
    if (!authors.length && reportOffice?.author) authors.push(reportOffice.author);
    if (!authors.length && forum?.presenter) authors.push(forum.presenter);
    // (an interview's host, as its transcript's 진행 field names them)
    if (!authors.length && onAirHead?.host) authors.push(onAirHead.host);
    // (…or a show's host, as the transcript has them introduce themselves with the show: `항구경제 라디오 고은채입니다`)
    if (!authors.length && showName && recording) {
      const host = showHost(lines, bodyFrom, showName);
      if (host) authors.push(host);
    }
    // A document's head naming who prepared or decided it (`Prepared by: …`, `Hearing Officer: …`).
    if (!authors.length) authors.push(...(official?.authors ?? []));
    // (a speech's speaker, as its heading names them)
    if (!authors.length && speech) authors.push(speech.speaker);
    // (a board post's writer or speaker, as its head's row names them)
    if (!authors.length) authors.push(...(board?.authors ?? []));
    // A periodical's masthead crediting its editor (`October 2026 · Edited by Jenna Marquez`) names the issue's writer
    // before a column's signature (`— Cheryl Ambrose-Watts, President & CEO` signs her column only).
    if (!authors.length && head?.credits.length && head.publisherSaid) authors.push(...head.credits);
    // "Reporting by …" at the end credits the reporters when no byline names one.
    if (!authors.length) for (const a of credits) if (!authors.includes(a)) authors.push(a);
    // (a record of debates' masthead, `FIFTY-EIGHTH PARLIAMENT` under its house, names no writer)
    if (!authors.length && head?.byline && !debated && !(meta.outlet && sameName(meta.outlet, head.byline)))
      authors.push(head.byline);
    // A blog's or newsletter's tagline crediting its writer or editor ("Written by Miles Okafor", "발행인 윤서진").
    if (!authors.length && head?.credits.length) authors.push(...head.credits);
    meta.authors = authors;
  }
  // A guest column's last line names its writer with affiliation and title: no article text, and the author.
  const guest = readGuestWriter(lines, bodyFrom);
  if (guest) {
    lines[guest.line].furniture = true;
    if (!fmAuthors && !meta.authors.length) meta.authors = [guest.name];
  }
  // A sign-off ("See you Monday," and the writer's name) is no article text; it names the writer when nothing else does.
  const sign = readSignOff(lines, bodyFrom);
  if (sign && !(meta.outlet && sameName(meta.outlet, sign.name))) {
    lines[sign.closing].furniture = true;
    lines[sign.nameLine].furniture = true;
    if (!fmAuthors && !meta.authors.length) meta.authors = [sign.name];
  }
  // A Korean letter's signature (`청림전기 주식회사 대표이사 권태식 드림`): no article text; the signer its writer when
  // nothing else names one.
  const signed = koLetterSignature(lines, bodyFrom);
  if (signed) {
    lines[signed.line].furniture = true;
    if (!fmAuthors && !meta.authors.length) meta.authors = [signed.name];
  }
  if (paper?.authors && !fmAuthors && !meta.authors.length) meta.authors = paper.authors;
  // (…or the writer its posting's crumb names after the team, `작성자 인사총무팀 김나래`)
  if (copyBanner?.writer && !fmAuthors && !meta.authors.length) meta.authors = [copyBanner.writer];
  // A post's writer greeting its readers at its opening as the channel's (`안녕하세요, 에너지밸리 리포트의 표지은입니다.`):
  // its writer, when nothing else names one (the line stays text).
  const greeter = fmAuthors || meta.authors.length ? undefined : greetingWriter(lines, bodyFrom);
  if (greeter) meta.authors = [greeter];
  // A broadcast report's sign-off (`KBN 뉴스 문태오입니다.`): its reporter, when nothing else names one.
  const onAir = broadcastSignOff(lines, bodyFrom, meta.outlet);
  if (onAir) {
    lines[onAir.line].furniture = true;
    if (!fmAuthors && !meta.authors.length) meta.authors = [onAir.name];
    // …and its broadcaster (`GBS 뉴스 문지호입니다.`), when nothing else names the outlet: the name before 뉴스.
    if (!meta.outlet && onAir.broadcaster) {
      meta.outlet = onAir.broadcaster;
      meta.outletKind = 'news';
    }
  }
  // An author's bio after the article ("Jane Doe has covered energy for 15 years.") is no article text.
  // So is an author's name alone on a line (`MATT O’BRIEN` over an AP bio, a blog's `김도윤` over its profile).
  if (meta.authors.length) {
    const names = new Set(meta.authors.map((a) => a.toLowerCase()));
    for (let k = bodyFrom; k < lines.length; k++) {
      const L = lines[k];
      if (L.furniture) continue;
      if (L.t.length <= 60 && names.has(L.t.toLowerCase())) L.furniture = true;
      else if (L.t.length >= 20 && L.t.length <= 500 && isAuthorBio(L.t, meta.authors)) L.furniture = true;
    }
  }

  const fmDate = first(fields.date ?? fields.published ?? fields.pubdate);
  if (fmDate) meta.date = findDate(fmDate)?.iso;
  else if (mail?.date) meta.date = mail.date;
  else if (official?.filed && official.dated) meta.date = official.dated.date;
  else if (board?.date) meta.date = board.date;
  else if (koMast?.date) meta.date = koMast.date;
  else if (onAirHead?.date) meta.date = onAirHead.date;
  else if (clip?.date) meta.date = clip.date;
  // (a posting copied under its site's crumb, `[통영상공회의소 > 알림마당 > 회의·행사 결과]  게시일 2026-11-27`: posted that
  // day, whatever meeting or event its text dates)
  else if (copyBanner?.date) meta.date = copyBanner.date;
  else {
    // (a legislature's record is dated by its sitting, not by when its board posted it: `일 시: 2026년 11월 19일(목)`
    // under the cover, over a footer's `등록일 2026-11-26`)
    const sitting = legislature ? metaLines.find((x) => x.m.date && x.m.dateLabel === 'meeting') : undefined;
    const pub =
      sitting ?? metaLines.find((x) => x.m.date && x.m.dateLabel === 'published') ?? metaLines.find((x) => x.m.date);
    if (pub) meta.date = pub.m.date;
    // A press release or wire story dated in its dateline ("SALINE TOWNSHIP, Mich., Oct. 30, 2025 —").
    // (…a wire's brief by its day and month alone, `Sept 29 (Harbourline) -`: in the year its copyright line gives)
    else if (dateline?.dateText) {
      meta.date =
        findDate(dateline.dateText)?.iso ??
        (copyrightYear && !/(?:19|20)\d\d/.test(dateline.dateText)
          ? findDate(`${dateline.dateText.trim()}, ${copyrightYear}`)?.iso
          : undefined) ??
        undefined;
      // (…its day and month alone, `March 18`: in the year the wire's head says it was sent, the reading of the
      // sending day that falls on or soonest after it)
      const sent = wireSent ? sentAfter(dateline.dateText, wireSent) : undefined;
      meta.date ??= sent?.date;
      // A wire's story sent again later (a correction the next day): dated by its dateline, the sending its update;
      // but a new version of it (`UPDATE 1-…`, its text added to) was first issued as saved the day it was sent.
      if (sent && meta.date && sent.sent > meta.date) {
        const top = lines.find((x, k) => k >= bodyFrom && !x.furniture && x.t !== '');
        if (top && WIRE_UPDATE.test(top.t)) meta.date = sent.sent;
        else meta.modified = sent.sent;
      }
    }
    // An order dated by its closing line ("MADE and ENTERED at Cheyenne, Wyoming, on September 18, 2025.").
    // A meeting's record dated by the line under its title ("Thursday, May 8, 2025, 9:00 a.m., Commission Chambers"),
    // not by when its minutes were adopted.
    else if (official?.dated) meta.date = official.dated.date;
    else if (official?.closing) meta.date = official.closing.date;
    // A call's transcript dated by its heading ("… Earnings Call, March 12, 2026").
    else if (call) meta.date = call.date;
    // A talk's slides dated by their event's line.
    else if (deck?.date) meta.date = deck.date;
  }
  const upd = metaLines.find((x) => x.m.updated)?.m.updated;
  if (upd && upd !== meta.date)
    meta.modified = upd; // ArticleMeta's update date, as an HTML page's dateModified
  // (…or a story's note at its foot saying when it was updated, `*This story was updated on 15 August to correct …*`:
  // that day, the year the story's, after its date)
  else if (meta.date && !meta.modified) {
    const note = updateNote(lines, meta.date);
    if (note) meta.modified = note;
  }
  const fmKey = first(fields.key ?? fields.id);
  if (fmKey) meta.key = fmKey;

  // --- body spans
  const body: Span[] = [];
  /** A hard-wrapped text's line ends inside its paragraphs. */
  let soft: Set<number> | undefined;
  if (markdown) {
    let cur: Span | undefined;
    for (let k = bodyFrom; k < lines.length; k++) {
      const L = lines[k];
      if (L.furniture || L.t === '' || L.bodyEnd <= L.bodyStart) {
        if (cur) body.push(cur);
        cur = undefined;
        continue;
      }
      if (!cur) cur = { start: L.bodyStart, end: L.bodyEnd };
      else cur.end = L.bodyEnd;
    }
    if (cur) body.push(cur);
  } else {
    const joins = wrappedJoins(text, lines, bodyFrom);
    let cur: Span | undefined;
    for (let k = bodyFrom; k < lines.length; k++) {
      const L = lines[k];
      if (L.furniture || L.t === '' || L.bodyEnd <= L.bodyStart) continue;
      if (cur) cur.end = L.bodyEnd;
      else cur = { start: L.bodyStart, end: L.bodyEnd };
      if (joins?.[k]) (soft ??= new Set()).add(L.end);
      else {
        body.push(cur);
        cur = undefined;
      }
    }
    if (cur) body.push(cur);
  }

  // --- halves and sentences
  const fmLang = langOf(first(fields.language ?? fields.lang));
  const halves = findHalves(text, body, fmLang);
  for (const h of halves) {
    const hb = body.find((b) => b.start >= h.start && b.end <= h.end);
    if (hb) {
      const firstLine = text
        .slice(hb.start, Math.min(hb.end, hb.start + 400))
        .split(/\r\n|\r|\n/)[0]
        .trim();
      const cl = cleanTitle(firstLine.slice(markerLength(firstLine)));
      if (isHeadlineLike(cl)) h.title = cl;
    }
  }
  if (
    halves.length &&
    !meta.title &&
    !noHeadline &&
    !CRUMB_LINE.test(lines[fk]?.t ?? '') &&
    halves[0].title &&
    fk >= 0 &&
    halves[0].start <= lines[fk].ts &&
    isHeadlineLike(lines[fk].t)
  ) {
    meta.title = halves[0].title;
  }
  if (fmTitle && halves.length) halves[0].title = fmTitle;
  meta.languages = halves.map((h) => h.lang);
  const sentences: RawSentence[] = [];
  for (const h of halves) {
    const spans = body.filter((b) => b.start >= h.start && b.end <= h.end);
    for (const s of splitSentencesNFC(text, spans, h.lang, soft)) sentences.push(s);
  }
  return { meta, body, halves, sentences };
}

/** A Korean public body's name alone in a box's cell (`경상북도`, `부산광역시`, `산업통상자원부`, `한국전력공사`). */
/** A body's unit, no person (`Economic Section`, `Planning Division`, `Research Department`, `Press Office`). */
const UNIT_NAME =
  /^(?:\p{Lu}[\p{L}&'’-]*\s+){1,4}(?:section|division|department|office|unit|team|desk|bureau|directorate|secretariat)$/iu;
/** An institution's name in capitals (`EMBASSY OF THE REPUBLIC OF KOREA IN …`, `MINISTRY OF ENERGY`). */
const INSTITUTION_CAPS =
  /^(?:EMBASSY|CONSULATE(?:\s+GENERAL)?|MINISTRY|DEPARTMENT|OFFICE|AGENCY|BUREAU|COUNCIL|COMMISSION|GOVERNMENT|AUTHORITY|DIRECTORATE|SECRETARIAT|DELEGATION|MISSION)\s+OF\s+[\p{Lu} ,.'’&–-]{3,100}$/u;
/** A periodical's name in capitals (`KOREA–KAZAKHSTAN ECONOMIC NEWSLETTER`). */
const PERIODICAL_CAPS =
  /^[\p{Lu}][\p{Lu} ,'’&–-]{2,80}\s(?:NEWSLETTER|BULLETIN|REVIEW|BRIEF|DIGEST|MONITOR|UPDATE|WEEKLY|MONTHLY|QUARTERLY)$/u;

/**
 * An institution's periodical under its masthead: the institution's name in capitals (`EMBASSY OF THE REPUBLIC OF KOREA
 * IN THE REPUBLIC OF KAZAKHSTAN`), its unit or not (`Economic Section`), the periodical's name in capitals (`KOREA–
 * KAZAKHSTAN ECONOMIC NEWSLETTER`) and its issue line (`No. 42 | October 2026 | English edition`): the institution's,
 * the periodical's name its headline, both cased as names are. The masthead is no text.
 */
function institutionPeriodical(
  lines: Line[],
  from: number,
): { body: string; title: string; lines: number[] } | undefined {
  const own: number[] = [];
  let body: string | undefined, title: string | undefined;
  for (let k = from, seen = 0; k < lines.length && seen < 6; k++) {
    const t = lines[k].t.trim();
    if (t === '' || lines[k].furniture) continue;
    seen++;
    if (!body) {
      if (!INSTITUTION_CAPS.test(t)) return undefined;
      body = titleCased(t);
      own.push(k);
      continue;
    }
    if (!title) {
      if (UNIT_NAME.test(t) && own.length === 1) {
        own.push(k);
        continue;
      }
      if (!PERIODICAL_CAPS.test(t)) return undefined;
      title = titleCased(t);
      own.push(k);
      // (its issue line under it: `No. 42 | October 2026 | English edition`)
      let j = k + 1;
      j = nextNonBlank(lines, j);
      if (j < lines.length && !/\bno\.\s?\d{1,4}\b|\bissue\s+#?\d|\bvol\.\s?\d/i.test(lines[j].t)) return undefined;
      if (j < lines.length) own.push(j);
      return { body, title, lines: own };
    }
  }
  return undefined;
}

/** A Korean government's name (`경상남도`, `창원시`, `부산광역시`, `함안군`, `성산구`). */
const KO_GOVERNMENT = /^[가-힣]{1,10}(?:특별자치도|특별자치시|특별시|광역시|도|시|군|구)$/;
/** A Korean local council (`안산시의회`, `경기도의회`, `중구의회`). */
const KO_COUNCIL = /^[가-힣]{1,10}(?:특별자치도|특별자치시|특별시|광역시|도|시|군|구)의회$/;
const KO_BODY_CELL = /^[가-힣]{2,14}(?:도|시|군|구|청|부|처|원|공사|공단|위원회)$/;
/** A release box's label of whom to ask (`담당 부서`, `담당자`, `문의`, `연락처`). */
const CONTACT_CELL = /^(?:담\s?당\s?(?:부\s?서|자|과)?|문\s?의(?:\s?처)?|연\s?락\s?처)$/;
/** A body's slogan and its name in one cell (`수출로 여는 내일, 한국무역금융공사`). */
const SLOGAN_THEN_BODY = /^[가-힣\s]{4,30},\s*([가-힣]{2,14}(?:도|시|군|구|청|부|처|원|공사|공단|위원회))$/;

function boxedLetterhead(
  lines: Line[],
  from: number,
): { release: boolean; issuer?: string; dated: { k: number; m: MetaLine }[]; title?: string } | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  // (a ministry's slogan on a line of its own over its release's box, `성장하는 산업, 함께 여는 통상`: the letterhead's too)
  let slogan = -1;
  if (
    k < lines.length &&
    lines[k].t.length <= 40 &&
    lines[k].t.charCodeAt(0) !== 0x250c &&
    !/\d|[.!?]$/.test(lines[k].t)
  ) {
    slogan = k++;
    while (k < lines.length && k <= slogan + 3 && lines[k].t === '') k++;
  }
  if (k >= lines.length || lines[k].t.charCodeAt(0) !== 0x250c) return undefined; // ┌
  const r: { release: boolean; issuer?: string; dated: { k: number; m: MetaLine }[]; title?: string } = {
    release: false,
    dated: [],
  };
  // (a box of text lines and nothing else is a document's title drawn as its cover: `│ … 증설에 관한 │` / `│ 노 사 특
  // 별 합 의 서 │`, its letter-spaced line closed up)
  const text: string[] = [];
  let other = false;
  let dm: MetaLine | undefined;
  let contactRow = false;
  for (let j = k; j < lines.length && j < k + 30; j++) {
    const t = lines[j].t;
    const c = t.charCodeAt(0);
    if (c < 0x2500 || c > 0x257f) return undefined;
    if (c === 0x2514) {
      // └
      // (a slogan over a box that is no release's letterhead is another document's line: not set aside)
      if (slogan >= 0 && !r.release) return undefined;
      for (let q = slogan >= 0 ? slogan : k; q <= j; q++) lines[q].furniture = true;
      if (!other && !r.release && !r.issuer && text.length && text.length <= 3) r.title = text.join(' ');
      return r;
    }
    if (c !== 0x2502) continue; // │
    const raw = t.split('│');
    const cells = raw.filter((x) => x.trim() !== '');
    if (cells.length > 1) other = true;
    // (the row of whom to ask, `│ 담당 부서 │ 중소중견기업 │ 부장 … │`, and the rows going on under it with their first
    // cell blank, `│          │ 보증부 │ 차장 … │`: the department's name, the issuer's unit, never the issuer)
    const first = (raw[1] ?? '').trim();
    if (first) contactRow = CONTACT_CELL.test(first);
    for (const cell of cells) {
      const v = cell.trim();
      if (contactRow) continue;
      if (v.length > 60) {
        other = true;
        continue;
      }
      // (a lawmaker's letter-spaced release mark beside the name: `국회의원 배 현 수 보 도 자 료`, a column of its own)
      const lawmaker = /^국회의원\s+((?:[가-힣]\s?){2,4}?)\s*보\s?도\s?자\s?료(?:\s{3,}.*)?$/.exec(v);
      if (lawmaker) {
        r.release = true;
        r.issuer ??= `국회의원 ${lawmaker[1].replace(/\s/g, '')}`;
      } else if (isPressReleaseMark(v)) r.release = true;
      else if (!r.issuer && KO_BODY_CELL.test(v)) r.issuer = v;
      // (…or named after its slogan in the cell, `수출로 여는 내일, 한국무역금융공사`)
      else if (!r.issuer && SLOGAN_THEN_BODY.test(v)) r.issuer = SLOGAN_THEN_BODY.exec(v)![1];
      else if (/\d/.test(v) && (dm = parseMetaLine(v))?.date) {
        r.dated.push({ k: j, m: dm });
        other = true;
      } else text.push(/^[가-힣](?:\s[가-힣]){2,}$/.test(v) ? v.replace(/\s/g, '') : v);
    }
  }
  return undefined;
}

/**
 * A Korean portal's crumb on the page's first line led by its name in Hangul (`잡나라 > 채용정보 > 공고 상세`), its
 * copyright written in Latin letters that spell the same name (`Copyright ⓒ JOBNARA`): the name as its readers see it.
 */
function hangulCrumbSite(lines: Line[], firstLine: number, owner: string): string | undefined {
  if (firstLine < 0 || !/^[A-Za-z][A-Za-z ]{2,30}$/.test(owner)) return undefined;
  const site = crumbSite(lines[firstLine].t);
  return site && /^[가-힣]{2,10}$/.test(site) && nameSpelledByDomain(site, domainLetters(owner)) ? site : undefined;
}

/**
 * A Korean title led by the name its copyright writes in Latin letters (`다온쿨텍 2026 지속가능경영보고서`, `© 2026 DAON
 * COOLTECH Co., Ltd.`): the name as its Korean readers see it.
 */
function hangulTitleName(
  title: string | undefined,
  owner: string,
  cover?: { en: string; ko: string },
): string | undefined {
  if (!title || !/^[A-Za-z][A-Za-z .,&-]{2,40}$/.test(owner)) return undefined;
  const name = /^([가-힣]{2,10})\s/.exec(title)?.[1];
  if (!name) return undefined;
  if (nameSpelledByDomain(name, domainLetters(owner))) return name;
  // (…or whose cover sets the two side by side: `HANBIT THERMAL SUSTAINABILITY REPORT 2026` over `한빛써멀 2026
  // 지속가능경영보고서`, the owner `HANBIT THERMAL Co., Ltd.`: the English title opens with the owner's name where the
  // Korean one opens with the Hangul name)
  const stem = owner.replace(/\s*,?\s*\b(?:co|corp|inc|ltd|llc|plc)\.?\s*$/i, '').trim();
  return cover &&
    cover.ko.startsWith(name) &&
    domainLetters(cover.en).startsWith(domainLetters(stem)) &&
    stem.length >= 3
    ? name
    : undefined;
}

/**
 * A name a masthead sets in capitals ("GRIDWATCH DAILY") as the page's own text spells it ("reviewed by GridWatch
 * Daily"); as written when the text never spells it otherwise.
 */
function spelledInText(name: string, lines: Line[]): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}.*\p{Lu}/u.test(name) || name.length > 60) return name;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name).replace(/\\? /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  for (const L of lines) {
    if (L.t.length < name.length) continue;
    const m = re.exec(L.t);
    if (m && /\p{Ll}/u.test(m[0])) return m[0].replace(/\s+/g, ' ');
  }
  // "THE DESERT LEDGER" that the text writes "Desert Ledger" only (`Desert Ledger staff`): "The Desert Ledger".
  const the = /^THE\s+(\S.*)$/.exec(name);
  if (the) {
    const rest = spelledInText(the[1], lines);
    if (rest !== the[1]) return `The ${rest}`;
  }
  return name;
}

/**
 * A masthead's name set in capitals as a byline writes its short form in the text (`Sentinel staff writer` under
 * `ROCK SPRINGS SENTINEL`): in the same case, word by word, as a reader writes a name, unless the text spells the whole.
 */
function casedAs(site: string, short: string, lines: Line[]): string {
  const spelled = spelledInText(site, lines);
  if (spelled !== site || /\p{Ll}/u.test(site) || !/\p{Lu}\p{Ll}/u.test(short)) return spelled;
  return titleCased(site);
}

/** A company's legal form after its name (`AS`, `AB`, `S.A.`, `Inc.`, `(주)`), as the text writes it. */
const LEGAL_FORM =
  '(?:,?\\s(?:ASA|AS|AB|AG|Oyj|Oy|SpA|S\\.p\\.A\\.|S\\.A\\.|SA|N\\.V\\.|B\\.V\\.|GmbH|plc|PLC|Ltd\\.?|Limited|LLC|Inc\\.|Corp\\.|Corporation)|\\(주\\)|㈜)';

const subjectWords = (t: string) =>
  t
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/**
 * A message's subject as its text prints it at the top (a release's own title, wrapped on two or three lines): the
 * title as printed, when its words are the subject's in its order but for one or two a mail path mangled (`US$6.9` sent
 * as `US.9`);
 * a title in capitals leaves the subject as it is cased.
 */
function printedSubject(lines: Line[], from: number, subject: string): string {
  const want = subjectWords(subject);
  if (want.length < 4) return subject;
  for (let k = from, seen = 0; k < lines.length && seen < 8; k++) {
    if (lines[k].t === '') continue;
    seen++;
    let joined = '';
    let best: { t: string; edits: number } | undefined;
    for (let j = k; j < lines.length && j < k + 3 && lines[j].t !== ''; j++) {
      joined = joined ? `${joined} ${lines[j].t}` : lines[j].t;
      if (joined.length > subject.length + 20) break;
      if (joined === joined.toUpperCase()) continue;
      // (the same words in the same order, one or two changed: an edit distance over words)
      const got = subjectWords(joined);
      if (Math.abs(got.length - want.length) > 2) continue;
      let row = Array.from({ length: got.length + 1 }, (_, j) => j);
      for (let i = 1; i <= want.length; i++) {
        const next = [i];
        for (let j = 1; j <= got.length; j++)
          next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (want[i - 1] === got[j - 1] ? 0 : 1));
        row = next;
      }
      const edits = row[got.length];
      if (edits <= 2 && edits < want.length / 5 && (!best || edits <= best.edits)) best = { t: joined, edits };
    }
    // (the title's lines as far as they go: `… Northgate data` / `park` is one title)
    if (best) return best.t;
  }
  return subject;
}

/**
 * A sender a message names short (`Pacífica Nube – Prensa`) as its text names it in full, with its legal form
 * (`Pacífica Nube Holdings S.A. today announced …`): the full name, the first the message's opening lines give.
 */
function senderInFull(name: string, lines: Line[], from: number): string {
  if (new RegExp(`${LEGAL_FORM}$`, 'u').test(name)) return name;
  const re = new RegExp(
    `(?:^|[\\s(])${escapeRe(name)}((?:\\s\\p{Lu}[\\p{L}-]*){0,2}${LEGAL_FORM})(?=[\\s,;:)]|$)`,
    'u',
  );
  for (let k = from; k < lines.length && k < from + 40; k++) {
    const m = lines[k].t.length <= 300 ? re.exec(lines[k].t) : null;
    if (m) return name + m[1];
  }
  return name;
}

/** A release's contact block header (`**Media contact:**`, `Investor and Media Contacts`, `문의`). */
const CONTACT_HEADER =
  /^(?:(?:media|press|investor|investor\s+and\s+media|media\s+and\s+investor)\s+)?contacts?\s*[:：]?$|^문의\s*[:：]?/i;

/**
 * A release's issuer named as its contact block signs it, with its legal form (`Kari Nygård, Head of
 * Communications, Fjordlys Energi AS`): the issuer as the release names itself. A legal form written only in the
 * lead or the boilerplate (`Halcyon Geothermal Inc. (NASDAQ: HGEO) today announced`, `About Lone Prairie Power,
 * LLC`) is the company's registration, not the name it goes by; so is a name with no contact signing it.
 */
function withLegalForm(name: string, lines: Line[]): string {
  if (new RegExp(`${LEGAL_FORM}$`, 'u').test(name)) return name;
  // (its full name may add a word or two before the form: `About Vestkraft` and `Vestkraft Nett AS`)
  const re = new RegExp(`(?:^|,\\s*)${escapeRe(name)}((?:\\s\\p{Lu}[\\p{L}-]*){0,2}${LEGAL_FORM})\\s*$`, 'u');
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].t.length > 40 || !CONTACT_HEADER.test(lines[k].t)) continue;
    for (let j = k + 1, seen = 0; j < lines.length && seen < 4; j++) {
      const t = lines[j].t;
      if (t === '') continue;
      seen++;
      const m = t.length <= 160 ? re.exec(t) : null;
      if (m) return name + m[1];
    }
  }
  return name;
}

/** A masthead's name and a byline's short form of it: the same name, or its last words ("Beacon" of "The Valencia County Beacon"). */
function sameOutlet(site: string, short: string): boolean {
  if (sameName(site, short)) return true;
  const a = site.toLowerCase().split(/\s+/),
    b = short.toLowerCase().split(/\s+/);
  return b.length < a.length && b.join(' ') === a.slice(a.length - b.length).join(' ') && b.join('').length >= 4;
}

/** The site labels of the e-mail domains a page writes (`jiho@hanbitdaily.example` → hanbitdaily). */
function mailDomains(lines: Line[]): string[] {
  const out: string[] = [];
  for (const L of lines) {
    if (!L.t.includes('@') || L.t.length > 2000) continue;
    for (const m of L.t.matchAll(EMAIL)) {
      const l = domainLabel(m[1]);
      if (l && !out.includes(l)) out.push(l);
    }
  }
  return out;
}

/**
 * A wire's initials in its dateline ("OSLO, Norway (CP) —") as the page spells its name out above the story
 * ("Continental Press" under the byline): a name line among the first lines whose words' initials are the letters.
 */
/** Small words a name's initials leave out (`AGENCIA ANDINA DE NOTICIAS` is AAN). */
const INITIALS_SKIP = /^(?:DE|DEL|DA|DO|DOS|DAS|DI|DU|DES|LA|LAS|LOS|EL|Y|E|ET|OF|THE|AND|FOR|UND|FÜR)$/i;

function spelledOut(initials: string, lines: Line[], from: number): string | undefined {
  if (!/^[A-Z]{2,5}$/.test(initials)) return undefined;
  for (let k = from, seen = 0; k < lines.length && seen < 12; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    // (…or a line naming it before them, `PRENSA AUSTRAL NOTICIAS (PAN) -- ENGLISH SERVICE`: as the text writes it)
    const par = t.length <= 120 ? t.indexOf(`(${initials})`) : -1;
    if (par > 0) {
      const name = t.slice(0, par).trim();
      const own = name
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w) && !INITIALS_SKIP.test(w))
        .map((w) => w[0])
        .join('');
      if (own === initials && isNameLike(name)) return spelledInText(name, lines);
    }
    if (t.length > 60 || !isNameLike(t)) continue;
    const caps = t
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (caps === initials) return cleanName(t);
  }
  return undefined;
}

/** The people a dash-led signature names ("— Marcus Lindqvist and Jen Okafor"), or undefined when it names others. */
function signedNames(t: string): string[] | undefined {
  const names = t
    .replace(/^[—–]\s*/, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
  // (a post after a name, `— Alma Deschenie, Executive Director`: the name's, no name)
  while (names.length > 1 && SIGNED_POST.test(names[names.length - 1])) names.pop();
  return names.length && names.length <= 3 && names.every(looksLikePersonName) ? names : undefined;
}

/** Whether a record's title stands among the few lines with text above line k. */
function recordTitleAbove(lines: Line[], from: number, k: number): boolean {
  for (let j = k - 1, seen = 0; j >= from && seen < 5; j--) {
    if (lines[j].t === '') continue;
    seen++;
    if (isRecordTitle(lines[j].t)) return true;
  }
  return false;
}

/** Whether the last line with text before line k ends a quotation. */
function afterQuotation(lines: Line[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (lines[j].t !== '') return /["”’」』]\s*$/.test(lines[j].t);
  return false;
}

/** A paper's series and its number (`Infrastructure Notes No. 14`, `Working Paper No. 7`, `Policy Brief #12`). */
const PAPER_SERIES = /^\p{Lu}[\p{L}&' -]{2,50}?\s(?:No\.?|Number|#)\s?\d{1,4}$/u;

/**
 * A paper's cover (paperCover's rule above): the body in capitals on the first line, its series and number on the next,
 * then, within the cover's next lines (before any prose), the writers' names alone on a line, two to four words each,
 * joined by `and`, `&` or commas.
 */
function paperCover(lines: Line[], from: number): { body: string; lines: number[]; authors?: string[] } | undefined {
  const a = nextNonBlank(lines, from);
  if (a >= lines.length) return undefined;
  const name = lines[a].t.trim();
  if (name.length > 60 || /\p{Ll}/u.test(name) || !/^\p{Lu}[\p{Lu}&'’.-]+(?:\s\p{Lu}[\p{Lu}&'’.-]+){0,5}$/u.test(name))
    return undefined;
  const b = nextNonBlank(lines, a + 1);
  if (b >= lines.length || b - a > 2 || !PAPER_SERIES.test(lines[b].t.trim())) return undefined;
  const out: { body: string; lines: number[]; authors?: string[] } = { body: casedInLines(name, lines), lines: [a, b] };
  // (under the title's paragraph, not in it: a title's line may read as names, `Stargate Sendou and Teranga Compute`)
  let para = -1,
    inPara = false;
  for (let k = b + 1, seen = 0; k < lines.length && seen < 8; k++) {
    const t = lines[k].t.trim();
    if (t === '') {
      inPara = false;
      continue;
    }
    if (!inPara) para++;
    inPara = true;
    seen++;
    if (isProseLine(t) && t.length > 80) break;
    if (para < 1) continue;
    const names = t.length <= 100 ? t.split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/) : [];
    if (names.length && names.every((n) => /^\S+(?:\s\S+){1,3}$/.test(n) && looksLikePersonName(n) && !/\d/.test(n))) {
      out.authors = names;
      out.lines.push(k);
      break;
    }
  }
  return out;
}

/**
 * The writer a post names greeting its readers in its opening paragraphs, as one of the channel or the team that
 * publishes it (`안녕하세요, 에너지밸리 리포트의 표지은입니다.`): the name before 입니다, after the channel's 의. A greeting that
 * names the channel alone (`안녕하세요, 전북산업노트입니다.`) names no person.
 */
function greetingWriter(lines: Line[], from: number): string | undefined {
  for (let k = from, seen = 0; k < lines.length && seen < 4; k++) {
    const L = lines[k];
    if (L.furniture || L.t === '') continue;
    seen++;
    const m = /^안녕하세요[,.!]?\s*[^\s.,!?]\S{0,20}(?:\s\S{1,20}){0,3}?의\s([가-힣]{2,4})입니다[.!]/.exec(L.t);
    // (a post or a desk in the name's place, `…의 에디터입니다`, `…의 홍보팀입니다`: no person named)
    if (
      m &&
      !/(?:대표|이사|사장|회장|팀장|기자|에디터|편집장|편집부|담당자?|매니저|직원|관리자|운영자|팀|부|실|과)$/.test(
        m[1],
      )
    )
      return m[1];
  }
  return undefined;
}

/**
 * The reporter a broadcast report signs off with, near its end: `KBN 뉴스 문태오입니다.`, `JTN 뉴스 오세린입니다`
 * (the broadcaster's name as the outlet, or a name ending in 뉴스, then the reporter's).
 */
function broadcastSignOff(
  lines: Line[],
  from: number,
  outlet: string | undefined,
): { line: number; name: string; broadcaster?: string } | undefined {
  for (let k = lines.length - 1, seen = 0; k >= from && seen < 8; k--) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    if (t.length > 40) continue;
    const m = /^(\S.{0,20}?)\s?([가-힣]{2,4})입니다\.?$/.exec(t);
    if (!m) continue;
    const who = m[1].trim();
    if (/뉴스$/.test(who) || (outlet && sameName(who, outlet))) {
      // (`GBS 뉴스`, `KBN 뉴스`: a broadcaster's name in capitals or in Hangul before the word)
      const b = /^([A-Z][A-Z0-9]{1,5}|[가-힣]{2,8}방송)\s?뉴스$/.exec(who)?.[1];
      return { line: k, name: m[2], broadcaster: b };
    }
  }
  return undefined;
}

/** A company's name in capitals with its legal form, alone on a line (`BRIDGER POWER HOLDINGS, INC.`). */
const CAPS_COMPANY =
  /^[A-Z0-9][A-Z0-9&.'’ -]{1,50}?,?\s(?:INC\.?|CORP\.?|CORPORATION|LLC|L\.L\.C\.|LTD\.?|PLC|L\.P\.|CO\.)$/;

/** A body's name in capitals heading its press office's note, its initials before it (`BNFI - BANCO NACIONAL DE …`). */
const NOTE_LETTERHEAD = /^(?:([A-Z]{2,8})\s[-–—|]\s)?(\p{Lu}[\p{Lu}.,'’&-]*(?:\s[\p{Lu}.,'’&-]+){2,12})$/u;
/** A press office's mark on its note (`NOTE FOR THE PRESS - ENGLISH VERSION`, `PRESS NOTE`, `Nota à imprensa`). */
const PRESS_NOTE_MARK =
  /^(?:note\s+(?:for|to)\s+the\s+(?:press|media)|press\s+note|media\s+note|nota\s+(?:à|a|para\s+a)\s+imprensa|nota\s+de\s+prensa|communiqu[eé]\s+de\s+presse|press\s+release|news\s+release)(?:\s*[-–—|:]\s*[\p{L} ]{2,30})?$/iu;

/**
 * The head of a press office's note: its body's letterhead in capitals (its initials before it), the office's lines
 * under it (`Press Office | Agência BNFI de Notícias`, the address), then the note's mark (`NOTE FOR THE PRESS - ENGLISH
 * VERSION`): the body issues it, named as its text writes it (with the initials its letterhead gives). The letterhead
 * and the mark are no text and no headline.
 */
function pressNoteHead(lines: Line[], from: number): { name: string; lines: number[] } | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  const m = k < lines.length && lines[k].t.length <= 120 ? NOTE_LETTERHEAD.exec(lines[k].t.trim()) : null;
  if (!m) return undefined;
  const used = [k];
  let j = k + 1;
  // (the office's lines under it, up to a blank line: none a sentence)
  for (; j < lines.length && j <= k + 3 && lines[j].t.trim() !== ''; j++) {
    if (lines[j].t.length > 120 || /[.!?]$/.test(lines[j].t.trim())) return undefined;
    used.push(j);
  }
  j = nextNonBlank(lines, j);
  if (j >= lines.length || !PRESS_NOTE_MARK.test(lines[j].t.trim())) return undefined;
  used.push(j);
  const cased = casedInLines(m[2], lines);
  return { name: m[1] ? `${cased} (${m[1]})` : cased, lines: used };
}

/** A section's language mark alone on its line (`EN`, `RO`, `FR`, `English`, `Română`). */
const LANGUAGE_MARK =
  /^(?:[A-Z]{2}|english|română|romana|français|francais|deutsch|español|espanol|português|portugues|italiano|polski|български)$/i;
const RULE_ALONE = /^[=_─━═*-]{10,}$/;

/**
 * The English section's headline in a document set out in sections by language, each opened by its language's mark
 * between rules (`====` / `EN` / `====`), another language's section before it: the lines under the mark, to the
 * blank line.
 */
function languageSectionTitle(lines: Line[], from: number): string | undefined {
  const marks: { k: number; lang: string }[] = [];
  const ruleNear = (k: number, d: number) => {
    for (let j = k + d; j >= 0 && j < lines.length && Math.abs(j - k) <= 2; j += d) {
      const t = lines[j].t.trim();
      if (t === '') continue;
      return RULE_ALONE.test(t);
    }
    return false;
  };
  for (let k = from; k < lines.length; k++) {
    const t = lines[k].t.trim();
    if (t.length > 12 || !LANGUAGE_MARK.test(t) || !ruleNear(k, -1) || !ruleNear(k, 1)) continue;
    marks.push({ k, lang: t.toLowerCase() });
  }
  const en = marks.find((m) => m.lang === 'en' || m.lang === 'english');
  if (!en || marks.length < 2 || marks[0] === en) return undefined;
  let j = en.k + 1;
  while (j < lines.length && (lines[j].t.trim() === '' || RULE_ALONE.test(lines[j].t.trim()))) j++;
  const head: string[] = [];
  for (; j < lines.length && lines[j].t.trim() !== '' && head.length < 3; j++) head.push(lines[j].t.trim());
  const t = head.join(' ');
  if (!t || t.length > 250 || /[.!?]$/.test(t) || (lines[j]?.t.trim() ?? '') !== '') return undefined;
  return cleanTitle(t) || undefined;
}

/**
 * A casebook's case number alone on its line (`사례 09`, `Case 7`, `Case study 12`). (A report's `제1장` or `Chapter 1` is
 * no such mark: a whole report copied opens on its first chapter, under the report's own title.)
 */
const CHAPTER_MARK = /^(?:사례|case(?:\s+study)?)\s?\d{1,3}$/i;

/** The title under a chapter's number among a document's first lines, when one stands there. */
function chapterTitle(lines: Line[], from: number): string | undefined {
  for (let k = from, seen = 0; k < lines.length && seen < 10; k++) {
    const t = lines[k].t.trim();
    if (t === '' || lines[k].furniture) continue;
    seen++;
    if (t.length > 16 || !CHAPTER_MARK.test(t)) continue;
    let j = k + 1;
    j = nextNonBlank(lines, j);
    const u = j < lines.length ? lines[j].t.trim() : '';
    if (!u || u.length > 100 || /[.!?。]$/.test(u) || isListItem(u)) return undefined;
    return cleanTitle(u) || undefined;
  }
  return undefined;
}

/** A listed company's statutory particulars under its name (`(Incorporated in the Republic of South Africa)`). */
const INCORPORATED = /^\((?:incorporated|registered|established)\s+(?:in|under)\b[^()]{3,120}\)$/i;
/** …and the lines that go with them: its registration number, share code, ISIN, the short names it goes by. */
const PARTICULAR_LINE =
  /^(?:\((?:registration\s+(?:number|no\.?)|company\s+registration|reg(?:istration)?\.?\s+no\.?)[^()]{2,80}\)|(?:[A-Z]{2,6}\s+)?(?:share|bond|debt)\s+(?:code|issuer\s+code)\s*:.{1,40}|(?:ISIN|LEI|tax\s+(?:number|no\.?)|company\s+code)\s*:.{1,40}|\((?:["“][^()]{1,60}["”](?:\s*(?:,|or|and)\s*)?)+\)|\(["“][^()]{1,160}\))$/i;

/**
 * A listed company's announcement with its statutory particulars under its name, as a stock exchange's news service
 * carries it (a SENS announcement: `TSWELELO POWER HOLDINGS LIMITED` / `(Incorporated in the Republic of South Africa)`
 * / `(Registration number …)` / `JSE share code: TWP` / `ISIN: …` / `("Tswelelo" or "the Company")`): the company
 * issues it, named as its text writes it. The name and its particulars are no text.
 */
function incorporatedCompany(lines: Line[], from: number): { name: string; lines: number[] } | undefined {
  for (let k = from, seen = 0; k < lines.length && seen < 8; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (t.length > 90 || !CAPS_LEGAL_FORM.test(t)) continue;
    const used = [k];
    let j = k + 1;
    j = nextNonBlank(lines, j);
    if (j >= lines.length || !INCORPORATED.test(lines[j].t.trim())) return undefined;
    for (; j < lines.length && lines[j].t.trim() !== '' && used.length < 10; j++) {
      const u = lines[j].t.trim();
      if (!INCORPORATED.test(u) && !PARTICULAR_LINE.test(u)) break;
      used.push(j);
    }
    return { name: casedInLines(t, lines), lines: used };
  }
  return undefined;
}

/** A company's name in capitals with its legal form on the first line, a title-like line under it: the company. */
function companyOverTitle(lines: Line[], from: number): { line: number; name: string } | undefined {
  const next = (k: number) => {
    for (let j = k; j < lines.length; j++) if (!lines[j].furniture && lines[j].t !== '') return j;
    return -1;
  };
  const k = next(from);
  if (k < 0 || lines[k].t.length > 90 || !CAPS_LEGAL_FORM.test(lines[k].t.trim())) return undefined;
  const j = next(k + 1);
  if (j < 0 || isProseLine(lines[j].t) || !isHeadlineLike(lines[j].t) || CAPS_LEGAL_FORM.test(lines[j].t.trim()))
    return undefined;
  return { line: k, name: casedInLines(lines[k].t.trim(), lines) };
}

/** The line above a release's first paragraph that is its issuer's letterhead, if one is. */
function releaseLetterhead(lines: Line[], from: number): number | undefined {
  for (let k = from, seen = 0; k < lines.length && seen < 6; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    if (t.length <= 60 && CAPS_COMPANY.test(t)) return k;
    if (lines[k].furniture) continue;
    seen++;
    if (isProseLine(t)) return undefined;
  }
  return undefined;
}

// (made once: the bundler writes a literal with \p{Lu} as a `new RegExp` where it stands, made again at every call)
const PLACE_THEN = /^\p{Lu}[\p{L}.'’ -]{1,30}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?(?:\s+[—–-]\s+|,\s+)(\S.*)$/u;
/** A place and a date alone (`Casper, Wyoming — June 2, 2026`, `Pamplona, 9 April 2026`, in emphasis or not): the date. */
function placeDateLine(t: string): string | undefined {
  // (a bilingual release's, each language's after a slash: `București, 19 martie 2026 / Bucharest, 19 March 2026`)
  const halves = t.length <= 160 ? t.split(/\s+\/\s+/) : [];
  if (halves.length === 2 && halves.every((h) => /\d/.test(h) && PLACE_THEN.test(withoutEmphasis(h)))) {
    const both = halves.map((h) => (h.length <= 80 ? placeDateOnly(h) : undefined));
    if (both.some(Boolean)) return both[0] ?? both[1];
  }
  return placeDateOnly(t);
}

function placeDateOnly(t: string): string | undefined {
  if (t.length > 80) return undefined;
  // (after the release's mark: `**Press release · Oslo, 10 March 2026**`)
  const s = withoutEmphasis(t).replace(/^(?:press|news)\s+release\s*[·|:：–—]\s*/i, '');
  // (or after a comma, the date all that follows: `Pamplona, 9 April 2026`)
  const m = PLACE_THEN.exec(s);
  if (!m) return undefined;
  const d = findDate(m[1]);
  return d && d.index === 0 && d.length >= m[1].replace(/[.,\s]+$/, '').length ? d.iso : undefined;
}

/**
 * Parts of an office's name (`Office of the Governor`, `State of Nevada`, `Ohio Department of Development`): a
 * state's or a city's name may stand before the office's.
 */
const OFFICE_PART =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s){0,3}(?:(?:executive\s+)?office\s+of\s+(?:the\s+)?\p{L}.*|(?:state|commonwealth|territory|county|city|province|department|ministry|agency|government|regional\s+government|junta|xunta|generalitat|gobierno|gouvernement|governo|regione|région)\s+(?:of|de|del|de\s+la|di|du|des)\s+(?:the\s+)?\p{L}.*|governor'?s?\s+office)$/iu;
/** An office's press office named after it (`Government of Navarre — Press Office`): the office's, not a part of its name. */
const PRESS_OFFICE =
  /^(?:(?:press|media|news|communications?)\s+(?:office|room|centre|center|desk|relations|service)|newsroom)$/i;
/** A title that says what kind of document it is. */
const DOC_KIND = /^(?:fact\s+sheet|statement|joint\s+statement|press\s+release|news\s+release|media\s+advisory)\b/i;
/** A body's name ending as a union's, a council's or an association's does. */
const BODY_END =
  /(?:\b(?:council|union|federation|association|alliance|coalition|brotherhood|guild|confederation|local\s+\d{1,4}))$|(?:노동조합|노조|연맹|협회|연합회|총연합|연대)$/i;

/** A state's line over its government's documents (`KINGDOM OF MOROCCO`, `Republic of Chile`, `STATE OF QATAR`). */
const STATE_LINE =
  /^(?:the\s+)?(?:(?:federal\s+|people'?s\s+|islamic\s+|democratic\s+|hashemite\s+)?republic|kingdom|state|principality|sultanate|emirate|grand\s+duchy)\s+of\s+(?:the\s+)?\p{L}[\p{L} '’-]{1,40}$/iu;
/** A state's line up to its short name (`REPUBLIC OF `, `THE KINGDOM OF THE `). */
const STATE_LINE_HEAD =
  /^(?:the\s+)?(?:(?:federal|people'?s|islamic|democratic|hashemite|united)\s+)*(?:republic|kingdom|state|principality|sultanate|emirate|grand\s+duchy)\s+of\s+(?:the\s+)?/i;
/** A ministry's or a government office's name opening its heading (`Ministry Delegate to the Head of Government …`). */
const MINISTRY_LINE =
  /^(?:the\s+)?(?:ministry|ministère|ministerio|minist[eé]rio|ministero|department|secretariat|presidency|prime\s+minister'?s\s+office|office\s+of\s+the)\b/i;

/**
 * A government's communiqué headed by its state's line and the ministry's under it (`KINGDOM OF MOROCCO` / `Ministry
 * Delegate to the Head of Government in charge of …`): the ministry issues it; neither line is the headline.
 */
/** A slide's heading in a deck exported as an outline (`## Slide 3 – Case study`, `## Folie 2: …`). */
const SLIDE_HEADING = /^(?:slide|folie|diapositiva|diapo|슬라이드)\s*\d{1,3}\b/i;
/** A company's legal form, last in its name (`GmbH`, `AG`, `Inc.`, `Ltd`, `S.A.`). */
const LEGAL_FORM_END =
  /\s(?:GmbH|AG|SE|KG|Inc\.?|Ltd\.?|Limited|LLC|LLP|plc|PLC|S\.A\.|SA|AB|AS|ASA|Oy|N\.V\.|B\.V\.|Corp\.?|Co\.|s\.r\.o\.|sp\.\s?z\s?o\.o\.|Pte\.?\s?Ltd\.?)$/;
/** A presenter's line: the name (a title such as `Dr.` before it), the post, the organisation. */
const PRESENTER =
  /^(?:(?:Dr|Prof|Mr|Ms|Mrs|Ir|Ing)\.?\s+)*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}),\s+([^,]{2,60}),\s+(\p{Lu}[^,]{1,80})$/u;

/**
 * A talk's slides exported as an outline (`## Slide 1 – Title`, `## Slide 2 – …`, each slide a heading of its own):
 * its head, above the first slide, names the event with its date (`**Ostdeutsche Energietage 2026 · Leipzig · 24 June
 * 2026 · Panel 3: …**`) and the presenter (`Dr. Miriam Koch, Chief Technical Officer, Elbnetz Transmission GmbH`): the
 * presenter is the author, the organisation the outlet, the event's date the date; the lines are no text.
 */
function slideDeckHead(
  lines: Line[],
  from: number,
): { author?: string; org?: string; date?: string; lines: number[] } | undefined {
  let first = -1,
    slides = 0;
  for (let k = from; k < lines.length && slides < 2; k++)
    if (lines[k].level === 2 && SLIDE_HEADING.test(lines[k].t)) {
      if (first < 0) first = k;
      slides++;
    }
  if (slides < 2) return undefined;
  const r: { author?: string; org?: string; date?: string; lines: number[] } = { lines: [] };
  for (let k = from; k < first; k++) {
    const L = lines[k];
    if (L.t === '' || L.level || L.t.length > 200) continue;
    const p = !r.author ? PRESENTER.exec(L.t) : null;
    // (the organisation with its legal form, or named otherwise than a person is)
    if (p && (!looksLikePersonName(p[3]) || LEGAL_FORM_END.test(p[3]))) {
      r.author = p[1];
      r.org = p[3].replace(/[.]$/, '');
      r.lines.push(k);
      continue;
    }
    // (the event's line, its parts set apart by dots or bars, one of them the date)
    const d = !r.date && /\s[·|]\s/.test(L.t) ? findDate(L.t) : undefined;
    if (d) {
      r.date = d.iso;
      r.lines.push(k);
    }
  }
  return r.author || r.date ? r : undefined;
}

/** A story's note that it was updated or corrected, with the day (`This story was updated on 15 August to …`). */
const UPDATE_NOTE =
  /^\(?(?:this|the)\s+(?:story|article|report|piece)\s+was\s+(?:updated|corrected|amended)\s+on\s+(\d{1,2}\s+\p{L}{3,9}|\p{L}{3,9}\s+\d{1,2})(?:,?\s+((?:19|20)\d\d))?\b/iu;
/**
 * The day a story's closing note says it was updated (among its last lines, in emphasis or not), the year the story's
 * where the note gives none; undefined unless it is after the story's date.
 */
function updateNote(lines: Line[], date: string): string | undefined {
  for (let k = lines.length - 1, seen = 0; k >= 0 && seen < 12; k--) {
    const t = withoutEmphasis(lines[k].t.trim());
    if (t === '' || (lines[k].furniture && !UPDATE_NOTE.test(t))) continue;
    seen++;
    const m = t.length <= 300 ? UPDATE_NOTE.exec(t) : null;
    const day = m ? findDate(`${m[1]} ${m[2] ?? date.slice(0, 4)}`)?.iso : undefined;
    if (day) return day > date ? day : undefined;
  }
  return undefined;
}

/** A property of a note app's raw note, `key: value` or a key alone (`parent_id: 2b7d…`, `author: `, `type_: 1`). */
const NOTE_PROPERTY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_?:(?:\s.*)?$/;
/**
 * The properties a note app keeps under a note's text in its raw form (Joplin's: `id:`, `parent_id:`, `created_time:`,
 * `source_url:`, `author:` … `type_:`), a run of eight or more to the file's end with the note's `id` among them: the
 * app's, no text; the address the note was clipped from (`source_url`) names the site the article is from.
 */
function noteProperties(lines: Line[]): { host?: string } | undefined {
  let k = lines.length - 1;
  while (k >= 0 && lines[k].t.trim() === '') k--;
  const end = k;
  const keys = new Map<string, string>();
  for (; k >= 0 && NOTE_PROPERTY.test(lines[k].t.trim()); k--) {
    const t = lines[k].t.trim();
    const at = t.indexOf(':');
    keys.set(t.slice(0, at), t.slice(at + 1).trim());
  }
  if (end - k < 8 || !keys.has('id')) return undefined;
  for (let j = k + 1; j <= end; j++) lines[j].furniture = true;
  const source = [...keys].find(([key, v]) => /(?:^|_)(?:source_)?url$/.test(key) && /^https?:\/\//i.test(v))?.[1];
  return { host: source ? /^https?:\/\/([^/:?#\s]+)/i.exec(source)?.[1] : undefined };
}

/** A forum's line naming its session (`남도산업정책포럼 제12차 정책토론회`, `제3회 … 세미나`). */
const FORUM_SESSION =
  /제\s?\d{1,3}\s?(?:차|회)\s?(?:[가-힣A-Za-z]{0,8}\s?)?(?:토론회|세미나|포럼|심포지엄|간담회|공청회|컨퍼런스|워크숍|학술대회)$/;
/** A paper's mark in a forum's proceedings, alone on its line (`【발제 2】`, `[발제 1]`, `주제발표 2`). */
const PAPER_MARK = /^[【\[<〈]?\s*(?:발제|주제\s?발표|기조\s?발제)\s*\d{0,2}\s*[】\]>〉]?$/;
/** Its presenter under the title, the affiliation and post in brackets (`김서연 (한국산업경제연구원 연구위원)`). */
const PAPER_PRESENTER = /^([가-힣]{2,4})\s*[(（]\s*[가-힣A-Za-z0-9·\s]{2,40}[)）]$/;

/**
 * A forum's or seminar's proceedings (자료집): a cover with its fields (`일시: …`, `장소: …`, `주최: 한국산업경제연구원, …`),
 * then a paper under its mark (`【발제 2】`), its title and its presenter: the first organiser is the outlet, the
 * paper's title the headline, its presenter the author.
 */
function forumPaper(
  lines: Line[],
  from: number,
): { host?: string; title?: string; presenter?: string; lines: number[] } | undefined {
  let host: string | undefined,
    when = false,
    mark = -1;
  for (let k = from, seen = 0; k < lines.length && seen < 40; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    if (t.length > 80 || !hasMark(lines[k], MARK.HANGUL)) continue;
    if (/^일\s?시\s*[:：]/.test(t)) when = true;
    const h = /^주\s?최\s*[:：]\s*(\S.{1,80})$/.exec(t);
    if (h) host ??= h[1].split(/\s*[,，·ㆍ]\s*/)[0].trim();
    if (PAPER_MARK.test(t)) {
      mark = k;
      break;
    }
  }
  if (!when || !host) return undefined;
  const r: { host?: string; title?: string; presenter?: string; lines: number[] } = { host, lines: [] };
  if (mark < 0) {
    // (no paper's mark: the session's own title on the cover, under the forum's line naming the session, `남도산업정책포럼
    // 제12차 정책토론회`, its wrapped lines one, its subtitle, `- … -`, and the fields under it aside: not the forum's name)
    for (let k = from, seen = 0; k < lines.length && seen < 6; k++) {
      const t = lines[k].t.trim();
      if (t === '' || lines[k].furniture) continue;
      seen++;
      if (/^일\s?시\s*[:：]/.test(t)) break;
      if (t.length > 60 || !FORUM_SESSION.test(t)) continue;
      const own: string[] = [];
      for (let j = nextNonBlank(lines, k + 1); j < lines.length && own.length < 3; j++) {
        const u = lines[j].t.trim();
        if (u === '' || /^[-–—〈<(（]/.test(u) || /^[가-힣]{1,2}(?:\s?[가-힣]){0,2}\s*[:：]/.test(u)) break;
        own.push(u);
      }
      const title = own.join(' ');
      if (title && title.length <= 120 && !isProseLine(title)) r.title = title;
      break;
    }
    return r;
  }
  const next = (k: number) => {
    for (let j = k; j < lines.length && j < k + 4; j++) if (lines[j].t !== '') return j;
    return -1;
  };
  const ti = next(mark + 1);
  const pi = ti >= 0 ? next(ti + 1) : -1;
  const p = pi >= 0 ? PAPER_PRESENTER.exec(lines[pi].t) : null;
  if (p && !isProseLine(lines[ti].t)) {
    r.title = lines[ti].t;
    r.presenter = p[1];
    r.lines.push(mark, pi);
  }
  return r;
}

/** A plain text's rule of equals signs, dashes or box lines. */
const RULED = /^(?:={10,}|-{10,}|─{10,}|═{10,}|━{10,})$/;

/**
 * A public body's letterhead set between rules at a document's head (`=====` / `MINISTRY OF THE ENVIRONMENT OF THE
 * CZECH REPUBLIC` / `Managing Authority of the Operational Programme …` / `=====`): the body named first, in capitals,
 * is the issuer, as a reader writes it; its lines, the unit under it too, are no headline and no text.
 */
function ruledLetterhead(lines: Line[], from: number): { name: string; lines: number[] } | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  if (k >= lines.length || !RULED.test(lines[k].t)) return undefined;
  const own: number[] = [];
  let j = k + 1;
  for (; j < lines.length && own.length <= 3; j++) {
    if (RULED.test(lines[j].t)) break;
    if (lines[j].t === '') return undefined;
    own.push(j);
  }
  if (j >= lines.length || !RULED.test(lines[j].t) || !own.length || own.length > 3) return undefined;
  const top = lines[own[0]].t;
  if (top.length > 90 || /\p{Ll}|\d/u.test(top) || !OFFICE_PART.test(top)) return undefined;
  return { name: titleCased(top), lines: own };
}

/** A wire's service line (`PRENSA AUSTRAL NOTICIAS (PAN) -- ENGLISH SERVICE`, `… (XNA) — SPANISH NEWS SERVICE`). */
const WIRE_SERVICE =
  /^\p{Lu}[\p{Lu} .,'’&-]{3,60}?\s*\([A-Z]{2,6}\)\s*(?:--|[—–-])\s*(?:\p{Lu}+\s){0,3}(?:NEWS\s+)?SERVICE$/u;
/**
 * A wire terminal's head line over a story: its transmission line, the service's code, the day and time sent with its
 * zone and the desk's codes in capitals (`SNW  19/03/2026 09:42 GMT  [SNW-ENG]  FIN ENE TEC SN`, `Transmitted:
 * 22-Oct-2026 04:12 GMT`); its fields (`PRIORITY: 3   WORDS: 803   ID: nSNW19031a4`, `SLUG: SENEGAL-STARGATE/SENDOU
 * (CORRECTED)`, `Topics: NPL KOR ENRG`); its service's name and the story's number (`LANTERN WIRE SERVICE   Story
 * LW-20261021-0417 (CORRECTED)`). `sent`: the day sent, as written (in the zone given).
 */
export function wireHead(t: string): { sent?: string[]; service?: string } | undefined {
  const sent = WIRE_SENT.exec(t);
  // (…the service named after its codes, `[HNS-T-4471-EN]  Source: Halyard News Service`: the service's name)
  const source = sent ? /\s(?:Source|SOURCE)\s*:\s*(\p{Lu}[\p{L} .&'’-]{2,60}?)\s*$/u.exec(sent[3]) : null;
  const codes = sent && source ? sent[3].slice(0, source.index) : sent?.[3];
  if (sent && !/\p{Ll}/u.test(codes!)) {
    // (a day and a month in figures both 12 or under, `06/11/2026`: either reading, the dateline's day decides)
    const num = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(sent[2]);
    const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const service = source?.[1].trim();
    if (num && Number(num[1]) <= 12 && Number(num[2]) <= 12 && num[1] !== num[2])
      return { sent: [iso(num[3], num[2], num[1]), iso(num[3], num[1], num[2])], service };
    const d = findDate(sent[2]);
    return d && d.index === 0 ? { sent: [d.iso], service } : { service };
  }
  if (WIRE_FIELDS.test(t) && !/[.!?]$/.test(t)) return {};
  const story = WIRE_STORY.exec(t);
  if (story) return { service: headlineCased(story[1].trim()) };
  return undefined;
}
const WIRE_SENT =
  /^(?:(Transmitted|TRANSMITTED|Sent|SENT|Filed|FILED|Moved|MOVED)\s*:\s*|[A-Z]{2,8}\s+)(\d{1,2}[/.-](?:\d{1,2}|[A-Z][a-z]{2})[/.-](?:19|20)\d\d)\s+\d{1,2}:\d\d(?::\d\d)?\s*(?:GMT|UTC|Z)\b(.*)$/u;
const WIRE_FIELDS =
  /^(?:(?:PRIORITY|Priority|WORDS|Words|SLUG|Slug|TOPICS|Topics|CODES|Codes|RELATED|Related|ID)\s*:\s*\S.{0,100}|(?:STORY|Story)\s+#\s?\d{1,10}(?:\s+\S.{0,100})?)$/u;
const WIRE_STORY = /^(\p{Lu}[\p{Lu} .&'’-]{2,60})\s+Story\s+[A-Z0-9][A-Z0-9-]{3,30}(?:\s*\([A-Z ]{2,20}\))*$/u;
/** A wire's new version of a story (`UPDATE 1-…`, `CORRECTED-UPDATE 2-…`), its slug before the headline. */
const WIRE_UPDATE = /^(?:(?:RPT|REFILE|CORRECTED)-)*UPDATE\s\d{1,2}-/;

/**
 * A dateline's day and month (`March 18`) in the year of the day the story was sent (a December story sent in January:
 * the year before), with the reading of the sending day that falls on it or soonest after (within a month).
 */
function sentAfter(dateText: string, sent: string[]): { date: string; sent: string } | undefined {
  let best: { date: string; sent: string; gap: number } | undefined;
  for (const s of sent) {
    const year = Number(s.slice(0, 4));
    let d = findDate(`${dateText.trim()}, ${year}`)?.iso;
    if (d && d > s) d = findDate(`${dateText.trim()}, ${year - 1}`)?.iso;
    if (!d) continue;
    const gap = Date.parse(s) - Date.parse(d);
    if (gap <= 31 * 86_400_000 && (!best || gap < best.gap)) best = { date: d, sent: s, gap };
  }
  return best && { date: best.date, sent: best.sent };
}

/** A wire story's slug (`=CHILE-STARGATE/ (TRANSLATED) (PICTURE)`, `CHILE-STARGATE/`). */
const WIRE_SLUG = /^=?[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\/(?:\s*\([A-Z ]{2,20}\))*$/;

/** A line ending on a word a date follows in the same sentence (`… held on`, `… dated`, `… as of`). */
const DATE_GOES_ON = /\b(?:on|of|dated|from|until|till|to|by|since|before|after|between|and)$/i;

/** A date in numbers opening a line (`03-10-2026`, `2026.09.15`, `10/03/2026`). */
const DATE_SHAPE = /^(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)/;

/** Whether a line next to line k (no blank between) opens with a date too: rows of a table of dated steps. */
function datedRowBeside(lines: Line[], k: number): boolean {
  for (const j of [k - 1, k + 1]) {
    const t = lines[j]?.t;
    // (a date by its shape: `03-10-2026` may be either month's, and still a row's date)
    if (t && /^\d/.test(t) && (DATE_SHAPE.test(t) || findDate(t.slice(0, 24))?.index === 0)) return true;
  }
  return false;
}

/** Whether the line above line k (no blank between) is a form's field, its colon set apart (`Label (Nombre)   : value`). */
function fieldAbove(lines: Line[], k: number): boolean {
  const p = k > 0 ? lines[k - 1] : undefined;
  if (!p || p.t === '') return false;
  if (/^\S.{0,60}?\s+[:：]\s+\S/.test(p.t)) return true;
  // (…or a value's wrapped line under one)
  const q = k > 1 ? lines[k - 2] : undefined;
  return !!q && q.t !== '' && p.ts - p.start >= 8 && /^\S.{0,60}?\s+[:：]\s+\S/.test(q.t);
}

/** A Korean body that publishes briefs, with its initials (`한·중남미비즈니스협력센터(KOLAC)`, `한국에너지경제연구원`). */
const KO_BRIEF_BODY =
  /^([가-힣·ㆍ]{1,15}(?:[-–][가-힣·ㆍ]{1,15})?(?:센터|연구원|연구소|재단|협회|학회|포럼|연구회|진흥원|진흥공사|공사|공단|위원회))(?:\s?[(（][A-Za-z]{2,10}[)）])?$/;
/** A series line numbering its issue (`중남미 디지털·에너지 인프라 월간 브리프      제2026-11호`, `… Vol. 12`). */
const KO_SERIES_ISSUE = /(?:제\s?\d{1,4}(?:\s?[-–]\s?\d{1,3})?\s?호|\bvol\.\s?\d{1,4}|\bno\.\s?\d{1,4})$/i;
const HEAVY_RULE = /^(?:[━═─=_-]\s?){10,}$/;

/**
 * A Korean body's brief with its masthead between rules (`━━━━` / `한·중남미비즈니스협력센터(KOLAC)` / `중남미 … 월간
 * 브리프   제2026-11호` / …): the body is its publisher (its initials left off); the name and series lines are no
 * headline and no text.
 */
function koRuledMasthead(lines: Line[], from: number): { body: string; lines: number[] } | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  if (k >= lines.length || !HEAVY_RULE.test(lines[k].t)) return undefined;
  let j = k + 1;
  while (j < lines.length && lines[j].t === '') j++;
  const m = j < lines.length ? KO_BRIEF_BODY.exec(lines[j].t) : null;
  if (!m || j + 1 >= lines.length) return undefined;
  const series = lines[j + 1].t;
  if (series.length > 120 || !/[가-힣]/.test(series) || !KO_SERIES_ISSUE.test(series)) return undefined;
  return { body: m[1], lines: [j, j + 1] };
}

/** A public body as the subject opening a release's first paragraph (`□ 산업통상부는 …`, `□ 한국전력공사는 …`). */
const RELEASE_BODY_SUBJECT =
  /^□\s*([가-힣]{2,15}(?:부|처|청|위원회|공사|공단|진흥원|진흥공사|연구원|특별시|광역시|특별자치도|특별자치시|도|시|군|구))(?:은|는)\s/;

/** An agency in capitals with its initials, then its government (`AGENCIA DE EVALUACIÓN AMBIENTAL (AEA) -- GOBIERNO DE CHILE`). */
const AGENCY_HEAD =
  /^(\p{Lu}[\p{Lu} .,'’&-]{3,80}?)\s*\([A-Z]{2,8}\)\s*(?:--|[—–|-])\s*(?:GOBIERNO|GOVERNMENT|GOUVERNEMENT|GOVERNO|GOVERNO|STATE|ESTADO|REP[UÚ]BLICA|REPUBLIC)\b[\p{Lu} .,'’-]{0,40}$/u;

/** A letterhead's name in capitals and, after a dash, its initials or what it is. */
const DASHED_LETTERHEAD = /^(\p{Lu}[\p{Lu} .,'’&-]{5,100}?)\s+[—–]\s+(\p{Lu}[\p{Lu} .,'’&-]{1,80})$/u;
/** A letterhead's line of where to find the body (its site, its address, its telephone). */
const CONTACT_LINE = /www\.|https?:\/\/|@[\w-]+\.|\b(?:tel|phone|fax)\b\.?/i;

function dashedLetterhead(lines: Line[], at: number): string | undefined {
  const m = DASHED_LETTERHEAD.exec(lines[at].t.trim());
  if (!m) return undefined;
  let j = at + 1;
  while (j < lines.length && lines[j].t === '') j++;
  if (j >= lines.length || j > at + 2 || !CONTACT_LINE.test(lines[j].t) || lines[j].t.length > 200) return undefined;
  const name = m[1].trim();
  const spelled = spelledInText(name, lines);
  const cased =
    spelled !== name
      ? spelled
      : titleCased(name)
          .replace(/(?<=\s)(?:De|Del|La|Las|Los|Y|E|Da|Do|Dos|Das|Des|Du|Le|Et)(?=\s)/g, (w) => w.toLowerCase())
          .replace(/\b(?:\p{L}\.){2,}/gu, (w) => w.toUpperCase());
  return /^[A-Z]{2,8}$/.test(m[2].trim()) ? `${cased} (${m[2].trim()})` : cased;
}

/** What a document is, in two languages and in capitals (`RESUMEN DE RESOLUCIÓN / SUMMARY OF RESOLUTION`). */
const KIND_TWICE =
  /^\p{Lu}[\p{Lu} ]{3,40}\s\/\s\p{Lu}[\p{Lu} ]{3,40}(?:\s+[—–-]\s+\p{Lu}[\p{Lu} ]{3,40}\s\/\s\p{Lu}[\p{Lu} ]{3,40})?$/u;

/**
 * A body's document under its letterhead in capitals (see dashedLetterhead), saying what it is in two languages
 * (`COMUNICADO DE PRENSA / PRESS RELEASE — ACCIÓN DE CALIFICACIÓN / RATING ACTION`, `RESUMEN DE RESOLUCIÓN / SUMMARY OF
 * RESOLUTION`): its head down to its title in capitals is no text (the kind, a note on the version, its reference
 * fields, the place and date, the rules); the title, its lines joined and its quotation marks aside, written as the text
 * writes its words, is the headline; the place-and-date line or `Date`/`Fecha` field above it, the date.
 */
function letterheadDocument(
  lines: Line[],
  at: number,
  body: string,
): { head: number[]; title?: string; date?: string; dateLine?: number } | undefined {
  let k = at + 1;
  while (k < lines.length && lines[k].furniture) k++;
  const head: number[] = [];
  let kind = false,
    date: string | undefined,
    dateLine: number | undefined;
  for (let seen = 0; k < lines.length && seen < 16; k++) {
    const t = lines[k].t.trim();
    if (t === '' || lines[k].furniture) continue;
    seen++;
    // (the reference fields beside or above it, `Radicado: 131-0874-2026`, `Fecha: 14/08/2026`, set to the right)
    if (!kind && t.length <= 60 && /^\p{Lu}[\p{L} ]{1,30}\s?[:：]\s*\S/u.test(t)) {
      const f = /^(?:fecha|date)\s*[:：]\s*(.+)$/i.exec(t);
      const fd = f ? findDate(f[1]) : undefined;
      if (fd) {
        date ??= fd.iso;
        dateLine ??= k;
      }
      head.push(k);
      continue;
    }
    if (!kind) {
      if (!KIND_TWICE.test(t)) return undefined;
      kind = true;
      head.push(k);
      continue;
    }
    const d = t.length <= 60 ? findDate(t) : undefined;
    if (
      d &&
      (/^(?:fecha|date)\s*[:：]/i.test(t) || /^\p{Lu}[\p{L} .]{1,30},\s/u.test(t)) &&
      d.index + d.length >= t.length - 1
    ) {
      date ??= d.iso;
      dateLine ??= k;
      head.push(k);
      continue;
    }
    if (/^[=_─━-]{10,}$/.test(t)) {
      head.push(k);
      continue;
    }
    const up = t.replace(/\bNo\./g, 'NO.');
    if (up === up.toUpperCase() && /\p{Lu}{3}.*\s.*\p{Lu}{3}/u.test(t) && !/^[\p{Lu} ]{2,30}\s?[:(]/u.test(t)) {
      const caps = [t];
      for (let j = k + 1; j < lines.length && caps.length < 5; j++) {
        const u = lines[j].t.trim();
        if (u === '' || /^[=_─━-]{10,}$/.test(u) || u.replace(/\bNo\./g, 'NO.') !== u.toUpperCase()) break;
        caps.push(u);
      }
      const text = lines
        .slice(k + caps.length)
        .map((L) => L.t)
        .join('\n');
      const joined = caps
        .join(' ')
        .replace(/\s+/g, ' ')
        .replace(/\s["“]([^"”]+)["”]$/, ' $1');
      return { head, title: writtenAsText(joined, text, [body]), date, dateLine };
    }
    // (a note on the version, a reference field, the office's line: the head's)
    if (t.length > 300) return undefined;
    head.push(k);
  }
  return undefined;
}

/** A government in capitals heading its order (`GOVERNMENT OF MAHARASHTRA`, `STATE GOVERNMENT OF …`). */
const GOVERNMENT_LINE = /^(?:STATE\s+)?GOVERNMENT\s+OF\s+(?:THE\s+)?[A-Z][A-Z .&'’-]{2,40}$/;
/** A government's document number (`Government Resolution No. IDC-2026/…`, `G.R. No. …`, `Notification No. …`). */
const GOVERNMENT_DOC_NO =
  /\b(?:government\s+resolution|g\.\s?r\.|order|notification|circular|(?:office\s+)?memorandum|resolution)\s+no\.?\s*[:：]?\s*[A-Z0-9]/i;

/**
 * A government's order or resolution in its own form (a State's Government Resolution: its subject, then `GOVERNMENT OF
 * MAHARASHTRA`, the department, `Government Resolution No. …`, `Dated: …`): the government's, however far down its
 * head the name stands.
 */
function governmentHead(lines: Line[], from: number): { name: string; line: number } | undefined {
  for (let k = from, seen = 0; k < lines.length && seen < 15; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    if (t.length > 60 || !GOVERNMENT_LINE.test(t)) continue;
    for (let j = k + 1, n = 0; j < lines.length && n < 3; j++) {
      if (lines[j].t === '') continue;
      n++;
      if (lines[j].t.length <= 120 && GOVERNMENT_DOC_NO.test(lines[j].t)) return { name: titleCased(t), line: k };
    }
    return undefined;
  }
  return undefined;
}

/** Lines from `j` on, each in capitals and beginning with the line before it (`ISTRIA COUNTY` / `ISTRIA COUNTY SPATIAL …`). */
function nestedUnits(lines: Line[], j: number): number[] | undefined {
  const caps = (u: string) =>
    u.length >= 4 && u.length <= 90 && !/\p{Ll}|\d|[.!?:;,]$/u.test(u) && /\p{Lu}{2}/u.test(u);
  const out = [j];
  for (let q = j + 1; q < lines.length && out.length < 4; q++) {
    const u = lines[q].t.trim(),
      prev = lines[out[out.length - 1]].t.trim();
    if (!caps(u) || !caps(prev) || !u.startsWith(prev + ' ')) break;
    out.push(q);
  }
  if (out.length < 2) return undefined;
  // (its legal form on the line under it, `Public institution`, and its file's reference fields under that, `CLASS:
  // 350-02/26-01/14`, `REG. NO.: 2163-…`: the letterhead's)
  let q = out[out.length - 1] + 1;
  if (q < lines.length && /^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}$/u.test(lines[q].t.trim()) && (lines[q + 1]?.t ?? '') === '')
    out.push(q++);
  while (q < lines.length && lines[q].t === '') q++;
  for (; q < lines.length && /^[A-Z][A-Z. ]{1,20}:\s+[\w/.-]{3,40}$/.test(lines[q].t.trim()); q++) out.push(q);
  return out;
}

function ministryUnderState(
  lines: Line[],
  from: number,
): { name: string; lines: number[]; state?: boolean } | undefined {
  let k = from;
  while (k < lines.length && (lines[k].furniture || lines[k].t === '')) k++;
  if (k >= lines.length || lines[k].t.length > 60 || !STATE_LINE.test(lines[k].t.trim())) return undefined;
  let j = k + 1;
  while (j < lines.length && j <= k + 2 && lines[j].t === '') j++;
  const t = j < lines.length ? lines[j].t.trim() : '';
  // (…or a body inside a region's government, each level on a line of its own in capitals, each naming the one above it
  // first: `REPUBLIC OF CROATIA` / `ISTRIA COUNTY` / `ISTRIA COUNTY SPATIAL PLANNING INSTITUTE`: the last, the issuer)
  const nested = nestedUnits(lines, j);
  const unit = nested?.filter((q) => !/\p{Ll}|:/u.test(lines[q].t)).pop();
  if (nested && unit !== undefined)
    return { name: titleCased(lines[unit].t.trim()), lines: [k, ...nested], state: true };
  if (t.length < 8 || t.length > 160 || /[.!?:]$|\d/.test(t) || !MINISTRY_LINE.test(t)) return undefined;
  const name = /\p{Ll}/u.test(t) ? t : titleCased(t);
  // (an office named for the post it serves, `OFFICE OF THE PRIME MINISTER` under `REPUBLIC OF RWANDA`, is that state's
  // office: named with the state's short name, as a ministry's own name is not)
  const state = lines[k].t.trim().replace(STATE_LINE_HEAD, '').trim();
  const held = /^office\s+of\s+the\s+(?:prime\s+minister|president|vice[\s-]president|chief\s+minister|premier)$/i.test(
    name,
  );
  return { name: held && state ? `${name} of ${titleCased(state)}` : name, lines: [k, j], state: true };
}

/**
 * The issuer named on a line of its own over a document's title: an office's letterhead (`OFFICE OF THE GOVERNOR —
 * STATE OF WYOMING`, its parts joined by a comma, as a reader writes them), or a union's or association's name
 * (`**Columbia Gorge Building Trades Council**`, `전국전력산업노동조합`) that the text names again below; a
 * tagline in emphasis under it (`*Affiliated with …*`) is its too. The title must follow.
 */
function issuerAbove(lines: Line[], from: number): { name: string; lines: number[] } | undefined {
  const next = (k: number) => {
    for (let j = k; j < lines.length; j++) if (!lines[j].furniture && lines[j].t !== '') return j;
    return -1;
  };
  const k = next(from);
  if (k < 0) return undefined;
  const t = withoutEmphasis(lines[k].t).trim();
  // No figure but a union local's number (`… LOCAL 150`).
  if (t.length < 4 || t.length > 90 || /[.!?]$/.test(t) || /\d/.test(t.replace(/\blocal\s+\d{1,4}$/i, '')))
    return undefined;
  if (lines[k].level) return undefined;
  const own = [k];
  let j = next(k + 1);
  // a tagline in emphasis under the name
  if (j >= 0 && lines[j].deco === '*' && lines[j].t.length <= 120) {
    own.push(j);
    j = next(j + 1);
  }
  if (j < 0 || !isHeadlineLike(cleanTitle(lines[j].t)) || isProseLine(lines[j].t)) return undefined;
  // The title says what the document is (`FACT SHEET: …`, `Statement on …`, `[성명] …`), or the text names the body again.
  const kind = DOC_KIND.test(cleanTitle(lines[j].t)) || /^\[(?:성명서?|논평|보도\s?자료)\]/.test(lines[j].t);
  const namedAgain = (name: string) => {
    const again = new RegExp(escapeRe(name).replace(/\\? /g, '\\s+'), /[가-힣]/.test(name) ? '' : 'i');
    for (let q = j + 1; q < lines.length; q++) if (again.test(lines[q].t)) return true;
    return false;
  };
  const cased = (p: string) => (/\p{Ll}/u.test(p) ? p : titleCased(p));
  const parts = t.split(/\s+[—–|·]\s+/);
  // (its press office named after it says the document is the office's: no need of the text naming it again)
  const pressOffice = parts.length > 1 && PRESS_OFFICE.test(parts[parts.length - 1]);
  if (pressOffice) parts.pop();
  if (
    parts.length <= 3 &&
    parts.every((p) => OFFICE_PART.test(p)) &&
    (kind || pressOffice || namedAgain(parts[parts.length - 1]))
  )
    return { name: parts.map(cased).join(', '), lines: own };
  // A body's name with its branch after a dash (`CONSTRUCTION AND ENERGY WORKERS' UNION — NSW BRANCH`, `전국전력노동조합 —
  // 울산지부`): the branch issues it, named whole with the dash as written; the text may name the body again by its
  // initials (`Authorised by …, CEWU NSW Branch`), as unions and associations sign their notices.
  const branch = parts.length === 2 && BODY_END.test(parts[0]) && BRANCH.test(parts[1]);
  if ((parts.length > 1 && !branch) || !BODY_END.test(parts[0])) return undefined;
  const acronym = initialsOf(parts[0]);
  const again =
    namedAgain(parts[0]) ||
    (acronym !== undefined &&
      lines.some((L, q) => q > j && new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'u').test(L.t)));
  if (!again) return undefined;
  if (!branch) return { name: spelledInText(t, lines), lines: own };
  const sep = /\s+([—–|·])\s+/.exec(t)![1];
  const spell = (p: string) => {
    const w = spelledInText(p, lines);
    return w !== p ? w : cased(p);
  };
  return { name: `${spell(parts[0])} ${sep} ${spell(parts[1])}`, lines: own };
}

/** A body's branch named after it (`NSW Branch`, `Local 150`, `Western Division`, `울산지부`). */
const BRANCH =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*)\s+){0,3}(?:branch|division|chapter|region|district|local\s+\d{1,4})$|^[가-힣]{1,10}(?:지부|지회|분회|지역본부|본부)$/iu;

/** The initials a body's name is called by (`CEWU` of `Construction and Energy Workers' Union`), three or more. */
function initialsOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !/^(?:and|of|the|for|&)$/i.test(w));
  if (words.length < 3 || !words.every((w) => /^\p{L}/u.test(w))) return undefined;
  return words.map((w) => w[0].toUpperCase()).join('');
}

/**
 * A lawmaker's letterhead among a release's first lines (`국회의원 한지우 (전북 군산·김제·부안갑)`, a party before it, `의원실`
 * after it), and the committee line under it (`국회 산업통상자원중소벤처기업위원회`): the office, as `국회의원 한지우`.
 */
function lawmakerOffice(lines: Line[], from: number): { name: string; lines: number[] } | undefined {
  for (let k = from, seen = 0; k < lines.length && seen < 6; k++) {
    const t = lines[k].t.trim();
    if (t === '' || lines[k].furniture) continue;
    seen++;
    if (isProseLine(t)) return undefined;
    const m =
      t.length <= 60
        ? /^(?:[가-힣]{2,8}당\s+)?국회의원\s+([가-힣]{2,4})(?:\s*의원실)?(?:\s*[(（][^()（）]{2,40}[)）])?$/.exec(t)
        : null;
    if (!m) continue;
    const own = [k];
    for (let j = k + 1; j < lines.length; j++) {
      const u = lines[j].t.trim();
      if (u === '') continue;
      if (u.length <= 40 && /^국회\s?[가-힣·ㆍ]{2,30}위원회(?:\s?(?:위원|위원장|간사))?$/.test(u)) own.push(j);
      break;
    }
    return { name: `국회의원 ${m[1]}`, lines: own };
  }
  return undefined;
}

/**
 * The episode's title on the line under a podcast's show line that ends in the episode's number (`GRIDCAST — Episode
 * 41` / `"Ankeny, water and the 1.1-gigawatt question"`), its quotation marks off; undefined when no such title follows.
 */
/**
 * The host of a show, who opens its episode introducing themselves with the show's name (`… 항구경제 라디오 고은채입니다`,
 * `Welcome to The Load Factor, I'm Dana Whitford`, `I'm Dana Whitford and this is The Load Factor`), among its first lines.
 */
function showHost(lines: Line[], from: number, show: string): string | undefined {
  const s = escapeRe(show);
  const ko = new RegExp(`${s}\\s*(?:의\\s*)?(?:진행자|앵커|MC)?\\s*([가-힣]{2,4})입니다`);
  const en = new RegExp(
    `(?:(?:welcome\\s+to|this\\s+is)\\s+${s}[,.;:]?\\s+(?:I'm|I am)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2}))|(?:I'm|I am)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2}),?\\s+and\\s+this\\s+is\\s+${s}`,
    'iu',
  );
  for (let k = from, seen = 0; k < lines.length && seen < 20; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    const m = ko.exec(t) ?? en.exec(t);
    const name = m?.[1] ?? m?.[2];
    if (name) return name;
  }
  return undefined;
}

const EPISODE_IN_LINE =
  /^(\S.{1,40}?)\s(?:[—–:|·-]\s*)?(?:episode|ep\.?|에피소드)\s*#?\s*\d{1,4}\s*[—–:|-]\s*(\S.{4,120}?)(\s*[(\[](?:녹음본|녹음|녹취|recording|audio|transcript)[)\]])?$/i;

/** A recording's date line with its length, as a note-taking app exports it (`2026.10.08 목 오후 2:14 ・ 41분 52초`). */
function recordingLine(lines: Line[], from: number): boolean {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  const t = k < lines.length ? lines[k].t : '';
  return (
    t.length <= 80 &&
    !!findDate(t) &&
    /[・·|]\s*(?:\d{1,2}\s?시간\s?)?\d{1,3}\s?분(?:\s?\d{1,2}\s?초)?$|[・·|]\s*(?:\d{1,2}h\s?)?\d{1,3}m(?:\s?\d{1,2}s)?$/.test(
      t,
    )
  );
}

function episodeTitle(lines: Line[], k: number): string | undefined {
  const t = lines[k].t.trim();
  if (t.length > 80 || !/\s[—–:|·-]\s*(?:episode|ep\.)\s*#?\s*\d{1,4}$/i.test(t)) return undefined;
  for (let j = k + 1; j < lines.length; j++) {
    const L = lines[j];
    if (L.t === '') continue;
    if (L.furniture || isProseLine(L.t)) return undefined;
    const u = cleanTitle(L.t.replace(/^["“](.+)["”]$/, '$1'));
    return isHeadlineLike(u) ? u : undefined;
  }
  return undefined;
}

/** A company's legal form at the end of its name (`Co., Ltd.`, `, Inc.`, `Corp.`). */
const TRAILING_FORM =
  /,?\s(?:Co\.,?\s?Ltd\.|Co\.|Ltd\.|Inc\.|Corp\.|Corporation|LLC|plc|PLC|AG|SE|S\.A\.|N\.V\.|GmbH|AB|ASA|AS|CO\.,?\s?LTD\.|LTD\.|INC\.|CORP\.|CORPORATION|LIMITED)$/;

/**
 * A Markdown document's letterhead: its first line in bold naming its issuer (`**Tsukishima Heavy Electric Co.,
 * Ltd.**`; in two languages, `**Boryeong City, Chungcheongnam-do · 충청남도 보령시**`), then short lines of particulars
 * (a securities code, a date, whom to contact) or a note in emphasis, then the first heading: the title (a bold name
 * right over the heading, with none of those, is not confirmed as the issuer's). The issuer is
 * the name in the document's script, with its legal form; a city's or county's region after a comma is not its name.
 */
function letterheadOverHeading(lines: Line[], from: number): { name: string; lines: number[] } | undefined {
  let k0 = from;
  while (k0 < lines.length && (lines[k0].furniture || lines[k0].t === '')) k0++;
  if (k0 >= lines.length || lines[k0].deco !== '**' || lines[k0].level || lines[k0].t.length > 90) return undefined;
  const own = [k0];
  let note = false;
  for (let k = k0 + 1, seen = 0; k < lines.length && seen < 8; k++) {
    const L = lines[k];
    if (L.t === '' || L.furniture) continue;
    seen++;
    if (L.level) {
      const h = cleanTitle(L.t);
      if (!isHeadlineLike(h) || isProseLine(h) || isPressReleaseMark(h) || isSectionWord(h)) return undefined;
      break;
    }
    // a note in emphasis over two lines or more (`*This is an English translation … \n … prevails.*`)
    if (note || (/^[*_](?![*_\s])/.test(L.t) && !/[*_]$/.test(L.t))) {
      note = !/[*_]$/.test(L.t);
      own.push(k);
      continue;
    }
    if (L.t.length > 120 || (isProseLine(L.t) && L.deco !== '*')) return undefined;
    own.push(k);
    if (k === lines.length - 1) return undefined;
  }
  if (note) return undefined;
  const last = own[own.length - 1];
  let h = last + 1;
  while (h < lines.length && (lines[h].t === '' || lines[h].furniture)) h++;
  if (h >= lines.length || !lines[h].level) return undefined;
  // A bold name right over a heading is not confirmed as anyone's: particulars under it (a code, a date, whom to
  // contact) make it a letterhead.
  let between = 0;
  for (let k = k0 + 1; k < h; k++) if (lines[k].t !== '' && !isRuleLine(lines[k].t)) between++;
  if (!between) return undefined;
  // The name in the script of the heading under it; a legal form is the name's, a region after a comma is not.
  const heading = lines[h].t;
  const parts = lines[k0].t.split(/\s+[·|/]\s+/).map((p) => p.trim());
  const latin = !/[가-힣]/.test(heading);
  let name = parts.find((p) => (latin ? !/[가-힣]/.test(p) : /[가-힣]/.test(p))) ?? parts[0];
  const form = TRAILING_FORM.exec(name);
  if (!form) name = name.split(/,\s/)[0];
  const core = form ? name.slice(0, form.index) : name;
  // (a company's name before its legal form may run longer than a masthead's: `HANUL INFRASTRUCTURE ASSET MANAGEMENT`)
  const company =
    !!form && core.length <= 64 && /^\p{Lu}[\p{L}&'’.-]*(?:\s(?:\p{Lu}[\p{L}&'’.-]*|of|and|&)){1,6}$/u.test(core);
  if (!(company || isNameLike(core)) || isSectionWord(core) || findDate(name)) return undefined;
  // (a letterhead in capitals names the issuer as its text writes the name in small letters, its legal form aside:
  // `HANUL INFRASTRUCTURE ASSET MANAGEMENT CO., LTD.` signs `Hanul Infrastructure Asset Management`)
  if (company && !/\p{Ll}/u.test(core)) {
    const c = core.trim();
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(c).replace(/\\? /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
    for (let k = k0 + 1; k < lines.length; k++) {
      const m = lines[k].t.length >= c.length ? re.exec(lines[k].t) : null;
      if (m && /\p{Ll}/u.test(m[0])) return { name: m[0].replace(/\s+/g, ' '), lines: own };
    }
  }
  return { name, lines: own };
}

/** A Korean statement's kind, letter-spaced or not (`성      명`, `성명서`, `논 평`, `입장문`, `결의문`). */
const KO_STATEMENT_KIND = /^(?:성\s*명(?:\s*서)?|논\s*평|입\s*장\s*문|결\s*의\s*문|호\s*소\s*문|규\s*탄\s*문)$/;
/** A field of a Korean document's head, its label letter-spaced or not (`문서번호 : …`, `시    행 : …`). */
const KO_DOC_FIELD = /^[가-힣](?:\s{0,6}[가-힣]){1,5}\s*[:：]\s*\S/;

/** The lines of a Korean statement's head under a drawn letterhead (see where it is read), or undefined. */
function koBoxedStatementHead(lines: Line[], from: number): number[] | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  if (k >= lines.length || !/^[┏┌╔][━─═]{10,}[┓┐╗]?$/.test(lines[k].t.trim())) return undefined;
  const own: number[] = [];
  let j = k;
  for (; j < lines.length && j <= k + 8; j++) {
    own.push(j);
    if (j > k && /^[┗└╚]/.test(lines[j].t.trim())) break;
  }
  if (j >= lines.length || !/^[┗└╚]/.test(lines[j].t.trim())) return undefined;
  for (j++; j < lines.length && j <= k + 30; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    if (KO_DOC_FIELD.test(t) && t.length <= 80) {
      own.push(j);
      continue;
    }
    if (!KO_STATEMENT_KIND.test(t)) return undefined;
    own.push(j);
    return own;
  }
  return undefined;
}

/**
 * A Korean document's signature at its end: its date, the company (`한빛파워소자 주식회사`, `(주)대원`) and its
 * representative (`대표이사 윤재석`), the company, its legal form aside, as the exchange names it; or its date and the
 * union, association or alliance signing it.
 */
function koreanSignature(lines: Line[], from: number): string | undefined {
  const tail: string[] = [];
  for (let k = lines.length - 1; k >= from && tail.length < 8; k--) {
    const t = lines[k].t.trim();
    if (t === '' || /^[-–]\s*\d{1,3}\s*[-–]$/.test(t)) continue;
    tail.unshift(t);
  }
  // Whether tail line i is a date and nothing else (each line read once, for both shapes below).
  const dated: (boolean | undefined)[] = [];
  const dateLine = (i: number) => {
    if (dated[i] === undefined) {
      const d = findDate(tail[i]);
      dated[i] = !!d && d.index === 0 && d.length >= tail[i].length - 1;
    }
    return dated[i];
  };
  for (let i = 0; i + 2 < tail.length; i++) {
    if (!dateLine(i)) continue;
    const co =
      /^(?:주식회사\s*([가-힣A-Za-z0-9&·]{2,20})|(?:\(주\)|㈜)\s*([가-힣A-Za-z0-9&·]{2,20})|([가-힣A-Za-z0-9&·]{2,20})\s*(?:주식회사|\(주\)|㈜))$/.exec(
        tail[i + 1],
      );
    if (co && /^대표(?:이사|집행임원)?\s+[가-힣]{2,4}$/.test(tail[i + 2])) return co[1] ?? co[2] ?? co[3];
  }
  // An agreement's: its date, then its parties side by side, the company first, as written (`동남중전기 주식회사
  // 동남중전기 노동조합`), their signatories under them with their seals (`대표이사   오 창 민  (인)`).
  for (let i = 0; i + 2 < tail.length; i++) {
    if (!dateLine(i) || !/\(인\)/.test(tail[i + 2])) continue;
    const parties = tail[i + 1].split(/\s{3,}/);
    if (parties.length !== 2) continue;
    if (
      /^(?:주식회사\s*[가-힣A-Za-z0-9&·]{2,20}|(?:\(주\)|㈜)\s*[가-힣A-Za-z0-9&·]{2,20}|[가-힣A-Za-z0-9&·]{2,20}\s*(?:주식회사|\(주\)|㈜))$/.test(
        parties[0],
      )
    )
      return parties[0];
  }
  // A statement's: its date, then the body signing it, its head and members after the name (`강원동해안어업인연합회
  // 회장 최병길 외 회원 일동`, `전국전력노동조합 일동`).
  for (let i = 0; i + 1 < tail.length; i++) {
    if (!dateLine(i)) continue;
    const m =
      /^([가-힣A-Za-z0-9·]{2,30})(?:\s+(?:공동)?(?:회장|대표|위원장|이사장|의장)\s+[가-힣]{2,4})?(?:\s+외\s+[가-힣\s]{1,12}?)?(?:\s+일동)?$/.exec(
        tail[i + 1],
      );
    if (m && BODY_END.test(m[1])) return m[1];
    // (…a union's branch named after the union and its region, `전국금속노동조합 경남지부 보림전기지회`: named whole)
    const b = /^([가-힣A-Za-z0-9·]{2,30})((?:\s+[가-힣]{1,12}(?:지부|지회|분회|지역본부|본부)){1,2})(?:\s+일동)?$/.exec(
      tail[i + 1],
    );
    if (b && BODY_END.test(b[1])) return b[1] + b[2];
  }
  return undefined;
}

/** A headline without the site's name a page's title adds after it (`Headline | Reuters`, `Headline - 연합뉴스`). */
function withoutSiteName(title: string, names: readonly string[]): string {
  // (no bar or dash, no site's name set off by one: most headlines; a name's two patterns are made once)
  if (!/[|\-–—]/.test(title)) return title;
  for (const n of names) {
    let res = siteNameRes.get(n);
    if (!res) {
      if (siteNameRes.size >= 1000) siteNameRes.clear();
      res = [
        new RegExp(`^(.{8,}?)\\s+[|\\-–—]\\s+${escapeRe(n)}\\s*$`, 'i'),
        // (…or before a bar: `머니트랙 TV | 중동·인도는 왜 …`)
        new RegExp(`^${escapeRe(n)}\\s+\\|\\s+(.{8,})$`, 'i'),
      ];
      siteNameRes.set(detachedText(n), res);
    }
    const m = res[0].exec(title) ?? res[1].exec(title);
    if (m) return m[1].trim();
  }
  return title;
}
const siteNameRes = new Map<string, [RegExp, RegExp]>();

/**
 * The name before a bar opening a title (`머니트랙 TV | 중동·인도는 왜 AI 데이터센터 전쟁터가 됐나`) when the text names it
 * again below the title line (`안녕하세요, 머니트랙 TV 김도현입니다`, `자막: 머니트랙 TV 제작팀`): the channel's or site's
 * name, no part of the headline. A section's word (`OPINION | Energy`) or a name the text never repeats is not.
 */
const SELF_NAMING =
  /자막|제작|채널|구독|입니다|copyright|©|ⓒ|subscribe|channel|welcome\s+to|this\s+is|produced\s+by|brought\s+to\s+you/i;
function nameBeforeBar(title: string, lines: Line[], titleAt: number): string | undefined {
  const m = /^(\S.{1,24}?)\s+\|\s+(\S.{8,})$/.exec(title);
  if (!m || m[2].includes(' | ') || m[2].length <= m[1].length || isSectionWord(m[1]) || !isNameLike(m[1]))
    return undefined;
  const name = m[1].trim();
  // (named as a channel or a site names itself: its credit, its host's greeting; not the story's subject in its text)
  for (let k = titleAt + 1; k < lines.length; k++) {
    const t = lines[k].t;
    if (t.includes(name) && t.length <= 200 && SELF_NAMING.test(t)) return name;
  }
  return undefined;
}

/**
 * A Markdown page's banner (`**CallScript** · Earnings Call Transcripts`, `**Rack Notes**`) as its first line, the
 * first heading of the first level under it: the banner's line and the name it gives.
 */
/** A stock market named beside a company's name in its banner (`코스닥`, `유가증권시장`, `KOSPI`, `ASX: KVE`). */
const MARKET_BESIDE =
  /(?:^|[\s·|•—–])(?:코스닥|코스피|코넥스|유가증권(?:시장)?|KOSDAQ|KOSPI|KONEX|NYSE|NASDAQ|ASX|TSX|LSE|TSE|SGX|HKEX)(?=$|[\s·|•—–:：])/;

/**
 * A Korean company's name as its own text writes it in its sentences: a banner's `한려파워시스템㈜` is `한려파워시스템`
 * where the text says `한려파워시스템 대표이사 민재혁입니다` and never the name with its legal form.
 */
function companyAsWritten(name: string, lines: Line[], twinned = false): string {
  const bare = name.replace(/^(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$/g, '').trim();
  if (bare === name || bare.length < 2) return name;
  const esc = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inProse = new RegExp(`(?<![가-힣㈜)])${esc}(?!\\s?(?:㈜|\\(주\\)|주식회사))`);
  const said = (re: RegExp) =>
    lines.some((L) => !L.furniture && !L.level && /[.!?。]["'”’)]*$/.test(L.t) && re.test(L.t));
  if (said(inProse)) return bare;
  // (a sheet whose sentences never name the company, its banner giving the name beside its Latin name with the legal
  // form, `형산강관㈜ HYEONGSAN STEEL PIPE CO., LTD.`: the name, the form being the Latin name's too)
  return twinned && !said(new RegExp(esc)) ? bare : name;
}

function bannerOverHeading(
  lines: Line[],
  from: number,
): { line: number; name: string; kicker?: number; crumb?: number; listed?: boolean; twinned?: boolean } | undefined {
  let k = from;
  // (a banner whose tagline lists places reads as a menu, furniture already: `**VISTULA LEGAL** | Warsaw · Kraków`)
  while (k < lines.length && (lines[k].t === '' || (lines[k].furniture && !lines[k].t.startsWith('**')))) k++;
  if (k >= lines.length || lines[k].level) return undefined;
  const m = /^\*\*([^*]{2,40})\*\*(?:\s+[·|•—–]\s+[^.!?]{2,60})?$/.exec(lines[k].t.trim());
  if (!m || /\d/.test(m[1])) return undefined;
  let j = k + 1;
  while (j < lines.length && lines[j].t === '') j++;
  // (a kicker in emphasis between them, saying what the page is: a firm's `*Client Alert — Energy & Infrastructure*`)
  let kicker: number | undefined;
  if (j < lines.length && lines[j].deco === '*' && lines[j].t.length <= 80 && !/[.!?]$/.test(lines[j].t)) {
    kicker = j++;
    while (j < lines.length && lines[j].t === '') j++;
  }
  // (…or the crumb of where the page sits on the site, `Events › Energy & Infrastructure Programme › Event summaries`)
  let crumb: number | undefined;
  if (kicker === undefined && j < lines.length && !lines[j].level && CRUMB_LINE.test(lines[j].t.trim())) {
    crumb = j++;
    while (j < lines.length && lines[j].t === '') j++;
  }
  if (j >= lines.length || lines[j].level !== 1) return undefined;
  const beside = lines[k].t.trim().slice(m[1].length + 4);
  // (a company's name in Hangul and its Latin name in capitals, `형산강관㈜ HYEONGSAN STEEL PIPE CO., LTD.`, over a
  // heading in Korean: the name in Hangul)
  const both = /^([가-힣㈜()][가-힣㈜()\s]*[가-힣㈜)])\s+[A-Z][A-Z0-9 .,&'’-]+$/.exec(m[1].trim());
  const name = both && /[가-힣]/.test(lines[j].t) ? both[1] : m[1].trim();
  return {
    line: k,
    name,
    kicker,
    crumb,
    listed: MARKET_BESIDE.test(beside) || undefined,
    twinned: name !== m[1].trim() || undefined,
  };
}

/** A copyright's owner that is the site's name and its company's form (`CallScript Media, Inc.` of `CallScript`). */
function ownedBy(site: string, owner: string): boolean {
  if (sameName(site, owner)) return true;
  if (!owner.startsWith(site + ' ')) return false;
  return /^(?:(?:media|group|publishing|publications|holdings|digital|network|networks|co\.?|company|corp\.?|corporation|inc\.?|ltd\.?|llc|limited|plc|gmbh|pty)[\s,.]*)+$/i.test(
    owner.slice(site.length).trim(),
  );
}

/** A body's name among a banner's pieces: ending as a service's, an institute's, a society's or a 학회's does. */
const BODY_PIECE =
  /^(\p{Lu}[\p{L}.'’&, -]{2,80}?\s(?:service|institute|society|association|agency|office|council|foundation|academy|centre|center|commission|authority))$|^([가-힣]{2,20}(?:학회|협회|연구원|연구소|재단|위원회))(?:\s|$)/iu;
/** A paper's authors, each marked with an affiliation's number or a corresponding author's star (`곽지훈¹, 유재석²*`). */
const MARKED_AUTHOR = /^(\p{L}[\p{L}.'’ -]{1,40}?)\s?[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+$/u;

/**
 * A banner in pieces over a Markdown document's heading (`**INSIGHT** · Federal Policy Research Service · Informing the
 * legislative debate since 1972`; a proceedings' `**…학회 2026년도 추계학술대회 논문초록집** | 2026년 11월 13일(금)~14일(토) |
 * 군산새만금컨벤션센터`, a session line under it), the heading within the next lines: the banner is the series' or the
 * collection's, never the title; the heading is (its bracketed number, `[P2-14]`, aside). A piece naming a body (its
 * name ending as a service's, an institute's, a society's does) is the publisher; a piece that is a date dates it. A
 * paper's authors under the heading, each marked with an affiliation (`곽지훈¹, 문소영¹, 유재석²*`), are its authors.
 */
function piecesOverHeading(
  lines: Line[],
  from: number,
):
  | { banner: number[]; heading: number; body?: string; date?: string; authors?: { line: number; names: string[] } }
  | undefined {
  let k = from;
  while (k < lines.length && (lines[k].t === '' || lines[k].furniture)) k++;
  if (k >= lines.length || lines[k].level) return undefined;
  const pieces = withoutEmphasis(lines[k].t.trim())
    .replace(/\*\*/g, '')
    .split(/\s+[·|•]\s+/)
    .map((p) => p.trim());
  if (pieces.length < 2 || pieces.length > 5 || pieces.some((p) => !p || p.length > 80 || /[.!?。]$/.test(p)))
    return undefined;
  const banner = [k];
  let heading = -1;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 3; j++) {
    const u = lines[j].t.trim();
    if (u === '' || lines[j].furniture) continue;
    seen++;
    if (lines[j].level && lines[j].level! <= 2) {
      heading = j;
      break;
    }
    // (a line between in pieces too: a session's, `세션 P2 (포스터) · … · 11월 13일 14:00~15:30`)
    if (u.split(/\s+[·|•]\s+/).length >= 2 && !isProseLine(u)) {
      banner.push(j);
      continue;
    }
    return undefined;
  }
  if (heading < 0) return undefined;
  let body: string | undefined, date: string | undefined;
  for (const p of pieces) {
    const b = BODY_PIECE.exec(p);
    if (b && !body) body = (b[1] ?? b[2]).trim();
    const d = findDate(p);
    if (d && d.index === 0 && !date) date = d.iso;
  }
  let authors: { line: number; names: string[] } | undefined;
  for (let j = heading + 1, seen = 0; j < lines.length && seen < 3 && !authors; j++) {
    const u = lines[j].t.trim();
    if (u === '') continue;
    seen++;
    const names = u.split(/\s*,\s*/).map((x) => MARKED_AUTHOR.exec(x)?.[1].trim());
    if (names.length >= 1 && names.every((x) => x && !/\d/.test(x))) authors = { line: j, names: names as string[] };
  }
  return { banner, heading, body, date, authors };
}
