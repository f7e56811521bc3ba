// The bundled server's index cache and indexing progress over stdio: it reports work-done progress with file
// counts while indexing, keeps its cache only in the folder initializationOptions.cacheDir names (not in
// the workspace, not under HOME or XDG_CACHE_HOME, nowhere without one), and a second start reads the
// articles back from it and publishes the same diagnostics.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, TestClient, fileUri } from './lsp';

interface Progress {
  token: unknown;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number };
}

/** Every file under a folder with its size and mtime: what "nothing written here" is checked against. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        out.push(p + '/');
        walk(p);
      } else {
        const st = fs.statSync(p);
        out.push(`${p} ${st.size} ${st.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

describe('language server: index cache and progress', function () {
  this.timeout(90_000);
  const temps: string[] = [];
  const tmp = (prefix: string) => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temps.push(d);
    return d;
  };
  let workspace: string, articles: string, home: string, cacheDir: string, report: string, reportUri: string;
  const clients: TestClient[] = [];

  before(() => {
    workspace = tmp('xref-ws-');
    articles = path.join(workspace, 'articles');
    fs.mkdirSync(articles);
    for (const f of fs.readdirSync(path.join(ROOT, 'seeds')))
      fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(articles, f));
    report = path.join(workspace, 'report.md');
    fs.copyFileSync(path.join(ROOT, 'examples', 'report-en.md'), report);
    reportUri = fileUri(report);
    home = tmp('xref-home-');
    cacheDir = tmp('xref-storage-');
  });

  after(async () => {
    for (const c of clients) await c.stop();
    for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
  });

  async function start(cache: string | undefined) {
    const c = new TestClient({
      workspaceFolder: workspace,
      cacheDir: cache,
      settings: { sources: [articles], useBundledSources: false },
      env: { HOME: home, XDG_CACHE_HOME: path.join(home, '.cache') },
    });
    clients.push(c);
    await c.initialize();
    await c.indexed(5);
    c.open(reportUri, fs.readFileSync(report, 'utf8'));
    const diagnostics = await c.diagnosticsFor(reportUri);
    return { c, diagnostics };
  }

  let first: Awaited<ReturnType<typeof start>>;
  const workspaceBefore = () => tree(workspace);
  let before0: string[];

  it('reports work-done progress with file counts while indexing', async () => {
    before0 = workspaceBefore();
    first = await start(cacheDir);
    const p = first.c.progress as Progress[];
    const kinds = p.map((x) => x.value.kind);
    assert.equal(kinds[0], 'begin', JSON.stringify(p));
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.match(p[0].value.title ?? '', /indexing sources/);
    const reports = p.filter((x) => x.value.kind === 'report');
    assert.ok(reports.length >= 1, JSON.stringify(p));
    for (const r of reports) assert.match(r.value.message ?? '', /^\d+\/5 files$/);
    assert.equal(reports[reports.length - 1].value.message, '5/5 files');
    assert.equal(reports[reports.length - 1].value.percentage, 100);
    assert.ok(p.every((x) => x.token === p[0].token));
  });

  it('writes its cache only to the folder the client gave', () => {
    const written = tree(cacheDir).filter((f) => !f.endsWith('/'));
    // One entry per seed, one corpus snapshot (corpus/snapshot.ts), and once written (after a pause, or at shutdown) the
    // report's kept diagnostics (lsp/kept.ts), all under index/.
    const entries = written.filter((f) => !/[/\\](snapshots|results)[/\\]/.test(f));
    assert.equal(entries.length, 5, written.join('\n'));
    assert.ok(written.filter((f) => f.includes(`${path.sep}results${path.sep}`)).length <= 1, written.join('\n'));
    assert.equal(written.filter((f) => f.includes('.snap ')).length, 1, written.join('\n'));
    assert.ok(written.every((f) => f.startsWith(path.join(cacheDir, 'index') + path.sep)));
    assert.deepEqual(tree(home), [], 'nothing under HOME or XDG_CACHE_HOME');
    assert.deepEqual(workspaceBefore(), before0, 'nothing in the workspace');
    assert.ok(
      first.c.logs.some((l) => /index cache: 0 files read back, 5 indexed/.test(l)),
      first.c.logs.join('\n'),
    );
  });

  it('a second start reads every article back and publishes the same diagnostics', async () => {
    const again = await start(cacheDir);
    assert.ok(
      again.c.logs.some((l) => /index cache: 5 files read back, 0 indexed/.test(l)),
      again.c.logs.join('\n'),
    );
    assert.deepEqual(again.diagnostics, first.diagnostics);
    assert.ok(again.diagnostics.some((d) => d.code === 'figure-mismatch'));
  });

  /** The corpus snapshots a process holds open (Linux: its /proc/PID/fd links). */
  function openSnapshots(pid: number): string[] {
    const d = `/proc/${pid}/fd`;
    return fs
      .readdirSync(d)
      .map((f) => {
        try {
          return fs.readlinkSync(path.join(d, f));
        } catch {
          return ''; // closed meanwhile
        }
      })
      .filter((l) => l.endsWith('.snap'));
  }

  it('a re-index lets go of the snapshot file the replaced corpus read from', async function () {
    if (process.platform !== 'linux') this.skip();
    const warm = await start(cacheDir);
    assert.ok(
      warm.c.logs.some((l) => /from the corpus snapshot/.test(l)),
      warm.c.logs.join('\n'),
    );
    const pid = warm.c.proc.pid!;
    const held = openSnapshots(pid);
    assert.equal(held.length, 1, 'its sources are read from the snapshot');
    // Another source set (the bundled seeds as well): a new corpus, indexed and swapped in.
    warm.c.settings = { sources: [articles], useBundledSources: true };
    const statuses = warm.c.statuses.length;
    void warm.c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await warm.c.until('the new index', () =>
      warm.c.statuses.slice(statuses).find((s) => !s.indexing && s.sources > 5),
    );
    assert.deepEqual(
      openSnapshots(pid).filter((l) => l === held[0]),
      [],
      'the replaced corpus closed its snapshot',
    );
    // The new corpus answers as before.
    warm.c.change(reportUri, 2, fs.readFileSync(report, 'utf8'));
    const after = await warm.c.diagnosticsFor(reportUri, 2);
    assert.ok(after.some((d) => d.code === 'figure-mismatch'));
  });

  it('without a cache folder, or with one inside the workspace, writes nothing', async () => {
    // The servers started so far write their kept diagnostics when they pause or stop: stopped first.
    for (const c of clients.splice(0)) await c.stop();
    const cacheBefore = tree(cacheDir);
    const none = await start(undefined);
    assert.ok(!none.c.logs.some((l) => l.includes('index cache')), none.c.logs.join('\n'));
    assert.deepEqual(none.diagnostics, first.diagnostics);
    const inside = await start(path.join(workspace, '.cache'));
    assert.ok(
      inside.c.logs.some((l) => /index cache: .* is inside the workspace folder/.test(l)),
      inside.c.logs.join('\n'),
    );
    assert.deepEqual(tree(cacheDir), cacheBefore);
    assert.deepEqual(tree(home), []);
    assert.deepEqual(workspaceBefore(), before0);
  });
});
