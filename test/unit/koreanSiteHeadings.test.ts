// A Korean section heading that names a site ("## 2. 홋카이도 이시카리 캠퍼스") puts its lines there: an article that
// never names the place may vouch for a value, not refute it (issue 10: unseen-12's Tomakomai workforce line was
// flagged from a Korean article about another country's site). The articles of test/fixtures/unseen-headings/ were
// written first; the lines after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-headings', 'sources');
const corpus = Corpus.load({ folders: [DIR], useBundled: false, workers: 0 });
const codes = (heading: string, line: string, fig: string) => {
  const r = checkReport(corpus, `# 현장 점검 (2026년 10월)\n\n## ${heading}\n\n${line}\n`);
  const c = r.claims.find((x) => x.type === 'figure' && x.text === fig);
  assert.ok(c, `no claim ${fig} in ${r.claims.map((x) => x.text)}`);
  return r.findings.filter((f) => f.claim === c).map((f) => f.code);
};

describe('Korean section headings that name a site', () => {
  it('a line under another site is not refuted by an article that never names its place', () => {
    const line = '현장 인력은 하루 약 800명이며 내년 여름 1400명 안팎으로 정점을 찍는다.';
    assert.deepEqual(codes('2. 홋카이도 이시카리 캠퍼스', line, '1400명'), []);
    assert.deepEqual(codes('홋카이도 이시카리 데이터센터', line, '1400명'), []);
  });
  it("the site's own article still refutes a wrong number, and a heading without a place changes nothing", () => {
    const line = '현장 인력은 하루 1500명이며 내년 여름 3000명으로 늘어난다.';
    assert.deepEqual(codes('1. 전북 새만금 캠퍼스', line, '3000명'), ['figure-mismatch']);
    assert.deepEqual(codes('2. 현장 인력', line, '3000명'), ['figure-mismatch']);
  });
});
