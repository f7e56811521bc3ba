// Issue 10 (quote28): quotation lines unseen-34 and unseen-35 (promoted to tuning in session 28) got wrong.
import { strict as assert } from 'assert';
import { Corpus } from '../../server/src/corpus/corpus';
import { buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { parsePerson } from '../../server/src/extract/people';
import { corpusOf, on, fromPage, said } from './quoted';

describe('quote28: a name does not run across a blank line', () => {
  // A fact-check segment lists its sources one a paragraph, each a name and what they are, with no full stop: the
  // item before ends in capitalized words ("Arizona Department of Water Resources").
  const verify = [
    'VERIFY: Will the Red Butte data center drain the aquifer?',
    '',
    'THE SOURCES',
    '',
    'Marisol Fuentes, spokesperson, Arizona Department of Water Resources',
    '',
    'Owen Blackfeather, head of site operations, Red Butte Compute',
    '',
    'WHAT WE FOUND',
    '',
    'The company cut its request in August to 900 acre-feet a year.',
    '',
    '"We listened to the farmers and we cut what we asked for," Blackfeather told 12 News.',
  ].join('\n');

  it("reads the surname back to the item's own name, not the capitalized words of the item before", () => {
    assert.deepEqual(said('/verify/a.txt', verify), [
      'person:Owen Blackfeather | We listened to the farmers and we cut what we asked for',
    ]);
  });

  it('still reads a name the margin cut over two lines', () => {
    const text =
      'Headline\n\nThe board met on Monday with Owen\nBlackfeather of Red Butte. "We cut it," Blackfeather said.\n';
    assert.deepEqual(said('/wrap/a.txt', text), ['person:Owen Blackfeather | We cut it']);
  });

  it("leaves unseen-35's true Solís-Hart line unflagged", () => {
    const { codes, claims } = on('unseen-35', 'harquahala-eco-club-newsletter.md', 'who runs energy and water for');
    assert.deepEqual(codes, []);
    assert.equal(claims[0]?.status, 'supported');
  });
});

describe('quote28: a portfolio of two names before the title', () => {
  // Ministries are named "X and Y" (Energy and Natural Resources, Trade and Industry, Science and ICT); papers put the
  // portfolio before the title after a quotation as before one.
  const wire = [
    'Türkiye picks Thrace for data campus',
    '',
    'The campus will cost $14 billion, officials said on Tuesday.',
    '',
    '"This is the largest single foreign investment Thrace has ever seen, and it will not be the last," Energy and Natural Resources Minister Hakan Demirtaş told reporters at the signing ceremony in Istanbul.',
    '',
    '"We will export the know-how next," said Trade and Industry Minister Selin Aydın.',
  ].join('\n');

  it('reads the minister after the quotation, the verb or the title first', () => {
    assert.deepEqual(said('/wire/a.txt', wire), [
      'person:Hakan Demirtaş | This is the largest single foreign investment Thrace has ever seen, and it will not be the last',
      'person:Selin Aydın | We will export the know-how next',
    ]);
  });

  it("flags unseen-34's Korean line giving Yalçın's words to the minister", () => {
    const { codes } = on('unseen-34', 'stargate-mideast-turkiye-donghyang-ko.md', '하칸 데미르타시 에너지부 장관은');
    assert.deepEqual(codes, ['quote-misattributed']);
  });
});

describe("quote28: an interview whose questions are the page's headings", () => {
  // A fund's annual review interviews its chief executive: the chapter's head names him in a standfirst set apart
  // from the body, and each question is an <h3> over a plain answer. The reader gives the headings as plain
  // paragraphs, so the questions are known by their question marks, the lead's "In conversation with … talks about"
  // and answers in the first person.
  const page = (standfirst: string, headline = 'In conversation with our Chief Executive') =>
    [
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
      `<title>${headline} | Annual Review 2025 | Nile Delta Investment Authority</title>`,
      `<meta property="og:title" content="${headline}">`,
      '</head><body><nav><a href="/">Overview</a> <a href="/portfolio">Portfolio</a></nav><main>',
      '<section class="chapter-head"><p class="chapter-no">03</p>',
      `<h1>${headline}</h1>`,
      `<p class="standfirst">${standfirst}</p>`,
      '<figure><img src="ceo.jpg" alt=""><figcaption>Karim Mansour, Chief Executive Officer</figcaption></figure>',
      '</section><section class="qa">',
      '<h3>How would you describe the year?</h3>',
      '<p>It was our best year since the Authority was founded. Assets under management reached USD 31 billion, and the portfolio returned 8.1%. More than a third of what we committed stayed at home.</p>',
      '<h3>What have you committed to the Sokhna campus?</h3>',
      '<p>In November we agreed with Stargate to build a 600-megawatt campus at Sokhna. We hold 30% of the project company. The first 150 megawatts should run in 2028.</p>',
      '<h3>Why Sokhna?</h3>',
      '<p>Because of the canal and the wind. Sokhna was built for tankers; now we are building it for computation.</p>',
      '<h3>Sovereign funds are often called passive partners. Is the Authority different?</h3>',
      '<p>We are a patient investor, but not a quiet one. We sit on the board of the project company, we have a say in the choice of contractors, and we have insisted that at least 40% of the permanent jobs go to Egyptians from the first phase onward.</p>',
      '<h3>How many jobs are we talking about?</h3>',
      '<p>About 3,500 people at the peak of construction and around 400 permanent jobs once the campus is complete. We expect most of the construction workers to come from the governorates along the canal.</p>',
      '<h3>What comes next?</h3>',
      '<p>The tenders for the seawater intake will be issued this year, and we want local firms in every consortium.</p>',
      '</section></main><footer><p>© 2026 Nile Delta Investment Authority.</p></footer></body></html>',
    ].join('\n');

  it('gives the answers to the person the standfirst names', () => {
    const s = fromPage(
      '/review/ceo.html',
      page(
        'Karim Mansour, Chief Executive Officer of the Nile Delta Investment Authority, talks about the year, the Sokhna AI campus with Stargate and the Authority’s role as a co-investor.',
      ),
    );
    const answers = s.quotes.filter((q) => q.speakerId === 'person:Karim Mansour').map((q) => q.text);
    assert.equal(answers.length, 6);
    assert.ok(answers.some((t) => t.endsWith('now we are building it for computation.')));
  });

  it('reads an explainer, answered in the third person, as no interview', () => {
    const explainer = page(
      'Karim Mansour, Chief Executive Officer of the Nile Delta Investment Authority, talks about the year.',
    )
      .replace(/It was our best year[^<]*/, 'It was the best year since the Authority was founded.')
      .replace(/In November we agreed[^<]*/, 'In November the Authority agreed with Stargate to build a campus.')
      .replace(/Because of the canal[^<]*/, 'Because of the canal and the wind, the planners say.')
      .replace(/The tenders for[^<]*/, 'The tenders will be issued this year.');
    assert.deepEqual(fromPage('/review/explainer.html', explainer).quotes, []);
  });

  it('reads no interview where neither the headline nor the lead says it is one', () => {
    const s = fromPage(
      '/review/ceo.html',
      page(
        'Karim Mansour, Chief Executive Officer of the Nile Delta Investment Authority, leads the fund.',
        'The year',
      ),
    );
    assert.deepEqual(s.quotes, []);
  });

  it("flags unseen-34's line giving the chief executive's words to Stargate's Yalçın", () => {
    const { codes } = on('unseen-34', 'stargate-gulf-thrace-credit-memo.md', 'summed up the pitch');
    assert.deepEqual(codes, ['quote-misattributed']);
  });

  it("flags unseen-34's Korean line quoting his English with 'never' for 'not'", () => {
    const { codes } = on('unseen-34', 'stargate-mideast-turkiye-donghyang-ko.md', 'never a silent one');
    assert.deepEqual(codes, ['quote-mismatch']);
  });

  it("confirms unseen-34's true line quoting him", () => {
    const { codes, claims } = on('unseen-34', 'stargate-gulf-thrace-credit-memo.md', 'describes the fund as');
    assert.deepEqual(codes, []);
    assert.equal(claims[0]?.status, 'supported');
  });
});

describe("quote28: a commissioner's written statement after an order", () => {
  // A state commission prints a dissent after its order, headed by who writes it, and signs the order in capitals.
  const order = [
    '                    NEVADA PUBLIC UTILITIES COMMISSION',
    '',
    '                          ORDER NUMBER 26-0412',
    '',
    'I.   SUMMARY',
    '',
    '     By this Order the Commission approves the Electric Service Agreement with Sierra Compute LLC for',
    'a load of up to 900 MW, and approves an increase in base-rate revenue of $41.2 million per year.',
    '',
    'II.  ORDERING PARAGRAPHS',
    '',
    '     1. The Electric Service Agreement with Sierra Compute LLC is approved.',
    '',
    'III. STATEMENT OF COMMISSIONER ALVARADO, DISSENTING',
    '',
    '     The agreement asks households to carry a plant built for one customer. A ten-year contract',
    'pays for a plant that will run for forty. Ratepayers should not underwrite a data center. I',
    'respectfully dissent.',
    '',
    '                         BY ORDER OF THE COMMISSION',
    '',
    '                         /S/ HOWARD T. PRESCOTT',
    '                         CHAIRMAN HOWARD T. PRESCOTT',
    '',
    '                         /S/ TERESA M. ALVARADO',
    '                         COMMISSIONER TERESA M. ALVARADO',
  ].join('\n');

  it("gives the statement's paragraphs to the commissioner, by the full name the signatures give", () => {
    assert.deepEqual(said('/puc/order.txt', order), [
      'person:Teresa M. Alvarado | The agreement asks households to carry a plant built for one customer. A ten-year contract pays for a plant that will run for forty. Ratepayers should not underwrite a data center. I respectfully dissent.',
    ]);
  });

  it('reads a heading in its own case, a name in full', () => {
    const text = [
      'Order on the Harbor Point interconnection',
      '',
      'The Board approves the interconnection of the Harbor Point campus.',
      '',
      'Dissenting Statement of Commissioner Ana Ruiz',
      '',
      'I would have required the developer to pay for the new substation. Households should not pay for it.',
    ].join('\n');
    assert.deepEqual(said('/board/order.txt', text), [
      'person:Ana Ruiz | I would have required the developer to pay for the new substation. Households should not pay for it.',
    ]);
  });

  it('reads a joint statement as no one’s', () => {
    const text = order.replace(
      'STATEMENT OF COMMISSIONER ALVARADO',
      'STATEMENT OF COMMISSIONERS ALVARADO AND PRESCOTT',
    );
    assert.deepEqual(said('/puc/order.txt', text), []);
  });

  const report = (who: string) =>
    `# Sierra Compute note\n\nThe commission approved the agreement. ${who} wrote that "Ratepayers should not underwrite a data center."\n`;
  const corpus = () => Corpus.of([buildSource('/puc/order.txt', order)]);

  it("flags the dissent's words given to the chairman who signed the order", () => {
    const r = checkReport(corpus(), report('Chairman Prescott'), {});
    assert.deepEqual(
      r.findings.filter((f) => f.severity !== 'information').map((f) => f.code),
      ['quote-misattributed'],
    );
  });

  it('confirms them given to the commissioner', () => {
    const r = checkReport(corpus(), report('Commissioner Alvarado'), {});
    assert.deepEqual(
      r.findings.filter((f) => f.severity !== 'information'),
      [],
    );
    assert.equal(r.claims.find((c) => c.type === 'quote')?.status, 'supported');
  });

  it("flags unseen-35's line giving Commissioner Broussard's dissent to Chairman Fontenot", () => {
    const { codes } = on('unseen-35', 'stargate-desert-gulf-seosan-analyst-memo.md', 'Chairman Fontenot wrote');
    assert.deepEqual(codes, ['quote-misattributed']);
  });
});

describe('quote28: a person the report places in another organisation', () => {
  // A local paper quotes Stargate's executive (the second quotation through a pronoun, as Korean papers go on); a report
  // gives her words to the chief executive of a Korean contractor that no source writes. He is no spokesperson of hers.
  const paper = [
    '당진 LNG 발전소, 서산 데이터센터 전력 맡는다',
    '',
    '대호에너지가 당진에 짓는 LNG 발전소가 서산 AI 데이터센터에 전력을 공급한다.',
    '',
    '지난달 서산시청을 찾은 마리나 코스텔로 스타게이트 에너지 총괄은 본지와 만나 “전력과 물은 우리에게 부수적인 문제가 아닙니다”라고 말했다. 그는 “서산은 미국 밖에서 우리가 가장 빨리 짓는 캠퍼스가 될 것”이라고도 했다.',
    '',
    '대호에너지는 발전소 건설에 1조2000억원을 투입한다.',
  ].join('\n');
  const corpus = () => Corpus.of([buildSource('/ko/seohae.txt', paper)]);
  const codes = (line: string) =>
    checkReport(corpus(), `# 동향\n\n${line}\n`, {})
      .findings.filter((f) => f.severity !== 'information')
      .map((f) => f.code);

  it('flags her words given by full name to the head of another company', () => {
    assert.deepEqual(
      codes('대호에너지 박정훈 대표는 “서산은 미국 밖에서 우리가 가장 빨리 짓는 캠퍼스가 될 것”이라고 말했다.'),
      ['quote-misattributed'],
    );
  });

  it('leaves them given to someone of her own company (a spokesperson may repeat them)', () => {
    assert.deepEqual(
      codes('스타게이트 박정훈 대변인은 “서산은 미국 밖에서 우리가 가장 빨리 짓는 캠퍼스가 될 것”이라고 말했다.'),
      [],
    );
  });

  it('leaves them given to someone of her company spelled as the lexicon spells it otherwise', () => {
    const openai = Corpus.of([
      buildSource('/ko/seohae.txt', paper.replace(/스타게이트 에너지 총괄/g, '오픈AI 에너지 총괄')),
    ]);
    const r = checkReport(
      openai,
      '# 동향\n\n오픈에이아이 박정훈 대변인은 “서산은 미국 밖에서 우리가 가장 빨리 짓는 캠퍼스가 될 것”이라고 말했다.\n',
      {},
    );
    assert.deepEqual(
      r.findings.filter((f) => f.severity !== 'information'),
      [],
    );
  });

  it('leaves them given to a person the report places in no organisation by its name', () => {
    assert.deepEqual(
      codes('박정훈 대표는 “서산은 미국 밖에서 우리가 가장 빨리 짓는 캠퍼스가 될 것”이라고 말했다.'),
      [],
    );
    assert.deepEqual(
      codes('회사 박정훈 대표는 “서산은 미국 밖에서 우리가 가장 빨리 짓는 캠퍼스가 될 것”이라고 말했다.'),
      [],
    );
  });

  it("flags unseen-35's line giving Solís-Hart's words to 대진에너지's chief executive", () => {
    const { codes } = on('unseen-35', 'stargate-miguk-seosan-donghyang-bogoseo-ko.md', '대진에너지 권영석 대표는');
    assert.deepEqual(codes, ['quote-misattributed']);
  });
});

describe('quote28: a title whose field joins two words with a middle dot, before a foreign name', () => {
  // Korean writers put what a person heads before the title, two fields joined by a middle dot ("에너지·용수 총괄"), and
  // the company in the possessive or by its name before that.
  it('reads the person, and the company in the possessive or by its name', () => {
    assert.deepEqual(parsePerson('스타게이트의 에너지·용수 총괄 레나타 솔리스하트'), {
      name: '레나타 솔리스하트',
      surname: '솔리스하트',
      start: 17,
      end: 26,
      org: '스타게이트',
    });
    assert.equal(parsePerson('스타게이트 에너지·용수 총괄 레나타 솔리스하트')?.org, '스타게이트');
    assert.equal(parsePerson('실버피크 재무담당 개빈 오스트롭스키')?.org, '실버피크');
  });

  it("gives unseen-35's brunch quotation to her, not to Stargate", () => {
    const src = corpusOf('unseen-35').sources.find((s) =>
      s.file.endsWith('brunch-songjaewon-stargate-four-grids-ko.html'),
    )!;
    assert.ok(src.quotes.some((q) => q.speakerId === 'person:레나타 솔리스하트' && q.text.startsWith('우리는 계곡의')));
  });
});
