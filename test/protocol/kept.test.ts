// The language server's kept diagnostics (lsp/kept.ts, issue 13: open at once on an unchanged corpus). A report's
// last diagnostics are kept beside the index cache with the identity of the corpus snapshot they were computed on;
// a start on the same snapshot with the same text and options publishes them before the index is loaded, and the
// check that follows publishes the same. Anything changed (the text, an article, the options) and nothing is shown
// before the index.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, TestClient, fileUri } from './lsp';

describe('language server: diagnostics kept for the next start', function () {
  this.timeout(120_000);
  let workspace: string, articles: string, cacheDir: string, report: string, reportUri: string, text: string;
  const clients: TestClient[] = [];
  const KEPT = /kept from the last check on this corpus/;

  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-kept-'));
    articles = path.join(workspace, 'articles');
    fs.mkdirSync(articles);
    for (const f of fs.readdirSync(path.join(ROOT, 'seeds')))
      fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(articles, f));
    report = path.join(workspace, 'report.md');
    text = fs.readFileSync(path.join(ROOT, 'examples', 'report-en.md'), 'utf8');
    fs.writeFileSync(report, text);
    reportUri = fileUri(report);
    cacheDir = path.join(workspace, '..', `${path.basename(workspace)}-storage`);
  });

  after(async () => {
    for (const c of clients) await c.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  /** A start with the report open from the first moment (as an editor restores its tabs), until its checked diagnostics. */
  async function start(body: string, severity?: Record<string, string>, folder = articles, cache = cacheDir) {
    const c = new TestClient({
      workspaceFolder: workspace,
      cacheDir: cache,
      settings: { sources: [folder], useBundledSources: false, ...(severity ? { severity } : {}) },
    });
    clients.push(c);
    await c.initialize();
    c.open(reportUri, body);
    await c.indexed(fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).length);
    await c.until('the checked diagnostics', () => c.publications.find((p) => p.uri === reportUri && p.afterIndex));
    const mine = c.publications.filter((p) => p.uri === reportUri);
    await c.stop();
    return { c, first: mine[0], checked: mine.find((p) => p.afterIndex)! };
  }

  let checked: Awaited<ReturnType<typeof start>>['checked'];

  it('a first start (no snapshot yet) shows nothing before its index, then keeps what it published', async () => {
    const s = await start(text);
    assert.ok(!s.c.logs.some((l) => KEPT.test(l)), s.c.logs.join('\n'));
    assert.equal(s.first.afterIndex, true);
    checked = s.checked;
    assert.ok(checked.diagnostics.some((d) => d.code === 'figure-mismatch'));
    assert.ok(fs.readdirSync(cacheDir, { recursive: true }).some((f) => String(f).includes('results')));
  });

  it('the next start on the same corpus shows them before the index is loaded, and the check agrees', async () => {
    const s = await start(text);
    assert.ok(
      s.c.logs.some((l) => KEPT.test(l)),
      s.c.logs.join('\n'),
    );
    assert.equal(s.first.afterIndex, false, 'published before the index was complete');
    assert.deepEqual(s.first.diagnostics, checked.diagnostics);
    assert.deepEqual(s.checked.diagnostics, checked.diagnostics);
  });

  it('not for another text of the report', async () => {
    const s = await start(text + '\nOracle said the site would cost $1 billion.\n');
    assert.ok(!s.c.logs.some((l) => KEPT.test(l)), s.c.logs.join('\n'));
    assert.equal(s.first.afterIndex, true);
  });

  it('not for other check options', async () => {
    const s = await start(text, { unsupportedFigure: 'warning' });
    assert.ok(!s.c.logs.some((l) => KEPT.test(l)), s.c.logs.join('\n'));
    assert.equal(s.first.afterIndex, true);
  });

  it('not from a run on another corpus, though each has its own current snapshot', async () => {
    const fewer = path.join(workspace, 'fewer');
    fs.mkdirSync(fewer);
    for (const f of fs.readdirSync(articles).sort().slice(1))
      fs.copyFileSync(path.join(articles, f), path.join(fewer, f));
    await start(text, undefined, fewer); // its snapshot written
    const other = await start(text, undefined, fewer); // read, and its result kept for the report
    assert.ok(
      other.c.logs.some((l) => KEPT.test(l)),
      other.c.logs.join('\n'),
    );
    assert.notDeepEqual(other.checked.diagnostics, checked.diagnostics);
    // Back to the first folder: its snapshot is current, but what is kept for the report is the other corpus's.
    const back = await start(text);
    assert.ok(
      back.c.logs.some((l) => /from the corpus snapshot/.test(l)),
      back.c.logs.join('\n'),
    );
    assert.ok(!back.c.logs.some((l) => KEPT.test(l)), back.c.logs.join('\n'));
    assert.equal(back.first.afterIndex, true);
    assert.deepEqual(back.checked.diagnostics, checked.diagnostics);
  });

  it('not once an article changed, though the report did not: only the contradictions no changed file bears on, as partial', async () => {
    const files = fs.readdirSync(articles).sort();
    const a = path.join(articles, files[0]);
    fs.appendFileSync(a, '\nThe venture said it would add a second campus.\n');
    const s = await start(text);
    assert.ok(!s.c.logs.some((l) => KEPT.test(l)), s.c.logs.join('\n'));
    // The snapshot is patched: while it is, the last check's contradictions that rest on an unchanged source and cite
    // no changed one are shown as information, said to be partial; the check after the index replaces them.
    assert.equal(s.first.afterIndex, false, 'published while the snapshot was patched');
    assert.ok(
      s.c.logs.some((l) => /no changed source file bears on, as partial/.test(l)),
      s.c.logs.join('\n'),
    );
    const changedUri = fileUri(a);
    const expected = checked.diagnostics.filter(
      (d) =>
        ['figure-mismatch', 'quote-mismatch', 'quote-misattributed'].includes(String(d.code)) &&
        !d.relatedInformation?.some((r) => r.location.uri === changedUri),
    );
    assert.ok(expected.length > 0, 'the example has contradictions resting on unchanged sources');
    assert.ok(
      checked.diagnostics.some((d) => d.relatedInformation?.some((r) => r.location.uri === changedUri)),
      'and some citing the changed article (left out)',
    );
    assert.deepEqual(
      s.first.diagnostics,
      expected.map((d) => ({
        ...d,
        severity: 3,
        message: `${d.message} (partial: from the last check; 1 of ${files.filter((f) => f.endsWith('.txt')).length} source files changed since, and it is being checked again)`,
      })),
    );
    // And that corpus's own result is kept in turn: the start after it shows it early again.
    const again = await start(text);
    assert.ok(
      again.c.logs.some((l) => KEPT.test(l)),
      again.c.logs.join('\n'),
    );
    assert.deepEqual(again.first.diagnostics, s.checked.diagnostics);
  });

  it('an edited report: the blocks judged at the last start are read (a damaged file is said), the same diagnostics', async () => {
    await start(text);
    const files = () =>
      fs
        .readdirSync(cacheDir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.blocks'))
        .map((f) => path.join(cacheDir, f));
    assert.equal(files().length, 1, "the report's judged blocks kept at shutdown");
    const edited = text.replace('100,000 jobs', '120,000 jobs');
    const other = path.join(workspace, '..', `${path.basename(workspace)}-other`);
    try {
      const expected = (await start(edited, undefined, articles, other)).checked.diagnostics;
      const s = await start(edited);
      assert.deepEqual(s.checked.diagnostics, expected);
      assert.ok(!s.c.logs.some((l) => /block cache/.test(l)), s.c.logs.join('\n'));
      // The blocks read are those of the file: damaged, it is discarded with a message, and the check is the same.
      const [file] = files();
      const b = fs.readFileSync(file);
      b[b.length - 10] ^= 1;
      fs.writeFileSync(file, b);
      const d = await start(edited.replace('$13 billion', '$14 billion'));
      assert.ok(
        d.c.logs.some((l) => /block cache: discarded .*: it is cut short or damaged/.test(l)),
        d.c.logs.join('\n'),
      );
      const fresh = await start(edited.replace('$13 billion', '$14 billion'), undefined, articles, other);
      assert.deepEqual(d.checked.diagnostics, fresh.checked.diagnostics);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
