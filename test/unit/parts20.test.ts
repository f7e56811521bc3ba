// Lines of several figures in one change or one list (issue 10, unseen-17). The articles of test/fixtures/unseen-17/
// were written first by a helper who read no engine code (a utility's 8-K, a trade explainer, a Korean newsletter,
// among others); its baseline flagged two true lines of its Korean report:
// - `블루스템은 풍력 900MW와 배터리 450MW에 … 투자한다`: both refuted by the explainer's `up to 1,350 megawatts … from new wind
//   farms and batteries`, which is their sum. A source amount the line's own amounts of the measure add up to is
//   their whole and refutes none of them (judge/figures.ts wholeOfParts).
// - `설비는 6월 약 14GW(12곳)에서 10월 약 16GW(15곳)로 늘었다`: `10월` refuted by `When Stargate announced the project in
//   September 2025, …`. An aside after the level before (`(12곳)에서`) hid the change (extract/change.ts); the date of
//   the level after says when that level held and is judged only by a sentence that states the level too
//   (datesOfLevels).
// Its student briefing had a third: `Over 15 years that county fund would receive $60 million`, after the explainer's
// `Stargate pays $4 million a year into a county fund`, refuted by the abatement's `$290 million over 15 years`. A
// total the line works out over its own term from a rate a source states is refuted by no other amount of those
// sources (rateOverTerm).
import { strict as assert } from 'assert';
import * as path from 'path';
import { changesOf } from '../../server/src/extract/change';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources, loud } from './judged';

const corpus = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-17', 'sources'));
const judged = (line: string, fig: string) => figureJudged(corpus, `# 점검\n\n${line}\n`, fig);

describe('parts20: amounts of a line that add up to a source amount', () => {
  it('wind and battery capacity in Korean, summed by a source, are not refuted by the sum; the 8-K vouches for each', () => {
    const line = '- 블루스템은 풍력 900MW와 배터리 450MW에 약 23억8천만 달러를 투자한다.';
    for (const fig of ['900MW', '450MW']) {
      const j = judged(line, fig);
      assert.deepEqual(loud(j), [], fig);
      assert.equal(j.status, 'supported', fig);
    }
  });
  it('…in English alike', () => {
    const line = 'Bluestem will build about 900 megawatts of wind generation and 450 megawatts of battery storage.';
    for (const fig of ['900 megawatts', '450 megawatts']) assert.deepEqual(loud(judged(line, fig)), [], fig);
  });
  it('a wrong part is still refuted: the parts then add up to no source amount', () => {
    const j = judged('- 블루스템은 풍력 1100MW와 배터리 450MW를 짓는다.', '1100MW');
    assert.equal(j.status, 'conflicting');
    assert.equal(j.findings[0]?.code, 'figure-mismatch');
  });
});

describe('parts20: the date of a level in a change', () => {
  it('an aside after the level before keeps it the level before', () => {
    const text = '스타게이트 발표 설비는 6월 약 14GW(12곳)에서 10월 약 16GW(15곳)로 늘었다.';
    const figs = extractFigures(text, 'ko').figures;
    const { changes } = changesOf(text, figs, 'ko');
    assert.equal(changes[figs.findIndex((f) => f.text === '14GW')], 'before');
  });
  it("the month of the level after is no event's date: another announcement's September 2025 does not refute it", () => {
    const j = judged('- 스타게이트 발표 설비는 6월 약 14GW(12곳)에서 10월 약 16GW(15곳)로 늘었다.', '10월');
    assert.deepEqual(loud(j), []);
    const en = judged(
      'Announced capacity rose from about 14 gigawatts in June to about 16 gigawatts in October.',
      'October',
    );
    assert.deepEqual(loud(en), []);
  });
  it('…and a wrong level after is still refuted', () => {
    const j = judged('- 스타게이트 발표 설비는 6월 약 14GW(12곳)에서 10월 약 19GW(15곳)로 늘었다.', '19GW');
    assert.equal(j.findings[0]?.code, 'figure-mismatch');
  });
});

describe("parts20: a total over the line's own term, from a rate a source states", () => {
  it('$4 million a year over 15 years is not refuted by the abatement worth $290 million over 15 years', () => {
    const j = judged('Over 15 years that county fund would receive $60 million.', '$60 million');
    assert.deepEqual(loud(j), []);
    assert.notEqual(j.status, 'conflicting');
  });
  it('…without the term, nothing works it out: the other amount still judges', () => {
    const j = judged('Lyon County approved a property-tax abatement worth an estimated $60 million.', '$60 million');
    assert.equal(j.findings[0]?.code, 'figure-mismatch');
  });
});
