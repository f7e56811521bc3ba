// The quote index holds an entry per source quotation (judge/quotes.ts): at 100,000 generated articles about 456,000,
// kept for the corpus's life. What alike quotations share (language, normalized text, words, group) is one object
// for them all, and a speaker written alike is one object, not one per quotation.
import { strict as assert } from 'assert';
import { quoteEntries } from '../../server/src/judge/quotes';
import { writeCorpus } from '../../bench/generate';
import { loadSources } from './judged';
import { tempDirs } from './cacheFixtures';

const { tmp, cleanup } = tempDirs();
after(cleanup);

describe('the quote index entries', function () {
  this.timeout(300000);
  it('share what alike quotations and speakers have in common', () => {
    const dir = tmp('xref-qentries-');
    writeCorpus(dir, 120, 28); // the seeds' quotations, each in many articles
    const c = loadSources(dir);
    let alike = 0,
      spoken = 0;
    for (const lang of ['en', 'ko'] as const) {
      const es = quoteEntries(c, lang);
      const byWords = new Map<string, (typeof es)[number]>();
      const bySpeaker = new Map<string, (typeof es)[number]>();
      for (const e of es) {
        // (no entry keeps the shared fields as its own)
        for (const f of ['lang', 'norm', 'words', 'group']) assert.ok(!Object.hasOwn(e, f), `an entry's own ${f}`);
        const k = e.words.join(' ');
        const first = byWords.get(k);
        if (!first) byWords.set(k, e);
        else {
          assert.equal(e.words, first.words);
          alike++;
        }
        if (!e.speaker) continue;
        const s = bySpeaker.get(e.speaker.text);
        if (!s) bySpeaker.set(e.speaker.text, e);
        else {
          assert.equal(e.speaker, s.speaker, `one object for ${e.speaker.text}`);
          spoken++;
        }
      }
    }
    assert.ok(alike > 100 && spoken > 100, `${alike} alike, ${spoken} with a speaker met before`);
  });
});
