// Workspace symbols: figures and quotations across the corpus, found with fuse.js on the figure, its
// sentence, the outlet and the figure's subject terms ("Texas data center" finds 1000억달러).
import Fuse from 'fuse.js';
import { SymbolKind, type CancellationToken, type SymbolInformation } from 'vscode-languageserver';
import type { Corpus } from '../corpus/corpus';
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
/** A query is read up to this many characters, */
export const MAX_QUERY_CHARS = 256;
/** then cut to its first words, */
export const MAX_QUERY_WORDS = 8;
/**
 * each to its first 32 characters: fuse.js's bitap compares 32 characters at a time and searches a longer
 * word as one pass over every entry per 32 characters (a 100,000-character query held the server for about 40 s).
 */
export const MAX_WORD_CHARS = 32;
/** Entries searched between two turns of the event loop, where $/cancelRequest and other requests are read. */
const CHUNK = 500;

const FUSE_OPTIONS = {
  keys: [
    { name: 'name', weight: 0.35 },
    { name: 'sentence', weight: 0.35 },
    { name: 'terms', weight: 0.2 },
    { name: 'container', weight: 0.1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.35,
  minMatchCharLength: 2,
};

/**
 * The corpus's entries in chunks, each with its own fuse.js index made on first use. fuse scores an entry
 * on its own fields only (no corpus-wide statistics), so merging the chunks' results by (score, position)
 * gives what one index over every entry gives.
 */
interface Chunked {
  version: number;
  count: number;
  entries: Entry[];
  fuses: (Fuse<Entry> | undefined)[];
}
/** Per corpus (each server has its own), rebuilt when the corpus changes in place (Corpus.version). */
const caches = new WeakMap<Corpus, Chunked>();

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

function index(corpus: Corpus): Chunked {
  const count = corpus.sources.length;
  const cache = caches.get(corpus);
  if (cache && cache.version === corpus.version && cache.count === count) return cache;
  const entries = entriesOf(corpus);
  const fresh: Chunked = {
    version: corpus.version,
    count,
    entries,
    fuses: new Array(Math.ceil(entries.length / CHUNK)),
  };
  caches.set(corpus, fresh);
  return fresh;
}

function fuseOf(c: Chunked, i: number): Fuse<Entry> {
  return (c.fuses[i] ??= new Fuse(c.entries.slice(i * CHUNK, (i + 1) * CHUNK), FUSE_OPTIONS));
}

/** The words searched for: at most MAX_QUERY_WORDS, each at most MAX_WORD_CHARS (never half a surrogate pair). */
export function queryWords(query: string): string[] {
  return query
    .slice(0, MAX_QUERY_CHARS)
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => {
      if (w.length <= MAX_WORD_CHARS) return w;
      const c = w.charCodeAt(MAX_WORD_CHARS - 1);
      return w.slice(0, c >= 0xd800 && c <= 0xdbff ? MAX_WORD_CHARS - 1 : MAX_WORD_CHARS);
    });
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Figures and quotations matching every word of the query. The search runs a chunk of entries per turn of
 * the event loop and stops when the request is cancelled (the answer is then empty; the server replies
 * RequestCancelled).
 */
export async function workspaceSymbolsFor(
  corpus: Corpus,
  query: string,
  token?: CancellationToken,
): Promise<SymbolInformation[]> {
  const c = index(corpus);
  const words = queryWords(query);
  let found: Entry[];
  if (!words.length) found = c.entries.slice(0, MAX_RESULTS);
  else {
    // Every word must match some field (fuzzily): "Texas data center" = Texas AND data AND center.
    const expr = { $and: words.map((w) => ({ $or: [{ name: w }, { sentence: w }, { terms: w }, { container: w }] })) };
    const hits: { item: Entry; score: number; at: number }[] = [];
    for (let i = 0; i < c.fuses.length; i++) {
      if (token?.isCancellationRequested) return [];
      for (const r of fuseOf(c, i).search(expr as any, { limit: MAX_RESULTS }))
        hits.push({ item: r.item, score: r.score ?? 1, at: i * CHUNK + r.refIndex });
      if (i + 1 < c.fuses.length) await nextTurn();
    }
    hits.sort((a, b) => a.score - b.score || a.at - b.at);
    found = hits.slice(0, MAX_RESULTS).map((h) => h.item);
  }
  return found.map((e) => ({
    name: e.name,
    kind: e.kind,
    containerName: e.container,
    location: { uri: e.uri, range: e.range },
  }));
}
