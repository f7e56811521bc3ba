// The hover's and the diagnostic's lists of source sentences on the real seeds, without a server process:
// one line per source sentence with one verdict, the cited sources first and never cut.
import * as assert from 'node:assert/strict';
import { checkReport, claimAt } from '../../server/src/judge/check';
import { sourceLabel } from '../../server/src/judge/messages';
import { Corpus } from '../../server/src/corpus/corpus';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { MAX_HOVER_SOURCES, disagreement, hoverFor } from '../../server/src/lsp/hover';
import type { MarkupContent } from 'vscode-languageserver';
import type { Claim as XClaim, SourceRef } from '../../server/src/types';

const corpus = Corpus.load({ folders: [] });

function claimOn(line: string, figure: string): XClaim {
  const result = checkReport(corpus, line);
  const claim = claimAt(result, { line: 0, character: line.indexOf(figure) + 1 });
  assert.ok(claim, `a claim on ${figure}`);
  return claim;
}

function hoverLines(claim: XClaim): string[] {
  return (hoverFor(claim, corpus).contents as MarkupContent).value.split('\n');
}

const sentenceKey = (r: SourceRef) => `${r.file}#${r.sentence.range.start.line}:${r.sentence.range.start.character}`;

describe('hover source lists', () => {
  it('gives one source sentence one ref, with one verdict: ✓ when any figure in it agrees', () => {
    // Seed 003 line 8 states 1000억달러 (agrees) and 4000억달러 (disagrees) in one sentence.
    const line = 'Stargate will spend $100 billion on data centers across the U.S. [@joongang-2025-01-23].';
    const claim = claimOn(line, '$100 billion');
    const keys = claim.sources.map(sentenceKey);
    assert.equal(new Set(keys).size, keys.length, `one ref per sentence: ${keys.join(', ')}`);
    const texas = claim.sources.find((r) => r.sentence.text.includes('1000억달러'));
    assert.ok(texas?.agrees, 'the Texas sentence agrees');
    assert.equal(texas.match?.text, '1000억달러');
    const finding = checkReport(corpus, line).findings.find((f) => f.claim.text === '$100 billion');
    assert.ok(finding, 'the cited source says otherwise');
    const related = toDiagnostic(finding).relatedInformation ?? [];
    const places = related.map(
      (r) => `${r.location.uri}#${r.location.range.start.line}:${r.location.range.start.character}`,
    );
    assert.equal(
      new Set(places).size,
      places.length,
      `relatedInformation lists a sentence once: ${related.map((r) => r.message).join(' | ')}`,
    );
    const md = hoverLines(claim).filter((l) => l.startsWith('- ') && l.includes('1000억달러'));
    assert.equal(md.length, 1, md.join('\n'));
    assert.ok(md[0].startsWith('- ✓') && md[0].includes('**1000억달러**'), md[0]);
  });

  it('counts each source sentence once per version in the disagreement', () => {
    const at = (line: number, text: string, value: string, agrees: boolean): SourceRef => ({
      key: 'k',
      file: '/x.txt',
      lang: 'ko',
      agrees,
      score: 1,
      sentence: { text: `${text}.`, range: { start: { line, character: 0 }, end: { line, character: 20 } } },
      match: {
        text,
        value,
        unit: 'USD',
        range: { start: { line, character: 0 }, end: { line, character: text.length } },
      },
    });
    const refs = [
      at(1, '1000억달러', '100000000000', true),
      at(1, '4000억달러', '400000000000', false),
      at(1, '4000억달러', '400000000000', false),
      at(2, '4000억달러', '400000000000', false),
    ];
    const claim = { type: 'figure', sources: refs } as unknown as XClaim;
    assert.equal(disagreement(claim), '4000억달러 (2) · 1000억달러 (1)');
  });

  it("puts the cited source first, its sentence in the claim's unit before other-unit equivalents", () => {
    const claim = claimOn(
      'The Stargate venture will invest about 718 trillion won [@joongang-2025-01-23].',
      '718 trillion',
    );
    const items = hoverLines(claim).filter((l) => l.startsWith('- ✓') || l.startsWith('- ✗'));
    const cited = items.filter((l) => l.includes('joongang-2025-01-23'));
    assert.ok(cited.length >= 2, items.join('\n'));
    assert.deepEqual(items.slice(0, cited.length), cited, 'cited sentences first');
    assert.ok(
      /\*\*718조원\*\*|\*\*700조원\*\*/.test(items[0]) && !items[0].includes('$500 billion'),
      `a KRW sentence first: ${items[0]}`,
    );
    const usd = items.findIndex((l) => l.includes('**$500 billion**'));
    const krw = items.findIndex((l) => l.includes('**718조원**'));
    assert.ok(krw >= 0 && (usd < 0 || krw < usd), items.join('\n'));
  });

  it("never cuts a cited source's sentences", () => {
    const claim = claimOn(
      'The Stargate venture will invest about 718 trillion won [@edaily-2025-01-22] [@joongang-2025-01-23].',
      '718 trillion',
    );
    const citedSentences = new Set(claim.sources.filter((r) => claim.cited.includes(r.key)).map(sentenceKey));
    assert.ok(
      citedSentences.size > MAX_HOVER_SOURCES,
      `more cited sentences (${citedSentences.size}) than the hover's usual limit`,
    );
    const items = hoverLines(claim).filter((l) => /^- [✓✗]/.test(l));
    const shownCited = items.filter((l) => l.includes('edaily-2025-01-22') || l.includes('joongang-2025-01-23'));
    assert.equal(shownCited.length, citedSentences.size, items.join('\n'));
  });

  it('names a source by outlet and date with its headline as the link, an author only as an author', () => {
    const claim = claimOn(
      'Stargate will spend $100 billion on data centers across the U.S. [@joongang-2025-01-23].',
      '$100 billion',
    );
    const items = hoverLines(claim).filter((l) => /^- [✓✗]/.test(l));
    const joongang = corpus.byKey('joongang-2025-01-23')!;
    const lee = corpus.byKey('이주연')!;
    assert.deepEqual(lee.meta.authors, ['이주연']);
    assert.equal(lee.meta.outlet, undefined);
    // One name for a source, the CLI's and the hover's.
    assert.equal(sourceLabel(joongang, 'en'), 'JoongAng 2025-01-23');
    assert.equal(sourceLabel(lee, 'en'), '이주연 (author)');
    assert.equal(sourceLabel(lee, 'ko'), '이주연 (작성자)');
    const leeLine = items.find((l) => l.includes('1000억달러'))!;
    assert.ok(leeLine.includes('이주연 \\(author\\)'), leeLine);
    const jLine = items.find((l) => l.includes('joongang-2025-01-23'))!;
    assert.ok(jLine.includes('JoongAng 2025-01-23'), jLine);
    // Links read as the headline (or the name when there is none), never as a file name.
    const links = [...items.join('\n').matchAll(/\[([^\]]*)\]\(<?([^)>]*)>?\)/g)];
    assert.ok(links.length >= items.length, items.join('\n'));
    for (const [, label, target] of links) {
      assert.ok(!/\.txt|\.md/.test(label), `link label is a file name: ${label}`);
      assert.ok(target.startsWith('file://') && /#L\d+,\d+$/.test(target), target);
    }
    assert.ok(
      links.some(([, label]) => label.includes('U.S. accelerates AI dominance')),
      'the headline links to the sentence',
    );
    // The CLI's message names the author the same way.
    const finding = checkReport(corpus, 'Stargate will invest $600 billion in AI infrastructure.').findings[0];
    assert.ok(finding.message.includes('이주연 (author)'), finding.message);
    const related = toDiagnostic(finding).relatedInformation ?? [];
    assert.ok(
      related.some((r) => r.message.includes('이주연 (author)')),
      related.map((r) => r.message).join('\n'),
    );
  });
});
