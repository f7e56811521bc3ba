// The server's own small pieces, without a process: settings, globs, snippets, long lines, [@ context.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { citationContext } from '../../server/src/lsp/completion';
import { citationInsertPoint } from '../../server/src/lsp/codeActions';
import { globToRegExp, splitGlob } from '../../server/src/lsp/files';
import { escapeMd, snippet } from '../../server/src/lsp/format';
import { wordDiff } from '../../server/src/lsp/hover';
import { localeFrom } from '../../server/src/lsp/messages';
import { normalizeSettings } from '../../server/src/lsp/settings';
import type { Claim, SourceRef } from '../../server/src/types';

const ref = (text: string, matchText: string, line = 3, col = 10): SourceRef => {
  const i = text.indexOf(matchText);
  return {
    key: 'k',
    file: '/x.txt',
    lang: 'ko',
    agrees: true,
    score: 1,
    sentence: { text, range: { start: { line, character: col }, end: { line, character: col + text.length } } },
    match: {
      text: matchText,
      range: { start: { line, character: col + i }, end: { line, character: col + i + matchText.length } },
    },
  };
};

describe('server helpers', () => {
  it('normalizes settings from VS Code, flat keys, wrapped objects and junk', () => {
    assert.deepEqual(normalizeSettings(undefined).sources, []);
    assert.equal(normalizeSettings(null).useBundledSources, true);
    const s = normalizeSettings({
      'stargate-xref': {
        sources: ['a', 3, ' '],
        severity: { unsupportedFigure: 'off' },
        'severity.unsupportedQuote': 'info',
      },
    });
    assert.deepEqual(s.sources, ['a']);
    assert.equal(s.severity.unsupportedFigure, 'off');
    assert.equal(s.severity.unsupportedQuote, 'information');
    assert.equal(
      normalizeSettings({ severity: { unsupportedFigure: 'loud' } }).severity.unsupportedFigure,
      'information',
    );
    assert.deepEqual(normalizeSettings({ sources: '/one' }).sources, ['/one']);
  });

  it('matches globs', () => {
    assert.deepEqual(splitGlob('/news/**/*.txt'), { base: '/news', glob: '**/*.txt' });
    assert.deepEqual(splitGlob('/news/a.txt'), { base: '/news/a.txt' });
    const re = globToRegExp('**/*.{txt,md}');
    assert.ok(re.test('a.txt') && re.test('x/y/b.md') && !re.test('x/c.html'));
    assert.ok(globToRegExp('2025-0[1-2]/*.txt').test('2025-01/a.txt'));
    assert.ok(!globToRegExp('*.txt').test('x/a.txt'));
    // No clock: mocha's timeout bounds these, which catastrophic backtracking on 5,000 characters cannot meet.
    globToRegExp('**/**/**/**/*a*a*a*a*a*b').test('a'.repeat(5000));
    globToRegExp('**/*a*a*a*a*a*b').test(Array(200).fill('a'.repeat(200)).join('/'));
  });

  it('bolds the figure in a snippet, cuts around it, never splits a surrogate pair, escapes Markdown', () => {
    const text = '앞부분 '.repeat(40) + '최대 5000억 달러(약 718조 원)를 투자 ' + '뒷부분 😀'.repeat(40);
    const md = snippet(ref(text, '5000억 달러'), 60);
    assert.ok(md.includes('**5000억 달러**'), md);
    assert.ok(md.startsWith('…') && md.endsWith('…'), md);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(md), 'no lone surrogates');
    assert.equal(escapeMd('*a* [b](c) `d` <e>'), '\\*a\\* \\[b\\]\\(c\\) \\`d\\` \\<e\\>');
    // A match whose positions do not line up is still found by its text.
    const r = ref('It costs $500 billion.', '$500 billion');
    r.match!.range.start.character += 100;
    assert.ok(snippet(r).includes('**$500 billion**'), snippet(r));
  });

  it('knows when the cursor is in a citation', () => {
    const doc = TextDocument.create('untitled:a.md', 'markdown', 1, 'See [@edai and [see @joon; @ed] and a@b.c');
    assert.deepEqual(citationContext(doc, { line: 0, character: 10 }), {
      prefix: 'edai',
      start: { line: 0, character: 6 },
    });
    assert.equal(citationContext(doc, { line: 0, character: 25 })?.prefix, 'joon');
    assert.equal(citationContext(doc, { line: 0, character: 41 }), undefined, 'an e-mail address is not a citation');
  });

  it("puts an added citation before the sentence's full stop, not inside $1.5 billion", () => {
    const doc = TextDocument.create('untitled:a.md', 'markdown', 1, 'It cost $1.5 billion in 2025. Next sentence.');
    const claim = { range: { start: { line: 0, character: 8 }, end: { line: 0, character: 20 } } } as Claim;
    assert.deepEqual(citationInsertPoint(doc, claim), { line: 0, character: 28 });
  });

  it('shows what differs between two wordings', () => {
    assert.deepEqual(wordDiff('This would not have been possible', 'This wouldn’t have been possible'), {
      report: 'would not',
      source: 'wouldn’t',
    });
    assert.equal(wordDiff('same words', 'same words'), undefined);
    assert.equal(localeFrom('ko-KR'), 'ko');
    assert.equal(localeFrom('en-US'), 'en');
  });
});
