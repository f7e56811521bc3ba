// Issue 10 (quote29): quotation lines unseen-36 and unseen-37 (promoted to tuning in session 29) got wrong.
import { strict as assert } from 'assert';
import { buildSource } from '../../server/src/corpus/corpus';
import { on, fromPage, said } from './quoted';

describe("quote29: a pronoun after a quotation goes back to its own sentence's subject first", () => {
  // A trade paper's story: one person quoted, then a second named after the role they hold, between commas, who
  // introduces the words with a colon, and the attribution after them is a pronoun.
  const story = [
    'Altavia picks gas turbines for its Tamarind campus',
    '',
    'Altavia Cloud will build a 600 MW gas plant next to its Tamarind campus, chief executive Priya Raman said on Monday.',
    '',
    '"We cannot wait for the grid, so we are bringing our own power," Raman said.',
    '',
    'The regional utility has not said when the new 400 kV line will be finished.',
    '',
    'Altavia\'s head of power, Tomas Reyes, calls the turbines a stopgap: "We will run them until the line arrives," he said.',
  ].join('\n');

  it('gives the words to the person the sentence names before the colon, not to the last speaker', () => {
    assert.deepEqual(said('/trade/a.txt', story), [
      'person:Priya Raman | We cannot wait for the grid, so we are bringing our own power',
      'person:Tomas Reyes | We will run them until the line arrives',
    ]);
  });

  it('still goes back to an earlier sentence when its own names no one', () => {
    const text = story.replace(
      "Altavia's head of power, Tomas Reyes, calls the turbines a stopgap:",
      'The turbines are a stopgap:',
    );
    assert.deepEqual(said('/trade/b.txt', text).slice(-1), [
      'person:Priya Raman | We will run them until the line arrives',
    ]);
  });

  it("leaves unseen-37's true Natalie Ferris line unflagged", () => {
    const { codes, claims } = on(
      'unseen-37',
      'stargate-queretaro-atacama-ulsan-journalist-draft.md',
      'Natalie Ferris, calls gas a bridge',
    );
    assert.deepEqual(codes, []);
    assert.equal(claims[0]?.status, 'supported');
  });
});

describe('quote29: a blockquote signed on its own line after a dash, with a title after a comma', () => {
  // An investor-relations FAQ sets each pull quote as a blockquote with its signature in a <cite>; the reader gives
  // the two as one line: "“…” — Name, Title, Company".
  const faq = (sig1: string, sig2: string) =>
    [
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Project Halcón FAQ | Investors | Grupo Serrano</title></head>',
      '<body><main><h1>Project Halcón: frequently asked questions</h1>',
      '<details open><summary><h2>When will the first phase operate?</h2></summary>',
      '<p>We now expect the first 200 megawatts to operate in the third quarter of 2028. The delay follows the schedule of the new substation.</p>',
      `<blockquote>"We would rather open late than open without power."\n<cite>${sig1}</cite></blockquote>`,
      '</details>',
      '<details open><summary><h2>Where will the water come from?</h2></summary>',
      '<p>The campus will use treated wastewater from the municipal plant, 1.8 million cubic meters a year.</p>',
      `<blockquote>"Not one liter of it is drinking water."\n<cite>${sig2}</cite></blockquote>`,
      '</details></main></body></html>',
    ].join('\n');

  it("gives each quotation to the person its signature names, the signature's title after a comma", () => {
    const src = fromPage(
      '/ir/faq.html',
      faq(
        '— Lucía Serrano Ibarra, Chief Executive Officer, Grupo Serrano',
        '— Martín Ochoa, Director of Operations, Halcón Data',
      ),
    );
    assert.deepEqual(
      src.quotes.map((q) => `${q.speakerId} | ${q.text}`),
      [
        'person:Lucía Serrano Ibarra | We would rather open late than open without power.',
        'person:Martín Ochoa | Not one liter of it is drinking water.',
      ],
    );
  });

  it("reads no signature in a sentence that goes on after the quotation's dash", () => {
    const text = [
      'Halcón update',
      '',
      "The company's answer was short.",
      '',
      '"We will open late and we will say so." — a promise, in other words, that it would not pay.',
    ].join('\n');
    assert.deepEqual(
      buildSource('/ir/b.txt', text).quotes.map((q) => [q.text, q.speaker]),
      [['We will open late and we will say so.', undefined]],
    );
  });

  it("flags unseen-37's line giving Villaseñor's words to Elizondo", () => {
    const { codes } = on(
      'unseen-37',
      'stargate-queretaro-atacama-ulsan-journalist-draft.md',
      'Elizondo told investors',
    );
    assert.deepEqual(codes, ['quote-misattributed']);
  });
});

describe("quote29: a transcript's turn goes on over a page break", () => {
  // A listed company's earnings-call transcript, as its PDF is put into text: labels in a column, the words indented,
  // and at each page's end a footer ("Page 2 of 11"), a rule and the running header (company, date), often in the
  // middle of an answer.
  const header = [
    '                                                     Tarang Power Limited',
    '                                                              May 14, 2026',
  ];
  const call = (footer: string) =>
    [
      'Tarang Power Limited Q4 FY26 Earnings Conference Call',
      '',
      ...header,
      '',
      'Moderator:          Good day and welcome to the earnings call of Tarang Power Limited.',
      '                    I now hand over to Ms. Leela Varghese. Thank you and over to you.',
      '',
      'Leela Varghese:     Thank you. With me are our managing director, Mr. Rohan Iyer, and our',
      '                    chief financial officer, Mr. Samir Gokhale.',
      '',
      'Rohan Iyer:         Thank you, Leela. In March we signed a 20-year supply agreement for',
      '                    800 MW of round-the-clock power with the Stargate campus at Nagpur.',
      '',
      footer,
      '--------------------------------------------------------------------------------',
      ...header,
      '',
      '                    The plant will cost about Rs. 9,400 crore. We are building storage first,',
      '                    because a data centre does not sleep when the sun does.',
      '',
      'Samir Gokhale:      Thank you, Rohan. Revenue for the year was Rs. 3,120 crore.',
    ].join('\n');

  it('gives the paragraph after the footer to the speaker whose turn it interrupts', () => {
    const got = said(
      '/bse/tarang-call.txt',
      call('                                                            Page 2 of 11'),
    );
    assert.ok(
      got.includes(
        'person:Rohan Iyer | The plant will cost about Rs. 9,400 crore. We are building storage first, because a data centre does not sleep when the sun does.',
      ),
      got.join('\n'),
    );
  });

  it('reads a bare page number as a footer too', () => {
    const got = said(
      '/bse/tarang-call2.txt',
      call('                                                               - 2 -'),
    );
    assert.ok(
      got.some((q) => q.startsWith('person:Rohan Iyer | The plant will cost')),
      got.join('\n'),
    );
  });

  it("flags unseen-36's changed words of Bhandarkar's answer", () => {
    const { codes } = on('unseen-36', 'stargate-south-asia-ic-note.md', 'Round-the-clock is the product now');
    assert.deepEqual(codes, ['quote-mismatch']);
  });
});

describe("quote29: a Korean quotation that is someone's answer or words, named by the noun before it", () => {
  // A local paper and a community post write what was said at a briefing as "[person]의 답변은 “…”였다", "[person]님
  // 답변 그대로 옮기면 “…”였어요", "[person]의 말을 빌리면 “…”": the quotation is the person's, with no verb of saying.
  const paper = [
    '송전선로 설명회 주민 200명 몰려… "지중화 해달라"',
    '',
    '한빛일보 정다은 기자',
    '',
    '20일 열린 345kV 송전선로 주민설명회에는 주민 200여 명이 참석했다.',
    '',
    '질문은 대부분 지중화에 쏠렸다. 한국전력 송변전건설처 박정훈 부장의 답변은 "전 구간을 땅에 묻으면 공사비가 세 배가 든다"였다.',
    '',
    '사업자 측 최민재 상무의 말을 빌리면 "마을과 가까운 구간부터 다시 검토하겠다"는 것이다.',
  ].join('\n');

  it("gives the words to the person whose 답변 or 말 they are (a paper's 의 답변은, 의 말을 빌리면)", () => {
    assert.deepEqual(said('/local/a.txt', paper), [
      'person:박정훈 | 전 구간을 땅에 묻으면 공사비가 세 배가 든다',
      'person:최민재 | 마을과 가까운 구간부터 다시 검토하겠다',
    ]);
  });

  it('reads the spoken style of a community post, an honorific 님 on the title', () => {
    const post = [
      '송전선로 주민설명회 다녀왔어요 (메모 정리)',
      '',
      '어제 저녁 주민설명회 다녀왔습니다. 자리가 모자라서 복도까지 서 계셨어요.',
      '',
      '질문 대부분이 지중화였어요. 한국전력 박정훈 부장님 답변 그대로 옮기면 "전 구간 지중화는 어렵습니다. 마을과 가까운 구간은 따로 검토하겠습니다"였어요.',
    ].join('\n');
    assert.deepEqual(said('/local/b.txt', post), [
      'person:박정훈 | 전 구간 지중화는 어렵습니다. 마을과 가까운 구간은 따로 검토하겠습니다',
    ]);
  });

  it("takes no speaker from a thing's 설명 (no person before the noun)", () => {
    const text = ['안내', '', '시청 안내문 설명 그대로 옮기면 "공사 기간에는 우회로를 이용하셔야 합니다"였어요.'].join(
      '\n',
    );
    const qs = buildSource('/local/c.txt', text).quotes;
    assert.deepEqual(
      qs.map((q) => [q.text, q.speaker]),
      [['공사 기간에는 우회로를 이용하셔야 합니다', undefined]],
    );
  });

  it("flags unseen-37's line giving 노현석's answer to 오세린", () => {
    const { codes } = on(
      'unseen-37',
      'stargate-jungnammi-ulsan-suju-gihoe-bogoseo-ko.md',
      '해동 오세린 상무는 설명회에서',
    );
    assert.deepEqual(codes, ['quote-misattributed']);
  });
});

describe("quote29: a quotation in a signed letter is its signer's", () => {
  // A company's report opens with its chief executive's letter: a salutation, the letter, the date and the signature,
  // in Korean often with the name's syllables spaced ("대표이사 박 서 준"). A quotation the letter sets apart with no
  // one named at it is the signer's own words.
  const ko = [
    '한결전기 2026 통합보고서',
    '',
    'CEO 메시지',
    '',
    '존경하는 주주 여러분,',
    '',
    '2025년 한결전기는 매출 8,100억 원을 기록했습니다. 해외 매출 비중은 47%까지 높아졌습니다.',
    '',
    '올해 우리는 미국 텍사스 데이터센터에 변압기를 처음 공급했습니다. "납기를 지키는 회사가 결국 시장을 얻습니다." 저희가 생산능력 확대에 투자해 온 이유입니다.',
    '',
    '2026년 3월',
    '한결전기 대표이사 박 서 준',
    '',
    '주요 성과',
    '',
    '변압기 수주잔고는 2조 1,000억 원입니다.',
  ].join('\n');

  it("gives the letter's quotation to the signature's name, its syllables joined", () => {
    assert.deepEqual(said('/ir/hangyeol-ko.txt', ko), ['person:박서준 | 납기를 지키는 회사가 결국 시장을 얻습니다.']);
  });

  it('reads an English letter signed after a closing', () => {
    const en = [
      'Northgate Power Annual Report 2025',
      '',
      'Letter to shareholders',
      '',
      'Dear shareholders,',
      '',
      'In 2025 we connected our first data center campus, in Abilene. "A campus that waits for power earns nothing." That is why we build the substation first.',
      '',
      'Sincerely,',
      '',
      'Ines Duarte',
      'Chief Executive Officer',
      '',
      'Operating review',
      '',
      'Revenue rose 18% to $2.4 billion.',
    ].join('\n');
    assert.deepEqual(said('/ir/northgate.txt', en), [
      'person:Ines Duarte | A campus that waits for power earns nothing.',
    ]);
  });

  it('gives nothing when the letter has no signature before the next heading', () => {
    // (a name under the heading after it is no signature of the letter: "주요 성과" ended it)
    const unsigned = ko.replace('2026년 3월\n한결전기 대표이사 박 서 준\n', '') + '\n\n변압기사업부장 최준혁';
    assert.deepEqual(said('/ir/hangyeol-2.txt', unsigned), ['undefined | 납기를 지키는 회사가 결국 시장을 얻습니다.']);
  });

  it("flags unseen-36's line giving 최태식's words to 이수아 and keeps her own", () => {
    assert.deepEqual(on('unseen-36', 'stargate-indo-srilanka-suju-donghyang-ko.md', '이수아 대표는 또').codes, [
      'quote-misattributed',
    ]);
    const own = on('unseen-36', 'stargate-indo-srilanka-suju-donghyang-ko.md', '이수아 대표는 "물을 덜');
    // (없습니다 closed as 없다 is a written quotation's plain style, which the checker cannot tell from a change: unknown)
    assert.deepEqual(own.codes, []);
    assert.equal(own.claims[0]?.sources[0]?.match?.speaker, '이수아');
  });
});

describe('quote29: a transliterated family name ending like the particle 도 is part of the speaker phrase', () => {
  // Spanish and Portuguese family names end in -do (Elizondo 엘리손도, Alvarado 알바라도, Delgado 델가도); written before the
  // company and the title, the word was read as a particle's and left out, so "엘리손도 톨리만 CEO" became "톨리만 CEO", a
  // surname that the article's "그루포 톨리만" (the company) then made a person.
  const phrases = (file: string, text: string) =>
    buildSource(file, text).quotes.map((q) => text.slice(q.speaker!.start, q.speaker!.end));
  const story = [
    '멕시코 데이터센터 동향',
    '',
    '바히아에너지는 케레타로에 300MW 캠퍼스를 짓는다.',
    '',
    '알바라도 바히아에너지 CEO는 "물 한 방울도 새로 뽑지 않겠다"고 말했다.',
    '',
    '로드리고 엘리손도 가르사 그루포 톨리만 최고경영자(CEO)는 "케레타로는 물 관리의 규율을 우리에게 준다"고 설명했다.',
    '',
    '경기도 관계자는 "국내 데이터센터 입지도 다시 검토하겠다"고 말했다.',
  ].join('\n');

  it('keeps the family name before the company and the title, and a province out', () => {
    assert.deepEqual(phrases('/ko/mx.txt', story), [
      '알바라도 바히아에너지 CEO',
      '엘리손도 가르사 그루포 톨리만 최고경영자(CEO)',
      '관계자',
    ]);
  });

  it("leaves unseen-37's true Korean line of Elizondo's words unflagged", () => {
    const { codes } = on('unseen-37', 'stargate-jungnammi-ulsan-suju-gihoe-bogoseo-ko.md', '엘리손도 톨리만 CEO는');
    assert.deepEqual(codes, []);
  });
});
