// A part judged as the whole, or the whole as a part (issue 10), session 45. A line that calls its figure the site's
// at full build ("the whole 1 GW campus", "when it is finished", "캠퍼스의 전체 규모") is not vouched for by a source that
// gives the same value for one phase, and a source amount that its own words give as the site at full build ("the full
// campus could cost …", "planned at 800 MW in four phases", "전체 4단계") is what such a line misreports.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

describe('part45: the site at full build and one phase of it', () => {
  const WIRE = [
    '# Stargate Patagonia: Andes Compute plans $4 billion first phase at Puerto Madryn',
    '',
    'PUERTO MADRYN — Andes Compute and OpenAI will build a Stargate campus outside Puerto Madryn in Chubut province, with an investment of $4 billion over the first phase, provincial officials said on Tuesday.',
    '',
    'The campus is planned to reach 1 gigawatt by 2032. A first phase of 250 MW is due to start operating in 2029. The $4 billion covers the first phase and the shared substation; company executives said the full campus could cost about $14 billion.',
  ].join('\n');
  const sources = () => writtenSources({ 'patagonia-wire-2026-05-12.md': WIRE });

  it("a line that gives the first phase's cost as the full campus's gets the full campus's cost", () => {
    const j = figureJudged(sources(), 'The whole Puerto Madryn campus will cost $4 billion.', '$4 billion');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /\$14 billion/);
  });
  it("the full campus's cost stays supported", () => {
    const j = figureJudged(sources(), 'The full Puerto Madryn campus could cost about $14 billion.', '$14 billion');
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });
  it("the first phase's cost stays supported", () => {
    const j = figureJudged(sources(), 'The first phase at Puerto Madryn will cost $4 billion.', '$4 billion');
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });

  it('a site planned "in four phases" is the site at full build: its size refutes the whole site given the first phase\'s', () => {
    const WIRE2 = [
      '# Stargate Navoi breaks ground',
      '',
      'The Navoi campus is planned at 800 MW in four phases by 2031. Its first phase, 200 MW, is due in 2028.',
    ].join('\n');
    const j = figureJudged(
      writtenSources({ 'central-asia-wire-2026-10-02.md': WIRE2 }),
      'The whole Navoi campus is planned at 200 MW.',
      '200 MW',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /800 MW/);
  });

  const NEWS = [
    '# 대양전기, 우즈베키스탄 스타게이트 캠퍼스에 변압기 24대 공급',
    '',
    '대양전기는 우즈베키스탄 나보이 스타게이트 캠퍼스 1단계에 초고압 변압기 24대를 공급하는 계약을 맺었다고 3일 밝혔다.',
    '',
    '나보이 캠퍼스 1단계는 200MW 규모로 2028년 가동이 목표다.',
  ].join('\n');
  const korean = () => writtenSources({ 'gyeongnam-news-2026-09-04.md': NEWS });

  it("a Korean line that gives the first phase's size as the campus's whole size gets no ✓", () => {
    const j = figureJudged(korean(), '나보이 캠퍼스의 전체 규모는 200MW다.', '200MW');
    assert.notEqual(j.status, 'supported', messages(j));
    assert.deepEqual(loud(j), [], messages(j));
  });
  it("an English line that gives it as the campus's when finished gets no ✓", () => {
    const TRADE = [
      '# Daeyang to supply transformers for Stargate Navoi',
      '',
      'Daeyang Electric will supply 24 extra-high-voltage transformers for the first phase of the Stargate campus in Navoi, Uzbekistan. The first phase of the Navoi campus, 200 MW of computing load, is due to start in 2028.',
    ].join('\n');
    const j = figureJudged(
      writtenSources({ 'grid-trade-2026-09-05.md': TRADE }),
      'The Navoi campus will have 200 MW of computing load when it is finished in 2031.',
      '200 MW',
    );
    assert.notEqual(j.status, 'supported', messages(j));
    assert.deepEqual(loud(j), [], messages(j));
  });
  it("the phase's size stays supported", () => {
    const j = figureJudged(korean(), '나보이 캠퍼스 1단계는 200MW 규모다.', '200MW');
    assert.equal(j.status, 'supported', messages(j));
  });

  // unseen-10 L47: the LatAm Infrastructure Journal's "The R$55 billion covers the first phase and the shared
  // infrastructure; company executives said the full campus could cost "well over" R$150 billion".
  it('unseen-10 L47: the whole campus given the first phase’s R$55 billion is a mismatch', () => {
    const j = reportLineJudged('unseen-10', 'stargate-abroad-briefing.md', 47, 'R$55 billion');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /R\$150 billion/);
  });
  // unseen-44 L11 ("타사리크 캠퍼스의 전체 규모는 300MW로"): 300MW is phase 1 (1단계는 당초 240MW에서 300MW로 확대).
  it('unseen-44 L11: the campus’s whole size given phase 1’s 300MW has no ✓', () => {
    const j = reportLineJudged('unseen-44', 'changwon-cci-stargate-central-asia-orders-bogoseo-ko.md', 11, '300MW');
    assert.notEqual(j.status, 'supported', messages(j));
  });
  // unseen-43 L47 ("Oke-Ilase … will have 120 MW of computing load when it is finished in 2030"): 120 MW is Phase I.
  it('unseen-43 L47: the finished campus given Phase I’s 120 MW has no ✓', () => {
    const j = reportLineJudged('unseen-43', 'two-coasts-one-cloud-campus-paper-draft.md', 47, '120 MW');
    assert.notEqual(j.status, 'supported', messages(j));
  });
});
