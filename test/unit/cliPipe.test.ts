// Issue 11 (11): `stargate-xref check big.md | head -1` and `index --json | head -1` printed an
// "Error: write EPIPE" stack trace. A reader that stops early ends the output quietly, as other tools do.
import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const BIN = path.join(ROOT, 'bin', 'stargate-xref.js');
const CLI = path.join(ROOT, 'server', 'src', 'cli', 'main.ts');

/** Runs the command and closes its stdout after the first chunk, like `| head -1`. */
function closingEarly(args: string[]): Promise<{ status: number | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '',
      first = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', (d) => {
      first = String(d);
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr, first }));
  });
}

describe('the CLI with a reader that closes early (| head -1)', function () {
  this.timeout(120_000);
  let dir: string, report: string, sources: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-pipe-'));
    report = path.join(dir, 'big.md');
    // Thousands of findings: far more output than a pipe holds.
    fs.writeFileSync(
      report,
      'Stargate will invest $600 billion over four years [@edaily-2025-01-22].\n\n'.repeat(1500),
    );
    // Twenty copies of the seeds: an index of megabytes.
    sources = path.join(dir, 'sources');
    fs.mkdirSync(sources);
    const seeds = path.join(ROOT, 'seeds');
    for (const f of fs.readdirSync(seeds).filter((x) => x.endsWith('.txt'))) {
      for (let i = 0; i < 20; i++) fs.copyFileSync(path.join(seeds, f), path.join(sources, `${i}-${f}`));
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const quiet = (r: { stderr: string }) => {
    assert.doesNotMatch(r.stderr, /EPIPE|Error|\n\s+at /, `nothing but quiet on stderr:\n${r.stderr}`);
  };

  for (const [name, prefix] of [
    ['bin/stargate-xref.js', [BIN]],
    ['tsx server/src/cli/main.ts', [TSX, CLI]],
  ] as const) {
    it(`${name} index --json: no EPIPE stack, exit 0`, async () => {
      const r = await closingEarly([...prefix, 'index', '--json', '--sources', sources]);
      assert.match(r.first, /^\{/);
      quiet(r);
      assert.equal(r.status, 0);
    });
    it(`${name} check big.md: no EPIPE stack, the check's own exit status`, async () => {
      const r = await closingEarly([...prefix, 'check', report]);
      assert.match(r.first, /big\.md:1:/);
      quiet(r);
      assert.equal(r.status, 1, 'error findings');
    });
  }
});
