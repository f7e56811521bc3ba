// stargate-xref check / index: the engine on the command line, for CI and for people who want to look.
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOptions } from '../judge/check';
import { findingCodes } from '../checks';
import { Corpus } from '../corpus/corpus';
import { IndexCache, defaultCacheDir } from '../corpus/cache';
import { keepRun, type KeepAt, type KeptRun } from './kept';
import { KeptBlocks } from '../judge/keptBlocks';
import { createEngine, sourceJson, type Engine } from '../engine';
import { sourceLabel } from '../judge/messages';
import { collectErrors } from '../errors';
import { decode, oneLine } from '../text/text';
import { FLAGS, splitFlag, takesValue } from './flags';
import { isDatabaseUrl, redactUrl, SharedCorpus, SharedCorpusError, type SourceListing } from '../corpus/pg';
import type { EngineError, Finding, Severity, Source } from '../types';

const VERSION = '0.1.0';
const HELP = `usage: stargate-xref check [--sources DIR]... [--no-default-sources] [--format text|json|sarif]
                          [--unsupported-figures LEVEL] [--unsupported-quotes LEVEL]
                          [--cache DIR | --no-cache] [--quiet] FILE...
       stargate-xref check --corpus postgres://… [--format …] [--unsupported-… LEVEL] FILE...
       stargate-xref index [--json] [--sources DIR]... [--no-default-sources] [--cache DIR | --no-cache] [--quiet]
       stargate-xref index [--sources DIR]... [--no-default-sources] --into postgres://…

  --sources DIR          add a folder (or file) of articles (.txt, .md, .html); repeatable
  --no-default-sources   do not use the bundled seed articles
  --cache DIR            keep the index of the articles in DIR between runs (default: ${defaultCacheDir()})
  --no-cache             index every article afresh and store nothing
  --quiet                no progress line while indexing (there is none when stderr is not a terminal)
  --corpus URL           check against the shared corpus in this PostgreSQL database (instead of folders)
  --into URL             add or update the indexed articles in that database (credentials: PGPASSWORD,
                         ~/.pgpass or the URL)
  --format               text (default), json, or sarif (SARIF 2.1.0 for code scanning)
  LEVEL                  error | warning | information | hint | off (default information)

exit status: 0 no error findings, 1 error findings, 2 usage or I/O error, or the checker failed`;

class UsageError extends Error {}

/** Where the progress line goes (stderr): shown only when it is a terminal. */
export type ProgressStream = Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean; destroyed?: boolean };

interface Args {
  cmd: string;
  sources: string[];
  bundled: boolean;
  format: string;
  json: boolean;
  files: string[];
  options: CheckOptions;
  cache: string | false;
  quiet: boolean;
  corpus?: string;
  into?: string;
}

export function parseArgs(argv: string[]): Args {
  // `stargate-xref --help` and `--version` as well as the commands `help` and `version`.
  const first = argv[0] === '-h' || argv[0] === '--help' ? 'help' : argv[0] === '--version' ? 'version' : argv[0];
  const a: Args = {
    cmd: first ?? '',
    sources: [],
    bundled: true,
    format: 'text',
    json: false,
    files: [],
    options: {},
    cache: defaultCacheDir(),
    quiet: false,
  };
  const level = (v: string | undefined, flag: string): Severity | 'off' => {
    if (v && ['error', 'warning', 'information', 'hint', 'off'].includes(v)) return v as Severity | 'off';
    throw new UsageError(`${flag} takes error, warning, information, hint or off`);
  };
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    const [flag, inline] = splitFlag(x);
    const value = () => {
      // The launcher's code cache skips the same values (cli/flags.ts): an option read here must be listed there.
      if (!takesValue(flag)) throw new Error(`${flag} is not listed as taking a value in cli/flags.ts`);
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--sources') a.sources.push(value());
    else if (flag === '--no-default-sources') a.bundled = false;
    else if (flag === '--corpus' || flag === '--into') {
      const url = value();
      if (!isDatabaseUrl(url)) throw new UsageError(`${flag} takes a postgres:// URL, not ${url}`);
      if (flag === '--corpus') a.corpus = url;
      else a.into = url;
    } else if (flag === '--format') a.format = value();
    else if (flag === '--json') a.json = true;
    else if (flag === '--cache') a.cache = value();
    else if (flag === '--no-cache') a.cache = false;
    else if (flag === '--quiet' || flag === '-q') a.quiet = true;
    else if (flag === '--unsupported-figures') a.options.unsupportedFigures = level(value(), flag);
    else if (flag === '--unsupported-quotes') a.options.unsupportedQuotes = level(value(), flag);
    else if (flag === '-h' || flag === '--help') a.cmd = 'help';
    else if (flag === '--version') a.cmd = 'version';
    else if (flag.startsWith('-') && flag !== '-') {
      if (Object.prototype.hasOwnProperty.call(FLAGS, flag))
        throw new Error(`${flag} is listed in cli/flags.ts but not read`);
      throw new UsageError(`unknown option ${flag}`);
    } else a.files.push(x);
  }
  if (!['text', 'json', 'sarif'].includes(a.format))
    throw new UsageError(`--format takes text, json or sarif, not ${a.format}`);
  if (a.corpus && (a.sources.length || !a.bundled))
    throw new UsageError('--corpus checks against the database alone: leave out --sources and --no-default-sources');
  if (a.corpus && a.cmd !== 'check') throw new UsageError('--corpus goes with check (index --into fills the database)');
  if (a.into && a.cmd !== 'index') throw new UsageError('--into goes with index');
  if (a.into && a.json) throw new UsageError('index --into writes to the database, not JSON');
  return a;
}

/**
 * A progress line for indexing on a terminal (`\r`-updated, at most ten times a second, cleared at the end):
 * files done of all, files a second, time left. Nothing when `stream` is not a terminal.
 */
export function progressLine(
  stream: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean; destroyed?: boolean },
  now: () => number = Date.now,
) {
  if (!stream.isTTY) return { update: undefined, end: () => undefined };
  const started = now();
  let last = -Infinity,
    shown = false;
  const update = (done: number, total: number) => {
    const t = now();
    if (t - last < 100 && done < total) return;
    last = t;
    const secs = (t - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const left = rate > 0 ? (total - done) / rate : 0;
    const pct = total ? Math.floor((done / total) * 100) : 100;
    const line = `indexing sources: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} files (${pct}%), ${rate >= 10 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1)} files/s, ${left < 1 ? 'under 1 s' : `${Math.ceil(left)} s`} left`;
    if (!stream.destroyed) stream.write(`\r${line}\x1b[K`);
    shown = true;
  };
  return {
    update,
    end: () => {
      if (shown && !stream.destroyed) stream.write('\r\x1b[K');
    },
  };
}

let readSources = false;
/**
 * Whether this process read its sources' folders without a snapshot (corpus/snapshot.ts): it indexed them, or read
 * their cache entries. The launcher writes no code cache after such a run (cli/launch.ts): the cache is to hold what
 * a check on an unchanged corpus compiles, not a first run's indexing.
 */
export function indexedSources(): boolean {
  return readSources;
}

function loadCorpus(
  engine: Engine,
  a: Args,
  err: (s: string) => void,
  progress: ProgressStream,
  state?: { clean: boolean; cacheDir?: string },
): Corpus {
  for (const s of a.sources) {
    if (!fs.existsSync(s)) throw new IoError(`sources folder not found: ${s}`);
    // A FIFO, socket or device is not opened (a FIFO would block the run until something writes to it).
    const st = fs.statSync(s);
    if (!st.isDirectory() && !st.isFile())
      throw new IoError(`--sources ${s} is not a folder or an article file (it is ${specialKind(st)})`);
    try {
      fs.accessSync(s, fs.constants.R_OK);
    } catch {
      throw new IoError(`sources folder not readable: ${s}`);
    }
  }
  // The cache's messages (an entry discarded, a folder not writable) come after the progress line is gone.
  const notes: string[] = [];
  const cache = a.cache === false ? undefined : new IndexCache(path.resolve(a.cache), undefined, (m) => notes.push(m));
  const line = progressLine(a.quiet ? { write: () => true } : progress);
  let corpus: Corpus, errors: EngineError[];
  let fromSnapshot = false;
  try {
    ({ value: corpus, errors } = collectErrors(() =>
      engine.loadCorpus(
        { folders: a.sources, useBundled: a.bundled, cache, onSnapshot: () => (fromSnapshot = true) },
        line.update,
      ),
    ));
  } finally {
    line.end();
  }
  if (state) {
    state.clean = notes.length === 0 && errors.length === 0;
    state.cacheDir = cache?.dir;
  }
  if (!fromSnapshot) readSources = true;
  for (const n of notes) err(`stargate-xref: ${n}`);
  for (const s of corpus.skipped) err(`stargate-xref: skipped ${s.file}: ${s.reason}`);
  // An article a reader failed on is indexed with what could be read (often nothing): said, not silent.
  for (const e of errors)
    err(`stargate-xref: warning: ${e.where} failed${e.file ? ` on ${e.file}` : ''}: ${e.message}`);
  if (corpus.sources.length === 0)
    err('stargate-xref: warning: no source articles indexed; every claim will be unsupported');
  return corpus;
}

class IoError extends Error {}

/** What a path that is neither a folder nor a regular file is, in words. */
export function specialKind(st: fs.Stats): string {
  return st.isFIFO()
    ? 'a FIFO'
    : st.isSocket()
      ? 'a socket'
      : st.isCharacterDevice() || st.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
}

/** One sentence for a report file that cannot be read, without the raw error code. */
export function readError(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder; give the Markdown reports to check (a folder of articles goes after --sources)'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ELOOP'
            ? 'symbolic link loop'
            : String((e as Error)?.message ?? e).replace(/^E[A-Z]+: /, '');
  return `cannot read ${file}: ${why}`;
}

/** A line to a standard stream, unless its reader has gone (a closed pipe destroys the stream). */
function writeLine(stream: NodeJS.WriteStream, s: string): void {
  if (!stream.destroyed) stream.write(s + '\n');
}

/**
 * The command: its exit status. `checkOptions` is merged into every check's options (tests: extra checks);
 * the command line has no flag for it.
 */
export function main(
  argv: string[],
  out: (s: string) => void = (s) => writeLine(process.stdout, s),
  err: (s: string) => void = (s) => writeLine(process.stderr, s),
  checkOptions: CheckOptions = {},
  progress: ProgressStream = process.stderr,
  keep?: KeepAt,
): number {
  let a: Args;
  try {
    a = parseArgs(argv);
    a.options = { ...checkOptions, ...a.options };
  } catch (e) {
    err(`stargate-xref: ${(e as Error).message}\n${HELP}`);
    return 2;
  }
  try {
    switch (a.cmd) {
      case 'help':
        out(HELP);
        return 0;
      case 'version':
        out(VERSION);
        return 0;
      case 'check':
      case 'index':
        if (a.corpus || a.into) throw new UsageError('--corpus and --into need the asynchronous entry (mainAsync)');
        // One engine a run: its term table and caches go with it.
        return a.cmd === 'check'
          ? runCheck(createEngine(), a, out, err, progress, keep)
          : runIndex(createEngine(), a, out, err, progress);
      default:
        err(a.cmd ? `stargate-xref: unknown command ${a.cmd}\n${HELP}` : HELP);
        return 2;
    }
  } catch (e) {
    if (e instanceof IoError || e instanceof UsageError) {
      err(`stargate-xref: ${e.message}`);
      return 2;
    }
    err(`stargate-xref: internal error: ${(e as Error)?.stack ?? e}`);
    return 2;
  }
}

/** The reports named on the command line, read and decoded. */
function readReports(a: Args): { file: string; text: string }[] {
  if (!a.files.length) throw new UsageError('check needs at least one Markdown FILE');
  const reports: { file: string; text: string }[] = [];
  for (const f of a.files) {
    let bytes: Buffer;
    try {
      bytes = f === '-' ? fs.readFileSync(0) : fs.readFileSync(f);
    } catch (e) {
      throw new IoError(readError(f, e));
    }
    const d = decode(bytes);
    if (!d.ok && d.reason !== 'empty file') throw new IoError(`cannot check ${f}: ${d.reason}`);
    reports.push({ file: f, text: d.ok ? d.text : '' });
  }
  return reports;
}

/** A report is never its own evidence: its own path, when it is a file. */
const selfOf = (file: string) => (file === '-' ? undefined : path.resolve(file));

function runCheck(
  engine: Engine,
  a: Args,
  out: (s: string) => void,
  err: (s: string) => void,
  progress: ProgressStream,
  keep?: KeepAt,
): number {
  // What the run read and printed, for the launcher to print again while every input is as it was (cli/kept.ts).
  const keeping = keep && a.files.every((f) => f !== '-');
  const lines: KeptRun['lines'] = [];
  const reports: KeptRun['reports'] = [];
  if (keeping) {
    const [o, e] = [out, err];
    out = (s) => {
      lines.push([1, s]);
      o(s);
    };
    err = (s) => {
      lines.push([2, s]);
      e(s);
    };
    for (const f of a.files) {
      try {
        const st = fs.statSync(f);
        reports.push([path.resolve(f), st.size, st.mtimeMs]);
      } catch {
        // readReports says why
      }
    }
  }
  const read = readReports(a);
  const state: { clean: boolean; cacheDir?: string } = { clean: false };
  const corpus = loadCorpus(engine, a, err, progress, state);
  // Each report's judged blocks, kept beside the index cache for the corpus this snapshot is (judge/keptBlocks.ts):
  // an edited report's unchanged blocks are not judged again.
  const identity = state.cacheDir ? corpus.identity : undefined;
  let blockNotes = 0;
  // A report inside a sources folder is indexed with them, but is never its own evidence.
  const results = read.map((r) => {
    const self = selfOf(r.file);
    const kept =
      identity &&
      new KeptBlocks(path.join(state.cacheDir!, 'blocks'), self ?? '-', identity, (m) => {
        blockNotes++;
        err(`stargate-xref: ${m}`);
      });
    const result = engine.check(corpus, r.text, { ...a.options, self, kept: kept || undefined });
    if (kept && !result.errors) kept.save();
    return { file: r.file, result };
  });
  const code = printResults(a, results, { list: () => corpus.sources, count: corpus.sources.length }, out, err);
  const inputs = keeping && state.clean && !blockNotes && (code === 0 || code === 1) ? corpus.inputs() : undefined;
  if (keep && inputs)
    keepRun(keep.dir, keep.slot, {
      reports,
      files: inputs.files.map(([file, , size, mtime, , readAt]) => [file, size, mtime, readAt]),
      dirs: inputs.dirs,
      metas: inputs.metas,
      missing: inputs.missing,
      listedAt: inputs.listedAt,
      lines,
      code,
    });
  return code;
}

/** check --corpus URL: each report against the sources of the shared corpus its claims could be judged against. */
async function runCheckShared(
  engine: Engine,
  a: Args,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const reports = readReports(a);
  const db = new SharedCorpus(a.corpus!, { engine });
  try {
    const results: { file: string; result: ReturnType<Engine['check']> }[] = [];
    for (const r of reports) {
      const options = { ...a.options, self: selfOf(r.file) };
      const corpus = await db.corpusFor(r.text, options);
      results.push({ file: r.file, result: engine.check(corpus, r.text, options) });
    }
    const list = a.format === 'json' ? await db.list() : [];
    const count = a.format === 'text' ? (await db.count()).sources : list.length;
    return printResults(a, results, { list: () => list, count }, out, err);
  } finally {
    await db.close();
  }
}

/** index --into URL: the sources read as for a check, added to the shared corpus or updated there (by file). */
async function runIndexInto(
  engine: Engine,
  a: Args,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const corpus = loadCorpus(engine, a, err, process.stderr);
  const db = new SharedCorpus(a.into!, { engine });
  try {
    const r = await db.ingest(corpus.sources);
    if (db.rebuilt)
      err(
        `stargate-xref: the shared corpus at ${redactUrl(a.into!)} was in format ${db.rebuilt.format}, which this version does not read: it was rebuilt from the sources given (it held ${db.rebuilt.sources})`,
      );
    const n = await db.count();
    out(
      `${r.added} added, ${r.updated} updated; the shared corpus holds ${n.sources} sources, ${n.figures} figures, ${n.quotes} quotes`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

function printResults(
  a: Args,
  results: { file: string; result: ReturnType<Engine['check']> }[],
  sources: { list: () => (Source | SourceListing)[]; count: number },
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  // What the checker could not do: named on stderr, and the run exits 2, its findings being incomplete.
  for (const r of results) {
    for (const e of r.result.errors ?? []) err(`stargate-xref: ${r.file}: ${errorLine(e, r.result.claims.length > 0)}`);
  }
  const failed = results.some((r) => r.result.errors?.length);
  const all = results.flatMap((r) => r.result.findings);
  if (a.format === 'json') out(JSON.stringify(toJson(sources.list(), results), null, 2));
  else if (a.format === 'sarif') out(JSON.stringify(toSarif(results), null, 2));
  else {
    for (const r of results)
      for (const f of r.result.findings) {
        out(
          `${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code}: ${f.message}`,
        );
      }
    const count = (s: Severity) => all.filter((f) => f.severity === s).length;
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    out(
      `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('information')} information, ${plural(count('hint'), 'hint')} in ${plural(results.length, 'file')} (${plural(sources.count, 'source')}, ${plural(
        results.reduce((n, r) => n + r.result.claims.length, 0),
        'claim',
      )} checked)`,
    );
  }
  return failed ? 2 : all.some((f) => f.severity === 'error') ? 1 : 0;
}

/** One sentence for an engine error in a report's check. */
function errorLine(e: EngineError, partial: boolean): string {
  if (e.where === 'checkReport') return `the checker failed on this file and reports nothing for it: ${e.message}`;
  return `${e.where} failed${partial ? '; its findings here are incomplete' : ''}: ${e.message}`;
}

function findingJson(f: Finding) {
  return {
    range: f.range,
    severity: f.severity,
    code: f.code,
    message: f.message,
    claim: { ...f.claim, sources: undefined },
    sources: f.claim.sources,
    fixes: f.fixes,
  };
}

/** A file's `errors` (without stacks) only when the checker failed on something: a normal run's JSON is unchanged. */
export function toJson(
  sources: Corpus | readonly (Source | SourceListing)[],
  results: { file: string; result: { findings: Finding[]; errors?: EngineError[] } }[],
) {
  return {
    version: 1,
    sources: (sources instanceof Corpus ? sources.sources : sources).map(sourceJson),
    files: results.map((r) => ({
      file: r.file,
      diagnostics: r.result.findings.map(findingJson),
      ...(r.result.errors?.length ? { errors: r.result.errors.map(errorJson) } : {}),
    })),
  };
}

function errorJson(e: EngineError) {
  return { where: e.where, message: e.message, ...(e.file !== undefined ? { file: e.file } : {}) };
}

export function toSarif(results: { file: string; result: { findings: Finding[]; errors?: EngineError[] } }[]) {
  const level = (s: Severity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const uri = (f: string) => f.split(path.sep).join('/');
  const errors = results.flatMap((r) => (r.result.errors ?? []).map((e) => ({ file: r.file, e })));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stargate-xref',
            version: VERSION,
            informationUri: 'https://github.com/stargate-xref/stargate-xref',
            // One rule a finding code, described by the check that gives it.
            rules: findingCodes().map((c) => ({
              id: c.code,
              shortDescription: { text: c.description },
              defaultConfiguration: { level: level(c.severity) },
              helpUri: `https://github.com/stargate-xref/stargate-xref#${c.code}`,
            })),
          },
        },
        // Only when the checker failed on something: the run is then marked unsuccessful, with what failed.
        ...(errors.length
          ? {
              invocations: [
                {
                  executionSuccessful: false,
                  toolExecutionNotifications: errors.map(({ file, e }) => ({
                    level: 'error',
                    message: { text: `${e.where} failed: ${e.message}` },
                    locations: [{ physicalLocation: { artifactLocation: { uri: uri(file) } } }],
                  })),
                },
              ],
            }
          : {}),
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.result.findings.map((f) => ({
            ruleId: f.code,
            level: level(f.severity),
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.file) }, region: region(f.range) } }],
            relatedLocations: f.claim.sources.slice(0, 5).map((s, i) => ({
              id: i,
              message: { text: `${sourceLabel(s, f.claim.lang)}: ${s.sentence.text.slice(0, 200)}` },
              physicalLocation: {
                artifactLocation: { uri: uri(path.relative(process.cwd(), s.file)) },
                region: region(s.sentence.range),
              },
            })),
          })),
        ),
      },
    ],
  };
}

function region(r: Finding['range']) {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

function runIndex(
  engine: Engine,
  a: Args,
  out: (s: string) => void,
  err: (s: string) => void,
  progress: ProgressStream,
): number {
  const corpus = loadCorpus(engine, a, err, progress);
  if (a.json) {
    out(JSON.stringify(engine.indexJson(corpus), null, 2));
    return 0;
  }
  const st = corpus.stats();
  out(
    `${st.sources} sources, ${st.figures} figures, ${st.quotes} quotes${st.skipped ? `, ${st.skipped} skipped` : ''}`,
  );
  for (const s of corpus.sources) {
    out(
      `\n@${s.key}  ${s.meta.outlet ?? 'outlet unknown'} · ${s.meta.date ?? 'date unknown'} · ${s.meta.languages.join('+')} · ${path.relative(process.cwd(), s.file)}`,
    );
    out(`  ${s.meta.title ?? '(no headline)'}`);
    out(`  ${s.sentences.length} sentences, ${s.figures.length} figures, ${s.quotes.length} quotes`);
    for (const f of s.figures.slice(0, 400))
      out(
        `    ${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.text}  = ${f.kind} ${f.qualifier === 'exact' ? '' : f.qualifier + ' '}${f.qualifier === 'range' ? `${f.low}..${f.high}` : f.value} ${f.unit}`,
      );
    for (const q of s.quotes)
      out(
        `    ${q.range.start.line + 1}:${q.range.start.character + 1}  “${clipped(oneLine(q.text))}” — ${q.speaker?.text ?? 'speaker unknown'}`,
      );
  }
  return 0;
}

/**
 * The command, for every option: check --corpus and index --into talk to a database, so they finish later. The
 * others are main(). A shared corpus that cannot be used is one sentence on stderr and exit status 2.
 */
export async function mainAsync(
  argv: string[],
  out: (s: string) => void = (s) => writeLine(process.stdout, s),
  err: (s: string) => void = (s) => writeLine(process.stderr, s),
  checkOptions: CheckOptions = {},
  keep?: KeepAt,
): Promise<number> {
  let a: Args;
  try {
    a = parseArgs(argv);
    a.options = { ...checkOptions, ...a.options };
  } catch {
    return main(argv, out, err, checkOptions); // the usage error, said as main says it
  }
  if (!a.corpus && !a.into) return main(argv, out, err, checkOptions, process.stderr, keep);
  try {
    const engine = createEngine();
    return a.corpus ? await runCheckShared(engine, a, out, err) : await runIndexInto(engine, a, out, err);
  } catch (e) {
    if (e instanceof IoError || e instanceof UsageError || e instanceof SharedCorpusError) {
      err(`stargate-xref: ${e.message}`);
      return 2;
    }
    err(`stargate-xref: internal error: ${(e as Error)?.stack ?? e}`);
    return 2;
  }
}

/**
 * The command as a process (bin/stargate-xref.js, `tsx server/src/cli/main.ts`): the exit status in
 * process.exitCode. A reader that stops early (`| head -1`) closes the pipe: the rest of the output is dropped
 * quietly, as other command-line tools do, instead of an "Error: write EPIPE" stack.
 */
export function run(argv: string[], keep?: KeepAt): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e?.code === 'EPIPE' || e?.code === 'ERR_STREAM_DESTROYED') return;
      throw e;
    });
  }
  mainAsync(argv, undefined, undefined, undefined, keep).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      writeLine(process.stderr, `stargate-xref: internal error: ${(e as Error)?.stack ?? e}`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) {
  run(process.argv.slice(2));
}

/** A quotation shown in a listing line: its first 59 characters and an ellipsis past 60. */
function clipped(s: string): string {
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}
