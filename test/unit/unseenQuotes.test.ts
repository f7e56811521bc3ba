// Quotations and their speakers in sources the engine has never seen (issue 10): people no list names, quoted in
// English and Korean and across the two. The material (test/fixtures/unseen-quotes/) was written before the code:
// seven sources as their outlets write them (a wire, Korean dailies with 입력/수정 and a [매체 기자] byline, a press
// release saved as .html, interviews in questions and answers) and two reports with an answer key. First the
// mechanisms, one sentence each; then the reports against the key.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import type { CheckResult } from '../../server/src/types';
import { read, ROOT } from './reports';

const DIR = path.join(ROOT, 'test/fixtures/unseen-quotes');
const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false });
const check = (text: string) => checkReport(corpus, text + '\n');
const codes = (r: CheckResult) => r.findings.filter((f) => f.code.startsWith('quote-')).map((f) => f.code);
const loud = (r: CheckResult) =>
  r.findings.filter((f) => f.code.startsWith('quote-') && f.severity !== 'information').map((f) => f.code);

describe('unseen quotes: the language of a quotation is its own words’', () => {
  it('English words quoted in a Korean sentence are compared with the English sources', () => {
    const r = check(
      '자비네 홀만 니더작센주 경제장관은 빌헬름스하펜 옛 석탄발전소 부지에 들어서는 데이터센터에 대해 “This is the kind of investment that turns a coal town into a computing town”이라고 평가했다.',
    );
    assert.deepEqual(codes(r), []);
    assert.equal(r.claims.find((c) => c.type === 'quote')?.status, 'supported');
  });
  it('and a word changed in them is a misquote, told in the report line’s language', () => {
    const r = check(
      '자비네 홀만 니더작센주 경제장관은 빌헬름스하펜 옛 석탄발전소 부지에 들어서는 데이터센터에 대해 “This is the kind of investment that turns a steel town into a computing town”이라고 평가했다.',
    );
    assert.deepEqual(codes(r), ['quote-mismatch']);
    assert.match(r.findings[0].message, /^인용이 출처와 다릅니다/);
  });
});
