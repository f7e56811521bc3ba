// Term ids: every subject term (a lexicon concept, a language-tagged word, a co-stated figure) as a small
// number, so subjects are arrays of numbers. Ids count up from 0 in the order terms are first met in a thread;
// they are this thread's alone (sourceWire.ts translates a worker's by name).

const ids = new Map<string, number>();
const names: string[] = [];

/** The id of a term; a new term gets the next id. */
export function termId(t: string): number {
  let id = ids.get(t);
  if (id === undefined) { id = names.length; names.push(t); ids.set(t, id); }
  return id;
}

/** The name of a term id. */
export function termName(id: number): string { return names[id]; }

/** The id of a term already met, or undefined (no id is made). */
export function knownTermId(t: string): number | undefined { return ids.get(t); }
