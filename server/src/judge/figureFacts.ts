// What a source figure's sentence and article say about its subject, worked out once per entry (Facts): the
// countries, companies and events it names, land or floor area, a requirement, phases and totals, its scope and
// places. Read by the contradiction gate and the verdict.
import { concept, termsIn, ventureCount, venturesPossibleIn, wordTerm, type Concept } from '../domain/lexicon';
import { clauses, SENTENCE_WEIGHT } from '../extract/subjects';
import type { Figure, Source, Span } from '../types';
import type { Entry } from './figureIndex';
import { placesIn, scopeOf, type Scope } from './scope';

/**
 * Words that make a floor a requirement any larger value meets: need and obligation ("150㎿ 이상이 필요하다", "운영하기
 * 위해선 … 확보해야 한다", "requires at least", "must have").
 */
const THRESHOLD =
  /필요|요구|최소|[아어해]야\s?(?:한다|하는|하며|하고|했|할|합니다|돼|된다)|위해선|위해서는|려면|\b(?:needs?|needed|requires?|required|requirement|minimum|at least|must|ha(?:ve|s) to)\b/i;

/** Per-entry answers about a source figure's subject that do not depend on the claim. */
export interface Facts {
  share?: 'part' | 'whole' | null;
  countries1?: string[];
  countriesS?: string[];
  entities1?: string[];
  events1?: string[];
  eventsS?: string[];
  area?: 'land-area' | 'floor-area' | null;
  threshold?: boolean;
  parts?: boolean;
  scope?: Scope | null;
  places?: string[];
}

// Shared by every engine: a memo of a pure function of one source object (which belongs to one corpus).
const venturesOf = new WeakMap<Source, Set<string>>();
/** The ventures (lexicon venture: true) an article names anywhere. */
export function ventures(src: Source): Set<string> {
  let v = venturesOf.get(src);
  if (!v) {
    v = new Set();
    // Only a sentence that may name a venture not found yet is scanned (in order, so the set's order is the same),
    // and none once every venture is found: most sentences name none, and an article about one names it early.
    for (const sent of src.sentences) {
      if (v.size === ventureCount) break;
      if (venturesPossibleIn(sent.text).every((id) => v!.has(id))) continue;
      for (const h of termsIn(sent.text, sent.lang)) if (concept(h.id)?.venture) v.add(h.id);
    }
    venturesOf.set(src, v);
  }
  return v;
}

/** Units that only measure land. */
const LAND_UNITS = /acre|hectare|에이커|헥타르/i;

/** Whether an area figure gives the land of a site or the floor of a building, when its words say which. */
export function areaMeasure(f: Figure, minWeight: number): 'land-area' | 'floor-area' | undefined {
  const land = LAND_UNITS.test(f.text) || (f.subject.weightOf('land-area') ?? 0) >= minWeight;
  const floor = (f.subject.weightOf('floor-area') ?? 0) >= minWeight;
  return land === floor ? undefined : land ? 'land-area' : 'floor-area';
}

/** Companies and people (not the venture itself) a figure's subject names at `minWeight` or more. */
export function entitiesOf(f: Figure, minWeight: number): string[] {
  return conceptsWhere(f, minWeight, (c) => (c.type === 'org' || c.type === 'person') && !c.venture);
}

/** Countries a figure's clause (minWeight 1) or sentence (SENTENCE_WEIGHT) names. */
export function countriesOf(f: Figure, minWeight: number): string[] {
  return conceptsOf(f, 'country', minWeight);
}

/** Lexicon concepts of a type in a figure's subject at `minWeight` or more. */
export function conceptsOf(f: Figure, type: string, minWeight: number): string[] {
  return conceptsWhere(f, minWeight, (c) => c.type === type);
}

/** Lexicon concepts in a figure's subject at `minWeight` or more that `pick` keeps, in subject order. */
function conceptsWhere(f: Figure, minWeight: number, pick: (c: Concept) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < f.subject.size; i++) {
    if (f.subject.weightAt(i) < minWeight) continue;
    const c = concept(f.subject.nameAt(i));
    if (c && pick(c)) out.push(c.id);
  }
  return out;
}

export function namesAny(f: Figure, ids: string[]): boolean {
  return ids.some((id) => (f.subject.weightOf(id) ?? 0) >= SENTENCE_WEIGHT);
}

export function factsOf(e: Entry): Facts {
  return (e.facts ??= {});
}

/** Whether the clause that states an entry's floor is a requirement (THRESHOLD), worked out once. */
export function isThreshold(e: Entry): boolean {
  const f = factsOf(e);
  if (f.threshold === undefined) {
    const text = e.src.sentences[e.fig.sentence]?.text ?? '';
    // The figure's offsets are into its sentence; the clause around it decides.
    const at = e.fig.start - (e.src.sentences[e.fig.sentence]?.start ?? 0);
    const clause = clauses(text).find((c) => c.start <= at && at < c.end) ?? { start: 0, end: text.length };
    f.threshold = THRESHOLD.test(text.slice(clause.start, clause.end));
  }
  return f.threshold;
}

/** Whether an entry's sentence calls any amount a phase or an addition (a 'part' term at sentence weight). */
export function speaksOfParts(e: Entry): boolean {
  const f = factsOf(e);
  if (f.parts === undefined) f.parts = conceptsWhere(e.fig, SENTENCE_WEIGHT, (c) => c.type === 'part').length > 0;
  return f.parts;
}

/** The scope an entry's own clause gives it (scope.ts), worked out once. */
export function entryScope(e: Entry): Scope {
  const f = factsOf(e);
  if (f.scope === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    f.scope = (sent && scopeOf(sent.text, e.fig.start - sent.start, clausesOf(sent))) ?? null;
  }
  return f.scope ?? undefined;
}

/** The places an entry's sentence names, or when it names none the sentence before it (the article's context). */
export function entryPlaces(e: Entry): string[] {
  const f = factsOf(e);
  if (!f.places) {
    const inSentence = (i: number) => {
      const sent = e.src.sentences[i];
      if (!sent) return [];
      let p = placesOfSentence.get(sent);
      if (!p) {
        const spans =
          figuresBySentence(e.src)
            .get(i)
            ?.map((g) => ({ start: g.start - sent.start, end: g.end - sent.start })) ?? [];
        placesOfSentence.set(sent, (p = placesIn(sent.text, sent.lang, spans)));
      }
      return p;
    };
    f.places = inSentence(e.fig.sentence);
    if (!f.places.length && e.fig.sentence > 0) f.places = inSentence(e.fig.sentence - 1);
  }
  return f.places;
}

const clausesOfSentence = new WeakMap<object, Span[]>();
/** A source sentence's clauses, worked out once (its many figures share them). */
function clausesOf(sent: { text: string }): Span[] {
  let c = clausesOfSentence.get(sent);
  if (!c) clausesOfSentence.set(sent, (c = clauses(sent.text)));
  return c;
}
const placesOfSentence = new WeakMap<object, string[]>();
const figuresOfSentence = new WeakMap<Source, Map<number, Figure[]>>();
/** A source's figures by sentence index. */
function figuresBySentence(src: Source): Map<number, Figure[]> {
  let m = figuresOfSentence.get(src);
  if (!m) {
    m = new Map();
    for (const g of src.figures) {
      const l = m.get(g.sentence);
      if (l) l.push(g);
      else m.set(g.sentence, [g]);
    }
    figuresOfSentence.set(src, m);
  }
  return m;
}
const placesOfArticle = new WeakMap<Source, string[]>();
/** Every place an article names (placesIn over its sentences), worked out once. */
export function articlePlaces(src: Source): string[] {
  let out = placesOfArticle.get(src);
  if (!out) {
    const all = new Set<string>();
    for (const sent of src.sentences) for (const p of placesIn(sent.text, sent.lang, [])) all.add(p);
    placesOfArticle.set(src, (out = [...all]));
  }
  return out;
}

/**
 * A capitalized English name that stands where a place stands: after "in", "at", "near", "outside", "around", or before
 * County, Township, City … ("in Kvandal outside Narvik", "Milam County").
 */
const PLACE_USE =
  /\b(?:in|at|near|outside|around)\s+((?:[A-Z][a-z]+\s)*[A-Z][a-z]+)|\b((?:[A-Z][a-z]+\s)*[A-Z][a-z]+)\s+(?:County|Township|City|Parish|Province|Prefecture)\b/g;
const placeUsesOfArticle = new WeakMap<Source, Set<string>>();
/**
 * Whether an article uses a name (a term of placesIn) as a place anywhere: a Korean name is taken to be one, an
 * English one only where it stands as a place does (PLACE_USE). A name an article only writes as the subject of what
 * it did ("Nscale did not give a price", "Crusoe made an initial investment", "Related said") is a company's.
 */
export function usedAsPlace(src: Source, name: string): boolean {
  if (!name.startsWith('en:')) return true;
  let uses = placeUsesOfArticle.get(src);
  if (!uses) {
    uses = new Set();
    for (const sent of src.sentences) {
      if (sent.lang !== 'en') continue;
      for (const m of sent.text.matchAll(PLACE_USE)) {
        const words = (m[1] ?? m[2]).split(' ');
        words.forEach((w, i) => {
          const t = wordTerm(w);
          if (t) uses!.add(t);
          if (i > 0) uses!.add('en:' + (words[i - 1] + w).toLowerCase());
        });
      }
    }
    placeUsesOfArticle.set(src, uses);
  }
  return uses.has(name);
}

/** shareOf an entry's figure, worked out once. */
export function shareOfEntry(e: Entry): 'part' | 'whole' | undefined {
  const f = factsOf(e);
  if (f.share === undefined) f.share = shareOf(e.fig) ?? null;
  return f.share ?? undefined;
}

/** Whether the figure's own clause calls it a total ('whole') or a phase or addition ('part'), when it says only one. */
export function shareOf(f: Figure): 'part' | 'whole' | undefined {
  let part = false,
    whole = false;
  for (let i = 0; i < f.subject.size; i++) {
    if (f.subject.weightAt(i) < 1) continue;
    const type = concept(f.subject.nameAt(i))?.type;
    if (type === 'part') part = true;
    else if (type === 'whole') whole = true;
  }
  return part === whole ? undefined : part ? 'part' : 'whole';
}

export function isVague(f: Pick<Figure, 'qualifier' | 'text'>): boolean {
  return f.qualifier === 'range' && !/\d/.test(f.text);
}
