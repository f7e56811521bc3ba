// Results kept between runs (issue 13: open at once on a large corpus). A check's result is a function of the report's
// text, the check's options and the corpus; a corpus read from a snapshot has an identity that names its content
// (snapshot.ts), so a result kept with that identity is the result of any later run on the same identity. The
// language server keeps each open report's last diagnostics so that a start on an unchanged corpus shows them as soon
// as the snapshot is found current, before it is decoded; the CLI keeps its last output per command line with what
// the corpus was made of (Corpus.inputs), so that a run on unchanged files prints it without loading the engine.
//
// One JSON file per slot (a report's URI; a command line), named by a hash of the slot and holding the slot itself,
// so that two slots never answer for each other; written whole or not at all (a temporary file renamed); at most
// MAX_ENTRIES kept (the least recently written removed). A file that does not parse, or is of another slot, is no
// entry. Node's own modules only: the CLI's launcher reads it before the engine is loaded.
import * as fs from 'fs';
import * as path from 'path';

/** Entries kept per folder: far more than the reports a person has open or the command lines a project runs. */
export const MAX_ENTRIES = 200;

interface Stored<T> {
  slot: string;
  value: T;
}

export class ResultStore {
  /** Results under `dir` (made when first written). */
  constructor(readonly dir: string) {}

  /** The value kept for `slot`, or undefined. */
  get<T>(slot: string): T | undefined {
    let text: string;
    try {
      text = fs.readFileSync(this.fileOf(slot), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const e = JSON.parse(text) as Stored<T>;
      return e && typeof e === 'object' && e.slot === slot ? e.value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps `value` for `slot` (replacing what was kept); false when the folder cannot be written. */
  put<T>(slot: string, value: T): boolean {
    const file = this.fileOf(slot);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify({ slot, value } satisfies Stored<T>));
      fs.renameSync(tmp, file);
    } catch {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // nothing was written
      }
      return false;
    }
    this.prune();
    return true;
  }

  /** Forgets what is kept for `slot`. */
  delete(slot: string): void {
    try {
      fs.rmSync(this.fileOf(slot), { force: true });
    } catch {
      // not there
    }
  }

  private fileOf(slot: string): string {
    return path.join(this.dir, `${slotHash(slot)}.json`);
  }

  /** At most MAX_ENTRIES files: the oldest written go first. */
  private prune(): void {
    pruneFolder(this.dir, '.json');
  }
}

/** At most MAX_ENTRIES files named `*ext` in `dir`: the oldest written go first. */
export function pruneFolder(dir: string, ext: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith(ext));
  } catch {
    return;
  }
  if (names.length <= MAX_ENTRIES) return;
  const aged = names
    .map((n) => {
      try {
        return { n, t: fs.statSync(path.join(dir, n)).mtimeMs };
      } catch {
        return { n, t: 0 };
      }
    })
    .sort((a, b) => a.t - b.t);
  for (const { n } of aged.slice(0, names.length - MAX_ENTRIES)) {
    try {
      fs.rmSync(path.join(dir, n), { force: true });
    } catch {
      // removed by another process
    }
  }
}

/**
 * 24 hex digits of two 53-bit string hashes (cyrb53): a file name, not a proof (the entry holds its slot, compared
 * whole), and no node:crypto to load.
 */
export function slotHash(s: string): string {
  const h = new SlotHasher();
  h.add(s);
  return h.digest();
}

/**
 * slotHash of a string given in pieces (the same digits as slotHash of the pieces joined): the snapshot's header is
 * hashed as it is made, never held whole (snapshot.ts SnapshotStream.finish).
 */
export class SlotHasher {
  // Both seeds' states in one pass over the string (the same digits as two passes): a start hashes the snapshot's
  // header this way, and a pass costs about 0.1 ms a KiB before V8 has optimized the loop.
  private a1 = 0xdeadbeef;
  private a2 = 0x41c6ce57;
  private b1 = 0xdeadbeef ^ 1;
  private b2 = 0x41c6ce57 ^ 1;
  /** UTF-16 code units hashed so far. */
  length = 0;

  add(s: string): void {
    let { a1, a2, b1, b2 } = this;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a1 = Math.imul(a1 ^ c, 2654435761);
      a2 = Math.imul(a2 ^ c, 1597334677);
      b1 = Math.imul(b1 ^ c, 2654435761);
      b2 = Math.imul(b2 ^ c, 1597334677);
    }
    this.a1 = a1;
    this.a2 = a2;
    this.b1 = b1;
    this.b2 = b2;
    this.length += s.length;
  }

  digest(): string {
    const digits = (h1: number, h2: number) => {
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
    };
    return (digits(this.a1, this.a2) + digits(this.b1, this.b2)).slice(0, 24);
  }
}
