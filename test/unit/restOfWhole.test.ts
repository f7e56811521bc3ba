// A line that splits a whole into a part and "the rest" (judge/figures.ts lineArithmetic, REST_WORDS): the rest is the
// line's own subtraction, never refuted by another amount of a source sentence that states the whole and the part
// (the cost's earlier level, "rose to $15 billion from $13 billion"). unseen-15's desk notes had "$18 billion of
// equity making up the rest" flagged against a cost's earlier $38 billion. The articles in
// test/fixtures/unseen-rest18/ were written first, as a wire and a Korean daily write them.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const corpus = Corpus.load({
  folders: [path.join(__dirname, '..', 'fixtures', 'unseen-rest18', 'sources')],
  useBundled: false,
  workers: 0,
});
const REPORT = [
  '# Financing notes',
  '',
  'The $9 billion loan covers 60% of the $15 billion cost, with about $6 billion of equity making up the rest.',
  '',
  '울산 캠퍼스는 총사업비 12조 원 가운데 7조 원을 PF 대출로 조달하고, 나머지 5조 원은 주주사 출자로 메운다.',
  '',
].join('\n');
const r = checkReport(corpus, REPORT);
const flags = (line: number, text?: string) =>
  r.findings
    .filter((f) => f.range.start.line === line && (!text || f.claim?.text === text))
    .filter((f) => f.code === 'figure-mismatch');

describe("the rest of a whole the line splits is the line's own subtraction", () => {
  it('no figure of the English line is refuted (the rest by the earlier $13 billion, above all)', () => {
    assert.deepEqual(flags(2), [], JSON.stringify(flags(2)));
  });
  it('nor of the Korean line (나머지 5조 원 against 당초 10조 원)', () => {
    assert.deepEqual(flags(4), [], JSON.stringify(flags(4)));
  });
});
