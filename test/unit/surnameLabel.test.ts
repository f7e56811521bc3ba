// A report's note of who said what, one surname and a colon before the words (`- Lunde: "…"`), names its speaker
// (extract/quotes.ts SURNAME_LABEL): unseen-15's desk notes gave a regional minister's words to `Quintero:` and nothing
// was said. A surname the corpus's people do not know, or a label word (`Note:`), leaves the speaker unknown: no flag.
// The sources are test/fixtures/unseen-meta11/'s, written before this rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-meta11');
const corpus = Corpus.load({ folders: [DIR], useBundled: false, workers: 0 });
const WORDS = 'Nobody has built one of these on time yet.';
const REPORT = [
  '# SMR notes',
  '',
  `- Lunde: "${WORDS}"`,
  '',
  `- Venkatesan: "${WORDS}"`,
  '',
  `- Note: "${WORDS}"`,
  '',
].join('\n');
const r = checkReport(corpus, REPORT);
const on = (line: number) => {
  const c = r.claims.find((x) => x.type === 'quote' && x.range.start.line === line);
  assert.ok(c, `no quotation on line ${line}`);
  return { claim: c, codes: r.findings.filter((f) => f.claim === c).map((f) => f.code) };
};

describe('a surname label before the words names their speaker', () => {
  it('an analyst\'s words given to the mayor (`- Lunde: "…"`) are quote-misattributed', () => {
    assert.deepEqual(on(2).codes, ['quote-misattributed']);
  });
  it("the same words under their speaker's surname are supported", () => {
    const { claim, codes } = on(4);
    assert.deepEqual(codes, []);
    assert.equal(claim.status, 'supported');
  });
  it('a label word (`Note:`) names nobody: no flag', () => {
    assert.deepEqual(on(6).codes, []);
  });
});
