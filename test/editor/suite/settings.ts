// Adding a folder to stargate-xref.sources indexes one more article and re-checks open reports.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, closeAll, waitFor, sources, ours, codeOf, describe, find } from '../helpers';

suite('settings', () => {
  suiteTeardown(async () => {
    await vscode.workspace
      .getConfiguration('stargate-xref')
      .update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  test('a new source folder adds an article and re-checks the open report', async () => {
    const { doc } = await open('sources-report.md');
    const figure = find(doc, '$40 billion');
    // The bundled sources do not state the Abilene campus's cost: a finding on it (figure-unsupported, or a
    // figure-mismatch against the Texas and venture totals, which they do state) until the folder is added.
    const before1 = await waitFor('a finding on "$40 billion" before the folder is added', () =>
      vscode.languages
        .getDiagnostics(doc.uri)
        .filter(ours)
        .find((d) => /^figure-/.test(String(codeOf(d))) && d.range.intersection(figure)),
    );
    assert.ok(before1);
    // Counted once the first index is in (diagnostics wait for it): when this suite runs first, it may not be yet.
    const before = (await sources()).length;

    await vscode.workspace
      .getConfiguration('stargate-xref')
      .update('sources', ['more-sources'], vscode.ConfigurationTarget.Workspace);
    const after = await waitFor('one more source', async () => {
      const l = await sources();
      return l.length === before + 1 ? l : undefined;
    });
    assert.ok(
      after.some((s) => s.key === 'testwire-2025-01-22'),
      after.map((s) => s.key).join(', '),
    );
    // Re-checked without being touched: the figure is now supported.
    await waitFor(
      'the open report to be re-checked',
      () =>
        !vscode.languages
          .getDiagnostics(doc.uri)
          .filter(ours)
          .some((d) => d.range.intersection(figure)),
    ).catch((e) => {
      throw new Error(`${e.message}\n  ${describe(vscode.languages.getDiagnostics(doc.uri))}`);
    });
  });
});
