// Figure misses of unseen-50 and unseen-51 (sets written blind, promoted to tuning in session 36) on parts, wholes,
// shares and sums, each traced to a general cause and tested on articles written here as their outlets would write
// them. Each case fails without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

/** A Paraguayan daily's story in English translation, amounts in guaraníes as its outlet writes them. */
const ITAPUA_DAILY = [
  '# Encarnación approves the land deal for a hydro-powered data hall',
  '',
  '*Diario de Itapúa, 3 March 2027*',
  '',
  'ENCARNACIÓN — The municipal board approved on Monday the sale of 60 hectares beside the Yacyretá substation to the developer of a 300 MW data hall.',
  'The land is sold for some G. 41.5 billion, and the developer will pay the municipality a road levy of G. 2.3 billion a year.',
  'At the exchange rate of the day, Dollar: G. 7,510, the whole project comes to some G. 6.8 trillion.',
  '',
].join('\n');

// unseen-50 hernandarias L16: "… the municipality's share of the real-estate tax on the campus at G. 18 billion a year".
// The guaraní's "G." was not read as money: "18 billion" was a bare count of nothing the domain knows, which is never
// reported, so a sum no source gives went without a word, and the true "about G. 71 trillion" was never checked.
describe('judge36b: the guaraní written "G." before an amount is money (PYG)', () => {
  const read = (s: string) => extractFigures(s, 'en').figures.map((f) => [f.text, f.unit, f.value]);

  it('reads G. and ₲ before an amount written as money, not an initial before a bare number', () => {
    assert.deepEqual(read('the land is sold for some G. 41.5 billion'), [['G. 41.5 billion', 'PYG', '41500000000']]);
    assert.deepEqual(read('Dollar: G. 7,510'), [['G. 7,510', 'PYG', '7510']]);
    assert.deepEqual(read('a rate of ₲ 7,510 to the dollar'), [['₲ 7,510', 'PYG/USD', '7510']]);
    assert.deepEqual(read('as Carlos G. 5 said'), []);
    assert.deepEqual(read('under rule G.7 of the board'), []);
  });

  it('vouches for a sum in guaraníes a source states and tells of one no source gives', () => {
    const corpus = writtenSources({ 'diario-itapua.md': ITAPUA_DAILY }, 'xref-judge36b-pyg-');
    const ok = figureJudged(corpus, 'The Encarnación land is sold for about G. 41.5 billion.\n', 'G. 41.5 billion');
    assert.equal(ok.status, 'supported');
    const none = figureJudged(
      corpus,
      "The board puts the municipality's share of the property tax on the data hall at G. 9 billion a year.\n",
      'G. 9 billion',
    );
    assert.deepEqual(none.codes, ['figure-unsupported']);
  });

  it('on the tuning set (unseen-50 hernandarias L16 and L10)', () => {
    const u50 = loadSources(path.join(__dirname, '../fixtures/unseen-50/sources'));
    const l16 = figureJudged(
      u50,
      "The Vice Ministry puts the municipality's share of the real-estate tax on the campus at G. 18 billion a year once the first phase runs.\n",
      'G. 18 billion',
    );
    assert.deepEqual(l16.codes, ['figure-unsupported']);
    const l10 = figureJudged(
      u50,
      "At March's exchange rate the original budget was about G. 71 trillion.\n",
      'G. 71 trillion',
    );
    assert.equal(l10.status, 'supported');
  });
});

/** A maritime trade paper's story of modules shipped for a desalination plant, written for these tests. */
const AEGEAN_FREIGHT = [
  '# First cooling modules leave Ulsan for the Larnaca desalination plant',
  '',
  '*Aegean Freight Review, 12 May 2027*',
  '',
  'Halla Process Modules loaded the first six of its 12 cooling modules for the Larnaca desalination plant in Ulsan on Friday.',
  'They are part of a €48m subcontract under the €160m design and build contract that the Larnaca Water Board signed on 4 May with the Kition Water Consortium.',
  'The plant is due to produce its first water in 2029.',
  '',
].join('\n');
/** A Korean regional daily's story of the same order, written for these tests. */
const ULSAN_DAILY = [
  '# 울산 한라프로세스모듈, 키프로스 라르나카 담수화 모듈 첫 선적',
  '',
  '울산경제신문 2027. 5. 13.',
  '',
  '한라프로세스모듈은 라르나카 담수화 플랜트의 냉각 모듈 12기 가운데 6기를 울산항에서 선적했다고 13일 밝혔다.',
  '회사가 맡은 물량은 6,000억 원 규모의 전체 설계·시공 계약 가운데 1,500억 원어치다.',
  '',
].join('\n');

// unseen-51 gaya L23: "- Dongnam builds … under a €64 million subcontract, about KRW 97.3 billion." then "- That is about
// 25% of the €187.4 million contract the Water and Desalination Authority of Cyprus signed on 30 July." (64 of 187.4 is
// 34.2%). The line works its share out of the amount of the item before, which a block never saw (a block's sentence
// before was its own): the percent met no source and was unsupported. A block that opens pointing back now reads the
// sentence above (judge/check.ts pointedBackOf), and the share its part and whole do not make is the writer's slip when
// a source sentence that vouches for the whole gives that part beside it.
describe('judge36b: a share worked out, pointing back, of the item before ("That is about 25% of the €187.4 million")', () => {
  const corpus = writtenSources(
    { 'aegean-freight.md': AEGEAN_FREIGHT, 'ulsan-daily.md': ULSAN_DAILY },
    'xref-judge36b-share-',
  );
  const report = (p: string, part = '€48 million') =>
    [
      '## Halla Process Modules',
      '',
      `- Halla builds the 12 cooling modules for the Larnaca desalination plant under a ${part} subcontract.`,
      `- That is about ${p} of the €160 million contract the Larnaca Water Board signed on 4 May.`,
      '',
    ].join('\n');

  it('flags about 20% for €48m of €160m (30%), and lets about 30% stand', () => {
    const wrong = figureJudged(corpus, report('20%'), '20%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /30%/);
    assert.match(wrong.mismatches[0].message, /aegean-freight|Aegean Freight Review/);
    assert.deepEqual(
      wrong.mismatches[0].fixes.map((x) => x.newText),
      ['30%'],
    );
    assert.deepEqual(loud(figureJudged(corpus, report('30%'), '30%')), []);
  });

  it('says nothing where no source gives the part beside the whole', () => {
    // (€52 million is no part of the contract any source states: the share is of an amount the sources do not vouch for)
    assert.deepEqual(loud(figureJudged(corpus, report('20%', '€52 million'), '20%')), []);
  });

  it('reads a Korean line the same way ("이는 … 6,000억 원의 약 15%다")', () => {
    const ko = (p: string) =>
      [
        '## 한라프로세스모듈',
        '',
        '- 한라프로세스모듈은 라르나카 담수화 플랜트 냉각 모듈을 1,500억 원에 맡았다.',
        `- 이는 전체 설계·시공 계약 6,000억 원의 약 ${p}다.`,
        '',
      ].join('\n');
    const wrong = figureJudged(corpus, ko('15%'), '15%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /25%/);
    assert.deepEqual(loud(figureJudged(corpus, ko('25%'), '25%')), []);
  });

  it('on the tuning set (unseen-51 gaya L23)', () => {
    const u51 = loadSources(path.join(__dirname, '../fixtures/unseen-51/sources'));
    const l = (p: string) =>
      [
        '## Dongnam Plant Module',
        '',
        '- Dongnam builds the 24 reverse-osmosis and pre-treatment modules for the Vasilikos desalination plant under a €64 million subcontract, about KRW 97.3 billion.',
        `- That is about ${p} of the €187.4 million contract the Water and Desalination Authority of Cyprus signed on 30 July.`,
        '',
      ].join('\n');
    const wrong = figureJudged(u51, l('25%'), '25%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /34%/);
    assert.deepEqual(loud(figureJudged(u51, l('34%'), '34%')), []);
  });
});

/**
 * A KOSDAQ filing's summary (증권신고서) pasted as text, as DART's viewer copies it: its paragraphs hard-wrapped under
 * an indent, its boxes' rows wider than its text. Written for these tests.
 */
const HANBYUL_FILING = [
  '※ 전자공시시스템(DART) 증권신고서 본문 중 일부를 옮겼습니다.',
  '',
  '                                증 권 신 고 서 (지분증권)',
  '',
  '회    사    명 :  주식회사 한별파워셀',
  '대  표   이  사 :  김 도 윤',
  '',
  '【 요약정보 】',
  '',
  '구 분 : 사업위험',
  '  가. 특정 고객 의존에 따른 위험',
  '     당사는 2026년 5월 12일 칠레 국영 전력회사와 스타게이트 아타카마 캠퍼스용 에너지저장장치(ESS)',
  '     500MWh 공급계약을 체결하였습니다. 계약 이행이 지연될 경우 당사의 수익성에 중대한 영향을 미칠 수',
  '     있으니 투자자께서는 유의하시기 바랍니다.',
  '',
  '구 분 : 회사위험',
  '  가. 최대주주 등 지분 관련 위험',
  '     당사는 2018년 한국전지기술원의 연구소기업으로 설립되었으며, 공모 전 기준 한국전지기술원이',
  '     당사 발행주식총수의 22.6%를, 대표이사 김도윤 외 특수관계인이 27.9%를 보유하고 있습니다.',
  '',
  '2. 모집 또는 매출에 관한 일반사항',
  '',
  '  ┌──────────┬──────────┬──────────┬──────────┬──────────┐',
  '  │ 증권의종류 │  증권수량  │ 액면가액 │ 모집(매출)가액 │ 모집(매출)총액 │',
  '  ├──────────┼──────────┼──────────┼──────────┼──────────┤',
  '  │ 기명식보통주 │ 1,800,000 │    500 │   15,000  │ 27,000,000,000 │',
  '  └──────────┴──────────┴──────────┴──────────┴──────────┘',
  '  주) 모집(매출)가액 및 총액은 희망공모가액 밴드 하단 기준입니다.',
  '  수요예측일 : 2026년 10월 5일 ~ 10월 9일',
  '  상장예정일 : 2026년 10월 28일 (코스닥시장, 기술성장기업 상장특례)',
  '',
].join('\n');

// unseen-50 chungcheong L30: "2019년 한국에너지저장연구원의 연구소기업으로 출발했고, 연구원이 지분 31.2%를 가진 최대주주다."
// The filing gives the institute 18.4% and the CEO's group 31.2%. Two causes: (1) the filing's paragraph, indented and
// wrapped at "… 한국에너지저장연구원이" / "당사 발행주식총수의 18.4%를, …", was cut into two sentences (a text of boxes wider
// than its lines is read for hanging indents only, which went on in lower case only): a Korean line that ends on a
// particle goes on into the next as deep (corpus/articleLines.ts); (2) a share's holder was read as the word right before
// it, "발행주식총수의" and "지분" (none): past what the share is of, the holder is the subject before it, and a name the
// stretch wrote in full before stands for its shortening ("한국에너지저장연구원의 …, 연구원이", judge/holder.ts).
describe('judge36b: a holder\'s share in a wrapped Korean filing ("X이 당사 발행주식총수의 p%를, Y이 q%를")', () => {
  const corpus = writtenSources({ 'hanbyul-jeunggwon-singoseo-ko.txt': HANBYUL_FILING }, 'xref-judge36b-holder-');

  it('keeps the wrapped sentence whole', () => {
    const src = corpus.sources[0];
    assert.ok(src.sentences.some((x) => /한국전지기술원이\s+당사 발행주식총수의 22\.6%를/.test(x.text)));
  });

  it("flags the CEO group's 27.9% given to the institute, and lets its 22.6% stand", () => {
    const line = (p: string) =>
      `- 2018년 한국전지기술원의 연구소기업으로 출발했고, 기술원이 지분 ${p}를 가진 주주다.\n`;
    const wrong = figureJudged(corpus, line('27.9%'), '27.9%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.deepEqual(
      wrong.mismatches[0].fixes.map((x) => x.newText),
      ['22.6%'],
    );
    assert.deepEqual(loud(figureJudged(corpus, line('22.6%'), '22.6%')), []);
    assert.equal(figureJudged(corpus, line('22.6%'), '22.6%').status, 'supported');
  });

  it('on the tuning set (unseen-50 chungcheong L30)', () => {
    const u50 = loadSources(path.join(__dirname, '../fixtures/unseen-50/sources'));
    const l = (p: string) =>
      `- 2019년 한국에너지저장연구원의 연구소기업으로 출발했고, 연구원이 지분 ${p}를 가진 최대주주다.\n`;
    const wrong = figureJudged(u50, l('31.2%'), '31.2%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(u50, l('18.4%'), '18.4%')), []);
  });
});

/** A Korean regional daily's story of a cable order, written for these tests. */
const GYEONGNAM_DAILY = [
  '# 창원 동해전선, 몰타~시칠리아 해저케이블 수주',
  '',
  '경남산업일보 2027. 2. 9.',
  '',
  '창원의 동해전선은 몰타 전력공사와 3억1,000만 유로 규모의 HVDC 해저케이블 공급 계약을 맺었다고 9일 밝혔다.',
  '몰타와 시칠리아 사이 해저 120㎞ 구간에 세 회선을 까는 사업으로, 케이블 길이로는 360㎞에 이른다.',
  '동해전선은 2029년까지 케이블을 모두 인도할 계획이다.',
  '',
].join('\n');
/** An English trade paper's short on the same order, written for these tests. */
const CABLE_WEEKLY = [
  '# Donghae wins Malta–Sicily cable',
  '',
  '*Subsea Cable Weekly, 10 February 2027*',
  '',
  'Donghae Cable of Changwon will make 360 km of HVDC cable (three cables of 120 km) for the Malta–Sicily link under a €310 million contract.',
  '',
].join('\n');

// unseen-51 busan L14: "해림전선이 공급하는 HVDC 케이블은 모두 340㎞다." The cable is 680㎞, two circuits of the 340㎞ sea
// route ("해저 340㎞ 구간에 두 회선을 까는 사업으로, 케이블 길이로는 680㎞에 이른다", "680 km of cable (two cables of 340 km)").
// Every source that gives the 680 also gives the 340, which agreed with the line; the 680 never judged it. A line that
// calls its amount the whole is judged by the product a source states beside that amount and its written multiplier
// (judge/figures.ts productsOfPart).
describe('judge36b: a whole given as one of n equal parts ("모두 340㎞" for 340㎞ × 2회선)', () => {
  const corpus = writtenSources(
    { 'gyeongnam-daily-ko.md': GYEONGNAM_DAILY, 'cable-weekly.md': CABLE_WEEKLY },
    'xref-judge36b-product-',
  );

  it('flags the route given as all the cable, in Korean and in English, and lets the product stand', () => {
    const ko = figureJudged(corpus, '- 동해전선이 공급하는 HVDC 케이블은 모두 120㎞다.\n', '120㎞');
    assert.deepEqual(ko.codes, ['figure-mismatch']);
    assert.deepEqual(
      ko.mismatches[0].fixes.map((x) => x.newText),
      ['360㎞'],
    );
    const en = figureJudged(
      corpus,
      'Donghae Cable will make 120 km of HVDC cable in all for the Malta link.\n',
      '120 km',
    );
    assert.deepEqual(en.codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(corpus, '- 동해전선이 공급하는 HVDC 케이블은 모두 360㎞다.\n', '360㎞')), []);
  });

  it('reads no product where the source writes no multiplier (an amount that is by chance a multiple)', () => {
    const gozo = writtenSources(
      {
        'gozo-news.md': [
          '# Gozo interconnector route fixed',
          '',
          '*Gozo News, 3 March 2027*',
          '',
          'The Gozo interconnector will need 45 km of cable, laid along the 90 km coastal shelf.',
          '',
        ].join('\n'),
      },
      'xref-judge36b-noproduct-',
    );
    const line = figureJudged(gozo, 'The Gozo interconnector will need 45 km of cable in all.\n', '45 km');
    assert.deepEqual(loud(line), []);
    assert.equal(line.status, 'supported');
  });

  it('lets the part stand where the line does not call it the whole', () => {
    const route = figureJudged(corpus, '- 몰타와 시칠리아 사이 해저 구간은 120㎞다.\n', '120㎞');
    assert.deepEqual(loud(route), []);
    assert.equal(route.status, 'supported');
  });

  it('on the tuning set (unseen-51 busan L14)', () => {
    const u51 = loadSources(path.join(__dirname, '../fixtures/unseen-51/sources'));
    const wrong = figureJudged(u51, '- 해림전선이 공급하는 HVDC 케이블은 모두 340㎞다.\n', '340㎞');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.deepEqual(loud(figureJudged(u51, '- 해림전선이 공급하는 HVDC 케이블은 모두 680㎞다.\n', '680㎞')), []);
  });
});
