// Protocol tests: the bundled server over stdio, driven by a plain JSON-RPC client.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, CompletionList, Diagnostic, Hover, Location, LocationLink, MarkupContent, SymbolInformation } from 'vscode-languageserver-protocol';
import { ROOT, SERVER, TestClient, applyEdits, fileUri, positionOf } from './lsp';

interface SourceInfo { key: string; file: string; uri: string; title?: string; outlet?: string; date?: string; figures: number }

const FIXTURES = path.join(__dirname, 'fixtures');
const CODES = new Set(['figure-mismatch', 'figure-unsupported', 'quote-mismatch', 'quote-misattributed', 'quote-unsupported', 'citation-unknown']);

function lineOf(file: string, line: number): string {
  return fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/)[line] ?? '';
}

function sliceRange(text: string, r: Diagnostic['range']): string {
  const lines = text.split('\n');
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line].slice(0, r.end.character)].join('\n');
}

describe('language server over stdio', function () {
  this.timeout(60000);
  let client: TestClient;
  let sources: SourceInfo[];
  let report: string;
  let key: string;
  const reportPath = path.join(FIXTURES, 'report-en.md');
  const uri = fileUri(reportPath);

  before(async function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    client = new TestClient({ workspaceFolder: ROOT });
    await client.initialize();
    await client.indexed(5);
    sources = await client.request<SourceInfo[]>('stargate-xref/sources', {});
    const src = sources.find((s) => s.file.endsWith('004_431f0ed3e2a48f6e.txt'));
    assert.ok(src, `seed 004 in ${JSON.stringify(sources.map((s) => s.file))}`);
    key = src.key;
    report = fs.readFileSync(reportPath, 'utf8').replaceAll('{{KEY_JOONGANG}}', key);
    client.open(uri, report);
  });

  after(async () => client?.stop());

  it('indexes the bundled seeds with nothing configured, and says so in a status notification', async () => {
    const s = client.statuses.filter((x) => !x.indexing).pop()!;
    assert.ok(s.sources >= 5, `sources ${s.sources}`);
    assert.ok(s.figures > 10, `figures ${s.figures}`);
    assert.ok(sources.every((x) => x.uri.startsWith('file://') && x.key));
    assert.ok(client.progress.length > 0, 'work-done progress was reported');
  });

  it('publishes diagnostics with code, README link, source and related source sentences', async () => {
    const diags = await client.diagnosticsFor(uri);
    assert.ok(diags.length >= 1, 'at least one diagnostic');
    for (const d of diags) {
      assert.equal(d.source, 'stargate-xref');
      assert.ok(CODES.has(String(d.code)), `code ${d.code}`);
      assert.equal(d.codeDescription?.href, `https://github.com/stargate-xref/stargate-xref#${d.code}`);
    }
    const jobs = diags.find((d) => d.code === 'figure-mismatch' && sliceRange(report, d.range).includes('200,000'));
    assert.ok(jobs, `a figure-mismatch on "200,000 jobs": ${JSON.stringify(diags.map((d) => [d.code, sliceRange(report, d.range)]))}`);
    assert.ok(jobs.relatedInformation?.length, 'relatedInformation');
    for (const ri of jobs.relatedInformation!) {
      assert.ok(ri.location.uri.startsWith('file://'));
      assert.match(ri.message, /^[✓✗] .+: /);
      const file = fileURLToPath(ri.location.uri);
      assert.ok(fs.existsSync(file), file);
    }
    assert.ok(jobs.relatedInformation!.some((ri) => ri.message.includes('100,000')), 'the source sentence with 100,000 is related');
    // The supported figure is not flagged.
    assert.ok(!diags.some((d) => sliceRange(report, d.range).includes('$500 billion')), 'no diagnostic on the supported $500 billion');
  });

  it('hovers a figure with the source sentence, the figure in bold, and agreement marks', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(report, '$500 billion', 2) });
    assert.ok(hover, 'a hover');
    const md = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(md, /\*\*\\?\$500 billion\*\*/);
    assert.ok(md.includes('✓'), md);
    assert.ok(md.includes(`\`${key}\``), md);
    assert.ok(md.length < 2500, `short hover (${md.length} chars)`);
  });

  it('hovers a citation key with headline, outlet and date', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(report, `[@${key}]`, 3) });
    assert.ok(hover, 'a hover on the key');
    const md = (hover.contents as MarkupContent).value;
    const src = sources.find((s) => s.key === key)!;
    if (src.title) assert.ok(md.includes(src.title.slice(0, 20).replace(/[()]/g, '\\$&')) || md.includes(src.title.slice(0, 20)), md);
  });

  it('goes to the source sentence that holds the figure', async () => {
    const links = await client.request<LocationLink[] | null>('textDocument/definition', { textDocument: { uri }, position: positionOf(report, '$500 billion', 2) });
    assert.ok(links && links.length >= 1, 'definition targets');
    const first = links[0];
    const file = fileURLToPath(first.targetUri);
    assert.ok(file.startsWith(path.join(ROOT, 'seeds')), file);
    const line = lineOf(file, first.targetSelectionRange.start.line);
    assert.ok(line.includes('$500 billion') || line.includes('5000억'), `target line: ${line}`);
  });

  it('finds every place the report cites a key', async () => {
    const refs = await client.request<Location[] | null>('textDocument/references', { textDocument: { uri }, position: positionOf(report, `[@${key}]`, 3), context: { includeDeclaration: false } });
    assert.ok(refs);
    assert.equal(refs.filter((r) => r.uri === uri).length, 2);
  });

  it('completes citation keys after [@', async () => {
    const text = report + '\nMore in [@';
    client.change(uri, 2, text);
    const pos = { line: text.split('\n').length - 1, character: 'More in [@'.length };
    const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: pos });
    assert.ok(list && list.items.length >= 5, 'all keys offered');
    const item = list.items.find((i) => i.label === key);
    assert.ok(item, 'the key is offered');
    assert.ok(item.detail, 'outlet/date in detail');
    const narrowed = await client.request<CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position: pos,
    });
    assert.ok(narrowed);
    client.change(uri, 3, report);
  });

  it('offers quick fixes whose edit makes the diagnostic go away', async () => {
    const diags = await client.diagnosticsFor(uri, 3);
    const d = diags.find((x) => x.code === 'figure-mismatch' && sliceRange(report, x.range).includes('200,000'));
    assert.ok(d, 'the mismatch is still there');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fixes = actions.filter((a) => a.kind === 'quickfix' && a.diagnostics?.some((x) => x.code === d.code));
    assert.ok(fixes.length >= 1, `quick fixes: ${JSON.stringify(actions.map((a) => a.title))}`);
    const preferred = fixes.find((a) => a.isPreferred) ?? fixes[0];
    assert.ok(fixes.filter((a) => a.isPreferred).length <= 1, 'at most one preferred');
    assert.ok(actions.some((a) => /Fix all stargate-xref problems/.test(a.title)), 'fix all offered');
    const edits = preferred.edit!.changes![uri];
    const fixed = applyEdits(report, edits);
    assert.ok(fixed.includes('100,000'), fixed);
    client.change(uri, 4, fixed);
    const after = await client.diagnosticsFor(uri, 4);
    assert.ok(!after.some((x) => x.code === 'figure-mismatch' && sliceRange(fixed, x.range).includes('100,000')), `still flagged: ${JSON.stringify(after)}`);
    assert.ok(after.length < diags.length, 'one problem fewer');
  });

  it('fixes everything with source.fixAll.stargate-xref', async () => {
    client.change(uri, 5, report);
    const before = await client.diagnosticsFor(uri, 5);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const all = actions.find((a) => a.kind === 'source.fixAll.stargate-xref');
    assert.ok(all, 'a fixAll action');
    const fixed = applyEdits(report, all.edit!.changes![uri]);
    client.change(uri, 6, fixed);
    const after = await client.diagnosticsFor(uri, 6);
    const fixable = before.filter((d) => d.code === 'figure-mismatch' || d.code === 'quote-mismatch' || d.code === 'quote-misattributed');
    assert.ok(after.length <= before.length - fixable.length, `before ${before.length}, fixable ${fixable.length}, after ${after.length}`);
    client.change(uri, 7, report);
    await client.diagnosticsFor(uri, 7);
  });

  it('finds corpus figures by workspace symbol search', async () => {
    const syms = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Texas data center' });
    assert.ok(syms.some((s) => s.name.replace(/\s/g, '').includes('1000억달러')), JSON.stringify(syms.slice(0, 5).map((s) => s.name)));
  });

  it('publishes only the latest version after rapid edits', async () => {
    let text = report;
    for (let v = 10; v < 40; v++) {
      text = report + `\nEdit ${v}.`;
      client.change(uri, v, text);
    }
    const diags = await client.diagnosticsFor(uri, 39);
    assert.ok(diags.length >= 1);
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(client.diagnostics.get(uri)?.version, 39, 'no stale version published after the latest');
  });

  it('answers requests on unknown documents and bad params with null, without crashing', async () => {
    const h = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nope.md' }, position: { line: 0, character: 0 } });
    assert.equal(h, null);
    const bad = await client.request('textDocument/hover', { textDocument: null, position: null }).catch((e) => e);
    assert.ok(bad === null || bad instanceof Error || typeof bad === 'object');
    const again = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(report, '$500 billion', 2) });
    assert.ok(again, 'still serving');
  });
});

describe('sources that change on disk', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-src-'));
    fs.writeFileSync(
      path.join(dir, 'acme.txt'),
      'Acme opens a data center in Ohio\n\nPublished: 3 Feb. 2025, 10:00\n\nAcme said on Monday it will spend $7 billion on a new data center in Ohio, creating 1,200 jobs.\n',
    );
    client = new TestClient({ settings: { sources: [dir], useBundledSources: false } });
    await client.initialize();
    await client.indexed(1);
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('re-checks open reports when a configured source file is edited', async () => {
    const status = client.statuses.filter((s) => !s.indexing).pop()!;
    assert.equal(status.sources, 1, 'only the configured folder');
    const text = 'Acme will spend $7 billion on its new Ohio data center.\n';
    const uri = 'untitled:report-acme.md';
    client.open(uri, text);
    const before = await client.diagnosticsFor(uri, 1);
    assert.ok(!before.some((d) => d.code === 'figure-mismatch'), `supported at first: ${JSON.stringify(before)}`);
    client.diagnostics.delete(uri);
    fs.writeFileSync(
      path.join(dir, 'acme.txt'),
      'Acme opens a data center in Ohio\n\nPublished: 3 Feb. 2025, 10:00\n\nAcme said on Monday it will spend $9 billion on a new data center in Ohio, creating 1,200 jobs.\n',
    );
    const after = await client.until('a re-check after the edit', () => {
      const d = client.diagnostics.get(uri);
      return d && d.diagnostics.some((x) => x.code === 'figure-mismatch') ? d.diagnostics : undefined;
    }, 10000);
    assert.ok(after.length >= 1);
  });

  it('applies settings live: turning the bundled seeds on re-indexes', async () => {
    client.settings = { sources: [dir], useBundledSources: true };
    const n = client.statuses.length;
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const s = await client.until('a re-index', () => client.statuses.slice(n).find((x) => !x.indexing && x.sources >= 6));
    assert.ok(s.sources >= 6);
  });
});
