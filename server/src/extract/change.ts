// Whether a figure states a level or a change: a difference or an increment ("400 megawatts more than the Lordstown
// site", "an additional $18 billion", "raised … by $450 million", "3조원 늘린", "1200명 많은", "2조원을 추가로") is
// not an amount of the thing itself, and a level a sentence gives as before ("up from 1,700", "1기가와트에서
// 1.5기가와트로") is a past level, not the one it has now. What "brings the total to X", "raising … to X" or "…로
// 늘어" state is the level X: those figures are read as levels (undefined here). Read from the words either side of
// the figure in its own sentence, a bounded distance, so the reading is linear in the sentence.
import { AMOUNT_KINDS, type Lang, type RawFigure, type Span } from '../types';

/**
 * 'up' / 'down': a difference or increment with its direction (more, larger, 늘린 / less, smaller, 작은); 'delta': one
 * whose direction the words do not say ("by $450 million" with no verb read); 'before': a level the sentence gives as
 * the one before a change ("up from 1,700", "150메가와트에서").
 */
export type Change = 'up' | 'down' | 'delta' | 'before';

/** How far either side of a figure its change words are read. */
const REACH = 80;

/**
 * Kinds a change is read for: dates and durations are points and spans of time, not amounts that grow; a multiple
 * already says how the amount it is of changed ("2배 늘렸다", "a fivefold increase", "three times larger" state the
 * multiple, as "2배로", "tripled" do).
 */
const AMOUNTS = AMOUNT_KINDS;

// ---- English

/** Words that only say how exact or bounded the number is, between a change word and the number ("by about"). */
const EN_QUAL =
  /(?:\b(?:about|some|roughly|around|nearly|almost|approximately|an estimated|estimated|close to|more than|at least|over|up to|as much as|as many as|just over|well over)\s+)$/i;
/** Right after the figure: "400 megawatts more than", "90 more than first planned", "$100 million less", "a 30% increase". */
const EN_AFTER_UP =
  /^\s*(?:more|larger|bigger|higher|greater|costlier|extra)\b|^\s*(?:increase|rise|jump|gain|hike)\b/i;
const EN_AFTER_DOWN =
  /^\s*(?:less|fewer|smaller|lower|cheaper|short of)\b|^\s*(?:decrease|decline|drop|fall|cut|reduction)\b/i;
/** Right before it: "an additional", "a further", "another", "add", "adding", "an increase of", "has risen", ", up". */
const EN_BEFORE_UP =
  /(?:\b(?:additional|further|extra|another|added|incremental|add|adds|adding|rose|rise|rises|risen|rising|grew|grow|grows|grown|growing|increased|climbed|jumped|gained|increase of|increases of|rise of|jump of|gain of|growth of|hike of|boost of)|(?:^|[,;(—–]\s*|\b(?:is|are|was|were|been|now)\s+)up)\s*$/i;
const EN_BEFORE_DOWN =
  /(?:\b(?:fell|fall|falls|fallen|dropped|declined|decreased|shrank|shrunk|lost|decrease of|decline of|drop of|fall of|cut of|reduction of)|(?:^|[,;(—–]\s*|\b(?:is|are|was|were|been|now)\s+)down)\s*$/i;
/**
 * A noun of change naming the amount it stands before, set off or said to be it: "The cut, 1,700 acre-feet, is about
 * 55% of the original request", "the increase — $2 billion —", "The reduction was about 1,700 acre-feet", "the rise
 * amounts to 3%". The size of the change, not a level.
 */
const EN_NOUN_BE =
  '\\s*(?:[,:(—–]|\\b(?:is|was|will be|would be|amounts to|amounted to|comes to|came to|totals|totaled|totalled)\\b)\\s*$';
const EN_NOUN_UP = new RegExp(
  `\\b(?:the|a|an|that|this|its|their)\\s+(?:[\\w-]+\\s+)?(?:increase|rise|jump|gain|hike|increment)${EN_NOUN_BE}`,
  'i',
);
const EN_NOUN_DOWN = new RegExp(
  `\\b(?:the|a|an|that|this|its|their)\\s+(?:[\\w-]+\\s+)?(?:cut|reduction|decrease|decline|drop)${EN_NOUN_BE}`,
  'i',
);
/** "by" right before it, after a word of change in the clause: "raises its investment by", "larger than Y by". */
const EN_BY = /\bby\s*$/i;
const EN_CHANGE_UP =
  /\b(?:rais\w*|increas\w*|rose|ris\w*|gr[eo]w\w*|expand\w*|boost\w*|lift\w*|climb\w*|jump\w*|add\w*|larger|bigger|more|higher|greater|up)\b/i;
const EN_CHANGE_DOWN =
  /\b(?:cut\w*|reduc\w*|lower\w*|fell|fall\w*|dropp?\w*|declin\w*|shr[iau]nk\w*|smaller|less|fewer|down)\b/i;
/**
 * "from" right before it: "up from", "grew from about 1,700 … to", "from four to three"; with an article between
 * ("up from the $42 billion the governor announced"), and after the change word the size of the change ("up 15% from",
 * "rose $1.8 billion from"), which says how much, not which level.
 */
const EN_FROM = /\bfrom\s+(?:the\s+|its\s+|their\s+)?$|\bfrom\s*$/i;
/**
 * A level set against an earlier one of the same measure: "put at up to 3,200, against 2,500 in March", "1.4 GW,
 * compared with 1 GW a year earlier", "versus $16.9 billion previously". The figure after the comparison word is the
 * level before when a word of time follows it (EN_THEN); without one it is another thing's ("against 2,500 at the
 * rival site").
 */
export const EN_AGAINST =
  /(?:^|[,;(—–]\s*|\b(?:and|but)\s+)(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|its\s+|their\s+)?$/i;
/** A word of an earlier time right after a level: "in March", "in 2025", "last year", "a year earlier", "previously". */
export const EN_THEN =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:in|as of|at the (?:start|end) of|at the time of)\s+(?:(?:early|mid|late|mid-)\s*)?(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|the (?:first|second|third|fourth) quarter|Q[1-4]|spring|summer|autumn|fall|winter|(?:the|its|their|our|his|her)\s(?:[\p{L}-]+['’]s\s)?(?:original|first|earlier|initial|previous) (?:plan|application|filing|estimate|proposal|design|request)|(?:the\s)?[\p{L}-]+['’]s\s(?:original|first|earlier|initial|previous) (?:plan|application|filing|estimate|proposal|design|request))\b|(?:last|the previous|the prior) (?:year|month|quarter|spring|summer|autumn|fall|winter)\b|(?:a|one|two|three|\d+) (?:years?|months?|quarters?) (?:earlier|ago|before)\b|(?:earlier|previously|originally|initially|at first|before)\b)/iu;
const EN_FROM_CHANGE =
  /\b(?:up|down|rose|rising|risen|grew|grown|growing|increased|increasing|climbed|jumped|fell|dropped|declined|expanded|raised|cut|lifted|boosted|reduced|lowered|shrank)(?:\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more than\s+)?[$€£¥₩]?\d[\d.,]*\s*(?:%|percent|per cent|(?:billion|million|trillion|bn)\b)?)?\s+from\s+(?:the\s+|its\s+|their\s+)?$/i;
/**
 * "from" and a noun of an earlier reckoning with "of" right before it: "up from the preliminary estimate of $1.6
 * billion it gave in February", "down from an earlier forecast of 3,000", "from its original budget of €9 billion". The
 * amount is what that reckoning said: the level before, as "up from the $1.6 billion" is (a word of change before
 * "from", or another amount of its measure beside it, "to $1.9 billion from the … estimate of $1.6 billion").
 */
const EN_FROM_RECKONING =
  /\bfrom\s+(?:the|its|their|an?|his|her|our)\s+(?:[A-Za-z-]+\s+){0,2}?(?:estimates?|forecasts?|projections?|figures?|budgets?|targets?|guidance|plans?|levels?|costs?|prices?|totals?|outlooks?|valuations?|capacity|numbers?|count)\s+of\s*$/i;
/** A word of change right before that "from" ("up from the …", "was raised from its …"). */
const EN_CHANGED_FROM =
  /\b(?:up|down|rose|rising|risen|grew|grown|growing|increased|increasing|climbed|jumped|fell|dropped|declined|expanded|raised|cut|lifted|boosted|reduced|lowered|shrank|revised|changed|moved)(?:\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more than\s+)?[$€£¥₩]?\d[\d.,]*\s*(?:%|percent|per cent|(?:billion|million|trillion|bn)\b)?)?\s+from\s+(?:[A-Za-z-]+\s+){1,3}?of\s*$/i;

// ---- Korean

/** Particles and words between the figure and a change word after it: "3조원을 더", "1200명이나", "약 500메가와트가량". */
const KO_AFTER_GLUE = /^(?:\s?(?:가량|정도|남짓|쯤|이나|나))?(?:\s?(?:을|를|이|가))?\s?(?:더\s?)?/;
const KO_AFTER_UP =
  /^(?:늘|증가|증액|확대됐|확대된|확대한|확대해|많[은다아았이음]|큰|크다|큼|커[서졌진]|컸|높[은다아았음]|올[린려랐]|오른|상승|불어|급증|웃[돈돌]|추가)/;
// (with the noun forms a report's note style closes a line with: "60억 원 적음", "300MW 많음", "낮음")
const KO_AFTER_DOWN =
  /^(?:줄[어었이인]|줄였|감소|감액|축소|적[은다어었게음]|작[은다아았게음]|낮[은다아았음]|내[린려렸]|하락|밑[돈돌])/;
/** Before it: "추가로 2조원", "추가 투자 1조원", "추가 투자액은", "증액분은", "증가 폭은". */
const KO_BEFORE_UP =
  /(?:추가(?:로|분(?:은|는|이|가|을|를)?)?|추가\s?(?:투자|투입|출자|자금|지원|발주|계약|공급)(?:액|금|분|량)?(?:은|는|이|가|을|를|로|으로)?|증액분(?:은|는|이|가)?|증가분(?:은|는|이|가)?|증가\s?폭(?:은|는|이|가)?)\s*$/;
/** A word of approximation or bound right before the figure ("추가 투자 약 1조원"), a word of its own: not the 약 that ends
 *  계약 ("추가 계약 1,230억 원"). */
const KO_QUAL = /(?<![\uac00-\ud7a3])(?:약|최대|최소|대략|무려)\s*$/;
/** An aside in brackets between the figure and its verb: "3조 원(약 11%) 늘었다", "500MW(메가와트) 늘어난". */
const KO_ASIDE = /^\s?\([^()]{1,40}\)/;
/** A word of change (up or down) that opens a Korean verb: 늘었다, 증가했다, 올랐다, 줄었다, 하락했다 … */
const KO_CHANGE_WORD =
  '(?:늘|증가|증액|불어|확대|올[랐라렸린]|오른|상승|커[졌진]|줄[어었]|줄였|감소|감액|축소|내[렸려]|하락|낮아)';
const KO_CHANGE_WORD_RE = new RegExp(KO_CHANGE_WORD);
/** Whether a stretch of text has a word of change ("raised", "cut", "늘었다", "감액"). */
export function hasChangeWord(text: string, lang: string): boolean {
  return lang === 'ko' ? KO_CHANGE_WORD_RE.test(text) : EN_CHANGE_UP.test(text) || EN_CHANGE_DOWN.test(text);
}
/**
 * After it: "보다", the size of the change at most, and a word of change ("165억 달러보다 늘었다", "3조 원보다 약 4000억 원
 * 줄었다"): the level the change is measured from, not a comparison ("1조 원보다 많은 돈", a level beside another).
 */
const KO_THAN_CHANGE = new RegExp(
  `^보다\\s?(?:(?:약|무려|\\d[\\d,.]*(?:조|억|만|천)?(?:\\s?[가-힣]{1,3})?|원|달러|엔|명)\\s?){0,4}(?:더\\s?)?${KO_CHANGE_WORD}`,
);
/** After it: "보다", and what may stand before a difference right after it ("3만 톤보다 약 8000톤 많다"). */
const KO_THAN = /^보다\s?(?:(?:약|무려)\s?)?/;
/** After it: the past copula that ends a clause ("270억 달러였고", "8천 명이었지만", "35조 원이었으나", "3조 원이던"). */
const KO_WAS = /^(?:이)?(?:었|였)(?:고|지만|으나|는데|던|다가)|^(?:이)?던\s/;
/** After it, its clause up to a contrast that ends it ("을 들여 2공장을 짓겠다고 밝혔으나, "): no stop, no semicolon between. */
const KO_CONTRAST_AFTER = /^[^.;]{0,50}?[가-힣](?:으나|지만|는데)[,\s]/;
/** After the later amount: 로 or 으로 and a word of change ("295억 달러로 늘었다", "9천 명으로 줄었다"). */
const KO_TO_CHANGE = new RegExp(
  `^(?:\\s?(?:가량|정도|남짓|쯤))?\\s?(?:으로|로)\\s?(?:더\\s?)?(?:${KO_CHANGE_WORD}|조정|변경|수정|바뀌|바꿨|상향|하향)`,
);
/** After it: "에서" and a word of change right after ("3,530억 원에서 늘었음", "9천 명에서 줄었다"). */
const KO_FROM_CHANGE = new RegExp(`^에서\\s?(?:더\\s?)?${KO_CHANGE_WORD}`);
/** After it: "에서", then another figure of the same kind and unit with 로, 으로 or 까지 ("150메가와트에서 250메가와트로"). */
const KO_FROM = /^에서/;

/** The figure's change reading, from its own sentence (`fig` and `figures`: offsets into `sentence`). */
export function changeOf(
  sentence: string,
  fig: Span & Pick<RawFigure, 'kind' | 'unit'>,
  lang: Lang,
  figures: readonly (Span & Pick<RawFigure, 'kind' | 'unit'>)[] = [],
): Change | undefined {
  const before = clauseBefore(sentence, fig.start);
  const after = sentence.slice(fig.end, Math.min(sentence.length, fig.end + REACH));
  if (fig.kind === 'date') return dateMoved(before, after, fig, figures, lang);
  if (fig.kind === 'duration') return delayOf(before, after, lang);
  // A temperature's rise is its unit's ('°C rise', extract/figures temperatureRises); of its changes only the level
  // before one is read ("… by no more than 2°C, down from 3°C", "now 30 degrees, up from 27").
  if (fig.kind === 'temperature') return amountChange() === 'before' ? 'before' : undefined;
  if (!AMOUNTS.has(fig.kind)) return undefined;
  return amountChange();
  function amountChange(): Change | undefined {
    if (arrowedOn(sentence, fig, figures)) return 'before';
    const signed = signOf(sentence, fig.start);
    if (signed) return signed;
    return lang === 'ko'
      ? koChange(before, fig.kind === 'percent' ? closedAside(before, after) : after, fig, figures)
      : enChange(before, after, fig, figures);
  }
}

/**
 * What follows a Korean percent that is the whole of a bracket's aside after an amount ("74명(약 22%) 줄었다", "54명(10%)
 * 줄었다"): the words after the bracket, where the clause goes on with the verb both amounts are of. Read right after
 * the percent, the bracket's close hid the change, and the percent of a fall was read as a level. (A percent only: an
 * amount in brackets after a name, "1단계(300MW)에서 …", is read as before.)
 */
function closedAside(before: string, after: string): string {
  const close = KO_ASIDE_CLOSE.exec(after);
  return close && KO_ASIDE_OPEN.test(before) ? after.slice(close[0].length) : after;
}
/**
 * An opening bracket and the words that make what it holds the level before: a word of an earlier time ("(originally ",
 * "(previously ", "(was ", "(down from " is a change's own), or an earlier plan's noun and its verb ("(our June proposal
 * was ", "(the original estimate: ", "(its application had been for ").
 */
const EN_BRACKET_BEFORE =
  /\(\s*(?:(?:originally|previously|initially|formerly|earlier|before|was|were)|(?:(?:the|its|their|our|his|her|[\p{L}-]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:plan|application|filing|estimate|proposal|design|request)\s*(?:was|were|had\s+been|of|:|called\s+for|had\s+been\s+for|was\s+for)?)\s*$/iu;
/** An opening bracket and the word that makes what it holds the level before ("(당초 발표 ", "(기존 ", "(종전 계획 "). */
const KO_BRACKET_BEFORE = /\(\s?(?:당초|기존|종전|애초|최초)(?:\s?(?:발표|계획|예상|전망|추정|목표)(?:치|액)?)?\s?$/;
/** A bracket opened right before a figure, after an amount, with at most a word of about between ("74명(약 "). */
const KO_ASIDE_OPEN = /[\d가-힣%]\s?\(\s?(?:약|대략|전체의)?\s?$/;
/** The close of that bracket right after the figure. */
const KO_ASIDE_CLOSE = /^\s?\)/;

/**
 * A sign written on an amount, as tables and briefs give a change ("전기장비  82.8  126.0  +52.2%", "EBITDA -3.5%",
 * Korean tables' "▲12.0%" and "△3.4%"): up or down. Only a sign that opens its cell or word: "UTC+9", "3-5%" and
 * "A-1" are no signs.
 */
function signOf(sentence: string, at: number): Change | undefined {
  const sign = sentence[at - 1];
  if (sign === undefined || !SIGNS.has(sign)) return undefined;
  const before = sentence[at - 2];
  if (before !== undefined && !/[\s(（[|:：,]/.test(before)) return undefined;
  return SIGNS.get(sign);
}
const SIGNS = new Map<string, Change>([
  ['+', 'up'],
  ['▲', 'up'],
  ['-', 'down'],
  ['−', 'down'],
  ['▼', 'down'],
  ['△', 'down'],
  ['▽', 'down'],
]);

/** An arrow between two levels: "18km·철탑 46기 → 21.4km·철탑 52기", "9천 톤 → 4천 톤", "$42bn -> $46bn". */
const ARROW = /→|⟶|⇒|->/g;
/** What may stand between a level and the next of its measure that an arrow leads to: no other clause or cell. */
const ARROW_BREAK = /[;|]|[.!?]\s|다[.,]?\s/;
/** How far an arrow's two levels may stand apart. */
const ARROW_REACH = 40;

/**
 * Whether a figure is the level before a change written with an arrow, as notes, newsletters and tables write one:
 * the next figure of its measure (its rate left off: "하루 9천 톤 → 4천 톤") stands within reach after exactly one arrow.
 */
function arrowedOn(
  sentence: string,
  fig: Span & Pick<RawFigure, 'kind' | 'unit'>,
  figures: readonly (Span & Pick<RawFigure, 'kind' | 'unit'>)[],
): boolean {
  const base = (u: string) => u.split('/')[0];
  for (let i = firstAt(figures, fig.end); i < figures.length && figures[i].start <= fig.end + ARROW_REACH; i++) {
    const g = figures[i];
    if (g.kind !== fig.kind || base(g.unit) !== base(fig.unit)) continue;
    const between = sentence.slice(fig.end, g.start);
    return (between.match(ARROW) ?? []).length === 1 && !ARROW_BREAK.test(between);
  }
  return false;
}

/** The text before a figure back to the start of its clause (a sentence end or semicolon), at most REACH. */
function clauseBefore(sentence: string, at: number): string {
  const from = Math.max(0, at - REACH);
  const s = sentence.slice(from, at);
  const cut = Math.max(s.lastIndexOf(';'), s.lastIndexOf('. '));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

function enChange(
  before: string,
  after: string,
  fig: Span & Pick<RawFigure, 'kind' | 'unit'>,
  figures: readonly (Span & Pick<RawFigure, 'kind' | 'unit'>)[],
): Change | undefined {
  // "an additional $18 billion", "adding about 300 megawatts": the words that say how exact the number is come off
  const bare = before.replace(EN_QUAL, '').replace(EN_QUAL, '');
  if (EN_FROM_RECKONING.test(bare)) {
    if (EN_CHANGED_FROM.test(bare)) return 'before';
    if (near(figures, fig.start - REACH, fig.start, (g) => g.start !== fig.start && alike(g, fig))) return 'before';
    return undefined;
  }
  if (EN_FROM.test(bare)) {
    if (EN_FROM_CHANGE.test(bare)) return 'before';
    // "from four to three", "to some 6,400 from about 1,700": another amount of the kind beside it
    if (near(figures, fig.start - REACH, fig.start + REACH, (g) => g.start !== fig.start && alike(g, fig)))
      return 'before';
    return undefined;
  }
  // "28 °C (our June proposal was 31 °C)", "$7.3 billion (originally $6.8 billion)", "3,400 (previously 3,200)": the level
  // before, given in a bracket after the level it changed to (within the clause before the bracket: a table row's note
  // cell), as the Korean "(당초 발표 68억 달러)" is
  const was = EN_BRACKET_BEFORE.exec(bare);
  if (was) {
    const open = fig.start - before.length + was.index;
    if (near(figures, open - REACH, open, (g) => g.end <= open && alike(g, fig))) return 'before';
  }
  // "3,200, against 2,500 in March": the level before, beside the level it is set against
  if (
    EN_AGAINST.test(bare) &&
    EN_THEN.test(after) &&
    near(figures, fig.start - REACH, fig.start, (g) => g.start !== fig.start && alike(g, fig))
  )
    return 'before';
  if (EN_AFTER_UP.test(after)) return 'up';
  if (EN_AFTER_DOWN.test(after)) return 'down';
  if (EN_BEFORE_UP.test(bare)) return 'up';
  if (EN_BEFORE_DOWN.test(bare)) return 'down';
  if (EN_NOUN_UP.test(bare)) return 'up';
  if (EN_NOUN_DOWN.test(bare)) return 'down';
  if (EN_BY.test(bare)) {
    // the change word must stand in the clause before "by" ("raises its planned investment in the project by")
    const clause = bare.replace(EN_BY, '');
    const comma = clause.lastIndexOf(',');
    const own = comma >= 0 ? clause.slice(comma + 1) : clause;
    const up = EN_CHANGE_UP.test(own),
      down = EN_CHANGE_DOWN.test(own);
    if (up || down) return up && down ? 'delta' : up ? 'up' : 'down';
  }
  return undefined;
}

function koChange(
  before: string,
  after: string,
  fig: Span & Pick<RawFigure, 'kind' | 'unit'>,
  figures: readonly (Span & Pick<RawFigure, 'kind' | 'unit'>)[],
): Change | undefined {
  // "총사업비 73억 달러 (당초 발표 68억 달러)", "4조 2천억 원(기존 3조 8천억 원)": the level before, given in brackets after
  // the level it changed to, as briefs and fact sheets write a revision
  const was = KO_BRACKET_BEFORE.exec(before);
  if (was) {
    const open = fig.start - was[0].length;
    if (near(figures, open - 30, open, (g) => g.end <= open && g.end >= open - 1 && alike(g, fig))) return 'before';
  }
  if (KO_FROM.test(after.replace(KO_ASIDE, ''))) {
    // "1기가와트에서 1.5기가와트로": a later amount of the same kind with 로, 으로 or 까지; an aside between ("약
    // 14GW(12곳)에서 약 16GW(15곳)로") is the amount's
    if (near(figures, fig.end, fig.end + 30, (g) => alike(g, fig))) return 'before';
  }
  // "165억 달러보다 늘었다", "3조 원보다 약 4000억 원 줄었다": the level a change is measured from
  if (KO_THAN_CHANGE.test(after.replace(KO_ASIDE, ''))) return 'before';
  // "… 4,420억 원으로, 6월의 3,530억 원에서 늘었다": the level a change is measured from, the level after it written first
  if (KO_FROM_CHANGE.test(after.replace(KO_ASIDE, ''))) {
    if (near(figures, fig.start - 60, fig.start, (g) => g.end <= fig.start && alike(g, fig))) return 'before';
  }
  // "270억 달러였고, 2026년 6월 약 295억 달러로 늘었다", "8천 명이었지만 … 9천 명으로 늘었다": a level the clause says was,
  // before a later amount of its kind that the sentence says it changed to
  if (KO_WAS.test(after.replace(KO_ASIDE, ''))) {
    const to = figures.find((g) => g.start > fig.end && g.start - fig.end <= 60 && alike(g, fig));
    if (to) {
      const rest = after.slice(to.end - fig.end).replace(KO_ASIDE, '');
      if (KO_TO_CHANGE.test(rest)) return 'before';
    }
  }
  // "120억 원을 들여 2공장을 짓겠다고 밝혔으나, 이번에 … 투자액을 150억 원으로 늘렸다": a level its clause gives, the clause
  // ending in a contrast (으나, 지만, 는데), before a later amount of its kind past the contrast that the sentence says it
  // changed to (as "270억 달러였고, … 295억 달러로 늘었다" is, with the copula)
  const contrast = KO_CONTRAST_AFTER.exec(after);
  if (contrast) {
    const from = fig.end + contrast[0].length;
    const to = figures.find((g) => g.start >= from && g.start - fig.end <= 70 && alike(g, fig));
    if (to && !figures.some((g) => g.start > fig.end && g.start < from && alike(g, fig))) {
      const rest = after.slice(to.end - fig.end).replace(KO_ASIDE, '');
      if (KO_TO_CHANGE.test(rest)) return 'before';
    }
  }
  // "하루 3만 톤보다 8000톤 많다", "1.5기가와트보다 500메가와트 크다": the level a difference of its kind is measured from,
  // when the difference follows 보다 (not "1조 원보다 많은 돈", a level beside another).
  // (an aside in brackets may stand before 보다: "900메가와트(MW)보다 300MW 많다")
  const aside = KO_ASIDE.exec(after)?.[0].length ?? 0;
  const than = KO_THAN.exec(after.slice(aside));
  if (than) {
    const at = fig.end + aside + than[0].length;
    // (of its kind: "하루 3만 톤" is a rate, the difference after it "8000톤")
    const g = figures.find((x) => x.start === at && x.kind === fig.kind);
    if (g) {
      const rest = after
        .slice(g.end - fig.end)
        .replace(KO_ASIDE, '')
        .replace(KO_AFTER_GLUE, '');
      if (KO_AFTER_UP.test(rest) || KO_AFTER_DOWN.test(rest)) return 'before';
    }
  }
  const rest = after.replace(KO_ASIDE, '').replace(KO_AFTER_GLUE, '');
  if (KO_AFTER_UP.test(rest)) return 'up';
  if (KO_AFTER_DOWN.test(rest)) return 'down';
  if (KO_BEFORE_UP.test(before.replace(KO_QUAL, ''))) return 'up';
  return undefined;
}

/**
 * A span of time a schedule moved by ("a year late", "six months behind schedule", "delayed by 18 months", "1년 늦게",
 * "6개월 지연", "3개월 앞당겨"): how much later or earlier, a difference, not how long something lasts ("a 20-year
 * agreement"). 'up' later, 'down' earlier.
 */
function delayOf(before: string, after: string, lang: Lang): Change | undefined {
  if (lang === 'ko') {
    const rest = after.replace(KO_ASIDE, '').replace(KO_AFTER_GLUE, '');
    if (KO_LATER.test(rest)) return 'up';
    if (KO_EARLIER.test(rest)) return 'down';
    return undefined;
  }
  if (EN_LATER_AFTER.test(after) || EN_LATER_BEFORE.test(before.replace(EN_QUAL, ''))) return 'up';
  if (EN_EARLIER_AFTER.test(after) || EN_EARLIER_BEFORE.test(before.replace(EN_QUAL, ''))) return 'down';
  return undefined;
}
const EN_LATER_AFTER = /^\s*(?:late|later|behind(?:\s+schedule)?|overdue)\b/i;
const EN_EARLIER_AFTER = /^\s*(?:early|earlier|ahead\s+of\s+schedule|sooner)\b/i;
const EN_LATER_BEFORE =
  /\b(?:(?:delay(?:ed|s|ing)?|push(?:ed|es|ing)?\s+(?:back|out)|postpon(?:ed|es|ing)|slip(?:s|ped|ping)?|slid(?:es)?|set\s+back|put\s+back)\s+(?:by\s+)?|(?:delay|slippage)\s+of\s+)$/i;
const EN_EARLIER_BEFORE = /\b(?:brought|pulled|moved)\s+forward\s+(?:by\s+)?$/i;
const KO_LATER = /^(?:늦|지연|미뤄|미뤘|미룬|연기|순연|밀려|밀렸|밀린)/;
const KO_EARLIER = /^(?:앞당|빨라|빨리|일찍|당겨|당긴)/;

/**
 * A date a schedule moved from ("pushed back from the second half of 2028 to the first half of 2029", "2028년
 * 하반기에서 2029년 상반기로 조정됐다"): 'before', when a word of moving a schedule says so and another date follows;
 * a bare "from 2026 to 2028" is a span of time, not a change.
 */
function dateMoved(
  before: string,
  after: string,
  fig: Span & Pick<RawFigure, 'kind' | 'unit'>,
  figures: readonly (Span & Pick<RawFigure, 'kind' | 'unit'>)[],
  lang: Lang,
): Change | undefined {
  const later = () => near(figures, fig.end, fig.end + 40, (g) => g.start > fig.start && g.kind === 'date');
  // (or the date a schedule first gave, then moved: "당초 2026년 4분기 가동 예정이었으나 2028년 2분기로 미뤄졌다", "was
  // originally scheduled for the fourth quarter of 2026 but has been pushed back to …")
  if (lang === 'ko')
    return (KO_FROM.test(after) || KO_PLANNED_WAS.test(after)) && KO_DATE_MOVED.test(after) && later()
      ? 'before'
      : undefined;
  if (EN_PLANNED_FIRST.test(before) && EN_BUT_MOVED.test(after) && later()) return 'before';
  return EN_FROM.test(before) && EN_DATE_MOVED.test(before) && /^[^;]*?\bto\b/i.test(after) && later()
    ? 'before'
    : undefined;
}
/** After a Korean date: a plan given as then ("가동 예정이었으나", "완공 목표였지만"), a clause that another date follows. */
const KO_PLANNED_WAS = /^\s?(?:[가-힣]{1,4}\s?)?(?:예정|계획|목표)(?:이)?(?:었|였)(?:으나|지만|는데|다가)/;
/** Before an English date: a schedule given as the first ("originally scheduled for", "was initially due in"). */
const EN_PLANNED_FIRST =
  /\b(?:originally|initially|first)\s+(?:(?:been\s+)?(?:scheduled|planned|expected|due|slated|set|targeted))\s+(?:for|in|by)\s+(?:the\s+)?$/i;
/** After it, in the same sentence: "but" and a word of moving a schedule ("but has been pushed back to"). */
const EN_BUT_MOVED =
  /^[^;.]*?\bbut\b[^;.]*?\b(?:push(?:ed|es)?\s+(?:back|out)|delayed|postponed|moved|shifted|slipped|slid|brought\s+forward|pulled\s+forward|rescheduled|put\s+back)\b/i;
/** Words that move a schedule, before "from" in its clause. */
const EN_DATE_MOVED =
  /\b(?:push(?:ed|es|ing)?\s+(?:back|out)|pushed|delay(?:ed|s|ing)?|postpon\w*|mov(?:ed|es|ing)|shift\w*|slipp?\w*|slid|brought\s+forward|pull(?:ed|s|ing)?\s+(?:forward|in)|reschedul\w*|revis\w*|chang(?:ed|es|ing)|put\s+back)\b/i;
/**
 * After "에서" and the later date: 로/으로 and a word of moving a schedule ("조정됐다", "연기됐다", "미뤄졌다", "앞당겨"),
 * with how far it moved between them as often ("2029년 1분기로 한 분기 늦췄다", "2029년 3월로 석 달 미뤄졌고", "6개월가량").
 */
const KO_DATE_MOVED =
  /(?:으로|로)\s*(?:[가-힣\d.]{1,4}\s?(?:분기|달|개월|년|주|일)(?:\s?(?:가량|정도|남짓|가까이|이상|씩))?\s*)?(?:조정|연기|미뤄|미뤘|미루|늦춰|늦췄|늦어|앞당|변경|순연|지연|밀려|밀렸|바뀌|바꿨)/;

/**
 * A date the sentence gives to the level before a change, not to the level after: "up from the $42 billion the
 * governor announced in September", "rose from $12 billion in February 2025 to …" (after the level before, nothing but
 * words between, no amount of its measure and no "to"), "2025년 3월 발표 당시 3조2000억 원에서 3조6000억 원으로" (just
 * before it, Korean). It is the date of then: it judges a line's date of then, not the date the line gives the level
 * after ("to $45 billion by March 2026"). `changes`: the readings of the sentence's amounts.
 */
function dateOfLevelBefore(
  sentence: string,
  figures: readonly (Span & Pick<RawFigure, 'kind' | 'unit'>)[],
  changes: readonly (Change | undefined)[],
  i: number,
  lang: Lang,
): boolean {
  const d = figures[i];
  if (lang === 'ko') {
    // the first amount after it, a few words on, and nothing of another clause between
    for (let k = i + 1; k < figures.length && figures[k].start <= d.end + KO_DATE_REACH; k++) {
      if (!AMOUNTS.has(figures[k].kind)) continue;
      return changes[k] === 'before' && !/[.;]\s|다[.,]?\s/.test(sentence.slice(d.end, figures[k].start));
    }
    return false;
  }
  for (let k = i - 1; k >= 0 && figures[k].end >= d.start - REACH; k--) {
    const b = figures[k];
    if (!AMOUNTS.has(b.kind) || changes[k] !== 'before') continue;
    const between = sentence.slice(b.end, d.start);
    if (/[;]|\.\s|\bto\b/i.test(between)) return false;
    for (let j = k + 1; j < i; j++) if (alike(figures[j], b)) return false;
    return true;
  }
  return false;
}
/** How far after a Korean date the level before it may start ("2025년 3월 사업 발표 당시 3조2000억 원에서"). */
const KO_DATE_REACH = 24;

/** The index of the first figure (in text order) starting at or after `from`. */
export function firstAt(figures: readonly Span[], from: number): number {
  let lo = 0,
    hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a figure starting in [from, to] passes `ok`: figures are in the order of the text, so the first is found by
 * bisection and only those in the window are looked at (a sentence of 20,000 figures stays linear).
 */
function near<T extends Span>(figures: readonly T[], from: number, to: number, ok: (g: T) => boolean): boolean {
  for (let i = firstAt(figures, from); i < figures.length && figures[i].start <= to; i++)
    if (ok(figures[i])) return true;
  return false;
}

/**
 * The change reading of every figure of a sentence (`figures`: in text order, offsets into `sentence`), and how many
 * of each kind its words make a difference or increment (what additionOf in judge/figureFacts.ts asks).
 */
export function changesOf(
  sentence: string,
  figures: readonly (Span & Pick<RawFigure, 'kind' | 'unit'>)[],
  lang: Lang,
): { changes: (Change | undefined)[]; deltas: Map<string, number> } {
  const changes = figures.map((f) => changeOf(sentence, f, lang, figures));
  for (let i = 0; i < figures.length; i++)
    if (
      figures[i].kind === 'date' &&
      changes[i] === undefined &&
      dateOfLevelBefore(sentence, figures, changes, i, lang)
    )
      changes[i] = 'before';
  const deltas = new Map<string, number>();
  changes.forEach((c, i) => {
    if (c !== undefined && c !== 'before') deltas.set(figures[i].kind, (deltas.get(figures[i].kind) ?? 0) + 1);
  });
  return { changes, deltas };
}

/** Two figures of one measure: the same kind and unit, a rate's time aside ("to 900 acre-feet a year, from 2,400
 *  acre-feet": the rate is written once, for both). */
const alike = (a: Pick<RawFigure, 'kind' | 'unit'>, b: Pick<RawFigure, 'kind' | 'unit'>) =>
  a.kind === b.kind && (a.unit === b.unit || a.kind === 'count' || perTimeAside(a.unit) === perTimeAside(b.unit));
/** A unit with its rate's time taken off ("m3/year" → "m3"): what a rate written once for two amounts shares. */
export const perTimeAside = (u: string) => {
  const k = u.indexOf('/');
  return k < 0 ? u : u.slice(0, k);
};

/**
 * Whether a claim's figure and a source's may be set against each other as the same quantity: a level with a level,
 * a past level with a past level, a difference with a difference whose direction is not the other way.
 */
export function sameQuantity(a: Change | undefined, b: Change | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === 'before' || b === 'before') return false;
  // 'up' and 'down' are opposite ways; 'delta' (no direction read) is either
  return a === 'delta' || b === 'delta';
}
