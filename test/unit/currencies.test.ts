// Amounts in rupees and ringgit as Indian and Malaysian outlets write them (Rs, ₹, crore, lakh crore, RM) and as Korean
// reports write them (루피, 링깃): issue 10, unseen-12 (written blind) read `9500억 루피` as 950 billion won and did
// not read `Rs 95,000 crore` or `RM24 billion` at all. The articles of test/fixtures/unseen-currencies/ came first.
import { strict as assert } from 'assert';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources } from './judged';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-currencies', 'sources');
const corpus = loadSources(DIR);
const read = (t: string) =>
  extractFigures(t, /[가-힣]/.test(t) ? 'ko' : 'en').figures.map((f) => [f.text, f.unit, f.value]);
const judged = (line: string, fig: string) => figureJudged(corpus, `${line}\n`, fig);

describe('currencies: rupees and ringgit', () => {
  it('reads Rs, ₹, crore, lakh crore, RM and the Korean names', () => {
    assert.deepEqual(read('a total investment of Rs 42,000 crore'), [['Rs 42,000 crore', 'INR', '420000000000']]);
    assert.deepEqual(read('is estimated to cost Rs 1.2 lakh crore'), [['Rs 1.2 lakh crore', 'INR', '1200000000000']]);
    assert.deepEqual(read('about ₹1.4 lakh crore'), [['₹1.4 lakh crore', 'INR', '1400000000000']]);
    assert.deepEqual(read('approved a RM9.6 billion data centre'), [['RM9.6 billion', 'MYR', '9600000000']]);
    assert.deepEqual(read('투자비는 4200억 루피다.'), [['4200억 루피', 'INR', '420000000000']]);
    assert.deepEqual(read('사업비는 96억 링깃이다.'), [['96억 링깃', 'MYR', '9600000000']]);
    assert.deepEqual(read('GPT4 and H100 chips'), []);
  });
  it('a Korean line in 루피 or 링깃 is judged against the English article, in its own currency', () => {
    assert.equal(judged('나그푸르 데이터센터 단지의 총투자액은 4200억 루피다.', '4200억 루피').status, 'supported');
    assert.deepEqual(judged('나그푸르 데이터센터 단지의 총투자액은 4조2000억 루피다.', '4조2000억 루피').codes, [
      'figure-mismatch',
    ]);
    assert.equal(
      judged('Penang approved a RM9.6 billion AI data centre in Batu Kawan.', 'RM9.6 billion').status,
      'supported',
    );
    assert.deepEqual(judged('Penang approved a RM6.9 billion AI data centre in Batu Kawan.', 'RM6.9 billion').codes, [
      'figure-mismatch',
    ]);
  });
});

// Kronor, kroner, rupiah and the other dollars (test/fixtures/unseen-currencies2, written first): a Korean amount in a
// currency the scanner did not know was read as won (480억 크로나, 85조 루피아, 120억 호주달러), and S$ as US dollars.
describe('currencies: kronor, kroner, rupiah and the other dollars', () => {
  const DIR2 = path.join(__dirname, '..', 'fixtures', 'unseen-currencies2', 'sources');
  const corpus2 = loadSources(DIR2);
  const judged2 = (line: string, fig: string) => {
    const r = checkReport(corpus2, `${line}\n`);
    const c = r.claims.find((x) => x.type === 'figure' && x.text === fig);
    assert.ok(c, `no claim ${fig} in ${r.claims.map((x) => x.text)}`);
    return { status: c.status, codes: r.findings.filter((f) => f.claim === c).map((f) => f.code) };
  };
  it('reads them in their own currency, never as won or US dollars', () => {
    assert.deepEqual(read('raised the budget to 48 billion Swedish kronor, from SEK 41 billion'), [
      ['48 billion Swedish kronor', 'SEK', '48000000000'],
      ['SEK 41 billion', 'SEK', '41000000000'],
    ]);
    assert.deepEqual(read('sold the site for 310 million kronor'), [['310 million kronor', 'SEK', '310000000']]);
    assert.deepEqual(read('paid 2.6 billion Norwegian kroner for it'), [
      ['2.6 billion Norwegian kroner', 'NOK', '2600000000'],
    ]);
    assert.deepEqual(read('a fund put in S$1.5 billion and A$2 billion'), [
      ['S$1.5 billion', 'SGD', '1500000000'],
      ['A$2 billion', 'AUD', '2000000000'],
    ]);
    assert.deepEqual(read('a campus worth 12 billion Australian dollars'), [
      ['12 billion Australian dollars', 'AUD', '12000000000'],
    ]);
    assert.deepEqual(read('사업비가 480억 크로나로 늘었다.'), [['480억 크로나', 'SEK', '48000000000']]);
    assert.deepEqual(read('약 85조 루피아가 투입된다.'), [['85조 루피아', 'IDR', '85000000000000']]);
    assert.deepEqual(read('120억 호주달러 규모로, 15억 싱가포르달러를 출자했다.'), [
      ['120억 호주달러', 'AUD', '12000000000'],
      ['15억 싱가포르달러', 'SGD', '1500000000'],
    ]);
    assert.deepEqual(read('지분 20%를 26억 노르웨이 크로네에 인수했다.').slice(1), [
      ['26억 노르웨이 크로네', 'NOK', '2600000000'],
    ]);
  });
  it('a Korean line in 크로나 is judged against the English wire in kronor', () => {
    assert.equal(judged2('스웨덴 보를렝에 캠퍼스 사업비는 480억 크로나로 늘었다.', '480억 크로나').status, 'supported');
    assert.deepEqual(judged2('스웨덴 보를렝에 캠퍼스 사업비는 840억 크로나로 늘었다.', '840억 크로나').codes, [
      'figure-mismatch',
    ]);
    assert.equal(
      judged2(
        'Fjell Kapital paid 2.6 billion Norwegian kroner for its 20 percent stake in the Borlänge campus.',
        '2.6 billion Norwegian kroner',
      ).status,
      'supported',
    );
  });
});
