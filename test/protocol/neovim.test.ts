// A real third-party LSP client: Neovim's built-in one, headless, against dist/server.js.
// Skips when nvim is not installed, unless XREF_REQUIRE_ALL_TIERS=1 (CI), where it must run.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, SERVER, positionOf } from './lsp';

interface NvimResult {
  ok: boolean;
  error?: string;
  steps: string[];
  version?: string;
  diagnostics: { lnum: number; col: number; end_col: number; message: string; source: string; code?: string }[];
  hover?: string;
  definition: { uri: string; line: number }[];
}

function nvimVersion(): string | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

describe('Neovim (built-in LSP client) against dist/server.js', function () {
  this.timeout(90000);
  let result: NvimResult;
  let report: string;

  before(function () {
    const version = nvimVersion();
    if (!version) {
      if (process.env.XREF_REQUIRE_ALL_TIERS === '1')
        throw new Error('nvim is not installed (XREF_REQUIRE_ALL_TIERS=1): run .ci/install-tools');
      console.log('      skipped: nvim is not installed (apt-get install neovim)');
      this.skip();
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-nvim-'));
    const file = path.join(dir, 'report.md');
    report =
      '# Stargate\n\nStargate will build an AI-focused data center with an investment of up to $500 billion over the next four years.\n\nStargate will invest $600 billion in AI infrastructure, according to the first draft.\n';
    fs.writeFileSync(file, report);
    const out = path.join(dir, 'result.json');
    const pos = positionOf(report, '$500 billion', 2);
    const r = spawnSync(
      'nvim',
      ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(__dirname, 'neovim-lsp.lua')}`],
      {
        encoding: 'utf8',
        timeout: 80000,
        cwd: dir,
        env: {
          ...process.env,
          XREF_SERVER: SERVER,
          XREF_REPORT: file,
          XREF_OUT: out,
          XREF_LINE: String(pos.line),
          XREF_CHAR: String(pos.character),
          HOME: dir,
          XDG_STATE_HOME: dir,
          XDG_DATA_HOME: dir,
          XDG_CONFIG_HOME: dir,
          XDG_CACHE_HOME: dir,
        },
      },
    );
    assert.ok(
      fs.existsSync(out),
      `nvim wrote no result (status ${r.status}, signal ${r.signal}): ${r.stderr}${r.stdout}`,
    );
    result = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs the script to the end', () => {
    assert.ok(result.ok, `error: ${result.error}; steps: ${result.steps.join(' → ')}`);
  });

  it('receives diagnostics with our source and codes', () => {
    assert.ok(result.diagnostics.length >= 1, JSON.stringify(result));
    assert.ok(result.diagnostics.every((d) => d.source === 'stargate-xref'));
    const jobs = result.diagnostics.find((d) => d.lnum === 4);
    assert.ok(jobs, `a diagnostic on the "$600 billion" line: ${JSON.stringify(result.diagnostics)}`);
    assert.equal(jobs.code, 'figure-mismatch');
  });

  it('gets a Markdown hover naming the sources', () => {
    assert.ok(result.hover, `hover: ${JSON.stringify(result)}`);
    assert.match(result.hover, /\*\*\\?\$500 billion\*\*/);
    assert.ok(result.hover.includes('✓'));
  });

  it('jumps to a source line that holds the figure', () => {
    assert.ok(result.definition.length >= 1, JSON.stringify(result));
    const d = result.definition[0];
    const file = fileURLToPath(d.uri);
    assert.ok(file.startsWith(path.join(ROOT, 'seeds')), file);
    const line = fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/)[d.line];
    assert.ok(line.includes('$500 billion') || line.includes('5000억'), line);
  });
});
