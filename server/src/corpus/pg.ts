// A corpus shared by a team in PostgreSQL (issue 13). An ingest job adds or updates articles
// (`stargate-xref index --into postgres://…`); every checker fetches only the sources that can matter for a
// report's claims, found by postings in the database, loads them into a small in-memory Corpus that carries the
// whole corpus's term weights and common postings, and judges as usual. Per claim figure that is a bounded number
// of sources: the closest (by the judge's own subject score, from postings the database gives) of those whose values could agree
// with the claim's, and the closest of any value. The statuses are those of the whole corpus in memory; where more
// sources than fetched state other versions equally close, a mismatch names and offers the versions fetched.
//
// Stored per source: its indexed form, the bytes of its on-disk index cache entry (cache.ts encodeEntry), and
// postings (sourceStore.ts): each figure's subject terms with their weights and its bucket (kind and unit), its
// value (each distinct value once, with its reach, in xref_values) and its subject (each distinct subject once, with
// its terms, in xref_subjects); stated conversions between units; quotations and their form (each distinct
// normalized text and words once, with its words, in xref_quote_forms). A check reads the values that could agree
// with a claim by their reach, reads the postings of the claims' terms once (fetchPostings), scores each subject that
// shares a term with a claim in memory, and takes the first sources of the best subjects (figureSources), of those
// whose figures agree and of any value. Its queries run one after another on one
// connection, in one snapshot (on a few connections at once they made a lone check faster and 20 at once slower:
// README, Not done yet). Corpus-wide counts (figures
// per bucket, figures per bucket and term) are kept up to date by the ingest, in the same transaction; the word
// pairs the whole corpus shows (judge/wordPairs.ts) are worked out again after each ingest and removal, and a
// check's corpus judges with them, not with pairs learned from the part it fetched.
//
// Credentials come from the URL, the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) or
// ~/.pgpass (the pg client reads them); callers that take the URL from an untrusted place refuse a password in it
// (urlHasPassword).
import { plainObject } from './lazySource';
import * as fs from 'fs';
import * as path from 'path';
import { pipeline } from 'stream/promises';
import type { Pool, PoolClient, QueryResult } from 'pg';
import { Corpus } from './corpus';
import { decodeEntry, encodeEntry, nodeCrypto } from './cache';
import { agreeWindow, postingsOf, reach, type EquivalentFigure } from './sourceStore';
import { WIRE_VERSION } from './sourceWire';
import type { TermTable } from '../text/terms';
import { checkReport, type CheckOptions } from '../judge/check';
import { bucketKey, COMMON, MIN_COMMON_BUCKET } from '../judge/figureIndex';
import { isVague } from '../judge/figureFacts';
import { fragments, normalizeQuote, quoteWords } from '../judge/quotes';
import { crossUnits, lookupsOf, postingKeys, type CrossCounts } from '../judge/crossQuotes';
import { suggestKeysAmong } from '../judge/keySuggest';
import { linkBoth, pairingOf, PAIRING } from '../judge/wordPairs';
import { datesAgree, interval, intervalsAgree, overlapsAny, type Interval } from '../extract/values';
import { findTerms } from '../domain/lexicon';
import { vocabLinked, vocabPatterns } from '../domain/vocab';
import { defaultEngineState, type EngineState } from '../engineState';
import type { ArticleMeta, Figure, Lang, Quote, Source } from '../types';

/** Whether a string names a PostgreSQL database (rather than a folder). */
export function isDatabaseUrl(s: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(s);
}

/** Whether the URL carries a password (refused where the URL comes from a workspace's settings). */
export function urlHasPassword(url: string): boolean {
  try {
    return new URL(url).password !== '';
  } catch {
    return /:\/\/[^/@]*:[^/@]*@/.test(url);
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/(:\/\/[^/@:]*):[^/@]*@/, '$1:***@');
  }
}

/** What went wrong with the shared corpus, in one sentence (the database is down, refused us, or is not ours). */
export class SharedCorpusError extends Error {}

function explain(url: string, e: unknown): SharedCorpusError {
  if (e instanceof SharedCorpusError) return e;
  const err = e as { code?: string; message?: string };
  const why =
    err?.code === 'ECONNREFUSED'
      ? 'connection refused'
      : err?.code === 'ENOENT'
        ? 'no server at that address'
        : String(err?.message ?? e).split('\n')[0] || 'connection lost';
  return new SharedCorpusError(`the shared corpus at ${redactUrl(url)} is not available: ${why}`);
}

const LOCK = 0x5847_5246; // pg_advisory_xact_lock: one ingest at a time (checks never wait for it)

/**
 * The stored format: the tables' (bump on a change of SCHEMA) and the sources' wire form's. Format 1 kept a
 * source as JSON text. A store in another format is refused by checks and rebuilt by `index --into`.
 */
const TABLES_VERSION = 6;
export const STORED_FORMAT = `${TABLES_VERSION}.${WIRE_VERSION}`;
/** Every table and sequence any format made, dropped when `index --into` rebuilds a store of another format. */
const ALL_TABLES = [
  'xref_cross_post',
  'xref_word_pairs',
  'xref_pair_figures',
  'xref_quote_words',
  'xref_quote_form_words',
  'xref_quote_forms',
  'xref_quotes',
  'xref_equivalences',
  'xref_bucket_terms',
  'xref_buckets',
  'xref_source_buckets',
  'xref_subject_terms',
  'xref_subjects',
  'xref_postings',
  'xref_figure_terms',
  'xref_figures',
  'xref_values',
  'xref_sources',
  'xref_meta',
];

const SCHEMA = `
CREATE TABLE IF NOT EXISTS xref_meta (name text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS xref_sources (
  id integer PRIMARY KEY, file text UNIQUE NOT NULL, key text UNIQUE NOT NULL, base_key text NOT NULL,
  date text, meta text NOT NULL, body bytea NOT NULL, figures integer NOT NULL, quotes integer NOT NULL,
  indexed timestamptz NOT NULL DEFAULT now());
CREATE SEQUENCE IF NOT EXISTS xref_sources_id;
CREATE INDEX IF NOT EXISTS xref_sources_date ON xref_sources (date);
CREATE TABLE IF NOT EXISTS xref_figure_terms (source integer NOT NULL REFERENCES xref_sources ON DELETE CASCADE, fig integer NOT NULL, bucket text NOT NULL, unit text NOT NULL, term text NOT NULL, weight float8 NOT NULL);
CREATE TABLE IF NOT EXISTS xref_values (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, bucket text NOT NULL, unit text NOT NULL, figure text NOT NULL, lo float8 NOT NULL, hi float8 NOT NULL, UNIQUE (bucket, unit, figure));
CREATE INDEX IF NOT EXISTS xref_values_reach ON xref_values (bucket, lo);
CREATE TABLE IF NOT EXISTS xref_subjects (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, bucket text NOT NULL, unit text NOT NULL, sig uuid NOT NULL, UNIQUE (bucket, unit, sig));
CREATE TABLE IF NOT EXISTS xref_subject_terms (subject integer NOT NULL, bucket text NOT NULL, unit text NOT NULL, term text NOT NULL, weight float8 NOT NULL);
CREATE INDEX IF NOT EXISTS xref_subject_terms_search ON xref_subject_terms (bucket, term, unit) INCLUDE (subject, weight);
CREATE INDEX IF NOT EXISTS xref_subject_terms_subject ON xref_subject_terms (subject) INCLUDE (term, weight);
CREATE TABLE IF NOT EXISTS xref_figures (source integer NOT NULL REFERENCES xref_sources ON DELETE CASCADE, fig integer NOT NULL, value integer NOT NULL, subject integer, PRIMARY KEY (source, fig));
CREATE TABLE IF NOT EXISTS xref_source_buckets (source integer NOT NULL REFERENCES xref_sources ON DELETE CASCADE, bucket text NOT NULL, n integer NOT NULL, PRIMARY KEY (source, bucket));
CREATE TABLE IF NOT EXISTS xref_buckets (bucket text PRIMARY KEY, n integer NOT NULL);
CREATE TABLE IF NOT EXISTS xref_bucket_terms (bucket text NOT NULL, term text NOT NULL, n integer NOT NULL, PRIMARY KEY (bucket, term));
CREATE TABLE IF NOT EXISTS xref_equivalences (source integer NOT NULL REFERENCES xref_sources ON DELETE CASCADE, idx integer NOT NULL, unit text NOT NULL, other text NOT NULL, figure text NOT NULL, other_figure text NOT NULL, other_lo float8 NOT NULL, other_hi float8 NOT NULL);
CREATE TABLE IF NOT EXISTS xref_quote_forms (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, lang text NOT NULL, sig uuid NOT NULL, norm text NOT NULL, words integer NOT NULL, UNIQUE (lang, sig));
CREATE TABLE IF NOT EXISTS xref_quote_form_words (form integer NOT NULL, lang text NOT NULL, word text NOT NULL, n integer NOT NULL, words integer NOT NULL);
CREATE INDEX IF NOT EXISTS xref_quote_form_words_word ON xref_quote_form_words (lang, word) INCLUDE (form, n, words);
CREATE TABLE IF NOT EXISTS xref_cross_post (form integer NOT NULL, lang text NOT NULL, key text NOT NULL);
CREATE INDEX IF NOT EXISTS xref_cross_post_key ON xref_cross_post (lang, key) INCLUDE (form);
CREATE INDEX IF NOT EXISTS xref_cross_post_form ON xref_cross_post (form);
CREATE TABLE IF NOT EXISTS xref_quotes (source integer NOT NULL REFERENCES xref_sources ON DELETE CASCADE, idx integer NOT NULL, lang text NOT NULL, norm text NOT NULL, words integer NOT NULL, speaker text, text text NOT NULL, form integer NOT NULL, PRIMARY KEY (source, idx));
CREATE TABLE IF NOT EXISTS xref_pair_figures (source integer NOT NULL REFERENCES xref_sources ON DELETE CASCADE, fig integer NOT NULL, grp text NOT NULL, lang text NOT NULL, words text[] NOT NULL, PRIMARY KEY (source, fig));
CREATE TABLE IF NOT EXISTS xref_word_pairs (ord integer PRIMARY KEY, a text NOT NULL, b text NOT NULL);
`;

/**
 * The postings' secondary indexes (name, definition) and the tables whose rows reference their source (ON DELETE
 * CASCADE: a source removed takes its postings with it). An ingest into an empty store drops them first and makes
 * them again at its end (completeSchema): an index built once from the loaded table and a reference checked in one
 * join, rather than both kept row by row through every batch (at 1,000 generated articles, inserting a batch's
 * 86,000 figure terms took 2.6 s with them and 0.25 s without). Every ingest's start makes any that are missing (an
 * ingest that stopped half-way). The SQL names are those CREATE TABLE gives a reference (table_source_fkey).
 */
const POSTING_INDEXES: [string, string][] = [
  ['xref_figure_terms_search', 'xref_figure_terms (bucket, term, unit) INCLUDE (source, fig, weight)'],
  ['xref_figure_terms_figure', 'xref_figure_terms (source, fig) INCLUDE (term, weight)'],
  ['xref_figures_value', 'xref_figures (value) INCLUDE (source, fig, subject)'],
  ['xref_figures_subject', 'xref_figures (subject, source) INCLUDE (value)'],
  ['xref_bucket_terms_term', 'xref_bucket_terms (term)'],
  ['xref_equivalences_unit', 'xref_equivalences (unit)'],
  ['xref_equivalences_source', 'xref_equivalences (source)'],
  ['xref_quotes_lang', 'xref_quotes (lang)'],
  ['xref_quotes_speaker', 'xref_quotes (speaker)'],
  ['xref_quotes_form', 'xref_quotes (form, source)'],
  ['xref_pair_figures_grp', 'xref_pair_figures (grp)'],
];
const POSTING_TABLES = [
  'xref_figure_terms',
  'xref_figures',
  'xref_source_buckets',
  'xref_equivalences',
  'xref_quotes',
  'xref_pair_figures',
];

/** Makes the postings' indexes and references that are missing (see POSTING_INDEXES), in the caller's transaction. */
async function completeSchema(c: PoolClient): Promise<void> {
  // One sort a large index; the default (64 MB) spills the figure terms of 10,000 articles to disk many times over.
  await c.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  for (const [name, def] of POSTING_INDEXES) await c.query(`CREATE INDEX IF NOT EXISTS ${name} ON ${def}`);
  const have = new Set(
    (
      await c.query(
        `SELECT conrelid::regclass::text AS t FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[])`,
        [POSTING_TABLES],
      )
    ).rows.map((r) => r.t as string),
  );
  for (const t of POSTING_TABLES)
    if (!have.has(t))
      await c.query(
        `ALTER TABLE ${t} ADD CONSTRAINT ${t}_source_fkey FOREIGN KEY (source) REFERENCES xref_sources ON DELETE CASCADE`,
      );
  // Quotations holding a report quotation's words in order are found by LIKE '%…%…%': with pg_trgm (a contrib
  // module most servers have) by a trigram index, else by reading the table.
  await c.query('SAVEPOINT trgm');
  try {
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await c.query('CREATE INDEX IF NOT EXISTS xref_quote_forms_trgm ON xref_quote_forms USING gin (norm gin_trgm_ops)');
    await c.query('RELEASE SAVEPOINT trgm');
  } catch {
    await c.query('ROLLBACK TO SAVEPOINT trgm');
  }
}

/**
 * When the store holds no source: drops the postings' indexes and references (POSTING_INDEXES), for completeSchema
 * to make again once the ingest has loaded its sources; whether it did.
 */
async function startBulk(c: PoolClient): Promise<boolean> {
  await c.query('BEGIN');
  try {
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    const empty = !(await c.query('SELECT 1 FROM xref_sources LIMIT 1')).rows.length;
    if (empty) {
      for (const [name] of POSTING_INDEXES) await c.query(`DROP INDEX IF EXISTS ${name}`);
      for (const t of POSTING_TABLES) await c.query(`ALTER TABLE ${t} DROP CONSTRAINT IF EXISTS ${t}_source_fkey`);
    }
    await c.query('COMMIT');
    return empty;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** completeSchema in a transaction of its own, one ingest at a time. */
async function endBulk(c: PoolClient): Promise<void> {
  await c.query('BEGIN');
  try {
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await completeSchema(c);
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** The format the store was written in ('?' when it names none), or undefined when there is no store. */
async function storedFormat(c: PoolClient): Promise<string | undefined> {
  if (!(await c.query(`SELECT to_regclass('xref_meta') IS NOT NULL AS ok`)).rows[0].ok) return undefined;
  return (await c.query(`SELECT value FROM xref_meta WHERE name = 'version'`)).rows[0]?.value ?? '?';
}

/** A stored source (its body: cache.ts encodeEntry's bytes), its term ids of `table`. */
function decodeRow(r: { key: string; file: string; body: Buffer }, table: TermTable): Source {
  let s: Source | string;
  try {
    s = decodeEntry(r.body, r.file, table);
  } catch (e) {
    s = `its stored form does not decode (${(e as Error)?.message ?? e})`;
  }
  if (typeof s === 'string') throw new SharedCorpusError(`the shared corpus's entry for ${r.file} is damaged: ${s}`);
  return { ...s, key: r.key };
}

/**
 * A pg Client whose connection must be made within `ms` of time this process was free to wait. pg's own
 * connectionTimeoutMillis is a timer that also counts what the process did meanwhile: a checker that starts a
 * connection and then works for longer (20 editors in one process: each probe of a 100-line report ran while the
 * others' connections were being made, together longer than 10 s) found the timer due before it could read the
 * server's answer, and ended a connection the server had answered. Here a tick every CONNECT_TICK ms counts at most
 * two ticks of the time since the last one, so a stretch the process spent busy counts as one tick late; when the
 * time is up the socket is ended (a server that accepted and never answers would hold it open).
 */
function patientClient(Client: typeof import('pg').Client, ms: number): typeof import('pg').Client {
  return class extends Client {
    connect(): Promise<import('pg').Client>;
    connect(callback: (err: Error) => void): void;
    connect(callback?: (err: Error) => void): Promise<import('pg').Client> | void {
      const tick = Math.min(CONNECT_TICK, ms);
      let left = ms,
        last = performance.now();
      const timer =
        ms > 0 && Number.isFinite(ms)
          ? setInterval(() => {
              const now = performance.now();
              left -= Math.min(now - last, 2 * tick);
              last = now;
              if (left > 0) return;
              clearInterval(timer);
              (this.connection as unknown as { stream: { destroy(e: Error): void } }).stream.destroy(
                new Error('timeout exceeded when trying to connect'),
              );
            }, tick)
          : undefined;
      if (callback) {
        super.connect((err: Error) => {
          clearInterval(timer);
          callback(err);
        });
        return;
      }
      return super.connect().finally(() => clearInterval(timer));
    }
  };
}
const CONNECT_TICK = 100;

/** What a check asks of the corpus, learnt by running it against an empty corpus (see Corpus.probe). */
interface Wants {
  keys: Set<string>;
  paths: Set<string>;
  figures: Figure[];
  quotes: Quote[];
  /**
   * Each claim figure's subject terms by name, read while the probe's check runs: its term ids are scratch
   * (text/terms.ts), forgotten when that check ends.
   */
  terms: Map<Figure, ClaimTerm[]>;
}

/** A claim figure's subject term as similarityTo() reads it: its name, weight, and whether only the text around gives it. */
interface ClaimTerm {
  name: string;
  weight: number;
  context: boolean;
}

/** What a check fetched: how many sources, and how many each way of finding them added first. */
export interface FetchStats {
  sources: number;
  by: Record<string, number>;
  /** The queries sent to the store, and those answered from what the checks before kept (Answers). */
  queries: { sent: number; kept: number };
}

/** One line of the CLI's source list. */
export interface SourceListing {
  key: string;
  file: string;
  meta: ArticleMeta;
}

export interface IngestResult {
  added: number;
  updated: number;
}

/** A connection to a shared corpus. Every method throws a SharedCorpusError when the database cannot be used. */
export class SharedCorpus {
  private readonly pool: Pool;
  private ready?: Promise<void>;
  /** The engine whose term table the corpora it gives use (engine.ts; default: the default engine). */
  readonly engine: EngineState;

  constructor(
    readonly url: string,
    options: {
      max?: number;
      connectTimeoutMs?: number;
      engine?: EngineState;
      lookupCost?: number;
      perFigure?: boolean;
      pairs?: number;
      bigStep?: number;
      bulk?: boolean;
      keep?: boolean;
    } = {},
  ) {
    this.engine = options.engine ?? defaultEngineState();
    this.lookupCost = options.lookupCost ?? LOOKUP_COST;
    this.perFigure = options.perFigure ?? false;
    this.pairs = options.pairs ?? FIRST_PAIRS;
    this.bigStep = options.bigStep ?? BIG_STEP;
    this.bulk = options.bulk ?? true;
    this.keep = options.keep ?? true;
    // pg is loaded when a shared corpus is opened: a run without one does not pay its start-up (about 60 ms).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Pool, Client } = require('pg') as typeof import('pg');
    this.pool = new Pool({
      connectionString: url,
      max: options.max ?? 4,
      // No timer of pg's own: it counts the time this process spends busy (patientClient).
      Client: patientClient(Client, options.connectTimeoutMs ?? 10_000),
      application_name: 'stargate-xref',
    });
    // An idle connection the server drops (a restart, a stopped cluster) must not bring the process down: the
    // next query reports it.
    this.pool.on('error', () => undefined);
    // A client whose server goes away while it is checked out emits 'error' on itself: the query it runs fails too.
    this.pool.on('connect', (client) => {
      client.on('error', () => undefined);
    });
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }

  private async withClient<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient | undefined;
    try {
      client = await this.pool.connect();
      return await fn(client);
    } catch (e) {
      if (client) {
        client.release(true);
        client = undefined;
      }
      throw explain(this.url, e);
    } finally {
      client?.release();
    }
  }

  /**
   * What scoring one figure from its own postings costs against reading a posting of a term (figureSources; the
   * tests set 0, always each figure's own postings, and Infinity, always the claim's terms' postings: the sources
   * are the same).
   */
  private readonly lookupCost: number;

  /** Every figure scored from its own postings rather than once a subject (figureSources; the tests compare). */
  private readonly perFigure: boolean;

  /** How many of the best subjects figureSources() reads first (the tests set 1: the same sources). */
  private readonly pairs: number;

  /** Above how many subjects a grid step is read in corpus order (BIG_STEP; the tests set 0: the same sources). */
  private readonly bigStep: number;

  /**
   * Whether an ingest into an empty store makes the postings' indexes and references once at its end
   * (POSTING_INDEXES; the tests compare with false: every row kept with them, as an ingest into a store that holds
   * sources does).
   */
  private readonly bulk: boolean;

  /**
   * Whether a check keeps what it asked for the next checks while the store is in the same state (Answers; the
   * tests and the bench compare with false).
   */
  private readonly keep: boolean;
  /** What the checks asked of the store in its latest state seen. */
  private answers?: Answers;

  /** What the last corpusFor() fetched (the bench reports it). */
  lastFetch?: FetchStats;

  /**
   * What `index --into` found and replaced: a store in another format (this version does not read it), rebuilt
   * from the sources given; how many sources it held.
   */
  rebuilt?: { format: string; sources: number };

  /**
   * Creates the tables when missing; refuses a store another format wrote, or (`write`: an ingest) drops it and
   * starts again in this one, saying so in `rebuilt`.
   */
  private schema(write: boolean): Promise<void> {
    return (this.ready ??= this.withClient(async (c) => {
      if (write) {
        await c.query('BEGIN');
        await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
        const old = await storedFormat(c);
        if (old !== undefined && old !== STORED_FORMAT) {
          const n = (await c.query('SELECT count(*)::int AS n FROM xref_sources').catch(() => undefined))?.rows[0].n;
          await c.query(`DROP TABLE IF EXISTS ${ALL_TABLES.join(', ')} CASCADE`);
          await c.query('DROP SEQUENCE IF EXISTS xref_sources_id');
          this.rebuilt = { format: old, sources: n ?? 0 };
        }
        await c.query(SCHEMA);
        await completeSchema(c);
        await c.query(`INSERT INTO xref_meta VALUES ('version', $1) ON CONFLICT (name) DO NOTHING`, [STORED_FORMAT]);
        await c.query('COMMIT');
      }
      const v = await storedFormat(c);
      if (v === undefined)
        throw new SharedCorpusError(
          `the database at ${redactUrl(this.url)} holds no stargate-xref corpus yet: fill it with \`stargate-xref index --into URL\``,
        );
      if (v !== STORED_FORMAT)
        throw new SharedCorpusError(
          `the shared corpus at ${redactUrl(this.url)} was written in format ${v}; this version reads format ${STORED_FORMAT}: rebuild it with \`stargate-xref index --into URL\` and every source`,
        );
    }).catch((e) => {
      this.ready = undefined;
      throw e;
    }));
  }

  /** Adds or updates these sources (by file), in this order, in batches of `batch` sources a transaction. */
  async ingest(sources: readonly Source[], batch = 200): Promise<IngestResult> {
    await this.schema(true);
    const out: IngestResult = { added: 0, updated: 0 };
    // Into an empty store, the postings' indexes and references are made once at the end (POSTING_INDEXES).
    const bulk = this.bulk && (await this.withClient(startBulk));
    let loaded = false;
    try {
      for (let i = 0; i < sources.length; i += batch) {
        const r = await this.withClient((c) => ingestBatch(c, sources.slice(i, i + batch)));
        out.added += r.added;
        out.updated += r.updated;
      }
      loaded = true;
    } finally {
      // Also when a batch failed (the database gone, a source that does not encode): what was loaded is indexed,
      // or, when that fails too, by the next ingest's start (schema); the batch's error is the one reported.
      if (bulk) {
        const made = this.withClient(endBulk);
        await (loaded ? made : made.catch(() => undefined));
      }
    }
    await this.withClient(async (c) => {
      await relearnPairs(c);
      await tidy(c);
    });
    return out;
  }

  /** Removes the sources read from these files; how many there were. */
  async remove(files: readonly string[]): Promise<number> {
    await this.schema(true);
    return this.withClient(async (c) => {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const ids = (await c.query('SELECT id FROM xref_sources WHERE file = ANY($1)', [files])).rows.map(
        (r) => r.id as number,
      );
      await unindex(c, ids);
      await c.query('COMMIT');
      if (ids.length) {
        await relearnPairs(c);
        await tidy(c);
      }
      return ids.length;
    });
  }

  /** The sources, in corpus order, without their text. */
  async list(): Promise<SourceListing[]> {
    await this.schema(false);
    return this.withClient(async (c) =>
      (await c.query('SELECT key, file, meta FROM xref_sources ORDER BY id')).rows.map((r) => ({
        key: r.key,
        file: r.file,
        meta: JSON.parse(r.meta),
      })),
    );
  }

  async count(): Promise<{ sources: number; figures: number; quotes: number }> {
    await this.schema(false);
    return this.withClient(async (c) => {
      const r = (
        await c.query(
          'SELECT count(*)::int AS s, coalesce(sum(figures), 0)::int AS f, coalesce(sum(quotes), 0)::int AS q FROM xref_sources',
        )
      ).rows[0];
      return { sources: r.s, figures: r.f, quotes: r.q };
    });
  }

  /** Every source, in corpus order (tests and small corpora; a checker uses corpusFor). */
  async loadAll(): Promise<Corpus> {
    await this.schema(false);
    return this.withClient(async (c) => {
      const rows = (await c.query('SELECT key, file, body FROM xref_sources ORDER BY id')).rows;
      return Corpus.of(
        rows.map((r) => decodeRow(r, this.engine.subjects.terms)),
        this.engine,
      );
    });
  }

  /**
   * The corpus to check this report against: the sources its claims could be judged against, with the whole
   * corpus's weights. `checkReport(corpus, text, options)` then finds what it would against the whole corpus.
   */
  async corpusFor(text: string, options: CheckOptions = {}): Promise<Corpus> {
    await this.schema(false);
    const wants = probe(text, options, this.engine);
    return this.withClient(async (c) => {
      // One snapshot: an ingest running meanwhile is seen whole or not at all. A failure ends the connection
      // (withClient), and the server rolls the transaction back.
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // The scans of a bucket's postings group up to 400,000 figures at 100,000 articles: with the default 4 MB a
      // grouping spilled to disk in 5 batches (a third of the query's time).
      await c.query(`SET LOCAL work_mem = '64MB'`);
      // What the checks before asked of the store in this state is not asked again (Answers).
      let kept: Answers | undefined;
      if (this.keep) {
        const state = (await c.query(STORE_STATE)).rows[0].state as string;
        if (this.answers?.state !== state) this.answers = new Answers(state);
        kept = this.answers;
      }
      const stats: FetchStats = { sources: 0, by: {}, queries: { sent: 0, kept: 0 } };
      // Sources decoded into the engine's term table are not in a corpus until fetchFor returns (engineState.ts).
      const release = this.engine.hold();
      let corpus: Corpus;
      try {
        corpus = await fetchFor(
          c,
          wants,
          this.engine,
          stats,
          {
            lookup: this.lookupCost,
            perFigure: this.perFigure,
            pairs: this.pairs,
            bigStep: this.bigStep,
          },
          kept,
        );
      } finally {
        release();
      }
      stats.sources = corpus.sources.length;
      this.lastFetch = stats;
      await c.query('COMMIT');
      return corpus;
    });
  }
}

/** What checking `text` asks of a corpus: every claim judged and every key and path looked up. */
function probe(text: string, options: CheckOptions, engine: EngineState): Wants {
  const wants: Wants = { keys: new Set(), paths: new Set(), figures: [], quotes: [], terms: new Map() };
  const empty = Corpus.of([], engine);
  empty.probe = {
    key: (k) => wants.keys.add(k),
    path: (p) => wants.paths.add(p),
    figure: (f) => {
      wants.figures.push(f);
      const terms: ClaimTerm[] = [];
      for (let i = 0; i < f.subject.size; i++)
        terms.push({ name: f.subject.nameAt(i), weight: f.subject.weightAt(i), context: f.subject.isContextAt(i) });
      wants.terms.set(f, terms);
    },
    quote: (q) => wants.quotes.push(q),
  };
  checkReport(empty, text, { ...options, cache: false });
  return wants;
}

function realPath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Per claim figure and bucket, the sources fetched for their figures: the closest of those whose values agree
 * with the claim's (a claim is supported when one of them judges it so), and the closest of any value (the
 * versions a mismatch names, best first). Where more sources than that state versions equally close, a mismatch
 * names and offers those fetched (a message names four and counts the rest, judge/messages.ts).
 */
const NEAR_SOURCES = 12,
  CLOSEST_SOURCES = 12;

/**
 * Per report quotation, the sources fetched by its words (the closest share first) and those holding its words in
 * order (the first in corpus order; one more, for the report's own file): the judge names its best eight
 * (judge/quotes.ts), the exact ones first.
 */
const QUOTE_SOURCES = 12;

/**
 * agrees(), with each figure's interval worked out once (a check asks it of every stored value in a claim's reach
 * and of every equivalence of its unit: a claim's figure, a parsed value or a fetched figure is asked many times).
 */
const intervals = new WeakMap<object, Interval>();
const intervalOf = (f: EquivalentFigure) => {
  let iv = intervals.get(f);
  if (!iv) intervals.set(f, (iv = interval(f)));
  return iv;
};
const agreesOnce = (c: EquivalentFigure, s: EquivalentFigure) =>
  c.kind === 'date' || s.kind === 'date' ? datesAgree(c.value, s.value) : intervalsAgree(intervalOf(c), intervalOf(s));

/** agrees() through a stated equivalence: its other amount taken as approximate, or the figure within it. */
const approximate = new WeakMap<object, EquivalentFigure>();
const viaAgrees = (v: EquivalentFigure, e: EquivalentFigure) => {
  let a = approximate.get(v);
  if (!a) approximate.set(v, (a = { ...v, qualifier: 'approx' }));
  return agreesOnce(a, e) || agreesOnce(e, v);
};

/** The other amounts of these equivalences, each once. */
function distinctVias(vias: Via[]): EquivalentFigure[] {
  return [...new Set(vias.map((v) => v.fig))];
}

/**
 * Whether viaAgrees(v, e) for any of these amounts v, asked of many figures e: of amounts that are not dates, the
 * first half (an amount taken as approximate is a point) is an overlap, and so is the second when e is a point
 * (values.ts overlapsAny: a few of the amounts read, not all); else each amount is asked (a claim of a bound agreed
 * with 330 amounts in a bucket of 5,100 values at 10,000 articles: 1.7 million questions, over a second).
 */
function bridgesTo(vias: EquivalentFigure[]): (e: EquivalentFigure) => boolean {
  if (vias.some((v) => v.kind === 'date')) return (e) => vias.some((v) => viaAgrees(v, e));
  const approx = overlapsAny(
    vias.map((v) => {
      let a = approximate.get(v);
      if (!a) approximate.set(v, (a = { ...v, qualifier: 'approx' }));
      return intervalOf(a);
    }),
  );
  const within = overlapsAny(vias.map(intervalOf));
  return (e) => {
    if (e.kind === 'date') return vias.some((v) => viaAgrees(v, e));
    const iv = intervalOf(e);
    if (approx(iv)) return true;
    return iv.shape === 'point' ? within(iv) : vias.some((v) => intervalsAgree(iv, intervalOf(v)));
  };
}

/** A stated equivalence as a bridge to another unit: its source and its amount in that unit. */
interface Via {
  source: number;
  fig: EquivalentFigure;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => '\\' + m);

/** Lower than the lowest word-share bar judge/quotes.ts applies (CLOSE, PART), by a rounding margin: a superset. */
const QUOTE_MIN = 0.5 - 1e-9,
  QUOTE_PART = 0.75 - 1e-9;

/** A claim figure's side of similarityTo() as the store's queries take it: its terms, and which to search by. */
interface ClaimQuery {
  term: string[];
  wc: number[];
  idf: number[];
  co: boolean[];
  search: boolean[];
  whole: number;
}

/** The claim's terms as a table q(term, wc, idf, co, search), from parameters $2 … $6. */
const CLAIM_TERMS = `q AS (SELECT * FROM unnest($2::text[], $3::float8[], $4::float8[], $5::bool[], $6::bool[]) AS q(term, wc, idf, co, search))`;
/**
 * similarityTo() of a source figure, summed over its postings ft (a subject's: xref_subject_terms) joined to q, the
 * claim's whole in parameter $w; then, a source's best, on a grid of 1e-9 (grid, which keeps the order): the server
 * sums in the order its plan reads the postings, and sources tied to the last bit must stay tied, in corpus order,
 * whatever the plan (a subject's terms and a figure's, summed in another order, differ by 1e-15 or so).
 */
const rawScore = (w: string) => `(CASE WHEN ${w} + sum(CASE WHEN q.co THEN q.wc * q.idf ELSE 0 END) > 0
    THEN sum(least(q.wc, ft.weight) * q.idf) / (${w} + sum(CASE WHEN q.co THEN q.wc * q.idf ELSE 0 END)) ELSE 0 END)`;
const grid = (x: string) => `(ceil((${x} - 1e-12)::numeric * 1e9) / 1e9)::float8`;
const claimParams = (q: ClaimQuery) => [q.term, q.wc, q.idf, q.co, q.search];
/**
 * The closest sources (NEAR_SOURCES) of those stating a value in bucket b that agrees with the claim (`accept`,
 * asked once a value) and sharing a term with it, best score first, then corpus order; and the closest sources
 * (CLOSEST_SOURCES) of any value, of the figures of the claim's units with a term it searches by (not too common in
 * the bucket). Figures are scored by their subject (xref_subjects: figures of one subject score alike), each subject
 * that shares a term with the claim once, in memory from the claim's terms' postings among the bucket's subjects
 * (fetchPostings, scoreSubjects). A subject's figures give their sources in corpus order, the first
 * few (xref_figures_subject): a source further down a subject's list has as many sources before it, as close and
 * earlier, so it cannot be among the closest by that subject. The agreeing figures (the values that agree, `ids`) are
 * read by value when few (xref_figures_value), else subject by subject with the subject's figures. The same sources
 * as scoring every figure: `perFigure` does (the tests compare).
 */
async function figureSources(
  c: Reader,
  b: string,
  units: string[],
  ids: number[],
  q: ClaimQuery,
  postings: number,
  costs: Costs,
  figures: number,
  lists: Postings,
): Promise<{ near: { id: number }[]; closest: { id: number }[] }> {
  if (costs.perFigure) return figureSourcesPerFigure(c, b, units, ids, q);
  const scored = scoreSubjects(lists, b, units, q);
  // By value when scoring the agreeing figures one by one reads less than the claim's terms' postings (counted
  // only as far as that choice needs, enoughFigures): a claim of a precise value agrees with a few figures, and
  // the subjects would read every figure of every subject to find them; a bound stated vaguely agrees with
  // thousands of values (at 100,000 generated articles 4,550 values had 222,000 figures), whose first sources
  // the best subjects give at once.
  const byValue = ids.length > 0 && lookupCost(figures, costs.lookup) < postings;
  let near: { id: number }[] = [];
  if (byValue) {
    const best = new Map<number, number>();
    const rows = (
      await c.query('SELECT subject, source FROM xref_figures WHERE value = ANY($1::int[]) AND subject IS NOT NULL', [
        intArray(ids),
      ])
    ).rows as { subject: number; source: number }[];
    const grids = scored.grids(new Set(rows.map((r) => r.subject)));
    for (const r of rows) {
      const g = grids.get(r.subject);
      if (g !== undefined && !(g <= (best.get(r.source) ?? -Infinity))) best.set(r.source, g);
    }
    near = closestOf(best, NEAR_SOURCES);
  } else if (ids.length) near = await walkSubjects(c, scored.all, ids, NEAR_SOURCES, costs.pairs, costs.bigStep);
  const closest = await walkSubjects(c, scored.found, undefined, CLOSEST_SOURCES, costs.pairs, costs.bigStep);
  return { near, closest };
}

/** Per bucket and term, its postings among the bucket's subjects (xref_subject_terms), one list a unit. */
type Postings = Map<string, PostingList[]>;
interface PostingList {
  unit: string;
  subject: Int32Array;
  weight: Float64Array;
  /** The largest subject id. */
  top: number;
  bytes: number;
}
const postingKey = (b: string, t: string) => `${b}\0${t}`;

/**
 * The postings of these (bucket, term) pairs, in one query: each (bucket, term, unit) list as one bytea of
 * (subject int4, weight float8) pairs, read from xref_subject_terms_search alone. A check scores its claims' subjects
 * from them in memory (scoreSubjects): the pairs of a check overlap (a claim's terms in its bucket, 126 pairs for the
 * 43 searches of the 100-line generated report), so each posting is read once a check, not once a search, and
 * kept (Answers) for the next checks while the store is as it was.
 */
async function fetchPostings(
  client: Send,
  pairs: [string, string][],
  stats: FetchStats,
  kept?: Answers,
): Promise<Postings> {
  const out: Postings = new Map();
  const missing: [string, string][] = [];
  for (const [b, t] of pairs) {
    const had = kept?.postings(postingKey(b, t));
    if (had) out.set(postingKey(b, t), had);
    else missing.push([b, t]);
  }
  if (!missing.length) return out;
  for (const k of missing) out.set(postingKey(...k), []);
  stats.queries.sent++;
  for (const r of (
    await client(
      `SELECT p.i::int AS i, x.unit, x.a FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS p(bucket, term, i)
      CROSS JOIN LATERAL (SELECT unit, string_agg(int4send(subject) || float8send(weight), ''::bytea) AS a
        FROM xref_subject_terms WHERE bucket = p.bucket AND term = p.term GROUP BY unit) x`,
      [missing.map((x) => x[0]), missing.map((x) => x[1])],
    )
  ).rows as { i: number; unit: string; a: Buffer }[]) {
    const n = r.a.length / 12;
    const subject = new Int32Array(n),
      weight = new Float64Array(n);
    let top = 0;
    for (let j = 0; j < n; j++) {
      top = Math.max(top, (subject[j] = r.a.readInt32BE(12 * j)));
      weight[j] = r.a.readDoubleBE(12 * j + 4);
    }
    out.get(postingKey(...missing[r.i - 1]))!.push({ unit: r.unit, subject, weight, top, bytes: 12 * n });
  }
  if (kept) for (const k of missing) kept.keepPostings(postingKey(...k), out.get(postingKey(...k))!);
  return out;
}

/**
 * The subjects of a bucket that share a term with the claim, scored as similarityTo() scores them (the SQL of
 * figureSourcesPerFigure, rawScore, in the same order of terms): all of them, and those found (sharing a term the
 * claim searches by, in one of its units); a score is put on the grid of 1e-9 (gridOf) to rank sources.
 */
interface Scored {
  all: Subjects;
  found: Subjects;
  /** Of these subjects, those scored: their score on the grid. */
  grids(subjects: Set<number>): Map<number, number>;
}
interface Subjects {
  subject: Int32Array;
  score: Float64Array;
}
function scoreSubjects(lists: Postings, b: string, units: string[], q: ClaimQuery): Scored {
  const ok = new Set(units);
  let cap = 0,
    top = 0;
  for (const t of q.term)
    for (const l of lists.get(postingKey(b, t)) ?? []) {
      cap += l.subject.length;
      top = Math.max(top, l.top);
    }
  // Typed arrays, a subject's slot (1-based) by its id: at 100,000 articles a search scores up to 130,000 subjects.
  // Scratch, grown as needed and used within this call only (20 checks at once in one process allocated them
  // afresh 43 times a check each); the slots taken are cleared at the end.
  if (scratch.slot.length < top + 1) scratch.slot = new Int32Array(Math.max(top + 1, 2 * scratch.slot.length));
  if (scratch.subject.length < cap) {
    const m = Math.max(cap, 2 * scratch.subject.length);
    scratch.subject = new Int32Array(m);
    scratch.num = new Float64Array(m);
    scratch.den = new Float64Array(m);
    scratch.flags = new Uint8Array(m);
  }
  const { slot, subject, num, den, flags } = scratch;
  let n = 0;
  for (let i = 0; i < q.term.length; i++) {
    const wc = q.wc[i],
      idf = q.idf[i],
      co = q.co[i] ? wc * idf : 0,
      search = q.search[i] ? 1 : 0;
    for (const l of lists.get(postingKey(b, q.term[i])) ?? []) {
      const unit = ok.has(l.unit) ? 2 : 0;
      const ls = l.subject,
        lw = l.weight;
      for (let j = 0; j < ls.length; j++) {
        const s = ls[j],
          x = Math.min(wc, lw[j]) * idf;
        const k = slot[s] - 1;
        if (k < 0) {
          slot[s] = n + 1;
          subject[n] = s;
          num[n] = x;
          den[n] = co;
          flags[n++] = search | unit;
        } else {
          num[k] += x;
          den[k] += co;
          flags[k] |= search | unit;
        }
      }
    }
  }
  const all = { subject: subject.slice(0, n), score: new Float64Array(n) };
  let nf = 0;
  for (let k = 0; k < n; k++) {
    slot[subject[k]] = 0;
    const d = q.whole + den[k];
    all.score[k] = d > 0 ? num[k] / d : 0;
    if (flags[k] === 3) nf++;
  }
  const found = { subject: new Int32Array(nf), score: new Float64Array(nf) };
  for (let k = 0, m = 0; k < n; k++)
    if (flags[k] === 3) {
      found.subject[m] = subject[k];
      found.score[m++] = all.score[k];
    }
  return {
    all,
    found,
    grids(want) {
      const out = new Map<number, number>();
      for (let k = 0; k < n; k++) if (want.has(all.subject[k])) out.set(all.subject[k], gridOf(all.score[k]));
      return out;
    },
  };
}
const scratch = {
  slot: new Int32Array(0),
  subject: new Int32Array(0),
  num: new Float64Array(0),
  den: new Float64Array(0),
  flags: new Uint8Array(0),
};

/**
 * grid() in SQL, (ceil((x - 1e-12)::numeric * 1e9) / 1e9)::float8, worked out as the server does: the float8 taken
 * to numeric at 15 significant digits, then exact decimal arithmetic.
 */
export function gridOf(x: number): number {
  const y = x - 1e-12;
  if (y === 0 || !Number.isFinite(y)) return y === 0 ? 0 : y;
  // Away from a step (y at 15 digits moves y × 1e9 by 1e-6 at most, for y below 1000), as in floating point.
  const t = y * 1e9,
    up = Math.ceil(t);
  if (Math.abs(y) < 1000 && up - t > 1e-5 && t - (up - 1) > 1e-5) return (up === 0 ? 0 : up) / 1e9;
  const [m, e] = y.toExponential(14).split('e');
  // y = D × 10^(E − 14), D an integer of 15 digits; ceil(y × 1e9) = ceil(D × 10^(E − 5)).
  const D = Number(m.replace('.', '')),
    E = Number(e) - 5;
  let q: number;
  if (E >= 0) q = D * 10 ** E;
  else if (E < -15) q = D > 0 ? 1 : 0;
  else {
    const p = 10 ** -E;
    q = Math.floor(D / p);
    if (q * p > D) q--;
    if (q * p < D) q++;
  }
  return (q === 0 ? 0 : q) / 1e9;
}

/** The `n` sources ranked first of these (source, best score on the grid): best score first, then corpus order. */
function closestOf(best: Map<number, number>, n: number): { id: number }[] {
  return [...best]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, n)
    .map(([id]) => ({ id }));
}

/**
 * The `n` sources ranked first (closestOf) among these subjects' figures (of the values `ids` only, when given),
 * read from the best subjects down: a subject's figures score alike, and give their first `n` sources in corpus
 * order (xref_figures_subject; a source further down a subject's list has `n` before it as close and earlier).
 * Subjects are read a whole grid step at a time (those tied on the grid), the first `first` best and more (×8)
 * while fewer than `n` sources are found: once `n` are, a subject further down is less close than each of them.
 */
async function walkSubjects(
  c: Reader,
  list: Subjects,
  ids: number[] | undefined,
  n: number,
  first: number,
  bigStep: number,
): Promise<{ id: number }[]> {
  const best = new Map<number, number>();
  let done = 0;
  for (let want = Math.max(1, first); ; want *= 8) {
    const at = bestSubjects(list, want);
    const order = at.map((i) => list.subject[i]);
    // The subjects not read yet, by grid step (group): each step's first n sources in corpus order.
    const groups: number[] = [],
      grids: number[] = [];
    for (let i = done; i < order.length; i++) {
      const g = gridOf(list.score[at[i]]);
      if (g !== grids[grids.length - 1]) grids.push(g);
      groups.push(grids.length - 1);
    }
    const sources: number[][] = grids.map(() => []);
    // A step of many subjects (at 100,000 articles 13,000 to 78,000 tied at the top) is read in corpus order, its
    // subjects a set (xref_figures_pkey, ended at the n-th source: half the time of a lookup a subject); the others
    // a subject at a time, all in one query.
    const size = grids.map(() => 0);
    for (const g of groups) size[g]++;
    const small: number[] = [],
      smallGroups: number[] = [];
    for (let i = 0; i < groups.length; i++)
      if (size[groups[i]] <= bigStep) {
        small.push(order[done + i]);
        smallGroups.push(groups[i]);
      }
    if (small.length)
      for (const r of (
        await c.query(
          `SELECT g, source FROM (SELECT s.g, f.source, dense_rank() OVER (PARTITION BY s.g ORDER BY f.source) AS r
            FROM unnest($1::int[], $2::int[]) AS s(subject, g) CROSS JOIN LATERAL (SELECT DISTINCT x.source
              FROM xref_figures x WHERE x.subject = s.subject${ids ? ' AND x.value = ANY($4::int[])' : ''}
              ORDER BY x.source LIMIT $3) f) y
          WHERE r <= $3 GROUP BY g, source ORDER BY g, source`,
          ids
            ? [intArray(small), intArray(smallGroups), n, intArray(ids)]
            : [intArray(small), intArray(smallGroups), n],
        )
      ).rows as { g: number; source: number }[])
        sources[r.g].push(r.source);
    for (const [k, m] of size.entries()) {
      if (m <= bigStep) continue;
      const step = order.slice(done).filter((_, i) => groups[i] === k);
      sources[k] = (
        await c.query(
          `SELECT DISTINCT source FROM xref_figures WHERE subject = ANY($1::int[])${ids ? ' AND value = ANY($3::int[])' : ''}
          ORDER BY source LIMIT $2`,
          ids ? [intArray(step), n, intArray(ids)] : [intArray(step), n],
        )
      ).rows.map((r) => r.source as number);
    }
    for (const [k, g] of grids.entries()) {
      if (best.size >= n) return closestOf(best, n);
      for (const s of sources[k]) if (!best.has(s)) best.set(s, g);
    }
    done = order.length;
    if (best.size >= n || done === list.subject.length) return closestOf(best, n);
  }
}

/**
 * How many searches of a check's claims are under way at once (fetchFor): each holds its scored subjects (up to
 * 130,000 at 100,000 articles, 3 MB) until its sources are read.
 */
const SEARCHES_AHEAD = 4;

/** A grid step of more subjects than this is read in corpus order rather than a subject at a time (walkSubjects). */
const BIG_STEP = 2000;

/**
 * The places in this list of its subjects best first, as far as the `want`-th and every subject tied with it on the grid (so
 * the list ends with a whole grid step): those above a score found by selection, then sorted.
 */
function bestSubjects(list: Subjects, want: number): number[] {
  const n = list.subject.length;
  let idx: number[];
  if (want >= n) idx = Array.from({ length: n }, (_, i) => i);
  else {
    const cut = kthLargest(list.score, want);
    const g = gridOf(cut);
    idx = [];
    for (let i = 0; i < n; i++) {
      const x = list.score[i];
      if (x >= cut || (x >= cut - 4e-9 && gridOf(x) === g)) idx.push(i);
    }
  }
  idx.sort((a, b) => list.score[b] - list.score[a]);
  return idx;
}

/** The k-th largest of these numbers (1-based), by selection. */
function kthLargest(xs: Float64Array, k: number): number {
  const a = Float64Array.from(xs);
  let lo = 0,
    hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo,
      j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target];
  }
  return a[target];
}

/**
 * figureSources() scoring every figure from its own postings (xref_figure_terms), not once a subject: what the
 * tests compare the subjects' answer with (at 100,000 generated articles one such scan took 1.5 to 5 s).
 */
async function figureSourcesPerFigure(
  c: Reader,
  b: string,
  units: string[],
  ids: number[],
  q: ClaimQuery,
): Promise<{ near: { id: number }[]; closest: { id: number }[] }> {
  const rows = (
    await c.query(
      `WITH ${CLAIM_TERMS},
      s AS (SELECT ft.source, ft.fig, bool_or(q.search) AND ft.unit = ANY($10) AS found, ${rawScore('$7')} AS score
        FROM xref_figure_terms ft JOIN q ON q.term = ft.term WHERE ft.bucket = $9 GROUP BY ft.source, ft.fig, ft.unit),
      m AS MATERIALIZED (SELECT s.source, s.found, a.source IS NOT NULL AS agrees, s.score FROM s
        LEFT JOIN (SELECT source, fig FROM xref_figures WHERE value = ANY($1)) a ON a.source = s.source AND a.fig = s.fig
        WHERE s.found OR a.source IS NOT NULL)
      (SELECT true AS near, source AS id FROM m WHERE agrees GROUP BY source ORDER BY ${grid('max(score)')} DESC, source LIMIT $8)
      UNION ALL
      (SELECT false, source FROM m WHERE found GROUP BY source ORDER BY ${grid('max(score)')} DESC, source LIMIT $11)`,
      [ids, ...claimParams(q), q.whole, NEAR_SOURCES, b, units, CLOSEST_SOURCES],
    )
  ).rows as { near: boolean; id: number }[];
  return { near: rows.filter((r) => r.near), closest: rows.filter((r) => !r.near) };
}

/**
 * An int[] parameter as its text, '{1,2,3}': pg's client writes each element of an array quoted and escaped one by
 * one (at 100,000 articles a check's walks and counts sent the ids of thousands of agreeing values many times: 0.3 s
 * of a fresh check's 5.5 s of CPU), and the server reads this form as it reads that one.
 */
export const intArray = (xs: readonly number[]) => `{${xs.join(',')}}`;

/** What scoring these figures one by one costs (Infinity × 0 is NaN: no figure, no lookup). */
const lookupCost = (figures: number, lookup: number) => (figures === 0 ? 0 : figures * lookup);
/**
 * How far figureSources() must count a claim's agreeing figures to choose: up to one more than the lookups that
 * cost as much as reading the postings (null: all). A count of 222,000 figures read them all from
 * xref_figures_value (1 s at 100,000 articles); the choice needs a few thousand at most.
 */
const enoughFigures = (postings: number, lookup: number) =>
  lookup > 0 && Number.isFinite(postings / lookup) ? Math.floor(postings / lookup) + 1 : null;

/** What the search for a claim's sources weighs (the tests set extremes: the sources are the same). */
interface Costs {
  /** Scoring one figure from its own postings, against reading a posting of a term (LOOKUP_COST). */
  lookup: number;
  /** Every figure scored from its own postings rather than once a subject (tests: the same sources). */
  perFigure: boolean;
  /** How many of the best subjects figureSources() reads first (then ×8 while too few sources). */
  pairs: number;
  /** A grid step of more subjects than this is read in corpus order (BIG_STEP; the tests set 0: the same sources). */
  bigStep: number;
}

/** How many of the best subjects figureSources() reads first (and those tied with the last on the grid). */
const FIRST_PAIRS = 12 * 12;

/**
 * What scoring one figure from its own postings costs, in postings read from a bucket's term list (its ~25
 * postings, and the index lookup that finds them): figureSources() weighs it against reading the claim's terms'
 * postings whole.
 */
const LOOKUP_COST = 40;

/**
 * A check's queries, all in one read-only snapshot: the same query with the same parameters is sent once and its
 * rows given again (a figure a report states twice, or two claims of one kind, unit and subject, ask the same; the
 * 100-line generated report asked 85 of its 274 queries again, 1.7 of 5.4 s at 10,000 articles). The rows of the
 * queries answered are kept for the next checks too (Answers) while the store is as it was: so a query whose rows
 * give another's parameters orders them (an order the plan chose made every later query of a check at 100,000
 * articles a new one).
 */
interface Reader {
  query(sql: string, params?: unknown[]): Promise<QueryResult>;
}
export type Send = (sql: string, params?: unknown[]) => Promise<QueryResult>;

/**
 * A connection's queries one after another, each sent as soon as the one before is answered and before whoever
 * awaits that answer goes on: so the server works on the next query (the postings, the next search's sources)
 * while this process works on the rows of the last. pg's own queue does the same, but warns that it is deprecated.
 */
export function serially(c: Pick<PoolClient, 'query'>): Send {
  const waiting: (() => void)[] = [];
  let busy = false;
  const next = () => {
    const send = waiting.shift();
    if (send) send();
    else busy = false;
  };
  return (sql, params) =>
    new Promise<QueryResult>((resolve, reject) => {
      const send = () =>
        c.query(sql, params).then(
          (r) => {
            next();
            resolve(r);
          },
          (e) => {
            next();
            reject(e);
          },
        );
      if (busy) waiting.push(send);
      else {
        busy = true;
        send();
      }
    });
}

function askedOnce(c: Send, kept?: Answers, stats?: FetchStats): Reader {
  const asked = new Map<string, Promise<QueryResult>>();
  return {
    query(sql, params = []) {
      const k = sql + '\0' + JSON.stringify(params);
      let r = asked.get(k);
      if (!r) {
        const had = kept?.get(k);
        asked.set(k, (r = had ? Promise.resolve(had) : c(sql, params)));
        if (stats) stats.queries[had ? 'kept' : 'sent']++;
        // Only what was answered is kept: a query that failed (the connection gone) is asked again next time.
        if (kept && !had)
          r.then(
            (res) => kept.set(k, res),
            () => undefined,
          );
      }
      return r;
    },
  };
}

/**
 * The store as a check's snapshot sees it, in one value that every ingest and removal changes: how many sources,
 * and of their ids and times indexed a sum of hashes and the latest (an ingest writes every source it adds or
 * updates with its transaction's time; a removal leaves fewer). The word pairs, worked out again after an ingest
 * in a transaction of their own, are read afresh every check (fetchFor).
 */
const STORE_STATE = `SELECT count(*)::text || '/' || coalesce(sum(hashtext(id::text || '@' || indexed::text)::bigint), 0)::text
    || '/' || coalesce(max(indexed)::text, '') AS state FROM xref_sources`;

type SourceRow = { id: number; key: string; file: string; body: Buffer };

/**
 * The rows of a check's queries and the sources it fetched, kept for the next checks while the store is in the
 * same state (STORE_STATE): an editor checks a report again on every edit, and most of its claims ask what they
 * asked before (the same query in the same state of the store gives the same rows). Bounded, the least recently
 * used let go first: ANSWER_ROWS rows of answers and SOURCE_BYTES bytes of stored sources at most.
 */
export class Answers {
  private readonly results = new Lru<string, QueryResult>(ANSWER_ROWS, (r) => r.rows.length + 1);
  private readonly sources = new Lru<number, SourceRow>(SOURCE_BYTES, (r) => r.body.length);
  private readonly lists = new Lru<string, PostingList[]>(POSTING_BYTES, (l) => l.reduce((n, x) => n + x.bytes, 64));
  private readonly searches = new Lru<string, SearchResult>(SEARCHES, () => 1);
  constructor(readonly state: string) {}

  get(k: string): QueryResult | undefined {
    return this.results.get(k);
  }

  set(k: string, r: QueryResult): void {
    this.results.keep(k, r);
  }

  source(id: number): SourceRow | undefined {
    return this.sources.get(id);
  }

  keep(r: SourceRow): void {
    this.sources.keep(r.id, r);
  }

  search(k: string): SearchResult | undefined {
    return this.searches.get(k);
  }

  keepSearch(k: string, r: SearchResult): void {
    this.searches.keep(k, r);
  }

  postings(k: string): PostingList[] | undefined {
    return this.lists.get(k);
  }

  keepPostings(k: string, l: PostingList[]): void {
    this.lists.keep(k, l);
  }

  /** How many answers and sources are kept (tests). */
  get size(): { answers: number; sources: number } {
    return { answers: this.results.size, sources: this.sources.size };
  }
}

/**
 * Values kept by key up to a bound on their total size (`sizeOf` each), the least recently used let go first; a value
 * larger than the bound by itself, or a key already kept, is not kept again.
 */
export class Lru<K, V> {
  private readonly m = new Map<K, V>();
  private total = 0;
  constructor(
    private readonly bound: number,
    private readonly sizeOf: (v: V) => number,
  ) {}

  get size(): number {
    return this.m.size;
  }

  /** The value kept for `k`, now the most recently used. */
  get(k: K): V | undefined {
    const v = this.m.get(k);
    if (v) {
      this.m.delete(k);
      this.m.set(k, v);
    }
    return v;
  }

  keep(k: K, v: V): void {
    const size = this.sizeOf(v);
    if (this.m.has(k) || size > this.bound) return;
    this.m.set(k, v);
    this.total += size;
    for (const [old, x] of this.m) {
      if (this.total <= this.bound) break;
      this.m.delete(old);
      this.total -= this.sizeOf(x);
    }
  }
}
/**
 * What Answers keeps at most: rows of answers (the 100-line generated report at 100,000 articles asks about 270,000:
 * the list of keys, for a key no source has, 100,000; the values in reach of its claims 128,000), and bytes of
 * stored sources (its 436 sources: about 5 MB).
 */
const ANSWER_ROWS = 500_000,
  SOURCE_BYTES = 64 << 20;
/** What Answers keeps at most of the postings fetched (fetchPostings): the 100-line generated report's, 20 MB. */
const POSTING_BYTES = 64 << 20;
/** What Answers keeps at most of the searches' sources (figureSources): the 100-line generated report makes 43. */
const SEARCHES = 10_000;
type SearchResult = { near: { id: number }[]; closest: { id: number }[] };

/** Per other unit, the stated equivalences (their source, and their amount in that unit) that bridge a claim to it. */
type Vias = Map<string, Via[]>;
/** Per bucket a claim is searched in, the units a figure there must have and the reach of the values that may agree. */
type Buckets = Map<string, { units: string[]; lo: number; hi: number }>;

/** A claim figure's search in one bucket: its units, the reach of its values, its terms, and the postings they have there. */
interface Search {
  f: Figure;
  b: string;
  units: string[];
  lo: number;
  hi: number;
  claim: ClaimQuery;
  read: number;
  bridges?: Via[];
}

/** What agrees() and reach() read of a claim figure, with its kind and unit: claims alike in it agree with the same values. */
const valueKey = (f: Figure) =>
  [f.kind, f.unit, f.value, f.low ?? '', f.high ?? '', f.precision, f.qualifier, f.text].join('\0');

async function fetchFor(
  client: PoolClient,
  w: Wants,
  engine: EngineState,
  stats: FetchStats,
  costs: Costs,
  kept?: Answers,
): Promise<Corpus> {
  const send = serially(client);
  const c = askedOnce(send, kept, stats);
  // Runs outside any check: the ids it makes in the engine's table are permanent, never scratch.
  const table = engine.subjects.terms;
  const ids = new Set<number>();
  const add = (rows: { id: number }[], way: string) => {
    let n = 0;
    for (const r of rows) if (!ids.has(r.id) && ids.add(r.id)) n++;
    stats.by[way] = (stats.by[way] ?? 0) + n;
  };

  // Cited keys, and for a key no source has, the sources of the keys the check would suggest instead.
  if (w.keys.size) {
    const keys = [...w.keys];
    const lower = keys.map((k) => k.toLowerCase());
    const rows = (await c.query('SELECT id, key FROM xref_sources WHERE key = ANY($1) OR key = ANY($2)', [keys, lower]))
      .rows;
    add(rows, 'citations');
    const have = new Set(rows.map((r) => r.key as string));
    const unknown = keys.filter((k) => !have.has(k) && !have.has(k.toLowerCase()));
    if (unknown.length) {
      const all = (await c.query('SELECT key FROM xref_sources ORDER BY id')).rows.map((r) => r.key as string);
      const suggested = new Set(unknown.flatMap((k) => suggestKeysAmong(all, k)));
      if (suggested.size)
        add(
          (await c.query('SELECT id FROM xref_sources WHERE key = ANY($1)', [[...suggested]])).rows,
          'suggested keys',
        );
    }
  }
  let selfHeld = false;
  // The report's own source, when the store holds it (never its evidence: it must be known to be left out).
  if (w.paths.size) {
    const paths = [...new Set([...w.paths].flatMap((p) => [path.resolve(p), realPath(p)]))];
    const rows = (await c.query('SELECT id FROM xref_sources WHERE file = ANY($1)', [paths])).rows;
    add(rows, 'the report itself');
    selfHeld = rows.length > 0;
  }

  // Figures: the whole corpus's weights of the claims' terms and the postings too common to search by; then per
  // claim and bucket (its own kind and unit, and another currency through a stated equivalence), the source
  // figures a search by its other terms finds (judge/figures.ts candidates()), scored as similarityTo() scores
  // them. Of those, the closest sources with a value the claim's could agree with (reach(): support is
  // decided by them), and the closest of any value (the versions a mismatch names): a bounded number each.
  const claimTerms = new Set<string>();
  for (const f of w.figures) for (const t of w.terms.get(f)!) claimTerms.add(t.name);
  const money = [...new Set(w.figures.filter((f) => f.kind === 'money').map((f) => f.unit))];
  const eqFigs = new Map<string, EquivalentFigure>();
  const parsed = (json: string) => {
    let fig = eqFigs.get(json);
    if (!fig) eqFigs.set(json, (fig = JSON.parse(json) as EquivalentFigure));
    return fig;
  };
  // The stated equivalences whose amount in a claim's unit agrees with the claim: agrees() asked once a distinct
  // amount and claim value (a report states a value many times; the store states an amount in many sources), then
  // only the equivalences of the amounts that agree are read, in corpus order.
  const amounts = money.length
    ? ((
        await c.query(
          'SELECT DISTINCT unit, figure FROM xref_equivalences WHERE unit = ANY($1) ORDER BY unit, figure',
          [money],
        )
      ).rows as {
        unit: string;
        figure: string;
      }[])
    : [];
  const agreeingAmounts = new Map<string, Set<string>>();
  for (const f of w.figures) {
    if (f.kind !== 'money' || agreeingAmounts.has(valueKey(f))) continue;
    agreeingAmounts.set(
      valueKey(f),
      new Set(amounts.filter((r) => r.unit === f.unit && agreesOnce(f, parsed(r.figure))).map((r) => r.figure)),
    );
  }
  const wanted = [...new Set([...agreeingAmounts.values()].flatMap((x) => [...x]))];
  const equivalences = wanted.length
    ? (
        await c.query(
          'SELECT source, unit, other, figure, other_figure, other_lo, other_hi FROM xref_equivalences WHERE unit = ANY($1) AND figure = ANY($2) ORDER BY source, idx',
          [money, wanted],
        )
      ).rows
    : [];
  /** Per money claim, by other unit: the stated equivalences whose amount agrees with it, in corpus order. */
  const viasOf = new Map<Figure, Vias>();
  /** Per claim figure, the buckets to search: the units a figure there must have, and the reach of the values that may agree. */
  const bucketsOf = new Map<Figure, Buckets>();
  // Both are the same for claims of one value (valueKey): worked out once.
  const ofValue = new Map<string, [Vias | undefined, Buckets]>();
  for (const f of w.figures) {
    const same = ofValue.get(valueKey(f));
    if (same) {
      if (same[0]) viasOf.set(f, same[0]);
      bucketsOf.set(f, same[1]);
      continue;
    }
    const b: Buckets = new Map();
    if (!(f.kind === 'count' && f.unit === 'count')) {
      const [lo, hi] = reach(f);
      const units =
        f.kind === 'count' && (f.unit === 'places' || f.unit === 'companies') ? ['places', 'companies'] : [f.unit];
      b.set(bucketKey(f.kind, f.unit), { units, lo, hi });
    }
    if (f.kind === 'money') {
      // Another currency through an amount a source states as equal to one that agrees with the claim. Which of
      // those sources to fetch is known once the figures they could bridge to are (below).
      const byUnit: Vias = new Map();
      viasOf.set(f, byUnit);
      const agreeing = agreeingAmounts.get(valueKey(f))!;
      for (const r of equivalences) {
        if (r.unit !== f.unit || !agreeing.has(r.figure)) continue;
        let vias = byUnit.get(r.other);
        if (!vias) byUnit.set(r.other, (vias = []));
        vias.push({ source: r.source, fig: parsed(r.other_figure) });
        const k = bucketKey('money', r.other);
        const o = b.get(k);
        if (o) {
          o.lo = Math.min(o.lo, r.other_lo);
          o.hi = Math.max(o.hi, r.other_hi);
        } else b.set(k, { units: [r.other], lo: r.other_lo, hi: r.other_hi });
      }
    }
    bucketsOf.set(f, b);
    ofValue.set(valueKey(f), [viasOf.get(f), b]);
  }
  const buckets = [...new Set([...bucketsOf.values()].flatMap((b) => [...b.keys()]))];
  /** Per claim and other currency searched, the bridging equivalences and the sources its searches there found. */
  const bridged: { vias: Via[]; unit: string; sources: { id: number }[] }[] = [];
  const terms = [...claimTerms];
  const common = new Map<string, Set<number>>(buckets.map((b) => [b, new Set<number>()]));
  let total = 0;
  const df = new Map<string, number>();
  if (terms.length) {
    total = Number((await c.query('SELECT coalesce(sum(n), 0)::bigint AS n FROM xref_buckets')).rows[0].n);
    for (const r of (
      await c.query('SELECT term, sum(n)::bigint AS n FROM xref_bucket_terms WHERE term = ANY($1) GROUP BY term', [
        terms,
      ])
    ).rows)
      df.set(r.term, Number(r.n));
  }
  if (buckets.length && terms.length) {
    // Per bucket and claim term, how many figures there name it (its postings): whether it is too common to search
    // by, and what reading its postings costs (figureSources, closestSources).
    const postings = new Map<string, number>();
    for (const r of (
      await c.query(
        `SELECT bt.bucket, bt.term, bt.n, b.n AS total FROM xref_bucket_terms bt JOIN xref_buckets b ON b.bucket = bt.bucket
       WHERE bt.bucket = ANY($1) AND bt.term = ANY($2)`,
        [buckets, terms],
      )
    ).rows) {
      postings.set(`${r.bucket}\0${r.term}`, r.n);
      if (r.total > MIN_COMMON_BUCKET && r.n > COMMON * r.total) common.get(r.bucket)!.add(table.id(r.term));
    }
    // The values that agree with a claim in a bucket, once per claim value, bucket and reach.
    const accepted = new Map<string, number[]>();
    /** Each claim figure's search in a bucket whose terms are not all too common there, in claim order. */
    const searches: Search[] = [];
    // idf as TermWeights has it, with the whole corpus's counts.
    const idf = (t: string) => Math.log(1 + (total + 1) / ((df.get(t) ?? 0) + 1));
    for (const [f, bs] of bucketsOf) {
      // The claim's side of similarityTo(): which terms count, their idf, and the whole it is a share of.
      const q = { term: [] as string[], wc: [] as number[], idf: [] as number[], co: [] as boolean[] };
      let whole = 0,
        around = 0;
      for (const t of w.terms.get(f)!) {
        // A content word no source figure is about tells nothing apart (its spellings in the other script aside).
        if (t.name.includes(':') && !(df.get(t.name) ?? 0)) continue;
        const co = t.name.startsWith('#') || t.context;
        const x = idf(t.name);
        if (!co) whole += t.weight * x;
        else if (t.context) around += t.weight * x;
        q.term.push(t.name);
        q.wc.push(t.weight);
        q.idf.push(x);
        q.co.push(co);
      }
      if (whole === 0 && around > 0) {
        whole = around;
        q.co = q.co.map((co, i) => co && !w.terms.get(f)!.find((t) => t.name === q.term[i])!.context);
      }
      for (const [b, { units, lo, hi }] of bs) {
        const search = q.term.map((t) => !common.get(b)!.has(table.id(t)));
        if (!search.some(Boolean)) continue;
        const claim: ClaimQuery = { ...q, search, whole };
        const read = claim.term.reduce((n, t) => n + (postings.get(`${b}\0${t}`) ?? 0), 0);
        // In another currency: the equivalences that bridge the claim to it.
        const bridges = b === bucketKey(f.kind, f.unit) ? undefined : (viasOf.get(f)?.get(units[0]) ?? []);
        // In its own unit, only the values whose reach agreeWindow() leaves could agree with the claim: the query
        // below reads those (at 100,000 generated articles the reaches alone gave 128,000 values, 12.8 MB of text).
        const [low, high] = bridges ? [null, null] : agreeWindow(f);
        searches.push({
          f,
          b,
          units,
          lo: low === null ? lo : Math.max(lo, low),
          hi: high === null ? hi : Math.min(hi, high),
          claim,
          read,
          bridges,
        });
      }
    }
    // Of the figures whose values are near, those that agree: with the claim, or in another currency with an
    // amount a source states as equal to one that does (judge/figures.ts viaAgrees). Found by any term they
    // share, common or not: a Korean article's 20만 개의 일자리 shares only 트럼프 and 일자리 (both common) with
    // "Trump predicted 200,000 new jobs" and the rest through words linked by sound, which the store does
    // not search by; whether it supports is the judge's to say. agrees() is asked once a value the store
    // holds in reach, not once a figure; then only the figures of the values that agree are scored. The values
    // in reach of every search come in one query (one round trip, not one a claim and bucket).
    const reachKey = (x: Search) => [x.b, x.units.join(','), x.lo, x.hi].join('\0');
    const reaches = [...new Map(searches.map((x) => [reachKey(x), x])).values()];
    const inReach = new Map<string, { id: number; figure: string }[]>(reaches.map((x) => [reachKey(x), []]));
    const valuesAsked = reaches.length
      ? c.query(
          `SELECT x.i::int AS i, v.id, v.figure FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[])
            WITH ORDINALITY AS x(b, u, lo, hi, i)
          CROSS JOIN LATERAL (SELECT id, figure FROM xref_values
            WHERE bucket = x.b AND unit = ANY(x.u::text[]) AND lo <= x.hi AND hi >= x.lo) v ORDER BY x.i, v.id`,
          [
            reaches.map((x) => x.b),
            reaches.map((x) => arrayLiteral(x.units)),
            reaches.map((x) => x.lo),
            reaches.map((x) => x.hi),
          ],
        )
      : undefined;
    // The postings of every search's terms in its bucket, each once (fetchPostings), asked right behind the values:
    // the server reads them (about a second at 100,000 articles) while this process asks agrees() of the values.
    // The queries still run one after another on the one connection, in its snapshot (serially).
    const postingsAsked: Promise<Postings> = costs.perFigure
      ? Promise.resolve(new Map())
      : fetchPostings(
          send,
          [
            ...new Map(
              searches.flatMap((x) => x.claim.term.map((t) => [postingKey(x.b, t), [x.b, t] as [string, string]])),
            ).values(),
          ],
          stats,
          kept,
        );
    // Awaited below; a failure meanwhile (the connection gone) is the values' to report first.
    postingsAsked.catch(() => undefined);
    if (valuesAsked)
      for (const r of (await valuesAsked).rows as { i: number; id: number; figure: string }[])
        inReach.get(reachKey(reaches[r.i - 1]))!.push(r);
    const idsOf = searches.map((x) => {
      const k = [valueKey(x.f), reachKey(x)].join('\0');
      let ids = accepted.get(k);
      if (!ids) {
        const vias = x.bridges && distinctVias(x.bridges);
        const bridge = vias && bridgesTo(vias);
        const accept = (v: { figure: string }) => {
          const fig = parsed(v.figure);
          // A vague amount (수십만) does not vouch for a precise one.
          return !(isVague(fig) && !isVague(x.f)) && (bridge ? bridge(fig) : agreesOnce(x.f, fig));
        };
        accepted.set(
          k,
          (ids = inReach
            .get(reachKey(x))!
            .filter(accept)
            .map((v) => v.id)),
        );
      }
      return ids;
    });
    // The agreeing figures counted as far as each search's choice needs (enoughFigures), in one query.
    const counts = new Map<string, number>();
    const countKey = (ids: number[], enough: number | null) => `${enough}\0${ids.join(',')}`;
    const toCount = new Map<string, { ids: number[]; enough: number | null }>();
    searches.forEach((x, i) => {
      const enough = enoughFigures(x.read, costs.lookup);
      if (idsOf[i].length) toCount.set(countKey(idsOf[i], enough), { ids: idsOf[i], enough });
    });
    const counted = [...toCount.values()];
    if (counted.length)
      for (const r of (
        await c.query(
          `WITH v AS (SELECT i, array_agg(value) AS ids FROM unnest($1::int[], $2::int[]) AS v(i, value) GROUP BY i)
          SELECT l.i::int AS i, (SELECT count(*) FROM (SELECT 1 FROM xref_figures f WHERE f.value = ANY(v.ids) LIMIT l.n) y)::bigint AS n
          FROM unnest($3::int[], $4::int8[]) AS l(i, n) JOIN v USING (i)`,
          [
            intArray(counted.flatMap((x, i) => x.ids.map(() => i))),
            intArray(counted.flatMap((x) => x.ids)),
            intArray(counted.map((_, i) => i)),
            counted.map((x) => x.enough),
          ],
        )
      ).rows as { i: number; n: string }[])
        counts.set(countKey(counted[r.i].ids, counted[r.i].enough), Number(r.n));
    const lists = await postingsAsked;
    // A search asked before (in this check, or in the checks before while the store is as it was) is not worked
    // out again: its scoring is in memory now, not a query Answers keeps.
    const asked = new Map<string, Promise<{ near: { id: number }[]; closest: { id: number }[] }>>();
    // Up to SEARCHES_AHEAD searches are under way at once: one's subjects are scored here while the server reads
    // the sources of the one before (their queries still one after another on the connection).
    const started: Promise<SearchResult>[] = [];
    const start = (i: number) => {
      const { b, units, claim, read } = searches[i];
      const ids = idsOf[i];
      const figures = ids.length ? counts.get(countKey(ids, enoughFigures(read, costs.lookup)))! : 0;
      const k = JSON.stringify([b, units, ids, claim, read, figures]);
      let found = asked.get(k);
      if (!found) {
        const had = kept?.search(k);
        if (had) stats.queries.kept++;
        asked.set(
          k,
          (found = had ? Promise.resolve(had) : figureSources(c, b, units, ids, claim, read, costs, figures, lists)),
        );
        if (kept && !had)
          found.then(
            (r) => kept.keepSearch(k, r),
            () => undefined,
          );
      }
      // Awaited in order below; a failure of one started ahead is reported there.
      found.catch(() => undefined);
      started[i] = found;
    };
    for (let i = 0; i < Math.min(SEARCHES_AHEAD, searches.length); i++) start(i);
    for (const [i, { units, bridges }] of searches.entries()) {
      if (i + SEARCHES_AHEAD < searches.length) start(i + SEARCHES_AHEAD);
      const { near, closest } = await started[i];
      add(near, 'figures (agreeing)');
      add(closest, 'figures (closest)');
      if (bridges?.length) bridged.push({ vias: bridges, unit: units[0], sources: [...near, ...closest] });
    }
  }
  // A date in a clause about the coverage is checked against the sources' datelines: the first sources of that date.
  const dates = w.figures.filter((f) => f.kind === 'date');
  if (dates.length) {
    const all = (await c.query('SELECT DISTINCT date FROM xref_sources WHERE date IS NOT NULL ORDER BY date')).rows.map(
      (r) => r.date as string,
    );
    for (const f of dates) {
      const match = all.filter((d) => datesAgree(f.value, d));
      // Two: the first may be the report's own.
      if (match.length)
        add(
          (await c.query('SELECT id FROM xref_sources WHERE date = ANY($1) ORDER BY id LIMIT 2', [match])).rows,
          'datelines',
        );
    }
  }

  // Quotations: those that could pass the word check, those holding the report's words, and the speaker's
  // quotations in the other language (judge/quotes.ts).
  const speakers = new Map<string, { text: string; lang: Lang; source: number; file: string }[]>();
  for (const q of w.quotes) {
    const norm = normalizeQuote(q.text);
    if (norm.length === 0) continue;
    const words = quoteWords(q.text);
    const counts = new Map<string, number>();
    for (const x of words) counts.set(x, (counts.get(x) ?? 0) + 1);
    if (counts.size)
      add(
        (
          await c.query(
            `WITH m AS (SELECT w.form, sum(least(w.n, r.n))::float8 / greatest($4, w.words) AS share
                FROM xref_quote_form_words w JOIN unnest($2::text[], $3::int[]) AS r(word, n) ON w.word = r.word
                WHERE w.lang = $1 GROUP BY w.form, w.words
                HAVING w.words::bigint * $4 <= 250000 AND (sum(least(w.n, r.n))::float8 / greatest($4, w.words) >= $5
                  OR (w.words > $4 AND sum(least(w.n, r.n))::float8 / $4 >= $6)))
              SELECT f.source AS id FROM m CROSS JOIN LATERAL (SELECT DISTINCT q.source FROM xref_quotes q
                WHERE q.form = m.form ORDER BY q.source LIMIT $7) f
              GROUP BY f.source ORDER BY max(m.share) DESC, f.source LIMIT $7`,
            [q.lang, [...counts.keys()], [...counts.values()], words.length, QUOTE_MIN, QUOTE_PART, QUOTE_SOURCES],
          )
        ).rows,
        'quotes (words)',
      );
    const frags = fragments(q.text);
    if (frags.length)
      add(
        (
          await c.query(
            `SELECT DISTINCT f.source AS id FROM xref_quote_forms m CROSS JOIN LATERAL (SELECT DISTINCT q.source
                FROM xref_quotes q WHERE q.form = m.id ORDER BY q.source LIMIT $3) f
              WHERE m.lang = $1 AND m.norm LIKE $2 ORDER BY f.source LIMIT $3`,
            [q.lang, '%' + frags.map(likeEscape).join('%') + '%', QUOTE_SOURCES + 1],
          )
        ).rows,
        'quotes (fragments)',
      );
  }
  for (const q of w.quotes) {
    if (q.speakerId && !speakers.has(`${q.speakerId}\0${q.lang}`)) {
      const rows = (
        await c.query(
          `SELECT q.source, q.text, q.lang, s.file FROM xref_quotes q JOIN xref_sources s ON s.id = q.source WHERE q.speaker = $1 AND q.lang <> $2 ORDER BY q.source, q.idx`,
          [q.speakerId, q.lang],
        )
      ).rows;
      speakers.set(`${q.speakerId}\0${q.lang}`, rows);
    }
    // The quotation otherLanguage() would pick, for each file the check may leave out as the report's own.
    const rows = q.speakerId ? speakers.get(`${q.speakerId}\0${q.lang}`)! : [];
    if (rows.length) {
      const mine = new Set(findTerms(q.text, q.lang).map((h) => h.id));
      const selfFiles = [undefined, ...[...w.paths].flatMap((p) => [path.resolve(p), realPath(p)])];
      const overlap = new Map<string, number>();
      for (const self of selfFiles) {
        let best: { source: number; n: number } | undefined;
        for (const r of rows) {
          if (r.file === self) continue;
          const k = `${r.lang}\0${r.text}`;
          let n = overlap.get(k);
          if (n === undefined) overlap.set(k, (n = findTerms(r.text, r.lang).filter((h) => mine.has(h.id)).length));
          if (!best || n > best.n) best = { source: r.source, n };
        }
        if (best) add([{ id: best.source }], 'quotes (other language)');
      }
    }
  }

  // A report quotation rendering one of the other language: the quotations it may render, ranked in the store as
  // judge/crossQuotes.ts crossMatches ranks them over the whole index, with their sources (judge/quotes.ts
  // translationOf weighs the best against every rival within CROSS_MARGIN of it, and against those linking many of
  // its units).
  const crossN = new Map<Lang, number>();
  const liveForms = async (lang: Lang) => {
    let n = crossN.get(lang);
    if (n === undefined) {
      const r = await c.query(
        `SELECT count(*)::int AS n FROM xref_quote_forms f WHERE f.lang = $1 AND EXISTS (SELECT 1 FROM xref_quotes q WHERE q.form = f.id)`,
        [lang],
      );
      crossN.set(lang, (n = r.rows[0].n as number));
    }
    return n;
  };
  const learnedPairs = new Map<string, string[]>();
  for (const q of w.quotes) {
    const other: Lang = q.lang === 'ko' ? 'en' : 'ko';
    const mine = crossUnits(q.text, q.lang);
    if (!mine.keys.length && !mine.words.length) continue;
    // A word's counterparts: the word pairs the whole corpus shows (its spellings in the other script are the
    // phonetic keys' lookups).
    const unknown = mine.words.filter((x) => !learnedPairs.has(x));
    if (unknown.length) {
      for (const x of unknown) learnedPairs.set(x, []);
      for (const r of (await c.query('SELECT a, b FROM xref_word_pairs WHERE a = ANY($1) OR b = ANY($1)', [unknown]))
        .rows as { a: string; b: string }[]) {
        learnedPairs.get(r.a)?.push(r.b);
        learnedPairs.get(r.b)?.push(r.a);
      }
    }
    const lookups = lookupsOf(
      mine,
      mine.words.map((x) => learnedPairs.get(x) ?? []),
    );
    const n = await liveForms(other);
    if (!n) continue;
    // Per group the units its postings reach, scored as crossMatches pools them (one unit: the weight of the first
    // key that reaches it; more: each unit at its best key's weight, what the judge's count is near), aggregated
    // here: a key every quotation holds (the venture's name) reaches every group, and no group is sent for it.
    const rows = (
      await c.query(
        `WITH q AS (SELECT * FROM unnest($2::int[], $3::int[], $4::text[]) AS q(ord, unit, key)),
          d AS (SELECT p.key, count(*)::float8 AS df FROM xref_cross_post p
            WHERE p.lang = $1 AND p.key IN (SELECT key FROM q) AND EXISTS (SELECT 1 FROM xref_quotes x WHERE x.form = p.form)
            GROUP BY p.key),
          h AS (SELECT p.form, q.unit, q.ord, ln(($5::float8 + 1) / (d.df + 0.5)) AS idf
            FROM q JOIN d USING (key) JOIN xref_cross_post p ON p.lang = $1 AND p.key = q.key
            WHERE EXISTS (SELECT 1 FROM xref_quotes x WHERE x.form = p.form)),
          u AS (SELECT form, unit, max(idf) AS best, (array_agg(idf ORDER BY ord))[1] AS first FROM h GROUP BY form, unit),
          g AS (SELECT form, count(*) AS units, sum(best) AS score, max(first) AS first FROM u GROUP BY form),
          top AS (SELECT form FROM g ORDER BY CASE WHEN units = 1 THEN first ELSE score END DESC, form LIMIT $6),
          many AS (SELECT form FROM g WHERE units >= $7 ORDER BY score DESC, form LIMIT $6)
        SELECT form FROM top UNION SELECT form FROM many`,
        [
          other,
          lookups.map((_, i) => i),
          lookups.map(([u]) => u),
          lookups.map(([, k]) => k),
          n,
          CROSS_GROUPS,
          CROSS_MANY,
        ],
      )
    ).rows as { form: number }[];
    if (rows.length)
      add(
        (
          await c.query(
            `SELECT DISTINCT f.source AS id FROM unnest($1::int[]) AS m(form) CROSS JOIN LATERAL (SELECT DISTINCT q.source
                FROM xref_quotes q WHERE q.form = m.form ORDER BY q.source LIMIT $2) f`,
            [rows.map((r) => r.form), CROSS_SOURCES],
          )
        ).rows,
        'quotes (translated)',
      );
  }

  const decoded = new Map<number, Source>();
  const load = async () => {
    const need = [...ids].filter((id) => !decoded.has(id));
    if (!need.length) return;
    const rows: SourceRow[] = [];
    const missing: number[] = [];
    for (const id of need) {
      const r = kept?.source(id);
      if (r) rows.push(r);
      else missing.push(id);
    }
    if (missing.length) {
      stats.queries.sent++;
      for (const r of (await send('SELECT id, key, file, body FROM xref_sources WHERE id = ANY($1)', [missing]))
        .rows as SourceRow[]) {
        rows.push(r);
        kept?.keep(r);
      }
    }
    for (const r of rows) decoded.set(r.id, decodeRow(r, table));
  };
  await load();
  // A figure fetched in another currency is judged through the first equivalence (in corpus order, of those whose
  // amount in the claim's unit agrees with the claim) whose other amount agrees with the figure (judge/figures.ts);
  // it takes from that equivalence only that there is one, and whether its source is the report's own file. The
  // claim's verdict is decided by the closest figures its searches in that currency fetched (figureSources: a
  // figure an equivalence bridges agrees, so no figure of another source can be closer and agree), so only their
  // figures are bridged: when the store does not hold the report, by an equivalence already fetched that agrees if
  // there is one, else by the first, which is fetched (when it holds the report, always the first). Bridging
  // every figure fetched (for any claim) fetched 299 of 691 sources at 10,000 articles for their equivalences alone.
  const agreeingVias = new Map<object, Map<string, number[]>>();
  for (const { vias, unit, sources } of bridged) {
    let of = agreeingVias.get(vias);
    if (!of) agreeingVias.set(vias, (of = new Map()));
    for (const { id } of sources)
      for (const e of decoded.get(id)!.figures) {
        if (e.kind !== 'money' || e.unit !== unit) continue;
        const k = valueKey(e);
        let by = of.get(k);
        if (!by) of.set(k, (by = vias.filter((v) => viaAgrees(v.fig, e)).map((v) => v.source)));
        if (!by.length || (!selfHeld && by.some((x) => ids.has(x)))) continue;
        add([{ id: by[0] }], 'equivalences');
      }
  }
  await load();
  const corpus = Corpus.of(
    [...decoded].sort((a, b) => a[0] - b[0]).map(([, s]) => s),
    engine,
  );
  // The word pairs the whole corpus shows (relearnPairs), not those of the part fetched; and the whole corpus's
  // counts of the words they link the claims' words to (a claim word no source names is as rare as they are).
  const pairs = new Map<number, number[]>();
  const partners = new Set<string>();
  // Worked out again after an ingest, in a transaction of its own: never kept (STORE_STATE does not see it).
  stats.queries.sent++;
  for (const r of (await send('SELECT a, b FROM xref_word_pairs ORDER BY ord')).rows as {
    a: string;
    b: string;
  }[]) {
    linkBoth(pairs, table.id(r.a), table.id(r.b));
    if (claimTerms.has(r.a) && !df.has(r.b)) partners.add(r.b);
    if (claimTerms.has(r.b) && !df.has(r.a)) partners.add(r.a);
  }
  // …and of the other language's words the domain vocabulary pairs them with (상시 for "permanent"), as the memory
  // corpus's TermWeights.linked finds them among all its terms: the same links, with the same counts.
  const patterns = vocabPatterns(claimTerms);
  const claimList = [...claimTerms];
  if (patterns.length)
    for (const r of (await c.query('SELECT DISTINCT term FROM xref_bucket_terms WHERE term LIKE ANY($1)', [patterns]))
      .rows as { term: string }[])
      if (!df.has(r.term) && claimList.some((t) => vocabLinked(t, r.term))) partners.add(r.term);
  if (partners.size)
    for (const r of (
      await c.query('SELECT term, sum(n)::bigint AS n FROM xref_bucket_terms WHERE term = ANY($1) GROUP BY term', [
        [...partners],
      ])
    ).rows)
      df.set(r.term, Number(r.n));
  corpus.weights.setCounts(
    total,
    [...terms, ...partners].map((t) => [t, df.get(t) ?? 0]),
  );
  // The words a claim's words link to are searched by in the part loaded (figureIndex.ts candidates): too common in
  // the whole corpus's bucket, they are left out there as the memory corpus leaves them out.
  if (partners.size && buckets.length)
    for (const r of (
      await c.query(
        `SELECT bt.bucket, bt.term, bt.n, b.n AS total FROM xref_bucket_terms bt JOIN xref_buckets b ON b.bucket = bt.bucket
       WHERE bt.bucket = ANY($1) AND bt.term = ANY($2)`,
        [buckets, [...partners]],
      )
    ).rows)
      if (r.total > MIN_COMMON_BUCKET && r.n > COMMON * r.total) common.get(r.bucket)?.add(table.id(r.term));
  corpus.partOf = { common, pairs, cross: await crossCounts(c, corpus, crossN) };
  return corpus;
}

/**
 * Of the other language's quotations a report quotation may render, this many best ranked are fetched, and this many
 * of those linking CROSS_MANY of its units or more (judge/quotes.ts CROSS_MIN_LINKS: the rivals its second loop weighs).
 */
const CROSS_GROUPS = 16,
  CROSS_MANY = 3;
/** A quotation many outlets carry: its first sources this many, as for a quotation in the report's language (QUOTE_SOURCES). */
const CROSS_SOURCES = QUOTE_SOURCES;

/**
 * The whole store's counts a part ranks translated quotations by (PartOfCorpus.cross): per language its distinct
 * quotations, and how many hold each key the part's quotations post (no other key reaches a group of the part).
 */
async function crossCounts(
  c: { query: (sql: string, params?: unknown[]) => Promise<QueryResult> },
  corpus: Corpus,
  known: Map<Lang, number>,
): Promise<Partial<Record<Lang, CrossCounts>>> {
  const keys = new Map<Lang, Set<string>>();
  const seen = new Set<string>();
  for (const s of corpus.sources)
    for (const q of s.quotes) {
      const at = q.lang + '\0' + q.text;
      if (seen.has(at)) continue;
      seen.add(at);
      let ks = keys.get(q.lang);
      if (!ks) keys.set(q.lang, (ks = new Set()));
      for (const k of postingKeys(crossUnits(q.text, q.lang))) ks.add(k);
    }
  const out: Partial<Record<Lang, CrossCounts>> = {};
  for (const lang of ['en', 'ko'] as Lang[]) {
    let n = known.get(lang);
    if (n === undefined)
      n = (
        await c.query(
          `SELECT count(*)::int AS n FROM xref_quote_forms f WHERE f.lang = $1 AND EXISTS (SELECT 1 FROM xref_quotes q WHERE q.form = f.id)`,
          [lang],
        )
      ).rows[0].n as number;
    const df = new Map<string, number>();
    const ks = [...(keys.get(lang) ?? [])];
    if (ks.length)
      for (const r of (
        await c.query(
          `SELECT p.key, count(*)::int AS df FROM xref_cross_post p WHERE p.lang = $1 AND p.key = ANY($2)
            AND EXISTS (SELECT 1 FROM xref_quotes x WHERE x.form = p.form) GROUP BY p.key`,
          [lang, ks],
        )
      ).rows as { key: string; df: number }[])
        df.set(r.key, r.df);
    out[lang] = { n: n!, df };
  }
  return out;
}

/** Subtracts the sources' counts and deletes them (their postings go with them). */
async function unindex(c: PoolClient, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await c.query(
    `UPDATE xref_bucket_terms bt SET n = bt.n - p.n FROM (SELECT bucket, term, count(*) AS n FROM xref_figure_terms WHERE source = ANY($1) GROUP BY bucket, term) p
    WHERE bt.bucket = p.bucket AND bt.term = p.term`,
    [ids],
  );
  await c.query(
    `UPDATE xref_buckets b SET n = b.n - s.n FROM (SELECT bucket, sum(n) AS n FROM xref_source_buckets WHERE source = ANY($1) GROUP BY bucket) s WHERE b.bucket = s.bucket`,
    [ids],
  );
  await c.query('DELETE FROM xref_sources WHERE id = ANY($1)', [ids]);
}

/**
 * Works out the word pairs of the whole corpus (judge/wordPairs.ts learnWordPairs, here from the figures' groups and
 * clause words kept per source) into xref_word_pairs, in the order learnWordPairs gives them: by the first
 * occurrence of each pair (group by its first figure in corpus order, then Korean figure, English figure, Korean
 * word, English word). Run after every ingest and removal: a check then links the words the whole corpus links,
 * not those of the part it fetched.
 */
async function relearnPairs(c: PoolClient): Promise<void> {
  await c.query('BEGIN');
  try {
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await c.query('DELETE FROM xref_word_pairs');
    await c.query(
      `WITH g AS (
        SELECT grp, min(source::bigint * 1000000 + fig) AS at FROM xref_pair_figures GROUP BY grp
        HAVING count(*) <= $1 AND bool_or(lang = 'ko') AND bool_or(lang = 'en')),
      k AS (SELECT g.grp, g.at, f.source, f.fig, w.word, w.pos FROM g JOIN xref_pair_figures f ON f.grp = g.grp AND f.lang = 'ko',
        unnest(f.words) WITH ORDINALITY AS w(word, pos)),
      e AS (SELECT f.grp, f.source, f.fig, w.word, w.pos FROM g JOIN xref_pair_figures f ON f.grp = g.grp AND f.lang = 'en',
        unnest(f.words) WITH ORDINALITY AS w(word, pos)),
      ev AS (SELECT k.word AS a, e.word AS b, least(count(DISTINCT k.source), count(DISTINCT e.source)) AS n,
          min(ARRAY[k.at, k.source, k.fig, e.source, e.fig, k.pos, e.pos]) AS first
        FROM k JOIN e ON e.grp = k.grp AND e.source <> k.source GROUP BY k.word, e.word),
      kept AS (SELECT * FROM ev WHERE n >= $2),
      best AS (SELECT id, max(n) AS n FROM (SELECT a AS id, n FROM kept UNION ALL SELECT b, n FROM kept) x GROUP BY id)
      INSERT INTO xref_word_pairs (ord, a, b)
      SELECT row_number() OVER (ORDER BY kept.first), kept.a, kept.b FROM kept
        JOIN best ba ON ba.id = kept.a AND ba.n = kept.n JOIN best bb ON bb.id = kept.b AND bb.n = kept.n`,
      [PAIRING.maxGroup, PAIRING.minSources],
    );
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/**
 * After an ingest: the tables' statistics for the planner, and the visibility map that lets the candidate search
 * read its postings from xref_figure_terms_search alone (an index-only scan; without it every posting is a visit
 * to the table, where the rows of one term lie scattered over as many pages as sources name it).
 */
async function tidy(c: PoolClient): Promise<void> {
  await c.query(
    'VACUUM (ANALYZE) xref_figure_terms, xref_figures, xref_subjects, xref_subject_terms, xref_values, xref_sources, xref_bucket_terms, xref_buckets, xref_quote_forms, xref_quote_form_words, xref_quotes, xref_equivalences',
  );
}

/** A value in COPY's text format: NULL as \N; a backslash, tab, newline and carriage return escaped. */
type CopyValue = string | number | null | Buffer | string[];
const copyEscape = (s: string) =>
  s.replace(/[\\\t\n\r]/g, (m) => (m === '\\' ? '\\\\' : m === '\t' ? '\\t' : m === '\n' ? '\\n' : '\\r'));
/** An array's text form as PostgreSQL reads it: each element double-quoted, its quotes and backslashes escaped. */
const arrayLiteral = (xs: string[]) => '{' + xs.map((x) => '"' + x.replace(/["\\]/g, '\\$&') + '"').join(',') + '}';
function copyField(v: CopyValue): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  if (Buffer.isBuffer(v)) return '\\\\x' + v.toString('hex');
  return copyEscape(Array.isArray(v) ? arrayLiteral(v) : v);
}

/**
 * Rows into a table by COPY … FROM STDIN (pg-copy-streams): the server reads them as a file, with none of the
 * parsing of one array parameter a column that INSERT … SELECT FROM unnest($1, …) pays (at 1,000 generated articles,
 * their 430,000 figure terms took 6.6 s that way). Numbers are written as String() writes them, the shortest text
 * that reads back as the same float8, as the pg client writes a parameter. Columns are given as arrays of one length.
 */
async function copyRows(c: PoolClient, table: string, columns: Record<string, CopyValue[]>): Promise<void> {
  const names = Object.keys(columns),
    cols = Object.values(columns),
    n = cols[0].length;
  if (!n) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { from } = require('pg-copy-streams') as typeof import('pg-copy-streams');
  function* lines() {
    let chunk = '';
    for (let i = 0; i < n; i++) {
      chunk += cols.map((col) => copyField(col[i])).join('\t') + '\n';
      if (chunk.length >= 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(lines(), c.query(from(`COPY ${table} (${names.join(', ')}) FROM STDIN`)));
}

/**
 * A figure's subject as the store keeps it once (xref_subjects): the hash of its terms and weights, in order of term
 * (a subject names each term once). Figures of one subject in one bucket and unit score alike against any claim: a
 * check scores each subject once, not each figure (near-identical articles, a wire story in many outlets, state
 * the same sentence's figures again and again: at 100,000 generated articles one claim's terms reached 193,000 figures).
 */
function subjectSig(terms: [string, number][]): string {
  const sorted = terms.slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return md5Uuid(sorted.map(([t, w]) => `${t}\u0001${w}`).join('\u0002'));
}

/**
 * A quotation's form as the store keeps it once (xref_quote_forms): the hash of its normalized text and its words
 * with their counts. Quotations of one form in one language are found alike by any report quotation: a check
 * scores each form once (a quotation a wire story carries stands in every outlet that runs it: at 100,000
 * generated articles a quotation's words reached hundreds of thousands of quotations).
 */
function quoteSig(norm: string, words: number, counts: [string, number][]): string {
  const sorted = counts.slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return md5Uuid(`${norm}\u0003${words}\u0003${sorted.map(([w, n]) => `${w}\u0001${n}`).join('\u0002')}`);
}

/** The MD5 of a text as a uuid (the key of a subject or a quotation form: no accidental equality in practice). */
function md5Uuid(text: string): string {
  // (node:crypto loaded here, on first use: a check from the index cache loads none, test/unit/bundle.test.ts)
  const h = nodeCrypto().createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The first of key, key-2, key-3 … not taken (as Corpus gives keys). */
function freeKey(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

async function ingestBatch(c: PoolClient, sources: readonly Source[]): Promise<IngestResult> {
  await c.query('BEGIN');
  try {
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    const files = sources.map((s) => s.file);
    const old = new Map<string, { id: number; key: string; base: string }>();
    for (const r of (await c.query('SELECT id, file, key, base_key FROM xref_sources WHERE file = ANY($1)', [files]))
      .rows)
      old.set(r.file, { id: r.id, key: r.key, base: r.base_key });
    await unindex(
      c,
      [...old.values()].map((o) => o.id),
    );
    // Keys: a source updated under the same base key keeps its key; others get the first free one, in order.
    const bases = [...new Set(sources.map((s) => s.key))];
    const taken = new Set<string>(
      (
        await c.query(`SELECT key FROM xref_sources WHERE key = ANY($1) OR key LIKE ANY($2)`, [
          bases,
          bases.map((b) => likeEscape(b) + '-%'),
        ])
      ).rows.map((r) => r.key),
    );
    const keys: (string | undefined)[] = sources.map((s) => {
      const o = old.get(s.file);
      return o && o.base === s.key ? o.key : undefined;
    });
    for (const k of keys) if (k) taken.add(k);
    const fresh = sources.filter((s) => !old.has(s.file)).length;
    const newIds = fresh
      ? (
          await c.query('SELECT nextval($1::regclass)::int AS id FROM generate_series(1, $2)', [
            'xref_sources_id',
            fresh,
          ])
        ).rows
          .map((r) => r.id as number)
          .sort((a, b) => a - b)
      : [];
    let nextNew = 0;
    const cols = {
      id: [] as number[],
      file: [] as string[],
      key: [] as string[],
      base: [] as string[],
      date: [] as (string | null)[],
      meta: [] as string[],
      body: [] as Buffer[],
      figures: [] as number[],
      quotes: [] as number[],
    };
    const ft = {
      source: [] as number[],
      fig: [] as number[],
      bucket: [] as string[],
      unit: [] as string[],
      term: [] as string[],
      weight: [] as number[],
    };
    const sb = { source: [] as number[], bucket: [] as string[], n: [] as number[] };
    const figs = {
      source: [] as number[],
      fig: [] as number[],
      bucket: [] as string[],
      unit: [] as string[],
      figure: [] as string[],
      sig: [] as (string | null)[],
    };
    // The batch's subjects, each once (subjectSig): their bucket, unit and terms.
    const subjects = new Map<string, { bucket: string; unit: string; sig: string; terms: [string, number][] }>();
    const values = new Map<string, [string, string, string, number, number]>();
    const eq = {
      source: [] as number[],
      idx: [] as number[],
      unit: [] as string[],
      other: [] as string[],
      figure: [] as string[],
      otherFigure: [] as string[],
      lo: [] as number[],
      hi: [] as number[],
    };
    const qt = {
      source: [] as number[],
      idx: [] as number[],
      lang: [] as string[],
      norm: [] as string[],
      words: [] as number[],
      speaker: [] as (string | null)[],
      text: [] as string[],
    };
    // The batch's quotation forms, each once (quoteSig), and each quotation's.
    const forms = new Map<
      string,
      { lang: string; sig: string; norm: string; words: number; counts: [string, number][]; text: string }
    >();
    const qsig: string[] = [];
    const pf = {
      source: [] as number[],
      fig: [] as number[],
      grp: [] as string[],
      lang: [] as string[],
      words: [] as string[][],
    };
    const bucketTotals = new Map<string, number>(),
      termTotals = new Map<string, number>();
    sources.forEach((s, i) => {
      // An update keeps the source's place in the corpus order; a new source goes last.
      const id = old.get(s.file)?.id ?? newIds[nextNew++];
      const key = keys[i] ?? freeKey(s.key, taken);
      taken.add(key);
      // Term ids are of the table the source was indexed with: its subjects carry it.
      const stored = encodeEntry({ ...plainObject(s), key }, s.figures[0]?.subject.terms);
      cols.id.push(id);
      cols.file.push(s.file);
      cols.key.push(key);
      cols.base.push(s.key);
      cols.date.push(s.meta.date ?? null);
      cols.meta.push(JSON.stringify(s.meta));
      cols.body.push(stored);
      cols.figures.push(s.figures.length);
      cols.quotes.push(s.quotes.length);
      const p = postingsOf(s);
      const termsOf = new Map<number, [string, number][]>();
      for (const [fig, , , term, weight] of p.figureTerms) {
        let t = termsOf.get(fig);
        if (!t) termsOf.set(fig, (t = []));
        t.push([term, weight]);
      }
      p.figures.forEach(([bucket, unit, f, lo, hi], k) => {
        const json = JSON.stringify(f);
        const terms = termsOf.get(k);
        const sig = terms ? subjectSig(terms) : null;
        if (sig && !subjects.has(`${bucket}\0${unit}\0${sig}`))
          subjects.set(`${bucket}\0${unit}\0${sig}`, { bucket, unit, sig, terms: terms! });
        figs.source.push(id);
        figs.fig.push(k);
        figs.bucket.push(bucket);
        figs.unit.push(unit);
        figs.figure.push(json);
        figs.sig.push(sig);
        values.set(`${bucket}\0${unit}\0${json}`, [bucket, unit, json, lo, hi]);
      });
      for (const [fig, bucket, unit, term, weight] of p.figureTerms) {
        ft.source.push(id);
        ft.fig.push(fig);
        ft.bucket.push(bucket);
        ft.unit.push(unit);
        ft.term.push(term);
        ft.weight.push(weight);
      }
      for (const [bucket, term, n] of p.terms) {
        const k = `${bucket}\0${term}`;
        termTotals.set(k, (termTotals.get(k) ?? 0) + n);
      }
      for (const [bucket, n] of p.buckets) {
        sb.source.push(id);
        sb.bucket.push(bucket);
        sb.n.push(n);
        bucketTotals.set(bucket, (bucketTotals.get(bucket) ?? 0) + n);
      }
      s.figures.forEach((f, k) => {
        const g = pairingOf(f);
        if (!g) return;
        pf.source.push(id);
        pf.fig.push(k);
        pf.grp.push(g.group);
        pf.lang.push(f.lang);
        pf.words.push(g.words);
      });
      p.equivalences.forEach(([unit, other, fig, otherFig, [lo, hi]], k) => {
        eq.source.push(id);
        eq.idx.push(k);
        eq.unit.push(unit);
        eq.other.push(other);
        eq.figure.push(JSON.stringify(fig));
        eq.otherFigure.push(JSON.stringify(otherFig));
        eq.lo.push(lo);
        eq.hi.push(hi);
      });
      const countsOf = new Map<number, [string, number][]>();
      for (const [qi, word, n] of p.quoteWords) {
        let x = countsOf.get(qi);
        if (!x) countsOf.set(qi, (x = []));
        x.push([word, n]);
      }
      p.quotes.forEach(([lang, norm, words, speaker, text], qi) => {
        const counts = countsOf.get(qi) ?? [];
        const sig = quoteSig(norm, words, counts);
        if (!forms.has(`${lang}\0${sig}`)) forms.set(`${lang}\0${sig}`, { lang, sig, norm, words, counts, text });
        qsig.push(sig);
        qt.source.push(id);
        qt.idx.push(qi);
        qt.lang.push(lang);
        qt.norm.push(norm);
        qt.words.push(words);
        qt.speaker.push(speaker);
        qt.text.push(text);
      });
    });
    await copyRows(c, 'xref_sources', {
      id: cols.id,
      file: cols.file,
      key: cols.key,
      base_key: cols.base,
      date: cols.date,
      meta: cols.meta,
      body: cols.body,
      figures: cols.figures,
      quotes: cols.quotes,
    });
    await copyRows(c, 'xref_figure_terms', ft);
    await copyRows(c, 'xref_source_buckets', sb);
    // Each value once in the whole store (a value no source states any more stays: it finds no figure).
    const vs = [...values.values()];
    await c.query(
      `INSERT INTO xref_values (bucket, unit, figure, lo, hi) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[])
      ON CONFLICT (bucket, unit, figure) DO NOTHING`,
      [vs.map((v) => v[0]), vs.map((v) => v[1]), vs.map((v) => v[2]), vs.map((v) => v[3]), vs.map((v) => v[4])],
    );
    // Each subject once in the whole store, its terms with it (a subject no figure has any more stays: it finds no
    // figure); then the figures, each with its value and subject.
    const subs = [...subjects.values()];
    await c.query(
      `WITH x AS (SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::uuid[]) AS x(i, bucket, unit, sig)),
      ins AS (INSERT INTO xref_subjects (bucket, unit, sig) SELECT bucket, unit, sig FROM x
          WHERE NOT EXISTS (SELECT 1 FROM xref_subjects o WHERE o.bucket = x.bucket AND o.unit = x.unit AND o.sig = x.sig)
          ORDER BY i RETURNING id, bucket, unit, sig)
      INSERT INTO xref_subject_terms (subject, bucket, unit, term, weight)
      SELECT ins.id, ins.bucket, ins.unit, t.term, t.weight FROM ins JOIN x USING (bucket, unit, sig)
        JOIN unnest($5::int[], $6::text[], $7::float8[]) AS t(i, term, weight) ON t.i = x.i`,
      [
        subs.map((_, i) => i),
        subs.map((x) => x.bucket),
        subs.map((x) => x.unit),
        subs.map((x) => x.sig),
        subs.flatMap((x, i) => x.terms.map(() => i)),
        subs.flatMap((x) => x.terms.map(([t]) => t)),
        subs.flatMap((x) => x.terms.map(([, w]) => w)),
      ],
    );
    await c.query(
      `INSERT INTO xref_figures (source, fig, value, subject) SELECT x.s, x.f, v.id, sj.id
      FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::uuid[]) AS x(s, f, b, u, j, sig)
      JOIN xref_values v ON v.bucket = x.b AND v.unit = x.u AND v.figure = x.j
      LEFT JOIN xref_subjects sj ON sj.bucket = x.b AND sj.unit = x.u AND sj.sig = x.sig`,
      [figs.source, figs.fig, figs.bucket, figs.unit, figs.figure, figs.sig],
    );
    await copyRows(c, 'xref_equivalences', {
      source: eq.source,
      idx: eq.idx,
      unit: eq.unit,
      other: eq.other,
      figure: eq.figure,
      other_figure: eq.otherFigure,
      other_lo: eq.lo,
      other_hi: eq.hi,
    });
    // Each quotation form once in the whole store, its words with it (like the subjects); then the quotations.
    const fv = [...forms.values()];
    const formIds = new Map<string, number>();
    if (fv.length) {
      await c.query(
        `WITH x AS (SELECT * FROM unnest($1::int[], $2::text[], $3::uuid[], $4::text[], $5::int[]) AS x(i, lang, sig, norm, words)),
        ins AS (INSERT INTO xref_quote_forms (lang, sig, norm, words) SELECT lang, sig, norm, words FROM x
            WHERE NOT EXISTS (SELECT 1 FROM xref_quote_forms o WHERE o.lang = x.lang AND o.sig = x.sig)
            ORDER BY i RETURNING id, lang, sig, words)
        INSERT INTO xref_quote_form_words (form, lang, word, n, words)
        SELECT ins.id, ins.lang, t.word, t.n, ins.words FROM ins JOIN x USING (lang, sig)
          JOIN unnest($6::int[], $7::text[], $8::int[]) AS t(i, word, n) ON t.i = x.i`,
        [
          fv.map((_, i) => i),
          fv.map((x) => x.lang),
          fv.map((x) => x.sig),
          fv.map((x) => x.norm),
          fv.map((x) => x.words),
          fv.flatMap((x, i) => x.counts.map(() => i)),
          fv.flatMap((x) => x.counts.map(([w]) => w)),
          fv.flatMap((x) => x.counts.map(([, n]) => n)),
        ],
      );
      for (const r of (
        await c.query(
          'SELECT f.id, f.lang, f.sig FROM xref_quote_forms f JOIN unnest($1::text[], $2::uuid[]) AS x(lang, sig) USING (lang, sig)',
          [fv.map((x) => x.lang), fv.map((x) => x.sig)],
        )
      ).rows)
        formIds.set(`${r.lang}\0${r.sig}`, r.id);
      // Each new form's postings as judge/crossQuotes.ts buildCrossIndex makes them, from its first text (the memory
      // index reads a group as its first source writes it): a translated quotation is ranked in the store.
      const ids = fv.map((x) => formIds.get(`${x.lang}\0${x.sig}`)!);
      const had = new Set(
        (await c.query('SELECT DISTINCT form FROM xref_cross_post WHERE form = ANY($1)', [ids])).rows.map(
          (r: { form: number }) => r.form,
        ),
      );
      const cp = { form: [] as number[], lang: [] as string[], key: [] as string[] };
      fv.forEach((x, i) => {
        if (had.has(ids[i])) return;
        for (const k of postingKeys(crossUnits(x.text, x.lang as Lang))) {
          cp.form.push(ids[i]);
          cp.lang.push(x.lang);
          cp.key.push(k);
        }
      });
      if (cp.form.length) await copyRows(c, 'xref_cross_post', cp);
    }
    await copyRows(c, 'xref_quotes', { ...qt, form: qt.lang.map((l, i) => formIds.get(`${l}\0${qsig[i]}`)!) });
    await copyRows(c, 'xref_pair_figures', pf);
    const bt = [...termTotals].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    await c.query(
      `INSERT INTO xref_bucket_terms (bucket, term, n) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
      ON CONFLICT (bucket, term) DO UPDATE SET n = xref_bucket_terms.n + EXCLUDED.n`,
      [bt.map(([k]) => k.split('\0')[0]), bt.map(([k]) => k.split('\0')[1]), bt.map(([, n]) => n)],
    );
    const bs = [...bucketTotals].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    await c.query(
      `INSERT INTO xref_buckets (bucket, n) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (bucket) DO UPDATE SET n = xref_buckets.n + EXCLUDED.n`,
      [bs.map(([b]) => b), bs.map(([, n]) => n)],
    );
    await c.query('COMMIT');
    return { added: fresh, updated: sources.length - fresh };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
