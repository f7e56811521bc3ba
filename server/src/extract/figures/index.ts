// Figures: every quantity in a Korean or English string, with its unit, exact value, precision and
// qualifier. One forward scan (scanner.ts); each rule looks a bounded distance around a number, so the whole pass
// is linear in the length of the text and no regex can backtrack.
import { noteError } from '../../errors';
import type { RawEquivalence, RawFigure } from '../../types';
import { Scanner } from './scanner';
import type { Lang } from './units';

export interface ExtractResult {
  figures: RawFigure[];
  equivalences: RawEquivalence[];
}

/** Every quantity in `text` (NFC). Never throws; linear time. */
export function extractFigures(text: string, lang: Lang): ExtractResult {
  try {
    return new Scanner(text, lang).run();
  } catch (e) {
    noteError('extractFigures', e);
    return { figures: [], equivalences: [] };
  }
}
