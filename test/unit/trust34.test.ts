// Wrong verdicts found in session 34 on the sets promoted from held-out (unseen-46, unseen-47). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { partLabelOf } from '../../server/src/extract/partLabel';
import { splitSentences } from '../../server/src/text/sentences';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
/** A tuning set's sources as a corpus. */
const set = (name: string) => loadSources(path.join(fixtures, name, 'sources'));
/** A regional energy forum's policy brief in Markdown, its sources in footnotes, as such briefs cite them. */
const LAKESIDE_BRIEF = [
  '# Stargate comes to the lake country: what the Lakeside campus asks of the grid',
  '',
  '*Great Lakes Energy Forum · Policy Brief 26-14 · October 2, 2026 · Dana K. Whitford*',
  '',
  '**Lakeside.** Stargate Lakeside LLC announced the campus in May 2026 at $4.4 billion, with a first phase of 90 MW in 2027.[^1] Its August 2026 permit application to the county put the cost at $4.9 billion, citing a larger substation.[^2] The utility has not said how it will serve the later phases.',
  '',
  '[^1]: Marta Olsen, "Stargate picks Lakeside for its next campus," *Lakeside Ledger*, May 4, 2026.',
  '[^2]: Ashby County, conditional use permit file CUP-26-118, August 19, 2026.',
].join('\n');

let u47: ReturnType<typeof set>;
before(() => {
  u47 = set('unseen-47');
});

// unseen-47's policy Insight (Markdown) cites with footnotes after the full stop ("… in the fourth quarter of 2027.[^1]
// In its September 2026 interconnection filing …"): the two sentences were read as one, so the $9.2 billion and the
// $9.8 billion of the Bay FM draft's true line stood in one source sentence, which then "restated" the line and paired
// its "400 MW" campus with the first phase's "150 MW": a ✗ on a true line.
describe("trust34: a footnoted brief's sentences read apart (the split: judge34.test.ts)", () => {
  it("unseen-47: the Bay FM draft's true line on Jobos (400 MW; US$9.2 billion to US$9.8 billion) is not refuted", () => {
    const j = figureJudged(
      u47,
      "# Old Harbour\n\nPuerto Rico's Jobos campus, at 400 MW, is the largest; its cost rose from US$9.2 billion to US$9.8 billion this year.\n",
      '400 MW',
    );
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });
  it("a brief's own footnoted sentences: the campus's size no source gives is not refuted by the first phase's", () => {
    const c = writtenSources({ 'lakeside-brief.md': LAKESIDE_BRIEF });
    const j = figureJudged(
      c,
      '# Lakeside\n\nThe Lakeside campus, at 300 MW, saw its cost rise from $4.4 billion to $4.9 billion.\n',
      '300 MW',
    );
    assert.deepEqual(loud(j), []);
  });
});

// The same brief's first sentence alone ("announced the campus … at $4.4 billion, with a first phase of 90 MW") restates
// a line that gives the campus's size and its announced cost: the restating sentence's only power, which its own clause
// makes a phase's, was put in the place of the line's campus size (a ✗ saying "90 MW").
describe("trust34: a restating sentence's phase figure does not stand in for a line's figure of no phase", () => {
  it('"The Lakeside campus, at 300 MW, was announced at $4.4 billion" against "… at $4.4 billion, with a first phase of 90 MW"', () => {
    const c = writtenSources({ 'lakeside-brief.md': LAKESIDE_BRIEF });
    const j = figureJudged(
      c,
      '# Lakeside\n\nThe Lakeside campus, at 300 MW, was announced at $4.4 billion.\n',
      '300 MW',
    );
    assert.deepEqual(loud(j), []);
  });
  it('…while a table row\'s amount before another cell\'s "1단계 300MW" still restates the line (unseen-31)', () => {
    const c = loadSources(path.join(fixtures, 'unseen-31', 'sources'));
    const j = figureJudged(
      c,
      '# 그레이트플레인스\n\n샌드힐 윈드 사업비는 4월 발표 당시 260억 달러에서 2,850억 달러로 증가함.\n',
      '2,850억 달러',
    );
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /285억 달러/);
  });
  it('…while a line that gives the first phase is still judged by it', () => {
    const c = writtenSources({ 'lakeside-brief.md': LAKESIDE_BRIEF });
    const j = figureJudged(
      c,
      '# Lakeside\n\nThe Lakeside campus was announced at $4.4 billion, with a first phase of 120 MW in 2027.\n',
      '120 MW',
    );
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /90 MW/);
  });
});

// unseen-47's Bay FM draft has a section "## The other two campuses" after the Old Harbour one: the heading's count was
// refuted by the Insight's "announced three data center campuses in the Caribbean" (a ✗ on a heading).
describe('trust34: a count of the others or the rest of a set is a part of it', () => {
  it('"## The other two campuses" is not refuted by "three data center campuses"', () => {
    const j = figureJudged(
      u47,
      '# Old Harbour\n\n## The other two campuses\n\nBaní is a 250 MW campus.\n',
      'two campuses',
    );
    assert.deepEqual(loud(j), []);
  });
  it('a wire roundup\'s four sites: "the remaining three sites" and "## The other three sites" are parts, "three sites" is refuted', () => {
    const c = writtenSources({
      'nordic-roundup.txt': [
        'Stargate picks four Nordic sites',
        '',
        'OSLO, June 3 (Nordic Wire) - Stargate has chosen four data center sites in the Nordic countries, the venture said on Wednesday.',
        'The first, at Fjordane in Norway, is due to open in 2027.',
      ].join('\n'),
    });
    const rest = figureJudged(c, '# Nordics\n\n## The other three sites\n\nFjordane opens first.\n', 'three sites');
    assert.deepEqual(loud(rest), []);
    const remaining = figureJudged(
      c,
      '# Nordics\n\nAfter Fjordane, the remaining three sites open later, Stargate said in June.\n',
      'three sites',
    );
    assert.deepEqual(loud(remaining), []);
    const whole = figureJudged(
      c,
      '# Nordics\n\nStargate has chosen three data center sites in the Nordic countries.\n',
      'three data center sites',
    );
    assert.equal(whole.mismatches.length, 1);
  });
});

// unseen-46's Brimrun memo: "Landsafl's 15-year contract is for up to 150 MW and about 1,180 GWh a year at full delivery.
// That is about 8% of the 14,200 GWh Landsafl generated in 2025." The 8% is the writer's 1,180 / 14,200, over the
// sentence before; the interim statements' table row "Power sold (GWh) 7,080 7,010 1.0%" (a change column) refuted it.
describe('trust34: a line that points back works out its share from the sentence before', () => {
  it('unseen-46: "That is about 8% of the 14,200 GWh …" after "about 1,180 GWh a year" is not refuted', () => {
    const c = set('unseen-46');
    const j = figureJudged(
      c,
      "# Hraunvellir\n\n## Power\n\nLandsafl's 15-year contract is for up to 150 MW and about 1,180 GWh a year at full delivery.\nThat is about 8% of the 14,200 GWh Landsafl generated in 2025.\n",
      '8%',
    );
    assert.deepEqual(loud(j), []);
  });
  it('a utility\'s interim report: "That is about 10% of the 9,600 GWh …" after "about 960 GWh a year"; a wrong share is still read', () => {
    const c = writtenSources({
      'nordkraft-interim-h1-2026.txt': [
        'Nordkraft AS — Interim report, first half 2026 (excerpt)',
        '',
        'Published 20 August 2026',
        '',
        'Key figures                         H1 2026     H1 2025     Change',
        'Power sold (GWh)                      4,900       4,850       1.0%',
        'Revenue (NOK million)                 3,210       3,400      -5.6%',
        '',
        'Nordkraft sold 9,600 GWh of electricity in 2025.',
        'In June the company signed a 12-year power purchase agreement with Stargate Fjordane for about 960 GWh a year from 2027.',
      ].join('\n'),
    });
    const line = (p: string) =>
      `# Fjordane power\n\nStargate Fjordane's contract with Nordkraft is for about 960 GWh a year from 2027. That is about ${p} of the 9,600 GWh Nordkraft sold in 2025.\n`;
    assert.deepEqual(loud(figureJudged(c, line('10%'), '10%')), []);
    // (30% is no share of the sentence before: the source's percent still judges it)
    assert.equal(figureJudged(c, line('30%'), '30%').mismatches.length, 1);
  });
});

// unseen-probe27's Korean student line "상시 일자리는 1단계 기준 약 150명이다." was refuted by a Korean weekly's "상시 고용은
// 최종 400명, 1단계 120명": the 400 is the size at full build, read as phase 1's because its sentence names 1단계. The
// chamber newsletter's "Phase 1 will employ about\n  **150 people** permanently" (a list item wrapped onto an indented
// line) was cut in two at the line break. (The line is still flagged, now by the weekly's 120명: the newsletter's
// sentence meets it only through "Phase 1" and "employ", which the lexicon does not pair with 1단계 and 일자리; pairing
// them cost three true lines elsewhere, so it was undone.)
describe("trust34: a wrapped list item goes on; the size at full build (최종) is the whole's", () => {
  it("a list item's indented next line goes on with its sentence; an item's short field lines still stand apart", () => {
    const t =
      '- **Jobs.** Construction is expected to peak at about **1,100 workers** next summer. Phase 1 will employ about\n  **150 people** permanently, with technician wages starting around **$31 an hour**.\n- **Power.** Next.';
    assert.ok(
      splitSentences(t, [{ start: 0, end: t.length }])
        .map((s) => t.slice(s.start, s.end))
        .includes(
          'Phase 1 will employ about\n  **150 people** permanently, with technician wages starting around **$31 an hour**.',
        ),
    );
    const f = '- Capacity: 1.2 GW\n  Cost: $3 billion';
    assert.equal(splitSentences(f, [{ start: 0, end: f.length }]).length, 2);
  });
  it('"최종 400명, 1단계 120명": the 400 is the whole\'s, no part of phase 1', () => {
    const s = '상시 고용은 최종 400명, 1단계 120명으로 회사는 보고 있다.';
    const figs = [
      { start: s.indexOf('400명'), end: s.indexOf('400명') + 4, kind: 'count' },
      { start: s.indexOf('120명'), end: s.indexOf('120명') + 4, kind: 'count' },
    ];
    assert.equal(partLabelOf(s, 'ko', figs, figs[0]), 'whole');
    assert.equal(partLabelOf(s, 'ko', figs, figs[1]), 'phase:1');
  });
  it("a Korean weekly's own numbers: phase 1's line is judged by phase 1's 90명, not the 300명 at full build", () => {
    const c = writtenSources({
      'dangjin-weekly-ko.txt': [
        '당진 데이터센터, 내년 3월 착공',
        '',
        '당진시대 | 2026.10.14 | 오세영 기자',
        '',
        '석문국가산단에 들어서는 스타게이트 당진 데이터센터가 내년 3월 착공한다.',
        '상시 고용은 최종 300명, 1단계 90명으로 회사는 보고 있다.',
      ].join('\n'),
    });
    const j = figureJudged(c, '# 당진\n\n당진 데이터센터의 상시 일자리는 1단계 기준 약 150명이다.\n', '150명');
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /90명/);
    assert.doesNotMatch(j.mismatches[0].message, /300명/);
  });
});
