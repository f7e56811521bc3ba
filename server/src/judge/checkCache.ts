// Reusing the judged claims of report blocks that did not change between two checks (an editor re-checks
// the whole report after every pause in typing; most of it is the same text as before).
//
// A cached block holds its claims and findings with every report range stored as norm offsets relative to
// the block's start; reusing it maps them through the new text's SourceText, so a block that moved (lines
// inserted above it, indentation changed) gets the same ranges a fresh check would give.
import type { Corpus } from '../corpus/corpus';
import { defaultEngineState, type EngineState } from '../engineState';
import type { SourceText } from '../text/text';
import type { Claim, Finding, Range } from '../types';

/** Blocks kept per corpus: more than the blocks of a few large open reports. */
const MAX_BLOCKS = 8000;

/** Offsets relative to the block start, standing for a report Range (one Rel per Range object: shared stays shared). */
class Rel {
  constructor(
    readonly s: number,
    readonly e: number,
  ) {}
}

/** A claim with its report ranges replaced by Rel (and nothing shared with what a check returned). */
type ClaimT = Omit<Claim, 'range' | 'quote'> & {
  range: Rel;
  quote?: Omit<NonNullable<Claim['quote']>, 'speakerRange'> & { speakerRange?: Rel };
};
type FindingT = Omit<Finding, 'range' | 'claim' | 'fixes'> & {
  range: Rel;
  claim: number;
  fixes: (Omit<Finding['fixes'][number], 'range'> & { range: Rel })[];
};

/** What one block contributes, in the order the checker gathers it (figures, speech, quoted words). */
export interface BlockResult {
  claims: Claim[][];
  findings: Finding[][];
}
interface Entry {
  claims: ClaimT[][];
  findings: FindingT[][];
}

interface PerCorpus {
  version: number;
  generation: number;
  lru: Map<string, Entry>;
  suggestions: Map<string, string[]>;
}
/** What is cached for a corpus (kept by its engine, per corpus object: a cache never outlives its corpus), emptied when the corpus changed since it was last used. */
function perCorpus(corpus: Corpus): PerCorpus {
  const engine = corpus.engine ?? defaultEngineState();
  const caches = engine.tables<Corpus, PerCorpus>('checkCache');
  // Bumped by clearCheckCache(): WeakMap keys cannot be listed.
  const generation = engine.checkGeneration;
  let c = caches.get(corpus);
  if (!c || c.version !== corpus.version || c.generation !== generation) {
    c = { version: corpus.version, generation, lru: new Map(), suggestions: new Map() };
    caches.set(corpus, c);
  }
  return c;
}

/** The block cache of a corpus. */
export function blockCache(corpus: Corpus): Map<string, Entry> {
  return perCorpus(corpus).lru;
}

/** The keys suggested for an unknown citation key (a fuzzy search over the corpus keys), once per corpus version. */
export function cachedSuggestions(corpus: Corpus, key: string, compute: () => string[]): string[] {
  const m = perCorpus(corpus).suggestions;
  let out = m.get(key);
  if (!out) {
    if (m.size >= 1000) m.clear();
    m.set(key, (out = compute()));
  }
  return [...out];
}

/** Forget every cached block of an engine's corpora (default: the default engine's; tests, benchmarks). */
export function clearCheckCache(engine: EngineState = defaultEngineState()): void {
  engine.checkGeneration++;
}

/**
 * A SourceText whose range() remembers the norm offsets each Range came from, so a block's results can be
 * stored relative to the block. Everything else is the text's own.
 */
export function recordingText(st: SourceText): { st: SourceText; spans: Map<Range, Rel> } {
  const spans = new Map<Range, Rel>();
  const rec = Object.create(st) as SourceText;
  rec.range = (s: number, e: number): Range => {
    const r = st.range(s, e);
    spans.set(r, { s, e });
    return r;
  };
  return { st: rec, spans };
}

/** Look up a block; on a hit, rebuild its claims and findings at `base` in `st`. */
export function reuse(lru: Map<string, Entry>, key: string, st: SourceText, base: number): BlockResult | undefined {
  const e = lru.get(key);
  if (!e) return undefined;
  lru.delete(key);
  lru.set(key, e);
  return instantiate(e, st, base);
}

/**
 * Store a block computed at `base`. Ranges not made by the recording SourceText (none today) or a finding
 * whose claim is not among the block's claims make the block uncacheable: it is then simply not stored.
 */
export function store(
  lru: Map<string, Entry>,
  key: string,
  r: BlockResult,
  spans: Map<Range, Rel>,
  base: number,
): void {
  const rels = new Map<Range, Rel>();
  let ok = true;
  const rel = (x: Range | undefined): Rel => {
    const sp = x && spans.get(x);
    if (!x || !sp) {
      ok = false;
      return new Rel(0, 0);
    }
    let out = rels.get(x);
    if (!out) rels.set(x, (out = new Rel(sp.s - base, sp.e - base)));
    return out;
  };
  const claims: ClaimT[][] = r.claims.map((list) =>
    list.map((c) => {
      // Assigning keys the spread made keeps their order (the CLI's JSON stays the same).
      const x = { ...c, range: rel(c.range), sources: [] } as unknown as ClaimT;
      if (c.quote)
        x.quote = {
          ...c.quote,
          speakerRange: c.quote.speakerRange ? rel(c.quote.speakerRange) : (c.quote.speakerRange as undefined),
        };
      const t = detach(x);
      t.sources = [...c.sources]; // the corpus's own objects: shared, not copied
      return t;
    }),
  );
  const findings: FindingT[][] = r.findings.map((list, phase) =>
    list.map((f) => {
      const ci = r.claims[phase].indexOf(f.claim);
      if (ci < 0) ok = false;
      return detach({
        ...f,
        range: rel(f.range),
        claim: ci,
        fixes: f.fixes.map((x) => ({ ...x, range: rel(x.range) })),
      });
    }),
  );
  if (!ok) return;
  lru.set(key, { claims, findings });
  if (lru.size > MAX_BLOCKS) lru.delete(lru.keys().next().value!);
}

/**
 * A deep copy whose strings are not slices of a report text: V8 keeps a sliced string's whole parent alive,
 * and a cache entry must not pin the full text of every report version it was computed from.
 */
function detach<T>(v: T): T {
  if (typeof v === 'string') return (v.length < 13 ? v : JSON.parse(JSON.stringify(v))) as T;
  if (Array.isArray(v)) return v.map(detach) as T;
  if (v && typeof v === 'object' && !(v instanceof Rel)) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = detach((v as Record<string, unknown>)[k]);
    return o as T;
  }
  return v;
}

function instantiate(e: Entry, st: SourceText, base: number): BlockResult {
  const made = new Map<Rel, Range>();
  const range = (r: Rel): Range => {
    let out = made.get(r);
    if (!out) made.set(r, (out = st.range(base + r.s, base + r.e)));
    return out;
  };
  const claims: Claim[][] = e.claims.map((list) =>
    list.map((t) => {
      const c: Claim = { ...t, range: range(t.range), cited: [...t.cited], sources: [...t.sources] } as Claim;
      if (t.figure) c.figure = { ...t.figure };
      if (t.citation) c.citation = { ...t.citation };
      if (t.quote)
        c.quote = {
          ...t.quote,
          speakerRange: t.quote.speakerRange ? range(t.quote.speakerRange) : (t.quote.speakerRange as undefined),
        };
      return c;
    }),
  );
  const findings: Finding[][] = e.findings.map((list, phase) =>
    list.map(
      (t) =>
        ({
          ...t,
          range: range(t.range),
          claim: claims[phase][t.claim],
          fixes: t.fixes.map((x) => ({ ...x, range: range(x.range) })),
        }) as Finding,
    ),
  );
  return { claims, findings };
}
