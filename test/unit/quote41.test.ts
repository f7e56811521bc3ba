// quote41: quotations given to the wrong person in unseen-60 and unseen-61 (0 of 6 caught). Each rule is tested on a
// small source written as its outlet would write it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { plainText } from '../../server/src/corpus/readers/plainText';
import type { ReaderText } from '../../server/src/corpus/readers/reader';
import { quoteJudged, writtenSources } from './judged';
import { on } from './quoted';

describe('quote41: a meeting transcript whose cues name the speaker in a WebVTT voice span', () => {
  // (as Microsoft Teams saves a transcript: each cue under an identifier of its own, the words in `<v Name>…</v>`)
  const vtt = [
    'WEBVTT',
    '',
    'NOTE',
    'Meeting: Nordic Grid Forum | Luleå after the second line',
    'Recorded: 4 March 2026, Microsoft Teams',
    '',
    '3f2a9c1d-77b0-4c1e-9d2f-5a6b7c8d9e01/11-0',
    '00:00:03.200 --> 00:00:11.900',
    '<v Maja Lindqvist>Welcome, everyone. With me is Petter Aho, who runs the Luleå campus for the venture.</v>',
    '',
    '3f2a9c1d-77b0-4c1e-9d2f-5a6b7c8d9e01/19-0',
    '00:00:12.100 --> 00:00:24.500',
    '<v Petter Aho>Thank you, Maja. We asked the grid company for a second 400 kV line in 2024,',
    'and the answer was the only one that let us build the second hall before the first was full.</v>',
    '',
    '3f2a9c1d-77b0-4c1e-9d2f-5a6b7c8d9e01/27-0',
    '00:00:25.000 --> 00:00:31.700',
    '<v Maja Lindqvist>And the town? What does Luleå get out of it?</v>',
    '',
    '3f2a9c1d-77b0-4c1e-9d2f-5a6b7c8d9e01/33-0',
    '00:00:32.000 --> 00:00:44.800',
    '<v Petter Aho>Heat, mostly. The district heating takes all of it from the first hall.</v>',
    '',
  ].join('\n');

  it("reads each cue as its speaker's turn, the identifiers left out", () => {
    const r = plainText.read(Buffer.from(vtt)) as ReaderText;
    assert.ok(!r.text.includes('3f2a9c1d'), r.text);
    assert.ok(!r.text.includes('<v '), r.text);
    assert.match(r.text, /\n\nPetter Aho: Thank you, Maja\./);
  });

  it('gives the words to the speaker of their cue: another person named is misattributed', () => {
    const corpus = writtenSources({ 'teams-nordic-grid-forum.txt': vtt });
    const wrong = quoteJudged(
      corpus,
      'Maja Lindqvist said the grid answer "was the only one that let us build the second hall before the first was full".\n',
    );
    assert.deepEqual(wrong.codes, ['quote-misattributed/warning'], wrong.message);
    const right = quoteJudged(
      corpus,
      'Petter Aho said the grid answer "was the only one that let us build the second hall before the first was full".\n',
    );
    assert.equal(right.status, 'supported');
    assert.deepEqual(right.codes, []);
  });

  it("unseen-61 daugava L39: Hannah Voss's words given to Han Seong-gyu", () => {
    const r = on(
      'unseen-61',
      'daugava-bank-credit-note-stargate-ventspils-korean-supply-chain.md',
      'Han Seong-gyu said the Korean bid from Jeongeup',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});
