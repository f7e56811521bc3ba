// Diagnostics on the example report: specific known findings (codes, ranges, what the message names),
// nothing on the lines that are right or are not claims, nothing on a clean report, and the same
// findings as the engine's CLI (a cross-check only: the known facts above are what can fail on their own).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { open, diagnostics, codeOf, find, describe, closeAll, waitFor, ours } from '../helpers';

suite('diagnostics', () => {
  let doc: vscode.TextDocument;
  let ds: vscode.Diagnostic[];

  suiteSetup(async () => {
    doc = (await open('examples/report-en.md')).doc;
    // Wait until the set is complete enough to hold the last known finding.
    ds = await diagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'citation-unknown'));
  });
  suiteTeardown(closeAll);

  const at = (code: string, text: string, nth = 0) => {
    const r = find(doc, text, nth);
    const hit = ds.filter((d) => codeOf(d) === code && d.range.intersection(r));
    assert.ok(
      hit.length,
      `no ${code} on "${text}" (${r.start.line + 1}:${r.start.character + 1}); got:\n  ${describe(ds)}`,
    );
    return hit[0];
  };

  test('"$600 billion" is a figure-mismatch that names $500 billion, exactly on the figure', () => {
    const d = at('figure-mismatch', '$600 billion');
    assert.deepStrictEqual(d.range, find(doc, '$600 billion'), `range ${describe([d])}`);
    assert.match(d.message, /\$?500 billion/);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
  });

  test('"3 trillion won" is a figure-mismatch that names 2 trillion won', () => {
    const d = at('figure-mismatch', '3 trillion won');
    assert.match(d.message, /2 trillion/);
  });

  test("Trump's words put in Altman's mouth are quote-misattributed", () => {
    const line = find(doc, 'the largest AI infrastructure project in U.S. history', 1).start.line;
    const d = ds.find((d) => codeOf(d) === 'quote-misattributed' && d.range.start.line === line);
    assert.ok(d, `no quote-misattributed on line ${line + 1}; got:\n  ${describe(ds)}`);
    assert.match(d.message, /Trump/);
    assert.match(
      doc.getText(d.range),
      /Altman|largest AI infrastructure/,
      'the squiggle is on the speaker or the words',
    );
  });

  test('a figure no source has is figure-unsupported, information by default', () => {
    const d = at('figure-unsupported', '$13 billion');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
  });

  test('no source sentence is listed under the message by its file name (the hover lists them by outlet and headline)', () => {
    const d = at('figure-mismatch', '$600 billion');
    assert.strictEqual(
      d.relatedInformation?.length ?? 0,
      0,
      (d.relatedInformation ?? []).map((r) => `${r.location.uri.path.split('/').pop()}: ${r.message}`).join('\n'),
    );
  });

  test('a citation key no source has is citation-unknown', () => {
    at('citation-unknown', 'edaily-2025-01-21');
  });

  test('nothing on figures the sources support', () => {
    for (const [text, nth] of [
      ['$500 billion', 0],
      ['$100 billion', 0],
      ['100,000 jobs', 0],
    ] as const) {
      const r = find(doc, text, nth);
      const hit = ds.filter((d) => d.range.intersection(r));
      assert.strictEqual(hit.length, 0, `"${text}" is supported but has: ${describe(hit)}`);
    }
  });

  test('nothing in code, links, comments, front matter, tables or plain counts', () => {
    const notClaims = find(doc, '## Not claims').start.line;
    const after = ds.filter((d) => d.range.start.line >= notClaims);
    assert.strictEqual(after.length, 0, `findings in "Not claims": ${describe(after)}`);
    const frontMatterEnd = find(doc, '# Stargate: what was announced').start.line;
    const before = ds.filter((d) => d.range.start.line < frontMatterEnd);
    assert.strictEqual(before.length, 0, `findings in the front matter: ${describe(before)}`);
  });

  test('every diagnostic comes from stargate-xref and has a code', () => {
    for (const d of vscode.languages.getDiagnostics(doc.uri).filter(ours)) assert.ok(codeOf(d), describe([d]));
  });

  test('a clean report gets no diagnostics', async () => {
    const clean = (await open('clean-report.md')).doc;
    // Proof the server looked at it: the hover on its figure answers (a check happened).
    await waitFor('a hover on the clean report', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        clean.uri,
        find(clean, '$500 billion').start.translate(0, 2),
      );
      return h && h.length > 0;
    });
    const got = vscode.languages.getDiagnostics(clean.uri).filter(ours);
    assert.strictEqual(got.length, 0, describe(got));
  });

  test('the same findings as the CLI (cross-check)', function () {
    const file = process.env.XREF_EDITOR_CLI_JSON;
    if (!file || !fs.existsSync(file)) this.skip();
    const cli = JSON.parse(fs.readFileSync(file!, 'utf8'));
    const file0 = cli.files?.[0] ?? {};
    const findings: any[] = Array.isArray(cli) ? cli : (cli.findings ?? file0.diagnostics ?? file0.findings ?? []);
    assert.ok(findings.length, `no findings in the CLI output ${file}`);
    const key = (
      code: string,
      r: { start: { line: number; character: number }; end: { line: number; character: number } },
    ) => `${code}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    const want = findings.map((f) => key(f.code, f.range)).sort();
    const got = ds.map((d) => key(codeOf(d), d.range)).sort();
    assert.deepStrictEqual(got, want);
  });
});
