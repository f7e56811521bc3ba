// Planted mistakes of unseen-30 and unseen-31 (held out until session 26) that the checker missed, and the rules that
// catch them. Each case failed before its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { figureJudged, loadSources, loud, quoteJudged } from './judged';
import { namesAlike, parsePerson } from '../../server/src/extract/people';
import { extractFigures } from '../../server/src/extract/figures';
import { isPlaceWord, placesIn } from '../../server/src/judge/scope';
import type { Lang } from '../../server/src/types';

const fixtures = path.join(__dirname, '..', 'fixtures');
const u30 = loadSources(path.join(fixtures, 'unseen-30', 'sources'));
const u31 = loadSources(path.join(fixtures, 'unseen-31', 'sources'));

/** A folder holding the given files, as a user's corpus. */
function corpusOf(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-judge26-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return loadSources(dir);
}

describe('judge26: a quotation signed on the line below, with a long title and where it was said', () => {
  // A wiki's "관련 발언" section and a page's pull quote: the signature is the line under the quotation, the speaker
  // with a title of several words, then after a comma when and where it was said.
  const wiki = corpusOf({
    'wiki-ko.txt': [
      '스타게이트 겔밈',
      '',
      '겔밈 캠퍼스는 모로코 남부에 들어서는 AI 데이터센터다. 2030년까지 500MW 규모로 지어진다.',
      '',
      '관련 발언',
      '',
      '"사막의 태양이 세계에서 가장 앞선 컴퓨팅을 돌리게 될 것이다."',
      '— 나디아 벤키란 모로코 디지털전환·행정개혁 담당 장관, 2026년 3월 18일 투자협약 서명식에서',
      '',
      '"한국 공급사들은 일정을 지켜 온 몇 안 되는 파트너다."',
      '— 루시아 베르메호 스타게이트 이베리아 대표',
      '',
    ].join('\n'),
    'communique-en.txt': [
      'PRESS COMMUNIQUÉ',
      '',
      'Rabat, 18 March 2026',
      '',
      'The investment agreement for the Stargate Guelmim campus was signed today in Rabat.',
      '',
      'Mr. Owen Castellano, Executive Vice President of Stargate, stated: "Morocco offers what an AI campus needs most: land, sunshine and a grid that is ready to grow."',
      '',
    ].join('\n'),
  });
  it('reads the speaker of a signature with a comma after the name and title (it was read as nobody)', () => {
    const src = wiki.sources.find((x) => x.file.endsWith('wiki-ko.txt'))!;
    const q = src.quotes.find((x) => x.text.startsWith('사막의 태양이'));
    assert.ok(q?.speaker, 'the signed quotation has a speaker');
    assert.equal(q.speaker.text, '나디아 벤키란 모로코 디지털전환·행정개혁 담당 장관');
    assert.equal(q.speakerId, 'person:나디아 벤키란');
  });
  it('so the same words given to another person the sources quote are misattributed', () => {
    const j = quoteJudged(
      wiki,
      '오언 카스테야노 스타게이트 부사장은 "사막의 태양이 세계에서 가장 앞선 컴퓨팅을 돌리게 될 것"이라고 말했다.\n',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning']);
    assert.match(j.message, /나디아 벤키란/);
  });
  it("unseen-30: the wiki's Benkirane words given to Castellano (read as quote unknown)", () => {
    const j = quoteJudged(
      u30,
      '오언 카스테야노 스타게이트 부사장은 "겔밈은 세계에서 가장 앞선 컴퓨팅이 모로코의 태양으로 돌아갈 수 있다는 것을 보여줄 것"이라고 말했다.\n',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning']);
  });
});

describe('judge26: names', () => {
  it('a minister named in Hangul before the country and the title: the given name shaped as a Korean one', () => {
    assert.equal(parsePerson('나디아 벤키란 모로코 디지털전환·행정개혁 담당 장관')?.name, '나디아 벤키란');
    // (a Korean name before a country and a title stays one name: no family name after it)
    assert.equal(parsePerson('이도윤 모로코 대사')?.name, '이도윤');
    assert.equal(parsePerson('이도윤 크래프톤 대표')?.name, '이도윤');
  });
  it('a Spanish ll said as y, an English ow before a vowel as o: 카스테야노 / Castellano, 오언 / Owen', () => {
    assert.ok(namesAlike('오언 카스테야노', 'Owen Castellano'));
    assert.ok(namesAlike('카스테야노', 'Castellano'));
    assert.ok(namesAlike('나디아 벤키란', 'Nadia Benkirane'));
    assert.ok(!namesAlike('오언 카스테야노', 'Owen Castro'));
    assert.ok(!namesAlike('루시아 베르메호', 'Owen Castellano'));
  });
  it('what a reporter calls an ordinary person before a foreign name: 관개 농민 드웨인 케슬러', () => {
    assert.deepEqual(parsePerson('관개 농민 드웨인 케슬러'), {
      name: '드웨인 케슬러',
      surname: '케슬러',
      start: 6,
      end: 13,
      org: undefined,
    });
    assert.equal(parsePerson('농민 드웨인 케슬러')?.name, '드웨인 케슬러');
    // (the role alone, or after a word, names nobody)
    assert.equal(parsePerson('지역 농민'), undefined);
  });
  it("unseen-31: a commissioner's English words, in Korean, given to a farmer (read as quote unsupported)", () => {
    const j = quoteJudged(
      u31,
      '관개 농민 드웨인 케슬러는 "우리가 순서를 거꾸로 했다. 물이 있는지 누가 말해주기도 전에 세금 감면부터 해줬다"고 비판함.\n',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning']);
    assert.match(j.message, /Marcy Beal/);
  });
});

describe('judge26: an amount applied for is not the amount granted', () => {
  // A Korean paper's page and a basin authority's resolution in English, as they write an application and its grant.
  const water = corpusOf({
    'water-ko.txt': [
      '나발모랄 데이터센터 냉각수 취수 허가',
      '',
      '2026.08.21',
      '',
      '스페인 나발모랄 데이터센터 사업법인은 발데카냐스 저수지에서 연간 260만㎥의 취수를 신청했으나, 타호강 유역청은 20일 연간 190만㎥만 허가했다.',
      '',
      '유역청은 저수율이 35% 아래로 떨어지면 취수를 중단하도록 했다.',
      '',
    ].join('\n'),
    'resolution-en.txt': [
      'RESOLUTION of the Tajo River Basin Authority',
      '',
      'Madrid, 20 August 2026',
      '',
      'On 2 February 2026 the applicant applied for a concession to abstract up to 2,600,000 m3 per year from the Valdecañas reservoir for the cooling of the Navalmoral data centre.',
      '',
      'The Authority grants a concession to abstract 1,900,000 m3 per year from the Valdecañas reservoir for the cooling of the Navalmoral data centre.',
      '',
    ].join('\n'),
  });
  it('a line giving the grant the amount applied for is refuted by the amount granted (it had a ✓)', () => {
    const j = figureJudged(
      water,
      '타호강 유역청은 8월 20일 발데카냐스 저수지에서 연간 260만㎥의 취수를 허가했다.\n',
      '260만㎥',
    );
    assert.equal(j.status, 'conflicting');
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /190만/);
    const en = figureJudged(
      water,
      'The basin authority granted the Navalmoral data centre 2.6 million cubic metres a year from the Valdecañas reservoir.\n',
      '2.6 million cubic metres',
    );
    assert.equal(en.mismatches.length, 1);
  });
  it('the application itself is still vouched for, and so is the grant', () => {
    const a = figureJudged(
      water,
      '나발모랄 사업법인은 발데카냐스 저수지에서 연간 260만㎥의 취수를 신청했다.\n',
      '260만㎥',
    );
    assert.equal(loud(a).length, 0);
    assert.equal(a.status, 'supported');
    const g = figureJudged(
      water,
      '타호강 유역청은 8월 20일 발데카냐스 저수지에서 연간 190만㎥의 취수를 허가했다.\n',
      '190만㎥',
    );
    assert.equal(loud(g).length, 0);
    assert.equal(g.status, 'supported');
  });
  it('unseen-30: 260만㎥ given as granted (granted was 190만㎥)', () => {
    const j = figureJudged(
      u30,
      '타호강 유역청은 8월 20일 발데카냐스 저수지에서 연간 260만㎥의 취수를 허가했다.\n',
      '260만㎥',
    );
    assert.deepEqual(
      j.mismatches.map((f) => f.code),
      ['figure-mismatch'],
    );
  });
});

describe("judge26: a report's note style (개조식) closes a line with a predicate made a noun", () => {
  it('"연기됨", "증가함", "모집함", "늘었음" are no place names (they were, and set every source aside)', () => {
    const places = (t: string) => placesIn(t, 'ko', extractFigures(t, 'ko').figures);
    assert.deepEqual(places('1단계 300MW 가동 시점은 2027년 4분기에서 2028년 3분기로 연기됨.'), []);
    assert.deepEqual(places('9월 채용 공고에서 구미 라인 운영 인력 전체인 320명을 모집함.'), []);
    assert.deepEqual(places('사업비는 2,400억 원으로 늘었음.'), []);
    // (a name stays one: 샌드힐 윈드, 만하임)
    assert.deepEqual(places('샌드힐 윈드 사업비는 260억 달러에서 285억 달러로 증가함.'), ['ko:샌드힐', 'ko:윈드']);
    assert.ok(isPlaceWord('ko:만하임'));
  });
  it('unseen-31: a phase delayed to 2028년 3분기 (the sources say 2분기) is refuted (it was unsupported)', () => {
    const j = figureJudged(
      u31,
      '## 3. 미국 그레이트플레인스·중서부 북부 거점\n\n미국 3개 캠퍼스 합계 2.7GW: 네브래스카 샌드힐 윈드 1.2GW, 캔자스 시마론 리지 900MW, 미네소타 노빅 600MW.\n1단계 300MW 가동 시점은 2027년 4분기에서 2028년 3분기로 연기됨.\n',
      '2028년 3분기',
    );
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /2028년 2분기/);
  });
});

describe('judge26: a change of cost written once in its currency, under a region', () => {
  it('"260억 → 285억 달러": the level before the arrow is in the currency after it (it was read as won)', () => {
    const figs = (t: string) => extractFigures(t, 'ko').figures.map((f) => `${f.text}|${f.unit}|${f.value}`);
    assert.deepEqual(figs('| 샌드힐 윈드 | 1.2GW | 260억 → 285억 달러 |'), [
      '1.2GW|MW|1200',
      '260억|USD|26000000000',
      '285억 달러|USD|28500000000',
    ]);
    assert.deepEqual(figs('사업비는 260억 → 285억달러로 늘었다.'), [
      '260억|USD|26000000000',
      '285억달러|USD|28500000000',
    ]);
    // (won stays won, and a bare amount with no arrow after it is won, as before)
    assert.deepEqual(figs('1조 2천억 → 1조 5천억 원'), [
      '1조 2천억|KRW|1200000000000',
      '1조 5천억 원|KRW|1500000000000',
    ]);
    assert.deepEqual(figs('260억 투자'), ['260억|KRW|26000000000']);
  });
  it("unseen-31: 2,850억 달러 for the blog row's 285억 달러 is refuted, under a heading whose region the blog never names", () => {
    const j = figureJudged(
      u31,
      '## 3. 미국 그레이트플레인스·중서부 북부 거점\n\n미국 3개 캠퍼스 합계 2.7GW: 네브래스카 샌드힐 윈드 1.2GW, 캔자스 시마론 리지 900MW, 미네소타 노빅 600MW.\n샌드힐 윈드 사업비는 4월 발표 당시 260억 달러에서 2,850억 달러로 증가함.\n',
      '2,850억 달러',
    );
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /285억 달러/);
    const before = figureJudged(
      u31,
      '## 3. 미국 그레이트플레인스·중서부 북부 거점\n\n샌드힐 윈드 사업비는 4월 발표 당시 260억 달러에서 285억 달러로 증가함.\n',
      '285억 달러',
    );
    assert.equal(loud(before).length, 0);
  });
});

describe('judge26: energy (what a battery stores, what a PPA delivers in a year) is a kind of its own', () => {
  const figs = (t: string, lang: Lang) =>
    extractFigures(t, lang).figures.map((f) => `${f.text}|${f.kind}|${f.unit}|${f.value}`);
  it('GWh, MWh, TWh, 기가와트시 are read, in MWh, not as power nor skipped', () => {
    assert.deepEqual(figs('1.6 GW of solar and 4.8 GWh of storage', 'en'), [
      '1.6 GW|power|MW|1600',
      '4.8 GWh|energy|MWh|4800',
    ]);
    assert.deepEqual(figs('expected to supply about 1.4 TWh per year', 'en'), ['1.4 TWh|energy|MWh/year|1400000']);
    assert.deepEqual(figs('a battery energy storage system of 4.8 gigawatt-hours', 'en'), [
      '4.8 gigawatt-hours|energy|MWh|4800',
    ]);
    assert.deepEqual(figs('배터리 400MW(1,600MWh)가 함께 설치됨.', 'ko'), [
      '400MW|power|MW|400',
      '1,600MWh|energy|MWh|1600',
    ]);
    assert.deepEqual(figs('ESS 2.4GWh와 저장용량 3기가와트시', 'ko'), [
      '2.4GWh|energy|MWh|2400',
      '3기가와트시|energy|MWh|3000',
    ]);
  });
  it("unseen-30: the storage's first order (2.4GWh) given as the whole 4.8GWh the PPA builds is refuted", () => {
    const j = figureJudged(u30, '사하라 와트 파워가 20년 PPA에 따라 태양광 1.6GW와 ESS 2.4GWh를 짓는다.\n', '2.4GWh');
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /4\.8GWh/);
    const order = figureJudged(u30, '한별에너지솔루션은 겔밈 1단계 ESS 2.4GWh를 약 9,600억 원에 수주했다.\n', '2.4GWh');
    assert.equal(loud(order).length, 0);
    assert.equal(order.status, 'supported');
  });
});

describe('judge26: a part given as the whole, where the source states the amount as a part of a larger one', () => {
  // A job board's notice, as such notices write a first round of hiring.
  const hiring = corpusOf({
    'notice-ko.txt': [
      '[채용공고] 율림반도체 구미 HBM 패키징 라인 신입·경력 채용',
      '',
      '2026.09.14',
      '',
      '율림반도체는 구미국가산업단지 4단지에 HBM 어드밴스드 패키징 라인을 신설합니다. 구미 라인은 모두 600명 규모로 운영될 예정이며, 이번 1차 공고에서는 그중 320명을 채용합니다.',
      '',
      '나머지 인력은 내년 상반기 2차 공고에서 채용할 예정입니다.',
      '',
    ].join('\n'),
  });
  it('"운영 인력 전체인 320명" is refuted by the 600명 the notice gives the line (it was unsupported)', () => {
    const j = figureJudged(
      hiring,
      '9월 채용 공고에서 율림반도체 구미 라인 운영 인력 전체인 320명을 모집함.\n',
      '320명',
    );
    assert.equal(j.mismatches.length, 1);
    assert.match(j.mismatches[0].message, /600명/);
  });
  it('the part as a part, or a total that is no whole of the staff, is not', () => {
    const part = figureJudged(
      hiring,
      '율림반도체 구미 라인 운영 인력 600명 가운데 320명을 9월 1차 공고로 모집함.\n',
      '320명',
    );
    assert.equal(loud(part).length, 0);
    const total = figureJudged(hiring, '율림반도체는 9월 1차 공고로 구미 라인 인력 총 320명을 모집함.\n', '320명');
    assert.equal(loud(total).length, 0);
  });
  it("unseen-31: the first round's 320명 given as the whole line's staff", () => {
    const j = figureJudged(u31, '9월 채용 공고에서 구미 라인 운영 인력 전체인 320명을 모집함.\n', '320명');
    assert.equal(j.mismatches.length, 1);
  });
});
