// The lexicon scanner: every alias is found where it stands, English aliases only at a word start, and a
// Korean sentence finds the English names in it (the English passes run only when a Latin letter is there).
import { strict as assert } from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import data from '../../server/src/domain/lexicon.json';
import * as fs from 'fs';
import * as path from 'path';
import { findTerms, termsByAlternation, termsIn } from '../../server/src/domain/lexicon';
import type { Lang } from '../../server/src/types';

interface C {
  id: string;
  ko: string[];
  en: string[];
  variants?: { ko?: string[]; en?: string[] };
}
const concepts = (data as { concepts: C[] }).concepts;

/** Every alias as written in the lexicon ('*' ends a prefix: written here with a plural ending). */
function aliases(lang: Lang): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const c of concepts)
    for (const a of [...c[lang], ...(c.variants?.[lang] ?? [])])
      out.push({ id: c.id, text: a.endsWith('*') ? a.slice(0, -1) + 's' : a.trimEnd() });
  return out;
}

const FRAMES: Record<Lang, (a: string) => [string, number]> = {
  en: (a) => ['Reports said that ' + a + ' was named. ', 'Reports said that '.length],
  ko: (a) => ['보도에 따르면 ' + a + ' 관련 소식이다.', '보도에 따르면 '.length],
};

describe('lexicon scanner', () => {
  for (const lang of ['en', 'ko'] as Lang[]) {
    it(`finds every ${lang} alias where it stands (as itself, or inside a longer term that covers it)`, () => {
      const missed: string[] = [];
      for (const a of aliases(lang)) {
        const [text, at] = FRAMES[lang](a.text);
        const hits = findTerms(text, lang);
        // The hit that covers the alias: the alias's own concept, or a longer one ("data center" in
        // "AI data center") — never nothing.
        const cover = hits.find((h) => h.start <= at && h.end >= at + a.text.length);
        if (!cover) missed.push(`${a.id}: "${a.text}" → ${JSON.stringify(hits)}`);
      }
      assert.deepEqual(missed, []);
    });
  }

  it('finds English names in Korean sentences, and the Korean names in one without a Latin letter', () => {
    const withLatin = findTerms('손정의 회장은 OpenAI와 Oracle의 투자를 발표했다.', 'ko').map((h) => h.id);
    assert.ok(withLatin.includes('openai') && withLatin.includes('oracle'), withLatin.join(','));
    assert.ok(withLatin.includes('son'), withLatin.join(','));
    const hangulOnly = findTerms('손정의 회장은 오픈에이아이에 투자를 발표했다.', 'ko').map((h) => h.id);
    assert.deepEqual(
      hangulOnly.filter((id) => id === 'openai'),
      ['openai'],
    );
  });

  it('matches an English alias only at a word start, in either table', () => {
    assert.deepEqual(
      findTerms('xOpenAI and 9Oracle are not names here.', 'en').map((h) => h.id),
      [],
    );
    assert.ok(!findTerms('투자사xOpenAI', 'ko').some((h) => h.id === 'openai'));
    // After Hangul or punctuation a name starts a word.
    assert.deepEqual(
      findTerms('(OpenAI)', 'en').map((h) => h.id),
      ['openai'],
    );
    assert.ok(findTerms('오라클과OpenAI가', 'ko').some((h) => h.id === 'openai'));
  });

  it('keeps case for acronyms and mixed-case names, folds plain words', () => {
    const en = (t: string) => findTerms(t, 'en').map((h) => h.id);
    assert.ok(en('OpenAI said').includes('openai'));
    assert.ok(!en('openai said').includes('openai'), 'a mixed-case name keeps its case');
    assert.ok(en('the stargate venture').includes('stargate'), 'a plain word folds');
  });

  it("finds what each table's one alternation finds (the Korean scan by first character, the English one without u)", () => {
    const texts: { text: string; lang: Lang }[] = [];
    // Every alias framed, as written, in capitals and in lower case; with the characters u folds to an ASCII letter
    // (ſ, the Kelvin sign) or to another of their case (Å, ü, ç, ẞ) in place of its letters; after digits and Hangul.
    const swaps: [RegExp, string][] = [
      [/s/g, 'ſ'],
      [/k/gi, '\u212a'],
      [/Å/g, 'å'],
      [/å/g, '\u212b'],
      [/ü/g, 'Ü'],
      [/ç/g, 'Ç'],
      [/ss/g, 'ẞ'],
    ];
    for (const lang of ['en', 'ko'] as Lang[])
      for (const a of aliases(lang)) {
        const forms = [
          a.text,
          a.text.toUpperCase(),
          a.text.toLowerCase(),
          a.text.replace(/ /g, ''),
          [...a.text].join(' '),
        ];
        for (const [re, to] of swaps) if (re.test(a.text)) forms.push(a.text.replace(re, to));
        for (const f of forms)
          for (const l of ['en', 'ko'] as Lang[])
            texts.push(
              { text: FRAMES[lang](f)[0], lang: l },
              { text: `2026${f}는 ${f}${f} x${f}-${f}s`, lang: l },
              { text: `Å ${f} ſ`, lang: l },
            );
      }
    // …and the seed articles' lines, as they are and in capitals.
    const seeds = path.join(__dirname, '..', '..', 'seeds');
    for (const f of fs.readdirSync(seeds).filter((f) => /\.(txt|md)$/.test(f)))
      for (const line of fs.readFileSync(path.join(seeds, f), 'utf8').split('\n'))
        for (const l of ['en', 'ko'] as Lang[])
          texts.push({ text: line, lang: l }, { text: line.toUpperCase(), lang: l });
    const differ = texts.filter(
      (t) => JSON.stringify(findTerms(t.text, t.lang)) !== JSON.stringify(termsByAlternation(t.text, t.lang)),
    );
    assert.deepEqual(differ.slice(0, 5), []);
  });

  it('gives each caller its own hits; termsIn gives the remembered ones', () => {
    const text = 'SoftBank and OpenAI announced Stargate in Texas.';
    const a = findTerms(text, 'en');
    a[0].start = 999;
    assert.notEqual(findTerms(text, 'en')[0].start, 999);
    assert.equal(termsIn(text, 'en'), termsIn(text, 'en'));
    assert.deepEqual([...termsIn(text, 'en')], findTerms(text, 'en'));
  });

  it('remembers a short text without the article it was cut from (the key holds no slice of it)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    // 300 articles of 100,000 characters each (30 MB), each scanned for one short sentence cut from it.
    for (let i = 0; i < 300; i++) {
      const article = [`Article ${i}: Stargate will invest $500 billion.`, 'x'.repeat(100_000)].join('\n');
      termsIn(article.slice(0, article.indexOf('\n')), 'en');
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    assert.ok(grown < 10 * 1048576, `the heap grew ${(grown / 1048576).toFixed(1)} MB`);
  });
});
