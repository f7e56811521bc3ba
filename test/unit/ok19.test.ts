// A planted wrong figure the user saw as ✓ (issue 10, ok19): the ✓ came from another figure of the same source
// sentence, another company's or another thing's. The articles of test/fixtures/unseen-ok19/ (a Permian Basin paper, a
// Gulf Coast business weekly) were written first; the report and these lines after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud } from './judged';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-ok19');
const corpus = loadSources(path.join(DIR, 'sources'));
const judged = (text: string, fig: string) => figureJudged(corpus, text, fig);

describe("ok19: another company's clause after 'and' with no comma", () => {
  it("OpenAI's $12 billion does not vouch for SoftBank's; SoftBank's $19 billion refutes it", () => {
    const j = judged('SoftBank will invest $12 billion in the Odessa campus.\n', '$12 billion');
    assert.notEqual(j.status, 'supported');
    assert.equal(j.findings[0]?.code, 'figure-mismatch');
    assert.match(j.findings[0].message, /\$19 billion/);
  });
  it("…and each company's own amount is supported", () => {
    const o = judged('OpenAI will invest $12 billion in the Odessa campus.\n', '$12 billion');
    assert.equal(o.status, 'supported');
    assert.deepEqual(loud(o), []);
    const s = judged('SoftBank will invest $19 billion in the Odessa campus.\n', '$19 billion');
    assert.equal(s.status, 'supported');
    assert.deepEqual(loud(s), []);
  });
});

describe("ok19: a source figure measuring the claim's noun says which of its sentence's figures is the claim's", () => {
  it("the phase's $7.5 billion cost does not vouch for a $7.5 billion construction loan; the $4.8 billion loan refutes it", () => {
    const j = judged(
      'Brazos Meridian signed a $7.5 billion construction loan with nine banks led by MUFG and JPMorgan Chase.\n',
      '$7.5 billion',
    );
    assert.notEqual(j.status, 'supported');
    assert.equal(j.findings[0]?.code, 'figure-mismatch');
    assert.match(j.findings[0].message, /\$4\.8 billion/);
  });
  it('…while the loan and the cost are each supported', () => {
    const l = judged(
      'Brazos Meridian signed a $4.8 billion construction loan with nine banks led by MUFG and JPMorgan Chase.\n',
      '$4.8 billion',
    );
    assert.equal(l.status, 'supported');
    assert.deepEqual(loud(l), []);
    const c = judged('The 400-megawatt first phase will cost about $7.5 billion.\n', '$7.5 billion');
    assert.equal(c.status, 'supported');
    assert.deepEqual(loud(c), []);
  });
});
