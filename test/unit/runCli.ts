// The CLI in this process, as the unit tests drive it: its exit status, stdout and stderr as strings. Progress goes
// to a stream that is no terminal, so none is drawn whatever runs the tests.
import { main } from '../../server/src/cli/main';
import type { CheckOptions } from '../../server/src/judge/check';

export function runCli(argv: string[], checkOptions: CheckOptions = {}): { code: number; out: string; err: string } {
  const out: string[] = [],
    err: string[] = [];
  const code = main(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
    checkOptions,
    { write: () => true, isTTY: false },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
