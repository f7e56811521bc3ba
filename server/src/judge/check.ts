// Judging a report against the corpus: every figure, quotation and citation key becomes a Claim with
// what the sources say about it; the ones the sources contradict or do not cover become Findings.
import { Corpus } from '../corpus/corpus';
import { nodeCrypto } from '../corpus/cache';
import { extractQuotes } from '../extract/quotes';
import { extractFigures } from '../extract/figures';
import { columnUnit } from '../extract/columnUnit';
import { placesIn } from './scope';
import { headingLeadName, headingNameParts, koHeadingPlaces } from './figures';
import { placeUsesIn } from './figureFacts';
import { monthNames } from '../domain/language';
import { parseReport } from '../extract/report';
import { splitSentences } from '../text/sentences';
import { CONTEXT_WEIGHT, contextTerms, pointsBack, TABLE_ROW_WEIGHT } from '../extract/subjects';
import { blockCache, recordingText, reuse, store, type BlockResult, type BlockStore } from './checkCache';
import { CHECKS, type Check, type CheckInput, type Judged, type Scope } from '../checks';
import { lastAtOrBefore, nothing } from '../checks/api';
import { collectErrors, noteError, notedCount } from '../errors';
import { escapeRe, firstIndex } from '../text/text';
import { concept, termsIn } from '../domain/lexicon';
import { defaultEngineState } from '../engineState';
import { withBoundedHeap } from './heapBound';
import type { CheckResult, Claim, EngineError, Finding, Lang, Position, Range, Severity, Span } from '../types';

/** A sentence's opening that makes it a part of what the sentence before spoke of: "이 가운데", "그중", "Of those". */
const PART_OF_BEFORE = /^\s*(?:(?:이|그)\s?(?:가운데|중)\s|그중|(?:of|among)\s+(?:which|those|these|them)\b)/i;

export interface CheckOptions {
  /**
   * Reuse the judged claims of blocks unchanged since an earlier check with the same corpus object and
   * version (default true); false judges every block afresh. The result is the same either way.
   */
  cache?: boolean;
  /**
   * Blocks judged by earlier processes on this same corpus (judge/keptBlocks.ts): looked for when a block is not in
   * memory, and told every block this check used. Not used when `cache` is false.
   */
  kept?: BlockStore;
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
  /**
   * Checks run after the built-in ones (./checks/index.ts), for tests and experiments; a check that stays
   * belongs in that list instead.
   */
  extraChecks?: readonly Check[];
}

/**
 * Never throws. What failed is in `errors` (absent when nothing did): a check that threw on a block leaves
 * that block's claims of that check out and the rest stands; a report that could not be parsed at all
 * yields no claims and one error.
 */
export function checkReport(corpus: Corpus, text: string, options: CheckOptions = {}): CheckResult {
  // The terms the report makes are scratch terms of the corpus's engine, forgotten when the check ends
  // (terms.ts): nothing the check returns holds a term id.
  const cx = (corpus.engine ?? defaultEngineState()).subjects;
  // (on a big corpus with the heap's growth bounded while it runs: heapBound.ts)
  const { value, errors } = withBoundedHeap(corpus.sources.length, () =>
    collectErrors((): CheckResult => {
      cx.beginCheck();
      try {
        return checkUnsafe(corpus, text, options);
      } catch (e) {
        noteError('checkReport', e, options.self);
        return { claims: [], findings: [] };
      } finally {
        cx.endCheck();
      }
    }),
  );
  if (errors.length) value.errors = distinct(errors);
  return value;
}

/** One error per place and message (an extractor failing on every sentence says so once). */
function distinct(errors: EngineError[]): EngineError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.where}\n${e.file ?? ''}\n${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function checkUnsafe(corpus: Corpus, text: string, options: CheckOptions): CheckResult {
  const cx = (corpus.engine ?? defaultEngineState()).subjects;
  // The file of the report's own source, as the judges know sources by (src.file), when the corpus has one.
  const self = options.self ? corpus.sourceOfPath?.(options.self)?.file : undefined;
  const known = (k: string) => {
    const s = corpus.byKey(k);
    return s && s.file !== self ? s : undefined;
  };
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
    if (b && (idx < 0 || idx + 1 >= sentences.length || sentences[idx + 1].start > b.end)) {
      const keys = closingByBlock.get(b);
      if (keys) keys.push(c.key);
      else closingByBlock.set(b, [c.key]);
    }
  }
  const citedFor = (i: number) => {
    const own = citedBySentence[i];
    if (own.length) return [...new Set(own)];
    const b = blockOf(sentences[i].start);
    return [...new Set(b ? (closingByBlock.get(b) ?? []) : [])];
  };

  // A table row is the context of each of its cells: its terms and its text in a block key are worked out
  // once a row, not once a cell (a 1,000-column row made the check quadratic in its length).
  const rowTerms = new Map<string, [string, number][]>();
  const termsOfRow = (row: Span, lang: Lang): [string, number][] => {
    const k = `${row.start}:${row.end}:${lang}`;
    let t = rowTerms.get(k);
    if (!t) rowTerms.set(k, (t = contextTerms(prose.slice(row.start, row.end), lang, TABLE_ROW_WEIGHT, cx)));
    return t;
  };
  const rowKeys = new Map<string, string>();
  const keyOfRow = (row: Span): string => {
    const k = `${row.start}:${row.end}`;
    let key = rowKeys.get(k);
    if (key === undefined) {
      const text = prose.slice(row.start, row.end);
      rowKeys.set(
        k,
        (key =
          text.length <= 256
            ? text
            : `#${nodeCrypto().createHash('sha256').update(text).digest('base64')}:${text.length}`),
      );
    }
    return key;
  };

  // What a sentence's claims are read in: the sentence before it in the block (or, for a Korean sub-item opening its
  // block, its parent item's line), its table row, its heading.
  const contextOf = (i: number): [string, number][] => {
    const s = sentences[i];
    const b = blockOf(s.start);
    const ctx: [string, number][] = [];
    if (i > 0 && b && sentences[i - 1].start >= b.start)
      ctx.push(...contextTerms(prose.slice(sentences[i - 1].start, sentences[i - 1].end), s.lang, CONTEXT_WEIGHT, cx));
    else {
      const parent = parentItemOf(i);
      if (parent !== undefined) ctx.push(...contextTerms(parent, s.lang, CONTEXT_WEIGHT, cx));
      else {
        // (a block that opens on a part of what the block above spoke of, "이 가운데 CDU는 69대로, …" after "… CDU와 건식냉각기
        // 스키드 24세트를 … 수주하였다.", "Of those, …": its thing is that sentence's, pointedBackOf. Not any pointing back:
        // "이는 … 수주잔고 1조 1,200억 원의 약 4분의 1에 해당한다" sets the contract above against another amount, and read in
        // the contract's words its backlog was refuted by the contract's 2,960억 원, unseen-42 L39)
        const back = PART_OF_BEFORE.test(prose.slice(s.start, s.start + 24)) ? pointedBackOf(i) : undefined;
        if (back) ctx.push(...contextTerms(back.text, s.lang, CONTEXT_WEIGHT, cx));
      }
    }
    const c = b ? rep.context.get(b) : undefined;
    if (c?.row) ctx.push(...termsOfRow(c.row, s.lang));
    // (a column's header that gives the unit of the bare numbers under it is read as the cell would be with its unit
    // written out, "30,000" under "m³ per day": its words too, as the row's)
    if (c?.column) {
      const h = prose.slice(c.column.start, c.column.end);
      if (columnUnit(h, s.lang)) ctx.push(...contextTerms(h, s.lang, TABLE_ROW_WEIGHT, cx));
    }
    if (c?.heading && c.heading !== b)
      ctx.push(...contextTerms(prose.slice(c.heading.start, c.heading.end), s.lang, CONTEXT_WEIGHT, cx));
    return ctx;
  };

  // A Korean report in 개조식 sets each item apart (a blank line between): "□ (한서전력기기, 시흥) 7월 조보스 캠퍼스 GIS·고압
  // 배전반 공급 계약 공시, …" and under it "ㅇ 현재 계약금액은 1,184억 원이며 …". A sub-item that opens its block goes on
  // about the item above it of a higher level (□ over ㅇ over -), under the same heading, past its sibling items: that
  // item's first sentence is its sentence before. (Only items between: a paragraph or a heading ends the list.)
  const parentItems = new Map<number, string | undefined>();
  const itemLevelAt = (b: Span): number => {
    const m = KO_ITEM.exec(prose.slice(b.start, b.start + 8));
    return m ? KO_ITEM_LEVELS.findIndex((l) => l.includes(m[1])) : -1;
  };
  const parentItemOf = (i: number): string | undefined => {
    if (parentItems.has(i)) return parentItems.get(i);
    let found: string | undefined;
    const s = sentences[i];
    const b = blockOf(s.start);
    const level = s.lang === 'ko' && b && !(i > 0 && sentences[i - 1].start >= b.start) ? itemLevelAt(b) : -1;
    if (b && level > 0) {
      const h = headingSpanOf(i)?.start;
      for (let j = i - 1, seen = 0; j >= 0 && seen < PARENT_REACH; j--) {
        const bj = blockOf(sentences[j].start);
        if (!bj) continue;
        // (a block's first sentence is its item's line: found by search, not walked to, in a block of many sentences)
        if (j > 0 && sentences[j - 1].start >= bj.start) {
          j = firstIndex(j, (k) => sentences[k].start >= bj.start) + 1;
          continue;
        }
        seen++;
        const lj = headingSpanOf(j)?.start === h ? itemLevelAt(bj) : -1;
        if (lj < 0) break;
        if (lj < level) {
          found = prose.slice(sentences[j].start, sentences[j].end);
          break;
        }
      }
    }
    parentItems.set(i, found);
    return found;
  };

  const headingOf = (i: number): string | undefined => {
    const b = blockOf(sentences[i].start);
    const c = b ? rep.context.get(b) : undefined;
    return c?.heading && c.heading !== b ? prose.slice(c.heading.start, c.heading.end) : undefined;
  };
  // A table cell's row and its column's header cell, as text (a row's other cells say what its figure is of; its
  // column's header may say what unit the bare numbers under it are in).
  // (which of a row's cells state an amount, worked out once a row: a row of thousands of cells asks for each)
  const rowAmounts = new Map<Span[], Set<number>>();
  const amountsOfRow = (cells: Span[], lang: Lang): Set<number> => {
    let m = rowAmounts.get(cells);
    if (!m) {
      m = new Set<number>();
      for (const x of cells) {
        const t = prose.slice(x.start, x.end);
        if (/\d/.test(t) && extractFigures(t, lang).figures.some((f) => f.kind !== 'date')) m.add(x.start);
      }
      rowAmounts.set(cells, m);
    }
    return m;
  };
  const tableOf = (i: number): { row: string; amountElsewhere: boolean; column?: string } | undefined => {
    const b = blockOf(sentences[i].start);
    const c = b ? rep.context.get(b) : undefined;
    if (!c?.row) return undefined;
    const amounts = amountsOfRow(c.cells ?? [], sentences[i].lang);
    return {
      row: prose.slice(c.row.start, c.row.end),
      amountElsewhere: amounts.size > (amounts.has(b!.start) ? 1 : 0),
      column: c.column ? prose.slice(c.column.start, c.column.end) : undefined,
    };
  };

  // The names the report writes where a place stands ("in Nebraska"), read once when a heading of names asks; each
  // heading's reading once (every block under it and every sentence of figures there asks it).
  let reportPlaceUses: Set<string> | undefined;
  const headingPlaces = new Map<string, { places: string[]; lead: boolean } | undefined>();
  const placesOfHeading = (h: string): { places: string[]; lead: boolean } | undefined => {
    if (/[\uac00-\ud7a3]/.test(h)) {
      const ko = koHeadingPlaces(h, koSiblingsOf(h));
      return ko && { places: ko, lead: false };
    }
    const named = headingNameParts(h);
    const parts = named ?? headingLeadName(h);
    if (!parts) return undefined;
    if (!reportPlaceUses) {
      reportPlaceUses = new Set();
      for (const s of sentences) if (s.lang === 'en') placeUsesIn(prose.slice(s.start, s.end), reportPlaceUses);
    }
    const names = parts.map((p) => placesIn(p, 'en', []));
    if (!names.some((n) => n.some((t) => reportPlaceUses!.has(t))) && !(!named && siblingOfPlaces(h, parts[0])))
      return undefined;
    return { places: [...new Set(names.flat())], lead: !named };
  };
  // The report's headings below its title's level, as headingOf gives them, with their levels (parseReport reads them:
  // a `#` line in a code block is none).
  let allHeadings: { level: number; text: string }[] | undefined;
  const headingsBelowTitle = () =>
    (allHeadings ??= rep.headings
      .filter((x) => x.level >= 2)
      .map((x) => ({ level: x.level, text: prose.slice(x.span.start, x.span.end).trim() })));
  // The report's Korean headings of the level a heading stands at (koHeadingPlaces reads its siblings).
  const koSiblingsOf = (h: string): string[] => {
    const all = headingsBelowTitle();
    const level = all.find((x) => x.text === h.trim())?.level;
    return level === undefined ? [] : all.filter((x) => x.level === level).map((x) => x.text);
  };
  // A heading that is a name alone, among headings of its level that are names alone, one of them a place the report
  // writes as one ("## Querétaro", "## The Atacama", "## Ulsan", the report writing "in Ulsan"): the report heads its
  // sections by place, and this one is a place too. Not a name the report writes in lower case as a word ("## Outlook"
  // beside "the outlook for power"), nor a word of the lexicon.
  let loneHeadings: { level: number; text: string }[] | undefined;
  const siblingOfPlaces = (h: string, name: string): boolean => {
    if (name !== h.trim()) return false;
    loneHeadings ??= headingsBelowTitle().filter((x) => headingLeadName(x.text)?.[0] === x.text);
    const level = loneHeadings.find((x) => x.text === name)?.level;
    if (level === undefined) return false;
    const bare = name.replace(/^The\s+/, '');
    const words = bare.split(/\s+/);
    if (words.some((w) => termsIn(w, 'en').length || new RegExp(`\\b${escapeRe(w.toLowerCase())}\\b`).test(text)))
      return false;
    // (and one the report writes as a proper noun outside its heading: capitalized after a word or a comma, not only
    // where a sentence or a heading starts, as the title's "Querétaro, the Atacama and Ulsan"; "## Money" is written
    // nowhere else)
    const midSentence = [...text.matchAll(new RegExp(`\\b${escapeRe(bare)}\\b`, 'g'))].some((m) => {
      const lineStart = text.lastIndexOf('\n', m.index! - 1) + 1;
      if (/^\s*#{2,6}\s*$/.test(text.slice(lineStart, m.index!))) return false;
      return /[\p{L}\p{N},;]\s*$/u.test(text.slice(Math.max(lineStart, m.index! - 3), m.index!));
    });
    if (!midSentence) return false;
    return loneHeadings.some(
      (x) => x.level === level && x.text !== name && placesIn(x.text, 'en', []).some((t) => reportPlaceUses!.has(t)),
    );
  };
  const headingPlacesOf = (i: number): string[] | undefined => {
    const h = headingOf(i);
    if (h === undefined) return undefined;
    if (!headingPlaces.has(h)) headingPlaces.set(h, placesOfHeading(h));
    const p = headingPlaces.get(h);
    // (a heading's opening name stands for the lines that name no place of their own: "## New Mexico" over "… to the
    // Doña Ana County campus" is a state, and a county's article that never names the state still judges the line)
    return p && !(p.lead && placesOf(i).length) ? p.places : undefined;
  };

  // The places each sentence names (scope.ts placesIn, months left out), worked out when first asked: a pure
  // function of the sentence's text and language, so a sentence an earlier check of the report read is answered by
  // the blocks it kept (judge/keptBlocks.ts) instead of scanning it again (every block's key asks it of the
  // sentences before its own: a fresh check of an edited report scanned every sentence of the report).
  const keptPlaces = options.cache === false ? undefined : options.kept;
  const namedPlaces = new Map<number, string[]>();
  const placesOf = (j: number): string[] => {
    let n = namedPlaces.get(j);
    if (n === undefined) {
      const s = sentences[j];
      const text = prose.slice(s.start, s.end);
      n = keptPlaces?.places?.(s.lang, text);
      if (n === undefined) {
        n = placesIn(text, s.lang, extractFigures(text, s.lang).figures).filter((p) => !MONTH_TERMS.has(p));
        keptPlaces?.keepPlaces?.(s.lang, text, n);
      }
      namedPlaces.set(j, n);
    }
    return n;
  };
  // Whether the report writes a word capitalized where no sentence, line or cell opens (after a letter, a digit or a
  // comma: "why does Abidjan get less?"), as a name is written; not only as the word a heading or a row's label opens on
  // ("## Key figures", "| Tax holiday |"), capitalized because it opens them.
  const writtenAsName = new Map<string, boolean>();
  const nameInReport = (word: string): boolean => {
    let v = writtenAsName.get(word);
    if (v === undefined) {
      v = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(word)}(?![\\p{L}\\p{N}])`, 'gu'))].some((m) => {
        const lineStart = text.lastIndexOf('\n', m.index! - 1) + 1;
        return /[\p{L}\p{N},;]\s+$/u.test(text.slice(Math.max(lineStart, m.index! - 3), m.index!));
      });
      writtenAsName.set(word, v);
    }
    return v;
  };
  // The places placesIn reads in an English text, less the word it opens on in sentence case ("Tax holiday", "Key
  // figures", "Seawater is drawn …": capitalized as it opens the text, a word in lower case after it) when the lexicon
  // knows no place of it and the report writes it as a name nowhere else.
  const namesPastOpener = (t: string, places: string[]): string[] => {
    const opener = SENTENCE_CASE_OPENER.exec(t);
    if (!opener || !places.length || nameInReport(opener[1])) return places;
    const first = placesIn(opener[1], 'en', []).filter((p) => !concept(p));
    return first.length ? places.filter((p) => !first.includes(p)) : places;
  };
  // The places the heading of sentence i names as names (namesPastOpener), for the report title's site
  // (judge/figures.ts titleSite): "## Key figures" names none.
  const headingNamesOf = (i: number): string[] | undefined => {
    const h = headingOf(i);
    return h === undefined || /[\uac00-\ud7a3]/.test(h) ? undefined : namesPastOpener(h.trim(), placesIn(h, 'en', []));
  };
  const headingSpanOf = (j: number): Span | undefined => {
    const b = blockOf(sentences[j].start);
    const c = b ? rep.context.get(b) : undefined;
    return c?.heading && c.heading !== b ? c.heading : undefined;
  };
  // The report's title ("# Wellington's data centre, in numbers"): a line that names no place, under a heading and in a
  // paragraph that name none, is of the place the title names (judge/figures.ts carriedSite).
  // (a memo's subject line is its title too, read after the `#` heading, which may name only the memo's kind: "# BRIEFING
  // NOTE – FOR THE MINISTER" over "Subject: Stargate Praia – RCV radio interview"; the header is masthead, not prose)
  const titleText =
    [rep.title && prose.slice(rep.title.start, rep.title.end), rep.subject]
      .filter((x): x is string => !!x)
      .join('\n') || undefined;
  const titleOf = () => titleText;
  const placeContextOf = (i: number): { text: string; lang: Lang; places: string[] } | undefined => {
    const h = headingSpanOf(i);
    for (let j = i - 1; j >= 0 && j >= i - PLACE_CONTEXT_REACH; j--) {
      const hj = headingSpanOf(j);
      // (another heading's section, or the heading itself: the heading's own places are read as a region's)
      if (hj?.start !== h?.start) return undefined;
      const sText = prose.slice(sentences[j].start, sentences[j].end);
      // (an English sentence's opening word in sentence case is no place unless the report writes it as a name: a row
      // label "Tax holiday" before "| Jobs | 90 permanent jobs … |" names none)
      const places = sentences[j].lang === 'en' ? namesPastOpener(sText, placesOf(j)) : placesOf(j);
      if (places.length) return { text: sText, lang: sentences[j].lang, places };
    }
    return undefined;
  };

  const actorContextOf = (i: number): string | undefined => {
    const s = sentences[i];
    if (i === 0 || s.lang !== 'ko') return undefined;
    // (its opening only: the topic stands there, and a long line of digits is not scanned again from each one)
    const m = KO_AMOUNT_TOPIC.exec(prose.slice(s.start, Math.min(s.end, s.start + TOPIC_REACH)));
    if (!m) return undefined;
    const p = sentences[i - 1];
    if (p.lang !== 'ko' || headingSpanOf(i - 1)?.start !== headingSpanOf(i)?.start) return undefined;
    const text = prose.slice(p.start, p.end);
    return text.includes(m[1]) ? text : undefined;
  };

  // A sentence that opens its block pointing back ("- That is about 25% of the €187.4 million contract …" under "- Dongnam
  // builds … under a €64 million subcontract …", "이는 …") goes on about the sentence before it, the last of the item or
  // paragraph above under the same heading (not a table's cell, nor a heading): that sentence, as text.
  const pointedBackOf = (i: number): { text: string; lang: Lang } | undefined => {
    if (i === 0) return undefined;
    const s = sentences[i],
      p = sentences[i - 1];
    const b = blockOf(s.start),
      bp = blockOf(p.start);
    if (!b || !bp || bp === b || rep.context.get(b)?.row || rep.context.get(bp)?.row) return undefined;
    const text = prose.slice(p.start, p.end);
    if (
      !pointsBack(prose.slice(s.start, s.end), s.lang) &&
      !opensOnNameBefore(prose.slice(s.start, s.end), text, s.lang)
    )
      return undefined;
    if (headingSpanOf(i - 1)?.start !== headingSpanOf(i)?.start) return undefined;
    return { text, lang: p.lang };
  };

  // A 개조식 sub-item goes on about the company its parent item is labelled with ("□ 미래온에너지(아산): 불가리아 마리차
  // 캠퍼스 ESS" over "ㅇ 마리차 캠퍼스 ESS 1,200MWh 전량을 2,240억 원에 수주"): the parent, when it opens on a label.
  // (the parent's text is in the block's key already: parentItemOf)
  const itemLabelOf = (i: number): string | undefined => {
    if (sentences[i].lang !== 'ko') return undefined;
    const parent = parentItemOf(i);
    return parent !== undefined && KO_ITEM_LABEL.test(parent) ? parent : undefined;
  };

  const headingSpans = [...new Set([...rep.context.values()].map((c) => c.heading).filter((h) => h !== undefined))];
  const speech = extractQuotes(prose, sentences, headingSpans, rep.blocks);
  const speechOpens = new Set(speech.map((q) => q.outer.start));
  const opensSorted = [...speechOpens].sort((a, b) => a - b);

  const checks = options.extraChecks?.length ? [...CHECKS, ...options.extraChecks] : CHECKS;
  const blockChecks = checks.filter((c) => c.scope === 'block');
  const passes = (c: Check) => c.passes ?? 1;
  const input: CheckInput = {
    corpus,
    report: rep,
    sentences,
    options,
    self,
    known,
    citedFor,
    contextOf,
    headingOf,
    tableOf,
    headingPlacesOf,
    headingNamesOf,
    placeContextOf,
    actorContextOf,
    pointedBackOf,
    itemLabelOf,
    titleOf,
    speech,
    speechOpens,
    cached: options.cache !== false,
  };

  /** A check's passes on a scope; a check that throws is noted and gives nothing there. */
  const run = (c: Check, scope: Scope): Judged[] => {
    const n = passes(c);
    try {
      const r = c.judge(input, scope);
      if (r.length !== n) throw new Error(`check ${c.id} returned ${r.length} passes, not ${n}`);
      return r;
    } catch (e) {
      noteError(`check ${c.id}`, e, options.self);
      return nothing(n);
    }
  };

  // The judging is done block by block: the claims of a block depend only on what blockKey names, so a
  // block unchanged since an earlier check (only moved, or not at all) is taken from the cache.
  interface Group extends Omit<Scope, 'st'> {
    b?: Span;
  }
  const groups: Group[] = [];
  const groupOf: number[] = [];
  sentences.forEach((s, i) => {
    const b = blockOf(s.start);
    const g = groups[groups.length - 1];
    if (g && g.b === b && g.end === i) g.end = i + 1;
    else groups.push({ b, block: b, first: i, end: i + 1, speech: [] });
    groupOf.push(groups.length - 1);
  });
  for (const q of speech) groups[groupOf[q.sentence]].speech.push(q);

  // Everything the block checks read, with offsets relative to the block start.
  const blockKey = (g: Group, base: number): string => {
    const c = rep.context.get(g.b!);
    const rel = (x: Span | undefined) => (x ? [x.start - base, x.end - base] : 0);
    const sents: unknown[] = [],
      quotes: unknown[] = [],
      opens: number[] = [];
    for (let i = g.first; i < g.end; i++) {
      const s = sentences[i];
      // The sentence before, when it is context: 1 when it is the block's own previous sentence (named above).
      const prev =
        i > 0 && g.b && sentences[i - 1].start >= g.b.start
          ? i - 1 >= g.first
            ? 1
            : prose.slice(sentences[i - 1].start, sentences[i - 1].end)
          : 0;
      // With the characters either side: the quotation-pair finder looks one beyond the sentence.
      sents.push([
        s.start - base,
        s.end - base,
        s.lang,
        prose[s.start - 1] ?? '',
        prose.slice(s.start, s.end),
        prose[s.end] ?? '',
        prev,
        citedFor(i),
        // The parent item a sub-item is read under (parentItemOf), as text.
        prev === 0 ? (parentItemOf(i) ?? 0) : 0,
        // The sentence a phase's figure goes back to for its place (placeContextOf), as text.
        // (with its places: whether its opening word is a name, other blocks' words decide)
        placeContextOf(i) ? [placeContextOf(i)!.text, placeContextOf(i)!.places] : 0,
        // The sentence whose amount it opens on (actorContextOf), as text.
        actorContextOf(i) ?? 0,
        // The sentence before, of the block above, that it points back to (pointedBackOf), as text.
        pointedBackOf(i)?.text ?? 0,
      ]);
    }
    for (const q of g.speech)
      quotes.push([
        q.sentence - g.first,
        rel(q),
        q.text,
        rel(q.outer),
        q.speaker ? [q.speaker.text, rel(q.speaker), q.person ?? q.surname ?? 0] : 0,
        rel(q.pronoun),
      ]);
    // Speech openings inside the block's sentences (the quoted-words pass leaves them out).
    const lo = sentences[g.first].start,
      hi = sentences[g.end - 1].end;
    for (
      let k = firstIndex(opensSorted.length, (j) => opensSorted[j] >= lo);
      k < opensSorted.length && opensSorted[k] < hi;
      k++
    )
      opens.push(opensSorted[k] - base);
    const extra = blockChecks.some((x) => x.key)
      ? blockChecks.map((x) => [x.id, passes(x), x.key ? (x.key(input, { ...g, st: rep.st }) ?? 0) : 0])
      : 0;
    return JSON.stringify([
      options.unsupportedFigures ?? 'information',
      options.unsupportedQuotes ?? 'information',
      self ?? 0,
      c?.row ? keyOfRow(c.row) : 0,
      c?.column ? prose.slice(c.column.start, c.column.end) : 0,
      c?.heading && c.heading !== g.b ? prose.slice(c.heading.start, c.heading.end) : 0,
      titleText && rep.title !== g.b ? titleText : 0,
      // (the heading's places as the rest of the report shows them: other blocks' words decide it)
      headingPlacesOf(g.first) ?? 0,
      headingNamesOf(g.first) ?? 0,
      sents,
      quotes,
      opens,
      // Which checks ran (the built-in list alone keeps the key it always had).
      checks === CHECKS ? 0 : blockChecks.map((x) => [x.id, passes(x)]),
      extra,
    ]);
  };

  // A block's result: the passes of every block check, in check order.
  const judgeBlock = (g: Group, st: Scope['st']): BlockResult => {
    const out: BlockResult = { claims: [], findings: [] };
    for (const c of blockChecks) {
      for (const r of run(c, { ...g, st })) {
        out.claims.push(r.claims);
        out.findings.push(r.findings);
      }
    }
    return out;
  };

  const cache = options.cache === false ? undefined : blockCache(corpus);
  const kept = cache && options.kept;
  const parts = groups.map((g): BlockResult => {
    if (!cache || !g.b) return judgeBlock(g, st);
    const base = g.b.start;
    const key = blockKey(g, base);
    const hit = reuse(cache, key, st, base, kept);
    if (hit) return hit;
    const rec = recordingText(st);
    const noted = notedCount();
    const r = judgeBlock(g, rec.st);
    // A block something failed on is not kept: the next check tries it again (and reports it again).
    if (notedCount() === noted) store(cache, key, r, rec.spans, base, kept);
    return r;
  });
  // Gathered in the order of a check without blocks: each block check's passes in turn (all figures, then
  // speech, then quoted words), then the report-wide checks (citations).
  const pushAll = (r: Judged) => {
    for (const c of r.claims) claims.push(c);
    for (const f of r.findings) findings.push(f);
  };
  const total = blockChecks.reduce((n, c) => n + passes(c), 0);
  for (let phase = 0; phase < total; phase++) {
    for (const p of parts) pushAll({ claims: p.claims[phase], findings: p.findings[phase] });
  }
  for (const c of checks) {
    if (c.scope === 'report') run(c, { first: 0, end: sentences.length, speech, st }).forEach(pushAll);
  }

  claims.sort((a, b) => cmp(a.range.start, b.range.start));
  findings.sort((a, b) => cmp(a.range.start, b.range.start));
  return { claims, findings };
}

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

/**
 * A Korean sentence (or list item) that opens with an amount as its topic, "1,000억 원은", "약 3억 달러는" (the amount's
 * digits and units captured): it goes on about that amount of the sentence before.
 */
const KO_AMOUNT_TOPIC =
  /^[\s\-*+>]*(?:약\s*)?(\d[\d,.]*\s*(?:조|억|만|천)?(?:\s*[\d,.]+\s*(?:억|만|천))*\s*(?:원|달러|엔|유로|MW|GW|톤|명|대))(?:은|는)\s/;
/** A Korean 개조식 item that opens on a name and its colon, a bracketed aside between ("□ 미래온에너지(아산): …"). */
const KO_ITEM_LABEL = /^\s*(?:[□■◆◇▣○ㅇ◦❍∘\-·‧•]\s+)?[\uac00-\ud7a3A-Za-z0-9]{2,}(?:\([^()]{1,20}\))?\s*:\s/u;
/** A Korean 개조식 item's marker at its block's start ("□ ", "ㅇ ", "- "). */
const KO_ITEM = /^\s*([□■◆◇▣○ㅇ◦❍∘\-·‧•])\s/u;
/** The markers by level, highest first: □ over ㅇ over -. */
const KO_ITEM_LEVELS = ['□■◆◇▣', '○ㅇ◦❍∘', '-·‧•'];
/** How many item lines back a sub-item looks for its parent (parentItemOf). */
const PARENT_REACH = 12;
/** How many characters of a sentence's opening KO_AMOUNT_TOPIC reads. */
const TOPIC_REACH = 60;
/**
 * A text's opening word in sentence case: capitalized, a word in lower case after it ("Tax holiday", "Key figures"), or
 * the text's only word (a table's header cell, "Figure").
 */
const SENTENCE_CASE_OPENER = /^[\s"“'‘(*_-]*(\p{Lu}\p{Ll}+)(?:\s+(?=\p{Ll})|[\s.:*_]*$)/u;
/** How many sentences back a phase's figure looks for the place its sentence goes on about (placeContextOf). */
const PLACE_CONTEXT_REACH = 3;
/** Month names, which placesIn reads as capitalized names: no place ("By February 2026 …"). */
const MONTH_TERMS = new Set(monthNames.map((m) => 'en:' + m.toLowerCase()));

/**
 * Whether an English sentence opens on a name that the sentence before writes past its own opening: "… 70% Stargate and
 * 30% Danube Gate Infrastructure (DGI)." / "DGI is itself 40% state-owned …" goes on about what the sentence before
 * introduced, as "It is …" would (pointedBackOf). Not a word that opens sentences as often as it names ("The", "In").
 */
function opensOnNameBefore(sentence: string, before: string, lang: Lang): boolean {
  if (lang !== 'en') return false;
  const m = /^\s*(?:[-*+]\s+)?([A-Z][A-Za-z0-9&-]*)\b/.exec(sentence);
  if (!m || NOT_A_NAME.has(m[1])) return false;
  const at = before.search(new RegExp(`(?<![A-Za-z0-9&-])${escapeRe(m[1])}(?![A-Za-z0-9&-])`));
  return at > 0 && /\S/.test(before.slice(0, at));
}
/** Capitalized words that open a sentence as words of the language, not names (opensOnNameBefore). */
const NOT_A_NAME = new Set(
  'The A An This That These Those It Its In On At For By With And But So As If When While After Before Since Of To Our We They He She There Here Then Yet Both All Each One Some Most Many'.split(
    ' ',
  ),
);
