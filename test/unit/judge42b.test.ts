// The planted figures of unseen-62 and unseen-63 (tuning material since session 42) that a check missed, and the
// unseen-60/61 misses of the same kinds. Each case failed before its rule.
import { strict as assert } from 'assert';
import { amountRole } from '../../server/src/judge/role';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_63_TEMBE = 'tembe-nhaca-securities-ldi-stargate-maputo-equity-note.md';

// unseen-63 tembe L18: "The Umbelúzi abstraction licence came through in September at 2,500 m³ a day." got a ✓ from the
// issuer's "The Project has applied for a licence to abstract up to 2,500 m3 of water per day", while a forum's
// "licensed at 1,500 m³/day vs 2,500 requested" refuted it: a licence that came through is a grant, but the line's own
// clause had no word of granting the role reader knew, so the amount applied for still vouched for it.
describe('judge42b: a permit that came through, was issued, obtained or secured is a grant', () => {
  const corpus = () =>
    writtenSources({
      'filing.md':
        '# Karoo Cloud Holdings: notice to shareholders\n\n2026-03-02\n\nKaroo Cloud Holdings said its Beaufort West data campus has applied for a permit to draw up to 4,000 cubic metres of groundwater a day from the Nuweveld aquifer for cooling.\n',
      'news.md':
        '# Beaufort West data campus gets less water than it wanted\n\n2026-09-18\n\nThe Department of Water and Sanitation has licensed the Beaufort West data campus to draw 2,800 cubic metres of groundwater a day from the Nuweveld aquifer, well short of the 4,000 it asked for.\n',
    });
  it('reads the verbs of a grant in the clause before the amount', () => {
    const role = (t: string, n: string) => amountRole(t, t.indexOf(n), t.indexOf(n) + n.length, 'en', 'volume');
    assert.equal(role('The groundwater permit came through in September at 2,800 m³ a day.', '2,800 m³'), 'granted');
    assert.equal(role('The ministry issued a licence for 2,800 m³ a day.', '2,800 m³'), 'granted');
    assert.equal(role('The campus obtained a permit for 2,800 m³ a day.', '2,800 m³'), 'granted');
    assert.equal(role('The campus has applied for a permit to draw 4,000 m³ a day.', '4,000 m³'), 'applied');
  });
  it('sets the licensed 2,800 against "came through … at 4,000 m³ a day", with no ✓ from the 4,000 applied for', () => {
    const r = figureJudged(
      corpus(),
      '# Water note\n\nThe Beaufort West groundwater permit from the Nuweveld aquifer came through in September at 4,000 m³ a day.\n',
      '4,000 m³',
    );
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /2,800/);
  });
  it('still vouches for the amount licensed', () => {
    const r = figureJudged(
      corpus(),
      '# Water note\n\nThe Beaufort West groundwater permit from the Nuweveld aquifer came through in September at 2,800 m³ a day.\n',
      '2,800 m³',
    );
    assert.equal(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('flags unseen-63 tembe L18 "2,500 m³" (1,500 licensed)', () => {
    const j = reportLineJudged('unseen-63', UNSEEN_63_TEMBE, 18, '2,500 m³');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /1,500/);
  });
});
