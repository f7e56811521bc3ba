// Text as the engine sees it: decoded, NFC-normalized, with a way back to positions in the original.
import { fileOffset, textOffset, type TextMap } from '../corpus/readers/reader';
import type { Lang, Position, Range } from '../types';
import * as v8 from 'v8';

/** A string as a regex matching it literally. */
/** A Markdown heading line without its marker ("## Title" → "Title"); any other line as it is. */
export function withoutHeadingMarker(line: string): string {
  return line.replace(/^#{1,6}\s+/, '');
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation (no group) of literal words. */
export function alternation(words: readonly string[]): string {
  return words.map(escapeRe).join('|');
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode file bytes as UTF-8; binary and non-UTF-8 input is refused with a reason, never guessed at. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  let controls = 0;
  for (let k = 0; k < probe.length; k++) {
    const b = probe[k];
    if (b === 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > probe.length / 10) return { ok: false, reason: 'binary file (mostly control bytes)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8 text (re-save the file as UTF-8)' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text };
}

/**
 * A source's words as a reader sees them: a hard wrap (a line break with the indentation around it) is a space, as
 * Markdown renders it. For what is shown or written back (a message, a quick fix, a listing), not for offsets.
 */
export function oneLine(s: string): string {
  return s.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

/** Whether a code unit is what `\s` (and String.prototype.trim) treats as whitespace, without a one-character string. */
export function isWhitespace(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c < 0xa0
      ? false
      : c > 0x3000
        ? c === 0xfeff
        : c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000;
}

/** Binary search: the first index in [0, n) where `atOrAfter` holds (false, then true along a sorted list); n when none. */
export function firstIndex(n: number, atOrAfter: (i: number) => boolean): number {
  let lo = 0,
    hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Line starts for \n, \r\n and lone \r, the three line ends LSP knows. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * An original text and its NFC form. Extractors run on `norm`; positions are reported in the original,
 * so a range sliced from the file (or the editor buffer) gives back exactly what was found.
 */
export class SourceText {
  readonly norm: string;
  private readonly map: Int32Array | null; // norm offset → original offset; null when identical
  private lines?: number[];
  /** Line starts, found when a position is first asked for: most indexed sources are never shown. */
  private get starts(): number[] {
    return (this.lines ??= lineStarts(this.shown));
  }
  /** The text positions count in: the file's decoded contents (readers/), which is `original` unless a reader mapped it. */
  private readonly shown: string;

  /**
   * `original` is the text extractors read (before NFC); `file`, when a reader's text is not the file verbatim,
   * maps it back into the file, and then offsets out of toOriginal and positions are the file's.
   */
  constructor(
    readonly original: string,
    private readonly file?: TextMap,
  ) {
    this.shown = file ? file.file : original;
    const norm = original.normalize('NFC');
    if (norm === original) {
      this.norm = original;
      this.map = null;
    } else {
      const built = buildMap(original);
      this.norm = built.norm;
      this.map = built.map;
    }
  }

  /** Original offset of a norm offset (a boundary maps to the boundary). */
  toOriginal(offset: number): number {
    const o = !this.map ? offset : offset >= this.map.length ? this.original.length : this.map[offset];
    return this.file ? fileOffset(this.file, o) : o;
  }

  positionAt(originalOffset: number): Position {
    const o = Math.max(0, Math.min(originalOffset, this.shown.length));
    const line = firstIndex(this.starts.length, (i) => this.starts[i] > o) - 1;
    return { line, character: o - this.starts[line] };
  }

  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.starts.length) return this.shown.length;
    const start = this.starts[p.line];
    const next = p.line + 1 < this.starts.length ? this.starts[p.line + 1] : this.shown.length;
    return Math.min(start + Math.max(0, p.character), next);
  }

  /** LSP range of a span of the norm text. */
  range(start: number, end: number): Range {
    return { start: this.positionAt(this.toOriginal(start)), end: this.positionAt(this.toOriginal(end)) };
  }

  /** The norm offset at or after an original offset. */
  fromOriginal(originalOffset: number): number {
    if (this.file) originalOffset = textOffset(this.file, originalOffset, this.original.length);
    const map = this.map;
    if (!map) return originalOffset;
    return firstIndex(map.length, (i) => map[i] >= originalOffset);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineText(line: number): string {
    const s = this.starts[line] ?? this.shown.length;
    let e = line + 1 < this.starts.length ? this.starts[line + 1] : this.shown.length;
    while (e > s && (this.shown[e - 1] === '\n' || this.shown[e - 1] === '\r')) e--;
    return this.shown.slice(s, e);
  }
}

// A chunk starts at every code point that cannot combine with what precedes it; each chunk is
// normalized on its own, so every norm offset maps into the chunk it came from.
function combines(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1160 && cp <= 0x11ff) ||
    (cp >= 0xd7b0 && cp <= 0xd7ff) ||
    (cp >= 0x3099 && cp <= 0x309a) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    /\p{M}/u.test(String.fromCodePoint(cp))
  );
}

function buildMap(original: string): { norm: string; map: Int32Array } {
  const parts: string[] = [];
  const map: number[] = [];
  let chunkStart = 0;
  const flush = (end: number) => {
    if (end <= chunkStart) return;
    const n = original.slice(chunkStart, end).normalize('NFC');
    parts.push(n);
    if (n.length === end - chunkStart) for (let k = 0; k < n.length; k++) map.push(chunkStart + k);
    else {
      // Lengths differ ("사" + U+0301 from three jamo and a mark): each norm offset maps to the shortest
      // original prefix that normalizes to the norm prefix, so a figure ending in the syllable keeps it.
      // Bounded: a run of thousands of marks maps to the chunk start.
      let p = 0;
      for (let k = 0; k < n.length; k++) {
        if (k > 0 && end - chunkStart <= 32) {
          const want = n.slice(0, k);
          let q = p;
          while (q < end - chunkStart && original.slice(chunkStart, chunkStart + q).normalize('NFC') !== want) q++;
          if (q < end - chunkStart) p = q; // else keep the previous offset: the map never goes backwards
        }
        map.push(chunkStart + p);
      }
    }
    chunkStart = end;
  };
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if (i > chunkStart && !combines(cp)) flush(i);
    i += w;
  }
  flush(original.length);
  return { norm: parts.join(''), map: Int32Array.from(map) };
}

/**
 * detectLang of s.slice(start, end) and its letters (ASCII letters and Hangul syllables, not jamo), in one
 * pass and without the copy: an article's halves are found from both, paragraph by paragraph.
 */
export function langAndLetters(s: string, start: number, end: number): { lang: Lang; letters: number } {
  let syl = 0,
    jamo = 0,
    l = 0;
  for (let i = start; i < end; i++) {
    const k = letterKind(s.charCodeAt(i));
    if (k === ASCII_LETTER) l++;
    else if (k === SYLLABLE) syl++;
    else if (k === JAMO) jamo++;
  }
  return { lang: langOf(l, syl + jamo), letters: l + syl };
}

/** What the language count sees in a code unit (by code unit, no match arrays). */
export const NOT_COUNTED = 0,
  ASCII_LETTER = 1,
  SYLLABLE = 2,
  JAMO = 3;
export function letterKind(c: number): number {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? ASCII_LETTER : NOT_COUNTED;
  return c >= 0xac00 && c <= 0xd7a3 ? SYLLABLE : c >= 0x3131 && c <= 0x318e ? JAMO : NOT_COUNTED;
}

/** Korean when Hangul (syllables and jamo) is at least a third of the ASCII letters, and there is some. */
export function langOf(asciiLetters: number, hangul: number): Lang {
  return hangul * 3 >= asciiLetters && hangul > 0 ? 'ko' : 'en';
}

/** Korean when Hangul outweighs Latin letters; a Korean sentence full of English names stays Korean. */
export function detectLang(s: string): Lang {
  return langAndLetters(s, 0, s.length).lang;
}

/**
 * A deep copy whose strings share nothing with the text they were cut from (V8 keeps a sliced string's parent
 * alive): what a lazy source keeps of a body it lets go (its head, quotation rows, facts) must not hold the body.
 */
export function detached<T>(x: T): T {
  return v8.deserialize(v8.serialize(x)) as T;
}
/**
 * detached for one string: JSON's round trip makes a new string of its characters alone (lone surrogates kept), in
 * a tenth of the serializer's time (the lexicon's memo copies tens of thousands of short texts an index).
 */
export function detachedText(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
