// True lines of unseen-37 (issue 10, a set written blind, promoted to tuning in session 29) that the checker flagged,
// each traced to a general cause and tested on articles written here as their outlets would write them. Each case
// fails without its rule.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures';
import { scopeOf } from '../../server/src/judge/scope';
import { figureJudged, writtenSources } from './judged';

// unseen-37's draft: "filed its environmental impact study on April 13" against a wire's "ANTOFAGASTA, Chile, April 14,
// 2026 (PAN) -- … filed an environmental impact study on Monday". A dateline's date is the day the story was filed; a
// sentence that dates its event by a weekday ("on Monday", the latest Monday on or before the dateline) or by
// "yesterday" or "last week" says the event was on another day: the dateline's date neither refutes nor vouches for the
// event's date, and the weekday it names may vouch for it.
describe('flags29: a wire dateline and the weekday its sentence dates the event by', () => {
  // (a wire's digest: each item opens with its own dateline, which stays in the story's text)
  const corpus = writtenSources(
    {
      'san-digest.txt': [
        'SERVICIO ANDINO DE NOTICIAS (SAN) -- ENGLISH WIRE',
        'SAN-EN 0231   ECO/ENE   CHL   05-MAR-2026 18:30 CLT',
        '',
        '=ENERGY-DIGEST/ Northern Chile energy and data-center briefs',
        '',
        "SANTIAGO, March 5, 2026 (SAN) -- Chile's grid coordinator said curtailment of solar output in the north reached 14% in February, the highest on record.",
        '',
        'CALAMA, Chile, March 5, 2026 (SAN) -- Stargate and the Chilean utility Energía del Loa signed a 20-year power purchase agreement on Tuesday for the data-center campus Stargate plans outside Calama, the companies said. The agreement covers 450 megawatts of solar power from the Loa Norte plant.',
        '',
        'IQUIQUE, Chile, March 5 (SAN) -- The regional government of Tarapacá yesterday granted Stargate a maritime concession for the seawater intake of the desalination plant at its planned Iquique data-center campus. The concession covers 3.2 hectares of shore for 30 years.',
        '',
        'ARICA, Chile, March 5, 2026 (SAN) -- The Arica municipal council approved the building permit for the Stargate data-center campus at Chacalluta by seven votes to two.',
        '',
        'IFR/cpa',
        '',
      ].join('\n'),
    },
    'xref-flags29-',
  );

  it('does not refute the event’s day with the dateline’s when the sentence dates it by a weekday', () => {
    const line = (d: string) =>
      `Stargate and Energía del Loa signed the power purchase agreement for the Calama campus on ${d}.\n`;
    const wrongDay = figureJudged(corpus, line('March 3'), 'March 3');
    assert.deepEqual(wrongDay.codes, []);
    // (the weekday, placed on or before the dateline's day, vouches for it)
    assert.equal(wrongDay.status, 'supported');
    // (and the dateline's own day no longer vouches for the event)
    assert.notEqual(figureJudged(corpus, line('March 5'), 'March 5').status, 'supported');
  });

  it('reads "yesterday" against a dateline without a year', () => {
    const line = (d: string) =>
      `Tarapacá's regional government granted Stargate the maritime concession for the Iquique intake on ${d}.\n`;
    const j = figureJudged(corpus, line('March 4'), 'March 4');
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });

  it('still judges by a dateline whose sentence gives the event no other day', () => {
    const line = (d: string) => `The Arica council approved the building permit for the Chacalluta campus on ${d}.\n`;
    assert.equal(figureJudged(corpus, line('March 5'), 'March 5').status, 'supported');
    assert.deepEqual(figureJudged(corpus, line('March 4'), 'March 4').codes, ['figure-mismatch']);
  });
});

// unseen-37's draft: "The investment fell with the design, from US$9.8 billion to US$9.1 billion." A Chilean
// project record writes its investment "MMUS$ 9,100": millions of US dollars, as Chile writes them (MUS$ thousands,
// MM$ millions of pesos). The scanner read the US$ alone: US$9,100.
describe('flags29: Chile’s MMUS$, MUS$ and MM$', () => {
  it('reads the scale the M’s give', () => {
    const read = (t: string) => extractFigures(t, 'en').figures.map((f) => [f.text, f.unit, f.value]);
    assert.deepEqual(read('Monto de inversión : MMUS$ 2,450 (as approved)'), [['MMUS$ 2,450', 'USD', '2450000000']]);
    assert.deepEqual(read('Annual contract value: MUS$ 380.'), [['MUS$ 380', 'USD', '380000']]);
    assert.deepEqual(read('Road works: MM$ 3,400 for the municipality.'), [['MM$ 3,400', 'CLP', '3400000000']]);
    // (a dollar sign after other letters is as before)
    assert.deepEqual(read('It will cost US$ 2.45 billion, not HK$3 billion.'), [
      ['US$ 2.45 billion', 'USD', '2450000000'],
      ['HK$3 billion', 'HKD', '3000000000'],
    ]);
  });

  it('vouches for a line with a project record’s MMUS$', () => {
    const corpus = writtenSources(
      {
        'sea-ficha-calama.txt': [
          'SERVICIO DE EVALUACIÓN AMBIENTAL -- FICHA DEL PROYECTO',
          '',
          'Project name (Nombre)            : Centro de Datos Calama Norte',
          'Proponent (Titular)              : Calama Norte Digital SpA (Stargate)',
          'Region / Commune                 : Antofagasta (II Región) / Calama',
          'Investment (Monto de inversión)  : MMUS$ 2,450',
          'Status (Estado)                  : In evaluation',
          '',
        ].join('\n'),
      },
      'xref-flags29-mmus-',
    );
    const j = figureJudged(
      corpus,
      "Stargate's Calama Norte data center in the Antofagasta Region is an investment of US$2.45 billion.\n",
      'US$2.45 billion',
    );
    assert.equal(j.status, 'supported');
  });
});

// unseen-37's Korean report: "지하수 양허량은 연 150만㎥로 신청량 420만㎥의 약 36%에 그침." The line writes the period once,
// for both amounts: its 420만㎥ is the same yearly rate, and a source's "당초 신청량은 연 420만㎥" is that figure's source,
// not a contradiction of 150만㎥ (the sibling rule asked only figures of the very same unit, m3/year).
describe('flags29: a period a line writes once for two amounts', () => {
  const corpus = writtenSources(
    {
      'chungnam-ilbo-dangjin-water-ko.txt': [
        '당진 데이터센터 지하수 허가, 신청량의 절반도 안 돼',
        '',
        '충남도는 스타게이트 당진 캠퍼스에 석문면 일대 관정 4곳에서 연 80만㎥의 지하수를 끌어 쓰도록 허가했다고 밝혔다.',
        '당초 신청량은 연 200만㎥였다.',
        '도는 나머지 냉각수를 당진 하수처리장의 처리수로 채우도록 조건을 붙였다.',
        '',
      ].join('\n'),
    },
    'xref-flags29-rate-',
  );

  it('does not refute the first amount with the second’s source', () => {
    const j = figureJudged(
      corpus,
      '당진 캠퍼스의 지하수 허가량은 연 80만㎥로 신청량 200만㎥의 40%에 그침.\n',
      '80만㎥',
    );
    assert.deepEqual(j.codes, []);
  });

  // (and the source's own 연 80만㎥ was no amount of the site: "관정 4곳", four wells, read as several sites counted
  // together, whose total a site's line is not)
  it('reads wells counted by 곳 as no sites', () => {
    assert.equal(scopeOf('연 150만㎥, 유효기간 10년, 관정 3곳', 2), undefined);
    assert.equal(scopeOf('고고학 유적 63곳이 있는 계곡 550ha', 13), undefined);
    assert.equal(scopeOf('국내 데이터센터 3곳에 총 9조원', 13), 'several');
    const j = figureJudged(
      corpus,
      '당진 캠퍼스의 지하수 허가량은 연 80만㎥로 신청량 200만㎥의 40%에 그침.\n',
      '80만㎥',
    );
    assert.equal(j.status, 'supported');
  });
});

// unseen-37's handout: under "## Ulsan: the grid is the scarce thing", "The community fund went from KRW 3 billion to
// KRW 4.5 billion a year for 20 years" was flagged by a Chilean campus's "community fund of UF 85,000 a year for 25
// years". The heading's opening name was no place of the section (only a heading of names was read, "## Nebraska:
// Sandhill Wind"); the report writes it where a place stands ("… in Ulsan …"), so it is the section's place, and an
// article that never names it states another site's figure.
describe('flags29: the name a heading opens with, before its subtitle', () => {
  const corpus = writtenSources(
    {
      'san-calama-fund.txt': [
        'SERVICIO ANDINO DE NOTICIAS (SAN) -- ENGLISH WIRE',
        '',
        'Stargate offers Calama a community fund with its desert campus',
        '',
        'CALAMA, Chile (SAN) -- Stargate filed its environmental study for a data-center campus outside Calama.',
        '',
        'The company also offered a community fund of UF 60,000 a year for 25 years, to be managed with the municipality of Calama.',
        '',
      ].join('\n'),
    },
    'xref-flags29-heading-',
  );
  const report = (heading: string) =>
    `# Water and power at two campuses\n\n## ${heading}\n\nThe constraint in Gangseo is the grid, not the land.\n\nThe community fund is KRW 4.5 billion a year for 20 years.\n`;

  it('keeps another site’s figure from a line under a heading of a place the report names', () => {
    assert.deepEqual(figureJudged(corpus, report('Gangseo: the grid comes first'), '20 years').codes, []);
    assert.deepEqual(figureJudged(corpus, report('Gangseo'), '20 years').codes, []);
  });

  // (unseen-diff: "## New Mexico" over "Mesa Ridge Power will supply an additional 500 megawatts to the Doña Ana County
  // campus", refuted by a county release that never names the state: a line naming its own place keeps it)
  it('leaves a line that names its own place to that place', () => {
    const county = writtenSources(
      {
        'prairie-wind-release.txt': [
          'Prairie Wind Power to Supply 300 Megawatts to Stargate Campus in Platte County',
          '',
          'COLUMBUS, Neb. -- Prairie Wind Power will supply an additional 300 megawatts to the Stargate data center campus in Platte County under an agreement signed this week, the company said.',
          '',
        ].join('\n'),
      },
      'xref-flags29-county-',
    );
    const text =
      '# Power for Stargate\n\n## Nebraska\n\nThe campus in Nebraska needs more power.\n\nPrairie Wind Power will supply an additional 500 megawatts to the Platte County campus.\n';
    assert.deepEqual(figureJudged(county, text, '500 megawatts').codes, ['figure-mismatch']);
  });

  it('reads no place in a heading whose name the report never writes as one', () => {
    assert.deepEqual(figureJudged(corpus, report('Outlook: the grid comes first'), '20 years').codes, [
      'figure-mismatch',
    ]);
  });
});
