// Wrong verdicts found in session 29. Each case failed before its rule.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures/index';
import { generatesAt } from '../../server/src/judge/figureFacts';
import { figureJudged, writtenSources } from './judged';

const said = (j: { findings: { message: string }[] }) => j.findings.map((f) => f.message).join('\n');
const gen = (t: string, fig: string) => {
  const f = extractFigures(t, 'en').figures.find((x) => x.text === fig);
  assert.ok(f, `no figure ${fig} in ${t}`);
  return generatesAt(t, f.start, f.end, 'en');
};

// CI32 (judge28): once a plant needed a verb before its figure, "Units 1 and 2, with a combined nominal capacity of
// 800 MW" was no plant's, and "three 400 MW combined cycle units, 1,200 MW in total" neither; a plant's line was then
// judged by no plant's figure (800 MW unsupported, the application's 1,200 MW unsupported).
describe("trust29: a plant's figure after ', with' and a total after the plants it adds up", () => {
  it('reads the plant as the subject of ", with … capacity of"', () => {
    assert.equal(
      gen(
        'The Harlan Combined Cycle Units 1 and 2, with a combined capacity of 900 MW, enter service in 2028.',
        '900 MW',
      ),
      true,
    );
    assert.equal(
      gen('The new gas plant, with 1.1 gigawatts of capacity, will be finished in 2027.', '1.1 gigawatts'),
      true,
    );
    // (a campus with its demand is no plant)
    assert.equal(gen('The campus, with 1.2 GW of demand, sits beside the Harlan gas plant.', '1.2 GW'), false);
  });
  it('reads a total given right after the plants as theirs', () => {
    assert.equal(
      gen('The utility asked to build two combustion turbines, 1,500 megawatts in all, by 2029.', '1,500 megawatts'),
      true,
    );
    assert.equal(gen('It will add three gas turbines (about 1,100 MW combined) next year.', '1,100 MW'), true);
    assert.equal(gen('Crews will install six wind turbines, totaling 90 MW, on the ridge.', '90 MW'), true);
    // (a list's next item, and a campus's figure after a plant's, are not totals)
    assert.equal(
      gen('The deal covers 900 megawatts of wind generation and 450 megawatts of battery storage.', '450 megawatts'),
      false,
    );
    assert.equal(gen('Beside the two gas turbines, 1.2 GW of campus load is planned.', '1.2 GW'), false);
  });
  const order = writtenSources(
    {
      'psc-order.txt': [
        'PUBLIC SERVICE COMMISSION OF THE STATE OF MONTANA',
        '',
        'FINAL ORDER 7761c',
        '',
        'FINDINGS OF FACT',
        '',
        '4. On January 12, 2026, Big Sky Generation LLC applied for a certificate for four reciprocating engine units and two combustion turbines of approximately 210 MW each (840 MW of new generating capacity in total).',
        '',
        '9. The Commission grants a certificate for the two combustion turbines, with a combined capacity of 420 MW, and denies the application as to the remaining units.',
        '',
      ].join('\n'),
    },
    'xref-trust29-',
  );
  it('a written order: the certificate granted vouches for its 420 MW, and the application for its 840 MW', () => {
    const granted = figureJudged(
      order,
      'The commission granted a certificate for 420 MW of new generating capacity.\n',
      '420 MW',
    );
    assert.equal(granted.status, 'supported', said(granted));
    const applied = figureJudged(order, 'Big Sky applied for six units, 840 MW in total.\n', '840 MW');
    assert.equal(applied.status, 'supported', said(applied));
  });
  const county = writtenSources(
    {
      'harlan-herald.txt': [
        'Bluegrass campus clears county vote',
        '',
        'By Dana Whitt | Harlan Herald | May 8, 2026',
        '',
        'HARLAN, Ky. - Kentucky Gas & Light plans a 1.2-gigawatt natural gas plant next door to the Bluegrass data center campus, according to county filings.',
        '',
      ].join('\n'),
    },
    'xref-trust29-site-',
  );
  it("a campus's line is not vouched for by the plant's figure that happens to equal it", () => {
    const j = figureJudged(county, 'The Bluegrass campus will draw 1.2 GW.\n', '1.2 GW');
    assert.equal(j.status, 'unsupported', said(j));
  });
});
