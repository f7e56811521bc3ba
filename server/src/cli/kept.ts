// A check's output kept for the same command line on the same files (issue 13: a fresh `check` on an unchanged
// corpus). What `stargate-xref check` prints is a function of its command line, its working folder, the engine, the
// reports and the corpus. After a run whose corpus was a snapshot (corpus/snapshot.ts), the output is kept with what
// every input was as the run read it (Corpus.inputs: each article's size and mtime, each folder's mtime, each
// xref-sources.json's, the roots that were missing; each report's size and mtime). The launcher (cli/launch.ts) looks
// for it before it loads the engine: when every input is as it was, by stat(2) alone, it prints the kept output and
// exits with the kept status; anything else (a file edited, added, removed or renamed in a listed folder, another
// option, another engine) and the command runs as always and keeps its new output.
//
// An input whose mtime is within RACY_MS of when it was read is never vouched for by its mtime (it could change again
// within the same tick): such a run is not kept. Only runs that ended normally (status 0 or 1) without a message about
// the cache or a reader are kept. Node's own modules only: the launcher loads this before the engine.
import * as fs from 'fs';
import * as path from 'path';
import { RACY_MS } from '../corpus/cacheDir';
import { ResultStore } from '../corpus/results';

/** Where a check's output is kept for its command line: the launcher works it out and gives it to cli/main.ts. */
export interface KeepAt {
  dir: string;
  slot: string;
}

/** What a kept run read, and what it printed. */
export interface KeptRun {
  /** Each report: [path, size, mtime]. */
  reports: [string, number, number][];
  /** Each article: [path, size, mtime, read at]. */
  files: [string, number, number, number][];
  /** Each folder listed: [path, mtime]. */
  dirs: [string, number][];
  /** Each xref-sources.json read: [path, size, mtime]. */
  metas: [string, number, number][];
  /** Roots that did not exist. */
  missing: string[];
  /** When the listing started. */
  listedAt: number;
  /** The lines printed, in order: [1 = stdout, 2 = stderr, text]. */
  lines: [1 | 2, string][];
  code: number;
}

/** Where kept runs go for a code cache folder (<cache>/code → <cache>/results). */
export function keptDir(codeDir: string): string {
  return path.join(path.dirname(codeDir), 'results');
}

/**
 * The slot of a command line: everything besides the files that shapes its output. The engine by its bundle's hash;
 * the environment by what the CLI or its engine read (XREF_*, the locale), and whether its streams are terminals.
 */
export function keptSlot(
  argv: readonly string[],
  engineHash: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
  tty: [boolean, boolean] = [!!process.stdout.isTTY, !!process.stderr.isTTY],
): string {
  const vars = Object.keys(env)
    .filter((k) => k.startsWith('XREF_') || k === 'LANG' || k === 'LANGUAGE' || k.startsWith('LC_'))
    .sort()
    .map((k) => [k, env[k]]);
  return JSON.stringify({
    cli: 1,
    engine: engineHash,
    node: process.version,
    cwd,
    argv,
    vars,
    tty,
  });
}

/** The kept run of `slot` in `dir` when every input it read is as it was, else undefined. */
export function findKept(dir: string, slot: string): KeptRun | undefined {
  const run = new ResultStore(dir).get<KeptRun>(slot);
  if (!run || !Array.isArray(run.lines) || typeof run.code !== 'number') return undefined;
  try {
    return unchanged(run) ? run : undefined;
  } catch {
    return undefined; // an entry of another shape: not ours to trust
  }
}

/** Keeps a run's output for its slot, when every input can be vouched for by its stat; false when not kept. */
export function keepRun(dir: string, slot: string, run: KeptRun): boolean {
  const racy = (mtime: number, at: number) => at - mtime <= RACY_MS;
  if (run.files.some(([, , mtime, readAt]) => racy(mtime, readAt))) return false;
  if (run.dirs.some(([, mtime]) => racy(mtime, run.listedAt))) return false;
  if (run.metas.some(([, , mtime]) => racy(mtime, run.listedAt))) return false;
  if (run.reports.some(([, , mtime]) => racy(mtime, run.listedAt))) return false;
  if (!unchanged(run)) return false; // changed while the run read it
  return new ResultStore(dir).put(slot, run);
}

function unchanged(run: KeptRun): boolean {
  const stat = (p: string) => {
    try {
      return fs.statSync(p);
    } catch {
      return undefined;
    }
  };
  for (const [p, size, mtime] of run.reports) {
    const st = stat(p);
    if (!st || !st.isFile() || st.size !== size || st.mtimeMs !== mtime) return false;
  }
  for (const [p, mtime] of run.dirs) {
    const st = stat(p);
    if (!st || !st.isDirectory() || st.mtimeMs !== mtime) return false;
  }
  for (const [p, size, mtime] of run.metas) {
    const st = stat(p);
    if (!st || st.size !== size || st.mtimeMs !== mtime) return false;
  }
  for (const p of run.missing) if (stat(p)) return false;
  for (const [p, size, mtime] of run.files) {
    const st = stat(p);
    if (!st || !st.isFile() || st.size !== size || st.mtimeMs !== mtime) return false;
  }
  return true;
}

/** Prints a kept run (as cli/main.ts writes its lines) and gives its status. */
export function replay(run: KeptRun): number {
  for (const [stream, line] of run.lines) {
    const s = stream === 1 ? process.stdout : process.stderr;
    if (!s.destroyed) s.write(line + '\n');
  }
  return run.code;
}
