// Speakers in forms the extractor did not read, and quotations across languages (issue 10, xquote18). The articles of
// test/fixtures/unseen-xquote18/ were written first (a Korean TV transcript with caption labels, an English trade
// weekly and a Korean daily on Stargate's Haenam campus, quoting a Korean county head and resident, an English-speaking
// executive and a Japanese one), the reports and keys after.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { extractQuotes } from '../../server/src/extract/quotes';
import { namesAlike, parsePerson } from '../../server/src/extract/people';
import { splitSentences } from '../../server/src/text/sentences';
import { ROOT } from './reports';
import { loadSources, quoteJudged } from './judged';

const DIR = path.join(ROOT, 'test', 'fixtures', 'unseen-xquote18');
let corpus: Corpus | undefined;
const sources = () => (corpus ??= loadSources(path.join(DIR, 'sources')));
const quoteAt = (text: string) => quoteJudged(sources(), text);
function speakers(text: string) {
  return extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }])).map((q) => [
    q.speaker?.text,
    q.person,
  ]);
}

describe('xquote18: a TV transcript’s caption labels name the speaker of the quotation under them', () => {
  it('[인터뷰 자막: 이름 / 직함] and [인터뷰] 이름 직함 give the next quoted line to that person', () => {
    const text = fs.readFileSync(path.join(DIR, 'sources', 'hbs-news-haenam-transcript-ko.txt'), 'utf8');
    assert.deepEqual(speakers(text), [
      ['마크 할로웨이', '마크 할로웨이'],
      ['박정수', '박정수'],
      ['이복순', '이복순'],
    ]);
  });
  it('a caption with no quotation under it gives no one words, and a reporter’s line after it is no quotation', () => {
    const text =
      '[인터뷰 자막: 박정수 / 해남군수]\n해남군은 다음 달 주민 설명회를 엽니다.\n\n[기자]\n"주민 설명회"는 다음 달입니다.\n';
    assert.deepEqual(speakers(text), []);
  });
  it('a county head’s words under his caption, given to a resident, are quote-misattributed', () => {
    const r = quoteAt(
      '- 박정수 군수는 "송전탑 들어올 때도 동네 좋아진다고 했어요. 이번에는 약속을 글로 받아둬야죠"라고 말했다.\n',
    );
    assert.equal(r.status, 'misattributed');
    assert.deepEqual(r.codes, ['quote-misattributed/warning']);
    const own = quoteAt('- 이복순 산이면 주민은 "이번에는 약속을 글로 받아둬야죠"라고 했다.\n');
    assert.equal(own.status, 'supported');
    assert.deepEqual(own.codes, []);
  });
});

describe('xquote18: a Japanese name in Hangul, family name first, is one person’s name', () => {
  it('the two words before the organisation are the name, though the second looks Korean or ends like a city', () => {
    assert.equal(parsePerson('이시즈카 마사토 호쿠요전력 사장')?.name, '이시즈카 마사토');
    assert.equal(parsePerson('다나베 히로시 소프트뱅크 한국 데이터센터 사업총괄')?.name, '다나베 히로시');
  });
  it('a family name of one consonant (Holloway, 할로웨이) is alike beside a given name alike by the full measure', () => {
    assert.ok(namesAlike('마크 할로웨이', 'Mark Holloway'));
    assert.ok(!namesAlike('마크 할로웨이', 'Mark Halliday'));
    assert.ok(!namesAlike('리사 할로웨이', 'Mark Holloway'));
  });
  it('a Korean name after a company, or a city before a title, is read as before', () => {
    assert.equal(parsePerson('포스코 이도윤 부사장')?.name, '이도윤');
    assert.equal(parsePerson('노바전력 김민호 대표')?.name, '김민호');
    assert.equal(parsePerson('이도윤 포스코 부사장')?.name, '이도윤');
    assert.equal(parsePerson('포항시 관계자'), undefined);
  });
  it('an executive’s words given to a Japanese executive written family name first are quote-misattributed', () => {
    const r = quoteAt('- 다나베 히로시 총괄은 "2028년까지 300메가와트를 켜는 것이 목표"라고 했다.\n');
    assert.equal(r.status, 'misattributed');
    assert.deepEqual(r.codes, ['quote-misattributed/warning']);
    const own = quoteAt(
      '- 다나베 히로시 소프트뱅크 사업총괄은 "일본 고객도 해남 데이터센터를 쓰게 될 것"이라고 말했다.\n',
    );
    assert.deepEqual(own.codes, []);
  });
});

describe('xquote18: two Korean renderings of an English speaker’s words are no misquote of each other', () => {
  it('a word another outlet’s rendering of the same speaker uses, or sentences joined, is the translator’s', () => {
    // 남도일보: "해남은 햇빛과 전력망이 만나는 …"; HBS's caption: "햇빛과 송전망이 한곳에 모인 드문 곳입니다."
    const r = quoteAt('- 할로웨이 부사장은 "해남은 햇빛과 송전망이 만나는 몇 안 되는 곳"이라고 했다.\n');
    assert.deepEqual(r.codes, []);
    const joined = quoteAt(
      '- 할로웨이 부사장은 "해남은 햇빛과 송전망이 한곳에 모인 드문 곳이고, 2028년까지 300메가와트를 켜는 것이 목표"라고 했다.\n',
    );
    assert.deepEqual(joined.codes, []);
  });
  it('a word no rendering has is still a misquote', () => {
    const r = quoteAt('- 할로웨이 부사장은 "해남은 햇빛과 바람이 만나는 몇 안 되는 곳"이라고 했다.\n');
    assert.deepEqual(r.codes, ['quote-mismatch/warning']);
  });
  it('the words of a Korean speaker in Korean are compared word for word, as before', () => {
    const r = quoteAt(
      '- 이복순 주민은 "송전탑 들어올 때도 동네 좋아진다고 했어요. 이번에도 약속을 글로 받아둬야죠"라고 말했다.\n',
    );
    assert.deepEqual(r.codes, ['quote-mismatch/warning']);
  });
});

describe('xquote18: a transcript’s speaker labels in capitals name the speaker', () => {
  it('“**MARK HOLLOWAY:**” and “**HOLLOWAY:**” are Mark Holloway’s turns, “**BRANDT:**” Julia Brandt’s', () => {
    const text = fs.readFileSync(path.join(DIR, 'sources', 'power-hour-podcast-holloway.md'), 'utf8');
    const people = speakers(text).map(([, person]) => person);
    assert.deepEqual(people, [
      'Julia Brandt',
      'Mark Holloway',
      'Julia Brandt',
      'Mark Holloway',
      'Julia Brandt',
      'Mark Holloway',
      'Julia Brandt',
      'Mark Holloway',
    ]);
  });
  it('his English words given to the county head are quote-misattributed', () => {
    const r = quoteAt('- County head Park Jeong-su said: "We owe the farmers that in writing."\n');
    assert.equal(r.status, 'misattributed');
    assert.deepEqual(r.codes, ['quote-misattributed/warning']);
  });
});
