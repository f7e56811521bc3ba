// Planted wrong figures of unseen-68 and unseen-69 that passed (session 45): one year's amount of a source's list given
// for another year (unseen-68 anmyeon L25). Each case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_68_KO = 'anmyeon-bada-gogo-jeongi-hwaldongji-mallipo-png-ko.md';

// A source sentence that lists amounts by year ("지역 청년을 2027년 80명, 2028년 120명") stated the line's value (80) for
// another year than the line's (2028): the line's year found the sentence, but the value it states there is 2027's, and
// it vouched for the line, where the amount the sentence pairs with the line's year (120) is the one in its place.
describe('judge45b: an amount a list pairs with another year is that year’s', () => {
  const ko = {
    'gunsan-ilbo-2026-09-14.txt':
      '군산 데이터센터, 지역 청년 교육 나선다\n\n2026-09-14\n\n군산시는 새만금 데이터센터 운영 인력을 확보하기 위해 지역 청년을 2027년 80명, 2028년 120명 교육할 계획이라고 14일 밝혔다.\n',
  };
  const en = {
    'saemangeum-digest-2026-09-20.md':
      '# Gunsan trains its own data center staff\n\n2026-09-20\n\nFor the Saemangeum data center, Gunsan city will fund training for 80 local people in 2027 and 120 local people in 2028.\n',
  };
  it('a Korean line giving 2027’s amount for 2028 is a mismatch, with 2028’s amount', () => {
    const r = figureJudged(
      writtenSources(ko),
      '# 메모\n\n군산시는 새만금 데이터센터 운영 인력으로 2028년에 지역 청년 80명을 교육한다.\n',
      '80명',
    );
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /120명/);
  });
  it('the year’s own amounts stay ✓', () => {
    const c = writtenSources(ko);
    for (const [line, fig] of [
      ['군산시는 새만금 데이터센터 운영 인력으로 2028년에 지역 청년 120명을 교육한다.', '120명'],
      ['군산시는 새만금 데이터센터 운영 인력으로 2027년에 지역 청년 80명을 교육한다.', '80명'],
    ]) {
      const r = figureJudged(c, `# 메모\n\n${line}\n`, fig);
      assert.equal(r.status, 'supported', `${line}: ${messages(r)}`);
    }
  });
  it('nor does another article that pairs the line’s amount with another year vouch for it', () => {
    const r = figureJudged(
      writtenSources({ ...ko, ...en }),
      '# 메모\n\n군산시는 새만금 데이터센터 운영 인력으로 2028년에 지역 청년 80명을 교육한다.\n',
      '80명',
    );
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
  });
  it('an English line too', () => {
    const r = figureJudged(
      writtenSources(en),
      '# Note\n\nIn 2028 the Saemangeum data center trains 80 local people from Gunsan.\n',
      '80 local people',
    );
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
  });
  it('unseen-68 anmyeon L25: 2027’s 150명 given for 2028’s 260명', () => {
    const r = reportLineJudged('unseen-68', UNSEEN_68_KO, 25, '150명');
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(messages(r), /260명/);
  });
});
