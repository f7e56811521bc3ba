// Amounts a table gives in the unit its caption declares: "Sources and uses of funds (EUR million)" over "Sponsor equity
// 1,500", "(단위: 백만 원)" over a 공시's rows, "(in thousands of US$)", "(US$ millions)". The rows write bare numbers; the
// caption says what they are. Read where the article is indexed: a bare number of such a row is that amount of money.
import type { RawEquivalence, RawFigure } from '../types';
import { decParse, decShift, decToString, writtenPrecision } from '../extract/numerals/decimal';

/** A unit a caption declares: the currency's code and the power of ten its numbers are in. */
export interface DeclaredUnit {
  unit: string;
  scale: number;
}

const CURRENCY: Record<string, string> = {
  eur: 'EUR',
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  usd: 'USD',
  us$: 'USD',
  $: 'USD',
  dollars: 'USD',
  'u.s. dollars': 'USD',
  gbp: 'GBP',
  '£': 'GBP',
  jpy: 'JPY',
  '¥': 'JPY',
  yen: 'JPY',
  krw: 'KRW',
  '₩': 'KRW',
  won: 'KRW',
  원: 'KRW',
  달러: 'USD',
  유로: 'EUR',
  엔: 'JPY',
};
const SCALE: Record<string, number> = {
  '': 0,
  thousand: 3,
  thousands: 3,
  "'000": 3,
  '000': 3,
  k: 3,
  million: 6,
  millions: 6,
  mn: 6,
  m: 6,
  billion: 9,
  billions: 9,
  bn: 9,
  천: 3,
  만: 4,
  백만: 6,
  천만: 7,
  억: 8,
  십억: 9,
  조: 12,
};

const CUR_EN = `(EUR|USD|US\\$|GBP|JPY|KRW|€|\\$|£|¥|₩|euros?|(?:U\\.S\\.\\s)?dollars|yen|won)`;
const SCALE_EN = `(thousands?|millions?|billions?|mn|bn|m|k|'?000)`;
/**
 * A caption's unit in brackets at the end of its line: "(EUR million)", "(in US$ millions)", "(€m)", "(in thousands of
 * U.S. dollars)", "(USD '000)", "(단위: 백만 원)", "(단위 : 원)", "[단위: 억원]". Or a line that is the unit alone: "단위: 백만원".
 */
const DECLARED_PARTS = [
  `[(\\[]\\s*(?:in\\s+)?${CUR_EN}\\s?${SCALE_EN}\\s*[)\\]]`,
  `[(\\[]\\s*(?:in\\s+)?${SCALE_EN}\\s+of\\s+${CUR_EN}\\s*[)\\]]`,
  `[(\\[]?\\s*단위\\s*[:：]?\\s*(천|만|백만|천만|억|십억|조)?\\s?(원|달러|유로|엔)\\s*[)\\]]?`,
];
const DECLARED = new RegExp(`(?:${DECLARED_PARTS.map((p) => `(?:${p})`).join('|')})\\s*$`, 'i');

/** The unit a line declares for the table under it, or undefined. */
export function declaredUnit(line: string): DeclaredUnit | undefined {
  if (line.length > 160) return undefined;
  const m = DECLARED.exec(line.trim());
  if (!m) return undefined;
  const [cur, scale] = m[1] !== undefined ? [m[1], m[2]] : m[4] !== undefined ? [m[4], m[3]] : [m[6], m[5] ?? ''];
  const unit = CURRENCY[cur.toLowerCase()];
  const k = SCALE[scale.toLowerCase()];
  return unit && k !== undefined ? { unit, scale: k } : undefined;
}

/** How many lines under a caption its table may run, blank lines apart from the first after it not counted. */
const MAX_ROWS = 80;

/**
 * The declared unit of each line of the text (by its offset range): the lines of the block right under a caption that
 * declares one, up to the first blank line after a row (a blank line right under the caption is allowed), or the next
 * caption. Empty when the text declares none.
 */
export function declaredRanges(text: string): { start: number; end: number; unit: DeclaredUnit }[] {
  if (!/단위|million|thousand|billion|\bmn\b|\bbn\b|'000|[€$£¥₩]\s?m\b/i.test(text)) return [];
  const out: { start: number; end: number; unit: DeclaredUnit }[] = [];
  const lines = text.split('\n');
  let at = 0;
  let cur: { start: number; end: number; unit: DeclaredUnit } | undefined;
  let rows = 0;
  let blanks = 0;
  for (const line of lines) {
    const start = at;
    at += line.length + 1;
    const unit = declaredUnit(line);
    if (unit) {
      if (cur && cur.end > cur.start) out.push(cur);
      cur = { start: at, end: at, unit };
      rows = 0;
      blanks = 0;
      continue;
    }
    if (!cur) continue;
    if (!line.trim()) {
      // (a blank line right under the caption, or between the table's head and rows, may stand; one after rows ends it)
      if (rows > 0 || ++blanks > 1) {
        if (cur.end > cur.start) out.push(cur);
        cur = undefined;
      }
      continue;
    }
    rows++;
    cur.end = start + line.length;
    if (rows >= MAX_ROWS) {
      out.push(cur);
      cur = undefined;
    }
  }
  if (cur && cur.end > cur.start) out.push(cur);
  return out;
}

/** A bare number in a table's row: digits with thousands commas and a fraction, standing alone between cells. */
const BARE = /(?<![\p{L}\p{N}.,%$€£¥₩-])-?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\p{L}\p{N}%]|[.,]\d)/gu;

/**
 * The figures of a row under a caption's unit: its bare numbers (a count with no noun, "1,500", or a number the
 * scanner reads as none, "950") as the amounts they are ("EUR 950 million"), other figures as they are; in order, with
 * the equivalences' indexes moved along.
 */
export function inDeclaredUnit(
  text: string,
  found: { figures: RawFigure[]; equivalences: RawEquivalence[] },
  unit: DeclaredUnit,
): { figures: RawFigure[]; equivalences: RawEquivalence[] } {
  const amount = (f: RawFigure): RawFigure | undefined => {
    const v = decParse(f.value),
      p = decParse(f.precision);
    if (!v || !p) return undefined;
    return {
      ...f,
      kind: 'money',
      unit: unit.unit,
      value: decToString(decShift(v, unit.scale)),
      precision: decToString(decShift(p, unit.scale)),
    };
  };
  const figures = found.figures.map((f) =>
    f.kind === 'count' && f.unit === 'count' && f.noun === undefined && f.qualifier !== 'range' ? (amount(f) ?? f) : f,
  );
  const taken = (a: number, b: number) => figures.some((f) => f.start < b && a < f.end);
  const added: RawFigure[] = [];
  for (const m of text.matchAll(BARE)) {
    const start = m.index!,
      end = start + m[0].length;
    if (taken(start, end)) continue;
    const [int, frac = ''] = m[0].replace(/^-/, '').replace(/,/g, '').split('.');
    const f = amount({
      start,
      end,
      text: m[0],
      kind: 'count',
      unit: 'count',
      value: m[0].replace(/,/g, ''),
      precision: decToString(writtenPrecision(int, frac)),
      qualifier: 'exact',
    });
    if (f) added.push(f);
  }
  if (!added.length) return { figures, equivalences: found.equivalences };
  const all = [...figures, ...added].sort((a, b) => a.start - b.start);
  const at = figures.map((f) => all.indexOf(f));
  return { figures: all, equivalences: found.equivalences.map((e) => ({ ...e, a: at[e.a], b: at[e.b] })) };
}

/**
 * A field of a disclosure or a form, one a line: a label, its unit in brackets, a colon and a bare number ("매출액
 * 대비(%) : 18.61", "계약금액(원) : 58,400,000,000", "Contract amount (USD million): 61.4"). The label says what the number
 * is of, the brackets what unit it is in, as a caption does for a table's rows.
 */
const FIELD =
  /^[\s*•·-]*[^\d()（）:：\n]{1,40}?\s*[(（]\s*([^()（）\d:：\n]{1,16}?)\s*[)）]\s*[:：]\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$/;
const PERCENT_WORD = /^(?:%|％|퍼센트|per\s?cent)$/i;

/**
 * The figures of a sentence that is such a field, with its bare number read in the field's unit: a percentage, or money
 * in a currency (and scale) the brackets declare. A number the scanner read as something other than a bare count is
 * left as it is; a sentence of any other shape is returned unchanged.
 */
export function inFieldUnit(
  text: string,
  found: { figures: RawFigure[]; equivalences: RawEquivalence[] },
): { figures: RawFigure[]; equivalences: RawEquivalence[] } {
  if (text.length > 120 || !/[:：]/.test(text)) return found;
  const m = FIELD.exec(text);
  if (!m) return found;
  const u = m[1].trim();
  const written = m[2];
  const end = text.trimEnd().length,
    start = end - written.length;
  const [int, frac = ''] = written.replace(/,/g, '').split('.');
  const v = decParse(written.replace(/,/g, '')),
    p = writtenPrecision(int, frac);
  if (!v) return found;
  const base = { start, end, text: written, qualifier: 'exact' as const };
  let fig: RawFigure | undefined;
  if (PERCENT_WORD.test(u))
    fig = { ...base, kind: 'percent', unit: '%', value: decToString(v), precision: decToString(p) };
  else {
    const cur = CURRENCY[u.toLowerCase()];
    const d = cur ? { unit: cur, scale: 0 } : (declaredUnit(`(${u})`) ?? declaredUnit(`(단위: ${u})`));
    if (d)
      fig = {
        ...base,
        kind: 'money',
        unit: d.unit,
        value: decToString(decShift(v, d.scale)),
        precision: decToString(decShift(p, d.scale)),
      };
  }
  if (!fig) return found;
  const over = found.figures.findIndex((f) => f.start < end && start < f.end);
  if (over >= 0) {
    const f = found.figures[over];
    if (f.kind !== 'count' || f.unit !== 'count' || f.noun !== undefined || f.start !== start || f.end !== end)
      return found;
    const figures = found.figures.slice();
    figures[over] = fig;
    return { figures, equivalences: found.equivalences };
  }
  const all = [...found.figures, fig].sort((a, b) => a.start - b.start);
  const at = found.figures.map((f) => all.indexOf(f));
  return { figures: all, equivalences: found.equivalences.map((e) => ({ ...e, a: at[e.a], b: at[e.b] })) };
}
