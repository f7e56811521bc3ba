// The CLI's code cache (cli/launch.ts, cli/codeCache.ts): where it goes, and that a cache which is cut short, damaged
// or made for another bundle is never run: the output stays the same and a good cache is written in its place.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { canWriteIn, codeCacheDir, readCodeCache, writeCodeCache } from '../../server/src/cli/codeCache';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const REPORT = path.join(ROOT, 'examples', 'report-en.md');

describe('the code cache', () => {
  describe('its folder', () => {
    const env = { XDG_CACHE_HOME: '/x/cache' };
    it('is <cache>/code for check and index, as --cache and --no-cache say (the last wins)', () => {
      assert.equal(codeCacheDir(['check', 'r.md'], env), path.join('/x/cache', 'stargate-xref', 'code'));
      assert.equal(codeCacheDir(['index', '--cache', '/c'], env), path.join('/c', 'code'));
      assert.equal(codeCacheDir(['check', '--cache=/c', 'r.md'], env), path.join('/c', 'code'));
      assert.equal(codeCacheDir(['check', 'r.md', '--no-cache'], env), undefined);
      assert.equal(codeCacheDir(['check', '--no-cache', '--cache', '/c', 'r.md'], env), path.join('/c', 'code'));
      assert.equal(codeCacheDir(['check', '--cache', '/c', '--no-cache', 'r.md'], env), undefined);
    });
    it('reads the values of the other options as values, not as --cache', () => {
      assert.equal(
        codeCacheDir(['check', '--sources', '--no-cache', 'r.md'], env),
        path.join('/x/cache', 'stargate-xref', 'code'),
      );
      assert.equal(codeCacheDir(['check', '--format', 'json', '--cache', '/c'], env), path.join('/c', 'code'));
    });
    it('is none for help, version or no command', () => {
      assert.equal(codeCacheDir(['--help'], env), undefined);
      assert.equal(codeCacheDir(['version'], env), undefined);
      assert.equal(codeCacheDir([], env), undefined);
    });
  });

  describe('its files', () => {
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-code-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
    const hash = '0123456789abcdef';

    it('give back what was written, for the bundle it was written for only', () => {
      const file = path.join(dir, 'code', 'c.bin');
      const payload = Buffer.from('some compiled code');
      writeCodeCache(file, hash, payload);
      assert.deepEqual(readCodeCache(file, hash), payload);
      assert.equal(readCodeCache(file, 'fedcba9876543210'), undefined);
      assert.deepEqual(fs.readdirSync(path.dirname(file)), ['c.bin'], 'no temporary file left');
    });
    it('are not read when cut short, longer than said, or not ours', () => {
      const file = path.join(dir, 'c.bin');
      writeCodeCache(file, hash, Buffer.from('some compiled code'));
      const whole = fs.readFileSync(file);
      fs.writeFileSync(file, whole.subarray(0, whole.length - 1));
      assert.equal(readCodeCache(file, hash), undefined);
      fs.writeFileSync(file, Buffer.concat([whole, Buffer.from('x')]));
      assert.equal(readCodeCache(file, hash), undefined);
      fs.writeFileSync(file, Buffer.concat([Buffer.from('NOTOURS!'), whole.subarray(8)]));
      assert.equal(readCodeCache(file, hash), undefined);
      assert.equal(readCodeCache(path.join(dir, 'none.bin'), hash), undefined);
    });
    it('are not written where no folder can be made, and nothing is thrown', () => {
      fs.writeFileSync(path.join(dir, 'code'), 'a file where the folder would be');
      writeCodeCache(path.join(dir, 'code', 'c.bin'), hash, Buffer.from('x'));
      assert.equal(fs.readFileSync(path.join(dir, 'code'), 'utf8'), 'a file where the folder would be');
      // The launcher asks first, and then makes no cache at all (V8's createCachedData costs a run ~10-20 ms).
      assert.equal(canWriteIn(path.join(dir, 'code')), false);
      assert.equal(canWriteIn(path.join(dir, 'new', 'code')), true);
      assert.ok(fs.statSync(path.join(dir, 'new', 'code')).isDirectory());
    });
  });

  describe('in the built CLI', () => {
    let home: string, work: string, cache: string;
    before(function () {
      if (!fs.existsSync(CLI)) this.skip(); // npm run build first
    });
    beforeEach(() => {
      home = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-home-'));
      work = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-work-'));
      cache = path.join(home, 'cache');
      fs.copyFileSync(REPORT, path.join(work, 'report.md'));
    });
    afterEach(() => {
      fs.rmSync(home, { recursive: true, force: true });
      fs.rmSync(work, { recursive: true, force: true });
    });
    // The command as a user runs it, in a workspace of its own, with a home and cache home of its own.
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, 'check', 'report.md', ...args], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, HOME: home, XDG_CACHE_HOME: path.join(home, 'xdg') },
      });
    const codeFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));

    // The report edited (an mtime of its own) before a run, so that the run checks it and is not a kept one.
    let edits = 0;
    const edit = () => {
      const t = new Date(2021, 0, 1, 0, 0, ++edits);
      fs.utimesSync(path.join(work, 'report.md'), t, t);
    };

    it('is not written by a run that indexed its sources, but by the next check, from the snapshot', () => {
      const first = run('--cache', cache);
      assert.equal(first.status, 1, first.stderr);
      assert.ok(fs.existsSync(path.join(cache, 'index')), 'the index cache is written');
      assert.deepEqual(codeFiles(path.join(cache, 'code')), [], 'no code cache after indexing');
      edit();
      const second = run('--cache', cache);
      assert.equal(second.stdout, first.stdout);
      assert.equal(codeFiles(path.join(cache, 'code')).length, 1);
    });

    it('is written in the cache folder after a check, never in the workspace, and used by the next', () => {
      run('--cache', cache); // indexes
      edit();
      const first = run('--cache', cache);
      assert.equal(first.status, 1, first.stderr);
      const [name, ...more] = codeFiles(path.join(cache, 'code'));
      assert.match(
        name,
        new RegExp(`^cli-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`),
      );
      assert.deepEqual(more, []);
      assert.deepEqual(files(work), ['report.md']);
      assert.ok(!fs.existsSync(path.join(home, 'xdg')), 'the default cache folder is not touched with --cache');
      // Used, not written again: its time stays as set here.
      const file = path.join(cache, 'code', name);
      const old = new Date(2020, 0, 1);
      fs.utimesSync(file, old, old);
      edit();
      const second = run('--cache', cache);
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.stderr, first.stderr);
      assert.equal(fs.statSync(file).mtimeMs, old.getTime());
    });

    it('goes in the user cache folder by default, and nowhere with --no-cache', () => {
      assert.equal(run('--no-cache').status, 1);
      assert.deepEqual(files(home), []);
      assert.deepEqual(files(work), ['report.md']);
      assert.equal(run().status, 1);
      edit();
      assert.equal(run().status, 1);
      assert.equal(codeFiles(path.join(home, 'xdg', 'stargate-xref', 'code')).length, 1);
    });

    for (const [what, spoil] of [
      // Bytes changed in the middle of V8's data: only a checksum finds them.
      [
        'damaged',
        (b: Buffer) => {
          const at = Math.floor(b.length / 2);
          for (let i = at; i < at + 16; i++) b[i] ^= 0x5a;
          return b;
        },
      ],
      ['cut short', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
      // Another bundle's cache under this one's name (its hash in the header).
      [
        'for another bundle',
        (b: Buffer) => {
          b.write('ffffffffffffffff', 8, 'latin1');
          return b;
        },
      ],
    ] as const) {
      it(`is not used when ${what}: the output is the same and a good one replaces it`, () => {
        run('--cache', cache); // indexes
        edit();
        const first = run('--cache', cache);
        const [name] = codeFiles(path.join(cache, 'code'));
        const file = path.join(cache, 'code', name);
        const good = fs.readFileSync(file);
        const bad = spoil(Buffer.from(good));
        fs.writeFileSync(file, bad);
        const old = new Date(2020, 0, 1);
        fs.utimesSync(file, old, old);
        edit();
        const r = run('--cache', cache);
        assert.equal(r.status, 1, r.stderr);
        assert.equal(r.stdout, first.stdout);
        assert.equal(r.stderr, first.stderr);
        assert.notEqual(fs.statSync(file).mtimeMs, old.getTime(), 'written again');
        assert.ok(!fs.readFileSync(file).equals(bad));
        edit();
        assert.equal(run('--cache', cache).stdout, first.stdout);
      });
    }
  });
});
