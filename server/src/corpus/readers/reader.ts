// What a source reader is: file bytes in, the article text the engine indexes out, with a way back to the file.
// No imports, so text.ts (which maps positions through a TextMap) can depend on it without a cycle.

/**
 * Where a reader's text came from, when it is not the file's decoded contents verbatim (an HTML reader drops
 * tags, decodes entities, adds paragraph breaks). `file` is the file's decoded contents: what an editor shows,
 * the text LSP positions count in. Each segment says text[text, text + length) is file[file, file + length).
 * Segments are in text order and do not overlap; text between them (characters a reader put in, such as the
 * blank line it writes for a `</p>`) maps to the end of the segment before it. Ranges stay exact: a sentence
 * or figure copied from the file maps, offset by offset, back onto the characters it was copied from.
 */
export interface TextMap {
  file: string;
  segments: readonly Segment[];
}

export interface Segment {
  text: number;
  file: number;
  length: number;
}

/**
 * A reader's text as it builds it: pieces copied from the file (`copy`, each a segment of the map back) and characters
 * of its own between them (`text +=`: a blank line, a label's colon). captions.ts and lynx.ts build theirs so.
 */
export class MappedText {
  text = '';
  private readonly segments: Segment[] = [];
  constructor(private readonly file: string) {}
  /** Copies file[from, to) onto the text, with its segment; nothing when the span is empty. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.segments.push({ text: this.text.length, file: from, length: to - from });
    this.text += this.file.slice(from, to);
  }
  /** The text and its map back to the file. */
  done(): { text: string; toOriginal: TextMap } {
    return { text: this.text, toOriginal: { file: this.file, segments: this.segments } };
  }
}

/**
 * Metadata a reader found outside the text (an HTML page's JSON-LD and meta tags): what the file's own markup
 * says, so it wins over what the article parser guesses from the text, and loses to xref-sources.json.
 */
export interface ReaderMeta {
  title?: string;
  outlet?: string;
  /** Only these authors (people, not organizations); an empty list says nothing. */
  authors?: string[];
  /** ISO date YYYY-MM-DD, as the page states it. */
  date?: string;
  /** When the page says it was last changed (ISO YYYY-MM-DD); shown, never used as the article's date. */
  modified?: string;
  /**
   * The platform hosting the post, as the page names it (`og:site_name` `브런치스토리`): the outlet only when neither
   * the markup nor the text names a blog or publication of the post's own.
   */
  platform?: string;
  /** The page says the post has no headline of its own (titled by its account alone): none, not the text's first line. */
  untitled?: boolean;
  /**
   * The page states no date of its own (a listing of many outlets' items, each with its own time: a news portal's
   * coverage page): none, not a date its text gives one of the items.
   */
  undated?: boolean;
  /**
   * The post's poster is anonymous, by the board's label for every such user (`무명의 더쿠`, `익명`, `Anonymous`): no
   * author, not a byline the post pastes from an article.
   */
  unsigned?: boolean;
  /**
   * The title is a board post's, as its poster wrote it: a tag in brackets before it (`[함백정공] …`, the poster's own,
   * not a desk's rubric) is part of it.
   */
  posted?: boolean;
}

/** A reader's text; without `toOriginal` it is the file's decoded contents and offsets in both are the same. */
export interface ReaderText {
  text: string;
  toOriginal?: TextMap;
  meta?: ReaderMeta;
}

export interface SourceReader {
  /** A short name, for messages and tests ("plain-text"). */
  id: string;
  /** The file name endings it reads, lower case with the dot: ['.txt', '.md']. */
  extensions: readonly string[];
  /**
   * The article text of a file, or why it is skipped ({ skip: 'binary file (contains NUL bytes)' }). Owns
   * decoding (BOM, UTF-8 validity, binary detection). Pure: the bytes are the file's, `file` is for messages
   * and for readers that care about the name. Runs in indexing worker threads too.
   */
  read(bytes: Buffer, file: string): ReaderText | { skip: string };
}

/** The offset in `map.file` of an offset in the reader's text (see TextMap for text between segments). */
export function fileOffset(map: TextMap, offset: number): number {
  const segs = map.segments;
  if (segs.length === 0) return 0;
  let lo = 0,
    hi = segs.length; // the last segment starting at or before offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].text <= offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return segs[0].file;
  const s = segs[lo - 1];
  return s.file + Math.min(offset - s.text, s.length);
}

/** The offset in the reader's text at or after an offset in `map.file` (the inverse of fileOffset). */
export function textOffset(map: TextMap, offset: number, textLength: number): number {
  for (const s of map.segments) {
    if (offset < s.file) return s.text;
    if (offset <= s.file + s.length) return s.text + (offset - s.file);
  }
  return textLength;
}
