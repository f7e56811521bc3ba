// Issue 10 (quote31): quotation lines unseen-40 and unseen-41 (promoted to tuning in session 31) got wrong.
import { strict as assert } from 'assert';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { on, said } from './quoted';

const quoteFindings = (text: string, corpus: Corpus) =>
  checkReport(corpus, text, {}).findings.filter((f) => f.code.startsWith('quote'));
const quoteClaims = (text: string, corpus: Corpus) =>
  checkReport(corpus, text, {}).claims.filter((c) => c.type === 'quote');

describe('quote31: a verbatim record that names who speaks in capitals, then a full stop', () => {
  // The English translation of a Spanish city council's plenary record, as continental records print a turn: the
  // speaker in capitals, what they are after a comma or their group in brackets, a full stop, the words.
  const record = [
    'CITY COUNCIL OF CARTAGENA',
    'ORDINARY PLENARY SESSION OF 14 MAY 2026 – VERBATIM RECORD (EXTRACT)',
    '',
    'Present: Mayor Rocío Belmonte; Andrés Quiles, Councillor for Urban Planning; Marta Sáez, Councillor (Vox)',
    '',
    'ITEM 4. Motion on the water supply of the Escombreras data centre campus.',
    '',
    'MAYOR. Councillor Sáez has the floor to present the motion.',
    '',
    'SÁEZ (Vox). Thank you, Madam Mayor. The campus will use 3,000 cubic metres of water a day in a dry region. We ask',
    'that the council publish every permit the company holds.',
    '',
    'QUILES, Councillor for Urban Planning. Thank you. The permit allows only reclaimed water from the Cabezo Beaza',
    'plant, and the company has asked for nothing more. Not a single cubic metre will come from the Taibilla canals. We',
    'will publish the permit this week.',
    '',
    'MAYOR. The motion is put to the vote.',
    '',
    'RESOLUTION NO. 2026-31: Motion by Quiles to adopt Resolution No. 2026-31 on the campus water permit. Carried.',
  ].join('\n');

  it("gives each turn to the person its label names, the record's full name for a family name", () => {
    assert.deepEqual(said('/es/cartagena-pleno.txt', record), [
      'person:Marta Sáez | Thank you, Madam Mayor. The campus will use 3,000 cubic metres of water a day in a dry region. We ask that the council publish every permit the company holds.',
      'person:Andrés Quiles | Thank you. The permit allows only reclaimed water from the Cabezo Beaza plant, and the company has asked for nothing more. Not a single cubic metre will come from the Taibilla canals. We will publish the permit this week.',
    ]);
  });

  it('flags a word changed in a sentence of a turn, and the fix puts in that sentence only', () => {
    const corpus = Corpus.of([buildSource('/es/cartagena-pleno.txt', record)]);
    const report =
      'Councillor Andrés Quiles told the council: "Not a single litre will come from the Taibilla canals."';
    const [f] = quoteFindings(report, corpus);
    assert.equal(f?.code, 'quote-mismatch');
    assert.equal(f.fixes[0].newText, 'Not a single cubic metre will come from the Taibilla canals.');
    assert.match(f.message, /“Not a single cubic metre will come from the Taibilla canals\.”/);
  });

  it("flags unseen-40's fact sheet line changing Ferrante's litre to a drop", () => {
    assert.deepEqual(on('unseen-40', 'acqua-nostra-augusta-aliaga-fact-sheet.md', 'Ferrante told the Assembly').codes, [
      'quote-mismatch',
    ]);
    const own = on('unseen-40', 'acqua-nostra-augusta-aliaga-fact-sheet.md', 'Lo Giudice answered');
    assert.equal(own.claims[0]?.status, 'supported');
  });
});

describe("quote31: a report's heading opens no speaker's turn", () => {
  // A campaign's fact sheet: headings "Place: topic" over bullets, read as a transcript's labels ("Augusta:"), gave the
  // bullets to a full name ending in the place ("Comitato Acqua Nostra Augusta").
  it('reads no quotation in headings and bullets', () => {
    const report = [
      '# Fact sheet: the Escombreras campus',
      '',
      'Comité Agua Viva Escombreras–Cartagena, with Ecologistas (Murcia) | 3 June 2026',
      '',
      '## Escombreras: what was approved',
      '',
      '- The permit allows 2,000 cubic metres of reclaimed water a day.',
      '',
      '## Escombreras: jobs',
      '',
      '- The campus will employ about 300 people.',
    ].join('\n');
    assert.deepEqual(quoteClaims(report, Corpus.of([])), []);
  });
});

describe('quote31: a person "of the" body, before the verb', () => {
  const story = [
    'Izmir campus breaks ground',
    '',
    'The Kemalpaşa campus broke ground on Monday.',
    '',
    '"Every megawatt here is a megawatt of trust in Izmir," said Leyla Arslan, head of the Izmir Development Agency.',
    '',
    'Kerem Doğan of the Izmir Chamber of Commerce said: "The port and the wind are what brought them here."',
  ].join('\n');

  it('gives the words to the person, not to the body', () => {
    assert.deepEqual(said('/tr/izmir.txt', story), [
      'person:Leyla Arslan | Every megawatt here is a megawatt of trust in Izmir',
      'person:Kerem Doğan | The port and the wind are what brought them here.',
    ]);
  });

  it("flags a report line giving one person's words to another of a body", () => {
    const corpus = Corpus.of([buildSource('/tr/izmir.txt', story)]);
    const report =
      'Kerem Doğan of the Izmir Chamber of Commerce said: "Every megawatt here is a megawatt of trust in Izmir."';
    assert.deepEqual(
      quoteFindings(report, corpus).map((f) => f.code),
      ['quote-misattributed'],
    );
  });
});

describe("quote31: a speaker's appositive that names a place and its country", () => {
  it('reads the subject before the appositive, not the place in it', () => {
    const story = [
      'Transformer maker signs Izmir order',
      '',
      'Park Min-jae, chief executive of Hanbit Electric, whose plant in Changwon, Korea, builds the transformers, said: "A transformer is a promise for forty years."',
    ].join('\n');
    assert.deepEqual(said('/en/hanbit.txt', story), [
      'person:Park Min-jae | A transformer is a promise for forty years.',
    ]);
  });
});

describe('quote31: words a line says belong to someone', () => {
  // A fact-check memo corrects a draft's attribution: the owner of the words is named after "belongs to".
  const story = [
    'Ceará port picks its data centre builder',
    '',
    '"The coast gives us wind, sun and a port on the same shore," said Daniel Castro, vice president at Stargate.',
    '',
    "Lee Ji-won, who runs the contractor's Brazil unit, said the work would start in May.",
  ].join('\n');

  it('gives them to the person named after "belongs to"', () => {
    const corpus = Corpus.of([buildSource('/br/ceara.txt', story)]);
    const report =
      '- The draft gives the coast quote to Stargate; it belongs to Lee Ji-won: "The coast gives us wind, sun and a port on the same shore."';
    assert.deepEqual(
      quoteFindings(report, corpus).map((f) => f.code),
      ['quote-misattributed'],
    );
  });

  it('still reads no one after "to" that addresses the words', () => {
    const corpus = Corpus.of([buildSource('/br/ceara.txt', story)]);
    const report =
      '- His message to Lee Ji-won was plain: "The coast gives us wind, sun and a port on the same shore."';
    assert.deepEqual(quoteFindings(report, corpus), []);
  });
});

describe("quote31: a signed letter's sections", () => {
  // A fund's quarterly letter, as Markdown: sections under headings and a table, then the closing and the signature.
  const letter = [
    '# Quarterly Letter to Limited Partners',
    '',
    'Dear Partners,',
    '',
    'The quarter was our busiest yet.',
    '',
    '## Our first campus',
    '',
    'We committed US$400 million to the Ridgeway campus. As I told the committee: "We are buying the part of AI that looks like a utility."',
    '',
    '## Portfolio',
    '',
    '| Investment | Commitment |',
    '|---|---|',
    '| Ridgeway | 400 |',
    '',
    'Sincerely,',
    '',
    '**Hana Okafor**',
    'Chief Executive Officer',
  ].join('\n');

  it("gives the letter's quotation to its signer across its headings and table", () => {
    assert.deepEqual(said('/fund/letter.md', letter), [
      'person:Hana Okafor | We are buying the part of AI that looks like a utility.',
    ]);
  });

  it('gives nothing when a heading comes before a name with no closing word', () => {
    const unsigned = letter.replace('Sincerely,\n\n**Hana Okafor**\nChief Executive Officer', '**Hana Okafor**');
    assert.deepEqual(said('/fund/letter2.md', unsigned), [
      'undefined | We are buying the part of AI that looks like a utility.',
    ]);
  });
});

describe("quote31: a Korean brief's item that quotes someone after a colon", () => {
  // A city's economic newsletter in plain text: items under □ and ○, and a remark set under an arrow, its words hard-
  // wrapped onto the next line, the speaker's name and title before a colon and no verb of saying.
  const brief = [
    '포항상공회의소 포항 경제 동향 2026년 11월호',
    '',
    '□ 영일만 산단 데이터센터 착공',
    '  ○ 1단계 200MW, 2028년 가동 목표',
    '  ○ 지역 협력업체 12곳이 변전 설비 공사에 참여',
    '',
    '  ▶ 박정호 포항상공회의소 회장: "철강 도시의 전력망이 데이터센터를 부르고 있다는 것은 포항 산업의',
    '     다음 장이 열리고 있다는 뜻"',
    '',
    '□ 수출 동향',
    '  ○ 10월 철강 수출은 8억 2천만 달러로 전년 동월보다 3.1% 줄었다.',
  ].join('\n');

  it("gives the item's words to the name before the colon, across the line break", () => {
    assert.deepEqual(said('/ko/pohang-brief.txt', brief), [
      'person:박정호 | 철강 도시의 전력망이 데이터센터를 부르고 있다는 것은 포항 산업의 다음 장이 열리고 있다는 뜻',
    ]);
  });

  it('reads the label on a line of its own too', () => {
    const plain = brief.replace('  ▶ 박정호', '박정호').replace('포항 산업의\n     다음', '포항 산업의 다음');
    assert.deepEqual(said('/ko/pohang-brief2.txt', plain), [
      'person:박정호 | 철강 도시의 전력망이 데이터센터를 부르고 있다는 것은 포항 산업의 다음 장이 열리고 있다는 뜻',
    ]);
  });
});

describe("quote31: a line's date that dates the document it names", () => {
  // A fact-check memo cites a fund's letter by its date; the letter quotes its chief executive's words to a committee
  // in September. The letter's date is when it was issued, not the day of the committee.
  const letter = [
    'Quarterly Letter to Investors — Third Quarter 2026',
    '',
    'Harbor Ridge Infrastructure Partners',
    'Boston, November 12, 2026',
    '',
    'Dear Investors,',
    '',
    'We closed our second fund in the quarter. As I told our investment committee in September: "Power contracts are the new land."',
    '',
    'Sincerely,',
    '',
    'Maya Lindgren',
    'Chief Executive Officer',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource('/funds/harbor-ridge-q3-letter.txt', letter)]);
  const loudOn = (report: string) =>
    checkReport(corpus(), report, {})
      .findings.filter((f) => f.severity !== 'information')
      .map((f) => f.code);

  it('is not refuted by the day of what the document reports', () => {
    assert.deepEqual(loudOn('- Maya Lindgren, in the firm\'s Nov. 12 letter: "Power contracts are the new land."'), []);
  });

  it("reads a Korean line's 일자 before the document too", () => {
    const c = checkReport(
      corpus(),
      '- 마야 린드그렌 대표는 11월 12일자 서한에서 "Power contracts are the new land"라고 썼다.',
      {},
    ).claims.find((x) => x.type === 'figure');
    assert.equal(c?.status, 'supported');
  });

  it('is vouched for by the document of that date', () => {
    const c = checkReport(
      corpus(),
      '- Maya Lindgren, in the firm\'s Nov. 12 letter: "Power contracts are the new land."',
      {},
    ).claims.find((x) => x.type === 'figure');
    assert.equal(c?.status, 'supported');
    // (the committee's September is shown as no disagreement)
    assert.deepEqual(
      c?.sources.filter((s) => !s.agrees).map((s) => s.match?.text),
      [],
    );
  });
});

describe("quote31: a Korean record's label with the name in brackets after the role", () => {
  // A public company's board minutes: the chair is labelled by the chair's role, the name and title in brackets, as
  // are the executives reporting; the directors by name and title.
  const minutes = [
    '서남에너지(주) 2026년도 제9차 이사회 회의록',
    '',
    '1. 일시 : 2026년 9월 3일(목) 14:00',
    '2. 출석이사 : 정민호(사장, 의장), 오세진(기술본부장), 비상임이사 김하린, 박도윤',
    '',
    '  ○ 의장(정민호 사장) : 성원이 되었으므로 제9차 이사회를 개회하겠습니다.',
    '',
    '  ○ 김하린 이사 : 사업비가 1조 2,000억 원으로 충분한지 검토가 필요합니다.',
    '',
    '  ○ 박도윤 이사 : 지역 주민 설명회 일정은 어떻게 됩니까?',
    '',
    '  ○ 의장(정민호 사장) : 설명회는 10월에 엽니다. 데이터센터 한 곳만을 위한 발전소가 아닙니다.',
    '',
    '  ○ 기술본부장(오세진) : 착공은 2027년 3월을 목표로 하고 있습니다.',
  ].join('\n');

  it("gives each turn to the bracket's name, not to the director before it", () => {
    assert.deepEqual(
      said('/ko/seonam-board.txt', minutes).filter((s) => /정민호|오세진/.test(s)),
      [
        'person:정민호 | 성원이 되었으므로 제9차 이사회를 개회하겠습니다.',
        'person:정민호 | 설명회는 10월에 엽니다. 데이터센터 한 곳만을 위한 발전소가 아닙니다.',
        'person:오세진 | 착공은 2027년 3월을 목표로 하고 있습니다.',
      ],
    );
  });
});
