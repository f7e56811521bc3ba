// A measure named before its bare number (session 46): a data centre's PUE and its kin (WUE, pPUE, DSCR) written as
// `a PUE of 1.25`, `the measured PUE was 1.34`, `목표 PUE(전력효율지수)는 1.18` were never read, so a line giving one month's
// PUE for the quarter (unseen-68 seini-park L28) went unjudged. Such a number is now a figure of kind index whose unit is
// the index, then whether it is a target or a measured value, and a measured value's period
// (extract/figures/indexes.ts): a target never judges a measurement, nor one month's value a quarter's.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const read = (text: string, lang: 'en' | 'ko') =>
  extractFigures(text, lang).figures.map((f) => `${f.text}|${f.kind}|${f.unit}|${f.value}`);

describe('judge46d: an index named before its bare number is read', () => {
  it('English: the name, a gloss, link words, then the number; target or measured; the period', () => {
    assert.deepEqual(read('The campus was designed for an annual power usage effectiveness (PUE) of 1.15.', 'en'), [
      '1.15|index|PUE:target|1.15',
    ]);
    assert.deepEqual(read('Over the first quarter the measured PUE averaged 1.27, up from 1.24 in January.', 'en'), [
      '1.27|index|PUE:measured:quarter:1|1.27',
      '1.24|index|PUE:measured:month:1|1.24',
      'January|date|date|--01',
    ]);
    assert.deepEqual(read('The hall posted a PUE of 1.34 for July.', 'en'), ['1.34|index|PUE:measured:month:7|1.34']);
    assert.deepEqual(read('Over July–September the hall averaged a PUE of 1.29.', 'en'), [
      '1.29|index|PUE:measured:quarter:3|1.29',
    ]);
    assert.deepEqual(read('The lenders require a minimum DSCR of 1.35x.', 'en'), ['1.35x|index|DSCR:target|1.35']);
    // (a WUE with its unit written out is a volume a kWh, as any other: judge47d)
    assert.deepEqual(read('Its WUE was 0.26 L/kWh against a target of 0.20 L/kWh.', 'en'), [
      '0.26 L/kWh|volume|m3/kWh|0.00026',
      '0.20 L/kWh|volume|m3/kWh|0.0002',
    ]);
    // (no status and no period: the bare index, judged only by the same)
    assert.deepEqual(read('A PUE of 1.29 in a dry season is honest work.', 'en'), ['1.29|index|PUE|1.29']);
  });
  it('Korean: a particle, a bracket, a link word; the status after the number too', () => {
    assert.deepEqual(read('이 데이터센터의 목표 PUE(전력효율지수)는 1.18입니다.', 'ko'), [
      '1.18|index|PUE:target|1.18',
    ]);
    assert.deepEqual(read('전력 사용 효율(PUE)을 1.2 이하로 낮출 계획이다.', 'ko'), ['1.2|index|PUE:target|1.2']);
    assert.deepEqual(read('7월 첫 달 PUE가 1.34가 나왔다.', 'ko'), [
      '7월|date|date|--07',
      '1.34|index|PUE:measured:month|1.34',
    ]);
    assert.deepEqual(read('측정된 부분 PUE(pPUE)는 평균 1.07로 낮았다.', 'ko'), ['1.07|index|pPUE:measured|1.07']);
    // (the verb after the number is its clause's only when no other number stands first: the 설계값 is the 1.09's)
    assert.deepEqual(read('냉각 모듈의 pPUE는 1.07로 설계값 1.09보다 좋았다.', 'ko'), ['1.07|index|pPUE|1.07']);
  });
  it('not a number the index cannot take, nor one far from its name, nor a lower-case word', () => {
    assert.deepEqual(read('The PUE 2030 roadmap was published.', 'en'), ['2030|date|date|2030']);
    assert.deepEqual(read('The PUE fell by 0.05 over the year.', 'en'), []);
    assert.deepEqual(read('목표 PUE는 마컴 1.30이다.', 'ko'), []);
    assert.deepEqual(read('user caribe_pue 1.3 replied', 'en'), []);
  });
});

// A trade journal's story on one campus: its design PUE, the first quarter's measured mean and January's value.
const TRADE = {
  'dcd-weekly-brakken-pue.md':
    '# Brakken campus misses its efficiency target in first quarter\n\n2026-04-20\n\nBy Ingrid Solheim\n\n' +
    'Nordvik Data’s Brakken campus outside Trondheim was designed for a PUE of 1.20, the company said when it opened ' +
    'the first hall last autumn. Over the first quarter of 2026 the Brakken campus averaged a PUE of 1.27, up from ' +
    '1.24 in January, as the chillers ran longer than planned. Nordvik said the heat-recovery loop to the Trondheim ' +
    'district heating network was still being commissioned.\n',
};

describe('judge46d: an index is judged by the same index, of the same standing and period', () => {
  const corpus = writtenSources(TRADE);
  it('one month’s value given for the quarter is a mismatch, with the quarter’s', () => {
    const r = figureJudged(
      corpus,
      '# Nordic campuses\n\nOver the first quarter of 2026 the Brakken campus’s measured PUE was 1.24.\n',
      '1.24',
    );
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /1\.27/);
  });
  // (a line whose words the article's sentence shares few of, the visit and the target beside the value: the unit has
  // said which measure and period it is, so the subject needs less; without the lower bar it went unjudged, as L28 did)
  it('so is a line whose other words the article’s sentence does not share', () => {
    const r = figureJudged(
      corpus,
      '# Nordic campuses\n\nSite visit, Nordvik Data: over the whole first quarter the measured PUE was 1.24, against the 1.20 target.\n',
      '1.24',
    );
    assert.equal(r.mismatches.length, 1, messages(r));
  });
  it('the quarter’s own value is ✓', () => {
    const r = figureJudged(
      corpus,
      '# Nordic campuses\n\nOver the first quarter of 2026 the Brakken campus’s measured PUE was 1.27.\n',
      '1.27',
    );
    assert.equal(r.status, 'supported', messages(r));
  });
  it('nor is another month’s value ✓ (January’s 1.24 given for February)', () => {
    const r = figureJudged(
      corpus,
      '# Nordic campuses\n\nIn February the Brakken campus’s measured PUE was 1.24.\n',
      '1.24',
    );
    assert.notEqual(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('a design value is judged by the design value, not by a measured one', () => {
    const ok = figureJudged(corpus, '# Nordic campuses\n\nThe Brakken campus’s design PUE is 1.20.\n', '1.20');
    assert.equal(ok.status, 'supported', messages(ok));
    const wrong = figureJudged(corpus, '# Nordic campuses\n\nThe Brakken campus’s design PUE is 1.27.\n', '1.27');
    assert.notEqual(wrong.status, 'supported', messages(wrong));
  });
  it('a measured value of no period is neither ✓ nor ✗ by the quarter’s or the target', () => {
    const r = figureJudged(corpus, '# Nordic campuses\n\nThe Brakken campus runs at a PUE of 1.20.\n', '1.20');
    assert.notEqual(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
});

// A city's press release (보도자료) on a data centre: its target PUE, and last year's measured value of the pilot.
const BODO = {
  'yeongcheon-si-bodojaryo-2026-05-12.txt':
    '영천시, 하이테크파크 데이터센터 착공\n\n2026-05-12\n\n' +
    '영천시는 하이테크파크 지구에 들어서는 40MW 규모 데이터센터가 12일 착공했다고 밝혔다. ' +
    '시는 이 데이터센터의 목표 PUE(전력효율지수)는 1.25라고 설명했다. ' +
    '지난해 운영한 시범 전산실의 실측 PUE는 1.41을 기록했다.\n',
};

describe('judge46d: a Korean 보도자료 with 목표 PUE', () => {
  const corpus = writtenSources(BODO);
  it('the target given as the measured pilot’s value is a mismatch', () => {
    const r = figureJudged(corpus, '# 메모\n\n영천 하이테크파크 데이터센터의 목표 PUE는 1.41이다.\n', '1.41');
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /1\.25/);
  });
  it('the target is ✓', () => {
    const r = figureJudged(corpus, '# 메모\n\n영천 하이테크파크 데이터센터의 목표 PUE는 1.25이다.\n', '1.25');
    assert.equal(r.status, 'supported', messages(r));
  });
});

describe('judge46d: the tuning sets’ lines', () => {
  it('unseen-68 seini-park L28: July’s 1.34 given for the quarter (1.29)', () => {
    const r = reportLineJudged('unseen-68', 'seini-park-interpreter-prep-juwang-delegation-vuda.md', 28, '1.34');
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(messages(r), /1\.29/);
  });
  it('unseen-46 L16, a true design PUE, stays clean', () => {
    const r = reportLineJudged('unseen-46', 'brimrun-consulting-hraunvellir-heat-and-power-client-memo.md', 16, '1.15');
    assert.equal(loud(r).length, 0, messages(r));
  });
});
