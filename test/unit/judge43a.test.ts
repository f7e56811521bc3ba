// True lines of unseen-64 and unseen-65 (promoted to tuning in session 43) that got a ✗ where the writer worked a
// figure out from the sources (a sum over sites, a share of the line's own amount, a share of a share), each traced to
// a general cause and tested on articles and report lines written here as an outlet and a writer would write them,
// then on the fixture line. Each case fails without its rule.
import { strict as assert } from 'assert';
import { countedSumAt } from '../../server/src/judge/countedSum';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const BLP = 'blp-credit-note-istmo-digital-stargate-pacifico-bridge.md';
const RCA = 'rca-members-brief-stargate-kribi-savannakhet-rivers.md';

/** Whether the figure `fig` of an English `text` is read as a sum over a count of things (the sentence's figures read). */
const counted = (text: string, fig: string) => {
  const at = text.lastIndexOf(fig);
  assert.ok(at >= 0, fig);
  return countedSumAt(text, at, at + fig.length, 'en', extractFigures(text, 'en').figures);
};

// unseen-65 rca L53, "The two campuses add up to 350 MW and USD 5.4bn at current figures, and at most 3,300 m³ of river
// water a day." (true: 900 + 2,400 m³). The clause after ", and" gives its amount with no subject or verb of its own:
// read alone, it was no sum over the two campuses, and one campus's 900 m³ a day refuted it.
describe('judge43a: a clause that is a conjunction and an amount goes on with the sum before it', () => {
  it('reads the amount of an elliptic clause as the sum its clause before gives', () => {
    assert.ok(counted('Together the three sites come to 1,400 MW, and about 5,000 m³ of water a day.', '5,000 m³'));
    assert.ok(counted('Both plants combined draw 900 MW, and at most $2bn of grid upgrades.', '$2bn'));
    // (an amount of the kind the sum already gave is another part, and a clause with a verb of its own is its own)
    assert.equal(counted('Together the three come to 1,600 MW, and about 900 MW more is planned.', '900 MW'), false);
    assert.equal(counted('Together the three come to 1,600 MW, and Narva alone draws 600 m³ a day.', '600 m³'), false);
  });

  const corpus = writtenSources(
    {
      'baltic-wire.md': [
        '# Narva campus gets its water permit',
        '',
        '*Baltic Wire, 4 May 2026*',
        '',
        'Under the permit issued on Monday, Stargate may draw at most 1,200 cubic metres of water a day from the Narva river for cooling.',
        '',
      ].join('\n'),
      'tartu-daily.md': [
        '# Tartu data centre water use capped',
        '',
        '*Tartu Daily, 12 June 2026*',
        '',
        'Stargate may take no more than 800 cubic metres of water a day from the Emajõgi river at Tartu, the environment board ruled.',
        '',
      ].join('\n'),
      'err-grid.md': [
        '# Elering signs grid deals for data centres',
        '',
        '*ERR News, 2 July 2026*',
        '',
        'The grid operator will connect 300 MW at Narva and 150 MW at Tartu by 2028, creating 240 permanent jobs, Elering said.',
        '',
      ].join('\n'),
    },
    'xref-judge43a-sum-',
  );
  it("does not refute the writer's sum over two campuses by one campus's water", () => {
    const text = [
      '# Two rivers, two campuses: Stargate Narva and Stargate Tartu',
      '',
      '## Together',
      '',
      'The two campuses add up to 450 MW at current figures, and at most 2,000 m³ of river water a day.',
      '',
    ].join('\n');
    const j = figureJudged(corpus, text, '2,000 m³');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-65 rca L53: 3,300 m³ is not flagged', () => {
    const j = reportLineJudged('unseen-65', RCA, 53, '3,300 m³');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-65 blp L13, "… the deal was signed in Guatemala City on 18 February." (true: the podcast's "We signed on the
// 18th of February in Guatemala City."). A day written as an ordinal before "of" and its month was no date, so the one
// source of the signing gave nothing, and a Lao concession's "signed on May 28" refuted the line.
describe('judge43a: a day written as an ordinal before its month is a date', () => {
  it('reads "the 18th of February", "22nd March 2026"', () => {
    const dates = (t: string) =>
      extractFigures(t, 'en')
        .figures.filter((f) => f.kind === 'date')
        .map((f) => f.value);
    assert.deepEqual(dates('We signed on the 18th of February in Guatemala City.'), ['--02-18']);
    assert.deepEqual(dates('The board met on the 22nd March 2026.'), ['2026-03-22']);
    assert.deepEqual(dates('It came 3rd of 12 bidders in the 18th-century hall.'), []);
  });

  const corpus = writtenSources(
    {
      'caucasus-podcast.txt': [
        'Caucasus Build, episode 12: the Rustavi campus',
        '',
        'Host: When was the lease done?',
        '',
        'Guest: We signed the land lease on the 3rd of March in Tbilisi, after two years of talks.',
        '',
      ].join('\n'),
      'steppe-times.md': [
        '# Samarkand campus lease signed',
        '',
        '*Steppe Times, 11 April 2026*',
        '',
        'The land lease for the Samarkand campus was signed on April 9 in Tashkent, the capital, officials said.',
        '',
      ].join('\n'),
    },
    'xref-judge43a-ordinal-',
  );
  it('vouches for the date the podcast gives, not refuting it by another lease', () => {
    const text = '# Rustavi\n\nThe land lease was signed in Tbilisi on 3 March.\n';
    const j = figureJudged(corpus, text, '3 March.');
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });
  it('unseen-65 blp L13: 18 February is not flagged', () => {
    const j = reportLineJudged('unseen-65', BLP, 13, '18 February.');
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });
});

// unseen-65 blp L15, "Total investment is USD 4.2bn, roughly GTQ 32.3bn at 7.70; IDH's 40% of that would be about USD
// 1.68bn." (true: 40% of 4.2 is 1.68). The share the line works out of its own amount was read as a level of its own, and
// another campus's "total investment rises from USD 2.9 billion to USD 3.3 billion" refuted it.
describe('judge43a: a share the line works out of its own amount by its own percent', () => {
  const corpus = writtenSources(
    {
      'caspian-podcast.txt': [
        'Caspian Infra, episode 7: the Sumgait campus',
        '',
        'Host: How big is the bill?',
        '',
        'Guest: The total investment is 4.5 billion dollars. The project company is 60 percent Stargate and 40 percent Absheron Digital.',
        '',
      ].join('\n'),
      'poti-release.md': [
        '# Stargate Poti: investment raised',
        '',
        '*Poti Free Zone Authority, 9 September 2026*',
        '',
        'At Poti, where Absheron Digital is also a partner, the total investment rises from USD 2.9 billion to USD 3.3 billion, about GEL 8.9 billion at 2.70 lari to the dollar.',
        '',
      ].join('\n'),
      'sumgait-today.md': [
        '# Sumgait council backs rezoning',
        '',
        '*Sumgait Today, 14 May 2026*',
        '',
        'The council voted 17 to 4 to rezone 60 hectares of the chemical park for the campus.',
        '',
      ].join('\n'),
      'baku-energy.md': [
        '# Grid link for Sumgait',
        '',
        '*Baku Energy Wire, 3 April 2026*',
        '',
        'Azerenerji will build a 42 km line to the Sumgait campus by 2028.',
        '',
      ].join('\n'),
    },
    'xref-judge43a-ownshare-',
  );
  it("does not refute the partner's worked-out share by another campus's total investment", () => {
    const text = "Total investment is USD 4.5bn; Absheron Digital's 40% of that would be about USD 1.8bn.\n";
    const j = figureJudged(corpus, text, 'USD 1.8bn');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-65 blp L15: USD 1.68bn is not flagged', () => {
    const j = reportLineJudged('unseen-65', BLP, 15, 'USD 1.68bn');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-64 prut L9, "DGI is itself 40% state-owned through the Public Assets Agency, so the state holds an indirect 12%
// of the project." after a paragraph ending "…, 70% Stargate and 30% Danube Gate Infrastructure (DGI)." (true: 40% of
// 30%). The minister's note restates the 40% ("DGI itself is owned 60% by Prut Capital Partners and 40% by the state"),
// and its other percent, the other holder's 60%, stood in the place of the 12%. A share of a share the line works out
// is the writer's arithmetic; a sentence that opens on a name the sentence above introduced goes on about it, as one
// that opens on "It" does, so that sentence is read for the other factor.
describe('judge43a: a share of a share the line works out', () => {
  const corpus = writtenSources(
    {
      'ministry-note.md': [
        '# Information note: the Tskaltubo data campus',
        '',
        '*Ministry of Economy, 14 May 2026*',
        '',
        'The project company is owned 65% by Stargate and 35% by Imereti Compute Holdings (ICH).',
        '',
        'ICH itself is owned 80% by Kutaisi Partners and 20% by the state, through the National Investment Agency.',
        '',
      ].join('\n'),
    },
    'xref-judge43a-shareofshare-',
  );
  const report = [
    '# Tskaltubo',
    '',
    'The campus is 65% Stargate and 35% Imereti Compute Holdings (ICH).',
    '',
    'ICH is itself 20% state-owned through the National Investment Agency, so the state holds an indirect 7% of the project.',
    '',
  ].join('\n');
  it("does not refute the state's indirect share by the other holder's share of the partner", () => {
    const j = figureJudged(corpus, report, '7%');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('still refutes a share of the partner misstated', () => {
    const wrong = report.replace('20% state-owned', '25% state-owned');
    const j = figureJudged(corpus, wrong, '25%');
    assert.deepEqual(
      j.mismatches.map((f) => f.code),
      ['figure-mismatch'],
      messages(j),
    );
  });
  it('unseen-64 prut L9: 12% is not flagged', () => {
    const j = reportLineJudged('unseen-64', 'prut-energy-watch-brief-giurgiulesti-arzew-power.md', 9, '12%');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-64 birzebbuga L61, "Its 210 permanent jobs are about a fifth of the 1,010 promised across the three sites."
// (true: Hal Far's 210 of 210 + 280 + 520). A figure its line gives as a fraction of a whole is a part of that whole, as
// one set in apposition to the fraction is ("A quarter of the connected capacity, 30 MW …"): another site's 520
// permanent jobs, an unmarked figure of a webinar on that site, refuted it.
describe('judge43a: a figure its line calls a fraction of a whole is a part of it', () => {
  const corpus = writtenSources(
    {
      'webinar.txt': [
        'Gulf Power Brief webinar, 26 August 2026: the Sohar campus',
        '',
        'Moderator: And the jobs?',
        '',
        'Speaker: For the campus alone we count two thousand at the peak of construction, and four hundred permanent jobs when both phases run.',
        '',
      ].join('\n'),
    },
    'xref-judge43a-fraction-',
  );
  it("does not refute one site's part of the whole by another site's figure", () => {
    const text = [
      '# Duqm',
      '',
      'Duqm is the smallest of the three campuses.',
      '',
      'Its 150 permanent jobs are about a fifth of the 720 promised across the three sites.',
      '',
    ].join('\n');
    const j = figureJudged(corpus, text, '150 permanent jobs');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-64 birzebbuga L61: 210 permanent jobs is not flagged', () => {
    const j = reportLineJudged(
      'unseen-64',
      'birzebbuga-council-research-note-hal-far-stargate-campus.md',
      61,
      '210 permanent jobs',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-65's decree (deepl-diario-centro-america-acuerdo-gubernativo-214-2026-…): "for a period of ten (10) years",
// "a first phase of one hundred (100) megawatts no later than March 31, 2029". A number in words restated in digits in
// brackets, as decrees and contracts write them, was no figure: the unit stood after the bracket. (Found on the way to
// blp L23, a planted 15-year exemption where 10 were granted: still missed, the decree's sentence shares too few words
// with the line.)
describe('judge43a: a number in words restated in digits in brackets takes the unit after the bracket', () => {
  it('reads "ten (10) years", "one hundred (100) megawatts", not a bracket of another number', () => {
    const read = (t: string) => extractFigures(t, 'en').figures.map((f) => `${f.text}|${f.value}|${f.unit}`);
    assert.deepEqual(read('The exemption is granted for a period of ten (10) years.'), ['ten (10) years|10|year']);
    assert.deepEqual(read('a first phase of one hundred (100) megawatts'), ['one hundred (100) megawatts|100|MW']);
    assert.deepEqual(read('a period of ten (11) years'), []);
  });

  const corpus = writtenSources(
    {
      'official-gazette.md': [
        '# Ministerial Resolution 88-2026',
        '',
        '*Official Gazette, 2 March 2026*',
        '',
        'Article 1. The land concession for the Stargate Chiriquí campus is granted for a period of thirty (30) years, counted from its signature.',
        '',
      ].join('\n'),
    },
    'xref-judge43a-legal-',
  );
  it("vouches for a line's term by the decree's", () => {
    const j = figureJudged(corpus, 'The land concession for the Chiriquí campus runs for 30 years.\n', '30 years');
    assert.equal(j.status, 'supported');
  });
  it('unseen-65 blp L19: the deadline of 31 March 2029 is vouched for', () => {
    const j = reportLineJudged('unseen-65', BLP, 19, '31 March 2029');
    assert.equal(j.status, 'supported');
  });
});
