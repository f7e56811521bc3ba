// Wrong verdicts read on unseen-30 and unseen-31 (held out until this session, written blind): true lines flagged.
// Each case failed before its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { extractFigures } from '../../server/src/extract/figures';
import { soundAlikeNames } from '../../server/src/extract/subjects';
import { nameWordAlike } from '../../server/src/text/translit';
import { checkReport } from '../../server/src/judge/check';
import { deniedAt } from '../../server/src/judge/figureFacts';
import { extractQuotes } from '../../server/src/extract/quotes';
import { interval } from '../../server/src/extract/values';
import { splitSentences } from '../../server/src/text/sentences';
import { figureJudged, loadSources, loud, quoteJudged } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
const u30 = loadSources(path.join(fixtures, 'unseen-30', 'sources'));
const u31 = loadSources(path.join(fixtures, 'unseen-31', 'sources'));

/** A corpus of articles written here (name → text), in a folder of its own. */
function written(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-trust26-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return loadSources(dir);
}

const said = (j: { findings: { message: string }[] }) => j.findings.map((f) => f.message).join('\n');

describe("trust26: a line's amount that a source sentence's amounts add up to", () => {
  it('"700 MW of solar and wind" is not refuted by "520 MW of solar photovoltaic and 180 MW of wind capacity"', () => {
    const j = figureJudged(
      u30,
      '# Memo\n\nA 15-year PPA with Helios Vetón covers 700 MW of solar and wind, about 1.4 TWh a year.\n',
      '700 MW',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  const wire = written({
    'wire.txt':
      'DENVER, April 8, 2026 (Front Range Wire) - Stargate signed a 20-year agreement with Plains Renewables to buy the output of 300 megawatts of solar and 150 megawatts of wind for its campus near Limon, Colorado, the companies said on Wednesday.\n',
  });
  it('…in a wire story too ("450 megawatts of solar and wind")', () => {
    const j = figureJudged(
      wire,
      '# Memo\n\nNear Limon, Colorado, Plains Renewables will sell Stargate 450 megawatts of solar and wind for 20 years.\n',
      '450 megawatts',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…while an amount no parts add up to is still refuted by them ("500 megawatts of solar and wind")', () => {
    const j = figureJudged(
      wire,
      '# Memo\n\nNear Limon, Colorado, Plains Renewables will sell Stargate 500 megawatts of solar and wind for 20 years.\n',
      '500 megawatts',
    );
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

describe('trust26: a date within a deadline does not state it', () => {
  it('"겔밈 캠퍼스는 2030년까지 500MW를 갖추며" is not refuted by a transformer contract for the campus signed in August 2026', () => {
    const j = figureJudged(
      u30,
      '# 보고서\n\n## 모로코\n\n겔밈 캠퍼스는 2030년까지 500MW를 갖추며, 1단계 200MW는 2028년 말 가동 예정이다.\n',
      '2030년',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  const release = written({
    'release.md':
      '# Stargate picks contractor for Harlan Flats campus\n\nHARLAN, Iowa, May 12, 2026 — Stargate has picked Corn Belt Builders as general contractor for its Harlan Flats campus. The first building at the Harlan Flats campus is due to be completed in June 2027, the company said.\n',
  });
  it('"The Harlan Flats campus will have its first building by 2028" stands beside a building due in June 2027', () => {
    const j = figureJudged(
      release,
      '# Memo\n\nThe Harlan Flats campus will have its first building by 2028.\n',
      '2028',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…while a deadline that the dated event passes is still refuted ("by 2026")', () => {
    const j = figureJudged(
      release,
      '# Memo\n\nThe Harlan Flats campus will have its first building by 2026.\n',
      '2026',
    );
    assert.ok(j.mismatches.length >= 1, said(j));
  });
});

describe('trust26: an amount a hundred thousand times another is of another thing', () => {
  it('"45% of it to USD 418" (a Kansas school district) is not set against the campus\'s $19.4 billion of bonds', () => {
    const j = figureJudged(
      u31,
      '# Memo\n\n## Kansas: Cimarron Ridge\n\nHaskett County commissioners voted 2-1 on March 10 to issue up to $19.4 billion of industrial revenue bonds and exempt the campus from property tax for ten years.\nIn lieu of taxes the company pays $6.1 million a year, or $61 million over the exemption period, 45% of it to USD 418.\n',
      'USD 418',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…while a slip of a thousand is still refuted ("$26 million" for "$26 billion")', () => {
    const c = written({
      'radio.txt':
        'Stargate picks Ardell for wind-powered campus\n\nARDELL, Neb. (April 15, 2026) - Stargate will build its Sandhill Wind campus near Ardell. The company puts its cost at $26 billion.\n',
    });
    const j = figureJudged(c, '# Memo\n\nThe Sandhill Wind campus near Ardell will cost $26 million.\n', '$26 million');
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

describe('trust26: a Korean rate per hour before the noun it is of', () => {
  it('"시간당 임금·복리후생 패키지는 54.85달러" is a rate per hour', () => {
    const f = extractFigures('시간당 임금·복리후생 패키지는 54.85달러임.', 'ko').figures.map(
      (x) => `${x.text}|${x.unit}`,
    );
    assert.deepEqual(f, ['54.85달러|USD/hour']);
    const g = extractFigures('시간당 임금은 50달러다.', 'ko').figures.map((x) => `${x.text}|${x.unit}`);
    assert.deepEqual(g, ['50달러|USD/hour']);
  });
  it("…so it is not set against a county filing's $79,500 average salary", () => {
    const j = figureJudged(
      u31,
      '# 보고서\n\n9월 22일 체결된 PLA로 건설 인력은 최대 1,900명, 시간당 임금·복리후생 패키지는 54.85달러임.\n',
      '54.85달러',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
});

describe("trust26: a memo's heading of names is the section's place when the memo writes one of them as a place", () => {
  const c = written({
    'coop.md':
      '# Why we are building the Norvik Tap\n\n*Prairie Lakes Electric Cooperative member magazine, July 29, 2026*\n\nSince Stargate announced its data center campus near Norvik in February, the question I hear most is whether bills will go up. They will not: Stargate pays for the new line.\n',
    'radio.txt':
      'Stargate picks Ardell for wind-powered campus\n\nARDELL, Neb. - Stargate will build its Sandhill Wind campus near Ardell, the company said on Wednesday. The company puts its cost at $26 billion.\n',
  });
  it('under "## Nebraska: Sandhill Wind", "The campus was announced in April" is not refuted by the Minnesota co-op\'s February', () => {
    const j = figureJudged(
      c,
      '# Memo\n\n## Summary\n\nStargate has two campuses in the region: Sandhill Wind in Nebraska and Norvik in Minnesota.\n\n## Nebraska: Sandhill Wind\n\nThe campus was announced in April at a cost of $26 billion.\n',
      'April',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…while under a heading of names the memo never writes as places ("## Timeline: Key Dates") it still is', () => {
    const j = figureJudged(
      c,
      '# Memo\n\n## Summary\n\nStargate has two campuses in the region: Sandhill Wind and Norvik.\n\n## Timeline: Key Dates\n\nThe campus was announced in April at a cost of $26 billion.\n',
      'April',
    );
    assert.ok(j.mismatches.length >= 1, said(j));
  });
});

describe('trust26: a Korean line about one site and a Korean source sentence about another, each named as a site', () => {
  const c = written({
    'chile-daily-ko.md':
      '# 스타게이트 칠레 2곳 동시 추진…안토파가스타 1단계 내년 가동\n\n입력 2026.09.14 10:20\n\n스타게이트가 칠레 북부와 수도권에서 데이터센터 캠퍼스 두 곳을 짓고 있다. 현지 사업 책임자는 14일 기자들과 만나 "안토파가스타 1단계 300MW를 2027년 하반기에 가동하겠다"고 말했다. 수도권 캠퍼스는 전력망 연결 심사가 진행 중이다.\n',
    'santiago-wire.txt':
      'SANTIAGO, Sept 2 (Andes Wire) - Stargate expects the first phase of its Quilicura campus, on the northern edge of Santiago, to enter service at the end of 2028, the company said on Tuesday. The first phase at Quilicura will have 300 megawatts. Stargate is also building a 500-megawatt campus at Antofagasta, in the north of the country.\n',
  });
  it('"킬리쿠라 캠퍼스 1단계 300MW는 2028년 말 가동" is the wire\'s Quilicura campus (qu heard as k), not 안토파가스타\'s 2027년 하반기', () => {
    const j = figureJudged(c, '# 보고서\n\n킬리쿠라 캠퍼스 1단계 300MW는 2028년 말 가동 예정이다.\n', '2028년');
    assert.deepEqual(loud(j), [], said(j));
    assert.equal(j.status, 'supported', said(j));
  });
  it('…while the site the Korean sentence names is still judged by it ("안토파가스타 캠퍼스 1단계는 2028년 말")', () => {
    const j = figureJudged(c, '# 보고서\n\n안토파가스타 캠퍼스 1단계 300MW는 2028년 말 가동 예정이다.\n', '2028년');
    assert.ok(j.mismatches.length >= 1, said(j));
  });
  it('on unseen-30: "겔밈 캠퍼스는 … 1단계 200MW는 2028년 말" is judged by no sentence about 나발모랄 1단계, either way', () => {
    const r = checkReport(
      u30,
      '# 보고서\n\n## 모로코\n\n겔밈 캠퍼스는 2030년까지 500MW를 갖추며, 1단계 200MW는 2028년 말 가동 예정이다.\n',
    );
    const judgedBy = r.claims
      .filter((c) => c.type === 'figure')
      .flatMap((c) => c.sources.map((s) => `${c.text}: ${s.sentence.text}`));
    assert.ok(judgedBy.length > 0);
    assert.deepEqual(
      judgedBy.filter((x) => x.includes('나발모랄')),
      [],
    );
  });
  it('Korean hears a Romance gu or qu before e or i as g or k (겔밈/Guelmim, 킬리쿠라/Quilicura)', () => {
    assert.ok(soundAlikeNames('ko:겔밈', 'en:guelmim'));
    assert.ok(soundAlikeNames('ko:킬리쿠라', 'en:quilicura'));
    assert.ok(nameWordAlike('겔밈', 'guelmim'));
    assert.ok(!soundAlikeNames('ko:겔밈', 'en:quilicura'));
  });
});

describe("trust26 (found probing): a correction's misstated figure is no evidence", () => {
  const c = written({
    'ledger.md':
      "# Stargate's Lakeshore campus wins county approval\n\n*By Dana Whitfield, Lakeshore Ledger, June 3, 2026*\n\nLAKESHORE, Mich. — County commissioners on Tuesday approved Stargate's data center campus near Lakeshore, which will draw 900 megawatts at full build-out.\n\nThe campus will cost $10 billion, the company said.\n\n*Correction, June 4, 2026: An earlier version of this article misstated the campus's cost as $12 billion.*\n",
    'haean-ko.md':
      '# 스타게이트 호숫가 캠퍼스 착공\n\n입력 2026.06.03 09:00\n\n스타게이트의 미시간주 레이크쇼어 캠퍼스가 3일 착공했다. 회사는 1단계 가동 시점을 2027년 말로 잡았다.\n\n[바로잡습니다] 본지 6월 3일 자 기사에서 레이크쇼어 캠퍼스의 1단계 용량을 400MW로 잘못 표기했습니다. 300MW가 맞습니다.\n',
  });
  it('"misstated the campus\'s cost as $12 billion" does not vouch for "$12 billion" (it gave a ✓)', () => {
    const j = figureJudged(c, '# Notes\n\nThe Lakeshore campus will cost $12 billion.\n', '$12 billion');
    assert.notEqual(j.status, 'supported', said(j));
    assert.equal(j.mismatches.length, 1, said(j));
  });
  it('…nor refutes the right "$10 billion"', () => {
    const j = figureJudged(c, '# Notes\n\nThe Lakeshore campus will cost $10 billion.\n', '$10 billion');
    assert.equal(j.status, 'supported', said(j));
  });
  it('"400MW로 잘못 표기했습니다" does not vouch for a Korean line\'s 400MW', () => {
    const j = figureJudged(c, '# 메모\n\n레이크쇼어 캠퍼스의 1단계 용량은 400MW다.\n', '400MW');
    assert.notEqual(j.status, 'supported', said(j));
  });
  it('"It is $10 billion, not $12 billion": the figure after "not" is said not to be so', () => {
    const at = (t: string, fig: string, from = 0): [string, number, number, string] => {
      const k = t.indexOf(fig, from);
      return [t, k, k + fig.length, 'en'];
    };
    const t = 'It is $10 billion, not $12 billion.';
    assert.ok(deniedAt(...at(t, '$12 billion')));
    assert.ok(!deniedAt(...at(t, '$10 billion')));
    assert.ok(deniedAt(...at('An earlier version misstated the cost as $12 billion.', '$12 billion')));
    assert.ok(!deniedAt(...at('An earlier version misstated the cost; it is $12 billion.', '$12 billion')));
  });
});

describe("trust26 (found probing): a figure of one named item of a list is that item's", () => {
  const c = written({
    'grid-weekly.md':
      "# Stargate adds three U.S. sites\n\n*By Lena Ortiz, Grid Weekly, July 9, 2026*\n\nStargate named three new U.S. sites on Wednesday: Pecos Flats in Texas (1.4 GW), Cedar Bluff in Ohio (900 MW) and Lone Mesa in New Mexico (1.1 GW).\n\nPecos Flats will cost about $25 billion, Cedar Bluff $16 billion and Lone Mesa $19 billion, the company said.\n\nThe company will spend $2 billion on Cedar Bluff's substation and $3 billion on Lone Mesa's transmission line.\n",
  });
  it('"Cedar Bluff in Ohio will have 1.4 GW" is not vouched for by Pecos Flats\' 1.4 GW (it gave a ✓), and is refuted by its own 900 MW', () => {
    const j = figureJudged(c, '# Notes\n\nCedar Bluff in Ohio will have 1.4 GW.\n', '1.4 GW');
    assert.notEqual(j.status, 'supported', said(j));
    assert.equal(j.mismatches.length, 1, said(j));
    assert.match(j.mismatches[0].message, /900 MW/);
  });
  it('"Lone Mesa will cost about $16 billion" is not vouched for by Cedar Bluff\'s $16 billion', () => {
    const j = figureJudged(c, '# Notes\n\nLone Mesa will cost about $16 billion.\n', '$16 billion');
    assert.notEqual(j.status, 'supported', said(j));
  });
  it('…an item named after its figure ("$3 billion on Lone Mesa\'s transmission line") is that item\'s', () => {
    const j = figureJudged(c, '# Notes\n\nStargate will spend $3 billion on Cedar Bluff.\n', '$3 billion');
    assert.notEqual(j.status, 'supported', said(j));
    const own = figureJudged(c, '# Notes\n\nStargate will spend $3 billion on Lone Mesa.\n', '$3 billion');
    assert.equal(own.status, 'supported', said(own));
  });
  it('…while each item\'s own figure still vouches ("Lone Mesa will cost about $19 billion")', () => {
    const j = figureJudged(c, '# Notes\n\nLone Mesa will cost about $19 billion.\n', '$19 billion');
    assert.equal(j.status, 'supported', said(j));
  });
});

describe('trust26 (found probing): a sentence opening on whom it is according to quotes them', () => {
  const c = written({
    'gazette.md':
      '# Stargate breaks ground in Saguenay\n\n*By Marc Tremblay, The Saguenay Gazette, Aug. 12, 2026*\n\nSAGUENAY, Que. — Stargate broke ground on its Saguenay campus on Tuesday.\n\nHydro-Québec\'s chief executive, Denis Fortin, told reporters the utility had "more than enough water behind the dams" for the campus.\n\nAccording to analyst Priya Nair of Boreal Capital, the project "will test how much load the grid can take."\n',
  });
  it('"According to analyst Priya Nair of Boreal Capital, the project “will test …”" is Nair\'s (the words were not read)', () => {
    const ok = quoteJudged(
      c,
      '# Notes\n\nAnalyst Priya Nair said the project "will test how much load the grid can take."\n',
    );
    assert.equal(ok.status, 'supported', ok.message);
    const moved = quoteJudged(
      c,
      '# Notes\n\nDenis Fortin said the project "will test how much load the grid can take."\n',
    );
    assert.deepEqual(moved.codes, ['quote-misattributed/warning'], moved.message);
  });
  it('…not "According to data from the Ministry of Energy", which quotes no one', () => {
    const t = 'According to data from the Ministry of Energy, demand is "rising fast."';
    const q = extractQuotes(t, splitSentences(t, [{ start: 0, end: t.length }]));
    assert.equal(q[0]?.speaker, undefined);
  });
});

describe('trust26 (found probing): how far an approximate figure reaches', () => {
  const c = written({
    'gazette.md':
      '# Stargate picks Saguenay\n\n*By Marc Tremblay, The Saguenay Gazette, Aug. 12, 2026*\n\nStargate will build a campus near Saguenay at a cost of $14 billion, the company said Tuesday.\n',
  });
  const line = (t: string, fig: string) => figureJudged(c, `# Notes\n\n${t}\n`, fig);
  it('"about $10 billion" is no rounding of $14 billion (it got a ✓: "about 10" reached from 5 to 15)', () => {
    const j = line('The Saguenay campus will cost about $10 billion.', '$10 billion');
    assert.equal(j.mismatches.length, 1, said(j));
  });
  it('"nearly $15 billion" and "roughly $15 billion" are (a last figure of 5 rounds to fives; both were flagged)', () => {
    for (const t of [
      'The Saguenay campus will cost nearly $15 billion.',
      'The Saguenay campus will cost roughly $15 billion.',
    ])
      assert.equal(line(t, '$15 billion').status, 'supported', t);
  });
  it('…while "about $20 billion" and "about $12 billion" still misreport it', () => {
    assert.equal(line('The Saguenay campus will cost about $20 billion.', '$20 billion').mismatches.length, 1);
    assert.equal(line('The Saguenay campus will cost about $12 billion.', '$12 billion').mismatches.length, 1);
  });
  it('the intervals: "약 10만 개" reaches 7.5만–12.5만, "약 700조 원" 650조–750조 as before, "about 25 sites" 23–27', () => {
    const iv = (t: string, lang: 'en' | 'ko') => {
      const x = interval(extractFigures(t, lang).figures[0]);
      return [x.lo, x.hi];
    };
    assert.deepEqual(iv('약 10만 개', 'ko'), [75_000, 125_000]);
    assert.deepEqual(iv('약 700조 원', 'ko'), [650e12, 750e12]);
    assert.deepEqual(iv('about 25 sites', 'en'), [23, 27]);
    // (one place is no rounding to fives: "약 50만 개" is 45만–55만, and 40만 misreports it)
    assert.deepEqual(iv('약 50만 개', 'ko'), [450_000, 550_000]);
  });
});
