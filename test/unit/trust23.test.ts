// Wrong verdicts read on unseen-24 and unseen-25 (held out until this session, written blind): a count of campuses
// in Korean read as no count of places, a line that names no site judged against another site's figure, a schedule
// level a later sentence replaced, a month taken to confirm a quarter, a Korean plan "당초 … 예정이었으나" moved, and two
// people of one family taken for one. Each case failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud, quoteJudged } from './judged';
import { extractFigures } from '../../server/src/extract/figures';
import { changeOf } from '../../server/src/extract/change';
import { coarserDate, datesAgree } from '../../server/src/extract/values';

const fixtures = path.join(__dirname, '..', 'fixtures');
const u24 = loadSources(path.join(fixtures, 'unseen-24', 'sources'));
const u25 = loadSources(path.join(fixtures, 'unseen-25', 'sources'));

describe('trust23: a counted noun written in Hangul as a loanword', () => {
  const unitOf = (text: string, fig: string) => extractFigures(text, 'ko').figures.find((f) => f.text === fig)?.unit;
  it('"4개 캠퍼스", "사이트 5개", "서버 4개" count places and servers, as the English nouns do', () => {
    assert.equal(unitOf('스타게이트는 미국 밖에 4개 캠퍼스(말레이시아, 스페인)를 발표했다.', '4개'), 'places');
    assert.equal(unitOf('후보 사이트 5개를 검토했다.', '5개'), 'places');
    assert.equal(unitOf('캠퍼스들 3개가 더 있다.', '3개'), 'places');
  });
  it('…a loanword the table has no English noun for counts nothing known', () => {
    assert.equal(unitOf('스타게이트 4개 법인이 있다.', '4개'), 'count');
    assert.equal(unitOf('프로젝트 4개를 맡았다.', '4개'), 'count');
  });
  it('"four campuses" is vouched for by the Korean brief\'s 4개 캠퍼스, not refuted by the June report\'s 3곳', () => {
    const text =
      '# Sites\n\nStargate announced four campuses outside the United States in 2026, with 4.0 GW of planned capacity between them.\n';
    const j = figureJudged(u24, text, 'four campuses');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });
});

describe("trust23: a line that names no site is of its paragraph's site", () => {
  const para = (cost: string) =>
    `# Memo\n\n## Ogeechee Bend (Georgia)\n\nOgeechee Bend is a 1.2 GW campus on about 1,400 acres in Burke County; ADP holds 35%.\nIts cost estimate rose from $26 billion to ${cost}, an increase of about 6%.\n`;
  it("Juniata Ridge's row and a supplier's plant in Waynesboro do not refute Ogeechee Bend's $26 billion and $27.5 billion", () => {
    for (const fig of ['$26 billion', '$27.5 billion']) {
      const j = figureJudged(u25, para('$27.5 billion'), fig);
      assert.deepEqual(loud(j), [], `${fig}: ${j.findings.map((f) => f.message).join('\n')}`);
      assert.equal(j.status, 'supported', fig);
    }
  });
  it("…while another figure for that site's estimate is still refuted", () => {
    const j = figureJudged(u25, para('$29.5 billion'), '$29.5 billion');
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /27\.5/);
  });
});

describe('trust23: a level a later sentence replaces', () => {
  const text = (when: string) =>
    `# 동향\n\n주니아타 리지(펜실베이니아, 1.5GW)는 1,100MW를 인접 가스복합발전소에서 공급받는다.\n주니아타 리지 사업비는 310억 달러에서 340억 달러로 약 10% 늘었다.\n1단계 300MW 가동은 ${when}으로 늦춰졌다.\n`;
  it('"1단계 300MW 가동은 2028년 2분기로" is the amended filing\'s, not refuted by the petition\'s fourth quarter of 2027', () => {
    const j = figureJudged(u25, text('2028년 2분기'), '2028년 2분기');
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
    assert.equal(j.status, 'supported');
  });
});

describe('trust23: dates of a schedule', () => {
  it('a month does not confirm a quarter, nor a quarter a month: they share their year only', () => {
    assert.ok(coarserDate('2026-03', '2026-Q4'));
    assert.ok(coarserDate('2026-Q4', '2026-10'));
    assert.ok(coarserDate('2026-03', '2026-H2'));
    assert.ok(!coarserDate('2026-Q4', '2026-Q4'));
    assert.ok(!coarserDate('2026-10-02', '2026-10'));
    // (they still agree on the year: no contradiction either)
    assert.ok(datesAgree('2026-03', '2026-Q4'));
  });
  it('"당초 2026년 4분기 가동 예정이었으나 2028년 2분기로 미뤄졌다": the first date is the one moved from', () => {
    const s = '1단계 300MW는 당초 2026년 4분기 가동 예정이었으나 2028년 2분기로 미뤄졌다.';
    const figs = extractFigures(s, 'ko').figures;
    const at = (t: string) => figs.find((f) => f.text === t)!;
    assert.equal(changeOf(s, at('2026년 4분기'), 'ko', figs), 'before');
    assert.equal(changeOf(s, at('2028년 2분기'), 'ko', figs), undefined);
    const e =
      'The first phase was originally scheduled for the fourth quarter of 2026 but has been pushed back to the second quarter of 2028.';
    const ef = extractFigures(e, 'en').figures;
    assert.equal(
      changeOf(
        e,
        ef.find((f) => f.text === 'the fourth quarter of 2026')!,
        'en',
        ef,
      ),
      'before',
    );
    // (a plan that stands is no change: "2026년 4분기 가동 예정이다")
    const p = '1단계는 2026년 4분기 가동 예정이었으며 공사가 진행 중이다.';
    const pf = extractFigures(p, 'ko').figures;
    assert.equal(changeOf(p, pf[0], 'ko', pf), undefined);
  });
  it("the Korean line with the wrong first date is refuted by the brief's 2027년 4분기, and no month vouches for it", () => {
    const text =
      '# 동향\n\n조호르 캠퍼스의 총사업비는 3월 공시의 680억 링깃에서 10월 740억 링깃으로 늘었다.\n당초 사업비의 60%인 408억 링깃은 말레이시아 은행 9곳의 이슬람 금융으로 조달한다.\n1단계 300MW는 당초 2026년 4분기 가동 예정이었으나 2028년 2분기로 미뤄졌다.\n';
    const j = figureJudged(u24, text, '2026년 4분기');
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /2027년 4분기/);
  });
});

describe('trust23: two people of one family', () => {
  const words = "My well is 180 feet deep. I want to know theirs isn't going to drain it.";
  it('"Harold Pridgen … said" for words the station gives to Walt Pridgen, his cousin, gets no ✓', () => {
    const j = quoteJudged(u25, `# Burke\n\nHarold Pridgen, who voted no, said, "${words}"\n`);
    assert.notEqual(j.status, 'supported');
  });
  it('…while Walt Pridgen, or "Pridgen" alone, is the source\'s speaker', () => {
    assert.equal(quoteJudged(u25, `# Burke\n\nWalt Pridgen said, "${words}"\n`).status, 'supported');
  });
});

describe('trust23: a level before a change written after the level it changed to', () => {
  const s =
    '대성전기의 스타게이트 관련 변압기 수주는 11월 현재 누계 4,420억 원(조호르 2,150억 원, 코치에비에 1,380억 원, 박닌 890억 원)으로, 6월의 3,530억 원에서 늘었음.';
  it('"4,420억 원(…)으로, 6월의 3,530억 원에서 늘었음": 3,530억 원 is the level before', () => {
    const figs = extractFigures(s, 'ko').figures;
    const at = (t: string) => figs.find((f) => f.text === t)!;
    assert.equal(changeOf(s, at('3,530억 원'), 'ko', figs), 'before');
    assert.equal(changeOf(s, at('4,420억 원'), 'ko', figs), undefined);
    // (a level with nothing before it of its kind is none: "수출은 3조 원에서 늘었다" names no level after)
    const t = '수출은 3조 원에서 늘었다.';
    const tf = extractFigures(t, 'ko').figures;
    assert.equal(changeOf(t, tf[0], 'ko', tf), undefined);
  });
  it('"현재 누계 3,530억 원" is the level of June: refuted by the 4,420억 원 it rose to, not by a part in brackets', () => {
    const j = figureJudged(
      u24,
      '# 동향\n\n대성전기의 스타게이트 관련 변압기 수주는 현재 누계 3,530억 원이다.\n',
      '3,530억 원',
    );
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /4,420억 원/);
    assert.doesNotMatch(j.mismatches[0].message, /890억/);
  });
});

describe("trust23: a level given as then, of the line's carried site", () => {
  const para = (cost: string) =>
    `# Memo\n\n## Juniata Ridge (Pennsylvania)\n\nJuniata Ridge is a 1.5-gigawatt, eight-building campus on roughly 1,900 acres in Mifflin County, owned 60/40 by Stargate and ADP.\nIts budget now stands at ${cost}.\n`;
  it('"now stands at $31 billion" is the February estimate the transcript updates to $34 billion', () => {
    const j = figureJudged(u25, para('$31 billion'), '$31 billion');
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /\$34 billion/);
  });
  it('…and "now stands at $34 billion" is today\'s', () => {
    const j = figureJudged(u25, para('$34 billion'), '$34 billion');
    assert.deepEqual(loud(j), []);
  });
});
