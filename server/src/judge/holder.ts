// Whose share a figure is, when a sentence lists shares of several holders: "owned 45% by Sandline, 35% by Blue Harbor
// Capital and 20% by OpenAI", "OpenAI holds 40%, with Hanbit Power and Seohae Networks at 30% each", "지분은 한빛전력
// 40%, 오픈AI 30%, 서해네트웍스 30%다". A report that swaps two holders' shares states every value the source states,
// each of another holder: read per figure, the swap is a contradiction and no value vouches for another's share.
// Read in the figure's own stretch of its sentence (between its neighbouring figures), for percents only (stakes,
// shares), and only where the sentence lists more than one.
import type { Lang, Span } from '../types';
import { concept, termsIn } from '../domain/lexicon';
import { romanizeSyllables, writesLatinName } from '../text/translit';
import { escapeRe, firstIndex } from '../text/text';

/** The holders a figure's stretch names (one, or two joined by "and"/"와"), or undefined when it names none. */
export function holderOf(
  sentence: string,
  at: number,
  end: number,
  lang: Lang,
  others: readonly Span[],
): string[] | undefined {
  const s = stretchOf(sentence, at, end, others);
  if (!s) return undefined;
  const { before, after } = s;
  if (lang === 'ko') {
    // "한빛전력 40%", "오픈AI가 30%": the word right before the figure, its particle off; or, past what the share is of
    // ("한국에너지저장연구원이 당사 발행주식총수의 18.4%를", "연구원이 지분 31.2%를 가진"), the subject before that.
    const of = KO_SHARE_OF.exec(before);
    const m = of
      ? /([가-힣A-Za-z0-9&]{2,}?)(?:이|가|은|는)\s*$/.exec(before.slice(0, of.index))
      : /([가-힣A-Za-z0-9&]{2,}?)(?:이|가|은|는|측|쪽)?\s*[:：]?\s*$/.exec(before);
    // (an object or a comparison is no holder: "HBM 생산능력을 40% 늘린다", "지금보다 50% 늘어난다")
    if (!m || KO_NOT_HOLDER.test(m[1]) || KO_NOT_HOLDER_ENDING.test(m[1])) return undefined;
    // (a name the stretch wrote in full before, shortened: "한국에너지저장연구원의 연구소기업으로 출발했고, 연구원이")
    const full = before
      .slice(0, m.index)
      .match(/[가-힣A-Za-z0-9&]+/g)
      ?.find((w) => w.length > m[1].length && (w.endsWith(m[1]) || w.replace(KO_PARTICLE, '').endsWith(m[1])));
    return [full ? full.replace(KO_PARTICLE, '') : m[1]];
  }
  // "45% by Sandline", "35% for Oracle": the name after.
  const a = EN_AFTER.exec(after);
  if (a) return names(a[1]);
  // "Sandline 45%", "OpenAI holds 40%", "Hanbit Power and Seohae Networks at 30% each", "Johor Digital Berhad, a
  // company controlled by the state, will hold 60%", "and Redline Infrastructure, a Denver-based developer, 20%": the
  // names before.
  const b = EN_BEFORE.exec(before);
  return b ? names(b[1]) : undefined;
}

/**
 * A figure's own stretch of its sentence, between its neighbouring figures: the words before it and after it.
 * Undefined when the sentence has no other figure.
 */
export function stretchOf(
  sentence: string,
  at: number,
  end: number,
  others: readonly Span[],
): { before: string; after: string } | undefined {
  if (others.length >= MIN_INDEXED && at < end) {
    // (a sentence of many figures: by bisection, each figure of a line of 20,000 read all 20,000 others)
    const ix = spanIndexOf(others);
    if (others.length === (ix.same.get(`${at}:${end}`) ?? 0)) return undefined;
    // (the figure's own span ends after `at` and starts before `end`: it is neither the one before nor the one after)
    const i = firstIndex(ix.ends.length, (k) => ix.ends[k] > at);
    const j = firstIndex(ix.starts.length, (k) => ix.starts[k] >= end);
    const from = Math.max(0, i > 0 ? ix.ends[i - 1] : 0);
    const to = j < ix.starts.length ? Math.min(sentence.length, ix.starts[j]) : sentence.length;
    return { before: sentence.slice(from, at), after: sentence.slice(end, to) };
  }
  let from = 0,
    to = sentence.length,
    n = 0;
  for (const o of others) {
    if (o.start === at && o.end === end) continue;
    n++;
    if (o.end <= at) from = Math.max(from, o.end);
    else if (o.start >= end) to = Math.min(to, o.start);
  }
  return n ? { before: sentence.slice(from, at), after: sentence.slice(end, to) } : undefined;
}

/** From this many figures in a sentence, stretchOf bisects an index of their spans (kept once an array). */
const MIN_INDEXED = 16;
const spanIndexes = new WeakMap<readonly Span[], { ends: number[]; starts: number[]; same: Map<string, number> }>();
function spanIndexOf(spans: readonly Span[]) {
  let ix = spanIndexes.get(spans);
  if (!ix) {
    const same = new Map<string, number>();
    for (const o of spans) same.set(`${o.start}:${o.end}`, (same.get(`${o.start}:${o.end}`) ?? 0) + 1);
    ix = {
      ends: spans.map((o) => o.end).sort((a, b) => a - b),
      starts: spans.map((o) => o.start).sort((a, b) => a - b),
      same,
    };
    spanIndexes.set(spans, ix);
  }
  return ix;
}

const NAME_RUN = "(?:[A-Z][\\w&.'’-]*)(?:\\s+(?:[A-Z][\\w&.'’-]*|of|de))*";
const EN_AFTER = new RegExp(`^\\s*(?:stake\\s+)?(?:by|for)\\s+(${NAME_RUN}(?:\\s*(?:,|and)\\s+${NAME_RUN})?)`);
const EN_BEFORE = new RegExp(
  `(${NAME_RUN}(?:\\s+and\\s+${NAME_RUN})?)\\s*(?:['’]s\\s+(?:stake|share)\\s+(?:is|of)\\s+|(?:,\\s+(?:a|an|the|which|whose)\\s[^,;"“”]{1,80},)?\\s+(?:holds?|held|owns?|owned|has|have|had|takes?|took|gets?|got|keeps?|kept|will\\s+(?:hold|own|have|take|get|keep))\\s+(?:a\\s+|an\\s+)?(?:stake\\s+of\\s+|share\\s+of\\s+)?|\\s+(?:at|with)\\s+|\\s*[:(]\\s*|,\\s+(?:a|an|the)\\s[^,;"“”]{1,80},\\s*|\\s+)$`,
);
/** Particles that end a word before a Korean figure that is no holder: an object, a comparison, a limit or a place. */
const KO_NOT_HOLDER_ENDING = /(?:을|를|보다|까지|에서)$/;
/** What a Korean share is of, right before it: "당사 발행주식총수의", "지분", "보통주의" (the holder is the subject before). */
const KO_SHARE_OF =
  /(?:^|\s)(?:(?:당사|회사|동사|자사)(?:의)?\s*)?(?:발행\s?주식\s?총수|총\s?발행\s?주식|지분율?|보통주|의결권\s?있는\s?주식)(?:의)?\s*$/;
/** A Korean particle at a word's end, taken off a name written in full. */
const KO_PARTICLE = /(?:의|이|가|은|는|을|를|과|와|도|에)$/;
/** Words before a Korean figure that are no holder: the measure or a function word. */
const KO_NOT_HOLDER = /^(?:지분|지분율|비중|비율|점유율|약|최대|최소|각각|각|나머지|전체|총|합계)$/;

function names(run: string): string[] | undefined {
  const out = run
    .split(/\s*(?:,|\band\b)\s*/)
    .map((s) => s.trim().replace(/[.,;:]+$/, ''))
    .filter((s) => s && !NOT_NAMES.test(s));
  return out.length ? out : undefined;
}
/** Capitalized words that open a sentence or qualify a number, no holder. */
const NOT_NAMES =
  /^(?:The|A|An|It|Its|They|Their|With|And|About|Around|Some|Nearly|Roughly|Almost|Only|Just|Up|Over|Under|Of|In|At|By|For|From|Each|All|Both|Most|Another|Other|This|That|These|Those|Its)$/;

/**
 * The name an English amount of a list is given to, read in its own stretch right before it: "Cheongryong Aerotech
 * accounts for KRW 334.4 billion of that, Namgang Cable for KRW 137.6 billion and Yonghyeon Modular for KRW 41.2
 * billion" gives "Cheongryong Aerotech", "Namgang Cable", "Yonghyeon Modular" — a run of capitalized words, then a verb
 * of having or a "for", "with" or "at" (a sentence leaves the verb out after its first item). Undefined where no name
 * stands so, or the sentence has no other figure.
 */
export function nameOf(
  sentence: string,
  at: number,
  end: number,
  lang: Lang,
  others: readonly Span[],
): string[] | undefined {
  if (lang !== 'en') return undefined;
  const s = stretchOf(sentence, at, end, others);
  if (!s) return undefined;
  const m = EN_NAME_FOR.exec(s.before);
  return m ? names(m[1]) : undefined;
}
const EN_NAME_FOR = new RegExp(
  `(${NAME_RUN})\\s+(?:(?:accounts?|accounted)\\s+for|for|with|at|(?:has|had|have|holds?|held|gets?|got|receives?|received|takes?|took|wins?|won|booked|books)\\s+(?:orders?\\s+(?:worth|of)\\s+)?)\\s*(?:about|around|roughly|nearly|some|almost|over|under)?\\s*$`,
  'u',
);

/**
 * Whether a sentence names a firm or person of a list (nameOf): its first word in Latin letters, or a Hangul word that
 * sounds like it or whose syllables read one by one open with it ("남강케이블" / Namgang Cable).
 */
/** sentenceNames' word tests, by the name's first word (a line's list asks them of each candidate). */
const wordRes = new Map<string, RegExp>();
const MAX_WORD_RES = 1000;
export function sentenceNames(text: string, name: string): boolean {
  const first = /^[^\s]+/.exec(name)?.[0] ?? '';
  if (first.length < 3) return false;
  let re = wordRes.get(first);
  if (!re) {
    // (a server's life sees many reports: the memo starts over past a bound)
    if (wordRes.size >= MAX_WORD_RES) wordRes.clear();
    wordRes.set(first, (re = new RegExp(`(?<![\\p{L}\\d])${escapeRe(first)}(?![\\p{L}\\d])`, 'u')));
  }
  if (re.test(text)) return true;
  const lower = first.toLowerCase();
  return (text.match(/[가-힣]{2,}/gu) ?? []).some((h) => writesLatinName(h, lower));
}

/**
 * Whether two holders' names are one holder: the same lexicon company, the same name, or across scripts a Hangul
 * name whose first word romanizes to the Latin name's first word (한빛전력 / Hanbit Power). Undefined: cannot tell.
 */
export function sameHolder(a: readonly string[], la: Lang, b: readonly string[], lb: Lang): boolean | undefined {
  let unknown = false;
  for (const x of a)
    for (const y of b) {
      const s = holderAlike(x, la, y, lb);
      if (s) return true;
      if (s === undefined) unknown = true;
    }
  return unknown ? undefined : false;
}

function holderAlike(x: string, lx: Lang, y: string, ly: Lang): boolean | undefined {
  const cx = orgIds(x, lx),
    cy = orgIds(y, ly);
  if (cx.length && cy.length) return cx.some((c) => cy.includes(c));
  const hx = /[가-힣]/.test(x),
    hy = /[가-힣]/.test(y);
  if (hx === hy) {
    if (cx.length || cy.length) return norm(x) === norm(y) ? true : false;
    return norm(x) === norm(y);
  }
  const [h, l] = hx ? [x, y] : [y, x];
  const word = /^[가-힣]+/.exec(h)?.[0] ?? '';
  const first = /^[A-Za-z]+/.exec(l)?.[0]?.toLowerCase() ?? '';
  if (word.length < 2 || first.length < 3) return undefined;
  const roman = romanizeSyllables(word);
  if (roman === first || roman.startsWith(first) || first.startsWith(roman)) return true;
  // A name one side knows as a company and the other does not is another company unless it reads alike.
  return cx.length || cy.length ? false : undefined;
}

function orgIds(s: string, lang: Lang): string[] {
  return termsIn(s, lang)
    .filter((h) => {
      const c = concept(h.id);
      return c?.type === 'org';
    })
    .map((h) => h.id);
}

const norm = (s: string) => s.toLowerCase().replace(/[\s.,'’-]/g, '');

/**
 * What an amount in a list of parts is of, as the words after "of" name it: "$2.6 billion of wind and $1.2 billion of
 * battery storage" gives ["wind"] and ["battery", "storage"]. English only; undefined when no such words follow the
 * figure in its own stretch ("$40 billion of the $100 billion" names none).
 */
export function labelOf(
  sentence: string,
  at: number,
  end: number,
  lang: Lang,
  others: readonly Span[],
): string[] | undefined {
  if (lang !== 'en') return undefined;
  const s = stretchOf(sentence, at, end, others);
  if (!s) return undefined;
  const m = /^\s+of\s+((?:[a-z][a-z-]*)(?:\s+[a-z][a-z-]*){0,3})/.exec(s.after);
  if (!m) return undefined;
  const words: string[] = [];
  for (const w of m[1].split(/\s+/)) {
    if (LABEL_STOPS.has(w)) break;
    words.push(w.length > 3 ? w.replace(/([^su])s$/, '$1') : w);
  }
  // "of new assets": how new says nothing of what it is; a determiner first is another amount's ("of the total").
  const content = words.filter((w) => !LABEL_NOT.has(w));
  return content.length && !LABEL_STOPS.has(m[1].split(/\s+/)[0]) ? content : undefined;
}

/** Whether two amounts' labels (labelOf) name the same thing: they share a word. */
export function sameLabel(a: readonly string[], b: readonly string[]): boolean {
  return a.some((w) => b.includes(w));
}

/** Words that end what an amount is of ("of wind between now and 2029"), or open another amount's ("of the"). */
const LABEL_STOPS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'which',
  'who',
  'and',
  'or',
  'but',
  'for',
  'to',
  'in',
  'at',
  'by',
  'with',
  'from',
  'between',
  'on',
  'over',
  'into',
  'as',
  'than',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'be',
  'been',
  'has',
  'have',
  'had',
  'each',
  'per',
  'through',
  'until',
]);
/** Words that say how new or how much, not what ("of new assets"). */
const LABEL_NOT = new Set(['new', 'additional', 'extra', 'further', 'more', 'other', 'total', 'planned', 'existing']);

/**
 * What a Korean amount is of, as a sentence that labels each of its amounts by a topic gives it (Korean only): "총사업비는 21조 원,
 * 출자 예정액은 2조 9,400억 원으로 늘었다" gives ["총사업비"] and ["출자", "예정액"]. The one or two words right before
 * 은/는 in the figure's own stretch (a word ending in a particle of place, means or object is no part of it:
 * "정정공시에서 총사업비는"). Undefined where no topic stands right before the figure, or the sentence has no other figure.
 */
export function koLabelOf(
  sentence: string,
  at: number,
  end: number,
  lang: Lang,
  others: readonly Span[],
): string[] | undefined {
  if (lang !== 'ko') return undefined;
  const s = stretchOf(sentence, at, end, others);
  return s ? koLabelBefore(s.before) : undefined;
}

/** The label right before a figure, given the text between the figure before it and this one (koLabelOf's reading). */
export function koLabelBefore(before: string): string[] | undefined {
  return koTopicWords(before, /(?:^|[\s,·])((?:[가-힣A-Za-z0-9]+\s)?[가-힣A-Za-z0-9]+)(?:은|는)\s*$/);
}

/**
 * The name a Korean list writes right before each of its amounts, with no particle: "포티행 9항차, 포티 경유 바쿠행 5항차"
 * gives 포티행 and 바쿠행, "총 14항차 중 바쿠행 9항차" gives 바쿠행 for the 9. `before`: the text between the amount
 * before it (or the sentence's start) and this one. Not a word of quantity or time ("총 14항차", "연 18억㎥", "약"), nor one
 * that ends in a particle ("배정을 9억㎥"), nor one shorter than two syllables: those say how much or of what measure,
 * not which thing.
 */
export function koNameBefore(before: string): string | undefined {
  const m = /(?:^|[\s,(·])([가-힣]{2,})\s*$/.exec(before);
  if (!m) return undefined;
  const w = m[1];
  if (KO_NOT_NAME_BEFORE.has(w) || /(?:은|는|이|가|을|를|의|에|에서|으로|로|과|와|도|만|까지|부터)$/.test(w))
    return undefined;
  // (nor what the amount is per, "초당 0.35㎥", "시간당 1만4000㎥", "메가와트당 30억 엔": a rate's word, no thing of a list)
  if (KO_PER_WORD.test(w)) return undefined;
  return w;
}
const KO_PER_WORD = /^(?:초|분|시간|일|하루|주|월|연|년|기가와트|메가와트|킬로와트|톤|가구|명|인|개)당$/;
/** Words of the time a Korean sentence speaks from ("올해는", "현재", "최근"): never a name, a topic or an owner. */
export const KO_NOW_WORDS = ['올해', '현재', '당시', '이번', '지금', '이후', '최근'];
const KO_NOT_NAME_BEFORE = new Set([
  '연간',
  '하루',
  '매년',
  '매월',
  '월간',
  '최대',
  '최소',
  '최고',
  '합계',
  '모두',
  '전체',
  '각각',
  '무려',
  '대략',
  '이상',
  '이하',
  ...KO_NOW_WORDS,
  '가운데',
  '나머지',
  '추가',
  '신규',
  '기존',
  '당초',
]);

/** The topic a Korean sentence opens with ("총사업비는 10월 정정공시로 19조 원에서 …" gives ["총사업비"]). */
export function koTopicOf(sentence: string): string[] | undefined {
  return koTopicWords(sentence, /^\s*((?:[가-힣A-Za-z0-9]+\s)?[가-힣A-Za-z0-9]+)(?:은|는)\s/);
}

function koTopicWords(text: string, re: RegExp): string[] | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const words = m[1].split(' ');
  // (a word ending in a particle belongs to what comes before: "정정공시에서 총사업비는", "해동의 출자 예정액은" keeps 예정액's)
  while (words.length > 1 && KO_PARTICLE_END.test(words[0])) words.shift();
  const last = words[words.length - 1];
  // (a one-syllable word, a pronoun as 이는 and 그는, is no label; nor a word of time: "올해는", "현재는")
  if (last.length < 2 || KO_NOT_LABEL.has(last)) return undefined;
  return words;
}
const KO_PARTICLE_END = /(?:에서|에게|으로|로|에|의|을|를|과|와|도|만|까지|부터)$/;
const KO_NOT_LABEL = new Set(['올해', '현재', '당시', '이번', '지금', '이후', '최근']);
