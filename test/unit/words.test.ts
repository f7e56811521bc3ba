// The word tokenizer finds exactly what WORD (the regex it replaces in the indexing hot path) finds, on any
// text: Hangul, astral letters and digits, lone surrogates, apostrophes and hyphens; the word table gives the
// value its maker gave, however the words collide or the table fills.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { WORD } from '../../server/src/domain/lexicon';
import { forEachWord, wordHash, WordTable } from '../../server/src/text/words';

const SCALE = Math.max(1, Number(process.env.XREF_FUZZ_RUNS ?? 1));
const SEED = process.env.XREF_FUZZ_SEED
  ? Number(process.env.XREF_FUZZ_SEED)
  : Date.now() ^ (Math.random() * 0x7fffffff);
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE), seed: SEED, endOnFailure: true });

function byRegex(text: string): [number, number][] {
  const re = new RegExp(WORD);
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
function byTokenizer(text: string): [number, number][] {
  const out: [number, number][] = [];
  forEachWord(text, (s, e, h) => {
    assert.equal(h, wordHash(text, s, e), "the hash is the word's");
    out.push([s, e]);
  });
  return out;
}

// Pieces that sit on the edges of WORD: letters of several scripts (astral ones too), digits (astral
// mathematical ones too), the apostrophes and hyphen that continue a word, marks, lone surrogates.
const piece = fc.constantFrom(
  'a',
  'Z',
  'é',
  'ß',
  '한',
  '국',
  'ㄱ',
  'ᄀ',
  '\u1100\u1161',
  'Ж',
  'λ',
  '中',
  'ア',
  '𝐀',
  '𝟘',
  '𠀀',
  '😀',
  '١',
  '5',
  '0',
  "'",
  '’',
  '-',
  '‐',
  '_',
  ' ',
  '\n',
  '.',
  ',',
  '\u0301',
  '\u200d',
  '\ud800',
  '\udc00',
  '\ufeff',
  'K',
  'ſ',
  'Ⅻ',
  '²',
);
const text = fc
  .array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 })
  .map((a) => a.join(''));

describe('words', () => {
  it('forEachWord finds the spans WORD matches, on arbitrary text', () => {
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(byTokenizer(t), byRegex(t));
      }),
      runs(2000),
    );
  });

  it('forEachWord on real prose: Korean with particles, English with possessives and hyphens', () => {
    const t =
      "소프트뱅크의 손정의 회장은 '스타게이트'에 5000억 달러를 — OpenAI's CEO Sam Altman said the state-of-the-art site’s cost…";
    assert.deepEqual(byTokenizer(t), byRegex(t));
    assert.deepEqual(
      byTokenizer(t)
        .slice(0, 3)
        .map(([s, e]) => t.slice(s, e)),
      ['소프트뱅크의', '손정의', '회장은'],
    );
    assert.ok(byTokenizer(t).some(([s, e]) => t.slice(s, e) === 'state-of-the-art'));
  });

  it('a word table gives what its maker gave, through collisions, growth and starting over', () => {
    const made: string[] = [];
    const table = new WordTable((w) => {
      made.push(w);
      return w.length * 7 + w.charCodeAt(0);
    }, 300);
    const words = Array.from({ length: 1000 }, (_, i) => `w${(i * 7919) % 997}x${i % 13}`);
    const line = words.join(' ');
    for (let round = 0; round < 3; round++) {
      let at = 0;
      for (const w of words) {
        const got = table.get(line, at, at + w.length, wordHash(w));
        assert.equal(got, w.length * 7 + w.charCodeAt(0), w);
        at += w.length + 1;
      }
    }
    // Bounded at 300 words: it started over, so some words were made more than once, but never one in a row.
    assert.ok(made.length > new Set(words).size, 'the table started over when full');
    // A word met twice in a row is looked up, not made again.
    const before = made.length;
    table.get('again again', 0, 5, wordHash('again'));
    table.get('again again', 6, 11, wordHash('again'));
    assert.equal(made.length, before + 1);
  });

  it('tells apart words of the same hash', () => {
    const table = new WordTable((w) => w.charCodeAt(0));
    // Forced collision: the same hash passed for different words, of the same length too.
    assert.equal(table.get('abc', 0, 3, 42), 97);
    assert.equal(table.get('abcde', 0, 5, 42), 97);
    assert.equal(table.get('xyz', 0, 3, 42), 120);
    assert.equal(table.get('abc', 0, 3, 42), 97);
  });
});
