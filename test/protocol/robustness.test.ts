// The server under bad input and load: skipped source files, a huge report, indexing a large corpus
// while answering, cancellation, 200 rapid edits to a 5,000-line report, settings applied live.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { Hover, SymbolInformation } from 'vscode-languageserver-protocol';
import { ROOT, TestClient, fileUri, positionOf } from './lsp';

const example = fs.readFileSync(path.join(ROOT, 'examples', 'report-en.md'), 'utf8');
const seed = fs.readFileSync(path.join(ROOT, 'seeds', '004_431f0ed3e2a48f6e.txt'), 'utf8');

function tmp(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

describe('server robustness', function () {
  this.timeout(120000);
  const dirs: string[] = [];
  const clients: TestClient[] = [];
  after(async () => {
    for (const c of clients) await c.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  const start = async (opts: ConstructorParameters<typeof TestClient>[0]) => {
    const c = new TestClient(opts);
    clients.push(c);
    await c.initialize();
    return c;
  };

  it('skips bad source files with one window message, logs each, and indexes the rest', async () => {
    const dir = tmp('xref-bad-');
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'good.txt'), seed);
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    fs.writeFileSync(path.join(dir, 'empty2.md'), '');
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 cr\xe8me costs \xa35 billion.', 'latin1'));
    fs.mkdirSync(path.join(dir, 'loop'));
    fs.symlinkSync(dir, path.join(dir, 'loop', 'back'));
    const c = await start({ settings: { sources: [dir], useBundledSources: false } });
    const s = await c.indexed(1);
    assert.equal(s.sources, 1);
    assert.ok(s.skipped >= 3, `skipped ${s.skipped}`);
    const msgs = await c.until('a window message', () => (c.messages.length ? c.messages : undefined));
    assert.equal(msgs.length, 1, 'one summary message');
    assert.match(msgs[0].message, /skipped [45] source file/); // 5 when the symlink loop is reported too
    // More than three: the first three by name and how many more, one period (issue 11: "a, b, c, ….").
    assert.match(msgs[0].message, /: [^,]+, [^,]+, [^,]+ and [12] more\. See/, msgs[0].message);
    assert.doesNotMatch(msgs[0].message, /…\.|\.\./, msgs[0].message);
    for (const f of ['binary.txt', 'empty.md', 'latin1.txt'])
      assert.ok(
        c.logs.some((l) => l.includes(f)),
        `${f} in the log`,
      );
  });

  it('does not check a huge report, says so once, and keeps serving other documents', async () => {
    const c = await start({});
    await c.indexed(5);
    const huge =
      'x'.repeat(1000) + '\n' + ('The venture will invest up to $500 billion. '.repeat(20) + '\n').repeat(6000);
    assert.ok(huge.length > 5 * 1024 * 1024);
    const hugeUri = 'untitled:huge.md';
    c.open(hugeUri, huge);
    const uri = 'untitled:small.md';
    c.open(uri, example);
    const hover = await c.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(example, 'up to $500 billion', 8),
    });
    assert.ok(hover, 'hover on the small report');
    const d = await c.diagnosticsFor(hugeUri);
    assert.equal(d.length, 0);
    assert.equal(c.logs.filter((l) => l.includes('Not checking untitled:huge.md')).length, 1);
    // A single 100,000-character line is checked (as the CLI checks it), and the line after it too.
    const longLine =
      'The venture will invest up to $500 billion. ' +
      '1,'.repeat(50000) +
      '\nTrump projected the creation of 100,000 jobs.\n';
    c.open('untitled:long.md', longLine);
    await c.diagnosticsFor('untitled:long.md');
  });

  it('answers hovers while a large corpus is indexing, and reports progress', async () => {
    const dir = tmp('xref-many-');
    dirs.push(dir);
    for (let i = 0; i < 600; i++)
      fs.writeFileSync(
        path.join(dir, `a${String(i).padStart(4, '0')}.txt`),
        seed.replace('$500 billion', `$${500 + i} billion`),
      );
    const c = await start({ settings: { sources: [], useBundledSources: true } });
    await c.indexed(5);
    const uri = 'untitled:during.md';
    c.open(uri, example);
    await c.diagnosticsFor(uri);
    c.settings = { sources: [dir], useBundledSources: true };
    const n = c.statuses.length;
    const p = c.progress.length;
    void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.until('indexing to start', () => c.statuses.slice(n).some((s) => s.indexing));
    const times: number[] = [];
    let answeredDuring = 0;
    while (!c.statuses.slice(n).some((s) => !s.indexing && s.sources > 5)) {
      const t0 = Date.now();
      const h = await c.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: positionOf(example, 'up to $500 billion', 8),
      });
      times.push(Date.now() - t0);
      assert.ok(h);
      if (!c.statuses.slice(n).some((s) => !s.indexing && s.sources > 5)) answeredDuring++;
      await new Promise((r) => setTimeout(r, 20));
    }
    const done = c.statuses.slice(n).find((s) => !s.indexing)!;
    assert.equal(done.sources, 605);
    assert.ok(answeredDuring >= 1, `hovers answered during indexing: ${answeredDuring}`);
    times.sort((a, b) => a - b);
    // The corpus yields to the server between slices of files; a slice's length is the engine's indexing speed.
    const p95 = times[Math.floor(times.length * 0.95)];
    console.log(
      `      ${times.length} hovers during indexing: median ${times[Math.floor(times.length / 2)]} ms, p95 ${p95} ms`,
    );
    assert.ok(c.progress.length > p + 1, 'work-done progress begin/report/end');
  });

  it('honours cancellation and stays up', async () => {
    const c = await start({});
    await c.indexed(5);
    const cts = new CancellationTokenSource();
    const pending = c.conn.sendRequest('workspace/symbol', { query: 'data center' }, cts.token).then(
      (r) => ({ ok: true, r }),
      (e) => ({ ok: false, e }),
    );
    cts.cancel();
    const res = await pending;
    assert.ok(res.ok === false || Array.isArray((res as { r: unknown }).r), 'cancelled or answered');
    const syms = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'data center' });
    assert.ok(syms.length > 0, 'still serving');
  });

  it('stays responsive through 200 rapid edits to a 5,000-line report and publishes only the last', async () => {
    const c = await start({});
    await c.indexed(5);
    const lines = example.split('\n');
    const big: string[] = [];
    while (big.length < 5000) big.push(...lines);
    const base = big.slice(0, 5000).join('\n');
    const uri = 'untitled:big.md';
    c.open(uri, base);
    await c.diagnosticsFor(uri, 1, 60000);
    const hoverTimes: number[] = [];
    // A hover sent right after an edit is answered from the last check, not after the new version's check: the
    // answer comes while that version's diagnostics are still to come (an order, not a clock).
    let answeredBeforeItsCheck = 0;
    for (let v = 2; v <= 201; v++) {
      c.change(uri, v, base + `\nEdit ${v}.`);
      if (v % 20 === 0) {
        const t0 = Date.now();
        const h = await c.request<Hover | null>('textDocument/hover', {
          textDocument: { uri },
          position: positionOf(base, 'up to $500 billion', 8),
        });
        hoverTimes.push(Date.now() - t0);
        assert.ok(h);
        if ((c.diagnostics.get(uri)?.version ?? 0) < v) answeredBeforeItsCheck++;
      }
    }
    const diags = await c.diagnosticsFor(uri, 201, 60000);
    assert.ok(diags.length > 100);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(c.diagnostics.get(uri)?.version, 201);
    hoverTimes.sort((a, b) => a - b);
    console.log(
      `      hovers during 200 edits: median ${hoverTimes[hoverTimes.length >> 1]} ms, max ${hoverTimes[hoverTimes.length - 1]} ms`,
    );
    assert.ok(
      answeredBeforeItsCheck >= 5,
      `hovers answered before their version's check: ${answeredBeforeItsCheck} of 10`,
    );
  });

  it('applies severity settings live', async () => {
    const c = await start({ settings: {} });
    await c.indexed(5);
    const uri = fileUri(path.join(ROOT, 'examples', 'report-en.md'));
    c.open(uri, example);
    const before = await c.diagnosticsFor(uri);
    assert.ok(before.some((d) => d.code === 'figure-unsupported'));
    c.settings = { severity: { unsupportedFigure: 'off' } };
    c.diagnostics.delete(uri);
    void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const off = await c.until('re-check without unsupported figures', () => {
      const d = c.diagnostics.get(uri);
      return d && !d.diagnostics.some((x) => x.code === 'figure-unsupported') ? d.diagnostics : undefined;
    });
    assert.ok(off.length < before.length);
    c.settings = { severity: { unsupportedFigure: 'error' } };
    c.diagnostics.delete(uri);
    void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const err = await c.until('unsupported figures as errors', () => {
      const d = c.diagnostics.get(uri);
      return d?.diagnostics.find((x) => x.code === 'figure-unsupported');
    });
    assert.equal(err.severity, 1);
  });

  it('takes settings from initializationOptions and didChangeConfiguration when the client has no workspace/configuration', async () => {
    const dir = tmp('xref-push-');
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'only.txt'), seed);
    const c = await start({ configuration: false, settings: { sources: [dir], useBundledSources: false } });
    const s = await c.indexed(1);
    assert.equal(s.sources, 1);
    const n = c.statuses.length;
    void c.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { 'stargate-xref': { sources: [dir], useBundledSources: true } },
    });
    const s2 = await c.until('re-index with seeds', () =>
      c.statuses.slice(n).find((x) => !x.indexing && x.sources >= 6),
    );
    assert.equal(s2.sources, 6);
  });
});
