// corpus/results.ts: results kept between runs, one file a slot. A value comes back only for its own slot (two slots
// whose hashes met would not answer for each other), a damaged file is no entry, writes leave no temporary file, and
// the folder keeps at most MAX_ENTRIES, the least recently written removed first.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MAX_ENTRIES, ResultStore, slotHash } from '../../server/src/corpus/results';

describe('kept results (corpus/results.ts)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-results-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives back what was kept for a slot, replaced by the next put, and nothing for another slot', () => {
    const s = new ResultStore(path.join(dir, 'results'));
    assert.equal(s.get('a'), undefined);
    assert.ok(s.put('a', { n: 1 }));
    assert.deepEqual(s.get('a'), { n: 1 });
    assert.ok(s.put('a', { n: 2 }));
    assert.deepEqual(s.get('a'), { n: 2 });
    assert.equal(s.get('b'), undefined);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'results')), [`${slotHash('a')}.json`], 'no temporary file left');
  });

  it("a file holding another slot's value, or damaged, is no entry", () => {
    const s = new ResultStore(dir);
    s.put('a', { n: 1 });
    const file = path.join(dir, `${slotHash('a')}.json`);
    fs.writeFileSync(file, JSON.stringify({ slot: 'b', value: { n: 9 } }));
    assert.equal(s.get('a'), undefined);
    fs.writeFileSync(file, '{"slot": "a", "val');
    assert.equal(s.get('a'), undefined);
    s.delete('a');
    assert.ok(!fs.existsSync(file));
  });

  it(`keeps at most ${MAX_ENTRIES}, the oldest written removed first`, () => {
    const s = new ResultStore(dir);
    const old = new Date(Date.now() - 3600_000);
    for (let i = 0; i < MAX_ENTRIES; i++) {
      s.put(`slot ${i}`, i);
      // written long ago, slot 0 the oldest
      const t = new Date(old.getTime() + i * 1000);
      fs.utimesSync(path.join(dir, `${slotHash(`slot ${i}`)}.json`), t, t);
    }
    assert.equal(fs.readdirSync(dir).length, MAX_ENTRIES);
    s.put('one more', 'x');
    assert.equal(fs.readdirSync(dir).length, MAX_ENTRIES);
    assert.equal(s.get('slot 0'), undefined, 'the oldest is gone');
    assert.equal(s.get('slot 1'), 1);
    assert.equal(s.get('one more'), 'x');
  });

  it('a folder that cannot be written keeps nothing, and says so by its answer', () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    const s = new ResultStore(path.join(file, 'results')); // a folder under a file cannot be made
    assert.equal(s.put('a', 1), false);
    assert.equal(s.get('a'), undefined);
  });
});
