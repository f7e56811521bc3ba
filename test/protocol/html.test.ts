// Saved web pages as sources, through the bundled server over stdio: a report checked against a folder of .html
// pages, Go to Definition landing on the figure in the page, and a page saved into the folder picked up.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, LocationLink } from 'vscode-languageserver-protocol';
import { ROOT, SERVER, TestClient, fileUri, positionOf } from './lsp';

const PAGES = path.join(ROOT, 'test', 'fixtures', 'html');

function sliceRange(text: string, r: Diagnostic['range']): string {
  const lines = text.split('\n');
  return r.start.line === r.end.line ? lines[r.start.line].slice(r.start.character, r.end.character) : '';
}

describe('language server over stdio: saved web pages as sources', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string, reportDir: string;
  const report = [
    '# Stargate after January',
    '',
    'Oracle agreed in July to develop 5.5 gigawatts of additional Stargate capacity for OpenAI [@ridgeline-tech-journal-2025-07-22].',
    '',
    'OpenAI said the Oracle build-out would create more than 100,000 jobs [@ridgeline-tech-journal-2025-07-22].',
    '',
    '스타게이트 아르헨티나 데이터센터의 전력 용량은 500MW에 달한다.',
    '',
  ].join('\n');
  let uri: string;

  before(async function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-html-lsp-'));
    reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-html-report-'));
    for (const f of [
      'ridgeline-oracle-4-5-gigawatts.html',
      'techbrief-samsung-sk-stargate.html',
      'hoyeon-blog-stargate-argentina.html',
    ])
      fs.copyFileSync(path.join(PAGES, f), path.join(dir, f));
    client = new TestClient({ workspaceFolder: reportDir, settings: { sources: [dir], useBundledSources: false } });
    await client.initialize();
    await client.indexed(3);
    uri = fileUri(path.join(reportDir, 'report.md'));
    client.open(uri, report);
  });

  after(async () => {
    await client?.stop();
    for (const d of [dir, reportDir]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it('flags the figure the page contradicts, and only that one', async () => {
    const diags = await client.diagnosticsFor(uri);
    assert.deepEqual(
      diags.map((d) => [d.code, sliceRange(report, d.range)]),
      [['figure-mismatch', '5.5 gigawatts']],
    );
    const related = diags[0].relatedInformation ?? [];
    assert.ok(related.length >= 1);
    assert.ok(
      fileURLToPath(related[0].location.uri).endsWith('ridgeline-oracle-4-5-gigawatts.html'),
      related[0].location.uri,
    );
    assert.match(related[0].message, /Ridgeline Tech Journal 2025-07-22/);
  });

  it('goes to the figure in the .html file, line and character', async () => {
    const links = await client.request<LocationLink[] | null>('textDocument/definition', {
      textDocument: { uri },
      position: positionOf(report, '100,000 jobs', 2),
    });
    assert.ok(links && links.length >= 1, 'definition targets');
    const target = fileURLToPath(links[0].targetUri);
    assert.equal(target, path.join(dir, 'ridgeline-oracle-4-5-gigawatts.html'));
    const page = fs.readFileSync(target, 'utf8');
    const at = positionOf(page, 'more than 100,000 jobs', 'more than '.length);
    assert.deepEqual(links[0].targetSelectionRange, {
      start: at,
      end: { line: at.line, character: at.character + '100,000 jobs'.length },
    });
    // The whole sentence, from the <p>'s first word to its period.
    assert.deepEqual(links[0].targetRange.start, positionOf(page, 'OpenAI said the new build-out'));
  });

  it('counts UTF-16 code units on a Korean line with emoji', async () => {
    const links = await client.request<LocationLink[] | null>('textDocument/definition', {
      textDocument: { uri },
      position: positionOf(report, '500MW', 1),
    });
    assert.ok(links && links.length >= 1, 'definition targets');
    const target = fileURLToPath(links[0].targetUri);
    assert.equal(path.basename(target), 'hoyeon-blog-stargate-argentina.html');
    const page = fs.readFileSync(target, 'utf8');
    const r = links[0].targetSelectionRange;
    const line = page.split('\n')[r.start.line];
    assert.ok(line.includes('💰'), line);
    assert.equal(line.slice(r.start.character, r.end.character), '500MW');
  });

  it('picks up a page saved into the sources folder', async () => {
    const file = path.join(dir, 'gridandcompute-five-new-sites.html');
    fs.copyFileSync(path.join(PAGES, 'gridandcompute-five-new-sites.html'), file);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(file), type: 1 }],
    });
    const s = await client.until('the new page indexed', () =>
      client.statuses.find((x) => !x.indexing && x.sources >= 4),
    );
    assert.equal(s.sources, 4);
    const sources = await client.request<{ key: string }[]>('stargate-xref/sources', {});
    assert.ok(
      sources.some((x) => x.key === 'grid-compute-2025-09-23'),
      JSON.stringify(sources.map((x) => x.key)),
    );
  });
});
