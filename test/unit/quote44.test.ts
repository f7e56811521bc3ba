// quote44: quotation lines the tuning sets missed (unseen-66 and older). Each rule is tested on an article and a report
// line written for it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { quoteJudged, writtenSources } from './judged';
import { on, said } from './quoted';

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

describe('quote44: the speaker a Korean line names after a place or an occasion', () => {
  const spoken = (line: string) =>
    checkReport(Corpus.load({ folders: [], useBundled: false, workers: 0 }), line)
      .claims.filter((c) => c.type === 'quote')
      .map((c) => c.quote?.speaker);

  it('reads the person after an occasion (간담회에서는 … 과장이)', () => {
    assert.deepEqual(
      spoken('간담회에서는 김도윤 충주시 투자협력과장이 "지원금은 일자리를 보고 드린 것"이라고 설명했다.'),
      ['김도윤 충주시 투자협력과장'],
    );
  });

  it('reads an organisation by its name after a place (충주에서는 한빛전력이)', () => {
    assert.deepEqual(spoken('충주에서는 한빛전력이 "내년 봄까지 변압기 40대를 더 만들겠다"고 밝혔다.'), ['한빛전력']);
  });

  it('keeps the place when no person or organisation follows it (주민들이)', () => {
    assert.deepEqual(spoken('충주에서는 주민들이 "공장보다 물이 먼저"라고 말했다.'), ['충주에서']);
  });

  it('keeps a person marked as the topic before an occasion (김 과장은 간담회에서)', () => {
    assert.deepEqual(spoken('김도윤 과장은 간담회에서 "지원금은 일자리를 보고 드린 것"이라고 설명했다.'), [
      '김도윤 과장',
    ]);
  });
});

describe('quote44: a source sentence that says whose words they are, opened by a place or an occasion', () => {
  const words = '“지원금 12억 원은 땅값이 아니라 마흔 명의 일자리를 보고 드린 것입니다.”';
  it('gives the words under "간담회에서는 … 과장이 다음과 같이 설명했다" to the person', () => {
    const text = [
      '# 충주 설명회',
      '',
      '간담회에서는 김도윤 충주시 투자협력과장이 다음과 같이 설명했다.',
      '',
      words,
    ].join('\n');
    assert.deepEqual(said('/no/chungju-briefing-ko.md', text), [
      'person:김도윤 | 지원금 12억 원은 땅값이 아니라 마흔 명의 일자리를 보고 드린 것입니다.',
    ]);
  });
  it('…and the words before "충주에서는 … 과장이 이같이 말했다"', () => {
    const text = ['# 충주 설명회', '', words, '', '충주에서는 김도윤 충주시 투자협력과장이 이같이 말했다.'].join('\n');
    assert.deepEqual(said('/no/chungju-briefing-ko.md', text), [
      'person:김도윤 | 지원금 12억 원은 땅값이 아니라 마흔 명의 일자리를 보고 드린 것입니다.',
    ]);
  });
});

describe("quote44: an organisation's side as the topic of a source sentence (오픈AI 측에서는 … 총괄이)", () => {
  it("unseen-8: the partnership lead's words are his, not OpenAI's, so the report's line giving them to him is ✓", () => {
    const r = on('unseen-8', 'donghyang-ko.md', '제이슨 리 총괄은 한국이');
    assert.deepEqual(r.codes, []);
    assert.deepEqual(
      r.claims.map((c) => c.status),
      ['supported'],
    );
  });
});
