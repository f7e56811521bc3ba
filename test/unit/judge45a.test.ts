// True lines of unseen-68 (promoted to tuning in session 45) that got a ✗ from a source figure of another thing: a
// glossary's wording to avoid, an order's count against its first shipment's, a campus's whole and phases against
// another campus's, a consignment split into lots against another consignment. Each traced to a general cause and
// tested on articles and report lines written here as an outlet and a writer would write them, then on the fixture
// line. Each case fails without its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { figureJudged, loadSources, loud, messages, reportLineJudged, writtenSources } from './judged';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const HOLLIS = 'hollis-varga-risk-memo-stargate-island-campuses-car.md';
const SEINI = 'seini-park-interpreter-prep-juwang-delegation-vuda.md';
const ANMYEON = 'anmyeon-bada-gogo-jeongi-hwaldongji-mallipo-png-ko.md';

/** The loud findings on line `line` (1-based) of `text` checked against `corpus`, and the figures read there. */
function lineFindings(corpus: ReturnType<typeof loadSources>, text: string, line: number) {
  const r = checkReport(corpus, text);
  const on = (x: { range: { start: { line: number } } }) => x.range.start.line === line - 1;
  return {
    findings: r.findings.filter((f) => on(f) && (f.severity === 'error' || f.severity === 'warning')),
    figures: r.claims.filter((c) => c.type === 'figure' && on(c)).map((c) => c.text),
  };
}

// unseen-68 seini-park L35, `출력 = power (MW), 용량/저장량 = energy (MWh); never say "480 MW of batteries".` (true): a
// glossary line that names a wording not to use. Its 480 MW was judged as a figure the writer states, and the paper's
// "a battery system of 120 MW" refuted it. The wording quoted after `never say`, `not`, `rather than`, or before `라고
// 하지 말`, `가 아니라`, is named, not stated (judge/avoidedWording.ts).
describe('judge45a: a figure in a wording the line says not to use is not stated', () => {
  const corpus = writtenSources(
    {
      'islands-energy-2026-09-14.txt': [
        'Tarawa campus battery ordered',
        '',
        'Islands Energy Review, 14 September 2026',
        '',
        'The battery at the Tarawa data centre campus is rated 150 MW / 600 MWh, enough to carry the campus for four hours.',
        'Harbourlight Energy will supply the battery containers from its plant in Busan.',
        '',
      ].join('\n'),
    },
    'xref-judge45a-avoid-',
  );
  const notes = (line: string) => ['# Interpreter notes: Tarawa battery', '', '## Glossary', '', line, ''].join('\n');

  for (const line of [
    '출력 = power (MW), 용량 = energy (MWh); never say "600 MW of batteries".',
    'Give the battery as "150 MW / 600 MWh", not "600 MW".',
    'Say "150 MW and 600 MWh" rather than "600 MW of storage" for the Tarawa battery.',
    '배터리는 “150MW, 600MWh”로 옮기고, “600MW 배터리”라고 하지 말 것.',
  ])
    it(`states nothing of a wording it names: ${line}`, () => {
      const got = lineFindings(corpus, notes(line), 5);
      assert.deepEqual(got.findings, [], got.findings.map((f) => f.message).join('\n'));
      assert.ok(!got.figures.some((t) => /^600\s?MW$/.test(t)), `read: ${got.figures.join(', ')}`);
    });
  it('still judges the same amount the line states as the battery', () => {
    const j = figureJudged(corpus, notes('The Tarawa battery is rated 600 MW, enough for four hours.'), '600 MW');
    assert.equal(j.mismatches.length, 1, messages(j));
  });
  it('unseen-68 seini-park L35: 480 MW is not flagged', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'unseen-68', 'reports', SEINI), 'utf8');
    const got = lineFindings(loadSources(path.join(FIXTURES, 'unseen-68', 'sources')), text, 35);
    assert.deepEqual(got.findings, [], got.findings.map((f) => f.message).join('\n'));
  });
});

// unseen-68 hollis-varga L23, "The 48 e-house modules from Mallipo Tech slipped five weeks, to a first shipment on 15
// February 2028, after a change to the cable entries." (true). The briefing note's "The first 16 modules were to leave
// … on 11 January 2028; … now 15 February 2028, five weeks later" states the line's delay and date, so it was taken to
// restate the line, and its 16 stood in the place of the order's 48. "The first 16 modules" is a part of the things
// counted (scope.ts PHASE), and a part's amount stands in no place of a line's amount that is none (restatedByAnchor).
describe("judge45a: the first shipment's count is not the order's", () => {
  const corpus = writtenSources(
    {
      'goldfields-notes-2026-10-02.txt': [
        'Kalgoorlie campus: notes from the contractors meeting',
        '',
        'Site office, 2 October 2026',
        '',
        'Harrow Steelworks builds the switch rooms for the Kalgoorlie campus as prefabricated modules.',
        'The first 20 modules were to leave Fremantle on 3 March 2028; Harrow now says 14 April 2028, six weeks later, because the crane lugs were redesigned.',
        '',
      ].join('\n'),
    },
    'xref-judge45a-first-',
  );
  const memo = (line: string) => ['# Kalgoorlie risk memo', '', '## Supply chain', '', line, ''].join('\n');

  it('does not refute the whole order by its first shipment', () => {
    const j = figureJudged(
      corpus,
      memo(
        'The 60 switch-room modules from Harrow Steelworks slipped six weeks, to a first shipment on 14 April 2028.',
      ),
      '60 switch-room modules',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
  it("still judges a first shipment's count by the first shipment's", () => {
    const j = figureJudged(
      corpus,
      memo('The first 24 modules from Harrow Steelworks slipped six weeks, to 14 April 2028.'),
      '24 modules',
    );
    assert.equal(j.mismatches.length, 1, messages(j));
  });
  it('unseen-68 hollis-varga L23: the 48 modules are not flagged', () => {
    const j = reportLineJudged('unseen-68', HOLLIS, 23, '48 e-house modules');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-68 seini-park L24, "Campus: 60 MW of IT load, 24 MW in the first phase (Q4 2028) and 36 MW by 2030." (true):
// the whole and its two phases, which add up to it. Another campus's "80 MW of IT load: 32 MW in the first phase in 2029
// and 48 MW in the second phase by 2031", and a third's "The first phase, 40 MW, …; the second phase adds 80 MW by
// 2031", refuted the 36 MW. A source sentence that writes another whole with its parts, or amounts none of which is
// the line's, against a line whose amounts add up, is of another thing (figures.ts anotherWholeOf). So is a
// consignment split into other lots, for anmyeon L34 "48대를 16대씩 세 번 나눠 보내면" against "96대는 32대씩 세 번에
// 나눠 보내요".
describe('judge45a: a whole and its parts are not refuted by another whole and its parts', () => {
  const corpus = writtenSources(
    {
      'pacific-dc-2026-08-20.txt': [
        'Two island campuses, two timetables',
        '',
        'Pacific DC Weekly, 20 August 2026',
        '',
        'The Ridgeback campus has 100 MW of IT load: 40 MW in the first phase in 2029 and 60 MW in the second phase by 2031.',
        'At the Kestrel campus, the first phase (20 MW) is due in the second quarter of 2028.',
        'The Kestrel campus is planned for 50 MW of IT load in all.',
        '',
      ].join('\n'),
      'hanbit-2026-09-03.txt': [
        '한빛중공업, 변압기 60대 세 차례 선적',
        '',
        '경북일보 2026-09-03 이서준 기자',
        '',
        '한빛중공업은 리지백 캠퍼스용 변압기 60대를 만든다.',
        '60대는 20대씩 세 번에 나눠 보낸다.',
        '',
      ].join('\n'),
    },
    'xref-judge45a-whole-',
  );
  const prep = (line: string) => ['# Site tour prep: Kestrel', '', '## Numbers for the tour', '', line, ''].join('\n');

  it('does not refute a phase of a whole that adds up by another campus whole', () => {
    const j = figureJudged(
      corpus,
      prep('Campus: 50 MW of IT load, 20 MW in the first phase (Q2 2028) and 30 MW by 2030.'),
      '30 MW',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('still judges a phase of a line that does not add up', () => {
    const j = figureJudged(
      corpus,
      prep('Campus: 50 MW of IT load, 20 MW in the first phase (Q2 2028) and 35 MW by 2030.'),
      '35 MW',
    );
    assert.equal(j.mismatches.length, 1, messages(j));
  });
  it('does not refute a count split into lots by another count split into other lots', () => {
    const text = [
      '# 수업 활동지',
      '',
      '## 활동 문제',
      '',
      '1) 변압기 30대를 10대씩 세 번 나눠 보내면, 한 번에 보내는 변압기는 전체의 몇 %인가? (답: 약 33%)',
      '',
    ].join('\n');
    const j = figureJudged(corpus, text, '30대');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('still judges a count whose lots do not make it', () => {
    const text = [
      '# 수업 활동지',
      '',
      '## 활동 문제',
      '',
      '1) 변압기 30대를 20대씩 세 번 나눠 보내면, 한 번에 보내는 변압기는 전체의 몇 %인가?',
      '',
    ].join('\n');
    const j = figureJudged(corpus, text, '30대');
    assert.equal(j.mismatches.length, 1, messages(j));
  });
  it('unseen-68 seini-park L24: 36 MW and 60 MW are not flagged', () => {
    for (const fig of ['36 MW', '60 MW']) {
      const j = reportLineJudged('unseen-68', SEINI, 24, fig);
      assert.deepEqual(loud(j), [], `${fig}: ${messages(j)}`);
    }
  });
  it('unseen-68 anmyeon L34: 48대 is not flagged', () => {
    const j = reportLineJudged('unseen-68', ANMYEON, 34, '48대');
    assert.deepEqual(loud(j), [], messages(j));
  });
});
