// What a check is: the seam between the check pipeline (../check.ts) and the things it looks for. A check
// declares its finding codes (with their default severity and a one-line description, used for the SARIF
// rules and the docs) and judges a report: a block of sentences at a time (its results are then cached with
// the block) or the whole report at once. Adding one is a new file here and a line in ./index.ts.
import type { Corpus } from '../corpus/corpus';
import type { CheckOptions } from '../judge/check';
import type { ExtractedQuote } from '../extract/quotes';
import type { ParsedReport } from '../extract/report';
import { firstIndex, type SourceText } from '../text/text';
import type { Claim, Finding, FindingCode, Lang, RawSentence, Severity, Source, Span } from '../types';

/** One finding code a check can give. */
export interface CodeInfo {
  code: FindingCode;
  /** The severity it has unless a setting says otherwise. */
  severity: Severity;
  /** One line: what the finding means (SARIF rule description, docs). */
  description: string;
}

/** The report as every check sees it: worked out once per check by the pipeline. */
export interface CheckInput {
  corpus: Corpus;
  /** The parsed report: its SourceText, prose (non-prose blanked), blocks, their context, citations. */
  report: ParsedReport;
  /** The prose's sentences, in order, each with its language. */
  sentences: RawSentence[];
  options: CheckOptions;
  /** The file of the report's own source in the corpus (src.file) when it has one: never evidence. */
  self?: string;
  /** The source a key names, unless it is the report itself. */
  known(key: string): Source | undefined;
  /** The keys sentence i cites: its own, else the citations closing its paragraph (unfiltered). */
  citedFor(i: number): string[];
  /** The terms sentence i's claims are read in: the sentence before it in the block, its table row, its heading. */
  contextOf(i: number): [string, number][];
  /** The text of the heading sentence i's block stands under, if any. */
  headingOf?(i: number): string | undefined;
  /**
   * For a sentence in a table's cell: its row's text, whether another cell of the row states an amount (a figure not a
   * date), and its column's header cell's text, if any.
   */
  tableOf?(i: number): { row: string; amountElsewhere: boolean; column?: string } | undefined;
  /**
   * The places of that heading when it is made of names ("Nebraska: Sandhill Wind") one of which the report writes
   * where a place stands ("Sandhill Wind in Nebraska" … "in Nebraska"); undefined otherwise.
   */
  headingPlacesOf?(i: number): string[] | undefined;
  /**
   * The places the heading of sentence i names as names (an English heading; its opening word in sentence case only when
   * the report writes it as a name elsewhere: "## Key figures" names none).
   */
  headingNamesOf?(i: number): string[] | undefined;
  /**
   * The sentence a phase's figure of sentence i goes back to for its place when its own sentence names none:
   * the nearest of the few before it, under the same heading, that names one ("The Teesside scheme was announced … at
   * Wilton." / "The first 300 MW phase is now expected …"), with its language and the places it names (months left out).
   */
  placeContextOf?(i: number): { text: string; lang: Lang; places: string[] } | undefined;
  /**
   * The sentence before sentence i, under the same heading, when sentence i opens with an amount as its topic that
   * sentence states ("- 동해파워모듈(포항)은 … 모두 1,000억 원어치의 …를 공급한다." / "- 1,000억 원은 지난해 매출 …의 약 61%"):
   * whose amount it goes on about, a list item before it or not.
   */
  actorContextOf?(i: number): string | undefined;
  /**
   * The sentence a sentence that opens its block pointing back ("That is about 25% of …", "이는 …") goes on about: the
   * sentence before it in the item or paragraph above, under the same heading (judge/check.ts pointedBackOf).
   */
  pointedBackOf?(i: number): { text: string; lang: Lang } | undefined;
  /**
   * The parent item of sentence i, a Korean 개조식 sub-item opening its block, when that item opens on a name and its
   * colon ("□ 미래온에너지(아산): 불가리아 마리차 캠퍼스 ESS" over "ㅇ 마리차 캠퍼스 ESS 1,200MWh 전량을 …"): whose item it is.
   */
  itemLabelOf?(i: number): string | undefined;
  /** The text of the report's title (its first heading, at level 1, before any prose), if any. */
  titleOf?(): string | undefined;
  /** Speech quotations the extractor found (with speakers), and the offsets where they open. */
  speech: ExtractedQuote[];
  speechOpens: Set<number>;
  /** Whether results may be reused between checks (options.cache !== false). */
  cached: boolean;
}

/** What one judge() call looks at. */
export interface Scope {
  /** The prose block of the sentences (undefined for a report-wide call or sentences outside a block). */
  block?: Span;
  /** The sentences [first, end) of input.sentences. */
  first: number;
  end: number;
  /** The speech quotations in those sentences. */
  speech: ExtractedQuote[];
  /**
   * The report's text to make report Ranges with (st.range): a block's results are stored in the cache by
   * the offsets this records, so a block check makes every report Range through it.
   */
  st: SourceText;
}

/** Claims and the findings among them, of one pass. A finding's claim is one of the claims. */
export interface Judged {
  claims: Claim[];
  findings: Finding[];
}

export interface Check {
  id: string;
  codes: readonly CodeInfo[];
  /**
   * 'block': judge() is called once for each block of sentences, and its result is cached with the block; it
   * may read only what the block's key covers: the block's sentences (text, language, the character either
   * side, the sentence before, what they cite), its row and heading, its speech quotations, the severities
   * in the options, and what key() adds. 'report': called once with every sentence, after the block checks.
   */
  scope: 'block' | 'report';
  /** The passes judge() returns, in output order (default 1): pass 0 of every block comes before pass 1. */
  passes?: number;
  judge(input: CheckInput, scope: Scope): Judged[];
  /** For a block check reading more than the block key covers: that, as JSON-able data. */
  key?(input: CheckInput, scope: Scope): unknown;
}

/** Index of the last span starting at or before `off` in a list sorted by start, or -1. */
export function lastAtOrBefore(a: Span[], off: number): number {
  return firstIndex(a.length, (i) => a[i].start > off) - 1;
}

/** `n` empty passes. */
export function nothing(n: number): Judged[] {
  return Array.from({ length: n }, () => ({ claims: [], findings: [] }));
}
