// Words as WORD (/[\p{L}][\p{L}\p{N}'’-]*/gu) matches them, found without a match object per word, and a
// table from a word to a number that looks the word up where it stands in its text, without cutting it out:
// indexing a corpus meets millions of words, nearly all of them seen before.

const NONE = 0,
  LETTER = 1,
  MORE = 2,
  UNKNOWN = 255; // MORE: continues a word (\p{N}, ' ’ -), cannot start one
const IS_LETTER = /^\p{L}$/u,
  IS_MORE = /^[\p{N}'’-]$/u;
/** Class per BMP code unit, worked out the first time it is met. */
const bmp = new Uint8Array(65536).fill(UNKNOWN);
// Both tables are the process's, shared by every engine: a pure memo of what Unicode says of a code point.
const astral = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return IS_LETTER.test(ch) ? LETTER : IS_MORE.test(ch) ? MORE : NONE;
}

/** The class of the code point at i (0 for a lone surrogate, as the regex sees it), plus 4 when it takes two code units. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = bmp[c];
    if (k === UNKNOWN) bmp[c] = k = classify(c);
    return k;
  }
  const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) return NONE; // a lone surrogate is no letter
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let k = astral.get(cp);
  if (k === undefined) {
    k = classify(cp);
    if (astral.size < 4096) astral.set(cp, k);
  }
  return k | 4;
}

/** Calls `onWord(start, end, hash)` for each word of the text, left to right; `hash` is wordHash of it. */
export function forEachWord(text: string, onWord: (start: number, end: number, hash: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let k = classAt(text, i);
    if ((k & 3) !== LETTER) {
      i += k & 4 ? 2 : 1;
      continue;
    }
    const s = i;
    do {
      i += k & 4 ? 2 : 1;
      k = i < text.length ? classAt(text, i) : NONE;
    } while ((k & 3) !== NONE);
    onWord(s, i, wordHash(text, s, i));
  }
}

/** A word's hash for WordTable (FNV-1a over its code units). */
export function wordHash(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

/**
 * Word → number, looked up by a span of a text and its hash; what is not there yet is worked out by `make`
 * (from the word cut out, once). Open addressing, grown as it fills; bounded: at `max` words it starts over,
 * so odd input cannot grow it forever.
 */
export class WordTable {
  private keys: (string | undefined)[] = new Array(1024).fill(undefined);
  private hashes = new Int32Array(1024);
  private values = new Int32Array(1024);
  private count = 0;

  constructor(
    private readonly make: (word: string) => number,
    private readonly max = 200_000,
  ) {}

  /** The number of the word at text[start, end) when the table has it, else undefined (nothing is made). */
  find(text: string, start: number, end: number, hash: number): number | undefined {
    const mask = this.keys.length - 1,
      len = end - start;
    let at = hash & mask;
    for (let key = this.keys[at]; key !== undefined; at = (at + 1) & mask, key = this.keys[at]) {
      if (this.hashes[at] === hash && key.length === len && text.startsWith(key, start)) return this.values[at];
    }
    return undefined;
  }

  get(text: string, start: number, end: number, hash: number): number {
    const mask = this.keys.length - 1,
      len = end - start;
    let at = hash & mask;
    for (let key = this.keys[at]; key !== undefined; at = (at + 1) & mask, key = this.keys[at]) {
      if (this.hashes[at] === hash && key.length === len && text.startsWith(key, start)) return this.values[at];
    }
    const word = text.slice(start, end);
    const value = this.make(word);
    if (this.count >= this.max) this.clear();
    else if (2 * (this.count + 1) > this.keys.length) this.grow();
    this.put(word, hash, value);
    return value;
  }

  private put(word: string, hash: number, value: number) {
    const mask = this.keys.length - 1;
    let at = hash & mask;
    while (this.keys[at] !== undefined) at = (at + 1) & mask;
    this.keys[at] = word;
    this.hashes[at] = hash;
    this.values[at] = value;
    this.count++;
  }

  /** Forget every word. */
  clear() {
    this.keys.fill(undefined);
    this.count = 0;
  }

  private grow() {
    const { keys, hashes, values } = this;
    const cap = keys.length * 2;
    this.keys = new Array(cap).fill(undefined);
    this.hashes = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) this.put(keys[i]!, hashes[i], values[i]);
  }
}
