import { strict as assert } from 'assert';
import { onePerSentence } from '../../server/src/judge/figureFindings';
import { Scored, sentenceKey } from '../../server/src/judge/figureIndex';
import { prng } from '../../bench/generate';
import type { Figure, Source } from '../../server/src/types';

/** onePerSentence as it was written before it stopped early: every entry's sentence key worked out. */
function plain(ranked: Scored[], max: number, cited: string[]): Scored[] {
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const s of ranked) {
    const k = sentenceKey(s);
    if (seen.has(k)) continue;
    seen.add(k);
    if (out.length < max || cited.includes(s.src.key)) out.push(s);
  }
  return out;
}

describe('one ref per source sentence', () => {
  // Sources with their keys and files (a file is one source); how often a sentence key was worked out.
  let keyed = 0;
  const sources: Source[] = Array.from({ length: 30 }, (_, i) => {
    const file = `/corpus/a${i}.txt`;
    return {
      key: `a${i}`,
      get file() {
        keyed++;
        return file;
      },
    } as unknown as Source;
  });
  const scored = (src: Source, sentence: number) =>
    new Scored(undefined, { sentence } as Figure, src, 0.5, sentence % 2 === 0);

  it('the same refs as every sentence looked at, cited sources or none', () => {
    const rnd = prng(14);
    for (let round = 0; round < 300; round++) {
      const ranked = Array.from({ length: Math.floor(rnd() * 60) }, () =>
        scored(sources[Math.floor(rnd() * sources.length)], Math.floor(rnd() * 4)),
      );
      const cited = sources.filter(() => rnd() < 0.1).map((s) => s.key);
      const max = Math.floor(rnd() * 14);
      assert.deepEqual(onePerSentence(ranked, max, cited), plain(ranked, max, cited), `round ${round}`);
    }
  });

  it('with no cited source, stops at the bound: no key worked out for the rest', () => {
    const ranked = Array.from({ length: 10_000 }, (_, i) => scored(sources[i % sources.length], i));
    keyed = 0;
    const got = onePerSentence(ranked, 12, []);
    assert.equal(got.length, 12);
    assert.ok(keyed <= 12, `${keyed} keys`);
    keyed = 0;
    assert.equal(onePerSentence(ranked, 12, ['a7']).length, 12 + Math.floor((10_000 - 7) / 30) + 1 - 1);
    assert.ok(keyed < 1000, `${keyed} keys with a cited source`);
  });
});
