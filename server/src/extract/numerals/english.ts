// English numerals: digits with scales (500 billion, $1.2bn, 40K), number words (one hundred thousand), vague
// amounts (dozens, hundreds of), read at a position, forward-only.
import { isAsciiLetter, isSpace } from '../../text/chars';
import { type Arabic, arabicValue, readArabic } from './arabic';
import { decInt, decPow10, decShift, decSub, pow10, valuePrecision, writtenPrecision } from './decimal';
import type { Numeral } from './korean';

export const EN_UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Scale words after digits or number words; single letters only after a currency sign. */
export const EN_SCALES: Record<string, number> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  bn: 9,
  bln: 9,
  mn: 6,
  mln: 6,
  tn: 12,
  trn: 12,
  // South Asian scales: a crore is ten million, a lakh a hundred thousand, a lakh crore a trillion
  crore: 7,
  crores: 7,
  lakh: 5,
  lakhs: 5,
};
const EN_LETTER_SCALES: Record<string, number> = { k: 3, K: 3, m: 6, M: 6, b: 9, B: 9, t: 12, T: 12 };
/** Plural magnitude words for vague amounts: "hundreds of thousands". */
const EN_PLURALS: Record<string, number> = {
  tens: 1,
  dozens: 1,
  hundreds: 2,
  thousands: 3,
  millions: 6,
  billions: 9,
  trillions: 12,
};

/** A unit of power written after "a" as one of it: "a gigawatt", "a megawatt". */
const A_POWER_UNIT = /^(?:giga|mega|tera)watt$/;
/**
 * An amount right before: "a gigawatt" after it is a rate's per ("\$45 billion a gigawatt", "300 jobs a megawatt"); and
 * a unit's price or need, which is one of it whatever the amount ("the all-in cost of a gigawatt", "what a gigawatt
 * costs", "how much a gigawatt costs", "per a megawatt").
 */
const AMOUNT_BEFORE =
  /(?:\d|\b(?:billion|million|trillion|thousand|bn|dollars|won|yen|euros|pounds|percent|jobs|people|workers)|%)\s*$|\b(?:of|per|for|each|every|what|much)\s+$/i;

/**
 * Can readEnglishVague or readEnglishWords find anything at a word whose lower case is `l`? (Their first-word
 * tests, looked up the same way.) Lets a scanner pass over ordinary words without calling them.
 */
export function mayStartEnglishNumber(l: string): boolean {
  return (
    EN_PLURALS[l] !== undefined ||
    EN_UNITS[l] !== undefined ||
    EN_TENS[l] !== undefined ||
    l === 'a' ||
    l === 'an' ||
    l === 'half'
  );
}

/** Every lower-case word mayStartEnglishNumber accepts (besides names Object.prototype has). */
export function englishNumberStarts(): string[] {
  return [...Object.keys(EN_PLURALS), ...Object.keys(EN_UNITS), ...Object.keys(EN_TENS), 'a', 'an', 'half'];
}

export function isEnglishNumberWord(w: string): boolean {
  const l = w.toLowerCase();
  return EN_UNITS[l] !== undefined || EN_TENS[l] !== undefined || l === 'hundred' || EN_SCALES[l] !== undefined;
}

/** The ASCII-letter word starting at pos (letters only). */
export function wordAt(text: string, pos: number): string {
  let j = pos;
  while (j < text.length && j - pos < 40 && isAsciiLetter(text.charCodeAt(j))) j++;
  return text.slice(pos, j);
}

/**
 * After a digit numeral ending at `pos`: an English scale word ("billion", " bn", "B" right after a
 * currency sign). Returns its power and end, or null.
 */
export function readEnglishScale(text: string, pos: number, letters: boolean): { pow: number; end: number } | null {
  let p = pos;
  // "$500 billion", "$500-billion plan"
  if (isSpace(text.charCodeAt(p)) || (text[p] === '-' && isAsciiLetter(text.charCodeAt(p + 1)))) p++;
  if (!isAsciiLetter(text.charCodeAt(p))) return null;
  const w = wordAt(text, p);
  const end = p + w.length;
  // "100k jobs": a k right after the digits is a thousand wherever it stands
  if (p === pos && (w === 'k' || w === 'K')) return { pow: 3, end };
  const pow = EN_SCALES[w.toLowerCase()];
  if (pow !== undefined && (w === w.toLowerCase() || w.length <= 3 || w[0] === w[0].toUpperCase())) {
    // "1.1 lakh crore": a crore of lakhs
    if (pow === 5 && isSpace(text.charCodeAt(end)) && /^crores?\b/i.test(text.slice(end + 1, end + 8)))
      return { pow: 12, end: end + 1 + wordAt(text, end + 1).length };
    return { pow, end };
  }
  if (letters && p === pos && w.length === 1 && EN_LETTER_SCALES[w] !== undefined)
    return { pow: EN_LETTER_SCALES[w], end };
  // (a currency's million set off by a space, as a wire or a mailing list writes it: "USD 95 m", "$140 m"; only m, and
  // only before a word's end that no letter or digit goes on from: "USD 95 m2" or "€40 more" are no millions)
  if (letters && p === pos + 1 && (w === 'm' || w === 'M') && !/^[\p{L}\p{N}]/u.test(text.slice(end, end + 1)))
    return { pow: 6, end };
  return null;
}

/** Digits with an optional English scale word: "500 billion", "1.57 billion", "100,000", "5 bn". */
export function readEnglishNumeral(
  text: string,
  pos: number,
  letterScales = false,
  a: Arabic | null = readArabic(text, pos),
): Numeral | null {
  if (!a || a.tooLong) return null;
  let value = arabicValue(a);
  let precision = writtenPrecision(a.intDigits, a.fracDigits);
  let end = a.end;
  let scale = 0;
  const sc = readEnglishScale(text, a.end, letterScales);
  if (sc) {
    value = decShift(value, sc.pow);
    precision = decShift(precision, sc.pow);
    end = sc.end;
    scale = sc.pow;
  }
  return {
    start: pos,
    end,
    value,
    precision,
    scale,
    plain: !a.comma && a.fracDigits === '' && scale === 0,
    intLen: a.intDigits.length,
  };
}

/**
 * Written-out English numbers: "four", "twenty-five", "one hundred thousand", "a million",
 * "three hundred and fifty". Returns null when no number word starts at pos.
 */
export function readEnglishWords(text: string, pos: number): Numeral | null {
  let p = pos;
  let total = 0n;
  let current = 0n;
  let any = false;
  let end = pos;
  let lastScale = 0;
  let sawA = false;
  let half = false;
  for (let guard = 0; guard < 12; guard++) {
    if (!isAsciiLetter(text.charCodeAt(p))) break;
    if (p > 0 && isAsciiLetter(text.charCodeAt(p - 1))) break;
    const w = wordAt(text, p);
    const l = w.toLowerCase();
    const wEnd = p + w.length;
    let consumed = false;
    // "half a trillion dollars" is 500 billion, not a trillion
    if (
      !any &&
      !sawA &&
      !half &&
      l === 'half' &&
      isSpace(text.charCodeAt(wEnd)) &&
      /^an? /i.test(text.slice(wEnd + 1, wEnd + 4))
    ) {
      half = true;
      p = wEnd + 1;
      continue;
    }
    if (!any && !sawA && (l === 'a' || l === 'an')) {
      // "a million", "a hundred"
      let q = wEnd;
      if (!isSpace(text.charCodeAt(q))) break;
      q++;
      const nw = wordAt(text, q).toLowerCase();
      // "a gigawatt of data center load", "about a gigawatt": one of the unit; not a rate's ("\$45 billion a
      // gigawatt") nor a word made of it ("a gigawatt-scale campus", "a gigawatt-hour")
      if (
        A_POWER_UNIT.test(nw) &&
        !isAsciiLetter(text.charCodeAt(q + nw.length)) &&
        text[q + nw.length] !== '-' &&
        !AMOUNT_BEFORE.test(text.slice(Math.max(0, pos - 30), pos))
      )
        return {
          start: pos,
          end: wEnd,
          value: decInt(1n),
          precision: valuePrecision(decInt(1n)),
          scale: 0,
          plain: false,
          intLen: 0,
          words: true,
        };
      if (nw !== 'hundred' && EN_SCALES[nw] === undefined) break;
      current = 1n;
      sawA = true;
      p = q;
      continue;
    }
    // Number words build one number only in order: "twenty two", "two hundred eighteen", not "two eighteen" ("phase
    // two eighteen months ago" is two numbers) nor "eighteen twenty".
    const below100 = current % 100n;
    if (EN_UNITS[l] !== undefined) {
      if (below100 !== 0n && !(below100 % 10n === 0n && below100 >= 20n && EN_UNITS[l] < 10)) break;
      current += BigInt(EN_UNITS[l]);
      consumed = true;
    } else if (EN_TENS[l] !== undefined) {
      if (below100 !== 0n) break;
      current += BigInt(EN_TENS[l]);
      consumed = true;
      // twenty-five
      if (text[wEnd] === '-' && isAsciiLetter(text.charCodeAt(wEnd + 1))) {
        const u = wordAt(text, wEnd + 1).toLowerCase();
        if (EN_UNITS[u] !== undefined && EN_UNITS[u] < 10 && EN_UNITS[u] > 0) {
          current += BigInt(EN_UNITS[u]);
          end = wEnd + 1 + u.length;
          any = true;
          const jp = skipJoin(text, end);
          if (jp < 0) break;
          p = jp;
          continue;
        }
      }
    } else if (l === 'hundred' && (any || sawA)) {
      current = (current === 0n ? 1n : current) * 100n;
      consumed = true;
    } else if (EN_SCALES[l] !== undefined && l.length > 3 && (any || sawA)) {
      const pow = EN_SCALES[l];
      if (lastScale && pow >= lastScale) break;
      total += (current === 0n ? 1n : current) * pow10(pow);
      current = 0n;
      lastScale = pow;
      consumed = true;
    }
    if (!consumed) break;
    any = true;
    end = wEnd;
    const np = skipJoin(text, wEnd);
    if (np < 0) break;
    p = np;
  }
  if (!any) return null;
  const value = half ? decShift(decInt((total + current) * 5n), -1) : decInt(total + current);
  return {
    start: pos,
    end,
    value,
    precision: valuePrecision(value),
    scale: lastScale,
    plain: false,
    intLen: 0,
    words: true,
  };
}

/** After a number word: a space, or " and " before another number word; -1 when the number cannot continue. */
function skipJoin(text: string, pos: number): number {
  if (!isSpace(text.charCodeAt(pos)) && text[pos] !== '-') return -1;
  let p = pos + 1;
  const w = wordAt(text, p).toLowerCase();
  if (w === 'and') {
    p += 3;
    if (!isSpace(text.charCodeAt(p))) return -1;
    p++;
    const w2 = wordAt(text, p).toLowerCase();
    if (EN_UNITS[w2] === undefined && EN_TENS[w2] === undefined) return -1;
    return p;
  }
  if (isEnglishNumberWord(w)) return p;
  return -1;
}

/**
 * Vague English magnitudes: "hundreds of thousands", "tens of billions", "thousands", "millions".
 * "hundreds" = 100..999; "hundreds of thousands" = 100,000..999,000.
 */
export function readEnglishVague(text: string, pos: number): Numeral | null {
  if (pos > 0 && isAsciiLetter(text.charCodeAt(pos - 1))) return null;
  const w = wordAt(text, pos);
  const l = w.toLowerCase();
  const pw = EN_PLURALS[l];
  if (pw === undefined) return null;
  let end = pos + w.length;
  let low = l === 'dozens' ? decInt(24) : decPow10(pw);
  let high = l === 'dozens' ? decInt(99) : decSub(decPow10(pw + 1), decInt(1));
  let scale = pw;
  // "of thousands"
  if (text.slice(end, end + 4) === ' of ') {
    const w2 = wordAt(text, end + 4);
    const pw2 = EN_PLURALS[w2.toLowerCase()];
    if (pw2 !== undefined && pw2 >= 3 && pw2 > pw) {
      low = decShift(low, pw2);
      high = decShift(high, pw2);
      scale = pw2;
      end = end + 4 + w2.length;
    }
  }
  return { start: pos, end, value: low, precision: low, scale, low, high, plain: false, intLen: 0, words: true };
}
