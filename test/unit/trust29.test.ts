// Wrong verdicts found in session 29. Each case failed before its rule.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures/index';
import { generatesAt } from '../../server/src/judge/figureFacts';
import { countPhase } from '../../server/src/judge/counted';
import { formsAlike, koreanWordForms, latinForms, soundAlike } from '../../server/src/text/translit';
import { splitSentences } from '../../server/src/text/sentences';
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

// unseen-36's draft: "Construction should employ 3,800 people, and 650 jobs will be permanent." against "The project is
// expected to create 3,800 jobs during construction and 650 permanent jobs." The stage was read after "construction
// will" but not "construction should", so the people were no construction stage's and found no jobs of it; two other
// sites' construction crews refuted the line.
describe('trust29: the stage a count is of, after a modal other than will', () => {
  const phase = (t: string, fig: string) => {
    const figs = extractFigures(t, 'en').figures;
    const f = figs.find((x) => x.text === fig)!;
    return countPhase(
      t,
      f.start,
      f.end,
      'en',
      figs.filter((x) => x !== f),
    );
  };
  it('reads "Construction should employ", "is projected to require", "may need"', () => {
    assert.equal(
      phase('Construction should employ 3,800 people, and 650 jobs will be permanent.', '3,800 people'),
      'phase:construction',
    );
    assert.equal(
      phase('Construction is projected to require about 2,000 workers.', '2,000 workers'),
      'phase:construction',
    );
    assert.equal(phase('Construction may need up to 1,200 people at its peak.', '1,200 people'), 'phase:construction');
  });
  it('judges the line by the construction jobs it restates', () => {
    const herald = writtenSources(
      {
        'herald.txt':
          'Kadalur campus gets nod\n\nBy R. Mani | The Coromandel Herald | June 11, 2026\n\nCHENNAI: The Kadalur data centre project is expected to create 3,800 jobs during construction and 650 permanent jobs.\n\nThe Hambantota project is expected to employ 2,200 people during construction and 350 permanently.\n',
      },
      'xref-trust29-stage-',
    );
    const j = figureJudged(
      herald,
      'At Kadalur, construction should employ 3,800 people, and 650 jobs will be permanent.\n',
      '3,800 people',
    );
    assert.equal(j.status, 'supported', said(j));
  });
});

// unseen-36's 보고서: "마하라슈트라주는 … 745억 루피의 인센티브를 승인했으며, … 상시 고용 1,000명 이상" against a Government
// Resolution's "shall not exceed Rs. 7,450 crore" and "not less than 1,000 persons". A state's name with 주 after it was no
// sound of "Maharashtra", nor was 슈 (an sh before a consonant) heard at all; and "Rs." ended a sentence, leaving
// "7,450 crore" without its currency.
describe('trust29: a state written with 주, an sh written 슈, and "Rs." before an amount', () => {
  it('hears 마하라슈트라주 as Maharashtra, 텍사스주 as Texas, 애슈턴 as Ashton', () => {
    assert.equal(soundAlike('마하라슈트라', 'maharashtra'), true);
    assert.equal(soundAlike('애슈턴', 'ashton'), true);
    const heard = (ko: string, en: string) =>
      koreanWordForms(ko).some((k) => latinForms(en).some((e) => formsAlike(k, e)));
    assert.equal(heard('마하라슈트라주', 'maharashtra'), true);
    assert.equal(heard('텍사스주', 'texas'), true);
    // (주 after a word too short to be a state's name is not taken off: 가주 is no "ga")
    assert.equal(heard('가주', 'gaza'), false);
  });
  it('does not end a sentence at "Rs."', () => {
    const text = 'The total shall not exceed Rs. 7,450 crore, as follows.';
    assert.equal(splitSentences(text, [{ start: 0, end: text.length }], 'en').length, 1);
  });
  it('vouches for the Korean line from the English resolution', () => {
    const gr = writtenSources(
      {
        'gr.txt': [
          'Government of Maharashtra',
          'Industries, Energy and Labour Department',
          'Government Resolution No. IDC-2026/CR-41/IND-8',
          'Dated: 14 May 2026',
          '',
          '2.  The Company shall be eligible for a customised package of incentives, the total of which',
          '    shall not exceed Rs. 7,450 crore, as follows:',
          '',
          '3.  (ii)  The Company shall provide direct permanent employment to not less than 1,000',
          '          persons, of whom not less than 80 per cent shall be persons domiciled in Maharashtra.',
          '',
        ].join('\n'),
      },
      'xref-trust29-gr-',
    );
    const line =
      '마하라슈트라주는 최대 745억 루피의 인센티브를 승인했으며, 조건으로 상시 고용 1,000명 이상을 요구했다.\n';
    for (const fig of ['745억 루피', '1,000명']) assert.equal(figureJudged(gr, line, fig).status, 'supported', fig);
  });
});
