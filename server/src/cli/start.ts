// dist/cli.js: the command's start. The CLI itself is bundled as dist/cliMain.js (cli/main.ts); this file loads
// it with V8's code cache, so a run does not compile the bundle again: the bytecode the last run compiled (the
// bundle's top level and every function that run called) is kept in the cache folder, beside the index cache,
// and given back to V8 with the source. Node 20 has no module.enableCompileCache (Node 22), so the bundle goes
// through vm.Script with cachedData, wrapped and run as Node runs a CommonJS file.
//
// The kept code is for one bundle and one Node: its file is named by the SHA-256 of the bundle's bytes, the
// Node version and the architecture, and V8 refuses data made by another V8 or with other flags (then it is
// compiled from the source and written anew). `--no-cache` reads and writes none; `--cache DIR` keeps it in DIR.
// Only `run` (the process: node dist/cli.js, bin/stargate-xref.js) uses it; main() and the others load the
// bundle as any module, with nothing written.
import * as crypto from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';
import { defaultCacheDir } from '../corpus/cacheDir';
import type * as Cli from './main';

type CliModule = typeof Cli;

const BUNDLE = path.join(__dirname, 'cliMain.js');
let loaded: CliModule | undefined;

/** The bundle, loaded once: through the code cache in `codeDir` when given, else as any module. */
function load(codeDir?: string): CliModule {
  if (loaded) return loaded;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!codeDir) return (loaded = require(BUNDLE) as CliModule);
  return (loaded = loadCached(BUNDLE, codeDir) as CliModule);
}

/** The folder the command line keeps its cache in (as cli/main.ts reads `--cache` and `--no-cache`), or none. */
export function cacheRootOf(argv: readonly string[]): string | undefined {
  const valued = new Set([
    '--sources',
    '--corpus',
    '--into',
    '--format',
    '--cache',
    '--unsupported-figures',
    '--unsupported-quotes',
  ]);
  let root: string | undefined = defaultCacheDir();
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    const eq = x.indexOf('=');
    const [flag, inline] = x.startsWith('--') && eq > 0 ? [x.slice(0, eq), x.slice(eq + 1)] : [x, undefined];
    const value = valued.has(flag) && inline === undefined ? argv[++i] : inline;
    if (flag === '--no-cache') root = undefined;
    else if (flag === '--cache') root = value;
  }
  return root ? path.resolve(root) : undefined;
}

/**
 * `file` run as a CommonJS module whose compiled code is kept in `dir` (see the top of this file). Any failure to
 * read or write the kept code only costs the compile.
 */
export function loadCached(file: string, dir: string): unknown {
  const bytes = fs.readFileSync(file);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  // The index cache names its engine by the same hash of the bundle (corpus/cache.ts engineVersion): given here,
  // the bundle is not read and hashed twice.
  (globalThis as { [k: symbol]: unknown })[Symbol.for('stargate-xref.bundleSha256')] = { file, sha256 };
  const key = sha256.slice(0, 16);
  const name = `cli-${key}-node${process.versions.node}-${process.arch}.bin`;
  const kept = path.join(dir, 'code', name);
  let cachedData: Buffer | undefined;
  try {
    // V8 checks the data's versions and flags, but not its bytes (a damaged file would bring the process down):
    // the file starts with the SHA-256 of the rest, and data whose hash differs is not given to V8.
    const held = fs.readFileSync(kept);
    const data = held.subarray(32);
    if (held.length > 32 && crypto.createHash('sha256').update(data).digest().equals(held.subarray(0, 32)))
      cachedData = data;
  } catch {
    // none yet
  }
  const script = new vm.Script(Module.wrap(bytes.toString('utf8')), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    // Written when the process ends, so that it holds the functions this run compiled too.
    process.once('exit', () => keep(script, kept));
  }
  const m = new Module(file, module);
  m.filename = file;
  m.paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(path.dirname(file));
  (Module as unknown as { _cache: Record<string, Module> })._cache[file] = m;
  const wrapper = script.runInThisContext() as (...a: unknown[]) => void;
  wrapper.call(m.exports, m.exports, Module.createRequire(file), m, file, path.dirname(file));
  m.loaded = true;
  return m.exports;
}

/** The script's compiled code into `file` (atomically), and the code kept for other bundles or Nodes removed. */
function keep(script: vm.Script, file: string): void {
  try {
    const data = script.createCachedData();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([crypto.createHash('sha256').update(data).digest(), data]));
    fs.renameSync(tmp, file);
    for (const n of fs.readdirSync(path.dirname(file)))
      if (n.startsWith('cli-') && n !== path.basename(file) && !n.endsWith('.tmp'))
        fs.rmSync(path.join(path.dirname(file), n), { force: true });
  } catch {
    // A folder that cannot be written: the next run compiles again.
  }
}

export function run(argv: string[]): void {
  load(cacheRootOf(argv)).run(argv);
}
export const main: CliModule['main'] = (...a) => load().main(...a);
export const mainAsync: CliModule['mainAsync'] = (...a) => load().mainAsync(...a);
export const progressLine: CliModule['progressLine'] = (...a) => load().progressLine(...a);
export const specialKind: CliModule['specialKind'] = (...a) => load().specialKind(...a);
export const readError: CliModule['readError'] = (...a) => load().readError(...a);
export const toJson: CliModule['toJson'] = (...a) => load().toJson(...a);
export const toSarif: CliModule['toSarif'] = (...a) => load().toSarif(...a);

if (require.main === module) run(process.argv.slice(2));
