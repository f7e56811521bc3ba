// The server's per-document check cache (lsp/state.ts): a request above an edit answers from the last check
// instead of checking the new version (what keeps hovers quick while a long report is typed into), and a
// request at or below the edit gets the new version's check. Order and identity, not a clock.
import { strict as assert } from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../server/src/corpus/corpus';
import { ReportChecker } from '../../server/src/lsp/state';
import { read } from './reports';

describe('server: ReportChecker reuses the last check above an edit', () => {
  const corpus = Corpus.load({ folders: [] });
  const report = read('examples/report-en.md');
  const claimLine = report.split('\n').findIndex((l) => l.includes('$500 billion'));
  const checker = new ReportChecker(
    () => corpus,
    () => ({}),
    () => {},
  );
  const version = (v: number, text: string) => TextDocument.create('untitled:r.md', 'markdown', v, text);

  it('answers a line above the edit from the earlier version, and a line below it from a fresh check', () => {
    assert.ok(claimLine >= 0);
    const first = checker.result(version(1, report))!;
    assert.ok(first.claims.length > 0);
    // Typing at the end: the claim line is unchanged up to its end.
    const v2 = version(2, report + '\nStargate will invest $700 billion.\n');
    assert.equal(checker.resultAtLine(v2, claimLine), first, 'reused above the edit');
    // The new line is past the old text's end: it needs the new version.
    const fresh = checker.resultAtLine(v2, v2.lineCount - 2)!;
    assert.notEqual(fresh, first);
    assert.ok(fresh.claims.length > first.claims.length, 'the new line is checked');
    // An edit above the claim line: the old result would place claims wrongly, so it is checked again.
    const third = checker.resultAtLine(version(3, 'Inserted first line.\n' + report), claimLine + 1)!;
    assert.notEqual(third, first);
    assert.notEqual(third, fresh);
  });
});
