// Part and whole: what of the venture a figure is about, as its own clause says. One site or campus ("the site",
// "the first campus", "첫 번째 부지") or a phase ("the first 200 megawatts", "이 가운데") is a part; "in total", "brings
// the total to", "전체", "총", "…를 포함한" speak of the whole, and win when a clause says both ("the new sites bring
// Stargate to nearly 7 gigawatts"). And which places it names (Narvik, 사카이, Shackelford County), so one site's
// figure is not judged against another site's.
import { clauses, soundLinked, type TermWeights } from '../extract/subjects';
import { concept, termsIn, wordTerm } from '../domain/lexicon';
import { forEachWord } from '../text/words';
import { koreanWordForms } from '../text/translit';
import { romanize } from 'es-hangul';
import type { Lang, Span } from '../types';
import { enWords, koWords } from '../domain/language';
import { alternation } from '../text/text';
import { KO_NATIVE_NUMERALS } from '../extract/figures/units';

/** 'several': a total over several sites counted together ("the other two sites", "두 부지"), a kind of whole. */
export type Scope = 'site' | 'phase' | 'whole' | 'several' | undefined;

/** Whether a scope is a total: the whole, or several sites counted together. */
export const isTotal = (s: Scope) => s === 'whole' || s === 'several';

// The words are domain/en.json and ko.json `scope`; English ones are whole words, Korean ones are found anywhere.
const en = enWords.scope,
  ko = koWords.scope;
/**
 * The whole: "in total", "brings the total to", "taking the cluster to 600MW" (take only before an amount: "took the
 * builder to court" is no total), "전체", "총".
 */
const WHOLE = new RegExp(
  `\\b(?:${alternation(en.whole)}|(?:${alternation(en.wholeBringsTo)})\\b[^.;]{0,40}\\bto)\\b|\\b(?:${alternation(en.wholeTakesTo)})\\b[^.;]{0,40}\\bto\\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\\s+than)\\s+)?(?=[$€£¥₩]|\\d)|${alternation(ko.whole)}`,
  'i',
);
/**
 * A first or next amount: "the first 200 megawatts", "a first 200-megawatt phase", "the next $400 billion", "the second phase", "첫 200메가와트",
 * "2단계" (not "over the next 18 months": the ordinal must stand before an amount, a power or a phase). A count the
 * ordinal stands before, "the first 16 modules", "the remaining 32 containers", is the first part of the things counted,
 * as the first 200 megawatts are of a campus: a shipment of them, not all of them (not a span of time, "the first 18
 * months": domain/en.json scope.phaseNotCounted).
 */
const PHASE = new RegExp(
  `\\b(?:${alternation(en.phaseOrdinals)})\\s+(?=[$€£¥₩]|\\d[\\d.,]*(?:\\s*|-)(?:[a-z]*watts?|[MG]W|${alternation(en.phaseMagnitudes)})\\b|(?:${alternation(en.phaseNouns)})s?\\b)|\\b(?:the|its|their)\\s+(?:${alternation(en.phaseOrdinals)})\\s+\\d[\\d,]*\\s+(?!(?:${alternation(en.phaseNotCounted)})\\b)[a-z][a-z-]*s\\b|\\b(?:${alternation(en.phaseNouns)})\\s+(?:one|two|three|four|five|[1-9]|I{1,3}|IV|V)\\b|(?:${alternation(ko.phaseOrdinals)})\\s?(?=\\d)|${alternation(ko.phase)}`,
  'i',
);
/** A share of a larger amount: "of which", "the rest", "이 가운데". With a site named, it is that site's share. */
/**
 * A site at full build, all its phases ("the whole 1.2 GW campus", "at full build-out", "once complete", "when it is
 * finished", "the full campus could cost …", "planned at 1,200 MW in four phases", "최종 2GW", "완공 시", "캠퍼스의 전체 규모",
 * "전체 4단계 1,200MW"): what one phase's amount is not.
 */
const FULL_SITE = new RegExp(
  `\\b(?:${alternation(en.fullSite)})\\b|${alternation(ko.fullSite)}|\\b(?:in|over|across)\\s+(?:all\\s+)?(?:${alternation(en.phaseCounts)})\\s+(?:${alternation(en.phaseNouns)})s\\b|전체\\s?[2-9]\\s?단계|모든\\s?단계`,
  'i',
);
export const speaksOfFullSite = (text: string): boolean => FULL_SITE.test(text);
/**
 * Whether a figure is said of named phases: "the \$22.5 billion cost of the first two phases", "\$14.6 billion … for
 * the first two phases", "the first phase's \$3 billion", "1단계 사업비 2조 원", "1·2단계에 … 4조 원" (the figure's own
 * clause: after it up to a clause break, or just before it).
 */
export function ofNamedPhases(sentence: string, start: number, end: number): boolean {
  const after = /^[^;.!?]{0,100}/.exec(sentence.slice(end))![0];
  const before = sentence.slice(Math.max(0, start - 40), start);
  return (
    PHASES_AFTER.test(after) ||
    PHASES_BEFORE.test(before) ||
    KO_PHASES_BEFORE.test(before) ||
    COMPONENT_AFTER.test(after) ||
    KO_COMPONENT_BEFORE.test(before)
  );
}
const PHASE_RUN = `(?:the\\s+)?(?:first|second|third|initial|next|remaining)\\s+(?:(?:two|three|four|\\d+)\\s+)?(?:phases?|stages?|tranches?|buildings?|halls?)\\b`;
const PHASES_AFTER = new RegExp(`^\\s*(?:\\w+\\s+){0,5}?(?:of|for|in|covering)\\s+${PHASE_RUN}`, 'i');
const PHASES_BEFORE = new RegExp(`\\b${PHASE_RUN}['’]s?\\s+(?:\\w+\\s+){0,2}$`, 'i');
// (not "2단계를 포함한 총사업비", "2단계까지 마치면": the phases counted into the whole)
const KO_PHASES_BEFORE = /(?:\d(?:·\d)*단계|첫\s?단계)(?![^.,]{0,20}(?:포함|까지))[^.,]{0,20}$/;
/**
 * A plant or line built for a site is part of it too, not the whole: "\$6.4 billion of financing for the dedicated
 * power plant serving Prairie Forge", "\$6.4 Billion Financing for Prairie Forge Power Plant", "발전소 건설에 2조 원".
 */
const COMPONENT_RUN = `(?:[\\w'’-]+\\s+){0,3}?(?:power\\s+(?:plants?|stations?)|substations?|transmission\\s+lines?|solar\\s+(?:farms?|plants?)|wind\\s+farms?|battery\\s+(?:systems?|storage|plants?)|gas\\s+turbines?|pipelines?|water\\s+(?:treatment\\s+)?plants?)\\b`;
const COMPONENT_AFTER = new RegExp(`^\\s*(?:\\w+\\s+){0,4}?(?:of|for|to\\s+build|covering)\\s+${COMPONENT_RUN}`, 'i');
const KO_COMPONENT_BEFORE =
  /(?:발전소|변전소|송전선|송전망|태양광\s?(?:단지|발전소)|풍력\s?단지|배터리|ESS)[^.,]{0,15}$/;
const SHARE = new RegExp(`\\b(?:${alternation(en.share)})\\b|${alternation(ko.share)}`, 'i');
/**
 * An amount right after another and 중 ("연결설비 비용 6억 4천만 캐나다달러 중 4억 1천만 캐나다달러를 고객이 부담"): a share of
 * it, as "이 가운데" makes one. (Read before the figure only: the amount before 중 is the whole.)
 */
const KO_SHARE_OF = /[\d\uac00-\ud7a3)]\s?중\s(?:약\s?|최대\s?|최소\s?)?$/;
/** One site: "the site", "the first campus", "the cluster", "첫 번째 부지". */
const SITE = new RegExp(`\\b(?:${alternation(en.site)})\\b|${alternation(ko.site)}`, 'i');

/**
 * Words that open a sentence without naming anything (domain/en.json `scope.openers`), and the nouns of a phase
 * ("Phase one puts its GPUs in …", "Stage two …"): capitalized only because they open it, no place.
 */
const OPENERS = new Set([...en.openers, ...en.phaseNouns, ...en.phaseNouns.map((n) => n + 's')]);

/** A past participle capitalized as it opens a sentence ("Planned", "Combined", "Expected"): a word of four letters or more before -ed. */
const OPENING_PARTICIPLE = /^[A-Z][a-z]{3,}ed$/;

/** Only this much of a sentence is read for places. */
const MAX_TEXT = 2000;

/** Where a place name is only its kind (Milam County, 밀럼 카운티): not the name. */
const GENERIC = new Set([
  'en:county',
  'en:city',
  'en:state',
  'en:province',
  'en:prefecture',
  'en:district',
  'en:region',
  'en:north',
  'en:south',
  'en:east',
  'en:west',
  'en:northern',
  'en:southern',
  'en:site',
  'en:campus',
  'en:first',
  'ko:카운티',
]);

/**
 * Several sites counted together: "the two sites", "both campuses", "the other three facilities", "between them", "두
 * 부지", "3곳" (not one of them: "one of five sites", "each of the two campuses", "다섯 곳 중 하나"; nor wells or ruins
 * counted by 곳, "관정 3곳": ko.json countedPlaces).
 */
const SEVERAL = new RegExp(
  `(?<!\\b(?:one|each|first|second|third|last|any|either)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|[A-Z][\\w'’]*\\s+)?)\\b(?:both|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:${alternation(en.several)})\\b(?!\\s+of\\b)|\\bbetween\\s+them\\b|(?<!(?:${alternation(ko.countedPlaces)})\\s?)(?<![\\d,])(?:${Object.keys(KO_NATIVE_NUMERALS).join('|')}|\\d{1,2})\\s?(?:${alternation(ko.several)})(?!\\s?(?:중|가운데))`,
  'i',
);

/** How far either side of a figure its clause is read for scope words: a pathological 100,000-character clause stays linear. */
const REACH = 200;

/**
 * The scope a figure's clause gives it. Several sites counted together win (their total, none of them), then the
 * whole (a total that names the sites it counts is the total), then a phase (the first 200 megawatts of a cluster
 * are a phase of it), then a site. `spans`: the sentence's clauses.
 */
export function scopeOf(
  sentence: string,
  figStart: number,
  spans: readonly Span[] = clauses(sentence),
  percent = false,
  figures?: readonly Span[],
): Scope {
  // The clause around the figure (spans are in order: found by bisection).
  let lo = 0,
    hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= figStart) lo = mid;
    else hi = mid - 1;
  }
  const c = spans[lo] ?? { start: 0, end: sentence.length };
  const clause = sentence.slice(Math.max(c.start, figStart - REACH), Math.min(c.end, figStart + REACH));
  if (SEVERAL.test(clause)) return 'several';
  if (WHOLE.test(clause) && wholeIsOwn(sentence, Math.max(c.start, figStart - REACH), clause, figStart, figures))
    return siteTotal(clause, sentence.slice(Math.max(0, c.end - MAX_TEXT), c.end))
      ? undefined
      : siteSum(sentence, clause)
        ? 'site'
        : 'whole';
  if (
    PHASE.test(clause) &&
    !phaseOfAnother(clause, sentence, Math.max(c.start, figStart - REACH), figStart) &&
    !phaseOfEarlierItem(clause, sentence, Math.max(c.start, figStart - REACH), figStart, figures)
  )
    return 'phase';
  // "이 가운데 … 해남 부지에만 약 35조 원": one site's share of the whole is that site's figure, not a phase
  const site = SITE.test(clause);
  // (A percentage is a share already: "will hold 51% of the project company, with OpenAI and SoftBank sharing the
  // rest" is the holder's stake, and "the rest" the others', not a part of an amount.)
  const share = SHARE.test(clause) || KO_SHARE_OF.test(sentence.slice(c.start, figStart));
  const own = share && !site && !percent ? 'phase' : site ? 'site' : undefined;
  // A Korean sentence that opens on a phase as its topic speaks of that phase in every clause after it that names no
  // scope of its own: "1단계는 300메가와트(MW) 규모로 … 목표로 하며, 사업비는 4조2000억원이다" (the phase's cost).
  if (own === undefined && c.start > 0 && PHASE_TOPIC.test(sentence.slice(0, c.start))) return 'phase';
  return own;
}
/**
 * A total of one named site: its total project cost or investment (`clause`) in a sentence that, up to that clause
 * (`upTo`: the site may be its topic, named in a clause before), names a place no country and a site's noun or a
 * Korean state or county ("피카초 플래츠(애리조나주 피널카운티)는 … 규모이며 총사업비는 현재 310억 달러", "the total
 * cost of the Picacho Flats campus"): the whole of that site at full build, not the venture's total, nor a part of
 * it: unmarked, as a line's bare "총사업비는 …" under that site's heading is (the two must meet). (A loanword such as
 * 프로젝트 is shaped like a place's name too: the site's noun or the county says it is one.)
 */
function siteTotal(clause: string, upTo: string): boolean {
  const ko = /[\uac00-\ud7a3]/.test(clause);
  if (!(ko ? KO_SITE_TOTAL : EN_SITE_TOTAL).test(clause)) return false;
  if (!SITE.test(upTo) && !(ko && KO_ADMIN_PLACE.test(upTo))) return false;
  return placesIn(upTo, ko ? 'ko' : 'en', []).some((p) => concept(p)?.type !== 'country' && !concept(p)?.venture);
}
/**
 * A sum of one site's parts: a sentence whose subject is one site ("The campus, being developed by …, would hold six
 * 200-megawatt buildings — 1.2 gigawatts in all — on about 1,800 acres", "The Harquahala site will have three halls,
 * 600 MW altogether") sums that site's buildings, halls or phases with a word of the whole written after its amount
 * (POSTPOSED_WHOLE): the site's total, not the venture's. Not where the clause's whole is another word ("brings
 * Stargate to 7 GW in total": what a site brings a total to is the venture's), nor where the subject is several sites
 * (SEVERAL, read before).
 */
export function siteSum(sentence: string, clause: string): boolean {
  // (a Korean sentence whose topic is one site, "캠퍼스는 150MW급 데이터홀 8동, 모두 1.2GW 규모로 … 총사업비는 약 210억
  // 달러다": its words of the whole, written before the amount, are the site's, unless the clause names the venture)
  if (KO_ONE_SITE_TOPIC.test(sentence.slice(0, MAX_TEXT))) return !KO_VENTURE.test(clause);
  if (!ONE_SITE_SUBJECT.test(sentence.slice(0, MAX_TEXT))) return false;
  for (const m of clause.matchAll(WHOLE_ALL)) if (!POSTPOSED_WHOLE.test(m[0])) return false;
  return true;
}
/** A Korean sentence whose topic is one site: "캠퍼스는", "이 캠퍼스는", "울프크리크 캠퍼스의 총사업비는". */
const KO_ONE_SITE_TOPIC = new RegExp(
  `^[\\s*_"“(]*(?:[^\\s,.]+\\s){0,2}?(?:${alternation(ko.site.filter((w) => !/^\\d|개/.test(w)))})(?:는|은|의)\\s`,
);
/** The venture by name: a total of it is the venture's, whatever site the sentence opens on. */
const KO_VENTURE = /스타게이트|Stargate/i;
/** A sentence that opens on one site as its subject: "The campus", "This facility", "The Harquahala site". */
const ONE_SITE_SUBJECT = new RegExp(
  `^[\\s*_"“(]*(?:The|This|That|Its|Their)\\s+(?:[A-Z][\\p{L}'’-]*\\s+){0,3}(?:${alternation(en.site.filter((w) => !en.several.includes(w)))})\\b(?!\\s+(?:of|for)\\b)`,
  'u',
);
const KO_ADMIN_PLACE = /[\uac00-\ud7a3](?:주|카운티|시|군|현)(?=[\s)(,]|$)/;
const KO_SITE_TOTAL = /총\s?(?:사업비|투자비|투자액|투자금|공사비|건설비|비용)/;
const EN_SITE_TOTAL =
  /\btotal\s+(?:project\s+|capital\s+|construction\s+)?(?:cost|investment|capex|price\s+tag|budget)\b/i;
const PHASE_ALL = new RegExp(PHASE.source, 'gi');
/**
 * Whether a word of the whole at `marker` (offsets in the sentence) may be the figure at `fig`'s. A word that follows
 * the amount it sums up ("in total", "in all", "altogether", "all told") is the figure's right before it only: "85
 * percent of the new property taxes for 20 years, about \$640 million in total" calls the \$640 million the total, not
 * the 85 percent. Any other word (before its amount, "a total of", "총", "전체"), or one no figure stands right before,
 * may be any figure's of its clause, as before.
 */
export function markerOwnedBy(sentence: string, marker: Span, fig: Span, figures: readonly Span[]): boolean {
  if (!POSTPOSED_WHOLE.test(sentence.slice(Math.max(0, marker.start - 3), marker.end))) return true;
  let before: Span | undefined;
  for (const g of figures)
    if (g.end <= marker.start && /^[\s,]*(?:in\s+)?$/i.test(sentence.slice(g.end, marker.start))) before = g;
  return !before || (before.start < fig.end && before.end > fig.start);
}
/** A word of the whole that stands after its amount (its end at the marker's end). */
const POSTPOSED_WHOLE = /(?:\bin\s+(?:total|all)|\baltogether|\ball\s+told)$/i;

const WHOLE_ALL = new RegExp(WHOLE.source, 'gi');
/**
 * Whether a word of the whole in the figure's clause may be the figure's (markerOwnedBy: "85 percent of the new property
 * taxes for 20 years, about \$640 million in total" makes the \$640 million the total, not the 85 percent). Without the
 * sentence's figures, any such word in the clause is.
 */
function wholeIsOwn(sentence: string, clauseAt: number, clause: string, figStart: number, figures?: readonly Span[]) {
  if (!figures?.length) return true;
  const fig = figures.find((g) => g.start === figStart) ?? { start: figStart, end: figStart };
  for (const m of clause.matchAll(WHOLE_ALL)) {
    const start = clauseAt + m.index;
    if (markerOwnedBy(sentence, { start, end: start + m[0].length }, fig, figures)) return true;
  }
  return false;
}
/** What amount a text opens with: a power ("200 MW", "1-gigawatt") or money ("$2 billion"). */
function amountAt(text: string): 'power' | 'money' | undefined {
  if (/^\d[\d.,]*(?:\s*|-)(?:[a-z]*watts?|[MG]W)\b/i.test(text)) return 'power';
  if (/^[$€£¥₩]/.test(text)) return 'money';
  return undefined;
}
/**
 * Whether every phase word of a clause is an ordinal before another amount of the figure's own kind: "OpenAI will deploy
 * 6 gigawatts …, beginning with a first 1-gigawatt deployment" makes the 1 gigawatt a phase, not the 6 it is part of
 * (a date or cost beside it is still the phase's: "A first 200-megawatt phase is due … in the first half of 2029").
 */
function phaseOfAnother(clause: string, sentence: string, clauseAt: number, figStart: number): boolean {
  const own = amountAt(sentence.slice(figStart, figStart + 40));
  if (!own) return false;
  for (const m of clause.matchAll(PHASE_ALL)) {
    const at = clauseAt + m.index + m[0].length;
    // (a phase noun, or an ordinal before this very figure: the figure's phase)
    if (!/\s$/.test(m[0]) || at === figStart || amountAt(sentence.slice(at, at + 40)) !== own) return false;
  }
  return true;
}

/**
 * Whether every phase word of a clause stands before the figure in an earlier item of a list, one that closes on an
 * amount of its own with a comma: "카타르 캠퍼스 1단계(400㎿)에 들어갈 … 공급계약(1,120억 원)을, 7월 14일 요르단 … 공급계약
 * (340억 원)을 잇달아 체결" makes the 1,120억 원 the first phase's order, not the 340억 원 of the next item, which names no
 * phase. (Without the sentence's figures, or with a phase word after the figure, the clause's phase words are its own.)
 */
function phaseOfEarlierItem(
  clause: string,
  sentence: string,
  clauseAt: number,
  figStart: number,
  figures?: readonly Span[],
): boolean {
  const fig = figures?.find((g) => g.start === figStart);
  if (!fig) return false;
  const own = sentence.slice(fig.start, fig.end);
  let any = false;
  for (const m of clause.matchAll(PHASE_ALL)) {
    const at = clauseAt + m.index + m[0].length;
    if (at > figStart) return false;
    const closed = figures!.some(
      (g) =>
        g.start >= at &&
        g.end <= figStart &&
        sameUnitWritten(sentence.slice(g.start, g.end), own) &&
        ITEM_CLOSES.test(sentence.slice(g.end, figStart)),
    );
    if (!closed) return false;
    any = true;
  }
  return any;
}
/** Two amounts written in the same unit: the same sign before ("$1 billion", "$2 billion") or word after ("…억 원"). */
function sameUnitWritten(a: string, b: string): boolean {
  const first = /^\D/.test(a) && a[0] === b[0];
  const last = /\D$/.test(a) && a[a.length - 1] === b[b.length - 1];
  return first || last;
}
/**
 * An item of a Korean list closing right after its amount: a bracket, its particle, then a comma ("(1,120억 원)을, "). Not
 * an amount and a comma alone: "cost about \$3.5 billion, \$700 million more than G42 estimated" sets the second beside
 * the first, of the same phase.
 */
const ITEM_CLOSES = /^[)\]）]?\s?[\uac00-\ud7a3]{1,2}\s?[,，]\s/;

/** A phase as a Korean sentence's topic, in its first clause: "1단계는", "첫 단계는", "온산 1단계에서는". */
const PHASE_TOPIC = /^[\s"“'‘]*[^,.;]{0,20}?(?:\d(?:·\d)*단계|첫\s?단계)(?:는|은|에서는|에는)\s/;

/** An English heading that is a place and where it is, dateline-style, alone or before a colon or dash. */
export const EN_PLACE_HEADING =
  /^\s*((?:[A-Z][\p{L}'’.-]*\s+){0,3}[A-Z][\p{L}'’.-]*),\s+(?:[A-Z][\p{L}'’.-]*\s*){1,3}(?:$|[:—–(|-])/u;

/**
 * The places an English sentence names as a site's name: capitalized words right before a site's noun ("the Yufutsu
 * campus", "the proposed Stargate Luzon Campus", "the Kaohsiung branch"), as placesIn reads them, the venture's own
 * name left out. Empty for Korean (its words before 캠퍼스 are as often common ones: 신규, 해당, 인근).
 */
export function siteNamesIn(text: string, lang: Lang): string[] {
  if (lang !== 'en') return [];
  const out: string[] = [];
  SITE_NAMED.lastIndex = 0;
  for (let m = SITE_NAMED.exec(text); m; m = SITE_NAMED.exec(text)) {
    // (after the noun, a time is no place: "when they announced the site in March")
    if (m[2] && NOT_PLACE_AFTER.has(m[2].split(/\s/)[0].toLowerCase())) continue;
    for (const p of placesIn(m[1] ?? m[2], 'en', [])) if (!concept(p)?.venture && !out.includes(p)) out.push(p);
  }
  return out;
}
const NOT_PLACE_AFTER = new Set([
  ...Object.keys(enWords.months),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['phase', 'stage', 'q1', 'q2', 'q3', 'q4'],
]);
const SITE_NOUN = en.site.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const SITE_NAMED = new RegExp(
  `((?:(?!(?:The|A|An|Its|Their|This|That|Our|Each|Every|One|Another)\\s)[A-Z][\\p{L}'’-]*\\s+){1,3})(?:${SITE_NOUN})\\b|\\b(?:${SITE_NOUN})\\s+(?:in|at|near|outside)\\s+((?:[A-Z][\\p{L}'’-]*)(?:\\s+[A-Z][\\p{L}'’-]*){0,2})`,
  'gu',
);

/** English names of months and weekdays (capitalized as names are, but times). */
const CALENDAR_NAMES = new Set([...Object.keys(enWords.months), ...enWords.weekdays]);

/**
 * The places a sentence names, as term names (not ids: a source sentence's places are kept past the check that
 * worked them out, and a word no source figure is about has only a scratch id, text/terms.ts): lexicon concepts that are places (no type: Texas; a country the ISO list adds, Norway), capitalized English
 * words the lexicon does not know, Hangul words shaped like a transliteration (나르비크, 사카이시); not words inside
 * the sentence's figures (230메가와트) and not a kind of place alone (County).
 */
export function placesIn(text: string, lang: Lang, figures: readonly Span[]): string[] {
  const out = new Set<string>();
  // A very long "sentence" (page furniture, pathological input) is read at its start.
  const sentence = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const hits = termsIn(sentence, lang);
  const figs = [...figures].sort((a, b) => a.start - b.start);
  let hi = 0,
    fi = 0;
  const covered = (s: number, e: number) => {
    while (hi < hits.length && hits[hi].end <= s) hi++;
    while (fi < figs.length && figs[fi].end <= s) fi++;
    return (hi < hits.length && hits[hi].start < e) || (fi < figs.length && figs[fi].start < e);
  };
  for (const h of hits) {
    const c = concept(h.id);
    // (a country the ISO list adds is a place, as its name was when it was a word: "Stargate Norway")
    if (c && (!c.type || c.place) && /^[A-Z]/.test(c.en[0] ?? '')) out.add(h.id);
  }
  // A name of two capitalized words is also one word, as Korean writes it (Abu Dhabi: 아부다비).
  let prev: { end: number; word: string } | undefined;
  forEachWord(sentence, (s, e) => {
    if (covered(s, e)) {
      prev = undefined;
      return;
    }
    const word = sentence.slice(s, e);
    // A word that opens a clause, capitalized because it opens the sentence ("Once complete, …"), is no name; nor is
    // a verb's past form that opens it ("Planned capacity is …", "Expected output …": a name does not end in -ed).
    const name =
      /^\p{Lu}\p{Ll}/u.test(word) &&
      !(
        (OPENERS.has(word.toLowerCase()) || OPENING_PARTICIPLE.test(word)) &&
        /^[\s"“'‘(*_-]*$/.test(sentence.slice(0, s))
      );
    // (a month's or a weekday's name is a time, never a place: "at the end of September", "on Monday")
    if (name && CALENDAR_NAMES.has(word.toLowerCase())) {
      prev = undefined;
      return;
    }
    if (name && prev && /^\s+$/.test(sentence.slice(prev.end, s))) out.add('en:' + (prev.word + word).toLowerCase());
    prev = name ? { end: e, word } : undefined;
    const t = wordTerm(word);
    if (!t || GENERIC.has(t)) return;
    if (t.startsWith('en:') ? name : isPlaceWord(t)) out.add(t);
    // A name is also the word as written, which the stem of a common word may cut ("Wyoming" is no "wyom" to 와이오밍).
    if (name && t.startsWith('en:') && /^[A-Za-z]+$/.test(word) && t !== 'en:' + word.toLowerCase())
      out.add('en:' + word.toLowerCase());
  });
  return [...out];
}

/**
 * Whether a Korean content term may be a place's name: shaped like a transliteration (a word ending in the copula's 인,
 * "계획인", "예정인", is no name; nor a predicate a report's note style closes a line with, "증가함", "연기됨",
 * "늘었음").
 */
export function isPlaceWord(t: string): boolean {
  const w = t.slice(3);
  return koreanWordForms(w).length > 0 && !/..인$/.test(w) && !NOTE_PREDICATE.test(w);
}
/** A predicate made a noun as a report's note style (개조식) ends a line: "증가함", "연기됨", "모집함", "늘었음", "했음". */
const NOTE_PREDICATE = /..(?:함|됨)$|(?:었|았|였|했|겠)음$/;

/**
 * Whether two lists of places (term names) share one (the same term, or its spelling in the other script). Ids are
 * of the weights' table, looked up here: made while a check runs, a new one is scratch and kept nowhere.
 */
export function placesShared(
  a: readonly string[],
  b: readonly string[],
  w: TermWeights,
  /** Only the same name in either script, not a pair the corpus learned (a site and its state: 오지치 벤드 / 조지아). */
  named = false,
): boolean {
  const terms = w.terms;
  for (const x of a) {
    if (b.includes(x)) return true;
    const xi = terms.id(x);
    const links = named ? [] : w.linked(xi);
    for (const y of b) {
      const yi = terms.id(y);
      if (soundLinked(terms, xi, yi) || links.includes(yi)) return true;
    }
  }
  return false;
}

/**
 * Korean place names that are no loanword (해남, 포항, 아산) as their English spelling, which is their Revised
 * Romanization (Haenam, Pohang, Asan): the romanized content words of a Korean text, as English terms. Only asked
 * whether a claim's English place is among them, so a native word that happens to romanize as no place costs nothing.
 */
export function readingsIn(text: string, lang: Lang): Set<string> {
  const out = new Set<string>();
  if (lang !== 'ko') return out;
  const sentence = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  forEachWord(sentence, (s, e) => {
    const t = wordTerm(sentence.slice(s, e));
    if (!t || !t.startsWith('ko:')) return;
    const stem = t.slice(3);
    if (stem.length < 2 || !/^[\uac00-\ud7a3]+$/.test(stem)) return;
    if (stem.length <= 4) out.add('en:' + romanize(stem).replace(/[^a-z]/g, ''));
    // A place's name written onto the feature or district it names, as Korean writes them in one word ("대마저수지",
    // "대마면", "영광군"), where English writes "the Daema reservoir", "Daema-myeon": the name is read too.
    const head = PLACE_HEADS.exec(stem);
    const name = head ? stem.slice(0, head.index) : '';
    if (name.length >= 2 && name.length <= 4) out.add('en:' + romanize(name).replace(/[^a-z]/g, ''));
  });
  return out;
}

/** Nouns Korean writes onto a place's name: a water, a port, a district (저수지, 댐, 항, 군, 면, 읍). */
const PLACE_HEADS = /(?:저수지|호수|댐|강|항|만|평야|산단|산업단지|군|면|읍|리|동|시|도|구)$/;
