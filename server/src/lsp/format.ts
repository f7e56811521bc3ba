// Small helpers shared by the providers: Markdown escaping, source sentence snippets with the matched
// figure in bold, file URIs, LSP enum mapping.
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { lineStarts } from '../text/text';
import type { Position, Range, Severity, SourceRef } from '../types';

export const README = 'https://github.com/stargate-xref/stargate-xref';
export const SOURCE_NAME = 'stargate-xref';

export function codeHref(code: string): string {
  return `${README}#${code}`;
}

export function fileUri(file: string): string {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(file)) return file;
  try {
    return pathToFileURL(file).toString();
  } catch {
    return file;
  }
}

/** A Markdown link target for a place in a source file: VS Code opens `file:…#L3,615` at that line and column (1-based). */
export function positionHref(file: string, pos: Position): string {
  return `${fileUri(file).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))}#L${pos.line + 1},${pos.character + 1}`;
}

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

/** Escape text for CommonMark so source wording never turns into markup. */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&').replace(/\r\n|\r|\n/g, ' ');
}

export function inRange(pos: Position, r: Range): boolean {
  const afterStart = pos.line > r.start.line || (pos.line === r.start.line && pos.character >= r.start.character);
  const beforeEnd = pos.line < r.end.line || (pos.line === r.end.line && pos.character <= r.end.character);
  return afterStart && beforeEnd;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return !(cmp(a.end, b.start) < 0 || cmp(b.end, a.start) < 0);
}

export function cmp(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function sameRange(a: Range, b: Range): boolean {
  return cmp(a.start, b.start) === 0 && cmp(a.end, b.end) === 0;
}

/** Offset of a file position inside a sentence that starts at `sentenceStart` (-1 when outside). */
export function offsetIn(text: string, sentenceStart: Position, pos: Position): number {
  const dl = pos.line - sentenceStart.line;
  if (dl < 0) return -1;
  if (dl === 0) {
    const o = pos.character - sentenceStart.character;
    return o >= 0 && o <= text.length ? o : -1;
  }
  const starts = lineStarts(text);
  if (dl >= starts.length) return -1;
  const o = starts[dl] + pos.character;
  return o <= text.length ? o : -1;
}

/** Where the matched figure or quote sits in the source sentence's text, if it can be found. */
export function matchSpan(ref: SourceRef): { start: number; end: number } | undefined {
  const m = ref.match;
  if (!m) return undefined;
  const text = ref.sentence.text;
  const s = offsetIn(text, ref.sentence.range.start, m.range.start);
  const e = offsetIn(text, ref.sentence.range.start, m.range.end);
  if (s >= 0 && e > s && text.slice(s, e) === m.text) return { start: s, end: e };
  const i = m.text ? text.indexOf(m.text) : -1;
  if (i >= 0) return { start: i, end: i + m.text.length };
  if (s >= 0 && e > s) return { start: s, end: e };
  return undefined;
}

/**
 * The sentence as Markdown, cut to about `max` characters around the match, the match in bold.
 * Cuts never split a surrogate pair.
 */
export function snippet(ref: SourceRef, max = 140): string {
  const text = ref.sentence.text;
  const span = matchSpan(ref);
  if (!span) return escapeMd(cut(text, 0, Math.min(text.length, max), text.length));
  const room = Math.max(0, max - (span.end - span.start));
  let from = Math.max(0, span.start - Math.floor(room / 2));
  let to = Math.min(text.length, span.end + (room - (span.start - from)));
  from = Math.max(0, Math.min(from, to - max));
  from = safeCut(text, from);
  to = safeCut(text, to);
  const before = text.slice(from, span.start);
  const match = text.slice(span.start, span.end);
  const after = text.slice(span.end, to);
  return `${from > 0 ? '…' : ''}${escapeMd(before)}**${escapeMd(match)}**${escapeMd(after)}${to < text.length ? '…' : ''}`;
}

function cut(text: string, from: number, to: number, len: number): string {
  const a = safeCut(text, from);
  const b = safeCut(text, to);
  return `${a > 0 ? '…' : ''}${text.slice(a, b)}${b < len ? '…' : ''}`;
}

/** Move an offset off the low half of a surrogate pair. */
function safeCut(text: string, i: number): number {
  if (i > 0 && i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) return i - 1;
  }
  return i;
}

/** Plain one-line text (for relatedInformation and completion details), cut to `max` around the match. */
export function plainSnippet(ref: SourceRef, max = 120): string {
  const text = ref.sentence.text.replace(/\s/g, ' ');
  const span = matchSpan(ref);
  const center = span ? Math.floor((span.start + span.end) / 2) : 0;
  let from = Math.max(0, center - Math.floor(max / 2));
  const to = Math.min(text.length, from + max);
  from = Math.max(0, to - max);
  return cut(text, from, to, text.length);
}

export function truncate(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  return one.slice(0, safeCut(one, max - 1)) + '…';
}
