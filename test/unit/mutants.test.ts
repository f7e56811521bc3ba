// The second mutation pass (docs/mutation-pass.md, "After the split"): rules of the judges that no test noticed
// being switched off. Each article is written as its outlet would write it, then the report line; each test names
// the mutant it kills.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import type { CheckResult, Claim } from '../../server/src/types';
import { figure } from './reports';

/** A corpus of the given articles (file name → text), read from a temporary folder. */
function corpusOf(files: Record<string, string>): Corpus {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-mutants-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  try {
    return Corpus.load({ folders: [dir], useBundled: false });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const codes = (r: CheckResult, c: Claim) => r.findings.filter((f) => f.claim === c).map((f) => f.code);

const OHIO_WIRE = `SoftBank, OpenAI choose Ohio village for next Stargate campus

By Marcy Feldt

LORDSTOWN, Ohio, Nov 12 (Buckeye Business Wire) - SoftBank and OpenAI will build a Stargate data center campus in Lordstown, the village that once hosted a General Motors assembly plant, the companies said on Wednesday.

The project is expected to create about 3,000 construction jobs and about 600 permanent jobs, SoftBank said.

The first building is set to open in 2026 on land next to the former car plant.
`;

describe('mutants: what a count counts (judge/counted.ts)', () => {
  const ohio = corpusOf({ 'ohio-wire-en.txt': OHIO_WIRE });

  it('permanent jobs are not vouched for by the same number of construction jobs (C5: the countedApart gate)', () => {
    const r = checkReport(
      ohio,
      'The Lordstown project is expected to create about 3,000 permanent jobs, according to SoftBank.',
    );
    const c = figure(r, '3,000 permanent jobs');
    assert.equal(c.status, 'conflicting');
    assert.deepEqual(codes(r, c), ['figure-mismatch']);
    assert.equal(
      c.sources.find((s) => s.agrees),
      undefined,
    );
    assert.equal(c.sources[0].match?.text, '600 permanent jobs');
  });

  it('“new” jobs are jobs: it narrows nothing (C1: “new” in NOT_NARROWING)', () => {
    const r = checkReport(
      ohio,
      'The Lordstown project is expected to create about 600 new jobs, according to SoftBank.',
    );
    const c = figure(r, '600 new jobs');
    assert.equal(c.status, 'supported');
    assert.deepEqual(codes(r, c), []);
    assert.equal(c.sources[0].match?.text, '600 permanent jobs');
  });
});

describe('mutants: which site a figure is about (judge/scope.ts)', () => {
  const milam = corpusOf({
    'milam-wire-en.txt': `SB Energy breaks ground on Stargate site in Milam County

By Ray Okafor

ROCKDALE, Texas, Oct 2 (Lone Star Business Wire) - SB Energy, the SoftBank-backed power developer, began work on Thursday on a Stargate data center site in Milam County, northeast of Austin.

The Milam County campus will draw about 1.2 gigawatts when finished, the company said.

Solar farms and batteries on neighbouring land will supply part of the power.
`,
  });

  it('“County” alone names no place: one county’s campus is not refuted by another’s (S5: county in GENERIC)', () => {
    const r = checkReport(milam, 'The Shackelford County campus will draw about 1.4 gigawatts.');
    const c = figure(r, '1.4 gigawatts');
    assert.notEqual(c.status, 'conflicting');
    assert.ok(!codes(r, c).includes('figure-mismatch'), codes(r, c).join(', '));
  });

  it('while the same county’s campus is (the rule above is about the name, not about counties)', () => {
    const r = checkReport(milam, 'The Milam County campus will draw about 1.4 gigawatts.');
    const c = figure(r, '1.4 gigawatts');
    assert.deepEqual(codes(r, c), ['figure-mismatch']);
    assert.equal(c.sources[0].match?.text, '1.2 gigawatts');
  });
});

describe('mutants: the whole wins over a phase in one clause (judge/scope.ts)', () => {
  const abilene = corpusOf({
    'abilene-wire-en.txt': `Crusoe adds buildings at Abilene Stargate campus

By Luis Navarro

ABILENE, Texas, Dec 9 (Texas Power Desk) - Crusoe will add two buildings to its Stargate campus in Abilene, the developer said on Tuesday.

The expansion brings the Abilene campus to 1.2 gigawatts in total, Crusoe said.

The first phase of the campus, with 200 megawatts, went live in the summer.
`,
  });

  it('a total that counts the first phase is the total: judged against the total (S2: WHOLE before PHASE)', () => {
    const right = checkReport(
      abilene,
      'Counting the first phase, the Abilene campus comes to 1.2 gigawatts in total, Crusoe said.',
    );
    assert.equal(figure(right, '1.2 gigawatts').status, 'supported');
    const wrong = checkReport(
      abilene,
      'Counting the first phase, the Abilene campus comes to 1.4 gigawatts in total, Crusoe said.',
    );
    const c = figure(wrong, '1.4 gigawatts');
    assert.deepEqual(codes(wrong, c), ['figure-mismatch']);
    assert.equal(c.sources[0].match?.text, '1.2 gigawatts');
  });
});
