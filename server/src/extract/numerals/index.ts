// Exact numerals: decimal arithmetic on BigInt and readers for Korean and English number words.
// Every reader works at a position in a larger text, consumes a bounded, forward-only span and never
// uses backtracking regexes, so scanning a whole document stays linear. This file: whole-string conveniences,
// and the folder's API in one import.
import { isDigit } from '../../text/chars';
import { decToString } from './decimal';
import { readEnglishNumeral, readEnglishWords } from './english';
import { type Numeral, readHangulNumeral, readKoreanNumeral } from './korean';

export interface Amount {
  value: string;
  precision: string;
}

function whole(n: Numeral | null, s: string): Amount | null {
  if (!n || n.end !== s.length) return null;
  return { value: decToString(n.value), precision: decToString(n.precision) };
}

/** Parse a whole string as a Korean numeral ("5000억", "34.5만", "9만3000", "천만"). */
export function parseKoreanNumber(s: string): Amount | null {
  const t = s.trim();
  if (t === '') return null;
  return whole(isDigit(t.charCodeAt(0)) ? readKoreanNumeral(t, 0) : readHangulNumeral(t, 0), t);
}

/** Parse a whole string as an English numeral ("500 billion", "100,000", "one hundred thousand"). */
export function parseEnglishNumber(s: string): Amount | null {
  const t = s.trim();
  if (t === '') return null;
  return whole(isDigit(t.charCodeAt(0)) ? readEnglishNumeral(t, 0, true) : readEnglishWords(t, 0), t);
}

export * from './decimal';
export * from '../../text/chars';
export * from './arabic';
export * from './korean';
export * from './english';
export * from '../../format/numbers';
