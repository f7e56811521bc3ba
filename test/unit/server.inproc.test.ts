// In-process provider tests: createServer on an in-memory connection (PassThrough streams), driven by a
// vscode-languageserver-protocol client on the opposite streams, as vscode-markdown-languageservice tests
// its server. No process, no bundle, no file on disk for the report; the sources are the real seeds/.
// The stdio tests in test/protocol stay the real-client tier.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { ProposedFeatures, createConnection, type Connection } from 'vscode-languageserver/node';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  LocationLink,
  MarkupContent,
  PublishDiagnosticsParams,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { createServer, type ServerOptions, type XrefServer } from '../../server/src/lsp/server';
import { createEngine, type Engine } from '../../server/src/engine';

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'seeds');
const report = fs.readFileSync(path.join(ROOT, 'examples', 'report-en.md'), 'utf8');

function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" in the report`);
  const before = text.slice(0, i + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)))
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

/** A server on an engine of its own and a client, joined by two in-memory pipes. */
class InProcess {
  readonly server: XrefServer;
  readonly engine: Engine = createEngine();
  readonly client: ProtocolConnection;
  private readonly serverConnection: Connection;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publication, in order. */
  readonly publications: PublishDiagnosticsParams[] = [];
  private waiters: (() => void)[] = [];

  constructor(options: ServerOptions = {}) {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // A MessageReader (not a raw stream): the library then does not end the process when the stream ends.
    this.serverConnection = createConnection(
      ProposedFeatures.all,
      new StreamMessageReader(toServer),
      new StreamMessageWriter(toClient),
    );
    this.server = createServer(this.serverConnection, { engine: this.engine, ...options });
    this.server.listen();
    this.client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.publications.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.client.listen();
  }

  /** initialize without workspace/configuration: settings come from initializationOptions. */
  async initialize(init: { settings?: Record<string, unknown>; locale?: string } = {}): Promise<void> {
    await this.client.sendRequest('initialize', {
      processId: null,
      rootUri: null,
      locale: init.locale ?? 'en',
      capabilities: {},
      initializationOptions: { settings: init.settings ?? {} },
    });
    await this.client.sendNotification('initialized', {});
  }

  open(uri: string, text: string, version = 1): void {
    void this.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
  }

  /** The diagnostics published for `uri` at `version` (the server publishes once the corpus is indexed). */
  async diagnosticsFor(uri: string, version = 1, timeoutMs = 15000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.diagnostics.get(uri);
      if (p && p.version === version) return p.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.client.sendRequest(method, params) as Promise<R>;
  }

  dispose(): void {
    this.server.dispose();
    this.client.dispose();
    this.serverConnection.dispose();
  }
}

describe('language server in process (createServer over in-memory streams)', function () {
  this.timeout(30000);

  describe('on the bundled seeds, a report that is not on disk', () => {
    let s: InProcess;
    let diags: Diagnostic[];
    const uri = 'untitled:report-en.md';

    before(async () => {
      s = new InProcess({ seedsDir: SEEDS });
      await s.initialize();
      s.open(uri, report);
      diags = await s.diagnosticsFor(uri);
    });
    after(() => s.dispose());

    it('publishes what the CLI reports on examples/report-en.md', () => {
      const mismatch = diags.find(
        (d) => d.code === 'figure-mismatch' && d.range.start.line === positionOf(report, '$600 billion').line,
      );
      assert.ok(mismatch, JSON.stringify(diags.map((d) => [d.code, d.range.start.line])));
      assert.deepEqual(mismatch.range.start, positionOf(report, '$600 billion'));
      assert.match(mismatch.message as string, /Sources say up to \$500 billion .*the report says \$600 billion/);
      const codes = new Set(diags.map((d) => d.code));
      for (const c of [
        'figure-mismatch',
        'quote-mismatch',
        'quote-misattributed',
        'figure-unsupported',
        'citation-unknown',
      ])
        assert.ok(codes.has(c), `${c} in ${[...codes]}`);
    });

    it('hovers the $600 billion figure with ✗ and the sources that state $500 billion', async () => {
      const hover = await s.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: positionOf(report, '$600 billion', 2),
      });
      assert.ok(hover);
      const md = (hover.contents as MarkupContent).value;
      assert.ok(md.includes('✗'), md);
      assert.match(md, /Edaily 2025-01-22/, 'the source is named');
      assert.match(md, /\*\*5000억 ?달러\*\*/, 'with its figure in bold');
      assert.match(md, /seeds\/000_18a301242b191203\.txt#L\d+/, 'and a link to the sentence');
    });

    it('goes from a figure to the sentences in seeds/ that state it', async () => {
      const links = await s.request<LocationLink[] | null>('textDocument/definition', {
        textDocument: { uri },
        position: positionOf(report, 'up to $500 billion', 8),
      });
      assert.ok(links && links.length >= 1, 'definition targets');
      for (const l of links) {
        const file = fileURLToPath(l.targetUri);
        assert.ok(file.startsWith(SEEDS + path.sep), file);
        const r = l.targetSelectionRange;
        const line = fs.readFileSync(file, 'utf8').split('\n')[r.start.line];
        assert.match(
          line.slice(r.start.character, r.start.line === r.end.line ? r.end.character : undefined),
          /\d/,
          'the selection is a figure',
        );
      }
      const best = links[0];
      const bestLine = fs.readFileSync(fileURLToPath(best.targetUri), 'utf8').split('\n')[
        best.targetSelectionRange.start.line
      ];
      assert.match(bestLine, /\$500 billion|5000억/);
    });

    it('offers a preferred quick fix that writes $500 billion', async () => {
      const d = diags.find(
        (x) => x.code === 'figure-mismatch' && x.range.start.line === positionOf(report, '$600 billion').line,
      )!;
      const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const preferred = actions.filter((a) => a.kind === 'quickfix' && a.isPreferred);
      assert.equal(preferred.length, 1, JSON.stringify(actions.map((a) => a.title)));
      const fixed = applyEdits(report, preferred[0].edit!.changes![uri]);
      assert.ok(fixed.split('\n')[d.range.start.line].includes('$500 billion'), fixed.split('\n')[d.range.start.line]);
      assert.ok(
        actions.some((a) => a.title === 'Fix all stargate-xref problems in this file'),
        'fix all offered',
      );
    });
  });

  describe('two servers in one process', () => {
    const servers: InProcess[] = [];
    afterEach(() => servers.splice(0).forEach((s) => s.dispose()));

    it('with different settings give different diagnostics for the same document at the same time', async () => {
      const bundled = new InProcess({ seedsDir: SEEDS });
      const bare = new InProcess({ seedsDir: SEEDS });
      servers.push(bundled, bare);
      await Promise.all([bundled.initialize(), bare.initialize({ settings: { useBundledSources: false } })]);
      const uri = 'file:///nowhere/report-en.md';
      bundled.open(uri, report);
      bare.open(uri, report);
      const [withSeeds, without] = await Promise.all([bundled.diagnosticsFor(uri), bare.diagnosticsFor(uri)]);
      const line = positionOf(report, '$600 billion').line;
      const at = (ds: Diagnostic[]) => ds.filter((d) => d.range.start.line === line).map((d) => d.code);
      assert.deepEqual(at(withSeeds), ['figure-mismatch']);
      assert.deepEqual(at(without), ['figure-unsupported'], 'no corpus: nothing to contradict the figure');
      assert.ok(!without.some((d) => d.code === 'figure-mismatch'), 'no mismatch without sources');
      // Each still answers from its own corpus after the other has indexed.
      const hover = (s: InProcess) =>
        s.request<Hover | null>('textDocument/hover', {
          textDocument: { uri },
          position: positionOf(report, '$600 billion', 2),
        });
      const [h1, h2] = await Promise.all([hover(bundled), hover(bare)]);
      assert.ok((h1!.contents as MarkupContent).value.includes('Edaily'));
      assert.ok(!(h2!.contents as MarkupContent).value.includes('Edaily'), (h2!.contents as MarkupContent).value);
      // Each on its own engine: the terms of the seeds are in one table only.
      assert.notEqual(bundled.engine.subjects.terms, bare.engine.subjects.terms);
      assert.ok(
        bundled.engine.termCount > bare.engine.termCount,
        `${bundled.engine.termCount} terms with the seeds, ${bare.engine.termCount} without`,
      );
    });

    it('each answer in the language its client asked for', async () => {
      const en = new InProcess({ seedsDir: SEEDS });
      const ko = new InProcess({ seedsDir: SEEDS });
      servers.push(en, ko);
      await en.initialize({ locale: 'en' });
      await ko.initialize({ locale: 'ko' });
      const uri = 'untitled:report-en.md';
      en.open(uri, report);
      ko.open(uri, report);
      const [d] = await Promise.all([en.diagnosticsFor(uri), ko.diagnosticsFor(uri)]);
      const mismatch = d.find((x) => x.code === 'figure-mismatch')!;
      const titles = async (s: InProcess) =>
        (
          await s.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: mismatch.range,
            context: { diagnostics: [mismatch] },
          })
        ).map((a) => a.title);
      const [enTitles, koTitles] = await Promise.all([titles(en), titles(ko)]);
      assert.ok(enTitles.includes('Fix all stargate-xref problems in this file'), JSON.stringify(enTitles));
      assert.ok(koTitles.includes('이 파일의 stargate-xref 문제 모두 고치기'), JSON.stringify(koTitles));
    });
  });

  describe('while the first index is built', () => {
    it("publishes open reports' contradictions from the part read so far, marked partial, then the whole check", async () => {
      // Eight copies of the seeds (40 articles: a load long enough to be seen in parts), shown as often as the load
      // yields (by default only loads of 500 files or more, from 2 s on).
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-partial-'));
      for (let i = 0; i < 8; i++) {
        fs.mkdirSync(path.join(dir, `copy${i}`));
        for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, `copy${i}`, f));
      }
      const settings = { sources: [dir], useBundledSources: false };
      const s = new InProcess({ partial: { firstMs: 0, everyMs: 0, minFiles: 0 } });
      const whole = new InProcess({ partial: { firstMs: 0, everyMs: 0, minFiles: 1e9 } }); // the whole check only
      try {
        const uri = 'untitled:report-en.md';
        await s.initialize({ settings });
        s.open(uri, report);
        await whole.initialize({ settings });
        whole.open(uri, report);
        const final = await whole.diagnosticsFor(uri);
        assert.ok(final.some((d) => d.code === 'figure-mismatch'));
        // The whole check's diagnostics come last; before them, only partial ones.
        const deadline = Date.now() + 60_000;
        while (
          !s.publications.some(
            (p) => p.diagnostics.length && !p.diagnostics.some((d) => /partial/.test(String(d.message))),
          )
        ) {
          if (Date.now() > deadline) throw new Error(`no whole check: ${JSON.stringify(s.publications)}`);
          await new Promise((r) => setTimeout(r, 20));
        }
        const mine = s.publications.filter((p) => p.uri === uri);
        const last = mine.length - 1;
        assert.deepEqual(mine[last].diagnostics, final);
        const partial = mine.slice(0, last);
        assert.ok(partial.length > 0, 'something was shown before the index was complete');
        for (const p of partial)
          for (const d of p.diagnostics) {
            assert.match(String(d.message), /\(partial: from [\d,]+ of 40 source files indexed so far\)$/);
            assert.equal(d.severity, 3, 'information');
            assert.ok(
              ['figure-mismatch', 'quote-mismatch', 'quote-misattributed'].includes(String(d.code)),
              d.code as string,
            );
          }
        // A contradiction a part of the corpus shows is shown early.
        assert.ok(
          partial.some((p) => p.diagnostics.some((d) => d.code === 'figure-mismatch')),
          JSON.stringify(partial),
        );
      } finally {
        s.dispose();
        whole.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
