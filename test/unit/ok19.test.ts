// A planted wrong figure the user saw as ✓ (issue 10, ok19): the ✓ came from another figure of the same source
// sentence, another company's or another thing's. The articles of test/fixtures/unseen-ok19/ (a Permian Basin paper, a
// Gulf Coast business weekly) were written first; the report and these lines after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-ok19');
const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false, workers: 0 });
const judged = (text: string, fig: string) => {
  const r = checkReport(corpus, text);
  const c = r.claims.find((x) => x.type === 'figure' && x.text === fig)!;
  assert.ok(c, `no claim ${fig} in ${text}`);
  return { status: c.status, findings: r.findings.filter((f) => f.claim === c) };
};
const loud = (j: { findings: { severity: string }[] }) =>
  j.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

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
