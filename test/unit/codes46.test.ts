// Currency codes that are also English words or other capitals (BAM, MAD, PEN, ALL, GEL, TOP, …; domain/en.json
// currencyCodes.ambiguous). Bosnian, Moroccan and Peruvian papers in English write their money with them ("BAM 2,100
// net a month", "MAD 1.2bn"); the scanner left them unread, so unseen-69's planted `general labour gets BAM 1,540` (the
// source: BAM 1,450) was read "figure unsupported". The article below came first, as a Sarajevo business weekly's
// English edition writes such a story; the rule after: such a code is money before an amount that reads as money (a
// scale word, thousands groups, two decimals), not in a line of capitals.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loud, writtenSources } from './judged';

const read = (t: string) =>
  extractFigures(t, /[가-힣]/.test(t) ? 'ko' : 'en').figures.map((f) => [f.text, f.unit, f.value]);

const ARTICLE = `Tuzla data centre site pays welders above canton average

By Amra Hadžić | Sarajevo Business Weekly | 3 November 2026

TUZLA - Contractors building the Stargate campus on the former ash fields at Bukinje are paying certified welders BAM 2,100 net a month and general labourers BAM 1,450 net, according to pay scales posted at the site gate.

The canton's average net wage was about BAM 1,380 in September, the statistics office said.

The city council set the campus's land-use fee at BAM 1.4m a year last month.
`;

describe('codes46: currency codes that are also words', () => {
  it('reads BAM, MAD and PEN before an amount that reads as money', () => {
    assert.deepEqual(read('Certified welders earn BAM 2,100 net a month.'), [['BAM 2,100', 'BAM', '2100']]);
    assert.deepEqual(read('The land-use fee is BAM 1.4m a year.'), [['BAM 1.4m', 'BAM/year', '1400000']]);
    assert.deepEqual(read('Rabat approved a MAD 1.2bn data centre.'), [['MAD 1.2bn', 'MAD', '1200000000']]);
    assert.deepEqual(read('A Lima contractor pays PEN 2,300 a month.'), [['PEN 2,300', 'PEN/month', '2300']]);
  });
  it('leaves such capitals alone where they are words or a line of capitals', () => {
    for (const t of [
      'TOP 10 sites for data centres',
      'ALL 2,000 WORKERS TO BE HIRED LOCALLY',
      'GEL 4 and PEN 2 were tested',
    ])
      assert.ok(!read(t).some(([, unit]) => unit === 'ALL' || unit === 'TOP' || unit === 'GEL' || unit === 'PEN'), t);
  });
  it('a changed BAM wage is refuted by the article, the right one supported', () => {
    const corpus = writtenSources({ 'sbw-tuzla-wages.txt': ARTICLE });
    const wrong = figureJudged(corpus, 'At Bukinje general labourers get BAM 1,540 net a month.\n', 'BAM 1,540');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.equal(loud(wrong).length, 1);
    const right = figureJudged(corpus, 'At Bukinje general labourers get BAM 1,450 net a month.\n', 'BAM 1,450');
    assert.equal(right.status, 'supported');
  });
});
