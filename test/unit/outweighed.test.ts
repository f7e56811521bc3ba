// A ✓ needs evidence about the claim's subject (issue 10: "when the evidence is not the same unit and the same
// subject, say nothing (or information), never ✓ or ✗"). The same amount stated of something else that shares a
// word with the claim, beside a source that states another amount of the claim's very subject, confirms nothing:
// the claim is unknown (no finding, no ✓), not supported and not a mismatch. The articles
// were written blind, before this rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { hoverFor } from '../../server/src/lsp/hover';

// unseen-6 (a tuning set written blind): a local paper's bond story and, among thirteen others, a wire story on the
// UAE's pledge "over the next ten years".
const SOURCES = path.join(__dirname, '..', 'fixtures', 'unseen-6', 'sources');

describe('figures: a ✓ outweighed by a source closer to the subject', () => {
  let corpus: Corpus;
  before(() => {
    corpus = Corpus.load({ folders: [SOURCES], useBundled: false, workers: 0 });
  });
  const claimsOf = (line: string) => {
    const r = checkReport(corpus, line + '\n');
    return { r, byText: new Map(r.claims.map((c) => [c.text, c])) };
  };

  it('another duration stated of the fund itself: the ten years are not confirmed by a pledge over ten years', () => {
    // In its report (us-sites-memo.md, line 33, a planted mistake), among lines about the UAE and the US sites.
    const report = path.join(SOURCES, '..', 'reports', 'us-sites-memo.md');
    const r = checkReport(corpus, fs.readFileSync(report, 'utf8'), { self: report });
    const on = r.claims.filter((c) => c.range.start.line === 32);
    assert.equal(on.find((c) => c.text === '$50 million')?.status, 'supported');
    const years = on.find((c) => c.text === '10 years')!;
    assert.notEqual(years.status, 'supported');
    const md = (hoverFor(years, corpus).contents as { value: string }).value;
    assert.doesNotMatch(md.split('\n')[0], /✓/, md);
    assert.match(md, /20 years/, md);
  });

  it('the true duration is supported, and the pledge still confirms its own ten years', () => {
    assert.equal(
      claimsOf('The developers promised $50 million over 20 years to a community benefit fund.').byText.get('20 years')
        ?.status,
      'supported',
    );
    assert.equal(
      claimsOf('The UAE pledged to invest $1.4 trillion in the United States over ten years.').byText.get('ten years')
        ?.status,
      'supported',
    );
  });
});
