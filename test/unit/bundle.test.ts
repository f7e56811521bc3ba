// The built bundles (npm run build): what a start loads, and that what they load later is there.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../server/src/cli/main';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
// cli.js is the launcher (cli/launch.ts) of cli-engine.js, the command's bundle.
const BUNDLES = ['cli.js', 'cli-engine.js', 'server.js', 'corpusWorker.js'];
const ENGINES = BUNDLES.filter((b) => b !== 'cli.js');

describe('the bundles', () => {
  before(function () {
    if (!BUNDLES.every((b) => fs.existsSync(path.join(DIST, b)))) this.skip(); // npm run build first
  });

  it('load none of the packages kept in dist/vendor/, nor worker_threads, when they start', function () {
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(path.join(DIST, 'cli.js'))}).main;
         console.log(JSON.stringify({ files: Object.keys(require.cache), builtins: process.moduleLoadList }))`,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    const { files, builtins } = JSON.parse(r.stdout) as { files: string[]; builtins: string[] };
    const loaded = files.map((f) => path.relative(DIST, f));
    assert.ok(loaded.includes('cli.js'), loaded.join(', '));
    assert.deepStrictEqual(
      loaded.filter((f) => f.startsWith('vendor')),
      [],
    );
    // Indexing threads start for large corpora only (corpus/parallel.ts loads the module then).
    assert.deepStrictEqual(
      builtins.filter((m) => /worker_threads/.test(m)),
      [],
    );
  });

  it('a check the index cache answers loads no package of dist/vendor/ (pg, the HTML reader), nor worker_threads or node:crypto', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-bundle-'));
    try {
      // Written at exit by a module loaded before the CLI: what the process loaded, files and Node's own modules.
      const probe = path.join(dir, 'probe.js');
      fs.writeFileSync(
        probe,
        `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(path.join(dir, 'loaded.json'))},
           JSON.stringify({ files: Object.keys(require.cache), builtins: process.moduleLoadList })));`,
      );
      // A copy of the report, edited (another mtime) before the second run: the check runs, no kept run answers.
      const report = path.join(dir, 'report-en.md');
      fs.copyFileSync(path.join(ROOT, 'examples', 'report-en.md'), report);
      const run = () =>
        spawnSync(process.execPath, ['-r', probe, path.join(DIST, 'cli.js'), 'check', report, '--cache', dir], {
          encoding: 'utf8',
        });
      assert.equal(run().status, 1, 'the first run fills the cache');
      const edited = new Date(2021, 0, 1);
      fs.utimesSync(report, edited, edited);
      const r = run();
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /4 errors, 2 warnings, 1 information, 0 hints in 1 file \(5 sources, 24 claims checked\)/);
      const { files, builtins } = JSON.parse(fs.readFileSync(path.join(dir, 'loaded.json'), 'utf8')) as {
        files: string[];
        builtins: string[];
      };
      assert.deepStrictEqual(
        files.filter((f) => f !== probe).map((f) => path.relative(DIST, f)),
        ['cli.js'],
      );
      assert.deepStrictEqual(
        // (node:zlib is loaded: its crc32 sums the snapshot's records and the kept blocks in less CPU than a table in
        // code not yet optimized; cache.ts crc32)
        builtins.filter((m) => /^NativeModule (?:crypto|worker_threads)$/.test(m)),
        [],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("carry their own hash, which names the cache's engine version: a start does not read and hash the bundle again", function () {
    const cli = path.join(DIST, 'cli.js');
    const bundle = path.join(DIST, 'cli-engine.js');
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-bundle-'));
    try {
      const r = spawnSync(
        process.execPath,
        [
          '-e',
          `const fs = require('fs'), bundle = ${JSON.stringify(bundle)};
           const c = require(${JSON.stringify(cli)});
           const main = c.main;
           const read = fs.readFileSync;
           let n = 0;
           fs.readFileSync = function (f, ...rest) { if (String(f) === bundle) n++; return read.call(this, f, ...rest); };
           const code = main(['check', ${JSON.stringify(path.join(ROOT, 'examples', 'report-en.md'))}, '--cache', ${JSON.stringify(cache)}], () => {}, () => {});
           console.log(JSON.stringify({ code, n }));`,
        ],
        { encoding: 'utf8' },
      );
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), { code: 1, n: 0 });
      const [version] = fs.readdirSync(path.join(cache, 'index'));
      const hash = /-s\d+-([0-9a-f]{16})-v8/.exec(version)?.[1];
      assert.ok(hash, version);
      // The SHA-256 of the bundle as esbuild wrote it: with the placeholder (scripts/build.mjs) where the hash is.
      const code = fs.readFileSync(bundle, 'utf8');
      assert.ok(code.includes(`"${hash}"`), 'the hash is written in');
      assert.ok(code.startsWith(`/*"${hash}"*/`), 'and on the first line, where the launcher reads it');
      const written = code.split(`"${hash}"`).join('"XREF:code:hash:0"');
      assert.equal(crypto.createHash('sha256').update(written).digest('hex').slice(0, 16), hash);
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it("copy each of Node's modules they import once, not once an importing file (esbuild's __toESM at every start)", function () {
    for (const b of BUNDLES) {
      const code = fs.readFileSync(path.join(DIST, b), 'utf8');
      const copies = new Map<string, number>();
      for (const m of code.matchAll(
        /(?:__toESM|__reExport\([\w$]+,) ?\(?require\("(?:node:)?(fs|path|os|v8|vm|zlib|module)"\)/g,
      ))
        copies.set(m[1], (copies.get(m[1]) ?? 0) + 1);
      assert.ok(copies.has('fs'), `${b}: no copy of fs found (the pattern is out of date)`);
      for (const [name, n] of copies) assert.equal(n, 1, `${b} copies ${name} ${n} times`);
    }
  });

  it("cli-engine.js is ASCII (its regexes' Hangul escaped), and checks a Korean report as the engine does", function () {
    const code = fs.readFileSync(path.join(DIST, 'cli-engine.js'), 'utf8');
    assert.equal(/[^\x00-\x7f]/.exec(code), null, 'a non-ASCII character in the bundle');
    for (const report of ['report-ko.md', 'report-en.md']) {
      const file = path.join(ROOT, 'examples', report);
      const built = spawnSync(
        process.execPath,
        [path.join(DIST, 'cli.js'), 'check', '--no-cache', '--format', 'json', file],
        {
          encoding: 'utf8',
        },
      );
      const lines: string[] = [];
      const code = main(
        ['check', '--no-cache', '--format', 'json', file],
        (s) => lines.push(s),
        () => undefined,
      );
      assert.equal(built.status, code, built.stderr);
      assert.equal(built.stdout, lines.join('\n') + '\n', report);
    }
  });

  for (const b of ENGINES) {
    it(`${b}: every file it requires beside itself exists and loads`, function () {
      const code = fs.readFileSync(path.join(DIST, b), 'utf8');
      const names = [...new Set([...code.matchAll(/require\("(\.\/[^"]+)"\)/g)].map((m) => m[1]))];
      if (b !== 'corpusWorker.js') assert.ok(names.includes('./vendor/pg.js'), names.join(', '));
      assert.ok(names.includes('./vendor/htmlparser2.js'), names.join(', '));
      for (const n of names) {
        const file = path.join(DIST, n);
        assert.ok(fs.existsSync(file), `${b} requires ${n}, which is not there`);
        const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(file)})`], { encoding: 'utf8' });
        assert.equal(r.status, 0, `${n}: ${r.stderr}`);
      }
    });
  }
});
