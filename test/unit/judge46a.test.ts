import { strict as assert } from 'assert';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import { figureJudged, messages, writtenSources } from './judged';

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

// unseen-70 kaja L14, "Land tax: Narva-Jõesuu applies its 2.5% rate to the site's assessed value of EUR 17.6 million,
// about EUR 404,000 a year." (planted: 2.5% of 17.6m is 440,000). The rate and the value were vouched for and the
// result read as unsupported: a line's result of a rate it applies to an amount it states, that the two do not make,
// is the writer's slip (figures.ts lineRateSlip), as a count times an amount each is (lineProductSlip).
describe('judge46a: a rate applied to an amount the line states, worked out wrong', () => {
  const corpus = writtenSources(
    {
      'harbour-ledger-2026-10-20.txt': [
        'Parish keeps land tax at 1.8% for the data campus',
        '',
        'Harbour Ledger, 20 October 2026',
        '',
        'The parish council voted on Monday to apply its top land-tax rate of 1.8% to the 40-hectare Stargate Lindholm site, assessed at EUR 24.5 million.',
        'The mayor said the money would go to the parish school.',
        '',
      ].join('\n'),
      'lindholm-tidende-2026-10-21-ko.txt': [
        '린드홀름 캠퍼스 토지세 확정',
        '',
        '린드홀름 교구는 스타게이트 린드홀름 부지의 과세표준 245억 원에 토지세율 1.8%를 적용한다고 밝혔다.',
        '',
      ].join('\n'),
    },
    'xref-judge46a-rate-',
  );
  const fact = (line: string) => ['# Fact box: Lindholm', '', `- ${line}`, ''].join('\n');
  for (const [line, fig] of [
    [
      "Land tax: the parish applies its 1.8% rate to the site's assessed value of EUR 24.5 million, about EUR 414,000 a year.",
      'EUR 414,000',
    ],
    ['Land tax is 1.8% of the EUR 24.5 million assessed value, or EUR 414,000 a year.', 'EUR 414,000'],
    ['The site, assessed at EUR 24.5 million, is taxed at 1.8%, which comes to EUR 414,000 a year.', 'EUR 414,000'],
    ['토지세는 과세표준 245억 원에 세율 1.8%를 적용하면 연 약 4억 1,400만 원이다.', '4억 1,400만 원'],
  ])
    it(`flags the result the rate and the amount do not make: ${line}`, () => {
      const j = figureJudged(corpus, fact(line), fig);
      assert.equal(j.mismatches.length, 1, messages(j));
      assert.match(j.mismatches[0].message, /441,000|4억 4,100만|441000000/);
    });
  for (const [line, fig] of [
    [
      "Land tax: the parish applies its 1.8% rate to the site's assessed value of EUR 24.5 million, about EUR 441,000 a year.",
      'EUR 441,000',
    ],
    ['토지세는 과세표준 245억 원에 세율 1.8%를 적용하면 연 약 4억 4,000만 원이다.', '4억 4,000만 원'],
    // (not a result the line sets beside the rate and the amount as another thing: a rise, then a total of another)
    ['The rate rose 1.8% on the EUR 24.5 million valuation; the school gets EUR 414,000 a year.', 'EUR 414,000'],
  ])
    it(`leaves a result they make, or no result of theirs: ${line}`, () => {
      const j = figureJudged(corpus, fact(line), fig);
      assert.equal(j.mismatches.length, 0, messages(j));
    });
});
