// The CLI's kept runs (cli/kept.ts): after a check whose corpus was a snapshot, the launcher prints the same output
// for the same command line without loading the engine while every file it read is as it was (stat alone), and runs
// the check again as soon as anything it read changed: an article edited, added or removed, an xref-sources.json,
// the report, the options. Runs of the built launcher (dist/cli.js) on a folder of its own.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundleHash } from '../../server/src/cli/codeCache';
import { findKept, keptSlot, type KeptRun } from '../../server/src/cli/kept';
import { ResultStore } from '../../server/src/corpus/results';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const ENGINE = path.join(ROOT, 'dist', 'cli-engine.js');

describe('the CLI keeps a check for the same command line on unchanged files', function () {
  this.timeout(120_000);
  let dir: string, articles: string, cache: string, report: string;
  const env = { ...process.env, XDG_CACHE_HOME: '', LANG: 'C' };
  /** An hour ago: an mtime that vouches for the bytes (not within cli/kept.ts RACY_MS of the read). */
  const past = (p: string, s = 3600) => {
    const t = new Date(Date.now() - s * 1000);
    fs.utimesSync(p, t, t);
  };
  const settle = () => {
    for (const f of fs.readdirSync(articles)) past(path.join(articles, f));
    past(articles);
    past(report);
  };
  const args = (...more: string[]) => [
    'check',
    '--cache',
    cache,
    '--no-default-sources',
    '--sources',
    articles,
    ...more,
    report,
  ];
  const cli = (argv: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...argv], { cwd: dir, env, encoding: 'utf8' });
    return { out: r.stdout, err: r.stderr, code: r.status };
  };
  const slot = (argv: string[]) =>
    keptSlot(argv, bundleHash(fs.readFileSync(ENGINE, 'utf8'))!, env, fs.realpathSync(dir), [false, false]);
  const kept = (argv: string[]) => findKept(path.join(cache, 'results'), slot(argv));

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xref-kept-cli-')));
    articles = path.join(dir, 'articles');
    cache = path.join(dir, 'cache');
    fs.mkdirSync(articles);
    for (const f of fs.readdirSync(path.join(ROOT, 'seeds')))
      fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(articles, f));
    report = path.join(dir, 'report.md');
    fs.copyFileSync(path.join(ROOT, 'examples', 'report-en.md'), report);
    settle();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the output and status of a run and prints them again', () => {
    const first = cli(args());
    assert.equal(first.code, 1, first.err);
    const run = kept(args());
    assert.ok(run, 'kept');
    assert.equal(run.code, 1);
    assert.equal(run.lines.map(([, l]) => l + '\n').join(''), first.out);
    const again = cli(args());
    assert.deepEqual(again, first);
  });

  it('the launcher prints what is kept, without running the check', () => {
    cli(args());
    const store = new ResultStore(path.join(cache, 'results'));
    const run = store.get<KeptRun>(slot(args()))!;
    store.put(slot(args()), { ...run, lines: [[1, 'kept line']], code: 0 });
    assert.deepEqual(cli(args()), { out: 'kept line\n', err: '', code: 0 });
  });

  it('runs again when an article is edited, added or removed, with the output a fresh run gives', () => {
    cli(args('--format', 'json'));
    const first = JSON.parse(cli(args('--format', 'json')).out);
    const file = path.join(articles, fs.readdirSync(articles).sort()[0]);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^.*$/m, 'A headline written again'));
    past(file, 1800);
    assert.equal(kept(args('--format', 'json')), undefined);
    const edited = cli(args('--format', 'json'));
    assert.deepEqual(
      JSON.parse(edited.out),
      JSON.parse(cli(['check', ...args('--format', 'json').slice(3), '--no-cache']).out),
    );
    assert.notDeepEqual(JSON.parse(edited.out).sources, first.sources);

    fs.writeFileSync(
      path.join(articles, 'new.md'),
      '# Oracle adds a site\n\nOracle said on March 3, 2025 that it would build a fifth campus.\n',
    );
    past(path.join(articles, 'new.md'));
    past(articles); // the folder's mtime alone says a file was added
    assert.equal(kept(args('--format', 'json')), undefined);
    assert.equal(JSON.parse(cli(args('--format', 'json')).out).sources.length, first.sources.length + 1);

    fs.rmSync(path.join(articles, 'new.md'));
    past(articles);
    assert.equal(kept(args('--format', 'json')), undefined);
    assert.equal(JSON.parse(cli(args('--format', 'json')).out).sources.length, first.sources.length);
  });

  it('runs again when an xref-sources.json or the report changes, or for other options', () => {
    cli(args('--format', 'json'));
    const meta = path.join(articles, 'xref-sources.json');
    const m = JSON.parse(fs.readFileSync(meta, 'utf8'));
    const name = Object.keys(m).find((k) => !k.startsWith('_'))!;
    m[name] = { ...m[name], key: 'renamed-key-2025' };
    fs.writeFileSync(meta, JSON.stringify(m, null, 2));
    past(meta, 1800);
    assert.equal(kept(args('--format', 'json')), undefined);
    const keys = JSON.parse(cli(args('--format', 'json')).out).sources.map((s: { key: string }) => s.key);
    assert.ok(keys.includes('renamed-key-2025'), keys.join(' '));

    fs.appendFileSync(report, '\nOracle said the venture would cost $1 billion.\n');
    past(report, 1800);
    assert.equal(kept(args('--format', 'json')), undefined);
    assert.equal(kept(args()), undefined, 'another command line has a slot of its own');
  });

  it('keeps nothing when a file read was modified within the last seconds, and nothing from stdin', () => {
    const file = path.join(articles, fs.readdirSync(articles).sort()[1]);
    fs.appendFileSync(file, '\nA line added just now.\n');
    cli(args());
    assert.equal(kept(args()), undefined);
    const argv = [...args().slice(0, -1), '-'];
    spawnSync(process.execPath, [CLI, ...argv], { cwd: dir, env, input: fs.readFileSync(report) });
    assert.equal(kept(argv), undefined);
  });

  it('a damaged entry is no entry: the check runs', () => {
    const first = cli(args());
    for (const f of fs.readdirSync(path.join(cache, 'results')))
      fs.writeFileSync(path.join(cache, 'results', f), '{"slot": "x", "val');
    assert.equal(kept(args()), undefined);
    assert.deepEqual(cli(args()), first);
    assert.ok(kept(args()), 'kept again');
  });

  /** The report's kept blocks (judge/keptBlocks.ts): the files under the cache's engine folder. */
  const blockFiles = () => {
    const index = path.join(cache, 'index');
    return fs
      .readdirSync(index)
      .map((v) => path.join(index, v, 'blocks'))
      .filter((d) => fs.existsSync(d))
      .flatMap((d) => fs.readdirSync(d).map((f) => path.join(d, f)));
  };

  it('an edited report: the output of a run without cache, its unchanged blocks taken from the last run', () => {
    const json = args('--format', 'json');
    cli(json);
    assert.equal(blockFiles().length, 1);
    const before = fs.readFileSync(blockFiles()[0]);
    // A figure edited, a paragraph added: the other blocks are as the last run judged them.
    fs.writeFileSync(
      report,
      fs
        .readFileSync(report, 'utf8')
        .replace('100,000 jobs', '120,000 jobs')
        .replace(
          '# Stargate: what was announced\n',
          '# Stargate: what was announced\n\nOracle said the venture would cost $1 billion.\n',
        ),
    );
    past(report, 1800);
    const edited = cli(json);
    assert.equal(edited.err, '');
    assert.equal(edited.out, cli(['check', ...json.slice(3), '--no-cache']).out);
    assert.ok(edited.out.includes('120,000'), 'the edit is checked');
    assert.notDeepEqual(fs.readFileSync(blockFiles()[0]), before, 'the blocks of the new version kept');
    assert.ok(kept(json), 'the run is kept');
  });

  it('a damaged file of kept blocks: discarded with a message, the output of a run without cache, the run not kept', () => {
    cli(args());
    const [file] = blockFiles();
    const b = fs.readFileSync(file);
    b[b.length - 20] ^= 1;
    fs.writeFileSync(file, b);
    fs.appendFileSync(report, '\nOracle said the venture would cost $1 billion.\n');
    past(report, 1800);
    const second = cli(args());
    assert.match(
      second.err,
      /^stargate-xref: block cache: discarded .*: it is cut short or damaged; its blocks are judged again\n$/,
    );
    assert.equal(second.out, cli(['check', ...args().slice(3), '--no-cache']).out);
    assert.equal(kept(args()), undefined, 'a run that said so is not kept');
    const third = cli(args());
    assert.deepEqual({ ...third, err: '' }, { ...second, err: '' });
    assert.equal(third.err, '');
  });
});
