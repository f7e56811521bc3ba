// What an article's lines say about it: dates, byline and date lines (authors, outlet, published and updated),
// front matter, a page's masthead (site name, menus, a blog's byline), a wire's dateline and bracket bylines.
import { enWords, koWords } from '../domain/language';
import { alternation, escapeRe, withoutHeadingMarker } from '../text/text';
import type { Lang } from '../types';
import { hasMark, isRuleLine, MARK, nextNonBlank, nonBlankFrom, withoutEmphasis, type Line } from './articleLines';
import { COPYRIGHT, isHeadlineLike, isListItem, TABLE_SEP } from './furniture';
import {
  domainLabel,
  domainLetters,
  findOutlet,
  nameSpelledByDomain,
  outletByDomain,
  type OutletEntry,
} from './outlets';
import {
  bannerName,
  cleanName,
  crumbSite,
  isChromeLine,
  isHeadlineSized,
  isLabelLine,
  isNameLike,
  newsroomName,
  isNavLine,
  isProseLine,
  isPressReleaseMark,
  isSectionWord,
  parseDateline,
  type Dateline,
  staffByline,
} from './page';

const MAX_META_LINE = 160;

// ---------------------------------------------------------------- dates

const MONTHS: Record<string, number> = enWords.months;
const MON =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_RES: {
  re: RegExp;
  ymd: (m: RegExpExecArray) => [string, string, string];
  /** Tried only on text that has this word (a cheap test before the pattern's). */
  word?: RegExp;
}[] = [
  {
    re: /(?<![\d.])((?:19|20)\d\d)\s?[.\-/]\s?(\d{1,2})\s?[.\-/]\s?(\d{1,2})(?!\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?|\.)?/,
    ymd: (m) => [m[1], m[2], m[3]],
  },
  { re: /((?:19|20)\d\d)\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/, ymd: (m) => [m[1], m[2], m[3]] },
  {
    // "10/21/2025" (a U.S. page) or "21/10/2025" (a British one): read only when the numbers say which is the
    // day (one above 12, or both the same); "03/04/2025" is either, and stays unknown; "03.04.2025" is 3 April.
    // (…or with hyphens or dots, as a Latin American or European register writes it: `29-10-2026`, `29.10.2026`)
    re: /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/]|[.-]\d)/,
    ymd: (m) => {
      const a = parseInt(m[1], 10),
        b = parseInt(m[3], 10);
      if (a > 12) return [m[4], m[3], m[1]];
      if (b > 12 || a === b) return [m[4], m[1], m[3]];
      // (with dots the day comes first, as the European registers, exchanges and papers that dot a date set it:
      // `02.10.2026` is 2 October; the month comes first in a U.S. date, written with slashes)
      if (m[2] === '.') return [m[4], m[3], m[1]];
      return [m[4], '0', '0'];
    },
  },
  {
    // (…and a distributor's or a register's `14-Apr-2026`, its parts joined by hyphens)
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)${MON}\\.?,?(?:\\s+|-)((?:19|20)\\d\\d)`, 'i'),
    ymd: (m) => [m[3], m[2], m[1]],
  },
  {
    // an order's or a deed's "this 12th day of November, 2025"
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+day\\s+of\\s+${MON}\\.?,?\\s+((?:19|20)\\d\\d)`, 'i'),
    ymd: (m) => [m[3], m[2], m[1]],
    word: /day\s+of/i,
  },
  {
    // "Sep 25, 2025", and brunch's "Sep 25. 2025"
    re: new RegExp(`\\b${MON}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+((?:19|20)\\d\\d)`, 'i'),
    ymd: (m) => [m[3], m[1], m[2]],
  },
];

const HAS_YEAR = /(?:19|20)\d\d/;

/** An absolute date written in `s`, as ISO YYYY-MM-DD, with where it was. */
export function findDate(s: string): { iso: string; index: number; length: number } | undefined {
  let best: { iso: string; index: number; length: number } | undefined;
  // Every pattern has a four-digit year: most lines (every one is asked) have none.
  if (!HAS_YEAR.test(s)) return undefined;
  for (const { re, ymd, word } of DATE_RES) {
    if (word && !word.test(s)) continue;
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

/** A byline's job after the name (domain/ko.json `bylineRoles`), longest first. */
const ROLE = `(?:${alternation([...koWords.bylineRoles].sort((a, b) => b.length - a.length))})`;
// "김도윤·이가은 기자": reporters sharing one job word, joined by a middle dot or a comma (each name ends at one).
const NAME_ROLE = new RegExp(
  `(?:([가-힣]{1,8})\\s?=\\s?)?((?:[가-힣]{2,4}\\s?[·,]\\s?)*[가-힣]{2,4})\\s?${ROLE}(?![가-힣])`,
  'g',
);
const OUTLET_SUFFIX = new RegExp(`(?:${alternation(koWords.outletSuffixes)})$`);
/**
 * A job word where NAME_ROLE can end: a line without one is left as it is by NAME_ROLE (most lines that pass
 * ROLE_WORD are prose with `기자회견` or `위원회`, where NAME_ROLE's names before a role backtracked at every syllable).
 */
const ROLE_END = new RegExp(`${ROLE}(?![가-힣])`);
/** A word every ROLE contains. */
const ROLE_WORD = /기자|특파원|위원|칼럼니스트|에디터|통신원|리포터/;
/** An e-mail address, its domain the first group. */
export const EMAIL = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
// (…or with a point, as Australian and British pages write the hour before am or pm: `6.08am AEDT`)
const TIME =
  /(?:오전|오후|AM|PM|a\.m\.|p\.m\.)?\s?(?:\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?|\d{1,2}\.\d{2}(?=\s?(?:am|pm|a\.m\.|p\.m\.)))\s?(?:AM|PM|a\.m\.|p\.m\.|KST|UTC|GMT|ET)?/gi;
const DATE_LABEL =
  /(?:(?:record|page|entry|listing|profile)\s+(?:last\s+)?updated|published|updated|posted|modified|date\s+(?:announced|published)|(?:announcement|publication)\s+date|date\s+of\s+(?:the\s+)?(?:order|decision|judg(?:e)?ment|ruling|determination|issue|submission|filing|announcement|publication)|(?:submission|filing)\s+date|date\s+(?:filed|submitted)|\bfiled\b|\bsubmitted\b|(?:order|decision|ruling|report)\s+date|date\s+issued|original\s+date|(?:summary|report|minutes|record|transcript|brief|paper|note)\s+(?:published|issued|released)|issued|released|mailed|for\s+(?:immediate\s+)?release|adopted|date|created|last\s+updated|기사\s*입력|입력|수정|등록|승인|발행|게재|작성\s*기준일|작성일|평가일|공시일|(?:최종|최근)\s*수정|결\s*정\s*일\s*자?|의\s*결\s*일\s*자?|선\s*고\s*일\s*자?|송고|날짜|보도\s*일시|보도\s*시점|보도\s*일자|배포\s*일시|배포\s*일자|배포|공고\s*일자|공고일)\s*[:：]?/gi;

const PERIOD_LABEL =
  /(?:시작일|종료일|만료일|유보기한|기한|기간|start\s+date|end\s+date|expiry\s+date|expires?)\s*[:：]?\s*$/i;

export interface MetaLine {
  authors: string[];
  outlet?: OutletEntry;
  outletRaw?: string;
  date?: string;
  dateLabel?: string;
  updated?: string;
  emailOutlet?: OutletEntry;
  /** A periodical's issue, as the date line writes it (`Issue #112`, `No. 47`, `제58호`). */
  issue?: string;
  /** A name and a date alone (`Hannah Birch · May 11, 2026`): a byline above the story only. */
  bare?: boolean;
  /** A writer named after the units of a body and a post (`경제산업조사실 산업자원팀 입법조사관 한지민`). */
  unitPost?: boolean;
  /** The organisation a byline names after its writer's title (`By Aiko Brennan, CEO, Lumen Racks`): no author. */
  affiliation?: string;
}

/**
 * A periodical's issue number on its date line: `Issue #112`, `No. 47`, `Vol. 3, No. 12`, `Edition 9`, `제58호`
 * (a bare `#3` may be a rank: not read).
 */
const ISSUE =
  /(?:\b(?:issue|edition|vol\.?\s*\d{1,3}\s*,?\s*no\.?|no\.)\s*#?\s*\d{1,5}\b|제\s?\d{1,5}(?:[-–]\d{1,4})?\s?호)/i;
/**
 * A periodical's issue line without a date (`Issue #57 · Weekly notes on …`, `제31호 · 매주 월요일 …`, `No. 12`): the
 * issue as written; it opens the line, and the rest is a tagline, no sentence.
 */
export function issueLine(t: string): string | undefined {
  if (t.length > 160) return undefined;
  const m =
    /^(?:(?:issue|edition|vol\.?\s*\d{1,3}\s*,?\s*no\.?|no\.)\s*#?\s*\d{1,5}\b|제\s?\d{1,5}(?:[-–]\d{1,4})?\s?호)/i.exec(
      t,
    );
  if (!m) return undefined;
  const rest = t.slice(m[0].length);
  return rest === '' || /^\s*[·•|—–:-]\s*\S/.test(rest) ? m[0].trim() : undefined;
}

/**
 * A series' name with the number of its issue, and nothing else (`이슈와 논점 제2481호`, `Issue Brief No. 14`,
 * `Policy Brief No. 26-07`): the line as written.
 */
export function seriesIssue(t: string): string | undefined {
  const s = t.trim();
  if (s.length > 48 || issueLine(s)) return issueLine(s) === s ? s : undefined;
  return /^\p{L}[\p{L} ·&'’-]{1,30}?\s(?:제\s?\d{1,5}(?:[-–]\d{1,4})?\s?호|(?:no\.?|number|#)\s?\d{1,5}(?:[-–]\d{1,4})?)$/iu.test(
    s,
  )
    ? s
    : undefined;
}

/** A research body's or a think tank's name, as it ends (`… Institute`, `… Center`, `…연구원`, `…연구소`). */
const RESEARCH_BODY_EN =
  /\b(?:institute|institution|center|centre|foundation|council|forum|initiative|project|lab|laboratory|think\s+tank|research|associates|group|program|programme)$/i;
const RESEARCH_BODY_KO = /(?:연구원|연구소|재단|협회|센터|학회|포럼|연구회)$/;
/** A paper series' name (`Policy Brief No. 26-07`, `Issue Paper`, `이슈 브리프`, `정책 리포트 제12호`). */
const SERIES_EN =
  /^(?:(?:policy|issue|research|technical|working|discussion|briefing|occasional|analysis|special)\s+)?(?:brief|paper|report|note|commentary|memo|insight|update)s?(?:\s+(?:no\.?|number|#)\s*[\w.-]{1,10})?$/i;
const SERIES_KO =
  /^(?:이슈|정책|산업|에너지|연구)?\s?(?:브리프|페이퍼|리포트|보고서|포커스|인사이트|노트)(?:\s?제?\s?\d{1,4}(?:[-–]\d{1,4})?\s?호)?$/;

/**
 * A research body's name with its paper series, heading its paper (`Western Grid Institute — Policy Brief No. 26-07`,
 * `한국에너지디지털연구원 이슈 브리프`): the body, the paper's publisher; the line is no headline.
 */
export function seriesHead(t: string): string | undefined {
  const s = withoutHeadingMarker(withoutEmphasis(t)).trim();
  if (s.length > 100 || /[.!?]$/.test(s)) return undefined;
  const dash = /^(\S.{2,60}?)\s+[—–|-]\s+(\S.{2,40})$/.exec(s);
  if (dash && SERIES_EN.test(dash[2]) && RESEARCH_BODY_EN.test(dash[1]) && /^\p{Lu}/u.test(dash[1])) return dash[1];
  if (dash && SERIES_KO.test(dash[2]) && RESEARCH_BODY_KO.test(dash[1])) return dash[1];
  const ko = /^([가-힣A-Za-z·]{2,30})\s(\S.{1,20})$/.exec(s);
  if (ko && RESEARCH_BODY_KO.test(ko[1]) && SERIES_KO.test(ko[2])) return ko[1];
  return undefined;
}

/** A meeting numbered as a body numbers its meetings (`14th meeting`, `Sitting No. 12`, `제258회 임시회`, `제2차 회의`). */
const MEETING_NO =
  /\b\d{1,3}(?:st|nd|rd|th)\s+(?:(?:plenary|public|regular|special|extraordinary|ordinary)\s+)?(?:meeting|session|sitting)\b|\b(?:meeting|session|sitting)\s+no\.?\s*\d{1,3}\b|제\s?\d{1,4}\s?회\s?(?:국회\s?)?[(（]?(?:임시회|정기회)|제\s?\d{1,3}\s?차\s?(?:회의|본회의|전체회의|소위원회)/i;

/**
 * The line a body's record of a meeting opens with (`14th meeting, 3 March 2026, Winnipeg — Summary record`,
 * `제258회 임시회 제2차 회의 · 2026년 3월 12일(목) · 의회 제2소회의실`): the meeting's date, which dates the record.
 */
export function meetingLine(t: string): string | undefined {
  if (t.length > 200 || /[.!?다]$/.test(t)) return undefined;
  // …or names the record and the meeting it minutes (`Minutes of the meeting held on Tuesday 10 March 2026 at
  // 6.30 pm, Council Chamber`).
  const u = MEETING_NO.test(t) ? t : MEETING_TITLE.test(withoutHeadingMarker(t).trim()) ? t : undefined;
  return u === undefined ? undefined : findDate(u)?.iso;
}

/**
 * A record's labelled line giving when its meeting was held (`일시: 2026년 2월 24일(화) 오전 10시`, `Date and time:
 * Tuesday 10 March 2026, 6.30 pm`, `Date of meeting: …`): the meeting's date. Read under a record's title only.
 */
export function meetingDateLabelLine(t: string): string | undefined {
  if (t.length > 120) return undefined;
  const m =
    /^(?:[○◦•·]\s*)?(?:(?:회의\s*)?일\s*시|개의\s*일시|date\s+and\s+time|date\s+of\s+(?:the\s+)?meeting|meeting\s+date|held\s+on)\s*[:：]\s*(\S.*)$/i.exec(
      t,
    );
  const d = m ? findDate(m[1]) : undefined;
  return d && d.index === 0 ? d.iso : undefined;
}

/** A record's title (`MINUTES OF THE REGULAR MEETING`, `제287회 해운대구의회 임시회 회의록`, `Summary record`). */
export const isRecordTitle = (t: string) =>
  t.length <= 160 &&
  (MEETING_TITLE.test(withoutHeadingMarker(t).trim()) ||
    /회의록|의사록$|^minutes\b/i.test(unspaced(withoutHeadingMarker(t).trim())));

/** A legislature's name (`Legislative Assembly of Manitoba`, `Landtag of Saxony`, `House of Commons`). */
const LEGISLATURE =
  /\b(?:parliament|assembly|senate|congress|landtag|bundestag|bundesrat|legislature|house\s+of\s+(?:commons|lords|representatives|delegates|assembly|keys)|national\s+council|city\s+council|county\s+council|diet|storting|riksdag|folketing|eduskunta|oireachtas|senedd|sejm|cortes)\b/i;
/** `<legislature> — <its committee>` as a record's heading (`국회 산업통상자원중소벤처기업위원회`, `울산광역시의회 산업건설위원회`). */
const COMMITTEE_HEAD_EN =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|for|\p{Lu}[\p{L}'’.-]*)){0,7}?)\s*(?:\s*[—–:|]\s*(?:the\s+)?(?:[\p{L}'’&-]+,?\s+){0,8}?|\s+)(?:(?:standing|select|joint|special|permanent|legislative|scrutiny)\s+)*(?:committee|subcommittee|sub-committee)\b/iu;
/** A local council's name, then its committee or board, after a dash (`Eastwold District Council — Planning Committee`). */
const COUNCIL_HEAD =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:and|&|upon|on|of|the)\s+)?){1,6}(?:(?:Borough|District|City|County|Town|Parish|Metropolitan|Municipal|Regional|Shire|Unitary|Community)\s+)?Council)\s*[—–:|-]\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’&,-]*\s+){0,6}(?:Committee|Sub-[Cc]ommittee|Subcommittee|Panel|Board|Cabinet)\b/u;
/** A Korean council's record of its session (`제287회 해운대구의회 임시회 회의록`, `해운대구의회 제287회 정례회 본회의 회의록`). */
const COUNCIL_RECORD_KO = /^(?:제\s?\d{1,4}\s?회\s?)?([가-힣]{2,14}의회)\s.{0,40}회의록/;
/** A Korean record's session line over its committee's title (`제431회 국회(임시회)`, `제287회 해운대구의회(정례회)`). */
// (…its numbered sitting of the year in the brackets: `제262회 아산시의회(제2차 정례회)`)
const SESSION_KO =
  /^제\s?\d{1,4}\s?회\s?(국회|[가-힣]{2,14}의회)\s?[(（]?(?:제\s?\d{1,2}\s?차\s?)?(?:임시회|정기회|정례회)[)）]?$/;
const COMMITTEE_HEAD_KO = /^(국회|[가-힣]{2,14}의회)\s*(?:[—–:|-]\s*)?[가-힣·ㆍ]{2,30}(?:위원회|소위원회|특별위원회)/;

/**
 * A legislature's record of a committee's meeting: its heading names the legislature and the committee
 * (`Legislative Assembly of Manitoba — Standing Committee on Crown Corporations`), and a line numbering the meeting
 * dates it (`meetingAt`, read before). The legislature is the record's outlet.
 */
export function recordLegislature(heading: string): string | undefined {
  if (heading.length > 200) return undefined;
  const t = withoutHeadingMarker(heading).trim();
  const ko = COMMITTEE_HEAD_KO.exec(t) ?? COUNCIL_RECORD_KO.exec(t);
  if (ko) return ko[1];
  // A local council and its committee (`Redcar and Cleveland Borough Council — Planning Committee`).
  const council = COUNCIL_HEAD.exec(t);
  if (council) return cleanName(council[1]);
  const en = COMMITTEE_HEAD_EN.exec(t);
  if (!en || !LEGISLATURE.test(en[1])) return undefined;
  return cleanName(en[1]);
}

/**
 * A Korean record's session line, on one line (`제312회 서산시의회(임시회)`) or with its kind on the next (`제436회 국회`
 * / `(정기회)`): the line as one (`제436회 국회(정기회)`), the lines it stands on and the line after them.
 */
function sessionLine(lines: Line[], j: number): { session: string; lines: number[]; next: number } | undefined {
  const t = withoutHeadingMarker(lines[j].t).trim();
  if (!/^제\s?\d{1,4}\s?회\s?/.test(t)) return undefined;
  if (SESSION_KO.test(t)) return { session: t, lines: [j], next: j + 1 };
  if (!/^제\s?\d{1,4}\s?회\s?(?:국회|[가-힣]{2,14}의회)$/.test(t)) return undefined;
  let q = j + 1;
  while (q < lines.length && lines[q].t === '') q++;
  const kind = q < lines.length ? /^[(（](임시회|정기회|정례회)[)）]$/.exec(lines[q].t.trim()) : null;
  return kind ? { session: `${t}(${kind[1]})`, lines: [j, q], next: q + 1 } : undefined;
}

/**
 * A Korean record opened by its session line, its title below (`제431회 국회(임시회)`, then `과학기술정보방송통신위원회
 * 회의록`): the legislature the session line names.
 */
export function sessionLegislature(lines: Line[], from: number, k: number): string | undefined {
  // (the session line may stand above the first line taken for the text, or be it)
  for (let j = from; j <= k && j < lines.length; j++) {
    const s = sessionLine(lines, j);
    const m = s && SESSION_KO.exec(s.session);
    if (!m) continue;
    for (let q = s.next, seen = 0, business = false; q < lines.length && seen < 2; q++) {
      if (lines[q].t === '') continue;
      // (the sitting's business over the title: `2026년도 행정사무감사`)
      if (seen === 0 && !business && SITTING_BUSINESS_KO.test(lines[q].t.replace(/\s+/g, ''))) {
        business = true;
        continue;
      }
      seen++;
      if (isRecordTitle(lines[q].t)) return m[1];
    }
  }
  return undefined;
}

/** What a sitting does, as a record's cover sets it over the committee's title (`2026년도 행정사무감사`, `국정감사`). */
const SITTING_BUSINESS_KO = /^(?:\d{4}년도)?(?:행정사무감사|행정사무조사|국정감사|국정조사|예산안심사|결산심사)$/;

/**
 * A Korean record's cover: its session line, its title (set letter-spaced as covers are, `본 회 의 회 의 록`) and its
 * number (`제 2 호`) on lines of their own: the record's title as one line (`제312회 영광군의회(임시회) 본회의 회의록
 * 제2호`), and the lines it stands on.
 */
export function sessionRecordTitle(
  lines: Line[],
  from: number,
  k: number,
): { title: string; lines: number[] } | undefined {
  for (let j = from; j <= k && j < lines.length; j++) {
    const s = sessionLine(lines, j);
    if (!s || !SESSION_KO.test(s.session)) continue;
    const parts = [s.session];
    const own = s.lines;
    for (let q = s.next, seen = 0; q < lines.length && seen < 3; q++) {
      if (lines[q].t === '') continue;
      seen++;
      const u = unspaced(withoutHeadingMarker(lines[q].t).trim());
      // (the business of the sitting over the title, an audit's cover: `2026년도 행정사무감사`, `2026년도 국정감사`)
      if (seen === 1 && parts.length === 1 && SITTING_BUSINESS_KO.test(u.replace(/\s+/g, ''))) {
        parts.push(u.replace(/\s+/g, '').replace(/^(\d{4}년도)(?=\S)/, '$1 '));
        own.push(q);
        seen--;
        continue;
      }
      if (seen === 1) {
        if (!isRecordTitle(u) || u.length > 40) return undefined;
        // (the record's word apart, as Korean writes it, whether the cover spaces its letters or closes its words up:
        // `본회의 회의록`, `산업건설위원회 회의록`)
        parts.push(u.replace(/(?<=\S)(회의록)$/, ' $1'));
        own.push(q);
        continue;
      }
      // (what kind of meeting, in brackets under the title: `(국정감사)`)
      const kind = seen === 2 ? /^[(（]\s?[가-힣]{2,10}(?:\s[가-힣]{2,10})?\s?[)）]$/.exec(lines[q].t.trim()) : null;
      if (kind) {
        parts.push(`(${kind[0].slice(1, -1).trim()})`);
        own.push(q);
        continue;
      }
      const no = /^제\s?(\d{1,4})\s?호$/.exec(lines[q].t.trim());
      if (no) {
        parts.push(`제${no[1]}호`);
        own.push(q);
      }
      break;
    }
    return parts.length >= 2 ? { title: parts.join(' '), lines: own } : undefined;
  }
  return undefined;
}

/** A particular naming a document's issuer (`Proponent:`, `Applicant:`, `사업자:`). */
const ISSUER_LABEL =
  /^(?:(?:project\s+)?proponent|applicant|developer|promoter|project\s+sponsor|submitted\s+by|company\s+name|name\s+of\s+(?:the\s+)?company|사업\s?자|사업\s?시행자|시행\s?자|신청인|사업\s?주체)$/i;
/** A labelled line of a document's particulars (`Project: …`, `사업명: …`). */
const PARTICULAR = /^([\p{L}][\p{L} ./()-]{0,30}?)\s*[:：]\s*(\S.{0,160})$/u;

/**
 * A document's particulars under its title (`Project: …`, `Proponent: Atlântico Compute, S.A.`, `Date of
 * submission: …`; `사업명: …`, `사업자: 새만금디지털파크(주)`, `제출일: …`): a run of three labelled lines or more
 * among its first lines. The issuer they name, as written (its legal form kept), and the lines.
 */
export function readParticulars(lines: Line[], from: number): { issuer: string; lines: number[] } | undefined {
  let run: number[] = [],
    labelled = 0;
  const indent = (k: number) => lines[k].ts - lines[k].start;
  for (let k = from, seen = 0; k < lines.length && seen < 14; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    if (t.length <= 200 && PARTICULAR.test(t)) {
      run.push(k);
      labelled++;
      continue;
    }
    // A value wrapped onto a line set further in than its label (`Representative: Kenji Morozumi, President and` /
    // `Representative Director`), or a bracketed note inside the block (`(Securities code: 9478, TSE Prime Market)`,
    // `(TEL: …)`): the block goes on.
    if (
      run.length &&
      t.length <= 120 &&
      (indent(k) > indent(run[run.length - 1]) || /^\([^()]{2,100}\)$/.test(t)) &&
      indent(run[0]) > 0 === indent(k) > 0
    ) {
      run.push(k);
      continue;
    }
    if (labelled >= 3) break;
    run = [];
    labelled = 0;
  }
  if (labelled < 3) return undefined;
  // Labelled turns of a dialogue (`Q: …`, `Kim: …`) are no particulars: a run is one when it names its issuer.
  for (const k of run) {
    const m = PARTICULAR.exec(lines[k].t);
    if (!m) continue;
    const v = m[2].replace(/[*_]+/g, '').trim();
    // (a name in capitals, as a form's field writes it, is written as a reader writes it: `NANHAI THERMAL CO., LTD.`)
    if (ISSUER_LABEL.test(m[1].replace(/[*_]+/g, '').trim()) && v.length <= 80 && !/[!?]$/.test(v))
      return { issuer: v === v.toUpperCase() && /\p{Lu}{3}/u.test(v) && /\s/.test(v) ? titleCased(v) : v, lines: run };
  }
  return undefined;
}

/** A company's call with its investors (`Earnings Call`, `Conference Call`, `컨퍼런스콜`, `실적설명회`). */
const CALL_WORD =
  /\b(?:earnings|results|investor|quarterly)\s+(?:conference\s+)?call\b|\bconference\s+call\b|[컨콘]퍼런스\s?콜|실적\s?(?:발표|설명)회|기업\s?설명회/i;
/** The period a call reports on (`Q3`, `Fiscal 2026`, `third quarter`, `2026년 1분기`). */
const CALL_PERIOD =
  /\b(?:Q[1-4]|[1-4]Q|H[12]|(?:first|second|third|fourth)[- ]quarter|(?:first|second)[- ]half|half[- ]year|full[- ]year|fiscal|FY\s?'?\d{2,4})\b|(?:19|20)\d\d\s?년\s?(?:[1-4]\s?분기|상반기|하반기|연간)|[1-4]\s?분기/i;
/** A stock's ticker after the company (`(HLXF)`, `(NASDAQ: HLXF)`). */
const TICKER = /\s*\((?:[A-Z]{1,6}|[A-Za-z]{2,8}\s?[:：]\s?[A-Z0-9.]{1,8})\)$/;

/**
 * A call's transcript headed by the company, the period and the call's date (`Arcturus Cloud, Inc. (ARCC) — Q3
 * Fiscal 2026 Earnings Call, March 12, 2026`, `대원일렉트릭(주) 2026년 1분기 실적발표 컨퍼런스콜 — 2026년 4월 28일`):
 * the company as written, and the date. A headline about a call (`Nvidia's Q3 call: five takeaways`) names no
 * company alone before the period.
 */
export function callHeading(t: string): { company: string; date: string } | undefined {
  const c = callTitle(t, true);
  return c?.date ? { company: c.company, date: c.date } : undefined;
}

/**
 * A call's title naming the company and the period (`Prakashdeep Renewables Limited Q2 FY27 Earnings Conference
 * Call`), its date on a line of its own or nowhere: the company, as written.
 */
export function callTitle(t: string, dated = false): { company: string; date?: string } | undefined {
  const s = withoutHeadingMarker(t).trim();
  if (s.length > 200 || !CALL_WORD.test(s)) return undefined;
  const p = CALL_PERIOD.exec(s);
  if (!p || p.index < 2) return undefined;
  const d = findDate(s.slice(p.index));
  if (!d && dated) return undefined;
  const company = s
    .slice(0, p.index)
    .replace(/[\s—–:|,-]+$/, '')
    .replace(TICKER, '')
    .trim();
  const en =
    company.length <= 60 &&
    /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:,?\s+(?:&|and|of|plc|inc\.?|ltd\.?|llc|corp\.?|\p{Lu}[\p{L}\p{N}&.'’-]*))*$/u.test(
      company,
    ) &&
    !/['’]s?$/.test(company) &&
    company.split(/\s+/).length <= 7;
  const ko = /^(?:\(주\)|㈜)?[가-힣A-Za-z0-9&·]{2,20}(?:\(주\)|㈜)?$/.test(company) && !/[의은는]$/.test(company);
  return en || ko ? { company, date: d?.iso } : undefined;
}

/**
 * A company's investor event headed by the company, its listing and the event (`Allegheny Digital Partners, Inc.
 * (NYSE: ADPX) — 2026 Investor Day`, `… plc (LSE: KDI) — Capital Markets Day`): the company as written, its legal form
 * kept.
 */
export function eventHeading(t: string): string | undefined {
  const m =
    /^(\p{Lu}.{1,60}?)\s*\([A-Za-z]{2,8}\s?[:：]\s?[A-Z0-9.]{1,8}\)\s*[—–:|-]\s*(?:(?:19|20)\d\d\s+)?(?:investor|capital\s+markets|analyst|strategy|technology)\s+day\b/iu.exec(
      withoutHeadingMarker(t).trim(),
    );
  return m && m[1].split(/\s+/).length <= 7 && /^[\p{L}\p{N}&.,'’ -]+$/u.test(m[1]) ? m[1].trim() : undefined;
}

/** An investor event's name on a cover line of its own (`2026 Investor Day`, `Capital Markets Day 2026`, `2026 기업설명회`). */
const EVENT_COVER =
  /^(?:(?:19|20)\d\d\s+)?(?:(?:investor|capital\s+markets|analyst|strategy|technology|IR|ESG)\s+day|기업\s?설명회|투자자\s?설명회)(?:\s+(?:19|20)\d\d)?$/i;
/** A company's name with its listing, on a cover (`서라벌전기 주식회사 (KOSDAQ 0A7130)`, `Nordlys Kabel ASA (OSE: NKAB)`). */
const LISTED_NAME =
  /^(\S.{1,50}?)\s*[(（](?:KOSDAQ|KOSPI|KONEX|KRX|NYSE|NASDAQ|LSE|TSE|TYO|HKEX|SGX|ASX|TSX|OSE|BIST|코스닥|유가증권시장)\s?[:：]?\s?[A-Z0-9.]{1,8}[)）]$/;
/**
 * An investor event's slides as text: on its cover, above the second page, the event's name on a line of its own
 * (`2026 Investor Day`) and the company's name with its listing (`서라벌전기 주식회사 (KOSDAQ 0A7130)`): the company
 * is the outlet (without a Korean legal form), the event's name the headline, not the brand in capitals or the theme in
 * quotation marks between them.
 */
export function eventCover(lines: Line[], from: number): { company: string; title: string } | undefined {
  let title: string | undefined, company: string | undefined;
  for (let k = from, seen = 0; k < lines.length && seen < 8; k++) {
    const L = lines[k];
    // (the cover's lines may be read as a masthead already: they are the cover's all the same)
    if (L.t === '') continue;
    seen++;
    const t = L.t.trim();
    if (t.length > 80) continue;
    if (!title && EVENT_COVER.test(t)) title = t;
    const m = !company ? LISTED_NAME.exec(t) : null;
    if (m) company = m[1].replace(/^(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$/g, '').trim();
  }
  return title && company ? { company, title } : undefined;
}

/**
 * A call's transcript headed on lines of their own (`Northgate Turbine Holdings plc (LSE: NGT)`, then `Half-Year 2026
 * Results Conference Call — Transcript`, then `29 July 2026, 09:00 BST`): the company (its ticker after it), the call,
 * its date, read as one heading; the call's line, without the word for the transcript, is the headline.
 */
export function callHeadingLines(
  lines: Line[],
  k: number,
): { company: string; date: string; title: string; lines: number[] } | undefined {
  if (!TICKER.test(lines[k].t.trim())) return undefined;
  const own = [k];
  for (let j = k + 1; j < lines.length && own.length < 3; j++) {
    if (lines[j].t === '') continue;
    // (the date line may be set aside already as a date line)
    if (lines[j].t.length > 120) break;
    own.push(j);
  }
  if (own.length < 3 || !CALL_WORD.test(lines[own[1]].t)) return undefined;
  const c = callHeading(own.map((j) => withoutHeadingMarker(lines[j].t).trim()).join(' — '));
  if (!c) return undefined;
  const title = withoutHeadingMarker(lines[own[1]].t)
    .replace(
      /\s*[—–:|-]\s*(?:(?:edited|full|corrected|partial|raw)\s+)?transcript\b.*$|\s*[([](?:excerpts?|transcript)[)\]]$/i,
      '',
    )
    .trim();
  return { ...c, title, lines: own };
}

/**
 * A disclosure service's first line over an issuer's announcement: the service and the kind of notice, the issuer, then
 * the notice's key words (`EQS-Ad-hoc: Spreetal Energie AG / Key word(s): Contract/Investment`, `DGAP-News: … /
 * Schlagwort(e): …`): the issuer, whose announcement it is (the service only carries it).
 */
export function serviceHead(t: string): string | undefined {
  if (t.length > 160 || !t.includes('/')) return undefined;
  const m =
    /^[A-Z]{2,6}-[A-Za-z-]{2,20}:\s+(\S.{1,80}?)\s+\/\s+(?:key\s+words?(?:\(s\))?|schlagw(?:ort|örter)(?:\(e\))?)\s*:\s*\S/i.exec(
      t,
    );
  return m?.[1];
}

/** A periodical's name and issue as its heading (`Watts & Wafers — Issue #58`, `칩앤파워 레터 — 제27호`): the name. */
export function issueHeadingName(t: string): string | undefined {
  if (t.length > 120) return undefined;
  const m =
    /^(\S.*?)\s*(?:[—–:|,·-]\s*)?(?:(?:issue|edition|vol\.?\s*\d{1,3}\s*,?\s*no\.?|no\.)\s*#?\s*\d{1,5}|제\s?\d{1,5}(?:[-–]\d{1,4})?\s?호)$/i.exec(
      withoutHeadingMarker(t).trim(),
    );
  // A podcast's episode (`The Compute Frontier — Episode 112: "Transformers, not transistors" with …`): the show's.
  const e = m
    ? undefined
    : /^(\S.*?)\s*(?:[—–:|·-]\s*|\s(?=ep\.))(?:episode|ep\.)\s*#?\s*\d{1,4}(?=\s*[:—–-]|$)/i.exec(
        withoutHeadingMarker(t).trim(),
      );
  const n = m ? cleanName(m[1]) : e ? cleanName(e[1]) : undefined;
  return n && isNameLike(n) && !isSectionWord(n) ? n : undefined;
}

/** Separators between the parts of a one-line byline (`Outlet · By X · date`, `매체 | 이름 기자 | 입력 …`). */
// (…and the katakana middle dot a note-taking app sets between a recording's date and its length: `… 오후 2:14 ・ 41분 52초`)
// (…a box-drawing bar as a terminal's or an HTS window's columns set its fields, `2026/10/13 09:14:27 │ … │ …`)
const SEGMENT_SEP = /\s+[|·•ㅣ・│┃]\s+/;

/** A byline naming a job, not a person ("By Staff Writer", "By Senior Tech Correspondent"). */
export const JOB_TITLE = new RegExp(
  `^(?:(?:${alternation(enWords.jobTitle.modifiers)})\\s+)*(?:${alternation(enWords.jobTitle.heads)})$`,
  'i',
);
/**
 * A word of a field's label for a date (`Date Disclosed`, `Last Updated`, `Filing Date`; a Korean record's `일시`,
 * `일자`, `작성일`): no word of a person's name.
 */
const DATE_FIELD_WORD =
  /\b(?:date|dated|disclosed|updated|published|posted|issued|released|filed|approved|submitted|received|modified|created|effective|deadline)\b|^(?:[가-힣]{0,4}(?:일시|일자|날짜|기간|시각)|작성일|등록일|게시일|수정일|발행일)$/i;
/** A person's name in an English byline: two to four capitalized words ("Anna Tong", "PARK EUN-JEE"). */
const PERSON_NAME = /^(?:\p{Lu}[\p{L}.'’-]+)(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u;
/** Whether a name is written as a person's (two to four capitalized words, or two to four Hangul syllables). */
export const looksLikePersonName = (n: string) => PERSON_NAME.test(n) || /^[가-힣]{2,4}$/.test(n);

/** A Korean person's name after "by": two to four syllables; a desk or an account is no person. */
const KO_PERSON = /^[가-힣]{2,4}$/;
const KO_NOT_PERSON = new Set([
  '관리자',
  '운영자',
  '편집부',
  '편집국',
  '편집자',
  '취재팀',
  '뉴스팀',
  '보도국',
  '디지털뉴스팀',
]);

/** A name as a careful reader writes it: one in capitals ("PARK EUN-JEE") in the case of a name ("Park Eun-jee"). */
function writtenName(n: string): string {
  if (n !== n.toUpperCase()) return n;
  return n.replace(/\p{L}+/gu, (w, at: number) =>
    at > 0 && n[at - 1] === '-' ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase(),
  );
}

/** What a date line carries besides the date: a time zone, a weekday, "3 hours ago", a reading time, 'at' and 'on'. */
// (…and the date in another calendar beside it, a Saudi filing's `Corresponding to: 1447-10-26`, `25/10/1447H`)
const DATE_NOISE =
  /\b(?:corresponding|equivalent)\s+to\s*[:：]?\s*(?:1[34]\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]1[34]\d\d)\s*(?:H|AH|A\.H\.)?(?![A-Za-z])|\b(?:1[34]\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]1[34]\d\d)\s*(?:H|AH|A\.H\.)(?![A-Za-z])|\b(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d\d)?|\b(?:eastern|central|mountain|pacific|atlantic|alaska|hawaii|british|korea|japan|china|india|central european|greenwich mean|coordinated universal)(?:\s+(?:daylight|standard|summer))?\s+time\b|\b(?:GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|JST|KST|HKT|SGT|IST|ET|PT|CLT|CLST|BRT|MSK|AEST|AEDT|AWST|NZST|NZDT|WIB|PHT|ICT|SAST|EAT|WAT|PKT|MYT|WET|WEST|EET|EEST|HST|AKST|AKDT)\b|\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?|\(\s?[월화수목금토일]\s?\)|(?:updated\s*)?\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|\d+\s*(?:분|시간|일)\s*전|\d{1,3}\s*min(?:ute)?s?\s+read|기사\s*원문|\b(?:press|news)\s+release\b|\bno\.?\s*[:：]\s*\d+\s*\/\s*\d{2,4}\b|\(\s*(?:온라인|인터넷|방송)[^)]{0,30}\)|조간|석간|지면\s?[A-Z]?\d{1,2}(?:면)?|[월화수목금토일]요일|\b[A-Z]?\d{1,2}\s?면(?![가-힣])|(?<=[·•|]\s?)\d{1,3}\s*(?:min|mins|minutes|hr|hrs)\b|\b(?:on|at)\b/gi;

/** Whether `line` (L's text, or a string that is no line: L undefined) may hold `mark` (articleLines.ts MARK). */
const mayHold = (L: Line | undefined, mark: number) => !L || hasMark(L, mark);

/**
 * A line that only carries byline/date information, parsed; undefined when the line is more than that. `L`: the line
 * `line` is the text of, when the caller has it: a rule needing a mark the line does not hold is not asked.
 */
export function parseMetaLine(line: string, L?: Line): MetaLine | undefined {
  if (line.length === 0 || line.length > MAX_META_LINE) return undefined;
  // Labelled fields side by side, as a record's head sets them (`Record updated:   05 Oct 2026        Analyst: Rana
  // Haddad, Riyadh`): each field read alone, the line a byline's when every one is.
  if (/\S\s{3,}\p{Lu}[\p{L} ]{1,30}:\s/u.test(line)) {
    const cells = line.split(/\s{3,}(?=\p{Lu}[\p{L} ]{1,30}:\s)/u);
    const read = cells.map((c) => parseMetaLine(c.trim()));
    if (read.every(Boolean)) {
      const r: MetaLine = { authors: [] };
      for (const m of read as MetaLine[]) {
        for (const a of m.authors) if (!r.authors.includes(a)) r.authors.push(a);
        if (m.date && !r.date) {
          r.date = m.date;
          r.dateLabel = m.dateLabel;
        }
        r.updated ??= m.updated;
        r.outlet ??= m.outlet;
        r.outletRaw ??= m.outletRaw;
        r.emailOutlet ??= m.emailOutlet;
        r.issue ??= m.issue;
      }
      return r;
    }
  }
  // A label with its translation after a slash (`Record updated / Fecha de actualización: 29-10-2026`): the first.
  if (line.includes(' / ') && BILINGUAL_LABEL.test(line)) line = line.replace(BILINGUAL_LABEL, '$1$2');
  // A label in emphasis or after a box's bullet (`**Date:** …`, `■ 방송일 : …`) is the label.
  if (/^[*_■□▪▶▷●◆]/.test(line)) line = plainLabel(line);
  // (…and a writer's name in emphasis after `By`, `By **Tashi Pelden Norbu** · Gelephu · …`: the page's styling of the name)
  if (/^by\s+(?:\*\*|__)/i.test(line)) line = line.replace(/^(by\s+)(\*\*|__)([^*_\n]{2,60})\2/i, '$1$3');
  // (…and labels in bold without a colon, field after field on a line of pieces: `**대표주관회사** 한결투자증권 |
  // **게시일** 2026.11.24 | **문의** …`: the bold says what the colon would)
  if (/^\*\*[^*:\n]{1,12}\*\*\s+\S.*\s[|·]\s+\*\*[^*:\n]{1,12}\*\*\s+\S/.test(line))
    line = line.replace(/(^|[|·]\s*)\*\*([^*:\n]{1,12})\*\*(?=\s)/g, '$1$2:');
  // A paper's writers with their posts (`*Hollis Grady, Senior Fellow, and Anjali Mehra, Research Associate*`,
  // `박선영 연구위원 · 오태준 연구원`): the writers, no post a name.
  // (a unit's writer ends in a Hangul name; a labelled Korean writer has the label's colon)
  const posted =
    postedNames(line) ?? (mayHold(L, MARK.HANGUL) ? (unitPostName(line) ?? labelledKoWriter(line)) : undefined);
  if (posted) return posted;
  // A form's line of fields set apart by runs of spaces (`SPONSOR:  Sen. …          ORIGINAL DATE:  01/22/2026`): its
  // dates, when its other fields are labelled values.
  if (/\S {3,}\S/.test(line.trim())) {
    const cols = formColumns(line);
    if (cols) return cols;
  }
  // A line of three parts or more ("**Iberia Tech Review** · By Tomás Rebelo · 6 May 2026"): each part read alone.
  if (
    (line.includes('|') ||
      line.includes('·') ||
      line.includes('•') ||
      line.includes('ㅣ') ||
      line.includes('・') ||
      line.includes('│') ||
      line.includes('┃')) &&
    SEGMENT_SEP.test(line)
  ) {
    const seg = segmentedMetaLine(line);
    if (seg) return seg;
  }
  return metaLineWhole(line, L);
}

/** A field's label and its translation between a slash and the colon (`Record updated / Fecha de actualización:`). */
const BILINGUAL_LABEL = /^(\p{L}[\p{L} ]{2,30}?)\s+\/\s+\p{L}[\p{L} ]{2,30}(\s*[:：]\s*)(?=\S)/u;

/** A Korean public body's or institute's post, written before the name (`입법조사관 한지민`, `연구위원 박서진`). */
const KO_POST_BEFORE =
  /(?:입법조사관|입법조사연구관|조사관|연구관|사무관|서기관|주무관|전문위원|(?:선임|책임|수석|부)?연구위원|(?:선임|책임|수석)?연구원)/;
/** A unit of a Korean body (`경제산업조사실`, `산업자원팀`, `전력정책과`, `에너지전환연구본부`). */
const KO_UNIT = /^[가-힣A-Za-z·]{1,14}(?:실|팀|과|국|부|처|센터|본부|단|그룹|파트|연구소|연구실)$/;
/**
 * A writer of a Korean public body's report, as such reports write one under the title: the units of the body, the
 * post, then the name (`경제산업조사실 산업자원팀 입법조사관 한지민`). The name; undefined for any other line.
 */
function unitPostName(line: string): MetaLine | undefined {
  // (a short line of words ending in a Hangul name: most lines are answered before they are split)
  if (line.length > UNIT_POST_MAX || !/[가-힣]\s*$/.test(line)) return undefined;
  const words = line.trim().split(/\s+/);
  if (words.length < 3 || words.length > 6) return undefined;
  const name = words[words.length - 1];
  const post = words[words.length - 2];
  if (
    !/^[가-힣]{2,4}$/.test(name) ||
    KO_NOT_PERSON.has(name) ||
    !(KO_POST_WHOLE ??= new RegExp(`^${KO_POST_BEFORE.source}$`)).test(post)
  )
    return undefined;
  return words.slice(0, -2).every((w) => KO_UNIT.test(w)) ? { authors: [name], unitPost: true } : undefined;
}

/** The longest line unitPostName reads (six words of a unit, a post and a name). */
const UNIT_POST_MAX = 100;
/** KO_POST_BEFORE as a whole word (made at its first use). */
let KO_POST_WHOLE: RegExp | undefined;

/** Where a writer works, as a Korean byline writes it after the name (`미국 애틀랜타무역관`, `베이징지사`, `산업연구팀`). */
const KO_WORKPLACE = /(?:무역관|지사|지부|지국|사무소|주재원|특파원|센터|연구소|연구원|연구실|본부|팀|실|처)$/;
/**
 * A writer labelled as such, then the name and where the writer works (`작성자: 박소연 미국 애틀랜타무역관`, `글: 김도윤
 * 베이징지사`): the name.
 */
const KO_WRITER_UNIT_POST =
  /^(?:작성자|글쓴이|필자)\s*[:：|]?\s*([가-힣]{2,4})\s?\([가-힣A-Za-z·]{1,14}(?:실|팀|과|국|부|처|센터|본부|단|그룹|파트|연구소|연구실)\s(?:수석|책임|선임)?(?:과장|차장|부장|대리|주임|사원|팀장|실장|매니저|연구원|연구위원|사무관|주무관)\)$/;
function labelledKoWriter(line: string): MetaLine | undefined {
  // A speech's or a talk's speaker in its head, the post before the name (`연설 : 전북특별자치도지사 백승렬`, `발제 : 한국
  // 산업경제연구원 선임연구위원 김서연`, `연사: 한빛전력 대표이사 윤재석`): the name.
  const spk =
    /^(?:연설자?|연사|발표자?|발제자?)\s*[:：]\s*((?:[가-힣A-Za-z·()]+\s){0,3}[가-힣A-Za-z·]*(?:지사|시장|군수|구청장|장관|차관|대표|대표이사|위원장|의장|사장|총장|원장|회장|청장|교수|박사|연구위원|선임연구위원|연구원|선임연구원|이사장|본부장|센터장|소장|실장))\s([가-힣]{2,4})$/.exec(
      line.trim(),
    );
  if (spk && !KO_NOT_PERSON.has(spk[2])) return { authors: [spk[2]] };
  // (a brief's writer labelled with the unit before the name and the post after it, an address after them: `작성:
  // 조사분석팀 한도윤 선임연구원 (dyhan@kolac.or.kr)`)
  const w =
    /^(?:작성자?|집필|필자)(?:\s*[:：]\s*|\s+)(?:[가-힣A-Za-z·]{1,14}(?:실|팀|과|국|부|처|센터|본부|단|그룹|파트|연구소|연구실)\s)?([가-힣]{2,4})\s(?:선임|책임|수석|부|초빙|객원)?(?:연구위원|연구원|전문위원|연구교수|박사|팀장|실장|센터장|과장|차장|부장|매니저|주무관|사무관|서기관|주사)(?:\s*\([^()]*@[^()]*\))?$/.exec(
      line.trim(),
    );
  if (w && !KO_NOT_PERSON.has(w[1])) return { authors: [w[1]] };
  // (a newsletter's piece signed under its title without a colon, the post after the name: `글 이동현 교육선전부장`)
  const signed =
    /^글\s+([가-힣]{2,4})\s+[가-힣]{0,10}(?:부장|국장|팀장|실장|위원장|처장|과장|차장|편집장|위원|기자|대표|회장|연구원|연구위원|교수)$/.exec(
      line.trim(),
    );
  if (signed && !KO_NOT_PERSON.has(signed[1])) return { authors: [signed[1]] };
  // (a post's credit for its words and pictures, its writer's post in brackets: `글·사진: 임재희 (전북산업노트 에디터)`, `사진·글
  // 오하늘`; the words' alone, the post a writer's: `글: 임재희 (에디터)`)
  const credit =
    /^(?:글\s?[·ㆍ,/]\s?(?:사진|그림)|(?:사진|그림)\s?[·ㆍ,/]\s?글)\s*[:：]?\s*([가-힣]{2,4})(?:\s*\([^()]{1,30}\))?$/.exec(
      line.trim(),
    ) ??
    /^글(?:\s*[:：]\s*|\s+)([가-힣]{2,4})\s*\((?:[^()]{0,24}\s)?(?:에디터|기자|편집장|편집위원|작가|리포터|객원기자)\)$/.exec(
      line.trim(),
    );
  if (credit && !KO_NOT_PERSON.has(credit[1])) return { authors: [credit[1]] };
  // (a page's properties, a row of a table or a field: the writer with the team and post in brackets, `| 작성자 | 한지민
  // (해외사업팀 과장) |`, `작성자: 한지민 (해외사업팀 과장)`)
  const unitPost = KO_WRITER_UNIT_POST.exec(line.trim().replace(/^\|\s*|\s*\|$/g, ''));
  if (unitPost && !KO_NOT_PERSON.has(unitPost[1])) return { authors: [unitPost[1]] };
  const m = /^(?:작성자|글쓴이|필자|글)\s*[:：]\s*([가-힣]{2,4})\s+((?:[가-힣A-Za-z]+\s){0,2}[가-힣A-Za-z]+)$/.exec(
    line.trim(),
  );
  return m && !KO_NOT_PERSON.has(m[1]) && KO_WORKPLACE.test(m[2]) ? { authors: [m[1]] } : undefined;
}

/** A researcher's or a think tank's post after a name (`Senior Fellow`, `Research Associate`, `Director of Policy`). */
const RESEARCH_POST =
  /^(?:(?:senior|junior|visiting|non-?resident|adjunct|distinguished|principal|lead|chief|associate|assistant|postdoctoral)\s+)*(?:fellow|research\s+(?:associate|assistant|fellow|analyst|director|scientist)|researcher|research\s+economist|economist|scholar|director|professor|policy\s+analyst|analyst)(?:\s+(?:of|for|in|at)\s+\S.{1,40})?$/i;
/** A word of a post of RESEARCH_POST or KO_RESEARCHER, somewhere in a line. */
const POST_WORDS =
  /\b(?:fellow|associate|assistant|analyst|researcher|economist|scholar|director|professor|scientist)\b|(?:연구위원|연구원|전문위원|연구교수|박사)[*_]*$/i;
/** A Korean researcher's post after the name (`박선영 연구위원`, `오태준 선임연구원`, `김하늘 박사`). */
const KO_RESEARCHER = /^([가-힣]{2,4})\s(?:선임|책임|수석|부|초빙|객원)?(?:연구위원|연구원|전문위원|연구교수|박사)$/;

/**
 * The writers of a paper or a brief, each with a post (`*Hollis Grady, Senior Fellow, and Anjali Mehra, Research
 * Associate*`), or, in Korean, each name with a researcher's post (`박선영 연구위원 · 오태준 연구원`). Undefined when any
 * part is neither a name nor its post, or a name goes without one.
 */
function postedNames(line: string): MetaLine | undefined {
  const t = line.trim();
  if (t.length > 160) return undefined;
  // (set apart by neither `By` nor emphasis, as a Markdown line's emphasis is taken off before it is read, it is read
  // above the text only: a contact's line under it is no byline)
  // (most lines name no post: one test of the line's words saves splitting it)
  if (!POST_WORDS.test(t)) return undefined;
  if (/[가-힣]/.test(t)) {
    const parts = withoutEmphasis(t).split(/\s*[·,ㆍ]\s*/);
    const names = parts.map((p) => KO_RESEARCHER.exec(p)?.[1]);
    return names.length && names.every((n) => n && !KO_NOT_PERSON.has(n))
      ? { authors: names as string[], bare: true }
      : undefined;
  }
  const plain = withoutEmphasis(t);
  const marked = /^by\s+/i.test(plain) || (/^[*_]/.test(t) && /[*_]$/.test(t));
  const parts = plain
    .replace(/^by\s+/i, '')
    .replace(/\.$/, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const names: string[] = [];
  let posts = 0,
    research = false;
  for (const p of parts) {
    const r = RESEARCH_POST.test(p);
    research ||= r;
    if (r || JOB_TITLE.test(p)) {
      // (every post after a name: a post first, or two in a row, is some other line)
      if (names.length !== posts + 1) return undefined;
      posts++;
      continue;
    }
    if (!personShaped(p) || names.length !== posts) return undefined;
    names.push(p);
  }
  // (a reporter's post alone, `By Ana Ruiz, Staff Writer`, is a byline's, read as one)
  return research && names.length && posts === names.length && names.length <= 4
    ? { authors: names, bare: !marked }
    : undefined;
}

/**
 * A notice's field naming the body that issues it (a tender's `공고기관 : 새만금물환경공사`, `발주기관: …`, `Contracting
 * authority: …`): the body, whose notice it is (a `수요기관`, the body the works are for, is not).
 */
const ISSUING_BODY_FIELD =
  /^(?:공고\s?기관|발주\s?기관|발행\s?기관|contracting\s+(?:authority|entity)|issuing\s+(?:authority|body|agency))\s*[:：]\s*(\S.{1,50})$/i;

/** A form's fields on one line: every field a date line or a labelled value (`SPONSOR: …`, `BILL: SB 118`). */
function formColumns(line: string): MetaLine | undefined {
  // (a label and its value may stand apart too: `SPONSOR:        Sen. …`)
  const fields: string[] = [];
  for (const f of line.trim().split(/ {3,}/))
    if (fields.length && /[:：]$/.test(fields[fields.length - 1])) fields[fields.length - 1] += ' ' + f.trim();
    else fields.push(f.trim());
  // A series' issue and its date set apart on its first line (`이슈와 논점 제2481호          2026년 11월 17일`): the date
  // (a full one), and the issue.
  if (fields.length === 2) {
    const [a, b] = seriesIssue(fields[0]) ? fields : [fields[1], fields[0]];
    const d = seriesIssue(a) ? findDate(b) : undefined;
    if (d && d.index === 0 && d.length === b.length && /\d{4}.*\d.*\d|\d.*\d.*\d{4}/.test(b))
      return { authors: [], date: d.iso, dateLabel: 'published', issue: a };
  }
  let r: MetaLine | undefined;
  for (const f of fields) {
    // (a labelled date: a spec box's bare `March 2027` beside `Capacity: 1.2 GW` dates nothing of the page)
    const m = DATE_LABEL_AT.test(f) ? metaLineWhole(f) : undefined;
    if (m && (m.date || m.updated) && !m.authors.length) {
      r ??= { authors: [] };
      if (m.dateLabel === 'updated') r.updated ??= m.updated;
      else if (m.date && !r.date) {
        r.date = m.date;
        r.dateLabel = m.dateLabel;
      }
      continue;
    }
    const body = ISSUING_BODY_FIELD.exec(f);
    if (body) {
      r ??= { authors: [] };
      r.outletRaw ??= body[1].trim();
      continue;
    }
    // An agency's transmission time for a picture package or a caption file (`Transmission: 2026-06-18 17:52 MDT`).
    const sent = /^(?:transmission|transmitted|sent)\s*[:：]\s*(\S.{5,40})$/i.exec(f);
    const sentOn = sent ? findDate(sent[1]) : undefined;
    if (sentOn && sentOn.index === 0) {
      r ??= { authors: [] };
      r.date ??= sentOn.iso;
      r.dateLabel ??= 'published';
      continue;
    }
    // A picture's photographer, with the agency after a slash (`Photographer: Marcus Oyelaran / CPP`): the pictures'
    // author, in a caption file the only one credited.
    const shot =
      /^(?:photographer|photo(?:s|graphs?)?\s+by)\s*[:：]?\s*(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3})(?:\s*\/\s*\S.{0,40})?$/iu.exec(
        f,
      );
    if (shot && !findOutlet(shot[1])) {
      r ??= { authors: [] };
      r.authors.push(writtenName(shot[1]));
      continue;
    }
    // Its analyst, surname first (`ANALYST:        Romero, J.`): the writer, as a reader writes the name.
    const by =
      /^(?:ANALYST|Analyst|PREPARED BY|Prepared by|AUTHOR|Author)\s?:\s*(\p{Lu}[\p{L}'’-]+),\s*((?:\p{Lu}\.\s?){1,3}|\p{Lu}[\p{L}'’-]+)$/u.exec(
        f,
      );
    if (by) {
      r ??= { authors: [] };
      r.authors.push(`${by[2].trim()} ${by[1]}`);
      continue;
    }
    // (a Korean form's label, `보도일시: 즉시 보도 가능` beside `배포일시: 2025. 11. 20.(목) 10:00`)
    // (…or a capitalized label, `Slug: ALTA-STARGATE-WAPITI`, `Desk: Calgary`, beside those read above)
    if (
      !/^\p{Lu}[\p{Lu}\p{N} .'’/&()-]{1,30}\s?:\s*\S|^[가-힣](?:\s?[가-힣]){1,7}\s*[:：]\s*\S/u.test(f) &&
      !(r && /^\p{Lu}[\p{Ll}]{1,15}(?:\s\p{Ll}{1,10})?\s?:\s*\S.{0,40}$/u.test(f))
    )
      return undefined;
  }
  if (r && !r.date && r.updated) {
    r.date = r.updated;
    r.dateLabel = 'updated';
  }
  return r;
}

/**
 * A byline line of parts between bars or dots, each part a date, a byline (`By X`, `세종=한도윤 기자`), a label
 * (`6 min read`) or at most one name: the outlet, when another part names the authors (so a person's name alone
 * is never taken for an outlet). Undefined when a part is anything else.
 */
function segmentedMetaLine(line: string): MetaLine | undefined {
  // (a Markdown table's row, `| 방문 일시 | 2026년 5월 13일 (수) 10:00 |`, is a label and its value, no byline)
  // (…nor a box-drawn table's, `│ 2026 │ 500 MW │`)
  if (/^[|│┃]/.test(line) && /[|│┃]$/.test(line)) return undefined;
  const parts = line
    .split(SEGMENT_SEP)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 7) return undefined;
  const initialled = bodyDeskWriter(parts);
  if (initialled) return initialled;
  const r: MetaLine = { authors: [] };
  let name: string | undefined,
    sector = false,
    live = false,
    pictured = false,
    kind = false,
    unitNamed = false,
    embargo = false,
    writerLabelled = false,
    contact = false,
    signed = false,
    timed = false,
    valued = false,
    dateLabelled = false,
    untold: string | undefined;
  let readTime = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    // "**14 October 2026** · Analysts: …": a part's emphasis is no text
    const p = /^[*_]|[*_]$/.test(part) ? withoutEmphasis(part) : part;
    // Who took the pictures beside who wrote (`글 윤서하 기자 · 사진 정우진 기자`, `Photos by Ana Ruiz`): no author.
    if (PICTURE_CREDIT.test(p)) {
      pictured = true;
      continue;
    }
    // (…a labelled Korean writer beside the date: `발간일 2026. 11. 10. | 작성: 조사분석팀 한도윤 선임연구원`)
    // (…and how long it takes to read, `읽는 데 5분`, `5분 읽기`: no name)
    if (/^(?:읽는\s?데\s?(?:약\s?)?\d{1,3}\s?분|\d{1,3}\s?분\s?(?:읽기|소요))$/.test(p)) {
      readTime = true;
      continue;
    }
    let m = metaLineWhole(p);
    if (!m && (p.includes(':') || p.includes('：') || /^(?:글|작성)\s/.test(p)) && (m = labelledKoWriter(p)))
      writerLabelled = true;
    // (…or in English, `Rapporteur: Madina Zhaksylykova, Research Fellow`, beside `Summary published 18 June 2026`)
    else if (m?.authors.length && CREDIT_LABEL.test(p)) writerLabelled = true;
    if (m) {
      for (const a of m.authors) if (!r.authors.includes(a)) r.authors.push(a);
      if (m.dateLabel === 'updated') r.updated ??= m.updated;
      else if (m.date && !r.date) {
        r.date = m.date;
        r.dateLabel = m.dateLabel;
        dateLabelled = DATE_LABEL_AT.test(p);
      }
      if (m.updated && m.dateLabel !== 'updated') r.updated ??= m.updated;
      r.outlet ??= m.outlet;
      r.outletRaw ??= m.outletRaw;
      r.emailOutlet ??= m.emailOutlet;
      r.issue ??= m.issue;
      continue;
    }
    // A company's letter signed by its officer beside its date (`2026년 11월 5일 | 대표이사 민재혁`): the officer
    // writes it; the title is no outlet.
    const officer = SIGNING_OFFICER.exec(p);
    if (officer && !KO_NOT_PERSON.has(officer[1])) {
      if (!r.authors.includes(officer[1])) r.authors.push(officer[1]);
      signed = true;
      continue;
    }
    if (isLabelLine(p) || isSectionWord(p)) continue;
    // What the document is (`Industry Report`, `Company Note`, `산업분석`) and a broker's rating beside it (`투자의견
    // Overweight (유지)`, `Rating: Buy`): no name.
    if (DOC_KIND.test(p) || RATING.test(p)) {
      kind = true;
      continue;
    }
    // A company's unit that put the document out, beside its date (`한결전기 IR팀 | 2026년 10월 29일(목) | …`,
    // `Kestrel Power Investor Relations`): the company's document.
    const unit = COMPANY_UNIT.exec(p);
    if (unit && !name) {
      r.outletRaw ??= unit[1].trim();
      unitNamed = true;
      continue;
    }
    // Whom to ask, with a number, beside the date (`문의 정보분석실 02-3406-XXXX`, `Contact: +44 20 …`): no name.
    if (/^(?:문의|연락처|contact|inquiries|enquiries|tel\.?|phone)\s*[:：]?\s+\S/i.test(p) && /\d{2,}/.test(p)) {
      contact = true;
      continue;
    }
    // A publisher's label and the body (`발행: (사)한국수출중견기업연합회 해외마케팅실`): the body, its unit aside.
    // (…or without the colon, the label a word before the name: `발행 데이터센터 인사이트`, as `글 한서진` is a writer's)
    const issuedBy =
      /^(?:발행(?:처|기관)?|펴낸\s?곳)\s*(?:[:：]|\s(?=\S))\s*(?:\(사\)|사단법인\s)?\s*(\S.{1,40})$/.exec(p);
    // (a publication names itself there, no body: `발행 데이터센터 인사이트`, a newsletter's own name)
    const publisher = issuedBy
      ? (koPublisherBody(issuedBy[1].trim()) ??
        (/^(?!(?:주기|일자|부수|형태|간격|예정)(?:\s|$))[가-힣A-Za-z][가-힣A-Za-z ]{1,24}$/.test(issuedBy[1].trim())
          ? issuedBy[1].trim()
          : undefined))
      : undefined;
    if (publisher) {
      r.outletRaw ??= publisher;
      valued = true;
      continue;
    }
    // The printed edition's page beside the date (`지면 A31`, `A31면`, `Page A1`), or a recording's length (`Runtime
    // 41:08`, `Duration: 52 min`, `재생시간 12:30`): no name.
    if (PRINT_PAGE.test(p) || RUNTIME.test(p)) {
      timed = true;
      continue;
    }
    // …or the cover price (`$1.50`, `€2,20`, `1,500원`): no name.
    if (COVER_PRICE.test(p)) continue;
    // Who may read it (`내부 공유용(외부 배포 금지)`, `대외비`, `Internal use only`): the document's handling, no name.
    if (HANDLING.test(p)) continue;
    // A release's embargo beside its date (`엠바고 없음 — 배포 즉시 보도 가능`, `Embargoed until 06:00 CET`): no name.
    if (EMBARGO.test(p)) {
      embargo = true;
      continue;
    }
    // An issue's number alone (`제2026-14호`, `Issue #58`): the issue, no name.
    // (…or a bare `#38` beside a date and an editor: a newsletter's issue, `#38 · 2026.11.10 · 에디터 서하윤`)
    if (issueLine(p) === p || seriesIssue(p) || /^#\d{1,5}$/.test(p)) {
      r.issue ??= p;
      continue;
    }
    // A live page's label ("Live updates", "실시간 업데이트"): the name beside it is the newsroom's.
    if (LIVE_LABEL.test(p)) {
      live = true;
      continue;
    }
    // "Analysts: Hannah Voss, CFA; Marcus Reid", "글 한서윤", "애널리스트: 박준서, 최민지": the writers, labelled.
    // A writer's label crediting a desk, not a person (`글 한빛 뉴스룸 편집팀`, `Words: Editorial Team`): no author.
    const desk = CREDIT_LABEL.exec(p);
    if (desk && p.length <= 60 && DESK_CREDIT.test(desk[1].trim())) continue;
    const credited = creditedNames(p);
    if (credited) {
      for (const a of credited) if (!r.authors.includes(a)) r.authors.push(a);
      continue;
    }
    // "Sector view: Overweight", "투자의견: 매수", "분류: 스타게이트": a label's value is no name, and says nothing here.
    if (/^[\p{L}][\p{L} .'’-]{0,24}\s?[:：]\s*\S/u.test(p)) {
      valued = true;
      continue;
    }
    let n = cleanName(p);
    // A site's name and its section between a dash (`*Rack & Grid — Projects* · August 18, 2026 · By …`): the name.
    const banner = n && !isNameLike(n) && !findOutlet(n) ? bannerName(p) : undefined;
    if (banner && !name && orgShaped(banner)) {
      n = banner;
      sector = true;
    }
    // A research arm's banner names its sector after it (`**Meridian Crane Research** · Data Centres & Power ·
    // 6 November 2026`): a second name after one written as an organisation's is its section, no second outlet.
    if (n && name && i === 1 && orgShaped(name) && !personShaped(n) && isNameLike(n) && !findOutlet(n)) {
      sector = true;
      continue;
    }
    if (!n || name || !(isNameLike(n) || findOutlet(n))) {
      // What the line's last part says after its date and writer is the periodical's tagline ("a fortnightly letter
      // on chips and power", "매주 수요일 아침, 반도체와 전력 사이의 이야기"): read after the loop.
      // …or a note on the text (`Transcript edited for length and clarity`).
      if (i === parts.length - 1 && TEXT_NOTE.test(p) && r.date) continue;
      // …or, first, what it is ("AI 인프라를 숫자로 읽는 주간 뉴스레터 · 2026년 10월 13일 화요일 · 발행인 윤하람").
      if ((i === parts.length - 1 || i === 0) && p.length <= 100 && !/\d|[.!?。]$/.test(p)) {
        untold = p;
        continue;
      }
      return undefined;
    }
    name = n;
  }
  // (a date its label gives as the page's, `Published 8 October 2026 | For members and partners`, is read beside a
  // tagline too)
  const labelled = r.date && r.dateLabel === 'published' && parts.some((x) => RELEASED_OR_PUBLISHED.test(x));
  if (untold !== undefined && !(r.date && (r.authors.length || labelled || unitNamed))) return undefined;
  // A page dated only by its update (`Indus Press Service | Updated: Feb 12, 2026 19:42 IST`) is dated by it.
  if (!r.date && r.updated) {
    r.date = r.updated;
    r.dateLabel = 'updated';
  }
  if (!r.date && !r.authors.length) return undefined;
  // Two parts are a name and its date ("Hannah Birch · May 11, 2026") or nothing of a byline.
  // …or a writer and the photographer beside (`글 도은수 기자 · 사진 배현태 기자`): the writer alone.
  if (
    parts.length === 2 &&
    !(name && r.date && !r.authors.length) &&
    !(pictured && r.authors.length && !name) &&
    // (…or an issue's number and its date: `제2026-14호 | 2026년 9월 22일`)
    !(r.issue && r.date && !name) &&
    !(labelled && untold !== undefined && !name) &&
    !(kind && r.date && !name) &&
    !(embargo && r.date && !name) &&
    !(writerLabelled && r.date && !name) &&
    // (…or a labelled writer and whom to ask: `집필: 오세린 책임연구원 | 문의: 02-6010-4417`)
    !(writerLabelled && contact && !name) &&
    // (…or a labelled writer and how long the piece takes to read: `글 윤다온 (에디터) · 읽는 데 5분`)
    !(writerLabelled && readTime && !name) &&
    !(signed && r.date && !name) &&
    // (…or a recording's date and its length: `2026.10.08 목 오후 2:14 ・ 41분 52초`)
    !(timed && r.date && !name) &&
    // (…or a labelled date beside another labelled field: `작성 기준일: 2026년 11월 10일 · 주가 기준일: 2026년 11월 6일 종가`)
    !(valued && dateLabelled && !name)
  )
    return undefined;
  // A release's date and the place it was issued from (`Released September 22, 2025 · Cheyenne`, `Issued June 18,
  // 2026 · Austin`): the date; the place is no outlet and no writer.
  if (name && parts.length === 2 && r.date && !r.authors.length && RELEASED.test(parts[0].replace(/^[*_]+/, '')))
    return { authors: [], date: r.date, dateLabel: 'published' };
  // (a local government named with its units, `정선군 경제과 기업지원팀`: the government's)
  const units = name
    ? /^([가-힣]{1,10}(?:특별자치도|특별자치시|특별시|광역시|도|시|군|구))((?:\s[가-힣A-Za-z·]{1,14}){1,3})$/.exec(name)
    : null;
  if (
    units &&
    units[2]
      .trim()
      .split(/\s+/)
      .every((w) => KO_UNIT.test(w))
  )
    name = units[1];
  if (name) {
    const o = findOutlet(name);
    if (o) {
      if (!r.outlet) r.outlet = o;
    } else if (isFirmUnit(name)) {
      // A firm's unit beside the date (`2026년 7월 23일 (목) | 리서치센터 투자전략팀`, `Equity Research Team`): the
      // note is the firm's, not its team's; no outlet, no writer.
      if (parts.length === 2 && !r.date && !r.authors.length) return undefined;
    } else if (IN_CHARGE.test(name)) {
      // The unit in charge of a board's post (`등록일 2026-09-24 | 담당 의사담당관 | 조회 312`): who answers for the post on
      // the site, not who publishes it; no outlet, no writer.
    } else if (r.authors.length || live || sector || outletShaped(name)) r.outletRaw ??= name;
    // A person's name and a date alone, no label ("Hannah Birch · May 11, 2026", "윤하람 · 2026년 3월 9일"): a
    // newsletter's or blog's byline. With a portal's "입력"/"Published" labels a bare name is no reporter's byline:
    // only the date is read.
    else if (parts.length === 2 && r.dateLabel === 'published' && !DATE_LABEL_AT.test(line) && personShaped(name)) {
      r.authors.push(writtenName(name));
      r.bare = true;
    } else if (parts.length === 2) return undefined;
  }
  if (r.updated && r.updated === r.date) r.updated = undefined;
  if (!r.date && r.updated) {
    r.date = r.updated;
    r.dateLabel = 'updated';
  }
  return r;
}

/**
 * A body's paper signed as such papers are, in three pieces: the body with its initials in brackets, the initials its
 * name's capitals (`Central European Data Centre Forum (CEDCF)`), its desk or team (`Research desk`, `Policy team`), and
 * the writer (`Anna Weiss`): the body (initials off) and the writer. Undefined for any other line.
 */
function bodyDeskWriter(parts: string[]): MetaLine | undefined {
  if (parts.length !== 3) return undefined;
  const [org, desk, who] = parts.map((p) => (/^[*_]|[*_]$/.test(p) ? withoutEmphasis(p) : p));
  const m = /^(\p{Lu}[\p{L}'’-]*(?:\s(?:of|for|and|the|on|\p{Lu}[\p{L}'’-]*)){1,8})\s\((\p{Lu}{2,8})\)$/u.exec(org);
  if (!m) return undefined;
  const capitals = m[1]
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  if (capitals !== m[2]) return undefined;
  if (!/^(?:[\p{Lu}][\p{Ll}]+\s){0,2}(?:desk|team|unit|office|programme|program)$/iu.test(desk)) return undefined;
  if (!personShaped(who)) return undefined;
  return { authors: [writtenName(who)], outletRaw: m[1] };
}

/** An officer's title before the officer's name, as a Korean company's letter is signed (`대표이사 민재혁`). */
const SIGNING_OFFICER =
  /^(?:대표이사(?:\s?(?:사장|회장|부회장))?|대표|사장|회장|부회장|최고경영자|CEO)\s([가-힣]{2,4})$/;

/** A paper's cover price beside its date line (`$1.50`, `€2,20`, `Price: 75¢`, `1,500원`). */
const COVER_PRICE = /^(?:price\s*[:：]?\s*)?(?:[$€£¥₩]\s?\d{1,2}(?:[.,]\d{2})?|\d{1,3}¢|\d{1,3}(?:,\d{3})?\s?원)$/i;
/** A release's embargo (`엠바고 없음`, `엠바고: 10월 21일 06시`, `Embargo: none`, `Embargoed until …`). */
/** A document's handling mark (`내부 공유용(외부 배포 금지)`, `대외비`, `Internal use only`, `Confidential`). */
const HANDLING =
  /^(?:내부\s?(?:공유|검토|보고|참고)\s?용|대외비|외부\s?(?:배포|유출|공개)\s?금지|(?:for\s+)?internal\s+(?:use|circulation)(?:\s+only)?|confidential|not\s+for\s+(?:distribution|publication))(?:\s*[(（][^()（）]{1,20}[)）])?$/i;
const EMBARGO = /^[*_]*(?:엠바고|embargo(?:ed)?)[*_]*(?:\s|[:：]|$)/i;
/** A recording's length beside its date (`Runtime 41:08`, `Duration: 1:02:15`, `52 min`, `재생시간 12:30`). */
const RUNTIME =
  /^(?:(?:runtime|run\s+time|duration|length|running\s+time|재생\s?시간|분량)\s*[:：]?\s*)?(?:\d{1,2}:)?\d{1,3}:\d\d$|^(?:runtime|duration|length|재생\s?시간)\s*[:：]?\s*\d{1,3}\s*(?:min(?:ute)?s?|분)$|^(?:\d{1,2}\s?시간\s?)?\d{1,3}\s?분(?:\s?\d{1,2}\s?초)?$|^(?:\d{1,2}h\s?)?\d{1,3}m(?:\s?\d{1,2}s)?$/i;
/**
 * The government a Korean local government's hall names (`동해시청` → `동해시`, `완도군청` → `완도군`, `경상북도청` → `경상북도`),
 * or undefined for any other name: a site, a fax's sender or a user area naming the hall is the government's.
 */
export function governmentOfHall(name: string): string | undefined {
  return /^([가-힣]{1,12}(?:시|군|구|도))청$/.exec(name)?.[1];
}

/** A company named with its unit that issues a document (`한결전기 IR팀`, `서린써멀 홍보실`, `Kestrel Power Investor Relations`). */
export const COMPANY_UNIT =
  /^((?:\(주\)|㈜)?[가-힣A-Za-z0-9·&]{2,20}(?:\(주\)|㈜)?|\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3})\s(?:IR\s?(?:팀|실|파트)|홍보\s?(?:팀|실)|커뮤니케이션\s?(?:팀|실)|(?:정보|조사|정책|통계)\s?(?:분석|연구)?\s?(?:실|팀|센터)|Investor\s+Relations|IR\s+(?:Team|Department|Office))$/u;
/** A field naming the unit in charge of a post (`담당 의사담당관`, `담당부서: 투자유치과`, `Department: Planning`). */
const IN_CHARGE = /^(?:담당(?:\s?부서|자)?|작성\s?부서|(?:responsible\s+)?department)\s*[:：]?\s*\S/i;
/** A unit of a firm or body, not the firm (`리서치센터 투자전략팀`, `IR팀`, `Equity Research Team`). */
export function isFirmUnit(n: string): boolean {
  const words = n.trim().split(/\s+/);
  if (words.length <= 3 && words.every((w) => KO_UNIT.test(w) || /^[A-Z]{2,4}(?:팀|실|센터|본부)$/.test(w)))
    return true;
  return /^(?:(?:equity|credit|fixed\s+income|macro|investment|investor)\s+)?(?:research|strategy|relations|communications|ir)\s+(?:team|desk|department|division|group|centre|center)$/i.test(
    n.trim(),
  );
}
/** A firm's daily or weekly note named after it (`동서울투자증권 Morning Brief`, `한빛증권 모닝노트`, `Kestrel Securities Daily`): the firm. */
export function noteHeadingFirm(t: string): string | undefined {
  const m =
    /^(.{2,40}?)\s+(?:morning\s+(?:brief|briefing|note|call|comment|meeting|notes)|daily(?:\s+(?:brief|note|report|comment))?|weekly(?:\s+(?:brief|note|report))?|모닝\s?(?:브리프|노트|미팅|코멘트|레터)|데일리(?:\s?(?:브리프|노트))?|위클리)$/i.exec(
      withoutHeadingMarker(t).trim(),
    );
  if (!m) return undefined;
  const n = m[1].trim();
  return /(?:증권|투자증권|금융투자|자산운용|투자|리서치|securities|research|capital|investments?|partners|markets)$/i.test(
    n,
  )
    ? n
    : undefined;
}
/** A printed edition's page (`지면 A31`, `A31면`, `종합 3면`, `Page A1`). */
const PRINT_PAGE = /^(?:지면\s?[A-Z]?\d{1,2}\s?면?|(?:[가-힣]{1,4}\s)?[A-Z]?\d{1,2}\s?면|page\s[A-Z]?\d{1,2})$/i;

/** A note on how a text was edited (`Transcript edited for length and clarity`): no name, no tagline. */
const TEXT_NOTE =
  /^(?:(?:this\s+)?transcript\s+(?:has\s+been\s+|was\s+)?)?(?:lightly\s+)?(?:edited|condensed)\b.{0,40}\b(?:length|clarity|brevity)\.?$/i;
const RELEASED_OR_PUBLISHED = /^[*_]*(?:published|released|issued)\s*[:：]?\s*(?:on\s+)?\d/i;
/** What a document is, standing alone in its date line (`Industry Report`, `Company Note`, `Issue Brief`, `산업분석`). */
const DOC_KIND =
  /^(?:(?:industry|company|site|sector|equity|credit|market|strategy|economic|research|policy|issue|quarterly|monthly|weekly|daily|annual|special|flash|morning|initiation|episode|full|edited)\s+)?(?:rating\s+)?(?:report|note|brief|update|commentary|bulletin|analysis|outlook|preview|review|memo|transcript|opinion|rationale|visit(?:\s+note)?)$|^(?:산업|기업|시황|전략|경제|채권|이슈)\s?(?:분석|보고서|리포트|코멘트|브리프|전망)$/i;
/**
 * A document's first line giving its issuer and what it is, set apart by a run of spaces (`대한기업평가          Credit
 * Rating Opinion`, `Harbor Research          Company Note`): the issuer's name.
 */
export function issuerAndKind(t: string): string | undefined {
  if (t.length > 160) return undefined;
  const f = t.trim().split(/ {3,}/);
  return f.length === 2 && f[0].length <= 40 && DOC_KIND.test(f[1]) && !/\d/.test(f[0]) ? f[0] : undefined;
}
/** A broker's rating of what it covers (`투자의견 Overweight (유지)`, `Rating: Buy`, `목표주가 85,000원`). */
const RATING = /^(?:투자\s?의견|목표\s?주가|(?:investment\s+)?rating|target\s+price)(?=[\s:：])\s*[:：]?\s*\S.{0,40}$/i;
const RELEASED = /^(?:released|issued|for\s+(?:immediate\s+)?release)\s+(?:on\s+)?\S/i;

/** A live page's label beside its newsroom's name and date (`Live updates`, `Live blog`, `실시간 업데이트`, `라이브`). */
const LIVE_LABEL =
  /^(?:live(?:\s+(?:updates?|blog|coverage|report(?:ing)?))?|실시간(?:\s?(?:업데이트|중계|속보))?|라이브(?:\s?블로그)?)$/i;
/**
 * A byline's part crediting the pictures, the video, the graphics or the design (`사진 정우진 기자`, `사진=정우진`, `Photos by
 * X`, a card news's `디자인 노윤재`).
 */
const PICTURE_CREDIT =
  /^(?:(?:사진|영상|그래픽|일러스트|영상취재|영상편집|촬영|디자인)(?:\s?[·ㆍ]\s?(?:사진|영상|그래픽|디자인))?\s*[:：=]?\s*[가-힣]{2,4}(?:\s?기자)?$|(?:photos?|photographs?|photography|video|illustrations?|graphics?|design)(?:\s+by\b|\s*[:：])\s*\S)/i;
/**
 * A writer's label in a byline's part (`Analysts:`, `Written by`, `글`, a card news's `기획·글`, `애널리스트:`), and the names
 * after it.
 */
const CREDIT_LABEL =
  /^(?:(?:(?:lead|primary|secondary|second)\s+)?analysts?|rapporteurs?|authors?|writers?|written\s+by|글쓴이|(?:기획\s?[·ㆍ/]\s?)?글(?:\s?[·ㆍ/]\s?(?:기획|구성))?|필자|작성자?|애널리스트|연구원|발행인|편집인|엮은이|에디터)\s*[:：]?\s+(\S.*)$/i;
/** A desk credited as a text's writer (`한빛 뉴스룸 편집팀`, `편집부`, `The Editorial Team`, `Newsroom staff`). */
const DESK_CREDIT =
  /(?:편집팀|편집부|편집국|취재팀|뉴스팀|콘텐츠팀|홍보팀|뉴스룸|\beditorial\s+(?:team|staff|desk|board)|\bnewsroom(?:\s+staff)?|\bstaff)$/i;
/** A credential after a name (`Hannah Voss, CFA`): no name of its own. */
const CREDENTIAL = /^(?:CFA|CPA|CAIA|FRM|PhD|Ph\.D\.|MBA|Esq\.|P\.E\.|박사)$/;

/**
 * A professional's post after the name in a firm's list of its authors (`Nguyen Thi Lan Anh, Partner · Daniel Whitcombe,
 * Counsel`): no name of its own.
 */
const FIRM_POST =
  /^(?:(?:senior|managing|junior|founding|local|foreign|registered\s+foreign)\s+)?(?:partner|counsel|of\s+counsel|associate|principal|consultant|solicitor|attorney|lawyer|paralegal|trainee\s+solicitor)$/i;

/** A post written after a credited writer's name (`Research Fellow`, `Senior Director`, `Head of Research`). */
const CREDITED_POST =
  /^(?:[\p{L}-]+\s){0,3}(?:fellow|director|officer|counsell?or|manager|head|analyst|researcher|economist|advis[eo]r|secretary|president|chair|professor|lecturer|consultant|specialist|associate)(?:\s(?:of|for)\s.+)?$/iu;
/** A name in Hangul with the name as its bearer writes it in brackets (`마리아 호세 피뉴에이로 (María José Piñeyro)`). */
const TRANSLITERATED_NAME = /^[가-힣]{1,8}(?:\s[가-힣]{1,8}){0,4}\s*[(（]([\p{L}'’. -]{4,60})[)）]$/u;
/** The people a labelled part of a byline names (`Analysts: Hannah Voss, CFA; Marcus Reid`), or undefined. */
function creditedNames(p: string): string[] | undefined {
  const m = p.length <= 120 ? CREDIT_LABEL.exec(p) : null;
  if (!m) return undefined;
  // (a foreign writer in a Korean translation, the name in Hangul and as the writer writes it in brackets: `글: 마리아
  // 호세 피뉴에이로 (María José Piñeyro)`: the name as written)
  const own = TRANSLITERATED_NAME.exec(m[1].trim());
  if (own && PERSON_NAME.test(own[1].trim()) && !findOutlet(own[1].trim())) return [own[1].trim()];
  let names = m[1]
    .replace(/\s*[—–-]+\s*$/, '')
    .split(/\s*(?:[,;·]|\band\b|&)\s*/)
    .map((n) => n.trim())
    .filter((n) => n && !CREDENTIAL.test(n) && !FIRM_POST.test(n));
  // (one writer with the post after the name, `Rapporteur: Madina Zhaksylykova, Research Fellow, Energy & Infrastructure
  // Programme`, `Lead analyst: Natalia Ospina Vélez, Senior Director`: the post and its unit name no one)
  if (names.length >= 2 && PERSON_NAME.test(names[0]) && CREDITED_POST.test(names[1])) names = [names[0]];
  // (where the one writer is based, after the name: `Analyst: Rana Haddad, Riyadh`)
  if (names.length === 2 && /^\p{Lu}[\p{L}'’-]+$/u.test(names[1]) && PERSON_NAME.test(names[0])) names.pop();
  if (!names.length || names.length > 5) return undefined;
  if (!names.every((n) => (PERSON_NAME.test(n) && !findOutlet(n)) || (KO_PERSON.test(n) && !KO_NOT_PERSON.has(n))))
    return undefined;
  return names.map(writtenName);
}

/** A date's label anywhere in a line ("입력", "Published", "Updated"). */
const DATE_LABEL_AT = new RegExp(DATE_LABEL.source, 'i');
/** A word that makes a name an outlet's, not a person's ("The Cascade Ledger", "Harbor Times"). */
const OUTLET_WORD = new RegExp(`\\b(?:${alternation(enWords.outletWords)})\\b`);

/**
 * A name written as an outlet's, not a person's: one the table knows, a Korean name of five syllables or more or
 * ending as outlets' names do (`에너지경제인`, `한빛일보`; a person's has two to four), an English name that opens with "The", joins words with
 * "&", "of", "and", or has an outlet's word (`Times`, `Ledger`, `Journal`).
 */
export function outletShaped(n: string): boolean {
  if (findOutlet(n)) return true;
  if (/[가-힣]/.test(n)) {
    const k = n.replace(/\s/g, '');
    return k.length >= 5 || (k.length >= 3 && OUTLET_SUFFIX.test(k));
  }
  return /^the\s/i.test(n) || /\s(?:&|of|and)\s/i.test(n) || OUTLET_WORD.test(n);
}

/**
 * A name written as an organisation's: an outlet's, or one ending in what firms and their research arms call
 * themselves (`Meridian Crane Research`, `Halden Securities`, `한솔증권 리서치센터`, `Norrkraft AB`).
 */
const ORG_END =
  /(?:\b(?:research|securities|capital|partners|advisors|advisers|group|holdings|equity|bank|analytics|consulting|associates|inc\.?|ltd\.?|llc|plc|corp\.?|ab|as|asa|ag|gmbh|s\.a\.|spa|oy|n\.v\.|b\.v\.)|리서치센터|리서치|증권|투자증권|자산운용|연구소|연구원|\(주\)|㈜)$/i;
const orgShaped = (n: string) => outletShaped(n) || ORG_END.test(n);

/** A name written as a person's, not an outlet's. */
const personShaped = (n: string) => looksLikePersonName(n) && !outletShaped(n) && !isSectionWord(n);

/** parseMetaLine's reading of a line as a whole (`L`: the line it is the text of, if any). */
function metaLineWhole(line: string, L?: Line): MetaLine | undefined {
  const aff = line.length <= 120 ? affiliatedByline(line) : undefined;
  if (aff) return aff;
  // A research note's analyst listed with her contact (`- 애널리스트 정수민 (soomin.jung@…, 02-3770-1184)`).
  // (…a rating's `담당 애널리스트 : 주은혜 수석연구원 (02-…)`, its post after the name and its supervisor after a slash,
  // `/ 책임자 : 백정우 실장`, who signs off and writes nothing)
  const listed =
    line.length <= 140 && line.includes('(')
      ? /^(?:[-*•]\s+)?((?:lead\s+)?analysts?|(?:담당\s?)?애널리스트|연구원)\s*[:：]?\s+([^()]{2,60}?)\s*\([^()]*(?:@|\d{2,4}[-.)]\s?\d{3,4})[^()]*\)(?:\s+\/\s+(?:책임자|팀장|실장|본부장)\s*[:：]\s*[가-힣]{2,4}(?:\s[가-힣]{1,6})?)?$/i.exec(
          line.trim(),
        )
      : null;
  // (…its contacts set beside the name in columns, as a PDF's author block sets them: `Analyst 한지우  02-3770-5512
  // jiwoo.han@garamsec.co.kr`)
  const columned =
    !listed && line.length <= 140 && line.includes('  ')
      ? /^((?:lead\s+)?analysts?|애널리스트)\s*[:：]?\s+([가-힣]{2,4}|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?:\s{2,}(?:\+?\d{2,4}[-.\s]\d{3,4}[-.\s]\d{4}|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})){1,3}$/iu.exec(
          line.trim(),
        )
      : null;
  if (columned) return { authors: [columned[2]] };
  if (listed) {
    const c = creditedNames(
      `${listed[1].replace(/^담당\s?/, '')} ${listed[2].replace(/^([가-힣]{2,4})\s(?:선임|책임|수석)?(?:연구원|애널리스트)$/, '$1')}`,
    );
    if (c) return { authors: c };
  }
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
  // "BY PARK EUN-JEE [park.eunjee@…]": the brackets the address stood in
  if (rest !== line) rest = rest.replace(/[[(<]\s*[\])>]/g, ' ');
  // dates: a portal's "입력 … 수정 …" gives two; each is labelled by the words before it (a date has its digits)
  for (let n = 0, from = 0; n < 3 && mayHold(L, MARK.DIGIT); n++) {
    const d = findDate(rest);
    if (!d) break;
    const label = rest.slice(from, d.index);
    // A form's period (`시작일 2026-06-01`, `종료일 2028-12-31`, `유보기한 …`) dates what it reports, not the form.
    if (PERIOD_LABEL.test(label)) return undefined;
    const updated = /(updated|modified|수정)/i.test(label);
    if (updated) {
      if (!r.updated) r.updated = d.iso;
    } else if (!r.date) {
      r.date = d.iso;
      // A government release's 배포일시 is when it was handed out; its 보도일시, when it may be reported.
      r.dateLabel = /배포/.test(label) ? 'distributed' : 'published';
    }
    rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
    from = d.index + 1;
  }
  // A periodical's issue beside its date ("Issue #112 — Tuesday, February 3, 2026").
  if (r.date) {
    const im = ISSUE.exec(rest);
    if (im) {
      r.issue = im[0].trim();
      rest = rest.slice(0, im.index) + ' ' + rest.slice(im.index + im[0].length);
    }
  }
  // a blog's "Posted by X on 10/21/2025 · Filed under A, B", "Posted 2 March 2026 in Power", "· 분류: 스타게이트":
  // the categories are the post's, no byline
  if (r.date)
    rest = rest
      .replace(/\s[·•|]\s*(?:(?:filed\s+under|posted\s+in|categories|categorized\s+in)\b|분류|카테고리).*$/i, ' ')
      .replace(/^(\s*(?:posted|published|filed))\s+in\s+[\p{L}&'’ -]{1,30}?(?=\s+[·•|]|\s*$)/iu, '$1');
  if (!r.date && r.updated) {
    r.date = r.updated;
    r.dateLabel = 'updated';
  }
  if (r.date && /[A-Za-z가-힣]/.test(rest)) rest = rest.replace(DATE_NOISE, ' ');
  // Without a date or an email outlet only an author can make this a byline line, and an author needs a role
  // word or a "by" (the replacements below only take text away, never bring either in): most lines stop here.
  // "KENJI SATO, Kanto Business Review staff writer": names, a comma, the job (the outlet before it), no "By".
  if (!r.date && !r.emailOutlet && rest.includes(',')) {
    const nj = nameAndJob(rest.trim());
    if (nj) return { authors: nj.authors, outletRaw: nj.outlet };
  }
  // "Analysts: Joanna Petrak, Luis Ortega", "애널리스트: 김하늘, 이도현" on a line of their own: the writers, labelled.
  if (!r.date && !r.emailOutlet && (rest.includes(':') || rest.includes('：'))) {
    const credited = creditedNames(rest.trim());
    if (credited) return { authors: credited };
  }
  // (every role word is Hangul)
  if (!r.date && !r.emailOutlet && !(mayHold(L, MARK.HANGUL) && ROLE_WORD.test(rest)) && !/by/i.test(rest))
    return undefined;
  if (rest.includes(':') || /\d\.\d\d\s?[ap]\.?m/i.test(rest)) rest = rest.replace(TIME, ' ');
  rest = rest.replace(DATE_LABEL, ' ');
  // Korean name + role
  if (ROLE_END.test(rest))
    rest = rest.replace(NAME_ROLE, (_m, _city: string, names: string) => {
      for (const n of names.split(/\s?[·,]\s?/)) if (!r.authors.includes(n)) r.authors.push(n);
      return ' ';
    });
  // English "By Jane Doe and John Roe" (after a date: "Published … · By Jane Doe · 4 min read")
  if (r.date) rest = rest.replace(/\s[·•|]\s|\s[·•|]$/g, ' , ').replace(/^[\s,;:|·•-]+/, '');
  const staff = staffByline(rest.trim());
  if (staff) {
    r.outletRaw = staff;
    rest = '';
  }
  // (`BY ORDER OF THE COMMISSION` over an order's signatures: the body's act, no writer)
  const by =
    /^\s*(?:by|written by|reporting by|hosted by|presented by)\s+(?!(?:order|direction|authority|command|resolution|decision|virtue|consent|leave)\s+of\b)(.+)$/i.exec(
      rest,
    );
  // "By Staff Writer" names no one, but is a byline all the same.
  let staffOnly = false;
  if (by) {
    // "By Laura Chen | The Lone Star Ledger": authors are joined by "and" or commas; a bar ends them, and what
    // follows it is the outlet (a name the table does not know is kept as written).
    // "By Sophie Marchetti in London": where the reporter filed from is no part of the name
    const [names, ...after] = by[1]
      .replace(/\s+in\s+\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?\s*$/u, '')
      .split(/\s+\|\s+/);
    const parts = names.split(/\s*(?:,|;|\||\band\b|&)\s*/);
    const left: string[] = [];
    for (const p of parts) {
      const q = p.trim();
      // A job ("Staff Writer") is part of a byline but no author.
      if (!q || JOB_TITLE.test(q) || deskJob(q) || beatJob(q)) continue;
      // …nor an officer's post after the name (`By Brent Solberg, General Manager/CEO`).
      if (r.authors.length && q.length <= 60 && q.split('/').every((x) => OFFICER_TITLE.test(x.trim()))) continue;
      if (PERSON_NAME.test(q) && !findOutlet(q)) r.authors.push(writtenName(q));
      // brunch's "by 김도윤": a Korean name, not a desk ("by 편집부")
      else if (KO_PERSON.test(q) && !KO_NOT_PERSON.has(q)) r.authors.push(q);
      // "By Marisol Ybarra, Desert Ledger staff": after the reporter, the outlet before the job
      else if (r.authors.length && !r.outletRaw && outletBeforeJob(q)) r.outletRaw = outletBeforeJob(q);
      else left.push(q);
    }
    const tail = after.join(' ').trim();
    if (tail && !findOutlet(tail) && !JOB_TITLE.test(tail) && PERSON_NAME.test(tail) && r.authors.length)
      r.outletRaw = tail;
    else if (tail) left.push(tail);
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
  // A print edition's top line: the paper's name beside the date, page and section ("한빛일보 2025년 10월 3일 금요일
  // A5면 경제").
  if (r.date && !r.authors.length && !r.outlet && !r.outletRaw) {
    const words = rest
      .replace(/[\s|·:]+/g, ' ')
      .trim()
      .split(' ')
      .filter((w) => w && !isSectionWord(w));
    if (words.length === 1 && /^[가-힣]{2,10}$/.test(words[0]) && OUTLET_SUFFIX.test(words[0])) {
      r.outletRaw = words[0];
      return r;
    }
  }
  // A date line may carry a section link too (Yonhap's "All News 15:31 September 24, 2025").
  if (leftover.length > 3 && !(r.date && !r.authors.length && isSectionWord(rest.replace(/[\s|·:]+/g, ' ').trim()))) {
    // "[서울=뉴시스] ..." style bracket bylines can name an outlet that is not in the table
    return undefined;
  }
  return r;
}

/** An officer's title in a byline (`CEO`, `Chief Technology Officer`, `Co-founder and CEO`, `Head of Research`). */
const OFFICER_TITLE =
  /^(?:(?:co-?)?founder(?:\s+(?:and|&)\s+(?:ceo|cto|president|chief\s+[\p{L} ]{2,30}?\s+officer))?|ceo|cto|cfo|coo|cio|cso|chief\s+[\p{L} ]{2,30}?\s+officer|president|chair(?:man|woman|person)?|managing\s+(?:director|partner)|(?:executive\s+|senior\s+)?(?:vice\s+president|director)(?:\s+of\s+[\p{L} &]{2,30})?|head\s+of\s+[\p{L} &]{2,30}|general\s+manager|(?:senior\s+)?partner|owner)$/iu;
/** A Korean officer's title after the organisation (`바람쿨링 대표`, `한울전력 부사장`). */
const KO_OFFICER =
  /^((?:\(주\)|㈜)?[가-힣A-Za-z0-9&·]{2,20}(?:\(주\)|㈜)?)\s?(?:대표이사|대표|사장|부사장|회장|공동창업자|창업자|최고경영자|CEO|CTO|연구소장|센터장)$/;

/**
 * A byline naming the writer, the writer's title and the organisation the writer leads (`By Aiko Brennan, CEO,
 * Lumen Racks`, `By Aiko Brennan, Chief Executive Officer of Lumen Racks`, `글 윤서진, 바람쿨링 대표`, `글: 윤서진
 * (바람쿨링 대표)`): the writer is the author, the organisation no second author.
 */
// (made once: the bundler writes a literal with \p{Lu} as a `new RegExp` where it stands, made again at every call)
const AFFILIATED_EN = /^(?:by|written\s+by)\s+([^,]{3,40}),\s+(.{2,60}?)(?:,\s+|\s+(?:at|of)\s+)(\p{Lu}[^,]{1,50})$/iu;
function affiliatedByline(line: string): MetaLine | undefined {
  const en = AFFILIATED_EN.exec(line);
  if (en) {
    const [who, title, org] = [en[1].trim(), en[2].trim(), cleanName(en[3]) ?? ''];
    if (PERSON_NAME.test(who) && OFFICER_TITLE.test(title) && org && isNameLike(org))
      return { authors: [writtenName(who)], affiliation: org };
    return undefined;
  }
  const ko = /^(?:글|필자|작성자?)\s*[:：|]?\s*([가-힣]{2,4})\s*(?:,\s*(\S.{1,30})|\((\S.{1,30})\))$/.exec(line);
  const kt = ko ? KO_OFFICER.exec((ko[2] ?? ko[3]).trim()) : null;
  return ko && kt && !KO_NOT_PERSON.has(ko[1]) ? { authors: [ko[1]], affiliation: kt[1] } : undefined;
}

/** `Europe editor`, `Energy reporter`: a job with the desk or beat it covers, as a byline gives it after the name. */
function deskJob(q: string): boolean {
  const words = q.split(/\s+/);
  for (let i = 1; i < words.length && i <= 3; i++)
    if (JOB_TITLE.test(words.slice(i).join(' ')) && isSectionWord(words.slice(0, i).join(' '))) return true;
  return false;
}

/**
 * `Industry Correspondent`, `Shipping Editor`, `Energy Reporter`: one title-case word before a person's job is the beat
 * the writer covers, whatever the word (no list of beats is complete), not a second writer's name; nor is an office named by its place (`Tallinn Bureau`,
 * `Asia Desk`). A group's job after the outlet's name (`Beacon staff`) is `outletBeforeJob`'s.
 */
function beatJob(q: string): boolean {
  return BEAT_JOB.test(q) && !findOutlet(q.split(/\s+/)[0]);
}
const BEAT_JOB =
  /^(?:\p{Lu}[\p{Ll}&'’-]+\s+(?:Correspondent|Editor|Reporter|Writer|Columnist|Journalist|Analyst)|(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}(?:Bureau|Desk|Newsroom))$/u;

/** `Desert Ledger staff`, `Beacon staff writer`: the outlet's name before a job (a name in capitalized words). */
function outletBeforeJob(q: string): string | undefined {
  const words = q.split(/\s+/);
  for (let i = 1; i < words.length && i <= 5; i++) {
    if (!JOB_TITLE.test(words.slice(i).join(' '))) continue;
    const before = words.slice(0, i);
    // "Europe editor", "Energy reporter": the desk or beat a writer covers is no outlet
    return before.every((w) => /^(?:\p{Lu}[\p{L}&'’.-]*|of|the|and|&)$/u.test(w)) && !isSectionWord(before.join(' '))
      ? cleanName(before.join(' '))
      : undefined;
  }
  return undefined;
}

/** `Kenji Sato and Emi Nakamura, Tokyo Tech Daily staff writers`: the people, and the outlet before the job. */
function nameAndJob(t: string): { authors: string[]; outlet?: string } | undefined {
  // "By Jane Doe, Staff Writer" is the "By" byline's to read.
  if (t.length > 120 || /^by\s/i.test(t)) return undefined;
  const c = t.indexOf(',');
  const names = t
    .slice(0, c)
    .split(/\s+(?:and|&)\s+/)
    .map((n) => n.trim());
  if (!names.every((n) => PERSON_NAME.test(n) && !findOutlet(n))) return undefined;
  const words = t
    .slice(c + 1)
    .trim()
    .split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!JOB_TITLE.test(words.slice(i).join(' '))) continue;
    const before = words.slice(0, i).join(' ');
    return {
      authors: names.map(writtenName),
      outlet: before && !isSectionWord(before) ? cleanName(before) : undefined,
    };
  }
  // (…or a research post with its field, as a policy brief lists its writers one a line: `Lucía M. Navarro, Specialist
  // in Latin American and Caribbean Affairs`, `Analyst in Energy Policy`)
  if (POST_IN_FIELD.test(words.join(' '))) return { authors: names.map(writtenName) };
  return undefined;
}
/** A research post and its field (`Specialist in Latin American and Caribbean Affairs`, `Senior Fellow for Energy`). */
const POST_IN_FIELD =
  /^(?:(?:senior|principal|visiting|associate|research|policy|legislative)\s+)*(?:analyst|specialist|fellow|researcher|economist|attorney)\s+(?:in|on|for)\s+\p{Lu}[\p{L}&,' -]{2,80}$/iu;

/** What a guest writer is, last on the writer's line (`정하윤 서남대 전기공학과 교수`): a head start, not a closed list. */
const KO_GUEST_TITLES = [
  '명예교수',
  '석좌교수',
  '교수',
  '선임연구위원',
  '연구위원',
  '수석연구원',
  '연구원',
  '대표이사',
  '대표',
  '원장',
  '소장',
  '센터장',
  '이사장',
  '회장',
  '변호사',
  '회계사',
  '박사',
  '총장',
  '학장',
];
const GUEST_LINE = new RegExp(`^([가-힣]{2,4})\\s+(?:[가-힣A-Za-z0-9·()]+\\s+){1,4}(?:${KO_GUEST_TITLES.join('|')})$`);

/**
 * A guest column names its writer on its last line, with the writer's affiliation and title and no 기자
 * (`정하윤 서남대 전기공학과 교수`): the line, and the name.
 */
export function readGuestWriter(lines: Line[], from: number): { line: number; name: string } | undefined {
  for (let k = lines.length - 1; k >= from; k--) {
    const L = lines[k];
    if (L.furniture || L.t === '') continue;
    if (L.t.length > 40) break;
    const m = GUEST_LINE.exec(L.t);
    if (m) return { line: k, name: m[1] };
    break;
  }
  // …or on a line of its own under the headline, before the column's first paragraph.
  for (let k = from, seen = 0; k < lines.length && seen < 3; k++) {
    const L = lines[k];
    if (L.furniture || L.t === '') continue;
    seen++;
    const m = L.t.length <= 40 ? GUEST_LINE.exec(L.t) : null;
    if (m) return { line: k, name: m[1] };
  }
  return undefined;
}

// ---------------------------------------------------------------- front matter

interface FrontMatter {
  fields: Record<string, string | string[]>;
  endLine: number;
}

export function parseFrontMatter(lines: Line[]): FrontMatter | undefined {
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
  // YAML's escapes in double quotes (`"… \"연말 10GW\""`), its doubled quote in single ones
  let u = s;
  if (/^".*"$/.test(s)) u = s.slice(1, -1).replace(/\\(["\\/])/g, '$1');
  else if (/^'.*'$/.test(s)) u = s.slice(1, -1).replace(/''/g, "'");
  // A note-taking app's wiki link (`"[[김현석]]"`, `[[Kim Min-ji|Kim]]`) is the name it shows.
  return u.replace(/^\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]$/, '$1');
}

// ---------------------------------------------------------------- an e-mail's headers

const MAIL_HEADER =
  /^(from|to|cc|bcc|date|sent|subject|reply-to|보낸\s?사람|받는\s?사람|참조|숨은\s?참조|보낸\s?날짜|날짜|제목)\s*:\s*(.*)$/i;
/** A header line with its label in emphasis, as a mail pasted into Markdown has it (`**From:** …`): the plain line. */
const plainLabel = (t: string) =>
  t
    .replace(/^[■□▪▶▷●◆]\s*(?=[\p{L}][\p{L} ]{0,14}\s*[:：])/u, '')
    .replace(/^([*_]{1,2})([^*_:\n]{1,24}):\1\s*/, '$2: ')
    .replace(/^([*_]{1,2})([^*_:\n]{1,24})\1\s*:\s*/, '$2: ');
/** A Korean mail client's header names, as the English ones. */
const MAIL_FIELD: Record<string, string> = {
  보낸사람: 'from',
  받는사람: 'to',
  참조: 'cc',
  숨은참조: 'bcc',
  보낸날짜: 'date',
  날짜: 'date',
  제목: 'subject',
};

interface MailHeaders {
  /** The last header line. */
  endLine: number;
  subject?: string;
  date?: string;
  /** The sender's display name ("The Data Center Brief" of `From: The Data Center Brief <brief@…>`). */
  from?: string;
  /** The site label of the sender's address (`hello@gridandcompute.news` → gridandcompute). */
  fromDomain?: string;
  /** The sender was named with a unit of its own (`… – Investor Relations`) and its address spells the rest: a body. */
  fromUnit?: boolean;
  /** A raw message's parts after its plain-text one (the HTML alternative, attachments), to the end: no text. */
  partsFrom?: number;
}

/** A header field of an Internet message as RFC 5322 writes it: a name of printable characters, a colon. */
const RFC822_FIELD = /^([!-9;-~]{1,60}):(?:\s|$)/;
/** Fields only a message as it travelled carries (a mail client's header view has none of them). */
const TRANSPORT_FIELD =
  /^(?:received|return-path|delivered-to|message-id|mime-version|dkim-signature|x-[a-z0-9-]+|arc-[a-z-]+|content-type)$/i;
/** An RFC 2047 encoded word (`=?UTF-8?Q?Pac=C3=ADfica_Nube?=`, `=?utf-8?B?…?=`). */
const ENCODED_WORD = /=\?([\w-]+)\?([QqBb])\?([^?\s]*)\?=/g;

/** A header's value with its encoded words decoded (UTF-8 and Latin-1; others as written). */
function decodedWords(v: string): string {
  return v
    .replace(/(=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(ENCODED_WORD, (w, cs: string, enc: string, data: string) => {
      const charset = cs.toLowerCase();
      const code =
        charset === 'utf-8' || charset === 'utf8'
          ? 'utf8'
          : /^(?:iso-8859-1|latin1|us-ascii)$/.test(charset)
            ? 'latin1'
            : undefined;
      if (!code) return w;
      const bytes =
        enc.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64')
          : Buffer.from(
              data
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})|([^=])/g, (_, h: string, c: string) =>
                  h ? String.fromCharCode(parseInt(h, 16)) : c,
                ),
              'latin1',
            );
      return bytes.toString(code);
    });
}

/**
 * A message kept as it travelled (an `.eml`, Gmail's "Show original"): its header fields, folded lines joined, up to
 * the blank line that ends them; transport fields (`Received:`, `Message-ID:`, `MIME-Version:`) and the fields a
 * reader knows (`From:`, `Date:`, `Subject:`) among them. A multipart body's first text part's own headers are the
 * message's head too; the parts after it (the HTML alternative, attachments) are no text of it.
 */
function rawMessageHead(
  lines: Line[],
  from: number,
): { fields: Record<string, string> & { subject: string }; end: number; partsFrom?: number } | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  if (k >= lines.length || !RFC822_FIELD.test(lines[k].t)) return undefined;
  const fields: Record<string, string> = {};
  let name = '';
  let transport = 0;
  for (; k < lines.length && k < from + 200 && lines[k].t !== ''; k++) {
    const L = lines[k];
    const m = L.ts === L.start ? RFC822_FIELD.exec(L.t) : null;
    if (m) {
      name = m[1].toLowerCase();
      if (TRANSPORT_FIELD.test(name)) transport++;
      if (fields[name] === undefined) fields[name] = L.t.slice(m[0].length).trim();
      else name = '';
    } else if (L.ts > L.start && name) fields[name] += ' ' + L.t;
    else if (!(L.ts > L.start)) return undefined;
  }
  if (transport < 2 || !fields.subject || !fields.from || !fields.date) return undefined;
  let end = k;
  let partsFrom: number | undefined;
  const boundary = /\bmultipart\/[\w-]+;.*\bboundary="?([^";\s]+)"?/i.exec(fields['content-type'] ?? '')?.[1];
  if (boundary) {
    const open = lines.findIndex((L, j) => j > end && L.t === `--${boundary}`);
    if (open > 0) {
      let j = open + 1;
      while (j < lines.length && lines[j].t !== '' && RFC822_FIELD.test(lines[j].t)) j++;
      end = j;
      const next = lines.findIndex((L, i) => i > end && L.t.startsWith(`--${boundary}`));
      if (next > 0) partsFrom = next;
    }
  }
  for (const f of Object.keys(fields)) fields[f] = decodedWords(fields[f]);
  return { fields: fields as Record<string, string> & { subject: string }, end, partsFrom };
}

/** A forwarded message's subject (`FW: …`, `Fwd: …`, `전달: …`). */
const FORWARD_SUBJECT = /^(?:fwd?|전달)\s*:/i;
/** The line a mail client sets over the message it forwards or quotes whole. */
const FORWARD_MARK =
  /^\s*-{2,}\s*(?:forwarded\s+message|original\s+message|begin\s+forwarded\s+message|전달된\s?메시지|원본\s?메시지)\s*:?\s*-{2,}\s*$/i;

/** A block of mail headers at line `from` (blank lines before it aside): its fields and last line, when it has a subject. */
function mailHeaderBlock(
  lines: Line[],
  from: number,
): { fields: Record<string, string> & { subject: string }; end: number } | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  const fields: Record<string, string> = {};
  let end = -1;
  for (; k < lines.length && k < from + 12; k++) {
    const m = lines[k].t.length <= 300 ? MAIL_HEADER.exec(plainLabel(lines[k].t)) : null;
    if (!m) break;
    const name = m[1].toLowerCase().replace(/\s/g, '');
    fields[MAIL_FIELD[name] ?? name] ??= m[2].trim();
    end = k;
  }
  if (end < 0 || !fields.subject || !(fields.from || fields.date || fields.sent)) return undefined;
  return { fields: fields as Record<string, string> & { subject: string }, end };
}

/**
 * A newsletter or letter saved from a mail client opens with its headers (`From:`, `Date:`, `Subject:`, `To:`):
 * the subject is its headline, the date its date, the sender's name who sent it. Only a block at the top with a
 * subject and a sender or date is read.
 */
export function readMailHeaders(lines: Line[], from: number): MailHeaders | undefined {
  const raw = rawMessageHead(lines, from);
  const outer = raw ?? mailHeaderBlock(lines, from);
  if (!outer) return undefined;
  let { fields, end } = outer;
  // A message forwarded (its subject `FW:`, `Fwd:`, `전달:`; the forwarder's note, then Gmail's `---------- Forwarded
  // message ---------` or Outlook's `-----Original Message-----` over the message's own headers): the message forwarded
  // is the document, by its own sender, on its own date, under its own subject; the forwarder's headers and note are
  // no part of it.
  if (FORWARD_SUBJECT.test(fields.subject)) {
    for (let k = end + 1; k < lines.length && k <= end + 40; k++) {
      if (!FORWARD_MARK.test(lines[k].t)) continue;
      const inner = mailHeaderBlock(lines, k + 1);
      if (inner) ({ fields, end } = inner);
      break;
    }
  }
  const address = fields.from ? fields.from.matchAll(EMAIL).next().value : undefined;
  let sender = fields.from
    ?.replace(/<[^>]*>|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g, ' ')
    .replace(/^[\s"'“]+|[\s"'”]+$/g, '')
    .trim();
  // (a company's sender named with its unit, `Kolkheti Digital Holding – Investor Relations <ir@kolkheti-digital.ge>`:
  // the company, when its address spells it)
  const label = address ? domainLabel(address[1]) : undefined;
  const unitAside = sender?.split(/\s[–—|-]\s/);
  const bodySender =
    !!label && !!unitAside && unitAside.length === 2 && nameSpelledByDomain(unitAside[0], domainLetters(label));
  if (bodySender) sender = unitAside[0].trim();
  // A newsletter's subject may open with its issue's number (`#214 — …`, `Issue 57: …`): the number is no headline.
  // …and a release's subject may close on when it may be reported (`(4월 14일 즉시 보도 가능)`, `(엠바고: 14일 12시)`,
  // `(Embargoed until …)`): the release's particulars, no headline.
  const subject = fields.subject
    .replace(/^(?:issue\s*#?\s*|#|no\.\s*)\d{1,4}\s*[—–:|]\s*(?=\S)/i, '')
    // (…or with what kind of message it is, `PRESS RELEASE | …`, `보도자료 | …`: the kind, no headline)
    .replace(/^(?:(?:press|media|news)\s+release|보도\s?자료)\s*[|:：—–]\s*(?=\S)/i, '')
    .replace(
      /\s*[(［[]\s*[^()［］[\]]{0,30}(?:보도\s?가능|즉시\s?보도|이후\s?보도|엠바고|for\s+immediate\s+release|embargoed?\b)[^()［］[\]]{0,30}[)］\]]$/i,
      '',
    );
  return {
    endLine: end,
    subject: subject || undefined,
    date: findDate(fields.date ?? fields.sent ?? '')?.iso,
    from: sender || undefined,
    // (its words run together, as a name is compared with it: `kolkheti-digital` → kolkhetidigital)
    fromDomain: label ? domainLetters(label) : undefined,
    fromUnit: bodySender || undefined,
    partsFrom: raw?.partsFrom,
  };
}

/** A defined term in brackets, as a filing names a party or a proposal (`("TDB" OR "THE COMPANY")`). */
const DEFINED_TERM = /\(\s*["“][^"”]{1,60}["”](?:\s*(?:or|and|,)\s*["“][^"”]{1,60}["”])*\s*\)/gi;
/** A form's field, its label apart from its value (`Stock Code : 0287`, `Date Announced: 12 Mar 2026`). */
const FORM_FIELD = /^\p{Lu}[\p{L} .'’/&()-]{1,40}?\s*:\s+\S/u;

/**
 * The issuer a filing's form names in a field of its own (`Company Name : TENGGARA DIGITAL BERHAD`, `Name of Listed
 * Issuer: …`), among two fields or more at its top: the name, as a reader writes it.
 */
/** An issuer's name up to its legal form, and the address after it. */
const ISSUER_ADDRESS =
  /^(\S.{1,60}?,?\s(?:S\.L\.U\.|S\.L\.|S\.A\.|SE|AG|GmbH|ASA|AS|AB|Oyj|plc|PLC|Ltd\.?|Limited|LLC|Inc\.|B\.V\.|N\.V\.|S\.p\.A\.|Berhad|BERHAD)),\s+\S.*$/;
export function readFormIssuer(lines: Line[], from: number): string | undefined {
  let fields = 0,
    name: string | undefined;
  for (let k = from; k < lines.length && k < from + 30; k++) {
    if (!hasMark(lines[k], MARK.COLON)) continue;
    const t = lines[k].t.trim();
    if (!FORM_FIELD.test(t)) continue;
    fields++;
    const m =
      /^(?:company\s+name|name\s+of\s+(?:the\s+)?(?:listed\s+)?(?:company|issuer)|(?:listed\s+)?issuer(?:\s+name)?)\s*:\s*(\S.{1,80})$/i.exec(
        t,
      );
    // (…without the address a prospectus's field adds after the legal form: `Issuer: X, S.L.U., Calle de Serrano 41, …`)
    if (m) name ??= m[1].trim().replace(ISSUER_ADDRESS, '$1');
  }
  return name && fields >= 3 && /^\p{Lu}[\p{L}\p{N}&.,'’() -]{2,80}$/u.test(name) && /\s/.test(name)
    ? name === name.toUpperCase()
      ? titleCased(name)
      : name
    : undefined;
}

/** A form's field giving the title of the project it reports on (`Project title:`, `Name of the operation:`). */
const PROJECT_TITLE_FIELD =
  /^(?:project\s+(?:title|name)|(?:title|name)\s+of\s+(?:the\s+)?(?:project|operation)|operation\s+(?:title|name))(?:\s*\([^()]{1,30}\))?\s*:\s+(\S.{2,200})$/i;
const PROJECT_FIELD = /^project\s*:\s+(\S.{2,200})$/i;
/**
 * What a tracker's document says it is (`PROJECT RECORD`, `Project profile`), in another language beside it too (`FICHA
 * DEL PROYECTO / PROJECT RECORD`): a project's, titled by its `Project:`.
 */
const PROJECT_RECORD = /^(?:[^/]{3,40}\s\/\s)?project\s+(?:record|profile|sheet|card|snapshot)(?:\s\/\s[^/]{3,40})?$/i;

/** What a report is, last in its cover's title (`… IMPACT ASSESSMENT`, `NON-TECHNICAL SUMMARY`, `FEASIBILITY STUDY`). */
const REPORT_KIND = /\b(?:ASSESSMENT|SUMMARY|REPORT|STUDY|STATEMENT|PLAN|APPRAISAL|ANALYSIS)(?:\s*\([A-Z]{2,8}\))?$/;
/** A report's particulars under its cover's title (`Document No.:`, `Revision:`, `Date:`, `Prepared by:`). */
const REPORT_FIELD =
  /^(?:document\s+(?:no\.?|number)|doc(?:ument)?\s+ref(?:erence)?|revision|rev\.?|date|prepared\s+(?:by|for)|version)\s*:/i;

/**
 * A report's cover set in capitals (an ESIA's, a feasibility study's): the company, the project with its place after
 * commas (`TANJUNG PELITA DATA CAMPUS, NONGSA, BATAM CITY, …`), the document's title over a line or two
 * (`ENVIRONMENTAL AND SOCIAL IMPACT ASSESSMENT (ESIA)` / `NON-TECHNICAL SUMMARY`), then its particulars (`Document
 * No.:`, `Revision:`, `Date:`): the title is the project's name and the document's, as a reader writes it (the place
 * left off, an acronym in brackets kept).
 */
export function reportCoverTitle(lines: Line[], from: number): { title: string; company?: string } | undefined {
  const blocks: string[][] = [];
  let cur: string[] | undefined;
  for (let k = from, seen = 0; k < lines.length && seen < 8; k++) {
    const t = lines[k].t;
    if (t === '') {
      cur = undefined;
      continue;
    }
    seen++;
    if (REPORT_FIELD.test(t)) {
      if (blocks.length < 2 || !FORM_FIELD.test(lines[k + 1]?.t ?? '')) return undefined;
      const title = blocks[blocks.length - 1];
      const project = blocks[blocks.length - 2];
      if (project.length !== 1 || !REPORT_KIND.test(title[title.length - 1])) return undefined;
      const name = project[0].split(',')[0].trim();
      // (an acronym stays as written: one in brackets, `(ESIA)`, or a word of two capitals, `AI`, no small word)
      const cased = (x: string) => {
        const words = x.split(/\s+/);
        const t = titleCased(words.join(' ')).split(' ');
        return words
          .map((w, i) =>
            /^\([A-Z]{2,8}\)$/.test(w) || (/^[A-Z]{2}$/.test(w) && !/^(?:OF|IN|ON|AT|TO|BY|AN|OR|AS|IS|IT)$/.test(w))
              ? w
              : t[i],
          )
          .join(' ');
      };
      const company = blocks.length >= 3 && blocks[0].length === 1 ? blocks[0][0] : undefined;
      return { title: `${cased(name)} ${cased(title.join(' '))}`, company };
    }
    if (t.length > 100 || /\p{Ll}/u.test(t)) return undefined;
    if (!cur) blocks.push((cur = []));
    cur.push(t);
  }
  return undefined;
}

/**
 * A labelled field's value, with the lines wrapped under its value's column after it (`Title:   Design, Construction
 * and …` / `                 Operation of …`), up to a blank line, another field or four lines in all.
 */
function fieldValueWrapped(lines: Line[], k: number, value: string): string {
  const L = lines[k];
  const column = L.ts - L.start + L.t.length - value.length;
  const parts = [value.trim()];
  for (let j = k + 1; j < lines.length && parts.length < 4; j++) {
    const N = lines[j];
    if (N.t === '' || N.ts - N.start !== column || FORM_FIELD.test(N.t)) break;
    // (the value's translation in brackets on a line of its own, `(Pampa Blanca Data Center and Solar Park)`: no part)
    if (/^\([^()]{3,160}\)$/.test(N.t)) break;
    parts.push(N.t);
  }
  return parts.join(' ');
}

/**
 * A project's summary or fact sheet giving its particulars as a form's fields (`Registration number:`, `Programme:`,
 * `Project title:       Lomnice Data Park - remediation of the former Lomnice` / `opencast mine and …`, `Beneficiary:`):
 * the project's title, its lines wrapped under the value's column as one, is the headline. Read among a run of fields
 * only (the field's neighbours labelled too).
 */
export function readProjectTitle(lines: Line[], from: number): string | undefined {
  let prose = false,
    record = false;
  for (let k = from, seen = 0; k < lines.length && seen < 40; k++) {
    const L = lines[k];
    if (L.t === '') continue;
    seen++;
    // (…or a tracker's record, `PROJECT RECORD`, headed by its fields, `Project:          Stargate Al-Qurain AI Data Centre
    // Campus`, among its first lines, before any prose)
    const m =
      L.t.length <= 240 && hasMark(L, MARK.COLON)
        ? (PROJECT_TITLE_FIELD.exec(L.t) ?? (seen <= 6 && !prose && record ? PROJECT_FIELD.exec(L.t) : null))
        : null;
    if (isProseLine(L.t)) prose = true;
    if (L.t.length <= 80 && PROJECT_RECORD.test(L.t)) record = true;
    if (!m) continue;
    const labelled = (j: number) => j >= from && j < lines.length && FORM_FIELD.test(lines[j].t);
    if (!labelled(k - 1) && !labelled(k + 1) && !labelled(k + 2)) return undefined;
    return fieldValueWrapped(lines, k, m[1]);
  }
  return undefined;
}

/**
 * A filing made on a form (an exchange's announcement, a memorandum): its fields labelled above the text, then its
 * subject on the lines under a `Subject:` label alone on its line, up to a blank line. The subject is
 * its headline; a first line naming the issuer by its defined term (`TENGGARA DIGITAL BERHAD ("TDB" OR "THE
 * COMPANY")`) and the defined terms in brackets are no part of it. Read only where two fields or more stand above.
 */
export function readFormSubject(lines: Line[], from: number): string | undefined {
  let fieldsAbove = 0;
  for (let k = from; k < lines.length && k < from + 40; k++) {
    // (a label, a column's label and a field all have their colon)
    if (!hasMark(lines[k], MARK.COLON)) continue;
    const t = lines[k].t.trim();
    // (a subject on the label's own line is the memorandum's, read with the memorandum)
    if (/^(?:subject|re|title)\s*:$/i.test(t) && fieldsAbove >= 2) {
      const parts: string[] = [];
      for (let j = k + 1; j < lines.length && j <= k + 8 && lines[j].t.trim() !== ''; j++)
        parts.push(lines[j].t.trim());
      if (parts.length > 1 && parts[0].replace(DEFINED_TERM, '').trim() !== parts[0] && /\)$/.test(parts[0]))
        parts.shift();
      const subject = parts.join(' ').replace(DEFINED_TERM, '').replace(/\s+/g, ' ').trim();
      return subject.length >= 8 && subject.length <= 400 ? subject : undefined;
    }
    // An exchange's form with its labels set in a column (`Subject          : On behalf of the Company, …` / `for …`):
    // the value, and its lines wrapped under it, set in as far, up to the next field.
    const col = fieldsAbove >= 2 ? /^(subject\s{2,}:\s*)(\S.*)$/i.exec(t) : null;
    if (col) {
      const at = lines[k].ts - lines[k].start + col[1].length;
      const parts = [col[2]];
      for (let j = k + 1; j < lines.length && j <= k + 6; j++) {
        const u = lines[j].t.trim();
        if (u === '' || lines[j].ts - lines[j].start < at - 2 || FORM_FIELD.test(u)) break;
        parts.push(u);
      }
      const subject = parts.join(' ').replace(/\s+/g, ' ').trim();
      return subject.length >= 8 && subject.length <= 400 ? subject : undefined;
    }
    if (FORM_FIELD.test(t)) fieldsAbove++;
  }
  return undefined;
}

/**
 * A broker's report names its analysts in a table under the title, headed `애널리스트` or `Analyst` (`| 서지환
 * (전력기기·반도체) | jh.seo@… |`): the analysts, their coverage aside; a research assistant's row (`RA 문하율`) names no
 * writer.
 */
/** An analyst's cell: the name, then what the analyst covers or how to reach the analyst in brackets. */
const ANALYST_CELL = /^([가-힣]{2,4}|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?:\s*\([^)]{1,60}\))?$/u;
export function readAnalystTable(lines: Line[], from: number): string[] | undefined {
  for (let k = from; k < lines.length && k < from + 25; k++) {
    const cells = tableCells(lines[k].t);
    if (!cells || !/^(?:애널리스트|analysts?|연구원)$/i.test(cells[0])) continue;
    // (a table of the note's particulars, each row a label and its value: `| 애널리스트 | 윤재혁 (jh.yoon@…, 02-…) |`;
    // the rows under it are other particulars, `| 투자의견 | BUY |`, no analysts)
    const under = k + 1 < lines.length ? tableCells(lines[k + 1].t) : undefined;
    if (cells.length >= 2 && cells[1] !== '' && !under?.every((c) => /^:?-{3,}:?$/.test(c))) {
      const names = cells[1]
        .split(/\s*[,·/]\s*(?![^(]*\))/)
        .map((c) => ANALYST_CELL.exec(c.trim())?.[1])
        .filter((n): n is string => !!n && !KO_NOT_PERSON.has(n));
      return names.length ? names : undefined;
    }
    const names: string[] = [];
    for (let j = k + 1; j < lines.length && j < k + 8; j++) {
      const row = tableCells(lines[j].t);
      if (!row) break;
      if (row.every((c) => /^:?-{3,}:?$/.test(c))) continue;
      const m = ANALYST_CELL.exec(row[0]);
      if (m && !KO_NOT_PERSON.has(m[1])) names.push(m[1]);
    }
    return names.length ? names : undefined;
  }
  return undefined;
}
/** A filing's labelled particulars at its head (`File no.: T-2026-0417`, `Docket No. 25-0117`, `Filed: August 26, 2026`). */
const FILING_FIELD =
  /^(?:(?:file|docket|case|matter|proceeding|application|document|exhibit|dossier)\s+(?:no\.?|number|#)|document|filed(?:\s+on)?|date\s+filed|submitted|n[o°]\s+de\s+dossier)\s*[:：]?\s*\S/i;

/**
 * A filing's title in capitals under its particulars (`File no.: …` / `Document: …` / `Filed: …`, then `APPLICATION FOR
 * APPROVAL OF … OF` / `POSTE PÉRIBONKA (315-25 kV) — STARGATE PÉRIBONKA CAMPUS`): the title, its wrapped lines as one,
 * as written. What stands above it (the filer's name and department, the tribunal's) is the head, no headline; read
 * only where two particulars or more stand together, one of them a file's or docket's number.
 */
export function readFilingTitle(lines: Line[], from: number): { title: string; line: number } | undefined {
  let fields = 0,
    numbered = false,
    last = -1;
  for (let k = from, seen = 0; k < lines.length && seen < 14; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (t.length <= 120 && FILING_FIELD.test(t)) {
      fields++;
      if (/\b(?:no\.?|number|#)\s*[:：]?\s*[\w-]*\d/i.test(t)) numbered = true;
      last = k;
      continue;
    }
    if (fields >= 2 && numbered && last >= 0) {
      const parts: string[] = [];
      for (let j = k; j < lines.length && parts.length < 4; j++) {
        const u = lines[j].t.trim();
        // (in capitals but for its units: `(315-25 kV)`)
        const bare = u.replace(/\b(?:kV|kW|MW|GW|kWh|MWh|GWh)\b/g, '');
        if (u === '' || u.length > 150 || bare !== bare.toUpperCase() || !/\p{Lu}{2}/u.test(u)) break;
        parts.push(u);
      }
      const title = parts.join(' ');
      return title.length >= 20 && title.split(/\s+/).length >= 4 ? { title, line: k } : undefined;
    }
    if (fields) return undefined;
  }
  return undefined;
}

/**
 * A securities firm's note listing its people in a contact table (`| 구분 | 담당 | 연락처 |`, `| 산업재 | 차민경 연구원 |
 * 02-… |`) and signing each of its items with its analyst's name at the item's heading (`### ① 해신전기 — … (차민경)`):
 * the analysts who signed items, in the order they first sign. A head of the desk listed in the table who signs no
 * item (`윤재석 팀장`) wrote none of it; a table and no signed item name no writer.
 */
export function readSignedItems(lines: Line[], from: number): string[] | undefined {
  const listed = new Set<string>();
  for (let k = from; k < lines.length && k < from + 30; k++) {
    const cells = tableCells(lines[k].t);
    const col = cells ? cells.findIndex((c) => /^(?:담당(?:자)?|애널리스트|analysts?|contact)$/i.test(c)) : -1;
    if (col < 0) continue;
    for (let j = k + 1; j < lines.length && j < k + 12; j++) {
      const row = tableCells(lines[j].t);
      if (!row) break;
      const m = /^([가-힣]{2,4})\s?(?:연구원|애널리스트|팀장|(?:선임|책임|수석)?연구원|연구위원|센터장|위원)?$/.exec(
        row[col] ?? '',
      );
      if (m && !KO_NOT_PERSON.has(m[1])) listed.add(m[1]);
    }
    break;
  }
  if (!listed.size) return undefined;
  const signed: string[] = [];
  for (let k = from; k < lines.length; k++) {
    if (!lines[k].level || lines[k].level! < 2) continue;
    const m = /\(([가-힣]{2,4}(?:\s?[,·]\s?[가-힣]{2,4}){0,2})\)$/.exec(lines[k].t);
    if (!m) continue;
    for (const n of m[1].split(/\s?[,·]\s?/)) if (listed.has(n) && !signed.includes(n)) signed.push(n);
  }
  return signed.length ? signed : undefined;
}
const tableCells = (t: string) =>
  /^\|.*\|$/.test(t.trim())
    ? t
        .trim()
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim())
    : undefined;

/** A rule drawn across a plain-text page (`=====…`, `-----…`). */
const RULE_LINE = /^\s*(?:={20,}|-{20,}|_{20,}|\*{20,}|#{20,})\s*$/;
/** A periodical's name as its banner gives it (`QUARTERLY BULLETIN`, `… NATURAL RESOURCES NEWSLETTER`). */
const PERIODICAL_NAME =
  /\b(?:bulletin|newsletter|digest|review|update|briefing|journal|gazette|letter|quarterly|monthly)$/i;
/** An issuing body's name, as it ends (`… Association`, `… Cooperative Extension`, `… Alliance`). */
const BODY_END =
  /\b(?:association|alliance|federation|council|chamber(?:\s+of\s+commerce)?|society|institute|foundation|extension|university|college|agency|authority|commission|board|league|union|network|forum|coalition|consortium|partnership|department|office|service)$/i;

/**
 * A plain-text periodical's banner between two rules at its top: the periodical's name in capitals (with its period
 * and its issue between bars, `QUARTERLY BULLETIN | Q3 2026 | Issue No. 11`), the body issuing it on a line of its own
 * (`SOUTHEAST ASIA DATA CENTRE ASSOCIATION (SEADCA)`, `Altamaha State University Cooperative Extension`), an address,
 * a date. The name, as a reader writes it, is the headline; the body the outlet.
 */
export function readRuledBanner(lines: Line[], from: number): { title: string; body: string } | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length || !RULE_LINE.test(lines[k].t)) return undefined;
  let title: string | undefined, body: string | undefined;
  for (let j = k + 1; j < lines.length && j <= k + 8; j++) {
    const t = lines[j].t.trim();
    if (RULE_LINE.test(lines[j].t)) return title && body ? { title, body } : undefined;
    const parts = t.split(/\s+\|\s+/).map((p) => p.trim());
    const head = parts[0];
    if (!title && head.length <= 80 && head === head.toUpperCase() && PERIODICAL_NAME.test(head)) {
      const rest = parts.slice(1).filter((p) => !/^(?:for|published|issued)\b/i.test(p));
      title = titleCased(head) + (rest.length ? ' ' + rest.join(', ') : '');
      continue;
    }
    const b = t.replace(/\s*\([A-Z]{2,10}\)$/, '');
    if (!body && b.length <= 80 && BODY_END.test(b) && /^\p{Lu}/u.test(b) && !/[.,;:]/.test(b))
      body = b === b.toUpperCase() ? titleCased(b) : b;
  }
  return undefined;
}

/**
 * A rule drawn across a Korean plain-text page, in box-drawing strokes too (`━━━…`, `═══…`, `───…`), or a box's top or
 * bottom (`┌───…┐`, `┗━━━…┛`).
 */
const KO_RULE_LINE = /^\s*[┌┏╔└┗╚]?(?:[━═─=_-]\s?){20,}[┐┓╗┘┛╝]?$/;
/** A box's side, standing before or after a line inside it (`┃  동해시 소식   …  2026년 10월호  ┃`). */
const BOX_SIDES = /^[│┃║]\s?|\s?[│┃║]$/g;
/** A periodical's own name, by its last word (`경주 경제 브리프`, `동해시 소식`, `그리드 레터`, `영일人 웹진`). */
const KO_PERIODICAL_NAME =
  /^[가-힣A-Za-z][가-힣A-Za-z0-9人 ·]{1,24}\s(?:소식|소식지|뉴스레터|회보|웹진|브리프|리포트|레터|저널|매거진|위클리|브리핑|사보|월보|주보|연보)$/;
/** An issue named by its month (`2026년 10월호`), its number in brackets after it (`(제94호)`). */
const KO_MONTH_ISSUE = /^((?:19|20)\d\d년\s?\d{1,2}월호)(?:\s*[(（]\s*(?:통권\s?)?제\s?\d{1,5}\s?호\s*[)）])?$/;
/**
 * A body's periodical named by the body (`전북건설노동자연대 소식지`, `한국냉각설비산업협회 회원사 주간 소식지`, `(사)…
 * 회보`): the body.
 */
const KO_PERIODICAL_OF =
  /^(?:\(사\)\s*|사단법인\s+)?([가-힣][가-힣A-Za-z·]{1,24}?)(?:의)?\s+(?:(?:회원(?:사)?|조합원)\s+)?(?:(?:주간|월간|격주|계간|격월)\s?)?(?:소식지|뉴스레터|회보|웹진|(?<=(?:회원|조합원)\s?)소식)$/;
/** How a body issuing a members' periodical ends (`…협회`, `…연합회`, `…노동조합`, `…연대`, `…노동자회`). */
const KO_BODY_END =
  /(?:협회|연합회|협의회|조합|노조|연대|연맹|연합|노동자회|재단|위원회|의회|학회|공사|공단|센터|진흥원|본부|지부|상공회의소|[농수축신]협|산림조합)$/;

/** A local government's gazette (`순천시보`, `경기도보`, `강남구보`): the government's name before it. */
const KO_GAZETTE_OF = /^([가-힣]{1,10}(?:특별자치시|특별자치도|광역시|특별시|시|군|구|도))보$/;

/** A publisher's line's body (`평택당진항 물류협의회 통계분석팀` → `평택당진항 물류협의회`): a body, its unit after it aside. */
function koPublisherBody(v: string): string | undefined {
  const words = v.split(/\s+/);
  // (the body: the longest run of its first words that ends as a body does)
  for (let n = words.length; n >= 1; n--) {
    const b = words.slice(0, n).join(' ');
    if (KO_BODY_END.test(b))
      return n === words.length || /(?:팀|과|실|부|국|센터|본부)$/.test(words[words.length - 1]) ? b : undefined;
  }
  return undefined;
}

/**
 * A Korean members' periodical's masthead between two rules at its top, set in columns: the body's periodical on one
 * line (`전북건설노동자연대 소식지            현  장`, `한국냉각설비산업협회 회원사 주간 소식지      2026. 9. 7.(월)`), its
 * issue line with the date (`제57호 | 2026년 11월 18일 | 발행인 박정국 | …     (격주 발행 · 조합원 배포용)`): the body is
 * the outlet, the issue's date the date; the publisher the issue line names (발행인) writes no piece of it. The lines
 * are no text. The periodical's name with the issue's number beside it (`KCEA 위클리      제418호`) names an issue that
 * has no title of its own.
 */
export function readKoRuledMasthead(
  lines: Line[],
  from: number,
): { body: string; date?: string; issueName?: string; lines: number[] } | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length || !KO_RULE_LINE.test(lines[k].t)) return undefined;
  let body: string | undefined,
    date: string | undefined,
    issueName: string | undefined,
    name: string | undefined,
    month: string | undefined;
  const used = [k];
  for (let j = k + 1; j < lines.length && j <= k + 5; j++) {
    const t = lines[j].t.trim().replace(BOX_SIDES, '').trim();
    if (KO_RULE_LINE.test(lines[j].t)) {
      used.push(j);
      // (its issue's line right under a box: `발행일 2026. 9. 25. │ 발행인 동해시장 │ …`)
      let u = j + 1 < lines.length ? lines[j + 1].t.trim() : '';
      // (…or its publisher's line first, `발행: 평택당진항 물류협의회 통계분석팀`: the body, not its unit)
      const by = /^발행(?:처|기관|인)?\s?[:：]\s?([가-힣A-Za-z()·][가-힣A-Za-z()· ]{1,40})$/.exec(u);
      const publisher = by ? koPublisherBody(by[1].trim()) : undefined;
      if (publisher && (body || name)) {
        body = publisher;
        used.push(j + 1);
        u = j + 2 < lines.length ? lines[j + 2].t.trim() : '';
        j++;
      }
      const issued = /^발행일(?:자)?\s?[:：]?\s?\d/.test(u) ? findDate(u) : undefined;
      if (issued && (body || name)) {
        date = issued.iso;
        // (with the lines going on under it: `매월 1회 발행 · 전 세대 무료 배부 │ 문의 033-530-2053`)
        for (let q = j + 1; q < lines.length && q <= j + 4 && lines[q].t.trim() !== ''; q++) used.push(q);
      }
      // (an issue named by its month, with no title of its own: the periodical's name and the month's issue)
      if (name && month && !issueName) issueName = `${name} ${month}`;
      return body || name ? { body: body ?? name!, date, issueName, lines: used } : undefined;
    }
    if (t === '') return undefined;
    used.push(j);
    const cols = t.split(/\s{6,}|\s+[│|]\s+/).map((c) => c.trim());
    // (a local government's gazette, named for it and set letter-spaced, `순  천  시  보`: the government's; its number
    // alone on the line under it, `제1,742호`, names the issue, which has no title of its own)
    if (cols.length === 1) {
      const gazette = KO_GAZETTE_OF.exec(cols[0].replace(/^([가-힣](?:\s+[가-힣])+)$/, (x) => x.replace(/\s+/g, '')));
      if (gazette && !body && !name) {
        body = gazette[1];
        name = gazette[0];
        continue;
      }
      if (name && !issueName && body && /^(?:통권\s?)?제\s?\d[\d,]{0,6}\s?호$/.test(cols[0])) {
        issueName = `${name} ${cols[0].replace(/\s+/g, '')}`;
        continue;
      }
    }
    for (const c of cols) {
      const m = KO_PERIODICAL_OF.exec(c);
      if (!body && m && KO_BODY_END.test(m[1])) body = m[1];
      // (the body and its periodical's name side by side: `경주상공회의소  경주 경제 브리프`)
      const pair = /^(\S{2,20})\s{2,}(\S.{1,30})$/.exec(c);
      // (…its name saying it is one, or the issue beside it: `울산 경제 동향      2026년 9월호 (제51호)`)
      const issueBeside = cols.some((x) => KO_MONTH_ISSUE.test(x) || /^(?:통권\s?)?제\s?\d{1,5}\s?호$/.test(x));
      if (!name && pair && (KO_PERIODICAL_NAME.test(pair[2]) || issueBeside) && KO_BODY_END.test(pair[1])) {
        body ??= pair[1];
        name = pair[2];
      } else if (!name && j === k + 1 && KO_PERIODICAL_NAME.test(c)) name = c;
      // (…or the periodical's name and its month's issue on the title line a few spaces apart, `함양동부농협 조합원 소식
      // 2026년 11월호 (통권 제128호)`: the body its name begins with, the issue's month)
      const named = !name && j === k + 1 ? /^(\S.{1,30}?)\s{2,}(\S.*)$/.exec(c) : null;
      if (named && KO_PERIODICAL_NAME.test(named[1]) && KO_MONTH_ISSUE.test(named[2])) {
        name = named[1];
        month ??= KO_MONTH_ISSUE.exec(named[2])![1];
        const of = KO_PERIODICAL_OF.exec(named[1]);
        if (!body && of && KO_BODY_END.test(of[1])) body = of[1];
      }
      const mi = KO_MONTH_ISSUE.exec(c);
      if (mi) month ??= mi[1];
      const issued = /^발행일(?:자)?\s?[:：]?\s?\d/.test(c) ? findDate(c) : undefined;
      if (issued) date = issued.iso;
    }
    // (the periodical's name with the issue's number set to its right: `KCEA 위클리        제418호`)
    if (
      !issueName &&
      cols.length === 2 &&
      /^제\s?\d{1,5}\s?호$/.test(cols[1]) &&
      cols[0].length <= 30 &&
      !KO_PERIODICAL_OF.test(cols[0])
    )
      issueName = `${cols[0]} ${cols[1]}`;
    if (!date && !month && (ISSUE.test(t) || j > k + 1)) date = findDate(t)?.iso;
  }
  return undefined;
}

/** A broadcast transcript's labelled field (`■ 방송 : …`, `■ 진행 : 김현정 앵커`, `■ 대담 : …`). */
const ON_AIR_FIELD =
  /^[■□▪●◆◇▶-]?\s*(방송|프로그램|방송\s?일시?|일\s?시|진행자?|사회|출연|대담|인터뷰|연출|제작)\s*[:：]\s*(\S.*)$/;
/** A host's post after the name (`김현정 앵커`, `이동형 아나운서`, `박PD`). */
const HOST_POST = /\s*(?:앵커|아나운서|진행자|기자|PD|프로듀서|캐스터|MC)$/;

interface OnAirHeader {
  endLine: number;
  /** The broadcaster and its medium, as the `방송` field names them before the programme (`KBR 라디오`). */
  outlet?: string;
  date?: string;
  host?: string;
  /** The interview's title, in brackets under the header and its notes (`[스타게이트 타고 … "납기가 곧 가격"]`). */
  title?: string;
  titleLine?: number;
}

/**
 * A Korean broadcaster's transcript of an interview opens with its fields (`■ 방송 : CBS 라디오 <김현정의 뉴스쇼> FM
 * 98.1 (07:10~09:00)`, `■ 방송일 : …`, `■ 진행 : 김현정 앵커`, `■ 대담 : …`), then notes on the text and the title in
 * brackets. The broadcaster is the outlet (the programme and the frequency after it are not), the host the writer,
 * the guest no one's byline. Read only with both a 방송 and a 진행 field.
 */
export function readOnAirHeader(lines: Line[], from: number): OnAirHeader | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  const f: Record<string, string> = {};
  let end = -1;
  for (; k < lines.length && k < from + 10; k++) {
    const m = ON_AIR_FIELD.exec(lines[k].t.trim());
    if (!m) break;
    const key = m[1]
      .replace(/\s/g, '')
      .replace(/^(?:방송일시?|일시)$/, '방송일')
      .replace(/^(?:진행자|사회)$/, '진행');
    f[key] ??= m[2].trim();
    end = k;
  }
  if (end < 0 || !(f.방송 ?? f.프로그램) || !f.진행) return undefined;
  const r: OnAirHeader = { endLine: end };
  const channel = (f.방송 ?? f.프로그램)
    .split(/\s*[<〈《「『(]/)[0]
    .replace(/\s*(?:FM|AM)\s*[\d.]+\s*(?:MHz)?$/i, '')
    .trim();
  if (channel && channel.length <= 30) r.outlet = channel;
  const d = f.방송일 ? findDate(f.방송일) : undefined;
  if (d) r.date = d.iso;
  const host = f.진행.replace(HOST_POST, '').trim();
  if (/^[가-힣]{2,4}$/.test(host)) r.host = host;
  for (let j = end + 1, seen = 0; j < lines.length && seen < 6; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    // (the notes on the transcript: `* 아래 텍스트는 실제 방송 내용과 차이가 있을 수 있으니 …`)
    if (/^[*※]/.test(t)) continue;
    const b = /^\[([^\]]{4,160})\]$/.exec(t);
    if (b) {
      r.title = b[1].trim();
      r.titleLine = j;
    }
    break;
  }
  return r;
}

/** A broadcaster's script's banner (`KCBR 90.7 COLUMBIA BASIN PUBLIC RADIO -- NEWSROOM SCRIPT`): the station. */
const SCRIPT_BANNER =
  /^(\S.{2,80}?)\s*(?:--|—|–|-|\||·)\s*(?:newsroom\s+|news\s+|radio\s+|broadcast\s+|on-air\s+)?script$/i;
/** A script's field in capitals (`SLUG:      STARGATE-PUD VOTE (WRAP)`, `REPORTER:  MARISOL TRAN`). */
const SCRIPT_FIELD = /^([A-Z][A-Z /-]{1,20}):\s+(\S.{0,120})$/;
const SCRIPT_RULE = /^(?:[=_*-]\s?){10,}$/;

/** A name in capitals as a reader writes it, call letters and other words without a vowel kept (`KCBR 90.7 …`). */
function stationCased(n: string): string {
  const cased = titleCased(n).split(' ');
  return n
    .split(' ')
    .map((w, i) => (/^[B-DF-HJ-NP-TV-XZ]{3,5}$/.test(w) ? w : (cased[i] ?? w)))
    .join(' ');
}

/**
 * A broadcaster's newsroom script: its banner naming the station (`KCBR 90.7 COLUMBIA BASIN PUBLIC RADIO -- NEWSROOM
 * SCRIPT`), then its fields in capitals (`SLUG:`, `SHOW:`, `DATE:`, `REPORTER:`, `EDITOR:`, `TRT:`). The station is the
 * outlet, the slug the story's only headline, the reporter its writer, the date field its date; the head is no text.
 */
export function readScriptHeader(lines: Line[], from: number): OnAirHeader | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  const banner = k < lines.length && lines[k].t.length <= 120 ? SCRIPT_BANNER.exec(lines[k].t.trim()) : null;
  if (!banner) return undefined;
  const f: Record<string, string> = {};
  let end = k;
  for (let j = k + 1; j < lines.length && j <= k + 14; j++) {
    const t = lines[j].t.trim();
    if (t === '' || SCRIPT_RULE.test(t)) {
      if (Object.keys(f).length) end = j;
      if (t === '' && Object.keys(f).length) break;
      continue;
    }
    const m = SCRIPT_FIELD.exec(t);
    if (!m) break;
    f[m[1].trim().toUpperCase()] ??= m[2].trim();
    end = j;
  }
  if (!f.SLUG) return undefined;
  const r: OnAirHeader = { endLine: end, title: f.SLUG };
  const station = banner[1].trim();
  r.outlet = /\p{Ll}/u.test(station) ? station : stationCased(station);
  const d = f.DATE ? findDate(f.DATE) : undefined;
  if (d) r.date = d.iso;
  const who = f.REPORTER ?? f.CORRESPONDENT;
  if (who && /^[\p{L}.'’ -]{4,40}$/u.test(who) && who.split(/\s+/).length >= 2)
    r.host = /\p{Ll}/u.test(who) ? who : titleCased(who);
  return r;
}

/**
 * A letter's or newsletter's sign-off at the end: a short closing that ends in a comma (`See you Monday,`,
 * `Best,`, `Thanks for reading,`) and the writer's name alone on the next line. The lines, and the name.
 */
export function readSignOff(
  lines: Line[],
  from: number,
): { closing: number; nameLine: number; name: string } | undefined {
  const text: number[] = [];
  for (let k = lines.length - 1; k >= from && text.length < 8; k--)
    if (!lines[k].furniture && lines[k].t !== '') text.push(k);
  for (let i = 0; i + 1 < text.length; i++) {
    const n = text[i],
      c = text[i + 1];
    // (the name under the closing, a blank line between them or none: `Sincerely,` / `` / `**Kwon Do-hyun**`)
    if (c !== n - 1 && !(c === n - 2 && lines[n - 1].t === '')) continue;
    const name = lines[n].t.replace(/^[—–-]\s*/, '');
    const closing = lines[c].t;
    if (closing.length > 40 || !/,$/.test(closing) || /\d/.test(closing)) continue;
    if (!(/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}$/u.test(name) || KO_PERSON.test(name))) continue;
    if (findOutlet(name)) continue;
    return { closing: c, nameLine: n, name };
  }
  return undefined;
}

export const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function langOf(v: string | undefined): Lang | undefined {
  if (!v) return undefined;
  const s = v.toLowerCase();
  if (/^(ko|kor|kr|korean|한국어|한글)/.test(s)) return 'ko';
  if (/^(en|eng|english|영어)/.test(s)) return 'en';
  return undefined;
}

/** A byline without "By": a person's name ("Tom Alvarez", "김철수") or a one-word handle ("반도체덕후"). */
const BYLINE_NAME = /^(?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}|[\p{L}\p{N}_.-]{2,16})$/u;

interface Masthead {
  site?: string;
  chrome: boolean;
  byline?: string;
  /** People a tagline under the site's name credits (`Written by Miles Okafor.`, `— by Priya Raman`, `발행인 윤서진`). */
  credits: string[];
  /** Whether a headline was found (a periodical's issue may have none of its own). */
  headline: boolean;
  /** The body that publishes the periodical, in bold under its name (`**Prairie Lakes Electric Cooperative** · …`). */
  publisher?: string;
  /** Whether the tagline says in words that the periodical is the publisher's (`The member newsletter of …`). */
  publisherSaid?: boolean;
}

/** A headline of 160 to 200 characters written in title case (every word of four letters or more capitalized), no sentence. */
export const longTitle = (t: string) =>
  t.length < 200 &&
  !/[.!?。]["”’)]?$/.test(t) &&
  !/(?:^|\s)\p{Ll}[\p{L}'’-]{3,}/u.test(t) &&
  (t.match(/\s\p{Lu}[\p{L}'’-]{3,}/gu)?.length ?? 0) >= 6;

/** Lines above the first paragraph, at most this many, are read as a masthead. */
const MASTHEAD_LINES = 40;
/** Lines a masthead may have above the headline (site name, sections, menus). */
const MASTHEAD_ABOVE = 12;

/** A blog's or newsletter's credit in its tagline: `Written by X`, `Edited by X`, `… — by X`, `글쓴이 X`, `발행인 X`. */
const TAGLINE_CREDIT = new RegExp(
  `(?:^|[.·|—–:]\\s*|\\s)(?:([Ww]ritten|[Ee]dited|[Cc]ompiled|[Cc]urated|published)\\s+by|by)\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){1,2})(?:\\s*[.,]|\\s+(?:for|in|on)\\b|\\s*$)|(?:^|[\\s·|])(?:글쓴이|글|발행인|편집인|엮은이|지은이|편집)\\s*[:：]?\\s*([가-힣]{2,4})(?=\\s*(?:[.·|]|$))`,
  'u',
);

/**
 * The person a masthead's tagline credits, when it names one. A line not set off as a tagline (`deco`) credits
 * only with a word of crediting ("Written by", "발행인"): under a site's name "… approved by Ruth Alvarado" is a headline.
 */
export function taglineCredit(t: string, deco: boolean): string | undefined {
  if (t.length > 240) return undefined;
  const m = TAGLINE_CREDIT.exec(t);
  if (m && m[2] && !m[1] && !deco) return undefined;
  // "Written by Miles Okafor." at the tagline's end: the sentence's stop is no initial's
  const n = m && (m[2] ?? m[3])?.replace(/(\p{L}{2})\.$/u, '$1');
  return n && !findOutlet(n) && !JOB_TITLE.test(n) ? n : undefined;
}

/** A masthead's place line under the paper's name (`Casa Grande, Arizona`, `Los Lunas, New Mexico`). */
const PLACE_LINE = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2},\s\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?$/u;
/** A paper's motto under its name (`Serving the Rio Abajo since 1911`, `Est. 1887`). */
const MOTTO_LINE = /(?:\bsince|\best\.?|\bestablished|\bfounded(?:\s+in)?)\s+(?:1[6-9]|20)\d\d\.?$/i;
/** A numbered section or item (`1. Stargate's pipeline passes 8 GW`): never a page's headline. */
const NUMBERED = /^\d{1,2}[.)]\s/;
/** A body's name in bold with its tagline after a dot or bar, under a periodical's name (`**Prairie Lakes Electric
 * Cooperative** · A Touchstone Energy® Cooperative`). */
const PUBLISHER_LINE = /^\*\*(\p{Lu}[^*]{2,60})\*\*\s[·|—–]\s\S.{0,120}$/u;
/**
 * A tagline saying whose periodical it is (`The member newsletter of the Southwest Valley Chamber of Commerce`, `The
 * official bulletin of the Kern County Farm Bureau`, `서산상공회의소 회원 소식지`): the body that publishes it.
 */
const PERIODICAL_OF =
  /^(?:[Tt]he|[Aa]n?|[Oo]ur)\s+(?:[\p{L}-]+\s+){0,3}?(?:e-?newsletter|newsletter|bulletin|news\s?letter|magazine|journal)\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|the|and|for|&|\p{Lu}[\p{L}\p{N}&'’.-]*)){0,8})\.?$/u;
const PERIODICAL_OF_KO =
  /^([가-힣][가-힣A-Za-z·]{1,20}(?:상공회의소|협회|연합회|조합|재단|위원회|의회|공사|공단|센터|진흥원))(?:의)?\s?(?:회원\s?)?(?:소식지|뉴스레터|회보|웹진)$/;
export function periodicalOf(t: string): string | undefined {
  if (t.length > 140) return undefined;
  const m = PERIODICAL_OF.exec(t.trim()) ?? PERIODICAL_OF_KO.exec(t.trim());
  return m ? m[1].replace(/\.$/, '').trim() : undefined;
}
/** A name ending as a body's that publishes a members' periodical (a co-op, an association, a council, a firm). */
const ORG_FORM =
  /\b(?:Cooperative|Co-op|Association|Council|Union|Authority|District|Federation|Society|Foundation|Institute|Corporation|Company|Inc\.?|LLC|Ltd\.?)$/;
/** A name of five to eight words, each capitalized or a joining word (`HIGH PLAINS FARM & RANCH JOURNAL`). */
const LONG_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|&|of|the|and)){4,7}$/u;
/** A Markdown table's row (`| 배포 | 2026년 2월 5일(목) |`). */
const TABLE_ROW = /^\|.*\|$/;

/**
 * Above the headline a page copied from a browser has its site name, menus and section crumbs (`Business /
 * Technology`, `OPINION | Energy`); between the headline and the article, labels and counters. All of that is
 * left out of the body; the first line that names something is kept as the site's name. Under the name a blog or
 * newsletter may set a tagline (`*Notes on the AI build-out … Written by Miles Okafor.*`), a paper its place and
 * motto: masthead too, never the headline. The headline is the first headline-sized line (a name, a section, a
 * numbered item is not; in a periodical's issue, nor a heading its level repeats, a section's); nothing is left out
 * when there is none, but for a periodical's issue (`periodical`: its date line numbers it) under its name.
 */
export function readMasthead(lines: Line[], from: number, periodical = false): Masthead | undefined {
  const head: number[] = [];
  const tagline = new Set<number>();
  let end = from;
  for (; end < lines.length && head.length < MASTHEAD_LINES; end++) {
    const L = lines[end];
    if (L.furniture || L.t === '') continue;
    // A tagline under the name (the previous line a name, or a tagline too) may read as prose: it is not yet the story.
    const prev = head.length ? head[head.length - 1] : -1;
    const underName = prev >= 0 && (tagline.has(prev) || (isNameLike(lines[prev].t) && !isSectionWord(lines[prev].t)));
    if (
      underName &&
      L.t.length < 240 &&
      ((L.deco && L.deco !== '**') ||
        taglineCredit(L.t, false) ||
        PUBLISHER_LINE.test(L.t) ||
        periodicalOf(L.t) ||
        // (the towns a body serves, under the tagline naming it: `Buckeye · Goodyear · Avondale`)
        (tagline.has(prev) && !!periodicalOf(lines[prev].t) && isNavLine(L.t)) ||
        (L.t.length <= 120 && MOTTO_LINE.test(L.t))) &&
      !findDate(L.t)
    ) {
      tagline.add(end);
      head.push(end);
      continue;
    }
    // (a long headline in title case, as a filing's announcement is titled, is no prose: `Sharqiya Digital
    // Infrastructure Co. Announces the Signing of a Joint Venture Agreement for the Establishment of …`)
    if (isProseLine(L.t) && !longTitle(L.t)) break;
    head.push(end);
  }
  // A paper's name of five words or more over its motto (`HIGH PLAINS FARM & RANCH JOURNAL` / `Serving Southwest
  // Kansas … Since 1951`): a name, as a shorter one is; the motto under a name may run longer than a short one.
  const mottoUnder = (i: number) => {
    const t = i < head.length ? lines[head[i]].t : '';
    return t.length <= 120 && (MOTTO_LINE.test(t) || (PLACE_LINE.test(t) && t.length <= 60));
  };
  const longName = (t: string, k: number) =>
    k === head[0] && t.length <= 64 && LONG_NAME.test(t) && mottoUnder(1) && outletShaped(titleCased(t));
  const above = (t: string, k: number) =>
    tagline.has(k) ||
    // (a periodical's contents above its lead story: `- From the General Manager: …`)
    (periodical && isListItem(t)) ||
    longName(t, k) ||
    (k === head[1] && mottoUnder(1) && (isNameLike(lines[head[0]].t) || longName(lines[head[0]].t, head[0]))) ||
    banner(k) ||
    isNavLine(t) ||
    !!crumbSite(t) ||
    isLabelLine(t) ||
    isNameLike(t) ||
    isSectionWord(t) ||
    TABLE_ROW.test(t) ||
    (k > from && (PLACE_LINE.test(t) || MOTTO_LINE.test(t)) && t.length <= 60);
  // A banner heading over a deeper heading (`# Firm Research — Utilities` over `## The report's title`): the site's.
  const banner = (k: number) => {
    const lv = lines[k].level ?? 0;
    const n = lv ? bannerName(lines[k].t) : undefined;
    // A name of one word over a section ("Stargate — Background") may be the subject's: not a site's.
    if (!n || !(/\S\s+\S/.test(n) || outletShaped(n))) return false;
    for (let j = k + 1; j < lines.length && j < k + 12; j++) {
      if (lines[j].t === '' || lines[j].furniture) continue;
      return (lines[j].level ?? 0) > lv;
    }
    return false;
  };
  const sectionLevel = (k: number) => {
    const lv = lines[k].level;
    if (!periodical || !lv) return false;
    for (let j = k + 1; j < lines.length; j++) if (lines[j].level === lv) return true;
    return false;
  };
  let h = head.findIndex((k) => {
    const t = lines[k].t;
    return (
      !tagline.has(k) &&
      isHeadlineSized(t) &&
      !isNavLine(t) &&
      !crumbSite(t) &&
      !isNameLike(t) &&
      !longName(t, k) &&
      !(k === head[1] && mottoUnder(1) && longName(lines[head[0]].t, head[0])) &&
      !isLabelLine(t) &&
      !isListItem(t) &&
      !NUMBERED.test(t) &&
      !TABLE_ROW.test(t) &&
      !banner(k) &&
      !(PLACE_LINE.test(t) && t.length <= 60) &&
      !(MOTTO_LINE.test(t) && t.length <= 60) &&
      !sectionLevel(k)
    );
  });
  // A periodical's issue without a title of its own: its name, tagline and contents stand above its sections. (A
  // tagline saying whose periodical it is, `The member newsletter of …`, says it is one, as an issue line does.)
  const saidPeriodical = head.some((k) => tagline.has(k) && !!periodicalOf(lines[k].t));
  if (
    h < 0 &&
    (periodical || saidPeriodical) &&
    head.length &&
    isNameLike(lines[head[0]].t) &&
    !isSectionWord(lines[head[0]].t)
  ) {
    let n = 1;
    while (n < head.length && tagline.has(head[n])) n++;
    h = n;
    head.splice(n, 0, -1);
  }
  if (h < 0 || h > MASTHEAD_ABOVE) return undefined;
  // Above the headline only names, menus, crumbs and labels: anything else means this is not a masthead.
  for (let i = 0; i < h; i++) if (!above(lines[head[i]].t, head[i])) return undefined;
  // A periodical's issue line under the name says the name is the periodical's, as menus say a site's.
  const r: Masthead = { chrome: periodical, credits: [], headline: head[h] >= 0 };
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
    if (tagline.has(head[i])) {
      const pub = PUBLISHER_LINE.exec(L.t)?.[1];
      if (pub && ORG_FORM.test(pub)) r.publisher ??= pub.trim();
      const of = periodicalOf(L.t);
      if (of && !r.publisher) {
        r.publisher = of;
        r.publisherSaid = true;
      }
      const c = taglineCredit(L.t, !!L.deco);
      if (c && !r.credits.includes(c)) r.credits.push(c);
      continue;
    }
    // A crumb led by the site's name names the site as a masthead does, and is chrome.
    const crumb = crumbName(L.t);
    if (crumb) {
      r.site ??= crumb;
      r.chrome = true;
      continue;
    }
    if (!r.site && banner(head[i])) {
      r.site = bannerName(L.t);
      r.chrome = true;
      continue;
    }
    if ((isNavLine(L.t) && !tableRowAt(lines, head[i])) || isLabelLine(L.t)) {
      r.chrome = true;
      continue;
    }
    if (!r.site && ((isNameLike(L.t) && !isSectionWord(L.t)) || longName(L.t, head[i]))) {
      r.site = newsroomName(L.t) ?? withoutHeadingMarker(L.t).trim();
      // "# Site" above "## Headline": the page's own markup says which is which.
      const hl = head[h] >= 0 ? (lines[head[h]].level ?? headingLevel(lines[head[h]].t)) : undefined,
        sl = L.level ?? headingLevel(L.t);
      if (hl && sl && sl < hl) r.chrome = true;
    }
  }
  // A crumb led by the site's name, already left out as chrome, above the headline.
  if (!r.site)
    for (let k = from; k < (head[h] >= 0 ? head[h] : end) && k < lines.length; k++) {
      const c = lines[k].furniture ? crumbName(lines[k].t) : undefined;
      if (c) {
        r.site = c;
        r.chrome = true;
        break;
      }
    }
  if (head[h] < 0) return r;
  for (let i = h + 1; i < head.length; i++) {
    const L = lines[head[i]];
    if ((isNavLine(L.t) && !tableRowAt(lines, head[i])) || isLabelLine(L.t) || JOB_TITLE.test(L.t)) {
      L.furniture = true;
      r.chrome = true;
      continue;
    }
    // A name on its own line above the date line is the byline of a blog, newsletter or post ("Tom Alvarez", a
    // nickname): out of the body; an author when it is written as a person's name. Between the two may stand
    // what was already left out (the name repeated, "Follow") and one line of the writer's job.
    let n = head[i] + 1,
      job = -1;
    for (; n < lines.length && n < head[i] + 12; n++) {
      const N = lines[n];
      if (N.t === '' || (N.furniture && !findDate(N.t))) continue;
      if (N.furniture || job >= 0 || N.t.length > 80 || isProseLine(N.t)) break;
      job = n;
    }
    // (…its name linked to the writer's profile, as a clipper copies it: `[Dylan Reyes](https://substack.com/@dylan)`)
    const named = /^\[([^\]]{2,40})\]\(https?:\/\/[^)\s]+\)$/.exec(L.t)?.[1] ?? L.t;
    if (
      BYLINE_NAME.test(named) &&
      !isSectionWord(named) &&
      // (a record's label over its value, `Date ESRS Disclosed` over `Aug 25, 2026`: the field's name, no writer's)
      !DATE_FIELD_WORD.test(L.t) &&
      // (…or a value over the next field's label, `Pending Approval` over `Last Updated`: a record's rows)
      !(job >= 0 && DATE_FIELD_WORD.test(lines[job].t)) &&
      n < lines.length &&
      lines[n].furniture &&
      findDate(lines[n].t)
    ) {
      L.furniture = true;
      if (job >= 0) lines[job].furniture = true;
      if (/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}$|^[가-힣]{2,4}$/u.test(named)) r.byline ??= named;
    }
  }
  return r;
}

/**
 * The site's name leading a crumb, when written as an outlet's (`에너지 > 전력` is a section's crumb, no site); a name
 * set in capitals (`ROCK SPRINGS SENTINEL`) read by its words.
 */
function crumbName(t: string): string | undefined {
  const c = crumbSite(t);
  return c && outletShaped(/\p{Ll}/u.test(c) ? c : titleCased(c)) ? c : undefined;
}

/** Words that open a sentence and name nothing ("This is a weekly newsletter"). */
const NOT_NAMES = new Set(enWords.actor.notNames);
// ---------------------------------------------------------------- an official document's caption

const BODY_HEAD = new RegExp(`\\b(?:${alternation(enWords.bodyHeads.map((w) => w.toUpperCase()))})\\b`);
/** `BEFORE THE PUBLIC SERVICE COMMISSION OF WYOMING`, `FEDERAL ENERGY REGULATORY COMMISSION`: the body, in capitals. */
const CAPTION_BODY = new RegExp(
  `^(BEFORE\\s+THE\\s+)?((?:[A-Z][A-Z.&'’-]*\\s+){0,6}?(?:${alternation(enWords.bodyHeads.map((w) => w.toUpperCase()))})(?:\\s+OF\\s+(?:THE\\s+)?(?:[A-Z][A-Z.'’-]*\\s*){1,4})?)$`,
);
/** A jurisdiction's line over a body's name (`UNITED STATES OF AMERICA`, `STATE OF NEW MEXICO`, `COMMONWEALTH OF …`). */
const JURISDICTION =
  /^(?:UNITED STATES OF AMERICA|(?:STATE|COMMONWEALTH|PROVINCE|TERRITORY|DISTRICT|KINGDOM|SULTANATE|REPUBLIC|EMIRATE|PRINCIPALITY|GOVERNMENT) OF (?:THE )?[A-Z .'-]{2,30})$/;
const DOC_TITLE = new RegExp(`^(?:${alternation(enWords.documentTitles)})(?:\\b|\\s)`);
/** A document's closing line dating it (`ISSUED under the Seal of the Commission … this 12th day of November, 2025.`). */
const CLOSING = /^(?:issued|made\s+and\s+entered|entered|dated|done|signed|adopted|so\s+ordered)\b/i;
/** A notice's closing line saying where and when it was published (`Published in the Official Tenders Portal … on 14 September 2026.`). */
const PUBLISHED_CLOSING = /^published\s+(?:in|on|by)\b/i;
/** A notice's field giving what it is about (`Title:              Design, Construction and Operation of …`). */
const TITLE_FIELD = /^(?:title|subject)\s*:\s+(\S.{2,200})$/i;

/** A name in capitals as a reader writes it ("PUBLIC SERVICE COMMISSION OF WYOMING" → "Public Service Commission of Wyoming"). */
export function titleCased(n: string): string {
  // (a Turkish capital İ is a small i: `VERİ` → `Veri`, not an i with a dot above it)
  return n
    .replace(/İ/g, 'i')
    .toLowerCase()
    .replace(/\p{L}[\p{L}'’.]*/gu, (w, at: number, all: string) =>
      // (each part of a hyphened word: `LONG-RANGE` → `Long-Range`)
      at > 0 && all[at - 1] !== '-' && /^(?:of|the|and|for|on|in)$/.test(w) ? w : w[0].toUpperCase() + w.slice(1),
    );
}

/** A word naming a legislature or one of its houses. */
const LEGISLATURE_WORD = /\b(?:parliament|assembly|senate|congress|legislature|house\s+of\s+\p{L}+|dewan\s+\p{L}+)\b/iu;
/** A record of a legislature's debates, as its masthead calls itself (`OFFICIAL REPORT`, `PARLIAMENTARY DEBATES`). */
const DEBATES_MASTHEAD =
  /^(?:official\s+report(?:\s+of\s+debates)?|parliamentary\s+debates|hansard|(?:verbatim|stenographic)\s+(?:report|record)(?:\s+of\s+proceedings)?)(?:\s*[–—-]\s*extract|\s*\((?:extract|excerpt)\))?$/i;
/** An item of the sitting's order of business, its title after the number (`Item 3: Question No. 1742 – "…"`). */
const DEBATES_ITEM = /^(?:agenda\s+)?item\s+(?:no\.\s*)?\d{1,3}\s*[:.–—-]\s*(\S.{5,200})$/i;
/** A part of the record's day (`ORAL ANSWERS TO QUESTIONS`, `WRITTEN ANSWERS TO QUESTIONS`, `MINISTERIAL STATEMENTS`). */
const DEBATES_PART =
  /^(?:(?:oral|written)\s+answers?\s+to\s+(?:parliamentary\s+)?questions|ministerial\s+statements?|(?:government\s+)?bills?|motions?|adjournment\s+motion|questions\s+for\s+oral\s+answer|questions\s+(?:without|on)\s+notice)$/i;

/**
 * A legislature's record of its debates (`PARLIAMENT OF SINGAPORE`, `OFFICIAL REPORT`, its session, volume and sitting
 * date), its day's part (`ORAL ANSWERS TO QUESTIONS`), then the first item's title in capitals, a bracketed subtitle
 * under it (`SEDILI RIDGE DATA CENTRE CAMPUS IN JOHOR` / `(Impact on Singapore's Water Supply and Connectivity)`): that
 * title is the headline, as a reader writes it; the session's and volume's lines are the masthead's.
 */
export function debatesItemTitle(lines: Line[], from: number): { title: string; body?: string } | undefined {
  let masthead = false;
  let body: string | undefined;
  for (let k = from, seen = 0; k < lines.length && seen < 20; k++) {
    const t = lines[k].t;
    // An item of the order of business under the masthead: its title, as the record gives it.
    const item = masthead && t.length <= 240 ? DEBATES_ITEM.exec(t.trim()) : null;
    if (item) return { title: item[1].trim(), body };
    if (t === '' || t.length > 80) continue;
    seen++;
    if (!masthead) {
      masthead = DEBATES_MASTHEAD.test(t);
      // (the legislature's name in capitals atop it: `PARLIAMENT OF SINGAPORE`, `REGIONAL ASSEMBLY OF SICILY` over
      // its term's and sitting's lines)
      if (masthead) {
        const top = lines.slice(from, k).find((L) => L.t !== '')?.t ?? '';
        if (!/\p{Ll}/u.test(top) && LEGISLATURE_WORD.test(top)) body = titleCased(top);
      }
      continue;
    }
    if (!DEBATES_PART.test(t)) continue;
    let j = k + 1;
    while (j < lines.length && lines[j].t === '') j++;
    const head = lines[j]?.t ?? '';
    if (!head || head.length > 160 || /\p{Ll}/u.test(head) || !/\p{Lu}/u.test(head)) return undefined;
    let title = titleCased(head);
    const sub = lines[j + 1]?.t ?? '';
    if (/^\([^()]{3,160}\)$/.test(sub)) title += ` ${sub}`;
    return { title, body };
  }
  return undefined;
}

/** A state's name in capitals atop a document (`REPUBLIC OF KOSOVO`, `KINGDOM OF TONGA`, `STATE OF ISRAEL`). */
const STATE_NAME_CAPS =
  /^(?:(?:THE\s+)?(?:(?:FEDERAL|DEMOCRATIC|ISLAMIC|PEOPLE'S|SOCIALIST|UNITED)\s+)*(?:REPUBLIC|KINGDOM|STATE|COMMONWEALTH|FEDERATION|PRINCIPALITY|GRAND\s+DUCHY|SULTANATE)\s+OF\s+[A-Z][A-Z\s'-]{1,40})$/;
/** A record's kind, alone in capitals over the rest of its title (`TRANSCRIPT`, `VERBATIM RECORD`, `MINUTES`). */
const RECORD_KIND_CAPS =
  /^(?:TRANSCRIPT|VERBATIM\s+(?:RECORD|REPORT|TRANSCRIPT)|STENOGRAPHIC\s+(?:RECORD|REPORT)|MINUTES|RECORD)$/;

/**
 * A legislature's transcript under its state's letterhead (`REPUBLIC OF KOSOVO` / `ASSEMBLY`), a translator's note
 * perhaps between, then its title in capitals, the record's kind on a line of its own and the rest under it
 * (`TRANSCRIPT` / `OF THE PLENARY SESSION OF THE ASSEMBLY OF THE REPUBLIC OF KOSOVO,` / `HELD ON 22 OCTOBER 2026`): the
 * legislature's, named as its state's (`Assembly of the Republic of Kosovo`), the title as a reader writes it, dated by
 * the sitting's day the title gives; the letterhead is no text.
 */
function readLegislatureTranscript(lines: Line[], from: number): OfficialDocument | undefined {
  const [a, b] = nonBlankFrom(lines, from, 2);
  if (b === undefined) return undefined;
  const state = lines[a].t.trim(),
    house = lines[b].t.trim();
  if (!STATE_NAME_CAPS.test(state) || house.length > 40 || /\p{Ll}/u.test(house) || !LEGISLATURE_WORD.test(house))
    return undefined;
  const text = lines.map((L) => L.t).join('\n');
  const body = `${titleCased(house)} of the ${titleCased(state.replace(/^THE\s+/, ''))}`;
  for (let k = b + 1, seen = 0; k < lines.length && seen < 10; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (!RECORD_KIND_CAPS.test(t)) continue;
    const parts = [t];
    for (let j = k + 1; j < lines.length && j <= k + 4; j++) {
      const u = lines[j].t.trim();
      if (u === '' || /\p{Ll}/u.test(u)) break;
      parts.push(u);
    }
    if (parts.length < 2) return undefined;
    const caps = parts.join(' ').replace(/\s+/g, ' ');
    const d = findDate(caps);
    lines[a].furniture = true;
    lines[b].furniture = true;
    return {
      body,
      titleLine: k,
      title: writtenAsText(caps, text, [body]),
      dated: d ? { line: k + parts.length - 1, date: d.iso } : undefined,
      filed: !!d,
    };
  }
  return undefined;
}

/** A document's preparer in its head (`Prepared by: Northbridge Capital Markets LLC, Project Finance Group`). */
const PREPARED_BY_ORG =
  /^(?:prepared|issued|compiled)\s+by\s*:\s*(\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\d&'’.-]*|&|of|and|de|du))*?\s(?:LLC|LLP|L\.P\.|Inc\.?|Ltd\.?|Limited|plc|PLC|GmbH|AG|SA|S\.A\.|N\.V\.|B\.V\.|Corp\.?|Corporation|Company|Bank|Partners))(?:,\s*\S.*)?$/iu;

/**
 * A document as a PDF's text gives it (pdftotext's layout), each page under its running head, the title to the left and
 * the day to the right (`SG Demerara OpCo LLC - Summary of Principal Terms        November 12, 2026`, the same line
 * after every `Page N of M`), a firm named in its head as preparing it (`Prepared by: Northbridge Capital Markets LLC,
 * Project Finance Group`): the preparer's (the firm, not its group), the running head its title and day; the cover's
 * capitals over it name the deal, no headline.
 */
function readRunningHeadDocument(lines: Line[], from: number): OfficialDocument | undefined {
  let preparer: string | undefined;
  for (let k = from, seen = 0; k < lines.length && seen < 20 && !preparer; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    preparer = t.length <= 160 ? PREPARED_BY_ORG.exec(t)?.[1] : undefined;
  }
  if (!preparer) return undefined;
  const count = new Map<string, number[]>();
  for (let k = from; k < lines.length && k < from + 2000; k++) {
    const t = lines[k].t.trim();
    if (t.length < 20 || t.length > 160 || !/\S\s{6,}\S/.test(t)) continue;
    count.set(t, [...(count.get(t) ?? []), k]);
  }
  for (const [t, at] of count) {
    if (at.length < 2) continue;
    const m = /^(\S.{4,100}?)\s{6,}(\S.{5,30})$/.exec(t);
    const d = m ? findDate(m[2]) : undefined;
    if (!m || !d || d.index !== 0 || findDate(m[1])) continue;
    return { body: preparer, titleLine: at[0], title: m[1].trim(), dated: { line: at[0], date: d.iso }, filed: true };
  }
  return undefined;
}

export interface OfficialDocument {
  /** The issuing body, as a reader writes it. */
  body: string;
  /** The document's title line (`ORDER GRANTING APPROVAL …`), and the title when the line says more (`안건 : X`). */
  titleLine: number;
  title?: string;
  /** The closing line that dates it, and its date. */
  closing?: { line: number; date: string };
  /** A meeting record's line under its title with the meeting's date. */
  dated?: { line: number; date: string };
  /** Who wrote or decided it, as its head names them (`Prepared by: …`). */
  authors?: string[];
  /** Its `dated` line is the report's own date, before any other date line of its text (a form's `Date of Report`). */
  filed?: boolean;
  /** Its title is a letter's subject line (`RE: …`), kept as the letter types it, capitals and all. */
  subjectLine?: boolean;
}

/**
 * A regulator's or court's document: a caption naming the body (`BEFORE THE … COMMISSION`, or the body's name under
 * `UNITED STATES OF AMERICA`), the matter and its docket, then the document's title in capitals (`ORDER GRANTING …`).
 * The caption and the matter are no headline and no text; the body is the outlet, the title the headline. Its date is
 * an `(Issued …)` line's (a date line), else its closing line's (`MADE and ENTERED … on September 18, 2025.`).
 */
export function readOfficialDocument(lines: Line[], from: number): OfficialDocument | undefined {
  return (
    readNewsServiceAnnouncement(lines, from) ??
    readKoProceedingsPaper(lines, from) ??
    readKoRuledCompanyTitle(lines, from) ??
    readKoIssuedNotice(lines, from) ??
    readKoBodyNotice(lines, from) ??
    readLegislatureTranscript(lines, from) ??
    readRunningHeadDocument(lines, from) ??
    readKoBodyMinutes(lines, from) ??
    readExchangePage(lines, from) ??
    readLeaderedDisclosure(lines, from) ??
    readMinistryInstrument(lines, from) ??
    readWrittenQuestion(lines, from) ??
    readCourtCaption(lines, from) ??
    readEnOfficialDocument(lines, from) ??
    readGazetteIssuance(lines, from) ??
    readSecCover(lines, from) ??
    readCurrentReport(lines, from) ??
    readOfficialJournal(lines, from) ??
    readItemizedReport(lines, from) ??
    readDartTitle(lines, from) ??
    readKoDisclosureHead(lines, from) ??
    readRegulatedRelease(lines, from) ??
    readMinisterLetter(lines, from) ??
    readHellenicDecision(lines, from) ??
    readCaptionNote(lines, from) ??
    readTedNotice(lines, from) ??
    readKoGazette(lines, from) ??
    readGazetteMasthead(lines, from) ??
    readGazetteNotice(lines, from) ??
    readKoPeriodicReport(lines, from) ??
    readPublishedProceedings(lines, from) ??
    readProspectusCover(lines, from) ??
    readPricingSupplement(lines, from) ??
    readEventSession(lines, from) ??
    readProjectInformationDocument(lines, from) ??
    readAgencyResolution(lines, from) ??
    readCouncilResolution(lines, from) ??
    readKoWrittenAnswer(lines, from) ??
    readKoMemberReport(lines, from) ??
    readKoPetitionAnswer(lines, from) ??
    readKoDispatch(lines, from) ??
    readKoFormNotice(lines, from) ??
    readKoOfficialDocument(lines, from) ??
    readKoDisclosedRecord(lines, from) ??
    readColumnLetterhead(lines, from) ??
    readLetterheadDocument(lines, from) ??
    readSubjectLetter(lines, from) ??
    readExchangeAnnouncement(lines, from) ??
    readRegulatoryNewsGrid(lines, from) ??
    readBodyLetterhead(lines, from) ??
    readMottoLetterhead(lines, from) ??
    readMinistryNote(lines, from) ??
    readKoReviewReport(lines, from) ??
    readKoCreditReport(lines, from) ??
    readReachLetterhead(lines, from)
  );
}

/** A box or plain rule across a plain text (`════`, `────`, `====`). */
const BOX_RULE = /^\s*(?:═{10,}|─{10,}|━{10,}|={10,}|-{10,})\s*$/;
/** A company's name with its legal form as Korean writes it (`㈜주왕파워셀`, `주식회사 동악쿨링`, `사인암파워텍(주)`). */
const KO_COMPANY_LINE =
  /^(?:㈜|\(주\)\s?|주식회사\s)([가-힣A-Za-z0-9&]{2,20})$|^([가-힣A-Za-z0-9&]{2,20})(?:㈜|\s?\(주\)|\s주식회사)$/;

/**
 * A company's record set between two rules at its head, its title over the company's name with its legal form
 * (`2026년 제4분기 정기 노사협의회 회의록` / `㈜주왕파워셀`): the company's (its name without the form), headed by the title
 * alone; its day is its own lines' (the meeting's `일 시 :`).
 */
function readKoRuledCompanyTitle(lines: Line[], from: number): OfficialDocument | undefined {
  const k = nextNonBlank(lines, from);
  if (k >= lines.length || !BOX_RULE.test(lines[k].t)) return undefined;
  const own: number[] = [];
  let j = k + 1;
  for (; j < lines.length && j <= k + 4 && !BOX_RULE.test(lines[j].t); j++) if (lines[j].t.trim()) own.push(j);
  if (j >= lines.length || !BOX_RULE.test(lines[j].t) || own.length !== 2) return undefined;
  const title = lines[own[0]].t.trim();
  const company = KO_COMPANY_LINE.exec(lines[own[1]].t.trim());
  if (!company || title.length > 80 || /[.!?]$/.test(title) || !/[가-힣]/.test(title)) return undefined;
  lines[k].furniture = lines[own[1]].furniture = lines[j].furniture = true;
  return { body: (company[1] ?? company[2]).trim(), titleLine: own[0], title };
}

/** A notice's kind set out in spaced letters (`가  정  통  신  문`, `안 내 문`, `공  문`). */
const KO_SPACED_KIND = /^[가-힣](?:\s+[가-힣]){1,6}$/;
/** A notice's number and issue day (`제2026-87호        발행일: 2026. 10. 28.`). */
const KO_ISSUE_DAY = /(?:^|\s)(?:발행일|발송일|시행일|발행)\s*[:：]?\s*(\S.{5,30})$/;
/** An issuer's line: its name (a school, an office, a body), then its unit or contact after a run of spaces. */
const KO_ISSUER_LINE = /^([가-힣]{2,20}(?:학교|학원|교육청|교육지원청|센터|재단|협회|조합|청|원|회))(?:\s{2,}|\s*$)/;

/**
 * A notice as a school or a public body issues it (a 가정통신문): its motto between rules at the top, its kind in spaced
 * letters (`가  정  통  신  문`), its number and issue day (`제2026-87호  발행일: 2026. 10. 28.`), the issuer with its unit
 * and telephone (`안면바다공업고등학교  취업지원부  (☎ …)`), then its title (`제목: …`). The issuer is the outlet, the
 * issue day the date, the title the headline; the motto, the kind and the issuer's lines are no text.
 */
function readKoIssuedNotice(lines: Line[], from: number): OfficialDocument | undefined {
  let k = nextNonBlank(lines, from);
  const head: number[] = [];
  // (the motto between two rules over it)
  if (k < lines.length && BOX_RULE.test(lines[k].t)) {
    const a = nextNonBlank(lines, k + 1),
      b = nextNonBlank(lines, a + 1);
    if (b >= lines.length || !BOX_RULE.test(lines[b].t) || lines[a].t.trim().length > 60) return undefined;
    head.push(k, a, b);
    k = nextNonBlank(lines, b + 1);
  }
  if (k >= lines.length || !KO_SPACED_KIND.test(lines[k].t.trim())) return undefined;
  head.push(k);
  let body: string | undefined, dated: { line: number; date: string } | undefined;
  for (const j of nonBlankFrom(lines, k + 1, 6)) {
    const t = lines[j].t.trim();
    const title = /^제\s?목\s*[:：]\s*(\S.{1,120})$/.exec(t);
    if (title) {
      if (!body || !dated) return undefined;
      for (const q of head) lines[q].furniture = true;
      return { body, titleLine: j, title: title[1].trim(), dated, filed: true };
    }
    const issued = KO_ISSUE_DAY.exec(t);
    const day = issued ? findDate(issued[1]) : undefined;
    if (day && day.index === 0 && !dated) {
      dated = { line: j, date: day.iso };
      head.push(j);
      continue;
    }
    const issuer = KO_ISSUER_LINE.exec(t);
    if (issuer && !body) {
      body = issuer[1];
      head.push(j);
      continue;
    }
    // (the issuer's address under it)
    if (body && t.length <= 80 && !/[.!?]$/.test(t)) {
      head.push(j);
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** A body's name alone on a line (`이월면 상가번영회`, `솔빛초등학교 학부모회`, `○○아파트 입주자대표회의`). */
const KO_BODY_LINE =
  /^[가-힣][가-힣·]{0,14}(?:\s[가-힣·()]{1,15}){0,3}(?:회|협회|연합회|협의회|조합|위원회|대표회의|사무국)$/;
/**
 * A body's notice to its members (a traders' association's, a parents' council's): its title on the first line (a
 * rubric's tag before it, `[공지]`), the body's name alone on the line under it, the day alone under that (`2026년 10월
 * 19일(월)`). The body is the outlet, that day the date, the title the headline; the two lines under it are no text.
 */
function readKoBodyNotice(lines: Line[], from: number): OfficialDocument | undefined {
  const [k, a, b] = nonBlankFrom(lines, from, 3);
  if (b === undefined) return undefined;
  const title = lines[k].t.trim(),
    body = lines[a].t.trim(),
    day = lines[b].t.trim();
  if (title.length > 120 || /[.!?。]$/.test(title) || !/[가-힣]/.test(title)) return undefined;
  if (body.length > 40 || !KO_BODY_LINE.test(body)) return undefined;
  // (the day alone, its weekday in brackets after it)
  const d = day.length <= 24 ? findDate(day) : undefined;
  if (!d || d.index !== 0 || !/^\s*(?:[(（][월화수목금토일][)）])?\s*$/.test(day.slice(d.length))) return undefined;
  lines[a].furniture = true;
  lines[b].furniture = true;
  return { body, titleLine: k, dated: { line: b, date: d.iso }, filed: true };
}

/** A minutes' recorder's line at its foot (`작성자(경리주임)      송 하 나`, `작성자 : 송하나`), the name letter-spaced or not. */
const KO_MINUTES_WRITER = /^작성자(?:\s?\([^()]{1,12}\))?\s*[:：]?\s+((?:[가-힣]\s{1,2}){1,3}[가-힣]|[가-힣]{2,4})$/;
/**
 * A body's minutes of its own meeting (an apartment's residents' council, a club's board): the body's name alone on the
 * first line, the minutes' title under it (`2026년도 제11차 정기회의 회의록`). The body is the outlet, the title the
 * headline; its recorder (`작성자(경리주임) 송 하 나` at its foot) writes it, not the chair and auditor who sign it.
 */
function readKoBodyMinutes(lines: Line[], from: number): OfficialDocument | undefined {
  const [a, k] = nonBlankFrom(lines, from, 2);
  if (k === undefined) return undefined;
  const body = lines[a].t.trim(),
    title = lines[k].t.trim();
  if (body.length > 40 || !KO_BODY_LINE.test(body)) return undefined;
  if (title.length > 80 || !/회의록$/.test(title.replace(/\s+/g, ''))) return undefined;
  lines[a].furniture = true;
  let writer: string | undefined;
  for (let j = lines.length - 1; j > k && j >= lines.length - 40; j--) {
    const m = KO_MINUTES_WRITER.exec(lines[j].t.trim());
    if (m) {
      writer = m[1].replace(/\s+/g, '');
      break;
    }
  }
  // (the meeting's day, its `1. 일    시 : 2026년 11월 12일(목) 19:30 ~ 21:05` line under the title)
  let dated: { line: number; date: string } | undefined;
  for (const j of nonBlankFrom(lines, k + 1, 4)) {
    const m = /^(?:\d{1,2}\.\s*|[○◦ㅇ□■-]\s*)?일\s*시\s*[:：]\s*(\S.{5,60})$/.exec(lines[j].t.trim());
    const d = m ? findDate(m[1]) : undefined;
    if (d && d.index === 0) {
      dated = { line: j, date: d.iso };
      break;
    }
  }
  return { body, titleLine: k, title, dated, authors: writer ? [writer] : [] };
}

/** A society's proceedings line over a paper: the society, the year's meeting and its proceedings, the pages, the day. */
const KO_PROCEEDINGS =
  /^([가-힣A-Za-z][^*_|]{1,40}?(?:학회|협회|학술원|연구회|연구원))\s+(?:19|20)\d\d년도?\s[^*_|]{0,40}?(?:논문집|학술대회|학술발표대회|proceedings)(?![A-Za-z])[^*_|]{0,120}$/i;
/** A paper's writers on one line, a Korean name's syllables set apart as a cover sets them, each with its mark. */
const KO_PAPER_NAME = /^([가-힣](?:\s?[가-힣]){1,3})\s?[*†‡¹²³\d]*$/;

/**
 * A paper as a society's proceedings print it (a text extracted from them): the proceedings' line (`한국데이터센터설비학회
 * 2026년도 추계학술발표대회 논문집 제12권 제2호, pp.213~216, 2026. 11. 20.`), the paper's title over one or more lines,
 * its subtitle after a dash (`- 파푸아뉴기니·마다가스카르 캠퍼스 사례 -`), its title in English, its writers with their
 * affiliations' marks (`오 가 람*, 한 승 민*, 정 다 운**`). The society is the outlet, the line's day the date, the title
 * (not its subtitle nor its English one) the headline, the writers its authors; the head is no text.
 */
function readKoProceedingsPaper(lines: Line[], from: number): OfficialDocument | undefined {
  const k = nextNonBlank(lines, from);
  const t = k < lines.length ? lines[k].t.trim() : '';
  const society = t.length <= 200 ? KO_PROCEEDINGS.exec(t)?.[1] : undefined;
  if (!society) return undefined;
  // (the day the proceedings' line ends with, after its volume and pages)
  let day: string | undefined;
  for (let at = 0, d = findDate(t); d; at += d.index + d.length, d = findDate(t.slice(at))) day = d.iso;
  if (!day) return undefined;
  const head: number[] = [k];
  const titled: number[] = [];
  let j = nextNonBlank(lines, k + 1);
  for (; j < lines.length && lines[j].t.trim() !== '' && titled.length < 3; j++) {
    const u = lines[j].t.trim();
    if (/^[-–—]\s/.test(u) || u.length > 80 || /[.!?]$/.test(u)) break;
    titled.push(j);
  }
  if (!titled.length) return undefined;
  const title = titled.map((x) => lines[x].t.trim()).join(' ');
  let authors: string[] | undefined;
  for (let n = j, seen = 0; n < lines.length && seen < 8; n++) {
    const u = lines[n].t.trim();
    if (u === '') continue;
    seen++;
    if (isProseLine(u) && u.length > 80) break;
    head.push(n);
    const names = u.split(/\s*,\s*/).map((x) => KO_PAPER_NAME.exec(x.trim())?.[1].replace(/\s/g, ''));
    if (names.length >= 1 && names.every(Boolean)) {
      authors = names as string[];
      // (the affiliations' line under the names, its marks leading: `*㈜만리포테크 설계팀, **…`)
      const a = nextNonBlank(lines, n + 1);
      if (a < lines.length && a - n <= 1 && /^[*†‡¹²³]/.test(lines[a].t.trim())) head.push(a);
      break;
    }
  }
  if (!authors) return undefined;
  for (const x of [...head, ...titled.slice(1)]) lines[x].furniture = true;
  return { body: society, titleLine: titled[0], title, authors, dated: { line: k, date: day }, filed: true };
}

/** A regulatory news service's number over an announcement (`RNS Number : 3847J`). */
const NEWS_SERVICE_NUMBER = /^(?:RNS|RIS)\s+Number\s*[:：]\s*[A-Z0-9]{3,10}$/i;

/**
 * An announcement as a regulatory news service carries it: the service's number (`RNS Number : 3847J`), the issuer's
 * name and the day, then the issuer's own head (its name as it writes it, `Danubian Fibre Networks plc`, the names it
 * defines, `("DFN", the "Company")`, the day again) over the announcement's title. The issuer is the outlet, as its
 * own head writes it; the title the headline, never the service's number; the head is no text.
 */
function readNewsServiceAnnouncement(lines: Line[], from: number): OfficialDocument | undefined {
  const at = nonBlankFrom(lines, from, 3);
  if (at.length < 3 || !NEWS_SERVICE_NUMBER.test(lines[at[0]].t.trim())) return undefined;
  let issuer = lines[at[1]].t.trim();
  const day = findDate(lines[at[2]].t.trim());
  if (issuer.length > 80 || !/^\p{Lu}/u.test(issuer) || !day || day.index !== 0) return undefined;
  const head = [...at];
  for (const j of nonBlankFrom(lines, at[2] + 1, 8)) {
    const u = lines[j].t.trim();
    const d = u.length <= 40 ? findDate(u) : undefined;
    if ((d && d.index === 0 && d.length >= u.length - 1) || /^\(.{2,160}\)$/.test(u)) {
      head.push(j);
      continue;
    }
    if (u.toLowerCase() === issuer.toLowerCase()) {
      issuer = u;
      head.push(j);
      continue;
    }
    if (u.length < 10 || u.length > 200 || /[.!?]$/.test(u)) return undefined;
    for (const q of head) lines[q].furniture = true;
    return { body: issuer, titleLine: j, title: u, dated: { line: at[2], date: day.iso }, filed: true };
  }
  return undefined;
}

/** A document's subject under its kind (`to the Government Decision No. 512 …`, `on the draft law …`). */
const KIND_SUBJECT = /^(?:to|on|of|for|concerning|regarding|about)\s\S.{5,240}$/;

/**
 * A ministry's note, report or memorandum as it heads it: the ministry's name in capitals, the place and date (a note
 * on the copy after a bar: `Chisinau, 24 June 2026 | Unofficial English version …`), the document's kind in capitals
 * (`INFORMATION NOTE`) over its subject (`to the Government Decision No. 512 of 24 June 2026 on …`). The ministry is
 * the outlet, the place's date the date, the kind with its subject the headline, as a sentence writes them
 * (`Information note to the Government Decision …`); the head is no text.
 */
function readMinistryNote(lines: Line[], from: number): OfficialDocument | undefined {
  const at = nonBlankFrom(lines, from, 4);
  if (at.length < 4) return undefined;
  const T = (i: number) => lines[at[i]].t.trim();
  if (T(0).length > 160 || !MINISTRY_CAPS.test(T(0)) || /\p{Ll}|\d/u.test(T(0))) return undefined;
  const placed = T(1).length <= 300 ? PLACE_DATED.exec(T(1).split(/\s+\|\s+/)[0]) : null;
  const day = placed ? findDate(placed[1]) : undefined;
  if (!day || !KIND_ALONE.test(T(2)) || T(3).length > 250 || !KIND_SUBJECT.test(T(3))) return undefined;
  for (let q = 0; q < 4; q++) lines[at[q]].furniture = true;
  const kind = T(2)[0] + T(2).slice(1).toLowerCase();
  return {
    body: titleCased(T(0)),
    titleLine: at[2],
    title: `${kind} ${T(3).replace(/[.;:]$/, '')}`,
    dated: { line: at[1], date: day.iso },
    filed: true,
  };
}

/** A Korean firm's report banner: its name (in Latin capitals first, perhaps), then the report's kind far to the right. */
const KO_FIRM_BANNER =
  /^(?:[A-Z][A-Z&.-]*(?:\s[A-Z][A-Z&.-]*){0,3}\s+)?((?:㈜|\(주\)|주식회사\s?)?[가-힣]{2,14}(?:㈜|\(주\)|\s?주식회사)?)\s{3,}([가-힣][가-힣 ]{2,24}(?:보고서|리포트))$/;
/** The day a report was drawn from the firm's database or issued (`조회일시 : 2026-10-27 14:22`). */
const KO_REPORT_DATE =
  /^(?:조회\s?일시|조회일|발행\s?일(?:자|시)?|작성\s?일(?:자|시)?|출력\s?일시)\s*[:：]\s*(\S.{5,20}?)(?:\s{2,}|$)/;
/** Its writer signing it, the post before the name (`평가역 : 서경민  (기업평가2팀)`), not the one who reviewed it (`검토역`). */
const KO_RATER = /^(?:평가역|담당\s?평가역|분석역|작성자)\s*[:：]\s*([가-힣]{2,4})(?:\s|$)/;

/**
 * A Korean credit bureau's or rater's report on a firm, its banner in a box (`HANBIT CREDIT  한빛신용정보㈜    기업정보
 * 요약보고서`), the day it was drawn under it (`조회일시 : 2026-10-27 14:22`): the bureau's (its name without its legal
 * form), headed by the report's kind, dated by that day, written by its rater signing it at the end (`평가역 : …`).
 */
function readKoCreditReport(lines: Line[], from: number): OfficialDocument | undefined {
  const at: number[] = [];
  for (let j = from; j < lines.length && at.length < 5; j++) {
    const t = lines[j].t.replace(/[│┃║|]/g, '').trim();
    if (t !== '' && !/^[─━═┌┐└┘┏┓┗┛╔╗╚╝+\s-]+$/.test(t)) at.push(j);
  }
  if (at.length < 3) return undefined;
  const banner = KO_FIRM_BANNER.exec(lines[at[0]].t.replace(/[│┃║|]/g, '').trim());
  if (!banner) return undefined;
  let date: string | undefined,
    dateLine = -1;
  for (const j of at.slice(1, 4)) {
    const m = KO_REPORT_DATE.exec(lines[j].t.trim());
    const d = m ? findDate(m[1]) : undefined;
    if (d) {
      date = d.iso;
      dateLine = j;
      break;
    }
  }
  if (!date) return undefined;
  let author: string | undefined;
  for (let j = lines.length - 1; j > dateLine && j >= lines.length - 40 && !author; j--)
    author = KO_RATER.exec(lines[j].t.trim())?.[1];
  lines[at[0]].furniture = true;
  lines[dateLine].furniture = true;
  return {
    body: banner[1].replace(/㈜|\(주\)|주식회사/g, '').trim(),
    titleLine: at[0],
    title: banner[2].replace(/\s+/g, ' '),
    dated: { line: dateLine, date },
    authors: author ? [author] : undefined,
    filed: true,
  };
}

/** A bill's number at a Korean local council's report's head (`의안번호  제 1184 호`, `의안번호 1184`). */
const KO_BILL_NO = /^의안\s?번호\s*[:：]?\s*(?:제\s*)?\d{1,6}\s*호?$/;
/** A committee's report on a bill, by its title's last word (`… 동의안 검토보고서`, `… 조례안 심사보고서`). */
const KO_REVIEW_TITLE = /^\S.{3,80}\s?(?:검토|심사)\s?보고서$/;
/** The report's writer under its date: the committee, the post, the name, its syllables perhaps set apart (`경제도시위원회 전문위원  최 윤 희`). */
const KO_REVIEWER = /^([가-힣]{2,20}위원회)\s+(?:수석)?전문위원\s+((?:[가-힣]\s?){2,4})$/;
/** Who submitted the bill (`제 출 자 : 영주시장`): a local government's head, whose council reviews it. */
const KO_SUBMITTER =
  /제\s*출\s*자\s*[:：]\s*([가-힣]{1,10}(?:특별자치도|특별자치시|광역시|특별시|시|군|구|도))(?:장|수|청장|지사)(?:\s|$)/;

/**
 * A Korean local council's committee report on a bill: the bill's number at its head (`의안번호  제 1184 호`), the
 * title (`영주시 투자유치 보조금 지원 동의안 검토보고서`) with its subtitle under it (`- … -`), the date (`2026. 9. 15.`) and
 * the committee's specialist who wrote it (`경제도시위원회 전문위원  최 윤 희`). The council whose committee it is issues
 * it, named by the government whose head submitted the bill (`제 출 자 : 영주시장`: 영주시의회); the title is the headline,
 * not the bill's number.
 */
function readKoReviewReport(lines: Line[], from: number): OfficialDocument | undefined {
  const at = nonBlankFrom(lines, from, 6);
  if (at.length < 4 || !KO_BILL_NO.test(lines[at[0]].t.trim())) return undefined;
  const title = lines[at[1]].t.trim().replace(/\s+/g, ' ');
  if (!KO_REVIEW_TITLE.test(title)) return undefined;
  let date: string | undefined,
    dateLine = -1,
    author: string | undefined,
    last = 1;
  for (let i = 2; i < at.length; i++) {
    const t = lines[at[i]].t.trim();
    if (i === 2 && /^[-–—]\s.{2,80}\s[-–—]$/.test(t)) {
      last = i;
      continue;
    }
    const d = !date && t.length <= 20 ? findDate(t) : undefined;
    if (d) {
      date = d.iso;
      dateLine = at[i];
      last = i;
      continue;
    }
    const w = KO_REVIEWER.exec(t);
    if (w) {
      author = w[2].replace(/\s/g, '');
      last = i;
    }
    break;
  }
  // (the council: the submitter's government's, else the government the title opens on, `영주시 …`)
  let place: string | undefined;
  for (let j = at[last] + 1; j < lines.length && j <= at[last] + 30 && !place; j++)
    place = KO_SUBMITTER.exec(lines[j].t)?.[1];
  place ??= /^([가-힣]{1,10}(?:광역시|특별시|시|군|구|도))\s/.exec(title)?.[1];
  if (!place) return undefined;
  for (let i = 0; i <= last; i++) lines[at[i]].furniture = true;
  return {
    body: `${place}의회`,
    titleLine: at[1],
    title,
    dated: date ? { line: dateLine, date } : undefined,
    authors: author ? [author] : undefined,
    filed: !!date,
  };
}

/** A state's formal name in capitals at a letterhead's top (`KINGDOM OF CAMBODIA`, `SOCIALIST REPUBLIC OF VIET NAM`). */
const MOTTO_STATE =
  /^(?:THE\s+)?(?:[A-Z'’]+\s+){0,3}(?:REPUBLIC|R[EÉ]PUBLIQUE|REP[UÚ]BLICA|KINGDOM|ROYAUME|REINO|SULTANATE|EMIRATE|PRINCIPALITY|FEDERATION)(?:\s+(?:OF|DU|DE|DE\s+LA|DEL|DES)\s+(?:THE\s+)?[A-Z][A-Z '’-]{1,40})?$/;
/** The state's motto under it, its words set apart by wide spaces, dashes or commas (`NATION  RELIGION  KING`). */
const STATE_MOTTO = /^\p{Lu}\p{L}+(?:(?:\s{2,}|\s*[–—-]\s*|,\s*)\p{Lu}\p{L}+){1,5}$/u;
/** A place and a date closing up a letterhead's head (`Phnom Penh, 19 May 2026`). */
const PLACE_DATED = /^\p{Lu}[\p{L} .'’-]{1,30},\s+(\S.{5,30})$/u;
/** A document's kind in capitals, alone (`ANNOUNCEMENT`, `DECISION`, `PRAKAS`). */
const KIND_ALONE = /^[A-Z]{4,20}(?:\s[A-Z]{2,20}){0,2}$/;

/**
 * A public body's document under its state's letterhead with the state's motto (`KINGDOM OF CAMBODIA` / `NATION
 * RELIGION KING` / `***`), then the body's name in capitals (its board or department under it), its reference number,
 * the place and date (`Phnom Penh, 19 May 2026`), then the document's kind in capitals (`ANNOUNCEMENT`) over its subject
 * (`on the Registration of …`). The body is the outlet (not the state, nor the motto), the kind with its subject the
 * headline, the place's date the date; the units under the body are no writer. (A translation's note above it, in
 * brackets, is no part of the head.)
 */
function readMottoLetterhead(lines: Line[], from: number): OfficialDocument | undefined {
  const at: number[] = [];
  for (let j = from; j < lines.length && at.length < 14; j++) {
    const t = lines[j].t.trim();
    if (t === '' || (at.length === 0 && /^\[[^\]]{5,200}\]$/.test(t))) continue;
    at.push(j);
  }
  if (at.length < 6) return undefined;
  const T = (i: number) => lines[at[i]].t.trim();
  if (T(0).length > 60 || !MOTTO_STATE.test(T(0)) || T(1).length > 80 || !STATE_MOTTO.test(T(1))) return undefined;
  let i = 2;
  if (/^[*~=_-]{1,20}$/.test(T(i).replace(/\s+/g, ''))) i++;
  const caps = (t: string) => t.length >= 6 && t.length <= 90 && !/\p{Ll}|\d/u.test(t) && /\p{Lu}{3}/u.test(t);
  let bodyAt = i;
  while (i < at.length && i < bodyAt + 3 && caps(T(i)) && !MOTTO_STATE.test(T(i))) i++;
  if (i === bodyAt) return undefined;
  // (a letterhead in two languages, one column after the other as a copy gives them: the state, its motto and the body
  // again, `REPUBLIC OF CAMEROON` / `Peace – Work – Fatherland` / `KRIBI INDUSTRIAL PORT ZONE AUTHORITY`: the body as
  // the text names it, in its own language)
  if (i + 2 < at.length && MOTTO_STATE.test(T(i)) && T(i + 1).length <= 80 && STATE_MOTTO.test(T(i + 1))) {
    let j = i + 2;
    if (j < at.length && /^[*~=_-]{1,20}$/.test(T(j).replace(/\s+/g, ''))) j++;
    const second = j;
    while (j < at.length && j < second + 3 && caps(T(j))) j++;
    if (j === second) return undefined;
    const inText = (b: number) => /\p{Ll}/u.test(casedInLines(T(b), lines.slice(at[at.length - 1])));
    if (inText(second) || !inText(bodyAt)) bodyAt = second;
    i = j;
  }
  let date: string | undefined,
    dateLine = -1,
    kindAt = -1;
  for (; i < at.length; i++) {
    const t = T(i);
    const p = t.length <= 60 ? PLACE_DATED.exec(t) : null;
    const d = p ? findDate(p[1]) : undefined;
    if (d && !date) {
      date = d.iso;
      dateLine = at[i];
      continue;
    }
    if (/^(?:No|Ref|N[°º])\.?\s*[:：]?\s*\S{2,40}(?:\s\S{2,20}){0,2}$/.test(t)) continue;
    if (date && KIND_ALONE.test(t)) kindAt = i;
    break;
  }
  if (kindAt < 0 || !date) return undefined;
  // (a release's mark, `PRESS RELEASE`, over its headline: the headline)
  const headed = kindAt + 1 < at.length && isPressReleaseMark(T(kindAt)) ? T(kindAt + 1) : '';
  if (headed && headed.length <= 250 && isHeadlineLike(headed) && !/[.!?]$/.test(headed)) {
    for (let q = 0; q <= kindAt; q++) lines[at[q]].furniture = true;
    return {
      body: casedInLines(T(bodyAt), lines),
      titleLine: at[kindAt + 1],
      title: headed,
      dated: { line: dateLine, date },
      filed: true,
    };
  }
  const kind = titleCased(T(kindAt));
  // (its subject on the line under the kind: `on the Registration of …`, joined to it as a reader writes it)
  const sub = kindAt + 1 < at.length && at[kindAt + 1] === at[kindAt] + 1 ? T(kindAt + 1) : '';
  const subject = sub.length <= 160 && !/[.!?;:]$/.test(sub) && /^(?:on|of|concerning|regarding|about)\s/i.test(sub);
  const last = subject ? kindAt + 1 : kindAt;
  for (let q = 0; q <= last; q++) lines[at[q]].furniture = true;
  return {
    body: casedInLines(T(bodyAt), lines),
    titleLine: at[kindAt],
    title: subject ? `${kind} ${sub.replace(/^(?:On|Of|Concerning|Regarding|About)\s/, (w) => w.toLowerCase())}` : kind,
    dated: { line: dateLine, date },
    filed: true,
  };
}

/** A court as its caption names it in capitals (`IN THE HIGH COURT OF THE UNITED REPUBLIC OF TANZANIA`, `THE HIGH COURT`). */
const COURT_CAPTION = /^(IN\s+)?((?:THE\s+)?(?:[A-Z][A-Z'’-]*\s+){0,4}COURT(?:\s+OF\s+[A-Z][A-Z .,'’-]{1,60})?)$/;
/** A state's formal name after `OF` (`THE UNITED REPUBLIC OF`, `THE KINGDOM OF`): its short name is what follows. */
const STATE_FORMAL =
  /\bOF\s+(?:THE\s+)?(?:(?:UNITED|FEDERAL|DEMOCRATIC|ISLAMIC|SOCIALIST|PEOPLE'?S)\s+)*(?:REPUBLIC|KINGDOM)\s+OF\s+/;
/** A court's division or registry under its name (`(LAND DIVISION)`, `AT DAR ES SALAAM`). */
const COURT_DIVISION = /^\(([A-Z][A-Z .&'’-]{2,50}(?:DIVISION|REGISTRY|SECTION|BENCH))\)$/;
const COURT_REGISTRY = /^AT\s+[A-Z][A-Z .'’-]{2,40}$/;
/** The matter's name and number on its own line (`MISCELLANEOUS LAND APPLICATION NO. 512 OF 2026`, `CIVIL CASE NO. 14 OF 2026`). */
const COURT_MATTER =
  /^(?:[A-Z]+\s+){0,4}(?:APPLICATION|CASE|CAUSE|APPEAL|PETITION|SUIT|REVISION|REFERENCE|APPLICATION)\s+NO\.?\s*\d{1,6}\s+OF\s+(?:19|20)\d\d$/;
/** A party's role set to the right of its name, or on its own line under it (`APPLICANT`, `1ST RESPONDENT`, `NOTICE PARTIES`). */
const PARTY_ROLE =
  /(?:^|\s{2,}|\.{3,}\s*)(?:\d(?:ST|ND|RD|TH)\s+)?(?:APPLICANTS?|RESPONDENTS?|PLAINTIFFS?|DEFENDANTS?|APPELLANTS?|PETITIONERS?|CLAIMANTS?|NOTICE\s+PART(?:Y|IES))$/;
/** A judgment's line naming its judge and the day it was given (`JUDGMENT of Ms. Justice Orla Breheny delivered on …`). */
const JUDGMENT_LINE =
  /^(?:JUDGMENT|JUDGEMENT|RULING|DECISION)\s+of\s+(?:the\s+)?(?:(?:Mr|Ms|Mrs|Madam|Hon)\.?\s+)?(?:Justice|Judge)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+(?:delivered|given|handed\s+down)\s+on\s+(.{6,40})$/u;
/** A legal form a party's name ends in, kept in capitals (`CLG`, `DAC`, `PLC`). */
const PARTY_FORM = /\s(?:Clg|Dac|Plc|Llc|Llp|Ulc|Uc|Nv|Bv|Ag|Se|Ab|Asa)$/;

/**
 * A court's document under its caption: the court in capitals (`IN THE HIGH COURT OF THE UNITED REPUBLIC OF TANZANIA`,
 * `THE HIGH COURT`), its division in brackets under it (`(LAND DIVISION)`, kept) and its registry (`AT DAR ES SALAAM`),
 * then the matter and the parties. The court is its outlet, named as a reader names it (`In the` aside, a state by its
 * short name: `High Court of Tanzania (Land Division)`). A filing is headed by its matter's name and number on a line of
 * its own (`Miscellaneous Land Application No. 512 of 2026`); a judgment, naming none, by its parties (`Shannon Estuary
 * Residents Alliance CLG v An Coimisiún Pleanála`: the first on each side of `AND`/`VERSUS`, its role aside). A judgment
 * is dated by the day it was delivered and written by its judge (`JUDGMENT of Ms. Justice Orla Breheny delivered on the
 * 28th day of August 2026`); a filing by its `DATED at … this 20th day of July 2026` line, and drawn by whom it names:
 * the deponent of its affidavit (`I, ASHA SALUM MRISHO, … make oath`) and the advocate signing it (the name over
 * `Advocate for the Applicants`). The caption's lines are no text.
 */
function readCourtCaption(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  const first = k < lines.length && lines[k].t.length <= 120 ? COURT_CAPTION.exec(lines[k].t.trim()) : null;
  if (!first) return undefined;
  const captionAt = k;
  let court = first[2].replace(STATE_FORMAL, 'OF ');
  court = titleCased(first[1] ? court.replace(/^THE\s+/, '') : court);
  const caption = [k];
  let matter: number | undefined;
  let between = -1;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 6; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    const div = COURT_DIVISION.exec(t);
    if (div && seen === 1) {
      court += ` (${titleCased(div[1])})`;
      caption.push(j);
    } else if (COURT_REGISTRY.test(t)) caption.push(j);
    else if (COURT_MATTER.test(t) && matter === undefined) {
      matter = j;
      caption.push(j);
    } else if (/^BETWEEN$/.test(t)) {
      between = j;
      break;
    }
  }
  // The parties: the first name on each side, up to its role.
  const parties: string[] = [];
  let sideClosed = false;
  for (let j = between >= 0 ? between + 1 : (matter ?? captionAt) + 1, seen = 0; j < lines.length && seen < 16; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    if (/^(?:AND|VERSUS|V\.?|VS\.?)$/.test(t)) continue;
    if (/^[(\[]/.test(t)) continue;
    const name = t
      .replace(PARTY_ROLE, '')
      .replace(/\.{3,}$/, '')
      .trim();
    if (name && !/^[A-Z][A-ZÀ-ÖØ-Þ0-9 .,&'’()-]+$/u.test(name)) break;
    if (parties.length < 2 && name && !PARTY_ROLE.test(name)) {
      const prev = parties.length ? parties[parties.length - 1] : undefined;
      // (the next party only after the first one's role)
      if (prev === undefined || sideClosed) parties.push(name);
      sideClosed = false;
    }
    if (PARTY_ROLE.test(t)) sideClosed = true;
    if (parties.length === 2 && sideClosed) break;
  }
  const partyName = (n: string) =>
    titleCased(n)
      .replace(PARTY_FORM, (w) => w.toUpperCase())
      .replace(/^The\s+(?=.)/, 'The ');
  let title: string | undefined;
  if (matter !== undefined) title = headlineCased(lines[matter].t.trim());
  else if (parties.length === 2) title = `${partyName(parties[0])} v ${partyName(parties[1])}`;
  if (!title) return undefined;
  // The judgment's line, or the filing's closing.
  let dated: { line: number; date: string } | undefined;
  const authors: string[] = [];
  let deponent: string | undefined, advocate: string | undefined;
  for (let j = captionAt + 1; j < lines.length && j < captionAt + 400; j++) {
    const t = lines[j].t.trim();
    if (t === '' || t.length > 300) continue;
    const judged = JUDGMENT_LINE.exec(t);
    if (judged && !dated) {
      const d = findDate(judged[2]);
      if (d) dated = { line: j, date: d.iso };
      authors.push(judged[1]);
      continue;
    }
    if (!dated && /^DATED\s+at\b/i.test(t)) {
      const d = findDate(t);
      if (d) dated = { line: j, date: d.iso };
    }
    // (the oath's words may be on the line it wraps to)
    const oath = /^I,\s/.test(t) && !deponent ? `${t} ${lines[j + 1]?.t.trim() ?? ''}` : '';
    const sworn = oath
      ? /^I,\s+([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3}),\s.{0,300}?\b(?:make\s+oath|solemnly\s+affirm)/.exec(oath)
      : null;
    if (sworn) deponent = nameCased(sworn[1]);
    if (!advocate && /^advocates?\s+for\s+the\s+\p{L}+/iu.test(t)) {
      const above = lines[j - 1]?.t.trim() ?? '';
      if (/^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3}$/.test(above)) advocate = nameCased(above);
    }
  }
  if (deponent) authors.push(deponent);
  if (advocate) authors.push(advocate);
  for (const c of caption) lines[c].furniture = true;
  return {
    body: court,
    titleLine: matter ?? captionAt,
    title,
    dated,
    authors: authors.length ? authors : undefined,
    filed: !!dated,
  };
}

/** A Korean statutory form's citation over it (`■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제5호서식] <개정 …>`). */
const KO_FORM_CITATION = /^■?\s*\S.{1,80}\[별지\s?(?:제\s?)?\d{1,3}(?:호의?\d{0,2})?\s?(?:호\s?)?서식\]/;
/** A form's choice among options in brackets, one ticked (`( [ ]공개  [√]부분 공개  [ ]비공개 )`). */
const TICKED_CHOICE = /[(（]\s*((?:\[\s?[√✓✔vVxX]?\s?\]\s*[^\[\]()（）]{1,20}?\s*){2,6})[)）]/;
/** The head of a Korean public body signing its document, letter-spaced or not, its seal noted (`경  산  시  장   [직인생략]`). */
const KO_HEAD_SEAL =
  /^((?:[가-힣]\s*){2,12}?)(시\s*장|군\s*수|구\s*청\s*장|도\s*지\s*사|청\s*장|교\s*육\s*감)\s*[[(（]?\s*(?:직\s*인(?:\s*생\s*략)?|인)\s*[\])）]?$/;
const KO_HEAD_BODY: Record<string, string> = {
  시장: '시',
  군수: '군',
  구청장: '구',
  도지사: '도',
  청장: '청',
  교육감: '교육청',
};

/**
 * A Korean public body's notice on a statutory form (`[별지 제5호서식]` cited over it, the 정보공개 결정 통지서 a city sends):
 * its title, the option ticked where the title offers a choice (`정보 ( [ ]공개  [√]부분 공개  [ ]비공개 ) 결정 통지서` →
 * `정보 부분 공개 결정 통지서`); the body whose head signs it under its seal's note (`경  산  시  장   [직인생략]` → 경산시).
 * The citation is no headline and no text.
 */
function readKoFormNotice(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length || lines[k].t.length > 160 || !KO_FORM_CITATION.test(lines[k].t.trim())) return undefined;
  const citation = k;
  let titleLine = -1;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 2; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    if (
      t.length <= 100 &&
      /[가-힣]/.test(t) &&
      !/[.。]$/.test(t) &&
      !/\s{3,}\S.*\s{3,}/.test(t.replace(TICKED_CHOICE, ''))
    ) {
      titleLine = j;
      break;
    }
  }
  if (titleLine < 0) return undefined;
  const raw = lines[titleLine].t.trim();
  const choice = TICKED_CHOICE.exec(raw);
  let title = raw;
  if (choice) {
    const ticked = [...choice[1].matchAll(/\[\s?([√✓✔vVxX]?)\s?\]\s*([^\[\]]+)/g)]
      .filter((m) => m[1])
      .map((m) => m[2].trim());
    if (ticked.length !== 1) return undefined;
    title = raw.replace(choice[0], ` ${ticked[0]} `);
  }
  title = title.replace(/\s+/g, ' ').trim();
  let body: string | undefined;
  let dated: { line: number; date: string } | undefined;
  for (let j = titleLine + 1; j < lines.length && j < titleLine + 120; j++) {
    const t = lines[j].t.trim();
    if (t === '' || t.length > 60) continue;
    const seal = KO_HEAD_SEAL.exec(t);
    if (!seal) continue;
    const head = seal[2].replace(/\s+/g, '');
    body = seal[1].replace(/\s+/g, '') + KO_HEAD_BODY[head];
    for (let q = j - 1; q > titleLine && q >= j - 4; q--) {
      const u = lines[q].t.trim();
      const d = u && u.length <= 40 ? findDate(u) : undefined;
      if (d && d.index === 0) {
        dated = { line: q, date: d.iso };
        break;
      }
    }
    break;
  }
  if (!body) return undefined;
  lines[citation].furniture = true;
  return { body, titleLine, title, dated };
}

/** A public or civic body's name in capitals heading its letterhead, its short name after it or not. */
const BODY_IN_CAPITALS =
  /^([A-Z][A-Z .,&'’-]{2,80}?\s(?:COMMISSION|ASSOCIATION|COUNCIL|AUTHORITY|AGENCY|BOARD|SOCIETY|UNION|FOUNDATION|TRUST|INSTITUTE|FEDERATION|COOPERATIVE|REGULATOR))(?:\s*\(([A-Z]{2,8})\))?$/;
/** The line under it saying how the body was set up (`(Established under the … Law, 2025)`, `(Registered with …)`). */
const CONSTITUTED =
  /^\((?:established|registered|incorporated|constituted|set\s+up|created|a\s+(?:body|statutory))\b.{5,200}\)$/i;
const RULE = /^[\s=_*─━-]{10,}$/;

/** A title in capitals as a headline writes it: each word capitalized but the small ones. */
export function headlineCased(caps: string): string {
  return caps
    .toLowerCase()
    .replace(/\p{L}[\p{L}'’.]*/gu, (w, at: number, all: string) =>
      (at > 0 && all[at - 1] !== '-' && /^(?:a|an|the|of|and|or|for|on|in|to|at|by|with|from)$/.test(w)) ||
      (at > 0 && /\d/.test(all[at - 1]))
        ? w
        : w[0].toUpperCase() + w.slice(1),
    );
}

/**
 * A public or civic body's document on its letterhead (a regulator's notice, an association's press statement): its
 * name in capitals, a line saying how it was set up (`(Established under the Lagos State Electricity Market Law,
 * 2025)`), its address and contacts, a reference with the date (`Ref: … Date: 14 July 2026`), then the document's title
 * in capitals between rules. The body's (its short name after it left off); the title, its lines joined, written as a
 * headline; dated by the date field, else by the date the title gives. Its head is no text.
 */
function readBodyLetterhead(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  const name = k < lines.length ? BODY_IN_CAPITALS.exec(lines[k].t.trim()) : null;
  if (!name) return undefined;
  let j = k + 1;
  j = nextNonBlank(lines, j);
  if (j >= lines.length || !CONSTITUTED.test(lines[j].t.trim())) return undefined;
  let dated: { line: number; date: string } | undefined;
  for (let q = j + 1, seen = 0; q < lines.length && seen < 10; q++) {
    const u = lines[q].t.trim();
    if (u === '' || RULE.test(u)) continue;
    seen++;
    const field = /\bdate\s*[:：]\s*(\S.{5,30})$/i.exec(u);
    const d = field ? findDate(field[1]) : undefined;
    if (d) {
      dated = { line: q, date: d.iso };
      continue;
    }
    if (u !== u.toUpperCase() || !/\p{Lu}{3}/u.test(u) || u.split(/\s+/).length < 3 || /[:：]\s/.test(u)) {
      if (isProseLine(u)) return undefined;
      continue;
    }
    // The title: this line in capitals and those under it, to a rule or a blank line.
    const parts = [u];
    let end = q;
    for (let r = q + 1; r < lines.length && parts.length < 6; r++) {
      const v = lines[r].t.trim();
      if (v === '' || RULE.test(v) || v !== v.toUpperCase()) break;
      parts.push(v);
      end = r;
    }
    const caps = parts.join(' ').replace(/\s+/g, ' ');
    if (caps.length > 400) return undefined;
    const inTitle = dated ? undefined : findDate(caps);
    if (inTitle) dated = { line: q, date: inTitle.iso };
    for (let x = from; x <= end; x++) lines[x].furniture = true;
    return {
      body: headlineCased(name[1]),
      titleLine: q,
      title: headlineCased(caps),
      dated,
      filed: dated ? true : undefined,
    };
  }
  return undefined;
}

/** A field of a Korean form's head, its label's letters spaced out (`○ 답 변 일 자 : 2026. 10. 20.`, ` 답   변   자 │ …`). */
const KO_HEAD_FIELD = /^[○◦ㅇ□■▪·•\s]*([가-힣](?:\s{0,6}[가-힣]){1,5})\s*[:：│|]\s*(\S.{0,160})$/;
/** The official answering, by office (`전라남도지사`, `여수시장`), with the name after it or not (`전라남도지사 한정우`). */
const KO_ANSWERER =
  /^(?:([가-힣]{1,10}도)지사|([가-힣]{1,10}시)장|([가-힣]{1,10}군)수|([가-힣]{1,10}구)청장|([가-힣]{1,10})교육감)(?:\s+([가-힣]{2,4}))?$/;

/**
 * A Korean legislature's written answer to a member's question (`도정질문 서면답변서`, `서면질문 답변서`): its head's
 * fields name the answering official (`답변자 : 전라남도지사 한정우`), the answer's date (`답변일자`) and the subject
 * (`제목`, its wrapped line with it). The subject is the headline, the answer's date the date, the official named the
 * writer (an office alone names none). It is the council's where the page is the council's site (its crumb, `충청북도의회
 * > 의정활동 > …`), else the government answering (`전라남도지사` answers for 전라남도). Its head is no text.
 */
/** A Korean document's addressee field (`수신   경상남도지사(투자유치과장)`, `수신자: 내부결재`). */
const KO_ADDRESSEE = /^수\s?신(?:\s?자)?(?:\s*[:：]\s*|\s{2,}|\s(?=\S))(\S.{0,80})$/;
/** Its subject field (`제목   지방투자기업 보조금 지원 요청(…)`). */
const KO_DISPATCH_SUBJECT = /^제\s?목(?:\s*[:：]\s*|\s+)(\S.{1,150})$/;
/** Its dispatch field at the foot (`시행  투자유치과-8821  (2026. 8. 5.)`, `시행 기획예산과-123(2026.08.05.)`). */
const KO_DISPATCH_LINE = /^시\s?행(?:\s*[:：]\s*|\s+)[가-힣A-Za-z·]{1,20}\s?[-–]\s?\d{1,7}\s*\(([^()]{6,20})\)/;

/**
 * A Korean public body's dispatched letter (공문, the 시행문 every office sends in the one form the rules prescribe):
 * the body's name over it (letter-spaced, `사      천      시`; a slogan may stand above), then `수신` (whom it is
 * sent to), `(경유)`, `제목`; at its foot the sender's title, the sign-off lines and `시행  <과>-<번호> (<date>)`. The
 * body is its outlet, the subject its headline, the dispatch day its date; the head lines above the subject are no text.
 * Without the dispatch line at its foot it is not read as one.
 */
function readKoDispatch(lines: Line[], from: number): OfficialDocument | undefined {
  let to = -1;
  for (let k = from, seen = 0; k < lines.length && seen < 10; k++) {
    const t = lines[k].t.trim();
    if (t === '' || isRuleLine(t)) continue;
    seen++;
    if (KO_ADDRESSEE.test(t)) {
      to = k;
      break;
    }
  }
  if (to < 0) return undefined;
  // The subject a few lines under the addressee (a `(경유)` line between).
  let subjectAt = -1,
    title: string | undefined;
  for (let k = to + 1, seen = 0; k < lines.length && seen < 3; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    const m = KO_DISPATCH_SUBJECT.exec(t);
    if (m) {
      subjectAt = k;
      title = m[1].trim();
      break;
    }
  }
  if (subjectAt < 0 || !title) return undefined;
  // The body's name: the nearest line above the addressee, a Korean name alone (set letter-spaced or not).
  let body: string | undefined;
  for (let k = to - 1; k >= from; k--) {
    const t = lines[k].t.trim();
    if (t === '' || isRuleLine(t)) continue;
    const name = t.replace(/\s+/g, '');
    if (/^[가-힣]{2,20}$/.test(name) && (name !== t || /(?:시|군|구|도|부|처|청|원|공사|공단|위원회|회)$/.test(name)))
      body = name;
    break;
  }
  if (!body) return undefined;
  // The dispatch line among the last lines.
  let dated: { line: number; date: string } | undefined;
  for (let k = lines.length - 1, seen = 0; k > subjectAt && seen < 20; k--) {
    const t = lines[k].t.trim();
    if (t === '' || isRuleLine(t)) continue;
    seen++;
    const m = KO_DISPATCH_LINE.exec(t);
    const iso = m ? findDate(m[1])?.iso : undefined;
    if (iso) {
      dated = { line: k, date: iso };
      break;
    }
  }
  if (!dated) return undefined;
  for (let k = from; k <= subjectAt; k++) lines[k].furniture = true;
  return { body, titleLine: subjectAt, title, dated, filed: true };
}

/** A petition record's field: its label, spaces or a colon, its value (`처리기관          경상남도 거창군`, `답변일: …`). */
const KO_RECORD_FIELD = /^([가-힣](?:\s?[가-힣]){1,6})(?:\s*[:：]\s*|\s{2,})(\S.{0,200})$/;
/** A public post before a name (`주무관 하지민`, `팀장 김도윤`). */
const KO_OFFICIAL_POST =
  /^(?:주무관|사무관|서기관|주사|주사보|서기|팀장|과장|계장|담당|담당자|실무관|연구관|연구사|지도사)$/;

/**
 * A civil petition's record with its answer, as a petition portal shows it (국민신문고: `신청번호`, `신청일`, `처리기관`,
 * `처리상태` fields, the petition's `제목:`, the answer under it closing on `답변일:` and `답변자:`): the answering
 * body's (the narrowest government of `처리기관`, `경상남도 거창군` → 거창군), dated by its answer, headed by the
 * petition's title, by the official who answered (`… 투자유치팀 주무관 하지민`; an office alone names no one).
 */
function readKoPetitionAnswer(lines: Line[], from: number): OfficialDocument | undefined {
  const fields = new Map<string, { v: string; line: number }>();
  for (let k = from; k < lines.length && k < from + 400; k++) {
    const t = lines[k].t.trim();
    const m = t.length <= 220 ? KO_RECORD_FIELD.exec(t) : null;
    if (!m) continue;
    const label = m[1].replace(/\s+/g, '');
    if (!fields.has(label)) fields.set(label, { v: m[2].trim(), line: k });
  }
  const body = fields.get('처리기관');
  // (…or its title under a heading of its own, `■ 민원 제목` over the line that gives it)
  let subject = fields.get('제목');
  for (let k = from; !subject && k < lines.length && k < from + 400; k++) {
    if (!/^[■□◆◇○●▶▷]?\s*(?:민원\s?)?제\s?목$/.test(lines[k].t.trim())) continue;
    const [n] = nonBlankFrom(lines, k + 1, 1);
    const v = n === undefined ? '' : lines[n].t.trim();
    if (v && v.length <= 160 && !/^[■□◆◇○●▶▷]/.test(v)) subject = { v, line: n };
  }
  const answered = fields.get('답변일') ?? fields.get('답변일자') ?? fields.get('처리일') ?? fields.get('처리일자');
  if (
    !body ||
    !subject ||
    !answered ||
    !(fields.has('신청번호') || fields.has('접수번호') || fields.has('신청일') || fields.has('신청일자'))
  )
    return undefined;
  const day = findDate(answered.v)?.iso;
  const pieces = body.v.split(/\s+/);
  const narrowest = [...pieces]
    .reverse()
    .find((p) => /^[가-힣]{1,12}(?:특별자치도|특별자치시|특별시|광역시|도|시|군|구|부|처|청|원|위원회)$/.test(p));
  const who = fields.get('답변자')?.v.split(/\s+/) ?? [];
  const name =
    who.length >= 2 && KO_OFFICIAL_POST.test(who[who.length - 2]) && KO_PERSON.test(who[who.length - 1])
      ? who[who.length - 1]
      : undefined;
  return {
    body: narrowest ?? body.v,
    titleLine: subject.line,
    title: subject.v,
    dated: day ? { line: answered.line, date: day } : undefined,
    filed: !!day,
    authors: name ? [name] : undefined,
  };
}

function readKoWrittenAnswer(lines: Line[], from: number): OfficialDocument | undefined {
  let mark = -1;
  for (let k = from, seen = 0; k < lines.length && seen < 8; k++) {
    const t = lines[k].t.replace(/[\s┃│┏┓┗┛━─=]+/g, '');
    if (t === '') continue;
    seen++;
    if (/서면(?:질문)?답변서/.test(t) && t.length <= 40) {
      mark = k;
      break;
    }
  }
  if (mark < 0) return undefined;
  const fields = new Map<string, { line: number; value: string }>();
  let end = mark;
  for (let k = mark + 1, seen = 0; k < lines.length && seen < 16; k++) {
    const raw = lines[k].t;
    if (raw.trim() === '' || /^[\s━─=_┏┓┗┛-]+$/.test(raw)) continue;
    seen++;
    const m = KO_HEAD_FIELD.exec(raw.trim());
    if (!m) {
      if (fields.size) break;
      continue;
    }
    const label = m[1].replace(/\s+/g, '');
    let value = m[2].trim();
    end = k;
    // (the subject's words wrapped on the lines under it, set in)
    if (label === '제목')
      for (let q = k + 1; q < lines.length && lines[q].t.trim() && lines[q].ts - lines[q].start >= 6; q++) {
        if (KO_HEAD_FIELD.test(lines[q].t.trim())) break;
        value += ' ' + lines[q].t.trim();
        end = q;
      }
    fields.set(label, { line: k, value: value.replace(/\s+/g, ' ') });
  }
  const subject = fields.get('제목');
  const answered = fields.get('답변일자');
  const answerer = fields.get('답변자');
  const date = answered ? findDate(answered.value.replace(/\s+/g, '').replace(/\.$/, '')) : undefined;
  // (no subject field: the answer's own title, the line that says what it is, `제349회 해남군의회 임시회 군정질문 서면답변서`,
  // a title of its own beyond the form's name)
  const own = lines[mark].t.trim();
  const titled = !subject && !/^[\s서면질문답변서]+$/.test(own) && own.length <= 60 ? own : undefined;
  if ((!subject && !titled) || !date || !answerer) return undefined;
  const who = KO_ANSWERER.exec(answerer.value.replace(/\s*\(.*\)$/, '').trim());
  // (…and the official who drafted it for the office answering, in brackets after it, `해남군수 (기업지원과장 모정환 작성)`,
  // as a staff report's `Prepared by`)
  const drafter = /[(（][^()（）]{0,30}?([가-힣]{2,4})\s*작성[)）]$/.exec(answerer.value)?.[1];
  let body: string | undefined;
  for (let k = from; k < mark; k++) {
    const crumb = /^([가-힣]{2,12}의회)\s*>/.exec(lines[k].t.trim());
    if (crumb) body = crumb[1];
  }
  // (…or the council whose session its title names, `제349회 해남군의회 임시회 …`, the crumb over it read as a banner)
  if (!body) body = /(?:^|\s)([가-힣]{2,12}의회)(?:\s|$)/.exec(titled ?? '')?.[1];
  if (!body && who) body = who[1] ?? who[2] ?? who[3] ?? who[4] ?? `${who[5]}교육청`;
  if (!body) return undefined;
  for (let k = from; k <= end; k++) lines[k].furniture = true;
  return {
    body,
    titleLine: subject?.line ?? mark,
    title: subject?.value ?? titled!,
    dated: { line: answered!.line, date: date.iso },
    filed: true,
    authors: who?.[6] ? [who[6]] : drafter ? [drafter] : [],
  };
}

/** A council member's report's title line (`영동군의회 의원 배 정 훈  의정보고서`, the name letter-spaced or not). */
const KO_MEMBER_REPORT =
  /^([가-힣]{2,20}의회)\s+(?:의원\s+)?((?:[가-힣]\s{1,2}){1,3}[가-힣]|[가-힣]{2,4})\s*(?:의원\s+)?의정\s?(?:활동\s?)?보고서$/;
/**
 * A council member's own report to the voters (의정보고서, a leaflet he issues at his own cost): its title line names the
 * council and the member (`영동군의회 의원 배 정 훈  의정보고서`), a slogan may stand over it and the issue's number under
 * it (`2026 제2호`), and its publisher's row dates it (`발행인 배정훈 | 발행일 2026. 11. 10. | …`). The member issues it
 * and writes it: the outlet is the member as the council's (`영동군의회 의원 배정훈`), the headline the title line without
 * the issue, the date its 발행일.
 */
function readKoMemberReport(lines: Line[], from: number): OfficialDocument | undefined {
  let at = -1;
  let m: RegExpExecArray | null = null;
  for (let k = from, seen = 0; k < lines.length && seen < 8; k++) {
    const t = lines[k].t.trim();
    if (t === '' || lines[k].furniture) continue;
    seen++;
    if (t.length <= 60 && (m = KO_MEMBER_REPORT.exec(t))) {
      at = k;
      break;
    }
  }
  if (at < 0 || !m) return undefined;
  const council = m[1];
  const name = m[2].replace(/\s+/g, '');
  let dated: { line: number; date: string } | undefined;
  for (let k = at + 1, seen = 0; k < lines.length && seen < 6 && !dated; k++) {
    const t = lines[k].t.trim();
    if (t === '' || isRuleLine(t)) continue;
    seen++;
    const field = t
      .split(/\s+[|ㅣ]\s+/)
      .map((f) => /^발행\s?일(?:자)?\s*[:：]?\s*(\S.{5,20})$/.exec(f.trim())?.[1])
      .find(Boolean);
    const iso = field ? findDate(field)?.iso : undefined;
    if (iso) dated = { line: k, date: iso };
  }
  // (its head, the slogan over the title to the publisher's row, is no text)
  for (let k = from; k <= (dated?.line ?? at); k++) lines[k].furniture = true;
  return {
    body: `${council} 의원 ${name}`,
    titleLine: at,
    title: `${council} 의원 ${name} 의정보고서`,
    dated,
    filed: !!dated,
    authors: [name],
  };
}

/** An announcement's mark for its exchange, with its date beside it (`ASX ANNOUNCEMENT        24 March 2026`). */
const EXCHANGE_MARK =
  /^(?:(?:ASX|NZX|SGX|JSE|TSX|LSE|AIM|HKEX|NSX)\s+(?:ANNOUNCEMENT|RELEASE|MARKET\s+RELEASE)|(?:MARKET|COMPANY)\s+ANNOUNCEMENT|ANNOUNCEMENT\s+TO\s+(?:THE\s+)?(?:ASX|NZX|SGX|JSE|TSX|LSE|MARKET))\b\s*(.*)$/i;

/**
 * A listed company's announcement to its exchange (an ASX release): the company's name in capitals with its legal form
 * heading its letterhead, its registration number, address and contacts under it, the exchange's mark with the date
 * (`ASX ANNOUNCEMENT   24 March 2026`), then its headline in capitals. The company's; the headline written as its own
 * text writes the words (`KALVARRA SIGNS 20-YEAR POWER PURCHASE AGREEMENT …` is `Kalvarra signs 20-year Power Purchase
 * Agreement …`), never the registration line (`ABN 48 612 904 377`). Its head is no text.
 */
/** A field of a regulatory news service's grid, its label set apart from its value by spaces (`Headline   …`). */
const RNS_FIELD =
  /^(company(?:\s+name)?|issuer|tidm|trading\s+(?:code|symbol)|ticker|isin|lei|headline|released|release\s+time|category|number|rns\s+number|announcement\s+type|source)(?:\s*[:：]\s*|\s{2,})(\S.*)$/i;

/**
 * An announcement as a regulatory news service carries it (an exchange's RNS: `RNS Number : 0417C`, then its grid of
 * fields, `Company`, `TIDM` or `Trading code`, `ISIN`, `Headline`, `Released`, `Category`, each label and its value apart
 * on a line): the company's announcement, its `Headline` field the headline, dated by `Released` when its date is
 * there (else by the dates above it, as read). The service's banner above the grid and the grid are no text.
 */
function readRegulatoryNewsGrid(lines: Line[], from: number): OfficialDocument | undefined {
  let company: string | undefined, headline: string | undefined, released: string | undefined;
  let titleLine = -1,
    end = -1,
    run = 0;
  for (let k = from, seen = 0; k < lines.length && seen < 24; k++) {
    const t = lines[k].t.trim();
    if (t === '') {
      if (run >= 3) break;
      continue;
    }
    seen++;
    const f = RNS_FIELD.exec(t);
    if (!f) {
      if (run >= 3) break;
      run = 0;
      continue;
    }
    run++;
    end = k;
    const label = f[1].toLowerCase();
    const v = f[2].trim();
    if (/^(?:company|issuer)/.test(label)) company ??= v;
    else if (label === 'headline') {
      headline ??= v;
      titleLine = k;
    } else if (/^release/.test(label)) released ??= findDate(v)?.iso;
  }
  if (!company || !headline || run < 3 || company.length > 80 || headline.length > 200) return undefined;
  for (let x = from; x <= end; x++) lines[x].furniture = true;
  return {
    body: company,
    titleLine,
    title: headline,
    dated: released ? { line: titleLine, date: released } : undefined,
  };
}

/** A field of an exchange's page for an issuer's announcement (`Issuer:   …`, `Published:   …`, `Ticker:   …`). */
const EXCHANGE_PAGE_FIELD =
  /^(issuer|company|emitente|listed\s+company|published|publication\s+date|date\s+published|released|ticker|symbol|stock\s+code|market|announcement\s+type|type|category|ref\.?|reference|document|attachments?|language|isin|subject|title|headline)\s*:\s+(\S.*)$/i;
/** The kind of announcement, alone on its line over the title (`COMMUNIQUÉ`, `MATERIAL FACT`, `FACTO RELEVANTE`). */
const ANNOUNCEMENT_KIND =
  /^(?:COMMUNIQU[ÉE](?:\s+DE\s+PRESSE)?|MATERIAL\s+FACT|FACTO\s+RELEVANTE|FATO\s+RELEVANTE|HECHO\s+RELEVANTE|(?:MARKET|COMPANY|STOCK\s+EXCHANGE)?\s*ANNOUNCEMENT|PRICE[\s-]SENSITIVE\s+(?:INFORMATION|ANNOUNCEMENT)|PRESS\s+RELEASE|CAUTIONARY\s+(?:ANNOUNCEMENT|STATEMENT)|NOTICE|DISCLOSURE|INSIDE\s+INFORMATION)$/;

/** Two readings of a day written `10/07/2026`: day first, month first. */
function numericReadings(v: string): string[] {
  const m = /\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b/.exec(v);
  if (!m) return [];
  const iso = (d: number, mo: number) =>
    mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(+m[3], mo, 0)).getUTCDate()
      ? `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
      : undefined;
  return [...new Set([iso(+m[1], +m[2]), iso(+m[2], +m[1])].filter((x): x is string => !!x))];
}

/**
 * A day a field writes in figures: as written when one reading only holds (`12-Mar-2026`, `24/07/2026`); of the two
 * readings of `10/07/2026`, the one nearest a day the text writes out in words (`On 9 July 2026 the Company …`).
 */
function fieldDay(v: string, lines: Line[], from: number): string | undefined {
  const readings = numericReadings(v);
  if (readings.length !== 2) return readings[0] ?? findDate(v)?.iso;
  const days = (iso: string) => Date.parse(iso) / 86400000;
  let best: { iso: string; gap: number } | undefined;
  for (let k = from; k < lines.length && k < from + 80; k++) {
    const t = lines[k].t;
    if (!/\p{L}{3}/u.test(t) || !HAS_YEAR.test(t)) continue;
    const d = findDate(t);
    if (!d || !/\p{L}/u.test(t.slice(d.index, d.index + d.length))) continue;
    for (const r of readings) {
      const gap = Math.abs(days(r) - days(d.iso));
      if (!best || gap < best.gap) best = { iso: r, gap };
    }
  }
  return best && best.gap <= 31 ? best.iso : undefined;
}

/**
 * An exchange's page for a listed issuer's announcement, kept as text: the exchange's banner (its name, the page's
 * kind, its address), a block of fields (`Issuer:`, `Published:`, `Ticker:`/`Symbol:`, `Announcement type:`, …), a
 * rule, then the issuer's document (its letterhead, the kind of announcement in capitals, its title). The issuer's (as
 * its text writes its name), dated by the page's publication, headed by the document's title as printed (not the
 * exchange's banner); the banner and the fields are no text.
 */
function readExchangePage(lines: Line[], from: number): OfficialDocument | undefined {
  const k0 = nextNonBlank(lines, from);
  const fields = new Map<string, { v: string; line: number }>();
  let end = -1;
  for (let k = k0, banner = 0; k < lines.length && k < k0 + 30; k++) {
    const t = lines[k].t.trim();
    if (t === '') {
      if (fields.size >= 4) break;
      continue;
    }
    const f = t.length <= 200 ? EXCHANGE_PAGE_FIELD.exec(t) : null;
    if (f) {
      const label = f[1].toLowerCase().replace(/\s+/g, ' ');
      if (!fields.has(label)) fields.set(label, { v: f[2].trim(), line: k });
      end = k;
    } else if (fields.size && lines[k].ts - lines[k].start >= 4) end = k;
    else if (fields.size >= 4) break;
    else if (fields.size || ++banner > 4) return undefined;
  }
  const issuer =
    fields.get('issuer') ?? fields.get('company') ?? fields.get('emitente') ?? fields.get('listed company');
  const published =
    fields.get('published') ?? fields.get('publication date') ?? fields.get('date published') ?? fields.get('released');
  const listing = ['ticker', 'symbol', 'stock code', 'market', 'isin'].some((l) => fields.has(l));
  if (fields.size < 4 || !issuer || !published || !listing || issuer.v.length > 80) return undefined;
  const body = casedInLines(issuer.v, lines.slice(end + 1, end + 200));
  // The title: the paragraph under the kind of announcement; else a title field.
  let titleLine = -1,
    title: string | undefined;
  for (let k = end + 1; k < lines.length && k < end + 40; k++) {
    if (!ANNOUNCEMENT_KIND.test(lines[k].t.trim())) continue;
    const q = nextNonBlank(lines, k + 1);
    const para: string[] = [];
    for (let j = q; j < lines.length && j < q + 3 && lines[j].t.trim() !== ''; j++) para.push(lines[j].t.trim());
    const t = para.join(' ');
    if (t && t.length <= 250 && !/[.:;]$/.test(t) && lines[q + para.length]?.t.trim() === '') {
      titleLine = q;
      title = t;
    }
    break;
  }
  const titled = fields.get('title') ?? fields.get('subject') ?? fields.get('headline');
  if (titleLine < 0 && titled) {
    titleLine = titled.line;
    title = titled.v;
  }
  if (titleLine < 0) return undefined;
  for (let x = k0; x <= end; x++) lines[x].furniture = true;
  const day = fieldDay(published.v, lines, end + 1);
  return { body, titleLine, title, dated: day ? { line: published.line, date: day } : undefined, filed: !!day };
}

function readExchangeAnnouncement(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length) return undefined;
  const t = lines[k].t.trim();
  if (t.length > 80 || !LETTERHEAD_COMPANY.test(t)) return undefined;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 10; j++) {
    const u = lines[j].t.trim();
    if (u === '') continue;
    seen++;
    if (isProseLine(u)) return undefined;
    const mark = EXCHANGE_MARK.exec(u);
    if (!mark) continue;
    const d = findDate(mark[1]);
    // The headline: the first line in capitals under the mark (past a rule), its wrapped line with it.
    for (let q = j + 1, n = 0; q < lines.length && n < 3; q++) {
      const h = lines[q].t.trim();
      if (h === '' || /^[-=_*─━]{10,}$/.test(h)) continue;
      n++;
      if (h !== h.toUpperCase() || !/\p{Lu}{3}/u.test(h) || h.length > 200) return undefined;
      let caps = h;
      let end = q;
      if (
        lines[q + 1]?.t.trim() &&
        lines[q + 1].t.trim() === lines[q + 1].t.trim().toUpperCase() &&
        caps.length < 200
      ) {
        caps += ' ' + lines[q + 1].t.trim();
        end = q + 1;
      }
      const body = titleCased(t).replace(/\b(Inc|Llc|Co|Ltd|Plc|Nl)\b/g, (w) =>
        w === 'Llc' ? 'LLC' : w.toUpperCase() === 'NL' ? 'NL' : w,
      );
      const text = lines
        .slice(end + 1)
        .map((L) => L.t)
        .join('\n');
      for (let x = from; x <= end; x++) lines[x].furniture = true;
      return {
        body,
        titleLine: q,
        title: writtenAsText(caps, text, [body]),
        dated: d ? { line: j, date: d.iso } : undefined,
        filed: d ? true : undefined,
      };
    }
    return undefined;
  }
  return undefined;
}

/** A company's name in capitals with its legal form, heading its letterhead (`MEGHVARNA INDUSTRIES LIMITED`). */
const LETTERHEAD_COMPANY =
  /^[A-Z][A-Z0-9 .,&'’()-]{2,70}\s(?:LIMITED|LTD\.?|PLC|BERHAD|BHD\.?|INC\.?|CORPORATION|CORP\.?|COMPANY|CO\.|LLC|AG|SE|S\.A\.|N\.V\.|TBK\.?|PJSC|JSC)$/;
/** A letter's subject line (`Sub: Disclosure under Regulation 30 …`, `Subject: …`, `Re: …`), its words wrapped under it. */
const LETTER_SUBJECT = /^(?:sub(?:ject)?|re)\s*[.:：-]\s*(\S.{1,300})$/i;
/** A letter's address or greeting before its subject (`To,`, `To`, `Dear Sir / Madam,`). */
const LETTER_ADDRESS = /^(?:to,?|dear\s+\S.{0,40})$/i;

/**
 * A letter on a company's letterhead with a subject line (a listed company's disclosure to its stock exchanges: the
 * company's name in capitals, its registration and office lines, a reference and a date, `To,` the exchanges, `Dear Sir
 * / Madam,`, then `Sub: …`): the company's; the subject, with its wrapped lines, is the title. Its head is no text.
 */
function readSubjectLetter(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length) return undefined;
  const t = lines[k].t.trim();
  if (t.length > 80 || !(LETTERHEAD_COMPANY.test(t) || ORG_IN_CAPITALS.test(t))) return undefined;
  let addressed = false;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 30; j++) {
    const u = lines[j].t.trim();
    if (u === '') continue;
    seen++;
    if (LETTER_ADDRESS.test(u)) {
      addressed = true;
      continue;
    }
    const m = LETTER_SUBJECT.exec(u);
    if (!m) {
      // (the letter's text before any subject: no subject letter)
      if (addressed && isProseLine(u) && /[.!?]$/.test(u)) return undefined;
      continue;
    }
    if (!addressed) return undefined;
    let title = m[1].trim();
    let end = j;
    for (let q = j + 1; q < lines.length && lines[q].t !== '' && q <= j + 5 && title.length < 500; q++) {
      title += ' ' + lines[q].t.trim();
      end = q;
    }
    for (let q = from; q <= end; q++) lines[q].furniture = true;
    return {
      body: titleCased(t).replace(/\b(Inc|Llc|Co|Ltd|Plc)\b/g, (w) => (w === 'Llc' ? 'LLC' : w)),
      titleLine: j,
      title: title.replace(/\s+/g, ' ').replace(/\.$/, ''),
    };
  }
  return undefined;
}

/** A written question's kind line (`Question for written answer E-003412/2026`, `Written question No 118`). */
const WRITTEN_QUESTION =
  /^(?:(?:priority\s+)?question\s+for\s+(?:a\s+)?written\s+answer|written\s+(?:parliamentary\s+)?question|parliamentary\s+question)\b/i;
/** Who asks, with the group after the name (`Carmen Ruiz Anaya (S&D)`, `Jan Novak (PPE), Eva Lind (Renew)`). */
const ASKER = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+\([^()]{1,24}\)$/u;
/** The answer's head (`Answer given by Executive Vice-President Henrike Vahl`, `Answer given by Mr Lind`). */
const ANSWER_BY = /^answer\s+given\s+by\s+(\S.{2,120})$/i;
/** Titles before the answering member's name. */
const ANSWER_TITLES =
  /^(?:(?:executive\s+)?vice-president|high\s+representative(?:\/vice-president)?|president|commissioner|minister|secretary\s+of\s+state|mr\.?|ms\.?|mrs\.?|dr\.?)\s+/i;

/**
 * A legislature's written question and the government's answer (`EUROPEAN PARLIAMENT`, `Question for written answer
 * …`, the asker and the group, `Subject: …`, then `Answer given by … on behalf of the European Commission (29.9.2026)`):
 * the legislature's document, its subject the headline, dated by the answer; the asker and the answering member its
 * authors. The head is read on its first lines only.
 */
function readWrittenQuestion(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  if (k >= lines.length) return undefined;
  const top = lines[k].t.trim();
  if (top.length > 60 || !LEGISLATURE.test(top) || /\d/.test(top)) return undefined;
  let asked = -1;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 4; j++) {
    if (lines[j].t === '') continue;
    seen++;
    if (lines[j].t.length <= 120 && WRITTEN_QUESTION.test(lines[j].t.trim())) {
      asked = j;
      break;
    }
  }
  if (asked < 0) return undefined;
  const authors: string[] = [];
  let titleLine = -1,
    title: string | undefined;
  for (let j = asked + 1, seen = 0; j < lines.length && seen < 10; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    const subject = t.length <= 400 ? /^subject\s*[:：]\s*(\S.*)$/i.exec(t) : null;
    if (subject) {
      titleLine = j;
      title = subject[1].trim();
      break;
    }
    if (t.length > 160) break;
    for (const p of t.split(/,\s+/)) {
      const a = ASKER.exec(p);
      if (a && !authors.includes(a[1])) authors.push(a[1]);
    }
  }
  if (titleLine < 0) return undefined;
  for (let j = from; j < titleLine; j++) if (lines[j].t !== '') lines[j].furniture = true;
  lines[titleLine].furniture = true;
  // The answer, under the question: who gave it and, in brackets, the day (d.m.yyyy, as the legislature writes dates).
  let dated: { line: number; date: string } | undefined;
  for (let j = titleLine + 1; j < lines.length; j++) {
    const t = lines[j].t.trim();
    const by = t.length <= 140 ? ANSWER_BY.exec(t) : null;
    if (!by) continue;
    let who = by[1].replace(/\s+on\s+behalf\s+of\b.*$/i, '').trim();
    while (ANSWER_TITLES.test(who)) who = who.replace(ANSWER_TITLES, '');
    if (PERSON_NAME.test(who) && !authors.includes(who)) authors.push(who);
    for (let q = j; q < lines.length && q <= j + 3; q++) {
      const d = /\((\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\)\s*$/.exec(lines[q].t);
      if (d && +d[2] >= 1 && +d[2] <= 12 && +d[1] >= 1 && +d[1] <= 31) {
        dated = { line: q, date: `${d[3]}-${d[2].padStart(2, '0')}-${d[1].padStart(2, '0')}` };
        break;
      }
      if (q > j && /^\d{1,2}[.)]\s/.test(lines[q].t)) break;
    }
    break;
  }
  return {
    body: /\p{Ll}/u.test(top) ? top : titleCased(top),
    titleLine,
    title,
    authors: authors.length ? authors : undefined,
    dated,
    filed: !!dated,
  };
}

/** A government's gazette named at the head of its issue (`OFFICIAL GAZETTE`, `THE KENYA GAZETTE`, `Gazette of India`). */
const GAZETTE_HEAD =
  /^(?:(?:THE\s+)?(?:[A-Z][A-Z'’-]*\s+){0,3}GAZETTE(?:\s+OF\s+[A-Z][A-Z .'’-]{1,40})?|(?:The\s+)?Official\s+Gazette(?:\s+of\s+[\p{L} .'’-]{1,40})?)$/u;
/** An issue's number line (`Vol. 122, No. 27`, `Volume CXXII — Number 27`, `NUMBER 41   Volume CCCXXX`). */
const GAZETTE_ISSUE =
  /\b(?:vol(?:ume)?\.?\s*[IVXLC\d]+)\b.{0,20}\b(?:no\.?|number)\s*\d+|\b(?:no\.?|number)\s*\d+\b.{0,20}\bvol(?:ume)?\.?\s*[IVXLC\d]+\b/i;
/** A paper's line under its name saying it is a state's gazette (`OFFICIAL ORGAN OF THE REPUBLIC OF GUATEMALA, C. A.`). */
const OFFICIAL_ORGAN =
  /^(?:THE\s+)?OFFICIAL\s+(?:ORGAN|JOURNAL|GAZETTE|NEWSPAPER|BULLETIN)\s+OF\s+(?:THE\s+)?[A-Z][A-Z .,'’-]{2,80}$/;
/** An issuance's kind and number in words of a title (`Government Agreement Number 214-2026`, `Ministerial Decree No. 12`). */
const ISSUANCE_TITLE =
  /^(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Agreement|Decree|Resolution|Order|Proclamation|Ordinance|Regulation|Notice|Act|Law|Accord)\s+(?:Number|No\.)\s*\d[\w/-]{0,14}$/u;
/** An executive or legislative issuance's number as its own line (`PROCLAMATION NO. 1187`, `EXECUTIVE ORDER NO. 52`). */
const ISSUANCE_NUMBER =
  /^(?:PROCLAMATION|EXECUTIVE\s+ORDER|ADMINISTRATIVE\s+ORDER|MEMORANDUM\s+(?:ORDER|CIRCULAR)|REPUBLIC\s+ACT|PRESIDENTIAL\s+DECREE|ROYAL\s+DECREE|DECREE|ORDINANCE|STATUTORY\s+INSTRUMENT|GAZETTE\s+NOTICE)\s+NO\.?\s*[\w-]{1,12}$/;

/**
 * An issuance published in a government's gazette: the gazette's name at the head of the issue, its volume and number
 * with the place and date of the issue, then the issuance's number in capitals (`PROCLAMATION NO. 1187`) over its title
 * in capitals (`DECLARING CERTAIN PARCELS …`, wrapped over lines up to a blank line). The gazette is the outlet, the
 * issue's date the date (not the day it was signed, in its `DONE …` line), the number and title the headline, as
 * written. The head down to the title is no text.
 */
function readGazetteIssuance(lines: Line[], from: number): OfficialDocument | undefined {
  let body: string | undefined,
    at = -1;
  for (let k = from, seen = 0; k < lines.length && seen < 3; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (t.length <= 60 && GAZETTE_HEAD.test(t)) {
      body = t === t.toUpperCase() ? titleCased(t) : t;
      at = k;
      break;
    }
    // (…or a paper's name in capitals over the line that says it is the state's official organ)
    const u = lines[nextNonBlank(lines, k + 1)]?.t.trim() ?? '';
    if (
      t.length <= 60 &&
      t === t.toUpperCase() &&
      /^[A-Z][A-Z .'’-]{2,59}$/.test(t) &&
      u.length <= 100 &&
      OFFICIAL_ORGAN.test(u)
    ) {
      body = titleCased(t);
      at = nextNonBlank(lines, k + 1);
      break;
    }
  }
  if (!body) return undefined;
  let dated: { line: number; date: string } | undefined;
  for (let k = at + 1, seen = 0; k < lines.length && seen < 4; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    const d = t.length <= 200 && GAZETTE_ISSUE.test(t) ? findDate(t) : undefined;
    if (d) {
      dated = { line: k, date: d.iso };
      break;
    }
  }
  if (!dated) return undefined;
  for (let k = dated.line + 1, seen = 0; k < lines.length && seen < 12; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    // (an issuance's number in words of a title, alone on its line, under its ministry: the headline as it stands)
    if (ISSUANCE_TITLE.test(t)) {
      for (let q = from; q <= k; q++) lines[q].furniture = true;
      return { body, titleLine: k, title: t, dated, filed: true };
    }
    if (!ISSUANCE_NUMBER.test(t)) continue;
    const parts: string[] = [];
    let j = k + 1;
    j = nextNonBlank(lines, j);
    for (; j < lines.length && parts.length < 8; j++) {
      const u = lines[j].t.trim();
      if (u === '' || u !== u.toUpperCase() || !/\p{Lu}/u.test(u)) break;
      parts.push(u);
    }
    if (!parts.length) return undefined;
    for (let q = from; q < j; q++) lines[q].furniture = true;
    return { body, titleLine: k, title: `${t}: ${parts.join(' ')}`, dated };
  }
  return undefined;
}

/** A local government's name in capitals, its state after a comma (`CITY OF ALDRICH, IOWA`, `PINAL COUNTY, ARIZONA`). */
const LOCAL_GOVERNMENT =
  /^((?:CITY|COUNTY|TOWN|VILLAGE|TOWNSHIP|BOROUGH|PARISH|MUNICIPALITY)\s+OF\s+[A-Z][A-Z .'’-]{1,40}|[A-Z][A-Z .'’-]{1,40}\s(?:COUNTY|PARISH|TOWNSHIP|BOROUGH))(?:,\s*[A-Z][A-Z .]{1,24})?$/;
/** An office, an agency or a company in capitals (`LEGISLATIVE SERVICES AGENCY`, `PRAIRIE RIVERS POWER & LIGHT COMPANY`). */
const ORG_IN_CAPITALS =
  /^[A-Z][A-Z .,&'’-]{2,70}\s(?:OFFICE|AGENCY|DEPARTMENT|BUREAU|INSTITUTE|COMPANY|CORPORATION|COOPERATIVE|UTILITIES|AUTHORITY|DISTRICT|INC\.?|LLC|L\.L\.C\.|CO\.|LTD\.?)$/;
/** A listed company's name with its code (`Kurose Electric Industries, Ltd. (Securities Code: 6527)`). */
const LISTED_COMPANY = /^(\S.{2,80}?)\s*[(（](?:securities|stock|ticker)\s+code\s*[:：]?\s*[A-Z0-9.]{1,10}[)）]$/i;
/** A unit of the body under its name (`COMMUNITY DEVELOPMENT DEPARTMENT -- PLANNING DIVISION`, `OFFICE OF THE …`). */
const UNIT_LINE = /\b(?:DEPARTMENT|DIVISION|OFFICE|BUREAU|SECTION|UNIT)\b|^OFFICE\s+OF\b/;
/** The session line of a legislature's office under its name (`Ninety-First General Assembly, 2026 Session`). */
const SESSION_LINE = /\b(?:legislature|general\s+assembly|congress|session)\b/i;
/** A memo's or staff report's subject (`SUBJECT:  Resolution approving …`), wrapped on indented lines. */
const SUBJECT_FIELD = /^(?:SUBJECT|Subject|SUBJ|RE|Re)\s*[:：]\s*(\S.{1,300})$/;
/** Who wrote or decided it, labelled in its head (`Prepared by: Renee Okonkwo, Community Development Director`). */
const WRITER_FIELD =
  /^(?:prepared\s+by|author|hearing\s+officer|hearing\s+examiner|administrative\s+law\s+judge)\s*[:：]\s*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:,\s*\S.{0,80})?$/iu;

/**
 * A document on its issuer's letterhead, no regulator's caption: a local government's name in capitals (`CITY OF
 * ALDRICH, IOWA`, its state left out), an office, agency or company in capitals, or a listed company with its code;
 * under it its units and a legislature's session line, then the document's title (`DECISION SUMMARY`, `2026
 * INTEGRATED RESOURCE PLAN`, `Summary of Q&A Session` / `Financial Results Briefing for …`). A memo's `SUBJECT:` is
 * its title; its `Prepared by:` (or the hearing officer deciding it) its writer. The head is no text.
 */
function readLetterheadDocument(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length) return undefined;
  const t = lines[k].t.trim();
  if (t.length > 90) return undefined;
  let body: string | undefined;
  const gov = LOCAL_GOVERNMENT.exec(t);
  const listed = gov ? null : LISTED_COMPANY.exec(t);
  if (gov) body = titleCased(gov[1]);
  else if (listed && !isProseLine(listed[1]) && /\p{Lu}/u.test(listed[1][0])) body = listed[1].trim();
  else if (ORG_IN_CAPITALS.test(t))
    body = titleCased(t).replace(/\b(Inc|Llc|Co|Ltd)\b/g, (w) => (w === 'Llc' ? 'LLC' : w));
  if (!body) return undefined;
  // Its units, a session line, then the title: in capitals under a name in capitals; under a listed company's name,
  // the lines standing alone before its particulars (`Date:`) or a blank line.
  let titleLine = -1,
    title: string | undefined;
  const parts: number[] = [];
  for (let j = k + 1, seen = 0; j < lines.length && seen < 5; j++) {
    const u = lines[j].t.trim();
    if (u === '') {
      if (listed && parts.length) break;
      continue;
    }
    seen++;
    if (isProseLine(u) || /^\S[^:：]{0,30}[:：]/.test(u) || u.length > 160) break;
    if (listed) {
      if (!isHeadlineLike(u) || /[.!?]$/.test(u) || (u.length <= 40 && findDate(u))) break;
      parts.push(j);
      continue;
    }
    if (u === u.toUpperCase() && /[A-Z]{3}/.test(u)) {
      // (a release's mark under its issuer's name, `FOR IMMEDIATE RELEASE`: a release, read as one)
      if (isPressReleaseMark(u)) return undefined;
      if (UNIT_LINE.test(u) && !/\bREPORT\b/.test(u)) continue;
      titleLine = j;
      title = titleCased(u);
      break;
    }
    if (SESSION_LINE.test(u) && seen <= 2) continue;
    break;
  }
  if (listed && parts.length && parts.length <= 2) {
    titleLine = parts[0];
    title = parts.map((j) => lines[j].t.trim()).join(': ');
  }
  if (titleLine < 0 || !title) return undefined;
  // The head's fields: a subject is the title, a writer the author (a memo's `Prepared by:`).
  const authors: string[] = [];
  let end = titleLine;
  for (let j = titleLine + 1, seen = 0; j < lines.length && seen < 14; j++) {
    const u = lines[j].t.trim();
    if (u === '') continue;
    seen++;
    if (isProseLine(u)) break;
    const subj = SUBJECT_FIELD.exec(u);
    if (subj) {
      let s = subj[1].trim();
      // (its wrapped lines, indented under it)
      for (let q = j + 1; q < lines.length && lines[q].t && lines[q].ts - lines[q].start >= 4 && s.length < 400; q++) {
        s += ' ' + lines[q].t.trim();
        end = q;
      }
      title = s.replace(/\s+/g, ' ');
      titleLine = j;
      end = Math.max(end, j);
      continue;
    }
    const w = u.length <= 160 ? WRITER_FIELD.exec(u.replace(/\s{2,}/g, ' ')) : null;
    if (w && !authors.includes(w[1])) authors.push(w[1]);
  }
  for (let j = from; j <= Math.max(titleLine, end) && j < lines.length; j++) lines[j].furniture = true;
  return { body, titleLine, title, authors };
}

/** What kind of document a letterhead's right column says it is (`MINUTES`, `DECISION`, `Company announcement`). */
const LETTERHEAD_KIND =
  /^(?:(?:company|stock\s+exchange|regulatory)\s+)?(?:minutes|decision|notice|announcement|release|resolution|order|agenda|memorandum|memo|statement|circular|bulletin|ruling|determination|permit|licen[cs]e|letter)(?:\s+(?:no\.?\s*)?[\dA-Z][\w./-]{0,20})?$/i;
/** A small word a title in capitals breaks its line after: the title goes on (`… LETTER OF INTENT ON` / `THE …`). */
const TITLE_GOES_ON = /\b(?:OF|ON|TO|AND|THE|IN|FOR|AT|BY|WITH|A|AN|FROM|OR|ABOUT|UNDER|INTO)$|[,&–-]$/;

/**
 * A document on its issuer's letterhead set in two columns: the issuer on the left, what kind of document it is on the
 * right, set apart by a run of spaces (`CITY OF KIVILAHTI      MINUTES      3/2026`, `SUOMEN RUNKOVERKKO OYJ      DECISION`,
 * `Meriside AS      Company announcement`). The left column is the issuer, the letterhead no headline; the document's
 * title is its first line in capitals of three words or more under the head (a city's item title under its `§ 27`, a
 * decision's under the addressee), on two lines when the first ends on a small word (`… OF INTENT ON` / `THE …`),
 * else the second its subtitle after a colon; written as the text writes its words.
 */
function readColumnLetterhead(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length) return undefined;
  const cols = lines[k].t.trim().split(/\s{6,}/);
  if (cols.length < 2 || cols.length > 3) return undefined;
  const [left, ...right] = cols;
  if (left.length < 2 || left.length > 60 || !/^\p{Lu}/u.test(left) || isProseLine(left) || /\d/.test(left))
    return undefined;
  if (!right.some((c) => LETTERHEAD_KIND.test(c.trim()))) return undefined;
  const inCaps = left === left.toUpperCase() && /\p{Lu}{2}/u.test(left);
  if (!inCaps && !orgShaped(left)) return undefined;
  let titleLine = -1,
    title: string | undefined;
  for (let j = k + 1; j < lines.length && j <= k + 40; j++) {
    const u = lines[j].t.trim();
    if (u.length < 15 || u.length > 160 || u !== u.toUpperCase() || /\S\s{6,}\S/.test(u)) continue;
    if ((u.match(/\p{Lu}[\p{Lu}'’-]*/gu) ?? []).length < 3 || /^\d/.test(u) || /[.!?]$/.test(u)) continue;
    titleLine = j;
    title = u;
    const v = j + 1 < lines.length ? lines[j + 1].t.trim() : '';
    if (v && v === v.toUpperCase() && /\p{Lu}{2}/u.test(v) && !/\S\s{6,}\S/.test(v) && v.length <= 160)
      title = TITLE_GOES_ON.test(u) ? `${u} ${v}` : `${u}: ${v}`;
    break;
  }
  if (titleLine < 0 || !title) return undefined;
  const text = lines
    .slice(titleLine + 1)
    .map((L) => L.t)
    .join('\n');
  const body = inCaps ? casedInLines(left, lines) : left;
  lines[k].furniture = true;
  return { body, titleLine, title: writtenAsText(title, text, [body]) };
}

/** A board page's labels, as a public body's site prints its post's head (`제목`, `작성자`, `발언일자`, `조회`). */
const BOARD_TITLE = /^(?:제목|건명)$/;
const BOARD_WRITER = /^(?:작성자|글쓴이|필자|기고자|발언자|발언의원|발언자명)$/;
const BOARD_DATE =
  /^(?:작성일|작성일자|등록일|등록일자|게시일|게시일자|발언일|발언일자|발행일|발행일자|게재일|게재일자)$/;
const BOARD_FIELD = /^([가-힣](?:\s{0,6}[가-힣]){1,5})(?:\s{2,}|\s*[:：]\s*)(\S.{0,200})$/;
/** A writer's post after the name in a board's writer field (`송현주 의원 (군산시 제2선거구 / …)`). */
const BOARD_POST =
  /^(?:의원|위원|위원장|부의장|의장|기자|교수|연구위원|연구원|대표|회장|위원|도의원|시의원|군의원|구의원|국회의원)(?:\s|$|[(（])/;

export interface BoardView {
  title: string;
  titleLine: number;
  date?: string;
  authors: string[];
  lines: number[];
  issuer?: string;
}

/**
 * A post on a public body's board, its head printed as labelled rows, the label set apart by spaces or a colon
 * (`제목      새만금 AI 데이터센터, …`, `발언의원  송현주 의원 (군산시 제2선거구 / 산업경제위원회)`, `발언일자  2026-07-14`,
 * `조    회  1,204`): the title row is the headline, the date row the date, the writer's or speaker's row the author (a
 * person's name, with the post after it left out; an office named there is no author). Three rows at least, the title's
 * among them; the rows are no text.
 */
export function readKoBoardView(lines: Line[], from: number): BoardView | undefined {
  const rows: { k: number; label: string; value: string }[] = [];
  for (let k = from, seen = 0; k < lines.length && seen < 14; k++) {
    const t = lines[k].t.trim();
    if (t === '') {
      if (rows.length) break;
      continue;
    }
    seen++;
    const m = t.length <= 220 ? BOARD_FIELD.exec(t) : null;
    if (!m) {
      if (rows.length) break;
      continue;
    }
    rows.push({ k, label: m[1].replace(/\s+/g, ''), value: m[2].trim() });
  }
  const titled = rows.find((r) => BOARD_TITLE.test(r.label));
  if (rows.length < 3 || !titled) return undefined;
  const dated = rows.find((r) => BOARD_DATE.test(r.label));
  const date = dated ? findDate(dated.value)?.iso : undefined;
  const authors: string[] = [];
  const writer = rows.find((r) => BOARD_WRITER.test(r.label));
  const who = writer ? /^([가-힣]{2,4})(?=$|\s|[(（])(.*)$/.exec(writer.value) : null;
  if (
    who &&
    KO_PERSON.test(who[1]) &&
    !KO_NOT_PERSON.has(who[1]) &&
    !/(?:팀|실|과|국|처|청)$/.test(who[1]) &&
    (!who[2].trim() || BOARD_POST.test(who[2].trim()) || /^[(（]/.test(who[2].trim()))
  )
    authors.push(who[1]);
  // (the site's crumb over the rows, `전북특별자치도의회 > 의정활동 > 5분 자유발언`: the body whose board it is)
  let issuer: string | undefined;
  const used = rows.map((r) => r.k);
  for (let k = rows[0].k - 1; k >= from; k--) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    const crumb = /^([^>›»\s][^>›»]{1,40}?)\s+[>›»]\s+\S/.exec(t);
    if (crumb) {
      issuer = crumb[1].trim();
      used.push(k);
    }
    break;
  }
  return { title: titled.value, titleLine: titled.k, date, authors, lines: used, issuer };
}

/** An SEC form's number on its cover (`FORM 8-K`, `FORM 10-Q`, `FORM 6-K`, `FORM 20-F`). */
const SEC_FORM = /^FORM\s+(?:\d{1,2}-[A-Z]{1,2}(?:\/A)?|\d{2}-F)$/;
/** The report's name under it (`CURRENT REPORT`, `QUARTERLY REPORT`, `ANNUAL REPORT`, `REPORT OF FOREIGN PRIVATE ISSUER`). */
const SEC_REPORT = /^[A-Z][A-Z ]{2,50}\bREPORT\b[A-Z ]{0,40}$/;

/** The first of the next `within` non-blank lines from `from` whose trimmed text passes `test`, or -1. */
function firstLineWhere(lines: Line[], from: number, within: number, test: (t: string) => boolean): number {
  for (let k = from, seen = 0; k < lines.length && seen < within; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (test(t)) return k;
  }
  return -1;
}

/**
 * An SEC filing's cover: the form (`FORM 8-K`) and the report's name under it (`CURRENT REPORT`), the registrant on
 * the line over `(Exact name of registrant as specified in its charter)`; the cover, down to the first item, is no
 * text. The registrant is the issuer, the form and the report's name the title (`Form 8-K Current Report`), and the
 * date the one its signature gives (`SIGNATURE` … `Date: March 11, 2026`), when it was filed, not the event's.
 */
function readSecCover(lines: Line[], from: number): OfficialDocument | undefined {
  const formAt = firstLineWhere(lines, from, 8, (t) => t.length <= 20 && SEC_FORM.test(t));
  if (formAt < 0) return undefined;
  let report: string | undefined,
    registrant: string | undefined,
    prev = '',
    end = -1;
  for (let k = formAt + 1, seen = 0; k < lines.length && seen < 30; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (seen === 1 && t.length <= 60 && SEC_REPORT.test(t)) report = t;
    if (/^\(exact name of registrant/i.test(t)) registrant = prev;
    // The cover ends where the first item begins (`Item 1.01 Entry into a Material Definitive Agreement.`).
    if (/^item\s+\d{1,2}(?:\.\d{1,2})?\.?\s/i.test(t)) {
      end = k;
      break;
    }
    prev = t;
  }
  if (!registrant || registrant.length > 80 || end < 0) return undefined;
  for (let k = from; k < end; k++) lines[k].furniture = true;
  const title = titleCased(lines[formAt].t.trim()) + (report ? ` ${titleCased(report)}` : '');
  const r: OfficialDocument = { body: registrant, titleLine: formAt, title };
  // The signature block: the registrant, `Date:`, `By: /s/ …`, the officer's name and title.
  for (let k = lines.length - 1, seen = 0; k > end && seen < 12; k--) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (/^signatures?$/i.test(t)) break;
    // (its columns side by side, `Date: November 2, 2026          By: /s/ …`: the date's cell)
    const cell = t.split(/\s{3,}/)[0];
    const d = cell.length <= 60 && /^date\s*[:：]/i.test(cell) ? findDate(cell) : undefined;
    if (d && !r.closing) r.closing = { line: k, date: d.iso };
  }
  return r;
}

/** A securities regulator's form's number alone on its line (`FORM 51-102F3`, `Form 45-106F1`, `FORM 6-K`). */
const FORM_NUMBER_LINE = /^form\s+(?:\d{1,3}-\d{2,4}F\d{1,2}[A-Z]?|\d{1,2}-[A-Z]{1,2}(?:\/A)?|\d{2}-F)$/i;

/**
 * A report filed on a securities regulator's form of numbered items (a Canadian material change report: `FORM
 * 51-102F3` / `MATERIAL CHANGE REPORT`, then `Item 1   Name and Address of Company` … `Item 9   Date of Report`). The form's
 * number is no outlet and no headline: the company its first item names (its defined terms aside) is the issuer, the
 * report's name the headline, as a reader writes it, and the item giving the report's date dates it (not the
 * change's date, in its own item).
 */
function readItemizedReport(lines: Line[], from: number): OfficialDocument | undefined {
  const formAt = firstLineWhere(lines, from, 4, (t) => t.length <= 24 && FORM_NUMBER_LINE.test(t));
  if (formAt < 0) return undefined;
  let report: string | undefined;
  let body: string | undefined;
  let dated: { line: number; date: string } | undefined;
  const valueAfter = (k: number) => {
    for (let j = k + 1; j < lines.length && j <= k + 4; j++) if (lines[j].t.trim() !== '') return j;
    return -1;
  };
  for (let k = formAt + 1, seen = 0; k < lines.length && seen < 80; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (seen === 1 && t.length <= 60 && SEC_REPORT.test(t)) report = t;
    const item = /^item\s+\d{1,2}(?:\.\d{1,2})?\.?\s+(.{4,80})$/i.exec(t);
    if (!item) continue;
    const j = valueAfter(k);
    if (j < 0) continue;
    const v = lines[j].t.trim();
    if (
      !body &&
      /^name\s+and\s+address\s+of\s+(?:the\s+)?(?:reporting\s+)?(?:company|issuer|corporation)$/i.test(item[1])
    ) {
      const name = v.replace(/\s*\([^()]*["“][^()]*\)\s*$/, '').trim();
      if (name.length >= 3 && name.length <= 80) body = name;
    }
    if (!dated && /^date\s+of\s+(?:this\s+)?report$/i.test(item[1])) {
      const d = v.length <= 40 ? findDate(v) : undefined;
      if (d) dated = { line: j, date: d.iso };
    }
  }
  if (!report || !body) return undefined;
  lines[formAt].furniture = true;
  return { body, titleLine: formAt, title: titleCased(report), dated, filed: !!dated };
}

/** A current report's heading (Romanian issuers under Law 24/2017: `CURRENT REPORT`, `RAPORT CURENT`, its number or not). */
const CURRENT_REPORT_HEAD = /^(?:current\s+report|raport\s+curent)(?:\s+(?:no\.?|nr\.?)\s*\S{1,20})?$/i;
/** Its fields, a label and a colon: the report's date, the issuer's name, the events it reports. */
const CURRENT_REPORT_DATE = /^(?:date\s+of\s+(?:the\s+)?report|data\s+raportului)$/i;
const CURRENT_REPORT_ISSUER =
  /^(?:name\s+of\s+the\s+issu(?:ing\s+(?:entity|company)|er)|denumirea\s+(?:entit[aă][tțţ]ii|societ[aă][tțţ]ii)\s+emitente)$/i;
const CURRENT_REPORT_EVENTS =
  /^(?:(?:significant|important)\s+events?\s+(?:to\s+(?:be\s+)?report(?:ed)?)|evenimente?(?:ul)?\s+importante?\s+de\s+raportat)$/i;

/**
 * A listed issuer's current report as its exchange publishes it (`CURRENT REPORT`, the law it answers to, then its
 * fields: `Date of report:`, `Name of the issuing entity:`, its office and registration, `Important events to be
 * reported:` and the events, `a) …`): the issuer's (named as its text writes it), dated by its date field; it has no
 * title of its own, its first event stands for one. The head down to the events is no text.
 */
function readCurrentReport(lines: Line[], from: number): OfficialDocument | undefined {
  const head = firstLineWhere(lines, from, 2, (t) => t.length <= 40 && CURRENT_REPORT_HEAD.test(t));
  if (head < 0) return undefined;
  let issuer: string | undefined;
  let dated: { line: number; date: string } | undefined;
  for (let k = head + 1, seen = 0; k < lines.length && seen < 30; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    const f = /^([^:：]{4,60}?)\s*[:：]\s*(.*)$/.exec(t);
    if (!f) continue;
    const [label, value] = [f[1].trim(), f[2].trim()];
    if (!dated && CURRENT_REPORT_DATE.test(label)) {
      const d = value.length <= 40 ? findDate(value) : undefined;
      if (d) dated = { line: k, date: d.iso };
    } else if (!issuer && CURRENT_REPORT_ISSUER.test(label) && value.length >= 3 && value.length <= 80) issuer = value;
    else if (CURRENT_REPORT_EVENTS.test(label)) {
      if (!issuer) return undefined;
      // The first event: on the label's line, else the line under it (`a) …`), its wrapped words with it.
      let at = k;
      let event = value;
      if (event === '') {
        at = firstLineWhere(lines, k + 1, 2, (u) => u.length > 0);
        if (at < 0) return undefined;
        event = lines[at].t.trim();
      }
      event = event.replace(/^(?:[a-z]|\d{1,2})[).]\s+/, '').trim();
      if (event.length < 8 || event.length > 300) return undefined;
      let end = at;
      while (end + 1 < lines.length && lines[end + 1].t.trim() !== '') end++;
      for (let x = head; x <= end; x++) lines[x].furniture = true;
      const body = casedInLines(issuer, lines);
      return { body, titleLine: at, title: event, dated, filed: dated ? true : undefined };
    }
  }
  return undefined;
}

/** A line of the Official Journal's head, its language and series set to the right (`Official Journal      EN`). */
const ojHeadText = (t: string) => t.trim().replace(/\s{3,}.*$/, '');
/** The act's or notice's number and the issue's date (`C/2026/4471      14.8.2026`, `C 123/4      14.4.2021`). */
const OJ_NUMBER_LINE = /^(?:[CL]\/\d{4}\/\d{1,6}|[CL]\s?\d{1,4}\s?[A-Z]?\/\d{1,4}|EN)\s{2,}(.{6,20})$/;
/** What follows a title in the Journal and is none of it: its relevance note, its number in brackets. */
const OJ_AFTER_TITLE = /^\((?:text\s+with\s+eea\s+relevance|[CL]\/\d{4}\/\d{1,6}|\d{4}\/C\s?\d{1,4}\/\d{1,4})\)$/i;

/**
 * A notice or act as the Official Journal of the European Union prints it: its head (`Official Journal` / `of the
 * European Union`, the language and series to the right), the number and the issue's date, then its title and the
 * title of its part (`Authorisation for State aid …` / `Cases where the Commission raises no objections`; a merger's
 * `Prior notification of a concentration` / `(Case M.… — A / B)` / `Candidate case for simplified procedure`), one
 * paragraph each, down to `(Text with EEA relevance)` or the number in brackets. The Journal's, dated by the issue; the
 * title its paragraphs joined by a dash. The head is no text.
 */
function readOfficialJournal(lines: Line[], from: number): OfficialDocument | undefined {
  const head = firstLineWhere(lines, from, 1, (t) => /^official\s+journal$/i.test(ojHeadText(t)));
  const one =
    head < 0
      ? firstLineWhere(lines, from, 1, (t) => /^official\s+journal\s+of\s+the\s+european\s+union$/i.test(ojHeadText(t)))
      : -1;
  let k: number;
  if (head >= 0) {
    k = firstLineWhere(lines, head + 1, 1, (t) => /^of\s+the\s+european\s+union$/i.test(ojHeadText(t)));
    if (k < 0) return undefined;
  } else if (one >= 0) k = one;
  else return undefined;
  let dated: { line: number; date: string } | undefined;
  const parts: string[] = [];
  let part: string[] = [];
  let titleLine = -1;
  let end = -1;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 20; j++) {
    const t = lines[j].t.trim();
    if (t === '' || RULE.test(t)) {
      if (part.length) parts.push(part.join(' '));
      part = [];
      if (parts.length > 4) return undefined;
      continue;
    }
    seen++;
    if (!dated && titleLine < 0) {
      const n = OJ_NUMBER_LINE.exec(t);
      const d = n ? findDate(n[1]) : undefined;
      if (d) {
        dated = { line: j, date: d.iso };
        continue;
      }
    }
    if (OJ_AFTER_TITLE.test(t)) {
      end = j;
      if (part.length) parts.push(part.join(' '));
      part = [];
      const next = firstLineWhere(lines, j + 1, 1, (u) => OJ_AFTER_TITLE.test(u));
      if (next >= 0) end = next;
      break;
    }
    if (!dated || t.includes('|') || t.length > 120) return undefined;
    if (titleLine < 0) titleLine = j;
    part.push(t);
  }
  if (end < 0 || titleLine < 0 || !parts.length || parts.length > 4) return undefined;
  for (let x = from; x <= end; x++) lines[x].furniture = true;
  return {
    body: 'Official Journal of the European Union',
    titleLine,
    title: parts.join(' — '),
    dated,
    filed: true,
  };
}

/**
 * A DART disclosure copied from its viewer, its title line the company, the report and the date between slashes
 * (`한결전기 / 단일판매ㆍ공급계약체결 / (2026.07.28)`): the company is the issuer (its legal form aside, as DART names
 * it), the report's name the title, the date the disclosure's. The report's name repeated under it is no text. KIND's
 * viewer (the exchange's) titles a disclosure the same way, its date bare (`해림전선 / 유형자산 취득 결정 / 2026.06.18`).
 */
function readDartTitle(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length) return undefined;
  const t = lines[k].t.trim();
  const m =
    t.length <= 120
      ? /^(\S.{0,40}?)\s\/\s(\S.{1,60}?)\s\/\s(?:\(((?:19|20)\d\d\.\d{1,2}\.\d{1,2})\)|((?:19|20)\d\d\.\d{1,2}\.\d{1,2}))$/.exec(
          t,
        )
      : null;
  const d = m ? findDate(m[3] ?? m[4]) : undefined;
  if (!m || !d || !/[가-힣]/.test(m[2])) return undefined;
  const company = m[1].replace(/^(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$/g, '').trim();
  const title = m[2].trim();
  lines[k].furniture = true;
  for (let j = k + 1; j < lines.length; j++) {
    if (lines[j].t.trim() === '') continue;
    if (lines[j].t.trim() === title) lines[j].furniture = true;
    break;
  }
  return { body: company, titleLine: k, title, dated: { line: k, date: d.iso } };
}

/** A series' line in a caption file's note: the body, its initials, the kind of series and its number (`Paraguay-Korea Business Council (PKBC) webinar series, No. 12`). */
const CAPTION_SERIES =
  /^(\p{Lu}[\p{L}\p{N} .,&'’-]{2,80}?)(?:\s+\([A-Z&]{2,10}\))?\s+(?:webinar|seminar|lecture|briefing|podcast|talk|forum|breakfast)\s+series\b(?:\s*[,:–—-]\s*(?:no\.?|number|#|episode|session)\s*\d{1,4})?$/iu;
/** The title in quotation marks, alone on its line. */
const QUOTED_TITLE = /^["“]([^"“”]{4,200})["”]$/;
/** The recording's date (`Recorded 24 September 2026, 10:00-11:05 (…)`, `Recorded on …`). */
const RECORDED = /^recorded\s*(?:[:：]\s*)?(?:on\s+)?(\S.{5,120})$/i;
/** …or a meeting platform's field for it (Zoom's `Date: 2026-07-09 14:00 (GMT+3, …)`, `Start time: …`). */
const MEETING_DATE = /^(?:date|meeting\s+date|start(?:\s+time)?|started)\s*[:：]\s*(\S.{5,120})$/i;
/**
 * A meeting platform's fields in the note (Teams' transcript): the meeting's title (`Meeting: LKBC Webinar | From
 * Jeongeup to Ventspils: …`, the organiser's label for the kind of session before a bar), who organised it
 * (`Organizer: Latvian-Korean Business Chamber (secretariat@lkbc.lv)`, its address aside).
 */
const NOTE_MEETING = /^(?:meeting|title|session|event)\s*[:：]\s*(\S.{3,200})$/i;
/** (…or a numbered label before a dash: `RSIF Webinar Series #18 - …`, `Harbour Talks No. 7 – …`) */
const SESSION_LABEL =
  /^[^|]{0,40}\b(?:webinar|seminar|meeting|briefing|forum|town\s?hall|call|session|workshop|series)(?:\s*(?:no\.?|#)\s*\d{1,4})?\s+\|\s+(?=\S)|^[^|–—]{2,40}?\s(?:no\.\s?|#)\d{1,4}\s+[–—-]\s+(?=\S)/i;
/** A word that names a body, not a person (`Latvian-Korean Business Chamber`, `Andean Trade Council`). */
const BODY_WORD =
  /\b(?:Chamber|Council|Association|Union|Authority|Federation|Society|Foundation|Institute|Agency|Ministry|Department|Office|Embassy|Club|Network|Alliance|Board|Commission|Corporation|Company|Group|University|Bank|Forum|Centre|Center|Trust|Initiative|Coalition|Consortium|Inc\.?|Ltd\.?|LLC)\b/;
const ORGANISER =
  /^(?:organi[sz]er|host(?:ed\s+by)?|organi[sz]ed\s+by)\s*[:：]\s*(\S.{1,100}?)(?:\s*[(<][^()<>\s]+@[^()<>\s]+[)>])?$/i;

/**
 * A WebVTT file's head (`WEBVTT`, then a `NOTE` block) as a webinar's platform or its organiser writes it: the series
 * with its body (`Paraguay-Korea Business Council (PKBC) webinar series, No. 12`), the session's title in quotation
 * marks, the day it was recorded (`Recorded 24 September 2026, …`). The body's (the series' organiser), the quoted
 * title the headline (the series line names the series, not the session), dated by its recording. The speakers'
 * line stays text; without a series line naming a body nothing is read.
 */
function readCaptionNote(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length || !/^WEBVTT\b/.test(lines[k].t.trim())) return undefined;
  let j = k + 1;
  j = nextNonBlank(lines, j);
  if (j >= lines.length || !/^NOTE\b/.test(lines[j].t.trim())) return undefined;
  let body: string | undefined,
    titleLine = -1,
    title: string | undefined,
    dated: { line: number; date: string } | undefined;
  const head = [k, j];
  // (the note's text after `NOTE` on its own line or on the same line, to the blank line that ends the block)
  const inline = lines[j].t.trim().slice(4).trim();
  for (let q = inline ? j : j + 1; q < lines.length && q <= j + 12 && lines[q].t.trim() !== ''; q++) {
    const u = q === j ? inline : lines[q].t.trim();
    const series = u.length <= 140 ? CAPTION_SERIES.exec(u) : null;
    if (series && !body) {
      body = series[1].trim();
      head.push(q);
      continue;
    }
    // (a platform's fields: the organiser a body, not a person; the meeting's title, the session's label aside)
    const org = u.length <= 160 ? ORGANISER.exec(u) : null;
    if (org && !body && (BODY_WORD.test(org[1]) || !looksLikePersonName(org[1].trim()))) {
      body = org[1].trim();
      head.push(q);
      continue;
    }
    const meeting = u.length <= 220 ? NOTE_MEETING.exec(u) : null;
    if (meeting && titleLine < 0) {
      titleLine = q;
      title = meeting[1].replace(SESSION_LABEL, '').trim();
      head.push(q);
      continue;
    }
    const quoted = QUOTED_TITLE.exec(u);
    if (quoted && titleLine < 0) {
      titleLine = q;
      title = quoted[1].trim();
      head.push(q);
      continue;
    }
    const rec = RECORDED.exec(u) ?? MEETING_DATE.exec(u);
    const d = rec ? findDate(rec[1]) : undefined;
    if (d && !dated) dated = { line: q, date: d.iso };
  }
  if (!body || titleLine < 0 || !title) return undefined;
  for (const q of head) lines[q].furniture = true;
  return { body, titleLine, title, dated, filed: !!dated };
}

/** The state's line heading a Greek public body's act (`HELLENIC REPUBLIC`, `ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ`). */
const HELLENIC_STATE = /^(?:HELLENIC\s+REPUBLIC|ΕΛΛΗΝΙΚΗ\s+ΔΗΜΟΚΡΑΤΙΑ)$/;
/** An authority under it (`REGION OF ATTICA`, `MUNICIPALITY OF ELEFSINA`, `MINISTRY OF …`), not its organ (`MUNICIPAL COUNCIL`). */
const HELLENIC_AUTHORITY =
  /^(?:(?:MUNICIPALITY|REGION|MINISTRY|DECENTRALI[SZ]ED\s+ADMINISTRATION|REGIONAL\s+UNIT)\s+OF\s+[A-Z][A-Z .,'’-]{1,60}|(?:ΔΗΜΟΣ|ΠΕΡΙΦΕΡΕΙΑ|ΥΠΟΥΡΓΕΙΟ)\s+[Α-ΩΆ-Ώ][Α-ΩΆ-Ώ ,'’-]{1,60})$/;
/** Its subject, the act's title (`SUBJECT: Opinion of the Municipal Council on …`, `ΘΕΜΑ: …`). */
const HELLENIC_SUBJECT = /^(?:SUBJECT|Subject|ΘΕΜΑ|Θέμα)\s*[:：]\s*(\S.{1,300})$/;

/**
 * A Greek public body's act as Diavgeia posts it (a council's decision, a mayor's), in Greek or in translation: the
 * state's line (`HELLENIC REPUBLIC`), under it the authorities from the widest (`REGION OF ATTICA`, `MUNICIPALITY OF
 * ELEFSINA`) and the organ that acts (`MUNICIPAL COUNCIL`); its `SUBJECT:` (wrapped to the blank line) is its title.
 * The act is the narrowest authority's (the municipality's, not the region's; its council is an organ of it). A
 * translator's note in brackets may stand over it. The date is left to its place-date line.
 */
function readHellenicDecision(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  // (a translator's note in brackets over the head)
  if (k < lines.length && lines[k].t.trim().startsWith('[')) {
    let q = k;
    while (q < lines.length && q < k + 6 && lines[q].t.trim() !== '' && !lines[q].t.trim().endsWith(']')) q++;
    if (q >= lines.length || !lines[q].t.trim().endsWith(']')) return undefined;
    k = q + 1;
    k = nextNonBlank(lines, k);
  }
  if (k >= lines.length || !HELLENIC_STATE.test(lines[k].t.trim())) return undefined;
  let body: string | undefined,
    j = k + 1;
  const head = [k];
  for (; j < lines.length && j <= k + 5; j++) {
    const u = lines[j].t.trim();
    if (u === '' || /\p{Ll}/u.test(u) || u.length > 80) break;
    head.push(j);
    if (HELLENIC_AUTHORITY.test(u)) body = u;
  }
  if (!body) return undefined;
  let titleLine = -1,
    title: string | undefined;
  const subjectLines: number[] = [];
  for (let q = j, seen = 0; q < lines.length && seen < 20; q++) {
    const u = lines[q].t.trim();
    if (u === '') continue;
    seen++;
    const m = u.length <= 320 ? HELLENIC_SUBJECT.exec(u) : null;
    if (!m) continue;
    const parts = [m[1].trim()];
    subjectLines.push(q);
    for (let r = q + 1; r < lines.length && lines[r].t.trim() !== '' && r <= q + 4; r++) {
      parts.push(lines[r].t.trim());
      subjectLines.push(r);
    }
    titleLine = q;
    title = parts.join(' ').replace(/\s+/g, ' ');
    break;
  }
  if (titleLine < 0 || !title) return undefined;
  for (const q of [...head, ...subjectLines]) lines[q].furniture = true;
  return { body: /[Α-Ω]/.test(body) ? body : titleCased(body), titleLine, title };
}

/** A notice's Official Journal S line as TED prints it under its title (`OJ S 162/2026 21/08/2026`). */
const OJ_S_LINE = /^OJ\s+S\s+\d{1,3}\/((?:19|20)\d\d)\s+(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)$/;

/**
 * A notice on Tenders Electronic Daily (eForms), as text: its title (`Cyprus – Construction work for water-treatment
 * plants – Design, construction and … (60,000 m3/day)`, country – CPV – the procedure's title, wrapped to the blank
 * line) over its OJ S line with the day it was published (`OJ S 162/2026 21/08/2026`, day first). TED publishes it
 * (the buyer is a party, not its author); the title is the headline, the OJ S day its date.
 */
function readTedNotice(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  const parts: number[] = [];
  let j = k;
  for (; j < lines.length && lines[j].t.trim() !== '' && parts.length < 4; j++) parts.push(j);
  if (!parts.length || parts.length > 3 || !/\s[–—-]\s/.test(lines[k].t)) return undefined;
  j = nextNonBlank(lines, j);
  const oj = j < lines.length ? OJ_S_LINE.exec(lines[j].t.trim()) : null;
  const d = oj ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(oj[2]) : null;
  if (!oj || !d || +d[2] < 1 || +d[2] > 12 || +d[1] < 1 || +d[1] > 31) return undefined;
  const iso = `${d[3]}-${d[2].padStart(2, '0')}-${d[1].padStart(2, '0')}`;
  const title = parts
    .map((q) => lines[q].t.trim())
    .join(' ')
    .replace(/\s+/g, ' ');
  for (const q of [...parts, j]) lines[q].furniture = true;
  return { body: 'Tenders Electronic Daily', titleLine: k, title, dated: { line: j, date: iso }, filed: true };
}

/** An official gazette's name (`GACETA OFICIAL DE LA FEDERACIÓN`, `Official Gazette`, `Diario Oficial …`, `Federal Register`). */
const GAZETTE_NAME =
  /^(?:THE\s+)?(?:(?:GACETA|DIARIO|BOLET[IÍ]N|PERI[OÓ]DICO|REGISTRO|JOURNAL)\s+OFICIAL|OFFICIAL\s+(?:GAZETTE|JOURNAL|BULLETIN)|JOURNAL\s+OFFICIEL|FEDERAL\s+REGISTER|GAZETTE)\b/i;
/** A notice's title opening with its kind in capitals (`NOTICE by which …`, `DECREE amending …`, `AGREEMENT …`). */
const GAZETTE_TITLE =
  /^(?:NOTICE|DECREE|AGREEMENT|RESOLUTION|ORDER|DECLARATION|ACUERDO|DECRETO|AVISO|RESOLUCI[OÓ]N|EXTRACTO|EXTRACT|SUMMARY)\s+(?:by|of|granting|amending|issuing|whereby|that|which|por|mediante|que|de)\b/;

/**
 * A notice as its gazette prints it, copied or translated: the gazette's running head (its name, the date, its section
 * and page set apart by runs of spaces), the issuing office in capitals, then the notice's title opening with its kind
 * in capitals (`NOTICE by which … are made known.`), wrapped: the gazette's, dated by its head; the title the headline.
 */
function readGazetteNotice(lines: Line[], from: number): OfficialDocument | undefined {
  for (let k = from, seen = 0; k < lines.length && seen < 10; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (t.length > 160 || !/\S {3,}\S/.test(t)) continue;
    const parts = t.split(/ {3,}/);
    if (!GAZETTE_NAME.test(parts[0]) || parts[0].length > 60) continue;
    const d = parts
      .slice(1)
      .map((p) => findDate(p))
      .find(Boolean);
    if (!d) continue;
    for (let j = k + 1, n = 0; j < lines.length && n < 4; j++) {
      const u = lines[j].t.trim();
      if (u === '') continue;
      n++;
      if (!GAZETTE_TITLE.test(u)) continue;
      let title = u;
      let end = j;
      for (let q = j + 1; q < lines.length && lines[q].t.trim() !== '' && q <= j + 6; q++) {
        title += ' ' + lines[q].t.trim();
        end = q;
      }
      for (let q = k; q <= end; q++) lines[q].furniture = true;
      return {
        body: casedInLines(parts[0], lines),
        titleLine: j,
        title: title.replace(/\s+/g, ' ').replace(/\.$/, ''),
        dated: { line: k, date: d.iso },
      };
    }
    return undefined;
  }
  return undefined;
}

/** A name set in capitals as the lines write it with small letters (`GACETA OFICIAL DE LA FEDERACIÓN` → as a note cites it). */
export function casedInLines(name: string, lines: Line[]): string {
  if (/\p{Ll}/u.test(name)) return name;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name).replace(/\\? /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  for (const L of lines) {
    if (L.t.length < name.length) continue;
    const m = re.exec(L.t);
    if (m && /\p{Ll}/u.test(m[0])) return m[0].replace(/\s+/g, ' ');
  }
  return titleCased(name);
}

/** A gazette's masthead line: its name in capitals, its issue's number set far to the right (`MAGYAR KÖZLÖNY   2026. évi 31. szám`). */
const GAZETTE_MAST = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,3})\s{3,}(\S.{2,40})$/u;
/** An instrument's name and number as a gazette prints it over its subject (`Government Decree 47/2026 (II. 18.)`). */
const GAZETTE_INSTRUMENT =
  /^(?:[A-Z][a-z]+\s){0,2}(?:Decree|Regulation|Resolution|Order|Act|Law|Ordinance|Decision)\s+(?:No\.\s?)?[\dIVXL]{1,6}\/(?:19|20)\d\d\.?(?:\s\([^()]{2,20}\))?$/;

/**
 * An official gazette's issue copied as text (a translation): its masthead between long rules, the gazette's name in
 * capitals and the issue's number on one line (`MAGYAR KÖZLÖNY      2026. évi 31. szám`), its translation and date under
 * it; then its contents, and the first instrument it prints, its name and number (`Government Decree 47/2026 (II.
 * 18.)`) over its subject in small letters (`on declaring …`, wrapped). The gazette's, named as the text writes the name
 * (`Magyar Közlöny`); the instrument, its name and subject, the headline. The masthead is no text.
 */
function readGazetteMasthead(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  for (let seen = 0; k < lines.length && seen < 6; k++) {
    const t = lines[k].t.trim();
    if (/^(?:={20,}|-{20,}|━{20,}|═{20,})$/.test(t)) break;
    if (t === '' || lines[k].furniture) continue;
    seen++;
  }
  if (k >= lines.length || !/^(?:={20,}|-{20,}|━{20,}|═{20,})$/.test(lines[k].t.trim())) return undefined;
  const top = k;
  const mast = GAZETTE_MAST.exec((lines[k + 1]?.t ?? '').trim());
  if (!mast || !/\d/.test(mast[2]) || mast[1].length < 6) return undefined;
  let end = -1;
  for (let j = k + 2; j < lines.length && j <= k + 8; j++)
    if (/^(?:={20,}|-{20,}|━{20,}|═{20,})$/.test(lines[j].t.trim())) {
      end = j;
      break;
    }
  if (end < 0) return undefined;
  // The first instrument under the contents, and its subject under it.
  let at = -1;
  for (let j = end + 1; j < lines.length && j <= end + 80; j++)
    if (GAZETTE_INSTRUMENT.test(lines[j].t.trim()) && lines[j].ts - lines[j].start < 4) {
      at = j;
      break;
    }
  if (at < 0) return undefined;
  const parts = [lines[at].t.trim()];
  let j = at + 1;
  j = nextNonBlank(lines, j);
  if (j < lines.length && /^(?:on|concerning|regarding|amending|about)\s\p{Ll}/u.test(lines[j].t.trim()))
    for (; j < lines.length && lines[j].t.trim() !== '' && parts.join(' ').length < 400; j++) {
      parts.push(lines[j].t.trim());
      lines[j].furniture = true;
    }
  for (let q = top; q <= end; q++) lines[q].furniture = true;
  lines[at].furniture = true;
  const date = findDate(
    lines
      .slice(top + 1, end)
      .map((L) => L.t)
      .join(' '),
  );
  return {
    body: casedInLines(mast[1], lines),
    titleLine: at,
    title: parts.join(' '),
    ...(date ? { dated: { line: top + 1, date: date.iso } } : {}),
  };
}

/** A gazette's running head (`관        보          제21417호`, `官報 제21417호`): its name and its number. */
const KO_GAZETTE_HEAD = /^(관\s*보|官\s*報)\s+제\s?\d{3,6}\s?호$/;
/** A notice's number in the gazette (`◉기후에너지환경부고시 제2026-187호`, `○ 울산광역시 공고 제2026-311호`). */
const KO_GAZETTE_ITEM = /^[◉◎○●□■]?\s*[가-힣 ]{2,30}(?:고시|공고|훈령|예규)\s*제\s?\d{2,4}\s?[-–]\s?\d{1,5}\s?호$/;

/**
 * A notice as the gazette prints it (its running head `관 보 제21417호` and date over the section, `고 시`, the notice's
 * number, `◉기후에너지환경부고시 제2026-187호`, then its title): the gazette's, the title the headline, the gazette's
 * date its date. The head is no text.
 */
function readKoGazette(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length || lines[k].t.length > 120) return undefined;
  const head = KO_GAZETTE_HEAD.exec(lines[k].t.trim());
  if (!head) return undefined;
  let dated: { line: number; date: string } | undefined;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 8; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    if (!dated && seen === 1) {
      const d = findDate(t);
      if (d && d.index === 0) dated = { line: j, date: d.iso };
      continue;
    }
    if (!KO_GAZETTE_ITEM.test(t)) continue;
    let q = j + 1;
    q = nextNonBlank(lines, q);
    const title = q < lines.length ? lines[q].t.trim() : '';
    if (!title || title.length > 100 || /[.!?。다]$/.test(title) || isProseLine(title)) return undefined;
    for (let x = k; x <= q; x++) lines[x].furniture = true;
    return { body: head[1].replace(/\s+/g, ''), titleLine: q, title, dated };
  }
  return undefined;
}

/** A unit under a Korean body, last in its office's name (`사무국`, `수출지원본부`, `해외진출팀`, `투자유치과`). */
const KO_OFFICE_UNIT = /(?:사무국|사무처|본부|팀|과|실|국|센터|담당관|사업단|지원단)$/;

/**
 * A Korean body's internal report (a 결과보고 in 개조식) as its office writes it: its title, then, set to the right, its
 * date alone (`2026. 11. 5.`) and the office issuing it, the body with its units after (`광양만권 수출기업협의회 사무국`,
 * `강원글로벌산업진흥원 수출지원본부 해외진출팀`); the official in charge (담당) named on a line under them (`(담당: 정하린
 * 과장, 061-…)`) or in the sign-off box at its top (`│ 담  당 │ 팀  장 │ …` over `│ 오세린 │ 권태준 │ …`). The body's (its
 * units aside), by its 담당.
 */
export function readKoReportOffice(lines: Line[], from: number): { body: string; author?: string } | undefined {
  const indent = (k: number) => lines[k].ts - lines[k].start;
  for (let k = from, seen = 0; k + 1 < lines.length && seen < 16; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    const d = t.length <= 20 ? findDate(t) : undefined;
    if (!d || d.index !== 0 || d.length < t.length - 1 || indent(k) < 16) continue;
    let j = k + 1;
    while (j < lines.length && j <= k + 2 && lines[j].t.trim() === '') j++;
    const office = j < lines.length && indent(j) >= 16 ? lines[j].t.trim() : '';
    const words = office.split(/\s+/);
    if (!/^[가-힣·]{2,20}(?:\s[가-힣·]{2,20}){1,4}$/.test(office) || !KO_OFFICE_UNIT.test(words[words.length - 1]))
      return undefined;
    while (words.length > 1 && KO_OFFICE_UNIT.test(words[words.length - 1])) words.pop();
    let author: string | undefined;
    const charge =
      j + 1 < lines.length
        ? /^\(?\s*담\s?당\s*[:：]\s*([가-힣]{2,4})(?:\s+[가-힣]{1,6})?\s*(?:[,，].*)?\)?$/.exec(lines[j + 1].t.trim())
        : null;
    if (charge) author = charge[1];
    // (…or the sign-off box at the top: the cell under 담당)
    for (let q = from; !author && q < k; q++) {
      const cells = lines[q].t.split(/[│┃|]/).map((c) => c.replace(/\s+/g, ''));
      const at = cells.indexOf('담당');
      if (at < 0) continue;
      for (let r = q + 1; r < k && r <= q + 3; r++) {
        const row = lines[r].t.split(/[│┃|]/).map((c) => c.replace(/\s+/g, ''));
        if (row.length !== cells.length) continue;
        if (/^[가-힣]{2,4}$/.test(row[at]) && !/^(?:전결|대결|후결)$/.test(row[at])) author = row[at];
        break;
      }
      break;
    }
    return { body: words.join(' '), author };
  }
  return undefined;
}

/** The label an issuer sets under its name over a release the market rules govern (MAR, the Transparency Directive). */
const REGULATED_LABEL =
  /^(?:regulated\s+information|inside\s+information|information\s+r[ée]glement[ée]e|information\s+privil[ée]gi[ée]e|gereglementeerde\s+informatie|voorwetenschap)\b/i;

/**
 * A listed issuer's regulated release as Euronext issuers set it: the issuer's name alone on the first line, the label
 * under it (`Regulated information - Inside information within the meaning of Article 7(1) of … (MAR)`), the dateline
 * (`Amsterdam, the Netherlands - 5 March 2026, 07:30 CET`), `PRESS RELEASE` or not, then the headline. The issuer's (as it
 * names itself, its legal form kept), dated by the dateline; the head is no headline and no text.
 */
function readRegulatedRelease(lines: Line[], from: number): OfficialDocument | undefined {
  const next = (k: number) => {
    k = nextNonBlank(lines, k);
    return k;
  };
  const k = next(from);
  if (k >= lines.length) return undefined;
  const issuer = lines[k].t.trim();
  if (
    issuer.length > 80 ||
    !/^\p{Lu}/u.test(issuer) ||
    /[.!?]$/.test(issuer.replace(/\b(?:N\.V|S\.A|B\.V|S\.E|Inc|Ltd|Co|S\.p\.A)\.$/, ''))
  )
    return undefined;
  const l = next(k + 1);
  if (l >= lines.length || !REGULATED_LABEL.test(lines[l].t.trim())) return undefined;
  let dated: { line: number; date: string } | undefined;
  const head = [k, l];
  for (let j = next(l + 1), seen = 0; j < lines.length && seen < 4; j = next(j + 1), seen++) {
    const u = lines[j].t.trim();
    const d = !dated && u.length <= 90 ? findDate(u) : undefined;
    if (d) {
      dated = { line: j, date: d.iso };
      head.push(j);
      continue;
    }
    if (/^(?:press\s+release|news\s+release|communiqu[ée]\s+de\s+presse|persbericht)$/i.test(u)) {
      head.push(j);
      continue;
    }
    if (!dated || u.length < 15 || u.length > 250 || /^[-•*]\s/.test(u) || /[.!?]$/.test(u)) return undefined;
    for (const q of head) lines[q].furniture = true;
    return { body: issuer, titleLine: j, title: u, dated, filed: true };
  }
  return undefined;
}

/** A letter's return-address line, as Dutch government letters set it over the addressee (`Retouradres …`). */
const RETURN_ADDRESS = /^>?\s*(?:return\s+address|retouradres)\b/i;
/** A field of a letter's column of particulars: its label, then its value after a colon or a run of spaces. */
const LETTER_FIELD = /^(date|datum|subject|onderwerp)(?:\s*[:：]\s*|\s{2,})(\S.{2,300})$/i;
/** A letter's signing office, over the signatory's name (`The Minister of Climate and Green Growth,`, `De minister van …,`). */
const SIGNING_OFFICE =
  /^(?:the\s+|de\s+)?(?:minister|state\s+secretary|secretary\s+of\s+state|staatssecretaris)\b.{0,120},$/i;

/**
 * A minister's letter to a parliament as Dutch ministries set it (a Kamerbrief, in Dutch or in translation): the
 * ministry's name over its directorate, the return address (`Return address: PO Box …`), the addressee, then its
 * particulars in a column (`Date`, `Subject`, `Our reference`), and at its end the signing office over the
 * signatory (`The Minister of Climate and Green Growth,` / `J.W. Hartsuiker`). The ministry's; the subject the headline,
 * dated by its Date field, signed by the signatory.
 */
function readMinisterLetter(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  while (k < lines.length && (lines[k].t.trim() === '' || lines[k].furniture)) k++;
  if (k >= lines.length) return undefined;
  const body = lines[k].t.trim();
  if (!/^(?:ministry\s+of|ministerie\s+van)\s\S/i.test(body) || body.length > 80) return undefined;
  let returned = false;
  let subject: { line: number; value: string } | undefined;
  let dated: { line: number; date: string } | undefined;
  for (let j = k + 1; j < lines.length && j <= k + 25; j++) {
    const u = lines[j].t.trim();
    if (RETURN_ADDRESS.test(u)) returned = true;
    const f = returned ? LETTER_FIELD.exec(u) : null;
    if (!f) continue;
    if (/^(?:subject|onderwerp)$/i.test(f[1])) subject ??= { line: j, value: f[2].trim() };
    else {
      const d = findDate(f[2]);
      if (d) dated ??= { line: j, date: d.iso };
    }
  }
  if (!returned || !subject) return undefined;
  let authors: string[] | undefined;
  for (let j = lines.length - 1, seen = 0; j > subject.line && seen < 6; j--) {
    const u = lines[j].t.trim();
    if (u === '') continue;
    seen++;
    const above = lines
      .slice(Math.max(0, j - 3), j)
      .map((L) => L.t.trim())
      .filter(Boolean)
      .pop();
    if (
      above &&
      SIGNING_OFFICE.test(above) &&
      // (a name as the signatory writes it: initials or a first name, a Dutch name's particle small, `M.E. de Vries`)
      /^(?:(?:\p{Lu}\.\s?){1,4}|\p{Lu}\p{Ll}+\s)(?:(?:van|de|der|den|ter|ten|te|het)\s){0,2}\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(
        u,
      )
    ) {
      authors = [u];
      break;
    }
  }
  for (let q = k; q < subject.line; q++) lines[q].furniture = true;
  return { body, titleLine: subject.line, title: subject.value, dated, filed: !!dated, authors };
}

/** A Korean exchange's market, as a disclosure's head names it (`유가증권시장본부`, `코스닥시장`, `코넥스시장본부`). */
const KO_MARKET = /^(?:유가증권|코스닥|코넥스)(?:시장)?(?:본부)?$|^(?:KOSPI|KOSDAQ|KONEX)$/;
/**
 * A disclosure's date: labelled (`공시일 2026.04.08 16:42`, `공시일시: …`, `제출일 …`) or standing alone as the filing
 * system prints it, with its time (`2026.06.12 16:42`).
 */
const KO_FILED_DATE =
  /^(?:(?:공시|제출|접수)\s?일(?:시|자)?\s*[:：]?\s*(\S.{5,30})|((?:19|20)\d\d[.-]\s?\d{1,2}[.-]\s?\d{1,2}\.?(?:\s+\d{1,2}:\d\d(?::\d\d)?)?))$/;

/**
 * A Korean listed company's disclosure headed by the company, its market and the date it was filed (`해동디지털인프라 /
 * 유가증권시장본부 / 공시일 2026.04.08 16:42`), its title on the next line (`장래사업ㆍ경영 계획(공정공시)`): the company's,
 * the title the headline, the filing's date its date.
 */
function readKoDisclosureHead(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  // (a copier's note over it, `※ KIND(상장공시시스템) 공시 뷰어에서 본문을 복사함 …` and its wrapped lines, is passed over)
  if (k < lines.length && lines[k].t.charCodeAt(0) === 0x203b) {
    while (k < lines.length && lines[k].t.trim() !== '') k++;
    k = nextNonBlank(lines, k);
  }
  // (…or the viewer's crumbs, `KIND 한국거래소 기업공시채널  >  오늘의 공시  >  공시뷰어`, and a copier's note in brackets,
  // `(KIND에서 텍스트로 복사함: …)`, over the head)
  const over: number[] = [];
  for (let n = 0; n < 3 && k < lines.length; n++) {
    const u = lines[k].t.trim();
    if (!(u.length <= 160 && (/^[^>]{1,40}(?:\s>\s[^>]{1,40}){2,}$/.test(u) || /^[(（][^()（）]{4,150}[)）]$/.test(u))))
      break;
    over.push(k);
    k = nextNonBlank(lines, k + 1);
  }
  // (…and a box drawn around the head, `┌───┐` over `│ 남강케이블      [코스닥]  2026.09.30 16:02 │`: its sides aside)
  const boxed = k < lines.length && /^[┌┏╔][─━═]{10,}[┐┓╗]$/.test(lines[k].t.trim());
  if (boxed) k++;
  if (k >= lines.length) return undefined;
  const inBox = (t: string) => (boxed ? t.replace(/^[│┃║]\s*|\s*[│┃║]$/g, '') : t);
  const t = inBox(lines[k].t.trim());
  if (t.length > 160) return undefined;
  // (its three parts apart by slashes, or set in columns: `서라벌전기      코스닥시장      공시일 2026.10.27 17:21`; a
  // table's cells copied with tabs between them are its columns too; the market maybe in brackets, `[코스닥]`)
  const parts = t
    .split(/\s+[/|]\s+|\s{3,}|\s*\t\s*|\s+(?=\[(?:유가증권|코스닥|코넥스))|(?<=\])\s+/)
    .map((p) => p.trim().replace(/^\[(.{2,12})\]$/, '$1'));
  // (the filer after them, `[제출인] 지평선일렉트릭`, as KIND's viewer prints it: the filer, no part to read)
  if (parts.length === 5 && /^\[?제출인\]?$/.test(parts[3])) parts.splice(3, 2);
  if (parts.length === 2 && KO_MARKET.test(parts[1])) return koDisclosureTwoLines(lines, k, parts[0]);
  if (parts.length !== 3 || !KO_MARKET.test(parts[1])) return undefined;
  const filed = KO_FILED_DATE.exec(parts[2]);
  const d = filed ? findDate(filed[1] ?? filed[2]) : undefined;
  if (!d || !/^[가-힣A-Za-z0-9&·()㈜ ]{2,30}$/.test(parts[0])) return undefined;
  let j = k + 1;
  j = nextNonBlank(lines, j);
  const title = j < lines.length ? inBox(lines[j].t.trim()) : '';
  if (
    !title ||
    title.length > 80 ||
    /[.!?。]$/.test(title) ||
    (title.charCodeAt(0) >= 0x2500 && title.charCodeAt(0) <= 0x257f)
  )
    return undefined;
  // (the title's matter on the line under it in brackets, `(지부티 구베 … 공급계약 체결)`, as the viewer centres it: the
  // title's, joined as the form writes it)
  let full = title;
  const under = lines[j + 1]?.t.trim() ?? '';
  // (a matter in words, not the kind of filing alone: `(자율공시)` is no part of the title)
  if (
    !boxed &&
    /^[(（][^()（）]*\s[^()（）]*[)）]$/.test(under) &&
    under.length <= 100 &&
    full.length + under.length <= 160
  ) {
    full += under;
    lines[j + 1].furniture = true;
  }
  for (const q of over) lines[q].furniture = true;
  lines[k].furniture = true;
  lines[j].furniture = true;
  if (boxed) {
    lines[k - 1].furniture = true;
    if (j + 1 < lines.length && /^[└┗╚]/.test(lines[j + 1].t.trim())) lines[j + 1].furniture = true;
  }
  const company = parts[0].replace(/^(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$/g, '').trim();
  return { body: company, titleLine: j, title: full, dated: { line: k, date: d.iso }, filed: true };
}

/**
 * …or on two lines, the company and its market, then the filing's time and the form's name (`동광스틸구조      유가증권시장`
 * / `2026.07.15 17:42      투자판단 관련 주요경영사항`): the company's, dated by the filing; its headline the form's
 * `제목` row (`│ 1. 제목 │ 호주 … 선정 │`, its wrapped cells joined), else the form's name.
 */
function koDisclosureTwoLines(lines: Line[], k: number, company: string): OfficialDocument | undefined {
  if (!/^[가-힣A-Za-z0-9&·()㈜ ]{2,30}$/.test(company)) return undefined;
  let j = k + 1;
  j = nextNonBlank(lines, j);
  if (j >= lines.length) return undefined;
  const second = lines[j].t
    .trim()
    .split(/\s{3,}/)
    .map((p) => p.trim());
  const filed = second.length === 2 ? KO_FILED_DATE.exec(second[0]) : null;
  const d = filed ? findDate(filed[1] ?? filed[2]) : undefined;
  if (!d || second[1].length > 60 || /[.!?。]$/.test(second[1])) return undefined;
  // (…or DART's notice beside the time, `본 공시사항은 [공시책임자]의 책임하에 작성됨`, as its viewer prints every filing:
  // the form's name is then the line set under them, centred)
  if (/^본\s?공시사항은\s.*책임\s?하에\s?작성됨$/.test(second[1])) {
    let q = j + 1;
    q = nextNonBlank(lines, q);
    const named = q < lines.length ? lines[q].t.trim() : '';
    if (!/^[가-힣ㆍ·()\s]{2,40}$/.test(named) || lines[q].ts - lines[q].start < 4) return undefined;
    second[1] = named;
  }
  const field = boxRow(lines, j + 1, /^(?:\d{1,2}\.\s*)?제\s*목$/);
  lines[k].furniture = true;
  lines[j].furniture = true;
  // (the form's name set again over its table, centred: no text)
  for (let q = j + 1; q < lines.length && q <= j + 4; q++)
    if (lines[q].t.trim() === second[1]) lines[q].furniture = true;
  const body = company.replace(/^(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$/g, '').trim();
  return {
    body,
    titleLine: field?.line ?? j,
    title: field?.value ?? second[1],
    dated: { line: j, date: d.iso },
    filed: true,
  };
}

/** A form's row in a box table labelled `label` (`│ 1. 제목 │ … │`), its value's wrapped cells in the rows under it joined. */
function boxRow(lines: Line[], from: number, label: RegExp): { line: number; value: string } | undefined {
  for (let k = from; k < lines.length && k < from + 12; k++) {
    const cells = lines[k].t
      .trim()
      .split(/[│┃|]/)
      .map((c) => c.trim());
    if (cells.length < 4 || !label.test(cells[1])) continue;
    const value = [cells[2]];
    for (let q = k + 1; q < lines.length; q++) {
      const c = lines[q].t
        .trim()
        .split(/[│┃|]/)
        .map((x) => x.trim());
      if (c.length < 4 || c[1] !== '' || !c[2]) break;
      value.push(c[2]);
    }
    const v = value.join(' ').replace(/\s+/g, ' ').trim();
    return v.length >= 4 && v.length <= 200 ? { line: k, value: v } : undefined;
  }
  return undefined;
}

/** A ministry's line in capitals heading its agency's documents (`MINISTERIO PARA LA TRANSICIÓN ECOLÓGICA …`). */
const MINISTRY_CAPS =
  /^(?:MINISTERIO|MINISTÉRIO|MINISTÈRE|MINISTERO|MINISTRY|DEPARTMENT|GOBIERNO|GOVERNMENT)\s(?:OF|DE|DEL|DA|DO|DU|DES|DELLA|FOR|PARA|PER|POUR)\s\S/;
/** A public body's legal form after its name (`, O.A.` an organismo autónomo, `, E.P.E.`). */
const PUBLIC_FORM = /,?\s+(?:O\.\s?A\.|E\.\s?P\.\s?E\.|E\.\s?P\.|I\.\s?P\.)$/;
/** A decision's title opening with its kind in capitals (`RESOLUTION of the Presidency …`, `ORDER granting …`). */
const DECISION_TITLE =
  /^(RESOLUTION|RESOLUCIÓN|DECISION|ORDER|DECREE|AGREEMENT|ACUERDO)\s+(?:of|on|by|granting|approving|authori[sz]ing|de|por|sobre)\s/;

/** A name in capitals written as a name: words capitalized, Spanish and English particles small, initials kept. */
function nameCased(n: string): string {
  return titleCased(n)
    .replace(/(?<=\s)(?:De|Del|De La|La|Las|Los|Y|E|Da|Do|Dos)(?=\s)/g, (w) => w.toLowerCase())
    .replace(/\b(?:\p{L}\.){2,}/gu, (w) => w.toUpperCase());
}

/**
 * An agency's resolution under its ministry's letterhead (`MINISTERIO PARA LA TRANSICIÓN ECOLÓGICA …` / `CONFEDERACIÓN
 * HIDROGRÁFICA DEL TAJO, O.A.` / `Comisaría de Aguas`), its title opening with its kind in capitals and wrapped
 * (`RESOLUTION of the Presidency … to STARGATE IBERIA NAVALMORAL, S.L.U.`): the agency under the ministry issues it
 * (its legal form aside), the title is the headline as a reader writes it (names in capitals as names).
 */
function readAgencyResolution(lines: Line[], from: number): OfficialDocument | undefined {
  const at: number[] = [];
  for (let j = from; j < lines.length && at.length < 2; j++) if (lines[j].t !== '') at.push(j);
  if (at.length < 2) return undefined;
  const ministry = lines[at[0]].t.trim();
  const agency = lines[at[1]].t.trim();
  if (ministry.length > 100 || !MINISTRY_CAPS.test(ministry) || agency.length > 80) return undefined;
  if (agency !== agency.toUpperCase() || /\d/.test(agency) || MINISTRY_CAPS.test(agency)) return undefined;
  for (let j = at[1] + 1, seen = 0; j < lines.length && seen < 12; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    const m = t.length <= 200 ? DECISION_TITLE.exec(t) : null;
    if (!m) continue;
    let title = t;
    let q = j + 1;
    for (; q < lines.length && q <= j + 4 && lines[q].t.trim() !== ''; q++) title += ' ' + lines[q].t.trim();
    if (title.length > 400) return undefined;
    for (let x = at[0]; x < q; x++) if (lines[x].t !== '' && (x <= at[1] || x >= j)) lines[x].furniture = true;
    const written =
      m[1][0] +
      m[1].slice(1).toLowerCase() +
      title.slice(m[1].length).replace(/\p{Lu}[\p{Lu}.,'’&-]*(?:\s\p{Lu}[\p{Lu}.,'’&-]*)+/gu, (w) => nameCased(w));
    return { body: nameCased(agency.replace(PUBLIC_FORM, '')), titleLine: j, title: written };
  }
  return undefined;
}

/**
 * A government's name heading its council's resolutions, in capitals (`PUEBLO OF PIEDRA LUMBRE`, `CITY OF BUCKEYE`,
 * `NAVAJO NATION`, `HIDALGO COUNTY`).
 */
const GOVERNMENT_CAPS =
  /^(?:(?:PUEBLO|CITY|TOWN|VILLAGE|COUNTY|BOROUGH|TOWNSHIP|PARISH|NATION|TRIBE|MUNICIPALITY|CONFEDERATED\s+TRIBES)\s+OF\s+(?:THE\s+)?[A-Z][A-Z .'’-]{1,50}|[A-Z][A-Z.'’-]*(?:\s[A-Z][A-Z.'’-]*){0,4}\s(?:NATION|TRIBE|COUNTY|PARISH|CITY|TOWNSHIP|RANCHERIA|INDIAN\s+COMMUNITY|BAND\s+OF\s+[A-Z][A-Z .'’-]{2,40}))$/;
/** The resolution's number line (`RESOLUTION NO. PL-2026-047`, `RESOLUTION NUMBER 2026-31`, `RESOLUTION #26-14`). */
const RESOLUTION_NO = /^RESOLUTION\s+(NO\.?|NUMBER|#)\s*([A-Z0-9][A-Z0-9.\-–/]*)$/;
/** A word of a resolution's adoption (`adopted`, `PASSED, APPROVED AND ADOPTED`, `enacted`). */
const ADOPTED = /\b(?:adopted|passed|enacted)\b/i;

/**
 * A council's resolution under its government's letterhead (`PUEBLO OF PIEDRA LUMBRE` / `TRIBAL COUNCIL` / its
 * address), numbered (`RESOLUTION NO. PL-2026-047`), its title in capitals under the number, then its recitals
 * (`WHEREAS, …`): the government issues it; the number and the title are the headline, as a reader writes them (the
 * words the resolution's text writes as names, capitalized; `Resolution No. PL-2026-047: Approving a surface lease of
 * the Mesa Lumbre Tract …`); the day its certification or closing says it was adopted dates it (`… adopted by the
 * Tribal Council … on the 23rd day of June, 2026`, `PASSED, APPROVED AND ADOPTED this 14th day of July, 2026`).
 */
function readCouncilResolution(lines: Line[], from: number): OfficialDocument | undefined {
  const at: number[] = [];
  for (let j = from; j < lines.length && at.length < 6; j++) if (lines[j].t !== '') at.push(j);
  if (!at.length) return undefined;
  const government = lines[at[0]].t.trim();
  if (government.length > 80 || !GOVERNMENT_CAPS.test(government)) return undefined;
  const noAt = at.slice(1).find((j) => RESOLUTION_NO.test(lines[j].t.trim()));
  if (noAt === undefined) return undefined;
  const no = RESOLUTION_NO.exec(lines[noAt].t.trim())!;
  // The title: the paragraph in capitals under the number.
  let k = noAt + 1;
  while (k < lines.length && lines[k].t === '') k++;
  const titleAt = k;
  const words: string[] = [];
  for (; k < lines.length && lines[k].t !== '' && k < titleAt + 8; k++) {
    const t = lines[k].t.trim();
    if (t !== t.toUpperCase() || !/[A-Z]/.test(t)) return undefined;
    words.push(t);
  }
  const caps = words.join(' ');
  if (!caps || caps.length > 600) return undefined;
  // …then its recitals.
  while (k < lines.length && lines[k].t === '') k++;
  if (k >= lines.length || !/^WHEREAS\b/i.test(lines[k].t)) return undefined;
  for (let j = from; j < k; j++) lines[j].furniture = true;
  const text = lines
    .slice(k)
    .filter((L) => !L.furniture && L.t !== '')
    .map((L) => L.t)
    .join(' ');
  const number = /^NO\.?$/.test(no[1]) ? 'No.' : no[1] === 'NUMBER' ? 'Number' : '#';
  const title = `${writtenAsText('RESOLUTION', text)} ${number} ${no[2]}: ${writtenAsText(caps, text, [government])}`;
  // Its adoption, in the paragraphs after its last `RESOLVED` (the certification, the closing), read from the end.
  let dated: { line: number; date: string } | undefined;
  let para: number[] = [];
  const adoption = (ks: number[]) => {
    const t = ks.map((j) => lines[j].t).join(' ');
    const a = ADOPTED.exec(t);
    const d = a ? findDate(t.slice(a.index, a.index + 300)) : undefined;
    return d ? { line: ks[0], date: d.iso } : undefined;
  };
  for (let j = lines.length - 1; j > k && !dated; j--) {
    if (lines[j].t === '') {
      if (para.length) dated = adoption(para);
      para = [];
      continue;
    }
    para.unshift(j);
    if (/\bRESOLVED\b/.test(lines[j].t)) break;
  }
  return { body: nameCased(government), titleLine: titleAt, title, dated };
}

/**
 * A title in capitals written as the document's own text writes its words: a word its text writes capitalized within a
 * sentence (`the Mesa Lumbre Tract`, `the Governor`), or a word of a name the document gives (`names`: its issuer's), is
 * capitalized; an abbreviation it writes in capitals among small words (`LLC`) stays so; any other word, one the text
 * writes small or never writes, is written small. The first is capitalized.
 */
/** The name of a month (but `may`) or of a day of the week, in small letters. */
const MONTH_OR_DAY =
  /^(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
export function writtenAsText(caps: string, text: string, names: string[] = []): string {
  const named = new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length > 2));
  // How the text writes each word, counted: capitalized, small, in capitals among small words. A word in a run of
  // capitals (a heading, `BE IT RESOLVED`) or opening a sentence says nothing of how it is written.
  const seen = new Map<string, { cap: number; small: number; upper: number }>();
  const toks = [...text.matchAll(/\p{L}[\p{L}'’]*/gu)];
  const allCaps = (w: string) => w.length > 1 && w === w.toUpperCase();
  // A name of capitalized words (`Kivilahti Data Campus Oy`) is written as the text writes it whole; a word inside it
  // says how the name is written, not the word (`data centre` elsewhere).
  const runs = [...text.matchAll(/(?<![\p{L}'’])\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)+/gu)];
  const inRun = new Set<number>();
  const runNames = new Map<string, string>();
  const runCap = new Map<string, number>();
  for (const r of runs) {
    // (…or a line's, after a list's bullet: `  * The Mardina Solar Hub will comprise …`)
    const atStart =
      r.index === 0 ||
      /[.!?:;]["”’)]?\s+$|["“(]$/.test(text.slice(Math.max(0, r.index - 3), r.index)) ||
      /\n[ \t]*(?:[*•▪–-][ \t]+)?$/.test(text.slice(Math.max(0, r.index - 12), r.index));
    const words = r[0].split(' ');
    const name = (atStart ? words.slice(1) : words).join(' ');
    for (let q = r.index; q < r.index + r[0].length; q++) inRun.add(q);
    if (name.includes(' ')) runNames.set(name.toLowerCase(), name);
  }
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i][0];
    const before = text.slice(Math.max(0, toks[i].index - 3), toks[i].index);
    if (
      toks[i].index === 0 ||
      /[.!?:;]["”’)]?\s+$|["“(]$/.test(before) ||
      /\n[ \t]*(?:[*•▪–-][ \t]+)?$/.test(text.slice(Math.max(0, toks[i].index - 12), toks[i].index))
    )
      continue;
    if (inRun.has(toks[i].index) && !allCaps(w)) {
      const l = w.toLowerCase();
      runCap.set(l, (runCap.get(l) ?? 0) + 1);
      continue;
    }
    if (allCaps(w) && (allCaps(toks[i - 1]?.[0] ?? '') || allCaps(toks[i + 1]?.[0] ?? ''))) continue;
    const l = w.toLowerCase();
    let c = seen.get(l);
    if (!c) seen.set(l, (c = { cap: 0, small: 0, upper: 0 }));
    if (allCaps(w)) c.upper++;
    else if (w[0] === w[0].toUpperCase()) c.cap++;
    else c.small++;
  }
  let first = true;
  let out = caps.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const lower = word.toLowerCase();
    const capped = word[0] + lower.slice(1);
    const wasFirst = first;
    first = false;
    // (a month's or a day's name is written capitalized, whether the text writes it or not: `14 August 2026`; `may`, a
    // verb too, as the text writes it)
    if (MONTH_OR_DAY.test(lower)) return capped;
    const { cap, small, upper } = seen.get(lower) ?? { cap: 0, small: 0, upper: 0 };
    if (upper > 0 && upper >= cap && upper >= small && word.length <= 5) return word;
    if (cap > small || (!small && (named.has(lower) || (runCap.get(lower) ?? 0) > 0))) return capped;
    return wasFirst ? capped : lower;
  });
  // (the abbreviation of a number, `No. 131-0874-2026`)
  out = out.replace(/\bno\.(?=\s?\d)/g, 'No.');
  // (the issuer's name, or its first words as a headline shortens it: `SOUTHERN FIBRE TO BUILD …` of Southern Fibre
  // Networks Limited)
  for (const n of names) {
    if (n === n.toUpperCase()) continue;
    const words = n.split(/\s+/);
    for (let w = 2; w <= words.length; w++) {
      const part = words.slice(0, w).join(' ');
      if (!runNames.has(part.toLowerCase())) runNames.set(part.toLowerCase(), part);
    }
  }
  for (const [lower, name] of [...runNames].sort((a, b) => b[0].length - a[0].length)) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRe(lower)}(?![\\p{L}])`, 'giu');
    out = out.replace(re, name);
  }
  return out;
}

/** A prospectus cover's line under the issuer (`(incorporated with limited liability under the laws of …)`). */
const INCORPORATED =
  /^\((?:incorporated|a\s+(?:company|corporation)\s+incorporated|organi[sz]ed|established|registered)\b.{5,150}\)$/i;
/** The securities offered (`EUR 1,200,000,000 Senior Secured Green Notes`, `US$500,000,000 4.25% Notes due 2031`). */
const SECURITIES =
  /^(?:[A-Z]{3}|U\.?S\.?\$|[$€£¥])\s?\d[\d,.]*(?:\s(?:million|billion))?\s.{3,100}?\b(?:Notes|Bonds|Debentures|Securities|Shares|Certificates|Sukuk)(?:\s+due\s+(?:19|20)\d\d)?$/;
/** What the document is, under the securities (`SUMMARY OF THE PROSPECTUS`, `BASE PROSPECTUS`, `OFFERING CIRCULAR`). */
const PROSPECTUS_KIND =
  /^(?:(?:SUMMARY\s+OF\s+THE\s+)?(?:BASE\s+|PRELIMINARY\s+|FINAL\s+)?PROSPECTUS(?:\s+SUMMARY)?|OFFERING\s+(?:CIRCULAR|MEMORANDUM)|INFORMATION\s+MEMORANDUM)$/;

/**
 * A prospectus's cover: the issuer in capitals, `(incorporated … under the laws of …)`, the securities offered and
 * what the document is (`SUMMARY OF THE PROSPECTUS`), `Dated …`. The issuer is the outlet (as its text spells it), the
 * securities with the document's kind the headline (`EUR 1,200,000,000 Senior Secured Green Notes: Summary of the
 * Prospectus`); the issuer's lines and the kind are no text, the securities' are.
 */
function readProspectusCover(lines: Line[], from: number): OfficialDocument | undefined {
  const at: number[] = [];
  for (let j = from; j < lines.length && at.length < 3; j++) if (lines[j].t !== '') at.push(j);
  if (at.length < 3) return undefined;
  const issuer = lines[at[0]].t.trim();
  if (issuer.length > 80 || issuer !== issuer.toUpperCase() || !INCORPORATED.test(lines[at[1]].t.trim()))
    return undefined;
  const notes = lines[at[2]].t.trim();
  if (notes.length > 140 || !SECURITIES.test(notes)) return undefined;
  let kindAt = -1,
    dated: { line: number; date: string } | undefined;
  for (let j = at[2] + 1, seen = 0; j < lines.length && seen < 10; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    if (kindAt < 0 && t.length <= 60 && PROSPECTUS_KIND.test(t)) kindAt = j;
    else if (kindAt >= 0) {
      const d = t.length <= 40 && /^dated\s/i.test(t) ? findDate(t) : undefined;
      if (d) dated = { line: j, date: d.iso };
      break;
    }
  }
  if (kindAt < 0) return undefined;
  // (the securities' lines, the offering's and its tranches' amounts, coupons and maturities, stay read)
  for (const j of [at[0], at[1], kindAt]) lines[j].furniture = true;
  const kind = lines[kindAt].t.trim();
  return {
    body: issuer,
    titleLine: at[2],
    title: /^PROSPECTUS$/.test(kind) ? notes : `${notes}: ${titleCased(kind)}`,
    dated,
    filed: !!dated,
  };
}

/** A drawdown's terms dated on its cover (`Pricing Supplement dated 14 October 2026`, `Final Terms dated 3 March 2026`). */
const TERMS_DATED = /^(?:pricing\s+supplement|final\s+terms)\s+dated\s+(\S.{5,30})$/i;
/** Its title: the issue, with the programme it is drawn under on the next line (`Issue of US$650,000,000 …`). */
const ISSUE_OF = /^issue\s+of\s+(?:[A-Z]{3}|U\.?S\.?\$|[$€£¥])\s?\d/i;

/**
 * A drawdown's pricing supplement or final terms under a medium term note programme: legends in capitals at its top
 * (`EXEMPT OFFER -- …`, `PROHIBITION OF SALES TO EEA AND UK RETAIL INVESTORS -- …`), `Pricing Supplement dated …`,
 * the issuer in capitals with `(incorporated …)` under it (a guarantor after `guaranteed by`), then `Issue of
 * US$650,000,000 … Notes due 2036` / `under the … Programme`. The issuer is the outlet (as its text spells it), the
 * issue with its programme the headline, the cover's date the date; the legends and the cover's lines are no text.
 */
function readPricingSupplement(lines: Line[], from: number): OfficialDocument | undefined {
  let datedAt = -1,
    date: string | undefined;
  for (let j = from, seen = 0; j < lines.length && seen < 30; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    const m = t.length <= 70 ? TERMS_DATED.exec(t) : null;
    const d = m ? findDate(m[1]) : undefined;
    if (d) {
      datedAt = j;
      date = d.iso;
      break;
    }
  }
  if (datedAt < 0 || !date) return undefined;
  let issuer: string | undefined,
    titleLine = -1,
    title: string | undefined;
  for (let j = datedAt + 1, seen = 0; j < lines.length && seen < 14; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    const next = lines.slice(j + 1).find((L) => L.t.trim() !== '');
    if (
      !issuer &&
      t.length <= 80 &&
      t === t.toUpperCase() &&
      /\p{Lu}{3}/u.test(t) &&
      next &&
      INCORPORATED.test(next.t.trim())
    )
      issuer = t;
    if (ISSUE_OF.test(t)) {
      titleLine = j;
      title = t;
      const u = j + 1 < lines.length ? lines[j + 1].t.trim() : '';
      if (/^under\s+the\s/i.test(u) && u.length <= 140) title = `${t} ${u}`;
      break;
    }
  }
  if (!issuer || !title) return undefined;
  // (the cover above the issue, its legends and the issuer's lines, is no text; the issue's lines stay read)
  for (let j = from; j < titleLine; j++) lines[j].furniture = true;
  return { body: casedInLines(issuer, lines), titleLine, title, dated: { line: datedAt, date }, filed: true };
}

/** An event's days with its month and year (`23-24 September 2026`, `9–11 June 2026`). */
const EVENT_DAYS = new RegExp(`(?<!\\d)(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})\\s+${MON}\\.?,?\\s+((?:19|20)\\d\\d)`, 'i');
/** Which of the event's days a session is on (`Day 2 | Main Hall B | 11:15-12:00 EAT`). */
const EVENT_DAY = /^day\s+(\d{1,2})\b/i;
/** A session's title under its kind and number (`PANEL 4: "Sun, steam and seawater: …"`, `Session 7: …`). */
const SESSION_TITLE =
  /^(?:panel|session|keynote|plenary|roundtable|fireside\s+chat|workshop)(?:\s+(?:session\s+)?[\dA-Z]{1,3})?\s*[:：]\s*["“]?(\S.{3,150}?)["”]?$/i;

/**
 * A session's transcript from a conference: the event's name in capitals on its first line (`CONNECTED CONTINENTS
 * 2026 -- AI INFRASTRUCTURE FORUM`, its description after a dash), its place and days (`Nairobi, 23-24 September
 * 2026`), the session's day (`Day 2 | …`) and its title (`PANEL 4: "Sun, steam and seawater: …"`). The event is the
 * outlet, the session's title the headline, the session's day the date (the event's second day for `Day 2`; an event
 * of several days with no day given leaves it unknown). The head is no text.
 */
function readEventSession(lines: Line[], from: number): OfficialDocument | undefined {
  const at = nonBlankFrom(lines, from, 6);
  if (at.length < 3) return undefined;
  const first = lines[at[0]].t.trim();
  if (first.length > 90 || first !== first.toUpperCase() || !/\p{Lu}{3}/u.test(first)) return undefined;
  const name = first.split(/\s+(?:--|—|–|-|\|)\s+/)[0].trim();
  if (!name || name.split(/\s+/).length > 8) return undefined;
  let titleLine = -1,
    title: string | undefined,
    date: string | undefined,
    dayOf: number | undefined,
    days: RegExpExecArray | null = null;
  for (const j of at.slice(1)) {
    const t = lines[j].t.trim();
    const sess = t.length <= 200 ? SESSION_TITLE.exec(t) : null;
    if (sess) {
      titleLine = j;
      title = sess[1].trim();
      break;
    }
    days ??= EVENT_DAYS.exec(t);
    if (!days && !date && t.length <= 60) date = findDate(t)?.iso;
    const d = EVENT_DAY.exec(t);
    if (d) dayOf = parseInt(d[1], 10);
  }
  if (titleLine < 0 || !title) return undefined;
  if (days) {
    const [a, b] = [parseInt(days[1], 10), parseInt(days[2], 10)];
    const day = dayOf !== undefined ? a + dayOf - 1 : undefined;
    date = day !== undefined && day <= b ? findDate(`${day} ${days[3]} ${days[4]}`)?.iso : undefined;
  }
  for (const j of at) {
    if (j > titleLine) break;
    lines[j].furniture = true;
  }
  return {
    body: casedInLines(name, lines),
    titleLine,
    title,
    dated: date ? { line: at[1], date } : undefined,
    filed: !!date,
  };
}

/** A development lender's disclosure of a project, by its kind (`PROJECT INFORMATION DOCUMENT (PID)`). */
const PID_KIND = /^(?:PROJECT|PROGRAM(?:ME)?)\s+INFORMATION\s+DOCUMENT(?:\s+\([A-Z]{2,6}\))?$/;
/** (…or its data sheet, `PROJECT DATA SHEET (PDS)`: a page about the project, headed by the project's name alone) */
const PDS_KIND = /^(?:PROJECT|PROGRAM(?:ME)?)\s+DATA\s+SHEET(?:\s+\([A-Z]{2,6}\))?$/;
/** Its date, labelled among the stage and the report's number (`Date Prepared/Updated: 18-Mar-2026`). */
const PID_DATE = /\bdate\s+(?:prepared|updated|prepared\s*\/\s*updated)\s*[:：]\s*([^|]{6,30})/i;
/** (…or in the sheet's basic data, its value set to the right of its label: `Date of Last Update     30 September 2026`) */
const PDS_DATE = /^date\s+of\s+(?:last\s+update|last\s+revision|publication)\s*(?:[:：]\s*|\s{2,})(\S.{5,30})$/i;
/** A lender's name in capitals without initials, by what it is (`BAY OF BENGAL INFRASTRUCTURE FUND`). */
const LENDER_NAMED = /^((?:[A-Z][A-Z'’-]*\s+){1,8}(?:FUND|BANK|CORPORATION|FACILITY|AGENCY))$/;
/** A lender's name in capitals with its initials (`PAN-AFRICAN DEVELOPMENT FINANCE CORPORATION (PADFC)`). */
const LENDER_CAPS = /^([A-Z][A-Z .,&'’-]{5,90}?)\s*\(([A-Z]{2,8})\)$/;

/**
 * A development lender's project information document: the lender's name in capitals with its initials on the first
 * line, the document's kind (`PROJECT INFORMATION DOCUMENT (PID)`), the stage line with its date (`CONCEPT STAGE |
 * Date Prepared/Updated: 18-Mar-2026 | Report No: …`), and the project's name in the basic data (`Project Name` over
 * its value, or after a colon). The lender is the outlet (as its text spells it, without its initials), the kind with
 * the project's name the headline, the prepared date the date.
 */
function readProjectInformationDocument(lines: Line[], from: number): OfficialDocument | undefined {
  const at = nonBlankFrom(lines, from, 8);
  if (at.length < 3) return undefined;
  const head = lines[at[0]].t.trim();
  // (a data sheet's lender may be named without its initials, by what it is, the kind on the line under it)
  const sheet = PDS_KIND.test(lines[at[1]].t.trim());
  const lender = LENDER_CAPS.exec(head) ?? (sheet ? LENDER_NAMED.exec(head) : null);
  if (!lender) return undefined;
  const kindAt = sheet ? at[1] : at.slice(1).find((j) => PID_KIND.test(lines[j].t.trim()));
  if (kindAt === undefined) return undefined;
  let date: string | undefined,
    dateLine = -1;
  for (const j of at) {
    const m = PID_DATE.exec(lines[j].t);
    const d = m ? findDate(m[1]) : undefined;
    if (d) {
      date = d.iso;
      dateLine = j;
      break;
    }
  }
  // (a data sheet's date among its basic data, the day it was last updated)
  for (let j = kindAt + 1; sheet && !date && j < lines.length && j <= kindAt + 40; j++) {
    const m = PDS_DATE.exec(lines[j].t.trim());
    const d = m ? findDate(m[1]) : undefined;
    if (d) {
      date = d.iso;
      dateLine = j;
    }
  }
  // (the project's name: `Project Name` over its value, or after a colon or set to the right, in the basic data under
  // the head)
  let project: string | undefined;
  for (let j = kindAt + 1; j < lines.length && j <= kindAt + 40; j++) {
    const m = /^project\s+name\s*(?:(?:[:：]\s*|\s{2,})(\S.{2,150}))?$/i.exec(lines[j].t.trim());
    if (!m) continue;
    if (m[1]) project = m[1].trim();
    else {
      const v = lines.slice(j + 1, j + 3).find((L) => L.t.trim() !== '');
      if (v && v.t.trim().length <= 150 && !/\s{3,}/.test(v.t.trim())) project = v.t.trim();
    }
    break;
  }
  const kind = lines[kindAt].t.trim();
  const kindWords = kind.replace(/\s*\([A-Z]{2,8}\)$/, '');
  const kindTitle = titleCased(kindWords) + kind.slice(kindWords.length);
  for (const j of at) {
    if (j > kindAt && j !== dateLine) break;
    lines[j].furniture = true;
  }
  return {
    body: casedInLines(lender[1].trim(), lines),
    titleLine: kindAt,
    title: sheet && project ? project : project ? `${kindTitle}: ${project}` : kindTitle,
    dated: date ? { line: dateLine, date } : undefined,
    filed: !!date,
  };
}

/** A legal notice's publication line (`(Published in The Haskett County Sentinel, Wednesday, March 18, 2026) 1t`). */
const PUBLISHED_IN = /^\((?:first\s+)?published\s+in\s+(?:the\s+)?[^,()]{3,80},\s+([^()]{6,40})\)\s*(?:\d{1,2}t)?$/i;
/** A local body's caption in capitals: the body (`BOARD OF COUNTY COMMISSIONERS`), its place (`HASKETT COUNTY, KANSAS`). */
const BOARD_CAPTION = /^(?:BOARD|COMMISSION|COUNCIL|COMMISSIONERS)\b|\b(?:BOARD|COMMISSION|COUNCIL)$/;
/** The meeting under a caption with its date (`Regular Meeting — March 10, 2026`). */
const MEETING_DATED =
  /^(?:regular|special|adjourned|emergency|annual|joint|recessed)\s+(?:meeting|session)\s*[—–,-]\s*\S.{3,40}$/i;
const PLACE_CAPTION =
  /^([A-Z][A-Z.'’-]*(?:\s[A-Z][A-Z.'’-]*){0,3}\s(?:COUNTY|CITY|TOWNSHIP|PARISH|VILLAGE|TOWN|BOROUGH))(?:,\s[A-Z][A-Z ]{1,20})?$/;

/**
 * A local body's proceedings as a newspaper publishes them (a legal notice): the publication line (`(Published in
 * The Haskett County Sentinel, Wednesday, March 18, 2026) 1t`), the caption in capitals (`OFFICIAL PROCEEDINGS` /
 * `BOARD OF COUNTY COMMISSIONERS` / `HASKETT COUNTY, KANSAS`) and the meeting's line (`Regular Meeting — March 10,
 * 2026`). The body (its place before its name) issues them, the caption and the meeting are the title, as a reader
 * writes them, and the day the paper published them dates them; the clerk who attests them (`ATTEST:` / `/s/ Janelle
 * Voss, County Clerk`) wrote them.
 */
function readPublishedProceedings(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  const pubLine = k < lines.length && lines[k].t.length <= 160 ? PUBLISHED_IN.exec(lines[k].t.trim()) : null;
  const d = pubLine ? findDate(pubLine[1]) : undefined;
  if (!d) return undefined;
  const caption: number[] = [];
  let board: string | undefined,
    place: string | undefined,
    meeting = -1;
  for (let j = k + 1; j < lines.length && caption.length < 5; j++) {
    const t = lines[j].t.trim();
    if (t === '') {
      if (caption.length) break;
      continue;
    }
    if (t.length > 80 || t !== t.toUpperCase() || !/[A-Z]/.test(t)) break;
    caption.push(j);
    if (BOARD_CAPTION.test(t)) board ??= t;
    const pl = PLACE_CAPTION.exec(t);
    if (pl) place ??= pl[1];
  }
  if (!board || !place) return undefined;
  for (let j = caption[caption.length - 1] + 1; j < lines.length && j <= caption[caption.length - 1] + 3; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    if (t.length <= 80 && MEETING_DATED.test(t) && findDate(t)) meeting = j;
    break;
  }
  lines[k].furniture = true;
  for (const j of caption) lines[j].furniture = true;
  let title = caption.map((j) => titleCased(lines[j].t.trim())).join(', ');
  if (meeting >= 0) {
    lines[meeting].furniture = true;
    title += ': ' + lines[meeting].t.trim().replace(/\s+[—–-]\s+/, ', ');
  }
  // The attestation at its end: the clerk's name after `/s/`, with the post.
  const authors: string[] = [];
  for (let j = lines.length - 1, seen = 0; j > k && seen < 12; j--) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    if (!/^attest\s*:?$/i.test(t)) continue;
    const c =
      j + 1 < lines.length
        ? /^\/s\/\s*(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}),\s/u.exec(lines[j + 1].t.trim())
        : null;
    if (c) authors.push(c[1]);
    break;
  }
  return {
    body: `${titleCased(place)} ${titleCased(board)}`,
    titleLine: caption[0],
    title,
    authors: authors.length ? authors : undefined,
    dated: { line: k, date: d.iso },
    filed: true,
  };
}

/** A Korean listed company's periodic report's period under its title (`(제 38 기 3분기)`, `(제 12 기)`). */
const KO_REPORT_PERIOD = /^[(（]\s*제\s?\d{1,3}\s?기(?:\s?(?:[1-3]\s?분기|반기))?\s*[)）]$/;
/** Its cover's company field (`회    사    명 :   해양전선 주식회사`). */
const KO_COMPANY_FIELD = /^회\s*사\s*명\s*[:：]\s*(\S.{1,40})$/;

/**
 * A Korean listed company's periodic report (`사업보고서`, `반기보고서`, `분기보고서`, often letter-spaced) by its cover:
 * the kind with its period (`분기보고서 (제 38 기 3분기)`) the headline, the company its cover's `회사명` names (without
 * `주식회사`), dated by the day it was submitted (`한국거래소 귀중      2026년 11월 13일`), not by the period's end. A report
 * of a major matter (`주요사항보고서`, its matter in brackets under it) has the same cover, and so has a registration
 * statement (`증 권 신 고 서 (지분증권)`, the kind of securities in brackets on its line, `금융위원회 귀중` and its date).
 */
function readKoPeriodicReport(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  // (a note on where it was copied from over the cover: `※ 전자공시시스템(DART) 증권신고서 본문 중 일부를 …`)
  // (…and the viewer's line on the copy beside the day it was filed: `본 문서는 최종본입니다.          2026년 09월 22일`)
  // (…wrapped onto the lines under it, to the blank line: `   「II. 사업의 내용」 일부와 「검토보고서」 주석 일부만 발췌함.`)
  let note = false;
  while (
    k < lines.length &&
    (lines[k].t === '' ||
      (/^※/.test(lines[k].t.trim()) && k < from + 4) ||
      (note && k < from + 6) ||
      (/^본\s?문서는\s?최종본입니다\.?(?:\s{2,}\S.{0,20})?$/.test(lines[k].t.trim()) && k < from + 6))
  ) {
    note = lines[k].t !== '' && (note || /^※/.test(lines[k].t.trim()));
    k++;
  }
  if (k >= lines.length || lines[k].t.length > 60) return undefined;
  // (a registration statement's kind of securities in brackets after its name, on its line: `증 권 신 고 서 (지분증권)`)
  const cover = /^([가-힣](?:\s*[가-힣]){3,8})\s*(?:[(（]\s*([가-힣]{2,8})\s*[)）])?$/.exec(lines[k].t.trim());
  const kind = cover ? cover[1].replace(/\s+/g, '') : '';
  if (!cover || (cover[2] ? kind !== '증권신고서' : !/^(?:(?:사업|반기|분기|주요사항)보고서|증권신고서)$/.test(kind)))
    return undefined;
  let title = cover[2] ? `${kind} (${cover[2]})` : kind,
    company: string | undefined,
    dated: { line: number; date: string } | undefined,
    seen = 0;
  for (let j = k + 1; j < lines.length && seen < 24 && !(company && dated); j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    if (seen === 1 && KO_REPORT_PERIOD.test(t)) title = `${kind} ${t}`;
    // (a report of a major matter names the matter in brackets under it, as part of its name: `주요사항보고서(신규시설투자
    // 등)`, `주요사항보고서(유상증자결정)`)
    else if (seen === 1 && kind === '주요사항보고서' && /^[(（][가-힣A-Za-z·ㆍ\s]{2,30}[)）]$/.test(t))
      title = `${kind}(${t.slice(1, -1).trim()})`;
    // (…and a registration statement its kind of securities, letter-spaced as its name is: `( 지 분 증 권 )`)
    else if (seen === 1 && kind === '증권신고서' && !cover[2] && /^[(（]\s*[가-힣](?:\s*[가-힣]){1,7}\s*[)）]$/.test(t))
      title = `${kind}(${t.slice(1, -1).replace(/\s+/g, '')})`;
    const c = t.length <= 60 ? KO_COMPANY_FIELD.exec(t) : null;
    if (c) company ??= c[1].replace(/^(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$/g, '').trim();
    const to = t.length <= 80 ? /귀중\s+(\S.{5,30})$/.exec(t) : null;
    const d = to ? findDate(to[1]) : undefined;
    if (d && !dated) dated = { line: j, date: d.iso };
  }
  if (!company) return undefined;
  return { body: company, titleLine: k, title, dated, filed: !!dated };
}

/** A form's field with a dotted leader to its colon (`Disclosure Date / Time ........ : 19.03.2026 18:42:07`). */
const LEADERED_FIELD = /^(\p{L}[\p{L}\p{N} /&()'’,-]{1,60}?)\s*\.{3,}\s*[:：]\s*(.{0,200})$/u;
/** A company's name in capitals ending in its legal form (`EGE VERİ MERKEZLERİ A.Ş.`, `NORDLYS KABEL ASA`, `LANDSAFL HF.`). */
export const CAPS_LEGAL_FORM =
  /^\p{Lu}[\p{Lu}\p{N}&'’., -]{1,80}\s(?:E?HF\.?|A\/S|APS|P\/F|SP\/F|A\.\s?Ş\.|T\.\s?A\.\s?Ş\.|S\.\s?A\.|S\.\s?P\.\s?A\.|N\.\s?V\.|B\.\s?V\.|AG|SE|ASA|AS|AB|OYJ|PLC|LIMITED|LTD\.?|INC\.?|CORP(?:ORATION|\.)?|BERHAD|BHD\.?|TBK\.?|GMBH|S\.\s?R\.\s?L\.|SPA|S\.\s?A\.\s?B\.)$/u;
/** The label over a disclosure's one-line summary (`SUMMARY INFO`, `SUMMARY`, `SUBJECT`, `Özet Bilgi`). */
const SUMMARY_LABEL = /^(?:summary(?:\s+info(?:rmation)?)?|subject|özet\s+bilgi|konu)\s*:?$/i;

/**
 * An exchange disclosure in a platform's form (`PUBLIC DISCLOSURE PLATFORM (KAP)` / `Material Event Disclosure
 * (General)`, the company in capitals with its legal form, then its fields with dotted leaders: `Stock Code ….. :`,
 * `Disclosure Date / Time ….. :`): the company is the outlet, as a name is written; the summary the form gives under
 * its label (`SUMMARY INFO`, or a field of that name) is the headline; the disclosure's own date field dates it. The
 * platform's lines, the company's and the fields above the summary are no text.
 */
function readLeaderedDisclosure(lines: Line[], from: number): OfficialDocument | undefined {
  const fields: number[] = [];
  let company = -1;
  let seen = 0;
  let k = from;
  for (; k < lines.length && seen < 14; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (LEADERED_FIELD.test(t)) fields.push(k);
    else if (fields.length >= 3) break;
    else if (!fields.length && t.length <= 90 && CAPS_LEGAL_FORM.test(t)) company = k;
  }
  if (fields.length < 3 || company < 0) return undefined;
  let dated: { line: number; date: string } | undefined;
  for (const f of fields) {
    const m = LEADERED_FIELD.exec(lines[f].t.trim())!;
    const d = /\bdate\b|tarih/i.test(m[1]) ? findDate(m[2]) : undefined;
    if (d && d.index === 0) {
      dated = { line: f, date: d.iso };
      break;
    }
  }
  // The summary: a field of its own, or the line under its label a few lines below the fields.
  let titleLine = -1,
    title: string | undefined;
  for (const f of fields) {
    const m = LEADERED_FIELD.exec(lines[f].t.trim())!;
    if (SUMMARY_LABEL.test(m[1].trim()) && m[2].trim().length >= 8) {
      titleLine = f;
      title = m[2].trim();
      break;
    }
  }
  for (let j = fields[fields.length - 1] + 1, n = 0; titleLine < 0 && j < lines.length && n < 4; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    n++;
    if (!SUMMARY_LABEL.test(t)) continue;
    let i = j + 1;
    i = nextNonBlank(lines, i);
    const s = lines[i]?.t.trim() ?? '';
    if (s.length >= 8 && s.length <= 250 && !LEADERED_FIELD.test(s)) {
      lines[j].furniture = true;
      titleLine = i;
      title = s;
    }
    break;
  }
  if (titleLine < 0 || !title) return undefined;
  for (let j = from; j <= fields[fields.length - 1]; j++) lines[j].furniture = true;
  return { body: nameCased(lines[company].t.trim()), titleLine, title, dated, filed: !!dated };
}

/** A ministry's instrument named by its kind and number (`Decree No. 214 of 7 July 2026`, `Ministerial Order No. 88/2026`). */
const INSTRUMENT_LINE =
  /^(?:(?:ministerial|directorial|executive|joint)\s+)?(?:decree|order|resolution|regulation|directive|circular|decision|determination|ordinance)\s+(?:no\.?|n\.|nr\.?|number)\s*\d[\w./-]{0,20}(?:\s+(?:of|dated)\s+\S.{4,30})?$/i;
/** The line saying where and when the instrument was published (`Published on the Ministry's website on 9 July 2026`). */
const PUBLISHED_LINE = /^published\s+(?:in|on|by)\b.{0,120}$/i;
/** A unit of a ministry under its name (`Department for Energy – Directorate-General for …`, `Division IV – …`). */
const MINISTRY_UNIT =
  /^(?:department|directorate|division|office|bureau|section|unit|secretariat|service|dipartimento|direzione|divisione)\b/i;

/**
 * A ministry's instrument, or its summary, under the ministry's name in capitals and its units (`MINISTRY OF THE
 * ENVIRONMENT AND ENERGY SECURITY` / `Department for Energy – …` / `Division IV – …`), named by its kind and number
 * (`Decree No. 214 of 7 July 2026`) and perhaps where it was published (`Published on the Ministry's website on 9 July
 * 2026`): the ministry's, the instrument's name its headline, dated by its publication (else by its own date). A
 * translator's note in brackets above it is no part of it.
 */
function readMinistryInstrument(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  const next = (j: number) => {
    j = nextNonBlank(lines, j);
    return j;
  };
  k = next(k);
  // (a translator's or editor's note in brackets, over a line or a few)
  if (lines[k]?.t.trim().startsWith('[')) {
    let j = k;
    while (j < lines.length && j < k + 5 && !lines[j].t.trimEnd().endsWith(']')) j++;
    if (j >= lines.length || j >= k + 5) return undefined;
    k = next(j + 1);
  }
  const ministry = lines[k]?.t.trim() ?? '';
  if (ministry.length > 100 || !MINISTRY_CAPS.test(ministry) || /\p{Ll}/u.test(ministry)) return undefined;
  const head = [k];
  let j = next(k + 1);
  for (let n = 0; n < 4 && j < lines.length && lines[j].t.length <= 140 && MINISTRY_UNIT.test(lines[j].t.trim()); n++) {
    head.push(j);
    j = next(j + 1);
  }
  const name = lines[j]?.t.trim() ?? '';
  if (!INSTRUMENT_LINE.test(name)) return undefined;
  const own = findDate(name);
  let dated = own ? { line: j, date: own.iso } : undefined;
  const p = next(j + 1);
  const published = p < lines.length && PUBLISHED_LINE.test(lines[p].t.trim()) ? findDate(lines[p].t) : undefined;
  if (published) {
    dated = { line: p, date: published.iso };
    lines[p].furniture = true;
  }
  for (const x of head) lines[x].furniture = true;
  lines[j].furniture = true;
  return { body: titleCased(ministry), titleLine: j, title: name, dated, filed: !!dated };
}

function readEnOfficialDocument(lines: Line[], from: number): OfficialDocument | undefined {
  let body: string | undefined,
    captionAt = -1,
    prev = '';
  for (let k = from, seen = 0; k < lines.length && seen < 6; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    const m = t.length <= 120 && BODY_HEAD.test(t) ? CAPTION_BODY.exec(t) : null;
    // The body's name alone atop its own document (an order's summary) is a caption when a docket's, case's or
    // petition's number follows it.
    if (m && (m[1] || JURISDICTION.test(prev) || (seen === 1 && (numberedBelow(lines, k) || meetingBelow(lines, k))))) {
      body = titleCased(m[2].trim());
      captionAt = k;
      break;
    }
    prev = t;
  }
  if (!body) return undefined;
  let titleLine = -1;
  for (let k = captionAt + 1, seen = 0; k < lines.length && seen < 25; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (
      (t.length <= 200 && t === t.toUpperCase() && DOC_TITLE.test(t) && !/[.;]$/.test(t)) ||
      (seen <= 2 && MEETING_TITLE.test(t))
    ) {
      titleLine = k;
      break;
    }
  }
  if (titleLine < 0) return numberedBelow(lines, captionAt) ? staffSummary(lines, from, body, captionAt) : undefined;
  // A meeting's record: the line under its title with the meeting's date (`March 4, 2026 — 10:00 a.m. — Chambers`).
  let dated: { line: number; date: string } | undefined;
  if (MEETING_TITLE.test(lines[titleLine].t))
    for (let k = titleLine + 1, seen = 0; k < lines.length && seen < 2; k++) {
      const t = lines[k].t;
      if (t === '') continue;
      seen++;
      const d = t.length <= 200 && !isProseLine(t) ? findDate(t) : undefined;
      if (d) {
        dated = { line: k, date: d.iso };
        lines[k].furniture = true;
        break;
      }
    }
  // A summary of an order names its matter by the caption under the title, the meeting that decided it above the
  // caption (`SUMMARY OF ORDER` / `Public Meeting held August 20, 2026` / `Petition of … Facilities` / `Docket No. …`):
  // the caption, wrapped on lines of its own up to the docket's, is its headline; the meeting's date dates it.
  let matter: { line: number; title: string } | undefined;
  if (
    /^(?:summary\s+of\s+(?:the\s+)?(?:order|decision|ruling)|(?:order|decision)\s+summary)$/i.test(
      lines[titleLine].t.trim(),
    )
  )
    for (let k = titleLine + 1, seen = 0; k < lines.length && seen < 3; k++) {
      const t = lines[k].t.trim();
      if (t === '') continue;
      seen++;
      const held = HELD.exec(t);
      const d = held ? findDate(held[1]) : undefined;
      if (d && d.index === 0 && !dated) {
        dated = { line: k, date: d.iso };
        lines[k].furniture = true;
        continue;
      }
      if (!MATTER_CAPTION.test(t)) break;
      const parts = [t];
      let j = k + 1;
      for (; j < lines.length && j < k + 6 && lines[j].t.trim() !== '' && !DOC_NUMBER.test(lines[j].t); j++)
        parts.push(lines[j].t.trim());
      if (j < lines.length && DOC_NUMBER.test(lines[j].t)) matter = { line: k, title: parts.join(' ') };
      break;
    }
  for (let k = from; k < titleLine; k++) lines[k].furniture = true;
  // The matter's numbers under the title (`Docket No. UM 2317`, `Petition No. 2391 of 2025`): no text.
  for (let k = titleLine + 1, seen = 0; k < lines.length && seen < 6; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    if (isProseLine(t)) break;
    if (DOC_NUMBER.test(t)) lines[k].furniture = true;
  }
  const r: OfficialDocument = matter
    ? { body, titleLine: matter.line, title: matter.title, dated }
    : { body, titleLine, dated };
  // A notice's kind over its fields, one of them its title (`NOTICE OF AWARD OF TENDER` / `Tender No.: …` / `Title:
  // Design, Construction and Operation of …`, wrapped under its value's column): the kind, as a reader writes it, and
  // the title.
  if (!matter && /^NOTICE\s+OF\b/.test(lines[titleLine].t.trim()))
    for (let k = titleLine + 1, seen = 0; k < lines.length && seen < 6; k++) {
      const L = lines[k];
      if (L.t === '') continue;
      seen++;
      const m = L.t.length <= 240 ? TITLE_FIELD.exec(L.t) : null;
      if (!m) continue;
      r.title = `${titleCased(lines[titleLine].t.trim())}: ${fieldValueWrapped(lines, k, m[1])}`;
      break;
    }
  // A meeting's record names who took it down among those present (`STAFF: … Deputy Clerk Anita Roybal (recording)`,
  // `Recording Secretary: …`): its writer.
  if (MEETING_TITLE.test(lines[titleLine].t))
    for (let k = titleLine + 1, seen = 0; k < lines.length && seen < 12; k++) {
      const t = lines[k].t;
      if (t === '') continue;
      seen++;
      const w = recorderIn(t);
      if (w) {
        r.authors = [w];
        break;
      }
    }
  for (let k = lines.length - 1, seen = 0; k > titleLine && seen < 8; k--) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    // The body signing off under the order ("NEW MEXICO PUBLIC REGULATION COMMISSION", "By the Commission.").
    if (titleCased(t.replace(/^by\s+/i, '').replace(/[.:]$/, '')) === body || /^by the \w+\.?$/i.test(t)) {
      lines[k].furniture = true;
      continue;
    }
    const d = t.length <= 300 && CLOSING.test(t) ? findDate(t) : undefined;
    if (d && !r.closing) {
      r.closing = { line: k, date: d.iso };
      lines[k].furniture = true;
    }
    // (the day it was published dates a notice, before the dates its fields give: `Date of issue:` is the tender's)
    const p = t.length <= 300 && PUBLISHED_CLOSING.test(t) ? findDate(t) : undefined;
    if (p && !r.filed) {
      r.dated = { line: k, date: p.iso };
      r.filed = true;
      lines[k].furniture = true;
    }
  }
  return r;
}

/**
 * A body's summary or staff report of a matter, under its caption and docket but with no order's title in capitals
 * (`HEARING SUMMARY`, `STAFF REPORT SUMMARY`): the matter's caption (`In the Matter of the Application of …`, wrapped
 * on lines of its own) is its title, and the line saying when it was released (`Summary released: March 19, 2026`)
 * dates it. What stands above the caption of the matter is no text.
 */
function staffSummary(lines: Line[], from: number, body: string, captionAt: number): OfficialDocument | undefined {
  let matter = -1;
  for (let k = captionAt + 1, seen = 0; k < lines.length && seen < 8; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (/^in\s+the\s+matter\s+of\s/i.test(t)) {
      matter = k;
      break;
    }
  }
  if (matter < 0) return undefined;
  let title = lines[matter].t.trim(),
    k = matter + 1;
  // (the caption's wrapped lines go on in lowercase: `with Bluestem Compute LLC and for Approval of …`)
  for (; k < lines.length && title.length < 400; k++) {
    const t = lines[k].t.trim();
    if (t === '' || !/^[a-z]/.test(t) || /[.!?]$/.test(title)) break;
    title += ' ' + t;
  }
  let dated: { line: number; date: string } | undefined;
  for (let seen = 0; k < lines.length && seen < 6; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    if (isProseLine(t)) break;
    const d =
      t.length <= 120 && /^(?:\p{L}+\s+){0,2}(?:released|issued|published)\s*[:：]\s*\S/iu.test(t)
        ? findDate(t)
        : undefined;
    if (d) {
      dated = { line: k, date: d.iso };
      lines[k].furniture = true;
      break;
    }
  }
  for (let j = from; j < matter; j++) lines[j].furniture = true;
  return { body, titleLine: matter, title, dated };
}

/** When the meeting that decided a matter was held (`Public Meeting held August 20, 2026`), the date after. */
const HELD =
  /^(?:(?:public|open|regular|special)\s+)?(?:meeting|hearing|session|conference)\s+held\s+(?:on\s+)?(\S.*)$/i;
/** A matter's caption (`Petition of …`, `Joint Application of …`, `In the Matter of …`, `Complaint of …`). */
const MATTER_CAPTION =
  /^(?:in\s+the\s+matter\s+of\s|(?:joint\s+)?(?:petition|application|complaint|investigation|request|appeal)\s+(?:of|by|for)\s+\p{Lu})/iu;

/** Posts written before a name in a list of those present (`Deputy Clerk`, `County Manager`, `Recording Secretary`). */
const POST_WORD =
  /^(?:deputy|assistant|acting|interim|county|city|town|village|board|clerk|clerk-treasurer|secretary|recording|administrative|executive|chief|senior|staff|manager|attorney|commissioner|chair|vice|member)$/i;

/** The name of who took down a meeting's record, as the record marks it (`… Anita Roybal (recording)`). */
function recorderIn(t: string): string | undefined {
  const m =
    /(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,5})\s*\((?:recording|recorder|recording\s+secretary|taking\s+minutes)\)/u.exec(
      t,
    ) ?? /\brecording\s+secretary\s*[:：]\s*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})\b/iu.exec(t);
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  while (words.length > 2 && POST_WORD.test(words[0])) words.shift();
  const name = words.join(' ');
  return words.length >= 2 && words.length <= 3 && !words.some((w) => POST_WORD.test(w)) ? name : undefined;
}

/** A matter's number line (`Docket No. UM 2317`, `Petition No. 2391 of 2025`, `Case No. 25-00187-UT`). */
const DOC_NUMBER =
  /^(?:docket|case|petition|order|application|file|matter|proceeding|cause|appeal|complaint)\s+(?:no\.?|number)\s*[:.]?\s*[A-Z0-9]/i;

/**
 * A body's record of its meeting, as its title (`MINUTES OF THE REGULAR MEETING`, `Regular Meeting — Summary of
 * Actions`, `Summary record of the 14th sitting`).
 */
const MEETING_TITLE =
  /^(?:(?:(?:regular|special|adjourned|emergency|annual|public|joint|ordinary|extraordinary)\s+)?(?:meeting|session|sitting)\b.{0,40}\b(?:summary|minutes|actions|record|proceedings)\b|(?:minutes|summary(?:\s+record)?|record|proceedings)\s+of\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:meeting|session|sitting)\b)/iu;

/** Whether a meeting record's title stands among the two lines under line k. */
function meetingBelow(lines: Line[], k: number): boolean {
  return lineBelow(lines, k, 2, 120, MEETING_TITLE);
}

/** Whether a matter's number line stands among the few lines under line k. */
function numberedBelow(lines: Line[], k: number): boolean {
  return lineBelow(lines, k, 6, 80, DOC_NUMBER);
}

/** Whether one of the `within` lines with text under line k, at most `max` characters long, matches `re`. */
function lineBelow(lines: Line[], k: number, within: number, max: number, re: RegExp): boolean {
  for (let j = k + 1, seen = 0; j < lines.length && seen < within; j++) {
    const t = lines[j].t;
    if (t === '') continue;
    seen++;
    if (t.length <= max && re.test(t)) return true;
  }
  return false;
}

/** A name set letter-spaced, as a Korean document's heading is (`전 기 위 원 회` → `전기위원회`). */
// (its second character a space: one test before the pattern, asked of many lines)
const unspaced = (t: string) =>
  t.charCodeAt(1) === 32 && /^[가-힣](?: [가-힣]){2,}$/.test(t) ? t.replace(/ /g, '') : t;
/** A Korean public document's number: `산업통상자원부 공고 제2026-118호`, `의결 제2025-41호` (the body before it, if named). */
const KO_DOC_NO = /^(?:(\S.{0,30}?)\s*)?(?:공고|고시|훈령|예규|의결|결정|명령)\s*제\s?\d{2,4}\s?[-–]\s?\d{1,5}\s?호$/;
/** A Korean document's subject, labelled (`안건 : …`, `사건명 : …`, `제목: …`). */
const KO_SUBJECT = /^(?:안\s*건|사\s*건\s*명|건\s*명|제\s*목)\s*[:：]\s*(\S.{1,150})$/;
/** A Korean label and its value (`신 청 인 : 한국전력공사`): no title. */
const KO_LABELLED = /^[가-힣](?:\s*[가-힣]){0,5}\s*[:：]/;

/**
 * A Korean public document: its number (`산업통상자원부 공고 제2026-118호`, or a letter-spaced body's name over `의 결
 * 제2025-41호`), then its title (the first line that is no sentence and no label, or its labelled `안건`): the body is
 * the outlet, the title the headline; the body signing it at its end is no text.
 */
function readKoOfficialDocument(lines: Line[], from: number): OfficialDocument | undefined {
  let body: string | undefined,
    numberAt = -1,
    prev = '';
  for (let k = from, seen = 0; k < lines.length && seen < 4; k++) {
    const t = unspaced(lines[k].t.trim().replace(/\s+/g, ' '));
    if (t === '') continue;
    seen++;
    const m =
      t.length <= 60 ? KO_DOC_NO.exec(t.replace(/^((?:[가-힣] )+[가-힣])(?= ?제)/, (x) => x.replace(/ /g, ''))) : null;
    if (m) {
      const b = m[1] ?? (prev && isNameLike(prev) ? prev : undefined);
      if (b && /^[가-힣 ]{2,20}$/.test(b)) {
        body = b;
        numberAt = k;
      }
      break;
    }
    prev = t;
  }
  if (!body) return koCaseDocument(lines, from) ?? koBriefingRecord(lines, from);
  let titleLine = -1,
    title: string | undefined;
  for (let k = numberAt + 1, seen = 0; k < lines.length && seen < 8; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    const sub = KO_SUBJECT.exec(t);
    if (sub) {
      titleLine = k;
      title = sub[1].trim();
      break;
    }
    if (KO_LABELLED.test(t) || isProseLine(t) || /[다.]$/.test(t) || t.length > 100 || !/[가-힣]/.test(t)) continue;
    if (unspaced(t) !== t) continue;
    titleLine = k;
    break;
  }
  if (titleLine < 0) return undefined;
  // A title set centred over two lines or three (`「…조성사업」 환경영향평가서(초안)` / `공람 및 주민설명회 개최 공고`): one title.
  const indented = (j: number) => lines[j].ts - lines[j].start >= 2;
  if (title === undefined && indented(titleLine)) {
    const parts = [lines[titleLine].t.trim()];
    for (let j = titleLine + 1; j < lines.length && parts.length < 3; j++) {
      const u = lines[j].t.trim();
      if (u === '' || !indented(j) || u.length > 60) break;
      if (KO_LABELLED.test(u) || isProseLine(u) || /[다.]$/.test(u) || findDate(u)) break;
      parts.push(u);
      lines[j].furniture = true;
    }
    if (parts.length > 1) title = parts.join(' ');
  }
  return koParticulars(lines, from, body, titleLine, title);
}

/**
 * A public body's record of its briefing or statement, named for what it is (`창원특례시 시정 브리핑 전문`, `○○도
 * 기자회견문`, `□□부 장관 담화문`): the body's name before it.
 */
const KO_BRIEFING_HEAD =
  /^([가-힣]{2,16}(?:특례시|특별시|광역시|특별자치도|특별자치시|시|군|구|도|부|처|청|원|공사|공단|위원회))\s(?:(?:시정|도정|군정|구정|정례|현안|긴급)\s?)?(?:장관\s|시장\s|도지사\s|군수\s)?(?:브리핑|기자\s?회견|회견|발표|연설|담화)(?:\s?전문|문)?$/;

/**
 * A Korean public body's record of a briefing: the record's name under which its particulars stand (`제목: …`,
 * `일시: …`, `장소: …`, `작성: … 대변인실`). The body is the issuer, the subject the title; the head is no text.
 */
function koBriefingRecord(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  const m = k < lines.length ? KO_BRIEFING_HEAD.exec(lines[k].t.trim().replace(/\s+/g, ' ')) : null;
  if (!m) return undefined;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 4; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    const sub = KO_SUBJECT.exec(t);
    if (sub) return koParticulars(lines, from, m[1], j, sub[1].trim());
    if (!KO_LABELLED.test(t)) break;
  }
  return undefined;
}

/** A Korean adjudicating body's name (`전기위원회`, `서울행정법원`, `공정거래위원회`, `조세심판원`). */
const KO_BODY = /^[가-힣]{2,16}(?:위원회|법원|심판원)$/;
/** A Korean decision's case number (`사건번호 : 2025-전기-0214`) or what the document is (`결 정 요 지`, `의결서`). */
const KO_CASE_NO = /^사\s*건\s*번\s*호\s*[:：]\s*\S/;
const KO_DOC_KIND = /^(?:결정|의결|심결|판정|재결|판결)(?:문|서)?(?:\s?요지|\s?요약)?$/;

/**
 * A Korean body's decision headed by the body's name alone (`전 기 위 원 회`), then its city, what it is (`결 정 요 지`)
 * and its case number (`사건번호 : …`): the body is the outlet, the labelled case (`사 건 명 : …`) the headline, else
 * what the document is.
 */
function koCaseDocument(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  if (k >= lines.length) return undefined;
  const body = unspaced(lines[k].t.trim().replace(/\s+/g, ' '));
  if (!KO_BODY.test(body)) return undefined;
  let numbered = false,
    kind = -1,
    subject = -1,
    title: string | undefined;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 10; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    if (isProseLine(t)) break;
    if (KO_CASE_NO.test(t)) numbered = true;
    else if (kind < 0 && KO_DOC_KIND.test(unspaced(t))) kind = j;
    const sub = KO_SUBJECT.exec(t);
    if (sub && subject < 0) {
      subject = j;
      title = sub[1].trim();
    }
  }
  if (!numbered && kind < 0) return undefined;
  if (subject >= 0) return koParticulars(lines, from, body, subject, title);
  if (kind >= 0) return koParticulars(lines, from, body, kind, unspaced(lines[kind].t.trim()));
  return undefined;
}

/** The lines above a Korean document's title and its particulars are no text; so is the body signing it. */
function koParticulars(
  lines: Line[],
  from: number,
  body: string,
  titleLine: number,
  title: string | undefined,
): OfficialDocument {
  for (let k = from; k < titleLine; k++) lines[k].furniture = true;
  if (title) lines[titleLine].furniture = true;
  // The labelled particulars under the title (`신 청 인 : 한국전력공사`) and letter-spaced headings (`주    문`).
  for (let k = titleLine + 1, head = true; k < lines.length; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    if (head && t.length <= 80 && KO_LABELLED.test(t)) lines[k].furniture = true;
    else if (/^[가-힣](?:\s+[가-힣]){1,4}$/.test(t)) lines[k].furniture = true;
    else head = false;
  }
  // The body signing at the end (`산업통상자원부 장관`, `전 기 위 원 회`).
  for (let k = lines.length - 1, seen = 0; k > titleLine && seen < 3; k--) {
    const t = unspaced(lines[k].t.trim());
    if (t === '') continue;
    seen++;
    if (t === body || (t.startsWith(body) && /^\s*(?:장관|위원장|청장|처장|원장|차관|장)$/.test(t.slice(body.length))))
      lines[k].furniture = true;
  }
  return { body, titleLine, title };
}

/** The disclosing body's field in a public disclosure's head (`기 관 명 : 한국청정발전(주)`, `회사명 : …`). */
const KO_DISCLOSER_FIELD = /^(?:기\s*관\s*명|회\s*사\s*명|법\s*인\s*명)\s*[:：]\s*(\S.{1,40})$/;

/**
 * A record a body discloses under a disclosure portal's head (`[공공기관 경영정보 공개] 이사회 회의록`, `기 관 명 : 한국청정발전
 * (주)`, `공시항목 : …`, a note on what is withheld), its own title set between two rules (`2026년도 제14차 이사회 회의록`):
 * the body named in the field (its legal form aside) is the outlet, the title between the rules the headline; the
 * portal's head is no text.
 */
function readKoDisclosedRecord(lines: Line[], from: number): OfficialDocument | undefined {
  let body: string | undefined;
  for (let k = from, seen = 0; k < lines.length && seen < 8; k++) {
    const t = lines[k].t.trim();
    if (t === '') continue;
    seen++;
    const m = KO_DISCLOSER_FIELD.exec(t);
    if (m) {
      body = m[1].replace(/^(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$/g, '').trim();
      continue;
    }
    if (!body || !KO_RULE_LINE.test(lines[k].t)) continue;
    // (the title between two rules, a line or two)
    let j = k + 1;
    while (j < lines.length && j <= k + 3 && !KO_RULE_LINE.test(lines[j].t)) j++;
    if (j > k + 3 || j >= lines.length || j === k + 1) return undefined;
    const title = lines
      .slice(k + 1, j)
      .map((L) => L.t.trim())
      .filter(Boolean)
      .join(' ');
    if (!title || title.length > 80 || /[.!?。]$/.test(title)) return undefined;
    for (let q = from; q <= j; q++) lines[q].furniture = true;
    return { body, titleLine: k + 1, title };
  }
  return undefined;
}

/** What a publication says it is in its footer: a newsletter, a blog, … (`kind` of what it names). */
const SELF_EN =
  /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}\p{N}&'’.-]*)){0,4})\s+is\s+(?:a|an)\s+(?:[\p{L}-]+,?\s+){0,4}?(newsletter|blog|publication|magazine|digest|podcast)\b(?!['’-]|\s+(?:writer|editor|author|founder|publisher|reporter|host|producer|creator)s?\b)/u;
const SELF_KO =
  /^[〈《「『'‘"“]?([가-힣A-Za-z0-9&][가-힣A-Za-z0-9&\s]{0,18}?)[〉》」』'’"”]?(?:은|는)\s.{0,80}?(뉴스레터|블로그|매거진|웹진|팟캐스트|칼럼)(?:입니다|이다|예요|에요)/;

/**
 * A newsletter's or blog's footer saying what it is, among the last lines (`Rack Density is an independent
 * newsletter on data-center engineering, written by …`, `칩과 전력은 … 개인 뉴스레터입니다`): the name it gives itself.
 */
export function readSelfDescription(
  lines: Line[],
  from: number,
): { line: number; name: string; kind?: 'blog' } | undefined {
  for (let k = lines.length - 1, seen = 0; k >= from && seen < 6; k--) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    if (t.length > 300) continue;
    const m = SELF_EN.exec(t) ?? SELF_KO.exec(t);
    if (!m) continue;
    const name = cleanName(m[1]);
    // What is a newsletter or a blog is no person ("Jane Doe is a newsletter writer" is not read).
    if (!name || NOT_NAMES.has(name) || !isNameLike(name) || isSectionWord(name) || JOB_TITLE.test(name)) continue;
    return { line: k, name, kind: /blog|블로그/i.test(m[2]) ? 'blog' : undefined };
  }
  return undefined;
}

/** The level of a `#` heading left in a text that is not Markdown's (a `.txt` copy of one). */
const headingLevel = (t: string) => /^(#{1,6})\s/.exec(t)?.[1].length;

/** A wire or press-release dateline opening the first paragraph: left out of the body, its outlet and date read. */
export function readDateline(lines: Line[], from: number, wrapped = false) {
  // The first paragraph, under a headline, its deck and a line or two of the issuer's (an exhibit's company line, a
  // union's affiliation): a dateline opens that paragraph or none.
  let deck = false;
  for (let k = from, seen = 0; k < lines.length && seen < 6; k++) {
    const L = lines[k];
    if (L.t === '') deck = false;
    if (L.furniture || L.t === '') continue;
    // (a deck's points under the headline, `- Financing covers …`, their wrapped lines set in under them: no paragraph)
    if (/^[-•▪]\s/.test(L.t) || (deck && L.ts - L.start >= 2)) {
      deck = true;
      continue;
    }
    deck = false;
    seen++;
    // A paragraph hard-wrapped as a PDF's text is (`PORTLAND, Ore., February 17, 2026 -- Cascade Ridge Energy, Inc.
    // (NASDAQ: CRGE) ("Cascade Ridge" or the`): its first line, full width, may not end as a sentence.
    if (!isProseLine(L.t)) {
      // (…or with its place in small letters and its full date: wrapped at a narrower margin)
      // (…or a brief's lead naming the company whose points follow, `Sept 29 (Harbourline) - Gaon Power … <356480.KQ>:`,
      // short, its dateline naming the wire and the day)
      const w = /:$/.test(L.t)
        ? parseDateline(L.t)
        : !lines[k + 1]?.t
          ? undefined
          : ((L.t.length >= (wrapped ? 40 : 80) ? parseDateline(L.t) : undefined) ??
            (L.t.length >= 60 ? placeDateOpening(L.t) : undefined));
      if (!w) continue;
      if (L.bodyStart === L.ts) L.bodyStart = L.ts + w.length;
      return w;
    }
    const d = parseDateline(L.t) ?? boldDateline(L.t) ?? placeDateOpening(L.t);
    if (d && L.bodyStart === L.ts) L.bodyStart = L.ts + d.length;
    return d;
  }
  return undefined;
}

/** A place as a release writes it in its dateline, in capitals or not (`Rio de Janeiro`, `Pamplona`, `São Paulo, SP`). */
const DATELINE_PLACE = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s(?:(?:de|do|da|dos|das|del|di|du|la|le|of|am|an)\s)?\p{Lu}[\p{L}.'’-]+){0,3}`;
const PLACE_DATE_OPENING = new RegExp(
  `^(${DATELINE_PLACE}(?:,\\s${DATELINE_PLACE})?),\\s+([^,–—-]{3,20}?,?\\s(?:19|20)\\d\\d)\\s+(?:--?|—|–)\\s+(?=\\p{Lu})`,
  'u',
);
/**
 * A release's dateline with its place in small letters but its full date, year and all, before the dash (`Rio de
 * Janeiro, June 23, 2026 - The Board …`): the date is the whole of what stands between the place and the dash.
 */
function placeDateOpening(t: string): Dateline | undefined {
  const m = t.length >= 30 ? PLACE_DATE_OPENING.exec(t.slice(0, 120)) : null;
  const d = m ? findDate(m[2]) : undefined;
  return m && d && d.index === 0 && d.length >= m[2].trim().length - 1
    ? { length: m[0].length, dateText: m[2] }
    : undefined;
}

/**
 * A release's dateline set in bold, its place as written and its date day first (`**Bergen, 5 November 2025** –
 * Fjordlys Energi AS today signed …`): the emphasis bounds the place and the date, so the place need not be in
 * capitals; the date must be all that follows it.
 */
export function boldDateline(t: string): Dateline | undefined {
  const c = t.charCodeAt(0);
  if (c !== 42 && c !== 95) return undefined;
  const em = /^(\*\*|__)([^*_]{6,80}?)\1\s*(?:--?|—|–|:)\s+/.exec(t);
  const m = em
    ? /^(?:\p{Lu}[\p{L}.'’ -]{1,30}?)(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?,\s+(\S.*)$/u.exec(em[2].trim())
    : null;
  if (!em || !m) return undefined;
  const d = findDate(m[1]);
  return d && d.index === 0 && d.length >= m[1].replace(/[.,\s]+$/, '').length
    ? { length: em[0].length, dateText: m[1] }
    : undefined;
}

// The outlet's second word is tried last (`??`): in "한빛경제 김철수 선임기자" the name is 김철수 and the job 선임기자,
// not an outlet "한빛경제 김철수" and a reporter 선임 of the job 기자.
const BRACKET_NAMED = new RegExp(
  `^(?:[가-힣]{1,8}\\s?=\\s?)?([가-힣A-Za-z0-9]{2,12}(?:\\s[가-힣A-Za-z0-9]{1,8})??)\\s+([가-힣]{2,4})\\s?${ROLE}$`,
);

/** A Korean wire's byline after its "(서울=뉴시스)": "홍길동 기자 = ", "홍길동 김철수 기자 = ", "홍길동·김철수 기자 =". */
// Each name but the last ends at a separator, so a long run of Hangul is split one way only (no backtracking).
const WIRE_BYLINE = new RegExp(`^\\s*((?:[가-힣]{2,4}(?:\\s?[·,]\\s?|\\s))*[가-힣]{2,4})\\s?${ROLE}\\s?=\\s*`);

/** The reporters a wire names after its bracket, and how many characters that byline takes. */
export function wireByline(rest: string): { authors: string[]; length: number } | undefined {
  const m = WIRE_BYLINE.exec(rest.length > 60 ? rest.slice(0, 60) : rest);
  if (!m) return undefined;
  return { authors: m[1].split(/\s?[·,]\s?|\s/).filter(Boolean), length: m[0].length };
}

/** "[서울=뉴시스]", "(서울=연합뉴스) 홍길동 기자", "[워싱턴=한빛일보 이승엽 특파원]" heads: an outlet named in a bracket at the start of a paragraph. */
export function parseBracketByline(inner: string): MetaLine | undefined {
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

// ---------------------------------------------------------------- a clipper's or reader app's header block

const CLIP_HEADER =
  /^(title|feed|site|publication|source|link|url|published|publish date|date published|author|authors|by|saved|created|clipped|added|tags|category|categories)\s*:\s*(\S.*)$/i;

export interface ClipHeaders {
  endLine: number;
  title?: string;
  outlet?: string;
  date?: string;
  authors: string[];
  /** The site label of the article's address (link, URL, a source that is an address). */
  domain?: string;
  /** It has no headline (a chat's messages): no line of it is one. */
  untitled?: boolean;
  /** A line of the head that is the story's own words after its label (a database's `Highlight:` deck): text. */
  deck?: { line: number; at: number };
}

/**
 * The properties a reader app, an RSS export or a web clipper writes over an article it saved (`Title: …`,
 * `Feed: Korea Meridian Times - Business`, `Link: https://…`, `Published: Mon, 20 Oct 2025 …`, `Author: Lee Ha-eun
 * (haeun@…)`, `Saved: …`; Notion's `Created: …`, `URL: …`, `Tags: …`). Two such lines or more at the top, one of
 * them naming the article or its address. When it was saved, clipped or created is the reader's date, not the
 * article's: never a publication date.
 */
export function readClipHeaders(lines: Line[], from: number): ClipHeaders | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  const fields: Record<string, string> = {};
  // Notion's export: the page's title as a heading, then its properties
  const heading = k < lines.length && lines[k].t.length <= 300 ? /^#\s+(\S.*)$/.exec(lines[k].t) : null;
  if (heading) {
    fields.title = heading[1].trim();
    for (k++; k < lines.length && lines[k].t === ''; k++);
  }
  let end = -1,
    n = heading ? 1 : 0;
  // A highlighter's export (Readwise's): under the title its cover image and a `## Metadata` heading, the properties a
  // list of their own (`- Author: [[Dana Shishani]]`, `- Full Title: …`, `- Published Date: 2026-05-19`, `- URL: …`),
  // the names in them as wiki links, any label of a few words (`Document Tags`, `Summary`).
  let listed = false;
  if (heading) {
    let j = k;
    if (j < lines.length && /^!\[[^\]]*\]\([^)]*\)$/.test(lines[j].t))
      for (j++; j < lines.length && lines[j].t === ''; j++);
    if (j < lines.length && /^#{2,4}\s+(?:metadata|properties)\s*$/i.test(lines[j].t)) {
      listed = true;
      k = j + 1;
    }
  }
  const limit = listed ? k + 14 : from + 14;
  for (; k < lines.length && k < limit; k++) {
    const t = listed ? lines[k].t.replace(/^[-*]\s+/, '') : lines[k].t;
    const m =
      t.length > 400
        ? null
        : (CLIP_HEADER.exec(t) ?? (listed ? /^(\p{Lu}[\p{L} ]{1,30}?)\s*:\s*(\S.*)$/u.exec(t) : null));
    if (!m) break;
    const v = listed ? m[2].replace(/\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]/g, '$1') : m[2];
    fields[m[1].toLowerCase().replace(/\s+/g, ' ')] ??= v.trim();
    end = k;
    n++;
  }
  if (listed && fields['full title']) fields.title = fields['full title'];
  const url = [fields.link, fields.url, fields.source].find((v) => v && /^https?:\/\//i.test(v));
  if (n < 2 || end < 0 || !(fields.title || url || fields.feed || fields.published)) return undefined;
  const host = url && /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1];
  const named = [fields.feed, fields.site, fields.publication, fields.source].find((v) => v && !/^https?:/i.test(v));
  const pub = fields.published ?? fields['publish date'] ?? fields['published date'] ?? fields['date published'];
  const by = fields.author ?? fields.authors ?? fields.by;
  return {
    endLine: end,
    title: fields.title,
    // "Korea Meridian Times - Business": a feed is named with its section
    outlet: named?.split(/\s+[-–—|]\s+/)[0].trim() || undefined,
    date: pub ? findDate(pub)?.iso : undefined,
    authors: by
      ? by
          .replace(/\([^)]*@[^)]*\)|<[^>]*>|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g, ' ')
          .split(/\s*(?:,|;|\band\b|&)\s*/)
          .map((a) => a.trim())
          .filter((a) => PERSON_NAME.test(a) || KO_PERSON.test(a))
      : [],
    domain: host ? domainLabel(host) : undefined,
  };
}

/** A note on a machine translation over the copy (`※ 파파고 웹사이트 번역(스페인어 → 한국어) 결과를 …`). */
const TRANSLATION_COPY_NOTE = /^※.{0,80}(?:번역|translat)/i;
/** The copier's labelled lines under it: the original (`원문: El Eco de Durazno, https://…`), its title, the day saved. */
const TRANSLATION_COPY_FIELD = /^(원문\s?제목|원문|저장(?:일|한\s?날짜)?|번역일)\s*[:：]\s*(\S.*)$/;

/**
 * A page run through a translation service and copied to text (Papago's, Google's): the copier's note on the
 * translation (`※ … 번역 …`), the original's outlet and address (`원문: El Eco de Durazno, https://…`), its title in
 * the original language (`원문 제목:`, not the headline: the text is the translation) and when it was saved (`저장:`, the
 * copier's day, never the article's); then, under a rule, the page's masthead line as translated (`엘 에코 데 두라스노 |
 * 지역 | 2026년 10월 8일 목요일`: the outlet in Hangul, the section, the day it was published). The outlet is the one
 * `원문` names as it writes itself, the date the masthead's; the head is no headline and no text.
 */
export function readTranslationCopy(lines: Line[], from: number): ClipHeaders | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  if (k >= lines.length || lines[k].t.length > 300 || !TRANSLATION_COPY_NOTE.test(lines[k].t.trim())) return undefined;
  const fields: Record<string, string> = {};
  let end = k;
  for (let j = k + 1; j < lines.length && j <= k + 6; j++) {
    const m = lines[j].t.length <= 400 ? TRANSLATION_COPY_FIELD.exec(lines[j].t.trim()) : null;
    if (!m) break;
    fields[m[1].replace(/\s+/g, '')] ??= m[2].trim();
    end = j;
  }
  if (!fields['원문'] || end === k) return undefined;
  const named = fields['원문']
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\s,;(|·–—-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const outlet = named.length >= 2 && named.length <= 60 && !/[.!?]$/.test(named) ? named : undefined;
  // (under the copier's lines, past a rule, the masthead line as translated: the outlet, the section, the date last)
  let date: string | undefined;
  for (let j = end + 1; j < lines.length && j <= end + 4; j++) {
    const u = lines[j].t.trim();
    if (u === '' || /^(?:[─━═=_-]\s?){5,}$/.test(u)) continue;
    const parts = u.length <= 120 ? u.split(SEGMENT_SEP) : [];
    const d = parts.length >= 2 && parts.length <= 4 ? findDate(parts[parts.length - 1]) : undefined;
    if (d && findDate(u)?.index === u.lastIndexOf(parts[parts.length - 1]) + d.index) {
      date = d.iso;
      end = j;
    }
    break;
  }
  return { endLine: end, outlet, date, authors: [] };
}

/**
 * The site's name as the text writes it, found by its address's site label (`rackandpower` → "Rack & Power",
 * `eurotechledger` → "EURO TECH LEDGER"): one to five capitalized words (and `&`, `and`, `of`, `the`) whose letters,
 * `&` read as "and", spell the label. Undefined when the text never writes it.
 */
export function nameForDomain(label: string, lines: Line[]): string | undefined {
  if (label.length < 5) return undefined;
  const re = /\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}\p{N}'’.-]*)){0,4}/gu;
  for (const L of lines) {
    if (L.t.length > 5000) continue;
    for (const m of L.t.matchAll(re)) {
      const words = m[0].split(/\s+/);
      // every start of the run, so "by Rack & Power" and "told Rack & Power" both find it
      for (let i = 0; i < words.length; i++) {
        if (!/^\p{Lu}/u.test(words[i])) continue;
        for (let j = words.length; j > i; j--) {
          const spelled = domainLetters(words.slice(i, j).join(''));
          if (spelled === label || (spelled === label.replace(/^the/, '') && spelled.length >= 5))
            return words.slice(i, j).join(' ');
        }
      }
    }
  }
  return undefined;
}

/**
 * A line at a document's head whose fields are set apart (by a run of spaces, or by bars or dots between spaces), one
 * of them its date and nothing else (`우진중전기          2026.08.19`, `MEMBERS' BULLETIN No. 27/2026        30 July 2026`,
 * `KTN 뉴스9  |  2026년 10월 14일(수)  |  경제  |  보도국 방송원고`): the date, and the other fields as written. Each other
 * field is a short name or label, no sentence, no second date and no labelled value (`Capacity: 1.2 GW`); a lone month
 * is no date. Asked only of the lines above a document's text: a sheet, a terminal, a rundown or a bulletin puts its
 * issuer, its kind and its date on one line where a page would give each its own.
 */
const FORM_ROW_LABEL =
  /^(?:\d{1,2}[.)]|[-–•※])\s|(?:일|일자|일시|기한|기간|시점|날짜)(?:\s?[(（][^()（）]{1,12}[)）])?$|\b(?:date|deadline|period|expiry|due|until|from|to)$/i;
export function headFieldsDate(t: string): { date: string; fields: string[] } | undefined {
  const line = t.trim();
  if (line.length > MAX_META_LINE || !/\S(?: {3,}|\t+|\s+[|·•ㅣ]\s+)\S/.test(line)) return undefined;
  const parts = line
    .split(/ {3,}|\t+|\s+[|·•ㅣ]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 6) return undefined;
  let date: string | undefined;
  const fields: string[] = [];
  for (const p of parts) {
    const d = findDate(p);
    if (d) {
      if (date) return undefined;
      const rest = (p.slice(0, d.index) + ' ' + p.slice(d.index + d.length))
        .replace(TIME, ' ')
        .replace(DATE_NOISE, ' ');
      if (/[\p{L}\p{N}]/u.test(rest)) return undefined;
      date = d.iso;
      continue;
    }
    if (p.length > 40 || /[.!?。]$/.test(p) || /[:：]/.test(p) || /["“”‘’]/.test(p)) return undefined;
    // A form's row labelling a date (`시작일   2026-06-01`, `5. 이사회결의일(결정일)   2026-05-21`, `Deadline   …`): the
    // date of what the row names, not the document's.
    if (FORM_ROW_LABEL.test(p)) return undefined;
    fields.push(p);
  }
  return date ? { date, fields } : undefined;
}

/** A database export's count of the story's words (`702 words`). */
const WORD_COUNT = /^\d{1,3}(?:,\d{3})*\s+words$/i;
/** A byline as an export gives it: names, `By` or not, and where the writer filed from (`Fiona Marlow in Seoul`). */
const EXPORT_BYLINE =
  /^(?:[Bb]y\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}(?:\s*(?:,|\band\b|&)\s*\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3})*)(?:\s+in\s+\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})?,?$/u;

/**
 * A story exported from a news database (Factiva, Nexis, ProQuest): its fields on lines of their own over the text,
 * the section, the headline, the byline, the word count (`702 words`), the date, the time, the paper's name, its
 * code, the edition, the page, the language and the copyright. The count marks the layout: the headline and the byline
 * stand above it, the date and the paper's name under it. A headline the database joined to its deck with a semicolon
 * (`Korean farmers balk at Stargate's thirst; County council pushes back …`) is the part before it.
 */
export function readExportHead(lines: Line[], from: number): ClipHeaders | undefined {
  const idx = nonBlankFrom(lines, from, 20);
  const w = idx.slice(0, 6).findIndex((k) => WORD_COUNT.test(lines[k].t.trim()));
  if (w < 1) return undefined;
  const text = (i: number) => lines[idx[i]].t.trim();
  // the date under the count
  const dated = idx[w + 1] !== undefined ? parseMetaLine(text(w + 1)) : undefined;
  if (!dated?.date || dated.authors.length) return undefined;
  let i = w + 2;
  // (its time, when the export gives one)
  if (idx[i] !== undefined && /^\d{1,2}:\d{2}(?:\s?(?:AM|PM|GMT|UTC|ET))?$/i.test(text(i))) i++;
  const paper = idx[i] !== undefined && text(i).length <= 60 && !/\d/.test(text(i)) ? text(i) : undefined;
  if (!paper) return undefined;
  // the fields down to the copyright, short lines all
  let end = idx[i];
  for (let q = i + 1; q < idx.length && q <= i + 8; q++) {
    const t = text(q);
    if (t.length > 100 || isProseLine(t)) break;
    end = idx[q];
    if (COPYRIGHT.test(t)) break;
  }
  const by = w >= 2 ? EXPORT_BYLINE.exec(text(w - 1)) : null;
  const authors = by ? by[1].split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean) : [];
  const head = text(by ? w - 2 : w - 1);
  if (!isHeadlineLike(head)) return undefined;
  return { endLine: end, title: head.split(/;\s+/)[0], outlet: paper, date: dated.date, authors };
}

/** A database document's field over its text (`Section: NEWS; Pg. 4`, `Length: 861 words`, `Byline: …`). */
const DOCUMENT_FIELD = /^(\p{Lu}[\p{L}-]{1,20}(?:[ /]\p{L}[\p{L}-]{1,20}){0,2})\s*:\s+(\S.{0,300})$/u;
/** Its count of the story's words as a field (`Length: 861 words`). */
const LENGTH_FIELD = /^length\s*:\s+\d{1,3}(?:,\d{3})*\s+words$/i;
/** The place a database adds to a paper's name (`The Coastal Herald (Cameroon)`): no part of the name. */
const PAPER_PLACE = /\s+\((?:\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3})\)$/u;
/** The lines a database closes a document with, its index terms to its end mark (`Load-Date: …`, `End of Document`). */
const DOCUMENT_TAIL = /^(?:classification|load-date\s*:.*|end of document)$/i;

/**
 * A story delivered by a news database as Nexis writes each document, whatever its cover says (the delivery's own
 * fields, `User Name:`, `Date and Time:`, `Job Number:`, its list of documents and the search): the headline, the
 * paper's name (with the place the database adds, `(Malta)`), the day it was printed and the edition, the copyright
 * line, then the document's fields (`Section:`, `Length: 861 words`, `Byline:`, `Highlight:`) and `Body` alone on its
 * line over the text. The paper as it prints its name is the outlet (not the company its copyright line names), the
 * printed day the date (not the delivery's day nor the `Load-Date`), the `Byline` field its writers; the cover and
 * head down to `Body` are no text, and neither are the index terms after it (`Classification`, `Load-Date:`, `End of
 * Document`).
 */
export function readDeliveredDocument(lines: Line[], from: number): ClipHeaders | undefined {
  const idx = nonBlankFrom(lines, from, 60);
  const b = idx.findIndex((k) => lines[k].t.trim() === 'Body');
  if (b < 3) return undefined;
  const text = (i: number) => lines[idx[i]].t.trim();
  // the fields over `Body`, one of them the count of words
  const fields = new Map<string, string>();
  let deck: { line: number; at: number } | undefined;
  let i = b - 1;
  for (; i >= 0 && b - i <= 12; i--) {
    const m = text(i).length <= 320 ? DOCUMENT_FIELD.exec(text(i)) : null;
    if (!m) break;
    fields.set(m[1].toLowerCase(), m[2].trim());
    // (the deck, `Highlight:`, is the story's words: text)
    if (/^(?:highlight|abstract|lead|summary)$/i.test(m[1])) deck = { line: idx[i], at: text(i).length - m[2].length };
  }
  if (![...fields].some(([k, v]) => LENGTH_FIELD.test(`${k}: ${v}`))) return undefined;
  // the copyright line over them, the printed day over it (the edition between), the paper over the day
  if (i < 2 || !COPYRIGHT.test(text(i))) return undefined;
  let d = i - 1;
  while (d >= 0 && i - d <= 3 && !(text(d).length <= 40 && findDate(text(d))?.index === 0)) d--;
  if (d < 2 || i - d > 3) return undefined;
  const date = findDate(text(d))!.iso;
  const paper = text(d - 1)
    .replace(PAPER_PLACE, '')
    .trim();
  const title = text(d - 2);
  if (!paper || paper.length > 80 || /\d/.test(paper) || isProseLine(paper) || !isHeadlineLike(title)) return undefined;
  const byline = fields.get('byline');
  const authors = byline
    ? byline
        .replace(/^by\s+/i, '')
        .split(/\s*(?:,|;|\band\b|&)\s*/)
        .map((a) => a.trim())
        .filter((a) => PERSON_NAME.test(a))
    : [];
  // (the index terms after the text, to the document's end mark)
  for (let k = idx[b] + 1; k < lines.length; k++) {
    if (!DOCUMENT_TAIL.test(lines[k].t.trim())) continue;
    for (let q = k; q < lines.length; q++) {
      lines[q].furniture = true;
      if (/^end of document$/i.test(lines[q].t.trim())) break;
    }
    break;
  }
  return { endLine: idx[b], title, outlet: paper, date, authors, deck };
}

/** A recording's day, time and length as a transcription service heads its export (`Wed, Aug 26, 2026 3:02PM • 41:37`). */
const RECORDED_LINE = /^(\S.{5,40}?\d{4})\s+\d{1,2}:\d{2}\s?(?:[AP]M)?\s*[•·|]\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$/i;
/** A transcript's section heading in capitals (`SUMMARY KEYWORDS`, `SPEAKERS`) over its one line. */
const TRANSCRIPT_SECTION = /^(?:SUMMARY\s+KEYWORDS|KEYWORDS|SPEAKERS|PARTICIPANTS)$/;
/**
 * The label an exporter or the one who saved the recording puts after its title in brackets: the copy's state (`(raw)`,
 * `(edited)`), or the kind of event with its organiser (`(MENA Power Brief webinar)`): no part of the title.
 */
const RECORDING_LABEL =
  /\s*\((?:raw|draft|edited|unedited|final|auto(?:-generated)?|recording|transcript|(\S[^()]{1,60}?)\s+(?:webinar|livestream|town\s+hall|briefing|roundtable|panel|podcast))\)$/i;
/** A show's episode as its title names it (`Istmo Infra Ep 38 - Stargate Pacífico`): the show before the number. */
const EPISODE_TITLE = /^(\p{Lu}[\p{L}\p{N}&'’. -]{1,50}?)\s+(?:ep\.?|episode|#)\s?\d{1,4}\b/iu;

/**
 * A recording's transcript as a transcription service exports it (Otter's): its title, then the day, time and length
 * of the recording, its summary keywords and its speakers, each under a heading in capitals, then the speakers' turns.
 * The title is the headline without the label put after it (`(raw)`, `(MENA Power Brief webinar)`), the recording's day
 * the date; the outlet is the organiser that label names, else the show a title of an episode names (`Istmo Infra Ep 38
 * - …`); a show's host, the first speaker when they welcome the listener to the show and say who they are, is its
 * author (a webinar's moderator and speakers are not). The head is no text.
 */
export function readRecordingTranscript(lines: Line[], from: number): ClipHeaders | undefined {
  const k = nextNonBlank(lines, from);
  const d = nextNonBlank(lines, k + 1);
  if (d >= lines.length || lines[k].t.length > 200 || lines[d].t.length > 60) return undefined;
  const rec = RECORDED_LINE.exec(lines[d].t.trim());
  const day = rec ? findDate(rec[1]) : undefined;
  if (!day) return undefined;
  let end = d;
  for (let j = nextNonBlank(lines, d + 1); j < lines.length && TRANSCRIPT_SECTION.test(lines[j].t.trim());) {
    end = nextNonBlank(lines, j + 1);
    if (end >= lines.length || lines[end].t.length > 1000) return undefined;
    j = nextNonBlank(lines, end + 1);
  }
  if (end === d) return undefined;
  const raw = lines[k].t.trim();
  const label = RECORDING_LABEL.exec(raw);
  const title = label ? raw.slice(0, label.index).trim() : raw;
  const show = EPISODE_TITLE.exec(title)?.[1].replace(/[\s:–—-]+$/, '');
  const outlet = label?.[1]?.trim() || show;
  // (the host: the first turn's speaker, `Diego Castañeda  00:04`, who says `Welcome to Istmo Infra … I'm Diego …`)
  const authors: string[] = [];
  const turn = nextNonBlank(lines, end + 1);
  const speaker =
    turn < lines.length ? /^(\S.{2,60}?)\s{2,}\d{1,2}:\d{2}(?::\d{2})?$/.exec(lines[turn].t.trim()) : null;
  const said = speaker ? lines[nextNonBlank(lines, turn + 1)]?.t.slice(0, 600) : undefined;
  if (
    show &&
    speaker &&
    said &&
    PERSON_NAME.test(speaker[1]) &&
    said.toLowerCase().includes(`welcome to ${show.toLowerCase()}`) &&
    new RegExp(`\\b(?:I'm|I’m|I am|my name is)\\s+${escapeRe(speaker[1])}\\b`).test(said)
  )
    authors.push(speaker[1]);
  return { endLine: end, title, outlet, date: day.iso, authors };
}

/** A field of a news database's record of a story, its label then spaces or a colon (`언론사      호서경제일보`, `제목: …`). */
const NEWS_RECORD_FIELD = /^([가-힣A-Za-z][가-힣A-Za-z/ ]{0,14}?)(?:\s*[:：]\s*|\s{2,})(\S.{0,300})$/;
/**
 * A story as a Korean news database's detail view gives it (BIG KINDS' `뉴스 상세`: its fields `일자`, `언론사`, `기고자`, the
 * index terms, then `제목:`, `부제:` and `본문:` over the story): the paper the 언론사 field names, the day its 일자 field
 * gives, the writer its 기고자 field names (`맹하윤 기자`), headed by its 제목; the database's head and fields no text, the
 * 부제 the story's words. The export's own day (`복사일시`) is the reader's.
 */
export function readNewsRecord(lines: Line[], from: number): ClipHeaders | undefined {
  const fields = new Map<string, { v: string; line: number }>();
  let body = -1;
  for (let k = from, seen = 0; k < lines.length && seen < 30; k++) {
    const t = lines[k].t.trim();
    if (t === '' || isRuleLine(t) || /^[─━═]{5,}$/.test(t)) continue;
    seen++;
    if (/^본\s?문\s*[:：]?$/.test(t)) {
      body = k;
      break;
    }
    const m = t.length <= 320 ? NEWS_RECORD_FIELD.exec(t) : null;
    if (m && !fields.has(m[1].replace(/\s+/g, ''))) fields.set(m[1].replace(/\s+/g, ''), { v: m[2].trim(), line: k });
  }
  const paper = fields.get('언론사') ?? fields.get('매체') ?? fields.get('매체명');
  const title = fields.get('제목');
  const day = fields.get('일자') ?? fields.get('보도일') ?? fields.get('보도일자') ?? fields.get('게재일');
  if (body < 0 || !paper || !title || !day || paper.v.length > 30) return undefined;
  const date = findDate(day.v);
  if (!date || date.index !== 0) return undefined;
  const writer = (fields.get('기고자') ?? fields.get('기자') ?? fields.get('작성자'))?.v;
  const who = writer
    ? /^([가-힣]{2,4})(?:\s?(?:기자|특파원|객원기자|선임기자|논설위원))?$/.exec(writer)?.[1]
    : undefined;
  const deck = fields.get('부제');
  return {
    endLine: body,
    title: title.v,
    outlet: paper.v,
    date: date.iso,
    authors: who ? [who] : [],
    deck: deck && deck.line > title.line ? { line: deck.line, at: lines[deck.line].t.indexOf(deck.v) } : undefined,
  };
}

/** A database export's count of its documents over each one (ProQuest's `Document 1 of 1`). */
const DOCUMENT_OF = /^document\s+\d{1,4}\s+of\s+\d{1,4}$/i;
/** A writer as a database cites one, surname first (`Abbasi, Zainab`, `O'Neill, Mary K`). */
const SURNAME_FIRST =
  /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s+(\p{Lu}[\p{L}'’-]*(?:\.?\s?\p{Lu}[\p{L}'’-]*\.?){0,2})$/u;
/**
 * A story exported from a news database as ProQuest writes it: the export's own head (`Report Information from
 * ProQuest`, the day it was exported, a table of contents), then each document under `Document 1 of 1`: its headline,
 * its citation line (the writers surname first, the paper, its place, the day it was published: `Abbasi, Zainab.
 * Indus Herald ; Karachi [Karachi]. 03 Oct 2026.`), the document's link and `Full Text`. The paper is the outlet, the
 * citation's day the date (the export's day is the reader's), its writers the authors; the head is no text.
 */
export function readDatabaseDocument(lines: Line[], from: number): ClipHeaders | undefined {
  const idx = nonBlankFrom(lines, from, 40);
  const d = idx.findIndex((k) => lines[k].t.length <= 40 && DOCUMENT_OF.test(lines[k].t.trim()));
  if (d < 0 || idx[d + 2] === undefined) return undefined;
  const title = lines[idx[d + 1]].t.trim();
  const cite = lines[idx[d + 2]].t.trim().replace(/\s+/g, ' ');
  if (!isHeadlineLike(title) || cite.length > 300) return undefined;
  // the writers before the first full stop, when they are names surname first; the paper up to its place
  const parts = cite.split(/\.\s+/);
  const writers = parts.length > 2 ? parts[0].split(/\s*;\s*/).map((n) => SURNAME_FIRST.exec(n.trim())) : [];
  const authors = writers.length && writers.every(Boolean) ? writers.map((m) => `${m![2]} ${m![1]}`) : [];
  const rest = (authors.length ? parts.slice(1) : parts).join('. ');
  const paper = /^([^;[\]:.]{2,80}?)\s*(?:;|\[|\.)/.exec(rest)?.[1].trim();
  const dated = /(?:^|\.\s)((?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2},)\s+(?:19|20)\d\d)\b/u.exec(rest);
  const date = dated ? findDate(dated[1])?.iso : undefined;
  if (!paper || !date || /\d/.test(paper)) return undefined;
  let end = idx[d + 2];
  for (let q = d + 3; q < idx.length && q <= d + 5; q++) {
    const t = lines[idx[q]].t.trim();
    if (!/^(?:\S+ document link|full text|abstract|document url)$/i.test(t)) break;
    end = idx[q];
  }
  return { endLine: end, title, outlet: paper, date, authors };
}

/** A video's field in its captions' export head (`# 동영상: …`, `Video: …`, `Channel: …`, `게시일: 2026. 10. 7.`). */
const VIDEO_FIELD =
  /^#?\s*(동영상|영상\s?제목|video(?:\s+title)?|title|제목|채널(?:명)?|channel|게시일|업로드(?:\s?날짜|일)?|upload(?:ed|\s+date)?|published|날짜|date)\s*[:：]\s*(\S.{0,200})$/i;

/**
 * A video's captions exported with the video's particulars over them (a caption tool's `# 자막 내보내기 (Subtitle
 * export)` head: `# 동영상: [GBS 뉴스] …`, `# 채널: GBS 가야방송 뉴스 (구독자 4.2만명)`, `# 게시일: 2026. 10. 7.`, its
 * length, address and format), the cues under it: the video's title the headline (its rubric in brackets aside), the
 * channel the outlet (its subscribers aside; a broadcaster's news channel, `GBS 가야방송 뉴스`, `… Television News`, the
 * broadcaster's), the
 * upload date the date. A head of such lines names a video and a channel, and time-coded cues stand under it (the caption
 * reader sets them apart: readers/captions.ts). The head is no text.
 */
export function readVideoHead(lines: Line[], from: number): ClipHeaders | undefined {
  let title: string | undefined,
    channel: string | undefined,
    date: string | undefined,
    end = -1;
  for (let k = from, seen = 0; k < lines.length && seen < 12; k++) {
    const t = lines[k].t;
    if (t === '') {
      if (end >= 0) break;
      continue;
    }
    seen++;
    const f = VIDEO_FIELD.exec(t);
    if (!f) {
      // (the export's own line, `# 자막 내보내기 …`, and its other fields: `# 길이: 2:21`, `# 형식: SRT`)
      if (t.startsWith('#') || /^[\p{L}][\p{L} ]{0,20}\s?[:：]\s*\S/u.test(t)) {
        end = k;
        continue;
      }
      return undefined;
    }
    end = k;
    const label = f[1].toLowerCase();
    const v = f[2].trim();
    if (/^(?:동영상|영상|video|title|제목)/.test(label)) title ??= v.replace(/^\[[^\[\]]{1,20}\]\s*/, '').trim();
    else if (/^(?:채널|channel)/.test(label))
      channel ??= v
        .replace(/\s*\((?:구독자|subscribers?)[^()]*\)|\s*\([^()]*\bsubscribers?\)/gi, '')
        .replace(/^(.{2,}?(?:방송|티비|TV|television|broadcasting|radio))\s+(?:뉴스|news)$/i, '$1')
        .trim();
    else date ??= findDate(v)?.iso;
  }
  if (!title || !channel || end < 0) return undefined;
  // (captions under the head: the caption reader's running text, or a cue's time code)
  let cued = false;
  for (let k = end + 1; k < lines.length && k <= end + 6; k++)
    if (/^\[[^\]]{1,40}\]$|-->/.test(lines[k].t)) cued = true;
  if (!cued) return undefined;
  return { endLine: end, title, outlet: channel, date, authors: [] };
}

/** A shared document's field naming its writer or owner by mention (`작성: @안소이`, `doc owner: @Roshni Ramdin`). */
const DOC_OWNER_FIELD =
  /^(?:작성(?:자)?|문서\s?(?:소유자|담당)|(?:doc(?:ument)?\s+)?owner|author|written\s+by|notes?\s+by)\s*[:：]\s*@(\S.{0,40})$/i;
/** Its line of its last update (`Last update by Roshni: 9 November 2026 (…)`, `Last edited 9 Nov 2026`, `최종 수정: …`). */
const DOC_UPDATE =
  /^(?:last\s+(?:update[ds]?|edit(?:ed)?|modified)(?:\s+by\s+[^:：]{1,40}[:：]|\s+on\s|\s*[:：]|\s(?=\d))|최종\s?(?:수정|업데이트)(?:일)?\s*[:：]?)\s*(\S.{5,80})$/i;

/**
 * A shared document's head as a notes app exports it to Markdown (Dropbox Paper's: its title as a heading, then a line
 * of fields between dots, one naming its writer or owner by mention, `작성: @안소이 · 참석: …`, `**Kustvlakte Energy
 * Forum** · shared doc … · doc owner: @Roshni Ramdin`, then its last update, `Last update by Roshni: 9 November
 * 2026`): headed by the title, written by the writer or owner (not the attendees or others mentioned), the
 * organisation's whose name stands alone in bold among the fields, dated by its last update. The field lines are no
 * text.
 */
export function readSharedDocHead(lines: Line[], from: number): ClipHeaders | undefined {
  const k = nextNonBlank(lines, from);
  const heading = k < lines.length && lines[k].t.length <= 200 ? /^#\s+(\S.*)$/.exec(lines[k].t) : null;
  if (!heading) return undefined;
  const f = nextNonBlank(lines, k + 1);
  if (f >= lines.length || f - k > 2 || lines[f].t.length > 400) return undefined;
  const fields = lines[f].t.trim().split(/\s+[·•|]\s+/);
  let owner: string | undefined, outlet: string | undefined;
  for (const field of fields) {
    const o = DOC_OWNER_FIELD.exec(field.trim());
    if (o) owner ??= o[1].replace(/[*_]+/g, '').trim();
    const bold = /^\*\*([^*]{2,80})\*\*$/.exec(field.trim());
    if (bold) outlet ??= bold[1].trim();
  }
  if (!owner || !(looksLikePersonName(owner) || /^[가-힣]{2,4}$/.test(owner))) return undefined;
  let end = f,
    date: string | undefined;
  const u = nextNonBlank(lines, f + 1);
  const update = u < lines.length && u - f <= 2 ? DOC_UPDATE.exec(lines[u].t.trim()) : null;
  const day = update ? findDate(update[1]) : undefined;
  if (day && day.index === 0) {
    date = day.iso;
    end = u;
  }
  return { endLine: end, title: heading[1].trim(), outlet, date, authors: [owner] };
}

/** A meeting tool's transcript document's title: the meeting's name, its day and time, the document's kind. */
const MEETING_DOC_TITLE =
  /^(\S.{1,150}?)\s[–—-]\s((?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2})(?:\s\d{1,2}:\d\d)?(?:\s(?:[A-Z]{2,5}|GMT[+-]\d{1,2}(?::\d\d)?))?\s[–—-]\s(?:transcript|스크립트|녹취록|notes\sby\sgemini|gemini가\s작성한\s메모)$/i;
/** A meeting's attendee that is an organisation's office, no person (`…협의회 사무국`, `… Secretariat`): its organisation. */
const ORGANISER_OFFICE = /^(\S.{1,60}?)\s?(?:사무국|사무처|secretariat)$/i;

/**
 * A meeting's transcript as a meeting tool writes it into a document (Google Meet's: `해외 인프라 공급기업 온라인 간담회
 * (11월) – 2026/11/24 14:00 KST – 스크립트`, then its attendees and the turns): headed by the meeting's name (not its day
 * and time or the kind), dated by the meeting's day, the organisation's whose office attends it (`…협의회 사무국`), no
 * author (machine-made; the speakers' words are theirs). The title line is no text.
 */
export function readMeetingTranscriptDoc(lines: Line[], from: number): ClipHeaders | undefined {
  const k = nextNonBlank(lines, from);
  const m = k < lines.length && lines[k].t.length <= 240 ? MEETING_DOC_TITLE.exec(lines[k].t.trim()) : null;
  const day = m ? findDate(m[2].replace(/[/.]/g, '-')) : undefined;
  if (!m || !day) return undefined;
  let outlet: string | undefined;
  for (let j = k + 1; j < lines.length && j <= k + 10 && !outlet; j++) {
    if (!/^(?:참석자|attendees|participants)$/i.test(lines[j].t.trim())) continue;
    const list = lines[nextNonBlank(lines, j + 1)]?.t ?? '';
    for (const who of list.split(/\s*[,，、]\s*/)) outlet ??= ORGANISER_OFFICE.exec(who.trim())?.[1].trim();
  }
  return { endLine: k, title: m[1].trim(), outlet, date: day.iso, authors: [] };
}

/** A video page's count of its channel's subscribers (`3.4K subscribers`, `구독자 2.3만명`), after the channel's name or alone. */
const SUBSCRIBERS =
  /^(?:(\S.{0,80}?)\s+[·•|]\s+)?(?:[\d.,]+\s?[KMB천만]?\s+subscribers?|구독자\s?[\d.,]+\s?[천만]?명?)$/i;
/** Its line of views and the day the video was streamed, premiered or published (`Streamed live on Oct 27, 2026 · 1,268 views`). */
const WATCH_DAY =
  /\b(?:streamed\s+live\s+on|premiered(?:\s+on)?|published\s+on|uploaded\s+on|실시간\s?스트리밍\s?시작일\s?[:：]?|최초\s?공개\s?[:：]?)\s*(\S.{5,20}?)(?:\s*[·•|]|\s{2,}|$)/i;
/** A channel's mark of its own officialness, after or before the body's name (`Belize City Council Official`). */
const OFFICIAL_CHANNEL = /\s+(?:official(?:\s+channel)?|\(official\))$|^official\s+(?=\S)/i;

/**
 * A video's page copied with its transcript (a watch page's title, its channel and subscribers, its views and the day
 * it was streamed or published, the description, then the `Transcript` panel's time-coded lines): the channel's (its
 * mark `Official` aside), headed by the video's title, dated by the day the page gives (not the day it was copied); the
 * speakers are no authors. The title, channel and day lines are no text.
 */
export function readWatchPage(lines: Line[], from: number): ClipHeaders | undefined {
  const k = nextNonBlank(lines, from);
  if (k >= lines.length || lines[k].t.length > 200) return undefined;
  let channel: string | undefined,
    date: string | undefined,
    end = -1,
    transcript = false;
  for (let j = k + 1, seen = 0; j < lines.length && seen < 8; j++) {
    const t = lines[j].t.trim();
    if (t === '') continue;
    seen++;
    let prev = j - 1;
    while (prev > k && lines[prev].t.trim() === '') prev--;
    const sub = SUBSCRIBERS.exec(t);
    if (sub && channel === undefined) {
      // (the channel's name on the line before its count, or before it on the count's line)
      channel = sub[1]?.trim() ?? (prev > k ? lines[prev].t.trim() : undefined);
      end = Math.max(end, j);
      continue;
    }
    const day = t.length <= 120 ? WATCH_DAY.exec(t) : null;
    if (day && !date && /\bviews?\b|조회수/i.test(t)) {
      date = findDate(day[1])?.iso;
      end = Math.max(end, j);
      continue;
    }
    if (/^(?:transcript|스크립트|자막)\b/i.test(t)) {
      transcript = true;
      break;
    }
  }
  if (!channel || !date || !transcript || channel.length > 80) return undefined;
  const outlet = channel.replace(OFFICIAL_CHANNEL, '').trim() || channel;
  // (a live stream's badge in capitals after the title, `… (LIVE)`, `[LIVE]`: the player's, no word of the title)
  const title = lines[k].t.trim().replace(/\s*[(\[]LIVE[)\]]$/, '');
  return { endLine: end, title, outlet, date, authors: [] };
}

/** A channel's label in a messenger's export (`채널: 전력기기 인사이트 ⚡ (t.me/powergear_insight)`, `Channel: …`). */
const CHANNEL_FIELD = /^(?:채널(?:명)?|channel(?:\s+name)?)\s*[:：]\s*(\S.{0,80})$/i;
/** Its operator's label (`운영: … '볼트맨'`, `운영자: 볼트맨`, `Admin: …`). */
const OPERATOR_FIELD = /^(?:운영(?:자)?|관리자|admin(?:istrator)?|operator|owner|run\s+by)\s*[:：]\s*(\S.{0,100})$/i;
/** Pictographs and marks around a post's or channel's words (`⚡`, `📌`, `👉`). */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

/**
 * A messenger channel's export (Telegram's: `[텔레그램 채널 내보내기]`, then `채널: 전력기기 인사이트 ⚡ (t.me/…)`, its
 * subscribers, `운영: … '볼트맨'`, when it was exported, then its posts between rules, each under its date). The channel
 * is the outlet (its address and marks aside), its operator, by the name the head gives in quotes or alone, the author,
 * the first post's first line the headline (its marks and label aside), the first post's date the date; when it was
 * exported is never a publication date. The head is no text.
 */
export function readChannelExport(lines: Line[], from: number): ClipHeaders | undefined {
  let channel: string | undefined,
    exportMark = false,
    operator: string | undefined,
    end = -1;
  for (let k = from, seen = 0; k < lines.length && seen < 8; k++) {
    const t = lines[k].t;
    if (t === '') continue;
    seen++;
    if (
      /^\[?(?:텔레그램|telegram)(?:\s?desktop)?\s?(?:채널\s?|채팅\s?|chat\s+)?(?:내보내기|export)|^\[?(?:telegram|channel)\s+(?:channel\s+)?export/i.test(
        t,
      )
    ) {
      exportMark = true;
      end = k;
      continue;
    }
    const c = CHANNEL_FIELD.exec(t);
    if (c && !channel) {
      // (its address, `t.me/…`, or its handle in brackets, `(@hanbit_smallcap)`)
      const link = /\(?\s*(?:https?:\/\/)?t\.me\/[\w]+\s*\)?|\(@\w{3,}\)/i.test(c[1]);
      const name = c[1]
        .replace(/\(?\s*(?:https?:\/\/)?(?:t\.me|telegram\.me)\/\S*\s*\)?|\s*\(@\w{3,}\)/gi, '')
        .replace(PICTOGRAPHS, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (name && (link || exportMark)) channel = name;
      end = k;
      continue;
    }
    const o = OPERATOR_FIELD.exec(t);
    if (o && channel) {
      const q = /['‘"“]([^'’"”]{2,20})['’"”]/.exec(o[1]);
      const v = q ? q[1] : /^\S{2,20}$/.test(o[1].trim()) ? o[1].trim() : undefined;
      if (v) operator = v;
      end = k;
      continue;
    }
    if (
      channel &&
      (/^(?:구독자|subscribers?|members?|내보낸\s?날짜|exported?(?:\s+(?:on|at|date))?|범위|range)(?:\s|[:：]|$)/i.test(
        t,
      ) ||
        /^※|^\*/.test(t))
    ) {
      end = k;
      continue;
    }
    if (channel) break;
  }
  if (!channel) return undefined;
  // The first post: its date line, then its first line of words.
  let date: string | undefined, title: string | undefined;
  for (let k = end + 1, seen = 0; k < lines.length && seen < 8; k++) {
    const t = lines[k].t;
    if (t === '' || isRuleLine(t) || /^[─━═\-_=]{5,}$/.test(t)) continue;
    seen++;
    const bare = t.replace(PICTOGRAPHS, '').trim();
    // (a pinned message over the posts, `📌 고정 메시지`, is the channel's notice: to the rule under it)
    if (!date && /^(?:고정\s?메시지|pinned\s+message)$/i.test(bare)) {
      while (k + 1 < lines.length && !/^[─━═\-_=]{5,}$/.test(lines[k + 1].t.trim())) k++;
      seen = 0;
      continue;
    }
    // (a post's count of views under its date, `👁 3.2K`)
    if (date && /^[\d.,]+\s?[KkMm천만]?$/.test(bare)) continue;
    if (!date) {
      // (its date in brackets with the sender's name after it: `[2026.11.12 08:10]  한빛증권 스몰캡 윤재석`)
      const d = bare.length <= 80 ? findDate(bare.replace(/^\[/, '')) : undefined;
      if (d && d.index === 0) {
        date = d.iso;
        continue;
      }
      break;
    }
    // (a title in brackets, the whole line, is the title; a label in brackets before it is not)
    const whole = /^\[([^\[\]]{13,200})\]$/.exec(bare);
    title = whole ? whole[1].trim() : bare.replace(/^\[[^\[\]]{1,12}\]\s*/, '').trim() || undefined;
    break;
  }
  return { endLine: end, outlet: channel, date, title, authors: operator ? [operator] : [] };
}

/**
 * A speech's heading in capitals, as a government's speeches open (`SPEECH BY THE HONOURABLE …, MP,` / `MINISTER OF
 * ENERGY,` / `AT THE SIGNING OF …`, `REMARKS BY HIS EXCELLENCY …`): the speaker is named after `BY` and the honorifics.
 */
const SPEECH_HEAD =
  /^(?:(?:KEYNOTE|OPENING|CLOSING|WELCOME|OFFICIAL)\s+)?(?:SPEECH|REMARKS|ADDRESS|STATEMENT)\s+(?:DELIVERED\s+)?BY\s+(?:(?:THE|HIS|HER|RIGHT|RT\.?|HONOURABLE|HONORABLE|HON\.?|EXCELLENCY|H\.E\.|DR\.?|MR\.?|MRS\.?|MS\.?|MADAM|PROF\.?|PROFESSOR|CHIEF)\s+)*([A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){1,3})(?:,|$)/;
/** A heading's paragraph that goes on the one before (`AT THE SIGNING OF …`, `ON THE OCCASION OF …`). */
const SPEECH_OCCASION = /^(?:AT|ON|DURING|TO|FOR|IN|BEFORE)\s/;

/**
 * A speech as a ministry gives it out, its heading in capitals over one paragraph or more (the speaker and the post,
 * ending on a comma, then the occasion), down to the place and the date: the heading, written as its text writes its
 * words, is the headline; the speaker named in it, its author. The heading is no text.
 */
export function readSpeechHeading(
  lines: Line[],
  from: number,
): { title: string; speaker: string; lines: number[] } | undefined {
  const at = firstLineWhere(lines, from, 6, (t) => t.length <= 160 && SPEECH_HEAD.test(t));
  if (at < 0) return undefined;
  const speaker = SPEECH_HEAD.exec(lines[at].t.trim())![1];
  const parts: string[] = [];
  const used: number[] = [];
  let k = at;
  for (let paras = 0; paras < 4 && k < lines.length; paras++) {
    const para: string[] = [];
    for (; k < lines.length && lines[k].t.trim() !== '' && para.length < 4; k++) {
      const t = lines[k].t.trim();
      if (t !== t.toUpperCase() || !/\p{Lu}{2}/u.test(t) || /\d/.test(t) || t.length > 160) break;
      para.push(t);
      used.push(k);
    }
    if (!para.length) break;
    parts.push(para.join(' '));
    k = nextNonBlank(lines, k);
    const next = k < lines.length ? lines[k].t.trim() : '';
    // (the heading goes on while its paragraph ends on a comma, or the next says where it was given)
    if (!(/,$/.test(parts[parts.length - 1]) || SPEECH_OCCASION.test(next))) break;
  }
  const caps = parts.join(' ').replace(/,$/, '');
  if (caps.length > 400) return undefined;
  const text = lines
    .slice(k)
    .map((L) => L.t)
    .join('\n');
  const name = speaker.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  // (a company the heading names with its legal form is a name: `NKANA STARGATE CAMPUS LIMITED`)
  const firms = [
    ...caps.matchAll(
      /(?<![A-Z&'’-])(?:(?!(?:AND|BETWEEN|OF|THE|WITH|FOR|TO|BY|AT|ON)\s)[A-Z][A-Z&'’-]+\s){1,4}(?:LIMITED|LTD|CORPORATION|PLC|INC|COMPANY)\b/g,
    ),
  ].map((m) => casedInLines(m[0], lines));
  const title = writtenAsText(caps, text, [name, ...firms])
    // (the letters after the speaker's name, as a parliament's member writes them: `, MP,`)
    .replace(/,\s(mp|mla|mpp|mna|mhk|qc|kc|sc|mbe|obe|cbe|gcmg)(?=,|$)/gi, (_m, p: string) => `, ${p.toUpperCase()}`);
  return { title, speaker: name, lines: used };
}

/** A KakaoTalk chat export's first line: the room, then `님과 카카오톡 대화` (PC) or `카카오톡 대화` (mobile). */
const KAKAO_EXPORT_HEAD = /^(\S.{0,80}?)\s(?:님과\s)?카카오톡\s?대화$/;
/** …and the line under it, when it was saved (`저장한 날짜 : 2026-05-14 23:18:07`). */
const KAKAO_SAVED = /^저장한\s?날짜\s?[:：]\s?(\S.{5,40})$/;

/**
 * A KakaoTalk chat saved as text (`평진중전기 주주 소통방 (오픈채팅) 님과 카카오톡 대화` / `저장한 날짜 : 2026-05-14 …`): the
 * room's title as the export gives it is its headline, the room its outlet (without the mark of its kind, `(오픈채팅)`),
 * the day it was saved its date (the chat's last day); the people in it are no authors. The two lines are no text.
 */
export function readKakaoExport(lines: Line[], from: number): ClipHeaders | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  const head = k < lines.length ? KAKAO_EXPORT_HEAD.exec(lines[k].t.trim()) : null;
  if (!head) return undefined;
  let j = k + 1;
  while (j < lines.length && lines[j].t === '') j++;
  const saved = j < lines.length ? KAKAO_SAVED.exec(lines[j].t.trim()) : null;
  if (!saved) return undefined;
  const room = head[1].trim();
  const name = room.replace(/\s*[(（](?:오픈\s?채팅|open\s?chat)[)）]$/i, '').trim();
  return { endLine: j, title: room, outlet: name || undefined, date: findDate(saved[1])?.iso, authors: [] };
}

/** A meeting's saved chat's message head, its time, sender and audience (`14:00:37 From 청해마린텍 IR 빈소율 to Everyone:`). */
const MEETING_CHAT_HEAD =
  /^\d{1,2}:\d\d(?::\d\d)?\s+From\s+(\S.{0,60}?)\s+to\s+(?:Everyone|\S.{0,60}?)(?:\s*\(.{1,30}\))?\s*:\s*(.*)$/;
/**
 * A video meeting's chat as the meeting tool saves it (Zoom's `meeting_saved_chat.txt`: message after message, each under
 * its head `14:00:37 From <sender> to Everyone:`): no headline, its posters no authors. It is the company holding the
 * meeting's where the host's first message, its welcome, names the company its sender's name leads with (`청해마린텍 IR
 * 빈소율` welcoming to `청해마린텍 … 기업설명회`), dated by the day that welcome gives (`2026년 하반기 … (10월 22일)`).
 */
export function readMeetingChat(lines: Line[], from: number): ClipHeaders | undefined {
  const k = nextNonBlank(lines, from);
  const first = k < lines.length ? MEETING_CHAT_HEAD.exec(lines[k].t.trim()) : null;
  if (!first) return undefined;
  let heads = 0;
  let welcome = first[2];
  for (let j = k + 1; j < lines.length && j < k + 60; j++) {
    const t = lines[j].t.trim();
    if (MEETING_CHAT_HEAD.test(t)) heads++;
    else if (heads === 0 && t) welcome += ' ' + t;
  }
  if (heads < 2) return undefined;
  const words = first[1].split(/\s+/);
  let outlet: string | undefined;
  for (let n = words.length - 1; n >= 1 && !outlet; n--) {
    const name = words.slice(0, n).join(' ');
    if (name.length >= 2 && !/^\p{Lu}?\p{Ll}+$/u.test(name) && welcome.includes(name)) outlet = name;
  }
  let date = findDate(welcome)?.iso;
  const year = /((?:19|20)\d\d)\s*년/.exec(welcome)?.[1];
  const day = /(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/.exec(welcome);
  if (!date && year && day) date = `${year}-${day[1].padStart(2, '0')}-${day[2].padStart(2, '0')}`;
  return { endLine: k - 1, outlet, date: outlet ? date : undefined, authors: [], untitled: true };
}

/** A team messenger's export's first line (`JANDI 토픽 대화 내보내기`, `Slack channel export`, `잔디 채팅 내보내기`). */
const TEAM_CHAT_HEAD =
  /^(?:JANDI|잔디|Slack|슬랙|Flow|플로우|Dooray!?|두레이|NAVER\s?WORKS|네이버\s?웍스|Mattermost|Rocket\.Chat|카카오워크|KakaoWork)\s(?:토픽|채널|채팅|대화|메시지|topic|channel|chat|conversation|message)s?(?:\s(?:대화|history|log))?\s?(?:내보내기|export(?:ed)?)$/i;
/** Its fields: the team (the workspace, the company's), the topic or channel, the period, when it was exported. */
const TEAM_CHAT_FIELD =
  /^(팀|워크스페이스|회사|team|workspace|토픽|채널|대화방|채팅방\s?(?:이름|유형)|topic|channel|기간|period|range|내보낸\s?날짜|exported?(?:\s(?:on|at|date))?)\s*[:：]\s*(\S.{0,160})$/i;

/**
 * A team messenger's topic or channel exported as text (`JANDI 토픽 대화 내보내기` / `팀: 빛가람일렉트릭` / `토픽: [해외영업] 세네갈
 * 센두 RMU` / `기간: 2026-09-22 ~ 2026-09-22` / `내보낸 날짜: …`, then the messages): the team's, its workspace's name (the
 * company's); the topic its headline (the department's tag in brackets before it aside); dated by the last day of the
 * period it covers (else the day it was exported: the chat as it stood then); the people in it, the one who exported it
 * too, are no authors. The tool's line is no text.
 */
export function readTeamChatExport(lines: Line[], from: number): ClipHeaders | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  if (k >= lines.length || !TEAM_CHAT_HEAD.test(lines[k].t.trim())) return undefined;
  let team: string | undefined, topic: string | undefined, period: string | undefined, exported: string | undefined;
  let room = false,
    j = k + 1;
  for (; j < lines.length && j <= k + 14; j++) {
    const t = lines[j].t.trim();
    if (t === '' || /^[=─━\-_~]{5,}$/.test(t)) break;
    const f = TEAM_CHAT_FIELD.exec(t);
    if (!f) continue;
    const label = f[1].toLowerCase().replace(/\s+/g, '');
    // (a room's kind and the company whose workspace holds it, `채팅방 유형: 그룹 채팅 · 청라스틸(주)`: the company; its
    // name, `채팅방 이름: …`, a room's and no title: the many who write in it title nothing)
    if (label === '채팅방유형') {
      const company = /\s[·•|]\s(\S.{0,60})$/.exec(f[2])?.[1].replace(/^(?:\(주\)|㈜)\s?|\s?(?:\(주\)|㈜)$/g, '');
      if (company) team ??= company.trim();
    } else if (label === '채팅방이름') room = true;
    else if (/^(?:팀|워크스페이스|회사|team|workspace)$/.test(label)) team ??= f[2].trim();
    else if (/^(?:토픽|채널|대화방|topic|channel)$/.test(label)) topic ??= f[2].trim();
    else if (/^(?:기간|period|range)$/.test(label)) {
      // (its last day: `2026-09-01 ~ 2026-09-22`)
      const days = f[2].split(/\s*[~–—]\s*|\s+(?:to|until)\s+/);
      period = findDate(days[days.length - 1])?.iso;
    } else exported ??= findDate(f[2])?.iso;
  }
  if (!team && !topic) return undefined;
  // (a room's chat with no period: dated by its first day's line under the head, `---- 2026년 10월 12일 월요일 ----`, the
  // span it saves beginning there; the export's day is the exporter's)
  if (room && !period)
    for (let n = j; n < lines.length && n <= j + 12; n++) {
      const day = /^[-=─━~]{3,}\s*(\S.{5,30}?)\s*[-=─━~]{3,}$/.exec(lines[n].t.trim());
      const iso = day ? findDate(day[1])?.iso : undefined;
      if (iso) {
        period = iso;
        break;
      }
    }
  if (room) return { endLine: k, outlet: team, date: period ?? exported, authors: [], untitled: true };
  const title = topic?.replace(/^(?:\[[^\[\]]{1,16}\]|#)\s*/, '').trim() || topic;
  // (its fields stay text, as the messages do: a chat's few lines in its language, which the messages' quoted mail in
  // another may outweigh without them; only the tool's line over them is none)
  return { endLine: k, title, outlet: team, date: period ?? exported, authors: [] };
}

/** A support desk's conversation export's first line (`채널톡 상담 내역 내보내기 (UserChat export)`, `Conversation export`). */
const SUPPORT_CHAT_HEAD =
  /^\S.{0,30}?\s?(?:상담|문의|고객\s?상담|채팅\s?상담)\s?(?:내역|기록|대화)?\s?(?:내보내기|export)(?:\s*[(（][^()（）]{1,40}[)）])?$|^(?:\S.{0,30}\s)?(?:support\s+)?(?:conversation|ticket|chat)\s+(?:transcript\s+)?export(?:\s*\([^()]{1,40}\))?$/i;
/** Its fields: the channel (the company's support channel), when the conversation started. */
const SUPPORT_CHAT_FIELD =
  /^(채널명|채널|브랜드|channel(?:\s+name)?|brand|workspace|상담\s?시작|시작\s?(?:일시|시각)|started(?:\s+at)?|created(?:\s+at)?)\s*[:：]\s*(\S.{0,160})$/i;

/**
 * A support desk's conversation exported as text (`채널톡 상담 내역 내보내기 (UserChat export)`, its fields between rules:
 * `채널명 : 파로호정밀 PAROHO PRECISION`, `상담 시작 : 2026-11-05 …`, the customer, the manager, the exporter): the
 * company's whose channel it is (its name in the text's script where the channel gives it in two), dated by the day the
 * conversation started (not the day it was exported), no headline (the tool's line is the export's, a customer and a
 * manager write the rest) and no author. Its head is no text.
 */
export function readSupportChatExport(lines: Line[], from: number): ClipHeaders | undefined {
  const k = nextNonBlank(lines, from);
  if (k >= lines.length || lines[k].t.length > 80 || !SUPPORT_CHAT_HEAD.test(lines[k].t.trim())) return undefined;
  let channel: string | undefined, started: string | undefined;
  let end = k;
  for (let j = k + 1, rules = 0; j < lines.length && j <= k + 24; j++) {
    const t = lines[j].t.trim();
    if (/^[=─━\-_~]{5,}$/.test(t)) {
      end = j;
      if (++rules === 2) break;
      continue;
    }
    const f = SUPPORT_CHAT_FIELD.exec(t);
    if (!f) {
      if (t === '' && rules !== 1) break;
      continue;
    }
    end = j;
    if (/^(?:채널명|채널|브랜드|channel|brand|workspace)/i.test(f[1])) channel ??= f[2].trim();
    else started ??= findDate(f[2])?.iso;
  }
  if (!channel) return undefined;
  // (a name in two scripts, `파로호정밀 PAROHO PRECISION`: the Korean one for a Korean chat)
  const two = /^([가-힣][가-힣\s()㈜]{1,30}?)\s+[A-Z][A-Z0-9&.\s-]{2,40}$/.exec(channel);
  return { endLine: end, outlet: two ? two[1].trim() : channel, date: started, authors: [], untitled: true };
}

/**
 * A copy of a team messenger's channel headed by a note saying so (`# 슬랙 #prj-maputo 채널 복사본 (2026-07-28 ~ …) — …`,
 * `Slack #ops channel copy`), the workspace in a field under it (`# 워크스페이스: 위천승강기 (wicheonlift.slack.com)`).
 */
const CHAT_COPY_HEAD =
  /^#?\s*(?:JANDI|잔디|Slack|슬랙|Flow|플로우|Dooray!?|두레이|Mattermost|Rocket\.Chat|Teams|팀즈)\s+(?:#\S{1,60}\s+)?(?:토픽|채널|채팅|대화|topic|channel|chat)\s?(?:복사본|사본|기록|copy|log|transcript)(?=[\s(（—–-]|$)/i;
const CHAT_COPY_WORKSPACE =
  /^#?\s*(?:워크스페이스|workspace|팀|team)\s*[:：]\s*(\S.{0,80}?)(?:\s*\([\w.-]+\.(?:slack\.com|jandi\.com|[a-z]{2,})\))?$/i;

/**
 * A copy of a team messenger's channel, its note and workspace over the messages (CHAT_COPY_HEAD): the workspace's
 * (the company's), no headline (the note is the copier's, the channel's messages many people's), dated as its day
 * lines date it; the note and the field are no text.
 */
export function readChatCopy(lines: Line[], from: number): ClipHeaders | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  if (k >= lines.length || lines[k].t.length > 200 || !CHAT_COPY_HEAD.test(lines[k].t.trim())) return undefined;
  for (let j = k + 1; j < lines.length && j <= k + 3; j++) {
    const w = CHAT_COPY_WORKSPACE.exec(lines[j].t.trim());
    if (w) return { endLine: j, outlet: w[1].trim(), authors: [], untitled: true };
  }
  return undefined;
}

/** DiscordChatExporter's head: rules of `=` around `Guild:`, `Channel:`, `Topic:`, `After:`/`Before:` fields. */
const DISCORD_FIELD = /^(guild|channel|topic|after|before)\s*:\s*(.*)$/i;
/** A message's head in its text export: `[24-Sep-26 04:02 PM] name` (or `[2026-09-24 16:02] name`). */
const DISCORD_MESSAGE =
  /^\[(?:(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})|((?:19|20)\d\d)-(\d\d)-(\d\d))\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[AP]M)?\]\s+\S/i;

/**
 * A Discord channel exported as text (DiscordChatExporter: `Guild: Hyperscale Watchers`, `Channel: …`, then messages
 * headed `[24-Sep-26 04:02 PM] caribe_pue`): the server's (its guild), no headline, no author (many people post),
 * dated by its first message (the export's filter, `After:`/`Before:`, is no date of it). Its head is no text.
 */
export function readDiscordExport(lines: Line[], from: number): ClipHeaders | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  if (k < lines.length && /^={10,}$/.test(lines[k].t.trim())) k++;
  let guild: string | undefined,
    channel = false,
    end = -1;
  for (let j = k; j < lines.length && j < k + 10; j++) {
    const t = lines[j].t.trim();
    if (/^={10,}$/.test(t)) {
      end = j;
      break;
    }
    const f = DISCORD_FIELD.exec(t);
    if (!f) return undefined;
    const label = f[1].toLowerCase();
    if (label === 'guild') guild = f[2].trim();
    if (label === 'channel') channel = true;
    end = j;
  }
  if (!guild || !channel || end < 0) return undefined;
  let date: string | undefined;
  for (let j = end + 1; j < lines.length && !date; j++) {
    const m = lines[j].t.length <= 120 ? DISCORD_MESSAGE.exec(lines[j].t) : null;
    if (!m) continue;
    if (m[4]) date = `${m[4]}-${m[5]}-${m[6]}`;
    else {
      const month = MONTHS[m[2].toLowerCase()];
      const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
      if (month) date = `${year}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    }
  }
  return { endLine: end, outlet: guild, date, authors: [], untitled: true };
}

/** A WhatsApp message's head: its day and time in brackets (iOS) or before a dash (Android), then its sender. */
const WHATSAPP_MESSAGE =
  /^\u200e?\[?(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4}),?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?(?:\]\s|\s[-–]\s)([^:]{1,60}):\s/;

/**
 * A WhatsApp chat exported as text, every message on a line headed by its day and time and its sender (`[02/10/2026,
 * 08:14:33] Copperbelt Business Wire: …`). A channel's, where one sender writes every message: that sender is its
 * outlet; its date is its last message's day (what it stands at when exported). The day is read day-first or
 * month-first as its messages show (a day over 12 in the first or the second place); where none shows, unknown. No
 * headline, no author; the messages stay text.
 */
export function readWhatsAppExport(lines: Line[], from: number): ClipHeaders | undefined {
  let k = from;
  while (k < lines.length && lines[k].t === '') k++;
  // (its first line a message, or the notice a chat opens with, `12/03/2025, 09:14 - Messages and calls are end-to-end
  // encrypted. …`)
  if (k >= lines.length || !(WHATSAPP_MESSAGE.test(lines[k].t) || WHATSAPP_NOTICE.test(lines[k].t))) return undefined;
  const senders = new Set<string>();
  let dayFirst = false,
    monthFirst = false,
    last: RegExpExecArray | undefined;
  for (let j = k; j < lines.length; j++) {
    const m = WHATSAPP_MESSAGE.exec(lines[j].t);
    if (!m) continue;
    senders.add(m[4].trim());
    if (+m[1] > 12) dayFirst = true;
    if (+m[2] > 12) monthFirst = true;
    last = m;
  }
  if (!last) return undefined;
  const dayOf = (m: RegExpExecArray): string | undefined => {
    if (dayFirst === monthFirst) return undefined;
    const [d, mo] = dayFirst ? [+m[1], +m[2]] : [+m[2], +m[1]];
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    return d >= 1 && d <= 31 && mo >= 1 && mo <= 12
      ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
      : undefined;
  };
  if (senders.size === 1)
    return { endLine: k - 1, outlet: [...senders][0], date: dayOf(last), authors: [], untitled: true };
  // A group's chat, many people writing: the group's, by the name its notices give it (`Petrus Beukes created group
  // "Lüderitz Town & Harbour 🐟⚓"`, the latest `changed the subject … to "…"`; its pictographs aside), dated by the
  // first message of the span saved (the notices before it, a group's creation years back, are none); no headline,
  // its members no authors.
  let group: string | undefined, first: RegExpExecArray | undefined;
  for (let j = k; j < lines.length; j++) {
    const t = lines[j].t;
    const notice = WHATSAPP_GROUP_NAME.exec(t);
    if (notice) group = notice[1];
    const m = !first && WHATSAPP_MESSAGE.exec(t);
    if (m) first = m;
  }
  const name = group?.replace(PICTOGRAPHS, '').replace(/\s+/g, ' ').trim();
  if (!name || !first) return undefined;
  return { endLine: k - 1, outlet: name, date: dayOf(first), authors: [], untitled: true };
}
/** A WhatsApp chat's notice (no sender before a colon): its encryption, a group created, someone added or left. */
const WHATSAPP_NOTICE =
  /^\u200e?\[?\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4}),?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?(?:\]\s|\s[-–]\s)\u200e?(?:messages\sand\scalls\sare\send-to-end\sencrypted|[^:]{1,60}?\s(?:created\sgroup|added|left|joined|changed\s(?:the\s)?(?:subject|group))\b)/i;
/** A WhatsApp group's notice of its name: created with it, or renamed to it (`… changed the subject from "A" to "B"`). */
const WHATSAPP_GROUP_NAME =
  /^\u200e?\[?\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4}),?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?(?:\]\s|\s[-–]\s)\u200e?[^:]{1,60}?\s(?:created\sgroup|changed\s(?:the\s)?(?:subject|group\sname)(?:\sfrom\s["“].{1,100}?["”])?\sto)\s["“](.{1,100}?)["”]\s*$/;

/** A Korean public body and its unit (`익산시 투자유치과`, `경기도의회 의사담당관`): the body. */
const KO_POSTING_BODY =
  /^([가-힣]{1,10}(?:특별자치도|특별자치시|특별시|광역시|도|시|군|구)(?:의회|청)?)\s[가-힣]{1,12}(?:과|팀|실|국|관|단|본부|센터)$/;
/** Pieces of a banner, set apart by a bar or a middle dot between spaces (`익산시 투자유치과 | 정보공개 구분: 공개`). */
const BANNER_PIECES = /\s[|｜·•]\s/;
/** A sentence's end inside a note: a stop before a space or at the end, or a Korean ending (`…옮긴 것입니다.`, `구분됨`). */
const NOTE_SENTENCE = /[.。](?:\s|$)|(?:다|됨|음|함)\.?$/;

/**
 * A banner in brackets at the head of the copy, over the document, saying where the copy comes from rather than what
 * the document is: a portal's header in fields (`[익산시 투자유치과 | 투자협약 체결 현황 공개 | 게시일 2026-07-09]`), a
 * viewer's note on the copy (`[전자공시 뷰어 본문 복사본 · 표 칸은 탭으로 구분됨]`), an extraction note wrapped over
 * lines (`[Text extracted from the PDF "…",` / `pages 1–4 and 17–18. Tables have been converted to text.]`). It is all
 * of its line or lines, and in pieces, in sentences or over more than one line; a title in brackets (`[한서전력기기 3Q26
 * Review: 카리브해가 끌어올린 분기]`) is one piece without a sentence, and a bracketed label before a title (`[단독] …`)
 * closes before its line does. Returns the banner's last line: no headline, no text.
 */
export function readHeadBanner(
  lines: Line[],
  from: number,
): { end: number; poster?: string; site?: string; date?: string; writer?: string; title?: string } | undefined {
  let k = from;
  while (k < lines.length && (lines[k].t.trim() === '' || lines[k].furniture)) k++;
  if (k >= lines.length) return undefined;
  const t = lines[k].t.trim();
  // (…or a converted document's conversion note, the file it was converted from and how, `[첨부파일] 2026-87_가정통신문.hwp
  // → 텍스트 변환 (…)`, or the command that converted it, `$ pdftotext -layout … 논문집.pdf out.txt`, with the converter's
  // notes under it, `※ 표·그림은 변환되지 않았습니다.`, `(논문집 213~216쪽만 추출.)`: how the copy was made, no headline)
  // (a banner wholly in brackets, or opening one it closes on a later line, is read as below)
  const bracketed = /^[[［]/.test(t) && (/[\]］]$/.test(t) || !/[\]］]/.test(t));
  if (!bracketed && t.length <= 240 && CONVERTED_FILE.test(t) && (CONVERSION_WORD.test(t) || /^\$\s+\S/.test(t)))
    return { end: notesAfter(lines, k) };
  // (…or a site's crumbs on a line of their own, three levels at least, with the copier's note in brackets under them:
  // `국회회의록 시스템 > 상임위원회 > …` / `(회의록 텍스트 저장본 · 발췌: …)`, `국민신문고 > 민원 > 나의 민원 > 민원신청 상세` /
  // `(https://www.epeople.go.kr/… — 2026-10-21 09:37 화면 복사)`: where the copy comes from, the site no outlet)
  if (t.length <= 160 && /^[^>[\]()]{1,40}(?:\s>\s[^>[\]]{1,40}){2,}$/.test(t)) {
    const j = k + 1 < lines.length ? k + 1 : k;
    const note = lines[j].t.trim();
    if (j > k && note.length <= 300 && /^[(（][^()（）]{4,298}[)）]$/.test(note)) return { end: j };
    // (…or with the board's posting row under them, its fields between bars, `등록일 2026-10-22 | 조회 418 | 첨부 …hwpx`,
    // and the copier's note after it, `※ 아래는 첨부 한글 파일의 본문을 옮긴 것입니다.`: the board's, no headline and no
    // text; dated by the posting, unless its text is the file attached to it, which its own lines date)
    const row = j > k ? postingRow(note) : undefined;
    if (row) {
      let end = j;
      const n = nextNonBlank(lines, j + 1);
      const u = n < lines.length ? lines[n].t.trim() : '';
      if (n - j <= 2 && u.length <= 300 && (/^※\s?\S/.test(u) || /^[(（][^()（）]{4,298}[)）]$/.test(u))) end = n;
      return { end, date: row.attached ? undefined : row.date };
    }
    return undefined;
  }
  if (t[0] !== '[' && t[0] !== '［') return undefined;
  // (…its posting's attached file on the line under it, `첨부: 회의록.hwp (텍스트 변환본을 본문에 붙임)`, and the copier's
  // notes: the posting's too; the text is the file's, which its own lines date)
  const crumb = bracketCrumb(t);
  if (crumb) {
    let n = nextNonBlank(lines, k + 1);
    // (…and a titled posting's row of labelled fields under it, `작성자: 주산면 행정복지센터   등록일: 2026-11-20   조회:
    // 87`: the posting's, no text)
    const row = n < lines.length && n - k <= 2 && crumb.title ? lines[n].t.trim().split(/\s{2,}|\s[|ㅣ·]\s/) : [];
    let last = k;
    if (row.length >= 2 && lines[n].t.length <= 200 && row.every((f) => POSTING_ROW_FIELD.test(f))) {
      for (const f of row)
        crumb.date ??= POSTED_FIELD.exec(f.replace(/\s*[:：]\s*/, ' ')) ? findDate(f)?.iso : undefined;
      last = n;
      n = nextNonBlank(lines, n + 1);
    }
    // (the title only so: a page's own control after its crumb, `인쇄용 보기`, is none)
    if (last === k) crumb.title = undefined;
    const attached = n < lines.length && n - last <= 2 && ATTACHED_FIELD.test(lines[n].t.trim());
    if (!attached && last > k) return { end: last, ...crumb };
    return attached ? { end: notesAfter(lines, n), ...crumb, date: undefined } : { end: k, ...crumb };
  }
  let inner = '';
  let end = -1;
  for (let j = k; j < lines.length && j < k + 4; j++) {
    const u = lines[j].t.trim();
    if (u === '') break;
    const close = u.search(/[\]］]/);
    if (close >= 0) {
      // (closing before its line ends: a label before a title, or a bracketed byline with the lead after it)
      if (close < u.length - 1) return undefined;
      inner += ' ' + u.slice(j === k ? 1 : 0, close);
      end = j;
      break;
    }
    inner += ' ' + u.slice(j === k ? 1 : 0);
  }
  if (end < 0) return undefined;
  inner = inner.trim();
  if (!inner || /[[［]/.test(inner)) return undefined;
  const pieces = inner.split(BANNER_PIECES);
  if (end === k && pieces.length < 2 && !NOTE_SENTENCE.test(inner)) return undefined;
  // (a portal's header led by the public body posting it and its unit, `익산시 투자유치과`: the body posts it)
  const poster = pieces.length >= 2 ? KO_POSTING_BODY.exec(pieces[0].trim())?.[1] : undefined;
  return { end, poster };
}

/** A file a document was converted or extracted from (`….hwp`, `….pdf`). */
const CONVERTED_FILE = /\.(?:pdf|hwpx?|docx?|xlsx?|pptx?|odt|rtf)\b/i;
/** A word saying a copy was converted or extracted (`텍스트 변환`, `추출`, `converted`, `extracted`). */
const CONVERSION_WORD = /변환|추출|convert(?:ed)?\b|extract(?:ed)?\b|→/i;
/** The last line of the copier's notes right under line k (`※ …`, `(…)`, `Note: …`), else k. */
function notesAfter(lines: Line[], k: number): number {
  let end = k;
  for (let n = nextNonBlank(lines, k + 1); n < lines.length && n - end <= 2; n = nextNonBlank(lines, n + 1)) {
    const u = lines[n].t.trim();
    if (u.length > 300 || !(/^※\s?\S/.test(u) || /^[(（][^()（）]{4,298}[)）]$/.test(u))) break;
    end = n;
  }
  return end;
}

/** A field of a board's posting row: its day, views, attachment, writer or unit (`조회 418`, `Views: 312`). */
const POSTING_ROW_FIELD =
  /^(?:등록일(?:자|시)?|작성일(?:자|시)?|게시일(?:자|시)?|조회(?:수)?|첨부(?:\s?파일)?|작성자|담당(?:자|부서)?|부서|posted|date|views?|attachments?|author)\s*[:：]?\s*\S/i;
/**
 * A board's posting row, its fields between bars, each a label and its value (`등록일 2026-10-22 | 조회 418 | 첨부 제349회_
 * 군정질문_서면답변서.hwpx`): the day it was posted and whether a file is attached; undefined for any other line.
 */
function postingRow(t: string): { date?: string; attached: boolean } | undefined {
  const fields = t.split(/\s+[|ㅣ·]\s+/).map((f) => f.trim());
  if (t.length > 200 || fields.length < 2 || !fields.every((f) => POSTING_ROW_FIELD.test(f))) return undefined;
  // (a board's row by its counter or its attachment; one naming its writer is read as a byline is)
  if (!fields.some((f) => /^(?:조회|첨부|views?|attach)/i.test(f)) || fields.some((f) => /^(?:작성자|author)/i.test(f)))
    return undefined;
  const posted = fields.find((f) => /^(?:등록|작성|게시)일|^(?:posted|date)\b/i.test(f));
  return {
    date: posted ? findDate(posted)?.iso : undefined,
    attached: fields.some((f) => /^(?:첨부|attach)/i.test(f) && /\.(?:pdf|hwpx?|docx?|xlsx?|pptx?)\b/i.test(f)),
  };
}

/** A site named only for what it is, whosever it is (`사내 게시판`, `게시판`, `그룹웨어`, `Intranet`). */
const GENERIC_SITE = /^(?:사내\s?)?(?:게시판|그룹웨어|인트라넷|포털)$|^(?:intranet|groupware|message\s+board|board)$/i;
/** A company's internal site named for what it is (`세한냉열 그룹웨어`, `Hanbit Intranet`): the company's. */
const INTERNAL_SITE = /^(\S.{1,30}?)\s?(?:그룹웨어|인트라넷|사내\s?포털|groupware|intranet)$/i;
/** A posting's field naming the file attached to it (`첨부: 의사록.pdf (412KB)`, `Attachment: minutes.pdf`). */
const ATTACHED_FIELD =
  /^(?:첨부(?:\s?파일)?|attachments?|attached)\s*[:：]\s*\S.{0,80}\.(?:pdf|hwpx?|docx?|xlsx?|pptx?)\b/i;
/** A company's room on its own site (`내포파워텍 IR 자료실`, `… 홍보실`, `… 투자정보`): the company's. */
const COMPANY_ROOM =
  /^(\S.{1,30}?)\s?(?:IR\s?(?:자료실|센터|정보)?|투자\s?정보|홍보\s?(?:실|센터)|뉴스룸|보도\s?자료실|investor\s+relations|newsroom)$/i;
/** A posting's fields after its crumb: when it was posted, who posted it, the page's own controls. */
const POSTED_FIELD = /^(?:게시일|등록일|작성일|게시일자|등록일자)\s*[:：]?\s*(\S.{5,30})$/;
/**
 * A crumb of where a posting sits on its site, in brackets on the copy's first line (`[통영상공회의소 > 알림마당 > 회의·행사
 * 결과]`, `[세한냉열 그룹웨어 > 게시판 > 전사공지]`), the site and two levels at least, the posting's fields after it set
 * apart by runs of spaces (`게시일 2026-11-27  작성자 기업지원팀`, `인쇄용 보기`): the site is its first level (a company's
 * groupware or intranet the company's), dated by its posting field. A team that posts it is no author.
 */
function bracketCrumb(t: string): { site?: string; date?: string; writer?: string; title?: string } | undefined {
  const m = /^[[［]([^\]］]{4,100})[\]］](.*)$/.exec(t);
  if (!m) return undefined;
  const levels = m[1].split(/\s[>›»]\s/).map((x) => x.trim());
  if (levels.length < 3 || levels.some((x) => !x || x.length > 30 || /[.!?。:：]$/.test(x))) return undefined;
  const fields = m[2].trim() ? m[2].trim().split(/\s{2,}/) : [];
  const titled = fields.length === 1 && !/[:：]/.test(fields[0]) && fields[0].length <= 80;
  if (!titled && fields.some((f) => f.length > 40)) return undefined;
  let site = (INTERNAL_SITE.exec(levels[0])?.[1] ?? COMPANY_ROOM.exec(levels[0])?.[1] ?? levels[0]).trim();
  if (!/\p{L}/u.test(site)) return undefined;
  // (a county's or a city's site, its crumbs going down to one of its towns' pages, `부안군청 > 읍면소식 > 주산면 > 공지사항`:
  // the town's office posts it, named under its government, `부안군 주산면`)
  const government = governmentOfHall(site);
  const town = government ? levels.slice(1).find((x) => /^[가-힣]{1,6}(?:읍|면|동)$/.test(x)) : undefined;
  if (government && town) site = `${government} ${town}`;
  let date: string | undefined, writer: string | undefined, title: string | undefined;
  for (const f of fields) {
    const d = POSTED_FIELD.exec(f);
    if (d && !date) date = findDate(d[1])?.iso;
    // (a writer named after the team that posts it, `작성자 인사총무팀 김나래`: the person, not the team)
    const w = /^(?:작성자|글쓴이)\s*[:：]?\s*(?:\S{1,12}(?:팀|부|실|과|센터)\s+)([가-힣]{2,4})$/.exec(f);
    if (w) writer ??= w[1];
    // (…and the posting's own title after them, a field with no label: `[… > 공지사항]  2026년 11월 주산면 이장회의 자료`)
    if (titled && !d && !w && !POSTING_ROW_FIELD.test(f) && f.length >= 4) title = f;
  }
  // (a posting whose text is the file attached to it, `첨부: 임시주주총회_의사록_20261028.pdf`: the day it was posted is
  // not the document's, which its own lines date)
  if (fields.some((f) => ATTACHED_FIELD.test(f))) date = undefined;
  // (a site named only as what it is, `사내 게시판`, `Intranet`: no outlet of its own)
  return { site: GENERIC_SITE.test(site) ? undefined : site, date, writer, title };
}

/** A letterhead's line of where to reach the body: its site, mail, telephone, fax or post box. */
const REACH_LINE = /www\.|https?:\/\/|[\w.-]+@[\w-]+\.|\b(?:tel|phone|fax)\b\.?|\bP\.?\s?O\.?\s+Box\b/i;
/** A body's name ending as an office, an agency or an administration's does, its initials after it or not. */
const OFFICE_NAME =
  /^(\p{Lu}[\p{L}.'’&, -]{2,90}?\s(?:agency|administration|office|authority|ministry|commission|service|directorate|inspectorate|bureau|institute|board|department|registry|regulator|secretariat)(?:\s(?:of|for)\s(?:the\s)?\p{Lu}[\p{L}.'’&, -]{2,60})?)(?:\s*\(([\p{Lu}]{2,10})\))?$/iu;
/** …or named by its kind first (`MINISTRY OF ENERGY TRANSITION AND INDUSTRY`, `Office of the Regulator`). */
const OFFICE_OF =
  /^((?:ministry|department|office|agency|authority|commission|bureau|directorate|secretariat)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&, -]{2,90}?)(?:\s*\(([\p{Lu}]{2,10})\))?$/iu;
/** A part of a body under it: no issuer of its own. */
const SUBDIVISION = /\b(?:division|section|unit|branch|desk)$/i;
/** A date field of a document's head, by dotted leader or colon (`Date of publication of this summary . June 30, 2026`). */
const HEAD_DATE_FIELD =
  /^(?:date(?:\s+of\s+(?:publication|issue)\b.*?)?|published|issued)\s*(?:\.{1,}|[:：])\s*(\S.{4,40})$/i;
/** A place and a date at the end of a head's line (`Reykjavík, 15 September 2026`, after a reference in columns). */
const PLACE_DATE_END = /(?:^|\s{2,})\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?,\s+(\S.{5,30})$/u;

/**
 * A public body's document on its letterhead, whatever the layout under it: its name on the first lines (in its own
 * language and in the document's, a state or commonwealth over it), closed by a line saying where to reach it (its
 * site, telephone, post box). The body whose name ends as an office's, an agency's or an administration's does (the
 * first such, not a division of it) issues it, its initials aside, named as its text writes it; the title is the head's
 * first line in capitals under the letterhead (past notes in brackets, references and rules), in the document's
 * language where the line gives two (`EFTIRRIT TIL SKIPARAR / NOTICE TO MARINERS`), with the number right under it
 * (`No. 31/2026`) and its subtitle (a short line of its own under it) or its `Subject:` after a colon; dated by a place
 * and date in the head (`Reykjavík, 15 September 2026`) or its date field. The letterhead is no text.
 */
function readReachLetterhead(lines: Line[], from: number): OfficialDocument | undefined {
  let k = from;
  k = nextNonBlank(lines, k);
  const names: number[] = [];
  let reach = -1;
  for (let j = k; j < lines.length && j < k + 5; j++) {
    const u = lines[j].t.trim();
    if (u === '') break;
    if (REACH_LINE.test(u)) {
      reach = j;
      break;
    }
    if (!names.length || !/\d/.test(u)) names.push(j);
  }
  if (reach < 0 || names.length < 2) return undefined;
  let body: string | undefined;
  for (const j of names) {
    const u = lines[j].t.trim();
    if (u.length > 100 || SUBDIVISION.test(u)) continue;
    const m = OFFICE_NAME.exec(u) ?? OFFICE_OF.exec(u);
    if (m && !/[.!?]$/.test(m[1])) {
      body = m[1].trim();
      break;
    }
  }
  if (!body) return undefined;
  if (!/\p{Ll}/u.test(body)) body = casedInLines(body, lines);
  if (!/\p{Ll}/u.test(body)) body = titleCased(body);
  // (how the text writes its words: below the letterhead, whose name is set in capitals)
  const text = lines
    .slice(reach + 1)
    .map((L) => L.t)
    .join('\n');
  // The head under it: to its first line of text.
  let titleLine = -1,
    title: string | undefined,
    dated: { line: number; date: string } | undefined,
    subject: string | undefined,
    subjectLine = false,
    end = reach;
  for (let j = reach + 1, seen = 0; j < lines.length && seen < 16; j++) {
    const u = lines[j].t.trim();
    if (u === '' || RULE.test(u)) continue;
    seen++;
    // (a note in brackets, over its lines)
    if (u[0] === '[') {
      while (j < lines.length && !/\]$/.test(lines[j].t.trim())) j++;
      continue;
    }
    // (a letter's subject line after its addressee, `RE: REQUEST FOR INFORMATION UNDER …`, its words wrapped on the
    // lines set in under it: the letter's title, as printed, not the address block's lines)
    const re = !title ? LETTER_SUBJECT.exec(u) : null;
    if (re) {
      let v = re[1].trim();
      for (let q = j + 1; q < lines.length && lines[q].t.trim() && lines[q].ts - lines[q].start >= 2; q++) {
        v += ' ' + lines[q].t.trim();
        end = q;
      }
      title = v.replace(/\s+/g, ' ');
      titleLine = j;
      end = Math.max(end, j);
      subjectLine = true;
      break;
    }
    if (isProseLine(u) || /^\d{1,2}\.\s+\S/.test(u)) break;
    const pd = PLACE_DATE_END.exec(u) ?? HEAD_DATE_FIELD.exec(u);
    const d = pd ? findDate(pd[1]) : undefined;
    if (d && d.index === 0) {
      if (!dated || /publication|published/i.test(u)) dated = { line: j, date: d.iso };
      if (titleLine >= 0 && j === titleLine + 1) {
        const no = /^(No\.?\s*\d[\w./-]*)\s{2,}/i.exec(u);
        if (no) title += ' ' + no[1];
      }
      continue;
    }
    const s = title ? SUBJECT_FIELD.exec(u) : null;
    if (s && !subject) {
      let v = s[1].trim();
      for (let q = j + 1; q < lines.length && lines[q].t && lines[q].ts - lines[q].start >= 4; q++) {
        if (/^\S[^:：]{0,30}[:：]/.test(lines[q].t.trim())) break;
        v += ' ' + lines[q].t.trim();
      }
      subject = v.replace(/\s+/g, ' ');
      end = j;
      continue;
    }
    if (!title && u === u.toUpperCase() && /\p{Lu}{3}/u.test(u) && u.split(/\s+/).length >= 3 && !/[:：]/.test(u)) {
      const part = u
        .split(/\s+\/\s+/)
        .pop()!
        .trim();
      titleLine = j;
      end = j;
      title = writtenAsText(part, text);
      // (its subtitle: a short line of its own under it, not in capitals)
      const v = j + 1 < lines.length ? lines[j + 1].t.trim() : '';
      const after = j + 2 < lines.length ? lines[j + 2].t.trim() : '';
      if (v && v.length <= 80 && /\p{Ll}/u.test(v) && !isProseLine(v) && !/[:：.]$/.test(v) && after === '') {
        title += ': ' + v;
        end = ++j;
      }
      continue;
    }
  }
  if (!title) return undefined;
  if (subject) title += ': ' + writtenAsText(subject, text);
  for (let j = from; j <= end; j++) if (j <= reach || j === titleLine) lines[j].furniture = true;
  return { body, titleLine, title, dated, filed: dated ? true : undefined, subjectLine: subjectLine || undefined };
}

/**
 * Whether line `k` is a Markdown table's header row: Markdown's delimiter row right under it (`| 구분 | 업체 | 수출 실적 |
 * 증가율 |` over `|---|---|---|---|`). Its cells are short words between bars, as a menu's are, but they say what each
 * column's figures are (figureFacts.ts columnHeader): under a summary's title, read as a menu, the council's `증가율`
 * header was lost and its rows' growth read as levels.
 */
function tableHeadAt(lines: readonly Line[], k: number): boolean {
  const next = lines[k + 1];
  return next !== undefined && next.t.includes('-') && TABLE_SEP.test(next.t);
}

/**
 * Whether line `k` is a row of a Markdown table: its header row, or a row under the table's delimiter row (the rows
 * above it, each opening with a bar, reach one). A body row's short cells (`| 신규 고용 | 45명 | 35명 |`, `| 부지 | 3만㎡ |
 * 2만㎡ |`) read as a menu's items too, and under a short article's headline they were left out as its navigation: a
 * release's attachment lost its hires and land.
 */
function tableRowAt(lines: readonly Line[], k: number): boolean {
  if (tableHeadAt(lines, k)) return true;
  for (let j = k - 1; j >= 0 && k - j <= TABLE_ROWS_UP; j--) {
    const t = lines[j].t.trimStart();
    if (!t.startsWith('|')) return false;
    if (t.includes('-') && TABLE_SEP.test(t)) return true;
  }
  return false;
}
/** How many rows above a line tableRowAt looks for the table's delimiter row. */
const TABLE_ROWS_UP = 60;
