// The figure index read from a snapshot keeps its entries as columns: an Entry is made only for a figure a claim
// reaches (judge/figureIndex.ts), which may change no finding.
import * as assert from 'assert';
import { Corpus } from '../../server/src/corpus/corpus';
import { IndexCache } from '../../server/src/corpus/cache';
import { checkReport } from '../../server/src/judge/check';
import { entriesMade, indexOf } from '../../server/src/judge/figureIndex';
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

describe('figure index columns', function () {
  // A corpus of 300 generated articles indexed three times (cold, warm, afresh): slow on a loaded machine.
  this.timeout(600000);
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
});
