// The corpus's source figures indexed for judging: by kind and unit, then by subject term (postings), with the
// equivalences sources state between units, each figure's place in a run (ordinals) and the source figures kept
// for a claim (Scored). Kept per corpus by the corpus's engine.
import type { Corpus, PartOfCorpus } from '../corpus/corpus';
import { defaultEngineState } from '../engineState';
import { Subject, subjectWeight, type SubjectTerms, type TermWeights } from '../extract/subjects';
import { agrees, interval, intervalsAgree, isOddApprox, type Interval } from '../extract/values';
import type { Figure, FigureKind, Lang, Source } from '../types';
import type { TermTable } from '../text/terms';
import { exportFacts, importFacts, type Facts, type StoredFacts } from './figureFacts';
import { learnWordPairs } from './wordPairs';
import { countsOf } from '../corpus/lazySource';
import { RUN_GAP } from './counted';
import { release } from '../corpus/release';

/** Postings longer than this share of a bucket are too common to find candidates by (they still score). */
export const COMMON = 0.25;
/** A bucket no larger than this is read whole: leaving its common postings out would save next to nothing. */
export const MIN_COMMON_BUCKET = 40;

/** Where a figure stands in a run of figures of its kind in its sentence ("from four to three": 0 of 2, 1 of 2). */
export interface Ordinal {
  ord: number;
  n: number;
}
/**
 * A source figure in the index: its source and number there, and what finding and scoring candidates reads of it
 * (kind, unit, subject), so that a source read from a corpus snapshot is decoded only for the candidates that
 * score (corpus/lazySource.ts); `fig` is the figure itself. Its fields are read from where they are kept (`rows`:
 * a bucket's columns, or the figures of the one source a cold start is indexing), not copied: a first check at
 * 100,000 generated articles makes most of a million entries and keeps them, at 144 bytes each with the fields
 * copied, 72 without.
 */
export class Entry {
  constructor(
    /** Its source, as it was when the entry was made (a corpus's list of sources changes in place). */
    readonly src: Source,
    /** Where its fields are kept. */
    private readonly rows: EntryRows,
    /** Its number there. */
    private readonly no: number,
  ) {}
  /** The figure's number in its source. */
  get fi(): number {
    return this.rows.figureOf(this.no);
  }
  get kind(): FigureKind {
    return this.rows.kindOf(this.no);
  }
  get unit(): string {
    return this.rows.unitOf(this.no);
  }
  get lang(): Lang {
    return this.rows.langOf(this.no);
  }
  /** The number of the figure's sentence in its source. */
  get sentence(): number {
    return this.rows.sentenceOf(this.no);
  }
  /** The figure's Ordinal, inline. */
  get ord(): number {
    return this.rows.ordOf(this.no);
  }
  get n(): number {
    return this.rows.nOf(this.no);
  }
  /** Figures with the same sig are the same to agrees(), whichever side they are on (see agreeSig). */
  get sig(): number {
    return this.rows.sigOf(this.no);
  }
  /** What agrees() reads of the figure: its sig's (Index.sigFigs). */
  get sigFig(): SigFigure {
    return this.rows.sigFigOf(this.no);
  }
  /**
   * What the judging reads of the figure's subject, worked out the first time it is read (Facts). Kept where its
   * fields are (a snapshot's stored record, else set on it): an entry holds its source, rows and number only, 48
   * bytes where it held three more fields (at 100,000 generated articles a first check makes some 900,000 entries).
   */
  get facts(): Facts | undefined {
    return this.rows.factsOf(this.no);
  }
  set facts(f: Facts | undefined) {
    this.rows.setFactsOf(this.no, f);
  }
  /** The places its sentence names (figureFacts.ts entryPlaces), worked out the first time they are read. */
  get places(): string[] | undefined {
    return this.rows.placesOf(this.no);
  }
  set places(p: string[] | undefined) {
    this.rows.setPlacesOf(this.no, p);
  }
  /** The figure's subject (the same terms and weights as `fig.subject`): built once, when first asked for. */
  get subject(): Subject {
    return this.rows.subjectOf(this.no);
  }
  /**
   * The subject's terms as judging a claim reads them: the subject once built, else the stored one read in place (a
   * view refilled at the next read of the bucket's: read at once, never held). Scoring and gating every candidate of
   * a claim builds no Subject: only entries whose `subject` is asked for keep one (at 100,000 generated articles a
   * 100-line report's candidates built and kept 732,077).
   */
  get terms(): SubjectTerms {
    return this.rows.termsOf(this.no);
  }
  get fig(): Figure {
    return this.src.figures[this.fi];
  }
  /** Its number in `rows`, or -1 when its fields are kept elsewhere (Bucket.numberOf). */
  isOf(rows: EntryRows): number {
    return this.rows === rows ? this.no : -1;
  }
}

/** Where entries' fields are kept, by entry number: a Bucket's columns, or a source's figures (SourceRows). */
interface EntryRows {
  figureOf(no: number): number;
  kindOf(no: number): FigureKind;
  unitOf(no: number): string;
  langOf(no: number): Lang;
  sentenceOf(no: number): number;
  ordOf(no: number): number;
  nOf(no: number): number;
  sigOf(no: number): number;
  sigFigOf(no: number): SigFigure;
  /** The subject: given, or built from stored columns the first time it is asked for (the same object after). */
  subjectOf(no: number): Subject;
  /** The subject's terms: given or built, else read in place (StoredSubjects.view). */
  termsOf(no: number): SubjectTerms;
  /** Its facts: set on it, else stored (Bucket.setFacts); undefined before either. */
  factsOf(no: number): Facts | undefined;
  setFactsOf(no: number, f: Facts | undefined): void;
  /** Its sentence's places once worked out (figureFacts.ts entryPlaces). */
  placesOf(no: number): string[] | undefined;
  setPlacesOf(no: number, p: string[] | undefined): void;
}

/** What was worked out of entries and set on them (EntryRows: facts, places), by entry number, made when first set. */
class EntryMemos {
  private facts?: Map<number, Facts | undefined>;
  private places?: Map<number, string[] | undefined>;
  factsOf(no: number): Facts | undefined {
    return this.facts?.get(no);
  }
  hasFacts(no: number): boolean {
    return !!this.facts?.has(no);
  }
  setFactsOf(no: number, f: Facts | undefined): void {
    (this.facts ??= new Map()).set(no, f);
  }
  /** Facts set so far let go of (stored ones given to the rows instead: Bucket.setFacts). */
  clearFacts(): void {
    this.facts = undefined;
  }
  placesOf(no: number): string[] | undefined {
    return this.places?.get(no);
  }
  setPlacesOf(no: number, p: string[] | undefined): void {
    (this.places ??= new Map()).set(no, p);
  }
}

/** The figures of the one source a cold start is indexing, as entries read them (StoredIndexBuilder.add). */
class SourceRows implements EntryRows {
  constructor(
    private readonly src: Source,
    /** [ord, n] × figures (ordinalsAt). */
    private readonly ords: Int32Array,
    private readonly sigs: Int32Array,
    private readonly sigFigs: readonly SigFigure[],
  ) {}
  figureOf(no: number): number {
    return no;
  }
  kindOf(no: number): FigureKind {
    return this.src.figures[no].kind;
  }
  unitOf(no: number): string {
    return this.src.figures[no].unit;
  }
  langOf(no: number): Lang {
    return this.src.figures[no].lang;
  }
  sentenceOf(no: number): number {
    return this.src.figures[no].sentence;
  }
  ordOf(no: number): number {
    return this.ords[2 * no];
  }
  nOf(no: number): number {
    return this.ords[2 * no + 1];
  }
  sigOf(no: number): number {
    return this.sigs[no];
  }
  sigFigOf(no: number): SigFigure {
    return this.sigFigs[this.sigs[no]];
  }
  subjectOf(no: number): Subject {
    return this.src.figures[no].subject;
  }
  termsOf(no: number): SubjectTerms {
    return this.src.figures[no].subject;
  }
  // (one source's figures, each given its facts as it is indexed: arrays by figure, not maps)
  private readonly facts: (Facts | undefined)[] = [];
  private readonly places: (string[] | undefined)[] = [];
  factsOf(no: number): Facts | undefined {
    return this.facts[no];
  }
  setFactsOf(no: number, f: Facts | undefined): void {
    this.facts[no] = f;
  }
  placesOf(no: number): string[] | undefined {
    return this.places[no];
  }
  setPlacesOf(no: number, p: string[] | undefined): void {
    this.places[no] = p;
  }
}

/**
 * The subjects of a bucket's entries as a corpus snapshot stores them (StoredIndex.figures), each made a Subject
 * the first time its entry's subject is read: a warm start's first check reads the subjects of the candidates of its
 * claims, not of every source figure. Checked when imported (importIndex), so building one cannot fail.
 */
class StoredSubjects {
  /** Subjects built so far (what a warm start has not had to build is what it saved). */
  built = 0;
  constructor(
    private readonly terms: TermTable,
    /** Term ids of the bucket's slots. */
    private readonly slotIds: readonly number[],
    private readonly bounds: Int32Array,
    private readonly slots: NumberArray,
    private readonly weights: NumberArray,
    private readonly values: Float64Array,
  ) {}

  /** Entry `no`'s subject, built the first time it is asked for and kept (the same object after). */
  subject(no: number): Subject {
    let s = this.kept?.get(no);
    if (!s) (this.kept ??= new Map()).set(no, (s = this.build(no)));
    return s;
  }
  /** The subjects built so far, by entry. */
  private kept?: Map<number, Subject>;
  /** Entry `no`'s subject if it has been built. */
  builtOf(no: number): Subject | undefined {
    return this.kept?.get(no);
  }

  private build(no: number): Subject {
    const from = this.bounds[no];
    this.built++;
    return Subject.fromSlots(
      this.terms,
      this.slotIds,
      this.slots,
      this.weights,
      this.values,
      from,
      this.bounds[no + 1] - from,
    );
  }

  /**
   * Entry `no`'s subject read in place, as the Subject subject(no) builds would read (the same terms and weights, in
   * order): one object per bucket, refilled at each call, read at once by the caller (Entry.terms).
   */
  view(no: number): SubjectTerms {
    const v = (this.reader ??= new StoredSubjectView(this.terms, this.slotIds, this.slots, this.weights, this.values));
    v.from = this.bounds[no];
    v.size = this.bounds[no + 1] - v.from;
    return v;
  }
  private reader?: StoredSubjectView;

  /** Whether every entry's subject can be built: bounds in order within the arrays, every number within its table. */
  fits(entries: number): boolean {
    const { bounds, slots, weights } = this;
    if (bounds.length !== entries + 1 || bounds[0] !== 0 || bounds[entries] !== slots.length) return false;
    if (weights.length !== slots.length) return false;
    for (let i = 0; i < entries; i++) if (!(bounds[i + 1] >= bounds[i])) return false;
    const nSlots = this.slotIds.length,
      nValues = this.values.length;
    for (let p = 0; p < slots.length; p++) if (!(slots[p] < nSlots) || !(weights[p] < nValues)) return false;
    return true;
  }
}

/** A stored subject's terms read from the columns (StoredSubjects.view). */
class StoredSubjectView implements SubjectTerms {
  from = 0;
  size = 0;
  /**
   * Each stored weight value as a built subject gives it back: the value itself (subjects.ts weightCode keeps each
   * distinct weight exactly), a zero as the code table holds it (0 and -0 share a code). Not interned otherwise: a
   * subject read in place adds no weight code a build would not.
   */
  private readonly weightOfValue: Float64Array;
  constructor(
    private readonly table: TermTable,
    private readonly slotIds: readonly number[],
    private readonly slots: NumberArray,
    private readonly weights: NumberArray,
    values: Float64Array,
  ) {
    this.weightOfValue = values.map((v) => (v === 0 ? subjectWeight(v) : v));
  }
  idAt(k: number): number {
    return this.slotIds[this.slots[this.from + k]];
  }
  weightAt(k: number): number {
    return this.weightOfValue[this.weights[this.from + k]];
  }
  weightOf(term: string): number | undefined {
    const id = this.table.known(term);
    if (id === undefined) return undefined;
    for (let k = 0; k < this.size; k++) if (this.idAt(k) === id) return this.weightAt(k);
    return undefined;
  }
  nameAt(k: number): string {
    return this.table.name(this.idAt(k));
  }
}

/**
 * What the figure index of `corpus` holds (for the tests): its entries, and those made so far (Bucket.entry).
 */
export function entriesMade(corpus: Corpus): { entries: number; made: number } {
  const idx = indexOf(corpus);
  let entries = 0,
    made = 0;
  for (const b of idx.buckets.values()) {
    entries += b.size;
    made += b.madeCount;
  }
  return { entries, made };
}

/** How many stored subjects the figure index of `corpus` has built so far (for the tests; 0 when none is stored). */
export function storedSubjectsBuilt(corpus: Corpus): number {
  const idx = indexes(corpus).get(corpus);
  let n = 0;
  for (const s of idx?.stored ?? []) n += s.built;
  return n;
}
/** One direction of a stated equivalence ("5000억 달러(약 718조 원)": the dollars, then the won, and back). */
export interface Direction {
  mine: Entry;
  other: Entry;
}
/**
 * The source figures of a kind and unit, as columns of numbers (a few bytes a figure, where an object per figure
 * costs a hundred and more at millions of figures), and for each subject term the entries naming it (in corpus
 * order, Postings): slot = slots.get(t). An Entry is made for an entry number when a claim reaches it (entry()), and
 * kept: the same object each time, with what was worked out of it (its facts, places).
 */
export class Bucket implements EntryRows {
  slots = new Map<number, number>();
  postings: Postings = NO_POSTINGS;
  /** The last candidates() call that took each entry (Index.marks), made when first asked. */
  marks = new Int32Array(0);
  /** Stored facts (figureFacts.ts importFacts): entry i's is records[entries[base + i]]. */
  private facts?: { records: readonly Facts[]; entries: Int32Array; base: number };
  /**
   * The entries made so far: entry i is made[at[i] - 1] (0: not made). Two arrays, not a Map: at 100,000 articles a
   * first check makes most of a million entries, and a Map holds each for some 40 bytes more.
   */
  private readonly made: Entry[] = [];
  private at?: Int32Array;
  constructor(
    readonly kind: FigureKind,
    /** Numbers into `sources`. */
    private readonly sources: readonly Source[],
    /** [source, figure, ord, n, sig] × entries. */
    readonly cols: NumberArray,
    readonly units: readonly string[],
    readonly unit: NumberArray,
    readonly langs: readonly string[],
    readonly lang: NumberArray,
    readonly sentence: NumberArray,
    /** Each entry's subject: given (a figure's own), or built from a snapshot's columns. */
    readonly subjects: StoredSubjects | readonly Subject[],
    private readonly sigFigs: readonly SigFigure[],
  ) {}
  get size(): number {
    return this.unit.length;
  }
  /** The unit of entry i. */
  unitOf(i: number): string {
    return this.units[this.unit[i]];
  }
  /** The source of entry i. */
  sourceOf(i: number): Source {
    return this.sources[this.cols[5 * i]];
  }
  // What an Entry reads of entry i (EntryRows).
  figureOf(i: number): number {
    return this.cols[5 * i + 1];
  }
  kindOf(): FigureKind {
    return this.kind;
  }
  langOf(i: number): Lang {
    return this.langs[this.lang[i]] as Lang;
  }
  sentenceOf(i: number): number {
    return this.sentence[i];
  }
  ordOf(i: number): number {
    return this.cols[5 * i + 2];
  }
  nOf(i: number): number {
    return this.cols[5 * i + 3];
  }
  sigOf(i: number): number {
    return this.cols[5 * i + 4];
  }
  sigFigOf(i: number): SigFigure {
    return this.sigFigs[this.cols[5 * i + 4]];
  }
  subjectOf(i: number): Subject {
    const s = this.subjects;
    return s instanceof StoredSubjects ? s.subject(i) : s[i];
  }
  termsOf(i: number): SubjectTerms {
    const s = this.subjects;
    return s instanceof StoredSubjects ? (s.builtOf(i) ?? s.view(i)) : s[i];
  }
  private readonly memos = new EntryMemos();
  factsOf(i: number): Facts | undefined {
    const m = this.memos;
    if (m.hasFacts(i)) return m.factsOf(i);
    const f = this.facts;
    return f ? f.records[f.entries[f.base + i]] : undefined;
  }
  setFactsOf(i: number, f: Facts | undefined): void {
    this.memos.setFactsOf(i, f);
  }
  placesOf(i: number): string[] | undefined {
    return this.memos.placesOf(i);
  }
  setPlacesOf(i: number, p: string[] | undefined): void {
    this.memos.setPlacesOf(i, p);
  }
  /** Entry i if it has been made, else undefined (making none). */
  madeEntry(i: number): Entry | undefined {
    const k = this.at?.[i] ?? 0;
    return k > 0 ? this.made[k - 1] : undefined;
  }
  /** The number of entry `e` in this bucket, or -1 when it is another's. */
  numberOf(e: Entry): number {
    return e.isOf(this);
  }
  /** Entry i, made the first time it is asked for. */
  entry(i: number): Entry {
    const at = (this.at ??= new Int32Array(this.size));
    if (at[i] > 0) return this.made[at[i] - 1];
    const e = new Entry(this.sources[this.cols[5 * i]], this, i);
    at[i] = this.made.push(e);
    return e;
  }
  /** Gives the entries their stored facts (those made already too, in place of facts set on them before). */
  setFacts(f: { records: readonly Facts[]; entries: Int32Array; base: number }): void {
    this.facts = f;
    this.memos.clearFacts();
  }
  /** How many entries have been made so far. */
  get madeCount(): number {
    return this.made.length;
  }
  /** Every entry, in order (made now: for exporting the index and for the tests). */
  get all(): Entry[] {
    return Array.from({ length: this.size }, (_, i) => this.entry(i));
  }
}
/**
 * A bucket's postings, packed: slot s names lens[s] entries, whose numbers are read from bytes posts[at[s]] …
 * posts[at[s + 1] - 1], ascending, each as its difference from the one before (the first from -1), seven bits a
 * byte, low bits first, the high bit set on all but a number's last byte. Entries that share terms lie close in
 * corpus order, so most numbers take one byte where they took four (at 100,000 generated articles the postings were
 * 160 MB as Int32Arrays). A slot too common to find candidates by (candidates(): more than COMMON of a bucket larger
 * than MIN_COMMON_BUCKET) keeps its count and no numbers, unless the index is part of a larger corpus (whose
 * postings the whole corpus's common terms decide).
 */
export interface Postings {
  lens: Int32Array;
  at: Int32Array;
  posts: Uint8Array;
}
const NO_POSTINGS: Postings = { lens: new Int32Array(0), at: new Int32Array(1), posts: new Uint8Array(0) };

/** Whether a slot naming `n` of a bucket's `size` entries is too common to find candidates by (candidates()). */
const tooCommon = (n: number, size: number) => n > COMMON * size && size > MIN_COMMON_BUCKET;

/**
 * Postings packed from the plain form both builders make (slot s's entries ids[starts[s]] … ids[starts[s + 1] - 1],
 * ascending); `common`: whether too common slots keep their numbers.
 */
export function packPostings(starts: Int32Array, ids: Int32Array, size: number, common: boolean): Postings {
  const nSlots = starts.length - 1;
  const lens = new Int32Array(nSlots),
    at = new Int32Array(nSlots + 1);
  const kept = (s: number) => common || !tooCommon(lens[s], size);
  let bytes = 0;
  for (let s = 0; s < nSlots; s++) {
    lens[s] = starts[s + 1] - starts[s];
    if (kept(s))
      for (let k = starts[s], last = -1; k < starts[s + 1]; k++) {
        bytes += varintBytes(ids[k] - last);
        last = ids[k];
      }
    at[s + 1] = bytes;
  }
  const posts = new Uint8Array(bytes);
  for (let s = 0, p = 0; s < nSlots; s++) {
    if (!kept(s)) continue;
    for (let k = starts[s], last = -1; k < starts[s + 1]; k++) {
      let d = ids[k] - last;
      last = ids[k];
      while (d > 0x7f) {
        posts[p++] = (d & 0x7f) | 0x80;
        d >>>= 7;
      }
      posts[p++] = d;
    }
  }
  return { lens, at, posts };
}

const varintBytes = (d: number) => (d < 1 << 7 ? 1 : d < 1 << 14 ? 2 : d < 1 << 21 ? 3 : d < 1 << 28 ? 4 : 5);

/** The entry numbers of slot `s` (for the tests; candidates() reads them in place). */
export function postingsOfSlot(p: Postings, s: number): number[] {
  const out: number[] = [];
  for (let k = p.at[s], id = -1; k < p.at[s + 1];) {
    let d = 0,
      shift = 0,
      x: number;
    do {
      x = p.posts[k++];
      d |= (x & 0x7f) << shift;
      shift += 7;
    } while (x & 0x80);
    out.push((id += d));
  }
  return out;
}

export interface Index {
  version: number;
  buckets: Map<string, Bucket>;
  partOf?: PartOfCorpus;
  /** The equivalences between different units, each both ways, by the unit of `mine` (in corpus order). */
  equivalences: Map<string, Direction[]>;
  /** How many sigs there are. */
  sigs: number;
  /** What agrees() and interval() read of the figures of each sig (one of them: the first), by sig. */
  sigFigs: SigFigure[];
  /** interval() of the figures of a sig, and of them taken as approximate, worked out when first asked. */
  intervals: (Interval | undefined)[];
  approx: (Interval | undefined)[];
  /** The sources the buckets' source numbers are numbers into (in corpus order). */
  sources: readonly Source[];
  /**
   * Entries by source, for claims that cite one (entriesOf): source number k's are bucket bucket[p], entry entry[p]
   * for p from starts[k] to starts[k + 1] - 1 (buckets in order, then entries).
   */
  bySource?: { no: Map<Source, number>; starts: Int32Array; bucket: Int32Array; entry: Int32Array; list: Bucket[] };
  /** The last candidates() call's mark (Bucket.marks). */
  marks: number;
  /** candidates()' scratch: the entry numbers a call takes. */
  found?: Int32Array;
  /** The word pairs learned from the corpus (wordPairs.ts), as given to its weights: kept for exportIndex. */
  learned?: Map<number, number[]>;
  /** Read from a snapshot: each bucket's stored subjects (built when read). */
  stored?: StoredSubjects[];
}

/** What agrees() and interval() read of a figure (and its text, which they read only through isOddApprox). */
export type SigFigure = Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'precision' | 'qualifier' | 'text'>;

/**
 * Everything agrees() and interval() read of a figure, as a string: figures alike in all of it agree or disagree
 * with anything alike (many source figures state the same "$500 billion"). (A tree of Maps, one level a field,
 * profiled slower than this string.)
 */
function agreeSig(f: SigFigure): string {
  return `${f.kind}|${f.value}|${f.low}|${f.high}|${f.precision}|${f.qualifier}|${isOddApprox(f.text)}`;
}

export function ordinals(figs: Figure[]): Map<Figure, Ordinal> {
  const at = ordinalsAt(figs);
  const out = new Map<Figure, Ordinal>();
  figs.forEach((f, i) => out.set(f, { ord: at[2 * i], n: at[2 * i + 1] }));
  return out;
}

/**
 * The Ordinal of figs[i] as at[2i] (ord) and at[2i + 1] (n). Groups of a sentence, kind and unit by sorting
 * positions (no key string or Map a figure: the corpus-wide index asks this of every source figure).
 */
function ordinalsAt(figs: Figure[]): Int32Array {
  const at = new Int32Array(2 * figs.length);
  const order = Array.from(figs.keys());
  // By group, then start; equal starts keep list order (the order a stable sort by start within a group gives).
  order.sort((i, j) => {
    const a = figs[i],
      b = figs[j];
    return (
      a.sentence - b.sentence ||
      (a.kind === b.kind ? 0 : a.kind < b.kind ? -1 : 1) ||
      (a.unit === b.unit ? 0 : a.unit < b.unit ? -1 : 1) ||
      a.start - b.start ||
      i - j
    );
  });
  // Only figures next to each other pair up: "$500 billion over four years; only the first $100 billion" are two
  // statements, not a change from one to the other.
  let from = 0;
  for (let k = 1; k <= order.length; k++) {
    const f = k < order.length ? figs[order[k]] : undefined,
      prev = figs[order[k - 1]];
    if (
      f &&
      f.sentence === prev.sentence &&
      f.kind === prev.kind &&
      f.unit === prev.unit &&
      f.start - prev.end <= RUN_GAP
    )
      continue;
    // A figure that restates the one before it in another unit ("1.5기가와트(150만kW)", "1.2 GW (1,200 MW)": the same
    // value once normalized, right after it) is that figure again, not the next of the run: it takes its place, and
    // the run counts it once ("1.5GW (1단계 300MW)" is a run of two; "1.5기가와트(150만kW)" a run of one).
    let ord = -1;
    for (let r = from; r < k; r++) {
      if (r === from || !restates(figs[order[r]], figs[order[r - 1]])) ord++;
      at[2 * order[r]] = ord;
    }
    for (let r = from; r < k; r++) at[2 * order[r] + 1] = ord + 1;
    from = k;
  }
  return at;
}

/** How far after a figure its restatement in another unit may start: "(", " (", " / ", "(약 ". */
const RESTATE_GAP = 4;

/** Whether `f`, right after `prev` in a run, restates it: the same normalized value, written in another unit. */
function restates(f: Figure, prev: Figure): boolean {
  return f.start - prev.end <= RESTATE_GAP && f.value === prev.value && f.low === prev.low && f.high === prev.high;
}

/** The index of a corpus, kept by the corpus's engine (engineState.ts). */
const indexes = (corpus: Corpus) => (corpus.engine ?? defaultEngineState()).tables<Corpus, Index>('figures');

export function bucketKey(kind: string, unit: string) {
  return kind === 'count' ? 'count' : `${kind}|${unit}`;
}

export function indexOf(corpus: Corpus): Index {
  const cached = indexes(corpus).get(corpus);
  if (cached && cached.version === corpus.version) return cached;
  // A warm start's corpus snapshot holds the index as it was built for these sources (corpus/snapshot.ts); kept
  // while the corpus is unchanged, to be read again when the engine's caches are cleared.
  const stored = corpus.storedFigureIndex;
  if (stored?.version !== corpus.version) corpus.storedFigureIndex = undefined;
  const idx = (stored?.version === corpus.version && importIndex(corpus, stored.index)) || buildIndex(corpus);
  indexes(corpus).set(corpus, idx);
  return idx;
}

function buildIndex(corpus: Corpus): Index {
  const b = new IndexBuilder(corpus.version, corpus.partOf);
  for (const src of corpus.sources) b.add(src);
  // Korean and English words the corpus states the same figures with (용량/capacity), for the subjects' similarity:
  // part of a larger corpus, the larger one's.
  return b.finish(corpus.partOf?.pairs ?? learnWordPairs(corpus.sources), corpus.weights);
}

/** A bucket of IndexBuilder, filled entry by entry. */
interface Building {
  key: string;
  kind: FigureKind;
  /** [source, figure, ord, n, sig] × entries. */
  cols: Column;
  units: string[];
  unit: Column;
  langs: string[];
  lang: Column;
  sentence: Column;
  subjects: Subject[];
  /** Entry k's terms are terms[bounds[k]] … terms[bounds[k + 1] - 1]. */
  terms: Int32Array;
  n: number;
  bounds: number[];
}

/** Builds an Index from sources given one at a time, in corpus order (buildIndex). */
export class IndexBuilder {
  readonly idx: Index;
  private readonly sigs: SigTable;
  // One pass over the figures: the entries' numbers by bucket (kind, then unit: no key string a figure) and each
  // bucket's terms entry by entry in one flat array, so the postings are then counted and filled from contiguous
  // numbers, not by reading every subject twice more.
  private building: Building[] = [];
  private byKind = new Map<string, Map<string, Building>>();
  private maxId = 0;
  private sources: Source[] = [];
  /** The equivalences' directions as [bucket, entry] of mine, then of other, by the unit of mine. */
  private directions = new Map<string, [Building, number, Building, number][]>();

  constructor(version: number, partOf?: PartOfCorpus) {
    this.idx = {
      version,
      buckets: new Map(),
      equivalences: new Map(),
      sigs: 0,
      sigFigs: [],
      intervals: [],
      approx: [],
      marks: 0,
      partOf,
      sources: this.sources,
    };
    this.sigs = new SigTable(this.idx.sigFigs);
  }

  /** The next source's figures, added to their buckets (in its figure order). */
  add(src: Source): void {
    const no = this.sources.push(src) - 1;
    const ords = ordinalsAt(src.figures);
    const at = src.figures.map((fig, fi) => this.put(no, fi, fig, ords[2 * fi], ords[2 * fi + 1]));
    if (!src.equivalences.length) return;
    // Only a source stating equivalences needs its figures looked up.
    const of = new Map<Figure, number>();
    src.figures.forEach((f, i) => of.set(f, i));
    for (const eq of src.equivalences) {
      const a = of.get(eq.a),
        b = of.get(eq.b);
      if (a === undefined || b === undefined || src.figures[a].unit === src.figures[b].unit) continue;
      this.direction(src.figures[a].unit, at[a], at[b]);
      this.direction(src.figures[b].unit, at[b], at[a]);
    }
  }

  private direction(unit: string, mine: [Building, number], other: [Building, number]): void {
    addDirection(this.directions, unit, [mine[0], mine[1], other[0], other[1]]);
  }

  /** A figure's numbers and subject added to its bucket; where it is (bucket, number there). */
  private put(no: number, fi: number, fig: Figure, ord: number, n: number): [Building, number] {
    const { kind, unit, subject } = fig;
    const g = bucketOf(this.byKind, this.building, kind, unit, (key) => ({
      key,
      kind,
      cols: new Column(),
      units: [],
      unit: new Column(),
      langs: [],
      lang: new Column(),
      sentence: new Column(),
      subjects: [],
      terms: new Int32Array(1024),
      n: 0,
      bounds: [0],
    }));
    const sig = this.sigs.of(fig);
    g.cols.push(no);
    g.cols.push(fi);
    g.cols.push(ord);
    g.cols.push(n);
    g.cols.push(sig);
    let u = g.units.indexOf(unit);
    if (u < 0) u = g.units.push(unit) - 1;
    g.unit.push(u);
    let l = g.langs.indexOf(fig.lang);
    if (l < 0) l = g.langs.push(fig.lang) - 1;
    g.lang.push(l);
    g.sentence.push(fig.sentence);
    g.subjects.push(subject);
    const size = subject.size;
    if (g.n + size > g.terms.length) {
      const grown = new Int32Array(Math.max(2 * g.terms.length, g.n + size));
      grown.set(g.terms.subarray(0, g.n));
      g.terms = grown;
    }
    for (let i = 0; i < size; i++) {
      const t = subject.idAt(i);
      if (t > this.maxId) this.maxId = t;
      g.terms[g.n++] = t;
    }
    g.bounds.push(g.n);
    return [g, g.subjects.length - 1];
  }

  /** The index, its postings filled; `learned` the word pairs its weights are given. */
  finish(learned: Map<number, number[]>, weights: TermWeights): Index {
    const idx = this.idx;
    // Per bucket how many entries name each term (slot order: first seen first), then the postings. Term id ->
    // slot + 1 in the bucket at hand (0: none), an array rather than a Map lookup per posting.
    const slotOf = new Int32Array(this.maxId + 1);
    const made = new Map<Building, Bucket>();
    for (const g of this.building) {
      const b = new Bucket(
        g.kind,
        this.sources,
        g.cols.take(),
        g.units,
        g.unit.take(),
        g.langs,
        g.lang.take(),
        g.sentence.take(),
        g.subjects,
        idx.sigFigs,
      );
      made.set(g, b);
      idx.buckets.set(g.key, b);
      const { terms, n, bounds } = g;
      const c: number[] = [];
      for (let p = 0; p < n; p++) {
        const t = terms[p];
        const slot = slotOf[t];
        if (slot === 0) {
          b.slots.set(t, c.length);
          c.push(1);
          slotOf[t] = c.length;
        } else c[slot - 1]++;
      }
      const starts = new Int32Array(c.length + 1);
      for (let s = 0; s < c.length; s++) starts[s + 1] = starts[s] + c[s];
      const ids = new Int32Array(starts[c.length]);
      const fill = starts.slice(0, c.length);
      for (let id = 0; id < b.size; id++)
        for (let p = bounds[id], end = bounds[id + 1]; p < end; p++) ids[fill[slotOf[terms[p]] - 1]++] = id;
      for (const t of b.slots.keys()) slotOf[t] = 0;
      b.postings = packPostings(starts, ids, b.size, !!idx.partOf);
    }
    for (const [unit, list] of this.directions)
      idx.equivalences.set(
        unit,
        list.map(([a, i, b, j]) => ({ mine: made.get(a)!.entry(i), other: made.get(b)!.entry(j) })),
      );
    this.building = [];
    this.byKind.clear();
    this.directions.clear();
    idx.learned = learned;
    weights.setLearned(learned);
    idx.sigs = this.sigs.size;
    idx.intervals = new Array(this.sigs.size).fill(undefined);
    idx.approx = new Array(this.sigs.size).fill(undefined);
    return idx;
  }
}

/**
 * Non-negative integers added one at a time, in the narrowest typed array that holds those added so far: at the end
 * the one narrow() would choose for them. A few bytes a number where a list of objects costs a hundred.
 */
/**
 * The builders' table of value signatures: a number per distinct agreeSig, and its figure's values (the text copied:
 * a figure's text is cut from its article's, which it would keep alive, V8's sliced strings) pushed to `figs`.
 */
export class SigTable {
  private readonly nos = new Map<string, number>();
  constructor(readonly figs: SigFigure[]) {}
  get size(): number {
    return this.nos.size;
  }
  of(f: SigFigure): number {
    const k = agreeSig(f);
    let n = this.nos.get(k);
    if (n === undefined) {
      // The key kept flat: a template's string is a tree of its parts (7 cons strings and their numbers' strings,
      // ~270 bytes a figure kept, where the flat copy is ~60; 22,947 kept at 10,000 generated articles).
      this.nos.set(flatString(k), (n = this.nos.size));
      const { kind, value, low, high, precision, qualifier, text } = f;
      this.figs.push({ kind, value, low, high, precision, qualifier, text: copyString(text) });
    }
    return n;
  }
}

/**
 * The builders' bucket of a kind and unit: by kind, then unit (no key string a figure), else the bucket of its key
 * among `list` (units of one bucket key share it), else a new one `make` gives, added to `list`.
 */
function bucketOf<T extends { key: string }>(
  byKind: Map<string, Map<string, T>>,
  list: T[],
  kind: string,
  unit: string,
  make: (key: string) => T,
): T {
  let units = byKind.get(kind);
  if (!units) byKind.set(kind, (units = new Map()));
  let b = units.get(unit);
  if (!b) {
    const key = bucketKey(kind as FigureKind, unit);
    b = list.find((x) => x.key === key);
    if (!b) list.push((b = make(key)));
    units.set(unit, b);
  }
  return b;
}

/** An equivalence's direction added to the list of its unit. */
function addDirection<T>(m: Map<string, T[]>, unit: string, d: T): void {
  const list = m.get(unit);
  if (list) list.push(d);
  else m.set(unit, [d]);
}

/** A Column's numbers a chunk holds once its chunks are full (64K: at most 256 KB a chunk). */
const CHUNK = 1 << 16;

/**
 * A column of numbers as an index builder fills it, in the narrowest typed array that holds them. It grows by
 * doubling up to a chunk, then a chunk at a time: a full chunk is kept as it is, never copied while the column
 * grows (a column copied to twice its size held both, and its last half unused, ~200 MB of columns at 100,000
 * articles); its typed array of their own is made a chunk at a time.
 */
export class Column {
  /** The full chunks before `a`, each CHUNK numbers, none wider than `a`. */
  private full: NumberArray[] = [];
  private a: NumberArray = new Uint8Array(16);
  /** How many of `a` are filled. */
  private i = 0;
  n = 0;
  push(v: number): void {
    const a = this.a;
    if (this.i === a.length || (v > 255 && a instanceof Uint8Array) || (v > 65535 && !(a instanceof Int32Array)))
      this.grow(v);
    this.a[this.i++] = v;
    this.n++;
  }
  private grow(v: number): void {
    const a = this.a;
    const Wide =
      v > 65535 || a instanceof Int32Array
        ? Int32Array
        : v > 255 || a instanceof Uint16Array
          ? Uint16Array
          : Uint8Array;
    if (this.i === CHUNK) {
      // A full chunk is kept; the next begins at the width the column has come to (a value it needs may be wider).
      this.full.push(a);
      this.a = new Wide(CHUNK);
      this.i = 0;
      return;
    }
    const b = new Wide(this.i === a.length ? 2 * a.length : a.length);
    b.set(a.subarray(0, this.i));
    this.a = b;
  }
  /** The bytes its typed arrays hold (filled or not). */
  get held(): number {
    return this.full.reduce((k, c) => k + c.byteLength, this.a.byteLength);
  }
  /** The numbers in a typed array of their own (narrow's type; `wide`: an Int32Array whatever they are). */
  done(wide = false): NumberArray {
    return this.copy(wide, false);
  }
  /** done(), the column let go of a chunk at a time as it is copied (the stored index is made a column at a time). */
  take(wide = false): NumberArray {
    const out = this.copy(wide, true);
    this.a = new Uint8Array(0);
    this.i = 0;
    this.n = 0;
    return out;
  }
  /**
   * take() without the copy: an empty stand-in of the type take() gives, its numbers left in the chunks, which the
   * snapshot's writer writes a chunk at a time, letting each go (pendingOf, corpus/snapshot.ts writeDerived); the
   * array is then read back from the file as a warm start reads it. Made at once, the copies were held beside the
   * chunks they were copied from, whose memory the allocator kept (most of what a cold start held after its load
   * beyond a warm one's).
   */
  pend(wide = false): NumberArray {
    const Type = wide ? Int32Array : (this.a.constructor as new (n: number) => NumberArray);
    const stand = new Type(0);
    PENDING.set(stand, new PendingColumn(Type, this.n, [...this.full, this.a.subarray(0, this.i)]));
    this.full = [];
    this.a = new Uint8Array(0);
    this.i = 0;
    this.n = 0;
    return stand;
  }
  private copy(wide: boolean, letGo: boolean): NumberArray {
    // The last chunk is the widest: a chunk begins at the width of the one before it.
    const Type = wide ? Int32Array : (this.a.constructor as new (n: number) => NumberArray);
    const out = new Type(this.n);
    const full = this.full;
    for (let k = 0; k < full.length; k++) {
      out.set(full[k], k * CHUNK);
      if (letGo) {
        release(full[k]);
        (full as (NumberArray | undefined)[])[k] = undefined;
      }
    }
    out.set(this.a.subarray(0, this.i), full.length * CHUNK);
    if (letGo) {
      release(this.a);
      this.full = [];
    }
    return out;
  }
}

/** The columns Column.pend stood in for, by their stand-in. */
const PENDING = new WeakMap<ArrayBufferView, PendingColumn>();

/** A column's numbers left in its chunks (Column.pend), to be written a chunk at a time as an array of `Type`. */
export class PendingColumn {
  constructor(
    readonly Type: new (n: number) => NumberArray,
    /** How many numbers. */
    readonly length: number,
    private chunks: (NumberArray | undefined)[],
  ) {}
  /** The bytes the array of its numbers would have, a chunk at a time, each chunk let go of once given. */
  *pieces(): Generator<Uint8Array, void, void> {
    const Type = this.Type as unknown as { new (a: ArrayLike<number>): NumberArray; BYTES_PER_ELEMENT: number };
    for (let k = 0; k < this.chunks.length; k++) {
      const c = this.chunks[k]!;
      this.chunks[k] = undefined;
      // A chunk begins at the width of the one before it: one narrower than the last is widened, a chunk at a time.
      const a = c instanceof (this.Type as unknown as typeof Uint8Array) ? c : new Type(c);
      yield new Uint8Array(a.buffer, a.byteOffset, a.length * Type.BYTES_PER_ELEMENT);
      release(c);
    }
    this.chunks = [];
  }
}

/** The column an empty array stands in for (Column.pend), if it is a stand-in. */
export function pendingOf(a: ArrayBufferView): PendingColumn | undefined {
  return PENDING.get(a);
}

/** A bucket of StoredIndexBuilder: StoredIndex's columns for it, filled entry by entry. */
interface Columns {
  key: string;
  /** Its number among the builder's buckets (in the order they were made). */
  no: number;
  /** [source, figure, ord, n, sig] × entries. */
  entries: Column;
  units: string[];
  unit: Column;
  langs: string[];
  lang: Column;
  sentence: Column;
  bounds: Column;
  /** Each entry's subject: its terms as slots of the bucket (numbered as first named), their weights as `values`. */
  slots: Column;
  weights: Column;
  slotOf: Map<number, number>;
  slotIds: number[];
  values: number[];
  valueNo: Map<number, number>;
  /** Each entry's facts record, numbered as first met (records). */
  facts: Column;
  count: number;
}

/**
 * What exportBuilt gives for an IndexBuilder fed the same sources in the same order, built as they come (a cold start
 * streams them to its snapshot: judge/derivedStream.ts) in the stored form's own columns: no Entry or Subject is kept
 * per source figure (a few hundred bytes each, millions at 100,000 articles), only a figure's numbers. The postings
 * are not built: the stored index has none (importIndex works them out). test/unit/coldStream.test.ts holds the two
 * equal.
 */
export class StoredIndexBuilder {
  private buckets: Columns[] = [];
  private byKind = new Map<string, Map<string, Columns>>();
  private sigFigs: SigFigure[] = [];
  private readonly sigs = new SigTable(this.sigFigs);
  private storedSigs = new Map<SigFigure, number>();
  /** The equivalences' directions, by the unit of mine: [bucket, entry] of mine, then of other (4 numbers each). */
  private equivalences = new Map<string, Column>();
  private records: Facts[] = [];
  private recordNo = new Map<Facts, number>();

  private sigOf(f: SigFigure, stored: boolean): number {
    if (!stored) return this.sigs.of(f);
    let n = this.storedSigs.get(f);
    if (n === undefined) this.storedSigs.set(f, (n = this.sigs.of(f)));
    return n;
  }

  private columns(kind: FigureKind, unit: string): Columns {
    return bucketOf(this.byKind, this.buckets, kind, unit, (key) => {
      const bounds = new Column();
      bounds.push(0);
      return {
        key,
        no: this.buckets.length,
        entries: new Column(),
        units: [],
        unit: new Column(),
        langs: [],
        lang: new Column(),
        sentence: new Column(),
        bounds,
        slots: new Column(),
        weights: new Column(),
        slotOf: new Map(),
        slotIds: [],
        values: [],
        valueNo: new Map(),
        facts: new Column(),
        count: 0,
      };
    });
  }

  /**
   * Source number `no`, its body at hand: its figures as entries (in its figure order, pointing to `src`), whose
   * facts `facts` sets (FactsStream.entries) before they are stored and let go of.
   */
  add(src: Source, no: number, facts: (list: Entry[]) => void): void {
    const sigs = Int32Array.from(src.figures, (fig) => this.sigOf(fig, false));
    const rows = new SourceRows(src, ordinalsAt(src.figures), sigs, this.sigFigs);
    const list = src.figures.map((_, fi) => new Entry(src, rows, fi));
    facts(list);
    const at = list.map((e) => this.put(no, e));
    if (!src.equivalences.length) return;
    const of = new Map<Figure, number>();
    src.figures.forEach((f, i) => of.set(f, i));
    for (const eq of src.equivalences) {
      const a = of.get(eq.a),
        b = of.get(eq.b);
      if (a === undefined || b === undefined || list[a].unit === list[b].unit) continue;
      this.direction(list[a].unit, at[a], at[b]);
      this.direction(list[b].unit, at[b], at[a]);
    }
  }

  /**
   * Source number `no` as a stored index holds its source `k` (`from`: its entries `list`, from.entriesOf(k), and the
   * directions of the equivalences it states), taken from the stored columns: what add() stored for the source they
   * were made of, without its body and without an Entry or Subject a figure (a corpus patched from its snapshot:
   * corpus.ts, judge/derivedPatch.ts). `facts` gives the record an entry keeps (FactsStream.storedRecord).
   */
  addColumns(no: number, from: StoredColumns, k: number, list: Int32Array, facts: (had: Facts) => Facts): void {
    const sigFigs = from.stored.sigFigs;
    const dirs = from.directionsOf(k);
    const at = dirs.length ? new Map<number, [Columns, number]>() : undefined;
    // What each stored number is here, worked out when first met (as put() numbers what it first meets).
    const m = this.remap?.from === from ? this.remap : (this.remap = remapOf(from));
    for (let x = 0; x < list.length; x += 2) {
      const bi = list[x],
        i = list[x + 1];
      const b = from.columns[bi];
      const entries = b.entries,
        p = 5 * i;
      const s0 = entries[p + 4];
      let sig = m.sig[s0];
      if (sig < 0) sig = m.sig[s0] = this.sigOf(sigFigs[s0], true);
      const u0 = b.units[b.unit[i]];
      const c = this.columns(b.kind, u0);
      c.entries.push(no);
      c.entries.push(entries[p + 1]);
      c.entries.push(entries[p + 2]);
      c.entries.push(entries[p + 3]);
      c.entries.push(sig);
      let u = c.units.indexOf(u0);
      if (u < 0) u = c.units.push(u0) - 1;
      c.unit.push(u);
      const l0 = b.langs[b.lang[i]];
      let l = c.langs.indexOf(l0);
      if (l < 0) l = c.langs.push(l0) - 1;
      c.lang.push(l);
      c.sentence.push(b.sentence[i]);
      // A stored bucket's entries all go to one bucket here (its key's), so its slots and values map one to one.
      const slotTo = m.slots[bi],
        valueTo = m.values[bi];
      const { ids, slots, weights, values } = b;
      for (let q = b.bounds[i], end = b.bounds[i + 1]; q < end; q++) {
        const s1 = slots[q];
        let slot = slotTo[s1];
        if (slot < 0) {
          const id = ids[s1];
          let known = c.slotOf.get(id);
          if (known === undefined) {
            c.slotOf.set(id, (known = c.slotIds.length));
            c.slotIds.push(id);
          }
          slot = slotTo[s1] = known;
        }
        c.slots.push(slot);
        const w1 = weights[q];
        let v = valueTo[w1];
        if (v < 0) {
          const w = values[w1];
          let known = c.valueNo.get(w);
          if (known === undefined) c.valueNo.set(w, (known = c.values.push(w) - 1));
          v = valueTo[w1] = known;
        }
        c.weights.push(v);
      }
      c.bounds.push(c.slots.n);
      const r0 = from.factsOf[b.base + i];
      let rn = m.records[r0];
      if (rn < 0) {
        const r = facts(from.facts[r0]);
        let known = this.recordNo.get(r);
        if (known === undefined) this.recordNo.set(r, (known = this.records.push(r) - 1));
        rn = m.records[r0] = known;
      }
      c.facts.push(rn);
      const n = c.count++;
      at?.set(b.base + i, [c, n]);
    }
    for (const [unit, a, i, b, j] of dirs)
      this.direction(unit, at!.get(from.columns[a].base + i)!, at!.get(from.columns[b].base + j)!);
  }
  /** addColumns' numbers of a stored index's (`from`) here: -1 until first met. */
  private remap?: ReturnType<typeof remapOf>;

  private direction(unit: string, mine: [Columns, number], other: [Columns, number]): void {
    let list = this.equivalences.get(unit);
    if (!list) this.equivalences.set(unit, (list = new Column()));
    list.push(mine[0].no);
    list.push(mine[1]);
    list.push(other[0].no);
    list.push(other[1]);
  }

  /** An entry's numbers added to its bucket's columns; where it is (bucket, number there). */
  private put(no: number, e: Entry): [Columns, number] {
    const c = this.columns(e.kind, e.unit);
    c.entries.push(no);
    c.entries.push(e.fi);
    c.entries.push(e.ord);
    c.entries.push(e.n);
    c.entries.push(e.sig);
    let u = c.units.indexOf(e.unit);
    if (u < 0) u = c.units.push(e.unit) - 1;
    c.unit.push(u);
    let l = c.langs.indexOf(e.lang);
    if (l < 0) l = c.langs.push(e.lang) - 1;
    c.lang.push(l);
    c.sentence.push(e.sentence);
    const subject = e.subject;
    for (let t = 0; t < subject.size; t++) {
      const id = subject.idAt(t);
      let slot = c.slotOf.get(id);
      if (slot === undefined) {
        c.slotOf.set(id, (slot = c.slotIds.length));
        c.slotIds.push(id);
      }
      c.slots.push(slot);
      const w = subject.weightAt(t);
      let v = c.valueNo.get(w);
      if (v === undefined) c.valueNo.set(w, (v = c.values.push(w) - 1));
      c.weights.push(v);
    }
    c.bounds.push(c.slots.n);
    const r = e.facts!;
    let rn = this.recordNo.get(r);
    if (rn === undefined) this.recordNo.set(r, (rn = this.records.push(r) - 1));
    c.facts.push(rn);
    return [c, c.count++];
  }

  /**
   * The stored index (exportBuilt's), `learned` the word pairs given to `weights` as IndexBuilder.finish gives them,
   * `ventures` and `sources` the stored facts' (FactsStream); `built` is called once the weights have the pairs. The
   * columns are let go of.
   */
  finish(
    learned: Map<number, number[]>,
    weights: TermWeights,
    ventures: Pick<StoredFacts, 'ventures' | 'sources'>,
    built?: () => void,
    pend = false,
  ): StoredIndex {
    // `pend`: the columns' arrays are stand-ins (Column.pend) for the snapshot's writer, which reads them back.
    const out = (c: Column, wide = false) => (pend ? c.pend(wide) : c.take(wide));
    weights.setLearned(learned);
    built?.();
    const terms = weights.terms;
    const equivalences: StoredIndex['equivalences'] = [];
    for (const [unit, list] of this.equivalences) equivalences.push([unit, out(list, true) as Int32Array]);
    // The facts records numbered as the entries (buckets in order) first meet them (FactsStream.finish).
    const records: Required<Facts>[] = [];
    const renumber = new Int32Array(this.records.length).fill(-1);
    const entries = new Int32Array(this.buckets.reduce((k, c) => k + c.count, 0));
    let k = 0;
    for (const c of this.buckets) {
      const f = c.facts.take(true);
      for (let i = 0; i < f.length; i++) {
        const r = f[i];
        if (renumber[r] < 0) renumber[r] = records.push(this.records[r] as Required<Facts>) - 1;
        entries[k++] = renumber[r];
      }
    }
    const buckets: StoredIndex['buckets'] = [];
    const figures: StoredIndex['figures'] = [];
    for (const c of this.buckets) {
      buckets.push([c.key, out(c.entries, true) as Int32Array, c.slotIds.map((t) => terms.name(t))]);
      figures.push([
        c.units,
        out(c.unit),
        c.langs,
        out(c.lang),
        out(c.sentence),
        out(c.bounds, true) as Int32Array,
        out(c.slots),
        out(c.weights),
        Float64Array.from(c.values),
      ]);
    }
    const stored: StoredIndex = {
      buckets,
      figures,
      equivalences,
      sigs: this.sigs.size,
      sigFigs: this.sigFigs,
      learned: [...learned].map(([a, bs]) => [terms.name(a), bs.map((b) => terms.name(b))]),
      soundKeys: weights.exportSoundKeys(),
      facts: { records, entries, ventures: ventures.ventures, sources: ventures.sources },
    };
    this.buckets = [];
    this.byKind.clear();
    this.equivalences.clear();
    this.records = [];
    this.recordNo.clear();
    return stored;
  }
}

/** StoredIndexBuilder.addColumns' table of what each of a stored index's numbers is in the index being built. */
function remapOf(from: StoredColumns) {
  const none = (n: number) => new Int32Array(n).fill(-1);
  return {
    from,
    sig: none(from.stored.sigs),
    records: none(from.facts.length),
    slots: from.columns.map((b) => none(b.ids.length)),
    values: from.columns.map((b) => none(b.values.length)),
  };
}

/** `s` as one flat string (a string made by joining others is a tree of them until it is flattened). */
function flatString(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** A copy of `s` that shares no memory with the string it was cut from (V8 keeps slices of 13 characters or more). */
function copyString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * The index and the learned word pairs as the corpus snapshot stores them: entries by source and figure number,
 * terms and pairs by name (term ids are per process). importIndex gives back what buildIndex gives.
 */
export interface StoredIndex {
  /**
   * Per bucket, in order: key; entries as [source, figure, ord, n, sig] × k; slot terms by name. The postings are
   * not stored: they are the subjects below turned around (postingsOf), cheaper to work out than to read.
   */
  buckets: [string, Int32Array, string[]][];
  /**
   * Per bucket, what judging reads of each entry's figure besides its sig: the units and languages the bucket's
   * figures are in and each entry's (numbers into them), its sentence's number, and its subject: entry k's terms are
   * slot terms[bounds[k]] … terms[bounds[k + 1] - 1] (slots of the bucket, in the subject's order), with their weights
   * (numbers into `values`: a corpus's subjects use a handful of distinct weights). Numbers are in the smallest
   * typed array that holds them (narrow): this record is read, checked and copied at every warm start.
   */
  figures: [
    units: string[],
    unit: NumberArray,
    langs: string[],
    lang: NumberArray,
    sentence: NumberArray,
    bounds: Int32Array,
    terms: NumberArray,
    weights: NumberArray,
    values: Float64Array,
  ][];
  /** Per unit, in order: [bucket, entry] of mine, then of other, per direction. */
  equivalences: [string, Int32Array][];
  sigs: number;
  /** Index.sigFigs. */
  sigFigs: SigFigure[];
  learned: [string, string[]][];
  /** The subjects' terms by phonetic key (TermWeights.exportSoundKeys): their cross-script links, without romanizing. */
  soundKeys?: [string, string[]][];
  /** The facts of every entry (buckets in this order) and the ventures of every source (figureFacts.ts). */
  facts?: StoredFacts;
}

/** Non-negative integers in a typed array (the smallest one that holds them: narrow). */
export type NumberArray = Uint8Array | Uint16Array | Int32Array;

/** `a` in the smallest typed array that holds its values (all non-negative integers below 2^31). */
function narrow(a: Int32Array): NumberArray {
  let max = 0;
  for (let i = 0; i < a.length; i++) if (a[i] > max) max = a[i];
  return max < 256 ? Uint8Array.from(a) : max < 65536 ? Uint16Array.from(a) : a;
}

export function exportIndex(corpus: Corpus): StoredIndex {
  const idx = indexOf(corpus);
  const srcNo = new Map<Source, number>();
  corpus.sources.forEach((s, i) => srcNo.set(s, i));
  const facts = exportFacts(
    [...idx.buckets.values()].map((b) => b.all),
    corpus.sources,
  );
  return exportBuilt(
    idx,
    (s) => srcNo.get(s)!,
    corpus.weights,
    facts,
    () => learnWordPairs(corpus.sources),
  );
}

/**
 * exportIndex of a built index: `srcNo` gives an entry's source's number in the corpus, `facts` the stored facts of
 * its entries (exportFacts, or a FactsStream's), `learn` the word pairs when the index has none.
 */
export function exportBuilt(
  idx: Index,
  srcNo: (s: Source) => number,
  weights: TermWeights,
  facts: StoredFacts,
  learn?: () => Map<number, number[]>,
): StoredIndex {
  const terms = weights.terms;
  const at = new Map<Entry, [number, number]>();
  const buckets: StoredIndex['buckets'] = [];
  const figures: StoredIndex['figures'] = [];
  for (const [key, b] of idx.buckets) {
    const k = buckets.length;
    const entries = new Int32Array(5 * b.all.length);
    const units: string[] = [],
      unit = new Int32Array(b.all.length),
      langs: string[] = [],
      lang = new Int32Array(b.all.length),
      sentence = new Int32Array(b.all.length),
      bounds = new Int32Array(b.all.length + 1);
    let size = 0;
    b.all.forEach((e, i) => {
      at.set(e, [k, i]);
      entries.set([srcNo(e.src), e.fi, e.ord, e.n, e.sig], 5 * i);
      let u = units.indexOf(e.unit);
      if (u < 0) u = units.push(e.unit) - 1;
      unit[i] = u;
      let l = langs.indexOf(e.lang);
      if (l < 0) l = langs.push(e.lang) - 1;
      lang[i] = l;
      sentence[i] = e.sentence;
      size += e.subject.size;
      bounds[i + 1] = size;
    });
    const slotTerms = new Int32Array(size),
      weights = new Int32Array(size),
      values: number[] = [],
      valueNo = new Map<number, number>();
    b.all.forEach((e, i) => {
      for (let t = 0, p = bounds[i]; t < e.subject.size; t++, p++) {
        slotTerms[p] = b.slots.get(e.subject.idAt(t))!;
        const w = e.subject.weightAt(t);
        let v = valueNo.get(w);
        if (v === undefined) valueNo.set(w, (v = values.push(w) - 1));
        weights[p] = v;
      }
    });
    buckets.push([key, entries, [...b.slots.keys()].map((t) => terms.name(t))]);
    figures.push([
      units,
      narrow(unit),
      langs,
      narrow(lang),
      narrow(sentence),
      bounds,
      narrow(slotTerms),
      narrow(weights),
      Float64Array.from(values),
    ]);
  }
  const equivalences: StoredIndex['equivalences'] = [];
  for (const [unit, list] of idx.equivalences) {
    const pairs = new Int32Array(4 * list.length);
    list.forEach((d, i) => pairs.set([...at.get(d.mine)!, ...at.get(d.other)!], 4 * i));
    equivalences.push([unit, pairs]);
  }
  const learned: StoredIndex['learned'] = [];
  for (const [a, bs] of idx.learned ?? learn?.() ?? []) learned.push([terms.name(a), bs.map((b) => terms.name(b))]);
  return {
    buckets,
    figures,
    equivalences,
    sigs: idx.sigs,
    sigFigs: idx.sigFigs,
    learned,
    soundKeys: weights.exportSoundKeys(),
    facts,
  };
}

/**
 * The term counts of the subjects of the figures a stored index holds, set in `w` (what adding each figure's subject
 * gives: every figure is one entry of one bucket, and a subject names each term once), without reading a source.
 */
export function weightsOfIndex(w: TermWeights, s: StoredIndex): void {
  const df = new Map<string, number>();
  let n = 0;
  s.buckets.forEach(([, entries, slotTerms], bi) => {
    n += entries.length / 5;
    const count = slotCounts(s.figures[bi][6], slotTerms.length);
    slotTerms.forEach((t, i) => df.set(t, (df.get(t) ?? 0) + count[i]));
  });
  w.setCounts(n, df);
}

/** How many of a bucket's stored subjects name each slot (numbers out of range are not counted). */
function slotCounts(slots: NumberArray, nSlots: number): Int32Array {
  const count = new Int32Array(nSlots);
  for (let p = 0; p < slots.length; p++) if (slots[p] < nSlots) count[slots[p]]++;
  return count;
}

/**
 * A bucket's postings from its entries' subjects as slot numbers (entry k's are slots[bounds[k]] …
 * slots[bounds[k + 1] - 1]): for each slot the entries naming it, in entry order, as buildIndex makes them, packed
 * (Postings) straight from the subjects: counted, measured, then written, with no array of every posting between
 * (`common`: packPostings').
 */
function postingsOf(slots: NumberArray, bounds: Int32Array, nSlots: number, common: boolean): Postings {
  const lens = slotCounts(slots, nSlots);
  const size = bounds.length - 1;
  const kept = new Uint8Array(nSlots);
  for (let s = 0; s < nSlots; s++) kept[s] = common || !tooCommon(lens[s], size) ? 1 : 0;
  // Each slot's bytes (the last entry number written per slot), then where each starts, then the bytes.
  const last = new Int32Array(nSlots).fill(-1);
  const at = new Int32Array(nSlots + 1);
  for (let id = 0; id < size; id++)
    for (let p = bounds[id], end = bounds[id + 1]; p < end; p++) {
      const s = slots[p];
      if (!kept[s]) continue;
      at[s + 1] += varintBytes(id - last[s]);
      last[s] = id;
    }
  for (let s = 0; s < nSlots; s++) at[s + 1] += at[s];
  const posts = new Uint8Array(at[nSlots]);
  const fill = at.slice(0, nSlots);
  last.fill(-1);
  for (let id = 0; id < size; id++)
    for (let p = bounds[id], end = bounds[id + 1]; p < end; p++) {
      const s = slots[p];
      if (!kept[s]) continue;
      let d = id - last[s],
        q = fill[s];
      last[s] = id;
      while (d > 0x7f) {
        posts[q++] = (d & 0x7f) | 0x80;
        d >>>= 7;
      }
      posts[q++] = d;
      fill[s] = q;
    }
  return { lens, at, posts };
}

/** The index exportIndex stored, for the same sources in the same order; undefined when it does not fit them. */
function importIndex(corpus: Corpus, s: StoredIndex): Index | undefined {
  const idx = decodeIndex(corpus.weights.terms, corpus.sources, s, corpus.version, corpus.partOf);
  if (!idx) return undefined;
  idx.learned = new Map(
    s.learned.map(([a, bs]) => [corpus.weights.terms.id(a), bs.map((b) => corpus.weights.terms.id(b))]),
  );
  corpus.weights.setLearned(idx.learned);
  // The terms by phonetic key, when stored (else built at the first cross-script link, as without a snapshot).
  if (s.soundKeys) corpus.weights.importSoundKeys(s.soundKeys);
  // What the judges read of each figure's sentence, stored with it (none when it does not fit: worked out instead).
  setFacts(idx, importFacts(s.facts, bucketSizes(idx), corpus.sources));
  return idx;
}

const bucketSizes = (idx: Index) => [...idx.buckets.values()].map((b) => b.size);

/** Gives the buckets of `idx` (in order) the stored facts of their entries (importFacts), when they fit. */
function setFacts(idx: Index, f: ReturnType<typeof importFacts>): boolean {
  if (!f) return false;
  let base = 0;
  for (const b of idx.buckets.values()) {
    b.setFacts({ ...f, base });
    base += b.size;
  }
  return true;
}

/**
 * A stored index read by source, straight from its columns (StoredIndexBuilder.addColumns: a corpus patched from its
 * snapshot, corpus.ts): each source's entries in its figure order and the directions of the equivalences it states,
 * each bucket's kind and its slots' term ids, each entry's facts record. Every number is checked when it is made
 * (storedColumns), so reading it cannot fail.
 */
export interface StoredColumns {
  stored: StoredIndex;
  /** Per bucket: its kind, its stored columns, its slots' term ids, and the number of its first entry among all. */
  columns: {
    kind: FigureKind;
    entries: Int32Array;
    units: string[];
    unit: NumberArray;
    langs: string[];
    lang: NumberArray;
    sentence: NumberArray;
    bounds: Int32Array;
    slots: NumberArray;
    weights: NumberArray;
    values: Float64Array;
    ids: Int32Array;
    base: number;
  }[];
  /** The facts records (importFacts), and each entry's (the buckets' entries in order, bucket by bucket). */
  facts: readonly Facts[];
  factsOf: Int32Array;
  /** Source k's entries as [bucket, entry] pairs, in its figure order. */
  entriesOf(k: number): Int32Array;
  /** Source k's directions as [unit, bucket, entry of mine, bucket, entry of other], in the stored order. */
  directionsOf(k: number): [string, number, number, number, number][];
}

/**
 * Whether each of a stored bucket's `n` entries names a source, a figure of it, a unit, a language and a sig that
 * exist (a damaged or foreign store is refused, never read past its end); `count`, when given, counts each source's.
 */
function entriesFit(
  sources: readonly Source[],
  sigs: number,
  entries: ArrayLike<number>,
  units: readonly unknown[],
  unit: ArrayLike<number>,
  langs: readonly unknown[],
  lang: ArrayLike<number>,
  n: number,
  count?: Int32Array,
): boolean {
  for (let i = 0, p = 0; i < n; i++, p += 5) {
    const src = sources[entries[p]];
    const fi = entries[p + 1];
    const sig = entries[p + 4];
    if (!src || units[unit[i]] === undefined || langs[lang[i]] === undefined) return false;
    if (!(fi >= 0 && fi < countsOf(src).figures) || !(sig >= 0 && sig < sigs)) return false;
    if (count) count[entries[p] + 1]++;
  }
  return true;
}

/**
 * StoredColumns of a stored index for its sources `sources` (in its order), term ids of `terms`; undefined when it
 * does not fit them (a number out of range, facts that do not fit): the corpus is then indexed as without it.
 */
export function storedColumns(terms: TermTable, sources: readonly Source[], s: StoredIndex): StoredColumns | undefined {
  if (!Array.isArray(s.figures) || s.figures.length !== s.buckets.length) return undefined;
  if (!s.figures.every((f) => f[8] instanceof Float64Array)) return undefined;
  if (!Array.isArray(s.sigFigs) || s.sigFigs.length !== s.sigs) return undefined;
  const nb = s.buckets.length;
  const columns: StoredColumns['columns'] = [];
  const count = new Int32Array(sources.length + 1);
  let base = 0;
  for (let bi = 0; bi < nb; bi++) {
    const [key, entries, slotTerms] = s.buckets[bi];
    const [units, unit, langs, lang, sentence, bounds, slots, weights, values] = s.figures[bi];
    const ids = slotTerms.map((t) => terms.id(t));
    const n = entries.length / 5;
    if (!Number.isInteger(n) || unit.length !== n || lang.length !== n || sentence.length !== n) return undefined;
    if (!new StoredSubjects(terms, ids, bounds, slots, weights, values).fits(n)) return undefined;
    if (!entriesFit(sources, s.sigs, entries, units, unit, langs, lang, n, count)) return undefined;
    const kind = (key === 'count' ? 'count' : key.slice(0, key.indexOf('|'))) as FigureKind;
    columns.push({
      kind,
      entries,
      units,
      unit,
      langs,
      lang,
      sentence,
      bounds,
      slots,
      weights,
      values,
      ids: Int32Array.from(ids),
      base,
    });
    base += n;
  }
  const f = importFacts(
    s.facts,
    columns.map((c) => c.unit.length),
    sources,
  );
  if (!f) return undefined;
  // Each source's entries: counted, placed, then put in figure order when asked (a source's are few).
  const starts = new Int32Array(sources.length + 1);
  for (let k = 0; k < sources.length; k++) starts[k + 1] = starts[k] + count[k + 1];
  const list = new Int32Array(2 * starts[sources.length]);
  const fill = starts.slice(0, sources.length);
  for (let bi = 0; bi < nb; bi++) {
    const entries = columns[bi].entries;
    for (let i = 0, p = 0; p < entries.length; i++, p += 5) {
      const at = 2 * fill[entries[p]]++;
      list[at] = bi;
      list[at + 1] = i;
    }
  }
  const directions = new Map<number, [string, number, number, number, number][]>();
  for (const [unit, pairs] of s.equivalences) {
    for (let p = 0; p < pairs.length; p += 4) {
      const a = pairs[p],
        i = pairs[p + 1],
        b = pairs[p + 2],
        j = pairs[p + 3];
      if (!(a >= 0 && a < nb && b >= 0 && b < nb && i >= 0 && j >= 0)) return undefined;
      if (!(i < columns[a].unit.length && j < columns[b].unit.length)) return undefined;
      const k = columns[a].entries[5 * i];
      let l = directions.get(k);
      if (!l) directions.set(k, (l = []));
      l.push([unit, a, i, b, j]);
    }
  }
  return {
    stored: s,
    columns,
    facts: f.records,
    factsOf: f.entries,
    entriesOf(k) {
      const out = list.subarray(2 * starts[k], 2 * starts[k + 1]);
      // In figure order: a source's entries of one bucket are; across buckets they are merged here.
      const n = out.length / 2;
      const fi = new Int32Array(n);
      for (let x = 0; x < n; x++) fi[x] = columns[out[2 * x]].entries[5 * out[2 * x + 1] + 1];
      const order = Array.from({ length: n }, (_, x) => x).sort((x, y) => fi[x] - fi[y]);
      const sorted = new Int32Array(out.length);
      for (let y = 0; y < n; y++) {
        sorted[2 * y] = out[2 * order[y]];
        sorted[2 * y + 1] = out[2 * order[y] + 1];
      }
      return sorted;
    },
    directionsOf: (k) => directions.get(k) ?? [],
  };
}

/**
 * A stored index's buckets and equivalences for `sources` (importIndex without the weights and facts). The buckets
 * read the stored columns as they are; no entry is made but the equivalences' (Bucket.entry).
 */
function decodeIndex(
  terms: TermTable,
  sources: readonly Source[],
  s: StoredIndex,
  version: number,
  partOf: PartOfCorpus | undefined,
  postings = true,
): Index | undefined {
  const idx: Index = {
    version,
    buckets: new Map(),
    equivalences: new Map(),
    sigs: s.sigs,
    sigFigs: s.sigFigs,
    intervals: new Array(s.sigs).fill(undefined),
    approx: new Array(s.sigs).fill(undefined),
    marks: 0,
    partOf,
    sources,
  };
  if (!Array.isArray(s.figures) || s.figures.length !== s.buckets.length) return undefined;
  if (!s.figures.every((f) => f[8] instanceof Float64Array)) return undefined;
  if (!Array.isArray(s.sigFigs) || s.sigFigs.length !== s.sigs) return undefined;
  const all: Bucket[] = [];
  idx.stored = [];

  for (let bi = 0; bi < s.buckets.length; bi++) {
    const [key, entries, slotTerms] = s.buckets[bi];
    const [units, unit, langs, lang, sentence, bounds, subjectTerms, weights, values] = s.figures[bi];
    const kind = (key === 'count' ? 'count' : key.slice(0, key.indexOf('|'))) as FigureKind;
    const slotIds = slotTerms.map((t) => terms.id(t));
    const n = entries.length / 5;
    if (unit.length !== n || lang.length !== n || sentence.length !== n) return undefined;
    const subjects = new StoredSubjects(terms, slotIds, bounds, subjectTerms, weights, values);
    if (!subjects.fits(n)) return undefined;
    idx.stored.push(subjects);
    // Every number checked now, so that making an entry later cannot fail.
    if (!entriesFit(sources, s.sigs, entries, units, unit, langs, lang, n)) return undefined;
    const b = new Bucket(kind, sources, entries, units, unit, langs, lang, sentence, subjects, s.sigFigs);
    slotIds.forEach((t, i) => b.slots.set(t, i));
    if (postings) b.postings = postingsOf(subjectTerms, bounds, slotIds.length, !!partOf);
    idx.buckets.set(key, b);
    all.push(b);
  }
  for (const [unit, pairs] of s.equivalences) {
    const list: Direction[] = [];
    for (let p = 0; p < pairs.length; p += 4) {
      const a = all[pairs[p]],
        i = pairs[p + 1],
        b = all[pairs[p + 2]],
        j = pairs[p + 3];
      if (!a || !b || !(i >= 0 && i < a.size) || !(j >= 0 && j < b.size)) return undefined;
      list.push({ mine: a.entry(i), other: b.entry(j) });
    }
    idx.equivalences.set(unit, list);
  }
  return idx;
}

/**
 * A source's entries, in its order (buckets in order, then entries); with `keep`, only those it keeps, read from the
 * bucket before the entry is made (an entry is kept for the corpus's life once made: a caller that wants a few of a
 * source's figures makes only those).
 */
export function entriesOf(idx: Index, src: Source, keep?: (b: Bucket, i: number) => boolean): Entry[] {
  // Built for the first claim that cites a source: every entry's place by source, in typed arrays.
  if (!idx.bySource) {
    const list = [...idx.buckets.values()];
    const no = new Map<Source, number>();
    idx.sources.forEach((s, i) => no.set(s, i));
    const starts = new Int32Array(idx.sources.length + 1);
    for (const b of list) for (let i = 0; i < b.size; i++) starts[b.cols[5 * i] + 1]++;
    for (let k = 0; k < idx.sources.length; k++) starts[k + 1] += starts[k];
    const bucket = new Int32Array(starts[idx.sources.length]),
      entry = new Int32Array(bucket.length);
    const fill = starts.slice(0, idx.sources.length);
    list.forEach((b, bi) => {
      for (let i = 0; i < b.size; i++) {
        const at = fill[b.cols[5 * i]]++;
        bucket[at] = bi;
        entry[at] = i;
      }
    });
    idx.bySource = { no, starts, bucket, entry, list };
  }
  const { no, starts, bucket, entry, list } = idx.bySource;
  const k = no.get(src);
  if (k === undefined) return [];
  const out: Entry[] = [];
  for (let p = starts[k]; p < starts[k + 1]; p++) {
    const b = list[bucket[p]],
      i = entry[p];
    if (!keep || keep(b, i)) out.push(b.entry(i));
  }
  return out;
}

/** entriesOf of the figures of a source's sentences `from` to `to` (numbers, both included): only they are made. */
export function sentenceEntries(idx: Index, src: Source, from: number, to = from): Entry[] {
  return entriesOf(idx, src, (b, i) => {
    const s = b.sentenceOf(i);
    return s >= from && s <= to;
  });
}

export function candidates(idx: Index, claim: Figure, unit: string, weights: TermWeights): Entry[] {
  const t = candidateNumbers(idx, claim, unit, weights);
  if (!t) return [];
  const { bucket: b, nos } = t;
  const seen = new Array<Entry>(nos.length);
  for (let k = 0; k < nos.length; k++) seen[k] = b.entry(nos[k]);
  return seen;
}

/**
 * A claim's candidates as entry numbers of their bucket, in candidates()' order: none of them is made. `nos` is a view
 * of the index's scratch array, valid until the next candidateNumbers() call on the index (a copy a call, up to a
 * hundred thousand numbers, was churn for malloc).
 */
export interface Taken {
  bucket: Bucket;
  nos: Int32Array;
}

/**
 * candidates() without making the entries: a caller that can set a candidate aside by what its bucket keeps (its
 * subject, sig, source) makes an entry only for those it keeps (Bucket.entry). At 100,000 generated articles a
 * 100-line report's claims reach most of the 1.6 million source figures and would make an Entry of each, kept for
 * the corpus's life; most of them share too little of a claim's subject to be kept by any claim.
 */
export function candidateNumbers(idx: Index, claim: Figure, unit: string, weights: TermWeights): Taken | undefined {
  const bk = bucketKey(claim.kind, unit);
  const b = idx.buckets.get(bk);
  if (!b) return undefined;
  // Part of a larger corpus: which postings are too common is the whole corpus's to say.
  const common = idx.partOf?.common.get(bk);
  // Postings overlap a lot: entries are marked as taken rather than put in a Set (same order: first seen first).
  // An entry is made only once its kind and unit are the claim's (Bucket.entry). The numbers taken go to a scratch
  // array kept with the index and the result is made at its size (grown by push, an array of a hundred thousand
  // candidates at 100,000 articles left twice as much behind it).
  let found = idx.found ?? new Int32Array(1024),
    n = 0;
  const mark = ++idx.marks;
  if (claim.kind === 'count' && unit === 'count') return { bucket: b, nos: new Int32Array(0) };
  if (b.marks.length !== b.size) b.marks = new Int32Array(b.size);
  const marks = b.marks;
  const { lens, at, posts } = b.postings;
  const take = (t: number) => {
    const slot = b.slots.get(t);
    if (slot === undefined) return;
    if (common ? common.has(t) : tooCommon(lens[slot], b.size)) return;
    for (let k = at[slot], to = at[slot + 1], i = -1; k < to;) {
      // The next number (Postings).
      let x = posts[k++],
        d = x & 0x7f;
      for (let shift = 7; x & 0x80; shift += 7) {
        x = posts[k++];
        d |= (x & 0x7f) << shift;
      }
      i += d;
      if (marks[i] === mark) continue;
      marks[i] = mark;
      if (!unitAlike(claim, unit, b.kind, b.unitOf(i))) continue;
      if (n === found.length) {
        const more = new Int32Array(2 * n);
        more.set(found);
        found = more;
      }
      found[n++] = i;
    }
  };
  for (let i = 0; i < claim.subject.size; i++) {
    const t = claim.subject.idAt(i);
    take(t);
    // A name the sources write in the other script (나르비크 for "Narvik") finds their figures too.
    for (const l of weights.linked(t)) take(l);
  }
  idx.found = found;
  return { bucket: b, nos: found.subarray(0, n) };
}

/** agrees({ ...v.fig, qualifier: 'approx' }, e.fig) || agrees(e.fig, v.fig), from the intervals of their sigs. */
export function viaAgrees(idx: Index, v: Entry, e: Entry): boolean {
  const vf = v.sigFig,
    ef = e.sigFig;
  if (v.kind === 'date' || e.kind === 'date') return agrees({ ...vf, qualifier: 'approx' }, ef) || agrees(ef, vf);
  const ev = (idx.intervals[e.sig] ??= interval(ef));
  return (
    intervalsAgree((idx.approx[v.sig] ??= interval({ ...vf, qualifier: 'approx' })), ev) ||
    intervalsAgree(ev, (idx.intervals[v.sig] ??= interval(vf)))
  );
}

/**
 * Whether a source figure measures in `unit` what the claim measures (its kind). A count is compared only with
 * counts of the same thing (jobs with jobs, chips with chips): a bare number ("64,000 GB200 chips", whose noun the
 * scanner does not reach) is of no counted thing the sources state.
 */
export function measuresAlike(claim: Figure, unit: string, fig: Pick<Figure, 'kind' | 'unit'>): boolean {
  return unitAlike(claim, unit, fig.kind, fig.unit);
}

/** measuresAlike of a figure of this kind and unit. */
function unitAlike(claim: Figure, unit: string, kind: FigureKind, figUnit: string): boolean {
  if (kind !== claim.kind || (claim.kind === 'count' && unit === 'count')) return false;
  return figUnit === unit || (claim.kind === 'count' && sameCounted(figUnit, unit));
}

/** 곳 counts organizations as well as sites: "일본 대기업 8곳" are eight companies. */
function sameCounted(a: string, b: string): boolean {
  return (a === 'places' && b === 'companies') || (a === 'companies' && b === 'places');
}

/**
 * A source figure kept for a claim: an entry (its figure read from the source only when asked: `fig`), or a figure
 * made for the claim (a dateline). Plain fields, not a copy of the Entry: there may be thousands per claim.
 */
/**
 * A source figure named beside a version it states, not judging: a Scored set aside, or an entry that was only ever
 * close enough to be named (only its source, unit and value are read: mismatchFinding).
 */
export type Named = Scored | Entry;

/** A source sentence, as a key: of an entry, or of a scored figure. */
export const sentenceKey = (x: { src: Source; sentence: number }): string => `${x.src.file}\0${x.sentence}`;

export class Scored {
  /** The entry, or the figure made for the claim with its source. */
  private readonly of: Entry | { readonly made: Figure; readonly src: Source };
  /** agrees (bit 0) and count + 1 (0: no count) above it: one field where there were two. */
  private readonly bits: number;
  /** The equivalent amount it agrees through, if any. */
  readonly via: Entry | undefined;
  constructor(
    /** The entry, or undefined for a figure made for the claim (`made`). */
    entry: Entry | undefined,
    made: Figure | undefined,
    src: Source,
    readonly score: number,
    agrees: boolean,
    via?: Entry,
    /** terms shared with the claim */ count?: number,
  ) {
    this.of = entry ?? { made: made!, src };
    this.bits = (agrees ? 1 : 0) | ((count === undefined ? 0 : count + 1) << 1);
    this.via = via;
  }
  /** The entry, or undefined for a figure made for the claim. */
  get entry(): Entry | undefined {
    const of = this.of;
    return of instanceof Entry ? of : undefined;
  }
  private get made(): Figure | undefined {
    const of = this.of;
    return of instanceof Entry ? undefined : of.made;
  }
  get src(): Source {
    return this.of.src;
  }
  get agrees(): boolean {
    return (this.bits & 1) === 1;
  }
  /** Terms shared with the claim. */
  get count(): number | undefined {
    return this.bits >> 1 ? (this.bits >> 1) - 1 : undefined;
  }
  get fig(): Figure {
    return this.made ?? this.entry!.fig;
  }
  get subject(): Subject {
    return this.made?.subject ?? this.entry!.subject;
  }
  get unit(): string {
    return this.made?.unit ?? this.entry!.unit;
  }
  get lang(): Lang {
    return this.made?.lang ?? this.entry!.lang;
  }
  get sentence(): number {
    return this.made?.sentence ?? this.entry!.sentence;
  }
  /** What a version of the figure is told by (figureFindings.ts): unit, value and bounds. */
  get value(): Pick<Figure, 'value' | 'low' | 'high'> {
    return this.made ?? this.entry!.sigFig;
  }
}
