// A new user's first half hour, end to end over stdio: a short report written from the seeds' facts, one
// sentence a line, with three mistakes and a claim no source covers (test/fixtures/newcomer/first-look-en.md).
// Every line's findings, every hover's verdict and what "Fix all" writes are asserted against an answer key
// made by reading the seed articles, not the checker's output.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { ROOT, TestClient, applyEdits, fileUri } from './lsp';

type Key = { line: number; codes: string[]; hovers: [string, '✓' | '✗' | '?'][] }[];

/** Per line (0-based): the findings it must get, and for each figure or quotation on it the hover's verdict. */
const KEY_EN: Key = [
  { line: 2, codes: [], hovers: [['January 21', '✓']] },
  { line: 3, codes: [], hovers: [['three founding companies', '✓']] },
  {
    line: 4,
    codes: [],
    hovers: [
      ['$500 billion', '✓'],
      ['four years', '✓'],
    ],
  },
  // Another source (이주연's 1000억달러) states it; the citation on the line before is not this line's.
  { line: 5, codes: [], hovers: [['$100 billion', '✓']] },
  { line: 6, codes: [], hovers: [['100,000 jobs', '✓']] },
  // Cited Edaily states 약 718조 원 in so many words, though the line shares no other word with it.
  { line: 7, codes: [], hovers: [['718 trillion won', '✓']] },
  { line: 8, codes: [], hovers: [['possible without', '✓']] },
  {
    line: 9,
    codes: ['figure-mismatch'],
    hovers: [
      ['$800 billion', '✗'],
      ['four years', '✓'],
    ],
  },
  { line: 10, codes: ['figure-mismatch'], hovers: [['5 trillion won', '✗']] },
  { line: 11, codes: ['quote-misattributed'], hovers: [['possible without', '✗']] },
  { line: 12, codes: ['figure-unsupported'], hovers: [['$13 billion', '?']] },
];

/** What the report says once its three mistakes are fixed from the sources. */
const FIXED_EN: Record<number, string> = {
  9: 'The venture will spend up to $500 billion in its first four years.',
  10: "Korea's government plans a 2 trillion won AI computing center.",
  11: 'Altman said, “This wouldn’t have been possible without President Trump.”',
};

const KEY_KO: Key = [
  { line: 2, codes: [], hovers: [['21일', '✓']] },
  { line: 3, codes: [], hovers: [['3개사', '✓']] },
  {
    line: 4,
    codes: [],
    hovers: [
      ['4년', '✓'],
      ['5000억 달러', '✓'],
    ],
  },
  { line: 5, codes: [], hovers: [['1000억 달러', '✓']] },
  { line: 6, codes: [], hovers: [['10만 개', '✓']] },
  { line: 7, codes: [], hovers: [['2조원', '✓']] },
  {
    line: 8,
    codes: ['figure-mismatch'],
    hovers: [
      ['4년', '✓'],
      ['6000억 달러', '✗'],
    ],
  },
  // Edaily's "10만 개 이상" is about that many, and JoongAng says 10만 개.
  { line: 9, codes: ['figure-mismatch'], hovers: [['20만 개', '✗']] },
  {
    line: 10,
    codes: ['figure-mismatch'],
    hovers: [
      ['4기', '✓'],
      ['2기', '✗'],
    ],
  },
  // Naver's spending: no source speaks of it (the venture's 약 718조원 is not Naver's).
  { line: 11, codes: ['figure-unsupported'], hovers: [['3천억 원', '?']] },
];

const FIXED_KO: Record<number, string> = {
  8: '스타게이트는 향후 4년간 최대 5000억 달러를 투자한다.',
  9: '트럼프는 이번 투자로 10만 개의 일자리가 생길 것이라고 했다.',
  10: '신규 원전 건설은 4기에서 3기로 줄었다.',
};

for (const [name, key, fixes] of [
  ['first-look-en.md', KEY_EN, FIXED_EN],
  ['first-look-ko.md', KEY_KO, FIXED_KO],
] as const) {
  newcomer(path.join(ROOT, 'test', 'fixtures', 'newcomer', name), key, fixes);
}

function newcomer(REPORT: string, KEY: Key, FIXED: Record<number, string>): void {
  describe(`a newcomer’s first report, end to end (stdio): ${path.basename(REPORT)}`, function () {
    this.timeout(120000);
    let client: TestClient;
    const text = fs.readFileSync(REPORT, 'utf8');
    const lines = text.split('\n');
    const uri = fileUri(REPORT);

    before(async () => {
      client = new TestClient({ workspaceFolder: ROOT });
      await client.initialize();
      await client.indexed(5);
      client.open(uri, text);
    });
    after(() => client?.stop());

    it('gives every line the findings of the answer key, and no other', async () => {
      const diags = await client.diagnosticsFor(uri, 1, 60000);
      for (const { line, codes } of KEY) {
        assert.deepEqual(
          diags
            .filter((d) => d.range.start.line === line)
            .map((d) => d.code)
            .sort(),
          [...codes].sort(),
          `line ${line + 1}: ${lines[line]}`,
        );
      }
      assert.deepEqual(
        diags.filter((d) => !KEY.some((k) => k.line === d.range.start.line)).map((d) => [d.range.start.line, d.code]),
        [],
      );
    });

    it('shows ✓ or ✗ in every hover as the sources have it, and ? where none speaks', async () => {
      for (const { line, hovers } of KEY) {
        let from = 0;
        for (const [needle, mark] of hovers) {
          const at = lines[line].indexOf(needle, from);
          assert.ok(at >= 0, `"${needle}" on line ${line + 1}`);
          from = at + needle.length;
          const h = await client.request<Hover | null>('textDocument/hover', {
            textDocument: { uri },
            position: { line, character: at + 1 },
          });
          assert.ok(h, `a hover on "${needle}" (line ${line + 1})`);
          const head = (h.contents as MarkupContent).value.split('\n')[0];
          assert.ok(
            head.includes(` ${mark} `) ||
              head.endsWith(` ${mark}`) ||
              new RegExp(`— ${mark.replace('?', '\\?')}`).test(head),
            `line ${line + 1} "${needle}": ${head}`,
          );
        }
      }
    });

    it('"Fix all" puts in what the sources say and touches nothing else', async () => {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      const all = actions.find((a) => a.kind === 'source.fixAll.stargate-xref');
      assert.ok(all?.edit?.changes?.[uri], 'a fixAll action with edits');
      const fixed = applyEdits(text, all.edit.changes[uri]).split('\n');
      lines.forEach((l, i) => assert.equal(fixed[i], FIXED[i] ?? l, `line ${i + 1}`));
      // The fixed report has nothing left to fix: only the claim no source covers is still told.
      client.change(uri, 2, fixed.join('\n'));
      const after = await client.diagnosticsFor(uri, 2, 60000);
      const uncovered = KEY.filter((k) => k.codes.includes('figure-unsupported')).map((k) => [
        k.line,
        'figure-unsupported',
      ]);
      assert.deepEqual(
        after.map((d) => [d.range.start.line, d.code]),
        uncovered,
      );
    });
  });
}
