// The language-specific word lists (domain/ko.json, domain/en.json), beside the lexicon: what the engine reads
// as units, qualifiers, months, particles and stopwords. Code builds its lookups and regexes from these; where a
// list is tried in order (units, qualifiers, particle suffixes), its order in the file is the matching order.
import koData from './ko.json';
import enData from './en.json';
import type { Qualifier } from '../types';

/** A unit as written after a number. `factor`: a decimal to multiply by (1 when absent). */
export interface UnitEntry {
  s: string;
  kind: string;
  unit: string;
  factor?: string;
  /** English: a whole word (case-insensitive, a space also matches a hyphen). */
  word?: boolean;
  /** What may follow: 'particle' (end of word, or a particle starting), 'notLetter' (no ASCII letter or digit). */
  after?: 'particle' | 'notLetter';
  /** Characters that must not follow ("원" is not "원전", "원장" …). */
  notBefore?: string;
  /** A character that may follow besides what `after` allows ("위안화"). */
  orBefore?: string;
}

/** An index written as a bare number after its name (domain/en.json, ko.json `indexes`; extract/figures/indexes.ts). */
export interface IndexWords {
  /** The names of each index (its key, the figure's unit), as written. */
  names: Record<string, string[]>;
  /** English only: the values each index may take, lowest and highest. */
  range?: Record<string, [string, string]>;
  /** Korean only: particles that may end the name, its bracket or a link word. */
  particles?: string[];
  /** Words that may stand between the name and its number. */
  links: string[];
  /** Words that make the value a target or a design value. */
  target: string[];
  /** Words that make the value a measured one. */
  measured: string[];
  /** Words that make the value a peak, the highest of its period. */
  peak: string[];
  /** Words of a period, by its length: month, quarter, half, year. */
  periods: Record<string, string[]>;
}

export interface KoreanWords {
  particles: {
    /** Particles cut off a word's end before it is read as a subject term, longest first (the first that ends it is cut). */
    suffixes: string[];
    /** First characters of what may follow a Korean unit and still end the figure ("억 달러를", "원씩", "원대로"). */
    starts: string;
    /** Particles between a figure and the qualifier after it ("700조원을 넘는"). */
    beforeQualifier: string[];
    /** Particles after a counted noun standing before its number ("일자리가 10만 개"). */
    afterNoun: string[];
  };
  /**
   * The words of trade a Korean firm's name ends with after its own name (동진중공업, 한울전선, 청라스틸, 수승대공조): heavy
   * industries, cable, construction, steel, cooling, air systems … as English writes them after the name in its
   * romanization (Dongjin Heavy Industries, Hanul Cable), by those English words. extract/subjects.ts firmNameForms.
   */
  firmTrades?: Record<string, string[]>;
  stopwords: {
    /** Words that say nothing of a figure's subject (qualifiers, units, pronouns). */
    subject: string[];
    /**
     * Words of grammar that English writes as its stop words or not at all (the auxiliary of `기대하고 있다`, the
     * copula, the light verbs `했다`/`된다`, `밝혔다`, `따르면`: is, has, will, said, according): no English word can be
     * their spelling, so a figure's subject does not count them against a source in the other language. A source in
     * its own language that shares one shares it as before (Korean only).
     */
    crossLanguage?: string[];
    /** Words that are not who speaks, read before a quotation (adverbs, connectives, determiners). */
    speaker: string[];
  };
  qualifiers: {
    /** Before a number ("약", "최대"). */
    before: Record<string, Qualifier>;
    /** After a figure, first listed first ("이상", "미만", "가량"). */
    after: [string, Qualifier][];
  };
  /** After 년/일: a word that makes the number a duration ("간", "동안", "만에"). */
  durationAfter: string[];
  /** Units as a fix writes them, by unit: "5000억 달러", "10만 개", "4년". */
  write: { currencies: Record<string, string>; counters: Record<string, string>; durations: Record<string, string> };
  indexes: IndexWords;
  units: UnitEntry[];
  /** Lines that are page furniture when they are all a line says: menus, share bars, list headers (corpus/furniture.ts). */
  furniture: string[];
  /** A byline's job after the reporter's name ("김철수 기자", "○○○ 특파원"), longest first (corpus/articleMeta.ts). */
  bylineRoles: string[];
  /**
   * How a Korean paper's name ends (한빛일보, 서울신문, …타임스): beside a date on a print edition's top line ("한빛일보
   * 2025년 10월 3일 금요일 A5면 경제") a name so ended is the paper's (corpus/articleMeta.ts).
   */
  outletSuffixes: string[];
  /** Who a photo is credited to at a caption's end ("/연합뉴스") (corpus/furniture.ts). */
  photoCredits: string[];
  /** An amount per member, not the total ("각각", "기업당"), anywhere in a sentence (judge/claimSentence.ts). */
  distributive: string[];
  /** Words between an amount and the same line's conversion of it into another currency ("is about", "은 약"; judge/figures.ts conversionOf). */
  conversionLinks: string[];
  /**
   * How a sentence opens when it goes on with what the one before it spoke of ("이는", "그중", "이 가운데"): a quotation's
   * sentence so opened is read with the one before it for its figures' subjects (extract/subjects.ts figureSubjects).
   */
  pointsBack: string[];
  /**
   * A sentence that reports what someone said or expects: a quoting ending ("다고", "것으로"), an optional space,
   * then a verb of saying ("밝혔", "전망했") (judge/claimSentence.ts).
   */
  reported: { endings: string[]; verbs: string[] };
  /** Topics opening a sentence that name no actor: pronouns, "이번", "올해" (judge/claimSentence.ts). */
  actor: { notNames: string[] };
  /**
   * What of the venture a figure's clause speaks of (judge/scope.ts), words found anywhere in it: the whole ("전체",
   * "총"), a phase ("단계"; `phaseOrdinals` only before a number, "첫 200메가와트"), a share of a larger amount
   * ("이 가운데"), one site ("부지"); several sites counted together after a count ("두 곳", "3개 부지").
   */
  /** Regex sources for the stage of a project a count of people or jobs is of (judge/counted.ts countPhase). */
  countPhase: { construction: string[]; operation: string[] };
  scope: {
    whole: string[];
    phaseOrdinals: string[];
    phase: string[];
    share: string[];
    /** A site at full build ("최종", "완공 시"). */
    fullSite: string[];
    site: string[];
    several: string[];
    /** Things a "곳" after a count counts, not sites: "관정 3곳" (three wells), "유적 63곳". */
    countedPlaces: string[];
  };
  /**
   * A floor that is a requirement (judge/figureFacts.ts), anywhere in its clause: need and obligation ("필요",
   * "위해선"), or an obligation ending, an optional space and a verb ("해야 한다", "어야 하는").
   */
  threshold: { words: string[]; mustEndings: string[]; mustVerbs: string[] };
  /** Units that only measure land ("에이커"), anywhere in a figure's text (judge/figureFacts.ts). */
  landUnits: string[];
  /** Words after a name (and its particle) that set it apart from what a figure is about ("스타게이트를 제외한") (extract/subjects.ts). */
  excludedAfter: string[];
  /**
   * A figure a source says is not so: "…라는 보도를 부인했다", "사실무근", "…했다고 보도하였으나, 이는 사실과 다릅니다"
   * (`what`: the report, claim or estimate; `untrue`: its denial, each ending a Korean writer gives it: "사실이 아니",
   * "사실이 아님", "사실이 아닙니다" are three spellings, not one); a correction's misstated figure written before the
   * words (`misstated`: "120억 달러로 잘못 표기했습니다").
   */
  denied: { what: string[]; verbs: string[]; untrue: string[]; misstated: string[] };
  /** A wording a report line quotes as one not to use: words after the closing mark (judge/avoidedWording.ts). */
  avoidedWording: { after: string[] };
}

export interface EnglishWords {
  /** Month names and abbreviations, lower case; the first twelve are the full names, in calendar order. */
  months: Record<string, number>;
  /** Weekday names, lower case. */
  weekdays: string[];
  stopwords: {
    /** Words that say nothing of a figure's subject. */
    subject: string[];
    /** Words that end the search for the noun a number counts ("4 of the editors"). */
    noun: string[];
  };
  qualifiers: {
    /** Before a number, first listed first ("about", "up to", "more than"). */
    before: [string, Qualifier][];
    /** Qualifiers that only qualify a date ("by 2029"). */
    dateOnly: string[];
    /** Words before "until" that make its date the earliest ("is not due until 2030", "won't open until"). */
    negatedUntil: string[];
  };
  /** Counted nouns as a fix writes them, by unit, singular and plural: "1 job", "100,000 jobs". */
  write: { counters: Record<string, [string, string]> };
  /** ISO 4217 codes read as money in capitals right before or after an amount ("OMR 148.5m", "602bn TRY"). */
  currencyCodes: { codes: string[]; ambiguous: string[] };
  indexes: IndexWords;
  units: UnitEntry[];
  /** Lines that are page furniture when they are all a line says, lower case (corpus/furniture.ts). */
  furniture: string[];
  /** A byline that names a job, not a person ("By Senior Tech Correspondent"): any modifiers, then one head (corpus/articleMeta.ts). */
  jobTitle: { modifiers: string[]; heads: string[] };
  /** Who a photo is credited to at a caption's end ("/Reuters") (corpus/furniture.ts). */
  photoCredits: string[];
  /**
   * The first word of a public body's name, which may run long ("Ministry of Digitalisation and Public
   * Governance"): such a line over a release is a name, not a headline (corpus/page.ts isNameLike).
   */
  institutionHeads: string[];
  /** Words that make a name an outlet's, not a person's ("The Cascade Ledger", "Harbor Times"): corpus/articleMeta.ts. */
  outletWords: string[];
  /** The last word of a public body's name in an official document's caption ("… PUBLIC SERVICE COMMISSION OF WYOMING"): corpus/articleMeta.ts. */
  bodyHeads: string[];
  /** How an official document's title begins ("ORDER GRANTING …", "FINAL ORDER", "DECISION"), in capitals: corpus/articleMeta.ts. */
  documentTitles: string[];
  /** An amount per member, not the total ("each", "per partner"), as whole words (judge/claimSentence.ts). */
  distributive: string[];
  /** Words between an amount and the same line's conversion of it into another currency ("is about", "은 약"; judge/figures.ts conversionOf). */
  conversionLinks: string[];
  /**
   * en.json's pointsBack: words opening a sentence that goes on with the one before it ("That is …", "It draws …"), also
   * after a part of it ("Half of those jobs", "Of them").
   */
  pointsBack: string[];
  /**
   * Who acts in a sentence (judge/claimSentence.ts): the verbs after the capitalized words that open it ("Nvidia
   * will ship", "MGX and G42 pledged"), and openings that are no name ("It", "This"), as written.
   */
  actor: { verbs: string[]; notNames: string[] };
  /**
   * What of the venture a figure's clause speaks of (judge/scope.ts), whole words: the whole ("in total"; a
   * `wholeBringsTo` verb then "to" within a few words: "brings Stargate to"), a phase (a `phaseOrdinals` word before
   * an amount, a power, a `phaseMagnitudes` number or a `phaseNouns` noun: "the first 200 megawatts", "the next
   * phase"), a share of a larger amount ("of which"), one site ("campus"), several sites after a count or "both" ("the
   * two sites", "both campuses").
   */
  /** Regex sources for the stage of a project a count of people or jobs is of (judge/counted.ts countPhase). */
  countPhase: { construction: string[]; operation: string[] };
  scope: {
    whole: string[];
    wholeBringsTo: string[];
    /** "take": a whole only before an amount ("taking the cluster to 600MW"). */
    wholeTakesTo: string[];
    phaseOrdinals: string[];
    phaseNouns: string[];
    /** How many phases a site is built in, written before `phaseNouns` ("in four phases"): all of them, the site at full build. */
    phaseCounts: string[];
    phaseMagnitudes: string[];
    /** Plural nouns of time a `phaseOrdinals` word and a number may stand before ("the first 18 months"): no part counted. */
    phaseNotCounted: string[];
    share: string[];
    /** A site at full build, all its phases ("the whole", "at full build-out"): what one phase's amount is not. */
    fullSite: string[];
    site: string[];
    several: string[];
    /** Words that open a sentence without naming anything ("Once complete, …"): no place (judge/scope.ts). */
    openers: string[];
  };
  /** A floor that is a requirement: need and obligation, whole words ("requires", "at least") (judge/figureFacts.ts). */
  threshold: string[];
  /** Units that only measure land ("acre"), anywhere in a figure's text (judge/figureFacts.ts). */
  landUnits: string[];
  /**
   * Where a capitalized name stands as a place (judge/figureFacts.ts): after a `before` word ("in Kvandal", "near
   * Narvik") or before a `kinds` word ("Milam County"), as written.
   */
  placeUse: { before: string[]; kinds: string[] };
  /**
   * The words of a number inside a count ("seventy thousand jobs", "2.3 million"), lower case: the figure's, neither
   * its subject (extract/subjects.ts) nor what narrows its noun (judge/counted.ts).
   */
  numberWords: string[];
  /**
   * Multiples written as words (extract/figures/scanner.ts), lower case: `verbs` and their forms (doubled, triples,
   * tripling), `adverbs` (twice) and `folds` + "fold" (fivefold) are ratios. An adverb counts only before a `then`
   * word ("twice the size", "twice as many"; not "twice a month"); a bare verb (double, triple) before a `then` or
   * `verbThen` word or at a clause's end ("to double by 2028", "about double the year before"); an inflected verb
   * and a fold unless a `notThen` word follows ("doubles down"). Never before a hyphen ("double-digit").
   */
  multipliers: {
    verbs: Record<string, string>;
    adverbs: Record<string, string>;
    folds: Record<string, string>;
    then: string[];
    verbThen: string[];
    notThen: string[];
  };
  /**
   * A measure written before the noun it measures ("a 575-acre parcel", "a 200 MW cluster", "a 1-gigawatt computing
   * cluster that …") (judge/figureFacts.ts measuredHead): of these `kinds`, hyphenated or after a `determiners` word;
   * the noun is the last of the lower-case words after it, up to a `stops` word or punctuation.
   */
  measureHead: { kinds: string[]; determiners: string[]; stops: string[] };
  /** Words before a name that set it apart from what a figure is about ("capex outside Stargate"), as whole words (extract/subjects.ts). */
  excludedBefore: string[];
  /**
   * A figure a source says is not so: "denied a report that …", "dismissed speculation that …", "Reports that … are
   * inaccurate" (`untrue`); a correction's misstated figure written after the words (`misstated`: "misstated the
   * campus's cost as \$12 billion").
   */
  denied: { verbs: string[]; what: string[]; untrue: string[]; misstated: string[] };
  /** A wording a report line quotes as one not to use: words before the opening mark (judge/avoidedWording.ts). */
  avoidedWording: { before: string[] };
  /**
   * Who speaks (extract/quotes.ts): verbs of saying next to a quotation ("said", "warned"; "told" with whom, "said
   * that" are code), tried in this order; past tenses not ending in -ed, as a sentence's verb after its subject;
   * stances a speaker is said to take before a colon opens the words ("was more cautious: “…”").
   */
  speech: { verbs: string[]; irregularPast: string[]; stances: string[] };
}

export const koWords = koData as unknown as KoreanWords;
export const enWords = enData as unknown as EnglishWords;

/** English month names in calendar order, capitalized ("January"), as a report writes them. */
export const monthNames: string[] = Object.keys(enWords.months)
  .slice(0, 12)
  .map((m) => m[0].toUpperCase() + m.slice(1));
