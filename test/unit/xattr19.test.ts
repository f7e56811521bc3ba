// Quotations given to the wrong speaker in the other language (issue 10, xattr19). The articles of
// test/fixtures/unseen-xattr19/ were written first (The Atacama Courier on a wind-powered campus at Mejillones, Chile,
// quoting the developer's project director, the mayor and an olive grower; 서해일보 on a data centre beside Sinan's
// offshore wind farms, quoting the developer's chief executive, the county head and a laver farmer), the reports and
// keys after. A translation keeps few words a machine can pair without a dictionary (figures, concepts, names spelt
// in the other script): "항구의 바닷물로 홀을 식히고 해안의 바람으로 돌리겠다" renders "We will cool the halls with
// seawater from the port and run them on wind from the coast", and links through none of them. Everyday words of the
// two languages (domain/vocab.json) link them; the speakers are then compared as before.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { everydayPairs } from '../../server/src/domain/vocab';
import { extractQuotes } from '../../server/src/extract/quotes';
import { parsePerson } from '../../server/src/extract/people';
import { splitSentences } from '../../server/src/text/sentences';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';
import { loadSources, quoteJudged } from './judged';

const DIR = path.join(ROOT, 'test', 'fixtures', 'unseen-xattr19');
let corpus: Corpus | undefined;
const sources = () => (corpus ??= loadSources(path.join(DIR, 'sources')));
const quoteAt = (text: string) => quoteJudged(sources(), text);

describe('xattr19: everyday words pair across the languages', () => {
  it('a Korean noun with a particle, a Korean stem with an ending, an English plural or ending', () => {
    const same = (a: string, b: string) => everydayPairs(a).some((p) => everydayPairs(b).includes(p));
    assert.ok(same('바닷물로', 'seawater'));
    assert.ok(same('물은', 'water'));
    assert.ok(same('식힌다', 'cooled'));
    assert.ok(same('식히고', 'cooling'));
    assert.ok(same('항구의', 'ports'));
    assert.ok(same('바람이', 'wind'));
    assert.ok(same('주민이', 'residents'));
  });
  it('words of money and of land as plainly as of water', () => {
    // "임차인이 곧 담보" / "The tenant is the collateral"; "용량에 돈을 대는 것" / "financing capacity"; "내 우물은
    // 다르게 말한다" / "My wells say otherwise"; "갯벌 메울 때도" / "When they filled in the tidal flats".
    const same = (a: string, b: string) => everydayPairs(a).some((p) => everydayPairs(b).includes(p));
    assert.ok(same('임차인이', 'tenant'));
    assert.ok(same('담보', 'collateral'));
    assert.ok(same('돈을', 'financing'));
    assert.ok(same('우물은', 'well'));
    assert.ok(same('다르게', 'otherwise'));
    assert.ok(same('메울', 'filled'));
  });
  it('another word that begins like one is not it', () => {
    // 물가 (prices), 강도 (strength), 바람직 (desirable), 강조 (stress): a one-syllable noun takes no 가 or 도, a noun
    // no ending but a particle or copula.
    for (const w of ['물가', '강도', '바람직하다', '강조했다', '섬세한', 'windows', 'watery'])
      assert.deepEqual(everydayPairs(w), [], w);
  });
});

describe('xattr19: a noun made a verb, a season', () => {
  it('약속한다 is promise, 확인했다 check; 강한 (strong) is no river', () => {
    const same = (a: string, b: string) => everydayPairs(a).some((p) => everydayPairs(b).includes(p));
    assert.ok(same('약속한다', 'promises'));
    assert.ok(same('확인했다', 'checked'));
    assert.ok(same('여름마다', 'summer'));
    assert.ok(!same('강한', 'river'));
  });
});

describe('xattr19: the subject set off by a clause with a number in it', () => {
  const speakers = (text: string) =>
    extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }])).map((q) => q.speaker?.text);
  it('a thousands separator ends no clause: the pronoun after is the subject of the sentence before', () => {
    assert.deepEqual(
      speakers(
        'Commissioner Dale Ormsby said the county had secured a payment. "This is the deal we asked for," Ormsby said.\n\nMarla Quist, who has farmed 1,200 acres along the Truckee River since 1994, said she was not against the project. "Every summer the river gets lower," she said.',
      ),
      ['Ormsby', 'Marla Quist'],
    );
  });
});

describe('xattr19: a name in Hangul ending as an organisation does', () => {
  it('로시, 마시, 스리니바사 beside a plain name word are a name', () => {
    assert.equal(parsePerson('루치아 로시 롬바르디아주 경제개발 담당 의원')?.name, '루치아 로시');
    assert.equal(parsePerson('콜린 마시 GMB 지역 사무총장')?.name, '콜린 마시');
    assert.equal(parsePerson('스리니바사 라오 IT 장관')?.name, '스리니바사 라오');
  });
  it('a city before a foreign name is no given name, nor is a city alone a person', () => {
    assert.notEqual(parsePerson('울산시 존 스미스 고문')?.name, '울산시 존');
    assert.equal(parsePerson('포항시 관계자'), undefined);
    assert.equal(parsePerson('서울시 교통국 국장'), undefined);
  });
  it('a surname alone after the full name with such an ending is that person', () => {
    const text =
      '스리니바사 라오 IT 장관은 "비자그는 인도의 AI 해안이 될 것"이라고 말했다.\n\n라오 장관은 "우리는 식수를 달라고 하지 않는다"고 말했다.';
    const qs = extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }]));
    assert.equal(qs[1].person, '스리니바사 라오');
  });
  it("the developer's words given to 루치아 로시 are quote-misattributed", () => {
    const r = quoteAt(
      '루치아 로시 롬바르디아주 경제개발 담당 의원은 "용광로가 있던 자리에 서버를 놓고, 그 열로 세스토의 1만 가구를 데우겠다"고 말했다.\n',
    );
    assert.equal(r.status, 'misattributed');
    assert.match(r.message, /Paolo Ferri/);
  });
});

describe('xattr19: a translated quotation given to another person', () => {
  it("the mayor's English words rendered in Korean and given to the olive grower are quote-misattributed", () => {
    const r = quoteAt(
      '엑토르 파레데스 씨는 "사막은 1년 내내 해와 바람을 주지만, 남는 물은 한 방울도 없다"고 말했다.\n',
    );
    assert.equal(r.status, 'misattributed');
    assert.deepEqual(r.codes, ['quote-misattributed/warning']);
    assert.match(r.message, /Rojas/);
  });
  it("the grower's English words rendered in Korean and given to the project director are quote-misattributed", () => {
    const r = quoteAt(
      '루카스 브레넌 사업총괄은 "구리 공장이 들어올 때도 도로와 일자리를 약속했다. 이번에는 약속을 문서로 받겠다"고 했다.\n',
    );
    assert.equal(r.status, 'misattributed');
  });
  it("the farmer's Korean words rendered in English and given to the county head are quote-misattributed", () => {
    const r = quoteAt(
      'Sinan county head Kim Young-min said: "When the wind farm came they also said the fishing grounds would be fine. This time residents will check the water dumped into the sea themselves."\n',
    );
    assert.equal(r.status, 'misattributed');
  });
  it("the chief executive's words given to the farmer, whose own words share two of theirs, are quote-misattributed", () => {
    // 박순자's own quotation shares wind (풍력) and sea (바다) with the report's: two everyday links against six, no
    // rival rendering.
    const r = quoteAt(
      'Park Soon-ja, who farms laver in Jido-eup, said: "The island\'s wind runs the servers and the sea cools them."\n',
    );
    assert.equal(r.status, 'misattributed');
  });
  it('a line of two words rendered whole and given to another person is quote-misattributed', () => {
    // "The lease is the collateral" (Imogen Hale) and "임대가 곧 담보": both words of each link, and nothing else does.
    const r = quoteAt('마르틴 비달 앤디스 컴퓨트 CFO는 대출 구조에 대해 "임대가 곧 담보"라고 설명했다.\n');
    assert.equal(r.status, 'misattributed');
    assert.match(r.message, /Imogen Hale/);
  });
  it('two words linked of a longer line are not enough', () => {
    // "임대와 담보가 모자라다" links lease and collateral, but not what it says of them (모자라다: nothing of Hale's).
    const r = quoteAt('마르틴 비달 CFO는 "임대와 담보가 모자라다"고 말했다.\n');
    assert.notEqual(r.status, 'misattributed');
  });
  it("the farmer's words, after the sentence naming her by a pronoun, given to the commissioner are quote-misattributed", () => {
    const r = quoteAt(
      '데일 옴스비 카운티 위원은 "여름마다 강물은 줄어들고, 여름마다 누군가는 그렇지 않을 거라고 약속한다"고 말했다.\n',
    );
    assert.equal(r.status, 'misattributed');
    assert.match(r.message, /Marla Quist/);
  });
  it("each speaker's own words in translation are no misattribution", () => {
    for (const line of [
      '루카스 브레넌 앤디스 컴퓨트 사업총괄은 "항구의 바닷물로 홀을 식히고 해안의 바람으로 돌리겠다"고 말했다.\n',
      '카밀라 로하스 메히요네스 시장은 "사막은 1년 내내 해와 바람을 주지만, 남는 물은 한 방울도 없다"고 했다.\n',
      'Hanbit Cloud chief executive Choi Sung-ho said: "The island\'s wind runs the servers and the sea cools them. There is no other site like this in the country."\n',
      'Kim Young-min also said: "Half of the jobs will go to Sinan\'s young people."\n',
      '이머전 헤일 타로캐피털 인프라금융 대표는 "임대가 곧 담보"라고 했다.\n',
      '마를라 퀴스트 씨는 "여름마다 강물은 줄어들고, 여름마다 누군가는 그렇지 않을 거라고 약속한다"고 했다.\n',
      '루치아 로시 의원은 "롬바르디아는 인허가 대기열 때문에 이 사업을 잃지 않겠다"고 했다.\n',
      '파올로 페리 코비드 디지털 유럽 대표는 "용광로가 있던 자리에 서버를 놓고, 그 열로 세스토의 1만 가구를 데우겠다"고 했다.\n',
    ]) {
      const r = quoteAt(line);
      assert.notEqual(r.status, 'misattributed', line);
      assert.ok(!r.codes.includes('quote-misattributed/warning'), line);
    }
  });
  for (const report of ['chile-korea-sites-ko', 'coastal-campuses-en'])
    it(`${report}: every planted line caught, every true line clean`, () => {
      const s = scoreReport(path.join(DIR, 'reports', `${report}.key.json`));
      assert.equal(
        s.found,
        s.planted,
        s.lines
          .filter((l) => !l.pass)
          .map((l) => `${l.line}: ${l.got}`)
          .join('; '),
      );
      assert.equal(s.trueClean, s.trueLines);
    });
});
