// What a check works out per claim figure or per decoded source in arrays as long as the corpus's sigs, its term
// table or a record's numbers is kept in scratch arrays reused from one to the next (issue 13: at 100,000 generated
// articles a check made such arrays by the thousand, and malloc's arena kept the churn: a first check's peak 919 ->
// 851 MB warm). Reused, they must give the same answers: nothing of the last claim or record left in them.
import { strict as assert } from 'assert';
import { Corpus } from '../../server/src/corpus/corpus';
import { packNums, unpackNums, unpackNumsInto } from '../../server/src/corpus/cache';
import { similarityTo } from '../../server/src/extract/subjects';
import { candidateNumbers, indexOf } from '../../server/src/judge/figureIndex';
import { giveBackSigMarks, takeSigMarks } from '../../server/src/judge/figures';
import { prng, writeCorpus } from '../../bench/generate';
import { tempDirs } from './cacheFixtures';

const { tmp, cleanup } = tempDirs();
after(cleanup);

describe('scratch arrays of a check', function () {
  this.timeout(300000);
  let c: Corpus;
  before(() => {
    const dir = tmp('xref-scratch-');
    writeCorpus(dir, 80, 28);
    c = Corpus.load({ folders: [dir], useBundled: false, workers: 0 });
  });

  it("a record's numbers unpacked into the scratch: the same numbers, in it", () => {
    const rnd = prng(28);
    const scratch = { nums: new Float64Array(4) };
    for (let round = 0; round < 200; round++) {
      const nums = Float64Array.from({ length: Math.floor(rnd() * 300) }, () =>
        rnd() < 0.8 ? Math.floor(rnd() * 5000) : rnd() < 0.5 ? -1 : rnd() * 3,
      );
      const packed = packNums(nums);
      const got = unpackNumsInto(packed, scratch);
      assert.deepEqual([...got], [...unpackNums(packed)], `round ${round}`);
      assert.equal(got.buffer, scratch.nums.buffer, 'a view of the scratch');
    }
  });

  it("a claim's subject slots kept in a scratch array: the same similarity, claim after claim", () => {
    const scratch = { slotOf: new Int32Array(0) };
    const figs = c.sources.slice(0, 30).flatMap((s) => s.figures);
    const others = c.sources.slice(30, 60).flatMap((s) => s.figures);
    const arrays = new Set<Int32Array>();
    for (const f of figs) {
      const fresh = similarityTo(f.subject, c.weights);
      const reused = similarityTo(f.subject, c.weights, scratch);
      for (const g of others) assert.deepEqual({ ...reused(g.subject) }, { ...fresh(g.subject) });
      arrays.add(scratch.slotOf);
    }
    assert.ok(figs.length > 50 && others.length > 50);
    // (grown to twice its length when a claim's term ids pass it, else the same array)
    assert.ok(arrays.size <= 8, `${arrays.size} arrays for ${figs.length} claims`);
  });

  it("a claim's marks by sig: the index's own, all 0, lent to one claim at a time", () => {
    const idx = indexOf(c);
    const a = takeSigMarks(idx, true);
    assert.equal(a.claim.length, idx.sigs);
    a.claim.fill(2);
    a.sibling.fill(1);
    a.date.fill(2);
    a.terms.slotOf = new Int32Array(8).fill(5);
    // (lent: another claim meanwhile gets arrays of its own)
    const b = takeSigMarks(idx, false);
    assert.notEqual(b.claim, a.claim);
    assert.equal(b.date.length, 0, "no date marks but a date claim's");
    giveBackSigMarks(idx, b);
    giveBackSigMarks(idx, a);
    const again = takeSigMarks(idx, true);
    assert.equal(again.claim, a.claim, 'the same arrays');
    assert.ok(
      again.claim.every((x) => x === 0) && again.sibling.every((x) => x === 0) && again.date.every((x) => x === 0),
    );
    giveBackSigMarks(idx, again);
  });

  it("a claim's candidate numbers are a view of the index's scratch, read before the next call", () => {
    const idx = indexOf(c);
    const f = c.sources[2].figures[0];
    const t = candidateNumbers(idx, f, f.unit, c.weights)!;
    assert.ok(t.nos.length > 0);
    assert.equal(t.nos.buffer, idx.found!.buffer);
  });
});
