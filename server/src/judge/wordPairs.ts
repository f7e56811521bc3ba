// Words of the two languages that the corpus shows to correspond: a Korean and an English sentence that state the
// same figure (same kind, unit and value) are evidence that the words of the figures' clauses say the same thing
// ("첫 단계 용량은 230메가와트" / "an initial capacity of 230 megawatts": 용량/capacity). A pair counts once it recurs
// in two independent pairs of articles (two Korean and two English sources); of a word's pairs only the best
// supported are kept. Lexicon concepts are not words, so the hand lexicon wins where it speaks.
import { WORD_WEIGHT } from '../extract/subjects';
import type { Figure, Source } from '../types';

/** A value stated by more figures than this (the venture's "$500 billion") pairs every word with every word. */
const MAX_GROUP = 12;
/** Kinds whose values say what a sentence is about; a date or a duration is shared by sentences on anything. */
const KINDS = new Set(['money', 'count', 'percent', 'power', 'area', 'length']);
/** Independent sources a pair needs on each side. */
export const MIN_SOURCES = 2;

/** The content words of a figure's own clause (term ids), by its subject's weights. */
function clauseWords(f: Figure, lang: 'ko' | 'en'): number[] {
  const out: number[] = [];
  for (let i = 0; i < f.subject.size; i++) {
    if (f.subject.weightAt(i) < WORD_WEIGHT || f.subject.isContextAt(i)) continue;
    const id = f.subject.idAt(i);
    if (f.subject.nameAt(i).startsWith(lang + ':')) out.push(id);
  }
  return out;
}

/** The learned pairs of a corpus: term id → term ids of the other language, both ways. */
export function learnWordPairs(sources: readonly Source[]): Map<number, number[]> {
  const groups = new Map<string, { f: Figure; src: Source }[]>();
  for (const src of sources) {
    for (const f of src.figures) {
      if (!KINDS.has(f.kind) || f.qualifier === 'range') continue;
      const k = `${f.kind}|${f.unit}|${f.value}`;
      const g = groups.get(k);
      if (!g) groups.set(k, [{ f, src }]);
      else if (g.length <= MAX_GROUP) g.push({ f, src });
    }
  }
  // Per pair "ko id|en id": the Korean and the English sources that gave it.
  const evidence = new Map<string, { ko: Set<Source>; en: Set<Source> }>();
  for (const g of groups.values()) {
    if (g.length > MAX_GROUP) continue;
    const ko = g.filter((x) => x.f.lang === 'ko'),
      en = g.filter((x) => x.f.lang === 'en');
    if (!ko.length || !en.length) continue;
    for (const k of ko) {
      const kw = clauseWords(k.f, 'ko');
      if (!kw.length) continue;
      for (const e of en) {
        if (e.src === k.src) continue;
        for (const a of kw)
          for (const b of clauseWords(e.f, 'en')) {
            const key = `${a}|${b}`;
            let ev = evidence.get(key);
            if (!ev) evidence.set(key, (ev = { ko: new Set(), en: new Set() }));
            ev.ko.add(k.src);
            ev.en.add(e.src);
          }
      }
    }
  }
  // Of each word's recurring pairs, those with the most support (a word beside "capacity" in both articles by chance
  // recurs less often than the word that says it).
  const support = new Map<number, { best: number; ids: number[] }>();
  const kept: [number, number, number][] = [];
  for (const [key, ev] of evidence) {
    const n = Math.min(ev.ko.size, ev.en.size);
    if (n < MIN_SOURCES) continue;
    const [a, b] = key.split('|').map(Number);
    kept.push([a, b, n]);
    for (const id of [a, b]) {
      const s = support.get(id);
      if (!s || n > s.best) support.set(id, { best: n, ids: [] });
    }
  }
  const out = new Map<number, number[]>();
  for (const [a, b, n] of kept) {
    if (support.get(a)!.best !== n || support.get(b)!.best !== n) continue;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      const l = out.get(x);
      if (l) l.push(y);
      else out.set(x, [y]);
    }
  }
  return out;
}
