// The judges (judgeFigures.ts, judgeQuotes.ts, values.ts) on behaviour the older tests did not pin down: each
// test here fails when a path or a bar it is about is switched off (docs/mutation-pass.md says which).
import { strict as assert } from 'assert';
import * as path from 'path';
import { checkReport } from '../../server/src/check';
import { Corpus } from '../../server/src/corpus';
import type { CheckResult, Claim } from '../../server/src/types';
import { ROOT } from './reports';

const seeds = Corpus.load({ folders: [] });

function figure(r: CheckResult, text: string): Claim {
  const c = r.claims.find((x) => x.type === 'figure' && x.text === text);
  assert.ok(c, `figure ${text} not extracted: ${r.claims.map((x) => x.text).join(', ')}`);
  return c!;
}
const findingsOf = (r: CheckResult, c: Claim) => r.findings.filter((f) => f.claim === c);

describe('judges: currencies convert through an equivalence another article states', () => {
  // An English wire prices Oracle's chip order in dollars only; a Korean article about something else (SoftBank's
  // investment in OpenAI) states 400억 달러(약 58조 원). Only that equivalence connects a report's won to the wire's
  // dollars: no won figure anywhere is about Oracle's chips.
  const exchange = Corpus.load({ folders: [path.join(ROOT, 'test/fixtures/exchange')], useBundled: false });

  it('won in a Korean report are supported by the dollars of an English source', () => {
    const r = checkReport(exchange, '오라클은 텍사스주 애빌린의 첫 스타게이트 데이터센터에 들어갈 엔비디아 칩 구매에 약 58조 원을 쓴다.');
    const c = figure(r, '58조 원');
    assert.equal(c.status, 'supported');
    assert.deepEqual(findingsOf(r, c), []);
    assert.equal(c.sources[0].key, 'example-wire-2025-05-24');
    assert.equal(c.sources[0].match?.text, '$40 billion');
    assert.equal(c.sources[0].agrees, true);
  });

  it('won in an English report likewise', () => {
    const r = checkReport(exchange, 'Oracle will spend about 58 trillion won on Nvidia chips for the Abilene data center.');
    const c = figure(r, '58 trillion won');
    assert.equal(c.status, 'supported');
    assert.equal(c.sources[0].match?.text, '$40 billion');
  });

  it('no rate is invented: won that no source states as equal to the dollars stay unsupported', () => {
    const r = checkReport(exchange, 'Oracle will spend about 70 trillion won on Nvidia chips for the Abilene data center.');
    const c = figure(r, '70 trillion won');
    assert.equal(c.status, 'unsupported');
    assert.deepEqual(findingsOf(r, c).map((f) => f.code), ['figure-unsupported']);
  });
});
