// dist/cli.js (cli/start.ts): the CLI bundle loaded with V8's code cache kept beside the index cache.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cacheRootOf } from '../../server/src/cli/start';
import { defaultCacheDir } from '../../server/src/corpus/cache';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const REPORT = path.join(ROOT, 'examples', 'report-en.md');

describe('the CLI start (cli/start.ts)', () => {
  it('keeps the compiled code where the command line keeps its cache, or nowhere with --no-cache', () => {
    assert.equal(cacheRootOf(['check', 'r.md']), defaultCacheDir());
    assert.equal(cacheRootOf(['check', '--cache', 'x', 'r.md']), path.resolve('x'));
    assert.equal(cacheRootOf(['check', '--cache=/tmp/y', 'r.md']), '/tmp/y');
    assert.equal(cacheRootOf(['check', '--no-cache', 'r.md']), undefined);
    assert.equal(cacheRootOf(['check', '--no-cache', '--cache', 'z', 'r.md']), path.resolve('z'));
    // A flag's value is not a flag: a folder named --no-cache is a sources folder.
    assert.equal(cacheRootOf(['check', '--sources', '--no-cache', 'r.md']), defaultCacheDir());
    assert.equal(cacheRootOf(['index', '--format', 'json', '--cache', 'w']), path.resolve('w'));
  });

  describe('the built CLI', () => {
    let dir: string;
    before(function () {
      if (!fs.existsSync(CLI)) this.skip(); // npm run build first
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-start-'));
    });
    after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

    const run = (file: string, ...args: string[]) => {
      const r = spawnSync(process.execPath, [file, 'check', '--format', 'json', ...args, REPORT], {
        encoding: 'utf8',
        cwd: ROOT,
        env: { ...process.env, XDG_CACHE_HOME: path.join(dir, 'home') },
      });
      assert.equal(r.status, 1, r.stderr); // the example report has error findings
      assert.equal(r.stderr, '');
      return r.stdout;
    };
    const codeFiles = (root: string) => {
      const d = path.join(root, 'code');
      return fs.existsSync(d) ? fs.readdirSync(d).map((n) => path.join(d, n)) : [];
    };
    const valid = (file: string) => {
      const b = fs.readFileSync(file);
      return crypto.createHash('sha256').update(b.subarray(32)).digest().equals(b.subarray(0, 32));
    };

    it('gives the same output with the code kept, without it, and with it damaged', () => {
      const cache = path.join(dir, 'c1');
      const plain = run(CLI, '--no-cache');
      assert.deepStrictEqual(codeFiles(path.join(dir, 'home', 'stargate-xref')), []);
      assert.equal(run(CLI, '--cache', cache), plain);
      const [kept, ...more] = codeFiles(cache);
      assert.deepStrictEqual(more, []);
      assert.match(
        path.basename(kept),
        new RegExp(`^cli-[0-9a-f]{16}-node${process.versions.node}-${process.arch}\\.bin$`),
      );
      assert.ok(valid(kept));
      const before = fs.readFileSync(kept);
      assert.equal(run(CLI, '--cache', cache), plain); // read back, not written again
      assert.ok(fs.readFileSync(kept).equals(before));
      // Damaged bytes are not given to V8 (it would abort the process): compiled again and written anew.
      const bad = Buffer.from(before);
      for (let i = 4000; i < bad.length; i += 997) bad[i] ^= 0x5a;
      fs.writeFileSync(kept, bad);
      assert.equal(run(CLI, '--cache', cache), plain);
      assert.ok(valid(kept));
      // Another bundle's or Node's code is removed when this one's is written.
      const stale = path.join(cache, 'code', 'cli-0000000000000000-node0.0.0-x64.bin');
      fs.writeFileSync(stale, 'old');
      fs.rmSync(kept);
      assert.equal(run(CLI, '--cache', cache), plain);
      assert.deepStrictEqual(codeFiles(cache), [kept]);
    });

    it('names the index cache by the same hash of the bundle as the bundle run on its own', () => {
      const a = path.join(dir, 'a'),
        b = path.join(dir, 'b');
      assert.equal(run(CLI, '--cache', a), run(path.join(ROOT, 'dist', 'cliMain.js'), '--cache', b));
      assert.deepStrictEqual(fs.readdirSync(path.join(a, 'index')), fs.readdirSync(path.join(b, 'index')));
    });
  });
});
