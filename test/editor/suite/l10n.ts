// The extension's own strings in the editor's display language.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, locale } from '../helpers';

suite('l10n', () => {
  test('the host runs in the requested display language', () => {
    console.log(
      `vscode.env.language=${vscode.env.language} l10n.uri=${vscode.l10n.uri} bundle=${JSON.stringify(vscode.l10n.bundle)?.slice(0, 200)}`,
    );
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    console.log(`commands=${JSON.stringify(ext.packageJSON.contributes?.commands)}`);
    assert.strictEqual(vscode.env.language, locale());
  });

  test('contributed titles come from package.nls.<locale>.json', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const nlsFile = path.join(
      ext.extensionPath,
      locale() === 'en' ? 'package.nls.json' : `package.nls.${locale()}.json`,
    );
    const nls = JSON.parse(fs.readFileSync(nlsFile, 'utf8')) as Record<string, string>;
    // The host hands localized titles over as { value, original }.
    const titles = (ext.packageJSON.contributes?.commands ?? []).map((c: { title: string | { value: string } }) =>
      typeof c.title === 'string' ? c.title : c.title.value,
    );
    assert.ok(titles.length > 0, 'no contributed commands');
    for (const t of titles)
      assert.ok(Object.values(nls).includes(t), `command title "${t}" is not from ${path.basename(nlsFile)}`);
  });
});
