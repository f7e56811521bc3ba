// workspace/symbol on a large corpus: a huge query is bounded, and a running search reads $/cancelRequest
// (it searches a chunk of entries per turn of the event loop) and lets other requests through.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { Hover, SymbolInformation } from 'vscode-languageserver-protocol';
import { ROOT, TestClient, positionOf } from './lsp';

const example = fs.readFileSync(path.join(ROOT, 'examples', 'report-en.md'), 'utf8');

/** `p`, or an error naming `what` after `ms` (a generous limit against a hang, not a speed requirement). */
function within<T>(what: string, p: Promise<T>, ms = 90000): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ms} ms`)), ms)),
    ),
  ]).finally(() => clearTimeout(timer));
}

describe('workspace/symbol on a large corpus', function () {
  this.timeout(240000);
  let dir: string;
  let c: TestClient;
  const uri = 'untitled:symbols.md';
  const hoverParams = { textDocument: { uri }, position: positionOf(example, 'up to $500 billion', 8) };

  before(async function () {
    // 1,000 articles (the five seeds, each figure changed per copy): some 20,000 figures and quotations.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-symbols-'));
    const seeds = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => /\.(txt|md)$/.test(f));
    const texts = seeds.map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
    for (let i = 0; i < 200; i++)
      texts.forEach((t, j) => fs.writeFileSync(path.join(dir, `a${i}-${j}.txt`), t.replace(/500/g, String(500 + i))));
    c = new TestClient({ settings: { sources: [dir], useBundledSources: false } });
    await c.initialize();
    await c.until(
      'the index of 1,000 articles',
      () => c.statuses.find((s) => !s.indexing && s.sources >= 1000),
      180000,
    );
    c.open(uri, example);
    await c.diagnosticsFor(uri, undefined, 60000);
    // The first search makes the entries; the tests below measure searches, not that.
    await within('a first search', c.request<SymbolInformation[]>('workspace/symbol', { query: 'Texas' }));
  });

  after(async () => {
    await c?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a 100,000-character query (results or RequestCancelled), and a hover right after it', async () => {
    const query = 'Texas data center ' + 'Stargate'.repeat(12500);
    assert.ok(query.length > 100000);
    const symbols = c.conn.sendRequest('workspace/symbol', { query }).then(
      (r) => ({ ok: true as const, r }),
      (e: { code?: number }) => ({ ok: false as const, e }),
    );
    const hover = c.request<Hover | null>('textDocument/hover', hoverParams);
    const res = await within('the huge query', symbols);
    if (res.ok) assert.ok(Array.isArray(res.r), JSON.stringify(res.r).slice(0, 200));
    else assert.equal(res.e.code, -32800, JSON.stringify(res.e));
    assert.ok(await within('the hover after the huge query', hover), 'hover answered');
  });

  it('cancels a running search: RequestCancelled (-32800), and requests are answered while it runs', async () => {
    const cts = new CancellationTokenSource();
    let settled = false;
    const pending = c.conn
      .sendRequest('workspace/symbol', { query: 'OpenAI Oracle SoftBank invest data center Texas' }, cts.token)
      .then(
        (r) => ({ ok: true as const, r }),
        (e: { code?: number }) => ({ ok: false as const, e }),
      )
      .finally(() => (settled = true));
    // Sent after the search: answered while it runs only if the search yields to the event loop.
    const hover = await within('a hover during the search', c.request<Hover | null>('textDocument/hover', hoverParams));
    assert.ok(hover, 'hover answered');
    assert.equal(settled, false, 'the search was still running when the hover was answered');
    cts.cancel();
    const res = await within('the cancelled search', pending);
    assert.equal(res.ok, false, `cancelled, not answered with ${res.ok ? (res.r as unknown[]).length : 0} symbols`);
    assert.equal(!res.ok && res.e.code, -32800, JSON.stringify(res));
    // The server goes on: the same search, not cancelled, answers in full.
    const syms = await within(
      'the search again',
      c.request<SymbolInformation[]>('workspace/symbol', { query: 'Texas data center' }),
    );
    assert.ok(syms.length > 0, 'still serving');
  });
});
