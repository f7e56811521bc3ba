// What a figure of one report sentence gets from a corpus, for the tests on written articles (unseenRecall,
// unseenRatios, unseenRestate): a finding's code, or the claim's status when it has none (figure-unsupported, an
// information, counts as its status).
import { strict as assert } from 'assert';
import type { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

export function figureVerdict(corpus: Corpus): (sentence: string, fig: string) => string {
  return (sentence, fig) => {
    const r = checkReport(corpus, sentence + '\n');
    const c = r.claims.find((x) => x.type === 'figure' && x.text === fig);
    assert.ok(c, `figure ${fig} not read: ${r.claims.map((x) => x.text).join(', ')}`);
    return r.findings.find((f) => f.claim === c && f.code !== 'figure-unsupported')?.code ?? c!.status;
  };
}
