// Judging a report against the corpus: every figure, quotation and citation key becomes a Claim with
// what the sources say about it; the ones the sources contradict or do not cover become Findings.
import { createHash } from 'node:crypto';
import { Corpus } from './corpus';
import { judgeFigure, ordinals } from './judgeFigures';
import { judgeQuote } from './judgeQuotes';
import { extractFigures } from './figures';
import { extractQuotes, findPairs } from './quotes';
import { parseReport } from './report';
import { splitSentences } from './sentences';
import { clauses, CONTEXT_WEIGHT, contextTerms, nounTerms, subjectOf, TABLE_ROW_WEIGHT } from './subjects';
import { concept, findTerms, resolveEntity } from './lexicon';
import { suggestKeys, unknownCitationMessage } from './messages';
import { blockCache, cachedSuggestions, recordingText, reuse, store, type BlockResult } from './checkCache';
import { firstIndex, type SourceText } from './text';
import type { CheckResult, Claim, Figure, Finding, Lang, Position, Quote, Range, Severity, Span } from './types';

export interface CheckOptions {
  /**
   * Reuse the judged claims of blocks unchanged since an earlier check with the same corpus object and
   * version (default true); false judges every block afresh. The result is the same either way.
   */
  cache?: boolean;
  /** Severity of figure-unsupported (default information). */
  unsupportedFigures?: Severity | 'off';
  /** Severity of quote-unsupported (default information). */
  unsupportedQuotes?: Severity | 'off';
  /**
   * The report's own file (an absolute path). A report is never its own evidence: when the source folders
   * hold it (a report written inside them, a `*.md` glob), its figures, quotations and citation key do not
   * count for it.
   */
  self?: string;
}

/** Never throws: a report the checker cannot read yields no findings rather than a crash. */
export function checkReport(corpus: Corpus, text: string, options: CheckOptions = {}): CheckResult {
  try {
    return checkUnsafe(corpus, text, options);
  } catch (e) {
    return { claims: [], findings: [], error: String((e as Error)?.stack ?? e) } as CheckResult;
  }
}

function checkUnsafe(corpus: Corpus, text: string, options: CheckOptions): CheckResult {
  // The file of the report's own source, as the judges know sources by (src.file), when the corpus has one.
  const self = options.self ? corpus.sourceOfPath?.(options.self)?.file : undefined;
  const known = (k: string) => { const s = corpus.byKey(k); return s && s.file !== self ? s : undefined; };
  const rep = parseReport(text);
  const { st, prose } = rep;
  const sentences = splitSentences(prose, rep.blocks);
  const claims: Claim[] = [];
  const findings: Finding[] = [];
  const blockOf = (off: number) => {
    const i = lastAtOrBefore(rep.blocks, off);
    return i >= 0 && off <= rep.blocks[i].end ? rep.blocks[i] : undefined;
  };

  // A citation belongs to the sentence that holds it, or the sentence it follows in the same block. A sentence
  // citing nothing itself is covered by a citation that closes its paragraph (the last sentence of the block),
  // never by one an earlier sentence holds: "… up to $500 billion [@a]. About $100 billion goes to Texas." does not
  // put the Texas figure on a's subject.
  const citedBySentence = sentences.map(() => [] as string[]);
  const closingByBlock = new Map<Span, string[]>();
  for (const c of rep.citations) {
    const b = blockOf(c.start);
    let idx = lastAtOrBefore(sentences, c.bracket.start);
    if (idx >= 0 && b && sentences[idx].start < b.start) idx = -1;
    if (idx >= 0 && (!b || sentences[idx].start >= b.start)) citedBySentence[idx].push(c.key);
    // A citation after the block's last sentence starts, or standing alone in the block, closes the paragraph.
    if (b && (idx < 0 || idx + 1 >= sentences.length || sentences[idx + 1].start > b.end)) closingByBlock.set(b, [...(closingByBlock.get(b) ?? []), c.key]);
  }
  const citedFor = (i: number) => {
    const own = citedBySentence[i];
    if (own.length) return [...new Set(own)];
    const b = blockOf(sentences[i].start);
    return [...new Set(b ? closingByBlock.get(b) ?? [] : [])];
  };

  // A table row is the context of each of its cells: its terms and its text in a block key are worked out
  // once a row, not once a cell (a 1,000-column row made the check quadratic in its length).
  const rowTerms = new Map<string, [string, number][]>();
  const termsOfRow = (row: Span, lang: Lang): [string, number][] => {
    const k = `${row.start}:${row.end}:${lang}`;
    let t = rowTerms.get(k);
    if (!t) rowTerms.set(k, (t = contextTerms(prose.slice(row.start, row.end), lang, TABLE_ROW_WEIGHT)));
    return t;
  };
  const rowKeys = new Map<string, string>();
  const keyOfRow = (row: Span): string => {
    const k = `${row.start}:${row.end}`;
    let key = rowKeys.get(k);
    if (key === undefined) {
      const text = prose.slice(row.start, row.end);
      rowKeys.set(k, (key = text.length <= 256 ? text : `#${createHash('sha256').update(text).digest('base64')}:${text.length}`));
    }
    return key;
  };

  // What a sentence's claims are read in: the sentence before it in the block, its table row, its heading.
  const contextOf = (i: number): [string, number][] => {
    const s = sentences[i];
    const b = blockOf(s.start);
    const ctx: [string, number][] = [];
    if (i > 0 && b && sentences[i - 1].start >= b.start) ctx.push(...contextTerms(prose.slice(sentences[i - 1].start, sentences[i - 1].end), s.lang, CONTEXT_WEIGHT));
    const c = b ? rep.context.get(b) : undefined;
    if (c?.row) ctx.push(...termsOfRow(c.row, s.lang));
    if (c?.heading && c.heading !== b) ctx.push(...contextTerms(prose.slice(c.heading.start, c.heading.end), s.lang, CONTEXT_WEIGHT));
    return ctx;
  };

  const speech = extractQuotes(prose, sentences);
  const speechOpens = new Set(speech.map((q) => q.outer.start));
  const opensSorted = [...speechOpens].sort((a, b) => a - b);

  // The judging is done block by block: the claims of a block depend only on what blockKey names, so a
  // block unchanged since an earlier check (only moved, or not at all) is taken from the cache.
  interface Group { b?: Span; first: number; end: number; speech: typeof speech }
  const groups: Group[] = [];
  const groupOf: number[] = [];
  sentences.forEach((s, i) => {
    const b = blockOf(s.start);
    const g = groups[groups.length - 1];
    if (g && g.b === b && g.end === i) g.end = i + 1; else groups.push({ b, first: i, end: i + 1, speech: [] });
    groupOf.push(groups.length - 1);
  });
  for (const q of speech) groups[groupOf[q.sentence]].speech.push(q);

  // Everything judgeBlock reads, with offsets relative to the block start.
  const blockKey = (g: Group, base: number): string => {
    const c = rep.context.get(g.b!);
    const rel = (x: Span | undefined) => (x ? [x.start - base, x.end - base] : 0);
    const sents: unknown[] = [], quotes: unknown[] = [], opens: number[] = [];
    for (let i = g.first; i < g.end; i++) {
      const s = sentences[i];
      // The sentence before, when it is context: 1 when it is the block's own previous sentence (named above).
      const prev = i > 0 && g.b && sentences[i - 1].start >= g.b.start ? (i - 1 >= g.first ? 1 : prose.slice(sentences[i - 1].start, sentences[i - 1].end)) : 0;
      // With the characters either side: the quotation-pair finder looks one beyond the sentence.
      sents.push([s.start - base, s.end - base, s.lang, prose[s.start - 1] ?? '', prose.slice(s.start, s.end), prose[s.end] ?? '', prev, citedFor(i)]);
    }
    for (const q of g.speech) quotes.push([q.sentence - g.first, rel(q), q.text, rel(q.outer), q.speaker ? [q.speaker.text, rel(q.speaker)] : 0, rel(q.pronoun)]);
    // Speech openings inside the block's sentences (the quoted-words pass leaves them out).
    const lo = sentences[g.first].start, hi = sentences[g.end - 1].end;
    for (let k = firstIndex(opensSorted.length, (j) => opensSorted[j] >= lo); k < opensSorted.length && opensSorted[k] < hi; k++) opens.push(opensSorted[k] - base);
    return JSON.stringify([
      options.unsupportedFigures ?? 'information', options.unsupportedQuotes ?? 'information', self ?? 0,
      c?.row ? keyOfRow(c.row) : 0, c?.heading && c.heading !== g.b ? prose.slice(c.heading.start, c.heading.end) : 0,
      sents, quotes, opens,
    ]);
  };

  const judgeBlock = (g: Group, st: SourceText): BlockResult => {
    const out: BlockResult = { claims: [[], [], []], findings: [[], [], []] };
    const range = (s: number, e: number): Range => st.range(s, e);
    for (let i = g.first; i < g.end; i++) {
      const s = sentences[i];
      const sText = prose.slice(s.start, s.end);
      const cited = citedFor(i).filter(known);
      const found = extractFigures(sText, s.lang);
      // Most sentences state no figure: their clauses and context terms would go unread.
      if (!found.figures.length) continue;
      const spans = clauses(sText);
      const ctx = contextOf(i);
      const figs: Figure[] = found.figures.map((f) => {
        const subject = subjectOf(sText, s.lang, f, found.figures, nounTerms(f.noun, s.lang), spans, ctx, true);
        return { ...f, start: s.start + f.start, end: s.start + f.end, range: range(s.start + f.start, s.start + f.end), lang: s.lang, sentence: i, subject, sentenceText: sText, sentenceFigures: found.figures };
      });
      const ords = ordinals(figs);
      for (const f of figs) {
        const { claim, finding } = judgeFigure(corpus, f, ords.get(f)!, cited, options.unsupportedFigures ?? 'information', self);
        out.claims[0].push(claim);
        if (finding) out.findings[0].push(finding);
      }
    }

    const judge = (q: Quote, lenient: boolean) => {
      const { claim, finding } = judgeQuote(corpus, q, citedFor(q.sentence).filter(known), st, lenient ? 'off' : options.unsupportedQuotes ?? 'information', lenient, self);
      if (lenient && claim.status === 'unsupported') return;
      const phase = lenient ? 2 : 1;
      out.claims[phase].push(claim);
      if (finding) out.findings[phase].push(finding);
    };
    for (const q of g.speech) {
      const lang = sentences[q.sentence]?.lang ?? 'en';
      judge({ ...q, range: range(q.start, q.end), lang, sentence: q.sentence, speakerId: q.speaker ? resolveEntity(q.speaker.text) : undefined }, false);
    }
    // Quoted words the extractor does not take for speech ("Altman called it “…”") are still compared with
    // the sources: a report that puts a source's words in quotation marks is quoting.
    for (let i = g.first; i < g.end; i++) {
      const s = sentences[i];
      for (const p of findPairs(prose, s.start, s.end)) {
        if (speechOpens.has(p.open)) continue;
        let is = p.open + 1, ie = p.close;
        while (is < ie && /[\s,]/.test(prose[is])) is++;
        while (ie > is && /[\s,]/.test(prose[ie - 1])) ie--;
        const words = prose.slice(is, ie);
        if (words.split(/\s+/).length < 3) continue;
        const speaker = nearestPerson(prose, s.start, s.end, p.open);
        judge({
          text: words, start: is, end: ie, outer: { start: p.open, end: p.close + 1 }, speaker,
          range: range(is, ie), lang: s.lang, sentence: i, speakerId: speaker ? resolveEntity(speaker.text) : undefined,
        }, true);
      }
    }
    return out;
  };

  const cache = options.cache === false ? undefined : blockCache(corpus);
  const parts = groups.map((g): BlockResult => {
    if (!cache || !g.b) return judgeBlock(g, st);
    const base = g.b.start;
    const key = blockKey(g, base);
    const hit = reuse(cache, key, st, base);
    if (hit) return hit;
    const rec = recordingText(st);
    const r = judgeBlock(g, rec.st);
    store(cache, key, r, rec.spans, base);
    return r;
  });
  // Gathered in the order of a check without blocks: all figures, then speech, then quoted words.
  for (let phase = 0; phase < 3; phase++) {
    for (const p of parts) {
      for (const c of p.claims[phase]) claims.push(c);
      for (const f of p.findings[phase]) findings.push(f);
    }
  }

  for (const c of rep.citations) {
    const src = known(c.key);
    const r = st.range(c.start, c.end);
    const near = sentences[lastAtOrBefore(sentences, c.start)];
    const lang = near && c.start <= near.end + 2 ? near.lang : /[\uac00-\ud7a3]/.test(prose.slice(Math.max(0, c.start - 200), c.start)) ? 'ko' : 'en';
    const claim: Claim = {
      type: 'citation', text: '@' + c.key, range: { start: st.positionAt(st.toOriginal(c.start - 1)), end: r.end }, lang,
      citation: { key: c.key, known: !!src }, cited: [c.key], status: src ? 'supported' : 'unknown', sources: [],
    };
    if (src) {
      const first = src.sentences[0];
      claim.sources.push({
        key: src.key, file: src.file, outlet: src.meta.outlet, author: src.meta.authors[0], date: src.meta.date, title: src.meta.title, lang: first?.lang ?? 'ko',
        sentence: { range: first?.range ?? zero(), text: first?.text ?? '' }, agrees: true, score: 1,
      });
    }
    claims.push(claim);
    if (!src) {
      const suggestions = (cache ? cachedSuggestions(corpus, c.key, () => suggestKeys(corpus, c.key)) : suggestKeys(corpus, c.key)).filter(known);
      findings.push({
        code: 'citation-unknown', severity: 'error', range: r, claim,
        message: unknownCitationMessage(c.key, suggestions, lang),
        fixes: suggestions.map((k, n) => ({ title: lang === 'ko' ? `[@${k}]로 바꾸기` : `Change to [@${k}]`, range: r, newText: k, preferred: n === 0 })),
      });
    }
  }

  claims.sort((a, b) => cmp(a.range.start, b.range.start));
  findings.sort((a, b) => cmp(a.range.start, b.range.start));
  return { claims, findings };
}

/** Index of the last span starting at or before `off` in a list sorted by start, or -1. */
function lastAtOrBefore(a: Span[], off: number): number {
  return firstIndex(a.length, (i) => a[i].start > off) - 1;
}

/** The person the sentence names closest before a quotation (else after it). */
function nearestPerson(text: string, s: number, e: number, at: number): Quote['speaker'] {
  const people = findTerms(text.slice(s, e), /[\uac00-\ud7a3]/.test(text.slice(s, e)) ? 'ko' : 'en').filter((h) => concept(h.id)?.type === 'person');
  const before = people.filter((h) => s + h.end <= at).pop();
  const h = before ?? people.find((x) => s + x.start > at);
  return h ? { text: text.slice(s + h.start, s + h.end), start: s + h.start, end: s + h.end } : undefined;
}

const zero = (): Range => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
const cmp = (a: Position, b: Position) => a.line - b.line || a.character - b.character;

function contains(r: Range, p: Position): boolean {
  return cmp(r.start, p) <= 0 && cmp(p, r.end) <= 0;
}

/** The claim under a position (the innermost when a figure sits inside a quotation). */
export function claimAt(result: CheckResult, pos: Position): Claim | undefined {
  let best: Claim | undefined;
  for (const c of result.claims) {
    if (!contains(c.range, pos)) continue;
    if (!best || cmp(c.range.start, best.range.start) >= 0) best = c;
  }
  return best;
}
