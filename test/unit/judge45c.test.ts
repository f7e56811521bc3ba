// Planted wrong figures read "figure unsupported" where the line and its source are in the same language but too few
// words link them (session 45, judge45c): the source figure's subject stands above it, in a section heading of its own
// ("GANGNEUNG, SOUTH KOREA" over a factbox's "* Cost estimate 21 trillion won."), not in its sentence or the one before.
// Each case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

// A wire factbox lists several sites, each under its name in capitals on a line of its own, its items terse ("Budget
// put at 9.4 billion euros."). A line under the report's heading of that site ("## Torvik") shares the measure with the
// item and the site with the heading above it: the source's heading is what its items are about, as the report's
// heading is for its lines (corpus.ts buildSource: the nearest section heading's terms, stored with the figure's
// subject at index time; judge/figures.ts articleNamesPlace: a place a heading in capitals names is named by the
// article). Before, the item's subject held the measure and the item before it only, and the line read "figure
// unsupported".
describe('judge45c: a source section heading is what the figures under it are about', () => {
  const factbox = () =>
    writtenSources({
      'northline-wire-factbox.txt':
        "FACTBOX-Where Stargate's northern campuses stand\n\n" +
        'November 2, 2026\n\n' +
        '(Northline Wire) - Stargate has announced three campuses in the north since spring. Here is where each stands, ' +
        'from company statements and local filings.\n\n' +
        'TORVIK, NORWAY\n' +
        '* 500 megawatts planned next to the old aluminium smelter.\n' +
        '* Construction began in June 2026; first hall due in 2028.\n' +
        '* Budget put at 9.4 billion euros.\n\n' +
        'OULU, FINLAND\n' +
        '* 300 megawatts planned on the harbour.\n' +
        '* Construction to start in spring 2027.\n' +
        '* Budget put at 3.1 billion euros.\n\n' +
        'LULEA, SWEDEN\n' +
        '* 700 megawatts planned, with power from the river dams.\n' +
        '* Budget not yet disclosed.\n\n' +
        '(Reporting by Anna Lind; Editing by Mark Howe)\n',
    });
  const report = (torvik: string, oulu = 'The budget is 3.1 billion euros.') =>
    '# Stargate in the north\n\n## Torvik\n\n' +
    '- Stargate broke ground in Torvik in June 2026.\n- The campus is planned at 500 megawatts.\n' +
    `- ${torvik}\n\n## Oulu\n\n- The Oulu campus is planned at 300 megawatts.\n- ${oulu}\n`;

  it("sets the Torvik item's 9.4 billion euros against the line's 4.9 under ## Torvik", () => {
    const r = figureJudged(factbox(), report('The budget is 4.9 billion euros.'), '4.9 billion euros');
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /9\.4 billion euros/);
    assert.doesNotMatch(r.mismatches[0].message, /3\.1 billion/);
  });
  it('vouches for the line that gives the Torvik budget', () => {
    const r = figureJudged(factbox(), report('The budget is 9.4 billion euros.'), '9.4 billion euros');
    assert.equal(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it("does not set Torvik's budget against the Oulu line that gives Oulu's", () => {
    const r = figureJudged(factbox(), report('The budget is 9.4 billion euros.'), '3.1 billion euros');
    assert.equal(loud(r).length, 0, messages(r));
    assert.equal(r.status, 'supported', messages(r));
  });
  it('stays silent on a site the factbox gives no budget for', () => {
    const r = figureJudged(
      factbox(),
      '# Stargate in the north\n\n## Lulea\n\nThe Lulea campus is planned at 700 megawatts.\n\nThe budget is 6 billion euros.\n',
      '6 billion euros',
    );
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('flags unseen-sections19 L10 "12 trillion won" (Cost estimate 21 trillion won, under GANGNEUNG)', () => {
    const j = reportLineJudged('unseen-sections19', 'new-campuses-brief.md', 10, '12 trillion won');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /21 trillion won/);
  });
  it('flags unseen-sections19 L16 "A$41 billion" (Cost estimate A$14 billion, under PORT PIRIE)', () => {
    const j = reportLineJudged('unseen-sections19', 'new-campuses-brief.md', 16, 'A$41 billion');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /A\$14 billion/);
  });
  // A Korean table's header row stands on a line of its own after a blank line, with no figure and no sentence's ending
  // ("| 계약일 | 기업 | 국가 | 사업 | 국내 기업 지분 수주액 |"): read as a heading, it gave every row under it 기업/국내/수주, and
  // a planted line's $270m (Samhwa's 70% share, given as the whole joint venture's contract) got a ✓ from the share's row.
  it("gives a table's header row to no row as a heading (unseen-34 credit memo L24 '$270m' gets no ✓)", () => {
    const j = reportLineJudged('unseen-34', 'stargate-gulf-thrace-credit-memo.md', 24, '$270m');
    assert.notEqual(j.status, 'supported', messages(j));
    assert.equal(loud(j).length, 0, messages(j));
  });
});
