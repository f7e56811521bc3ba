// The people the corpus quotes: every speaker who is a person (a lexicon person or a name the articles give),
// with the spellings, surnames and organisations the articles use. A report's speaker is judged only when it
// resolves to one of them: a name nobody in the sources is, or a surname several of them share, says nothing.
import type { Corpus } from '../corpus/corpus';
import { defaultEngineState } from '../engineState';
import { concept, entityName, findTerms } from '../domain/lexicon';
import {
  crossNameKeys,
  crossSurnameKeys,
  familyFirst,
  nameKey,
  namesAlike,
  orgAround,
  parsePerson,
  PERSON_ID,
  SURNAME_ID,
  surnameOf,
  surnamesAlike,
} from '../extract/people';
import type { Lang, Quote, Source } from '../types';
import { quoteRowsOf } from './quotes';

interface Person {
  id: string;
  /** The name as the sources write it, by language (the first spelling met). */
  names: Map<Lang, string>;
  /** Lexicon organisations and organisation names (keys) its speaker phrases give: "Lone Star Transmission". */
  orgs: Set<string>;
  /** The files that quote the person (a report among the sources is no evidence for itself). */
  files: Set<string>;
  /** The same person named in the other script (마티아스 크라우제 and Matthias Krause). */
  same: Set<Person>;
  /** The full name (from the id) and the surname, as written. */
  name?: string;
  surname?: string;
  /**
   * The name with the family name a speaker phrase writes before it, when the phrase may be a Japanese or Chinese name
   * written family name first ("이와사키 유이치 사장", read as 유이치 of an organisation 이와사키): "이와사키 유이치".
   */
  familyFirst?: Set<string>;
}

export interface PeopleIndex {
  version: number;
  /** nameKey of a full name, or a lexicon person id → the person. */
  byKey: Map<string, Person>;
  /** nameKey of a surname → the people who have it. */
  bySurname: Map<string, Set<Person>>;
  /** crossNameKeys / crossSurnameKeys → the people named so (by full name, by surname), to look a name up in the other script. */
  byCrossName: Map<string, Person[]>;
  byCrossSurname: Map<string, Person[]>;
  /** nameKey of every organisation a quoted person is placed in ("harbor digital"): a name the corpus knows as no person. */
  orgs: Set<string>;
}

/** The people of a corpus, kept by the corpus's engine (engineState.ts); keyed by names, never by term id. */
const indexes = (corpus: Corpus) => (corpus.engine ?? defaultEngineState()).tables<Corpus, PeopleIndex>('people');

const keyOf = (id: string) => (id.startsWith(PERSON_ID) ? nameKey(id.slice(PERSON_ID.length)) : id);
const isLexiconPerson = (id: string) => concept(id)?.type === 'person';
const isLexiconOrg = (id: string) => concept(id)?.type === 'org';

/** f with its results kept by argument (for one index build). */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const m = new Map<string, T>();
  return (s) => {
    if (m.has(s)) return m.get(s) as T;
    const v = f(s);
    m.set(s, v);
    return v;
  };
}

/** The organisation a quotation's sentence names around its speaker ("Oracle co-CEO Clay Magouyrk said"), if any. */
export function speakerAround(src: Source, q: Quote): string | undefined {
  // The sentence the speaker is named in: the quotation's, or an earlier one a pronoun goes back to ("Renée Caldwell,
  // Vantage's president for North America, said …. “…,” she said").
  let si = q.sentence;
  while (q.speaker && si > 0 && q.sentence - si < 4 && src.sentences[si].start > q.speaker.start) si--;
  const sent = src.sentences[si];
  const here =
    q.speaker && sent && q.speaker.start >= sent.start && q.speaker.end <= sent.end
      ? orgAround(sent.text, q.speaker.start - sent.start, q.speaker.end - sent.start)
      : undefined;
  if (here || !q.speaker || !q.speakerId?.startsWith(PERSON_ID)) return here;
  // A surname alone ("“…,” Whitt said"): the organisation written where the article gave the full name
  // ("Ridgeline Hydro CEO Dana Whitt told reporters …", "노바전력 김민호 대표는 …").
  const name = q.speakerId.slice(PERSON_ID.length);
  if (q.speaker.text.includes(name)) return undefined;
  const at = src.text.lastIndexOf(name, q.speaker.start);
  if (at < 0 || at < q.speaker.start - MENTION_BACK) return undefined;
  return orgAround(src.text, at, at + name.length);
}
/** How far before a surname alone its full name's mention is read for an organisation (as fullNameBefore looks). */
const MENTION_BACK = 20_000;

export function peopleOf(corpus: Corpus): PeopleIndex {
  const cached = indexes(corpus).get(corpus);
  if (cached && cached.version === corpus.version) return cached;
  const idx: PeopleIndex = {
    version: corpus.version,
    byKey: new Map(),
    bySurname: new Map(),
    byCrossName: new Map(),
    byCrossSurname: new Map(),
    orgs: new Set(),
  };
  // The same speaker phrases, names and organisations recur across a corpus's quotations (tens of thousands):
  // each is parsed once while the index is built (pure functions of their text; what they return is only read).
  const idKeyOf = memo(keyOf),
    nameKeyOf = memo(nameKey),
    personOf = memo(parsePerson),
    orgIdsOf = memo((langAndOrg: string) => {
      const [lang, org] = [langAndOrg.slice(0, 2) as Lang, langAndOrg.slice(3)];
      return findTerms(org, lang)
        .filter((h) => isLexiconOrg(h.id))
        .map((h) => h.id);
    });
  const rowsOf = quoteRowsOf(corpus);
  for (let si = 0; si < corpus.sources.length; si++) {
    const src = corpus.sources[si];
    const rows = rowsOf(src, si);
    for (let qi = 0; qi < rows.length; qi++) {
      const [lang, , id, speaker, around] = rows[qi];
      if (!id || !(id.startsWith(PERSON_ID) || isLexiconPerson(id))) continue;
      const key = idKeyOf(id);
      let p = idx.byKey.get(key);
      if (!p) idx.byKey.set(key, (p = { id, names: new Map(), orgs: new Set(), files: new Set(), same: new Set() }));
      p.files.add(src.file);
      const phrase = speaker !== null ? personOf(speaker) : undefined;
      const name = id.startsWith(PERSON_ID) ? id.slice(PERSON_ID.length) : undefined;
      // A name is of the script it is written in, whatever the language of the words quoted.
      const script: Lang | undefined = name ? (/[\uac00-\ud7a3]/.test(name) ? 'ko' : 'en') : undefined;
      if (name && script && !p.names.has(script)) p.names.set(script, name);
      if (name) p.name = name;
      // The organisation the phrase names, or the sentence around the name ("Oracle co-CEO Clay Magouyrk said").
      const org = phrase?.org ?? (around === undefined ? speakerAround(src, src.quotes[qi]) : (around ?? undefined));
      if (org) {
        p.orgs.add(nameKeyOf(org));
        idx.orgs.add(nameKeyOf(org));
        for (const id of orgIdsOf(`${lang}:${org}`)) p.orgs.add(id);
      }
      const surname = name ? surnameOf(name) : phrase?.surname;
      if (surname) p.surname = surname;
      // A foreign name in Hangul may put the family name first, as Japanese and Chinese names are written ("모리야마
      // 켄지 부사장", then "모리야마 부사장"): its first word is a family name it may be called by too.
      const first =
        name && script === 'ko' ? /^([\uac00-\ud7a3]{2,})\s+[\uac00-\ud7a3]{2,}$/.exec(name)?.[1] : undefined;
      // A name of one word with a word before it that may be a family name written first ("이와사키 유이치 사장", "…의
      // 이와사키 유이치 사장", read as 유이치 of an organisation 이와사키): the article may go on with "이와사키 사장", and
      // a source in the other script write "Yuichi Iwasaki". Either reading is this person: the word is one they may be
      // called by, and the two words together a full name to meet the other script's with (linkScripts).
      const before =
        name && script === 'ko' && !/\s/.test(name) && speaker !== null && phrase?.name === name && phrase.start > 0
          ? /(?:^|\s)([\uac00-\ud7a3]{3,6})\s+$/.exec(speaker.slice(0, phrase.start))?.[1]
          : undefined;
      const family = before && familyFirst(before) ? before : undefined;
      if (family) (p.familyFirst ??= new Set()).add(`${family} ${name}`);
      for (const s of [surname, ...(first ? [first] : []), ...(family ? [family] : [])]) {
        if (!s) continue;
        const k = nameKeyOf(s);
        let set = idx.bySurname.get(k);
        if (!set) idx.bySurname.set(k, (set = new Set()));
        set.add(p);
      }
    }
  }
  linkScripts(idx);
  indexes(corpus).set(corpus, idx);
  return idx;
}

function addTo(m: Map<string, Person[]>, k: string, p: Person): void {
  const l = m.get(k);
  if (!l) m.set(k, [p]);
  else if (!l.includes(p)) l.push(p);
}
const hangul = (s: string) => /[\uac00-\ud7a3]/.test(s);

/** The people named in Hangul and in Latin letters who are one person (namesAlike), linked both ways. */
function linkScripts(idx: PeopleIndex): void {
  for (const p of idx.byKey.values()) {
    if (p.name) for (const k of crossNameKeys(p.name)) addTo(idx.byCrossName, k, p);
    if (p.surname) for (const k of crossSurnameKeys(p.surname)) addTo(idx.byCrossSurname, k, p);
  }
  for (const p of idx.byKey.values()) {
    if (!p.name || !hangul(p.name)) continue;
    for (const n of [p.name, ...(p.familyFirst ?? [])])
      for (const o of crossCandidates(idx, n)) {
        p.same.add(o);
        o.same.add(p);
      }
  }
}

/** The people of the other script a name may be (sharing a key, then namesAlike). */
function crossCandidates(idx: PeopleIndex, name: string): Person[] {
  const out = new Set<Person>();
  for (const k of crossNameKeys(name))
    for (const o of idx.byCrossName.get(k) ?? [])
      if (o.name && hangul(o.name) !== hangul(name) && namesAlike(name, o.name)) out.add(o);
  return [...out];
}

/** The one person (with the same person in the other script) of a list, if they are one. */
function onePerson(list: Person[]): Person | undefined {
  const first = list[0];
  return first && list.every((p) => p === first || first.same.has(p)) ? first : undefined;
}

/**
 * The speaker an id stands for, as the corpus knows it: a lexicon entity as it is, a person by name only when the
 * sources quote that person, a surname alone only when exactly one person the sources quote has it.
 */
export function resolveSpeaker(people: PeopleIndex, id: string | undefined, self?: string): string | undefined {
  if (!id) return undefined;
  const quoted = (p: Person | undefined) => !!p && (!self || p.files.size > 1 || !p.files.has(self));
  if (id.startsWith(PERSON_ID)) {
    const p = people.byKey.get(keyOf(id));
    if (quoted(p)) return p!.id;
    // A name the sources quote only in the other script: "서하은" for "Seo Ha-eun", "Lee Jun-seo" for "이준서".
    return onePerson(crossCandidates(people, id.slice(PERSON_ID.length)).filter(quoted))?.id;
  }
  if (id.startsWith(SURNAME_ID)) {
    const surname = id.slice(SURNAME_ID.length);
    let set = [...(people.bySurname.get(nameKey(surname)) ?? [])].filter(quoted);
    if (!set.length) {
      // Only in the other script ("크라우제 CEO는" when only English sources quote Krause).
      const found = new Set<Person>();
      for (const k of crossSurnameKeys(surname))
        for (const p of people.byCrossSurname.get(k) ?? [])
          if (p.surname && hangul(p.surname) !== hangul(surname) && surnamesAlike(surname, p.surname)) found.add(p);
      set = [...found].filter(quoted);
      return onePerson(set)?.id;
    }
    return set.length === 1 ? set[0].id : undefined;
  }
  return id;
}

/**
 * A report's speaker read as a Korean name of one word (하피자) that the phrase follows with a word making, with it, the
 * name in Latin letters of one person the sources quote: "하피자 라만 조호르주 투자·무역·공공시설위원장" is Hafizah Rahman,
 * a Malay given name that happens to be shaped as a Korean name, then the family name. That person's id, when the word
 * alone is no one the sources quote.
 */
export function familyAfter(
  people: PeopleIndex,
  id: string | undefined,
  phrase: string | undefined,
  self?: string,
): string | undefined {
  if (!id?.startsWith(PERSON_ID) || !phrase) return undefined;
  const name = id.slice(PERSON_ID.length);
  if (!/^[\uac00-\ud7a3]{2,4}$/.test(name) || resolveSpeaker(people, id, self)) return undefined;
  const at = phrase.indexOf(name + ' ');
  if (at < 0) return undefined;
  const next = /^[\uac00-\ud7a3]{2,6}(?=[\s,]|$)/.exec(phrase.slice(at + name.length + 1))?.[0];
  if (!next) return undefined;
  const quoted = (p: Person) => !self || p.files.size > 1 || !p.files.has(self);
  return onePerson(crossCandidates(people, `${name} ${next}`).filter(quoted))?.id;
}

/**
 * Whether two resolved speakers may be one: the same person, or an organisation and a person the sources place
 * in it ("Oracle said" and "Oracle's chief executive said" are not told apart).
 */
export function sameResolved(people: PeopleIndex, a: string, b: string): boolean {
  if (keyOf(a) === keyOf(b)) return true;
  const pa = people.byKey.get(keyOf(a)),
    pb = people.byKey.get(keyOf(b));
  if (pa && pb && pa.same.has(pb)) return true;
  const op = orgAndPerson(a, b);
  return !!op && !!people.byKey.get(keyOf(op.person))?.orgs.has(op.org);
}

/** Whether one of two resolved speakers is a lexicon organisation and the other a person no source places in any. */
export function orgUnknownOf(people: PeopleIndex, a: string, b: string): boolean {
  const op = orgAndPerson(a, b);
  return !!op && !people.byKey.get(keyOf(op.person))?.orgs.size;
}

/** Of two resolved speakers, the lexicon organisation and the other, when exactly one is such an organisation. */
function orgAndPerson(a: string, b: string): { org: string; person: string } | undefined {
  if (isLexiconOrg(a) && !isLexiconOrg(b)) return { org: a, person: b };
  if (isLexiconOrg(b) && !isLexiconOrg(a)) return { org: b, person: a };
  return undefined;
}

/**
 * The names a resolved speaker who is a person goes by, in either script (its own and the same person's in the
 * other), with its surname when known; nothing for an organisation.
 */
export function personNames(
  people: PeopleIndex,
  id: string,
): { names: string[]; surnames: string[]; orgs: ReadonlySet<string> } {
  const names = new Set<string>(),
    surnames = new Set<string>();
  const c = concept(id);
  if (c?.type === 'person')
    for (const n of [...c.en, ...c.ko, ...(c.variants?.en ?? []), ...(c.variants?.ko ?? [])]) {
      const name = n.replace(/\*$/, '');
      names.add(name);
      // A lexicon person's one-word names are surnames ("Altman", "올트먼").
      const s = /\s/.test(name.trim()) ? surnameOf(name) : name;
      if (s) surnames.add(s);
    }
  const p = people.byKey.get(keyOf(id));
  for (const q of p ? [p, ...p.same] : []) {
    for (const n of q.names.values()) names.add(n);
    if (q.name) names.add(q.name);
    if (q.surname) surnames.add(q.surname);
  }
  if (!p && id.startsWith(PERSON_ID)) {
    const n = id.slice(PERSON_ID.length);
    names.add(n);
    const s = surnameOf(n);
    if (s) surnames.add(s);
  }
  return { names: [...names], surnames: [...surnames], orgs: p?.orgs ?? new Set() };
}

/** The files that quote a resolved speaker who is a person (or the same person in the other script), in corpus order. */
export function personFiles(people: PeopleIndex, id: string): string[] {
  const p = people.byKey.get(keyOf(id));
  if (!p) return [];
  const files = new Set(p.files);
  for (const q of p.same) for (const f of q.files) files.add(f);
  return [...files];
}

/** A resolved speaker's name for a message or a fix, in a language. */
export function speakerName(people: PeopleIndex, id: string, lang: Lang): string {
  if (id.startsWith(PERSON_ID)) {
    const p = people.byKey.get(keyOf(id));
    // The name in the line's script when the sources give it, in this person's or in the same person's quotations.
    const inLang = p?.names.get(lang) ?? [...(p?.same ?? [])].map((o) => o.names.get(lang)).find(Boolean);
    return inLang ?? p?.names.values().next().value ?? id.slice(PERSON_ID.length);
  }
  if (id.startsWith(SURNAME_ID)) return id.slice(SURNAME_ID.length);
  return entityName(id, lang);
}
