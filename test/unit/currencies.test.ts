// Amounts in rupees and ringgit as Indian and Malaysian outlets write them (Rs, ₹, crore, lakh crore, RM) and as Korean
// reports write them (루피, 링깃): issue 10, unseen-12 (written blind) read `9500억 루피` as 950 billion won and did
// not read `Rs 95,000 crore` or `RM24 billion` at all. The articles of test/fixtures/unseen-currencies/ came first.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { extractFigures } from '../../server/src/extract/figures';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-currencies', 'sources');
const corpus = Corpus.load({ folders: [DIR], useBundled: false, workers: 0 });
const read = (t: string) =>
  extractFigures(t, /[가-힣]/.test(t) ? 'ko' : 'en').figures.map((f) => [f.text, f.unit, f.value]);
const judged = (line: string, fig: string) => {
  const r = checkReport(corpus, `${line}\n`);
  const c = r.claims.find((x) => x.type === 'figure' && x.text === fig);
  assert.ok(c, `no claim ${fig} in ${r.claims.map((x) => x.text)}`);
  return { status: c.status, codes: r.findings.filter((f) => f.claim === c).map((f) => f.code) };
};

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
