// The corpus snapshot: the whole index of one set of source folders in one file, read back at start instead of
// one cache entry per article (cache.ts). A warm start with 10,000 unchanged articles spent ~40% of its load in
// opening, checksumming and decoding 10,000 entries one by one (each with its own term list); the snapshot is
// one file whose derived record is read and checked at start, each file's record when it is decoded, with a single
// term list.
//
// Valid for: the engine version (that of the entries), the options that shape the index (roots, size limit, file
// limit: they name the snapshot file), and every listed file as it is now, in the same order, with the same
// xref-sources.json override, each with the size, mtime and SHA-256 of the bytes its result came from (the cache
// entry's header: the same rule as an entry, the bytes hashed again when size and mtime cannot vouch for them).
// A file added, removed or edited since (at most a quarter of them) and the snapshot is patched (reusable, and
// corpus.ts patch): those files are indexed, the others' records copied into a new snapshot and their stored tables
// taken as they are. Anything else (more changes, a damaged or foreign file) and the snapshot is not used: the
// per-file entries are read as before (only the changed files are indexed) and a new snapshot is written. So it
// never gives a stale answer.
//
// A hit decodes no record: each source keeps its key, metadata and counts (the derived record's heads) and its body
// (text, sentences, figures, quotes) is decoded from its record, by offset, when a claim needs it (lazySource.ts,
// a bounded number held). The figure index's entries hold each figure's subject, so candidates are scored without
// decoding; the quote and people indexes read the stored quotation rows.
//
// Format (written record by record to a temporary file, then renamed): MAGIC; one record per file in file order,
// its part of the wire form (sourceWire.ts; numbers packed as in cache.ts) in V8's serialization; the derived
// record (what the judges build from all the sources: the figure index's postings with each figure's unit and
// subject, the learned word pairs and what each source figure's sentence says (judge/figureFacts.ts StoredFacts),
// judge/figureIndex.ts exportIndex, terms by name; each file's head (key, metadata, counts) or skip reason; every
// quotation as the quote and people indexes read it, judge/quotes.ts QuoteRow, stored by column with each distinct
// string once), so that a warm start's first check reads them instead of building them; it is stored in parts (the
// figure index, the heads, the quotations, then every typed array's bytes, each with its checksum: writeDerived), so
// that a warm start holds one part's bytes at a time and reads each typed array straight into its own memory; then a JSON header (engine, options key, file table, the term names and atoms all records share,
// each record's offset, where the derived record and its parts are, a CRC-32 of each record and of each part: a record's is checked when it is decoded), its length
// (u32) and MAGIC again. The offsets let a record be read alone. Why not an embedded database: see the commit that added this file and cache.ts; the access
// pattern is "read the derived record at start, a record now and then, rewrite after a change".
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { crcOf, crcOfPieces, hashOf, packNums, pruneSiblings, RACY_MS, type IndexCache } from './cache';
import { WireDecoder, WireEncoder, type WireBatch } from './sourceWire';
import { pendingOf, type StoredIndex } from '../judge/figureIndex';
import { packRecords, unpackRecords } from '../judge/figureFacts';
import type { QuoteRow, StoredQuotes } from '../judge/quotes';
import type { TermTable } from '../text/terms';
import { detached } from '../text/text';
import type { ArticleMeta, Lang, Source } from '../types';
import { countsOf, LazySource, SnapshotBodies, type SourceHead } from './lazySource';
import { SlotHasher, slotHash } from './results';

export const MAGIC = Buffer.from('SGXSNP2\n', 'latin1');

/** One listed file as its result was made: [file, override key, size, mtime, SHA-256 (null: too large), read at]. */
export type Row = [file: string, override: string, size: number, mtimeMs: number, hash: string | null, readAt: number];

interface Header {
  engine: string;
  options: string;
  files: Row[];
  /** Term names and atoms of every record (one encoder numbered them across the corpus). */
  terms: string[];
  atoms: string[];
  /** Where each file's record starts, and the end of the last (offsets into the file). */
  offsets: number[];
  /** Where the derived record (what the judges build from all the sources: SnapshotDerived) starts and ends. */
  derived: [number, number];
  /**
   * The derived record's parts, one after another from derived[0] to derived[1], each [from, to, checksum (crcOf)]:
   * the figure index, the heads and the quotations (each in V8's serialization, its typed arrays not in it), then
   * every typed array's bytes (writeDerived). Each part is checked as it is read.
   */
  parts: [from: number, to: number, crc: string][];
  /** Each file's record's checksum, checked when the record is decoded (lazySource.ts). */
  crcs: string[];
}

/** One file's part of the wire form (its terms and atoms are in the header). */
type StoredRecord = Pick<WireBatch, 'strs' | 'metas' | 'halves'> & { nums: Uint8Array };
const EMPTY: WireBatch = { batch: 0, terms: [], atoms: [], nums: new Float64Array(0), strs: [], metas: [], halves: [] };

/**
 * What the judges derive from the whole corpus, stored after the records so that a warm start reads it instead of
 * building it again: the figure index with its postings and the learned word pairs (judge/figureIndex.ts).
 */
export interface SnapshotDerived {
  figures: StoredIndex;
  /** Per file: what a source keeps in memory (lazySource.ts), or why the file was skipped. */
  heads: (SourceHead | string)[];
  /** Every source's quotations as the quote and people indexes read them (judge/quotes.ts). */
  quotes: StoredQuotes;
}

/** What a warm start gets: per file a source whose body is read from the snapshot when needed, or a skip reason. */
export interface SnapshotLoad {
  results: (LazySource | string)[];
  derived: SnapshotDerived;
  bodies: SnapshotBodies;
  /**
   * What names this snapshot's content: two loads with the same identity hold the same corpus (the header's file
   * table with every file's size, mtime and SHA-256, every record's checksum, the engine and the options, from which
   * the derived record follows), so a result computed on one is the result on the other (judge results kept between
   * runs).
   */
  identity: string;
  /** The file table it was checked against: each file with the size, mtime and hash its result came from. */
  files: readonly Row[];
}

/** A snapshot whose header holds the corpus as the files are now (CorpusSnapshot.validate), not yet decoded. */
export interface ValidSnapshot {
  fd: number;
  header: Header;
  identity: string;
}

/**
 * What the file table's rows are taken with as the files are merged (SnapshotStream.add, CorpusSnapshot.rowOf): each
 * file's override key and the size limit.
 */
export interface Vouch {
  override(file: string): string;
  maxFileBytes: number;
}

/** What the snapshot did at the last load: for the server's log and the tests. */
export type SnapshotState = 'hit' | 'stale' | 'patched' | 'none' | 'damaged';

/**
 * A snapshot of the corpus as it was before a few files changed (CorpusSnapshot.reusable): its records and stored
 * tables for the files unchanged, to make the new snapshot of (corpus.ts: a corpus patched from its snapshot).
 */
export interface Reusable {
  fd: number;
  header: Header;
  /** Per file listed now: the number of its record in the snapshot, or -1 (changed or new: to be indexed). */
  from: Int32Array;
  derived: SnapshotDerived;
  /** The snapshot's results, one per file it was written for (a source's body is never read from here). */
  old: (LazySource | string)[];
  /** Its identity (SnapshotLoad): results kept from a run on it are of the corpus before the change. */
  identity: string;
}

export class CorpusSnapshot {
  readonly file: string;
  /**
   * The header of a snapshot found stale at validate(), its identity, and how many of its first files validate()
   * found as their results were made (the same files in the same places): what reusable() reads.
   */
  private staleHeader?: { header: Header; identity: string; current: number };

  /** The snapshot of the corpus `options` (what shapes the index: roots, limits) describe, kept in `cache`. */
  constructor(
    private readonly cache: IndexCache,
    readonly options: string,
  ) {
    this.file = path.join(cache.dir, 'snapshots', `${nameOf(options)}.snap`);
  }

  /** The engine version its records are of (the cache's). */
  get engine(): string {
    return this.cache.engine;
  }

  /**
   * A snapshot written as the files' results come (SnapshotStream), its sources' bodies decoded with `table`'s term
   * ids, at most `held` held; undefined when the cache cannot be written.
   */
  stream(
    table: TermTable,
    held: number,
    derive: DeriveStream,
    seed?: Reusable,
    vouch?: Vouch,
  ): SnapshotStream | undefined {
    const out = this.cache.openAtomic(this.file);
    return out && new SnapshotStream(this, out, table, held, derive, seed, vouch);
  }

  /**
   * After validate() found the snapshot stale: what it still holds of the files listed now, when the files it holds
   * unchanged are most of them (at least three in four) and its engine and options are these; else undefined (the
   * files are read as without a snapshot). The file is left open (Reusable.fd) for its records to be copied.
   */
  reusable(
    files: readonly string[],
    override: (file: string) => string,
    maxFileBytes: number,
    terms: TermTable,
  ): Reusable | undefined {
    const stale = this.staleHeader;
    this.staleHeader = undefined;
    if (!stale || this.cache.snapshot !== 'stale') return undefined;
    const { header, identity, current } = stale;
    const byFile = new Map<string, number>();
    header.files.forEach((row, j) => byFile.set(row[0], j));
    const from = new Int32Array(files.length).fill(-1);
    let fresh = 0;
    for (let i = 0; i < files.length; i++) {
      const j = byFile.get(files[i]);
      if (
        j !== undefined &&
        header.files[j][4] !== null &&
        // The first files were looked at by validate() already: not statted (nor hashed) again.
        ((j === i && i < current) || rowCurrent(header.files[j], override(files[i]), maxFileBytes))
      )
        from[i] = j;
      else if (4 * ++fresh > files.length) return undefined;
    }
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch {
      return undefined;
    }
    let got: Reusable | undefined;
    try {
      const derived = this.derived(fd, header, header.files.length);
      if (!derived) return undefined;
      const d = new WireDecoder(terms);
      d.receive({ ...EMPTY, terms: header.terms, atoms: header.atoms });
      // Sources to hold the stored tables' entries by: never decoded (a record's bytes are copied, not read).
      const bodies = new SnapshotBodies(-1, header.offsets, header.crcs, d, 1);
      const old = derived.heads.map((h, j) =>
        typeof h === 'string' ? h : new LazySource(bodies, j, h.key, header.files[j][0], h.meta, h.figures, h.quotes),
      );
      return (got = { fd, header, from, derived, old, identity });
    } catch (e) {
      return this.damaged(`it cannot be read (${(e as Error)?.message ?? e})`);
    } finally {
      if (!got) fs.closeSync(fd);
    }
  }

  /** The derived record of the open snapshot `fd`, checked against its header (`files` files); else undefined, said. */
  private derived(fd: number, header: Header, files: number): SnapshotDerived | undefined {
    let derived: SnapshotDerived | undefined;
    try {
      derived = readDerived(fd, header.parts);
      if (
        !derived ||
        typeof derived !== 'object' ||
        !derived.figures ||
        !Array.isArray(derived.heads) ||
        derived.heads.length !== files ||
        !(derived.quotes instanceof PackedRows)
      )
        throw new Error('no derived record');
    } catch (e) {
      if (e instanceof PartError) return this.damaged(e.message);
      return this.damaged(`it does not decode (${(e as Error)?.message ?? e})`);
    }
    return derived;
  }

  /**
   * The file table of `files` and their results (a skip reason, or anything else for a source), when every result
   * is one the cache vouches for (an entry on disk, or a file too large); otherwise (a file that could not be read,
   * say) undefined: no snapshot.
   */
  rows(
    files: readonly string[],
    results: readonly unknown[],
    override: (file: string) => string,
    maxFileBytes: number,
    known: readonly (Row | undefined)[] = [],
  ): Row[] | undefined {
    const rows: Row[] = [];
    for (let i = 0; i < files.length; i++) {
      const file = files[i],
        r = results[i];
      if (r === undefined) return undefined;
      // A row of the snapshot this one was patched from (the file found unchanged since), or taken as it was merged.
      const row = known[i] ?? this.rowOf(file, override(file), r, maxFileBytes);
      if (!row) return undefined;
      rows.push(row);
    }
    return rows;
  }

  /**
   * The file table's row of `file` (override key `o`) with its result `r` (a skip reason, or anything else for a
   * source), when the cache vouches for that result (rows); else undefined.
   */
  rowOf(file: string, o: string, r: unknown, maxFileBytes: number): Row | undefined {
    const h = this.cache.entryHeader(file, o);
    if (h) return [file, o, h.size, h.mtimeMs, h.hash, h.readAt];
    if (typeof r !== 'string' || !r.startsWith('too large')) return undefined;
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      return undefined;
    }
    return st.size > maxFileBytes ? [file, o, st.size, st.mtimeMs, null, 0] : undefined;
  }

  /**
   * The snapshot, when it holds the corpus as `files` now are: its header checked against every file (what a warm
   * start knows before it decodes anything, `identity` among it), the file left open for decode(); else undefined
   * with why in cache.snapshot.
   */
  validate(
    files: readonly string[],
    override: (file: string) => string,
    maxFileBytes: number,
  ): ValidSnapshot | undefined {
    // Read piece by piece, never whole (the file is as large as the corpus's text and more; held whole beside the
    // sources it made, it raised a warm start's peak RSS by as much). The records are not read here.
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch {
      this.cache.snapshot = 'none';
      return undefined;
    }
    let got: ValidSnapshot | undefined;
    try {
      return (got = this.readHeader(fd, files, override, maxFileBytes));
    } catch (e) {
      return this.damaged(`it cannot be read (${(e as Error)?.message ?? e})`);
    } finally {
      if (!got) fs.closeSync(fd);
    }
  }

  /** A validated snapshot's results (decode once; the file stays open for the sources' bodies, else it is closed). */
  decode(v: ValidSnapshot, files: readonly string[], terms: TermTable, held: number): SnapshotLoad | undefined {
    let got: SnapshotLoad | undefined;
    try {
      return (got = this.read(v, files, terms, held));
    } catch (e) {
      return this.damaged(`it cannot be read (${(e as Error)?.message ?? e})`);
    } finally {
      // A hit keeps the file open: its sources' bodies are read from it (lazySource.ts).
      if (!got) fs.closeSync(v.fd);
    }
  }

  private readHeader(
    fd: number,
    files: readonly string[],
    override: (file: string) => string,
    maxFileBytes: number,
  ): ValidSnapshot | undefined {
    const damaged = (why: string) => this.damaged(why);
    const at = reader(fd);
    // MAGIC, the records, the derived record, the header (JSON), its length (u32), MAGIC.
    const size = fs.fstatSync(fd).size;
    const tail = MAGIC.length + 4;
    if (size < MAGIC.length + tail) return damaged(this.starts(at, size) ? 'truncated' : 'not a corpus snapshot');
    const end = Buffer.from(at(size - tail, size));
    if (!this.starts(at, size) || !end.subarray(4).equals(MAGIC))
      return this.starts(at, size) ? damaged('truncated') : damaged('not a corpus snapshot');
    const hlen = end.readUInt32LE(0);
    const hstart = size - tail - hlen;
    if (hstart < MAGIC.length) return damaged('truncated');
    let header: Header;
    let json: string;
    try {
      json = at(hstart, size - tail).toString('utf8');
      header = JSON.parse(json) as Header;
    } catch {
      return damaged('its header is damaged');
    }
    if (
      !header ||
      typeof header !== 'object' ||
      !Array.isArray(header.files) ||
      !Array.isArray(header.offsets) ||
      header.offsets.length !== header.files.length + 1 ||
      header.offsets[0] !== MAGIC.length ||
      !Array.isArray(header.derived) ||
      !Array.isArray(header.crcs) ||
      header.crcs.length !== header.files.length ||
      header.offsets[header.files.length] !== header.derived[0] ||
      header.derived[1] !== hstart ||
      !partsFit(header.parts, header.derived) ||
      header.offsets.some((o, i) => i > 0 && !(o >= header.offsets[i - 1]))
    )
      return damaged('its header is damaged');
    if (header.engine !== this.cache.engine || header.options !== this.options) {
      // Another engine's (an upgrade) or another option set's under the same name: not ours to read.
      this.cache.snapshot = 'stale';
      return undefined;
    }
    const current = this.currentPrefix(header.files, files, override, maxFileBytes);
    if (current < header.files.length || header.files.length !== files.length) {
      this.cache.snapshot = 'stale';
      this.staleHeader = { header, identity: identityOf(json), current };
      return undefined;
    }
    return { fd, header, identity: identityOf(json) };
  }

  private read(v: ValidSnapshot, files: readonly string[], terms: TermTable, held: number): SnapshotLoad | undefined {
    const { fd, header } = v;
    // Only the derived record (what each source keeps in memory, the judges' tables) is read, checked and decoded
    // here; a file's record is checked when it is decoded (lazySource.ts): reading and checksumming every record at
    // each start cost more than decoding the derived record.
    const derived = this.derived(fd, header, files.length);
    if (!derived) return undefined;
    // The term names in the order the records number them: interned as a decode of every record would intern them.
    const d = new WireDecoder(terms);
    d.receive({ ...EMPTY, terms: header.terms, atoms: header.atoms });
    const bodies = new SnapshotBodies(fd, header.offsets, header.crcs, d, held, (file, why) =>
      this.damaged(`the record of ${file} ${why}`),
    );
    const results = derived.heads.map((h, i) =>
      typeof h === 'string' ? h : new LazySource(bodies, i, h.key, files[i], h.meta, h.figures, h.quotes),
    );
    this.cache.snapshot = 'hit';
    this.cache.counts.hits += files.length;
    return { results, derived, bodies, identity: v.identity, files: header.files };
  }

  /** The snapshot discarded, said why. */
  private damaged(why: string): undefined {
    this.cache.snapshot = 'damaged';
    this.cache.say(`index cache: discarded the corpus snapshot ${this.file}: ${why}; the entries are read instead`);
    try {
      fs.unlinkSync(this.file);
    } catch {
      /* gone already */
    }
    return undefined;
  }

  /** Whether the file starts as a snapshot does. */
  private starts(at: (from: number, to: number) => Buffer, size: number): boolean {
    return size >= MAGIC.length && at(0, MAGIC.length).equals(MAGIC);
  }

  /**
   * How many of the rows, from the first, are the files listed now in the same places, each as its result was made
   * (all of them and as many as the files: the snapshot is current).
   */
  private currentPrefix(rows: Row[], files: readonly string[], override: (f: string) => string, max: number): number {
    const n = Math.min(rows.length, files.length);
    for (let i = 0; i < n; i++) if (rows[i][0] !== files[i] || !rowCurrent(rows[i], override(files[i]), max)) return i;
    return n;
  }
}

/** Whether a row's file is as its result was made (with the override `o` it has now). */
function rowCurrent(row: Row, o: string, max: number): boolean {
  const [file, override, size, mtimeMs, hash, readAt] = row;
  if (o !== override) return false;
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return false;
  }
  if (!st.isFile() || st.size !== size) return false;
  if (hash === null) return size > max; // too large, and still the same size: skipped again, unread
  if (st.mtimeMs === mtimeMs && readAt - mtimeMs > RACY_MS) return true;
  try {
    return hashOf(fs.readFileSync(file)) === hash;
  } catch {
    return false;
  }
}

/**
 * What the judges build from the corpus for the derived record, fed one source at a time (judge/derivedStream.ts):
 * `full` the source as indexed, `kept` the one the corpus keeps in its place.
 */
export interface DeriveStream {
  add(full: Source, kept: Source): void;
  /**
   * `pend`: the figure index's typed arrays may be stand-ins (judge/figureIndex.ts Column.pend) that only writeDerived
   * reads, writing their numbers from where they are; the figure index is then read back from the file.
   */
  finish(pend?: boolean): Omit<SnapshotDerived, 'heads'>;
}

/**
 * A cold start's snapshot, written as the files are merged (CorpusSnapshot.stream): each file's record is written
 * when its result comes, and a source comes back as a LazySource that reads its body from that record (the file being
 * written, open for reading too), so the corpus never holds every source's body; the judges' tables are built from
 * each source as it passes (`derive`). finish() writes the derived record and the header and renames the file into
 * place when the cache vouches for every result (else the file is removed: the sources already handed out still read
 * it through the open descriptor).
 */
export class SnapshotStream {
  readonly bodies: SnapshotBodies;
  private readonly enc: WireEncoder;
  private readonly decoder: WireDecoder;
  private readonly offsets: number[] = [MAGIC.length];
  private readonly heads: (SourceHead | string)[] = [];
  /** Each record's checksum (crcOf), checked when a record is read back (lazySource.ts SnapshotBodies). */
  private readonly crcs: string[] = [];
  private readonly terms: string[] = [];
  private readonly atoms: string[] = [];
  /**
   * Each record's file-table row: copied from the snapshot before (copy), or taken when its file was merged (add, with
   * `vouch`), else undefined (looked up at finish). Taken then, finish() does not read every file's cache entry again
   * at the end of a cold start (a read, a parse and garbage a file, at the load's peak).
   */
  private readonly rows: (Row | undefined)[] = [];
  /** Set once the file cannot be written: what comes after stays as it is, and no snapshot is written. */
  private failed = false;
  private done = false;
  /**
   * The heads' repeated metadata strings met so far, each kept once (shareMeta): a copy makes each anew, where a warm
   * start shares them (shareStrings).
   */
  private readonly shared = new Map<string, string>();
  /** Copied records not yet written: a run of the old snapshot's bytes [from, to) (copy). */
  private run?: { fd: number; from: number; to: number };

  /**
   * `seed`: a snapshot of the corpus before a few files changed, whose records are copied (copy()): the new records
   * number their terms and atoms after its own, which come first in the new header.
   */
  constructor(
    private readonly snapshot: CorpusSnapshot,
    private readonly out: NonNullable<ReturnType<IndexCache['openAtomic']>>,
    table: TermTable,
    held: number,
    private readonly derive: DeriveStream,
    seed?: Reusable,
    private readonly vouch?: Vouch,
  ) {
    this.enc = new WireEncoder(true, table);
    this.decoder = new WireDecoder(table);
    if (seed) {
      const { terms, atoms } = seed.header;
      this.enc.seed(terms, atoms);
      this.decoder.receive({ ...EMPTY, terms, atoms });
      this.terms.push(...terms);
      this.atoms.push(...atoms);
    }
    this.bodies = new SnapshotBodies(out.fd, this.offsets, this.crcs, this.decoder, held);
    try {
      out.put(MAGIC);
    } catch (e) {
      this.fail(e);
    }
  }

  /**
   * The next file's record copied from the snapshot `from` (its record `j`, the file unchanged since: the stream was
   * seeded with it), with its head; a source comes back as the lazy source reading it here (a skip reason as it is).
   * `key`: the key the corpus gives it now, when another than the stored one (a file before it came or went).
   */
  copy(from: Reusable, j: number, file: string, key?: string): LazySource | string {
    const h = from.derived.heads[j];
    const i = this.written;
    const a = from.header.offsets[j],
      b = from.header.offsets[j + 1];
    const r = this.run;
    if (r && r.fd === from.fd && r.to === a && r.to - r.from < 1 << 24) r.to = b;
    else {
      this.flush();
      this.run = { fd: from.fd, from: a, to: b };
    }
    this.crcs.push(from.header.crcs[j]);
    this.offsets.push(this.offsets[i] + (b - a));
    this.rows.push(from.header.files[j]);
    if (typeof h === 'string') {
      this.heads.push(h);
      return h;
    }
    const head = key === undefined || key === h.key ? h : { ...h, key, base: h.base ?? h.key };
    this.heads.push(head);
    return new LazySource(this.bodies, i, head.key, file, head.meta, head.figures, head.quotes);
  }

  /** The copied records not yet written, written (read from the old snapshot, which can be closed then). */
  flush(): void {
    const r = this.run;
    this.run = undefined;
    if (!r || this.failed) return;
    const buf = Buffer.alloc(Math.min(r.to - r.from, 1 << 20));
    try {
      for (let at = r.from; at < r.to;) {
        const n = fs.readSync(r.fd, buf, 0, Math.min(buf.length, r.to - at), at);
        if (n <= 0) throw new Error('the snapshot was cut short');
        this.out.put(buf.subarray(0, n));
        at += n;
      }
    } catch (e) {
      this.fail(e);
    }
  }

  /** How many records are written. */
  get written(): number {
    return this.offsets.length - 1;
  }

  /**
   * The next file's result (file `file`, the `written`-th): its record written; a source comes back as the lazy
   * source reading it (`r` itself when the file cannot be written).
   */
  add(file: string, r: Source | string, base?: string): Source | string {
    if (this.failed || this.done) return r;
    this.flush();
    const i = this.written;
    if (typeof r === 'string') this.enc.skip(r);
    else this.enc.add(r);
    const m = this.enc.finish(i).message;
    for (const t of m.terms) this.terms.push(t);
    for (const a of m.atoms) this.atoms.push(a);
    this.decoder.receive({ ...EMPTY, terms: m.terms, atoms: m.atoms });
    const rec: StoredRecord = { nums: packNums(m.nums), strs: m.strs, metas: m.metas, halves: m.halves };
    const b = v8.serialize(rec);
    try {
      this.out.put(b);
    } catch (e) {
      this.fail(e);
      return r;
    }
    this.crcs.push(crcOf(b));
    this.offsets.push(this.offsets[i] + b.length);
    const v = this.vouch;
    this.rows.push(v && this.snapshot.rowOf(file, v.override(file), r, v.maxFileBytes));
    if (typeof r === 'string') {
      this.heads.push(r);
      return r;
    }
    // A copy of the head: the key and metadata are strings cut from the article's text, which they would keep alive.
    const head = detached<SourceHead>({
      key: r.key,
      ...(base !== undefined && base !== r.key ? { base } : {}),
      meta: r.meta,
      ...countsOf(r),
    });
    shareMeta(head.meta, this.shared);
    this.heads.push(head);
    const lazy = new LazySource(this.bodies, i, head.key, file, head.meta, head.figures, head.quotes);
    this.derive.add(r, lazy);
    return lazy;
  }

  /**
   * The snapshot written and renamed into place when every file's result is one the cache vouches for (see rows),
   * with what a warm start's load gives; else undefined (no snapshot: the file is removed). `defer`: the derived record
   * and the header (serializing, summing and writing some 30 MB at 10,000 articles, a third of a second) are written
   * when the returned `write` is called instead, so that a server's first check need not wait for them; the identity
   * is the one the written snapshot will have (it does not name the derived record, which the rest determines).
   */
  finish(
    files: readonly string[],
    override: (file: string) => string,
    maxFileBytes: number,
    defer = false,
  ): (Omit<SnapshotLoad, 'results'> & { write?: () => boolean }) | undefined {
    if (this.done) return undefined;
    this.flush();
    this.done = true;
    const rows =
      this.failed || files.length !== this.written
        ? undefined
        : this.snapshot.rows(files, this.heads, override, maxFileBytes, this.rows);
    if (!rows) {
      this.abort();
      return undefined;
    }
    let derived: SnapshotDerived;
    try {
      // Written now: the figure index's columns are written from the chunks they were built in and read back (as a
      // warm start reads them), never copied beside them. Deferred, the first check reads them before the write.
      derived = { ...this.derive.finish(!defer), heads: this.heads };
    } catch {
      this.abort(); // a bug, not a reason to fail the load: no snapshot this time
      return undefined;
    }
    // The header without the derived record's place and its parts' checksums, which are written last (identityOf):
    // its fields as they are, made into JSON a piece at a time when hashed here and again when written (headerJson).
    const named: Named = {
      engine: this.snapshot.engine,
      options: this.snapshot.options,
      files: rows,
      terms: this.terms,
      atoms: this.atoms,
      offsets: this.offsets,
      crcs: this.crcs,
    };
    const load = { derived, bodies: this.bodies, identity: namedIdentity(named), files: rows };
    if (!defer) return this.writeRecord(derived, named) ? load : undefined;
    this.pending = true;
    return {
      ...load,
      write: () => {
        if (!this.pending) return false;
        this.pending = false;
        return this.writeRecord(derived, named);
      },
    };
  }

  /** A finish() whose derived record and header are not written yet (abort() leaves it be). */
  private pending = false;

  /**
   * The derived record's parts, then the header (`named` with their places and checksums), renamed into place. Each
   * part is written as it is made and let go of, and the header a piece at a time: held together, the parts and the
   * header's JSON (with its copies) raised a cold start's peak above what its merge had reached.
   */
  private writeRecord(derived: SnapshotDerived, named: Named): boolean {
    const start = this.offsets[this.written];
    let at = start;
    const table: [number, number, string][] = [];
    let pended = false;
    const parts = derivedParts(derived);
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = parts.next();
      } catch {
        this.abort(); // a bug, not a reason to fail the load: no snapshot this time
        return false;
      }
      if (next.done) break;
      const b = next.value;
      try {
        const p = pendingOf(b);
        if (!p) {
          table.push([at, (at += b.byteLength), crcOf(b)]);
          this.out.put(b);
          continue;
        }
        // A column left in its chunks: its bytes written a chunk at a time, each chunk let go of once written.
        pended = true;
        const crc = crcOfPieces();
        const from = at;
        for (const piece of p.pieces()) {
          crc.add(piece);
          this.out.put(piece);
          at += piece.byteLength;
        }
        table.push([from, at, crc.done()]);
      } catch (e) {
        this.fail(e);
        return false;
      }
    }
    try {
      // The figure index as a warm start reads it, its arrays from the bytes just written (the chunks are gone).
      if (pended) derived.figures = readDerivedFigures(this.out.fd, table);
      let length = 0;
      let buf = Buffer.alloc(1 << 16);
      const put = (s: string) => {
        const n = Buffer.byteLength(s, 'utf8');
        if (n > buf.length) buf = Buffer.alloc(Math.max(n, 2 * buf.length));
        buf.write(s, 0, n, 'utf8');
        this.out.put(buf.subarray(0, n));
        length += n;
      };
      for (const piece of headerJson(named)) put(piece);
      put(`,"derived":${JSON.stringify([start, at])},"parts":${JSON.stringify(table)}}`);
      const len = Buffer.alloc(4);
      len.writeUInt32LE(length);
      this.out.put(len);
      this.out.put(MAGIC);
    } catch (e) {
      this.fail(e);
      return false;
    }
    if (!this.out.commit(false)) return false;
    pruneSiblings(this.snapshot.file, false);
    return true;
  }

  /** No snapshot after all (the load was cancelled): the file is removed, the sources handed out still read it. */
  abort(): void {
    if (this.pending) return; // finished: written when asked (finish)
    this.done = true;
    if (!this.failed) this.out.abort(undefined, false);
    this.failed = true;
  }

  private fail(e: unknown): void {
    this.failed = true;
    this.out.abort(e, false);
  }
}

/** Raised for a part of the derived record that is not as the header says (cut short, its checksum not its own). */
class PartError extends Error {}

/** The typed arrays a part may hold, by the number writeDerived gives each kind (DataView last). */
const VIEWS = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
] as const;
const DATA_VIEW = VIEWS.length;

/** Whether `parts` (Header.parts) cover [derived[0], derived[1]) one after another, each with a checksum. */
function partsFit(parts: unknown, derived: [number, number]): boolean {
  if (!Array.isArray(parts) || parts.length < 3) return false;
  let at = derived[0];
  for (const p of parts) {
    if (!Array.isArray(p) || p[0] !== at || !(p[1] >= at) || typeof p[2] !== 'string') return false;
    at = p[1];
  }
  return at === derived[1];
}

/**
 * The derived record as the parts a snapshot stores (Header.parts): the figure index, the heads and the quotations
 * each in V8's serialization with every typed array in it written as a number, then each typed array's bytes. A warm
 * start reads one part at a time and each typed array straight into its own memory (readDerived): read whole, the
 * record (some 270 MB at 100,000 articles) and the arrays copied out of it were held at once, at the load's peak.
 * A typed array that stands in for a column left in its chunks (pendingOf) is given as it is, for the writer to write
 * from the chunks (SnapshotStream.finish).
 */
export function writeDerived(d: SnapshotDerived): Uint8Array[] {
  return [...derivedParts(d)];
}

/** writeDerived's parts one at a time, each made when the one before has been taken (and can be let go of). */
export function* derivedParts(d: SnapshotDerived): Generator<Uint8Array, void, void> {
  const arrays = new Map<ArrayBufferView, number>();
  const part = (v: unknown) => {
    const s = new ViewsApart(arrays);
    s.writeHeader();
    s.writeValue(v);
    return s.releaseBuffer();
  };
  yield part(packedFacts(d.figures));
  yield part(d.heads);
  yield part(packQuotes(d.quotes));
  // A stand-in for a column not yet copied (judge/figureIndex.ts Column.pend) is given as it is: its writer writes it.
  for (const a of arrays.keys())
    yield pendingOf(a) ? (a as Uint8Array) : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * The derived record of the open snapshot `fd` from its parts (writeDerived): one part's bytes held at a time, each
 * typed array read from the file into an array of its own, every part checked against its checksum (PartError).
 */
export function readDerived(fd: number, parts: readonly [number, number, string][]): SnapshotDerived {
  const value = partReader(fd, parts);
  const figures = unpackedFacts(value(0) as SnapshotDerived['figures']);
  const heads = shareStrings(value(1) as SnapshotDerived['heads']);
  return { figures, heads, quotes: unpackQuotes(value(2)) };
}

/** The figure index of the derived record written at `parts` of `fd` (readDerived's first part, its arrays read too). */
export function readDerivedFigures(fd: number, parts: readonly [number, number, string][]): SnapshotDerived['figures'] {
  return unpackedFacts(partReader(fd, parts)(0) as SnapshotDerived['figures']);
}

/** The figure index with its facts records as rows (figureFacts.ts packRecords), as the snapshot stores it. */
function packedFacts(f: StoredIndex): StoredIndex {
  return f.facts ? { ...f, facts: { ...f.facts, records: packRecords(f.facts.records) as never } } : f;
}

/** The figure index as read (packedFacts), its records objects again; records that do not unpack are refused later. */
function unpackedFacts(f: StoredIndex): StoredIndex {
  if (f && typeof f === 'object' && f.facts && typeof f.facts === 'object')
    f.facts.records = unpackRecords(f.facts.records) ?? (null as never);
  return f;
}

/** A reader of the derived record's object parts (readDerived), each typed array in them read into its own memory. */
function partReader(fd: number, parts: readonly [number, number, string][]): (i: number) => unknown {
  const at = reader(fd);
  const arrays: (ArrayBufferView | undefined)[] = [];
  const view = (kind: number, k: number): ArrayBufferView => {
    const got = arrays[k];
    if (got) return got;
    const p = parts[3 + k];
    if (!p || !(kind >= 0 && kind <= DATA_VIEW)) throw new Error('a typed array it does not have');
    const n = p[1] - p[0];
    const size = kind === DATA_VIEW ? 1 : VIEWS[kind].BYTES_PER_ELEMENT;
    if (n % size) throw new Error('a typed array of a broken length');
    const buf = new ArrayBuffer(n);
    readInto(fd, new Uint8Array(buf), p[0]);
    if (crcOf(new Uint8Array(buf)) !== p[2]) throw new PartError('checksum mismatch');
    return (arrays[k] = kind === DATA_VIEW ? new DataView(buf) : new VIEWS[kind](buf));
  };
  const value = (i: number): unknown => {
    const [from, to, crc] = parts[i];
    let b: Buffer;
    try {
      b = at(from, to);
    } catch {
      throw new PartError('truncated');
    }
    if (crcOf(b) !== crc) throw new PartError('checksum mismatch');
    const d = new ViewsRead(b, view);
    d.readHeader();
    return d.readValue();
  };
  return value;
}

/**
 * `v` (arrays and plain objects as deserialized) with each string that equals one met before replaced by that one: a
 * deserializer makes every string anew, and the heads repeat theirs (an outlet's name, id and kind, its authors, a
 * language are in every article of the outlet: about half of the heads' heap at 100,000 generated articles).
 */
export function shareStrings<T>(v: T, seen = new Map<string, string>()): T {
  const share = (x: unknown): unknown => {
    if (typeof x === 'string') {
      const got = seen.get(x);
      if (got !== undefined) return got;
      seen.set(x, x);
      return x;
    }
    if (x !== null && typeof x === 'object' && !ArrayBuffer.isView(x)) {
      if (Array.isArray(x)) for (let i = 0; i < x.length; i++) x[i] = share(x[i]);
      else for (const k of Object.keys(x)) (x as Record<string, unknown>)[k] = share((x as Record<string, unknown>)[k]);
    }
    return x;
  };
  return share(v) as T;
}

/**
 * `meta`'s strings that articles repeat (the outlet's name and id, the authors, the dates, the languages) replaced by
 * the ones met before in `seen`, as shareStrings does for a warm start's heads; the title, which an article has of its
 * own, is left as it is (kept in `seen`, it would only make the table as large as the corpus).
 */
export function shareMeta(meta: ArticleMeta, seen: Map<string, string>): void {
  const one = (s: string): string => {
    const got = seen.get(s);
    if (got !== undefined) return got;
    seen.set(s, s);
    return s;
  };
  if (meta.outlet !== undefined) meta.outlet = one(meta.outlet);
  if (meta.outletId !== undefined) meta.outletId = one(meta.outletId);
  if (meta.date !== undefined) meta.date = one(meta.date);
  if (meta.modified !== undefined) meta.modified = one(meta.modified);
  const { authors, languages } = meta;
  if (Array.isArray(authors)) for (let i = 0; i < authors.length; i++) authors[i] = one(authors[i]);
  if (Array.isArray(languages)) for (let i = 0; i < languages.length; i++) languages[i] = one(languages[i]) as Lang;
}

/** `into.length` bytes of the file `fd` from `from`. */
function readInto(fd: number, into: Uint8Array, from: number): void {
  for (let got = 0; got < into.length;) {
    const r = fs.readSync(fd, into, got, into.length - got, from + got);
    if (r <= 0) throw new PartError('truncated');
    got += r;
  }
}

/** A serializer that writes each typed array as its kind and its number among `arrays` (writeDerived). */
class ViewsApart extends v8.Serializer {
  constructor(private readonly arrays: Map<ArrayBufferView, number>) {
    super();
    (
      this as unknown as { _setTreatArrayBufferViewsAsHostObjects(b: boolean): void }
    )._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(v: object): void {
    if (!ArrayBuffer.isView(v)) throw new Error('not a typed array');
    const kind = v instanceof DataView ? DATA_VIEW : VIEWS.findIndex((V) => v instanceof V);
    if (kind < 0) throw new Error('not a typed array');
    let k = this.arrays.get(v);
    if (k === undefined) this.arrays.set(v, (k = this.arrays.size));
    this.writeUint32(kind);
    this.writeUint32(k);
  }
}

/** A deserializer that reads each typed array ViewsApart wrote from the file (readDerived `view`). */
class ViewsRead extends v8.Deserializer {
  constructor(
    b: Buffer,
    private readonly view: (kind: number, k: number) => ArrayBufferView,
  ) {
    super(b);
  }

  _readHostObject(): unknown {
    const kind = this.readUint32();
    return this.view(kind, this.readUint32());
  }
}

/**
 * The quotations as stored: each distinct string once (a quotation is in every paper that ran the wire story, a
 * speaker in every story that quotes them; decoded as rows, each would be a copy of its own), each row's five fields
 * as numbers into them (-1 null, -2 undefined), and each source's number of rows.
 */
interface PackedQuotes {
  strings: string[];
  fields: Int32Array;
  counts: Int32Array;
}

/**
 * Rows packed as they come, a source's list at a time: each distinct string numbered once, five numbers a row. What
 * packQuotes does with the whole list at once, and what a cold start does as its sources stream
 * (judge/derivedStream.ts), so rows held there share the one instance of each string as a warm start's do.
 */
export class QuotePacker {
  private readonly strings: string[] = [];
  private readonly no = new Map<string, number>();
  private fields: Int32Array;
  private n = 0;
  private readonly counts: number[] = [];

  constructor(rows = 256) {
    this.fields = new Int32Array(5 * Math.max(1, rows));
  }

  /** Sources packed so far. */
  get count(): number {
    return this.counts.length;
  }

  /** The next source's rows. */
  add(rows: readonly QuoteRow[]): void {
    if (this.n + 5 * rows.length > this.fields.length) {
      const grown = new Int32Array(Math.max(2 * this.fields.length, this.n + 5 * rows.length));
      grown.set(this.fields.subarray(0, this.n));
      this.fields = grown;
    }
    for (const r of rows)
      for (let f = 0; f < 5; f++) {
        const s = r[f];
        let k = s === null ? -1 : s === undefined ? -2 : this.no.get(s);
        if (k === undefined) this.no.set(s!, (k = this.strings.push(s!) - 1));
        this.fields[this.n++] = k;
      }
    this.counts.push(rows.length);
  }

  /** What is packed (the fields a view: of the whole buffer when the rows were counted beforehand, as packQuotes does). */
  packed(): PackedQuotes {
    return { strings: this.strings, fields: this.fields.subarray(0, this.n), counts: Int32Array.from(this.counts) };
  }
}

export function packQuotes(q: StoredQuotes): PackedQuotes {
  // (read back from a snapshot, they are packed already: packing their rows again gives the same, string for string)
  if (q instanceof PackedRows) return q.packed;
  let n = 0;
  for (let i = 0; i < q.length; i++) n += q.rowsOf(i).length;
  const p = new QuotePacker(n);
  for (let i = 0; i < q.length; i++) p.add(q.rowsOf(i));
  return p.packed();
}

/**
 * The quotations as packQuotes stored them, every string one instance, each source's rows made when asked
 * (StoredQuotes): the columns are held, not a row array per quotation.
 */
class PackedRows implements StoredQuotes {
  /** Source i's rows are fields[5 * starts[i]] … fields[5 * starts[i + 1] - 1], five a row. */
  private readonly starts: Int32Array;
  constructor(readonly packed: PackedQuotes) {
    const { counts } = packed;
    this.starts = new Int32Array(counts.length + 1);
    for (let i = 0; i < counts.length; i++) this.starts[i + 1] = this.starts[i] + counts[i];
  }
  get length(): number {
    return this.packed.counts.length;
  }
  rowsOf(i: number): QuoteRow[] {
    const { strings, fields } = this.packed;
    const str = (k: number) => (k === -1 ? null : k === -2 ? undefined : strings[k]);
    const out: QuoteRow[] = [];
    for (let p = 5 * this.starts[i], to = 5 * this.starts[i + 1]; p < to; p += 5)
      out.push([
        str(fields[p]) as Lang,
        str(fields[p + 1]) as string,
        str(fields[p + 2]) ?? null,
        str(fields[p + 3]) ?? null,
        str(fields[p + 4]),
      ]);
    return out;
  }
}

/** The quotations packQuotes stored (every string one instance); throws when they do not fit together. */
export function unpackQuotes(v: unknown): StoredQuotes {
  const { strings, counts } = (v ?? {}) as PackedQuotes;
  let { fields } = (v ?? {}) as PackedQuotes;
  if (!Array.isArray(strings) || !(fields instanceof Int32Array) || !(counts instanceof Int32Array))
    throw new Error('no quotations');
  // Every row checked now, so that making one later cannot fail.
  const isString = (k: number) => k >= 0 && typeof strings[k] === 'string';
  let p = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i];
    if (!(n >= 0) || p + 5 * n > fields.length) throw new Error('quotations cut short');
    for (let j = 0; j < n; j++, p += 5) {
      for (let f = 0; f < 5; f++)
        if (!(fields[p + f] >= -2 && fields[p + f] < strings.length)) throw new Error('a quotation out of range');
      if (!isString(fields[p]) || !isString(fields[p + 1])) throw new Error('a quotation without its words');
    }
  }
  if (p !== fields.length) throw new Error('quotations left over');
  // (a packer's view of a larger buffer: its own copy, so that the rest is let go of)
  if (fields.byteLength !== fields.buffer.byteLength) fields = fields.slice();
  return new PackedRows({ strings, fields, counts });
}

/** Bytes [from, to) of the file `fd` (a view of a buffer reused by the next call). */
function reader(fd: number): (from: number, to: number) => Buffer {
  let buf = Buffer.alloc(1 << 16);
  return (from, to) => {
    const n = to - from;
    if (n > buf.length) buf = Buffer.alloc(Math.max(n, 2 * buf.length));
    let got = 0;
    while (got < n) {
      const r = fs.readSync(fd, buf, got, n - got, from + got);
      if (r <= 0) throw new Error('cut short');
      got += r;
    }
    return buf.subarray(0, n);
  };
}

/**
 * A snapshot's identity: the length and two 53-bit hashes of its header (which names every record's checksum) up to
 * the derived record's place and checksum, its last two fields (written after the rest; the records, engine and
 * options determine the derived record). Inside a JSON string every quotation mark is escaped, so `,"derived":` is
 * where that field begins.
 */
function identityOf(headerJson: string): string {
  const cut = headerJson.lastIndexOf(',"derived":');
  const named = cut > 0 ? headerJson.slice(0, cut) + '}' : headerJson;
  return `${named.length.toString(36)}-${nameOf(named)}`;
}

/** The header as finish() knows it: all but the derived record's place and its parts (written last, identityOf). */
type Named = Omit<Header, 'derived' | 'parts'>;

/** Array elements a piece of headerJson holds at most. */
const PIECE = 1024;

/**
 * JSON.stringify(named) without its closing brace, in pieces (the same characters joined): no string of the whole
 * header is made (some 30 MB at 100,000 articles, and each copy as much again).
 */
export function* headerJson(named: Named): Generator<string, void, void> {
  let first = true;
  for (const [k, v] of Object.entries(named)) {
    if (v === undefined) continue; // (as JSON.stringify leaves it out)
    const key = `${first ? '{' : ','}${JSON.stringify(k)}:`;
    first = false;
    if (!Array.isArray(v) || v.length <= PIECE) {
      yield key + JSON.stringify(v);
      continue;
    }
    yield `${key}[`;
    for (let i = 0; i < v.length; i += PIECE) yield (i ? ',' : '') + JSON.stringify(v.slice(i, i + PIECE)).slice(1, -1);
    yield ']';
  }
}

/** identityOf the header that `named` begins, from its pieces (headerJson): what a warm start finds it to be. */
export function namedIdentity(named: Named): string {
  const h = new SlotHasher();
  for (const piece of headerJson(named)) h.add(piece);
  h.add('}');
  return `${h.length.toString(36)}-${h.digest()}`;
}

/**
 * The snapshot's file name for an option set: 24 hex digits of two 53-bit string hashes, not a cryptographic hash
 * (node:crypto is not loaded on a warm start). Two option sets of one name only take turns in one file: the header
 * holds the options, and a snapshot of others is not read.
 */
const nameOf = slotHash;
