// The command line's options are read in two places: cli/main.ts parses them, and the launcher's code cache
// (cli/codeCache.ts) finds `--cache` before the engine is loaded. Both read cli/flags.ts; here they must agree on
// every option it lists, and main must read each one.
import * as assert from 'assert';
import * as path from 'path';
import { codeCacheDir } from '../../server/src/cli/codeCache';
import { FLAGS, takesValue } from '../../server/src/cli/flags';
import { parseArgs } from '../../server/src/cli/main';

/** A value each option accepts (so parseArgs does not refuse the line for another reason). */
const SAMPLE: Record<string, string> = {
  '--sources': 'articles',
  '--corpus': 'postgres://localhost/xref',
  '--into': 'postgres://localhost/xref',
  '--format': 'json',
  '--cache': '/elsewhere',
  '--unsupported-figures': 'off',
  '--unsupported-quotes': 'hint',
};

describe('the command line options (cli/flags.ts)', () => {
  const flags = Object.keys(FLAGS);
  it('give a sample value for every option that takes one', () => {
    for (const f of flags) if (takesValue(f)) assert.ok(SAMPLE[f], `no sample value for ${f}`);
  });
  for (const f of flags) {
    it(`${f}: main reads it, and main and the code cache find the same --cache after it`, () => {
      const cmd = f === '--into' ? 'index' : 'check';
      const argv = [cmd, f, ...(takesValue(f) ? [SAMPLE[f]] : []), '--cache', '/c', 'r.md'];
      const a = parseArgs(argv);
      const cached = codeCacheDir(argv);
      if (a.cmd === 'check' || a.cmd === 'index') {
        assert.equal(a.cache, '/c');
        assert.equal(cached, path.join('/c', 'code'));
      }
      // The inline form too.
      if (takesValue(f)) {
        const inline = [cmd, `${f}=${SAMPLE[f]}`, '--cache', '/d', 'r.md'];
        assert.equal(parseArgs(inline).cache, '/d');
        assert.equal(codeCacheDir(inline), path.join('/d', 'code'));
      }
    });
  }
  it('a value that looks like an option is a value in both', () => {
    for (const f of flags.filter(takesValue).filter((f) => f !== '--cache')) {
      const argv = ['check', f, '--cache', 'r.md'];
      let mainCache: string | false | undefined;
      try {
        mainCache = parseArgs(argv).cache;
      } catch {
        continue; // refused as a value of that option (a URL, a format): nothing is run, nothing cached
      }
      assert.notEqual(mainCache, 'r.md', f);
      assert.notEqual(codeCacheDir(argv), path.join(path.resolve('r.md'), 'code'), f);
    }
  });
  it('an option not in the table is refused', () => {
    assert.throws(() => parseArgs(['check', '--frobnicate', 'r.md']), /unknown option --frobnicate/);
  });
});
