// A report's judged blocks kept between processes (judge/keptBlocks.ts): a check in a new engine (as a fresh process
// has it) that takes the unchanged blocks of the report's last version from the file gives what a check without any
// cache gives, after every edit; it judges only the blocks that changed; the file is used only for its report, corpus
// identity and Node version, and one that is damaged, cut short or not of this shape is discarded with a message.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { IndexCache, crc32Table } from '../../server/src/corpus/cache';
import { createEngine } from '../../server/src/engine';
import { KeptBlocks } from '../../server/src/judge/keptBlocks';
import type { KeptBlock } from '../../server/src/judge/checkCache';
import { prng } from '../../bench/generate';
import { slotHash } from '../../server/src/corpus/results';
import { read } from './reports';
import { EDITS, extra, pick } from './reportEdits';
import { seedsWith, tempDirs } from './cacheFixtures';

const { tmp, cleanup } = tempDirs();
after(cleanup);

/** A KeptBlocks that counts the blocks it answered for, and the sentences' places it answered for or was told. */
class Counting extends KeptBlocks {
  hits = 0;
  placesRead = 0;
  placesWorkedOut = 0;
  get(key: string): KeptBlock | undefined {
    const b = super.get(key);
    if (b) this.hits++;
    return b;
  }
  places(lang: string, text: string): string[] | undefined {
    const p = super.places(lang, text);
    if (p) this.placesRead++;
    return p;
  }
  keepPlaces(lang: string, text: string, places: string[]): void {
    this.placesWorkedOut++;
    super.keepPlaces(lang, text, places);
  }
}

describe('judged blocks kept between processes', function () {
  this.timeout(300_000);
  const articles = seedsWith(tmp, 'xref-blocks-src-');
  // An hour ago: mtimes that vouch for the bytes, so that every load is the same snapshot (one identity).
  const past = new Date(Date.now() - 3600_000);
  for (const f of fs.readdirSync(articles)) fs.utimesSync(path.join(articles, f), past, past);
  fs.utimesSync(articles, past, past);
  const root = tmp('xref-blocks-cache-');
  const SLOT = '/reports/report.md';
  /** A new engine (a fresh process's) with the corpus from the cache's snapshot. */
  const fresh = () => {
    const engine = createEngine();
    const cache = new IndexCache(root);
    const corpus = engine.loadCorpus({ folders: [articles], useBundled: false, workers: 0, cache });
    assert.ok(corpus.identity, 'a snapshot');
    return { engine, corpus, dir: path.join(cache.dir, 'blocks') };
  };
  const json = (x: unknown) => JSON.stringify(x);
  /** The report checked in a new engine with the kept blocks (saved after), and the same without any cache. */
  const check = (text: string, slot = SLOT) => {
    const { engine, corpus, dir } = fresh();
    const notes: string[] = [];
    const kept = new Counting(dir, slot, corpus.identity!, (m) => notes.push(m));
    const result = engine.check(corpus, text, { kept });
    assert.equal(result.errors, undefined);
    kept.save();
    const expected = createEngine().check(corpus, text, { cache: false });
    return { result, expected, kept, notes, dir };
  };
  const fileOf = (dir: string, slot: string) => {
    const file = path.join(dir, `${slotHash(slot)}.blocks`);
    assert.ok(fs.existsSync(file));
    return file;
  };
  /** Rewrites a file's header (the body and its sum as they are). */
  const rewriteHead = (file: string, change: (h: Record<string, unknown>) => void) => {
    const bytes = fs.readFileSync(file);
    const nl = bytes.indexOf(10);
    const head = JSON.parse(bytes.toString('utf8', 0, nl)) as Record<string, unknown>;
    change(head);
    fs.writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(head) + '\n'), bytes.subarray(nl + 1)]));
  };
  /** Replaces a file's body, with a right sum and length. */
  const rewriteBody = (file: string, body: string) =>
    rewriteHead(file, (h) => {
      const b = Buffer.from(body);
      h.length = b.length;
      h.sum = crc32Table(b);
      fs.writeFileSync(file, '');
    });

  for (const file of ['examples/report-en.md', 'examples/report-ko.md']) {
    it(`${path.basename(file)}: after random edits, each check in a new engine equals one without cache, judging only changed blocks`, () => {
      let text = read(file) + extra;
      const first = check(text, file);
      assert.equal(json(first.result), json(first.expected));
      assert.equal(first.kept.hits, 0);
      const again = check(text, file);
      assert.equal(json(again.result), json(again.expected), 'all blocks from the file');
      assert.ok(again.kept.hits >= 10, `hits ${again.kept.hits} of ${again.kept.size}: ${fs.readdirSync(again.dir)}`);
      const r = prng(file.length * 31 + 5);
      const names = Object.keys(EDITS).filter((n) => n !== 'undo the last edit');
      let reused = 0;
      for (let step = 0; step < 16; step++) {
        const name = pick(names, r);
        text = EDITS[name](text.split('\n'), r);
        const c = check(text, file);
        assert.equal(json(c.result), json(c.expected), `step ${step}: ${name}\n${text}`);
        assert.deepEqual(c.notes, []);
        reused += c.kept.hits;
      }
      assert.ok(reused >= 16 * 8, `blocks reused: ${reused}`);
    });
  }

  it('keeps the blocks of the last version only, and writes nothing when they are the same', () => {
    const text = read('examples/report-en.md');
    const { dir } = check(text, '/x/a.md');
    const file = fileOf(dir, '/x/a.md');
    const t = new Date(Date.now() - 60_000);
    fs.utimesSync(file, t, t);
    const before = fs.statSync(file).mtimeMs;
    const same = check(text, '/x/a.md');
    assert.equal(same.kept.hits, same.kept.size);
    assert.equal(fs.statSync(file).mtimeMs, before, 'not written again');
    // One paragraph fewer: the file holds one block fewer.
    const shorter = text.replace(/\nTrump projected the creation of 100,000 jobs\.\n/, '\n');
    assert.notEqual(shorter, text);
    check(shorter, '/x/a.md');
    const next = check(shorter, '/x/a.md');
    assert.equal(next.kept.size, same.kept.size - 1);
  });

  it("reads the places of an edited report's unchanged sentences from the file, and works out the changed one's", () => {
    const text = read('examples/report-en.md');
    const first = check(text, '/p/a.md');
    assert.equal(first.kept.placesRead, 0);
    assert.ok(first.kept.placesWorkedOut >= 10, `${first.kept.placesWorkedOut} sentences' places worked out`);
    // One figure changed (its block judged again): no other sentence is scanned for its places again.
    const edited = text.replace('100,000 jobs', '120,000 jobs');
    assert.notEqual(edited, text);
    const c = check(edited, '/p/a.md');
    assert.equal(json(c.result), json(c.expected));
    assert.ok(c.kept.placesWorkedOut <= 1, `${c.kept.placesWorkedOut} worked out again`);
    assert.ok(
      c.kept.placesRead + c.kept.placesWorkedOut >= first.kept.placesWorkedOut,
      `${c.kept.placesRead} read, ${c.kept.placesWorkedOut} worked out, of ${first.kept.placesWorkedOut}`,
    );
  });

  it('another report, corpus identity or Node version: not used, not discarded', () => {
    const text = read('examples/report-en.md');
    const { dir } = check(text, '/y/a.md');
    const { corpus } = fresh();
    const file = fileOf(dir, '/y/a.md');
    assert.equal(new KeptBlocks(dir, '/y/b.md', corpus.identity!).size, 0, 'another report');
    const notes: string[] = [];
    assert.equal(new KeptBlocks(dir, '/y/a.md', 'another-identity', (m) => notes.push(m)).size, 0, 'another corpus');
    rewriteHead(file, (h) => (h.node = 'v0.0.0'));
    assert.equal(new KeptBlocks(dir, '/y/a.md', corpus.identity!, (m) => notes.push(m)).size, 0, 'another Node');
    assert.deepEqual(notes, []);
    assert.ok(fs.existsSync(file));
    // Another engine version: another folder.
    assert.notEqual(new IndexCache(root, 'another-engine', undefined, false).dir, path.dirname(dir));
  });

  const damages: [string, (file: string) => void][] = [
    [
      'a byte of the body changed',
      (f) => {
        const b = fs.readFileSync(f);
        const at = b.lastIndexOf(Buffer.from('"message":"')) + 12;
        b[at] = b[at] === 0x41 ? 0x42 : 0x41;
        fs.writeFileSync(f, b);
      },
    ],
    ['cut short', (f) => fs.truncateSync(f, fs.statSync(f).size - 100)],
    ['no header', (f) => fs.writeFileSync(f, fs.readFileSync(f).subarray(fs.readFileSync(f).indexOf(10) + 1))],
    ['another format', (f) => rewriteHead(f, (h) => (h.format = 99))],
    ['JSON of another shape, its sum right', (f) => rewriteBody(f, '{"blocks":[]}')],
    [
      'a block of another shape, its sum right',
      (f) => {
        const body = fs.readFileSync(f).toString('utf8', fs.readFileSync(f).indexOf(10) + 1);
        // A finding naming a claim the block does not have.
        rewriteBody(f, body.replace(/"claim":\d+/, '"claim":999'));
      },
    ],
    [
      "a sentence's places of another shape, its sum right",
      (f) => {
        const body = fs.readFileSync(f).toString('utf8', fs.readFileSync(f).indexOf(10) + 1);
        assert.match(body, /^\{"places":\["en","/m);
        rewriteBody(f, body.replace(/^\{"places":\["en",/m, '{"places":[1,'));
      },
    ],
    [
      'a range outside the block, its sum right',
      (f) => {
        const body = fs.readFileSync(f).toString('utf8', fs.readFileSync(f).indexOf(10) + 1);
        rewriteBody(f, body.replace(/"range":\d+/, '"range":100000'));
      },
    ],
  ];
  for (const [what, damage] of damages) {
    it(`a file ${what} is discarded with a message, and the check is as without it`, () => {
      const text = read('examples/report-en.md');
      const { dir } = check(text, '/z/a.md');
      const file = fileOf(dir, '/z/a.md');
      damage(file);
      const c = check(text, '/z/a.md');
      assert.equal(c.notes.length, 1, c.notes.join('\n'));
      assert.match(c.notes[0], /block cache: discarded .*\/z\/a\.md/);
      assert.equal(c.kept.hits, 0);
      assert.equal(json(c.result), json(c.expected));
      // Written again whole: the next check takes every block from it.
      const next = check(text, '/z/a.md');
      assert.deepEqual(next.notes, []);
      assert.equal(next.kept.hits, next.kept.size);
      assert.ok(next.kept.hits > 0);
    });
  }
});
