// The editor and the CLI report the same findings on the same file, also on a line of a wide table (no
// line is blanked out in the server only).
import * as assert from 'node:assert/strict';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { TestClient } from './lsp';

/** A 1,000-column table: its data row (some 25,000 characters) states a wrong figure in every cell. */
function wideTable(cols: number): string {
  const head = '| ' + Array.from({ length: cols }, (_, i) => `Stargate investment ${i}`).join(' | ') + ' |';
  const rule = '|' + '---|'.repeat(cols);
  const row = '| ' + Array.from({ length: cols }, (_, i) => `$${600 + i} billion in funds`).join(' | ') + ' |';
  return `# Stargate\n\nOpenAI, SoftBank and Oracle will invest up to $600 billion over four years.\n\n${head}\n${rule}\n${row}\n\nTrump projected the creation of 100,000 jobs.\n`;
}

const key = (d: {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: unknown;
  message: unknown;
}) =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${JSON.stringify(d.message)}`;

describe('a report with a very long line: server and CLI agree', function () {
  this.timeout(240000);
  let c: TestClient | undefined;
  after(async () => c?.stop());

  it('publishes the findings checkReport (the CLI) gives, on the 25,000-character table row too', async () => {
    const text = wideTable(1000);
    const lines = text.split('\n');
    const rowLine = lines.findIndex((l) => l.startsWith('| $600 billion in funds'));
    assert.ok(lines[rowLine].length > 20000, `row of ${lines[rowLine].length} characters`);

    const cli = toDiagnostics(checkReport(Corpus.load({ folders: [], useBundled: true }), text));
    assert.ok(cli.filter((d) => d.range.start.line === rowLine).length >= 1000, 'the CLI reports the row');

    c = new TestClient({});
    await c.initialize();
    await c.indexed(5);
    const uri = 'untitled:wide-table.md';
    c.open(uri, text);
    const got = await c.diagnosticsFor(uri, undefined, 180000);
    assert.equal(
      got.filter((d) => d.range.start.line === rowLine).length,
      cli.filter((d) => d.range.start.line === rowLine).length,
      'findings on the long row',
    );
    assert.deepEqual(got.map(key).sort(), cli.map(key).sort());
  });
});
