// The planted figures of unseen-62 and unseen-63 (tuning material since session 42) that a check missed, and the
// unseen-60/61 misses of the same kinds. Each case failed before its rule.
import { strict as assert } from 'assert';
import { changeOf } from '../../server/src/extract/change';
import { extractFigures } from '../../server/src/extract/figures/index';
import { amountRole } from '../../server/src/judge/role';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_63_TEMBE = 'tembe-nhaca-securities-ldi-stargate-maputo-equity-note.md';
const UNSEEN_61_KO = 'namwon-siuihoe-jeongchaekjiwongwan-geomto-stargate-namwon-gieop-ko.md';
const UNSEEN_63_KO = 'geochang-handeul-sinhyup-yeosin-simsa-memo-wicheon-hambaek-stargate-ko.md';

// unseen-63 tembe L18: "The Umbelúzi abstraction licence came through in September at 2,500 m³ a day." got a ✓ from the
// issuer's "The Project has applied for a licence to abstract up to 2,500 m3 of water per day", while a forum's
// "licensed at 1,500 m³/day vs 2,500 requested" refuted it: a licence that came through is a grant, but the line's own
// clause had no word of granting the role reader knew, so the amount applied for still vouched for it.
describe('judge42b: a permit that came through, was issued, obtained or secured is a grant', () => {
  const corpus = () =>
    writtenSources({
      'filing.md':
        '# Karoo Cloud Holdings: notice to shareholders\n\n2026-03-02\n\nKaroo Cloud Holdings said its Beaufort West data campus has applied for a permit to draw up to 4,000 cubic metres of groundwater a day from the Nuweveld aquifer for cooling.\n',
      'news.md':
        '# Beaufort West data campus gets less water than it wanted\n\n2026-09-18\n\nThe Department of Water and Sanitation has licensed the Beaufort West data campus to draw 2,800 cubic metres of groundwater a day from the Nuweveld aquifer, well short of the 4,000 it asked for.\n',
    });
  it('reads the verbs of a grant in the clause before the amount', () => {
    const role = (t: string, n: string) => amountRole(t, t.indexOf(n), t.indexOf(n) + n.length, 'en', 'volume');
    assert.equal(role('The groundwater permit came through in September at 2,800 m³ a day.', '2,800 m³'), 'granted');
    assert.equal(role('The ministry issued a licence for 2,800 m³ a day.', '2,800 m³'), 'granted');
    assert.equal(role('The campus obtained a permit for 2,800 m³ a day.', '2,800 m³'), 'granted');
    assert.equal(role('The campus has applied for a permit to draw 4,000 m³ a day.', '4,000 m³'), 'applied');
  });
  it('sets the licensed 2,800 against "came through … at 4,000 m³ a day", with no ✓ from the 4,000 applied for', () => {
    const r = figureJudged(
      corpus(),
      '# Water note\n\nThe Beaufort West groundwater permit from the Nuweveld aquifer came through in September at 4,000 m³ a day.\n',
      '4,000 m³',
    );
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /2,800/);
  });
  it('still vouches for the amount licensed', () => {
    const r = figureJudged(
      corpus(),
      '# Water note\n\nThe Beaufort West groundwater permit from the Nuweveld aquifer came through in September at 2,800 m³ a day.\n',
      '2,800 m³',
    );
    assert.equal(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('flags unseen-63 tembe L18 "2,500 m³" (1,500 licensed)', () => {
    const j = reportLineJudged('unseen-63', UNSEEN_63_TEMBE, 18, '2,500 m³');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /1,500/);
  });
});

// unseen-61 namwon L13: "이 가운데 CDU는 69대로, 납기는 2027년 9월부터 2028년 8월까지이다." opens its paragraph pointing back to the
// order of the paragraph above ("… CDU와 건식냉각기 스키드 24세트를 3,800만 달러 … 에 수주하였다."), but was read with only its
// heading around it: its own words (CDU, 납기) were too few for the post's "냉각수 분배장치(CDU) 96대와 건식냉각기 스키드
// 24세트를 …" to reach the bar a contradiction needs (0.37). A block that opens on a part of what the block above spoke of
// ("이 가운데", "그중", "Of those") is read in the sentence it points back to (pointedBackOf), as a sentence of the same
// block is read in the one before it. (Not every pointing back: "이는 … 수주잔고 … 의 약 4분의 1에 해당한다" sets the
// contract above against another amount, and read so, unseen-42 L39, a true line, was flagged.)
describe('judge42b: a paragraph that opens on a part of the one above is read in its last sentence', () => {
  const corpus = () =>
    writtenSources({
      'chungbuk-daily-ko.md':
        "# 한울냉열, 칠레 스타게이트 냉각장치 수주\n\n2026-05-20\n\n충주의 한울냉열은 칠레 '스타게이트 킬리쿠라' 1단계용 냉각수 분배장치(CDU) 84대와 건식냉각기 30세트를 2,900만 달러에 수주했다고 공시했다. 지난해 매출의 38% 규모다.\n\n납기는 2027년 6월부터 2028년 3월까지다.\n",
      'cheongju-news-ko.md':
        '# 세광전기, 베트남 데이터센터 배전반 공급\n\n2026-06-02\n\n청주의 세광전기는 베트남 하노이 데이터센터용 배전반 120면을 1,450만 달러에 수주했다고 밝혔다. 납기는 2027년 10월이다.\n\n회사는 올해 하반기에 생산직 25명을 새로 뽑는다.\n',
      'chungju-city-ko.md':
        '# 충주시, 기업 투자협약 체결\n\n2026-07-11\n\n충주시는 한울냉열과 2공장 신설 투자협약을 맺었다. 회사는 180억 원을 들여 2027년 5월까지 공장을 짓고 40명을 새로 고용한다.\n',
    });
  const report = (n: string) =>
    `# 충주 기업 동향\n\n## 한울냉열\n\n5월 칠레 킬리쿠라 캠퍼스 1단계용 CDU와 건식냉각기 30세트를 2,900만 달러에 수주하였다.\n\n이 가운데 CDU는 ${n}다.\n`;
  it('sets the order\'s 84대 against "이 가운데 CDU는 48대다"', () => {
    const r = figureJudged(corpus(), report('48대'), '48대');
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /84대/);
  });
  it('vouches for "이 가운데 CDU는 84대다"', () => {
    const r = figureJudged(corpus(), report('84대'), '84대');
    assert.equal(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('flags unseen-61 namwon L13 "69대" (96대)', () => {
    const j = reportLineJudged('unseen-61', UNSEEN_61_KO, 13, '69대');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /96대/);
  });
});

// unseen-63 geochang L30: "2공장 투자액은 120억 원, 신규 채용은 45명이며 2027년 4월 가동이 목표다." got a ✓ from the paper's
// "함백정공은 지난 6월 … 120억 원을 들여 2공장을 짓겠다고 밝혔으나, 이번에 PDU 조립 라인을 추가하면서 투자액을 150억 원으로
// 늘렸다": the 120억 is the level before the change the sentence makes, but only a copula ("…였고") or "에서" marked a Korean
// level before, not a clause that ends in a contrast. A wrong ✓ is worse than silence: the level before vouches for no
// line that does not say it speaks of then.
describe('judge42b: a Korean level in a clause ending in a contrast, before "N으로 늘렸다", is the level before', () => {
  const change = (s: string, fig: string) => {
    const figs = extractFigures(s, 'ko').figures;
    return changeOf(
      s,
      figs.find((x) => x.text === fig)!,
      'ko',
      figs,
    );
  };
  it('reads 120억 원 as the level before and 150억 원 as the level after', () => {
    const s =
      '회사는 지난 6월 120억 원을 들여 2공장을 짓겠다고 밝혔으나, 이번에 조립 라인을 추가하면서 투자액을 150억 원으로 늘렸다.';
    assert.equal(change(s, '120억 원'), 'before');
    assert.notEqual(change(s, '150억 원'), 'before');
  });
  it('leaves a level whose contrast leads to no change of it alone', () => {
    const s = '회사는 120억 원을 들여 2공장을 지었지만, 채용은 45명으로 늘렸다.';
    assert.equal(change(s, '120억 원'), undefined);
  });
  it('gives unseen-63 geochang L30 "120억 원" no ✓', () => {
    const j = reportLineJudged('unseen-63', UNSEEN_63_KO, 30, '120억 원');
    assert.notEqual(j.status, 'supported', messages(j));
  });
});
