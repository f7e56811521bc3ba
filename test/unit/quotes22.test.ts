// Quotations given to the wrong person, in one language and across two (session 22): the planted quote-misattributed
// lines of the tuning sets that got nothing, traced to their causes. The articles of test/fixtures/unseen-quotes22
// were written as their outlets write them (a podcast's show notes with pull quotes, a Korean provincial council's
// minutes with an interpreted witness) before the rules. Each case failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { crossUnits } from '../../server/src/judge/crossQuotes';
import { everydayPairs } from '../../server/src/domain/vocab';
import { parsePerson } from '../../server/src/extract/people';
import { extractQuotes } from '../../server/src/extract/quotes';
import { splitSentences } from '../../server/src/text/sentences';
import { loadSources, quoteJudged } from './judged';

const corpus = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-quotes22', 'sources'));
const misattributed = (j: { codes: string[] }) => j.codes.filter((c) => c.startsWith('quote-misattributed'));

describe('quotes22: a pull quote signed on the line below it', () => {
  it('"“…”¶— Derek Amundsen" is Amundsen\'s: given to Quintana, quote-misattributed', () => {
    const j = quoteJudged(
      corpus,
      '# Pecos Bend\n\nQuintana put it bluntly: "Six hundred megawatts on a rural co-op is not a customer, it is a new county."\n',
    );
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /Derek Amundsen/);
  });
  it('…and given to him, a ✓', () => {
    const j = quoteJudged(
      corpus,
      '# Pecos Bend\n\nAmundsen put it bluntly: "Six hundred megawatts on a rural co-op is not a customer, it is a new county."\n',
    );
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
});

describe("quotes22: a minutes' witness named after the role, in Hangul, through an interpreter", () => {
  it('"○참고인 헨리크 달스가드  (통역) …" are his words: rendered in English and given to the councillor asking, quote-misattributed', () => {
    const j = quoteJudged(
      corpus,
      '# Sacheon\n\n- Councillor Yoon Seo-a said: "Sacheon was the only place on the south coast with both a port and a transmission grid."\n',
    );
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /달스가드/);
  });
  it('…and given to him, no flag', () => {
    const j = quoteJudged(
      corpus,
      '# Sacheon\n\n- Henrik Dalsgaard said: "Sacheon was the only place on the south coast with both a port and a transmission grid."\n',
    );
    assert.deepEqual(
      j.codes.filter((c) => !c.endsWith('/information')),
      [],
    );
  });
});

describe('quotes22: a source speaker found through a pronoun, named in the sentence right before', () => {
  const line = (who: string) =>
    `# Salt Draw\n\n- ${who} promised: "Every gallon they pump from the district's wells will be on the county's website the month they pump it."\n`;
  it('"Chair Villanueva said … . “…,” she said": given to a commissioner the minutes name elsewhere, quote-misattributed', () => {
    const j = quoteJudged(corpus, line('Commissioner Grace Whitlow'));
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /Teresa Villanueva/);
  });
  it('…not when the report’s person is written in the sentences just before (the pronoun may be theirs)', () => {
    const j = quoteJudged(corpus, line('Commissioner Omar Haddad'));
    assert.deepEqual(misattributed(j), []);
  });
  it('…nor for a person the minutes never write (a spokesperson may repeat the words)', () => {
    const j = quoteJudged(corpus, line('County spokesman Neil Parrish'));
    assert.deepEqual(misattributed(j), []);
  });
  it('…and given to the chair, a ✓', () => {
    const j = quoteJudged(corpus, line('Chair Teresa Villanueva'));
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
});

describe('quotes22: …and across languages, the report naming its person in Hangul', () => {
  const line = (who: string) =>
    `# 솔트드로\n\n- ${who}은 "관정에서 퍼 올리는 물은 1갤런까지 그달 카운티 웹사이트에 올라갈 것"이라고 말했다.\n`;
  it('the chair’s words in Korean given to a commissioner the minutes name elsewhere: quote-misattributed', () => {
    const j = quoteJudged(corpus, line('그레이스 휘틀로 위원'));
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /Teresa Villanueva/);
  });
  it('…not when the person is written in the sentence the pronoun reaches back to', () => {
    const j = quoteJudged(corpus, line('오마르 하다드 위원'));
    assert.deepEqual(misattributed(j), []);
  });
});

describe('quotes22: a speaker whose stance opens the quotation after a colon', () => {
  const line = (lead: string) =>
    `# Pecos Bend\n\n${lead}: "Six hundred megawatts on a rural co-op is not a customer, it is a new county."\n`;
  it('"Pecos Renewables president Marisol Quintana was more cautious: “…”" gives the words to Quintana: quote-misattributed', () => {
    const j = quoteJudged(corpus, line('Pecos Renewables president Marisol Quintana was more cautious'));
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /Derek Amundsen/);
  });
  it('…"Amundsen was blunter: “…”", a ✓', () => {
    const j = quoteJudged(corpus, line('Amundsen was blunter'));
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
});

describe('quotes22: words that link a rendering to its original', () => {
  it('an English compound of a hyphen links by its parts ("fastest-built": built, as 짓다)', () => {
    const keys = crossUnits('It will be the fastest-built campus in Asia', 'en').keys;
    const build = everydayPairs('built');
    assert.ok(build.length);
    for (const p of build) assert.ok(keys.includes('v:' + p), keys.join(' '));
  });
  it('짓다 in all its forms, the irregular 지어·지으 too (지어지는, 지어진, 지으면), is build', () => {
    const build = everydayPairs('짓는');
    assert.ok(build.length);
    for (const w of ['지어지는', '지어진', '지으면', '지어야'])
      assert.deepEqual(
        everydayPairs(w).filter((p) => build.includes(p)),
        build,
        w,
      );
  });
});

describe('quotes22: Korean quotations whose speaker the sentence names in another way', () => {
  it('"정미숙 회장은 “…”이라며¶“…”고 말했다", one sentence broken at a line end: the second is hers too', () => {
    const j = quoteJudged(
      corpus,
      '# 사천\n\n- 박기현 사천시 해양수산과장은 "온배수가 한 번 들어오면 전어 어장은 다시 돌아오지 않는다"고 말했다.\n',
    );
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /정미숙/);
  });
  it('…and given to her, a ✓', () => {
    const j = quoteJudged(
      corpus,
      '# 사천\n\n- 정미숙 회장은 "온배수가 한 번 들어오면 전어 어장은 다시 돌아오지 않는다"고 말했다.\n',
    );
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
  it('a headline "[속보] 노경태 사천시장 “…다…끝났다”", a whole sentence and no verb after it: the mayor’s words', () => {
    const j = quoteJudged(
      corpus,
      '# 사천\n\n- 정미숙 회장은 "사천은 바다와 전력이 함께 있는 도시다…준비는 끝났다"고 말했다.\n',
    );
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /노경태/);
    assert.doesNotMatch(j.message, /속보/);
  });
  it('…whose speaker phrase is the name and title, not the bracketed tag before them', () => {
    const q = corpus.sources.flatMap((s) => s.quotes).find((x) => x.text.startsWith('사천은 바다와 전력이'));
    assert.equal(q?.speaker?.text, '노경태 사천시장');
  });
});

describe('quotes22: a Western name in Hangul whose family name is one syllable', () => {
  const speakerOf = (text: string) =>
    extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }]))[0]?.speaker?.text;
  it('"나오미 펠 레저라인 전략가는 “…”": the phrase is the whole name and title, the name 나오미 펠', () => {
    assert.equal(
      speakerOf('나오미 펠 레저라인 전략가는 "임차인이 곧 담보"라고 평가했다.'),
      '나오미 펠 레저라인 전략가',
    );
    const p = parsePerson('나오미 펠 레저라인 전략가');
    assert.equal(p?.name, '나오미 펠');
    assert.equal(p?.surname, '펠');
    assert.equal(p?.org, '레저라인');
  });
  it('…while a Korean name before 전, 현 or a Korean surname stays the Korean name', () => {
    assert.equal(parsePerson('김민호 전 장관')?.name, '김민호');
    assert.equal(parsePerson('이도윤 현 대표')?.name, '이도윤');
    assert.equal(parsePerson('한빛투자증권 김서연 투자전략가')?.name, '김서연');
  });
});
