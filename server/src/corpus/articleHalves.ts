// Where an article's body switches language for good (an English editorial followed by its Korean version).
import { langAndLetters } from '../text/text';
import type { ArticleHalf, Lang, Span } from '../types';

/**
 * A run of one language stands as a half only with this many letters and this share of the body's: a quoted
 * English name or a short translated headline inside a Korean article is no half of it.
 */
const MIN_HALF_LETTERS = 200;
const MIN_HALF_SHARE = 0.2;
/** More language switches than this are a bilingual text throughout (a glossary, interleaved lines), not halves. */
const MAX_SWITCHES = 40;

/** Split the body where the language switches for good (an English editorial followed by its Korean version). */
export function findHalves(text: string, body: Span[], fmLang?: Lang): ArticleHalf[] {
  if (body.length === 0) return [];
  interface G {
    start: number;
    end: number;
    lang: Lang;
    w: number;
    first: number;
    last: number;
  }
  const groups: G[] = [];
  let total = 0;
  body.forEach((b, idx) => {
    const { lang, letters: w } = langAndLetters(text, b.start, Math.min(b.end, b.start + 20000, text.length));
    total += w;
    const g = groups[groups.length - 1];
    if (g && g.lang === lang) {
      g.end = b.end;
      g.w += w;
      g.last = idx;
    } else groups.push({ start: b.start, end: b.end, lang, w, first: idx, last: idx });
  });
  const min = Math.max(MIN_HALF_LETTERS, total * MIN_HALF_SHARE);
  if (groups.length > MAX_SWITCHES) {
    // many switches: not an article followed by its translation; one half in the main language
    let ko = 0,
      en = 0;
    for (const g of groups)
      if (g.lang === 'ko') ko += g.w;
      else en += g.w;
    return [{ start: body[0].start, end: body[body.length - 1].end, lang: fmLang ?? (ko >= en ? 'ko' : 'en') }];
  }
  // merge groups too small to stand as a half into their neighbours
  let changed = true;
  while (changed && groups.length > 1) {
    changed = false;
    let k = -1,
      smallest = Infinity;
    groups.forEach((g, i) => {
      if (g.w < min && g.w < smallest) {
        smallest = g.w;
        k = i;
      }
    });
    if (k < 0) break;
    const g = groups[k];
    const prev = groups[k - 1],
      next = groups[k + 1];
    // a short group (a headline) goes with what follows; between two of the same language it joins both
    const into = next && (!prev || next.lang === g.lang || prev.lang !== next.lang) ? next : prev;
    if (into === next) {
      next.start = g.start;
      next.first = g.first;
      next.w += g.w;
    } else {
      prev.end = g.end;
      prev.last = g.last;
      prev.w += g.w;
    }
    groups.splice(k, 1);
    // join neighbours that now share a language
    for (let i = groups.length - 1; i > 0; i--) {
      if (groups[i - 1].lang === groups[i].lang) {
        groups[i - 1].end = groups[i].end;
        groups[i - 1].last = groups[i].last;
        groups[i - 1].w += groups[i].w;
        groups.splice(i, 1);
      }
    }
    changed = true;
  }
  if (groups.length === 1 && fmLang) groups[0].lang = fmLang;
  return groups.map((g) => ({ start: g.start, end: g.end, lang: g.lang }));
}
