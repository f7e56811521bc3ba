// An efficiency or coverage index written as a bare number after its name: "a PUE of 1.25", "the measured PUE was
// 1.34", "PUE averaged 1.29", "design PUE 1.24", "DSCR of 1.35x", "목표 PUE(전력효율지수)는 1.18", "전력 사용 효율(PUE)을 1.2
// 이하로". Such a number is no amount and has no unit word: it is read here as a figure of kind `index` whose unit is the
// index's name, then whether it is a target (a design value, a goal, a covenant's floor) or a measured value, and for a
// measured one the period it is of (`PUE:target`, `PUE:measured:quarter`, `PUE` when neither can be told). A figure is
// judged only by source figures of its unit (judge/figureIndex.ts), so a target never judges a measurement, nor one
// month's value a quarter's, nor a value of unknown standing either. The word lists are domain/en.json and ko.json
// `indexes`.
import { enWords, koWords } from '../../domain/language';
import type { Dec } from '../numerals';
import { decCmp, decParse } from '../numerals';

const EN = enWords.indexes;
const KO = koWords.indexes;

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]?');
}

/** Every name as written, with its index, longest first (a partial PUE before a PUE). */
const NAMES: [string, string][] = [];
for (const words of [EN, KO])
  for (const [key, list] of Object.entries(words.names)) for (const s of list) NAMES.push([s, key]);
NAMES.sort((a, b) => b[0].length - a[0].length);
const NAME_OF = new Map<string, string>();
/** Names written with capitals match only in those capitals ("PUE", not the "pue" of a user name). */
const CASED = new Map<string, string>();
for (const [s, key] of NAMES) {
  const lower = s.toLowerCase().replace(/[\s-]+/g, ' ');
  NAME_OF.set(lower, key);
  if (/[A-Z]/.test(s)) CASED.set(lower, s.replace(/[\s-]+/g, ' '));
}

const KO_PARTICLE = `(?:${(KO.particles ?? []).map(esc).join('|')})`;
const EN_LINK = `(?:${EN.links.map(esc).join('|')})`;
const KO_LINK = `(?:${KO.links.map(esc).join('|')})`;
/**
 * The name, a bracket after it (a gloss or the other language's name: "(PUE)", "(전력효율지수)"), a particle, then
 * link words only ("of", "was", "averaged", "평균"), up to the number.
 */
const NAME_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])(${NAMES.map(([s]) => esc(s)).join('|')})(?![A-Za-z\\d])` +
    `(?:\\s*[(（][^()（）\\n]{1,60}[)）])?${KO_PARTICLE}?` +
    `(?:\\s*[:=]|\\s+${EN_LINK}(?![\\p{L}\\d])|\\s*${KO_LINK}${KO_PARTICLE}?(?![\\p{L}\\d]))*\\s*$`,
  'iu',
);
/** A cheap test before NAME_BEFORE: the last 90 characters hold one of the names' last letters' words. */
const QUICK = /PUE|WUE|CUE|DSCR|effectiveness|efficiency|coverage|효율|상환/i;

const RANGE = new Map<string, [Dec, Dec]>(
  Object.entries(EN.range ?? {}).map(([k, [lo, hi]]) => [k, [decParse(lo)!, decParse(hi)!]]),
);
/** The index a pPUE is a part of, for its range. */
function rangeOf(key: string): [Dec, Dec] | undefined {
  return RANGE.get(key);
}

export interface IndexName {
  /** The index's key ("PUE"). */
  key: string;
  /** Where its name starts. */
  start: number;
}

/** The index named right before `start` in `t`, with only link words between, or undefined. */
export function indexNameBefore(t: string, start: number): IndexName | undefined {
  const from = Math.max(0, start - 90);
  const tail = t.slice(from, start);
  if (!QUICK.test(tail)) return undefined;
  const m = NAME_BEFORE.exec(tail);
  if (!m) return undefined;
  const written = m[1].replace(/[\s-]+/g, ' ');
  const lower = written.toLowerCase();
  const cased = CASED.get(lower);
  // (a capital of the name is a capital where it is written: "PUE", "Partial PUE", not "pue")
  if (cased && [...cased].some((c, k) => c !== c.toLowerCase() && written[k] !== c)) return undefined;
  const key = NAME_OF.get(lower);
  return key ? { key, start: from + m.index } : undefined;
}

/** Whether `value` is one the index takes (a PUE is from 1 to 4: "PUE … 2030" is no PUE). */
export function indexValueOk(key: string, value: Dec): boolean {
  const r = rangeOf(key);
  return !!r && decCmp(value, r[0]) >= 0 && decCmp(value, r[1]) <= 0;
}

function wordsRe(list: string[], flags: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\d])(?:${[...list]
      .sort((a, b) => b.length - a.length)
      .map(esc)
      .join('|')})`,
    flags,
  );
}
const EN_TARGET = new Set(EN.target.map((w) => w.toLowerCase()));
const EN_PEAK = new Set(EN.peak.map((w) => w.toLowerCase()));
const EN_STATUS = wordsRe([...EN.target, ...EN.measured, ...EN.peak], 'giu');
const KO_TARGET = KO.target;
const KO_PEAK = KO.peak;
const KO_STATUS = new RegExp(`(?:${[...KO.target, ...KO.measured, ...KO.peak].map(esc).join('|')})`, 'gu');
const KO_STATUS_ONE = new RegExp(KO_STATUS.source, 'u');
/**
 * The rest of a Korean clause after a number, up to a comma, a semicolon or a sentence's end: its verb says what the
 * number is, unless another number stands in it first ("1.07로 설계값 1.09보다": the 설계값 is the 1.09's).
 */
const KO_CLAUSE = /^[^,;.!?]*/u;
/** How far before a figure (and after it, in Korean) its status and period are looked for: its clause, not a page. */
const REACH = 300;
/** After the number: "the 1.25 target", "1.25 목표". */
const TARGET_AFTER = /^\s*[)）]?\s*(?:target|goal|design\s+target|목표)/iu;

/**
 * What kind of value an index figure is: a target (a design value, a goal, a model's projection, a covenant's floor),
 * a measured value, or a peak (the highest of a period, not its mean nor its design value).
 */
type Standing = 'target' | 'measured' | 'peak';

function enStanding(w: string): Standing {
  const lower = w.toLowerCase();
  return EN_PEAK.has(lower) ? 'peak' : EN_TARGET.has(lower) ? 'target' : 'measured';
}
function koStanding(w: string): Standing {
  return KO_PEAK.some((p) => w.startsWith(p)) ? 'peak' : KO_TARGET.some((p) => w.startsWith(p)) ? 'target' : 'measured';
}

/**
 * The standing the last word of one before the number says (or "target" right after it), and where that word ends: a
 * target's or a peak's period is one said after its word ("the design PUE for August", "the modelled peak in July and
 * August is 0.55"), not one of an earlier clause.
 */
function status(t: string, start: number, end: number): { standing: Standing; from: number } | undefined {
  if (TARGET_AFTER.test(t.slice(end, end + 20))) return { standing: 'target', from: start };
  const base = Math.max(0, start - REACH);
  const before = t.slice(base, start);
  let last: { at: number; end: number; standing: Standing } | undefined;
  for (const m of before.matchAll(EN_STATUS)) {
    // (an English word ends where a letter does not follow)
    if (/[A-Za-z]/.test(before[m.index + m[0].length] ?? '')) continue;
    last = { at: m.index, end: m.index + m[0].length, standing: enStanding(m[0]) };
  }
  for (const m of before.matchAll(KO_STATUS))
    if (!last || m.index > last.at) last = { at: m.index, end: m.index + m[0].length, standing: koStanding(m[0]) };
  if (last) return { standing: last.standing, from: base + last.end };
  // (Korean says it after the number, in the verb of its clause: "1.2 이하로 낮출 계획이다", "1.34가 나왔다가")
  const clause = KO_CLAUSE.exec(t.slice(end, end + REACH))![0];
  const m = /\d/.test(clause) ? null : KO_STATUS_ONE.exec(clause);
  return m ? { standing: koStanding(m[0]), from: start } : undefined;
}

const MONTHS = Object.entries(enWords.months)
  .filter(([, n], k) => k < 12 && n > 0)
  .map(([w]) => w[0].toUpperCase() + w.slice(1));
const MONTH_NO = new Map(MONTHS.map((w, k) => [w, k + 1]));
const EN_PERIOD_WORDS = new Map<string, string>();
/** The English period words as written and capitalized ("quarter", "Quarter", "Q3"). */
const EN_PERIOD_FORMS: string[] = [];
for (const [p, list] of Object.entries(EN.periods))
  for (const w of list) {
    EN_PERIOD_WORDS.set(w.toLowerCase(), p);
    EN_PERIOD_FORMS.push(w);
    if (w === w.toLowerCase()) EN_PERIOD_FORMS.push(w[0].toUpperCase() + w.slice(1));
  }
const KO_PERIOD_WORDS = new Map<string, string>();
for (const [p, list] of Object.entries(KO.periods)) for (const w of list) KO_PERIOD_WORDS.set(w, p);
const MONTH_ALT = MONTHS.join('|');
/**
 * A period: a span of months ("July to September", "July–September", "7~9월"), one month ("July", "7월"), or a word
 * of a period ("quarter", "Q3", "first half", "annual", "분기", "상반기", "연평균") with the ordinal that says which
 * ("the third quarter", "3분기"); the span first, so that a span is one.
 */
const PERIOD = new RegExp(
  `(?<![\\p{L}\\d])(?:(${MONTH_ALT})\\s*(?:[–—-]|to|through|until|and|&)\\s*(${MONTH_ALT})(?![a-z])` +
    `|(\\d{1,2})\\s*(?:월\\s*)?(?:[~∼〜～–·ㆍ-]|과|와|및)\\s*(\\d{1,2})\\s*월` +
    `|(${MONTH_ALT})(?![a-z])` +
    `|(\\d{1,2})\\s*월(?!\\s*\\d)` +
    `|(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+)?(${EN_PERIOD_FORMS.sort((a, b) => b.length - a.length)
      .map(esc)
      .join('|')})(?![A-Za-z])` +
    `|([1-4]\\s?|[상하])?(${[...KO_PERIOD_WORDS.keys()]
      .sort((a, b) => b.length - a.length)
      .map(esc)
      .join('|')}))`,
  'gu',
);

/** The same, not global (exec keeps no place between calls). */
const PERIOD_FIRST = new RegExp(PERIOD.source, 'u');

/** A quarter's or half's ordinal as English writes it (`the third quarter`, `2nd half`); the scanner's too. */
export const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/**
 * A period of months a to b: its length, and which one when it is a calendar month, quarter or half ("July to
 * September" is quarter:3; "May to July" is three months of no quarter); a span of other length says its months
 * ("July to August" is months:7-8, not August's, nor any other two months').
 */
function spanPeriod(a: number, b: number): string {
  const n = ((b - a + 12) % 12) + 1;
  if (n === 1) return `month:${a}`;
  if (n === 3) return a % 3 === 1 ? `quarter:${(a + 2) / 3}` : 'quarter';
  if (n === 6) return a === 1 ? 'half:1' : a === 7 ? 'half:2' : 'half';
  return n === 12 ? 'year' : `months:${a}-${b}`;
}

/** Months joined by "and" ("July and August", "7·8월", "7월과 8월"): a span when they follow each other, else the two. */
const JOINED = /\band\b|&|[·ㆍ]|과|와|및/u;
function joinedPeriod(joined: boolean, a: number, b: number): string {
  if (!joined || b === (a % 12) + 1) return spanPeriod(a, b);
  return `months:${a}+${b}`;
}

/** A quarter or half with which one it is, when the words say ("Q3", "H1", "third quarter", "하반기"). */
function which(p: string, word: string, ordinal: string | undefined): string {
  const n =
    ordinal !== undefined
      ? (EN_ORDINALS[ordinal.toLowerCase()] ?? (ordinal === '상' ? 1 : ordinal === '하' ? 2 : +ordinal.trim()))
      : undefined;
  const coded = /^(?:[QH]([1-4])|([1-4])Q)$/i.exec(word);
  const k = coded ? +(coded[1] ?? coded[2]) : /^first half$/i.test(word) ? 1 : /^second half$/i.test(word) ? 2 : n;
  if (p === 'quarter' && k && k >= 1 && k <= 4) return `quarter:${k}`;
  if (p === 'half' && k && k >= 1 && k <= 2) return `half:${k}`;
  return p;
}

function periodOf(m: RegExpExecArray | RegExpMatchArray): string {
  if (m[1] && m[2]) return joinedPeriod(JOINED.test(m[0]), MONTH_NO.get(m[1])!, MONTH_NO.get(m[2])!);
  if (m[3] && m[4]) return joinedPeriod(JOINED.test(m[0]), +m[3], +m[4]);
  if (m[5]) return `month:${MONTH_NO.get(m[5])}`;
  if (m[6]) return +m[6] >= 1 && +m[6] <= 12 ? `month:${+m[6]}` : 'month';
  if (m[8]) {
    const p =
      EN_PERIOD_WORDS.get(m[8].toLowerCase().replace(/[\s-]+/g, ' ')) ??
      EN_PERIOD_WORDS.get(m[8].toLowerCase()) ??
      'month';
    return which(p, m[8], m[7]);
  }
  return which(KO_PERIOD_WORDS.get(m[10]) ?? 'month', m[10], m[9]);
}

/** A period right after the number: "1.34 for July", "1.29 over the whole quarter", "1.34 in its first month". */
const PERIOD_AFTER =
  /^\s*(?:[(（][^()（）]{0,30}[)）]\s*)?,?\s*(?:in|for|over|during|across|through)\s+(?:(?:the|its|a|that|this|each|every|whole|full|last|past|entire|calendar|fiscal|same)\s+)*/iu;

function period(t: string, start: number, end: number, from = 0): string | undefined {
  const after = PERIOD_AFTER.exec(t.slice(end, end + 60));
  if (after) {
    const rest = t.slice(end + after[0].length, end + after[0].length + 30);
    const m = PERIOD_FIRST.exec(rest);
    if (m && m.index === 0) return periodOf(m);
  }
  let last: RegExpMatchArray | undefined;
  for (const m of t.slice(Math.max(0, start - REACH, from), start).matchAll(PERIOD)) last = m;
  return last ? periodOf(last) : undefined;
}

/**
 * The unit of an index figure of `key` at [start, end) of the sentence `t`: `KEY:target` or `KEY:peak` with the period
 * said after its word when it is not the year's (a design value with no period is the year's: "the annual design PUE"
 * is the design PUE; "the modelled peak in July and August" is `WUE:peak:months:7-8`), `KEY:measured` with the period
 * when one is given (a period makes a value a measured one), or `KEY` alone.
 */
export function indexUnit(t: string, key: string, start: number, end: number): string {
  const s = status(t, start, end);
  if (s && s.standing !== 'measured') {
    const p = period(t, start, end, s.from);
    return `${key}:${s.standing}${p && p !== 'year' ? ':' + p : ''}`;
  }
  const p = period(t, start, end);
  if (s || p) return `${key}:measured${p ? ':' + p : ''}`;
  return key;
}

/** The index a unit is of ("PUE:measured:quarter" → "PUE"). */
export function indexKey(unit: string): string {
  const c = unit.indexOf(':');
  return c < 0 ? unit : unit.slice(0, c);
}

/**
 * Between an index figure and a bare number that continues it ("PUE 1.34 → 1.29", "1.29, down from 1.34 in its first
 * month", "from 1.34 in July to 1.28 in August", "1.34에서 1.29로"): the number is the same index.
 */
export const INDEX_CHAIN =
  /^(?:\s+(?:in|for|over|during)\s+[^,.;:()\d]{1,30}?)?\s*,?\s*(?:(?:and|but)\s+)?(?:→|->|⇒|~|to|from|and|or|then|(?:down|up)\s+from|에서|으로|로)\s*$/iu;

/**
 * What may follow an index's number and still be its: an "x" of a coverage ratio ("1.35x"). A unit written out is no
 * index's: "a WUE of 0.21 L/kWh" is 0.21 litres a kWh, read by the unit reader as every other volume a kWh is, so the
 * figures of a sentence that names the WUE once and writes the litres twice stay of one unit (judge47d).
 */
export const INDEX_AFTER = /^(?:\s?[x×](?![A-Za-z\d]))?/u;
