// The LSP lifecycle: after `shutdown` the server answers requests with InvalidRequest (LSP spec), not null.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, TestClient, fileUri, positionOf } from './lsp';

describe('server lifecycle', function () {
  this.timeout(120000);
  let c: TestClient | undefined;
  after(async () => c?.stop());

  it('answers a request after shutdown with InvalidRequest (-32600), not null', async () => {
    c = new TestClient({});
    await c.initialize();
    await c.indexed(5);
    const file = path.join(ROOT, 'examples', 'report-en.md');
    const text = fs.readFileSync(file, 'utf8');
    const uri = fileUri(file);
    c.open(uri, text);
    const pos = positionOf(text, 'up to $500 billion', 8);
    assert.ok(
      await c.request('textDocument/hover', { textDocument: { uri }, position: pos }),
      'a hover before shutdown',
    );
    assert.equal(await c.request('shutdown', null), null);
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: pos }],
      ['workspace/symbol', { query: 'Texas' }],
      ['stargate-xref/sources', {}],
    ] as const) {
      await assert.rejects(c.request(method, params), (e: { code?: number }) => {
        assert.equal(e.code, -32600, `${method}: ${JSON.stringify(e)}`);
        return true;
      });
    }
  });
});
