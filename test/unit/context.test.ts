// What a report line shares with a source only through the text around it (issue 10: unseen-12's line under "## 인도
// 쿠치", "캠퍼스 규모는 … The Compute Compass는 1.2GW로 적었다", was refuted by an analysts' table row of Malaysia once
// India was a country in both languages: the heading's country and place met the row before it, and the line's own
// words met nothing). A heading or the sentence before is evidence when shared, no loss when not; it is not enough to
// refute a line whose own words the source does not share (judge/figures.ts, `own`). The tracker in
// test/fixtures/unseen-context/ was written first, as an analysts' desk writes its monthly note; the report after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-context', 'sources');
const corpus = Corpus.load({ folders: [DIR], useBundled: false, workers: 0 });

const REPORT = [
  '# 해외 캠퍼스 메모 (2026년 11월)',
  '',
  '## 인도 나그푸르',
  '',
  '캠퍼스 규모는 MIDC 문서상 IT 부하 1000MW이며, The Rack Ledger는 1.4GW로 적었다.',
  '',
  '## 말레이시아 케다',
  '',
  '캠퍼스 규모는 KEDA 문서상 IT 부하 800MW이며, The Rack Ledger는 1GW로 적었다.',
  '',
].join('\n');
const r = checkReport(corpus, REPORT);
const on = (line: number, text: string) => {
  const c = r.claims.find((x) => x.type === 'figure' && x.range.start.line === line && x.text === text);
  assert.ok(c, `no ${text} on line ${line}: ${r.claims.map((x) => x.text).join(', ')}`);
  return { claim: c, codes: r.findings.filter((f) => f.claim === c).map((f) => f.code) };
};

describe('context: a line is not refuted by what only its heading shares with a source', () => {
  it("the heading's country and place meeting a table row (and the row before it) do not refute the line's 1.4GW", () => {
    const { claim, codes } = on(4, '1.4GW');
    assert.ok(!codes.includes('figure-mismatch'), JSON.stringify(r.findings.filter((f) => f.claim === claim)));
    assert.notEqual(claim.status, 'conflicting');
  });
  it("…nor when the row's shared word is its table's header, \"Campus\" for 캠퍼스: the first row's 200 MW is a first phase, by its column", () => {
    const { codes } = on(8, '1GW');
    assert.ok(!codes.includes('figure-mismatch'));
  });
});
