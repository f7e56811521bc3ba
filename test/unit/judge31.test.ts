// Figure misses of unseen-40 and unseen-41 (issue 10, sets written blind, promoted to tuning in session 31), each
// traced to a general cause and tested on articles written here as their outlets would write them. Each case fails
// without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

// unseen-40: "승인된 취수 한도는 하루 1만 2천㎥다" against a ministry decree's "The maximum withdrawal is set at 9,500 cubic
// metres per day for phases 1 and 2, against 12,000 cubic metres per day requested by the applicant". The rule that an
// amount applied for vouches for no line saying the amount was granted (judge26) read an English application after the
// amount only right after it ("2.6 hm3 applied for", "… requested"): the rate the amount is written with, "per day",
// stood between, so the request vouched for the line (and the grant beside it was set aside as the request's sibling).
describe('judge31: an amount requested "per day" is still the request', () => {
  const u40 = loadSources(path.join(__dirname, '../fixtures/unseen-40/sources'));

  it('unseen-40: the request given as the approved cap is refuted by the cap', () => {
    const line = (v: string) => `냉각수는 하수처리수만 쓸 수 있으며, 승인된 취수 한도는 하루 ${v}다.\n`;
    const wrong = figureJudged(u40, line('1만 2천㎥'), '1만 2천㎥');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /9500|9,500/);
    assert.deepEqual(loud(figureJudged(u40, line('9,500㎥'), '9,500㎥')), []);
  });

  // A state water board's decision, written here as such boards publish them.
  const corpus = writtenSources(
    {
      'high-plains-water-board-decision.txt': [
        'HIGH PLAINS GROUNDWATER CONSERVATION BOARD',
        'Decision on Permit Application No. 2026-114 (Red Butte Data Campus)',
        'Issued 3 September 2026',
        '',
        'The Board grants the permit in part. It limits the Red Butte data campus to 1,800 acre-feet of groundwater a year from the Ogallala wells, against 2,600 acre-feet a year requested by the applicant. The applicant must meter every well and report monthly to the Board.',
        '',
      ].join('\n'),
    },
    'xref-judge31-applied-',
  );

  it('reads "N a year requested by" as the request on an article of its own', () => {
    const line = (v: string) => `The board approved ${v} of groundwater for the Red Butte data campus.\n`;
    assert.deepEqual(figureJudged(corpus, line('2,600 acre-feet a year'), '2,600 acre-feet').codes, [
      'figure-mismatch',
    ]);
    assert.deepEqual(loud(figureJudged(corpus, line('1,800 acre-feet a year'), '1,800 acre-feet')), []);
    // (a line that says it was requested is vouched for by the request, as before)
    const asked = 'The Red Butte data campus requested 2,600 acre-feet of groundwater a year.\n';
    assert.deepEqual(loud(figureJudged(corpus, asked, '2,600 acre-feet')), []);
  });
});

// unseen-41: "총사업비는 8조 2천억 원으로 당초 계획에서 변동 없음" against a city's answer "총사업비가 당초 8조 2천억 원에서 8조 9천억
// 원으로 늘었습니다". A line that says its level is today's ("현재", "still") is refuted by the level a source says the
// figure changed to (the level before it is of then); a line that says its level has not changed says so too, but
// only words of now were read, and the 당초 of "당초 계획에서" made it a level of then: the old level got a ✓.
describe('judge31: a level said to be unchanged is a level of now', () => {
  const u41 = loadSources(path.join(__dirname, '../fixtures/unseen-41/sources'));

  it('unseen-41: "변동 없음" with the level before a change is refuted by the level after it', () => {
    const wrong = figureJudged(u41, '□ 총사업비는 8조 2천억 원으로 당초 계획에서 변동 없음\n', '8조 2천억 원');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /8조 9천억/);
    // (the same level given as then is still right)
    assert.deepEqual(loud(figureJudged(u41, '□ 총사업비는 당초 8조 2천억 원이었음\n', '8조 2천억 원')), []);
    assert.deepEqual(loud(figureJudged(u41, '□ 총사업비는 8조 9천억 원으로 늘었음\n', '8조 9천억 원')), []);
  });

  // A county paper's report, written here.
  const corpus = sweetwater('rose from', 'xref-judge31-unchanged-');

  it('reads "unchanged" as now on an article of its own', () => {
    const line = (v: string) => `The estimated cost of the Cedar Flats data campus is unchanged at ${v}.\n`;
    assert.deepEqual(figureJudged(corpus, line('$6.2 billion'), '$6.2 billion').codes, ['figure-mismatch']);
    // (the old level given as the old level, and the new one, are right)
    const then = 'The estimated cost of the Cedar Flats data campus was first put at $6.2 billion.\n';
    assert.deepEqual(loud(figureJudged(corpus, then, '$6.2 billion')), []);
    const now = 'The estimated cost of the Cedar Flats data campus is $7.1 billion.\n';
    assert.deepEqual(loud(figureJudged(corpus, now, '$7.1 billion')), []);
  });
});

// unseen-41: "Hanbyeol Electric's order is 38 transformers for $241 million" against a governor's release, "Northwater
// Digital has ordered 38 large power transformers from Hanbyeol Electric, a $214 million order". Orders are a measure
// of the lexicon, but the English noun was read only in set phrases ("orders", "order for", "order worth"): the line's
// money named no measure, so it was read as an investment, and a source amount whose clause names orders measures
// something else. "order is", "order was", "order totals", "order valued" name the noun as surely as "order worth".
describe('judge31: "the order is/was …" names an order', () => {
  const u41 = loadSources(path.join(__dirname, '../fixtures/unseen-41/sources'));

  it("unseen-41: a wrong order amount is refuted by the release's order", () => {
    const line = (v: string) => `Hanbyeol Electric's order is 38 transformers for ${v}.\n`;
    const wrong = figureJudged(u41, line('$241 million'), '$241 million');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /\$214 million/);
    assert.deepEqual(loud(figureJudged(u41, line('$214 million'), '$214 million')), []);
  });

  // A trade journal's item, written here.
  const corpus = writtenSources(
    {
      'switchgear-weekly-tidewater.txt': [
        'Switchgear Weekly — 2 November 2026',
        '',
        'Tidewater lands Pier 9 campus work',
        '',
        'Harbor Compute has ordered medium-voltage switchgear worth $57 million from Tidewater Switchgear for its Pier 9 data campus in Norfolk, the supplier said on Monday. Deliveries start in the spring of 2027.',
        '',
      ].join('\n'),
    },
    'xref-judge31-order-',
  );

  it('reads the copula after "order" on an article of its own', () => {
    const line = (v: string) =>
      `Tidewater Switchgear's order is ${v} of switchgear for Harbor Compute's Pier 9 data campus.\n`;
    assert.deepEqual(figureJudged(corpus, line('$75 million'), '$75 million').codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(corpus, line('$57 million'), '$57 million')), []);
  });
});

// Found writing the article above: "has risen from $6.2 billion to $7.1 billion" was read as no revision (REVISED had
// "rose", "grew", "fell" but not their participles), so the level before it still stood for a line that says its level
// is today's ("now stands at $6.2 billion"): the line was left unsupported, the new level set aside.
describe('judge31: "has risen", "has grown", "has fallen" revise a figure', () => {
  const corpus = sweetwater('has risen from', 'xref-judge31-risen-');

  it('a level of now given as the level before is refuted by the level it has risen to', () => {
    const line = (v: string) => `The estimated cost of the Cedar Flats data campus now stands at ${v}.\n`;
    const wrong = figureJudged(corpus, line('$6.2 billion'), '$6.2 billion');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /\$7\.1 billion/);
    assert.deepEqual(loud(figureJudged(corpus, line('$7.1 billion'), '$7.1 billion')), []);
    const then = 'The estimated cost of the Cedar Flats data campus was first put at $6.2 billion.\n';
    assert.deepEqual(loud(figureJudged(corpus, then, '$6.2 billion')), []);
  });
});

/** A county paper's report of the Cedar Flats campus's cost, its revision written with `verb` ("rose from"). */
function sweetwater(verb: string, prefix: string) {
  return writtenSources(
    {
      'sweetwater-sentinel-cost.txt': [
        'Sweetwater Sentinel — 18 October 2026',
        '',
        'Cedar Flats campus now put at $7.1 billion',
        '',
        `The estimated cost of the Cedar Flats data campus ${verb} $6.2 billion to $7.1 billion, county officials said on Friday, citing the price of transformers and switchgear. The developer still expects the first hall to open in 2028.`,
        '',
      ].join('\n'),
    },
    prefix,
  );
}
