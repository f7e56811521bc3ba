// Figures: every quantity in a Korean or English string, with its unit, exact value, precision and
// qualifier. One forward scan (scanner.ts); each rule looks a bounded distance around a number, so the whole pass
// is linear in the length of the text and no regex can backtrack.
import { noteError } from '../../errors';
import type { RawEquivalence, RawFigure } from '../../types';
import { Scanner } from './scanner';
import type { Lang } from './units';

const LINE_END = /[\r\n]/;
const SOFT_BREAK = /[ \t]*(?:\r\n?|\n)[ \t]*/y;

export interface ExtractResult {
  figures: RawFigure[];
  equivalences: RawEquivalence[];
}

/**
 * Every quantity in `text` (NFC). Never throws; linear time. `text` is one sentence: a line end inside it is a
 * paragraph's soft break (a Markdown paragraph or a hard-wrapped text written across lines: `approximately 210` /
 * `miles of new lines`, `in service in` / `2028. The plant`), read with the blanks around it as the one space it
 * stands for; offsets are into `text`, so ranges still fall on the original lines (a figure's `text` has the space).
 */
export function extractFigures(text: string, lang: Lang): ExtractResult {
  try {
    if (!LINE_END.test(text)) return new Scanner(text, lang).run();
    // The blanks around each line end as one space; `at[i]`: the offset in `text` of the i-th character read.
    const at: number[] = [];
    let read = '';
    const m = SOFT_BREAK;
    for (let i = 0; i < text.length;) {
      m.lastIndex = i;
      if (m.exec(text)) {
        at.push(i);
        read += ' ';
        i = m.lastIndex;
      } else {
        at.push(i);
        read += text[i++];
      }
    }
    at.push(text.length);
    const r = new Scanner(read, lang).run();
    for (const f of r.figures) {
      f.start = at[f.start];
      f.end = at[f.end - 1] + 1;
    }
    return r;
  } catch (e) {
    noteError('extractFigures', e);
    return { figures: [], equivalences: [] };
  }
}
