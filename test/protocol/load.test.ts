// The server under load over stdio: 200 rapid edits to a 5,000-line report, a cancelled request, and
// requests that make a handler throw. No timing asserts beyond generous "it answered" deadlines; the
// bench (npm run bench) measures latency and memory over 10,000 edits.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { reportText } from '../../bench/generate';
import { SERVER, TestClient } from './lsp';

describe('language server under load (stdio)', function () {
  this.timeout(120_000);
  let client: TestClient;
  const uri = 'untitled:load-5000.md';
  const base = reportText(5000, 5);

  before(async function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    client = new TestClient();
    await client.initialize();
    await client.indexed(5);
    client.open(uri, base, 1);
    await client.diagnosticsFor(uri, 1, 60_000);
  });

  after(async () => client?.stop());

  const alive = async () => {
    const r = await client.request<unknown[]>('stargate-xref/sources', {});
    assert.ok(Array.isArray(r) && r.length >= 5, 'the server still answers');
  };

  it('200 rapid edits: a hover is answered while checks run, and only the last version is published last', async () => {
    const versions: number[] = [];
    let v = 1;
    let hover: Promise<unknown> | undefined;
    let hoverAnswered = false;
    for (let i = 0; i < 200; i++) {
      v++;
      client.change(uri, v, base + `\nEdit ${i}: Stargate will invest $${600 + i} billion in AI infrastructure.\n`);
      versions.push(v);
      if (i === 100)
        hover = client
          .request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } })
          .then((x) => {
            hoverAnswered = true;
            return x;
          });
    }
    // Answered, and before the last version's diagnostics are out (it does not wait for the whole burst).
    await Promise.race([
      hover,
      new Promise((_, rej) => setTimeout(() => rej(new Error('hover not answered during the burst')), 30_000)),
    ]);
    assert.ok(hoverAnswered);
    const diags = await client.diagnosticsFor(uri, v, 90_000);
    // Nothing older arrives afterwards.
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(client.diagnostics.get(uri)?.version, v, 'the last published diagnostics are for the last version');
    // And they are the last version's findings: the last edit's $799 billion line is the last line with a finding.
    const lastLine = base.split('\n').length;
    assert.ok(
      diags.some((d) => d.range.start.line === lastLine),
      `a finding on the edited line ${lastLine}: ${JSON.stringify(diags.slice(-2).map((d) => d.range))}`,
    );
    await alive();
  });

  it('a cancelled request is answered promptly, with RequestCancelled or a result', async () => {
    const src = new CancellationTokenSource();
    client.change(uri, 500, base + '\nStargate will invest $700 billion.\n'); // new version: the hover has to check it
    const p = client.conn.sendRequest(
      'textDocument/hover',
      { textDocument: { uri }, position: { line: 2, character: 3 } },
      src.token,
    );
    src.cancel();
    let outcome: string;
    try {
      await p;
      outcome = 'result';
    } catch (e) {
      assert.ok(e instanceof ResponseError, String(e));
      assert.equal(e.code, LSPErrorCodes.RequestCancelled);
      outcome = 'cancelled';
    }
    assert.ok(outcome, "answered (mocha's timeout bounds the wait)");
    await alive();
  });

  it('requests that make a handler throw are logged and answered; the server lives on', async () => {
    const before = client.logs.length;
    // A hover with no position: the claim lookup throws a TypeError inside the handler.
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: null });
    assert.equal(h, null);
    // A definition on a document the server never saw, a code action with no range, a completion with garbage.
    assert.equal(
      await client.request('textDocument/definition', {
        textDocument: { uri: 'file:///nowhere.md' },
        position: { line: 0, character: 0 },
      }),
      null,
    );
    await client
      .request('textDocument/codeAction', { textDocument: { uri }, range: null, context: null })
      .catch(() => undefined);
    await client
      .request('textDocument/completion', { textDocument: { uri }, position: { line: -5, character: 1e9 } })
      .catch(() => undefined);
    // checkDocuments with a malformed entry next to a real one: the real one is checked.
    const r = await client.request<{ checked: number }>('stargate-xref/checkDocuments', {
      documents: [
        { uri: 1, text: null },
        { uri: 'untitled:other.md', text: 'Stargate will invest $600 billion.' },
      ],
    });
    assert.equal(r.checked, 1);
    await client.until(
      'the handler error in the log',
      () => client.logs.slice(before).some((l) => /hover/i.test(l) && /Error|error/.test(l)),
      10_000,
    );
    await alive();
    // And a normal hover still works.
    const ok = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 3 },
    });
    assert.ok(ok === null || typeof ok === 'object');
    assert.equal(client.proc.exitCode, null, 'the server process is still running');
  });
});
