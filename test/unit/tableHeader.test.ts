// A Markdown table's column header gives its cells a scope (judge/figureFacts.ts, entryScope → columnHeader): under
// "First phase (energised)", Kulai's 200 MW is its first building, not the campus, and does not refute a line that gives
// the campus's full size. The tracker in test/fixtures/unseen-tables18/ was written first, as a trade weekly writes one.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-tables18', 'sources');
const corpus = Corpus.load({ folders: [DIR], useBundled: false, workers: 0 });

const REPORT = [
  '# Campus notes',
  '',
  '- Abilene North: 1.2 GW, Redmesa Infrastructure.',
  '',
  'Porvoo, developed by Nordkraft Data, will draw 450 MW.',
  '',
  'Kulai (Johor Compute) is a 1 GW campus.',
  '',
].join('\n');

describe("tables: a column's header gives its cells a scope", () => {
  const r = checkReport(corpus, REPORT);
  for (const [site, figure, row] of [
    ['Abilene North', '1.2 GW', '300 MW'],
    ['Porvoo', '450 MW', '90 MW'],
    ['Kulai', '1 GW', '200 MW'],
  ]) {
    it(`${site}'s ${row} under 'First phase' does not refute the campus's ${figure}`, () => {
      const c = r.claims.find((x) => x.type === 'figure' && x.text === figure);
      assert.ok(c, r.claims.map((x) => x.text).join(', '));
      const codes = r.findings.filter((f) => f.claim === c).map((f) => f.code);
      assert.ok(!codes.includes('figure-mismatch'), JSON.stringify(r.findings.filter((f) => f.claim === c)));
      assert.notEqual(c.status, 'conflicting');
    });
  }
});
