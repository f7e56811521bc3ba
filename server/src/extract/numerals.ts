// Exact numerals: decimal arithmetic on BigInt and readers for Korean and English number words.
// Every reader works at a position in a larger text, consumes a bounded, forward-only span and never
// uses backtracking regexes, so scanning a whole document stays linear.

/** An exact decimal: value = n / 10^s (s >= 0). Always normalized (no trailing fractional zeros). */
export interface Dec { n: bigint; s: number }

const ZERO: Dec = { n: 0n, s: 0 };

/** 10^0 … 10^40: every value, precision and comparison aligns by these, and a BigInt power is a runtime call. */
const POW10: bigint[] = [];
for (let k = 0, p = 1n; k <= 40; k++, p *= 10n) POW10.push(p);

export function pow10(k: number): bigint {
  return POW10[k] ?? 10n ** BigInt(k); // (the power throws for a negative or fractional k, as it did)
}

export function normDec(d: Dec): Dec {
  let { n, s } = d;
  while (s > 0 && n % 10n === 0n) { n /= 10n; s--; }
  return { n, s };
}

/** 10^k as a Dec (k may be negative). */
export function decPow10(k: number): Dec {
  return k >= 0 ? { n: pow10(k), s: 0 } : { n: 1n, s: -k };
}

export function decInt(n: number | bigint): Dec {
  return { n: BigInt(n), s: 0 };
}

/** Multiply by 10^k exactly. */
export function decShift(d: Dec, k: number): Dec {
  if (k >= 0) {
    if (d.s >= k) return normDec({ n: d.n, s: d.s - k });
    return { n: d.n * pow10(k - d.s), s: 0 };
  }
  return normDec({ n: d.n, s: d.s - k });
}

export function decMul(a: Dec, b: Dec): Dec {
  return normDec({ n: a.n * b.n, s: a.s + b.s });
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const s = Math.max(a.s, b.s);
  return [a.n * pow10(s - a.s), b.n * pow10(s - b.s), s];
}

export function decAdd(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return normDec({ n: x + y, s });
}

export function decSub(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return normDec({ n: x - y, s });
}

export function decCmp(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * a / b. Exact when the quotient terminates within `maxScale` fractional digits (then `exact` is true);
 * otherwise rounded half-up to `maxScale` digits.
 */
export function decDiv(a: Dec, b: Dec, maxScale = 12): { value: Dec; exact: boolean } {
  if (b.n === 0n) return { value: ZERO, exact: false };
  // a/b = (a.n / 10^a.s) / (b.n / 10^b.s) = a.n * 10^(b.s) / (b.n * 10^(a.s))
  let num = a.n * pow10(b.s);
  let den = b.n * pow10(a.s);
  if (den < 0n) { num = -num; den = -den; }
  const scaled = num * pow10(maxScale);
  const q = scaled / den;
  const r = scaled % den;
  if (r === 0n) return { value: normDec({ n: q, s: maxScale }), exact: true };
  const twice = (r < 0n ? -r : r) * 2n;
  const rounded = twice >= den ? q + (scaled < 0n ? -1n : 1n) : q;
  return { value: normDec({ n: rounded, s: maxScale }), exact: false };
}

/** Canonical decimal string: no exponent, no trailing ".0", no leading "+". */
export function decToString(d: Dec): string {
  const { n, s } = normDec(d);
  const neg = n < 0n;
  let digits = (neg ? -n : n).toString();
  if (s > 0) {
    if (digits.length <= s) digits = '0'.repeat(s - digits.length + 1) + digits;
    digits = digits.slice(0, digits.length - s) + '.' + digits.slice(digits.length - s);
  }
  return (neg ? '-' : '') + digits;
}

/** Parse a plain decimal string ("123", "-4.35", "1,234.5"); null when it is not one. */
export function decParse(str: string): Dec | null {
  let i = 0;
  let neg = false;
  if (str[0] === '-') { neg = true; i = 1; }
  let intDigits = '';
  let frac = '';
  let seenDot = false;
  if (i >= str.length) return null;
  for (; i < str.length; i++) {
    const c = str[i];
    if (c >= '0' && c <= '9') {
      if (seenDot) frac += c; else intDigits += c;
    } else if (c === ',' && !seenDot) {
      continue;
    } else if (c === '.' && !seenDot) {
      seenDot = true;
    } else return null;
  }
  if (intDigits === '' && frac === '') return null;
  const n = BigInt((intDigits || '0') + frac);
  return normDec({ n: neg ? -n : n, s: frac.length });
}

/** Place value of the last significant written digit of a digit string with optional fraction. */
export function writtenPrecision(intDigits: string, fracDigits: string): Dec {
  if (fracDigits.length > 0) return decPow10(-fracDigits.length);
  let zeros = 0;
  for (let i = intDigits.length - 1; i > 0 && intDigits[i] === '0'; i--) zeros++;
  return decPow10(zeros);
}

/** Precision of an integer-valued amount: 10^(number of trailing zeros). */
export function valuePrecision(d: Dec): Dec {
  const v = normDec(d);
  if (v.s > 0) return decPow10(-v.s);
  if (v.n === 0n) return decInt(1);
  let n = v.n < 0n ? -v.n : v.n;
  let z = 0;
  while (n % 10n === 0n) { n /= 10n; z++; }
  return decPow10(z);
}

// ---------------------------------------------------------------- character classes

export function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
export function isAsciiLetter(c: number): boolean { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }
export function isHangul(c: number): boolean { return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e); }
export function isSpace(c: number): boolean { return c === 32 || c === 0xa0 || c === 9 || c === 0x202f || c === 0x2009; }

// ---------------------------------------------------------------- arabic digits

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
    while (j + 3 < n + 1 && text.charCodeAt(j) === 44 &&
      isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) &&
      !isDigit(text.charCodeAt(j + 4))) {
      intDigits += text.slice(j + 1, j + 4);
      j += 4;
      comma = true;
      if (intDigits.length > MAX_DIGITS) { tooLong = true; break; }
    }
  }
  let fracDigits = '';
  if (!tooLong && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < n && isDigit(text.charCodeAt(k))) k++;
    arabicWork.chars += k - j - 1;
    if (k - j - 1 > MAX_DIGITS) { tooLong = true; j = k; }
    else { fracDigits = text.slice(j + 1, k); j = k; }
  }
  if (tooLong) {
    // The scanner reads on at every comma group of an over-long number, and each read ends where the run
    // ends: the run's end is kept, so a line of groups is read once, not once per group (quadratic).
    if (text === lastRun.text && j >= lastRun.from && j <= lastRun.end) j = lastRun.end;
    else {
      const from = j;
      while (j < n && (isDigit(text.charCodeAt(j)) || (text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1))))) j++;
      arabicWork.chars += j - from;
      lastRun.text = text; lastRun.from = from; lastRun.end = j;
    }
  }
  return { end: j, intDigits, fracDigits, comma, tooLong };
}

export function arabicValue(a: Arabic): Dec {
  return normDec({ n: BigInt((a.intDigits || '0') + a.fracDigits), s: a.fracDigits.length });
}

// ---------------------------------------------------------------- Korean numerals

const KO_SMALL: Record<string, number> = { '십': 1, '백': 2, '천': 3 };
const KO_BIG: Record<string, number> = { '만': 4, '억': 8, '조': 12 };
/** Sino-Korean digit words, read only before 십/백/천/만/억/조 ("오천억", "삼조", "이십만"). */
const KO_DIGIT: Record<string, number> = { '일': 1, '이': 2, '삼': 3, '사': 4, '오': 5, '육': 6, '칠': 7, '팔': 8, '구': 9 };

/**
 * Can readKoreanNumeral read more than the digits `a` (read at the same position)? Only with 십/백/천/만/억/조
 * right after them; otherwise it would return the plain digits, which readEnglishNumeral reads as well.
 */
export function koreanScaleAfter(text: string, a: Arabic | null): boolean {
  if (!a || a.tooLong) return false;
  const c = text.charCodeAt(a.end) - 0xac00;
  return c >= 0 && c < KO_SYLLABLES && (KO_NUMERAL_CLASS[c] & KO_SCALE) !== 0;
}

/** Can a Hangul numeral start at `pos` ("수십만", "천억", "오천억")? The scanner asks before reading one. */
export function mayStartHangulNumeral(text: string, pos: number): boolean {
  // Asked at every Hangul word start: a table by code unit, not a one-character string and a keyed lookup.
  const c = text.charCodeAt(pos) - 0xac00;
  if (!(c >= 0 && c < KO_SYLLABLES)) return false;
  const f = KO_NUMERAL_CLASS[c];
  if (f & KO_CAN_START) return true;
  if (!(f & KO_IS_DIGIT)) return false;
  const nx = text.charCodeAt(pos + 1) - 0xac00;
  return nx >= 0 && nx < KO_SYLLABLES && (KO_NUMERAL_CLASS[nx] & KO_SCALE) !== 0;
}
const KO_SYLLABLES = 0xd7a4 - 0xac00;
const KO_CAN_START = 1, KO_IS_DIGIT = 2, KO_SCALE = 4;
const KO_NUMERAL_CLASS = new Uint8Array(KO_SYLLABLES);
for (const ch of ['수', ...Object.keys(KO_SMALL)]) KO_NUMERAL_CLASS[ch.charCodeAt(0) - 0xac00] |= KO_CAN_START;
for (const ch of Object.keys(KO_DIGIT)) KO_NUMERAL_CLASS[ch.charCodeAt(0) - 0xac00] |= KO_IS_DIGIT;
for (const ch of [...Object.keys(KO_SMALL), ...Object.keys(KO_BIG)]) KO_NUMERAL_CLASS[ch.charCodeAt(0) - 0xac00] |= KO_SCALE;

export interface Numeral {
  start: number;
  end: number;
  value: Dec;
  precision: Dec;
  /** Power of ten of the last scale word (억, 조, billion ...), 0 when none: "1~2조" lets "1" borrow it. */
  scale: number;
  /** For vague amounts (수십만, hundreds of thousands). */
  low?: Dec;
  high?: Dec;
  /** Plain digits only (no comma, fraction, scale word): candidates for years, days, codes. */
  plain: boolean;
  /** Number of integer digits written, for plain numbers. */
  intLen: number;
  /** Written with words (four, one hundred thousand). */
  words?: boolean;
}

/**
 * A Korean numeral at `pos` starting with an arabic digit: "5000억", "5천억", "9만3000", "34.5만",
 * "1조 2000억", "10만", "1,000억". Returns null when there is no digit at pos.
 * Stops before anything that is not part of the numeral (units, counters, particles).
 */
export function readKoreanNumeral(text: string, pos: number, first: Arabic | null = readArabic(text, pos)): Numeral | null {
  if (!first || first.tooLong) return null;
  let total: Dec = ZERO;
  let precision: Dec = decInt(1);
  let scale = 0;
  let end = first.end;
  let prevBig = 99;
  let cur: Arabic | null = first;
  let curPos = pos;
  let plainOnly = true;
  let groups = 0;
  while (cur) {
    // one group: terms "a천", "b백", "c십", "d", then optional big unit
    let group: Dec = ZERO;
    let gPrec: Dec = decInt(1);
    let gEnd = cur.end;
    let term: Arabic | null = cur;
    let lastSmall = 99;
    while (term) {
      const v = arabicValue(term);
      const p = writtenPrecision(term.intDigits, term.fracDigits);
      const ch = text[term.end];
      const small = ch !== undefined ? KO_SMALL[ch] : undefined;
      if (small !== undefined && small < lastSmall && !isSmallFalsePositive(text, term.end)) {
        group = decAdd(group, decShift(v, small));
        gPrec = decShift(p, small);
        gEnd = term.end + 1;
        lastSmall = small;
        plainOnly = false;
        // another term directly attached: "5천5백"
        const nx: Arabic | null = isDigit(text.charCodeAt(gEnd)) && term.fracDigits === '' ? readArabic(text, gEnd) : null;
        if (nx && !nx.tooLong && !nx.comma && nx.fracDigits === '') { term = nx; continue; }
        term = null;
      } else {
        group = decAdd(group, v);
        gPrec = p;
        gEnd = term.end;
        if (term !== cur) { /* trailing units after small multiplier */ }
        term = null;
      }
    }
    const bch = text[gEnd];
    const big = bch !== undefined ? KO_BIG[bch] : undefined;
    if (big !== undefined && big < prevBig && !isBigFalsePositive(text, gEnd)) {
      total = decAdd(total, decShift(group, big));
      precision = decShift(gPrec, big);
      scale = big;
      end = gEnd + 1;
      prevBig = big;
      plainOnly = false;
      groups++;
      // next group: directly attached ("9만3000", "1조2000억") or after one space when it carries a big unit
      let np = end;
      let spaced = false;
      if (isSpace(text.charCodeAt(np))) { np++; spaced = true; }
      if (!isDigit(text.charCodeAt(np))) break;
      const nx = readArabic(text, np);
      if (!nx || nx.tooLong || nx.fracDigits !== '') break;
      // peek: does the next group end with a smaller big unit?
      let pk = nx.end;
      while (pk < text.length && KO_SMALL[text[pk]] !== undefined && pk - nx.end < 3) {
        pk++;
        while (isDigit(text.charCodeAt(pk))) pk++;
      }
      const nb = KO_BIG[text[pk]];
      if (nb !== undefined && nb < prevBig && !isBigFalsePositive(text, pk)) {
        cur = nx; curPos = np; continue;
      }
      // attached remainder without a big unit: "9만3000", "5천만" handled above; "1억5000"; after 만 also spaced
      // when it is written to the hundreds and a counter or unit follows: "34만 5000명", "10만 500개"
      if (prevBig >= 4 && (!spaced || (prevBig === 4 && nx.intDigits.length >= 3 && !nx.comma && isHangul(text.charCodeAt(nx.end)) && KO_SMALL[text[nx.end]] === undefined && !'년월일주시분'.includes(text[nx.end])))) {
        const rest = readKoreanSmallOnly(text, np);
        if (rest && decCmp(rest.value, decPow10(prevBig)) < 0) {
          total = decAdd(total, rest.value);
          precision = rest.precision;
          scale = 0;
          end = rest.end;
        }
      }
      break;
    } else {
      if (groups === 0) {
        total = group;
        precision = gPrec;
        end = gEnd;
        scale = 0;
      }
      break;
    }
  }
  void curPos;
  return {
    start: pos, end, value: normDec(total), precision: normDec(precision), scale,
    plain: plainOnly && !first.comma && first.fracDigits === '' && end === first.end,
    intLen: first.intDigits.length,
  };
}

/** "3000", "3천", "3천500" without big unit (remainder after 만). */
function readKoreanSmallOnly(text: string, pos: number): { end: number; value: Dec; precision: Dec } | null {
  let value: Dec = ZERO;
  let precision: Dec = decInt(1);
  let p = pos;
  let lastSmall = 99;
  let any = false;
  for (let guard = 0; guard < 4; guard++) {
    const a = readArabic(text, p);
    if (!a || a.tooLong || a.fracDigits !== '' || a.comma) break;
    const v = arabicValue(a);
    const small = KO_SMALL[text[a.end]];
    if (small !== undefined && small < lastSmall && !isSmallFalsePositive(text, a.end)) {
      value = decAdd(value, decShift(v, small));
      precision = decShift(writtenPrecision(a.intDigits, ''), small);
      p = a.end + 1;
      lastSmall = small;
      any = true;
      continue;
    }
    value = decAdd(value, v);
    precision = writtenPrecision(a.intDigits, '');
    p = a.end;
    any = true;
    break;
  }
  return any ? { end: p, value, precision } : null;
}

// 천: 천연, 천문; 백: 백신, 백악관; 십: 십자
function isSmallFalsePositive(text: string, i: number): boolean {
  const nx = text[i + 1];
  const c = text[i];
  if (c === '천') return nx === '연' || nx === '문' || nx === '재';
  if (c === '백') return nx === '신' || nx === '악' || nx === '화' || nx === '업' || nx === '서';
  if (c === '십') return nx === '자';
  return false;
}

// 조: 조사, 조치, 조건, 조항; 만: 만에 (in N ...) is after counters, not digits; 억: 억제
function isBigFalsePositive(text: string, i: number): boolean {
  const c = text[i];
  const nx = text[i + 1];
  if (c === '조') return nx === '사' || nx === '치' || nx === '건' || nx === '항' || nx === '직' || nx === '정' || nx === '성' || nx === '합' || nx === '기';
  if (c === '억') return nx === '제' || nx === '압';
  if (c === '만') return nx === '약' || nx === '료' || nx === '족' || nx === '들' || nx === '큼';
  return false;
}

/**
 * Hangul-only numerals at a word start: exact ones built from 십/백/천 + 만/억/조 ("천만", "백억"),
 * and vague ones with 수 ("수십만" = 10..99 ×10^4, "수백억", "수천", "수조").
 * The caller must check that a unit or counter follows.
 */
export function readHangulNumeral(text: string, pos: number): Numeral | null {
  if (KO_DIGIT[text[pos]] !== undefined) return readHangulDigits(text, pos);
  let p = pos;
  let vague = false;
  if (text[p] === '수') { vague = true; p++; }
  const small = KO_SMALL[text[p]];
  if (small !== undefined) p++;
  const big = KO_BIG[text[p]];
  if (big !== undefined) p++;
  if (small === undefined && big === undefined) return null;
  if (!vague && (small === undefined || big === undefined)) return null;
  const sm = small ?? 0;
  const bg = big ?? 0;
  if (vague) {
    // 수십 = 10..99, 수백 = 100..999, 수천 = 1000..9999, bare 수 = 2..9
    const low = sm === 0 ? decInt(2) : decPow10(sm);
    const high = sm === 0 ? decInt(9) : decSub(decPow10(sm + 1), decInt(1));
    const lo = decShift(low, bg);
    const hi = decShift(high, bg);
    return {
      start: pos, end: p, value: lo, precision: decPow10(sm + bg), scale: bg, low: lo, high: hi,
      plain: false, intLen: 0, words: true,
    };
  }
  const v = decPow10(sm + bg);
  return { start: pos, end: p, value: v, precision: v, scale: bg, plain: false, intLen: 0, words: true };
}

/**
 * Numerals in Sino-Korean words: terms of an optional digit word and 천/백/십 ("오천오백"), then an optional
 * 만/억/조 ("오천억" = 5000억, "삼조" = 3조, "이십만" = 20만). At least one digit word; a lone digit word is not one.
 */
function readHangulDigits(text: string, pos: number): Numeral | null {
  let p = pos;
  let group = 0n;
  let last = 99;
  let place = -1;
  let digits = 0;
  for (let guard = 0; guard < 8; guard++) {
    const d = KO_DIGIT[text[p]];
    const sm = KO_SMALL[text[d !== undefined ? p + 1 : p]];
    if (sm !== undefined && sm < last) {
      group += BigInt(d ?? 1) * pow10(sm);
      if (d !== undefined) { digits++; p++; }
      p++;
      last = sm;
      place = sm;
      continue;
    }
    // a last digit with no place word: "오천오" (rare), or a digit right before 만/억/조 ("삼조")
    if (d !== undefined && last > 0 && (KO_BIG[text[p + 1]] !== undefined || place >= 0)) { group += BigInt(d); digits++; p++; place = 0; }
    break;
  }
  if (!digits || place < 0) return null;
  const big = KO_BIG[text[p]];
  const bg = big ?? 0;
  if (big !== undefined) p++;
  else if (place === 0) return null; // "오천오" with no 만/억/조 after it is not read
  const value = decShift(decInt(group), bg);
  return { start: pos, end: p, value, precision: decPow10(place + bg), scale: bg, plain: false, intLen: 0, words: true };
}

// ---------------------------------------------------------------- English numerals

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words after digits or number words; single letters only after a currency sign. */
export const EN_SCALES: Record<string, number> = {
  thousand: 3, million: 6, billion: 9, trillion: 12,
  bn: 9, bln: 9, mn: 6, mln: 6, tn: 12, trn: 12,
};
const EN_LETTER_SCALES: Record<string, number> = { k: 3, K: 3, m: 6, M: 6, b: 9, B: 9, t: 12, T: 12 };
/** Plural magnitude words for vague amounts: "hundreds of thousands". */
const EN_PLURALS: Record<string, number> = {
  tens: 1, dozens: 1, hundreds: 2, thousands: 3, millions: 6, billions: 9, trillions: 12,
};

/**
 * Can readEnglishVague or readEnglishWords find anything at a word whose lower case is `l`? (Their first-word
 * tests, looked up the same way.) Lets a scanner pass over ordinary words without calling them.
 */
export function mayStartEnglishNumber(l: string): boolean {
  return EN_PLURALS[l] !== undefined || EN_UNITS[l] !== undefined || EN_TENS[l] !== undefined || l === 'a' || l === 'an' || l === 'half';
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
  if (pow !== undefined && (w === w.toLowerCase() || w.length <= 3 || w[0] === w[0].toUpperCase())) return { pow, end };
  if (letters && p === pos && w.length === 1 && EN_LETTER_SCALES[w] !== undefined) return { pow: EN_LETTER_SCALES[w], end };
  return null;
}

/** Digits with an optional English scale word: "500 billion", "1.57 billion", "100,000", "5 bn". */
export function readEnglishNumeral(text: string, pos: number, letterScales = false, a: Arabic | null = readArabic(text, pos)): Numeral | null {
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
    start: pos, end, value, precision, scale,
    plain: !a.comma && a.fracDigits === '' && scale === 0, intLen: a.intDigits.length,
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
    if (!any && !sawA && !half && l === 'half' && isSpace(text.charCodeAt(wEnd)) && /^an? /i.test(text.slice(wEnd + 1, wEnd + 4))) {
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
      if (nw !== 'hundred' && EN_SCALES[nw] === undefined) break;
      current = 1n;
      sawA = true;
      p = q;
      continue;
    }
    if (EN_UNITS[l] !== undefined) {
      current += BigInt(EN_UNITS[l]);
      consumed = true;
    } else if (EN_TENS[l] !== undefined) {
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
    start: pos, end, value, precision: valuePrecision(value), scale: lastScale,
    plain: false, intLen: 0, words: true,
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

// ---------------------------------------------------------------- whole-string conveniences

export interface Amount { value: string; precision: string }

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

// ---------------------------------------------------------------- writing numbers

/** "1234567.5" → "1,234,567.5" */
export function groupThousands(d: Dec): string {
  const s = decToString(d);
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return (neg ? '-' : '') + out + frac;
}

/** Korean grouping by 10^4: 500000000000 → "5000억", 93000 → "9만3000", 345000 → "34만5000". */
export function koreanGroups(d: Dec, groupSpace = false): string {
  const v = normDec(d);
  if (v.n < 0n) return '-' + koreanGroups({ n: -v.n, s: v.s }, groupSpace);
  const intPart = v.n / pow10(v.s);
  const fracPart = v.s > 0 ? decToString(v).split('.')[1] : '';
  if (intPart < 10000n) return decToString(v);
  if (fracPart) {
    // a fraction with a large integer part: keep plain digits
    return decToString(v);
  }
  const units: [bigint, string][] = [[pow10(12), '조'], [pow10(8), '억'], [pow10(4), '만']];
  let rest = intPart;
  const parts: string[] = [];
  for (const [u, name] of units) {
    const q = rest / u;
    if (q > 0n) {
      parts.push(q.toString() + name);
      rest %= u;
    }
  }
  // "1조 2000억", but the remainder below 만 stays attached: "9만3000", "1억 5000만5000"
  let out = parts.join(groupSpace ? ' ' : '');
  if (rest > 0n) out += rest.toString();
  return out;
}

const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** English number in report style: "four" (1–9 when `spell`), "100,000", "500 billion", "1.57 billion". */
export function englishAmount(d: Dec, opts: { spell?: boolean; scales?: boolean } = {}): string {
  const v = normDec(d);
  if (opts.spell && v.s === 0 && v.n >= 0n && v.n < 10n) return EN_WORDS[Number(v.n)];
  if (opts.scales !== false && v.n >= 0n) {
    for (const [pow, name] of [[12, 'trillion'], [9, 'billion'], [6, 'million']] as [number, string][]) {
      if (decCmp(v, decPow10(pow)) >= 0) {
        const m = decShift(v, -pow);
        if (m.s <= 3) return decToString(m) + ' ' + name;
        break;
      }
    }
  }
  return groupThousands(v);
}
