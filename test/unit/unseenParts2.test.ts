// Part and whole by place (issue 10): a sentence about another site does not vouch for a claim about this one, and a
// total over several sites ("the other two sites … could scale to 1.5 gigawatts", "두 부지") is not one of them. The
// articles of test/fixtures/unseen-parts2/ were written first (a regional paper, a developer's release, a newsletter),
// the report and its key after; the rules were then measured on unseen-6 and, counts only, on the held-out sets.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { scopeOf } from '../../server/src/judge/scope';
import { scoreReport, totals } from '../../scripts/eval';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-parts2');
const SIX = path.join(__dirname, '..', 'fixtures', 'unseen-6', 'sources');

const at = (sentence: string, figure: string) => sentence.indexOf(figure);

describe('unseen parts 2: several sites counted together', () => {
  it('a count of sites, "both" or "between them" makes a total; one of them, each of them, does not', () => {
    for (const [s, f] of [
      ['The other two sites, in Lordstown, Ohio and Milam County, Texas, could scale to 1.5 gigawatts.', '1.5'],
      ['The two campuses could reach a combined 2 gigawatts of capacity by 2028.', '2 gigawatts'],
      ['Between them, the Plattsmouth and Piketon campuses could reach 2 gigawatts by 2028.', '2 gigawatts'],
      ['두 부지의 설비 용량은 모두 1.5GW에 이를 전망이다.', '1.5GW'],
    ] as const) {
      assert.equal(scopeOf(s, at(s, f)), 'several', s);
    }
    for (const [s, f] of [
      ["Abilene, one of Stargate's five sites, will reach 1.2 gigawatts.", '1.2'],
      ['Each of the two campuses will draw 500 megawatts.', '500'],
      ['The Abilene site will reach 1.2 gigawatts.', '1.2'],
      ['다섯 곳 중 하나인 애빌린 부지는 1.2GW 규모다.', '1.2GW'],
    ] as const)
      assert.notEqual(scopeOf(s, at(s, f)), 'several', s);
  });

  it('the report: every true line clean, every flag right, the two-site total caught', () => {
    const score = scoreReport(path.join(DIR, 'reports', 'memo.key.json'));
    const t = totals([score]);
    assert.equal(t.trueClean, t.trueLines, JSON.stringify(score));
    assert.equal(t.precision, 1);
    assert.ok(t.found >= 1, JSON.stringify(score));
  });

  // Known miss: a sentence naming only another site still vouches (weakly) for the claim, so the claim is left
  // unknown. Dropping such support (a place the article writes as a place, not the claim's) took ✓s from true lines
  // of the seeds' reports, where the other name contains the claim's place (Kvandal outside Narvik).
  it.skip('another campus of the same article does not vouch for the claim: its own campus refutes it', () => {
    const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false, workers: 0 });
    const r = checkReport(corpus, 'The Harlan campus is planned at about 900 MW across ten buildings.\n');
    const f = r.findings.filter((x) => x.code === 'figure-mismatch');
    assert.equal(f.length, 1, JSON.stringify(r.findings.map((x) => x.message)));
    assert.match(f[0].message, /six buildings/);
  });

  it("a total over two sites does not refute one site's figure (unseen-6's Milam County)", () => {
    const corpus = Corpus.load({ folders: [SIX], useBundled: false, workers: 0 });
    const r = checkReport(corpus, 'Milam County starts at 400 MW in 2026 and is designed to scale to 1.2 GW.\n');
    assert.deepEqual(
      r.findings.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => x.message),
      [],
    );
    assert.deepEqual(
      r.claims.filter((c) => c.type === 'figure').map((c) => c.status),
      ['supported', 'supported', 'supported'],
    );
  });

  it("a campus near a town the article names as a place is another site's (unseen-6's Abilene and Frontier)", () => {
    const corpus = Corpus.load({ folders: [SIX], useBundled: false, workers: 0 });
    const r = checkReport(corpus, 'The full Abilene campus is planned at about 1.2 GW across eight buildings.\n');
    assert.deepEqual(
      r.findings.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => x.message),
      [],
    );
  });
});

describe('unseen actors: a company that wins, signs or books is the actor of its figure', () => {
  it("another company's order in the same article neither refutes nor vouches for it", () => {
    const corpus = Corpus.load({
      folders: [path.join(__dirname, '..', 'fixtures', 'unseen-actors', 'sources')],
      useBundled: false,
      workers: 0,
    });
    const r = checkReport(
      corpus,
      'Kestrel Switchgear won a $650 million contract for switchgear.\n\nKestrel Switchgear won a $2.3 billion order for power transformers in Texas and Ohio.\n',
    );
    const [right, wrong] = r.claims.filter((c) => c.type === 'figure');
    assert.equal(right.status, 'supported');
    assert.ok(
      right.sources.every((s) => s.agrees),
      JSON.stringify(right.sources.map((s) => s.sentence.text)),
    );
    // Norvolt's $2.3 billion of transformer orders is no ✓ for Kestrel (nothing says what Kestrel's order was worth).
    assert.notEqual(wrong.status, 'supported');
    assert.ok(!wrong.sources.some((s) => s.agrees), JSON.stringify(wrong.sources.map((s) => s.sentence.text)));
    assert.deepEqual(
      r.findings.filter((f) => f.severity === 'error').map((f) => [f.range.start.line, f.code]),
      [],
    );
  });
});
