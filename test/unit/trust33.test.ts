// Wrong verdicts found in session 33 on the sets promoted from held-out (unseen-44, unseen-45). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { figureJudged, figuresRead as figures, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
/** A tuning set's sources as a corpus, and one of its reports as written. */
const set = (name: string) => loadSources(path.join(fixtures, name, 'sources'));
const report = (name: string, file: string) => fs.readFileSync(path.join(fixtures, name, 'reports', file), 'utf8');
/** A Korean regional daily's story of another supplier's order, its share of revenue in a sentence of its own. */
const GYEONGBUK_FIBER = [
  '대경파이버옵틱스, 해저케이블용 광섬유 1240억 원 공급',
  '',
  '경북신문 | 2026.06.03 | 이수민 기자',
  '',
  '대경파이버옵틱스는 해저케이블 제조사와 1240억 원 규모의 광섬유 공급 계약을 맺었다고 3일 공시했다.',
  '지난해 매출 4960억 원의 25.0%에 해당하는 규모다.',
].join('\n');
/** A Korean regional daily's story of a supplier's order, with the order's share of the supplier's revenue. */
const DAEGU_ORDER = [
  '서진정밀, 사우디 데이터센터용 배전반 870억 원 수주',
  '',
  '대구일보 | 입력 2026.07.14 | 박정우 기자',
  '',
  '대구 성서산단의 서진정밀이 사우디아라비아 데이터센터용 배전반 공급 계약을 맺었다고 14일 공시했다.',
  '계약 금액은 870억 원으로, 지난해 매출 2,900억 원의 30.0%에 해당하는 규모다.',
].join('\n');

// unseen-44's podcast prep notes open "Host notes by Nadia Sorensen · recording 26 November 2026 · guest: Enkhjin Dorj
// (invited)": the day of the recording was read as a claim about an event and refuted by the guest's study's dates (a
// plant "built in 1986", a roundtable "in June"): a ✗ on the report's own masthead.
describe("trust33: a masthead piece that labels its date (recorded, updated, 녹음) is the report's, no claim", () => {
  it('"Host notes by … · recording 26 November 2026 · guest: …", "Updated 3 June 2026 | Policy desk", "녹음 2026. 11. 26. · 진행 …"', () => {
    assert.deepEqual(
      figures(
        '# Episode prep: water and the Chilean north\n\nProducer notes by Tomás Ried · recorded 12 March 2026 · guests: Ana Vial, Jorge Salas\n\n## Story\n\nThe campus will draw 150 MW.\n',
      ),
      ['150 MW'],
    );
    assert.deepEqual(figures('# Note\n\nUpdated 3 June 2026 | Policy desk\n\nIt costs $20 billion.\n'), [
      '$20 billion',
    ]);
    assert.deepEqual(
      figures('# 방송 준비 메모\n\n녹음 2026. 11. 26. · 진행 박소라 · 출연 김도윤 연구위원\n\n사업비는 20조 원이다.\n'),
      ['20조 원'],
    );
    const notes = report('unseen-44', 'load-factor-ep58-khar-tal-prep-notes.md');
    const j = checkReport(set('unseen-44'), notes);
    assert.deepEqual(
      j.findings
        .filter((f) => f.range.start.line === 2 && f.severity !== 'information' && f.severity !== 'hint')
        .map((f) => f.code),
      [],
    );
  });
  it('…a piece whose date belongs to an event, or a piece with another figure, is still read', () => {
    assert.deepEqual(figures('# Note\n\nStargate Tasaryq · financial close March 2027 · Almaty\n\nText.\n'), [
      'March 2027',
    ]);
    assert.deepEqual(figures('# Note\n\nRecorded 12 March 2026 · 150 MW campus\n\nText.\n'), [
      '12 March 2026',
      '150 MW',
    ]);
  });
});

// unseen-45's Korean review: "1,000억 원은 지난해 매출 1,650억 원의 약 61%에 해당한다." works out its own share, but the
// word of rounding between "의" and the percent hid the share from the rule that knows a writer's arithmetic, and a
// supplier's disclosure of another company ("지난해 매출 4960억 원의 25.0%에 해당하는 규모다") refuted the 61%.
describe("trust33: a line's own share is its own with a word of rounding before the percent ('…의 약 61%')", () => {
  const paper = writtenSources({
    'daegu-ilbo-order.txt': DAEGU_ORDER,
  });
  it('does not refute "약 61%" by the other company\'s 30.0% (a written article and unseen-45\'s sources)', () => {
    const line = '# 검토\n\n- 1,000억 원은 지난해 매출 1,650억 원의 약 61%에 해당한다.\n';
    assert.deepEqual(loud(figureJudged(paper, line, '61%')), []);
    assert.deepEqual(loud(figureJudged(set('unseen-45'), line, '61%')), []);
  });
  it("…a line whose percent is not its amounts' share is still refuted", () => {
    const line = '# 검토\n\n- 서진정밀의 계약 금액은 870억 원으로, 지난해 매출 2,900억 원의 약 25%에 해당한다.\n';
    assert.equal(figureJudged(paper, line, '25%').mismatches.length, 1);
  });
});

// unseen-44's IC note: "In March the JV planned to finance the project 70% with project debt and 30% with equity, which
// put total equity at about US$3.45 billion." The equity is the line's 30% of the announcement's US$11.5 billion, and
// that US$11.5 billion refuted it: a ✗ on the writer's own arithmetic.
describe("trust33: a line's amount that its own percent makes of a source's amount is that share, not another version", () => {
  const release = writtenSources({
    'north-sea-wind-financing.txt': [
      'Dogger Reach offshore wind farm reaches financial close',
      '',
      'PRESS RELEASE | Aberdeen, 2 September 2026',
      '',
      'Dogger Reach Offshore Wind Ltd today announced financial close for the 1.2 GW Dogger Reach project.',
      'The total project cost is estimated at €2.4 billion, to be financed 75% by senior debt and 25% by sponsor equity.',
      'First power is expected in 2029.',
    ].join('\n'),
  });
  it("vouches for nothing it does not state, refutes nothing (a written release and unseen-44's sources)", () => {
    const line =
      '# Note\n\nDogger Reach is financed 75% by senior debt and 25% by sponsor equity, which puts sponsor equity at about €600 million.\n';
    assert.deepEqual(loud(figureJudged(release, line, '€600 million')), []);
    const ic =
      '# IC note\n\nIn March the JV planned to finance the project 70% with project debt and 30% with equity, which put total equity at about US$3.45 billion.\n';
    assert.deepEqual(loud(figureJudged(set('unseen-44'), ic, 'US$3.45 billion')), []);
  });
  it('…an amount that is no share the line gives of it is still refuted', () => {
    const line =
      '# Note\n\nDogger Reach is financed 75% by senior debt and 25% by sponsor equity; the project costs about €2.9 billion.\n';
    assert.equal(figureJudged(release, line, '€2.9 billion').mismatches.length, 1);
  });
});

// unseen-28's Korean note: "서린써멀 계약은 2025년 매출 2,380억 원의 약 48%에 이른다." A broker's note on another company
// ("계약금액은 최근 매출액 1조3,400억 원 대비 21.4%") refuted the 2,380억: the sentence opens with whose contract it is,
// "서린써멀 계약은", and that name was read as no actor (only "서린써멀은" was).
describe('trust33: "X 계약은", "X의 매출은" name whose figure the sentence states, as "X는" does', () => {
  const papers = writtenSources({
    'daegu-ilbo-order.txt': DAEGU_ORDER,
    'gyeongbuk-fiber.txt': GYEONGBUK_FIBER,
  });
  it("another company's revenue does not refute the line's (written articles and unseen-28's sources)", () => {
    assert.deepEqual(
      loud(figureJudged(papers, '# 검토\n\n대원테크 계약은 지난해 매출 1,650억 원의 약 53%에 이른다.\n', '1,650억 원')),
      [],
    );
    const u28 = '# 검토\n\n서린써멀 계약은 2025년 매출 2,380억 원의 약 48%에 이른다.\n';
    assert.deepEqual(loud(figureJudged(set('unseen-28'), u28, '2,380억 원')), []);
  });
  it("…the company's own revenue, stated otherwise, still refutes it", () => {
    const line = '# 검토\n\n서진정밀 계약은 지난해 매출 2,500억 원의 약 35%에 이른다.\n';
    assert.equal(figureJudged(papers, line, '2,500억 원').mismatches.length, 1);
  });
});

// unseen-45's Korean review: "- 동해파워모듈(포항)은 … 모두 1,000억 원어치의 UPS용 전력모듈을 공급한다." then "- 1,000억 원은 지난해
// 매출 1,650억 원의 약 61%에 해당한다." The second item's amounts were refuted by another company's "지난해 매출 4960억
// 원의 25.0%에 해당하는 규모다": an item that opens on the item before's amount goes on about that item's company.
describe("trust33: a Korean sentence that opens on the amount before as its topic goes on about that sentence's company", () => {
  const papers = writtenSources({ 'daegu-ilbo-order.txt': DAEGU_ORDER, 'gyeongbuk-fiber.txt': GYEONGBUK_FIBER });
  it("another company's revenue does not refute it (written articles and unseen-45's sources)", () => {
    const items =
      '# 검토\n\n- 한솔모듈(구미)은 카타르 캠퍼스에 모두 1,200억 원어치의 전력모듈을 공급한다.\n- 1,200억 원은 지난해 매출 2,000억 원의 약 60%에 해당한다.\n';
    assert.deepEqual(loud(figureJudged(papers, items, '2,000억 원')), []);
    const u45 = report('unseen-45', 'gbtp-jungnammi-stargate-donae-giup-suju-geomto-ko.md');
    const j = checkReport(set('unseen-45'), u45);
    const line = u45.split('\n').findIndex((l) => l.startsWith('- 1,000억 원은'));
    assert.ok(line > 0);
    assert.deepEqual(
      j.findings.filter((f) => f.range.start.line === line && (f.severity === 'error' || f.severity === 'warning')),
      [],
    );
  });
  it("…that company's own revenue, stated otherwise, still refutes it", () => {
    const items =
      '# 검토\n\n- 서진정밀(대구)은 사우디 데이터센터에 870억 원어치의 배전반을 공급한다.\n- 870억 원은 지난해 매출 2,500억 원의 약 35%에 해당한다.\n';
    assert.equal(figureJudged(papers, items, '2,500억 원').mismatches.length, 1);
  });
});
