// quote44: quotation lines the tuning sets missed (unseen-66 and older). Each rule is tested on an article and a report
// line written for it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { quoteJudged, writtenSources } from './judged';
import { on } from './quoted';

describe('quote44: a place marked as the topic before the speaker of a Korean report line', () => {
  // A college's notice sets each person's words after their name and a colon.
  const notice = [
    '충주대학교 취업지원센터 공지',
    '',
    '■ 현직자 한마디',
    '',
    '박서진 충주공장장: "충주에서 자란 사람이 충주에서 일할 수 있는 공장을 만들겠습니다."',
    '',
    '김도윤 충주시 투자협력과장: "지원금 12억 원은 땅값이 아니라 마흔 명의 일자리를 보고 드린 것입니다."',
    '',
  ].join('\n');
  const corpus = () => writtenSources({ 'chungju-notice-ko.txt': notice });

  it('gives the words to the subject after "충주에서는", not to the place', () => {
    const j = quoteJudged(
      corpus(),
      '- 충주에서는 박서진 공장장이 "지원금 12억 원은 땅값이 아니라 마흔 명의 일자리를 보고 드린 것입니다"라고 했다.',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning'], j.message);
    assert.match(j.message, /김도윤/);
  });

  it('keeps the words with their speaker when the report names them so', () => {
    const j = quoteJudged(
      corpus(),
      '- 충주에서는 김도윤 과장이 "지원금 12억 원은 땅값이 아니라 마흔 명의 일자리를 보고 드린 것입니다"라고 했다.',
    );
    assert.equal(j.status, 'supported');
    assert.deepEqual(j.codes, []);
  });

  it('unseen-66: the words of 엄혜진 given to 여민석', () => {
    const r = on(
      'unseen-66',
      'cheongram-daehakwon-semina-balje-yeongdong-haenam-stargate-suju-ko.md',
      '영동에서는 여민석 공장장이',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});
