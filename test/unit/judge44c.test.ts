// Planted wrong figures the checker read as supported (a ✓ in the hover) in the tuning sets, session 44: a source's
// table that gives two versions of the same record side by side, each column dated by the event that set it, had its
// earlier column read as a level of today, so it vouched for a line that gives the old level as today's.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

// unseen-43 충북 check L43 ("가나 에수아크롬 ESS 계약은 1,000MWh, 3억 1,000만 달러(약 4,300억 원)로 현재까지 변동이
// 없다.") had its ✓ from the shareholder letter's `| 계약 금액 | 3억 1,000만 달러 (약 4,300억 원) | 3억 6,500만 달러 (약
// 5,070억 원) |` under `| 구분 | 본계약 (9월 8일) | 변경계약 (10월 27일) |`: the contract was changed on 27 October, and the
// row says so as plainly as `3억 1,000만 달러에서 3억 6,500만 달러로` would.
describe('judge44c: the earlier column of a table of dated versions is the level before', () => {
  const LETTER = [
    '# 한성전력 2026년 3분기 주주서한',
    '',
    '주주 여러분께.',
    '',
    '8월 4일 본계약을 맺은 칠레 안토파가스타 스타게이트 캠퍼스 변압기 공급 계약을 10월 20일 변경했습니다.',
    '',
    '| 구분 | 본계약 (8월 4일) | 변경계약 (10월 20일) |',
    '|---|---|---|',
    '| 공급 물량 | 변압기 24대 | 변압기 30대 |',
    '| 계약 금액 | 2억 4,000만 달러 | 2억 9,500만 달러 |',
    '',
    '캠퍼스 개발사가 2단계 착공을 앞당기면서 물량이 늘었습니다.',
  ].join('\n');
  const NEWS = [
    '# 한성전력, 칠레 스타게이트 캠퍼스에 변압기 2억 4천만 달러 공급',
    '',
    '한성전력은 칠레 안토파가스타 스타게이트 캠퍼스에 초고압 변압기 24대를 공급하는 2억 4,000만 달러 규모 본계약을 체결했다고 5일 밝혔다.',
  ].join('\n');
  const sources = () =>
    writtenSources({ 'hanseong-letter-2026-11-03.md': LETTER, 'gyeongbuk-news-2026-08-05.md': NEWS });

  it("a line that gives the earlier column's amount as today's gets the later one as a mismatch", () => {
    const j = figureJudged(
      sources(),
      '한성전력의 안토파가스타 스타게이트 캠퍼스 변압기 공급 계약 금액은 현재 2억 4,000만 달러다.',
      '2억 4,000만 달러',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /2억 9,500만 달러/);
  });
  it("the later column's amount stays supported", () => {
    const j = figureJudged(
      sources(),
      '한성전력의 안토파가스타 스타게이트 캠퍼스 변압기 공급 계약 금액은 현재 2억 9,500만 달러다.',
      '2억 9,500만 달러',
    );
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });
  it('a line that dates the earlier amount to its time keeps its ✓', () => {
    const j = figureJudged(
      sources(),
      '한성전력은 8월 안토파가스타 스타게이트 캠퍼스 변압기 공급 본계약을 2억 4,000만 달러에 맺었다.',
      '2억 4,000만 달러',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
  // A table whose columns are periods gives each period's own level: last year's quarter is no level before.
  it('columns of periods are not versions', () => {
    const RESULTS = [
      '# 한성전력 2026년 3분기 실적',
      '',
      '| 구분 | 2026년 3분기 | 2025년 3분기 |',
      '|---|---|---|',
      '| 한성전력 매출액 | 1,840억 원 | 1,210억 원 |',
    ].join('\n');
    const j = figureJudged(
      writtenSources({ 'hanseong-results-2026-10-28.md': RESULTS }),
      '한성전력의 매출액은 현재 1,210억 원이다.',
      '1,210억 원',
    );
    assert.equal(j.status, 'supported', messages(j));
  });
  // unseen-25 동향 L28 ("기공식 기준 현지 채용 계획은 1,100명이다.") gives March's 1,100 as the groundbreaking's, which the
  // newsroom's `| 구분 | 3월 발표 | 9월 기공식 |` table puts at 1,300: the line names the later column's event.
  it("a line that names the later column's event gets its amount as a mismatch", () => {
    const j = figureJudged(
      sources(),
      '변경계약 기준 한성전력의 안토파가스타 스타게이트 캠퍼스 변압기 공급 계약 금액은 2억 4,000만 달러다.',
      '2억 4,000만 달러',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it("…not one that names the earlier column's", () => {
    const j = figureJudged(
      sources(),
      '본계약 기준 한성전력의 안토파가스타 스타게이트 캠퍼스 변압기 공급 계약 금액은 2억 4,000만 달러다.',
      '2억 4,000만 달러',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-25 동향 L28 is flagged', () => {
    const j = reportLineJudged('unseen-25', 'hanbit-stargate-donghyang-ko.md', 28, '1,100명');
    assert.deepEqual(j.codes, ['figure-mismatch']);
  });
  it('unseen-43 충북 check L43 is flagged', () => {
    const j = reportLineJudged(
      'unseen-43',
      'chungbuk-battery-power-stargate-orders-check-ko.md',
      43,
      '3억 1,000만 달러',
    );
    assert.deepEqual(j.codes, ['figure-mismatch']);
  });
});
