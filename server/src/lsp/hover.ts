// Hover: what the report says and what each source says about it, as short Markdown.
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Corpus } from '../corpus/corpus';
import type { Claim, Source, SourceRef } from '../types';
import { sourceLabel } from '../judge/messages';
import { sourceRank } from '../judge/sourceRank';
import { escapeMd, positionHref, snippet, truncate } from './format';
import { locale, t } from './messages';

/** At most this many sources listed in a hover. */
export const MAX_HOVER_SOURCES = 4;

/** What an unknown status means, by claim type: an unknown key, a speaker not confirmed, a closer source's other value. */
const UNKNOWN_LABEL = {
  citation: 'status.unknown',
  quote: 'status.speakerUnknown',
  figure: 'status.outweighed',
} as const;

function statusLabel(c: Claim): string {
  switch (c.status) {
    case 'supported':
      return `✓ ${t('status.supported')}`;
    case 'conflicting':
      return `✗ ${t('status.conflicting')}`;
    case 'unsupported':
      return `? ${t('status.unsupported')}`;
    case 'misquoted':
      return `✗ ${t('status.misquoted')}`;
    case 'misattributed':
      return `✗ ${t('status.misattributed')}`;
    default:
      return `? ${t(UNKNOWN_LABEL[c.type])}`;
  }
}

/** ✓ or ✗ for a source; ? for a quotation's source whose speaker the report's cannot be told from (status unknown). */
function mark(r: SourceRef, c?: Claim): string {
  if (c?.type === 'quote' && c.status === 'unknown') return '?';
  return r.agrees ? '✓' : '✗';
}

/**
 * "**Edaily 2025-01-22** [headline](file:…#L18,1) `edaily-2025-01-22`": the source's name (sourceLabel, as in
 * the CLI's messages), its headline as a link to the sentence (the name when it has none; never a file
 * name), its citation key.
 */
function head(r: SourceRef, corpus?: Corpus): string {
  const name = escapeMd(sourceLabel(r, locale()));
  const href = positionHref(r.file, (r.match ?? r.sentence).range.start);
  const title = headline(r, corpus);
  const named = title ? `**${name}** [${escapeMd(truncate(title, 60))}](${href})` : `[**${name}**](${href})`;
  return `${named} \`${r.key}\``;
}

/** The headline of the part of the article the sentence is in (an English editorial and its Korean original have one each). */
function headline(r: SourceRef, corpus?: Corpus): string | undefined {
  const src = corpus?.byKey(r.key);
  const at = r.sentence.range.start;
  const sent = src?.sentences.find((s) => s.range.start.line === at.line && s.range.start.character === at.character);
  const half = sent && src!.halves.find((h) => h.start <= sent.start && sent.start < h.end);
  return half?.title ?? r.title;
}

/**
 * Order: what the report cites, then agreeing, then figures in the claim's unit (718조 for "718 trillion won"
 * before the 5000억 달러 it equals), then the report's language (an English reader sees English sentences
 * first), then by score; one line per source sentence. The cited sources' sentences are all shown; the others
 * fill up to `n` lines, the rest counted.
 */
export function topSources(c: Claim, n = MAX_HOVER_SOURCES): SourceRef[] {
  const unit = c.figure?.unit;
  // The order the figure judge gives its refs (a quotation has no unit: that question is no for all).
  const rank = (s: SourceRef) =>
    sourceRank(c.cited.includes(s.key), s.agrees, !!unit && s.match?.unit === unit, s.lang === c.lang);
  const all = uniqueSentences([...c.sources].sort((a, b) => rank(b) - rank(a) || b.score - a.score));
  const cited = all.filter((s) => c.cited.includes(s.key));
  return [...cited, ...all.filter((s) => !c.cited.includes(s.key)).slice(0, Math.max(0, n - cited.length))];
}

const sentenceKey = (r: SourceRef) => `${r.file}\0${r.sentence.range.start.line}:${r.sentence.range.start.character}`;

/**
 * One ref per source sentence, with one verdict: ✓ when any of its refs agrees (a sentence can hold several
 * matching figures: "1000억달러 … 최대 4000억달러"), and then that agreeing ref, whose figure the snippet bolds.
 * Otherwise the first. Order is kept.
 */
export function uniqueSentences(refs: SourceRef[]): SourceRef[] {
  const first = new Map<string, SourceRef>();
  for (const r of refs) {
    const k = sentenceKey(r);
    const had = first.get(k);
    if (!had || (!had.agrees && r.agrees)) first.set(k, r);
  }
  const out: SourceRef[] = [];
  const done = new Set<string>();
  for (const r of refs) {
    const k = sentenceKey(r);
    if (done.has(k)) continue;
    done.add(k);
    out.push(first.get(k)!);
  }
  return out;
}

/** "5000억 달러 (3) · 720조 원 (1)" when some sources disagree with others, else undefined. Each source sentence counts once per version. */
export function disagreement(c: Claim): string | undefined {
  if (!c.sources.some((r) => !r.agrees && r.match)) return undefined;
  const groups = new Map<string, { text: string; sentences: Set<string> }>();
  for (const r of c.sources) {
    if (!r.match) continue;
    const k =
      c.type === 'figure'
        ? `${r.match.value ?? r.match.text}|${r.match.unit ?? ''}`
        : r.match.text.replace(/\s+/g, ' ').trim();
    const g = groups.get(k) ?? { text: r.match.text, sentences: new Set<string>() };
    g.sentences.add(sentenceKey(r));
    groups.set(k, g);
  }
  if (groups.size < 2) return undefined;
  return [...groups.values()]
    .sort((a, b) => b.sentences.size - a.sentences.size)
    .map((g) => `${escapeMd(truncate(g.text, 40))} (${g.sentences.size})`)
    .join(' · ');
}

/** The differing middle of two wordings, by words: common prefix and suffix dropped. */
export function wordDiff(a: string, b: string): { report: string; source: string } | undefined {
  const wa = a.trim().split(/\s+/);
  const wb = b.trim().split(/\s+/);
  let p = 0;
  while (p < wa.length && p < wb.length && wa[p] === wb[p]) p++;
  let s = 0;
  while (s < wa.length - p && s < wb.length - p && wa[wa.length - 1 - s] === wb[wb.length - 1 - s]) s++;
  const ra = wa.slice(p, wa.length - s).join(' ');
  const rb = wb.slice(p, wb.length - s).join(' ');
  if (!ra && !rb) return undefined;
  return { report: ra || '∅', source: rb || '∅' };
}

function figureHover(c: Claim, corpus?: Corpus): string[] {
  const lines = [`**${t('hover.figure')}** ${escapeMd(c.text)} — ${statusLabel(c)}`, ''];
  const refs = topSources(c);
  if (!refs.length) lines.push(t('hover.noSources'));
  for (const r of refs) lines.push(`- ${mark(r)} ${head(r, corpus)} — ${snippet(r)}`);
  const total = uniqueSentences(c.sources).length;
  if (total > refs.length) lines.push(`- ${t('hover.more', total - refs.length)}`);
  const d = disagreement(c);
  if (d) lines.push('', t('hover.sourcesDiffer', d));
  return lines;
}

function quoteHover(c: Claim, corpus?: Corpus): string[] {
  const speaker = c.quote?.speaker ? ` — ${t('hover.attributedTo', escapeMd(c.quote.speaker))}` : '';
  const lines = [
    `**${t('hover.quote')}** “${escapeMd(truncate(c.quote?.words ?? c.text, 120))}”${speaker} — ${statusLabel(c)}`,
    '',
  ];
  const refs = topSources(c);
  if (!refs.length) lines.push(t('hover.noSources'));
  for (const r of refs) {
    const who = r.match?.speaker ? `${escapeMd(r.match.speaker)}: ` : '';
    const words = r.match ? `“${escapeMd(truncate(r.match.text, 160))}”` : snippet(r);
    lines.push(`- ${mark(r, c)} ${head(r, corpus)} — ${who}${words}`);
  }
  const total = uniqueSentences(c.sources).length;
  if (total > refs.length) lines.push(`- ${t('hover.more', total - refs.length)}`);
  const best = refs.find((r) => r.match);
  if (best?.match && c.quote) {
    const d = wordDiff(c.quote.words, best.match.text);
    if (d && c.status !== 'supported')
      lines.push('', t('hover.differs', escapeMd(truncate(d.report, 60)), escapeMd(truncate(d.source, 60))));
    const rs = c.quote.speaker;
    const ss = best.match.speaker;
    if (rs && ss && c.status === 'misattributed') lines.push('', t('hover.speakerDiffers', escapeMd(rs), escapeMd(ss)));
    if (rs && ss && c.status === 'unknown') lines.push('', t('hover.speakerUnconfirmed', escapeMd(rs), escapeMd(ss)));
  }
  return lines;
}

export function citationHover(key: string, src: Source | undefined): string[] {
  if (!src) return [t('hover.unknownKey', key)];
  const title = src.meta.title ?? src.key;
  const meta = [src.meta.outlet, src.meta.date, `\`${src.key}\``]
    .filter(Boolean)
    .map((s) => (s!.startsWith('`') ? s! : escapeMd(s!)));
  const lines = [`**${escapeMd(truncate(title, 120))}**`, '', meta.join(' · ')];
  const first =
    src.sentences.find((s) => s.text.trim() && s.text.trim() !== src.meta.title?.trim()) ?? src.sentences[0];
  if (first) lines.push('', `> ${escapeMd(truncate(first.text, 220))}`);
  return lines;
}

export function hoverFor(claim: Claim, corpus: Corpus): Hover {
  let lines: string[];
  if (claim.type === 'citation') {
    const key = claim.citation?.key ?? claim.text.replace(/^\[?@/, '').replace(/\]$/, '');
    lines = citationHover(key, claim.citation?.known === false ? undefined : corpus.byKey(key));
  } else if (claim.type === 'quote') lines = quoteHover(claim, corpus);
  else lines = figureHover(claim, corpus);
  const contents: MarkupContent = { kind: 'markdown', value: lines.join('\n') };
  return { contents, range: claim.range };
}
