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
/** A block's cached result (opaque outside this file): what a BlockStore holds. */
export type KeptBlock = Entry;

/**
 * A second level below a corpus's blocks in memory, kept between processes (judge/keptBlocks.ts): a block missing
 * from memory is looked for here, and every block a check used (reused or judged) is told to it, so that it can keep
 * exactly the blocks of the report's last version. It must answer only for the corpus the check runs on (the
 * blocks' keys name everything else a block's result depends on).
 */
export interface BlockStore {
  get(key: string): KeptBlock | undefined;
  used(key: string, block: KeptBlock): void;
  /**
   * The places a report sentence names (check.ts placesOf: a pure function of its text and language, which every
   * block key asks of the sentences before it), when an earlier check kept them; told to the store when used.
   */
  places?(lang: string, text: string): string[] | undefined;
  /** The places of a report sentence, worked out by this check: kept with its blocks. */
  keepPlaces?(lang: string, text: string, places: readonly string[]): void;
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

/**
 * Look up a block, in memory and then in `kept` (taken into memory when found there); on a hit, rebuild its claims
 * and findings at `base` in `st`. A hit is told to `kept` as used.
 */
export function reuse(
  lru: Map<string, Entry>,
  key: string,
  st: SourceText,
  base: number,
  kept?: BlockStore,
): BlockResult | undefined {
  let e = lru.get(key);
  if (e) lru.delete(key);
  else if (!(e = kept?.get(key))) return undefined;
  lru.set(key, e);
  if (lru.size > MAX_BLOCKS) lru.delete(lru.keys().next().value!);
  kept?.used(key, e);
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
  kept?: BlockStore,
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
  const e = { claims, findings };
  lru.set(key, e);
  if (lru.size > MAX_BLOCKS) lru.delete(lru.keys().next().value!);
  kept?.used(key, e);
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

// ---- the kept form of a block (judge/keptBlocks.ts writes it between processes) ----

/**
 * A block as JSON: its ranges as indexes into `rels` (start, end pairs: a Rel shared by two ranges stays shared), the
 * rest as it is (plain data: the claims' source references are copies, not the corpus's objects).
 */
export interface StoredBlock {
  rels: number[];
  claims: unknown[][];
  findings: unknown[][];
}

export function toStored(e: KeptBlock): StoredBlock {
  const rels: number[] = [];
  const index = new Map<Rel, number>();
  const at = (r: Rel): number => {
    let i = index.get(r);
    if (i === undefined) {
      index.set(r, (i = index.size));
      rels.push(r.s, r.e);
    }
    return i;
  };
  return {
    rels,
    claims: e.claims.map((list) =>
      list.map((c) => {
        const x: Record<string, unknown> = { ...c, range: at(c.range) };
        if (c.quote) x.quote = { ...c.quote, speakerRange: c.quote.speakerRange && at(c.quote.speakerRange) };
        return x;
      }),
    ),
    findings: e.findings.map((list) =>
      list.map((f) => ({ ...f, range: at(f.range), fixes: f.fixes.map((x) => ({ ...x, range: at(x.range) })) })),
    ),
  };
}

/**
 * A kept block back (`x` as JSON.parse gave it), or undefined when it is not of the shape toStored writes: what
 * instantiate and the checker's callers read is checked (ranges, indexes, lists), so that damage cannot throw later.
 */
export function fromStored(x: unknown): KeptBlock | undefined {
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  const isNat = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
  if (!isObj(x) || !Array.isArray(x.rels) || !Array.isArray(x.claims) || !Array.isArray(x.findings)) return undefined;
  if (x.claims.length !== x.findings.length || x.rels.length % 2) return undefined;
  // Offsets from the block's start: a speaker named in the block before is behind it.
  if (!x.rels.every(Number.isSafeInteger)) return undefined;
  const rels: Rel[] = [];
  for (let i = 0; i < x.rels.length; i += 2) {
    if ((x.rels[i] as number) > (x.rels[i + 1] as number)) return undefined;
    rels.push(new Rel(x.rels[i] as number, x.rels[i + 1] as number));
  }
  const rel = (i: unknown): Rel | undefined => (isNat(i) ? rels[i] : undefined);
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  const claims: ClaimT[][] = [];
  for (const list of x.claims) {
    if (!Array.isArray(list)) return undefined;
    const out: ClaimT[] = [];
    for (const c of list) {
      if (!isObj(c) || typeof c.text !== 'string' || typeof c.type !== 'string') return undefined;
      if (!strings(c.cited) || !Array.isArray(c.sources) || !c.sources.every(isObj)) return undefined;
      const range = rel(c.range);
      if (!range) return undefined;
      const t = { ...c, range } as unknown as ClaimT;
      for (const k of ['figure', 'citation', 'quote'] as const)
        if (c[k] !== undefined && !isObj(c[k])) return undefined;
      if (isObj(c.quote)) {
        const q = c.quote;
        const speakerRange = q.speakerRange === undefined ? undefined : rel(q.speakerRange);
        if (q.speakerRange !== undefined && !speakerRange) return undefined;
        t.quote = { ...(q as unknown as NonNullable<ClaimT['quote']>), speakerRange };
      }
      out.push(t);
    }
    claims.push(out);
  }
  const findings: FindingT[][] = [];
  for (let phase = 0; phase < x.findings.length; phase++) {
    const list = x.findings[phase];
    if (!Array.isArray(list)) return undefined;
    const out: FindingT[] = [];
    for (const f of list) {
      if (!isObj(f) || typeof f.code !== 'string' || typeof f.message !== 'string') return undefined;
      const range = rel(f.range);
      if (!range || !isNat(f.claim) || f.claim >= claims[phase].length || !Array.isArray(f.fixes)) return undefined;
      const fixes: FindingT['fixes'] = [];
      for (const fx of f.fixes) {
        const r = isObj(fx) ? rel(fx.range) : undefined;
        if (!isObj(fx) || !r || typeof fx.newText !== 'string') return undefined;
        fixes.push({ ...(fx as unknown as FindingT['fixes'][number]), range: r });
      }
      out.push({ ...(f as unknown as FindingT), range, fixes });
    }
    findings.push(out);
  }
  return { claims, findings };
}
