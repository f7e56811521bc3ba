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

// The National Assembly's minutes: "○위원장 박서진  …", "○이도윤 위원  …", "○과학기술정보통신부제2차관 한승우  …": a circle,
// a role and a name in either order, two spaces, no colon (RE_KO_RECORD_LABEL). unseen-15's minutes gave every answer
// to no one, so a witness's words moved to a county head got nothing. The record in test/fixtures/unseen-meta11/ was
// written before this rule.
describe('Korean minutes: ○ labels without a colon', () => {
  const minutes = Corpus.load({
    folders: [path.join(__dirname, '..', 'fixtures', 'unseen-meta11')],
    useBundled: false,
    workers: 0,
  });
  const rec = minutes.sources.find((s) => s.file.endsWith('04_assembly_minutes_ko.txt'))!;
  const who = (words: string) => rec.quotes.find((q) => q.text.includes(words))?.speaker?.text;
  it('the member and the vice-minister (role first) each speak their turns', () => {
    assert.equal(who('수도권 밖에 짓는 비중'), '이도윤');
    assert.equal(who('약 6기가와트가 추가로'), '한승우');
    // (the chair's name stands once in the record, in one label: not taken for a person, as before; nobody else's)
    assert.equal(who('성원이 되었으므로'), undefined);
  });
  it("the vice-minister's answer given to the member is quote-misattributed; to him, supported", () => {
    const r = checkReport(
      minutes,
      [
        '# 메모',
        '',
        '이도윤 위원은 "신규 물량의 70% 이상을 비수도권으로 유도하는 것이 목표입니다"라고 말했다.',
        '',
        '한승우 차관은 "신규 물량의 70% 이상을 비수도권으로 유도하는 것이 목표입니다"라고 답했다.',
        '',
      ].join('\n'),
    );
    const codes = (line: number) => r.findings.filter((f) => f.range.start.line === line).map((f) => f.code);
    assert.deepEqual(codes(2), ['quote-misattributed']);
    assert.ok(!codes(4).some((c) => c.startsWith('quote-')), JSON.stringify(codes(4)));
  });
});
