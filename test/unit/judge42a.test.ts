// True lines of unseen-62 and unseen-63 (promoted to tuning in session 42) that got a ✗, each traced to a general cause
// and tested on articles and report lines written here as an outlet and a writer would write them, then on the fixture
// line. Each case fails without its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const HGWW = 'hgww-members-brief-stargate-ghoubet-salman-water-power.md';

// unseen-62 hgww L31, "Its cost is USD 4.5bn, about BD 1.69bn." under "## Salman (Bahrain)" (true: the Tribune's "Its
// cost is put at $4.5 billion"). A thread's "Côte d'Or first. The cost is now $3.6bn …" refuted it: "Côte" was read
// as no name (its second letter is no a-z), so the sentence before named no place and the cost was carried back to
// the thread's opening tweet, which names all three campuses, Salman among them.
describe('judge42a: a capitalized name with an accented letter is a place', () => {
  const corpus = writtenSources(
    {
      'gulf-ledger.md': [
        '# Korean chillers for the Oran campus',
        '',
        '*Gulf Ledger, 2 June 2026*',
        '',
        'Stargate Oran is planned at 200 MW on the coast east of the port.',
        '',
        'Its cost is put at $2.8 billion, the developer said.',
        '',
      ].join('\n'),
      'thread.md': [
        '# Thread: the three smaller campuses',
        '',
        '*Thread Reader, 20 September 2026*',
        '',
        'A September look at three campuses: Zélande (Netherlands), Oran (Algeria) and Tromsø (Norway).',
        '',
        'Zélande first. The cost is now $3.4bn, up from $3.1bn at the March signing.',
        '',
      ].join('\n'),
    },
    'xref-judge42a-accent-',
  );

  it("does not refute one campus's cost by another's written after an accented name", () => {
    const text = '## Oran (Algeria)\n\nStargate Oran is a 200 MW campus east of the port.\n\nIts cost is $2.8bn.\n';
    const j = figureJudged(corpus, text, '$2.8bn');
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });

  it('unseen-62 hgww L31: USD 4.5bn is not flagged', () => {
    const j = reportLineJudged('unseen-62', HGWW, 31, 'USD 4.5bn');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-62 hgww L59, "Give Arta's 1,500 m³ a day a meter and a public monthly report." (true: the thread's "6,000
// m³/day of desalination, 1,500 m³ of it for Arta town"). The part "of it" writes the rate's volume and leaves its
// period to the rate before it: read as a volume, it left the 6,000 m³/day as the sentence's only rate to refute the line.
describe('judge42a: a part "of it" of a rate states that part as a rate', () => {
  const corpus = writtenSources(
    {
      'coast-water.md': [
        '# Desalination for the Nouadhibou campus',
        '',
        '*Coast Water Review, 4 August 2026*',
        '',
        'The Nouadhibou plant will make 8,000 m³/day of fresh water, 2,000 m³ of it for the fishing town of Cansado.',
        '',
      ].join('\n'),
    },
    'xref-judge42a-part-',
  );

  it("does not refute the town's share by the plant's whole output", () => {
    const j = figureJudged(corpus, "Meter Cansado's 2,000 m³ a day of desalinated water.\n", '2,000 m³');
    assert.deepEqual(loud(j), [], messages(j));
  });

  it('still refutes another output of the plant', () => {
    const j = figureJudged(corpus, 'The Nouadhibou plant will make 9,000 m³ a day of fresh water.\n', '9,000 m³');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });

  it('unseen-62 hgww L59: 1,500 m³ a day is not flagged', () => {
    const j = reportLineJudged('unseen-62', HGWW, 59, '1,500 m³');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

const IOCB = 'iocb-credit-note-ile-verte-stargate-cote-dor-equity-bridge.md';
const JEONBUK = 'jeonbuk-douihoe-ipbeopjeongchaek-jipyeongseon-stargate-yeongcheon-bigyo-ko.md';

// unseen-62 iocb L39, "Jipyeongseon Electric (Gimje) signed a USD 8.6m ring-main-unit order on 9 September, about KRW
// 11.9bn, 14.2% of its 2025 revenue." (true). The writer's conversion of the dollar amount was read as one only where
// it ended its clause, and the comma before the next item of the run kept it from that reading: the firm's other order
// (KRW 43.8bn, in the thread's sentence) refuted the conversion.
describe("judge42a: the line's own conversion may end at a comma before the next item", () => {
  const corpus = writtenSources(
    {
      'trade-wire.md': [
        '# Changwon maker wins two Gulf orders',
        '',
        '*Trade Wire, 2 October 2026*',
        '',
        'Namhae Switchgear (Changwon): KRW 52.4bn for Oman transformers in May, then a $6.1m switchgear order for Qatar on Sept 3.',
        '',
      ].join('\n'),
    },
    'xref-judge42a-conv-',
  );

  it('does not refute the conversion by the firm’s other order', () => {
    const text =
      'Namhae Switchgear (Changwon) signed a USD 6.1m switchgear order on 3 September, about KRW 8.4bn, 9.5% of its 2025 revenue.\n';
    const j = figureJudged(corpus, text, 'KRW 8.4bn');
    assert.deepEqual(loud(j), [], messages(j));
  });

  it('unseen-62 iocb L39: about KRW 11.9bn is not flagged', () => {
    const j = reportLineJudged('unseen-62', IOCB, 39, 'KRW 11.9bn');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-62 jeonbuk L20, "- 영천 두 회사 합계 497억 원으로, 김제 한 회사(557억 원)보다 60억 원 적음" (true: the writer's
// difference). A report's note style closes the line with the noun form 적음, which was not read as a word of change:
// the 60억 원 was read as a level, and the sources' total of the three firms (1,054억 원) refuted it.
describe('judge42a: a Korean difference closed in note style (적음, 많음) is a change, not a level', () => {
  const corpus = writtenSources(
    {
      'gyeongnam-news.md': [
        '# 창원·김해 중소기업, 중동 데이터센터 수주 합계 820억 원',
        '',
        '*경남산업신문, 2026년 10월 2일*',
        '',
        '도의원은 "창원과 김해의 중소기업이 따낸 820억 원은 시작일 뿐입니다"라고 말했다.',
        '',
        '김해 두 회사는 합계 380억 원을 수주했다.',
        '',
      ].join('\n'),
    },
    'xref-judge42a-diff-',
  );

  it('does not refute the difference by the total', () => {
    const j = figureJudged(
      corpus,
      '- 김해 두 회사 합계 380억 원으로, 창원 한 회사(440억 원)보다 60억 원 적음\n',
      '60억 원',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });

  it('unseen-62 jeonbuk L20: 60억 원 적음 is not flagged', () => {
    const j = reportLineJudged('unseen-62', JEONBUK, 20, '60억 원');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-62 hgww L41, "Bahrain has granted Manama Compute a 25% discount on the industrial power tariff for ten years."
// (planted: 15% was granted, 25% asked for). The English sources' 25% were read as asked for and set aside, but the
// Korean letter's "마나마 컴퓨트가 요청한 산업용 전기요금 25% 할인 대신 15% 할인을 10년간 승인했습니다" gave its 25% the
// 승인 after 대신, the verb of the amount that replaced it: read as granted, it vouched for the line.
describe('judge42a: an amount given up for another (X 대신 Y) is not what was granted', () => {
  const corpus = writtenSources(
    {
      'jeonnam-letter.md': [
        '# 전남 산단 레터 12호',
        '',
        '*전남 산단 레터, 2026년 9월 3일*',
        '',
        '오만 정부는 두쿰 컴퓨트가 요청한 산업용 전기요금 40% 할인 대신 20% 할인을 5년간 승인했습니다.',
        '',
      ].join('\n'),
      'gyeongbuk-news.md': [
        '# 구미 부품업체, 사우디 데이터센터에 배전반 공급',
        '',
        '*경북일보, 2026년 8월 20일*',
        '',
        '구미의 한 부품업체가 사우디 데이터센터에 배전반을 공급한다. 계약 금액은 작년 매출의 12%에 해당한다.',
        '',
      ].join('\n'),
    },
    'xref-judge42a-instead-',
  );

  it('refutes a line that gives the amount asked for as granted', () => {
    const j = figureJudged(
      corpus,
      'Oman has granted Duqm Compute a 40% discount on the industrial power tariff for five years.\n',
      '40%',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });

  it('still vouches for the amount granted', () => {
    const j = figureJudged(
      corpus,
      'Oman has granted Duqm Compute a 20% discount on the industrial power tariff for five years.\n',
      '20%',
    );
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });

  it('unseen-62 hgww L41: the 25% discount granted is flagged', () => {
    const j = reportLineJudged('unseen-62', HGWW, 41, '25%');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});
