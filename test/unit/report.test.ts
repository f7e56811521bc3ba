import { strict as assert } from 'assert';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import { parseReport } from '../../server/src/extract/report';

describe('report: Markdown prose', () => {
  const text = [
    '---',
    'title: $900 billion',
    '---',
    '',
    '# Heading with $1 billion',
    '',
    'A paragraph with `$700 billion` code and a [link](https://example.com/2025/01/23/600-billion) and <b>html</b>.',
    '',
    '```',
    '$600 billion',
    '```',
    '',
    '<!-- $800 billion -->',
    '',
    '> - quoted list item $2 billion [@edaily-2025-01-22]',
    '',
    '| a | b |',
    '|---|---|',
    '| x | $3 billion |',
  ].join('\n');
  const r = parseReport(text);
  it('keeps headings, paragraphs, list items, blockquotes and table cells', () => {
    for (const s of ['Heading with $1 billion', 'A paragraph with', 'quoted list item $2 billion', '$3 billion'])
      assert.ok(r.prose.includes(s), s);
  });
  it('blanks front matter, code, HTML, comments, URLs and citation brackets', () => {
    for (const s of ['$900', '$700', '$600', '$800', 'example.com', '<b>', '@edaily', '>'])
      assert.ok(!r.prose.includes(s), s);
  });
  it('keeps the length and the line ends, so offsets are the original ones', () => {
    assert.equal(r.prose.length, text.length);
    assert.equal(r.prose.split('\n').length, text.split('\n').length);
  });
  it('reads Pandoc citation keys with their ranges', () => {
    assert.deepEqual(
      r.citations.map((c) => c.key),
      ['edaily-2025-01-22'],
    );
    const c = r.citations[0];
    assert.equal(text.slice(c.start, c.end), 'edaily-2025-01-22');
  });
  it('reads several keys in one bracket with locators', () => {
    const r2 = parseReport('Text [see @a-1, p. 3; @b-2025-01-01] end.');
    assert.deepEqual(
      r2.citations.map((c) => c.key),
      ['a-1', 'b-2025-01-01'],
    );
  });
  it('has one block a table cell', () => {
    const cells = r.blocks.map((b) => text.slice(b.start, b.end)).filter((s) => s.includes('$3 billion') || s === 'x');
    assert.deepEqual(cells, ['x', '$3 billion']);
  });
});

describe('report: the masthead is about the report, not a claim', () => {
  const figures = (text: string) =>
    checkReport(Corpus.load({ folders: [] }), text)
      .claims.filter((c) => c.type === 'figure')
      .map((c) => c.text);
  it('a one-line byline or date line before the first paragraph is not read ("*Research desk memo, December 2025*")', () => {
    const text =
      '# Stargate: where the money goes\n\n*Research desk memo, December 2025*\n\nBy Kim Min-ji, analyst, 3 December 2025\n\nStargate will invest up to $500 billion over four years.\n';
    assert.deepEqual(figures(text), ['$500 billion', 'four years']);
    assert.deepEqual(
      figures('# 메모\n\n작성: 김민지, 2025년 12월 3일\n\n스타게이트는 향후 4년간 최대 5000억 달러를 투자한다.\n'),
      ['4년', '5000억 달러'],
    );
  });
  it('a date that ends the report\'s title is the report\'s date (unseen-13: "# 해외 스타게이트 캠퍼스 점검 (2026년 11월)")', () => {
    assert.deepEqual(figures('# 해외 스타게이트 캠퍼스 점검 (2026년 11월)\n\n1단계는 2028년 하반기에 가동한다.\n'), [
      '2028년 하반기',
    ]);
    assert.deepEqual(figures('# Site review — December 2025\n\nThe site opened in December 2025.\n'), [
      'December 2025',
    ]);
    assert.deepEqual(figures('# Stargate sites, Q3 2026\n\nIt opens in Q3 2026.\n'), ['Q3 2026']);
    // a date in the title's words, or in a section heading, is the title's claim
    assert.deepEqual(figures('# Why 2028 matters\n\nText.\n'), ['2028']);
    assert.deepEqual(figures('# Memo\n\nText.\n\n# Review — December 2025\n'), ['December 2025']);
  });
  it("a memo's header block (To:, From:, Date:, one a line; 수신:, 작성일:) is the report's, not a claim", () => {
    const text =
      '# Memo: Redmesa exposure\n\nTo: Credit Committee\nFrom: J. Albright, Infrastructure Research\nDate: 16 February 2026\n\nStargate will invest up to $500 billion over four years.\n';
    assert.deepEqual(figures(text), ['$500 billion', 'four years']);
    assert.deepEqual(
      figures(
        '# 메모\n\n수신: 투자심의위원회\n작성일: 2026년 2월 16일\n\n스타게이트는 향후 4년간 최대 5000억 달러를 투자한다.\n',
      ),
      ['4년', '5000억 달러'],
    );
    // A block with a line of prose in it is read whole.
    assert.deepEqual(figures('# Memo\n\nDate: 16 February 2026\nThe venture will invest $500 billion.\n'), [
      '16 February 2026',
      '$500 billion',
    ]);
  });
  it('the same lines after the first paragraph, and a first paragraph of prose, are read', () => {
    const text =
      '# Memo\n\nStargate will invest up to $500 billion over four years.\n\n*December 2025 saw the venture invest $700 billion.*\n';
    assert.deepEqual(figures(text), ['$500 billion', 'four years', 'December 2025', '$700 billion']);
  });
});
