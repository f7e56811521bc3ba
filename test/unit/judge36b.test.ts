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
      'The board puts the municipality\'s share of the property tax on the data hall at G. 9 billion a year.\n',
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
    const l10 = figureJudged(u50, "At March's exchange rate the original budget was about G. 71 trillion.\n", 'G. 71 trillion');
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
    assert.deepEqual(wrong.mismatches[0].fixes.map((x) => x.newText), ['30%']);
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
