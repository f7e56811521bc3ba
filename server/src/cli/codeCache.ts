// The CLI's code cache (V8's compiled functions of dist/cli-engine.js, kept in <cache>/code/ by the launcher,
// cli/launch.ts): where it goes for a command line, and its files, read only when whole and undamaged. Node's own
// modules only: the launcher loads this before the engine.
import * as fs from 'fs';
import * as path from 'path';
import { defaultCacheDir } from '../corpus/cacheDir';
import { splitFlag, takesValue } from './flags';

const MAGIC = 'XREFCODE';
/** MAGIC, the bundle's 16-character hash and the payload's length (uint32 little-endian). */
const HEADER = 8 + 16 + 4;

/**
 * The folder of the code cache for this command line, as cli/main.ts reads `--cache` and `--no-cache` (the last
 * wins): <cache>/code. None for --no-cache, and none for anything but check and index (help, version, a usage
 * error: nothing worth keeping is compiled).
 */
export function codeCacheDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (argv[0] !== 'check' && argv[0] !== 'index') return undefined;
  let dir: string | undefined = defaultCacheDir(env);
  for (let i = 1; i < argv.length; i++) {
    const [flag, inline] = splitFlag(argv[i]);
    if (flag === '--no-cache') dir = undefined;
    else if (flag === '--cache') dir = inline ?? argv[++i];
    else if (takesValue(flag) && inline === undefined) i++;
  }
  return dir ? path.join(path.resolve(dir), 'code') : undefined;
}

/** The hash the build wrote on the bundle's first line (`/*"<16 hex>"*\/`), or undefined (an unhashed build). */
export function bundleHash(source: string): string | undefined {
  return /^\/\*"([0-9a-f]{16})"\*\//.exec(source)?.[1];
}

/** The payload of a cache file, or undefined when it is not whole, not for this bundle, or damaged. */
export function readCodeCache(file: string, hash: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (data.length < HEADER || data.toString('latin1', 0, 8) !== MAGIC) return undefined;
  if (data.toString('latin1', 8, 24) !== hash) return undefined;
  const payload = data.subarray(HEADER);
  if (data.readUInt32LE(24) !== payload.length) return undefined;
  return payload;
}

/** Whether a cache can be written in `dir` (made if missing): a folder that cannot is not worth compiling a cache for. */
export function canWriteIn(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes a cache file whole or not at all (a temporary file renamed: two runs may write at once). */
export function writeCodeCache(file: string, hash: string, payload: Uint8Array): void {
  const header = Buffer.alloc(HEADER);
  header.write(MAGIC, 0, 'latin1');
  header.write(hash, 8, 'latin1');
  header.writeUInt32LE(payload.length, 24);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([header, payload]));
    fs.renameSync(tmp, file);
  } catch {
    // A folder that cannot be written: the next start compiles again (the index cache says so on stderr).
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
  }
}
