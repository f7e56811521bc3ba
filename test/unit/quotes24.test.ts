// Quotations the checker found no source quotation to compare with (session 24): the planted quote-mismatch and
// quote-misattributed lines of unseen-26 and unseen-27 that got "quote unknown" / "quote unsupported", traced to their
// causes. The articles of test/fixtures/unseen-quotes24 were written as their outlets write them (a transcript service's
// earnings call in Markdown, a regional broadcaster's news script) before the rules. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import * as path from 'path';
import { everydayPairs } from '../../server/src/domain/vocab';
import { namesAlike } from '../../server/src/extract/people';
import { extractQuotes } from '../../server/src/extract/quotes';
import { splitSentences } from '../../server/src/text/sentences';
import { loadSources, quoteJudged } from './judged';

const corpus = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-quotes24', 'sources'));
const quoteCodes = (j: { codes: string[] }) => j.codes.filter((c) => c.startsWith('quote-'));
const quotesOf = (text: string) => extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }]));

describe('quotes24: a Markdown call transcript sets each label in emphasis, the name apart from the title', () => {
  it('"**Marcus Ellery** -- *Chief Executive Officer*" over his words: the turn is his', () => {
    const text =
      '**Operator**\n\nOur first question comes from Tom Becker.\n\n**Tom Becker** -- *Larchmont Capital -- Analyst*\n\nIs that a disappointment?\n\n**Marcus Ellery** -- *Chief Executive Officer*\n\nNot at all. Marcus Ellery has said so before.\n\n**Priya Natarajan** -- *Chief Financial Officer*\n\nThank you, Marcus. Priya Natarajan here, and Tom Becker asked well.\n';
    const qs = quotesOf(text);
    assert.deepEqual(
      qs.map((q) => q.speaker?.text),
      ['Tom Becker', 'Marcus Ellery', 'Priya Natarajan'],
    );
  });
  const line = (who: string, words: string) =>
    `# Kestrel Grid\n\n- Asked about the smaller order, ${who} replied: "${words}"\n`;
  it("the CFO's answer given to the chief executive: quote-misattributed", () => {
    const j = quoteJudged(
      corpus,
      line('chief executive Marcus Ellery', 'The firm order is smaller than the framework, and we wanted it that way.'),
    );
    assert.deepEqual(quoteCodes(j), ['quote-misattributed/warning']);
    assert.match(j.message, /Priya Natarajan/);
  });
  it('…given to her, a ✓', () => {
    const j = quoteJudged(
      corpus,
      line('Priya Natarajan', 'The firm order is smaller than the framework, and we wanted it that way.'),
    );
    assert.deepEqual(quoteCodes(j), []);
    assert.equal(j.status, 'supported');
  });
  it("a word changed in the chief executive's prepared remarks: quote-mismatch", () => {
    const j = quoteJudged(
      corpus,
      line('Marcus Ellery', 'We are not a vendor to these campuses; we are the substation they cannot open without.'),
    );
    assert.deepEqual(quoteCodes(j), ['quote-mismatch/warning']);
    assert.match(j.message, /switchyard/);
  });
});

describe('quotes24: a broadcast script\'s cue names who speaks ("◀ INT ▶ 이름 / 직함")', () => {
  it('the words under "◀ INT ▶ 오민정 / 서산시의회 데이터센터 특별위원장" are hers; "◀ SYNC ▶ 화곡리 주민" names no one', () => {
    const text =
      '◀ SYNC ▶ 화곡리 주민\n"철탑이 몇 개나 들어오는지 아무도 말을 안 해줘요."\n\n◀ INT ▶ 오민정 / 서산시의회 데이터센터 특별위원장\n"주민이 모르는 변전소는 서산 어디에도 들어설 수 없습니다."\n';
    const qs = quotesOf(text);
    assert.deepEqual(
      qs.map((q) => q.speaker?.text),
      [undefined, '오민정'],
    );
  });
  const line = (who: string) =>
    `# 서산\n\n${who} "주민이 모르는 변전소는 서산 어디에도 들어설 수 없습니다"라고 말했다.\n`;
  it("the council member's words given to the developer's chief: quote-misattributed", () => {
    const j = quoteJudged(corpus, line('한지훈 대산그리드 대표는'));
    assert.deepEqual(quoteCodes(j), ['quote-misattributed/warning']);
    assert.match(j.message, /오민정/);
  });
  it('…given to her, a ✓', () => {
    const j = quoteJudged(corpus, line('오민정 의원은'));
    assert.deepEqual(quoteCodes(j), []);
    assert.equal(j.status, 'supported');
  });
});

describe("quotes24: a place an outlet's Korean rendering names, changed in the report, is a misquote", () => {
  const line = (place: string, verb = '가로질러') =>
    `# 한빛케이블\n\n강지훈 대표는 "우리 배는 10년 동안 ${place} ${verb} 케이블을 깔아 왔습니다. 조호르는 쉬운 쪽입니다"라고 말했다.\n`;
  it('"대만해협" (the Taiwan Strait of the English original) made "남중국해": quote-mismatch', () => {
    const j = quoteJudged(corpus, line('남중국해를'));
    assert.deepEqual(quoteCodes(j), ['quote-mismatch/warning']);
    assert.match(j.message, /대만해협을/);
  });
  it("…the outlet's words as they are, a ✓", () => {
    const j = quoteJudged(corpus, line('대만해협을'));
    assert.deepEqual(quoteCodes(j), []);
    assert.equal(j.status, 'supported');
  });
  it('…another word for "across" (건너 for 가로질러) is still another translator\'s: no flag', () => {
    const j = quoteJudged(corpus, line('대만해협을', '건너'));
    assert.deepEqual(quoteCodes(j), []);
  });
});

describe('quotes24: landforms and waters in the quotation vocabulary', () => {
  const linked = (ko: string, en: string) => everydayPairs(ko).some((p) => everydayPairs(en).includes(p));
  it('해협/strait, 반도/peninsula, 대륙/continent, 초원/steppe, 호수/lake, 계곡/valley, 태평양/Pacific, 대서양/Atlantic', () => {
    for (const [ko, en] of [
      ['해협을', 'Strait'],
      ['반도의', 'peninsula'],
      ['대륙', 'continents'],
      ['초원은', 'steppe'],
      ['호수', 'lakes'],
      ['계곡에', 'valley'],
      ['태평양을', 'Pacific'],
      ['대서양', 'Atlantic'],
    ])
      assert.ok(linked(ko, en), `${ko} / ${en}`);
  });
  it("a compound's head is read only where it is two syllables after two (대만해협: 해협), not a one-syllable form", () => {
    assert.deepEqual(everydayPairs('물을', 2), []);
    assert.ok(everydayPairs('물을').length > 0);
  });
});

describe('quotes24: a Japanese name in Hangul, family name first, as Korean outlets write it', () => {
  it('a family name ending in the 와 of -sawa or -kawa is no particle: "후지사와 아키코 마루노우치증권 애널리스트는"', () => {
    const text = '후지사와 아키코 마루노우치증권 애널리스트는 "돈은 진짜지만 병목은 전력"이라고 지적했다.\n';
    assert.equal(quotesOf(text)[0]?.speaker?.text, '후지사와 아키코 마루노우치증권 애널리스트');
  });
  it('…while "A와 B" joining two words stays two ("회사와 주민 대표는": the speaker is 주민 대표)', () => {
    const text = '회사와 주민 대표는 "다시 만나겠다"고 말했다.\n';
    assert.notEqual(quotesOf(text)[0]?.speaker?.text, '회사와 주민 대표');
  });
  it('a Japanese fu is 후 in Hangul (후미코/Fumiko, 후쿠다/Fukuda), not the ㅍ of an English f', () => {
    assert.ok(namesAlike('구로사와 후미코', 'Fumiko Kurosawa'));
    assert.ok(namesAlike('후쿠다 겐', 'Ken Fukuda'));
  });
  const line = (words: string) => `# 사카이\n\n구로사와 후미코 히비야증권 애널리스트는 "${words}"이라고 지적했다.\n`;
  it("another analyst's English words given to her, named in Hangul: quote-misattributed", () => {
    const j = quoteJudged(corpus, line('A contract for electricity is not a substation, and Sakai still needs one'));
    assert.deepEqual(quoteCodes(j), ['quote-misattributed/warning']);
    assert.match(j.message, /Daniel Whitlock/);
  });
  it('…her own words, a ✓', () => {
    const j = quoteJudged(corpus, line('Power, not chips, now sets the pace of every campus in Japan'));
    assert.deepEqual(quoteCodes(j), []);
    assert.equal(j.status, 'supported');
  });
});
