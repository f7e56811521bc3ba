import { strict as assert } from 'assert';
import {
  decParse,
  decToString,
  decMul,
  decShift,
  decDiv,
  parseKoreanNumber,
  parseEnglishNumber,
  koreanGroups,
  englishAmount,
  groupThousands,
  readArabic,
  writtenPrecision,
  arabicWork,
} from '../../server/src/extract/numerals';
import { extractFigures } from '../../server/src/extract/figures';

describe('numerals: exact decimals', () => {
  it('parses and prints canonical decimal strings', () => {
    const cases: [string, string][] = [
      ['4.35', '4.35'],
      ['1,234.50', '1234.5'],
      ['007', '7'],
      ['0.000', '0'],
      ['-2.50', '-2.5'],
      ['100', '100'],
    ];
    for (const [inp, out] of cases) assert.equal(decToString(decParse(inp)!), out, inp);
    assert.equal(decParse('1.2.3'), null);
    assert.equal(decParse(''), null);
    assert.equal(decParse('abc'), null);
  });
  it('multiplies without floating point error', () => {
    assert.equal(decToString(decShift(decParse('4.35')!, 8)), '435000000');
    assert.equal(decToString(decShift(decParse('1.57')!, 9)), '1570000000');
    assert.equal(decToString(decMul(decParse('0.1')!, decParse('0.2')!)), '0.02');
    assert.equal(decToString(decShift(decParse('12345')!, -3)), '12.345');
  });
  it('divides exactly when the quotient terminates', () => {
    const r = decDiv(decParse('1')!, decParse('10')!);
    assert.equal(decToString(r.value), '0.1');
    assert.equal(r.exact, true);
    const t = decDiv(decParse('1')!, decParse('3')!, 4);
    assert.equal(decToString(t.value), '0.3333');
    assert.equal(t.exact, false);
  });
  it('computes the place value of the last significant written digit', () => {
    assert.equal(decToString(writtenPrecision('720', '')), '10');
    assert.equal(decToString(writtenPrecision('5000', '')), '1000');
    assert.equal(decToString(writtenPrecision('1', '57')), '0.01');
    assert.equal(decToString(writtenPrecision('0', '')), '1');
  });
  it('reads comma groups only in threes', () => {
    assert.equal(readArabic('100,000 jobs', 0)!.end, 7);
    assert.equal(readArabic('1,2,3', 0)!.end, 1);
    assert.equal(readArabic('1,0000', 0)!.end, 1);
    assert.equal(readArabic('3.5%', 0)!.end, 3);
  });
});

describe('numerals: Korean', () => {
  const table: [string, string, string][] = [
    // text, value, precision
    ['5000억', '500000000000', '100000000000'],
    ['5천억', '500000000000', '100000000000'],
    ['720조', '720000000000000', '10000000000000'],
    ['718조', '718000000000000', '1000000000000'],
    ['34.5만', '345000', '1000'],
    ['4.35억', '435000000', '1000000'],
    ['9만3000', '93000', '1000'],
    ['10만', '100000', '100000'],
    ['1조 2000억', '1200000000000', '100000000000'],
    ['1조2000억', '1200000000000', '100000000000'],
    ['3억5천만', '350000000', '10000000'],
    ['5천5백만', '55000000', '1000000'],
    ['1,000억', '100000000000', '100000000000'],
    ['천만', '10000000', '10000000'],
    ['백억', '10000000000', '10000000000'],
    ['65조', '65000000000000', '1000000000000'],
    ['0.5', '0.5', '0.1'],
  ];
  for (const [text, value, precision] of table) {
    it(`parses ${text}`, () => {
      const r = parseKoreanNumber(text);
      assert.ok(r, text);
      assert.equal(r!.value, value);
      assert.equal(r!.precision, precision);
    });
  }
  it('gives 수십만 as its low bound', () => {
    assert.equal(parseKoreanNumber('수십만')!.value, '100000');
  });
  it('refuses what is not a numeral', () => {
    for (const s of ['억', '만원', '일자리', '', '5억 명']) assert.equal(parseKoreanNumber(s), null, s);
  });
  it('reads a remainder after 만 written apart when a counter follows (34만 5000명), not a year after it', () => {
    const { extractFigures } = require('../../server/src/extract/figures');
    const figs = (s: string) => extractFigures(s, 'ko').figures.map((f: any) => [f.text, f.value]);
    assert.deepEqual(figs('인력이 34만 5000명 부족하다'), [['34만 5000명', '345000']]);
    assert.deepEqual(figs('10만 2025년'), [
      ['10만', '100000'],
      ['2025년', '2025'],
    ]);
  });
  it('reads Sino-Korean digit words before 천/백/십 and 만/억/조 (오천억, 삼조, 이십만, 오천오백억)', () => {
    for (const [text, value, precision] of [
      ['오천억', '500000000000', '100000000000'],
      ['삼조', '3000000000000', '1000000000000'],
      ['이십만', '200000', '100000'],
      ['오천오백억', '550000000000', '10000000000'],
      ['칠백조', '700000000000000', '100000000000000'],
    ]) {
      const r = parseKoreanNumber(text);
      assert.deepEqual(r && [r.value, r.precision], [value, precision], text);
    }
    for (const s of ['오', '이번', '구조개혁']) assert.equal(parseKoreanNumber(s), null, s);
  });
  it('groups by 만 when writing', () => {
    assert.equal(koreanGroups(decParse('500000000000')!), '5000억');
    assert.equal(koreanGroups(decParse('718000000000000')!), '718조');
    assert.equal(koreanGroups(decParse('1200000000000')!, true), '1조 2000억');
    assert.equal(koreanGroups(decParse('93000')!), '9만3000');
    assert.equal(koreanGroups(decParse('150')!), '150');
  });
});

describe('numerals: English', () => {
  const table: [string, string, string][] = [
    ['500 billion', '500000000000', '100000000000'],
    ['1.57 billion', '1570000000', '10000000'],
    ['100,000', '100000', '100000'],
    ['5 bn', '5000000000', '1000000000'],
    ['2 trillion', '2000000000000', '1000000000000'],
    ['100B', '100000000000', '100000000000'],
    ['four', '4', '1'],
    ['twenty-five', '25', '1'],
    ['one hundred thousand', '100000', '100000'],
    ['three hundred and fifty', '350', '10'],
    ['a million', '1000000', '1000000'],
    ['two million five hundred thousand', '2500000', '100000'],
  ];
  for (const [text, value, precision] of table) {
    it(`parses ${text}`, () => {
      const r = parseEnglishNumber(text);
      assert.ok(r, text);
      assert.equal(r!.value, value);
      assert.equal(r!.precision, precision);
    });
  }
  it('refuses non-numbers', () => {
    for (const s of ['hundred', 'one of', 'billion', 'the', '']) assert.equal(parseEnglishNumber(s), null, s);
  });
  it('number words in no order of one number are two numbers: "phase two eighteen months ago"', () => {
    // unseen-11 (blind): a CFO's "We ordered the transformers for phase two eighteen months ago" was read as twenty
    // months, and a true line quoting the eighteen months was flagged.
    const figs = (t: string) => extractFigures(t, 'en').figures.map((f) => [f.text, f.value]);
    assert.deepEqual(figs('We ordered the transformers for phase two eighteen months ago.'), [
      ['eighteen months', '18'],
    ]);
    assert.deepEqual(figs('Units one twenty megawatts each'), [['twenty megawatts', '20']]);
    // In order they are one number still.
    assert.deepEqual(figs('about twenty two megawatts'), [['twenty two megawatts', '22']]);
    assert.deepEqual(figs('two hundred eighteen jobs'), [['two hundred eighteen jobs', '218']]);
    assert.deepEqual(figs('three thousand four hundred twenty one jobs'), [
      ['three thousand four hundred twenty one jobs', '3421'],
    ]);
  });
  it('writes report-style amounts', () => {
    assert.equal(englishAmount(decParse('500000000000')!), '500 billion');
    assert.equal(englishAmount(decParse('1570000000')!), '1.57 billion');
    assert.equal(englishAmount(decParse('100000')!), '100,000');
    assert.equal(englishAmount(decParse('4')!, { spell: true }), 'four');
    assert.equal(englishAmount(decParse('1234567')!), '1,234,567');
    assert.equal(groupThousands(decParse('93000')!), '93,000');
  });
});

describe('numerals: reading digits is linear in the text', () => {
  // Issue 11 (10): one line "$123,123,…,123 billion" was quadratic. The scanner reads a number at every
  // comma group of an over-long one, and each read ran to the end of the whole run. Work is counted in
  // characters looked at (arabicWork), not timed.
  const work = (chars: number) => {
    let line = '$123';
    while (line.length < chars) line += ',123';
    const text = line + ' billion\n';
    arabicWork.chars = 0;
    const figures = extractFigures(text, 'en').figures.map((f) => f.text);
    return { per: arabicWork.chars / text.length, figures };
  };
  it('looks at each character of a long line of comma groups a bounded number of times', () => {
    const small = work(2_000),
      large = work(20_000);
    assert.ok(
      large.per < 8,
      `readArabic looked at ${large.per.toFixed(1)} characters per character of a 20,000-character line`,
    );
    // Ten times the text, the same work per character (quadratic: ten times as much).
    assert.ok(
      large.per < small.per * 1.5,
      `per character: ${small.per.toFixed(1)} at 2,000, ${large.per.toFixed(1)} at 20,000`,
    );
  });
  it('reads the same numbers as before on such a line', () => {
    // The last seven groups are a number of their own (the earlier ones run past MAX_DIGITS).
    assert.deepEqual(work(2_000).figures, work(20_000).figures);
  });
});
