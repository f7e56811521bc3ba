// Planted figure mistakes unseen-28 and unseen-29 read as supported or left unsupported (held out until session 25,
// written blind). Each case failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud } from './judged';
import { extractFigures } from '../../server/src/extract/figures';
import { changesOf } from '../../server/src/extract/change';
import { checkReport } from '../../server/src/judge/check';

const fixtures = path.join(__dirname, '..', 'fixtures');
const u29 = loadSources(path.join(fixtures, 'unseen-29', 'sources'));

describe('judge25: a level "still" given as today\'s, that a source says was raised ("올렸습니다")', () => {
  const memo = (fig: string) =>
    `# Stargate North\n\n## Péribonka (Quebec)\n\nBorélia and Stargate still put the total investment at ${fig}.\n`;
  it('"still put … at C$14 billion" is refuted by the call\'s "140억 캐나다달러에서 175억 캐나다달러로 올렸습니다"', () => {
    const j = figureJudged(u29, memo('C$14 billion'), 'C$14 billion');
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /17\.5 billion CAD|175억/);
  });
  it('…while the level after the change is not refuted', () => {
    const j = figureJudged(u29, memo('C$17.5 billion'), 'C$17.5 billion');
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
});

describe('judge25: what a Korean count of people with 명 counts, when no source speaks of it', () => {
  const line = (t: string) => `# 동향\n\n## 핀란드\n\n${t}\n`;
  it('"현지 인력 800명" counts the workforce: no source gives it, and the line is told so', () => {
    const j = figureJudged(u29, line('동하건설은 현지 인력 800명을 직접 채용할 계획이다.'), '800명');
    assert.equal(j.status, 'unsupported');
    assert.deepEqual(j.codes, ['figure-unsupported']);
  });
  it('…a count of people the domain has no word for ("관람객 800명") stays no claim about the sources', () => {
    const j = figureJudged(u29, line('개관 행사에는 관람객 800명이 몰렸다.'), '800명');
    assert.deepEqual(j.codes, []);
  });
});

describe('judge25: the 약 that ends 계약 is no "about"', () => {
  const call = '5월 본계약 2,870억 원에 9월 추가 계약 1,230억 원을 더해 누적 수주는 4,100억 원입니다.';
  it('"추가 계약 1,230억 원" is the addition, and the cumulative "4,100억 원" after it the level', () => {
    const found = extractFigures(call, 'ko').figures;
    const { changes } = changesOf(call, found, 'ko');
    assert.deepEqual(
      found.map((f, i) => `${f.text}|${changes[i] ?? 'level'}`),
      ['5월|level', '2,870억 원|level', '9월|level', '1,230억 원|up', '4,100억 원|level'],
    );
  });
  it("…so the conference call's cumulative 4,100억 원 vouches for a line that gives it", () => {
    const r = checkReport(u29, '# 동향\n\n## 캐나다\n\n한결전기의 페리봉카 누적 수주는 4,100억 원이다.\n');
    const c = r.claims.find((x) => x.text === '4,100억 원');
    assert.ok(c);
    assert.equal(c.status, 'supported');
    assert.ok(
      c.sources.some((s) => s.agrees && s.file.includes('conference-call')),
      c.sources.map((s) => s.file).join(),
    );
  });
});

const u28 = loadSources(path.join(fixtures, 'unseen-28', 'sources'));

describe('judge25: "국내" in a Korean heading is what is domestic, no country before a place', () => {
  const under = (heading: string, when: string) =>
    `# 스타게이트 아시아 공급망 동향\n\n## ${heading}\n\n회사는 1,200억 원을 들여 울산 온산에 제2공장을 짓는다.\n제2공장은 ${when} 가동 예정이다.\n`;
  it('under "## 3. 국내 공급망", "제2공장은 2028년 하반기" is refuted by the Ulsan daily\'s "2027년 하반기 가동을 목표로"', () => {
    const j = figureJudged(u28, under('3. 국내 공급망', '2028년 하반기'), '2028년 하반기');
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /2027년 하반기/);
  });
  it('…and the daily vouches for 2027년 하반기 there', () => {
    const j = figureJudged(u28, under('3. 국내 공급망', '2027년 하반기'), '2027년 하반기');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });
});

describe('judge25: a Korean sum written with 더하면 ("42대(2천870억 원)를 더하면 … 72대, 4천950억 원어치")', () => {
  const line = (t: string) => `# 해신전기\n\n## 수주\n\n${t}\n`;
  it('a line calling the Yufutsu part "총 2,870억 원" of 72 units is judged by the sum, 4,950억 원', () => {
    const j = figureJudged(
      u28,
      line('해신전기의 스타게이트 누적 수주는 변압기 72대, 총 2,870억 원 규모다.'),
      '2,870억 원',
    );
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /4천950억 원/);
  });
  it('…the sum itself is vouched for, and the part given as a part is not refuted', () => {
    const whole = figureJudged(
      u28,
      line('해신전기의 스타게이트 누적 수주는 변압기 72대, 총 4,950억 원 규모다.'),
      '4,950억 원',
    );
    assert.deepEqual(loud(whole), []);
    assert.equal(whole.status, 'supported');
    const part = figureJudged(u28, line('해신전기의 유후쓰 수주는 변압기 42대, 2,870억 원 규모다.'), '2,870억 원');
    assert.deepEqual(loud(part), []);
  });
});

describe("judge25: a filing's numbered items wrapped under a hanging indent", () => {
  const mops = () => u28.sources.find((s) => s.file.endsWith('mops-nanhai-thermal-material-information.txt'))!;
  it('"(3)The contract amount accounts for … revenue" / "     for 2025 (NT$67,900,000 thousand)." is one sentence', () => {
    const s = mops().sentences.find((x) => x.text.startsWith('(3)The contract amount'));
    assert.ok(s);
    assert.match(s.text, /operating revenue\s+for 2025 \(NT\$67,900,000 thousand\)\.$/);
    // (its label lines stay lines of their own)
    assert.ok(mops().sentences.some((x) => x.text === '3.Relationship to the Company: None'));
    assert.ok(mops().sentences.some((x) => x.text === '6.Restrictive covenants: None'));
  });
  const memo = (pct: string) =>
    '# Stargate in Japan, Taiwan and the Philippines\n\n## Supply chain\n' +
    'Nanhai Thermal of Kaohsiung won an NT$18.6 billion (about $581 million) contract for 1,450 coolant distribution units and power shelves.\n' +
    `The contract equals about ${pct} of Nanhai's 2025 revenue of NT$67.9 billion.\n`;
  it("…so the line that restates it is judged by its 27.4%, not by another company's 21.4% of its own revenue", () => {
    const j = figureJudged(u28, memo('21.4%'), '21.4%');
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /27\.4%/);
    const right = figureJudged(u28, memo('27.4%'), '27.4%');
    assert.deepEqual(loud(right), []);
    assert.equal(right.status, 'supported');
  });
});
