// Protocol tests: the bundled server over stdio, driven by a plain JSON-RPC client.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  Hover,
  Location,
  LocationLink,
  MarkupContent,
  SymbolInformation,
} from 'vscode-languageserver-protocol';
import { ROOT, SERVER, TestClient, applyEdits, fileUri, positionOf } from './lsp';
import type { SourceInfo } from '../../server/src/lsp/protocol';

const CODES = new Set([
  'figure-mismatch',
  'figure-unsupported',
  'quote-mismatch',
  'quote-misattributed',
  'quote-unsupported',
  'citation-unknown',
]);

function lineOf(file: string, line: number): string {
  return fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/)[line] ?? '';
}

function sliceRange(text: string, r: Diagnostic['range']): string {
  const lines = text.split('\n');
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return [
    lines[r.start.line].slice(r.start.character),
    ...lines.slice(r.start.line + 1, r.end.line),
    lines[r.end.line].slice(0, r.end.character),
  ].join('\n');
}

describe('language server over stdio (examples/report-en.md)', function () {
  this.timeout(60000);
  let client: TestClient;
  let sources: SourceInfo[];
  const reportPath = path.join(ROOT, 'examples', 'report-en.md');
  const report = fs.readFileSync(reportPath, 'utf8');
  const uri = fileUri(reportPath);
  const key = 'joongang-2025-01-23';

  before(async function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    client = new TestClient({ workspaceFolder: ROOT });
    await client.initialize();
    await client.indexed(5);
    sources = await client.request<SourceInfo[]>('stargate-xref/sources', {});
    client.open(uri, report);
  });

  after(async () => client?.stop());

  it('indexes the bundled seeds with nothing configured, and says so in a status notification', async () => {
    const s = client.statuses.filter((x) => !x.indexing).pop()!;
    assert.ok(s.sources >= 5, `sources ${s.sources}`);
    assert.ok(s.figures > 10, `figures ${s.figures}`);
    assert.ok(sources.every((x) => x.uri.startsWith('file://') && x.key));
    assert.ok(
      sources.some((x) => x.key === key),
      JSON.stringify(sources.map((x) => x.key)),
    );
    assert.ok(client.progress.length > 0, 'work-done progress was reported');
  });

  it('publishes diagnostics with code, README link, source and related source sentences', async () => {
    const diags = await client.diagnosticsFor(uri);
    for (const d of diags) {
      assert.equal(d.source, 'stargate-xref');
      assert.ok(CODES.has(String(d.code)), `code ${d.code}`);
      assert.equal(d.codeDescription?.href, `https://github.com/stargate-xref/stargate-xref#${d.code}`);
    }
    const codes = diags.map((d) => d.code);
    for (const c of ['figure-mismatch', 'quote-mismatch', 'quote-misattributed', 'citation-unknown'])
      assert.ok(codes.includes(c), `${c} in ${codes}`);
    const d600 = diags.find((d) => d.code === 'figure-mismatch' && sliceRange(report, d.range) === '$600 billion');
    assert.ok(
      d600,
      `a figure-mismatch exactly on "$600 billion": ${JSON.stringify(diags.map((d) => [d.code, sliceRange(report, d.range)]))}`,
    );
    assert.equal(d600.severity, 1);
    assert.ok(d600.relatedInformation?.length, 'relatedInformation');
    for (const ri of d600.relatedInformation!) {
      assert.ok(ri.location.uri.startsWith('file://'));
      assert.match(ri.message, /^[✓✗] .+: /);
      const file = fileURLToPath(ri.location.uri);
      assert.ok(fs.existsSync(file), file);
    }
    const first = d600.relatedInformation![0];
    const line = lineOf(fileURLToPath(first.location.uri), first.location.range.start.line);
    assert.ok(/\$500 billion|5000억/.test(line), `the related sentence holds the source figure: ${line}`);
    assert.ok(
      /Edaily 2025-01-22: /.test(d600.relatedInformation!.map((r) => r.message).join('\n')),
      'outlet and date in the related message',
    );
    // The supported figure is not flagged.
    assert.ok(
      !diags.some((d) => d.range.start.line === positionOf(report, 'up to $500 billion').line),
      'nothing on the supported line',
    );
  });

  it('hovers a figure with the source sentence, the figure in bold, and agreement marks', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(report, 'up to $500 billion', 8),
    });
    assert.ok(hover, 'a hover');
    const md = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(md, /\*\*\\?\$500 billion\*\*/);
    assert.match(md, /\*\*5000억 ?달러\*\*/, 'the Korean source sentence too');
    assert.ok(md.includes('✓'), md);
    assert.ok(md.includes('`edaily-2025-01-22`'), md);
    assert.ok(md.includes('Edaily'), md);
    const items = md.split('\n').filter((l) => l.startsWith('- ✓') || l.startsWith('- ✗'));
    assert.ok(items.length >= 1 && items.length <= 6, `1..6 sources listed, got ${items.length}`);
    assert.ok(md.length < 2500, `short hover (${md.length} chars)`);
  });

  it('hovers a mismatched figure with ✗ and names the disagreement', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(report, '$600 billion', 2),
    });
    assert.ok(hover);
    const md = (hover.contents as MarkupContent).value;
    assert.ok(md.includes('$600 billion') || md.includes('\\$600 billion'), md);
    assert.ok(md.includes('✗'), md);
  });

  it('hovers a misquote with the source wording and what differs', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(report, 'This would not', 3),
    });
    assert.ok(hover);
    const md = (hover.contents as MarkupContent).value;
    assert.ok(md.includes('wouldn’t'), md);
    assert.match(md, /Differs: .*would not.*wouldn’t/, md);
  });

  it('hovers a citation key with headline, outlet and date', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(report, `[@${key}]`, 4),
    });
    assert.ok(hover, 'a hover on the key');
    const md = (hover.contents as MarkupContent).value;
    const src = sources.find((s) => s.key === key)!;
    assert.ok(md.includes('JoongAng') && md.includes('2025-01-23'), md);
    assert.ok(md.includes(src.title!.slice(0, 15)), md);
  });

  it('goes to the source sentence that holds the figure', async () => {
    const links = await client.request<LocationLink[] | null>('textDocument/definition', {
      textDocument: { uri },
      position: positionOf(report, 'up to $500 billion', 8),
    });
    assert.ok(links && links.length >= 1, 'definition targets');
    const best = links[0];
    const bestLine = lineOf(fileURLToPath(best.targetUri), best.targetSelectionRange.start.line);
    assert.ok(/\$500 billion|5000억/.test(bestLine), `best target line: ${bestLine}`);
    for (const l of links) {
      const file = fileURLToPath(l.targetUri);
      assert.ok(file.startsWith(path.join(ROOT, 'seeds')), file);
      const r = l.targetSelectionRange;
      const held = lineOf(file, r.start.line).slice(
        r.start.character,
        r.start.line === r.end.line ? r.end.character : undefined,
      );
      assert.match(held, /\d/, `the selection is a figure in the source line: ${held}`);
      assert.ok(
        r.start.line >= l.targetRange.start.line && r.end.line <= l.targetRange.end.line,
        'selection inside the sentence',
      );
      assert.deepEqual(l.originSelectionRange, {
        start: positionOf(report, 'up to $500 billion', 6),
        end: positionOf(report, 'up to $500 billion', 18),
      });
    }
  });

  it('goes from a citation key to the article', async () => {
    const links = await client.request<LocationLink[] | null>('textDocument/definition', {
      textDocument: { uri },
      position: positionOf(report, `[@${key}]`, 4),
    });
    assert.ok(links && links.length === 1);
    assert.equal(links[0].targetUri, sources.find((s) => s.key === key)!.uri);
  });

  it('finds every place the report cites a key', async () => {
    const refs = await client.request<Location[] | null>('textDocument/references', {
      textDocument: { uri },
      position: positionOf(report, `[@${key}]`, 4),
      context: { includeDeclaration: false },
    });
    assert.ok(refs);
    const expected = report.split(`[@${key}]`).length - 1;
    assert.equal(refs.filter((r) => r.uri === uri).length, expected);
  });

  it('completes citation keys after [@', async () => {
    const text = report + '\nMore in [@';
    client.change(uri, 2, text);
    const pos = { line: text.split('\n').length - 1, character: 'More in [@'.length };
    const list = await client.request<CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position: pos,
    });
    assert.ok(list && list.items.length >= 5, 'all keys offered');
    const item = list.items.find((i) => i.label === key);
    assert.ok(item, 'the key is offered');
    assert.match(item.detail ?? '', /JoongAng 2025-01-23/);
    const typed = text + 'edai';
    client.change(uri, 3, typed);
    const narrowed = await client.request<CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position: { line: pos.line, character: pos.character + 4 },
    });
    assert.ok(narrowed && narrowed.items.length >= 1);
    assert.equal(narrowed.items[0].label, 'edaily-2025-01-22');
    const none = await client.request<CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: 0 },
    });
    assert.ok(!none || none.items.length === 0, 'nothing outside [@');
    client.change(uri, 4, report);
  });

  it('offers quick fixes whose edit makes the diagnostic go away', async () => {
    const diags = await client.diagnosticsFor(uri, 4);
    for (const [needle, code, want] of [
      ['$600 billion', 'figure-mismatch', '$500 billion'],
      ['This would not', 'quote-mismatch', 'wouldn’t'],
    ] as const) {
      const line = positionOf(report, needle).line;
      const d = diags.find((x) => x.code === code && x.range.start.line === line);
      assert.ok(d, `${code} on line ${line + 1}`);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const fixes = actions.filter((a) => a.kind === 'quickfix' && a.diagnostics?.some((x) => x.code === d.code));
      assert.ok(fixes.length >= 1, `quick fixes: ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(fixes.filter((a) => a.isPreferred).length, 1, 'one preferred fix');
      assert.ok(
        actions.some((a) => a.title === 'Fix all stargate-xref problems in this file'),
        'fix all offered',
      );
      const preferred = fixes.find((a) => a.isPreferred)!;
      const fixed = applyEdits(report, preferred.edit!.changes![uri]);
      assert.ok(fixed.split('\n')[line].includes(want), fixed.split('\n')[line]);
      const v = 100 + line;
      client.change(uri, v, fixed);
      const after = await client.diagnosticsFor(uri, v);
      assert.ok(
        !after.some((x) => x.code === code && x.range.start.line === line),
        `still flagged: ${JSON.stringify(after.filter((x) => x.range.start.line === line))}`,
      );
      assert.equal(after.length, diags.length - 1, 'exactly one problem fewer');
    }
    client.change(uri, 200, report);
    await client.diagnosticsFor(uri, 200);
  });

  it('offers "Add citation" on a supported claim that cites nothing', async () => {
    const pos = positionOf(report, '$100 billion', 2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: pos, end: pos },
      context: { diagnostics: [] },
    });
    const add = actions.find((a) => /^Add citation \[@/.test(a.title));
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyEdits(report, add.edit!.changes![uri]);
    assert.match(fixed.split('\n')[pos.line], /goes into building it \[@[^\]]+\]\.$/);
  });

  it('fixes everything with source.fixAll.stargate-xref', async () => {
    const before = await client.diagnosticsFor(uri, 200);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const all = actions.find((a) => a.kind === 'source.fixAll.stargate-xref');
    assert.ok(all, 'a fixAll action');
    const fixed = applyEdits(report, all.edit!.changes![uri]);
    client.change(uri, 201, fixed);
    const after = await client.diagnosticsFor(uri, 201);
    const left = after.filter((d) => d.code !== 'figure-unsupported' && d.code !== 'quote-unsupported');
    assert.deepEqual(
      left.map((d) => [d.code, d.range.start.line]),
      [],
      `fixable problems left (before: ${before.length})`,
    );
    client.change(uri, 202, report);
    await client.diagnosticsFor(uri, 202);
  });

  it('finds corpus figures by workspace symbol search ("Texas data center" finds 1000억달러)', async () => {
    const syms = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Texas data center' });
    assert.ok(
      syms.some((s) => s.name.replace(/\s/g, '').includes('1000억달러')),
      JSON.stringify(syms.slice(0, 8).map((s) => s.name)),
    );
    for (const s of syms.slice(0, 5)) assert.ok(s.location.uri.startsWith('file://'));
  });

  it('publishes only the latest version after rapid edits', async () => {
    for (let v = 300; v < 340; v++) client.change(uri, v, report + `\nEdit ${v}.`);
    const diags = await client.diagnosticsFor(uri, 339);
    assert.ok(diags.length >= 1);
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(client.diagnostics.get(uri)?.version, 339, 'no stale version published after the latest');
  });

  it('answers requests on unknown documents and bad params with null, without crashing', async () => {
    const h = await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///nope.md' },
      position: { line: 0, character: 0 },
    });
    assert.equal(h, null);
    const bad = await client.request('textDocument/hover', { textDocument: null, position: null }).catch((e) => e);
    assert.ok(bad === null || bad instanceof Error || typeof bad === 'object');
    const again = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(report, 'up to $500 billion', 8),
    });
    assert.ok(again, 'still serving');
  });
});

describe('language server in Korean (examples/report-ko.md, locale ko)', function () {
  this.timeout(60000);
  let client: TestClient;
  const reportPath = path.join(ROOT, 'examples', 'report-ko.md');
  const report = fs.readFileSync(reportPath, 'utf8');
  const uri = fileUri(reportPath);

  before(async () => {
    client = new TestClient({ locale: 'ko' });
    await client.initialize();
    await client.indexed(5);
    client.open(uri, report);
  });
  after(async () => client?.stop());

  it('flags the Korean report and hovers in Korean', async () => {
    const diags = await client.diagnosticsFor(uri);
    const mismatch = diags.find((d) => d.code === 'figure-mismatch' && sliceRange(report, d.range).includes('6000억'));
    assert.ok(mismatch, JSON.stringify(diags.map((d) => [d.code, sliceRange(report, d.range)])));
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: mismatch.range.start,
    });
    assert.ok(hover);
    const md = (hover.contents as MarkupContent).value;
    assert.ok(md.startsWith('**수치**'), md);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: mismatch.range,
      context: { diagnostics: [mismatch] },
    });
    assert.ok(
      actions.some((a) => a.title === '이 파일의 stargate-xref 문제 모두 고치기'),
      JSON.stringify(actions.map((a) => a.title)),
    );
    const fix = actions.find((a) => a.isPreferred)!;
    const fixed = applyEdits(report, fix.edit!.changes![uri]);
    assert.match(fixed.split('\n')[mismatch.range.start.line], /5000억 ?달러/);
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
    const after = await client.until(
      'a re-check after the edit',
      () => {
        const d = client.diagnostics.get(uri);
        return d && d.diagnostics.some((x) => x.code === 'figure-mismatch') ? d.diagnostics : undefined;
      },
      10000,
    );
    assert.ok(after.length >= 1);
  });

  it('applies settings live: turning the bundled seeds on re-indexes', async () => {
    client.settings = { sources: [dir], useBundledSources: true };
    const n = client.statuses.length;
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const s = await client.until('a re-index', () =>
      client.statuses.slice(n).find((x) => !x.indexing && x.sources >= 6),
    );
    assert.ok(s.sources >= 6);
  });
});

describe('a report inside a configured sources folder (issue 11)', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-self-'));
    fs.writeFileSync(
      path.join(dir, 'acme.txt'),
      'Acme opens a data center in Ohio\n\nPublished: 3 Feb. 2025, 10:00\n\nAcme said on Monday it will spend $7 billion on a new data center in Ohio, creating 1,200 jobs.\n',
    );
    fs.writeFileSync(path.join(dir, 'report.md'), 'Acme will spend $9 billion on its new Ohio data center.\n');
    client = new TestClient({ settings: { sources: [dir], useBundledSources: false } });
    await client.initialize();
    await client.indexed(2);
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is indexed with the articles but does not confirm its own wrong figure', async () => {
    const file = path.join(dir, 'report.md');
    const status = client.statuses.filter((s) => !s.indexing).pop()!;
    assert.equal(status.sources, 2, 'the report is one of the indexed files');
    const uri = fileUri(file);
    client.open(uri, fs.readFileSync(file, 'utf8'));
    const diags = await client.diagnosticsFor(uri, 1);
    const mismatch = diags.find((d) => d.code === 'figure-mismatch');
    assert.ok(mismatch, `$9 billion is contradicted by acme.txt: ${JSON.stringify(diags)}`);
    assert.match(String(mismatch.message), /\$7 billion/);
  });
});
