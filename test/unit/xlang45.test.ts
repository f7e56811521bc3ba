// A report line in one language whose figure only a source in the other language states (session 45, xlang45).
// English drops the words of its grammar from a figure's subject (is, has, will, said, according: en.json's
// stopwords), but Korean kept theirs: the auxiliary of `기대하고 있다`, the copula, the light verbs `했다`/`된다`,
// the reporting verbs `밝혔다`/`말했다` and `따르면`. No English word can be their spelling, so a Korean line's words
// never all met an English sentence that states its measure of the same place: the line's `있다` alone kept the
// Pohang sentence under the bar. Against a Korean source the words count as before. They are stop words now, as their English counterparts are.
// Each case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

describe("xlang45: Korean grammar words are no part of a figure's subject", () => {
  // Written as an English-language outlet would, then the line as a Korean report writer would.
  const sources = () =>
    writtenSources({
      'coastal-ledger-pohang.txt':
        'Pohang bets on a data center campus\n\nBy Mina Park\n\nMarch 4, 2026\n\n' +
        'The Pohang city government expects about 600 jobs once the Stargate site on Yeongil Bay is running, its ' +
        'mayor told reporters on Tuesday. The first building is due to open in 2028.\n\n' +
        'Fishermen have asked for a say over the cooling water outlet.\n',
      'ulsan-ilbo.txt':
        '울산 캠퍼스 인허가 통과\n\n김수진 기자\n\n2026년 3월 5일\n\n' +
        '울산시는 온산 캠퍼스 가동 이후 전력 수요가 늘 것으로 보고 있다. 1단계 용량은 300MW다.\n',
    });
  it("sets the Pohang article's 600 jobs against a Korean line's 6,000 (`기대하고 있다`)", () => {
    const r = figureJudged(
      sources(),
      '# 포항 메모\n\n포항시는 가동 이후 일자리 약 6,000개를 기대하고 있다.\n',
      '6,000개',
    );
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /600/);
  });
  it('still vouches for the line that gives the article’s 600', () => {
    const r = figureJudged(sources(), '# 포항 메모\n\n포항시는 가동 이후 일자리 약 600개를 기대하고 있다.\n', '600개');
    assert.equal(loud(r).length, 0, messages(r));
  });
  it("says nothing of another city's line from the Pohang article", () => {
    const r = figureJudged(
      sources(),
      '# 여수 메모\n\n여수시는 가동 이후 일자리 약 6,000개를 기대하고 있다.\n',
      '6,000개',
    );
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('flags unseen-15 stargate-sites-review-ko L20 "5,000개" (the Seohan Daily: about 500 permanent jobs)', () => {
    const j = reportLineJudged('unseen-15', 'stargate-sites-review-ko.md', 20, '5,000개');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /500/);
  });
  // Only a source that shares two terms or more is scored without the grammar words: one shared concept is no more
  // evidence than it was. Without that bound, unseen-14 L32's `1GW 이상` (Tomakomai) got a ✓ from Saemangeum's
  // `1.2 gigawatts`, sharing only power.
  it('gives unseen-14 overseas-sites-review-ko L32 "1GW" no ✓ from another site\'s 1.2 gigawatts', () => {
    const j = reportLineJudged('unseen-14', 'overseas-sites-review-ko.md', 32, '1GW');
    assert.notEqual(j.status, 'supported', messages(j));
  });
});
