// Hover and Go to Definition on the example report, through VS Code's own provider commands.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { open, diagnostics, codeOf, find, hoverText, closeAll } from '../helpers';

const inside = (r: vscode.Range) => r.start.translate(0, 1);

suite('hover and definition', () => {
  let doc: vscode.TextDocument;
  suiteSetup(async () => {
    doc = (await open('examples/report-en.md')).doc;
    await diagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'figure-mismatch'));
  });
  suiteTeardown(closeAll);

  const hover = async (text: string, nth = 0) => {
    const hs = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      inside(find(doc, text, nth)),
    );
    assert.ok(hs?.length, `no hover on "${text}"`);
    return hoverText(hs);
  };

  test('hover on a supported figure shows the source sentence and its outlet', async () => {
    const h = await hover('$500 billion');
    assert.match(h, /Edaily|JoongAng|이데일리|중앙/, h);
    assert.match(h, /500 ?billion|5000억/, h);
    assert.match(h, /supported|✓/, h);
  });

  test('hover on a wrong figure shows what the sources say instead', async () => {
    const h = await hover('$600 billion');
    assert.match(h, /500 ?billion|5000억/, h);
    assert.doesNotMatch(h.split('\n')[0], /supported\b(?! )/, 'first line should not call it supported');
  });

  test('hover on a quotation shows the source wording', async () => {
    const h = await hover('This would not have been possible without President Trump');
    assert.match(h, /wouldn’t have been possible|wouldn't have been possible|없었으면/, h);
  });

  test('hover stays short (no wall of text)', async () => {
    const h = await hover('$500 billion');
    assert.ok(h.length < 2500, `hover is ${h.length} characters`);
    assert.ok(h.split('\n').length <= 14, `hover has ${h.split('\n').length} lines`);
  });

  test('definition on a figure goes to the source file and sentence; the figure is there', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      doc.uri,
      inside(find(doc, '$500 billion')),
    );
    assert.ok(defs?.length, 'no definition');
    const first = defs[0];
    const uri = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetUri' in first ? first.targetRange : first.range;
    const sel = 'targetUri' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
    assert.match(path.basename(uri.fsPath), /\.txt$/);
    const src = await vscode.workspace.openTextDocument(uri);
    // The same amount, however the source writes it ($500 billion, 5000억 달러, or its won equivalent).
    const same = /500 ?billion|5000억|71[89]조|720조/;
    const sentence = src.getText(range);
    assert.match(sentence, same, `sentence: ${sentence}`);
    assert.match(src.getText(sel), same, `selection: ${src.getText(sel)}`);
    const editor = await vscode.window.showTextDocument(src, { selection: sel });
    assert.match(editor.document.getText(editor.selection), same);
    console.log(
      `definition of $500 billion: ${path.basename(uri.fsPath)} ${range.start.line + 1}: ${sentence.slice(0, 120)}`,
    );
  });
});
