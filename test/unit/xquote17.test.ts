// Quotations across languages and moved quotations (issue 10, xquote17). The articles of
// test/fixtures/unseen-xquote17/ were written first (an English wire, a Korean daily and an English trade weekly on
// Stargate's Ulsan campus, quoting Marcus Fenwick in both languages and Korean speakers in both), the reports and keys
// after. Reported speech whose subject is a role and then a name between commas ("Taesung's chief executive, Cho
// Yun-sang, said the company had “…”") is that person's. (A rule reading a second Korean rendering of an English
// speaker's words as no misquote was tried and undone: README, Not done yet; onsan-review-ko line 5 records the miss.)
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { extractQuotes } from '../../server/src/extract/quotes';
import { splitSentences } from '../../server/src/text/sentences';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';
import { loadSources, quoteJudged } from './judged';

const DIR = path.join(ROOT, 'test', 'fixtures', 'unseen-xquote17');
let corpus: Corpus | undefined;
const sources = () => (corpus ??= loadSources(path.join(DIR, 'sources')));
const quoteAt = (text: string) => quoteJudged(sources(), text);
function speakers(text: string) {
  return extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }])).map((q) => q.speaker?.text);
}

describe('xquote17: reported speech after a role and a name between commas', () => {
  it('the name between commas after a role is the speaker of the partial quotation', () => {
    assert.deepEqual(
      speakers(
        'Stargate\'s Asia-Pacific infrastructure chief, Marcus Fenwick, said the second phase "will need a new transmission line, and that takes five years in Korea".',
      ),
      ['Marcus Fenwick'],
    );
    assert.deepEqual(
      speakers(
        'The utility\'s head of grid planning, Choi Min-jae, said the company would "connect the first phase by 2028".',
      ),
      ['Choi Min-jae'],
    );
  });
  it('the name first and the role between commas is read as before', () => {
    assert.deepEqual(
      speakers(
        'Yoon Ha-eun, a utilities analyst at Daeryun Securities, said Onsan "can carry the first phase without new lines".',
      ),
      ['Yoon Ha-eun'],
    );
  });
  it('a moved quotation in that layout is quote-misattributed, not a ✓', () => {
    const r = quoteAt(
      'Stargate\'s Asia-Pacific infrastructure chief, Marcus Fenwick, said the second phase "will need a new transmission line, and that takes five years in Korea".\n',
    );
    assert.equal(r.status, 'misattributed');
    assert.deepEqual(r.codes, ['quote-misattributed/warning']);
  });
  it("the speaker's own words in that layout are supported", () => {
    const r = quoteAt(
      'Stargate\'s Asia-Pacific infrastructure chief, Marcus Fenwick, said the company had come to Ulsan "for the grid, not the land".\n',
    );
    assert.equal(r.status, 'supported');
    assert.deepEqual(r.codes, []);
  });
});

describe('xquote17: the keyed reports', () => {
  for (const report of ['onsan-briefing-en'])
    it(`${report}: every planted mistake found, every true line clean`, () => {
      const s = scoreReport(path.join(DIR, 'reports', `${report}.key.json`));
      assert.equal(
        s.found,
        s.planted,
        s.lines
          .filter((l) => !l.pass)
          .map((l) => `${l.line}: ${l.got}`)
          .join('; '),
      );
      assert.equal(s.trueClean, s.trueLines);
    });
});
