// The figure index read from a snapshot keeps its entries as columns: an Entry is made only for a figure a claim
// reaches, and the subjects built from the columns are kept up to a bound (judge/figureIndex.ts). Neither may change
// a finding.
import * as assert from 'assert';
import { Corpus } from '../../server/src/corpus/corpus';
import { IndexCache } from '../../server/src/corpus/cache';
import { checkReport } from '../../server/src/judge/check';
import { entriesMade, indexOf, setSubjectsKept, SubjectCache } from '../../server/src/judge/figureIndex';
import { Subject } from '../../server/src/extract/subjects';
import { writeCorpus } from '../../bench/generate';
import { tempDirs } from './cacheFixtures';

const { tmp, cleanup } = tempDirs();
after(cleanup);

// A brief as an analyst would write it after reading the coverage.
const BRIEF = [
  '# Stargate in brief',
  '',
  'OpenAI, SoftBank and Oracle said they would invest $500 billion in U.S. AI infrastructure over four years.',
  'The first site, in Abilene, Texas, is planned at 1.2 gigawatts and will employ about 1,700 people.',
  'SoftBank and OpenAI put in $19 billion each, and the venture has raised $100 billion so far.',
  '소프트뱅크는 5000억 달러 가운데 1000억 달러를 먼저 투자한다.',
  '',
].join('\n');

describe('figure index columns', () => {
  let dir: string;
  before(() => {
    dir = tmp('xref-cols-gen-');
    writeCorpus(dir, 300, 31);
  });
  const opts = () => ({ folders: [dir], useBundled: true, workers: 0 });

  function warm(root: string): Corpus {
    const cache = new IndexCache(root);
    const c = Corpus.load({ ...opts(), cache });
    assert.equal(cache.snapshot, 'hit');
    return c;
  }

  it('a warm start makes no entry for its index, and a check only those of the figures its claims reach', () => {
    const root = tmp('xref-cols-');
    Corpus.load({ ...opts(), cache: new IndexCache(root) });
    const c = warm(root);
    const before = entriesMade(c);
    assert.ok(before.entries > 2000, `${before.entries} entries`);
    // Only the entries of the equivalences the sources state ("5000억 달러(약 718조 원)"), both ways.
    let sides = 0;
    for (const list of indexOf(c).equivalences.values()) sides += list.length;
    assert.ok(before.made <= sides && before.made < before.entries / 4, `${before.made} of ${before.entries} made`);
    const got = checkReport(c, BRIEF, { cache: false });
    const after = entriesMade(c);
    assert.ok(got.claims.length >= 5, JSON.stringify(got.claims.map((x) => x.text)));
    assert.ok(after.made > before.made && after.made < after.entries, `${after.made} of ${after.entries} made`);
    assert.equal(
      JSON.stringify(got),
      JSON.stringify(checkReport(Corpus.load(opts()), BRIEF, { cache: false })),
      'the same as indexed afresh',
    );
  });

  it('however few subjects are kept, the findings are the same, and no more than the bound are kept', () => {
    const root = tmp('xref-cols-');
    Corpus.load({ ...opts(), cache: new IndexCache(root) });
    const wide = JSON.stringify(checkReport(warm(root), BRIEF, { cache: false }));
    const was = setSubjectsKept(8);
    try {
      const c = warm(root);
      const got = JSON.stringify(checkReport(c, BRIEF, { cache: false }));
      const { kept, bound } = entriesMade(c);
      assert.equal(bound, 8);
      assert.ok(kept > 0 && kept <= 8, `${kept} kept`);
      assert.equal(got, wide);
      // A second check reads them again (built anew): the same.
      assert.equal(JSON.stringify(checkReport(c, BRIEF, { cache: false })), wide);
    } finally {
      setSubjectsKept(was);
    }
  });

  it('the subject cache keeps the subjects read last, at most its bound', () => {
    const was = setSubjectsKept(4);
    try {
      const cache = new SubjectCache();
      const s = (k: number) => cache.put(k, Subject.of(undefined as never, new Map()));
      const one = s(1);
      s(2);
      assert.equal(cache.get(1), one);
      for (let k = 3; k < 20; k++) {
        s(k);
        assert.ok(cache.size <= 4, `${cache.size} at ${k}`);
        cache.get(1); // read on and on: never let go of
        assert.equal(cache.get(1), one, `1 kept at ${k}`);
      }
      assert.equal(cache.get(2), undefined, 'not read since: let go of');
    } finally {
      setSubjectsKept(was);
    }
  });
});
