// Smoke: the extension is there, activates on a Markdown file and checks it.
// Also run against the packaged .vsix and with --locale ko.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, open, waitFor, diagnostics, codeOf, closeAll } from '../helpers';

suite('smoke', () => {
  suiteTeardown(closeAll);

  test('the extension activates when a Markdown report is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found`);
    await open('examples/report-en.md');
    await waitFor('activation on a Markdown file', () => ext.isActive, 30_000);
  });

  test('the report gets its figure-mismatch diagnostics', async () => {
    const { doc } = await open('examples/report-en.md');
    const ds = await diagnostics(doc.uri, ds => ds.some(d => codeOf(d) === 'figure-mismatch'));
    assert.ok(ds.some(d => codeOf(d) === 'figure-mismatch'), 'no figure-mismatch diagnostic');
  });
});
