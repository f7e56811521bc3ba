// Finding messages in the language of the report line they are about (English or Korean).
import { formatFigure, type FormatStyle } from '../format/figures';
import type { Lang, RawFigure, Source, SourceRef } from '../types';
import { isOddApprox } from '../extract/values';
import { defineStrings } from '../format/strings';
import { oneLine } from '../text/text';

const say = defineStrings(
  {
    'source.author': '{0} (author)',
    'names.more': '{0} and {1} more',
    'figure.version': '{0}: {1}',
    'figure.original': '{0} ({1})',
    'figure.mismatch': 'Sources say {0}; the report says {1}.',
    'figure.unsupported': 'No source speaks of {0} here; add a source folder or check the claim.',
    'figure.partOnly': 'Sources give {0} for a part of the site (a phase or a plant), not the whole site.',
    'figure.shareSlip': '{0} is {2} of {1} ({3}); the report says {4}.',
    'fix.title': 'Change to {0} ({1})',
    'fix.share': "Change to {0} (the share the sentence's own figures make)",
    'figure.productSlip': '{0} at {1} each is {2} ({3}); the report says {4}.',
    'figure.rateSlip': '{0} of {1} is {2} ({3}); the report says {4}.',
    'fix.product': "Change to {0} (the total the sentence's own figures make)",
    'fix.speaker': 'Change the speaker to {0}',
    'fix.sourceWording': 'Replace with the source wording',
    'fix.citation': 'Change to [@{0}]',
    'quote.mismatch': 'Misquote: {0}{1}: “{2}” ({3})',
    'quote.mismatchSpeaker': ' quotes {0}',
    'quote.misattributed': "These words are {0}'s ({1}); the report gives them to {2}.",
    'quote.misattributedTranslated': "These words translate {0}'s “{3}” ({1}); the report gives them to {2}.",
    'quote.unsupported': 'No source has these words.',
    'quote.unsupportedOtherLang': 'No English source has these words; a source in another language ({0}) says: “{1}”',
    'quote.unsupportedOtherLangKo': 'No Korean source has these words; a source in another language ({0}) says: “{1}”',
    'quote.unsupportedOtherLangEn': 'No English source has these words; a source in another language ({0}) says: “{1}”',
    'diff.sourceHas': 'source has: {0}',
    'diff.reportHas': 'report has: {0}',
    'diff.punctuation': 'punctuation differs',
    'citation.unknown': 'Unknown citation key @{0}: no source has it.{1}',
    'citation.didYouMean': ' Did you mean {0}?',
  },
  {
    'source.author': '{0} (작성자)',
    'names.more': '{0} 외 {1}곳',
    'figure.version': '{0} — {1}',
    'figure.original': '{0}({1})',
    'figure.mismatch': '출처: {0}. 보고서: {1}.',
    'figure.unsupported': '{0}: 이 내용을 다루는 출처가 없습니다. 출처 폴더를 추가하거나 인용을 확인하세요.',
    'figure.partOnly': '{0}: 출처는 이 값을 부지 전체가 아니라 일부(단계나 설비)에 대해 밝힙니다.',
    'figure.shareSlip': '{0}은(는) {1}의 {2}입니다({3}). 보고서: {4}.',
    'fix.title': '{0}(으)로 고치기 ({1})',
    'fix.share': '{0}(으)로 고치기 (문장 속 수치로 계산한 비율)',
    'figure.productSlip': '{0} × {1}은(는) {2}입니다({3}). 보고서: {4}.',
    'figure.rateSlip': '{1}의 {0}은(는) {2}입니다({3}). 보고서: {4}.',
    'fix.product': '{0}(으)로 고치기 (문장 속 수치로 계산한 합계)',
    'fix.speaker': '화자를 {0}(으)로 고치기',
    'fix.sourceWording': '출처 문구로 바꾸기',
    'fix.citation': '[@{0}]로 바꾸기',
    'quote.mismatch': '인용이 출처와 다릅니다. {0}{1}: “{2}” ({3})',
    'quote.mismatchSpeaker': ', {0}',
    'quote.misattributed': '이 말은 {0}의 발언입니다({1}). 보고서는 {2}의 말로 씁니다.',
    'quote.misattributedTranslated': '이 말은 {0}의 발언을 옮긴 것입니다({1}: “{3}”). 보고서는 {2}의 말로 씁니다.',
    'quote.unsupported': '이 인용을 담은 출처가 없습니다.',
    'quote.unsupportedOtherLang': '한국어 출처에 이 인용이 없습니다. 다른 언어 출처({0}): “{1}”',
    'quote.unsupportedOtherLangKo': '한국어 출처에 이 인용이 없습니다. 다른 언어 출처({0}): “{1}”',
    'quote.unsupportedOtherLangEn': '영어 출처에 이 인용이 없습니다. 다른 언어 출처({0}): “{1}”',
    'diff.sourceHas': '출처에만: {0}',
    'diff.reportHas': '보고서에만: {0}',
    'diff.punctuation': '부호만 다름',
    'citation.unknown': '알 수 없는 인용 키 @{0}: 어떤 출처에도 없습니다.{1}',
    'citation.didYouMean': ' 혹시: {0}',
  },
);

/** What a source is named by: a Source, or a SourceRef's copy of its metadata. */
export type Named = Pick<Source, 'key' | 'meta'> | Pick<SourceRef, 'key' | 'outlet' | 'date' | 'author'>;

/**
 * The one name of a source in messages, the CLI and the hover: "Edaily 2025-01-22"; without an outlet, the
 * byline's author said to be one ("이주연 (author)", "이주연 (작성자)"), so a person is not read as an outlet;
 * else the citation key.
 */
export function sourceLabel(src: Named, lang: Lang = 'en'): string {
  const outlet = 'meta' in src ? src.meta.outlet : src.outlet;
  const author = 'meta' in src ? src.meta.authors?.[0] : src.author;
  const date = 'meta' in src ? src.meta.date : src.date;
  const name = outlet ?? (author ? say(lang, 'source.author', author) : src.key);
  return date && name !== src.key ? `${name} ${date}` : name;
}

/** Write a number the way this figure was written: "5000억달러" keeps no space, "four" stays a word. */
export function styleOf(f: Pick<RawFigure, 'text' | 'noun'> & { lang?: Lang }): FormatStyle {
  const style: FormatStyle = {};
  if (f.noun) style.noun = f.noun;
  if (f.lang === 'ko') {
    style.unitSpace = /[\d만억조천백십]\s+[^\d\s]/.test(f.text);
    style.groupSpace = !/조\d/.test(f.text);
  } else {
    style.spellSmall = /^[a-z]/i.test(f.text);
    style.percentWord = /percent/i.test(f.text);
  }
  return style;
}

const QUAL = {
  en: { approx: 'about ', max: 'up to ', min: 'more than ', exact: '', range: '' },
  ko: { approx: '약 ', max: '최대 ', min: '', exact: '', range: '' },
} as const;

/** "up to $500 billion", "약 718조 원", "10만 개 이상". */
export function describeFigure(
  f: Pick<RawFigure, 'value' | 'unit' | 'kind' | 'qualifier' | 'text' | 'noun'> & { lang?: Lang },
  lang: Lang,
): string {
  // In its own language a figure is shown as written ("34.5만명", not a re-spelled "34만5000명").
  if (f.qualifier === 'range' || f.lang === lang) {
    // "from four to three": the counted noun stands earlier in the sentence; say it ("three plants").
    const text =
      f.kind === 'count' && lang === 'en' && f.noun && !f.text.includes(f.noun) ? `${f.text} ${f.noun}` : f.text;
    // "10여 곳" says "about" itself.
    return withQualifier(text, f.qualifier === 'approx' && isOddApprox(f.text) ? 'exact' : f.qualifier, lang, f.kind);
  }
  let body: string;
  try {
    body = formatFigure(f.value, f.unit, f.kind, lang, {}) || f.text;
  } catch {
    body = f.text;
  }
  return withQualifier(body, f.qualifier, lang, f.kind);
}

function withQualifier(body: string, q: RawFigure['qualifier'], lang: Lang, kind?: string): string {
  if (q === 'range') return body;
  // A date's bound is a start or a deadline: "since 2023", "by 2028", "2023년부터", "2028년까지".
  if (kind === 'date' && (q === 'min' || q === 'max'))
    return lang === 'ko' ? `${body}${q === 'min' ? '부터' : '까지'}` : `${q === 'min' ? 'since' : 'by'} ${body}`;
  return lang === 'ko' && q === 'min' ? `${body} 이상` : (QUAL[lang][q] ?? '') + body;
}

/** At most four sources by name; a large corpus would otherwise fill the message with outlets. */
function names(sources: string[], lang: Lang, max = 4): string {
  if (sources.length <= max + 1) return sources.join(', ');
  const more = sources.length - max;
  return say(lang, 'names.more', sources.slice(0, max).join(', '), more);
}

export function figureMismatchMessage(
  versions: { text: string; original?: string; sources: string[] }[],
  claim: string,
  lang: Lang,
): string {
  const parts = versions.map((v) =>
    say(
      lang,
      'figure.version',
      v.original ? say(lang, 'figure.original', v.text, v.original) : v.text,
      names(v.sources, lang),
    ),
  );
  return say(lang, 'figure.mismatch', parts.join('; '), claim);
}

/**
 * A share the line works out wrong from its own amounts (figures.ts lineShareSlip): the part, the whole, the share they
 * make, who states the two amounts, and the report's percent.
 */
export function shareSlipMessage(
  part: string,
  whole: string,
  share: string,
  sources: string[],
  claim: string,
  lang: Lang,
): string {
  return say(lang, 'figure.shareSlip', part, whole, share, names(sources, lang), claim);
}

/**
 * A total the line works out wrong as a count times an amount each (figures.ts lineProductSlip): the count, the amount
 * each, the total they make, who states the two, and the report's total.
 */
export function productSlipMessage(
  count: string,
  each: string,
  total: string,
  sources: string[],
  claim: string,
  lang: Lang,
): string {
  return say(lang, 'figure.productSlip', count, each, total, names(sources, lang), claim);
}

/** A rate slip's message: the rate of the base the line applies it to makes another amount than the line's. */
export function rateSlipMessage(
  rate: string,
  base: string,
  made: string,
  sources: string[],
  claim: string,
  lang: Lang,
): string {
  return say(lang, 'figure.rateSlip', rate, base, made, names(sources, lang), claim);
}

/** A product slip's fix: the total the sentence's own count and amount each make. */
export function productFixTitle(newText: string, lang: Lang): string {
  return say(lang, 'fix.product', newText);
}

/** A share slip's fix: the share the sentence's own amounts make. */
export function shareFixTitle(newText: string, lang: Lang): string {
  return say(lang, 'fix.share', newText);
}

export function figureUnsupportedMessage(claim: string, lang: Lang): string {
  return say(lang, 'figure.unsupported', claim);
}

/** A value the sources state for a part of a site (a phase, a plant), given as the whole site's. */
export function figurePartOnlyMessage(claim: string, lang: Lang): string {
  return say(lang, 'figure.partOnly', claim);
}

export function fixTitle(newText: string, sources: string[], lang: Lang): string {
  const who = sources.slice(0, 2).join(', ') + (sources.length > 2 ? ` +${sources.length - 2}` : '');
  return say(lang, 'fix.title', newText, who);
}

/** A misattributed quotation's fix: the speaker the sources give. */
export function speakerFixTitle(speaker: string, lang: Lang): string {
  return say(lang, 'fix.speaker', speaker);
}

/** A misquote's fix: the source's words in place of the report's. */
export function sourceWordingFixTitle(lang: Lang): string {
  return say(lang, 'fix.sourceWording');
}

/** An unknown citation key's fix: a known key like it. */
export function citationFixTitle(key: string, lang: Lang): string {
  return say(lang, 'fix.citation', key);
}

export function quoteMismatchMessage(
  source: string,
  speaker: string | undefined,
  label: string,
  diff: string,
  lang: Lang,
): string {
  return say(lang, 'quote.mismatch', label, speaker ? say(lang, 'quote.mismatchSpeaker', speaker) : '', source, diff);
}

export function quoteMisattributedMessage(
  rightSpeaker: string,
  wrongSpeaker: string,
  label: string,
  lang: Lang,
  /** The source's words, when the report renders them in the other language. */
  original?: string,
): string {
  return original
    ? say(lang, 'quote.misattributedTranslated', rightSpeaker, label, wrongSpeaker, oneLine(original))
    : say(lang, 'quote.misattributed', rightSpeaker, label, wrongSpeaker);
}

/** `words`: the language of the quoted words, when not the line's (English words quoted in a Korean line). */
export function quoteUnsupportedMessage(
  lang: Lang,
  otherLang?: { text: string; label: string },
  words: Lang = lang,
): string {
  const key =
    words === lang
      ? 'quote.unsupportedOtherLang'
      : words === 'ko'
        ? 'quote.unsupportedOtherLangKo'
        : 'quote.unsupportedOtherLangEn';
  return otherLang ? say(lang, key, otherLang.label, oneLine(otherLang.text)) : say(lang, 'quote.unsupported');
}

/** At most this many changed words on each side of a misquote's diff: the message stays one line. */
const DIFF_WORDS = 6;

export function diffText(dropped: string[], added: string[], lang: Lang): string {
  const d = dropped.slice(0, DIFF_WORDS).join(' '),
    a = added.slice(0, DIFF_WORDS).join(' ');
  return (
    [d && say(lang, 'diff.sourceHas', d), a && say(lang, 'diff.reportHas', a)].filter(Boolean).join('; ') ||
    say(lang, 'diff.punctuation')
  );
}

export function unknownCitationMessage(key: string, suggestions: string[], lang: Lang): string {
  const alt = suggestions.length ? say(lang, 'citation.didYouMean', suggestions.map((s) => '@' + s).join(', ')) : '';
  return say(lang, 'citation.unknown', key, alt);
}
