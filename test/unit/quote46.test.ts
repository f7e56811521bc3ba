// quote46: quotation lines of the sets promoted today (unseen-70, unseen-71). Each rule is tested on a source and a
// report line written for it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { buildSource } from '../../server/src/corpus/corpus';
import { transcriptPanelText } from '../../server/src/corpus/readers/captions';
import { quoteJudged, writtenSources } from './judged';
import { on, said } from './quoted';

/** The quotations a transcript panel's copy gives each speaker, read as the corpus reads a .txt file. */
const panelSaid = (text: string) => {
  const r = transcriptPanelText(text);
  assert.ok(r, 'read as a transcript panel');
  return buildSource('hearing.txt', r.text, undefined, r.toOriginal).quotes.map(
    (q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`,
  );
};

describe("quote46: a video's transcript panel copied as text (auto-captions, >> for another voice)", () => {
  // A county board's livestream, its transcript copied out of the video page: no case, no punctuation, no names.
  const hearing = [
    'Harlan County Board of Supervisors - Special Meeting - March 3, 2027',
    'Harlan County Official · 812 subscribers',
    'Streamed live on Mar 3, 2027 · 402 views',
    'Transcript · English (auto-generated)',
    '',
    '0:41',
    'good evening we take up the water permit for the ridge data center',
    '0:47',
    'i have asked ms lena ruiz the plant manager to speak first',
    '0:52',
    'ms ruiz you have the floor',
    '0:55',
    '>> thank you chair',
    '0:58',
    'we will draw from the river only in the wet months and never in august',
    '1:04',
    '>> thank you ms ruiz supervisor okafor',
    '1:08',
    '>> thank you chair a promise about august is worth the paper it is printed on',
    '1:14',
    '[Applause]',
    '1:16',
    'i want the meter readings every month on the county site',
    '1:22',
    '>> the motion is moved by supervisor okafor seconded by supervisor dale',
    '1:27',
    '>> all in favour say aye',
  ].join('\n');

  it('reads each voice the chair called by name as that person, the full name where the captions give it', () => {
    assert.deepEqual(panelSaid(hearing), [
      'person:Lena Ruiz | thank you chair we will draw from the river only in the wet months and never in august',
      'surname:Okafor | thank you chair a promise about august is worth the paper it is printed on i want the meter readings every month on the county site',
    ]);
  });

  it('a name after "seconded by" gives no one the floor: the vote after it is nobody\'s', () => {
    assert.ok(!panelSaid(hearing).some((q) => q.startsWith('surname:Dale')));
  });

  it('leaves the time lines and sounds out of the text, and keeps the head line for line', () => {
    const r = transcriptPanelText(hearing)!;
    assert.ok(!/\b0:4[17]\b|\[Applause\]/.test(r.text), r.text);
    assert.ok(r.text.startsWith('Harlan County Board of Supervisors - Special Meeting - March 3, 2027\n'));
  });

  it('a text with a few times in it is no transcript panel', () => {
    assert.equal(transcriptPanelText('Agenda\n\n0:41\nopening\n1:10\nthe permit\n'), undefined);
  });

  it("a report giving the plant manager's words to the supervisor is a misattribution", () => {
    const j = quoteJudged(
      writtenSources({ 'harlan-board-captions.txt': hearing }),
      'Supervisor Okafor told the board: "We will draw from the river only in the wet months and never in August."',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning'], j.message);
    assert.match(j.message, /Lena Ruiz/);
  });

  it("a word changed in the supervisor's words is a misquote, read though the quotation opens in lower case", () => {
    const j = quoteJudged(
      writtenSources({ 'harlan-board-captions.txt': hearing }),
      'Okafor was blunt: "a promise about August is worth the ink it is printed on."',
    );
    assert.deepEqual(j.codes, ['quote-mismatch/warning'], j.message);
  });

  it('unseen-70: Gillett\'s "donation" made "a gift" is a misquote', () => {
    const r = on('unseen-70', 'marcus-leslie-qa-prep-gillett-levy-earmark-belize.md', 'Your line that night');
    assert.deepEqual(r.codes, ['quote-mismatch']);
  });

  it("unseen-70: Dorian Pott's words given to Mayor Arnold are a misattribution", () => {
    const r = on('unseen-70', 'marcus-leslie-qa-prep-gillett-levy-earmark-belize.md', 'Mayor Arnold also told');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("unseen-70: the chair's own words, a voice nobody called, flag nothing", () => {
    const r = on('unseen-70', 'marcus-leslie-qa-prep-gillett-levy-earmark-belize.md', 'His own argument for the rate');
    assert.deepEqual(r.codes, []);
  });
});

describe('quote46: a transcript set one turn a line, no blank line between (a Google Meet script)', () => {
  const script = [
    'Supplier call (March) – 2027/03/09 10:00 CET – Transcript',
    '',
    'Attendees',
    'Dana Whitt, Omar Haddad, Pia Lund',
    '',
    'Dana Whitt: Thanks everyone. Omar, you first.',
    'Omar Haddad: Sure. We shipped the first forty racks on Monday, two weeks late because of the port strike.',
    'Pia Lund: And the second forty leave in April. Every crate is numbered to its row in the hall.',
    'Dana Whitt: Thanks both. That is all for today.',
  ].join('\n');

  it("gives each line's words to its own speaker, not the whole paragraph to the first", () => {
    assert.deepEqual(said('call.txt', script), [
      'person:Dana Whitt | Thanks everyone. Omar, you first.',
      'person:Omar Haddad | Sure. We shipped the first forty racks on Monday, two weeks late because of the port strike.',
      'person:Pia Lund | And the second forty leave in April. Every crate is numbered to its row in the hall.',
      'person:Dana Whitt | Thanks both. That is all for today.',
    ]);
  });

  it("a report giving Pia Lund's words to the host is a misattribution", () => {
    const j = quoteJudged(
      writtenSources({ 'call.txt': script }),
      'Dana Whitt said: "Every crate is numbered to its row in the hall."',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning'], j.message);
    assert.match(j.message, /Pia Lund/);
  });

  it("a memo's header lines are no turns", () => {
    const memo = ['To: Board members', 'From: Dana Whitt', 'Date: 9 March 2027', '', 'The racks ship on Monday.'];
    assert.deepEqual(said('memo.txt', memo.join('\n')), []);
  });
});

describe('quote46: words named as someone\'s by 말처럼 / 말대로 ("노을선 대표의 말처럼 “…”면")', () => {
  const blog = [
    '정읍 공장 견학기',
    '',
    '정읍 한빛패널 공장에 다녀왔다. 생산팀 윤도경 팀장은 "우리가 붙인 패널이 사막 바람을 막는다고 생각하면 나사 하나도 대충 못 조인다"고 말했다.',
    '',
    '박서연 대표는 "내년에는 라인을 하나 더 늘린다"고 했다.',
  ].join('\n');

  it("reads the person before 말처럼 as the speaker: another person's words given to them are misattributed", () => {
    const j = quoteJudged(
      writtenSources({ 'jeongeup-blog.txt': blog }),
      '- 박서연 대표의 말처럼 "우리가 붙인 패널이 사막 바람을 막는다고 생각하면 나사 하나도 대충 못 조인다"면, 시는 무엇을 지원하나?',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning'], j.message);
    assert.match(j.message, /윤도경/);
  });

  it('and 말대로 with the right person is a ✓', () => {
    const j = quoteJudged(
      writtenSources({ 'jeongeup-blog.txt': blog }),
      '윤도경 팀장의 말대로 "우리가 붙인 패널이 사막 바람을 막는다고 생각하면 나사 하나도 대충 못 조인다"는 것이다.',
    );
    assert.equal(j.status, 'supported', j.message);
    assert.deepEqual(j.codes, []);
  });

  it("unseen-71: 기민혁's words given to 노을선 are a misattribution", () => {
    const r = on(
      'unseen-71',
      'buan-gunuihoe-chae-sujin-gunjeongjilmun-junbi-byeonsan-modular-ko.md',
      '노을선 대표의 말처럼',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});
