import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { indexOf, ordinals } from '../../server/src/judge/figureIndex';

// Where a figure stands in a run of figures of its kind in its sentence: "from 4 to 3" is a change (0 of 2, 1 of
// 2); figures further apart, of another kind or in another sentence stand alone.
describe('figure ordinals', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgx-ord-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(
    path.join(dir, 'abilene.md'),
    [
      '# Abilene site to add buildings',
      '',
      'ABILENE, Texas (Reuters) - The Stargate campus will grow from 4 buildings to 10 buildings next year, the',
      'developer said on Tuesday. The partners committed $100 billion at the start and, according to two people',
      'familiar with the plans who asked not to be named, a further $400 billion over the following four years.',
      '',
    ].join('\n'),
  );
  const corpus = Corpus.load({ folders: [dir], useBundled: false });
  const src = corpus.sources[0];
  const at = (text: string) => {
    const f = src.figures.find((x) => x.text.includes(text));
    assert.ok(f, `${text} among ${src.figures.map((x) => x.text).join(', ')}`);
    return f;
  };

  it('numbers a run of figures next to each other, and not figures far apart', () => {
    const ords = ordinals(src.figures);
    assert.deepEqual(ords.get(at('4 buildings')), { ord: 0, n: 2 });
    assert.deepEqual(ords.get(at('10 buildings')), { ord: 1, n: 2 });
    assert.deepEqual(ords.get(at('$100 billion')), { ord: 0, n: 1 });
    assert.deepEqual(ords.get(at('$400 billion')), { ord: 0, n: 1 });
  });

  it('is the same whatever order the figures are listed in', () => {
    const ords = ordinals([...src.figures].reverse());
    assert.deepEqual(ords.get(at('4 buildings')), { ord: 0, n: 2 });
    assert.deepEqual(ords.get(at('10 buildings')), { ord: 1, n: 2 });
  });

  it('gives the figure index the same places', () => {
    const ords = ordinals(src.figures);
    const idx = indexOf(corpus);
    let seen = 0;
    for (const b of idx.buckets.values())
      for (const e of b.all) {
        assert.deepEqual({ ord: e.ord, n: e.n }, ords.get(e.fig));
        seen++;
      }
    assert.equal(seen, src.figures.length);
  });
});
