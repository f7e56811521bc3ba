// Figure misses of unseen-34 and unseen-35 (issue 10, sets written blind, promoted to tuning in session 28), each
// traced to a general cause and tested on articles written here as their outlets would write them. Each case fails
// without its rule.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, writtenSources } from './judged';

const read = (t: string) =>
  extractFigures(t, /[가-힣]/.test(t) ? 'ko' : 'en').figures.map((f) => [f.text, f.unit, f.value]);

// unseen-34's Korean report: "현재 1단계 300MW의 가동 목표는 2028년 4분기다." The quarter before the copula 다 was not
// read (only a particle might follow 분기), so the line's date was the bare year 2028, which every source agreed with; and
// the weekly's "2028년 4분기에서 2029년 1분기로 한 분기 늦췄다" was no schedule moved (the size of the move stood between
// 로 and the verb), nor was 늦췄다 a word of revision. unseen-35's memo: "Unit 1 (500 MW) is still scheduled for
// completion in December 2028" against "당초 2028년 12월에서 2029년 3월로 석 달 미뤄졌고".
describe('judge28: a schedule moved, and the date before the move given as today’s', () => {
  it('reads a Korean quarter or half before the copula', () => {
    assert.deepEqual(read('가동 목표는 2028년 4분기다.'), [['2028년 4분기', 'date', '2028-Q4']]);
    assert.deepEqual(read('준공 목표는 2029년 상반기였다.'), [['2029년 상반기', 'date', '2029-H1']]);
    assert.deepEqual(read('가동 시점이 2027년 3분기라고 밝혔다.'), [['2027년 3분기', 'date', '2027-Q3']]);
  });

  const corpus = writtenSources(
    {
      'gangseo-disclosure-ko.txt': [
        '주요사항보고서(신규시설투자 등)',
        '',
        '회사명 : 한결에너지 주식회사',
        '',
        '1. 투자구분 : 신규시설투자',
        '2. 투자내용 : 강서 LNG 복합화력발전소 건설 (1호기 450MW, 2호기 450MW)',
        '3. 준공 예정 : 1호기 2028년 9월, 2호기 2029년 9월',
        '4. 이사회결의일 : 2026년 5월 12일',
        '',
      ].join('\n'),
      'gangseo-weekly-ko.txt': [
        '한결에너지 강서 발전소 1호기 준공 석 달 늦춰져',
        '',
        '한결에너지가 짓는 강서 LNG 복합화력발전소의 준공 일정이 바뀌었다. 450MW급 1호기 준공은 당초 2028년 9월에서 2028년 12월로 석 달 미뤄졌고, 2호기는 2029년 9월 그대로다.',
        '',
        '회사는 인근 데이터센터 캠퍼스의 1단계 200MW 가동 시점도 2028년 3분기에서 2028년 4분기로 한 분기 늦췄다.',
        '',
      ].join('\n'),
      'campus-blog-ko.txt': [
        '강서 데이터센터 캠퍼스 현장 방문기',
        '',
        '캠퍼스 1단계 200MW는 2028년 3분기 가동이 목표다. 한결에너지 발전소에서 전력을 받는다.',
        '',
      ].join('\n'),
    },
    'xref-judge28-',
  );

  it('refutes a moved date a line gives as the schedule now', () => {
    const en = (v: string, when: string) =>
      `Hangyeol Energy's Gangseo Unit 1 (450 MW) is ${when} scheduled for completion in ${v}.\n`;
    assert.deepEqual(figureJudged(corpus, en('September 2028', 'still'), 'September 2028').codes, ['figure-mismatch']);
    assert.equal(figureJudged(corpus, en('December 2028', 'now'), 'December 2028').status, 'supported');
    const ko = (v: string) => `현재 강서 캠퍼스 1단계 200MW의 가동 목표는 ${v}다.\n`;
    assert.deepEqual(figureJudged(corpus, ko('2028년 3분기'), '2028년 3분기').codes, ['figure-mismatch']);
    assert.equal(figureJudged(corpus, ko('2028년 4분기'), '2028년 4분기').status, 'supported');
    assert.deepEqual(
      figureJudged(corpus, '강서 발전소 1호기는 여전히 2028년 9월 준공 예정이다.\n', '2028년 9월').codes,
      ['figure-mismatch'],
    );
  });

  it('leaves alone the first schedule a line gives as the first', () => {
    const j = figureJudged(
      corpus,
      "Hangyeol Energy's Gangseo Unit 1 (450 MW) was originally scheduled for completion in September 2028.\n",
      'September 2028',
    );
    assert.deepEqual(j.codes, []);
  });
});

// unseen-34: "The fund had assets of OMR 21.4 billion at the end of 2025" against the fund's own "OMR 19.2 billion" was
// no money at all (OMR was no currency: a count of 21.4 billion things), and neither were the Turkish daily's "about
// 602 billion Turkish liras", a Korean weekly's "31억 리알" (read as won) or "6,020억 리라". The Gulf's and Türkiye's
// currencies are read now, and any ISO 4217 code written in capitals beside an amount.
describe('judge28: Gulf and Turkish currencies, and ISO codes beside an amount', () => {
  it('reads them in their own currency, in English and in Korean', () => {
    assert.deepEqual(read('Assets reached OMR 12.6 billion.'), [['OMR 12.6 billion', 'OMR', '12600000000']]);
    assert.deepEqual(read('a contract of 96 million Omani rials'), [['96 million Omani rials', 'OMR', '96000000']]);
    assert.deepEqual(read('about 430 billion Turkish liras'), [['430 billion Turkish liras', 'TRY', '430000000000']]);
    assert.deepEqual(read('$10bn, about TRY 430bn'), [
      ['$10bn', 'USD', '10000000000'],
      ['TRY 430bn', 'TRY', '430000000000'],
    ]);
    assert.deepEqual(read('a budget of 2.4 billion QAR'), [['2.4 billion QAR', 'QAR', '2400000000']]);
    assert.deepEqual(read('KWD 310 million, or 310 million Kuwaiti dinars'), [
      ['KWD 310 million', 'KWD', '310000000'],
      ['310 million Kuwaiti dinars', 'KWD', '310000000'],
    ]);
    assert.deepEqual(read('투자액은 24억 리알(약 62억 달러)로 늘었다.'), [
      ['24억 리알', 'OMR', '2400000000'],
      ['62억 달러', 'USD', '6200000000'],
    ]);
    assert.deepEqual(read('사업비는 약 4,300억 리라다.'), [['4,300억 리라', 'TRY', '430000000000']]);
    // (capitals a report writes before a number that are no currency stay as they were)
    assert.deepEqual(read('ALL 300 WORKERS'), [['300 WORKERS', 'people', '300']]);
  });
  const corpus = writtenSources(
    {
      'sohar-fund-annual-review.html': [
        "<html><head><title>Annual Review 2025 - Chairman's letter</title></head><body>",
        '<h1>A year of steady returns</h1>',
        '<p>Assets under management of the Batinah Reserve Fund reached OMR 12.6 billion at the end of 2025, or about USD 32.8 billion.</p>',
        '<p>New commitments in Oman came to OMR 1.1 billion, led by the Sohar data centre campus.</p>',
        '</body></html>',
      ].join('\n'),
    },
    'xref-judge28-omr-',
  );
  it("refutes a wrong amount in the fund's own currency", () => {
    const line = (v: string) =>
      `The Batinah Reserve Fund had assets under management of OMR ${v} billion at the end of 2025.\n`;
    assert.deepEqual(figureJudged(corpus, line('14.2'), 'OMR 14.2 billion').codes, ['figure-mismatch']);
    assert.equal(figureJudged(corpus, line('12.6'), 'OMR 12.6 billion').status, 'supported');
  });
});

// unseen-35's memo: "The LPSC certified 2,250 MW of new gas capacity", where the commission certified two units, 1,500
// MW, of the 2,250 MW applied for. A line saying its amount was granted is vouched for by no figure given as the
// application, but "certified" was no word of granting, nor "requesting" ("filed an application requesting
// certification of three … units of approximately 750 MW each (2,250 MW in total)") one of applying.
describe('judge28: an amount certified is not the amount an application requested', () => {
  const corpus = writtenSources(
    {
      'kpsc-order.txt': [
        'KANSAS PRAIRIE SERVICE COMMISSION',
        '',
        'ORDER NUMBER U-41207',
        '',
        'In re: Application of Gulf Prairie Electric, LLC for certification of the Wichita Flats Combined Cycle Units.',
        '',
        'I. BACKGROUND',
        '',
        '1. On March 3, 2026, Gulf Prairie Electric, LLC ("Gulf Prairie" or "the Company") filed an application requesting certification of three natural gas-fired combined cycle units of approximately 400 MW each (1,200 MW of new gas capacity in total) at an estimated cost of $1.9 billion.',
        '',
        '2. The units would serve the load of a data center campus near Wichita.',
        '',
        'II. ORDERING PARAGRAPHS',
        '',
        '3. By this Order the Commission certifies Wichita Flats Combined Cycle Units 1 and 2, with a combined nominal capacity of 800 MW, at a cost not to exceed $1.3 billion, and declines at this time to certify Unit 3.',
        '',
      ].join('\n'),
    },
    'xref-judge28-order-',
  );
  it('refutes the amount applied for given as the amount certified', () => {
    const line = (v: string) =>
      `The commission certified ${v} of new gas capacity on October 21 at a cost cap of $1.3 billion.\n`;
    assert.deepEqual(figureJudged(corpus, line('1,200 MW'), '1,200 MW').codes, ['figure-mismatch']);
    assert.equal(figureJudged(corpus, line('800 MW'), '800 MW').status, 'supported');
  });
  it('leaves the application alone', () => {
    const j = figureJudged(
      corpus,
      'Gulf Prairie applied in March for three 400 MW combined cycle units, 1,200 MW in total.\n',
      '1,200 MW',
    );
    assert.deepEqual(j.codes, []);
  });
});

// unseen-34's memo: "Daewon's own contractor estimate puts the peak workforce at 9,000" against a project tracker's
// record line "Peak workforce:        11,000 (contractor estimate, Oct 2026)". A number after a field's label had no
// counted noun (the label stood before its colon), so it counted nothing and judged nothing.
describe("judge28: a count after a field's label counts the label's noun", () => {
  it('reads it', () => {
    assert.deepEqual(read('  Peak workforce:        6,500 (contractor estimate, Sep 2026)')[0], [
      '6,500',
      'people',
      '6500',
    ]);
    assert.deepEqual(read('- Permanent jobs: 310'), [['310', 'jobs', '310']]);
    // (a label of something else counts nothing)
    assert.deepEqual(read('Project ID: 44170'), []);
  });
  const corpus = writtenSources(
    {
      'tracker-record.txt': [
        'MENA PROJECTS MONITOR                                   Subscriber copy',
        'PROJECT RECORD',
        '==========================================================================',
        'Project:          Stargate Ras Tanura AI Campus',
        'Country:          Saudi Arabia',
        'Status:           EXECUTION',
        'Record updated:   12 Oct 2026                Analyst: Omar Said',
        '==========================================================================',
        '',
        'SCHEDULE',
        '  Phase 1 energisation:  Q2 2029',
        '  Full completion:       2031',
        '  Peak workforce:        6,500 (contractor estimate, Sep 2026)',
        '',
      ].join('\n'),
    },
    'xref-judge28-record-',
  );
  it('judges a line on the workforce by it', () => {
    const line = (v: string) => `The contractor's estimate puts the peak workforce at Ras Tanura at ${v}.\n`;
    assert.deepEqual(figureJudged(corpus, line('5,000'), '5,000').codes, ['figure-mismatch']);
    assert.equal(figureJudged(corpus, line('6,500'), '6,500').status, 'supported');
  });
});
