import { strict as assert } from 'assert';
import { splitSentences } from '../../server/src/text/sentences';

function split(text: string, spans = [{ start: 0, end: text.length }]) {
  return splitSentences(text, spans).map((s) => {
    assert.equal(text.slice(s.start, s.end), text.slice(s.start, s.end).trim(), 'no surrounding whitespace');
    return text.slice(s.start, s.end);
  });
}

describe('splitSentences', () => {
  it('splits Korean sentence ends: 다. 요. 죠. 까? and 다..', () => {
    assert.deepEqual(split('투자를 발표했다. 좋아요. 그렇죠. 왜일까? 없기도 했다.. 다음 문장이다.'), [
      '투자를 발표했다.',
      '좋아요.',
      '그렇죠.',
      '왜일까?',
      '없기도 했다..',
      '다음 문장이다.',
    ]);
  });

  it('splits Korean sentences without a space after the period', () => {
    assert.deepEqual(split('발표했다.그런데 문제가 있다.'), ['발표했다.', '그런데 문제가 있다.']);
  });

  it('does not split after English abbreviations, decimals and initials', () => {
    const t =
      'On Jan. 21, U.S. President Donald J. Trump met Mr. Son and Dr. Kim at 9 a.m. in room No. 5 vs. the rest, e.g. here, i.e. there. It cost $1.57 billion. Next one.';
    assert.deepEqual(split(t), [
      'On Jan. 21, U.S. President Donald J. Trump met Mr. Son and Dr. Kim at 9 a.m. in room No. 5 vs. the rest, e.g. here, i.e. there.',
      'It cost $1.57 billion.',
      'Next one.',
    ]);
  });

  it('ends a sentence after U.S. when a sentence opener follows', () => {
    assert.deepEqual(split('They built it in the U.S. The cost was high.'), [
      'They built it in the U.S.',
      'The cost was high.',
    ]);
  });

  it('keeps a closing quote or bracket with the sentence', () => {
    assert.deepEqual(
      split('Altman remarked, “This wouldn’t have been possible.” The event ended. (It was late.) Done!'),
      ['Altman remarked, “This wouldn’t have been possible.”', 'The event ended.', '(It was late.)', 'Done!'],
    );
  });

  it('does not split inside a quotation that goes on (two-sentence quote)', () => {
    const t = '박 변호사는 “조화를 이루기 어렵다. 한쪽이 이끌어야 한다”고 말했다. 다음 문장이다.';
    assert.deepEqual(split(t), [
      '박 변호사는 “조화를 이루기 어렵다. 한쪽이 이끌어야 한다”고 말했다.',
      '다음 문장이다.',
    ]);
  });

  it('splits normally after an unbalanced quotation mark', () => {
    assert.deepEqual(split('그는 “끝나지 않은 인용이다. 다음 문장이다.'), [
      '그는 “끝나지 않은 인용이다.',
      '다음 문장이다.',
    ]);
  });

  it('makes headline and list lines their own sentences', () => {
    const t =
      '718조 투자 회사 이사회 의장에 손정의\n21일 트럼프 대통령은 발표했다.\n주요 내용\n- 투자 규모 : 5천억 달러까지 확대\n- 참여 기업 : 오픈AI 등\n끝났다.';
    assert.deepEqual(split(t), [
      '718조 투자 회사 이사회 의장에 손정의',
      '21일 트럼프 대통령은 발표했다.',
      '주요 내용',
      '투자 규모 : 5천억 달러까지 확대',
      '참여 기업 : 오픈AI 등',
      '끝났다.',
    ]);
  });

  it('joins hard-wrapped lines of a paragraph', () => {
    const t =
      'The government announced a partnership that will build a large computing center for\nuniversities and startups across the country. Done.';
    assert.deepEqual(split(t), [t.slice(0, t.indexOf(' Done.')), 'Done.']);
  });

  it('never crosses a blank line or a span boundary', () => {
    const t = '첫 문단은 마침표가 없고\n\n둘째 문단이다. 셋째 부분';
    const out = split(t);
    assert.deepEqual(out, ['첫 문단은 마침표가 없고', '둘째 문단이다.', '셋째 부분']);
    const sp = splitSentences(t, [
      { start: 0, end: 5 },
      { start: 5, end: t.length },
    ]);
    assert.ok(sp.every((s) => s.end <= 5 || s.start >= 5));
  });

  it('handles CRLF and lone CR line ends', () => {
    const t = '첫 줄 제목\r\n본문이다. 다음이다.\r마지막 제목';
    assert.deepEqual(split(t), ['첫 줄 제목', '본문이다.', '다음이다.', '마지막 제목']);
  });

  it('gives each sentence its language', () => {
    const t = 'This is English. 이것은 한국어 문장이다. 오픈AI와 OpenAI, SoftBank가 참여한다.';
    assert.deepEqual(
      splitSentences(t, [{ start: 0, end: t.length }]).map((s) => s.lang),
      ['en', 'ko', 'ko'],
    );
  });

  it('works on NFD text with offsets into the text as given', () => {
    const nfc = '트럼프는 발표했다. 다음 문장이다.';
    const nfd = nfc.normalize('NFD');
    const out = splitSentences(nfd, [{ start: 0, end: nfd.length }]);
    assert.equal(out.length, 2);
    assert.equal(nfd.slice(out[0].start, out[0].end).normalize('NFC'), '트럼프는 발표했다.');
    assert.equal(out[0].lang, 'ko');
  });

  it('attaches an emoticon to the sentence before it', () => {
    assert.deepEqual(split('의혹을 제기해 봅니다. ^^;\n다음 줄.'), ['의혹을 제기해 봅니다. ^^;', '다음 줄.']);
  });

  it('is linear and never throws on hostile input', () => {
    const inputs = [
      '“'.repeat(50000),
      '"'.repeat(50001),
      'a. '.repeat(40000),
      '가'.repeat(100000),
      'U.S.'.repeat(25000),
      '.'.repeat(100000),
      '\n'.repeat(50000),
      '',
    ];
    for (const t of inputs) {
      // No clock here: mocha's per-test timeout bounds the loop, which a catastrophic (exponential or quadratic)
      // pattern on these 100,000-character inputs cannot finish inside; speed is measured by `npm run bench`.
      const out = splitSentences(t, [{ start: 0, end: t.length }]);
      assert.ok(Array.isArray(out));
    }
    assert.deepEqual(
      splitSentences('abc', [{ start: -5, end: 99 }]).map((s) => [s.start, s.end]),
      [[0, 3]],
    );
    assert.deepEqual(splitSentences('abc', []), []);
  });
});
