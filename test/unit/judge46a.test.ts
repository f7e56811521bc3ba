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
      assert.match(j.mismatches[0].message, /441,000|4억 4,?100만/);
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

// unseen-71 kef L31, "From the lowest bid to the highest is a spread of USD 14.7m on a 26 km line." (true: 61.5 −
// 46.8). The thread's "the highest was USD 61.5 million" and "USD 49.3 million" refuted it: a level against the line's
// difference. A difference the line gives ("a spread of", "a gap of", "… less than", "차이") that two amounts one source
// states near a refuting one make is the writer's difference of them (figures.ts differenceOfSource).
describe('judge46a: a difference the line works out of two amounts a source states', () => {
  const corpus = writtenSources(
    {
      'coastal-courier-2026-10-28.txt': [
        'Seven bids for the Saramacca line',
        '',
        'Coastal Courier, 28 October 2026',
        '',
        'The grid company received seven bids for the 40 km line to the Stargate Wanica campus.',
        "The winner, Moengo Power Works, offered USD 38.2 million, against an engineer's estimate of USD 41.0 million.",
        'The next-lowest bid was USD 39.9 million; the highest was USD 52.6 million.',
        '',
      ].join('\n'),
      'gyeongnam-2026-10-29-ko.txt': [
        '사라마카 송전선 입찰 7곳 참여',
        '',
        '최저가는 모엥고파워웍스의 3,820만 달러였다.',
        '최고가는 5,260만 달러였다.',
        '',
      ].join('\n'),
    },
    'xref-judge46a-diff-',
  );
  const memo = (line: string) => ['# Wanica line tender', '', `- ${line}`, ''].join('\n');
  for (const [line, fig] of [
    ['From the lowest bid to the highest is a spread of USD 14.4m on a 40 km line.', 'USD 14.4m'],
    ['The gap between the winning bid and the highest bid was USD 14.4 million.', 'USD 14.4 million'],
    ['The winning bid came in USD 14.4 million below the highest.', 'USD 14.4 million'],
    ['최저가와 최고가의 차이는 1,440만 달러다.', '1,440만 달러'],
  ])
    it(`is not refuted by the levels it is the difference of: ${line}`, () => {
      const j = figureJudged(corpus, memo(line), fig);
      assert.equal(j.mismatches.length, 0, messages(j));
    });
  it('still flags a difference the two do not make, and a level given as the difference', () => {
    const j = figureJudged(corpus, memo('From the lowest bid to the highest is a spread of USD 41.4m.'), 'USD 41.4m');
    assert.equal(j.mismatches.length, 1, messages(j));
    const k = figureJudged(corpus, memo('The highest bid was USD 14.4 million.'), 'USD 14.4 million');
    assert.equal(k.mismatches.length, 1, messages(k));
  });
});

// unseen-70 kaja L32, "Together the three campuses come to 330 MW." (true: 120 + 150 + 60, each campus's from its own
// source). A source's "two heat pumps totalling 18 MW, which lift the campus's warm water …" refuted it: another
// total, of other things. A total the line gives of a number of things is refuted only by a source amount whose
// sentence writes that number (figures.ts totalOfCounted).
describe('judge46a: a total of a number of things is not refuted by a total of other things', () => {
  const corpus = writtenSources(
    {
      'baltic-heat-2026-10-21.txt': [
        'Campus heat deal grows',
        '',
        'Baltic Heat Review, 21 October 2026',
        '',
        'The Stargate Kunda campus will be built in two phases and draw 120 MW when complete.',
        "The change comes from two heat pumps totalling 18 MW, which lift the campus's warm water to network temperature.",
        'The three campuses in the region together come to 400 MW, the operators said.',
        '',
      ].join('\n'),
    },
    'xref-judge46a-total-',
  );
  const box = (line: string) => ['# Fact box', '', `- ${line}`, ''].join('\n');
  it("the heat pumps' total does not refute the campuses' total", () => {
    const j = figureJudged(corpus, box('Together the four campuses come to 330 MW.'), '330 MW');
    assert.equal(j.mismatches.length, 0, messages(j));
  });
  it('a source total of that many things still refutes it', () => {
    const j = figureJudged(corpus, box('Together the three campuses come to 330 MW.'), '330 MW');
    assert.equal(j.mismatches.length, 1, messages(j));
  });
});
