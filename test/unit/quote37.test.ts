// Issue 10 (quote37): quotation misses of unseen-52 and unseen-53. Each rule is tested on a small source written as its
// outlet would write it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { on, said } from './quoted';

const quoteFindings = (text: string, corpus: Corpus) =>
  checkReport(corpus, text, {})
    .findings.filter((f) => f.code.startsWith('quote') && f.severity !== 'information')
    .map((f) => `${f.range.start.line}:${f.code}`);

describe('quote37: "“…,” as economy minister Claude Weyer put it" gives the words to the one it names', () => {
  // A grid newsletter's issue, as its platform sends it and archives it: short sections, quoted lines closed by who
  // said them.
  const file = '/no/power-lines-issue-41-skawina.txt';
  const text = [
    'Power Lines — Issue #41',
    '',
    'Two campuses, one river',
    '',
    'The campus at Skawina, south of Kraków, is still planned at 300 MW. Stargate\'s regional director, Tomasz Nowak, told a conference in June that "the river decides how fast we grow, not the order book."',
    '',
    'What makes Skawina different is the water clause: a third of the intake is kept for the town\'s own supply. "The river belongs to the valley first, and to the servers after," as energy commissioner Agnieszka Wróbel put it.',
    '',
  ].join('\n');

  it('reads the speaker after the quotation', () => {
    const got = said(file, text);
    assert.ok(
      got.includes('person:Agnieszka Wróbel | The river belongs to the valley first, and to the servers after'),
      got.join('\n'),
    );
  });

  it("names the words given to Stargate's director misattributed, and leaves the commissioner's alone", () => {
    const corpus = Corpus.of([buildSource(file, text)]);
    assert.deepEqual(
      quoteFindings(
        'Stargate\'s Tomasz Nowak summed up the clause: "The river belongs to the valley first, and to the servers after."',
        corpus,
      ),
      ['0:quote-misattributed'],
    );
    assert.deepEqual(
      quoteFindings(
        'Energy commissioner Agnieszka Wróbel summed up the clause: "The river belongs to the valley first, and to the servers after."',
        corpus,
      ),
      [],
    );
  });

  it("unseen-53: the Luxembourg minister's words given to Stargate's Daniel Whitcombe", () => {
    const r = on('unseen-53', 'noord-holland-energy-office-stargate-benelux-note.md', 'summed up the clause');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote37: "Mayor X called the project a way of “…”" is the mayor\'s speech', () => {
  // A regional government's weekly decisions page, one decision a paragraph.
  const file = '/no/dolnoslaskie-government-decisions-2026-04-14.txt';
  const text = [
    'Decisions of the Regional Government, 14 April 2026',
    '',
    'Wałbrzych: PLN 60 million for the heat network of the former Victoria mine',
    '',
    'The Regional Government approved a grant of PLN 60 million for the 18 km heat network that will carry server heat from the Stargate campus to the town. "We are turning the old mine shafts into a battery for the valley," said Minister Ewa Kowalczyk.',
    '',
    'Mayor Jan Zieliński welcomed the decision: "Eight thousand flats will be heated by the campus before the winter of 2029."',
    '',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource(file, text)]);

  it("gives the minister's words, moved to the mayor, to the minister", () => {
    assert.deepEqual(
      quoteFindings(
        'Mayor Jan Zieliński called the plan a way of "turning the old mine shafts into a battery for the valley."',
        corpus(),
      ),
      ['0:quote-misattributed'],
    );
  });

  it('leaves them alone with the minister', () => {
    assert.deepEqual(
      quoteFindings(
        'Minister Ewa Kowalczyk called the plan a way of "turning the old mine shafts into a battery for the valley."',
        corpus(),
      ),
      [],
    );
  });

  it("unseen-53: the Walloon minister's words given to the mayor of Seraing", () => {
    const r = on('unseen-53', 'uliege-seminar-note-seraing-heat-network.md', 'called the project a way of');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote37: a list item opened by who speaks and a colon (`- 서민재 … 본부장: "…"`) is that speaker\'s', () => {
  // An exporters' council's 간담회 결과보고 in 개조식, as text: a company an item, its figures and its head's remark
  // as sub-items, one paragraph.
  const file = '/no/changwon-suchul-hyeobuihoe-ganamhoe-gyeolgwa-2026-10-ko.txt';
  const text = [
    '          로테르담 스타게이트 캠퍼스 진출 회원사 간담회 결과보고',
    '                                         2026. 10. 14.',
    '                                  창원 수출기업협의회 사무국',
    '',
    '□ 회원사별 현황',
    '  ○ 한빛정공(창원, 배관)',
    '    - 배관 모듈 1,200톤, 3,100만 달러(약 434억 원) 이행 중',
    '    - 박준호 대표: "창원 공장 두 곳이 모두 돌아가면 유럽 물량을 혼자',
    '      감당할 수 있다"',
    '  ○ 남해해운(부산, 해운)',
    '    - 운송계약 95억 원, 총 6항차',
    '    - 오세린 물류본부장: "로테르담까지 32일, 내륙 운송을 더해 40일을',
    '      잡고 있다"',
    '',
  ].join('\n');

  it("gives each item's words to the one it names, however the item above began", () => {
    const got = said(file, text);
    assert.ok(
      got.some((x) => /^person:박준호 \| 창원 공장 두 곳이/.test(x)),
      got.join('\n'),
    );
    assert.ok(
      got.some((x) => /^person:오세린 \| 로테르담까지 32일/.test(x)),
      got.join('\n'),
    );
  });

  it("names a report's item that gives 박준호's words to 오세린 misattributed, the item above it quiet", () => {
    const corpus = Corpus.of([buildSource(file, text)]);
    const report = [
      '## 주요 발언',
      '',
      '- 오세린 남해해운 물류본부장: "로테르담까지 32일, 내륙 운송을 더해 40일을 잡고 있다"',
      '- 오세린 남해해운 물류본부장: "창원 공장 두 곳이 모두 돌아가면 유럽 물량을 혼자 감당할 수 있다"',
      '- 박준호 한빛정공 대표: "창원 공장 두 곳이 모두 돌아가면 유럽 물량을 혼자 감당할 수 있다"',
    ].join('\n');
    assert.deepEqual(quoteFindings(report, corpus), ['3:quote-misattributed']);
  });

  it("unseen-52: 윤재석's words given to 다도해로지스's 서민재, and 한도윤's item keeps only its misquote", () => {
    const report = 'jeonnam-tujayuchigwa-heukhae-kaspi-stargate-dohyang-bogo-ko.md';
    assert.deepEqual(on('unseen-52', report, '서민재 다도해로지스 본부장').codes, ['quote-misattributed']);
    assert.deepEqual(on('unseen-52', report, '한도윤 해솔가스 대표').codes, ['quote-mismatch']);
  });
});

describe("quote37: a foreign name's own spelling in brackets after it (`엘누르 하산리(Elnur Hasanli) AEP 회장은`)", () => {
  // A trade-promotion agency's market news, as its 무역관 writes it: a foreign name given once with its own spelling.
  const file = '/no/kotra-almaty-stargate-steppe-campus-ko.txt';
  const text = [
    '카자흐스탄 스타게이트 스텝 캠퍼스, 한국 기자재 수요 커져',
    '',
    '아이굴 누르베코바(Aigul Nurbekova) 카자흐전력 사장은 지난달 알마티에서 열린 설명회에서 "초원의 바람으로 서버를 돌리는 날이 곧 온다"고 말했다.',
    '',
    '현지에 공장을 둔 한빛케이블의 정우석 대표는 "알마티 공장에서 캠퍼스에 들어갈 케이블의 절반을 만든다"고 밝혔다.',
    '',
  ].join('\n');

  it('reads the name in Hangul as the speaker', () => {
    const got = said(file, text);
    assert.ok(
      got.some((x) => /^person:아이굴 누르베코바 \| 초원의 바람으로/.test(x)),
      got.join('\n'),
    );
  });

  it("names her words given to the cable maker's chief misattributed, and leaves them alone with her", () => {
    const corpus = Corpus.of([buildSource(file, text)]);
    assert.deepEqual(
      quoteFindings('정우석 한빛케이블 대표는 "초원의 바람으로 서버를 돌리는 날이 곧 온다"고 말했다.', corpus),
      ['0:quote-misattributed'],
    );
    assert.deepEqual(
      quoteFindings(
        '아이굴 누르베코바 카자흐전력 사장은 "초원의 바람으로 서버를 돌리는 날이 곧 온다"고 말했다.',
        corpus,
      ),
      [],
    );
  });
});
