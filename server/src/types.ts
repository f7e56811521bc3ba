// The engine's vocabulary. Pure data: no vscode or LSP imports anywhere in the engine.
import type { Subject } from './extract/subjects';

export type Lang = 'ko' | 'en';

/** LSP position: 0-based line, UTF-16 code unit within the line. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span [start, end) of UTF-16 offsets into an NFC-normalized text. */
export interface Span {
  start: number;
  end: number;
}

export type FigureKind =
  | 'money' // unit USD | KRW | JPY | EUR ...
  | 'count' // unit: the counted thing's concept id ('jobs', 'companies', 'people', 'units', ...) or 'count'
  | 'duration' // unit year | month | week | day | hour
  | 'date' // unit 'date'; value is a partial ISO 8601 date: 2015, 2025-01, --01-21, --04, ---21
  | 'power' // unit MW (GW, kW converted)
  | 'energy' // unit MWh (GWh, TWh, kWh converted): what a battery stores, what a site uses in a year
  | 'area' // unit m2
  | 'length' // unit nm (process nodes)
  | 'volume' // unit m3 (gallons, litres, acre-feet converted), with what it is per: m3/day, m3/year
  | 'mass' // unit t (tonnes; 톤 of water too, as Korean outlets write it), with what it is per: t/day
  | 'percent' // unit %
  | 'ratio' // unit 'ratio' (10분의 1 → 0.1)
  | 'temperature' // unit °C or °F (° while the text has not said which scale); a difference of one, '°C rise'
  | 'index'; // an index named before its bare number (a PUE of 1.25): unit the index's name, then :target or :measured and the period (PUE:measured:quarter)

/**
 * Kinds that are amounts of something: what grows or shrinks in a change, what a sentence's values say it is about,
 * and what is worth telling the user no source states (dates, durations and multiples are none of these).
 */
export const AMOUNT_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>([
  'money',
  'count',
  'power',
  'energy',
  'area',
  'length',
  'volume',
  'mass',
  'percent',
]);

export type Qualifier =
  | 'exact'
  | 'approx' // 약, about, roughly, 여, 대 (700조원대)
  | 'max' // 최대, up to
  | 'min' // 이상, 넘는, more than, at least, over
  | 'range'; // 70~80%, 수십만 (low..high)

/** A quantity as the extractor found it; offsets are into the string it was given. */
export interface RawFigure extends Span {
  text: string;
  kind: FigureKind;
  unit: string;
  /** Exact decimal string, no exponent: "435000000", "1570000000", "2.5". For dates, the ISO partial. */
  value: string;
  /** For qualifier 'range': the bounds (decimal strings). */
  low?: string;
  high?: string;
  /** Place value of the last significant written digit ("720조" → "10000000000000"); decides what "about" covers. */
  precision: string;
  qualifier: Qualifier;
  /** The counted noun or the word that gave the unit, as written ("일자리", "jobs"), when there is one. */
  noun?: string;
}

/** "5000억 달러(약 718조 원)": two figures a source states as the same amount. */
export interface RawEquivalence {
  a: number;
  b: number;
} // indexes into the figure list

export interface RawQuote extends Span {
  /** The words inside the marks, as written. */
  text: string;
  /** Span including the quotation marks. */
  outer: Span;
  /** Who said it, as written in the text ("올트먼 CEO", "Altman"), when the text says. */
  speaker?: { text: string; start: number; end: number };
}

export interface RawSentence extends Span {
  lang: Lang;
}

export interface ArticleMeta {
  title?: string;
  outlet?: string; // display name, e.g. "Edaily", "이데일리"
  outletId?: string; // slug from the outlet table, e.g. "edaily"
  authors: string[];
  /** ISO date YYYY-MM-DD, only when the article states it. */
  date?: string;
  /** ISO date YYYY-MM-DD of the last update, when the page states one (an HTML page's dateModified). */
  modified?: string;
  languages: Lang[];
}

export interface ArticleHalf extends Span {
  lang: Lang;
  title?: string;
}

export interface ParsedArticle {
  meta: ArticleMeta;
  /** Spans of body text (page furniture left out). */
  body: Span[];
  halves: ArticleHalf[];
  sentences: RawSentence[];
}

// ---- indexed, positioned objects (what hovers and diagnostics show) ----

export interface Sentence extends Span {
  index: number;
  text: string;
  range: Range;
  lang: Lang;
}

export interface Figure extends RawFigure {
  range: Range;
  lang: Lang;
  sentence: number;
  /** What the figure is about: concept ids from the lexicon and language-tagged content words. */
  subject: Subject;
}

/** Concept id → weight (1 near the figure, less further away in the sentence); see subjects.ts. */
export type { Subject } from './extract/subjects';

export interface Quote extends RawQuote {
  range: Range;
  lang: Lang;
  sentence: number;
  speakerId?: string;
}

export interface Equivalence {
  a: Figure;
  b: Figure;
}

export interface Source {
  key: string;
  file: string;
  meta: ArticleMeta;
  text: string;
  /** When `text` is not the file verbatim (a reader's, see readers/): where it came from in the file. */
  map?: import('./corpus/readers').TextMap;
  halves: ArticleHalf[];
  sentences: Sentence[];
  figures: Figure[];
  quotes: Quote[];
  equivalences: Equivalence[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

// ---- what the checker says about a report (shared by the CLI, the language server and the client) ----

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type FindingCode =
  | 'figure-mismatch'
  | 'figure-unsupported'
  | 'quote-mismatch'
  | 'quote-misattributed'
  | 'quote-unsupported'
  | 'citation-unknown';

/** One source sentence that speaks of a claim. */
export interface SourceRef {
  key: string;
  file: string;
  outlet?: string;
  /** The first author, when the source names one (its name when no outlet is known). */
  author?: string;
  date?: string;
  title?: string;
  lang: Lang;
  sentence: { range: Range; text: string };
  /** The figure or quote in that sentence the claim was compared with. */
  match?: { text: string; range: Range; value?: string; unit?: string; qualifier?: Qualifier; speaker?: string };
  agrees: boolean;
  /** How well its subject matches the claim's (0..1); best first. */
  score: number;
}

export type ClaimType = Claim['type'];

/** What every claim has, whatever its type. */
interface ClaimBase {
  text: string;
  range: Range;
  lang: Lang;
  /** Keys cited in the same sentence or paragraph ([@key]). */
  cited: string[];
  status: 'supported' | 'conflicting' | 'unsupported' | 'misquoted' | 'misattributed' | 'unknown';
  sources: SourceRef[];
}

/** A figure: its normalized value, unit, kind and qualifier. */
export interface FigureClaim extends ClaimBase {
  type: 'figure';
  figure: { value: string; low?: string; high?: string; unit: string; kind: FigureKind; qualifier: Qualifier };
  quote?: undefined;
  citation?: undefined;
}

/** A quotation: the words and the named speaker. */
export interface QuoteClaim extends ClaimBase {
  type: 'quote';
  quote: { words: string; speaker?: string; speakerId?: string; speakerRange?: Range };
  figure?: undefined;
  citation?: undefined;
}

/** A citation key ([@key]) and whether a source has it. */
export interface CitationClaim extends ClaimBase {
  type: 'citation';
  citation: { key: string; known: boolean };
  figure?: undefined;
  quote?: undefined;
}

/**
 * Something the report asserts, with everything the sources say about it (supported or not), told apart by
 * `type`. The other types' fields are declared absent, so `claim.figure?.value` reads on any claim.
 */
export type Claim = FigureClaim | QuoteClaim | CitationClaim;

export interface Fix {
  title: string;
  range: Range;
  newText: string;
  preferred?: boolean;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  range: Range;
  message: string;
  claim: Claim;
  fixes: Fix[];
}

/**
 * Something the engine could not do: a check or an extractor that threw. The work around it goes on (the
 * other checks, the other blocks), so a result with errors is incomplete, not empty.
 */
export interface EngineError {
  /** What failed: "check quotes", "extractFigures", "parseArticle", "checkReport" (the whole report). */
  where: string;
  /** The error's first line. */
  message: string;
  /** The file being read or checked, when known. */
  file?: string;
  /** The stack, for a log. */
  stack?: string;
}

/** `errors` is there only when something failed (the JSON of a normal check is unchanged). */
export interface CheckResult {
  claims: Claim[];
  findings: Finding[];
  errors?: EngineError[];
}
