// Where the user's caches go, and when a file's mtime vouches for its bytes. A module of its own (os and path only):
// the CLI's launcher (cli/launch.ts) finds the folder of its code cache, and checks a kept run's files (cli/kept.ts),
// before it loads the engine.
import * as os from 'os';
import * as path from 'path';

/** An mtime this close to the moment the file was read may hide a later edit in the same tick. */
export const RACY_MS = 2000;

/** The user's cache folder for stargate-xref: XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%. */
export function defaultCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'stargate-xref', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'stargate-xref');
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'stargate-xref');
}
