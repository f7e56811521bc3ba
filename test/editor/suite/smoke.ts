// Smoke: the extension is there, activates on a Markdown file and checks it.
// Also run against the packaged .vsix and with --locale ko.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, open, waitFor, diagnostics, codeOf, closeAll, sources, bundledArticleCount } from '../helpers';

suite('smoke', () => {
  suiteTeardown(closeAll);

  test('the extension activates when a Markdown report is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found`);
    await open('examples/report-en.md');
    await waitFor('activation on a Markdown file', () => ext.isActive);
  });

  test('the server indexed the bundled articles (the number the status item shows)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const expected = bundledArticleCount(ext);
    assert.ok(expected >= 5, `only ${expected} bundled articles`);
    const list = await waitFor('the index', async () => {
      const l = await sources();
      return l.length ? l : undefined;
    });
    assert.strictEqual(list.length, expected, `sources: ${list.map((s) => s.key).join(', ')}`);
    assert.ok(
      list.some((s) => s.key === 'edaily-2025-01-22'),
      `no edaily-2025-01-22 among ${list.map((s) => s.key).join(', ')}`,
    );
  });

  test('the report gets its figure-mismatch diagnostics', async () => {
    const { doc } = await open('examples/report-en.md');
    const ds = await diagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'figure-mismatch'));
    assert.ok(
      ds.some((d) => codeOf(d) === 'figure-mismatch'),
      'no figure-mismatch diagnostic',
    );
  });
});
