// Figure lines of unseen-60 … unseen-65 left by sessions 41–43 (judge44e): each case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_65_KO = 'gangwon-nambu-jaedan-jeongseon-boseong-stargate-suju-bigyo-memo-ko.md';

// unseen-65 gangwon L24: "크리비 사업비는 4월 29억 달러에서 9월 33억 달러로 늘었고, 건설 인력 추정도 1,600명에서 2,100명으로
// 늘었다." (a true line) was refuted by a Korean letter's "건설 인력은 현지 합작사 LXDC가 최대 1,200명이라고 밝혔지만, …",
// a sentence of its section "1. 아우라지쿨링: 라오스 사반나켓", the other site's: Korean source headings were not read.
describe('judge44e: a Korean source figure under a heading naming another site is not the line’s site’s', () => {
  const corpus = () =>
    writtenSources({
      'tamale.md':
        '# Stargate Tamale campus gets its permit\n\nBy a staff reporter, 2026-05-04.\n\nGhana granted the Stargate Tamale campus its building permit on Monday. The Tamale site will host 120 MW.\n',
      'nouadhibou.md':
        '# Nouadhibou data centre budget rises\n\nBy a correspondent, 2026-09-12.\n\nThe cost of the Stargate Nouadhibou campus rose to USD 2.1 billion. The Nouadhibou site will host 150 MW.\n',
      'letter-ko.html':
        '<html><head><title>두 회사가 가나와 모리타니에 거는 것</title></head><body><article>' +
        '<h1>두 회사가 가나와 모리타니에 거는 것</h1>' +
        '<p>안녕하세요. 이번 편지는 영월의 두 회사 이야기입니다. 둘 다 올해 해외 스타게이트 물량을 따냈습니다.</p>' +
        '<h2>1. 한솔냉각: 가나 타말레</h2>' +
        '<p>한솔냉각은 5월 타말레 캠퍼스에 냉각장치를 납품하기로 했습니다.</p>' +
        '<p>타말레 캠퍼스는 120MW 규모입니다. 건설 인력은 현지 합작사가 최대 800명이라고 밝혔지만, 타말레 주 정부 자료에는 최대 1,000명으로 나옵니다.</p>' +
        '<h2>2. 청암전기: 모리타니 누아디부</h2>' +
        '<p>청암전기는 8월 누아디부 캠퍼스에 배전반을 납품하기로 했습니다. 누아디부 캠퍼스의 사업비는 21억 달러로 늘었습니다.</p>' +
        '</article></body></html>',
    });
  const line = (n: string) =>
    `# 영월 수주기업 메모\n\n## 2. 청암전기\n\n- 8월 모리타니 누아디부 캠퍼스에 배전반을 수주했다.\n- 누아디부 사업비는 21억 달러로 늘었고, 건설 인력 추정도 ${n}으로 늘었다.\n`;
  it('does not set the Tamale section’s 800명 against "누아디부 … 건설 인력 추정도 1,400명"', () => {
    const j = figureJudged(corpus(), line('1,400명'), '1,400명');
    assert.equal(loud(j).length, 0, messages(j));
  });
  it('nor judges "누아디부 … 1,000명" by it either way', () => {
    const j = figureJudged(corpus(), line('1,000명'), '1,000명');
    assert.equal(loud(j).length, 0, messages(j));
    assert.notEqual(j.status, 'supported');
  });
  // (a filing's numbered item is no site's heading: "1. 판매ㆍ공급계약 내용 : 데이터센터용 드라이쿨러 및 판형 열교환기 공급"
  // names products, loanwords the corpus spells in Latin letters, and set aside the filing's "매출액 대비(%) : 18.61")
  it('still sets unseen-57 chungju L20 "16.61%" against the filing’s 18.61 under its numbered items', () => {
    const j = reportLineJudged('unseen-57', 'chungju-cci-hoewonsa-briefing-stargate-bukmi-suju-ko.md', 20, '16.61%');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it('reads unseen-65 gangwon L24 "2,100명" without a ✗', () => {
    const j = reportLineJudged('unseen-65', UNSEEN_65_KO, 24, '2,100명');
    assert.equal(loud(j).length, 0, messages(j));
  });
});

// unseen-65 gangwon L31: "9월 22일 카메룬 크리비 RMU 140면을 920만 달러(약 192억 원)에 추가로 따내 …" (the post converts the
// order in its next sentence: "… 140면, 920만 달러. 1,400원으로 치면 약 129억 원이고 …"). The line's own conversion is judged
// only by the conversions of that very amount its sources state, and a conversion in the next sentence was not read as
// one: the planted 192억 원 passed.
describe('judge44e: a conversion stated in the sentence after the amount it converts', () => {
  const corpus = () =>
    writtenSources({
      'post-ko.md':
        '# 한결전기 가나 변압기 수주 정리\n\n2026-10-02\n\n주주입니다. 공시 내용 정리해 봅니다.\n\n1) 9월 22일 공시: 가나 스타게이트 타말레 변압기 12대, 640만 달러. 1,350원으로 치면 약 86억 원이고 작년 매출 900억 원의 9.6%.\n\n2) 납품은 내년 3월부터입니다.\n',
      'wire.md':
        '# Hangyeol Electric wins Tamale transformer order\n\nBy a staff reporter, 2026-09-23.\n\nHangyeol Electric said on Tuesday it had won an order for 12 transformers for the Stargate Tamale campus in Ghana. The order is worth USD 6.4 million. At 1,350 won to the dollar, that is about KRW 8.6 billion.\n',
    });
  const ko = (won: string) => `# 수주 메모\n\n- 9월 22일 가나 타말레 변압기 12대를 640만 달러(약 ${won})에 수주했다.\n`;
  it('sets "640만 달러(약 68억 원)" against the post’s "1,350원으로 치면 약 86억 원"', () => {
    const j = figureJudged(corpus(), ko('68억 원'), '68억 원');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /86억/);
  });
  it('vouches for "640만 달러(약 86억 원)"', () => {
    const j = figureJudged(corpus(), ko('86억 원'), '86억 원');
    assert.equal(j.status, 'supported');
    assert.equal(loud(j).length, 0, messages(j));
  });
  it('reads "At 1,350 won to the dollar, that is about KRW 8.6 billion" as the English order’s conversion', () => {
    const text =
      '# Note\n\nHangyeol Electric won 12 transformers for Tamale for USD 6.4 million (about KRW 6.8 billion).\n';
    const j = figureJudged(corpus(), text, 'KRW 6.8 billion');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it('reads unseen-65 gangwon L31 "약 192억 원" as a wrong conversion (129억 원)', () => {
    const j = reportLineJudged('unseen-65', UNSEEN_65_KO, 31, '192억 원');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});

// unseen-65 rca L15: "the promoters asked for XAF 40/kWh and the government set XAF 52/kWh for twelve years" (the
// release: "the Government has set the tariff … at XAF 48 per kilowatt-hour"). "/kWh" was read as no rate (the slash
// took periods only) and "per kilowatt-hour" as per kilowatt: the tariffs never met.
describe('judge44e: a tariff per kilowatt-hour, after "/" or "per"', () => {
  const corpus = () =>
    writtenSources({
      'release.md':
        '# Tamale campus: power tariff set\n\nBy the Ghana Energy Commission, 2026-09-09.\n\nThe developer of the Stargate Tamale campus asked for a tariff of GHS 0.90 per kilowatt-hour. The Commission has set the tariff for the Tamale campus at GHS 1.10 per kilowatt-hour for ten years.\n',
    });
  const line = (v: string) =>
    `# Brief\n\nFor the Tamale campus the developer asked for GHS 0.90/kWh and the Commission set GHS ${v}/kWh for ten years.\n`;
  it('sets "GHS 1.30/kWh" against the tariff of GHS 1.10 per kilowatt-hour', () => {
    const j = figureJudged(corpus(), line('1.30'), 'GHS 1.30');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it('vouches for "GHS 1.10/kWh"', () => {
    const j = figureJudged(corpus(), line('1.10'), 'GHS 1.10');
    assert.equal(j.status, 'supported');
  });
  it('reads unseen-65 rca L15 "XAF 52/kWh" against the release’s XAF 48', () => {
    const j = reportLineJudged('unseen-65', 'rca-members-brief-stargate-kribi-savannakhet-rivers.md', 15, 'XAF 52');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});
