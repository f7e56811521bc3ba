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

// unseen-37's Korean memo: "현재 해동의 출자 예정액은 2조 6,600억 원으로 …" against a local paper's column: "해동디지털인프라는
// 지난 4월 8일 공정공시에서 총사업비를 약 19조 원, 자사 출자 예정액을 2조 6,600억 원으로 밝혔다. 그런데 10월 23일 정정공시에서
// 총사업비는 21조 원, 출자 예정액은 2조 9,400억 원으로 늘었다." The first sentence was not read as of then (no 당초 or "was":
// it dates itself, 지난 4월 8일), and the second gives two amounts, so which one the stake changed to was not said: the
// superseded stake got a ✓.
describe('judge29: a level dated in the past, and the next sentence’s levels in its place', () => {
  const corpus = writtenSources(
    {
      'gyeongnam-column-ko.txt': [
        '[기고] 사천 데이터센터, 숫자로 본 전력 셈법',
        '',
        '먼저 돈이다. 대한정밀은 지난 3월 12일 공정공시에서 사천 캠퍼스 총사업비를 약 4조 원, 자사 출자 예정액을 6,200억 원으로 밝혔다. 그런데 9월 30일 정정공시에서 총사업비는 4조 5천억 원, 출자 예정액은 7,100억 원으로 늘었다. 지분 30%는 그대로다.',
        '',
      ].join('\n'),
      'kestrel-trade-press.txt': [
        'Kestrel Power lifts Millbrook campus budget',
        '',
        'Kestrel Power disclosed the Millbrook campus plan to the exchange last April, putting the total cost at about $4 billion and its own equity contribution at $620 million. In a corrected filing, the total cost rose to $4.5 billion and the equity contribution to $710 million.',
        '',
      ].join('\n'),
      'alder-county-news.txt': [
        'Alder campus cost climbs',
        '',
        'The Alder campus was planned at $4 billion, with a $1 billion first phase. The cost has since increased to $5 billion, with $2 billion of state grants.',
        '',
      ].join('\n'),
      'harrow-ir-faq.txt': [
        'Harrow Data: frequently asked questions on the Fenwick campus',
        '',
        'The total investment in the Fenwick campus is now estimated at US$7.5 billion, up from the US$6.0 billion we announced in March. Most of the increase of US$1.5 billion comes from the cooling system.',
        '',
      ].join('\n'),
    },
    'xref-judge29-dated-',
  );

  it('refutes the level before given as today’s, by the level in its place', () => {
    const ko = (v: string) => `현재 대한정밀의 출자 예정액은 ${v}임.\n`;
    assert.deepEqual(figureJudged(corpus, ko('6,200억 원'), '6,200억 원').codes, ['figure-mismatch']);
    assert.deepEqual(figureJudged(corpus, ko('7,100억 원'), '7,100억 원').codes, []);
    const en = (v: string) => `Kestrel Power's equity contribution now stands at ${v}.\n`;
    assert.deepEqual(figureJudged(corpus, en('$620 million'), '$620 million').codes, ['figure-mismatch']);
    assert.deepEqual(figureJudged(corpus, en('$710 million'), '$710 million').codes, []);
  });

  it('pairs the next sentence’s levels only where their clauses name the same thing', () => {
    const j = figureJudged(corpus, 'The Alder campus’s first phase now costs $1 billion.\n', '$1 billion');
    assert.deepEqual(j.codes, []);
  });

  it('leaves the level before alone when the line does not say it is today’s', () => {
    const j = figureJudged(corpus, '대한정밀은 3월 공시에서 출자 예정액을 6,200억 원으로 밝혔음.\n', '6,200억 원');
    assert.deepEqual(j.codes, []);
  });

  it('reads no change from a sentence that says its level is now’s, nor a change’s size as a level', () => {
    const j = figureJudged(
      corpus,
      'The total investment in the Fenwick campus now stands at US$7.5 billion.\n',
      'US$7.5 billion',
    );
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
});
