// Names and loanwords written in Hangul against their Latin spelling (핀란드/Finland, 나르비크/Narvik,
// 메가와트/megawatt). Both words become a consonant skeleton and the vowels between its consonants. The Hangul is
// romanized syllable by syllable (es-hangul's romanize; on a whole word it would apply Korean sound changes a
// loanword does not follow: 핀란드 is pin-ran-deu, not pillandeu), and the vowel Korean adds after a consonant that
// ends an English syllable is dropped (트/t, 스/s, 크/k). Consonants fall into the classes a transliteration keeps
// apart: p/f/b/v, t/d, k/g/c/q, s/z/j/ch/sh, l/r, m, n (h and w are not consonants here). An English r before a
// consonant or at the end may be silent in the Korean (로즈타운/Lordstown, 클러스터/cluster) or not
// (나르비크/Narvik): both skeletons are made. Two words sound alike when a skeleton is the same and every vowel slot
// is compatible (Korean 아 for English a, u or o; 어 for any; 으 for any or none; an English final e may be silent).
//
// The skeleton is the key words are looked up by; the vowels are checked for the pairs a key brings together.
import { romanize } from 'es-hangul';

/** A skeleton of fewer consonants links nothing. */
export const MIN_CONSONANTS = 2;
/** With this few consonants, every vowel slot must be spelled (no "any vowel" slot decides it). */
const SHORT = 2;

/** A skeleton and the vowel runs around its consonants (vowels.length = consonants + 1). */
export interface PhoneticForm {
  key: string;
  vowels: string[];
  /** a Hangul form without its final 스 */ noFinalS?: boolean;
  /** syllables said with a vowel of their own (not 으, not an English final e) */ syllables: number;
}

const CLASS: Record<string, string> = {
  b: 'P',
  p: 'P',
  f: 'P',
  v: 'P',
  d: 'T',
  t: 'T',
  g: 'K',
  k: 'K',
  c: 'K',
  q: 'K',
  s: 'S',
  z: 'S',
  j: 'S',
  l: 'L',
  r: 'L',
  m: 'M',
  n: 'N',
};
const VOWELS = 'aeiouyə';

/** A prepared Latin string (see below) as a skeleton and vowel runs; a consonant written twice counts once. */
function formOf(s: string): PhoneticForm {
  let key = '';
  const vowels: string[] = [''];
  let last = '';
  for (const ch of s) {
    const k = CLASS[ch];
    if (!k) {
      if (VOWELS.includes(ch)) {
        vowels[vowels.length - 1] += ch;
        last = '';
      } else if (ch === 'w' && key === '' && vowels[0] === '') vowels[0] = 'w'; // a word's first w is kept: World is 월드, not 올트
      continue; // h, w: neither
    }
    if (k === last && vowels[vowels.length - 1] === '') continue;
    key += k;
    vowels.push('');
    last = k;
  }
  let syllables = vowels.filter((v) => v !== '' && !v.startsWith('ə')).length;
  // A y between vowels opens a syllable of its own (Cheyenne, Whyalla: 샤이엔, 와이앨라).
  for (const v of vowels) syllables += v.match(/(?<=[aeiouw])y(?=[aeiou])/g)?.length ?? 0;
  if (syllables > 1 && vowels[vowels.length - 1] === 'e') syllables--;
  return { key, vowels, syllables };
}

const syllableCache = new Map<number, string>();
function romanSyllable(c: number): string {
  let r = syllableCache.get(c);
  if (r === undefined) {
    try {
      r = romanize(String.fromCharCode(c));
    } catch {
      r = '';
    }
    syllableCache.set(c, r);
  }
  return r;
}

const HANGUL_FIRST = 0xac00,
  HANGUL_LAST = 0xd7a3;
/** Initials a transliteration does not use (ㄲ ㄸ ㅃ ㅉ ㅆ), by their index in the syllable block. */
const TENSE_INITIALS = new Set([1, 4, 8, 10, 13]);
/** Finals a transliteration uses: none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ. */
const LOAN_FINALS = new Set([0, 1, 4, 8, 16, 17, 19, 21]);
/** The vowel of a syllable, by its index in the syllable block (18: ㅡ). */
const vowelIndex = (c: number) => Math.floor(((c - HANGUL_FIRST) % 588) / 28);
const EU = 18;
const KIEUK = 15;
/** ㄷ ㅂ ㅅ ㅈ ㅊ ㅋ ㅌ ㅍ: the consonants an English syllable ends with that Korean writes with 으. */
const EU_INITIALS = new Set([3, 7, 9, 12, 14, 15, 16, 17]);
/** The mark of the vowel Korean adds after a final consonant (으): any vowel or none. */
const ANY = '*';

/**
 * A syllable no Korean name spells, a loanword's: ㅠ after ㄷ ㄸ ㅂ ㅃ ㅅ ㅆ ㅈ ㅉ ㅊ ㅌ ㅍ (듀, 뷰, 슈, 쥬, 츄, 튜, 퓨), ㅕ after
 * ㅅ ㅆ ㅈ ㅉ ㅊ (셔, 져, 쳐), which Sino-Korean readings and native words write 수, 저, 서 (규, 류, 유, 휴 and 변, 편, 혀 stay).
 */
export function loanwordSyllable(c: number): boolean {
  if (c < HANGUL_FIRST || c > HANGUL_LAST) return false;
  const initial = Math.floor((c - HANGUL_FIRST) / 588),
    medial = vowelIndex(c);
  // (initials: ㄷ 3, ㄸ 4, ㅂ 7, ㅃ 8, ㅅ 9, ㅆ 10, ㅈ 12, ㅉ 13, ㅊ 14, ㅌ 16, ㅍ 17; medials: ㅕ 6, ㅠ 17)
  if (medial === 17) return [3, 4, 7, 8, 9, 10, 12, 13, 14, 16, 17].includes(initial);
  if (medial === 6) return [9, 10, 12, 13, 14].includes(initial);
  return false;
}

/**
 * Whether a Hangul word can be a transliteration: syllables only, none with a tense initial or a final a loanword
 * does not take, no verb ending (…다, …며), three syllables, or
 * two with the 으 a final consonant takes or a ㅋ.
 */
export function loanwordShaped(word: string, tense = false): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < HANGUL_FIRST || c > HANGUL_LAST) return false;
    const k = c - HANGUL_FIRST;
    if ((!tense && TENSE_INITIALS.has(Math.floor(k / 588))) || !LOAN_FINALS.has(k % 28)) return false;
  }
  // Verb and adjective endings (…다, …며, …하는, …해야, …된) are no name.
  if (/(?:[다며하한해할되된될돼게여]|하는|하면)$/.test(word)) return false;
  // Two syllables are most often a native or Sino-Korean word (시장, 자본, 투자): taken only with a consonant
  // written with the added 으 (젠슨, 샤프).
  if (word.length >= 3) return true;
  // The added 으 after an obstruent, with no final or ㄴ/ㄹ (트, 스, 슨, 클); not a particle's (는, 은, 을, 들).
  if (/들$/.test(word)) return false;
  for (let i = 0; i < word.length; i++) {
    const k = word.charCodeAt(i) - HANGUL_FIRST;
    if (vowelIndex(word.charCodeAt(i)) === EU && EU_INITIALS.has(Math.floor(k / 588)) && [0, 4, 8].includes(k % 28))
      return true;
    // ㅋ opens no Sino-Korean syllable but 쾌: 사카(이), 테크, 오크.
    if (Math.floor(k / 588) === KIEUK && word[i] !== '쾌') return true;
  }
  return false;
}

/**
 * Whether a Hangul word of three syllables or more can be a foreign place's name as Korean writes it: loanword-shaped,
 * or so but for a tense initial, which the rules for Thai, Vietnamese and Khmer names write for an unaspirated stop
 * (방빠콩 Bang Pakong, 짜오프라야 Chao Phraya, 꼰뚬 Kon Tum, 스뚱하우 Stung Hav).
 */
export function foreignNameShaped(word: string): boolean {
  return word.length >= 3 && loanwordShaped(word, true);
}

/** The phonetic forms of a Hangul word (none when it is not loanword-shaped or its skeleton too short). */
export function hangulForms(word: string, name = false, min = MIN_CONSONANTS): PhoneticForm[] {
  // A word known to be a foreign name ("홀만" in "자비네 홀만") needs no loanword shape, only syllables.
  if (name ? !/^[가-힣]+$/.test(word) : !loanwordShaped(word)) return [];
  let latin = '';
  for (let i = 0; i < word.length; i++) {
    let r = romanSyllable(word.charCodeAt(i));
    // 트 teu, 스 seu, 르 reu: the consonant alone. Elsewhere 으 is a vowel any English one may stand for.
    if (r.length > 2 && r.endsWith('eu')) r = r.slice(0, -2);
    latin += r.replace(/eu/g, ANY);
  }
  // A name's 휘, 화 (hwi, hwa) write an English wh or w: Whitmore is 휘트모어.
  if (name && /^hw/.test(latin)) latin = latin.slice(1);
  // ch is one consonant (ㅊ), ng the final ㅇ; a y or w before a vowel is part of it (웨 we, 야 ya).
  const w = /^w/.test(latin);
  latin = latin
    .replace(/ch/g, 'j')
    .replace(/ng/g, 'n')
    .replace(/[yw](?=[aeiou])/g, '');
  if (w) latin = 'w' + latin;
  let syllables = 0;
  for (let i = 0; i < word.length; i++) if (vowelIndex(word.charCodeAt(i)) !== EU) syllables++;
  const out: PhoneticForm[] = [];
  const add = (s: string, noFinalS = false, less = 0) => {
    const f = formOf(s.replace(/\*/g, 'ə'));
    f.syllables = syllables - less;
    if (noFinalS) f.noFinalS = true;
    if (f.key.length >= min) out.push(f);
  };
  add(latin);
  // A final 스 may be an English plural ending, which the English side's stemming takes away (텍사스, "texa").
  if (latin.endsWith('s') && word.endsWith('스')) add(latin.slice(0, -1), true);
  // An English word opening with a consonant said with a vowel before it (Nvidia/엔비디아, Nscale/엔스케일).
  if (/^e[nmlk]/.test(latin) && !/^e[nmlk][aeiou*]/.test(latin)) add(latin.slice(1), false, 1);
  return out;
}

/**
 * The phonetic forms of a Korean content word as the word table keeps it, its particle taken off: a name that ends
 * in 이 lost it there as the subject particle (사카이 → 사카, 두바이 → 두바), so the word with 이 back is tried too.
 * (Restoring 도, 로, 와 or 가 as well linked more native words by chance than names: 올트도/although.)
 */
export function koreanWordForms(stem: string): PhoneticForm[] {
  let out = koreanCache.get(stem);
  if (out) return out;
  out = hangulForms(stem);
  // Only a stem shaped like a loanword by itself: with the syllable back, most two-syllable native words would pass.
  if (loanwordShaped(stem)) for (const s of RESTORED) out.push(...hangulForms(stem + s));
  // A state's name written with 주 ("state") after it (텍사스주, 마하라슈트라주, 오하이오주): the name alone is tried too.
  if (stem.length >= 3 && stem.endsWith('주')) out.push(...hangulForms(stem.slice(0, -1)));
  if (koreanCache.size >= 100_000) koreanCache.clear();
  koreanCache.set(stem, out);
  return out;
}
/** Words repeat across a corpus: their forms, by word (bounded). */
const koreanCache = new Map<string, PhoneticForm[]>();
const RESTORED = ['이'];

/** The phonetic forms of an English word in lower case (five letters or more: shorter ones are common words a
 * transliteration meets by chance, chip, take, code): of each way a Korean spelling may hear it (readings), with and
 * without each r it may drop (two at most). */
export function latinForms(word: string, name = false, min = MIN_CONSONANTS): PhoneticForm[] {
  if (!/^[a-z]+$/.test(word)) {
    // A name written with its own language's letters (Constanța, Querétaro, Klaipėda, Kraków, Malmö): the forms of
    // the ways those letters are said, in plain letters.
    const out: PhoneticForm[] = [];
    for (const w of plainSpellings(word))
      for (const f of latinForms(w, name, min))
        if (!out.some((x) => x.key === f.key && x.vowels.join() === f.vowels.join())) out.push(f);
    return out;
  }
  if (NUMBER_WORDS.has(word)) return [];
  // A word known to be a name may be short (Hale, Kim): it is compared with another name only.
  if (!name && (word.length < 4 || (word.length === 4 && !/[aeiou]$/.test(word)))) return [];
  const out: PhoneticForm[] = [];
  for (const v of readings(word)) {
    formsWithR(prepared(v), name, out, min);
    // Inside a word, a d or t before s is also said as written (Gladstone 글래드스톤, Hudson 허드슨); only a final one
    // runs into the s (Leeds 리즈, Roberts 로버츠).
    if (/[dt]s(?=[a-z])/.test(v)) formsWithR(prepared(v, true), name, out, min);
  }
  return out;
}

/**
 * The sounds of letters other languages write with a mark or of their own, as plain letters the readings below know
 * (Romanian ț is ts, Constanța 콘스탄차; ș and Turkish ş sh, Kuşadası 쿠샤다스; ç, č and ć ch, Çeşme 체시메; Turkish ğ
 * lengthens the vowel before it, Aliağa 알리아아, or is said g as Korean often writes it; Polish ł a w, Łódź 우치, or
 * an l; German ü a u or the 위 Korean writes, Düsseldorf 뒤셀도르프); every other mark is dropped (Querétaro, Klaipėda, Kraków, Malmö). Lower case in, plain spellings out (two
 * at most); none when a letter is no Latin one.
 */
function plainSpellings(word: string): string[] {
  let out = [''];
  for (const ch of word) {
    const alts = LETTER_SOUNDS[ch] ?? [ch.normalize('NFD').replace(/\p{M}/gu, '')];
    out = out.flatMap((w) => alts.map((a) => w + a)).slice(0, 2);
  }
  return out.filter((w) => /^[a-z]+$/.test(w));
}
const LETTER_SOUNDS: Record<string, string[]> = {
  ț: ['ts'],
  ţ: ['ts'],
  ș: ['sh'],
  ş: ['sh'],
  š: ['sh'],
  ś: ['sh'],
  ç: ['ch'],
  č: ['ch'],
  ć: ['ch'],
  ž: ['zh'],
  ź: ['zh'],
  ż: ['zh'],
  ğ: ['', 'g'],
  ı: ['i'],
  ü: ['u', 'i'],
  ł: ['w', 'l'],
  ñ: ['ny'],
  ß: ['ss'],
  æ: ['ae'],
  œ: ['oe'],
  ø: ['o'],
  å: ['o'],
  ð: ['d'],
  þ: ['th'],
};

/**
 * English number words, cardinal and ordinal: Korean writes the numeral ("the fourth quarter" is 4분기, "seven plants"
 * 7기), never the word in Hangul, so no Hangul word is their spelling (포트, port, is not "fourth"; 세븐 is a name).
 */
const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million ' +
    'billion trillion first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
    'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth hundredth ' +
    'thousandth millionth'
  ).split(' '),
);

/**
 * The ways a Korean spelling may hear an English word: as written; with th as ㅅ (Northumberland 노섬벌랜드, Blyth
 * 블라이스, beside Anthropic's 앤트로픽); with a g before e, i or y soft, as ㅈ or not heard (Vantage 밴티지,
 * intelligence 인텔리전스, Argentina 아르헨티나); with a gh before a vowel said g. At most four.
 */
function readings(word: string): string[] {
  const out = [word];
  // A silent e after a vowel and a consonant inside a word, before another consonant (Lakeview 레이크뷰, Lakeside
  // 레이크사이드, Stonebridge 스톤브리지, Pineville 파인빌): the e of a word of the compound's first part, not said.
  const silent = word.replace(/([aiou][bcdfgkmnpstvz])e(?=[bcdfghjklmnpqstvwz][a-z])/g, '$1');
  if (silent !== word) out.push(silent);
  if (word.includes('th')) out.push(word.replace(/th/g, 's'));
  // An sh before a consonant is written 슈 (Maharashtra 마하라슈트라, Ashton 애슈턴): said with a vowel of its own.
  if (/sh(?=[bcdfgjklmnpqrstvz])/.test(word)) out.push(word.replace(/sh(?=[bcdfgjklmnpqrstvz])/g, 'shu'));
  // A gh before a vowel is a g in names from other languages (Raghunathan 라구나탄, Ghosh 고시, Meghan 메건), where
  // English words leave it unsaid (Vaughan 본, Leigh 리).
  if (/gh(?=[aeiou])/.test(word)) out.push(word.replace(/gh(?=[aeiou])/g, 'g'));
  // ch may be a k (Nichols 니컬스, Christopher 크리스토퍼, technology 테크놀로지).
  if (word.includes('ch')) out.push(word.replace(/ch/g, 'k'));
  // An ng before a vowel, an l or an r is also said n-g, as Korean writes it with ㅇ and ㄱ (Ingrid 잉그리드, England
  // 잉글랜드, Hungary 헝가리); elsewhere ng is the one sound of a final ㅇ (Young 영).
  if (/ng(?=[aeiouylr])/.test(word)) out.push(word.replace(/ng(?=[aeiouylr])/g, 'ngg'));
  if (/g[eiy]/.test(word.replace(/dge/g, ''))) {
    // A final -age is said -ij (storage 스토리지, package 패키지).
    const soft = out.map((x) => x.replace(/age$/, 'ij').replace(/(?<!d)g(?=[eiy])/g, 'j'));
    out.push(...soft, word.replace(/(?<!d)g(?=[eiy])/g, ''));
  }
  return out.slice(0, 4);
}

function prepared(word: string, sayDs = false): string {
  return (sayDs ? word.replace(/([dt])s(?=[a-z])/g, '$1_s') : word)
    .replace(/mb(e?)$/, 'm$1') // a final b after m is not said (Whitcombe, 휘트컴; climb)
    .replace(/ph/g, 'f')
    .replace(/tch/g, 'ch') // the t of tch is not said (Kutch 쿠치, sketch 스케치)
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/gh/g, '')
    .replace(/(?:ds|ts|tz|dz)/g, 's')
    .replace(/dge(?=r)/g, 'je') // the e of dge is said before an r (Bridger 브리저, Dodgers 다저스), not elsewhere (bridge)
    .replace(/dge/g, 'j')
    .replace(/sh|ch/g, 's')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/qu/g, 'k')
    .replace(/i?ew(?![aeiou])/g, 'u') // ew said yu, written 유 or 우 (Lakeview 레이크뷰, Newport 뉴포트, Andrew 앤드루)
    .replace(/x/g, 'ks')
    .replace(/ng/g, 'n')
    .replace(/_/g, '');
}

/** The forms of a prepared word, with and without each r a Korean spelling may drop (two at most), into `out`. */
function formsWithR(w: string, name: boolean, out: PhoneticForm[], min = MIN_CONSONANTS): void {
  const optional: number[] = [];
  for (let i = 0; i < w.length; i++)
    if (
      w[i] === 'r' &&
      (i === w.length - 1 || CLASS[w[i + 1]] !== undefined || (name && i === w.length - 2 && w[i + 1] === 'e'))
    )
      optional.push(i);
  const n = Math.min(optional.length, 2);
  for (let mask = 0; mask < 1 << n; mask++) {
    let v = '';
    for (let i = 0; i < w.length; i++) {
      const o = optional.indexOf(i);
      if (!(o >= 0 && o < n && mask & (1 << o))) v += w[i];
    }
    const f = formOf(v);
    // (one form a key and vowels: two readings of one key may hear the vowels otherwise, lake / lakview)
    if (f.key.length >= min && !out.some((x) => x.key === f.key && x.vowels.join() === f.vowels.join())) out.push(f);
  }
}

/** The English vowel letters a Korean vowel may stand for. */
const KO_VOWEL: Record<string, string> = {
  // (아이 writes an English y said as in "byte", "Wyoming": 바이트, 와이오밍.)
  a: 'aeuoiy',
  ae: 'ae',
  e: 'aei',
  eo: 'aeiouy',
  o: 'oau',
  u: 'uo',
  i: 'iey',
  ui: 'iu',
  oe: 'oe',
};

/** Whether a Korean vowel run (romanized) may stand for an English one in the same slot; `last`: the word's final slot. */
function vowelsAlike(ko: string, en: string, last: boolean, strict: boolean): boolean {
  if (ko.startsWith('w') !== en.startsWith('w')) return false;
  if (ko.startsWith('w')) {
    ko = ko.slice(1);
    en = en.slice(1);
  }
  if (ko === '' && en === '') return true;
  if (ko.startsWith('ə')) return !strict || en !== '' || last;
  // A silent final e; inside a word, a u that Japanese names spell and Hangul leaves unsaid (다이스케 / Daisuke).
  if (ko === '') return last ? en === 'e' : !strict && en === 'u';
  if (en === '') return last && ko === 'i'; // 브리지 / bridge
  const first = /^(?:ae|eo|ui|oe)/.test(ko) ? ko.slice(0, 2) : ko[0];
  const allowed = KO_VOWEL[first] ?? first;
  return allowed.includes(en[0]);
}

/** Whether a Hangul form and an English form sound alike (their keys equal, their vowels compatible). */
export function formsAlike(ko: PhoneticForm, en: PhoneticForm, name = false, given = false): boolean {
  // 로이터 is three syllables, "rate" one: not Reuters' spelling of it. A name's final e may be said (Krause, 크라우제).
  if (ko.key !== en.key || Math.abs(ko.syllables - en.syllables) > (name ? 2 : 1)) return false;
  // Without its 스, only a stem that lost its s after a vowel ("texa" of Texas, "campu" of campus).
  if (ko.noFinalS && en.vowels[en.vowels.length - 1] === '') return false;
  // (A given name beside a family name already alike may leave the added 으 unspelled: 클레이/Clay.)
  const strict = ko.key.length <= SHORT && !given;
  for (let i = 0; i < ko.vowels.length; i++)
    if (!vowelsAlike(ko.vowels[i], en.vowels[i], i === ko.vowels.length - 1, strict)) return false;
  return true;
}

/** Whether a Hangul word and an English word (lower case) sound alike. */
export function soundAlike(hangul: string, latin: string): boolean {
  const ks = hangulForms(hangul);
  if (!ks.length) return false;
  return latinForms(latin).some((e) => ks.some((k) => formsAlike(k, e)));
}

/**
 * Whether a Hangul word (a particle after it left off) writes a firm's or person's Latin first word, lower case: it
 * sounds like it, or its syllables read one by one open with it ("청룡에어로텍" / "cheongryong", "남강케이블" / "namgang").
 */
export function writesLatinName(hangul: string, latin: string): boolean {
  const h = hangul.replace(/(?:은|는|이|가|의|을|를|와|과|에|도)$/u, '');
  return soundAlike(h, latin) || (latin.length >= 3 && romanizeSyllables(h).startsWith(latin));
}

/** The Revised Romanization of a Hangul word syllable by syllable ("서하은" → "seohaeun"), without the sound changes across syllables. */
export function romanizeSyllables(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= HANGUL_FIRST && c <= HANGUL_LAST) out += romanSyllable(c);
  }
  return out;
}

/** The skeletons a word of a foreign name has in Hangul, or in Latin letters (lower case): what names are looked up by. */
export function nameWordKeys(word: string): string[] {
  const forms = /[가-힣]/.test(word) ? hangulForms(word, true) : latinNameForms(word);
  return [...new Set(forms.map((f) => f.key))];
}

/**
 * Other spellings of a Latin word as Korean hears it: a Romance gu or qu before e or i is a hard g or k (Guelmim, 겔밈;
 * Guerrero, 게레로; Quintana, 킨타나); a Japanese tsu is a 쓰 or 츠 (Yufutsu, 유후쓰); a Spanish j between vowels is an h,
 * and its ll there a y (Mejillones, 메히요네스; Tajo, 타호). Empty for most words.
 */
export function latinSoundVariants(word: string): string[] {
  const out: string[] = [];
  if (/[gq]u[ei]/.test(word)) out.push(word.replace(/gu(?=[ei])/g, 'g').replace(/qu(?=[ei])/g, 'k'));
  if (word.includes('tsu')) out.push(word.replace(/tsu/g, 'su'));
  if (/[aeiou]j[aeiou]/.test(word))
    out.push(word.replace(/([aeiou])j(?=[aeiou])/g, '$1h').replace(/([aeiou])ll(?=[aeiou])/g, '$1y'));
  return out;
}

/**
 * The forms of a Latin name word: a j may be said as y (Jonas, 요나스; Jensen, 옌센) or as h (Jorge, 호르헤); a Japanese
 * name's fu is written 후 (Fujisawa, 후지사와; Fumio, 후미오; Fukuda, 후쿠다), its f not heard as the p of an English f.
 */
function latinNameForms(word: string, min = MIN_CONSONANTS): PhoneticForm[] {
  const out = latinForms(word, true, min);
  if (word.startsWith('j')) out.push(...latinForms(word.slice(1), true, min));
  if (word.includes('fu')) out.push(...latinForms(word.replace(/fu/g, 'hu'), true, min));
  for (const v of latinSoundVariants(word)) out.push(...latinForms(v, true, min));
  // A Spanish ll between vowels is a y (Castellano, 카스테야노; Sevilla, 세비야), and a w closing an English o before a
  // vowel is no sound of its own (Owen, 오언; Bowen, 보언).
  if (/[aeiou]ll[aeiou]/.test(word)) out.push(...latinForms(word.replace(/([aeiou])ll(?=[aeiou])/g, '$1y'), true, min));
  if (/ow[aeiou]/.test(word)) out.push(...latinForms(word.replace(/ow(?=[aeiou])/g, 'o'), true, min));
  return out;
}

/**
 * Whether a word of a foreign name in Hangul and one in Latin letters sound alike ("크라우제"/"krause", "홀만"/"hollmann").
 * `given`: a given name beside a family name already alike, which may have a single consonant (호르헤/Jorge, 후안/Juan).
 */
export function nameWordAlike(hangul: string, latin: string, given = false): boolean {
  const min = given ? 1 : MIN_CONSONANTS;
  const ks = hangulForms(hangul, true, min);
  if (!ks.length) return false;
  return latinNameForms(latin, min).some((e) => ks.some((k) => formsAlike(k, e, true, given)));
}
