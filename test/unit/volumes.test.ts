// Volumes and their rates as outlets write them: gallons and acre-feet in a US paper, ㎥ and 하루/연간 in a Korean
// daily, m³ per hour and per year in an impact summary, and 평 for land (issue 10: unseen-12's "2.1 million cubic
// metres a day" was not read, and "1.5 million gallons" was a count of things called gallons, so a wrong volume
// passed as unsupported). A volume per day is another measure than one per year or one in total: never compared.
// The articles of test/fixtures/unseen-volumes/ came first; the lines below were written after them.
import { strict as assert } from 'assert';
import * as path from 'path';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources } from './judged';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-volumes', 'sources');
const corpus = loadSources(DIR);
const read = (t: string) =>
  extractFigures(t, /[가-힣]/.test(t) ? 'ko' : 'en').figures.map((f) => [f.text, f.kind, f.unit, f.value]);
const judged = (line: string, fig: string) => figureJudged(corpus, `${line}\n`, fig);

describe('volumes: water in gallons, acre-feet, cubic metres and 톤, per day, hour or year', () => {
  it('reads the volume, its unit in cubic metres and what it is per', () => {
    assert.deepEqual(read('draw up to 1.5 million gallons of reclaimed water a day from the plant'), [
      ['1.5 million gallons', 'volume', 'm3/day', '5678.117676'],
    ]);
    assert.deepEqual(read('caps groundwater pumping at 300 acre-feet a year'), [
      ['300 acre-feet', 'volume', 'm3/year', '370044.551264256'],
    ]);
    assert.deepEqual(read('The plant treats about 9 million gallons daily.'), [
      ['9 million gallons', 'volume', 'm3/day', '34068.706056'],
    ]);
    assert.deepEqual(read('up to 14,000 m³ per hour at full load'), [['14,000 m³', 'volume', 'm3/hour', '14000']]);
    assert.deepEqual(read('about 120,000 m³ of water in total'), [['120,000 m³', 'volume', 'm3', '120000']]);
    assert.deepEqual(read('Water use is put at 2.1 million cubic metres a day.'), [
      ['2.1 million cubic metres', 'volume', 'm3/day', '2100000'],
    ]);
    assert.deepEqual(read('하루 2만5000㎥의 공업용수를 공급한다.'), [['2만5000㎥', 'volume', 'm3/day', '25000']]);
    assert.deepEqual(read('연간으로는 약 900만㎥ 규모다.'), [['900만㎥', 'volume', 'm3/year', '9000000']]);
    assert.deepEqual(read('하루 2만5000톤을 빼 쓰면'), [['2만5000톤', 'mass', 't/day', '25000']]);
    assert.deepEqual(read('부지 면적은 약 20만 평이다.'), [['20만 평', 'area', 'm2', '661157.0247933884']]);
    // not units: a chip called M3, 평가, 평균
    assert.deepEqual(read('Apple shipped 3 M3 laptops'), [['3 M3 laptops', 'count', 'laptops', '3']]);
    assert.ok(!read('3만 평가단이 참여했다').some((f) => f[1] === 'area'));
  });

  it('judges a volume against the source that states it, per the same period', () => {
    const line = (v: string) =>
      `Casa Grande's campus may draw up to ${v} of reclaimed water a day under the new permit.`;
    assert.equal(judged(line('1.5 million gallons'), '1.5 million gallons').status, 'supported');
    assert.equal(judged(line('5.7 million litres'), '5.7 million litres').status, 'supported');
    assert.deepEqual(judged(line('15 million gallons'), '15 million gallons').codes, ['figure-mismatch']);
    const cap = (v: string) => `The permit caps groundwater pumping at ${v} a year.`;
    assert.equal(judged(cap('300 acre-feet'), '300 acre-feet').status, 'supported');
    assert.deepEqual(judged(cap('3,000 acre-feet'), '3,000 acre-feet').codes, ['figure-mismatch']);
    const fresh = "Kvalvika's freshwater consumption is put at about 45,000 cubic metres a year.";
    assert.equal(judged(fresh, '45,000 cubic metres').status, 'supported');
  });

  it('a volume per day is the same rate as 365 times it per year', () => {
    const perDay = (v: string) => `Kvalvika's freshwater consumption is put at about ${v} cubic metres a day.`;
    assert.equal(judged(perDay('123'), '123 cubic metres').status, 'supported');
    assert.notEqual(judged(perDay('1,230'), '1,230 cubic metres').status, 'supported');
  });

  it('a volume per day is never confirmed or refuted by the same number per year', () => {
    const r = judged(
      "Kvalvika's first phase will use about 45,000 cubic metres of fresh water a day.",
      '45,000 cubic metres',
    );
    assert.equal(r.status, 'unsupported');
    assert.ok(!r.codes.includes('figure-mismatch'), r.codes.join());
  });

  it('Korean lines: ㎥ a day and a year, and land in 평 against ㎡', () => {
    assert.equal(
      judged('서산 캠퍼스는 하루 2만5000㎥의 공업용수를 대산정수장에서 받는다.', '2만5000㎥').status,
      'supported',
    );
    assert.deepEqual(judged('서산 캠퍼스는 하루 5만2000㎥의 공업용수를 대산정수장에서 받는다.', '5만2000㎥').codes, [
      'figure-mismatch',
    ]);
    assert.equal(judged('서산 캠퍼스의 공업용수는 연간 약 900만㎥ 규모다.', '900만㎥').status, 'supported');
    assert.deepEqual(judged('서산 캠퍼스의 공업용수는 연간 약 9000만㎥ 규모다.', '9000만㎥').codes, [
      'figure-mismatch',
    ]);
    assert.equal(judged('서산 캠퍼스 부지 면적은 약 20만 평이다.', '20만 평').status, 'supported');
    assert.deepEqual(judged('서산 캠퍼스 부지 면적은 약 2만 평이다.', '2만 평').codes, ['figure-mismatch']);
  });
});
