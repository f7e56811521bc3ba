// Wrong verdicts read on unseen-32 and unseen-33 (held out until this session, written blind): true lines flagged.
// Each case failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
const u33 = loadSources(path.join(fixtures, 'unseen-33', 'sources'));

const written = (files: Record<string, string>) => writtenSources(files, 'xref-trust27-');

const said = (j: { findings: { message: string }[] }) => j.findings.map((f) => f.message).join('\n');

describe("trust27: a date of one event is no judge of another's (groundbreaking, signing)", () => {
  it('"broke ground on 9 July 2026" is not refuted by the campus having "signed a 20-year deal in August"', () => {
    const j = figureJudged(
      u33,
      "# Memo\n\nA fourth, 1 GW campus at Saemangeum on Korea's west coast broke ground on 9 July 2026.\n",
      '9 July 2026',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…nor "7월 9일 기공식" in Korean', () => {
    const j = figureJudged(
      u33,
      '# 보고서\n\n국내에서는 새만금 국가산업단지 5공구에 1GW 규모 캠퍼스가 7월 9일 기공식을 가졌다.\n',
      '7월 9일',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  const wire = written({
    'wire.txt':
      'TOLEDO, Ohio, Sept 3, 2026 (Lakes Wire) - Stargate signed a 15-year power supply agreement with Maumee Valley Power for its Cedar Point campus in August, the utility said on Thursday. Construction crews broke ground at the 600-megawatt campus in March.\n',
  });
  it('a written wire: "broke ground in March" stands beside "signed … in August"', () => {
    const j = figureJudged(
      wire,
      '# Memo\n\nStargate broke ground on its Cedar Point campus in March 2026.\n',
      'March 2026',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…while the signing given another month is still refuted by it', () => {
    const j = figureJudged(
      wire,
      '# Memo\n\nStargate signed its Cedar Point power supply agreement with Maumee Valley Power in June 2026.\n',
      'June 2026',
    );
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

describe("trust27: an article headlined another place states that place's figure", () => {
  it('under "## 2. 말레이시아 조호르", 하루 6만 톤 is not refuted by a Saemangeum speech naming 조호르 once, later', () => {
    const j = figureJudged(
      u33,
      '# 보고서\n\n## 2. 말레이시아 조호르 (세딜리 리지)\n\n냉각용수는 하루 6만 톤(6천만 리터)이며, 전량 하수처리수를 재이용한다.\n',
      '6만 톤',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  const papers = written({
    'pohang.txt':
      '포항 스타게이트 캠퍼스, 해수 냉각 도입\n\n입력 2026.09.14 10:20\n\n경북 포항 블루밸리 산단에 들어서는 스타게이트 캠퍼스가 바닷물로 서버를 식힌다. 포항 캠퍼스는 1단계 300MW 규모로 2028년 가동을 목표로 한다.\n\n냉각에는 하루 3만 톤의 해수를 쓴다. 취수한 물은 온도를 낮춰 다시 바다로 내보낸다.\n\n이 방식은 인도네시아 카라왕 캠퍼스의 설계를 참고했다고 회사 측은 설명했다. 포항시는 인허가를 연내 마무리할 계획이다.\n',
  });
  it('a written paper: under "## 3. 인도네시아 카라왕", 하루 2만 톤 is not refuted by 포항\'s 하루 3만 톤', () => {
    const j = figureJudged(
      papers,
      '# 보고서\n\n## 3. 인도네시아 카라왕\n\n냉각에는 하루 2만 톤의 해수를 쓴다.\n',
      '2만 톤',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…while a line under "## 포항" is still refuted by it', () => {
    const j = figureJudged(papers, '# 보고서\n\n## 포항 캠퍼스\n\n냉각에는 하루 2만 톤의 해수를 쓴다.\n', '2만 톤');
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

describe("trust27: …but an article headlined the section's place, or its state, still judges it", () => {
  it('"## Cinder Flats, Utah": "about 3,500 workers" is refuted by a wire headlined "Stargate partners choose Utah desert …"', () => {
    const u13 = loadSources(path.join(fixtures, 'unseen-13', 'sources'));
    const j = figureJudged(
      u13,
      '# Note\n\n## Cinder Flats, Utah\n\nConstruction will peak at about 3,500 workers, and the campus will need about 380 permanent staff.\n',
      '3,500 workers',
    );
    assert.equal(j.mismatches.length, 1, said(j));
  });
  it('"## Red Mesa, Wyoming": "three times the first estimate" is refuted by "Red Mesa data center plan grows again …"\'s "roughly twice"', () => {
    const ur = loadSources(path.join(fixtures, 'unseen-ratios', 'sources'));
    const j = figureJudged(
      ur,
      "# Growth\n\n## Red Mesa, Wyoming\n\nRed Mesa would use about 60 million gallons of water a year, three times the company's first estimate.\n",
      'three times',
    );
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

describe("trust27: a line's date of a level before its change is not the change's date", () => {
  it('"licensed … in June with US$4.8 billion of capital, later raised to US$5.3 billion" stands beside "raised in August"', () => {
    const j = figureJudged(
      u33,
      '# Newsletter\n\nIn Vietnam, Hai Phong licensed a 500 MW campus in June with US$4.8 billion of capital, later raised to US$5.3 billion.\n',
      'June',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  const wire = written({
    'wire.txt':
      "HANOI, Nov 4, 2026 (Mekong Wire) - The registered investment capital of Stargate's Long Thanh data centre campus in Dong Nai province was increased in October to US$2.1 billion from US$1.8 billion, the province said on Wednesday.\n",
  });
  it('a written wire: "approved in April with US$1.8 billion, later increased to US$2.1 billion"', () => {
    const j = figureJudged(
      wire,
      '# Memo\n\nDong Nai approved the Long Thanh campus in April with US$1.8 billion of capital, later increased to US$2.1 billion.\n',
      'April',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…while the change given another month is still refuted ("increased in September from US$1.8 billion to US$2.1 billion")', () => {
    const j = figureJudged(
      wire,
      "# Memo\n\nLong Thanh's registered capital was increased in September from US$1.8 billion to US$2.1 billion.\n",
      'September',
    );
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

describe("trust27: an order's amount is not an investment's, nor a list's item the total a sentence adds up", () => {
  const u32 = loadSources(path.join(fixtures, 'unseen-32', 'sources'));
  const line =
    '# 보고서\n\n## 4. 창원 기자재 업체\n\n동남중전기의 스타게이트 중유럽 수주는 7월 52대 3,120억 원에 10월 체코분 14대 840억 원이 더해져 66대, 3,960억 원이 됐다.\n7월 수주분은 독일 30대(1,870억 원)와 폴란드 22대(1,250억 원)로 나뉜다.\n';
  it('"7월 수주분은 … 1,870억 원" is not refuted by "창원 제3공장 투자는 1,650억 원으로 늘었고" after a sentence of orders', () => {
    const j = figureJudged(u32, line, '1,870억 원');
    assert.deepEqual(loud(j), [], said(j));
  });
  it('"독일 30대 … 폴란드 22대" is not refuted by "52대 … 14대를 추가로 수주해 … 모두 66대"', () => {
    for (const fig of ['30대', '22대']) {
      const j = figureJudged(u32, line, fig);
      assert.deepEqual(loud(j), [], `${fig}: ${said(j)}`);
    }
  });
  const trade = written({
    'trade.txt':
      '한빛전기, 스타게이트 캠퍼스용 변압기 수주 잇따라\n\n입력 2026.10.02 09:00\n\n한빛전기는 지난 6월 스타게이트 텍사스 캠퍼스용 초고압 변압기 40대(620억 원)를 수주한 데 이어 9월 오하이오 캠퍼스용 25대(390억 원)를 추가로 수주해 스타게이트 물량이 모두 65대가 됐다.\n\n한빛전기는 이번 수주에 대응해 구미 공장에 850억 원을 투자해 생산라인을 늘린다.\n',
  });
  it('a written trade paper: "텍사스 40대(620억 원)와 오하이오 25대(390억 원)" stands beside the 65대 in all and the factory investment ("이번 수주에 대응해 … 850억 원을 투자해": the word beside a figure names its measure)', () => {
    const text = '# 보고서\n\n한빛전기의 수주분은 텍사스 40대(620억 원)와 오하이오 25대(390억 원)다.\n';
    for (const fig of ['40대', '25대', '390억 원']) {
      const j = figureJudged(trade, text, fig);
      assert.deepEqual(loud(j), [], `${fig}: ${said(j)}`);
    }
  });
  it('…while a wrong item is still refuted ("텍사스 45대")', () => {
    const j = figureJudged(
      trade,
      '# 보고서\n\n한빛전기의 수주분은 텍사스 45대(620억 원)와 오하이오 25대(390억 원)다.\n',
      '45대',
    );
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

describe("trust27: a line's money naming no measure is an investment, not a loan or an order", () => {
  const wire = written({
    'wire.txt':
      "Harlan Flats lenders sign $5 billion loan for Stargate campus\n\nDES MOINES, Iowa, Oct 14, 2026 (Prairie Wire) - A group of nine banks led by Midland Capital signed a $5 billion construction loan for Stargate's Harlan Flats campus in western Iowa, the companies said on Wednesday.\n\nThe Harlan Flats campus, planned at 600 megawatts, is expected to open its first building in 2028.\n",
  });
  it('"Harlan Flats … is a $7 billion project" is not refuted by "a $5 billion construction loan"', () => {
    const j = figureJudged(
      wire,
      "# Memo\n\nHarlan Flats, Stargate's 600 MW Iowa campus, is a $7 billion project.\n",
      '$7 billion',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…while the loan given another amount is still refuted', () => {
    const j = figureJudged(
      wire,
      '# Memo\n\nBanks signed a $6 billion construction loan for Harlan Flats in October.\n',
      '$6 billion',
    );
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

describe('trust27: the power a campus draws from the grid is a measure of its own, not its capacity', () => {
  const wire = written({
    'wire.txt':
      "Utility approves line for Lakeview data campus\n\nCOLUMBUS, Ohio, Aug 3, 2026 (Buckeye Wire) - Ohio regulators on Monday approved a 345-kilovolt line to Stargate's Lakeview data center campus near Marion. Lakeview will draw up to 300 megawatts from the grid through the new line starting in 2028, the utility said.\n",
  });
  it('"Lakeview, the 1 GW Stargate campus" is not refuted by "will draw up to 300 megawatts from the grid"', () => {
    const j = figureJudged(
      wire,
      '# Memo\n\nLakeview, the 1 GW Stargate campus near Marion, gets its grid line in 2028.\n',
      '1 GW',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
  it('…while what it draws given another amount is still refuted', () => {
    const j = figureJudged(
      wire,
      '# Memo\n\nLakeview will draw up to 500 megawatts from the grid through the new line.\n',
      '500 megawatts',
    );
    assert.equal(j.mismatches.length, 1, said(j));
  });
  it('"폴란드 자바디 구르네 캠퍼스(1GW)" is not refuted by "국가 전력망에서 최대 600MW를 받는다"', () => {
    const u32 = loadSources(path.join(fixtures, 'unseen-32', 'sources'));
    const j = figureJudged(
      u32,
      '# 보고서\n\n폴란드 자바디 구르네 캠퍼스(1GW)의 투자비는 620억 즈워티, 약 22조 원이다.\n',
      '1GW',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
});

describe('trust27: a bare "$" in an article that writes "US$" for US dollars is its own country\'s dollars', () => {
  const paper = written({
    'gazette.txt':
      "Hydro deal clears way for $14-billion Péribonka data centre\n\nBy Élise Tremblay\n\nSAGUENAY — The provincial energy tribunal on Tuesday approved the power contract for the Péribonka data centre campus, clearing the way for the $14-billion project backed by the Stargate venture.\n\nThe campus, which will draw on 315-kV lines from two hydro stations, will cost the equivalent of about US$10.2 billion at today's exchange rate, the developer said.\n",
  });
  it('"will cost US$14 billion" gets no ✓ from a Quebec paper\'s "$14-billion project"', () => {
    const j = figureJudged(
      paper,
      '# Memo\n\nThe Péribonka data centre project will cost US$14 billion.\n',
      'US$14 billion',
    );
    assert.notEqual(j.status, 'supported', said(j));
  });
  it('…while its US$10.2 billion still vouches for the line giving it', () => {
    const j = figureJudged(
      paper,
      '# Memo\n\nThe Péribonka campus will cost the equivalent of about US$10.2 billion.\n',
      'US$10.2 billion',
    );
    assert.equal(j.status, 'supported', said(j));
  });
});

describe("trust27: the word beside a figure is its own, not the next bracket's", () => {
  it('"Cost: $48bn ($28bn debt, $20bn equity)" still refutes "총사업비는 450억 달러" (the debt is the $28bn\'s)', () => {
    const u16 = loadSources(path.join(fixtures, 'unseen-16', 'sources'));
    const j = figureJudged(
      u16,
      '# 보고서\n\n- 현재 총사업비는 450억 달러이며, 이 가운데 280억 달러를 23개 은행 대출로 조달한다.\n',
      '450억 달러',
    );
    assert.equal(j.mismatches.length, 1, said(j));
  });
});

describe('trust27: "rose by $2.5 billion to $18.5 billion" is a change and a level, not a range', () => {
  const wire = written({
    'w.txt':
      "Abilene West budget climbs\n\nABILENE, Texas, Nov 12, 2026 (Lone Star Wire) - The budget for Stargate's Abilene West campus rose by $2.5 billion to $18.5 billion, the company said on Thursday.\n",
  });
  it('a source\'s "rose by $2.5 billion to $18.5 billion" refutes "The Abilene West campus budget is $12 billion"', () => {
    const j = figureJudged(wire, '# Memo\n\nThe Abilene West campus budget is $12 billion.\n', '$12 billion');
    assert.equal(j.mismatches.length, 1, said(j));
  });
  it('…and a line\'s "rose by $2.5 billion to $18.5 billion" is vouched for by a source\'s "to $18.5 billion from $16 billion" (the change\'s size makes the line\'s run a change, paired by reading, not by order)', () => {
    const raised = written({
      'w.txt':
        'Abilene West budget climbs\n\nABILENE, Texas, Nov 12, 2026 (Lone Star Wire) - Stargate raised the budget for its Abilene West campus to $18.5 billion from $16 billion on Thursday, the companies said.\n',
    });
    const j = figureJudged(
      raised,
      "# Memo\n\nAbilene West's budget rose by $2.5 billion to $18.5 billion.\n",
      '$18.5 billion',
    );
    assert.equal(j.status, 'supported', said(j));
  });
  it('…and a line\'s "rose $2.5 billion to $18.5 billion" reads two amounts', () => {
    const j = figureJudged(
      wire,
      "# Memo\n\nAbilene West's budget rose $2.5 billion to $18.5 billion.\n",
      '$18.5 billion',
    );
    assert.deepEqual(loud(j), [], said(j));
  });
});

describe('trust27: a year hyphenated to its part ("mid-2028", "end-2029") is a date', () => {
  const wire = written({
    'w.txt':
      "Yuma campus slips\n\nPHOENIX, Dec 1, 2026 (Desert Wire) - The first phase of Stargate's Yuma campus will now start in late 2028, the company said on Tuesday.\n",
  });
  const judged = (line: string, fig: string) => figureJudged(wire, `# Memo\n\n${line}\n`, fig);
  it('"The first phase of the Yuma campus starts at end-2028" is vouched for by "late 2028"', () => {
    assert.equal(judged('The first phase of the Yuma campus starts at end-2028.', '2028').status, 'supported');
  });
  it('…"in mid-2027" is refuted by it, and "in early-2028" is not vouched for by it', () => {
    assert.equal(judged('The first phase of the Yuma campus starts in mid-2027.', '2027').mismatches.length, 1);
    assert.notEqual(judged('The first phase of the Yuma campus starts in early-2028.', '2028').status, 'supported');
  });
  it('…and "end-2028" is not vouched for by "early 2028"', () => {
    const early = written({
      'w.txt':
        "Yuma campus on track\n\nPHOENIX, Dec 1, 2026 (Desert Wire) - The first phase of Stargate's Yuma campus will start in early 2028, the company said on Tuesday.\n",
    });
    const j = figureJudged(early, '# Memo\n\nThe first phase of the Yuma campus starts at end-2028.\n', '2028');
    assert.notEqual(j.status, 'supported');
  });
});

describe("trust27: a forum paper's mark and presenter lines stay in the body", () => {
  it('the proceedings\' hard-wrapped "○ 변압기: … 52대 … 14대 … 모두 66대" stays one sentence', () => {
    const u32 = loadSources(path.join(fixtures, 'unseen-32', 'sources'));
    const src = u32.sources.find((s) => s.file.includes('forum-proceedings'))!;
    const sent = src.sentences.find((s) => s.text.includes('모두 66대'))!;
    assert.ok(sent.text.includes('52대') && sent.text.includes('14대'), sent.text);
  });
});

describe('trust27: an analyst\'s "3Q27" and "2H26" are dates', () => {
  const note = written({
    'note.md':
      "# Yuma campus: first power slips a quarter\n\n**Desert Capital Research** · Dec 2, 2026\n\nWe now model first power at Stargate's Yuma campus in 3Q27 (was 2Q27), with full build-out in 2H29.\n",
  });
  it('"The first phase of the Yuma campus is due in the third quarter of 2027" is vouched for by "3Q27"', () => {
    const j = figureJudged(
      note,
      '# Memo\n\nFirst power at the Yuma campus is now due in the third quarter of 2027.\n',
      'the third quarter of 2027',
    );
    assert.equal(j.status, 'supported', said(j));
  });
  it('…and "in 4Q27" is refuted by it', () => {
    const j = figureJudged(note, '# Memo\n\nFirst power at the Yuma campus is now due in 4Q27.\n', '4Q27');
    assert.equal(j.mismatches.length, 1, said(j));
  });
});
