// Issue 10, precision: a line that does its own arithmetic (a rise from one level to another and its percent, a total
// over a term and what it comes to a year, a part and its share of a whole) is the line's derivation. A source figure of
// another quantity never refutes it (unseen-14: the loan's $18 billion against "rose from $42 billion at announcement
// to $45 billion"; Taesung's 7.2 trillion won HBM order against "about 14 trillion won over 20 years, roughly 700
// billion won a year"; a column's rounded 18.5% against "7조2000억 원으로, … 38조9000억 원의 18.51%다"); a source that
// states the same derived quantity still judges it. The articles of test/fixtures/unseen-arith17/ (an English wire
// story, an English trade page, a Korean regional daily) were written first; the lines and the rule after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { figureJudged, loadSources } from './judged';

const FIX = path.join(__dirname, '..', 'fixtures');
const load = (dir: string) => loadSources(path.join(FIX, dir, 'sources'));
const arith = load('unseen-arith17');
const fourteen = load('unseen-14');

/** The figure-mismatch findings on one figure of a line, and the figure's status. */
const judged = (corpus: Corpus, line: string, fig: string) => figureJudged(corpus, `# Check\n\n${line}\n`, fig);
const mismatchesOn = (corpus: Corpus, line: string) =>
  checkReport(corpus, `# Check\n\n${line}\n`).findings.filter((f) => f.code === 'figure-mismatch');

describe('arith17: a line that does its own arithmetic', () => {
  it('a level before a rise the line works out is judged only by a level before (not by the loan beside the level after)', () => {
    // Pacific Ledger's lead: "... in a deal worth about $9 billion ..., as the campus's estimated budget rose to $13.8
    // billion"; further down "The budget is up 15% from the $12 billion ...".
    const r = judged(
      arith,
      "- Northwind's estimated budget rose from $12 billion at announcement to $13.8 billion by June 2026, an increase of 15%.",
      '$12 billion',
    );
    assert.deepEqual(r.mismatches, []);
    assert.notEqual(r.status, 'conflicting');
    const s = judged(
      fourteen,
      '- The estimated cost rose from $42 billion at announcement to $45 billion by March 2026, an increase of about 7%.',
      '$42 billion',
    );
    assert.deepEqual(s.mismatches, []);
    // A level before that is wrong is still refuted by the source's level before ($12 billion), the rise too.
    assert.equal(
      judged(
        arith,
        "- Northwind's estimated budget rose from $11 billion at announcement to $13.8 billion, an increase of about 25%.",
        '$11 billion',
      ).mismatches.length,
      1,
    );
  });

  it("the one date of the sentence that restates the line does not refute the line's deadline when it lies within it", () => {
    const line =
      "- Northwind's estimated budget rose from $12 billion at announcement to $13.8 billion by June 2026, an increase of 15%.";
    assert.deepEqual(judged(arith, line, 'June 2026').mismatches, []);
    // The source's date is the date of the level before (prec18): it refutes a date the line gives that level, not
    // the line's deadline for the level after, whatever that deadline is ("by January 2025" would be corrected to
    // February 2025, the date of the $12 billion).
    const then =
      "- Northwind's estimated budget rose from $12 billion at announcement in March 2025 to $13.8 billion by June 2026, an increase of 15%.";
    assert.equal(judged(arith, then, 'March 2025').mismatches.length, 1);
    const early =
      "- Northwind's estimated budget rose from $12 billion at announcement to $13.8 billion by January 2025, an increase of 15%.";
    assert.deepEqual(judged(arith, early, 'January 2025').mismatches, []);
  });

  it('a total over a term and the amount a year it comes to are judged only by a source of that term', () => {
    const line = '- The contract is worth about 14 trillion won over 20 years, roughly 700 billion won a year.';
    assert.deepEqual(judged(fourteen, line, '14 trillion won').mismatches, []);
    // The same arithmetic with another total: the Ulsan daily states "20년간 약 4조8000억 원 … 연평균 약 2400억 원".
    assert.equal(
      judged(arith, '- 한빛에너지 계약은 20년간 약 5조2000억 원, 연간 약 2600억 원 규모다.', '5조2000억 원').mismatches
        .length,
      1,
    );
    // Not the line's arithmetic (4조8000억 / 20 is no 3400억): the source's per-year amount refutes it.
    assert.equal(mismatchesOn(arith, '- 한빛에너지 계약을 연 단위로 나누면 한 해 약 3400억 원이다.').length, 1);
    assert.deepEqual(
      mismatchesOn(
        arith,
        "- Hanbit Energy's power contract is worth about 4.8 trillion won over 20 years, roughly 240 billion won a year.",
      ),
      [],
    );
  });

  it('a share the line works out in Korean order ("B의 p%") is its arithmetic, not refuted by a rounded 18.5%', () => {
    const line = '- 태성메모리의 HBM4 공급계약은 7조2000억 원으로, 2025년 매출 38조9000억 원의 18.51%다.';
    assert.deepEqual(judged(fourteen, line, '18.51%').mismatches, []);
    // A share the amounts do not give is judged: Chip Ledger states 22.34% of revenue.
    assert.equal(mismatchesOn(arith, "- The order equals 32.34% of Daeyang's 2025 revenue.").length, 1);
    assert.equal(
      mismatchesOn(arith, '- 대양반도체 공급계약 2조1000억 원은 2025년 매출 9조4000억 원의 32.34%다.').length,
      1,
    );
    assert.deepEqual(
      mismatchesOn(arith, '- 대양반도체의 HBM 공급계약은 2조1000억 원으로, 2025년 매출 9조4000억 원의 22.34%다.'),
      [],
    );
  });

  it('the wrong arithmetic of the planted lines is still flagged (unseen-arith17 reports)', () => {
    assert.equal(
      mismatchesOn(arith, '- Measured against the February 2025 estimate, the budget has risen by about 25%.').length,
      1,
    );
  });
});
