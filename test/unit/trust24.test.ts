// Wrong verdicts read on unseen-26 and unseen-27 (held out until this session, written blind). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

describe("trust24: a report's date line set out in pieces", () => {
  const figures = (text: string) =>
    checkReport(Corpus.load({ folders: [] }), text)
      .claims.filter((c) => c.type === 'figure')
      .map((c) => c.text);
  it('"desk · memo · 20 November 2026" and "전략기획팀 · 2026. 11. 24." under the title are the report\'s, no claim', () => {
    assert.deepEqual(
      figures(
        '# Stargate Haesol: memory, power and local risk\nAsia infrastructure desk · research memo · 20 November 2026\n\n## Summary\n\nThe campus sits on about 2.64 million square metres.\n',
      ),
      ['2.64 million square metres'],
    );
    assert.deepEqual(figures('# 동향 보고 (2026년 11월)\n전략기획팀 · 2026. 11. 24.\n\n사업비는 20조 원이다.\n'), [
      '20조 원',
    ]);
    assert.deepEqual(figures('# Note\n\nPolicy team | March 3, 2026\n\nIt costs $20 billion.\n'), ['$20 billion']);
  });
  it('…a head line with a figure beside the date, or after the first paragraph, is read', () => {
    assert.deepEqual(figures('# Note\n\nAbilene · 1.2 GW · January 2026\n\nText.\n'), ['1.2 GW', 'January 2026']);
    assert.deepEqual(figures('# Note\n\nText.\n\nResearch desk · 20 November 2026\n'), ['20 November 2026']);
  });
});
