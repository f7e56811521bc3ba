// Adding a folder to stargate-xref.sources indexes one more article and re-checks open reports.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, closeAll, waitFor, sources, ours, codeOf, describe, find } from '../helpers';

suite('settings', () => {
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('stargate-xref').update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  test('a new source folder adds an article and re-checks the open report', async () => {
    const { doc } = await open('sources-report.md');
    const before = (await sources()).length;
    const figure = find(doc, '$40 billion');
    const unsupported = await waitFor('figure-unsupported on "$40 billion" before the folder is added', () =>
      vscode.languages.getDiagnostics(doc.uri).filter(ours).find(d => codeOf(d) === 'figure-unsupported' && d.range.intersection(figure)));
    assert.ok(unsupported);

    await vscode.workspace.getConfiguration('stargate-xref').update('sources', ['more-sources'], vscode.ConfigurationTarget.Workspace);
    const after = await waitFor('one more source', async () => { const l = await sources(); return l.length === before + 1 ? l : undefined; }, 30_000);
    assert.ok(after.some(s => s.key === 'testwire-2025-01-22'), after.map(s => s.key).join(', '));
    // Re-checked without being touched: the figure is now supported.
    await waitFor('the open report to be re-checked', () =>
      !vscode.languages.getDiagnostics(doc.uri).filter(ours).some(d => d.range.intersection(figure)), 30_000)
      .catch(e => { throw new Error(`${e.message}\n  ${describe(vscode.languages.getDiagnostics(doc.uri))}`); });
  });
});
