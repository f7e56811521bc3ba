// Issue 10, precision (prec18): a line's own arithmetic is judged as that arithmetic or not at all. An exchange rate
// the line states ("at 1,385 won to the dollar", "원·달러 환율 1,350원") is a rate, not an amount of won that a
// source's 9 trillion won of revenue refutes; a source date that is the date of the level before a change ("up from
// the $42 billion the governor announced in September") is not the date of the level after that the line gives ("to
// $45 billion by March 2026"). The articles of test/fixtures/unseen-prec18/ (an English wire story, a Korean daily)
// were written first; the lines and the rules after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { extractFigures } from '../../server/src/extract/figures';
import { changesOf } from '../../server/src/extract/change';
import { cleanTitle } from '../../server/src/corpus/furniture';
import { figureJudged, loadSources } from './judged';

const FIX = path.join(__dirname, '..', 'fixtures');
const load = (dir: string) => loadSources(path.join(FIX, dir, 'sources'));
const prec = load('unseen-prec18');
const fourteen = load('unseen-14');
const arith = load('unseen-arith17');

/** The figure-mismatch findings on one figure of a line, and the figure's status. */
const judged = (corpus: Corpus, line: string, fig: string) => figureJudged(corpus, `# Check\n\n${line}\n`, fig);
const unitOf = (text: string, lang: 'en' | 'ko', fig: string) =>
  extractFigures(text, lang).figures.find((f) => f.text === fig)?.unit;

describe('prec18: a line that does its own arithmetic', () => {
  it('an exchange rate is a rate of one currency to another, not an amount', () => {
    assert.equal(
      unitOf('At 1,350 won to the dollar, the order is worth about $2 billion.', 'en', '1,350 won'),
      'KRW/USD',
    );
    assert.equal(unitOf('The yen traded at about 150 yen against the dollar.', 'en', '150 yen'), 'JPY/USD');
    assert.equal(unitOf('at 1,350 won per dollar', 'en', '1,350 won'), 'KRW/USD');
    assert.equal(unitOf('달러당 1,350원으로 환산하면 약 20억 달러다.', 'ko', '1,350원'), 'KRW/USD');
    assert.equal(unitOf('원·달러 환율 1,350원을 적용하면 약 20억 달러다.', 'ko', '1,350원'), 'KRW/USD');
    // an amount of won is still an amount
    assert.equal(
      unitOf('a contract worth 2.7 trillion won to supply the dollar-denominated campus', 'en', '2.7 trillion won'),
      'KRW',
    );
    assert.equal(unitOf('환율 부담으로 2조7000억 원을 썼다.', 'ko', '2조7000억 원'), 'KRW');
  });

  it('the rate a line converts at is not refuted by an amount of that currency', () => {
    const ko = judged(prec, '- 원·달러 환율 1,350원을 적용하면 이 계약은 약 20억 달러 규모다.', '1,350원');
    assert.deepEqual(ko.mismatches, []);
    const en = judged(
      fourteen,
      "- At the filing's exchange rate of 1,385 won to the dollar, the contract is worth about $5.2 billion.",
      '1,385 won',
    );
    assert.deepEqual(en.mismatches, []);
    // the converted amount is still judged: a wrong one is refuted
    const wrong = judged(
      prec,
      "- At 1,350 won to the dollar, Hanul's 2.7 trillion won order is worth about $3 billion.",
      '$3 billion',
    );
    assert.equal(wrong.mismatches.length, 1);
  });

  it('the date of the level before a change does not refute the date the line gives the level after', () => {
    // Meridian: "The cost is up from the $42 billion Wyoming Governor Ellen Marquardt announced in September."
    const line =
      '- The estimated cost rose from $42 billion at announcement to $45 billion by March 2026, an increase of about 7%.';
    assert.deepEqual(judged(fourteen, line, 'March 2026').mismatches, []);
    // …while a line that dates the level before wrongly is still refuted by it
    const early = '- The cost is up from the $42 billion the governor announced in March 2025.';
    assert.equal(judged(fourteen, early, 'March 2025').mismatches.length, 1);
  });

  it('a date of the level before still vouches for the same date wherever the line puts it', () => {
    // Pacific Ledger: "The budget is up 15% from the $12 billion Northwind put on the project when it announced the
    // site in February 2025." (seen failing: unsupported, and the line's 25% lost the sentence that judges it)
    const line = '- Measured against the February 2025 estimate, the budget has risen by about 25%.';
    assert.equal(judged(arith, line, 'February 2025').status, 'supported');
    assert.equal(judged(arith, line, '25%').mismatches.length, 1);
  });

  it('reads which dates are of the level before, in both languages', () => {
    const reading = (text: string, lang: 'en' | 'ko', fig: string) => {
      const figs = extractFigures(text, lang).figures;
      return changesOf(text, figs, lang).changes[figs.findIndex((f) => f.text === fig)];
    };
    assert.equal(
      reading(
        'The estimate is up from the $16.5 billion the venture put on the campus when it announced the site in April 2025.',
        'en',
        'April 2025',
      ),
      'before',
    );
    assert.equal(
      reading(
        'The cost rose from $16.5 billion at announcement to $19.8 billion by September 2026.',
        'en',
        'September 2026',
      ),
      undefined,
    );
    assert.equal(
      reading(
        '캠퍼스 총사업비는 2025년 3월 사업 발표 당시 3조2000억 원에서 3조6000억 원으로 12.5% 늘었다.',
        'ko',
        '2025년 3월',
      ),
      'before',
    );
    assert.equal(
      reading('총사업비는 발표 당시 165억 달러에서 2026년 9월 198억 달러로 20% 늘었다.', 'ko', '2026년 9월'),
      undefined,
    );
  });

  it("a line that lists the report's sources with their dates states no figure, wherever it stands", () => {
    const figuresOnLine = (corpus: Corpus, text: string, line: number) =>
      checkReport(corpus, text).claims.filter((c) => c.type === 'figure' && c.range.start.line === line);
    // unseen-arith17's memo: Chip Ledger's "between August 2026 and July 2027" refuted the sources' own dates
    const memo =
      '# AI power and supply deals: analyst memo\n\nSources: Pacific Ledger (3 June 2026), Chip Ledger (22 July 2026), Ulsan Economic Daily (12 August 2026).\n\n## Northwind\n\n- Northwind Compute signed a 15-year deal worth about $9 billion.\n';
    assert.deepEqual(figuresOnLine(arith, memo, 2), []);
    assert.equal(figuresOnLine(arith, memo, 6).length, 2);
    // at the end, after the prose; and in Korean
    const end =
      "# Note\n\n- Hanul's order is worth 2.7 trillion won.\n\nSources: Gulf Ledger (15 Sep 2026), Hangyeol Ilbo (16 Sep 2026).\n";
    assert.deepEqual(figuresOnLine(prec, end, 4), []);
    const ko = '# 점검\n\n출처: 한결일보(2026년 9월 16일), 걸프 레저(2026년 9월 15일).\n\n- 계약은 2조7000억 원이다.\n';
    assert.deepEqual(figuresOnLine(prec, ko, 2), []);
    // a memo's header line that is prepared-for and sources at once (unseen-14)
    const header =
      "# Memo\n\nPrepared for the lending committee, 20 November 2026. Sources: Meridian (17 Mar 2026), Wyoming Governor's fact sheet (22 Sep 2025).\n\n- The loan is $18 billion.\n";
    assert.deepEqual(figuresOnLine(fourteen, header, 2), []);
    // a citation key in it is still checked; a sentence about what sources say is still prose
    const cited = '# Note\n\nSources: [@no-such-key-2026-01-01] (1 Jan 2026).\n';
    assert.equal(checkReport(prec, cited).findings.filter((f) => f.code === 'citation-unknown').length, 1);
    const prose = '# Note\n\nSources say the order is worth 2.7 trillion won.\n';
    assert.equal(figuresOnLine(prec, prose, 2).length, 1);
  });

  it('a Korean level a rise is measured from ("165억 달러보다 늘었다") is the level before, and its date the date of then', () => {
    const reading = (text: string, fig: string) => {
      const figs = extractFigures(text, 'ko').figures;
      return changesOf(text, figs, 'ko').changes[figs.findIndex((f) => f.text === fig)];
    };
    // 한결일보: "스타게이트는 포트아서 캠퍼스 총사업비를 198억 달러로 제시했다. 지난해 4월 부지 발표 당시 제시한 165억 달러보다 늘었다."
    const then = '지난해 4월 부지 발표 당시 제시한 165억 달러보다 늘었다.';
    assert.equal(reading(then, '165억 달러'), 'before');
    assert.equal(reading(then, '4월'), 'before');
    // a comparison that is no change stays a level
    assert.equal(reading('1조 원보다 많은 돈을 들였다.', '1조 원'), undefined);
    const line =
      "- The campus's estimated cost rose from $16.5 billion at announcement to $19.8 billion by September 2026, an increase of 20%.";
    assert.deepEqual(judged(prec, line, 'September 2026').mismatches, []);
  });

  it("a column's label that names its writer is no part of the headline", () => {
    const titleOf = (corpus: Corpus, file: string) =>
      corpus.sources.find((x: { file: string }) => x.file.endsWith(file))?.meta.title;
    assert.equal(titleOf(prec, 'hangyeol-column-han.txt'), '변압기 한 대가 데이터센터를 멈춘다');
    assert.equal(titleOf(fourteen, 'maeil-sanup-column-kwon.txt'), '새만금 데이터센터, 전기요금 청구서는 누가 받나');
    // …nor, since session 24, an outlet's own mark of a story or a rubric with no writer's name (`[시론] …`)
    assert.equal(cleanTitle('[시론] 스타게이트가 한국에 묻는 것'), '스타게이트가 한국에 묻는 것');
    assert.equal(cleanTitle('[단독] 오픈AI, 국내 두 번째 부지로 전남 검토'), '오픈AI, 국내 두 번째 부지로 전남 검토');
    // an English headline's label is not asked of here, nor a title's own brackets
    assert.equal(cleanTitle('[Exclusive] Stargate picks Ulsan'), '[Exclusive] Stargate picks Ulsan');
    assert.equal(cleanTitle('「AI 기본법」 시행령 입법예고'), '「AI 기본법」 시행령 입법예고');
  });
});
