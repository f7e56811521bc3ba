// dist/cli.js: the command's launcher. It loads the CLI's bundle (dist/cli-engine.js, cli/main.ts) with V8's code
// cache for it, kept in the command's cache folder beside the index cache (<cache>/code/), so that a start does not
// parse and compile again the functions the last check compiled (issue 13: a fresh check on a warm cache).
//
// The cache is code: it is read only from the cache folder (--cache DIR or the user's; never the workspace, never
// with --no-cache), named and headed by the bundle's own hash (written into its first line by scripts/build.mjs),
// Node's version and the machine's architecture. V8 checks a cache's version, flags and source length, but its
// bytes only when asked (--verify-snapshot-checksum, set here before any cache is made or read): a cache that is
// cut short, for another bundle, damaged or rejected is compiled afresh, and written again after the run.
// Everything here is what Node itself has (no engine import): what this file loads, every start loads.
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { createRequire } from 'module';
import { bundleHash, canWriteIn, codeCacheDir, readCodeCache, writeCodeCache } from './codeCache';
import { findKept, keptDir, keptSlot, replay, type KeepAt } from './kept';
import { restartEnv } from '../memoryEnv';

/** The bundle this launches: beside this file, so that its own requires (./vendor/…) and seeds are found. */
const ENGINE = path.join(__dirname, 'cli-engine.js');

/**
 * The bundle's exports. With a code cache folder: compiled with the cache there when one fits; when none does, one
 * is written there as the process exits after a run that ended normally and did not index its sources (status 0 or 1), holding every
 * function the run compiled. Without: required as any module (a compile from a string, as the cache needs, costs more).
 */
function loadEngine(dir: string | undefined): Record<string, unknown> {
  if (!dir) return createRequire(ENGINE)(ENGINE) as Record<string, unknown>;
  const source = fs.readFileSync(ENGINE, 'utf8');
  const hash = bundleHash(source);
  if (!hash) return createRequire(ENGINE)(ENGINE) as Record<string, unknown>;
  const file = path.join(dir, `cli-${hash}-${process.version}-${process.arch}.bin`);
  // V8 checks a cache's version, flags and source length, and with this flag its bytes too (a checksum it writes
  // into the caches it makes): a damaged cache is rejected, never run.
  v8.setFlagsFromString('--verify-snapshot-checksum');
  const cachedData = readCodeCache(file, hash);
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new vm.Script(wrapper, { filename: ENGINE, cachedData });
  const mod = { exports: {} as Record<string, unknown>, filename: ENGINE, id: ENGINE };
  if (!cachedData || script.cachedDataRejected) {
    // Not after a run that indexed its sources (a first run): a cache made then would hold, and every later start
    // deserialize, the indexing code that a check on the snapshot never runs.
    process.once('exit', (code) => {
      const indexed = (mod.exports.indexedSources as (() => boolean) | undefined)?.() !== false;
      if ((code === 0 || code === 1) && !indexed && canWriteIn(dir))
        writeCodeCache(file, hash, script.createCachedData());
    });
  }
  const fn = script.runInThisContext() as (...a: unknown[]) => void;
  fn.call(mod.exports, mod.exports, createRequire(ENGINE), mod, ENGINE, path.dirname(ENGINE));
  return mod.exports;
}

let engine: Record<string, unknown> | undefined;

/** The command as a process (bin/stargate-xref.js, `node dist/cli.js`): cli/main.ts run(), with the code cache. */
function launch(argv: string[] = process.argv.slice(2)): void {
  // A check's or an index's regexes (the lexicon's alternations, the extractors') run many times each: compiled to
  // machine code at their first run rather than interpreted once and compiled at the second (V8's default, which
  // saves the compile for one-off regexes). The same matches; a run compiles each regex once instead of twice.
  if (restarted(argv)) return;
  if (argv[0] === 'check' || argv[0] === 'index') v8.setFlagsFromString('--no-regexp-tier-up');
  const codeDir = codeCacheDir(argv);
  // A check whose command line ran before on files that are all as they were: its output, kept (cli/kept.ts).
  let keep: KeepAt | undefined;
  const hash = argv[0] === 'check' && codeDir ? headHash() : undefined;
  if (codeDir && hash) {
    keep = { dir: keptDir(codeDir), slot: keptSlot(argv, hash) };
    const run = findKept(keep.dir, keep.slot);
    if (run) {
      process.exitCode = replay(run);
      return;
    }
  }
  engine ??= loadEngine(codeDir);
  (engine.run as (argv: string[], keep?: KeepAt) => void)(argv, keep);
}

/**
 * `index` on glibc, run as a process of its own with glibc's malloc tunables (memoryEnv.ts), which glibc reads only as
 * a process starts; true when it ran (its status is this process's). Only when this process is the command's (its
 * arguments are the command line's): the restart runs the same script. A restart that cannot start runs here.
 */
function restarted(argv: string[]): boolean {
  if (argv[0] !== 'index' || !process.argv[1] || argv.join('\0') !== process.argv.slice(2).join('\0')) return false;
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  const env = restartEnv(argv, process.env, process.platform === 'linux' && !!header?.glibcVersionRuntime);
  if (!env) return false;
  // (child_process is loaded only here: a check does not load it)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const r = (require('child_process') as typeof import('child_process')).spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1], ...argv],
    { stdio: 'inherit', env },
  );
  if (r.error) return false;
  if (r.signal) process.kill(process.pid, r.signal);
  process.exitCode = r.status ?? 1;
  return true;
}

/** The bundle's hash from its first line alone (the bundle is not read). */
function headHash(): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(ENGINE, 'r');
    const head = Buffer.alloc(64);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return bundleHash(head.toString('latin1', 0, n));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// require('dist/cli.js') gives cli/main.ts's exports (main, run, toJson …), loaded on first use as any module (a
// program that requires the CLI keeps its own folders), and launch().
module.exports = new Proxy(
  {},
  {
    get: (_, key) => (key === 'launch' ? launch : (engine ??= loadEngine(undefined))[key as string]),
    has: (_, key) => key === 'launch' || key in (engine ??= loadEngine(undefined)),
  },
);

if (require.main === module) launch();
