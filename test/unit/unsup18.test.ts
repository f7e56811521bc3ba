// Issue 10 (unsup18): a wrong figure read as "figure unsupported" because the source sentence that gives the true
// value was not read as being of the same part. A Korean sentence that opens on a phase as its topic ("1단계는 300메가와트
// (MW) 규모로 … 목표로 하며, 사업비는 4조2000억원이다") speaks of that phase in its later clauses too: the cost is the
// phase's, and refutes "The first phase alone would cost 42 trillion won" (unseen-7's Saemangeum line, the same shape).
// The article of test/fixtures/unseen-unsup18/ (a Korean regional daily) was written first; the rule after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { scopeOf } from '../../server/src/judge/scope';

const FIX = path.join(__dirname, '..', 'fixtures');
const corpus = Corpus.load({
  folders: [path.join(FIX, 'unseen-unsup18', 'sources')],
  useBundled: false,
  workers: 0,
});
const mismatchesOn = (line: string) =>
  checkReport(corpus, `# Yeonggwang\n\n${line}\n`).findings.filter((f) => f.code === 'figure-mismatch');

describe('unsup18: a Korean sentence whose topic is a phase', () => {
  it("reads the later clauses' figures as the phase's", () => {
    const s = '1단계는 300메가와트(MW) 규모로 2028년 하반기 가동을 목표로 하며, 사업비는 4조2000억원이다.';
    assert.equal(scopeOf(s, s.indexOf('4조')), 'phase');
    assert.equal(scopeOf('온산 1단계에서는 GPU 12만 개가 들어가고, 서버는 1만5000대다.', 30), 'phase');
    // A clause that says whose amount it is keeps its own scope; a sentence that opens on something else gives none.
    const t =
      '한빛클라우드는 단계적으로 최대 1.5기가와트(GW)까지 늘릴 계획으로, 전체 사업비는 22조원 안팎으로 추산된다.';
    assert.equal(scopeOf(t, t.indexOf('22조')), 'whole');
    const u = '1단계가 끝나면 2단계로 넘어가며, 사업비는 4조2000억원이다.';
    assert.notEqual(scopeOf(u, u.indexOf('4조')), 'phase', 'no phase as the topic (1단계가 … 끝나면)');
    const v = '회사는 300메가와트 규모로 가동을 목표로 하며, 사업비는 4조2000억원이다.';
    assert.equal(scopeOf(v, v.indexOf('4조')), undefined);
  });

  it("the phase's cost refutes the first phase at ten times it, with the fix", () => {
    const m = mismatchesOn('The first phase alone would cost 42 trillion won.');
    assert.equal(m.length, 1);
    assert.match(m[0].message, /4\.2 trillion won/);
  });

  it('and vouches for the right value; the full site is not refuted by it', () => {
    assert.deepEqual(mismatchesOn('The first phase alone would cost 4.2 trillion won.'), []);
    assert.deepEqual(
      mismatchesOn('At full build-out of 1.5 gigawatts, the campus is put at around 22 trillion won.'),
      [],
    );
  });
});
