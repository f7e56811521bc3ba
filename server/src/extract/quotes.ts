// Speech quotations in Korean and English text, with the speaker when the text says who.
// Scare quotes (‘스타게이트 프로젝트’, a “national energy emergency”) are left out.
// Linear: one scan per sentence for the marks; every regex runs on a bounded slice around a quote.
import { noteError } from '../errors';
import type { Lang, RawQuote, RawSentence, Span } from '../types';
import { alternation, escapeRe, isWhitespace as isWs, langAndLetters, SourceText } from '../text/text';
import { concept, findTerms, inOtherName } from '../domain/lexicon';
import { enWords, koWords } from '../domain/language';
import {
  EN_TITLE_RUN,
  givenBeforeOneSyllable,
  givenEndingLikeAWord,
  familyFirstEndingInWa,
  familyEndingInDo,
  koProvince,
  isTitleToken,
  isTitleRunWord,
  isKoreanName,
  mayOpenWithTitle,
  koIsOrg,
  koNamedOrg,
  koIsTitle,
  fullNameBefore,
  givenNameBefore,
  nameKey,
  nameMentions,
  nearestBefore,
  oneSyllableFamily,
  parsePerson,
  TRANSLITERATED,
  type Mention,
} from './people';
import { loanwordShaped } from '../text/translit';

export type SpeakerRef = { text: string; start: number; end: number };
export type ExtractedQuote = RawQuote & {
  sentence: number;
  /** When the speaker was a pronoun (그는, he) resolved to an earlier mention: where the pronoun is. */
  pronoun?: Span;
  /**
   * The person the speaker phrase names, by full name ("Dale Whitaker" for "OpenAI … Whitaker said" after the
   * article named him; "박지훈" for "박 장관"); absent when it names no person or only a surname nothing before explains.
   */
  person?: string;
  /** A surname the speaker phrase gives alone, which nothing before it in the text names in full ("Huang said"). */
  surname?: string;
  /** The speaker was carried over from the paragraph before (a quotation running on): no speaker phrase of its own. */
  carried?: boolean;
  /**
   * The organisation a role set apart from the name gives ("Taesung's chief executive, Cho Yun-sang, said …", "“…,”
   * Silverpeak's head of site development, Marcus Oyelaran, told …"): the speaker phrase is the name alone.
   */
  org?: string;
};

/**
 * The language of a quotation: that of its own words, not of the sentence around it. A Korean report quoting an
 * English speaker word for word (“샘 올트먼 CEO는 “We are not going to wait …”라고 말했다”) quotes English words,
 * compared with the English sources; words with no letter take the sentence's language.
 */
export function quoteLang(words: string, sentenceLang: Lang): Lang {
  const { lang, letters } = langAndLetters(words, 0, words.length);
  return letters > 0 ? lang : sentenceLang;
}

const BEFORE = 200; // how far back a speaker is looked for
const AFTER = 80; // how far ahead a quotative is looked for

// ---------------------------------------------------------------- marks

interface Pair {
  open: number;
  close: number;
}

const isLatinAt = (t: string, i: number) => {
  const c = t.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
};
const isSpaceAt = (t: string, i: number) => i < 0 || i >= t.length || isWs(t.charCodeAt(i));

const QUOTE_MARK = /["'‘’“”「」『』]/;

/** Top-level quotation pairs inside [s, e). */
export function findPairs(text: string, s: number, e: number): Pair[] {
  const pairs: Pair[] = [];
  // Most sentences hold no mark at all: one regex scan (of a slice, which V8 does not copy) tells.
  if (!QUOTE_MARK.test(s <= 0 && e >= text.length ? text : text.slice(s, e))) return pairs;
  const dbl: number[] = [],
    sgl: number[] = [],
    corner: number[] = [],
    wcorner: number[] = [];
  let straightD = -1,
    straightS = -1;
  for (let i = s; i < e; i++) {
    // By code unit: text[i] would make a string of every Hangul syllable.
    const c = text.charCodeAt(i);
    if (c !== 0x22 && c !== 0x27 && c < 0x2018) continue; // below every mark but " and '
    switch (c) {
      case 0x201c:
        dbl.push(i);
        break; // “
      case 0x201d: {
        const o = dbl.pop();
        if (o !== undefined) pairs.push({ open: o, close: i });
        break;
      } // ”
      case 0x2018:
        sgl.push(i);
        break; // ‘
      case 0x2019: {
        // ’
        if (isLatinAt(text, i - 1) && isLatinAt(text, i + 1)) break; // apostrophe: wouldn’t, OpenAI’s
        if (sgl.length) {
          pairs.push({ open: sgl.pop()!, close: i });
        }
        break;
      }
      case 0x300c:
        corner.push(i);
        break; // 「
      case 0x300d: {
        const o = corner.pop();
        if (o !== undefined) pairs.push({ open: o, close: i });
        break;
      } // 」
      case 0x300e:
        wcorner.push(i);
        break; // 『
      case 0x300f: {
        const o = wcorner.pop();
        if (o !== undefined) pairs.push({ open: o, close: i });
        break;
      } // 』
      case 0x22: {
        // "
        if (straightD < 0) straightD = i;
        else {
          pairs.push({ open: straightD, close: i });
          straightD = -1;
        }
        break;
      }
      case 0x27: {
        // '
        if (straightS >= 0 && !isSpaceAt(text, i - 1) && !isLatinAt(text, i + 1)) {
          pairs.push({ open: straightS, close: i });
          straightS = -1;
        } else if (straightS < 0 && !isLatinAt(text, i - 1) && !isSpaceAt(text, i + 1)) {
          straightS = i;
        }
        break;
      }
    }
  }
  pairs.sort((a, b) => a.open - b.open);
  const top: Pair[] = [];
  let lastClose = -1;
  for (const p of pairs) {
    if (p.close - p.open < 2) continue;
    if (p.open < lastClose) continue; // nested or crossing
    top.push(p);
    lastClose = p.close;
  }
  return top;
}

/**
 * A double quotation mark that opens after the last pair of [s, e) and that nothing closes before e (a quotation
 * running on past its paragraph); -1 when none.
 */
function unclosedOpen(text: string, s: number, e: number, pairs: Pair[]): number {
  const from = pairs.length ? pairs[pairs.length - 1].close + 1 : s;
  for (let i = from; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201d) return -1;
    if (c === 0x201c || c === 0x22) {
      const rest = text.slice(i + 1, e);
      return /["”“]/.test(rest) ? -1 : i;
    }
  }
  return -1;
}

/** Whether a double quotation mark at i closes: ” does, “ does not, " does when it follows a word or a comma. */
function closesAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x201d) return true;
  if (c === 0x201c) return false;
  return i > 0 && !isWs(text.charCodeAt(i - 1));
}

/**
 * Where a quotation opened in sentence si and not closed there ends: `close` is the first closing mark in the
 * sentences after it in its paragraph, or in the next paragraph when the first mark there closes (Korean news closes
 * a quotation of two paragraphs only at its end: “…¶…”이라고 말했다), -1 when none does; `last` is the sentence
 * that mark is in, else the last of the paragraph. An opening mark first ends the search (the paragraph's end then).
 */
function runOnEnd(text: string, sentences: RawSentence[], si: number): { close: number; last: number } {
  const firstMark = (j: number) => {
    for (let i = sentences[j].start; i < sentences[j].end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c || c === 0x201d || c === 0x22) return i;
    }
    return -1;
  };
  let last = si;
  let crossed = false;
  for (let j = si + 1; j < sentences.length; j++) {
    if (opensParagraph(text, sentences, j)) {
      if (crossed) break;
      crossed = true;
    }
    const m = firstMark(j);
    if (m >= 0) return closesAt(text, m) ? { close: m, last: j } : { close: -1, last };
    if (!crossed) last = j;
  }
  return { close: -1, last };
}

// ---------------------------------------------------------------- Korean

const KO_VERB =
  '(?:말|밝|했|하였|하셨|하셔|하시|하십|하신|해서|해요|한다|합니다|강조|언급|평가|제안|지적|호평|혹평|예상|예측|주장|설명|덧붙|전했|전한|전하|답|물었|묻|반문|비판|촉구|경고|우려|전망|분석|토로|당부|발언|적었|썼|주문|요구|역설|단언|약속|다짐|선언|공언|반박|해명|부연|회고|털어놓|털어놨|보도|보탰|꼬집|일축|자평|자신했|진단|말씀|설파|소개|시사|질타|칭찬|격려|반겼|환영|기대|확신|이야기|인정(?!받)|시인|자인|호소|항변|고백|귀띔)';
const KO_QUOTATIVE = new RegExp(
  '^\\s*(?:' +
    '(?:이)?라(?:며|면서)' +
    '|(?:이)?라고\\s*(?:[^\\s.]{1,10}\\s+){0,2}' +
    KO_VERB +
    '|(?:이)?라는\\s*(?:말|발언|입장|메시지|주장|설명|글|취지|답변|반응|언급|경고|지적|전망|평가를?\\s*(?:했|내놨|내렸))' +
    // "“…”고 말했다", "“…”고 한지원 미래로투자증권 연구원은 설명했다": the speaker may stand between.
    '|고\\s*(?:[^\\s.]{1,10}\\s+){0,4}' +
    KO_VERB +
    '|며\\s*[,，“"‘\']|며\\s|면서' +
    '|는\\s*식(?:의|으로)?\\s*.{0,30}?(?:발언|말|주장|글|메시지|입장|언급)' +
    '|는\\s*(?:말|발언|글|메시지|주장|입장을\\s*밝)' +
    ')',
);
const RE_KO_VERB_START = new RegExp('^' + KO_VERB);
/** A sentence that announces the quotation after it: "…은 다음과 같이 말했다", "…은 이렇게 밝혔다:". */
const RE_KO_ANNOUNCES = new RegExp(
  '(다음과\\s*같이|아래와\\s*같이|이렇게|이같이)\\s+' + KO_VERB + '[가-힣]*[.:]?\\s*$',
);
/** A sentence ending in a quotation and a connective that goes on to the next one: "…”이라며", "…”라면서", "…”고 강조하며". */
const RE_KO_CHAINED = /[”"」』]\s*(?:(?:이)?라(?:며|면서)|고\s+[가-힣]*(?:하|말하|밝히|강조하|덧붙이)(?:며|면서))\s*$/;
/** A sentence that tells who said the quotation before it: "한 관계자는 … 이같이 말했다". */
const RE_KO_TELLS = new RegExp('(?:이같이|이렇게|그렇게)\\s+(?:[가-힣]+\\s+)?' + KO_VERB);
/**
 * A Korean sentence's end: a statement's, a question's, a noun clause's (것, 음), and a request's in the formal style
 * (`-십시오`, `-시오`: "바로 전화 주십시오", "확인하시오", as a speaker asks a hall of people).
 */
const KO_FULL_CLAUSE = /(?:다|요|죠|까|것|음|니다|겠다|시오)[.!?]?\s*$/;

const KO_STOP = new Set(koWords.stopwords.speaker);
const PRONOUNS_KO = new Set(['그', '그녀', '그들', '이들']);
const BAD_STEMS = new Set([
  '이',
  '그것',
  '이것',
  '저것',
  '이번',
  '이날',
  '오늘',
  '현재',
  '당시',
  '최근',
  '자신',
  '이에',
  '이후',
  '앞서',
  '한편',
  '또',
  '결과',
  '문제',
  '목표',
  '핵심',
  '이유',
  '배경',
  '차이',
]);
const TOPIC_VERBISH =
  /(?:하|되|있|없|다|나|지|보|치|내|르|우|드|겠|았|었|였|했|됐|같|많|좋|높|낮|작|넓|받|맡|먹|찾|읽|얻|남|깊|짧|려|라|기|려는|이라|하려|하겠)$/;
const SUBJ_NOUN_BLACKLIST =
  /(?:국가|평가|작가|대가|주가|증가|추가|참가|원가|물가|단가|가격|같이|많이|높이|깊이|길이|차이|사이|아이|놀이|나이|자신|문제|경우)$/;
const NON_NOMINAL_END =
  /(?:에서|에게|에는|에도|으로|에|을|를|와|과|도|까지|부터|처럼|보다|며|면서|하고|해|했|된|한|할|던|는|은|히|게|고|서|면|지만|는데|이며|이고)$/;

const SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용';
const TITLE =
  /^(?:장관|차관|교수|대표|회장|부회장|의원|사장|부사장|위원장|위원|대통령|총리|박사|변호사|원장|소장|센터장|연구원|이사|상무|전무|전문가|팀장|본부장|국장|실장|청장|지사|시장|의장|CEO|CTO|CFO|씨|기자|애널리스트|연구위원|고문|총재|부총리|비서관|대변인)/;

interface Word {
  w: string;
  start: number;
  end: number;
}

function words(text: string, s: number, e: number): Word[] {
  const out: Word[] = [];
  let i = s;
  while (i < e) {
    while (i < e && isWs(text.charCodeAt(i))) i++;
    const a = i;
    while (i < e && !isWs(text.charCodeAt(i))) i++;
    if (i > a) out.push({ w: text.slice(a, i), start: a, end: i });
  }
  return withoutAsides(text, out);
}

/**
 * A bracketed aside of several words glued to a word is one word with it: "김순자 의원(국민의힘, 가선거구)은", "박민
 * 의원(더불어민주당·서울 강남갑)이" — the party and district a Korean paper writes after a member's title — so the
 * particle after the bracket marks the phrase as it does after "최고경영자(CEO)는". (Up to five words and 60
 * characters inside, no quotation marks.)
 */
function withoutAsides(text: string, ws: Word[]): Word[] {
  const out: Word[] = [];
  for (let k = 0; k < ws.length; k++) {
    const open = ws[k].w.indexOf('(');
    if (open < 1 || !/[가-힣A-Za-z]/.test(ws[k].w[open - 1])) {
      out.push(ws[k]);
      continue;
    }
    let j = k;
    while (j < ws.length && j - k <= 5 && !ws[j].w.includes(')', j === k ? open : 0)) j++;
    const close = j < ws.length ? text.indexOf(')', j === k ? ws[k].start + open : ws[j].start) : -1;
    const inside = close > 0 ? text.slice(ws[k].start + open + 1, close) : '';
    if (close < 0 || close >= ws[j].end || inside.length > 60 || /[“”"‘’'()]/.test(inside)) {
      out.push(ws[k]);
      continue;
    }
    out.push({ w: text.slice(ws[k].start, ws[j].end), start: ws[k].start, end: ws[j].end });
    k = j;
  }
  return out;
}

/** The noun phrase marked as topic/subject by a word like "CEO는", "관계자는", "트럼프가". */
function topicStem(w: string, allowSubject: boolean): string | undefined {
  const clean = w.replace(/[,，.:;]+$/, '');
  if (clean.length < 2 || (clean !== w && !/^[^,]*$/.test(clean))) return undefined;
  const last = clean[clean.length - 1];
  let stem: string | undefined;
  if (last === '은' || last === '는') stem = clean.slice(0, -1);
  else if (last === '도') {
    // "오세린 상무님도 “…”라고 하셨어요": 도 marks a subject that says so too, when it is a title or a Korean name, maybe
    // with an honorific 님 (경기도, 정도, 엘리손도 are words of their own)
    const bare = clean.slice(0, -1).replace(/님$/, '');
    if (koIsTitle(bare) || isKoreanName(bare)) stem = clean.slice(0, -1);
  } else if (allowSubject && (last === '이' || last === '가')) {
    if (SUBJ_NOUN_BLACKLIST.test(clean)) return undefined;
    stem = clean.slice(0, -1);
  }
  if (!stem || !/[\p{L}\p{N})]$/u.test(stem)) return undefined;
  if (/[“”"‘’']/.test(stem)) return undefined;
  if (BAD_STEMS.has(stem)) return undefined;
  if (TOPIC_VERBISH.test(stem) && !PRONOUNS_KO.has(stem)) return undefined;
  // A number is no speaker ("2025년은", "3분기는"), but a numbered title is one ("박정훈 과기정통부 2차관은").
  if (/^\d/.test(stem) && !koIsTitle(stem)) return undefined;
  return stem;
}

function isNominal(w: string): boolean {
  if (KO_STOP.has(w)) return false;
  if (/[,，“”"‘’'.:;…]/.test(w) || /[[\]【】]/.test(w)) return false; // ("[속보]": a bracketed tag)
  if (/^\d/.test(w)) return false;
  if (/[가-힣]$/.test(w) && NON_NOMINAL_END.test(w)) return false;
  if (/^[가-힣]$/.test(w)) return false; // 선, 한, 온: adnominal verbs
  return /[\p{L}]/u.test(w);
}

/** Speaker phrase ending at the topic word `ws[ti]` (its particle cut off). */
function phraseAt(ws: Word[], ti: number, stem: string): SpeakerRef {
  let start = ws[ti].start;
  const end = ws[ti].start + stem.length;
  let n = 1;
  for (let j = ti - 1; j >= 0 && n < 6; j--, n++) {
    const w = ws[j].w;
    const next = j + 1 === ti ? stem : ws[j + 1].w;
    const surname = /^[가-힣]$/.test(w) && SURNAMES.includes(w) && (TITLE.test(next) || koIsTitle(next));
    // A known name of two words ending in one syllable: "젠슨 황 엔비디아 CEO는".
    if (!surname && j > 0 && /^[가-힣]$/.test(w) && isPersonName(ws[j - 1].w + ' ' + w)) {
      start = ws[--j].start;
      n++;
      continue;
    }
    // A Korean name before its organisation or title, whatever syllable it ends in ("이준서 한빛투자증권 연구원은").
    const name = isKoreanName(w) && !/[에을를의]$/.test(w);
    // A foreign given name of one syllable before a transliterated family name ("톰 래드퍼드", "잭 모리슨"), where a
    // name may start: first, or after an organisation ("메사빌드의 톰 래드퍼드"), not after an adverb ("나란히 선 올트먼").
    const given =
      j + 1 < ti &&
      /^[가-힣]$/.test(w) &&
      !KO_PRENOUN.has(w) &&
      foreignSurname(ws[j + 1].w) &&
      (j === 0 || /(?:의|[,·])$/.test(ws[j - 1].w) || koIsOrg(ws[j - 1].w));
    // A given name of several syllables that ends like a particle (리카르도 페레스: …도) before a transliterated family name.
    const givenLong = j + 1 < ti && givenEndingLikeAWord(w, ws[j + 1].w);
    // A Japanese family name written first that ends like the particle 와 ("후지사와 아키코 마루노우치증권 애널리스트는"),
    // where the given name after it has an organisation or a title after it in turn.
    const familyWa =
      j + 2 <= ti &&
      familyFirstEndingInWa(w, ws[j + 1].w) &&
      (() => {
        const after = j + 2 === ti ? stem : ws[j + 2].w;
        return koIsTitle(after) || koIsOrg(after) || TITLE.test(after);
      })();
    // A family name of one syllable after its given name ("나오미 펠 레저라인 전략가"): the two words are the name.
    if (
      !surname &&
      j > 0 &&
      j < ti &&
      oneSyllableFamily(w) &&
      givenBeforeOneSyllable(ws[j - 1].w) &&
      (j === 1 || /(?:의|[,·])$/.test(ws[j - 2].w) || koIsOrg(ws[j - 2].w))
    ) {
      start = ws[--j].start;
      n++;
      continue;
    }
    // A transliterated family name ending like the particle 도 ("엘리손도 톨리만 CEO는", "알바라도 바히아에너지 CEO는").
    const familyDo = familyEndingInDo(w, next);
    // A province before a title or an organisation of its government ("변성민 충북도 경제통상국장은"): a word of the
    // phrase, not a subject marked with 도.
    const province = j < ti && koProvince(w) && (koIsTitle(next) || TITLE.test(next) || koIsOrg(next));
    if (!surname && !name && !given && !givenLong && !familyWa && !familyDo && !province && !isNominal(w)) break;
    // An adnominal verb after its object ("반대표를 던진 레이 팁스 위원은", "계획을 맡은 …") is no name.
    if (j > 0 && !name && KO_OBJECT.test(ws[j - 1].w) && koAdnominal(w)) break;
    start = ws[j].start;
  }
  return { text: '', start, end };
}

/** A Korean word ending in the object particle. */
const KO_OBJECT = /[가-힣][을를]$/;
/** A word in a verb's adnominal form: its last syllable ends in ㄴ or ㄹ (던진, 맡은, 이끌), or it ends in 던 or 는. */
function koAdnominal(w: string): boolean {
  const c = w.charCodeAt(w.length - 1) - 0xac00;
  if (c < 0 || c > 11171) return false;
  return c % 28 === 4 || c % 28 === 8 || /(?:던|는)$/.test(w);
}

/** One-syllable Korean words that stand before a noun or a name (전 장관, 현 대표, 故, 새, 각): no given name. */
const KO_PRENOUN = new Set(
  '전 현 고 신 구 총 각 약 및 등 한 새 그 이 저 첫 옛 본 동 당 양 두 세 네 몇 온 큰 또 더 곧 잘 못 안 즉 단 겸 대 중 측 후 앞 뒤 비 부 차 주 정 수 와 과 곳 때'.split(
    ' ',
  ),
);
/** A family name in Hangul that is a transliteration ("래드퍼드", "모리슨"), not a Korean name or a word with a particle. */
function foreignSurname(w: string): boolean {
  return /^[가-힣]{2,6}$/.test(w) && !isKoreanName(w) && (TRANSLITERATED.test(w) || loanwordShaped(w));
}

/**
 * Korean personal names a speaker phrase holds ("김경만 과기정통부 인공지능정책관" → 김경만): three-syllable words
 * that start with a surname, particles cut off. Names the lexicon does not know can still be told apart.
 */
export function koreanNames(phrase: string): string[] {
  const out: string[] = [];
  for (const w of phrase.split(/[\s,·]+/)) {
    const m = /^([가-힣]{3})(?:은|는|이|가|의|도)?$/.exec(w);
    if (m && SURNAMES.includes(m[1][0]) && !TITLE.test(m[1].slice(1)) && !TITLE.test(m[1])) out.push(m[1]);
  }
  return out;
}

/** The whole phrase is a person's name in the lexicon. */
function isPersonName(phrase: string): boolean {
  return findTerms(phrase, 'ko').some(
    (h) => h.start === 0 && h.end === phrase.length && concept(h.id)?.type === 'person',
  );
}

function withText(text: string, r: SpeakerRef): SpeakerRef {
  return { text: text.slice(r.start, r.end), start: r.start, end: r.end };
}

/** A sentence that ends saying what comes is as follows: "…이렇습니다.", "…이랬다:", "…다음과 같다.", "…아래와 같습니다". */
const RE_KO_AS_FOLLOWS = /(?:이렇|이랬|다음과\s*같|아래와\s*같)[가-힣]*[.:]?\s*$/;
/** A noun of someone's words, a particle after it: "말이", "발언은", "답변을", "설명도". */
const RE_KO_WORDS_NOUN = /^(?:말|말씀|발언|답변|대답|설명|이야기|얘기|소감|메시지|당부)(?:이|은|을|는|도)?$/;
/**
 * Whose words a Korean sentence says are as follows, the quotation standing alone after it ("기사에 권태식 대표 말이
 * 실렸는데 그대로 옮기면 이렇습니다.¶“…”", "김 시장의 답변은 다음과 같다."): the person named right before the noun of
 * words (their 의 may join them), when that phrase is a person's.
 */
function koWordsAsFollows(text: string, sent: { start: number; end: number }): SpeakerRef | undefined {
  const t = text.slice(sent.start, sent.end);
  if (!RE_KO_AS_FOLLOWS.test(t) || /[“”"「」]/.test(t)) return undefined;
  const ws = words(text, sent.start, sent.end);
  for (let k = 1; k < ws.length; k++) {
    if (!RE_KO_WORDS_NOUN.test(ws[k].w)) continue;
    const stem = ws[k - 1].w.replace(/의$/, '');
    if (!stem || /[^가-힣A-Za-z0-9·]/.test(stem)) return undefined;
    const ref = withText(text, phraseAt(ws, k - 1, stem));
    return parsePerson(ref.text)?.name ? ref : undefined;
  }
  return undefined;
}

/** What a record's label names the words after who said them ("정 대표 발언:", "서경민 전무 보충:", "답변:"). */
const RE_KO_LABEL_SPEECH = /^(?:발언|보충|보충발언|답변|말씀|설명|언급|소감|인사말|당부|요지|의견|코멘트)$/;
/** The words before a colon that open a Korean record's item: who speaks, and maybe what the words are. */
const RE_KO_ITEM_LABEL = /^([가-힣][가-힣A-Za-z0-9·]*(?:[ \t]+[가-힣A-Za-z0-9·]+){0,4})[ \t]*[:：]/;

/** Korean: the topic/subject before `at` within [from, at). */
const RE_KO_REPORTED_CLAUSE = /[가-힣](?:이)?(?:라|다|냐|자)고\s+(?:했|하|말했|밝혔)[가-힣]*[,，]?\s/;
/** A topic's stem that ends in a case of place or time ("영동에서", "회의에서", "3일에"): an adverbial, not who speaks. */
const RE_KO_ADVERBIAL_TOPIC = /[가-힣](?:에서|에)$/;
/**
 * The last word from `from` on marked as the subject (이/가) whose phrase is a person (a name, or a title alone) or an
 * organisation by its name ("한빛전기가"): who speaks.
 */
function koPersonSubjectAfter(text: string, ws: Word[], from: number): SpeakerRef | undefined {
  for (let j = ws.length - 1; j >= from; j--) {
    const stem = topicStem(ws[j].w, true);
    // (a plural, "주민들이", "직원들이", is a group, whatever name its shape may look like)
    if (!stem || PRONOUNS_KO.has(stem) || /들$/.test(stem) || !/[이가]$/.test(ws[j].w.replace(/[,，]+$/, ''))) continue;
    const ref = withText(text, phraseAt(ws.slice(from), j - from, stem));
    if (parsePerson(ref.text)?.name || koIsTitle(stem.replace(/님$/, '')) || koNamedOrg(stem)) return ref;
  }
  return undefined;
}
function koTopicBefore(text: string, from: number, at: number): { ref: SpeakerRef; pronoun: boolean } | undefined {
  const ws = words(text, from, at);
  for (const allowSubject of [false, true]) {
    for (let k = ws.length - 1; k >= 0; k--) {
      const stem = topicStem(ws[k].w, allowSubject);
      if (!stem) continue;
      // A thing as the topic of a clause itself reported before the quotation ("오세린 상무님도 나왔는데, 상생기금은 연
      // 30억 원씩 20년이라고 했고 “…”라고 하셨어요") is what was said about, not who says: the speaker is further back.
      if (
        RE_KO_REPORTED_CLAUSE.test(text.slice(ws[k].end, at)) &&
        !PRONOUNS_KO.has(stem) &&
        !koIsTitle(stem.replace(/님$/, '')) &&
        !parsePerson(withText(text, phraseAt(ws, k, stem)).text)?.name
      )
        continue;
      if (PRONOUNS_KO.has(stem))
        return { ref: withText(text, { text: '', start: ws[k].start, end: ws[k].start + stem.length }), pronoun: true };
      // A place or an occasion as the topic ("영동에서는 여민석 공장장이 “…”라고 했다", "회의에서는 …"): where the words were
      // said; a subject after it that is a person (a name, or a title) is who says them.
      if (!allowSubject && RE_KO_ADVERBIAL_TOPIC.test(stem)) {
        const who = koPersonSubjectAfter(text, ws, k + 1);
        if (who) return { ref: who, pronoun: false };
      }
      return { ref: withText(text, phraseAt(ws, k, stem)), pronoun: false };
    }
  }
  return undefined;
}

/**
 * A Korean quotation named as someone's answer or words by the noun right before it, with no verb of saying: "박정훈
 * 부장님 답변 그대로 옮기면 “…”였어요", "최민재 상무의 말을 빌리면 “…”는 것이다", "…의 설명은 “…”였다", a post's "CFO 말
 * 그대로: “…”", "노을선 대표의 말처럼 “…”면" (as the words go: 말처럼, 말대로, 말마따나). The person is the phrase before the noun (의 and an honorific 님 cut off), when it holds a name or is a
 * title alone (the poster quotes their CFO: the words are the CFO's, whoever that is, not the poster's); a thing's 설명
 * names no one.
 */
const RE_KO_SPEECH_NOUN = /^(?:답변|대답|말|말씀|발언|설명|얘기|이야기)(?:은|는|을|를|이|으로|도|처럼|대로|마따나)?$/;
/** Words a writer puts between that noun and the quotation: "그대로 옮기면", "빌리자면", "요약하면". */
const RE_KO_SPEECH_LEAD_FILLER =
  /^(?:그대로|다시|그|옮기면|옮기자면|빌리면|빌리자면|인용하면|인용하자면|요약하면|요약하자면|정리하면|정리하자면|하자면|따르면|의하면)[,，]?$/;
function koSpeechNounLead(text: string, from: number, at: number): SpeakerRef | undefined {
  const ws = words(text, from, at);
  let k = ws.length - 1;
  // (a colon may close the lead, "말 그대로:", as a post sets the words on after it)
  const w = (i: number) => (i === ws.length - 1 ? ws[i].w.replace(/[:：]$/, '') : ws[i].w);
  for (let n = 0; n < 3 && k >= 0 && RE_KO_SPEECH_LEAD_FILLER.test(w(k)); n++) k--;
  if (k < 1 || !RE_KO_SPEECH_NOUN.test(w(k))) return undefined;
  const owner = ws[k - 1].w.replace(/의$/, '').replace(/님$/, '');
  if (owner.length < 1 || !/[가-힣A-Za-z]$/.test(owner)) return undefined;
  const ref = withText(text, phraseAt(ws, k - 1, owner));
  if (parsePerson(ref.text)?.name) return ref;
  // A title alone ("CFO", "시장님"): only with the colon or filler that sets the words apart, not a sentence's topic.
  const title = /[가-힣]/.test(owner) ? koIsTitle(owner) : isTitleToken(owner);
  return title && k < ws.length - 1 ? ref : undefined;
}

/**
 * The verb of saying a Korean quotation set apart as a paragraph of its own goes on to, opening the paragraph after it
 * ("라고 했고, …", "라고 했답니다", "고 덧붙였다"): no sentence opens so, the reader split one sentence around the words.
 */
export const RE_KO_SPLIT_VERB = new RegExp('^\\s*(?:(?:이)?라고|고)\\s*(?:[^\\s.]{1,10}\\s+){0,2}' + KO_VERB);
/** A word that may stand between a speaker phrase and the quotation: a noun, a number, a place or an occasion's case. */
const RE_KO_LEAD_ADVERBIAL = /(?:에서|에게|께|으로|로|에)$/;
/**
 * The speaker phrase a Korean sentence split before a quotation ends on, the words of a clause that goes on in the
 * quotation and the verb under it ("요천써멀 변재윤 설계팀장은", "…라고 했고, 남원시의회 류정애 의원은 본회의 5분
 * 발언에서"): a topic or subject near its end, only nouns and an occasion after it, no sentence's end; a phrase holding a
 * name or a title.
 */
export function koSpeakerEndingSentence(text: string, sent: { start: number; end: number }): SpeakerRef | undefined {
  const t = text.slice(sent.start, sent.end).trimEnd();
  if (!t || KO_FULL_CLAUSE.test(t) || /[.!?。…“”"「」:：]$/.test(t)) return undefined;
  const ws = words(text, sent.start, sent.end);
  for (let k = ws.length - 1; k >= 0 && k >= ws.length - 5; k--) {
    const w = ws[k].w;
    const stem = topicStem(w, true);
    if (stem) {
      if (PRONOUNS_KO.has(stem)) return undefined;
      const ref = withText(text, phraseAt(ws, k, stem));
      return parsePerson(ref.text)?.name || koIsTitle(stem.replace(/님$/, '')) ? ref : undefined;
    }
    if (!isNominal(w) && !/^\d/.test(w) && !(/^[가-힣]{2,}$/.test(w) && RE_KO_LEAD_ADVERBIAL.test(w))) return undefined;
  }
  return undefined;
}

/** Korean sentence subject: a topic phrase among the first words of a sentence. */
function koSentenceSubject(text: string, s: number, e: number): SpeakerRef | undefined {
  const ws = words(text, s, Math.min(e, s + 120));
  let skipped = 0;
  for (let k = 0; k < ws.length && k < 8; k++) {
    const w = ws[k].w;
    const stem = topicStem(w, true);
    if (stem) {
      if (PRONOUNS_KO.has(stem)) return undefined;
      // (a place or an occasion opening the sentence, "간담회에서는 김도윤 과장이 이같이 말했다": the person after it)
      const who = RE_KO_ADVERBIAL_TOPIC.test(stem) && koPersonSubjectAfter(text, ws.slice(0, k + 8), k + 1);
      return who || withText(text, phraseAt(ws, k, stem));
    }
    if (KO_STOP.has(w.replace(/[,，]$/, '')) || /^\d/.test(w)) {
      skipped++;
      if (skipped > 3) return undefined;
      continue;
    }
    if (!isNominal(w) && !/의$/.test(w)) return undefined;
  }
  return undefined;
}

/**
 * The subject of a Korean sentence that says whose words come before or after it (`… 이렇게 설명했습니다`, `… 이같이
 * 말했다`): its opening subject (koSentenceSubject), or else the person a relative clause opening the sentence leads up
 * to (`지난 4월부터 현지에 머물고 있는 한지우 현장소장은 이렇게 설명했다`): the words after a verb in its adnominal form,
 * a phrase marked as the topic that holds a Korean name or is a title.
 */
function koTellerSubject(text: string, s: number, e: number): SpeakerRef | undefined {
  const first = koSentenceSubject(text, s, e);
  if (first) return first;
  const ws = words(text, s, Math.min(e, s + 160));
  // (the first word marked as the topic, within the sentence's first twelve words, no quotation before it)
  for (let j = 1; j < ws.length && j < 12; j++) {
    if (/[“”"‘’']/.test(ws[j].w)) return undefined;
    const stem = topicStem(ws[j].w, false);
    if (!stem) continue;
    if (PRONOUNS_KO.has(stem)) return undefined;
    const ref = withText(text, phraseAt(ws, j, stem));
    // (the word right before the phrase: the relative clause's verb, `있는`, `맡은`, `이끄는`)
    const before = ws.filter((x) => x.start < ref.start).pop();
    if (!before || !koAdnominal(before.w) || isKoreanName(before.w)) return undefined;
    return ref.text.split(/\s+/).some((x) => isKoreanName(x)) || koIsTitle(stem) ? ref : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------- English

/** Verbs of saying (domain/en.json `speech.verbs`, in order), then those that take more words. */
// (told whom: a name, or an outlet in a Markdown source's emphasis, "told *The Grid Ledger*")
const EN_VERB = `(?:(?:${alternation(enWords.speech.verbs)})(?:\\s+that)?|told\\s+[*_]{0,2}(?:[A-Z][\\w.]*\\s*){1,3}|told\\s+\\w+)`;
// A name word may hold letters with diacritics (Muñoz, Treviño, Sánchez, Łukasz): Latin-1 and Latin Extended-A/B; an
// Arabic family name may open with its article in lower case (al-Harthy, el-Sayed).
const NAME_WORD = "(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z\\u00C0-\\u00DE\\u0100-\\u024F][\\w\\u00C0-\\u024F.'’&-]*";
const NAME = `(?:${NAME_WORD})(?:\\s+(?:${NAME_WORD}|of|de|van|von|bin))*`;
const RE_EN_VERB_ONLY = new RegExp(`^${EN_VERB}$`);
const EN_FN = new Set([
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'A',
  'An',
  'In',
  'On',
  'At',
  'But',
  'And',
  'Yet',
  'So',
  'As',
  'For',
  'When',
  'While',
  'If',
  'Calling',
  'Describing',
  'Saying',
]);
const EN_PRONOUN = /^(?:he|she|they|we|i|you)$/i;
/**
 * The words between a speaker and the verb of saying: an auxiliary and an adverb, one or both ("has said", "also said",
 * "has also said", "had previously said"), after the speaker's own pronoun that stresses who ("Wend himself conceded
 * that", "she herself said").
 */
const EN_AUX = `(?:(?:himself|herself|themselves)\\s+)?(?:(?:also|later|then|once|has|had|have|previously)\\s+){0,2}`;
const RE_EN_BEFORE = new RegExp(`(?:^|[\\s,;(])(${NAME}|he|she|they|we|I)\\s+${EN_AUX}${EN_VERB}\\s*[,:]?\\s*$`);
// "Oracle said in a statement: “…”", "Lopez told reporters on Monday, “…”": where or how, then a comma or colon.
const RE_EN_BEFORE_WHERE = new RegExp(
  `(?:^|[\\s,;(])(${NAME}|he|she|they|we|I)\\s+${EN_AUX}${EN_VERB}\\s+(?:in|on|at|during|after|before|via|through|to|from)\\s+[^"“”,:;.]{1,40}[,:]\\s*$`,
);
// "Forthline's Callum Reid warned the committee: “…”", "Obi assured investors: “…”": the verb's object, a few words, then
// the colon that opens the speech (a colon only: "X warned the committee, …" is not so plain).
const RE_EN_BEFORE_OBJECT = new RegExp(
  `(?:^|[\\s,;(])(${NAME}|he|she|they|we|I)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${alternation(enWords.speech.verbs)}|told)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|his\\s+|her\\s+|their\\s+)?(?:[\\w\u00C0-\u024F'’-]+\\s+){0,2}[\\w\u00C0-\u024F'’-]+\\s*:\\s*$`,
);
// "The release quotes her again today: “…”", "The statement quoted Mayor Ana Ruiz as saying, “…”": the words are the
// object's, whom a text or a writer quotes (a pronoun, him, her or them, stands for the person named before, as he,
// she or they does), never the subject's.
const RE_EN_QUOTES_OBJECT = new RegExp(
  `(?:^|[\\s,;(])(?:quotes|quoted|quoting|cites|cited|citing)\\s+(${NAME}|him|her|them)(?:\\s+as\\s+saying)?(?:\\s+(?:again|also|today|yesterday|directly|verbatim|at\\s+length)){0,2}\\s*[,:]?\\s*$`,
);
/** An object pronoun standing for a speaker (RE_EN_QUOTES_OBJECT). */
const EN_OBJECT_PRONOUN = /^(?:him|her|them)$/;
// "High Plains Renewables president Leon Drummond was more cautious: “…”", "Okafor was blunter: “…”": the subject's
// stance, then the colon that opens the speech (domain/en.json speech.stances).
const RE_EN_BEFORE_STANCE = new RegExp(
  `(?:^|[\\s,;(])(${NAME}|he|she|they)\\s+(?:was|is|were|are|sounded|seemed)\\s+(?:(?:more|less|even|far|much|rather|also|just\\s+as|as)\\s+)*(?:${alternation(enWords.speech.stances)})\\s*:\\s*$`,
);
// "Mayor Luc Dethier called the project a way of “…”": what the subject calls it, a noun and its complement ("a way of",
// "the start of", "a recipe for") before the quoted words.
const RE_EN_CALLED = new RegExp(
  `(?:^|[\\s,;(])(${NAME}|he|she|they|we|I)\\s+(?:also\\s+)?(?:called|calls|described|describes|dubbed|termed|labeled|labelled|hailed)\\s+(?:it|this|that|them|him|her|the\\s+\\w+(?:\\s+\\w+)?)\\s+(?:as\\s+)?(?:(?:a|an|the)\\s+\\w+(?:\\s+\\w+)?\\s+(?:of|for|to)\\s+|a\\s+|an\\s+|the\\s+)?$`,
);
// "Muñoz said Chile would be “…”", "He said the deal was “…”": a partial quotation closing the speaker's reported
// clause (a few words, no punctuation between the verb and the quotation marks). A name or a title in quotation marks
// there ("said the so-called “Stargate” project") is no speech: the quotation must be a few words long.
const REPORTED_MIN_WORDS = 4;
const RE_EN_REPORTED = new RegExp(
  `(?:^|[\\s,;(])(${NAME}|he|she|they|we|I)\\s+${EN_AUX}(?:said|says|told\\s+\\w+|added|argued|warned|predicted|promised|vowed|insisted|claimed|noted|stressed)\\s+(?:that\\s+)?(?:[\\w\u00C0-\u024F'’-]+\\s+){1,8}$`,
);
/**
 * "PORT WASHINGTON, Wis. — ", "ABU DHABI, May 22 (Gulf Markets Wire) - ": a place in capitals, then a dash (or the
 * dash alone, when the sentence split fell after "Wis.").
 */
const RE_DATELINE_OPENING = /^(?:[A-Z][A-Z.'’ -]{2,40}(?:,[^—–\n]{1,40})?\s+)?[—–-]{1,2}\s+/;
/** A name of two to six capitalized words (a person's, when parsePerson says so). */
const RE_FULL_NAME = new RegExp(`(?:^|[\\s,;(])(${NAME_WORD}(?:\\s+${NAME_WORD}){1,5})(?=[\\s,;:)])`, 'g');
/** The same, a name that may end its sentence ("… chaired by Amara Diallo."): trimName drops the stop. */
const RE_FULL_NAME_OR_END = new RegExp(`(?:^|[\\s,;(])(${NAME_WORD}(?:\\s+${NAME_WORD}){1,5})(?=[\\s,;:)]|$)`, 'g');
const RE_EN_ACCORDING = new RegExp(`[Aa]ccording\\s+to\\s+(${NAME})\\s*[,:]?\\s*$`);
// "According to treasurer Gavin Ostrowski, “…”", "As treasurer Gavin Ostrowski put it, “…”": a title in lower case may
// stand before the name (titledLead checks that every lower-case word is one).
const RE_EN_ACCORDING_TITLED = new RegExp(`[Aa]ccording\\s+to\\s+((?:[a-z][a-z-]*\\s+){1,4}${NAME})\\s*[,:]?\\s*$`);
// "According to analyst Priya Nair of Boreal Capital, the project “will test …”": a sentence that opens on whom it is
// according to quotes them in its own clause, a few words on (the sentence's start: no other speaker between).
const RE_EN_ACCORDING_OPENING = new RegExp(
  `^\\s*(?:(?:[A-Z][A-Z.'’ -]{2,40}(?:,[^—–\\n]{1,40})?\\s+)?[—–-]{1,2}\\s+)?[Aa]ccording\\s+to\\s+((?:[a-z][a-z-]*\\s+){0,4}${NAME})(?:\\s+(?:of|at|from|with)\\s+(?:the\\s+)?(?:[A-Z][\\w&.'’-]*\\s*){1,4})?,\\s+(?:[\\w'’-]+,?\\s+){0,12}$`,
);
/** RE_EN_ACCORDING_OPENING's match with its name cut before an organisation it is of ("Priya Nair of Boreal Capital"). */
function accordingOpening(before: string): RegExpExecArray | null {
  const m = RE_EN_ACCORDING_OPENING.exec(before);
  if (!m) return null;
  m[1] = m[1].replace(/\s+(?:of|at|from|with)\s+.*$/, '');
  // (a person's name is left: "According to data from the Ministry of Energy" quotes no one)
  return /(?:^|\s)[A-Z][\w'’.-]*$/.test(m[1]) ? m : null;
}
// (an organisation's possessive may open the title, "As Qalzam Digital's chief executive Karim El-Sherbiny put it", and
// where it was put may follow, "as Deputy Pádraig Moylan put it in the Dáil,")
const AS_PUT_ORG = `(?:(?:[A-Z][\\w&.'’-]*\\s+){0,3}[A-Z][\\w&.-]*['’]s\\s+)?`;
const AS_PUT_WHERE = `(?:\\s+(?:in|at|on|to|during|before|from)\\s+[^"“”,:;.\\n]{1,40}?)?`;
const RE_EN_AS_PUT_IT = new RegExp(
  `(?:^|[\\s,;(])[Aa]s\\s+(${AS_PUT_ORG}(?:[a-z][a-z-]*\\s+){0,4}${NAME})\\s+(?:put|puts|has\\s+put|had\\s+put|phrased)\\s+it${AS_PUT_WHERE}\\s*[,:]?\\s*$`,
);
/**
 * "In the words of Mayor Ann Ruiz, “…”", "In the developer's own words to the High Court: “…”", "In his words: “…”": group
 * 1 the name after "the words of", group 2 the possessor before "words" (a person or a role), group 3 a pronoun's.
 */
const RE_EN_IN_WORDS = new RegExp(
  `(?:^|[\\s,;(—–-])[Ii]n\\s+(?:the\\s+words\\s+of\\s+(${NAME})(?:,[^"“”\\n]{1,80})?|(?:the\\s+|an?\\s+)?(?:([^"“”,:;.\\n]{1,60}?)['’]s?|(his|her|their))\\s+(?:own\\s+)?words(?:\\s+(?:to|at|in|before|on|during)\\s+[^"“”,:;.\\n]{1,50}?)?)\\s*[,:]\\s*$`,
);
/** A match of one of the above whose lower-case words before the name are all words of a job title. */
function titledLead(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  const lower = m[1].split(/\s+/).filter((w) => /^[a-z]/.test(w));
  return lower.every((w) => isTitleRunWord(w)) ? m : null;
}
// "“…,” the treasurer said": a role alone, no name (the judge compares it with the source's speaker as a role).
const RE_EN_AFTER_ROLE_ONLY = new RegExp(
  `^\\s*[,—–-]?\\s*(the\\s+(?:[a-z][\\w'’-]*\\s+){0,3}[a-z][a-z-]*)\\s+(?:also\\s+)?${EN_VERB}`,
);
/** The role in a RE_EN_AFTER_ROLE_ONLY match when its words are a job title's (an organisation's possessive too). */
function roleOnly(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  const ws = m[1].split(/\s+/).slice(1);
  return isTitleToken(ws[ws.length - 1]) && ws.every((w) => isTitleRunWord(w) || /['’]s$/.test(w)) ? m[1] : undefined;
}
// "The order is “the largest … in Germany,” according to Jonas Brenner, an analyst at …": the speaker after.
const RE_EN_AFTER_ACCORDING = new RegExp(`^\\s*[,—–-]?\\s*according\\s+to\\s+(${NAME})`);
// "“…,” as economy minister Claude Weyer put it": the same phrase after the quotation (its lower-case words before the
// name those of a title, titledLead), as newsletters and columns close a quoted line.
const RE_EN_AFTER_AS_PUT_IT = new RegExp(
  `^\\s*[,—–-]?\\s*as\\s+(${AS_PUT_ORG}(?:[a-z][a-z-]*\\s+){0,4}${NAME})\\s+(?:put|puts|has\\s+put|had\\s+put|phrased)\\s+it\\b`,
);
// A quotation signed after a dash, as in a blockquote: "“…” — Sam Altman", "“…” ― 샘 올트먼 오픈AI CEO".
const RE_DASH_SIGNED = /^\s*[—―–]{1,2}\s*([^\s,.;:!?“”"‘’']+(?:[ \t]+[^\s,.;:!?“”"‘’']+){0,4})\s*\.?\s*$/;
/**
 * The same signature on a line of its own under the quotation, as a wiki or a page sets a blockquote: the speaker with
 * a longer title ("— 나디아 벤키란 모로코 디지털전환·행정개혁 담당 장관"), and after a comma when and where it was said
 * ("— Sam Altman, at the White House, January 21, 2025", "…, 2026년 3월 18일 서명식에서"): the line is the signature.
 * (Only there: in a sentence, a dash and a comma after a quotation open a clause of the writer's.)
 */
const RE_LINE_SIGNED = /^\s*[—―–]{1,2}\s*([^\s,.;:!?“”"‘’']+(?:[ \t]+[^\s,.;:!?“”"‘’']+){0,6})\s*(?:,[^\n]*|\.?\s*)$/;
const RE_EN_AFTER_VS = new RegExp(`^\\s*[,—–-]?\\s*${EN_VERB}\\s+(${NAME}|he|she|they)`);
/** A verb of saying, a role, and a name between commas that ends the clause. */
const RE_EN_AFTER_VERB_ROLE = new RegExp(
  `^\\s*[,—–-]?\\s*${EN_VERB}\\s+((?:the\\s+|an?\\s+)?[^,;"“”‘’\\n]{2,70}),\\s+(${NAME})(?=\\s*(?:[.,;)]|$))`,
);
/** A verb of saying opening the words after a quotation ("“…,” said treasurer Laura Benning"). */
const RE_EN_AFTER_VERB = new RegExp(`^\\s*[,—–-]?\\s*${EN_VERB}\\s+`);
/** Compiled at first use: the title run's alternation is costly (see mayOpenWithTitle). */
let reAfterVerbTitled: RegExp | undefined;
/**
 * The speaker after a quotation and a verb of saying: "“…,” said Tom Reyes", or with a job title in lower case (and
 * an organisation) before the name, as press releases and wires put it: "“…,” said treasurer Laura Benning",
 * "“…,” said Oracle co-CEO Clay Magouyrk". The last group is the speaker phrase.
 */
export function afterVerbSpeaker(after: string): RegExpExecArray | null {
  // "said Silverpeak's chief financial officer, Priya Venkataraman.": the role, then the name between commas.
  const role = RE_EN_AFTER_VERB_ROLE.exec(after);
  if (roleApposName(role)) return role;
  const lead = RE_EN_AFTER_VERB.exec(after);
  if (lead && mayOpenWithTitle(after.slice(lead[0].length))) {
    reAfterVerbTitled ??= new RegExp(`^\\s*[,—–-]?\\s*${EN_VERB}\\s+(${SV_TITLED})`);
    const m = reAfterVerbTitled.exec(after);
    if (m) return m;
  }
  return RE_EN_AFTER_VS.exec(after);
}
// "Elena Varga, chief executive of Redrock Compute, said: “…”" and "“…,” Park Ji-hoon, the minister of science, said".
// An appositive may run on after commas in lower case ("Oman's minister of transport, communications and information
// technology"); a capitalized word after a comma opens another name (a list of people), not more of the role.
// (a piece after a comma goes on in lower case, or is a place's state or country before the next comma, right after a
// place the piece before names behind "in", "of", "at", "near": "whose plant in Gyeongju, Korea, is building …", "mayor
// of Abilene, Texas,": one or two words; not the next name of a list, "Ruth Adeyemi, a farmer, Paul Okoro, a teacher")
const APPOSITIVE =
  "[^,;\"“”‘’\\n]{2,90}(?:,\\s+(?:[a-z][^,;\"“”‘’\\n]{1,60}|(?<=\\b(?:in|of|at|near|outside|from)\\s+[A-Z][\\w\\u00C0-\\u024F.'’-]*(?:\\s[A-Z][\\w\\u00C0-\\u024F.'’-]*)?,\\s+)[A-Z][\\w\\u00C0-\\u024F.'’-]*(?:\\s[A-Z][\\w\\u00C0-\\u024F.'’-]*)?(?=,))){0,3}";
/**
 * "the Chief Executive Officer of LDI, Mr Ernesto Chiziane, said: “…”": where RE_EN_APPOS_BEFORE's name is an office (it
 * opens on a title word, "Chief Executive Officer of Tejo Digital") and the piece between its commas is a person's name
 * (a courtesy title may lead it), the
 * speaker is that person, the office their appositive, as RE_EN_ROLE_APPOS_AFTER reads the order after a quotation.
 * `rest`: the text after the office up to the quotation. The name's text and where it starts in `rest`.
 */
function officeThenName(office: string, rest: string): { text: string; at: number } | undefined {
  if (!isTitleToken(office.replace(/^(?:the|an?)\s+/i, '').split(/\s+/)[0])) return undefined;
  const m = /^,\s+([^,;"“”‘’\n]{2,60}),\s+(?:also\s+|later\s+|then\s+)?[a-z]+\s*[,:]?\s*$/.exec(rest);
  if (!m || !parsePerson(m[1])?.name) return undefined;
  return { text: m[1], at: m[0].indexOf(m[1], 1) };
}
const RE_EN_APPOS_BEFORE = new RegExp(
  `(?:^|[\\s;(])(${NAME}),\\s+${APPOSITIVE},\\s+(?:also\\s+|later\\s+|then\\s+)?${EN_VERB}\\s*[,:]?\\s*$`,
);
// "“…,” Silverpeak's head of site development, Marcus Oyelaran, told the commission": the role first, between commas,
// then the name (the role holds a job title or an organisation's possessive: taken for a person only then).
const RE_EN_ROLE_APPOS_AFTER = new RegExp(
  `^\\s*,?\\s*((?:the\\s+|an?\\s+)?[^,;"“”‘’\\n]{2,70}),\\s+(${NAME}),\\s+(?:also\\s+|later\\s+)?${EN_VERB}`,
);
/** The name in a RE_EN_ROLE_APPOS_AFTER match when its role reads as one: a title word, or "X's …". */
function roleApposName(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  const role = m[1].split(/\s+/);
  if (!role.some((w) => isTitleToken(w) || /^[A-Z][\w&.-]*['’]s$/.test(w))) return undefined;
  return parsePerson(m[2])?.name ? m[2] : undefined;
}
const RE_EN_APPOS_AFTER = new RegExp(
  `^\\s*[,—–-]?\\s*(${NAME}),\\s+${APPOSITIVE},\\s+(?:also\\s+|later\\s+)?${EN_VERB}`,
);
// "“…,” Oracle co-CEO Clay Magouyrk said": an organisation and a title in lower case before the name are part of the
// speaker phrase (people.ts takes the person out of it), as in the same phrase before a quotation. Else a name or a
// pronoun. Two regexes tried in the order of the one alternation they were (anchored, so the first that matches is
// that alternation's match); the first runs only where the words can open with a title (mayOpenWithTitle).
const SV_HEAD = '^\\s*[,—–-]?\\s*';
// (the body a person is of may follow the name: "“…?” Rep. Song Hyun-joo of the provincial council asked")
const SV_TAIL = `(?:\\s+of\\s+(?:the\\s+)?[\\w'’-]+(?:\\s+[\\w'’-]+){0,3}?)?\\s+(?:also\\s+|later\\s+)?(${EN_VERB}|[a-z]+ed)\\b`;
// (a portfolio or a company of two names joined by "and" may stand before the title: "“…,” Energy and Natural Resources
// Minister Hakan Demirtaş told reporters")
const SV_TITLED = `(?:${NAME}(?:\\s+and\\s+${NAME})?\\s+)?${EN_TITLE_RUN}${NAME}`;
const SV_PLAIN = `${NAME}|he|she|they`;
const RE_EN_AFTER_TITLED = new RegExp(`${SV_HEAD}(${SV_TITLED})${SV_TAIL}`);
const RE_EN_AFTER_SV = new RegExp(`${SV_HEAD}(${SV_PLAIN})${SV_TAIL}`);
/** The speaker and verb after a quotation: `${SV_HEAD}(${SV_TITLED}|${SV_PLAIN})${SV_TAIL}`, as it matches. */
export function afterSpeakerVerb(after: string): RegExpExecArray | null {
  return (mayOpenWithTitle(after) && RE_EN_AFTER_TITLED.exec(after)) || RE_EN_AFTER_SV.exec(after);
}
/**
 * The same with a possessive pronoun before the title, its organisation named in a sentence before ("“…,” its chief
 * executive Kang Tae-min said by video link"): group 1 the title and the name, group 2 the verb, as afterSpeakerVerb.
 */
const RE_POSSESSIVE_OPENING = /^\s*[,—–-]?\s*(?:its|their|his|her)\s+/;
let reAfterPossessiveTitled: RegExp | undefined;
export function afterPossessiveTitled(after: string): RegExpExecArray | null {
  const lead = RE_POSSESSIVE_OPENING.exec(after);
  if (!lead || !mayOpenWithTitle(after.slice(lead[0].length))) return null;
  reAfterPossessiveTitled ??= new RegExp(`${SV_HEAD}(?:its|their|his|her)\\s+(${SV_TITLED})${SV_TAIL}`);
  return reAfterPossessiveTitled.exec(after);
}
/** The parts of afterSpeakerVerb's alternation, for the test that it matches as the one regex does. */
export const speakerVerbParts = { head: SV_HEAD, titled: SV_TITLED, plain: SV_PLAIN, tail: SV_TAIL };

// Reported speech that quotes part of what was said, after a verb of saying and the words around it: "Oracle said
// the campus would use “the same design …”", "Marten noted that the developer “came back with …”", "Maya Okafor,
// president of Harbor Digital, called it “the vote we needed.”" The subject may carry an appositive between commas;
// wider than RE_EN_REPORTED (any verb of saying, more words between), tried after everything else.
/**
 * Verbs that report what someone expects or believes: a partial quotation closing their clause is their words
 * ("Grant expects the ten-gigawatt goal to be met “probably a year late.”").
 */
const EN_EXPECTS =
  '(?:expects|expected|believes|believed|thinks|thought|hopes|hoped|estimates|estimated|forecasts|sees|saw|predicts)';
const RE_EN_REPORTED_CLAUSE = new RegExp(
  `(?:^|[\\s;(])(${NAME}|he|she|they|we|I)(?:,\\s+${APPOSITIVE},)?\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${EN_VERB}|${EN_EXPECTS}|complained|complains|called\\s+(?:it|this|that|them))\\s+(?:that\\s+)?(?:[^"“”.;:!?\\n]{0,80}\\s)?$`,
);
// The same with the role first and the name between commas ("Taesung's chief executive, Cho Yun-sang, said the
// company had “…”"): taken only when the role reads as one (roleApposName: a title word, or "X's …").
const RE_EN_ROLE_APPOS_REPORTED = new RegExp(
  `(?:^|[\\s;(])((?:the\\s+|an?\\s+)?[^,;"“”‘’\\n]{2,70}),\\s+(${NAME}),\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${EN_VERB}|${EN_EXPECTS}|complained|complains|called\\s+(?:it|this|that|them))\\s+(?:that\\s+)?(?:[^"“”.;:!?\\n]{0,80}\\s)?$`,
);

// A speaker the article does not name, after the quotation: "“…,” a person familiar with the talks said", "“…,” said
// one official", "“…,” two people briefed on the plans told Reuters".
const UNNAMED_PHRASE = `(?:a|an|one|two|three|several|some)\\s+[a-z][^"“”.;:!?\\n]{0,70}?`;
const RE_EN_AFTER_UNNAMED = new RegExp(
  `^\\s*[,—–-]?\\s*(?:(${UNNAMED_PHRASE})\\s+(?:also\\s+)?${EN_VERB}|${EN_VERB}\\s+(${UNNAMED_PHRASE})\\s*(?:[.,]|$))`,
);

/** Words outside a quotation that are English only: Latin words, and no Hangul. */
function englishAround(outside: string): boolean {
  return !/[가-힣]/.test(outside) && /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(outside);
}

function trimName(start: number, name: string): SpeakerRef | undefined {
  let n = name;
  let s = start;
  // drop leading function words ("The", "On Jan")
  for (;;) {
    const m = /^(\S+)\s+/.exec(n);
    if (m && EN_FN.has(m[1])) {
      n = n.slice(m[0].length);
      s += m[0].length;
    } else break;
  }
  n = n.replace(/[.,;:]+$/, (m) => (/^[A-Z]$/.test(n.slice(-m.length - 1, -m.length)) ? m.slice(1) : ''));
  // A particle that only joins a name to what follows ("Kwon Soo-min of the Institute"): not part of it.
  n = n.replace(/(?:\s+(?:of|de|van|von|bin))+$/, '');
  if (!n || EN_FN.has(n)) return undefined;
  return { text: n, start: s, end: s + n.length };
}

/** Past tenses that do not end in -ed, as a sentence's verb after its subject ("Varga spoke to reporters"). */
const EN_IRREGULAR_PAST = `(?:${alternation(enWords.speech.irregularPast)})`;
/** A verb in the past right before a name: the name is its object, unless the verb is one of INVERTED_VERBS. */
const RE_VERB_BEFORE = new RegExp(`(?:^|\\s)([a-z]+ed|${EN_IRREGULAR_PAST})\\s+$`);
/** Where a clause of its own opens in a sentence: after ", and", ", but", "; ". */
const RE_CLAUSE_OPENS = /(?:[,;]\s+(?:and|but|while|yet|so)|;)\s+/g;
/** Verbs of saying that news puts before their subject ("said Tom Reyes", "added Henrik Solberg"). */
const INVERTED_VERBS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'explained', 'noted']);

/**
 * A character of a clause set off by commas about a sentence's subject: no comma but one between digits ("Marla
 * Quist, who has farmed 1,200 acres along the river, said …": a thousands separator ends no clause).
 */
const APPOS_CHAR = `(?:[^,;"“”]|(?<=\\d),(?=\\d{3}))`;
/** A modal before the verb of a subject's clause ("Ms Rokotuivuna will explain who …", "Dr Ortiz would add"). */
const EN_MODAL = '(?:will|would|can|could|may|might|must|shall|should)';
const RE_MODAL_END = new RegExp(`\\s${EN_MODAL}\\s+(?:also\\s+)?[a-z]+$`);
/** A name after the honorific of a person: "Ms Rokotuivuna", "Dr. Ana Ortiz". */
const RE_TITLED_PERSON = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?\s+\p{Lu}/u;
function enSentenceSubject(text: string, s: number, e: number): SpeakerRef | undefined {
  // A dateline opening the sentence ("PORT WASHINGTON, Wis. — Renée Caldwell, …, said") is no part of its subject.
  const dl = RE_DATELINE_OPENING.exec(text.slice(s, Math.min(e, s + 80)));
  if (dl) s += dl[0].length;
  // A paragraph's number in minutes ("5.4 **Mr Tom Brierley, Project Director, Tees AI Campus Ltd**, addressed the
  // Committee.") is no part of it either; a name in bold with what they are inside the bold is the subject.
  const num = RE_PARA_NUMBER.exec(text.slice(s, Math.min(e, s + 12)));
  if (num) s += num[0].length;
  const bold = RE_BOLD_SUBJECT.exec(text.slice(s, Math.min(e, s + 200)));
  if (bold) {
    const r = trimName(s + bold.index + bold[0].indexOf(bold[2]), bold[2]);
    if (r && parsePerson(r.text)) return r;
  }
  // Quoted words are no part of the sentence's own clause ("“Hokkaido has the power …,” SoftBank's Stargate Japan
  // lead, Yuko Hatanaka, told …" is hers, not Hokkaido's): blanked, the places kept.
  let slice = text.slice(s, Math.min(e, s + 200));
  for (const p of findPairs(text, s, Math.min(e, s + 200)))
    slice = slice.slice(0, p.open - s) + ' '.repeat(p.close + 1 - p.open) + slice.slice(p.close + 1 - s);
  // The subject may be set off by a clause about them: "Carla Dunmore, who leads partnerships at OpenAI, said …",
  // "Feld, reached by email, stood by his note.", or by a title: "Renée Caldwell, Vantage's president for North
  // America, said …", "Ines Duarte, chief executive of Northgate Power, said …"; the organisation's name may have
  // several words ("Maya Okafor, Harbor Digital's president, said …").
  // A record's speaker in bold with their role in brackets ("**Stefan Krüger** (Chief Executive, Elbwerk Energie) told
  // the committee …") is the subject as well.
  // (a portfolio of two names joined by "and" may stand before the title: "Energy and Mines Minister Rosa Elvira
  // Quispe Salazar called it …", taken only with a title in the name's words)
  const re = new RegExp(
    `(?:^|,\\s+)(${NAME_WORD}\\s+and\\s+)?${EMPH}(${NAME})${EMPH}${ROLE_BRACKET}(?:,\\s+(?:(?:who|whose|reached|speaking|asked|contacted|interviewed|a|an|the)\\b|[a-z]|(?:${NAME_WORD}\\s+){0,3}${NAME_WORD}['’]s\\s)${APPOS_CHAR}{1,90},(?:\\s+(?:a|an|the|who|whose|which)\\s${APPOS_CHAR}{1,90},)?)?\\s+(?:also\\s+|has\\s+|had\\s+)?(?:[a-z]+(?:ed|s)|${EN_IRREGULAR_PAST}|${EN_MODAL}\\s+(?:also\\s+)?[a-z]+)\\b`,
    'g',
  );
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    // (a subject before a modal is a person's only when titled so, "Ms Rokotuivuna will explain …": "Koralia Batteries
    // of Suva will supply …" is a company, no one a pronoun after it stands for)
    if ((m[1] && !holdsTitle(m[2])) || (RE_MODAL_END.test(m[0]) && !RE_TITLED_PERSON.test(m[2]) && !holdsTitle(m[2]))) {
      if (re.lastIndex > 200) break;
      continue;
    }
    const off = m.index + m[0].indexOf(m[2], m[1]?.length ?? 0);
    const r = trimName(s + off, m[2]);
    if (r && !/^(?:He|She|They|We|I|You)$/.test(r.text)) return r;
    if (re.lastIndex > 200) break;
  }
  // A person named after the role they hold, the name between commas: "Tomakomai's mayor, Shigeru Onodera, is openly
  // delighted.", "Silverpeak's head of site development, Marcus Oyelaran, told …" (a full name, as a place between
  // commas is not: "In Abilene, Texas, officials …").
  for (const m2 of slice.matchAll(RE_ROLE_THEN_NAME)) {
    const r = trimName(s + m2.index! + m2[0].indexOf(m2[1], 1), m2[1]);
    if (r && parsePerson(r.text)?.name && !/[“”"]/.test(slice.slice(0, m2.index!).replace(/\s/g, ''))) return r;
  }
  // An office "of the" body it heads, then its holder, as state news agencies write it: "Speaking at the ceremony,
  // Vice Chairman of the provincial People's Committee Tran Quoc Vinh said …". The name is the capitalised words after
  // the body's head word (Committee, Ministry, Board, …), two to four of them.
  for (const m3 of slice.matchAll(RE_TITLE_OF_BODY)) {
    if (/[“”"]/.test(slice.slice(0, m3.index!))) continue;
    const run = m3[1].trimEnd();
    const words = run.split(/\s+/);
    let head = words.length - 1;
    while (head >= 0 && !BODY_HEADS.has(words[head])) head--;
    if (head < 0) continue;
    const name = words.slice(head + 1);
    if (name.length < 2 || name.length > 4) continue;
    const text = name.join(' ');
    const at = s + m3.index! + m3[0].indexOf(run) + run.lastIndexOf(text);
    if (parsePerson(text)?.name === text) return { text, start: at, end: at + text.length };
  }
  return undefined;
}
/** The head words of a public body's name (Committee, Ministry, Board, …). */
const BODY_HEADS: ReadonlySet<string> = new Set([...enWords.bodyHeads, ...enWords.institutionHeads]);
/** "Vice Chairman of the provincial People's Committee Tran Quoc Vinh said": the office, the body, its holder, a verb. */
const RE_TITLE_OF_BODY = new RegExp(
  `(?:^|,\\s+)(?:[A-Z][\\w'’-]*\\s+){1,3}of\\s+the\\s+(?:[a-z][\\w'’-]*\\s+){0,2}((?:${NAME_WORD}\\s+){3,10})(?:also\\s+)?(?:[a-z]+(?:ed|s)|${EN_IRREGULAR_PAST})\\b`,
  'g',
);
/** A numbered paragraph's number: "5.4 ", "12. ", "(3) ". */
const RE_PARA_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|\(\d{1,3}\)|\([a-z]\))\s+(?=\*\*|__|[A-Z])/;
/** "**Mr Tom Brierley, Project Director, Tees AI Campus Ltd**, addressed …", "**Councillor Walsh** said": a bold name with its role. */
const RE_BOLD_SUBJECT = new RegExp(
  `^(\\*\\*|__)(${NAME})(?:,[^*_"“”\\n]{1,90}|\\s*\\([^()\\n]{1,90}\\))?\\1,?\\s+(?:also\\s+|then\\s+|has\\s+|had\\s+)?(?:[a-z]+(?:ed|s)|${EN_IRREGULAR_PAST})\\b`,
);
const RE_ROLE_THEN_NAME = new RegExp(
  `,\\s+(${NAME}),\\s+(?:also\\s+|has\\s+|had\\s+)?(?:[a-z]+(?:ed|s)|${EN_IRREGULAR_PAST})\\b`,
  'g',
);

/** Emphasis marks around a name as Markdown writes them (`**Name**`), and a role in brackets after it ("(resident)"). */
const EMPH = '(?:\\*\\*|__|\\*|_)?';
const ROLE_BRACKET = '(?:\\s*\\([^()"“”]{1,90}\\))?';

/** A verb of saying right after a sentence's subject (and the clause about them between commas, or in brackets). */
const RE_REPORTING_AFTER = new RegExp(`^${EMPH}${ROLE_BRACKET}(?:,[^,;"“”]{1,90},)?\\s+(?:also\\s+)?${EN_VERB}`);
/**
 * Their stance, which closes the sentence right after its subject (and the clause about them between commas): "Kanokwan
 * Boonmee, who leads the fishers' group, was unconvinced.", as a story sets the words that show it right after.
 */
const RE_STANCE_CLOSES = new RegExp(
  `^${EMPH}${ROLE_BRACKET}(?:,[^,;"“”]{1,90},)?\\s+(?:was|is|were|are|sounded|seemed|remained|remains)\\s+(?:(?:more|less|even|far|much|rather|also|still|just\\s+as|as)\\s+)*(?:${alternation(enWords.speech.stances)})\\s*[.!]?\\s*$`,
);

/** A name followed by a verb in the past (or "says"): the subject of a clause. */
const RE_NAME_SUBJECT = new RegExp(
  `(?:^|[\\s,;(])(${NAME})\\s+(?:also\\s+|has\\s+|had\\s+)?(?:[a-z]+ed|says|${EN_IRREGULAR_PAST})\\b`,
  'g',
);

/** How many different people an English sentence gives as the subject of a clause. */
function personSubjects(text: string, s: number, e: number): number {
  const seen = new Set<string>();
  for (const m of text.slice(s, Math.min(e, s + 400)).matchAll(RE_NAME_SUBJECT)) {
    const ref = trimName(0, m[1]);
    const p = ref && !/^(?:He|She|They|We|I|You)$/.test(ref.text) ? parsePerson(ref.text) : undefined;
    if (p) seen.add(p.surname);
  }
  return seen.size;
}

/** Whether words (a name as read, an office) hold a title word: "Energy and Mines Minister Rosa …", "Deputy Minister". */
function holdsTitle(words: string): boolean {
  return words.split(/\s+/).some(isTitleToken);
}
/** A name, then a relative clause saying they spoke: "Ms. Ana Belén Castrellón, who explained that". */
const RE_WHO_SAID = new RegExp(
  `(?:^|[\\s;(])(${NAME}),\\s+who\\s+(?:also\\s+|then\\s+|had\\s+|has\\s+)?${EN_VERB}`,
  'g',
);
/** Capitalized words of an office, then "of", right before a name: "Deputy Minister of ". */
const RE_OFFICE_OF = /(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+of\s+$/u;
/** A verb that gives words to their owner, then "to" or "from": "belongs to", "is attributed to", "came from". */
const RE_BELONGS_TO =
  /\b(?:(?:belongs?|belonged|belonging)\s+to|(?:attributed|credited)\s+to|(?:comes?|came)\s+from|(?:is|are|was|were)\s+(?:really\s+|actually\s+)?from)\s+$/i;
/** A full name, then "of" and "the" before a body's name: "Murat Ergün of the ". */
const RE_PERSON_OF_THE = new RegExp(`(?:^|[\\s,;(])(${NAME})\\s+of\\s+the\\s+$`);
/**
 * The person a body's name read as the speaker belongs to, when a full name and "of the" stand right before it, in the
 * sentence from `s` ("Murat Ergün of the Aegean Investment Office said: “…”"): the whole phrase, which parsePerson reads
 * as the person and their organisation (a body's name that it reads as a name, "Izmir Chamber of Commerce", included).
 */
function personOfBody(text: string, s: number, ref: SpeakerRef): SpeakerRef | undefined {
  const from = Math.max(s, ref.start - 80);
  const m = RE_PERSON_OF_THE.exec(text.slice(from, ref.start));
  if (!m) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]);
  const phrase = text.slice(start, ref.end);
  const p = parsePerson(phrase);
  if (!p?.name || p.start !== 0 || !p.org) return undefined;
  return { text: phrase, start, end: ref.end };
}

/** A label of one surname, a title before it or none, and the colon that opens the words (`Quintero: `). */
const SURNAME_LABEL =
  /^\s*(?:[-*+•]\s+)?(?!(?:Note|Notes|Update|Updated|Editor|Warning|Answer|Question|Verdict|Summary|Source|Sources|Quote|Headline|Correction|Clarification|Disclaimer|Translation|Caption|Photo|Context|Background|Original|Transcript|Excerpt|Statement|Tweet|Post|Caveat|Bottom|Example|Reply|Response|Subject|Title)\s*:)((?:(?:Mr|Ms|Mrs|Dr|Mayor|Minister|Senator|Governor|Chairman|Chairwoman|President)\.?\s+)?\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?)\s*:\s*$/u;

// ---------------------------------------------------------------- the extractor

interface Info {
  speaker?: SpeakerRef;
  subject?: SpeakerRef | null;
}

/** extractQuotes for a text known to be NFC (an indexed article's, which SourceText normalized): no check. */
/** A stretch of one sentence with its line breaks as spaces, the same length (a hard wrap is a space). */
const unwrapped = (t: string) => (t.includes('\n') || t.includes('\r') ? t.replace(/[\r\n]/g, ' ') : t);

export function extractQuotesNFC(text: string, sentences: RawSentence[]): ExtractedQuote[] {
  try {
    return extractNFC(text, sentences);
  } catch (e) {
    noteError('extractQuotes', e);
    return [];
  }
}

/**
 * Speech quotations of the given sentences, each with the index of its sentence. Never throws. `headings`: where the
 * text's headings are, when its markup is gone (a report's prose): a heading opens no speaker's turn ("## Augusta:
 * what was announced" is no words of someone called Augusta).
 */
export function extractQuotes(
  text: string,
  sentences: RawSentence[],
  headings?: Span[],
  items?: Span[],
): ExtractedQuote[] {
  try {
    if (typeof text !== 'string' || !Array.isArray(sentences)) return [];
    if (text.normalize('NFC') === text) return extractNFC(text, sentences, headings, items);
    const st = new SourceText(text);
    const mapped = sentences.map((s) => ({ ...s, start: st.fromOriginal(s.start), end: st.fromOriginal(s.end) }));
    const back = (sp: Span) => ({ start: st.toOriginal(sp.start), end: st.toOriginal(sp.end) });
    const heads = headings?.map((h) => ({ start: st.fromOriginal(h.start), end: st.fromOriginal(h.end) }));
    const its = items?.map((h) => ({ start: st.fromOriginal(h.start), end: st.fromOriginal(h.end) }));
    return extractNFC(st.norm, mapped, heads, its).map((q) => ({
      ...q,
      ...back(q),
      text: text.slice(st.toOriginal(q.start), st.toOriginal(q.end)),
      outer: back(q.outer),
      speaker: q.speaker
        ? { ...back(q.speaker), text: text.slice(st.toOriginal(q.speaker.start), st.toOriginal(q.speaker.end)) }
        : undefined,
      pronoun: q.pronoun ? back(q.pronoun) : undefined,
    }));
  } catch (e) {
    noteError('extractQuotes', e);
    return [];
  }
}

function extractNFC(text: string, sentences: RawSentence[], headings?: Span[], items?: Span[]): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  const itemStarts = blockOpenings(text, items);
  /**
   * Who the list item or paragraph holding sentence `si` opens with, before a colon ("○ 서경민 전무 보충: …", a
   * label's speech noun cut off): a person's phrase, when the item opened at most two sentences before and no
   * quotation stands between.
   */
  const itemLabelSpeaker = (si: number): SpeakerRef | undefined => {
    for (let j = si; j >= 0 && j >= si - 2; j--) {
      if (j < si && /["“”「」]/.test(text.slice(sentences[j].start, sentences[j].end))) return undefined;
      if (!opensParagraph(text, sentences, j) && !opensItem(text, sentences[j].start, itemStarts)) continue;
      const st = sentences[j].start;
      const m = RE_KO_ITEM_LABEL.exec(text.slice(st, Math.min(sentences[j].end, st + 60)));
      if (!m) return undefined;
      const ws = words(text, st, st + m[1].length);
      let k = ws.length - 1;
      if (k >= 1 && RE_KO_LABEL_SPEECH.test(ws[k].w)) k--;
      if (k < 0) return undefined;
      const ref = withText(text, phraseAt(ws, k, ws[k].w));
      const p = parsePerson(ref.text);
      return p?.name || p?.surname ? ref : undefined;
    }
    return undefined;
  };
  const info: Info[] = sentences.map(() => ({}));
  /** Sentences inside a quotation opened in an earlier sentence: quoted words, read with that sentence. */
  const inside: boolean[] = [];
  const subjectOf = (i: number): SpeakerRef | undefined => {
    if (inside[i]) return undefined;
    const inf = info[i];
    if (inf.subject === undefined) {
      const s = sentences[i];
      const st = Math.max(0, s.start),
        en = Math.min(text.length, s.end);
      inf.subject = (s.lang === 'ko' ? koSentenceSubject(text, st, en) : enSentenceSubject(text, st, en)) ?? null;
    }
    return inf.subject ?? undefined;
  };
  /** Whose words Korean sentence i announces or tells (koTellerSubject). */
  const tellerOf_ko = (i: number): SpeakerRef | undefined =>
    inside[i]
      ? undefined
      : (subjectOf(i) ??
        koTellerSubject(text, Math.max(0, sentences[i].start), Math.min(text.length, sentences[i].end)));
  /** The one person English sentence j names before ", who" and a verb of saying. */
  const tellerOf = (j: number): SpeakerRef | undefined => {
    const st = Math.max(0, sentences[j].start),
      en = Math.min(text.length, sentences[j].end);
    let found: SpeakerRef | undefined;
    for (const m of text.slice(st, en).matchAll(RE_WHO_SAID)) {
      const ref = trimName(st + m.index! + m[0].indexOf(m[1]), m[1]);
      if (!ref || !parsePerson(ref.text)?.name) continue;
      if (found && found.text !== ref.text) return undefined;
      found = ref;
    }
    return found;
  };
  /** An earlier speaker or subject for a pronoun in sentence i. */
  const antecedent = (i: number, lang: string): SpeakerRef | undefined => {
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (sentences[j].lang !== lang) break;
      if (info[j].speaker) return info[j].speaker;
      // One person the sentence says spoke, in a relative clause ("The President granted the floor to Ms. Ana Belén
      // Castrellón, who explained that …"): the words after it are theirs, not the subject's.
      const teller = lang === 'en' ? tellerOf(j) : undefined;
      if (teller) return teller;
      const subj = subjectOf(j);
      // Two people each the subject of a clause ("Ann Brasch voted for it, and Carl Jensen voted against it. “…,”
      // he said"): which one the pronoun stands for is not for the checker to guess.
      if (subj)
        return lang === 'en' && personSubjects(text, sentences[j].start, sentences[j].end) > 1 ? undefined : subj;
    }
    return undefined;
  };

  /**
   * Whose a possessive pronoun opening English sentence i is (possessiveLine): the speaker of the sentence before, else
   * the one person it names, when it stands in the same paragraph.
   */
  const possessor = (i: number): SpeakerRef | undefined => {
    const j = i - 1;
    if (j < 0 || inside[j] || sentences[j].lang !== 'en' || opensParagraph(text, sentences, i)) return undefined;
    if (info[j].speaker) return info[j].speaker;
    const st = Math.max(0, sentences[j].start);
    const found = new Map<string, SpeakerRef>();
    for (const m of text.slice(st, Math.min(text.length, sentences[j].end)).matchAll(RE_FULL_NAME_OR_END)) {
      const ref = trimName(st + m.index! + m[0].indexOf(m[1]), m[1]);
      const name = ref && parsePerson(ref.text)?.name;
      if (name) found.set(name, ref);
    }
    return found.size === 1 ? [...found.values()][0] : undefined;
  };

  /** The subject of English sentence j when it reports what they said ("Whitt said the …"), and is its one person. */
  const reportingSubject = (j: number): SpeakerRef | undefined => {
    const subj = sentences[j].lang === 'en' ? subjectOf(j) : undefined;
    if (!subj || EN_PRONOUN.test(subj.text)) return undefined;
    const rest = text.slice(subj.end, Math.min(sentences[j].end, subj.end + 140));
    if (!RE_REPORTING_AFTER.test(rest) && !RE_STANCE_CLOSES.test(rest)) return undefined;
    return parsePerson(subj.text) && personSubjects(text, sentences[j].start, sentences[j].end) <= 1 ? subj : undefined;
  };

  let run: { speaker?: SpeakerRef } | undefined;
  for (let si = 0; si < sentences.length; si++) {
    if (inside[si]) continue;
    const sent = sentences[si];
    const s = Math.max(0, sent.start);
    let e = Math.min(text.length, sent.end);
    if (e <= s) continue;
    const pairs = findPairs(text, s, e);
    // A quotation that runs on into the next paragraph opens again there, in English ("… twelve months.¶“Nobody …”"):
    // the speaker of the paragraph before goes on.
    const carried =
      run && si > 0 && opensParagraph(text, sentences, si) && /^\s*["“]/.test(text.slice(s, s + 4))
        ? run.speaker
        : undefined;
    run = undefined;
    // A quotation opened and not closed before the sentence ends runs on through the sentences after it: to its
    // closing mark, else to its paragraph's end (and may open again in the next paragraph: `carried`).
    const unclosed = unclosedOpen(text, s, e, pairs);
    let runsOn = false,
      closedIn = si;
    if (unclosed >= 0) {
      const r = runOnEnd(text, sentences, si);
      closedIn = r.last;
      for (let j = si + 1; j <= r.last; j++) inside[j] = true;
      e = Math.min(text.length, sentences[r.last].end);
      if (r.close >= 0) {
        pairs.push({ open: unclosed, close: r.close });
        // What the closing sentence quotes after it is read here too.
        pairs.push(...findPairs(text, r.close + 1, e));
      } else {
        pairs.push({ open: unclosed, close: e });
        runsOn = true;
      }
    }
    let prev: { close: number; speaker?: SpeakerRef; pronoun?: Span; speech: boolean } | undefined;
    for (const p of pairs) {
      let is = p.open + 1,
        ie = p.close;
      while (is < ie && isWs(text.charCodeAt(is))) is++;
      while (ie > is && (isWs(text.charCodeAt(ie - 1)) || text[ie - 1] === ',' || text[ie - 1] === '，')) ie--;
      if (ie <= is) continue;
      const inner = text.slice(is, Math.min(ie, is + 400));
      // (a sentence hard-wrapped in its file, as a plain-text record or e-mail is, reads as one line: each line break
      // within it is a space, offsets kept)
      const after = unwrapped(text.slice(p.close + 1, Math.min(e, p.close + 1 + AFTER)));
      let from = Math.max(s, prev && prev.speech ? prev.close + 1 : s, p.open - BEFORE);
      let before = unwrapped(text.slice(from, p.open));
      // The speech is told by the words around the quotation marks: an English sentence quoting Korean words
      // ("Kim called it “사막 한가운데서 …” (the first …)") is English, however much Hangul its quotation holds.
      // A sentence the reader takes for English by its quotation is Korean when all its words outside the quotation
      // are (a post's "CFO 말 그대로: “The water licence …”").
      const outside = text.slice(s, p.open) + ' ' + text.slice(p.close + 1, e);
      const ko =
        /[가-힣]/.test(after.slice(0, 3)) ||
        (sent.lang === 'ko' && !englishAround(outside)) ||
        (/[가-힣]/.test(outside) && !/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(outside));
      let speech = false,
        carriedOver = false,
        said: SpeakerRef | undefined;
      let speaker: SpeakerRef | undefined;
      let pronoun: Span | undefined;
      // (the organisation of a role between commas before the name: "Taesung's chief executive, Cho Yun-sang, …")
      let roleOrg: string | undefined;
      const endsWithComma = /[,，]\s*$/.test(text.slice(Math.max(p.open + 1, p.close - 3), p.close));

      let m0: RegExpExecArray | null;
      // A quotation that is its line, signed on the line below ("“…”¶— Carla Jimenez-Holt", as a page sets a pull
      // quote or a blockquote with its attribution after a line break): the signature is a sentence of its own.
      const signed = (): { m: RegExpExecArray; at: number } | undefined => {
        const m = RE_DASH_SIGNED.exec(after);
        if (m) return { m, at: p.close + 1 };
        // A blockquote whose signature the reader joined to its line ("“… short.” — Rodrigo Elizondo Garza, Chief
        // Executive Officer, Grupo Tolimán", a page's <cite>): the quotation is the line's first words and a whole
        // sentence, and the signature, a person's name then what they are after a comma, runs to the line's end.
        const ls = text.lastIndexOf('\n', p.open - 1) + 1;
        let le = text.indexOf('\n', p.close);
        if (le < 0) le = text.length;
        if (
          p.open >= s &&
          /^\s*$/.test(text.slice(ls, p.open)) &&
          /[.!?…]["”’']?\s*$/.test(text.slice(p.open + 1, p.close + 1)) &&
          le - p.close <= 200 &&
          e <= le &&
          /^\s*$/.test(text.slice(e, le))
        ) {
          const rest = text.slice(p.close + 1, le);
          const l = RE_LINE_SIGNED.exec(rest);
          if (l && /,/.test(rest.slice(l.index + l[0].indexOf(l[1]) + l[1].length)) && parsePerson(l[1])?.name)
            return { m: l, at: p.close + 1 };
        }
        const nx = sentences[closedIn + 1];
        if (!nx || !/^\s*$/.test(text.slice(s, p.open)) || !/^\s*$/.test(text.slice(p.close + 1, e))) return undefined;
        if (!/^[ \t]*\r?\n[ \t]*$/.test(text.slice(e, nx.start))) return undefined;
        const line = text.slice(nx.start, nx.end);
        const n = RE_LINE_SIGNED.exec(line);
        return n && !line.includes('\n') ? { m: n, at: nx.start } : undefined;
      };
      const sig = signed();
      if (sig) {
        m0 = sig.m;
        speech = true;
        const off = sig.at + m0.index + m0[0].indexOf(m0[1]);
        speaker = { text: m0[1], start: off, end: off + m0[1].length };
      } else if (ko) {
        const quotative = KO_QUOTATIVE.test(after);
        const fullClause = inner.length >= 15 && KO_FULL_CLAUSE.test(inner) && /\s/.test(inner);
        // headline style: 트럼프 “미국이 AI를 소유할 것” (a name right before a quote that ends the line), and a brief's
        // label with a colon: ▶ 김태곤 경주상공회의소 회장: “…” (up to the colon)
        const colon = /[:：]\s*$/.exec(before);
        const upTo = colon ? p.open - (before.length - colon.index) : p.open;
        const headlineShaped =
          /[“"「]/.test(text[p.open]) &&
          /^\s*[.…]?\s*$/.test(after) &&
          /\s/.test(inner) &&
          /(?:^|\s)[가-힣A-Za-z][가-힣A-Za-z()]{1,15}(?:\s|[:：]\s*)$/.test(before) &&
          !/[.!?。]\s*$/.test(text.slice(s, e)) &&
          !/(?:에서|에게|으로|[을를에의와과도로])\s$/.test(before);
        const headline = !quotative && !fullClause && headlineShaped;
        speech = quotative || fullClause || headline;
        const headlineSpeaker = () => {
          const ws = words(text, from, upTo);
          // A label may say, after who speaks and a comma, when and where the words were said ("- 정석현 대표, 6월 16일
          // 핼리팩스 현지 언론 인터뷰 (영어 원문): “…”", a wiki's list of statements): the person the label opens with (not
          // when a second person follows the comma: "김철수 대표, 박영희 부사장: “…”" are two people's words).
          const c = colon ? ws.findIndex((w) => /[^,，][,，]$/.test(w.w)) : -1;
          if (c >= 0 && c < ws.length - 1 && !parsePerson(text.slice(ws[c + 1].start, upTo))?.name) {
            const stem = ws[c].w.slice(0, -1);
            const ref = isNominal(stem) ? withText(text, phraseAt(ws, c, stem)) : undefined;
            const ls = text.lastIndexOf('\n', (ref?.start ?? 1) - 1) + 1;
            if (ref && /^[\s\-*+•·○◦▪▶►]*$/.test(text.slice(ls, ref.start)) && parsePerson(ref.text)?.name) return ref;
          }
          let k = ws.length - 1;
          // (a record's label may name what the words are after who said them: "○ 정 대표 발언: “…”")
          if (colon && k >= 1 && RE_KO_LABEL_SPEECH.test(ws[k].w)) k--;
          const last = ws[k];
          return last && isNominal(last.w) ? withText(text, phraseAt(ws, k, last.w)) : undefined;
        };
        // (a headline-shaped line may be such a lead too: "CFO 말 그대로: “…”" alone on its line names the CFO, not 그대로)
        const lead = /\s/.test(inner) ? koSpeechNounLead(text, from, p.open) : undefined;
        if (lead) {
          speech = true;
          speaker = lead;
        } else if (headline) {
          speaker = headlineSpeaker();
        } else if (speech) {
          const t = koTopicBefore(text, from, p.open);
          let further: SpeakerRef | undefined;
          if (t && !t.pronoun) speaker = t.ref;
          else if (
            !t &&
            RE_KO_REPORTED_CLAUSE.test(before) &&
            si > 0 &&
            sentences[si - 1].lang === 'ko' &&
            !opensParagraph(text, sentences, si) &&
            (further = subjectOf(si - 1)) &&
            parsePerson(further.text)?.name
          )
            // No one in its own sentence but what was said before it ("…정도래요. 상생기금은 … 20년이라고 했고 “…”라고
            // 하셨어요"): the person the sentence before is about goes on saying.
            speaker = further;
          else if (t && t.pronoun) {
            const a = antecedent(si, sent.lang);
            pronoun = { start: t.ref.start, end: t.ref.end };
            speaker = a ?? t.ref;
          } else if (prev && prev.speech && prev.speaker) {
            speaker = prev.speaker;
            pronoun = prev.pronoun;
          } else if (
            !before.trim() &&
            si > 0 &&
            info[si - 1].speaker &&
            sentences[si - 1].lang === 'ko' &&
            RE_KO_CHAINED.test(text.slice(sentences[si - 1].start, sentences[si - 1].end))
          ) {
            // "최병길 회장은 “…”이라며¶“…”고 밝혔다": one sentence the file breaks at a line end after the connective,
            // which the sentences read as two: the second quotation is the first one's speaker's too.
            speaker = info[si - 1].speaker;
          } else if (
            /^\s*(?:그러면서|이어|이어서|또|또한|아울러|특히|다만|그는|그녀는)[\s,]/.test(
              text.slice(s, Math.min(e, s + 12)),
            ) &&
            si > 0 &&
            info[si - 1].speaker
          ) {
            // "그러면서 “…”고 덧붙였다": the speaker of the sentence before goes on
            speaker = info[si - 1].speaker;
          } else {
            // "“…”라고 김 장관은 말했다", "“…”고 윤세진 한라디지털 대표가 말했다"
            const aws = words(text, p.close + 1, Math.min(e, p.close + 1 + AFTER));
            for (let k = 1; k < aws.length && k < 6; k++) {
              const stem = topicStem(aws[k].w, true);
              const verbNear = aws.slice(k + 1, k + 3).some((x) => RE_KO_VERB_START.test(x.w));
              if (stem && !PRONOUNS_KO.has(stem) && verbNear) {
                speaker = withText(text, phraseAt(aws, k, stem));
                break;
              }
            }
            // A quotation standing alone, announced by the sentence before ("정 시장은 다음과 같이 말했다.¶“…”") or
            // told by the sentence after ("“…” ¶한 관계자는 기자들과 만나 이같이 말했다"): that sentence's subject.
            if (!speaker && !before.trim() && !/[가-힣A-Za-z]/.test(text.slice(p.close + 1, e))) {
              // (the sentence after the one the quotation closes in)
              const next = (p.open === unclosed ? closedIn : si) + 1;
              let ann: RegExpExecArray | null = null;
              if (
                si > 0 &&
                sentences[si - 1].lang === 'ko' &&
                (ann = RE_KO_ANNOUNCES.exec(text.slice(sentences[si - 1].start, sentences[si - 1].end)))
              ) {
                speaker = tellerOf_ko(si - 1);
                // (`이렇게`, `다음과 같이` points at the words under it as a pronoun points back: the speaker is the
                // sentence right before's, judged as a pronoun's person is, judge/quotes.ts pronounBefore)
                if (speaker) {
                  const at = sentences[si - 1].start + ann.index;
                  pronoun = { start: at, end: at + ann[1].length };
                }
              } else if (
                si > 0 &&
                sentences[si - 1].lang === 'ko' &&
                (said = koWordsAsFollows(text, sentences[si - 1]))
              )
                speaker = said;
              // A sentence the reader split around the quotation set apart ("요천써멀 변재윤 설계팀장은¶“…”¶라고 했고,
              // …", a post's blockquote between two paragraphs): the speaker phrase ending the one before.
              else if (
                si > 0 &&
                next < sentences.length &&
                sentences[si - 1].lang === 'ko' &&
                sentences[next].lang === 'ko' &&
                RE_KO_SPLIT_VERB.test(text.slice(sentences[next].start, sentences[next].end)) &&
                (said = koSpeakerEndingSentence(text, sentences[si - 1]))
              )
                speaker = said;
              else if (
                next < sentences.length &&
                sentences[next].lang === 'ko' &&
                RE_KO_TELLS.test(text.slice(sentences[next].start, sentences[next].end))
              )
                speaker = tellerOf_ko(next);
            }
          }
          // A headline's quotation that is a whole sentence, its speaker named right before it and no verb after
          // ("[속보] 한도윤 보령시장 “석탄을 캐던 손으로 이제 AI를 짓는다…보령은 준비가 돼 있다”", a paragraph of its own).
          // So is a list item's, the speaker and a colon opening it ("- 서민재 다도해로지스 본부장: “…”", a 결과보고's
          // "- 윤재석 대표: “…”"): an item is set apart as a paragraph is, whoever the item above quoted.
          if (
            !speaker &&
            fullClause &&
            !quotative &&
            headlineShaped &&
            (opensParagraph(text, sentences, si) || opensItem(text, sentences[si].start, itemStarts))
          )
            speaker = headlineSpeaker();
          // A record's item opened by who speaks and a colon, the quotation a sentence or two on in it ("○ 서경민 전무
          // 보충: 클라이페다 사무소는 … 개소. “…”", minutes that sum up a turn and quote its words): that person's.
          if (!speaker && fullClause && !quotative && /^\s*$/.test(before) && !/[가-힣A-Za-z]/.test(after))
            speaker = itemLabelSpeaker(si);
        }
      } else {
        let m: RegExpExecArray | null;
        const wordsIn = inner.split(/\s+/).filter(Boolean).length;
        // A quotation set apart as a paragraph of its own under the line that says who speaks and ends in a colon
        // ("Kalvarra Managing Director Fiona Tregear said:¶“This is …”", as releases and filings set their quotes):
        // that line is read as the words before it.
        const lead = !prev && !before.trim() ? announcedBy(text, sentences, si, p, e, inside) : -1;
        if (lead >= 0) {
          from = Math.max(sentences[lead].start, p.open - BEFORE);
          before = unwrapped(text.slice(from, p.open));
        }
        const tailBefore = before.slice(-160);
        const tailOff = p.open - tailBefore.length;
        let roleName: string | undefined;
        const orgOfRole = (role: string, name: string) =>
          parsePerson(`${role.trim()} ${name}`)?.org?.trim() || undefined;
        const owned = lead >= 0 ? possessiveLine(text, sentences, lead) : undefined;
        if (owned) {
          // "Her line that everyone is quoting:¶“…”": the one person the sentence before names, in the same paragraph.
          speech = true;
          const at = sentences[lead].start + owned[0].indexOf(owned[1]);
          const a = possessor(lead);
          if (a) {
            speaker = a;
            pronoun = { start: at, end: at + owned[1].length };
          }
        } else if ((m = RE_EN_BEFORE.exec(tailBefore))) {
          speech = true;
          const off = tailOff + m.index + m[0].indexOf(m[1]);
          speaker = trimName(off, m[1]);
        } else if ((m = RE_EN_QUOTES_OBJECT.exec(tailBefore))) {
          speech = true;
          const off = tailOff + m.index + m[0].lastIndexOf(m[1]);
          speaker = EN_OBJECT_PRONOUN.test(m[1])
            ? { text: m[1], start: off, end: off + m[1].length }
            : trimName(off, m[1]);
        } else if ((m = RE_EN_BEFORE_OBJECT.exec(tailBefore))) {
          speech = true;
          speaker = trimName(tailOff + m.index + m[0].indexOf(m[1]), m[1]);
        } else if ((m = RE_EN_BEFORE_STANCE.exec(tailBefore))) {
          speech = true;
          speaker = trimName(tailOff + m.index + m[0].indexOf(m[1]), m[1]);
        } else if ((m = RE_EN_CALLED.exec(tailBefore))) {
          speech = true;
          speaker = trimName(tailOff + m.index + m[0].indexOf(m[1]), m[1]);
        } else if ((m = RE_EN_BEFORE_WHERE.exec(tailBefore))) {
          speech = true;
          speaker = trimName(tailOff + m.index + m[0].indexOf(m[1]), m[1]);
        } else if ((m = RE_EN_APPOS_BEFORE.exec(tailBefore))) {
          speech = true;
          const at = m.index + m[0].indexOf(m[1]);
          const named = officeThenName(m[1], tailBefore.slice(at + m[1].length));
          speaker = named ? trimName(tailOff + at + m[1].length + named.at, named.text) : trimName(tailOff + at, m[1]);
        } else if (wordsIn >= REPORTED_MIN_WORDS && (m = RE_EN_REPORTED.exec(tailBefore))) {
          speech = true;
          speaker = trimName(tailOff + m.index + m[0].indexOf(m[1]), m[1]);
        } else if (
          (m = RE_EN_ACCORDING.exec(tailBefore)) ||
          (m = titledLead(RE_EN_ACCORDING_TITLED.exec(tailBefore))) ||
          (m = titledLead(RE_EN_AS_PUT_IT.exec(tailBefore)))
        ) {
          speech = true;
          speaker = trimName(tailOff + m.index + m[0].indexOf(m[1], 3), m[1]);
        } else if (from === s && (m = titledLead(accordingOpening(before)))) {
          speech = true;
          speaker = trimName(from + m.index + m[0].indexOf(m[1], 3), m[1]);
        } else if ((m = RE_EN_APPOS_AFTER.exec(text.slice(p.close + 1, Math.min(e, p.close + 1 + 160))))) {
          speech = true;
          speaker = trimName(p.close + 1 + m.index + m[0].indexOf(m[1]), m[1]);
        } else if (
          (roleName = roleApposName(
            (m = RE_EN_ROLE_APPOS_AFTER.exec(text.slice(p.close + 1, Math.min(e, p.close + 1 + 160)))),
          ))
        ) {
          speech = true;
          speaker = trimName(p.close + 1 + m!.index + m![0].lastIndexOf(roleName), roleName);
          roleOrg = orgOfRole(m![1], roleName);
        } else if ((m = RE_EN_AFTER_ACCORDING.exec(after))) {
          speech = true;
          speaker = trimName(p.close + 1 + m.index + m[0].lastIndexOf(m[1]), m[1]);
        } else if ((m = titledLead(RE_EN_AFTER_AS_PUT_IT.exec(after)))) {
          speech = true;
          speaker = trimName(p.close + 1 + m.index + m[0].indexOf(m[1], 3), m[1]);
        } else if ((m = afterVerbSpeaker(after))) {
          speech = true;
          const name = m[m.length - 1];
          speaker = trimName(p.close + 1 + m.index + m[0].lastIndexOf(name), name);
        } else if ((roleName = roleOnly((m = RE_EN_AFTER_ROLE_ONLY.exec(after))))) {
          speech = true;
          const at = p.close + 1 + m!.index + m![0].indexOf(roleName);
          speaker = { text: roleName, start: at, end: at + roleName.length };
        } else if ((m = RE_EN_AFTER_UNNAMED.exec(after))) {
          speech = true;
          const phrase = m[1] ?? m[2];
          const at = p.close + 1 + m.index + m[0].indexOf(phrase);
          speaker = { text: phrase, start: at, end: at + phrase.length };
        } else if (
          ((m = afterSpeakerVerb(after)) || (m = afterPossessiveTitled(after))) &&
          (RE_EN_VERB_ONLY.test(m[2]) || endsWithComma || /^\s*[,—–-]/.test(after))
        ) {
          const name = m[1];
          const ref = trimName(p.close + 1 + m.index + m[0].indexOf(name), name);
          if (ref) {
            speech = true;
            speaker = ref;
          }
        }
        if (!speech && wordsIn >= REPORTED_MIN_WORDS && (m = RE_EN_IN_WORDS.exec(tailBefore))) {
          // "In the developer's own words to the High Court: “without …”", "In the words of Mayor Ann Ruiz, “…”": what
          // follows is someone's speech, whatever its first letter; theirs when the phrase names a person.
          speech = true;
          const who = m[1] ?? m[2] ?? m[3];
          const ref = trimName(tailOff + m.index + m[0].lastIndexOf(who), who);
          if (m[3]) {
            // "In his words: “…”": the person a sentence before names, as for a pronoun after a quotation.
            const at = tailOff + m.index + m[0].lastIndexOf(who);
            const a = antecedent(si, sent.lang);
            if (a) {
              speaker = a;
              pronoun = { start: at, end: at + who.length };
            }
          } else if (ref && parsePerson(ref.text)?.name) speaker = ref;
        }
        // (a title in capitals is no name: "the partner CEO, Karim El-Sherbiny, told the room “…”" is the role and the
        // name between commas, read below)
        if (
          !speech &&
          wordsIn >= REPORTED_MIN_WORDS &&
          (m = RE_EN_REPORTED_CLAUSE.exec(tailBefore)) &&
          !isTitleToken(m[1])
        ) {
          const ref = trimName(tailOff + m.index + m[0].indexOf(m[1]), m[1]);
          if (ref) {
            speech = true;
            speaker = ref;
          }
        }
        if (
          !speech &&
          wordsIn >= REPORTED_MIN_WORDS &&
          (roleName = roleApposName((m = RE_EN_ROLE_APPOS_REPORTED.exec(tailBefore))))
        ) {
          const ref = trimName(tailOff + m!.index + m![0].indexOf(roleName, m![1].length), roleName);
          if (ref) {
            speech = true;
            speaker = ref;
            roleOrg = orgOfRole(m![1], roleName);
          }
        }
        if (!speech) {
          speech = /^[“"‘']?[A-Z0-9]/.test(inner) && wordsIn >= 5 && /[.!?]["”’']?\s*$/.test(inner);
          // A quotation that is a sentence of its own, nothing before or after it, right after another sentence of the
          // same paragraph and language.
          const aloneAfterPrevious = () =>
            speech &&
            !prev &&
            !before.trim() &&
            !text.slice(p.close + 1, e).trim() &&
            si > 0 &&
            sentences[si - 1].lang === sent.lang &&
            !opensParagraph(text, sentences, si);
          if (
            speech &&
            prev &&
            prev.speech &&
            prev.speaker &&
            !/[A-Za-z]{2,}/.test(before.replace(/\b(?:and|adding|then|he|she|said)\b/gi, ''))
          ) {
            speaker = prev.speaker;
          } else if (aloneAfterPrevious() && info[si - 1].speaker) {
            // A quotation that is a sentence of its own, right after an attributed one in the same paragraph
            // ("“…,” he said. “That is the promise we made.”"): the same speaker goes on.
            speaker = info[si - 1].speaker;
          } else if (speech && !prev && !before.trim() && carried) {
            speaker = carried;
            carriedOver = true;
          } else if (aloneAfterPrevious() && (said = reportingSubject(si - 1))) {
            // A quotation that is a sentence of its own after one that reports the words of its subject, in the same
            // paragraph ("Dana Whitt said the substation would be finished in the spring. “We ordered …”"): theirs.
            speaker = said;
          } else if (speech && !prev && /:\s*$/.test(before) && !/["“”]/.test(before)) {
            // A quotation the sentence introduces with a colon ("Nscale's chief executive, Henrik Solberg, framed it
            // as sovereignty: “…”"): the one person the words before the colon name, or their subject.
            const names = new Map<string, SpeakerRef>();
            const off = p.open - before.length;
            for (const m2 of before.matchAll(RE_FULL_NAME)) {
              const at = m2.index! + m2[0].indexOf(m2[1]);
              // Not someone the words are to, about or by ("Altman's message to Masayoshi Son was simple: “…”"), nor
              // the object of a verb ("Whitt answered Supervisor Carl Jensen directly: “…”"), but for a verb of
              // saying put before its subject ("…, added Henrik Solberg: “…”").
              const lead = before.slice(0, at);
              // An office and its portfolio before the name ("Deputy Minister of Energy Munkhbayar Ganzorig: “…”"):
              // the whole phrase is the speaker's, which parsePerson reads as the person after the portfolio.
              const office = RE_OFFICE_OF.exec(lead);
              if (office && holdsTitle(office[1])) {
                const ref = trimName(off + office.index, before.slice(office.index, at + m2[1].length));
                if (ref && parsePerson(ref.text)?.name) names.set(ref.text, ref);
                continue;
              }
              const verb = RE_VERB_BEFORE.exec(lead)?.[1];
              // (a portfolio of two names joined by "and" before the title is no list of people: "Energy and Mines
              // Minister Rosa Elvira Quispe Salazar: “…”")
              const portfolio = /^\s*(?:[-*+•]\s+)?\p{Lu}[\p{L}'’-]*\s+and\s+$/u.test(lead) && holdsTitle(m2[1]);
              // (", and" opens a clause of its own: "Oracle has signed …, and Harrow's Lucia Ferraro was blunt: “…”")
              // (whose the words are, after a verb of belonging, is named after "to" or "from": "it belongs to Park
              // Sun-woo: “…”", "the line should be credited to …", "the words came from …")
              if (
                (!portfolio &&
                  /\b(?:to|with|from|for|by|of|about|on|at|against|and|than|told|asked)\s+$/i.test(lead) &&
                  !/[,;]\s+and\s+$/.test(lead) &&
                  !RE_BELONGS_TO.test(lead)) ||
                (verb && !INVERTED_VERBS.has(verb))
              )
                continue;
              const ref = trimName(off + at, m2[1]);
              if (ref && parsePerson(ref.text)?.name) names.set(ref.text, ref);
            }
            // Else the subject of the clause the colon ends ("Oracle has signed …, and the bank's lender was blunt: “…”").
            let clause = 0;
            for (const m2 of before.matchAll(RE_CLAUSE_OPENS)) clause = m2.index! + m2[0].length;
            // …or the one word a label names (`Quintero: “…”`, `- Mayor Lunde: “…”`, a note's list of who said what): a
            // surname the people of the corpus must know, or the words stay the speaker's unknown (judge/quotes.ts).
            const label = names.size === 0 ? SURNAME_LABEL.exec(before) : null;
            const at = label ? off + label.index + label[0].indexOf(label[1]) : 0;
            speaker =
              names.size === 1
                ? [...names.values()][0]
                : label
                  ? { text: label[1], start: at, end: at + label[1].length }
                  : enSentenceSubject(text, off + clause, p.open);
          }
        }
        // A body's name before the verb may be the body a person is of ("Murat Ergün of the Aegean Investment Office
        // said: “…”"): the person speaks, as after the quotation ("“…,” Dana Whitt of the county board said").
        if (speaker && speaker.end <= p.open) speaker = personOfBody(text, s, speaker) ?? speaker;
        // ("I" outside the quotation is the text's writer, no one it named before: "Ana Brea told the board … . But I
        // told the board: “…”" are the columnist's words; authorsFirstPerson gives them to the byline's author)
        if (
          speaker &&
          (EN_PRONOUN.test(speaker.text) || EN_OBJECT_PRONOUN.test(speaker.text)) &&
          speaker.text !== 'I'
        ) {
          // A pronoun after the quotation goes back first to the person the same sentence names before it, as its
          // subject ("Stargate's Korea head, Natalie Ferris, calls gas a bridge: “…,” she said"), when no quotation
          // came before in the sentence and that clause names one person only.
          const own =
            speaker.start > p.close && !prev && /[A-Za-z]/.test(text.slice(s, p.open))
              ? enSentenceSubject(text, s, p.open)
              : undefined;
          const a =
            own && !EN_PRONOUN.test(own.text) && parsePerson(own.text)?.name && personSubjects(text, s, p.open) <= 1
              ? own
              : antecedent(si, sent.lang);
          pronoun = { start: speaker.start, end: speaker.end };
          if (a) speaker = a;
        }
      }
      if (speech) {
        const q: ExtractedQuote = {
          start: is,
          end: ie,
          text: text.slice(is, ie),
          outer: { start: p.open, end: Math.min(p.close + 1, e) },
          sentence: si,
        };
        if (speaker && speaker.end > speaker.start)
          q.speaker = { text: text.slice(speaker.start, speaker.end), start: speaker.start, end: speaker.end };
        if (pronoun && q.speaker) q.pronoun = pronoun;
        if (carriedOver && q.speaker) q.carried = true;
        if (roleOrg && q.speaker) q.org = roleOrg;
        if (p.open === unclosed && runsOn) run = { speaker: q.speaker };
        out.push(q);
        if (q.speaker) info[si].speaker = q.speaker;
      }
      prev = { close: p.close, speaker, pronoun, speech };
    }
  }
  interviewAnswers(text, sentences, out);
  labeledTurns(text, sentences, out, headings);
  tableRowSpeakers(text, out);
  const spoken = speechText(text, sentences, out);
  const stated = statementSections(text, sentences, out);
  const captioned = captionedSpeech(text, sentences, out);
  const signedBy = signedLetters(text, out);
  resolvePeople(text, out);
  // (the name as the letter is signed, its syllables joined: "대표이사 이 수 아" is 이수아)
  for (const [q, name] of signedBy) q.person = name;
  // (the name as the speech's field gives it, though it ends as a place may: 송현주)
  for (const [q, name] of spoken) q.person = name;
  // (the name as the whole caption reads it: "나오미 페어뱅크스" alone would be read as the Korean name 나오미)
  for (const [q, name] of captioned) q.person = name;
  // (the name as the statement's heading gives it, maybe in capitals, with its given names from elsewhere in the text)
  for (const [q, name] of stated) q.person = name;
  return out;
}

/**
 * A TV news transcript's caption label, a line of its own above the words it subtitles: "[인터뷰 자막: 강태민 /
 * 군산시장]", "[인터뷰: 강태민 군산시장]", "[인터뷰] 이복순 해남군 산이면 주민", "[싱크] …". Group 1 is who (a name, a
 * role after it), group 2 the role after a slash.
 */
const RE_CAPTION =
  /^\s*\[\s*(?:인터뷰|인터뷰\s*자막|자막|싱크|녹취)\s*(?:[:：]\s*([^\]\n/]{2,60}?)\s*(?:\/\s*([^\]\n]{1,60}?)\s*)?\]|\]\s*([^\n"“”'‘’\[\]]{2,60}?))\s*$/u;
/**
 * A TV news transcript's caption as most stations set it, the name and the role between a slash in brackets, a line of
 * its own ("[정해린/포항시장]", "[김서진/울산시 경제부시장]"). Group 1 is the name, group 2 the role. (A photo's or a
 * camera's credit, "[사진/연합뉴스]", "[영상취재/최현우]", names no one the caption opens with.)
 */
const RE_SLASH_CAPTION = /^\s*\[\s*([가-힣][가-힣 ]{1,20}?)\s*\/\s*([^\]\n/]{1,60}?)\s*\]\s*$/u;
/**
 * A broadcast script's cue, as stations write their web scripts: a direction between pointers, then who speaks and what
 * they are after a slash, a line of its own over the words ("◀ INT ▶ 문경숙 / 영광군의회 스타게이트 특별위원장", "◀ 인터뷰 ▶
 * 홍길동/주민", "<인터뷰> 홍길동 / 주민"). Group 1 is who, group 2 the role. (A "◀ SYNC ▶ 대마면 주민" names no one: a
 * role alone is no person to parsePerson.)
 */
const RE_CUE_CAPTION =
  /^\s*(?:◀\s*(?:INT|SYNC|인터뷰|녹취|싱크|현장음)\s*▶|<\s*(?:인터뷰|녹취|싱크)\s*>)\s*([^\n/"“”'‘’\[\]<>◀▶]{2,60}?)\s*(?:\/\s*([^\n"“”'‘’<>◀▶]{1,60}?)\s*)?$/iu;
/** A sentence that is a quotation and nothing else (a transcript's subtitled words). */
const RE_QUOTED_LINE = /^\s*["“]/;

/**
 * The quotations under a caption label (RE_CAPTION) are the words of the person it names: the sentences right after
 * it that open with a quotation mark, up to the first that does not (the reporter's words, the next label). The
 * label names a person when the name and role read as one ("강태민 군산시장", "마크 할로웨이 스타게이트 …
 * 부사장"); a quotation the sentence gives a speaker of its own keeps it. Returns each quotation given a speaker, with
 * the person's name.
 */
function captionedSpeech(text: string, sentences: RawSentence[], out: ExtractedQuote[]): [ExtractedQuote, string][] {
  const given: [ExtractedQuote, string][] = [];
  let byStart: Map<number, ExtractedQuote[]> | undefined;
  /** The caption `line` (at `st` in the text) over the quotations from sentence `first` on. */
  const caption = (line: string, st: number, first: number) => {
    if (line.length > 160 || !/[[◀<]/.test(line)) return;
    const m = RE_CAPTION.exec(line) ?? RE_SLASH_CAPTION.exec(line) ?? RE_CUE_CAPTION.exec(line);
    if (!m) return;
    const who = (m[1] ?? m[3]).trim();
    const role = m[2]?.trim();
    const p = parsePerson(role ? `${who} ${role}` : who);
    if (!p?.name || !who.startsWith(p.name)) return;
    const at = st + line.indexOf(who, m.index + 1);
    byStart ??= quotesBySentence(out);
    for (let k = first; k < sentences.length; k++) {
      if (!RE_QUOTED_LINE.test(text.slice(sentences[k].start, sentences[k].end))) break;
      for (const q of byStart.get(k) ?? [])
        if (!q.speaker) {
          q.speaker = { text: p.name, start: at, end: at + p.name.length };
          given.push([q, p.name]);
        }
    }
  };
  for (let i = 0; i < sentences.length; i++) {
    if (i + 1 < sentences.length) caption(text.slice(sentences[i].start, sentences[i].end), sentences[i].start, i + 1);
    // A caption the reader left out of the sentences, on the last line before a quotation's.
    const from = i > 0 ? sentences[i - 1].end : 0;
    const gap = text.slice(from, sentences[i].start);
    if (!/[[◀<]/.test(gap) || text.charCodeAt(sentences[i].start) === 0x5b) continue;
    const lines = gap.split('\n');
    let k = lines.length - 1;
    while (k >= 0 && !lines[k].trim()) k--;
    if (k < 0) continue;
    const lineAt = from + lines.slice(0, k).reduce((n, l) => n + l.length + 1, 0);
    caption(lines[k], lineAt, i);
  }
  return given;
}

/** The quotations found so far, by the index of their sentence. */
function quotesBySentence(quotes: readonly ExtractedQuote[]): Map<number, ExtractedQuote[]> {
  const m = new Map<number, ExtractedQuote[]>();
  for (const q of quotes) {
    const l = m.get(q.sentence);
    if (l) l.push(q);
    else m.set(q.sentence, [q]);
  }
  return m;
}

// ---------------------------------------------------------------- interviews

/**
 * The sentence before sentence `si` when it announces the quotation `p`, which is the whole of sentence `si` and opens
 * its line: the line before ends in a colon after a speaker and a verb of saying, or their stance ("Callum Whitlock,
 * Stargate's head of Asia-Pacific sites, said:", "Tregear told analysts:", "Tregear was blunter:"), with no quotation
 * of its own. Else -1.
 */
function announcedBy(
  text: string,
  sentences: RawSentence[],
  si: number,
  p: Pair,
  e: number,
  inside: boolean[],
): number {
  const j = si - 1;
  if (j < 0 || inside[j] || sentences[j].lang !== 'en' || sentences[si].lang !== 'en') return -1;
  if (!/^[\s.]*$/.test(text.slice(p.close + 1, e))) return -1;
  if (!/^[ \t]*\r?\n\s*$/.test(text.slice(sentences[j].end, sentences[si].start))) return -1;
  const line = unwrapped(text.slice(Math.max(sentences[j].start, sentences[j].end - 160), sentences[j].end));
  if (!/:\s*$/.test(line) || /["“”]/.test(line)) return -1;
  if (
    [RE_EN_BEFORE, RE_EN_BEFORE_OBJECT, RE_EN_BEFORE_STANCE, RE_EN_BEFORE_WHERE, RE_EN_APPOS_BEFORE].some((r) =>
      r.test(line),
    )
  )
    return j;
  // A sentence of its own that names the words by their owner's pronoun ("Her line that everyone is quoting:", "His
  // answer:"): the quotation under it is that person's (possessiveLine, read by the caller).
  if (possessiveLine(text, sentences, j)) return j;
  // A line of its own that names one person and no verb of saying ("NRPA president Dana Kowalchuk, quoted in the
  // Record:", "Namdo's CEO, Jeong Seok-hyeon, through an interpreter:"), as a forum post or a release sets a quotation
  // under whose it is: the words before the quotation, where the colon's rule reads its person (not one the words are
  // to, about or from).
  if (!opensParagraph(text, sentences, j) || sentences[j].end - sentences[j].start > line.length) return -1;
  const names = new Set<string>();
  for (const m of line.matchAll(RE_FULL_NAME)) {
    const name = parsePerson(m[1])?.name;
    if (name) names.add(name);
  }
  return names.size === 1 ? j : -1;
}

/**
 * A sentence that is a possessive pronoun, what it owns and a colon, nothing else ("Her line that everyone is quoting:",
 * "His answer to the council:", "Their verdict:"): what it owns is no one else's (no possessive of another, "Her
 * company's reply:"), and no quotation stands in it; a phrase, no clause (no comma), and no honorific ("His Excellency the
 * President, approved the following:"). Group 1 is the pronoun.
 */
const RE_POSSESSIVE_LINE =
  /^\s*(His|Her|Their)\s+(?!(?:Excellency|Majesty|Highness|Honou?r|Eminence|Grace|Worship)\b)(?:[^\s"“”'’:;,]+\s+){0,8}[^\s"“”'’:;,]+\s*:\s*$/;
/** Sentence j when it is RE_POSSESSIVE_LINE's; undefined else. */
function possessiveLine(text: string, sentences: RawSentence[], j: number): RegExpExecArray | undefined {
  const t = text.slice(sentences[j].start, sentences[j].end);
  if (t.length > 100 || /['’]s\b/.test(t)) return undefined;
  return RE_POSSESSIVE_LINE.exec(t) ?? undefined;
}

/** Whether sentence `i` opens a paragraph (the first, or after a blank line). */
function opensParagraph(text: string, sentences: RawSentence[], i: number): boolean {
  return i === 0 || /\n\s*\n/.test(text.slice(sentences[i - 1].end, sentences[i].start));
}

/** A list item's marker, alone before the words on its line: a bullet, or a number or letter and a stop. */
const RE_ITEM_MARK = /^[ \t]*(?:[-*+•▪◦‣○◯●◎□■▶▷►◆◇]|\d{1,2}[.)]|[a-z가-하][.)])[ \t]+$/;
/**
 * Where the words of each given block begin (a report's Markdown blocks: its list items, whose markers its prose
 * no longer holds), past the spaces that stand for the markup.
 */
function blockOpenings(text: string, blocks?: Span[]): Set<number> | undefined {
  if (!blocks?.length) return undefined;
  const at = new Set<number>();
  for (const b of blocks) {
    let i = b.start;
    while (i < b.end && isWs(text.charCodeAt(i))) i++;
    at.add(i);
  }
  return at;
}
/**
 * Whether the words at `start` open a list item: a block of the report's (`blocks`), or a line of the text that a
 * list marker opens ("    - 윤재석 대표: …", "• Mayor …").
 */
function opensItem(text: string, start: number, blocks?: Set<number>): boolean {
  if (blocks?.has(start)) return true;
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  return start - ls <= 12 && RE_ITEM_MARK.test(text.slice(ls, start));
}

/**
 * A paragraph opened by who speaks, as transcripts, hearings and Q&As write it: "Raman: …", "**Hale:** …", "ALTMAN:
 * …", "**Dr Okafor:** …", "**Q45 Chair:** …", "[00:01:08] **Jorge Beltrán (VP of Energy, Tallgrass Compute):** …",
 * "**Victor Amsel, Chief Executive Officer:** …", "**[00:01:48] DANIEL WHITCOMBE:** …": a timestamp (inside the
 * emphasis or before it), a question's number or a bullet may come first, a role in brackets or after a comma may
 * follow the name, inside the emphasis or not. Group 1 is the name.
 */
const RE_TURN_LABEL =
  /^\s*(?:\*\*|__)?(?:\[\d{1,2}(?::\d{2}){1,2}\]\s*|\(\d{1,2}(?::\d{2}){1,2}\)\s*)?(?:\*\*|__)?(?:Q\d+\s+)?([A-Z][\p{L}'’.-]+(?:[ \t]+[A-Z][\p{L}'’.-]+){0,3})(?:[ \t]*\([^()\n:]{1,80}\)|,[ \t]+[^:\n*"“”]{1,80})?(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*/u;
/**
 * A parliament's record (Hansard, as Westminster-style parliaments print it) gives a minister's first turn by office,
 * the name in brackets: "The Minister for Sustainability and the Environment (Ms Grace Teo): …", "The Parliamentary
 * Secretary to the Treasury (Dr Alan Moore): …". Group 1 is the office (an office word in it), group 2 the name
 * (after an honorific).
 */
const RE_OFFICE_TURN_LABEL =
  /^\s*(?:\*\*|__)?(?:The[ \t]+)?([A-Z][\p{L}'’.-]*(?:,?[ \t]+(?:[A-Z][\p{L}'’.-]*|of|for|and|the|on|in|to|at|&)){0,14})[ \t]*\((?:(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Prof|Professor|Sir|Dame|Datuk|Dato'?|Datin|Tan[ \t]+Sri|Hon|Deputy|Senator)\.?[ \t]+)?([A-Z][\p{L}'’.-]+(?:[ \t]+[A-Z][\p{L}'’.-]+){1,3})\)(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*/u;
const RE_OFFICE_WORD =
  /\b(?:Minister|Secretary|Speaker|Treasurer|Premier|Attorney|Leader|Chancellor|Solicitor|Whip|Chairman|Chairwoman|Chairperson|President)\b/;
/** A line that is an office's label and nothing else ("Minister of State at … (Deputy Deirdre Fahy):"). */
export function isOfficeLabel(line: string): boolean {
  const o = RE_OFFICE_TURN_LABEL.exec(line);
  return !!o && RE_OFFICE_WORD.test(o[1]) && !/\S/.test(line.slice(o[0].length).replace(/\*\*|__/g, ''));
}
/**
 * A verbatim record as continental parliaments and councils print it (Italy's resoconto stenografico, France's compte
 * rendu, and the English translations made of them): who speaks in capitals, what they are after a comma or their
 * group in brackets, a full stop, and the words on the same line ("PRESIDENT. We move on to …", "FERRANTE, Regional
 * Councillor for Energy. Thank you, Madam President.", "LO GIUDICE (PD). …"), opening with a letter or a quotation mark
 * (a number after the stop makes the capitals an abbreviation's: "RESOLUTION NO. 2026-07: Motion by …"). Group 1 is
 * the label; as every label, read only where the text has two or more.
 */
const RE_CAPS_DOT_LABEL =
  /^\s*(?:\*\*|__)?(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]*){0,3})(?:[ \t]*\([^()\n]{1,60}\)|,[ \t]+[^.\n:;"“”]{2,120})?\.(?:\*\*|__)?[ \t]+(?=[\p{L}"“‘'(])/u;
/** A section's number in Roman numerals ("II. BACKGROUND"), which RE_CAPS_DOT_LABEL would read as a label. */
const RE_ROMAN = /^[IVXLC]+$/;
/** A Korean record's label: "○ 이정민 위원장: …", "한도윤 한국전력공사 전력계통본부장: …" (a name, then what they are). */
const RE_KO_TURN_LABEL =
  /^\s*(?:[○◯●◎□■▶]\s*)?(?:\*\*|__)?([가-힣]{2,4}(?:[ \t]+[가-힣A-Za-z0-9·]{1,20}){0,3})(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*/u;
/**
 * A Korean record's label that gives the role and the name in brackets, as a board's minutes and a call's Q&A set it
 * ("○ 의장(최영길 사장) : …", "발전본부장(유지석) : …", "A(하도진 대표): …"): group 1 is the name, what the person is may
 * follow it inside the brackets.
 */
const RE_KO_ROLE_NAME_LABEL =
  /^\s*(?:[○◯●◎□■▶]\s*)?(?:\*\*|__)?[가-힣A-Za-z0-9·]{1,20}\(([가-힣]{2,4})(?:[ \t]+[가-힣A-Za-z0-9·]{1,12})?\)(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*/u;
/**
 * The National Assembly's and councils' minutes: a circle, who speaks (a role and a name in either order), and two
 * spaces before the words, no colon ("○위원장 최인규  …", "○김하늘 위원  …", "○참고인 로렐 애시다운  …").
 */
const RE_KO_RECORD_LABEL =
  /^\s*(?:[○◯]\s*)?([가-힣A-Za-z0-9·]{1,30}(?:[ \t][가-힣A-Za-z0-9·]{1,30}){0,3}?)[ \t]{2,}(?=\S)/u;
/** Whether the line `at` is on opens with a circle (the reader may have left it out of the sentence). */
function circledLine(text: string, at: number): boolean {
  const ls = text.lastIndexOf('\n', at - 1) + 1;
  return /^\s*[○◯]/.test(text.slice(ls, at + 2));
}
/**
 * A line that is a speaker's label and nothing else, as earnings-call transcripts set it above the words: "Renata Sousa
 * -- Chief Financial Officer", "Grant Whitlow, President and Chief Executive Officer" (a comma, then a title), "Operator";
 * in Markdown the name alone may be in bold, the title in italics ("**Han Do-yoon** -- *Chief Executive Officer*").
 */
const RE_TURN_LINE =
  /^\s*(?:\*\*|__)?([A-Z][\p{L}'’.-]+(?:[ \t]+[A-Z][\p{L}'’.-]+){1,3})(?:\*\*|__)?(?:[ \t]+(?:--|—|–)[ \t]+[^\n]{2,100}?|,[ \t]+(?=[^\n]{0,80}\b(?:Chief|President|Officer|Director|Head|Analyst|Manager|Chair(?:man|woman|person)?|CEO|CFO|COO|CTO|Founder|Partner|Minister|Secretary|Governor|Mayor|Senator|Commissioner|Treasurer|Relations|Vice)\b)[^\n.!?:]{2,100})(?:\*\*|__)?\s*$/u;
/**
 * A full name and what they are after a comma, the whole line, over the words in the same paragraph (a call
 * transcript's "Sunita Rao, Caldera Securities", "Ben Okafor, Hollis Brothers & Co."): no sentence, no colon.
 */
const RE_COMMA_LABEL_LINE =
  /^\s*(?:\*\*|__)?([A-Z][\p{L}'’.-]+(?:[ \t]+[A-Z][\p{L}'’.-]+){1,3}),[ \t]+(?:[^\n.!?:;"“”]|\.(?=\S)|\b(?:Co|Inc|Ltd|Corp|plc|LLC|Jr|Sr)\.(?=\s*(?:\*\*|__)?\s*$|,)){2,80}(?:\*\*|__)?\s*$/u;
/**
 * A line that is a speaker's label and the time the turn starts, as meeting, podcast and chat tools set it over the
 * words (Otter.ai's "Samira Khelifati  02:09", "Speaker 5  05:16"; "Dana Whitt (00:41)", "Dana Whitt [1:02:03]:"; a
 * chat copied out of Slack, "염지후  오후 11:05"), or the time first, as a podcast app's transcript sets it ("00:41
 * Natasha Ramkissoon", "[12:05] Dana Whitt"). Group 1 (the label after the time: group 2) is the label: up to four
 * capitalized words, a tool's numbered "Speaker 2", or a Korean name (and title).
 */
const TIMED_LABEL = String.raw`(?:Speaker|Participant|Guest)[ \t]+\d{1,3}|[A-Z][\p{L}'’.-]+(?:[ \t]+[A-Z][\p{L}'’.-]+){0,3}|[가-힣]{2,5}(?:[ \t]+[가-힣]{1,8})?`;
const TIMED_AT = String.raw`(?:(?:오전|오후)[ \t]*)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[ \t]*(?:AM|PM|am|pm))?`;
const RE_TIMED_LABEL_LINE = new RegExp(
  String.raw`^\s*(?:\*\*|__)?(?:(${TIMED_LABEL})(?:\*\*|__)?(?:[ \t]+${TIMED_AT}|[ \t]*[([]${TIMED_AT}[)\]][ \t]*:?)|(?:${TIMED_AT}|[([]${TIMED_AT}[)\]])[ \t]+(?:\*\*|__)?(${TIMED_LABEL})(?:\*\*|__)?[ \t]*:?)[ \t]*$`,
  'u',
);
/** Labels that are a part someone plays in the record, not a name: they end the turn before and quote no one. */
const RE_ROLE_LABEL =
  /^(?:Operator|Moderator|Host|Co-?host|Interviewer|Presenter|Chair|Chairman|Chairwoman|Chairperson|Convener|Speaker|(?:Speaker|Participant|Guest)\s+\d{1,3}|Clerk|Unidentified(?:\s+\w+)*|Unknown(?:\s+\w+)*|Audience(?:\s+\w+)*|Participant|Analyst|Caller|Reporter|Narrator)$/i;
/** The label a line that is only a speaker's label gives (RE_TURN_LINE's name, or a role such as "Operator"). */
function labelLine(line: string): string | undefined {
  const m = RE_TURN_LINE.exec(line);
  if (m) return m[1];
  const tm = RE_TIMED_LABEL_LINE.exec(line);
  if (tm) return tm[1] ?? tm[2];
  const t = line.trim();
  return RE_ROLE_LABEL.test(t) ? t : undefined;
}
/** Whether a line is a speaker's label and nothing else (labelLine), or a full name and what they are after a comma. */
function isLabelLine(line: string): boolean {
  const t = line.replace(/\r$/, '');
  return !!t.trim() && !!(labelLine(t) ?? RE_COMMA_LABEL_LINE.exec(t));
}
/** Labels that open a note or a question, not a turn. */
const RE_NOT_LABEL =
  /^(?:Q|A|Note|Notes|Update|Source|Sources|Photo|Editor|Related|Correction|Disclosure|Present|Officers|Witnesses|Members|Apologies|Item|Re|Subject|Date|Time|Venue|Attendees|Agenda|Resolved)$/i;
/** A paragraph that goes on a speaker's turn: prose ending as a sentence does, not a heading or a bracketed direction. */
const RE_STAGE = /^\s*[([*_]/;
/**
 * A page's number as a footer prints it, a paragraph of its own: "Page 2 of 18", "- 2 -" (which may read as a list's
 * item, "2 -"), "2", "2 / 18", "p. 2".
 */
const RE_PAGE_MARK =
  /^\s*(?:page[ \t]+\d{1,4}(?:[ \t]*(?:of|\/)[ \t]*\d{1,4})?|[-–—]?[ \t]*\d{1,4}[ \t]*[-–—]?|\d{1,4}[ \t]*\/[ \t]*\d{1,4}|p\.[ \t]*\d{1,4})\s*$/i;
const RE_SENTENCE_END = /[.!?。…"”’)]\s*$|[다요죠까]\.?\s*$/;

/**
 * The turns of a transcript: paragraphs opened by a label that names a person are that person's words to the
 * paragraph's end; a quotation in it whose speaker the sentence does not name is theirs too. A label names a person
 * when it is a full name ("Helen Marsh", "이정민 위원장") or a surname of a full name the article gave before it
 * ("Evan Hale spoke with Priya Raman … **Raman:** Not yet. …", the witnesses' list before "**Dr Okafor:**"). In a record
 * of three labels or more, a turn goes on through the paragraphs after its label (transcripts set a long answer in
 * several) to the next label, heading or bracketed direction; a label line alone ("Renata Sousa -- Chief Financial
 * Officer") opens a turn there. Labels that are a role ("Operator", "Chair") end the turn before and give no one's words.
 * At least two labels, or nothing here is a transcript.
 */
/**
 * A turn's label that opens with a courtesy or a member's title before a name ("Councillor Tun", "Mr Pott", "Ms Lena
 * Ruiz", "Dr. Okafor"), as a meeting's record calls people: a person's, never a heading's words.
 */
const RE_TITLED_LABEL =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Councilor|Alderman|Alderwoman|Commissioner|Senator|Professor|Prof|Trustee|Supervisor|Delegate|Assemblyman|Assemblywoman|Representative|Rep|Sen)\.?[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}$/u;
/** Where the line holding offset `at` opens, when only blanks stand before `at` on it; -1 else. */
function lineStartOf(text: string, at: number): number {
  const ls = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*$/.test(text.slice(ls, at)) ? ls : -1;
}
/**
 * The lines that open a turn in a transcript set one turn a line, no blank line between (a Google Meet script's
 * "구은비: 네, …" over "노을선: 네, 안녕하세요. …", a chat copied out): paragraphs of two lines or more whose every line
 * opens with a speaker's label (RE_TURN_LABEL, RE_KO_TURN_LABEL) that is no note's (RE_NOT_LABEL, a memo's "Date:"). Each
 * such line is a turn as a paragraph opened by a label is; a paragraph read so before stayed its first speaker's.
 */
function turnLines(text: string): Set<number> {
  const found = new Set<number>();
  if (!/\n[^\n]{2,40}[:：][^\n]*\n[^\n]{2,40}[:：]/.test(text)) return found;
  const labelled = (line: string) => {
    const m = RE_TURN_LABEL.exec(line) ?? RE_KO_TURN_LABEL.exec(line);
    return !!m && !RE_NOT_LABEL.test(m[1]) && line.length > m[0].length;
  };
  let para: number[] = [];
  let ok = true;
  const close = () => {
    if (ok && para.length >= 2) for (const at of para) found.add(at);
    para = [];
    ok = true;
  };
  let at = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) close();
    else {
      para.push(at);
      if (!labelled(line.replace(/\r$/, ''))) ok = false;
    }
    at += line.length + 1;
  }
  close();
  return found;
}
/** Every name-like run of capitalized words (matchAll copies it, so it is shared). */
const RE_NAMES = new RegExp(NAME, 'g');

function labeledTurns(text: string, sentences: RawSentence[], out: ExtractedQuote[], headings?: Span[]): void {
  const inHeading = (at: number) => !!headings?.some((h) => at >= h.start && at < h.end);
  const lineTurns = turnLines(text);
  // (a turn a line, in a paragraph whose every line opens with a label, opens there as a paragraph's does)
  const starts = (i: number) =>
    opensParagraph(text, sentences, i) || (lineTurns.size > 0 && lineTurns.has(lineStartOf(text, sentences[i].start)));
  // (`runs`: an office's label that is its paragraph, as a parliament's written answer sets it over the answer)
  type Turn = {
    i: number;
    label: string;
    labelStart: number;
    end: number;
    alone: boolean;
    ko: boolean;
    office?: boolean;
    runs?: boolean;
  };
  const turns: Turn[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (!starts(i) || inHeading(sentences[i].start)) continue;
    const st = sentences[i].start;
    // (a turn that a label opening the paragraph opens)
    const labelled = (label: string, labelStart: number, end: number, ko = false) =>
      turns.push({ i, label, labelStart, end, alone: false, ko });
    const head = text.slice(st, Math.min(sentences[i].end, st + 160));
    // A label line with the time the turn starts (a meeting or chat tool's), over the words or a paragraph of its own:
    // before the colon rules, which take the time's colon for the label's ("염지후  오후 11:" over "05¶…").
    const firstLine = text
      .slice(st, Math.min(text.length, st + 200))
      .split('\n', 1)[0]
      .replace(/\r$/, '');
    const tm = RE_TIMED_LABEL_LINE.exec(firstLine);
    const tl = tm && { label: tm[1] ?? tm[2], at: tm[0].lastIndexOf(tm[1] ?? tm[2]) };
    if (tl) {
      let last = i;
      while (last + 1 < sentences.length && !starts(last + 1)) last++;
      const below = st + firstLine.length + 1;
      const over = sentences[last].end > below;
      turns.push({
        i,
        label: tl.label,
        labelStart: st + tl.at,
        end: over ? below : sentences[last].end,
        alone: !over,
        ko: /[가-힣]/.test(tl.label),
      });
      continue;
    }
    const m = RE_TURN_LABEL.exec(head.slice(0, 140));
    if (m && !RE_NOT_LABEL.test(m[1])) {
      labelled(m[1], st + m.index + m[0].indexOf(m[1]), st + m[0].length);
      continue;
    }
    // (the label's full stop may end the reader's sentence: the line is read on past it)
    const line = text.slice(st, Math.min(text.length, st + 200)).split('\n', 1)[0];
    const d = RE_CAPS_DOT_LABEL.exec(line);
    if (d && !RE_ROMAN.test(d[1]) && !RE_NOT_LABEL.test(d[1])) {
      labelled(d[1], st + d.index + d[0].indexOf(d[1]), st + d[0].length);
      continue;
    }
    const o = RE_OFFICE_TURN_LABEL.exec(head.slice(0, 160));
    if (o && RE_OFFICE_WORD.test(o[1])) {
      labelled(o[2], st + o.index + o[0].lastIndexOf(o[2]), st + o[0].length);
      turns[turns.length - 1].office = true;
      // (the label alone on its line, a paragraph of its own: the answer is the paragraphs under it)
      const rest = text.slice(st + o[0].length, Math.min(text.length, st + o[0].length + 200)).split('\n', 1)[0];
      if (!/\S/.test(rest.replace(/\*\*|__/g, ''))) turns[turns.length - 1].runs = true;
      continue;
    }
    const kb = RE_KO_ROLE_NAME_LABEL.exec(head.slice(0, 60));
    if (kb) {
      labelled(kb[1], st + kb.index + kb[0].indexOf(kb[1]), st + kb[0].length, true);
      continue;
    }
    const k =
      RE_KO_TURN_LABEL.exec(head.slice(0, 60)) ??
      (circledLine(text, st) ? RE_KO_RECORD_LABEL.exec(head.slice(0, 60)) : null);
    if (k) {
      labelled(k[1], st + k[0].indexOf(k[1]), st + k[0].length, true);
      continue;
    }
    // A label line alone, in the text before the paragraph when the reader kept it out of the sentences (a line an
    // article repeats is read as furniture: "Operator", "Marcus Obi -- Chief Executive Officer").
    const gapFrom = i > 0 ? sentences[i - 1].end : 0;
    const gap = text.slice(gapFrom, st);
    let gapAt = gapFrom,
      gapLabel: { label: string; at: number } | undefined;
    // (a gap of blank lines, as between most paragraphs, holds no label: not split)
    if (/\S/.test(gap))
      for (const line of gap.split('\n')) {
        const g = labelLine(line) ?? RE_COMMA_LABEL_LINE.exec(line)?.[1];
        if (g) gapLabel = { label: g, at: gapAt + line.indexOf(g) };
        else if (line.trim()) gapLabel = undefined;
        gapAt += line.length + 1;
      }
    if (gapLabel) {
      // (a label line next to another, no blank line between, is a list of people, no one's words: a report's
      // authors, "Thomas R. Ellery, Analyst in Energy Policy" over "Lucía M. Navarro, Specialist in …")
      const ls = text.lastIndexOf('\n', gapLabel.at - 1) + 1;
      const above = ls > 0 ? text.slice(text.lastIndexOf('\n', ls - 2) + 1, ls - 1) : '';
      const below = /\n[^\S\n]*\n/.test(text.slice(gapLabel.at, st)) ? '' : text.slice(st).split('\n', 1)[0];
      if (!isLabelLine(above) && !isLabelLine(below))
        turns.push({
          i,
          label: gapLabel.label,
          labelStart: gapLabel.at,
          end: st,
          alone: false,
          ko: /[가-힣]/.test(gapLabel.label),
        });
      continue;
    }
    // A label line alone: the paragraph is that one line (and one sentence).
    let last = i;
    while (last + 1 < sentences.length && !starts(last + 1)) last++;
    const para = text.slice(st, sentences[last].end);
    const nl = para.indexOf('\n');
    if (nl > 0 && nl < 120) {
      // …or over the words, in the same paragraph ("Ben Okafor, Hollis Brothers & Co." and his question on the line
      // below; "Operator" and the next caller): a label line, or a full name and what they are after a comma.
      const first = para.slice(0, nl).replace(/\r$/, '');
      const l = labelLine(first) ?? RE_COMMA_LABEL_LINE.exec(first)?.[1];
      if (l && para.slice(nl + 1).trim()) {
        turns.push({ i, label: l, labelStart: st + first.indexOf(l), end: st + nl + 1, alone: false, ko: false });
      }
      continue;
    }
    if (para.includes('\n') || last > i) continue;
    const l = labelLine(para);
    if (l)
      turns.push({
        i,
        label: l,
        labelStart: st + para.indexOf(l),
        end: sentences[last].end,
        alone: true,
        ko: false,
      });
  }
  // (a written answer: the one office's label over the answer, "Minister of State at the Department of … (Deputy
  // Deirdre Fahy):", as parliaments publish a written reply)
  if (turns.length < 2 && !(turns.length === 1 && turns[0].runs)) return;
  // The people the article names before its first turn, by full name and by surname.
  const named = new Map<string, { start: number; end: number }>();
  for (let i = 0; i < turns[0].i; i++) {
    const t = text.slice(sentences[i].start, sentences[i].end);
    for (const m of t.matchAll(RE_NAMES)) {
      const p = parsePerson(m[0]);
      if (!p?.name) continue;
      const at = { start: sentences[i].start + m.index! + p.start, end: sentences[i].start + m.index! + p.end };
      for (const k of [p.name, p.surname]) if (k && !named.has(k.toLowerCase())) named.set(k.toLowerCase(), at);
    }
  }
  /**
   * Who a label names: the person the article named so, the label's own full name, a surname it gave in full before.
   * A label in capitals ("DANA WHITCOMBE:", "IMBERT:", as transcripts set them) is read as the name it spells, which
   * is then the quotation's person (`person`: the words as written are no name to the rules that read one).
   */
  const capsNames = new Map<string, string>();
  const whoOf = (t: Turn): { start: number; end: number; person?: string } | undefined => {
    if (RE_ROLE_LABEL.test(t.label)) return undefined;
    const before = named.get(t.label.toLowerCase());
    if (before) return before;
    const caps = !t.ko && !/\p{Ll}/u.test(t.label) && /\p{Lu}{2}/u.test(t.label);
    const label = caps ? t.label.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()) : t.label;
    const p = parsePerson(label);
    if (!p) return t.ko ? roleThenName(t) : undefined;
    const at = { start: t.labelStart + p.start, end: t.labelStart + p.end };
    // A full name the record writes once only, in one label, may be a heading's words ("Key Takeaways:").
    if (t.ko) return p.name && isKoreanName(p.name) && (twice(p.name) || p.end < t.label.length) ? at : undefined;
    // (A name in capitals is written once more in the text when it is written once as the article's words.)
    if (p.name && caps && p.surname && /\s/.test(p.name) && text.includes(p.name))
      capsNames.set(p.surname.toLowerCase(), p.name);
    if (p.name)
      // (an office's label names the person in brackets, no heading's words: "Minister for … (Ms Grace Teo):")
      // (…or a courtesy title before it: "Ms Lena Ruiz:", no heading's words)
      return /\s/.test(p.name) &&
        (caps ? text.includes(p.name) : t.office || twice(p.name) || RE_TITLED_LABEL.test(label))
        ? caps
          ? { ...at, person: p.name }
          : at
        : undefined;
    // A surname in capitals is first the full name an earlier label in capitals gave ("RACHEL IMBERT:", then "IMBERT:").
    const full = p.surname
      ? ((caps ? capsNames.get(p.surname.toLowerCase()) : undefined) ?? fullNameBefore(text, t.labelStart, p.surname))
      : undefined;
    if (full) return caps ? { ...at, person: full } : at;
    // A surname after a courtesy title or a member's title ("Councillor Tun:", "Mr Pott:", as a meeting's record calls
    // those it knows by surname): a person, whom the corpus's people may know in full (judge/people.ts); no heading's
    // words open with such a title.
    return !caps && RE_TITLED_LABEL.test(label) && !/\s/.test(p.surname ?? ' ') ? at : undefined;
  };
  /**
   * A minutes' label with the role first ("참고인 오정민", "위원장 최인규", "참고인 로렐 애시다운"): the words after the role,
   * a Korean name, or a foreign name in Hangul that the record writes again. A foreign name is the quotation's person
   * as it stands (`person`): the label's place makes it a name, which the rules that read one cannot tell from its
   * words without a title after them.
   */
  const roleThenName = (t: Turn): { start: number; end: number; person?: string } | undefined => {
    const m = /^([가-힣A-Za-z0-9·]+)[ \t]+([가-힣]{1,8}(?:[ \t][가-힣]{1,8}){0,2})$/.exec(t.label);
    if (!m) return undefined;
    const rest = m[2];
    const q = parsePerson(rest);
    const known = q?.name === rest ? isKoreanName(rest) && twice(rest) : /\s/.test(rest) && twice(rest);
    if (!known) return undefined;
    const start = t.labelStart + m[0].length - rest.length;
    return { start, end: start + rest.length, ...(q?.name === rest ? {} : { person: rest }) };
  };
  const twice = (name: string) => {
    const i = text.indexOf(name);
    return i >= 0 && text.indexOf(name, i + name.length) >= 0;
  };
  const whos = turns.map(whoOf);
  // A record: three turns or more that name a person. Only there does a turn run on past its label's paragraph.
  const record = whos.filter(Boolean).length >= 3;
  const bySentence = quotesBySentence(out);
  const added: ExtractedQuote[] = [];
  for (let n = 0; n < turns.length; n++) {
    const t = turns[n];
    const who = whos[n];
    if (!who) continue;
    const speaker = () => ({ text: text.slice(who.start, who.end), start: who.start, end: who.end });
    const runs = record || !!t.runs;
    // The paragraphs of the turn: the label's, then (in a record) those after it up to the next label.
    const stop = n + 1 < turns.length ? turns[n + 1].i : sentences.length;
    const first = t.alone ? t.i + 1 : t.i;
    if (first >= stop) continue;
    for (let pi = first; pi < stop;) {
      let last = pi;
      while (last + 1 < sentences.length && !starts(last + 1)) last++;
      const from = pi === t.i ? t.end : sentences[pi].start;
      if (pi !== t.i) {
        const para = text.slice(sentences[pi].start, sentences[last].end);
        // (a page's footer, "Page 2 of 18" or "- 2 -", falls where the page ends, in the middle of an answer as often
        // as not: the turn goes on over it to the next page)
        if (runs && RE_PAGE_MARK.test(para)) {
          pi = last + 1;
          continue;
        }
        if (!runs || RE_STAGE.test(para) || !RE_SENTENCE_END.test(para)) break;
      }
      let own = false;
      for (let k = pi; k <= last; k++)
        for (const q of bySentence.get(k) ?? []) {
          own = true;
          // (the first person of a turn is its speaker: "As I said in the House in June, “…”")
          if (!q.speaker || /^I$/.test(q.speaker.text)) {
            q.speaker = speaker();
            if (who.person) q.person = who.person;
          }
        }
      let end = sentences[last].end;
      while (end > from && isWs(text.charCodeAt(end - 1))) end--;
      // Words the label's paragraph puts in quotation marks are a quoted statement ("Mayor Takeshi Onodera: “…”" in a
      // report), not a transcript's turn: the paragraphs after it are the writer's.
      if (own && pi === t.i) break;
      if (!own && end > from)
        added.push({
          start: from,
          end,
          text: text.slice(from, end),
          outer: { start: sentences[pi].start, end },
          sentence: pi,
          speaker: speaker(),
          ...(who.person ? { person: who.person } : {}),
        });
      pi = last + 1;
      if (!runs) break;
    }
  }
  if (added.length) {
    out.push(...added);
    out.sort((a, b) => a.start - b.start);
  }
}

/** A table's row as a line (`| a | b | c |`, a Markdown table's or a published spreadsheet's as the reader writes it). */
const RE_TABLE_ROW = /^[ \t]*\|.*\|[ \t]*\r?$/;
/**
 * A table of quotations (`| Who | When | Quote |`, a tracker's "What they said" sheet): a quotation that is its cell's
 * whole text, in a row whose first cell names a person (a full name, what they are after a comma: "Kevin Lopes Tavares,
 * CEO, Morabeza Dados"), is that person's, as a reader reads the row. A quotation with a speaker of its own, or a first
 * cell that names no one ("Site", "2027 Q3"), is left as it is.
 */
function tableRowSpeakers(text: string, out: ExtractedQuote[]): void {
  for (const q of out) {
    if (q.speaker) continue;
    const ls = text.lastIndexOf('\n', q.outer.start - 1) + 1;
    let le = text.indexOf('\n', q.outer.end);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le);
    if (line.length > 2_000 || !RE_TABLE_ROW.test(line)) continue;
    // The cells: between the bars, with where each starts on the line.
    const cells: { start: number; end: number }[] = [];
    for (let i = line.indexOf('|'); i >= 0;) {
      const j = line.indexOf('|', i + 1);
      if (j < 0) break;
      cells.push({ start: i + 1, end: j });
      i = j;
    }
    const own = cells.findIndex((c) => ls + c.start <= q.outer.start && q.outer.end <= ls + c.end);
    if (own <= 0) continue;
    const cell = line.slice(cells[own].start, cells[own].end).trim();
    if (cell !== text.slice(q.outer.start, q.outer.end).trim() && !/^["“].*["”][.,]?$/.test(cell)) continue;
    if (cell.length - (q.outer.end - q.outer.start) > 2) continue;
    const first = line.slice(cells[0].start, cells[0].end);
    if (first.trim().length > 120 || /["“”]/.test(first)) continue;
    const lead = first.split(',')[0];
    const p = parsePerson(lead.trim());
    if (!p?.name || !/\s/.test(p.name)) continue;
    const at = ls + cells[0].start + lead.indexOf(lead.trim()) + p.start;
    q.speaker = { text: text.slice(at, at + p.end - p.start), start: at, end: at + p.end - p.start };
  }
}

// ---------------------------------------------------------------- statements

/**
 * The heading of a named person's written statement within a document, as regulators, courts and boards print a
 * dissent or a concurrence after their order: "VII. STATEMENT OF COMMISSIONER BROUSSARD, DISSENTING", "Dissenting
 * Statement of Commissioner Ana Ruiz", "Concurring opinion of Justice Patel", "Separate Statement of Chair Lina Okafor,
 * Approving in Part". Group 1 is who (a title may come first). A line of its own.
 */
export const RE_STATEMENT_HEAD =
  /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:(?:[IVXLC]{1,6}|\d{1,3}|[A-Z])[.)][ \t]+)?(?:(?:dissenting|concurring|separate|additional)[ \t]+)?(?:statement|opinion|remarks|views)[ \t]+(?:of|by)[ \t]+((?:[A-Z][\p{L}'’.-]*[ \t]+){0,4}[A-Z][\p{L}'’-]+)(?:,[ \t]*(?:dissenting|concurring|approving|dissenting in part|concurring in part|approving in part)\b[^\n]{0,40})?[ \t]*\.?(?:\*\*|__)?[ \t]*$/iu;

/**
 * A document's section that is one named person's written statement (RE_STATEMENT_HEAD): its paragraphs, up to the
 * next heading (a paragraph that ends as no sentence does, or in capitals: a signature block's "BY ORDER OF THE
 * COMMISSION"), are that person's words, as a transcript's turn is; a paragraph with quotation marks of its own is left
 * to the quotation rules. A heading in capitals ("COMMISSIONER BROUSSARD") is read as the name it spells, and a family
 * name alone as the one full name the document gives it, in its own case or in capitals (a signature block's
 * "COMMISSIONER LIONEL A. BROUSSARD"). Two people ("Commissioners Ruiz and Okafor") name no one. Returns each quotation
 * with its person's name.
 */
function statementSections(text: string, sentences: RawSentence[], out: ExtractedQuote[]): [ExtractedQuote, string][] {
  const given: [ExtractedQuote, string][] = [];
  if (!/\b(?:statement|opinion|remarks|views)[ \t]+(?:of|by)\b/i.test(text)) return given;
  const starts = (i: number) => opensParagraph(text, sentences, i);
  const paraEnd = (i: number) => {
    let last = i;
    while (last + 1 < sentences.length && !starts(last + 1)) last++;
    return last;
  };
  const taken = quotesBySentence(out);
  let headings = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (!starts(i)) continue;
    const last = paraEnd(i);
    const head = text.slice(sentences[i].start, Math.min(sentences[last].end, sentences[i].start + 161));
    const m = head.length <= 160 && !head.includes('\n') ? RE_STATEMENT_HEAD.exec(head) : null;
    if (!m) {
      i = last;
      continue;
    }
    // (a document holds a few statements: each heading's person is looked for over the whole text, so a text of
    // thousands of such lines reads only the first few)
    if (++headings > MAX_STATEMENTS) break;
    const who = statementPerson(text, m[1]);
    if (!who) {
      i = last;
      continue;
    }
    const at = sentences[i].start + m.index + m[0].indexOf(m[1]);
    const speaker = () => ({ text: m[1], start: at, end: at + m[1].length });
    for (let k = last + 1; k < sentences.length;) {
      const kl = paraEnd(k);
      let end = sentences[kl].end;
      while (end > sentences[k].start && isWs(text.charCodeAt(end - 1))) end--;
      const para = text.slice(sentences[k].start, end);
      // (the next heading, a signature block, a bracketed direction: the statement has ended)
      if (!/\p{Ll}/u.test(para) || RE_STAGE.test(para) || !RE_SENTENCE_END.test(para)) break;
      let own = false;
      for (let j = k; j <= kl; j++) if (taken.get(j)?.length) own = true;
      if (!own) {
        const q: ExtractedQuote = {
          start: sentences[k].start,
          end,
          text: para,
          outer: { start: sentences[k].start, end },
          sentence: k,
          speaker: speaker(),
        };
        out.push(q);
        given.push([q, who]);
      }
      k = kl + 1;
    }
    i = last;
  }
  if (given.length) out.sort((a, b) => a.start - b.start);
  return given;
}

/** How many statement headings a document is read for (statementSections). */
const MAX_STATEMENTS = 12;

/** The person a statement's heading names (RE_STATEMENT_HEAD's group 1), by full name when the document gives one. */
function statementPerson(text: string, phrase: string): string | undefined {
  if (/\band\b|&/i.test(phrase)) return undefined;
  const caps = !/\p{Ll}/u.test(phrase);
  const titled = (t: string) => t.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
  const p = parsePerson(caps ? titled(phrase) : phrase);
  if (!p) return undefined;
  if (p.name && /\s/.test(p.name)) return p.name;
  const surname = p.surname;
  if (!surname || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(surname)) return undefined;
  // The full names the document gives that family name: as written, and in capitals (titles before it left out).
  const names = new Set<string>();
  for (const m of nameMentions(text, 0, text.length, surname)) names.add(m.name);
  const upper = surname.toUpperCase();
  const re = new RegExp(
    `(?<![\\p{L}.])((?:\\p{Lu}[\\p{Lu}'’-]+|\\p{Lu}\\.)(?:[ \\t]+(?:\\p{Lu}[\\p{Lu}'’-]+|\\p{Lu}\\.)){0,3})[ \\t]+${escapeRe(upper)}(?![\\p{L}])`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    let words = m[1].split(/[ \t]+/).map(titled);
    // (the words after the last title: "STATEMENT OF COMMISSIONER BROUSSARD" gives none)
    for (let j = words.length - 1; j >= 0; j--)
      if (isTitleToken(words[j]) || isTitleRunWord(words[j])) {
        words = words.slice(j + 1);
        break;
      }
    if (words.length && words.some((w) => !/^\p{Lu}\.$/u.test(w))) names.add(`${words.join(' ')} ${surname}`);
  }
  return names.size === 1 ? [...names][0] : surname;
}

// ---------------------------------------------------------------- letters

/** A letter's salutation, a line of its own: "존경하는 주주 여러분,", "친애하는 고객 여러분", "Dear shareholders,". */
const RE_SALUTATION =
  /^[ \t]*(?:(?:존경하는|친애하는|사랑하는)[ \t][^\n]{0,40}?(?:여러분|주주님|고객님)[,，!]?|Dear[ \t][^\n,]{1,60},)[ \t]*$/gm;
/** A line that closes a letter before its signature: a date ("2026년 6월", "March 2026") or a closing ("Sincerely,"). */
const RE_LETTER_CLOSE =
  /^(?:\d{4}년(?:[ \t]*\d{1,2}월)?(?:[ \t]*\d{1,2}일)?|\d{4}[.][ \t]*\d{1,2}[.]?(?:[ \t]*\d{1,2}[.]?)?|(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+(?:\d{1,2},[ \t]+)?)?\d{4}|(?:Sincerely|Yours[ \t]+(?:sincerely|faithfully|truly)|(?:With[ \t]+)?(?:best|kind|warm|warmest)[ \t]+regards|Regards|Respectfully(?:[ \t]+yours)?|With[ \t]+gratitude|감사합니다)[,.!]?)$/i;
/** A closing that is words, not a date: "Sincerely,", "With best regards", "감사합니다". */
const RE_CLOSING_WORD =
  /^(?!\d)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;
/** A line of a letter's section that is no prose: a Markdown heading, a table's row or rule, a thematic break. */
const RE_LETTER_SECTION = /^(?:#{1,6}[ \t]+\S|\|.*\|$|[-*_]{3,}$)/;
/** How far after its salutation a letter's signature is looked for. */
const LETTER_SPAN = 12000;

/**
 * The name a letter's signature line gives: in Korean the name after what the signer is ("다온쿨텍 대표이사 이 수 아",
 * its syllables spaced as a signature sets them, or "… 대표이사 박서준"), in English a full name alone or before a comma
 * ("Ines Duarte", "Ines Duarte, Chief Executive Officer"). Returns the name as one writes it and where it stands.
 */
function signatureName(line: string): { name: string; at: number; len: number } | undefined {
  const t = line.replace(/[ \t]+$/, '');
  const spaced = /(?:^|[ \t])([가-힣](?:[ \t][가-힣]){1,2})$/.exec(t);
  if (spaced && t.split(/[ \t]+/).length <= 8) {
    const name = spaced[1].replace(/[ \t]/g, '');
    if (SURNAMES.includes(name[0]) && isKoreanName(name))
      return { name, at: spaced.index + spaced[0].indexOf(spaced[1]), len: spaced[1].length };
  }
  const last = /(?:^|[ \t])([가-힣]{2,4})$/.exec(t);
  if (last && t.split(/[ \t]+/).length <= 6 && isKoreanName(last[1]))
    return { name: last[1], at: last.index + last[0].indexOf(last[1]), len: last[1].length };
  const en =
    /^[ \t]*(?:\*\*|__)?([A-Z][\p{L}'’.-]+(?:[ \t]+[A-Z][\p{L}'’.-]+){1,3})(?:\*\*|__)?(?:,[^\n]{2,80})?$/u.exec(t);
  if (en) {
    const p = parsePerson(en[1]);
    if (p?.name && /\s/.test(p.name) && p.start === 0 && p.end === en[1].length)
      return { name: p.name, at: en.index + en[0].indexOf(en[1]), len: en[1].length };
  }
  return undefined;
}

/**
 * A signed letter within a document, as a company's report opens with its chief executive's: a salutation line, the
 * letter's paragraphs (lines that end as sentences do), maybe its date or a closing, then the signature line (a name,
 * after what the signer is). A quotation in the letter that names no speaker of its own is the signer's words. A line
 * between that is neither (a heading: "2025 Highlights") means no signature: nothing is given.
 */
function signedLetters(text: string, out: ExtractedQuote[]): [ExtractedQuote, string][] {
  const given: [ExtractedQuote, string][] = [];
  if (!out.some((q) => !q.speaker || q.speaker.text === 'I')) return given;
  let letters = 0;
  for (const m of text.matchAll(RE_SALUTATION)) {
    if (++letters > 4) break;
    const bodyStart = m.index! + m[0].length;
    const limit = Math.min(text.length, bodyStart + LETTER_SPAN);
    let closing = false,
      worded = false,
      // (a section of the letter crossed: its heading, a table, a list's title; a signature must then follow a closing
      // word, "Sincerely," or "감사합니다", as a name under a heading may be the next section's and not the signer's)
      crossed = false,
      sig: { name: string; start: number; end: number } | undefined;
    // The letter's paragraphs (its lines may be hard-wrapped), each read by its lines when it ends as no sentence does.
    const paras = /\n[ \t]*\r?\n/g;
    paras.lastIndex = bodyStart;
    let ps = bodyStart;
    scan: while (ps < limit && !sig) {
      const pm = paras.exec(text);
      const pe = pm && pm.index < limit ? pm.index : limit;
      const para = text.slice(ps, pe);
      const from = ps;
      ps = pm && pm.index < limit ? pm.index + pm[0].length : limit;
      if (!para.trim()) continue;
      if (!closing && RE_SENTENCE_END.test(para.trim())) continue;
      let off = 0;
      for (const line of para.split('\n')) {
        const ls = from + off;
        off += line.length + 1;
        const t = line.trim();
        if (!t) continue;
        if (RE_LETTER_CLOSE.test(t)) {
          closing = true;
          if (RE_CLOSING_WORD.test(t)) worded = true;
          continue;
        }
        const n = signatureName(line.replace(/\r$/, ''));
        if (n && (!crossed || worded)) sig = { name: n.name, start: ls + n.at, end: ls + n.at + n.len };
        else if (!closing && RE_LETTER_SECTION.test(t)) {
          // (a Markdown heading or a table's row in a letter sectioned as quarterly letters are: read on)
          crossed = true;
          continue scan;
        }
        break scan;
      }
    }
    if (!sig) continue;
    // (and the words the letter gives to "I": the signer's, "As I told the committee: “…”")
    for (const q of out)
      if ((!q.speaker || q.speaker.text === 'I') && q.start >= bodyStart && q.end <= sig.start) {
        q.speaker = { text: text.slice(sig.start, sig.end), start: sig.start, end: sig.end };
        delete q.pronoun;
        given.push([q, sig.name]);
      }
  }
  return given;
}

/** The first person as the extractor leaves it for a speaker: "I" (I said, I told), 저 and 제 (저는, 제가), 나 and 내. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['I', '저', '제', '나', '내']);

/**
 * Words a text by one author gives to its first person ("I told the council: “…”", a post's "저는 직원분들께 “…”라고
 * 말씀드렸습니다") are that author's: a post, a column or a blog is its writer's, who is named only in its byline or
 * its page's author line (`authors`, as the metadata reads them). Nothing when the text has more than one author or its
 * author is no person's name (an outlet, a desk); a signed letter's "I" is its signer's (signedLetters) already.
 */
export function authorsFirstPerson(out: ExtractedQuote[], authors: readonly string[]): void {
  if (authors.length !== 1) return;
  const author = authors[0].trim();
  const p = parsePerson(author);
  if (!isKoreanName(author) && !(p?.name && p.start === 0 && p.end === author.length)) return;
  for (const q of out)
    if (q.speaker && FIRST_PERSON.has(q.speaker.text) && !q.person) {
      q.person = author;
      delete q.pronoun;
    }
}

// ---------------------------------------------------------------- speeches

/**
 * The header field of a Korean speech text, as a government's 연설문 or a 축사 handed out by a spokesperson's office sets
 * it: "연설 : 전북특별자치도지사 백승렬", "연설자: 홍길동 시장" (who delivers it: what they are, the name, or the reverse),
 * or a council's page of a member's speech, its fields set as a table with spaces ("발언의원  송현주 의원 (…)").
 * Group 1 is the field's value.
 */
const RE_KO_SPEECH_FIELD =
  /^[ \t]*(?:연설자?|연사|발언자|발언[ \t]?의원)(?:[ \t]*[:：]|[ \t]{2,}|\t)[ \t]*([^\n]{2,60}?)[ \t]*$/m;
/**
 * What names the text a speech (a header's 연설문, a title's 축사 or 기념사, a council's 5분 자유발언), not a programme
 * that lists its speakers.
 */
const RE_KO_SPEECH_KIND =
  /연설문|(?:^|[ \t:：>])(?:제목|題目)?[^\n]*(?:축사|기념사|환영사|격려사|개회사|폐회사|신년사|연설|자유발언)[ \t]*$/m;
/** A line that closes the spoken text: its date ("2026년 7월 9일", "2026. 7. 9.") or a rule. */
const RE_SPEECH_END =
  /^[ \t]*(?:\d{4}년[ \t]*\d{1,2}월[ \t]*\d{1,2}일|\d{4}\.[ \t]*\d{1,2}\.[ \t]*\d{1,2}\.?|[-=─━_*]{5,})[ \t]*$/m;
/** The part of a text that may be its header (the fields before the first words spoken). */
const SPEECH_HEADER = 600;

/**
 * A Korean speech text (연설문): a header whose field names who delivers it ("연설 : 전북특별자치도지사 백승렬"), then
 * the words spoken, in paragraphs, to the closing date or a rule. Each paragraph after the header's is that person's
 * words, when the field names a Korean name; a paragraph with quotation marks of its own (a quotation the
 * quotation rules read) is left to them.
 */
function speechText(text: string, sentences: RawSentence[], out: ExtractedQuote[]): [ExtractedQuote, string][] {
  const head = text.slice(0, SPEECH_HEADER);
  const field = RE_KO_SPEECH_FIELD.exec(head);
  if (!field || !RE_KO_SPEECH_KIND.test(head.slice(0, field.index + field[0].length))) return [];
  // The name: a Korean name as the field's first or last word (a title or an office on the other side). A name first
  // and a title after it may end as a place does (송현주 의원, 김민구 위원: 주 and 구 close places too).
  const words = [...field[1].matchAll(/[^\s,·]+/g)];
  const name =
    [words[words.length - 1], words[0]].find((w) => w && isKoreanName(w[0])) ??
    (words.length > 1 && koreanNames(words[0][0]).length && koIsTitle(words[1][0]) ? words[0] : undefined);
  if (!name) return [];
  const at = field.index + field[0].indexOf(field[1]) + name.index!;
  const speaker = () => ({ text: name[0], start: at, end: at + name[0].length });
  const fieldEnd = field.index + field[0].length;
  const taken = quotesBySentence(out);
  const added: ExtractedQuote[] = [];
  let body = false;
  for (let i = 0; i < sentences.length; i++) {
    if (sentences[i].start < fieldEnd || !opensParagraph(text, sentences, i)) continue;
    let last = i;
    while (last + 1 < sentences.length && !opensParagraph(text, sentences, last + 1)) last++;
    // (the line the paragraph opens, from its start: a reader may leave a note's ※ out of the sentence)
    let from = text.lastIndexOf('\n', sentences[i].start - 1) + 1;
    let end = sentences[last].end;
    while (end > from && isWs(text.charCodeAt(end - 1))) end--;
    const gap = text.slice(i > 0 ? sentences[i - 1].end : 0, from);
    // The words begin after the header's notes and its rule; they end at the closing date or a rule.
    if (!body) {
      if (/^[ \t]*[※*(\[<]/.test(text.slice(from, end)) || /^[^\n:：]{1,10}[:：]/.test(text.slice(from, end))) {
        i = last;
        continue;
      }
      body = true;
    } else if (RE_SPEECH_END.test(gap)) break;
    const para = text.slice(from, end);
    if (RE_SPEECH_END.test(para)) break;
    // An address on a line of its own opens a paragraph ("존경하는 도민 여러분,"): the words after it are what is said.
    const address = /^[ \t]*[^\n]{0,30}여러분[,!]?[ \t]*\n/.exec(para);
    if (address) from += address[0].length;
    while (from < end && isWs(text.charCodeAt(from))) from++;
    let own = false;
    for (let k = i; k <= last; k++) if (taken.get(k)?.length) own = true;
    if (!own && end > from)
      added.push({
        start: from,
        end,
        text: text.slice(from, end),
        outer: { start: from, end },
        sentence: i,
        speaker: speaker(),
      });
    i = last;
  }
  if (added.length) {
    out.push(...added);
    out.sort((a, b) => a.start - b.start);
  }
  return added.map((q) => [q, name[0]]);
}

/** A paragraph wholly in bold: "**Why geothermal?**", "**Jobs are the question every Kenyan politician asks.**". */
const RE_BOLD_PARAGRAPH = /^(\*\*|__)(?:(?!\*\*|__)[^\n]|\n(?!\s*\n))+\1$/;
/** The text of the paragraph sentence `i` opens, trimmed. */
function paragraphText(text: string, sentences: RawSentence[], i: number): string {
  let last = i;
  while (last + 1 < sentences.length && !opensParagraph(text, sentences, last + 1)) last++;
  return text.slice(sentences[i].start, sentences[last].end).trim();
}

/**
 * Words before the person an interview's introduction says asked: "Its chief executive spoke to", "She talked with",
 * "interviewed by" (not "Lena Fischer spoke to Siobhan Halloran": which of two named people answers, that does not say).
 */
const RE_ASKER_BEFORE =
  /(?:\b(?:its|his|her|their)\s+(?:[a-z-]+\s+){1,4}|\b(?:he|she|they)\s+)(?:spoke|speaks|talked|talks|sat\s+down)\s+(?:to|with)\s+$|\binterviewed\s+by\s+$/i;

/** What says a text is an interview, in its headline or lead: "Q&A", "In conversation with", "talks about", "인터뷰". */
const RE_INTERVIEW_CUE =
  /\b(?:Q\s?&\s?A|interview(?:s|ed)?|in\s+conversation|conversation\s+with|talks?\s+(?:about|to|with)|spoke\s+(?:to|with)|speaks\s+(?:to|with)|sits?\s+down\s+with|sat\s+down\s+with|answers\s+(?:our|the)?\s*questions)\b|인터뷰|대담|문답|일문일답/i;
/** The first person, as one who answers speaks. */
const RE_FIRST_PERSON =
  /\b(?:I|I'm|I’m|I've|I’ve|we|We|we're|We're|we’re|We’re|our|Our|us|my|My|me)\b|우리|저희|제가|저는/;
/**
 * Questions set as paragraphs of their own with no label and no emphasis (a page's headings, as the reader gives them:
 * "How would you describe 2025 for the Authority?" over the answer): the paragraphs that end in a question mark, each
 * followed by one that does not, when the headline or the lead before the first says the text is an interview
 * (RE_INTERVIEW_CUE) and at least half the answers speak in the first person. An explainer's questions ("Why does it
 * matter?") are answered in the third person by the writer; a fact-check's question is one.
 */
function plainQuestions(text: string, sentences: RawSentence[]): number[] {
  const paras: { i: number; text: string }[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (!opensParagraph(text, sentences, i)) continue;
    paras.push({ i, text: paragraphText(text, sentences, i) });
  }
  // (a paragraph a speaker's label line opens, "Leila Mansouri-Oakes  04:49" over "When does it ship?", is a
  // transcript's turn: its label says who asks, and the turn reader gives each answer to its own label; so is one
  // under a label line that is a paragraph of its own, as a podcast app sets "01:58 Rohan Persaud" over the words)
  const isQuestion = (t: string, k: number) =>
    t.length <= 300 &&
    !/\n\s*\n/.test(t) &&
    /\?["”’)]?$/.test(t) &&
    !/^[\s>*_|"“]/.test(t) &&
    !labelLine(t.split('\n', 1)[0]) &&
    !(k > 0 && !paras[k - 1].text.includes('\n') && labelLine(paras[k - 1].text));
  const questions: number[] = [];
  let answers = 0,
    firstPerson = 0;
  for (let k = 0; k + 1 < paras.length; k++) {
    if (!isQuestion(paras[k].text, k) || isQuestion(paras[k + 1].text, k + 1)) continue;
    questions.push(paras[k].i);
    // (the answer: the paragraphs up to the next question)
    let said = false;
    for (let j = k + 1; j < paras.length && !isQuestion(paras[j].text, j); j++)
      said ||= RE_FIRST_PERSON.test(paras[j].text);
    answers++;
    if (said) firstPerson++;
  }
  if (questions.length < 2 || firstPerson * 2 < answers) return [];
  return RE_INTERVIEW_CUE.test(text.slice(0, sentences[questions[0]].start)) ? questions : [];
}

/** A question of an interview, as a paragraph opens it: "Q:", "Q.", "―데이터센터 유치가 …", "질문:". */
const RE_QUESTION = /^\s*(?:\*\*|__)?(?:Q\s*[:.]|Q\d+\s*[:.]|(?:질문|문)\s*[:.]|[―—]\s*(?=\S))/;
/** An answer marked as one: "A:", "A.", "답:". */
const RE_ANSWER = /^\s*(?:A\s*[:.]|A\d+\s*[:.]|(?:답변|답)\s*[:.])\s*/;

/**
 * An interview in questions and answers: the answers are the words of the person interviewed, whom the headline
 * and the lead name before the first question (a person named twice there: "Q&A: Lakeshore's Rachel Okonkwo on …"
 * and "Rachel Okonkwo has run …"; "[인터뷰] 정태오 포항시장 “…”" and "정태오 포항시장을 … 만났다"). A quotation in an
 * answer with no speaker of its own is theirs, and an answer marked "A:" is a quotation of theirs, to the end of its
 * paragraph.
 */
function interviewAnswers(text: string, sentences: RawSentence[], out: ExtractedQuote[]): void {
  const starts = (i: number) => opensParagraph(text, sentences, i);
  const questions: number[] = [];
  for (let i = 0; i < sentences.length; i++)
    if (
      starts(i) &&
      RE_QUESTION.test(text.slice(sentences[i].start, Math.min(sentences[i].end, sentences[i].start + 8)))
    )
      questions.push(i);
  // Else questions in bold paragraphs of their own, with no label ("**Why geothermal?**" over a plain answer), when two
  // or more of them ask: every paragraph in bold is then the interviewer's, and a plain one after it is an answer.
  const bold: number[] = [];
  let asking = 0;
  if (questions.length < 2) {
    for (let i = 0; i < sentences.length; i++) {
      if (!starts(i)) continue;
      const para = paragraphText(text, sentences, i);
      if (!RE_BOLD_PARAGRAPH.test(para)) continue;
      bold.push(i);
      if (/\?\s*(?:\*\*|__)$/.test(para)) asking++;
    }
    if (asking >= 2) questions.push(...bold);
    // Else questions set as headings of their own, which a page's reader gives as plain paragraphs (an annual
    // review's `<h3>Why Duqm?</h3>` over the answer): see plainQuestions.
    if (asking < 2) {
      const plain = plainQuestions(text, sentences);
      if (plain.length >= 2) {
        questions.push(...plain);
        asking = plain.length;
      }
    }
  }
  const plainAnswers = asking >= 2;
  if (questions.length < 2) return;
  // The person named at least twice before the first question.
  const seen = new Map<string, { n: number; start: number; end: number }>();
  let who: { name: string; start: number; end: number } | undefined;
  for (let i = 0; i < questions[0] && !who; i++) {
    const st = sentences[i].start;
    const p = parsePerson(text.slice(st, sentences[i].end));
    if (!p?.name) continue;
    const key = p.name;
    const m = seen.get(key) ?? { n: 0, start: st + p.start, end: st + p.end };
    m.n++;
    seen.set(key, m);
    if (m.n >= 2) who = { name: key, start: m.start, end: m.end };
  }
  // Else the one person the headline and the lead name at all ("Siobhan Halloran is head of energy at Kestrel Data
  // … **Q: …**"): an introduction that names two people or more says nothing of which one answers.
  if (!who) {
    const people = new Map<string, { start: number; end: number }>();
    for (let i = 0; i < questions[0]; i++) {
      const st = sentences[i].start;
      for (const m of text.slice(st, sentences[i].end).matchAll(RE_NAMES)) {
        const p = parsePerson(m[0]);
        if (!p) continue;
        if (!p.name || !/\s/.test(p.name)) continue;
        // (who asks: "Its chief executive spoke to Samuel Otieno in Nairobi")
        if (RE_ASKER_BEFORE.test(text.slice(Math.max(st, st + m.index! - 30), st + m.index! + p.start))) continue;
        const k = nameKey(p.name);
        if (!people.has(k)) people.set(k, { start: st + m.index! + p.start, end: st + m.index! + p.end });
      }
    }
    if (people.size === 1) {
      const [at] = people.values();
      who = { name: text.slice(at.start, at.end), ...at };
    }
  }
  if (!who) return;
  const speaker = { text: text.slice(who.start, who.end), start: who.start, end: who.end };
  const isQuestion = new Set(questions);
  const bySentence = quotesBySentence(out);
  const added: ExtractedQuote[] = [];
  for (let i = questions[0] + 1; i < sentences.length; i++) {
    if (isQuestion.has(i)) continue;
    const own = bySentence.get(i) ?? [];
    for (const q of own) if (!q.speaker) q.speaker = { ...speaker };
    const st = sentences[i].start;
    if (!starts(i) || own.length) continue;
    // An answer in quotation marks too short for the extractor to take for speech ("“한전과 매주 만나고 있다.”").
    const pairs = findPairs(text, st, sentences[i].end);
    const whole =
      pairs.length === 1 &&
      !text.slice(st, pairs[0].open).trim() &&
      !text.slice(pairs[0].close + 1, sentences[i].end).trim();
    if (whole) {
      const p = pairs[0];
      added.push({
        start: p.open + 1,
        end: p.close,
        text: text.slice(p.open + 1, p.close),
        outer: { start: p.open, end: p.close + 1 },
        sentence: i,
        speaker: { ...speaker },
      });
      continue;
    }
    // (a plain paragraph after a question in bold is an answer as it stands; not a note in emphasis or a heading)
    const m = plainAnswers
      ? /^\s*(?![*_#>|])/.exec(text.slice(st, sentences[i].end))
      : RE_ANSWER.exec(text.slice(st, sentences[i].end));
    if (!m) continue;
    // The answer runs to the end of its paragraph.
    let last = i;
    while (last + 1 < sentences.length && !starts(last + 1)) last++;
    // (an unmarked answer that quotes someone is read as its quotations: whose the rest is, its words do not say alone)
    if (plainAnswers) {
      let quoting = false;
      for (let k = i; k <= last && !quoting; k++) quoting = bySentence.has(k);
      if (quoting) {
        i = last;
        continue;
      }
    }
    let end = sentences[last].end;
    while (end > st && isWs(text.charCodeAt(end - 1))) end--;
    const start = st + m[0].length;
    if (end > start)
      added.push({
        start,
        end,
        text: text.slice(start, end),
        outer: { start: st, end },
        sentence: i,
        speaker: { ...speaker },
      });
    i = last;
  }
  if (added.length) {
    out.push(...added);
    out.sort((a, b) => a.start - b.start);
  }
}

/**
 * The person each quotation's speaker phrase names: a full name as it stands, a surname alone ("Whitaker said",
 * "박 장관은", "바르가 CEO는") as the nearest full name with that surname before it in the text.
 */
function resolvePeople(text: string, quotes: ExtractedQuote[]): void {
  // The mentions of a surname are found in one pass over the text, the first few surnames; the rest (a text of
  // hundreds of different ones) look only a short way back: linear either way.
  const mentions = new Map<string, Mention[]>();
  for (const q of quotes) {
    // A person the lexicon names is known by that (speakerIdOf): nothing to resolve.
    if (
      !q.speaker ||
      findTerms(q.speaker.text, 'en')
        .concat(/[가-힣]/.test(q.speaker.text) ? findTerms(q.speaker.text, 'ko') : [])
        .some((h) => concept(h.id)?.type === 'person' && !inOtherName(q.speaker!.text, h))
    )
      continue;
    const p = parsePerson(q.speaker.text);
    if (!p) continue;
    if (p.name) {
      // (a name the margin cut, `said Haruto` / `   Ishizaki, …`, is one name: its spaces as one)
      q.person = p.name.replace(/\s+/g, ' ');
      continue;
    }
    let list = mentions.get(p.surname);
    if (!list && mentions.size < 100) mentions.set(p.surname, (list = nameMentions(text, 0, text.length, p.surname)));
    const at = q.speaker.start;
    const full = list
      ? nearestBefore(list, at)
      : nearestBefore(nameMentions(text, Math.max(0, at - 2000), at, p.surname), at);
    if (full) q.person = full;
    else q.person = givenNameBefore(text, at, p.surname, q.speaker.text);
    if (!q.person) q.surname = p.surname;
  }
}
