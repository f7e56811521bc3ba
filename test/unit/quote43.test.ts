// quote43: the quotation lines of unseen-64 and unseen-65 (promoted in session 43) and the chat post left from session
// 42. Each rule is tested on a small source written as its tool exports it or its outlet writes it (other places,
// people and words), then on the set's line.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { quoteJudged, writtenSources } from './judged';
import { on, said } from './quoted';

/** A live webinar as Otter.ai exports it: a header, keywords, the speakers, then each turn under its label and time. */
const otter = [
  'Baltic Compute Hour - Klaipėda campus Q&A',
  'Thu, Sep 10, 2026 10:00AM • 22:14',
  '',
  'SUMMARY KEYWORDS',
  'klaipeda, campus, megawatts, seawater, cooling, transformers, jobs, port',
  '',
  'SPEAKERS',
  'Ruta Vaitkute, Henrik Solberg, Park Min-jae, Speaker 4',
  '',
  'Ruta Vaitkute  00:02',
  "Hello and welcome to Baltic Compute Hour. I'm Ruta Vaitkute, and this is a live Q&A on the data campus planned at the port of Klaipėda. With me are Henrik Solberg, who runs the project for Stargate, and Park Min-jae of Hanul Transformer in Changwon. Henrik, the basics first.",
  '',
  'Henrik Solberg  00:31',
  'Thanks, Ruta. The campus is 240 megawatts on forty hectares next to the LNG terminal. The first 90 megawatts should run in 2028. We cool it with seawater, and we never warm the lagoon by more than one degree. The sea is not a drain for us, it is a partner we have to answer to.',
  '',
  'Ruta Vaitkute  01:12',
  'Min-jae, your company has the transformer order.',
  '',
  'Park Min-jae  01:16',
  'Yes. We signed in August for eighteen power transformers, about forty-one billion won. For a company our size, that is a very big order. A transformer that leaves the factory tested is a week saved at the port.',
  '',
  'Ruta Vaitkute  01:48',
  'When do they ship?',
  '',
  'Park Min-jae  01:50',
  'From Masan in the spring of 2027, in two lots.',
  '',
  'Speaker 4  02:05',
  'Hi, a question from the audience. Will the campus hire locally?',
  '',
  'Henrik Solberg  02:11',
  'Yes. About three hundred permanent jobs, and we train our technicians with the college in Klaipėda.',
  '',
  'Transcribed by https://otter.ai',
  '',
].join('\n');

describe('quote43: a transcript whose turns are labelled with the time they start (Otter.ai)', () => {
  const file = 'otter-baltic-compute-hour-klaipeda-2026-09-10.txt';

  it('gives each turn to the person its label names, and none to a numbered "Speaker 4"', () => {
    const q = said(file, otter);
    assert.ok(
      q.some((x) => /^person:Henrik Solberg \| Thanks, Ruta\. .* The sea is not a drain for us/.test(x)),
      q.join('\n'),
    );
    assert.ok(
      q.some((x) => /^person:Park Min-jae \| Yes\. We signed in August/.test(x)),
      q.join('\n'),
    );
    assert.ok(!q.some((x) => /Will the campus hire locally/.test(x)), q.join('\n'));
    // (no label's time is read as the words: "Ruta Vaitkute  01:12" is no one's quotation)
    assert.ok(!q.some((x) => /\d\d:\d\d/.test(x.split(' | ')[1])), q.join('\n'));
  });

  it("gives an answer after the host's question to its own label, not to the Q&A's guest", () => {
    // (a Q&A's questions are read as an interview's when no label says who asks: here every turn has one)
    const q = said(file, otter);
    assert.ok(q.includes('person:Ruta Vaitkute | When do they ship?'), q.join('\n'));
    assert.ok(q.includes('person:Park Min-jae | From Masan in the spring of 2027, in two lots.'), q.join('\n'));
  });

  it('reads a label with the time in brackets too ("Dana Whitt (00:41):")', () => {
    const rev = [
      'Harbour Power Podcast, episode 12',
      '',
      'Mara Quist (00:00):',
      'Welcome back. Today I am with Dana Whitt from the county board and Tom Ferreira of Ridgeline Hydro.',
      '',
      'Dana Whitt (00:41):',
      'The board will not vote before the water study is out. That is the only promise I can make today.',
      '',
      'Tom Ferreira (01:20):',
      'We will wait for the study. We have waited two years already.',
      '',
    ].join('\n');
    const q = said('rev-harbour-power-ep12.txt', rev);
    assert.ok(
      q.some((x) => /^person:Dana Whitt \| The board will not vote/.test(x)),
      q.join('\n'),
    );
    assert.ok(
      q.some((x) => /^person:Tom Ferreira \| We will wait for the study/.test(x)),
      q.join('\n'),
    );
  });

  it("makes one guest's words given to another misattributed, a word changed a misquote, the right guest a ✓", () => {
    const corpus = writtenSources({ [file]: otter });
    const wrong = quoteJudged(
      corpus,
      'Park Min-jae of Hanul Transformer said at the webinar: "The sea is not a drain for us, it is a partner we have to answer to."\n',
    );
    assert.deepEqual(wrong.codes, ['quote-misattributed/warning'], wrong.message);
    assert.match(wrong.message, /Henrik Solberg/);
    // (a possessive and no verb of saying: the words are still read, and a word changed is a misquote)
    const changed = quoteJudged(
      corpus,
      'His line, "the sea is not a sewer for us, it is a partner we have to answer to", will be quoted for years.\n',
    );
    assert.deepEqual(changed.codes, ['quote-mismatch/warning'], changed.message);
    assert.match(changed.message, /drain/);
    const right = quoteJudged(
      corpus,
      'Park Min-jae put it simply: "A transformer that leaves the factory tested is a week saved at the port."\n',
    );
    assert.deepEqual(right.codes, []);
    assert.equal(right.status, 'supported');
  });

  it("unseen-64 prut L43: Samira Khelifati's webinar words given to Daniel Okafor-Reyes", () => {
    const r = on(
      'unseen-64',
      'prut-energy-watch-brief-giurgiulesti-arzew-power.md',
      'Daniel Okafor-Reyes of Stargate defended the choice',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("unseen-65 blp L41 (harbour for port) is a misquote, L53 (Chavarría's words given to Kwon) misattributed", () => {
    const report = 'blp-credit-note-istmo-digital-stargate-pacifico-bridge.md';
    assert.deepEqual(on('unseen-65', report, 'Her pitch, "we are not building a server farm').codes, [
      'quote-mismatch',
    ]);
    assert.deepEqual(on('unseen-65', report, 'Kwon also argued that').codes, ['quote-misattributed']);
    // (the true quotations of the same podcast stay clean, the turn's words a ✓)
    const true39 = on('unseen-65', report, 'put the schedule risk plainly');
    assert.deepEqual(true39.codes, []);
    assert.equal(true39.claims[0]?.status, 'supported');
    assert.deepEqual(on('unseen-65', report, 'as Kwon said himself').codes, []);
  });
});

/** A Slack channel copied out as text: each post under its poster's name and the time, days between. */
const slack = [
  '# 슬랙 #해외-칠레 채널 복사본 (2026-09-01 ~ 2026-09-30) — 주간 회의 자료용',
  '',
  '#해외-칠레',
  '칠레 발파라이소 데이터센터 냉각탑 프로젝트 · 영업 / 설계 / 생산',
  '',
  '2026년 9월 8일 화요일',
  '',
  '백하율  오전 8:41',
  '냉각탑 1단계 24기 중 18기 출하 완료했습니다. 나머지 6기는 다음 주 부산항 선적입니다.',
  '',
  '강도현  오전 8:50',
  '오늘 발파라이소 발주처 콜 있죠? 끝나면 요약 부탁합니다.',
  '',
  '윤채린  오전 9:05',
  '발파라이소 발주처 콜 끝났습니다. 냉각탑 2단계 물량은 내년 1분기에 발주한다고 합니다.',
  'CFO 말 그대로: "We will order the second phase towers in the first quarter, not before the power contract is signed."',
  '전력 계약이 늦어지면 우리 생산 일정도 밀릴 수 있습니다.',
  '',
  '백하율  오전 9:14',
  '그럼 2공장 라인 계획은 일단 그대로 두겠습니다.',
  '',
  '강도현  오전 9:30',
  '수고했습니다. 전력 계약 소식 나오면 바로 공유해 주세요.',
  '',
  '2026년 9월 21일 월요일',
  '',
  '윤채린  오후 4:40',
  '발파라이소 전력 계약 서명됐다는 소식 들어왔습니다. 2단계 발주 준비 들어가겠습니다.',
  '',
].join('\n');

describe("quote43: words a chat post says are someone else's (`CFO 말 그대로: “…”`)", () => {
  const file = 'slack-copy-namgang-haeoe-chile-2026-09.txt';

  it('gives them to the one the post names, a title alone, not to the poster', () => {
    const corpus = writtenSources({ [file]: slack });
    const q = corpus.sources[0].quotes.find((x) => x.text.startsWith('We will order'));
    assert.ok(q, 'the quotation is read');
    assert.equal(q.speaker?.text, 'CFO');
    assert.notEqual(q.speakerId, 'person:윤채린');
  });

  it("reads each post's label with its time, so no post's words open on the minutes", () => {
    const q = said(file, slack);
    assert.ok(q.includes('person:백하율 | 그럼 2공장 라인 계획은 일단 그대로 두겠습니다.'), q.join('\n'));
    assert.ok(
      q.some((x) => x.startsWith('person:윤채린 | 발파라이소 전력 계약 서명됐다는 소식')),
      q.join('\n'),
    );
  });

  it('leaves a report naming the CFO unjudged by the post: no ✓ and no ✗', () => {
    const corpus = writtenSources({ [file]: slack });
    const j = quoteJudged(
      corpus,
      '- 발주처 CFO 마르셀라 로하스는 "We will order the second phase towers in the first quarter, not before the power contract is signed."라고 말했다.\n',
    );
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'unknown');
  });

  it("unseen-63: the Wicheon Slack's `CFO 말 그대로` words are the CFO's, not 염지후's", () => {
    const name = 'slack-copy-wicheon-prj-maputo-channel-2026-07-28-10-06-ko.txt';
    const q = said(name, fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'unseen-63', 'sources', name), 'utf8'));
    const w = q.filter((x) => x.includes('The water licence is smaller'));
    assert.equal(w.length, 1, q.join('\n'));
    assert.ok(!w[0].startsWith('person:염지후'), w[0]);
    // (the tembe line, which gives them to the CEO, is still caught by the Discord post naming the CFO)
    assert.deepEqual(
      on('unseen-63', 'tembe-nhaca-securities-ldi-stargate-maputo-equity-note.md', 'CEO Ernesto Chiziane told').codes,
      ['quote-misattributed'],
    );
  });
});
