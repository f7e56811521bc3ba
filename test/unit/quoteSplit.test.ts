// A quotation of several sentences is one sentence, so that it stays one quotation with its speaker, but each of its
// sentences says what its own figures are about (issue 10: unseen-13's `3조 원(약 11%) 늘었다` was refuted by the 40%
// rise of equipment prices in the next sentence of the same quotation). The articles of
// test/fixtures/unseen-quotesplit/ (a Korean trade paper's interview, an English local paper's Q&A) were written
// first; the lines after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { extractQuotes } from '../../server/src/extract/quotes';
import { changesOf } from '../../server/src/extract/change';
import { extractFigures } from '../../server/src/extract/figures';
import { quotedBreaks, splitSentences } from '../../server/src/text/sentences';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';
import { figureJudged, loadSources } from './judged';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-quotesplit');
const corpus = loadSources(path.join(DIR, 'sources'));
const judged = (line: string, fig: string) => figureJudged(corpus, `# 점검\n\n${line}\n`, fig);
const mismatches = (line: string) =>
  checkReport(corpus, `# Check\n\n${line}\n`).findings.filter((f) => f.code === 'figure-mismatch');

describe('quoteSplit: the sentences of a quotation of several', () => {
  const answer =
    '강 대표는 "총사업비는 처음에 12조 원으로 잡았는데 지금은 13조5000억 원으로 본다. 냉각설비와 변압기 값이 3년 새 35% 넘게 뛰었다. 그 부담은 우리가 지고 간다"고 말했다.';

  it('a quotation of several sentences stays one sentence and one quotation with its speaker', () => {
    const sentences = splitSentences(answer, [{ start: 0, end: answer.length }]);
    assert.equal(sentences.length, 1);
    const quotes = extractQuotes(answer, sentences);
    assert.equal(quotes.length, 1);
    assert.match(quotes[0].text, /^총사업비는 .* 지고 간다$/);
    assert.equal(quotes[0].speaker?.text, '강 대표');
  });

  it('its sentences end where the quotation goes on, not where it closes', () => {
    const breaks = quotedBreaks(answer);
    assert.deepEqual(
      breaks.map((b) => answer.slice(b - 3, b)),
      ['본다.', '었다.'],
    );
    assert.deepEqual(quotedBreaks('그는 "변압기 값이 35% 뛰었다."고 했다. 다음 문장이다.'), []);
    assert.deepEqual(quotedBreaks('No quotation here. None at all.'), []);
  });

  it("a percent in a quotation's next sentence is no judge of the budget's rise (Korean)", () => {
    const j = judged('- 총사업비는 12조 원에서 13조5000억 원으로 1조5000억 원(12.5%) 늘었다.', '12.5%');
    assert.deepEqual(
      j.findings.filter((f) => f.code === 'figure-mismatch'),
      [],
    );
    assert.notEqual(j.status, 'conflicting');
  });

  it("a percent in a quotation's next sentence is no judge of the budget's rise (English)", () => {
    assert.deepEqual(
      mismatches("- Lakeshore Compute's first-phase budget rose from $4.2 billion to $4.6 billion, about 10% more."),
      [],
    );
  });

  it('the figures of a sentence in a quotation are still judged by it', () => {
    assert.equal(judged('- 냉각설비와 변압기 값은 3년 새 35% 넘게 뛰었다.', '35%').status, 'supported');
    assert.equal(judged('- 1단계 200MW는 2027년 4분기에 가동한다.', '200MW').status, 'supported');
    const m = mismatches('- Switchgear and transformer prices are up more than 50% in two years, Ortiz said.');
    assert.equal(m.length, 1);
    assert.match(m[0].message, /30%/);
  });

  it('a sentence that opens by pointing back goes on with the one before it ("That is 70% less …")', () => {
    const m = mismatches(
      '- The campus draws about 90,000 gallons a day from Lake Michigan, 50% less than the open design first filed.',
    );
    assert.equal(m.length, 1);
    assert.match(m[0].message, /70%/);
  });

  it("a line restates the quotation's sentence its other figure stands in, not the whole quotation", () => {
    // "The first 300 megawatts come online in the second quarter of 2028. The whole 1.2 gigawatts follows by 2031.":
    // the 300 megawatts say which sentence the line restates, and its date is the second quarter of 2028.
    const m = mismatches("- Lakeshore's first 300 megawatts come online in 2029.");
    assert.equal(m.length, 1);
    assert.match(m[0].fixes[0]?.newText ?? '', /second quarter of 2028/);
  });

  it("a quotation's sentence ends a clause: a count's stage is read in its own sentence", () => {
    // "공사가 한창일 때는 하루 2500명이 일한다. 다 지으면 상시 인력은 380명 정도다.": the 2500 are construction's, whatever
    // the next sentence's 상시 says of the 380.
    const j = judged('- 공사가 한창일 때는 하루 3500명이 일한다.', '3500명');
    assert.equal(j.findings[0]?.code, 'figure-mismatch');
    assert.match(j.findings[0].message, /2500명/);
    assert.deepEqual(mismatches('- 공사가 한창일 때는 하루 2500명이 일한다.'), []);
  });

  it("a count's stage is read up to its quoted sentence's end (English)", () => {
    // "At the peak of construction we'll have about 3,100 workers on site. Once it's running, the campus needs about 420
    // people full time.": the 3,100 are construction's; the next sentence's "once it's running" is the 420's.
    const m = mismatches('- At the peak of construction about 3,600 workers will be on site.');
    assert.equal(m.length, 1);
    assert.match(m[0].message, /3,100 workers/);
    assert.deepEqual(mismatches('- At the peak of construction about 3,100 workers will be on site.'), []);
    assert.deepEqual(mismatches('- The campus will need about 420 people full time.'), []);
  });

  it("the source figure's range is still its own text in the article", () => {
    const src = corpus.sources.find((s) => s.key.startsWith('전남에너지신문'))!;
    const f = src.figures.find((x) => x.text === '35%' && src.sentences[x.sentence].text.includes('냉각설비'))!;
    assert.ok(f);
    assert.equal(src.text.slice(f.start, f.end), '35%');
  });

  it("unseen-13 (written blind): the budget's 11% rise is not refuted by the equipment's 40%", () => {
    const s = scoreReport(path.join(ROOT, 'test', 'fixtures', 'unseen-13', 'reports', 'yeongil-duqm-memo-ko.key.json'));
    const line = s.lines.find((l) => l.key.text.startsWith('- 총사업비는 28조 원에서'))!;
    assert.ok(line, 'the line is in the key');
    assert.deepEqual(line.got, []);
  });

  it("a percent a line works out from its own levels is the line's arithmetic, not refuted by a rise from another level", () => {
    // A regional daily (sources-rise/, written first): "총사업비가 2024년 첫 발표 때의 10조 원에서 13조5000억 원으로 35%
    // 늘었다". The line's 12.5% is 12조 → 13조5000억; its 12조 is judged as a level before, the 12.5% is not set against 35%.
    const rise = loadSources(path.join(DIR, 'sources-rise'));
    const findingsOn = (line: string, fig: string) => {
      const r = checkReport(rise, `# 점검\n\n${line}\n`);
      const c = r.claims.find((x) => x.type === 'figure' && x.text === fig)!;
      assert.ok(c, `no claim ${fig}`);
      return r.findings.filter((x) => x.claim === c && x.code === 'figure-mismatch');
    };
    assert.deepEqual(findingsOn('- 총사업비는 12조 원에서 13조5000억 원으로 12.5% 늘었다.', '12.5%'), []);
    // Not the line's arithmetic (12조 → 13조5000억 is no 20% rise): judged as before.
    assert.equal(findingsOn('- 총사업비는 12조 원에서 13조5000억 원으로 20% 늘었다.', '20%').length, 1);
    assert.equal(findingsOn('- 총사업비는 10조 원에서 13조5000억 원으로 45% 늘었다.', '45%').length, 1);
  });

  it('a rise with its percent in brackets after it is a rise, not a level ("3조 원(약 11%) 늘었다")', () => {
    const read = (t: string) => {
      const figs = extractFigures(t, 'ko').figures;
      const { changes } = changesOf(t, figs, 'ko');
      return Object.fromEntries(figs.map((f, i) => [f.text, changes[i]]));
    };
    const r = read('총사업비는 28조 원에서 31조 원으로 3조 원(약 11%) 늘었다.');
    assert.equal(r['28조 원'], 'before');
    assert.equal(r['31조 원'], undefined);
    assert.equal(r['3조 원'], 'up');
    // A conversion in brackets is no verb of change: the amount stays a level.
    assert.equal(read('소프트뱅크는 5000억 달러(약 718조 원)를 투자한다.')['5000억 달러'], undefined);
  });
});
