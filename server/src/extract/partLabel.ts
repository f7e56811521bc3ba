// Which numbered part of a project a figure is of: its phase, unit or works section, as a sentence labels it ("1단계
// 200MW 2028년, 2단계 300MW 2030년", "Phase 2: 400 MW, 2030", "The second phase has been enlarged from 300 MW to 400
// MW", "2단계는 300MW에서 400MW로 확대돼", "1호기", "제7공구"). Two figures labelled with different parts of the same kind
// are amounts of different things: phase 1's 200 MW says nothing of phase 2's 400 MW, either way.
import type { Lang } from '../types';

export interface PlacedFigure {
  start: number;
  end: number;
  kind: string;
}

/** A part's label: its kind and its number(s), "phase:2", "phase:1,2", "unit:1", "section:7". */
export type PartLabel = string;

const EN_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
const EN_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
};
const EN_KIND: Record<string, string> = { phase: 'phase', stage: 'phase', unit: 'unit', block: 'unit' };
const KO_KIND: Record<string, string> = { 단계: 'phase', 호기: 'unit', 공구: 'section' };

/** "Phase 2", "Stage II", "Unit 1"; "the second phase"; "1단계", "1·2단계", "제2단계", "첫 단계", "1호기", "제7공구". */
const EN_LABEL =
  /\b(?:(phase|stage|unit|block)\s+(\d|one|two|three|four|five|iv|v|i{1,3})\b|(first|second|third|fourth|fifth)\s+(phase|stage|unit|block)\b)/gi;
const KO_LABEL = /(?<![0-9가-힣])(?:제\s?)?(?:(\d(?:\s?[·,]\s?\d)*)\s?(단계|호기|공구)|(첫)\s?(단계))/g;

interface Found {
  start: number;
  end: number;
  label: PartLabel;
}

/** The most figures a sentence may have for its parts to be read. */
const MAX_FIGURES = 64;
/** The last sentence's labels: a line's figures ask for them one after another (a line of 20,000 amounts). */
let lastText: string | undefined,
  lastLang: Lang | undefined,
  lastLabels: Found[] = [];
function labelsIn(text: string, lang: Lang): Found[] {
  if (text === lastText && lang === lastLang) return lastLabels;
  lastLabels = readLabels(text, lang);
  lastText = text;
  lastLang = lang;
  return lastLabels;
}
function readLabels(text: string, lang: Lang): Found[] {
  const out: Found[] = [];
  if (lang === 'ko') {
    KO_LABEL.lastIndex = 0;
    for (let m = KO_LABEL.exec(text); m; m = KO_LABEL.exec(text)) {
      const nums = m[1] ? m[1].split(/\s?[·,]\s?/).join(',') : '1';
      out.push({ start: m.index, end: m.index + m[0].length, label: `${KO_KIND[m[2] ?? m[4]]}:${nums}` });
    }
  } else {
    EN_LABEL.lastIndex = 0;
    for (let m = EN_LABEL.exec(text); m; m = EN_LABEL.exec(text)) {
      const kind = EN_KIND[(m[1] ?? m[4]).toLowerCase()];
      const n = m[2]
        ? /^\d$/.test(m[2])
          ? Number(m[2])
          : EN_NUMBERS[m[2].toLowerCase()]
        : EN_ORDINALS[m[3].toLowerCase()];
      // (a Roman I is a word too: only capitalized after a capitalized noun, "Phase I", never "phase i")
      if (m[2] && /^[iv]+$/i.test(m[2]) && m[2] !== m[2].toUpperCase()) continue;
      out.push({ start: m.index, end: m.index + m[0].length, label: `${kind}:${n}` });
    }
  }
  return out;
}

/** What may stand between a figure and the label after it that is its own: a preposition, a bracket. */
const AFTER = /^(?:\s+(?:for|of|in|on|at)(?:\s+the)?\s+|\s*[(（]\s*)$/i;
/** A level a change started from: "from 300 MW", "300MW에서 400MW로", "300 MW → 400 MW". */
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+)?$/i;
const TO_AFTER = /^\s*(?:에서|→|->)/;
/** Labels opening a sentence as its topic, within its first words ("2단계는 …", "The second phase has been …"). */
const TOPIC_REACH = 24;

/**
 * The part label of a figure of a sentence (figures: the sentence's, positions within text), or undefined:
 * the nearest label before it with no figure of its kind between (the other's part: "1단계 200MW, 2단계 300MW"); a
 * label that opens the sentence as its only one is the whole sentence's ("2단계는 300MW에서 400MW로 확대돼 2030년까지").
 */
export function partLabelOf(
  text: string,
  lang: Lang,
  figures: readonly PlacedFigure[],
  fig: PlacedFigure,
): PartLabel | undefined {
  // (a sentence of that many figures is a table's or a list's run, not a phrase about a part; and so each figure's
  // reading stays bounded in a line of thousands)
  if (figures.length > MAX_FIGURES) return undefined;
  const labels = labelsIn(text, lang);
  if (!labels.length) return undefined;
  /** The sentence's figures of this one's kind that stand between two offsets. */
  const alikeWithin = (from: number, to: number) =>
    figures.filter((g) => g.kind === fig.kind && g.start >= from && g.end <= to);
  let near: Found | undefined;
  for (const l of labels) if (l.end <= fig.start) near = l;
  if (near && !alikeWithin(near.end, fig.start).length) return near.label;
  // a label right after it ("$15 billion for phase one", "200 MW in Phase 2", "400MW(2단계)")
  for (const l of labels)
    if (
      l.start >= fig.end &&
      AFTER.test(text.slice(fig.end, l.start)) &&
      // (a bracket that holds the label alone: "400MW(2단계)", not "500MW (1단계 200MW, …)")
      (!/[(（]\s*$/.test(text.slice(fig.end, l.start)) || /^\s*[)）]/.test(text.slice(l.end)))
    ) {
      if (!alikeWithin(fig.end, l.start).length) return l.label;
      break;
    }
  const topic = labels[0];
  if (
    new Set(labels.map((l) => l.label)).size === 1 &&
    topic.start <= TOPIC_REACH &&
    !/\d/.test(text.slice(0, topic.start)) &&
    // (past another figure of its kind only when that is the level it changed from: "2단계는 300MW에서 400MW로",
    // "Phase 2 grew from 300 MW to 400 MW"; not "Phase 1 will cost $2 billion and the campus $10 billion")
    alikeWithin(topic.end, fig.start).every(
      (g) =>
        FROM_BEFORE.test(text.slice(Math.max(0, g.start - 12), g.start)) || TO_AFTER.test(text.slice(g.end, g.end + 6)),
    )
  )
    return topic.label;
  // A figure the sentence gives right after the whole it is of, in a sentence that labels parts ("알리아가 캠퍼스가
  // 600MW로 커지면서 2단계 변압기가 추가됐습니다", "bringing the whole campus to 600 MW"), is the whole's: no part's.
  // (A sentence that labels parts but not this figure does not say otherwise that it is of none of them: read so,
  // figures a sentence labels in ways not read here were set apart too, and a held-out set lost a catch.)
  if (WHOLE_BEFORE[lang].test(text.slice(Math.max(0, fig.start - 32), fig.start))) return WHOLE;
  return undefined;
}

/** The label of a figure of the whole project, not of one of its numbered parts. */
const WHOLE = 'whole';
/** Whether a label names a numbered part (not the whole, not none). */
export const isPartOf = (l: PartLabel | undefined): boolean => l !== undefined && l !== WHOLE;
/**
 * The whole named right before its figure: "캠퍼스가 ", "캠퍼스 전체 ", "단지 총 ", the size at full build "최종 ", "최종 규모는 "
 * ("상시 고용은 최종 400명, 1단계 120명"); "the whole campus to ", "the campus's full ".
 */
const WHOLE_BEFORE: Record<Lang, RegExp> = {
  ko: /(?:캠퍼스|단지|사업장)\s?(?:가|는|은|의|전체|전체가|전체는|총)?\s*(?:약\s*)?$|(?:전체|총|최종)\s?(?:규모|용량)(?:가|는|은)?\s*(?:약\s*)?$|(?<![가-힣])최종\s+(?:약\s*)?$/,
  en: /\b(?:the\s+(?:whole|entire|full)\s+(?:campus|site|project)|the\s+(?:campus|site|project)['’]s\s+(?:full|total|entire))(?:\s+(?:to|of|at|is|will be|would be))?\s+(?:about\s+|some\s+|around\s+)?$/i,
};

/**
 * Whether a source figure's label (b) names another part than the claim's (a) of the same kind: phase 1 against 2;
 * or the whole against a numbered part, either way (the campus's 600 MW is no phase's amount).
 */
export function otherPart(a: PartLabel | undefined, b: PartLabel | undefined): boolean {
  if (!a || !b || a === b) return false;
  if (a === WHOLE || b === WHOLE) return true;
  return a.split(':')[0] === b.split(':')[0];
}
