// A line that gives one amount to two places joined ("북마케도니아와 카보베르데 데이터센터에 냉각장치 136대", "136 cooling
// units for the Skopje and Praia campuses") states what the two come to together. A source figure whose sentence names
// one of them and not the other is that one's amount, a part of the line's: it neither refutes nor vouches for the
// line (the Skopje order's 96 units did refute the 136 of both orders). judge/figures.ts collectEvidence asks it.
import type { Lang } from '../types';
import type { TermWeights } from '../extract/subjects';
import { placesIn, placesShared } from './scope';
import { concept, termsIn } from '../domain/lexicon';
import { everydayPairs } from '../domain/vocab';
import { foreignNameShaped } from '../text/translit';

/** One of the joined places: as written, and as placesIn's terms. */
export interface JoinedSide {
  text: string;
  places: string[];
}

/** How far from a line's figure its clause is looked for (joinedPlaces). */
const JOIN_REACH = 300;
/** Where a clause breaks: a comma, a semicolon, a colon, a spaced dash. */
const CLAUSE_BREAK = /[,;:，]|\s[—–]\s/g;
/** Words that give the amount to each of the places, not to both together ("each", "apiece", "각각", "씩", "both"). */
const EACH = /\b(?:each|apiece|both)\b|각각|씩/i;
/** Two Korean words joined by 와/과, a middle dot or 및: "북마케도니아와 카보베르데", "울산·포항", "울산 및 포항". */
const KO_JOINED = /(?<![가-힣])([가-힣]{2,})(?:(?:와|과)\s+|\s?·\s?|\s+및\s+)([가-힣]{2,})/gu;
/** A particle a Korean place's name may carry: "포항에", "울산의". */
const KO_PARTICLE = /(?:에서|에는|에도|에|의|은|는|이|가|을|를|도)$/u;
/** Two capitalized names joined by "and" or "&": "Skopje and Praia", "North Macedonia and Cabo Verde". */
const EN_JOINED =
  /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:and|&)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)/gu;

/**
 * The two places the clause of a line's figure (`start`, `end` in `sentence`) joins, each a place by placesIn's reading
 * (a country, a name; the venture's own name left out), when the line does not give the amount to each of them.
 */
export function joinedPlaces(
  sentence: string,
  start: number,
  end: number,
  lang: Lang,
): [JoinedSide, JoinedSide] | undefined {
  // (read within JOIN_REACH of the figure: a clause is far shorter, and a sentence of 20,000 amounts with no break,
  // read whole once per figure, took time in the square of its length)
  const lo = Math.max(0, start - JOIN_REACH),
    near = sentence.slice(lo, Math.min(sentence.length, end + JOIN_REACH));
  if (EACH.test(near)) return undefined;
  let from = lo,
    to = lo + near.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(near); m; m = CLAUSE_BREAK.exec(near)) {
    const at = lo + m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  const clause = sentence.slice(from, to);
  const re = lang === 'ko' ? KO_JOINED : EN_JOINED;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    // (not the figure's own words: "136대" is no place)
    const at = from + m.index;
    if (at < end && at + m[0].length > start) continue;
    // (a Korean side is a place the lexicon knows, or a word shaped as a foreign name that it does not know: 카보베르데,
    // 북마케도니아; placesIn reads 발전소 or 해상풍력 too, words of things, not places)
    const side = (written: string): JoinedSide => {
      const text = lang === 'ko' ? written.replace(KO_PARTICLE, '') : written;
      const places = placesIn(text, lang, []).filter((p) => !concept(p)?.venture);
      const named =
        lang === 'en' ||
        places.some((p) => !!concept(p)) ||
        (foreignNameShaped(text) && !termsIn(text, 'ko').length && !everydayPairs(text).length);
      return { text, places: named ? places : [] };
    };
    const a = side(m[1]),
      b = side(m[2]);
    if (a.places.length && b.places.length && !a.places.some((p) => b.places.includes(p))) return [a, b];
  }
  return undefined;
}

/**
 * Whether a source sentence (its text, language and placesIn's places) names one of the joined places and not the
 * other: by a place both read (a name in the other script by sound, a country by either name), or in the line's
 * language by the word as the line writes it.
 */
export function namesOneSideOnly(
  sides: readonly [JoinedSide, JoinedSide],
  lineLang: Lang,
  text: string,
  lang: Lang,
  places: readonly string[],
  w: TermWeights,
): boolean {
  const names = (s: JoinedSide) =>
    placesShared(s.places, places, w, true) || (lang === lineLang && text.includes(s.text));
  return names(sides[0]) !== names(sides[1]);
}
