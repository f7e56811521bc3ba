// Who a speaker phrase names: a person (with the organisation and title around the name as detail), or only a
// surname that refers back to a full name ("Whitaker said", "박 장관은", "바르가 CEO는"), or no person at all
// ("AI업계 관계자", "Oracle"). Works for people no list names, from the way news writes names and titles.
import data from '../domain/people.json';
import { concept, findTerms, resolveEntity } from '../domain/lexicon';
import { loanwordShaped, loanwordSyllable, nameWordAlike, nameWordKeys, romanizeSyllables } from '../text/translit';
import type { Lang } from '../types';
import { escapeRe } from '../text/text';
import { koWords } from '../domain/language';

export interface PersonRef {
  /** The full name as written ("Dale Whitaker", "박지훈", "엘레나 바르가"); absent when only a surname is given. */
  name?: string;
  /** The family name: what a later mention uses alone ("Whitaker", "박", "바르가"). */
  surname: string;
  /** Where the name (or the surname alone) stands in the phrase. */
  start: number;
  end: number;
  /** The organisation the phrase names beside the person, as written ("Lone Star Transmission", "한국전력"). */
  org?: string;
}

const EN_TITLES = new Set(data.en.titles);
const EN_ORG_ENDS = new Set(data.en.orgEnds);
const EN_NOT_NAMES = new Set(data.en.notNames);
const KO_TITLE_END = new RegExp(`(?:${data.ko.titleEnds.join('|')})(?:\\([^)]*\\))?$`);
const KO_ORG_END = new RegExp(`(?:${data.ko.orgEnds.join('|')})$`);
const KO_COMPOUND = data.ko.compoundSurnames;
export const KO_SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용';
/** Words that may open a Korean speaker phrase and are no organisation ("반면 김민호 대표는", "이날 …"). */
const KO_NOT_ORG = new Set(koWords.stopwords.speaker);
const KO_PARTICLE = /(?:은|는|이|가|의|도|와|과|을|를|에게|께서)$/;

export const HANGUL = /[\uac00-\ud7a3]/;
/**
 * A capitalized word of a name: "Dale", "Ji-hoon", "O'Brien", "J.", "Øyvind", and a Gaelic, Norman or Romance family
 * name with a capital inside it: "McNeil", "MacLeod", "FitzGerald", "DeVries", "DiMarco", "LeBlanc".
 */
const EN_NAME_WORD =
  /^(?:(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}[\p{Ll}'’]+|\p{Lu}[\p{Ll}'’]+(?:-[A-Za-z][\p{Ll}]+)*|[A-Z]\.|(?:Mac|Mc|Fitz|De|Di|Du|Le|La)[A-Z][\p{Ll}]+|O['’][A-Z][\p{Ll}]+)$/u;
const EN_PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'di', 'del', 'der', 'la', 'le', 'ter']);

/** Whether a title word: "CEO", "co-CEO", "Minister", "analyst". */
function isEnTitle(w: string): boolean {
  const l = w.toLowerCase();
  return (
    EN_TITLES.has(l) ||
    (l.startsWith('co-') && EN_TITLES.has(l.slice(3))) ||
    (l.startsWith('ex-') && EN_TITLES.has(l.slice(3)))
  );
}

/** The lexicon names something that is not a person here (a company, a country, a place, a topic). */
function lexiconNonPerson(s: string, lang: Lang): boolean {
  return findTerms(s, lang).some((h) => concept(h.id)?.type !== 'person');
}

/** A lexicon person the phrase names. */
function lexiconPerson(s: string, lang: Lang): boolean {
  return findTerms(s, lang).some((h) => concept(h.id)?.type === 'person');
}

interface Tok {
  w: string;
  start: number;
  end: number;
  kind: 'name' | 'title' | 'particle' | 'other';
  possessive: boolean;
}

function enTokens(phrase: string): Tok[] {
  const out: Tok[] = [];
  for (const m of phrase.matchAll(/[^\s,;:()“”"]+/g)) {
    let w = m[0];
    const possessive = /['’]s$/.test(w);
    if (possessive) w = w.slice(0, -2);
    w = w.replace(/[.,]+$/, (x) =>
      /^[A-Z]$/.test(w.slice(0, -x.length)) || /^(?:Dr|Mr|Mrs|Ms|Sen|Gov|Rep|Prof|Jr|Sr)$/.test(w.slice(0, -x.length))
        ? '.'
        : '',
    );
    if (!w) continue;
    // An honorific as British English writes it, with no full stop ("Mr Tom Brierley", "Dr Okafor", "Cllr Walsh"), is
    // no name word, as "Mr." is not.
    const kind: Tok['kind'] =
      isEnTitle(w) || BARE_HONORIFIC.test(w)
        ? 'title'
        : EN_PARTICLES.has(w)
          ? 'particle'
          : EN_NAME_WORD.test(w) && !EN_NOT_NAMES.has(w.toLowerCase())
            ? 'name'
            : 'other';
    out.push({ w, start: m.index!, end: m.index! + w.length, kind, possessive });
  }
  return out;
}

// (Malaysia's honours before a name, as its press writes them: "said Datuk Hafizah Rahman", "Datin Seri Aminah"; a
// member of a parliament or a minister addressed as the Honourable: "Hon. Yaw Agyekum-Sarfo", "the Rt Hon …")
const BARE_HONORIFIC =
  /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Cllr|Dame|Hon|Honourable|Honorable|Rt|Rev|Datuk|Dato['’]?|Datin|Datuk-Seri|Dato['’]-Seri)$/;

/** Particles that open a family name, written with a capital: Al Mansoori, El Sayed, Abu Bakr, Van Dyke. */
const CAP_PARTICLE = /^(?:Al|El|Abu|Bin|Ibn|Van|Von|De|Del|Della|Da|Di|Du|Ter)$/;

/** An English speaker phrase: "Lone Star Transmission CEO Dale Whitaker", "Rachel Ng of Halvorsen Research", "Park". */
function enPerson(phrase: string): PersonRef | undefined {
  const toks = enTokens(phrase);
  // Runs of name words (a particle may stand inside one: "Ursula von der Leyen").
  const runs: { from: number; to: number }[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'name') continue;
    let j = i;
    while (
      j + 1 < toks.length &&
      !toks[j].possessive &&
      (toks[j + 1].kind === 'name' || (toks[j + 1].kind === 'particle' && toks[j + 2]?.kind === 'name'))
    )
      j++;
    runs.push({ from: i, to: j });
    i = j;
  }
  // A capitalized word the lexicon knows as a common noun opens a run without being a name ("Resident Linda Bauer":
  // resident is a household word there), when two name words remain.
  for (const r of runs)
    while (r.to - r.from >= 2 && findTerms(toks[r.from].w, 'en').some((h) => !concept(h.id)?.type)) r.from++;
  // A portfolio after a title and "of" opens the run before the name ("Deputy Minister of Energy Munkhbayar
  // Ganzorig", "Minister of Foreign Affairs Penny Wong"): of three words or more, the last two are the name.
  for (const r of runs)
    if (r.to - r.from >= 2 && r.from >= 2 && toks[r.from - 1].w === 'of' && toks[r.from - 2].kind === 'title')
      r.from = r.to - 1;
  const text = (r: { from: number; to: number }) => phrase.slice(toks[r.from].start, toks[r.to].end);
  const orgLike = (r: { from: number; to: number }) => {
    const last = toks[r.to];
    return (
      toks[r.to].possessive ||
      EN_ORG_ENDS.has(last.w.toLowerCase()) ||
      lexiconNonPerson(text(r), 'en') ||
      (r.from > 0 && toks[r.from - 1].w.toLowerCase() === 'the')
    );
  };
  let lastTitle = -1;
  toks.forEach((t, i) => {
    if (t.kind === 'title') lastTitle = i;
  });
  const people = runs.filter((r) => !orgLike(r));
  // "Maya Okafor, president of Harbor Digital": a name set off by a comma is the person its title describes; a
  // title before a name with no comma between ("OpenAI CEO Sam Altman") comes before the person.
  const comma = phrase.indexOf(',');
  const beforeComma = comma > 0 ? people.find((r) => toks[r.to].end <= comma) : undefined;
  const pick = beforeComma ?? (lastTitle >= 0 ? people.find((r) => r.from > lastTitle) : undefined) ?? people[0];
  if (!pick) return undefined;
  // The organisation: a run that reads as one, else the run standing right before the title that opens the person
  // ("Harbor Digital president Maya Okafor": a name no list knows is the organisation there, as "Oracle" would be).
  let ti = pick.from;
  while (ti > 0 && toks[ti - 1].kind === 'title') ti--;
  const orgRun =
    runs.find((r) => r !== pick && orgLike(r) && !lexiconPerson(text(r), 'en')) ??
    (ti < pick.from ? runs.find((r) => r.to === ti - 1 && !lexiconPerson(text(r), 'en')) : undefined);
  const org = orgRun ? text(orgRun) : undefined;
  const names = toks.slice(pick.from, pick.to + 1).filter((t) => t.kind === 'name' && !/^(?:Jr|Sr)\.?$/.test(t.w));
  const start = toks[pick.from].start,
    end = toks[pick.to].end;
  if (names.length === 1) return { surname: names[0].w, start, end, org };
  // A family name that opens with a particle is one name: "Al Suwaidi said" is Fatima Al Suwaidi's surname alone,
  // not a person called Al; "Khalid Al Mansoori" has the surname "Al Mansoori".
  const n = names.length;
  const particle = n >= 2 && CAP_PARTICLE.test(names[n - 2].w);
  if (n === 2 && particle) return { surname: `${names[0].w} ${names[1].w}`, start, end, org };
  // Korean names in English put the family name first: "Park Ji-hoon", "Kwon Soo-min".
  const koreanOrder = n === 2 && /^[A-Z][a-z]+-[a-z]+$/.test(names[1].w);
  return {
    name: phrase.slice(start, end),
    surname: koreanOrder ? names[0].w : particle ? `${names[n - 2].w} ${names[n - 1].w}` : names[n - 1].w,
    start,
    end,
    org,
  };
}

/** A company's titles: held by a person, never by a place (대표, 사장, 회장, 전무 …). */
const KO_EXECUTIVE_TITLES: ReadonlySet<string> = new Set(data.ko.executiveTitles);
/**
 * A Korean name of three syllables, a surname first, whose last syllable also closes a place's or an organisation's
 * name (한동구 like 강남구, 송현주, 이정국): isKoreanName's shape but for that ending.
 */
function nameEndingAsPlace(w: string): boolean {
  return (
    /^[가-힣]{3}$/.test(w) &&
    KO_SURNAMES.includes(w[0]) &&
    KO_ORG_ONE.has(w[2]) &&
    !koIsTitle(w) &&
    !KIEUK_SYLLABLE.test(w) &&
    !TRANSLITERATED.test(w) &&
    !KO_NOT_ORG.has(w) &&
    !lexiconNonPerson(w, 'ko')
  );
}

/** A Korean surname a word starts with (a compound one first): "남궁혁" → 남궁, "박지훈" → 박. */
function koSurnameOf(w: string): string | undefined {
  for (const c of KO_COMPOUND) if (w.startsWith(c) && w.length > c.length) return c;
  return KO_SURNAMES.includes(w[0]) ? w[0] : undefined;
}

/**
 * Syllables of a consonant with the vowel ㅡ and no final consonant, which Hangul uses to write a foreign consonant
 * cluster ("마커스", "크리스", "프레드") and Korean given names almost never hold.
 */
/** Syllables that Korean names do not hold and transliterations of foreign names do (래드퍼드, 모리슨). */
export const TRANSLITERATED = /[스르크트프즈드브츠]/;

/**
 * A transliterated given name whose last syllable is also an organisation's or a particle's ending (토마시 like 포항시,
 * 리카르도 and 페르난도 like …도, 테레사 like …사): a name only before a family name that is plainly a transliteration
 * ("토마시 비에르지비츠키", "리카르도 페레스").
 */
export function givenEndingLikeAWord(w: string, family: string): boolean {
  return (
    /^[가-힣]{2,5}$/.test(w) &&
    (koIsOrg(w) || KO_PARTICLE.test(w)) &&
    /^[가-힣]{2,8}$/.test(family) &&
    TRANSLITERATED.test(family) &&
    !koIsOrg(family) &&
    !koIsTitle(family) &&
    !koIsTitle(w) &&
    !lexiconNonPerson(w, 'ko') &&
    (TRANSLITERATED.test(w) || loanwordShaped(w))
  );
}

/**
 * A transliterated family name whose last syllable is the particle 도 (Elizondo 엘리손도, Alvarado 알바라도, Delgado
 * 델가도), in a name's place: before an organisation or a title, or before another transliterated family name (a
 * Spanish name's two: "엘리손도 가르사"). Three syllables or more, loanword-shaped, and neither it nor the word without the
 * 도 anything the lexicon knows (인도네시아도, 스타게이트도 are a name and its particle); a province's 도 is none either.
 */
/**
 * A province by its name and 도 (경기도, 충청남도, 충북도, 전북특별자치도): a place, as its government is an organisation,
 * though it ends like the particle 도.
 */
export function koProvince(w: string): boolean {
  return /^(?:경기|강원|충청[남북]|전라[남북]|경상[남북]|제주|[충전경][남북]|[가-힣]{2}특별자치)도$/.test(w);
}

export function familyEndingInDo(w: string, next: string): boolean {
  return (
    /^[가-힣]{2,5}도$/.test(w) &&
    loanwordShaped(w) &&
    !isKoreanName(w) &&
    // (a province is an organisation's 도 too: 경기도, 충청남도)
    !koProvince(w) &&
    !koIsTitle(w) &&
    !lexiconNonPerson(w, 'ko') &&
    !lexiconNonPerson(w.slice(0, -1), 'ko') &&
    (koIsOrg(next) ||
      koIsTitle(next) ||
      (/^[가-힣]{2,8}$/.test(next) && loanwordShaped(next) && !KO_PARTICLE.test(next)))
  );
}

/**
 * A word that may open a Japanese or Chinese name written family name first in Hangul (이시즈카, 다나베): three
 * syllables or more shaped as a transliteration, no Korean name, organisation, title or word the lexicon knows.
 */
export function familyFirst(w: string): boolean {
  return (
    /^[가-힣]{3,6}$/.test(w) &&
    loanwordShaped(w) &&
    !isKoreanName(w) &&
    !koIsOrg(w) &&
    !koIsTitle(w) &&
    !KO_PARTICLE.test(w) &&
    !lexiconNonPerson(w, 'ko')
  );
}

/**
 * A Japanese family name written first whose last syllable is the particle 와 ("and"): the -sawa, -zawa, -kawa and
 * -gawa of 沢 and 川 (후지사와 아키코, 이시카와 겐이치, 나카가와 유키), before a given name shaped as a transliteration.
 * Only those four endings: a word ending in another syllable and 와 is read as the particle.
 */
export function familyFirstEndingInWa(w: string, given: string): boolean {
  return (
    /^[가-힣]{1,4}[사자카가]와$/.test(w) &&
    loanwordShaped(w) &&
    !isKoreanName(w) &&
    !lexiconNonPerson(w, 'ko') &&
    !lexiconNonPerson(w.slice(0, -1), 'ko') &&
    /^[가-힣]{1,4}$/.test(given) &&
    loanwordShaped(given) &&
    !isKoreanName(given) &&
    !KO_PARTICLE.test(given) &&
    !koIsTitle(given) &&
    !lexiconNonPerson(given, 'ko')
  );
}

/**
 * A given name after a family name written first (다나베 히로시), whose last syllable is also an organisation's ending
 * (히로시 like 포항시): a name after a family name shaped as a transliteration, itself shaped as one.
 */
function givenAfterFamily(family: string, w: string): boolean {
  return (
    familyFirst(family) &&
    /^[가-힣]{2,4}$/.test(w) &&
    koIsOrg(w) &&
    !/[A-Za-z]/.test(w) &&
    loanwordShaped(w) &&
    !koIsTitle(w) &&
    !lexiconNonPerson(w, 'ko')
  );
}

/** A Korean personal name: three syllables opening with a surname, or a compound surname and one or two more. */
export function isKoreanName(w: string): boolean {
  if (!/^[가-힣]{2,4}$/.test(w) || KO_TITLE_END.test(w) || KO_ORG_END.test(w) || TRANSLITERATED.test(w)) return false;
  // A Korean name is of Sino-Korean syllables, and ㅋ opens none but 쾌: 오카포, 오캄포 are a family name transliterated.
  if (KIEUK_SYLLABLE.test(w)) return false;
  // Nor of a syllable only loanwords spell (뷰, 튜, 슈, 져, 셔: 인터뷰, 이슈어), Sino-Korean or native names have none.
  for (let i = 0; i < w.length; i++) if (loanwordSyllable(w.charCodeAt(i))) return false;
  // A company or place the lexicon knows is no person, though it opens with a surname's syllable (오라클, 소프트뱅크).
  if (lexiconNonPerson(w, 'ko')) return false;
  const s = koSurnameOf(w);
  if (!s) return false;
  return s.length === 2 ? w.length === 3 || w.length === 4 : w.length === 3;
}

/** A syllable opened by ㅋ other than 쾌 (카, 캄, 코, 킴, …). */
const KIEUK_SYLLABLE = /[카-킿](?<!쾌)/;
/** The parts of the world a post covers ("유럽 총괄", "아태 부지 총괄"): no half of a name. */
const KO_REGIONS: ReadonlySet<string> = new Set(data.ko.regions);
/** What a reporter calls an ordinary person right before a foreign name ("관개 농민 드웨인 케슬러는"): no title after one. */
const KO_ROLES: ReadonlySet<string> = new Set(data.ko.roles);

/** A Korean title word: "장관", "처장", "선임연구위원", "CEO". */
export function koIsTitle(w: string): boolean {
  return KO_TITLE_END.test(w);
}
/** A Korean word that names an organisation: "…증권", "…전자", a Latin name, a company the lexicon knows. */
export function koIsOrg(w: string): boolean {
  return KO_ORG_END.test(w) || /[A-Za-z]/.test(w) || lexiconNonPerson(w, 'ko');
}

/**
 * A Korean word naming one organisation ("노바전력", "해남군"): an organisation's ending after a name of its own, not
 * the common noun alone ("회사", "정부", "업계") nor a title ("변호사").
 */
export function koNamedOrg(w: string): boolean {
  return /^[가-힣]{3,}$/.test(w) && KO_ORG_END.test(w) && !KO_ORG_ENDS.has(w) && !koIsTitle(w) && !KO_NOT_ORG.has(w);
}
const KO_ORG_ENDS = new Set(data.ko.orgEnds);
/** The organisation endings of one syllable (시, 군, 사, 대 …). */
const KO_ORG_ONE = new Set(data.ko.orgEnds.filter((x) => x.length === 1));
/**
 * A Hangul word read as an organisation only for its last syllable, which closes organisations' names (시 as in 울산시,
 * 사 as in 한빛사) and transliterated names too (로시 Rossi, 마시 Marsh, 스리니바사 Srinivasa): a name word when a
 * plain one stands beside it.
 */
function orgOnlyByItsLastSyllable(w: string): boolean {
  return (
    /^[가-힣]{2,6}$/.test(w) &&
    KO_ORG_ONE.has(w.slice(-1)) &&
    !koIsTitle(w) &&
    !lexiconNonPerson(w, 'ko') &&
    !KO_NOT_ORG.has(w)
  );
}

/**
 * A family name in Hangul that is plainly a transliteration (페어뱅크스, 크레이머): a syllable Korean names do not hold,
 * and no organisation, title or word the lexicon knows.
 */
function foreignFamilyName(w: string, shaped = false): boolean {
  return (
    /^[가-힣]{2,8}$/.test(w) &&
    (TRANSLITERATED.test(w) || (shaped && w.length >= 3 && loanwordShaped(w))) &&
    !koIsOrg(w) &&
    !koIsTitle(w) &&
    !KO_PARTICLE.test(w) &&
    !KO_NOT_ORG.has(w) &&
    !lexiconNonPerson(w, 'ko')
  );
}

/** One-syllable words that stand before a noun, a name or a title, or join two (전, 현, 및, 겸, 등, 측): no family name. */
const KO_ONE_NOT_FAMILY = new Set(
  '전 현 고 구 총 각 약 및 등 한 새 그 이 저 첫 옛 본 동 당 양 두 세 네 몇 온 큰 또 더 곧 잘 못 안 즉 단 겸 대 중 측 후 앞 뒤 비 부 차 주 수 와 과 곳 때 외 내 간 씨 님 군 양 옹'.split(
    ' ',
  ),
);

/**
 * A Western family name of one syllable written in Hangul after the given name (나오미 펠, 로라 벨, 존 콜): a syllable
 * that is no Korean surname and no word that stands before a name or a title.
 */
export function oneSyllableFamily(w: string): boolean {
  return /^[가-힣]$/.test(w) && !KO_SURNAMES.includes(w) && !KO_ONE_NOT_FAMILY.has(w) && !koIsTitle(w) && !koIsOrg(w);
}

/** A given name before a one-syllable family name: shaped as a Korean name (나오미) or as a transliteration (로라). */
export function givenBeforeOneSyllable(w: string): boolean {
  return (
    /^[가-힣]{2,5}$/.test(w) &&
    (isKoreanName(w) || TRANSLITERATED.test(w) || loanwordShaped(w)) &&
    !koIsOrg(w) &&
    !koIsTitle(w) &&
    !KO_PARTICLE.test(w) &&
    !KO_NOT_ORG.has(w) &&
    !lexiconNonPerson(w, 'ko')
  );
}

/** An organisation by its name: one the lexicon knows (오라클, 스타게이트), or a name with an organisation's ending (포항시). */
function namedOrganisation(w: string): boolean {
  const bare = w.replace(/의$/, '');
  return (
    findTerms(bare, 'ko').some((h) => concept(h.id)?.type === 'org' && h.start === 0 && h.end === bare.length) ||
    koNamedOrg(bare)
  );
}

/**
 * A Korean word that is a country the lexicon knows, whole ("모로코"): a minister's or an envoy's government, which
 * stands where an organisation does in "나디아 벤키란 모로코 디지털전환 담당 장관".
 */
function namedCountry(w: string): boolean {
  const bare = w.replace(/의$/, '');
  return findTerms(bare, 'ko').some((h) => concept(h.id)?.type === 'country' && h.start === 0 && h.end === bare.length);
}

/** Latin letters in brackets right after a Hangul word: a name's (or a body's) spelling in its own language. */
const RE_ORIGINAL_SPELLING = /(?<=[가-힣])\([A-Za-z][A-Za-z .'’-]{0,60}\)/g;

/** A Korean speaker phrase: "박지훈 과학기술정보통신부 장관", "박 장관", "엘레나 바르가 레드록컴퓨트 CEO", "바르가 CEO". */
function koPerson(given: string): PersonRef | undefined {
  // A foreign name's own spelling in brackets right after it, as Korean news gives it once ("엘누르 하산리(Elnur
  // Hasanli) AEP 회장"): read as spaces, the offsets kept; the name in Hangul is the one the phrase goes on with.
  const phrase = given.includes('(') ? given.replace(RE_ORIGINAL_SPELLING, (m) => ' '.repeat(m.length)) : given;
  // (A speaker phrase ends before its particle: "바르가 CEO는" is read as "바르가 CEO".)
  const ws = [...phrase.matchAll(/[^\s,·]+/g)].map((m) => ({ w: m[0], start: m.index! }));
  if (!ws.length) return undefined;
  const endOf = (i: number) => ws[i].start + ws[i].w.length;
  // A Korean name anywhere in it.
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].w;
    // A Japanese name in Hangul puts its family name first, and its given name may be shaped as a Korean one is
    // (이시즈카 마사토 호쿠요전력 사장): a word that opens the phrase shaped as a transliteration, then the name, then an
    // organisation and a title, is one foreign name (a company before a Korean name, "포스코 이도윤 부사장", has no
    // organisation after it).
    if (i === 1 && ws.length >= 4 && isKoreanName(w) && familyFirst(ws[0].w) && koIsTitle(ws[ws.length - 1].w)) {
      const org = ws
        .slice(2, -1)
        .map((x) => x.w)
        .join(' ');
      if (ws.slice(2, -1).some((x) => koIsOrg(x.w)))
        return { name: `${ws[0].w} ${w}`, surname: w, start: ws[0].start, end: endOf(1), org };
    }
    // A Western name in Hangul whose given name is shaped as a Korean one (나오미 페어뱅크스, 조나단 크레이머 오라클 …
    // 총괄): a family name plainly transliterated after it, then an organisation by its name, then the title. A Korean
    // name has its organisation right after it ("이도윤 크래프톤 대표"), not a second organisation after that. A
    // minister's or an envoy's country stands for the organisation ("나디아 벤키란 모로코 디지털전환·행정개혁 담당
    // 장관"), the family name then shaped as a transliteration, if not plainly one (벤키란).
    if (
      isKoreanName(w) &&
      i + 3 < ws.length &&
      koIsTitle(ws[ws.length - 1].w) &&
      ((foreignFamilyName(ws[i + 1].w) && ws.slice(i + 2, -1).some((x) => namedOrganisation(x.w))) ||
        (foreignFamilyName(ws[i + 1].w, true) && ws.slice(i + 2, -1).some((x) => namedCountry(x.w))))
    ) {
      const org = ws
        .slice(i + 2, -1)
        .map((x) => x.w)
        .join(' ');
      return { name: `${w} ${ws[i + 1].w}`, surname: ws[i + 1].w, start: ws[i].start, end: endOf(i + 1), org };
    }
    // A Western name in Hangul whose family name is one syllable, then what they are (나오미 펠 레저라인 전략가): where a
    // name may start (first, or after an organisation), before a title that ends the phrase.
    if (
      i + 2 < ws.length &&
      givenBeforeOneSyllable(w) &&
      oneSyllableFamily(ws[i + 1].w) &&
      koIsTitle(ws[ws.length - 1].w) &&
      (i === 0 || /의$/.test(ws[i - 1].w) || koIsOrg(ws[i - 1].w))
    ) {
      const org = ws
        .slice(i + 2, -1)
        .map((x) => x.w)
        .join(' ');
      return {
        name: `${w} ${ws[i + 1].w}`,
        surname: ws[i + 1].w,
        start: ws[i].start,
        end: endOf(i + 1),
        ...(org ? { org } : {}),
      };
    }
    if (isKoreanName(w) && (i + 1 < ws.length || ws.length === 1)) {
      // The organisation after the name ("최윤석 한빛전력 회장"), else the word right before it ("노바전력 김민호
      // 대표", "삼성전자의 이도윤 부사장"): a name no list knows too.
      const prev = i > 0 ? ws[i - 1].w.replace(/의$/, '') : '';
      const org =
        ws
          .slice(i + 1, -1)
          .map((x) => x.w)
          .join(' ') ||
        (/^[가-힣A-Za-z][가-힣A-Za-z0-9&]*$/.test(prev) &&
        !koIsTitle(prev) &&
        !isKoreanName(prev) &&
        !KO_NOT_ORG.has(prev)
          ? prev
          : undefined);
      return { name: w, surname: koSurnameOf(w)!, start: ws[i].start, end: endOf(i), org };
    }
  }
  // The title is the last word; what stands before it is a name, or an organisation, or both.
  const t = ws.length - 1;
  // "한동구 대표", "성진정밀 송현주 사장": a Korean name that ends as a district, a city or a province may (구, 주, 시, 도),
  // right before a company's title, which no place holds (a district's own speaks as 구청장, 대변인, 관계자).
  if (t >= 1 && KO_EXECUTIVE_TITLES.has(ws[t].w) && nameEndingAsPlace(ws[t - 1].w)) {
    const prev = t >= 2 ? ws[t - 2].w.replace(/의$/, '') : '';
    const org =
      t === 2 && /^[가-힣A-Za-z][가-힣A-Za-z0-9&]*$/.test(prev) && !koIsTitle(prev) && !KO_NOT_ORG.has(prev)
        ? prev
        : undefined;
    if (t === 1 || org)
      return { name: ws[t - 1].w, surname: koSurnameOf(ws[t - 1].w)!, start: ws[t - 1].start, end: endOf(t - 1), org };
  }
  const foreignWord = (w: string) => /^[가-힣]{1,6}$/.test(w) && !koIsOrg(w) && !koIsTitle(w) && !KO_REGIONS.has(w);
  // A name in Hangul may end in a syllable that also closes an organisation's name (로시, 마시): beside a name word
  // that is plainly one, it is the other half of the name.
  const nameHalf = (w: string) => foreignWord(w) || orgOnlyByItsLastSyllable(w);
  // "실버피크의 재무담당 개빈 오스트롭스키", "재무담당 개빈 오스트롭스키": a title (and an organisation) before a foreign
  // name, its family name a transliteration; or what the person is ("관개 농민 드웨인 케슬러"), no organisation then.
  if (!koIsTitle(ws[t].w) && t >= 2) {
    const [g, f, title] = [ws[t - 1].w, ws[t].w, ws[t - 2].w];
    const role = KO_ROLES.has(title);
    if (
      (koIsTitle(title) || role) &&
      foreignWord(g) &&
      foreignWord(f) &&
      !isKoreanName(g) &&
      !KO_NOT_ORG.has(g) &&
      !lexiconNonPerson(f, 'ko') &&
      f.length >= 2 &&
      (TRANSLITERATED.test(f) || loanwordShaped(f)) &&
      // (a title's field may join two words with a middle dot, one word of the phrase: "스타게이트의 에너지·용수 총괄
      // 레나타 솔리스하트")
      t - ws.slice(1, t - 2).filter((x) => phrase[x.start - 1] === '·').length <= 4 &&
      ws.slice(0, t - 2).every((x) => /^[가-힣A-Za-z0-9&()]+$/.test(x.w) && !KO_NOT_ORG.has(x.w))
    ) {
      // The organisation: the one in the possessive ("스타게이트의 에너지·용수 총괄") or by its name, else the word
      // before the title.
      const own =
        ws.slice(0, t - 2).find((x) => /[가-힣A-Za-z0-9]의$/.test(x.w)) ??
        (t >= 4 ? ws.slice(0, t - 3).find((x) => koIsOrg(x.w) && !koIsTitle(x.w)) : undefined);
      const org = own ? own.w.replace(/의$/, '') : t >= 3 && !role ? ws[t - 3].w.replace(/의$/, '') : undefined;
      return {
        name: `${g} ${f}`,
        surname: f,
        start: ws[t - 1].start,
        end: endOf(t),
        org: org && !koIsTitle(org) ? org : undefined,
      };
    }
  }
  if (!koIsTitle(ws[t].w) || t === 0) return undefined;
  const pre = ws.slice(0, t);
  // "박 장관", "남궁 대표": a surname alone before the title.
  if (
    pre.length === 1 &&
    ((KO_SURNAMES.includes(pre[0].w) && pre[0].w.length === 1) || KO_COMPOUND.includes(pre[0].w))
  ) {
    return { surname: pre[0].w, start: pre[0].start, end: endOf(0) };
  }
  // An organisation in the possessive may come first: "(현지 개발사) 메사빌드의 톰 래드퍼드 COO", "오픈AI의 데이나 휘트컴 총괄".
  let k = 0;
  for (let i = 0; i + 2 < pre.length; i++) if (/의$/.test(pre[i].w)) k = i + 1;
  // "엘레나 바르가 레드록컴퓨트 CEO", "젠슨 황 CEO": a given name and a family name, then the organisation.
  if (
    pre.length - k >= 2 &&
    ((foreignWord(pre[k].w) && nameHalf(pre[k + 1].w)) ||
      // (a city before a foreign name, "울산시 존 스미스 고문", is no given name: a name word follows the pair)
      (nameHalf(pre[k].w) && foreignWord(pre[k + 1].w) && !(k + 2 < pre.length && foreignWord(pre[k + 2].w))) ||
      givenEndingLikeAWord(pre[k].w, pre[k + 1].w) ||
      givenAfterFamily(pre[k].w, pre[k + 1].w)) &&
    pre.slice(k + 2).every((x) => koIsOrg(x.w) || /^[가-힣A-Za-z()]+$/.test(x.w))
  ) {
    const org =
      [...(k ? [pre[k - 1].w.replace(/의$/, '')] : []), ...pre.slice(k + 2).map((x) => x.w)].join(' ') || undefined;
    return {
      name: phrase.slice(pre[k].start, endOf(k + 1)),
      surname: pre[k + 1].w,
      start: pre[k].start,
      end: endOf(k + 1),
      org,
    };
  }
  // "바르가 CEO", "린드크비스트 애널리스트": a family name alone before the title (and the part of the world the post
  // covers: "마르케티 유럽 총괄").
  const lone = pre.length - [...pre].reverse().findIndex((x) => !KO_REGIONS.has(x.w));
  if (lone === 1 && foreignWord(pre[0].w) && pre[0].w.length >= 2)
    return { surname: pre[0].w, start: pre[0].start, end: endOf(0) };
  return undefined;
}

/** The person a speaker phrase names, if it names one. */
export function parsePerson(phrase: string): PersonRef | undefined {
  if (!phrase || phrase.length > 200) return undefined;
  return HANGUL.test(phrase) ? koPerson(phrase) : enPerson(phrase);
}

/** Two spellings of one name compare equal: case, hyphens, dots and (in Hangul) spaces do not count. */
export function nameKey(name: string): string {
  const n = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[-.’'‐]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return HANGUL.test(n) ? n.replace(/ /g, '') : n;
}

/** How far back a full name is looked for when a surname stands alone. */
const LOOK_BACK = 20_000;

/**
 * The full name a surname alone refers back to: the nearest mention before `at` in `text` of a name with that
 * surname ("Lone Star Transmission CEO Dale Whitaker said …" before "Whitaker said"; "박지훈 … 장관은" before "박 장관은").
 */
export function fullNameBefore(text: string, at: number, surname: string): string | undefined {
  return nearestBefore(nameMentions(text, Math.max(0, at - LOOK_BACK), at, surname), at);
}

/**
 * The full name a given name alone stands for ("Marisol said: “…”" after "Marisol Tereba, the project engineer, answered
 * most questions"), as notes, e-mails and minutes call a colleague: the one full name before it in the text that opens with
 * that word, when the word is the whole speaker phrase (no title: "Mr Marisol" is a family name) and no full name ends
 * in it (fullNameBefore read it as a surname first); as far back as that looks (LOOK_BACK). Two people of that given name before it: neither.
 */
export function givenNameBefore(text: string, at: number, word: string, phrase: string): string | undefined {
  if (phrase.trim() !== word || !/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return undefined;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}'’.-])${escapeRe(word)}[ \\t]+(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?)(?![\\p{L}\\p{N}'’-])`,
    'gu',
  );
  const from = Math.max(0, at - LOOK_BACK);
  re.lastIndex = from;
  const names = new Set<string>();
  for (let m = re.exec(text); m && m.index + m[0].length <= at; m = re.exec(text)) {
    const p = parsePerson(m[0]);
    if (p?.name === m[0] && p.surname === m[1]) names.add(m[0]);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** The name of the last mention that ends before `at` and starts no further back than LOOK_BACK. */
export function nearestBefore(mentions: Mention[], at: number): string | undefined {
  let lo = 0,
    hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo - 1];
  return m && m.at >= at - LOOK_BACK ? m.name : undefined;
}

/** A full name in a text: where it starts, where the surname ends (mentions are sorted by that end). */
export interface Mention {
  at: number;
  end: number;
  name: string;
}

/** Every mention in text[from, to) of a full name with that surname, in order of where it starts. */
export function nameMentions(text: string, from: number, to: number, surname: string): Mention[] {
  const found: Mention[] = [];
  const n = surname.length;
  if (!n) return found;
  const hangul = HANGUL.test(surname);
  const native = hangul && ((KO_SURNAMES.includes(surname) && n === 1) || KO_COMPOUND.includes(surname));
  // Each place the surname stands is looked at in a small window around it: a pass of indexOf over the text.
  for (let i = text.indexOf(surname, from); i >= 0 && i + n <= to; i = text.indexOf(surname, i + 1)) {
    if (hangul) {
      const before = text.charCodeAt(i - 1);
      // A Korean name with that surname ("박지훈"), followed within a few words by a title.
      if (native && !(before >= 0xac00 && before <= 0xd7a3)) {
        for (const len of [n + 2, n + 1]) {
          const name = text.slice(i, i + len);
          if (
            i + len > to ||
            !/^[가-힣]+$/.test(name) ||
            !KO_NAME_END.test(text.slice(i + len, i + len + 2)) ||
            !isKoreanName(name)
          )
            continue;
          // The title stands within the clause: not past a sentence's end or a quotation mark ("…이라고 분석했다. 이 연구원은").
          const after = text
            .slice(i + len, i + len + 40)
            .split(/[.!?“”"]/)[0]
            .split(/\s+/)
            .slice(0, 5);
          if (after.some((w) => koIsTitle(w.replace(KO_PARTICLE, '').replace(/[,.]$/, '')))) {
            found.push({ at: i, end: i + len, name });
            break;
          }
        }
      }
      // A transliterated name: "엘레나 바르가" (or "젠슨 황").
      if (isWhite(before) && KO_NAME_END.test(text.slice(i + n, i + n + 2))) {
        const w0 = Math.max(from, i - 12);
        const m = /(?<![가-힣A-Za-z])([가-힣]{1,5})\s+$/.exec(text.slice(w0, i));
        const g = m?.[1];
        if (
          g &&
          (!(
            (KO_PARTICLE.test(g) && g.length > 2) ||
            (koIsOrg(g) && !orgOnlyByItsLastSyllable(g)) ||
            koIsTitle(g) ||
            isKoreanName(g)
          ) ||
            givenEndingLikeAWord(g, surname))
        )
          found.push({ at: w0 + m!.index, end: i + n, name: `${g} ${surname}` });
      }
      continue;
    }
    if (isWordChar(text, i - 1) || isWordChar(text, i + n)) continue;
    // "Park Ji-hoon": a Korean name in English, family name first.
    const k = /^\s+([A-Z][a-z]+-[a-z]+)(?![\p{L}\p{N}-])/u.exec(text.slice(i + n, Math.min(to, i + n + 30)));
    if (k) found.push({ at: i, end: i + n + k[0].length, name: `${surname} ${k[1]}` });
    // "Dale Whitaker", "Elena Varga": up to three words of given names before it.
    const w0 = Math.max(from, i - 80);
    const m = EN_GIVEN_BEFORE.exec(text.slice(w0, i));
    if (!m) continue;
    // Titles and function words before the given name are not part of it ("CEO Dale Whitaker").
    let given = m[1].split(/\s+/);
    for (let j = given.length - 1; j >= 0; j--)
      if (isEnTitle(given[j]) || BARE_HONORIFIC.test(given[j]) || EN_ORG_ENDS.has(given[j].toLowerCase())) {
        given = given.slice(j + 1);
        break;
      }
    while (given.length && (EN_NOT_NAMES.has(given[0].toLowerCase()) || lexiconNonPerson(given[0], 'en')))
      given.shift();
    if (!given.length) continue;
    // A second family name after it, as Spanish and Portuguese names have ("Itzel Moreno Quiróz", then "Moreno"):
    // part of the full name the surname stands for.
    const second = RE_SECOND_FAMILY.exec(text.slice(i + n, Math.min(to, i + n + 40)));
    const family =
      second &&
      !isEnTitle(second[1]) &&
      !EN_NOT_NAMES.has(second[1].toLowerCase()) &&
      !lexiconNonPerson(second[1], 'en')
        ? second[0]
        : '';
    found.push({
      at: w0 + m.index + m[1].length - given.join(' ').length,
      end: i + n + family.length,
      name: `${given.join(' ')} ${surname}${family}`,
    });
  }
  return found.sort((a, b) => a.end - b.end);
}

/** A family name right after another on the same line, no more name after it: " Quiróz" (Moreno Quiróz). */
const RE_SECOND_FAMILY = /^[^\S\n]+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\p{N}'’-]|[^\S\n]+\p{Lu})/u;
/** What may follow a name in Korean: a space, a comma, or a particle that ends the word. */
const KO_NAME_END = /^(?:[\s,·]|[은는이가의](?![가-힣])|$)/;
// (The words of a name may stand on two lines, as a margin cuts them, never across a blank line: "Kimberly Otero,
// spokesperson, Arizona Department of Water Resources" over a list's next item "Renata Solís-Hart, head of …" is no
// "Water Resources Renata Solís-Hart".)
const EN_GIVEN_BEFORE =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{Ll}'’]+(?:-[A-Za-z][\p{Ll}]+)*|[A-Z]\.)(?:(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)(?:\p{Lu}[\p{Ll}'’]+|[A-Z]\.)){0,2})(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)$/u;
const isWhite = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
const isWordChar = (t: string, i: number) => i >= 0 && i < t.length && /[\p{L}\p{N}]/u.test(t[i]);

/** The family name of a full name: "Dale Whitaker" → Whitaker, "Park Ji-hoon" → Park, "박지훈" → 박, "엘레나 바르가" → 바르가. */
export function surnameOf(name: string): string | undefined {
  if (HANGUL.test(name)) {
    const ws = name.trim().split(/\s+/);
    return ws.length > 1 ? ws[ws.length - 1] : koSurnameOf(ws[0]);
  }
  return enPerson(name)?.surname;
}

/** Speaker ids that are no lexicon entry: a person by full name, or a surname alone that the text did not explain. */
export const PERSON_ID = 'person:',
  SURNAME_ID = 'surname:';

/**
 * Who a quotation is by, as an id: a lexicon person ("altman"), else a person by name ("person:Dale Whitaker"), else a
 * surname alone ("surname:Huang", resolved against the corpus when judged), else a lexicon organisation ("oracle").
 * A speaker is a person, with the organisation as detail; a quotation goes to an organisation only when no person speaks.
 */
export function speakerIdOf(q: { speaker?: { text: string }; person?: string; surname?: string }): string | undefined {
  if (!q.speaker) return undefined;
  const lex = resolveEntity(q.speaker.text);
  if (lex && concept(lex)?.type === 'person') return lex;
  if (q.person) {
    const p = resolveEntity(q.person);
    return p && concept(p)?.type === 'person' ? p : PERSON_ID + q.person;
  }
  if (q.surname) return SURNAME_ID + q.surname;
  return lex;
}

const EN_TITLE_WORD = `(?:[a-z]+-)?(?:${data.en.titles.map((t) => escapeRe(t)).join('|')})`;
/**
 * One to four words of a job title in any case, each followed by a space: the run between an organisation and a
 * name in "Oracle co-CEO Clay Magouyrk said", "Northgate Power chief executive Ines Duarte told" (regex source).
 */
const anyCase = (t: string) => escapeRe(t).replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
/** Words inside a job title that are no title alone: "chief financial officer", "finance chief", "head of site development". */
const EN_TITLE_INNER = `(?:(?:${data.en.titleInner.map(anyCase).join('|')})\\s+){0,2}`;
export const EN_TITLE_RUN = `(?:${EN_TITLE_INNER}(?:[a-zA-Z]+-)?(?:${data.en.titles.map(anyCase).join('|')})\\s+${EN_TITLE_INNER}){1,4}`;
const EN_TITLE_INNER_SET = new Set(data.en.titleInner);
/** The job titles in ASCII lower case, for the tests below (the regexes read them in any case of A–Z). */
const EN_TITLES_FOLDED = new Set(data.en.titles.map(asciiLower));
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
/** Whether a word is one EN_TITLE_RUN or EN_TITLE_WORD reads as a title word: a title, maybe after `co-`, `ex-` … */
export function isTitleToken(w: string): boolean {
  const low = asciiLower(w);
  if (EN_TITLES_FOLDED.has(low)) return true;
  const prefix = /^[a-z]+-/.exec(low);
  return prefix !== null && EN_TITLES_FOLDED.has(low.slice(prefix[0].length));
}
/** A word of a job title in lower case: a title ("treasurer", "co-CEO") or a word inside one ("financial", "former"). */
export function isTitleRunWord(w: string): boolean {
  return isTitleToken(w) || EN_TITLE_INNER_SET.has(asciiLower(w));
}
const LEAD = /^\s*[,—–-]?\s*/;
const NAME_TOKEN =
  /^(?:(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z\u00C0-\u00DE\u0100-\u024F][\w\u00C0-\u024F.'’&-]*|of|de|van|von|bin)$/;
/**
 * Whether `s` can open, after a comma or dash, with name words and then a title word followed by a space: what
 * `^\s*[,—–-]?\s*(?:NAME\s+)?EN_TITLE_RUN` needs. The title alternations are costly to compile (every title in any
 * case, up to four times: tens of ms at a process's first use), so a regex holding one runs only where this holds:
 * never where it could not match.
 */
export function mayOpenWithTitle(s: string): boolean {
  const words = s.slice(LEAD.exec(s)![0].length).split(/\s+/);
  // A title word is followed by a space: never the last word (which is '' when s ends with a space).
  for (let i = 0; i < words.length - 1; i++) {
    if (isTitleToken(words[i])) return true;
    // ("and" between two names of a portfolio or a company: "Energy and Natural Resources Minister")
    if (!NAME_TOKEN.test(words[i]) && !EN_TITLE_INNER_SET.has(asciiLower(words[i])) && !(i > 0 && words[i] === 'and'))
      return false;
  }
  return false;
}
/** Whether `s` ends with a title word and a space, as RE_ORG_BEFORE needs. */
export function endsWithTitle(s: string): boolean {
  const words = s.split(/\s+/);
  return words.length >= 2 && words[words.length - 1] === '' && isTitleToken(words[words.length - 2]);
}
export const RE_ORG_BEFORE = new RegExp(
  `((?:[A-Z][\\w&.'’-]*\\s+){0,3}[A-Z][\\w&.'’-]*?)(?:['’]s)?\\s+(?:${EN_TITLE_WORD}\\s+){1,4}$`,
  'i',
);
const RE_ORG_POSSESSIVE = /^,\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:[a-z]+-)?([a-z]+)/;
const RE_ORG_AFTER =
  /^,\s+(?:the\s+|an?\s+)?[^,"“”]{0,60}?\b(?:of|at|for|with)\s+(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})/;

/**
 * The organisation written around a name in English: before its title ("Oracle co-CEO Clay Magouyrk",
 * "Nordhavn Securities analyst Peter Lindqvist") or in the appositive after it ("Peter Lindqvist, an analyst at
 * Nordhavn Securities"). `start`/`end`: the name in `text`.
 */
export function orgAround(text: string, start: number, end: number): string | undefined {
  if (HANGUL.test(text.slice(start, end))) return koOrgAround(text, start, end);
  const lead = text.slice(Math.max(0, start - 100), start);
  const before = endsWithTitle(lead) ? RE_ORG_BEFORE.exec(lead) : null;
  const words = before?.[1]
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w) && !isEnTitle(w) && !EN_NOT_NAMES.has(w.toLowerCase()));
  if (words?.length) return words.join(' ');
  const after = text.slice(end, end + 120);
  // "Renée Caldwell, Vantage's president for North America, said": the possessive before the title, not the region.
  const own = RE_ORG_POSSESSIVE.exec(after);
  if (own && isTitleToken(own[2])) return own[1];
  return RE_ORG_AFTER.exec(after)?.[1].replace(/[.,;:]+$/, '');
}

/**
 * The organisation written around a Korean name: between it and its title ("김민호 노바전력 대표는"), else the word
 * before it when that reads as an organisation ("노바전력 김민호 대표는", "삼성전자의 이도윤 부사장은").
 */
function koOrgAround(text: string, start: number, end: number): string | undefined {
  const after = text
    .slice(end, end + 60)
    .split(/[.!?“”"‘’']/)[0]
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4);
  const title = after.findIndex((w) => koIsTitle(w.replace(KO_PARTICLE, '').replace(/[,.]$/, '')));
  if (title > 0 && after.slice(0, title).every((w) => !/[,.]$/.test(w) && !KO_PARTICLE.test(w)))
    return after.slice(0, title).join(' ');
  if (title < 0) return undefined;
  const lead = /(?:^|\s)([^\s]+?)의?\s+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return lead && koIsOrg(lead) && !KO_NOT_ORG.has(lead) && !/[,.]$/.test(lead) ? lead : undefined;
}

// ---------------------------------------------------------------- one name in two scripts

/**
 * A romanized Korean name as the common spellings meet: Revised Romanization and the spellings names keep
 * (Jung/jeong, Moon/mun, Choi/choe, Kyung/gyeong, Ahn/an, Park/bak, Ji-woo/jiu) become one string. ㅢ, ui by the
 * romanization, is spelled ee or i in names (희: Hee, Hui; 의: Eui): hui and a first ui are i.
 */
function canonRoman(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/rh/g, 'r')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'j')
    .replace(/r(?![aeiouwy])/g, '')
    .replace(/ee/g, 'i')
    .replace(/oo|eo|eu|ou/g, 'u')
    .replace(/(^|h)ui/g, '$1i')
    .replace(/oe/g, 'oi')
    .replace(/ai/g, 'ae')
    .replace(/wu/g, 'u')
    .replace(/yi/g, 'i')
    .replace(/([aeiouy])h(?![aeiouwy])/g, '$1')
    .replace(/k/g, 'g')
    .replace(/t/g, 'd')
    .replace(/p/g, 'b')
    .replace(/r/g, 'l');
}
/** A Korean surname romanized: 이 is Lee, Yi or Rhee, 임 Lim or Im, 류 Ryu or Yoo (the initial l of 두음법칙 drops). */
const surKey = (s: string) => canonRoman(s).replace(/^l(?=[iy])/, '');

const LATIN_PARTICLES = new Set([
  'al',
  'el',
  'de',
  'van',
  'von',
  'bin',
  'da',
  'di',
  'del',
  'der',
  'la',
  'le',
  'ter',
  'abu',
]);
/** The words of a name in Latin letters, lower case, letters only; a particle joined to the word after it ("Al Mansoori"). */
function latinWords(name: string, joined: boolean): string[] {
  // Letters with diacritics are their base letters (Muñoz, 무뇨스; Treviño, 트레비뇨).
  const ws = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter(Boolean);
  if (!joined) return ws;
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++)
    if (LATIN_PARTICLES.has(ws[i]) && i + 1 < ws.length) ws[i + 1] = ws[i] + ws[i + 1];
    else out.push(ws[i]);
  return out;
}

/** A Korean name of one word (서하은, 남궁혁): its romanized key. */
function koreanNameKey(w: string): string | undefined {
  if (!isKoreanName(w)) return undefined;
  const sur = koSurnameOf(w)!;
  return 'K:' + surKey(romanizeSyllables(sur)) + ' ' + canonRoman(romanizeSyllables(w.slice(sur.length)));
}

/**
 * Keys a name is looked up by in the other script: a Korean name by its romanization ("서하은" and "Seo Ha-eun" both
 * K:su haun), a foreign name by the consonant skeleton of its last word ("크라우제", "Krause"). Two names that share a
 * key are then compared by namesAlike.
 */
export function crossNameKeys(name: string): string[] {
  const n = name.normalize('NFC').trim();
  if (HANGUL.test(n)) {
    const ws = n.split(/\s+/);
    const k = ws.length === 1 ? koreanNameKey(ws[0]) : undefined;
    if (k) return [k];
    // A Japanese or Chinese name in Hangul puts the family name first ("하야시 다이스케" / "Daisuke Hayashi"): its
    // first word is looked up too.
    const keys = nameWordKeys(ws[ws.length - 1]).map((x) => 'F:' + x);
    if (ws.length === 2) for (const x of nameWordKeys(ws[0])) keys.push('F:' + x);
    return keys;
  }
  const keys = new Set<string>();
  const ws = latinWords(n, false);
  // A Korean name in Latin letters: family name first ("Seo Ha-eun") or last ("Ha-eun Seo").
  if (ws.length === 2 || ws.length === 3) {
    keys.add('K:' + surKey(ws[0]) + ' ' + canonRoman(ws.slice(1).join('')));
    keys.add('K:' + surKey(ws[ws.length - 1]) + ' ' + canonRoman(ws.slice(0, -1).join('')));
  }
  for (const last of new Set([ws[ws.length - 1], latinWords(n, true).pop()]))
    if (last) for (const x of nameWordKeys(last)) keys.add('F:' + x);
  // …and its first word, which Hangul puts last when it writes a Japanese or Chinese name family name first.
  if (ws.length === 2) for (const x of nameWordKeys(ws[0])) keys.add('F:' + x);
  return [...keys];
}

/**
 * Whether a name in Hangul and one in Latin letters may be one person's: a Korean name by its romanization
 * (정태오 / Jung Tae-oh, 이준서 / Lee Jun-seo), a foreign name word by word by sound (마티아스 크라우제 /
 * Matthias Krause: the last words alike, and the first ones when both give one). In one script: the same nameKey.
 */
export function namesAlike(a: string, b: string): boolean {
  const ha = HANGUL.test(a),
    hb = HANGUL.test(b);
  if (ha === hb) return nameKey(a) === nameKey(b);
  const [h, l] = ha ? [a, b] : [b, a];
  const hw = h.normalize('NFC').trim().split(/\s+/);
  const k = hw.length === 1 ? koreanNameKey(hw[0]) : undefined;
  if (k) return crossNameKeys(l).includes(k);
  const joined = latinWords(l, true),
    plain = latinWords(l, false);
  if (!joined.length) return false;
  const last = hw[hw.length - 1];
  // Family name first in Hangul, last in Latin letters ("하야시 다이스케" / "Daisuke Hayashi"): both words alike, crossed
  // (two words alike each as a given name is: short family names such as 하야시 have one consonant to compare).
  if (
    hw.length === 2 &&
    joined.length === 2 &&
    nameWordAlike(hw[0], joined[1], true) &&
    nameWordAlike(hw[1], joined[0], true)
  )
    return true;
  if (!nameWordAlike(last, joined[joined.length - 1]) && !nameWordAlike(last, plain[plain.length - 1]))
    // A family name of one consonant to compare (Holloway, 할로웨이: h and w are none) beside a given name alike by the
    // full measure (마크/Mark): alike as a given name is beside an alike family name.
    return (
      hw.length === 2 && joined.length === 2 && nameWordAlike(hw[0], joined[0]) && nameWordAlike(last, joined[1], true)
    );
  return hw.length === 1 || joined.length === 1 || nameWordAlike(hw[0], joined[0], true);
}

/** Whether a surname in Hangul and one in Latin letters may be the same (박 / Park, 크라우제 / Krause). */
export function surnamesAlike(a: string, b: string): boolean {
  const ha = HANGUL.test(a);
  if (ha === HANGUL.test(b)) return nameKey(a) === nameKey(b);
  const [h, l] = ha ? [a, b] : [b, a];
  if (KO_SURNAMES.includes(h) || KO_COMPOUND.includes(h)) return surKey(romanizeSyllables(h)) === surKey(l);
  const w = latinWords(l, true);
  return w.length === 1 && nameWordAlike(h, w[0]);
}

/** Keys a surname alone is looked up by in the other script (see crossNameKeys). */
export function crossSurnameKeys(surname: string): string[] {
  const n = surname.normalize('NFC').trim();
  if (HANGUL.test(n))
    return KO_SURNAMES.includes(n) || KO_COMPOUND.includes(n)
      ? ['S:' + surKey(romanizeSyllables(n))]
      : nameWordKeys(n).map((x) => 'F:' + x);
  const w = latinWords(n, true);
  return w.length === 1 ? ['S:' + surKey(w[0]), ...nameWordKeys(w[0]).map((x) => 'F:' + x)] : [];
}
