// Wrong verdicts read on unseen-28 and unseen-29 (held out until this session, written blind): true lines flagged.
// Each case failed before its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { extractFigures } from '../../server/src/extract/figures';
import { scopeOf, siteNamesIn } from '../../server/src/judge/scope';
import { deniedAt } from '../../server/src/judge/figureFacts';
import { figureJudged, loadSources, loud } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
const u28 = loadSources(path.join(fixtures, 'unseen-28', 'sources'));
const u29 = loadSources(path.join(fixtures, 'unseen-29', 'sources'));

/** A corpus of articles written here (name → text), in a folder of its own. */
function written(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-trust25-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return loadSources(dir);
}

const figs = (t: string, lang: 'en' | 'ko') => extractFigures(t, lang).figures.map((f) => `${f.text}|${f.unit}`);

describe('trust25: a figure of one clause is of the place that clause names', () => {
  it('a gazette\'s "the proposed Stargate Luzon Campus will host … 800 MW, and the cable will connect it to the Stargate Hokkaido Yufutsu Campus" does not refute Yufutsu\'s 1 GW', () => {
    const j = figureJudged(u28, '# Digest\n\nIn Hokkaido, the Yufutsu campus will reach 1 GW by 2031.\n', '1 GW');
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
    assert.equal(j.status, 'supported');
  });
  it('…nor vouches for a line naming another site as such ("The Yufutsu campus will have 800 MW" got the gazette\'s Luzon ✓)', () => {
    const j = figureJudged(u28, '# Digest\n\nThe Yufutsu campus will have 800 MW of capacity.\n', '800 MW');
    assert.notEqual(j.status, 'supported');
    const luzon = figureJudged(u28, '# Digest\n\nThe Luzon campus will have 800 MW of capacity.\n', '800 MW');
    assert.equal(luzon.status, 'supported');
  });
  it('…while the clause of its own place still refutes ("The Luzon campus will have a capacity of 1 GW")', () => {
    const j = figureJudged(u28, '# Digest\n\nThe Luzon campus will have a capacity of 1 GW.\n', '1 GW');
    assert.equal(j.mismatches.length, 1, j.findings.map((f) => f.message).join('\n'));
  });
  it("a wire story's two sites in one sentence: the second site's line is not judged by the first site's megawatts", () => {
    const c = written({
      'wire.txt':
        'COLUMBUS, Ohio, March 4, 2026 (Midwest Wire) - Stargate said on Wednesday that its campus in Fairhaven will draw 600 megawatts, and a new fiber route will tie the Fairhaven campus to its older site in Lordstown.\n\nThe Lordstown site opened in 2025.\n',
    });
    const j = figureJudged(c, '# Memo\n\nThe Lordstown site will draw 900 megawatts.\n', '900 megawatts');
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
    const own = figureJudged(c, '# Memo\n\nThe Fairhaven campus will draw 900 megawatts.\n', '900 megawatts');
    assert.equal(own.mismatches.length, 1, own.findings.map((f) => f.message).join('\n'));
  });
});

describe('trust25: a counted noun ends at a preposition', () => {
  it('"72 transformers across both sites" counts transformers, not sites', () => {
    assert.deepEqual(
      figs('Haesin holds orders for 72 transformers across both sites: 42 for Yufutsu and 30 for Luzon.', 'en'),
      ['72 transformers|transformers', '30|transformers'],
    );
    assert.deepEqual(figs('The plan adds 1,200 jobs between the two counties.', 'en'), [
      '1,200 jobs|jobs',
      'two counties|counties',
    ]);
    assert.deepEqual(figs('It will install 300 turbines along the ridge.', 'en'), ['300 turbines|turbines']);
  });
  it('…so a true count of transformers is not set against a podcast\'s "two sites"', () => {
    const j = figureJudged(
      u28,
      "# Memo\n\nKorea's Haesin Electric holds orders for 72 transformers across both sites: 42 for Yufutsu and 30 for Luzon.\n",
      '72 transformers',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
});

describe("trust25: a cable's branch is a part of the cable", () => {
  it('"지선 약 1천300킬로미터 구간" does not refute "총연장 4,200km의 해저케이블"', () => {
    const j = figureJudged(
      u28,
      "# 보고서\n\n두 캠퍼스는 총연장 4,200km의 해저케이블 'KITA-LUZ'로 연결되며, 대만 가오슝으로 가는 지선도 놓인다.\n",
      '4,200km',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
  it('scopeOf: a branch, a spur, 지선 and 구간 are one part', () => {
    const at = (s: string, f: string) => scopeOf(s, s.indexOf(f));
    assert.equal(at('The Kaohsiung branch will run about 1,300 km.', '1,300'), 'site');
    assert.equal(at('발레르~가오슝 지선 약 1천300킬로미터 구간의 포설 사업', '1천300'), 'site');
    assert.equal(at('The cable will run 4,200 km.', '4,200'), undefined);
  });
});

describe('trust25: an amount after another and 중 is a share of it', () => {
  it('scopeOf: "비용 6억 4천만 캐나다달러 중 4억 1천만 캐나다달러" makes the second a part, not the first', () => {
    const s =
      '하이드로-노르디크는 연결설비 비용 6억 4천만 캐나다달러 중 4억 1천만 캐나다달러를 고객이 부담하는 안을 제출했다.';
    assert.equal(scopeOf(s, s.indexOf('4억 1천만')), 'phase');
    assert.equal(scopeOf(s, s.indexOf('6억 4천만')), undefined);
    const t = '공사가 진행되는 가운데 인력은 300명이다.';
    assert.equal(scopeOf(t, t.indexOf('300명')), 'phase'); // (이 가운데, as before)
  });
  it("…so the customer's C$410 million share is not refuted by the campus's C$17.5 billion", () => {
    const j = figureJudged(
      u29,
      '# 보고서\n\n하이드로-노르디크는 연결설비 비용 6억 4천만 캐나다달러 중 4억 1천만 캐나다달러를 고객이 부담하는 안을 에너지 심판소에 제출했다.\n',
      '4억 1천만 캐나다달러',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
});

describe('trust25: "not … until" gives the earliest date, no deadline', () => {
  it('"is not due until 2030", "won\'t open until 2029": min; "runs until 2030": max', () => {
    const q = (t: string) => extractFigures(t, 'en').figures.map((f) => `${f.text}|${f.qualifier}`);
    assert.deepEqual(q('The cable to Honshu is not due until 2030.'), ['2030|min']);
    assert.deepEqual(q("The plant won't open until 2029, the company said."), ['2029|min']);
    assert.deepEqual(q('No power flows until March 2028.'), ['March 2028|min']);
    assert.deepEqual(q('The lease, which has no break clause, runs until 2030.'), ['2030|max']);
    assert.deepEqual(q('The old contract runs until 2030.'), ['2030|max']);
  });
  it('…so a wire\'s "the substation … is not due until 2030" refutes "the substation is due in 2028" (it was read as a deadline 2028 lies within)', () => {
    const c = written({
      'wire.txt':
        'Utility delays Baylor Creek substation\n\nAMARILLO, Texas, May 6, 2026 (Plains Wire) - The 345-kilovolt substation that is to feed the Baylor Creek data center campus is not due until 2030, two years later than planned, Panhandle Electric said on Wednesday.\n\nThe campus itself is still expected to open its first building in 2027.\n',
    });
    const j = figureJudged(c, '# Memo\n\nThe Baylor Creek substation is due in 2028.\n', '2028');
    assert.equal(j.mismatches.length, 1, j.findings.map((f) => f.message).join('\n'));
    const ok = figureJudged(c, '# Memo\n\nThe Baylor Creek substation will not be ready before 2030.\n', '2030');
    assert.deepEqual(loud(ok), [], ok.findings.map((f) => f.message).join('\n'));
  });
});

describe('trust25: a sentence that names its site by name is of that site', () => {
  it('"the Yufutsu campus was a ¥2.4 trillion project" does not vouch for "The Luzon campus will cost ¥2.4 trillion"', () => {
    const j = figureJudged(u28, '# Digest\n\nThe Luzon campus will cost ¥2.4 trillion.\n', '¥2.4 trillion');
    assert.notEqual(j.status, 'supported');
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
  it('…while it still vouches for the Yufutsu campus', () => {
    const j = figureJudged(
      u28,
      '# Digest\n\nThe Yufutsu campus was a ¥2.4 trillion project in March.\n',
      '¥2.4 trillion',
    );
    assert.equal(j.status, 'supported');
  });
  it('…but one the article writes within the other is the same site ("in Kvandal outside Narvik": "The Narvik site" vouches for "The Kvandal site")', () => {
    const c = written({
      'narvik.txt':
        'OpenAI picks Narvik for first European Stargate\n\nOSLO, July 31 (Nordic Tech Wire) - OpenAI will build its first European Stargate data center in Kvandal outside Narvik, in northern Norway, with Nscale and Aker, the companies said on Thursday.\n\nThe Narvik site will have an initial capacity of 230 megawatts, Nscale said.\n',
    });
    const j = figureJudged(
      c,
      '# Memo\n\nThe Kvandal site will have an initial capacity of 230 megawatts.\n',
      '230 megawatts',
    );
    assert.equal(j.status, 'supported');
  });
  it('…or after it ("The campus in Yufutsu will cost about ¥2.4 trillion" does not vouch for "The Mariveles campus …")', () => {
    const c = written({
      'wire.txt':
        'Stargate names two Asian campuses\n\nTOKYO, June 4, 2026 (Pacific Wire) - Stargate will build a campus in Yufutsu, on Hokkaido, and another in Mariveles, in the Philippines, the venture said on Thursday.\n\nThe campus in Yufutsu will cost about ¥2.4 trillion and draw 1 gigawatt. Work in Mariveles starts next year.\n',
    });
    const j = figureJudged(c, '# Memo\n\nThe Mariveles campus will cost about ¥2.4 trillion.\n', '¥2.4 trillion');
    assert.notEqual(j.status, 'supported');
    const own = figureJudged(c, '# Memo\n\nThe Yufutsu campus will cost about ¥2.4 trillion.\n', '¥2.4 trillion');
    assert.equal(own.status, 'supported');
  });
  it('siteNamesIn: the capitalized words before a site noun, the venture left out', () => {
    assert.deepEqual(siteNamesIn('WHEREAS, the proposed Stargate Luzon Campus will host', 'en'), ['en:luzon']);
    assert.deepEqual(siteNamesIn('the Yufutsu campus was a ¥2.4 trillion project', 'en'), ['en:yufutsu']);
    assert.deepEqual(siteNamesIn('The campus will cost $2 billion.', 'en'), []);
    assert.deepEqual(siteNamesIn('The campus in Yufutsu will cost about ¥2.4 trillion', 'en'), ['en:yufutsu']);
    assert.deepEqual(siteNamesIn('a site near Abilene, Texas', 'en'), ['en:abilene']);
    assert.deepEqual(siteNamesIn('when they announced the site in March', 'en'), []);
    assert.deepEqual(siteNamesIn('유후쓰 캠퍼스는 총 1GW', 'ko'), []);
  });
});

describe('trust25: a figure its source says is not so', () => {
  const c = written({
    'denied.txt':
      'Stargate denies cost report for Ridgeline campus\n\nDENVER, May 2, 2026 (Front Range Wire) - Stargate on Friday denied a report that its Ridgeline campus in Colorado would cost $10 billion, saying the campus would cost $12 billion.\n\nThe company also dismissed speculation that the site would employ 5,000 people.\n',
    'denied-ko.md':
      '# 스타게이트, 리지라인 캠퍼스 투자설 일축\n\n한빛경제 2026년 5월 3일\n\n스타게이트는 리지라인 캠퍼스에 20조 원을 투자한다는 보도를 부인했다. 회사 측은 "예산은 아직 정해지지 않았다"고 밝혔다.\n\n리지라인 캠퍼스의 부지는 120만㎡ 규모다.\n',
  });
  it('"denied a report that … would cost $10 billion" vouches for no "$10 billion"; the $12 billion it gives instead refutes it', () => {
    const j = figureJudged(c, '# Memo\n\nThe Ridgeline campus will cost $10 billion.\n', '$10 billion');
    assert.equal(j.mismatches.length, 1, j.findings.map((f) => f.message).join('\n'));
    assert.match(j.mismatches[0].message, /\$12 billion/);
    assert.equal(
      figureJudged(c, '# Memo\n\nThe Ridgeline campus will cost $12 billion.\n', '$12 billion').status,
      'supported',
    );
    const jobs = figureJudged(c, '# Memo\n\nThe Ridgeline site will employ 5,000 people.\n', '5,000 people');
    assert.notEqual(jobs.status, 'supported');
  });
  it('"…20조 원을 투자한다는 보도를 부인했다" vouches for no 20조 원; the site\'s 120만㎡ still does', () => {
    const j = figureJudged(c, '# 메모\n\n스타게이트는 리지라인 캠퍼스에 20조 원을 투자한다.\n', '20조 원');
    assert.notEqual(j.status, 'supported');
    assert.equal(figureJudged(c, '# 메모\n\n리지라인 캠퍼스 부지는 120만㎡다.\n', '120만㎡').status, 'supported');
  });
  it('deniedAt: a denial before an English figure, after a Korean one; not past "saying"', () => {
    const at = (t: string, f: string, lang: string) => deniedAt(t, t.indexOf(f), t.indexOf(f) + f.length, lang);
    assert.ok(at('It dismissed claims that the plant would use 2 million gallons a day.', '2 million', 'en'));
    assert.ok(
      !at('It denied a report that it would cost $10 billion, saying it would cost $12 billion.', '$12 billion', 'en'),
    );
    assert.ok(!at('The council approved the $10 billion plan.', '$10 billion', 'en'));
    assert.ok(at('회사는 1조 원 투자설을 일축했다.', '1조 원', 'ko'));
    assert.ok(at('3000명 채용 계획이라는 보도는 사실무근이라고 밝혔다.', '3000명', 'ko'));
    assert.ok(!at('회사는 1조 원을 투자한다고 밝혔다.', '1조 원', 'ko'));
  });
});

describe('trust25: an amount a source gives each of several is no amount of the whole', () => {
  const c = written({
    'halls.txt':
      "Mesa Verde's halls take shape\n\nDENVER, July 1, 2026 (Front Range Wire) - Each of the four data halls at Stargate's Mesa Verde campus will draw 150 megawatts, the developer said.\n",
  });
  it('"Each of the four data halls … 150 megawatts" does not refute the campus\'s 600 MW', () => {
    const all = figureJudged(c, '# Memo\n\nThe Mesa Verde campus will draw 600 megawatts.\n', '600 megawatts');
    assert.deepEqual(loud(all), [], all.findings.map((f) => f.message).join('\n'));
  });
  it('…while a line that says "each" is judged by it', () => {
    const each = figureJudged(c, '# Memo\n\nEach of the four data halls will draw 150 megawatts.\n', '150 megawatts');
    assert.equal(each.status, 'supported');
  });
});

describe('trust25: a negated bound turns over', () => {
  it('"will not exceed 500", "not be more than 500", "won\'t go above" are at most; "no less than", "no fewer than" at least', () => {
    const q = (t: string) => extractFigures(t, 'en').figures.map((f) => `${f.text}|${f.qualifier}`);
    assert.deepEqual(q("The campus's power draw will not exceed 500 megawatts."), ['500 megawatts|max']);
    assert.deepEqual(q('The draw will not be more than 500 megawatts.'), ['500 megawatts|max']);
    assert.deepEqual(q("It won't go above 500 megawatts."), ['500 megawatts|max']);
    assert.deepEqual(q('It will need no less than 500 megawatts.'), ['500 megawatts|min']);
    assert.deepEqual(q('It will hire no fewer than 500 workers.'), ['500 workers|min']);
    // as before
    assert.deepEqual(q('Demand could exceed 500 megawatts.'), ['500 megawatts|min']);
    assert.deepEqual(q('It will need no more than 500 megawatts.'), ['500 megawatts|max']);
    assert.deepEqual(q('It will draw more than 500 megawatts.'), ['500 megawatts|min']);
  });
});
