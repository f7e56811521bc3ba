// True lines of the tuning sets that session 36 still found flagged (a ✗ on a true line), each with the rule that gave
// the wrong source figure the right to refute. Each case failed before its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
/** A tuning set's sources as a corpus, and one line of one of its reports. */
const set = (name: string) => loadSources(path.join(fixtures, name, 'sources'));
const reportText = (name: string, file: string) => fs.readFileSync(path.join(fixtures, name, 'reports', file), 'utf8');

// unseen-45's research notes, under "## The Panama campus": "Construction will employ about 1,900 people, and the campus
// will keep 180 permanent jobs." The sentence's opening word, "Construction", was read as the line's place: the council
// minutes that give the Panama campus's 180 permanent jobs never write "Construction" as a place, so they were another
// site's and could not vouch, and a Peruvian daily's "Construction will employ up to 2,600 people at its peak; the
// finished campus will have about 320 permanent jobs" shared that "place" with the line and refuted it.
describe("flag36: a common word capitalized only as it opens a line's sentence is no place of the line's", () => {
  const papers = writtenSources({
    'quilicura-council-minutes-2026-05-12.txt': [
      'MUNICIPALIDAD DE QUILICURA',
      'MINUTES OF ORDINARY SESSION No. 18, 12 May 2026',
      '',
      '3. PRESENTATIONS. Ms. Carla Fuenzalida Rojas then described the Stargate Andes campus: 150 megawatts',
      'when complete, a first stage of 50 megawatts in the second quarter of 2028, about 900 jobs',
      'during construction and 90 permanent jobs.',
      '',
      '4. The council approved the land-use change by seven votes to one.',
    ].join('\n'),
    'llanos-diario-stargate-orinoco-campus.txt': [
      'Stargate picks Orinoco plains for US$4.1bn Morichal campus',
      '',
      'Llanos Diario | 2026-03-18',
      '',
      'BOGOTÁ — Stargate will build a campus of up to 300 megawatts near Puerto Gaitán, in Colombia\'s Meta department, the company said on Wednesday.',
      'A first phase of 80 MW is due in 2028. Construction will employ up to 1,700 people at its peak; the finished campus will have about 210 permanent jobs.',
      'The campus will be the largest data center project in Colombia.',
    ].join('\n'),
  });
  const notes = (jobs: string) =>
    `# Research notes: Stargate in the Andes\n\n## The Chile campus\n\nStargate Andes is planned at 150 MW in Quilicura.\n\nConstruction will employ about 900 people, and the campus will keep ${jobs} permanent jobs.\n`;
  it('vouches for "the campus will keep 90 permanent jobs" by the minutes, not refuted by another country\'s 210', () => {
    const j = figureJudged(papers, notes('90'), '90 permanent jobs');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });
  it("…and unseen-45's 180 permanent jobs under \"## The Panama campus\"", () => {
    const text = reportText('unseen-45', 'canal-and-code-ep58-two-oceans-research-notes.md');
    const j = figureJudged(set('unseen-45'), text, '180 permanent jobs');
    assert.deepEqual(loud(j), []);
  });
  it('…a count the minutes do not give is still refuted by them', () => {
    assert.equal(figureJudged(papers, notes('150'), '150 permanent jobs').mismatches.length, 1);
  });
});
