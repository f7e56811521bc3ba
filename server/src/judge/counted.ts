// What a count counts, beyond its noun: the words that narrow the noun ("2,500 union construction jobs", "about 450
// permanent jobs", "건설 일자리 2500개", "상시 일자리 450개"). Two counts of jobs whose narrowing words have nothing in
// common count different jobs: the one neither supports nor refutes the other (the construction jobs of a site are
// not its permanent jobs). A count with no narrowing word is of the noun in general and stays comparable with both.
import { concept, termsIn, wordTerm } from '../domain/lexicon';
import { enWords, koWords } from '../domain/language';
import { soundAlike } from '../text/translit';
import { vocabLinked } from '../domain/vocab';
import { quotedBreaks } from '../text/sentences';
import { NUMBER_WORD } from '../extract/subjects';
import type { Lang, Span } from '../types';

/** Words in a counted phrase that are the number, not what narrows the noun: digits, or a number word. */
const isNumberWord = (w: string) => /^[\d.,]+$/.test(w) || NUMBER_WORD.test(w);

/** Words that say how many or how new, not which: "100,000 new jobs" counts jobs as "100,000 jobs" does. */
const NOT_NARROWING = new Set([
  'en:new',
  'en:more',
  'en:additional',
  'en:extra',
  'en:further',
  'en:other',
  'en:total',
  'en:some',
  'en:such',
  'en:about',
  'ko:신규',
  'ko:새',
  'ko:추가',
  'ko:총',
]);

/**
 * The narrowing words of a count, as terms (a lexicon concept's id, else the word's content term): the words
 * between an English number and its noun ("union construction"), or the bare words right before a Korean noun
 * that stands before its number ("건설" in "건설 일자리 2500개"). `sentence` and `at` (the figure's offset in it)
 * are only read for Korean.
 */
export function narrowingTerms(
  fig: { text: string; noun?: string; kind: string; unit?: string; lang: Lang },
  sentence: string | undefined,
  at: number,
  /**
   * The sentence's figures, as spans in it ordered by start (the count's own among them or not): where the count's own
   * stretch ends (countPhase). Only counts of people and jobs read them.
   */
  others: readonly Span[] = [],
): string[] {
  if (fig.kind !== 'count' || !fig.noun) return [];
  const out = narrowingWords(fig, sentence, at);
  // The stage of the project the people or jobs are of, as one term of both languages (countPhase).
  const phase =
    sentence !== undefined && PHASED.has(fig.unit ?? '')
      ? countPhase(sentence, at, at + fig.text.length, fig.lang, neighbours(others, at, at + fig.text.length))
      : undefined;
  if (phase) out.push(phase);
  return out;
}

/**
 * Figures of a kind this close ("4기에서 3기로", "from \$100 billion to as much as \$500 billion") form a run (figureIndex.ts
 * ordinals; runNarrowingTerms, two counts of a unit).
 */
export const RUN_GAP = 20;

/**
 * narrowingTerms of a report line's count, with the stage of the count right before it in its run when its own stretch
 * says none: a line that gives two values of one count, a level before and after ("건설 인력 추정도 1,600명에서
 * 2,100명으로") or one source's and another's ("공사 인원은 LDI 공시로는 2,200명이지만 장관은 3,000명을 말해"), writes the
 * stage once, before the first; the second counts the same people. (Only the run's next count of the same unit, with no
 * stage of its own: "1,200 construction workers and 300 once it is running" says its own.) `others`: the sentence's
 * figures, ordered by start.
 */
export function runNarrowingTerms(
  fig: { text: string; noun?: string; kind: string; unit?: string; lang: Lang },
  sentence: string | undefined,
  at: number,
  others: readonly (Span & { text: string; noun?: string; kind: string; unit?: string })[] = [],
): string[] {
  const own = narrowingTerms(fig, sentence, at, others);
  if (sentence === undefined || fig.kind !== 'count' || !PHASED.has(fig.unit ?? '') || own.some(isStage)) return own;
  let prev: (typeof others)[number] | undefined;
  for (const g of others) if (g.end <= at && (!prev || g.end > prev.end)) prev = g;
  if (!prev || prev.kind !== fig.kind || prev.unit !== fig.unit || at - prev.end > RUN_GAP) return own;
  const stage = narrowingTerms({ ...prev, lang: fig.lang }, sentence, prev.start, others).find(isStage);
  return stage ? [...own, stage] : own;
}

/** narrowingTerms without the project's stage: the words that narrow the noun, as terms. */
function narrowingWords(
  fig: { text: string; noun?: string; kind: string; unit?: string; lang: Lang },
  sentence: string | undefined,
  at: number,
): string[] {
  if (!fig.noun) return [];
  const words: string[] = [];
  if (/^[A-Za-z]/.test(fig.noun) && fig.text.endsWith(fig.noun)) {
    const inner = fig.text.slice(0, fig.text.length - fig.noun.length).split(/[\s\u00a0]+/);
    for (const w of inner) if (w && !isNumberWord(w) && /\p{L}/u.test(w)) words.push(w.replace(/^-+|-+$/g, ''));
  } else if (sentence !== undefined && /^[\uac00-\ud7a3]/.test(fig.noun)) {
    // "건설 일자리 2500개", "엔비디아 GB300 칩 약 40만 개": the noun within a few words before the number.
    // punctuation ends the phrase as a space does (a headline's …"건설 일자리 2500개")
    const before = sentence
      .slice(Math.max(0, at - 40), at)
      .split(/(\s+|[^\p{L}\p{N}\s-]+)/u)
      .filter((w) => w && !/^\s+$/.test(w));
    let k = before.length - 1;
    while (k >= 0 && !before[k].startsWith(fig.noun)) k--;
    if (k < 0 || before.length - 1 - k > 2) return [];
    for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
      const w = before[j];
      // a word with a particle or an ending ("단계에서만", "이번"), punctuation or another figure ends the phrase
      if (!/^[\p{L}][\p{L}\p{N}-]*$/u.test(w)) break;
      const t = wordTerm(w);
      if (!t || (t.startsWith('ko:') && t.slice(3) !== w)) break;
      words.unshift(w);
    }
  }
  const out: string[] = [];
  const add = (t: string | null | undefined) => {
    if (t && !NOT_NARROWING.has(t) && !out.includes(t)) out.push(t);
  };
  // A concept of several words is one term ("data center buildings": the concept 데이터센터 is, not "data" and
  // "center"): the words are read as a phrase, and each word a concept covers whole is that concept.
  const phrase = words.join(' ');
  const hits = termsIn(phrase, /[\uac00-\ud7a3]/.test(phrase) ? 'ko' : 'en').filter((h) => concept(h.id));
  let pos = 0;
  for (const w of words) {
    const start = pos,
      end = pos + w.length;
    pos = end + 1;
    const hit = hits.find((h) => h.start <= start && h.end >= end);
    add(hit ? hit.id : wordTerm(w));
  }
  return out;
}

/**
 * Whether two counts' narrowing words say they count different things: both have some, none is shared, and they can
 * be compared: words of the two languages that no sound links ("건설" and "construction", "상시" and "permanent")
 * cannot be told apart or alike (countedUncertain).
 */
export function countedApart(a: readonly string[], b: readonly string[]): boolean {
  // Two stages of a project, in whichever language: the construction workforce is not the staff once it runs.
  const pa = a.find(isStage),
    pb = b.find(isStage);
  if (pa && pb && pa !== pb) return true;
  // The words, the stage aside: the same stage does not make "300 full-time engineering jobs" the "1,500 permanent
  // jobs" of the same project.
  const wa = a.filter((t) => !isStage(t)),
    wb = b.filter((t) => !isStage(t));
  if (!wa.length || !wb.length) return false;
  for (const x of wa) for (const y of wb) if (sameTerm(x, y)) return false;
  return !acrossScripts(wa, wb);
}

/**
 * Whether two counts' narrowing words are of the two languages and share nothing that links them: what each counts
 * is not known to be the other's, nor known to differ. Such a count may vouch for the same value, never refute another.
 */
export function countedUncertain(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && acrossScripts(a, b) && !countedAlike(a, b);
}

/** Narrowing words in Korean on one side and in English on the other (lexicon concepts are of both). */
function acrossScripts(a: readonly string[], b: readonly string[]): boolean {
  const words = (l: readonly string[], lang: string) => l.some((t) => t.startsWith(lang));
  return (words(a, 'ko:') && words(b, 'en:')) || (words(a, 'en:') && words(b, 'ko:'));
}

/** Whether two counts are narrowed alike: both have narrowing words and share one ("permanent jobs" twice). */
export function countedAlike(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  for (const x of a) for (const y of b) if (sameTerm(x, y)) return true;
  return false;
}

function sameTerm(x: string, y: string): boolean {
  if (x === y) return true;
  // a model code or a name written in Latin letters inside Korean ("GB300") is the same word
  const bare = (t: string) => t.replace(/^(?:ko|en):/, '').toLowerCase();
  if (bare(x) === bare(y)) return true;
  const kx = x.startsWith('ko:'),
    ky = y.startsWith('ko:');
  if (kx === ky) return false;
  const [ko, en] = kx ? [bare(x), bare(y)] : [bare(y), bare(x)];
  // Ordinary words the domain vocabulary pairs (임시/temporary, 장기/long-term) say the same thing.
  return soundAlike(ko, en) || vocabLinked(x, y);
}

/**
 * The figures right before and right after [at, end) of spans ordered by start, found by bisection: a pathological
 * sentence of thousands of counts stays n log n.
 */
function neighbours(spans: readonly Span[], at: number, end: number): Span[] {
  let lo = 0,
    hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let k = lo - 1; k >= 0; k--)
    if (spans[k].end <= at) {
      out.push(spans[k]);
      break;
    }
  for (let k = lo; k < spans.length; k++)
    if (spans[k].start >= end) {
      out.push(spans[k]);
      break;
    }
  return out;
}

/** Units whose counts have a project stage: people and jobs. */
const PHASED = new Set(['people', 'jobs']);
/** Whether a narrowing term is a project's stage (countPhase). */
export const isStage = (t: string) => t.startsWith('phase:');

const phaseRegex = (l: readonly string[]) => new RegExp(l.map((x) => `(?:${x})`).join('|'), 'gi');
const PHASE_RE = {
  en: {
    construction: phaseRegex(enWords.countPhase.construction),
    operation: phaseRegex(enWords.countPhase.operation),
  },
  ko: {
    construction: phaseRegex(koWords.countPhase.construction),
    operation: phaseRegex(koWords.countPhase.operation),
  },
};
/** How far either side of a count its stage is read. */
const PHASE_REACH = 80;
/**
 * Where a count's own stretch of its sentence ends, besides the sentence's other figures: a clause joined by a
 * conjunction or a semicolon (in Korean a comma too, whose clauses it joins: "투입되고, 준공 후에는").
 */
const PHASE_BREAK_EN = /;|\s(?:and|but|while|whereas|plus)\s/gi;
const PHASE_BREAK_KO = /[;,]/g;

/**
 * The stage of a project a count of people or jobs is of, read in the count's own stretch of its sentence (from the
 * figure or clause break before it to the one after it): 'phase:construction' ("2,400 tradespeople at the height of
 * construction", "공사 기간에는 하루 최대 1500명") or 'phase:operation' ("about 260 full-time positions", "about 300 once
 * it is operating", "준공 후에는 상시 근로자 180명"); undefined when neither is said. The word nearest the count decides;
 * where both stages match at one place ("after construction"), the operation's reading wins. `others`: the sentence's
 * other figures, whose own words ("450 permanent jobs, on top of about 1,100 jobs …") are not this count's.
 */
export function countPhase(
  sentence: string,
  at: number,
  end: number,
  lang: Lang,
  others: readonly Span[] = [],
): string | undefined {
  const re = lang === 'ko' ? PHASE_RE.ko : PHASE_RE.en;
  const brk = lang === 'ko' ? PHASE_BREAK_KO : PHASE_BREAK_EN;
  let from = Math.max(0, at - PHASE_REACH),
    to = Math.min(sentence.length, end + PHASE_REACH);
  for (const o of others) {
    if (o.end <= at) from = Math.max(from, o.end);
    else if (o.start >= end) to = Math.min(to, o.start);
  }
  // A sentence of a quotation of several ends it too: "… about 3,100 workers on site. Once it's running, the campus
  // needs about 420 people full time" gives the 3,100 no operation's reading.
  for (const b of quotedBreaks(sentence)) {
    if (b <= at) from = Math.max(from, b);
    else if (b >= end) to = Math.min(to, b);
  }
  // The stretch before the count: after the last break before it…
  const before = sentence.slice(from, at);
  brk.lastIndex = 0;
  let cut = from;
  for (let m; (m = brk.exec(before));) cut = from + m.index + m[0].length;
  from = cut;
  // …and after it: up to the first break.
  brk.lastIndex = 0;
  const m = brk.exec(sentence.slice(end, to));
  if (m) to = end + m.index;
  const text = sentence.slice(from, to);
  let found: { s: number; e: number; phase: string }[] = [];
  for (const phase of ['operation', 'construction'] as const) {
    const r = re[phase];
    r.lastIndex = 0;
    for (let x; (x = r.exec(text));) {
      if (!x[0]) {
        r.lastIndex++;
        continue;
      }
      const s = from + x.index,
        e = s + x[0].length;
      if (phase === 'construction' && found.some((f) => f.s <= s && e <= f.e)) continue;
      found.push({ s, e, phase });
    }
  }
  if (!found.length) return undefined;
  // Korean writes what narrows a count before it ("건설 일자리 1500개와 상시 일자리 400개"): what follows it is another
  // count's or the predicate's, read only when nothing before it says.
  if (lang === 'ko' && found.some((f) => f.s < end)) found = found.filter((f) => f.s < end);
  // Inside the counted phrase first ("150 permanent operations roles"), then the nearest.
  const dist = (f: { s: number; e: number }) => (f.e <= at ? at - f.e : f.s >= end ? f.s - end : 0);
  found.sort((a, b) => dist(a) - dist(b));
  const best = found[0];
  if (found.some((f) => f.phase !== best.phase && dist(f) === dist(best))) return undefined;
  return 'phase:' + best.phase;
}
