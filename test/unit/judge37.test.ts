// Figure misses of unseen-52 (written blind, promoted to tuning in session 37): an amount applied for given as the amount
// allocated, a wire's "USD 95 m" read as 95 dollars, a rate written "tonnes of CO2 a year" read as a mass, so the first
// train's 1.1 Mt never met the line that gave it the full 2.6 Mt. Each traced to a general cause and tested first on
// articles written here as their outlets would write them. Each case fails without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const U52 = path.join(__dirname, '../fixtures/unseen-52/sources');

// unseen-52 (전남 투자유치과 L15): "압셰론은 가스 공급을 연 20억㎥ 배정받았으며, …". The trade agency: "국가에너지배분위원회는
// 7월 29일 이 발전소에 연 18억㎥의 가스 공급을 배정했다. AEP가 3월 신청한 연 20억㎥보다 2억㎥ 적은 규모다."; the wire:
// "AEP has applied to the State Energy Allocation Commission for 2.0 billion cubic meters of gas a year". Three causes:
// 배정 (allocated) was no word of a grant, so the line was no granted line and the wire's application vouched for it; the
// agency's 20억㎥, the level the grant is measured from ("…보다 2억㎥ 적은"), was read as a level before a change, which
// made the line "of then" and set the 18억㎥ aside; and "신청한 연 20억㎥" (a year written 연, not 연간) was no request.
describe('judge37: an amount applied for is no earlier level of the amount allocated', () => {
  const agency = [
    '<html><head><title>카자흐 악타우 스타게이트 캠퍼스, 가스 배정 확정 - 해외시장뉴스</title>',
    '<meta property="og:site_name" content="해외시장뉴스">',
    '<meta property="article:published_time" content="2026-06-02T09:00:00+09:00"></head><body>',
    '<h1>카자흐 악타우 스타게이트 캠퍼스, 가스 배정 확정</h1>',
    '<p>□ 악타우 캠퍼스 전력</p>',
    '<p>카스피해 연안 악타우에 들어서는 스타게이트 악타우 캠퍼스는 총 800㎿ 규모다.</p>',
    '<p>전력은 캠퍼스 옆에 새로 짓는 900㎿급 가스 복합화력 발전소에서 공급받는다. 국가에너지위원회는 5월 12일 이 발전소에 연 9억㎥의 가스 공급을 배정했다. 망기스타우파워가 1월 신청한 연 12억㎥보다 3억㎥ 적은 규모다.</p>',
    '</body></html>',
  ].join('\n');
  const wire = [
    '<html><head><title>Stargate Aktau campus to run on gas plant - Steppe Wire</title>',
    '<meta property="og:site_name" content="Steppe Wire">',
    '<meta property="article:published_time" content="2026-02-04T10:00:00+05:00"></head><body>',
    '<h1>Stargate Aktau campus to run on gas plant</h1>',
    '<p>Aktau, Kazakhstan, February 4 (Steppe Wire) - The Stargate Aktau campus on the Caspian coast will draw its power from a 900 MW gas plant built next to it.</p>',
    '<p>Mangystau Power has applied to the National Energy Commission for 1.2 billion cubic meters of gas a year for the plant. The commission is expected to rule by May.</p>',
    '</body></html>',
  ].join('\n');
  const corpus = writtenSources(
    { 'haeoesijang-aktau-gas.html': agency, 'steppe-wire-aktau-gas-plant.html': wire },
    'xref-judge37-allocated-',
  );

  it('refutes the amount applied for given as the amount allocated (it had a ✓)', () => {
    const j = figureJudged(corpus, '- 악타우는 가스 공급을 연 12억㎥ 배정받았으며, 2029년 가동이 목표다.\n', '12억㎥');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /9억㎥/);
  });

  it('leaves the amount allocated, and the amount applied for given as a request', () => {
    const ok = figureJudged(corpus, '- 악타우는 가스 공급을 연 9억㎥ 배정받았다.\n', '9억㎥');
    assert.deepEqual(loud(ok), []);
    assert.equal(ok.status, 'supported');
    const asked = figureJudged(corpus, '- 망기스타우파워는 가스 연 12억㎥를 신청했다.\n', '12억㎥');
    assert.deepEqual(loud(asked), []);
  });

  // (and in English: "allocated" is a grant's word as "granted" is, so the application no longer vouches for it)
  it('refutes the amount applied for given as allocated, in English (it had a ✓)', () => {
    const daily = [
      '<html><head><title>Commission rules on gas for Aktau data campus plant - Caspian Energy Daily</title>',
      '<meta property="og:site_name" content="Caspian Energy Daily">',
      '<meta property="article:published_time" content="2026-05-13T10:00:00+05:00"></head><body>',
      '<h1>Commission rules on gas for Aktau data campus plant</h1>',
      '<p>The National Energy Commission on Tuesday allocated 0.9 billion cubic meters of gas a year to the plant that will power the Stargate Aktau campus.</p>',
      '</body></html>',
    ].join('\n');
    const en = writtenSources(
      { 'steppe-wire-aktau-gas-plant.html': wire, 'caspian-energy-daily-aktau-gas.html': daily },
      'xref-judge37-allocated-en-',
    );
    const line =
      'The National Energy Commission allocated 1.2 billion cubic meters of gas a year to the plant for the Aktau campus.\n';
    const j = figureJudged(en, line, '1.2 billion cubic meters');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /0\.9 billion/);
  });

  const u52 = loadSources(U52);
  it('unseen-52: Absheron allocated 18억㎥, not the 20억㎥ applied for', () => {
    // (under its heading, as the report writes it: the line alone shares too little with the agency's sentence to refute)
    const line =
      '## 1. 캠퍼스 현황\n\n- 압셰론은 가스 공급을 연 20억㎥ 배정받았으며, 2031년부터 이산화탄소의 90%(연 260만t)를 포집할 계획\n';
    const j = figureJudged(u52, line, '20억㎥');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /18억㎥/);
  });
});

// unseen-52 (Yerevan handout L28): "GeoTransit Grid wants the campus to pay for the Georgian section and the Sadakhlo
// upgrade, about $140m." The mailing-list post: "… the Sadakhlo substation upgrade, about USD 95 m". A currency's million
// set off by a space was not read: "USD 95" was 95 dollars, and nothing spoke of the line's $140m.
describe("judge37: a currency's million set off by a space (USD 95 m)", () => {
  const money = (text: string) => extractFigures(text, 'en').figures.map((f) => `${f.text}=${f.value} ${f.unit}`);

  it('reads "USD 95 m" and "$140 m" as millions, and nothing else after the space', () => {
    assert.deepEqual(money('Estimated cost USD 280 m. It wants about USD 95 m, as a "dedicated" asset.'), [
      'USD 280 m=280000000 USD',
      'USD 95 m=95000000 USD',
    ]);
    assert.deepEqual(money('A fee of $140 m was set.'), ['$140 m=140000000 USD']);
    // (a word that only opens on m, a unit with a power, a bare number: no millions)
    assert.deepEqual(money('It costs $40 more than that.'), ['$40=40 USD']);
    assert.deepEqual(
      money('The plot is 12 m wide and 300 m long.').filter((x) => x.includes('USD')),
      [],
    );
  });

  const post = [
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    '<HTML><HEAD><TITLE>[balkan-grid] Struga link: what the regulator decided on 3 June</TITLE></HEAD><BODY>',
    '<H1>[balkan-grid] Struga link: what the regulator decided on 3 June</H1>',
    '<B>Dimitar Petrovski</B> <A HREF="mailto:balkan-grid%40lists.example.org">dpetrovski at example.org</A><BR>',
    '<I>Thu Jun 4 08:12:40 UTC 2026</I>',
    '<P><!--beginarticle-->',
    '<PRE>',
    '1. The link. A new 400 kV line from the Struga campus to Elbasan: 48 km in',
    '   total. Estimated cost USD 210 m.',
    '',
    '2. The dispute. The regulator wants the cost split by length. Albgrid, the',
    '   Albanian operator, wants the campus to pay for the whole Albanian section',
    '   and the Elbasan substation upgrade, about USD 60 m, as a "dedicated" asset.',
    '</PRE>',
    '<!--endarticle-->',
    '</BODY></HTML>',
  ].join('\n');
  const corpus = writtenSources({ 'pipermail-balkan-grid-struga-link.html': post }, 'xref-judge37-usdm-');

  it("refutes the operator's claim given as another amount (it was unknown)", () => {
    const line = 'Albgrid wants the campus to pay for the Albanian section and the Elbasan upgrade, about $90m.\n';
    const j = figureJudged(corpus, line, '$90m');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /USD 60 m/);
  });

  it('vouches for the same amount', () => {
    const line = 'Albgrid wants the campus to pay for the Albanian section and the Elbasan upgrade, about $60m.\n';
    const j = figureJudged(corpus, line, '$60m');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });

  const u52 = loadSources(U52);
  it("unseen-52: GeoTransit's USD 95 m, given as $140m", () => {
    const line =
      'GeoTransit Grid wants the campus to pay for the Georgian section and the Sadakhlo upgrade, about $140m.\n';
    const j = figureJudged(u52, line, '$140m');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /95/);
  });
});

// unseen-52 (Yerevan handout L16): "Its first capture train, due in 2029, is to take 2.6 million tonnes of CO2 a year."
// The wire: "A first capture train of 1.1 million tonnes a year is planned for 2029." A flow's period may follow what it
// is of ("of reclaimed water a day"), but a formula's digit ended the word: the line's amount was a mass of no period,
// the wire's a rate, and the two never met; the full capture's 2.6 Mt of a Korean brief vouched for the first train.
describe('judge37: "tonnes of CO2 a year" is a rate', () => {
  const rate = (text: string) => extractFigures(text, 'en').figures.map((f) => `${f.text}=${f.unit}`);

  it('reads the period after a formula as after a word', () => {
    assert.deepEqual(rate('It is to take 2.6 million tonnes of CO2 a year.'), ['2.6 million tonnes=t/year']);
    assert.deepEqual(rate('It will store 400,000 tonnes of CO₂ per year.'), ['400,000 tonnes=t/year']);
  });

  const wire = [
    '<html><head><title>Stargate Mangyshlak campus: carbon capture planned in two steps - Steppe Wire</title>',
    '<meta property="og:site_name" content="Steppe Wire">',
    '<meta property="article:published_time" content="2026-03-09T10:00:00+05:00"></head><body>',
    '<h1>Stargate Mangyshlak campus: carbon capture planned in two steps</h1>',
    "<p>The developer said it would capture 85 percent of the gas plant's carbon dioxide once the full capture system is in service in 2030, about 1.9 million tonnes a year.</p>",
    '<p>A first capture train of 0.8 million tonnes a year is planned for 2028.</p>',
    '</body></html>',
  ].join('\n');
  const corpus = writtenSources({ 'steppe-wire-mangyshlak-ccs.html': wire }, 'xref-judge37-co2-');

  it('refutes the full capture given to the first train (it was unknown)', () => {
    const line = 'Its first capture train, due in 2028, is to take 1.9 million tonnes of CO2 a year.\n';
    const j = figureJudged(corpus, line, '1.9 million tonnes');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /0\.8 million tonnes/);
  });

  it("vouches for the first train's own amount", () => {
    const line = 'Its first capture train, due in 2028, is to take 0.8 million tonnes of CO2 a year.\n';
    const j = figureJudged(corpus, line, '0.8 million tonnes');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });

  const u52 = loadSources(U52);
  it("unseen-52: Absheron's first train takes 1.1 Mt, not the full 2.6 Mt", () => {
    const line = 'Its first capture train, due in 2029, is to take 2.6 million tonnes of CO2 a year.\n';
    const j = figureJudged(u52, line, '2.6 million tonnes');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /1\.1 million tonnes/);
  });
});

// unseen-52 (전남 투자유치과 L25): "다도해로지스(광양): 운송계약 412억 원, 총 14항차 중 바쿠행 9항차". The 결과보고: "운송계약 412억
// 원, 총 14항차(포티행 9항차, 포티 경유 바쿠행 5항차)". 항차 (a voyage) was no counter, so no count was read; read, the
// 포티행 9 vouched for the line's 바쿠행 9. A Korean list writes each amount's name right before it: the amount of another
// name there neither vouches nor refutes, the amount of the line's name judges it.
describe("judge37: a Korean list's amount is the thing named right before it", () => {
  const report = [
    '┌──────────────────────────────────────┐',
    '│   부산항 수출기업 간담회 결과보고      │',
    '└──────────────────────────────────────┘',
    '',
    "                                '26. 10. 8.(목) / 사무국",
    '',
    '□ 개요',
    "  ○ 일시/장소 : '26. 10. 7.(수) 15:00, 부산상공회의소 2층 회의실",
    '',
    '□ 기업별 현황',
    '  ○ 남해로지스(부산)',
    '    - 운송계약 280억 원, 총 11항차(제다행 7항차, 제다 경유 리야드행 4항차)',
    '    - 1항차 9. 2. 부산항 출항 → 10. 1. 제다항 도착(29일)',
    '',
    '붙임  참석자 명단 1부.  끝.',
  ].join('\n');
  const corpus = writtenSources({ 'busan-suchul-ganamhoe-gyeolgwa-2026-10.txt': report }, 'xref-judge37-named-');

  it('reads 항차 as a count of voyages', () => {
    assert.deepEqual(
      extractFigures('총 14항차 중 바쿠행 9항차', 'ko').figures.map((f) => `${f.text}=${f.value} ${f.unit}`),
      ['14항차=14 voyages', '9항차=9 voyages'],
    );
  });

  it("refutes another name's amount given to the line's name (it had a ✓ by the other's)", () => {
    const line = '- 남해로지스(부산): 운송계약 280억 원, 총 11항차 중 리야드행 7항차\n';
    const j = figureJudged(corpus, line, '7항차');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /4항차/);
  });

  it("vouches for each name's own amount, and the total", () => {
    for (const [line, fig] of [
      ['- 남해로지스(부산): 운송계약 280억 원, 총 11항차 중 리야드행 4항차\n', '4항차'],
      ['- 남해로지스(부산): 운송계약 280억 원, 총 11항차 중 제다행 7항차\n', '7항차'],
      ['- 남해로지스(부산): 운송계약 280억 원, 총 11항차 중 제다행 7항차\n', '11항차'],
    ]) {
      const j = figureJudged(corpus, line, fig);
      assert.deepEqual(loud(j), [], line);
      assert.equal(j.status, 'supported', line);
    }
  });

  const u52 = loadSources(U52);
  it("unseen-52: Baku's 5 voyages, not Poti's 9", () => {
    const j = figureJudged(u52, '- 다도해로지스(광양): 운송계약 412억 원, 총 14항차 중 바쿠행 9항차\n', '9항차');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /5항차/);
  });
});
