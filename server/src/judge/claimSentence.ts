// What the judging reads of a report sentence whatever its figure, worked out once per sentence: whether it
// speaks of an amount each member gets (distributive), who acts in it (its actor), its figures by kind and unit.
import { concept, findTerms } from '../domain/lexicon';
import { clauses } from '../extract/subjects';
import type { Figure, Lang, RawFigure, Span } from '../types';
import { enWords, koWords } from '../domain/language';
import { everydayPairs } from '../domain/vocab';
import { alternation, escapeRe } from '../text/text';
import { writesLatinName } from '../text/translit';
import { koNameLike } from './carriedOwner';
import { DISTRIBUTIVE, KO_ACTOR, sentenceCountries, ventures } from './figureFacts';
import type { Entry, Index } from './figureIndex';
import { sheetRowLine } from '../corpus/sheetRows';

/** How many rows either way of a fact sheet's row namesActor reads for the actor's name. */
const SHEET_REACH = 12;

// (defined beside the source figures' facts, which read it too)
export { DISTRIBUTIVE };

/**
 * What judging reads of a claim's sentence whatever the figure: worked out once for all the figures a sentence
 * states (thousands in a pathological table row), keyed by the array of them check.ts hands every figure.
 */
export interface SentenceFacts {
  idx: Index;
  distributive: boolean;
  actor: Actor | undefined;
  /** The sentence's figures by kind and unit. */
  groups: Map<string, RawFigure[]>;
  /** By kind and unit: how many different texts the group's figures have (another than the claim's when 2 or more). */
  distinct: Map<string, number>;
  /** By kind, unit and sig: the texts of the group's figures that agree with an entry of that sig. */
  agreeing: Map<string, Set<string>>;
  /** The sentence's clauses, and the places it names (scope.ts), when first asked. */
  clauses?: Span[];
  places?: string[];
  /** judge/figures.ts's readings of the whole sentence, when first asked (once a sentence, not once a figure: a
   *  100,000-character line of figures read them quadratically): its Korean site names. */
  koSites?: string[];
  /** The answers of tests of the whole sentence's text (sentenceSays), by test, when first asked. */
  says: Map<RegExp | ((text: string) => boolean), boolean>;
  /** The sentence's powers whose clause makes them a phase's size (judge/figures.ts claimPhaseSizes), when first asked:
   *  once a sentence, not once a figure (every figure of a 100,000-character line read every power's clause). */
  phaseSizes?: RawFigure[];
}
/**
 * Whether the claim sentence's whole text (`text`, the sentence `sf` is of) passes `test` (a regex without the g or y
 * flag, or a function of the text alone): worked out once a sentence, not once for each of its figures (a
 * 100,000-character line of 5,000 figures read its whole text 5,000 times for each such test: quadratic).
 */
export function sentenceSays(sf: SentenceFacts, test: RegExp | ((text: string) => boolean), text: string): boolean {
  let r = sf.says.get(test);
  if (r === undefined) sf.says.set(test, (r = typeof test === 'function' ? test(text) : test.test(text)));
  return r;
}
/**
 * The group a figure of a claim sentence is in, by kind and unit: counts of people and of jobs are one (the people a
 * project employs are its jobs: "8,000 … and 9,000 …; permanent jobs stay at 1,200" states 1,200 as a source's "상시 고용
 * 1천2백 명" does).
 */
export function groupKey(kind: string, unit: string): string {
  return kind === 'count' && unit === 'jobs' ? 'count|people' : `${kind}|${unit}`;
}

// Shared by every engine: keyed by the figures of one report sentence in one check, and checked against the
// corpus index it was worked out with.
const sentenceFacts = new WeakMap<readonly RawFigure[], SentenceFacts>();
export function sentenceFactsOf(
  f: Figure & { sentenceText?: string; sentenceFigures?: readonly RawFigure[] },
  idx: Index,
): SentenceFacts {
  const key = f.sentenceFigures;
  const known = key && sentenceFacts.get(key);
  if (known && known.idx === idx) return known;
  const groups = new Map<string, RawFigure[]>();
  for (const g of key ?? []) {
    const k = groupKey(g.kind, g.unit);
    const l = groups.get(k);
    if (l) l.push(g);
    else groups.set(k, [g]);
  }
  const distinct = new Map<string, number>();
  for (const [k, l] of groups) distinct.set(k, new Set(l.map((g) => g.text)).size);
  const facts: SentenceFacts = {
    idx,
    distributive: DISTRIBUTIVE.test(f.sentenceText ?? ''),
    actor: actorOf(f),
    groups,
    distinct,
    agreeing: new Map(),
    says: new Map(),
    clauses: f.sentenceText !== undefined ? clauses(f.sentenceText) : undefined,
  };
  if (key) sentenceFacts.set(key, facts);
  return facts;
}

/**
 * Who does what the claim's figure states, when its sentence opens by naming it: the topic or subject of a Korean
 * sentence ("UAE는", "MGX가", "소프트뱅크는") or the proper name that opens an English one ("Nvidia will ship …",
 * "The UAE will invest …"). A company or country the lexicon knows is its concept; another name is its spelling,
 * looked for in source sentences of the claim's language (another language may spell it otherwise). People are
 * left out: "트럼프는 …라고 했다" names who said it, not who does it.
 */
interface Actor {
  id?: string;
  text: string;
  lang: Lang;
}
function actorOf(f: Figure & { sentenceText?: string; actorContext?: () => string | undefined }): Actor | undefined {
  const text = f.sentenceText;
  if (!text) return undefined;
  const m = ACTOR[f.lang].exec(text) ?? (f.lang === 'ko' ? KO_ACTOR_OF.exec(text) : null);
  // A Korean sentence that opens on an amount of the sentence before as its topic ("1,000억 원은 지난해 매출 …의 약
  // 61%") goes on about that sentence's actor ("동해파워모듈(포항)은 … 모두 1,000억 원어치의 …를 공급한다"), its place
  // or other aside in brackets after the name.
  if (!m && f.lang === 'ko') {
    const before = f.actorContext?.();
    const name = before !== undefined ? KO_ACTOR_ASIDE.exec(before)?.[1] : undefined;
    return name ? actorNamed(name, f.lang, before!) : undefined;
  }
  return actorNamed(m?.[1], f.lang, text);
}
/** A Korean opening word that ends in the particle of time or place (에, 에서): "8월에", "현지에서". */
const KO_SCENE = /[\uac00-\ud7a3](?:에|에서)$/;
/** A Korean opening word that is a date or period: "8월", "2027년", "3분기", "하반기". */
const KO_WHEN = /^(?:\d+(?:년|월|일|분기|반기)|[상하]반기)/;
/** A Korean name opening its sentence before a bracketed aside and its particle ("동해파워모듈(포항)은", "형산강관은"). */
const KO_ACTOR_ASIDE = /^[\s\-*+>]*([\uac00-\ud7a3A-Za-z0-9]{2,}?)(?:\([^()]{1,20}\))?(?:은|는|이|가)\s/;
/**
 * The actor a 개조식 sub-item's parent item is labelled with (`label`, its text: "□ 미래온에너지(아산): 불가리아 마리차
 * 캠퍼스 ESS"), as an actor opening a sentence is read.
 */
export function itemLabelActor(label: string, lang: Lang): Actor | undefined {
  return actorNamed(KO_ITEM_LABEL.exec(label)?.[1], lang, label);
}
/** A parent 개조식 item's label: the name opening it before a bracketed aside and a colon ("□ 미래온에너지(아산): …"). */
const KO_ITEM_LABEL = /^\s*(?:[□■◆◇▣○ㅇ◦❍∘\-·‧•]\s+)?([\uac00-\ud7a3A-Za-z0-9]{2,}?)(?:\([^()]{1,20}\))?\s*:\s/u;
/** The actor a name opening `text` is, when it is one (actorOf). */
function actorNamed(name: string | undefined, lang: Lang, text: string): Actor | undefined {
  // One Hangul syllable before a particle is a pronoun or a word cut short ("그는", "이는").
  if (!name || NOT_ACTOR.has(name) || (lang === 'ko' && name.length < 2)) return undefined;
  // A time or place with its particle of time and place before the topic's 는 ("8월에는 …을 추가 수주했다", "현지에서는",
  // "2027년은") sets the scene, and the doer goes unsaid: no actor.
  if (lang === 'ko' && (KO_SCENE.test(name) || KO_WHEN.test(name))) return undefined;
  // A common word of the language opening an English sentence is what the sentence is about, no one who acts: "Cooling
  // will use up to 3,000 m³ a day …" is not refuted or vouched for only by sentences that write "cooling" (the
  // everyday vocabulary's words, as commonFirstOff reads them).
  if (lang === 'en' && !/\s/.test(name) && everydayPairs(name).length) return undefined;
  const hits = findTerms(name, lang);
  if (hits.length) {
    const c = concept(hits[0].id);
    if (c && (c.type === 'org' || c.type === 'country')) return { id: c.id, text: name, lang };
    // A capitalized name of several words that holds a common word of the lexicon ("Carolina Tidewater Power",
    // "Power" a topic) is still a name; a lexicon word alone is none.
    if (lang !== 'en' || !/\s/.test(name) || hits.some((h) => h.start === 0 && h.end === name.length)) return undefined;
  }
  // A Korean topic the lexicon does not know is a name or a common noun ("네이버는", "정부는"); either way a
  // sentence in Korean that does not write it is about something else. Not when the sentence reports speech:
  // "전문가들은 …라고 본다" names who judges, not who acts.
  if (lang === 'ko' && REPORTED.test(text)) return undefined;
  return { text: name, lang };
}
/**
 * A Korean sentence that reports what someone said, wrote or expects: a quoting ending, an optional space, a verb
 * of saying ("…라고 밝혔다", "…것으로 전망했다"; domain/ko.json `reported`).
 */
const REPORTED = new RegExp(
  `(?:${alternation(koWords.reported.endings)})\\s?(?:${alternation(koWords.reported.verbs)})`,
);
/** A name before a topic or subject particle opening the sentence: "UAE는", "MGX가", "소프트뱅크는". */
/**
 * "Nvidia will ship", "The UAE will invest", "MGX and G42 said": capitalized words opening the sentence before a
 * verb (domain/en.json `actor.verbs`).
 */
const EN_ACTOR = new RegExp(
  `^(?:The\\s+)?([A-Z][A-Za-z0-9&.-]*(?:\\s(?:[A-Z][A-Za-z0-9&.-]*|and|&))*?)\\s+(?:${alternation(enWords.actor.verbs)})\\b`,
);
const ACTOR: Record<Lang, RegExp> = { ko: KO_ACTOR, en: EN_ACTOR };
/**
 * A name opening a Korean sentence before what is its, with the topic particle on that ("서린써멀 계약은 …", "동해파워모듈의
 * 매출은 …"): the name is whose contract, order, revenue or plant the sentence states, as "서린써멀은" would be.
 */
const KO_ACTOR_OF =
  /^([\uac00-\ud7a3A-Za-z0-9]{2,}?)(?:의)?\s(?:계약|계약금액|계약액|수주|수주액|수주잔고|매출|매출액|영업이익|투자|투자액|공장|지분|물량)(?:은|는|이|가)\s/;
/** Openings that are no actor's name (domain/en.json and ko.json `actor.notNames`), as written. */
const NOT_ACTOR = new Set([...enWords.actor.notNames, ...koWords.actor.notNames]);

/** Whether a source figure's sentence names the claim's actor (its concept, or its spelling case aside). */
export function namesActor(e: Entry, actor: Actor): boolean {
  if (actor.id) {
    if (e.terms.weightOf(actor.id) !== undefined || (!!concept(actor.id)?.venture && ventures(e.src).has(actor.id)))
      return true;
    // A country acts through its government, which a paper of that country calls just "the government" (정부는):
    // a sentence naming no country may be about it; one naming only others (America's 5000억 달러) is not.
    if (concept(actor.id)?.type === 'country') {
      return !sentenceCountries(e).length;
    }
    return false;
  }
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return false;
  // A sentence in the other language may write the name in its own script ("Seoul" / 서울, 엔비디아): it cannot
  // be told not to name it — unless it opens on another name as the label of what it lists ("Cheonghae Marinetech
  // (Wando): the seawater intake and desalination package at Point Lisas, USD 18.4 million …"): its figures are that
  // name's, whatever its bracket adds of the name's seat, and a label that does not sound like the actor is another's
  // ("완도군은 … 취수 시설에 8억 5,000만 원을 지원하기로 했다" is the county's money, not a firm's contract).
  if (sent.lang !== actor.lang) return !labelledByAnother(sent.text, sent.lang, actor);
  if (writesName(sent.text, actor)) return true;
  // …or the sentence before it, whose topic it goes on with ("지분 구조를 공개했다. 오픈AI가 40%, … 25%를 갖는다." for
  // "지분은 오픈AI 40%, … 25%로 확정됐다").
  const prev = e.src.sentences[e.fig.sentence - 1];
  if (prev && prev.lang === actor.lang && writesName(prev.text, actor)) return true;
  // …or another row of the fact sheet it is a row of ("판매ㆍ공급지역 : 캐나다 매니토바주 셀커크" beside "매출액 대비(%) :
  // 18.61"): a sheet is about one thing, whichever of its rows names it (up to SHEET_REACH rows either way).
  if (sheetRowLine(sent.text.trim()))
    for (const step of [-1, 1])
      for (let k = e.fig.sentence + step, n = 0; n < SHEET_REACH; k += step, n++) {
        const row = e.src.sentences[k];
        if (!row || !sheetRowLine(row.text.trim())) break;
        if (row.lang === actor.lang && writesName(row.text, actor)) return true;
      }
  // An article whose headline or lead names it is about what it does, in sentences that go on without its name
  // ("Vantage Data Centers … today announced Lighthouse …" / "It is expected to create … about 1,000 long-term jobs").
  for (let i = 0; i < LEAD && i < e.src.sentences.length; i++) {
    const s = e.src.sentences[i];
    if (s.lang === actor.lang && writesName(s.text, actor)) return true;
  }
  return false;
}

/**
 * A name opening a sentence as the label of what follows, its bracketed aside and colon after it: "Cheonghae Marinetech
 * (Wando): …", "- Hyangsu Power Systems: …", "청해마린텍(완도): …". Capitalized words in English, one word in Korean.
 */
const EN_LABEL = /^[\s\-*+•·]*((?:[A-Z][\p{L}&'’.-]*)(?:\s+[A-Z][\p{L}&'’.-]*){0,3})\s*(?:\([^()]{1,40}\))?\s*:\s/u;
const KO_LABEL = /^[\s\-*+•·□ㅇ○]*([\uac00-\ud7a3A-Za-z0-9]{2,})\s*(?:\([^()]{1,40}\))?\s*:\s/u;

/**
 * Whether a sentence in the other language than the actor's opens on a name as its label (EN_LABEL, KO_LABEL) that
 * is not the actor's, by sound: no word of the label sounds like the actor's name (an administrative ending off: 완도군
 * is Wando). A common word opening a label ("Summary:", "Costs:", "요약:") is no name: undefined, and so no.
 */
function labelledByAnother(text: string, lang: Lang, actor: Actor): boolean {
  if (lang === 'en' && actor.lang === 'ko') {
    const label = EN_LABEL.exec(text)?.[1];
    if (!label) return false;
    const words = label.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
    if (!words[0] || everydayPairs(words[0]).length || findTerms(label, 'en').length) return false;
    const name = actor.text.replace(/(?:은|는|이|가)$/u, '');
    const names = [name, name.replace(/(?:군|시|도|구|청|읍|면)$/u, '')].filter((n) => n.length >= 2);
    return !words.some((w) => w.length >= 2 && names.some((n) => writesLatinName(n, w)));
  }
  if (lang === 'ko' && actor.lang === 'en') {
    const label = KO_LABEL.exec(text)?.[1];
    if (!label || !koNameLike(label)) return false;
    const words = actor.text.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
    return !words.some((w) => w.length >= 2 && writesLatinName(label, w));
  }
  return false;
}

/** The sentences of an article that are its headline, subhead and lead. */
const LEAD = 3;

/** An actor's name as writesName looks for it, worked out once per actor (it is asked for every candidate). */
const actorNames = new WeakMap<Actor, { lower: string; first?: RegExp }>();

function writesName(text: string, actor: Actor): boolean {
  let n = actorNames.get(actor);
  if (!n) {
    // A company of two or more words is named again by its first ("Related Digital expects" / "Related said").
    const first = /^([A-Z][A-Za-z0-9&.-]{2,})\s+[A-Z]/.exec(actor.text)?.[1];
    n = { lower: actor.text.toLowerCase(), first: first ? new RegExp(`\\b${escapeRe(first)}\\b`) : undefined };
    actorNames.set(actor, n);
  }
  return text.toLowerCase().includes(n.lower) || !!n.first?.test(text);
}
