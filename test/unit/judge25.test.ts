// Planted figure mistakes unseen-28 and unseen-29 read as supported or left unsupported (held out until session 25,
// written blind). Each case failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
const u29 = loadSources(path.join(fixtures, 'unseen-29', 'sources'));

describe('judge25: a level "still" given as today\'s, that a source says was raised ("올렸습니다")', () => {
  const memo = (fig: string) =>
    `# Stargate North\n\n## Péribonka (Quebec)\n\nBorélia and Stargate still put the total investment at ${fig}.\n`;
  it('"still put … at C$14 billion" is refuted by the call\'s "140억 캐나다달러에서 175억 캐나다달러로 올렸습니다"', () => {
    const j = figureJudged(u29, memo('C$14 billion'), 'C$14 billion');
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /17\.5 billion CAD|175억/);
  });
  it('…while the level after the change is not refuted', () => {
    const j = figureJudged(u29, memo('C$17.5 billion'), 'C$17.5 billion');
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
});
