// Workspace symbols: figures and quotations across the corpus, found with fuse.js on the figure, its
// sentence, the outlet and the figure's subject terms ("Texas data center" finds 1000억달러).
import Fuse from 'fuse.js';
import { SymbolKind, type CancellationToken, type SymbolInformation } from 'vscode-languageserver';
import type { Corpus } from '../corpus';
import { fileUri, truncate } from './format';

interface Entry {
  name: string;
  kind: SymbolKind;
  sentence: string;
  terms: string;
  container: string;
  uri: string;
  range: SymbolInformation['location']['range'];
}

const MAX_RESULTS = 200;
let cache: { corpus: Corpus; count: number; fuse: Fuse<Entry>; entries: Entry[] } | undefined;

function entriesOf(corpus: Corpus): Entry[] {
  const out: Entry[] = [];
  for (const s of corpus.sources) {
    const container = [s.meta.outlet, s.meta.date, s.key].filter(Boolean).join(' · ');
    const uri = fileUri(s.file);
    for (const f of s.figures) {
      const sentence = s.sentences[f.sentence]?.text ?? '';
      const terms = f.subject ? f.subject.names().join(' ') : '';
      out.push({ name: f.text, kind: SymbolKind.Number, sentence, terms, container, uri, range: f.range });
    }
    for (const q of s.quotes) {
      const sentence = s.sentences[q.sentence]?.text ?? '';
      const name = `“${truncate(q.text, 60)}”${q.speaker ? ` — ${q.speaker.text}` : ''}`;
      out.push({ name, kind: SymbolKind.String, sentence, terms: q.speakerId ?? '', container, uri, range: q.range });
    }
  }
  return out;
}

function index(corpus: Corpus): { fuse: Fuse<Entry>; entries: Entry[] } {
  const count = corpus.sources.length;
  if (cache && cache.corpus === corpus && cache.count === count) return cache;
  const entries = entriesOf(corpus);
  const fuse = new Fuse(entries, {
    keys: [{ name: 'name', weight: 0.35 }, { name: 'sentence', weight: 0.35 }, { name: 'terms', weight: 0.2 }, { name: 'container', weight: 0.1 }],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.35,
    minMatchCharLength: 2,
  });
  cache = { corpus, count, fuse, entries };
  return cache;
}

/** Forget the cached index (the corpus changed in place). */
export function invalidateSymbols(): void {
  cache = undefined;
}

export function workspaceSymbolsFor(corpus: Corpus, query: string, token?: CancellationToken): SymbolInformation[] {
  const { fuse, entries } = index(corpus);
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  let found: Entry[];
  if (!words.length) found = entries.slice(0, MAX_RESULTS);
  else {
    // Every word must match some field (fuzzily): "Texas data center" = Texas AND data AND center.
    const expr = { $and: words.map((w) => ({ $or: [{ name: w }, { sentence: w }, { terms: w }, { container: w }] })) };
    if (token?.isCancellationRequested) return [];
    found = fuse.search(expr as any, { limit: MAX_RESULTS }).map((r) => r.item);
  }
  return found.map((e) => ({ name: e.name, kind: e.kind, containerName: e.container, location: { uri: e.uri, range: e.range } }));
}
