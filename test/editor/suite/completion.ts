// Completion after "[@" lists the citation keys.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, closeAll, sources, waitFor } from '../helpers';

suite('completion', () => {
  suiteTeardown(closeAll);

  test('after "[@" the corpus keys are offered', async () => {
    const { doc, editor } = await open('clean-report.md');
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\nSee [@'));
    const pos = doc.lineAt(doc.lineCount - 1).range.end;
    const keys = (await sources()).map((s) => s.key);
    const list = await waitFor('completion items', async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        doc.uri,
        pos,
        '@',
      );
      return l.items.some((i) => keys.includes(typeof i.label === 'string' ? i.label : i.label.label)) ? l : undefined;
    });
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const k of keys) assert.ok(labels.includes(k), `${k} not offered; got ${labels.join(', ')}`);
    assert.ok(labels.includes('edaily-2025-01-22'));
  });

  test('a typed prefix narrows the list', async () => {
    const { doc, editor } = await open('clean-report.md');
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\nSee [@joong'));
    const pos = doc.lineAt(doc.lineCount - 1).range.end;
    const l = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      pos,
    );
    const labels = l.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels[0]?.startsWith('joongang'), labels.join(', '));
  });
});
