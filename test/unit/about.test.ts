// A press release's "About X" section is its issuer's own statement, not page furniture (issue 10, trust): with it
// cut, a report repeating the issuer's figure (`more than 5 GW … since 2019`, unseen-6) was refuted by the release's
// figure about the project (a 900-megawatt farm), a wrong ✗. The release of test/fixtures/unseen-about/ (a cooling
// supplier's announcement with its boilerplate, forward-looking statements and media contact) was written first.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { scoreReport } from '../../scripts/eval';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-about');

describe("about: a release's section on its issuer", () => {
  const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false, workers: 0 });
  const src = corpus.sources[0];
  const figures = () => src.figures.map((f) => f.text);
  const sentences = () => src.sentences.map((s) => s.text);

  it('is read as the release: its figures are the issuer’s, its heading is not a sentence', () => {
    assert.ok(figures().includes('2.5 gigawatts'), figures().join(', '));
    assert.ok(figures().includes('1,100 people'), figures().join(', '));
    assert.ok(!sentences().some((t) => /^About Tidewater/.test(t)));
  });

  it('the statements and the contact after it stay out, and the issuer is still the outlet', () => {
    assert.ok(!sentences().some((t) => /forward-looking|Dev Raman|tidewaterthermal|FOR IMMEDIATE RELEASE/.test(t)));
    assert.ok(!figures().some((f) => /361|0187/.test(f)), figures().join(', '));
    assert.equal(src.meta.outlet, 'Tidewater Thermal Systems');
  });

  it("a line repeating the issuer's figure is vouched for by it, a changed one refuted, the rest untouched", () => {
    const s = scoreReport(path.join(DIR, 'reports', 'cooling-note.key.json'));
    for (const l of s.lines)
      assert.ok(l.pass, `line ${l.line + 1}: ${l.key.text} got ${l.got.join(', ') || 'nothing'}`);
    const repeated = s.lines.find((l) => l.key.text.includes('more than 2.5 gigawatts'))!;
    assert.ok(repeated.read.includes('figure supported'), String(repeated.read));
  });
});
