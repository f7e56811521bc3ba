// Wrong verdicts found in session 30 on the sets promoted from held-out (unseen-38, unseen-39). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import { extractFigures } from '../../server/src/extract/figures/index';
import { figureJudged, loud, writtenSources } from './judged';

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
