// Helpers shared by the suites that run inside the extension host.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'stargate-xref.stargate-xref';
export const workspaceDir = (): string =>
  process.env.XREF_EDITOR_WORKSPACE ??
  vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ??
  assert.fail('no workspace folder');
export const wsUri = (...p: string[]): vscode.Uri => vscode.Uri.file(path.join(workspaceDir(), ...p));
export const locale = (): string => process.env.XREF_EDITOR_LOCALE ?? 'en';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * How long a wait may take before it counts as a failure. Generous on purpose: the suites run on busy
 * 2-core CI machines, where indexing, a check or the workbench can take many times what they take on an
 * idle one. Every wait polls the state that matters and returns as soon as it holds.
 */
export const WAIT_MS = 90_000;

/** Polls until fn returns a truthy value (or throws the last assertion error after timeoutMs). */
export async function waitFor<T>(
  what: string,
  fn: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message ?? last}` : ''}`,
      );
    }
    await sleep(100);
  }
}

export async function activate(): Promise<vscode.Extension<any>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(
    ext,
    `extension ${EXTENSION_ID} is not installed; have: ${vscode.extensions.all
      .filter((e) => !e.id.startsWith('vscode.'))
      .map((e) => e.id)
      .join(', ')}`,
  );
  await ext.activate();
  return ext;
}

export async function open(rel: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

export const ours = (d: vscode.Diagnostic) => /stargate|xref/i.test(d.source ?? '');
export const codeOf = (d: vscode.Diagnostic): string =>
  String(typeof d.code === 'object' && d.code ? d.code.value : (d.code ?? ''));

/** Our diagnostics on uri, once the server published at least one set for it. */
export async function diagnostics(uri: vscode.Uri, settle?: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = WAIT_MS) {
  return waitFor(
    `diagnostics on ${path.basename(uri.fsPath)}`,
    () => {
      const ds = vscode.languages.getDiagnostics(uri).filter(ours);
      return (settle ? settle(ds) : ds.length > 0) ? ds : undefined;
    },
    timeoutMs,
  );
}

/** Range of the n-th occurrence of text in doc. */
export function find(doc: vscode.TextDocument, text: string, nth = 0): vscode.Range {
  const all = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = all.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${nth + 1}) not found in ${path.basename(doc.uri.fsPath)}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
}

/** The plain text of hovers (markdown and plain strings joined). */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)))
    .join('\n');
}

export const inside = (outer: vscode.Range, inner: vscode.Range) =>
  outer.contains(inner) || inner.contains(outer) || !!outer.intersection(inner);

/**
 * Closes every editor without saving; reverts the workspace files a test changed.
 * Only files inside the workspace folders: the workbench itself may hold other documents
 * dirty for a moment (it rewrote the user settings.json while a suite ran once), and those are not ours.
 */
export async function closeAll(): Promise<void> {
  const fs = require('fs') as typeof import('fs');
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isClosed || doc.uri.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(doc.uri))
      continue;
    // Put back what is on disk and save, so the next suite sees the file as it was.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      doc.uri,
      new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)),
      fs.readFileSync(doc.uri.fsPath, 'utf8'),
    );
    await vscode.workspace.applyEdit(edit);
    if (!doc.isClosed) await doc.save();
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The language client the extension returns from activate() ({ client }). */
export async function client(): Promise<{ sendRequest<R>(method: string, params?: unknown): Promise<R> }> {
  const ext = await activate();
  const c = ext.exports?.client;
  assert.ok(c && typeof c.sendRequest === 'function', 'activate() should return { client } (the LanguageClient)');
  return c;
}

/** What the server indexed (the custom request behind the status item and "Show sources"). */
export async function sources(): Promise<{ key: string; file: string; outlet?: string }[]> {
  return (await client()).sendRequest('stargate-xref/sources');
}

/** Articles the extension bundles (seeds/*.txt next to dist/). */
export function bundledArticleCount(ext: vscode.Extension<unknown>): number {
  const fs = require('fs') as typeof import('fs');
  return fs.readdirSync(path.join(ext.extensionPath, 'seeds')).filter((f) => f.endsWith('.txt')).length;
}

export function describe(ds: readonly vscode.Diagnostic[]): string {
  return ds
    .map(
      (d) =>
        `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`,
    )
    .join('\n  ');
}
