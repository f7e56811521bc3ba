// Issue 10 (prec20): wrong flags on true lines. A Korean rendering of an English speaker's words that differs from an
// outlet's Korean rendering as another translator's would is no misquote of that outlet (judge/quotes.ts
// anotherRendering): the English original is in the corpus, and nothing shows the report changed what it says. A word
// the original has that the report's Korean does not render, a figure or a negation changed, is still a misquote. And
// an English ng before a vowel is also heard n-g, as Korean writes it (Ingrid 잉그리드; text/translit.ts). A phase whose
// amount is written as a compound before its noun ("a first 150-megawatt phase") is a phase (judge/scope.ts), so it
// refutes no date that is not of a phase (an English note's "The first data hall is due to open …" of another campus).
// A span a schedule moved by ("about six months late", "1년 늦지만", "delayed by 18 months") is a difference
// (extract/change.ts), compared only with differences: not refuted by how long an agreement runs ("a 20-year power
// purchase agreement"). An interview whose questions are bold paragraphs of their own ("**Why the coast?**") gives
// the plain paragraphs under them to the person interviewed (extract/quotes.ts interviewAnswers), not to the
// interviewer its introduction names ("talked to Daniel Park"); "Lake Naivasha" is no person.
// The articles of test/fixtures/unseen-prec20/ (an English wire story, a Korean regional paper) were written first;
// the rules after.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { namesAlike } from '../../server/src/extract/people';
import { checkReport } from '../../server/src/judge/check';
import { scopeOf } from '../../server/src/judge/scope';
import { changeOf } from '../../server/src/extract/change';
import { extractFigures } from '../../server/src/extract/figures';
import { soundAlike } from '../../server/src/text/translit';

const FIX = path.join(__dirname, '..', 'fixtures', 'unseen-prec20');
const corpus = Corpus.load({ folders: [path.join(FIX, 'sources')], useBundled: false, workers: 0 });
const on = (report: string, line: string) => {
  const text = fs.readFileSync(path.join(FIX, 'reports', report), 'utf8');
  const at = text.split('\n').findIndex((l) => l.includes(line));
  assert.ok(at >= 0, line);
  const r = checkReport(corpus, text);
  return {
    codes: r.findings.filter((f) => f.range.start.line === at).map((f) => f.code),
    claims: r.claims.filter((c) => c.range.start.line === at && c.type === 'quote'),
  };
};

describe('prec20: Korean renderings of English words', () => {
  it('hears an ng before a vowel as n-g, as Korean writes it', () => {
    assert.ok(soundAlike('잉그리드', 'ingrid'));
    assert.ok(namesAlike('잉그리드 솔베르그', 'Ingrid Solberg'));
    // (a final ng is one sound: 영 / Young is a Korean name's romanization, not this.)
    assert.ok(!soundAlike('잉그리드', 'inrid'));
  });

  it("is quiet on another translator's Korean for the English original", () => {
    const { codes, claims } = on('dangjin-memo-ko.md', '항구로 바닷물을 끌어와');
    assert.deepEqual(codes, []);
    assert.equal(claims[0]?.status, 'unknown');
  });

  it('still flags a word the English original says and the report changes', () => {
    assert.deepEqual(on('dangjin-memo-ko.md', '항구로 강물을 들여와').codes, ['quote-mismatch']);
  });
});

describe('prec20: a phase written with a compound amount', () => {
  it('reads "a first 150-megawatt phase" as a phase, as "the first 150 megawatts"', () => {
    const s =
      'A first 150-megawatt phase is scheduled to come online in the second half of 2028, chief executive Tom Beckett said.';
    assert.equal(scopeOf(s, s.indexOf('the second half')), 'phase');
    const t = 'The first 300-MW hall will open in 2027.';
    assert.equal(scopeOf(t, t.indexOf('2027')), 'phase');
    // …and marks its own amount, not the whole it is a part of (the 6 gigawatts), either way it is written.
    const v =
      'Under the agreement, OpenAI will deploy 6 gigawatts of AMD graphics processors over several years, beginning with a first 1-gigawatt deployment in 2026.';
    assert.notEqual(scopeOf(v, v.indexOf('6 gigawatts')), 'phase');
    assert.equal(scopeOf(v, v.indexOf('2026')), 'phase');
    const w = 'OpenAI will deploy 6 gigawatts over several years, beginning with the first 1 gigawatt in 2026.';
    assert.notEqual(scopeOf(w, w.indexOf('6 gigawatts')), 'phase');
    // (an ordinal before a number of something else is none: "the first 18-month review")
    const u = 'The first 18-month review is due in 2027.';
    assert.notEqual(scopeOf(u, u.indexOf('2027')), 'phase');
  });

  it("does not set another campus's phase against a note's first hall", () => {
    const text = fs.readFileSync(path.join(FIX, 'reports', 'batam-note-en.md'), 'utf8');
    const r = checkReport(corpus, text);
    assert.deepEqual(
      r.findings.filter((f) => f.code === 'figure-mismatch').map((f) => f.range.start.line),
      [],
    );
  });
});

describe('prec20: a delay is a difference', () => {
  const reading = (s: string, lang: 'en' | 'ko') => {
    const figs = extractFigures(s, lang).figures.filter((f) => f.kind === 'duration');
    return figs.map((f) => changeOf(s, f, lang, figs));
  };
  it('reads how late or early a schedule moved as a change, how long a contract runs as a level', () => {
    assert.deepEqual(reading('The line will be energized about six months late, in March 2028.', 'en'), ['up']);
    assert.deepEqual(reading('Grid link to Kemi AI campus slips six months', 'en'), ['up']);
    assert.deepEqual(reading('The project has been delayed by 18 months.', 'en'), ['up']);
    assert.deepEqual(reading('송전선은 1년 늦지만 제대로 완공될 것이라고 말했다.', 'ko'), ['up']);
    assert.deepEqual(reading('첫 전산동 가동은 6개월 앞당겨진다.', 'ko'), ['down']);
    assert.deepEqual(reading('The campus buys its electricity under a 15-year power purchase agreement.', 'en'), [
      undefined,
    ]);
    assert.deepEqual(reading('캠퍼스는 15년 전력구매계약으로 전기를 산다.', 'ko'), [undefined]);
  });

  it('keeps true lines on the Kemi delay clean, in either language', () => {
    for (const report of ['kemi-brief-en.md', 'kemi-memo-ko.md']) {
      const text = fs.readFileSync(path.join(FIX, 'reports', report), 'utf8');
      const r = checkReport(corpus, text);
      assert.deepEqual(
        r.findings.filter((f) => f.code.startsWith('figure-') && f.severity === 'error').map((f) => f.message),
        [],
        report,
      );
    }
  });
});

describe('prec20: interviews with questions in bold paragraphs', () => {
  it("reads the plain paragraphs under them as the interviewee's answers, not the interviewer's", () => {
    const src = corpus.sources.find((x) => x.file.endsWith('gridline-asia-nakamura-interview.md'))!;
    const answers = src.quotes.filter((q) => q.speakerId === 'person:Emi Nakamura');
    assert.ok(answers.some((q) => q.text.startsWith('Because the sea does the cooling for us.')));
    assert.ok(answers.some((q) => q.text.startsWith('Snow, honestly.')));
    // (an answer that quotes someone else is read as that quotation, the mayor's)
    assert.ok(!answers.some((q) => q.text.includes('We waited thirty years')));
    assert.ok(src.quotes.some((q) => q.speakerId === 'person:Kenji Watanabe'));
  });

  it('confirms a report quoting the answers', () => {
    const text = fs.readFileSync(path.join(FIX, 'reports', 'tomakomai-notes-en.md'), 'utf8');
    const r = checkReport(corpus, text);
    const status = (line: string) =>
      r.claims.find((c) => c.type === 'quote' && text.split('\n')[c.range.start.line].includes(line))?.status;
    assert.equal(status('no water from the rivers'), 'supported');
    assert.equal(status('Snow, honestly.'), 'supported');
  });
});
