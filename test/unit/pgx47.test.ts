import { strict as assert } from 'assert';
import { Corpus } from '../../server/src/corpus/corpus';
import {
  buildCrossIndex,
  crossMatches,
  crossUnits,
  lookupsOf,
  postingKeys,
  type CrossCounts,
} from '../../server/src/judge/crossQuotes';

// Korean quotations as a Korean daily writes them; the English report renders the first.
const KOREAN = [
  '2027년까지 나르비크 캠퍼스에 해저케이블 120km를 깔겠다',
  '북유럽은 앞으로 10년 동안 우리 회사의 두 번째 안방이 될 것',
  '스타게이트 캠퍼스의 전력은 수력발전으로 충당한다',
  '나르비크 항만의 물동량이 30% 늘었다',
];
const REPORT = 'We will lay 120 km of subsea cable to the Narvik campus by 2027.';

describe("pgx47: a part of a shared corpus ranks a translated quotation with the whole's counts", () => {
  const weights = Corpus.of([]).weights;
  const whole = buildCrossIndex(KOREAN, 'ko');
  const counts = (): CrossCounts => {
    const df = new Map<string, number>();
    for (const [k, gs] of whole.post) df.set(k, gs.length);
    return { n: whole.units.length, df };
  };
  const mine = crossUnits(REPORT, 'en');

  it('a part holding some of the quotations scores each as the whole does, given the whole counts', () => {
    const full = crossMatches(whole, mine, weights);
    assert.ok(full.length >= 2, 'the report reaches more than one quotation');
    // The part holds the rendered quotation and the one on the port (the store fetched them), not the others.
    const part = buildCrossIndex([KOREAN[3], KOREAN[0]], 'ko');
    const got = crossMatches(part, mine, weights, counts());
    const byText = (ms: typeof full, texts: string[]) =>
      new Map(ms.map((m) => [texts[m.group], [m.count, m.score.toFixed(9), m.linked.join(' ')]]));
    const want = byText(full, KOREAN);
    for (const [text, v] of byText(got, [KOREAN[3], KOREAN[0]])) assert.deepEqual(v, want.get(text), text);
    assert.equal([KOREAN[3], KOREAN[0]][got[0].group], KOREAN[full[0].group]);
    // Without them, the part weighs by its own two quotations: not the whole's scores.
    const own = byText(crossMatches(part, mine, weights), [KOREAN[3], KOREAN[0]]);
    assert.notDeepEqual(own.get(KOREAN[0]), want.get(KOREAN[0]));
  });

  it("a quotation's posting keys (what the store keeps) are the index's, and every lookup of a report quotation is one", () => {
    for (const t of KOREAN) {
      const one = buildCrossIndex([t], 'ko');
      assert.deepEqual(postingKeys(crossUnits(t, 'ko')).sort(), [...one.post.keys()].sort(), t);
    }
    // The report's lookups reach, in the store's postings, what crossMatches reaches in the index.
    const keys = new Set(KOREAN.flatMap((t) => postingKeys(crossUnits(t, 'ko'))));
    const looked = lookupsOf(
      mine,
      mine.words.map(() => []),
    );
    const reached = new Set(looked.filter(([, k]) => keys.has(k)).flatMap(([, k]) => whole.post.get(k) ?? []));
    assert.deepEqual(
      [...reached].sort(),
      crossMatches(whole, mine, weights)
        .map((m) => m.group)
        .sort(),
    );
  });
});
