// Whether a source figure may contradict a claim at all: the measure, companies, recipients, countries, topics,
// kind of area and event it must share with the claim's own clause (contradictionGate).
import { concept, measureIds, termsIn } from '../domain/lexicon';
import type { Figure, Source } from '../types';
import type { SubjectTerms } from '../extract/subjects';
import {
  areaMeasure,
  clauseCountries,
  clauseEntities,
  clauseEvents,
  entryArea,
  entryOwnMeasure,
  entrySaidOn,
  entryAsOf,
  sentenceCountries,
  sentenceEvents,
  ventures,
} from './figureFacts';
import type { Entry } from './figureIndex';

/**
 * What a source figure must share before it may contradict the claim: the measure the claim states (a
 * valuation, revenue or budget is not the investment the sources give), the company the money goes to, at least
 * half of the companies and people the claim's own clause names ("Microsoft will spend 800억 달러" is not
 * Stargate's 4000억달러), half of its topics (data centers, chips, jobs …), one of the countries it names, the
 * kind of area (land or floor); a date in a clause about press coverage is never contradicted, nor one of what was
 * said by the day it was said (`said`: the claim's own date is a day of saying).
 */
export function contradictionGate(claim: Figure, allEntities = false, said = false): (e: Entry) => boolean {
  const area = claim.kind === 'area' ? areaMeasure(claim, 1) : undefined;
  const measures: string[] = [],
    entities: string[] = [],
    recipients: string[] = [],
    countries: string[] = [],
    topics: string[] = [];
  for (let i = 0; i < claim.subject.size; i++) {
    if (claim.subject.weightAt(i) < 1) continue;
    const name = claim.subject.nameAt(i);
    if (name.startsWith('to:')) {
      recipients.push(name);
      continue;
    }
    // A named thing the lexicon does not know ("SoftBank's Vision Fund"): only a source naming it speaks of it.
    if (name.startsWith('named:')) {
      entities.push(name);
      continue;
    }
    const type = concept(name)?.type;
    if (type === 'country') countries.push(name);
    else if (type === 'topic') topics.push(name);
    else if (type === 'measure') measures.push(name);
    else if (type === 'org' || type === 'person') entities.push(name);
  }
  // A date in a clause about press coverage or publication ("covered it on Jan. 22", "Published: 24 Jan 2025") is
  // when something was published: a dateline may confirm it, no event date contradicts it.
  if (claim.kind === 'date' && (claim.subject.weightOf('press') ?? 0) >= 1) return () => false;
  // A source date of an event (announced, founded, left) contradicts only a claim about that event: Musk's
  // "2018년 … 떠난" says nothing of "capex for 2025", the announcement's 21일 nothing of the inauguration.
  // The day something was said ("…했다고 4일 밝혔다") is no day of what was said: it contradicts only a claim that gives
  // the day something was said (`said`: saidOn of the claim's own date).
  if (claim.kind === 'date') {
    const inner = contradictionGate({ ...claim, kind: 'count' } as Figure, true);
    const announced = (claim.subject.weightOf('announce') ?? 0) >= 1;
    return (entry) => {
      // (a claim of the day something was announced is one of the day it was told: "announced … on March 4")
      if (!said && !announced && entrySaidOn(entry)) return false;
      // (nor is the day figures are given as of, "수주 현황 (2026년 8월 기준)": it dates no event the figures report)
      if (entryAsOf(entry)) return false;
      const own = clauseEvents(entry);
      const events = own.length ? own : sentenceEvents(entry);
      // ...and, the other way round, it is refuted only by a day something was said or a day of an event the claim
      // names: a source date of no event the lexicon knows is the day of what the source reports ("has on 21 April
      // 2026 entered into a power purchase agreement" is no day the company "told the market").
      if (said && !events.length && !entrySaidOn(entry)) return false;
      return (!events.length || events.some((e) => (claim.subject.weightOf(e) ?? 0) >= 1)) && inner(entry);
    };
  }
  // A line's money that names no measure is an investment, what this corpus measures by default: a source amount
  // whose own clause names another measure and not that one (a loan, an order, revenue: "was granted a \$5 billion
  // construction loan") measures that other thing.
  const byDefault = claim.kind === 'money' && !measures.length;
  if (
    !byDefault &&
    !measures.length &&
    !entities.length &&
    !recipients.length &&
    !area &&
    !countries.length &&
    !topics.length
  )
    return () => true;
  return (entry) => {
    // The entry's subject as read in place (Entry.terms: no Subject built), its figure read from the source only when
    // needed (corpus/lazySource.ts).
    const src = entry.src;
    // Korea's 65조 원 is not refuted by America's 700조원: a source naming only other countries is about them.
    if (countries.length) {
      const own = clauseCountries(entry);
      const theirs = own.length ? own : sentenceCountries(entry);
      if (theirs.length && !theirs.some((c) => countries.includes(c))) return false;
      // A country as the actor ("Korea will invest …") is not the companies or people a source's clause is about.
      if (!theirs.length && !entities.length && clauseEntities(entry).length) return false;
    }
    // "1 trillion won on AI chips" is not the 65조 원 of a sentence that says nothing of chips. A sentence that names no
    // topic at all speaks of what its article's headline names ("Stargate's Jordan Campus Will Run on Sun and Sip
    // Water" over "The first 100 megawatts are scheduled to go live in the second half of 2028": the campus's).
    if (topics.length) {
      const named = topicsOf(entry.terms);
      const theirs = named.length ? named : headlineTopics(src);
      if (topics.filter((t) => theirs.includes(t)).length * 2 < topics.length) return false;
    }
    // The acreage of a site is not the floor area of the building on it ("875 acres" vs "9만3000㎡ 규모로 짓고").
    if (area) {
      const other = entryArea(entry);
      if (other && other !== area) return false;
    }
    if (measures.length || byDefault) {
      // (the claim's measures, or investment for its money that names none; the measures the source figure's clause names)
      const want = measures.length ? measures : INVEST;
      const inClause = measureIds.filter((m) => (entry.terms.weightOf(m) ?? 0) >= 1);
      // Of a clause naming two measures or more ("이번 수주에 대응해 구미 공장에 850억 원을 투자해"), the figure measures
      // the one a word right beside it names.
      if (inClause.length >= 2) {
        const own = entryOwnMeasure(entry);
        if (own && !want.includes(own)) return false;
      }
      // A source figure whose own clause names another measure and none of the claim's, those only around it ("창원
      // 제3공장 투자는 1,650억 원으로 늘었고" after a sentence of orders; "a \$5 billion construction loan" for a line's
      // money naming none), measures that other thing.
      if (!inClause.some((m) => want.includes(m)) && inClause.some((m) => !want.includes(m))) return false;
    }
    // Investment is what this corpus measures by default: a source figure with no measure word counts as one.
    if (measures.length && !measures.some((m) => entry.terms.weightOf(m) !== undefined)) {
      if (measures.some((m) => m !== 'invest') || measureIds.some((m) => entry.terms.weightOf(m) !== undefined))
        return false;
    }
    // Money that goes to OpenAI is not the money OpenAI and its partners put into Stargate. Things counted that go to
    // OpenAI are those a source's clause gives to OpenAI's project, to no one else ("오픈AI에 D램 웨이퍼를 … 공급한다" /
    // "오픈AI의 스타게이트 프로젝트에 … 웨이퍼를 … 공급한다").
    if (
      recipients.length &&
      !recipients.some(
        (r) =>
          entry.terms.weightOf(r) !== undefined ||
          (claim.kind === 'count' && !hasRecipient(entry.terms) && (entry.terms.weightOf(r.slice(3)) ?? 0) >= 1),
      )
    )
      return false;
    // An article about the venture speaks of it in every sentence, named there or not.
    const present = entities.filter(
      (x) => entry.terms.weightOf(x) !== undefined || (concept(x)?.venture && ventures(src).has(x)),
    ).length;
    // A date is of an event, and the event is everyone's the clause names: "Son founded SoftBank in 1981" is not
    // Rapidus's 2022, which SoftBank had a part in.
    return allEntities ? present === entities.length : present * 2 >= entities.length;
  };
}

/** The topics (lexicon type topic) a subject names. */
function topicsOf(subject: SubjectTerms): string[] {
  const out: string[] = [];
  for (let i = 0; i < subject.size; i++) {
    const name = subject.nameAt(i);
    if (concept(name)?.type === 'topic') out.push(name);
  }
  return out;
}

// Shared by every engine: a memo of a pure function of one source object.
const headlineTopicsOf = new WeakMap<Source, string[]>();
/** The topics an article's headline names. */
function headlineTopics(src: Source): string[] {
  let t = headlineTopicsOf.get(src);
  if (!t) {
    const title = src.meta.title ?? '';
    const lang = /[\uac00-\ud7a3]/.test(title) ? 'ko' : 'en';
    t = [...new Set(termsIn(title, lang).map((h) => h.id))].filter((id) => concept(id)?.type === 'topic');
    headlineTopicsOf.set(src, t);
  }
  return t;
}

/** What a line's money measures when it names no measure. */
const INVEST: readonly string[] = ['invest'];

/** Whether a figure's subject names anyone something goes to. */
function hasRecipient(subject: SubjectTerms): boolean {
  for (let i = 0; i < subject.size; i++) if (subject.nameAt(i).startsWith('to:')) return true;
  return false;
}
