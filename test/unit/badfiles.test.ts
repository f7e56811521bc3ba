// Bad files in a sources folder: each is skipped with one message naming the file and the reason, and the
// rest of the corpus is still indexed. Through the Corpus API and through the CLI (stderr, exit codes).
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from './runCli';
import { Corpus } from '../../server/src/corpus/corpus';

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'seeds');
const GOOD = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/** EUC-KR bytes of "스타게이트 프로젝트에 5000억 달러를 투자한다." (not valid UTF-8; made with iconv -t EUC-KR). */
const EUC_KR = Buffer.from(
  'bdbac5b8b0d4c0ccc6ae20c7c1b7cec1a7c6aebfa12035303030beef20b4deb7afb8a620c5f5c0dac7d1b4d92e',
  'hex',
);

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'xref-bad-'));
}

function copySeeds(dir: string, n = 2): string[] {
  return GOOD.slice(0, n).map((f) => {
    const to = path.join(dir, `good-${f}`);
    fs.copyFileSync(path.join(SEEDS, f), to);
    return to;
  });
}

/** Exactly one skip message for the file, matching the reason. */
function skippedOnce(c: Corpus, file: string, reason: RegExp) {
  const hits = c.skipped.filter((s) => path.resolve(s.file) === path.resolve(file));
  assert.equal(hits.length, 1, `one message for ${file}: ${JSON.stringify(c.skipped)}`);
  assert.match(hits[0].reason, reason);
}

describe('bad files in a sources folder', function () {
  this.timeout(60_000);
  let dir: string;
  let good: string[];
  const maxFileBytes = 20_000; // the seeds are under 10 kB; the real 50 MB file is in the bench

  before(() => {
    dir = tmpdir();
    good = copySeeds(dir, 2);
    fs.writeFileSync(
      path.join(dir, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    );
    fs.writeFileSync(path.join(dir, 'euc-kr.txt'), EUC_KR);
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'blank.md'), ' \n\r\n\t \n');
    fs.writeFileSync(
      path.join(dir, 'large.txt'),
      'Stargate will invest $500 billion. '.repeat(Math.ceil((maxFileBytes * 2) / 35)),
    );
    fs.symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'));
    fs.symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'));
    fs.symlinkSync('missing-target.txt', path.join(dir, 'dangling.txt'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.copyFileSync(path.join(SEEDS, GOOD[2]), path.join(dir, 'sub', 'nested.txt'));
    fs.symlinkSync('..', path.join(dir, 'sub', 'up')); // a folder cycle
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips each with one message naming the file and the reason; the good articles are indexed', () => {
    const c = Corpus.load({ folders: [dir], useBundled: false, maxFileBytes });
    skippedOnce(c, path.join(dir, 'binary.txt'), /binary/);
    skippedOnce(c, path.join(dir, 'euc-kr.txt'), /not UTF-8/);
    skippedOnce(c, path.join(dir, 'empty.txt'), /empty/);
    skippedOnce(c, path.join(dir, 'blank.md'), /empty/);
    skippedOnce(c, path.join(dir, 'large.txt'), /too large/);
    skippedOnce(c, path.join(dir, 'loop-a.txt'), /symbolic link loop/);
    skippedOnce(c, path.join(dir, 'loop-b.txt'), /symbolic link loop/);
    skippedOnce(c, path.join(dir, 'dangling.txt'), /not found|cannot read/);
    skippedOnce(c, path.join(dir, 'sub', 'up'), /symbolic link loop/);
    const files = c.sources.map((s) => path.resolve(s.file)).sort();
    assert.deepEqual(
      files,
      [...good, path.join(dir, 'sub', 'nested.txt')].map((f) => path.resolve(f)).sort(),
      'the good articles, each once (the folder cycle is not followed twice)',
    );
    for (const s of c.sources) assert.ok(s.figures.length > 0 && s.sentences.length > 0, `${s.file} indexed`);
    for (const s of c.skipped) assert.ok(path.isAbsolute(s.file) && s.reason.length > 3, JSON.stringify(s));
  });

  it('the async loader skips the same files', async () => {
    const sync = Corpus.load({ folders: [dir], useBundled: false, maxFileBytes });
    const c = await Corpus.loadAsync({ folders: [dir], useBundled: false, maxFileBytes });
    assert.deepEqual(c.skipped, sync.skipped);
    assert.deepEqual(
      c.sources.map((s) => s.key),
      sync.sources.map((s) => s.key),
    );
  });

  it('a file deleted between listing and reading is skipped as gone, the rest still indexed', () => {
    const d = tmpdir();
    try {
      const files = copySeeds(d, 3);
      // Corpus.load lists the folder first, then reads file by file: delete the second one after the first is read.
      const c = Corpus.load({ folders: [d], useBundled: false }, (done) => {
        if (done === 1) fs.rmSync(files[1]);
      });
      skippedOnce(c, files[1], /not found|deleted/);
      assert.deepEqual(c.sources.map((s) => s.file).sort(), [files[0], files[2]].sort());
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it('updateFile on a file that is gone removes its source without a crash', () => {
    const d = tmpdir();
    try {
      const files = copySeeds(d, 2);
      const c = Corpus.load({ folders: [d], useBundled: false });
      assert.equal(c.sources.length, 2);
      fs.rmSync(files[0]);
      c.updateFile(files[0]);
      assert.deepEqual(
        c.sources.map((s) => s.file),
        [files[1]],
      );
      // and back again, then replaced by binary: skipped with a reason, no stale source
      fs.copyFileSync(path.join(SEEDS, GOOD[0]), files[0]);
      c.updateFile(files[0]);
      assert.equal(c.sources.length, 2);
      fs.writeFileSync(files[0], Buffer.from([0, 1, 2, 3]));
      c.updateFile(files[0]);
      assert.equal(c.sources.length, 1);
      skippedOnce(c, files[0], /binary/);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it('a folder without read permission is skipped with a message, the rest indexed', function () {
    const d = tmpdir();
    const locked = path.join(d, 'locked');
    try {
      copySeeds(d, 1);
      fs.mkdirSync(locked);
      fs.copyFileSync(path.join(SEEDS, GOOD[1]), path.join(locked, 'secret.txt'));
      fs.chmodSync(locked, 0o000);
      let canStillRead = true;
      try {
        fs.readdirSync(locked);
      } catch {
        canStillRead = false;
      }
      if (canStillRead) {
        // Root (or CAP_DAC_OVERRIDE) reads through chmod 000: make the folder listing fail as the OS would.
        assert.ok(IS_ROOT || canStillRead);
        const nodeFs = require('fs') as { readdirSync: unknown };
        const real = nodeFs.readdirSync;
        const denied = (p: fs.PathLike) => path.resolve(String(p)) === locked;
        nodeFs.readdirSync = function (p: fs.PathLike, ...rest: unknown[]) {
          if (denied(p))
            throw Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), {
              code: 'EACCES',
              errno: -13,
              syscall: 'scandir',
              path: String(p),
            });
          return (real as (...a: unknown[]) => unknown).call(nodeFs, p, ...rest);
        };
        try {
          check();
        } finally {
          nodeFs.readdirSync = real;
        }
      } else {
        check();
      }
    } finally {
      fs.chmodSync(locked, 0o755);
      fs.rmSync(d, { recursive: true, force: true });
    }
    function check() {
      const c = Corpus.load({ folders: [d], useBundled: false });
      skippedOnce(c, locked, /permission denied/);
      assert.equal(c.sources.length, 1);
    }
  });

  it('a configured folder that does not exist is reported, the bundled seeds still indexed', () => {
    const c = Corpus.load({ folders: [path.join(os.tmpdir(), 'xref-no-such-folder-' + process.pid)] });
    assert.equal(c.skipped.length, 1);
    assert.match(c.skipped[0].reason, /not found/);
    assert.ok(c.sources.length >= 5);
  });
});

describe('bad files through the CLI', function () {
  this.timeout(60_000);
  let dir: string;
  let report: string;

  before(() => {
    dir = tmpdir();
    copySeeds(dir, 1);
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([1, 2, 0, 4]));
    fs.writeFileSync(path.join(dir, 'euc-kr.txt'), EUC_KR);
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    report = path.join(dir, 'report.md');
    fs.writeFileSync(report, '# Report\n\nStargate will invest up to $500 billion over four years.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = runCli;

  it('names each skipped file and its reason on stderr, keeps stdout clean JSON, exit 0', () => {
    const r = run(['check', '--sources', dir, '--format', 'json', report]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    for (const [name, why] of [
      ['binary.txt', /binary/],
      ['euc-kr.txt', /UTF-8/],
      ['empty.md', /empty/],
    ] as const) {
      const lines = r.err.split('\n').filter((l) => l.includes(path.join(dir, name)));
      assert.equal(lines.length, 1, `one stderr line for ${name}:\n${r.err}`);
      assert.match(lines[0], why);
    }
    assert.ok(
      json.sources.some((s: { file: string }) => s.file.startsWith(dir)),
      'the good article in the folder is a source',
    );
  });

  it('a missing report file is an I/O error: exit 2 with a message', () => {
    const r = run(['check', path.join(dir, 'no-such-report.md')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /no-such-report\.md/);
    assert.equal(r.out, '');
  });

  it('a binary report file: exit 2 with the reason', () => {
    const r = run(['check', path.join(dir, 'binary.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /binary/);
  });

  it('an error finding: exit 1', () => {
    const wrong = path.join(dir, 'wrong.md');
    fs.writeFileSync(wrong, 'Stargate will invest $600 billion over four years [@edaily-2025-01-22].\n');
    const r = run(['check', wrong]);
    assert.equal(r.code, 1, r.out + r.err);
  });

  it('as a real process: stderr carries the skips, the exit code is the process status', () => {
    const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const cli = path.join(ROOT, 'server', 'src', 'cli', 'main.ts');
    const ok = spawnSync(process.execPath, [tsx, cli, 'check', '--sources', dir, report], {
      encoding: 'utf8',
      cwd: ROOT,
      timeout: 30_000,
    });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stderr, /skipped .*binary\.txt: binary/);
    assert.ok(!/binary\.txt/.test(ok.stdout), 'skip messages are not on stdout');
    const missing = spawnSync(process.execPath, [tsx, cli, 'check', path.join(dir, 'nope.md')], {
      encoding: 'utf8',
      cwd: ROOT,
      timeout: 30_000,
    });
    assert.equal(missing.status, 2, missing.stderr);
    assert.match(missing.stderr, /nope\.md/);
  });
});
