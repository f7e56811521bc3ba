// The quote index holds an entry per source quotation (judge/quotes.ts): at 100,000 generated articles about 456,000,
// kept for the corpus's life. What alike quotations share (language, normalized text, words, group) is one object
// for them all, and a speaker written alike is one object, not one per quotation.
import { strict as assert } from 'assert';
import { quoteEntries, quotePostings } from '../../server/src/judge/quotes';
import { checkReport } from '../../server/src/judge/check';
import { writeCorpus } from '../../bench/generate';
import { loadSources, writtenSources } from './judged';
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

  it('count a word of a quotation in a byte, and in four where a quotation repeats one more than 255 times', () => {
    const dir = tmp('xref-qcounts-');
    writeCorpus(dir, 40, 28);
    const p = quotePostings(loadSources(dir), 'en');
    assert.ok(p.ids.length > 100 && p.counts.length === p.ids.length, `${p.ids.length} postings`);
    assert.ok(p.counts instanceof Uint8Array, 'a byte a posting');
    // A chant quoted whole, its word 300 times; and another quotation of the organizer's.
    const chant = Array.from({ length: 300 }, () => 'build').join(' ');
    const c = writtenSources({
      'rally.md': [
        '# Workers rally at the Abilene site',
        '',
        'ABILENE, Texas - Hundreds of workers rallied outside the gates on Friday.',
        '',
        `"${chant}," said Maria Lopez, a union organizer.`,
        '',
        '"We want the jobs here," said Maria Lopez.',
        '',
      ].join('\n'),
    });
    const q = quotePostings(c, 'en');
    assert.ok(q.counts instanceof Int32Array && [...q.counts].includes(300), 'the count kept whole');
    const r = checkReport(c, '"We want the jobs here," Maria Lopez said.\n', { cache: false });
    assert.deepEqual(
      r.claims.filter((x) => x.type === 'quote').map((x) => x.status),
      ['supported'],
    );
  });
});
