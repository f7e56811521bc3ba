// The index of source articles: folders read into positioned sentences, figures and quotes.
import { declaredRanges, inDeclaredUnit, inFieldUnit } from './declaredUnits';
import { tableRowLine } from './sheetRows';
import { headingOf, koHeadingOf, PLACE_LIST, SECTION_BACK } from './sectionHeadings';
import { cleanTitle } from './furniture';
import * as fs from 'fs';
import * as path from 'path';
import { noteError } from '../errors';
import { parseArticle, parseArticleNFC, type ParsedMeta } from './article';
import { findOutlet } from './outlets';
import { sameName } from './page';
import { extractFigures, inTemperatureScale, temperatureScale } from '../extract/figures';
import { speakerIdOf } from '../extract/people';
import { IndexPool, workerCount, type Indexed, type Step } from './parallel';
import { authorsFirstPerson, extractQuotesNFC, quoteLang } from '../extract/quotes';
import {
  CONTEXT_WEIGHT,
  contextTermIds,
  figureSubjects,
  nounTermIds,
  raiseTo,
  SHEET_WEIGHT,
  TermWeights,
} from '../extract/subjects';
import { isSourceFile, readerOrPlain, type ReaderMeta, type ReaderText, type TextMap } from './readers';
import { SourceFigure, SourceQuote, SourceSentence } from './sourceObjects';
import { SourceText } from '../text/text';
import { defaultEngineState, type EngineState } from '../engineState';
import { overrideKey, type Cached, type IndexCache } from './cache';
import { CorpusSnapshot, type Reusable, type Row } from './snapshot';
import { storedColumns, weightsOfIndex, type StoredIndex } from '../judge/figureIndex';
import type { StoredQuotes } from '../judge/quotes';
import type { CrossCounts } from '../judge/crossQuotes';
import { DerivedStream } from '../judge/derivedStream';
import { mergeBound } from '../judge/heapBound';
import { countsOf, LazySource, SOURCE_CACHE, type SnapshotBodies, type SourceHead } from './lazySource';
import type { ArticleMeta, Equivalence, Figure, Lang, Quote, Sentence, SkippedFile, Source } from '../types';

export interface CorpusOptions {
  /** Extra folders (or single files) of articles. */
  folders: string[];
  /** Include the bundled seeds/ (default true). */
  useBundled?: boolean;
  bundledDir?: string;
  /** Files larger than this are skipped (default 5 MB). */
  maxFileBytes?: number;
  /**
   * Worker threads to index with (0: all in this thread). Default: XREF_INDEX_WORKERS when set, else one when
   * there are MIN_PARALLEL_FILES (2,000) files or more and more than one CPU (see parallel.ts). The result is the same either way.
   */
  workers?: number;
  /** The engine whose term table and caches the corpus uses (engine.ts); default: the default engine. */
  engine?: EngineState;
  /** Where indexed files are kept between runs (cache.ts); without it every file is indexed. */
  cache?: IndexCache;
  /** At most this many article files are read (default 100,000); the rest are counted in `leftOut` and said. */
  maxFiles?: number;
  /**
   * Read from a corpus snapshot, at most this many sources' bodies (text, sentences, figures, quotes) are held
   * decoded at a time; the others are read from the snapshot when needed (lazySource.ts). Default SOURCE_CACHE (400).
   */
  sourceCache?: number;
  /**
   * Called when a corpus snapshot is found to hold the corpus as the files are now, before anything is decoded, with
   * its identity (what Corpus.identity will be): a result kept from a run on the same snapshot can be shown at once.
   */
  onSnapshot?: (identity: string) => void;
  /**
   * Called when the snapshot is to be patched (a few files changed, came or went since it was written), before the
   * patch, with the identity of the snapshot as it was, the files changed, added or removed since (absolute paths) and
   * the number of files listed now:
   * what was kept from a run on the corpus before the change and cites none of them can be shown while it runs.
   */
  onPatch?: (before: string, changed: string[], total: number) => void;
  /**
   * The snapshot a load writes (a patch, a cold start) is finished when writeSnapshot() is called (or the corpus is
   * disposed), not before the load ends: its derived record and header (a third of a second at 10,000 articles) need
   * not delay a server's first check. The corpus and its identity are the same either way.
   */
  deferSnapshotWrite?: boolean;
}

/**
 * What a corpus read from a snapshot was made of, as the listing found it (Corpus.inputs): enough to tell, with
 * nothing but stat(2), that the same folders would give the same corpus (a file added, removed or renamed changes
 * its folder's mtime; an edit, the file's size or mtime).
 */
export interface CorpusInputs {
  /** The snapshot's identity (snapshot.ts SnapshotLoad). */
  identity: string;
  /** Every listed file as the snapshot's file table has it (snapshot.ts Row). */
  files: readonly Row[];
  /** Every folder listed: [path, mtime (ms)]. */
  dirs: [string, number][];
  /** Every xref-sources.json read: [path, size, mtime (ms)]. */
  metas: [string, number, number][];
  /** Roots that did not exist. */
  missing: string[];
  /** When the listing started (ms). */
  listedAt: number;
}

/**
 * Shown the corpus while it loads (Corpus.loadAsync): `show` is called with the corpus as far as it is, `done` of
 * `total` files in, at most every `everyMs` (and never sooner than three times its last call took), the first time
 * after `firstMs`, when there are `minFiles` files or more. It may check reports against it (the judges build their
 * tables for that version); it must not change it or keep it.
 */
export interface PartialLoad {
  show(corpus: Corpus, done: number, total: number): void;
  firstMs: number;
  everyMs: number;
  /**
   * Loads of fewer files are not shown in parts (they end soon), nor a load that patches a snapshot (it ends soon
   * too, and its part's sources are the snapshot's, each of which judging it would decode).
   */
  minFiles: number;
}

/** The per-folder metadata file (its changes re-index everything in the language server). */
export const META_FILE = 'xref-sources.json';
const MAX_FILES = 100_000;

/** seeds/ beside the bundle (dist/), the sources (server/src/) or the package root. */
export function bundledSeedsDir(): string {
  const candidates = [
    path.resolve(__dirname, '..', 'seeds'),
    path.resolve(__dirname, '..', '..', 'seeds'),
    path.resolve(__dirname, '..', '..', '..', 'seeds'),
  ];
  return candidates.find((d) => fs.existsSync(d)) ?? candidates[0];
}

/**
 * Told what a check asks of a corpus (a shared corpus's prefetch runs a check against an empty corpus with a
 * probe, to learn which sources to fetch): the citation keys and report paths looked up, and every claim judged.
 */
export interface CorpusProbe {
  key?(key: string): void;
  path?(file: string): void;
  figure?(claim: Figure, cited: readonly string[]): void;
  quote?(claim: Quote, cited: readonly string[]): void;
}

/**
 * Postings figures of a whole corpus when this corpus holds only part of it (a shared corpus's prefetch): per figure
 * bucket (judge/figures.ts bucketKey), the term ids too common in the whole corpus to find candidates by.
 */
export interface PartOfCorpus {
  common: Map<string, Set<number>>;
  /** The word pairs the whole corpus shows (judge/wordPairs.ts), by term id, in place of those of the part. */
  pairs?: Map<number, number[]>;
  /**
   * Per language, the whole corpus's count of distinct quotations and of those holding each key a check weighs
   * (judge/crossQuotes.ts): a translated quotation is ranked against the part's as against the whole's. Unset, a
   * part tells no translated quotation's speaker.
   */
  cross?: Partial<Record<Lang, CrossCounts>>;
}

export class Corpus {
  readonly sources: Source[] = [];
  readonly skipped: SkippedFile[] = [];
  /** Term weights of its subjects, in its engine's term ids. */
  readonly weights: TermWeights;
  /** How the last load went: worker threads started, batches of files, batches the main thread indexed. */
  indexedWith = { workers: 0, batches: 0, here: 0 };
  /** Article files not read because the folders hold more than `maxFiles`. */
  leftOut = 0;
  /** Bumped on every change, so derived indexes know when to rebuild. */
  version = 0;
  private byFile = new Map<string, Source>();
  private keys = new Map<string, Source>();
  private metaOverrides = new Map<string, Partial<ArticleMeta> & { key?: string }>();

  /**
   * The figure index a corpus snapshot held for the corpus at `version` (snapshot.ts), until the first check takes
   * it instead of building the index.
   */
  storedFigureIndex?: { version: number; index: StoredIndex };
  /**
   * Read from a snapshot: where its sources' bodies are decoded from, and every source's quotations as the quote and
   * people indexes read them (valid for `version`: a change to the corpus makes the judges read the sources).
   */
  snapshot?: { version: number; bodies: SnapshotBodies; quotes: StoredQuotes };
  /** The snapshot the corpus is (valid for `version`: a change to the corpus leaves it no identity). */
  private whole?: { version: number; identity: string; files: CorpusInputs['files'] };
  /** What the listing saw (listFiles). */
  private listing = {
    dirs: [] as [string, number][],
    metas: [] as [string, number, number][],
    missing: [] as string[],
    at: 0,
  };
  /** See CorpusProbe; undefined but in a prefetch. */
  probe?: CorpusProbe;
  /** Set when this corpus is part of a larger one whose term weights it carries (see PartOfCorpus). */
  partOf?: PartOfCorpus;
  /** The state of the engine that loaded it: its subjects' term ids are that engine's, and so are its judges' indexes. */
  readonly engine: EngineState;

  private constructor(readonly options: CorpusOptions) {
    this.engine = options.engine ?? defaultEngineState();
    this.weights = new TermWeights(this.engine.subjects.terms);
    this.engine.adopt(this);
  }

  /**
   * A corpus of sources indexed elsewhere (a shared corpus's), in the order given: nothing is read from disk.
   * Their keys are taken as they are (the store made them unique).
   */
  static of(sources: Iterable<Source>, engine?: EngineState): Corpus {
    const c = new Corpus({ folders: [], useBundled: false, engine });
    for (const s of sources) {
      c.sources.push(s);
      c.byFile.set(s.file, s);
      c.keys.set(s.key, s);
      for (const f of s.figures) c.weights.add(f.subject);
    }
    c.version++;
    return c;
  }

  /** Reads every article under the configured folders. Never throws: what it cannot read is in `skipped`. */
  static load(options: CorpusOptions, onProgress?: (done: number, total: number, file: string) => void): Corpus {
    const c = new Corpus(options);
    const release = c.engine.hold();
    try {
      for (const pool of c.indexAll(c.listFiles(), onProgress)) pool?.waitSync(100);
    } finally {
      release();
    }
    return c;
  }

  /** Same as load, yielding to the event loop between files so a server stays responsive. */
  static async loadAsync(
    options: CorpusOptions,
    onProgress?: (done: number, total: number, file: string) => void,
    isCancelled?: () => boolean,
    partial?: PartialLoad,
  ): Promise<Corpus> {
    const c = new Corpus(options);
    const release = c.engine.hold();
    let done = 0,
      total = 0;
    const progress = (d: number, n: number, file: string) => {
      done = d;
      total = n;
      onProgress?.(d, n, file);
    };
    try {
      // Yield every few milliseconds, not every N files: requests wait at most one slice.
      let slice = Date.now();
      // The corpus so far is shown to `partial` once it has waited `firstMs`, then after at least `everyMs` and three
      // times what the last call took (so that looking at the part costs at most about a quarter of the load).
      let nextPartial = slice + (partial?.firstMs ?? 0);
      for (const pool of c.indexAll(c.listFiles(), progress, isCancelled)) {
        if (pool) await pool.waitAsync(100);
        else if (pool !== null && Date.now() - slice < 8) continue;
        else await new Promise((r) => setImmediate(r));
        slice = Date.now();
        if (
          partial &&
          !c.patching &&
          slice >= nextPartial &&
          done > 0 &&
          done < total &&
          total >= partial.minFiles &&
          !isCancelled?.()
        ) {
          partial.show(c, done, total);
          const took = Date.now() - slice;
          slice = Date.now();
          nextPartial = slice + Math.max(partial.everyMs, 3 * took);
        }
      }
    } finally {
      release();
    }
    return c;
  }

  /**
   * Indexes `files` into the corpus in order, on worker threads when there are many. Yields after every file
   * (undefined: a chance to let other work run; null: let it run now) and, with the pool, whenever it has to wait
   * for a worker.
   */
  private *indexAll(
    files: string[],
    onProgress?: (done: number, total: number, file: string) => void,
    isCancelled?: () => boolean,
  ): Generator<IndexPool | undefined | null, void, void> {
    const cache = this.options.cache;
    const snapshot = cache && new CorpusSnapshot(cache, this.snapshotKey());
    const overrideOf = (f: string) => overrideKey(this.metaOverrides.get(f));
    // With a cache, a snapshot of the whole corpus as it is now is read in one go (snapshot.ts).
    const valid = snapshot?.validate(files, overrideOf, this.maxFileBytes);
    if (valid && this.options.onSnapshot) {
      // Said before the derived record is decoded (most of a warm start), with a turn of the event loop to act on it.
      // What the listener does is its own affair: a failure there must not leave the snapshot open or stop the load.
      try {
        this.options.onSnapshot(valid.identity);
      } catch (e) {
        noteError('onSnapshot', e);
      }
      yield null;
    }
    const whole =
      valid && snapshot!.decode(valid, files, this.engine.subjects.terms, this.options.sourceCache ?? SOURCE_CACHE);
    if (whole) {
      for (let g = 0; g < files.length; g++) {
        if (isCancelled?.()) return;
        this.addIndexed(files[g], whole.results[g]);
        onProgress?.(g + 1, files.length, files[g]);
        if ((g & 63) === 63) yield;
      }
      // Its sources' subjects are not decoded: their term counts are the stored figure postings' (every figure is one
      // entry of one bucket, and a subject names a term once).
      weightsOfIndex(this.weights, whole.derived.figures);
      // The figure index as it was built for these sources, read by the first check (judge/figureIndex.ts), and kept
      // to be read again while the corpus is unchanged (the engine's caches may be cleared).
      this.storedFigureIndex = { version: this.version, index: whole.derived.figures };
      this.snapshot = { version: this.version, bodies: whole.bodies, quotes: whole.derived.quotes };
      this.whole = { version: this.version, identity: whole.identity, files: whole.files };
      // A record found damaged when read (or a read after dispose): the source as without a snapshot.
      whole.bodies.fallback = (src) =>
        readSource(src.file, this.maxFileBytes, this.metaOverrides.get(src.file), cache, true, this.engine);
      return;
    }
    // A snapshot of the corpus before a few files changed: only those are indexed, the rest taken from it (patch).
    const reuse = snapshot?.reusable(files, overrideOf, this.maxFileBytes, this.engine.subjects.terms);
    if (reuse && this.options.onPatch) {
      const listed = new Set(files);
      const changed = files.filter((_, g) => reuse.from[g] < 0);
      for (const row of reuse.header.files) if (!listed.has(row[0])) changed.push(row[0]);
      // As onSnapshot: a turn of the event loop to act on it, and the listener's failure is its own.
      try {
        this.options.onPatch(reuse.identity, changed, files.length);
      } catch (e) {
        noteError('onPatch', e);
      }
      yield null;
    }
    if (reuse && (yield* this.patch(files, reuse, snapshot!, overrideOf, onProgress, isCancelled))) return;
    // Otherwise what the cache holds for each file is found first (decoded as it is merged, in file order); only
    // the rest is indexed, here or on worker threads, whose number depends on how many that is.
    const held: (Cached | undefined)[] = new Array(files.length);
    let todo: number[];
    if (cache) {
      todo = [];
      for (let i = 0; i < files.length; i++) {
        if (isCancelled?.()) return;
        const c = this.cached(files[i]);
        if (c) held[i] = c;
        else todo.push(i);
        if ((i & 63) === 63) yield;
      }
    } else todo = files.map((_, i) => i);
    // The next start reads the whole corpus back in one go: its snapshot is written as the files are merged, each
    // source kept as one that reads its body back from it (snapshot.ts SnapshotStream), and the judges' tables are
    // built from each source as it passes (judge/derivedStream.ts), so that no more than a bounded number of bodies is
    // held at a time.
    const derive = snapshot && new DerivedStream();
    const stream =
      derive &&
      snapshot.stream(
        this.engine.subjects.terms,
        this.options.sourceCache ?? SOURCE_CACHE,
        {
          add: (full, kept) => derive.add(full, kept),
          finish: (pend) => derive.finish(this.weights, undefined, pend),
        },
        undefined,
        { override: overrideOf, maxFileBytes: this.maxFileBytes },
      );
    let next = 0; // the files before this one are merged
    // (the old generation's growth bounded while a big load merges: judge/heapBound.ts)
    const bound = mergeBound(files.length);
    const merge = (g: number, r: Indexed | undefined) => {
      const abs = files[g];
      // The cache was looked in above.
      r ??= readSource(abs, this.maxFileBytes, this.metaOverrides.get(abs), cache, false, this.engine);
      const base = typeof r === 'string' ? undefined : r.key;
      this.addIndexed(abs, r);
      const kept = stream?.add(abs, r, base);
      if (kept !== undefined && kept !== r && typeof kept !== 'string') this.replaceLast(abs, kept);
      next = g + 1;
      bound?.();
      onProgress?.(next, files.length, abs);
    };
    try {
      yield* this.mergeAll(files, held, todo, merge, () => next, isCancelled);
      const whole = stream?.finish(files, overrideOf, this.maxFileBytes, this.options.deferSnapshotWrite);
      if (whole) {
        // As after a warm start: the first check reads the stored tables instead of every source.
        this.storedFigureIndex = { version: this.version, index: whole.derived.figures };
        this.snapshot = { version: this.version, bodies: whole.bodies, quotes: whole.derived.quotes };
        this.whole = { version: this.version, identity: whole.identity, files: whole.files };
        this.pendingSnapshot = whole.write;
      }
    } finally {
      stream?.abort(); // cancelled, or a bug: no snapshot (nothing when it is written)
    }
  }

  /**
   * indexAll from a snapshot of the corpus before a few files changed (CorpusSnapshot.reusable): the changed and new
   * files are indexed (from their cache entries when these hold them), the others' records are copied into the new
   * snapshot and what the stored tables hold of them (figure entries with their subjects, facts and equivalences,
   * ventures, quotation rows) is taken as it is, so that no unchanged source is decoded and none of its figures'
   * facts worked out again; the judges' tables are then built from both as a cold start builds them, in file order
   * (judge/derivedStream.ts), and stored with the new snapshot. Keys are given again from the keys the files had
   * before they were made unique (SourceHead.base), as indexing every file would give them. False, the corpus
   * untouched, when the stored tables do not fit or no snapshot can be written: the files are then read as without a
   * snapshot. The old snapshot is closed either way.
   */
  private *patch(
    files: string[],
    reuse: Reusable,
    snapshot: CorpusSnapshot,
    overrideOf: (file: string) => string,
    onProgress?: (done: number, total: number, file: string) => void,
    isCancelled?: () => boolean,
  ): Generator<undefined, boolean, void> {
    const cache = this.options.cache!;
    const terms = this.engine.subjects.terms;
    let open = true;
    const closeOnce = () => {
      if (!open) return;
      open = false;
      try {
        fs.closeSync(reuse.fd);
      } catch {
        /* closed already */
      }
    };
    this.patching = true;
    try {
      // The snapshot's sources in order (its tables number sources, not files), and each file's among them.
      const old: LazySource[] = [];
      const sourceNo = reuse.old.map((o) => (typeof o === 'string' ? -1 : old.push(o) - 1));
      // Read from its columns as they are: no entry or subject made a source figure (judge/figureIndex.ts).
      const stored = storedColumns(terms, old, reuse.derived.figures);
      if (!stored || reuse.derived.quotes.length !== old.length) return false;
      // The changed and new files, from their cache entries or read (at most a quarter of the files).
      const fresh = new Map<number, Indexed>();
      for (let g = 0; g < files.length; g++) {
        if (reuse.from[g] >= 0) continue;
        if (isCancelled?.()) return true;
        const abs = files[g];
        fresh.set(
          g,
          this.decodeHeld(abs, this.cached(abs)) ??
            readSource(abs, this.maxFileBytes, this.metaOverrides.get(abs), cache, false, this.engine),
        );
        yield;
      }
      const added: number[] = [];
      const soundKeys = reuse.derived.figures.soundKeys;
      const derive = new DerivedStream();
      const stream = snapshot.stream(
        terms,
        this.options.sourceCache ?? SOURCE_CACHE,
        {
          add: (full, kept) => derive.add(full, kept),
          // The stored terms by phonetic key, with the new sources' terms': not every word romanized again.
          finish: (pend) =>
            derive.finish(this.weights, () => soundKeys && this.weights.patchSoundKeys(soundKeys, added), pend),
        },
        reuse,
        { override: overrideOf, maxFileBytes: this.maxFileBytes },
      );
      if (!stream) return false;
      // A copied record found damaged when read (the old snapshot's bytes): the source as without a snapshot.
      stream.bodies.fallback = (src) =>
        readSource(src.file, this.maxFileBytes, this.metaOverrides.get(src.file), cache, true, this.engine);
      try {
        for (let g = 0; g < files.length; g++) {
          if (isCancelled?.()) return true;
          const abs = files[g],
            j = reuse.from[g];
          if (j < 0) {
            const r = fresh.get(g)!;
            const base = typeof r === 'string' ? undefined : r.key;
            this.addIndexed(abs, r);
            if (typeof r !== 'string')
              for (const f of r.figures) for (let i = 0; i < f.subject.size; i++) added.push(f.subject.idAt(i));
            const kept = stream.add(abs, r, base);
            if (kept !== r && typeof kept !== 'string') this.replaceLast(abs, kept);
          } else {
            const o = reuse.old[j];
            if (typeof o === 'string') {
              stream.copy(reuse, j, abs);
              this.addIndexed(abs, o);
            } else {
              const head = reuse.derived.heads[j] as SourceHead;
              const kept = stream.copy(reuse, j, abs, this.uniqueKey(head.base ?? head.key)) as LazySource;
              this.addIndexed(abs, kept);
              const n = sourceNo[j];
              derive.addColumns(kept, o, stored, n, reuse.derived.quotes.rowsOf(n), terms, this.weights);
            }
          }
          onProgress?.(g + 1, files.length, abs);
          if ((g & 63) === 63) yield;
        }
        // Every record copied: the old snapshot is closed before the new one is renamed over it (which Windows refuses
        // for a file still open).
        stream.flush();
        closeOnce();
        const whole = stream.finish(files, overrideOf, this.maxFileBytes, this.options.deferSnapshotWrite);
        if (whole) {
          // As after a warm start: the first check reads the stored tables instead of every source.
          this.storedFigureIndex = { version: this.version, index: whole.derived.figures };
          this.snapshot = { version: this.version, bodies: whole.bodies, quotes: whole.derived.quotes };
          this.whole = { version: this.version, identity: whole.identity, files: whole.files };
          this.pendingSnapshot = whole.write;
        }
        cache.snapshot = 'patched';
        cache.counts.hits += files.length - fresh.size;
        return true;
      } finally {
        stream.abort(); // cancelled, or a bug: no snapshot (nothing when it is written)
      }
    } finally {
      this.patching = false;
      closeOnce();
    }
  }

  /** Whether the load is patching a snapshot (patch): no part of it is shown (PartialLoad). */
  private patching = false;

  /** indexAll's merge of every file in order: the held ones decoded, the rest indexed here or on worker threads. */
  private *mergeAll(
    files: string[],
    held: (Cached | undefined)[],
    todo: number[],
    merge: (g: number, r: Indexed | undefined) => void,
    merged: () => number,
    isCancelled?: () => boolean,
  ): Generator<IndexPool | undefined, void, void> {
    const pool = todo.length ? this.startPool(todo.map((g) => files[g])) : undefined;
    if (pool) {
      try {
        while (!pool.done) {
          if (isCancelled?.()) return;
          let s: Step;
          try {
            s = pool.step();
          } catch {
            break; // a bug, not a bad file: the rest is indexed here, below
          }
          if ('merge' in s) {
            for (let i = s.first; i < s.end; i++) {
              const g = todo[i];
              for (let next = merged(); next < g; next = merged()) {
                if (isCancelled?.()) return;
                merge(next, this.decodeHeld(files[next], held[next]));
                yield;
              }
              if (isCancelled?.()) return;
              merge(g, s.next());
              yield;
            }
          } else if ('local' in s) {
            for (let i = s.first; i < s.end; i++) {
              if (isCancelled?.()) return;
              pool.hold(pool.indexHere(i));
              yield;
            }
            pool.put(s.local);
          } else yield pool;
        }
      } finally {
        this.indexedWith = { workers: pool.workerCount, batches: pool.batches, here: pool.here };
        pool.close();
      }
    }
    for (let g = merged(); g < files.length; g++) {
      if (isCancelled?.()) return;
      merge(g, this.decodeHeld(files[g], held[g]));
      yield;
    }
  }

  /** What names a corpus's snapshot: everything besides the files that shapes its index. */
  private snapshotKey(): string {
    return JSON.stringify({
      roots: this.roots(),
      maxFileBytes: this.maxFileBytes,
      maxFiles: this.options.maxFiles ?? MAX_FILES,
    });
  }

  /** What the cache holds for a file as it is now, or undefined (index it). */
  private cached(abs: string): Cached | undefined {
    const cache = this.options.cache!;
    try {
      const st = fs.statSync(abs);
      if (!st.isFile() || st.size > this.maxFileBytes) return undefined;
      return cache.probe(abs, st, this.metaOverrides.get(abs), () => fs.readFileSync(abs));
    } catch {
      return undefined;
    }
  }

  private decodeHeld(abs: string, c: Cached | undefined): Indexed | undefined {
    return c && this.options.cache!.decode(c, abs, this.engine.subjects.terms);
  }

  /** Worker threads for a large corpus (see parallel.ts), or undefined to index in this thread. */
  private startPool(files: string[]): IndexPool | undefined {
    const n = workerCount(files.length, this.options.workers);
    if (n < 1) return undefined;
    const overrides: Record<number, object> = {};
    files.forEach((f, i) => {
      const o = this.metaOverrides.get(f);
      if (o) overrides[i] = o;
    });
    try {
      const cache = this.options.cache;
      return IndexPool.start(
        files,
        overrides,
        this.maxFileBytes,
        n,
        (i) => readSource(files[i], this.maxFileBytes, overrides[i], cache, false, this.engine),
        this.engine.subjects.terms,
        cache && { root: cache.root, engine: cache.engine },
      );
    } catch {
      return undefined;
    }
  }

  private get maxFileBytes(): number {
    return this.options.maxFileBytes ?? 5 * 1024 * 1024;
  }

  roots(): string[] {
    const r = this.options.folders.map((f) => path.resolve(f));
    if (this.options.useBundled !== false) r.unshift(path.resolve(this.options.bundledDir ?? bundledSeedsDir()));
    return [...new Set(r)];
  }

  /** The article files under the roots, as absolute paths (the roots are), in the order they are indexed. */
  private listFiles(): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const max = this.options.maxFiles ?? MAX_FILES;
    const listing = (this.listing = { dirs: [], metas: [], missing: [], at: Date.now() } as Corpus['listing']);
    let fullAt: string | undefined;
    const walk = (p: string, top: boolean) => {
      let st: fs.Stats;
      try {
        st = fs.statSync(p);
      } catch (e) {
        this.skip(p, top ? `cannot read: ${errText(e)}` : `cannot read: ${errText(e)}`);
        return;
      }
      let real: string;
      // One realpath(3) call: the JavaScript realpathSync lstat()s every component of every path
      // (~0.1 s of 10,000 files' listing).
      try {
        real = fs.realpathSync.native(p);
      } catch {
        real = p;
      }
      if (seen.has(real)) {
        // A folder listed twice is read once, silently; a link back into what is being read is a loop, said once.
        if (!top && st.isDirectory() && isLink(p))
          this.skip(p, `symbolic link loop: it leads to ${real}, which is already read`);
        return;
      }
      seen.add(real);
      if (st.isDirectory()) {
        listing.dirs.push([p, st.mtimeMs]);
        let entries: fs.Dirent[];
        try {
          entries = fs
            .readdirSync(p, { withFileTypes: true })
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        } catch (e) {
          this.skip(p, `cannot list folder: ${errText(e)}`);
          return;
        }
        if (entries.some((e) => e.name === META_FILE)) {
          const meta = path.join(p, META_FILE);
          try {
            const m = fs.statSync(meta);
            listing.metas.push([meta, m.size, m.mtimeMs]);
          } catch {
            listing.metas.push([meta, -1, -1]);
          }
          this.readMeta(meta);
        }
        for (const e of entries) {
          if (e.name.startsWith('.') || e.name === META_FILE || e.name === 'node_modules') continue;
          // A plain file in a folder whose real path is known needs no stat or realpath of its own (two
          // system calls a file, ~0.2 s of 10,000 files' listing, before any indexing starts). Links, folders
          // and anything else go the long way.
          if (e.isFile()) {
            const file = path.join(real, e.name);
            if (seen.has(file)) continue;
            seen.add(file);
            if (isSourceFile(e.name)) add(path.join(p, e.name));
            continue;
          }
          walk(path.join(p, e.name), false);
        }
      } else if (st.isFile()) {
        if (top || isSourceFile(p)) add(p);
      } else if (top || isSourceFile(p)) {
        // Never opened: reading a FIFO blocks until something writes to it.
        this.skip(
          p,
          `not a regular file (${st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : 'a device'}): not read`,
        );
      }
    };
    // Past the limit files are still counted (never read), so that how many were left out can be said.
    const add = (file: string) => {
      if (out.length < max) {
        out.push(file);
        return;
      }
      fullAt ??= file;
      this.leftOut++;
    };
    for (const root of this.roots()) {
      if (!fs.existsSync(root)) {
        listing.missing.push(root);
        this.skip(root, 'folder not found');
        continue;
      }
      walk(root, true);
    }
    if (this.leftOut)
      this.skip(
        path.dirname(fullAt!),
        `${this.leftOut.toLocaleString('en-US')} article file${this.leftOut === 1 ? '' : 's'} from here on not read: at most ${max.toLocaleString('en-US')} are indexed`,
      );
    return out;
  }

  /**
   * The snapshot this corpus is, while it is unchanged: two corpora of one identity give every check the same result.
   * Undefined without a cache, when a file could not be vouched for, or once the corpus changed.
   */
  get identity(): string | undefined {
    return this.whole && this.whole.version === this.version ? this.whole.identity : undefined;
  }

  /** What this corpus was made of, while it is a snapshot (see identity and CorpusInputs). */
  inputs(): CorpusInputs | undefined {
    const identity = this.identity;
    if (!identity) return undefined;
    const l = this.listing;
    return { identity, files: this.whole!.files, dirs: l.dirs, metas: l.metas, missing: l.missing, listedAt: l.at };
  }

  private readMeta(file: string) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Partial<ArticleMeta> & { key?: string }>;
      for (const [name, meta] of Object.entries(data)) {
        if (name.startsWith('_') || !meta || typeof meta !== 'object') continue;
        const fields = Object.fromEntries(Object.entries(meta).filter(([k]) => !k.startsWith('_')));
        this.metaOverrides.set(path.resolve(path.dirname(file), name), fields);
      }
    } catch (e) {
      this.skip(file, `metadata file is not valid JSON: ${errText(e)}`);
    }
  }

  private skip(file: string, reason: string) {
    if (!this.skipped.some((s) => s.file === file && s.reason === reason)) this.skipped.push({ file, reason });
  }

  /** (Re)index one file after it changed on disk; a file that is gone is removed. */
  updateFile(file: string): void {
    // A snapshot left to write is of the corpus as loaded: written before anything it holds can change.
    this.writeSnapshot();
    const abs = path.resolve(file);
    const release = this.engine.hold();
    try {
      // The stored tables of the corpus as it is (read from a snapshot, or patched so before), to be patched too.
      const v = this.version,
        stored = this.storedFigureIndex,
        snap = this.snapshot;
      const before =
        stored?.version === v && snap?.version === v
          ? { sources: [...this.sources], figures: stored.index, snap }
          : undefined;
      this.removeFile(abs);
      for (let i = this.skipped.length - 1; i >= 0; i--) if (this.skipped[i].file === abs) this.skipped.splice(i, 1);
      if (fs.existsSync(abs)) this.indexFile(abs);
      if (before && this.version !== v) this.patchTables(before);
    } finally {
      release();
    }
  }

  /**
   * The judges' stored tables (the figure index with its facts and word pairs, the quotation rows) of the corpus
   * `before` a file changed, made those of the corpus now, as a snapshot patched at a start makes them
   * (judge/derivedStream.ts): the unchanged sources' entries copied from the stored columns, the changed file's from
   * its source, so that the next check reads them instead of decoding every source to build them again. Left as they
   * are (no stored tables: built from the sources) when they do not fit.
   */
  private patchTables(before: {
    sources: readonly Source[];
    figures: StoredIndex;
    snap: NonNullable<Corpus['snapshot']>;
  }): void {
    const terms = this.engine.subjects.terms;
    const { sources, figures, snap } = before;
    const stored = storedColumns(terms, sources, figures);
    if (!stored || snap.quotes.length !== sources.length) return;
    const no = new Map<Source, number>();
    sources.forEach((s, k) => no.set(s, k));
    const derive = new DerivedStream();
    const added: number[] = [];
    for (const s of this.sources) {
      const k = no.get(s);
      // Its subjects are counted in the weights already (removeFile, addIndexed).
      if (k !== undefined) derive.addColumns(s, s, stored, k, snap.quotes.rowsOf(k), terms);
      else {
        derive.add(s, s);
        for (const f of s.figures) for (let i = 0; i < f.subject.size; i++) added.push(f.subject.idAt(i));
      }
    }
    const soundKeys = figures.soundKeys;
    const derived = derive.finish(this.weights, () => soundKeys && this.weights.patchSoundKeys(soundKeys, added));
    this.storedFigureIndex = { version: this.version, index: derived.figures };
    this.snapshot = { version: this.version, bodies: snap.bodies, quotes: derived.quotes };
  }

  /**
   * Lets go of what the corpus holds open: the snapshot file its sources' bodies are read from (lazySource.ts).
   * For a corpus replaced by another (the language server's re-index): otherwise the file stays open until the
   * corpus is collected, and on Windows an open file cannot be renamed over (the next snapshot). The corpus still
   * answers: a body not held is read from its cache entry or file.
   */
  dispose(): void {
    this.writeSnapshot();
    this.snapshot?.bodies.close();
  }

  /** The snapshot's derived record and header, when a load left them to write (CorpusOptions.deferSnapshotWrite). */
  private pendingSnapshot?: () => boolean;

  /**
   * Finishes the snapshot the load wrote when CorpusOptions.deferSnapshotWrite left it to now (once; nothing
   * otherwise): false when there was none or it could not be written.
   */
  writeSnapshot(): boolean {
    const write = this.pendingSnapshot;
    this.pendingSnapshot = undefined;
    return write?.() ?? false;
  }

  removeFile(file: string): void {
    this.writeSnapshot();
    const abs = path.resolve(file);
    const s = this.byFile.get(abs);
    if (!s) return;
    this.byFile.delete(abs);
    this.keys.delete(s.key);
    this.nextSuffix.clear();
    this.sources.splice(this.sources.indexOf(s), 1);
    this.version++;
    for (const f of s.figures) this.weights.remove(f.subject);
    // The removed file's terms may be let go of now (engineState.ts).
    this.engine.boundTerms();
  }

  byKey(key: string): Source | undefined {
    this.probe?.key?.(key);
    return this.keys.get(key) ?? this.keys.get(key.toLowerCase());
  }

  sourceOfFile(file: string): Source | undefined {
    return this.byFile.get(path.resolve(file));
  }

  /** Sources by real folder and file name, for sourceOfPath; rebuilt when the corpus changed. */
  private byRealPath?: { version: number; map: Map<string, Source> };

  /**
   * The source read from this file, however the path names it: as given, or through links (a sources folder
   * reached through a link, a report opened by its real path). One realpath per folder, not per file.
   */
  sourceOfPath(file: string): Source | undefined {
    this.probe?.path?.(file);
    const direct = this.sourceOfFile(file);
    if (direct) return direct;
    if (this.byRealPath?.version !== this.version) {
      const map = new Map<string, Source>(),
        dirs = new Map<string, string>();
      for (const s of this.sources) {
        const dir = path.dirname(s.file);
        let real = dirs.get(dir);
        if (real === undefined) dirs.set(dir, (real = realPath(dir)));
        map.set(path.join(real, path.basename(s.file)), s);
      }
      this.byRealPath = { version: this.version, map };
    }
    const real = realPath(file);
    return this.byFile.get(real) ?? this.byRealPath.map.get(real);
  }

  stats() {
    let figures = 0,
      quotes = 0;
    for (const s of this.sources) {
      const n = countsOf(s);
      figures += n.figures;
      quotes += n.quotes;
    }
    return { sources: this.sources.length, figures, quotes, skipped: this.skipped.length };
  }

  /** `probe`: look in the cache first (false when indexAll just did). */
  private indexFile(file: string, probe = true): Indexed {
    const abs = path.resolve(file);
    const r = readSource(abs, this.maxFileBytes, this.metaOverrides.get(abs), this.options.cache, probe, this.engine);
    this.addIndexed(abs, r);
    return r;
  }

  /** The source just added (addIndexed) replaced by `kept`, which reads the same from elsewhere (a snapshot's). */
  private replaceLast(abs: string, kept: Source): void {
    this.sources[this.sources.length - 1] = kept;
    this.byFile.set(abs, kept);
    this.keys.set(kept.key, kept);
  }

  private addIndexed(abs: string, r: Indexed): void {
    if (typeof r === 'string') return this.skip(abs, r);
    r.key = this.uniqueKey(r.key);
    this.sources.push(r);
    this.byFile.set(abs, r);
    this.keys.set(r.key, r);
    this.version++;
    // A snapshot's source: its subjects are counted from the stored index, in one go (indexAll).
    if (!(r instanceof LazySource)) for (const f of r.figures) this.weights.add(f.subject);
  }

  /** Below this suffix every key-N is taken (keys only grow between removals, which forget the hints). */
  private nextSuffix = new Map<string, number>();

  private uniqueKey(key: string): string {
    if (!this.keys.has(key)) return key;
    for (let i = this.nextSuffix.get(key) ?? 2; ; i++) {
      if (!this.keys.has(`${key}-${i}`)) {
        this.nextSuffix.set(key, i + 1);
        return `${key}-${i}`;
      }
    }
  }
}

/** The absolute path with links resolved, or the path resolved as it is when that fails (a file not on disk). */
function realPath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function errText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'ENOENT') return 'file not found (it may have been deleted)';
  if (err?.code === 'ELOOP') return 'symbolic link loop';
  return err?.message ?? String(e);
}

/**
 * Read, decode and index one file (an absolute path): its Source, or why it is skipped. In workers too. With a
 * cache, an entry for the file as it is now is read back instead, and what indexing gives is stored. Its
 * subjects are in `engine`'s term ids (default: the default engine's).
 */
export function readSource(
  abs: string,
  maxFileBytes: number,
  override?: Partial<ArticleMeta> & { key?: string },
  cache?: IndexCache,
  probe = true,
  engine = defaultEngineState(),
): Source | string {
  let bytes: Buffer;
  let st: fs.Stats;
  let readAt = 0;
  try {
    st = fs.statSync(abs);
    if (st.size > maxFileBytes)
      return `too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${(maxFileBytes / 1048576).toFixed(0)} MB)`;
    if (cache) {
      readAt = Date.now(); // before any read: an edit after it has a later mtime
      let read: Buffer | undefined;
      const c = probe ? cache.probe(abs, st, override, () => (read = fs.readFileSync(abs))) : undefined;
      const r = c && cache.decode(c, abs, engine.subjects.terms);
      if (r !== undefined) return r;
      bytes = read ?? fs.readFileSync(abs);
    } else bytes = fs.readFileSync(abs);
  } catch (e) {
    return `cannot read: ${errText(e)}`;
  }
  const { result, stable } = indexBytes(abs, bytes, override, engine);
  // What the bytes alone decide is stored; a failure of the code (an exception) is not.
  if (cache && stable) cache.put(abs, st, override, bytes, readAt, result, engine.subjects.terms);
  return result;
}

function indexBytes(
  abs: string,
  bytes: Buffer,
  override: (Partial<ArticleMeta> & { key?: string }) | undefined,
  engine: EngineState,
): { result: Source | string; stable: boolean } {
  let read: ReaderText | { skip: string };
  try {
    // A file named explicitly (a source entry, a glob's match) is read as plain text when no reader claims it.
    read = readerOrPlain(abs).read(bytes, abs);
  } catch (e) {
    return { result: `could not be read: ${errText(e)}`, stable: false };
  }
  if ('skip' in read) return { result: read.skip, stable: true };
  try {
    const source = buildSource(abs, read.text, override, read.toOriginal, read.meta, engine);
    if (source.sentences.length === 0) return { result: 'no article text found', stable: true };
    return { result: source, stable: true };
  } catch (e) {
    return { result: `could not be indexed: ${errText(e)}`, stable: false };
  }
}

/** The fields a reader found, as ArticleMeta fields; an outlet the outlet table knows gets its id. */
function readerMeta(found: ReaderMeta | undefined): Partial<ArticleMeta> {
  if (!found) return {};
  const out: Partial<ArticleMeta> = {};
  // (a page's markup gives the headline as its text does: a section's rubric or a wire's slug is no part of it)
  // (…but a board post's title is its poster's, a tag in brackets before it and all)
  if (found.title?.trim())
    out.title = found.posted
      ? found.title.trim().replace(/\s+/g, ' ')
      : cleanTitle(found.title.trim()) || found.title.trim();
  if (found.outlet?.trim()) {
    out.outlet = found.outlet.trim();
    const known = findOutlet(out.outlet);
    // The text parser's outlet id was for the outlet it found; a page that names another outlet replaces it. An
    // outlet the table knows goes by the table's name ("지디넷코리아" is ZDNet Korea), as in a text article.
    const exact = known && known.names.some((n) => n.toLowerCase() === out.outlet!.toLowerCase());
    out.outletId = exact ? known.id : undefined;
    if (exact) out.outlet = known.name;
  }
  if (found.authors?.length) out.authors = [...found.authors];
  if (found.date) out.date = found.date;
  if (found.modified) out.modified = found.modified;
  return out;
}

export function slug(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Citation key from outlet and date, e.g. edaily-2025-01-22; the file name when the article names neither. */
export function citationKey(meta: ArticleMeta, file: string): string {
  const outlet = meta.outletId ?? (meta.outlet ? slug(meta.outlet) : '');
  if (outlet && meta.date) return `${outlet}-${meta.date}`;
  if (outlet) return outlet;
  // No outlet: the byline's author is still a better handle than a file name.
  const author = meta.authors?.[0] ? slug(meta.authors[0]) : '';
  if (author) return meta.date ? `${author}-${meta.date}` : author;
  const stem = slug(path.basename(file).replace(/\.[^.]+$/, ''));
  return meta.date ? `${stem}-${meta.date}` : stem || 'source';
}

/** At most this many rows make a fact sheet: a longer two-column table is a list of things, not one thing's sheet. */
const MAX_SHEET_ROWS = 40;
/** What stands between a table's rows: the rest of a row line, Markdown's delimiter row, a box's borders. */
const BETWEEN_ROWS = /^[\s|│─━┼├┤┌┐└┘┬┴╋┣┫┏┓┗┛┳┻+:=-]*$/;

/**
 * Per sentence of a source: the first sentence of the two-column table (a fact sheet: "| Investment | Approximately
 * ¥38 billion |", "│ 사 업 비 │ 3,200억 원 │") it stands in, or -1; undefined when the source has none. (A block of fields
 * one a line, "계약상대 : …", is no sheet here: read so, its rows' words moved term weights enough that a Washington
 * release's "over the first ten years" refuted unseen-41's Donghae 5년; only namesActor reads it, sheetRows.ts.) A sentence is
 * a row's when the line it starts on is a row of two cells, its outer bars included (a row the sentence splitter cut
 * in pieces, "│ 사업기간 │ 2026." "5.", stays one row); rows follow one another with no blank line, only borders, between
 * them. One pass over the sentences and the text's lines.
 */
export function factSheets(text: string, sentences: readonly { start: number; end: number }[]): Int32Array | undefined {
  if (!text.includes('|') && !text.includes('│')) return undefined;
  const out = new Int32Array(sentences.length).fill(-1);
  let lineStart = 0,
    lineEnd = text.indexOf('\n');
  if (lineEnd < 0) lineEnd = text.length;
  let rowLine = -1,
    isRow = false;
  let first = -1,
    rows = 0,
    any = false;
  const close = (end: number) => {
    if (first >= 0 && rows >= 2 && rows <= MAX_SHEET_ROWS) {
      for (let k = first; k < end; k++) out[k] = first;
      any = true;
    }
    first = -1;
    rows = 0;
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    while (s.start > lineEnd && lineEnd < text.length) {
      lineStart = lineEnd + 1;
      lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
    }
    if (rowLine !== lineStart) {
      const line = text.slice(lineStart, lineEnd).trim();
      isRow = tableRowLine(line);
      if (isRow && first >= 0 && rowLine >= 0) {
        // (a new row line: the same table when nothing but borders stands between it and the row before)
        const between = text.slice(sentences[i - 1].end, s.start);
        if (BETWEEN_ROWS.test(between) && !/\n[ \t]*\r?\n/.test(between)) rows++;
        else close(i);
      }
      rowLine = lineStart;
    }
    if (!isRow || s.end > lineEnd) {
      close(i);
      continue;
    }
    if (first < 0) {
      first = i;
      rows = 1;
    }
  }
  close(sentences.length);
  return any ? out : undefined;
}

/**
 * The context a fact sheet gives its rows (factSheets): its rows that state no figure, at SHEET_WEIGHT, and the line
 * just before it when it introduces it (a heading), at CONTEXT_WEIGHT. Worked out once a sheet.
 */
function factSheetTerms(
  sentences: readonly Sentence[],
  first: number,
  sheets: Int32Array,
  lang: Sentence['lang'],
  cx: EngineState['subjects'],
): [number, number][] {
  let last = first;
  while (last + 1 < sentences.length && sheets[last + 1] === first) last++;
  // A row that states a figure ("| Total capital investment | $42 billion |", "| Permanent jobs | 350 |") is a fact of
  // its own, what it measures its own; the rows that state none name the thing the sheet is about ("| Location |
  // Kitakyushu City |", "│ 사 업 명 │ 수성 AI 컴퓨팅센터 조성사업 │"), for all its rows.
  const naming: string[] = [];
  for (let k = first; k <= last; k++)
    if (!extractFigures(sentences[k].text, sentences[k].lang).figures.length) naming.push(sentences[k].text);
  const out = naming.length ? contextTermIds(naming.join('\n'), lang, SHEET_WEIGHT, cx) : [];
  // A heading or a line ending in a colon ("## 2. Outline of the new plant", "□ 사업 개요"), not a sentence of the story.
  const before = sentences[first - 1];
  if (before && before.lang === lang && before.text.length <= 120 && !/[.!?。]["'”’)]*$/.test(before.text.trim()))
    out.push(...contextTermIds(before.text, lang, CONTEXT_WEIGHT, cx));
  return out;
}

/**
 * Index one article's text (a reader's; `map` leads back into the file when it is not the file verbatim, `found`
 * is what the reader read in the file's markup), its subjects in `engine`'s term ids (default: the default
 * engine's). Pure: no file system access.
 */
export function buildSource(
  file: string,
  original: string,
  override?: Partial<ArticleMeta> & { key?: string },
  map?: TextMap,
  found?: ReaderMeta,
  engine = defaultEngineState(),
): Source {
  const cx = engine.subjects;
  const st = new SourceText(original, map);
  const text = st.norm;
  // The original was NFC (SourceText kept it as is): no second normalization pass to find that out.
  const parsed = text === original ? parseArticleNFC(text, file) : parseArticle(text, file);
  // What the page's markup states beats what the text parser guesses; xref-sources.json beats both.
  const meta: ArticleMeta = { ...parsed.meta, ...readerMeta(found), ...(override ?? {}) };
  // A page's <title> naming an office short (`Office of the Governor`) whose letterhead line names it in full
  // (`Office of the Governor, State of Texas`): the full name.
  const told = found?.outlet?.trim();
  if (!override?.outlet && told && parsed.meta.outlet?.toLowerCase().startsWith(told.toLowerCase() + ', ')) {
    meta.outlet = parsed.meta.outlet;
    meta.outletId = parsed.meta.outletId;
  }
  // A distributor's page carrying a release (its site the distributor its dateline names, `/PressLink Wire/ --`): the
  // release is its issuer's, and the issuer, named as the page's author, no writer.
  const carrier = (parsed.meta as ParsedMeta).carriedBy;
  if (!override?.outlet && told && carrier && parsed.meta.outlet && sameName(told, carrier)) {
    meta.outlet = parsed.meta.outlet;
    meta.outletId = parsed.meta.outletId;
    if (!override?.authors) meta.authors = meta.authors.filter((a) => !sameName(a, parsed.meta.outlet!));
  }
  // A members' periodical whose page names it by its own name (`Chamber Connection | October 2026: …`), its tagline the
  // body that publishes it (`The member newsletter of the Southwest Valley Chamber of Commerce`): the body's.
  const periodical = (parsed.meta as ParsedMeta).periodical;
  if (!override?.outlet && told && periodical && parsed.meta.outlet && sameName(told, periodical)) {
    meta.outlet = parsed.meta.outlet;
    meta.outletId = parsed.meta.outletId;
  }
  // (a post whose page and text name no blog of its own: the platform that publishes it)
  if (!meta.outlet && found?.platform) meta.outlet = found.platform;
  // (a post titled by its account alone has no headline: not its text's first line either)
  if (found?.untitled && !override?.title) delete meta.title;
  // (a listing of others' items states no date of its own: not one its text gives an item)
  if (found?.undated && !override?.date) delete meta.date;
  // (an anonymous poster's post has no author: not a pasted article's reporter)
  if (found?.unsigned && !override?.authors) meta.authors = [];
  delete (meta as ParsedMeta).carriedBy;
  delete (meta as ParsedMeta).periodical;
  if (meta.outletId === undefined) delete meta.outletId;
  // A key the article's own front matter gives (`key:`) is its citation key, unless xref-sources.json gives one.
  const ownKey = (parsed.meta as ParsedMeta).key?.trim();
  if (override || ownKey) delete (meta as { key?: string }).key;
  const sentences: Sentence[] = parsed.sentences.map(
    (s, index) => new SourceSentence(index, s.start, s.end, s.lang, text.slice(s.start, s.end), st),
  );
  const figures: Figure[] = [];
  const equivalences: Equivalence[] = [];
  const sheets = factSheets(text, sentences);
  const sheetTerms = new Map<number, [number, number][]>();
  // An article that writes "US$" for some amounts writes its bare "$" for its own country's dollars (Canadian,
  // Australian, Singapore papers: "$14 billion, or about US$10.2 billion"): those are no US dollars.
  const localDollars = US_DOLLAR_MARK.test(text);
  // (bare degrees are of the one scale the article names: "30 degrees Celsius", then "30 degrees supply")
  const scale = temperatureScale(text);
  // The nearest section heading above each sentence, SECTION_BACK sentences back at most, in the sentence's language
  // (not the article's first sentence, its headline): worked out once, when a sentence with a figure first asks.
  let headingAt: Int32Array | undefined;
  const sectionHeading = (i: number): Sentence | undefined => {
    if (!headingAt) {
      headingAt = new Int32Array(sentences.length).fill(-1);
      let last = -1;
      for (let j = 1; j < sentences.length; j++) {
        headingAt[j] = last >= 0 && j - last <= SECTION_BACK ? last : -1;
        const h = sentences[j];
        // (a table's header row, "| 계약일 | 기업 | 국가 | 사업 | 국내 기업 지분 수주액 |", is no heading: its rows' terms are their own)
        if (/[|│┃]/.test(h.text)) continue;
        // Only a heading that names a place and where it is, a factbox's or a roundup's ("GANGNEUNG, SOUTH KOREA", "##
        // Port Pirie, South Australia"): any heading's words ("## 2. 수주 현황", "## Tax relief") let another item's figure
        // of the measure link to a line (a Q&A's 94% refuted another firm's 17%, a release's ten years a Korean 5년).
        // (another heading ends the section above it all the same)
        const t = h.lang === 'en' ? headingOf(text, h) : koHeadingOf(text, h);
        if (t !== undefined) last = h.lang === 'en' && PLACE_LIST.test(t) ? j : -1;
      }
    }
    const h = headingAt[i] >= 0 ? sentences[headingAt[i]] : undefined;
    return h && h.lang === sentences[i].lang ? h : undefined;
  };
  // A table's rows under a caption that declares their unit ("Sources and uses of funds (EUR million)", "(단위: 백만 원)"):
  // their bare numbers are amounts of it (declaredUnits.ts).
  const declared = declaredRanges(text);
  for (const s of sentences) {
    let found = extractFigures(s.text, s.lang);
    const table = declared.length ? declared.find((d) => s.start >= d.start && s.start < d.end) : undefined;
    if (table) found = inDeclaredUnit(s.text, found, table.unit);
    // (a field of a form, "매출액 대비(%) : 18.61": its number in the unit its label's brackets give)
    found = inFieldUnit(s.text, found);
    if (!found.figures.length) continue; // the rest only serves figures
    found.figures = inTemperatureScale(found.figures, scale);
    if (localDollars)
      found.figures = found.figures.map((f) => (bareDollar(s.text, f) ? { ...f, unit: LOCAL_DOLLAR } : f));
    // Articles say "the data center" after naming it once: the sentence before, in the same paragraph, is context.
    const prev = sentences[s.index - 1];
    let context =
      prev && prev.lang === s.lang && !/\n\s*\n/.test(text.slice(prev.end, s.start))
        ? contextTermIds(prev.text, s.lang, CONTEXT_WEIGHT, cx)
        : [];
    // A section's heading ("GANGNEUNG, SOUTH KOREA" over a factbox's "* Cost estimate 21 trillion won.", "## Port Pirie")
    // names what the lines under it are about, as a report's heading does for its lines (judge/check.ts contextOf): its
    // terms are context too, at the weight of the sentence before (sectionHeading).
    const head = sectionHeading(s.index);
    if (head && !(context.length && head === prev))
      context = [...context, ...contextTermIds(head.text, s.lang, CONTEXT_WEIGHT, cx)];
    // A fact sheet's row ("| Investment | Approximately ¥38 billion |" under "## Outline of the new plant") is about
    // what the whole sheet is about: the rows that name it and the line that introduces it are context too.
    const sheet = sheets?.[s.index] ?? -1;
    if (sheet >= 0) {
      let t = sheetTerms.get(sheet);
      if (!t) sheetTerms.set(sheet, (t = factSheetTerms(sentences, sheet, sheets!, s.lang, cx)));
      context = [...context, ...t];
    }
    const subjects = figureSubjects(
      s.text,
      s.lang,
      found.figures,
      (f) => nounTermIds(f.noun, s.lang),
      context,
      false,
      cx,
    );
    // Every field named (a class, not `{ ...f, start }`, which gave each figure a hidden class of its own).
    const local: Figure[] = found.figures.map((f, k) => new SourceFigure(s.start, f, s.lang, s.index, subjects[k], st));
    for (const e of found.equivalences) {
      const a = local[e.a],
        b = local[e.b];
      if (!a || !b) continue;
      // Both halves of "5000억 달러(약 718조 원)" are about the same thing.
      raiseTo(b.subject, a.subject);
      equivalences.push({ a, b });
    }
    figures.push(...local);
  }
  const extracted = extractQuotesNFC(text, parsed.sentences);
  // (what a post or a column gives to "I" is its one author's, named in its byline: the metadata is known only here)
  authorsFirstPerson(extracted, meta.authors);
  const quotes: Quote[] = extracted.map(
    (q) => new SourceQuote(q, quoteLang(q.text, sentences[q.sentence]?.lang ?? 'ko'), speakerIdOf(q), st),
  );
  const key = override?.key ?? (ownKey || citationKey(meta, file));
  const source: Source = {
    key,
    file,
    meta,
    text: original,
    halves: parsed.halves,
    sentences,
    figures,
    quotes,
    equivalences,
  };
  if (map) source.map = map;
  return source;
}

/** "US$", "U.S.$", "US $" before a number: an article that marks US dollars so. */
const US_DOLLAR_MARK = /(?:\bUS|\bU\.S\.)\s?\$\s?\d/;
/** The unit of a bare "$" amount in an article that marks US dollars apart (US_DOLLAR_MARK): dollars of its country. */
export const LOCAL_DOLLAR = '$';
/** Whether a figure of US dollars is written with a bare "$" (no letters before it: not US$, C$, A$, S$). */
function bareDollar(text: string, f: { unit: string; text: string; start: number }): boolean {
  return f.unit === 'USD' && f.text.startsWith('$') && (f.start === 0 || !/[A-Za-z.]/.test(text[f.start - 1]));
}
