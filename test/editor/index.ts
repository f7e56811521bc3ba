// Entry point the VS Code extension host loads (extensionTestsPath): the same
// contract as @vscode/test-electron, run() resolving when every test passed.
// The harness bundles this file (with mocha inside) and each suite separately;
// suites use mocha's TDD globals (suite, test, suiteSetup...).
//
// Environment (from the harness, through extensionEnvironment):
//   XREF_EDITOR_RESULTS  where to write the JSON results (mocha's console output
//                        reaches the browser console with %s unfilled)
//   XREF_EDITOR_SUITES   comma-separated suite file names (without .js) to run
//   XREF_EDITOR_GREP     only tests whose full title matches this
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  suite: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export async function run(): Promise<void> {
  const started = Date.now();
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 300_000, reporter: 'spec' });
  if (process.env.XREF_EDITOR_GREP) mocha.grep(process.env.XREF_EDITOR_GREP);
  const only = (process.env.XREF_EDITOR_SUITES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const dir = path.join(__dirname, 'suite');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .filter((f) => only.length === 0 || only.includes(f.replace(/\.js$/, '')));
  const results: TestResult[] = [];
  const out = process.env.XREF_EDITOR_RESULTS;
  const write = (extra: Record<string, unknown> = {}) => {
    if (!out) return;
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({ files, results, durationMs: Date.now() - started, ...extra }, null, 2));
  };

  try {
    // What mocha's (removed) synchronous loadFiles did: set up the interface's
    // globals for each file, then require it.
    for (const f of files) {
      const file = path.join(dir, f);
      mocha.suite.emit('pre-require', globalThis, file, mocha);
      require(file);
      mocha.suite.emit('require', null, file, mocha);
      mocha.suite.emit('post-require', globalThis, file, mocha);
    }
  } catch (e) {
    write({ loadError: String((e as Error)?.stack ?? e) });
    throw e;
  }

  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      write({ failures });
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    const suiteOf = (t: Mocha.Runnable) => t.parent?.fullTitle() ?? '';
    runner.on('pass', (t) =>
      results.push({ title: t.title, suite: suiteOf(t), state: 'passed', durationMs: t.duration ?? 0 }),
    );
    runner.on('pending', (t) => results.push({ title: t.title, suite: suiteOf(t), state: 'pending', durationMs: 0 }));
    runner.on('fail', (t, err) => {
      results.push({
        title: t.title,
        suite: suiteOf(t),
        state: 'failed',
        durationMs: t.duration ?? 0,
        error: String((err as Error)?.stack ?? err)
          .split('\n')
          .slice(0, 12)
          .join('\n'),
      });
      write();
    });
  });
}
