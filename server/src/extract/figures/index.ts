// Figures: every quantity in a Korean or English string, with its unit, exact value, precision and
// qualifier. One forward scan (scanner.ts); each rule looks a bounded distance around a number, so the whole pass
// is linear in the length of the text and no regex can backtrack.
import { noteError } from '../../errors';
import type { RawEquivalence, RawFigure } from '../../types';
import { Scanner } from './scanner';
import type { Lang } from './units';

const LINE_END = /[\r\n]/;
const SOFT_BREAK = /[ \t]*(?:\r\n?|\n)[ \t]*/y;

export interface ExtractResult {
  figures: RawFigure[];
  equivalences: RawEquivalence[];
}

/**
 * Every quantity in `text` (NFC). Never throws; linear time. `text` is one sentence: a line end inside it is a
 * paragraph's soft break (a Markdown paragraph or a hard-wrapped text written across lines: `approximately 210` /
 * `miles of new lines`, `in service in` / `2028. The plant`), read with the blanks around it as the one space it
 * stands for; offsets are into `text`, so ranges still fall on the original lines (a figure's `text` has the space).
 */
export function extractFigures(text: string, lang: Lang): ExtractResult {
  try {
    if (!LINE_END.test(text)) return distances(text, new Scanner(text, lang).run());
    // The blanks around each line end as one space; `at[i]`: the offset in `text` of the i-th character read.
    const at: number[] = [];
    let read = '';
    const m = SOFT_BREAK;
    for (let i = 0; i < text.length;) {
      m.lastIndex = i;
      if (m.exec(text)) {
        at.push(i);
        read += ' ';
        i = m.lastIndex;
      } else {
        at.push(i);
        read += text[i++];
      }
    }
    at.push(text.length);
    const r = new Scanner(read, lang).run();
    for (const f of r.figures) {
      f.start = at[f.start];
      f.end = at[f.end - 1] + 1;
    }
    return distances(text, r);
  } catch (e) {
    noteError('extractFigures', e);
    return { figures: [], equivalences: [] };
  }
}

/**
 * A length that says how far apart two places are ("about 30 km off the coast", "40 miles north of Dallas", "해안에서
 * 약 30km 떨어진") is a distance, unit `m away`, not the length of a thing ("a 48 km line", "송전선이 48킬로미터"): the two
 * never judge each other.
 */
function distances(text: string, r: ExtractResult): ExtractResult {
  r = tierNames(text, perDenominators(text, r));
  temperatureRises(text, r.figures);
  const lengths = r.figures.filter((f) => f.kind === 'length' && f.unit === 'm');
  for (let k = 0; k < lengths.length; k++) {
    const f = lengths[k];
    const after = text.slice(f.end, f.end + 30);
    const before = text.slice(Math.max(0, f.start - 12), f.start);
    // (not a length right after another length and 에서: the level it changed from, "공급 구간이 1420㎞에서 1550㎞로
    // 늘었고"; the one length before it only, so the work stays linear in a long line)
    const g = k > 0 ? lengths[k - 1] : undefined;
    const from =
      DISTANCE_BEFORE.test(before) &&
      !(g && g.end <= f.start && g.end >= f.start - 12 && FROM_LENGTH.test(text.slice(g.end, f.start)));
    if (DISTANCE_AFTER.test(after) || from) f.unit = 'm away';
  }
  return r;
}
const DISTANCE_AFTER =
  /^\s*(?:\(\s*[\d.,]+\s*\p{L}+\s*\)\s*)?(?:away|off\b|offshore|inland|outside\b|from\b|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b|(?:up|down)stream|가량\s*떨어|정도\s*떨어|쯤\s*떨어|떨어|거리|밖|앞바다|해상)/iu;
const DISTANCE_BEFORE = /(?:에서|로부터|으로부터)\s*(?:약|대략|불과|겨우)?\s*$/u;
/** Between two lengths: the first is where a change starts ("1420㎞에서 1550㎞로"), not a place the second is measured from. */
const FROM_LENGTH = /^\s*(?:에서|로부터|으로부터)\s*(?:약|대략)?\s*$/u;

/**
 * A quantity right after "per" that a price is given for ("\$1.10 per 1,000 gallons", "\$2 per 1,000 cubic metres") is
 * the rate's denominator, no amount of anything: it is dropped (joined with its sentence's start, the 1,000 gallons of a
 * water tariff refuted "about 17,000 cubic metres" a day bought). Money, percents and dates are kept.
 */
function perDenominators(text: string, r: ExtractResult): ExtractResult {
  return without(
    r,
    r.figures.filter(
      (f) =>
        f.kind !== 'money' &&
        f.kind !== 'percent' &&
        f.kind !== 'date' &&
        PER_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)),
    ),
  );
}
/** An amount of money, then "per", right before a quantity: "\$1.10 per ", "US\$3 per". */
const PER_BEFORE = /\d(?:[\d.,]*\d)?\s*(?:cents?|[A-Za-z$€£¥₩]{0,4})\s+per\s+$/i;

/**
 * An amount of money that names a tier of an award or a rank, written right before the tier's noun ("1억불 수출의 탑을
 * 받았습니다", "| 5천만불 수출의 탑 | (주)대영파워텍 |", "5천만 달러 수출탑", "the \$100 million Export Tower", "joined the
 * \$1 billion club", "1조 클럽"), is the name of a thing every firm of that tier is given, no amount of the firm's: it
 * is dropped on both sides. Read as an amount, the award's "5천만불" took the place of the firm's exports, "5,630만
 * 달러", in a line that gives both, and refuted it by the row's year before.
 */
function tierNames(text: string, r: ExtractResult): ExtractResult {
  return without(
    r,
    r.figures.filter((f) => f.kind === 'money' && TIER_AFTER.test(text.slice(f.end, f.end + 24))),
  );
}
/** The noun of an award's or a rank's tier right after its amount: 수출의 탑, 수출탑, 탑, 클럽; Export Tower, club. */
const TIER_AFTER =
  /^\s?(?:(?:수출\s?(?:의\s?)?)?탑|클럽)(?:을|를|이|은|는|과|와|의|도|에|으로|이다|입니다|이며|이고)?(?![가-힣])|^[\s-]*(?:export\s+tower|club)\b/iu;

/** The extraction without the figures `drop`. */
function without(r: ExtractResult, drop: readonly RawFigure[]): ExtractResult {
  if (!drop.length) return r;
  // (the equivalences index the figures: renumbered, those of a dropped figure dropped)
  const kept = r.figures.filter((f) => !drop.includes(f));
  const no = new Map(kept.map((f, i) => [r.figures.indexOf(f), i]));
  const equivalences = r.equivalences
    .filter((q) => no.has(q.a) && no.has(q.b))
    .map((q) => ({ ...q, a: no.get(q.a)!, b: no.get(q.b)! }));
  return { ...r, figures: kept, equivalences };
}

/**
 * A temperature that says how much warmer or cooler something is ("a rise of 1.5 °C", "the river temperature rise at
 * 2.5 °C", "returned 3 °C warmer", "cooled by 10 degrees", "a 1.5 °C rise") is a difference, unit `°C rise`, not a
 * level ("the discharge at 30 °C"): a limit on the rise neither vouches for nor refutes one on the level.
 */
function temperatureRises(text: string, figures: RawFigure[]): void {
  for (const f of figures) {
    if (f.kind !== 'temperature' || f.unit.endsWith(RISE)) continue;
    const after = text.slice(f.end, f.end + 24);
    const before = text.slice(Math.max(0, f.start - 60), f.start);
    if (RISE_AFTER.test(after) || RISE_BEFORE.test(before)) f.unit += RISE;
  }
}
/** What a temperature's unit ends with when it is a difference: `°C rise`. */
export const RISE = ' rise';
/** Right after it: "rise", "increase", "warmer", "above ambient", "more than the intake" ("1.5 °C rise", "3 °C warmer"). */
const RISE_AFTER =
  /^[\s-]*(?:rise|rises|increase|increment|uplift|difference|delta|drop|fall|decrease|reduction|gain|warmer|hotter|cooler|colder|higher|lower|above|below|more|less|over\s+(?:the\s+)?(?:ambient|intake|baseline|background))\b/i;
/**
 * Right before it: "by" ("warms the river by 2 °C", "by no more than 1.5 °C"), a noun of difference and what it is in
 * linked to the number ("a rise of", "the rise in river temperature at", "ΔT of", "temperature difference:"), its
 * qualifier between.
 */
const RISE_BEFORE =
  /(?:\bby|(?:\b(?:rise|increase|increment|uplift|difference|delta|gain|drop|decrease|reduction)|Δ\s?T)(?:\s+(?:in|of)(?:\s+(?:the\s+)?[\w-]+){1,3})?\s*(?:at|of|to|is|was|will\s+be|must\s+not\s+exceed|not\s+exceeding|limited\s+to|capped\s+at|:|=)?)\s*(?:(?:up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|maximum|max\.?|about|around|roughly|some|just|only|less\s+than|under)\s+)?$/i;

/**
 * The scale a whole text writes its temperatures in, when it names one and only one ("30 °C", "degrees Celsius", "섭씨"
 * / "°F", "Fahrenheit", "화씨"): its bare degrees ("30 degrees supply and 40 degrees return" two sentences after "30
 * degrees Celsius") are of that scale, as a reader takes them. Undefined when it names none or both.
 */
export function temperatureScale(text: string): '°C' | '°F' | undefined {
  // (the last text's answer is kept: the report's check asks it of the whole report once for each of its blocks, and a
  // report of 5,000 lines was read whole 5,000 times)
  if (text === lastScaleOf.text) return lastScaleOf.scale;
  const c = CELSIUS_MARK.test(text),
    f = FAHRENHEIT_MARK.test(text);
  const scale = c === f ? undefined : c ? '°C' : '°F';
  lastScaleOf.text = text;
  lastScaleOf.scale = scale;
  return scale;
}
const lastScaleOf: { text?: string; scale?: '°C' | '°F' } = {};
const CELSIUS_MARK = /[°º]\s?C\b|℃|\bcelsius\b|\bcentigrade\b|섭씨/i;
const FAHRENHEIT_MARK = /[°º]\s?F\b|℉|\bfahrenheit\b|화씨/i;

/** The figures with their bare degrees (unit `°`) put in the text's scale (temperatureScale), when it has one. */
export function inTemperatureScale<T extends RawFigure>(figures: T[], scale: '°C' | '°F' | undefined): T[] {
  const bare = (f: RawFigure) => f.kind === 'temperature' && (f.unit === '°' || f.unit === '°' + RISE);
  if (!scale || !figures.some(bare)) return figures;
  return figures.map((f) => (bare(f) ? { ...f, unit: scale + f.unit.slice(1) } : f));
}
