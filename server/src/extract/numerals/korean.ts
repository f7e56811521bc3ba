// Korean numerals: digits with 만/억/조 (5000억, 34.5만, 9만3000), Hangul numerals (천만, 삼십오), read at a position.
// Every reader consumes a bounded, forward-only span and never uses backtracking regexes.
import { isDigit, isHangul, isSpace } from '../../text/chars';
import { type Arabic, arabicValue, readArabic } from './arabic';
import {
  type Dec,
  decAdd,
  decCmp,
  decInt,
  decPow10,
  decShift,
  decSub,
  normDec,
  pow10,
  writtenPrecision,
  ZERO,
} from './decimal';

const KO_SMALL: Record<string, number> = { 십: 1, 백: 2, 천: 3 };
const KO_BIG: Record<string, number> = { 만: 4, 억: 8, 조: 12 };
/** Sino-Korean digit words, read only before 십/백/천/만/억/조 ("오천억", "삼조", "이십만"). */
const KO_DIGIT: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };

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
const KO_CAN_START = 1,
  KO_IS_DIGIT = 2,
  KO_SCALE = 4;
const KO_NUMERAL_CLASS = new Uint8Array(KO_SYLLABLES);
for (const ch of ['수', ...Object.keys(KO_SMALL)]) KO_NUMERAL_CLASS[ch.charCodeAt(0) - 0xac00] |= KO_CAN_START;
for (const ch of Object.keys(KO_DIGIT)) KO_NUMERAL_CLASS[ch.charCodeAt(0) - 0xac00] |= KO_IS_DIGIT;
for (const ch of [...Object.keys(KO_SMALL), ...Object.keys(KO_BIG)])
  KO_NUMERAL_CLASS[ch.charCodeAt(0) - 0xac00] |= KO_SCALE;

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
export function readKoreanNumeral(
  text: string,
  pos: number,
  first: Arabic | null = readArabic(text, pos),
): Numeral | null {
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
        const nx: Arabic | null =
          isDigit(text.charCodeAt(gEnd)) && term.fracDigits === '' ? readArabic(text, gEnd) : null;
        if (nx && !nx.tooLong && !nx.comma && nx.fracDigits === '') {
          term = nx;
          continue;
        }
        term = null;
      } else {
        group = decAdd(group, v);
        gPrec = p;
        gEnd = term.end;
        if (term !== cur) {
          /* trailing units after small multiplier */
        }
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
      if (isSpace(text.charCodeAt(np))) {
        np++;
        spaced = true;
      }
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
        cur = nx;
        curPos = np;
        continue;
      }
      // attached remainder without a big unit: "9만3000", "5천만" handled above; "1억5000"; after 만 also spaced
      // when it is written to the hundreds and a counter or unit follows: "34만 5000명", "10만 500개", and with its
      // thousands comma, as prices and counts are written ("4만 2,350원", "1만 5,000명")
      // …and after 만 with one space when the rest is one digit and its 천/백 ("1만 8천 톤", "123만 6천㎡", "2만 4천㎥"):
      // one number as Korean writes it, not 만 alone and a count of thousands beside it.
      if (
        prevBig >= 4 &&
        (!spaced ||
          (prevBig === 4 &&
            nx.intDigits.length >= 3 &&
            ((isHangul(text.charCodeAt(nx.end)) &&
              KO_SMALL[text[nx.end]] === undefined &&
              !'년월일주시분'.includes(text[nx.end])) ||
              // a unit's letters or sign: "2만 1,400MW", "3만 3,000㎡"
              /^[A-Za-z\u3380-\u33ff]/.test(text.slice(nx.end, nx.end + 1)))) ||
          (prevBig === 4 &&
            nx.intDigits.length === 1 &&
            !nx.comma &&
            KO_SMALL[text[nx.end]] !== undefined &&
            KO_BIG[text[nx.end + 1]] === undefined &&
            !isSmallFalsePositive(text, nx.end)))
      ) {
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
    start: pos,
    end,
    value: normDec(total),
    precision: normDec(precision),
    scale,
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
    if (!a || a.tooLong || a.fracDigits !== '') break;
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
  if (c === '조')
    return (
      nx === '사' ||
      nx === '치' ||
      nx === '건' ||
      nx === '항' ||
      nx === '직' ||
      nx === '정' ||
      nx === '성' ||
      nx === '합' ||
      nx === '기'
    );
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
  if (text[p] === '수') {
    vague = true;
    p++;
  }
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
      start: pos,
      end: p,
      value: lo,
      precision: decPow10(sm + bg),
      scale: bg,
      low: lo,
      high: hi,
      plain: false,
      intLen: 0,
      words: true,
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
      if (d !== undefined) {
        digits++;
        p++;
      }
      p++;
      last = sm;
      place = sm;
      continue;
    }
    // a last digit with no place word: "오천오" (rare), or a digit right before 만/억/조 ("삼조")
    if (d !== undefined && last > 0 && (KO_BIG[text[p + 1]] !== undefined || place >= 0)) {
      group += BigInt(d);
      digits++;
      p++;
      place = 0;
    }
    break;
  }
  if (!digits || place < 0) return null;
  const big = KO_BIG[text[p]];
  const bg = big ?? 0;
  if (big !== undefined) p++;
  else if (place === 0) return null; // "오천오" with no 만/억/조 after it is not read
  const value = decShift(decInt(group), bg);
  return {
    start: pos,
    end: p,
    value,
    precision: decPow10(place + bg),
    scale: bg,
    plain: false,
    intLen: 0,
    words: true,
  };
}
