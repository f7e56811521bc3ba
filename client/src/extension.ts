// The Stargate XRef VS Code extension: starts the bundled language server (dist/server.js) over IPC for
// Markdown, shows the index in the status bar, and offers re-index / show sources / check workspace /
// open output. Workspace trust: in an untrusted workspace no workspace-configured source folders reach
// the server (VS Code drops them via restrictedConfigurations; the middleware below enforces it too).
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  DidChangeConfigurationNotification,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  CheckDocumentsRequest,
  ReindexRequest,
  SourcesRequest,
  StatusNotification,
  type SourceInfo,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { mallocTunables } from '../../server/src/memoryEnv';

const SECTION = 'stargate-xref';
let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;

/** What the server may see of `stargate-xref.sources`: user settings only when the workspace is untrusted. */
function trustedSources(): string[] {
  const cfg = vscode.workspace.getConfiguration(SECTION);
  if (vscode.workspace.isTrusted) return cfg.get<string[]>('sources') ?? [];
  return cfg.inspect<string[]>('sources')?.globalValue ?? [];
}

/** Whether a postgres:// URL carries a password. */
function hasPassword(url: string): boolean {
  try {
    return new URL(url).password !== '';
  } catch {
    return /:\/\/[^/@]*:[^/@]*@/.test(url);
  }
}

let passwordWarned = false;

/**
 * What the server may see of `stargate-xref.corpus`: the server connects to that database with the user's
 * credentials (PGPASSWORD, ~/.pgpass), so a workspace may name one only when it is trusted. A URL holding a
 * password is never taken from workspace settings (they are committed and shared; the password belongs in the
 * environment or ~/.pgpass): the user's own value is used instead, and the user is told once.
 */
function trustedCorpus(): string {
  const i = vscode.workspace.getConfiguration(SECTION).inspect<string>('corpus');
  const user = i?.globalValue ?? '';
  const ws = i?.workspaceFolderValue ?? i?.workspaceValue;
  if (ws === undefined || !vscode.workspace.isTrusted) return user;
  if (hasPassword(ws)) {
    if (!passwordWarned) {
      passwordWarned = true;
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          'Stargate XRef ignores the workspace setting stargate-xref.corpus: it holds a password. Put the password in PGPASSWORD or ~/.pgpass, or the URL in your user settings.',
        ),
      );
    }
    return user;
  }
  return ws;
}

function filterConfig(section: unknown): unknown {
  if (!section || typeof section !== 'object') return section;
  return { ...(section as object), sources: trustedSources(), corpus: trustedCorpus() };
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient | undefined }> {
  const module = context.asAbsolutePath('dist/server.js');
  // glibc's malloc tunables for the server (server/src/memoryEnv.ts): read only as a process starts, so given here.
  const env = { GLIBC_TUNABLES: mallocTunables() };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const output = vscode.window.createOutputChannel('Stargate XRef', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel: output,
    // The index cache lives in the extension's global storage (shared by every window, never in a workspace).
    initializationOptions: {
      locale: vscode.env.language,
      trusted: vscode.workspace.isTrusted,
      cacheDir: context.globalStorageUri.fsPath,
    },
    middleware: {
      // VS Code writes a diagnostic's relatedInformation under its message as "004_431f0ed3e2a48f6e.txt(3, 614): …",
      // in the same hover box as our hover, which lists the same source sentences named by outlet, date and
      // headline (with a link to each). Shown twice, and once under a file name: the hover's list is kept.
      // Other LSP clients still get relatedInformation from the server.
      handleDiagnostics: (uri, diagnostics, next) => {
        for (const d of diagnostics) d.relatedInformation = undefined;
        next(uri, diagnostics);
      },
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((r, i) => (params.items[i]?.section === SECTION ? filterConfig(r) : r));
        },
      },
    },
  };
  client = new LanguageClient(SECTION, 'Stargate XRef', serverOptions, clientOptions);

  status = vscode.window.createStatusBarItem('stargate-xref.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Stargate XRef';
  status.text = `$(sync~spin) ${vscode.l10n.t('Stargate sources: indexing…')}`;
  status.command = 'stargate-xref.showSources';
  status.show();
  context.subscriptions.push(status, output);

  const c = client;
  context.subscriptions.push(
    vscode.commands.registerCommand('stargate-xref.reindex', async () => {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Re-indexing Stargate sources') },
        () => c.sendRequest(ReindexRequest),
      );
    }),
    vscode.commands.registerCommand('stargate-xref.showSources', () => showSources(c)),
    vscode.commands.registerCommand('stargate-xref.checkWorkspace', () => checkWorkspace(c)),
    vscode.commands.registerCommand('stargate-xref.showOutput', () => c.outputChannel.show(true)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      // Now the workspace's own source folders may be used: have the server pull the settings again.
      void c.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION))
        void c.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }),
  );

  await client.start();
  context.subscriptions.push(
    client.onNotification(StatusNotification, (p: StatusParams) => updateStatus(p)),
    { dispose: () => void client?.stop() },
  );
  return { client };
}

function updateStatus(p: StatusParams): void {
  if (!status) return;
  if (p.indexing) {
    const pct = p.total ? ` ${Math.floor(((p.done ?? 0) / p.total) * 100)}%` : '';
    status.text = `$(sync~spin) ${vscode.l10n.t('Stargate sources: indexing…')}${pct}`;
  } else {
    status.text = `$(book) ${vscode.l10n.t('Stargate sources: {0} · {1} figures', p.sources, p.figures)}`;
  }
  const skipped = p.skipped ? `\n${vscode.l10n.t('{0} file(s) skipped (see the output)', p.skipped)}` : '';
  status.tooltip = `${vscode.l10n.t('{0} sources, {1} figures, {2} quotations', p.sources, p.figures, p.quotes)}${skipped}\n${vscode.l10n.t('Click to show the sources')}`;
}

async function showSources(c: LanguageClient): Promise<void> {
  const sources = await c.sendRequest<SourceInfo[]>(SourcesRequest);
  type Item = vscode.QuickPickItem & { source: SourceInfo };
  const items: Item[] = sources.map((s) => ({
    label: s.title ?? s.key,
    description: [s.outlet, s.date].filter(Boolean).join(' '),
    detail: `[@${s.key}] · ${vscode.l10n.t('{0} figures, {1} quotations', s.figures, s.quotes)}`,
    source: s,
  }));
  const pick = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t('Stargate sources ({0})', items.length),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (pick) await vscode.window.showTextDocument(vscode.Uri.parse(pick.source.uri), { preview: true });
}

async function checkWorkspace(c: LanguageClient): Promise<void> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**');
  let findings = 0;
  await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Checking Markdown in the workspace'),
      cancellable: true,
    },
    async (progress, token) => {
      const batch = 20;
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += batch) {
        const documents = await Promise.all(
          files.slice(i, i + batch).map(async (uri) => ({
            uri: uri.toString(),
            text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)),
          })),
        );
        const r = await c.sendRequest<{ checked: number; findings: number }>(CheckDocumentsRequest, {
          documents,
        });
        findings += r?.findings ?? 0;
        progress.report({
          increment: (documents.length / files.length) * 100,
          message: `${Math.min(i + batch, files.length)}/${files.length}`,
        });
      }
    },
  );
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Checked {0} Markdown file(s): {1} problem(s).', files.length, findings),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
