// Property tests (fast-check): on arbitrary Unicode text, every extractor and the checker return, every
// span lies inside the text and slices to what it claims, and the checker is deterministic and local.
// CI runs a modest number of cases (about 20 s); `npm run fuzz` sets XREF_FUZZ_RUNS for far more.
// A failure prints the seed; rerun it with XREF_FUZZ_SEED=<seed>.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseArticle } from '../../server/src/corpus/article';
import { checkReport } from '../../server/src/judge/check';
import { buildSource, Corpus } from '../../server/src/corpus/corpus';
import { extractFigures } from '../../server/src/extract/figures';
import { extractQuotes } from '../../server/src/extract/quotes';
import { parseReport } from '../../server/src/extract/report';
import { splitSentences } from '../../server/src/text/sentences';
import { SourceText } from '../../server/src/text/text';
import type { CheckResult, Range, Span } from '../../server/src/types';
import { langArb, longLineArb, textArb } from './fuzzText';

const SCALE = Math.max(1, Number(process.env.XREF_FUZZ_RUNS ?? 1));
const SEED = process.env.XREF_FUZZ_SEED
  ? Number(process.env.XREF_FUZZ_SEED)
  : Date.now() ^ (Math.random() * 0x7fffffff);
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE), seed: SEED, endOnFailure: true });

// ---- invariants

function inside(s: Span, len: number, what: string) {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets ${JSON.stringify(s)}`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= len, `${what}: ${s.start}..${s.end} outside 0..${len}`);
}

/** An LSP range of a text: inside it, and its two ends map back (offsetAt) to the original offsets. */
function rangeSlice(st: SourceText, r: Range, what: string): string {
  for (const p of [r.start, r.end]) {
    assert.ok(
      p.line >= 0 && p.line < st.lineCount && p.character >= 0,
      `${what}: position ${JSON.stringify(p)} outside ${st.lineCount} lines`,
    );
    const off = st.offsetAt(p);
    assert.deepEqual(
      st.positionAt(off),
      p,
      `${what}: position ${JSON.stringify(p)} is not a real position (past its line end?)`,
    );
  }
  const s = st.offsetAt(r.start),
    e = st.offsetAt(r.end);
  assert.ok(s <= e, `${what}: range ends before it starts ${JSON.stringify(r)}`);
  return st.original.slice(s, e);
}

function checkExtractors(text: string, lang: 'ko' | 'en') {
  const len = text.length;
  const art = parseArticle(text, 'fuzz.txt');
  for (const s of art.sentences) inside(s, len, 'article sentence');
  for (const s of art.body) inside(s, len, 'article body');
  for (const h of art.halves) inside(h, len, 'article half');

  const sents = splitSentences(text, [{ start: 0, end: len }], lang);
  for (const s of sents) inside(s, len, 'sentence');
  for (let i = 1; i < sents.length; i++) assert.ok(sents[i - 1].end <= sents[i].start, 'sentences do not overlap');

  const { figures, equivalences } = extractFigures(text, lang);
  for (const f of figures) {
    inside(f, len, `figure ${JSON.stringify(f.text)}`);
    // (a figure read across a soft line end has the one space it stands for in its text: extractFigures' contract
    // since afd813a; anywhere else the slice is the text letter for letter)
    assert.equal(
      text.slice(f.start, f.end).replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' '),
      f.text,
      'a figure slices to its text',
    );
    assert.ok(f.value.length > 0 && !/e/i.test(f.value), `figure value ${f.value}`);
  }
  for (const e of equivalences) assert.ok(figures[e.a] && figures[e.b], 'equivalence indexes are figures');

  for (const q of extractQuotes(text, sents)) {
    inside(q, len, 'quote');
    inside(q.outer, len, 'quote marks');
    assert.ok(q.outer.start <= q.start && q.end <= q.outer.end, 'the words lie inside the marks');
    assert.equal(text.slice(q.start, q.end), q.text, 'a quote slices to its words');
    assert.ok(q.sentence >= 0 && q.sentence < sents.length, 'quote sentence index');
    if (q.speaker) {
      inside(q.speaker, len, 'speaker');
      assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text, 'a speaker slices to its name');
    }
  }
}

function checkReportShape(text: string) {
  const rep = parseReport(text);
  const n = rep.st.norm.length;
  assert.equal(rep.prose.length, n, 'prose keeps the length of the text');
  for (const b of rep.blocks) inside(b, n, 'block');
  for (const c of rep.citations) {
    inside(c, n, 'citation');
    assert.equal(rep.st.norm.slice(c.start, c.end), c.key, 'a citation slices to its key');
  }
}

function checkResult(st: SourceText, r: CheckResult) {
  assert.equal(r.errors, undefined, 'the checker hit an internal error');
  for (const c of r.claims) {
    const slice = rangeSlice(st, c.range, `${c.type} claim ${JSON.stringify(c.text)}`);
    // Claims are found in the NFC text: the original slice, normalized, is the claim.
    if (c.type === 'figure' || c.type === 'quote')
      assert.equal(slice.normalize('NFC'), c.text, `${c.type} claim range slices to its text`);
    if (c.type === 'citation') assert.equal(slice.normalize('NFC'), c.text, 'citation claim slices to @key');
  }
  for (const f of r.findings) {
    rangeSlice(st, f.range, `finding ${f.code}`);
    for (const x of f.fixes) rangeSlice(st, x.range, `fix of ${f.code}`);
  }
}

const findingsKey = (r: CheckResult) =>
  JSON.stringify(r.findings.map((f) => [f.code, f.severity, f.range, f.message, f.fixes]));

describe('properties: arbitrary text never breaks the engine', function () {
  this.timeout(120_000 * SCALE);
  let corpus: Corpus;
  before(() => {
    console.log(`      fast-check seed ${SEED} (rerun: XREF_FUZZ_SEED=${SEED}), runs x${SCALE}`);
    corpus = Corpus.load({ folders: [] });
    assert.ok(corpus.sources.length >= 5, `the seeds are indexed: ${JSON.stringify(corpus.skipped)}`);
  });

  it('article parser, sentence splitter and figure/quote extractors: spans inside, slicing to what they claim', () => {
    fc.assert(
      fc.property(textArb, langArb, (t, lang) => checkExtractors(t, lang)),
      runs(300),
    );
  });

  it('the same on NFD text and CRLF / lone-CR line ends', () => {
    fc.assert(
      fc.property(textArb, langArb, fc.constantFrom('\r\n', '\r'), (t, lang, eol) => {
        checkExtractors(t.normalize('NFD'), lang);
        checkExtractors(t.replace(/\n/g, eol), lang);
      }),
      runs(100),
    );
  });

  it('an indexed source: sentence, figure and quote ranges map back to the original text', () => {
    fc.assert(
      fc.property(textArb, (t) => {
        const src = buildSource('/fuzz/a.txt', t);
        const st = new SourceText(t);
        for (const s of src.sentences)
          assert.equal(rangeSlice(st, s.range, 'sentence').normalize('NFC'), s.text, 'sentence range');
        for (const f of src.figures)
          assert.equal(rangeSlice(st, f.range, 'figure').normalize('NFC'), f.text, 'figure range');
        for (const q of src.quotes) rangeSlice(st, q.range, 'quote');
      }),
      runs(150),
    );
  });

  it('report parser: prose keeps offsets, citations slice to their keys', () => {
    fc.assert(
      fc.property(textArb, (t) => checkReportShape(t)),
      runs(200),
    );
  });

  it('checkReport: no internal error, every claim and finding range slices the original text to the claim', () => {
    fc.assert(
      fc.property(textArb, (t) => checkResult(new SourceText(t), checkReport(corpus, t))),
      runs(150),
    );
  });

  it('checkReport on NFD Hangul and CRLF keeps ranges in the original text', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('\r\n', '\r', '\n'), (t, eol) => {
        const x = t.normalize('NFD').replace(/\n/g, eol);
        checkResult(new SourceText(x), checkReport(corpus, x));
      }),
      runs(80),
    );
  });

  it('checking a report twice gives the same findings', () => {
    fc.assert(
      fc.property(textArb, (t) => {
        assert.equal(findingsKey(checkReport(corpus, t)), findingsKey(checkReport(corpus, t)));
      }),
      runs(80),
    );
  });

  it('appending a clean paragraph changes no finding on the other lines', () => {
    const clean = '\n\nThis paragraph has no figures.\n';
    fc.assert(
      fc.property(textArb, (t) => {
        const before = checkReport(corpus, t);
        const after = checkReport(corpus, t + clean);
        const lines = new SourceText(t).lineCount;
        const old = after.findings.filter((f) => f.range.start.line < lines);
        assert.equal(findingsKey({ claims: [], findings: old }), findingsKey(before));
      }),
      runs(80),
    );
  });

  it('100,000-character lines: extractors and the checker return with valid ranges', function () {
    fc.assert(
      fc.property(longLineArb, langArb, (t, lang) => {
        checkExtractors(t, lang);
        checkResult(new SourceText(t), checkReport(corpus, t));
      }),
      runs(3),
    );
  });
});
