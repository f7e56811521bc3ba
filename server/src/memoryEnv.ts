// glibc's malloc settings for a process that indexes or checks a large corpus (issue 13: 100,000 articles in 1 GB).
// By default glibc raises its mmap threshold to the size of each large block freed (up to 32 MB): once a serialized
// part, a column chunk or a batch's numbers is freed, later blocks of up to that size come from the malloc arenas,
// where freed ones stay mapped, and the arenas of the main thread and the indexing worker grow by hundreds of MB over
// a cold load of a big corpus (bench/mem.ts, mem30 and mem33). A fixed threshold (which also keeps the trim
// threshold at its 128 KB default) maps every block of 128 KB and more on its own and gives it back when it is freed.
// glibc reads it only as a process starts: it is set in the environment of a process the extension starts (the
// language server), never in this one. Other C libraries ignore the variable. Output is the same with or without:
// only where memory comes from changes.

/** The tunable, as GLIBC_TUNABLES takes it. */
export const MMAP_THRESHOLD = 'glibc.malloc.mmap_threshold=131072';

/**
 * The GLIBC_TUNABLES a process started from `env` gets: the user's own tunables kept, the mmap threshold added unless
 * they set one themselves (theirs is kept).
 */
export function mallocTunables(env: NodeJS.ProcessEnv = process.env): string {
  const own = (env.GLIBC_TUNABLES ?? '')
    .split(':')
    .map((t) => t.trim())
    .filter(Boolean);
  if (own.some((t) => t.split('=')[0] === 'glibc.malloc.mmap_threshold')) return own.join(':');
  return [...own, MMAP_THRESHOLD].join(':');
}

/**
 * The environment `stargate-xref index` (which indexes a whole corpus, cold when the cache is) is started again with
 * on glibc (cli/launch.ts), or undefined where it runs as it is: another command, another C library, or the threshold
 * already in the environment (this process is the restart, or the user set their own).
 */
export function restartEnv(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  glibc: boolean,
): NodeJS.ProcessEnv | undefined {
  if (argv[0] !== 'index' || !glibc) return undefined;
  const tunables = mallocTunables(env);
  return tunables === (env.GLIBC_TUNABLES ?? '') ? undefined : { ...env, GLIBC_TUNABLES: tunables };
}
