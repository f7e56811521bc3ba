// Completion after "[@": the corpus's citation keys with outlet, date and headline, fuzzy-filtered by
// what was typed (fuse.js over key, outlet and headline).
import Fuse from 'fuse.js';
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Corpus } from '../corpus/corpus';
import type { Position } from '../types';
import { escapeMd, truncate } from './format';
import { uriToPath } from './settings';

/** How far back on the line to look for "[@" (a long line never costs more than this). */
const LOOKBACK = 200;

export interface CitationContext {
  prefix: string;
  start: Position;
}

/** If the cursor is inside "[@prefix" (prefix without spaces or brackets), the prefix and where it starts. */
export function citationContext(doc: TextDocument, pos: Position): CitationContext | undefined {
  const from = Math.max(0, pos.character - LOOKBACK);
  const before = doc.getText({ start: { line: pos.line, character: from }, end: pos });
  const m = /@([^\s[\]@;,]*)$/.exec(before);
  if (!m) return undefined;
  const at = before.length - m[0].length;
  // "[@key" or "[see @key" or "; @key" inside a bracketed citation (Pandoc style).
  const open = before.lastIndexOf('[', at);
  const close = before.lastIndexOf(']', at);
  if (open < 0 || close > open) return undefined;
  return { prefix: m[1], start: { line: pos.line, character: from + at + 1 } };
}

interface Entry {
  key: string;
  outlet: string;
  date: string;
  title: string;
}

/** Per corpus (each server has its own), rebuilt when the corpus changes in place (Corpus.version). */
const caches = new WeakMap<Corpus, { version: number; count: number; fuse: Fuse<Entry>; entries: Entry[] }>();

function index(corpus: Corpus): { fuse: Fuse<Entry>; entries: Entry[] } {
  const cache = caches.get(corpus);
  if (cache && cache.version === corpus.version && cache.count === corpus.sources.length) return cache;
  const entries = corpus.sources.map((s) => ({
    key: s.key,
    outlet: s.meta.outlet ?? '',
    date: s.meta.date ?? '',
    title: s.meta.title ?? '',
  }));
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'key', weight: 0.5 },
      { name: 'outlet', weight: 0.2 },
      { name: 'title', weight: 0.2 },
      { name: 'date', weight: 0.1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.45,
  });
  const fresh = { version: corpus.version, count: entries.length, fuse, entries };
  caches.set(corpus, fresh);
  return fresh;
}

export function completionFor(doc: TextDocument, pos: Position, corpus: Corpus): CompletionList | null {
  const ctx = citationContext(doc, pos);
  if (!ctx) return null;
  const { fuse, entries } = index(corpus);
  // A report inside a sources folder is indexed with them, but it cannot cite itself.
  const file = uriToPath(doc.uri);
  const self = file ? corpus.sourceOfPath(file)?.key : undefined;
  const ranked = (
    ctx.prefix ? fuse.search(ctx.prefix).map((r) => r.item) : [...entries].sort((a, b) => a.key.localeCompare(b.key))
  ).filter((e) => e.key !== self);
  const range = { start: ctx.start, end: pos };
  const items: CompletionItem[] = ranked.map((e, i) => ({
    label: e.key,
    kind: CompletionItemKind.Reference,
    detail: [e.outlet, e.date].filter(Boolean).join(' '),
    labelDetails: { description: truncate([e.outlet, e.date].filter(Boolean).join(' '), 40) },
    documentation: {
      kind: MarkupKind.Markdown,
      value: [
        `**${escapeMd(truncate(e.title || e.key, 160))}**`,
        [e.outlet, e.date].filter(Boolean).map(escapeMd).join(' · '),
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    sortText: String(i).padStart(5, '0'),
    // The client filters again by what is typed: let every fuse match through.
    filterText: `${ctx.prefix}${e.key}`,
    textEdit: { range, newText: e.key },
  }));
  return { isIncomplete: true, items };
}
