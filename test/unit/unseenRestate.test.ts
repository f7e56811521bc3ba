// Planted wrong figures the checker let pass (issue 10), one mechanism each. The articles of
// test/fixtures/unseen-restate/ were written first (a power-trade newsletter and a local paper on one New Mexico campus,
// a Korean regional daily, an Asian wire), the reports and keys after; each rule was then measured on unseen-6,
// unseen-7, unseen-8 and, counts only, on the held-out sets.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { extractFigures } from '../../server/src/extract/figures';
import type { Lang } from '../../server/src/extract/figures/units';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-restate');
const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false, workers: 0 });

/** The code a figure of `sentence` gets: a finding's code, or its status when it has none. */
function verdict(sentence: string, fig: string): string {
  const r = checkReport(corpus, sentence + '\n');
  const c = r.claims.find((x) => x.type === 'figure' && x.text === fig);
  assert.ok(c, `figure ${fig} not read: ${r.claims.map((x) => x.text).join(', ')}`);
  return r.findings.find((f) => f.claim === c && f.code !== 'figure-unsupported')?.code ?? c!.status;
}

const dateOf = (text: string, lang: Lang, fig: string) =>
  extractFigures(text, lang).figures.find((f) => f.text === fig && f.kind === 'date')?.value;

describe('unseen restate: a Korean year before a particle of comparison', () => {
  it('reads "2023년보다" and "작년처럼"-style particles as the end of the figure', () => {
    assert.equal(dateOf('전기요금은 2023년보다 약 28% 올랐다.', 'ko', '2023년'), '2023');
    assert.equal(dateOf('2030년까지 짓는다.', 'ko', '2030년'), '2030');
  });
  it('a base year changed in a line that restates the source sentence is a mismatch', () => {
    assert.equal(verdict('당진 지역 산업용 전기요금은 2021년보다 약 28% 올랐다.', '2021년'), 'figure-mismatch');
    assert.equal(verdict('당진 지역 산업용 전기요금은 2023년보다 약 28% 올랐다.', '2023년'), 'supported');
  });
});
