// Article parsing: metadata, body spans (page furniture left out), language halves and sentences.
// Every regex runs on one bounded line; the whole parse is linear in the text.
import { noteError } from '../errors';
import type { ArticleHalf, ArticleMeta, Lang, ParsedArticle, RawSentence, Span } from '../types';
import { isWhitespace as isWs, langAndLetters, SourceText } from '../text/text';
import { markerLength, splitSentencesNFC } from '../text/sentences';
import outletTable from '../domain/outlets.json';
import { enWords } from '../domain/language';
import {
  aboutName,
  copyrightName,
  creditLine,
  isAuthorBio,
  isEndHeader,
  isFurnitureLine,
  isHeadlineSized,
  isLabelLine,
  isListHeader,
  isListItemLine,
  isChromeLine,
  isNameLike,
  isNavLine,
  isPressReleaseMark,
  isProseLine,
  isSectionWord,
  parseDateline,
  sameName,
  staffByline,
} from './page';

export interface OutletEntry {
  id: string;
  name: string;
  names: string[];
  domains: string[];
}
export const OUTLETS: OutletEntry[] = outletTable as OutletEntry[];

/** ArticleMeta plus what front matter or the page may also say. */
export interface ParsedMeta extends ArticleMeta {
  /** Citation key from front matter. */
  key?: string;
  /** 'blog' when the outlet is a blog's name rather than a news organization. */
  outletKind?: 'news' | 'blog';
}
export interface ParsedArticleExt extends ParsedArticle {
  meta: ParsedMeta;
}

interface Line {
  start: number;
  end: number; // the line without its line end
  ts: number;
  te: number; // trimmed
  t: string; // trimmed text (bounded copy for long lines)
  furniture: boolean;
  bodyStart: number; // where body text starts on this line (after a bracket byline etc.)
  bodyEnd: number;
}

const MAX_META_LINE = 160;

/** Parse an article (NFC text, BOM removed; any line ends). Never throws. */
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

// ---------------------------------------------------------------- lines

function splitLines(text: string, from: number): Line[] {
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
    lines.push({ start: i, end: e, ts, te, t, furniture: false, bodyStart: ts, bodyEnd: te });
    if (e >= n) break;
    i = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
  return lines;
}

// ---------------------------------------------------------------- outlets

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The outlet whose name occurs in `s` (longest name wins); ASCII names match as whole words. */
const NAME_MATCHERS: { o: OutletEntry; name: string; lower: string; re?: RegExp }[] = OUTLETS.flatMap((o) =>
  o.names.map((name) => ({
    o,
    name,
    lower: name.toLowerCase(),
    re: /^[\x00-\x7f]+$/.test(name) ? new RegExp(`(?:^|[^A-Za-z0-9])${escapeRe(name)}(?![A-Za-z0-9])`, 'i') : undefined,
  })),
).sort((a, b) => b.name.length - a.name.length);

/** The outlet whose name occurs in `s` (longest name wins); ASCII names match as whole words. */
export function findOutlet(s: string): OutletEntry | undefined {
  if (!s) return undefined;
  const probe = s.length > 400 ? s.slice(0, 400) : s;
  // An ASCII name the case-insensitive regex finds is in the lowercased probe (non-ASCII never matches ASCII
  // there): one indexOf rules out most of the 47 regexes.
  let lower: string | undefined;
  for (const m of NAME_MATCHERS) {
    if (m.re ? (lower ??= probe.toLowerCase()).includes(m.lower) && m.re.test(probe) : probe.includes(m.name))
      return m.o;
  }
  return undefined;
}

export function outletByDomain(domain: string): OutletEntry | undefined {
  const d = domain.toLowerCase().replace(/^www\./, '');
  for (const o of OUTLETS) for (const dom of o.domains) if (d === dom || d.endsWith('.' + dom)) return o;
  return undefined;
}

// ---------------------------------------------------------------- dates

const MONTHS: Record<string, number> = enWords.months;
const MON =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_RES: { re: RegExp; ymd: (m: RegExpExecArray) => [string, string, string] }[] = [
  {
    re: /(?<![\d.])((?:19|20)\d\d)\s?[.\-/]\s?(\d{1,2})\s?[.\-/]\s?(\d{1,2})(?!\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?|\.)?/,
    ymd: (m) => [m[1], m[2], m[3]],
  },
  { re: /((?:19|20)\d\d)\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/, ymd: (m) => [m[1], m[2], m[3]] },
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON}\\.?,?\\s+((?:19|20)\\d\\d)`, 'i'),
    ymd: (m) => [m[3], m[2], m[1]],
  },
  {
    re: new RegExp(`\\b${MON}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)`, 'i'),
    ymd: (m) => [m[3], m[1], m[2]],
  },
];

const HAS_YEAR = /(?:19|20)\d\d/;

/** An absolute date written in `s`, as ISO YYYY-MM-DD, with where it was. */
export function findDate(s: string): { iso: string; index: number; length: number } | undefined {
  let best: { iso: string; index: number; length: number } | undefined;
  // Every pattern has a four-digit year: most lines (every one is asked) have none.
  if (!HAS_YEAR.test(s)) return undefined;
  for (const { re, ymd } of DATE_RES) {
    const m = re.exec(s);
    if (!m) continue;
    const [y, mo, d] = ymd(m);
    const month = /^\d+$/.test(mo) ? parseInt(mo, 10) : MONTHS[mo.toLowerCase()];
    const year = parseInt(y, 10),
      day = parseInt(d, 10);
    if (!month || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!best || m.index < best.index) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

// ---------------------------------------------------------------- bylines

const ROLE =
  '(?:선임기자|수석기자|전문기자|객원기자|인턴기자|수습기자|기자|특파원|논설위원|편집위원|칼럼니스트|에디터|통신원|리포터)';
const NAME_ROLE = new RegExp(`(?:([가-힣]{1,8})\\s?=\\s?)?([가-힣]{2,4})\\s?${ROLE}(?![가-힣])`, 'g');
/** A word every ROLE contains. */
const ROLE_WORD = /기자|특파원|위원|칼럼니스트|에디터|통신원|리포터/;
const EMAIL = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const TIME =
  /(?:오전|오후|AM|PM|a\.m\.|p\.m\.)?\s?\d{1,2}:\d{2}(?::\d{2})?\s?(?:AM|PM|a\.m\.|p\.m\.|KST|UTC|GMT|ET)?/gi;
const DATE_LABEL =
  /(?:published|updated|posted|modified|date|created|last\s+updated|기사\s*입력|입력|수정|등록|승인|발행|게재|작성일|최종\s*수정|송고|날짜)\s*[:：]?/gi;

interface MetaLine {
  authors: string[];
  outlet?: OutletEntry;
  outletRaw?: string;
  date?: string;
  dateLabel?: string;
  updated?: string;
  emailOutlet?: OutletEntry;
}

/** A byline naming a job, not a person ("By Staff Writer", "By Senior Tech Correspondent"). */
const JOB_TITLE =
  /^(?:(?:Senior|Staff|Chief|Special|Contributing|Associate|Managing|Deputy|Guest|Business|Tech|Technology|Foreign|Political|Economics?|Markets?|Wire|News|Science)\s+)*(?:Writers?|Reporters?|Correspondents?|Editors?|Staff|Desk|Bureau|Contributors?|Columnists?|Journalists?|Team)$/i;
/** What a date line carries besides the date: a time zone, a weekday, "3 hours ago", a reading time, 'at' and 'on'. */
const DATE_NOISE =
  /\b(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d\d)?|\b(?:GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|JST|KST|HKT|SGT|IST|ET|PT)\b|\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?|\(\s?[월화수목금토일]\s?\)|(?:updated\s*)?\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|\d+\s*(?:분|시간|일)\s*전|\d{1,3}\s*min(?:ute)?s?\s+read|기사\s*원문|\b(?:on|at)\b/gi;

/** A line that only carries byline/date information, parsed; undefined when the line is more than that. */
function parseMetaLine(line: string): MetaLine | undefined {
  if (line.length === 0 || line.length > MAX_META_LINE) return undefined;
  const r: MetaLine = { authors: [] };
  let rest = line;
  // Every line is asked: each pattern below is tried only when the text has the character or word it needs.
  // emails
  if (rest.includes('@'))
    rest = rest.replace(EMAIL, (_m, dom: string) => {
      const o = outletByDomain(dom);
      if (o && !r.emailOutlet) r.emailOutlet = o;
      return ' ';
    });
  // dates: a portal's "입력 … 수정 …" gives two; each is labelled by the words before it
  for (let n = 0, from = 0; n < 3; n++) {
    const d = findDate(rest);
    if (!d) break;
    const updated = /(updated|modified|수정)/i.test(rest.slice(from, d.index));
    if (updated) {
      if (!r.updated) r.updated = d.iso;
    } else if (!r.date) {
      r.date = d.iso;
      r.dateLabel = 'published';
    }
    rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
    from = d.index + 1;
  }
  if (!r.date && r.updated) {
    r.date = r.updated;
    r.dateLabel = 'updated';
  }
  if (r.date && /[A-Za-z가-힣]/.test(rest)) rest = rest.replace(DATE_NOISE, ' ');
  // Without a date or an email outlet only an author can make this a byline line, and an author needs a role
  // word or a "by" (the replacements below only take text away, never bring either in): most lines stop here.
  if (!r.date && !r.emailOutlet && !ROLE_WORD.test(rest) && !/by/i.test(rest)) return undefined;
  if (rest.includes(':')) rest = rest.replace(TIME, ' ');
  rest = rest.replace(DATE_LABEL, ' ');
  // Korean name + role
  if (ROLE_WORD.test(rest))
    rest = rest.replace(NAME_ROLE, (_m, _city: string, name: string) => {
      r.authors.push(name);
      return ' ';
    });
  // English "By Jane Doe and John Roe" (after a date: "Published … · By Jane Doe · 4 min read")
  if (r.date) rest = rest.replace(/\s[·•|]\s|\s[·•|]$/g, ' , ').replace(/^[\s,;:|·•-]+/, '');
  const staff = staffByline(rest.trim());
  if (staff) {
    r.outletRaw = staff;
    rest = '';
  }
  const by = /^\s*(?:by|written by|reporting by)\s+(.+)$/i.exec(rest);
  // "By Staff Writer" names no one, but is a byline all the same.
  let staffOnly = false;
  if (by) {
    const parts = by[1].split(/\s*(?:,|;|\||\band\b|&)\s*/);
    const left: string[] = [];
    for (const p of parts) {
      const q = p.trim();
      // A job ("Staff Writer") is part of a byline but no author.
      if (!q || JOB_TITLE.test(q)) continue;
      if (/^(?:\p{Lu}[\p{L}.'’-]+)(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u.test(q) && !findOutlet(q)) r.authors.push(q);
      else left.push(q);
    }
    rest = left.join(' ');
    staffOnly = !left.length && !r.authors.length && parts.some((p) => JOB_TITLE.test(p.trim()));
  }
  // Nothing below can make this a byline line (the outlet alone does not): stop before the outlet search.
  if (r.authors.length === 0 && !r.date && !r.emailOutlet && !staffOnly && !r.outletRaw) return undefined;
  const o = findOutlet(rest);
  if (o) {
    r.outlet = o;
    for (const n of o.names) rest = rest.split(n).join(' ');
  }
  // separators and edaily's "기자I"
  const leftover = rest.replace(/(^|[^A-Za-z])I(?![A-Za-z])/g, '$1 ').replace(/[\s/,·|:：=\[\]()<>{}\-–—•ㅣ]+/g, '');
  if (r.authors.length === 0 && !r.date && !r.emailOutlet && !staffOnly && !r.outletRaw) return undefined;
  if (leftover.length > 3) {
    // "[서울=뉴시스] ..." style bracket bylines can name an outlet that is not in the table
    return undefined;
  }
  return r;
}

// ---------------------------------------------------------------- furniture

const FURNITURE_LINES = new Set([
  '주요 뉴스',
  '주요뉴스',
  '많이 본 뉴스',
  '많이본뉴스',
  '관련 뉴스',
  '관련뉴스',
  '관련 기사',
  '관련기사',
  '인기 기사',
  '인기기사',
  '추천 기사',
  '추천기사',
  '이 시각 주요뉴스',
  '오늘의 주요뉴스',
  '기사 원문 보기',
  '원문 보기',
  '원문보기',
  '기사원문',
  '공유하기',
  '공유',
  '구독',
  '구독하기',
  '좋아요',
  '댓글',
  '목록',
  '광고',
  '글자크기',
  '인쇄',
  '스크랩',
  '닫기',
  '이전',
  '다음',
  'read entire article',
  'read more',
  'read the full article',
  'read full article',
  'related articles',
  'related',
  'most read',
  'share',
  'share this article',
  'advertisement',
  'subscribe',
  'print',
  'comments',
  'today',
  'total',
  'top stories',
  'more',
]);
const FURNITURE_MAX = Math.max(...[...FURNITURE_LINES].map((l) => l.length));
/** The last code unit of every entry: a lowercased, folded line ends in the same one as its trimmed line. */
const FURNITURE_LAST = new Set([...FURNITURE_LINES].map((l) => l.charCodeAt(l.length - 1)));
/**
 * Has `t` whitespace that `replace(/\s+/g, ' ')` would change: one that is not a plain space, or two spaces in a
 * row (a space before another whitespace is caught by the first). A regex scans this about twice as fast as a
 * charCodeAt loop.
 */
const FOLDABLE_SPACE = /[^\S ]| {2}/;
const hasFoldableSpace = (t: string) => FOLDABLE_SPACE.test(t);
/** What a line (trimmed, at least 10 code units) is compared by to find repeats: its whitespace runs folded. */
// Most lines have only single spaces: no copy for them (the replace would give the same string).
const repeatKey = (t: string) => (hasFoldableSpace(t) ? t.replace(/\s+/g, ' ') : t);
/**
 * A number lines with equal repeatKeys share: a hash of the key's first two and last two code units, read off
 * the line (its first is never whitespace; a whitespace one after it is a space in the key).
 */
function repeatBucket(t: string): number {
  const n = t.length;
  let last = t.charCodeAt(n - 1),
    before: number;
  if (isWs(last)) {
    // Only a line cut at 2,000 code units ends in whitespace: its key ends in one space after the last non-space.
    let i = n - 2;
    while (isWs(t.charCodeAt(i))) i--;
    before = t.charCodeAt(i);
    last = 32;
  } else {
    before = t.charCodeAt(n - 2);
    if (isWs(before)) before = 32;
  }
  const second = t.charCodeAt(1);
  return (((t.charCodeAt(0) * 31 + (isWs(second) ? 32 : second)) * 31 + before) * 31 + last) | 0;
}

/**
 * False when a line cannot be one of FURNITURE_LINES after folding spaces and a list marker: it has more
 * letters (never whitespace) than the longest entry plus the one marker character. Saves lowercasing and
 * copying every long line.
 */
function mayBeFurnitureLine(t: string): boolean {
  // `t` is trimmed, so folding spaces and dropping a leading marker keep its last code unit; lowercasing keeps an
  // ASCII one lowercased and a Hangul syllable as is (anything else: no shortcut). Most lines end in '.' or '다'.
  const last = t.charCodeAt(t.length - 1);
  if (last < 128) {
    if (!FURNITURE_LAST.has(last >= 65 && last <= 90 ? last | 32 : last)) return false;
  } else if (last >= 0xac00 && last <= 0xd7a3 && !FURNITURE_LAST.has(last)) return false;
  if (t.length <= FURNITURE_MAX + 2) return true;
  let solid = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xac00 && c <= 0xd7a3)) {
      if (++solid > FURNITURE_MAX + 1) return false;
    }
  }
  return true;
}
const COPYRIGHT = /ⓒ|©|\(c\)\s*\d{4}|무단\s*전재|재배포\s*금지|all rights reserved|^copyright\b/i;
const REL_TIME =
  /^(?:(?:updated|posted|published|입력|수정|업데이트)\s*[:：]?\s*)?(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|(?:a|an)\s+(?:minute|hour|day|week|month|year)\s+ago|\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전|방금\s*전|yesterday|어제)(?:\s*[·|]?\s*\d{0,4})?$/i;
const RELATED_POST = /\(\d+\)\s*\|\s*(?:19|20)\d\d[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?\s*\|?\s*$/;
const TAIL_HEADER =
  /(?:카테고리의\s*다른\s*글|다른\s*글\s*보기|^관련\s*글|^이전\s*글|^다음\s*글|^related posts|^more from\b|^you may also like|^other posts in\b|^recommended for you)\s*$/i;
const TABLE_SEP = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const WEEKDAYS = new Set([
  '일',
  '월',
  '화',
  '수',
  '목',
  '금',
  '토',
  'sun',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  '日',
  '月',
  '火',
  '水',
  '木',
  '金',
  '土',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  's',
  'm',
  't',
  'w',
  'f',
]);
const CAPTION =
  /(?:^<[^>]{0,200}>|\(사진\s*=|사진\s*=|\[사진|사진\s*제공|\/\s*[A-Za-z가-힣]{0,12}(?:연합뉴스|뉴스1|뉴시스|로이터|AP|AFP|EPA|게티이미지|Getty Images|Reuters|제공)\s*$|\bphoto\s*(?:by|credit|:)|\bgetty images\s*$|\(photo\b)/i;

function isCalendarRow(t: string): boolean {
  if ((t.match(/\|/g)?.length ?? 0) < 2) return false;
  const cells = t.split('|').map((c) => c.trim().toLowerCase());
  let filled = 0;
  for (const c of cells) {
    if (c === '') continue;
    if (/^\d{1,2}$/.test(c) && +c <= 31) {
      filled++;
      continue;
    }
    if (WEEKDAYS.has(c)) {
      filled++;
      continue;
    }
    if (/^:?-+:?$/.test(c)) continue;
    return false;
  }
  return filled > 0;
}

const isListItem = (t: string) => /^(?:[-*+•·]\s+)/.test(t);
const endsLikeSentence = (t: string) => /[.!?。…]["”’')\]]*$|[다요죠까]\.?$/.test(t);

function isHeadlineLike(t: string): boolean {
  if (t.length === 0 || t.length > 150) return false;
  const terms = t.match(/[.!?。](?=\s|$)/g)?.length ?? 0;
  if (terms >= 2) return false;
  if (t.length > 100 && /[.!?。]$/.test(t)) return false;
  return /[\p{L}]/u.test(t);
}

const cleanTitle = (t: string) =>
  t
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+본문$/, '')
    .replace(/\s*[([](?:KOR|ENG|KR|EN|한국어|English|국문|영문)[)\]]\s*$/i, '')
    .trim();

// ---------------------------------------------------------------- front matter

interface FrontMatter {
  fields: Record<string, string | string[]>;
  endLine: number;
}

function parseFrontMatter(lines: Line[]): FrontMatter | undefined {
  if (lines.length < 2 || lines[0].t !== '---') return undefined;
  const fields: Record<string, string | string[]> = {};
  let lastKey = '';
  for (let k = 1; k < Math.min(lines.length, 200); k++) {
    const t = lines[k].t;
    if (t === '---' || t === '...') return { fields, endLine: k };
    const item = /^-\s+(.*)$/.exec(t);
    if (item && lastKey) {
      const prev = fields[lastKey];
      const v = unquote(item[1]);
      fields[lastKey] = Array.isArray(prev) ? [...prev, v] : prev ? [prev, v] : [v];
      continue;
    }
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(t);
    if (!m) continue;
    lastKey = m[1].toLowerCase();
    const v = m[2].trim();
    if (/^\[.*\]$/.test(v)) fields[lastKey] = v.slice(1, -1).split(',').map(unquote).filter(Boolean);
    else fields[lastKey] = unquote(v);
  }
  return undefined;
}

function unquote(v: string): string {
  const s = v.trim().replace(/\s+#.*$/, '');
  if (/^(['"]).*\1$/.test(s)) return s.slice(1, -1);
  return s;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function langOf(v: string | undefined): Lang | undefined {
  if (!v) return undefined;
  const s = v.toLowerCase();
  if (/^(ko|kor|kr|korean|한국어|한글)/.test(s)) return 'ko';
  if (/^(en|eng|english|영어)/.test(s)) return 'en';
  return undefined;
}

// ---------------------------------------------------------------- the parse

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
  let runStart = -1;
  const metaLines: { k: number; m: MetaLine }[] = [];
  let copyrightOutlet: OutletEntry | undefined;
  let copyrightRaw: string | undefined;
  let sourceOutlet: { o?: OutletEntry; raw: string } | undefined;
  // A press release ends in its issuer's boilerplate ("About X"), a contact and forward-looking statements.
  let pressRelease = false;
  for (let k = bodyFrom; k < lines.length; k++)
    if (lines[k].t.length <= 80 && isPressReleaseMark(lines[k].t)) {
      pressRelease = true;
      break;
    }
  let issuer: string | undefined;
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
    if (tail) {
      L.furniture = true;
      continue;
    }
    if (t.length <= 80 && TAIL_HEADER.test(t.slice(-60))) {
      L.furniture = true;
      tail = true;
      continue;
    }
    if (t.length <= 60 && isEndHeader(t, pressRelease)) {
      if (pressRelease) issuer ??= aboutName(t);
      L.furniture = true;
      tail = true;
      continue;
    }
    if (t.length <= 200 && COPYRIGHT.test(t)) {
      L.furniture = true;
      const o = findOutlet(t);
      if (o && !copyrightOutlet) copyrightOutlet = o;
      copyrightRaw ??= copyrightName(t);
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
    if (isFurnitureLine(t) || isLabelLine(t) || isChromeLine(t) || (t.length <= 40 && JOB_TITLE.test(t))) {
      L.furniture = true;
      continue;
    }
    const credit =
      t.length <= 240 && /^\(?\s*(?:additional\s+)?(?:reporting|writing|written|compiled|editing)\s+by\b/i.test(t)
        ? creditLine(t)
        : undefined;
    if (credit) {
      L.furniture = true;
      credits.push(...credit);
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
      if (!sourceOutlet) sourceOutlet = { o, raw };
      continue;
    }
    // bracket byline at the start of a paragraph: "[이데일리 김현아 기자] 본문…"
    const c0 = t.charCodeAt(0);
    const br = c0 === 0x5b || c0 === 0x28 ? /^[[(]([^\])\n]{2,40})[\])]\s*(?:=\s*)?/.exec(t.slice(0, 60)) : null;
    if (br) {
      const m = parseMetaLine(br[1]) ?? parseBracketByline(br[1]);
      if (m) {
        metaLines.push({ k, m });
        if (br[0].length >= t.length) {
          L.furniture = true;
          continue;
        }
        L.bodyStart = L.ts + br[0].length;
        continue;
      }
    }
    const m = parseMetaLine(t);
    if (m) {
      metaLines.push({ k, m });
      L.furniture = true;
      continue;
    }
    // tag lists at the top: runs of short list items before the first prose line
    if (k < firstProse && isListItem(t) && t.length <= 40 && !endsLikeSentence(t)) {
      if (runStart < 0) runStart = k;
    } else runStart = -1;
  }
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

  // --- title, blog name
  let title: string | undefined;
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
  const head = title ? undefined : readMasthead(lines, bodyFrom);
  const dateline = readDateline(lines, bodyFrom);
  const fk = substantive();
  if (!title && fk >= 0 && isHeadlineLike(lines[fk].t)) title = cleanTitle(lines[fk].t) || undefined;

  // --- metadata
  const fields = fm?.fields ?? {};
  const fmTitle = first(fields.title);
  if (fmTitle) title = fmTitle;
  meta.title = title;

  const fmOutlet = first(fields.outlet ?? fields.publisher ?? fields.source);
  let outlet: { o?: OutletEntry; raw?: string; kind?: 'news' | 'blog' } | undefined;
  if (fmOutlet) outlet = { o: findOutlet(fmOutlet) ?? exactOutlet(fmOutlet), raw: fmOutlet };
  else if (sourceOutlet) outlet = { o: sourceOutlet.o, raw: sourceOutlet.raw };
  else {
    const email = metaLines.find((x) => x.m.emailOutlet)?.m.emailOutlet;
    const byl = metaLines.find((x) => x.m.outlet)?.m.outlet;
    const raw = metaLines.find((x) => x.m.outletRaw)?.m.outletRaw;
    const wire = dateline?.outlet ? (findOutlet(dateline.outlet) ?? exactOutlet(dateline.outlet)) : undefined;
    // A name the page writes in two places (its masthead and its footer, dateline or byline) is its outlet;
    // a masthead name alone only above menus or crumbs, or as a higher heading than the headline.
    const named = [raw, dateline?.outlet, copyrightRaw, issuer].filter((x): x is string => !!x);
    const site = head?.site && (head.chrome || named.some((n) => sameName(n, head.site!))) ? head.site : undefined;
    if (byl) outlet = { o: byl };
    else if (wire) outlet = { o: wire };
    else if (email) outlet = { o: email };
    else if (copyrightOutlet) outlet = { o: copyrightOutlet };
    else if (raw) outlet = { raw };
    else if (dateline?.outlet) outlet = { raw: site && sameName(site, dateline.outlet) ? site : dateline.outlet };
    else if (copyrightRaw) outlet = { raw: site && sameName(site, copyrightRaw) ? site : copyrightRaw };
    else if (site) outlet = { raw: site };
    else if (issuer) outlet = { raw: issuer };
    else if (blogName) outlet = { raw: blogName, kind: 'blog' };
  }
  if (outlet) {
    if (outlet.o) {
      meta.outlet = outlet.o.name;
      meta.outletId = outlet.o.id;
      meta.outletKind = 'news';
    } else if (outlet.raw) {
      meta.outlet = outlet.raw;
      meta.outletKind = outlet.kind ?? 'news';
    }
  }

  const fmAuthors = fields.authors ?? fields.author ?? fields.byline;
  if (fmAuthors) {
    const arr = Array.isArray(fmAuthors) ? fmAuthors : fmAuthors.split(/\s*(?:,|;|\band\b|&|·)\s*/);
    meta.authors = arr.map((a) => a.trim()).filter(Boolean);
  } else {
    const authors: string[] = [];
    for (const { m } of metaLines) for (const a of m.authors) if (!authors.includes(a)) authors.push(a);
    // "Reporting by …" at the end credits the reporters when no byline names one.
    if (!authors.length) for (const a of credits) if (!authors.includes(a)) authors.push(a);
    if (!authors.length && head?.byline && !(meta.outlet && sameName(meta.outlet, head.byline)))
      authors.push(head.byline);
    meta.authors = authors;
  }
  // An author's bio after the article ("Jane Doe has covered energy for 15 years.") is no article text.
  if (meta.authors.length) {
    for (let k = bodyFrom; k < lines.length; k++) {
      const L = lines[k];
      if (!L.furniture && L.t.length >= 20 && L.t.length <= 500 && isAuthorBio(L.t, meta.authors)) L.furniture = true;
    }
  }

  const fmDate = first(fields.date ?? fields.published ?? fields.pubdate);
  if (fmDate) meta.date = findDate(fmDate)?.iso;
  else {
    const pub = metaLines.find((x) => x.m.date && x.m.dateLabel === 'published') ?? metaLines.find((x) => x.m.date);
    if (pub) meta.date = pub.m.date;
    // A press release or wire story dated in its dateline ("SALINE TOWNSHIP, Mich., Oct. 30, 2025 —").
    else if (dateline?.dateText) meta.date = findDate(dateline.dateText)?.iso;
  }
  const upd = metaLines.find((x) => x.m.updated)?.m.updated;
  if (upd && upd !== meta.date) meta.modified = upd; // ArticleMeta's update date, as an HTML page's dateModified
  const fmKey = first(fields.key ?? fields.id);
  if (fmKey) meta.key = fmKey;

  // --- body spans
  const body: Span[] = [];
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
    for (let k = bodyFrom; k < lines.length; k++) {
      const L = lines[k];
      if (L.furniture || L.t === '' || L.bodyEnd <= L.bodyStart) continue;
      body.push({ start: L.bodyStart, end: L.bodyEnd });
    }
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
    for (const s of splitSentencesNFC(text, spans, h.lang)) sentences.push(s);
  }
  return { meta, body, halves, sentences };
}

/** A byline without "By": a person's name ("Tom Alvarez", "김철수") or a one-word handle ("반도체덕후"). */
const BYLINE_NAME = /^(?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}|[\p{L}\p{N}_.-]{2,16})$/u;

interface Masthead {
  site?: string;
  chrome: boolean;
  byline?: string;
}

/** Lines above the first paragraph, at most this many, are read as a masthead. */
const MASTHEAD_LINES = 40;
/** Lines a masthead may have above the headline (site name, sections, menus). */
const MASTHEAD_ABOVE = 12;

/**
 * Above the headline a page copied from a browser has its site name, menus and section crumbs (`Business /
 * Technology`, `OPINION | Energy`); between the headline and the article, labels and counters. All of that is
 * left out of the body; the first line that names something is kept as the site's name. The headline is the
 * first headline-sized line (a name or a section is not); nothing is left out when there is none.
 */
function readMasthead(lines: Line[], from: number): Masthead | undefined {
  const head: number[] = [];
  let end = from;
  for (; end < lines.length && head.length < MASTHEAD_LINES; end++) {
    const L = lines[end];
    if (L.furniture || L.t === '') continue;
    if (isProseLine(L.t)) break;
    head.push(end);
  }
  const h = head.findIndex((k) => {
    const t = lines[k].t;
    return isHeadlineSized(t) && !isNavLine(t) && !isNameLike(t) && !isLabelLine(t) && !isListItem(t);
  });
  if (h < 0 || h > MASTHEAD_ABOVE) return undefined;
  // Above the headline only names, menus, crumbs and labels: anything else means this is not a masthead.
  for (let i = 0; i < h; i++) {
    const t = lines[head[i]].t;
    if (!(isNavLine(t) || isLabelLine(t) || isNameLike(t) || isSectionWord(t))) return undefined;
  }
  const r: Masthead = { chrome: false };
  // Menus and share bars already left out (they are chrome anywhere) still say this is a page's masthead.
  for (let k = from; k < end && k < lines.length; k++) {
    const t = lines[k].t;
    if (lines[k].furniture && t !== '' && (isChromeLine(t) || isNavLine(t) || isLabelLine(t))) {
      r.chrome = true;
      break;
    }
  }
  for (let i = 0; i < h; i++) {
    const L = lines[head[i]];
    L.furniture = true;
    if (isNavLine(L.t) || isLabelLine(L.t)) {
      r.chrome = true;
      continue;
    }
    if (!r.site && isNameLike(L.t) && !isSectionWord(L.t)) {
      r.site = L.t.replace(/^#{1,6}\s+/, '').trim();
      // "# Site" above "## Headline": the page's own markup says which is which.
      const hl = /^(#{1,6})\s/.exec(lines[head[h]].t),
        sl = /^(#{1,6})\s/.exec(L.t);
      if (hl && sl && sl[1].length < hl[1].length) r.chrome = true;
    }
  }
  for (let i = h + 1; i < head.length; i++) {
    const L = lines[head[i]];
    if (isNavLine(L.t) || isLabelLine(L.t) || JOB_TITLE.test(L.t)) {
      L.furniture = true;
      r.chrome = true;
      continue;
    }
    // A name on its own line right above the date line is the byline of a blog or newsletter ("Tom Alvarez",
    // a nickname): out of the body; an author when it is written as a person's name.
    let n = head[i] + 1;
    while (n < lines.length && lines[n].t === '') n++;
    if (BYLINE_NAME.test(L.t) && n < lines.length && lines[n].furniture && findDate(lines[n].t)) {
      L.furniture = true;
      if (/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}$|^[가-힣]{2,4}$/u.test(L.t)) r.byline ??= L.t;
    }
  }
  return r;
}

/** A wire or press-release dateline opening the first paragraph: left out of the body, its outlet and date read. */
function readDateline(lines: Line[], from: number) {
  for (let k = from, seen = 0; k < lines.length && seen < 3; k++) {
    const L = lines[k];
    if (L.furniture || L.t === '') continue;
    seen++;
    if (!isProseLine(L.t)) continue;
    const d = parseDateline(L.t);
    if (d && L.bodyStart === L.ts) L.bodyStart = L.ts + d.length;
    return d;
  }
  return undefined;
}

function exactOutlet(s: string): OutletEntry | undefined {
  const l = s.trim().toLowerCase();
  return OUTLETS.find((o) => o.id === l || o.name.toLowerCase() === l || o.domains.some((d) => l.includes(d)));
}

const BRACKET_NAMED = new RegExp(
  `^([가-힣A-Za-z0-9]{2,12}(?:\\s[가-힣A-Za-z0-9]{1,8})?)\\s+([가-힣]{2,4})\\s?${ROLE}$`,
);

/** "[서울=뉴시스]", "(서울=연합뉴스) 홍길동 기자" heads: an outlet named in a bracket at the start of a paragraph. */
function parseBracketByline(inner: string): MetaLine | undefined {
  // "[한빛경제 김철수 기자]": an outlet the table does not know, then the reporter
  const named = BRACKET_NAMED.exec(inner.trim());
  if (named && !ROLE_WORD.test(named[1])) return { authors: [named[2]], outletRaw: named[1] };
  const m = /^(?:[가-힣]{1,8}\s?=\s?)?([가-힣A-Za-z0-9 ]{2,15})$/.exec(inner.trim());
  if (!m) return undefined;
  const o = findOutlet(m[1]);
  if (o) return { authors: [], outlet: o };
  if (/=/.test(inner)) return { authors: [], outletRaw: m[1].trim() };
  return undefined;
}

// ---------------------------------------------------------------- halves

/** Split the body where the language switches for good (an English editorial followed by its Korean version). */
function findHalves(text: string, body: Span[], fmLang?: Lang): ArticleHalf[] {
  if (body.length === 0) return [];
  interface G {
    start: number;
    end: number;
    lang: Lang;
    w: number;
    first: number;
    last: number;
  }
  const groups: G[] = [];
  let total = 0;
  body.forEach((b, idx) => {
    const { lang, letters: w } = langAndLetters(text, b.start, Math.min(b.end, b.start + 20000, text.length));
    total += w;
    const g = groups[groups.length - 1];
    if (g && g.lang === lang) {
      g.end = b.end;
      g.w += w;
      g.last = idx;
    } else groups.push({ start: b.start, end: b.end, lang, w, first: idx, last: idx });
  });
  const min = Math.max(200, total * 0.2);
  if (groups.length > 40) {
    // many switches: not an article followed by its translation; one half in the main language
    let ko = 0,
      en = 0;
    for (const g of groups)
      if (g.lang === 'ko') ko += g.w;
      else en += g.w;
    return [{ start: body[0].start, end: body[body.length - 1].end, lang: fmLang ?? (ko >= en ? 'ko' : 'en') }];
  }
  // merge groups too small to stand as a half into their neighbours
  let changed = true;
  while (changed && groups.length > 1) {
    changed = false;
    let k = -1,
      smallest = Infinity;
    groups.forEach((g, i) => {
      if (g.w < min && g.w < smallest) {
        smallest = g.w;
        k = i;
      }
    });
    if (k < 0) break;
    const g = groups[k];
    const prev = groups[k - 1],
      next = groups[k + 1];
    // a short group (a headline) goes with what follows; between two of the same language it joins both
    const into = next && (!prev || next.lang === g.lang || prev.lang !== next.lang) ? next : prev;
    if (into === next) {
      next.start = g.start;
      next.first = g.first;
      next.w += g.w;
    } else {
      prev.end = g.end;
      prev.last = g.last;
      prev.w += g.w;
    }
    groups.splice(k, 1);
    // join neighbours that now share a language
    for (let i = groups.length - 1; i > 0; i--) {
      if (groups[i - 1].lang === groups[i].lang) {
        groups[i - 1].end = groups[i].end;
        groups[i - 1].last = groups[i].last;
        groups[i - 1].w += groups[i].w;
        groups.splice(i, 1);
      }
    }
    changed = true;
  }
  if (groups.length === 1 && fmLang) groups[0].lang = fmLang;
  return groups.map((g) => ({ start: g.start, end: g.end, lang: g.lang }));
}
