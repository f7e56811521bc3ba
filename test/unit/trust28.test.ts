// Wrong verdicts read on unseen-34 and unseen-35 (held out until this session, written blind): true lines flagged.
// Each case failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { changeOf } from '../../server/src/extract/change';
import { extractFigures } from '../../server/src/extract/figures/index';
import { scopeOf } from '../../server/src/judge/scope';
import { generatesAt } from '../../server/src/judge/figureFacts';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
const u35 = loadSources(path.join(fixtures, 'unseen-35', 'sources'));

const written = (files: Record<string, string>) => writtenSources(files, 'xref-trust28-');
const said = (j: { findings: { message: string }[] }) => j.findings.map((f) => f.message).join('\n');
const changes = (text: string, lang: 'en' | 'ko' = 'en') => {
  const figs = extractFigures(text, lang).figures;
  return figs.map((f) => `${f.text}:${changeOf(text, f, lang, figs) ?? 'level'}`);
};

describe("trust28: a sum of one site's parts is that site's, not the venture's whole", () => {
  it('"six 200-megawatt buildings — 1.2 gigawatts in all —" of "The campus" vouches for "a 1.2 GW project"', () => {
    const j = figureJudged(
      u35,
      '# Memo\n\nThe campus is a $24 billion, 1.2 GW project on about 1,800 acres some 60 miles west of Phoenix.\n',
      '1.2 GW',
    );
    assert.deepEqual(loud(j), [], said(j));
    assert.equal(j.status, 'supported');
  });
  const trade = written({
    'dcd.txt':
      'Red Butte campus plans filed\n\nBy Ana Ruiz | June 4, 2026\n\nThe Red Butte campus would house four 150-megawatt data halls, 600 megawatts in total, on a 900-acre parcel east of Tooele.\n\nSeparately, Stargate said its new sites bring the venture to nearly 7 gigawatts in total.\n',
  });
  it('a written trade story: "four 150-megawatt data halls, 600 megawatts in total" vouches for the campus\'s 600 MW', () => {
    const j = figureJudged(trade, '# Memo\n\nThe Red Butte campus will draw 600 MW.\n', '600 MW');
    assert.equal(j.status, 'supported', said(j));
  });
  it('…and refutes another value for the campus', () => {
    const j = figureJudged(trade, '# Memo\n\nThe Red Butte campus will draw 650 MW.\n', '650 MW');
    assert.equal(j.mismatches.length, 1, said(j));
  });
  it("…while what the venture's sites bring it to stays the venture's whole: no ✓ for one campus's 7 GW", () => {
    const j = figureJudged(trade, '# Memo\n\nThe Red Butte campus will draw 7 GW.\n', '7 GW');
    assert.notEqual(j.status, 'supported', said(j));
  });
});

describe('trust28: the size of one of a unit is a conversion, no amount of the subject', () => {
  it('"An acre-foot is about 325,851 gallons, so that is about 1 billion gallons a year" refutes no "about a billion gallons"', () => {
    const j = figureJudged(
      u35,
      '# Eco club\n\nIn March the company asked the state for 3,100 acre-feet of groundwater a year.\nThat is about a billion gallons, or roughly 2.8 million gallons every day.\n',
      'a billion gallons',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  const filing = written({
    'filing.txt':
      'Water board weighs campus request\n\nBy Lee Amos\nMay 2, 2026\n\nThe campus would pump about 1 billion gallons a year, or roughly 2.8 million gallons a day, and return 90 million gallons to the aquifer after treatment.\n',
  });
  it('a line\'s amount stated there per year ("about 1 billion gallons a year") leaves no other figure of that sentence forced on it', () => {
    const j = figureJudged(
      filing,
      '# Memo\n\nThat is about a billion gallons, or roughly 2.8 million gallons every day.\n',
      'a billion gallons',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  const explainer = written({
    'explainer.txt':
      'How much water is an acre-foot?\n\nBy Lee Amos\nMay 9, 2026\n\nAn acre-foot is about 325,851 gallons, and the campus request works out to roughly 2.8 million gallons a day.\n',
  });
  it("…nor is the size of one of a unit in the sentence that restates the line's other figure", () => {
    const j = figureJudged(
      explainer,
      '# Memo\n\nThe campus request is about 1 billion gallons, or roughly 2.8 million gallons every day.\n',
      '1 billion gallons',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  const paper = written({
    'paper.txt':
      'Mesa campus to draw 300 megawatts\n\nBy Dana Kell, Staff Writer\nJuly 9, 2026\n\nThe Mesa campus will draw 300 megawatts when it is finished, the utility said. One megawatt can power about 800 homes in the valley, according to the utility.\n',
  });
  it('a written paper: "One megawatt can power about 800 homes" does not refute "enough to power about 240,000 homes"', () => {
    const j = figureJudged(
      paper,
      '# Memo\n\nAt full load the Mesa campus will draw as much power as about 240,000 homes.\n',
      '240,000 homes',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it("…while a line that gives one megawatt's homes is still judged by it", () => {
    const j = figureJudged(paper, '# Memo\n\nOne megawatt can power about 1,200 homes in the valley.\n', '1,200 homes');
    assert.equal(j.mismatches.length, 1, said(j));
  });
  it('에이커피트 is a volume (acre-feet), not acres and a stray 피트', () => {
    const f = extractFigures('연 1,400에이커피트의 지하수와 2,300에이커의 부지', 'ko').figures;
    assert.deepEqual(
      f.map((x) => `${x.text}:${x.kind}`),
      ['1,400에이커피트:volume', '2,300에이커:area'],
    );
  });
});

describe('trust28: the size of a change named by its noun, and a level set against an earlier one', () => {
  it('"The cut, 1,700 acre-feet, is …" is a change; "The reduction was about 1,700 acre-feet" too', () => {
    assert.deepEqual(changes('The cut, 1,700 acre-feet, is about 55% of the original request.'), [
      '1,700 acre-feet:down',
      '55%:level',
    ]);
    assert.deepEqual(changes('The reduction was about 1,700 acre-feet.'), ['1,700 acre-feet:down']);
    assert.deepEqual(changes('The increase — $2 billion — was approved in May.'), ['$2 billion:up']);
    assert.deepEqual(changes('The campus, a 1.2 GW site, opens in 2028.'), ['1.2 GW:level', '2028:level']);
  });
  it('"The August revision cut that to 1,400 acre-feet" is not refuted by the cut\'s 1,700 acre-feet', () => {
    const j = figureJudged(
      u35,
      '# Memo\n\nThe August revision cut that to 1,400 acre-feet, a reduction of about 55 percent.\n',
      '1,400 acre-feet',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('"against 2,500 in March", "compared with 1 GW a year earlier": the level before; "against 1 GW at the rival site" not', () => {
    assert.deepEqual(changes('Employment is now put at up to 3,200, against 2,500 in March.'), [
      '3,200:level',
      '2,500:before',
    ]);
    assert.deepEqual(changes('The site will draw 1.4 GW, compared with 1 GW a year earlier.'), [
      '1.4 GW:level',
      '1 GW:before',
    ]);
    assert.deepEqual(changes('The site will draw 1.4 GW, against 1 GW at the rival site.'), [
      '1.4 GW:level',
      '1 GW:level',
    ]);
  });
  it('"now put at up to 3,200, against 2,500 in March" is not refuted by March\'s 2,500', () => {
    const j = figureJudged(
      u35,
      '# Memo\n\nPeak construction employment is now put at up to 3,200, against 2,500 in March, with 420 permanent jobs.\n',
      '3,200',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
});

describe('trust28: what was applied for does not refute what was granted', () => {
  it('"…2기(1,500MW, 상한 22억 달러)를 인가하고" is not refuted by the application\'s 3기, 2,250MW, 33억 달러', () => {
    const line =
      '# 보고서\n\n루이지애나 공공서비스위원회는 10월 30일 델타걸프파워의 가스 복합화력 2기(1,500MW, 상한 22억 달러)를 인가하고 3호기 인가는 거부했다.\n';
    for (const fig of ['2기', '1,500MW', '22억 달러']) {
      const j = figureJudged(u35, line, fig);
      assert.deepEqual(loud(j), [], `${fig}: ${said(j)}`);
    }
  });
  const wire = written({
    'wire.txt':
      'BATON ROUGE, La., March 3, 2026 (Gulf Wire) - Pelican Power applied to the state commission to build three 700-megawatt gas units, 2,100 megawatts in all, for $3 billion, to serve a planned data center campus near Opelousas.\n',
  });
  it('a written wire: "applied … three 700-megawatt gas units, 2,100 megawatts in all, for $3 billion" refutes no approval', () => {
    const j = figureJudged(
      wire,
      "# Memo\n\nThe commission approved two of Pelican Power's gas units, 1,400 MW, at a cost capped at $2 billion.\n",
      '$2 billion',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…while a line about the application is still judged by it', () => {
    const j = figureJudged(
      wire,
      '# Memo\n\nPelican Power applied to build three gas units, 2,100 megawatts in all, for $4 billion.\n',
      '$4 billion',
    );
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

const probe = loadSources(path.join(fixtures, 'unseen-probe28', 'sources'));
const u34 = loadSources(path.join(fixtures, 'unseen-34', 'sources'));

describe('trust28: what a plant generates is not what a campus draws', () => {
  it('"a 1.5-gigawatt natural gas plant … to serve the Stargate Wolf Creek campus" does not refute the campus\'s 1.2 GW', () => {
    const j = figureJudged(probe, '# Note\n\nThe Wolf Creek campus is a 1.2 GW, $21 billion project.\n', '1.2 GW');
    assert.deepEqual(loud(j), [], said(j));
  });
  it('a heading\'s "(1GW)" for a Thrace campus is not refuted by a contractor\'s "트라키아 1,300MW 가스복합발전소 EPC"', () => {
    const j = figureJudged(
      u34,
      '# 보고서\n\n## 3. 튀르키예 트라키아 (1GW)\n\n트라키아 캠퍼스는 체르케스쾨이에 들어선다.\n',
      '1GW',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('Korean names the plant before its size ("태양광 1500MW와 600MW/2400MWh 배터리"), with no particle after it', () => {
    const gen = (t: string, fig: string) => {
      const f = extractFigures(t, 'ko').figures.find((x) => x.text === fig)!;
      return generatesAt(t, f.start, f.end, 'ko');
    };
    assert.equal(gen('계약은 태양광 1500MW와 600MW/2400MWh 배터리로, 25년간 kWh당 3.12루피 고정이다.', '1500MW'), true);
    assert.equal(gen('부지는 230ha이며 풍력·태양광 1.8GW 전력구매계약을 맺었다.', '1.8GW'), true);
    assert.equal(gen('에디스토 1단계 350MW는 가스발전소 완공 지연으로 2028년 2분기로 연기됐다.', '350MW'), false);
    assert.equal(gen('트라키아 1,300MW 가스복합발전소 EPC를 수주했다.', '1,300MW'), true);
  });
  it("…while a line about the plant is judged by the plant's own figure", () => {
    const j = figureJudged(probe, "# Note\n\nSunflower's gas plant will have 1.8 GW of capacity.\n", '1.8 GW');
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

describe('trust28: a level before, written without the rate its sentence gives once', () => {
  it('"to 900 acre-feet a year, from 2,400 acre-feet": 2,400 is the level before', () => {
    assert.deepEqual(
      changes('The developer cut its groundwater request to 900 acre-feet a year, from 2,400 acre-feet.'),
      ['900 acre-feet:level', '2,400 acre-feet:before'],
    );
  });
  it('…and is not refuted by the 900 acre-feet the developer now seeks', () => {
    const j = figureJudged(
      probe,
      '# Note\n\nThe developer cut its groundwater request to 900 acre-feet a year, from 2,400 acre-feet.\n',
      '2,400 acre-feet',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
});

describe('trust28: a Korean sentence whose topic is one site totals that site', () => {
  it('"캠퍼스는 … 전체 용량은 1.2GW다" is the site\'s; "스타게이트는 전체 투자를 …" the venture\'s', () => {
    const t = '캠퍼스는 150MW급 데이터홀 8동으로 지어지며, 전체 용량은 1.2GW다.';
    const f = extractFigures(t, 'ko').figures.find((x) => x.text === '1.2GW')!;
    assert.equal(scopeOf(t, f.start, undefined, false, extractFigures(t, 'ko').figures), 'site');
    const v = '스타게이트는 전체 투자를 5000억 달러로 늘린다.';
    const g = extractFigures(v, 'ko').figures[0];
    assert.equal(scopeOf(v, g.start, undefined, false, extractFigures(v, 'ko').figures), 'whole');
  });
});
