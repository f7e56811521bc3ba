// Planted wrong figures the checker left unjudged (issue 10), one mechanism each. The articles of
// test/fixtures/unseen-recall/ were written first (a South Dakota paper, a Korean regional daily), the report and its key
// after; each rule was then measured on unseen-6, unseen-7 and, counts only, on the held-out sets.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { figureVerdict } from './figureVerdict';
import { extractFigures } from '../../server/src/extract/figures';
import type { Lang } from '../../server/src/extract/figures/units';
import { scoreReport, totals } from '../../scripts/eval';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-recall');
const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false, workers: 0 });

const verdict = figureVerdict(corpus);

const unitOf = (text: string, lang: Lang, fig: string) =>
  extractFigures(text, lang).figures.find((f) => f.text === fig)?.unit;

describe('unseen recall: a rate over another period', () => {
  it('a Korean period stands before the noun the amount is of ("연간 전기요금만 약 2400억원")', () => {
    assert.equal(unitOf('연간 전기요금만 약 2400억원을 낼 것으로 추산됐다.', 'ko', '2400억원'), 'KRW/year');
    assert.equal(unitOf('월 매출 500억원을 올렸다.', 'ko', '500억원'), 'KRW/month');
    // no period word: an amount, not a rate
    assert.equal(unitOf('지난해 매출은 약 3조9000억원이었다.', 'ko', '3조9000억원'), 'KRW');
  });
  it('an English period on the noun an amount is of ("$12 million in annual sales tax revenue")', () => {
    assert.equal(
      unitOf('About $12 million in annual sales tax revenue for the state.', 'en', '$12 million'),
      'USD/year',
    );
    assert.equal(unitOf('It paid $2 million in monthly rent.', 'en', '$2 million'), 'USD/month');
    assert.equal(unitOf('It earned $4 billion in 2025.', 'en', '$4 billion'), 'USD');
    assert.equal(
      verdict(
        'Northgate expects about $12 million a month in sales tax revenue for the state during construction.',
        '$12 million',
      ),
      'figure-mismatch',
    );
  });
  it('per year stated per month is refuted by the yearly amount, in both languages', () => {
    assert.equal(
      verdict('The Pierre campus would pay about $18 million a month in property taxes.', '$18 million'),
      'figure-mismatch',
    );
    assert.equal(verdict('영광 데이터센터의 전기요금은 월 약 2400억원으로 추산됨.', '2400억원'), 'figure-mismatch');
  });
  it('the same rate over a month is the yearly amount divided by twelve', () => {
    assert.equal(
      verdict('The Pierre campus would pay about $1.5 million a month in property taxes.', '$1.5 million'),
      'supported',
    );
    assert.equal(verdict('영광 데이터센터의 전기요금은 월 200억원 안팎으로 추산됨.', '200억원'), 'supported');
    // the sentence's own yearly figure is its source, not evidence against the monthly one
    assert.equal(
      verdict(
        'That is about $1.5 million a month for a county that collected about $41 million a year from all property.',
        '$1.5 million',
      ),
      'supported',
    );
  });
});

describe('unseen recall: "ones" counts the noun of the count before it', () => {
  it('reads "1,600 permanent ones" as jobs, narrowed by "permanent"', () => {
    const figs = extractFigures(
      'Northgate expects about 900 construction jobs at the peak and 1,600 permanent ones.',
      'en',
    ).figures;
    const ones = figs.find((f) => f.text === '1,600 permanent ones');
    assert.equal(ones?.unit, 'jobs');
    // "ones of" is no pro-form of a count; and with no count before it, "ones" counts nothing known
    assert.notEqual(unitOf('The county has 3 data centers and sold 2 ones of them.', 'en', '2 ones'), 'datacenters');
    assert.notEqual(unitOf('It has 2 new ones.', 'en', '2 new ones'), 'jobs');
  });
  it('a tenfold count of "permanent ones" is refuted by the permanent jobs, the true one supported', () => {
    assert.equal(
      verdict(
        'Northgate expects about 900 construction jobs at the peak and 1,600 permanent ones.',
        '1,600 permanent ones',
      ),
      'figure-mismatch',
    );
    assert.equal(
      verdict(
        'Northgate expects about 900 construction jobs at the peak and 160 permanent ones.',
        '160 permanent ones',
      ),
      'supported',
    );
  });
});

describe("unseen recall: a source sentence tells which of its counts is the claim's", () => {
  // "The campus will create about 2,000 jobs while it is being built and 180 permanent jobs once it opens in 2028."
  it("the count narrowed as the claim is refutes it; the sentence's other count does not vouch for it", () => {
    assert.equal(
      verdict(
        'Aurora says the Wheatland campus will create 1,800 permanent jobs once it opens in 2028.',
        '1,800 permanent jobs',
      ),
      'figure-mismatch',
    );
    // too far from the sentence to refute it, and no wrong ✓ from "about 2,000 jobs" either
    assert.notEqual(
      verdict(
        'Aurora Grid Data expects 1,800 permanent jobs at the Wheatland County campus once it opens.',
        '1,800 permanent jobs',
      ),
      'supported',
    );
  });
  it('a count narrowed by nothing is still judged by the count narrowed by nothing', () => {
    assert.equal(
      verdict('Aurora says the Wheatland campus will create about 2,000 jobs while it is built.', '2,000 jobs'),
      'supported',
    );
  });
});

describe('unseen recall: the company whose clause holds a source figure', () => {
  // "Oracle will lease 900 megawatts of the campus for OpenAI's Stargate venture, and Microsoft has signed for 300
  // megawatts, Mesquite Digital said."
  it("a figure another company's clause states neither vouches for the claim nor refutes it", () => {
    assert.equal(
      verdict('Microsoft has signed for 900 megawatts of the campus, Mesquite Digital said.', '900 megawatts'),
      'figure-mismatch',
    );
    // Rio Bravo is named only in the headline and the lead: the article is about that one site, so its unmarked 300 is
    // the campus's (link35, ofHeadlineSite) and refutes the line naming the site
    assert.equal(
      verdict('Microsoft has signed for 900 megawatts at the Rio Bravo campus.', '900 megawatts'),
      'figure-mismatch',
    );
  });
  it('in Korean too: "오라클은 … 900메가와트(MW)를 임차하고, 마이크로소프트는 300MW를 계약했다"', () => {
    assert.equal(verdict('마이크로소프트는 리오브라보 캠퍼스에서 900MW를 계약함.', '900MW'), 'figure-mismatch');
    assert.equal(verdict('오라클은 리오브라보 캠퍼스에서 900MW를 임차함.', '900MW'), 'supported');
  });
  it("each company's own figure still vouches for it", () => {
    assert.equal(verdict('Oracle will lease 900 megawatts of the campus for Stargate.', '900 megawatts'), 'supported');
    assert.equal(
      verdict('Microsoft has signed for 300 megawatts of the campus, Mesquite Digital said.', '300 megawatts'),
      'supported',
    );
  });
});

describe('unseen recall: the report', () => {
  it('keeps every true line clean and flags only planted mistakes', () => {
    const score = scoreReport(path.join(DIR, 'reports', 'host-costs.key.json'));
    const t = totals([score]);
    assert.equal(t.trueClean, t.trueLines, JSON.stringify(score));
    assert.equal(t.precision, 1);
    // every planted line but one: the sales tax per month as first written ("the state will collect … while the Pierre
    // campus is built": it shares too little of the release's subject to be judged, whatever the unit; the line
    // reworded closer to the release was caught, but a report is not written for the checker). (Microsoft given
    // Oracle's megawatts at the Rio Bravo campus, in both languages, is refuted since link35.)
    assert.equal(t.found, t.planted - 1, JSON.stringify(score));
  });
});

// Once a known miss: "Samsung Electronics will supply 400,000 DRAM wafers a month and SK hynix will ship 500,000 DRAM
// wafers a month" was one clause to the subject reader (no comma before "and"), and SK hynix's 500,000 vouched for
// "Samsung Electronics will supply 500,000". A company the lexicon knows opening a clause after "and" with a verb of
// doing now owns that clause's figures (figureFacts.ts clauseActor, ok19); the company as an object ("It sold its
// entire Nvidia stake for $5.8 billion", unseen-7) opens no clause and is not read so.
describe('unseen recall: once a known miss', () => {
  it("a company given the other company's volume from the same source sentence", () => {
    assert.equal(
      verdict(
        'Samsung Electronics will supply 500,000 DRAM wafers a month under its Stargate contract.',
        '500,000 DRAM wafers',
      ),
      'figure-mismatch',
    );
  });
});
