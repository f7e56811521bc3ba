// Sources read back from a corpus snapshot (snapshot.ts) that keep in memory only what finding candidates needs:
// their key, file, metadata and counts. Text, sentences, figures and quotes (the body) are decoded from the
// snapshot file by the record's offset when something reads them, and a bounded number of bodies is held (a
// clock: each read marks its source used; the oldest unused one is let go of first). A body let go of is decoded
// again when read again: the same values, new objects (the judges' memos keyed by figure are worked out again).
//
// Each record is checked against its checksum when it is decoded (the load reads none of them): a damaged one
// discards the snapshot (the next start writes a new one) and that source's body is read as without a snapshot
// (its cache entry, else its file: `fallback`).
//
// The file stays open while the corpus lives (a snapshot rewritten meanwhile is a new file renamed over it: this
// one keeps reading the records it was loaded from), closed when the corpus is disposed (Corpus.dispose: the
// language server replaces its corpus; on Windows an open file cannot be renamed over) or else collected.
import * as fs from 'fs';
import * as v8 from 'v8';
import { crcOf, unpackNumsInto } from './cache';
import type { WireBatch, WireDecoder } from './sourceWire';
import type { ArticleHalf, ArticleMeta, Equivalence, Figure, Quote, Sentence, Source } from '../types';
import type { TextMap } from './readers';

/** How many decoded bodies a snapshot's corpus holds at most by default (EngineOptions/CorpusOptions.sourceCache). */
export const SOURCE_CACHE = 400;

/** What a warm start keeps of each source without decoding it (stored in the snapshot's derived record). */
export interface SourceHead {
  key: string;
  /** The key the source had before the corpus made it unique (Corpus.uniqueKey), when that was another. */
  base?: string;
  meta: ArticleMeta;
  figures: number;
  quotes: number;
}

const closer = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    /* closed already */
  }
});

export class SnapshotBodies {
  /** Records decoded so far (a source read again after it was let go of counts again). */
  decoded = 0;
  /**
   * A source's body read as without a snapshot (its cache entry, else its file), for a record that turns out
   * damaged; set by the corpus. Without it a damaged record throws.
   */
  fallback?: (src: LazySource) => Source | string;
  /** The sources whose bodies are held (at most `limit`), and the clock's hand. */
  private held: LazySource[] = [];
  private hand = 0;
  private buf = Buffer.alloc(1 << 16);
  /** The numbers of the record being decoded (read at once by the reader: unpackNumsInto). */
  private readonly scratch = { nums: new Float64Array(1 << 13) };
  /** The open snapshot file, -1 once closed. */
  private fd: number;
  /** Whether a damaged record was found (the snapshot is discarded once). */
  private damaged = false;

  constructor(
    fd: number,
    private readonly offsets: readonly number[],
    /** Each record's checksum (snapshot.ts crcOf). */
    private readonly crcs: readonly string[],
    private readonly decoder: WireDecoder,
    readonly limit: number,
    /** Told once when a record is found damaged (the snapshot is discarded). */
    private readonly onDamaged?: (file: string, why: string) => void,
  ) {
    this.fd = fd;
    // At least the body being read: a caller reads one source's sentences and figures together.
    this.limit = Math.max(1, Math.floor(limit) || 1);
    closer.register(this, fd, this);
  }

  /** Whether the snapshot file is still open. */
  get open(): boolean {
    return this.fd >= 0;
  }

  /**
   * Closes the snapshot file (idempotent). Bodies held stay readable; a body not held is read as without a
   * snapshot (`fallback`) from then on.
   */
  close(): void {
    if (this.fd < 0) return;
    closer.unregister(this);
    const fd = this.fd;
    this.fd = -1;
    try {
      fs.closeSync(fd);
    } catch {
      /* closed already */
    }
  }

  /** How many bodies are held now. */
  get size(): number {
    return this.held.length;
  }

  /** The decoder's term ids (renumbered with the table: engineState.ts compactTerms). */
  get wire(): WireDecoder {
    return this.decoder;
  }

  /** Every held body let go of (their term ids are stale after a compaction). */
  dropAll(): void {
    for (const s of this.held) s.body = undefined;
    this.held = [];
    this.hand = 0;
  }

  /** The body of `src` decoded from its record, held (letting another go when `limit` are held). */
  load(src: LazySource): Source {
    const body = this.fd >= 0 ? (this.decode(src) ?? this.instead(src)) : this.instead(src);
    this.decoded++;
    this.admit(src);
    src.body = body;
    src.used = false;
    return body;
  }

  /** The body decoded from the source's record, or undefined when the record is damaged (said once). */
  private decode(src: LazySource): Source | undefined {
    const from = this.offsets[src.no],
      to = this.offsets[src.no + 1];
    const n = to - from;
    if (n > this.buf.length) this.buf = Buffer.alloc(Math.max(n, 2 * this.buf.length));
    let got = 0;
    while (got < n) {
      const r = fs.readSync(this.fd, this.buf, got, n - got, from + got);
      if (r <= 0) return this.bad(src, 'is cut short');
      got += r;
    }
    const b = this.buf.subarray(0, n);
    if (crcOf(b) !== this.crcs[src.no]) return this.bad(src, 'does not match its checksum');
    let body: Source | string;
    try {
      const rec = v8.deserialize(b) as Pick<WireBatch, 'strs' | 'metas' | 'halves'> & { nums: Uint8Array };
      body = this.decoder.reader({
        batch: src.no,
        terms: [],
        atoms: [],
        strs: rec.strs,
        metas: rec.metas,
        halves: rec.halves,
        nums: unpackNumsInto(rec.nums, this.scratch),
      })(src.file);
    } catch (e) {
      return this.bad(src, `does not decode (${(e as Error)?.message ?? e})`);
    }
    if (typeof body === 'string') return this.bad(src, 'is no source');
    return body;
  }

  private bad(src: LazySource, why: string): undefined {
    if (!this.damaged) {
      this.damaged = true;
      this.onDamaged?.(src.file, why);
    }
    if (!this.fallback) throw new Error(`corpus snapshot: the record of ${src.file} ${why}`);
    return undefined;
  }

  /**
   * The body read as without a snapshot. It must be the source the snapshot was made of (its counts the same):
   * a file changed since the load is the corpus's to read again (updateFile), not a body to mix into this one.
   */
  private instead(src: LazySource): Source {
    const r = this.fallback?.(src);
    if (r === undefined) throw new Error(`corpus snapshot: ${src.file} cannot be read (the snapshot is closed)`);
    if (typeof r === 'string' || r.figures.length !== src.figureCount || r.quotes.length !== src.quoteCount)
      throw new Error(`corpus snapshot: ${src.file} changed since the corpus was loaded`);
    return r;
  }

  private admit(src: LazySource): void {
    if (this.held.length < this.limit) {
      this.held.push(src);
      return;
    }
    // The clock: a used body gets another round, the first unused one goes.
    for (;;) {
      const s = this.held[this.hand];
      if (s.used) {
        s.used = false;
        this.hand = (this.hand + 1) % this.held.length;
        continue;
      }
      s.body = undefined;
      this.held[this.hand] = src;
      this.hand = (this.hand + 1) % this.held.length;
      return;
    }
  }
}

/** A source of a snapshot: metadata in memory, the rest decoded from the snapshot when read (see above). */
export class LazySource implements Source {
  /** The decoded body while it is held. */
  body?: Source;
  /** Read since the clock last passed. */
  used = false;

  constructor(
    readonly store: SnapshotBodies,
    /** The record's number in the snapshot. */
    readonly no: number,
    public key: string,
    public file: string,
    public meta: ArticleMeta,
    readonly figureCount: number,
    readonly quoteCount: number,
  ) {}

  private get b(): Source {
    const b = this.body;
    if (b) {
      this.used = true;
      return b;
    }
    return this.store.load(this);
  }
  get text(): string {
    return this.b.text;
  }
  get map(): TextMap | undefined {
    return this.b.map;
  }
  get halves(): ArticleHalf[] {
    return this.b.halves;
  }
  get sentences(): Sentence[] {
    return this.b.sentences;
  }
  get figures(): Figure[] {
    return this.b.figures;
  }
  get quotes(): Quote[] {
    return this.b.quotes;
  }
  get equivalences(): Equivalence[] {
    return this.b.equivalences;
  }
}

/** How many figures and quotes a source has, without decoding a snapshot's source. */
export function countsOf(s: Source): { figures: number; quotes: number } {
  return s instanceof LazySource
    ? { figures: s.figureCount, quotes: s.quoteCount }
    : { figures: s.figures.length, quotes: s.quotes.length };
}

/** A source as a plain object (a snapshot's with its body decoded): for what copies its fields (`{ ...s }`). */
export function plainObject(s: Source): Source {
  if (!(s instanceof LazySource)) return s;
  const { key, file, meta, text, halves, sentences, figures, quotes, equivalences, map } = s;
  const out: Source = { key, file, meta, text, halves, sentences, figures, quotes, equivalences };
  if (map) out.map = map;
  return out;
}
