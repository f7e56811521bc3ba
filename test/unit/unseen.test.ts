// The checker on reports written after the engine, in styles the examples do not use (news brief, term
// paper, analyst note with a table, Korean 개조식, Korean news analysis, study notes, an English memo citing
// Korean outlets). First the general rules those reports showed missing, one sentence each; then every
// report against its answer key: each planted error by code and line, every true line without an error or
// a warning.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkReport } from '../../server/src/check';
import { Corpus } from '../../server/src/corpus';
import type { CheckResult, Claim, Finding } from '../../server/src/types';

const root = path.resolve(__dirname, '../..');
const seeds = Corpus.load({ folders: [] });

const check = (text: string) => checkReport(seeds, text);
const figure = (r: CheckResult, text: string): Claim => {
  const c = r.claims.find((x) => x.type === 'figure' && x.text === text);
  assert.ok(c, `figure ${text} not extracted: ${r.claims.map((x) => x.text).join(', ')}`);
  return c!;
};
const findingOf = (r: CheckResult, c: Claim): Finding | undefined => r.findings.find((f) => f.claim === c);
/** The code a figure gets: a finding's code, or 'supported' / 'silent' (unsupported with no finding). */
function verdict(sentence: string, fig: string): string {
  const r = check(sentence);
  const c = figure(r, fig);
  return findingOf(r, c)?.code ?? (c.status === 'supported' ? 'supported' : 'silent');
}
const loud = (r: CheckResult) => r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

describe('unseen: area figures measure land or floor', () => {
  it('the acreage of a site does not contradict the floor area of a building on it', () => {
    // A source gives 9만3000㎡ for what is being built in Texas; the site itself is far larger.
    assert.notEqual(verdict('The Texas site covers 875 acres near Abilene.', '875 acres'), 'figure-mismatch');
    assert.notEqual(verdict('텍사스 데이터센터 부지는 100만㎡다.', '100만㎡'), 'figure-mismatch');
  });
  it('while a wrong size of the building still is contradicted', () => {
    assert.equal(verdict('텍사스에 짓고 있는 데이터센터는 12만㎡ 규모다.', '12만㎡'), 'figure-mismatch');
    assert.equal(verdict('The Texas data center has a floor area of 200,000 square meters.', '200,000 square meters'), 'figure-mismatch');
  });
});

describe('unseen: dates of the coverage, not of the event', () => {
  it('a date in a clause about press coverage is a publication date a dateline confirms', () => {
    // The announcement was on the 21st; Edaily is dated 2025-01-22, JoongAng 2025-01-23.
    assert.equal(verdict('Korean newspapers covered the Stargate announcement heavily on January 22 and 23.', 'January 22'), 'supported');
    assert.equal(verdict('Edaily reported on January 22 that Trump had unveiled Stargate.', 'January 22'), 'supported');
    assert.equal(verdict('이데일리는 22일 스타게이트 발표를 보도했다.', '22일'), 'supported');
    assert.notEqual(verdict('Korean newspapers covered the announcement on January 24.', 'January 24'), 'figure-mismatch');
  });
  it('what an outlet reported is still judged ("reported that … on January 20")', () => {
    assert.equal(verdict('Edaily reported that Trump unveiled Stargate on January 20.', 'January 20'), 'figure-mismatch');
    assert.equal(verdict('이데일리는 스타게이트가 20일 발표됐다고 보도했다.', '20일'), 'figure-mismatch');
  });
  it('dates with no part in common neither agree nor disagree (“January 24” and “2027”)', () => {
    const r = check('The government said on January 24 that it would invest about 65 trillion won.');
    assert.equal(findingOf(r, figure(r, 'January 24')), undefined);
  });
});
