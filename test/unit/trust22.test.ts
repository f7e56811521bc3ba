// True lines flagged on unseen-21 and unseen-22 (held out until this session, written blind): a Korean quotation
// closed in the plain style a written quotation takes, and an area restated in another unit; and a word of the
// whole that stands after another amount of the sentence (unseen-23). Each case failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud, quoteJudged } from './judged';
import { plainEnded } from '../../server/src/judge/quotes';
import { scopeOf } from '../../server/src/judge/scope';
import { checkReport } from '../../server/src/judge/check';
import { extractQuotes } from '../../server/src/extract/quotes';
import { splitSentences } from '../../server/src/text/sentences';

const fixtures = path.join(__dirname, '..', 'fixtures');
const u21 = loadSources(path.join(fixtures, 'unseen-21', 'sources'));
const u22 = loadSources(path.join(fixtures, 'unseen-22', 'sources'));
const u23 = loadSources(path.join(fixtures, 'unseen-23', 'sources'));

describe('trust22: a Korean quotation closed in the plain style', () => {
  const line = (words: string, who = '카비타 데슈무크 타랑 디지털 인프라 CEO') =>
    `# 동향\n\n- ${who}는 "${words}"고 설명함.\n`;
  it('"…항구가 있다"고 for the subtitles\' "…항구가 있습니다. 후보지 중 …" is no misquote', () => {
    const j = quoteJudged(u21, line('돌레라에는 땅과 햇빛, 그리고 차로 한 시간 안에 닿는 항구가 있다'));
    assert.deepEqual(j.codes, []);
    // (not the source's words letter for letter: no ✓ either)
    assert.equal(j.status, 'unknown');
  });
  it('…while a word changed before the re-ended one is still a misquote', () => {
    const j = quoteJudged(u21, line('돌레라에는 땅과 바람, 그리고 차로 한 시간 안에 닿는 항구가 있다'));
    assert.ok(j.codes.includes('quote-mismatch/warning'), j.codes.join());
  });
  it('the formal endings and their plain forms', () => {
    const src = ['항구가', '있습니다', '후보지', '중'];
    assert.ok(plainEnded(['항구가', '있다'], src, 'ko'));
    assert.ok(plainEnded(['일정이', '늦어진다'], ['일정이', '늦어집니다'], 'ko'));
    assert.ok(plainEnded(['핵심은', '전력이다'], ['핵심은', '전력입니다'], 'ko'));
    assert.ok(plainEnded(['공사를', '시작했다'], ['공사를', '시작했습니다'], 'ko'));
    assert.ok(!plainEnded(['항구가', '없다'], src, 'ko'));
    assert.ok(!plainEnded(['항구가', '있다'], ['항구가', '있어요'], 'ko'));
    assert.ok(!plainEnded(['port', 'is'], ['port', 'is'], 'en'));
  });
});

describe('trust22: an amount restated in another unit in the line', () => {
  it('"1,150 acres, or about 465 hectares": the hectares are the acres again, vouched for with them', () => {
    const j = figureJudged(u22, '# Edisto\n\n- The site covers 1,150 acres, or about 465 hectares.\n', '465 hectares');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });
  it('…not a conversion that does not hold: "1,150 acres, or about 700 hectares" is judged on its own', () => {
    const j = figureJudged(u22, '# Edisto\n\n- The site covers 1,150 acres, or about 700 hectares.\n', '700 hectares');
    assert.notEqual(j.status, 'supported');
  });
});

describe('trust22: a word of the whole after another amount of the sentence', () => {
  const sentence = 'The city rebates 85 percent of the new property taxes for 20 years, about $640 million in total.';
  const at = (s: string) => ({ start: sentence.indexOf(s), end: sentence.indexOf(s) + s.length });
  const figures = [at('85 percent'), at('20 years'), at('$640 million')];
  it('"about $640 million in total" makes the $640 million the total, not the 85 percent', () => {
    assert.equal(scopeOf(sentence, at('$640 million').start, undefined, false, figures), 'whole');
    assert.equal(scopeOf(sentence, at('85 percent').start, undefined, true, figures), undefined);
  });
  it("a word of the whole before its amount, or opening the sentence, is still every figure's of its clause", () => {
    const s2 = 'In total, the city rebates 85 percent of the taxes, about $640 million.';
    const f2 = [
      { start: s2.indexOf('85'), end: s2.indexOf('85') + 10 },
      { start: s2.indexOf('$640'), end: s2.indexOf('$640') + 12 },
    ];
    assert.equal(scopeOf(s2, f2[0].start, undefined, true, f2), 'whole');
  });
  it("the staff report's rebate sentence vouches for the line's 20 years", () => {
    const r = checkReport(u23, `# Kettle Creek\n\n${sentence}\n`);
    const years = r.claims.find((c) => c.text === '20 years');
    assert.ok(years);
    assert.ok(
      years.sources.some((s) => s.agrees && /rebate 75 percent/.test(s.sentence.text)),
      years.sources.map((s) => s.sentence.text).join('\n'),
    );
  });
});

describe('trust22: a quotation in a sentence hard-wrapped in its file', () => {
  const wrapped =
    'Garrett Lyle, vice president of site development for Sonoran Crest Partners, testified that the\n' +
    '    applicant "would rather be held to a hard number than be trusted on a soft one," and did not oppose\n' +
    '    an annual cap.';
  it("a hearing decision's numbered finding, wrapped and indented, gives its quotation to its speaker", () => {
    const q = extractQuotes(wrapped, splitSentences(wrapped, [{ start: 0, end: wrapped.length }]));
    assert.deepEqual(
      q.map((x) => [x.text, x.speaker?.text]),
      [['would rather be held to a hard number than be trusted on a soft one', 'Garrett Lyle']],
    );
  });
  it('so a word changed in it is a misquote, not words no source has', () => {
    const j = quoteJudged(
      u21,
      '# Picacho Flats\n\nGarrett Lyle said the developer "would rather be held to a hard number than be trusted on a vague one."\n',
    );
    assert.ok(j.codes.includes('quote-mismatch/warning'), j.codes.join());
  });
});

describe('trust22: a part given as the whole', () => {
  const u18 = loadSources(path.join(fixtures, 'unseen-18', 'sources'));
  it('"will supply the campus\'s full 1.8 gigawatts" against "to serve 1,200 megawatts of the campus\'s 1.8 gigawatts"', () => {
    const j = figureJudged(
      u18,
      "# Bluestem\n\nPrairie Plains Electric will supply the campus's full 1.8 gigawatts under a 20-year contract.\n",
      '1.8 gigawatts',
    );
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /1,200 megawatts/);
  });
  it('…while the part as the source gives it is vouched for, and so is the whole said of the campus', () => {
    const part = figureJudged(
      u18,
      "# Bluestem\n\nPrairie Plains Electric will serve 1,200 megawatts of the campus's 1.8 gigawatts.\n",
      '1.8 gigawatts',
    );
    assert.deepEqual(loud(part), []);
    const whole = figureJudged(
      u18,
      '# Bluestem\n\nAt full build-out the campus would draw 1.8 gigawatts.\n',
      '1.8 gigawatts',
    );
    assert.deepEqual(loud(whole), []);
  });
  it('an actor whose name holds a common word ("- Carolina Tidewater Power will supply all 1.4 GW …"), and a Korean source that writes the whole first ("1.4GW 가운데 1,000MW")', () => {
    const j = figureJudged(
      u22,
      "# Edisto\n\n- Carolina Tidewater Power will supply all 1.4 GW of the campus's power.\n",
      '1.4 GW',
    );
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /1,000 ?MW/);
  });
});

describe('trust22: a level given as then, and in the next sentence the level it changed to', () => {
  it('"… was $31 billion.[1] The lender presentation … puts it at $34.5 billion, an increase of …": a footnote mark ends the sentence', () => {
    const t = 'The estimate was $31 billion.[1] The lender presentation puts it at $34.5 billion.¹ Next.';
    assert.deepEqual(
      splitSentences(t, [{ start: 0, end: t.length }]).map((s) => t.slice(s.start, s.end)),
      ['The estimate was $31 billion.[1]', 'The lender presentation puts it at $34.5 billion.¹', 'Next.'],
    );
  });
  it("a line that says the old level is today's is judged by the level after the change", () => {
    const j = figureJudged(
      u21,
      '# Picacho Flats\n\nThe estimate for the 1.4 GW Picacho Flats campus is currently $31 billion.\n',
      '$31 billion',
    );
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /\$34\.5 billion/);
  });
  it('…while the old level said of its time is not refuted', () => {
    const j = figureJudged(
      u21,
      '# Picacho Flats\n\nThe estimate for the 1.4 GW Picacho Flats campus was $31 billion when the permit was granted.\n',
      '$31 billion',
    );
    assert.deepEqual(loud(j), []);
  });
});

describe('trust22: a total of one named site', () => {
  it('"피카초 플래츠(…)는 … 총사업비는 현재 310억 달러" is the site\'s total, not the venture\'s (nor a part)', () => {
    const s = '피카초 플래츠(애리조나주 피널카운티)는 건물 7동, 1.4GW 규모이며 총사업비는 현재 310억 달러임.';
    assert.equal(scopeOf(s, s.indexOf('310억')), undefined);
  });
  it('…while a total that names no site, or only a country, is the whole', () => {
    const a = '스타게이트 프로젝트의 총사업비는 5000억 달러다.';
    assert.equal(scopeOf(a, a.indexOf('5000억')), 'whole');
    const b = '한국 내 총투자액은 10조 원이다.';
    assert.equal(scopeOf(b, b.indexOf('10조')), 'whole');
  });
});

describe('trust22: the sentence that restates the line judges its percent, whatever names it leaves out', () => {
  const line = (p: string) =>
    `# 동향\n\n- 구로세전기는 연간 매출 전망을 7,200억 엔에서 7,650억 엔으로 ${p} 올려 잡았다.\n`;
  it('"…에서 7,650억 엔으로 8.3% 올려" against the briefing\'s "We raised … from ¥720 billion to ¥765 billion, an increase of 6.3%"', () => {
    const j = figureJudged(u22, line('8.3%'), '8.3%');
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /6\.3%/);
  });
  it('…and the right percent is vouched for', () => {
    const j = figureJudged(u22, line('6.3%'), '6.3%');
    assert.deepEqual(loud(j), []);
  });
});

describe('trust22: a comparison table gives each site a column', () => {
  const line = (site: string, mw: string, date: string) => `# 동향\n\n- ${site} 1단계 ${mw}는 ${date} 가동 예정이다.\n`;
  it('"에디스토 1단계 350MW는 2028년 2분기" is judged by its own column (2028년 1분기), not by the other site\'s (2028년 상반기)', () => {
    const j = figureJudged(u22, line('에디스토', '350MW', '2028년 2분기'), '2028년 2분기');
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /2028년 1분기/);
  });
  it("…and each site's own date in its column is vouched for", () => {
    assert.deepEqual(loud(figureJudged(u22, line('에디스토', '350MW', '2028년 1분기'), '2028년 1분기')), []);
    assert.deepEqual(loud(figureJudged(u22, line('칼비크', '200MW', '2028년 상반기'), '2028년 상반기')), []);
  });
});
