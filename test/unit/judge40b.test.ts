// The figure lines of unseen-59 (tuning material since session 40) that a check got wrong: a true line flagged ✗ and
// planted mistakes missed. Each case failed before its rule.
import { strict as assert } from 'assert';
import { foreignNameShaped } from '../../server/src/text/translit';
import * as path from 'path';
import { figureJudged, loadSources, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_59_KO = 'jungbu-suchul-jiwon-center-chuljang-geomto-stargate-sangju-nonsan-ko.md';

// unseen-59 jungbu L11: "부지는 1,250라이(약 200헥타르)이며, …" two lines after "태국 방빠콩 캠퍼스는 …". A Bengali daily's
// "The campus will be built on 310 acres of land in Mongla upazila" and a Korean roundup's "몽글라 캠퍼스는 310에이커(약
// 125헥타르) 부지에 들어서요" refuted it: the line names no place, and the site its section's line names (방빠콩, written
// with the tense initial the rules for Thai names use, so no loanword to the transliteration) was not carried.
describe('judge40b: a Korean line is of the site and country the line before it in its section names', () => {
  const corpus = () =>
    writtenSources({
      'ayutthaya.md':
        "# Thailand approves Stargate's Bang Pa-in campus\n\nBy a staff reporter, 2026-04-02.\n\nThailand's Board of Investment approved an 800-megawatt Stargate campus at Bang Pa-in in Ayutthaya on Wednesday.\n\nThe site covers 900 rai (about 144 hectares) of former rice fields north of the industrial estate.\n",
      'nghison.md':
        "# Vietnam signs off on a data centre campus at Nghi Son\n\nBy a correspondent, 2026-06-10.\n\nVietnam's planning ministry has approved a 300-megawatt data centre campus for Stargate in Thanh Hoa province.\n\nThe campus will be built on 420 acres of land in Nghi Son economic zone, near the Nghi Son refinery.\n",
      'roundup-ko.md':
        '# 스타게이트, 동남아 캠퍼스 두 곳 한눈에\n\n2026-07-01\n\n## 태국\n\n방빠인 캠퍼스는 아유타야주에 들어서며 800MW 규모예요.\n\n## 베트남\n\n응이선 캠퍼스는 420에이커(약 170헥타르) 부지에 들어서요. 탄호아성 정부가 부지를 내줬어요.\n',
    });
  const report = (area: string) =>
    `# 동남아 캠퍼스 검토\n\n## 1. 캠퍼스 현황\n\n태국 방빠인 캠퍼스는 800MW 규모로, 4월 태국 투자청 승인을 받았다.\n\n부지는 약 ${area}이며, 옛 논을 메워 조성한다.\n`;
  it('does not set another country’s campus against "부지는 약 144헥타르" after "태국 방빠인 캠퍼스는 …"', () => {
    const j = figureJudged(corpus(), report('144헥타르'), '144헥타르');
    assert.equal(loud(j).length, 0, messages(j));
  });
  it('reads 방빠인 and 짜오프라야 as shaped like a foreign place’s name, not 신규, 인근 or 따라서', () => {
    assert.ok(foreignNameShaped('방빠인'));
    assert.ok(foreignNameShaped('짜오프라야'));
    assert.ok(!foreignNameShaped('신규'));
    assert.ok(!foreignNameShaped('인근'));
    assert.ok(!foreignNameShaped('따라서했다'));
  });
  it('reads unseen-59 jungbu L11 "약 200헥타르" without a ✗', () => {
    const j = reportLineJudged('unseen-59', UNSEEN_59_KO, 11, '200헥타르');
    assert.equal(loud(j).length, 0, j.findings.map((f) => f.message).join('\n'));
  });
});

// unseen-59 jungbu L29: "8월에는 방글라데시 몽글라 변전소용 변압기를 4,850만 달러(약 539억 원)에 추가 수주했다." (the order was
// 3,850만 달러). Two things kept the sources' 3,850만 달러 from judging it: "8월에는" was read as the sentence's actor (a name
// before the topic particle), which no source sentence names; and "추가 수주" made the amount an addition, an increment
// a level does not judge, where it is the price of another order.
describe('judge40b: an added order is an order, and "8월에는" is no actor', () => {
  const corpus = () =>
    writtenSources({
      'qna-ko.md':
        '# 한빛전기 생산직 채용 문의\n\n2026-09-20\n\n올해 수주가 많다고 들었습니다. 지난주(9월 8일)에는 베트남 응이선 캠퍼스 변전소용 변압기도 추가로 수주했는데 이건 2,140만 달러, 우리 돈 약 298억 원입니다.\n',
      'letter-ko.md':
        '# 주주 여러분께\n\n2026-12-01, 한빛전기 대표이사\n\n## 올해 수주\n\n- 베트남 응이선 — 변전소용 변압기 2,140만 달러, 약 298억 원 (2026년 9월 계약)\n',
    });
  it('sets "9월에는 … 변압기를 3,140만 달러(약 298억 원)에 추가 수주했다" against the order’s 2,140만 달러', () => {
    const j = figureJudged(
      corpus(),
      '## 한빛전기\n\n9월에는 베트남 응이선 변전소용 변압기를 3,140만 달러(약 298억 원)에 추가 수주했다.\n',
      '3,140만 달러',
    );
    assert.equal(j.mismatches.length, 1, messages(j));
  });
  it('vouches for the order’s own amount', () => {
    const j = figureJudged(
      corpus(),
      '## 한빛전기\n\n9월에는 베트남 응이선 변전소용 변압기를 2,140만 달러(약 298억 원)에 추가 수주했다.\n',
      '2,140만 달러',
    );
    assert.equal(loud(j).length, 0, messages(j));
    assert.equal(j.status, 'supported', messages(j));
  });
  it('reads no actor in "9월에는" (a line without 추가)', () => {
    const j = figureJudged(
      corpus(),
      '## 한빛전기\n\n9월에는 베트남 응이선 변전소용 변압기를 3,140만 달러(약 298억 원)에 수주했다.\n',
      '3,140만 달러',
    );
    assert.equal(j.mismatches.length, 1, messages(j));
  });
  it('reads "한빛전기는 … 3,140만 달러에 추가 수주했다" as the order’s amount (an actor named)', () => {
    const j = figureJudged(
      corpus(),
      '한빛전기는 9월 베트남 응이선 변전소용 변압기를 3,140만 달러(약 298억 원)에 추가 수주했다.\n',
      '3,140만 달러',
    );
    assert.equal(j.mismatches.length, 1, messages(j));
  });
  it('still reads an added amount of investment as an addition ("2조 원을 추가 투자")', () => {
    // (an increment is judged by increments only: a source total of 5조 원 does not refute it)
    const c = writtenSources({
      'a-ko.md': '# 투자 확대\n\n2026-03-02\n\n한빛전기는 응이선 공장에 모두 5조 원을 투자한다.\n',
    });
    const j = figureJudged(c, '한빛전기는 응이선 공장에 2조 원을 추가로 투자한다.\n', '2조 원');
    assert.equal(loud(j).length, 0, messages(j));
  });
  it('catches unseen-59 jungbu L29 "4,850만 달러"', () => {
    const j = reportLineJudged('unseen-59', UNSEEN_59_KO, 29, '4,850만 달러');
    assert.ok(j.codes.includes('figure-mismatch'), j.findings.map((f) => f.message).join('\n'));
  });
});

// unseen-59 bbif sheet: "Source of Funding /     BBIF Ordinary Capital Resources ........ US$ 210.00 million" / "Amount
// Government of Bangladesh (counterpart) ........ US$  46.00 million" / "Total ........ US$ 256.00 million". The leader
// dots were read as sentence ends, so each amount was read with the next row's label ("US$ 210.00 million\nAmount
// Government of Bangladesh (counterpart) ……"): the loan read as the government's.
describe('judge40b: leader dots lead a row’s label to its value', () => {
  const sheet =
    'NORTHERN GRID FUND\nPROJECT DATA SHEET\n\nProject Data Sheets are updated periodically and may be revised without notice at any time.\n\n' +
    '------------------------------------------------------------------------------------------------------\n' +
    'Project Name            Nghi Son 500 kV Transmission Link for the Nghi Son Digital Campus\n' +
    'Project Number          NGF-0231\n' +
    'Country / Economy       Viet Nam\n' +
    'Project Type            Sovereign loan\n' +
    'Source of Funding /     NGF Ordinary Capital Resources ...................... US$ 180.00 million\n' +
    'Amount                  Government of Viet Nam (counterpart) .................. US$  35.00 million\n' +
    '                        Total ............................................... US$ 215.00 million\n' +
    'Sector / Subsector      Energy / Electricity transmission and distribution\n' +
    'Date of Last Update     30 September 2026\n' +
    '------------------------------------------------------------------------------------------------------\n';
  it('ends each row at its value, and reads no row across the dots', () => {
    const c = writtenSources({ 'ngf-sheet.txt': sheet });
    const src = c.sources[0];
    const texts = src.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim());
    assert.ok(
      texts.includes('Source of Funding / NGF Ordinary Capital Resources ...................... US$ 180.00 million'),
      texts.join('\n'),
    );
    assert.ok(
      texts.includes('Total ............................................... US$ 215.00 million'),
      texts.join('\n'),
    );
  });
  it('keeps an ellipsis in prose a sentence end ("… it said.... Then")', () => {
    const c = writtenSources({
      'prose.md': '# A note\n\n2026-01-02\n\nThe plan was approved.... The next step is a 300 MW first phase.\n',
    });
    const texts = c.sources[0].sentences.map((s) => s.text);
    assert.ok(
      texts.some((t) => t.startsWith('The next step')),
      texts.join('\n'),
    );
  });
  it('reads unseen-59’s fund sheet by its rows', () => {
    const c = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-59', 'sources'));
    const src = c.sources.find((s) => s.file.includes('bbif-project-data-sheet'))!;
    const row = src.sentences.find((s) => s.text.includes('210.00'))!;
    assert.ok(!row.text.includes('counterpart'), row.text);
  });
});
