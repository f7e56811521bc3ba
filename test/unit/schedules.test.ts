// Dates a source states less finely than a line, and schedules a later article moved (issue 10: unseen-11's "First
// power from the 500 MW first phase is now expected in the first half of 2028" got a ✓ from another site's "First power
// is still 2028", and a Korean article's "2028년 하반기에서 2029년 상반기로 조정됐다" offered the old date as what it says).
// The articles of test/fixtures/unseen-schedules/ were written first; the lines after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { changesOf } from '../../server/src/extract/change';
import { coarserDate } from '../../server/src/extract/values';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources } from './judged';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-schedules', 'sources');
const corpus = loadSources(DIR);
const judged = (line: string, fig: string) => figureJudged(corpus, `${line}\n`, fig);
/** The change reading of each date (by its text) in a sentence. */
const dateChanges = (sentence: string, dates: string[], lang: 'en' | 'ko') =>
  changesOf(
    sentence,
    dates.map((d) => ({ start: sentence.indexOf(d), end: sentence.indexOf(d) + d.length, kind: 'date', unit: 'date' })),
    lang,
  ).changes;

describe('dates: a coarser source date, and a schedule moved', () => {
  it('orders dates by their finest part', () => {
    assert.ok(coarserDate('2028', '2028-H1'));
    assert.ok(coarserDate('2026-Q4', '2026-10'));
    assert.ok(coarserDate('2028-H2', '2028-Q3'));
    assert.ok(coarserDate('2026-10', '2026-10-05'));
    assert.ok(!coarserDate('2028-H1', '2028'));
    assert.ok(!coarserDate('--07', '2025-07'), 'a month without its year is as fine as a month');
    assert.ok(!coarserDate('---20', '2026-08-20'));
  });
  it('a year does not confirm a half, nor a quarter a month; the same fineness does', () => {
    const half = judged(
      "Ridgeline Compute's Lake Lowell campus in Canyon County is expected to begin operating in the first half of 2028.",
      'the first half of 2028',
    );
    assert.notEqual(half.status, 'supported');
    assert.deepEqual(half.codes, []);
    const month = judged('Ridgeline Compute said construction would start in October 2026.', 'October 2026');
    assert.notEqual(month.status, 'supported');
    assert.deepEqual(month.codes, []);
    assert.equal(
      judged("Ridgeline Compute's Lake Lowell campus in Canyon County is expected to begin operating in 2028.", '2028')
        .status,
      'supported',
    );
    assert.equal(
      judged(
        'Ridgeline Compute said construction would start in the fourth quarter of 2026.',
        'the fourth quarter of 2026',
      ).status,
      'supported',
    );
    // A year that differs still refutes.
    assert.deepEqual(
      judged(
        "Ridgeline Compute's Lake Lowell campus in Canyon County is expected to begin operating in the first half of 2027.",
        'the first half of 2027',
      ).codes,
      ['figure-mismatch'],
    );
  });
  it('reads the date a schedule moved from, in both languages, and not a span of time', () => {
    assert.deepEqual(
      dateChanges(
        '1단계 300MW 가동 시점이 2028년 하반기에서 2029년 상반기로 조정됐다고 밝혔다.',
        ['2028년 하반기', '2029년 상반기'],
        'ko',
      ),
      ['before', undefined],
    );
    assert.deepEqual(
      dateChanges(
        'First power was pushed back from the second half of 2028 to the first half of 2029.',
        ['the second half of 2028', 'the first half of 2029'],
        'en',
      ),
      ['before', undefined],
    );
    assert.deepEqual(dateChanges('Construction will run from 2026 to 2028.', ['2026', '2028'], 'en'), [
      undefined,
      undefined,
    ]);
    assert.deepEqual(dateChanges('공사는 2026년에서 2028년까지 이어진다.', ['2026년', '2028년'], 'ko'), [
      undefined,
      undefined,
    ]);
  });
  it('a quarter the sentence moves a dated quarter to takes its year ("2027년 2분기에서 4분기로")', () => {
    const figs = extractFigures('1단계 준공 시점이 2027년 2분기에서 4분기로 늦춰졌다.', 'ko').figures;
    assert.deepEqual(
      figs.map((f) => [f.text, f.value]),
      [
        ['2027년 2분기', '2027-Q2'],
        ['4분기', '2027-Q4'],
      ],
    );
    assert.deepEqual(extractFigures('4분기 실적이 좋았다.', 'ko').figures, []);
    assert.deepEqual(judged('당진 데이터센터 1단계 준공은 2027년 2분기에서 3분기로 늦춰졌다.', '3분기').codes, [
      'figure-mismatch',
    ]);
    assert.notEqual(
      judged('당진 데이터센터 1단계 준공은 2027년 2분기에서 4분기로 늦춰졌다.', '4분기').status,
      'conflicting',
    );
  });
  it('a moved schedule is told by the date it moved to, never the one it left', () => {
    const j = judged('사천 캠퍼스 1단계 300MW는 2028년 상반기 가동 예정이다.', '2028년 상반기');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    const said = j.findings[0].message + j.findings[0].fixes.map((f) => f.newText).join(' ');
    assert.ok(said.includes('2029년 상반기'), said);
    assert.ok(!said.includes('2028년 하반기'), said);
    // The old date itself, said as the plan was then, is not refuted by the new one.
    assert.deepEqual(
      judged('사천 캠퍼스 1단계 300MW는 당초 2028년 하반기 가동 예정이었다.', '2028년 하반기').codes,
      [],
    );
  });
});
