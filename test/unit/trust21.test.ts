// True lines flagged on sets that were held out until this session (unseen-18: a newsletter that gives a later
// version, a regulator's summary that gives the application's; a Korean memo from both languages). The articles of
// unseen-trust21 were written after, as a regional business paper, a regulator's staff and a Korean regional daily
// write; each case failed before its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { extractFigures } from '../../server/src/extract/figures';
import { soundAlike } from '../../server/src/text/translit';
import { changesOf } from '../../server/src/extract/change';
import { figureJudged, loadSources, loud } from './judged';

const corpus = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-trust21', 'sources'));

describe('trust21: a capacity restated in another unit in brackets', () => {
  it('"900MW(90만kW)" is one figure twice, not a run of two paired with "900MW(1단계 300MW)"', () => {
    const j = figureJudged(corpus, '# 동향\n\n- 오창 캠퍼스 규모는 900MW(90만kW)다.\n', '90만kW');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });
  it('…while a wrong capacity in the same place is not vouched for', () => {
    const j = figureJudged(corpus, '# 동향\n\n- 오창 캠퍼스 규모는 1.5GW(150만kW)다.\n', '150만kW');
    assert.notEqual(j.status, 'supported');
  });
});

describe('trust21: a change written from-to in one language and to-from in the other', () => {
  it('"150억 달러에서 184억 달러로" pairs with "to $18.4 billion from the $15 billion" by level, not by order', () => {
    const text = '# 동향\n\n- 레이크뷰 캠퍼스의 사업비는 150억 달러에서 184억 달러로 늘었다.\n';
    const after = figureJudged(corpus, text, '184억 달러');
    assert.deepEqual(loud(after), []);
    assert.equal(after.status, 'supported');
    assert.deepEqual(loud(figureJudged(corpus, text, '150억 달러')), []);
  });
  it('…and a wrong level after the change is not vouched for', () => {
    const j = figureJudged(
      corpus,
      '# 동향\n\n- 레이크뷰 캠퍼스의 사업비는 150억 달러에서 214억 달러로 늘었다.\n',
      '214억 달러',
    );
    assert.notEqual(j.status, 'supported');
  });
});

describe('trust21: a count whose noun stands before it', () => {
  it('"The peak construction crew is now put at 2,900, up from 2,200" counts people, now and before', () => {
    const figs = extractFigures('The peak construction crew is now put at 2,900, up from 2,200.', 'en').figures;
    assert.deepEqual(
      figs.map((f) => [f.text, f.kind, f.unit]),
      [
        ['2,900', 'count', 'people'],
        ['2,200', 'count', 'people'],
      ],
    );
  });
  it('a bare number that is a year, or has a noun of its own, is not such a count', () => {
    assert.deepEqual(
      extractFigures('Employment to 2030 will grow.', 'en').figures.map((f) => f.unit),
      ['date'],
    );
    assert.deepEqual(
      extractFigures('The crew is put at 400 electricians.', 'en').figures.map((f) => [f.text, f.unit]),
      [['400 electricians', 'electricians']],
    );
  });
});

describe("trust21: a later source's level before a change", () => {
  const line =
    '# Lakeview\n\n- Up to 2,900 construction workers could be on site at the peak, and about 350 people would work there permanently.\n';
  it("the regulator's 2,200, which the Ledger gives as the level before its 2,900, does not refute 2,900", () => {
    const j = figureJudged(corpus, line, '2,900 construction workers');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });
  it('…while a count neither source gives is refuted', () => {
    const j = figureJudged(
      corpus,
      '# Lakeview\n\n- Up to 3,400 construction workers could be on site at the peak.\n',
      '3,400 construction workers',
    );
    assert.equal(j.mismatches.length, 1);
  });
});

describe("trust21: a line giving one article's version of a pair of figures", () => {
  const line =
    "# Lakeview\n\n- The developer pays $430 million of it, so Heartland's other customers pay the remaining $180 million.\n";
  it("the remaining $180 million is the Ledger's level 'that leaves $180 million', not an addition to compare with additions only", () => {
    const j = figureJudged(corpus, line, '$180 million');
    assert.deepEqual(loud(j), []);
  });
  it("$430 million, stated by the Ledger the sentence before its $180 million, is that version, not refuted by the application's $350 million", () => {
    const j = figureJudged(corpus, line, '$430 million');
    assert.deepEqual(loud(j), []);
  });
  it('…but the pair swapped is no version of it: the rest is refuted, the other amount not vouched for', () => {
    const swapped =
      "# Lakeview\n\n- The developer pays $180 million of it, so Heartland's other customers pay the remaining $430 million.\n";
    assert.equal(figureJudged(corpus, swapped, '$430 million').mismatches.length, 1);
    // (the Ledger's neighbouring sentences do not make the swap its version: the regulator's refutation stays in the
    // evidence, where a version set aside would have left it out)
    const c = checkReport(corpus, swapped).claims.find((x) => x.text === '$180 million')!;
    assert.ok(c.sources.some((x) => !x.agrees && x.key.startsWith('iuc-hearing-summary')));
  });
});

describe('trust21: an English name with a silent e or an ew, written in Hangul', () => {
  it('레이크뷰 is Lakeview, 리버뷰 Riverview, 베이뷰 Bayview; 레이크뷰 is not Lockview', () => {
    assert.equal(soundAlike('레이크뷰', 'lakeview'), true);
    assert.equal(soundAlike('리버뷰', 'riverview'), true);
    assert.equal(soundAlike('베이뷰', 'bayview'), true);
    assert.equal(soundAlike('레이크뷰', 'lockview'), false);
  });
});

describe('trust21: a Korean level the clause says was, before the amount it changed to', () => {
  it('"150억 달러였고, 올해 6월 184억 달러로 늘었다" reads 150억 as the level before (the Ledger\'s "from the $15 billion")', () => {
    const figs = extractFigures('사업비는 지난해 8월 150억 달러였고, 올해 6월 184억 달러로 늘었다.', 'ko').figures;
    const { changes } = changesOf('사업비는 지난해 8월 150억 달러였고, 올해 6월 184억 달러로 늘었다.', figs, 'ko');
    assert.deepEqual(
      figs.map((f, i) => [f.text, changes[i] ?? null]).filter(([t]) => String(t).includes('달러')),
      [
        ['150억 달러', 'before'],
        ['184억 달러', null],
      ],
    );
    const j = figureJudged(
      corpus,
      '# 동향\n\n- 레이크뷰 캠퍼스 사업비는 지난해 8월 150억 달러였고, 올해 6월 184억 달러로 늘었다.\n',
      '150억 달러',
    );
    assert.equal(j.status, 'supported');
  });
  it('…not a level beside another of another kind ("투자액은 3조 원이었고 고용은 500명으로 늘었다")', () => {
    const text = '투자액은 3조 원이었고 고용은 500명으로 늘었다.';
    const figs = extractFigures(text, 'ko').figures;
    assert.deepEqual(
      changesOf(text, figs, 'ko').changes.filter((c) => c !== undefined),
      [],
    );
  });
});

describe('trust21 (unseen-23): lines a blind set flagged', () => {
  const set = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-23', 'sources'));
  it("a sentence stating the first of two versions of a count does not date the line's other version", () => {
    // (the 보도자료's "1단계 400MW 2028년 하반기 가동 목표, 건설 인력 최대 8천 명·상시 고용 1천2백 명" restates 8,000 and 1,200,
    // not "9,000 in July 2026"; checked in its report, whose heading and lines before it are the line's context)
    const file = path.join(
      __dirname,
      '..',
      'fixtures',
      'unseen-23',
      'reports',
      'stargate-kettle-creek-goheung-memo.md',
    );
    const text = fs.readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('Peak construction employment was put at 8,000'));
    assert.ok(line >= 0);
    const r = checkReport(set, text);
    const loudHere = r.findings.filter(
      (f) => f.range.start.line === line && (f.severity === 'error' || f.severity === 'warning'),
    );
    assert.deepEqual(
      loudHere.map((f) => f.message),
      [],
    );
  });
  it('"A gigawatt of data center load" is 1 GW: the Korean line\'s 1GW is what the podcast says', () => {
    assert.deepEqual(
      extractFigures('"A gigawatt of data center load is a second city on our system."', 'en').figures.map((f) => [
        f.text,
        f.unit,
        f.value,
      ]),
      [['A gigawatt', 'MW', '1000']],
    );
    // (not a rate's per, nor a word made of the unit)
    assert.deepEqual(
      extractFigures(
        'It costs $45 billion a gigawatt, for a gigawatt-scale campus, the cost of a gigawatt.',
        'en',
      ).figures.map((f) => f.unit),
      ['USD/GW'],
    );
    const j = figureJudged(
      set,
      '# 동향\n\n- 히메네스홀트 부사장은 1GW의 데이터센터 부하를 "우리 계통 위의 두 번째 도시"에 비유했다.\n',
      '1GW',
    );
    assert.deepEqual(loud(j), []);
  });
});

describe("trust21: a level the line says is today's, which a later source gives as the level before", () => {
  it('"currently put at 2,200" is refuted by the Ledger\'s "now put at 2,900, up from 2,200", named alone', () => {
    const j = figureJudged(
      corpus,
      '# Lakeview\n\n- The peak construction crew is currently put at 2,200 workers.\n',
      '2,200 workers',
    );
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /2,900/);
  });
  it('…while the same level set in its time ("was put at 2,200 in the February filing") is not', () => {
    const j = figureJudged(
      corpus,
      '# Lakeview\n\n- The peak construction crew was put at 2,200 workers in the February filing.\n',
      '2,200 workers',
    );
    assert.deepEqual(loud(j), []);
  });
});

describe('trust21: a change still to come does not supersede the level now', () => {
  it('"currently handles 300 megawatts" is not refuted by "plans to expand … from 300 megawatts to 1.5 gigawatts"', () => {
    // (a planned expansion's level before is today's; only a revised figure, "now put at …, up from …", supersedes)
    const j = figureJudged(
      corpus,
      "# Lakeview\n\n- Heartland's Walnut substation currently handles 300 megawatts.\n",
      '300 megawatts',
    );
    assert.deepEqual(loud(j), []);
  });
});

describe("trust21: a line that sets its level after a change ('증액 이후') against a source that says it changed", () => {
  it('"올해 5월 증액 이후 총사업비는 35조 원" is refuted by "35조 원이었지만 … 38조 원으로 늘었다" (unseen-23)', () => {
    const set = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-23', 'sources'));
    const j = figureJudged(set, '# 고흥\n\n- 올해 5월 증액 이후 총사업비는 35조 원이다.\n', '35조 원');
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /38조/);
  });
});
