// True lines of unseen-67's Korean report (promoted to tuning in session 44) that got a ✗ from a source figure of
// another thing, and a planted grant the amount asked vouched for: each traced to a general cause and tested on
// articles and report lines written here as an outlet and a writer would write them, then on the fixture line. Each
// case fails without its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const CHUNGBUK = 'chungbuk-sanup-yeonguso-hyangsu-cheonghae-stargate-suju-bigyo-ko.md';

// unseen-67 chungbuk L8, "향수파워시스템은 정정 후 843억 원(매출 1,284억 원의 65.7%), 청해마린텍은 412억 원(매출 612억 원의
// 67.3%)이다." (true). 612억 is the base of the line's own share (412 / 612 = 67.3%); a video post on the other firm,
// "포인트리사스 312억 원을 더해 정정 전 798억 원(매출의 62.1%), 정정 후 843억 원(65.7%)", shared revenue, 정정 and the line's
// 65.7% with it and refuted it. The line's arithmetic held the share's part, not its whole.
describe("judge44a: the whole of a line's own share is judged as that share's base", () => {
  const corpus = writtenSources(
    {
      'gyeongnam-2026-11-02.txt': [
        '대림정밀, 텍사스 계약 정정 공시…스타게이트 수주 매출의 절반 넘어',
        '',
        '경남신문 2026-11-02 김하준 기자',
        '',
        '창원의 변압기 제조사 대림정밀은 미국 텍사스 스타게이트 캠퍼스 변압기 계약 금액을 1,020억 원에서 1,150억 원으로 늘리는 정정 공시를 냈다.',
        '오하이오 캠퍼스 계약 420억 원을 더하면 정정 전 1,440억 원(매출의 53.3%), 정정 후 1,570억 원(58.1%)이다.',
        '',
      ].join('\n'),
      'jeonnam-2026-10-05.txt': [
        '한솔케이블, 스타게이트 해저 케이블 두 건 수주',
        '',
        '전남매일 2026-10-05 박서연 기자',
        '',
        '여수의 케이블 제조사 한솔케이블은 스타게이트 캠퍼스 두 곳에 해저 전력 케이블을 공급한다.',
        '두 건 합계 630억 원으로 지난해 매출의 70%에 이른다.',
        '',
      ].join('\n'),
    },
    'xref-judge44a-whole-',
  );
  const memo = (line: string) =>
    ['# 경남·전남 전력기기 업체 스타게이트 수주 비교', '', '## 요약', '', line, ''].join('\n');

  it("does not refute a share's base the line writes by another firm's orders", () => {
    const text = memo(
      '- 대림정밀은 정정 후 1,570억 원(매출 2,702억 원의 58.1%), 한솔케이블은 630억 원(매출 900억 원의 70%)이다.',
    );
    for (const whole of ['900억 원', '2,702억 원']) {
      const j = figureJudged(corpus, text, whole);
      assert.deepEqual(loud(j), [], `${whole}: ${messages(j)}`);
    }
  });
  it('still judges a whole the line does not work its share out of', () => {
    // (630 / 1,000 is 63%, not the 70% the line gives: no share of the line's own, and the orders judge it as before)
    const text = memo(
      '- 대림정밀은 정정 후 1,570억 원(매출 2,702억 원의 58.1%), 한솔케이블은 630억 원(매출 1,000억 원의 70%)이다.',
    );
    const j = figureJudged(corpus, text, '1,000억 원');
    assert.equal(j.mismatches.length, 1, messages(j));
  });
  it('unseen-67 chungbuk L8: 612억 원 is not flagged', () => {
    const j = reportLineJudged('unseen-67', CHUNGBUK, 8, '612억 원');
    assert.deepEqual(loud(j), [], messages(j));
  });
});
// unseen-67 chungbuk L35, "수주액은 향수파워시스템(843억 원)이 청해마린텍(412억 원)의 약 2배지만, 매출 대비 비중은 65.7%와
// 67.3%로 비슷하다." (true: both orders of each firm together). A regional daily's subhead, "33kV 변압기·개폐기 2,260만 달러
// 규모, 매출 대비 24.3%", gives the share of one order, the amount written right before it; it refuted 65.7%.
describe("judge44a: a share of another amount does not refute the line's", () => {
  const corpus = writtenSources(
    {
      'chungbuk-2026-09-18.txt': [
        '제목: 청주 향원전기, 카자흐 스타게이트에 248억 원 변압기 수주',
        '부제: 배전용 변압기 1,800만 달러 규모, 매출 대비 21.5%…청주 2공장 착공',
        '',
        '충북일보 2026-09-18 윤지호 기자',
        '',
        '청주 오창의 전력기기 제조사 향원전기가 카자흐스탄 스타게이트 캠퍼스에 배전용 변압기 1,800만 달러(약 248억 원)어치를 공급하는 계약을 맺었다고 17일 공시했다.',
        '회사는 지난 5월 몽골 캠퍼스에서도 390억 원 규모의 변압기를 수주했다.',
        '',
      ].join('\n'),
    },
    'xref-judge44a-share-',
  );
  const memo = (line: string) => ['# 충북 전력기기 업체의 스타게이트 수주', '', '## 향원전기', '', line, ''].join('\n');

  it('does not refute the share of two orders together by the share of one', () => {
    const text = memo('- 향원전기의 스타게이트 수주액은 두 건을 합쳐 638억 원이며, 매출 대비 비중은 55.3%에 이른다.');
    const j = figureJudged(corpus, text, '55.3%');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('still refutes a wrong share of the same order, in its currency or as the source converts it', () => {
    for (const amount of ['1,800만 달러', '248억 원']) {
      const text = memo(`- 향원전기의 카자흐스탄 변압기 수주액은 ${amount}로, 매출 대비 비중은 25.1%다.`);
      const j = figureJudged(corpus, text, '25.1%');
      assert.equal(j.mismatches.length, 1, `${amount}: ${messages(j)}`);
    }
  });
  it('unseen-67 chungbuk L35: 65.7% is not flagged', () => {
    const j = reportLineJudged('unseen-67', CHUNGBUK, 35, '65.7%');
    assert.deepEqual(loud(j), [], messages(j));
  });
});
// unseen-67 chungbuk L30, "완도군은 이와 별도로 진입도로와 취수 시설에 8억 5,000만 원을 지원하기로 했다." (planted: no source
// has it). An English answer's list item, "Cheonghae Marinetech (Wando): the seawater intake and desalination package at
// Point Lisas, USD 18.4 million (KRW 25.4 billion)", shared Wando (the firm's seat, in its bracket) and intake with it,
// and an English sentence was never told not to name the line's actor: the county's money was refuted by the firm's
// contract, and the fix offered would have put the contract's 254억 원 in.
describe("judge44a: an other-language sentence labelled by another name is not the line's actor's", () => {
  const answer = (item: string) => ({
    'seaport-answer.md': [
      '# Which Korean suppliers are building Stargate Johor?',
      '',
      'Asked by a reader, answered by Priya Raman, 3 November 2026',
      '',
      'Two small suppliers from the Korean coast have won work at the Johor campus.',
      '',
      item,
      '',
    ].join('\n'),
  });
  const memo = (line: string) => ['# 경남 고성 서린마린의 조호르 수주', '', '## 지원', '', line, ''].join('\n');

  it("does not refute a county's support by a firm's contract an English list item gives", () => {
    const corpus = writtenSources(
      answer(
        'Seorin Marine (Goseong): the seawater intake and pumping station for the cooling loop, USD 21 million (KRW 29 billion), signed in October.',
      ),
      'xref-judge44a-label-',
    );
    const j = figureJudged(
      corpus,
      memo('- 고성군은 이와 별도로 취수 시설 진입도로에 9억 원을 지원하기로 했다.'),
      '9억 원',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('still judges a line whose actor the label is', () => {
    const corpus = writtenSources(
      answer(
        'Seorin Marine (Goseong): orders for the seawater intake and pumping station at the Johor campus, USD 21 million (KRW 29 billion), signed in October.',
      ),
      'xref-judge44a-label2-',
    );
    const right = figureJudged(
      corpus,
      memo('- 서린마린은 조호르 캠퍼스 취수 시설을 2,100만 달러에 수주했다.'),
      '2,100만 달러',
    );
    assert.equal(right.status, 'supported', messages(right));
    const wrong = figureJudged(
      corpus,
      memo('- 서린마린은 조호르 캠퍼스 취수 시설을 2,300만 달러에 수주했다.'),
      '2,300만 달러',
    );
    assert.equal(wrong.mismatches.length, 1, messages(wrong));
  });
  it('unseen-67 chungbuk L30: 8억 5,000만 원 is not flagged', () => {
    const j = reportLineJudged('unseen-67', CHUNGBUK, 30, '8억 5,000만 원');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-67 chungbuk L18, "충북도·옥천군 지방투자촉진보조금은 40억 원으로 결정됐다(도비 40%, 군비 60%)." (planted: 40억 원 was
// asked, 26억 원 decided). "결정됐다" was no word of granting, so the line's amount was no grant, and the request's 40억 원
// ("40억 원을 신청해 26억 원으로 결정됐습니다") vouched for it. A decision on an amount grants it, as 확정 does.
describe('judge44a: an amount decided is an amount granted', () => {
  const corpus = writtenSources(
    {
      'chungnam-2026-10-14.txt': [
        '공주 한빛소재 2공장 보조금 21억 원 확정',
        '',
        '충남일보 2026-10-14 임도윤 기자',
        '',
        '공주시 탄천산업단지에 2공장을 짓는 한빛소재의 지방투자촉진보조금은 30억 원을 신청해 21억 원으로 결정됐다.',
        '도비 8억 4,000만 원, 시비 12억 6,000만 원이다.',
        '',
      ].join('\n'),
    },
    'xref-judge44a-decided-',
  );
  const memo = (line: string) => ['# 한빛소재 공주 2공장', '', '## 보조금', '', line, ''].join('\n');

  it('refutes the amount asked given as the amount decided', () => {
    const j = figureJudged(corpus, memo('- 충남도·공주시 지방투자촉진보조금은 30억 원으로 결정됐다.'), '30억 원');
    assert.equal(j.mismatches.length, 1, messages(j));
    assert.match(j.mismatches[0].message, /21억/);
  });
  it('vouches for the amount decided', () => {
    const j = figureJudged(corpus, memo('- 충남도·공주시 지방투자촉진보조금은 21억 원으로 결정됐다.'), '21억 원');
    assert.equal(j.status, 'supported', messages(j));
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-67 chungbuk L18: 40억 원 is flagged', () => {
    const j = reportLineJudged('unseen-67', CHUNGBUK, 18, '40억 원');
    assert.deepEqual(j.codes, ['figure-mismatch']);
  });
});
