// Exact decimals on BigInt: value = n / 10^s. Figures keep the value a text states, digit for digit.

/** An exact decimal: value = n / 10^s (s >= 0). Always normalized (no trailing fractional zeros). */
export interface Dec {
  n: bigint;
  s: number;
}

export const ZERO: Dec = { n: 0n, s: 0 };

/** 10^0 … 10^40: every value, precision and comparison aligns by these, and a BigInt power is a runtime call. */
const POW10: bigint[] = [];
for (let k = 0, p = 1n; k <= 40; k++, p *= 10n) POW10.push(p);

export function pow10(k: number): bigint {
  return POW10[k] ?? 10n ** BigInt(k); // (the power throws for a negative or fractional k, as it did)
}

export function normDec(d: Dec): Dec {
  let { n, s } = d;
  while (s > 0 && n % 10n === 0n) {
    n /= 10n;
    s--;
  }
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
  if (den < 0n) {
    num = -num;
    den = -den;
  }
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
  if (str[0] === '-') {
    neg = true;
    i = 1;
  }
  let intDigits = '';
  let frac = '';
  let seenDot = false;
  if (i >= str.length) return null;
  for (; i < str.length; i++) {
    const c = str[i];
    if (c >= '0' && c <= '9') {
      if (seenDot) frac += c;
      else intDigits += c;
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
  while (n % 10n === 0n) {
    n /= 10n;
    z++;
  }
  return decPow10(z);
}
