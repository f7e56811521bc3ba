// Writing a figure in a report's language and style: what a quick fix puts in and a hover shows.
import { enWords, koWords, monthNames } from '../domain/language';
import { noteError } from '../errors';
import {
  decParse,
  decToString,
  englishAmount,
  groupThousands,
  isHangul,
  koreanGroups,
  normDec,
  pow10,
} from '../extract/numerals';
import { dateParts } from '../extract/values';
import type { Dec } from '../extract/numerals';
import type { FigureKind, Lang } from '../types';

export interface FormatStyle {
  /** Korean: a space before 달러/원/개/명. Default: after 만/억/조 only ("5000억 달러", "1500달러"); false: never ("5000억달러"); true: always. */
  unitSpace?: boolean;
  /** Korean: a space between 조 and 억 groups ("1조 2000억") — default true. */
  groupSpace?: boolean;
  /** English: spell out one to nine for counts and durations ("four years") — default true. */
  spellSmall?: boolean;
  /** English money: "$500 billion" (default) or "500 billion dollars" / "2 trillion won" style is used for KRW. */
  /** The noun or counter to write after a count ("jobs", "개", "명"); defaults from the unit. */
  noun?: string;
  /** English percent: "70 percent" instead of "70%". */
  percentWord?: boolean;
}

const KO_COUNT_WORD: Record<string, string> = koWords.write.counters;
const EN_COUNT_WORD: Record<string, [string, string]> = enWords.write.counters;
const EN_MONTHS = monthNames;

/**
 * Write a value the way a report in `lang` writes it: "$500 billion", "$1.57 billion", "100,000 jobs",
 * "5000억 달러", "718조 원", "10만 개", "2015년", "Jan. 21". Never throws; falls back to the raw value.
 */
export function formatFigure(
  value: string,
  unit: string,
  kind: FigureKind,
  lang: Lang,
  style: FormatStyle = {},
): string {
  try {
    return format(value, unit, kind, lang, style);
  } catch (e) {
    noteError('formatFigure', e);
    return value;
  }
}

function format(value: string, rateUnit: string, kind: FigureKind, lang: Lang, style: FormatStyle): string {
  if (kind === 'date') return formatDate(value, lang);
  // A rate ("USD/GW") is written as its amount; what it is per stays in the report's words around it.
  const slash = rateUnit.indexOf('/');
  const unit = slash > 0 ? rateUnit.slice(0, slash) : rateUnit;
  const d = decParse(value);
  if (!d) return value;
  const groupSpace = style.groupSpace !== false;
  const one = d.n === 10n ** BigInt(d.s);
  if (lang === 'ko') {
    const num = koreanGroups(d, groupSpace);
    // "5000억 달러", "10만 개" but "1500달러", "3개" unless the report's style says otherwise
    const sp =
      style.unitSpace === false ? '' : style.unitSpace === true || isHangul(num.charCodeAt(num.length - 1)) ? ' ' : '';
    switch (kind) {
      case 'money':
        return num + sp + (koWords.write.currencies[unit] ?? unit);
      case 'count': {
        const w = style.noun ?? KO_COUNT_WORD[unit] ?? '개';
        const spaced = w === '개' || w === '명' || w === '가구' ? sp : '';
        return num + spaced + w;
      }
      case 'duration':
        return num + (koWords.write.durations[unit] ?? unit);
      case 'percent':
        return num + (unit === '%p' ? '%p' : '%');
      case 'power':
        return num + 'MW';
      case 'energy':
        return num + 'MWh';
      case 'area':
        return num + '㎡';
      case 'length':
        return unit === 'nm' ? num + '나노' : metres(d, '㎞', 'm');
      case 'volume':
        return num + '㎥';
      case 'mass':
        return num + sp + '톤';
      case 'ratio':
        return num + '배';
      case 'temperature':
        return decToString(d) + (unit.startsWith('°F') ? '℉' : '℃');
      case 'index':
        return decToString(d); // (the index's name stands before the number, outside the figure: "PUE는 1.29")
    }
    return num;
  }
  // English
  switch (kind) {
    case 'money': {
      const amt = englishAmount(d);
      if (unit === 'USD' || unit === '$') return '$' + amt;
      if (unit === 'EUR') return '€' + amt;
      if (unit === 'GBP') return '£' + amt;
      if (unit === 'KRW') return amt + ' won';
      if (unit === 'JPY') return amt + ' yen';
      if (unit === 'CNY') return amt + ' yuan';
      return amt + ' ' + unit;
    }
    case 'count': {
      const amt = englishAmount(d, { spell: style.spellSmall !== false });
      const forms = EN_COUNT_WORD[unit];
      const noun = style.noun ?? (forms ? (one ? forms[0] : forms[1]) : unit === 'count' ? '' : unit);
      return noun ? amt + ' ' + noun : amt;
    }
    case 'duration': {
      const amt = englishAmount(d, { spell: style.spellSmall !== false, scales: false });
      return amt + ' ' + unit + (one ? '' : 's');
    }
    case 'percent':
      if (unit === '%p') return englishAmount(d, { scales: false }) + ' percentage point' + (one ? '' : 's');
      return englishAmount(d, { scales: false }) + (style.percentWord ? ' percent' : '%');
    case 'power':
      return groupThousands(d) + ' MW';
    case 'energy':
      return groupThousands(d) + ' MWh';
    case 'area':
      return groupThousands(d) + ' square meters';
    case 'length':
      return unit === 'nm' ? decToString(d) + 'nm' : metres(d, ' km', ' m');
    case 'volume':
      return groupThousands(d) + ' cubic meters';
    case 'mass':
      return englishAmount(d) + ' tonnes';
    case 'ratio':
      return decToString(d) + ' times';
    case 'temperature':
      // (°C, °F, or bare degrees; a rise is written as its size)
      return decToString(d) + (unit.length > 1 && unit[1] !== ' ' ? ' ' + unit.slice(0, 2) : ' degrees');
    case 'index':
      return decToString(d); // (the name stands before the number, outside the figure: "a PUE of 1.29")
  }
  return decToString(d);
}

/**
 * A length in metres as a report writes it: in kilometres from a kilometre up ("1,550 km", "1,550㎞"), else in metres.
 * (A chip's node, unit nm, is written as nanometres.)
 */
function metres(d: Dec, km: string, m: string): string {
  const k = normDec({ n: d.n, s: d.s + 3 });
  return k.s === 0 || (d.n >= pow10(d.s + 3) && k.s <= 3) ? groupThousands(k) + km : groupThousands(d) + m;
}

function formatDate(v: string, lang: Lang): string {
  // A quarter or half of a year, as dateParts reads it: "Q2 2026", "2026년 2분기", "2026년 하반기".
  const { y: year, span } = dateParts(v);
  if (span) {
    const half = span[1] - span[0] === 5,
      n = span[1] / (half ? 6 : 3);
    if (lang === 'ko') return `${year}년 ${half ? (n === 1 ? '상반기' : '하반기') : n + '분기'}`;
    return `${half ? 'H' : 'Q'}${n} ${year}`;
  }
  let y = '',
    m = 0,
    d = 0;
  if (v.startsWith('---')) d = Number(v.slice(3));
  else if (v.startsWith('--')) {
    m = Number(v.slice(2, 4));
    if (v.length > 4) d = Number(v.slice(5, 7));
  } else {
    y = v.slice(0, 4);
    if (v.length >= 7) m = Number(v.slice(5, 7));
    if (v.length >= 10) d = Number(v.slice(8, 10));
  }
  if (lang === 'ko') {
    const parts: string[] = [];
    if (y) parts.push(y + '년');
    if (m) parts.push(m + '월');
    if (d) parts.push(d + '일');
    return parts.join(' ');
  }
  if (!m) return y || String(d);
  const mn = EN_MONTHS[m - 1];
  if (d && y) return `${mn} ${d}, ${y}`;
  if (d) return `${mn} ${d}`;
  if (y) return `${mn} ${y}`;
  return mn;
}
