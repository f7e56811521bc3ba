// The language server's watcher of source folders (lsp/indexer.ts SourceWatcher). Without native recursion (Linux:
// Node's `recursive` option there stats and watches every file, a quarter of a second of CPU at 10,000 articles between
// the index and the first check) each folder is watched: a file edited, added or removed below the root, in a folder
// made after the watch began, is still reported.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SourceWatcher } from '../../server/src/lsp/indexer';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, ok: () => boolean, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; !ok();) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

for (const recursive of [false, true]) {
  if (recursive && !['darwin', 'win32', 'linux'].includes(process.platform)) continue;
  describe(`source watcher (${recursive ? "Node's recursive watch" : 'a watch per folder'})`, function () {
    this.timeout(20000);
    let dir: string;
    let w: SourceWatcher;
    const changed = new Set<string>();
    const errors: string[] = [];

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-watch-'));
      fs.mkdirSync(path.join(dir, 'a'));
      fs.mkdirSync(path.join(dir, 'b', 'c'), { recursive: true });
      for (const f of ['top.txt', 'a/x.txt', 'b/c/y.txt', 'b/c/z.txt']) fs.writeFileSync(path.join(dir, f), 'text\n');
      w = new SourceWatcher(
        (f) => changed.add(path.relative(dir, f).split(path.sep).join('/')),
        (d, e) => errors.push(`${d}: ${e}`),
        20,
        recursive,
      );
      w.watch([{ dir, matches: (f) => f.endsWith('.txt') }]);
      if (!recursive) await until('every folder watched', () => w.watchedFolders === 4);
      else await sleep(300);
    });

    after(() => {
      w.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('watches folders, not files', () => {
      assert.equal(w.watchedFolders, recursive ? 0 : 4);
      assert.deepEqual(changed, new Set(), 'nothing reported by the watch itself');
    });

    it('reports a file edited two folders down', async () => {
      fs.appendFileSync(path.join(dir, 'b/c/y.txt'), 'more\n');
      await until('b/c/y.txt', () => changed.has('b/c/y.txt'));
    });

    it('reports a file added and one removed, and nothing that is not a source', async () => {
      fs.writeFileSync(path.join(dir, 'a/new.txt'), 'new\n');
      fs.writeFileSync(path.join(dir, 'a/notes.pdf'), 'x');
      fs.rmSync(path.join(dir, 'b/c/z.txt'));
      await until('a/new.txt and b/c/z.txt', () => changed.has('a/new.txt') && changed.has('b/c/z.txt'));
      await sleep(100);
      assert.ok(!changed.has('a/notes.pdf'));
    });

    it('reports files in a folder made after the watch began, and their edits', async () => {
      fs.mkdirSync(path.join(dir, 'd', 'e'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'd/e/w.txt'), 'new\n');
      await until('d/e/w.txt', () => changed.has('d/e/w.txt'));
      if (!recursive) await until('d and d/e watched', () => w.watchedFolders === 6);
      changed.clear();
      await sleep(50);
      fs.appendFileSync(path.join(dir, 'd/e/w.txt'), 'more\n');
      await until('d/e/w.txt again', () => changed.has('d/e/w.txt'));
    });

    it('lets go of a folder removed', async () => {
      fs.rmSync(path.join(dir, 'd'), { recursive: true });
      if (!recursive) await until('d and d/e no longer watched', () => w.watchedFolders === 4);
      assert.deepEqual(errors, []);
    });
  });
}
