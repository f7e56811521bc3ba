// Session 35 (link35): planted wrong figures read as "unsupported" although a source states the right value. The
// cause traced here: a line that names its site ("at the Rio Bravo campus") was refuted only by a source sentence
// that names the site too or marks its own figure as a site's; an article about one site names it in its headline and
// its opening, and its later sentences say "the campus" or nothing ("…, and Microsoft has signed for 300 megawatts"),
// so the right figure was never a candidate that could refute. Each case fails without the rule (judge/figures.ts
// partRelation, ofHeadlineSite).
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

describe("link35: an unmarked figure of an article about one site is that site's", () => {
  // A trade outlet's story on one campus, written here: other names and numbers, the shape of the tuning set's.
  const story = (headline: string, opening: string) =>
    [
      `# ${headline}`,
      '',
      '*Prairie Data Wire, September 14, 2026*',
      '',
      opening,
      '',
      'Nvidia will lease 600 megawatts of the campus for its DGX Cloud service, and SoftBank has signed for 250 megawatts, Tallgrass Digital said. The first halls are due in the first half of 2028.',
      '',
      'Cottonwood County commissioners approved a property tax abatement for the project in May.',
      '',
    ].join('\n');
  // Another story of the outlet's, so that the corpus's words weigh as in a real one.
  const grid = [
    '# Utility files plan for new transmission line in southwest Minnesota',
    '',
    '*Prairie Data Wire, August 2, 2026*',
    '',
    'Great River Power has asked regulators to approve a 345-kilovolt line that would carry 1,200 megawatts from wind farms near Pipestone.',
    '',
    'The utility said the line would cost about $640 million and could be built by 2029.',
    '',
  ].join('\n');
  const oneSite = writtenSources(
    {
      'prairie-data-wire-grid.md': grid,
      'prairie-data-wire-sandhill.md': story(
        'Sandhill Crossing campus lands two anchor tenants',
        'WINDOM, Minnesota — The Sandhill Crossing data center campus west of Windom has signed its first two tenants, its developer, Tallgrass Digital, said on Friday.',
      ),
    },
    'xref-link35-one-',
  );

  it("refutes a line naming the site with the other tenant's amount, and vouches for the right one", () => {
    const wrong = figureJudged(
      oneSite,
      'SoftBank has signed for 600 megawatts at the Sandhill Crossing campus.\n',
      '600 megawatts',
    );
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /250 megawatts/);
    const right = figureJudged(
      oneSite,
      'SoftBank has signed for 250 megawatts at the Sandhill Crossing campus.\n',
      '250 megawatts',
    );
    assert.deepEqual(loud(right), []);
    assert.equal(right.status, 'supported');
  });

  it('says nothing when the headline names another site too, nor for a line on another site', () => {
    const twoSites = writtenSources(
      {
        'prairie-data-wire-grid.md': grid,
        'prairie-data-wire-two.md': story(
          'Sandhill Crossing and Lone Tree campuses land anchor tenants',
          'WINDOM, Minnesota — The Sandhill Crossing campus west of Windom and the Lone Tree campus near Worthington have signed their first tenants, their developer, Tallgrass Digital, said on Friday.',
        ),
      },
      'xref-link35-two-',
    );
    const line = 'SoftBank has signed for 600 megawatts at the Sandhill Crossing campus.\n';
    assert.deepEqual(loud(figureJudged(twoSites, line, '600 megawatts')), []);
    // another site's line is not refuted by the one site's article either
    assert.deepEqual(
      loud(figureJudged(oneSite, 'SoftBank has signed for 600 megawatts at the Lone Tree campus.\n', '600 megawatts')),
      [],
    );
  });

  // unseen-recall: "Microsoft has signed for 900 megawatts at the Rio Bravo campus." (300; Oracle's is 900)
  it("refutes the tuning set's line in English and in Korean (unseen-recall)", () => {
    const corpus = loadSources(path.join(__dirname, '../fixtures/unseen-recall/sources'));
    const en = figureJudged(
      corpus,
      'Microsoft has signed for 900 megawatts at the Rio Bravo campus.\n',
      '900 megawatts',
    );
    assert.deepEqual(en.codes, ['figure-mismatch']);
    assert.match(en.mismatches[0].message, /300 megawatts/);
    const ko = figureJudged(corpus, '마이크로소프트는 리오브라보 캠퍼스에서 900MW를 계약함.\n', '900MW');
    assert.deepEqual(ko.codes, ['figure-mismatch']);
  });
});
