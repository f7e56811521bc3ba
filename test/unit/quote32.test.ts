// Issue 10 (quote32): quotation lines unseen-42 and unseen-43 (promoted to tuning in session 32) got wrong, and the
// quotation lines left from session 31.
import { strict as assert } from 'assert';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { splitSentences } from '../../server/src/text/sentences';
import { on, said } from './quoted';

const quoteFindings = (text: string, corpus: Corpus) =>
  checkReport(corpus, text, {}).findings.filter((f) => f.code.startsWith('quote'));

describe("quote32: a release's quotation set apart under the line that says who speaks", () => {
  // A stock exchange announcement sets each quote as a paragraph of its own, under "X said:" on the line before.
  const release = [
    'ASX ANNOUNCEMENT',
    '',
    'Brolga Wind signs supply agreement with Stargate Gladstone',
    '',
    'Brolga Wind Limited (ASX: BWL) is pleased to announce a 15-year supply agreement for up to 600 MW.',
    '',
    'Brolga Wind Managing Director Imogen Carrow said:',
    '',
    '"We have spent six years getting this wind farm ready for exactly this customer. Today that work pays off."',
    '',
    "Tomas Lindqvist, Stargate's head of energy procurement, said:",
    '',
    '"Gladstone gives us a port, a grid and a wind resource we can count on through the night."',
    '',
    'The agreement is subject to financial close.',
  ].join('\n');

  it('gives each quotation to the speaker the line before it names', () => {
    assert.deepEqual(said('/au/brolga-asx.txt', release), [
      'person:Imogen Carrow | We have spent six years getting this wind farm ready for exactly this customer. Today that work pays off.',
      'person:Tomas Lindqvist | Gladstone gives us a port, a grid and a wind resource we can count on through the night.',
    ]);
  });

  it("flags a report line giving the managing director's words to Stargate's man", () => {
    const corpus = Corpus.of([buildSource('/au/brolga-asx.txt', release)]);
    const report =
      'Tomas Lindqvist, Stargate\'s head of energy procurement, said: "We have spent six years getting this wind farm ready for exactly this customer."';
    assert.deepEqual(
      quoteFindings(report, corpus).map((f) => f.code),
      ['quote-misattributed'],
    );
  });

  it('gives no one the words under a line with a colon and no verb of saying', () => {
    const notes = [
      'Brolga Wind: notes for the board',
      '',
      'The sign at the gate read:',
      '',
      '"Authorised personnel only. All visitors must report to the site office."',
    ].join('\n');
    assert.deepEqual(said('/au/notes.txt', notes), [
      'undefined | Authorised personnel only. All visitors must report to the site office.',
    ]);
  });

  it("flags unseen-42's briefing line giving Fiona Tregear's words to Callum Whitlock", () => {
    assert.deepEqual(on('unseen-42', 'stargate-anz-campuses-shadow-minister-briefing.md', 'Kalvarra to win').codes, [
      'quote-misattributed',
    ]);
  });
});

describe('quote32: the honorific "Hon." before a name', () => {
  // A West African paper names a minister as parliament addresses them: "the Minister for Finance, Hon. …".
  const story = [
    'Takoradi campus gets its power deal',
    '',
    '"The campus pays for its own power, every last kilowatt," the Minister for Finance, Hon. Kofi Asante-Darko, told Parliament on Tuesday.',
    '',
    '"We will hire from Takoradi first," said Abena Owusu-Ansah of Fante Compute.',
  ].join('\n');

  it('ends no sentence', () => {
    const t = 'The Minister for Finance, Hon. Kofi Asante-Darko, told Parliament. The Rt. Hon. Member agreed.';
    assert.deepEqual(
      splitSentences(t, [{ start: 0, end: t.length }]).map((s) => t.slice(s.start, s.end)),
      ['The Minister for Finance, Hon. Kofi Asante-Darko, told Parliament.', 'The Rt. Hon. Member agreed.'],
    );
  });

  it('gives the words to the minister by name, the honorific no part of it', () => {
    assert.deepEqual(said('/gh/takoradi.txt', story), [
      'person:Kofi Asante-Darko | The campus pays for its own power, every last kilowatt',
      'person:Abena Owusu-Ansah | We will hire from Takoradi first',
    ]);
  });

  it("flags unseen-43's paper line giving the minister's words to Efua Mensah-Bonsu", () => {
    assert.deepEqual(on('unseen-43', 'two-coasts-one-cloud-campus-paper-draft.md', 'Every megawatt here').codes, [
      'quote-misattributed',
    ]);
  });
});

describe('quote32: a province in a Korean speaker phrase', () => {
  // A regional broadcaster names a provincial official by name, province and post: 충북도, 경남도 end like the particle 도.
  const story = [
    '경남 배터리 업체, 스타게이트 ESS 수주',
    '',
    '한서에너지 박지훈 대표는 "창원에서 만든 배터리가 해외 캠퍼스의 밤을 지키게 됐다"고 말했습니다.',
    '',
    '경상남도도 반기는 분위기입니다. 오민석 경남도 산업국장은 "도내 기업의 해외 수주가 이어지도록 돕겠다"고 말했습니다.',
  ].join('\n');

  it('keeps the province in the phrase and gives the words to the official', () => {
    assert.deepEqual(said('/ko/gyeongnam-ess.txt', story), [
      'person:박지훈 | 창원에서 만든 배터리가 해외 캠퍼스의 밤을 지키게 됐다',
      'person:오민석 | 도내 기업의 해외 수주가 이어지도록 돕겠다',
    ]);
  });

  it("flags a line giving the official's words to the company's chief", () => {
    const corpus = Corpus.of([buildSource('/ko/gyeongnam-ess.txt', story)]);
    assert.deepEqual(
      quoteFindings('박지훈 대표는 "도내 기업의 해외 수주가 이어지도록 돕겠다"고 밝혔다.', corpus).map((f) => f.code),
      ['quote-misattributed'],
    );
  });

  it("flags unseen-43's line giving 변성민's words to 류정환", () => {
    assert.deepEqual(
      on('unseen-43', 'chungbuk-battery-power-stargate-orders-check-ko.md', '류정환 대표는 "도내').codes,
      ['quote-misattributed'],
    );
  });
});

describe("quote32: a council's page of a member's speech, its fields set with spaces", () => {
  // A provincial council's site prints a member's five-minute speech as its script: a header of fields with no colon,
  // a note, a rule, then the speech in paragraphs with no quotation marks, to a rule and the attachment.
  const page = [
    '경상남도의회 > 의정활동 > 5분 자유발언',
    '',
    '제목      거제 AI 데이터센터, 물은 어디서 오는가',
    '발언의원  박은주 의원 (거제시 제1선거구 / 농해양수산위원회)',
    '회    기  제412회 임시회 제1차 본회의',
    '발언일자  2026-09-02',
    '',
    '※ 본 자료는 발언 원고이며, 실제 발언 내용은 회의록을 참고하시기 바랍니다.',
    '',
    '--------------------------------------------------------------------',
    '',
    '  존경하는 도민 여러분, 의장님과 동료 의원 여러분.',
    '',
    '  거제시 제1선거구 박은주 의원입니다.',
    '',
    '  데이터센터는 하루에 물 4천 톤을 씁니다. 거제의 여름 가뭄을 겪어 본 도민이라면 그 물이 어디서 오는지',
    '묻지 않을 수 없습니다.',
    '',
    '  경청해 주셔서 감사합니다.',
    '',
    '--------------------------------------------------------------------',
    '첨부  5분자유발언_박은주_0902.hwp (41KB)',
  ].join('\n');

  it("gives each paragraph of the speech to the member the field names, a name ending as a place's 주 may", () => {
    const got = said('/ko/gyeongnam-council-5min.txt', page);
    assert.equal(got.length, 4);
    assert.ok(got.every((q) => q.startsWith('person:박은주 | ')));
    assert.ok(got[2].includes('그 물이 어디서 오는지 묻지 않을 수 없습니다.'));
  });

  it('supports a report line quoting a sentence of the speech', () => {
    const corpus = Corpus.of([buildSource('/ko/gyeongnam-council-5min.txt', page)]);
    const claims = checkReport(
      corpus,
      '박은주 의원은 "거제의 여름 가뭄을 겪어 본 도민이라면 그 물이 어디서 오는지 묻지 않을 수 없습니다"라고 말했다.',
      {},
    ).claims.filter((c) => c.type === 'quote');
    assert.deepEqual(
      claims.map((c) => c.status),
      ['supported'],
    );
  });

  it("supports unseen-38's line quoting 송현주's speech", () => {
    assert.deepEqual(
      on('unseen-38', 'saemangeum-stargate-jeollyeok-pyeyeol-geomto-bogoseo-ko.md', '송현주 의원의').claims.map(
        (c) => c.status,
      ),
      ['supported'],
    );
  });
});

describe('quote32: a formal ending quoted in the plain style, by the same speaker', () => {
  // A company's annual report opens with its chief executive's message, signed; a paper quotes a sentence of it as
  // Korean quotes any sentence in indirect speech, 없습니다 closed as 없다고.
  const report = [
    '한결냉각 2026 지속가능경영보고서 (발췌)',
    '',
    'CEO 메시지',
    '',
    '존경하는 이해관계자 여러분,',
    '',
    '올해 저희는 말레이시아 조호르의 스타게이트 캠퍼스에 냉각 설비를 공급했습니다. "물을 다시 쓰지 않는 냉각으로는',
    '조호르에서 허가를 받을 수 없습니다." 저희는 폐쇄형 순환 냉각에 투자를 집중하겠습니다.',
    '',
    '한결냉각 대표이사 정 하 윤',
    '',
    '---',
    '',
    '김도현 조호르법인장은 "현지 채용을 두 배로 늘리겠다"고 말했다.',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource('/ko/hangyeol-esg-2026.txt', report)]);
  const claim = (line: string) => checkReport(corpus(), line, {}).claims.find((c) => c.type === 'quote');

  it("is the signer's words: supported", () => {
    const c = claim('정하윤 대표는 "물을 다시 쓰지 않는 냉각으로는 조호르에서 허가를 받을 수 없다"고 강조했다.');
    assert.equal(c?.status, 'supported');
  });

  it('given to another person the corpus quotes, still misattributed', () => {
    assert.deepEqual(
      quoteFindings(
        '김도현 법인장은 "물을 다시 쓰지 않는 냉각으로는 조호르에서 허가를 받을 수 없다"고 강조했다.',
        corpus(),
      ).map((f) => f.code),
      ['quote-misattributed'],
    );
  });

  it('with a word changed before the ending, still a misquote', () => {
    assert.deepEqual(
      quoteFindings(
        '정하윤 대표는 "물을 다시 쓰지 않는 냉각으로는 말레이시아에서 허가를 받을 수 없다"고 강조했다.',
        corpus(),
      ).map((f) => f.code),
      ['quote-mismatch'],
    );
  });

  it("supports unseen-36's line closing 이수아's 없습니다 as 없다고", () => {
    assert.deepEqual(
      on('unseen-36', 'stargate-indo-srilanka-suju-donghyang-ko.md', '물을 덜 쓰는 냉각').claims.map((c) => c.status),
      ['supported'],
    );
  });
});
