// Wrong verdicts found in session 37 on the sets promoted from held-out (unseen-52, unseen-53). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
/** A tuning set's sources as a corpus. */
const set = (name: string) => loadSources(path.join(fixtures, name, 'sources'));
const messages = (j: { findings: { message: string }[] }) => j.findings.map((f) => f.message).join('\n');

/**
 * A port authority's weekly shipping bulletin: one vessel's cargo, given as a part of one site's order ("3,100 tonnes
 * of the 16,500 tonnes …").
 */
const PORT_BULLETIN = [
  '# Port of Burgas – weekly cargo bulletin, week 37',
  '',
  'Issued by the Burgas Port Authority, 14 September 2026',
  '',
  'MV Nordic Sable berthed at Terminal East on 9 September. She discharged 3,100 tonnes of the 16,500 tonnes Halvard Steel will supply for the Burgas data halls, the first of six planned calls.',
  '',
  'Two further bulk carriers are expected before the end of the month.',
].join('\n');

/** The supplier's own release: the whole order, both campuses. */
const SUPPLIER_RELEASE = [
  '# Halvard Steel wins structural steel order for two Stargate campuses in the Black Sea region',
  '',
  'ULSAN, South Korea, 2 June 2026 — Halvard Steel Co. said on Tuesday it will supply 27,000 tonnes of structural steel for two Stargate data centre campuses, at Burgas in Bulgaria and at Constanța in Romania, under a contract worth €150 million.',
  '',
  'Of the total, 16,500 tonnes are for the Burgas data halls and the rest for Constanța, the company said.',
].join('\n');

// unseen-52's English note (a Poti city official): "Gwangjin will deliver 22,000 tonnes for the Poti buildings, out of
// the 38,000 tonnes it is supplying to Poti and Baku together, under a $214m contract." got a ✗ on 38,000 offering
// "4,200 tonnes": the forwarded update's "It held 4,200 tonnes of the 22,000 tonnes Gwangjin will supply for the Poti
// buildings" states the line's 22,000, and its one other tonnage was forced into the place of the line's 38,000 — but
// it is a part of the 22,000 (one ship's load), and the line's 38,000 is the whole the 22,000 is a part of.
describe("trust37: a part of the line's other figure does not stand in the place of its whole", () => {
  const line =
    'Halvard Steel will supply 16,500 tonnes for the Burgas halls, out of the 27,000 tonnes it is delivering to both campuses, under a €150m contract.';
  it('the whole of a line is not refuted by a part of its other figure (bulletin alone)', () => {
    const c = writtenSources({ 'burgas-port-bulletin-2026-09-14.md': PORT_BULLETIN });
    const j = figureJudged(c, line, '27,000 tonnes');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('the whole of a line is supported where a source states it (bulletin and release)', () => {
    const c = writtenSources({
      'burgas-port-bulletin-2026-09-14.md': PORT_BULLETIN,
      'halvard-release-2026-06-02.md': SUPPLIER_RELEASE,
    });
    const j = figureJudged(c, line, '27,000 tonnes');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('a part written as a part of the same figure is still refuted by it', () => {
    const c = writtenSources({ 'burgas-port-bulletin-2026-09-14.md': PORT_BULLETIN });
    const j = figureJudged(
      c,
      'The Nordic Sable discharged 3,600 tonnes of the 16,500 tonnes Halvard Steel will supply for the Burgas data halls.',
      '3,600 tonnes',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it("unseen-52 poti L32: the 38,000 tonnes is not refuted by the first ship's 4,200", () => {
    const j = figureJudged(
      set('unseen-52'),
      'Gwangjin will deliver 22,000 tonnes for the Poti buildings, out of the 38,000 tonnes it is supplying to Poti and Baku together, under a $214m contract.',
      '38,000 tonnes',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
});
