// Planted wrong figures of unseen-68 and unseen-69 that passed (session 45): one year's amount of a source's list given
// for another year (unseen-68 anmyeon L25), and one site's figure in a programme that names every site vouching for a
// line under another site's heading (unseen-68 hollis-varga L30), and a level a line says a change came to, which a
// source gives as the level that change started from (unseen-69 carrow L43). Each case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_68_KO = 'anmyeon-bada-gogo-jeongi-hwaldongji-mallipo-png-ko.md';
const UNSEEN_68_HOLLIS = 'hollis-varga-risk-memo-stargate-island-campuses-car.md';
const UNSEEN_69_CARROW = 'carrow-specialty-risk-memo-stargate-lome-tuzla-sungai-liang.md';

// A source sentence that lists amounts by year ("지역 청년을 2027년 80명, 2028년 120명") stated the line's value (80) for
// another year than the line's (2028): the line's year found the sentence, but the value it states there is 2027's, and
// it vouched for the line, where the amount the sentence pairs with the line's year (120) is the one in its place.
describe('judge45b: an amount a list pairs with another year is that year’s', () => {
  const ko = {
    'gunsan-ilbo-2026-09-14.txt':
      '군산 데이터센터, 지역 청년 교육 나선다\n\n2026-09-14\n\n군산시는 새만금 데이터센터 운영 인력을 확보하기 위해 지역 청년을 2027년 80명, 2028년 120명 교육할 계획이라고 14일 밝혔다.\n',
  };
  const en = {
    'saemangeum-digest-2026-09-20.md':
      '# Gunsan trains its own data center staff\n\n2026-09-20\n\nFor the Saemangeum data center, Gunsan city will fund training for 80 local people in 2027 and 120 local people in 2028.\n',
  };
  it('a Korean line giving 2027’s amount for 2028 is a mismatch, with 2028’s amount', () => {
    const r = figureJudged(
      writtenSources(ko),
      '# 메모\n\n군산시는 새만금 데이터센터 운영 인력으로 2028년에 지역 청년 80명을 교육한다.\n',
      '80명',
    );
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /120명/);
  });
  it('the year’s own amounts stay ✓', () => {
    const c = writtenSources(ko);
    for (const [line, fig] of [
      ['군산시는 새만금 데이터센터 운영 인력으로 2028년에 지역 청년 120명을 교육한다.', '120명'],
      ['군산시는 새만금 데이터센터 운영 인력으로 2027년에 지역 청년 80명을 교육한다.', '80명'],
    ]) {
      const r = figureJudged(c, `# 메모\n\n${line}\n`, fig);
      assert.equal(r.status, 'supported', `${line}: ${messages(r)}`);
    }
  });
  it('nor does another article that pairs the line’s amount with another year vouch for it', () => {
    const r = figureJudged(
      writtenSources({ ...ko, ...en }),
      '# 메모\n\n군산시는 새만금 데이터센터 운영 인력으로 2028년에 지역 청년 80명을 교육한다.\n',
      '80명',
    );
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
  });
  it('an English line too', () => {
    const r = figureJudged(
      writtenSources(en),
      '# Note\n\nIn 2028 the Saemangeum data center trains 80 local people from Gunsan.\n',
      '80 local people',
    );
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
  });
  // (a list by date only: two articles that give the line's date to one amount, "its first 200 megawatts in March
  // 2030", say nothing of the line's other amount, the campus's 800 MW; unseen-38 L49's true line was flagged so)
  it('a sentence that gives the line’s date to one amount is no list by date', () => {
    const r = figureJudged(
      writtenSources({
        'coastal-wire-grid.md':
          '# Grid date set for the Porthcawl campus\n\n2026-09-22\n\nThe Porthcawl data center campus will get electricity for its first 200 megawatts in March 2030, the grid operator has told the developer. The campus is planned at 800 megawatts in all.\n',
        'valleys-post-grid.md':
          '# Porthcawl campus waits for the grid\n\n2026-09-25\n\nThe grid operator will connect the first 200 megawatts of the Porthcawl campus in March 2030, it said on Thursday.\n',
      }),
      '# Notes on the Welsh campuses\n\n## Porthcawl\n\nThe grid operator has promised power for only 200 of its 800 MW, from March 2030.\n',
      '800 MW',
    );
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('unseen-68 anmyeon L25: 2027’s 150명 given for 2028’s 260명', () => {
    const r = reportLineJudged('unseen-68', UNSEEN_68_KO, 25, '150명');
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(messages(r), /260명/);
  });
});

// A conference programme names each campus in its own session: its figure for one campus ("The campus at Narvik sits … .
// Every building on the campus is designed for wind gusts of 210 km/h") vouched for a line under another campus's
// heading ("## Kiruna"), where an article on that campus states another value: the programme names Kiruna too (in its
// other session), so the rule for an article that never names the site did not set it aside.
describe('judge45b: another site’s figure in a roundup that names every site', () => {
  const corpus = () =>
    writtenSources({
      'nordic-compute-forum-2026-programme.md':
        '# Nordic Compute Forum 2026: programme\n\n2026-10-01\n\n## Session 1: Building on the coast\n\nThe campus at Narvik sits at the head of the Ofotfjord, where the winter storms come in from the sea. Every building on the campus is designed for wind gusts of 210 km/h, with its roof anchored to the rock.\n\n## Session 2: Hydropower for compute\n\nThe second campus, 90 MW at Kiruna in Norrbotten, takes its power from the Lule river under a 20-year contract.\n',
      'norrbotten-kuriren-kiruna-campus.md':
        "# Kiruna's data campus is built for the mountain winds\n\n2026-09-12\n\nAt Kiruna, every building on the campus, the substation included, is designed for wind gusts of 190 km/h, the engineers said.\n",
    });
  const memo = (narvik: string, kiruna: string) =>
    `# Memo on the Nordic campuses\n\n## Narvik, Norway (60 MW)\n\nEvery building is designed for wind gusts of ${narvik}.\n\n## Kiruna, Sweden (90 MW)\n\nThis is the coldest site: every building on the campus is designed for wind gusts of ${kiruna}.\n`;
  it('Narvik’s 210 km/h written for Kiruna is a mismatch, with Kiruna’s 190', () => {
    const r = figureJudged(corpus(), memo('190 km/h', '210 km/h'), '210 km');
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /190 km/);
  });
  it('each site’s own figure stays ✓', () => {
    const c = corpus();
    const text = memo('210 km/h', '190 km/h');
    assert.equal(figureJudged(c, text, '210 km').status, 'supported');
    assert.equal(figureJudged(c, text, '190 km').status, 'supported');
  });
  it('unseen-68 hollis-varga L30: Vuda’s 285 km/h given for Toamasina’s 250', () => {
    const r = reportLineJudged('unseen-68', UNSEEN_68_HOLLIS, 30, '285 km');
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(messages(r), /250 km/);
    // (and Vuda's own line keeps its ✓)
    assert.equal(reportLineJudged('unseen-68', UNSEEN_68_HOLLIS, 11, '285 km').status, 'supported');
  });
});

// "The steel … rose to 8,400 tonnes" against "the steel … rose from 8,400 tonnes to 9,700 tonnes": the source's 8,400 is
// the level the change started from, so the line "may be of then" and got nothing; but its own words say its level is
// the one the change came to, as a line that says its level is today's does: the level after judges it.
describe('judge45b: a level a line says a change came to is the level after it', () => {
  const corpus = () =>
    writtenSources({
      'harbour-post-foundations.md':
        '# Harbour campus foundations redesigned\n\n2026-10-02\n\nAfter load tests on the soft clay, the engineers lengthened the piles, and the steel for the campus foundations rose from 8,400 tonnes to 9,700 tonnes.\n',
    });
  const memo = (line: string) => `# Notes on the harbour campus\n\n${line}\n`;
  it('the level before given as the level the change came to is a mismatch, with the level after', () => {
    const r = figureJudged(
      corpus(),
      memo('After the load tests, the steel for the campus foundations rose to 8,400 tonnes.'),
      '8,400 tonnes',
    );
    assert.equal(loud(r).length, 1, messages(r));
    assert.match(r.mismatches[0]?.message ?? '', /9,700 tonnes/);
  });
  it('the level after, and the change written as the source writes it, stay ✓', () => {
    const c = corpus();
    const after = memo('After the load tests, the steel for the campus foundations rose to 9,700 tonnes.');
    assert.equal(figureJudged(c, after, '9,700 tonnes').status, 'supported');
    const both = memo('The foundation steel rose from 8,400 tonnes to 9,700 tonnes.');
    assert.equal(figureJudged(c, both, '8,400 tonnes').status, 'supported');
    assert.equal(figureJudged(c, both, '9,700 tonnes').status, 'supported');
  });
  it('unseen-69 carrow L43: concrete before the redesign given as after it', () => {
    const r = reportLineJudged('unseen-69', UNSEEN_69_CARROW, 43, '95,000 m³');
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(messages(r), /112,000/);
  });
});
