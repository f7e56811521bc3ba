// The order in which a claim's source sentences are shown (Go to Definition, Peek, the hover), best first.

/**
 * A source sentence's rank for a claim: four yes/no questions, each outweighing all that follow together
 * (8 > 4 + 2 + 1), so sorting by it is sorting by the first question, then the second, and so on. What the
 * report cites comes first (the writer chose it); then what agrees (what backs the figure before what
 * contradicts it); then a figure in the claim's unit (718조 for "718 trillion won" before the 5000억 달러 it
 * equals); then the report's language (an English reader reads English sentences first). Ties go by score.
 */
export function sourceRank(cited: boolean, agrees: boolean, sameUnit: boolean, sameLanguage: boolean): number {
  return Number(cited) * 8 + Number(agrees) * 4 + Number(sameUnit) * 2 + Number(sameLanguage);
}
