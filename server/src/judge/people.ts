// The people the corpus quotes: every speaker who is a person (a lexicon person or a name the articles give),
// with the spellings, surnames and organisations the articles use. A report's speaker is judged only when it
// resolves to one of them: a name nobody in the sources is, or a surname several of them share, says nothing.
import type { Corpus } from '../corpus/corpus';
import { defaultEngineState } from '../engineState';
import { concept, entityName, findTerms } from '../domain/lexicon';
import { nameKey, orgAround, parsePerson, PERSON_ID, SURNAME_ID, surnameOf } from '../extract/people';
import type { Lang } from '../types';

interface Person {
  id: string;
  /** The name as the sources write it, by language (the first spelling met). */
  names: Map<Lang, string>;
  /** Lexicon organisations and organisation names (keys) its speaker phrases give: "Lone Star Transmission". */
  orgs: Set<string>;
  /** The files that quote the person (a report among the sources is no evidence for itself). */
  files: Set<string>;
}

export interface PeopleIndex {
  version: number;
  /** nameKey of a full name, or a lexicon person id → the person. */
  byKey: Map<string, Person>;
  /** nameKey of a surname → the people who have it. */
  bySurname: Map<string, Set<Person>>;
}

/** The people of a corpus, kept by the corpus's engine (engineState.ts); keyed by names, never by term id. */
const indexes = (corpus: Corpus) => (corpus.engine ?? defaultEngineState()).tables<Corpus, PeopleIndex>('people');

const keyOfId = (id: string) => (id.startsWith(PERSON_ID) ? nameKey(id.slice(PERSON_ID.length)) : id);

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
const isLexiconPerson = (id: string) => concept(id)?.type === 'person';
const isLexiconOrg = (id: string) => concept(id)?.type === 'org';

export function peopleOf(corpus: Corpus): PeopleIndex {
  const cached = indexes(corpus).get(corpus);
  if (cached && cached.version === corpus.version) return cached;
  const idx: PeopleIndex = { version: corpus.version, byKey: new Map(), bySurname: new Map() };
  // The same speaker phrases, names and organisations recur across a corpus's quotations (tens of thousands):
  // each is parsed once while the index is built (pure functions of their text; what they return is only read).
  const keyOf = memo(keyOfId),
    nameKeyOf = memo(nameKey),
    personOf = memo(parsePerson),
    orgIdsOf = memo((langAndOrg: string) => {
      const [lang, org] = [langAndOrg.slice(0, 2) as Lang, langAndOrg.slice(3)];
      return findTerms(org, lang)
        .filter((h) => isLexiconOrg(h.id))
        .map((h) => h.id);
    });
  for (const src of corpus.sources) {
    for (const q of src.quotes) {
      const id = q.speakerId;
      if (!id || !(id.startsWith(PERSON_ID) || isLexiconPerson(id))) continue;
      const key = keyOf(id);
      let p = idx.byKey.get(key);
      if (!p) idx.byKey.set(key, (p = { id, names: new Map(), orgs: new Set(), files: new Set() }));
      p.files.add(src.file);
      const phrase = q.speaker ? personOf(q.speaker.text) : undefined;
      const name = id.startsWith(PERSON_ID) ? id.slice(PERSON_ID.length) : undefined;
      if (name && !p.names.has(q.lang)) p.names.set(q.lang, name);
      // The organisation the phrase names, or the sentence around the name ("Oracle co-CEO Clay Magouyrk said").
      const sent = src.sentences[q.sentence];
      const org =
        phrase?.org ??
        (q.speaker && sent && q.speaker.start >= sent.start && q.speaker.end <= sent.end
          ? orgAround(sent.text, q.speaker.start - sent.start, q.speaker.end - sent.start)
          : undefined);
      if (org) {
        p.orgs.add(nameKeyOf(org));
        for (const id of orgIdsOf(`${q.lang}:${org}`)) p.orgs.add(id);
      }
      const surname = name ? surnameOf(name) : phrase?.surname;
      if (surname) {
        const k = nameKeyOf(surname);
        let set = idx.bySurname.get(k);
        if (!set) idx.bySurname.set(k, (set = new Set()));
        set.add(p);
      }
    }
  }
  indexes(corpus).set(corpus, idx);
  return idx;
}

/**
 * The speaker an id stands for, as the corpus knows it: a lexicon entity as it is, a person by name only when the
 * sources quote that person, a surname alone only when exactly one person the sources quote has it.
 */
export function resolveSpeaker(people: PeopleIndex, id: string | undefined, self?: string): string | undefined {
  if (!id) return undefined;
  const quoted = (p: Person | undefined) => !!p && (!self || p.files.size > 1 || !p.files.has(self));
  if (id.startsWith(PERSON_ID)) {
    const p = people.byKey.get(keyOfId(id));
    return quoted(p) ? p!.id : undefined;
  }
  if (id.startsWith(SURNAME_ID)) {
    const set = [...(people.bySurname.get(nameKey(id.slice(SURNAME_ID.length))) ?? [])].filter(quoted);
    return set.length === 1 ? set[0].id : undefined;
  }
  return id;
}

/**
 * Whether two resolved speakers may be one: the same person, or an organisation and a person the sources place
 * in it ("Oracle said" and "Oracle's chief executive said" are not told apart).
 */
export function sameResolved(people: PeopleIndex, a: string, b: string): boolean {
  if (keyOfId(a) === keyOfId(b)) return true;
  const orgOf = (person: string, org: string) => !!people.byKey.get(keyOfId(person))?.orgs.has(org);
  if (isLexiconOrg(a) && !isLexiconOrg(b)) return orgOf(b, a);
  if (isLexiconOrg(b) && !isLexiconOrg(a)) return orgOf(a, b);
  return false;
}

/** A resolved speaker's name for a message or a fix, in a language. */
export function speakerName(people: PeopleIndex, id: string, lang: Lang): string {
  if (id.startsWith(PERSON_ID)) {
    const p = people.byKey.get(keyOfId(id));
    return p?.names.get(lang) ?? p?.names.values().next().value ?? id.slice(PERSON_ID.length);
  }
  if (id.startsWith(SURNAME_ID)) return id.slice(SURNAME_ID.length);
  return entityName(id, lang);
}
