// A minimal LSP client for the protocol tests: spawns `node dist/server.js --stdio` and speaks JSON-RPC
// through vscode-languageserver-protocol, recording diagnostics, status notifications and messages.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { StatusParams } from '../../server/src/lsp/protocol';
export type { StatusParams };

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface ClientOptions {
  /** What workspace/configuration answers for the "stargate-xref" section. */
  settings?: Record<string, unknown>;
  locale?: string;
  workspaceFolder?: string;
  /** Advertise workspace/configuration support (default true). */
  configuration?: boolean;
  /** initializationOptions.cacheDir: where the server may keep its index cache. */
  cacheDir?: string;
  /** Environment variables for the server process (over this one's). */
  env?: Record<string, string>;
  /** The server bundle to run (default dist/server.js; the bench runs a baseline's too). */
  server?: string;
}

export class TestClient {
  readonly conn: ProtocolConnection;
  readonly proc: ChildProcess;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publication in order, with whether a complete index (some source, not indexing) had been announced before it. */
  readonly publications: (PublishDiagnosticsParams & { afterIndex: boolean })[] = [];
  readonly statuses: StatusParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: string[] = [];
  readonly progress: unknown[] = [];
  settings: Record<string, unknown>;
  private waiters: (() => void)[] = [];
  stderr = '';

  constructor(private opts: ClientOptions = {}) {
    this.settings = opts.settings ?? {};
    // Without the bundle the server process dies at once and every wait would run to its timeout.
    const server = opts.server ?? SERVER;
    if (!fs.existsSync(server))
      throw new Error(`${path.relative(ROOT, server)} is missing: run \`npm run build\` first (npm test does)`);
    this.proc = spawn(process.execPath, [server, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd: ROOT,
      env: opts.env ? { ...process.env, ...opts.env } : undefined,
    });
    this.proc.stderr!.on('data', (d) => (this.stderr += d.toString()));
    this.conn = createProtocolConnection(
      new StreamMessageReader(this.proc.stdout!),
      new StreamMessageWriter(this.proc.stdin!),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.publications.push({ ...p, afterIndex: this.statuses.some((s) => !s.indexing && s.sources > 0) });
      this.wake();
    });
    this.conn.onNotification('stargate-xref/status', (p: StatusParams) => {
      this.statuses.push(p);
      this.wake();
    });
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.wake();
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      if (process.env.XREF_TEST_VERBOSE) console.log('  [server]', p.message);
    });
    this.conn.onNotification('$/progress', (p: unknown) => {
      this.progress.push(p);
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'stargate-xref' ? this.settings : null)),
    );
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('client/unregisterCapability', () => null);
    this.conn.onRequest('window/showMessageRequest', () => null);
    this.conn.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  /** Resolve when `pred()` holds, checked after every notification; reject after `ms`. */
  async until<T>(what: string, pred: () => T | undefined | false, ms = 15000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = pred();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `timed out waiting for ${what}\nserver log:\n${this.logs.slice(-20).join('\n')}\n${this.stderr}`,
        );
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async initialize(): Promise<void> {
    const folder = this.opts.workspaceFolder;
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      locale: this.opts.locale ?? 'en',
      rootUri: folder ? pathToFileURL(folder).toString() : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).toString(), name: path.basename(folder) }] : null,
      capabilities: {
        workspace: {
          configuration: this.opts.configuration ?? true,
          didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
          didChangeConfiguration: { dynamicRegistration: true },
        },
        window: { workDoneProgress: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          definition: { linkSupport: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
            isPreferredSupport: true,
          },
          completion: { completionItem: { snippetSupport: false, labelDetailsSupport: true } },
        },
      },
      initializationOptions:
        this.opts.configuration === false || this.opts.cacheDir
          ? {
              ...(this.opts.configuration === false ? { settings: this.settings } : {}),
              ...(this.opts.cacheDir ? { cacheDir: this.opts.cacheDir } : {}),
            }
          : undefined,
    });
    await this.conn.sendNotification('initialized', {});
  }

  /** Wait until the server reports a finished index (status with indexing: false). */
  async indexed(minSources = 1): Promise<StatusParams> {
    return this.until('the index', () => this.statuses.find((s) => !s.indexing && s.sources >= minSources));
  }

  open(uri: string, text: string, version = 1): void {
    this.diagnostics.delete(uri);
    void this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
  }

  change(uri: string, version: number, text: string): void {
    void this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  async diagnosticsFor(uri: string, version?: number, ms?: number): Promise<Diagnostic[]> {
    const p = await this.until(
      `diagnostics for ${uri}${version ? ` v${version}` : ''}`,
      () => {
        const d = this.diagnostics.get(uri);
        return d && (version === undefined || d.version === version) ? d : undefined;
      },
      ms,
    );
    return p.diagnostics;
  }

  async request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    setTimeout(() => this.proc.kill(), 500).unref();
  }
}

/** Position of the first occurrence of `needle` (plus `offset` characters) in `text`. */
export function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, i + offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Apply LSP text edits (one document) to a string. */
export function applyEdits(
  text: string,
  edits: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
  }[],
): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}
