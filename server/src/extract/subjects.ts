// What a figure is about: lexicon concepts (shared by Korean and English) and content words, weighted by
// closeness, so "텍사스 ... 데이터센터 건설에 1000억달러를 투입" and "$100 billion for the Texas data center" meet.
import { hitConcept, lexiconTerms, termsIn, wordTerm, type TermHit } from '../domain/lexicon';
import { TermTable } from '../text/terms';
import { forEachWord, WordTable } from '../text/words';
import { dateParts } from './values';
import type { Lang, RawFigure, Span } from '../types';
import { alternation, firstIndex } from '../text/text';
import { quotedBreaks, quotedPieceAt } from '../text/sentences';
import { enWords, koWords } from '../domain/language';
import {
  formsAlike,
  hangulForms,
  koreanWordForms,
  latinForms,
  latinSoundVariants,
  loanwordShaped,
  romanizeSyllables,
  type PhoneticForm,
} from '../text/translit';
import { romanize } from 'es-hangul';
import { subjectPairs } from '../domain/vocab';

/**
 * An engine's subject state (engine.ts owns one): its term table, the table from a word to its term id, the
 * last sentences' scans and the bag subjects are built in. Two engines never share any of it.
 */
export class SubjectContext {
  /** Words repeat across a corpus: each distinct word's term id (-1: not a content word); filled while indexing. */
  readonly words: WordTable;
  /** While a check runs: the words `words` does not have, with their ids (scratch ones too); dropped when it ends. */
  private checkWords: WordTable | undefined;
  private readonly makeWord: (word: string) => number;
  /** The last two scans: indexing asks for a sentence's scan for its own figures, then again as the next sentence's context. */
  lastScan: Scan | undefined;
  lastScan2: Scan | undefined;
  readonly bag = new TermBag();
  private checks = 0;

  constructor(readonly terms: TermTable = new TermTable(lexiconTerms)) {
    this.makeWord = (word) => {
      const t = wordTerm(word);
      return t === null ? -1 : terms.id(t);
    };
    this.words = new WordTable(this.makeWord);
  }

  /** The term id of the word at text[s, e) (-1: not a content word); a check's new words go to its own table. */
  wordId(text: string, s: number, e: number, hash: number): number {
    if (this.checks === 0) return this.words.get(text, s, e, hash);
    const id = this.words.find(text, s, e, hash);
    return id !== undefined ? id : (this.checkWords ??= new WordTable(this.makeWord)).get(text, s, e, hash);
  }

  /** A report check starts: the terms it makes are scratch (terms.ts). */
  beginCheck(): void {
    this.checks++;
    this.terms.beginScratch();
  }

  /** Forget the word table and the last scans (memos: what they held is worked out again when asked). */
  clearMemos(): void {
    this.words.clear();
    this.lastScan = this.lastScan2 = undefined;
  }

  /** A report check ends: its scratch terms are forgotten, and the scans that hold their ids. */
  endCheck(): void {
    if (this.checks === 0) return;
    this.checks--;
    this.terms.endScratch();
    if (this.checks === 0) this.lastScan = this.lastScan2 = this.checkWords = undefined;
  }
}

let fallback: SubjectContext | undefined;
/** The subject state of the default engine (Corpus.load without an engine, the tests, indexing worker threads). */
export function defaultSubjectContext(): SubjectContext {
  return (fallback ??= new SubjectContext());
}

/** The id of a term in the default engine's table (tests). */
export function termId(t: string): number {
  return defaultSubjectContext().terms.id(t);
}
/** The name of a term id of the default engine's table (tests). */
export function termName(id: number): string {
  return defaultSubjectContext().terms.name(id);
}

/** Weight of a term outside the figure's clause but in its sentence. */
export const SENTENCE_WEIGHT = 0.5;
/**
 * A content word (not a lexicon concept) weighs this much of a concept at the same place: it ties the
 * subject to one language only and may be about anything ("editors", "weeks").
 */
export const WORD_WEIGHT = 0.6;
/** The counted noun's concepts ("100,000 jobs": jobs) weigh most: they are what the number counts, whatever the clause says. */
export const NOUN_WEIGHT = 1.5;
/**
 * Terms of the sentence before a claim's, and of its heading: what it is read in, below its own sentence
 * (SENTENCE_WEIGHT), since the text around may have moved on to something else.
 */
export const CONTEXT_WEIGHT = 0.35;
/**
 * Terms of the rows of a source's fact sheet that state no figure (corpus.ts factSheets: "| Location | Kitakyushu City
 * |" beside "| Investment | Approximately ¥38 billion |"): the thing the sheet is about, said once for all its rows,
 * below the row before (CONTEXT_WEIGHT), since it may stand far from the row.
 */
export const SHEET_WEIGHT = 0.25;
/** Terms of a table row's other cells: the row's label says what a cell's number is, nearly as its own clause would. */
export const TABLE_ROW_WEIGHT = 0.8;

// Clause ends: semicolons, a comma before a conjunction or "including" (what follows is a part of what went
// before) or "bringing"/"taking" (the total a part brings a whole to: ", taking the cluster to 600MW"), Korean connective endings (…하고, …하며, …지만, …한데, …에 따르면) but not the progressive "짓고 있는"; a headline's "…"; the "that" after a reporting verb ("Edaily
// reported on Jan. 22 that …") or the clause right after one ("Altman said the venture would …"), so who
// reported when is not read into what they reported. Plain commas stay inside a clause: they mostly separate
// list items.
const CLAUSE_BREAK =
  /;\s|…\s?|,\s(?=(?:and|but|while|whereas|which|although|so|including|bringing|taking)\s)|\s(?:while|whereas|although)\s|\s(?=that\s)(?<=\b(?:reported|said|says|wrote|writes|noted|notes|added|stated|argued|claimed|told|warned|explained|estimated|projected|predicted)\b[^;,!?]{0,40}\s)| (?=(?:the|a|an|it|its|this|these|they|he|she|we|Stargate|[A-Z][a-z]+ (?:will|would|could|has|had|is|was|plans?))\b)(?<=\b(?:said|says|wrote|noted|added|argued|claimed|warned|predicted|expects|expected) )|\s(?<=(?:[\uac00-\ud7a3](?:고|며|면서|지만|[는은한인던]데|으나)|따르면)[,，]?\s)(?!있|싶|계시|말)/g;

// A sentence of a quotation of several (text/sentences.ts quotedBreaks) ends a clause too: the quotation is one
// sentence only so that it stays one quotation.
export function clauses(text: string, quoted: readonly number[] = quotedBreaks(text)): Span[] {
  const out: Span[] = [];
  let q = 0;
  let start = 0;
  const quotedUpTo = (end: number) => {
    for (; q < quoted.length && quoted[q] <= end; q++)
      if (quoted[q] > start && quoted[q] < end) {
        out.push({ start, end: quoted[q] });
        start = quoted[q];
      }
  };
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    const end = m.index + m[0].length;
    quotedUpTo(end);
    if (end > start) out.push({ start, end });
    start = end;
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  quotedUpTo(text.length);
  out.push({ start, end: text.length });
  return out;
}

/**
 * The span of `list` that holds offset `at`, for spans in order that do not overlap (an empty one only where nothing
 * falls), as a sentence's clauses are: by halving, not a walk over the list (a sentence of thousands of figures asks
 * once each).
 */
export function spanAt<T extends Span>(list: readonly T[], at: number): T | undefined {
  const k = firstIndex(list.length, (i) => list[i].start > at) - 1;
  return k >= 0 && at < list[k].end ? list[k] : undefined;
}

/** A sentence's lexicon hits and content words, found once and shared by all its figures (and its figures, when asked). */
interface Scan {
  sentence: string;
  lang: Lang;
  hits: readonly TermHit[];
  /** The hits' term ids. */
  hitIds: number[];
  /** Content words a lexicon term does not cover ("data center" is the term, not two words): where, and their term ids. */
  words: { start: number; end: number; term: number }[];
  /** Every content word's term id in order, covered or not (what contextTerms reads). */
  allWords: number[];
  figures?: readonly RawFigure[];
  /** Per figure: its terms as a co-stated figure (coFigureTerms), as ids. */
  coIds?: number[][];
  /** Per hit: set apart ("outside Stargate"), and what it owns (possessed()); worked out once a sentence. */
  excluded?: boolean[];
  owned?: (string | undefined)[];
  /** Per hit: the term id of its role as where money goes (isRecipient: `to:` and its id), -1 none, -2 not asked yet. */
  recipient?: Int32Array;
  /** Per hit: where the percent it is the bare base of starts (percentBaseAt), -1 none. */
  baseOf?: Int32Array;
}
function scan(cx: SubjectContext, sentence: string, lang: Lang): Scan {
  const lastScan = cx.lastScan,
    lastScan2 = cx.lastScan2;
  if (lastScan && lastScan.lang === lang && lastScan.sentence === sentence) return lastScan;
  if (lastScan2 && lastScan2.lang === lang && lastScan2.sentence === sentence) {
    cx.lastScan2 = lastScan;
    cx.lastScan = lastScan2;
    return lastScan2;
  }
  const hits = termsIn(sentence, lang);
  const hitIds = hits.map((h) => h.tid);
  const words: Scan['words'] = [];
  const allWords: number[] = [];
  // Words a lexicon term already covers ("data center") would only tie the subject to one language.
  let hi = 0;
  forEachWord(sentence, (s, e, hash) => {
    const t = cx.wordId(sentence, s, e, hash);
    if (t < 0) return;
    allWords.push(t);
    while (hi < hits.length && hits[hi].end <= s) hi++;
    if (hi < hits.length && hits[hi].start < e) return;
    words.push({ start: s, end: e, term: t });
  });
  cx.lastScan2 = lastScan;
  return (cx.lastScan = { sentence, lang, hits, hitIds, words, allWords });
}

/** Only this far around a figure is read, so a pathological 100,000-character "sentence" stays linear. */
const WINDOW = 1000;

function firstFrom(a: readonly { start: number }[], pos: number): number {
  return firstIndex(a.length, (i) => a[i].start >= pos);
}

// ---- subjects, compactly: a figure's subject is a few dozen (term, weight) pairs and there are ~16 per article,
// so each pair is one number in a plain array (term id × WEIGHT_CODES + weight code), not a Map entry.

/** Content words carry their language ("en:texas"); lexicon concepts do not. */
function isWord(terms: TermTable, id: number): boolean {
  return terms.name(id).includes(':');
}

// Weights come from a handful of constants (1, SENTENCE_WEIGHT, WORD_WEIGHT, NOUN_WEIGHT, CONTEXT_WEIGHT …), so they
// are interned exactly. The table is the process's, shared by every engine: a code stands for one number
// wherever it is read, the codes are made from the weights alone (never from a text), and there are at most
// WEIGHT_CODES of them.
const WEIGHT_CODES = 1024;
const weightIds = new Map<number, number>();
const weightValues: number[] = [];
function weightCode(w: number): number {
  // A handful of weights are nearly all there is: found by comparison before the Map hashes a double.
  for (let i = 0; i < weightValues.length && i < 16; i++) if (weightValues[i] === w) return i;
  let c = weightIds.get(w);
  if (c === undefined) {
    if (weightValues.length >= WEIGHT_CODES) throw new Error('too many distinct subject weights');
    c = weightValues.length;
    weightValues.push(w);
    weightIds.set(w, c);
  }
  return c;
}

/**
 * Terms of a subject that come from the text around its sentence; kept beside subjects (which are data sent
 * between threads). Keyed by the subject object, it is in effect a field of it: no engine can read another's.
 */
const contextOf = new WeakMap<object, Set<number>>();

/** What a figure is about: term → weight, in the order the terms were first given (sums run in that order). */
export class Subject {
  /** The table its term ids are of (an engine's); not a property, so no copy or comparison of subjects walks it. */
  readonly #table: TermTable;
  private constructor(
    private cells: number[],
    table: TermTable,
  ) {
    this.#table = table;
  }

  /**
   * From term id → weight (ids of `table`), keeping the map's order; `context`: the ids that come from the text
   * around the sentence.
   */
  static of(table: TermTable, terms: Map<number, number> | TermBag, context?: Set<number>): Subject {
    const cells = new Array<number>(terms.size);
    let i = 0;
    if (terms instanceof TermBag)
      for (; i < terms.size; i++) cells[i] = terms.ids[i] * WEIGHT_CODES + weightCode(terms.ws[i]);
    else for (const [id, w] of terms) cells[i++] = id * WEIGHT_CODES + weightCode(w);
    const s = new Subject(cells, table);
    if (context?.size) contextOf.set(s, context);
    return s;
  }

  /**
   * From term ids and their weights, in that order (distinct ids, ids of `table`): what Subject.of gives from a
   * Map of them, without the Map (the index cache reads back hundreds of thousands of subjects).
   */
  static fromIds(table: TermTable, ids: ArrayLike<number>, ws: ArrayLike<number>, size: number): Subject {
    const cells = new Array<number>(size);
    for (let i = 0; i < size; i++) cells[i] = ids[i] * WEIGHT_CODES + weightCode(ws[i]);
    return new Subject(cells, table);
  }

  /**
   * What fromIds gives from numbers into tables (a corpus snapshot's stored subjects): term k (from `from`, `size` of
   * them) is slotIds[slots[from + k]] with the weight values[weights[from + k]]; no array made but the subject's.
   */
  static fromSlots(
    table: TermTable,
    slotIds: ArrayLike<number>,
    slots: ArrayLike<number>,
    weights: ArrayLike<number>,
    values: ArrayLike<number>,
    from: number,
    size: number,
  ): Subject {
    const cells = new Array<number>(size);
    for (let k = 0, p = from; k < size; k++, p++)
      cells[k] = slotIds[slots[p]] * WEIGHT_CODES + weightCode(values[weights[p]]);
    return new Subject(cells, table);
  }

  /** Whether term i comes from the text around the sentence (the sentence before, a heading, a table row). */
  isContextAt(i: number): boolean {
    return !!contextOf.get(this)?.has(this.idAt(i));
  }

  get size(): number {
    return this.cells.length;
  }
  idAt(i: number): number {
    return Math.floor(this.cells[i] / WEIGHT_CODES);
  }
  weightAt(i: number): number {
    return weightValues[this.cells[i] % WEIGHT_CODES];
  }
  /** Term ids in order. */
  ids(): number[] {
    return this.cells.map((c) => Math.floor(c / WEIGHT_CODES));
  }
  /** The term table its ids are of. */
  get terms(): TermTable {
    return this.#table;
  }
  /** The name of term i. */
  nameAt(i: number): string {
    return this.#table.name(this.idAt(i));
  }
  /** Term names in order. */
  names(): string[] {
    return this.cells.map((c) => this.#table.name(Math.floor(c / WEIGHT_CODES)));
  }
  /** [term, weight] pairs in order. */
  entries(): [string, number][] {
    return this.cells.map((c) => [this.#table.name(Math.floor(c / WEIGHT_CODES)), weightValues[c % WEIGHT_CODES]]);
  }
  weightOf(term: string): number | undefined {
    const id = this.#table.known(term);
    if (id === undefined) return undefined;
    for (let i = 0; i < this.cells.length; i++) if (this.idAt(i) === id) return this.weightAt(i);
    return undefined;
  }
  /** As a map from term id (for raising weights), in order. */
  toMap(): Map<number, number> {
    const m = new Map<number, number>();
    for (let i = 0; i < this.cells.length; i++) m.set(this.idAt(i), this.weightAt(i));
    return m;
  }
  /** Replaces the contents (after raising weights or adding terms). */
  assign(terms: Map<number, number>): void {
    this.cells = Subject.of(this.#table, terms).cells;
  }
  /** Renumbers its term ids after the table was compacted (TermTable.compact's map; every id here was kept). */
  renumber(map: Int32Array): void {
    this.cells = this.cells.map((c) => map[Math.floor(c / WEIGHT_CODES)] * WEIGHT_CODES + (c % WEIGHT_CODES));
    const context = contextOf.get(this);
    // (a context set may be shared by the subjects of one sentence: each gets its own renumbered copy)
    if (context) contextOf.set(this, new Set([...context].map((id) => map[id])));
  }
}

/** Raises `terms`' weight of `id` to `w` (adding it at the end when new). */
function put(terms: Map<number, number> | TermBag, id: number, w: number) {
  if (terms instanceof TermBag) terms.put(id, w);
  else if ((terms.get(id) ?? 0) < w) terms.set(id, w);
}

/**
 * A subject being built: term id → weight in the order first given, as a Map would keep them, without a Map
 * and its hashing per figure. One is reused for every subject (subjectOf does not nest).
 */
class TermBag {
  ids: number[] = [];
  ws: number[] = [];
  size = 0;
  /** Per term id: the slot it has in this round (valid when stamp[id] === round). */
  private slot = new Int32Array(1024);
  private stamp = new Int32Array(1024);
  private round = 0;

  clear(): this {
    this.size = 0;
    if (++this.round === 0x7fffffff) {
      this.stamp.fill(0);
      this.round = 1;
    }
    return this;
  }

  /** Raises id's weight to w (a new id goes last); whether it changed. */
  put(id: number, w: number): boolean {
    if (id >= this.stamp.length) this.grow(id);
    if (this.stamp[id] === this.round) {
      const k = this.slot[id];
      if (!(this.ws[k] < w)) return false;
      this.ws[k] = w;
      return true;
    }
    if (!(w > 0)) return false; // as a Map read with `?? 0`: a weight of 0 (or NaN) is not added
    this.stamp[id] = this.round;
    this.slot[id] = this.size;
    this.ids[this.size] = id;
    this.ws[this.size++] = w;
    return true;
  }

  private grow(id: number) {
    let n = this.stamp.length;
    while (n <= id) n *= 2;
    const slot = new Int32Array(n),
      stamp = new Int32Array(n);
    slot.set(this.slot);
    stamp.set(this.stamp);
    this.slot = slot;
    this.stamp = stamp;
  }
}

/**
 * A term a figure's subject takes as its own beside its sentence's: a counted noun's concept (at NOUN_WEIGHT), or a
 * term with its weight (a bare table cell's row label, checks/figures.ts).
 */
export type ExtraTerm = string | number | readonly [string | number, number];

/**
 * The subject of the figure at `fig` (offsets within the sentence): terms in its clause weigh 1, the rest of
 * the sentence less; the sentence's other figures (`sentenceFigures`, all it states) are evidence too; `extra`
 * (the counted noun's concepts) weigh most, or as each says; `context` (contextTerms) at its weights.
 */
export function subjectOf(
  sentence: string,
  lang: Lang,
  fig: Span,
  sentenceFigures: readonly RawFigure[],
  extra: readonly ExtraTerm[] = [],
  clauseSpans = clauses(sentence),
  context: readonly (readonly [string | number, number])[] = [],
  markContext = false,
  cx = defaultSubjectContext(),
): Subject {
  const sc = scan(cx, sentence, lang);
  const { hits, words } = sc;
  const table = cx.terms;
  const termId = (t: string) => table.id(t);
  const terms = cx.bag.clear();
  const ci = firstFrom(clauseSpans, fig.start + 1) - 1;
  const clause =
    clauseSpans[ci] && fig.start < clauseSpans[ci].end ? clauseSpans[ci] : { start: fig.start, end: fig.end };
  const weight = (s: number, e: number) => (s >= clause.start && e <= clause.end ? 1 : SENTENCE_WEIGHT);
  const lo = fig.start - WINDOW,
    hi = fig.end + WINDOW;
  // The words that narrow a count's noun inside its span ("2,500 union construction jobs", "400,000 Nvidia GB300
  // chips") are what it is about, as they would be outside it: only its number and its noun are the figure.
  const own = countPhrase(sentence, fig) ?? partOfYear(fig);
  const inFigure = (s: number, e: number) =>
    e > fig.start && s < fig.end && !(own && s >= own.start && e <= own.end && !NUMBER_WORD.test(sentence.slice(s, e)));
  for (let i = firstFrom(hits, lo); i < hits.length && hits[i].start < hi; i++) {
    const h = hits[i];
    if (inFigure(h.start, h.end)) continue;
    if (!sc.excluded) {
      sc.excluded = hits.map((x) => isExcluded(sentence, x));
      sc.owned = hits.map((_, k) => possessed(sentence, hits, k));
      sc.recipient = new Int32Array(hits.length).fill(-2);
    }
    if (sc.excluded[i]) continue;
    // "468억 원(매출의 37.9%)", "USD 20m, 37.9% of its revenue": the measure a percent is of names the percent's base,
    // not what the sentence's other figures measure (the amount is an order's, not revenue).
    if (
      (sc.baseOf ??= percentBases(sentence, lang, hits))[i] >= 0 &&
      !(fig.start <= sc.baseOf[i] && sc.baseOf[i] < fig.end)
    ) {
      put(terms, sc.hitIds[i], weight(h.start, h.end) * SENTENCE_WEIGHT);
      continue;
    }
    // "SoftBank's Vision Fund": the possessor is not what the figure is about, the thing it owns is.
    const owned = sc.owned![i];
    if (owned !== undefined) {
      put(terms, sc.hitIds[i], weight(h.start, h.end) * SENTENCE_WEIGHT);
      if (owned) put(terms, termId('named:' + owned), weight(h.start, h.end));
      continue;
    }
    put(terms, sc.hitIds[i], weight(h.start, h.end));
    // A company money goes to ("오픈AI에 투자", "invest in OpenAI") is a role, not just a name in the sentence. (A
    // function of the sentence and the hit: asked once for all the sentence's figures, its term made when first met.)
    let to = sc.recipient![i];
    if (to === -2) to = sc.recipient![i] = isRecipient(sentence, h) ? termId('to:' + h.id) : -1;
    if (to >= 0) put(terms, to, weight(h.start, h.end));
  }
  for (let i = firstFrom(words, lo); i < words.length && words[i].start < hi; i++) {
    const w = words[i];
    if (inFigure(w.start, w.end)) continue;
    put(terms, w.term, weight(w.start, w.end) * WORD_WEIGHT);
  }
  // The other quantities the sentence states are evidence of what it is about: "4년간 최대 5000억 달러" and
  // "최대 6000억 달러 over four years" speak of the same plan.
  if (!sc.figures) {
    sc.figures = sentence.length <= MAX_COFIGURE_SENTENCE ? sentenceFigures : [];
    sc.coIds = sc.figures.map((g) => coFigureTerms(g).map(termId));
  }
  for (let k = 0; k < sc.figures.length; k++) {
    const g = sc.figures[k];
    if (g.end > fig.start && g.start < fig.end) continue;
    if (
      g.start < lo ||
      g.start >= hi ||
      ('kind' in fig && (fig as RawFigure).kind === g.kind && (fig as RawFigure).unit === g.unit)
    )
      continue;
    for (const t of sc.coIds![k]) put(terms, t, weight(g.start, g.end));
  }
  for (const x of extra) {
    const [id, w] = typeof x === 'object' ? x : [x, NOUN_WEIGHT];
    put(terms, typeof id === 'number' ? id : termId(id), w);
  }
  // Only a report claim's context terms are told apart (similarityTo reads them on the claim side): a source
  // figure keeping the set would cost memory across the whole corpus for nothing.
  const around = markContext ? new Set<number>() : undefined;
  for (const [id, x] of context) {
    const t = typeof id === 'number' ? id : termId(id);
    if (terms.put(t, x)) around?.add(t);
  }
  return Subject.of(table, terms, around);
}

/**
 * The subjects of a sentence's figures (subjectOf each), each read in its own sentence when it stands in a quotation
 * of several (text/sentences.ts quotedBreaks): `"28조 원으로 시작했는데 지금은 31조 원으로 본다. 변압기, 해저케이블,
 * 가스터빈 값이 2년 새 40% 넘게 올랐다."` is one sentence, so that the quotation stays whole with its speaker, but its
 * 40% is the equipment's rise, not the budget's: its clause, its sentence and the figures beside it are those of
 * `변압기, … 올랐다.` There the quotation's sentence before it is context too, beside `context` (what the whole
 * sentence is read in). `extra(f)`: subjectOf's `extra` for figure f (its counted noun's terms).
 */
export function figureSubjects(
  sentence: string,
  lang: Lang,
  figures: readonly RawFigure[],
  extra: (f: RawFigure) => readonly ExtraTerm[],
  context: readonly (readonly [string | number, number])[],
  markContext: boolean,
  cx = defaultSubjectContext(),
): Subject[] {
  if (!figures.length) return [];
  // (The quotation's breaks are found once: the sentence's clauses end at them too.)
  const quoted = quotedBreaks(sentence);
  const breaks = figureBreaks(sentence, lang, quoted);
  let whole: Span[] | undefined;
  const wholeSpans = () => (whole ??= clauses(sentence, quoted));
  if (!breaks.length)
    return figures.map((f) => subjectOf(sentence, lang, f, figures, extra(f), wholeSpans(), context, markContext, cx));
  const pieces = new Map<number, { text: string; figures: RawFigure[]; spans: Span[]; context: typeof context }>();
  return figures.map((f) => {
    const at = quotedPieceAt(sentence, breaks, f.start);
    if (f.end > at.end) return subjectOf(sentence, lang, f, figures, extra(f), wholeSpans(), context, markContext, cx);
    let piece = pieces.get(at.start);
    if (!piece) {
      const text = sentence.slice(at.start, at.end);
      const inside = figures
        .filter((g) => g.start >= at.start && g.end <= at.end)
        .map((g) => ({ ...g, start: g.start - at.start, end: g.end - at.start }));
      let ctx = context;
      // The break that opens this piece, just after the final mark of the one before.
      const opened = breaks.filter((b) => b <= at.start).pop();
      if (opened !== undefined) {
        const before = quotedPieceAt(sentence, breaks, opened - 1);
        ctx = [...context, ...contextTermIds(sentence.slice(before.start, before.end), lang, CONTEXT_WEIGHT, cx)];
      }
      piece = { text, figures: inside, spans: clauses(text), context: ctx };
      pieces.set(at.start, piece);
    }
    const own = { ...f, start: f.start - at.start, end: f.end - at.start };
    return subjectOf(piece.text, lang, own, piece.figures, extra(f), piece.spans, piece.context, markContext, cx);
  });
}

/**
 * Where a sentence's figures are read apart (figureSubjects): the ends of the sentences of a quotation in it
 * (quotedBreaks), but for one followed by a sentence that points back to it (POINTS_BACK).
 */
export function figureBreaks(
  sentence: string,
  lang: Lang,
  quoted: readonly number[] = quotedBreaks(sentence),
): number[] {
  return quoted.filter((b) => !POINTS_BACK[lang].test(sentence.slice(b, b + 40).trimStart()));
}

/** The number of the piece of a sentence with figureBreaks `breaks` that offset `at` is in (0: the first). */
export function figurePiece(breaks: readonly number[], at: number): number {
  let k = 0;
  while (k < breaks.length && breaks[k] <= at) k++;
  return k;
}

/**
 * A sentence that opens by pointing back (`That is 70% less …`, `Half of those jobs …`, `그중 60%는 …`, `이 가운데 …`;
 * domain/en.json and ko.json `pointsBack`) goes on with what the one before it spoke of.
 */
const POINTS_BACK: Record<Lang, RegExp> = {
  en: new RegExp(`^(?:(?:an?\\s+)?(?:[a-z]+-)?[a-z]+\\s+of\\s+|of\\s+)?(?:${alternation(enWords.pointsBack)})\\b`, 'i'),
  ko: new RegExp(`^(?:${alternation(koWords.pointsBack)})`),
};

/** Whether a sentence opens by pointing back to the one before it (POINTS_BACK). */
export const pointsBack = (sentence: string, lang: Lang): boolean => POINTS_BACK[lang].test(sentence.trimStart());

/** Number words inside a count's span ("2.3 million", "three"; domain/en.json `numberWords`): the figure's, not its subject's. */
export const NUMBER_WORD = new RegExp(`^(?:${alternation(enWords.numberWords)})$`, 'i');

/** The stretch of an English count's span between its number and its noun (where narrowing words stand), if any. */
function countPhrase(sentence: string, fig: Span): Span | undefined {
  const f = fig as Partial<RawFigure> & Span;
  if (f.kind !== 'count' || !f.noun || !/^[A-Za-z]/.test(f.noun)) return undefined;
  const end = fig.end - f.noun.length;
  if (end <= fig.start || sentence.slice(end, fig.end) !== f.noun) return undefined;
  return { start: fig.start, end };
}

/**
 * A date's quarter or half ("the third quarter of 2026", "2026년 하반기"): its words say what the date is of as they did
 * when only the year was read, so they stay in its subject.
 */
function partOfYear(fig: Span & { kind?: string; value?: string }): Span | undefined {
  return fig.kind === 'date' && fig.value !== undefined && dateParts(fig.value).span ? fig : undefined;
}

/** Longer "sentences" are page furniture or pathological input: their other figures are not read as evidence. */
const MAX_COFIGURE_SENTENCE = 2000;

/**
 * A co-stated figure as subject terms ("#duration:year:4"); a date by its parts, so "Jan. 21" meets "21일", and a
 * quarter or half by its months ("2025년 상반기" and "H1 2025" share "#m:1-6", which "2025년 하반기" does not).
 */
function coFigureTerms(g: RawFigure): string[] {
  if (g.kind === 'date') {
    const p = dateParts(g.value);
    return [
      p.y !== undefined ? '#y:' + p.y : '',
      p.m !== undefined ? '#m:' + p.m : p.span ? `#m:${p.span[0]}-${p.span[1]}` : '',
      p.d !== undefined ? '#d:' + p.d : '',
    ].filter(Boolean);
  }
  return ['#' + g.kind + ':' + g.unit + ':' + (g.qualifier === 'range' ? `${g.low}-${g.high}` : g.value)];
}

/** A co-stated figure's term: evidence when a source shares it, no loss when it does not. */
function isCoFigure(terms: TermTable, id: number): boolean {
  return terms.name(id).charCodeAt(0) === 35; /* # */
}

// "capex outside Stargate", "스타게이트를 제외한 투자": what is set apart is not what the figure is about.
// The words are domain/en.json `excludedBefore` and ko.json `excludedAfter`.
const EXCLUDED_BEFORE = new RegExp(`\\b(?:${alternation(enWords.excludedBefore)})\\s+(?:the\\s+)?$`, 'i');
/** How far before a term EXCLUDED_BEFORE looks: its longest phrase, "not including the ", and a little. */
const EXCLUDED_REACH = 24;
/** A particle or none, then the word (read in the 6 characters after the term: "를 제외"). */
const EXCLUDED_AFTER = new RegExp(`^(?:을|를|은|는|이|가)?\\s?(?:${alternation(koWords.excludedAfter)})`);

function isExcluded(sentence: string, h: TermHit): boolean {
  return (
    EXCLUDED_BEFORE.test(sentence.slice(Math.max(0, h.start - EXCLUDED_REACH), h.start)) ||
    EXCLUDED_AFTER.test(sentence.slice(h.end, h.end + 6))
  );
}

/**
 * When hit i is a company or person followed by "'s" and a name ("SoftBank's Vision Fund", "OpenAI's Sam
 * Altman"): the name when the lexicon does not know it (lower case), '' when it does; undefined otherwise.
 */
function possessed(sentence: string, hits: readonly TermHit[], i: number): string | undefined {
  const h = hits[i];
  const c = hitConcept(h);
  if ((c?.type !== 'org' && c?.type !== 'person') || c.venture) return undefined;
  const m = /^['’]s\s+/.exec(sentence.slice(h.end, h.end + 4));
  if (!m) return undefined;
  const at = h.end + m[0].length;
  const name = /^(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+\b/.exec(sentence.slice(at, at + 60));
  const end = at + (name ? name[0].length : 0);
  // A known company or person in that name ("OpenAI's Sam Altman") is who it is.
  for (let k = i + 1; k < hits.length && hits[k].start < Math.max(end, at + 1); k++) {
    if (['org', 'person'].includes(hitConcept(hits[k])?.type ?? '')) return '';
  }
  if (!name || !/\s/.test(name[0])) return undefined;
  return name[0].toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Per hit: where the percent starts that a measure word is the bare base of, -1 none: `매출의 37.9%`, `매출 대비 24.3%`,
 * `37.9% of its 2025 revenue`. Not where an amount stands between the word and its percent or after the word (`매출 612억
 * 원의 67.3%`, `45.1% of its 2025 revenue of KRW 41.2bn`): the word names that amount too.
 */
function percentBases(sentence: string, lang: Lang, hits: readonly TermHit[]): Int32Array {
  const out = new Int32Array(hits.length).fill(-1);
  hits.forEach((h, i) => {
    if (hitConcept(h)?.type !== 'measure') return;
    if (lang === 'ko') {
      const m = KO_BASE_AFTER.exec(sentence.slice(h.end, h.end + 24));
      if (m) out[i] = h.end + m[0].length;
      return;
    }
    const before = EN_BASE_BEFORE.exec(sentence.slice(Math.max(0, h.start - 80), h.start));
    if (before && !EN_AMOUNT_AFTER.test(sentence.slice(h.end, h.end + 24))) out[i] = h.start - before[0].length;
  });
  return out;
}
/** After a Korean measure word, its percent: `의 37.9%`, ` 대비 24.3%`, `의 약 40%`. */
const KO_BASE_AFTER = /^(?:액)?\s*(?:의|대비)\s*(?:약\s*)?(?=[\d.,]+\s*(?:%|퍼센트))/u;
/** Before an English measure word, its percent and `of` with the word's determiners and year: `37.9% of its 2025 `. */
const EN_BASE_BEFORE =
  /\d\s*(?:%|per\s?cent)\s+of\s+(?:(?:its|their|the|this|that|his|her|our|total|annual|last\s+year['’]s|the\s+company['’]s|(?:fy\s?)?\d{4}|fy\d{2})\s+)*$/i;
/** After an English measure word, an amount it names (`revenue of KRW 41.2bn`, `revenue (USD 90m)`, `sales, $12m`). */
const EN_AMOUNT_AFTER =
  /^\s*(?:\(|of\b|at\b|was\b|were\b|is\b|stood\b|came\b|reached\b|totall?ing\b|amounting\b|[,:–-]?\s*(?:USD|KRW|EUR|GBP|JPY|CNY|US\$|[$€£₩¥]|\d))/i;

function isRecipient(sentence: string, h: TermHit): boolean {
  const c = hitConcept(h);
  if ((c?.type !== 'org' && c?.type !== 'person') || c.venture) return false;
  const after = sentence.slice(h.end, h.end + 2);
  if (after[0] === '에' && after[1] !== '서') return true;
  return (
    /\b(?:in|into|to)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, h.start - 10), h.start)) &&
    /\binvest|\bfund|\bstake/i.test(sentence)
  );
}

/** Terms of text around the sentence (the previous sentence, a table row, a heading), at a low weight; found once. */
export function contextTerms(text: string, lang: Lang, w: number, cx = defaultSubjectContext()): [string, number][] {
  return contextTermIds(text, lang, w, cx).map(([id, x]) => [cx.terms.name(id), x]);
}

/** contextTerms as term ids (what subjectOf takes), from the sentence's scan when it is at hand. */
export function contextTermIds(text: string, lang: Lang, w: number, cx = defaultSubjectContext()): [number, number][] {
  const out = new Map<number, number>();
  // A very long text (page furniture, pathological input) is read at its two ends.
  const sc = scan(cx, text.length > 2 * WINDOW ? text.slice(0, WINDOW) + ' ' + text.slice(-WINDOW) : text, lang);
  for (const id of sc.hitIds) out.set(id, w);
  for (const id of sc.allWords) if (!out.has(id)) out.set(id, w * WORD_WEIGHT);
  return [...out];
}

const NONE: number[] = [];
const NONE_FORMS: PhoneticForm[] = [];

/** Raises `target`'s weights to `from`'s (both halves of "5000억 달러(약 718조 원)" are about the same thing). */
export function raiseTo(target: Subject, from: Subject): void {
  const m = target.toMap();
  for (let i = 0; i < from.size; i++) put(m, from.idAt(i), from.weightAt(i));
  target.assign(m);
}

// ---- names and loanwords across the two scripts (translit.ts): 나르비크 in a source is the report's "Narvik".

/**
 * Per term table, per permanent term id: its phonetic forms when it is a content word that has any (null: worked
 * out, none). A scratch id (a report's own word, text/terms.ts) is worked out from its name every time: the next
 * check gives its number to another word.
 */
const formsByTable = new WeakMap<TermTable, (PhoneticForm[] | null | undefined)[]>();
/** Forgets what is kept by a table's term ids here (after TermTable.compact renumbered them). */
export function forgetTermMemos(terms: TermTable): void {
  formsByTable.delete(terms);
}
function phoneticForms(terms: TermTable, id: number): PhoneticForm[] | null {
  let memo: (PhoneticForm[] | null | undefined)[] | undefined;
  if (!terms.isScratch(id)) {
    memo = formsByTable.get(terms);
    if (!memo) formsByTable.set(terms, (memo = []));
    const f = memo[id];
    if (f !== undefined) return f;
  }
  const f = formsOfName(terms.name(id));
  if (memo) memo[id] = f;
  return f;
}
/**
 * formsOfName by name, for the report's own words (scratch ids, which the memo by id above cannot keep): a check asks
 * for the same few dozen words again for every candidate it compares them with. A pure function of the name.
 */
const formsByName = new Map<string, PhoneticForm[] | null>();
function formsOfName(name: string): PhoneticForm[] | null {
  let f = formsByName.get(name);
  if (f === undefined) {
    if (formsByName.size >= 50_000) formsByName.clear();
    formsByName.set(name, (f = namedForms(name)));
  }
  return f;
}
function namedForms(name: string): PhoneticForm[] | null {
  const forms = name.startsWith('ko:')
    ? koreanWordForms(name.slice(3))
    : name.startsWith('en:')
      ? [latinForms(name.slice(3)), ...latinSoundVariants(name.slice(3)).map((v) => latinForms(v))].flat()
      : [];
  // A Korean name that is no loanword (해남, 포항, 아산) is written in English as its Revised Romanization (Haenam,
  // Pohang, Asan): one more form on each side, equal only when the spelling is exactly that.
  const rr = name.startsWith('ko:')
    ? romanizedForms(name.slice(3))
    : name.startsWith('en:')
      ? latinAsRomanized(name)
      : null;
  // A Korean firm's name of its own name and its trade (한울전선, 동진중공업): the name as English writes it (Hanul,
  // Dongjin), and the English words of its trade (cable; heavy, industries), which meet it from an English line only.
  const firm = name.startsWith('ko:') ? firmNameForms(name.slice(3)) : null;
  const all = [...forms, ...(rr ?? []), ...(firm ?? [])];
  return all.length ? all : null;
}
const FIRM_KEY = /^(?:fn|tr):/;
/** What an English word of a claim links of Korean firms' names (TermWeights.firmLinks). */
export interface FirmLinks {
  name: ReadonlySet<number>;
  trade: ReadonlySet<number>;
}
const NO_FIRMS: ReadonlySet<number> = new Set();
/** The words of trade a Korean firm's name ends with (ko.json firmTrades), longest first, with their English terms. */
const FIRM_TRADES: [string, string[]][] = Object.entries(koWords.firmTrades ?? {})
  .map(([ko, en]): [string, string[]] => [ko, en.map((w) => wordTerm(w)).filter((t): t is string => !!t)])
  .sort((a, b) => b[0].length - a[0].length);
/** The English terms of those trades (en:heavy, en:cable). */
const TRADE_WORDS: ReadonlySet<string> = new Set(FIRM_TRADES.flatMap(([, en]) => en));
/**
 * A Korean firm's name written as one word, its own name of two or three syllables and then its trade (한울|전선,
 * 동진|중공업, 청라|스틸, 비응|마린케이블: a loanword may stand before the trade word), as English writes the own name:
 * its Revised Romanization, syllable by syllable (Cheongrim for 청림, not the spoken Cheongnim) or as said, or in
 * the spellings firms keep for eo and yeo (Sungjin for 성진, Hyun for 현) (fn: keys, which an English word of exactly
 * that spelling looks up); and by the English words of its trade (tr:, Heavy Industries for 중공업). Only an English
 * term looks them up (TermWeights.linked), and similarityTo keeps the firm only for a claim that names it by both,
 * `Dongjin Heavy Industries`: `Dongjin` alone may be any word, and `industry` alone is no firm's name. No sound link.
 */
function firmNameForms(stem: string): PhoneticForm[] | null {
  const keys = firmKeys(stem);
  return keys.length ? keys.map((key) => ({ key, vowels: [], syllables: 0 })) : null;
}
/** The English words of those trades as written (cable, heavy, industries, steel …). */
const TRADE_WORDS_EN: ReadonlySet<string> = new Set(Object.values(koWords.firmTrades ?? {}).flat());
/**
 * Whether a line may name a Korean firm: a Hangul word read as one (koreanFirmName), or a capitalized English word of a
 * trade (`Cheonghae Cable`, `Dongjin Heavy Industries`). Cheap, from the line's text alone: what asks a source's
 * sentence of a firm asks it only for such a line.
 */
export function mayNameKoreanFirm(line: string): boolean {
  // (asked once per figure, each of a sentence's figures with the same line: the last answer kept; a line of 100,000
  // characters and thousands of amounts read its words once, not once per amount)
  if (line === lastFirmLine) return lastFirmAnswer;
  lastFirmLine = line;
  return (lastFirmAnswer = namesFirmWord(line));
}
let lastFirmLine: string | undefined;
let lastFirmAnswer = false;
function namesFirmWord(line: string): boolean {
  for (const w of line.match(/\b[A-Z][a-z]+\b/g) ?? []) if (TRADE_WORDS_EN.has(w.toLowerCase())) return true;
  for (const w of line.match(/[가-힣]{4,}/gu) ?? []) if (firmKeys(koreanFirmStem(w)).length) return true;
  return false;
}
/** A word's last particle, one of ko.json's (the longest that ends it: 에서는 before 는). */
const KO_PARTICLE_END = new RegExp(`(?:${alternation(koWords.particles.suffixes)})$`, 'u');
/** A Hangul word without the particle a sentence glues to a firm's name (한울전선이, 동진중공업까지 → the name). */
export function koreanFirmStem(word: string): string {
  return word.replace(KO_PARTICLE_END, '');
}
/** The English spellings of a Korean firm's own name (firmNameForms), and its trade's English terms. */
export function koreanFirmName(stem: string): { names: string[]; trade: string[] } {
  const keys = firmKeys(stem);
  return {
    names: keys.filter((k) => k.startsWith('fn:')).map((k) => k.slice(3)),
    trade: keys.filter((k) => k.startsWith('tr:')).map((k) => k.slice(3)),
  };
}
function firmKeys(stem: string): string[] {
  if (stem.length < 4 || !/^[\uac00-\ud7a3]+$/.test(stem)) return [];
  const keys = new Set<string>();
  for (const n of [2, 3]) {
    const own = stem.slice(0, n),
      tail = stem.slice(n);
    const trade = FIRM_TRADES.find(([t]) => tail.endsWith(t));
    if (!trade) continue;
    const before = tail.slice(0, tail.length - trade[0].length);
    if (before && !(before.length >= 2 && (loanwordShaped(before) || loanwordShaped(tail)))) continue;
    keys.add('fn:' + romanize(own).replace(/[^a-z]/g, ''));
    let spellings = [''];
    for (const ch of own) {
      const r = romanizeSyllables(ch);
      const alts = new Set([r, r.replace(/yeo/, 'yu').replace(/eo/, 'u'), r.replace(/yeong$/, 'young')]);
      spellings = spellings.flatMap((s) => [...alts].map((a) => s + a));
    }
    for (const s of spellings) keys.add('fn:' + s);
    for (const t of trade[1]) keys.add('tr:' + t);
  }
  return [...keys].filter((k) => k.length >= 7);
}
/**
 * A place's Korean name with the word for what it is (영광군 Yeonggwang County, 홍농읍, 울산시): English writes the
 * name alone, or with its own word after it (Yeonggwang, Hongnong-eup, Ulsan City).
 */
const ADMIN_SUFFIX = /^([\uac00-\ud7a3]{2})[군시읍면구]$/;
/**
 * The Revised Romanization of a two- or three-syllable Hangul word no loanword shape claims, as phonetic forms; a
 * place name with its county's, city's or town's word, also the name without it.
 */
function romanizedForms(stem: string): PhoneticForm[] | null {
  if (stem.length < 2 || stem.length > 3 || !/^[\uac00-\ud7a3]+$/.test(stem)) return null;
  // (영광군 is shaped like a loanword, three syllables: its name 영광 is not.)
  const place = ADMIN_SUFFIX.exec(stem)?.[1];
  const out = place && !koreanWordForms(place).length ? [rrForm(place)] : [];
  if (!koreanWordForms(stem).length) out.push(rrForm(stem));
  return out.length ? out : null;
}
function rrForm(stem: string): PhoneticForm {
  return { key: 'rr:' + romanize(stem).replace(/[^a-z]/g, ''), vowels: [], syllables: 0 };
}
/** An English word of four letters or more as the romanization it could be. */
function latinAsRomanized(name: string): PhoneticForm[] | null {
  const w = name.slice(3);
  if (!/^[a-z]{4,}$/.test(w)) return null;
  // (and as Korean hears its other spellings: Guelmim is 겔밈, gelmim)
  return [w, ...latinSoundVariants(w)].map((x) => ({ key: 'rr:' + x, vowels: [], syllables: 0 }));
}

/**
 * Whether term `a` and term `b` (ids of `terms`) are content words of the two languages that sound alike (a Hangul
 * spelling of the other).
 */
export function soundLinked(terms: TermTable, a: number, b: number): boolean {
  const ka = terms.name(a).startsWith('ko:'),
    kb = terms.name(b).startsWith('ko:');
  return ka !== kb && formsMeet(ka, phoneticForms(terms, a), phoneticForms(terms, b));
}

/** Whether the forms of a Korean term and of an English one meet (`aKo`: `fa` are the Korean term's). */
function formsMeet(aKo: boolean, fa: PhoneticForm[] | null, fb: PhoneticForm[] | null): boolean {
  if (!fa || !fb) return false;
  const [ko, en] = aKo ? [fa, fb] : [fb, fa];
  // (A firm's name and trade keys, fn: and tr:, are no spelling: TermWeights.linked reads them.)
  return ko.some((k) => !FIRM_KEY.test(k.key) && en.some((e) => formsAlike(k, e)));
}

/**
 * The phonetic keys of a content term by name ("ko:알루미나", "en:alumina"): the terms of the other script that may
 * be its spelling share one (soundAlikeNames then decides). For words no subject names (a quotation's words).
 */
export function soundKeysOfName(name: string): string[] {
  return (formsOfName(name) ?? NONE_FORMS).map((f) => f.key);
}

/** soundLinked by term names: content words of the two languages, one a Hangul spelling of the other. */
export function soundAlikeNames(a: string, b: string): boolean {
  const ka = a.startsWith('ko:'),
    kb = b.startsWith('ko:');
  return ka !== kb && formsMeet(ka, formsOfName(a), formsOfName(b));
}

/** A compound needs this many syllables to be split, and a part this many. */
const COMPOUND_MIN = 5,
  PART_MIN = 2;
/**
 * The ways a Hangul word shaped like a transliteration splits into two or three parts of two syllables or more
 * (one name of several words written as one: 서던크로스컴퓨트).
 */
function compoundSplits(stem: string): string[][] {
  const n = stem.length;
  if (n < COMPOUND_MIN || n > 16 || !loanwordShaped(stem)) return [];
  const out: string[][] = [];
  for (let i = PART_MIN; i <= n - PART_MIN; i++) {
    out.push([stem.slice(0, i), stem.slice(i)]);
    for (let j = i + PART_MIN; j <= n - PART_MIN; j++) out.push([stem.slice(0, i), stem.slice(i, j), stem.slice(j)]);
  }
  return out;
}

/**
 * Inverse document frequency over a collection of subjects, so "AI" counts for less than "Texas". Its term ids are
 * of `terms` (the corpus's engine's table). What it keeps past a check holds no scratch id (text/terms.ts): counts
 * and pairs are of the corpus's subjects (permanent ids), and linked() answers are kept by term id for permanent
 * terms and by term name for a check's own words, whose ids the next check gives to other words.
 */
export class TermWeights {
  constructor(readonly terms: TermTable = defaultSubjectContext().terms) {}
  /** Subjects naming each term id (0 when none). */
  private df: number[] = [];
  /** setCounts' counts of terms that were scratch when it ran (only while a check runs), by term name. */
  private dfScratch?: Map<string, number>;
  private n = 0;
  /** The named content words with phonetic forms, by skeleton key (built when first asked, dropped on a change). */
  private byKey?: Map<string, number[]>;
  /** linked() answers for the present byKey: of permanent terms by id, of a check's own (scratch) terms by name. */
  private links = new Map<number, number[]>();
  private scratchLinks = new Map<string, number[]>();

  /**
   * The terms the subjects name that are the other language's spelling of term `id` (나르비크 for "narvik"), or its
   * counterpart the corpus shows (setLearned), when the lexicon has no entry for either: the hand lexicon speaks
   * first, and a concept is no content word.
   */
  linked(id: number): number[] {
    const terms = this.terms;
    const forms = phoneticForms(terms, id);
    const pairs = subjectPairs(terms.name(id));
    if (!forms && !this.learned.has(id) && !pairs.length && !TRADE_WORDS.has(terms.name(id))) return NONE;
    const scratch = terms.isScratch(id);
    let out = scratch ? this.scratchLinks.get(terms.name(id)) : this.links.get(id);
    if (out) return out;
    const byKey = this.byKey ?? this.buildKeys();
    const found = new Set<number>(this.learned.get(id) ?? NONE);
    const ko = terms.name(id).startsWith('ko:');
    for (const f of forms ?? NONE_FORMS)
      if (!FIRM_KEY.test(f.key))
        for (const t of byKey.get(f.key) ?? NONE) if (t !== id && soundLinked(terms, id, t)) found.add(t);
    // An English word that spells a Korean firm's own name (dongjin: 동진중공업) or is a word of its trade (heavy,
    // industries) meets the firm's Hangul name; not the reverse, and similarityTo keeps the firm only for a claim that
    // names it by both (firmLinks).
    let byName: Set<number> | undefined, byTrade: Set<number> | undefined;
    if (!ko) {
      const w = terms.name(id).slice(3);
      for (const t of /^[a-z]{4,}$/.test(w) ? (byKey.get('fn:' + w) ?? NONE) : NONE)
        if (!found.has(t)) (byName ??= new Set()).add(t);
      if (TRADE_WORDS.has(terms.name(id)))
        for (const t of byKey.get('tr:' + terms.name(id)) ?? NONE) if (!found.has(t)) (byTrade ??= new Set()).add(t);
      for (const t of byName ?? NONE) found.add(t);
      for (const t of byTrade ?? NONE) found.add(t);
    }
    // A name Korean writes as one word and English as several (프레리크레스트에너지 / Prairie Crest Energy): the
    // compound meets each of the words the sources write.
    const name = terms.name(id);
    if (name.startsWith('ko:')) for (const t of this.compoundLinks(name.slice(3))) found.add(t);
    // The other language's words the domain vocabulary pairs it with (상시 for "permanent"), as the subjects name them.
    const bySound = found.size;
    if (pairs.length) {
      const ko = name.startsWith('ko:');
      const vocab = this.vocabTerms ?? this.buildVocabTerms();
      for (const p of pairs)
        for (const t of vocab.get(p) ?? NONE) if (terms.name(t).startsWith('ko:') !== ko) found.add(t);
    }
    // The answer's ids are permanent (byKey's and learned's terms are the corpus's); the key of a scratch term is its name.
    out = found.size ? [...found] : NONE;
    if (found.size && !bySound) this.vocabOnly.add(out);
    if (byName || byTrade) this.byFirm.set(out, { name: byName ?? NO_FIRMS, trade: byTrade ?? NO_FIRMS });
    const memo: Map<number | string, number[]> = scratch ? this.scratchLinks : this.links;
    if (memo.size >= 100_000) memo.clear();
    memo.set(scratch ? terms.name(id) : id, out);
    return out;
  }

  /** The terms the subjects name by the domain vocabulary's pair they are a form of (built when first asked, dropped on a change). */
  private vocabTerms?: Map<number, number[]>;
  private buildVocabTerms(): Map<number, number[]> {
    const terms = this.terms;
    const out = (this.vocabTerms = new Map<number, number[]>());
    for (let t = 0; t < this.df.length; t++) {
      if (!this.df[t]) continue;
      for (const p of subjectPairs(terms.name(t))) {
        const l = out.get(p);
        if (!l) out.set(p, [t]);
        else l.push(t);
      }
    }
    return out;
  }

  /** Of linked() answers, the Korean firms' names the English word spells or is a word of the trade of. */
  private byFirm = new WeakMap<number[], FirmLinks>();
  /**
   * The Korean firms' Hangul names a linked() answer holds as their own name's spelling (dongjin: 동진중공업) or as a
   * word of their trade (heavy: 동진중공업), firmNameForms.
   */
  firmLinks(links: number[]): FirmLinks | undefined {
    return this.byFirm.get(links);
  }

  /** linked() answers that only the domain vocabulary gave (no spelling, no learned pair). */
  private vocabOnly = new WeakSet<number[]>();
  /** Whether a linked() answer holds only words the domain vocabulary pairs with the term. */
  linkedByVocabOnly(links: number[]): boolean {
    return this.vocabOnly.has(links);
  }

  /** byKey: the phonetic forms of every term the subjects name (a Hangul word romanized: the costly part). */
  private buildKeys(): Map<string, number[]> {
    const terms = this.terms;
    const byKey = (this.byKey = new Map<string, number[]>());
    this.compounds.clear();
    for (let t = 0; t < this.df.length; t++) {
      if (!this.df[t]) continue;
      for (const f of phoneticForms(terms, t) ?? []) {
        const l = byKey.get(f.key);
        if (!l) byKey.set(f.key, [t]);
        else if (l[l.length - 1] !== t) l.push(t);
      }
    }
    return byKey;
  }

  /**
   * The terms by phonetic key as linked() finds them, terms by name (term ids are per process): what the corpus
   * snapshot stores, so that a warm start does not romanize every word of the corpus again at its first check.
   */
  exportSoundKeys(): [string, string[]][] {
    return [...(this.byKey ?? this.buildKeys())].map(([k, ids]) => [k, ids.map((t) => this.terms.name(t))]);
  }

  /**
   * Takes what exportSoundKeys gave for subjects naming the same terms as these (the corpus the snapshot was
   * written for). False, and nothing taken, when a term is not one these subjects name: it does not fit them.
   */
  importSoundKeys(stored: readonly [string, readonly string[]][]): boolean {
    if (this.byKey) return true; // built already, from these subjects
    const byKey = new Map<string, number[]>();
    for (const [k, names] of stored) {
      const ids: number[] = [];
      for (const n of names) {
        const t = this.terms.known(n);
        if (t === undefined || this.terms.isScratch(t) || !this.df[t]) return false;
        ids.push(t);
      }
      // In id order, as buildKeys lists them (ids are numbered afresh by every process).
      byKey.set(
        k,
        ids.sort((a, b) => a - b),
      );
    }
    this.byKey = byKey;
    this.compounds.clear();
    return true;
  }

  /**
   * importSoundKeys for subjects that differ from those the list was written for in a few sources (a corpus patched
   * from its snapshot, corpus.ts): the listed terms these subjects still name, and the forms of `added` (the terms of
   * the sources new to them) that the list does not hold, worked out now. What buildKeys gives (a term's forms are
   * its name's), without romanizing every word again.
   */
  patchSoundKeys(stored: readonly [string, readonly string[]][], added: Iterable<number>): void {
    if (this.byKey) return;
    const terms = this.terms;
    const byKey = new Map<string, number[]>();
    const listed = new Set<number>();
    for (const [k, names] of stored) {
      const ids: number[] = [];
      for (const n of names) {
        const t = terms.known(n);
        if (t === undefined || terms.isScratch(t) || !this.df[t]) continue;
        ids.push(t);
        listed.add(t);
      }
      if (ids.length) byKey.set(k, ids);
    }
    for (const t of new Set(added)) {
      if (listed.has(t) || !this.df[t] || terms.isScratch(t)) continue;
      for (const f of phoneticForms(terms, t) ?? []) {
        const l = byKey.get(f.key);
        if (!l) byKey.set(f.key, [t]);
        else if (!l.includes(t)) l.push(t);
      }
    }
    for (const l of byKey.values()) l.sort((a, b) => a - b);
    this.byKey = byKey;
    this.compounds.clear();
  }

  /** Whether the terms by phonetic key are at hand (built, or taken from a snapshot), so linked() romanizes no corpus word. */
  get soundKeysReady(): boolean {
    return this.byKey !== undefined;
  }

  /** compoundLinks answers, by the Korean word (for the present byKey). */
  private compounds = new Map<string, number[]>();

  /**
   * The English words the corpus's subjects name that a Korean compound is written for, part by part
   * (프레리|크레스트|에너지: prairie, crest, energy); none unless every part of one split sounds like one of them.
   */
  private compoundLinks(stem: string): number[] {
    let out = this.compounds.get(stem);
    if (out) return out;
    const terms = this.terms;
    const found = new Set<number>();
    for (const parts of compoundSplits(stem)) {
      const each = parts.map((part) => {
        const hits: number[] = [];
        for (const k of hangulForms(part, true))
          for (const t of this.byKey!.get(k.key) ?? NONE)
            if (terms.name(t).startsWith('en:') && latinForms(terms.name(t).slice(3)).some((e) => formsAlike(k, e)))
              hits.push(t);
        return hits;
      });
      if (each.every((h) => h.length)) for (const h of each) for (const t of h) found.add(t);
    }
    out = found.size ? [...found] : NONE;
    if (this.compounds.size >= 100_000) this.compounds.clear();
    this.compounds.set(stem, out);
    return out;
  }

  add(s: Subject) {
    this.changed();
    this.n++;
    for (let i = 0; i < s.size; i++) {
      const id = s.idAt(i);
      while (this.df.length <= id) this.df.push(0);
      this.df[id]++;
    }
  }
  /**
   * add() of a subject a stored index holds (its terms slotIds[slots[from]] … slotIds[slots[to - 1]], each once),
   * without making the Subject (corpus.ts, a snapshot patched).
   */
  addSlots(slotIds: ArrayLike<number>, slots: ArrayLike<number>, from: number, to: number) {
    this.changed();
    this.n++;
    for (let i = from; i < to; i++) {
      const id = slotIds[slots[i]];
      while (this.df.length <= id) this.df.push(0);
      this.df[id]++;
    }
  }
  remove(s: Subject) {
    this.changed();
    this.n = Math.max(0, this.n - 1);
    for (let i = 0; i < s.size; i++) {
      const id = s.idAt(i);
      const v = this.df[id] ?? 0;
      if (id < this.df.length) this.df[id] = v > 1 ? v - 1 : 0;
    }
  }
  /**
   * The counts of a larger corpus this one is part of (a shared corpus's): `n` subjects in all, and how many
   * name each term, by term name. Terms not given keep their count here.
   */
  setCounts(n: number, df: Iterable<[string, number]>): void {
    this.n = n;
    for (const [name, count] of df) {
      const id = this.terms.id(name);
      // Made while a check runs (not the shared corpus's way: it sets counts before checking), the id is scratch:
      // kept by name, so the next check's word of that number does not get this count.
      if (this.terms.isScratch(id)) {
        (this.dfScratch ??= new Map()).set(name, count);
        continue;
      }
      this.dfScratch?.delete(name);
      while (this.df.length <= id) this.df.push(0);
      this.df[id] = count;
    }
    this.changed();
  }

  /** Word pairs the corpus shows to correspond (wordPairs.ts), both ways: term id → the other language's term ids. */
  private learned = new Map<number, number[]>();
  /** Sets the learned word pairs (replacing those before). */
  setLearned(pairs: Map<number, number[]>) {
    // Pairs are of the corpus's subjects (permanent ids); one with a scratch id would outlive its check.
    const terms = this.terms;
    const kept = new Map<number, number[]>();
    for (const [a, bs] of pairs) {
      if (terms.isScratch(a)) continue;
      const ok = bs.filter((b) => !terms.isScratch(b));
      if (ok.length) kept.set(a, ok);
    }
    this.learned = kept;
    this.links.clear();
    this.scratchLinks.clear();
  }

  /** Marks the terms these weights count (TermTable.compact must keep them). */
  markLive(live: Uint8Array): void {
    for (let id = 0; id < this.df.length; id++) if (this.df[id]) live[id] = 1;
    for (const [a, bs] of this.learned) {
      live[a] = 1;
      for (const b of bs) live[b] = 1;
    }
  }
  /** Renumbers the counts and learned pairs after TermTable.compact (every id they hold was kept). */
  renumber(map: Int32Array): void {
    const df: number[] = [];
    for (let id = 0; id < this.df.length; id++) {
      if (!this.df[id]) continue;
      const to = map[id];
      while (df.length <= to) df.push(0);
      df[to] = this.df[id];
    }
    this.df = df;
    const learned = new Map<number, number[]>();
    for (const [a, bs] of this.learned)
      learned.set(
        map[a],
        bs.map((b) => map[b]),
      );
    this.learned = learned;
    this.byKey = this.vocabTerms = undefined;
    this.links.clear();
    this.scratchLinks.clear();
  }

  private changed() {
    this.vocabTerms = undefined;
    if (this.byKey) {
      this.byKey = undefined;
      this.links.clear();
      this.scratchLinks.clear();
    }
  }
  private count(id: number): number {
    const c = this.df[id] ?? 0;
    return c === 0 && this.dfScratch && this.terms.isScratch(id) ? (this.dfScratch.get(this.terms.name(id)) ?? 0) : c;
  }
  known(id: number): boolean {
    return this.count(id) > 0;
  }
  idf(id: number): number {
    return Math.log(1 + (this.n + 1) / (this.count(id) + 1));
  }
}

/**
 * How much of the claim's subject a source figure's subject covers (0..1), the idf mass shared, how many terms,
 * and how many of them the claim's own sentence gives (`own`: not only its heading or the sentence before); asymmetric on purpose, since a source sentence may say more than the report does. The claim's side
 * is worked out once, for scoring one claim against many sources. The returned function refills one result
 * object per call: read it before the next.
 */
/** Korean words of grammar no English word can be (ko.json stopwords.crossLanguage; similarityTo's `cross`). */
const GRAMMAR: ReadonlySet<string> = new Set(koWords.stopwords.crossLanguage ?? []);
const isGrammar = (name: string) => name.startsWith('ko:') && GRAMMAR.has(name.slice(3));

/** What is read of a source figure's subject while its claim is judged: a Subject, or a stored one read in place (judge/figureIndex.ts). */
export type SubjectTerms = Pick<Subject, 'size' | 'idAt' | 'weightAt' | 'weightOf' | 'nameAt'>;

/** The weight a subject built with weight `w` gives back (weightAt): `w` as the subject's code holds it. */
export function subjectWeight(w: number): number {
  return weightValues[weightCode(w)];
}

export function similarityTo(
  claim: Subject,
  w: TermWeights,
  /**
   * An array the claim's slots by term id may be kept in (grown when too short), for a caller that uses the function
   * only until it gives the array to the next claim: an array of every term id a claim was churn for malloc.
   */
  scratch?: { slotOf: Int32Array },
): (
  source: SubjectTerms,
  /** The source is in the other language than the claim: the claim's words of grammar (GRAMMAR) are not counted. */
  cross?: boolean,
) => { score: number; shared: number; count: number; own: number } {
  const wcs: number[] = [],
    idfs: number[] = [],
    co: boolean[] = [],
    ctxs: boolean[] = [];
  const terms = claim.terms;
  // Claim slot per term id (-1: not the claim's), a typed array: this runs for thousands of candidates per claim.
  let maxId = -1;
  // A content word's spellings in the other script the sources use ("narvik": 나르비크) take its slot too.
  const linked: number[][] = [];
  for (let i = 0; i < claim.size; i++) {
    const t = claim.idAt(i);
    linked.push(isWord(terms, t) ? w.linked(t) : NONE);
  }
  // A Korean firm's Hangul name is the claim's where its words name the firm both by its own name and by a word of its
  // trade (`Dongjin Heavy Industries`: 동진중공업); a firm met only one way is not (`Dongjin` alone may be any word,
  // `industries` any firm's). There the one Korean word stands for each of those words (moreSlots), as the English
  // words would in an English source; and those words, named by no source of their own language, count only where a
  // source has the firm (firmOnly): evidence when shared, no loss when not (an interview's answer, `우리 지분이 30%니까
  // …`, does not repeat the firm the question named).
  let firms: Set<number> | undefined;
  const firmOnly: boolean[] = [];
  {
    let names: Set<number> | undefined, trades: Set<number> | undefined;
    for (const l of linked) {
      const f = l.length ? w.firmLinks(l) : undefined;
      if (!f) continue;
      for (const x of f.name) (names ??= new Set()).add(x);
      for (const x of f.trade) (trades ??= new Set()).add(x);
    }
    if (names || trades)
      for (let i = 0; i < claim.size; i++) {
        const f = linked[i].length ? w.firmLinks(linked[i]) : undefined;
        if (!f) continue;
        const keep = (x: number) => !!names?.has(x) && !!trades?.has(x);
        linked[i] = linked[i].filter((x) => (!f.name.has(x) && !f.trade.has(x)) || keep(x));
        for (const x of linked[i]) if (keep(x)) (firms ??= new Set()).add(x);
        firmOnly[i] = linked[i].length > 0 && linked[i].every(keep);
      }
  }
  for (let i = 0; i < claim.size; i++) maxId = Math.max(maxId, claim.idAt(i), ...linked[i]);
  let slotOf: Int32Array;
  if (scratch) {
    if (scratch.slotOf.length < maxId + 1)
      scratch.slotOf = new Int32Array(Math.max(maxId + 1, 2 * scratch.slotOf.length));
    slotOf = scratch.slotOf.fill(-1, 0, maxId + 1);
  } else slotOf = new Int32Array(maxId + 1).fill(-1);
  let total = 0,
    around = 0;
  /** The claim's further slots of a Korean firm's name that its own name and its trade's words all meet. */
  let moreSlots: Map<number, number[]> | undefined;
  const firmCo: boolean[] = [],
    vocabs: boolean[] = [],
    grammar: boolean[] = [];
  for (let i = 0; i < claim.size; i++) {
    const t = claim.idAt(i);
    // A content word no source figure is about tells nothing apart; a lexicon concept always counts.
    const known = w.known(t);
    if (isWord(terms, t) && !known && !linked[i].length) continue;
    // Known only in the other script: as rare as its rarest spelling there is common. A term no source names
    // and nothing links (a concept like 부지 where the source says "spans 1,200 acres") is as rare as can be, not
    // infinitely so: it weighs on the claim's side without making every source's share of it nothing.
    let idf = w.idf(t);
    if (!known && linked[i].length) {
      idf = Infinity;
      for (const l of linked[i]) idf = Math.min(idf, w.idf(l));
    }
    // A co-stated figure, and a term only the text around the sentence gives (a heading, the sentence before),
    // count only where the source has them too: evidence when shared, no loss when not. So does a word no source
    // of its language names that only the domain vocabulary links ("permanently", 은행): the sources of its own
    // language write it otherwise ("permanent", 시중은행), and were not scored against it before it was linked.
    const ctx = claim.isContextAt(i);
    const byVocab = !known && isWord(terms, t) && w.linkedByVocabOnly(linked[i]);
    const byFirm = !known && isWord(terms, t) && !!firmOnly[i];
    const isCo = isCoFigure(terms, t) || ctx || byVocab || byFirm;
    if (!isCo) total += claim.weightAt(i) * idf;
    else if (ctx && !byVocab) around += claim.weightAt(i) * idf;
    for (const l of linked[i])
      if (slotOf[l] < 0) slotOf[l] = wcs.length;
      else if (firms?.has(l) && slotOf[l] !== wcs.length) {
        const m = (moreSlots ??= new Map()).get(l);
        if (!m) moreSlots.set(l, [wcs.length]);
        else if (!m.includes(wcs.length)) m.push(wcs.length);
      }
    slotOf[t] = wcs.length;
    wcs.push(claim.weightAt(i));
    idfs.push(idf);
    co.push(isCo);
    ctxs.push(ctx);
    vocabs.push(byVocab);
    firmCo.push(byFirm && !isCoFigure(terms, t) && !ctx && !byVocab);
    grammar.push(isGrammar(terms.name(t)));
  }
  // A sentence that says nothing of its own ("Published: 24 Jan 2025" under a title) is only what is around it.
  // (A claim with nothing else of its own, nor around it, is about those words.)
  if (total === 0 && around === 0)
    for (let k = 0; k < co.length; k++)
      if (vocabs[k] && !ctxs[k]) {
        co[k] = false;
        total += wcs[k] * idfs[k];
      }
  if (total === 0 && around > 0) {
    total = around;
    for (let k = 0; k < co.length; k++) if (ctxs[k] && !vocabs[k]) co[k] = ctxs[k] = false;
  }
  // The whole a source in the other language is scored against: without the claim's words of grammar, which no word
  // of that language can be (a Korean line's `기대하고 있다` against `The county government expects about 500 …`).
  let totalCross = total;
  for (let k = 0; k < co.length; k++) if (grammar[k] && !co[k]) totalCross -= wcs[k] * idfs[k];
  if (!(totalCross > 1e-9)) totalCross = total;
  // The source's weight per claim term (NaN: not in the source), filled per source and summed in claim order.
  const found = new Float64Array(wcs.length);
  // One result object, refilled per call: callers read it at once.
  const out = { score: 0, shared: 0, count: 0, own: 0 };
  return (source, cross = false) => {
    found.fill(NaN);
    let hits = 0;
    for (let j = 0; j < source.size; j++) {
      const id = source.idAt(j);
      const k = id <= maxId ? slotOf[id] : -1;
      if (k >= 0 && !(found[k] >= source.weightAt(j))) {
        found[k] = source.weightAt(j);
        hits++;
      }
      const more = k >= 0 && moreSlots ? moreSlots.get(id) : undefined;
      if (more)
        for (const m of more)
          if (!(found[m] >= source.weightAt(j))) {
            found[m] = source.weightAt(j);
            hits++;
          }
    }
    let shared = 0,
      count = 0,
      own = 0,
      extra = 0;
    for (let i = 0; hits > 0 && i < wcs.length; i++) {
      const ws = found[i];
      if (ws === ws && cross && grammar[i]) hits--;
      else if (ws === ws) {
        shared += Math.min(wcs[i], ws) * idfs[i];
        count++;
        if (!ctxs[i]) own++;
        hits--;
        // (a firm's name only the other language's sources write adds what the source shares of it: its heading's
        // weight in an interview's answer takes nothing away)
        if (co[i]) extra += firmCo[i] ? Math.min(wcs[i], ws) * idfs[i] : wcs[i] * idfs[i];
      }
    }
    // (Only for a source that shares two terms or more: one shared concept, `power`, is no more evidence for it.)
    const whole = cross && count >= 2 ? totalCross : total;
    out.score = whole + extra > 0 ? shared / (whole + extra) : 0;
    out.shared = shared;
    out.count = count;
    out.own = own;
    return out;
  };
}

/** Lexicon concepts of a counted noun ("일자리" → jobs), weighted above the rest of the subject. */
export function nounTerms(noun: string | undefined, lang: Lang): string[] {
  return noun ? termsIn(noun, lang).map((h) => h.id) : [];
}

/** nounTerms as term ids (what subjectOf takes). */
export function nounTermIds(noun: string | undefined, lang: Lang): number[] {
  return noun ? termsIn(noun, lang).map((h) => h.tid) : [];
}
