// True lines a blind set flagged (issue 10, unseen-19: a county commission's minutes, a Korean edition of a Japanese
// business daily, among others, written by a helper who read no engine code; the reports and keys after). Each case
// failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources, loud } from './judged';

const corpus = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-19', 'sources'));

describe("trust20: a report's own masthead line", () => {
  it('a line in emphasis that dates the memo and lists its sources is no claim about events', () => {
    const text =
      "# Stargate in the desert\n\n*Infrastructure research memo, 20 November 2026. Sources: Caliente County minutes, TCW, the Western Grid Institute, the SB 118 fiscal report, Toho Keizai (Korean edition) and the Gangwon fishers' statement.*\n\n- The permanent jobs pay an average of $84,000 a year.\n";
    const r = checkReport(corpus, text);
    assert.deepEqual(
      r.claims.filter((c) => c.range.start.line === 2),
      [],
    );
    assert.equal(r.claims.filter((c) => c.range.start.line === 4).length, 1);
  });
});

describe('trust20: an average is compared with averages', () => {
  it("an average wage is not refuted by a payment the same sentence's words share", () => {
    const j = figureJudged(corpus, '# Jobs\n\nThe permanent jobs pay an average of $84,000 a year.\n', '$84,000');
    assert.deepEqual(loud(j), []);
  });
  it('…while a payment the line does not call an average still is', () => {
    const j = figureJudged(
      corpus,
      '# Jobs\n\nIf permanent employment falls below 300 for two years, the payment rises to $12 million a year.\n',
      '$12 million',
    );
    assert.equal(j.findings[0]?.code, 'figure-mismatch');
  });
});

describe('trust20: a Korean count with the copula after its classifier', () => {
  it('"주변압기 18대다" is a count of 18, as "18대가" is', () => {
    const figs = extractFigures('한국 강원도 삼척 캠퍼스에 345kV 주변압기 18대다.', 'ko').figures;
    assert.deepEqual(
      figs.map((f) => [f.text, f.unit]),
      [['18대', 'machines']],
    );
  });
  it('"18대 등" is a count too: a line listing the parts and their total is not refuted by one part', () => {
    // (once the source's 18대 was read, it judged the line's 80대 as the restating sentence's one other count)
    const line =
      '# 점검\n\n- 다카미전기는 레드메사 62대와 삼척 18대 등 변압기 80대를 1,680억 엔(약 11억 달러)에 수주했다.\n';
    assert.deepEqual(
      extractFigures('레드메사 62대와 삼척 18대 등 변압기 80대를 수주했다.', 'ko').figures.map((f) => f.text),
      ['62대', '18대', '80대'],
    );
    assert.deepEqual(loud(figureJudged(corpus, line, '80대')), []);
  });
  it("so the part the source states vouches for the report's part, not its total refuting it", () => {
    const j = figureJudged(corpus, '# 점검\n\n- 주변압기 18대는 일본 다카미전기가 공급한다.\n', '18대');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });
});

describe("trust20: an order won (수주) is not a company's contract", () => {
  it("another maker's fiscal 2026 order does not refute a contract's share of 2025 revenue", () => {
    // (with the vocabulary pairing 수주 with contract*, Takami's `이번 수주를 반영해 2026 회계연도 … 매출 전망을` met the line
    // by contract and revenue, and its 2026 refuted the line's 2025)
    const j = figureJudged(
      corpus,
      "# Supply chain\n\n- Hangyeol Electric's contract for transformers and switchgear is worth 487 billion won, about 21% of its 2025 revenue.\n",
      '2025',
    );
    assert.deepEqual(loud(j), []);
  });
});
