// Indexed sources in their wire form, between an indexing worker and the main thread: per batch one Float64Array
// of numbers (transferred, not copied) and one array of strings. Flat because the receiving thread pays for every
// object a message holds: 1,000 generated articles cloned as plain objects took 180-280 ms to deserialize, this
// form ~10 ms plus ~60 ms to build the Source objects from it.
import type { ExtractedQuote } from '../extract/quotes';
import type { Segment, TextMap } from './readers';
import { SourceFigure, SourceQuote, SourceSentence } from './sourceObjects';
import { defaultSubjectContext, Subject } from '../extract/subjects';
import type { TermTable } from '../text/terms';
import { SourceText } from '../text/text';
import type {
  ArticleHalf,
  ArticleMeta,
  Equivalence,
  Figure,
  FigureKind,
  Lang,
  Qualifier,
  Quote,
  RawFigure,
  Sentence,
  Source,
} from '../types';

/**
 * Bump when what add() writes or reader() reads changes. The index cache's entries are also keyed by a hash of
 * the code (cache.ts), but a shared corpus (pg.ts) keeps this form across program versions and checks it by this.
 */
export const WIRE_VERSION = 1;

/** One batch of consecutive files, as a worker posts it. */
export interface WireBatch {
  batch: number;
  /** Term names new since this worker's previous batch (its term ids count up from 0). */
  terms: string[];
  /** Strings that repeat (kinds, units, qualifiers, precisions, languages), new since the previous batch. */
  atoms: string[];
  nums: Float64Array;
  strs: (string | undefined)[];
  /** Per indexed file: metadata and language halves, as parsed (their optional fields vary, so cloned whole). */
  metas: ArticleMeta[];
  halves: ArticleHalf[][];
}

const OK = 1,
  SKIP = 0;

/** Worker side: encodes results file by file; `finish` hands over a batch and starts the next. */
export class WireEncoder {
  /**
   * `localTerms`: number the terms this encoder sends from 0 in the order it first meets them and send only
   * those (the on-disk cache: one source per batch, written by a thread whose term table holds the whole
   * corpus's terms). Without it, term ids are this thread's and every name up to the highest is sent.
   * `terms`: the table the sources' term ids are of (a worker's default engine's, or the corpus's engine's).
   */
  constructor(
    private readonly localTerms = false,
    private readonly terms: TermTable = defaultSubjectContext().terms,
  ) {}
  private local = new Map<number, number>();
  private localNames: string[] = [];
  private termsSent = 0;
  private atomIds = new Map<string, number>();
  private atomsSent = 0;
  private atomList: string[] = [];
  // Numbers go into one buffer kept from batch to batch (a plain array grown by push left large garbage behind).
  private buf = new Float64Array(1 << 16);
  private len = 0;
  private strs: (string | undefined)[] = [];
  private metas: ArticleMeta[] = [];
  private halves: ArticleHalf[][] = [];

  private atom(s: string): number {
    let id = this.atomIds.get(s);
    if (id === undefined) {
      id = this.atomList.length;
      this.atomList.push(s);
      this.atomIds.set(s, id);
    }
    return id;
  }

  private put(...xs: number[]): void {
    if (this.len + xs.length > this.buf.length) {
      const bigger = new Float64Array(Math.max(this.buf.length * 2, this.len + xs.length));
      bigger.set(this.buf.subarray(0, this.len));
      this.buf = bigger;
    }
    for (let i = 0; i < xs.length; i++) this.buf[this.len++] = xs[i];
  }

  skip(reason: string): void {
    this.put(SKIP);
    this.strs.push(reason);
  }

  add(s: Source): void {
    const strs = this.strs;
    this.put(OK, s.sentences.length, s.figures.length, s.quotes.length, s.equivalences.length);
    strs.push(s.text, s.key);
    // A reader's map back into the file (readers/): -1 when the text is the file verbatim.
    if (!s.map) this.put(-1);
    else {
      this.put(s.map.segments.length);
      for (const g of s.map.segments) this.put(g.text, g.file, g.length);
      strs.push(s.map.file);
    }
    this.metas.push(s.meta);
    this.halves.push(s.halves);
    for (const x of s.sentences) this.put(x.start, x.end, this.atom(x.lang));
    const index = new Map<Figure, number>();
    let maxTerm = this.termsSent - 1;
    s.figures.forEach((f, i) => {
      index.set(f, i);
      this.put(
        f.start,
        f.end,
        f.sentence,
        this.atom(f.lang),
        this.atom(f.kind),
        this.atom(f.unit),
        this.atom(f.precision),
        this.atom(f.qualifier),
        f.subject.size,
      );
      strs.push(f.text, f.value, f.low, f.high, f.noun);
      for (let k = 0; k < f.subject.size; k++) {
        const id = this.localTerms ? this.localId(f.subject.idAt(k)) : f.subject.idAt(k);
        if (id > maxTerm) maxTerm = id;
        this.put(id, f.subject.weightAt(k));
      }
    });
    // This thread's ids are dense from 0: send every name up to the highest id used so far.
    this.maxTerm = Math.max(this.maxTerm, maxTerm);
    for (const q of s.quotes) {
      const pronoun = (q as SourceQuote).pronoun;
      this.put(
        q.start,
        q.end,
        q.outer.start,
        q.outer.end,
        q.sentence,
        this.atom(q.lang),
        q.speaker ? 1 : 0,
        q.speaker?.start ?? 0,
        q.speaker?.end ?? 0,
        pronoun ? 1 : 0,
        pronoun?.start ?? 0,
        pronoun?.end ?? 0,
      );
      strs.push(q.text, q.speaker?.text, q.speakerId);
    }
    for (const e of s.equivalences) this.put(index.get(e.a) ?? -1, index.get(e.b) ?? -1);
  }

  private maxTerm = -1;

  /**
   * Numbers local terms and atoms from after `terms` and `atoms` (names, as sent before by another encoder: a corpus
   * snapshot's records, which the new records follow in one file). For an encoder that has sent nothing yet.
   */
  seed(terms: readonly string[], atoms: readonly string[]): void {
    if (!this.localTerms || this.termsSent || this.atomsSent || this.len)
      throw new Error('seed: a fresh local encoder only');
    for (const name of terms) {
      this.local.set(this.terms.id(name), this.localNames.length);
      this.localNames.push(name);
    }
    this.termsSent = this.localNames.length;
    this.maxTerm = this.termsSent - 1;
    for (const a of atoms) this.atom(a);
    this.atomsSent = this.atomList.length;
  }

  private localId(id: number): number {
    let l = this.local.get(id);
    if (l === undefined) {
      l = this.localNames.length;
      this.local.set(id, l);
      this.localNames.push(this.terms.name(id));
    }
    return l;
  }

  finish(batch: number): { message: WireBatch; transfer: ArrayBuffer[] } {
    const terms: string[] = [];
    for (let id = this.termsSent; id <= this.maxTerm; id++)
      terms.push(this.localTerms ? this.localNames[id] : this.terms.name(id));
    this.termsSent = Math.max(this.termsSent, this.maxTerm + 1);
    const atoms = this.atomList.slice(this.atomsSent);
    this.atomsSent = this.atomList.length;
    const nums = this.buf.slice(0, this.len);
    const message: WireBatch = { batch, terms, atoms, nums, strs: this.strs, metas: this.metas, halves: this.halves };
    this.len = 0;
    this.strs = [];
    this.metas = [];
    this.halves = [];
    return { message, transfer: [nums.buffer as ArrayBuffer] };
  }
}

/**
 * Main-thread side, one per worker: term ids and atoms are that worker's, so the tables are too. The sources it
 * builds have term ids of `table` (the receiving corpus's engine's).
 */
export class WireDecoder {
  constructor(private readonly table: TermTable = defaultSubjectContext().terms) {}
  /** Worker term id → this thread's term id. */
  private terms: number[] = [];
  private atoms: string[] = [];

  /** Marks the term ids it maps to as live (TermTable.compact: a snapshot decodes its sources with them later). */
  markLive(keep: Uint8Array): void {
    for (const id of this.terms) keep[id] = 1;
  }

  /** After TermTable.compact: its ids renumbered by `map` (old id → new). */
  renumber(map: Int32Array): void {
    for (let i = 0; i < this.terms.length; i++) this.terms[i] = map[this.terms[i]];
  }

  /** Learn the batch's new names; call for every batch a worker posts, in the order it posted them. */
  receive(b: WireBatch): void {
    for (const t of b.terms) this.terms.push(this.table.id(t));
    for (const a of b.atoms) this.atoms.push(a);
  }

  /** Reads the batch's files in order, one per call: a Source, or the reason the file was skipped. */
  reader(b: WireBatch): (file: string) => Source | string {
    // Offsets and counts are read with `| 0`: a Float64Array element comes out as a heap number, which would
    // turn the fields it goes into from small integers into boxed doubles (a box per field per object).
    const n = b.nums,
      strs = b.strs,
      atoms = this.atoms,
      terms = this.terms,
      table = this.table;
    let p = 0,
      q = 0,
      m = 0;
    // Scratch for one subject's ids and weights at a time.
    let ids: number[] = [],
      ws: number[] = [];
    return (file) => {
      if (n[p++] !== OK) return strs[q++]!;
      const ns = n[p++] | 0,
        nf = n[p++] | 0,
        nq = n[p++] | 0,
        ne = n[p++] | 0;
      const original = strs[q++]!,
        key = strs[q++]!;
      const meta = b.metas[m],
        halves = b.halves[m++];
      let map: TextMap | undefined;
      const segs = n[p++] | 0;
      if (segs >= 0) {
        const segments: Segment[] = [];
        for (let i = 0; i < segs; i++, p += 3)
          segments.push({ text: n[p] | 0, file: n[p + 1] | 0, length: n[p + 2] | 0 });
        map = { file: strs[q++]!, segments };
      }
      const st = new SourceText(original, map);
      const text = st.norm;
      const sentences: Sentence[] = [];
      for (let i = 0; i < ns; i++) {
        const start = n[p] | 0,
          end = n[p + 1] | 0,
          lang = atoms[n[p + 2]] as Lang;
        p += 3;
        sentences.push(new SourceSentence(i, start, end, lang, text.slice(start, end), st));
      }
      const figures: Figure[] = [];
      for (let i = 0; i < nf; i++) {
        const start = n[p] | 0,
          end = n[p + 1] | 0,
          sentence = n[p + 2] | 0,
          lang = atoms[n[p + 3]] as Lang;
        const raw: RawFigure = {
          start,
          end,
          text: strs[q]!,
          kind: atoms[n[p + 4]] as FigureKind,
          unit: atoms[n[p + 5]],
          value: strs[q + 1]!,
          low: strs[q + 2],
          high: strs[q + 3],
          precision: atoms[n[p + 6]],
          qualifier: atoms[n[p + 7]] as Qualifier,
          noun: strs[q + 4],
        };
        const size = n[p + 8] | 0;
        p += 9;
        q += 5;
        // Ids and weights straight into the subject: a well-formed batch names each term once a subject (the
        // encoder writes a Subject's distinct terms, and maps each name to one wire index).
        if (ids.length < size) {
          ids = new Array<number>(size);
          ws = new Array<number>(size);
        }
        for (let k = 0; k < size; k++, p += 2) {
          ids[k] = terms[n[p]];
          ws[k] = n[p + 1];
        }
        figures.push(new SourceFigure(0, raw, lang, sentence, Subject.fromIds(table, ids, ws, size), st));
      }
      const quotes: Quote[] = [];
      for (let i = 0; i < nq; i++) {
        const text = strs[q]!,
          speakerText = strs[q + 1],
          speakerId = strs[q + 2];
        q += 3;
        const eq: ExtractedQuote = {
          start: n[p] | 0,
          end: n[p + 1] | 0,
          text,
          outer: { start: n[p + 2] | 0, end: n[p + 3] | 0 },
          sentence: n[p + 4] | 0,
          speaker: n[p + 6] ? { text: speakerText!, start: n[p + 7] | 0, end: n[p + 8] | 0 } : undefined,
          pronoun: n[p + 9] ? { start: n[p + 10] | 0, end: n[p + 11] | 0 } : undefined,
        };
        quotes.push(new SourceQuote(eq, atoms[n[p + 5]] as Lang, speakerId, st));
        p += 12;
      }
      const equivalences: Equivalence[] = [];
      for (let i = 0; i < ne; i++, p += 2) {
        const a = figures[n[p] | 0],
          bb = figures[n[p + 1] | 0];
        if (a && bb) equivalences.push({ a, b: bb });
      }
      const source: Source = { key, file, meta, text: original, halves, sentences, figures, quotes, equivalences };
      if (map) source.map = map;
      return source;
    };
  }
}
