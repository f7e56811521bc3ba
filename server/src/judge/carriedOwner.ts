// A Korean news paragraph opens on its subject and goes on about it without naming it again: "창원 성산구의 변압기
// 제조사 태림전기는 … 계약을 맺었다고 2일 밝혔다. 지난해 매출 2,480억 원의 1.25배에 이르는 규모다." The second sentence's figure is
// 태림전기's revenue. A report line about another firm — its heading or its own sentence names a name neither source
// sentence writes ("## 다온셀 (대전 유성, ESS)") — and that never names 태림전기 is not refuted by that figure: it is
// another firm's, whatever words of the line it shares ("지난해 매출"). Nor does a firm's chief's word vouch for a line
// about another firm ("탁상훈 운봉정밀 대표는 … "하반기에 28명을 더 뽑는다"고 말했다" under "## 2. 요천써멀").
import type { Lang, Source } from '../types';
import { concept, termsIn } from '../domain/lexicon';
import people from '../domain/people.json';
import { isKoreanName, koIsTitle } from '../extract/people';
import { alternation, escapeRe } from '../text/text';
import { everydayPairs } from '../domain/vocab';
import { soundAlike, writesLatinName } from '../text/translit';
import type { Entry } from './figureIndex';
import { KO_NOW_WORDS } from './holder';

/** A sentence as the owner rules read it. */
interface SentenceText {
  text: string;
  lang: Lang;
}

// (the first topic of a sentence, "누리볼트는", "한국에너지저장연구원은": a word of two syllables or more before 은/는,
// the word before it no adverb or object — "사우디아라비아에 들어서는" is a verb's modifier, not a topic)
const KO_TOPIC = /(?:^|\s)([가-힣A-Za-z0-9]{2,}?)(?:은|는)(?=\s)/gu;
const KO_NOT_BEFORE_TOPIC = /(?:에|에서|을|를|로|으로|와|과|에게|까지|부터|고|며|면|서|도|만)$/;
// (no topic that is a pronoun, a word of time or the writer's own: "이는", "올해는", "현재는", "회사는" stays the firm's)
const KO_NOT_OWNER = new Set(['이', '그', '이는', '그는', ...KO_NOW_WORDS, '한편', '이와', '또한']);
// (a person: a title, people.ts koIsTitle, or one unnamed or by a role, "관계자", "주민"; a word that also ends as an
// organisation's name of two syllables or more, "…연구원", stays the organisation)
const KO_UNNAMED_END = new RegExp(`(?:${alternation([...people.ko.unnamed, ...people.ko.roles])})$`);
const KO_ORG_END = new RegExp(`(?:${alternation(people.ko.orgEnds.filter((w) => w.length > 1))})$`);
const koPerson = (w: string) => (koIsTitle(w) || KO_UNNAMED_END.test(w)) && !KO_ORG_END.test(w);

// (a subject marked by 이/가, "정부가 …", not a comparison's, "5배가 넘는", "규모가 되는", nor a number's)
const KO_SUBJECT = /(?:^|\s)([가-힣A-Za-z]{2,}?)(?:이|가)\s(?!(?:넘는|웃도는|되는|아닌|있는|없는|넘|웃돌|된|아니))/gu;

/** Whether a Korean word is one the lexicon knows as a whole as a common concept ("매출", "회사"), not a name. */
function isCommonWord(word: string): boolean {
  return termsIn(word, 'ko').some((h) => {
    const c = h.start === 0 && h.end === word.length ? concept(h.id) : undefined;
    // (not a firm's, a person's or a country's name, nor a place's: "오라클", "텍사스")
    return !!c && !['org', 'person', 'country'].includes(c.type ?? '') && !/^[A-Z]/.test(c.en[0] ?? '');
  });
}

// (a particle, or a bracket after a name, "청림케이블(천안)")
const KO_WORD_TAIL = /(?:[(（].*|에서|으로|은|는|이|가|의|을|를|와|과|에|로|도|만)$/u;
// (words of time and of pointing back, which open a sentence that goes on about what came before)
const KO_TIME = new Set([
  '지난해',
  '올해',
  '내년',
  '작년',
  '금년',
  '상반기',
  '하반기',
  '연간',
  '당초',
  '향후',
  '그간',
  '앞서',
]);
// (endings of a measure's noun, "수주액", "생산량", "사업비", "계약금", "가동률", "전력망": no firm's name)
const KO_MEASURE_END = /(?:액|량|비|금|률|율|망|권|인원|기간|규모|비중)$/u;

/**
 * Whether a Korean word, its particle or bracket off, is shaped as a firm's or a body's name: three characters or more,
 * no lexicon concept at its start but a country's ("한국에너지저장연구원"; not "수주액", "데이터센터의", "오라클"), not a
 * word of time, a speaker's title or a measure's noun. A name may end on a concept ("태림전기", "청림케이블").
 */
export function koNameLike(word: string): boolean {
  const w = word.replace(KO_WORD_TAIL, '');
  if (!/^[가-힣A-Za-z0-9&]{3,}$/u.test(w) || !/[가-힣]{2}/u.test(w)) return false;
  if (KO_TIME.has(w) || KO_NOT_OWNER.has(w) || KO_MEASURE_END.test(w)) return false;
  if (koPerson(w)) return false;
  return !termsIn(w, 'ko').some((h) => h.start === 0 && concept(h.id)?.type !== 'country');
}

/**
 * The first topic a Korean sentence opens a clause on, its particle off, and the text before it: "누리볼트" of "… 기업
 * 누리볼트는 …"; none after an adverb, an object or a comma ("사우디아라비아에 들어서는").
 */
function koTopic(text: string): { word: string; before: string } | undefined {
  KO_TOPIC.lastIndex = 0;
  const m = KO_TOPIC.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index + (m[0].length - m[1].length - 1)).trimEnd();
  const prevWord = /(\S+)$/.exec(before)?.[1] ?? '';
  if (KO_NOT_BEFORE_TOPIC.test(prevWord) || /[,，]$/.test(prevWord)) return undefined;
  return { word: m[1], before };
}

/** The first topic a Korean sentence opens a clause on, its particle off: "누리볼트" of "… 기업 누리볼트는 …". */
function koFirstTopic(text: string): string | undefined {
  const t = koTopic(text);
  // (nor a person, by a title or as unnamed, "컨소시엄 관계자는", "한재석 대표는": what a speaker says is no firm's
  // figure; a word that ends as an organisation's name too, "…연구원", stays the organisation)
  if (!t || KO_NOT_OWNER.has(t.word) || koPerson(t.word)) return undefined;
  return t.word;
}

/**
 * The firm a Korean source sentence's speaker speaks for, when the sentence opens on the speaker with the firm written
 * beside the name and the title, between them or before the name ("탁상훈 운봉정밀 대표는 "… 하반기에 28명을 더 뽑는다"고
 * 말했다", "운봉정밀 탁상훈 대표는", "운봉정밀 관계자는"): what a firm's chief says it will do is the firm's. Undefined
 * otherwise: a speaker alone ("김도윤 대표는"), a speaker's phrase that does not open the sentence, a topic that is no
 * speaker (a sentence's topic may be whoever grants or reports the figure, "국가에너지배분위원회는 … 배정했다").
 */
export function speakerFirmOf(text: string): string[] | undefined {
  const t = koTopic(text);
  if (!t || KO_NOT_OWNER.has(t.word) || !koPerson(t.word)) return undefined;
  const words = t.before
    .replace(/^[\s\-*+□■ㅇ○●·※▶]+/u, '')
    .split(/\s+/u)
    .filter(Boolean);
  if (!words.length || words.length > 2) return undefined;
  const firm = (w: string | undefined) => {
    const x = w?.replace(KO_WORD_TAIL, '');
    return x && koNameLike(x) && !isKoreanName(x) ? x : undefined;
  };
  const last = words[words.length - 1];
  const own = isKoreanName(last) ? (words.length === 2 ? firm(words[0]) : undefined) : firm(last);
  return own ? [own] : undefined;
}

/**
 * The owner a Korean source sentence's figures are of when the sentence names nothing of its own — no topic and no
 * name before its predicate ("지난해 매출 1,920억 원의 46.7%에 해당하는 규모다.") — and the sentence before opens on a
 * topic ("대전 유성구의 전력전자 기업 누리볼트는 … 밝혔다."): that topic's word. Undefined otherwise.
 */
export function carriedOwnerOf(sentences: readonly SentenceText[], i: number): string[] | undefined {
  const s = sentences[i];
  const prev = sentences[i - 1];
  if (!s || !prev || s.lang !== 'ko' || prev.lang !== 'ko') return undefined;
  // (a sentence with a name of its own is about it: one it opens on, "청림케이블(천안) — …", or its topic or subject,
  // "소담쿨텍은 …", "정부가 …"; a common word there goes on about the firm, "납품은 2027년 말까지 이어진다")
  const first = /^[\s\-*+□■ㅇ○●·※▶]*([^\s,]+)/u.exec(s.text)?.[1] ?? '';
  if (koNameLike(first)) return undefined;
  const topic = koFirstTopic(s.text);
  if (topic !== undefined && !isCommonWord(topic)) return undefined;
  KO_SUBJECT.lastIndex = 0;
  for (let m = KO_SUBJECT.exec(s.text); m; m = KO_SUBJECT.exec(s.text)) if (!isCommonWord(m[1])) return undefined;
  // (the firm the sentence before opens on: a name, not a measure, "해외건설 수주액은 …")
  const owner = koFirstTopic(prev.text);
  return owner && koNameLike(owner) ? [owner] : undefined;
}

/** What a report line says it is about, as the owner rule reads it. */
export interface LineContext {
  lang: Lang;
  sentenceText?: string;
  headingText?: string;
  titleText?: string;
  sentenceBefore?: () => { text: string; lang: Lang } | undefined;
  itemLabel?: () => string | undefined;
}

/** The text a line names its subject in: its sentence, the one before, its heading, its parent item, the report's title. */
function contextText(line: LineContext): string {
  return [
    line.sentenceText ?? '',
    line.sentenceBefore?.()?.text ?? '',
    line.headingText ?? '',
    line.titleText ?? '',
    line.itemLabel?.() ?? '',
  ].join('\n');
}

/**
 * The name a Korean line's heading is of: "## 다온셀 (대전 유성, ESS)" gives 다온셀, "### 2. 한결써모" 한결써모 — one word
 * shaped as a name (koNameLike) before its bracket or colon; not a title ("## 2. 기업별 현황") nor a place written with
 * its province ("## 경북 영양").
 */
function koHeadingName(heading: string | undefined): string | undefined {
  if (!heading || !/[가-힣]/.test(heading)) return undefined;
  const lead = heading
    .replace(/^[#\s]*(?:\d+[.)]\s*|[①-⑳]\s*|[가-하][.)]\s*)?/u, '')
    .split(/[(（:：·,—–-]/u)[0]
    .trim();
  return !/\s/.test(lead) && koNameLike(lead) ? lead : undefined;
}

/**
 * Whether a source figure is another firm's than the line's: its sentence goes on about the topic the sentence before
 * opens on (carriedOwnerOf), or its speaker speaks for a firm (speakerFirmOf), which the line, its sentence before, its
 * heading and the report's title never name, and the line's heading or its own first topic names a name the two source
 * sentences never write. A Korean source only (an English line is read by enOwnerElsewhere).
 */
export function ownerElsewhere(
  line: LineContext,
  e: Entry,
  ownerOf: readonly string[] | undefined | (() => readonly string[] | undefined),
): boolean {
  if (!ownerOf || e.lang !== 'ko') return false;
  // (an owner read from the source's text, speakerFirmOf, is asked only once the line names a firm)
  const read = () => (typeof ownerOf === 'function' ? ownerOf() : ownerOf);
  if (line.lang === 'en') return enOwnerElsewhere(line, e, read);
  if (line.lang !== 'ko') return false;
  // (the line's other name first, from the line alone: its heading's, or the name its own sentence opens its topic on;
  // most lines have none)
  const topic = line.sentenceText ? koFirstTopic(line.sentenceText) : undefined;
  const names = [koHeadingName(line.headingText), topic && koNameLike(topic) ? topic : undefined].filter(
    (n): n is string => n !== undefined,
  );
  if (!names.length) return false;
  const owner = read();
  if (!owner) return false;
  const context = contextText(line);
  if (owner.some((w) => context.includes(w))) return false;
  // (a name the source sentences write, or the article's headline — an article about it, whose unmarked figures are
  // its — is no other; their text is read only here, for a line that names another and a figure carried from a firm)
  const ss = e.src.sentences;
  const source = `${ss[e.fig.sentence - 1]?.text ?? ''}\n${ss[e.fig.sentence]?.text ?? ''}\n${e.src.meta.title ?? ''}`;
  return names.some((n) => !source.includes(n));
}

// (a figure of "the Company's" revenue, profit or assets: a filing's defined term for its issuer, "The contract amount
// accounts for approximately 27.4% of the Company's consolidated operating revenue for 2025")
const EN_ISSUERS = /^[^.;]{0,40}?\bof\s+the\s+(?:Company|Group|Issuer)['’]s?\b/u;
const EN_ORG_END = new Set(people.en.orgEnds);
// (words of a filing's title that name no one: "Announcement of material information …")
const EN_NOT_NAME =
  /^(?:The|And|For|With|From|Announcement|Material|Information|Notice|Report|Filing|Contract|Signs?|Date)$/u;

/** The words an article names its issuer by: the capitalized words of its outlet and title, past organisation ends. */
function issuerWords(e: Entry): string[] {
  const out = new Set<string>();
  for (const text of [e.src.meta.outlet ?? '', e.src.meta.title ?? ''])
    for (const w of text.match(/\b[A-Z][A-Za-z]{2,}\b/gu) ?? [])
      if (!EN_ORG_END.has(w.toLowerCase()) && !EN_NOT_NAME.test(w)) out.add(w);
  return [...out];
}

/**
 * The words an English source figure's issuer is named by, when the figure is its issuer's ("… accounts for
 * approximately 27.4% of the Company's consolidated operating revenue"): the capitalized words of the article's outlet
 * and title past organisation ends. Undefined for any other figure, or an article that names no issuer.
 */
export function issuerOf(e: Entry): string[] | undefined {
  if (e.lang !== 'en') return undefined;
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent || !EN_ISSUERS.test(sent.text.slice(e.fig.end - sent.start))) return undefined;
  const names = issuerWords(e);
  return names.length ? names : undefined;
}

/**
 * Whether a Korean line names none of an English figure's issuer's words (issuerOf) — not its sentence, the one
 * before, its heading, the report's title — in either script (a Hangul spelling that sounds like one of them, the name
 * in Latin letters): the figure is another firm's ("서린써멀 계약은 2025년 매출 2,380억 원의 약 48%에 이른다" against Nanhai
 * Thermal's filing).
 */
export function issuerElsewhere(line: LineContext, issuer: readonly string[] | undefined): boolean {
  if (!issuer || line.lang !== 'ko') return false;
  const context = contextText(line);
  const hangul = context.match(/[가-힣]{2,}/gu) ?? [];
  const latin = new Set((context.match(/[A-Za-z]{3,}/gu) ?? []).map((w) => w.toLowerCase()));
  return !issuer.some((name) => {
    const n = name.toLowerCase();
    return (
      latin.has(n) ||
      hangul.some((h) => soundAlike(h, n) || soundAlike(h.replace(/(?:은|는|이|가|의|을|를|와|과|에)$/u, ''), n))
    );
  });
}

/**
 * The English line's side of ownerElsewhere: a line that names a firm in Latin letters (its heading's lead name, "##
 * Yonghyeon Modular (Sacheon)", or the name its sentence opens on as an owner, "Yonghyeon's 2025 revenue …") is not
 * refuted by a Korean figure carried from another firm ("청룡에어로텍은 … 수주했다. 지난해 이 회사 매출 3,150억 원의 75.2%에
 * 이르는 규모다.") when nothing of the line (its sentence, the one before, its heading, the report's title) names the
 * owner in a spelling that sounds like it, and the two source sentences and the headline never write the line's name.
 * Both readings are loose on purpose: a name read as written anywhere keeps the figure a judge.
 */
function enOwnerElsewhere(line: LineContext, e: Entry, ownerOf: () => readonly string[] | undefined): boolean {
  const names = [enHeadingName(line.headingText), line.sentenceText ? enOpeningOwner(line.sentenceText) : undefined]
    .filter((n): n is string => n !== undefined)
    .map((n) => n.toLowerCase());
  if (!names.length) return false;
  const owner = ownerOf();
  if (!owner) return false;
  const context = contextText(line);
  const latin = (context.match(/\b[A-Z][A-Za-z]{2,}/gu) ?? []).map((w) => w.toLowerCase());
  if (owner.some((o) => latin.some((w) => writesLatinName(o, w)))) return false;
  const ss = e.src.sentences;
  const source = `${ss[e.fig.sentence - 1]?.text ?? ''}\n${ss[e.fig.sentence]?.text ?? ''}\n${e.src.meta.title ?? ''}`;
  const hangul = source.match(/[가-힣]{2,}/gu) ?? [];
  const sourceLatin = source.toLowerCase();
  return names.some((n) => !sourceLatin.includes(n) && !hangul.some((h) => writesLatinName(h, n)));
}

/** Words a heading or a sentence opens on that are no firm's name. */
const EN_NOT_FIRM =
  /^(?:The|A|An|Its|Their|Our|This|That|These|Those|Summary|Risks?|Recommendations?|Background|Overview|Outlook|Notes?|Sources?|Conclusions?|Appendix|Annex|Table|Key|Why|What|How|Who|When|Where)$/u;

/**
 * The name an English heading is of, by its first word: "## Yonghyeon Modular (Sacheon)" gives "yonghyeon" — two or more
 * capitalized words, or one before a bracket, before the heading's bracket, colon or dash; not a word the lexicon knows
 * ("## Stargate Hungary", a venture or a country), nor a heading's common word ("## Risks", "## The Plomin campus").
 */
function enHeadingName(heading: string | undefined): string | undefined {
  if (!heading || /[가-힣]/u.test(heading)) return undefined;
  const m = /^[#\s]*(?:\d+[.)]\s*)?([A-Z][\p{L}&-]+)((?:\s+[A-Z][\p{L}&-]+){0,3})\s*([(:—–-]|$)/u.exec(heading);
  if (!m || (!m[2] && m[3] !== '(')) return undefined;
  return firmWord(m[1]);
}

/** The name an English sentence opens on as an owner: "Yonghyeon's 2025 revenue …" gives "yonghyeon". */
function enOpeningOwner(text: string): string | undefined {
  const m = /^[\s*_"“]*([A-Z][\p{L}&-]+)(?:\s+[A-Z][\p{L}&-]+){0,3}['’]s\s/u.exec(text);
  return m ? firmWord(m[1]) : undefined;
}

/** A capitalized word that may name a firm: not a common opening word, nor a word the lexicon knows. */
function firmWord(w: string): string | undefined {
  if (w.length < 3 || EN_NOT_FIRM.test(w)) return undefined;
  return termsIn(w, 'en').some((h) => h.start === 0) ? undefined : w;
}

// (the verbs a firm's or a person's name opens a sentence on as its subject: "Milseong is hiring 70 production workers",
// "Daesung will supply …", "Kurose said …"; not a common word that opens a sentence, "Together the two …", "Prepared by")
const EN_SUBJECT =
  /^[\s*_"“-]*([A-Z][\p{L}&-]+)(?:\s+[A-Z][\p{L}&-]+){0,3}\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|plans?|expects?|says?|said|employs?|hires?|holds?|won|wins|signed|builds?|supplies|supplied|reports?|reported)\b/u;
// (pronouns and titles that open a sentence before its subject's name or in its place: "They will …", "Mayor Kim said")
const EN_NOT_SUBJECT_NAME =
  /^(?:They|There|He|She|We|It|You|I|Mayor|CEO|CFO|COO|CTO|Co-CEO|Chief|President|Chairman|Chairwoman|Governor|Minister|Senator|Director|Dr|Mr|Mrs|Ms)$/u;

/**
 * The name an English line opens on as its sentence's subject, lower case: "Milseong is hiring 70 production workers"
 * gives "milseong" — a capitalized word, none the lexicon or the everyday vocabulary knows (firmWord), before a verb a
 * firm or a person is the subject of. Undefined for any other line.
 */
export function enSubjectName(text: string | undefined): string | undefined {
  const m = text ? EN_SUBJECT.exec(text) : null;
  if (!m || EN_NOT_SUBJECT_NAME.test(m[1])) return undefined;
  const w = firmWord(m[1]);
  return w && !everydayPairs(w.toLowerCase()).length ? w.toLowerCase() : undefined;
}

// Shared by every engine: a memo of a pure function of one source object and a name.
const namesWritten = new WeakMap<Source, Map<string, boolean>>();

/**
 * Whether an article writes a name (lower case) anywhere, its headline too: in Latin letters as a word's start, or as a
 * Hangul word that spells it (writesLatinName: 밀성쿨텍 for "milseong").
 */
export function articleWritesName(src: Source, name: string): boolean {
  let m = namesWritten.get(src);
  if (!m) namesWritten.set(src, (m = new Map()));
  let w = m.get(name);
  if (w === undefined) {
    const text = `${src.meta.title ?? ''}\n${src.text}`;
    w =
      new RegExp(`(?<![\\p{L}])${escapeRe(name)}`, 'iu').test(text) ||
      [...new Set(text.match(/[가-힣]{2,}/gu) ?? [])].some((h) => writesLatinName(h, name));
    m.set(name, w);
  }
  return w;
}
