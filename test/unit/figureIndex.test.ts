import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { Corpus } from '../../server/src/corpus/corpus';
import { writeCorpus } from '../../bench/generate';
import {
  exportIndex,
  storedColumns,
  type Entry,
  type Index,
  type StoredIndex,
} from '../../server/src/judge/figureIndex';
import type { Figure } from '../../server/src/types';
import type { TermWeights } from '../../server/src/extract/subjects';
import {
  COMMON,
  MIN_COMMON_BUCKET,
  bucketKey,
  candidates,
  indexOf,
  measuresAlike,
  ordinals,
  packPostings,
  postingsOfSlot,
} from '../../server/src/judge/figureIndex';

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

describe('figure postings, packed', () => {
  // Gaps of every size a varint writes (1 to 5 bytes).
  const gaps = [1, 2, 127, 128, 129, 16383, 16384, 2097151, 2097152, 268435455, 268435456, 3];
  const climbing = gaps.reduce<number[]>((l, g) => [...l, (l.length ? l[l.length - 1] : -1) + g], []);

  it('read back as written, every gap size', () => {
    const lists = [[0], [], climbing, [5, 6, 7, 8, 9], [1999999999]];
    const starts = new Int32Array(lists.length + 1);
    lists.forEach((l, s) => (starts[s + 1] = starts[s] + l.length));
    const p = packPostings(starts, Int32Array.from(lists.flat()), 2_000_000_000, false);
    assert.deepEqual(
      lists.map((_, s) => postingsOfSlot(p, s)),
      lists,
    );
    assert.deepEqual(
      [...p.lens],
      lists.map((l) => l.length),
    );
    // Close numbers take a byte each.
    assert.equal(p.at[4] - p.at[3], 5);
  });

  it('a slot too common to find candidates by keeps its count and no numbers, unless the index is part of a corpus', () => {
    const size = MIN_COMMON_BUCKET * 4;
    const many = Array.from({ length: Math.floor(COMMON * size) + 1 }, (_, i) => 2 * i);
    const few = many.slice(0, Math.floor(COMMON * size));
    const lists = [many, few];
    const starts = new Int32Array([0, many.length, many.length + few.length]);
    const ids = Int32Array.from(lists.flat());
    const alone = packPostings(starts, ids, size, false);
    assert.deepEqual([...alone.lens], [many.length, few.length]);
    assert.deepEqual(postingsOfSlot(alone, 0), []);
    assert.deepEqual(postingsOfSlot(alone, 1), few);
    const part = packPostings(starts, ids, size, true);
    assert.deepEqual(postingsOfSlot(part, 0), many);
    // A small bucket is read whole.
    const small = packPostings(new Int32Array([0, 3]), Int32Array.from([0, 1, 2]), 3, false);
    assert.deepEqual(postingsOfSlot(small, 0), [0, 1, 2]);
  });

  it("a corpus's index: each slot's entries are those whose subject names its term, in order", () => {
    const c = Corpus.load({ folders: [], useBundled: true, workers: 0 });
    const idx = indexOf(c);
    let checked = 0;
    for (const b of idx.buckets.values()) {
      const bySlot = new Map<number, number[]>();
      for (let i = 0; i < b.size; i++) {
        const subj = b.entry(i).subject;
        for (let k = 0; k < subj.size; k++) {
          const slot = b.slots.get(subj.idAt(k))!;
          const l = bySlot.get(slot) ?? [];
          if (l[l.length - 1] !== i) l.push(i);
          bySlot.set(slot, l);
        }
      }
      for (const [slot, l] of bySlot) {
        assert.equal(b.postings.lens[slot], l.length);
        if (!(l.length > COMMON * b.size && b.size > MIN_COMMON_BUCKET))
          assert.deepEqual(postingsOfSlot(b.postings, slot), l);
        checked++;
      }
    }
    assert.ok(checked > 50, `${checked} slots`);
  });

  it("candidates read from the packed postings are those a scan of every entry's subject finds, in the same order", function () {
    this.timeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-postings-'));
    try {
      writeCorpus(dir, 300, 7);
      const c = Corpus.load({ folders: [dir], useBundled: false, workers: 0 });
      const idx = indexOf(c);
      // Its scratch array for the numbers a call takes, at its smallest: grown while calls run.
      idx.found = new Int32Array(1);
      // What candidates() gives, worked out from the entries' subjects alone.
      const scan = (claim: Figure, unit: string, w: TermWeights): Entry[] => {
        const b = idx.buckets.get(bucketKey(claim.kind, unit));
        if (!b || (claim.kind === 'count' && unit === 'count')) return [];
        const taken = new Set<number>();
        const out: Entry[] = [];
        const take = (t: number) => {
          const list: number[] = [];
          for (let i = 0; i < b.size; i++) if (b.entry(i).terms.weightOf(w.terms.name(t)) !== undefined) list.push(i);
          if (list.length > COMMON * b.size && b.size > MIN_COMMON_BUCKET) return;
          for (const i of list)
            if (!taken.has(i)) {
              taken.add(i);
              if (measuresAlike(claim, unit, b.entry(i))) out.push(b.entry(i));
            }
        };
        for (let i = 0; i < claim.subject.size; i++) {
          take(claim.subject.idAt(i));
          for (const l of w.linked(claim.subject.idAt(i))) take(l);
        }
        return out;
      };
      let claims = 0,
        found = 0,
        common = 0;
      for (const b of (idx as Index).buckets.values())
        for (let s = 0; s < b.postings.lens.length; s++)
          if (b.postings.lens[s] > COMMON * b.size && b.size > MIN_COMMON_BUCKET) common++;
      assert.ok(common > 0, 'some slots too common');
      for (const src of c.sources.slice(0, 40))
        for (const f of src.figures) {
          const got = candidates(idx, f, f.unit, c.weights);
          assert.deepEqual(got, scan(f, f.unit, c.weights), `${src.key}: ${f.text}`);
          claims++;
          found += got.length;
        }
      assert.ok(claims > 100 && found > 1000, `${claims} claims, ${found} candidates`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('figure index: a stored index whose entries name what is not there is refused', () => {
  it('an entry unit, language, source or sig out of range is not read as columns (entriesFit)', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'mini');
    const load = () => Corpus.load({ folders: [dir], useBundled: false, workers: 0 });
    const damaged = (hurt: (s: StoredIndex) => void) => {
      const s = v8.deserialize(v8.serialize(exportIndex(load()))) as StoredIndex;
      hurt(s);
      const fresh = load();
      return storedColumns(fresh.weights.terms, fresh.sources, s);
    };
    assert.ok(
      damaged(() => undefined),
      'the undamaged index is read',
    );
    const hurts: [string, (s: StoredIndex) => void][] = [
      ['unit', (s) => (s.figures[0][1][0] = 99)],
      ['language', (s) => (s.figures[0][3][0] = 99)],
      ['source', (s) => (s.buckets[0][1][0] = 9999)],
      ['sig', (s) => (s.buckets[0][1][4] = s.sigs + 1)],
    ];
    for (const [what, hurt] of hurts) assert.equal(damaged(hurt), undefined, what);
  });
});
