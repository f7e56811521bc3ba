// Arabic digits as news writes them: 1,234,567.5, 1.234.567 in a few Korean layouts, full-width digits.
// Linear: see lastRun.
import { isDigit } from '../../text/chars';
import { type Dec, normDec } from './decimal';

/** Longest digit run we read as a quantity; longer runs are identifiers or noise. */
export const MAX_DIGITS = 21;

export interface Arabic {
  end: number;
  intDigits: string;
  fracDigits: string;
  comma: boolean;
  /** Digits ran past MAX_DIGITS: not a quantity; `end` is the end of the whole run. */
  tooLong: boolean;
}

/** Characters readArabic has looked at, in its loops over digit runs (tests count work with it, not time). */
export const arabicWork = { chars: 0 };

/**
 * The last run of digits and commas readArabic read to its end after a number ran past MAX_DIGITS: every
 * character of text[from, end) is a digit or a comma before a digit and text[end] is not, so a read of the
 * same run from anywhere in it ends at `end`. Shared by every engine: a memo of a pure function of the text.
 */
const lastRun = { text: '', from: -1, end: -1 };

/** Digits at `pos` with optional 3-digit comma groups and a decimal fraction. */
export function readArabic(text: string, pos: number): Arabic | null {
  const n = text.length;
  let j = pos;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  arabicWork.chars += j - pos;
  if (j === pos) return null;
  let intDigits = text.slice(pos, Math.min(j, pos + MAX_DIGITS + 1));
  let tooLong = j - pos > MAX_DIGITS;
  let comma = false;
  if (!tooLong && j - pos <= 3) {
    // thousands groups: exactly three digits after each comma, not followed by another digit
    while (
      j + 3 < n + 1 &&
      text.charCodeAt(j) === 44 &&
      isDigit(text.charCodeAt(j + 1)) &&
      isDigit(text.charCodeAt(j + 2)) &&
      isDigit(text.charCodeAt(j + 3)) &&
      !isDigit(text.charCodeAt(j + 4))
    ) {
      intDigits += text.slice(j + 1, j + 4);
      j += 4;
      comma = true;
      if (intDigits.length > MAX_DIGITS) {
        tooLong = true;
        break;
      }
    }
  }
  let fracDigits = '';
  if (!tooLong && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < n && isDigit(text.charCodeAt(k))) k++;
    arabicWork.chars += k - j - 1;
    if (k - j - 1 > MAX_DIGITS) {
      tooLong = true;
      j = k;
    } else {
      fracDigits = text.slice(j + 1, k);
      j = k;
    }
  }
  if (tooLong) {
    // The scanner reads on at every comma group of an over-long number, and each read ends where the run
    // ends: the run's end is kept, so a line of groups is read once, not once per group (quadratic).
    if (text === lastRun.text && j >= lastRun.from && j <= lastRun.end) j = lastRun.end;
    else {
      const from = j;
      while (j < n && (isDigit(text.charCodeAt(j)) || (text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1)))))
        j++;
      arabicWork.chars += j - from;
      lastRun.text = text;
      lastRun.from = from;
      lastRun.end = j;
    }
  }
  return { end: j, intDigits, fracDigits, comma, tooLong };
}

export function arabicValue(a: Arabic): Dec {
  return normDec({ n: BigInt((a.intDigits || '0') + a.fracDigits), s: a.fracDigits.length });
}
