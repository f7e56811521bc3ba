// Lines that are not the article, told by their own shape: menu and share-bar words, copyright lines, relative
// times, related-post lists, table rules and calendars, photo captions; and the shapes of list items, sentences
// and headlines the parse reads. (page.ts has the tests of a page's chrome, mastheads and endings.)
import { enWords, koWords } from '../domain/language';
import { alternation, isWhitespace as isWs, withoutHeadingMarker } from '../text/text';

/** Lines that are page furniture when they are all a line says (domain/ko.json, domain/en.json `furniture`). */
export const FURNITURE_LINES = new Set([...koWords.furniture, ...enWords.furniture]);
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
export const repeatKey = (t: string) => (hasFoldableSpace(t) ? t.replace(/\s+/g, ' ') : t);
/**
 * A number lines with equal repeatKeys share: a hash of the key's first two and last two code units, read off
 * the line (its first is never whitespace; a whitespace one after it is a space in the key).
 */
export function repeatBucket(t: string): number {
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
export function mayBeFurnitureLine(t: string): boolean {
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
export const COPYRIGHT =
  /ⓒ|©|\(c\)\s*\d{4}|무단\s*전재|재배포\s*금지|재판매\s*및\s*DB\s*금지|all rights reserved|^copyright\b/i;
export const REL_TIME =
  /^(?:(?:updated|posted|published|입력|수정|업데이트)\s*[:：]?\s*)?(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|(?:a|an)\s+(?:minute|hour|day|week|month|year)\s+ago|\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전|방금\s*전|yesterday|어제)(?:\s*[·|]?\s*\d{0,4})?$/i;
export const RELATED_POST = /\(\d+\)\s*\|\s*(?:19|20)\d\d[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?\s*\|?\s*$/;
export const TAIL_HEADER =
  /(?:카테고리의\s*다른\s*글|다른\s*글\s*보기|^작가의\s*(?:이전|다음)\s*글|^관련\s*글|^이전\s*글|^다음\s*글|^related posts|^more from\b|^you may also like|^other posts in\b|^recommended for you)\s*$/i;
export const TABLE_SEP = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
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
  ...enWords.weekdays,
  's',
  'm',
  't',
  'w',
  'f',
]);
/** A photo caption or credit: an image tag, "(사진=…)", "[사진…]", a credit at the end ("/연합뉴스", "/로이터 연합뉴스", "/Reuters":
 * domain/ko.json and en.json `photoCredits`), "Photo by", "(photo …)". */
export const CAPTION = new RegExp(
  `(?:^<[^>]{0,200}>|\\(사진\\s*=|사진\\s*=|\\[사진|사진\\s*제공|\\/\\s*[A-Za-z가-힣]{0,12}\\s?(?:${alternation([
    ...koWords.photoCredits,
    ...enWords.photoCredits,
  ])})\\s*$|\\bphoto\\s*(?:by|credit|:)|\\bgetty images\\s*$|\\(photo\\b)`,
  'i',
);

export function isCalendarRow(t: string): boolean {
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

export const isListItem = (t: string) => /^(?:[-*+•·]\s+)/.test(t);
export const endsLikeSentence = (t: string) => /[.!?。…]["”’')\]]*$|[다요죠까]\.?$/.test(t);

export function isHeadlineLike(t: string): boolean {
  if (t.length === 0 || t.length > 150) return false;
  const terms = t.match(/[.!?。](?=\s|$)/g)?.length ?? 0;
  if (terms >= 2) return false;
  if (t.length > 100 && /[.!?。]$/.test(t)) return false;
  return /[\p{L}]/u.test(t);
}

const WIRE_SLUG =
  /^(?:(?:RPT|REFILE|CORRECTED|UPDATE\s\d{1,2}|WRAPUP\s\d{1,2})-)*(?:FACTBOX|EXPLAINER|EXCLUSIVE|ANALYSIS|INSIGHT|FOCUS|PREVIEW|TIMELINE|GRAPHIC|BREAKINGVIEWS|COLUMN|FEATURE|INTERVIEW|RPT|REFILE|CORRECTED|UPDATE\s\d{1,2}|WRAPUP\s\d{1,2})-(?=\p{Lu}|\d|["“'‘])/u;

/** A bracketed label opening a Korean headline (`[르포] …`, `[칩앤와트 #38] …`, `【단독】…`). */
const KO_KICKER = /^(?:\[[^\[\]\n]{1,24}\]|【[^【】\n]{1,24}】)\s*(?=\S.*[가-힣])/;
/** A title without the bracketed label before a Korean headline: a front matter's `title:` copies the page's whole. */
export const withoutKoKicker = (t: string) => t.replace(KO_KICKER, '');

export const cleanTitle = (t: string) =>
  withoutHeadingMarker(t)
    .replace(/\s+본문$/, '')
    // A label in brackets before a Korean headline is no part of it, whatever word it is: what kind of document it is
    // ([보도자료], [성명]), the kind of story ([르포], [인터뷰], [단독], [현장]), a section or series ([사설], [기획]), a
    // column's name ([권도윤 칼럼]), a newsletter's name and issue ([칩앤와트 #38]), a reposter's mark ([스크랩]). Korean
    // pages set the kicker so and the story's title follows it; brackets that are part of a title (「…」) are other marks.
    .replace(KO_KICKER, '')
    // A head's label for the title (`제목: …`, `Title: …`, `Headline: …`), as a script or a form sets it: no part of it.
    .replace(/^(?:(?:기사\s?)?제\s?목|title|headline)\s*[:：]\s*(?=\S)/i, '')
    // A printed issue's page before the title of the piece it opens (`1면 ┃ 새만금 …`, `3면  동절기 …`): where it stands.
    .replace(/^[A-Z]?\d{1,2}\s?면(?:\s*[┃|│]\s*|\s{2,})(?=\S)/, '')
    .replace(/\s*[([](?:KOR|ENG|KR|EN|한국어|English|국문|영문)[)\]]\s*$/i, '')
    // A wire's slug before its headline (`FACTBOX-Where …`, `UPDATE 2-Stargate picks …`, `EXCLUSIVE-…`): the desk's
    // label for the kind of story or its version, no part of the headline.
    .replace(WIRE_SLUG, '')
    // …and a Korean wire's mark of the story's version after it (`…공급(종합2보)`, `(2보)`, `(상보)`): the same.
    .replace(/\s*\((?:재?종합(?:\s?\d{1,2}\s?보)?|\d{1,2}\s?보|상보)\)$/, '')
    // …and a periodical's running count after its name and issue (`조합원 소식 2026년 11월호 (통권 제128호)`, `(Vol. 12,
    // No. 3)` after `Autumn 2026`) or a notice's call to read it (`(회원 필독)`, `(필독)`): the issue's number in the
    // whole run and an instruction to the reader, no part of the title.
    .replace(/\s*[([](?:통권\s?(?:제\s?)?\d{1,5}\s?호|(?:[가-힣]{1,6}\s?)?필독!?)[)\]]$/, '')
    // …and a newsletter's name with its issue's number before the story's headline, a dash between (`데이터센터 레터 #58 —
    // 보령 …`, `Grid Weekly No. 12 – …`): the issue's, no part of the story's headline (a question's number, `Question No.
    // 1742 – …`, names no periodical and stays)
    .replace(
      /^\S[^—–|:]{0,30}?(?:레터|뉴스레터|위클리|브리프|소식|letter|newsletter|weekly|digest|brief|bulletin|dispatch)\s?(?:#\s?\d{1,4}|no\.\s?\d{1,4}|issue\s#?\d{1,4}|제\s?\d{1,4}\s?호)\s+[—–]\s+(?=\S)/i,
      '',
    )
    // a newsletter's subject opens with an emoji ("⚡ Stargate heads to Michigan")
    .replace(/^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\u{FE0F}\u{200D}\p{Extended_Pictographic}]*\s*)+/u, '')
    // (a title set in columns, `KCEA 위클리          제418호`: its parts, one space apart)
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
