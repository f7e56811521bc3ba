// The command line's options, in one table read by both cli/main.ts (parseArgs) and the launcher's code cache
// (cli/codeCache.ts, which must find `--cache` before the engine is loaded). No imports: the launcher loads it.

/** Every option of `stargate-xref check` / `index`: whether it takes a value (`--flag value` or `--flag=value`). */
export const FLAGS: Readonly<Record<string, 'value' | 'switch'>> = {
  '--sources': 'value',
  '--no-default-sources': 'switch',
  '--corpus': 'value',
  '--into': 'value',
  '--format': 'value',
  '--json': 'switch',
  '--cache': 'value',
  '--no-cache': 'switch',
  '--quiet': 'switch',
  '-q': 'switch',
  '--unsupported-figures': 'value',
  '--unsupported-quotes': 'value',
  '-h': 'switch',
  '--help': 'switch',
  '--version': 'switch',
};

/** Whether `flag` (without an `=value`) is an option that takes a value. */
export function takesValue(flag: string): boolean {
  return Object.prototype.hasOwnProperty.call(FLAGS, flag) && FLAGS[flag] === 'value';
}

/** An argument split as an option: `--flag=value` into the flag and its inline value, anything else whole. */
export function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
