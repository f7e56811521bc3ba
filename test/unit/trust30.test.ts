// Wrong verdicts found in session 30 on the sets promoted from held-out (unseen-38, unseen-39). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import { extractFigures } from '../../server/src/extract/figures/index';
import { declaredRanges, declaredUnit } from '../../server/src/corpus/declaredUnits';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const said = (j: { findings: { message: string }[] }) => j.findings.map((f) => f.message).join('\n');
const read = (t: string) => extractFigures(t, 'ko').figures.map((f) => `${f.text}=${f.value} ${f.unit}`);

// unseen-39's feature draft: "Hanbing's shares closed 6.8 percent higher at KRW 42,350 on November 5." against a
// Korean paper's "한빙테크 주가는 전일보다 6.8% 오른 4만 2,350원에 마감했다": the price, written as Korean papers write
// prices, was read as 4만 (a count) and 2,350원, so 2,350 won refuted KRW 42,350.
describe('trust30: a Korean number with 만 and a remainder written with its thousands comma', () => {
  it('reads "4만 2,350원", "1만 5,000명", "2만 1,400MW" and "3만 3,000㎡" as one number each', () => {
    assert.deepEqual(read('주가는 6.8% 오른 4만 2,350원에 마감했다.'), ['6.8%=6.8 %', '4만 2,350원=42350 KRW']);
    assert.deepEqual(read('공사 기간 1만 5,000명이 일한다.'), ['1만 5,000명=15000 people']);
    assert.deepEqual(read('북부에만 2만 1,400MW의 연계 문의가 몰렸다.'), ['2만 1,400MW=21400 MW']);
    assert.deepEqual(read('부지 3만 3,000㎡를 샀다.'), ['3만 3,000㎡=33000 m2']);
    // (attached, too; and a 만 that is a particle takes nothing: "조합원만 1,100명")
    assert.deepEqual(read('종가는 4만2,350원이다.'), ['4만2,350원=42350 KRW']);
    assert.deepEqual(
      read('조합원만 1,100명이 넘는다.').map((s) => s.split('=')[1]),
      ['1100 people'],
    );
    // (a year after 만 is no remainder, nor a figure set apart from its unit)
    assert.deepEqual(read('10만 2026년'), ['10만=100000 count', '2026년=2026 date']);
  });
  it('a report giving the price in won is supported by the Korean page, not refuted by its last four digits', () => {
    const corpus = writtenSources({
      'gyeongje-2026-11-05.txt': [
        '한빙테크, 나이바샤 냉각설비 870억 원 수주… 주가 6.8% 상승',
        '',
        '입력 2026.11.05 16:10 | 정하윤 기자',
        '',
        '한빙테크가 케냐 나이바샤 데이터센터 냉각설비를 870억 원에 수주했다고 5일 공시했다.',
        '',
        '5일 코스닥 시장에서 한빙테크 주가는 전일보다 6.8% 오른 4만 2,350원에 마감했다.',
        '',
      ].join('\n'),
    });
    const j = figureJudged(
      corpus,
      "Hanbing Tech's shares closed 6.8 percent higher at KRW 42,350 on November 5.\n",
      'KRW 42,350',
    );
    assert.equal(loud(j).length, 0, said(j));
    assert.equal(j.status, 'supported', said(j));
  });
});

// unseen-38's client note, under its title: "Client note for Hämeenharju Energia Oy. Prepared by Johanna Berg,
// Nordvärme Advisory, 2 December 2026." The note's own date was read as a claim and a source's "in July" refuted it.
describe("trust30: a head line saying for whom and by whom the report was prepared, and when, is the report's", () => {
  const figures = (text: string) =>
    checkReport(Corpus.load({ folders: [] }), text)
      .claims.filter((c) => c.type === 'figure')
      .map((c) => c.text);
  it('reads no claim in "Client note for …. Prepared by …, 2 December 2026." before the first paragraph', () => {
    assert.deepEqual(
      figures(
        '# Heat and wires\n\nClient note for Hämeenharju Energia Oy. Prepared by Johanna Berg, Nordvärme Advisory, 2 December 2026.\n\nThe campus will deliver 330 GWh of heat a year.\n',
      ),
      ['330 GWh'],
    );
    assert.deepEqual(
      figures(
        '# Gulf sites\n\nMemo to the infrastructure credit committee, 20 November 2026. Prepared by L. Brandt, project finance desk.\n\nThe campus will draw 1.2 GW.\n',
      ),
      ['1.2 GW'],
    );
  });
  it('reads a head line of prose as claims, also one opening with a byline word ("By 2030, …")', () => {
    assert.deepEqual(figures('# Note\n\nStargate was announced in January. By 2026 it had five sites.\n'), [
      'January',
      '2026',
      'five sites',
    ]);
    assert.deepEqual(figures('# Note\n\nBy 2030, the campus will draw 10 GW.\n'), ['2030', '10 GW']);
    assert.deepEqual(figures('# Note\n\nBy March 2026 it had 5 sites.\n'), ['March 2026', '5 sites']);
    assert.deepEqual(figures('# Note\n\nFrom 2027 the campus draws 1.2 GW.\n'), ['2027', '1.2 GW']);
    assert.deepEqual(figures('# Note\n\nUpdated figures show 1.2 GW.\n'), ['1.2 GW']);
    // (while a byline with a course number, or a date line with a time, stays the report's)
    assert.deepEqual(
      figures(
        '# Briefing\n\nBy Emma Castillo, ENVS 310, Emporia State University — November 2, 2026\n\nIt draws 1.2 GW.\n',
      ),
      ['1.2 GW'],
    );
    assert.deepEqual(figures('# Memo\n\nDate: 16 February 2026, 10:00\n\nIt draws 1.2 GW.\n'), ['1.2 GW']);
    // (after the first paragraph, the client-note line is read)
    assert.deepEqual(
      figures(
        '# Note\n\nThe campus will draw 1.2 GW.\n\nClient note for Hämeenharju Energia Oy. Prepared by Johanna Berg, 2 December 2026.\n',
      ),
      ['1.2 GW', '2 December 2026'],
    );
  });
});

// unseen-37's draft, under "## The Atacama" between "## Querétaro" and "## Ulsan": "The investment fell with the
// design, from US$9.8 billion to US$9.1 billion." A Mexican company's investment figures for its Querétaro campus
// refuted both: "The Atacama" was no place the report wrote as one, so its section had no place to keep another
// country's article away, while "## Ulsan" beside it was one.
describe('trust30: a heading that is a name alone, among sibling headings that are places, is a place', () => {
  const draft = (heading: string, line: string, last = 'Work in Ulsan starts next year.') =>
    [
      '# Stargate heads south and east: Querétaro, the Atacama and Ulsan',
      '',
      '## Querétaro',
      '',
      'The first building in Colón is due in 2027.',
      '',
      `## ${heading}`,
      '',
      line,
      '',
      '## Ulsan',
      '',
      last,
      '',
    ].join('\n');
  it("keeps the Querétaro company's figures from refuting the line under '## The Atacama' (unseen-37's sources)", () => {
    const corpus = loadSources('test/fixtures/unseen-37/sources');
    const text = draft('The Atacama', 'The investment fell with the design, from US$9.8 billion to US$9.1 billion.');
    for (const fig of ['US$9.8 billion', 'US$9.1 billion']) {
      const j = figureJudged(corpus, text, fig);
      assert.equal(j.mismatches.length, 0, said(j));
    }
    assert.equal(figureJudged(corpus, text, 'US$9.1 billion').status, 'supported');
  });
  const written = writtenSources({
    'sierra-gorda-ir-2026-09-24.txt': [
      'Grupo Sierra Gorda updates investment plan for its Colón data campus',
      '',
      'QUERÉTARO, Mexico, September 24, 2026 -- Grupo Sierra Gorda Infraestructura S.A.B. de C.V. (BMV: SGORDA) said today that the total investment in the Colón data campus it is building with Stargate is now estimated at US$19.5 billion, up from the US$18.0 billion it announced in March.',
      '',
      'The company said the larger figure reflects a second substation and a wastewater treatment plant.',
      '',
    ].join('\n'),
  });
  const line = 'The total investment in the campus is now estimated at US$21.5 billion.';
  it("lets no article that never names the section's place refute it (an article of its own: '## Sonora')", () => {
    const j = figureJudged(
      written,
      draft('Sonora', line, 'Work in Ulsan starts next year, a year after Sonora.'),
      'US$21.5 billion',
    );
    assert.equal(j.mismatches.length, 0, said(j));
  });
  it('reads no place in a sibling heading the report writes as a word ("## Outlook" beside "the outlook")', () => {
    const text = draft('Outlook', line, 'The outlook is for work in Ulsan to start next year.');
    const j = figureJudged(written, text, 'US$21.5 billion');
    assert.equal(j.mismatches.length, 1, said(j));
    // (nor in one the report writes nowhere but in its heading, "## Money": unseen-diff's `## Money` beside `## Abilene`)
    const money = figureJudged(written, draft('Money', line), 'US$21.5 billion');
    assert.equal(money.mismatches.length, 1, said(money));
  });
});

// unseen-37's Korean memo: "총사업비는 10월 정정공시로 19조 원에서 21조 원으로 늘었음." against a local paper's "그런데 10월
// 23일 정정공시에서 총사업비는 21조 원, 출자 예정액은 2조 9,400억 원으로 늘었다." The paper's two amounts were paired with
// the line's by order (21조 with 19조) and the investor's share, 2조 9,400억, refuted both of the line's.
describe('trust30: a Korean sentence that labels each amount of a run by its topic gives each its own measure', () => {
  const corpus = writtenSources({
    'saemangeum-news-2026-11-20.txt': [
      '해담에너지, 군산 데이터센터 사업비 늘려',
      '',
      '입력 2026.11.20 17:05 | 김도윤 기자',
      '',
      '해담에너지는 지난 3월 군산 데이터센터의 총사업비를 약 8조 원, 자사 출자 예정액을 9,600억 원으로 밝혔다.',
      '',
      '그런데 11월 18일 정정공시에서 총사업비는 9조 2,000억 원, 출자 예정액은 1조 1,000억 원으로 늘었다.',
      '',
      '회사 측은 냉각 설비와 변전소 공사비가 늘었다고 설명했다.',
      '',
    ].join('\n'),
  });
  it("neither the investor's share refutes the line's total nor the order pairs them", () => {
    const line = '해담에너지의 총사업비는 11월 정정공시로 8조 원에서 9조 2,000억 원으로 늘었음.\n';
    for (const fig of ['8조 원', '9조 2,000억 원']) {
      const j = figureJudged(corpus, line, fig);
      assert.equal(j.mismatches.length, 0, said(j));
    }
    assert.equal(figureJudged(corpus, line, '9조 2,000억 원').status, 'supported');
  });
  it('still refutes a wrong total with the amount labelled as the line is', () => {
    const j = figureJudged(
      corpus,
      '총사업비는 11월 정정공시로 8조 원에서 9조 5,000억 원으로 늘었음.\n',
      '9조 5,000억 원',
    );
    assert.equal(j.mismatches.length, 1, said(j));
    assert.match(j.mismatches[0].message, /9조 2,000억/);
  });
  it("lets the investor's share not vouch for a total given its value", () => {
    const j = figureJudged(
      corpus,
      '총사업비는 11월 정정공시로 8조 원에서 1조 1,000억 원으로 늘었음.\n',
      '1조 1,000억 원',
    );
    assert.notEqual(j.status, 'supported', said(j));
  });
});

// unseen-30's memo: "The prospectus funds it with a €3.4 billion, 18-year loan from 11 banks, the green notes and €1.5
// billion of sponsor equity." The prospectus gives the equity in its table "Sources and uses of funds (EUR million)" as
// "Sponsor equity 1,500": a bare number, read as a count, so nothing vouched for the line and a wiki's total refuted it.
describe("trust30: a table's bare numbers are amounts of the unit its caption declares", () => {
  it('reads the units captions declare, and none where the caption names several', () => {
    assert.deepEqual(declaredUnit('Sources and uses of funds (EUR million)'), { unit: 'EUR', scale: 6 });
    assert.deepEqual(declaredUnit('Table 3. Capital expenditure (in thousands of U.S. dollars)'), {
      unit: 'USD',
      scale: 3,
    });
    assert.deepEqual(declaredUnit('【발행회사의 요약 재무상황】                (단위 : 백만원)'), {
      unit: 'KRW',
      scale: 6,
    });
    assert.deepEqual(declaredUnit('## 실적 전망 (K-IFRS 연결 기준, 단위: 조 원)'), { unit: 'KRW', scale: 12 });
    assert.equal(declaredUnit('[표 2] 실적 추정 (연결, K-IFRS)      (단위: 억 원, 원, 배, %)'), undefined);
    assert.equal(declaredUnit('(단위 : ㎡, %)'), undefined);
    assert.equal(declaredUnit('The bank lent the most (EUR million) it ever had.'), undefined);
  });
  it('makes the rows under the caption amounts, up to the blank line after them', () => {
    const text = [
      'Sources and uses of funds (EUR million)',
      '',
      '    Senior loan          3,400',
      '    Sponsor equity       1,500',
      '    Total                4,900',
      '',
      'The plant employs 1,500 people.',
    ].join('\n');
    const r = declaredRanges(text);
    assert.equal(r.length, 1);
    const inTable = (s: string) => text.indexOf(s) >= r[0].start && text.indexOf(s) < r[0].end;
    assert.ok(inTable('Sponsor equity'));
    assert.ok(!inTable('The plant'));
  });
  const corpus = writtenSources({
    'meseta-solar-offering-circular-summary.txt': [
      'MESETA VERDE FINANCE S.A.',
      'EUR 900,000,000 4.25% Senior Secured Green Notes due 2034',
      'Summary of the Offering Circular dated 12 June 2026',
      '',
      'The Issuer will use the proceeds to part-finance the construction of the 400 MW Meseta Verde data campus near',
      'Mérida, Extremadura, operated for Stargate.',
      '',
      'Sources and uses of funds (EUR million)',
      '',
      '    Sources                                   Uses',
      '    Senior term loan              2,100       Construction and equipment     3,450',
      '    Green Notes (this offering)     900       Grid connection                  240',
      '    Sponsor equity                  950       Financing costs                  260',
      '    Total                         3,950       Total                          3,950',
      '',
      'The senior term loan was signed on 2 June 2026 with nine banks and has a tenor of 17 years.',
      '',
    ].join('\n'),
  });
  it('vouches for a line giving the sponsor equity, and not for one that gives it wrong', () => {
    const ok = figureJudged(
      corpus,
      'The Meseta Verde campus is funded with a EUR 2.1 billion term loan, the green notes and EUR 950 million of sponsor equity.\n',
      'EUR 950 million',
    );
    assert.equal(ok.status, 'supported', said(ok));
    const wrong = checkReport(
      corpus,
      'The Meseta Verde campus is funded with a EUR 2.1 billion term loan, the green notes and EUR 1.2 billion of sponsor equity.\n',
    ).claims.find((c) => c.text === 'EUR 1.2 billion');
    assert.ok(wrong);
    assert.notEqual(wrong.status, 'supported');
  });
});
