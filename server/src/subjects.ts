// What a figure is about: lexicon concepts (shared by Korean and English) and content words, weighted by
// closeness, so "텍사스 ... 데이터센터 건설에 1000억달러를 투입" and "$100 billion for the Texas data center" meet.
import { contentWords, findTerms } from './lexicon';
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

/**
 * The subject of the figure at `fig` (offsets within `sentence`). `exclude` are spans of other figures,
 * whose words (units, counters) say nothing about what this figure measures.
 */
export function subjectOf(sentence: string, lang: Lang, fig: Span, extra: string[] = [], clauseSpans = clauses(sentence)): Subject {
  const terms = new Map<string, number>();
  const clause = clauseSpans.find((c) => fig.start >= c.start && fig.start < c.end) ?? { start: 0, end: sentence.length };
  const put = (id: string, w: number) => { if ((terms.get(id) ?? 0) < w) terms.set(id, w); };
  const weight = (s: number, e: number) => (s >= clause.start && e <= clause.end ? 1 : SENTENCE_WEIGHT);
  const hits = findTerms(sentence, lang);
  for (const h of hits) {
    if (h.end > fig.start && h.start < fig.end) continue;
    put(h.id, weight(h.start, h.end));
  }
  // Words a lexicon term already covers ("data center") would only tie the subject to one language.
  let hi = 0;
  for (const m of sentence.matchAll(/[\p{L}][\p{L}\p{N}'’-]*/gu)) {
    const s = m.index!, e = s + m[0].length;
    while (hi < hits.length && hits[hi].end <= s) hi++;
    if (hi < hits.length && hits[hi].start < e) continue;
    if (e > fig.start && s < fig.end) continue;
    for (const w of contentWords(m[0], lang)) put(w, weight(s, e) * 0.6);
  }
  for (const id of extra) put(id, 1.5);
  return { terms };
}

/** Terms of text around the sentence (the previous sentence, a table row, a heading), at a low weight. */
export function addContext(subject: Subject, text: string, lang: Lang, w: number): void {
  const put = (id: string, x: number) => { if ((subject.terms.get(id) ?? 0) < x) subject.terms.set(id, x); };
  for (const h of findTerms(text, lang)) put(h.id, w);
  for (const t of contentWords(text, lang)) put(t, w * 0.6);
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
 * How much of the claim's subject the source figure's subject covers (0..1), and the idf mass shared.
 * Coverage is asymmetric on purpose: a source sentence may say more than the report does.
 */
export function similarity(claim: Subject, source: Subject, w: TermWeights): { score: number; shared: number } {
  let total = 0, shared = 0;
  for (const [t, wc] of claim.terms) {
    // A content word no source figure is about tells nothing apart; a lexicon concept always counts.
    if (t.includes(':') && !w.known(t)) continue;
    const idf = w.idf(t);
    total += wc * idf;
    const ws = source.terms.get(t);
    if (ws !== undefined) shared += Math.min(wc, ws) * idf;
  }
  return { score: total > 0 ? shared / total : 0, shared };
}
