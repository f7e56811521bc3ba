// A call transcript sets each speaker's label on a line of its own over the words, in the same paragraph, and names
// an analyst by firm, not title ("Hannah Brody, Castleford Research"): those lines open turns (extract/quotes.ts,
// RE_COMMA_LABEL_LINE and a label line over the words). unseen-15's call gave the CEO's "Wind and batteries don't
// drink" to no one, so a report giving it to the CFO got nothing. The transcript in test/fixtures/unseen-turns18/ was
// written first, as a transcript service sets one.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-turns18');
const corpus = Corpus.load({ folders: [DIR], useBundled: false, workers: 0 });
const src = corpus.sources[0];
const speakerOf = (words: string) => src.quotes.find((q) => q.text.includes(words))?.speaker?.text;

describe('call transcripts: label lines over the words', () => {
  it('each turn is its speaker’s: executives by title, the analyst by firm, the operator nobody’s', () => {
    assert.equal(speakerOf('Nobody jumps the queue'), 'Dana Kessler');
    assert.equal(speakerOf('is anyone paying to jump the queue'), 'Hannah Brody');
    assert.equal(speakerOf('when does it add output'), 'Hannah Brody');
    assert.equal(speakerOf('It adds about a fifth'), 'Luis Ortega');
    assert.equal(speakerOf('Our first question comes from'), undefined);
  });
  it('a turn given to the other executive is quote-misattributed; to its speaker, supported', () => {
    const r = checkReport(
      corpus,
      [
        '# Ferrow notes',
        '',
        'Asked about queue-jumping, Ortega said: "Nobody jumps the queue."',
        '',
        'Kessler was blunt: "Nobody jumps the queue."',
        '',
      ].join('\n'),
    );
    const codes = (line: number) => r.findings.filter((f) => f.range.start.line === line).map((f) => f.code);
    assert.deepEqual(codes(2), ['quote-misattributed']);
    assert.deepEqual(codes(4), []);
    assert.equal(r.claims.find((c) => c.type === 'quote' && c.range.start.line === 4)?.status, 'supported');
  });
});
