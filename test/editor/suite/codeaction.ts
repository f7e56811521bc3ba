// Quick fix on a figure mismatch: offers the source value; applying it makes the diagnostic go away.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, diagnostics, codeOf, find, describe, closeAll, waitFor, ours } from '../helpers';

suite('code actions', () => {
  suiteTeardown(closeAll);

  test('a mismatch offers the source value and applying it removes the diagnostic', async () => {
    const { doc } = await open('examples/report-en.md');
    const ds = await diagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'figure-mismatch'));
    const wrong = find(doc, '$600 billion');
    const diag = ds.find((d) => codeOf(d) === 'figure-mismatch' && d.range.intersection(wrong));
    assert.ok(diag, describe(ds));
    const t0 = Date.now();
    const actions = await waitFor('quick fixes on the mismatch', async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        diag.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      return a?.length ? a : undefined;
    });
    if (Date.now() - t0 > 1000) console.log(`quick fixes took ${Date.now() - t0} ms to appear`);
    const fix = actions.find((a) => a.isPreferred) ?? actions.find((a) => /500 billion/.test(a.title));
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, /500 billion/);
    assert.ok(fix.edit, 'the fix has no edit');
    const edits = fix.edit.get(doc.uri);
    assert.ok(
      edits.some((e) => /500 billion/.test(e.newText)),
      JSON.stringify(edits),
    );
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(wrong.start.line).text, /\$500 billion/);
    await waitFor(
      'the mismatch to disappear',
      () =>
        !vscode.languages
          .getDiagnostics(doc.uri)
          .filter(ours)
          .some((d) => codeOf(d) === 'figure-mismatch' && d.range.start.line === wrong.start.line),
    );
    // The other findings are still there.
    assert.ok(
      vscode.languages
        .getDiagnostics(doc.uri)
        .filter(ours)
        .some((d) => codeOf(d) === 'citation-unknown'),
    );
  });
});
