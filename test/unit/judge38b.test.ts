// Figure misses of unseen-55 (promoted to tuning material in session 38), each read at its cause: a report's table whose
// header gives the unit of its bare cells, a bare cell's row label, a row that says what was granted, a table's level
// superseded by a revision, and a note-style "30,000 m³/day asked". Each case failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { columnUnit } from '../../server/src/extract/columnUnit';
import { parseReport } from '../../server/src/extract/report';
import { figureJudged, loadSources, loud, messages, reportLineJudged, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');

/**
 * A regional energy newsletter's issue on a campus by a port: the water the developer asked for and the permit that
 * came in smaller, in prose and in its "numbers" bullets.
 */
const NEWSLETTER = [
  '# Levante Grid Letter #31: what the Sagunto campus is really getting',
  '',
  'By Marta Llorens · 4 November 2026',
  '',
  '## Water',
  '',
  'The Stargate Sagunto campus will cool with desalinated seawater and with treated wastewater from the port estate. The developer asked the regional water agency for a seawater intake of 42,000 m³ a day. The permit the agency granted in October allows 35,000 m³ a day, with the rest to come from reuse.',
  '',
  'The desalination plant on site is sized for 35,000 m³/day.',
  '',
  '## Numbers worth remembering',
  '',
  '- Seawater intake: 42,000 m³/day asked, 35,000 m³/day permitted in October',
  '- Campus: 300 MW by 2030',
].join('\n');

/** A report's water table: the unit in the header, bare numbers in the cells. */
const waterTable = (permitted: string) =>
  [
    '# Sagunto campus: water',
    '',
    '## Water',
    '',
    '| | m³ per day |',
    '|---|---|',
    `| Seawater intake permitted (October) | ${permitted} |`,
    '| Desalination plant on site | 35,000 |',
  ].join('\n');

// unseen-55's İzmir note: "| Seawater intake permitted (September) | 30,000 |" under "| | m³ per day |" was read as a
// count of nothing (the header's unit unread), its row's words only around it (which refute nothing alone), and the
// newsletter's "30,000 m³/day asked" as no request: the request vouched for a line that says it was permitted.
describe("judge38b: a report table's header gives its bare cells their unit", () => {
  it('columnUnit reads a unit alone, a unit in brackets, a currency; not words', () => {
    assert.deepEqual(columnUnit('m³ per day', 'en'), { unit: 'm3/day', kind: 'volume', text: 'm³ per day' });
    assert.equal((columnUnit('Capacity (MW)', 'en') as { unit: string }).unit, 'MW');
    assert.deepEqual(columnUnit('Cost (EUR million)', 'en'), { money: { unit: 'EUR', scale: 6 } });
    for (const h of ['Figure', 'Item', 'Jobs', 'Share (%)', '2026', 'Status'])
      assert.equal(columnUnit(h, 'en'), undefined, h);
  });
  it("parseReport gives a body cell its column's header cell", () => {
    const text = waterTable('30,000');
    const r = parseReport(text);
    const cell = [...r.context.keys()].find((b) => text.slice(b.start, b.end) === '30,000')!;
    const col = r.context.get(cell)!.column!;
    assert.equal(text.slice(col.start, col.end), 'm³ per day');
  });
  it('the amount asked for, given as permitted, is refuted by the permit', () => {
    const c = writtenSources({ 'levante-grid-letter-31.md': NEWSLETTER });
    const j = figureJudged(c, waterTable('42,000'), '42,000');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(j.mismatches[0].message, /35,000/);
    // (the fix writes the number alone, as the column does)
    assert.equal(j.mismatches[0].fixes?.[0]?.newText, '35,000');
  });
  it('the amount permitted, and the plant, are vouched for', () => {
    const c = writtenSources({ 'levante-grid-letter-31.md': NEWSLETTER });
    const j = figureJudged(c, waterTable('35,000'), '35,000');
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });
  it('a note\'s "42,000 m³/day asked" is the request: no ✓ for a line saying it was permitted', () => {
    const bullets = NEWSLETTER.split('\n')
      .filter((l) => !l.startsWith('The '))
      .join('\n');
    const c = writtenSources({ 'levante-grid-letter-31.md': bullets });
    const j = figureJudged(c, 'The seawater intake permitted in October is 42,000 m³ a day.', '42,000 m³');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it('unseen-55 izmir L21: the 30,000 asked is no permit', () => {
    const j = figureJudged(
      loadSources(path.join(fixtures, 'unseen-55', 'sources')),
      [
        '## 2. Water',
        '',
        '| | m³ per day |',
        '|---|---|',
        '| Seawater intake permitted (September) | 30,000 |',
        '| On-site treatment plant | 24,000 |',
      ].join('\n'),
      '30,000',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});

/** A High Court judgment's summary of the permission, as the application put it. */
const JUDGMENT = [
  'THE HIGH COURT',
  'JUDICIAL REVIEW',
  '[2026] IEHC 431',
  '',
  'JUDGMENT of Mr. Justice Cathal Ennis delivered on the 9th day of July, 2026',
  '',
  '1. The proposed development is a data centre campus on approximately 70 hectares at Ballyvolane, Co. Cork. The estimated capital cost stated in the application was €3.2 billion. The first phase, of 120 MW, was to be completed by the end of 2027.',
].join('\n');

/** A written parliamentary answer of later date: the cost since revised. */
const PQ_ANSWER = [
  '# Data Centres – Tuesday, 20 Oct 2026 – Parliamentary Questions (34th Dáil)',
  '',
  'Question 233: To ask the Minister for Enterprise the current estimated cost of the Ballyvolane data centre campus.',
  '',
  'Minister of State Niamh Corcoran: The developer has informed my Department that the estimated capital cost of the Ballyvolane campus has been revised from €3.2 billion to €3.6 billion, reflecting higher equipment prices.',
].join('\n');

const costTable = (label: string, cost: string) =>
  [
    '# Ballyvolane campus: where things stand',
    '',
    '## The project',
    '',
    '| Item | Figure |',
    '|---|---|',
    '| Site | approx. 70 ha |',
    `| ${label} | ${cost} |`,
  ].join('\n');

// unseen-55's Clare briefing: "| Estimated capital cost | €6.4 billion |" in a December note got a ✓ from the judgment's
// "stated in the application was €6.4 billion"; the October answer's "revised from €6.4 billion to €6.9 billion" did
// not judge it, as a table's bare cell was read as no level of today's (and its row's words as only around it).
describe("judge38b: a table's undated bare cell is today's level, which a revision supersedes", () => {
  const corpus = () => writtenSources({ 'ie-high-court-2026-iehc-431.txt': JUDGMENT, 'pq-2026-10-20.md': PQ_ANSWER });
  it('the cost before the revision, given as the cost, is refuted by the revised cost', () => {
    const j = figureJudged(corpus(), costTable('Estimated capital cost', '€3.2 billion'), '€3.2 billion');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(j.mismatches[0].message, /€3\.6 billion/);
  });
  it('the revised cost is vouched for', () => {
    const j = figureJudged(corpus(), costTable('Estimated capital cost', '€3.6 billion'), '€3.6 billion');
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });
  it("a row that says its cost is the application's keeps it (no ✗)", () => {
    const j = figureJudged(corpus(), costTable('Capital cost in the application', '€3.2 billion'), '€3.2 billion');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('a row that gives the cost as announced keeps it (no ✗)', () => {
    const j = figureJudged(corpus(), costTable('Capital cost as announced', '€3.2 billion'), '€3.2 billion');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('a row dated in the past keeps it (no ✗)', () => {
    const j = figureJudged(corpus(), costTable('Estimated capital cost (July 2026)', '€3.2 billion'), '€3.2 billion');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-55 clare L21: the €6.4 billion of the application is superseded by €6.9 billion', () => {
    const j = figureJudged(
      loadSources(path.join(fixtures, 'unseen-55', 'sources')),
      [
        '## The project',
        '',
        '| Item | Figure |',
        '|---|---|',
        '| Site | approx. 86 ha |',
        '| Estimated capital cost | €6.4 billion |',
      ].join('\n'),
      '€6.4 billion',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(j.mismatches[0].message, /€6\.9 billion/);
  });
});

/** A county council's planning summary: the campus at full build-out and its first phase. */
const PLANNING_SUMMARY = [
  '# Planning summary: data centre campus, Ballyvolane',
  '',
  'The campus would draw 560 MW at full build-out in 2031, on approximately 70 hectares. The first phase, of 120 MW, is due at the end of 2027.',
  '',
  'The gas-fired plant on site is rated at 90 MW and may run only when the grid cannot supply the campus.',
].join('\n');

// unseen-50's comparison tables ("| Hernandarias (Paraguay) | 1,000 MW | 350 MW, Q3 2027 |") were flagged when every
// bare cell took its row's label as its own: the label is the site's, and the first phase's cell was refuted by the
// site's full capacity. A row's label is a cell's own only where no other cell of the row states an amount.
describe("judge38b: a comparison row's label is its site's, not each cell's measure", () => {
  const corpus = () =>
    writtenSources({ 'ballyvolane-planning-summary.md': PLANNING_SUMMARY, 'pq-2026-10-20.md': PQ_ANSWER });
  const table = (row: string) =>
    ['# Three campuses', '', '| Campus | Full load | First phase |', '|---|---|---|', row].join('\n');
  it('a first phase in its column is not refuted by the full load', () => {
    const j = figureJudged(corpus(), table('| Ballyvolane | 560 MW | 120 MW, end of 2027 |'), '120 MW');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-50 hernandarias L36: the first phase of a comparison row is not refuted by the full load', () => {
    const j = reportLineJudged('unseen-50', 'hernandarias-development-office-stargate-memo.md', 36, '350 MW');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it("unseen-50 chungcheong L38: a comparison row's cost is not refuted through its site label", () => {
    const j = reportLineJudged(
      'unseen-50',
      'chungcheong-saebyeok-daejeon-sejong-3sa-nammi-stargate-gihoek-chogo-ko.md',
      38,
      '108억 달러',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
  it("unseen-53 noord-holland L15: a row dated by its month ('Investment (March)') is no today's level", () => {
    const j = reportLineJudged('unseen-53', 'noord-holland-energy-office-stargate-benelux-note.md', 15, 'EUR 7.8bn');
    assert.deepEqual(loud(j), [], messages(j));
  });
});
