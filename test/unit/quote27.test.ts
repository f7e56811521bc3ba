// Issue 10 (quote27): quotation mistakes the checker missed on unseen-32 and unseen-33 (promoted to tuning in session
// 27). A word an outlet's Korean gives as a domain term (변압기, the lexicon's power) that links to no word of the
// English original is still a word of the original the engine cannot pair ("transformer"): another word in its place
// that renders nothing of the original either (전력망) is a change, not another translator's wording
// (judge/quotes.ts anotherRendering). A parliament's record gives a minister's first turn by office, the name in
// brackets ("The Minister for … (Ms Grace Teo): …"; extract/quotes.ts labeledTurns). Malaysia's honours (Datuk, Dato',
// Datin) are no part of a name (extract/people.ts). A foreign name in Hangul whose given name reads as a Korean name of
// its own (하피자 라만 …위원장: 하피자 alone is shaped as a Korean name) is the person the two words name in the other
// script, when the sources quote one (judge/people.ts familyAfter): words that are another person's, rendered in
// Korean and given to that person, are quote-misattributed. A Korean speech text (연설문) whose header names who
// delivers it ("연설 : 전북특별자치도지사 백승렬") is that person's words, paragraph by paragraph, from after the header's
// notes to the closing date (extract/quotes.ts speechText); a written quotation closes a formal verb in the plain style
// (않습니다 / 않는다).
import { strict as assert } from 'assert';
import { buildSource } from '../../server/src/corpus/corpus';
import { parsePerson } from '../../server/src/extract/people';
import { plainEnded } from '../../server/src/judge/quotes';
import { corpusOf, on } from './quoted';

describe('quote27: a domain term changed in a Korean quotation', () => {
  it('flags 변압기 → 전력망 though the English original links neither', () => {
    const { codes } = on('unseen-32', 'stargate-central-europe-changwon-bogoseo-ko.md', '첫 번째 병목은 전력망입니다');
    assert.deepEqual(codes, ['quote-mismatch']);
  });
});

describe("quote27: a parliament's record", () => {
  it("reads a minister's turn given by office, the name in brackets", () => {
    const src = corpusOf('unseen-33').sources.find((s) =>
      s.file.endsWith('sg-parliament-oral-answer-sedili-water-2026-05-13.txt'),
    )!;
    const hers = src.quotes.filter((q) => q.speakerId === 'person:Grace Teo').map((q) => q.text);
    assert.ok(hers.some((t) => t.startsWith('Our water agreement with Johor is not affected')));
    assert.ok(hers.some((t) => t.startsWith('Mr Speaker, Sir, the Sedili')));
  });

  it('confirms a report quoting it', () => {
    const { codes, claims } = on(
      'unseen-33',
      'nus-ess-newsletter-cooling-the-cloud.md',
      'Our water agreement with Johor',
    );
    assert.deepEqual(codes, []);
    assert.equal(claims[0]?.status, 'supported');
  });
});

describe('quote27: names', () => {
  it("reads Malaysia's honours as no part of the name", () => {
    assert.equal(parsePerson('Datuk Hafizah Rahman')?.name, 'Hafizah Rahman');
    assert.equal(parsePerson("Dato' Lim Wei Ming")?.name, 'Lim Wei Ming');
    assert.equal(parsePerson('Datin Aminah Yusof')?.name, 'Aminah Yusof');
  });

  it("gives an English speaker's words, rendered in Korean, to the person a Hangul name is in the other script", () => {
    const { codes } = on('unseen-33', 'stargate-dongnama-saemangeum-bogoseo-ko.md', '하피자 라만 조호르주');
    assert.deepEqual(codes, ['quote-misattributed']);
  });
});

describe('quote27: a Korean speech text', () => {
  it("reads the paragraphs after the header as the speaker's words, an address line left out", () => {
    const src = corpusOf('unseen-33').sources.find((s) =>
      s.file.endsWith('jeonbuk-governor-saemangeum-groundbreaking-speech-ko.txt'),
    )!;
    const his = src.quotes.filter((q) => q.speakerId === 'person:백승렬').map((q) => q.text);
    assert.ok(his.some((t) => t.startsWith('새만금은 이제 바다를 막아 만든 땅이 아니라')));
    // (not the header's note, nor the signature and the office's line after the closing date)
    assert.ok(!his.some((t) => /배포용|대변인실|백 승 렬/.test(t)));
  });

  it('flags a word changed in a quotation of it, and keeps a true one confirmed', () => {
    const { codes } = on('unseen-33', 'stargate-dongnama-saemangeum-bogoseo-ko.md', '세계의 돈이 모이는 땅');
    assert.deepEqual(codes, ['quote-mismatch']);
  });

  it('reads another speech header, and no programme that lists who speaks', () => {
    const speech = [
      '○○시 기념사',
      '',
      '제목: 스타게이트 ○○ 캠퍼스 준공 기념사',
      '일시: 2026. 9. 1.',
      '연설자: 김민수 ○○시장',
      '',
      '시민 여러분, 오늘 우리는 새로운 산업의 문을 엽니다.',
      '',
      '이 캠퍼스는 300명의 일자리를 만듭니다.',
      '',
      '2026년 9월 1일',
      '○○시장 김민수',
    ].join('\n');
    const said = buildSource('/speech/a.txt', speech).quotes.filter((q) => q.speakerId === 'person:김민수');
    assert.deepEqual(
      said.map((q) => q.text),
      ['시민 여러분, 오늘 우리는 새로운 산업의 문을 엽니다.', '이 캠퍼스는 300명의 일자리를 만듭니다.'],
    );
    const programme = [
      '2026 ○○ 데이터센터 포럼 개최 안내',
      '',
      '일시: 2026. 9. 1.',
      '연사: 김민수 ○○대 교수',
      '',
      '포럼은 데이터센터 전력 문제를 다룬다. 참가 신청은 홈페이지에서 받는다.',
    ].join('\n');
    assert.deepEqual(buildSource('/speech/b.txt', programme).quotes, []);
  });

  it("reads a formal verb closed in the plain style as the source's word", () => {
    const src = ['캠퍼스는', '새', '물을', '끌어다', '쓰지', '않습니다.'].map((w) => w.replace(/\.$/, ''));
    assert.ok(plainEnded(['캠퍼스는', '새', '물을', '끌어다', '쓰지', '않는다'], src, 'ko'));
    assert.ok(plainEnded(['항구가', '있다'], ['항구가', '있습니다'], 'ko'));
    assert.ok(!plainEnded(['항구가', '없다'], ['항구가', '있습니다'], 'ko'));
  });
});
