// ventures() (judge/figureFacts.ts) scans only the sentences whose text may name a venture (venturesPossibleIn,
// domain/lexicon.ts): on the seeds, the test fixtures and a generated corpus it gives what a scan of every sentence
// gives, and every sentence in which the lexicon finds a venture is one the screen lets through.
import { strict as assert } from 'assert';
import { Corpus } from '../../server/src/corpus/corpus';
import { concept, termsIn, venturesPossibleIn } from '../../server/src/domain/lexicon';
import { ventures } from '../../server/src/judge/figureFacts';
import { writeCorpus } from '../../bench/generate';
import { FIXTURE_FOLDERS, tempDirs } from './cacheFixtures';

const { tmp, cleanup } = tempDirs();
after(cleanup);

const fixtureFolders = FIXTURE_FOLDERS;

describe('ventures an article names', function () {
  this.timeout(120_000);
  it('are those a scan of every sentence finds, on the seeds, the fixtures and a generated corpus', () => {
    const gen = tmp('xref-ventures-');
    writeCorpus(gen, 150, 17);
    let sources = 0,
      named = 0,
      screened = 0;
    for (const dir of [...fixtureFolders, gen]) {
      const c = Corpus.load({ folders: [dir], useBundled: false, workers: 0 });
      for (const src of c.sources) {
        const all = new Set<string>();
        for (const sent of src.sentences) {
          if (!venturesPossibleIn(sent.text).length) screened++;
          for (const h of termsIn(sent.text, sent.lang))
            if (concept(h.id)?.venture) {
              all.add(h.id);
              assert.ok(venturesPossibleIn(sent.text).includes(h.id), sent.text);
              named++;
            }
        }
        assert.deepEqual([...ventures(src)], [...all], src.file);
        sources++;
      }
    }
    assert.ok(
      sources > 200 && named > 500 && screened > 500,
      `${sources} sources, ${named} named, ${screened} screened`,
    );
  });
});
