// An agreeing source too far from the claim's subject to be named, against a contradicting source far closer (issue
// 10: the first building's energization date of unseen-10, a total commitment of unseen-9, a line's year of
// unseen-restate were left unknown). The articles of test/fixtures/unseen-overwhelmed/ (a developer's press release, a
// county paper's council story) were written first; the lines after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';
import { figureJudged, loadSources } from './judged';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-overwhelmed');
const corpus = loadSources(path.join(DIR, 'sources'));
const judged = (line: string, fig: string) => figureJudged(corpus, `## Ridgeback, Texas\n\n${line}\n`, fig);

describe('overwhelmed: a weak agreement against a far closer contradiction', () => {
  it("a date only a county budget's unrelated sentence states, against the developer's own: a mismatch", () => {
    const j = judged(
      'The first Ridgeback building is on track to be energized in the first quarter of 2028.',
      'the first quarter of 2028',
    );
    assert.equal(j.status, 'conflicting');
    assert.equal(j.findings[0]?.code, 'figure-mismatch');
    // The fix puts in the closest source's date, not the weak agreeing one.
    assert.match(j.findings[0].fixes[0]?.newText ?? '', /third quarter of 2027/);
  });
  it('the same line as the developer states it is supported', () => {
    assert.equal(
      judged(
        'The first building is on track to be energized in the third quarter of 2027.',
        'the third quarter of 2027',
      ).status,
      'supported',
    );
  });
  it('an agreeing source close enough to be named keeps the claim unknown, with no finding', () => {
    const j = judged(
      'The first building will be energized in the first quarter of 2028, the developer said.',
      'the first quarter of 2028',
    );
    assert.equal(j.status, 'unknown');
    assert.deepEqual(j.findings, []);
  });
  it('across languages a weak agreement is no sign of another subject: the claim is not flagged', () => {
    // unseen-11 (written blind): "Lenders thus fund 20 trillion won of the 48 trillion won total" against Korean
    // sources only, one stating 48조 (score 0.30 through linked words), another the older 44조/47조 (0.63).
    const s = scoreReport(path.join(ROOT, 'test', 'fixtures', 'unseen-11', 'reports', 'korea-japan-briefing.key.json'));
    const line = s.lines.find((l) => l.key.text.startsWith('Lenders thus fund'))!;
    assert.ok(line, 'the line is in the key');
    assert.deepEqual(line.got, []);
  });
});
