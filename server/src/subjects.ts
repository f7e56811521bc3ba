// What a figure is about: lexicon concepts (shared by Korean and English) and content words, weighted by
// closeness, so "텍사스 ... 데이터센터 건설에 1000억달러를 투입" and "$100 billion for the Texas data center" meet.
import { contentWords, findTerms, WORD, wordTerm, type TermHit } from './lexicon';
import type { Lang, Span, Subject } from './types';

/** Weight of a term outside the figure's clause but in its sentence. */
const SENTENCE_WEIGHT = 0.5;

// Clause ends: semicolons, a comma before a conjunction, Korean connective endings (…하고, …하며, …지만) but
// not the progressive "짓고 있는". Plain commas stay inside a clause: they mostly separate list items.
const CLAUSE_BREAK = /;\s|,\s(?=(?:and|but|while|whereas|which|although|so)\s)|\s(?:while|whereas|although)\s|(?<=[\uac00-\ud7a3](?:고|며|면서|지만|는데|으나))\s(?!있|싶|계시|말)/g;

export function clauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  out.push({ start, end: text.length });
  return out;
}

/** A sentence's lexicon hits and content words, found once and shared by all its figures. */
interface Scan { sentence: string; lang: Lang; hits: TermHit[]; words: { start: number; end: number; terms: string[] }[] }
let lastScan: Scan | undefined;

function scan(sentence: string, lang: Lang): Scan {
  if (lastScan && lastScan.lang === lang && lastScan.sentence === sentence) return lastScan;
  const hits = findTerms(sentence, lang);
  const words: Scan['words'] = [];
  // Words a lexicon term already covers ("data center") would only tie the subject to one language.
  let hi = 0;
  const re = new RegExp(WORD);
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const s = m.index, e = s + m[0].length;
    while (hi < hits.length && hits[hi].end <= s) hi++;
    if (hi < hits.length && hits[hi].start < e) continue;
    const t = wordTerm(m[0]);
    if (t !== null) words.push({ start: s, end: e, terms: [t] });
  }
  return (lastScan = { sentence, lang, hits, words });
}

/** Only this far around a figure is read, so a pathological 100,000-character "sentence" stays linear. */
const WINDOW = 1000;

function firstFrom(a: { start: number }[], pos: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid].start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * The subject of the figure at `fig` (offsets within the sentence): terms in its clause weigh 1, the rest of
 * the sentence less; `extra` (the counted noun's concepts) weigh most.
 */
export function subjectOf(sentence: string, lang: Lang, fig: Span, extra: string[] = [], clauseSpans = clauses(sentence)): Subject {
  const { hits, words } = scan(sentence, lang);
  const terms = new Map<string, number>();
  const ci = firstFrom(clauseSpans, fig.start + 1) - 1;
  const clause = clauseSpans[ci] && fig.start < clauseSpans[ci].end ? clauseSpans[ci] : { start: fig.start, end: fig.end };
  const put = (id: string, w: number) => { if ((terms.get(id) ?? 0) < w) terms.set(id, w); };
  const weight = (s: number, e: number) => (s >= clause.start && e <= clause.end ? 1 : SENTENCE_WEIGHT);
  const lo = fig.start - WINDOW, hi = fig.end + WINDOW;
  for (let i = firstFrom(hits, lo); i < hits.length && hits[i].start < hi; i++) {
    const h = hits[i];
    if (h.end > fig.start && h.start < fig.end) continue;
    put(h.id, weight(h.start, h.end));
  }
  for (let i = firstFrom(words, lo); i < words.length && words[i].start < hi; i++) {
    const w = words[i];
    if (w.end > fig.start && w.start < fig.end) continue;
    for (const t of w.terms) put(t, weight(w.start, w.end) * 0.6);
  }
  for (const id of extra) put(id, 1.5);
  return { terms };
}

/** Terms of text around the sentence (the previous sentence, a table row, a heading), at a low weight; found once. */
export function contextTerms(text: string, lang: Lang, w: number): [string, number][] {
  const out = new Map<string, number>();
  const snippet = text.length > 2 * WINDOW ? text.slice(0, WINDOW) + ' ' + text.slice(-WINDOW) : text;
  for (const h of findTerms(snippet, lang)) out.set(h.id, w);
  for (const t of contentWords(snippet, lang)) if (!out.has(t)) out.set(t, w * 0.6);
  return [...out];
}

export function addContext(subject: Subject, terms: [string, number][]): void {
  for (const [id, x] of terms) if ((subject.terms.get(id) ?? 0) < x) subject.terms.set(id, x);
}

/** Inverse document frequency over a collection of subjects, so "AI" counts for less than "Texas". */
export class TermWeights {
  private df = new Map<string, number>();
  private n = 0;
  add(s: Subject) {
    this.n++;
    for (const t of s.terms.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }
  remove(s: Subject) {
    this.n = Math.max(0, this.n - 1);
    for (const t of s.terms.keys()) {
      const v = (this.df.get(t) ?? 1) - 1;
      if (v <= 0) this.df.delete(t); else this.df.set(t, v);
    }
  }
  known(t: string): boolean { return this.df.has(t); }
  idf(t: string): number {
    return Math.log(1 + (this.n + 1) / ((this.df.get(t) ?? 0) + 1));
  }
}

/**
 * similarity(claim, ·, w) with the claim's side worked out once, for scoring one claim against many sources.
 * Same arithmetic in the same order, so the same numbers.
 */
export function similarityTo(claim: Subject, w: TermWeights): (source: Subject) => { score: number; shared: number; count: number } {
  const ts: string[] = [], wcs: number[] = [], idfs: number[] = [];
  let total = 0;
  for (const [t, wc] of claim.terms) {
    if (t.includes(':') && !w.known(t)) continue;
    const idf = w.idf(t);
    total += wc * idf;
    ts.push(t); wcs.push(wc); idfs.push(idf);
  }
  return (source) => {
    let shared = 0, count = 0;
    const st = source.terms;
    for (let i = 0; i < ts.length; i++) {
      const ws = st.get(ts[i]);
      if (ws !== undefined) { shared += Math.min(wcs[i], ws) * idfs[i]; count++; }
    }
    return { score: total > 0 ? shared / total : 0, shared, count };
  };
}

/**
 * How much of the claim's subject the source figure's subject covers (0..1), and the idf mass shared.
 * Coverage is asymmetric on purpose: a source sentence may say more than the report does.
 */
export function similarity(claim: Subject, source: Subject, w: TermWeights): { score: number; shared: number; count: number } {
  let total = 0, shared = 0, count = 0;
  for (const [t, wc] of claim.terms) {
    // A content word no source figure is about tells nothing apart; a lexicon concept always counts.
    if (t.includes(':') && !w.known(t)) continue;
    const idf = w.idf(t);
    total += wc * idf;
    const ws = source.terms.get(t);
    if (ws !== undefined) { shared += Math.min(wc, ws) * idf; count++; }
  }
  return { score: total > 0 ? shared / total : 0, shared, count };
}
