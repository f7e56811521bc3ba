// xlang46: a Korean firm's name written in Hangul in one language's articles and romanized in the other's (수승대공조 /
// Suseungdae Air Systems, 청라스틸 / Cheongna Steel): the firm's own name meets its romanization, so a line on the firm
// is judged by the source in the other language.
import { strict as assert } from 'assert';
import { koreanFirmName, soundAlikeNames } from '../../server/src/extract/subjects';
import * as path from 'path';
import { figureJudged, loadSources, loud, messages, reportLineJudged, writtenSources } from './judged';

const KO_SOURCE = `# 수승대공조, 스타게이트 새만금 캠퍼스 냉각설비 1240억 원 수주

경남 거창의 공조설비 업체 수승대공조는 스타게이트 새만금 데이터센터 캠퍼스에 냉각설비를 공급하는 계약을 1,240억 원에 맺었다고 3일 밝혔다. 납품은 2027년 상반기에 시작된다.

회사 관계자는 "해외 데이터센터 수주도 이어가겠다"고 말했다.
`;

describe("xlang46: a Korean firm's romanized name meets its Hangul name", () => {
  it('the own name before a word of trade is romanized as English writes it', () => {
    const names = (ko: string) => koreanFirmName(ko).names;
    assert.ok(names('수승대공조').includes('suseungdae'));
    assert.deepEqual(koreanFirmName('수승대공조').trade, ['en:air', 'en:system']);
    assert.ok(names('청라스틸').includes('cheongna'));
    assert.ok(names('동악쿨링').includes('dongak'));
    assert.ok(names('사인암파워텍').includes('sainam'));
    assert.ok(names('동진중공업').includes('dongjin'));
    assert.deepEqual(koreanFirmName('동진중공업').trade, ['en:heavy', 'en:industry']);
    // syllable by syllable, as firms write it (청림 is Cheongrim, not the spoken Cheongnim), and the firms' eo as u
    assert.ok(names('청림이앤씨').includes('cheongrim'));
    assert.ok(names('성진정밀').includes('sungjin'));
    // a loanword before the trade word (마린케이블)
    assert.ok(names('비응마린케이블').includes('bieung'));
    // no word of trade after the name: no firm's name
    assert.deepEqual(names('청라동'), []);
    assert.deepEqual(names('새만금'), []);
    // and no sound link of its own (a place's or a loanword's)
    assert.ok(!soundAlikeNames('ko:동진중공업', 'en:dongjin'));
  });

  it("an English line on the firm is refuted by the Korean article's figure", () => {
    const j = figureJudged(
      writtenSources({ 'suseungdae-ko.md': KO_SOURCE }, 'xref-xlang46-'),
      '# Korean suppliers\n\nSuseungdae Air Systems signed a KRW 142 billion contract for the Saemangeum campus.\n',
      'KRW 142 billion',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });

  it("an English line on the firm that states the Korean article's figure is supported", () => {
    const j = figureJudged(
      writtenSources({ 'suseungdae-ko.md': KO_SOURCE }, 'xref-xlang46-'),
      '# Korean suppliers\n\nSuseungdae Air Systems signed a KRW 124 billion contract for the Saemangeum campus.\n',
      'KRW 124 billion',
    );
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });

  it("an interview's answer that does not repeat the firm is still the firm's", () => {
    // The question names the firm; the answer says only what it signed. The firm's words in the English line,
    // which no English source writes, cost the answer nothing.
    const interview = `# [인터뷰] 김도윤 수승대공조 대표 "새만금 냉각설비, 2027년 상반기 납품"

스타게이트 새만금 캠퍼스의 냉각설비를 맡은 수승대공조의 김도윤 대표를 거창 본사에서 만났다.

**- 수승대공조가 맡은 계약 규모는.**

"새만금 캠퍼스 냉각설비 계약은 1,240억 원이다. 납품은 2027년 상반기에 시작한다."
`;
    const j = figureJudged(
      writtenSources({ 'suseungdae-interview-ko.md': interview }, 'xref-xlang46-'),
      "# Korean suppliers\n\nSuseungdae Air Systems's cooling contract for the Saemangeum campus is worth KRW 142 billion.\n",
      'KRW 142 billion',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });

  it('unseen-27 L15: a sum over several firms the source names is none of theirs', () => {
    // `세움에너지솔루션(배터리), 우진중전기(변압기), 청해전선(케이블) 세 회사와 맺은 계약이 합쳐서 약 1조7,400억 원` against
    // `Korea's Seum Energy Solutions is supplying the batteries, a deal worth about KRW 1.14 trillion.` (true)
    const j = reportLineJudged('unseen-27', 'coolabah-plains-newsletter.md', 15, 'KRW 1.14 trillion');
    assert.deepEqual(loud(j), [], messages(j));
  });

  it("the trade's English words alone are no firm's name", () => {
    // `Air Systems` meets 수승대공조 only beside `Suseungdae`: an English line on another firm of the trade shares the
    // source's subject no more than it did before.
    const j = figureJudged(
      writtenSources({ 'suseungdae-ko.md': KO_SOURCE }, 'xref-xlang46-'),
      '# Korean suppliers\n\nA Korean air systems maker signed a KRW 142 billion contract for the Saemangeum campus.\n',
      'KRW 142 billion',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });

  it('another firm of the trade is not the firm', () => {
    const j = figureJudged(
      writtenSources({ 'suseungdae-ko.md': KO_SOURCE }, 'xref-xlang46-'),
      '# Korean suppliers\n\nDongak Air Systems signed a KRW 142 billion contract for the Saemangeum campus.\n',
      'KRW 142 billion',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });

  it("unseen-33 L44's firm and figure: Dongjin Heavy Industries is 동진중공업, whose 62 transformers are 3150억 원", () => {
    const j = figureJudged(
      loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-33', 'sources')),
      '# Memo\n\nDongjin Heavy Industries will deliver 62 transformers for KRW 31.5 billion.\n',
      'KRW 31.5 billion',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(j.mismatches[0].message, /3150억/);
  });
});
