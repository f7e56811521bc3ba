// The words by which a sentence gives its levels as today's or as then, says a level changed, or replaces one given
// before: read of a report's line (judge/figures.ts saysToday, tableToday) and of a source's sentences, where they tell
// which level a source figure was revised to (judge/figureFacts.ts entryLater, stored with the figure's facts).
import { enWords, monthNames } from '../domain/language';

/**
 * A claim's words that its level is today's ("currently", "now stands at", "현재", "지금", "after the increase", "증액 이후"), and words that set it in
 * the past or in a source's time ("was", "originally", "at the time", "당시", "처음").
 */
export const NOW =
  /\b(?:currently|(?<!(?:direct|alternating)[\s-])current|now|today|at present|presently|as it stands|still|(?:after|following|since)\s+(?:(?:the|its|this|that|last|latest)\s+)?(?:[\w’'-]+\s+)?(?:increase|revision|rise|cut|raise|update)s?|will)\b|현재|지금|여전히|(?:증액|상향|하향|수정|조정|증가|감액)\s?(?:이후|후)/i;
/**
 * A claim's schedule in the present tense ("The first 150 MW phase is due in the fourth quarter of 2027", "is expected
 * to cost", "are scheduled for"): the schedule as it stands when the report is written, as "will" is.
 */
export const DUE_NOW =
  /\b(?:is|are)\s+(?:(?:still|now)\s+)?(?:due|expected|scheduled|slated|planned|set\s+to|on\s+track)\b/i;
/** A claim's words that its level has not changed ("unchanged", "has not changed", "변동 없음", "변함이 없다"): today's. */
export const UNCHANGED =
  /\b(?:unchanged|has\s+not\s+changed|hasn['’]t\s+changed|no\s+change)\b|(?:변동|변함|변경)\s?(?:이|은)?\s?없/i;
export const THEN =
  /\b(?:was|were|had been|originally|initially|at first|first (?:estimated|put|planned|given)|at the time|back then|in (?:19|20)\d\d)\b|당시|처음|애초|당초|원래/i;

/** The English months' names as a report writes them (domain/language.ts monthNames), as an alternation. */
export const EN_MONTH_NAMES = monthNames.join('|');
/**
 * A sentence that dates what it gives in the past, as a disclosure or an announcement since revised is dated ("지난 4월
 * 8일 공정공시에서 …", "지난해", "last April", "in April, putting …"): read only with a next sentence that says a figure
 * changed (laterLevelOf).
 */
export const DATED_BEFORE = new RegExp(
  `지난\\s?(?:해|달|\\d{1,2}\\s?(?:월|일))|\\b(?:[Ll]ast\\s+(?:year|month)|(?:[Ll]ast|[Ii]n|[Oo]n)\\s+(?:${EN_MONTH_NAMES}))\\b`,
);
/** The month a sentence dates what it gives in ("In March, …", "last April", "지난 3월"): 1–12. */
export const DATED_MONTH = new RegExp(`지난\\s?(\\d{1,2})\\s?월|\\b(?:[Ll]ast|[Ii]n|[Oo]n)\\s+(${EN_MONTH_NAMES})\\b`);

/**
 * A sentence that opens on a later month ("By September it was telling investors about A$34 billion.", "In October,
 * …", "9월에는 …", "이후 10월 들어 …"): its month, 1–12.
 */
const LATER_OPENING_EN = new RegExp(
  `^[\\s"“'‘]*(?:(?:and|but|then)\\s+)?(?:by|in|since|as\\s+of|from)\\s+(?:(?:its|their|the|a|an)\\s+)?(?:(?:early|mid|late)[\\s-]+)?(${EN_MONTH_NAMES})\\b`,
  'i',
);
const LATER_OPENING_KO =
  /^[\s"“'‘]*(?:(?:이후|그러나|하지만|그런데|그\s?뒤)\s*)?(\d{1,2})\s?월(?:\s?\d{1,2}\s?일)?\s?(?:에는|엔|들어|까지|부터|에)/;
const monthNumber = (m: RegExpExecArray | null): number | undefined =>
  m ? (m[1] ? Number(m[1]) : enWords.months[m[2].toLowerCase()]) : undefined;
/**
 * Whether the next sentence opens on a month later than the one `sent` dates its figure in (the same year: a later
 * month named without one): "In March, Stargate put the campus at about A$31 billion. By September it was telling
 * investors about A$34 billion." (no word of change, but a later level of the same thing).
 */
export function opensLater(sent: string, next: string): boolean {
  const before = monthNumber(DATED_MONTH.exec(sent));
  if (!before) return false;
  const en = LATER_OPENING_EN.exec(next);
  const later = en ? enWords.months[en[1].toLowerCase()] : Number(LATER_OPENING_KO.exec(next)?.[1] ?? 0);
  return later > before && later <= 12;
}
/** How far a later level with no word of change may stand from the level before and still be read as its revision. */
export const LATER_LEVEL_REACH = 1.5;

/**
 * A sentence that revises a figure it gave before, or says it changed ("now says … up from the 3,800 it first
 * estimated", "35조 원이었지만 … 38조 원으로 늘었다", "is now expected
 * to peak at 4,100, up from 3,500", "기존 28만 원에서 33만 원으로 상향"): its level before is superseded. A change still to come
 * ("will expand from 300 MW to 1 GW") leaves the level before as the level now, and says nothing of the kind. A date's
 * change is a schedule moved ("delayed", "pushed back", "2029년 1분기로 한 분기 늦췄다", "석 달 미뤄졌고").
 */
export const REVISED =
  /\b(?:now|revised|raised|lifted|boosted|lowered|cut|updated|first (?:estimated|put|given|announced|planned)|originally|initially|previously|earlier estimate|rose|risen|increased|grew|grown|climbed|jumped|fell|fallen|decreased|dropped|delayed|postponed|pushed (?:back|out)|brought forward|rescheduled)\b|기존|당초|애초|상향|하향|수정|변경|늘었|늘어났|증가했|올랐|줄었|감소했|늘렸|올렸|낮췄|내렸|줄였|(?:올려|낮춰)\s?잡|늦췄|늦춰졌|미뤘|미뤄졌|연기됐|연기했|앞당겼|앞당겨졌/i;

/** Where a sentence goes on to a clause of its own: a semicolon, or "but". */
export const LATER_CLAUSE = /;|,?\s+but\s/;

/**
 * Words of a sentence that replace what the one before gave ("In an amended filing of June 9, 2026, the Company stated
 * that Phase 1 would instead require service in the second quarter of 2028"; "이후 수정 신청서에서는 … 대신"): that
 * level is the one before.
 */
export const INSTEAD = /\b(?:instead|amended|revised)\b|대신|수정(?:된|한|해|하여)|변경(?:된|한|해|하여)/i;
export const INSTEAD_ALL = new RegExp(INSTEAD.source, 'gi');

/** Words that say a figure changed by some amount: "an increase of 11%", "up 15%", "a cut of", "인상", "증액". */
export const CHANGED =
  /\b(?:an?\s+)?(?:increase|rise|jump|hike|cut|reduction|drop|decline)\s+of\b|\b(?:up|down)\s+(?:from|by|\d)|증액|인상|상승|감액|인하/i;
