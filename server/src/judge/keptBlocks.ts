// A report's judged blocks kept between processes (issue 13: a fresh check of an edited report). The checker keeps
// the result of every block of a report in memory (checkCache.ts), keyed by everything the block's judging reads; a
// fresh process starts with none. This keeps them on disk, one file per report, beside the index cache of the engine
// version that judged them (the cache folder is per engine version), valid for one corpus identity (snapshot.ts: two
// corpora of one identity give every check the same result) and one Node version. A check of the report's next
// version takes every block whose key is unchanged from here and judges only the others (the edited paragraph, a
// paragraph whose context changed); then the file is written again with exactly the blocks that version has.
//
// File: one header line (JSON: format, slot, identity, Node's version, the byte length and CRC-32 of the rest), then
// one line a block, [key, checkCache.ts StoredBlock] as JSON (a block the next version still has is written as it was
// read, not serialized again), then one line a report sentence whose places the check worked out or used (check.ts
// placesOf, a pure function of the sentence: every block key asks it of the sentences before the block),
// {"places": [lang, text, places]}. A file that is cut short, damaged or not of this shape is discarded with a message;
// one of another report (two slots with one file name), corpus or Node is not used.
// Written whole or not at all (a temporary file renamed); at most MAX_ENTRIES files a folder (corpus/results.ts).
import * as fs from 'fs';
import * as path from 'path';
import { crc32 } from '../corpus/cache';
import { pruneFolder, slotHash } from '../corpus/results';
import { fromStored, toStored, type BlockStore, type KeptBlock, type StoredBlock } from './checkCache';

const FORMAT = 3;

interface Head {
  format: number;
  slot: string;
  identity: string;
  node: string;
  length: number;
  sum: number;
}

/** Whether two maps have the same keys (what a check used is what the file holds: nothing to write). */
function sameKeys(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  return a.size === b.size && [...a.keys()].every((k) => b.has(k));
}

export class KeptBlocks implements BlockStore {
  /** The blocks read from the file. */
  private readonly found = new Map<string, KeptBlock>();
  /** The blocks this check used, in order. */
  private readonly using = new Map<string, KeptBlock>();
  /** Each block read from the file, as its line there: written again as it is when the next version still has it. */
  private readonly lines = new WeakMap<KeptBlock, string>();
  /** The places of report sentences read from the file, and those this check used, by language and text. */
  private readonly foundPlaces = new Map<string, string[]>();
  private readonly usingPlaces = new Map<string, string[]>();
  private readonly file: string;

  /**
   * The blocks kept in `dir` for the report `slot` (its path) on the corpus `identity`; `onMessage` hears of a file
   * discarded.
   */
  constructor(
    dir: string,
    private readonly slot: string,
    readonly identity: string,
    private readonly onMessage: (msg: string) => void = () => undefined,
  ) {
    this.file = path.join(dir, `${slotHash(slot)}.blocks`);
    this.read();
  }

  /** Blocks read from the file (tests). */
  get size(): number {
    return this.found.size;
  }

  get(key: string): KeptBlock | undefined {
    return this.found.get(key);
  }

  used(key: string, block: KeptBlock): void {
    this.using.set(key, block);
  }

  places(lang: string, text: string): string[] | undefined {
    const k = `${lang}\n${text}`;
    const p = this.foundPlaces.get(k);
    if (p) this.usingPlaces.set(k, p);
    return p;
  }

  keepPlaces(lang: string, text: string, places: string[]): void {
    this.usingPlaces.set(`${lang}\n${text}`, places);
  }

  /** A new check of the report begins (the language server checks it again after each edit): save() keeps its blocks. */
  begin(): void {
    this.using.clear();
    this.usingPlaces.clear();
  }

  /**
   * Writes the blocks the check used, unless they are those the file holds; false when not written (nothing new, or
   * the folder cannot be written).
   */
  save(): boolean {
    if (!this.using.size) return false;
    if (sameKeys(this.using, this.found) && sameKeys(this.usingPlaces, this.foundPlaces)) return false;
    let text = '';
    for (const [k, b] of this.using) {
      let line = this.lines.get(b);
      if (line === undefined)
        this.lines.set(b, (line = JSON.stringify([k, toStored(b)] satisfies [string, StoredBlock])));
      text += line + '\n';
    }
    for (const [k, p] of this.usingPlaces) {
      const nl = k.indexOf('\n');
      text += JSON.stringify({ places: [k.slice(0, nl), k.slice(nl + 1), p] }) + '\n';
    }
    const body = Buffer.from(text);
    const head: Head = {
      format: FORMAT,
      slot: this.slot,
      identity: this.identity,
      node: process.version,
      length: body.length,
      sum: crc32(body),
    };
    const dir = path.dirname(this.file);
    const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(tmp, Buffer.concat([Buffer.from(JSON.stringify(head) + '\n'), body]));
      fs.renameSync(tmp, this.file);
    } catch {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // nothing was written
      }
      return false;
    }
    pruneFolder(dir, '.blocks');
    // What the file holds now: the next save of the same blocks writes nothing.
    this.found.clear();
    for (const [k, b] of this.using) this.found.set(k, b);
    this.foundPlaces.clear();
    for (const [k, p] of this.usingPlaces) this.foundPlaces.set(k, p);
    return true;
  }

  private read(): void {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.file);
    } catch {
      return; // none yet
    }
    const nl = bytes.indexOf(10);
    let head: Head | undefined;
    try {
      head = nl > 0 ? (JSON.parse(bytes.toString('utf8', 0, nl)) as Head) : undefined;
    } catch {
      head = undefined;
    }
    if (!head || typeof head !== 'object' || head.format !== FORMAT) return this.discard('its header is not readable');
    // Another report's file (names collide), another corpus or Node: not this one's to use, nor damaged.
    if (head.slot !== this.slot || head.identity !== this.identity || head.node !== process.version) return;
    const body = bytes.subarray(nl + 1);
    if (body.length !== head.length || crc32(body) !== head.sum) return this.discard('it is cut short or damaged');
    try {
      const text = body.toString('utf8');
      if (text && !text.endsWith('\n')) throw new Error();
      for (const line of text.split('\n')) {
        if (!line) continue;
        const p = JSON.parse(line) as [unknown, unknown] | { places?: unknown };
        if (!Array.isArray(p)) {
          const q = p?.places;
          if (
            !Array.isArray(q) ||
            q.length !== 3 ||
            typeof q[0] !== 'string' ||
            typeof q[1] !== 'string' ||
            !Array.isArray(q[2]) ||
            !q[2].every((x) => typeof x === 'string')
          )
            throw new Error();
          this.foundPlaces.set(`${q[0]}\n${q[1]}`, q[2] as string[]);
          continue;
        }
        const block = Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' ? fromStored(p[1]) : undefined;
        if (!block) throw new Error();
        this.found.set(p[0] as string, block);
        this.lines.set(block, line);
      }
    } catch {
      this.found.clear();
      this.foundPlaces.clear();
      return this.discard('its blocks are not of this engine’s shape');
    }
  }

  private discard(why: string): void {
    this.onMessage(
      `block cache: discarded ${this.file} (the judged blocks of ${this.slot}): ${why}; its blocks are judged again`,
    );
    try {
      fs.rmSync(this.file, { force: true });
    } catch {
      // removed by another process
    }
  }
}
