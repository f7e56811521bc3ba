// The figure lines of unseen-57 (tuning material since session 39) that a check got wrong: true lines flagged ✗. Each
// case failed before its rule.
import { strict as assert } from 'assert';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import { sheetRowLine } from '../../server/src/corpus/sheetRows';
import * as path from 'path';
import { figureJudged, loadSources, loud, messages, reportLineJudged, writtenSources } from './judged';

// unseen-57 epibc L21: "… under a KRW 123.6 billion contract signed on June 15, about C$122 million." The line's own
// conversion of its won amount was not read as one because the date of the contract stands between the two amounts
// (conversionOf took only the figure right before), so a forum's C$57.7 million, another order, refuted it.
describe('judge39b: a conversion written after the date of what the amount is of', () => {
  const corpus = () =>
    writtenSources({
      'forum.md':
        '# Selkirk gets its coolers\n\nA forum post, 2026-09-21.\n\nHanbit Cooling, from Gimhae, has the dry coolers for Selkirk: a C$57.7 million order signed last week, after its bigger Point Tupper order in June.\n',
      'wiki-ko.md':
        '# 스타게이트 북미 현황 (2026년 12월 기준)\n\n## 1. 요약\n\n- 수주 2건: 포인트 투퍼 1,236억 원, 셀커크 584억 원.\n\n## 2. 프로젝트별 현황\n\n### 2.1 스타게이트 포인트 투퍼\n\n| 항목 | 내용 |\n|---|---|\n| 용량 | 1,000MW |\n| 당사 계약 | 1,236억 원 (1억2,200만 캐나다달러), 드라이쿨러·판형 열교환기 |\n| 계약일 | 2026-06-15 |\n',
    });
  it('judges "KRW 123.6 billion contract signed on June 15, about C$122 million" by the conversion a source states', () => {
    const line =
      'Hanbit Cooling of Gimhae, Korea, supplies its dry coolers for Point Tupper under a KRW 123.6 billion contract signed on June 15, about C$122 million.\n';
    const j = figureJudged(corpus(), line, 'C$122 million');
    assert.equal(loud(j).length, 0, messages(j));
    assert.equal(j.status, 'supported', messages(j));
  });
  it('does not vouch for a conversion that the stated one does not make', () => {
    const line =
      'Hanbit Cooling of Gimhae, Korea, supplies its dry coolers for Point Tupper under a KRW 123.6 billion contract signed on June 15, about C$150 million.\n';
    const j = figureJudged(corpus(), line, 'C$150 million');
    assert.notEqual(j.status, 'supported', messages(j));
  });
  it('reads no conversion in an amount that goes on to be a part ("…, about C$50 million of it from …")', () => {
    const line =
      'Hanbit Cooling booked a KRW 123.6 billion contract signed on June 15, about C$57.7 million of it for Selkirk.\n';
    const j = figureJudged(corpus(), line, 'C$57.7 million');
    assert.notEqual(j.status, 'unsupported', messages(j));
  });
  it('reads unseen-57 epibc L21 as the conversion it is', () => {
    const j = reportLineJudged(
      'unseen-57',
      'epibc-board-briefing-first-nations-equity-stargate-canada.md',
      21,
      'C$122 million',
    );
    assert.equal(loud(j).length, 0, messages(j));
  });
});

// unseen-57 chungju L31, a table row: "| 포인트 투퍼(노바스코샤) | … | 152억 캐나다달러 (10월 164억으로 증액) |", against a wiki's
// "| 총사업비 | 164억 캐나다달러 (2월 발표 152억 → 10월 증액) |". Both write the other level bare in the bracket, and a bare
// Korean 억 amount was read as won: each level refuted the other (152억 캐나다달러 by 164억 캐나다달러, the line's 164억 won by
// the wiki's 152억 won). A bare amount in a bracket after an amount in another currency, of about its size (within a factor
// of two: a level before or after a revision, an application), is in that currency; a won conversion of it is a
// thousand times larger and keeps its won.
describe('judge39b: a bare Korean amount in a bracket after a foreign amount of its size is in its currency', () => {
  const unitsRead = (text: string) =>
    checkReport(Corpus.load({ folders: [] }), text)
      .claims.filter((c) => c.type === 'figure')
      .map((c) => `${c.text}:${c.type === 'figure' ? c.figure.unit : ''}`);
  it('reads "152억 캐나다달러 (10월 164억으로 증액)" and "164억 캐나다달러 (2월 발표 152억 → 10월 증액)" in Canadian dollars', () => {
    assert.deepEqual(unitsRead('총사업비는 152억 캐나다달러 (10월 164억으로 증액)다.\n'), [
      '152억 캐나다달러:CAD',
      '10월:date',
      '164억:CAD',
    ]);
    assert.deepEqual(unitsRead('총사업비는 164억 캐나다달러 (2월 발표 152억 → 10월 증액)다.\n'), [
      '164억 캐나다달러:CAD',
      '2월:date',
      '152억:CAD',
      '10월:date',
    ]);
  });
  it('keeps won for a conversion written without 원 ("6,140만 달러(약 847억)") and outside a bracket', () => {
    assert.deepEqual(unitsRead('계약 규모는 6,140만 달러(약 847억)다.\n'), ['6,140만 달러:USD', '847억:KRW']);
    assert.deepEqual(unitsRead('총사업비는 152억 캐나다달러이고 회사 투자는 164억이다.\n'), [
      '152억 캐나다달러:CAD',
      '164억:KRW',
    ]);
  });
  it('reads unseen-57 chungju L31 clean', () => {
    for (const fig of ['152억 캐나다달러', '164억']) {
      const j = reportLineJudged('unseen-57', 'chungju-cci-hoewonsa-briefing-stargate-bukmi-suju-ko.md', 31, fig);
      assert.equal(loud(j).length, 0, messages(j));
    }
  });
});

// unseen-57 chungju L11: "신규 고용은 중원패널 60명, 새솔이엔에스 80명으로 모두 140명이다." Both parts are the press release's (신규 인력
// 60명, 80명을 새로 채용), and the line adds them up; the release's "… 대표 등 20여 명이 참석했다" (the signing ceremony) refuted
// the sum. A total the line works out from its own parts, each vouched for, is refuted by no figure of something else;
// a source's own total still refutes it, and a sum the parts do not make is not the writer's sum of them.
describe("judge39b: a line's sum of its own vouched parts", () => {
  const FIX = path.join(__dirname, '..', 'fixtures', 'unseen-57', 'sources');
  const head = '## 1. 충주 기업\n\n두 회사는 7월 충북도·충주시와 총 550억 원 규모의 투자협약을 맺었다.\n';
  it('is not refuted by a ceremony\'s "20여 명이 참석했다" (real press release)', () => {
    const corpus = loadSources(FIX);
    const j = figureJudged(
      corpus,
      head + '신규 고용은 중원패널 60명, 새솔이엔에스 80명으로 모두 140명이다.\n',
      '140명',
    );
    assert.equal(loud(j).length, 0, messages(j));
    const k = reportLineJudged('unseen-57', 'chungju-cci-hoewonsa-briefing-stargate-bukmi-suju-ko.md', 11, '140명');
    assert.equal(loud(k).length, 0, messages(k));
  });
  it('still refutes a sum the parts do not make, and a part the sources give otherwise', () => {
    const corpus = loadSources(FIX);
    const j = figureJudged(
      corpus,
      head + '신규 고용은 중원패널 60명, 새솔이엔에스 80명으로 모두 150명이다.\n',
      '150명',
    );
    // (no source states the total: not vouched for; the ceremony's 20여 명 refuted it only while the viewer's page was
    // read as one line, before meta39 read its placed lines)
    assert.notEqual(j.status, 'supported', messages(j));
    assert.doesNotMatch(messages(j), /20여 명/);
    const k = figureJudged(corpus, head + '신규 고용은 중원패널 60명, 새솔이엔에스 90명으로 모두 150명이다.\n', '90명');
    assert.equal(k.status, 'conflicting', messages(k));
  });
});

// unseen-57 chungju L12: "다만 중원패널 직원들 사이에서는 회사 내부 계획이 65명이라는 말이 나온다." The line gives the 65 as talk among
// the staff, against the official 60 the line before states; the release's 60명 refuted it. A figure given as what is
// said (…라는 말이 나온다, …라는 얘기도 돈다) is vouched for by a source that states it and refuted by none.
describe('judge39b: a figure given as talk', () => {
  const corpus = () =>
    writtenSources({
      'release-ko.md':
        '# 충북도·충주시, 한빛패널·새빛에너지와 550억 원 투자협약\n\n보도자료 2026. 7. 21.\n\n□ 충청북도와 충주시는 21일 도청 대회의실에서 한빛패널㈜, ㈜새빛에너지와 총 550억 원 규모의 투자협약을 체결했다.\n\n□ 협약에 따라 한빛패널은 충주기업도시 내 부지 2만1,400㎡에 240억 원을 투자해 단열패널 3라인을 증설하고 신규 인력 60명을 채용한다.\n',
    });
  it('does not refute "회사 내부 계획이 65명이라는 말이 나온다" with the official 60명', () => {
    const j = figureJudged(
      corpus(),
      '다만 한빛패널 직원들 사이에서는 회사 내부 계획이 65명이라는 말이 나온다.\n',
      '65명',
    );
    assert.equal(loud(j).length, 0, messages(j));
    const k = reportLineJudged('unseen-57', 'chungju-cci-hoewonsa-briefing-stargate-bukmi-suju-ko.md', 12, '65명');
    assert.equal(loud(k).length, 0, messages(k));
  });
  it('still refutes the same figure stated as a fact', () => {
    const j = figureJudged(corpus(), '한빛패널 직원들 사이에서는 회사 내부 계획이 65명이라고 한다.\n', '65명');
    assert.equal(j.status, 'conflicting', messages(j));
  });
});

// unseen-57 chungju L20 (planted): "셀커크 계약은 매출액 대비 16.61%로 공시됐고" against a forum post's summary of the 공시, one
// field a line: "매출액 대비(%) : 18.61", "계약금액(원) : 58,400,000,000". The field's unit stands in brackets after its
// label, and the number after the colon is bare: it was read as no figure at all (16.61% unsupported). A line that is
// a label with its unit in brackets, a colon and a bare number gives that number in that unit.
describe('judge39b: a field "label(unit) : number" gives the number in its unit', () => {
  const post =
    '# [정보] 남도써멀 캐나다 2차 수주 공시 떴다 (584억)\n\n오늘 장 끝나고 공시 나옴. 요약해서 붙인다.\n\n단일판매ㆍ공급계약체결 (남도써멀)\n판매ㆍ공급계약 내용 : 데이터센터용 드라이쿨러 공급\n계약금액(원) : 58,400,000,000\n최근 매출액(원) : 313,800,000,000\n매출액 대비(%) : 18.61\n계약상대 : Red River Mechanical Contractors Ltd. (캐나다)\n판매ㆍ공급지역 : 캐나다 매니토바주 셀커크 (Stargate Selkirk 데이터센터)\n계약기간 : 2026-09-15 ~ 2028-03-31\n';
  const corpus = () => writtenSources({ 'post-ko.txt': post });
  const line = (p: string) => `셀커크 계약은 매출액 대비 ${p}로 공시됐고, 계약 기간은 2028년 3월 31일까지다.\n`;
  it('refutes "매출액 대비 16.61%" and vouches for 18.61%', () => {
    const j = figureJudged(corpus(), line('16.61%'), '16.61%');
    assert.equal(j.status, 'conflicting', messages(j));
    assert.match(messages(j), /18\.61/);
    assert.equal(figureJudged(corpus(), line('18.61%'), '18.61%').status, 'supported');
  });
  it('reads the won field as money ("계약금액(원) : 58,400,000,000")', () => {
    const j = figureJudged(corpus(), '남도써멀의 셀커크 공급계약 금액은 584억 원이다.\n', '584억 원');
    assert.equal(j.status, 'supported', messages(j));
  });
  it("takes a field for a fact sheet's row, not a transcript's speech", () => {
    assert.ok(sheetRowLine('매출액 대비(%) : 18.61'));
    assert.ok(sheetRowLine('판매ㆍ공급지역 : 캐나다 매니토바주 셀커크 (Stargate Selkirk 데이터센터)'));
    assert.ok(!sheetRowLine('A: We expect about 300 permanent jobs.'));
    assert.ok(!sheetRowLine('Altman: Is that the right number?'));
    assert.ok(!sheetRowLine('https://example.com/2026/stargate'));
  });
  it('catches unseen-57 chungju L20', () => {
    const j = reportLineJudged('unseen-57', 'chungju-cci-hoewonsa-briefing-stargate-bukmi-suju-ko.md', 20, '16.61%');
    assert.equal(j.status, 'conflicting', messages(j));
  });
});

// What the field lines cost when they were read as a fact sheet's rows (its row words given to every row as context):
// the corpus's term weights moved, and a Washington release's "over the first ten years" (a state tax exemption)
// refuted unseen-41's "동해시는 … 재산세를 5년간 50% 감면하는 조례 개정안을 통과시킴". Field lines now only say what a row
// is of (namesActor).
describe('judge39b: field lines are no fact sheet of context', () => {
  it('keeps unseen-41 gangwon L23 clean', () => {
    const j = reportLineJudged('unseen-41', 'gangwon-investment-overseas-stargate-donghae-review-ko.md', 23, '5년');
    assert.equal(loud(j).length, 0, messages(j));
  });
});
