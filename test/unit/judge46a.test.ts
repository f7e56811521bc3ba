import { strict as assert } from 'assert';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';

const figures = (text: string) =>
  checkReport(Corpus.load({ folders: [] }), text)
    .claims.filter((c) => c.type === 'figure')
    .map((c) => c.text);

describe("judge46a: a report's own title and masthead", () => {
  it("a title's closing bracket that names the occasion and its date is the report's dating (unseen-70 marcus L1)", () => {
    assert.deepEqual(
      figures('# Q&A prep: the Stargate levy (council meeting of 24 November 2026)\n\nThe campus draws 60 MW.\n'),
      ['60 MW'],
    );
    assert.deepEqual(
      figures('# Briefing: the Narva heat deal (for the committee hearing of 3 December)\n\nText.\n'),
      [],
    );
    assert.deepEqual(figures('# 나르바 폐열 점검 (11월 24일 본회의 대비)\n\n히트펌프는 18MW다.\n'), ['18MW']);
    // a bracket with another figure than its date, or a date in the title's own words, is the title's claim
    assert.deepEqual(figures('# Stargate Abilene (opened in 2025 with 200 MW)\n\nText.\n'), ['2025', '200 MW']);
    assert.deepEqual(figures('# Why the vote of 24 November 2026 matters\n\nText.\n'), ['24 November 2026']);
  });
  it('a date line in pieces may name who prepared it for a meeting on a day (unseen-71 kef L3)', () => {
    const text =
      '# Stargate Paramaribo: what the numbers say\n\n*Kustvlakte Energy Forum · campaign factsheet · December 2026 · prepared by Dewi Kartosen for the public meeting of 10 December*\n\nThe campus is 100 MW.\n';
    assert.deepEqual(figures(text), ['100 MW']);
    assert.deepEqual(
      figures(
        '# Narva heat\n\nHarbour Residents Association · briefing · 3 March 2026 · written for the council hearing on March 12 at the town hall\n\nThe campus is 100 MW.\n',
      ),
      ['100 MW'],
    );
    // not a piece with another figure beside its day, nor a paragraph of prose after the head
    assert.deepEqual(
      figures(
        '# T\n\nKustvlakte Energy Forum · campaign factsheet · December 2026 · prepared by Dewi Kartosen for the meeting of 10 December on the 40 MW expansion plan\n\nThe campus is 100 MW.\n',
      ),
      ['December 2026', '10 December', '40 MW', '100 MW'],
    );
  });
});
