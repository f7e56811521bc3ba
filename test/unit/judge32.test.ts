// Figure misses of unseen-42 and unseen-43 (issue 10, sets written blind, promoted to tuning in session 32), each
// traced to a general cause and tested on articles written here as their outlets would write them. Each case fails
// without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

// unseen-42: "At 400 MW the campus would use about 30% of Tasmania's winter peak demand of about 1,900 MW." The line
// works out a share of its own two amounts (400/1,900 = 21%; The Quadrangle: "roughly a fifth"), but judge30's rule read
// the share only when an aside sets it after the part ("A, about p% of B"): a verb of use between the part and the
// percent, and the whole's amount after "demand of about", were not read, and no source states a percent to judge it.
describe('judge32: a share the line works out with a verb ("A would use about p% of … B")', () => {
  const u42 = loadSources(path.join(__dirname, '../fixtures/unseen-42/sources'));

  it('flags the share its own stated amounts do not make (unseen-42)', () => {
    const line = (p: string) =>
      `At 400 MW the campus would use about ${p}% of Tasmania's winter peak demand of about 1,900 MW.\n`;
    const wrong = figureJudged(u42, line('30'), '30%');
    assert.equal(wrong.status, 'conflicting');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /21%/);
    assert.equal(wrong.mismatches[0].fixes[0].newText, '21%');
    assert.deepEqual(loud(figureJudged(u42, line('21'), '21%')), []);
  });

  // A Nordic regional daily, written here: the rule reads the line, not this source.
  const corpus = writtenSources(
    {
      'fjordposten-grid.txt': [
        'Fjordposten — 3 November 2026',
        '',
        'Vestvik data campus to draw 250 MW',
        '',
        'The Vestvik data campus will draw 250 megawatts from the regional grid once its three halls are running, the',
        "grid operator said on Monday. The region's winter peak load is about 900 megawatts.",
        '',
      ].join('\n'),
    },
    'xref-judge32-share-',
  );

  it('reads "A … would draw / accounts for about p% of … of B" on an article of its own', () => {
    const draw = (p: string) =>
      `At 250 MW, the Vestvik campus would draw about ${p} per cent of the region's winter peak load of about 900 MW.\n`;
    assert.deepEqual(figureJudged(corpus, draw('40'), '40 per cent').codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(corpus, draw('28'), '28 per cent')), []);
    const account = (p: string) =>
      `The Vestvik campus's 250 MW accounts for roughly ${p}% of the region's winter peak load of 900 MW.\n`;
    assert.deepEqual(figureJudged(corpus, account('40'), '40%').codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(corpus, account('28'), '28%')), []);
    const peak = (p: string) =>
      `At 250 MW the Vestvik campus would take about ${p}% of the region's 900 MW winter peak.\n`;
    assert.deepEqual(figureJudged(corpus, peak('40'), '40%').codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(corpus, peak('28'), '28%')), []);
  });

  it("leaves a percent that is not the first amount's share of the second", () => {
    // what the campus's power comes from, not the share of the peak: "of its power from the … plant"
    const from = `At 250 MW, the Vestvik campus would draw about 40 per cent of its power from the region's 900 MW of hydro.\n`;
    assert.deepEqual(loud(figureJudged(corpus, from, '40 per cent')), []);
    // no verb of share between the amount and the percent
    const other = `The Vestvik campus will draw 250 MW, and 40 per cent of the region's winter peak load of 900 MW is hydro.\n`;
    assert.deepEqual(loud(figureJudged(corpus, other, '40 per cent')), []);
  });
});

// unseen-42: "Stargate currently puts the campus itself at about A$31 billion." The Quadrangle: "In March, Stargate put
// the campus at about A$31 billion. By September it was telling investors about A$34 billion." judge29's rule reads a
// level dated in the past as a level of then only when the next sentence says a figure changed, and its date words
// were read in lower case only ("in March", not a sentence's opening "In March"): the March level vouched for "currently",
// with the Kalvarra announcement of March beside it. A next sentence that opens on a later month ("By September", "9월에는")
// gives the later level of the same thing, when it is of the same order (within half again), as a word of change does.
describe('judge32: a level dated in the past, and the next sentence opening on a later month', () => {
  const u42 = loadSources(path.join(__dirname, '../fixtures/unseen-42/sources'));

  it('flags a figure the line says is current that a later month superseded (unseen-42)', () => {
    const wrong = figureJudged(
      u42,
      'Stargate currently puts the campus itself at about A$31 billion.\n',
      'A$31 billion',
    );
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /A\$34 billion/);
    // the March level, said as March's, stays vouched for
    assert.deepEqual(
      loud(figureJudged(u42, 'In March Stargate put the campus itself at about A$31 billion.\n', 'A$31 billion')),
      [],
    );
  });

  // A trade weekly and a Korean 경제지, written here.
  const corpus = writtenSources(
    {
      'datacentre-weekly-norrsund.txt': [
        'DataCentre Weekly — 12 November 2026',
        '',
        'Norrsund campus: the numbers so far',
        '',
        'In April, Polaris Compute put the cost of its Norrsund campus at about $12 billion.',
        'By October it was quoting about $13.5 billion to lenders.',
        '',
        'In May, Polaris Compute put the Norrsund substation at about $600 million.',
        'In August it signed a $2 billion power deal with the regional utility.',
        '',
      ].join('\n'),
      'hanbit-economy-saemangeum.txt': [
        '한빛경제 2026년 11월 10일',
        '',
        '새만금 AI 캠퍼스 사업비 불어나',
        '',
        '새만금 AI 캠퍼스 사업자는 지난 3월 총사업비를 4조 2천억 원으로 밝혔다. 9월에는 투자설명회에서 총사업비로 4조 6천억 원을 제시했다.',
        '',
      ].join('\n'),
    },
    'xref-judge32-later-',
  );

  it('reads "In April … By October …" and "지난 3월 … 9월에는 …" on articles of its own', () => {
    const en = figureJudged(
      corpus,
      'Polaris Compute currently puts the Norrsund campus at about $12 billion.\n',
      '$12 billion',
    );
    assert.deepEqual(en.codes, ['figure-mismatch']);
    const ko = figureJudged(corpus, '새만금 AI 캠퍼스의 총사업비는 현재 4조 2천억 원이다.\n', '4조 2천억 원');
    assert.deepEqual(ko.codes, ['figure-mismatch']);
  });

  it('leaves a later amount of another order, and a line that does not say its level is current', () => {
    // a $2 billion power deal is no revision of a $600 million substation
    const other = 'Polaris Compute currently puts the Norrsund substation at about $600 million.\n';
    assert.deepEqual(loud(figureJudged(corpus, other, '$600 million')), []);
    const then = 'Polaris Compute put the Norrsund campus at about $12 billion in April.\n';
    assert.deepEqual(loud(figureJudged(corpus, then, '$12 billion')), []);
  });
});

// unseen-43: the Kentucky air permit fact sheet rates its generators in megawatts electric ("176 units, each rated 2.5
// MWe … Total: 440 MWe"), as permits, reactor and plant filings write it; the unit was not read, so the sheet stated no
// power at all. (The memo's "176 emergency diesel generators totalling 400 MW" is still unsupported: the sheet's total
// stands in a sentence of its own, "Total: 440 MWe.", that shares no word with the line.)
describe('judge32: megawatts electric (MWe, GWe) are megawatts', () => {
  it('reads MWe and GWe as power, not a thermal rating', () => {
    const read = (t: string) => extractFigures(t, 'en').figures.map((f) => [f.text, f.value, f.unit]);
    assert.deepEqual(read('176 units, each rated 2.5 MWe (3,750 bhp)').slice(1, 2), [['2.5 MWe', '2.5', 'MW']]);
    assert.deepEqual(read('a 1.1 GWe reactor'), [['1.1 GWe', '1100', 'MW']]);
    assert.deepEqual(read('a boiler of 40 MWth'), []);
  });

  it("vouches for the generators' rating from the permit fact sheet (unseen-43)", () => {
    const u43 = loadSources(path.join(__dirname, '../fixtures/unseen-43/sources'));
    const line = 'The permit covers 176 emergency diesel generator engines, each rated 2.5 MW.\n';
    assert.equal(figureJudged(u43, line, '2.5 MW').status, 'supported');
  });
});
