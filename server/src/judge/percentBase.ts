// What a percentage is a share of, as its own words say (percentFrame): the part ("수출 비중은 41%", "exports were 41%
// of sales", "The contract is equal to 65 percent of …") and the base ("매출 1,230억 원의 65%", "매출액 대비 5%", "65% of
// its 2025 revenue"). Two percentages whose words name different parts or bases are shares of different things: one
// neither vouches for nor refutes the other (ofAnotherBase).
import { concept, termsIn } from '../domain/lexicon';
import type { Lang } from '../types';
import type { Entry } from './figureIndex';

export interface PercentFrame {
  /** What the percentage measures, the share's numerator: a word's concept ids, else its stem. */
  part?: string[];
  /** What it is a percentage of, the denominator. */
  base?: string[];
  lang: Lang;
}

/** A word as compared: the lexicon's concepts it names (revenue for 매출, 매출액, sales, revenue), else its stem. */
/** A word naming whose share it is, not what of: a company, person or country ("40% of the venture"). */
const WHOSE = new Set(['org', 'person', 'country']);
function idsOf(word: string, lang: Lang): string[] | undefined {
  // (a deal's amount by any of its names, an order, a contract, an agreement, is one part: "The contract amount" /
  // "The order"; 수주액 / 계약금액)
  if (DEAL.test(word)) return ['deal'];
  const hits = [...new Set(termsIn(word, lang).map((h) => h.id))];
  if (hits.some((id) => id === 'company' || WHOSE.has(concept(id)?.type ?? ''))) return undefined;
  if (hits.includes('order')) return ['deal'];
  if (hits.length) return hits;
  return [lang === 'en' ? 'en:' + word.toLowerCase().replace(/(?:['’]s|s)$/, '') : 'ko:' + word];
}
/** Words of a deal: its amount is one part whichever names it. */
const DEAL = /^(?:contracts?|deals?|agreements?|awards?|orders?|계약.*|수주.*|발주.*|주문.*)$/iu;
/** Words of an amount that say nothing of what it is of: "the contract amount", "its total value". */
const EN_GENERIC = /^(?:amount|value|sum|figure|size|worth)s?$/i;

/** A Korean word that names an amount of something by its ending: 수주액, 수출량, 점유율. */
const KO_MEASURE_WORD = /(?:액|량|률|율)$/u;
/** Whether a word names one of the lexicon's measures (수주, 매출, revenue). */
const measureOf = (word: string, lang: Lang) => termsIn(word, lang).some((h) => concept(h.id)?.type === 'measure');
/** An amount or year between a Korean base and its 의: "매출 1,230억 원의", "2025년". */
const KO_AMOUNT =
  /(?:\s*[\d.,]+\s*(?:조|억|만|천)?\s*(?:[\d.,]+\s*(?:억|만|천))?\s*(?:원|달러|엔|유로|위안|명|대|년)?)+\s*$/u;
/** Words before a share that say what it is of: 비중, 비율, 점유율. */
const KO_SHARE =
  /([\p{Script=Hangul}]+)\s*(?:비중|비율|점유율)(?:은|는|이|가|을|를)?\s*(?:[\p{Script=Hangul}]+(?:은|는|이|가)\s*)?$/u;

function koFrame(before: string): PercentFrame {
  const f: PercentFrame = { lang: 'ko' };
  const share = KO_SHARE.exec(before);
  if (share) f.part = idsOf(share[1], 'ko');
  // "X의 N%", "X 대비 N%": X, past the amount and year written after it, is the base
  const of = /^(.*?[\p{Script=Hangul}])(?:의|\s*대비)\s*$/u.exec(before);
  if (of) {
    const head = of[1].replace(KO_AMOUNT, '');
    const w = /([\p{Script=Hangul}]+)$/u.exec(head);
    if (w && !/^(?:전체|총|그|이|회사|동사|당사)$/u.test(w[1])) f.base = idsOf(w[1], 'ko');
    // …and the clause's topic, the first word marked 은/는/이/가 after the last comma, is its part ("수주액은 …의 65%")
    if (!f.part) {
      const clause = head.slice(head.lastIndexOf(',') + 1);
      const topic = /(?:^|\s)([\p{Script=Hangul}]{2,})(?:은|는|이|가)\s/u.exec(clause);
      // (a measure's word, "수주액", "수출액", not a company's name: "삼성전자는 매출의 20%를" says whose, not what)
      if (topic && (KO_MEASURE_WORD.test(topic[1]) || measureOf(topic[1], 'ko'))) f.part = idsOf(topic[1], 'ko');
    }
  }
  return f;
}

/** Words before an English base that do not name it: determiners, possessives, years, plain adjectives of time. */
const EN_SKIP =
  /^(?:the|its|their|his|her|our|a|an|this|that|total|annual|yearly|fiscal|full-year|full|year|last|next|previous|current|overall|combined|group|company|firm)$/i;
/** A word that ends an English base's noun phrase: a preposition, a conjunction, a verb of being. */
const EN_STOP =
  /^(?:of|in|at|by|for|from|to|on|with|as|than|and|or|is|was|are|were|will|would|has|had|have|that|which)$/i;
/** A verb that makes its subject the part of a percentage of something ("exports were 41% of sales"). */
const EN_PART_VERB =
  /((?:[A-Za-z][A-Za-z'’-]*\s+){0,2}[A-Za-z][A-Za-z-]+)\s+(?:(?:is|was|are|were)\s+(?:equal\s+to|equivalent\s+to)|equals?|equaled|accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|represented|represents?|amounted\s+to|amounts?\s+to|came\s+to|comes?\s+to|is|was|are|were)\s+(?:(?:about|roughly|nearly|some|around|almost|over|more\s+than|less\s+than|just|only|approximately)\s+)*$/i;
/** "the export share (of …) was", "its revenue share at": the word before share is the part. */
const EN_SHARE =
  /([A-Za-z][A-Za-z-]+)\s+share\s+(?:(?:was|is|were|stood\s+at|rose\s+to|fell\s+to|reached|climbed\s+to|of|at)\s+)?(?:(?:about|roughly|nearly|some|around|almost|over|just)\s+)*$/i;

function enFrame(before: string, after: string): PercentFrame {
  const f: PercentFrame = { lang: 'en' };
  const of = /^\s*of\s+([^,.;:()]{1,80})/i.exec(after);
  if (of) {
    // (every word of the noun phrase, up to a preposition: "of Brazil's data center capacity" is of capacity as "of the
    // country's capacity" is; a company's word in it makes it whose share, no reading)
    const words: string[] = [];
    for (const raw of of[1].split(/\s+/)) {
      const w = raw.replace(/[^A-Za-z'’-]/g, '');
      if (EN_STOP.test(w)) break;
      // (a pronoun's base is the sentence before's: "the contract covers 70% of it" says nothing here)
      if (/^(?:it|them|this|that|these|those|which)$/i.test(w)) return f;
      if (!w || /\d/.test(raw) || EN_SKIP.test(w) || /['’]s?$/.test(w) || !/^[a-z]/.test(w)) continue;
      const ids = idsOf(w.toLowerCase(), 'en');
      if (!ids) return f;
      words.push(...ids);
    }
    if (words.length) f.base = words;
  }
  const share = EN_SHARE.exec(before);
  if (share && !EN_SKIP.test(share[1])) f.part = idsOf(share[1].toLowerCase(), 'en');
  else if (f.base) {
    // (the subject's noun phrase, its generic words aside: "The contract amount accounts for" is the contract's)
    const verb = EN_PART_VERB.exec(before);
    const words = verb ? verb[1].split(/\s+/) : [];
    if (words.length && !/^(?:it|this|that|which|they|he|she|there)$/i.test(words[words.length - 1])) {
      const ids: string[] = [];
      for (const w of words) {
        if (EN_SKIP.test(w) || EN_GENERIC.test(w) || /['’]s?$/.test(w) || !/^[A-Za-z]/.test(w)) continue;
        const got = idsOf(w.toLowerCase(), 'en');
        if (got) ids.push(...got);
      }
      if (ids.length) f.part = ids;
    }
  }
  return f;
}

/** What a percentage at [at, end) of `text` is a share of, as far as the words beside it say. */
export function percentFrame(text: string, at: number, end: number, lang: Lang): PercentFrame {
  const before = text.slice(Math.max(0, at - 80), at);
  return lang === 'ko' ? koFrame(before) : enFrame(before, text.slice(end, end + 100));
}

/** Whether two readings of a slot name different things (undefined when either is unknown or they cannot be compared). */
function differ(a: string[] | undefined, b: string[] | undefined): boolean | undefined {
  if (!a || !b) return undefined;
  if (a.some((x) => b.includes(x))) return false;
  // a stem of one language says nothing of a stem of the other ("ko:수출" / "en:export"); a stem the lexicon found no
  // concept in is not that concept's word, in its own language
  const rawOf = (xs: string[]) => (xs.every((x) => /^(?:ko|en):/.test(x)) ? xs[0].slice(0, 2) : undefined);
  const ra = rawOf(a),
    rb = rawOf(b);
  return !(ra && rb && ra !== rb);
}

/**
 * Whether two percentages are shares of different things, as their own words say: different parts (exports / an
 * order) or different bases (revenue / capacity). A part only one of them names says nothing: the other's may be left
 * to the sentence around it ("put the order at 22.34% of its 2025 revenue", ", about 65 percent of its 2025 revenue"
 * after the contract), and is often the same.
 */
export function ofAnotherBase(a: PercentFrame, b: PercentFrame): boolean {
  return !!(differ(a.part, b.part) || differ(a.base, b.base));
}

const frames = new WeakMap<Entry, PercentFrame>();
/** percentFrame of a source entry's percentage, read from its sentence once. */
export function entryFrame(e: Entry): PercentFrame {
  let f = frames.get(e);
  if (!f) {
    const sent = e.src.sentences[e.fig.sentence];
    f = sent ? percentFrame(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, sent.lang) : { lang: 'en' };
    frames.set(e, f);
  }
  return f;
}
