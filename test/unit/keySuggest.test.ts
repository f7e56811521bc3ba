// Citation-key suggestions search a few keys instead of all of them (issue 13); what they suggest must stay
// Fuse's answer over every known key: the same keys in the same order, for the keys writers get wrong.
import { strict as assert } from 'assert';
import Fuse from 'fuse.js';
import { citationKeys, keyTypos } from '../../bench/generate';
import { editsBetween, FIRST, keyList, lastSearch, suggestAmong, suggestKeys } from '../../server/src/judge/keySuggest';
import { Corpus } from '../../server/src/corpus/corpus';

/** The reference: Fuse over all keys, as the check searched before. */
function fuseOver(keys: readonly string[]) {
  const f = new Fuse(
    keys.map((k) => ({ key: k })),
    { keys: ['key'], ignoreLocation: true, threshold: 0.5 },
  );
  return (key: string) => f.search(key.slice(0, 64), { limit: 3 }).map((r) => r.item.key);
}

describe('citation-key suggestions', () => {
  const keys = citationKeys(10000);
  const list = keyList(keys);
  const reference = fuseOver(keys);

  it('suggest what Fuse over all 10,000 keys suggests, for mistyped keys', () => {
    // Four of each kind of typo (keyTypos: a letter off, swapped or missing, year, month or day off, only the
    // outlet, only the date, a -2 too many or few), and keys typed in capitals or longer than Fuse's 32-character
    // pieces (the-arctic-business-post-…).
    const long = keys.find((k) => k.length > 32)!;
    const typos = [
      ...keyTypos(keys, 36),
      keys[17].toUpperCase(),
      long.replace(/-(\d\d)$/, (_, d) => `-${String((Number(d) % 28) + 1).padStart(2, '0')}`),
      long.slice(0, 20) + long.slice(21),
      'stargate',
    ];
    let found = 0;
    for (const t of typos) {
      const want = reference(t);
      assert.deepEqual(suggestAmong(list, t), want, t);
      if (want.length) found++;
    }
    // The material makes Fuse answer: typos with nothing to suggest would not test the narrowing.
    assert.ok(found >= typos.length - 2, `${found} of ${typos.length} have suggestions`);
  });

  it('a key left out of the first search that ties with the third is searched, and wins by coming first', () => {
    // The first search takes the FIRST keys with the lowest bounds: keys that have all of the pattern's letters
    // (bound 0.001). Two hold the pattern (0.001), one holds it with a letter off (0.1); the first key also has it
    // with a letter off (0.1, and a bound of 0.1, so it is not in the first search), and Fuse ranks it before.
    const tie = [
      'abcdefghiy',
      ...Array.from({ length: FIRST - 3 }, (_, i) => `jihgfedcba-${i}`),
      'abcdefghij-1',
      'abcdefghij-2',
      'abcdefghxj-i',
    ];
    const want = fuseOver(tie)('abcdefghij');
    assert.deepEqual(want, ['abcdefghij-1', 'abcdefghij-2', 'abcdefghiy']);
    assert.deepEqual(suggestAmong(keyList(tie), 'abcdefghij'), want);
  });

  it("each key's bound is the edits Fuse's Bitap search finds, never more", function () {
    // (42,000 Fuse searches: 4 s on a quiet machine, over mocha's 20 s beside other jobs in CI)
    this.timeout(120_000);
    // The narrowing is exact only while a key's bound is not above its score (keySuggest.ts): for each typo and
    // each of 2,000 keys, editsBetween against the edits Fuse's score stands for (score × the pattern's length).
    const sample = keys.slice(0, 2000);
    let matched = 0;
    for (const t of [...keyTypos(keys, 18), 'joongang-2504-1-21', 'THE-ARCTIC-2019-1-1', '이주연-2020']) {
      const p = t.toLowerCase().slice(0, 32);
      for (const k of sample) {
        const got = new Fuse([{ key: k }], {
          keys: ['key'],
          ignoreLocation: true,
          threshold: 0.5,
          includeScore: true,
        }).search(p);
        const edits = editsBetween(p, k.toLowerCase());
        if (!got.length) {
          assert.ok(edits > 0, `${p} in ${k}`);
          continue;
        }
        matched++;
        const score = got[0].score!;
        // Fuse's score is e/m, at least 0.001; an exact part scores 0.001 (or 0 for the key itself).
        assert.equal(edits, score <= 0.001 ? 0 : Math.round(score * p.length), `${p} in ${k}: score ${score}`);
      }
    }
    assert.ok(matched > 1000, `${matched} pairs matched`);
  });

  it('Fuse searches the keys that can match, not the thousands that share letters with the key', () => {
    // An unknown key with nothing to suggest, and a letter off: the keys of 10,000 share most of their letters
    // (outlets, digits and hyphens), which a bound by common letters let through (thousands searched).
    for (const t of ['joongang-2504-1-21', keys[99].replace(/^./, 'q')]) {
      assert.deepEqual(suggestAmong(list, t), reference(t), t);
      assert.ok(lastSearch.keys <= 100, `${t}: Fuse searched ${lastSearch.keys} keys`);
    }
  });

  it('a letter off suggests the key first', () => {
    const key = keys.find((k) => k.startsWith('hankyung-'))!;
    const typo = key.replace('hankyung', 'hankyng');
    assert.equal(suggestAmong(list, typo)[0], key);
  });

  it("a check's suggestions are the corpus's keys, and follow a change of corpus", () => {
    const c = Corpus.load({ folders: [] });
    const before = suggestKeys(c, 'edaily-2025-01-21');
    assert.deepEqual(before, fuseOver(c.sources.map((s) => s.key))('edaily-2025-01-21'));
    assert.equal(before[0], 'edaily-2025-01-22');
    c.removeFile(c.byKey('edaily-2025-01-22')!.file);
    const after = suggestKeys(c, 'edaily-2025-01-21');
    assert.ok(!after.includes('edaily-2025-01-22'), after.join());
    assert.deepEqual(after, fuseOver(c.sources.map((s) => s.key))('edaily-2025-01-21'));
  });
});
