// Writing numbers back: thousands groups, Korean 만/억/조 groups, English amounts with scales or words.
import { type Dec, decCmp, decPow10, decShift, decToString, normDec, pow10 } from '../extract/numerals/decimal';

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
  const units: [bigint, string][] = [
    [pow10(12), '조'],
    [pow10(8), '억'],
    [pow10(4), '만'],
  ];
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
    for (const [pow, name] of [
      [12, 'trillion'],
      [9, 'billion'],
      [6, 'million'],
    ] as [number, string][]) {
      if (decCmp(v, decPow10(pow)) >= 0) {
        const m = decShift(v, -pow);
        if (m.s <= 3) return decToString(m) + ' ' + name;
        break;
      }
    }
  }
  return groupThousands(v);
}
