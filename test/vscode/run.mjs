#!/usr/bin/env node
// npm run test:vscode — the same suites as npm run test:editor (test/editor/suite),
// run by @vscode/test-electron's runTests in a desktop VS Code.
//
// VS Code comes from VSCODE_EXECUTABLE_PATH (a local install), else from
// @vscode/test-electron's download (cached in .vscode-test/). Where neither is
// possible (no internet here), prints one line "skipped: ..." and exits 0
// (1 with XREF_REQUIRE_ALL_TIERS=1). Not part of npm test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, run, bundleEditorTests, makeWorkspace } from '../../scripts/editor/lib.mjs';

const requireAll = process.env.XREF_REQUIRE_ALL_TIERS === '1';
const outDir = path.join(root, 'test-output/vscode');
const skip = (reason) => {
  console.log(`skipped: ${reason}`);
  process.exit(requireAll ? 1 : 0);
};

const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');

let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || process.env.vscodeExecutablePath;
if (vscodeExecutablePath) {
  if (!fs.existsSync(vscodeExecutablePath)) skip(`VSCODE_EXECUTABLE_PATH=${vscodeExecutablePath} does not exist`);
} else {
  try {
    // Fails fast with ENOTFOUND when the update server is unreachable.
    vscodeExecutablePath = await Promise.race([
      downloadAndUnzipVSCode({
        version: process.env.XREF_VSCODE_VERSION || 'stable',
        cachePath: path.join(root, '.vscode-test'),
      }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('download timed out after 120 s')), 120_000)),
    ]);
  } catch (e) {
    skip(
      `no VS Code to run: set VSCODE_EXECUTABLE_PATH, or allow @vscode/test-electron to download it (${String(e.message ?? e).split('\n')[0]}); npm run test:editor runs the same suites in code-server`,
    );
  }
}

const t0 = Date.now();
run('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
fs.rmSync(outDir, { recursive: true, force: true });
const extensionTestsPath = await bundleEditorTests(path.join(outDir, 'tests'));
const ws = makeWorkspace(path.join(outDir, 'workspace'));
const resultsFile = path.join(outDir, 'results.json');
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-vscode-'));

let code = 0;
try {
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath,
    launchArgs: [
      ws,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--user-data-dir',
      userData,
    ],
    extensionTestsEnv: {
      XREF_EDITOR_RESULTS: resultsFile,
      XREF_EDITOR_PHASE: 'vscode',
      XREF_EDITOR_WORKSPACE: ws,
      XREF_EDITOR_LOCALE: 'en',
      XREF_EDITOR_REPO: root,
      // l10n needs --locale ko and a language pack; test:editor covers it.
      XREF_EDITOR_SUITES: process.env.XREF_EDITOR_SUITES ?? '',
      ...(process.env.XREF_EDITOR_GREP ? { XREF_EDITOR_GREP: process.env.XREF_EDITOR_GREP } : {}),
    },
  });
} catch (e) {
  console.error(`runTests failed: ${e?.message ?? e}`);
  code = 1;
} finally {
  fs.rmSync(userData, { recursive: true, force: true });
}

let results = [];
try {
  results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')).results ?? [];
} catch {
  /* none written */
}
for (const r of results) {
  console.log(
    `  ${r.state === 'passed' ? '✓' : r.state === 'pending' ? '-' : '✗'} ${r.suite} › ${r.title} (${r.durationMs} ms)`,
  );
  if (r.error)
    console.log(
      r.error
        .split('\n')
        .map((l) => `      ${l}`)
        .join('\n'),
    );
}
const passed = results.filter((r) => r.state === 'passed').length;
const failed =
  results.filter((r) => r.state === 'failed').length +
  (code !== 0 && !results.some((r) => r.state === 'failed') ? 1 : 0);
console.log(`vscode: ${passed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1);
