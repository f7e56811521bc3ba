// Issue 11 (13): help and version as options, and one clear sentence (no raw EISDIR/EACCES) with exit 2 for
// a report that is a folder or cannot be read, and for a --sources path that is neither a folder nor a file;
// a FIFO in a sources folder is named on stderr as skipped, and never opened (a read would block).
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readError } from '../../server/src/cli/main';
import { runCli } from './runCli';

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'seeds');

const run = runCli;

/** One line on stderr, a sentence naming the path, without an error code or a stack. */
function oneClearLine(err: string, name: string) {
  const lines = err.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `one line on stderr:\n${err}`);
  assert.ok(lines[0].includes(name), lines[0]);
  assert.doesNotMatch(lines[0], /\b(EISDIR|EACCES|EPERM|ENOENT|errno)\b|\s+at /, lines[0]);
}

describe('CLI: help, version and unusable paths', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const flag of ['--help', '-h']) {
    it(`${flag} prints the usage, exit 0`, () => {
      const r = run([flag]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^usage: stargate-xref check/);
      assert.equal(r.err, '');
    });
  }
  it('--version prints the version, exit 0', () => {
    const r = run(['--version']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^\d+\.\d+\.\d+$/);
  });

  it('check FOLDER: one sentence saying it is a folder, exit 2', () => {
    const r = run(['check', SEEDS]);
    assert.equal(r.code, 2);
    oneClearLine(r.err, SEEDS);
    assert.match(r.err, /folder/);
  });

  it('an unreadable report: "permission denied", not EACCES', () => {
    // Tests run as root, who reads a 000 file: the message is checked on the error itself.
    for (const code of ['EACCES', 'EPERM']) {
      const e = Object.assign(new Error(`${code}: permission denied, open 'r.md'`), { code });
      assert.equal(readError('r.md', e), 'cannot read r.md: permission denied');
    }
    assert.equal(
      readError('r.md', Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' })),
      'cannot read r.md: it is a folder; give the Markdown reports to check (a folder of articles goes after --sources)',
    );
    if (process.getuid?.() !== 0) {
      const locked = path.join(dir, 'locked.md');
      fs.writeFileSync(locked, 'x');
      fs.chmodSync(locked, 0o000);
      const r = run(['check', locked]);
      assert.equal(r.code, 2);
      oneClearLine(r.err, locked);
    }
  });

  describe('FIFOs', function () {
    let fifo: string, folder: string, report: string;
    before(function () {
      folder = path.join(dir, 'articles');
      fs.mkdirSync(folder);
      fs.copyFileSync(
        path.join(SEEDS, fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))[0]),
        path.join(folder, 'good.txt'),
      );
      fifo = path.join(folder, 'fifo.txt');
      if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
      report = path.join(dir, 'report.md');
      fs.writeFileSync(report, 'Stargate will invest up to $500 billion over four years.\n');
    });

    it('a FIFO in a sources folder is named on stderr as skipped, and the check goes on (exit 0)', () => {
      const r = run(['check', '--sources', folder, report]);
      assert.equal(r.code, 0, r.err);
      const lines = r.err.split('\n').filter((l) => l.includes(fifo));
      assert.equal(lines.length, 1, `one line for the FIFO:\n${r.err}`);
      assert.match(lines[0], /skipped .*not a regular file/);
      assert.match(r.out, /\(6 sources,/);
    });

    it('--sources FIFO: one sentence, exit 2', () => {
      const r = run(['check', '--sources', fifo, report]);
      assert.equal(r.code, 2, r.out + r.err);
      oneClearLine(r.err, fifo);
      assert.match(r.err, /not a folder or an article file/);
      const i = run(['index', '--sources', fifo]);
      assert.equal(i.code, 2, i.out + i.err);
    });
  });
});
