// What a source figure's sentence and article say about its subject, worked out once per entry (Facts): the
// countries, companies and events it names, land or floor area, a requirement, phases and totals, its scope and
// places. Read by the contradiction gate and the verdict.
import { partLabelOf, type PartLabel } from '../extract/partLabel';
import { holderOf, koLabelOf, koNameBefore, labelOf } from './holder';
import {
  concept,
  findTerms,
  termsIn,
  ventureCount,
  venturesPossibleIn,
  wordTerm,
  type Concept,
} from '../domain/lexicon';
import { changeOf, changesOf, type Change } from '../extract/change';
import { extractFigures } from '../extract/figures/index';
import { readEnglishWords } from '../extract/numerals/english';
import { decToString } from '../extract/numerals/decimal';
import { clauses, SENTENCE_WEIGHT, spanAt, TABLE_ROW_WEIGHT } from '../extract/subjects';
import { AMOUNT_KINDS, type Figure, type Lang, type RawFigure, type Source, type Span } from '../types';
import type { Entry } from './figureIndex';
import { narrowingTerms } from './counted';
import { carriedOwnerOf, issuerOf, speakerFirmOf } from './carriedOwner';
import { summedAt } from './countedSum';
import { headingOf, koHeadingOf, PLACE_LIST, SECTION_BACK } from '../corpus/sectionHeadings';
import { bareValuesOf } from './bareValue';
import {
  EN_PLACE_HEADING,
  markerOwnedBy,
  placesIn,
  scopeOf,
  siteNamesIn,
  siteSum,
  speaksOfFullSite,
  type Scope,
} from './scope';
import { enWords, koWords } from '../domain/language';
import { dateParts, sameValue, type DateParts } from '../extract/values';
import {
  CHANGED,
  DATED_BEFORE,
  INSTEAD,
  INSTEAD_ALL,
  LATER_CLAUSE,
  LATER_LEVEL_REACH,
  NOW,
  opensLater,
  REVISED,
  THEN,
} from './laterLevel';
import { alternation, detached, firstIndex } from '../text/text';
import { everydayPairs } from '../domain/vocab';

/**
 * Words that make a floor a requirement any larger value meets: need and obligation ("150㎿ 이상이 필요하다", "운영하기
 * 위해선 … 확보해야 한다", "requires at least", "must have").
 */
const THRESHOLD = new RegExp(
  `${alternation(koWords.threshold.words)}|(?:${alternation(koWords.threshold.mustEndings)})\\s?(?:${alternation(koWords.threshold.mustVerbs)})|\\b(?:${alternation(enWords.threshold)})\\b`,
  'i',
);

/** Per-entry answers about a source figure's subject that do not depend on the claim. */
export interface Facts {
  share?: 'part' | 'whole' | null;
  countries1?: string[];
  countriesS?: string[];
  entities1?: string[];
  events1?: string[];
  eventsS?: string[];
  area?: 'land-area' | 'floor-area' | null;
  threshold?: boolean;
  parts?: boolean;
  scope?: Scope | null;
  /** figureChange of the figure (null: none). */
  change?: Change | null;
  /** What a count counts beyond its noun (counted.ts narrowingTerms; none for other kinds). */
  narrowing?: string[];
  /** isVague of the figure. */
  vague?: boolean;
  /** The company or country that opens the figure's own clause (entryClauseActor; null: none). */
  clauseActor?: string | null;
  /** The noun the figure measures when it stands before it ("a 575-acre parcel": parcel) (entryHead; null: none). */
  head?: string | null;
  /** The names the figure's sentence counts as members of what it totals ("영천을 포함해", "including Lake Arthur"). */
  members?: string[];
  /** Whether the figure's sentence speaks of plans or building ("will build", "breaks ground", "예정", "착공"). */
  planned?: boolean;
  /** The places the source's section heading above the figure names (entrySectionPlaces). */
  section?: string[];
  /** The places a Korean source's section heading above the figure names (entryKoSectionPlaces). */
  koSection?: string[];
  /** Whether the figure is the date something was said (saidOn). */
  said?: boolean;
  /** The days a wire's dateline sentence dates its event by, when it is such a date (datelineDaysAt; null: none). */
  dateline?: string[] | null;
  /** Whether the figure is a date the sentence gives its figures as of (asOfAt: "(2026년 8월 기준)", "as of June 30"). */
  asOf?: boolean;
  /** Whether the figure's sentence says it is not so (entryDenied). */
  denied?: boolean;
  /** Whether the figure's clause gives it to each of several (entryEach: "Each of the four data halls … 150 MW"). */
  each?: boolean;
  /** The Korean words the figure's sentence writes before a site's noun or phase (entryKoSites: 나발모랄 1단계). */
  koSites?: string[];
  /** The names of the item of a list the figure is in (entryItem: "Cedar Bluff in Ohio (900 MW)"). */
  item?: string[];
  /** The names of that list's other items (entryItemOthers). */
  itemOthers?: string[];
  /** The count of a part an English source gives right before this count of its whole (entryPartCount), or null. */
  partCount?: number | null;
  /** Whether a power figure is what a plant generates, not what a campus draws (entryGenerates: "a 1.5-gigawatt
   *  natural gas plant", "1,300MW 가스복합발전소"). */
  gen?: boolean;
  /** The firm a Korean figure's sentence goes on about, named by the sentence before (carriedOwnerOf; null: none). */
  carried?: string[] | null;
  /** The words of an English figure's issuer when the figure is "of the Company's" (issuerOf; null: not such). */
  issuer?: string[] | null;
  /** Whether the figure's own clause gives it as a sum (countedSum.ts summedAt: "합계", "합친", "in total", "combined"). */
  summed?: boolean;
  /** The name a Korean sentence writes right before the figure, after the figure before it (entryKoName; null: none). */
  koName?: string | null;
  /** The figure its sentence or the next says it changed to, as a number from this one's (entryLater; null: none). */
  later?: number | null;
  /** The figure the next sentence puts in its place (entryInstead: "would instead require …"), the same way. */
  instead?: number | null;
  /** Whether the figure's sentence says a figure was revised or changed (laterLevel.ts REVISED; entryRevised). */
  revised?: boolean;
  /** The numbers its sentence writes bare after the figure's unit (bareValue.ts bareValuesOf; entryBare). */
  bare?: number[];
  /** The firm a Korean figure's sentence's speaker speaks for (carriedOwner.ts speakerFirmOf; null: none). */
  speakerFirm?: string[] | null;
  /**
   * Of a table cell that is a level before (columnVersion): the words of its column's header and of the later
   * column's, besides their dates (versionWords; null: none).
   */
  version?: { own: string[]; later: string[] } | null;
}

// Shared by every engine: a memo of a pure function of one source object (which belongs to one corpus).
const venturesOf = new WeakMap<Source, Set<string>>();
/** The ventures (lexicon venture: true) an article names anywhere. */
export function ventures(src: Source): Set<string> {
  let v = venturesOf.get(src);
  if (!v) {
    v = new Set();
    // Only a sentence that may name a venture not found yet is scanned (in order, so the set's order is the same),
    // and none once every venture is found: most sentences name none, and an article about one names it early.
    for (const sent of src.sentences) {
      if (v.size === ventureCount) break;
      if (venturesPossibleIn(sent.text).every((id) => v!.has(id))) continue;
      for (const h of termsIn(sent.text, sent.lang)) if (concept(h.id)?.venture) v.add(h.id);
    }
    venturesOf.set(src, v);
  }
  return v;
}

/**
 * Units that only measure land (domain/en.json and ko.json `landUnits`), anywhere in a figure's text, and the hectare's
 * symbol `ha` as a word of its own ("50ha", "50 ha"; not the "ha" of "half").
 */
const LAND_UNITS = new RegExp(
  alternation([...enWords.landUnits, ...koWords.landUnits]) + '|(?<![a-z])ha(?![a-z])',
  'i',
);

/** Whether an area figure gives the land of a site or the floor of a building, when its words say which. */
export function areaMeasure(f: Figure, minWeight: number): 'land-area' | 'floor-area' | undefined {
  const land = LAND_UNITS.test(f.text) || (f.subject.weightOf('land-area') ?? 0) >= minWeight;
  const floor = (f.subject.weightOf('floor-area') ?? 0) >= minWeight;
  return land === floor ? undefined : land ? 'land-area' : 'floor-area';
}

/** Companies and people (not the venture itself) a figure's subject names at `minWeight` or more. */
export function entitiesOf(f: Pick<Figure, 'subject'>, minWeight: number): string[] {
  return conceptsWhere(f, minWeight, (c) => (c.type === 'org' || c.type === 'person') && !c.venture);
}

/** Countries a figure's clause (minWeight 1) or sentence (SENTENCE_WEIGHT) names. */
export function countriesOf(f: Pick<Figure, 'subject'>, minWeight: number): string[] {
  return conceptsOf(f, 'country', minWeight);
}

/** Lexicon concepts of a type in a figure's subject at `minWeight` or more. */
export function conceptsOf(f: Pick<Figure, 'subject'>, type: string, minWeight: number): string[] {
  return conceptsWhere(f, minWeight, (c) => c.type === type);
}

/** Lexicon concepts in a figure's subject at `minWeight` or more that `pick` keeps, in subject order. */
function conceptsWhere(f: Pick<Figure, 'subject'>, minWeight: number, pick: (c: Concept) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < f.subject.size; i++) {
    if (f.subject.weightAt(i) < minWeight) continue;
    const c = concept(f.subject.nameAt(i));
    if (c && pick(c)) out.push(c.id);
  }
  return out;
}

/** The countries an entry's clause names (countriesOf at weight 1), worked out once. */
export function clauseCountries(e: Entry): string[] {
  return (factsOf(e).countries1 ??= countriesOf(e, 1));
}

/** The countries an entry's sentence names (countriesOf at SENTENCE_WEIGHT), worked out once. */
export function sentenceCountries(e: Entry): string[] {
  return (factsOf(e).countriesS ??= countriesOf(e, SENTENCE_WEIGHT));
}

/** The companies and people an entry's clause names (entitiesOf at weight 1), worked out once. */
export function clauseEntities(e: Entry): string[] {
  return (factsOf(e).entities1 ??= entitiesOf(e, 1));
}

/** The events an entry's clause names, worked out once. */
export function clauseEvents(e: Entry): string[] {
  return (factsOf(e).events1 ??= conceptsOf(e, 'event', 1));
}

/** The events an entry's sentence names, worked out once. */
export function sentenceEvents(e: Entry): string[] {
  return (factsOf(e).eventsS ??= conceptsOf(e, 'event', SENTENCE_WEIGHT));
}

/** areaMeasure of an entry's figure at sentence weight, worked out once. */
export function entryArea(e: Entry): 'land-area' | 'floor-area' | undefined {
  const f = factsOf(e);
  if (f.area === undefined) f.area = areaMeasure(e.fig, SENTENCE_WEIGHT) ?? null;
  return f.area ?? undefined;
}

export function namesAny(f: Pick<Figure, 'subject'>, ids: string[]): boolean {
  return ids.some((id) => (f.subject.weightOf(id) ?? 0) >= SENTENCE_WEIGHT);
}

export function factsOf(e: Entry): Facts {
  return (e.facts ??= {});
}

/**
 * Whether a date is the day something was said, not the day of what was said: "…을 체결했다고 4일 밝혔다", "지난 18일
 * 서울 중구에서 인터뷰하고 있다", "the company said on Nov. 4 that …", "June 3, he told reporters". Such a date is when an
 * article's news came out; it says nothing of when the approval, the signing or the start it reports took place.
 */
export function saidOn(text: string, start: number, end: number, lang: string): boolean {
  if (lang === 'ko') return KO_SAID_AFTER.test(text.slice(end, end + 40));
  // (after the date only when it opens the sentence: in "approved it on June 9, the council said" the day is the
  // approval's)
  return (
    EN_SAID_BEFORE.test(text.slice(Math.max(0, start - 50), start)) ||
    (/^\s*(?:on\s+)?$/i.test(text.slice(0, start)) && EN_SAID_AFTER.test(text.slice(end, end + 40))) ||
    // (a release's dateline, its place before and its teller after, who "today announced that …": the day of telling,
    // not of what is told: "HOUSTON, May 5, 2026 -- Gulfline … today announced that its subsidiary has signed …")
    (EN_DATELINE_PLACE.test(text.slice(0, start)) && EN_DATELINE_TELLS.test(text.slice(end, end + 200)))
  );
}
/** The place a dateline opens on, a city and its state or country in capitals or not: "HOUSTON, ", "Austin, Texas, ". */
const EN_DATELINE_PLACE = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s*){1,2}$/u;
/** After a dateline's date, its wire or distributor, the dash and who tells, then the verb of telling. */
const EN_DATELINE_TELLS =
  /^\s*(?:\/[^/\n]{1,40}\/\s*)?(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—])\s*[\s\S]{0,160}?\b(?:today|this\s+(?:morning|week))?\s*(?:announced|said|reported|disclosed|confirmed|unveiled|stated)\b/u;
/**
 * Whether a date is the date of a document it stands before, as its attribute: "the fund's Oct. 30 letter", "its 2
 * October release", "the Nov. 4 filing", "10월 30일자 서한". Such a date is when the document was issued, a
 * publication date: what the document reports happened on other days, and those days do not refute it.
 */
export function documentDatedAt(text: string, start: number, end: number, lang: string): boolean {
  if (lang === 'ko') return KO_DOCUMENT_AFTER.test(text.slice(end, end + 30));
  return (
    EN_DOCUMENT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    EN_DOCUMENT_AFTER.test(text.slice(end, end + 40))
  );
}
const EN_DOCUMENT_NOUN =
  '(?:letter|memo(?:randum)?|release|press\\s+release|news\\s+release|statement|filing|disclosure|notice|newsletter|bulletin|circular|report|note|presentation|announcement|prospectus|submission)s?';
const EN_DOCUMENT_BEFORE = /(?:\b(?:the|its|his|her|their|our|a|an|this|that)|['’]s)\s+$/i;
const EN_DOCUMENT_AFTER = new RegExp(`^\\s+(?:[a-z]+\\s+)?${EN_DOCUMENT_NOUN}\\b`, 'i');
// (the scanner may read "11월 12일자" as the month alone: the day may stand between)
const KO_DOCUMENT_AFTER =
  /^\s*(?:\d{1,2}일\s*)?자\s*(?:\S+\s+)?(?:서한|서신|편지|보도자료|공시|공문|보고서|발표문|성명|회신|답변서|안내문)/;
// (a weekday, a time, a place "…에서" of up to three words, "기자들에게", then a verb of saying or an interview)
const KO_SAID_AFTER =
  /^\s*(?:\([월화수목금토일]\)\s*)?(?:(?:오전|오후)\s*[\d:시분 ]+\s*)?(?:(?:\S+\s+){0,2}\S+에서\s+)?(?:(?:기자들?|취재진|언론)에게\s+)?(?:밝혔|말했|전했|설명했|알렸|언급했|답했|인터뷰)/;
// (told whom: a name, or an audience, "told the market", "told investors", "told a parliamentary committee")
const EN_SAID_BEFORE =
  /\b(?:said|says|told\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}|(?:(?:the|its|his|her|their|our|a|an)\s+)?(?:[a-z][\w-]*\s+)?(?:reporters|journalists|the\s+press|media|investors|analysts|shareholders|bondholders|creditors|markets?|exchange|bourse|lawmakers|legislators|parliament|senators|committee|council|hearing|delegates|audience|conference|staff|employees|workers|residents|customers|clients|regulators))|stated|added|wrote)\s+(?:on\s+|in\s+)?$/;
const EN_SAID_AFTER = /^\s*,?\s*(?:(?:he|she|they|it|the\s+\w+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+)?(?:said|told)\b/;

/**
 * Whether a source figure is one its sentence says is not so, in either of two shapes. A denial of a report, claim or
 * estimate, before an English figure ("denied a report that its Ridgeline campus would cost \$10 billion", "dismissed
 * speculation that the site would employ 5,000 people") or after a Korean one ("1조 원 투자설을 일축했다", "…라는 보도는
 * 사실무근"); or a report the sentence then says is untrue ("Reports that the company won all 1,200 MWh are
 * inaccurate"; "최근 일부 언론에서 당사가 … 1,200MWh 전량을 약 3,400억 원에 수주했다고 보도하였으나, 이는 사실과
 * 다릅니다"), as corrections and a ministry's 설명자료 write it, under the headline of the story they answer (「…
 * 전력 3GW 우선 배정」 기사 관련"). Such a figure neither vouches for a line nor refutes it
 * (domain/en.json and ko.json `denied`).
 */
export function deniedAt(text: string, start: number, end: number, lang: string): boolean {
  if (lang === 'ko') {
    const after = text.slice(end);
    if (KO_MISSTATED_AFTER.test(after) || headlineAnswered(text, end)) return true;
    if (!deniedWordFrom(text, end)) return false;
    return KO_DENIED_AFTER.test(after.slice(0, 80)) || reportDeniedFrom(text, end);
  }
  const before = text.slice(Math.max(0, start - 200), start);
  return (
    (EN_DENIED_VERB.test(before) && EN_DENIED_BEFORE.test(before)) ||
    EN_MISSTATED_BEFORE.test(before) ||
    EN_NOT_BEFORE.test(before) ||
    (EN_REPORT_BEFORE.test(before) && EN_UNTRUE_AFTER.test(text.slice(end)))
  );
}
/**
 * A correction's figure it says was wrong: "An earlier version of this article misstated the campus's cost as \$12
 * billion", "incorrectly reported that … 2027" (in the figure's clause); "…을 120억 달러로 잘못 표기했습니다".
 */
const EN_MISSTATED_BEFORE = new RegExp(`\\b(?:${alternation(enWords.denied.misstated)})\\b[^.;!?]{0,120}$`, 'i');
const KO_MISSTATED_AFTER = new RegExp(`^[^.!?]{0,16}?(?:${alternation(koWords.denied.misstated)})`);
/** A figure the sentence says it is not: "It is \$10 billion, not \$12 billion", "due in 2028 and not 2027". */
const EN_NOT_BEFORE = /(?:,|\band|\bbut)\s+not\s+(?:the\s+)?$/i;
/** The first test, cheap: a verb of denial at all (most sentences have none). */
const EN_DENIED_VERB = new RegExp(`\\b(?:${alternation(enWords.denied.verbs)})\\b`, 'i');
const KO_DENIED_WORD_ALL = new RegExp(alternation([...koWords.denied.verbs, ...koWords.denied.untrue]), 'g');
const EN_DENIED_BEFORE = new RegExp(
  `\\b(?:${alternation(enWords.denied.verbs)})\\s+(?:[\\w'’-]+\\s+){0,4}?(?:${alternation(enWords.denied.what)})\\b(?:(?!,\\s+(?:saying|adding|and|but|while|instead|putting)\\b)[^.;!?])*$`,
  'i',
);
// (within the figure's clause: "1조 원을 투자했으며, 2조 원 투자설은 사실과 다릅니다" denies the 2조 원 only; a comma
// inside a number, "2,600억", is no clause's end)
const KO_DENIED_AFTER = new RegExp(
  `^(?:[^.!?,]|,(?=\\d)){0,40}?(?:${alternation(koWords.denied.what)})(?:을|를|은|는|이|가|에\\s?대해|과|와)?\\s?(?:[\\uac00-\\ud7a3]+\\s)?(?:${alternation([...koWords.denied.verbs, ...koWords.denied.untrue])})`,
);
/**
 * After a Korean figure, before its sentence ends: the report it stands in, as a clause it quotes, then the denial
 * ("…했다고 보도하였으나, 이는 사실과 다릅니다", "…배정했다고 보도했으나, 이는 사실이 아님"): the whole clause is the
 * report's, however long. Where the phrase can start (KO_REPORT_PHRASE) and where the sentence ends are found once a
 * text (reportDeniedFrom): read from each figure, the rest of a sentence of thousands of amounts was read once each.
 */
const KO_REPORT_PHRASE = new RegExp(
  `(?:고|다는)\\s*(?:${alternation(koWords.denied.what)})(?:하였|했|되었|됐|졌|진)?(?:으나|지만|는데)\\s*,?\\s*(?:이는|이것은|이\\s*내용은|해당\\s*(?:보도|내용)은)?\\s*(?:${alternation(koWords.denied.untrue)})`,
  'g',
);
/**
 * Whether a report's denial (KO_REPORT_PHRASE) starts at `at` or later in the text with no end of a sentence between (a
 * `.` that is no decimal point, a `!` or a `?`): from the places the phrase can start and the ends stand, found once a
 * text, so a sentence's figures asking in turn read it once.
 */
export function reportDeniedFrom(text: string, at: number): boolean {
  if (reportMarks.text !== text) {
    const starts: number[] = [];
    // (every place the phrase can start, each found from the one after the last: they may overlap)
    for (let i = 0; ; i = starts[starts.length - 1] + 1) {
      KO_REPORT_PHRASE.lastIndex = i;
      const m = KO_REPORT_PHRASE.exec(text);
      if (!m) break;
      starts.push(m.index);
    }
    const ends: number[] = [];
    if (starts.length) for (const m of text.matchAll(/[!?]|\.(?!\d)/g)) ends.push(m.index);
    reportMarks = { text, starts, ends };
  }
  const { starts, ends } = reportMarks;
  const p = firstIndex(starts.length, (i) => starts[i] >= at);
  if (p === starts.length) return false;
  const q = firstIndex(ends.length, (i) => ends[i] >= at);
  return q === ends.length || starts[p] < ends[q];
}
/** The last text asked of, where the report's denial can start in it and where its sentences end. */
let reportMarks: { text: string; starts: number[]; ends: number[] } = { text: '', starts: [], ends: [] };
/**
 * After a Korean figure: the close of the headline a 설명자료 or 해명자료 quotes as the story it answers ("「정부, … 전력
 * 3GW 우선 배정」 기사 관련", "「…1GW 공급」 보도 관련"): the paper's words, which the document is written to set
 * right, not its own.
 */
const KO_HEADLINE_ANSWERED = /」\s*(?:제하의?\s*)?(?:보도|기사)/y;
/**
 * Whether the text from `at` on reaches a closing 」 before any other 「, 」 or line break, and it is a report's
 * headline (KO_HEADLINE_ANSWERED): from where those marks stand in the text, found once a text (its figures ask in turn).
 */
function headlineAnswered(text: string, at: number): boolean {
  if (headlineMarks.text !== text) {
    const marks: number[] = [];
    for (const m of text.matchAll(/[「」\n]/g)) marks.push(m.index!);
    headlineMarks = { text, marks };
  }
  const { marks } = headlineMarks;
  const lo = firstIndex(marks.length, (i) => marks[i] >= at);
  if (lo === marks.length || text[marks[lo]] !== '」') return false;
  KO_HEADLINE_ANSWERED.lastIndex = marks[lo];
  return KO_HEADLINE_ANSWERED.test(text);
}
/** The last text asked of and where its marks stand (one sentence's figures ask in turn). */
let headlineMarks: { text: string; marks: number[] } = { text: '', marks: [] };
/**
 * Whether a word of denial (KO_DENIED_WORD_ALL) starts at `at` or later in the text: the first one from a place asked
 * before is the first from any later place up to it, so a sentence's figures asking in order read it once.
 */
function deniedWordFrom(text: string, at: number): boolean {
  const had = deniedWordSeen;
  if (had.text === text && at >= had.from && (had.found < 0 || had.found >= at)) return had.found >= 0;
  KO_DENIED_WORD_ALL.lastIndex = at;
  const m = KO_DENIED_WORD_ALL.exec(text);
  deniedWordSeen = { text, from: at, found: m ? m.index : -1 };
  return !!m;
}
let deniedWordSeen = { text: '', from: 0, found: -1 };
/** Before an English figure: a report or a claim it stands in ("Reports that …", "media claims suggesting …"). */
const EN_REPORT_BEFORE = new RegExp(
  `\\b(?:${alternation(enWords.denied.what)}|reported)\\s+(?:that|suggesting|saying|of)\\b[^.;!?]*$`,
  'i',
);
/** After it, in its sentence: the denial ("… are inaccurate", "… were also untrue", "…, which the company denied"). */
const EN_UNTRUE_AFTER = new RegExp(
  `^[^.;!?]*?\\b(?:(?:is|are|was|were)\\s+(?:(?:also|all|simply|completely|entirely|wholly)\\s+)?(?:${alternation(enWords.denied.untrue)})|${alternation(enWords.denied.verbs)})\\b`,
  'i',
);

/**
 * The count of a part an English source gives right before the count of its whole ("the first two of four phases",
 * "three of its five plants", "2 of the 4 units"): the part's count, of a count entry only; stored with the facts, so
 * judging reads no text for it.
 */
export function entryPartCount(e: Entry): number | undefined {
  const f = factsOf(e);
  if (f.partCount === undefined) {
    const sent = e.kind === 'count' ? e.src.sentences[e.fig.sentence] : undefined;
    let n: number | undefined;
    if (sent && sent.lang === 'en') {
      const at = e.fig.start - sent.start;
      const m = PART_OF_BEFORE.exec(sent.text.slice(Math.max(0, at - 40), at));
      if (m) {
        if (/^\d/.test(m[1])) n = Number(m[1].replace(/,/g, ''));
        else {
          const w = readEnglishWords(m[1].toLowerCase(), 0);
          n = w && w.end === m[1].length ? Number(decToString(w.value)) : undefined;
        }
      }
    }
    f.partCount = n ?? null;
  }
  return f.partCount ?? undefined;
}
const PART_OF_BEFORE = /(?<![\w.,])([A-Za-z]+|\d[\d,]*)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+)?$/;

/** carriedOwnerOf of a Korean entry's sentence, worked out once (stored with its facts: judging reads no text for it). */
export function entryCarriedOwner(e: Entry): string[] | undefined {
  const f = factsOf(e);
  if (f.carried === undefined)
    f.carried =
      (e.lang === 'ko'
        ? onceASentence(e.src.sentences, e.fig.sentence, 'carried', () =>
            carriedOwnerOf(e.src.sentences, e.fig.sentence),
          )
        : undefined) ?? null;
  return f.carried ?? undefined;
}

/**
 * speakerFirmOf of a Korean entry's sentence, worked out once and stored with its facts: asked of every figure that
 * would vouch for a Korean line that names a firm, read from the text there it decoded a source body for each.
 */
export function entrySpeakerFirm(e: Entry): string[] | undefined {
  const f = factsOf(e);
  if (f.speakerFirm === undefined)
    f.speakerFirm = (e.lang === 'ko' && speakerFirmOf(e.src.sentences[e.fig.sentence]?.text ?? '')) || null;
  return f.speakerFirm ?? undefined;
}

/** issuerOf of an English entry, worked out once (stored with its facts: judging reads no text for it). */
export function entryIssuer(e: Entry): string[] | undefined {
  const f = factsOf(e);
  if (f.issuer === undefined) f.issuer = issuerOf(e) ?? null;
  return f.issuer ?? undefined;
}

/**
 * Whether a source figure's own clause gives it as a sum ("│ 합  계 │ … │ 155명 │", "두 계약을 합친 금액은", "1,900 MW
 * in total", "the two campuses combined"; countedSum.ts summedAt): the only kind of figure that judges a line's sum
 * over a count of things. Worked out once and stored with its facts (judging reads no text for it).
 */
export function entrySummed(e: Entry): boolean {
  const f = factsOf(e);
  if (f.summed === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    f.summed = !!sent && summedAt(sent.text, e.fig.start - sent.start, sent.lang);
  }
  return f.summed;
}

/**
 * The name a Korean source sentence writes right before a figure, with no particle, after the figure before it (holder.ts
 * koNameBefore: "총 14항차(포티행 9항차, 포티 경유 바쿠행 5항차)" gives 포티행 for the 9 and 바쿠행 for the 5). Worked out once
 * and stored with its facts (judging reads no text for it).
 */
export function entryKoName(e: Entry): string | undefined {
  const f = factsOf(e);
  if (f.koName === undefined) {
    f.koName = null;
    const sent = e.src.sentences[e.fig.sentence];
    if (sent && e.lang === 'ko') {
      const prevEnd = Math.max(sent.start, endsBefore(e.src, e.fig.sentence).get(e.fig) ?? 0);
      f.koName = koNameBefore(sent.text.slice(Math.max(0, prevEnd - sent.start), e.fig.start - sent.start)) ?? null;
    }
  }
  return f.koName ?? undefined;
}

const endsBeforeOf = new WeakMap<Figure[], Map<Figure, number>>();
/**
 * For each figure of a source sentence, the furthest end of the figures that start before it in the sentence (0 for
 * the first): one sort and one pass a sentence, not one an entry (a sentence of a long table holds thousands).
 */
function endsBefore(src: Source, sentence: number): Map<Figure, number> {
  const figs = figuresBySentence(src).get(sentence) ?? [];
  let m = endsBeforeOf.get(figs);
  if (!m) {
    m = new Map();
    let end = 0;
    for (const g of [...figs].sort((a, b) => a.start - b.start)) {
      m.set(g, end);
      end = Math.max(end, g.end);
    }
    endsBeforeOf.set(figs, m);
  }
  return m;
}

/**
 * The level a source figure's sentence (a later clause) or the next sentence says it changed to (laterFigureOf): the
 * number of that figure in the source. Worked out once and stored with its facts, so a check that asks it of every
 * candidate that agrees with a line giving its level as today's (a table's undated cell is one) reads no source text.
 */
export function entryLater(e: Entry): number | undefined {
  const f = factsOf(e);
  if (f.later === undefined) {
    const x = laterFigureOf(e.src, e.fi, false);
    f.later = x === undefined ? null : x - e.fi;
  }
  return f.later === null ? undefined : e.fi + f.later;
}
/** The level the next sentence puts in place of a source figure ("… would instead require …"), as entryLater. */
export function entryInstead(e: Entry): number | undefined {
  const f = factsOf(e);
  if (f.instead === undefined) {
    const x = laterFigureOf(e.src, e.fi, true);
    f.instead = x === undefined ? null : x - e.fi;
  }
  return f.instead === null ? undefined : e.fi + f.instead;
}
/** Whether a source figure's sentence says a figure was revised or changed (REVISED), worked out once and stored. */
export function entryRevised(e: Entry): boolean {
  const f = factsOf(e);
  if (f.revised === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    // (or a cell of a table's earlier version, whose later column says it changed: columnVersion)
    f.revised =
      !!sent &&
      (onceASentence(sent, 0, 'revised', () => REVISED.test(sent.text)) || columnVersion(e.src, e.fig) === 'before');
  }
  return f.revised;
}

/**
 * The numbers a source figure's sentence writes in digits without a unit after the figure's unit ("… at 45 degrees …,
 * so we tested it … in a room we heated to 50": 50; bareValue.ts), worked out once and stored with its facts: judging
 * asks it of every would-be refuter, and reads no text for it.
 */
export function entryBare(e: Entry): number[] {
  const f = factsOf(e);
  if (f.bare === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    f.bare = sent ? bareValuesOf(sent, figuresBySentence(e.src).get(e.fig.sentence) ?? [e.fig], e.fig.unit) : [];
  }
  return f.bare;
}

/**
 * The level a source gives, in the sentence after one that gives a figure as then ("… was \$31 billion."), as what that
 * figure changed to ("The lender presentation … puts it at \$34.5 billion, an increase of a little over 11%"): the one
 * figure of its kind and unit there, of another value, in a sentence that says a figure changed; or the one a later
 * clause of its own sentence gives (laterInSentence). `replaced`: the level a next sentence puts in its place instead
 * ("In an amended filing …, Phase 1 would instead require service in the second quarter of 2028"). Its figure's number.
 * What it reads of a sentence is read once a sentence (a table read as one holds thousands of figures).
 */
function laterFigureOf(src: Source, fi: number, replaced: boolean): number | undefined {
  const fig = src.figures[fi];
  const sent = src.sentences[fig.sentence];
  const next = src.sentences[fig.sentence + 1];
  // (or a later clause of its own sentence: "The cost was first put at €9.6 billion; in September 2026 the partners
  // raised the estimate to €10.3 billion")
  const here = !replaced && sent ? laterInSentence(src, fig, sent) : undefined;
  if (here !== undefined) return here;
  if (!sent || !next) return undefined;
  // (none, when the next sentence has no figure of its kind and unit: most have none, and nothing else is read then;
  // but a sentence that only tells the change may stand between: laterPastTelling)
  const there = sameMeasure(src, fig.sentence + 1, fig.kind, fig.unit);
  if (!there.fis.length) return replaced ? undefined : laterPastTelling(src, fig, fi);
  const r = onceASentence(src.sentences, fig.sentence, 'later', () => {
    // (a sentence dated in the past that says nothing of now: "The total investment is now estimated at US$19.5
    // billion, up from the US$18.0 billion we announced in March" is today's; and what it changed to must be a level,
    // not the size of the change)
    const then = THEN.test(sent.text);
    const dated = !then && DATED_BEFORE.test(sent.text) && !NOW.test(sent.text);
    // (or, for a sentence so dated, a next one that opens on a later month: a level of the same thing then, when it
    // is of the same order, within half again either way; "In March, … A$31 billion. By September it was telling
    // investors about A$34 billion")
    const changed = REVISED.test(next.text) || CHANGED.test(next.text);
    return {
      then,
      dated,
      changed,
      later: dated && !changed && opensLater(sent.text, next.text),
      instead: INSTEAD.test(next.text),
    };
  });
  const dated = !replaced && r.dated;
  const later = dated && r.later;
  if (replaced ? !r.instead : !(r.then || dated) || !(r.changed || later)) return undefined;
  let out = there.fis.length === 1 ? there.fis[0] : undefined;
  // (of a sentence that gives as many levels as this one, none a level before, the one in this figure's place: "지난 4월
  // 8일 공정공시에서 총사업비를 약 19조 원, 자사 출자 예정액을 2조 6,600억 원으로 밝혔다. 그런데 10월 23일 정정공시에서
  // 총사업비는 21조 원, 출자 예정액은 2조 9,400억 원으로 늘었다": the stake went to 2조 9,400억 원, not to 21조 원)
  if (!replaced && there.fis.length > 1) {
    const mine = sameMeasure(src, fig.sentence, fig.kind, fig.unit);
    const x =
      mine.fis.length === there.fis.length && levelsOnly(src, mine) && levelsOnly(src, there)
        ? there.fis[(mine.at ??= new Map(mine.fis.map((x, k) => [x, k]))).get(fi)!]
        : undefined;
    // (and one whose own clause names what this one's does: `출자 예정액` both times; a first phase's amount does not
    // change to a grant's)
    out = x !== undefined && ownWordShared(fig, src.figures[x]) ? x : undefined;
  }
  // (of a replacing sentence that gives several, the one figure after its last word of replacing: "In an amended
  // filing of June 9, 2026, … instead … in the second quarter of 2028")
  if (replaced && there.fis.length > 1)
    out =
      (there.replacing ??= (() => {
        let from = 0;
        for (const m of next.text.matchAll(INSTEAD_ALL)) from = m.index + m[0].length;
        const after = there.fis.filter((x) => src.figures[x].start - next.start >= from);
        return after.length === 1 ? after[0] : null;
      })()) ?? undefined;
  if (out === undefined) return undefined;
  const o = src.figures[out];
  if (dated && figureChange(src, o) !== undefined) return undefined;
  if (later) {
    const ratio = Number(o.value) / Number(fig.value);
    if (!(ratio <= LATER_LEVEL_REACH && ratio >= 1 / LATER_LEVEL_REACH)) return undefined;
  }
  return !sameValue(o, fig) && figureChange(src, o) !== 'before' ? out : undefined;
}
/**
 * The level a source gives two sentences on, past a sentence that tells the change and gives no level of the measure:
 * "In the plan submitted in June, the campus would have taken 1.6 million litres a day from the canal. In October the
 * investor changed the cooling design. With dry coolers …, the campus will take 450,000 litres a day." The figure's
 * sentence gives it as then, as a plan given up (GIVEN_UP), or dates it in the past (laterFigureOf's reading), the sentence after says a figure or a
 * design changed (REVISED, CHANGED, TOLD_CHANGE) or opens on a later month, and the one after that holds the one figure
 * of the kind and unit, of another value and no level before a change. Without a word of change (a later month alone)
 * it must be of the same order, as laterFigureOf asks.
 */
function laterPastTelling(src: Source, fig: Figure, fi: number): number | undefined {
  const sent = src.sentences[fig.sentence];
  const next = src.sentences[fig.sentence + 1];
  if (!sent || !next || !src.sentences[fig.sentence + 2]) return undefined;
  const after = sameMeasure(src, fig.sentence + 2, fig.kind, fig.unit);
  if (after.fis.length !== 1) return undefined;
  const r = onceASentence(src.sentences, fig.sentence, 'laterPast', () => {
    const then = THEN.test(sent.text) || GIVEN_UP.test(sent.text);
    const dated = !then && DATED_BEFORE.test(sent.text) && !NOW.test(sent.text);
    const told = REVISED.test(next.text) || CHANGED.test(next.text) || TOLD_CHANGE.test(next.text);
    return { past: then || dated, told, later: dated && !told && opensLater(sent.text, next.text) };
  });
  if (!r.past || !(r.told || r.later)) return undefined;
  // (the sentence between gives no figure but a date: one that gives an amount tells of something else, whatever its
  // kind; "… now puts it at $34.5 billion, an increase of …" tells the cost's change, not the campus's 1.5 GW)
  if (src.figures.some((g) => g.sentence === fig.sentence + 1 && g.kind !== 'date')) return undefined;
  const out = after.fis[0];
  const o = src.figures[out];
  if (sameValue(o, fig) || figureChange(src, o) !== undefined) return undefined;
  if (r.later) {
    const ratio = Number(o.value) / Number(fig.value);
    if (!(ratio <= LATER_LEVEL_REACH && ratio >= 1 / LATER_LEVEL_REACH)) return undefined;
  }
  return out === fi ? undefined : out;
}
/** A level given as what would have been, a plan given up ("the campus would have taken", "would have cost"; not "would
 * have to"). */
const GIVEN_UP = /\bwould\s+have\s+(?!to\b)\p{L}+/iu;
/** Words that tell a plan or a design was changed, where REVISED's words of a figure's change are not used. */
const TOLD_CHANGE =
  /\b(?:changed|altered|amended|redesigned|reworked|replaced|switched|scrapped)\b|바꿨|바꾸었|바뀌었|재설계/i;

/** Whether two source figures' own clauses share a word (not a lexicon concept, which money and sites share by default). */
function ownWordShared(a: Figure, b: Figure): boolean {
  const sa = a.subject,
    sb = b.subject;
  for (let i = 0; i < sa.size; i++) {
    if (sa.weightAt(i) < OWN_CLAUSE) continue;
    const name = sa.nameAt(i);
    if ((name.startsWith('en:') || name.startsWith('ko:')) && (sb.weightOf(name) ?? 0) >= OWN_CLAUSE) return true;
  }
  return false;
}
const OWN_CLAUSE = 0.6;

/** A source sentence's figures of one kind and unit (their numbers, in the source's order), and what is read of them. */
interface Measure {
  fis: number[];
  /** Each one's place among them, once asked. */
  at?: Map<number, number>;
  /** Whether none of them is a change (figureChange), once asked. */
  levels?: boolean;
  /** The one of them after the sentence's last word of replacing (laterFigureOf), once asked; null: not one. */
  replacing?: number | null;
}
/** The figures of sentence `i` of a source of one kind and unit: grouped once a sentence. */
function sameMeasure(src: Source, i: number, kind: string, unit: string): Measure {
  // (every sentence's, in one pass over the source's figures)
  const groups = onceASentence(src.figures, -1, 'measures', () => {
    const m = new Map<string, Measure>();
    src.figures.forEach((g, x) => {
      const k = `${g.sentence}\u0000${g.kind}\u0000${g.unit}`;
      const l = m.get(k);
      if (l) l.fis.push(x);
      else m.set(k, { fis: [x] });
    });
    return m;
  });
  return groups.get(`${i}\u0000${kind}\u0000${unit}`) ?? { fis: [] };
}
function levelsOnly(src: Source, m: Measure): boolean {
  return (m.levels ??= m.fis.every((x) => figureChange(src, src.figures[x]) === undefined));
}

/**
 * The level a later clause of a source figure's own sentence says it changed to, where the figure's clause gives it as
 * then ("The cost was first put at €9.6 billion; in September 2026 the partners raised the estimate to €10.3 billion",
 * "Its first phase of 100 MW was scheduled for the first quarter of 2029; in October 2026 it was postponed to the third
 * quarter of 2029"): past a semicolon or a "but", a word of change, and after it the one figure of the figure's kind and
 * unit (not the month the change was made in, which stands before its word). English only: a Korean sentence writes
 * the change's two levels in one clause ("당초 …에서 …로"), which the change readings already pair. Each of those read
 * once a sentence or once a clause, not once a figure.
 */
function laterInSentence(
  src: Source,
  fig: Figure,
  sent: { text: string; start: number; lang: Lang },
): number | undefined {
  if (sent.lang !== 'en') return undefined;
  const text = sent.text;
  const at = fig.start - sent.start,
    end = fig.end - sent.start;
  if (at < 0 || end > text.length) return undefined;
  const brk = firstBreakFrom(text, end);
  if (!brk) return undefined;
  // (the figure's own clause gives it as then: from the last semicolon before it)
  const from0 = Math.max(lastSemicolonBefore(text, at), 0);
  const own = onceASentence(sent, from0, `own\u0000${brk.at}`, () => {
    const t = text.slice(from0, brk.at);
    return THEN.test(t) && !NOW.test(t);
  });
  if (!own) return undefined;
  const rev = onceASentence(sent, brk.to, 'revisedAfter', () => {
    const m = REVISED.exec(text.slice(brk.to));
    return m ? brk.to + m.index + m[0].length : -1;
  });
  if (rev < 0) return undefined;
  // (the one figure of its kind and unit from there on: read once for its kind and unit and that place)
  const one = onceASentence(sent, rev, `one\u0000${fig.kind}\u0000${fig.unit}`, () => {
    const there = sameMeasure(src, fig.sentence, fig.kind, fig.unit).fis.filter(
      (x) => src.figures[x].start - sent.start >= rev,
    );
    return there.length === 1 ? there[0] : -1;
  });
  if (one < 0) return undefined;
  const o = src.figures[one];
  return !sameValue(o, fig) && figureChange(src, o) !== 'before' ? one : undefined;
}
/**
 * The first break to a clause of its own (LATER_CLAUSE) at or after `from` in a text: where it starts and ends. The
 * first from a place asked before is the first from any later place up to it, so a sentence's figures, asking in
 * turn, read the text once.
 */
function firstBreakFrom(text: string, from: number): { at: number; to: number } | undefined {
  const had = breakSeen;
  if (had.text === text && from >= had.from && (!had.found || had.found.at >= from)) return had.found;
  LATER_CLAUSE_ALL.lastIndex = from;
  const m = LATER_CLAUSE_ALL.exec(text);
  breakSeen = { text, from, found: m ? { at: m.index, to: m.index + m[0].length } : undefined };
  return breakSeen.found;
}
let breakSeen: { text: string; from: number; found?: { at: number; to: number } } = { text: '', from: 0 };
const LATER_CLAUSE_ALL = new RegExp(LATER_CLAUSE.source, 'g');
/** Where the last semicolon before `at` stands in a text (-1: none), from its semicolons found once a text. */
function lastSemicolonBefore(text: string, at: number): number {
  if (semicolons.text !== text) {
    const at_: number[] = [];
    for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) at_.push(i);
    semicolons = { text, at: at_ };
  }
  const list = semicolons.at;
  const lo = firstIndex(list.length, (i) => list[i] >= at);
  return lo > 0 ? list[lo - 1] : -1;
}
let semicolons: { text: string; at: number[] } = { text: '', at: [] };

/** deniedAt of an entry's figure, worked out once (stored with its facts: judging reads no text for it). */
export function entryDenied(e: Entry): boolean {
  const f = factsOf(e);
  if (f.denied === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    f.denied = !!sent && deniedAt(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, sent.lang);
  }
  return f.denied;
}

/**
 * "each", "apiece", "각각": an amount per member, which is not the total the sources state. The words are
 * domain/en.json and ko.json `distributive`: English ones whole words, Korean ones anywhere (각각, 기업당).
 */
export const DISTRIBUTIVE = new RegExp(
  `\\b(?:${alternation(enWords.distributive)})\\b|${alternation(koWords.distributive)}`,
  'i',
);

/**
 * Whether a source figure's own clause gives it to each of several ("Each of the four data halls at the campus will
 * draw 150 megawatts", "150 MW apiece", "각각 150MW"), or to one of a unit of measure ("An acre-foot is about 325,851
 * gallons", "1에이커피트는 약 1233㎥": perOneAt): an amount per member or per unit, worked out once and stored with its
 * facts.
 */
export function entryEach(e: Entry): boolean {
  const f = factsOf(e);
  if (f.each === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    let each = false;
    if (sent && onceASentence(sent, 0, 'each', () => DISTRIBUTIVE.test(sent.text))) {
      const c = clauseAt(sent, e.fig.start - sent.start);
      each = DISTRIBUTIVE.test(c ? sent.text.slice(c.start, c.end) : sent.text);
    }
    if (!each && sent) each = perOneAt(sent.text, e.fig.start - sent.start, sent.lang);
    f.each = each;
  }
  return f.each;
}

/**
 * Whether a source power figure is what a plant generates ("a 1.5-gigawatt natural gas plant", "three 500-megawatt
 * combustion turbines", "800 megawatts of solar", "1,300MW 가스복합발전소"), not what a campus draws: generatesAt, worked
 * out once and stored with its facts.
 */
export function entryGenerates(e: Entry): boolean {
  const f = factsOf(e);
  if (f.gen === undefined) {
    const sent = e.fig.kind === 'power' ? e.src.sentences[e.fig.sentence] : undefined;
    f.gen = !!sent && generatesAt(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, sent.lang);
  }
  return f.gen;
}

/** Whether a source power figure's clause names a site (namesSiteAt); asked only where kinds differ, so not stored. */
export function entryNamesSite(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  return !!sent && namesSiteAt(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, sent.lang);
}

/** A plant's or a generator's noun (English): what a power figure before it, or its clause's subject, generates. */
const EN_GEN_NOUN =
  '\\b(?:(?:natural\\s+)?gas|gas-fired|coal(?:-fired)?|nuclear|solar|wind|hydro(?:electric)?|geothermal|combined[- ]cycle|peak(?:er|ing)|power|generating|combustion|steam)\\s+(?:plants?|stations?|farms?|parks?|units?|turbines?|generation|projects?)\\b|\\b(?:turbines?|generators?|reactors?|generating\\s+(?:units?|capacity)|generation\\s+capacity)\\b';
/** Right after a power figure: the plant it is the size of ("-gigawatt natural gas plant", " of solar", " 가스복합발전소"). */
const EN_GEN_AFTER = new RegExp(
  `^(?:-|\\s)(?:[a-z-]+\\s+){0,2}?(?:${EN_GEN_NOUN})|^\\s+of\\s+(?:new\\s+)?(?:solar|wind|gas-fired|gas|nuclear|geothermal|hydro\\w*|coal)\\b(?!\\s+(?:data|campus|site))`,
  'i',
);
const KO_GEN_NOUN =
  '발전소|발전기|발전설비|발전\\s설비|복합화력|화력발전|원전|원자로|터빈|발전단지|(?:태양광|풍력)\\s?(?:발전|단지|설비)';
const KO_GEN_BEFORE =
  /(?:태양광|풍력|수력|원자력|원전|지열|가스|LNG|석탄|복합화력|발전소|발전기|터빈)\s?(?:발전\s?)?(?:설비\s?|용량\s?|규모\s?)?(?:(?:약|최대|총)\s?)?$/;
/** (no particle between: "350MW는 가스발전소 완공 지연으로" is the phase's, not the plant's) */
const KO_GEN_AFTER = new RegExp(`^(?:급\\s?|\\s규모의\\s|\\s)(?:[가-힣A-Z]+\\s){0,2}?[가-힣A-Z]*?(?:${KO_GEN_NOUN})`);
/**
 * The clause before a power figure has a plant for its subject, and no campus: "each of its three turbines is rated at
 * 500 megawatts", "Sunflower's gas plant will have 1.5 GW", "발전소는 1,100MW": the plant's noun, then a verb (English) or
 * a subject's particle (Korean) before the figure; not a plant of a list's item before ("900 megawatts of wind
 * generation and 450 megawatts of battery storage").
 */
const EN_GEN_SUBJECT = new RegExp(
  `(?:${EN_GEN_NOUN})[^,;]*?(?:\\b(?:is|are|was|were|will|would|can|could|has|have|had|rated|produces?|produced|generates?|generated|delivers?|delivered|supplies|supply|supplied|provides?|provided)\\b|,\\s+with\\b)[^;]*$`,
  'i',
);
/**
 * A total given right after the plants it adds up: "three 400 MW combined cycle units, 1,200 MW in total", "two gas
 * turbines (900 megawatts combined)": what the plants generate, like each of them.
 */
const EN_GEN_TOTAL_BEFORE = new RegExp(
  `(?:${EN_GEN_NOUN})\\s*(?:,|\\(|—|–|--)\\s*(?:(or|totall?ing|for)\\s+)?(?:(?:about|some|roughly|approximately|nearly)\\s+)?$`,
  'i',
);
const EN_GEN_TOTAL_AFTER = /^\s*(?:in\s+(?:total|all)|total|combined|altogether|between\s+them)\b/i;
const KO_GEN_SUBJECT = new RegExp(`(?:${KO_GEN_NOUN})(?:은|는|이|가)\\s`);
const EN_SITE_NOUN = /\b(?:campus(?:es)?|data\s+cent(?:er|re)s?|sites?|cluster)\b/i;
const KO_SITE_NOUN = /캠퍼스|데이터센터|부지|클러스터/;
/**
 * Whether the power figure at [at, end) of `text` is a plant's generating capacity: the noun right after it is a
 * plant's (a gas, solar or wind plant, turbines, a reactor; "800 megawatts of solar"), or its clause before it names
 * one and no campus ("each of its three turbines is rated at 500 megawatts", "Sunflower's gas plant will have 1.5 GW").
 * What a plant generates and what a campus draws are different amounts, whatever words their sentences share.
 */
export function generatesAt(text: string, at: number, end: number, lang: Lang): boolean {
  const ko = lang === 'ko';
  if ((ko ? KO_GEN_AFTER : EN_GEN_AFTER).test(text.slice(end, end + 48))) return true;
  // (Korean names the plant right before its size: "태양광 1500MW", "풍력·태양광 1.8GW", "LNG 발전 1,100MW")
  if (ko && KO_GEN_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return true;
  // (a total: a word of the whole after it, or `or`/`totaling` before it; `for` only with the word after)
  const total = ko ? null : EN_GEN_TOTAL_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (total && (EN_GEN_TOTAL_AFTER.test(text.slice(end, end + 24)) || /^(?:or|totall?ing)$/i.test(total[1] ?? '')))
    return true;
  const clause = clauseBefore(text, at, ko);
  return (ko ? KO_GEN_SUBJECT : EN_GEN_SUBJECT).test(clause) && !(ko ? KO_SITE_NOUN : EN_SITE_NOUN).test(clause);
}

/** The stretch of `text` before `at` in the figure's clause: up to 80 characters, from the last `;` or sentence end. */
function clauseBefore(text: string, at: number, ko: boolean): string {
  const before = text.slice(Math.max(0, at - 80), at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), ko ? before.lastIndexOf('다. ') : -1);
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/**
 * Whether the power figure at [at, end) of `text` is a site's: its clause before it, or the words right after it, name a
 * campus or a data center ("The Wolf Creek campus is a 1.2 GW …", "a 1.2 GW data center"). A plant's figure and a
 * figure of neither kind may vouch for each other when they agree; a site's never with a plant's.
 */
export function namesSiteAt(text: string, at: number, end: number, lang: Lang): boolean {
  const ko = lang === 'ko';
  const site = ko ? KO_SITE_NOUN : EN_SITE_NOUN;
  return site.test(clauseBefore(text, at, ko)) || site.test(text.slice(end, end + 24));
}

/**
 * What stands between one of a unit and its size: "An acre-foot is about", "one gigawatt can power roughly", "1 acre-foot
 * =", "1에이커피트는 약". The unit's words are captured (English) or its figure ends the match (Korean: the scanner reads
 * "1에이커피트" as a figure of its own).
 */
const EN_PER_ONE =
  /(?:^|[,;:(—–]\s*|\b(?:so|and|but|while|since|because|where)\s+)(?:an?|one|1|a single)\s+(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)\s*(?:=|\b(?:is|equals|is equal to|is equivalent to|amounts to|holds|supplies|serves|covers|powers|can power|could power|would power|is enough for|is enough to supply|converts to|translates to|means))\s*(?:(?:about|roughly|around|approximately|nearly|almost|some|just over|just under|more than|less than|up to)\s+)?$/iu;
const KO_PER_ONE = /(?:^|[\s,(])(?:1|한)\s?([가-힣A-Za-z㎥㎡]{1,8}?)(?:은|는|이|가|=)\s*(?:(?:약|대략)\s*)?$/;
/**
 * Whether the figure at `at` in `text` is the size of one of a unit of measure ("An acre-foot is about 325,851 gallons,
 * so …", "1에이커피트는 약 1233㎥"): a conversion, which states no amount of anything a report speaks of. The unit is
 * one the figure scanner reads with a number (an acre-foot, a gigawatt, a hectare), not a thing counted ("A new campus
 * is about 1,800 acres" is one campus's size).
 */
export function perOneAt(text: string, at: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const m = (lang === 'ko' ? KO_PER_ONE : EN_PER_ONE).exec(before);
  if (!m) return false;
  const unit = lang === 'ko' ? `1${m[1]}` : `1 ${m[1]}`;
  const f = extractFigures(unit, lang).figures[0];
  return !!f && f.start === 0 && f.end === unit.length && f.kind !== 'count' && f.kind !== 'money';
}

/** saidOn of an entry's date, worked out once. */
export function entrySaidOn(e: Entry): boolean {
  const f = factsOf(e);
  if (f.said === undefined) {
    // (only a date is a day something was said: no other figure's sentence is read for it)
    const sent = e.fig.kind === 'date' ? e.src.sentences[e.fig.sentence] : undefined;
    f.said = !!sent && saidOn(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, e.lang);
  }
  return f.said;
}

/**
 * Whether a date is the day or month a sentence gives its figures as of, not the day of an event: "수주 현황 (2026년 8월
 * 기준)", "9월 말 기준 누적 선적량", "2026년 10월 현재", "as of June 30, 2026", "as at end-September". Such a date says when
 * the figures were counted: what they report happened on other days, and those days do not refute it, nor it them.
 */
export function asOfAt(text: string, start: number, end: number, lang: string): boolean {
  if (lang === 'ko') return KO_AS_OF_AFTER.test(text.slice(end, end + 16));
  return EN_AS_OF_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
// (a day or a part of the month may stand between the month and the word: the scanner may read "8월 말" as the month)
const KO_AS_OF_AFTER =
  /^\s*(?:\d{1,2}일\s*)?(?:말일?|초|중순|상순|하순)?\s*(?:기준|현재)(?=$|[\s,.)\]」』·:;]|으로|으론|이다|임)/;
const EN_AS_OF_BEFORE =
  /\b(?:as\s+(?:of|at)|(?:valid|correct|accurate|current|figures|data)\s+(?:as\s+)?(?:of|at))\s+(?:(?:the\s+)?end[\s-]+(?:of\s+)?|mid-?\s*|early\s+|late\s+)?$/i;

/** asOfAt of a date entry in its sentence, worked out once. */
export function entryAsOf(e: Entry): boolean {
  const f = factsOf(e);
  if (f.asOf === undefined) {
    // (only a date is a day figures are given as of: no other figure's sentence is read for it)
    const sent = e.fig.kind === 'date' ? e.src.sentences[e.fig.sentence] : undefined;
    f.asOf = !!sent && asOfAt(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, e.lang);
  }
  return f.asOf;
}

/** datelineDaysAt of a date entry in its sentence, worked out once. */
export function entryDatelineDays(e: Entry): string[] | undefined {
  const f = factsOf(e);
  if (f.dateline === undefined) {
    // (only a date opens a dateline: no other figure's sentence is read for it)
    const sent = e.fig.kind === 'date' ? e.src.sentences[e.fig.sentence] : undefined;
    f.dateline =
      (sent &&
        datelineDaysAt(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, e.fig.value, e.src.meta.date)) ??
      null;
  }
  return f.dateline ?? undefined;
}

/**
 * A wire story's dateline ("ANTOFAGASTA, Chile, April 14, 2026 (PAN) --", "IQUIQUE, Chile, Sept. 9 (SAN) --",
 * "SEOUL, April 14 (Reuters) -"): the place in capitals, then the date, then the wire's parenthesis or a dash. Its date
 * is the day the story was filed, which is the event's only when the sentence gives the event no other day.
 */
const EN_DATELINE_BEFORE =
  /^\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*)*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*){0,2},\s*$/;
const EN_DATELINE_AFTER = /^(?:,?\s*\d{4})?\s*(?:\([^()]{1,40}\)\s*(?:--?|[—–]|$)|--?\s|[—–])/;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Words dating an event by another day than the dateline's: a weekday, yesterday, last week, … */
const EN_OTHER_DAY =
  /\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(yesterday)|last\s+(?:week|month|weekend|night)|earlier\s+this\s+(?:week|month)|over\s+the\s+weekend)\b/gi;

/**
 * Whether a source date is the dateline opening its sentence, and the sentence dates its event by another day: then the
 * days it dates it by (a weekday is the latest such day on or before the dateline's, placed in the year the dateline
 * or the article's date gives; "yesterday" the day before; none known for "last week"), else undefined. A weekday that
 * is the dateline's own day leaves the dateline the event's day. English wires only: a Korean wire's bracket
 * ("(서울=연합뉴스)") carries no date, and its sentence dates the event itself ("13일").
 */
export function datelineDaysAt(
  text: string,
  start: number,
  end: number,
  value: string,
  articleDate?: string,
): string[] | undefined {
  if (!EN_DATELINE_BEFORE.test(text.slice(0, start)) || !EN_DATELINE_AFTER.test(text.slice(end, end + 60)))
    return undefined;
  const m = /^(\d{4})?-?-?(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  // (the year the dateline leaves out is the article's, the year before when its day would fall after the article's)
  let year = m[1] ? Number(m[1]) : undefined;
  const a = articleDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(articleDate) : null;
  if (year === undefined && a) year = Number(a[1]) - (`${m[2]}-${m[3]}` > `${a[2]}-${a[3]}` ? 1 : 0);
  const day = new Date(Date.UTC(year ?? 2001, Number(m[2]) - 1, Number(m[3])));
  const iso = (d: Date) => (year === undefined ? '--' : `${d.getUTCFullYear()}-`) + d.toISOString().slice(5, 10);
  const days: string[] = [];
  let other = false;
  for (const w of text.slice(end).matchAll(EN_OTHER_DAY)) {
    let back: number | undefined;
    if (w[1]) {
      // (a weekday needs the year to be placed)
      if (year === undefined) {
        other = true;
        continue;
      }
      back = (day.getUTCDay() - WEEKDAYS.indexOf(w[1].toLowerCase()) + 7) % 7;
      if (back === 0) continue;
    } else if (w[2]) back = 1;
    other = true;
    if (back !== undefined) {
      const d = iso(new Date(day.getTime() - back * 86_400_000));
      if (!days.includes(d)) days.push(d);
    }
  }
  return other ? days : undefined;
}

/** Whether the clause that states an entry's floor is a requirement (THRESHOLD), worked out once. */
export function isThreshold(e: Entry): boolean {
  const f = factsOf(e);
  if (f.threshold === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    const text = sent?.text ?? '';
    // The figure's offsets are into its sentence; the clause around it decides.
    const at = e.fig.start - (sent?.start ?? 0);
    const clause = spanAt(sent ? clausesOf(sent) : clauses(text), at) ?? {
      start: 0,
      end: text.length,
    };
    // (once a clause: a table read as one sentence may hold thousands of figures in one)
    const read = () => THRESHOLD.test(text.slice(clause.start, clause.end));
    f.threshold = sent ? onceASentence(sent, clause.start, 'threshold', read) : read();
  }
  return f.threshold;
}

/** Whether an entry's sentence calls any amount a phase or an addition (a 'part' term at sentence weight). */
export function speaksOfParts(e: Entry): boolean {
  const f = factsOf(e);
  if (f.parts === undefined) f.parts = conceptsWhere(e, SENTENCE_WEIGHT, (c) => c.type === 'part').length > 0;
  return f.parts;
}

/**
 * The scope an entry's own clause gives it (scope.ts), worked out once; in a Markdown table, when its row's words say
 * none, the scope its column's header gives it (`| First phase (latest) |` over `| 200 MW, Q1 2028 |`: a phase).
 */
export function entryScope(e: Entry): Scope {
  const f = factsOf(e);
  if (f.scope === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    const at = sent ? e.fig.start - sent.start : 0;
    const percent = e.fig.kind === 'percent';
    let scope = sent && scopeOf(sent.text, at, clausesOf(sent), percent, sentenceSpans(e.src, e.fig.sentence));
    if (sent && !scope) {
      const head = columnHeader(e.src.sentences, e.fig.sentence, at);
      if (head) scope = scopeOf(head, 0, [{ start: 0, end: head.length }], percent);
    }
    f.scope = scope ?? null;
  }
  return f.scope ?? undefined;
}

/** The cells of a Markdown table row ("| Kedah | Malaysia | 0.8 GW |"): where each is in the row. */
function cellsOf(row: string): Span[] {
  const bars: number[] = [];
  for (let i = 0; i < row.length; i++) if (row[i] === '|' && row[i - 1] !== '\\') bars.push(i);
  // (a row's outer bars are optional in Markdown: where one is missing, the row's end stands for it)
  const edges = [...(/^\s*\|/.test(row) ? [] : [-1]), ...bars, ...(/\|\s*$/.test(row) ? [] : [row.length])];
  const out: Span[] = [];
  for (let k = 0; k + 1 < edges.length; k++) out.push({ start: edges[k] + 1, end: edges[k + 1] });
  return out;
}

/**
 * Which cell of a Markdown table row an entry's figure stands in (its column), or undefined when its sentence is no
 * table row: a comparison table gives each site or option a column ("| 1단계 | 350MW, 2028년 1분기 | 200MW, 2028년
 * 상반기 |").
 */
export function entryCell(e: Entry): number | undefined {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent || !TABLE_ROW.test(sent.text)) return undefined;
  return cellIn(cellsOf(sent.text), e.fig.start - sent.start);
}

/** Whether an entry's figure stands in a Markdown table row. */
export function entryInRow(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  return sent !== undefined && TABLE_ROW.test(sent.text);
}

/** Which of a table row's cells (cellsOf) the offset `at` stands in. */
function cellIn(cells: readonly Span[], at: number): number | undefined {
  const k = cells.findIndex((c) => c.start <= at && at < c.end);
  return k < 0 ? undefined : k;
}

/** A sentence that is a Markdown table row (the reader keeps each row a sentence; the delimiter row is none). */
const TABLE_ROW = /^\s*\|.*\|\s*$/s;

/**
 * For each sentence of a source, the first row of the Markdown table it belongs to (-1 outside tables): one pass per
 * source when a table cell's scope is first asked, where walking back from each cell was O(rows) per entry, quadratic
 * in a source holding a long table.
 */
function tableStarts(sentences: readonly { text: string }[]): Int32Array {
  let starts = tableStartsOf.get(sentences);
  if (!starts) {
    starts = new Int32Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) {
      starts[i] = TABLE_ROW.test(sentences[i].text) ? (i > 0 && starts[i - 1] >= 0 ? starts[i - 1] : i) : -1;
    }
    tableStartsOf.set(sentences, starts);
  }
  return starts;
}
const tableStartsOf = new WeakMap<readonly { text: string }[], Int32Array>();

/**
 * The header cell over the cell at `at` of a Markdown table's body row `index`: the first row of the rows before it,
 * with as many cells. Undefined when the sentence is no table row or is the header itself.
 */
function columnHeader(sentences: readonly { text: string }[], index: number, at: number): string | undefined {
  const row = sentences[index]?.text;
  if (!row || !TABLE_ROW.test(row)) return undefined;
  const first = tableStarts(sentences)[index];
  if (first === index) return undefined;
  const cells = cellsOf(row),
    heads = cellsOf(sentences[first].text);
  const k = cellIn(cells, at);
  if (k === undefined || heads.length !== cells.length) return undefined;
  return sentences[first].text.slice(heads[k].start, heads[k].end).trim();
}

/**
 * Whether an entry's own clause speaks of a site at full build ("the full build-out would cost around A\$31 billion").
 * Asked only when a claim's value is a phase's (figures.ts), so not among the stored Facts.
 */
export function entryFullSite(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return false;
  const c = clauseAt(sent, e.fig.start - sent.start);
  return speaksOfFullSite(c ? sent.text.slice(c.start, c.end) : sent.text);
}

/** The places a source's sentence `i` names (placesIn, kept per sentence). */
export function sentencePlaces(src: Source, i: number): string[] {
  const sent = src.sentences[i];
  if (!sent) return [];
  let p = placesOfSentence.get(sent);
  if (!p) placesOfSentence.set(sent, (p = placesIn(sent.text, sent.lang, sentenceSpans(src, i))));
  return p;
}

/**
 * The places a source figure's own clause names before it, as its subject ("the proposed Stargate Luzon Campus will
 * host … 800 MW"): in English a site's name (siteNamesIn) or a name the article writes where a place stands
 * (usedAsPlace), not any capitalized word ("which SoftBank's SB Energy will build, is planned at 1.5 gigawatts"); in
 * Korean what placesIn reads. Undefined when the sentence is one clause. Asked only where a claim names places the
 * sentence names too (figures.ts), so not stored.
 */
export function entryClausePlaces(e: Entry, sitesOnly = false): string[] | undefined {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return undefined;
  if (clausesOf(sent).length < 2) return undefined;
  const at = e.fig.start - sent.start;
  const c = clauseAt(sent, at);
  if (!c) return undefined;
  const before = sent.text.slice(c.start, at);
  if (sent.lang !== 'en') return sitesOnly ? [] : placesIn(before, sent.lang, []);
  const named = siteNamesIn(before, 'en');
  if (sitesOnly) return named;
  // (not the month of a date the clause gives, "in August 2026 the partners raised …": a figure of the sentence, which
  // placesIn reads past as it does in the whole sentence)
  const spans = sentenceSpans(e.src, e.fig.sentence)
    .filter((g) => g.start >= c.start && g.end <= at)
    .map((g) => ({ start: g.start - c.start, end: g.end - c.start }));
  for (const p of placesIn(before, 'en', spans)) if (!named.includes(p) && usedAsPlace(e.src, p)) named.push(p);
  return named;
}

const siteNamesOfSentence = new WeakMap<object, string[]>();
/** The places an entry's sentence names as a site's name (siteNamesIn: "the Yufutsu campus"), kept per sentence. */
export function entrySiteNames(e: Entry): string[] {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return [];
  let n = siteNamesOfSentence.get(sent);
  if (!n) siteNamesOfSentence.set(sent, (n = siteNamesIn(sent.text, sent.lang)));
  return n;
}

/** The places an entry's sentence names, or when it names none the sentence before it (the article's context). */
export function entryPlaces(e: Entry): string[] {
  // Kept on the entry, not in Facts: worked out only where a claim asks (a part, or a claim naming places), it costs
  // more than all the rest together, so the corpus snapshot does not store it.
  if (!e.places) {
    e.places = sentencePlaces(e.src, e.fig.sentence);
    if (!e.places.length && e.fig.sentence > 0) e.places = sentencePlaces(e.src, e.fig.sentence - 1);
  }
  return e.places;
}

/**
 * A source's section headings that name places: a factbox's or a roundup's heading in capitals on a line of its own
 * ("PORT PIRIE, SOUTH AUSTRALIA", over "* Construction started August 19, 2026"), or a Markdown heading of the source
 * ("## Lordsburg, New Mexico"); not the article's first sentence, its headline. Worked out once per source (a
 * snapshot's source is read back for it once, not once per candidate).
 */
interface Sections {
  /** Sentence numbers of the headings, ascending. */
  at: number[];
  /** The places each names (none for "## Background", which ends the section before it all the same). */
  places: string[][];
  /** Every place they name. */
  all: Set<string>;
}
const sectionsOfSource = new WeakMap<Source, Sections>();
/** A source without such headings (most): one object for all. */
const NO_SECTIONS: Sections = Object.freeze({ at: [], places: [], all: new Set<string>() });
function sectionsOf(src: Source): Sections {
  let out = sectionsOfSource.get(src);
  if (!out) {
    out = readSections(
      src,
      (sent) => headingOf(src.text, sent),
      (h) => {
        // (a place and where it is, "Lordsburg, New Mexico", names its places; another heading only the places the
        // lexicon knows: "SUMMARY" or "WHAT IT MEANS" is no place)
        const named = placesIn(h, 'en', []);
        return EN_PLACE_HEADING.test(h) || PLACE_LIST.test(h) ? named : named.filter((x) => !x.startsWith('en:'));
      },
    );
    sectionsOfSource.set(src, out);
  }
  return out;
}

/**
 * A source's headings as `heading` reads a sentence (its text without marks, or undefined for no heading), with the
 * places `places` reads in each; NO_SECTIONS where none names a place.
 */
function readSections(
  src: Source,
  heading: (sent: Source['sentences'][number]) => string | undefined,
  places: (h: string) => string[],
): Sections {
  const out: Sections = { at: [], places: [], all: new Set() };
  const sents = src.sentences;
  for (let j = 1; j < sents.length; j++) {
    const h = heading(sents[j]);
    if (h === undefined) continue;
    const p = places(h);
    out.at.push(j);
    out.places.push(p);
    for (const x of p) out.all.add(x);
  }
  return out.all.size ? out : NO_SECTIONS;
}

/** The places of the nearest heading above sentence `i`, SECTION_BACK sentences back at most (none: []). */
function nearestSection({ at, places }: Sections, i: number): string[] {
  let k = at.length - 1;
  while (k >= 0 && at[k] >= i) k--;
  return k >= 0 && i - at[k] <= SECTION_BACK ? places[k] : [];
}

/** Every place a source's English section headings name (sectionsOf: "GANGNEUNG, SOUTH KOREA", read as a place is written). */
export function sectionPlacesOf(src: Source): ReadonlySet<string> {
  return sectionsOf(src).all;
}

/**
 * The places the heading an entry's sentence stands under names: the nearest heading above it, this many sentences
 * back at most (a factbox's items, a section's paragraphs).
 */
export function entrySectionPlaces(e: Entry): string[] {
  const f = factsOf(e);
  if (f.section === undefined) f.section = nearestSection(sectionsOf(e.src), e.fig.sentence);
  return f.section;
}

/**
 * A Korean source's section headings: a short line of its own between paragraphs, numbered or not, that states nothing
 * (no figure, no sentence's ending): "1. 아우라지쿨링: 라오스 사반나켓" over a letter's paragraphs on that site. With
 * the places each names (placesIn: countries and words shaped like names; which of them are names the judge asks),
 * worked out once per source.
 */
const koSectionsOfSource = new WeakMap<Source, Sections>();
function koSectionsOf(src: Source): Sections {
  let out = koSectionsOfSource.get(src);
  if (!out) {
    let sites: Set<string> | undefined;
    out = readSections(
      src,
      (sent) => koHeadingOf(src.text, sent),
      (h) => {
        // (its countries, and the names the article writes as a site's, "사반나켓 캠퍼스는", "'스타게이트 사반나켓'": not a
        // product's loanword, "드라이쿨러 및 판형 열교환기 공급" of a filing's item)
        const known = (sites ??= articleKoSites(src.text));
        return placesIn(h, 'ko', []).filter((x) => concept(x)?.type === 'country' || known.has(x.slice(3)));
      },
    );
    koSectionsOfSource.set(src, out);
  }
  return out;
}

/** The words a Korean article writes as a site's name: before a site's noun or phase, or after 스타게이트. */
function articleKoSites(text: string): Set<string> {
  const out = new Set(koSiteWordsIn(text));
  for (const m of text.matchAll(/스타게이트\s?([\uac00-\ud7a3]{2,})/g)) out.add(m[1]);
  return out;
}

/**
 * The places the Korean heading an entry's Korean sentence stands under names (koSectionsOf): the nearest heading
 * above it, SECTION_BACK sentences back at most.
 */
export function entryKoSectionPlaces(e: Entry): string[] {
  const f = factsOf(e);
  if (f.koSection === undefined)
    f.koSection =
      e.src.sentences[e.fig.sentence]?.lang === 'ko' ? nearestSection(koSectionsOf(e.src), e.fig.sentence) : [];
  return f.koSection;
}

const clausesOfSentence = new WeakMap<object, Span[]>();
/** A source sentence's clauses, worked out once (its many figures share them). */
export function clausesOf(sent: { text: string }): Span[] {
  let c = clausesOfSentence.get(sent);
  if (!c) clausesOfSentence.set(sent, (c = clauses(sent.text)));
  return c;
}
/** The clause of a source sentence (clausesOf) that holds offset `at`, or undefined. */
export function clauseAt(sent: { text: string }, at: number): Span | undefined {
  return spanAt(clausesOf(sent), at);
}
/**
 * A reading of a whole source sentence that the facts of its figures share (whether it names a plan, its site words, its
 * bracketed items), worked out once a sentence and kept with it: asked once an entry, a sentence of a long table read
 * as one (thousands of amounts) was read over once for each of them. `at` tells apart readings of one part of it.
 */
export function onceASentence<T>(of: object, at: number, what: string, read: () => T): T {
  let m = sentenceReadings.get(of);
  if (!m) sentenceReadings.set(of, (m = new Map()));
  const key = `${what}\u0000${at}`;
  if (m.has(key)) return m.get(key) as T;
  const v = read();
  m.set(key, v);
  return v;
}
const sentenceReadings = new WeakMap<object, Map<string, unknown>>();
const placesOfSentence = new WeakMap<object, string[]>();
// Kept by the figure list, not the source: a snapshot's source (corpus/lazySource.ts) outlives its decoded figures.
const figuresOfSentence = new WeakMap<Figure[], Map<number, Figure[]>>();
/** A source's figures by sentence index. */
export function figuresBySentence(src: Source): Map<number, Figure[]> {
  const figures = src.figures;
  let m = figuresOfSentence.get(figures);
  if (!m) {
    m = new Map();
    for (const g of figures) {
      const l = m.get(g.sentence);
      if (l) l.push(g);
      else m.set(g.sentence, [g]);
    }
    figuresOfSentence.set(figures, m);
  }
  return m;
}
const placesOfArticle = new WeakMap<Source, string[]>();
/** Every place an article names (placesIn over its sentences), worked out once. */
export function articlePlaces(src: Source): string[] {
  let out = placesOfArticle.get(src);
  if (!out) {
    const all = new Set<string>();
    for (const sent of src.sentences) for (const p of placesIn(sent.text, sent.lang, [])) all.add(p);
    placesOfArticle.set(src, (out = [...all]));
  }
  return out;
}

/**
 * A capitalized English name that stands where a place stands: after "in", "at", "near", "outside", "around", or before
 * County, Township, City … ("in Kvandal outside Narvik", "Milam County").
 */
const PLACE_USE = new RegExp(
  `\\b(?:${alternation(enWords.placeUse.before)})\\s+((?:\\p{Lu}\\p{Ll}+\\s)*\\p{Lu}\\p{Ll}+)|(?<![\\p{L}\\p{N}])((?:\\p{Lu}\\p{Ll}+\\s)*\\p{Lu}\\p{Ll}+)\\s+(?:${alternation(enWords.placeUse.kinds)})\\b`,
  'gu',
);
const placeUsesOfArticle = new WeakMap<Source, Set<string>>();
/**
 * Whether an article uses a name (a term of placesIn) as a place anywhere: a Korean name is taken to be one, an
 * English one only where it stands as a place does (PLACE_USE). A name an article only writes as the subject of what
 * it did ("Nscale did not give a price", "Crusoe made an initial investment", "Related said") is a company's.
 */
export function usedAsPlace(src: Source, name: string): boolean {
  if (!name.startsWith('en:')) return true;
  let uses = placeUsesOfArticle.get(src);
  if (!uses) {
    uses = new Set();
    for (const sent of src.sentences) if (sent.lang === 'en') placeUsesIn(sent.text, uses);
    placeUsesOfArticle.set(src, uses);
  }
  return uses.has(name);
}

/** The names (as placesIn's terms) an English text writes where a place stands (PLACE_USE: "at Wilton"), into `uses`. */
export function placeUsesIn(text: string, uses: Set<string> = new Set()): Set<string> {
  for (const m of text.matchAll(PLACE_USE)) {
    const words = (m[1] ?? m[2]).split(' ');
    words.forEach((w, i) => {
      const t = wordTerm(w);
      if (t) uses.add(t);
      if (i > 0) uses.add('en:' + (words[i - 1] + w).toLowerCase());
    });
  }
  return uses;
}

/** The change readings of a source sentence's figures (extract/change.ts), worked out once per sentence. */
const changesOfSentence = new WeakMap<
  object,
  { byFig: Map<Figure, Change | undefined>; deltas: Map<string, number> }
>();
function sentenceChanges(src: Source, i: number) {
  const sent = src.sentences[i];
  if (!sent) return undefined;
  let m = changesOfSentence.get(sent);
  if (!m) {
    const figs = figuresBySentence(src).get(i) ?? [];
    const rel = figs.map((g) => ({ start: g.start - sent.start, end: g.end - sent.start, kind: g.kind, unit: g.unit }));
    const { changes, deltas } = changesOf(sent.text, rel, sent.lang);
    m = { byFig: new Map(figs.map((g, k) => [g, changes[k]])), deltas };
    changesOfSentence.set(sent, m);
  }
  return m;
}

/**
 * Whether a source figure states a level, a difference or increment, or a level before a change (extract/change.ts),
 * as its own sentence says; else an addition as its clause calls it (additionOf).
 */
export function figureChange(src: Source, fig: Figure): Change | undefined {
  const m = sentenceChanges(src, fig.sentence);
  if (!m) return undefined;
  return (
    m.byFig.get(fig) ??
    additionOf(fig, m.deltas.get(fig.kind) ?? 0, src.sentences[fig.sentence]?.text) ??
    columnChange(src, fig)
  );
}

/**
 * A percent in a Markdown table whose column's header calls it a rate of change (`| 증가율 |` over `| 57.0% |`,
 * `| YoY growth |`, `| 감소율 |`, `| 증감률 |`, `| Change |`) is that change, as a signed one is (extract/change.ts signOf):
 * up, down, or either where the header gives no way. Read as a level, the council's table row no longer vouched for
 * `1년 전보다 57% 늘었습니다`, and the next company's `수출이 61.8% 늘어남` refuted it alone.
 */
function columnChange(src: Source, fig: Figure): Change | undefined {
  if (fig.kind !== 'percent') return columnVersion(src, fig);
  const sent = src.sentences[fig.sentence];
  const head = sent && columnHeader(src.sentences, fig.sentence, fig.start - sent.start);
  if (!head) return undefined;
  if (RATE_UP.test(head)) return 'up';
  if (RATE_DOWN.test(head)) return 'down';
  return RATE_EITHER.test(head) ? 'delta' : undefined;
}
/**
 * An amount in a Markdown table whose columns are versions of the same record, each dated by the event that set it
 * (`| 구분 | 3월 발표 | 9월 기공식 |`, `| 구분 | 본계약 (9월 8일) | 변경계약 (10월 27일) |`, `| Item | Announcement (March) |
 * Approval (October) |`): the cell of the earlier column is the level before a change when a later column of its row
 * gives another amount of its measure (`| 현지 채용 | 1,100명 | 1,300명 |`), as `1,100명에서 1,300명으로` would be. Each
 * header must date a point (a month or a day, not a period: `| Oct–Dec 2025 | Oct–Dec 2024 |` gives each quarter's
 * own level) and name its event in a word besides the date (a bare `| 8월 | 9월 |` is a month's own figure). Read
 * when the snapshot is written (entryChange), so a check reads no text for it.
 */
function columnVersion(src: Source, fig: Figure): Change | undefined {
  return laterVersion(src, fig) ? 'before' : undefined;
}
/**
 * The words of the header of the later column that makes a table cell a level before (columnVersion) and of the
 * cell's own column, besides their dates (`9월 기공식`: 기공식; `변경계약 (10월 27일)`: 변경계약): a line that names the
 * later column's event and not the cell's ("기공식 기준 현지 채용 계획은 1,100명이다") speaks of the later version.
 */
export function versionWords(e: Entry): { own: string[]; later: string[] } | undefined {
  const f = factsOf(e);
  if (f.version === undefined) {
    const v = laterVersion(e.src, e.fig);
    f.version = v ? { own: eventWords(v.own), later: eventWords(v.later) } : null;
  }
  return f.version ?? undefined;
}
const eventWords = (head: string) =>
  [...head.matchAll(/[\p{L}]{2,}/gu)]
    .map((m) => m[0])
    .filter((w) => !extractFigures(w, 'ko').figures.length && !extractFigures(w, 'en').figures.length);
/** columnVersion's reading: the headers of the cell's column and of the later one whose amount differs. */
function laterVersion(src: Source, fig: Figure): { own: string; later: string } | undefined {
  if (!AMOUNT_KINDS.has(fig.kind)) return undefined;
  const sent = src.sentences[fig.sentence];
  if (!sent || !TABLE_ROW.test(sent.text)) return undefined;
  const first = tableStarts(src.sentences)[fig.sentence];
  if (first < 0 || first === fig.sentence) return undefined;
  const cells = cellsOf(sent.text),
    heads = cellsOf(src.sentences[first].text);
  if (heads.length !== cells.length) return undefined;
  const k = cellIn(cells, fig.start - sent.start);
  if (k === undefined) return undefined;
  const head = (j: number) => src.sentences[first].text.slice(heads[j].start, heads[j].end);
  const mine = versionDate(head(k), sent.lang);
  if (!mine) return undefined;
  const row = figuresBySentence(src).get(fig.sentence) ?? [];
  for (const g of row) {
    if (g === fig || g.kind !== fig.kind || g.unit !== fig.unit || sameValue(g, fig)) continue;
    const j = cellIn(cells, g.start - sent.start);
    if (j === undefined || j <= k) continue;
    const later = versionDate(head(j), sent.lang);
    if (later && dateBefore(mine, later)) return { own: head(k), later: head(j) };
  }
  return undefined;
}
/**
 * The point a table's column header dates its version at (`3월 발표`, `본계약 (9월 8일)`, `Approval (October 2026)`): a
 * date of a month or a day, with a word of its own beside it; undefined for a period (a year, a quarter, a half, a
 * range) or a date alone.
 */
function versionDate(head: string, lang: Lang): DateParts | undefined {
  if (/[–~-]\s*\d|\d\s*[–~]/.test(head) || /[–~]/.test(head)) return undefined;
  const dates = extractFigures(head, lang).figures.filter((g) => g.kind === 'date');
  if (dates.length !== 1) return undefined;
  const p = dateParts(dates[0].value);
  if (p.m === undefined) return undefined;
  const rest = head.slice(0, dates[0].start) + head.slice(dates[0].end);
  return /[\p{L}]{2,}/u.test(rest.replace(/\b(?:in|on|of|as|at)\b/gi, '')) ? p : undefined;
}
/** Whether a point in time comes before another (a year only where both give one). */
function dateBefore(a: DateParts, b: DateParts): boolean {
  if (a.y !== undefined && b.y !== undefined && a.y !== b.y) return a.y < b.y;
  if (a.m! !== b.m!) return a.m! < b.m!;
  return a.d !== undefined && b.d !== undefined && a.d < b.d;
}

/** A column header of a rate of rise: 증가율, 성장률, 상승률, 신장률; growth, increase, rise, gain. */
const RATE_UP = /증가율|성장률|상승률|신장률|\b(?:growth|increase|rise|gain)\b/i;
/** …of fall: 감소율, 하락률; decline, decrease, fall, drop. */
const RATE_DOWN = /감소율|하락률|\b(?:decline|decrease|fall|drop)\b/i;
/** …of either way: 증감률, 증감, 변동률, 등락률, 전년 대비 (not 목표 대비, 매출 대비: a level against another); change, YoY, y/y. */
const RATE_EITHER = /증감|변동률|등락률|전년\s?(?:동기\s?)?(?:대비|비)|\b(?:change|chg|yoy|y\/y)(?![\p{L}])/iu;

/**
 * A figure its clause (a table cell: its row) calls an addition or the rest (the lexicon's `additional`: follow-on,
 * remaining, 나머지, 추가) is an increment whose direction is not read, when its own words say nothing (extract/change.ts)
 * and the word does not belong to another figure of its kind in the sentence, which its words make the increment ("a
 * further 800 megawatts … would bring the cluster to 1 gigawatt"). `deltas`: how many of those the sentence has.
 */
export function additionOf(f: Figure, deltas: number, sentence?: string): Change | undefined {
  if ((f.subject.weightOf('additional') ?? 0) < TABLE_ROW_WEIGHT) return undefined;
  if (deltas > 0) return undefined;
  // (an added order or contract, "변압기를 4,850만 달러에 추가 수주했다", "won a follow-on order worth \$48.5 million", is
  // another order: its amount is that order's, a level, which a source giving the order's amount states, "변압기도 추가로
  // 계약했는데 이건 3,850만 달러"; only where every word of addition in the sentence is of an order)
  if (sentence !== undefined && ordersAdded(sentence)) return undefined;
  return 'delta';
}

/** Whether a sentence's words of addition (추가, additional, further, follow-on, another …) all add an order or contract. */
export function ordersAdded(sentence: string): boolean {
  const all = sentence.match(ADDITION_WORD)?.length ?? 0;
  return all > 0 && (sentence.match(ORDER_ADDED)?.length ?? 0) === all;
}
/** A word of addition (the lexicon's `additional`, and "another"), each occurrence. */
const ADDITION_WORD = /추가|나머지|\b(?:additional|further|follow-on|extra|another|remaining|remainder)\b/gi;
/** …adding an order or a contract: "추가 수주", "추가로 계약", "추가 발주", "추가로 따내" (won another), "additional order", "a
 *  follow-on contract". */
const ORDER_ADDED =
  /추가\s?(?:로|으로)?\s?(?:수주|계약|발주|주문|따내|따냈|따낸)|\b(?:additional|further|follow-on|extra|another)\s+(?:[a-z-]+\s+)?(?:orders?|contracts?)\b/gi;

/** shareOf an entry's figure, worked out once. */
export function shareOfEntry(e: Entry): 'part' | 'whole' | undefined {
  const f = factsOf(e);
  if (f.share === undefined) {
    // (the sentence read only when the figure's clause has a word of the whole: most have none, and reading it
    // decodes a stored source)
    f.share =
      shareOf(e.fig, () => {
        const sent = e.src.sentences[e.fig.sentence];
        return (
          sent && {
            text: sent.text,
            at: { start: e.fig.start - sent.start, end: e.fig.end - sent.start },
            figures: sentenceSpans(e.src, e.fig.sentence),
          }
        );
      }) ?? null;
    if (f.share === null && partOfTotalRow(e)) f.share = 'part';
  }
  return f.share ?? undefined;
}

/** A table's row as a line, its first cell its label (`| Subsea cable, Praia – Dakar | 780 km | … |`). */
const LABELLED_ROW = /^\s*\|([^|\n]{1,120})\|[^\n]*\|\s*$/;
/** The words of the whole that make a row's label its table's total ("Subsea cable, total", "Total capacity"). */
const TOTAL_LABEL = /\b(?:total|in all|combined|overall|altogether)\b|합계|총계|전체/i;
/**
 * Whether an entry's figure stands in a table's row whose label names a part of a measure the same table totals in
 * another row: the label's words before its comma ("Subsea cable", of "Subsea cable, Praia – Dakar") open another row
 * whose label is a total ("Subsea cable, total"), and that row gives another value of the figure's unit. A reader of
 * such a table takes the rows above the total for its parts, whatever each row's own words say.
 */
function partOfTotalRow(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  const m = sent && LABELLED_ROW.exec(sent.text);
  if (!m || TOTAL_LABEL.test(m[1])) return false;
  const head = m[1]
    .split(/[,(–—:]/)[0]
    .trim()
    .toLowerCase();
  if (head.length < 3) return false;
  const figs = figuresBySentence(e.src);
  for (let i = Math.max(0, e.fig.sentence - 40); i < Math.min(e.src.sentences.length, e.fig.sentence + 40); i++) {
    if (i === e.fig.sentence) continue;
    const r = LABELLED_ROW.exec(e.src.sentences[i].text);
    if (!r || !TOTAL_LABEL.test(r[1]) || !r[1].toLowerCase().includes(head)) continue;
    if ((figs.get(i) ?? []).some((g) => g.unit === e.fig.unit && g.kind === e.fig.kind && g.value !== e.fig.value))
      return true;
  }
  return false;
}

/**
 * Whether the figure's own clause calls it a total ('whole') or a phase or addition ('part'), when it says only one.
 * `sentenceOf`: the figure's sentence, its span there and the sentence's figures, when known (asked only of a clause
 * with a word of the whole): a word of the whole that another figure stands right before is that figure's
 * (scope.ts markerOwnedBy).
 */
export function shareOf(
  f: Figure,
  sentenceOf?: () => { text: string; at: Span; figures: readonly Span[] } | undefined,
): 'part' | 'whole' | undefined {
  let part = false,
    whole = false;
  for (let i = 0; i < f.subject.size; i++) {
    if (f.subject.weightAt(i) < 1) continue;
    const name = f.subject.nameAt(i);
    const type = concept(name)?.type;
    if (type === 'part') {
      // (an added order, "추가 수주", "a follow-on order", is a whole order of its own, not a part of one: additionOf)
      if (name === 'additional' && f.lang === 'ko') {
        const sentence = sentenceOf?.();
        if (sentence && ordersAdded(sentence.text)) continue;
      }
      part = true;
    } else if (type === 'whole') {
      const sentence = sentenceOf?.();
      // (not a sum of one site's parts, "The campus … would hold six 200-megawatt buildings — 1.2 gigawatts in all —",
      // which scope.ts reads as that site's)
      if (!sentence || (ownWholeWord(name, f.lang, sentence) && !siteSum(sentence.text, sentence.text))) whole = true;
    }
  }
  return part === whole ? undefined : part ? 'part' : 'whole';
}

/** Whether a word of the whole (a concept) stands in the sentence where it may be the figure's: one place is enough. */
function ownWholeWord(name: string, lang: Lang, sentence: { text: string; at: Span; figures: readonly Span[] }) {
  const hits = termsIn(sentence.text, lang).filter((h) => h.id === name);
  return !hits.length || hits.some((h) => markerOwnedBy(sentence.text, h, sentence.at, sentence.figures));
}

export function isVague(f: Pick<Figure, 'qualifier' | 'text'>): boolean {
  return f.qualifier === 'range' && !/\d/.test(f.text);
}

/** figureChange of an entry's figure, worked out once. */
export function entryChange(e: Entry): Change | undefined {
  const f = factsOf(e);
  if (f.change === undefined) f.change = figureChange(e.src, e.fig) ?? null;
  return f.change ?? undefined;
}

/**
 * Whether a source date read as before a change is the date of a level before it ("up from the \$42 billion the
 * governor announced in September": extract/change.ts dateOfLevelBefore), not a schedule moved from it ("pushed back
 * from 2028 to 2029", which its own words read).
 */
export function entryDateOfThen(e: Entry): boolean {
  if (e.fig.kind !== 'date' || entryChange(e) !== 'before') return false;
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return false;
  const rel = (figuresBySentence(e.src).get(e.fig.sentence) ?? []).map((g) => ({
    start: g.start - sent.start,
    end: g.end - sent.start,
    kind: g.kind,
    unit: g.unit,
  }));
  return dateOfThenIn(
    sent.text,
    { start: e.fig.start - sent.start, end: e.fig.end - sent.start, unit: e.fig.unit },
    sent.lang,
    rel,
  );
}

/**
 * Of a date read as before a change, at `own` in its sentence (offsets in it), whether it is the date of a level before
 * it: its own words (extract/change.ts changeOf) do not make it a schedule moved from it. For a source's date
 * (entryDateOfThen) and a claim's alike.
 */
export function dateOfThenIn(
  text: string,
  own: Span & Pick<RawFigure, 'unit'>,
  lang: Lang,
  figures: readonly (Span & Pick<RawFigure, 'kind' | 'unit'>)[],
): boolean {
  return changeOf(text, { ...own, kind: 'date' }, lang, figures) !== 'before';
}

/** A source sentence's figures as spans in the sentence, ordered by start (worked out once a sentence). */
const spansOfSentence = new WeakMap<object, Span[]>();
function sentenceSpans(src: Source, i: number): Span[] {
  const sent = src.sentences[i];
  if (!sent) return [];
  let out = spansOfSentence.get(sent);
  if (!out) {
    out = (figuresBySentence(src).get(i) ?? [])
      .map((g) => ({ start: g.start - sent.start, end: g.end - sent.start }))
      .sort((a, b) => a.start - b.start);
    spansOfSentence.set(sent, out);
  }
  return out;
}

/**
 * A reading of a source figure's own stretch of its sentence (holder.ts), for figures of one kind (or any), worked out
 * once per entry: who holds a percent when the sentence lists shares, what an amount of a list of parts is of.
 */
function stretchReading(
  cache: WeakMap<Entry, string[] | null>,
  e: Entry,
  kind: string | undefined,
  read: typeof holderOf,
): string[] | undefined {
  let h = cache.get(e);
  if (h === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    h =
      (sent &&
        (kind === undefined || e.kind === kind) &&
        read(
          sent.text,
          e.fig.start - sent.start,
          e.fig.end - sent.start,
          sent.lang,
          sentenceSpans(e.src, e.fig.sentence),
        )) ||
      null;
    cache.set(e, h);
  }
  return h ?? undefined;
}
const holders = new WeakMap<Entry, string[] | null>();
/** The holder a source percent's stretch names when its sentence lists shares. */
export const entryHolder = (e: Entry) => stretchReading(holders, e, 'percent', holderOf);
const labels = new WeakMap<Entry, string[] | null>();
/** What a source amount of a list of parts is of ("\$1.2 billion of battery storage"; holder.ts labelOf). */
export const entryLabel = (e: Entry) => stretchReading(labels, e, 'money', labelOf);

const koLabels = new WeakMap<Entry, string[] | null>();
/** What a Korean source figure is of, where its sentence labels each amount by a topic (holder.ts koLabelOf). */
export const entryKoLabel = (e: Entry) => stretchReading(koLabels, e, undefined, koLabelOf);

const partLabels = new WeakMap<Entry, PartLabel | null>();
/** The numbered part (phase, unit, works section) a source figure's sentence labels it with (partLabel.ts), once. */
export function entryPartLabel(e: Entry): PartLabel | undefined {
  let h = partLabels.get(e);
  if (h === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    h = null;
    if (sent) {
      const figs = (figuresBySentence(e.src).get(e.fig.sentence) ?? []).map((g) => ({
        start: g.start - sent.start,
        end: g.end - sent.start,
        kind: g.kind,
      }));
      const at = { start: e.fig.start - sent.start, end: e.fig.end - sent.start, kind: e.kind };
      h = partLabelOf(sent.text, sent.lang, figs, at) ?? null;
    }
    partLabels.set(e, h);
  }
  return h ?? undefined;
}

/** The narrowing words of a source count (counted.ts), worked out once. */
export function entryNarrowing(e: Entry): string[] {
  const f = factsOf(e);
  if (f.narrowing === undefined) {
    const fig = e.fig;
    const sent = e.src.sentences[fig.sentence];
    // (the sentence's other figures bound the count's own words: only counts of people or jobs ask)
    f.narrowing = sent
      ? narrowingTerms(
          fig,
          sent.text,
          fig.start - sent.start,
          fig.kind === 'count' ? sentenceSpans(e.src, fig.sentence) : [],
        )
      : [];
  }
  return f.narrowing;
}

/** isVague of an entry's figure, worked out once. */
export function entryVague(e: Entry): boolean {
  const f = factsOf(e);
  return (f.vague ??= isVague(e.fig));
}

const MH = enWords.measureHead;
const MH_KINDS = new Set(MH.kinds);
const MH_DETERMINERS = new Set(MH.determiners);
const MH_STOPS = new Set(MH.stops);
/** Qualifiers between a determiner and the figure ("an estimated", "about"): passed over, as written. */
const MH_QUALIFIER =
  /(?:\b(?:about|around|roughly|nearly|almost|some|approximately|estimated|up to|more than|at least)\s+)+$/i;

/**
 * The noun an English figure measures when it stands before it as a modifier (domain/en.json `measureHead`): "a
 * 575-acre parcel" measures the parcel, "a 200 MW cluster" and "a 1-gigawatt computing cluster that …" a cluster,
 * "a $4 billion deal" a deal; "250 acres of a …" and "1.8 gigawatts, as …" measure nothing named after them.
 * `at`/`end`: the figure's span in `text`. Lower case; undefined when there is none.
 */
export function measuredHead(text: string, at: number, end: number, kind: string, lang: string): string | undefined {
  if (lang !== 'en' || !MH_KINDS.has(kind)) return undefined;
  const fig = text.slice(at, end);
  if (!/\d-[A-Za-z]/.test(fig)) {
    const before = text.slice(Math.max(0, at - 40), at).replace(MH_QUALIFIER, '');
    // a determiner, or a possessive ("Stargate's $500 billion pledge", "the venture’s 1.2 GW campus")
    const m = /([A-Za-z]+(['’]s)?)\s+$/.exec(before);
    if (!m || !(m[2] || MH_DETERMINERS.has(m[1].toLowerCase()))) return undefined;
  }
  const after = /^((?: [a-z][a-z-]*){1,3})/.exec(text.slice(end, end + 60));
  if (!after) return undefined;
  let head: string | undefined;
  for (const w of after[1].trim().split(' ')) {
    if (MH_STOPS.has(w) || w.endsWith('ly') || w.endsWith('-')) break;
    head = w;
  }
  return head;
}

/**
 * The measure a word right beside a source figure names: after it in Korean ("850억 원을 투자해", "3,120억 원 규모 수주"),
 * before it in either language ("매출액 1조 4,200억 원", "a $5 billion construction loan", "invested $2 billion"), at most
 * a few characters off. Asked only where the figure's clause names more than one measure (contradictionGate), so not
 * among the stored Facts: kept per entry once asked.
 */
export function entryOwnMeasure(e: Entry): string | undefined {
  let own = ownMeasures.get(e);
  if (own === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    let found: string | undefined;
    if (sent) {
      const at = e.fig.start - sent.start,
        end = e.fig.end - sent.start;
      const ko = sent.lang === 'ko';
      const near = (w: string, fromEnd: boolean) => {
        const hits = termsIn(w, sent.lang).filter((h) => concept(h.id)?.type === 'measure');
        const h = fromEnd ? hits[hits.length - 1] : hits[0];
        return h?.id;
      };
      // (up to the next bracket, comma or amount: "Cost: \$48bn (\$28bn debt, …)" is no debt)
      const after = sent.text
        .slice(end, end + (ko ? OWN_MEASURE_REACH : OWN_MEASURE_REACH + 8))
        .split(/[(),;:$€£¥₩\d]/)[0];
      const before = sent.text
        .slice(Math.max(0, at - OWN_MEASURE_REACH), at)
        .split(/[()\d]/)
        .pop()!;
      found =
        (ko ? near(/^\s?(?:을|를|의|이|가)?\s?(?:규모의?\s?)?/.test(after) ? after : '', false) : undefined) ??
        (ko ? undefined : near(after.replace(/^\s*(?:of|in)\s/, ' '), false)) ??
        near(before, true);
    }
    ownMeasures.set(e, (own = found ?? null));
  }
  return own ?? undefined;
}
const ownMeasures = new WeakMap<Entry, string | null>();
/** How far from a figure a word names its own measure (entryOwnMeasure). */
const OWN_MEASURE_REACH = 14;

/** measuredHead of an entry's figure in its sentence, worked out once and stored with the other facts. */
export function entryHead(e: Entry): string | undefined {
  const f = factsOf(e);
  if (f.head === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    f.head =
      (sent && measuredHead(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, e.kind, sent.lang)) ?? null;
  }
  return f.head ?? undefined;
}

/**
 * The names an entry's sentence counts as one member of what it totals ("영천을 포함해 … 총 9조원", "…, including Lake
 * Arthur"), worked out once and stored with the other facts (a check then reads no source sentence for it).
 */
export function entryMembers(e: Entry): string[] {
  const f = factsOf(e);
  if (f.members === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    f.members = sent ? onceASentence(sent, 0, 'members', () => sentenceMembers(sent)) : [];
  }
  return f.members;
}
/** The members a source sentence names of a total (entryMembers): its figures share them. */
function sentenceMembers(sent: { text: string; lang: Lang }): string[] {
  const out: string[] = [];
  if (!INCLUDING.test(sent.text)) return out;
  const re = sent.lang === 'ko' ? KO_MEMBER : EN_MEMBER;
  re.lastIndex = 0;
  const add = (member: string) => {
    if (member.length >= 2 && !out.includes(member)) out.push(member);
  };
  for (let m; (m = re.exec(sent.text));) {
    if (m[1]) add(m[1].trim());
    // The word before it too ("여수 국가산단을 포함해": 여수), and in English a place the phrase puts the member at
    // ("including the Stargate site it is building with OpenAI at Jamnagar").
    if (m[2]) add(m[2]);
    if (sent.lang !== 'ko') {
      const phrase = /^[^,;.()]*/.exec(sent.text.slice(m.index + m[0].length))![0];
      for (const p of phrase.matchAll(EN_MEMBER_AT)) add(p[1].trim());
    }
  }
  return out;
}
/** A sentence that may name members of a total ("포함해", "including"). */
export const INCLUDING = /포함|\bincluding\b/i;
/** A member named before 포함해 (its particle read apart), or a capitalized name after "including". */
const KO_MEMBER =
  /(?:([가-힣A-Za-z0-9]{2,})\s)?([가-힣A-Za-z0-9]{2,}?)(?:을|를|도|와|과|까지)?\s?포함(?:해|한|하여|하면|해서|\s)/g;
const EN_MEMBER = /\bincluding\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s?){1,3})?/g;
/** A name the rest of an "including" phrase places its member at, in or near. */
const EN_MEMBER_AT = /\b(?:at|in|near|outside)\s+((?:[A-Z][\w'’-]*\s?){1,3})/g;

/** Whether an entry's sentence speaks of plans or building, worked out once and stored with the other facts. */
export function entryPlanned(e: Entry): boolean {
  const f = factsOf(e);
  if (f.planned === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    f.planned =
      !!sent && onceASentence(sent, 0, 'planned', () => PLANNED[sent.lang === 'ko' ? 'ko' : 'en'].test(sent.text));
  }
  return f.planned;
}
/** A source sentence's words for what is not there yet: planned, or being built (both languages). */
const PLANNED: Record<'en' | 'ko', RegExp> = {
  en: /\b(?:will|would|plans?\s+to|planned|expects?\s+to|is\s+expected\s+to|aims?\s+to|is\s+set\s+to|proposed|to\s+be\s+built|breaks?\s+ground|broke\s+ground|groundbreaking|under\s+construction)\b/i,
  ko: /예정|계획|방침|키로|기로\s|할\s것|착공|건설\s?중/,
};

/** Every Facts field of an entry worked out, each by the reader above that works it out when first asked. */
export function allFacts(e: Entry): Required<Facts> {
  entryChange(e);
  entryNarrowing(e);
  entryVague(e);
  shareOfEntry(e);
  clauseCountries(e);
  sentenceCountries(e);
  clauseEntities(e);
  clauseEvents(e);
  sentenceEvents(e);
  entryArea(e);
  isThreshold(e);
  speaksOfParts(e);
  entryScope(e);
  entryClauseActor(e);
  entryHead(e);
  entryMembers(e);
  entryPlanned(e);
  entrySectionPlaces(e);
  entryKoSectionPlaces(e);
  entrySaidOn(e);
  entryDatelineDays(e);
  entryAsOf(e);
  entryDenied(e);
  entryEach(e);
  entryKoSites(e);
  entryItem(e);
  entryItemOthers(e);
  entryPartCount(e);
  entryGenerates(e);
  entryCarriedOwner(e);
  entryIssuer(e);
  entrySummed(e);
  entryKoName(e);
  entryLater(e);
  entryInstead(e);
  entryRevised(e);
  entryBare(e);
  versionWords(e);
  entrySpeakerFirm(e);
  return factsOf(e) as Required<Facts>;
}

/**
 * The names of the item a source figure is in, when its sentence lists several figures of its kind and unit, each with
 * its own name ("Pecos Flats in Texas (1.4 GW), Cedar Bluff in Ohio (900 MW) and Lone Mesa …", "Pecos Flats will cost
 * about \$25 billion, Cedar Bluff \$16 billion and …", "\$25 billion on Pecos Flats and \$16 billion on Cedar Bluff"):
 * the names between the figure before it (or the list's colon) and the figure, or those right after it behind a
 * preposition. English sentences only (a Korean list's items were tried by the word nearest each figure and dropped:
 * it lost more catches than it made). Empty when the sentence is no such list or the item names nothing. Worked out
 * once and stored with the other facts.
 */
export function entryItem(e: Entry): string[] {
  const f = factsOf(e);
  if (f.item === undefined) ({ mine: f.item, others: f.itemOthers } = itemNames(e));
  return f.item;
}
/** The names of the other items of the list entryItem reads. */
export function entryItemOthers(e: Entry): string[] {
  const f = factsOf(e);
  if (f.itemOthers === undefined) entryItem(e);
  return f.itemOthers ?? [];
}
function itemNames(e: Entry): { mine: string[]; others: string[] } {
  const none = { mine: [], others: [] };
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent || e.fig.kind === 'percent') return none;
  if (sent.lang === 'ko') return koItemNames(sent, e.fig.start - sent.start) ?? none;
  if (sent.lang !== 'en') return none;
  // (the items of the sentence's figures of this kind and unit, read once for all of them: a table read as one sentence
  // holds thousands, and each one's item was read from a walk over all the others)
  const list = onceASentence(sent, 0, `items\u0000${e.fig.kind}\u0000${e.fig.unit}`, () =>
    listItems(
      sent,
      (figuresBySentence(e.src).get(e.fig.sentence) ?? []).filter(
        (g) => g.kind === e.fig.kind && g.unit === e.fig.unit,
      ),
    ),
  );
  if (!list) return none;
  const { items, first } = list;
  const k = first.get(e.fig.start) ?? -1;
  // (a list of named items: two or more of them named, each by other names; "now stood at \$26 billion, up from \$19
  // billion" names no second item)
  const mine = items[k] ?? [];
  if (!mine.length) return none;
  const others = items.filter((x, n) => n !== k && x.length && !x.some((p) => mine.includes(p)));
  return others.length ? { mine, others: [...new Set(others.flat())] } : none;
}
/**
 * The names of each item of an English list of figures of one kind and unit in a sentence (itemNames), in their order,
 * and the first of them at each start; undefined for fewer than two. Each figure's item is named in the text from the
 * figure before it, or the list's colon, to it, or right after it behind a preposition; found by halving over the
 * others' ends and starts, not by a walk over them.
 */
function listItems(
  sent: { text: string; start: number },
  same: readonly Figure[],
): { items: string[][]; first: Map<number, number> } | undefined {
  if (same.length < 2) return undefined;
  const names = (text: string) =>
    placesIn(commonFirstOff(text), 'en', []).filter((p) => !concept(p)?.venture && !MONTH_OR_DAY.has(p));
  const ends = same.map((x) => x.end - sent.start).sort((a, b) => a - b);
  const starts = same.map((x) => x.start - sent.start).sort((a, b) => a - b);
  const segmentOf = (g: Figure): string => {
    const at = g.start - sent.start,
      end = g.end - sent.start;
    // (the furthest end of a figure at or before it, and the nearest start of one at or after its end)
    const e1 = lastAtMost(ends, at);
    const from = e1 >= 0 && ends[e1] > 0 ? ends[e1] : 0;
    const s1 = lastAtMost(starts, end - 1) + 1;
    const to = s1 < starts.length && starts[s1] < sent.text.length ? starts[s1] : sent.text.length;
    const after = ITEM_AFTER.exec(sent.text.slice(end, to));
    if (after) return after[1];
    // (from the last break before it: a name after the item before, "Pecos Flats (1.4 GW) in Texas, Cedar Bluff (900
    // MW)", is that item's)
    const before = sent.text.slice(from, at);
    const cut = Math.max(
      before.lastIndexOf(':'),
      before.lastIndexOf(';'),
      before.lastIndexOf(','),
      before.lastIndexOf(' and '),
    );
    return before.slice(cut + 1);
  };
  const first = new Map<number, number>();
  same.forEach((g, n) => {
    if (!first.has(g.start)) first.set(g.start, n);
  });
  return { items: same.map((g) => names(segmentOf(g))), first };
}
/** The place of the last number of an ascending list that is at most `x` (-1: none). */
function lastAtMost(list: readonly number[], x: number): number {
  return firstIndex(list.length, (i) => list[i] > x) - 1;
}
/**
 * The items of a Korean list that gives each named thing its figures in brackets right after its name ("무릉
 * 양수발전소(800MW, 총사업비 1조 8,400억 원, 2033년 준공 목표)와 동해 수소혼소 발전소(500MW, 2029년 6월 상업운전
 * 계획)가 함께 공급한다"): a figure in one bracket is of the name before it, the other brackets' names are the others.
 * The name: the words before the bracket back to a comma, a conjunction (와/과/및) or the sentence's topic particle.
 */
function koItemNames(sent: { text: string }, at: number): { mine: string[]; others: string[] } | undefined {
  // (the brackets and their names found once a sentence, and each bracket's items once: its figures share them)
  const groups = onceASentence(sent, 0, 'koItems', () => koBracketItems(sent.text));
  if (groups.length < 2) return undefined;
  const k = spanAt(groups, at);
  if (!k || !(k.start < at)) return undefined;
  return onceASentence(sent, k.start, 'koItem', () => {
    const mine = k.names();
    const others = groups.filter((g) => g !== k).flatMap((g) => g.names().filter((p) => !mine.includes(p)));
    return mine.length && others.length ? { mine, others: [...new Set(others)] } : undefined;
  });
}
/**
 * The brackets of a Korean sentence that hold a digit, each after its name (KO_BRACKET_ITEM), in order: from the
 * bracket's opening to right after its close, and the places its name names (worked out when first asked).
 */
function koBracketItems(text: string): (Span & { names: () => string[] })[] {
  const groups: (Span & { names: () => string[] })[] = [];
  KO_BRACKET_ITEM.lastIndex = 0;
  for (let m = KO_BRACKET_ITEM.exec(text); m; m = KO_BRACKET_ITEM.exec(text)) {
    if (!/\d/.test(m[2])) continue;
    const start = m.index + m[1].length;
    const name = m[1];
    let places: string[] | undefined;
    groups.push({ start, end: start + m[2].length + 2, names: () => (places ??= placesIn(name, 'ko', [])) });
  }
  return groups;
}
/** A name of one to three Korean words and the bracket right after it ("동해 수소혼소 발전소(500MW, …)"). */
const KO_BRACKET_ITEM =
  /((?:[\uac00-\ud7a3A-Za-z0-9]+\s){0,2}[\uac00-\ud7a3A-Za-z0-9]*[\uac00-\ud7a3A-Za-z])\(([^()]{1,120})\)/g;
/** A name right after a figure behind a preposition: " on Pecos Flats", " for the Cedar Bluff campus". */
const ITEM_AFTER = /^\s+(?:on|for|at|in|to|by|from)\s+(?:the\s+)?((?:[A-Z][\p{L}'’-]*\s*){1,3})/u;
const MONTH_OR_DAY = new Set(
  [...Object.keys(enWords.months), 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
    (m) => 'en:' + m,
  ),
);

/**
 * An English text without its first word when that is a common word the lexicon or the domain vocabulary knows,
 * capitalized only as it opens the text ("Construction will …", "Seawater cooling …"); a name stays ("Clovis expects").
 */
export function commonFirstOff(text: string): string {
  const m = /^[\s"“'‘(*_-]*([A-Z][a-z]+)\b(?!\s+[A-Z])/.exec(text);
  if (!m) return text;
  const w = m[1].toLowerCase();
  return termsIn(w, 'en').length || everydayPairs(w).length ? text.slice(m[0].length) : text;
}

/**
 * The words a Korean sentence writes right before a site's noun or its phase ("겔밈 캠퍼스는", "나발모랄 1단계
 * 200MW를", "유후쓰 데이터센터"): a site's name when it is one; common words stand there too (신규, 인근, 해당), which
 * the judge tells apart by whether the corpus spells the word in Latin letters (judge/figures.ts).
 */
export function koSiteWordsIn(text: string): string[] {
  const out: string[] = [];
  KO_SITE_WORD.lastIndex = 0;
  for (let m = KO_SITE_WORD.exec(text); m; m = KO_SITE_WORD.exec(text)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}
const KO_SITE_WORD = /([\uac00-\ud7a3]{2,})\s?(?:캠퍼스|데이터\s?센터|부지|사업장|[1-9]단계)/g;

/** koSiteWordsIn of a Korean source figure's sentence, worked out once and stored with the other facts. */
export function entryKoSites(e: Entry): string[] {
  const f = factsOf(e);
  if (f.koSites === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    f.koSites = sent && sent.lang === 'ko' ? onceASentence(sent, 0, 'koSites', () => koSiteWordsIn(sent.text)) : [];
  }
  return f.koSites;
}

/** A name opening a Korean clause with its subject particle ("삼성전자는 …", "Oracle은 …"). */
export const KO_ACTOR =
  /^([A-Za-z][A-Za-z0-9&.-]*(?:\s[A-Z][A-Za-z0-9&.-]*)*|[\uac00-\ud7a3A-Za-z0-9]+?)(?:은|는|이|가)\s/;
/** A verb of doing right after a name (domain/en.json `actor.verbs`). */
const EN_VERB_AFTER = new RegExp(`^\\s+(?:${alternation(enWords.actor.verbs)})\\b`);

/**
 * The company or country that opens the clause of a source figure's sentence that holds the figure ("Oracle will lease
 * 900 megawatts …, and Microsoft has signed for 300 megawatts", "삼성전자는 월 40만장, SK하이닉스는 월 50만장"): who does
 * what that clause states, as the claim's actor is read from its sentence (claimSentence.ts). Its concept id, worked
 * out once and stored with the other facts (a check then reads no source sentence for it).
 */
export function entryClauseActor(e: Entry): string | undefined {
  const f = factsOf(e);
  if (f.clauseActor === undefined) f.clauseActor = clauseActor(e) ?? null;
  return f.clauseActor ?? undefined;
}

function clauseActor(e: Entry): string | undefined {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return undefined;
  const at = e.fig.start - sent.start;
  const c = clauseAt(sent, at);
  if (!c) return undefined;
  // the clause after its break: punctuation, then a conjunction ("…, and SK hynix will ship")
  const text = sent.text
    .slice(c.start, at)
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/^(?:and|but|while|whereas)\s+/i, '');
  let con: Concept | undefined;
  if (sent.lang === 'ko') {
    const name = KO_ACTOR.exec(text)?.[1];
    const hits = name && name.length > 1 ? findTerms(name, 'ko') : [];
    con = hits.length ? concept(hits[0].id) : undefined;
  } else {
    // a name the lexicon knows, however it is cased ("SK hynix"), opening the clause before a verb of doing
    const opener = (t: string): Concept | undefined => {
      const h = findTerms(t.slice(0, 80), 'en')[0];
      const opens = h && /^(?:the\s+)?$/i.test(t.slice(0, h.start));
      return opens && EN_VERB_AFTER.test(t.slice(h.end)) ? concept(h.id) : undefined;
    };
    // …or one that opens a clause of its own after a conjunction with no comma before it, nearest the figure ("Samsung
    // will supply 400,000 wafers a month and SK hynix will ship 500,000": the 500,000 is SK hynix's)
    for (const m of [...text.matchAll(/\s(?:and|but|while|whereas)\s+/gi)].reverse()) {
      const c2 = opener(text.slice(m.index! + m[0].length));
      if (c2 && (c2.type === 'org' || c2.type === 'country')) {
        con = c2;
        break;
      }
    }
    con ??= opener(text);
  }
  return con && (con.type === 'org' || con.type === 'country') ? con.id : undefined;
}

/**
 * The Facts of every entry of a figure index and the ventures of every source, as the corpus snapshot stores them
 * (judge/figureIndex.ts exportIndex), so that a warm start's first check reads them instead of working them out:
 * distinct records once (many source figures share all of them), and per entry and per source a record number.
 */
export interface StoredFacts {
  records: Required<Facts>[];
  /** Each entry's record, the buckets' entries in the stored index's order. */
  entries: Int32Array;
  /** Distinct lists of ventures, and each source's (corpus order). */
  ventures: string[][];
  sources: Int32Array;
}

/** The fields of a Facts record in a fixed order (the key two records are alike by). */
const plainFacts = (f: Required<Facts>): Required<Facts> => ({
  share: f.share,
  countries1: f.countries1,
  countriesS: f.countriesS,
  entities1: f.entities1,
  events1: f.events1,
  eventsS: f.eventsS,
  area: f.area,
  threshold: f.threshold,
  parts: f.parts,
  scope: f.scope,
  change: f.change,
  narrowing: f.narrowing,
  vague: f.vague,
  clauseActor: f.clauseActor,
  head: f.head,
  members: f.members,
  planned: f.planned,
  section: f.section,
  koSection: f.koSection,
  said: f.said,
  dateline: f.dateline,
  asOf: f.asOf,
  denied: f.denied,
  each: f.each,
  koSites: f.koSites,
  item: f.item,
  itemOthers: f.itemOthers,
  partCount: f.partCount,
  gen: f.gen,
  carried: f.carried,
  issuer: f.issuer,
  summed: f.summed,
  koName: f.koName,
  later: f.later,
  instead: f.instead,
  revised: f.revised,
  bare: f.bare,
  speakerFirm: f.speakerFirm,
  version: f.version,
});

/** The fields of a Facts record, in plainFacts' order: the columns of a stored record's row (packRecords). */
const FACT_FIELDS = Object.keys(plainFacts({} as Required<Facts>)) as (keyof Facts)[];

/** Facts records as a snapshot stores them: the field names once, then each record as its values in that order. */
export interface PackedRecords {
  fields: string[];
  rows: unknown[][];
}

/**
 * Records as rows of values (PackedRecords): V8's serializer writes every key of every object, so records stored as
 * objects were mostly their field names (half the derived record of 120 generated articles was the figure index's
 * part, most of it the records' keys, and each field added to Facts grew it by its name times the records).
 */
export function packRecords(records: readonly Required<Facts>[]): PackedRecords {
  return { fields: FACT_FIELDS.slice(), rows: records.map((r) => FACT_FIELDS.map((k) => r[k])) };
}

/** The records packRecords gave, or undefined when `p` is no such thing or has other fields (an older engine's). */
export function unpackRecords(p: unknown): Required<Facts>[] | undefined {
  const x = p as PackedRecords | undefined;
  if (
    !x ||
    typeof x !== 'object' ||
    !Array.isArray(x.fields) ||
    !Array.isArray(x.rows) ||
    x.fields.length !== FACT_FIELDS.length ||
    x.fields.some((f, i) => f !== FACT_FIELDS[i])
  )
    return undefined;
  const out: Required<Facts>[] = [];
  for (const row of x.rows) {
    if (!Array.isArray(row) || row.length !== FACT_FIELDS.length) return undefined;
    const r = {} as Record<string, unknown>;
    FACT_FIELDS.forEach((k, i) => (r[k] = row[i]));
    out.push(r as Required<Facts>);
  }
  return out;
}

/** Every entry's facts and every source's ventures, worked out now (they stay with the entries and sources too). */
export function exportFacts(buckets: readonly (readonly Entry[])[], sources: readonly Source[]): StoredFacts {
  const s = new FactsStream();
  for (const b of buckets) s.entries(b);
  for (const src of sources) s.source(src);
  return s.finish(buckets);
}

/**
 * exportFacts with the sources given one at a time (a cold start streams them to its snapshot, corpus/snapshot.ts):
 * a source's entries' facts and its ventures are worked out while its body is at hand, the records numbered at the end.
 */
export class FactsStream {
  /** The distinct records met so far, by their key. */
  private records = new Map<string, Required<Facts>>();
  private ventureLists: string[][] = [];
  private listNo = new Map<string, number>();
  private bySource: number[] = [];

  /** The facts of entries whose source's body is at hand: each entry keeps the record it is alike with. */
  entries(list: readonly Entry[]): void {
    for (const e of list) {
      const r = plainFacts(allFacts(e));
      const key = JSON.stringify(r);
      let rec = this.records.get(key);
      // A copy: no string of it keeps the article text it was cut from alive.
      if (!rec) this.records.set(key, (rec = frozen(detached(r) as Required<Facts>)));
      // One object for many entries, as after a warm start.
      e.facts = rec;
    }
  }

  /**
   * The record alike with a stored one (`had`: a snapshot's, imported: importFacts), for an entry whose facts were
   * stored, as entries() would have given it.
   */
  storedRecord(had: Facts): Required<Facts> {
    let rec = this.canonical.get(had);
    if (!rec) {
      const key = JSON.stringify(plainFacts(had as Required<Facts>));
      rec = this.records.get(key);
      if (!rec) this.records.set(key, (rec = had as Required<Facts>));
      this.canonical.set(had, rec);
    }
    return rec;
  }
  /** Stored records met by storedRecord(), and the record alike with each. */
  private canonical = new Map<Facts, Required<Facts>>();

  /** The next source's ventures. */
  source(src: Source): void {
    this.ventureList([...ventures(src)]);
  }

  /** The next source's ventures, given (a stored source's). */
  ventureList(list: string[]): void {
    const key = list.join('\0');
    let no = this.listNo.get(key);
    if (no === undefined) this.listNo.set(key, (no = this.ventureLists.push(list) - 1));
    this.bySource.push(no);
  }

  /** The stored form's ventures (finish without the records: judge/figureIndex.ts StoredIndexBuilder numbers them). */
  finishVentures(): Pick<StoredFacts, 'ventures' | 'sources'> {
    return { ventures: this.ventureLists, sources: Int32Array.from(this.bySource) };
  }

  /** The stored form, records numbered as the entries of `buckets` (every entry given to entries()) first meet them. */
  finish(buckets: readonly (readonly Entry[])[]): StoredFacts {
    const records: Required<Facts>[] = [];
    const recordNo = new Map<Facts, number>();
    const n = buckets.reduce((k, b) => k + b.length, 0);
    const entries = new Int32Array(n);
    let k = 0;
    for (const b of buckets)
      for (const e of b) {
        const r = e.facts!;
        let no = recordNo.get(r);
        if (no === undefined) recordNo.set(r, (no = records.push(r as Required<Facts>) - 1));
        entries[k++] = no;
      }
    return { records, entries, ventures: this.ventureLists, sources: Int32Array.from(this.bySource) };
  }
}

/** A record frozen with its lists: one is shared by the entries alike in all of it, and none may write to it. */
function frozen(f: Required<Facts>): Required<Facts> {
  for (const v of Object.values(f)) if (Array.isArray(v)) Object.freeze(v);
  return Object.freeze(f);
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const oneOf = (x: unknown, ...values: unknown[]) => values.includes(x);

/** Whether a stored record is a Facts record as exportFacts writes it, every field of its type. */
function isRecord(r: unknown): r is Required<Facts> {
  if (!r || typeof r !== 'object') return false;
  const f = r as Record<string, unknown>;
  return (
    oneOf(f.share, 'part', 'whole', null) &&
    isStrings(f.countries1) &&
    isStrings(f.countriesS) &&
    isStrings(f.entities1) &&
    isStrings(f.events1) &&
    isStrings(f.eventsS) &&
    oneOf(f.area, 'land-area', 'floor-area', null) &&
    typeof f.threshold === 'boolean' &&
    typeof f.parts === 'boolean' &&
    oneOf(f.scope, 'site', 'phase', 'whole', 'several', null) &&
    oneOf(f.change, 'up', 'down', 'delta', 'before', null) &&
    isStrings(f.narrowing) &&
    typeof f.vague === 'boolean' &&
    (f.clauseActor === null || typeof f.clauseActor === 'string') &&
    (f.head === null || typeof f.head === 'string') &&
    isStrings(f.members) &&
    typeof f.planned === 'boolean' &&
    isStrings(f.section) &&
    isStrings(f.koSection) &&
    typeof f.said === 'boolean' &&
    (f.dateline === null || isStrings(f.dateline)) &&
    typeof f.denied === 'boolean' &&
    typeof f.each === 'boolean' &&
    isStrings(f.koSites) &&
    isStrings(f.item) &&
    isStrings(f.itemOthers) &&
    (f.partCount === null || typeof f.partCount === 'number') &&
    typeof f.asOf === 'boolean' &&
    typeof f.gen === 'boolean' &&
    (f.carried === null || isStrings(f.carried)) &&
    (f.issuer === null || isStrings(f.issuer)) &&
    typeof f.summed === 'boolean' &&
    (f.koName === null || typeof f.koName === 'string') &&
    (f.later === null || Number.isInteger(f.later)) &&
    (f.instead === null || Number.isInteger(f.instead)) &&
    typeof f.revised === 'boolean'
  );
}

/** Whether every number of `nos` picks one of `count` (0 … count − 1). */
function inRange(nos: Int32Array, count: number): boolean {
  for (let i = 0; i < nos.length; i++) if (!(nos[i] >= 0 && nos[i] < count)) return false;
  return true;
}

/**
 * The facts exportFacts stored for the entries of an index read from a snapshot (buckets of `sizes` entries, in the
 * stored order: entry k's record is records[entries[k]], given to it when it is made) and the corpus's sources' ventures
 * (set now), when they fit them in every part; otherwise none (undefined): each is then worked out when first asked, as
 * without a snapshot. A record is shared by the entries alike in all of it, so it is frozen: a
 * reader that wrote to it would throw, not change another entry's facts.
 */
export function importFacts(
  s: StoredFacts | undefined,
  /** How many entries each bucket has (in the stored order). */
  sizes: readonly number[],
  sources: readonly Source[],
): { records: readonly Facts[]; entries: Int32Array } | undefined {
  if (
    !s ||
    typeof s !== 'object' ||
    !Array.isArray(s.records) ||
    !Array.isArray(s.ventures) ||
    !(s.entries instanceof Int32Array) ||
    !(s.sources instanceof Int32Array) ||
    s.entries.length !== sizes.reduce((k, n) => k + n, 0) ||
    s.sources.length !== sources.length ||
    !s.records.every(isRecord) ||
    !s.ventures.every(isStrings) ||
    !inRange(s.entries, s.records.length) ||
    !inRange(s.sources, s.ventures.length)
  )
    return undefined;
  const records = s.records.map((r) => frozen(plainFacts(r)));
  const lists = s.ventures.map((l) => new Set(l));
  sources.forEach((src, i) => venturesOf.set(src, lists[s.sources[i]]));
  return { records, entries: s.entries };
}
