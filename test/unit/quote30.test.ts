// Issue 10 (quote30): quotation lines unseen-38 and unseen-39 (promoted to tuning in session 30) got wrong, and
// leftovers of session 29.
import { strict as assert } from 'assert';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { namesAlike } from '../../server/src/extract/people';
import * as fs from 'fs';
import * as path from 'path';
import { fromPage, on, said } from './quoted';

const loud = (text: string, corpus: Corpus) =>
  checkReport(corpus, text, {})
    .findings.filter((f) => f.severity !== 'information')
    .map((f) => f.code);
const quoteStatus = (text: string, corpus: Corpus) =>
  checkReport(corpus, text, {}).claims.find((c) => c.type === 'quote')?.status;

describe("quote30: a lexicon person's family name before another given name is someone else", () => {
  // An English-language Korean daily: the chief executive of a Korean contractor, family name first, shares it with a
  // former president the lexicon knows as "Yoon Suk Yeol" and, alone, "Yoon".
  const story = [
    'Hallim Power signs Saemangeum substation deal',
    '',
    'GUNSAN -- Hallim Power will build the substation for the Saemangeum data center campus, the company said Tuesday.',
    '',
    '"The substation is the easy part. The line is the hard part," Hallim Power CEO Yoon Ji-ho said in an interview.',
    '',
    '"Saemangeum is the future of North Jeolla," former President Yoon Suk Yeol said in 2023.',
  ].join('\n');

  it('reads "Yoon Ji-ho" as a person by name, not as the lexicon\'s Yoon', () => {
    assert.deepEqual(said('/en/hallim.txt', story), [
      'person:Yoon Ji-ho | The substation is the easy part. The line is the hard part',
      'yoon | Saemangeum is the future of North Jeolla',
    ]);
  });

  it('still reads the lexicon person by the family name alone and by his own given name', () => {
    const text = story
      .replace('Hallim Power CEO Yoon Ji-ho said', 'President Yoon said')
      .replace('former President Yoon Suk Yeol', 'Yoon Suk-yeol');
    assert.deepEqual(
      said('/en/hallim2.txt', text).map((s) => s.split(' | ')[0]),
      ['yoon', 'yoon'],
    );
  });
});

describe('quote30: a Korean name in Hangul and in Latin letters, 희 spelled hee', () => {
  it('meets the spellings names keep for ㅢ', () => {
    assert.ok(namesAlike('윤재희', 'Yoon Jae-hee'));
    assert.ok(namesAlike('김은희', 'Kim Eun-hui'));
    assert.ok(namesAlike('박희수', 'Park Hee-soo'));
    assert.ok(!namesAlike('윤재희', 'Yoon Jae-ho'));
  });

  // A Korean report quotes an English interview verbatim and names the speaker in Hangul.
  const story = [
    'Onsaemi says Saemangeum halls will wait for Kepco',
    '',
    '"We can build the halls faster than Kepco can lay the wires," Onsaemi CEO Yoon Jae-hee said in a phone interview. "But a late date is better than no date."',
    '',
    'Rival developer Haneul Data chief Kang Min-seok said the site was "still the best in the region."',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource('/en/onsaemi.txt', story)]);

  it('confirms her English words under her Korean name', () => {
    const line = '# 검토\n\n윤재희 대표는 영문 인터뷰에서 "a late date is better than no date"라고 말했다.\n';
    assert.deepEqual(loud(line, corpus()), []);
    assert.equal(quoteStatus(line, corpus()), 'supported');
  });

  it('flags them given to the other executive', () => {
    const line = '# 검토\n\n강민석 대표는 영문 인터뷰에서 "a late date is better than no date"라고 말했다.\n';
    assert.deepEqual(loud(line, corpus()), ['quote-misattributed']);
  });

  it("leaves unseen-38's true 윤재희 line unflagged", () => {
    const { codes, claims } = on(
      'unseen-38',
      'saemangeum-stargate-jeollyeok-pyeyeol-geomto-bogoseo-ko.md',
      'a late date is better than no date',
    );
    assert.deepEqual(codes, []);
    assert.equal(claims[0]?.status, 'supported');
  });
});

describe('quote30: a question closing a quotation, its attribution after it', () => {
  // A wire story on a county board meeting: a question quoted, the asker named after it, once with the body she is of.
  const story = (attribution: string) =>
    [
      'County board weighs data center tax break',
      '',
      'The Harlan County board on Tuesday debated a ten-year tax abatement for the 900-megawatt Stargate campus.',
      '',
      `"Who pays for the new substation if the campus never fills its halls?" ${attribution}`,
      '',
      'The board will vote on Dec. 12.',
    ].join('\n');
  const words = 'Who pays for the new substation if the campus never fills its halls?';

  it('gives the question to the person named after it', () => {
    assert.deepEqual(said('/wire/a.txt', story('Commissioner Dana Whitt asked.')), [`person:Dana Whitt | ${words}`]);
    assert.deepEqual(said('/wire/b.txt', story('asked Commissioner Dana Whitt.')), [`person:Dana Whitt | ${words}`]);
  });

  it('reads the body she is of between her name and the verb', () => {
    assert.deepEqual(said('/wire/c.txt', story('Rep. Dana Whitt of the county board asked during the debate.')), [
      `person:Dana Whitt | ${words}`,
    ]);
    assert.deepEqual(
      said(
        '/wire/d.txt',
        story('').replace(words + '"', words.replace('?', ',') + '" Dana Whitt of the county board said.'),
      ),
      [`person:Dana Whitt | ${words.replace('?', '')}`],
    );
  });

  it('leaves a question the next sentence does not attribute to no one', () => {
    assert.deepEqual(said('/wire/e.txt', story('The board did not answer.')), [`undefined | ${words}`]);
  });

  it("confirms unseen-38's true Song Hyun-joo line", () => {
    const { codes, claims } = on('unseen-38', 'heat-wires-queues-client-note.md', 'Councillor Song Hyun-joo asked');
    assert.deepEqual(codes, []);
    assert.equal(claims[0]?.status, 'supported');
  });
});

describe('quote30: Korean speech in a community post (honorific verbs, 님도, a clause reported before)', () => {
  // An apartment community's post after a residents' meeting, written as members write: 해요체, honorifics, the
  // speaker named once, then what else they said reported before their quoted words.
  const post = (...lines: string[]) =>
    ['변전소 주민설명회 다녀온 후기예요', '', '어제 저녁 주민센터에서 열린 설명회 내용 정리해요.', '', ...lines].join(
      '\n',
    );

  it('reads 라고 하셔서, 라고 하셨어요 and 라고 해서 as saying', () => {
    assert.deepEqual(
      said(
        '/cafe/a.html',
        post(
          '마지막에 정민호 비상대책위원장님이 "변전소를 짓겠다면 주민 동의부터 받으십시오"라고 하셔서 박수가 나왔어요.',
        ),
      ),
      ['person:정민호 | 변전소를 짓겠다면 주민 동의부터 받으십시오'],
    );
    assert.deepEqual(
      said('/cafe/b.html', post('정민호 위원장님은 "주민 동의부터 받으라는 것이 우리 요구입니다"라고 하셨어요.')),
      ['person:정민호 | 주민 동의부터 받으라는 것이 우리 요구입니다'],
    );
    assert.deepEqual(
      said(
        '/cafe/c.html',
        post('정민호 위원장이 "주민 동의부터 받으라는 것이 우리 요구입니다"라고 해서 다들 조용해졌어요.'),
      ),
      ['person:정민호 | 주민 동의부터 받으라는 것이 우리 요구입니다'],
    );
  });

  it('reads a title or a name with 도 (and 님) as the one who says so too', () => {
    assert.deepEqual(
      said('/cafe/d.html', post('한빛전력 윤하린 상무님도 "약속한 기금은 줄이지 않겠습니다"라고 하셨어요.')),
      ['person:윤하린 | 약속한 기금은 줄이지 않겠습니다'],
    );
    // (a word ending in 도 that is no title nor name is no speaker: a province)
    assert.deepEqual(
      said('/cafe/e.html', post('경기도 "약속한 기금은 줄이지 않겠습니다"라고 적힌 현수막이 걸렸어요.')),
      ['undefined | 약속한 기금은 줄이지 않겠습니다'],
    );
  });

  it('passes over a thing that is the topic of a clause reported before the quotation', () => {
    assert.deepEqual(
      said(
        '/cafe/f.html',
        post(
          '한빛전력 윤하린 상무님도 나왔는데, 상생기금은 연 20억 원씩 10년이라고 했고 "약속한 기금은 줄이지 않겠습니다"라고 하셨어요.',
        ),
      ),
      ['person:윤하린 | 약속한 기금은 줄이지 않겠습니다'],
    );
  });

  it('goes back to the person the sentence before is about when that clause is all its own sentence has', () => {
    assert.deepEqual(
      said(
        '/cafe/g.html',
        post(
          '한빛전력 윤하린 상무님도 나왔어요. 상생기금은 연 20억 원씩 10년이라고 했고 "약속한 기금은 줄이지 않겠습니다"라고 하셨어요.',
        ),
      ),
      ['person:윤하린 | 약속한 기금은 줄이지 않겠습니다'],
    );
    // (a thing the sentence before is about is no speaker)
    assert.deepEqual(
      said(
        '/cafe/h.html',
        post(
          '변전소 부지는 마을 뒤 산자락이에요. 상생기금은 연 20억 원씩 10년이라고 했고 "약속한 기금은 줄이지 않겠습니다"라고 하셨어요.',
        ),
      ),
      ['undefined | 약속한 기금은 줄이지 않겠습니다'],
    );
  });

  it("gives unseen-37's post's quotations to 김동규 and 오세린", () => {
    const page = fs.readFileSync(
      path.join(
        __dirname,
        '..',
        'fixtures',
        'unseen-37',
        'sources',
        'iuttalk-onsan-transmission-briefing-post-ko.html',
      ),
      'utf8',
    );
    const q = fromPage('/unseen-37/iuttalk.html', page).quotes.map((x) => x.speakerId);
    assert.deepEqual(q, ['person:노현석', 'person:오세린', 'person:김동규']);
  });
});
