// Quotations given to the wrong person (session 23): the planted quote-misattributed lines of the tuning sets that got
// nothing, traced to their causes. The articles of test/fixtures/unseen-quotes23 were written as their outlets write
// them (a county weekly's hearing story, a state news agency's groundbreaking report and a Korean blogger's post on the
// same ceremony) before the rules. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import * as path from 'path';
import { everydayPairs } from '../../server/src/domain/vocab';
import { parsePerson, surnamesAlike } from '../../server/src/extract/people';
import { extractQuotes } from '../../server/src/extract/quotes';
import { splitSentences } from '../../server/src/text/sentences';
import { loadSources, quoteJudged } from './judged';

const corpus = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-quotes23', 'sources'));
const misattributed = (j: { codes: string[] }) => j.codes.filter((c) => c.startsWith('quote-misattributed'));

describe('quotes23: a person named in a relative clause describing the speaker is no relay', () => {
  const line = (who: string) =>
    `# Cedar Fork\n\n- ${who} said: "We have pumped the same aquifer for four generations, and nobody has ever asked us what it can stand."\n`;
  it('"“…,” said Luther Whitaker, who … is Dale Whitaker\'s brother": given to Dale Whitaker, quote-misattributed', () => {
    const j = quoteJudged(corpus, line('Commissioner Dale Whitaker'));
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /Luther Whitaker/);
  });
  it('…and given to Luther Whitaker, a ✓', () => {
    const j = quoteJudged(corpus, line('Luther Whitaker'));
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
  it('…but a clause that speaks of answering the person ("who was answering a question from P") may be a relay: no flag', () => {
    const j = quoteJudged(corpus, '# Cedar Fork\n\n- Commissioner Ann Pruitt said: "Our wells were here first."\n');
    assert.deepEqual(misattributed(j), []);
  });
});

describe("quotes23: the speaker's title in another sentence's subject: an office of the body it heads, then the name", () => {
  it('"Vice Chairman of the provincial People\'s Committee X said …. “…,” he said": the pronoun is X', () => {
    const text =
      'Speaking at the ceremony, Chairwoman of the provincial People\'s Committee Le Thi Thu Hang said the project reflected the province\'s efforts.\n\n"Ha Nam has grown rice for the country; now it will grow data for the world," she said.\n';
    const qs = extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }]));
    assert.equal(qs.length, 1);
    assert.equal(qs[0].speaker?.text, 'Le Thi Thu Hang');
  });
  it('…a body\'s name with no person after it is no subject ("Director of the Ha Nam Department of Planning said")', () => {
    const text =
      'Speaking at the ceremony, Director of the provincial Department of Planning and Investment said the plan was ready.\n\n"We are ready," he said.\n';
    const qs = extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }]));
    assert.notEqual(qs[0]?.speaker?.text, 'Planning and Investment');
  });
});

describe('quotes23: a name in Hangul read as the foreign name it is', () => {
  it('a family name with a syllable ㅋ opens (오카포, 오캄포) is no Korean name: "스타게이트의 대니얼 오카포 아태 부지 총괄"', () => {
    const p = parsePerson('스타게이트의 리아 오캄포 아태 부지 총괄');
    assert.equal(p?.name, '리아 오캄포');
    assert.equal(p?.surname, '오캄포');
  });
  it('…while a Korean name stays one ("노바전력 김민호 대표", "오경수 사장")', () => {
    assert.equal(parsePerson('노바전력 김민호 대표')?.name, '김민호');
    assert.equal(parsePerson('오경수 사장')?.name, '오경수');
  });
  it('a title of the civil service ending in 관 (청문관, 감독관) closes the phrase: "테레사 몬카다 청문관"', () => {
    assert.equal(parsePerson('테레사 몬카다 청문관')?.name, '테레사 몬카다');
  });
  it('the part of the world a post covers is no half of the name: "베르톨리 유럽 총괄" is 베르톨리', () => {
    const p = parsePerson('베르톨리 유럽 총괄');
    assert.equal(p?.surname, '베르톨리');
    assert.equal(p?.name, undefined);
  });
});

describe('quotes23: words no source in their language gives to anyone by name, whose original names its speaker', () => {
  const line = (who: string) =>
    `# 하남\n\n${who} "하남은 나라를 위해 쌀을 키워 왔습니다. 이제는 세계를 위해 데이터를 키울 것입니다"라고 말했다.\n`;
  it("a blog's block quotation after “the chairwoman's words came out through the interpreter”: given to the venture's man, quote-misattributed", () => {
    const j = quoteJudged(corpus, line('스타게이트의 마커스 베넷 아태 부지 총괄은'));
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /Le Thi Thu Hang/);
  });
  it('…given to her, no flag', () => {
    const j = quoteJudged(corpus, line('레티투항 하남성 인민위원회 위원장은'));
    assert.deepEqual(misattributed(j), []);
  });
});

describe('quotes23: everyday words of speech across the two languages', () => {
  const linked = (ko: string, en: string) => everydayPairs(ko).some((p) => everydayPairs(en).includes(p));
  for (const [ko, en] of [
    ['이제는', 'now'],
    ['지금', 'now'],
    ['아직', 'yet'],
    ['아무도', 'nobody'],
    ['손으로', 'hands'],
    ['지붕으로', 'roof'],
    ['숫자', 'number'],
    ['신뢰', 'trusted'],
    ['휴대폰을', 'phones'],
    ['데울', 'warm'],
    ['캐던', 'dug'],
    ['망가지면', 'ruined'],
    ['돌아오지', 'back'],
    ['돌아올', 'returns'],
  ])
    it(`${ko} / ${en}`, () => assert.ok(linked(ko, en)));
  it('…and not what only begins like one (캐나다 is no digging, 지금껏 aside)', () => {
    assert.ok(!linked('캐나다', 'dug'));
  });
});

describe("quotes23: the speaker's own name is read, title and all", () => {
  it('"“…,” said Commissioner of Economic Development Carla Nunn": given to Carla Nunn, no flag', () => {
    const j = quoteJudged(
      corpus,
      '# Cedar Fork\n\n- Carla Nunn, the state\'s economic development commissioner, said "Marlow County showed every company in the country that rural Georgia can deliver the land and the people."\n',
    );
    assert.deepEqual(misattributed(j), []);
  });
});

describe('quotes23: a family name heard across the two scripts', () => {
  it('a gh before a vowel is said g in names from other languages: Raghavan is 라가반, Meghan 메건', () => {
    assert.ok(surnamesAlike('Raghavan', '라가반'));
    assert.ok(surnamesAlike('Meghan', '메건'));
  });
  it('…while English leaves it unsaid (Vaughan 본) as before', () => {
    assert.ok(surnamesAlike('Vaughan', '본'));
  });
});
