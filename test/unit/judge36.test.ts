// Figure misses of unseen-50 and unseen-51 (sets written blind, promoted to tuning in session 36) of the shapes judge35
// took: an amount asked for given as the amount granted, a level given as today's that a later clause of the same
// source sentence revised, a date since moved. Each traced to a general cause and tested first on articles written here
// as their outlets would write them. Each case fails without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

// unseen-51 (Elefsina briefing L24): "It agreed to supply the 18,000 cubic metres a day of treated wastewater that the
// company had requested, on DEYAE's conditions." The council decision: "… asked the Municipality for the supply of up
// to 18,000 cubic metres per day"; the release: "will ask the Municipality of Elefsina for up to 18,000 cubic metres a
// day"; Wikipedia: "up to 14,000 cubic metres a day … instead of the 18,000 m3 requested". A request written "asked X
// for" or "ask X for" (the one asked between the verb and its "for") was no request to the applied-for rule, which knew
// "asked for" only: both vouched for the line that gives the amount asked for as the amount agreed.
describe('judge36: an amount someone was asked for is an amount applied for', () => {
  const decision = [
    'HELLENIC REPUBLIC',
    'MUNICIPALITY OF KERATSINI-DRAPETSONA',
    'Extract from the minutes of the 9th meeting of the Municipal Council, 21 April 2026',
    '',
    'Decision 61/2026',
    '',
    'Subject: Opinion on the supply of treated wastewater to the Stargate Piraeus data center campus.',
    '',
    'The company Stargate Piraeus S.A. asked the Municipality for the supply of up to 9,000 cubic metres per day of treated wastewater from the Psyttalia treatment plant, for the cooling of the campus it is developing at Drapetsona.',
    '',
    'The Municipal Council decides by majority to give a positive opinion on the supply of up to 6,500 cubic metres per day of treated wastewater, on the conditions set by the water utility.',
    '',
  ].join('\n');
  const release = [
    '<html><head><title>Stargate Piraeus: the campus at Drapetsona - Aegean Port Holdings</title>',
    '<meta property="og:site_name" content="Aegean Port Holdings">',
    '<meta property="article:published_time" content="2026-02-03T10:00:00+02:00"></head><body>',
    '<h1>Stargate Piraeus: the campus at Drapetsona</h1>',
    '<p>The campus will be cooled with treated wastewater from the Psyttalia treatment plant, for which Stargate Piraeus will ask the Municipality of Keratsini-Drapetsona for up to 9,000 cubic metres a day.</p>',
    '<p>The campus will have a capacity of 300 MW.</p>',
    '</body></html>',
  ].join('\n');
  const corpus = writtenSources(
    { 'keratsini-council-decision-61-2026.txt': decision, 'aegean-port-holdings-release-2026-02-03.html': release },
    'xref-judge36-askfor-',
  );

  it('refutes the amount asked for given as the amount agreed (it had a ✓)', () => {
    const line =
      'The Council agreed to supply the 9,000 cubic metres a day of treated wastewater that the company had requested.\n';
    const j = figureJudged(corpus, line, '9,000 cubic metres');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /6,500/);
  });

  it('leaves the amount agreed, and the amount asked for given as a request', () => {
    const ok = 'The Council agreed to supply up to 6,500 cubic metres a day of treated wastewater to the campus.\n';
    assert.deepEqual(loud(figureJudged(corpus, ok, '6,500 cubic metres')), []);
    const asked = 'The company asked the Municipality for up to 9,000 cubic metres a day of treated wastewater.\n';
    const j = figureJudged(corpus, asked, '9,000 cubic metres');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });

  const u51 = loadSources(path.join(__dirname, '../fixtures/unseen-51/sources'));
  it('unseen-51: the 18,000 cubic metres requested, given as agreed (14,000 granted)', () => {
    const line =
      "It agreed to supply the 18,000 cubic metres a day of treated wastewater that the company had requested, on DEYAE's conditions.\n";
    const j = figureJudged(u51, line, '18,000 cubic metres');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /14,000/);
  });
});
