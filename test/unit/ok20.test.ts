// A planted wrong figure the user saw as ✓ (issue 10, ok20). The articles of test/fixtures/unseen-ok20/ (a Nordic grid
// trade journal, a wire story) were written first; the report and these lines after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud } from './judged';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-ok20');
const corpus = loadSources(path.join(DIR, 'sources'));
const judged = (text: string, fig: string) => figureJudged(corpus, text, fig);

describe('ok20: a phase of another size is another phase', () => {
  it("Tornio's first 120 MW in the first half of 2028 does not vouch for a first 200 MW then; Kajaani's date refutes it", () => {
    const j = judged(
      '## Kajaani\n\nThe first 200 MW is now due in the first half of 2028.\n',
      'the first half of 2028',
    );
    assert.notEqual(j.status, 'supported');
    assert.equal(j.findings[0]?.code, 'figure-mismatch');
    assert.match(j.findings[0].message, /third quarter of 2028/);
  });
  it('…while each phase of its own size keeps its date', () => {
    const t = judged('## Tornio\n\nThe first 120 MW is due in the first half of 2028.\n', 'the first half of 2028');
    assert.equal(t.status, 'supported');
    assert.deepEqual(loud(t), []);
    const k = judged(
      '## Kajaani\n\nThe first 200 MW is now due in the third quarter of 2028.\n',
      'the third quarter of 2028',
    );
    assert.equal(k.status, 'supported');
    assert.deepEqual(loud(k), []);
  });
  it('a date whose sentence gives no phase its size is judged as before', () => {
    const j = judged('## Tornio\n\nThe first halls are due in the first half of 2028.\n', 'the first half of 2028');
    assert.equal(j.status, 'supported');
  });
});

describe("ok20: a year's part ('2026년 말', 'the end of 2028') is not another part's date", () => {
  it("the groundbreaking's March 2026 does not vouch for a hall due '2026년 말까지'", () => {
    const j = judged('- 첫 150MW 건물은 2026년 말까지 가동될 예정이다.\n', '2026년');
    assert.notEqual(j.status, 'supported');
    assert.deepEqual(loud(j), []);
  });
  it('…while the month itself, and the same part of a year, keep their check marks', () => {
    const m = judged('- 발도스타 부지 공사는 2026년 3월 시작됐다.\n', '2026년 3월');
    assert.equal(m.status, 'supported');
    const e = judged('The first 150 MW hall at Valdosta is now due by the end of 2028.\n', '2028');
    assert.equal(e.status, 'supported');
    assert.deepEqual(loud(e), []);
  });
});

// Known miss, skipped: an English line naming its place ("Tornio expects about 300 permanent jobs" under "## Tornio") is
// vouched for by articles that never name it (Kajaani's "about 250", a Samcheok daily's 300). Tried in ok20 and undone:
// gating an agreeing article that never names the line's places cost seven true lines' check marks on the tuning sets
// and caught no planted line there, because the line's places are read too loosely (a heading's capitalized word,
// "## Construction", "## Daewon Semiconductor"; a lexicon place in an outlet's name, "Jeonbuk Saenal Ilbo"; a
// factbox's place in capitals, "PORT PIRIE", that the article names but placesIn does not read). A narrower reading
// (names written where a place stands, "at Kajaani", "## Tornio, Finland") left nothing for the gate to do here: under
// "## Tornio, Finland" the line is already read unsupported without it.
describe.skip("ok20: a figure vouched for only by an article that never names the line's place", () => {
  it("Samcheok's 300 jobs do not vouch for Tornio's, nor Kajaani's about 250", () => {
    const j = judged('## Tornio\n\nTornio expects about 300 permanent jobs.\n', '300 permanent jobs');
    assert.notEqual(j.status, 'supported');
    assert.equal(
      j.findings.some((f) => f.code === 'figure-mismatch'),
      false,
    );
  });
  it("…while each town's own count keeps its check mark", () => {
    const s = judged('## Samcheok\n\nSamcheok expects 300 permanent jobs.\n', '300 permanent jobs');
    assert.equal(s.status, 'supported');
    assert.deepEqual(loud(s), []);
    const k = judged('## Kajaani\n\nKajaani expects about 250 permanent jobs.\n', '250 permanent jobs');
    assert.equal(k.status, 'supported');
    assert.deepEqual(loud(k), []);
  });
});
