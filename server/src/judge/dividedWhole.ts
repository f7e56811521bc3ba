// A whole and one party's share of it. A line that gives its amount as one party's share ("The school district's
// share alone comes to about $6.1 million a year", "Shinwoo's share of the contract is KRW 1.86 trillion", "학교 몫은
// 610만 달러다") is not vouched for by a source amount that the source itself divides among parties: "would pay $6.1
// million per year …, of which 45 percent would be directed to the school district", "… about $37 billion. Arcturus's
// share of that is 25%", "총사업비 1조 원 가운데 40%를 …". That amount is the whole the share is a part of; a share as
// large as the whole it is a share of is a part given as the whole.
import type { Lang, Span } from '../types';
import type { Entry } from './figureIndex';
import { figuresBySentence } from './figureFacts';

/**
 * The words right before a line's amount that make it one party's share: a possessive (or its, their) and share or
 * portion ("the school district's share alone comes to about", "Shinwoo E&C's share of the phase-one EPC contract is",
 * "its portion is"); in Korean the party's 몫, 분담액, 부담분 ("교육청 몫은 약", "신우건설 분담액은"). Read in the
 * figure's sentence before it, up to a clause break. (Not "share price", "shares", "market share": a price, stock, a
 * percentage.)
 */
const EN_SHARE_BEFORE =
  /(?:['’]s?|\b(?:its|their|his|her|our))\s+(?:own\s+)?(?:share|portion)(?!\s+(?:price|prices|capital|count|sale|sales|buyback))\b[^.;:!?()]{0,80}$/i;
const KO_SHARE_BEFORE = /(?:몫|분담액|분담금|분담분|부담액|부담분)(?:은|는|이|가|만|으로는)?[^.;,()]{0,20}$/;

/** Whether the line's amount at `at` in `text` is given as one party's share of something (EN_SHARE_BEFORE). */
export function givenAsShare(text: string, at: Span, lang: Lang): boolean {
  const before = text.slice(Math.max(0, at.start - 120), at.start);
  return lang === 'ko' ? KO_SHARE_BEFORE.test(before) : EN_SHARE_BEFORE.test(before);
}

const PERCENT = String.raw`\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)`;
/**
 * After a source amount in its sentence: the amount divided, "…, of which 45 percent would be directed to …", "…, of
 * which about 60% goes to …" (a percentage of it, not another amount: "of which $2 billion" is a part stated, which
 * other readings judge).
 */
const EN_DIVIDED_AFTER = new RegExp(
  String.raw`^[^.;!?]{0,160}?\bof\s+which\s+(?:about\s+|some\s+|roughly\s+|around\s+)?${PERCENT}`,
  'i',
);
/**
 * The next sentence opening on one party's share of it: "Arcturus's share of that is 25%", "Our share of it is about
 * 40 percent", "The county's portion of the payment is 45%".
 */
const EN_DIVIDED_NEXT = new RegExp(
  String.raw`^\s*(?:[\w&.'’-]+\s+){0,4}?(?:share|portion)\s+of\s+(?:that|this|it|the\s+(?:total|payment|amount|sum|cost|contract))\s+(?:is|was|will\s+be|would\s+be|comes\s+to|stands\s+at)\s+(?:about\s+|some\s+|roughly\s+|around\s+)?${PERCENT}`,
  'i',
);
/** Korean: "… 610만 달러이며, 이 가운데 45%는 교육청에 배정된다", "… 1조 원 중 40%를 …" (a percentage of it, right after). */
const KO_DIVIDED_AFTER = /^[^.!?]{0,40}?(?:(?:이|그)\s?(?:가운데|중)|\s중)\s(?:약\s?)?\d+(?:\.\d+)?\s?%/;

const divided = new WeakMap<Entry, boolean>();
/** Whether the source divides this amount among parties by percentages (the module's comment), worked out once. */
export function dividedWhole(e: Entry): boolean {
  let d = divided.get(e);
  if (d === undefined) {
    d = e.kind !== 'percent' && dividedAt(e);
    divided.set(e, d);
  }
  return d;
}

function dividedAt(e: Entry): boolean {
  const { src } = e,
    sentence = e.fig.sentence,
    end = e.fig.end;
  const sent = src.sentences[sentence];
  if (!sent) return false;
  const after = sent.text.slice(end - sent.start);
  if (sent.lang === 'ko' ? KO_DIVIDED_AFTER.test(after) : EN_DIVIDED_AFTER.test(after)) return true;
  if (sharesNext(e)) return true;
  if (sent.lang === 'ko') return false;
  // (only when the amount is its sentence's last amount: "that" is the nearest one)
  const next = src.sentences[sentence + 1];
  return (
    !!next &&
    next.lang === 'en' &&
    !/[$€£¥₩]\s?\d|\d\s*(?:million|billion|trillion)\b/i.test(after) &&
    EN_DIVIDED_NEXT.test(next.text)
  );
}

/** A holder's stake or share in a sentence: "지분 60%를 갖는", "나머지 40%인", "holds 60%", "its 60% stake". */
const STAKE: Record<Lang, RegExp> = {
  en: /\b(?:stake|share|interest|holds?|holding|owns?|rest|remaining)\b/i,
  ko: /지분|몫|나머지|분담/,
};
/**
 * Whether the next sentence, in the amount's language, names a holder's stake or share (STAKE) and gives an amount of
 * the same unit that is one of its percentages of this amount (within 2%): "계약 금액은 … 1조8,600억 원 규모다. 신우건설이
 * 지분 60%를 갖는 주관사로 1조1,160억 원을, 마리나스트럭처스가 나머지 40%인 7,440억 원을 맡는다", "The contract is
 * worth $1.2 billion. Shinwoo, which holds 60% of the consortium, takes $720 million of it."
 */
function sharesNext(e: Entry): boolean {
  const next = e.src.sentences[e.fig.sentence + 1];
  const lang = e.src.sentences[e.fig.sentence]?.lang;
  if (!next || next.lang !== lang || !STAKE[lang].test(next.text)) return false;
  const figs = figuresBySentence(e.src).get(e.fig.sentence + 1) ?? [];
  const whole = Number(e.fig.value);
  if (!(whole > 0)) return false;
  const parts = figs.filter((g) => g.kind === e.fig.kind && g.unit === e.fig.unit && Number(g.value) < whole);
  return figs.some(
    (p) =>
      p.kind === 'percent' &&
      Number(p.value) > 0 &&
      Number(p.value) < 100 &&
      parts.some((a) => Math.abs(Number(a.value) - (Number(p.value) / 100) * whole) <= 0.02 * Number(a.value)),
  );
}
