import { strict as assert } from 'assert';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { extractFigures } from '../../server/src/extract/figures';
import { formatFigure } from '../../server/src/format/figures';
import type { RawFigure } from '../../server/src/types';

const SEEDS = join(__dirname, '..', '..', 'seeds');
function seed(prefix: string): string {
  const f = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  if (!f) throw new Error('no seed ' + prefix);
  return readFileSync(join(SEEDS, f), 'utf8').normalize('NFC');
}

interface Want {
  text: string;
  kind: string;
  unit: string;
  value: string;
  qualifier?: string;
  precision?: string;
  low?: string;
  high?: string;
  noun?: string;
}

function find(figs: RawFigure[], w: Want): RawFigure | undefined {
  return figs.find((f) => f.text === w.text && f.value === w.value && f.unit === w.unit);
}

function check(text: string, lang: 'ko' | 'en', wants: Want[]): RawFigure[] {
  const { figures } = extractFigures(text, lang);
  for (const f of figures) assert.equal(text.slice(f.start, f.end), f.text, 'span of ' + f.text);
  for (const w of wants) {
    const f = find(figures, w);
    assert.ok(f, `missing ${JSON.stringify(w)}; got ${JSON.stringify(figures.map((x) => [x.text, x.value, x.unit]))}`);
    assert.equal(f!.kind, w.kind, w.text);
    assert.equal(f!.qualifier, w.qualifier ?? 'exact', w.text + ' qualifier');
    if (w.precision !== undefined) assert.equal(f!.precision, w.precision, w.text + ' precision');
    if (w.low !== undefined) assert.equal(f!.low, w.low, w.text + ' low');
    if (w.high !== undefined) assert.equal(f!.high, w.high, w.text + ' high');
    if (w.noun !== undefined) assert.equal(f!.noun, w.noun, w.text + ' noun');
  }
  return figures;
}

function noFigure(text: string, lang: 'ko' | 'en', needle: string): void {
  const { figures } = extractFigures(text, lang);
  const bad = figures.filter((f) => f.text.includes(needle));
  assert.deepEqual(
    bad.map((f) => f.text),
    [],
    `${needle} should not be a figure in ${text.slice(0, 60)}`,
  );
}

describe('figures: seed articles', () => {
  it('000 (Edaily): money with equivalence, jobs, places, ranges; no stock codes', () => {
    const text = seed('000_');
    check(text, 'ko', [
      {
        text: '5000억 달러',
        kind: 'money',
        unit: 'USD',
        value: '500000000000',
        qualifier: 'max',
        precision: '100000000000',
      },
      {
        text: '718조 원',
        kind: 'money',
        unit: 'KRW',
        value: '718000000000000',
        qualifier: 'approx',
        precision: '1000000000000',
      },
      { text: '10만 개', kind: 'count', unit: 'jobs', value: '100000', qualifier: 'min', noun: '일자리' },
      { text: '10여 곳', kind: 'count', unit: 'places', value: '10', qualifier: 'approx' },
      { text: '4년', kind: 'duration', unit: 'year', value: '4' },
      { text: '21일', kind: 'date', unit: 'date', value: '---21' },
      { text: '2025년 1월', kind: 'date', unit: 'date', value: '2025-01' },
      { text: '70~80%', kind: 'percent', unit: '%', value: '70', qualifier: 'range', low: '70', high: '80' },
      { text: '20~30%', kind: 'percent', unit: '%', value: '20', qualifier: 'range', low: '20', high: '30' },
    ]);
    for (const code of ['035420', '003550', '000660', '14:00', '2025.01', '5대5']) noFigure(text, 'ko', code);
    const { figures, equivalences } = extractFigures(text, 'ko');
    const pairs = equivalences.map((e) => [figures[e.a].text, figures[e.b].text]);
    assert.deepEqual(pairs, [['5000억 달러', '718조 원']]);
  });

  it('001 (blog): 34.5만명, equivalences, 2027년까지, 10분의 1', () => {
    const text = seed('001_');
    check(text, 'ko', [
      { text: '34.5만명', kind: 'count', unit: 'people', value: '345000', qualifier: 'min', precision: '1000' },
      { text: '700조 원', kind: 'money', unit: 'KRW', value: '700000000000000', qualifier: 'approx' },
      { text: '5천만 달러', kind: 'money', unit: 'USD', value: '50000000', precision: '10000000' },
      { text: '700억 원', kind: 'money', unit: 'KRW', value: '70000000000' },
      { text: '5천억 달러', kind: 'money', unit: 'USD', value: '500000000000' },
      { text: '2027년', kind: 'date', unit: 'date', value: '2027', qualifier: 'max' },
      { text: '65조 원', kind: 'money', unit: 'KRW', value: '65000000000000', qualifier: 'approx' },
      { text: '10분의 1', kind: 'ratio', unit: 'ratio', value: '0.1' },
    ]);
    const { figures, equivalences } = extractFigures(text, 'ko');
    const pairs = equivalences.map((e) => [figures[e.a].text, figures[e.b].text]);
    assert.deepEqual(pairs, [
      ['5천만 달러', '700억 원'],
      ['5천억 달러', '700조 원'],
    ]);
    noFigure(text, 'ko', '2025.01');
    noFigure(text, 'ko', '제2');
    // calendar table cells and the "7대 신기술" ordinal are not figures
    assert.ok(!extractFigures(text, 'ko').figures.some((f) => f.value === '7' || f.text === '1'));
  });

  it('002 (Hankyung): 150㎿ 이상, 720조원, 3개사, 수십만 개의 일자리', () => {
    const text = seed('002_');
    check(text, 'ko', [
      { text: '150㎿', kind: 'power', unit: 'MW', value: '150', qualifier: 'min', precision: '10' },
      {
        text: '720조원',
        kind: 'money',
        unit: 'KRW',
        value: '720000000000000',
        qualifier: 'approx',
        precision: '10000000000000',
      },
      { text: '5000억달러', kind: 'money', unit: 'USD', value: '500000000000' },
      { text: '3개사', kind: 'count', unit: 'companies', value: '3' },
      {
        text: '수십만 개',
        kind: 'count',
        unit: 'jobs',
        value: '100000',
        qualifier: 'range',
        low: '100000',
        high: '990000',
        noun: '일자리',
      },
      { text: '10만 명', kind: 'count', unit: 'people', value: '100000', qualifier: 'approx' },
      { text: '4인', kind: 'count', unit: 'people', value: '4' },
    ]);
    noFigure(text, 'ko', 'qurasoha');
  });

  it('003 (blog): area, money bounds, nodes, years; no 4차원, MAGA', () => {
    const text = seed('003_');
    check(text, 'ko', [
      { text: '9만3000㎡', kind: 'area', unit: 'm2', value: '93000', precision: '1000' },
      { text: '1000억달러', kind: 'money', unit: 'USD', value: '100000000000' },
      { text: '4000억달러', kind: 'money', unit: 'USD', value: '400000000000', qualifier: 'max' },
      { text: '700조원', kind: 'money', unit: 'KRW', value: '700000000000000', qualifier: 'min' },
      { text: '2나노', kind: 'length', unit: 'nm', value: '2' },
      { text: '3나노', kind: 'length', unit: 'nm', value: '3', qualifier: 'min' },
      { text: '1994년', kind: 'date', unit: 'date', value: '1994' },
      { text: '2015년', kind: 'date', unit: 'date', value: '2015' },
      { text: '4월', kind: 'date', unit: 'date', value: '--04' },
      { text: '30년', kind: 'duration', unit: 'year', value: '30' },
      { text: '8곳', kind: 'count', unit: 'places', value: '8' },
      { text: '3개', kind: 'count', unit: 'companies', value: '3', noun: '회사' },
    ]);
    noFigure(text, 'ko', '4차원');
    assert.ok(
      !extractFigures(text, 'ko').figures.some(
        (f) => f.text.includes('4') && f.start > 0 && text.slice(f.end, f.end + 2) === '차원',
      ),
    );
  });

  it('004 (JoongAng, English + Korean): up to $500 billion, jobs, won/dollar equivalence, from four to three', () => {
    const text = seed('004_');
    const figs = check(text, 'en', [
      {
        text: '$500 billion',
        kind: 'money',
        unit: 'USD',
        value: '500000000000',
        qualifier: 'max',
        precision: '100000000000',
      },
      { text: 'four years', kind: 'duration', unit: 'year', value: '4' },
      { text: '100,000 jobs', kind: 'count', unit: 'jobs', value: '100000', precision: '100000', noun: 'jobs' },
      { text: '2 trillion won', kind: 'money', unit: 'KRW', value: '2000000000000' },
      { text: '$1.57 billion', kind: 'money', unit: 'USD', value: '1570000000', precision: '10000000' },
      { text: 'four', kind: 'count', unit: 'units', value: '4' },
      { text: 'three', kind: 'count', unit: 'units', value: '3' },
      { text: '23 Jan. 2025', kind: 'date', unit: 'date', value: '2025-01-23' },
      { text: 'Jan. 21', kind: 'date', unit: 'date', value: '--01-21' },
      { text: 'September', kind: 'date', unit: 'date', value: '--09' },
      { text: '700조원대', kind: 'money', unit: 'KRW', value: '700000000000000', qualifier: 'approx' },
      { text: '4년', kind: 'duration', unit: 'year', value: '4' },
      { text: '718조원', kind: 'money', unit: 'KRW', value: '718000000000000', qualifier: 'approx' },
      { text: '10만 개', kind: 'count', unit: 'jobs', value: '100000' },
      { text: '2조원', kind: 'money', unit: 'KRW', value: '2000000000000' },
      { text: '4기', kind: 'count', unit: 'units', value: '4' },
      { text: '3기', kind: 'count', unit: 'units', value: '3' },
      { text: '9월', kind: 'date', unit: 'date', value: '--09' },
    ]);
    noFigure(text, 'en', '09:44');
    assert.ok(
      !figs.some((f) => f.text === 'one' || f.text.startsWith('one ')),
      'one of the world’s ... is not a figure',
    );
    const { figures, equivalences } = extractFigures(text, 'en');
    const pairs = equivalences.map((e) => [figures[e.a].text, figures[e.b].text]);
    assert.deepEqual(pairs, [
      ['2 trillion won', '$1.57 billion'],
      ['5000억 달러', '718조원'],
    ]);
  });
});

describe('figures: Korean synthetic sentences', () => {
  const one = (s: string, w: Want): void => {
    check(s, 'ko', [w]);
  };
  it('money forms', () => {
    one('총 5000억달러가 투입된다', { text: '5000억달러', kind: 'money', unit: 'USD', value: '500000000000' });
    one('5천억 달러를 쓴다', { text: '5천억 달러', kind: 'money', unit: 'USD', value: '500000000000' });
    one('약 4.35억 원이다', {
      text: '4.35억 원',
      kind: 'money',
      unit: 'KRW',
      value: '435000000',
      qualifier: 'approx',
      precision: '1000000',
    });
    one('700조원대 투자', {
      text: '700조원대',
      kind: 'money',
      unit: 'KRW',
      value: '700000000000000',
      qualifier: 'approx',
    });
    one('1조 2000억원을 들였다', { text: '1조 2000억원', kind: 'money', unit: 'KRW', value: '1200000000000' });
    one('10억 엔을 냈다', { text: '10억 엔', kind: 'money', unit: 'JPY', value: '1000000000' });
    one('수천억 원이 든다', {
      text: '수천억 원',
      kind: 'money',
      unit: 'KRW',
      value: '100000000000',
      qualifier: 'range',
      high: '999900000000',
    });
    one('최소 100억 원', { text: '100억 원', kind: 'money', unit: 'KRW', value: '10000000000', qualifier: 'min' });
    one('3000억 원 이하로', { text: '3000억 원', kind: 'money', unit: 'KRW', value: '300000000000', qualifier: 'max' });
  });
  it('counts and counters', () => {
    one('일자리 10만 개를 만든다', { text: '10만 개', kind: 'count', unit: 'jobs', value: '100000' });
    one('직원 500명이 넘게 일한다', { text: '500명', kind: 'count', unit: 'people', value: '500', qualifier: 'min' });
    one('1만 가구에 공급', { text: '1만 가구', kind: 'count', unit: 'households', value: '10000' });
    one('원전 2기를 짓는다', { text: '2기', kind: 'count', unit: 'units', value: '2' });
    one('기업 20곳 이상', { text: '20곳', kind: 'count', unit: 'places', value: '20', qualifier: 'min' });
    one('수백 명이 모였다', {
      text: '수백 명',
      kind: 'count',
      unit: 'people',
      value: '100',
      qualifier: 'range',
      low: '100',
      high: '999',
    });
  });
  it('durations, dates, ratios, percents', () => {
    one('앞으로 4년간 투자', { text: '4년', kind: 'duration', unit: 'year', value: '4' });
    one('2주 동안 검토', { text: '2주', kind: 'duration', unit: 'week', value: '2' });
    one('6개월 만에', { text: '6개월', kind: 'duration', unit: 'month', value: '6' });
    one('2025년 1월 21일 발표', { text: '2025년 1월 21일', kind: 'date', unit: 'date', value: '2025-01-21' });
    one('1월 21일에', { text: '1월 21일', kind: 'date', unit: 'date', value: '--01-21' });
    one('지난해 9월 정부는', { text: '9월', kind: 'date', unit: 'date', value: '--09' });
    one('3분의 1 수준', { text: '3분의 1', kind: 'ratio', unit: 'ratio', value: '0.333333', qualifier: 'approx' });
    one('매출이 3배로', { text: '3배', kind: 'ratio', unit: 'ratio', value: '3' });
    one('금리가 0.25%p 올랐다', { text: '0.25%p', kind: 'percent', unit: '%p', value: '0.25' });
    one('1.2GW 규모', { text: '1.2GW', kind: 'power', unit: 'MW', value: '1200' });
    one('2~3년 걸린다', {
      text: '2~3년',
      kind: 'duration',
      unit: 'year',
      value: '2',
      qualifier: 'range',
      low: '2',
      high: '3',
    });
    one('1~2조원 규모', {
      text: '1~2조원',
      kind: 'money',
      unit: 'KRW',
      value: '1000000000000',
      qualifier: 'range',
      high: '2000000000000',
    });
  });
  it('more Korean news forms', () => {
    one('영업이익 6조6000억원을 기록', {
      text: '6조6000억원',
      kind: 'money',
      unit: 'KRW',
      value: '6600000000000',
      precision: '100000000000',
    });
    one('1억5000만 달러', { text: '1억5000만 달러', kind: 'money', unit: 'USD', value: '150000000' });
    one('1000억 엔비디아 칩', { text: '1000억', kind: 'money', unit: 'KRW', value: '100000000000' });
    one('“720조 AI인프라 구축”', { text: '720조', kind: 'money', unit: 'KRW', value: '720000000000000' });
    one('50여 개국이 참여', { text: '50여 개국', kind: 'count', unit: 'countries', value: '50', qualifier: 'approx' });
    one('수조 원이 든다', {
      text: '수조 원',
      kind: 'money',
      unit: 'KRW',
      value: '2000000000000',
      qualifier: 'range',
      high: '9000000000000',
    });
    one('20%대 성장', { text: '20%대', kind: 'percent', unit: '%', value: '20', qualifier: 'approx' });
    one('100만 주를 매입', { text: '100만 주', kind: 'count', unit: 'shares', value: '1000000' });
    one('12월 31일까지', { text: '12월 31일', kind: 'date', unit: 'date', value: '--12-31', qualifier: 'max' });
    one('3조~4조원', {
      text: '3조~4조원',
      kind: 'money',
      unit: 'KRW',
      value: '3000000000000',
      qualifier: 'range',
      high: '4000000000000',
    });
    for (const s of ['1분기 실적', '30분 동안', '국내 1위', '3차 산업혁명', '2차전지', '30세 이하', '1등을 하기']) {
      assert.deepEqual(
        extractFigures(s, 'ko').figures.map((f) => f.text),
        [],
        s,
      );
    }
  });
  it('things that are not figures', () => {
    for (const [s, needle] of [
      ['오후 3시에 만나자', '3'],
      ['전화 02-123-4567로', '4567'],
      ['https://example.com/2025/01/story', '2025'],
      ['트럼프 2기 행정부', '2기'],
      ['AI 3대 강국', '3대'],
      ['버전 1.2.3 배포', '1.2'],
      ['美 韓 협력', '美'],
      ['삼성전자(005930)', '005930'],
      ['KB금융(105560) 주가', '105560'],
      ['제3의 길', '3'],
      ['1위를 차지', '1'],
      ['21세기 들어', '21'],
      ['H100 칩', '100'],
      ['5G 통신', '5'],
      ['GPT-4 모델', '4'],
    ] as [string, string][])
      noFigure(s, 'ko', needle);
    const listed = extractFigures('1. 첫째\n2. 둘째', 'ko').figures;
    assert.deepEqual(listed, []);
  });
});

describe('figures: English synthetic sentences', () => {
  const one = (s: string, w: Want): void => {
    check(s, 'en', [w]);
  };
  it('money forms', () => {
    one('It will cost US$ 5 bn in total.', {
      text: 'US$ 5 bn',
      kind: 'money',
      unit: 'USD',
      value: '5000000000',
      precision: '1000000000',
    });
    one('They pledged 500 billion dollars.', {
      text: '500 billion dollars',
      kind: 'money',
      unit: 'USD',
      value: '500000000000',
    });
    one('A $100B fund.', { text: '$100B', kind: 'money', unit: 'USD', value: '100000000000' });
    one('about $500 billion', {
      text: '$500 billion',
      kind: 'money',
      unit: 'USD',
      value: '500000000000',
      qualifier: 'approx',
    });
    one('as much as $500 billion', {
      text: '$500 billion',
      kind: 'money',
      unit: 'USD',
      value: '500000000000',
      qualifier: 'max',
    });
    one('more than $100 billion', {
      text: '$100 billion',
      kind: 'money',
      unit: 'USD',
      value: '100000000000',
      qualifier: 'min',
    });
    one('billions of dollars were spent', {
      text: 'billions of dollars',
      kind: 'money',
      unit: 'USD',
      value: '1000000000',
      qualifier: 'range',
      high: '9999999999',
    });
    one('€20 million grant', { text: '€20 million', kind: 'money', unit: 'EUR', value: '20000000' });
  });
  it('counts', () => {
    one('It will create one hundred thousand jobs.', {
      text: 'one hundred thousand jobs',
      kind: 'count',
      unit: 'jobs',
      value: '100000',
    });
    one('hundreds of thousands of jobs', {
      text: 'hundreds of thousands of jobs',
      kind: 'count',
      unit: 'jobs',
      value: '100000',
      qualifier: 'range',
      low: '100000',
      high: '999000',
    });
    one('at least 100,000 new jobs', {
      text: '100,000 new jobs',
      kind: 'count',
      unit: 'jobs',
      value: '100000',
      qualifier: 'min',
    });
    one('upward of 20 sites', { text: '20 sites', kind: 'count', unit: 'places', value: '20', qualifier: 'min' });
    one('three companies joined', { text: 'three companies', kind: 'count', unit: 'companies', value: '3' });
    one('roughly 10,000 people', {
      text: '10,000 people',
      kind: 'count',
      unit: 'people',
      value: '10000',
      qualifier: 'approx',
    });
  });
  it('durations, dates, physical units, percents', () => {
    one('within 2 weeks', { text: '2 weeks', kind: 'duration', unit: 'week', value: '2' });
    one('a four-year plan', { text: 'four-year', kind: 'duration', unit: 'year', value: '4' });
    one('on January 21, 2025,', { text: 'January 21, 2025', kind: 'date', unit: 'date', value: '2025-01-21' });
    one('in January 2025', { text: 'January 2025', kind: 'date', unit: 'date', value: '2025-01' });
    one('founded in 2015 by', { text: '2015', kind: 'date', unit: 'date', value: '2015' });
    one('a 150-megawatt plant', { text: '150-megawatt', kind: 'power', unit: 'MW', value: '150' });
    one('1.2 GW of capacity', { text: '1.2 GW', kind: 'power', unit: 'MW', value: '1200' });
    one('93,000 square meters', {
      text: '93,000 square meters',
      kind: 'area',
      unit: 'm2',
      value: '93000',
      precision: '1000',
    });
    one('93,000 m² site', { text: '93,000 m²', kind: 'area', unit: 'm2', value: '93000' });
    one('a 2-nanometer process', { text: '2-nanometer', kind: 'length', unit: 'nm', value: '2' });
    one('the 2nm node', { text: '2nm', kind: 'length', unit: 'nm', value: '2' });
    one('70-80% of it', {
      text: '70-80%',
      kind: 'percent',
      unit: '%',
      value: '70',
      qualifier: 'range',
      low: '70',
      high: '80',
    });
    one('70 to 80 percent', {
      text: '70 to 80 percent',
      kind: 'percent',
      unit: '%',
      value: '70',
      qualifier: 'range',
      high: '80',
    });
    one('around 30%', { text: '30%', kind: 'percent', unit: '%', value: '30', qualifier: 'approx' });
    one('September last year', { text: 'September', kind: 'date', unit: 'date', value: '--09' });
  });
  it('ranges, changes and ratios', () => {
    const f1 = check('from $100 billion to $500 billion', 'en', [
      { text: '$100 billion', kind: 'money', unit: 'USD', value: '100000000000' },
      { text: '$500 billion', kind: 'money', unit: 'USD', value: '500000000000' },
    ]);
    assert.equal(f1.length, 2);
    one('between $1 billion and $2 billion', {
      text: '$1 billion and $2 billion',
      kind: 'money',
      unit: 'USD',
      value: '1000000000',
      qualifier: 'range',
      high: '2000000000',
    });
    one('$1-2 billion', {
      text: '$1-2 billion',
      kind: 'money',
      unit: 'USD',
      value: '1000000000',
      qualifier: 'range',
      low: '1000000000',
      high: '2000000000',
    });
    one('5 to 10 years', {
      text: '5 to 10 years',
      kind: 'duration',
      unit: 'year',
      value: '5',
      qualifier: 'range',
      high: '10',
    });
    one('2.5 times larger', { text: '2.5 times', kind: 'ratio', unit: 'ratio', value: '2.5' });
    check('cut plans from 4 to 3', 'en', [
      { text: '4', kind: 'count', unit: 'count', value: '4' },
      { text: '3', kind: 'count', unit: 'count', value: '3' },
    ]);
    one('the 2025 elections', { text: '2025', kind: 'date', unit: 'date', value: '2025' });
    one('since 2015', { text: '2015', kind: 'date', unit: 'date', value: '2015', qualifier: 'min' });
    one('by 2030', { text: '2030', kind: 'date', unit: 'date', value: '2030', qualifier: 'max' });
  });
  it('things that are not figures', () => {
    for (const [s, needle] of [
      ['at 09:44 and 14:00:03', '09'],
      ['call 010-1234-5678', '1234'],
      ['version 1.2.3', '1.2'],
      ['one of them', 'one'],
      ['see www.site.com/2025/report', '2025'],
      ['[1] footnote', '1'],
      ['the H100 and B200 chips', '100'],
      ['you may go', 'may'],
      ['they march on', 'march'],
    ] as [string, string][])
      noFigure(s, 'en', needle);
  });
});

describe('figures: equivalences', () => {
  it('pairs a money figure with a parenthesized amount in another currency', () => {
    const s = '5000억 달러(약 718조 원)와 2 trillion won ($1.57 billion), 5천만 달러(700억 원)';
    const { figures, equivalences } = extractFigures(s, 'ko');
    assert.deepEqual(
      equivalences.map((e) => [figures[e.a].text, figures[e.b].text]),
      [
        ['5000억 달러', '718조 원'],
        ['2 trillion won', '$1.57 billion'],
        ['5천만 달러', '700억 원'],
      ],
    );
  });
  it('does not pair same-currency or distant figures', () => {
    const s = '100억 원(200억 원) 그리고 5000억 달러를 쓰고 나중에 (700조 원)';
    const { equivalences } = extractFigures(s, 'ko');
    assert.deepEqual(equivalences, []);
  });
});

describe('figures: robustness', () => {
  const attacks = [
    '1,'.repeat(50000),
    '억'.repeat(50000),
    '((((('.repeat(20000),
    '9'.repeat(100000),
    '1.'.repeat(50000),
    '수'.repeat(50000),
    '$'.repeat(50000) + '5',
    'one '.repeat(30000),
    '5000억 달러('.repeat(5000),
    '~1'.repeat(40000),
    '1-'.repeat(40000),
    'http://' + '1'.repeat(50000),
    '@'.repeat(30000),
    '\u0000\uffff\ud800',
  ];
  // Each attack sits between two ordinary sentences of a report: the figures around it must still be found, where
  // they are, whatever the scanner makes of the attack itself.
  const around = {
    ko: {
      before: '스타게이트는 4년간 최대 5000억 달러를 투자한다. ',
      after: ' 일자리는 10만 개가 생긴다.',
      want: [
        ['5000억 달러', '500000000000', 'USD'],
        ['10만 개', '100000', 'jobs'],
      ],
    },
    en: {
      before: 'Stargate will invest up to $500 billion. ',
      after: ' It will create 100,000 jobs.',
      want: [
        ['$500 billion', '500000000000', 'USD'],
        ['100,000 jobs', '100000', 'jobs'],
      ],
    },
  } as const;
  for (const a of attacks) {
    it(`returns on ${JSON.stringify(a.slice(0, 12))}… (${a.length} chars) and finds the figures around it`, () => {
      for (const lang of ['ko', 'en'] as const) {
        const { before, after, want } = around[lang];
        const text = before + a + after;
        const { figures } = extractFigures(text, lang);
        for (const f of figures)
          assert.ok(f.start >= 0 && f.end > f.start && f.end <= text.length && text.slice(f.start, f.end) === f.text);
        const first = figures.find((f) => f.text === want[0][0] && f.start === before.indexOf(want[0][0]));
        assert.deepEqual(
          first && [first.text, first.value, first.unit],
          want[0],
          `${lang}: the figure before the attack`,
        );
        const last = figures.find(
          (f) => f.text === want[1][0] && f.start === before.length + a.length + after.indexOf(want[1][0]),
        );
        assert.deepEqual(last && [last.text, last.value, last.unit], want[1], `${lang}: the figure after the attack`);
        // Nothing of the ordinary sentences is taken into a figure of the attack.
        assert.ok(
          figures.every(
            (f) =>
              f.end <= before.length ||
              f.start >= before.length + a.length ||
              (f.start >= before.length && f.end <= before.length + a.length),
          ),
          `${lang}: a figure straddles the attack`,
        );
      }
    });
  }
  it('skips a 100,000-digit number and reads the amount after it', () => {
    const { figures } = extractFigures('9'.repeat(100000) + '억 원을 넘어 5000억 달러에 이른다.', 'ko');
    assert.deepEqual(
      figures.map((f) => [f.text, f.value, f.unit]),
      [['5000억 달러', '500000000000', 'USD']],
    );
  });
  it('reads every amount of a long run of equivalences', () => {
    // '5000억 달러(' repeated: each one is an amount, and the run is parsed to its end.
    const { figures } = extractFigures('5000억 달러('.repeat(5000), 'ko');
    assert.equal(figures.length, 5000);
    assert.ok(figures.every((f) => f.value === '500000000000' && f.unit === 'USD'));
  });
});

describe('formatFigure', () => {
  const cases: [string, string, RawFigure['kind'], 'ko' | 'en', string][] = [
    ['500000000000', 'USD', 'money', 'en', '$500 billion'],
    ['1570000000', 'USD', 'money', 'en', '$1.57 billion'],
    ['2000000000000', 'KRW', 'money', 'en', '2 trillion won'],
    ['100000', 'jobs', 'count', 'en', '100,000 jobs'],
    ['4', 'year', 'duration', 'en', 'four years'],
    ['500000000000', 'USD', 'money', 'ko', '5000억 달러'],
    ['718000000000000', 'KRW', 'money', 'ko', '718조 원'],
    ['100000', 'jobs', 'count', 'ko', '10만 개'],
    ['100000', 'people', 'count', 'ko', '10만 명'],
    ['8', 'places', 'count', 'ko', '8곳'],
    ['3', 'companies', 'count', 'ko', '3개사'],
    ['93000', 'm2', 'area', 'ko', '9만3000㎡'],
    ['2015', 'date', 'date', 'ko', '2015년'],
    ['2025-01', 'date', 'date', 'ko', '2025년 1월'],
    ['--01-21', 'date', 'date', 'en', 'January 21'],
    ['70', '%', 'percent', 'ko', '70%'],
  ];
  for (const [value, unit, kind, lang, want] of cases) {
    it(`writes ${want}`, () => {
      const s = formatFigure(value, unit, kind, lang);
      assert.equal(s, want);
      // a Korean count of jobs names its noun outside the figure: 일자리 10만 개
      const ctx = lang === 'ko' && unit === 'jobs' ? '일자리 ' : '';
      const { figures } = extractFigures(ctx + s, lang);
      assert.equal(figures.length, 1, s);
      assert.equal(figures[0].value, value, s);
      assert.equal(figures[0].unit, unit, s);
      assert.equal(figures[0].text, s);
      assert.equal(figures[0].start, ctx.length);
    });
  }
  it('follows the report style for Korean spacing', () => {
    assert.equal(formatFigure('720000000000000', 'KRW', 'money', 'ko', { unitSpace: false }), '720조원');
    assert.equal(
      formatFigure('1200000000000', 'KRW', 'money', 'ko', { unitSpace: false, groupSpace: false }),
      '1조2000억원',
    );
  });
  it('round-trips many amounts', () => {
    const values = [
      '1',
      '12',
      '999',
      '1000',
      '12345',
      '100000',
      '3450000',
      '50000000',
      '1570000000',
      '500000000000',
      '718000000000000',
      '1234567890000',
    ];
    for (const v of values) {
      for (const [unit, lang] of [
        ['USD', 'en'],
        ['KRW', 'en'],
        ['USD', 'ko'],
        ['KRW', 'ko'],
      ] as [string, 'ko' | 'en'][]) {
        const s = formatFigure(v, unit, 'money', lang);
        const { figures } = extractFigures(s, lang);
        assert.equal(figures.length, 1, s);
        assert.equal(figures[0].value, v, s);
        assert.equal(figures[0].unit, unit, s);
      }
    }
  });
  it('round-trips other kinds in both languages', () => {
    const cases: [string, string, RawFigure['kind']][] = [
      ['150', 'MW', 'power'],
      ['1200', 'MW', 'power'],
      ['93000', 'm2', 'area'],
      ['2', 'nm', 'length'],
      ['4', 'year', 'duration'],
      ['2', 'week', 'duration'],
      ['6', 'month', 'duration'],
      ['70', '%', 'percent'],
      ['0.25', '%p', 'percent'],
      ['2015', 'date', 'date'],
      ['2025-01', 'date', 'date'],
      ['--01-21', 'date', 'date'],
      ['2025-01-23', 'date', 'date'],
      ['0.1', 'ratio', 'ratio'],
      ['3', 'ratio', 'ratio'],
      ['345000', 'people', 'count'],
      ['3', 'companies', 'count'],
      ['8', 'places', 'count'],
      ['3', 'units', 'count'],
      ['10000', 'households', 'count'],
      ['1000000', 'JPY', 'money'],
      ['5000000', 'EUR', 'money'],
      ['1500', 'USD', 'money'],
    ];
    for (const [value, unit, kind] of cases) {
      for (const lang of ['ko', 'en'] as const) {
        const s = formatFigure(value, unit, kind, lang);
        const { figures } = extractFigures(s, lang);
        assert.equal(figures.length, 1, `${lang} ${s}`);
        assert.deepEqual([figures[0].text, figures[0].value, figures[0].unit, figures[0].kind], [s, value, unit, kind]);
      }
    }
    assert.equal(formatFigure('3', 'people', 'count', 'ko'), '3명');
    assert.equal(formatFigure('1500', 'USD', 'money', 'ko'), '1500달러');
    assert.equal(formatFigure('1500', 'USD', 'money', 'ko', { unitSpace: true }), '1500 달러');
  });
  it('never throws on garbage', () => {
    assert.equal(typeof formatFigure('abc', 'USD', 'money', 'en'), 'string');
  });
});

describe('figures: forms found in reports written after the engine', () => {
  const one = (text: string, lang: 'ko' | 'en') =>
    extractFigures(text, lang).figures.map((f) => [f.text, f.kind, f.value, f.unit]);
  it('a hyphenated amount is the whole amount, not $500', () => {
    assert.deepEqual(one('Stargate’s $500-billion plan', 'en'), [['$500-billion', 'money', '500000000000', 'USD']]);
  });
  it('half a trillion dollars is 500 billion', () => {
    assert.deepEqual(one('It will cost half a trillion dollars.', 'en'), [
      ['half a trillion dollars', 'money', '500000000000', 'USD'],
    ]);
  });
  it('100k jobs is a hundred thousand jobs', () => {
    assert.deepEqual(one('It may create 100k jobs.', 'en'), [['100k jobs', 'count', '100000', 'jobs']]);
  });
  it('Korean won written out in English is won', () => {
    assert.deepEqual(one('about 718 trillion Korean won', 'en'), [
      ['718 trillion Korean won', 'money', '718000000000000', 'KRW'],
    ]);
  });
  it('amounts in Sino-Korean words, with a unit (오천억 달러, 이십만 개); words that only look like them are not amounts', () => {
    assert.deepEqual(one('최대 오천억 달러(한화 약 7백조 원)', 'ko'), [
      ['오천억 달러', 'money', '500000000000', 'USD'],
      ['7백조 원', 'money', '700000000000000', 'KRW'],
    ]);
    assert.deepEqual(one('일자리 이십만 개', 'ko'), [['이십만 개', 'count', '200000', 'jobs']]);
    for (const s of ['구조 개혁이 필요하다', '오만한 태도', '이천 공장', '일조를 했다', '이번 사업', '삼성전자'])
      assert.deepEqual(one(s, 'ko'), [], s);
  });
  it('a counted noun before 개 may be a compound or plural (대기업들이 3개)', () => {
    assert.deepEqual(one('대기업들이 3개 참여한다', 'ko'), [['3개', 'count', '3', 'companies']]);
  });
  it('a hyphenated compound unit is the unit (“a 120,000-square-meter data center”)', () => {
    assert.deepEqual(one('a 120,000-square-meter data center', 'en'), [
      ['120,000-square-meter', 'area', '120000', 'm2'],
    ]);
  });
  it('a counted noun before its number keeps its particle and may have a qualifier between (일자리가 최소 50만 개)', () => {
    assert.deepEqual(one('일자리가 최소 50만 개 생긴다.', 'ko'), [['50만 개', 'count', '500000', 'jobs']]);
    assert.deepEqual(one('일자리는 10만 개 이상이다.', 'ko'), [['10만 개', 'count', '100000', 'jobs']]);
  });
});
