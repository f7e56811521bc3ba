// Wrong results found in session 39 on the sets promoted from held-out (unseen-56, unseen-57) and left over from
// session 38. Each case failed before its change.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { main } from '../../server/src/cli/main';
import { extractFigures } from '../../server/src/extract/figures';
import { measuredHead } from '../../server/src/judge/figureFacts';
import { figureJudged, loud, messages, writtenSources } from './judged';

// A planning appeal decision as the reporter's office publishes it in text: numbered paragraphs, each hard-wrapped
// under a hanging indent. A quotation that runs over the wrap was shown with the line break and the indentation in the
// misquote message, and the quick fix wrote them into the report's sentence.
const DECISION = `Planning and Environmental Appeals Division

Appeal Decision Notice

Decision by Fiona Strachan, a Reporter appointed by the Scottish Ministers

Planning appeal reference: PPA-240-2219
Site address: Former Bo'ness Road depot, Grangemouth
Date of decision: 14 September 2026

Decision

I allow the appeal and grant planning permission subject to the 31 conditions listed at the end of this notice.

Reasoning

12. At the hearing session on 2 September the appellant's director, Callum Reid, told me: "This campus was
    always going to be built somewhere in the Central Belt, and the only question was whether Grangemouth
    would be the place that said yes." I give that view little weight either way.
`;
const SAID =
  'This campus was always going to be built somewhere in the Central Belt, and the only question was whether Grangemouth would be the place that said yes.';

describe("trust39: a source's hard wrap is a space in what the user is shown or given", () => {
  it('a misquote message and its quick fix give the wrapped quotation on one line', () => {
    const corpus = writtenSources({ 'dpea-ppa-240-2219-decision.txt': DECISION });
    const r = checkReport(
      corpus,
      '# Grangemouth appeal\n\nAt the hearing Callum Reid said: "This campus was always going to be built somewhere in the Central Belt, and the only question was whether Grangemouth would be the town that said yes."\n',
    );
    const f = r.findings.find((x) => x.code === 'quote-mismatch');
    assert.ok(f, messages(r));
    assert.ok(!/\n/.test(f.message), f.message);
    assert.ok(f.message.includes(`“${SAID}”`), f.message);
    assert.deepEqual(
      f.fixes?.map((x) => x.newText),
      [SAID],
    );
  });
  it('`index` lists the wrapped quotation on one line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-t39-'));
    try {
      fs.writeFileSync(path.join(dir, 'dpea-ppa-240-2219-decision.txt'), DECISION);
      const out: string[] = [];
      const code = main(
        ['index', '--sources', dir, '--no-default-sources', '--no-cache', '--quiet'],
        (s) => out.push(s),
        () => {},
      );
      assert.equal(code, 0);
      const listed = out
        .join('\n')
        .split('\n')
        .filter((l) => l.includes('“This campus'));
      assert.equal(listed.length, 1, out.join('\n'));
      assert.ok(listed[0].includes('“This campus was always going to be built somewhere in the C…”'), listed[0]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// unseen-6's wire story on Abilene: "… which would put up to 400,000 of the processors on the 1,100-acre site once it
// is finished." The noun a measure before it modifies is the last of the words after it up to a function word; the
// list of those words stopped short of the closed classes ("once", "when", "after", pronouns …), so the site's
// acreage measured "once", not the site, and was kept from judging a line's "1,400-acre site" as of another noun.
describe('trust39: the noun a measure modifies ends at any function word', () => {
  const head = (text: string, fig: string) => {
    const f = extractFigures(text, 'en').figures.find((x) => x.text === fig)!;
    return measuredHead(text, f.start, f.end, f.kind, 'en');
  };
  it('reads the noun before a conjunction, a pronoun or a preposition the old list lacked', () => {
    assert.equal(
      head(
        'Each building is designed to house as many as 50,000 Nvidia GB200 chips, which would put up to 400,000 of the processors on the 1,100-acre site once it is finished.',
        '1,100-acre',
      ),
      'site',
    );
    assert.equal(head('Kestrel plans a 300 MW campus when the substation is built.', '300 MW'), 'campus');
    assert.equal(head('The council approved a $2 billion plant after a four-hour hearing.', '$2 billion'), 'plant');
    assert.equal(head('It is a 40-hectare site they bought from the port.', '40-hectare'), 'site');
    assert.equal(head('A 12-kilometre cable under the river links the two halls.', '12-kilometre'), 'cable');
    // (as before: a compound's last noun, and nothing named after a bare measure)
    assert.equal(head('It is a 1-gigawatt computing cluster that will open in 2026.', '1-gigawatt'), 'cluster');
    assert.equal(head('The campus will use 300 megawatts once it opens.', '300 megawatts'), undefined);
  });
});

// The same wire story's shape, written for the test: a site's acreage given only as the modifier of "site" in a
// sentence about chips. The sentence shares the line's place and "site" but little else, so its score stayed under
// the bar a contradiction needs, and a wrong acreage was "unsupported". A source figure that measures the same noun
// the line's figure measures ("the 820-acre site" / "a 1,200-acre site") is named as what the line measures: it
// judges at the bar a named figure does. Another noun ("parcel") is not.
describe('trust39: a source figure that measures the same noun as the line judges at the named bar', () => {
  const corpus = writtenSources({
    'rrbj-2026-04-07-tallgrass.txt': `Crusoe powers up first halls at Tallgrass campus

WICHITA FALLS, Texas, April 7, 2026 (Red River Business Journal) - The first two halls of the Stargate campus near Wichita Falls came online this week, developer Crusoe said.

The campus, leased to Oracle for OpenAI, is planned to reach 900 megawatts across six halls by the end of 2027. Each hall will hold up to 60,000 accelerators, which would put about 360,000 of the chips on the 820-acre site once all six are running.

About 1,500 workers are on site at the construction peak, Crusoe said.
`,
  });
  it('refutes "a 1,200-acre site" with "the 820-acre site", vouches for "an 820-acre site"', () => {
    const wrong = figureJudged(
      corpus,
      '# Tallgrass\n\nThe Wichita Falls campus sits on a 1,200-acre site.\n',
      '1,200-acre',
    );
    assert.deepEqual(wrong.codes, ['figure-mismatch'], messages(wrong));
    assert.match(messages(wrong), /820-acre/);
    const right = figureJudged(
      corpus,
      '# Tallgrass\n\nThe Wichita Falls campus sits on an 820-acre site.\n',
      '820-acre',
    );
    assert.equal(right.status, 'supported');
  });
  it('says nothing of "a 1,200-acre parcel": another noun', () => {
    const other = figureJudged(
      corpus,
      '# Tallgrass\n\nThe Wichita Falls campus sits on a 1,200-acre parcel.\n',
      '1,200-acre',
    );
    assert.deepEqual(loud(other), []);
  });
});

// A county's 보도자료 saved as text: the release's body, its list of attachments closing it ("붙임 1. … 1부. 끝."), then the
// attachment itself, the agreement's 개요 table. The list line ended a release's text, so the table's facts (each firm's
// land, investment and hires) were never read; unseen-57's Synap viewer release lost its 〈붙임 1〉 table so once meta39
// read the viewer's placed lines as lines. And under a short release's headline, a body row of short cells (`| 신규 고용
// | 45명 | 35명 |`) read as a menu and was left out as navigation: only a table's header row was kept.
describe('trust39: a release goes on past the list of its attachments', () => {
  const RELEASE = `보 도 자 료

배포일시 2026. 9. 8.(화) 10:00
담당부서 투자유치과

영암군, 해솔모듈·대불케이블과 420억 원 투자협약

□ 영암군은 8일 군청 상황실에서 해솔모듈㈜, 대불케이블㈜과 총 420억 원 규모의 투자협약을 체결했다.

○ 두 회사는 대불국가산업단지에 데이터센터용 모듈과 전력 케이블 공장을 증설한다.

○ 군은 두 회사의 증설로 지역 일자리가 크게 늘 것으로 내다봤다.

붙임  1. 투자협약 개요 1부.  2. 협약식 사진 2매.  끝.

〈붙임 1〉 투자협약 개요

| 구 분 | 해솔모듈㈜ | 대불케이블㈜ |
|---|---|---|
| 투자 금액 | 250억 원 | 170억 원 |
| 신규 고용 | 45명 | 35명 |
`;
  it("reads the attachment's table: its hires vouch for the line", () => {
    const corpus = writtenSources({ 'yeongam-bodojaryo-2026-09-08-ko.txt': RELEASE });
    const head = '## 영암\n\n';
    const right = figureJudged(corpus, head + '해솔모듈의 신규 고용은 45명이다.\n', '45명');
    assert.equal(right.status, 'supported', messages(right));
    // (another number is not vouched for; a ✗ from a bare cell under its column's firm is not read yet)
    const wrong = figureJudged(corpus, head + '해솔모듈의 신규 고용은 54명이다.\n', '54명');
    assert.notEqual(wrong.status, 'supported', messages(wrong));
  });
});

// A utility's resource plan, as its filing sets out one customer's ramp: "350 MW in each of four steps, reaching the full
// 1,400 MW in 2030". A line that gives the system's data-center load beside the campus's ("data centers reach 2,300 MW in
// 2030, of which Kettle Creek is 1,400 MW") has its campus figure and year stated there, so the sentence restates the
// line, and the one power figure left in it was set in the place of the line's 2,300 MW: a step's amount, given to
// each of four, refuted the system's total (unseen-23 L19, once the corpus's weights moved). An amount per member stands
// in the place of no line figure that its own words do not give per member.
describe("trust39: a source's amount for each of several stands in the place of no total", () => {
  const corpus = writtenSources({
    'tri-county-electric-2026-irp-excerpt.txt': `Tri-County Electric Cooperative
2026 Integrated Resource Plan (excerpt)
Filed March 9, 2026

4.2 Large-load forecast

The cooperative's forecast of data-center load rises from 180 MW in 2026 to 1,650 MW in 2030.

In the forecast, the Harlan Ridge data center's load follows the customer's schedule as of January 2026: 300 MW in each of three steps, reaching the full 900 MW in 2029.
`,
  });
  it('does not refute "data centers reach 2,100 MW in 2029, of which Harlan Ridge is 900 MW" with a step\'s 300 MW', () => {
    const line =
      "# Tri-County's load\n\nIn the cooperative's forecast, data centers reach 2,100 MW in 2029, of which Harlan Ridge is 900 MW.\n";
    const j = figureJudged(corpus, line, '2,100 MW');
    assert.doesNotMatch(messages(j), /300 MW/);
    assert.deepEqual(loud(j), [], messages(j));
  });
});
