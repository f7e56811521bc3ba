// What a judged figure shows the user: its source refs (one per source sentence, bounded) and, when the sources
// contradict it, the finding that names every version they give, with a fix for each.
import { formatFigure } from '../format/figures';
import type { Claim, Figure, Finding, Fix, Source, SourceRef } from '../types';
import { Scored, sentenceKey, type Named } from './figureIndex';
import { describeFigure, figureMismatchMessage, fixTitle, sourceLabel, styleOf } from './messages';

/** The source's value written the way the report writes this figure. */
export function replacementText(claim: Figure, source: Figure): string | undefined {
  // A bare number that took its unit from its table column's header ("30,000" under "m³ per day"): the number alone, in
  // the column's unit (extract/columnUnit.ts).
  if (BARE_NUMBER.test(claim.text) && claim.kind !== 'count' && claim.kind !== 'date' && source.qualifier !== 'range') {
    const scale = Number(claim.value) / Number(claim.text.replace(/,/g, ''));
    const n = Number(source.value) / scale;
    if (!(scale > 0) || !Number.isFinite(n)) return undefined;
    const t = n.toLocaleString('en-US', { maximumFractionDigits: 6 });
    return claim.text.includes(',') ? t : t.replace(/,/g, '');
  }
  // The source's own words when it writes the report's language and unit ("34.5만명", "$1.57 billion").
  if (source.lang === claim.lang && source.unit === claim.unit) return source.text;
  if (source.qualifier === 'range') return undefined;
  try {
    const formatted = formatFigure(source.value, claim.unit, claim.kind, claim.lang, styleOf(claim));
    return formatted || undefined;
  } catch {
    return undefined;
  }
}

/** A number written alone: digits, thousands commas, a fraction. */
const BARE_NUMBER = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/**
 * At most this many source sentences in a claim's sources, besides the cited sources' (never left out): more
 * than the hover shows (MAX_HOVER_SOURCES), so Go to Definition and Peek can list other versions, and bounded,
 * since a figure like "$500 billion" is stated in nearly every article of the corpus.
 */
export const MAX_REFS = 12;

/**
 * One entry per source sentence, the first in `ranked` order: a sentence that states the claim's value
 * ("1000억달러" beside "최대 4000억달러") is one agreeing ref, not an agreeing and a disagreeing one, and its
 * figure in the claim's unit is the one shown. The first `max` sentences, and every cited source's.
 */
export function onePerSentence(ranked: Scored[], max: number, cited: string[]): Scored[] {
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const s of ranked) {
    // Once `max` are taken only a cited source's can come, and a sentence is one source's (one file, one key): the
    // rest need no key (at 100,000 generated articles a claim's group holds tens of thousands).
    if (out.length >= max && !cited.includes(s.src.key)) {
      if (!cited.length) break;
      continue;
    }
    const k = sentenceKey(s);
    if (seen.has(k)) continue;
    seen.add(k);
    if (out.length < max || cited.includes(s.src.key)) out.push(s);
  }
  return out;
}

export function toRef(s: Scored): SourceRef {
  const sent = s.src.sentences[s.fig.sentence];
  return {
    key: s.src.key,
    file: s.src.file,
    outlet: s.src.meta.outlet,
    author: s.src.meta.authors[0],
    date: s.src.meta.date,
    title: s.src.meta.title,
    lang: s.fig.lang,
    sentence: { range: sent.range, text: sent.text },
    match: { text: s.fig.text, range: s.fig.range, value: s.fig.value, unit: s.fig.unit, qualifier: s.fig.qualifier },
    agrees: s.agrees,
    score: Math.round(s.score * 1000) / 1000,
  };
}

/** Versions whose closest sources score within this of each other are ordered by how many sources state them. */
const NEAR_TIE = 0.1;

/** A conflicting claim's finding: every version the judging sources give, the closest first, and a fix for each. */
export function mismatchFinding(
  claimFig: Figure,
  claim: Claim,
  judges: Scored[],
  scored: Scored[],
  named: readonly Named[],
): Finding {
  const lang = claimFig.lang;
  // A version's figure is read from its first source (a snapshot's is decoded then: corpus/lazySource.ts).
  const versions = new Map<string, { first: Scored; srcs: Source[]; has: Set<Source>; score: number }>();
  const versionKey = (s: Named) => {
    const v = s instanceof Scored ? s.value : s.sigFig;
    return `${s.unit}|${v.value}|${v.low ?? ''}|${v.high ?? ''}`;
  };
  for (const s of judges) {
    const k = versionKey(s);
    const v = versions.get(k) ?? { first: s, srcs: [], has: new Set<Source>(), score: 0 };
    if (!v.has.has(s.src)) {
      v.srcs.push(s.src);
      v.has.add(s.src);
    }
    v.score = Math.max(v.score, s.score);
    versions.set(k, v);
  }
  // Everyone who states a version on this subject is named, not only the closest sentence.
  for (const s of [...scored, ...named]) {
    const v = versions.get(versionKey(s));
    if (v && !v.has.has(s.src)) {
      v.srcs.push(s.src);
      v.has.add(s.src);
    }
  }
  // The version closest to the claim's subject first (its fix is the preferred one), the most-cited among near ties:
  // "\$200 billion for the Texas data center" is the 1000억달러 of the Texas sentence before Stargate's total.
  const ordered = [...versions.values()]
    .sort((a, b) => (Math.abs(b.score - a.score) >= NEAR_TIE ? b.score - a.score : b.srcs.length - a.srcs.length))
    .map((v) => ({ fig: v.first.fig, srcs: v.srcs }));
  const message = figureMismatchMessage(
    ordered.map((v) => ({
      text: describeFigure(v.fig, lang),
      original: v.fig.lang !== lang ? v.fig.text : undefined,
      sources: v.srcs.map((x) => sourceLabel(x, lang)),
    })),
    describeFigure(claimFig, lang),
    lang,
  );
  const fixes: Fix[] = [];
  for (const [n, v] of ordered.entries()) {
    if (v.fig.unit !== claimFig.unit && claimFig.kind !== 'count') continue;
    const newText = replacementText(claimFig, v.fig);
    if (!newText || newText === claimFig.text || fixes.some((f) => f.newText === newText)) continue;
    fixes.push({
      title: fixTitle(
        newText,
        v.srcs.map((x) => sourceLabel(x, lang)),
        lang,
      ),
      range: claimFig.range,
      newText,
      preferred: n === 0,
    });
  }
  return { code: 'figure-mismatch', severity: 'error', range: claimFig.range, claim, message, fixes };
}
