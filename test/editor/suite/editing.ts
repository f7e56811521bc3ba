// Typing a wrong figure brings a diagnostic; undo takes it away.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, diagnostics, codeOf, closeAll, waitFor, ours, describe } from '../helpers';

suite('editing', () => {
  suiteTeardown(closeAll);

  test('inserting a wrong figure brings a figure-mismatch; undo removes it', async () => {
    const { doc, editor } = await open('clean-report.md');
    await waitFor('the server to have checked the clean report', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        doc.positionAt(doc.getText().indexOf('$500 billion') + 2),
      );
      return h?.length;
    });
    assert.strictEqual(vscode.languages.getDiagnostics(doc.uri).filter(ours).length, 0);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((e) =>
      e.insert(end, '\n\nStargate will invest $800 billion in AI infrastructure over four years.\n'),
    );
    const line = doc.lineCount - 2;
    const ds = await diagnostics(doc.uri, (ds) => ds.some((d) => d.range.start.line === line));
    const d = ds.find((d) => d.range.start.line === line)!;
    assert.strictEqual(codeOf(d), 'figure-mismatch', describe(ds));
    assert.strictEqual(doc.getText(d.range), '$800 billion');
    await vscode.commands.executeCommand('undo');
    assert.ok(!doc.getText().includes('$800 billion'), 'undo did not remove the text');
    await waitFor('the diagnostic to go', () => vscode.languages.getDiagnostics(doc.uri).filter(ours).length === 0);
  });
});
