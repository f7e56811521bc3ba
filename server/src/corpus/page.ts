// What a page says about itself around the article: the masthead (site name, menus, section crumbs, the
// headline), wire datelines, copyright footers, credit lines, author bios and the blocks of links, prompts and
// tags that follow an article (issue 10). Every test here runs on one line of bounded length.
import { enWords } from '../domain/language';
import { escapeRe, withoutHeadingMarker } from '../text/text';

/** Words of menus, share bars and account links: a line made only of these is page chrome. */
const NAV_WORDS = new Set([
  'home',
  'about',
  'archive',
  'archives',
  'subscribe',
  'sign in',
  'sign up',
  'log in',
  'login',
  'log out',
  'register',
  'menu',
  'search',
  'share',
  'facebook',
  'x',
  'twitter',
  'linkedin',
  'email',
  'e-mail',
  'print',
  'link',
  'copy link',
  'whatsapp',
  'reddit',
  'threads',
  'bluesky',
  'mastodon',
  'newsletters',
  'newsletter',
  'skip to main content',
  'skip to content',
  'skip navigation',
  'save',
  'gift article',
  'listen',
  'comments',
  'contact',
  'contact us',
  'latest',
  'sections',
  'my account',
  'account',
  'follow',
  'rss',
  'copy',
  'link copied',
  'pinterest',
  'flipboard',
  'text size',
  'like',
  'comment',
  'repost',
  '로그인',
  '회원가입',
  '구독신청',
  '구독',
  '전체기사',
  '전체메뉴',
  '검색',
  '메뉴',
  '공유',
  '공유하기',
  '인쇄',
  '스크랩',
  '글자크기',
  '이웃추가',
  '요약보기',
  '음성으로 듣기',
  '번역 설정',
  '글씨크기 조절하기',
  '인쇄하기',
  '이 기사를 공유합니다',
  '기사원문',
  '닫기',
  '페이스북',
  '카카오톡',
  '트위터',
  '링크복사',
  'url복사',
  '추천',
  '댓글',
  '좋아요',
  '홈',
  // a portal's and a blog platform's chrome (Naver News, Naver Blog)
  '열기',
  'my메뉴',
  '언론사별',
  '랭킹',
  '신문보기',
  '팩트체크',
  '세계',
  '생활',
  'tv',
  '블로그',
  '카테고리 이동',
  '본문 기타 기능',
  'url 복사',
  '번역보기',
]);

/** One menu item or crumb: a few words, no sentence end, no figure. */
const isMenuItem = (s: string) =>
  s.length > 0 && s.length <= 24 && /\p{L}/u.test(s) && !/[.!?。]$|\d{3,}/.test(s) && s.split(' ').length <= 3;

/**
 * A menu bar, share bar or section crumb line: `Subscribe   Sign in`, `Home · About · Archive`, `Business / Technology`,
 * `경제 > IT·과학`, `OPINION | Energy`, `Skip to main content`.
 */
export function isNavLine(t: string): boolean {
  if (t.length > 100) return false;
  const lower = t.toLowerCase().replace(/^[-*•]\s+/, '');
  if (NAV_WORDS.has(lower)) return true;
  // "Tech/Science": one token of section names joined by slashes is a crumb too.
  const parts = lower
    .split(/\s/.test(lower) ? /\s{2,}|\s[·•|/>›»]\s|[|>›»]/ : /[|>›»/]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) {
    // A menu written with single spaces ("언론사별 정치 경제 사회 생활/문화 IT/과학 …", "검색 MY메뉴 열기"): three
    // words or more, each a menu or section word.
    const words = lower.split(/[\s/]+/).filter(Boolean);
    return words.length >= 3 && words.every((w) => NAV_WORDS.has(w) || SECTION_WORDS.has(w));
  }
  if (parts.every((p) => NAV_WORDS.has(p))) return true;
  // "Home » Generation » <the headline>": a crumb from the home page ends in the page's own title.
  if ((parts[0] === 'home' || parts[0] === '홈') && /\s[>›»]\s/.test(lower)) return true;
  // A crumb or a menu of sections: every part a short name; a separator the text spells out (not ", ").
  return parts.every(isMenuItem);
}

/**
 * A section crumb led by the site's own name (`한빛산업뉴스 > 산업 > 반도체`, `Harborline Business Journal › Energy ›
 * Data Centers`), or a masthead line of the name and its sections between bars (`ROCK SPRINGS SENTINEL | Local News`;
 * a monthly's issue among them, `월간 에너지인사이트 | 2026년 10월호 | 커버스토리`): the name. Arrows or bars between
 * spaces only; the crumbs after the name are menu items, the name no menu or section word ("Home", "Business"); a
 * name written as a Markdown link (`[새만금일보](https://…) > 경제 > 산업`) is the link's text.
 */
export function crumbSite(t: string): string | undefined {
  if (t.length > 160) return undefined;
  let parts: string[];
  if (/\s[>›»|]\s/.test(t)) parts = t.split(/\s[>›»|]\s/).map((p) => p.trim());
  // (…or its pages after middle dots, the site and two levels at least: `한결투자증권 · 공모주 청약 · 청약 안내`)
  else if (/\s·\s.*\s·\s/.test(t)) parts = t.split(/\s·\s/).map((p) => p.trim());
  else return undefined;
  if (parts.length < 2 || !parts.slice(1).every((p) => isMenuItem(p) || ISSUE_PART.test(p))) return undefined;
  const n = parts[0].replace(/^[-*•]\s+/, '').replace(/^\[([^\]]{2,40})\]\(https?:\/\/[^)\s]+\)$/, '$1');
  if (n.length > 64) return undefined;
  const lower = n.toLowerCase();
  if (NAV_WORDS.has(lower) || SECTION_WORDS.has(lower) || !isNameLike(n)) return undefined;
  return n;
}
/** A periodical's issue among a masthead's sections (`2026년 10월호`, `제58호`, `Issue #112`, `Vol. 3, No. 12`). */
const ISSUE_PART =
  /^(?:(?:19|20)\d\d년\s?\d{1,2}월호|제\s?\d{1,5}\s?호|(?:issue|no\.)\s*#?\s*\d{1,5}|vol\.?\s*\d{1,3},?\s*no\.?\s*\d{1,5})$/i;

/**
 * A banner naming the site and its section between a dash or bar (`Calloway Brooks Equity Research — Utilities &
 * Power`, `한결투자증권 리서치센터 | 유틸리티·인프라`): the site's name. The section is a menu item's few words.
 */
export function bannerName(t: string): string | undefined {
  if (t.length > 100) return undefined;
  const parts = withoutHeadingMarker(t).split(/\s+[—–|]\s+/);
  if (parts.length !== 2 || !isMenuItem(parts[1].trim())) return undefined;
  const n = parts[0].trim();
  const lower = n.toLowerCase();
  if (NAV_WORDS.has(lower) || SECTION_WORDS.has(lower) || !isNameLike(n)) return undefined;
  return n;
}

/** Starts with a menu word (one regex test rules out most lines before any copy is made). */
const CHROME_START = new RegExp(
  `^(?:[-*•+]\\s+)?(?:${[...NAV_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?:\\s|[·•|/]|$)`,
  'i',
);

/** A line of menu or share-bar words only (`Share   Facebook   X`, `- LinkedIn`): chrome wherever it is. */
export function isChromeLine(t: string): boolean {
  if (t.length > 80 || !CHROME_START.test(t)) return false;
  const lower = t.toLowerCase().replace(/^[-*•+]\s+/, '');
  return lower.split(/\s{2,}|\s[·•|/]\s|[|]/).every((p) => NAV_WORDS.has(p.trim()));
}

/** Lines of chrome that name what follows or count reactions: `FOR IMMEDIATE RELEASE`, `4 min read`, `공감 12`, `0`. */
export function isLabelLine(t: string): boolean {
  if (t.length > 40) return false;
  return /^(?:for immediate release|immediate release|press release|news release|보도자료|\d{1,3}\s*min(?:ute)?s?(?:\s+read)?|\d{1,3}\s?[–-]\s?\d{1,3}\s+minutes|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|in|kr|co\.kr|co\.uk|jp|eu|news|io|ae|no|de|fr)|#{3}|-\s?30\s?-|\d{1,6}|(?:공감|댓글|추천|추천해요|좋아요|감동이에요|화나요|슬퍼요|타임톡|구독자|조회수?|스크랩|공유|저장|likes?|comments?|views?|shares?|restacks?|followers?|saves?|bookmarks?)\s*[\d,]+|[\d,.]+[KkMm]?\s+(?:likes?|comments?|views?|shares?|restacks?|followers?)(?:\s*[·∙•]\s*[\d,]+\s+\w+)*|[·∙•]?\s*paid)$/i.test(
    t,
  );
}

/** A masthead line that names the site or blog: a few capitalized words or one short Korean name. */
/** A company's newsroom masthead ("SK hynix NEWSROOM", "Oracle News Room", "삼성전자 뉴스룸"): the name before it. */
export function newsroomName(t: string): string | undefined {
  const m =
    t.length <= 50
      ? /^(\S.{0,30}?)\s+(?:newsroom|news\s+room|press\s?room|media\s+cent(?:er|re)|뉴스룸|홍보실)$/i.exec(t.trim())
      : null;
  return m?.[1];
}

export function isNameLike(t: string): boolean {
  if (newsroomName(t)) return true;
  const s = withoutHeadingMarker(t).trim();
  if (s.length < 2 || s.length > 64 || /[.!?。:：,]$|["“”‘’']/.test(s)) return false;
  const words = s.split(/\s+/);
  if (/[가-힣]/.test(s)) return s.length <= 32 && words.length <= 3 && s.replace(/\s/g, '').length <= 12;
  const nameWords = (ws: string[]) => ws.every((w) => /^(?:[A-Z0-9][\p{L}\p{N}&'’.-]*|of|the|and|for|&)$/u.test(w));
  if (words.length <= 4) return s.length <= 32 && nameWords(words);
  // "Ministry of Digitalisation and Public Governance": a public body's name runs longer than a masthead's.
  return (
    s.length <= 64 && words.length <= 8 && INSTITUTION_HEADS.has(words[0]) && words[1] === 'of' && nameWords(words)
  );
}
const INSTITUTION_HEADS = new Set(enWords.institutionHeads);

/** A headline-sized line: more than a name (four English words, or a Korean line of some length). */
export function isHeadlineSized(t: string): boolean {
  const s = withoutHeadingMarker(t).trim();
  if (s.length < 12 || s.length > 200) return false;
  if (/[가-힣]/.test(s)) return s.replace(/\s/g, '').length >= 12;
  return s.split(/\s+/).length >= 4;
}

/** A prose paragraph line: where a masthead ends. */
export function isProseLine(t: string): boolean {
  if (t.length >= 160) return true;
  if (t.length < 60) return false;
  // The last character past closing quotes and brackets: a sentence end, or a Korean ending.
  let i = t.length - 1;
  while (i > 0 && CLOSERS.includes(t[i])) i--;
  const c = t[i];
  if (c === '.' || c === '!' || c === '?' || c === '。' || c === '…') return true;
  const last = t[t.length - 1] === '.' ? t[t.length - 2] : t[t.length - 1];
  return last === '다' || last === '요' || last === '죠';
}
const CLOSERS = '"”’\')]';

// ---------------------------------------------------------------- outlet names written on the page

const LEGAL_SUFFIX =
  /[\s,]+(?:inc\.?|llc|l\.l\.c\.|ltd\.?|limited|co\.,?\s*ltd\.?|corp\.?|corporation|gmbh|s\.a\.|plc|as|asa|ab|ag|pty\.? ltd\.?)$|^\s*(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$/i;

/** Clean a name read off the page: markdown emphasis, quotes and a legal suffix ("Nordic Tech Review AS") off. */
export function cleanName(s: string): string | undefined {
  let n = s
    .replace(/[*_`]+/g, '')
    .replace(/^[\s"“'‘]+|[\s"”'’.,;:·|→›»>-]+$/g, '')
    .trim();
  // "High Desert Power Co.": the abbreviation's stop is the name's, no sentence's.
  if (/\sCo$/.test(n) && /\sCo\./.test(s)) n += '.';
  for (let i = 0; i < 2; i++) n = n.replace(LEGAL_SUFFIX, '').trim();
  if (n.length < 2 || n.length > 40 || !/[\p{L}]/u.test(n) || n.split(/\s+/).length > 5) return undefined;
  if (/^(?:all rights reserved|copyright|the author|author|admin|unknown|www)$/i.test(n)) return undefined;
  return n;
}

/**
 * The name a copyright footer gives: `© 2025 Harbor Times. All rights reserved.`, `Copyright ⓒ 데일리테크`,
 * `ⓒ 서남일보, 무단 전재 및 재배포 금지`, `Copyright 2025 LatAm Newswire`. Only lines that start as a footer does.
 */
export function copyrightName(t: string): string | undefined {
  if (t.length > 200) return undefined;
  // A footer set in brackets and labelled ("<저작권자 © 한빛산업뉴스, 무단전재 및 재배포 금지>", "[저작권자ⓒ X. …]",
  // "(Copyright © X)"): the brackets and the label off, the footer as it starts.
  t = t
    .replace(/^[<\[(〈《【]\s*(?:저작권자\s*|copyrights?\s*(?=[©ⓒ]))?(?=[©ⓒ]|\(c\)|copyright)/i, '')
    .replace(/^저작권자\s*(?=[©ⓒ])/, '');
  // …or one after a footer's sentences: "The Rack Report is published every Tuesday. … © 2026 Rack Report Media LLC."
  const m =
    /(?:^|[.!?]\s+|^all\s+rights\s+reserved\.?\s+)(?:copyright\s*)?(?:©|ⓒ|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?(?:by\s+)?(.+)$/i.exec(
      t,
    );
  if (!m) return undefined;
  // The name runs to the first sentence mark, separator or the words that follow a name in footers.
  const name = m[1].split(
    /\.(?:\s|$)|[,|·•/]|\s[-–—]\s|\s{2,}|all rights reserved|무단\s*전재|무단전재|재배포|powered by|\(주\)\s*$|<|>|@|https?:/i,
  )[0];
  if (/^[\d\s.-]*$/.test(name)) return undefined;
  // (the year set after the name, `© Daily Padma Barta 2026.`: the footer's year, no part of the name)
  const unyeared = name.replace(/\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*$/, '');
  if (unyeared !== name && /\p{L}{2}/u.test(unyeared)) return copyrightNamed(t, m.index, unyeared);
  return copyrightNamed(t, m.index, name);
}
function copyrightNamed(t: string, at: number, name: string): string | undefined {
  // After sentences, a caption's credit ("Crews at the site. © 2025 Getty Images") is no footer: a photo agency is no outlet.
  if (at > 0 && (/\bphoto|사진/i.test(t) || PHOTO_AGENCIES.has(name.trim().toLowerCase()))) return undefined;
  // A Korean footer's motto before the name ("ⓒ경제를 보는 눈, 세계를 보는 창 아시아경제"): a name is a word or two.
  if (/[가-힣]/.test(name) && name.trim().split(/\s+/).length > 2) return undefined;
  return cleanName(name);
}
const PHOTO_AGENCIES = new Set(enWords.photoCredits.map((c) => c.toLowerCase()));

/** `By Asia Wire staff`, `By the Harbor Times Staff`, `From staff reports` naming the outlet: the name. */
export function staffByline(t: string): string | undefined {
  if (t.length > 80) return undefined;
  const m = /^by\s+(?:the\s+)?([^,;]+?)\s+(?:staff(?:\s+reports?)?|news\s?desk|newsroom|editorial board)$/i.exec(t);
  return m && !/^(?:senior|chief|special|contributing|guest|our)\b/i.test(m[1]) ? cleanName(m[1]) : undefined;
}

// ---------------------------------------------------------------- datelines

const DL_MON =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/**
 * A wire or press-release dateline opening the first paragraph: `SEOUL, Oct 1 (Asia Wire) - `, `WASHINGTON (AP) — `,
 * `BUENOS AIRES, Argentina (LatAm Newswire) — `, `SALINE TOWNSHIP, Mich., Oct. 30, 2025 — `,
 * `ANN ARBOR, Mich., Oct. 30, 2025 /PRNewswire/ -- `, `DENVER--(BUSINESS WIRE)--`, a newsroom's
 * `AUSTIN, Texas — Dec. 1, 2025 — `. The city is in capitals; what the parenthesis names is a name.
 */
const DATELINE = new RegExp(
  `^([A-Z][A-Z.'’ /-]{1,30}[A-Z.])(?:,\\s*[A-Z][A-Za-z.]*(?:\\s[A-Z][A-Za-z.]*){0,2})?(?:(?:,?\\s+|\\s+(?:--?|—|–)\\s+)(${DL_MON}\\.?\\s+\\d{1,2}(?:,\\s*(?:19|20)\\d\\d)?))?,?` +
    `(?:\\s*(?:\\(([A-Z][\\p{L}\\p{N}&.'’ -]{0,38})\\)|/([A-Za-z][\\w .-]{1,30})/)?\\s*(?:--?|—|–|:)\\s+|--\\(([A-Z][\\w .-]{1,30})\\)--\\s*)`,
  'iu',
);

const MONTH_DAY_WIRE = new RegExp(
  `^(${DL_MON}\\.?\\s+\\d{1,2})\\s+\\(([A-Z][\\p{L}\\p{N}&.'’ -]{1,38})\\)\\s*(?:--?|—|–)\\s+(?=\\S)`,
  'iu',
);

const WIRE_ONLY = /^\(([A-Z][\p{L}\p{N}&.'’ -]{1,38})\)\s*(?:--?|—|–)\s+(?=\S)/u;

/** Press-release distributors a dateline may name in its parenthesis (a head start, not a closed list). */
const DISTRIBUTORS = new Set([
  'globe newswire',
  'globenewswire',
  'business wire',
  'businesswire',
  'pr newswire',
  'prnewswire',
  'accesswire',
  'newsfile corp.',
  'newsfile',
  'ein presswire',
  'acn newswire',
  'prweb',
  'news direct',
]);

export interface Dateline {
  length: number;
  outlet?: string;
  distributor?: string;
  dateText?: string;
}

export function parseDateline(t: string): Dateline | undefined {
  if (t.length < 20) return undefined;
  // A Markdown release sets its dateline in bold: "**HOUSTON, September 9, 2025** — …". The marks are counted in the length.
  const c = t.charCodeAt(0);
  if (c === 42 || c === 95) {
    const em = /^(\*\*?|__?)(?=[A-Z])([^*_]{3,120}?)\1/.exec(t);
    if (!em) return undefined;
    const d = parseDateline(em[2] + t.slice(em[0].length));
    if (!d) return undefined;
    return { ...d, length: d.length + (d.length >= em[2].length ? 2 : 1) * em[1].length };
  }
  const head = t.slice(0, 140);
  // A wire's story that says no place (a factbox, an explainer: `(Meridian Wire) - Developers of …`): the wire alone.
  const bare = WIRE_ONLY.exec(head);
  const alone = bare && wireNamed(bare[1], bare[0].length);
  if (alone && (alone.distributor || alone.outlet)) return alone;
  // A wire's brief that says no place, its day and month only (`Sept 29 (Harbourline) - Gaon Power …`).
  const dayOnly = MONTH_DAY_WIRE.exec(head);
  if (dayOnly) return wireNamed(dayOnly[2], dayOnly[0].length, dayOnly[1]);
  const m = DATELINE.exec(head);
  if (!m) return undefined;
  // The city in capitals (the i flag is for the month): at least two capital letters and no lowercase one.
  // "HOUSTON and OKLAHOMA CITY": a release from two cities
  if (/[a-z]/.test(m[1].replace(/\s(?:and|&)\s/g, ' ')) || !/[A-Z]{2}/.test(m[1])) return undefined;
  // A dateline says where and one of: when, or who (a paren naming a wire, a /distributor/).
  // Business Wire's "DENVER--(BUSINESS WIRE)--" names the distributor, as PR Newswire's "/PRNewswire/" does.
  const distributor = m[4] ?? m[5];
  if (!m[2] && !m[3] && !distributor) return undefined;
  if (m[3]) return wireNamed(m[3], m[0].length, m[2]);
  return { length: m[0].length, outlet: undefined, distributor, dateText: m[2] };
}

/**
 * The dateline whose parenthesis names `name`: a distributor ("(GLOBE NEWSWIRE)" names the service that distributed a
 * release, not an outlet), else the outlet. Undefined when a word of the name is not capitalized.
 */
function wireNamed(name: string, length: number, dateText?: string): Dateline | undefined {
  if (!name.split(/\s+/).every((w) => /^[A-Z0-9&]/.test(w))) return undefined;
  if (DISTRIBUTORS.has(name.toLowerCase().replace(/\s+/g, ' ').trim())) return { length, distributor: name, dateText };
  return { length, outlet: cleanName(name), dateText };
}

// ---------------------------------------------------------------- what follows an article

/** A line that opens a block of links after an article: the block's items are no article text. */
const LIST_HEADER =
  /^(?:▶\s*)?(?:related(?:\s+(?:articles?|stories|coverage|content|posts|reading|links))?|more\s+(?:from|on|in)\b.{0,40}|more\s+(?:stories|news|coverage)|read\s+more|read\s+next|recommended|recommended\s+(?:for\s+you|stories|reading)|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|top\s+stories|latest\s+(?:news|stories)|you\s+(?:may|might)\s+also\s+like|in\s+this\s+(?:article|story|issue)|inside\s+this\s+issue|this\s+week|이번\s*호(?:\s*목차)?|suggested\s+(?:topics|reading)|associated\s+topics|관련\s*기사|관련\s*뉴스|관련\s*글|많이\s*본\s*뉴스|주요\s*뉴스|인기\s*기사|추천\s*기사|최신\s*기사|이\s*시각\s*주요\s*뉴스|.{1,30}의\s*다른\s*(?:기사|글)(?:\s*보기)?|.{1,30}\s*카테고리의\s*다른\s*글)\s*[:：]?$/i;

export const isListHeader = (t: string) => t.length <= 60 && LIST_HEADER.test(t);

/** An item of such a block: a linked headline, often with a date or a count; never a paragraph. */
export function isListItemLine(t: string): boolean {
  if (t.length > 140) return false;
  if ((t.match(/[.!?。](?:\s|$)/g)?.length ?? 0) >= 2) return false;
  return true;
}

/** Lines that are furniture wherever they are: prompts, disclaimers, tags, standards, link arrows. */
const FURNITURE_LINE =
  /^(?:our\s+standards\b.*|(?:\*\*)?(?:in|inside)\s+this\s+issue\s*[:：]\s*(?:\*\*)?\s*\S.*|tags?\s*[:：].*|topics?\s*[:：].*|filed\s+under\s*[:：]?.*|(?:associated|related|suggested)\s+topics?\s*[:：].*|태그\s*[:：].*|키워드\s*[:：].*|(?:#[\p{L}\p{N}_]+\s*){2,}|share\s+this(?:\s+(?:article|story))?\s*[:：]?|like\s+this\s*[:：]?|like\s+loading\.*|(?:\*\*)?(?:sign\s+up|subscribe)\b.{0,100}|the\s+views\s+expressed\s+.{0,120}|this\s+(?:article|story)\s+(?:was|has\s+been)\s+(?:updated|corrected).{0,120}|이\s*기사는\s*언론사에서.{0,60}|기사\s*섹션\s*분류\s*안내|[▶☞▷►]\s*.{0,140}|.{1,20}\s?기자의\s*다른\s*기사(?:\s*보기)?|저작권자\s*[©ⓒ].{0,80}|leave\s+a\s+(?:reply|comment)|thanks\s+for\s+reading\b.{0,160}|terms\s+(?:and|&)\s+privacy\s+policy|privacy\s+(?:dashboard|policy)|terms\s+of\s+(?:use|service)|cookie\s+(?:policy|settings|preferences)|type\s+your\s+email\s*(?:\.{3}|…)?|[\d,.]+[KkMm]?\s+followers?\s*[·∙•|]\s*(?:writer|editor)\s+for\s+.{1,60}|your\s+email\s+address\s+will\s+not\s+be\s+published.{0,80}|discussion\s+about\s+this\s+post|unsubscribe\b.{0,80}|view\s+(?:this\s+(?:email|newsletter)\s+)?in\s+(?:your\s+)?browser|you\s+(?:are\s+receiving|received)\s+this\s+(?:e-?mail|newsletter)\b.{0,160})$/iu;

export const isFurnitureLine = (t: string) =>
  t.length <= 200 && ((FURNITURE_LINE.test(t) && !arrowRunsOn(t)) || isNewsletterPrompt(t));
/**
 * A line under an arrow whose quotation opens and does not close on it (`▶ 김태곤 경주상공회의소 회장: "외동의 … 경주
 * 제조업의` over `지도가 새로 그려지고 있다는 뜻"`): a brief's item hard-wrapped, not a link to another article, whose
 * headline is one line.
 */
function arrowRunsOn(t: string): boolean {
  if (!/^[▶☞▷►]/.test(t)) return false;
  const straight = (t.match(/"/g) ?? []).length;
  return straight % 2 === 1 || (t.match(/“/g) ?? []).length > (t.match(/”/g) ?? []).length;
}

/**
 * The line a mailing list's footer opens with, after the message (`You are receiving this email because you are a
 * member of …`, `This email was sent to …`, `이 메일은 … 구독하신 분께 발송됩니다`): the sender's address, the links to
 * change preferences and to unsubscribe follow it.
 */
export const isMailFooter = (t: string) =>
  /^[*_]{0,2}(?:you\s+(?:are|were|['’]re)\s+receiving\s+this\s+(?:e-?mail|newsletter|message)\b|you\s+received\s+this\s+(?:e-?mail|newsletter|message)\b|this\s+(?:e-?mail|newsletter|message)\s+was\s+sent\s+to\b|(?:이|본)\s?(?:메일|이메일|뉴스레터)은\s.{0,80}(?:발송|발신))/i.test(
    t,
  );

/** `Sign up for the Morning Briefing newsletter`, `Get the day's top stories in your inbox every weekday.` */
const isNewsletterPrompt = (t: string) =>
  t.length <= 160 &&
  /\b(?:newsletters?|inbox)\b/i.test(t) &&
  (/^(?:\*\*)?(?:sign\s+up|subscribe|get|join|receive|don'?t\s+miss)\b/i.test(t) || /\byour\s+inbox\b/i.test(t));

/** A header after which nothing is the article: comments, a press release's boilerplate and contacts. */
export const isEndHeader = (t: string, pressRelease: boolean) =>
  t.length <= 60 &&
  (/^(?:leave\s+a\s+(?:reply|comment)|comments?\s*\(\d+\)|\d+\s+comments?|media\s+contacts?\s*:?|press\s+contacts?\s*:?|investor\s+contacts?\s*:?|contacts?\s*:|forward[-\s]looking\s+statements?|safe\s+harbor\s+statement|###|-\s?30\s?-|문의\s*[:：].*)$/i.test(
    t,
  ) ||
    (pressRelease && (/^contacts?$/i.test(t) || /^(?:media\s+|press\s+)?contacts?\s*[:：]\s*\S.{0,80}$/i.test(t))));

/**
 * A Korean release's list of its attachments ("붙임 1. 양해각서 주요 내용", "붙임  1. 투자협약 개요 1부.  2. 협약식 사진 2매.
 * 끝."): no text of its own, but no end of the text either: the attachments printed after it (a project's 개요 table, a
 * list of orders) are the release's own facts.
 */
export const isAttachmentList = (t: string) => t.length <= 60 && /^붙\s?임(?:\s*\d+\s*[.)]?)?(?:\s.{0,40})?$/.test(t);

/**
 * A release's section on its issuer (`About Fjordlys Energi`): the issuer's own description, its figures the issuer's
 * statement like any other of the release (`Since 2019 it has brought more than 5 gigawatts … into operation`), so
 * it stays in the body; only the heading is furniture, and the contacts and statements after it end the body.
 */
export const isAboutHeading = (t: string) =>
  t.length <= 60 && /^[Aa]bout\s+[A-Z][\p{L}\p{N}&.,'’ -]{1,50}$/u.test(t) && !/[.!?]$/.test(t);

/** Marks of a press release anywhere on the page. */
export const isPressReleaseMark = (t: string): boolean =>
  t.length <= 80 &&
  // a bilingual release's mark in both languages ("PRESS RELEASE / 보도자료")
  ((/\s[/·|]\s/.test(t) && t.split(/\s[/·|]\s/).every((p) => p.trim() !== '' && isPressReleaseMark(p.trim()))) ||
    /^(?:for immediate release|immediate release|news release|press release|press communiqu[eé]|communiqu[eé](?: de presse)?|news provided by|media\s+contacts?\s*:?|###)$/i.test(
      t,
    ) ||
    // "Press release | Date: 31/07/2025 | No: 58/2025": a government's release header
    // …its mark in bold before the bar ("**Press release** | 2 October 2025")
    // …or with its place and date after a dot (`**Press release · Oslo, 10 March 2026**`)
    /^[*_]{0,2}(?:press|news)\s+release[*_]{0,2}\s*[|:：–—·-]\s*\S/i.test(t) ||
    // "**보도자료** | 배포 즉시 보도 가능": a Korean release's header with its embargo
    /^[*_]{0,2}보\s?도\s?자\s?료[*_]{0,2}\s*[|:：–—-]\s*\S/.test(t) ||
    // a Korean government or company release: "보도자료", as often spaced out ("보 도 자 료"), "보도참고자료"
    // (…its letters two spaces apart too, as a scan's OCR sets them: `보  도  자  료`)
    /^[\s<[【(]*(?:보\s{0,2}도\s{0,2}(?:참\s{0,2}고\s{0,2})?자\s{0,2}료|보\s{0,2}도\s{0,2}해\s{0,2}명\s{0,2}자\s{0,2}료)[\s>\]】)]*$/.test(
      t,
    ) ||
    // …or its answer to a report (`설 명 자 료`, `해명자료`) and what it says it is (`언론 보도에 대한 설명`)
    /^[\s<[【(]*(?:설\s?명\s?자\s?료|해\s?명\s?자\s?료)[\s>\]】)]*$|^언론\s?보도에\s?대한\s?(?:설명|해명)(?:\s?자료)?$/.test(
      t,
    ) ||
    // …or its letterhead, the issuer and the mark apart on one line (`남해안경제자유구역청          보 도 자 료`)
    !!koLetterhead(t));

/** What stands as a Korean release's kind on its letterhead: 보도자료, 보도참고자료, 설명자료, 해명자료, spaced or not. */
const KO_RELEASE_KIND =
  '(?:보\\s?도\\s?(?:참\\s?고\\s?)?자\\s?료|설\\s?명\\s?자\\s?료|(?:보\\s?도\\s?)?해\\s?명\\s?자\\s?료)';
// (…or the kind first and the name set to the right, `보 도 자 료                 메디온센싱`)
const KO_LETTERHEAD = new RegExp(
  `^([가-힣][가-힣()·]{1,24})\\s{3,}${KO_RELEASE_KIND}$|^${KO_RELEASE_KIND}\\s{3,}([가-힣][가-힣()·]{1,24})$`,
);
const KO_ISSUED = /^([가-힣][가-힣()·]{1,24})\s{3,}((?:배\s?포|보\s?도)\s?일\s?시\s*[:：]?\s*\S.{4,60})$/;

/**
 * A Korean public body's release letterhead: its name and the kind of release apart on one line (`남해안경제자유구역청
 * 보 도 자 료`), or its name and when it was issued (`한국전력공사      배포일시: 2026. 5. 21.(목) 14:00`) under the
 * kind. The name is the issuer's, the rest the release's date line.
 */
export function koLetterhead(t: string): { issuer: string; dated?: string } | undefined {
  if (t.length > 120 || !/\s{3}/.test(t)) return undefined;
  const m = KO_LETTERHEAD.exec(t.trim());
  if (m) return { issuer: m[1] ?? m[2] };
  const d = KO_ISSUED.exec(t.trim());
  return d ? { issuer: d[1], dated: d[2] } : undefined;
}

/**
 * A Korean release's contact table (`담당부서 인공지능기반정책과`, `책임자 과 장 이정훈 (044-202-0000)`,
 * `담당자 사무관 박소연`): who to call, no article text and no author.
 */
export const isReleaseContactLine = (t: string) =>
  (t.length <= 80 &&
    /^(?:담당\s?부서|책\s?임\s?자|담\s?당\s?자|담\s?당(?=\s*[:：]))\s*[:：]?\s+\S/.test(t) &&
    !/다[.!]?$/.test(t)) ||
  // …or that it may be reported at once (`보도일시 : 즉시 보도 가능`): the release's particulars too (a date there is
  // the release's date, read as a date line)
  (t.length <= 80 &&
    /^(?:보\s?도\s?일\s?시|보도\s?시점|엠바고)\s*[:：]\s*[^\d\s][^\d]*$/.test(t) &&
    !/다[.!]?$/.test(t)) ||
  // …or, at its head, whom to call with a number or an address (`Contact: Investment Promotion Division, +82-41-…`,
  // `Media contact: …`, `문의: 투자유치과 041-…`)
  (t.length <= 200 &&
    /^(?:(?:media|press)\s+)?(?:contacts?|inquiries|enquiries)\s*[:：]\s*\S|^(?:문의|연락처)\s*[:：]\s*\S/i.test(t) &&
    /\d{3,}|@/.test(t)) ||
  // …or a contact's line of its own, a telephone number with a name, a post or an address and no sentence (`(803)
  // 555-0142 | media@scoeg.example.gov`, `부장: 조성우 (061-345-0000)`, `과장 서민규 / 팀장 이하은 (061-760-5120)`)
  (t.length <= 120 && PHONE.test(t) && !/[.!?]["”’)]?$|다[.!]?$/.test(t) && t.split(/\s+/).length <= 12);
const PHONE = /(?:\(\d{2,4}\)\s?|(?<![\d.,])\+?\d{1,4}[- ])\d{3,4}-\d{4}(?!\d)/;

/**
 * The issuer a Korean release's lead names as its subject: `과학기술정보통신부(장관 배경훈, 이하 '과기정통부')는 …
 * 밝혔다`, `한빛전력(대표 김철수)은 … 발표했다`, after what it is (`데이터센터 냉각 전문기업 서린써멀(대표 문지호)은 …`). The
 * parenthesis (the head, an abbreviation) is what marks it.
 */
export function koreanReleaseIssuer(t: string): string | undefined {
  const m =
    /^(?:[가-힣A-Za-z0-9·&]{1,12}\s){0,3}?(?<=(?:^|\s)(?:[가-힣]{0,10}(?:기업|업체|회사|전문기업|제조사|스타트업))\s|^)([가-힣A-Za-z0-9·&]{2,20})\((?:[^()]{0,40}(?:대표|장관|사장|회장|이하|청장|원장|위원장|군수|시장|구청장|도지사|지사|교육감|총장|이사장)[^()]{0,40})\)(?:은|는|이|가)\s/.exec(
      t,
    );
  return m && /(?:밝혔다|발표했다|전했다|체결했다|공개했다|선정했다|개최했다)[.]?/.test(t) ? m[1] : undefined;
}

/**
 * The issuer a Korean release's contact line names with its press office (`문의: 한울전력 홍보팀 박소연 과장`,
 * `한울전력 커뮤니케이션팀`, a press kit's `**홍보 담당** 서린써멀 커뮤니케이션팀 …`).
 */
export function koreanContactIssuer(t: string): string | undefined {
  const m =
    t.length <= 100
      ? /^(?:[*_]{0,2}(?:문의|홍보\s?담당|홍보\s?문의|언론\s?문의|보도\s?문의)[*_]{0,2}\s*[:：]?\s*)?((?:\(주\)|㈜)?[가-힣A-Za-z0-9·&]{2,20}(?:\(주\)|㈜)?)\s?(?:홍보팀|홍보실|홍보부|커뮤니케이션팀|커뮤니케이션실|대외협력팀|PR팀)(?:\s|$)/.exec(
          t,
        )
      : null;
  return m ? m[1] : undefined;
}

/** `About Lakeshore Grid Partners`: the issuer a release's boilerplate names. */
export function aboutName(t: string): string | undefined {
  const m = /^about\s+(.+)$/i.exec(t);
  return m && t.length <= 60 && !/[.!?]$/.test(t) ? cleanName(m[1]) : undefined;
}

/** `Reporting by A in Seoul and B; Editing by C`: the reporters credited (editors are not authors). */
export function creditLine(t: string): string[] | undefined {
  if (t.length > 240) return undefined;
  const m = /^\(?\s*(?:(?:additional\s+)?reporting|writing|written|compiled)\s+by\s+(.+?)\)?\s*$/i.exec(t);
  if (!m) return /^\(?\s*editing\s+by\b/i.test(t) ? [] : undefined;
  // "Compiled by Dev Anand. Power markets …, every Tuesday.": the credit ends with its sentence
  const reporting = m[1].split(/;|\bediting\s+by\b|(?<=\p{L}{2})\.\s+/iu)[0];
  return (
    reporting
      .split(/\s*(?:,|\band\b|&)\s*/)
      .map((p) => p.replace(/\s+in\s+[A-Z][\p{L}.'’ -]*$/u, '').trim())
      .filter((p) => /^[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){1,3}$/u.test(p))
      // (a wire's desk credited for a brief, `Reporting by Seoul Newsroom`, `Bengaluru Bureau`: no person)
      .filter((p) => !/\s(?:Newsroom|News\s?Desk|Desk|Bureau|Staff|Team|Editors)$/.test(p))
  );
}

/** A short bio of one of the article's authors: `Jane Doe has covered energy for 15 years.` */
export function isAuthorBio(t: string, authors: string[]): boolean {
  if (t.length > 500 || !authors.length) return false;
  const c = t.charCodeAt(0);
  if (c !== 42 && c !== 95 && !authors.some((a) => t.startsWith(a))) return false;
  // "**Lars Eriksen** is …": emphasis off the name
  const s = t.replace(/^[*_]+/, '').replace(/^([^*_]{1,60})[*_]+/, '$1');
  for (const a of authors) {
    if (!s.startsWith(a)) continue;
    const rest = s.slice(a.length);
    if (
      /^\s+(?:is|was|has|had|covers|covered|writes|wrote|reports|reported|joined|previously|spent|lives|worked|edits|leads|serves|teaches)\b/.test(
        rest,
      )
    )
      return true;
    if (/^\s?(?:기자는|기자는\s|는\s.{0,40}(?:기자|담당|취재))/.test(rest)) return true;
  }
  return false;
}

/** Section names a page lists above its headline: never a site's name. */
export const SECTION_WORDS = new Set([
  'world',
  'business',
  'markets',
  'market',
  'technology',
  'tech',
  'opinion',
  'politics',
  'sports',
  'economy',
  'news',
  'science',
  'health',
  'culture',
  'energy',
  'asia',
  'us',
  'u.s.',
  'europe',
  // a region's desk (`Nordics editor`, `Americas correspondent`)
  'americas',
  'nordics',
  'africa',
  'middle east',
  'asia-pacific',
  'asia pacific',
  'latin america',
  'emea',
  'apac',
  'ai',
  'finance',
  'money',
  'latest',
  'home',
  'lifestyle',
  'world news',
  'business news',
  'analysis',
  'features',
  'local',
  'national',
  'international',
  'breaking news',
  // kickers over a headline: the kind of piece, never a site's name
  'interview',
  'q&a',
  'feature',
  'exclusive',
  '인터뷰',
  '단독',
  '기획',
  'top news',
  'all news',
  '경제',
  '사회',
  '정치',
  '국제',
  '산업',
  '금융',
  '증권',
  '부동산',
  '문화',
  '스포츠',
  '오피니언',
  '사설',
  '칼럼',
  'it',
  'it·과학',
  'it/과학',
  '과학',
  '국제경제',
  '전체기사',
  '뉴스',
  '속보',
]);
/** The longest of SECTION_WORDS. */
const SECTION_WORD_MAX = Math.max(...[...SECTION_WORDS].map((w) => w.length));
export const isSectionWord = (t: string) => {
  const s = withoutHeadingMarker(t).trim();
  // (longer than any section's name and no bracket to take off: none, whatever its case; lower case is never shorter)
  if (s.length > SECTION_WORD_MAX && !/^[[【(]/.test(s)) return false;
  return SECTION_WORDS.has(
    s
      // "[인터뷰]", "【단독】": a kicker in brackets
      .replace(/^[[【(]\s*([^\]】)]{1,20})\s*[\]】)]$/, '$1')
      .toLowerCase(),
  );
};

/**
 * Hosts of blogs and posts: their name is no outlet (a post on Medium is not Medium's); the blog's own name is
 * (`네이버 블로그 | 데이터센터 인사이트`). A head start, not a closed list.
 */
const PLATFORMS = new Set([
  '네이버 블로그',
  'naver blog',
  '네이버 포스트',
  // a cafe's own name is its outlet (`반도체 개미 연구소 : 네이버 카페`)
  '네이버 카페',
  '네이버카페',
  'naver cafe',
  '다음 카페',
  '다음카페',
  'daum cafe',
  // (as Daum's cafe pages name their site, og:site_name `Daum 카페`)
  'daum 카페',
  '다음 블로그',
  'tistory',
  '티스토리',
  'brunch',
  'brunch story',
  '브런치',
  '브런치스토리',
  'velog',
  'medium',
  'substack',
  'blogger',
  'blogspot',
  'wordpress',
  'wordpress.com',
  'linkedin',
  'ghost',
]);
export const isPlatform = (s: string) => PLATFORMS.has(s.trim().toLowerCase());
/**
 * Video sites that carry channels' videos: a video's page is its channel's, not the site's (a company's recording on
 * YouTube is the company's). A head start, not a closed list.
 */
const VIDEO_PLATFORMS = new Set([
  'youtube',
  'vimeo',
  'dailymotion',
  'twitch',
  '네이버tv',
  '네이버 tv',
  '카카오tv',
  '카카오 tv',
]);
export const isVideoPlatform = (s: string) => VIDEO_PLATFORMS.has(s.trim().toLowerCase());

/**
 * News portals that carry other outlets' articles (`… : 네이버 뉴스`): their name is no outlet; the press whose
 * article it is is. A head start, not a closed list.
 */
const PORTALS = new Set([
  '네이버 뉴스',
  '네이버뉴스',
  'naver 뉴스',
  'naver news',
  '다음 뉴스',
  '다음뉴스',
  'daum 뉴스',
  'daum news',
  '네이트 뉴스',
  '네이트뉴스',
  'nate 뉴스',
  'zum 뉴스',
  'yahoo news',
  'yahoo!ニュース',
  'msn',
  'google news',
]);
export const isPortal = (s: string) => PORTALS.has(s.trim().toLowerCase().replace(/\s+/g, ' '));
/** The portal's own name, as a portal writes it after the press's (`남도해오름신문 | 네이버`). */
const PORTAL_HOSTS = new Set(['네이버', 'naver', '다음', 'daum', '네이트', 'nate', 'zum', 'yahoo', 'msn']);
/** The press a portal's tag names before the portal (`남도해오름신문 | 네이버`), or undefined. */
export function pressBeforePortal(s: string): string | undefined {
  const parts = s
    .split(/\s*[|:·]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length !== 2) return undefined;
  const host = parts[1].toLowerCase();
  return PORTAL_HOSTS.has(host) || isPortal(host) ? parts[0] : undefined;
}

/** A name without a note on the name it had before (`X (formerly Twitter)`, `메타 (구 페이스북)`): no part of its name. */
export function withoutFormerName(s: string): string {
  return s.replace(/\s*[(（](?:formerly|previously|once|구|옛)\s[^()（）]{1,40}[)）]\s*$/i, '') || s;
}

/** A site name as a page gives it, its host platform left out: `네이버 블로그 | 데이터센터 인사이트` → the blog. */
export function siteWithoutPlatform(s: string): string | undefined {
  const parts = s
    .split(/\s[|:·>»–—-]\s/)
    .map((p) => p.trim())
    .filter(Boolean);
  const own = parts.filter((p) => !isPlatform(p));
  if (!own.length) return undefined;
  return own.length < parts.length ? own.join(' ') : s.trim();
}

/** Two spellings of one name: case, a leading "The" and spaces aside, or one the start of the other. */
export function sameName(a: string, b: string): boolean {
  const n = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[\s.]+/g, '');
  const x = n(a),
    y = n(b);
  return (
    x.length >= 2 &&
    y.length >= 2 &&
    (x === y || (x.length >= 4 && y.startsWith(x)) || (y.length >= 4 && x.startsWith(y)))
  );
}
