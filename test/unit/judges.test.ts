// The judges (judgeFigures.ts, judgeQuotes.ts, values.ts) on behaviour the older tests did not pin down: each
// test here fails when a path or a bar it is about is switched off (docs/mutation-pass.md says which).
import { strict as assert } from 'assert';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import { datesAgree } from '../../server/src/extract/values';
import type { CheckResult, Claim } from '../../server/src/types';
import { ROOT, figure } from './reports';

const seeds = Corpus.load({ folders: [] });

const findingsOf = (r: CheckResult, c: Claim) => r.findings.filter((f) => f.claim === c);

describe('judges: currencies convert through an equivalence another article states', () => {
  // An English wire prices Oracle's chip order in dollars only; a Korean article about something else (SoftBank's
  // investment in OpenAI) states 400억 달러(약 58조 원). Only that equivalence connects a report's won to the wire's
  // dollars: no won figure anywhere is about Oracle's chips.
  const exchange = Corpus.load({ folders: [path.join(ROOT, 'test/fixtures/exchange')], useBundled: false });

  it('won in a Korean report are supported by the dollars of an English source', () => {
    const r = checkReport(
      exchange,
      '오라클은 텍사스주 애빌린의 첫 스타게이트 데이터센터에 들어갈 엔비디아 칩 구매에 약 58조 원을 쓴다.',
    );
    const c = figure(r, '58조 원');
    assert.equal(c.status, 'supported');
    assert.deepEqual(findingsOf(r, c), []);
    assert.equal(c.sources[0].key, 'example-wire-2025-05-24');
    assert.equal(c.sources[0].match?.text, '$40 billion');
    assert.equal(c.sources[0].agrees, true);
  });

  it('won in an English report likewise', () => {
    const r = checkReport(
      exchange,
      'Oracle will spend about 58 trillion won on Nvidia chips for the Abilene data center.',
    );
    const c = figure(r, '58 trillion won');
    assert.equal(c.status, 'supported');
    assert.equal(c.sources[0].match?.text, '$40 billion');
  });

  it('no rate is invented: won that no source states as equal to the dollars stay unsupported', () => {
    const r = checkReport(
      exchange,
      'Oracle will spend about 70 trillion won on Nvidia chips for the Abilene data center.',
    );
    const c = figure(r, '70 trillion won');
    assert.equal(c.status, 'unsupported');
    assert.deepEqual(
      findingsOf(r, c).map((f) => f.code),
      ['figure-unsupported'],
    );
  });
});

describe('judges: gates and bars the older tests left open (docs/mutation-pass.md)', () => {
  const mini = Corpus.load({ folders: [path.join(ROOT, 'test/fixtures/mini')], useBundled: false });

  it('two figures of a run pair up in order: "from five to two" plants is four and three, not both each', () => {
    // JoongAng: "scaled back plans for new nuclear power plants from four to three".
    const r = checkReport(seeds, 'The government cut plans for new nuclear power plants from five to two.');
    for (const [text, fix] of [
      ['five', 'four'],
      ['two', 'three'],
    ]) {
      const f = findingsOf(r, figure(r, text));
      assert.deepEqual(
        f.map((x) => x.code),
        ['figure-mismatch'],
        text,
      );
      assert.deepEqual(
        f[0].fixes.map((x) => x.newText),
        [fix],
        text,
      );
    }
  });

  it('an amount "each" partner puts in is not set against the total: no finding, and not called conflicting', () => {
    const r = checkReport(seeds, 'OpenAI, SoftBank and Oracle will each invest $100 billion in Stargate.');
    const c = figure(r, '$100 billion');
    assert.deepEqual(findingsOf(r, c), []);
    assert.equal(c.status, 'unsupported');
  });

  it('a floor stands only for values near it: "more than 500 trillion won" is not what 약 718조원 says', () => {
    const r = checkReport(seeds, 'Stargate will invest more than 500 trillion won.');
    const c = figure(r, '500 trillion won');
    assert.equal(c.status, 'conflicting');
    assert.deepEqual(
      findingsOf(r, c)[0].fixes.map((x) => x.newText),
      ['718 trillion won'],
    );
    // and one that 718조 is within a quarter of is
    assert.equal(
      figure(checkReport(seeds, 'Stargate will invest more than 600 trillion won.'), '600 trillion won').status,
      'supported',
    );
  });

  it('a floor inside a source range is not that range: "65% 이상" is not 60~70%', () => {
    const r = checkReport(mini, '미시간 데이터센터 전력의 65% 이상은 재생에너지로 충당한다.');
    assert.deepEqual(
      findingsOf(r, figure(r, '65%')).map((x) => x.code),
      ['figure-mismatch'],
    );
    assert.equal(
      figure(checkReport(mini, '미시간 데이터센터 전력의 60% 이상은 재생에너지로 충당한다.'), '60%').status,
      'supported',
    );
  });

  it('a quotation sharing a few words with a source quotation is not a misquote of it', () => {
    // JoongAng: Altman, “This wouldn’t have been possible without President Trump.” Three words in eight in common.
    const r = checkReport(seeds, 'Altman said, “This would not have happened without the chips.”');
    assert.deepEqual(
      r.findings.map((f) => f.code),
      ['quote-unsupported'],
    );
    // A closer rewording is one.
    const close = checkReport(seeds, 'Altman said, “This would not have been possible without our investors.”');
    assert.deepEqual(
      close.findings.map((f) => f.code),
      ['quote-mismatch'],
    );
  });

  it('dates that state no part in common do not agree (judgeFigure relies on it before comparing values)', () => {
    assert.equal(datesAgree('2027', '--01-21'), false);
    assert.equal(datesAgree('2025-01-21', '--01-21'), true);
  });
});
