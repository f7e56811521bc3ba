// The figure scanner: one forward pass over a string that reads numbers (numerals/), their units (units.ts),
// qualifiers (qualifiers.ts), ranges, dates and stated equivalences ("718조 원(5000억 달러)").
import { enWords, koWords } from '../../domain/language';
import type { FigureKind, Qualifier, RawEquivalence, RawFigure } from '../../types';
import {
  Dec,
  decCmp,
  decDiv,
  decInt,
  decMul,
  decParse,
  decShift,
  decToString,
  isAsciiLetter,
  isDigit,
  isHangul,
  isSpace,
  koreanScaleAfter,
  mayStartEnglishNumber,
  mayStartHangulNumeral,
  normDec,
  Numeral,
  readArabic,
  readEnglishNumeral,
  readEnglishVague,
  readEnglishWords,
  readHangulNumeral,
  readKoreanNumeral,
  valuePrecision,
  wordAt,
} from '../numerals';
import type { ExtractResult } from './index';
import { hangulForms, latinForms, formsAlike, loanwordShaped, type PhoneticForm } from '../../text/translit';
import { EN_AGAINST, EN_THEN } from '../change';
import { EN_ORDINALS, INDEX_AFTER, INDEX_CHAIN, indexKey, indexNameBefore, indexUnit, indexValueOk } from './indexes';
import {
  DATE_ONLY_PRE,
  EN_PRE,
  endsLowered,
  KO_PARTICLES,
  KO_PRE,
  koPostAt,
  NEGATED_BOUND,
  NEGATED_UNTIL,
  NOUN_PARTICLES,
} from './qualifiers';
import {
  type Lang,
  type UnitHit,
  digitAt,
  durationWordAt,
  EN_STOP,
  KO_NATIVE_NUMERALS,
  EN_UNITS_BY_HEAD,
  hangulAt,
  KO_CLASSIFIERS,
  KO_COUNTERS,
  KO_COUNTERS_BY_HEAD,
  KO_NOUN_KEYS,
  KO_NOUN_SET,
  KO_UNITS_BY_HEAD,
  koBoundary,
  koFormalCopula,
  letterAt,
  matchAt,
  MONTHS,
  MULTIPLIER_NOT_THEN,
  MULTIPLIER_THEN,
  MULTIPLIER_VERB_THEN,
  MULTIPLIERS,
  NONE,
  NOUNS,
  pad2,
  smallInt,
  WORD_HEADS,
  wordHead,
  WORDS_BY_HEAD,
} from './units';

/**
 * A counted noun of people or jobs the clause puts a bare number to, before it: "The peak construction crew is now put
 * at 4,400", "the workforce will peak at about 3,000", "a headcount of 350", "employment reached 1,200". The number says
 * how many of that noun (no comma, colon or bracket between: "jobs, and 4,400" is another statement).
 */
const NOUN_BEFORE =
  /\b(crews?|workforce|headcount|employment|staff|workers|employees|jobs|positions)\b[^,.;:()\d]{0,30}?\b(?:at|to|of|reach(?:es|ed)?|total(?:s|led|ed)?|hits?|numbers|numbered)\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|an estimated|up to|more than|at least|as many as|over)\s+)?$/i;

/**
 * A field's label of people or jobs, opening its line, and the number after its colon: a record's or factbox's "Peak
 * workforce:        11,000 (contractor estimate, Oct 2026)", "Permanent jobs: 310", "- Construction workers: about 2,400".
 * The label's last word is the counted noun (a few words of the label before it: what narrows it).
 */
const LABEL_NOUN_BEFORE =
  /(?:^|\n)[ \t]*(?:[-*•·][ \t]+)?(?:[A-Za-z][\w-]*[ \t]+){0,3}(crews?|workforce|headcount|employment|staff|workers|employees|jobs|positions)[ \t]*:[ \t]*(?:(?:about|around|roughly|nearly|almost|some|approximately|an estimated|up to|more than|at least|as many as|over)[ \t]+)?$/i;

/**
 * A line's label that is a plural noun (a few words before it), its colon, and then the line's words up to a number,
 * with no digit, colon or line break between (labelCountPer): "- Apprentices: Ida-Viru Technology School takes ".
 */
const LABEL_PLURAL_LINE =
  /(?:^|\n)[ \t]*(?:[-*•·][ \t]+)?(?:[A-Za-z][\w-]*[ \t]+){0,2}([A-Za-z]+)[ \t]*:[ \t]+[^\n\d:]{0,100}[ \t]$/;

/** Nouns NOUN_BEFORE reads that the table of counted nouns after a number does not have. */
const NOUN_BEFORE_UNITS: Record<string, string> = {
  crew: 'people',
  crews: 'people',
  workforce: 'people',
  headcount: 'people',
  employment: 'people',
};

/**
 * The level before a change whose noun is the count's before it: "… put at 4,400, up from 3,800", "down from about
 * 4,000".
 */
const ELIDED_FROM = /\b(?:up|down)\s+from\s+(?:the\s+)?(?:(?:about|around|roughly|nearly|some|an estimated)\s+)?$/i;

/** "from" right before a bare number, the level a change started from: "… to 4,000 tons a day from 9,000". */
const ELIDED_FROM_TO = /\bfrom\s+(?:(?:about|around|roughly|nearly|some|an estimated)\s+)?$/i;
/** "to" right before the amount that change went to: "to 4,000 tons", "to about $46 billion". */
const ELIDED_TO = /\bto\s+(?:(?:about|around|roughly|nearly|some|an estimated|just over|just under)\s+)?$/i;

/** A word of change before "to": "cut", "raised", "increased", "lowered", "revised" and the like. */
const CHANGED_TO =
  /\b(?:cut|cuts|reduced|reduces|lowered|lowers|trimmed|raised|raises|increased|increases|lifted|boosted|revised|expanded|grew|rose|fell|dropped|climbed|shrank|scaled\s+back|scaled\s+down)\b/i;

/** "Of the", "Of its", opening a sentence or clause, right before an amount: "Of the 420 acres, 308 are …". */
const OF_THE_BEFORE = /(?:^|[.;:!?]\s+|\n\s*|,\s+|\b(?:and|but)\s+)of\s+(?:the|its|their|this|that|these|those)\s+$/i;
/** Between that amount and the bare number after it: a comma, and a word of about or at most. */
const OF_THE_BETWEEN =
  /^,\s*(?:(?:about|around|roughly|nearly|almost|some|approximately|only|just|just over|just under|more than|at least|up to)\s+)?$/i;
/** Kinds of amount a part of which no bare number counts (a date, a span of time, a ratio). */
const OF_THE_NO_KIND = new Set(['date', 'duration', 'ratio', 'percent']);

/** "3Q27", "2H26": a quarter or half, then its year's last two digits, a word of its own. */
const ANALYST_PERIOD = /^([1-4])([QH])(\d{2})(?![\p{L}\d])/iu;

/** The part of a year hyphenated to it: "mid-", "end-", "early-", "late-", "year-end-". */
const YEAR_PART_HYPHEN = /(?<![A-Za-z])(?:mid|end|early|late|year-end)-$/i;

/** A word of change right before an amount, its size: "rose $2.5 billion to …", "was cut 200 to …". */
const CHANGED_BEFORE = new RegExp(`${CHANGED_TO.source}\\s+$`, 'i');

/**
 * The stretch after a bare number up to ", and" and a count of people or jobs (stageCountPaired): no other number, no
 * clause end between; the count's noun after at most two words ("350 permanent jobs", "about 300 full-time staff").
 */
const STAGE_COUNT_PAIRED =
  /^([^.;:!?\d()]{4,100}?),?\s+and\s+(?:(?:about|around|roughly|some|nearly|approximately|up\s+to|another)\s+)?\d[\d,]*\s+(?:[A-Za-z-]+\s+){0,2}?(jobs|workers|people|positions|employees|staff|roles)\b/i;
/** The words of a project's stage a count's stretch may hold (domain/en.json countPhase, both stages). */
const STAGE_WORDS_EN = new RegExp(
  [...enWords.countPhase.construction, ...enWords.countPhase.operation].map((x) => `(?:${x})`).join('|'),
  'i',
);

/** What stands before a number whose noun is the count's before it: "and", "and about", "and up to". */
const ELIDED_AFTER =
  /\band\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|an estimated|up to|more than|at least|another|a further)\s+)?$/i;

/** What stands before a multiple's bare verb that makes it a verb: "to", a modal. */
const MULTIPLIER_VERB_BEFORE = /\b(?:to|will|would|could|can|should|may|might|must)\s+$/i;

/** Words after such a number that are no noun of its own: "and about 300 once it is operating". */
const ELIDED_THEN = new Set([
  'once',
  'during',
  'permanently',
  'temporarily',
  'directly',
  'indirectly',
  'today',
  'now',
  'eventually',
  'initially',
  'later',
]);

/** Native Korean numerals that count multiples (두 배, 세 배). */
const KO_NATIVE = KO_NATIVE_NUMERALS;
/** The first syllables of KO_NATIVE's numerals, by char code (asked at every Hangul word: no one-character string made). */
const KO_NATIVE_FIRST = new Set(Object.keys(KO_NATIVE).map((k) => k.charCodeAt(0)));
const KO_NATIVE_MULTIPLE = new RegExp(
  `((${Object.keys(KO_NATIVE).join('|')})\\s?배)(?:으로|로|가|를|는|의|도|나|씩|에|인|였다|이다|다|이상|가량|정도|수준|까지|넘게|가까이)?(?![\\uac00-\\ud7a3])`,
  'y',
);

/** Signs a temperature's unit starts with: the degree sign (and the ordinal º typed for it), ℃, ℉. */
const DEGREE_SIGNS = '°º℃℉';
/** After degrees: what makes them an angle's or a bearing's. */
const ANGLE_AFTER =
  /^[\s-]*(?:angle|turn|view|rotation|tilt|slope|pitch|arc|panoram\w*|camera|video|image|photo|heading|bearing|(?:north|south|east|west)\w*|of\s+(?:latitude|longitude|arc))\b/i;

export class Scanner {
  private readonly n: number;
  private readonly figs: RawFigure[] = [];
  /** A bare number read as the level a change started from, with the amount it shares its unit with (elidedFrom). */
  private readonly fromOf = new Map<RawFigure, RawFigure>();
  private readonly skips: [number, number][];

  constructor(
    private readonly t: string,
    private readonly lang: Lang,
  ) {
    this.n = t.length;
    this.skips = urlSpans(t);
  }

  run(): ExtractResult {
    const t = this.t;
    const n = this.n;
    const skips = this.skips;
    let i = 0;
    let si = 0;
    // The skip spans are only looked at once the scan reaches the next one's start.
    let skipFrom = skips.length ? skips[0][0] : n;
    while (i < n) {
      if (i >= skipFrom) {
        while (si < skips.length && skips[si][1] <= i) si++;
        if (si < skips.length && skips[si][0] <= i) {
          i = skips[si][1];
          continue;
        }
        skipFrom = si < skips.length ? skips[si][0] : n;
      }
      const c = t.charCodeAt(i);
      let next = i + 1;
      if (c < 48) {
        i = next;
        continue;
      } // spaces and punctuation start nothing
      if (c <= 57) next = this.digits(i);
      else if (isAsciiLetter(c)) {
        if (!letterAt(t, i - 1)) next = this.word(i);
      } else if (c >= 0xac00 && c <= 0xd7a3) {
        const wordStart = !isHangul(t.charCodeAt(i - 1));
        const multiple = wordStart ? this.koNativeMultiple(i) : null;
        if (multiple) next = multiple;
        else if (wordStart && mayStartHangulNumeral(t, i)) next = this.hangulNumber(i);
        else {
          // Every later syllable of this run follows Hangul, so none starts anything: pass over them at once.
          while (next < n) {
            const d = t.charCodeAt(next);
            if (d < 0xac00 || d > 0xd7a3) break;
            next++;
          }
        }
      }
      i = Math.max(i + 1, next);
    }
    this.figs.sort((a, b) => a.start - b.start);
    this.rates();
    return { figures: this.figs, equivalences: this.equivalences() };
  }

  /**
   * Rates: "$35 billion per gigawatt", "$50 billion a gigawatt", "900,000 wafers a month", "기가와트당 350억 달러",
   * "월 최대 90만 장", "연 30억 달러". A rate is another measure than a total: its unit says what it is per
   * ("USD/GW", "wafers/month"), so it is compared only with rates of the same. A figure that is itself the
   * denominator ("1GW당") is no claim and is dropped.
   */
  private rates(): void {
    const t = this.t;
    const out: RawFigure[] = [];
    let denominator: RawFigure | undefined;
    // "Per megawatt, that is about US$10.2 million now against US$10.4 million in March": a sentence that opens on
    // what its amounts are per gives them all that rate.
    const perOpening = PER_OPENING.exec(t);
    const openingPer = perOpening ? PER_NAMES[perOpening[1].toLowerCase()] : undefined;
    for (let k = 0; k < this.figs.length; k++) {
      const f = this.figs[k];
      if (f.kind === 'date' || f.kind === 'duration' || f.kind === 'ratio') {
        out.push(f);
        continue;
      }
      if (t[f.end] === '당' && f.kind === 'power') {
        denominator = f; // "1기가와트당 …": the denominator
        continue;
      }
      // A volume or mass is mostly of a period ("1.5 million gallons of reclaimed water a day", "하루 2만5000㎥"); one
      // with a period already in its unit ("mgd") has none more.
      const flow = (f.kind === 'volume' || f.kind === 'mass') && !f.unit.includes('/');
      const per =
        (f.kind === 'money' ? exchangeRateOf(t, f) : undefined) ??
        rateAfter(t, f.end, flow) ??
        rateBefore(t, f.start, denominator, f.kind === 'money' || f.kind === 'count', flow) ??
        (f.kind === 'money' && f.start >= (perOpening?.[0].length ?? Infinity) ? openingPer : undefined);
      if (per && !(f.kind === 'count' && f.unit === 'count') && !f.unit.includes('/')) f.unit = f.unit + '/' + per;
      // (a Korean flow written bare right after a flow of its unit that has a period, in a bracket that opens on it or past
      // one verb of contrast, is the same flow, of that period: "초당 0.25㎥(신청 0.35㎥)", "초당 0.35㎥를 신청했지만
      // 0.25㎥만 허가됐다"; no figure between)
      else if (flow && !per) {
        const prev = out[out.length - 1];
        if (
          prev &&
          prev.kind === f.kind &&
          prev.unit.startsWith(f.unit + '/') &&
          KO_SAME_FLOW_BRIDGE.test(t.slice(prev.end, f.start))
        )
          f.unit = prev.unit;
      }
      // (the level a change started from, bare, is of the period of the level it changed to: "to 4,000 tons a day
      // from 9,000")
      const to = per ? undefined : this.fromOf.get(f);
      if (to && to.unit.startsWith(f.unit + '/')) f.unit = to.unit;
      out.push(f);
    }
    this.figs.length = 0;
    this.figs.push(...out);
  }

  // ------------------------------------------------------------ digits

  /** Handle a digit run at i; returns where scanning resumes. */
  private digits(i: number): number {
    const t = this.t;
    const prev = t.charCodeAt(i - 1);
    let runEnd = i;
    while (runEnd < this.n && isDigit(t.charCodeAt(runEnd))) runEnd++;
    // identifiers: H100, GPT4, v1.2, x86_64 (not the ringgit's RM24 billion, nor a currency code written against its
    // amount, "ZAR2.1 billion", "USD630 million": gluedCode)
    const glued = isAsciiLetter(prev) && this.gluedCode(i, runEnd);
    if (
      i > 0 &&
      (isAsciiLetter(prev) || prev === 46 || prev === 95 || (prev === 45 && letterAt(t, i - 2))) &&
      !(t[i - 1] === 'M' && t[i - 2] === 'R' && !letterAt(t, i - 3)) &&
      !glued &&
      // (a year after the part of it, as analysts hyphenate it: "mid-2028", "end-2029", "early-2028", "year-end-2027")
      !(prev === 45 && runEnd - i === 4 && YEAR_PART_HYPHEN.test(t.slice(Math.max(0, i - 10), i)))
    )
      return this.skipToken(i);
    if (i > 0 && t[i - 1] === '제') return runEnd; // 제2의: an ordinal used as a name
    if (t[i - 1] === '^' || (t[i - 1] === '[' && t[runEnd] === ']')) return runEnd; // footnotes
    const after = t[runEnd];
    // times of day, versions and dotted dates, codes with leading zeros, phone numbers
    if (after === ':' && digitAt(t, runEnd + 1)) return this.skipChars(i, ':');
    if (after === '.' && digitAt(t, runEnd + 1)) {
      let k = runEnd + 1;
      while (digitAt(t, k)) k++;
      if (t[k] === '.' && digitAt(t, k + 1)) return this.skipChars(i, '.');
    }
    if (t[i] === '0' && runEnd - i >= 2) return this.skipChars(i, '-');
    if (after === '-' && digitAt(t, runEnd + 1)) {
      let k = runEnd + 1;
      while (digitAt(t, k)) k++;
      if (t[k] === '-' && digitAt(t, k + 1)) return this.skipChars(i, '-');
    }
    if (runEnd - i === 6 && t[i - 1] === '(' && t[runEnd] === ')' && i >= 2 && !isSpace(t.charCodeAt(i - 2)))
      return runEnd + 1; // stock code
    if (this.isListNumber(i, runEnd)) return runEnd + 1;
    // An analyst's quarter or half with its year's last two digits: "3Q27", "2H26", "1H28" (a date of that part).
    if (runEnd === i + 1) {
      const m = ANALYST_PERIOD.exec(t.slice(i, i + 5));
      if (m && !(m[2].toUpperCase() === 'H' && +m[1] > 2)) {
        const end = i + 4;
        const part = m[2].toUpperCase() + m[1];
        this.pushRaw(i, end, 'date', 'date', `20${m[3]}-${part}`, '1', this.qualifierFor(i, end, 'date', false));
        return end;
      }
    }

    const prefix = this.currencyPrefix(i, glued);
    let num: Numeral | null = null;
    // The digits are read once for both readers; the Korean one only runs where a 만/억/조 (…) follows them.
    const a = readArabic(t, i);
    const ko = koreanScaleAfter(t, a) ? readKoreanNumeral(t, i, a) : null;
    if (ko && !ko.plain && hasHangul(t, i, ko.end)) num = ko;
    else num = readEnglishNumeral(t, i, prefix !== null, a);
    if (!num) return this.skipToken(i);
    if (!prefix) {
      const ix = this.indexFigure(num);
      if (ix !== null) return ix;
    }
    if (letterAt(t, num.end) && !prefix) {
      // "5G", "3D", "4o": only a known unit may follow directly
      if (!this.unitAt(num, num.end, true)) return this.skipToken(i);
    }
    return this.figureFrom(num, prefix);
  }

  /**
   * An index named right before its bare number ("a PUE of 1.25", "PUE(전력효율지수)는 1.18", "DSCR of 1.35x"), or a bare
   * number that continues one ("PUE 1.34 → 1.29"): a figure of kind index (extract/figures/indexes.ts). Null when the
   * number is none, or a unit of its own follows it.
   */
  private indexFigure(num: Numeral): number | null {
    const t = this.t;
    if (num.words || num.scale !== 0 || hangulAt(t, num.start - 1)) return null;
    const name = indexNameBefore(t, num.start);
    let key = name?.key;
    if (!key) {
      const last = this.figs[this.figs.length - 1];
      if (!last || last.kind !== 'index' || num.start - last.end > 45) return null;
      if (!INDEX_CHAIN.test(t.slice(last.end, num.start))) return null;
      key = indexKey(last.unit);
    }
    if (!indexValueOk(key, num.value)) return null;
    const tail = INDEX_AFTER.exec(t.slice(num.end, num.end + 24));
    const end = num.end + (tail ? tail[0].length : 0);
    if (end === num.end && (letterAt(t, end) || digitAt(t, end))) return null;
    if (end === num.end && this.unitAt(num, num.end, true)) return null;
    const q = this.qualifierFor(num.start, end, 'index', false);
    this.push(num.start, end, 'index', indexUnit(t, key, num.start, end), num.value, num.precision, q);
    if (num.low && num.high && (q === 'exact' || q === 'range')) {
      const f = this.figs[this.figs.length - 1];
      f.qualifier = 'range';
      f.low = decToString(num.low);
      f.high = decToString(num.high);
    }
    return end;
  }

  private skipToken(i: number): number {
    let k = i;
    while (
      k < this.n &&
      (isDigit(this.t.charCodeAt(k)) ||
        isAsciiLetter(this.t.charCodeAt(k)) ||
        this.t[k] === '_' ||
        (this.t[k] === '.' && digitAt(this.t, k + 1)))
    )
      k++;
    return k;
  }

  /** Skip digits joined by `sep` (09:44, 1.2.3, 010-1234-5678). */
  private skipChars(i: number, sep: string): number {
    let k = i;
    while (k < this.n && (digitAt(this.t, k) || (this.t[k] === sep && digitAt(this.t, k + 1)))) k++;
    return k;
  }

  /** "1." or "2)" at the start of a line (list numbering). */
  private isListNumber(i: number, runEnd: number): boolean {
    const t = this.t;
    if (!(t[runEnd] === '.' || t[runEnd] === ')') || !(runEnd + 1 >= this.n || isSpace(t.charCodeAt(runEnd + 1))))
      return false;
    let k = i - 1;
    for (let g = 0; k >= 0 && g < 12; g++, k--) {
      const c = t[k];
      if (c === '\n' || c === '\r') return true;
      if (!(c === ' ' || c === '\t' || c === '#' || c === '>' || c === '-' || c === '*')) return false;
    }
    return k < 0;
  }

  /**
   * An ISO currency code written against its amount, as filings and tombstones write money ("ZAR11.6 billion",
   * "USD630 million", "EUR1,250,000", "ZAR18.40 / USD1.00"): three capitals no letter or digit stands before, and an
   * amount that reads as money, with a scale word after it, thousands groups or two decimals (not "PHP8.1", "TRY3").
   */
  private gluedCode(i: number, runEnd: number): boolean {
    const t = this.t;
    if (i < 3 || letterAt(t, i - 4) || digitAt(t, i - 4)) return false;
    const code = t.slice(i - 3, i);
    if (!/^[A-Z]{3}$/.test(code) || !CURRENCY_CODES.has(code)) return false;
    return GLUED_AMOUNT.test(t.slice(runEnd, runEnd + 40));
  }

  private currencyPrefix(i: number, glued = false): Prefix | null {
    const t = this.t;
    let k = i - 1;
    if (k >= 0 && isSpace(t.charCodeAt(k))) k--;
    if (k < 0) return null;
    const c = t[k];
    if (c === '$') {
      // Chile's thousands and millions of dollars and pesos ("MMUS\$ 9,800", "MUS\$ 450", "MM\$ 3.400"): the M's are the
      // scale, thousands each (Spanish "mil"), and a bare \$ there is the peso's.
      const scaled = /(?:^|[^\p{L}])(MMUS|MUS|MM)$/u.exec(t.slice(Math.max(0, k - 5), k));
      if (scaled)
        return {
          start: k - scaled[1].length,
          unit: scaled[1] === 'MM' ? 'CLP' : 'USD',
          factor: decInt(scaled[1].startsWith('MM') ? 1_000_000 : 1000),
        };
      if (k >= 4 && t.slice(k - 4, k) === 'U.S.') return { start: k - 4, unit: 'USD' };
      if (k >= 2 && t.slice(k - 2, k) === 'US') return { start: k - 2, unit: 'USD' };
      if (k >= 2 && t.slice(k - 2, k) === 'HK') return { start: k - 2, unit: 'HKD' };
      if (k >= 2 && t.slice(k - 2, k) === 'NZ' && !letterAt(t, k - 3)) return { start: k - 2, unit: 'NZD' };
      if (k >= 2 && t.slice(k - 2, k) === 'NT' && !letterAt(t, k - 3)) return { start: k - 2, unit: 'TWD' };
      // (the Caribbean dollars as their papers write them: "TT\$9.8 million", "EC\$45 million", "J\$1.2 billion")
      if (k >= 2 && t.slice(k - 2, k) === 'TT' && !letterAt(t, k - 3)) return { start: k - 2, unit: 'TTD' };
      if (k >= 2 && t.slice(k - 2, k) === 'EC' && !letterAt(t, k - 3)) return { start: k - 2, unit: 'XCD' };
      if (k >= 1 && t[k - 1] === 'J' && !letterAt(t, k - 2)) return { start: k - 1, unit: 'JMD' };
      if (k >= 1 && t[k - 1] === 'S' && !letterAt(t, k - 2)) return { start: k - 1, unit: 'SGD' };
      if (k >= 1 && (t[k - 1] === 'A' || t[k - 1] === 'C') && !letterAt(t, k - 2))
        return { start: k - 1, unit: t[k - 1] === 'A' ? 'AUD' : 'CAD' };
      if (k >= 1 && t[k - 1] === 'R' && !letterAt(t, k - 2)) return { start: k - 1, unit: 'BRL' };
      return { start: k, unit: 'USD' };
    }
    if (c === '₩' || c === '￦') return { start: k, unit: 'KRW' };
    if (c === '€') return { start: k, unit: 'EUR' };
    if (c === '¥' || c === '￥') return { start: k, unit: 'JPY' };
    if (c === '£') return { start: k, unit: 'GBP' };
    if (c === '₹') return { start: k, unit: 'INR' };
    // "Rs 3.12", "Rs. 1.1 lakh crore", "RM24 billion": the rupee's and the ringgit's letters before the number
    if (c === 's' && k >= 1 && t[k - 1] === 'R' && !letterAt(t, k - 2)) return { start: k - 1, unit: 'INR' };
    if (c === '.' && k >= 2 && t.slice(k - 2, k) === 'Rs' && !letterAt(t, k - 3)) return { start: k - 2, unit: 'INR' };
    if (c === 'M' && k >= 1 && t[k - 1] === 'R' && !letterAt(t, k - 2)) return { start: k - 1, unit: 'MYR' };
    // "KD 3.53 billion", "KD42m": the Kuwaiti dinar's letters before the number, as Kuwaiti papers write it
    if (c === 'D' && k >= 1 && t[k - 1] === 'K' && !letterAt(t, k - 2)) return { start: k - 1, unit: 'KWD' };
    // "G. 71.1 trillion", "₲ 7,482": the guaraní as Paraguayan outlets write it, its letter and point before an amount
    // that reads as money (a scale word, thousands groups); not an initial's ("John G. 5", "G.7", "U.S.G. 5")
    if (c === '₲') return { start: k, unit: 'PYG' };
    if (c === '.' && k >= 1 && k + 1 < i && t[k - 1] === 'G' && !letterAt(t, k - 2) && t[k - 2] !== '.') {
      const run = /^\d+/.exec(t.slice(i, i + 24))?.[0].length ?? 0;
      if (run && GLUED_AMOUNT.test(t.slice(i + run, i + run + 40))) return { start: k - 1, unit: 'PYG' };
    }
    if (k >= 2 && (k + 1 < i || glued) && !letterAt(t, k - 3)) {
      const code = t.slice(k - 2, k + 1);
      if (PREFIX_CODES.has(code)) return { start: k - 2, unit: code };
      // (a code that is also a word or other capitals, "BAM 2,100 net a month", "MAD 1.2bn": before an amount that reads
      // as money only, and not in a line of capitals, "ALL 2,000 WORKERS", "TOP 10")
      if (AMBIGUOUS_CODES.has(code) && k + 1 < i && !letterAt(t, k - 3) && !capitalsBefore(t, k - 3)) {
        const run = /^\d+/.exec(t.slice(i, i + 24))?.[0].length ?? 0;
        const rest = t.slice(i + run, i + run + 40);
        const shaped = run > 0 && GLUED_AMOUNT.exec(rest);
        if (shaped && !/^\s*[A-Z]{2,}\b/.test(rest.slice(shaped[0].length))) return { start: k - 2, unit: code };
      }
    }
    return null;
  }

  // ------------------------------------------------------------ building a figure

  private figureFrom(num: Numeral, prefix: Prefix | null): number {
    // a range: 70~80%, 1~2조원, 70-80%, 70 to 80 percent, between 70 and 80 percent
    const range = this.rangeAfter(num, prefix);
    if (range) return range;

    if (prefix) {
      // $500 billion, US$ 5 bn, $100B; "dollars" after it is redundant but allowed
      let end = num.end;
      const u = this.unitAt(num, num.end, false);
      if (u && u.kind === 'money') end = u.end;
      this.push(
        prefix.start,
        end,
        'money',
        prefix.unit,
        prefix.factor ? decMul(num.value, prefix.factor) : num.value,
        prefix.factor ? decMul(num.precision, prefix.factor) : num.precision,
        this.qualifierFor(prefix.start, end, 'money', false),
      );
      return end;
    }

    const u = this.unitAt(num, num.end, false);
    if (!u) return this.bare(num);
    let value = num.value;
    let precision = num.precision;
    if (u.factor) {
      value = decMul(value, u.factor);
      precision = decMul(precision, u.factor);
    }
    if (u.override) {
      value = u.override;
      precision = valuePrecision(u.override);
    }
    if (u.kind === 'date') {
      const q = this.qualifierFor(num.start, u.end, 'date', false);
      this.pushRaw(num.start, u.end, 'date', 'date', u.date ?? '', '1', q);
      return u.end;
    }
    let q = this.qualifierFor(num.start, u.end, u.kind, !!u.qualifier);
    if (q === 'exact' && u.qualifier) q = u.qualifier;
    this.push(num.start, u.end, u.kind, u.unit, value, precision, q, u.noun);
    if (num.low && num.high && (q === 'exact' || q === 'range')) {
      const f = this.figs[this.figs.length - 1];
      f.qualifier = 'range';
      f.low = decToString(u.factor ? decMul(num.low, u.factor) : num.low);
      f.high = decToString(u.factor ? decMul(num.high, u.factor) : num.high);
    }
    return u.end;
  }

  /**
   * The currency of the amount a bracket opens right after, for a bare Korean amount inside that bracket of about its
   * size (within a factor of two): the level before or after a revision, or an application, written once with its
   * currency ("164억 캐나다달러 (2월 발표 152억 → 10월 증액)", "152억 캐나다달러 (10월 164억으로 증액)"). A won conversion of
   * a foreign amount is a thousand times it or more ("6,140만 달러(약 847억)"), and stays won; so does a bare amount
   * outside the bracket. Only dates may stand between the two amounts.
   */
  private bracketCurrency(num: Numeral): string | undefined {
    let k = this.figs.length - 1;
    while (k >= 0 && this.figs.length - k <= 3 && this.figs[k].kind === 'date') k--;
    const prev = k >= 0 && this.figs.length - k <= 3 ? this.figs[k] : undefined;
    if (!prev || prev.kind !== 'money' || prev.unit === 'KRW' || prev.unit.includes('/')) return undefined;
    if (num.start - prev.end > BRACKET_CURRENCY_REACH) return undefined;
    const between = this.t.slice(prev.end, num.start);
    if (between.length > BRACKET_CURRENCY_REACH || !/^[^()（）\n]*[(（][^()（）\n]*$/.test(between)) return undefined;
    const a = Number(prev.value),
      b = Number(decToString(num.value));
    return a > 0 && b > 0 && b <= 2 * a && a <= 2 * b ? prev.unit : undefined;
  }

  /** A number without a unit: Korean 억/조 amounts are won; English counts need a noun; the rest is skipped. */
  private bare(num: Numeral): number {
    const t = this.t;
    const ft = this.fromTo(num);
    if (ft) return ft;
    if (num.words) return num.end;
    // English plain 4-digit years
    if (num.plain && num.intLen === 4) {
      const y = Number(num.value.n);
      if (y >= 1900 && y <= 2100 && !hangulAt(t, num.end)) {
        // "Q2 2026", "the second half of 2026": the year's quarter or half is part of the date.
        const part = partOfYearBefore(t, num.start);
        const start = part?.start ?? num.start;
        const q = this.qualifierFor(start, num.end, 'date', false);
        this.pushRaw(start, num.end, 'date', 'date', String(y) + (part ? '-' + part.part : ''), '1', q);
        return num.end;
      }
    }
    if (num.scale >= 8 && hangulAt(t, num.end - 1)) {
      // 718조 투자, 720조 AI인프라: Korean headlines drop 원; "260억 → 285억 달러": a level before an arrow is in the
      // currency of the level after it, which writes it once
      const arrowed = ARROW_TO_CURRENCY.exec(t.slice(num.end, num.end + 30));
      this.push(
        num.start,
        num.end,
        'money',
        arrowed ? FX_NAMES[arrowed[1]] : (this.bracketCurrency(num) ?? 'KRW'),
        num.value,
        num.precision,
        this.qualifierFor(num.start, num.end, 'money', false),
      );
      return num.end;
    }
    const fromLevel = this.elidedFrom(num);
    if (fromLevel) return fromLevel;
    const ofThe = this.elidedOfThe(num);
    if (ofThe) return ofThe;
    const elided = this.elidedCount(num);
    if (elided) return elided;
    const put = this.countPutAt(num);
    if (put) return put;
    const paired = this.stageCountPaired(num);
    if (paired) return paired;
    if (
      (num.scale >= 3 || (!num.plain && !hangulAt(t, num.end - 1) && num.intLen > 0 && num.value.s === 0)) &&
      !hangulAt(t, num.end)
    ) {
      // 100,000 / 2 million / 10만 standing alone
      if (decCmp(num.value, decInt(1000)) >= 0) {
        this.pushCount(num, 'count');
      }
    }
    return num.end;
  }

  private rangeAfter(num: Numeral, prefix: Prefix | null): number | null {
    const t = this.t;
    let p = num.end;
    // optional unit on the first number only for '~' style: 70%~80%
    let firstUnit: UnitHit | null = null;
    // Only a unit followed by a tilde counts, and a percent or money unit ends within 19 characters of p
    // (여, a space, "percentage points"): without a tilde that near, the look is skipped.
    const u0 = tildeWithin(t, p, p + 20) ? this.unitAt(num, p, true) : null;
    if (
      u0 &&
      (u0.kind === 'percent' || u0.kind === 'money') &&
      (t[u0.end] === '~' || t[u0.end] === '∼' || t[u0.end] === '〜' || t[u0.end] === '～')
    ) {
      firstUnit = u0;
      p = u0.end;
    }
    let q = p;
    let sepOk = false;
    let between = false;
    const start0 = prefix ? prefix.start : num.start;
    const c = t[q];
    if (c === '~' || c === '∼' || c === '〜' || c === '～') {
      q++;
      if (isSpace(t.charCodeAt(q))) q++;
      sepOk = true;
    } else if ((c === '-' || c === '–') && !firstUnit) {
      q++;
      sepOk = digitAt(t, q) || t[q] === '$';
    } else if (isSpace(t.charCodeAt(q)) && !firstUnit) {
      // (not after "from", whose "to" is the level after; nor after "by" or a verb of change, the size of a change
      // before the level it reached: "rose by $2.5 billion to $18.5 billion", "rose $2.5 billion to $18.5 billion")
      if (
        matchAt(t, q + 1, 'to ', true) &&
        !this.precededBy(start0, 'from') &&
        !this.precededBy(start0, 'by') &&
        !CHANGED_BEFORE.test(t.slice(Math.max(0, start0 - 16), start0))
      ) {
        q += 4;
        sepOk = true;
      } else if (matchAt(t, q + 1, 'and ', true) && this.precededBy(start0, 'between')) {
        q += 5;
        sepOk = true;
        between = true;
      }
    }
    if (!sepOk) return null;
    let prefix2: { start: number; unit: string } | null = null;
    if (t[q] === '$') {
      prefix2 = { start: q, unit: 'USD' };
      q++;
    }
    let second: Numeral | null = null;
    if (digitAt(t, q)) {
      const a = readArabic(t, q);
      const ko = koreanScaleAfter(t, a) ? readKoreanNumeral(t, q, a) : null;
      second = ko && !ko.plain && hasHangul(t, q, ko.end) ? ko : readEnglishNumeral(t, q, !!(prefix || prefix2), a);
    } else if (num.words && letterAt(t, q)) {
      second = readEnglishWords(t, q);
    }
    if (!second) return null;
    if (digitAt(t, second.end) || (t[second.end] === '.' && digitAt(t, second.end + 1))) return null;
    let low = num.value;
    let lowPrec = num.precision;
    if (num.scale === 0 && second.scale > 0 && !num.words) {
      low = decShift(low, second.scale);
      lowPrec = decShift(lowPrec, second.scale);
    }
    let kind: FigureKind;
    let unit: string;
    let end: number;
    let factor: Dec | undefined;
    let noun: string | undefined;
    let start = num.start;
    if (prefix) {
      kind = 'money';
      unit = prefix.unit;
      end = second.end;
      start = prefix.start;
      factor = prefix.factor;
    } else {
      const u = this.unitAt(second, second.end, false);
      if (!u || u.kind === 'date') return null;
      if (firstUnit && firstUnit.unit !== u.unit) return null;
      kind = u.kind;
      unit = u.unit;
      end = u.end;
      factor = u.factor;
      noun = u.noun;
    }
    if (prefix2 && unit !== 'USD') return null;
    let high = second.value;
    let highPrec = second.precision;
    if (factor) {
      low = decMul(low, factor);
      high = decMul(high, factor);
      lowPrec = decMul(lowPrec, factor);
      highPrec = decMul(highPrec, factor);
    }
    if (decCmp(low, high) >= 0) return null;
    void between;
    const prec = decCmp(lowPrec, highPrec) < 0 ? lowPrec : highPrec;
    this.push(start, end, kind, unit, low, prec, 'range', noun);
    const f = this.figs[this.figs.length - 1];
    f.low = decToString(low);
    f.high = decToString(high);
    return end;
  }

  private precededBy(start: number, word: string): boolean {
    const t = this.t;
    let k = start - 1;
    if (!isSpace(t.charCodeAt(k))) return false;
    k--;
    const b = k - word.length + 1;
    if (b < 0 || letterAt(t, b - 1)) return false;
    return matchAt(t, b, word, true);
  }

  // ------------------------------------------------------------ units after a number

  /** A day and month read up to `end`, with the year written right after it when there is one ("21 January 2026"). */
  private dayMonthDate(month: number, day: number, end: number): UnitHit {
    const y = this.yearAfter(end);
    return y
      ? { kind: 'date', unit: 'date', end: y.end, date: y.year + '-' + pad2(month) + '-' + pad2(day) }
      : { kind: 'date', unit: 'date', end, date: '--' + pad2(month) + '-' + pad2(day) };
  }

  /**
   * The unit of a number ending at `pos`. `probe` only looks (no noun fallbacks).
   */
  private unitAt(num: Numeral, pos: number, probe: boolean): UnitHit | null {
    const t = this.t;
    // A number in words restated in digits in brackets, as decrees and contracts write them ("ten (10) years",
    // "fifteen (15) years", "one hundred (100) megawatts"): the unit stands after the bracket.
    if (num.words && t[pos] === ' ' && t[pos + 1] === '(') {
      const a = readArabic(t, pos + 2);
      if (
        a &&
        t[a.end] === ')' &&
        t[a.end + 1] === ' ' &&
        decCmp(decParse(t.slice(pos + 2, a.end).replace(/,/g, ''))!, num.value) === 0
      )
        pos = a.end + 1;
    }
    let p = pos;
    let approxMark = false;
    if (t[p] === '여' && !num.words) {
      approxMark = true;
      p++;
    }
    // attached or after one space
    for (let pass = 0; pass < 2; pass++) {
      if (pass === 1) {
        if (!isSpace(t.charCodeAt(p))) break;
        p++;
      }
      if (hangulAt(t, p) || t[p] === '%' || (p < this.n && t.charCodeAt(p) > 0x2000 && !letterAt(t, p))) {
        const k = this.koUnit(num, p, pass === 1, probe);
        if (k) {
          if (approxMark && (!k.qualifier || k.qualifier === 'exact')) k.qualifier = 'approx';
          return k;
        }
      }
      if (!approxMark) {
        const e = this.enUnit(num, p, pass === 1, probe);
        if (e) return e;
      }
    }
    if (!approxMark && t[pos] === '-' && letterAt(t, pos + 1)) {
      // four-year, 2-nanometer, 150-megawatt; an amount of money written before its noun ("the 2,002,000,000-won
      // budget", "a 500-billion-won expansion", "a 300-million-euro loan")
      const e = this.enUnit(num, pos + 1, true, probe);
      if (e && e.kind !== 'count') return e;
    }
    if (!approxMark && letterAt(t, pos) && !num.words) {
      const e = this.enUnit(num, pos, false, probe);
      if (e) return e;
    }
    return null;
  }

  private koUnit(num: Numeral, p: number, spaced: boolean, probe: boolean): UnitHit | null {
    const t = this.t;
    for (const d of KO_UNITS_BY_HEAD.get(t.charCodeAt(p)) ?? NONE) {
      if (!matchAt(t, p, d.s, false)) continue;
      const end = p + d.s.length;
      if (d.check && !d.check(t, end)) continue;
      return { kind: d.kind, unit: d.unit, end, factor: d.factor };
    }
    // time words
    const tw = this.koTime(num, p, spaced);
    if (tw !== undefined) return tw;
    if (num.words && num.low === undefined && spaced === false && !hangulAt(t, p)) return null;
    // counters
    for (const key of KO_COUNTERS_BY_HEAD.get(t.charCodeAt(p)) ?? NONE) {
      if (!matchAt(t, p, key, false)) continue;
      const end = p + key.length;
      if (!this.counterOk(key, end, num)) continue;
      let unit = KO_COUNTERS[key];
      let noun: string | undefined = key;
      if (key === '개') {
        const nn = probe ? null : (this.koNounAfter(end) ?? this.koNounBefore(num.start));
        if (nn) {
          unit = NOUNS[nn.key];
          noun = nn.word;
        }
      } else if (key === '기' && !probe) {
        // 기 counts installations, whatever they are: the noun before it says which ("철탑 46기" are pylons, as
        // English counts them; "원전 2기" stay units), or the count it changed from ("철탑도 46기에서 52기로").
        const nn = this.koNounBefore(num.start);
        const from = nn ? undefined : this.countChangedFrom(num.start, key);
        if (nn) {
          unit = NOUNS[nn.key];
          noun = nn.word;
        } else if (from) unit = from.unit;
      }
      return { kind: 'count', unit, end, noun };
    }
    // A classifier the counter table does not list counts the noun of the table it stands for, before the number or
    // after "의" ("데이터센터 건물 4동", "D램 웨이퍼를 월 최대 15만 장", "90만 장의 D램 웨이퍼"); beside no such noun it
    // counts nothing known, and no figure is read.
    if (!probe && num.value.s === 0) {
      for (const key of KO_CLASSIFIERS) {
        if (!matchAt(t, p, key, false)) continue;
        const end = p + key.length;
        if (hangulAt(t, end) && !CLASSIFIER_PARTICLES.includes(t[end]) && !koFormalCopula(t, end)) continue;
        const nn = t[end] === '의' ? this.koNounAfter(end, true) : this.koNounBefore(num.start, true);
        if (nn) return { kind: 'count', unit: NOUNS[nn.key], end, noun: nn.word };
      }
    }
    return null;
  }

  private counterOk(key: string, end: number, num: Numeral): boolean {
    const t = this.t;
    const nx = t[end];
    if (digitAt(t, end)) return false;
    if (num.value.s > 0 && key !== '개' && key !== '명' && key !== '가구' && key !== '곳' && key !== '개사') {
      // 1.5기? keep fractional counts only for common counters
      return false;
    }
    // (the formal copula ends any count: "120명입니다", "300대입니다", "4건입니다")
    if (koFormalCopula(t, end)) return true;
    switch (key) {
      case '기':
        if (t.startsWith('가바', end) || t.startsWith('가헤', end) || t.startsWith('가비', end)) return false;
        if (!koBoundary(t, end)) return false;
        return !/^ ?(행정부|정부|내각|체제|지도부|신도시|출범|임기|위원|졸업|수료)/.test(t.slice(end, end + 6));
      case '인':
        return (
          !hangulAt(t, end) ||
          nx === '방' ||
          nx === '조' ||
          nx === '의' ||
          nx === '이' ||
          nx === '은' ||
          nx === '을' ||
          nx === '가' ||
          nx === '분'
        );
      case '사':
        return !hangulAt(t, end) || '가는의와과를도에로만'.includes(nx);
      case '대':
        // "18대다", "18대였다": the copula after a count, as after 개
        if (hangulAt(t, end)) return '가를의에로와과는도다였'.includes(nx);
        // (a space and the cell's end after it: "| 드라이쿨러 640대, 칠러 48대 | 2026. 9. 30. |"; not "30대 남성")
        if (isSpace(t.charCodeAt(end)))
          return /^ (?:이상|가량|정도|규모|분량|안팎|넘|이하|미만|등|[|│])/.test(t.slice(end, end + 4));
        return !letterAt(t, end);
      case '회':
        return !hangulAt(t, end) || '가를의에로와는도씩째'.includes(nx);
      case '종':
        return !hangulAt(t, end) || '가를의에로와과는도'.includes(nx);
      case '세대':
        // 세대 counts dwellings only where the words around it speak of housing ("임대주택 120세대", "이 단지 6세대에
        // 입주"): elsewhere it is a generation ("5세대 이동통신", "12세대 코어", "3세대가 함께 산다").
        return (
          koBoundary(t, end) &&
          (KO_HOUSING.test(t.slice(Math.max(0, num.start - KO_HOUSING_REACH), num.start)) ||
            KO_HOUSING.test(t.slice(end, end + KO_HOUSING_REACH)))
        );
      case '건':
        return !hangulAt(t, end) || '이을의에으과은도씩'.includes(nx);
      case '개':
        // "450개다", "450개였다": the copula after a count ("개다" alone is another verb, with no number before it)
        return !hangulAt(t, end) || '가를의에로와과는도씩여다였'.includes(nx) || (nx === '이' && t[end + 1] !== '발');
      default:
        return koBoundary(t, end);
    }
  }

  /** The counted noun after "개", "개 이상의", "개의", within two words: 일자리, 기업 ... */
  private koNounAfter(end: number, mixed = false): { key: string; word: string } | null {
    const t = this.t;
    let p = end;
    if (t[p] === '의') p++;
    let skipped = 0;
    for (let w = 0; w < 3; w++) {
      if (!isSpace(t.charCodeAt(p))) return null;
      p++;
      let e = p;
      // (after a classifier, a name in Latin letters is one of the words: "D램 웨이퍼")
      while (e < this.n && e - p < 12 && (hangulAt(t, e) || (mixed && (letterAt(t, e) || digitAt(t, e))))) e++;
      if (e === p) return null;
      const word = t.slice(p, e);
      if (
        w === 0 &&
        skipped++ === 0 &&
        (word === '이상의' ||
          word === '이상' ||
          word === '가량의' ||
          word === '정도의' ||
          word === '넘는' ||
          word === '안팎의' ||
          word === '내외의')
      ) {
        p = e;
        w--;
        continue;
      }
      for (const k of KO_NOUN_KEYS) {
        if (word.startsWith(k)) return { key: k, word: k };
      }
      const loan = koLoanNounKey(word);
      if (loan) return { key: loan, word };
      p = e;
    }
    return null;
  }

  /** "일자리 10만 개", "일자리가 최소 50만 개": the noun right before the number (its particle and a qualifier between). */
  private koNounBefore(start: number, period = false): { key: string; word: string } | null {
    const t = this.t;
    let e = start - 1;
    for (let w = 0; w < 2; w++) {
      if (!isSpace(t.charCodeAt(e))) return null;
      // A noun glossed in brackets ("그래픽처리장치(GPU) 8000개") is the noun before the brackets, or the gloss.
      let gloss: string | undefined;
      let we = e;
      if (t[we - 1] === ')') {
        const open = t.lastIndexOf('(', we - 2);
        if (open > 0 && we - open <= MAX_GLOSS) {
          gloss = t.slice(open + 1, we - 1);
          we = open;
        }
      }
      let b = we;
      while (b > 0 && we - b < 12 && hangulAt(t, b - 1)) b--;
      const word = t.slice(b, we);
      // A noun in Latin letters the table knows ("GPU 8000개", "(GPU)"): Korean text writes many that way.
      const glossed = () => {
        const key = gloss && latinNounKey(gloss);
        return key ? { key, word: gloss! } : null;
      };
      if (!word) {
        let lb = we;
        while (lb > 0 && we - lb < 16 && asciiLetterAt(t, lb - 1)) lb--;
        const latin = lb < we && !asciiLetterAt(t, lb - 1) ? t.slice(lb, we) : undefined;
        const key = latin && latinNounKey(latin);
        return key ? { key, word: latin! } : glossed();
      }
      if (w === 0 && KO_PRE[word] !== undefined) {
        e = b - 1;
        continue;
      }
      // before a classifier, the period of a rate between noun and number: "웨이퍼를 월 최대 15만 장"
      if (period && PERIOD_WORDS.has(word)) {
        period = false;
        e = b - 1;
        w--;
        continue;
      }
      let bare = NOUN_PARTICLES.has(word[word.length - 1]) && !KO_NOUN_SET.has(word) ? word.slice(0, -1) : word;
      if (bare.endsWith('들') && bare.length > 2) bare = bare.slice(0, -1); // 기업들이
      // a one-syllable noun of the table ("칩 약 40만 개") is itself; a compound must end in a longer one
      if (bare.length === 1 && NOUNS[bare] !== undefined && word.length <= 2) return { key: bare, word: bare };
      if (bare.length >= 2 && isHangul(bare.charCodeAt(0))) {
        // the noun itself, or a compound ending in it ("대기업", "신규원전")
        const key = NOUNS[bare] !== undefined ? bare : KO_NOUN_KEYS.find((k) => k.length >= 2 && bare.endsWith(k));
        if (key) return { key, word: key };
        const loan = koLoanNounKey(word);
        if (loan) return { key: loan, word };
      }
      return glossed();
    }
    return null;
  }

  /**
   * A multiple counted with a native Korean numeral, "두 배로 늘리겠다", "세 배가 됐다", "약 두배" (the digits' "3배" are read
   * by koTime): 배 followed by a particle or ending and then no more Hangul, so 배추, 배터리 and 배당 are not read.
   */
  private koNativeMultiple(i: number): number | null {
    // (most Hangul words open with no numeral of a multiple: one character test before the regex)
    if (!KO_NATIVE_FIRST.has(this.t.charCodeAt(i))) return null;
    KO_NATIVE_MULTIPLE.lastIndex = i;
    const m = KO_NATIVE_MULTIPLE.exec(this.t);
    if (!m) return null;
    const end = i + m[1].length;
    this.push(i, end, 'ratio', 'ratio', decInt(KO_NATIVE[m[2]]), decInt(1), this.qualifierFor(i, end, 'ratio', false));
    return end;
  }

  /** 년, 월, 일, 주, 시간, 개월, 분의, 배. Returns undefined when none applies, null to refuse the number. */
  private koTime(num: Numeral, p: number, spaced: boolean): UnitHit | null | undefined {
    const t = this.t;
    const c = t[p];
    const n = smallInt(num);
    const isInt = num.value.s === 0;
    if (c === '년') {
      const e = p + 1;
      if (t[e] === '대' && !hangulAt(t, e + 1)) return null; // 1990년대: a decade, skip
      if (!koBoundary(t, e) && t[e] !== '간' && t[e] !== '째' && t[e] !== '도') return null;
      if (
        num.plain &&
        num.intLen === 4 &&
        n >= 1000 &&
        n <= 2999 &&
        !(t[e] === '간' || t.startsWith(' 동안', e) || t[e] === '째')
      ) {
        if (spaced) return null;
        let date = String(n);
        let end = e;
        const m = this.koNextPart(end, '월', 12);
        const part = m ? undefined : koPartOfYearAfter(t, end);
        if (part) {
          date += '-' + part.part;
          end = part.end;
        } else if (m) {
          date += '-' + pad2(m.n);
          end = m.end;
          const d = this.koNextPart(end, '일', 31);
          if (d) {
            date += '-' + pad2(d.n);
            end = d.end;
          }
        }
        return { kind: 'date', unit: 'date', end, date };
      }
      if (!isInt && !durationWordAt(t, e)) return { kind: 'duration', unit: 'year', end: e };
      return { kind: 'duration', unit: 'year', end: e };
    }
    if (c === '개' && t[p + 1] === '월') {
      return { kind: 'duration', unit: 'month', end: p + 2 };
    }
    if (c === '월') {
      const e = p + 1;
      if (spaced || n < 1 || n > 12 || !koBoundary(t, e)) return null;
      let date = '--' + pad2(n);
      let end = e;
      const d = this.koNextPart(end, '일', 31);
      if (d) {
        date += '-' + pad2(d.n);
        end = d.end;
      }
      return { kind: 'date', unit: 'date', end, date };
    }
    if (c === '분' && t[p + 1] === '기') {
      // "2028년 1분기에서 4분기로": a quarter the year before it carries over to, as the sentence changes it
      const e = p + 2;
      if (spaced || n < 1 || n > 4 || !isInt || !koBoundary(t, e)) return null;
      const y = KO_QUARTER_FROM.exec(t.slice(Math.max(0, num.start - 24), num.start));
      return y ? { kind: 'date', unit: 'date', end: e, date: `${y[1]}-Q${n}` } : null;
    }
    if (c === '일') {
      const e = p + 1;
      if (!koBoundary(t, e) && t[e] !== '간' && t[e] !== '째') return null;
      if (n >= 1 && n <= 31 && !spaced && !durationWordAt(t, e))
        return { kind: 'date', unit: 'date', end: e, date: '---' + pad2(n) };
      return isInt ? { kind: 'duration', unit: 'day', end: e } : null;
    }
    if (c === '주') {
      const e = p + 1;
      if (t[e] === '년') return null; // 주년: anniversary
      if (!koBoundary(t, e) && t[e] !== '간' && t[e] !== '째') return null;
      if (num.scale > 0 || n > 52 || n < 0) return { kind: 'count', unit: 'shares', end: e, noun: '주' };
      return { kind: 'duration', unit: 'week', end: e };
    }
    if (c === '시' && t[p + 1] === '간') return { kind: 'duration', unit: 'hour', end: p + 2 };
    if (c === '시') return null; // 오후 3시: a time of day
    if (c === '분') {
      if (t[p + 1] === '의' && !spaced) {
        // 10분의 1
        let q = p + 2;
        if (isSpace(t.charCodeAt(q))) q++;
        const a = readArabic(t, q);
        if (a && !a.tooLong && !digitAt(t, a.end) && !decIsZeroish(num.value)) {
          const r = decDiv({ n: BigInt(a.intDigits + a.fracDigits), s: a.fracDigits.length }, num.value, 6);
          return {
            kind: 'ratio',
            unit: 'ratio',
            end: a.end,
            qualifier: r.exact ? undefined : 'approx',
            override: r.value,
          };
        }
      }
      return null;
    }
    // A multiple is mostly predicated: "3배인 60메가와트", "약 3배였다", "2배다" (the copula after it, not a particle).
    if (c === '배' && !spaced && (koBoundary(t, p + 1) || (t[p + 1] !== undefined && '인였다'.includes(t[p + 1]))))
      return { kind: 'ratio', unit: 'ratio', end: p + 1 };
    if (c === '세' && t[p + 1] === '기') return null;
    return undefined;
  }

  private koNextPart(end: number, ch: string, max: number): { n: number; end: number } | null {
    const t = this.t;
    let q = end;
    if (isSpace(t.charCodeAt(q))) q++;
    const a = readArabic(t, q);
    if (!a || a.comma || a.fracDigits || a.intDigits.length > 2 || t[a.end] !== ch) return null;
    const v = Number(a.intDigits);
    if (v < 1 || v > max || !koBoundary(t, a.end + 1)) return null;
    if (ch === '일' && (t[a.end + 1] === '간' || t.startsWith(' 동안', a.end + 1))) return null;
    return { n: v, end: a.end + 1 };
  }

  private enUnit(num: Numeral, p: number, spaced: boolean, probe: boolean): UnitHit | null {
    const t = this.t;
    if (p >= this.n) return null;
    const c0 = t.charCodeAt(p);
    if (c0 === 37 /*%*/) return { kind: 'percent', unit: '%', end: p + 1 };
    if (!letterAt(t, p) && t[p] !== '²' && !DEGREE_SIGNS.includes(t[p])) return null;
    // matchAt lowers only A-Z: an entry can match only where its first character is this one, lowered so.
    for (const d of EN_UNITS_BY_HEAD.get(c0 >= 65 && c0 <= 90 ? c0 + 32 : c0) ?? NONE) {
      if (!matchAt(t, p, d.s, true) && !(t[p - 1] === '-' && d.s.includes(' ') && matchAt(t, p, d.s, true, true)))
        continue;
      const end = p + d.s.length;
      if (letterAt(t, end) || digitAt(t, end)) continue;
      if (d.unit === 'KRW' && d.s === 'won' && !(num.scale > 0 || num.value.n >= 1000n || this.lang === 'en')) continue;
      if (
        (d.s === 'mw' || d.s === 'gw' || d.s === 'kw' || d.s === 'nm' || d.s === 'mwe' || d.s === 'gwe') &&
        t[p] === t[p].toLowerCase() &&
        d.s !== 'nm' &&
        t[p + 1] !== 'W'
      )
        continue;
      if (d.kind === 'money' && !spaced && d.word && d.s.length > 3) continue;
      // "m3" only in lower case: "M3" is a chip or a motorway
      if (d.s === 'm3' && t[p] === 'M') continue;
      if (d.kind === 'duration' && !spaced && t[p - 1] !== '-') continue;
      // A degree sign alone is a temperature only where no minutes of arc follow it ("41° 59′ N" is a latitude).
      if (d.s === '°' && /^\s?[\d′'"″]/.test(t.slice(end, end + 2))) continue;
      // …and degrees of an angle or a bearing are none ("a 360-degree view", "a 45-degree angle", "30 degrees north").
      if (d.kind === 'temperature' && ANGLE_AFTER.test(t.slice(end, end + 24))) continue;
      return { kind: d.kind, unit: d.unit, end, factor: d.factor };
    }
    // An ISO code in capitals after the amount ("602bn TRY", "148.5 million OMR"): the unit table's codes match in any case.
    if (spaced && CURRENCY_CODES.has(t.slice(p, p + 3)) && !letterAt(t, p + 3) && !digitAt(t, p + 3))
      return { kind: 'money', unit: t.slice(p, p + 3), end: p + 3 };
    // day-month date: 23 Jan. 2025, 21 January
    const mw = wordAt(t, p);
    // …and with the day as an ordinal: "the 18th of February", "on 15th July 2026"
    if (!spaced && num.plain && num.intLen <= 2) {
      const o = ORDINAL_DAY.exec(t.slice(p, p + 8));
      const ow = o ? wordAt(t, p + o[0].length) : '';
      const om = o && ow[0] === ow[0]?.toUpperCase() ? MONTHS[ow.toLowerCase()] : undefined;
      const day = Number(num.value.n);
      if (om && day >= 1 && day <= 31 && !letterAt(t, p + o![0].length + ow.length))
        return this.dayMonthDate(om, day, p + o![0].length + ow.length);
    }
    const month = MONTHS[mw.toLowerCase()];
    if (month && spaced && num.plain && num.intLen <= 2 && mw[0] === mw[0].toUpperCase()) {
      const day = Number(num.value.n);
      if (day >= 1 && day <= 31) {
        const end = p + mw.length;
        return this.dayMonthDate(month, day, t[end] === '.' ? end + 1 : end);
      }
    }
    if (!spaced || probe) return null;
    // counted nouns: 100,000 jobs, three nuclear power plants, 400,000 Nvidia GB300 chips. The noun phrase after the
    // number runs until a function word or punctuation (at most four words: names, model codes such as "GB300",
    // hyphenated modifiers); its head is its last noun: a word of the table, or a plural the table does not know
    // ("wafers", "customers"), which is then the unit itself.
    let q = p;
    let head: UnitHit | null = null;
    let namesOnly = true;
    const yearLike = num.plain && num.intLen === 4;
    for (let w = 0; w < 4; w++) {
      const word = wordAt(t, q);
      if (!word) break;
      let wEnd = q + word.length;
      // a model code: letters and digits ("GB300", "H100")
      while (wEnd < this.n && (letterAt(t, wEnd) || digitAt(t, wEnd))) wEnd++;
      const l = word.toLowerCase();
      // "1,000 construction jobs and 1,200 permanent ones": "ones" counts what the count before it in the sentence counts.
      if (l === 'ones' && !(isSpace(t.charCodeAt(wEnd)) && /^of\b/.test(t.slice(wEnd + 1, wEnd + 4)))) {
        const before = this.lastCounted();
        if (before) head = { kind: 'count', unit: before.unit, end: wEnd, noun: word };
        break;
      }
      if (EN_STOP.has(l)) break;
      const code = wEnd > q + word.length;
      const unit = code ? undefined : NOUNS[l];
      if (unit) head = { kind: 'count', unit, end: wEnd, noun: word };
      else if (!code && !yearLike && namesOnly && word === l && l.length > 3 && l.endsWith('s') && !l.endsWith('ss'))
        head = { kind: 'count', unit: l, end: wEnd, noun: word };
      // A plural the table does not know is a head only after names, codes and hyphenated modifiers ("Nvidia GB300
      // chips", "single-story buildings"): after a plain lower-case word it may be a verb ("a top-three AI nation
      // appears") or a unit of its own ("10 square miles").
      if (!(code || /^[A-Z]/.test(word) || t[wEnd] === '-' || t[q - 1] === '-')) namesOnly = false;
      // "data centers": two words the table writes as one
      if (!code && w > 0) {
        const prev = t
          .slice(p, q)
          .trim()
          .split(/[\s-]+/)
          .pop()!
          .toLowerCase();
        const joined = NOUNS[prev + l];
        if (joined) head = { kind: 'count', unit: joined, end: wEnd, noun: t.slice(q - prev.length - 1, wEnd) };
      }
      // A table noun ends the phrase unless another noun follows ("jobs programs" is rare; "jobs, Related said" is not).
      if (!(isSpace(t.charCodeAt(wEnd)) || t[wEnd] === '-') || !letterAt(t, wEnd + 1)) break;
      if (head && NOUNS[l] !== undefined && w === 0) break;
      q = wEnd + 1;
    }
    return head;
  }

  /**
   * "3,000 workers during construction and about 300 once it is operating": an English number right after "and"
   * (and a qualifier), with no noun of its own, counts what the count before it in the sentence counts, as "ones"
   * does. Its noun is that count's, not in its text (as "from four to three" has it).
   */
  /**
   * A bare number after "from" that closes a change to an amount with its unit, which it shares: "cut … to 4,000 tons
   * a day from 9,000", "raised the budget to $46 billion from 42", "to 1.5 gigawatts from 1.2". It is the amount the
   * change started from, in the unit and scale of the amount before it (no other figure between, and no clause end).
   */
  private elidedFrom(num: Numeral): number | null {
    const t = this.t;
    if (num.words || hangulAt(t, num.end) || hangulAt(t, num.start - 1)) return null;
    const c = t[num.end];
    if (c !== undefined && (letterAt(t, num.end) || digitAt(t, num.end) || /[%$€£¥₩-]/.test(c))) return null;
    if (num.plain && num.intLen === 4 && num.scale === 0) return null;
    if (!ELIDED_FROM_TO.test(t.slice(Math.max(0, num.start - 20), num.start))) return null;
    let p = num.end;
    while (p < this.n && t[p] === ' ') p++;
    const next = wordAt(t, p).toLowerCase();
    if (next && !(EN_STOP.has(next) || ELIDED_THEN.has(next))) return null;
    const last = this.figs[this.figs.length - 1];
    if (!last || last.kind === 'date' || last.kind === 'duration' || last.kind === 'ratio') return null;
    if (num.start - last.end > 40 || /[.;:()]/.test(t.slice(last.end, num.start))) return null;
    // …an amount the clause changed to: "to 4,000 tons", "to about $46 billion"
    if (!ELIDED_TO.test(t.slice(Math.max(0, last.start - 30), last.start))) return null;
    // …after a word of change in its clause: "cut … to", "raised … to" (not "grow to … from 2 sites", "sold to … from")
    const clause = t.slice(Math.max(0, last.start - 80), last.start);
    if (!CHANGED_TO.test(clause.slice(Math.max(clause.lastIndexOf(';'), clause.lastIndexOf('. ')) + 1))) return null;
    if (!this.pushInUnitOf(num, last)) return null;
    this.fromOf.set(this.figs[this.figs.length - 1], last);
    return num.end;
  }

  /**
   * Whether a number is digits standing bare (elidedOfThe, stageCountPaired): no scale word, no Hangul against it, not
   * a year (1900–2100 in four digits), and no letter, digit or one of `marks` right after it.
   */
  private bareDigits(num: Numeral, marks: RegExp): boolean {
    const t = this.t;
    if (num.words || num.scale !== 0 || hangulAt(t, num.end) || hangulAt(t, num.start - 1)) return false;
    if (num.plain && num.intLen === 4 && decCmp(num.value, decInt(1900)) >= 0 && decCmp(num.value, decInt(2100)) <= 0)
      return false;
    const c = t[num.end];
    return !(c !== undefined && (letterAt(t, num.end) || digitAt(t, num.end) || marks.test(c)));
  }

  /**
   * "Of the 420 acres, 308 are being bought …", "Of the 1,600 jobs, about 400 will be permanent": a bare number that
   * opens the clause after "Of the" and an amount, with only a comma (and a qualifier) between, says how many of what
   * that amount measures, in its unit and scale. Only digits without a scale word of their own, and only when a
   * function word follows (a noun after it would be its own: "Of the 420 acres, 308 parcels …").
   */
  private elidedOfThe(num: Numeral): number | null {
    const t = this.t;
    if (!this.bareDigits(num, /[%$€£¥₩.-]/)) return null;
    const last = this.figs[this.figs.length - 1];
    if (!last || last.unit === 'count' || OF_THE_NO_KIND.has(last.kind)) return null;
    if (!OF_THE_BETWEEN.test(t.slice(last.end, num.start))) return null;
    if (!OF_THE_BEFORE.test(t.slice(Math.max(0, last.start - 40), last.start))) return null;
    let p = num.end;
    while (p < this.n && t[p] === ' ') p++;
    const next = wordAt(t, p).toLowerCase();
    if (!next || !EN_STOP.has(next)) return null;
    return this.pushInUnitOf(num, last) ? num.end : null;
  }

  /** Pushes a bare number as an amount in the unit and scale of `last` (unitScale); false when that has no scale. */
  private pushInUnitOf(num: Numeral, last: RawFigure): boolean {
    const scale = unitScale(last);
    if (!scale) return false;
    this.push(
      num.start,
      num.end,
      last.kind,
      last.unit,
      decMul(num.value, scale.value),
      decMul(num.precision, scale.value),
      this.qualifierFor(num.start, num.end, last.kind, false),
      last.noun,
    );
    return true;
  }

  private elidedCount(num: Numeral): number | null {
    const t = this.t;
    if (num.words || hangulAt(t, num.end) || hangulAt(t, num.start - 1)) return null;
    const c = t[num.end];
    if (c !== undefined && (letterAt(t, num.end) || digitAt(t, num.end) || /[%$€£¥₩-]/.test(c))) return null;
    const lead = t.slice(Math.max(0, num.start - 40), num.start);
    const from = ELIDED_FROM.test(lead) || (EN_AGAINST.test(lead) && EN_THEN.test(t.slice(num.end, num.end + 60)));
    if (!from && !ELIDED_AFTER.test(lead)) return null;
    // …and then no word that may be a noun of its own ("and 12 new turbines"): a function word, punctuation or the end.
    let p = num.end;
    while (p < this.n && t[p] === ' ') p++;
    const next = wordAt(t, p).toLowerCase();
    if (next && !(EN_STOP.has(next) || ELIDED_THEN.has(next))) return null;
    const before = this.lastCounted();
    if (!before || before.unit === 'count') return null;
    // (the level before a change is the count's just before it: "put at 4,400, up from 3,800")
    if (from && (num.start - before.end > 40 || /[.;:]/.test(t.slice(before.end, num.start)))) return null;
    this.pushCount(num, before.unit, before.noun);
    return num.end;
  }

  /**
   * A bare English number the clause before it gives a counted noun of people or jobs (NOUN_BEFORE): a count of that
   * noun. Not a year ("employment to 2030"), nor a number with anything after it that may be its own unit.
   */
  private countPutAt(num: Numeral): number | null {
    const t = this.t;
    if (num.words || hangulAt(t, num.end) || hangulAt(t, num.start - 1)) return null;
    const c = t[num.end];
    if (c !== undefined && (letterAt(t, num.end) || digitAt(t, num.end) || /[%$€£¥₩-]/.test(c))) return null;
    if (num.plain && num.intLen === 4 && num.scale === 0) return null;
    const m =
      NOUN_BEFORE.exec(t.slice(Math.max(0, num.start - 60), num.start)) ??
      LABEL_NOUN_BEFORE.exec(t.slice(Math.max(0, num.start - 80), num.start));
    if (!m) return this.labelCountPer(num);
    const noun = m[1];
    const unit = NOUN_BEFORE_UNITS[noun.toLowerCase()] ?? NOUNS[noun.toLowerCase()];
    if (!unit) return null;
    // (and then no word that may be a noun of its own: "the workforce to 4,400 temporary hires" is read by its noun)
    let p = num.end;
    while (p < this.n && t[p] === ' ') p++;
    const next = wordAt(t, p).toLowerCase();
    if (next && !(EN_STOP.has(next) || ELIDED_THEN.has(next) || next === 'up' || next === 'down')) return null;
    this.pushCount(num, unit, noun);
    return num.end;
  }

  /**
   * A fact box's or a list's line whose label is a plural noun and whose clause after it gives a bare number per
   * something: "Apprentices: Ida-Viru Technology School takes 36 per intake", "- Trucks: the quarry sends 40 per day".
   * The label says what the number counts, as "36 apprentices per intake" would (the rate's "per intake" is read after
   * it). Only a number with "per" right after it (a bare number elsewhere in such a line may be anything), no digit
   * or colon between the label and it, and a label that is one noun, perhaps after a few words ("Paid apprentices:").
   */
  private labelCountPer(num: Numeral): number | null {
    const t = this.t;
    if (!/^\s+per\s+[A-Za-z]/.test(t.slice(num.end, num.end + 16))) return null;
    const m = LABEL_PLURAL_LINE.exec(t.slice(Math.max(0, num.start - 120), num.start));
    if (!m) return null;
    const l = m[1].toLowerCase();
    const unit = NOUNS[l] ?? (l.length > 3 && l.endsWith('s') && !l.endsWith('ss') && !EN_STOP.has(l) ? l : undefined);
    if (!unit) return null;
    this.pushCount(num, unit, l);
    return num.end;
  }

  /** A number standing without a unit of its own, read as a count of `unit` (of the noun `noun`, when one names it). */
  private pushCount(num: Numeral, unit: string, noun?: string): void {
    this.push(
      num.start,
      num.end,
      'count',
      unit,
      num.value,
      num.precision,
      this.qualifierFor(num.start, num.end, 'count', false),
      noun,
    );
  }

  /**
   * "Our number is 2,400 at the peak of construction for the campus itself, and 350 permanent jobs when both phases run":
   * a bare English number its own words give a stage of a project (countPhase: "at the peak of construction", "during
   * construction", "once it runs"), paired by "and" with a count of people or jobs right after, counts what that count
   * counts, as "3,000 workers during construction and about 300 once it is operating" gives the later number the noun
   * of the one before it. Not a number with a word of its own after it (a unit read already), a year, or one whose
   * stretch to the "and" names no stage or holds another number.
   */
  private stageCountPaired(num: Numeral): number | null {
    const t = this.t;
    if (!this.bareDigits(num, /[%$€£¥₩-]/)) return null;
    if (num.value.s !== 0 || decCmp(num.value, decInt(10)) < 0) return null;
    const m = STAGE_COUNT_PAIRED.exec(t.slice(num.end, num.end + 160));
    if (!m || !STAGE_WORDS_EN.test(m[1])) return null;
    const unit = NOUNS[m[2].toLowerCase()];
    if (unit !== 'people' && unit !== 'jobs') return null;
    this.pushCount(num, unit, m[2]);
    return num.end;
  }

  /** The count read last, with a noun the table or the text names (what "ones" after a later number counts). */
  /**
   * The count of the same counter right before a number, as the level it changed from: "46기에서 52기로", "46기 → 52기".
   * The later number counts what the earlier one does.
   */
  private countChangedFrom(start: number, counter: string): RawFigure | undefined {
    const last = this.figs[this.figs.length - 1];
    if (!last || last.kind !== 'count' || !last.text.endsWith(counter)) return undefined;
    const between = this.t.slice(last.end, start);
    return /^(?:에서|\s?(?:→|->))\s?$/.test(between) ? last : undefined;
  }

  private lastCounted(): RawFigure | undefined {
    for (let k = this.figs.length - 1; k >= 0; k--) {
      const f = this.figs[k];
      if (f.kind === 'count') return f.noun && f.unit !== 'count' ? f : undefined;
    }
    return undefined;
  }

  private yearAfter(end: number): { year: string; end: number } | null {
    const t = this.t;
    let q = end;
    if (t[q] === ',') q++;
    if (!isSpace(t.charCodeAt(q))) return null;
    q++;
    const a = readArabic(t, q);
    if (!a || a.comma || a.fracDigits || a.intDigits.length !== 4 || digitAt(t, a.end) || letterAt(t, a.end))
      return null;
    const y = Number(a.intDigits);
    if (y < 1000 || y > 2999) return null;
    return { year: a.intDigits, end: a.end };
  }

  // ------------------------------------------------------------ words (English numbers, months)

  private word(i: number): number {
    const t = this.t;
    const head = wordHead(t, i);
    if (!WORD_HEADS[head]) {
      // Not a month or a number word (most are not): where wordAt would end, without copying the word.
      let j = i;
      while (j < t.length && j - i < 40 && isAsciiLetter(t.charCodeAt(j))) j++;
      return j;
    }
    {
      // The head fits ("the", "to", "company"): compare the word with that head's few words before copying it.
      let j = i;
      while (j < t.length && j - i < 40 && isAsciiLetter(t.charCodeAt(j))) j++;
      const len = j - i;
      let known = false;
      for (const k of WORDS_BY_HEAD.get(head)!)
        if (k.length === len && matchAt(t, i, k, true)) {
          known = true;
          break;
        }
      if (!known) return j;
    }
    const w = wordAt(t, i);
    const end = i + w.length;
    const l = w.toLowerCase();
    const month = MONTHS[l];
    if (month && w[0] === w[0].toUpperCase()) {
      const r = this.monthDate(i, w, month);
      if (r) return r;
      return end;
    }
    const mult = MULTIPLIERS.get(l);
    if (mult) return this.multiplier(i, end, mult.value, mult.form);
    if (!mayStartEnglishNumber(l)) return end;
    const vague = readEnglishVague(t, i);
    if (vague) {
      // hundreds of thousands of jobs, billions of dollars
      let p = vague.end;
      if (t.slice(p, p + 4) === ' of ') {
        p += 4;
        const u = this.enUnit(vague, p, true, false) ?? this.afterOfUnit(p);
        if (u && u.kind !== 'date') {
          this.push(i, u.end, u.kind, u.unit, vague.value, vague.precision, 'range', u.noun);
          const f = this.figs[this.figs.length - 1];
          f.low = decToString(vague.low!);
          f.high = decToString(vague.high!);
          return u.end;
        }
      }
      return vague.end;
    }
    const num = readEnglishWords(t, i);
    if (!num) return end;
    if (num.value.n === 1n && num.scale === 0 && (l === 'one' || l === 'a' || l === 'an')) {
      // "one of", "one day": only a table noun makes "one" a figure
      const u = this.unitAt(num, num.end, false);
      if (!u || (u.kind === 'count' && NOUNS[(u.noun ?? '').toLowerCase()] === undefined)) return num.end;
      this.push(
        i,
        u.end,
        u.kind,
        u.unit,
        decMul(num.value, u.factor ?? decInt(1)),
        num.precision,
        this.qualifierFor(i, u.end, u.kind, false),
        u.noun,
      );
      return u.end;
    }
    const range = this.rangeAfter(num, null);
    if (range) return range;
    const u = this.unitAt(num, num.end, false);
    if (u && u.kind !== 'date') {
      const value = u.factor ? decMul(num.value, u.factor) : num.value;
      const prec = u.factor ? decMul(num.precision, u.factor) : num.precision;
      this.push(i, u.end, u.kind, u.unit, value, prec, this.qualifierFor(i, u.end, u.kind, false), u.noun);
      return u.end;
    }
    return this.fromTo(num) ?? num.end;
  }

  /**
   * A multiple written as a word (units.ts MULTIPLIERS): "doubled", "twice the size", "a fivefold increase", "about
   * double the year before" are ratios, as "3배" and "three times" are. How the word must stand is in domain/en.json.
   */
  private multiplier(i: number, end: number, value: string, form: 'bare' | 'verb' | 'adverb'): number {
    const t = this.t;
    if (t[end] === '-') return end; // double-digit, triple-A
    let p = end;
    while (p < this.n && t[p] === ' ') p++;
    const next = wordAt(t, p).toLowerCase();
    const ok =
      form === 'adverb'
        ? MULTIPLIER_THEN.has(next)
        : form === 'bare'
          ? MULTIPLIER_THEN.has(next) ||
            MULTIPLIER_VERB_THEN.has(next) ||
            p >= this.n ||
            /[,.;:!?)]/.test(t[p]) ||
            // a verb after "to" or a modal takes any object ("promised to triple HBM capacity", "will double
            // Lake Arthur's output"), but not "double down"
            (MULTIPLIER_VERB_BEFORE.test(t.slice(Math.max(0, i - 12), i)) && !!next && !MULTIPLIER_NOT_THEN.has(next))
          : !MULTIPLIER_NOT_THEN.has(next);
    if (!ok) return end;
    this.push(i, end, 'ratio', 'ratio', decParse(value)!, decInt(1), this.qualifierFor(i, end, 'ratio', false));
    return end;
  }

  /** "plants from four to three", "from 4 to 3": each side a count of the noun before "from". */
  private fromTo(num: Numeral): number | null {
    const t = this.t;
    const i = num.start;
    if (!this.precededBy(i, 'from') || !matchAt(t, num.end, ' to ', true)) return null;
    const q = num.end + 4;
    const second = letterAt(t, q) ? readEnglishWords(t, q) : digitAt(t, q) ? readEnglishNumeral(t, q) : null;
    if (
      !second ||
      second.scale !== num.scale ||
      letterAt(t, second.end) ||
      digitAt(t, second.end) ||
      t[second.end] === '%'
    )
      return null;
    const noun = this.nounBeforeFrom(i);
    const unit = noun ? NOUNS[noun.toLowerCase()] : 'count';
    this.push(i, num.end, 'count', unit, num.value, num.precision, 'exact', noun);
    this.push(second.start, second.end, 'count', unit, second.value, second.precision, 'exact', noun);
    return second.end;
  }

  /** "billions of dollars": after "of", a currency word. */
  private afterOfUnit(p: number): UnitHit | null {
    const w = wordAt(this.t, p).toLowerCase();
    if (w === 'dollars') return { kind: 'money', unit: 'USD', end: p + w.length };
    if (w === 'won') return { kind: 'money', unit: 'KRW', end: p + w.length };
    return null;
  }

  private nounBeforeFrom(i: number): string | undefined {
    const t = this.t;
    const fromStart = i - 5; // "from "
    const e = fromStart - 1;
    if (!isSpace(t.charCodeAt(e))) return undefined;
    let b = e;
    while (b > 0 && e - b < 20 && letterAt(t, b - 1)) b--;
    const word = t.slice(b, e);
    return NOUNS[word.toLowerCase()] !== undefined ? word : undefined;
  }

  /** Jan. 21, January 21, 2025, January 2025, September last year, in September. */
  private monthDate(i: number, w: string, month: number): number | null {
    const t = this.t;
    let p = i + w.length;
    const abbrev =
      w.length <= 4 && w.toLowerCase() !== 'june' && w.toLowerCase() !== 'july' && w.toLowerCase() !== 'may';
    if (t[p] === '.' && abbrev) p++;
    else if (abbrev && w.length === 3 && w.toLowerCase() !== 'may') {
      // Jan 21 without a dot is fine; "Mar" / "Dec" alone are not dates
    }
    if (isSpace(t.charCodeAt(p)) && digitAt(t, p + 1)) {
      const a = readArabic(t, p + 1);
      if (a && !a.comma && !a.fracDigits && !letterAt(t, a.end) && !digitAt(t, a.end)) {
        const v = Number(a.intDigits);
        if (a.intDigits.length <= 2 && v >= 1 && v <= 31 && t[a.end] !== ':') {
          let end = a.end;
          let date = '--' + pad2(month) + '-' + pad2(v);
          if (
            t.slice(end, end + 2) === 'st' ||
            t.slice(end, end + 2) === 'nd' ||
            t.slice(end, end + 2) === 'rd' ||
            t.slice(end, end + 2) === 'th'
          )
            end += 2;
          const y = this.yearAfter(end);
          if (y) {
            date = y.year + '-' + pad2(month) + '-' + pad2(v);
            end = y.end;
          }
          this.pushRaw(i, end, 'date', 'date', date, '1', this.qualifierFor(i, end, 'date', false));
          return end;
        }
        if (a.intDigits.length === 4 && v >= 1000 && v <= 2999) {
          const date = a.intDigits + '-' + pad2(month);
          this.pushRaw(i, a.end, 'date', 'date', date, '1', this.qualifierFor(i, a.end, 'date', false));
          return a.end;
        }
      }
    }
    if (abbrev && t[i + w.length] !== '.') return null;
    // month alone, only where it is clearly a month: "In September last year", "last December"
    const l = w.toLowerCase();
    if (l === 'may' || l === 'march') {
      if (!/^ (last|this|next) year/.test(t.slice(i + w.length, i + w.length + 15))) return null;
    }
    const prevOk =
      this.precededBy(i, 'in') ||
      this.precededBy(i, 'last') ||
      this.precededBy(i, 'since') ||
      this.precededBy(i, 'until') ||
      this.precededBy(i, 'by') ||
      this.precededBy(i, 'this') ||
      this.precededBy(i, 'next') ||
      this.precededBy(i, 'early') ||
      this.precededBy(i, 'late') ||
      this.precededBy(i, 'from');
    const nextOk = /^ (last|this|next) year/.test(t.slice(i + w.length, i + w.length + 15));
    if (!prevOk && !nextOk) return null;
    const end = i + w.length;
    this.pushRaw(i, end, 'date', 'date', '--' + pad2(month), '1', this.qualifierFor(i, end, 'date', false));
    return end;
  }

  // ------------------------------------------------------------ Hangul-only numerals

  private hangulNumber(i: number): number {
    const t = this.t;
    const num = readHangulNumeral(t, i);
    if (!num) return i + 1;
    let p = num.end;
    let spaced = false;
    if (isSpace(t.charCodeAt(p))) {
      p++;
      spaced = true;
    }
    // needs a currency, counter or unit: 수십만 개, 수천억 원, 천만 명
    let u: UnitHit | null = null;
    if (hangulAt(t, p) || t.charCodeAt(p) > 0x2000) u = this.koUnit(num, p, spaced, false);
    // 천억, 백억 standing alone: won. Not a digit word's: "구조 개혁" is structural reform, not 9조.
    if (
      !u &&
      !hangulAt(t, num.end) &&
      num.scale >= 8 &&
      num.low === undefined &&
      (t[i] === '십' || t[i] === '백' || t[i] === '천')
    ) {
      u = { kind: 'money', unit: 'KRW', end: num.end };
    }
    if (!u || u.kind === 'date' || (u.kind === 'duration' && num.low === undefined)) return num.end;
    if (u.kind === 'count' && u.unit === 'shares') return num.end;
    const value = u.factor ? decMul(num.value, u.factor) : num.value;
    if (num.low && num.high) {
      this.push(i, u.end, u.kind, u.unit, value, num.precision, 'range', u.noun);
      const f = this.figs[this.figs.length - 1];
      f.low = decToString(u.factor ? decMul(num.low, u.factor) : num.low);
      f.high = decToString(u.factor ? decMul(num.high, u.factor) : num.high);
    } else {
      this.push(i, u.end, u.kind, u.unit, value, num.precision, this.qualifierFor(i, u.end, u.kind, false), u.noun);
    }
    return u.end;
  }

  // ------------------------------------------------------------ qualifiers

  private qualifierFor(start: number, end: number, kind: FigureKind, _hasUnitQual: boolean): Qualifier {
    const pre = this.preQualifier(start, kind);
    if (pre && pre !== 'exact') return pre;
    const post = this.postQualifier(end, kind);
    if (post) return post;
    return 'exact';
  }

  private preQualifier(start: number, kind: FigureKind): Qualifier | null {
    const t = this.t;
    let k = start - 1;
    if (k >= 0 && isSpace(t.charCodeAt(k))) k--;
    if (k < 0) return null;
    if (hangulAt(t, k)) {
      let b = k;
      while (b > 0 && k - b < 6 && hangulAt(t, b - 1)) b--;
      if (hangulAt(t, b - 1)) return null;
      const w = t.slice(b, k + 1);
      const q = KO_PRE[w];
      if (q && (kind !== 'date' || q === 'exact')) return q;
      return null;
    }
    if (t[k] === '~' && !digitAt(t, k - 1)) return 'approx';
    if (!letterAt(t, k) && t[k] !== '.') return null;
    const from = Math.max(0, k - 24);
    for (const [ph, q] of EN_PRE) {
      // the lower-cased last 25 characters end with ph (compared in place, not copied)
      const b = k + 1 - ph.length;
      if (b < from || !endsLowered(t, b, ph)) continue;
      if (b > 0 && letterAt(t, b - 1)) continue;
      if (kind === 'date') {
        if (ph === 'until' && NEGATED_UNTIL.test(t.slice(Math.max(0, b - 60), b))) return 'min';
        if (DATE_ONLY_PRE.has(ph)) return q;
        continue;
      }
      if (DATE_ONLY_PRE.has(ph)) continue;
      if (kind === 'duration' && (ph === 'over' || ph === 'under')) continue;
      // "will not exceed 500", "not more than 500" are at most 500; "not less than 500" at least (a bound negated)
      if ((q === 'min' || q === 'max') && NEGATED_BOUND.test(t.slice(Math.max(0, b - 12), b)))
        return q === 'min' ? 'max' : 'min';
      return q;
    }
    return null;
  }

  /** Whether the figure ending at `p` is followed by the 대 of "700조원대", "20%대" (an amount's range of values). */
  private placeWord(p: number, kind: FigureKind): boolean {
    const t = this.t;
    return (
      t[p] === '대' &&
      (!hangulAt(t, p + 1) || '의로에를가는'.includes(t[p + 1])) &&
      (kind === 'money' || kind === 'percent')
    );
  }

  private postQualifier(end: number, kind: FigureKind): Qualifier | null {
    const t = this.t;
    const p = end;
    if (this.placeWord(p, kind)) return 'approx'; // 700조원대, 20%대
    if (hangulAt(t, p) || isSpace(t.charCodeAt(p))) {
      let q = p;
      if (isSpace(t.charCodeAt(q))) q++;
      const direct = koPostAt(t, q, kind);
      if (direct) return direct;
      if (KO_PARTICLES.has(t[p])) {
        q = p + 1;
        if (isSpace(t.charCodeAt(q))) q++;
        const r = koPostAt(t, q, kind);
        if (r && r !== 'approx' && !(t[p] === '에' && r === 'min')) return r;
      }
    }
    if (isSpace(t.charCodeAt(p)) && letterAt(t, p + 1)) {
      // (none of these has an i or a k, the letters some non-ASCII characters lower-case into)
      const a = p + 1;
      if (matchAt(t, a, 'or more', true) || matchAt(t, a, 'or above', true) || matchAt(t, a, 'plus', true))
        return 'min';
      if (matchAt(t, a, 'or so', true)) return 'approx';
      if (matchAt(t, a, 'or less', true) || matchAt(t, a, 'or fewer', true)) return 'max';
    }
    return null;
  }

  // ------------------------------------------------------------ output

  private push(
    start: number,
    end: number,
    kind: FigureKind,
    unit: string,
    value: Dec,
    precision: Dec,
    qualifier: Qualifier,
    noun?: string,
  ): void {
    this.pushRaw(start, end, kind, unit, decToString(value), decToString(normDec(precision)), qualifier, noun);
  }

  private pushRaw(
    start: number,
    end: number,
    kind: FigureKind,
    unit: string,
    value: string,
    precision: string,
    qualifier: Qualifier,
    noun?: string,
  ): void {
    // "20%대", "700조원대": in the twenties, seven hundred trillion and some; the 대 is the figure's, as 여 of "2000여 명"
    // is (values.ts isOddApprox: from the number up to its next step, not about it either way).
    if (qualifier === 'approx' && this.placeWord(end, kind)) end++;
    const f: RawFigure = { start, end, text: this.t.slice(start, end), kind, unit, value, precision, qualifier };
    if (noun !== undefined) f.noun = noun;
    this.figs.push(f);
  }

  private equivalences(): RawEquivalence[] {
    const t = this.t;
    const out: RawEquivalence[] = [];
    const f = this.figs;
    for (let a = 0; a + 1 < f.length; a++) {
      const A = f[a];
      const B = f[a + 1];
      if (A.kind !== 'money' || B.kind !== 'money' || A.unit === B.unit) continue;
      if (B.start - A.end > 24) continue;
      let between = t.slice(A.end, B.start);
      let k = 0;
      while (k < between.length && isSpace(between.charCodeAt(k))) k++;
      if (between[k] !== '(' && between[k] !== '（') continue;
      between = between
        .slice(k + 1)
        .trim()
        .toLowerCase();
      const okWords = [
        '',
        '약',
        '한화 약',
        '한화',
        '약 한화',
        'about',
        'approximately',
        'approx.',
        'roughly',
        'around',
        'some',
        'or',
        '≈',
        '~',
        'us',
        'nearly',
        'almost',
        'over',
        'more than',
      ];
      if (!okWords.includes(between)) continue;
      let e = B.end;
      while (e < t.length && e - B.end < 3 && isSpace(t.charCodeAt(e))) e++;
      if (t[e] !== ')' && t[e] !== '）' && t[e] !== ',') continue;
      out.push({ a, b: a + 1 });
    }
    return out;
  }
}

/** What a rate's denominator is called, in either language: one name for a gigawatt, a month, a year. */
/** Words before a number that name the period of a rate ("월 최대 15만 장", "연 30억 달러"). */
/**
 * Words of housing beside a count in 세대 (counterOk): a house, a flat, an estate, letting, sale, moving in, lodgings.
 * Read within KO_HOUSING_REACH characters before the number or after the counter.
 */
const KO_HOUSING = /주택|아파트|단지|임대|분양|입주|사택|숙소|기숙사|빌라|오피스텔|주거|거주/;
const KO_HOUSING_REACH = 12;
const PERIOD_WORDS = new Set(['월', '매월', '연', '매년', '연간']);
/** What may follow a classifier: particles ("4동이", "2동을", "90만 장의") and the copula ("4동이다"). */
const CLASSIFIER_PARTICLES = '이가을를의은는도와과에로만씩다';
const PER_NAMES: Record<string, string> = {
  gigawatt: 'GW',
  gw: 'GW',
  기가와트: 'GW',
  megawatt: 'MW',
  mw: 'MW',
  메가와트: 'MW',
  '㎿': 'MW',
  month: 'month',
  월: 'month',
  매월: 'month',
  매달: 'month',
  monthly: 'month',
  year: 'year',
  연: 'year',
  연간: 'year',
  매년: 'year',
  해마다: 'year',
  annually: 'year',
  yearly: 'year',
  day: 'day',
  daily: 'day',
  하루: 'day',
  일일: 'day',
  매일: 'day',
  week: 'week',
  hour: 'hour',
  hourly: 'hour',
  시간: 'hour',
  // (energy, what a tariff is per: "XAF 48 per kilowatt-hour", "\$52/MWh", "kWh당 48프랑"; "per megawatt-hour" was
  // read as per megawatt, a capital cost's rate)
  'kilowatt-hour': 'kWh',
  kwh: 'kWh',
  킬로와트시: 'kWh',
  'megawatt-hour': 'MWh',
  mwh: 'MWh',
  메가와트시: 'MWh',
};
/** What stands between a Korean flow with a period and a bare one of its unit that is the same flow: a bracket opening
 *  on it, with at most one word ("(신청 "), or a particle and one verb of contrast ("를 신청했지만 "). */
const KO_SAME_FLOW_BRIDGE =
  /^(?:\s*[(（]\s*(?:[가-힣]{1,4}\s+)?|(?:을|를|이|가|은|는|도)?\s+[가-힣]{1,6}(?:지만|으나|는데)\s+)$/u;
/** A sentence opening on what its amounts are per: "Per megawatt, …", "On a per-gigawatt basis, …". */
const PER_OPENING =
  /^[\s"“'‘*_(-]*(?:(?:and|but)\s+)?(?:per\s+|on\s+a\s+per-)(megawatt|gigawatt|mw|gw)s?(?:\s+basis)?\s*,/i;
/** A period written after a slash: "m³/day", "2.1 million m3/d", "㎥/일". */
const SLASH_PERIOD: Record<string, string> = {
  day: 'day',
  d: 'day',
  일: 'day',
  hour: 'hour',
  hr: 'hour',
  h: 'hour',
  시간: 'hour',
  year: 'year',
  yr: 'year',
  a: 'year',
  년: 'year',
  month: 'month',
  월: 'month',
  kwh: 'kWh',
  mwh: 'MWh',
};

/** A currency named as the other side of an exchange rate ("to the dollar", "달러당"): its code. */
const FX_NAMES: Record<string, string> = {
  dollar: 'USD',
  euro: 'EUR',
  yen: 'JPY',
  pound: 'GBP',
  won: 'KRW',
  yuan: 'CNY',
  달러: 'USD',
  유로: 'EUR',
  엔: 'JPY',
  파운드: 'GBP',
  원: 'KRW',
  위안: 'CNY',
};
/** How far after an amount in a foreign currency a bare amount in its bracket may stand (characters). */
const BRACKET_CURRENCY_REACH = 30;
/** After a bare Korean amount, an arrow and the amount it changed to, with its currency: " → 285억 달러". */
const ARROW_TO_CURRENCY =
  /^\s*(?:→|⟶|⇒|->)\s*[\d,.]+\s?(?:조\s?(?:[\d,.]+\s?)?억?|억|만)\s?(달러|유로|엔|파운드|위안|원)(?=[\s,.)·]|[으로이가을를은는의도와과에]|$)/;
/** After an amount: "to the dollar", "against the U.S. dollar", "per dollar", "per one euro". */
const FX_AFTER =
  /^\s+(?:(?:to|against)\s+(?:the|one|each)\s+|per\s+(?:one\s+)?)(?:U\.?S\.?\s+)?(dollar|euro|yen|pound|won|yuan)(?![-\w])/i;
/** Before it, Korean: "달러당", "원·달러 환율", "환율은" (the other currency named in the word before 환율, or the dollar). */
const FX_KO_RATE = /^(?:([가-힣]+)[·\/-]?)?환율(?:은|이|을|는|로|도)?$/;

/**
 * The currency an amount is the price of one unit of, when its words make it an exchange rate ("1,385 won to the
 * dollar", "150 yen against the dollar", "달러당 1,350원", "원·달러 환율 1,350원"): a rate, compared only with rates
 * of the same pair (unit "KRW/USD"), never with an amount of won a source states of something else.
 */
function exchangeRateOf(t: string, f: RawFigure): string | undefined {
  const after = FX_AFTER.exec(t.slice(f.end, f.end + 40));
  if (after) {
    const code = FX_NAMES[after[1].toLowerCase()];
    return code !== f.unit ? code : undefined;
  }
  // the word before the number, past one qualifier ("환율 약 1,350원")
  let e = f.start;
  for (let w = 0; w < 2; w++) {
    while (e > 0 && isSpace(t.charCodeAt(e - 1))) e--;
    let b = e;
    while (b > 0 && e - b < 12 && !isSpace(t.charCodeAt(b - 1))) b--;
    const word = t.slice(b, e);
    if (w === 0 && KO_PRE[word] !== undefined && b < e) {
      e = b;
      continue;
    }
    let code: string | undefined;
    if (word.length > 1 && word.endsWith('당')) code = FX_NAMES[word.slice(0, -1)];
    else {
      const m = FX_KO_RATE.exec(word);
      if (m) {
        // "원·달러 환율": the pair's other side; "환율" alone is the won's against the dollar, as Korean writes it
        const pair = m[1] ? m[1].split(/[·/-]|(?<=원)(?=달러)/).map((x) => FX_NAMES[x]) : [];
        code = pair.find((c) => c && c !== f.unit) ?? 'USD';
      }
    }
    return code && code !== f.unit ? code : undefined;
  }
  return undefined;
}

/**
 * "per gigawatt", "a month", "annually" after a figure (its counted noun already read): the denominator's name; also a
 * period on the noun the amount is of ("\$12 million in annual sales tax revenue"), as Korean puts one before it.
 */
function rateAfter(t: string, end: number, flow = false): string | undefined {
  const on = /^\s+in\s+(annual|yearly|monthly)\s+[A-Za-z]/.exec(t.slice(end, end + 24));
  if (on) return PER_NAMES[on[1] === 'monthly' ? 'monthly' : 'annually'];
  const slash = /^\s?\/\s?([A-Za-z]+|[가-힣]+)/.exec(t.slice(end, end + 12));
  if (slash) return SLASH_PERIOD[slash[1].toLowerCase()];
  const named = periodAt(t, end);
  if (named || !flow) return named;
  // A flow's period may follow what it is of: "1.5 million gallons of reclaimed water a day" (at most three words; a
  // formula's digits are a word's, "2.6 million tonnes of CO2 a year", "of CO₂ a year").
  const of =
    /^\s+of((?:\s+[A-Za-z][A-Za-z0-9\u2080-\u2089-]*){1,3}?)(?=,?\s+(?:per|a|an|each|every|daily|annually|yearly|hourly)\b)/.exec(
      t.slice(end, end + 60),
    );
  if (!of || /\b(?:and|or|to|from|for|in|on|at|by|with|per|a|an|the)\b/i.test(of[1])) return undefined;
  return periodAt(t, end + of[0].length);
}

function periodAt(t: string, end: number): string | undefined {
  const m =
    /^,?\s+(?:(per|a|an|each|every)\s+([A-Za-z]+(?:-hours?)?)|(annually|monthly|yearly|daily|hourly))\b(?!\s+(?:ago|earlier|later|before|after)\b)/.exec(
      t.slice(end, end + 40),
    );
  if (!m) return undefined;
  if (m[3]) return PER_NAMES[m[3].toLowerCase()];
  const w = m[2].toLowerCase();
  const sing = w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : w;
  const named = PER_NAMES[w] ?? PER_NAMES[sing];
  if (named) return named;
  // "per site", "per person": any noun after "per"; after "a"/"each" only a measure named above
  return m[1].toLowerCase() === 'per' ? sing : undefined;
}

/**
 * "기가와트당 350억 달러", "메가와트당 약 30억 엔", "월 최대 90만 장", "연 30억 달러": the word before a figure (a qualifier
 * such as 약 or 최대 between), when it ends in 당 or names a period. `prev`: the figure before, when "1GW당" is one.
 * A period also stands before the noun an amount or count is of ("연간 전기요금만 약 2400억원", "월 매출 500억원"):
 * `noun`, for those kinds, lets one Hangul word stand between.
 */
function rateBefore(
  t: string,
  start: number,
  prev: RawFigure | undefined,
  noun = false,
  flow = false,
): string | undefined {
  let e = start;
  let bridged = 0;
  for (let w = 0; w < 4; w++) {
    if (!isSpace(t.charCodeAt(e - 1))) return undefined;
    e--;
    let b = e;
    while (b > 0 && e - b < 12 && !isSpace(t.charCodeAt(b - 1))) b--;
    const word = t.slice(b, e);
    if (w === 0 && KO_PRE[word] !== undefined) {
      e = b;
      continue;
    }
    if (bridged) {
      const named = PER_NAMES[word];
      // (a period word across one noun; across two, only one that says "per": "연간 매출 전망을 7,200억 엔에서" is
      // the forecast for the year, no rate)
      if (bridged === 1 && (named === 'month' || named === 'year')) return named;
      // "per" a period before the noun ("시간당 임금·복리후생 패키지는 54.85달러")
      const per = word.length > 1 && word.endsWith('당') ? PER_NAMES[word.slice(0, -1)] : undefined;
      if (per && PERIODS.has(per)) return per;
      if (bridged === 2 || !KO_NOUN_WORD.test(word)) return undefined;
      bridged++;
      e = b;
      continue;
    }
    if (word.length > 1 && word.endsWith('당')) {
      if (prev && prev.end === e - 1)
        return prev.value === '1000' ? 'GW' : prev.value === '1' ? 'MW' : prev.value + 'MW';
      const x = word.slice(0, -1);
      return PER_NAMES[x] ?? (/^[가-힣]+$/.test(x) ? x : PER_NAMES[x.toLowerCase()]);
    }
    const named = PER_NAMES[word] ?? PER_NAMES[periodStem(word)];
    if (named === 'month' || named === 'year') return named;
    // a day or an hour before a number is a period only for what flows ("하루 2만5000㎥", "시간당 1만4000㎥" above)
    if (flow && (named === 'day' || named === 'hour')) return named;
    if (!noun || !KO_NOUN_WORD.test(word)) return undefined;
    bridged = 1;
    e = b;
  }
  return undefined;
}

/** A Korean word a period may stand before, between it and an amount: Hangul, with a middle dot ("임금·복리후생"). */
const KO_NOUN_WORD = /^[가-힣][가-힣·]*[가-힣]$/;
/** The periods a rate may be per. */
/** An ordinal day's ending and the words before its month: "18th of ", "1st ", "22nd of ". */
const ORDINAL_DAY = /^(?:st|nd|rd|th)(?:\s+of)?\s(?=[A-Z])/;
const PERIODS = new Set(['hour', 'day', 'week', 'month', 'year']);

const KO_PARTICLE_SUFFIXES: readonly string[] = koWords.particles.suffixes;
/** A Korean period word without its particle ("연간으로는", "하루에"): the word, else what it was. */
function periodStem(word: string): string {
  for (const p of KO_PARTICLE_SUFFIXES) if (word.length > p.length && word.endsWith(p)) return word.slice(0, -p.length);
  return word;
}

/**
 * A calendar quarter or half written before a year ("Q2 2026", "2Q 2026", "H1 2026", "the third quarter of 2026",
 * "second-half 2026"), as the date's part ("Q2", "H1") and where it starts; not a fiscal one ("fiscal Q3 2025",
 * "FY2025 Q3" name another calendar).
 */
const EN_PART_OF_YEAR =
  /(?<![A-Za-z0-9])(?:the\s+)?(?:([QH])([1-4])|([1-4])([QH])|(first|second|third|fourth|1st|2nd|3rd|4th)[- ](quarter|half)(?:\s+of)?)\s+$/i;
function partOfYearBefore(t: string, start: number): { start: number; part: string } | undefined {
  const from = Math.max(0, start - 40);
  const m = EN_PART_OF_YEAR.exec(t.slice(from, start));
  if (!m) return undefined;
  const kind = (m[1] ?? m[4] ?? (m[6]?.toLowerCase() === 'half' ? 'H' : 'Q')).toUpperCase();
  const n = m[2] ? +m[2] : m[3] ? +m[3] : EN_ORDINALS[m[5].toLowerCase()];
  if (kind === 'H' && n > 2) return undefined;
  const at = from + m.index;
  if (/(?:fiscal|\bFY\s*\d*)[\s-]*$/i.test(t.slice(Math.max(0, at - 12), at))) return undefined;
  return { start: at, part: kind + n };
}

/** A quarter or half written after a Korean year ("2026년 4분기", "2026년 하반기", "2026년 1·4분기"): its part and end. */
function koPartOfYearAfter(t: string, end: number): { end: number; part: string } | undefined {
  const m = /^ ?(?:([1-4]) ?(?:[·/] ?4 ?)?분기|([상하])반기)/.exec(t.slice(end, end + 12));
  // (a particle, or the copula a noun ending in a vowel takes: "목표는 2028년 4분기다", "4분기였다", "하반기인 점", "4분기라고")
  if (!m || !(koBoundary(t, end + m[0].length) || KO_COPULA_AFTER_VOWEL.test(t.slice(end + m[0].length))))
    return undefined;
  return { end: end + m[0].length, part: m[1] ? 'Q' + m[1] : m[2] === '상' ? 'H1' : 'H2' };
}

/** The copula right after a noun ending in a vowel (분기, 반기): 다, 였-, 인 before a space, 라고/라며/라는. */
const KO_COPULA_AFTER_VOWEL = /^(?:다|였|인(?![\uac00-\ud7a3])|라(?:고|며|는))/;

function isTilde(c: number): boolean {
  return c === 0x7e || c === 0x223c || c === 0x301c || c === 0xff5e;
} // ~ ∼ 〜 ～

/** A tilde in t[a..b]. */
function tildeWithin(t: string, a: number, b: number): boolean {
  const e = Math.min(b + 1, t.length);
  for (let k = a; k < e; k++) if (isTilde(t.charCodeAt(k))) return true;
  return false;
}

function hasHangul(t: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isHangul(t.charCodeAt(k))) return true;
  return false;
}

function decIsZeroish(d: Dec): boolean {
  return d.n === 0n;
}

/** Spans of URLs and e-mail addresses (their digits are not figures). */
function urlSpans(t: string): [number, number][] {
  // Most sentences hold none of the three marks: no closure, arrays or sort for them.
  if (t.indexOf('://') < 0 && t.indexOf('www.') < 0 && t.indexOf('@') < 0) return [];
  const out: [number, number][] = [];
  const mark = (at: number): void => {
    let b = at;
    while (
      b > 0 &&
      at - b < 2000 &&
      !isSpace(t.charCodeAt(b - 1)) &&
      t[b - 1] !== '(' &&
      t[b - 1] !== '<' &&
      t[b - 1] !== '\n'
    )
      b--;
    let e = at;
    while (e < t.length && !isSpace(t.charCodeAt(e)) && t[e] !== ')' && t[e] !== '>' && t[e] !== '\n') e++;
    if (out.length && out[out.length - 1][1] >= b) out[out.length - 1][1] = Math.max(out[out.length - 1][1], e);
    else out.push([b, e]);
  };
  for (const needle of ['://', 'www.']) {
    let from = 0;
    for (;;) {
      const k = t.indexOf(needle, from);
      if (k < 0) break;
      mark(k);
      from = Math.max(k + needle.length, out[out.length - 1][1]);
    }
  }
  // e-mail: name@host.tld
  let from = 0;
  for (;;) {
    const k = t.indexOf('@', from);
    if (k < 0) break;
    if (letterAt(t, k + 1) || digitAt(t, k + 1)) mark(k);
    from = Math.max(k + 1, out.length ? out[out.length - 1][1] : 0);
  }
  out.sort((x, y) => x[0] - y[0]);
  // merge
  const merged: [number, number][] = [];
  for (const s of out) {
    if (merged.length && merged[merged.length - 1][1] >= s[0])
      merged[merged.length - 1][1] = Math.max(merged[merged.length - 1][1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** The longest bracketed gloss read after a Korean noun ("(GPU)", "(그래픽처리장치)"). */
const MAX_GLOSS = 24;

function asciiLetterAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The noun table's key for a noun written in Latin letters, singular or plural ("GPU", "GPUs", "wafers"). */
function latinNounKey(word: string): string | undefined {
  const w = word.toLowerCase();
  for (const k of [w, w + 's', w.endsWith('s') ? w.slice(0, -1) : undefined])
    if (k && /^[a-z]+$/.test(k) && NOUNS[k] !== undefined) return k;
  return undefined;
}

/**
 * The noun table's key for a counted noun written in Hangul as a loanword the table has only in English ("4개 캠퍼스"
 * → campuses, "사이트 3곳" → sites): the word, its particle off, sounds like one of the table's English nouns. The table
 * speaks where it has the Korean word; this reads the loanwords it does not list.
 */
function koLoanNounKey(word: string): string | undefined {
  let bare = word;
  if (bare.length > 2 && NOUN_PARTICLES.has(bare[bare.length - 1])) bare = bare.slice(0, -1);
  if (bare.endsWith('들') && bare.length > 2) bare = bare.slice(0, -1);
  const memo = LOAN_NOUNS.get(bare);
  if (memo !== undefined) return memo || undefined;
  let found = '';
  if (loanwordShaped(bare)) {
    const ko = hangulForms(bare);
    for (const form of ko) {
      for (const [key, en] of englishNounForms().get(form.key) ?? []) {
        if (formsAlike(form, en)) {
          found = key;
          break;
        }
      }
      if (found) break;
    }
  }
  if (LOAN_NOUNS.size > 5000) LOAN_NOUNS.clear();
  LOAN_NOUNS.set(bare, found);
  return found || undefined;
}

const LOAN_NOUNS = new Map<string, string>();
let EN_NOUN_FORMS: Map<string, [string, PhoneticForm][]> | undefined;

/** The table's English nouns (singular and as listed) by phonetic key, made once. */
function englishNounForms(): Map<string, [string, PhoneticForm][]> {
  if (EN_NOUN_FORMS) return EN_NOUN_FORMS;
  const m = new Map<string, [string, PhoneticForm][]>();
  for (const key of Object.keys(NOUNS)) {
    if (!/^[a-z]{3,}$/.test(key)) continue;
    const forms = new Set([key, key.replace(/(?:(?<=[sxz]|[cs]h)es|s)$/, '')]);
    for (const w of forms)
      for (const f of latinForms(w)) {
        const list = m.get(f.key) ?? [];
        list.push([key, f]);
        m.set(f.key, list);
      }
  }
  return (EN_NOUN_FORMS = m);
}

/** ISO 4217 codes, read as money in capitals before or after an amount ("OMR 148.5m", "602bn TRY"; domain/en.json). */
const CURRENCY_CODES = new Set(enWords.currencyCodes.codes);
/**
 * What follows the digits of an amount a currency code is written against (Scanner.gluedCode): its thousands groups and
 * decimals, then a scale word ("2.1 billion", "630 million", "1.2bn"); or thousands groups ("1,250,000"); or two
 * decimals (a price or a rate, "18.40").
 */
const GLUED_AMOUNT =
  /^(?:(?:,\d{3})*(?:\.\d+)?\s?(?:million|billion|trillion|bn|mn|m|k)\b|(?:,\d{3})+(?!\d)|\.\d{2}(?!\d))/i;

/**
 * Currency codes read before an amount ("USD 5 billion", "INR 3,000 crore", "SEK 41 billion", "OMR 19.2 billion"): those
 * the unit table lists, and the ISO codes.
 */
/** A currency written before an amount: where it starts, its unit, and the scale its letters add ("MMUS\$": millions). */
interface Prefix {
  start: number;
  unit: string;
  factor?: Dec;
}

/** ISO codes that are also English words or other capitals (domain/en.json `currencyCodes.ambiguous`): money only in
 *  the shape currencyPrefix asks of them. */
const AMBIGUOUS_CODES = new Set(enWords.currencyCodes.ambiguous);
/** Whether the word before `end` (spaces skipped) is written in capitals of two letters or more: a line of capitals. */
function capitalsBefore(t: string, end: number): boolean {
  return /(?:^|[^\p{L}])\p{Lu}{2,}[\s:,-]*$/u.test(t.slice(Math.max(0, end - 30), end + 1));
}

const PREFIX_CODES = new Set([
  ...enWords.units
    .filter((u) => u.kind === 'money' && u.s.length === 3 && u.s.toUpperCase() === u.unit)
    .map((u) => u.unit),
  ...CURRENCY_CODES,
]);

/** A dated quarter or half a span or a change runs from, right before a quarter with no year ("2028년 1분기에서 "). */
const KO_QUARTER_FROM = /(\d{4})년\s?(?:[1-4]\s?분기|[상하]반기)\s?(?:에서|부터|[~∼〜～-])\s?$/;

/**
 * The scale of an amount's unit: its value over the number its text writes ("1.5 gigawatts" is 1500 MW: 1000; "420
 * acres" in m²), so that a bare number sharing its unit is read in it. Null when its text writes no one number.
 */
function unitScale(f: { text: string; value: string }): { value: Dec } | null {
  const written = /^[$€£¥₩]?\s?(\d[\d,]*(?:\.\d+)?)(?![\d,.])/.exec(f.text);
  const shown = written && !/\d/.test(f.text.slice(written[0].length)) ? decParse(written[1].replace(/,/g, '')) : null;
  const value = decParse(f.value);
  if (!shown || !value || shown.n === 0n) return null;
  const scale = decDiv(value, shown);
  return scale.exact ? { value: scale.value } : null;
}
