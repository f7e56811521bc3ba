// The persistent index cache: what indexing a file produced (its Source, or why it was skipped), kept on disk
// so that the next start reads it back instead of parsing the article again.
//
// The store is one file per source file in a sharded folder, <root>/index/<engine>/<2 hex>/<62 hex>, named by
// a hash of the file's path and its xref-sources.json override (both shape the result: the citation key, the
// reader). An entry is valid for the bytes it was built from: its header holds their SHA-256, and the file's
// size and mtime as a quick check (trusted only when the file was last written well before it was read, as git
// does against "racy" same-tick edits; otherwise the bytes are hashed). The payload is the wire form of
// sourceWire.ts, with terms by name (term ids are per process), in V8's serialization (what postMessage uses
// between indexing threads). Why files and not a database: node:sqlite is not in Node 20 without a flag, the
// embedded stores (LMDB, LevelDB, SQLite) need native builds or megabytes of WebAssembly, and an entry per
// source makes changes local, writes atomic (temp file + rename: two processes can share a folder) and damage
// contained to one entry, which is then discarded with a message and rebuilt.
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { WireDecoder, WireEncoder, type WireBatch } from './sourceWire';
import type { SnapshotState } from './snapshot';
import type { TermTable } from '../text/terms';
import type { Source } from '../types';
import pkg from '../../../package.json';

// node:crypto is loaded when first needed: a start the corpus snapshot answers hashes nothing, and loading the module
// was ~2% of such a check.
let cryptoModule: typeof import('crypto') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const nodeCrypto = () => (cryptoModule ??= require('crypto') as typeof import('crypto'));

/** Bump when the entry format or what extraction produces changes in a way the code hash would not show. */
export const CACHE_SCHEMA = 3;
const MAGIC = Buffer.from('SGXIDX1\n', 'latin1');
import { RACY_MS } from './cacheDir';
export { RACY_MS };
/** Folders of other engine versions (and snapshots of other option sets) left untouched this long are removed. */
const PRUNE_MS = 7 * 24 * 3600 * 1000;

/** Removes what stands beside `keep` in its folder and has not been touched for PRUNE_MS; errors are ignored. */
export function pruneSiblings(keep: string, folders: boolean): void {
  const parent = path.dirname(keep);
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return;
  }
  for (const n of names) {
    const p = path.join(parent, n);
    if (p === keep) continue;
    try {
      if (Date.now() - fs.statSync(p).mtimeMs > PRUNE_MS) fs.rmSync(p, { recursive: folders, force: true });
    } catch {
      /* another process got there first */
    }
  }
}

/** A file indexed: its Source, or why it was skipped (as parallel.ts has it). */
type Indexed = Source | string;

/** What the cache holds for a file: an entry's payload, still to decode. */
export interface Cached {
  payload: Buffer;
}

interface Header {
  engine: string;
  file: string;
  override: string;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes indexed. */
  hash: string;
  /** When the bytes were read (ms since the epoch). */
  readAt: number;
  length: number;
  /** SHA-256 of the rest of the header and the payload. */
  checksum: string;
}

export { defaultCacheDir } from './cacheDir';

let engine: string | undefined;

/**
 * The bundle's own hash, written into it by scripts/build.mjs (the SHA-256 of the bundle as esbuild wrote it, this
 * string a placeholder then), so that a start does not read and hash the whole bundle again. Not defined when run
 * from source; a bundle built without the step keeps the placeholder, which is no hash.
 */
declare const __XREF_CODE_HASH__: string;
const builtHash = typeof __XREF_CODE_HASH__ === 'string' && /^[0-9a-f]{16}$/.test(__XREF_CODE_HASH__);

/**
 * The engine version entries are valid for: the package version, CACHE_SCHEMA, a hash of the engine's code
 * (the bundle that runs, as the build wrote into it, else read now; or every file under server/src when run from
 * source, so an edit to extraction in a checkout never reads entries an older build wrote) and V8's major version
 * (its serialization format).
 */
export function engineVersion(): string {
  if (engine) return engine;
  let code: string;
  try {
    if (builtHash) code = __XREF_CODE_HASH__;
    else {
      const h = nodeCrypto().createHash('sha256');
      if (__filename.endsWith('.ts')) {
        const root = path.resolve(__dirname, '..');
        for (const f of listCode(root))
          h.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
      } else h.update(fs.readFileSync(__filename));
      code = h.digest('hex').slice(0, 16);
    }
  } catch {
    // The code cannot be read: entries this process writes are never read by another.
    code = `unknown-${process.pid}-${Date.now()}`;
  }
  return (engine = `${pkg.version}-s${CACHE_SCHEMA}-${code}-v8.${process.versions.v8.split('.')[0]}`);
}

function listCode(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listCode(p));
    else if (/\.(ts|json)$/.test(e.name)) out.push(p);
  }
  return out;
}

export interface CacheCounts {
  hits: number;
  misses: number;
  written: number;
  discarded: number;
}

export class IndexCache {
  /** This engine version's folder. */
  readonly dir: string;
  readonly counts: CacheCounts = { hits: 0, misses: 0, written: 0, discarded: 0 };
  /** What the corpus snapshot (snapshot.ts) did at the last load; undefined before one. */
  snapshot?: SnapshotState;
  private writeFailed = false;
  /** The entry headers this process read or wrote, by entry path: what a snapshot's file table is made of. */
  private headers = new Map<string, Header>();
  /** What entryHeader reads an entry's header into. */
  private headBuffer?: Buffer;

  /**
   * A cache under `root` (created when missing). `onMessage` hears of entries discarded and of writes that
   * failed; `prune` removes other engine versions' folders that nothing has used for a week.
   */
  constructor(
    readonly root: string,
    readonly engine: string = engineVersion(),
    private readonly onMessage: (msg: string) => void = () => undefined,
    prune = true,
  ) {
    this.dir = path.join(root, 'index', engine.replace(/[^\w.-]/g, '_'));
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const now = new Date();
      fs.utimesSync(this.dir, now, now);
    } catch (e) {
      this.fail(e);
    }
    if (prune) pruneSiblings(this.dir, true);
  }

  /** Passes a message on (the snapshot's). */
  say(msg: string): void {
    this.onMessage(msg);
  }

  /**
   * Size, mtime, hash and read time of the bytes the entry for `file` (override key `override`) was made from: one
   * this process read or wrote, else the header of the one on disk (a worker thread's), else undefined.
   */
  entryHeader(file: string, override: string): Pick<Header, 'size' | 'mtimeMs' | 'hash' | 'readAt'> | undefined {
    const at = this.entryPath(file, override);
    const known = this.headers.get(at);
    if (known) return known;
    // Written by a worker thread: its header alone (the payload is not needed, nor checked here).
    let fd: number | undefined;
    try {
      fd = fs.openSync(at, 'r');
      // One buffer for every call (a snapshot's file table asks this once a file as the files are merged).
      const head = (this.headBuffer ??= Buffer.allocUnsafe(8192));
      const n = fs.readSync(fd, head, 0, head.length, 0);
      if (n < MAGIC.length + 4 || !head.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
      const hlen = head.readUInt32LE(MAGIC.length);
      if (MAGIC.length + 4 + hlen > n) return undefined;
      const h = JSON.parse(head.subarray(MAGIC.length + 4, MAGIC.length + 4 + hlen).toString('utf8')) as Header;
      return h.engine === this.engine && h.file === file && h.override === override ? h : undefined;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /**
   * Write to `at` through a temporary file and a rename, what `fill` puts, piece by piece (never all in memory at
   * once); false when that failed (said once).
   */
  writeAtomic(at: string, fill: (put: (b: Uint8Array) => void) => void): boolean {
    const w = this.openAtomic(at);
    if (!w) return false;
    try {
      fill(w.put);
    } catch (e) {
      w.abort(e);
      return false;
    }
    return w.commit(true);
  }

  /**
   * writeAtomic in steps, for a writer that also reads back what it wrote (`fd`, open for reading and writing): `put`
   * appends (it throws when the write fails: abort then), `commit` renames the file into place (closing it, or not:
   * a file renamed or removed while open is still read through its descriptor), `abort` removes it. Undefined when
   * the cache cannot be written.
   */
  openAtomic(at: string):
    | {
        fd: number;
        put(b: Uint8Array): void;
        commit(close: boolean): boolean;
        abort(e?: unknown, close?: boolean): void;
      }
    | undefined {
    if (this.writeFailed) return undefined;
    const tmp = `${at}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`;
    let fd: number;
    try {
      fs.mkdirSync(path.dirname(at), { recursive: true });
      fd = fs.openSync(tmp, 'w+');
    } catch (e) {
      this.fail(e);
      return undefined;
    }
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      try {
        fs.closeSync(fd);
      } catch {
        /* closed already */
      }
    };
    const abort = (e?: unknown, andClose = true) => {
      if (andClose) close();
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* never written */
      }
      if (e !== undefined) this.fail(e);
    };
    return {
      fd,
      put: (b) => {
        for (let off = 0; off < b.length;) off += fs.writeSync(fd, b, off, b.length - off);
      },
      commit: (andClose) => {
        try {
          if (andClose) close();
          fs.renameSync(tmp, at);
          return true;
        } catch (e) {
          abort(e, andClose);
          return false;
        }
      },
      abort,
    };
  }

  private fail(e: unknown): void {
    if (this.writeFailed) return;
    this.writeFailed = true;
    this.onMessage(
      `index cache: cannot write to ${this.dir} (${(e as Error)?.message ?? e}); indexing without storing`,
    );
  }

  /** Where the entry for `file` (with this xref-sources.json override) is kept. */
  entryFile(file: string, override?: object): string {
    return this.entryPath(file, overrideKey(override));
  }

  private entryPath(file: string, override: string): string {
    const h = nodeCrypto().createHash('sha256').update(file).update('\0').update(override).digest('hex');
    return path.join(this.dir, h.slice(0, 2), h.slice(2));
  }

  /** The header and payload of a file's entry, or undefined (none; a damaged or foreign one is discarded, said). */
  private read(file: string, override: string): { header: Header; payload: Buffer; at: string } | undefined {
    const at = this.entryPath(file, override);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(at);
    } catch {
      return undefined;
    }
    const why = (reason: string) => {
      this.counts.discarded++;
      this.onMessage(`index cache: discarded ${at} (the entry for ${file}): ${reason}; the file is indexed again`);
      try {
        fs.unlinkSync(at);
      } catch {
        /* gone already */
      }
      return undefined;
    };
    if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
      return why('not an index cache entry');
    const hlen = bytes.readUInt32LE(MAGIC.length);
    const hstart = MAGIC.length + 4;
    if (hstart + hlen > bytes.length) return why('truncated');
    let header: Header;
    try {
      header = JSON.parse(bytes.subarray(hstart, hstart + hlen).toString('utf8')) as Header;
    } catch {
      return why('its header is damaged');
    }
    if (!header || typeof header !== 'object') return why('its header is damaged');
    if (header.engine !== this.engine) return why(`written by another engine version (${String(header.engine)})`);
    const payload = bytes.subarray(hstart + hlen);
    if (payload.length !== header.length) return why('truncated');
    if (checksum(header, payload) !== header.checksum) return why('checksum mismatch');
    if (header.file !== file || header.override !== override) return why('it belongs to another file');
    return { header, payload, at };
  }

  /**
   * What the cache holds for `file` as it is now (stat `st`), or undefined when it must be indexed. `bytes`
   * reads the file: called only when size and mtime cannot vouch for the entry.
   */
  probe(file: string, st: fs.Stats, override: object | undefined, bytes: () => Buffer): Cached | undefined {
    const o = overrideKey(override);
    const e = this.read(file, o);
    if (!e) {
      this.counts.misses++;
      return undefined;
    }
    const h = e.header;
    if (h.size === st.size && h.mtimeMs === st.mtimeMs && h.readAt - h.mtimeMs > RACY_MS) {
      this.counts.hits++;
      this.headers.set(e.at, h);
      return { payload: e.payload };
    }
    let b: Buffer;
    try {
      b = bytes();
    } catch {
      this.counts.misses++;
      return undefined;
    }
    if (hashOf(b) !== h.hash) {
      this.counts.misses++;
      return undefined;
    }
    // The same bytes (touched, checked out again): the entry is rewritten with the new size and mtime.
    this.counts.hits++;
    this.write(e.at, { ...h, size: st.size, mtimeMs: st.mtimeMs, readAt: Date.now() }, e.payload);
    return { payload: e.payload };
  }

  /** The Source or skip reason an entry holds, or undefined when it does not decode (said; then index). */
  decode(c: Cached, file: string, terms?: TermTable): Indexed | undefined {
    try {
      return decodeEntry(c.payload, file, terms);
    } catch (e) {
      this.counts.discarded++;
      this.onMessage(
        `index cache: the entry for ${file} does not decode (${(e as Error)?.message ?? e}); the file is indexed again`,
      );
      return undefined;
    }
  }

  /** Store what indexing `bytes` (read from `file` at `readAt`, stat `st`) gave. */
  put(
    file: string,
    st: fs.Stats,
    override: object | undefined,
    bytes: Buffer,
    readAt: number,
    r: Indexed,
    terms?: TermTable,
  ): void {
    if (this.writeFailed) return;
    const payload = encodeEntry(r, terms);
    const o = overrideKey(override);
    this.write(
      this.entryPath(file, o),
      {
        engine: this.engine,
        file,
        override: o,
        size: st.size,
        mtimeMs: st.mtimeMs,
        hash: hashOf(bytes),
        readAt,
        length: payload.length,
        checksum: '',
      },
      payload,
    );
  }

  private write(at: string, header: Header, payload: Buffer): void {
    if (this.writeFailed) return;
    header.checksum = checksum(header, payload);
    this.headers.set(at, header);
    const h = Buffer.from(JSON.stringify(header), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(h.length);
    // A temporary file then a rename: a reader in another process sees the old entry or the new, never half.
    const tmp = `${at}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.mkdirSync(path.dirname(at), { recursive: true });
      fs.writeFileSync(tmp, Buffer.concat([MAGIC, len, h, payload]));
      fs.renameSync(tmp, at);
      this.counts.written++;
    } catch (e) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* never written */
      }
      this.fail(e);
    }
  }
}

/**
 * An entry's payload: one file's Source (or skip reason) in the wire form, terms by name. Also what a shared
 * corpus stores per source (corpus/pg.ts), so that both keep one encoding.
 */
export function encodeEntry(r: Indexed, terms?: TermTable): Buffer {
  const enc = new WireEncoder(true, terms);
  if (typeof r === 'string') enc.skip(r);
  else enc.add(r);
  const message = enc.finish(0).message;
  return v8.serialize({ ...message, nums: packNums(message.nums) });
}

/** What encodeEntry encoded, its term ids of `terms`; throws when the bytes do not decode. */
export function decodeEntry(payload: Uint8Array, file: string, terms?: TermTable): Indexed {
  const stored = v8.deserialize(payload) as Omit<WireBatch, 'nums'> & { nums: Uint8Array };
  const wire: WireBatch = { ...stored, nums: unpackNums(stored.nums) };
  const d = new WireDecoder(terms);
  d.receive(wire);
  return d.reader(wire)(file);
}

/**
 * The wire form's numbers, packed: nearly all are small non-negative integers (offsets, counts, ids), which
 * take one or two bytes as a LEB128 varint of 2x; anything else (a weight, the -1 of "no map") is a 1 byte
 * and its 8 bytes of float64. A 5 kB article's numbers went from ~14 kB to ~3 kB.
 */
export function packNums(nums: Float64Array): Uint8Array {
  const out = new Uint8Array(nums.length * 9);
  const dv = new DataView(out.buffer);
  let p = 0;
  for (let i = 0; i < nums.length; i++) {
    const x = nums[i];
    if (Number.isInteger(x) && x >= 0 && x < 0x40000000 && !Object.is(x, -0)) {
      let v = x * 2;
      while (v >= 0x80) {
        out[p++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      out[p++] = v;
    } else {
      out[p++] = 1;
      dv.setFloat64(p, x, true);
      p += 8;
    }
  }
  return out.slice(0, p);
}

export function unpackNums(b: Uint8Array): Float64Array {
  const out = new Float64Array(b.length); // at least one byte a number
  return out.slice(0, unpackNumsTo(b, out));
}

/**
 * unpackNums into `scratch.nums` (grown to at least a number a byte when smaller): a view of it, valid until the
 * scratch is used again. For a reader that reads the numbers at once (a snapshot's body, decoded once a claim asks:
 * at 100,000 generated articles a check decodes some 25,000, and two arrays of their own a body were churn for malloc).
 */
export function unpackNumsInto(b: Uint8Array, scratch: { nums: Float64Array }): Float64Array {
  if (scratch.nums.length < b.length) scratch.nums = new Float64Array(Math.max(b.length, 2 * scratch.nums.length));
  return scratch.nums.subarray(0, unpackNumsTo(b, scratch.nums));
}

/** The numbers of `b` unpacked into `out` (at least b.length long); how many. */
function unpackNumsTo(b: Uint8Array, out: Float64Array): number {
  let n = 0;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let p = 0;
  while (p < b.length) {
    // Most numbers are small integers: one byte, even.
    const first = b[p];
    if (first < 0x80 && (first & 1) === 0) {
      out[n++] = first >>> 1;
      p++;
      continue;
    }
    // The place value by multiplication: \`2 ** shift\` is a call to Math.pow per byte (a warm start decodes
    // tens of millions of numbers).
    let v = 0,
      scale = 1,
      byte: number;
    do {
      if (p >= b.length) throw new Error('numbers cut short');
      byte = b[p++];
      v += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte & 0x80);
    if (v & 1) {
      if (p + 8 > b.length) throw new Error('numbers cut short');
      out[n++] = dv.getFloat64(p, true);
      p += 8;
    } else out[n++] = v / 2;
  }
  return n;
}

/** How an xref-sources.json override is written into an entry's name and header. */
export function overrideKey(o: object | undefined): string {
  return o ? JSON.stringify(o) : '';
}

export function hashOf(b: Buffer): string {
  return nodeCrypto().createHash('sha256').update(b).digest('hex');
}

function checksum(h: Header, payload: Buffer): string {
  const { checksum: _ignored, ...rest } = h;
  void _ignored;
  return nodeCrypto().createHash('sha256').update(JSON.stringify(rest)).update('\0').update(payload).digest('hex');
}

type Crc32 = (b: Uint8Array, value?: number) => number;

// node:zlib (its crc32) is loaded once a process sums more than a few KiB: the table below sums a byte at a time in
// code V8 has not optimized yet, and a fresh check on the snapshot (its derived record and kept blocks, about 200 KB
// for the example report) spent 5-10 ms of CPU there, where loading zlib costs about 1.5 ms and its crc32 next to
// nothing. Tiny inputs alone (a process that sums nothing larger) load no zlib.
let zlibModule: typeof import('zlib') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeZlib = () => (zlibModule ??= require('zlib') as typeof import('zlib'));
/** Whether Node has zlib.crc32 (20.15 and 22.2 on), told without loading zlib. */
export function hasZlibCrc32(version = process.versions.node): boolean {
  const [major, minor] = version.split('.').map(Number);
  return major >= 23 || (major === 22 && minor >= 2) || (major === 20 && minor >= 15);
}
const HAS_CRC32 = hasZlibCrc32();
/** From this many bytes a sum is zlib's (when Node has zlib.crc32). */
const ZLIB_FROM = 4096;
let crcTable: Int32Array | undefined;
/** CRC-32 as zlib computes it (the IEEE polynomial, reflected), a byte at a time. */
export function crc32Table(b: Uint8Array): number {
  const t = (crcTable ??= (() => {
    const table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
    return table;
  })());
  let c = -1;
  for (let i = 0; i < b.length; i++) c = t[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * CRC-32 as zlib computes it: zlib's own where Node has it (20.15+) and the input is not tiny or zlib is loaded
 * already, else the table's (the same number).
 */
export function crc32(b: Uint8Array): number {
  if (HAS_CRC32 && (zlibModule || b.length >= ZLIB_FROM)) {
    const z = (nodeZlib() as unknown as { crc32?: Crc32 }).crc32;
    if (z) return z(b);
  }
  return crc32Table(b);
}

/** CRC-32 of a record (where Node has zlib.crc32, 20.15+), else its SHA-1: damage, not tampering, is what it finds. */
export function crcOf(b: Uint8Array): string {
  if (HAS_CRC32) return `crc32:${crc32(b).toString(16)}`;
  return `sha1:${nodeCrypto().createHash('sha1').update(b).digest('hex')}`;
}

/**
 * crcOf of bytes given a piece at a time (the same string as crcOf of the pieces joined): a part written from pieces it
 * is never held whole in (snapshot.ts writeDerived).
 */
export function crcOfPieces(): { add(b: Uint8Array): void; done(): string } {
  if (HAS_CRC32) {
    const z = (nodeZlib() as unknown as { crc32?: Crc32 }).crc32;
    let c = 0;
    const pieces: Uint8Array[] = [];
    return {
      add: (b) => {
        if (z) c = z(b, c);
        else pieces.push(b.slice()); // not reached: zlib.crc32 is there where HAS_CRC32 says so
      },
      done: () => `crc32:${(z ? c : crc32Table(Buffer.concat(pieces))).toString(16)}`,
    };
  }
  const h = nodeCrypto().createHash('sha1');
  return { add: (b) => void h.update(b), done: () => `sha1:${h.digest('hex')}` };
}
