// What line is a row of a fact sheet: a table row of two cells, its outer bars included ("| Investment | Approximately
// ¥38 billion |", "│ 사 업 비 │ 3,200억 원 │"; corpus.ts factSheets), or a field of a form or a disclosure's summary, a
// short label and its value after a colon ("계약상대 : Red River Mechanical Contractors Ltd.", "매출액 대비(%) : 18.61").
// Rows one after another are about one thing whichever row names it (claimSentence.ts namesActor).

/** The cell bars of a table row line, Markdown's and a box's (an escaped \\| is none). */
export const BAR = /(?<!\\)[|│]/g;
/**
 * A field: a label of 2 to 40 characters, no colon, bar or digit first, then a colon and a value (a URL's is none) that
 * does not end as a sentence does: a transcript's "A: We expect about 300 jobs." or "Altman: …?" is speech, not a field.
 */
const FIELD_ROW = /^[\s*•·-]*[^\s:：|│\d][^:：|│\n]{1,39}[:：](?!\/\/)\s*\S.*(?<![.?!。"”’'])$/;
/** How long a field line may be. */
const MAX_FIELD_LINE = 160;

/** Whether a line (trimmed) is a two-cell table row. */
export function tableRowLine(line: string): boolean {
  return /^[|│]/.test(line) && /[|│]$/.test(line) && (line.match(BAR)?.length ?? 0) === 3;
}
/** Whether a line (trimmed) is a fact sheet's row: a two-cell table row or a field. */
export function sheetRowLine(line: string): boolean {
  return tableRowLine(line) || (line.length <= MAX_FIELD_LINE && FIELD_ROW.test(line));
}
