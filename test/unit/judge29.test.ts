// Figure misses of unseen-36 and unseen-37 (issue 10, sets written blind, promoted to tuning in session 29), each
// traced to a general cause and tested on articles written here as their outlets would write them. Each case fails
// without its rule.
import { strict as assert } from 'assert';
import { splitSentences } from '../../server/src/text/sentences';
import { figureJudged, writtenSources } from './judged';

// unseen-36: an Indian stock-exchange filing, a state Government Resolution and an earnings-call transcript write their
// rupees "Rs. 85,000 crore". The full stop of "Rs." ended a sentence, so "85,000 crore" began the next one with no
// currency before it: a count of crores, never money. No rupee amount of those sources was read (the report's ₹85,000
// crore was unsupported; its ₹7,450 crore met only a Korean 루피 figure of another measure and was flagged).
describe('judge29: a rupee amount written "Rs." is one sentence with its number', () => {
  it('does not end a sentence at "Rs." before a number', () => {
    const t = 'The estimated project cost is Rs. 12,400 crore (approx. US$ 1.5 billion). The board approved it.';
    assert.deepEqual(
      splitSentences(t, [{ start: 0, end: t.length }], 'en').map((s) => t.slice(s.start, s.end)),
      ['The estimated project cost is Rs. 12,400 crore (approx. US$ 1.5 billion).', 'The board approved it.'],
    );
  });

  // An Indian business daily's report, as it writes rupees, and a company's exchange filing wrapped at 80 columns.
  const corpus = writtenSources(
    {
      'gujarat-daily-dholera.txt': [
        'Sabarmati Infra clears Rs. 12,400-crore Dholera data centre',
        '',
        'By Our Staff Reporter',
        '',
        'AHMEDABAD, April 9: The board of Sabarmati Infra Ltd. on Thursday cleared the Dholera data centre, a 300 MW',
        'campus in the Dholera special investment region. The project is estimated to cost Rs. 12,400 crore, the',
        'company said in a filing to the exchanges. Construction of the first 150 MW is to begin in June.',
        '',
      ].join('\n'),
    },
    'xref-judge29-rs-',
  );

  it('reads the amount as rupees: it vouches for the same amount and refutes another', () => {
    const line = (v: string) => `The Dholera data centre project is estimated to cost ${v}.\n`;
    assert.equal(figureJudged(corpus, line('₹12,400 crore'), '₹12,400 crore').status, 'supported');
    assert.deepEqual(figureJudged(corpus, line('₹14,200 crore'), '₹14,200 crore').codes, ['figure-mismatch']);
  });
});

// unseen-36's IC note: "The ₹16,800 crore project is funded 75:25, with ₹4,200 crore of equity from internal accruals"
// against a transcript's "funded 75:25 debt to equity -- about Rs. 12,600 crore of debt and Rs. 4,200 crore of equity".
// The sentence states the line's ₹4,200 crore, so it was read as restating the line, and its one other rupee amount,
// the debt, was forced into the place of the line's ₹16,800 crore, which is the sum of the two: a true line flagged
// (it showed once the rupees were read).
describe('judge29: a sentence that splits the line’s amount does not restate it', () => {
  const corpus = writtenSources(
    {
      'narmada-renewables-call.txt': [
        'Narmada Renewables Limited -- Q1 FY27 Earnings Conference Call, August 4, 2026',
        '',
        'Vikram Desai:       Thank you. Let me start with the Kutch hybrid project. The Kutch project cost',
        '                    is about Rs. 9,000 crore. The Kutch project will be funded 70:30 debt to equity -- about',
        '                    Rs. 6,300 crore of debt and Rs. 2,700 crore of equity from internal accruals.',
        '',
      ].join('\n'),
    },
    'xref-judge29-sum-',
  );

  it('leaves the whole alone when the sentence gives its parts', () => {
    const j = figureJudged(
      corpus,
      'The ₹9,000 crore Kutch project is funded 70:30, with ₹2,700 crore of equity from internal accruals.\n',
      '₹9,000 crore',
    );
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });

  it('still pairs a part the line states for the sentence’s part', () => {
    const j = figureJudged(
      corpus,
      'The Kutch project is funded with ₹7,300 crore of debt and ₹2,700 crore of equity from internal accruals.\n',
      '₹7,300 crore',
    );
    assert.deepEqual(j.codes, ['figure-mismatch']);
  });
});
