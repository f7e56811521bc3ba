// The unit a table's column header gives the bare numbers under it: a report's `| | m³ per day |` over `| Seawater
// intake permitted | 30,000 |`, `| Site | Capacity (MW) |`, `| Item | Cost (EUR million) |`. The cells write numbers
// alone; the header says what they are, as a caption does for a source's table (corpus/declaredUnits.ts).
import { declaredUnit, inDeclaredUnit } from '../corpus/declaredUnits';
import type { Lang, RawFigure } from '../types';
import { extractFigures, type ExtractResult } from './figures';

/** Kinds a header may give a bare number: amounts of a physical unit. Not counts, dates, durations or percentages: a
 *  header word is as often what the column is about (`Jobs`, `Year`, `Share`) as its unit. */
const MEASURES = new Set(['power', 'energy', 'area', 'volume', 'mass', 'length']);

/** How long a header's unit may be: a unit alone, or in brackets at its end. */
const MAX_UNIT = 24;

/**
 * The unit text of a column header (the whole header when it is short, else what its closing brackets hold), read as
 * a unit: a currency declared as a caption would be (`EUR million`, `US$ m`), or a measure the figure scanner reads
 * after a number (`m³ per day`, `MW`, `hectares`); undefined for a header that is words (`Figure`, `Item`).
 */
export type ColumnUnit =
  { money: NonNullable<ReturnType<typeof declaredUnit>> } | { unit: string; kind: RawFigure['kind']; text: string };

const cache = new Map<string, ColumnUnit | null>();

export function columnUnit(header: string, lang: Lang): ColumnUnit | undefined {
  const key = `${lang}\u0000${header}`;
  let u = cache.get(key);
  if (u === undefined) {
    u = readUnit(header, lang) ?? null;
    if (cache.size > 1000) cache.clear();
    cache.set(key, u);
  }
  return u ?? undefined;
}

function readUnit(header: string, lang: Lang): ColumnUnit | undefined {
  const h = header
    .replace(/^[\s*_]+|[\s*_]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!h || h.length > 120) return undefined;
  const bracket = /[(\[]([^()\[\]]{1,24})[)\]]$/.exec(h)?.[1].trim();
  const text = bracket ?? (h.length <= MAX_UNIT ? h : undefined);
  if (!text || /\d/.test(text)) return undefined;
  const money = declaredUnit(`(${text})`);
  if (money) return { money };
  // (the unit alone after a number: one figure, from the number to the end but for what its rate says it is per)
  const probe = `1 ${text}`;
  const found = extractFigures(probe, lang).figures;
  if (found.length !== 1) return undefined;
  const f = found[0];
  if (f.start !== 0 || !MEASURES.has(f.kind) || f.qualifier !== 'exact') return undefined;
  const rest = probe.slice(f.end).trim();
  if (rest && !(f.unit.includes('/') && /^(?:(?:per|a|an|each)\s+|\/\s?)?[\p{L}]+$/u.test(rest))) return undefined;
  return { unit: f.unit, kind: f.kind, text };
}

/**
 * A cell's figures read in its column's unit: each bare number (a count with no noun, not a range) as that amount
 * (`30,000` under `m³ per day`: 30,000 m³ a day), its place in the cell kept; other figures as they are.
 */
export function inColumnUnit(cell: string, found: ExtractResult, unit: ColumnUnit, lang: Lang): ExtractResult {
  if ('money' in unit) return inDeclaredUnit(cell, found, unit.money);
  const bare = (f: RawFigure) =>
    f.kind === 'count' && f.unit === 'count' && f.noun === undefined && f.qualifier !== 'range';
  if (!found.figures.some(bare)) return found;
  const figures = found.figures.map((f) => {
    if (!bare(f)) return f;
    const g = extractFigures(`${f.text} ${unit.text}`, lang).figures[0];
    if (!g || g.start !== 0 || g.kind !== unit.kind || g.unit !== unit.unit) return f;
    return { ...f, kind: g.kind, unit: g.unit, value: g.value, precision: g.precision };
  });
  return { figures, equivalences: found.equivalences };
}
