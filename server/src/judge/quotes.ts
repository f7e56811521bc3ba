// A report quotation against the source quotations in the same language: exact, misquoted, misattributed.
import Fuse from 'fuse.js';
import type { Corpus } from '../corpus/corpus';
import { defaultEngineState } from '../engineState';
import { concept, findTerms, termsIn } from '../domain/lexicon';
import peopleWords from '../domain/people.json';
import {
  HANGUL,
  isKoreanName,
  nameKey,
  isTitleToken,
  koIsOrg,
  koIsTitle,
  koNamedOrg,
  TRANSLITERATED,
  namesAlike,
  parsePerson,
  PERSON_ID,
  SURNAME_ID,
  surnamesAlike,
} from '../extract/people';
import { alternation, escapeRe, oneLine } from '../text/text';
import { isOfficeLabel, quoteLang, RE_STATEMENT_HEAD } from '../extract/quotes';
import { enWords as enSpeech, koWords } from '../domain/language';
import { everydayPairs } from '../domain/vocab';
import { buildCrossIndex, crossMatches, crossUnits, type CrossIndex, type CrossMatch } from './crossQuotes';
import {
  familyAfter,
  peopleOf,
  personFiles,
  personNames,
  resolveSpeaker,
  sameResolved,
  orgUnknownOf,
  speakerAround,
  speakerName,
  type PeopleIndex,
} from './people';
import {
  diffText,
  quoteMisattributedMessage,
  quoteMismatchMessage,
  quoteUnsupportedMessage,
  sourceLabel,
  sourceWordingFixTitle,
  speakerFixTitle,
} from './messages';
import type { SourceText } from '../text/text';
import type { Claim, Finding, Fix, Lang, Quote, Severity, Source, SourceRef, Span } from '../types';

/** Share of words two quotations must have in order to be the same quotation, misquoted. */
const CLOSE = 0.5;
/** Quoted words that are not plainly speech and are this short must be this close to a source's to count as its. */
const SAME_WORDS = 0.85;
/** Five words or more in quotation marks are seldom a title: when lenient, they may differ this much and still count. */
const LENIENT_LONG = 0.65;
/** How many words make a quotation long enough for LENIENT_LONG (a title or a term is shorter). */
const LENIENT_LONG_WORDS = 5;
/**
 * The word alignment (wordSimilarity) fills a table of one cell per pair of words: beyond this many cells (two
 * quotations of 500 words) it is not run, so a pathological quotation cannot stall a check.
 */
const MAX_ALIGN_CELLS = 250_000;
/** The fuzzy search's best this many are measured word by word: enough for one quotation's outlets, bounded. */
const FUZZY_HITS = 8;
/** At most this many source quotations in a claim's sources (the hover and Go to Definition list them). */
const MAX_QUOTE_REFS = 8;
/** A quotation of part of a longer one is compared with the stretch it quotes, and must be this close to it. */
const PART = 0.75;
/**
 * partSimilarity aligns the quotation with every window of the source quotation: only a quotation this short,
 * of a source quotation this long, keeps that (quadratic) work small; a longer one is compared whole.
 */
const MAX_PART_WORDS = 40,
  MAX_PART_SOURCE_WORDS = 400;

/**
 * A source quotation. Quotations alike once normalized (one quotation reported by many outlets) share their
 * `norm`, their `words` array (never written to) and `group`, the place of that norm in LangIndex.norms. It holds
 * what finding candidates reads (language, words as written, speaker id); `q`, the quotation itself, is read from
 * its source (a snapshot's source is decoded then: corpus/lazySource.ts). The index keeps no Entry: an entry is a
 * row of its LangIndex's columns, made into one where a check reads it (entryAt), and `id` is its row: two objects
 * of one row are one entry.
 */
/** Who said a quotation, as sameSpeaker reads it. */
type Speaker = Pick<Quote, 'speakerId'> & { speaker?: { text: string } };

class Entry implements Speaker {
  constructor(
    /** Its row in its language's index. */
    readonly id: number,
    readonly src: Source,
    /** The quotation's number in its source. */
    readonly qi: number,
    readonly text: string,
    readonly speakerId: string | undefined,
    /** The speaker as written (one object for every entry of a speaker written alike: read, never written to). */
    readonly speaker: { text: string } | undefined,
    /** What it shares with the quotations alike with it once normalized. */
    private readonly alike: Alike,
  ) {}
  get lang(): Lang {
    return this.alike.lang;
  }
  get norm(): string {
    return this.alike.norm;
  }
  get words(): string[] {
    return this.alike.words;
  }
  get group(): number {
    return this.alike.group;
  }
  get q(): Quote {
    return this.src.quotes[this.qi];
  }
}

/**
 * What the entries of one normalized quotation of a language share (Entry): one object for them all, where each
 * entry held the four fields (at 100,000 generated articles, about 456,000 entries, most of them copies of a few
 * hundred quotations).
 */
interface Alike {
  readonly lang: Lang;
  readonly norm: string;
  readonly words: string[];
  readonly group: number;
}

/**
 * A source quotation as the quote and people indexes read it: language, words as written, speaker id, the speaker
 * as written, and the organisation the speaker's sentence names around the speaker (people.ts orgAround).
 */
export type QuoteRow = [
  lang: Lang,
  text: string,
  speakerId: string | null,
  speaker: string | null,
  /** undefined: not worked out (read from the source when needed); null: none. */
  around: string | null | undefined,
];

/**
 * Every source's quotations as QuoteRows, in corpus order (stored with a corpus snapshot): `length` sources, source
 * i's rows rowsOf(i). A snapshot's are made from its columns when asked (corpus/snapshot.ts unpackQuotes), each
 * string held once: read them and let them go. Held as rows, a warm start at 100,000 generated articles kept some
 * 456,000 arrays of five and 100,000 lists for the corpus's life, read once by the quote and people indexes.
 */
export interface StoredQuotes {
  readonly length: number;
  rowsOf(i: number): readonly QuoteRow[];
}

/** StoredQuotes of rows held as they are. */
export function quotesOfRows(rows: readonly (readonly QuoteRow[])[]): StoredQuotes {
  return { length: rows.length, rowsOf: (i) => rows[i] };
}

/** Every source's rows, made (for the tests, and to compare). */
export function allQuoteRows(q: StoredQuotes): QuoteRow[][] {
  return Array.from({ length: q.length }, (_, i) => q.rowsOf(i).map((r) => [...r] as QuoteRow));
}

/**
 * A source's quotations (the i-th source of the corpus), as the indexes read them: from the snapshot while the corpus
 * is as it was loaded, else from the source (`around` then left to be worked out when needed).
 */
export function quoteRowsOf(corpus: Corpus): (src: Source, i: number) => readonly QuoteRow[] {
  const stored = corpus.snapshot;
  if (stored && stored.version === corpus.version && stored.quotes.length === corpus.sources.length)
    return (_, i) => stored.quotes.rowsOf(i);
  return (src) =>
    src.quotes.map((q): QuoteRow => [q.lang, q.text, q.speakerId ?? null, q.speaker?.text ?? null, undefined]);
}

/** Every source's quotations as QuoteRows, `around` worked out, for the snapshot. */
export function exportQuotes(corpus: Corpus): StoredQuotes {
  return quotesOfRows(corpus.sources.map(exportQuoteRows));
}

/** A source's quotations as exportQuotes stores them. */
export function exportQuoteRows(src: Source): QuoteRow[] {
  return src.quotes.map((q): QuoteRow => [
    q.lang,
    q.text,
    q.speakerId ?? null,
    q.speaker?.text ?? null,
    speakerAround(src, q) ?? null,
  ]);
}

/**
 * A language's source quotations (entries) as columns, row `id` ascending in corpus order, and word → the entries
 * holding it and how often, entry ids ascending: for slot = slots.get(word), positions starts[slot] … starts[slot + 1]
 * - 1 of ids and counts. Typed arrays for the whole language, no array per word and no object per entry (an object
 * and its slot were ~80 bytes a quotation, some 456,000 of them at 100,000 generated articles; four numbers are 16).
 */
interface LangIndex {
  /** How many entries. */
  size: number;
  /** Entry → its source (its place in Index.sources), its quotation's number there, its text (texts), its speaker
   * (Index.speakers). */
  src: Int32Array;
  qi: Int32Array;
  text: Int32Array;
  who: Int32Array;
  /** Each distinct text as written, and the group (alikes, norms) it normalizes to. */
  texts: string[];
  textGroup: Int32Array;
  /** What the entries of a group share. */
  alikes: Alike[];
  norms: string[];
  /** Korean norms without their spaces (spacedOut), made at the first check that needs them. */
  compact?: string[];
  slots: Map<string, number>;
  starts: Int32Array;
  ids: Int32Array;
  /** One byte a posting where no word comes more than 255 times in a quotation (four bytes were most of a word's). */
  counts: Uint8Array | Int32Array;
}
interface Index {
  version: number;
  /** The corpus's sources as the index was built (entries name them by number). */
  sources: readonly Source[];
  /** Each distinct speaker of a quotation: its id and the speaker as written. */
  speakers: readonly { id: string | undefined; said: { text: string } | undefined }[];
  byLang: Map<Lang, LangIndex>;
}
/** The index's entry `id` of a language, as an object. */
function entryAt(idx: Index, l: LangIndex, id: number): Entry {
  const who = idx.speakers[l.who[id]];
  return new Entry(id, idx.sources[l.src[id]], l.qi[id], l.texts[l.text[id]], who.id, who.said, alikeAt(l, id));
}
/** What entry `id` shares with the entries alike with it. */
const alikeAt = (l: LangIndex, id: number): Alike => l.alikes[l.textGroup[l.text[id]]];
/** The entries of a language, made (for the tests). */
function allEntries(idx: Index, l: LangIndex | undefined): Entry[] {
  return idsOf(l).map((id) => entryAt(idx, l!, id));
}
/** Every entry id of a language. */
function idsOf(l: LangIndex | undefined): number[] {
  return l ? Array.from({ length: l.size }, (_, id) => id) : [];
}
/** A column of 32-bit integers growing as it is filled. */
class Ints {
  private a = new Int32Array(256);
  length = 0;
  push(v: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = v;
  }
  at(i: number): number {
    return this.a[i];
  }
  /** The column, exactly as long as filled. */
  done(): Int32Array {
    return this.a.slice(0, this.length);
  }
}
/** The index of a corpus, kept by the corpus's engine (engineState.ts). */
const indexes = (corpus: Corpus) => (corpus.engine ?? defaultEngineState()).tables<Corpus, Index>('quotes');
/**
 * Fuse's threshold (0 exact, 1 anything) is loose on purpose: it only finds candidates, and the word
 * similarity against CLOSE / SAME_WORDS / LENIENT_LONG decides.
 */
const FUSE_OPTIONS = { keys: ['norm'], ignoreLocation: true, threshold: 0.7, includeScore: true };

/** Quote marks, spacing, case and final punctuation do not make a misquote. */
export function normalizeQuote(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[“”„‟"«»「」『』]/g, '"')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'.,…]+|[\s"'.,!?…·~]+$/g, '')
    .toLowerCase();
}

export function quoteWords(s: string): string[] {
  return wordsOfNorm(normalizeQuote(s));
}

/** quoteWords of an already normalized quotation. */
function wordsOfNorm(norm: string): string[] {
  // A period ends a word but not an abbreviation: "U.S." stays one word.
  return norm
    .split(/[\s,;:!?"()\[\]…·—–-]+|\.(?![\p{L}\p{N}]\.)(?=\s|$)/u)
    .map((w) => w.replace(/^['.]+|['.]+$/g, ''))
    .filter(Boolean);
}

function countWords(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/**
 * Entries that could reach `min` word similarity with `words`: their longest common subsequence is at most
 * the words they share (counted with repeats), so the rest can be left out before the fuzzy search.
 */
function wordCandidates(l: LangIndex, words: string[], min: number): Set<number> {
  const shared = new Map<number, number>();
  // (forEach, not for…of with destructuring: no iterator result or pair per word and per entry)
  countWords(words).forEach((n, w) => {
    const slot = l.slots.get(w);
    if (slot === undefined) return;
    for (let k = l.starts[slot], end = l.starts[slot + 1]; k < end; k++)
      shared.set(l.ids[k], (shared.get(l.ids[k]) ?? 0) + Math.min(n, l.counts[k]));
  });
  const out = new Set<number>();
  shared.forEach((s, id) => {
    const m = alikeAt(l, id).words.length;
    if (words.length * m > MAX_ALIGN_CELLS) return;
    // A part of a longer quotation is measured against the report's words only (partSimilarity).
    if (s / Math.max(words.length, m) >= min || (m > words.length && s / words.length >= Math.max(min, PART)))
      out.add(id);
  });
  return out;
}

function indexOf(corpus: Corpus): Index {
  const cached = indexes(corpus).get(corpus);
  if (cached && cached.version === corpus.version) return cached;
  const byLang = new Map<Lang, LangIndex>();
  // What is worked out once per quotation text, then per normalized text (within a language): the same
  // quotation in a thousand articles is normalized and split once, and its words are held once.
  interface Shared {
    /** Its distinct words in the order they first come, and how often each comes (countWords as two arrays). */
    distinct: string[];
    times: number[];
  }
  interface Building {
    /** Text as written → its number in LangIndex.texts. */
    byText: Map<string, number>;
    textGroup: Ints;
    byNorm: Map<string, number>;
    /** Group → its words counted. */
    shared: Shared[];
    words: Map<string, string>;
    perSlot: number[];
    src: Ints;
    qi: Ints;
    text: Ints;
    who: Ints;
  }
  const building = new Map<LangIndex, Building>();
  // One speaker object per name as written (a speaker is quoted in many articles), one number per speaker id and
  // name as written.
  const said = new Map<string, { text: string }>();
  const speakers: { id: string | undefined; said: { text: string } | undefined }[] = [];
  const whoNo = new Map<string | null, Map<string | null, number>>();
  const sources = corpus.sources.slice();
  const rowsOf = quoteRowsOf(corpus);
  for (let si = 0; si < sources.length; si++) {
    const src = sources[si];
    const rows = rowsOf(src, si);
    for (let qi = 0; qi < rows.length; qi++) {
      const row = rows[qi];
      const lang = row[0],
        text = row[1],
        speakerId = row[2],
        speaker = row[3];
      let l = byLang.get(lang);
      if (!l) {
        byLang.set(
          lang,
          (l = {
            size: 0,
            src: new Int32Array(0),
            qi: new Int32Array(0),
            text: new Int32Array(0),
            who: new Int32Array(0),
            texts: [],
            textGroup: new Int32Array(0),
            alikes: [],
            norms: [],
            slots: new Map(),
            starts: new Int32Array(1),
            ids: new Int32Array(0),
            counts: new Int32Array(0),
          }),
        );
        building.set(l, {
          byText: new Map(),
          textGroup: new Ints(),
          byNorm: new Map(),
          shared: [],
          words: new Map(),
          perSlot: [],
          src: new Ints(),
          qi: new Ints(),
          text: new Ints(),
          who: new Ints(),
        });
      }
      const b = building.get(l)!;
      let tn = b.byText.get(text);
      if (tn === undefined) {
        const norm = normalizeQuote(text);
        let group = b.byNorm.get(norm);
        if (group === undefined) {
          // One string per distinct word: the words of all quotations point into it.
          const words = wordsOfNorm(norm).map((w) => {
            const x = b.words.get(w);
            if (x !== undefined) return x;
            b.words.set(w, w);
            return w;
          });
          const distinct: string[] = [],
            times: number[] = [];
          countWords(words).forEach((n, w) => {
            distinct.push(w);
            times.push(n);
          });
          group = l.norms.length;
          l.alikes.push({ lang, norm, words, group });
          b.shared.push({ distinct, times });
          l.norms.push(norm);
          b.byNorm.set(norm, group);
        }
        b.byText.set(text, (tn = l.texts.length));
        l.texts.push(text);
        b.textGroup.push(group);
      }
      let byName = whoNo.get(speakerId);
      if (!byName) whoNo.set(speakerId, (byName = new Map()));
      let who = byName.get(speaker);
      if (who === undefined) {
        let s: { text: string } | undefined;
        if (speaker !== null) {
          s = said.get(speaker);
          if (!s) said.set(speaker, (s = { text: speaker }));
        }
        byName.set(speaker, (who = speakers.length));
        speakers.push({ id: speakerId ?? undefined, said: s });
      }
      b.src.push(si);
      b.qi.push(qi);
      b.text.push(tn);
      b.who.push(who);
      const sh = b.shared[b.textGroup.at(tn)];
      // (index loops, not for…of with destructuring: at 10,000 articles a check's first quotation made ~100 MB of
      // iterator results and pairs here)
      for (let k = 0; k < sh.distinct.length; k++) {
        const w = sh.distinct[k];
        const slot = l.slots.get(w);
        if (slot === undefined) {
          l.slots.set(w, b.perSlot.length);
          b.perSlot.push(1);
        } else b.perSlot[slot]++;
      }
    }
  }
  for (const [l, b] of building) {
    Object.assign(l, {
      size: b.src.length,
      src: b.src.done(),
      qi: b.qi.done(),
      text: b.text.done(),
      who: b.who.done(),
      textGroup: b.textGroup.done(),
    });
    const starts = new Int32Array(b.perSlot.length + 1);
    for (let k = 0; k < b.perSlot.length; k++) starts[k + 1] = starts[k] + b.perSlot[k];
    let most = 0;
    for (const sh of b.shared) for (let k = 0; k < sh.times.length; k++) most = Math.max(most, sh.times[k]);
    const ids = new Int32Array(starts[b.perSlot.length]),
      counts = most <= 0xff ? new Uint8Array(ids.length) : new Int32Array(ids.length);
    const fill = starts.slice(0, b.perSlot.length);
    for (let id = 0; id < l.size; id++) {
      const { distinct, times } = b.shared[l.textGroup[l.text[id]]];
      for (let k = 0; k < distinct.length; k++) {
        const at = fill[l.slots.get(distinct[k])!]++;
        ids[at] = id;
        counts[at] = times[k];
      }
    }
    Object.assign(l, { starts, ids, counts });
  }
  const idx: Index = { version: corpus.version, sources, speakers, byLang };
  indexes(corpus).set(corpus, idx);
  return idx;
}

/** The quote index's word postings of a language (for the tests). */
export function quotePostings(corpus: Corpus, lang: Lang): { ids: Int32Array; counts: Uint8Array | Int32Array } {
  const l = indexOf(corpus).byLang.get(lang);
  return { ids: l?.ids ?? new Int32Array(0), counts: l?.counts ?? new Int32Array(0) };
}

/** A quote index entry as the tests read it. */
export interface QuoteEntry extends Speaker {
  readonly id: number;
  readonly src: Source;
  readonly qi: number;
  readonly text: string;
  readonly lang: Lang;
  readonly norm: string;
  readonly words: string[];
  readonly group: number;
}

/** The quote index's entries of a language, made (for the tests: what each holds, what alike ones share). */
export function quoteEntries(corpus: Corpus, lang: Lang): readonly QuoteEntry[] {
  const idx = indexOf(corpus);
  return allEntries(idx, idx.byLang.get(lang));
}

/** The quote index itself (for the tests: the shape it is kept in). */
export function quoteIndexHeld(corpus: Corpus): object {
  return indexOf(corpus);
}

/** Longest common subsequence of words, as a share of the longer quotation. */
export function wordSimilarity(a: string[], b: string[]): { score: number; dropped: string[]; added: string[] } {
  const n = a.length,
    m = b.length;
  if (!n || !m || n * m > MAX_ALIGN_CELLS) return { score: 0, dropped: b, added: a };
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const added: string[] = [],
    dropped: string[] = [];
  let i = 0,
    j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) added.push(a[i++]);
    else dropped.push(b[j++]);
  }
  while (i < n) added.push(a[i++]);
  while (j < m) dropped.push(b[j++]);
  return { score: dp[0][0] / Math.max(n, m), dropped, added };
}

/**
 * How close a quotation of part of a longer one is to the stretch it quotes: the best wordSimilarity against
 * the source's windows of about its length (a few words more or fewer). Short quotations only.
 */
export function partSimilarity(
  a: string[],
  b: string[],
): { score: number; dropped: string[]; added: string[]; window?: { from: number; len: number } } {
  const n = a.length,
    m = b.length;
  let best: { score: number; dropped: string[]; added: string[]; window?: { from: number; len: number } } = {
    score: 0,
    dropped: [],
    added: a,
  };
  let bestStarts = false;
  if (!n || n > MAX_PART_WORDS || m > MAX_PART_SOURCE_WORDS) return best;
  // A window shares at most as many words with the quotation as it holds words of it: windows that cannot beat
  // (or tie with) the best so far skip the alignment. inA[j]: words of b[0..j) found in the quotation.
  const words = new Set(a);
  const inA = new Uint16Array(m + 1);
  for (let j = 0; j < m; j++) inA[j + 1] = inA[j] + (words.has(b[j]) ? 1 : 0);
  // Lengths nearest the report's first, so that among equal windows the diff pairs a changed word with its original.
  for (const len of [n, n - 1, n + 1, n - 2, n + 2, n + 3]) {
    if (len < 1 || len > m) continue;
    for (let st = 0; st + len <= m; st++) {
      const bound = Math.min(n, inA[st + len] - inA[st]) / Math.max(n, len);
      if (bound < best.score || (bound === best.score && !(bound > 0 && b[st] === a[0] && !bestStarts))) continue;
      let sim = wordSimilarity(a, b.slice(st, st + len));
      // The same words in another order ("chips, not transformers" in "transformers, not chips") quote that stretch,
      // misquoted however little of the order is kept: close enough to be the source's words (PART), never the same.
      if (len === n && n >= MIN_REORDERED && sim.score < PART && sameBag(a, b, st)) sim = { ...sim, score: PART };
      // Among equal windows, one that starts where the quotation starts: the changed word is then the one diffed.
      if (sim.score > best.score || (sim.score === best.score && sim.score > 0 && b[st] === a[0] && !bestStarts)) {
        best = { ...sim, window: { from: st, len } };
        bestStarts = b[st] === a[0];
      }
    }
  }
  return best;
}

/**
 * The stretch of a source quotation, as written, that holds its words `from` to `from + len` (quoteWords of `text`): a
 * part a report quotes. A sentence's closing mark after it is kept when the report's quotation closes on one. Undefined
 * when the words cannot be found back in the text as written (a letter whose lower case is longer, as İ's).
 */
export function windowText(
  text: string,
  words: string[],
  window: { from: number; len: number },
  report: string,
): string | undefined {
  let lower = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    lower += l.length === ch.length ? l : ch;
  }
  lower = lower.replace(/[“”„‟"«»「」『』]/g, '"').replace(/[‘’‚‛`´]/g, "'");
  const wordChar = (i: number) => i >= 0 && i < lower.length && /[\p{L}\p{N}]/u.test(lower[i]);
  let pos = 0,
    start = -1,
    end = -1;
  for (let k = 0; k < window.from + window.len; k++) {
    const w = words[k];
    if (w === undefined) return undefined;
    let at = lower.indexOf(w, pos);
    while (at >= 0 && (wordChar(at - 1) || wordChar(at + w.length))) at = lower.indexOf(w, at + 1);
    if (at < 0) return undefined;
    if (k === window.from) start = at;
    pos = end = at + w.length;
  }
  if (start < 0) return undefined;
  if (/[.!?…]/.test(text[end] ?? '') && /[.!?…]["”’']?\s*$/.test(report)) end++;
  return text.slice(start, end).replace(/\s+/g, ' ');
}

/** Fewer words than this in another order may be another phrase of the same words, not a misquotation. */
const MIN_REORDERED = 4;

/** Whether b[st..st+a.length) holds the words of `a`, each as often, in any order. */
function sameBag(a: string[], b: string[], st: number): boolean {
  const left = countWords(a);
  for (let j = st; j < st + a.length; j++) {
    const k = left.get(b[j]);
    if (!k) return false;
    left.set(b[j], k - 1);
  }
  return true;
}

/** Most words on either side of the one stretch oneStretchChanged allows. */
const MAX_STRETCH = 4;
/**
 * Whether a quotation is the stretch of a longer one it was measured against (partSimilarity's window) with one run
 * of its middle changed: the same words up to it (two or more) and after it (two or more), six or more in all, at
 * least twice as many as the run has on either side, at most four (“We pump seawater through an open channel and
 * return it a few degrees warmer” for an interview's “… through a closed heat exchanger and return it …”). Such a
 * quotation is that stretch misquoted, however far three changed words of eleven take it below PART; words that
 * share only their ends with a source's (a long middle of their own) are not.
 */
function oneStretchChanged(a: readonly string[], b: readonly string[], w?: { from: number; len: number }): boolean {
  if (!w) return false;
  const s = b.slice(w.from, w.from + w.len);
  let p = 0;
  while (p < a.length && p < s.length && a[p] === s[p]) p++;
  let q = 0;
  while (q < a.length - p && q < s.length - p && a[a.length - 1 - q] === s[s.length - 1 - q]) q++;
  const ma = a.length - p - q,
    mb = s.length - p - q;
  return (
    p >= 2 && q >= 2 && p + q >= 6 && ma + mb > 0 && Math.max(ma, mb) <= MAX_STRETCH && p + q >= 2 * Math.max(ma, mb)
  );
}

/** The fragments of a report quotation (split at an ellipsis), normalized. */
export function fragments(report: string): string[] {
  return report
    .split(/\s*(?:…|\.\.\.|\[\.\.\.\]|\(\.\.\.\)|\(중략\)|\[중략\])\s*/)
    .map(normalizeQuote)
    .filter((f) => f.length > 0);
}

/** A normalized quotation without its spaces (Korean's spacing varies by outlet and by a source's line ends). */
const spacedOut = (norm: string) => norm.replace(/\s+/g, '');

/** Every fragment found in order inside the source's words. */
function containsInOrder(source: string, frags: string[]): boolean {
  if (!frags.length) return false;
  let at = 0;
  for (const f of frags) {
    const i = source.indexOf(f, at);
    if (i < 0) return false;
    at = i + f.length;
  }
  return true;
}

/** What a broken English quotation's attribution says between its pieces when it names no one (`she said`). */
const RE_SAID_BETWEEN = new RegExp(
  `^[\\s,.;—–-]*(?:he|she|they|we|I)\\s+(?:also\\s+|then\\s+)?(?:${alternation(enSpeech.speech.verbs)})\\b[^.!?]{0,40}[.,:;—–-]?\\s*$`,
);
/** Most characters between two pieces of one quotation that its attribution broke (`,” she said. “`). */
const MAX_BREAK = 80;

/**
 * A source quotation joined with the piece of the same speaker's words right before or after it, when what stands
 * between them is their attribution only: the speaker named there (`“Retraining is a word,” she said. “We want to
 * see …”`, `“The cable,” Castrellón said, “will be buried …”`), in one paragraph, no other quotation marks. A report
 * quoting the two as one quotes the source's words.
 */
function piecesJoined(e: Entry): { text: string; words: string[] }[] {
  const out: { text: string; words: string[] }[] = [];
  const qs = e.src.quotes;
  const q = qs[e.qi];
  if (!q?.speakerId) return out;
  const text = e.src.text;
  const broken = (a: Quote, b: Quote) => {
    if (a.speakerId !== b.speakerId || a.lang !== b.lang || b.outer.start < a.outer.end) return false;
    if (b.outer.start - a.outer.end > MAX_BREAK) return false;
    const gap = text.slice(a.outer.end, b.outer.start);
    if (/["“”«»「」『』]|\n[ \t]*\n/.test(gap)) return false;
    const inGap = (x: Quote) => x.speaker && x.speaker.start >= a.outer.end && x.speaker.end <= b.outer.start;
    // (a pronoun there stands for a speaker named before: `she said` is the attribution too)
    return inGap(a) || inGap(b) || (a.lang === 'en' && RE_SAID_BETWEEN.test(gap));
  };
  const join = (a: Quote, b: Quote) => {
    // (a piece closed by a comma before a sentence of its own ends a sentence: `“A promise is not a contract,” she
    // said. “We want …”` reads `A promise is not a contract. We want …`)
    const head = a.text.replace(/[,，\s]+$/, '');
    const t = `${head}${/^\p{Lu}/u.test(b.text) && !/[.!?…。]["”’']?$/.test(head) ? '.' : ''} ${b.text}`;
    out.push({ text: t, words: [...quoteWords(a.text), ...quoteWords(b.text)] });
  };
  if (e.qi > 0 && broken(qs[e.qi - 1], q)) join(qs[e.qi - 1], q);
  if (e.qi + 1 < qs.length && broken(q, qs[e.qi + 1])) join(q, qs[e.qi + 1]);
  return out;
}

/** Whether `part` stands in `whole` as a run of its words. */
function containsWords(whole: readonly string[], part: readonly string[]): boolean {
  if (!part.length || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    let k = 0;
    while (k < part.length && whole[i + k] === part[k]) k++;
    if (k === part.length) return true;
  }
  return false;
}

/** `self`: the file of the report's own source (CheckOptions.self), which is no evidence for it. */
export function judgeQuote(
  corpus: Corpus,
  rq: Quote,
  cited: string[],
  st: SourceText,
  unsupported: Severity | 'off',
  lenient = false,
  self?: string,
): { claim: Claim; finding?: Finding } {
  corpus.probe?.quote?.(rq, cited);
  // (a foreign name in Hangul whose given name reads as a Korean name of its own: the two words are the person)
  const family = familyAfter(peopleOf(corpus), rq.speakerId, rq.speaker?.text, self);
  if (family) rq = { ...rq, speakerId: family };
  // Messages are in the report line's language; the words are compared with the sources' words in theirs.
  const lang = rq.lang;
  const wordsLang = quoteLang(rq.text, lang);
  const index = indexOf(corpus);
  const idx = index.byLang.get(wordsLang);
  const norm = normalizeQuote(rq.text);
  const words = quoteWords(rq.text);
  type Hit = {
    e: Entry;
    exact: boolean;
    score: number;
    dropped: string[];
    added: string[];
    /** The words of the source quotation a part of it was measured against (partSimilarity). */
    window?: { from: number; len: number };
    /** The source's words when they are two pieces of one speaker's quotation joined (piecesJoined). */
    joined?: string;
  };
  const hits: Hit[] = [];
  if (idx && norm.length > 0) {
    // (entries by id: two objects of one row are one entry)
    const seen = new Set<number>();
    const frags = fragments(rq.text);
    // The fuzzy search runs over the entries that could pass the word check below (and the exact hits, which
    // take places among the best FUZZY_HITS as before), not over every quotation in the corpus.
    // Quoted words that are not plainly speech must be near the source's to count as a misquote; five
    // words or more in quotation marks are seldom a title, so they may differ a little more.
    const bar = !lenient ? CLOSE : words.length >= LENIENT_LONG_WORDS ? LENIENT_LONG : SAME_WORDS;
    const pool = wordCandidates(idx, words, bar);
    if (frags.length) {
      // Each distinct quotation once; its entries in order.
      const contains = idx.norms.map((n) => containsInOrder(n, frags));
      // Korean spacing is no misquote: outlets space words differently (`할 것`/`할것`), and a hard-wrapped source
      // breaks a word at its line end (`"데이` / `터센터가 …"`). The same syllables in order are the same words.
      if (wordsLang === 'ko') {
        const cf = frags.map(spacedOut);
        if (idx.compact?.length !== idx.norms.length) idx.compact = idx.norms.map(spacedOut);
        const compact = idx.compact;
        for (let g = 0; g < contains.length; g++) if (!contains[g]) contains[g] = containsInOrder(compact[g], cf);
      }
      for (let id = 0; id < idx.size; id++) {
        if (!contains[idx.textGroup[idx.text[id]]] || index.sources[idx.src[id]].file === self) continue;
        hits.push({ e: entryAt(index, idx, id), exact: true, score: 1, dropped: [], added: [] });
        seen.add(id);
        pool.add(id);
      }
    }
    const candidates = [...pool]
      .sort((a, b) => a - b)
      .filter((id) => index.sources[idx.src[id]].file !== self)
      .map((id) => entryAt(index, idx, id));
    const fuse = new Fuse(candidates, FUSE_OPTIONS);
    for (const r of candidates.length ? fuse.search(norm.slice(0, 400), { limit: FUZZY_HITS }) : []) {
      if (seen.has(r.item.id)) continue;
      seen.add(r.item.id);
      const sim = wordSimilarity(words, r.item.words);
      // (the bar is set above)
      if (sim.score >= bar) hits.push({ e: r.item, exact: false, ...sim });
    }
    // Part of a longer quotation, its ending adapted ("…방향이 돼야 한다" from "…방향이 돼야 하며, 그 방향이 …"): the
    // fuzzy search does not rank a long quotation for a short one, so the word-filtered candidates are measured.
    const found = new Set(hits.map((h) => h.e.id));
    // Alike entries share their words array: measured once.
    const parts = new Map<string[], ReturnType<typeof partSimilarity>>();
    for (const e of candidates) {
      if (found.has(e.id) || e.words.length <= words.length) continue;
      let part = parts.get(e.words);
      if (!part) parts.set(e.words, (part = partSimilarity(words, e.words)));
      if (part.score >= Math.max(bar, PART) || (part.score >= bar && oneStretchChanged(words, e.words, part.window)))
        hits.push({ e, exact: false, ...part });
    }
  }
  // One speaker's words the attribution broke in two (“Retraining is a word,” she said. “We want to see …”), quoted as
  // one: the source's pieces joined are what the report quotes (piecesJoined). Tried from the closest hits that miss.
  if (hits.length && !hits.some((h) => h.exact)) {
    const tried = new Set<number>();
    for (const h of [...hits].sort((a, b) => b.score - a.score).slice(0, FUZZY_HITS)) {
      if (tried.has(h.e.id)) continue;
      tried.add(h.e.id);
      for (const j of piecesJoined(h.e)) {
        if (containsWords(j.words, words)) {
          hits.push({ e: h.e, exact: true, score: 1, dropped: [], added: [], joined: j.text });
          break;
        }
        const sim = wordSimilarity(words, j.words);
        if (sim.score > h.score) Object.assign(h, sim, { joined: j.text, window: undefined });
      }
    }
  }
  const citedFirst = (h: Hit) => (cited.includes(h.e.src.key) ? 1 : 0);
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || citedFirst(b) - citedFirst(a));
  const best = hits[0];
  const people = peopleOf(corpus);
  // Where else the report's person may be written: the other sources with these words, those the line cites.
  // (the closest few: reading a source's sentence decodes it, and a generated corpus has hundreds with the same words)
  const story: Story = {
    corpus,
    hits: hits
      .filter((h) => h.exact === best?.exact && h.score === best.score)
      .slice(0, STORY_HITS)
      .map((h) => h.e),
    cited,
  };
  const speakerOf = (e: Entry) => {
    const id = resolveSpeaker(people, e.q.speakerId);
    return id ? speakerName(people, id, lang) : e.q.speaker?.text;
  };
  const refOf = (e: Entry, agrees: boolean, score: number): SourceRef => {
    const sent = e.src.sentences[e.q.sentence];
    return {
      key: e.src.key,
      file: e.src.file,
      outlet: e.src.meta.outlet,
      author: e.src.meta.authors[0],
      date: e.src.meta.date,
      title: e.src.meta.title,
      lang: e.q.lang,
      sentence: { range: sent?.range ?? e.q.range, text: sent?.text ?? e.q.text },
      match: { text: e.q.text, range: e.q.range, speaker: speakerOf(e) },
      agrees,
      score: Math.round(score * 1000) / 1000,
    };
  };
  const refs: SourceRef[] = hits
    .slice(0, MAX_QUOTE_REFS)
    .map((h) => refOf(h.e, h.exact && sameSpeaker(people, rq, h.e, self, story) === 'same', h.score));
  const claim: Claim = {
    type: 'quote',
    text: rq.text,
    range: rq.range,
    lang,
    quote: {
      words: rq.text,
      speaker: rq.speaker?.text,
      speakerId: rq.speakerId,
      speakerRange: rq.speaker ? st.range(rq.speaker.start, rq.speaker.end) : undefined,
    },
    cited,
    status: 'supported',
    sources: refs,
  };
  /** No source has these words (`other`: the quotation in another language, when a source there has it). */
  const unsupportedVerdict = (other: ReturnType<typeof otherLanguage>) => {
    claim.status = 'unsupported';
    if (unsupported === 'off') return { claim };
    return {
      claim,
      finding: {
        code: 'quote-unsupported' as const,
        severity: unsupported,
        range: rq.range,
        claim,
        message: quoteUnsupportedMessage(lang, other, wordsLang),
        fixes: [],
      },
    };
  };
  if (!best) {
    // No source has these words in their language: a source quotation in the other language they render, when one
    // stands out (crossQuotes.ts), tells whose words they are. Translated words differ from the source's whatever
    // the translator's care: never a misquote across languages.
    const t = translationOf(corpus, rq, wordsLang, people, self, cited);
    if (t?.verdict === 'different') {
      const e = t.e;
      claim.status = 'misattributed';
      claim.sources = [refOf(e, false, 0), ...refs];
      return {
        claim,
        finding: misattributedFinding(rq, claim, e, people, sourceLabel(e.src, lang), st, lang, e.q.text),
      };
    }
    // The speaker's own words in translation: information showing the original they render. No ✓: a translation is
    // not compared word for word, and a dropped "not" links as well as a kept one.
    if (t?.verdict === 'same') {
      claim.sources = [refOf(t.e, false, 0), ...refs];
      return unsupportedVerdict({ text: t.e.text, label: sourceLabel(t.e.src, lang) });
    }
    return unsupportedVerdict(otherLanguage(corpus, rq, undefined, self));
  }
  // Words close to an uncited source's, in a sentence citing a source in another language that quotes the same
  // speaker, are that source's words in translation ("Edaily reported that Trump described it as “the biggest AI
  // infrastructure project ever to happen in America” [@edaily-…]"), not a misquote of the other outlet's wording.
  if (!best.exact && cited.length && !cited.includes(best.e.src.key)) {
    const original = otherLanguage(corpus, rq, cited, self);
    if (original) return unsupportedVerdict(original);
  }
  const label = sourceLabel(best.e.src, lang);
  // Sources may give the same words to different people; a report that follows any of the closest is not wrong.
  // (one whose speaker it cannot tell excuses nothing: the closest source decides then, as before).
  const verdict = sameSpeaker(people, rq, best.e, self, story);
  const excused = hits.some(
    (h) =>
      h !== best &&
      h.exact === best.exact &&
      h.score === best.score &&
      resolveSpeaker(people, h.e.speakerId) !== undefined &&
      sameSpeaker(people, rq, h.e, self, story) === 'same',
  );
  const wrongSpeaker = verdict === 'different' && !excused;
  // Words right, speaker wrong: misattributed. Words wrong (whoever the report names): a misquote, whose message
  // names the source's speaker; the closest source words decide, so a changed word is never reported as a misattribution.
  // (the first clause of a longer quotation closed as a sentence counts as the words: closedClause below)
  const closed = !best.exact && (closedClause(words, best) || plainEnded(words, best.e.words, best.e.lang));
  if (wrongSpeaker && (best.exact || closed)) {
    claim.status = 'misattributed';
    return { claim, finding: misattributedFinding(rq, claim, best.e, people, label, st, lang) };
  }
  // The same words, letter for letter, in sources as close as each other: one that cannot tell whose they are (a chat
  // post's "The release quotes her again today: “…”", a pronoun that reaches no name) leaves them to one that names
  // their speaker. When every such source that names one gives them to someone else, the report's person is not theirs.
  if (best.exact && verdict === 'unknown' && !excused) {
    const named = hits.filter(
      (h) =>
        h !== best &&
        h.exact &&
        h.score === best.score &&
        resolveSpeaker(people, h.e.speakerId) !== undefined &&
        sameSpeaker(people, rq, h.e, self, story) === 'different',
    );
    if (named.length) {
      claim.status = 'misattributed';
      const e = named[0].e;
      return { claim, finding: misattributedFinding(rq, claim, e, people, sourceLabel(e.src, lang), st, lang) };
    }
  }
  if (best.exact) {
    // The words are the source's, but whether the report's speaker said them the sources cannot tell (a name no
    // source quotes, a speaker the source does not name): no ✓ for the speaker the report gives them to.
    if (verdict === 'unknown' && !excused) {
      // Words no source in their language gives to anyone by name (a blog's block quotation after "the vice chairman
      // ended his speech with this, through the interpreter"): the original in the other language, when one stands
      // out, tells whose words they are (as for words no source in their language has).
      const t = hits.every((h) => !(h.exact === best.exact && h.score === best.score) || !h.e.speakerId)
        ? translationOf(corpus, rq, wordsLang, people, self, cited)
        : undefined;
      if (t?.verdict === 'different') {
        claim.status = 'misattributed';
        claim.sources = [refOf(t.e, false, 0), ...refs];
        return {
          claim,
          finding: misattributedFinding(rq, claim, t.e, people, sourceLabel(t.e.src, lang), st, lang, t.e.q.text),
        };
      }
      claim.status = 'unknown';
    }
    return { claim };
  }
  // Another translator's Korean for an English speaker's words is no misquote of one outlet's Korean (the line does not
  // cite it): quiet, as the words cannot be compared with the original.
  if (
    !cited.includes(best.e.src.key) &&
    (translatorsWording(corpus, people, best) || anotherRendering(corpus, people, rq, best, self))
  ) {
    claim.status = 'unknown';
    return { claim };
  }
  // A Korean quotation of the first clause of a longer one, closed as Korean reporters close it ("…과소평가했다"고 from
  // "…과소평가했고, 같은 실수를 …"): the words are the source's up to an ending the cut made final. Not a misquote the
  // checker can tell; no ✓ either, as the words are not the source's letter for letter.
  // A formal ending closed in the plain style (“… 받을 수 없습니다.” quoted as “… 받을 수 없다”고) is how Korean writes any
  // sentence it quotes, no change to it: given to the source's own speaker, the words are theirs (✓).
  if (closed) {
    if (!(verdict === 'same' && plainEnded(words, best.e.words, best.e.lang))) claim.status = 'unknown';
    return { claim };
  }
  claim.status = 'misquoted';
  const speaker = speakerOf(best.e);
  // A part of a longer quotation (a transcript's turn, a long statement): the source's words are the stretch it quotes.
  // (as a reader sees them: a hard wrap of the source is a space, not a line break put into the report)
  const wording = oneLine(
    best.joined ?? (best.window && windowText(best.e.q.text, best.e.words, best.window, rq.text)) ?? best.e.q.text,
  );
  return {
    claim,
    finding: {
      code: 'quote-mismatch',
      severity: 'warning',
      range: rq.range,
      claim,
      message: quoteMismatchMessage(wording, speaker, label, diffText(best.dropped, best.added, lang), lang),
      fixes: [
        {
          title: sourceWordingFixTitle(lang),
          range: rq.range,
          newText: wording,
          preferred: true,
        },
      ],
    },
  };
}

/**
 * Whether the report's speaker is the source's: 'same', 'different', or 'unknown' when the sources cannot tell. Two
 * speakers the corpus knows (a lexicon person or organisation, a person the sources quote by name or by a surname
 * only one of them has) are compared as the corpus knows them. Otherwise by name: a person the report names whom
 * no source quotes is not the person the source gives the words to when their names, written in the same script,
 * are not alike ("Ed Pawlak" for the source's "Rachel Stroud"); when the names cannot be compared (one side no
 * name, or names in two scripts that do not sound alike) the sources cannot tell. A report that names no one, or
 * someone it does not name ("an analyst", a pronoun it does not resolve), says nothing of who spoke: 'same'.
 */
function sameSpeaker(people: PeopleIndex, rq: Quote, sq: Speaker, self?: string, story?: Story): SpeakerVerdict {
  const mine = resolveSpeaker(people, rq.speakerId, self),
    theirs = resolveSpeaker(people, sq.speakerId);
  // Words the source gives to someone it does not name are not a named person's (“업계 관계자는 …”, “a person
  // familiar with the plans said”): the report names whom the source does not.
  if (mine && !theirs && isPerson(mine) && unnamedSpeaker(sq)) return 'different';
  if (mine && theirs) {
    if (sameResolved(people, mine, theirs)) return 'same';
    // An organisation against a person whose organisation no source gives ("Co-CEO Victor Anand"): the report may
    // name the company for its officer, which nothing here can tell apart from another company.
    if (orgUnknownOf(people, mine, theirs)) return 'unknown';
    // The source's speaker retelling the report's person ("The mayor there, Jeong Hae-rin, told local TV last year that
    // this would change what Pohang makes …", a podcast host's turn): whose words they are, nothing here tells.
    if (sq instanceof Entry && relays(people, rq, sq, mine)) return 'unknown';
    return 'different';
  }
  if (!rq.speakerId) return unreadSpeaker(people, rq, sq, theirs ?? sq.speakerId);
  const a = namesOfSpeaker(people, mine ?? rq.speakerId),
    b = namesOfSpeaker(people, theirs ?? sq.speakerId);
  if (!mine && !b && theirs && orgForOrg(people, rq, sq, theirs)) return 'different';
  if (!a || !b) return 'unknown';
  for (const x of a.names) for (const y of b.names) if (namesAlike(x, y)) return 'same';
  // A lone word one side writes for the speaker that is the given name of the other's person ("Marisol said" in an
  // e-mail's notes, the report's Marisol Tereba): the same person for all the checker can tell, never another.
  if (givenOfOther(a, b) || givenOfOther(b, a)) return 'unknown';
  if ([rq.speaker?.text, ...a.names, ...a.surnames].some((t) => inOrgOf(b, t))) return 'same';
  // A name the corpus knows as an organisation that people speak for ("Ridgeline Hydro CEO Dana Whitt"), read as a
  // person's only for want of a list: another organisation than the speaker's is not told apart (as unreadSpeaker).
  if (!mine && a.names.some((n) => people.orgs.has(nameKey(n)))) return 'unknown';
  // (Two full names of one script with other given names are two people of one family, "Harold Pridgen" and the
  // source's "Walt Pridgen", his cousin: the family name alone does not make them one.)
  if (!givenApart(a.names, b.names))
    for (const x of a.surnames) for (const y of b.surnames) if (surnamesAlike(x, y)) return 'same';
  const scripts = (n: { names: string[]; surnames: string[] }) =>
    new Set([...n.names, ...n.surnames].map((x) => HANGUL.test(x)));
  const sb = scripts(b);
  if (![...scripts(a)].some((x) => sb.has(x))) return 'unknown';
  // A person the source names too, giving the words to someone else ("Rachel Stroud and Ed Pawlak said they wanted
  // the study finished first. “Approving first …,” Stroud said."); a name the sources never write may be a
  // spokesperson repeating the words, for all the corpus knows.
  // Only a speaker each side names in the quotation's own sentence: one found through a pronoun, carried over from
  // the paragraph before or read from a neighbouring sentence may be another person than the reader takes it for.
  // A source speaker found through a pronoun ("… Chair Archuleta said the cap would be added. “…,” she said.") is
  // the subject of the sentence right before: the report's person may stand for the pronoun only when written there
  // or in the quotation's own sentence, and is then not told apart.
  if (!(sq instanceof Entry) || !namedHere(rq)) return 'unknown';
  const near = !namedInOwnSentence(sq.src, sq.q) && pronounBefore(sq.src, sq.q);
  if (!near && !namedInOwnSentence(sq.src, sq.q)) return 'unknown';
  // The report's person must be written in the source, but not in the quotation's own sentence: there two names may
  // be the speaker and someone the speaker relays or answers ("P의 말을 인용해", "asked by P"), and which is which
  // is syntax the extractor may misread.
  // A Korean surname of one syllable is no mark of the person (정 opens 정부 and 정책): the full name is.
  // Nor a family name the source's speaker shares with the report's person, given other given names (Walt and Harold
  // Pridgen): the source writes it for its own speaker.
  const apart = givenApart(a.names, b.names);
  const marks = [
    ...a.names,
    ...a.surnames.filter((x) => !(apart && b.surnames.some((y) => surnamesAlike(x, y)))),
  ].filter((x) => !/^[가-힣]$/.test(x));
  // Nor in the sentence of another source with the same words: the report may follow that source.
  // (A relative clause describing the speaker is not read: "…,” said Walt Pridgen, who farms near Girard and is Harold
  // Pridgen's cousin" names the report's Harold Pridgen as no relay.)
  const sentenceOf = (e: Entry) => {
    const sent = e.src.sentences[e.q.sentence];
    return sent ? withoutSpeaker(e.src.text, sent, e.q) : e.q.text;
  };
  if ([sq, ...(story?.hits ?? [])].some((e) => marks.some((x) => writes(sentenceOf(e), x)))) return 'unknown';
  const full = a.names.filter((n) => (HANGUL.test(n) ? /\s/.test(n.trim()) || isKoreanName(n) : /\s/.test(n.trim())));
  // A person the report names in full and places in another organisation than any the sources place the speaker in
  // ("대진에너지 권영석 대표는" for words the sources give to Stargate's 레나타 솔리스하트): no spokesperson of the
  // speaker's repeating them, whether the sources write the person or not.
  const otherOrg = () => full.length > 0 && orgsApart(people, rq, b);
  if (near) {
    const sents = sq.src.sentences;
    const from = sents[Math.max(0, sq.q.sentence - PRONOUN_REACH)]?.start ?? 0;
    if (marks.some((x) => writes(sq.src.text.slice(from, sents[sq.q.sentence].end), x))) return 'unknown';
    // (only the source's own text: another article naming the person says nothing of this pronoun)
    return marks.some((x) => writtenIn(sq.src, x)) || otherOrg() ? 'different' : 'unknown';
  }
  if (marks.some((x) => writtenIn(sq.src, x))) return 'different';
  // Another article on the same story writing the report's person by full name (a surname alone may be anyone's):
  // one with the same words, one the line cites, one that quotes the source's speaker too.
  if (!full.length) return 'unknown';
  if (story)
    for (const src of storySources(story, people, theirs, sq.src, self))
      if (full.some((x) => writes(src.text, x))) return 'different';
  return otherOrg() ? 'different' : 'unknown';
}

/**
 * An organisation's own words (“In a statement, Oracle said the campus would use …”) that the report gives to another
 * organisation, named alone ("Harbor Digital said …"): one the corpus knows as an organisation (people are placed in
 * it), which the source writes outside the quotation's sentence (the developer "building for Oracle" it names two
 * sentences up) and whose name neither holds nor is held by the speaker's. A lexicon organisation speaking in its own
 * sentence only: a person's words may be their organisation's, and a name the source writes in the quotation's own
 * sentence may be the one relaying them.
 */
/** A lexicon organisation's names, as nameKey gives them. */
function orgNames(c: NonNullable<ReturnType<typeof concept>>): string[] {
  return [...c.en, ...c.ko, ...(c.variants?.en ?? []), ...(c.variants?.ko ?? [])].map((n) =>
    nameKey(n.replace(/\*$/, '')),
  );
}
function orgForOrg(people: PeopleIndex, rq: Quote, sq: Speaker, theirs: string): boolean {
  const c = concept(theirs);
  const phrase = rq.speaker?.text.trim();
  if (c?.type !== 'org' || !phrase || !namedHere(rq) || !people.orgs.has(nameKey(phrase))) return false;
  if (!(sq instanceof Entry) || !namedInOwnSentence(sq.src, sq.q)) return false;
  const mine = nameKey(phrase);
  if (orgNames(c).some((n) => !n || mine.includes(n) || n.includes(mine))) return false;
  const sent = sq.src.sentences[sq.q.sentence];
  const own = sent ? sq.src.text.slice(sent.start, sent.end) : sq.q.text;
  return writtenIn(sq.src, phrase) && !writes(own, phrase);
}

/**
 * Whether the report's speaker phrase places its person in an organisation known as one by its name (a lexicon
 * organisation, one the sources place a quoted person in, a Korean organisation by its own name: `대진에너지`, not
 * `회사`) that is none of the organisations the sources place the source's speaker in: not the same name, neither name
 * holding the other (`Stargate` and `Stargate Korea`), no lexicon organisation in common. The speaker must have an
 * organisation in the report's script or the lexicon's (another script's name the lexicon does not know may be the
 * same company spelled otherwise).
 */
function orgsApart(people: PeopleIndex, rq: Quote, b: { orgs?: ReadonlySet<string> }): boolean {
  const phrase = rq.speaker?.text;
  // (or the organisation of a role the report sets apart from the name: "Taesung's chief executive, Cho Yun-sang,")
  const org = (phrase ? parsePerson(phrase)?.org?.trim() : undefined) || (rq as Quote & { org?: string }).org;
  const theirs = [...(b.orgs ?? [])];
  if (!org || !theirs.length) return false;
  const ko = HANGUL.test(org);
  const lexOrgs = (t: string, lang: Lang) =>
    findTerms(t, lang)
      .filter((h) => concept(h.id)?.type === 'org')
      .map((h) => h.id);
  const mine = lexOrgs(org, ko ? 'ko' : 'en');
  const key = nameKey(org);
  if (!mine.length && !people.orgs.has(key) && !(ko ? koNamedOrg(org) : false)) return false;
  let comparable = false;
  for (const t of theirs) {
    // (the index keeps the lexicon's ids of an organisation beside its name's key: "오픈AI 에너지" is openai too)
    if (concept(t)?.type === 'org') {
      if (mine.includes(t)) return false;
      comparable = true;
      continue;
    }
    if (key === t || key.includes(t) || t.includes(key)) return false;
    if (lexOrgs(t, HANGUL.test(t) ? 'ko' : 'en').some((id) => mine.includes(id))) return false;
    if (HANGUL.test(t) === ko) comparable = true;
  }
  return comparable;
}

/** Words in a clause describing the speaker that make the clause a relay after all ("who was quoting P"). */
const RELAY_CLAUSE = /\b(?:quot|cit|ask|repeat|echo|paraphras|relay|read(?:ing)?\b|answer|respond|repl)/i;

/**
 * A source quotation's sentence with an English relative clause right after the speaker's name that describes the
 * speaker (", who farms near Girard and is Harold Pridgen's cousin"), up to the next comma or
 * the sentence's end: a person named there is not whom the speaker relays or answers. A clause that speaks of
 * quoting, asking or answering is kept.
 */
function withoutSpeaker(text: string, sent: { start: number; end: number }, q: Quote): string {
  const out = text.slice(sent.start, sent.end);
  const sp = q.speaker;
  if (!sp || sp.start < sent.start || sp.end > sent.end || (q as Quote & { pronoun?: Span }).pronoun) return out;
  const from = sp.end - sent.start;
  const clause = /^,\s+(?:who|whose)\s[^,;:"“”]*/.exec(out.slice(from));
  if (!clause || RELAY_CLAUSE.test(clause[0])) return out;
  const to = from + clause[0].length;
  return out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
}

/**
 * Whether every pair of full names of one script on the two sides gives other given names (and there is such a pair):
 * "Harold Pridgen" and "Walt Pridgen", not "Walt Pridgen" and "Walter Pridgen" or "J. Pridgen", nor "Gail Mercer" and the
 * "Trustees Gail Mercer" a title made. Latin letters only: a
 * Korean name's given name is not told apart from its family name by spaces.
 */
function givenApart(a: readonly string[], b: readonly string[]): boolean {
  let pairs = 0;
  for (const x of a)
    for (const y of b) {
      if (HANGUL.test(x) || HANGUL.test(y)) continue;
      const wx = x.trim().split(/\s+/),
        wy = y.trim().split(/\s+/);
      if (wx.length < 2 || wy.length < 2) continue;
      // (any word before the family name on one side alike with one on the other: "Trustees Gail Mercer" and "Gail
      // Mercer", "John F. Kennedy" and "John Kennedy")
      const given = (w: string[]) => w.slice(0, -1).map((x) => x.replace(/\.$/, '').toLowerCase());
      const gx = given(wx),
        gy = given(wy);
      pairs++;
      if (gx.some((a) => gy.some((b) => a.startsWith(b) || b.startsWith(a)))) return false;
    }
  return pairs > 0;
}

/**
 * Whether a source quotation retells what the report's person said: its own words name the person (by a name of more
 * than one syllable) and the report's words follow the name in the same sentence of the quotation.
 */
function relays(people: PeopleIndex, rq: Quote, e: Entry, mine: string): boolean {
  // The person as the corpus knows them and as the report writes them ("Park Min-jae" for the sources' 박민재).
  const names = new Set<string>();
  for (const id of [mine, rq.speakerId]) {
    const n = namesOfSpeaker(people, id);
    for (const x of [...(n?.names ?? []), ...(n?.surnames ?? [])]) names.add(x);
  }
  const frags = fragments(rq.text);
  if (!frags.length) return false;
  const text = e.text;
  const letter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  for (const x of names) {
    if (!x || /^[가-힣]$/.test(x)) continue;
    for (let i = text.indexOf(x); i >= 0; i = text.indexOf(x, i + 1)) {
      // A name as a word of its own (a Hangul one may take a particle).
      if (letter(text[i - 1]) || (!HANGUL.test(x) && letter(text[i + x.length]))) continue;
      const from = i + x.length;
      const stop = /[.!?。](?=\s|$)/.exec(text.slice(from));
      const rest = text.slice(from, stop ? from + stop.index + 1 : text.length);
      if (containsInOrder(normalizeQuote(rest), frags)) return true;
    }
  }
  return false;
}

/** A report quotation's story: the source quotations with its words, and the keys its line cites. */
interface Story {
  corpus: Corpus;
  hits: Entry[];
  cited: string[];
}
/** At most this many other articles of a story are read for the report's person (a bound on the text read). */
const STORY_SOURCES = 12;
/** At most this many of the closest source quotations are read for the report's person. */
const STORY_HITS = 8;

/**
 * The other articles on a quotation's story: those with the same words, those the report's line cites, those that
 * quote the source's speaker (in either script); not the quotation's own source nor the report's.
 */
function storySources(story: Story, people: PeopleIndex, speaker: string | undefined, own: Source, self?: string) {
  const out = new Set<Source>();
  const add = (src: Source | undefined) => {
    if (src && src !== own && src.file !== self && out.size < STORY_SOURCES) out.add(src);
  };
  for (const e of story.hits) add(e.src);
  for (const k of story.cited) add(story.corpus.byKey(k));
  if (speaker) for (const f of personFiles(people, speaker)) add(story.corpus.sourceOfFile(f));
  return out;
}

/** A report quotation whose speaker is named at the quotation, not through a pronoun or carried over. */
function namedHere(q: Quote): boolean {
  const r = q as Quote & { pronoun?: Span; carried?: boolean };
  return !!q.speaker && !r.pronoun && !r.carried;
}

/**
 * A source quotation whose speaker phrase is in its own sentence and is no pronoun, or is the heading of the written
 * statement the quotation is a paragraph of ("VII. STATEMENT OF COMMISSIONER BROUSSARD, DISSENTING": no other reading
 * of who speaks there), or an office's label alone on its line over the answer the quotation is in.
 */
function namedInOwnSentence(src: Source, q: Quote): boolean {
  const sent = src.sentences[q.sentence];
  if (!namedHere(q) || !sent) return false;
  if (q.speaker!.start >= sent.start && q.speaker!.end <= sent.end) return true;
  if (q.speaker!.end > q.start) return false;
  const t = src.text;
  const ls = t.lastIndexOf('\n', q.speaker!.start) + 1;
  const le = t.indexOf('\n', q.speaker!.end);
  const line = t.slice(ls, le < 0 ? t.length : le);
  // (or the office's label over a written answer, "Minister of State at … (Deputy Deirdre Fahy):")
  return (line.length <= 160 && RE_STATEMENT_HEAD.test(line)) || (line.length <= 200 && isOfficeLabel(line));
}

/** How many sentences before a quotation's own a pronoun's person is written (pronounBefore). */
const PRONOUN_REACH = 1;

/**
 * A source quotation whose speaker is a pronoun ("…,” she said") the extractor resolved to a name written in the
 * sentence right before the quotation's, not carried over from another paragraph.
 */
function pronounBefore(src: Source, q: Quote): boolean {
  const r = q as Quote & { pronoun?: Span; carried?: boolean };
  const prev = src.sentences[q.sentence - 1];
  return (
    !!q.speaker && !!r.pronoun && !r.carried && !!prev && q.speaker.start >= prev.start && q.speaker.end <= prev.end
  );
}

/**
 * Whether a source writes a name: in its text, or in what it says of itself, its headline and its byline (a post's
 * author, whose page gives the name only above the post: "강희준 군산시장" over "나승필 대표님은 "…"라고 하셨습니다").
 */
function writtenIn(src: Source, name: string): boolean {
  return writes(src.text, name) || [src.meta.title, ...src.meta.authors].some((t) => !!t && writes(t, name));
}
/**
 * Whether a text writes a name as a word of its own; a Latin name in capitals too, as a signature block or a heading
 * sets it ("CHAIRMAN RAYMOND J. FONTENOT" writes Fontenot).
 */
function writes(text: string, name: string): boolean {
  if (!name) return false;
  if (/\p{Ll}/u.test(name) && !HANGUL.test(name) && writesAsIs(text, name.toUpperCase())) return true;
  return writesAsIs(text, name);
}
function writesAsIs(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = text[i - 1],
      after = text[i + name.length];
    const letter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
    // Hangul names take particles ("스트라우드는"): only what comes before must not be a letter.
    if (!letter(before) && (HANGUL.test(name) || !letter(after))) return true;
  }
  return false;
}

type SpeakerVerdict = 'same' | 'different' | 'unknown';

/**
 * A report that names its speaker in words no rule reads as a person or an organisation ("토마시 비에르지비츠키
 * 브라이트라인리서치 애널리스트는", a long transliterated name): the same speaker when the phrase writes the source's
 * speaker's name, unknown when the source names a person the phrase does not write; a phrase that names no one
 * ("an analyst", "업계 관계자는", a pronoun) says nothing of who spoke.
 */
function unreadSpeaker(people: PeopleIndex, rq: Quote, sq: Speaker, theirs: string | undefined): SpeakerVerdict {
  const phrase = rq.speaker?.text.trim();
  // A pronoun, or one of a kind ("an analyst", "한 군의원은", "일부 주민은"): no name.
  if (
    !phrase ||
    !namedHere(rq) ||
    unnamedSpeaker(rq) ||
    /^(?:he|she|they|we|i|you|그|그녀)$/i.test(phrase) ||
    UNNAMED_OPENING.test(phrase) ||
    /^(?:한|어느|일부|익명의|복수의|다른|여러)\s/.test(phrase)
  )
    return 'same';
  // A title or a role alone ("the mayor", "군의원은") or an organisation names no person either; in Hangul a name
  // is a Korean name or a word shaped like a transliteration (not "들어서", a verb misread as the speaker).
  const b = namesOfSpeaker(people, theirs);
  const words = phrase.split(/\s+/);
  const naming = HANGUL.test(phrase)
    ? words.some(
        (w) => /^[가-힣]+$/.test(w) && !koIsTitle(w) && !koIsOrg(w) && (isKoreanName(w) || TRANSLITERATED.test(w)),
      )
    : words.some((w, i) => /^\p{Lu}\p{Ll}/u.test(w) && !(i === 0 && /^(?:The|A|An)$/.test(w)));
  // A role alone is the source's speaker when the source gives that role ("the mayor" for "Mayor Ann Brasch",
  // "장관은" for "박지훈 과기정통부 장관"); another role, or none, is not confirmed.
  if (!naming) {
    // No name and no title either (a verb misread as the speaker): nothing read.
    const titled = words.some((w) => (HANGUL.test(w) ? koIsTitle(w) : isTitleToken(w.toLowerCase())));
    // An organisation by its name ("한빛전력은", not "회사는"): the one the sources place the speaker in stands for
    // the speaker, another is not confirmed (as a capitalized name is in English).
    const org = words.find((w) => koNamedOrg(w));
    if (org && !titled && b?.names.length) return inOrgOf(b, org) || inOrgOf(b, phrase) ? 'same' : 'unknown';
    if (!titled) return 'same';
    const given = sq.speaker?.text.toLowerCase();
    if (!given || !b) return 'same';
    const roles = words.map((w) => w.toLowerCase()).filter((w) => w.length >= 2 && !/^(?:the|an)$/.test(w));
    // A Korean title by its ending too ("군의원" and "문 의원"): lenient, as 'same' only spares a ✓.
    const suffixes = (w: string) =>
      HANGUL.test(w) ? [...w].map((_, i) => w.slice(i)).filter((x) => x.length >= 2) : [w];
    return roles.some((w) => suffixes(w).some((x) => given.includes(x))) ? 'same' : 'unknown';
  }
  // An organisation's own words (a lexicon organisation's statement) and a report phrase naming an organisation, not
  // a person ("Pinecrest Infrastructure said …" for SoftBank's statement): the same organisation when the phrase
  // writes its name, another when the source writes the phrase's elsewhere (orgForOrg); else not confirmed.
  const c = !b && theirs ? concept(theirs) : undefined;
  if (c?.type === 'org' && (people.orgs.has(nameKey(phrase)) || !parsePerson(phrase)?.name)) {
    if (orgNames(c).some((n) => n.length > 1 && nameKey(phrase).includes(n))) return 'same';
    return orgForOrg(people, rq, sq, theirs!) ? 'different' : 'unknown';
  }
  if (!b || !b.names.length) return 'same';
  const written = [...b.names, ...b.surnames].some((n) => n && phrase.includes(n));
  return written || inOrgOf(b, phrase) ? 'same' : 'unknown';
}

/**
 * Whether the report's words name the organisation the sources place the speaker in ("Vantage said" for the words
 * of Vantage's president): a quotation goes to an organisation when no person is named, as sameResolved allows for
 * the lexicon's organisations.
 */
function inOrgOf(b: { orgs?: ReadonlySet<string> }, t: string | undefined): boolean {
  return !!t && !!b.orgs?.has(nameKey(t));
}

/** Whether a speaker known by a lone word only (`lone`) may be called by the given name of the other's full name. */
function givenOfOther(lone: { names: string[]; surnames: string[] }, other: { names: string[] }): boolean {
  if (lone.names.length) return false;
  const given = new Set(
    other.names
      .map((n) => n.trim().split(/\s+/))
      .filter((ws) => ws.length >= 2 && !HANGUL.test(ws[0]))
      .map((ws) => nameKey(ws[0])),
  );
  return lone.surnames.some((s) => given.has(nameKey(s)));
}

/** The names and surnames of a speaker who is a person (resolved or not), or nothing for any other speaker. */
function namesOfSpeaker(
  people: PeopleIndex,
  id: string | undefined,
): { names: string[]; surnames: string[]; orgs?: ReadonlySet<string> } | undefined {
  if (!id) return undefined;
  if (id.startsWith(SURNAME_ID)) return { names: [], surnames: [id.slice(SURNAME_ID.length)] };
  // (personNames gives a name no source quotes as written: "person:Ed Pawlak".)
  const n = personNames(people, id);
  return n.names.length || n.surnames.length ? n : undefined;
}

const UNNAMED_EN = new RegExp(`\\b(?:${alternation(peopleWords.en.unnamed)})\\b`, 'i');
const UNNAMED_KO = new RegExp(`(?:${alternation(peopleWords.ko.unnamed)})$`);
const UNNAMED_OPENING = /^(?:a|an|one|two|three|several|some|people|sources?|officials?)\b/i;

/** A speaker phrase that is a person the article does not name: “데이터센터 업계 관계자”, “a person familiar with …”. */
function unnamedSpeaker(q: Speaker): boolean {
  const t = q.speaker?.text.trim();
  if (!t || q.speakerId) return false;
  const named = parsePerson(t);
  if (named?.name || named?.surname) return false;
  return /[가-힣]/.test(t) ? UNNAMED_KO.test(t) : UNNAMED_OPENING.test(t) && UNNAMED_EN.test(t);
}

/** A resolved speaker that is a person (a name the sources quote, or a lexicon person), not an organisation. */
function isPerson(id: string): boolean {
  return id.startsWith(PERSON_ID) || concept(id)?.type === 'person';
}

/** Replace just the name inside the speaker phrase ("OpenAI CEO Sam Altman" keeps "OpenAI CEO"; "박 장관" keeps "장관"). */
function speakerFix(
  rq: Quote,
  right: string,
  st: SourceText,
): { range: ReturnType<SourceText['range']>; newText: string } | undefined {
  if (!rq.speaker) return undefined;
  const hits = findTerms(rq.speaker.text, rq.lang);
  const person = hits.find((h) => concept(h.id)?.type === 'person');
  const named = person ? undefined : parsePerson(rq.speaker.text);
  const span = person ?? named ?? hits.find((h) => concept(h.id)?.type === 'org');
  const s = rq.speaker.start + (span?.start ?? 0),
    e = span ? rq.speaker.start + span.end : rq.speaker.end;
  return { range: st.range(s, e), newText: right };
}

/** The same speaker quoted in another language (in the given sources only, when given), so a translated quote can be checked by eye. */
function otherLanguage(
  corpus: Corpus,
  rq: Quote,
  only?: string[],
  self?: string,
): { text: string; label: string } | undefined {
  if (!rq.speakerId) return undefined;
  // The speaker as the corpus knows them, in either script ("대니얼 휘트모어" is the sources' Daniel Whitmore).
  const people = peopleOf(corpus);
  const resolved = resolveSpeaker(people, rq.speakerId, self);
  const same = (id: string | undefined) => {
    if (id === rq.speakerId) return true;
    const theirs = resolveSpeaker(people, id);
    return !!resolved && !!theirs && sameResolved(people, resolved, theirs);
  };
  // Among the speaker's quotations in the other language, the one sharing most lexicon concepts
  // ("Stargate", "AI", "project") is the likeliest original of a translated quote.
  const words = quoteLang(rq.text, rq.lang);
  const mine = new Set(findTerms(rq.text, words).map((h) => h.id));
  let best: { e: Entry; n: number } | undefined;
  const idx = indexOf(corpus);
  for (const [lang, l] of idx.byLang) {
    if (lang === words) continue;
    for (let id = 0; id < l.size; id++) {
      const src = idx.sources[l.src[id]];
      if ((only && !only.includes(src.key)) || src.file === self || !same(idx.speakers[l.who[id]].id)) continue;
      const e = entryAt(idx, l, id);
      const n = findTerms(e.text, e.lang).filter((h) => mine.has(h.id)).length;
      if (!best || n > best.n) best = { e, n };
    }
  }
  return best && { text: best.e.text, label: sourceLabel(best.e.src, rq.lang) };
}

/** A translation needs this many units linked to its original (figures, concepts, names, paired words). */
const CROSS_MIN_LINKS = 3;
/** A link of a lexicon organisation or person, or of the venture itself ("c:openai", "c:stargate"). */
function entityLink(k: string): boolean {
  if (!k.startsWith('c:')) return false;
  const c = concept(k.slice(2));
  return !!c && (c.type === 'org' || c.type === 'person' || !!c.venture);
}
/** ... or this many, when they are every unit of both quotations. */
const CROSS_WHOLE_LINKS = 2;
/** and no other quotation (by another speaker) this close to the best's weight. */
const CROSS_MARGIN = 0.5;

/**
 * The source quotation in the other language that a report quotation renders, when one stands out, and whether the
 * report's speaker is its speaker ('same') or another person ('different'); undefined when no quotation stands out
 * or the speakers cannot be told apart.
 */
function translationOf(
  corpus: Corpus,
  rq: Quote,
  wordsLang: Lang,
  people: PeopleIndex,
  self: string | undefined,
  cited: string[],
): { verdict: 'same' | 'different'; e: Entry } | undefined {
  const cross = translated(corpus, rq, wordsLang, self);
  const top = cross?.ranked[0];
  if (!cross || !top) return undefined;
  // The venture and its companies and people (OpenAI, SoftBank, Stargate) are what every article on it names: links
  // of what the words say (figures, topics, places, other names) must make the count without them. A line of two
  // words ("임대가 곧 담보", "The lease is the collateral") has no third: it links whole, every unit of both, or not.
  const said = top.linked.filter((k) => !entityLink(k)).length;
  if (said < CROSS_MIN_LINKS && !(said >= CROSS_WHOLE_LINKS && cross.whole(top))) return undefined;
  const es = cross.entries(top.group);
  const story: Story = { corpus, hits: es.slice(0, STORY_HITS), cited };
  const speakers = es.map((e) => resolveSpeaker(people, e.speakerId));
  // Another speaker's quotation nearly as close: which one the report renders is not clear. (The same speaker's
  // words in another outlet's wording are no rival.)
  const sameAsTop = (e: Entry) => {
    const id = resolveSpeaker(people, e.speakerId);
    return !!id && speakers.some((s) => !!s && sameResolved(people, s, id));
  };
  // (A rival that links fewer of the report's words, every one of them the best's too, is no other reading, here or
  // below: the water and the drop a farmer's “물 한 방울이 아쉽다” shares with an official's “군민이 마시는 물은 한 방울도
  // 가져가지 않는다”, where the best links the residents as well; what the report's words say beyond the rival's is
  // the best's alone.)
  const within = (m: CrossMatch) => m.count < top.count && m.linked.every((k) => top.linked.includes(k));
  for (const m of cross.ranked.slice(1)) {
    if (m.score <= top.score * CROSS_MARGIN) break;
    if (within(m)) continue;
    if (!cross.entries(m.group).every(sameAsTop)) return undefined;
  }
  const verdicts = es.map((e) => {
    const v = sameSpeaker(people, rq, e, self, story);
    return v === 'unknown' && writesOtherPerson(people, rq, e) ? 'different' : v;
  });
  const same = verdicts.indexOf('same');
  if (same >= 0) return { verdict: 'same', e: es[same] };
  if (!verdicts.every((v) => v === 'different')) return undefined;
  // The report's speaker quoted in the other language in words that link to the report's too: the report may render
  // those words, in a translation that happens to meet another's more.
  // Two links far below the best (the wind and the sea a farmer's words share with an executive's) are what any two
  // quotations on one place share; a rendering links as many as the best does.
  for (const m of cross.ranked.slice(1)) {
    if (m.count < 2 || (m.count < CROSS_MIN_LINKS && m.score <= top.score * CROSS_MARGIN) || within(m)) continue;
    if (cross.entries(m.group).some((e) => sameSpeaker(people, rq, e, self, story) !== 'different')) return undefined;
  }
  // A part of a shared corpus (corpus/pg.ts) ranks with the whole's counts and holds every quotation the loops above
  // consult (PartOfCorpus.cross); one of a store without them cannot tell whether this one stands out.
  if (corpus.partOf && !corpus.partOf.cross) return undefined;
  const named = speakers.findIndex(Boolean);
  return { verdict: 'different', e: es[named >= 0 ? named : 0] };
}

/**
 * Whether a report's Korean quotation that differs from a source's Korean rendering of words spoken in another language
 * differs as two translators do. The source quotation is a rendering when its speaker is quoted in English elsewhere
 * in the corpus. Each word the report has in place of the source's (as many as it drops) is then either the same word
 * with another ending where the source ends a sentence (two sentences joined: "칩이 아니다. 변압기와 인허가다" and "칩이
 * 아니라 변압기와 인허가") or a word another Korean quotation of the same speaker has (another outlet's rendering:
 * "송전망" for "전력망"). A word dropped or added alone, or changed otherwise, is still a misquote.
 */
function translatorsWording(
  corpus: Corpus,
  people: PeopleIndex,
  hit: { e: Entry; dropped: string[]; added: string[] },
): boolean {
  const { e, dropped, added } = hit;
  if (e.lang !== 'ko' || !dropped.length || dropped.length !== added.length) return false;
  const who = resolveSpeaker(people, e.speakerId);
  if (!who || !isPerson(who)) return false;
  const idx = indexOf(corpus);
  const same = (l: LangIndex, x: number) => {
    const id = resolveSpeaker(people, idx.speakers[l.who[x]].id);
    return !!id && sameResolved(people, who, id);
  };
  const en = idx.byLang.get('en'),
    ko = idx.byLang.get('ko');
  if (!idsOf(en).some((x) => idx.sources[en!.src[x]] !== e.src && same(en!, x))) return false;
  const others = idsOf(ko)
    .filter((x) => alikeAt(ko!, x).group !== e.group && same(ko!, x))
    .map((x) => alikeAt(ko!, x));
  const norm = e.norm;
  const endsSentence = (w: string) =>
    new RegExp(`(?:^|\\s)${escapeRe(w)}(?:[.!?。]|$)`, 'u').test(norm) ||
    new RegExp(`(?:^|\\s)${escapeRe(w)}[.!?。]`, 'u').test(e.text.toLowerCase());
  const prefix = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return added.every((w, k) => {
    const d = dropped[k];
    const p = prefix(w, d);
    if (HANGUL.test(d) && p >= Math.max(1, Math.min(w.length, d.length) - 2) && endsSentence(d)) return true;
    return others.some((x) => x.words.includes(w));
  });
}

/**
 * Whether a report's Korean quotation is a run of the source's words whose last word, which ends a sentence of the
 * source, the report closes in the plain style a written quotation takes (“… 항구가 있습니다. 후보지 중 …” quoted as
 * “… 항구가 있다”고): 있습니다 / 있다, 했습니다 / 했다, 됩니다 / 된다, 입니다 / 이다.
 */
export function plainEnded(words: readonly string[], source: readonly string[], lang: Lang): boolean {
  const k = words.length - 1;
  if (lang !== 'ko' || k < 1) return false;
  for (let i = 0; i + k < source.length; i++) {
    let same = true;
    for (let j = 0; j < k && same; j++) same = source[i + j] === words[j];
    if (same && plainOf(source[i + k]).includes(words[k])) return true;
  }
  return false;
}

/** The plain-style forms of a formal (합쇼체) final word: 있습니다 → 있다; 않습니다 → 않는다; 됩니다 → 된다, 되다; 입니다 → 이다. */
function plainOf(w: string): string[] {
  const m = /^(.*?)([\uac00-\ud7a3])니다$/.exec(w);
  if (!m) return [];
  const [, head, syl] = m;
  // (a verb's stem closed by a consonant takes 는다: 않습니다 / 않는다, 먹습니다 / 먹는다; an adjective's 다: 있습니다 / 있다)
  if (syl === '습') return head ? [head + '다', head + '는다'] : [];
  const code = syl.charCodeAt(0) - 0xac00;
  // a syllable closed by ㅂ (final 17): the stem is the syllable without it, and a verb's plain form adds ㄴ (final 4)
  if (code % 28 !== 17) return [];
  const open = String.fromCharCode(0xac00 + code - 17);
  return [head + open + '다', head + String.fromCharCode(0xac00 + code - 17 + 4) + '다'];
}

/** A Korean connective ending that joins a clause to the next (했고, 하며, 하면서, 했는데, 했지만, 했으나, 해서). */
const KO_CONNECTIVE = /(?:고|며|면서|는데|은데|지만|으나|나|서|니)$/;
/** A Korean final ending that closes a quoted sentence (했다, 합니다, 해요, 하죠). */
const KO_FINAL = /(?:다|요|죠)$/;

/**
 * Whether a report's Korean quotation differs from the source's only in its last word, the source's word with a
 * connective ending and more words after it, the report's the same stem closed with a final ending: the first clause of
 * the quotation, quoted as a sentence.
 */
function closedClause(words: readonly string[], hit: { e: Entry; dropped: string[]; added: string[] }): boolean {
  const { e, dropped, added } = hit;
  if (e.lang !== 'ko' || dropped.length !== 1 || added.length !== 1 || added[0] !== words[words.length - 1])
    return false;
  const d = dropped[0],
    a = added[0];
  const at = e.words.indexOf(d);
  const m = KO_CONNECTIVE.exec(d);
  if (at < 0 || at === e.words.length - 1 || !m || !KO_FINAL.test(a) || !HANGUL.test(a)) return false;
  // the same stem, letter by letter (한다 holds the 하 of 하며: 하 and ㄴ)
  const stem = d.slice(0, m.index);
  return stem.length > 0 && a.length > stem.length - 1 && a.normalize('NFD').startsWith(stem.normalize('NFD'));
}

/** A Korean word that negates: a rendering that adds or drops one says the opposite. */
const KO_NEGATION = /않|없|아니|아닌|못|^안$|말고/;
/** How many units of an outlet's Korean rendering must link to an English quotation for it to be the rendering's original. */
const ORIGINAL_MIN_LINKS = 2;

/**
 * Whether a report's Korean quotation differs from an outlet's Korean rendering only as another translator's would. The
 * English original of those very words is in the corpus: a quotation in another source by the same person (the outlet's
 * speaker or the report's) to which the outlet's rendering links by two units or more (crossQuotes.ts: names, figures,
 * the lexicon's concepts, quoteWords.json's everyday pairs). Each word the report has in place of the outlet's is then
 * that word with another particle (전력망을 / 전력망), or another word where nothing shows the original said the
 * outlet's: the outlet's word links to no word of the original, or the report's links too (손님 / 고객 for "a customer",
 * 보고 / 때문에 for "for the grid"). Not when a figure differs, a word adds or drops a negation, the outlet's word is
 * re-ended (없었으면 / 없었다면: the outlet's rendering edited, not another one), or the outlet's word renders the
 * original and the report's does not: those are changes to what the speaker said.
 */
function anotherRendering(
  corpus: Corpus,
  people: PeopleIndex,
  rq: Quote,
  hit: { e: Entry; dropped: string[]; added: string[] },
  self?: string,
): boolean {
  const { e, dropped, added } = hit;
  if (e.lang !== 'ko' || !HANGUL.test(rq.text) || !dropped.length || dropped.length !== added.length) return false;
  const who = [resolveSpeaker(people, e.speakerId), resolveSpeaker(people, rq.speakerId, self)].filter(
    (x): x is string => !!x && isPerson(x),
  );
  if (!who.length) return false;
  const index = indexOf(corpus);
  const en = index.byLang.get('en');
  const english = idsOf(en).filter((x) => {
    const src = index.sources[en!.src[x]];
    if (src === e.src || src.file === self) return false;
    const id = resolveSpeaker(people, index.speakers[en!.who[x]].id);
    // (one person written in two scripts: 잉그리드 솔베르그, Ingrid Solberg)
    const theirs = id && isPerson(id) ? namesOfSpeaker(people, id)?.names : undefined;
    return (
      !!id &&
      who.some(
        (w) =>
          sameResolved(people, w, id) ||
          (namesOfSpeaker(people, w)?.names ?? []).some((a) => theirs?.some((b) => namesAlike(a, b))),
      )
    );
  });
  if (!english.length) return false;
  // The original: the speaker's English quotation the outlet's rendering links to most, by two units or more.
  const texts = [...new Set(english.map((x) => en!.texts[en!.text[x]]))];
  const idx = buildCrossIndex(texts, 'en');
  const top = crossMatches(idx, crossUnits(e.text, 'ko'), corpus.weights)[0];
  if (!top || top.count < ORIGINAL_MIN_LINKS) return false;
  const original = buildCrossIndex([texts[top.group]], 'en');
  const renders = (w: string) =>
    crossMatches(original, crossUnits(w, 'ko'), corpus.weights).length > 0 ||
    compoundHeads(w).some(
      (h) => crossMatches(original, { keys: h.map((p) => 'v:' + p), words: [] }, corpus.weights).length > 0,
    );
  // A figure changed is a change, whatever the words around it.
  const figs = (t: string) =>
    crossUnits(t, 'ko')
      .keys.filter((k) => k.startsWith('f:'))
      .sort()
      .join(' ');
  if (figs(rq.text) !== figs(e.text)) return false;
  const particle = (long: string, short: string) =>
    long.startsWith(short) && koWords.particles.suffixes.includes(long.slice(short.length));
  let reworded = false;
  for (let k = 0; k < added.length; k++) {
    const a = added[k],
      d = dropped[k];
    if (!HANGUL.test(a) || !HANGUL.test(d) || /\d/.test(a + d)) return false;
    if (KO_NEGATION.test(a) !== KO_NEGATION.test(d)) return false;
    if (particle(a, d) || particle(d, a)) continue;
    // (the same word re-ended: the outlet's rendering edited; translatorsWording lets it pass only where a sentence ends)
    if (a[0] === d[0]) return false;
    if (renders(d) && !renders(a)) return false;
    // A thing the outlet names by a domain term (변압기, the lexicon's power) that links to no word of the original
    // renders a word the lexicon does not pair ("transformer"), not nothing: another word in its place that renders
    // nothing of the original either (전력망) names another thing.
    if (!renders(d) && !renders(a) && domainTerm(d)) return false;
    // A word the vocabulary pairs (공장, factory) in place of one it does not (방 for "the rooms where water is made")
    // names a thing the original does not say, where the outlet's word may render the original's word the vocabulary
    // has no pair for: a change, not another translator's word (two words it does not pair, 건너 for 가로질러, are).
    if (!renders(a) && everydayPairs(a).length > 0 && everydayPairs(d).length === 0) return false;
    reworded = true;
  }
  return reworded;
}

/** Whether a Korean word is a term of one of the lexicon's topics (변압기, 전력망을: power), a particle or copula after it. */
function domainTerm(w: string): boolean {
  return termsIn(w, 'ko').some((h) => h.start === 0 && concept(h.id)?.type === 'topic');
}

/** Syllables a Korean compound's modifier takes before its head (대한해협: 대한 and 해협), and its head at least. */
const COMPOUND_PART = 2;

/**
 * The vocabulary's pairs of the heads of a Korean compound (a particle may follow): Korean writes a named strait,
 * peninsula or plain as one word, its name and then what it is (대한해협, 말라카해협을, 이베리아반도), where English writes
 * "the Korea Strait": the head is the word its original has (domain/vocab.json). A head of two syllables at least,
 * after a modifier of two at least.
 */
function compoundHeads(w: string): number[][] {
  if (!/^[\uac00-\ud7a3]+$/.test(w) || w.length < 2 * COMPOUND_PART) return [];
  const out: number[][] = [];
  for (let i = COMPOUND_PART; i + COMPOUND_PART <= w.length; i++) {
    const pairs = everydayPairs(w.slice(i), COMPOUND_PART);
    if (pairs.length) out.push(pairs);
  }
  return out;
}

/** Latin names of two to four capitalized words, as a text writes them ("Premier Dana Whitlock"). */
const LATIN_NAMES = /\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}/gu;
/** Hangul names of one or two words (a particle may follow): "정태오", "다나 휘트록은". */
const HANGUL_NAMES = /[가-힣]{2,}(?:\s+[가-힣]{2,})?/g;

/**
 * A report's person named in one script, the source's speaker in the other (다나 휘트록 for Karen Blythe's words),
 * which sameSpeaker cannot tell apart by name: another person when the source writes the report's person too, by
 * full name and outside the quotation's own sentence (where two names may be the speaker and someone the speaker
 * answers), and the report's name is none of the speaker's. As the same-script rule does: both named at their
 * quotation (or the source's through a pronoun named in the sentence right before, which the report's name must not be
 * written in either), nothing carried over.
 */
function writesOtherPerson(people: PeopleIndex, rq: Quote, e: Entry): boolean {
  if (!rq.speakerId?.startsWith(PERSON_ID) || !namedHere(rq)) return false;
  // (a speaker found through a pronoun named in the sentence right before: that sentence is the quotation's too)
  const own = namedInOwnSentence(e.src, e.q);
  if (!own && !pronounBefore(e.src, e.q)) return false;
  const name = rq.speakerId.slice(PERSON_ID.length);
  const hangul = HANGUL.test(name);
  // A full name: two words, or a Korean name of three syllables.
  if (!/\s/.test(name.trim()) && !(hangul && isKoreanName(name))) return false;
  const theirs = namesOfSpeaker(people, resolveSpeaker(people, e.speakerId) ?? e.speakerId);
  if (!theirs?.names.length) return false;
  if (theirs.names.some((n) => namesAlike(name, n))) return false;
  const sent = e.src.sentences[e.q.sentence];
  if (!sent) return false;
  const from = own ? sent.start : e.src.sentences[e.q.sentence - PRONOUN_REACH].start;
  // Where the source writes the report's person: outside the quotation's sentence (and the sentence a pronoun reaches
  // back to) it is another person; there, in a pronoun's reach, it may be the one the pronoun stands for.
  let outside = false;
  for (const at of nameAt(e.src.text, name, hangul)) {
    if (at < from || at >= sent.end) outside = true;
    else if (!own) return false;
  }
  return outside;
}

/** Where a text writes a full name given in the other script (Latin runs for a Hangul name, Hangul runs for a Latin one). */
function* nameAt(text: string, name: string, hangul: boolean): Generator<number> {
  if (hangul) {
    for (const m of text.matchAll(LATIN_NAMES)) {
      // A title may open the run ("Premier Dana Whitlock"): its last two or three words are the name (a possessive's
      // "'s" is not).
      const words = m[0].replace(/['’]s$/, '').split(/\s+/);
      for (let k = Math.max(0, words.length - 3); k <= words.length - 2; k++)
        if (namesAlike(name, words.slice(k).join(' '))) {
          yield m.index;
          break;
        }
    }
    return;
  }
  for (const m of text.matchAll(HANGUL_NAMES)) {
    const words = m[0].split(/\s+/);
    // The last word may carry a particle ("휘트록은", "정태오는").
    const last = words[words.length - 1];
    for (const w of [last, last.slice(0, -1)]) {
      const cand = [...words.slice(0, -1), w].join(' ');
      if (cand.length >= 2 && namesAlike(cand, name)) {
        yield m.index;
        break;
      }
    }
  }
}

/** Per language index, its quotations as crossQuotes.ts reads them (built at the first translated quotation). */
const crossIndexes = new WeakMap<LangIndex, { idx: CrossIndex; byGroup: number[][] }>();

/**
 * The source quotations in the other language that a report quotation with no source in its own may render, best
 * first (crossQuotes.ts), with each one's entries (not the report's own source).
 */
function translated(corpus: Corpus, rq: Quote, wordsLang: Lang, self?: string) {
  const other: Lang = wordsLang === 'ko' ? 'en' : 'ko';
  const index = indexOf(corpus);
  const l = index.byLang.get(other);
  if (!l || !l.norms.length) return undefined;
  let c = crossIndexes.get(l);
  if (!c) {
    const byGroup: number[][] = l.norms.map(() => []);
    for (let id = 0; id < l.size; id++) byGroup[l.textGroup[l.text[id]]].push(id);
    // Each distinct quotation as its first source writes it: a normalized one is lower case, and the lexicon knows
    // "OpenAI" and "SoftBank" by their capitals.
    const texts = byGroup.map((ids) => (ids.length ? l.texts[l.text[ids[0]]] : ''));
    crossIndexes.set(l, (c = { idx: buildCrossIndex(texts, other), byGroup }));
  }
  const { idx, byGroup } = c;
  const entries = (g: number) =>
    byGroup[g].filter((id) => index.sources[l.src[id]].file !== self).map((id) => entryAt(index, l, id));
  const mine = crossUnits(rq.text, wordsLang);
  const ranked = crossMatches(idx, mine, corpus.weights, corpus.partOf?.cross?.[other]).filter((m) =>
    byGroup[m.group].some((id) => index.sources[l.src[id]].file !== self),
  );
  /** Whether every unit of the report's quotation and of the group's links (a short line rendered whole). */
  const whole = (m: CrossMatch) => {
    const u = idx.units[m.group];
    return m.count === mine.keys.length + mine.words.length && m.count === u.keys.length + u.words.length;
  };
  return { ranked, entries, whole };
}

/**
 * quote-misattributed at the report's speaker, with the fix that puts the speaker of the source quotation `e` in place
 * of the name (when the corpus knows them). `original`: the source's words, when the report's render them in the
 * other language.
 */
function misattributedFinding(
  rq: Quote,
  claim: Claim,
  e: Entry,
  people: PeopleIndex,
  label: string,
  st: SourceText,
  lang: Lang,
  original?: string,
): Finding {
  const resolved = resolveSpeaker(people, e.q.speakerId);
  // A speaker the source leaves unnamed is named in the message as the source words it; no fix puts that phrase in
  // place of a name.
  const right = resolved ? speakerName(people, resolved, lang) : (e.q.speaker?.text ?? '?');
  const fixes: Fix[] = [];
  // A speaker named by a pronoun ("…,” she said") is found where the pronoun is, not at the earlier name it
  // stands for, which may be right for its own quotation; in English the pronoun gives way to the name.
  const pronoun = (rq as { pronoun?: Span }).pronoun;
  // A quotation running on from the paragraph before names no speaker of its own: the finding is at its words.
  const carried = (rq as { carried?: boolean }).carried;
  const fix =
    carried || !resolved
      ? undefined
      : pronoun
        ? lang === 'en'
          ? { range: st.range(pronoun.start, pronoun.end), newText: right }
          : undefined
        : speakerFix(rq, right, st);
  if (fix)
    fixes.push({
      title: speakerFixTitle(right, lang),
      ...fix,
      preferred: true,
    });
  const at = carried ? undefined : (pronoun ?? rq.speaker);
  return {
    code: 'quote-misattributed',
    severity: 'warning',
    range: at ? st.range(at.start, at.end) : rq.range,
    claim,
    message: quoteMisattributedMessage(right, rq.speaker?.text ?? '?', label, lang, original),
    fixes,
  };
}
