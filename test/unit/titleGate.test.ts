// The speaker rules' title regexes (extract/people.ts EN_TITLE_RUN, RE_ORG_BEFORE: every job title in any case, up
// to four words) cost tens of milliseconds to compile at a process's first use, so they run only where a word test
// says they could match (mayOpenWithTitle, endsWithTitle). On words as news writes them around a quotation: the tests
// never say no where the regex would match, and the speaker after a quotation (afterSpeakerVerb, two regexes) is what
// the one alternation they were found.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import data from '../../server/src/domain/people.json';
import { endsWithTitle, mayOpenWithTitle, RE_ORG_BEFORE } from '../../server/src/extract/people';
import { afterSpeakerVerb, speakerVerbParts } from '../../server/src/extract/quotes';

const SEED = process.env.XREF_FUZZ_SEED
  ? Number(process.env.XREF_FUZZ_SEED)
  : Date.now() ^ (Math.random() * 0x7fffffff);
const runs = { numRuns: 4000 * Math.max(1, Number(process.env.XREF_FUZZ_RUNS ?? 1)), seed: SEED, endOnFailure: true };

const titles: string[] = data.en.titles;
const title = fc
  .constantFrom(...titles)
  .chain((t) => fc.constantFrom(t, t.toUpperCase(), t[0].toUpperCase() + t.slice(1)));
const word = fc.oneof(
  { weight: 3, arbitrary: title },
  // A prefix before a title (co-CEO, ex-president), and words that only look like one.
  fc.tuple(fc.constantFrom('co', 'ex', 'Vice', 'EX', 'deputy', 'x1'), title).map(([p, t]) => `${p}-${t}`),
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Oracle',
      'Clay',
      'Magouyrk',
      'Muñoz',
      'Ines',
      'Duarte',
      'O’Neil',
      'AT&T',
      'St.',
      'Jr.',
      'of',
      'de',
      'van',
      'bin',
      // (a portfolio of two names: "Energy and Natural Resources Minister")
      'and',
      'Energy',
      'he',
      'she',
      'they',
      'said',
      'says',
      'told',
      'added',
      'noted',
      'remarked',
      'also',
      'later',
      'put',
      'the',
      'Reuters',
      'reporters',
      'Nvidia’s',
      'CEO,',
      'chief.',
      '”',
      '“',
      ',',
      '—',
      '-',
      // Letters that fold to ASCII only under Unicode case rules (the regexes have no u flag): the Kelvin sign, long s.
      'CEO\u212A',
      'ſenator',
      'İnes',
    ),
  },
  fc.stringMatching(/^[A-Za-z][a-z]{0,6}$/),
);
const space = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u00a0', '\n');
const text = fc
  .tuple(fc.constantFrom('', ' ', ', ', ' — ', ' -', ',', ' , '), fc.array(fc.tuple(word, space), { maxLength: 8 }))
  .chain(([lead, ws]) =>
    fc.constantFrom('', '.', ' ', ', ', ' to reporters.').map((end) => lead + ws.map(([w, s]) => w + s).join('') + end),
  );
const trimmed = fc.tuple(text, fc.boolean()).map(([t, keep]) => (keep ? t : t.trimEnd()));

const p = speakerVerbParts;
const TITLED = new RegExp(`${p.head}(?:${p.titled})`);
const ONE_ALTERNATION = new RegExp(`${p.head}(${p.titled}|${p.plain})${p.tail}`);
const plain = (m: RegExpExecArray | null) => m && { index: m.index, groups: [...m] };

describe('title regexes run only where they can match', () => {
  it('the speaker after a quotation: as the one alternation, where a title opens the words and where none does', () => {
    let titled = 0,
      matched = 0;
    fc.assert(
      fc.property(trimmed, (s) => {
        const expected = ONE_ALTERNATION.exec(s);
        assert.deepEqual(plain(afterSpeakerVerb(s)), plain(expected), JSON.stringify(s));
        if (TITLED.test(s)) {
          titled++;
          assert.ok(mayOpenWithTitle(s), JSON.stringify(s));
        }
        if (expected) matched++;
      }),
      runs,
    );
    // Enough of both kinds to mean something.
    assert.ok(titled > runs.numRuns / 50 && matched > runs.numRuns / 50, `${titled} titled, ${matched} matched`);
  });

  it('an organisation before a title: RE_ORG_BEFORE matches only text that ends with a title word and a space', () => {
    let matched = 0;
    fc.assert(
      fc.property(trimmed, (s) => {
        if (RE_ORG_BEFORE.test(s)) {
          matched++;
          assert.ok(endsWithTitle(s), JSON.stringify(s));
        }
      }),
      runs,
    );
    assert.ok(matched > runs.numRuns / 50, `${matched} matched`);
  });

  it('as news writes it', () => {
    assert.equal(afterSpeakerVerb(', Oracle co-CEO Clay Magouyrk said.')?.[1], 'Oracle co-CEO Clay Magouyrk');
    assert.equal(afterSpeakerVerb(' chief executive Ines Duarte told reporters')?.[1], 'chief executive Ines Duarte');
    assert.equal(afterSpeakerVerb(' Altman said at the White House.')?.[1], 'Altman');
    assert.equal(mayOpenWithTitle(' Trump put SoftBank’s Masayoshi Son in charge of the board.'), false);
    assert.equal(mayOpenWithTitle(', President Trump said.'), true);
    assert.equal(endsWithTitle('Northgate Power chief executive '), true);
    assert.equal(endsWithTitle('On Jan. 21, '), false);
  });
});
