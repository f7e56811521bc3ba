// Issue 12: checks as plug-ins (server/src/checks/) and failures made visible (CheckResult.errors). A toy
// check passed through CheckOptions.extraChecks proves the seam; a check that throws shows up in `errors`,
// in the CLI's stderr and in its exit status 2, and the other checks' findings still stand.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { CHECKS, findingCodes, type Check } from '../../server/src/checks';
import { toSarif } from '../../server/src/cli/main';
import { Corpus } from '../../server/src/corpus/corpus';
import { collectErrors, noteError } from '../../server/src/errors';
import type { FindingCode } from '../../server/src/types';
import { read, ROOT } from './reports';
import { runCli } from './runCli';

const seeds = Corpus.load({ folders: [] });

/** Flags the word TODO in prose: a block check, so it goes through the block cache. */
const todoCheck: Check = {
  id: 'todo',
  codes: [{ code: 'todo' as FindingCode, severity: 'warning', description: 'A TODO left in the prose.' }],
  scope: 'block',
  judge(input, scope) {
    const out = {
      claims: [] as ReturnType<Check['judge']>[number]['claims'],
      findings: [] as ReturnType<Check['judge']>[number]['findings'],
    };
    for (let i = scope.first; i < scope.end; i++) {
      const s = input.sentences[i];
      const text = input.report.prose.slice(s.start, s.end);
      for (const m of text.matchAll(/\bTODO\b/g)) {
        const range = scope.st.range(s.start + m.index, s.start + m.index + 4);
        const claim = {
          type: 'citation' as const,
          text: 'TODO',
          range,
          lang: s.lang,
          citation: { key: 'TODO', known: false },
          cited: [],
          status: 'unknown' as const,
          sources: [],
        };
        out.claims.push(claim);
        out.findings.push({
          code: 'todo' as FindingCode,
          severity: 'warning',
          range,
          message: 'TODO left in the report.',
          claim,
          fixes: [],
        });
      }
    }
    return [out];
  },
};

const boom = (scope: Check['scope']): Check => ({
  id: 'boom',
  codes: [],
  scope,
  judge() {
    throw new Error('boom: the check broke');
  },
});

const REPORT =
  'Stargate will invest up to $600 billion over the next four years. TODO check this.\n\nTrump projected the creation of 100,000 jobs [@edaily-2025-01-21].\n';

describe('checks as plug-ins', () => {
  it('the built-in checks give every finding code once, each with a severity and a one-line description', () => {
    const codes = findingCodes();
    assert.deepEqual(
      codes.map((c) => c.code),
      [
        'figure-mismatch',
        'figure-unsupported',
        'quote-mismatch',
        'quote-misattributed',
        'quote-unsupported',
        'citation-unknown',
      ],
    );
    for (const c of codes) {
      assert.ok(c.description.length > 10 && !c.description.includes('\n'), c.code);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(c.severity), c.code);
    }
    assert.deepEqual(
      CHECKS.map((c) => c.id),
      ['figures', 'quotes', 'citations'],
    );
  });

  it('every code has its section in the README', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const c of findingCodes()) assert.ok(readme.includes(`### ${c.code}\n`), c.code);
  });

  it('SARIF rules list every code, with the description and default level the check gives', () => {
    const sarif = toSarif([{ file: 'r.md', result: checkReport(seeds, REPORT) }]);
    const rules = sarif.runs[0].tool.driver.rules;
    assert.deepEqual(
      rules.map((r) => r.id),
      findingCodes().map((c) => c.code),
    );
    for (const [i, c] of findingCodes().entries()) {
      assert.equal(rules[i].shortDescription.text, c.description);
      assert.equal(rules[i].defaultConfiguration.level, c.severity === 'information' ? 'note' : c.severity);
    }
    assert.equal('invocations' in sarif.runs[0], false, 'no invocations when nothing failed');
  });

  it('a check passed in the options runs after the built-in ones; their findings are unchanged', () => {
    const plain = checkReport(seeds, REPORT, { cache: false });
    const withTodo = checkReport(seeds, REPORT, { cache: false, extraChecks: [todoCheck] });
    const todo = withTodo.findings.filter((f) => f.code === ('todo' as FindingCode));
    assert.equal(todo.length, 1);
    assert.deepEqual(todo[0].range, { start: { line: 0, character: 66 }, end: { line: 0, character: 70 } });
    assert.deepStrictEqual(
      withTodo.findings.filter((f) => f.code !== ('todo' as FindingCode)),
      plain.findings,
    );
    assert.deepEqual(
      plain.findings.map((f) => f.code),
      ['figure-mismatch', 'citation-unknown'],
    );
    // Sorted by position with the rest: the TODO comes between the figure on line 0 and the citation on line 2.
    assert.deepEqual(
      withTodo.findings.map((f) => f.code),
      ['figure-mismatch', 'todo', 'citation-unknown'],
    );
    assert.equal(withTodo.errors, undefined);
  });

  it('a block check goes through the block cache: cached and fresh agree, with or without it', () => {
    const text = read('examples/report-en.md') + '\n\nTODO: one more paragraph.\n';
    for (const extraChecks of [[todoCheck], [], [todoCheck]]) {
      const cached1 = checkReport(seeds, text, { extraChecks });
      const cached2 = checkReport(seeds, text, { extraChecks });
      const fresh = checkReport(seeds, text, { cache: false, extraChecks });
      assert.deepStrictEqual(cached1, fresh);
      assert.deepStrictEqual(cached2, fresh);
      assert.equal(fresh.findings.filter((f) => f.code === ('todo' as FindingCode)).length, extraChecks.length);
    }
  });
});

describe('failures visible', () => {
  for (const scope of ['block', 'report'] as const) {
    it(`a ${scope} check that throws is in errors; the other checks' findings stand`, () => {
      const plain = checkReport(seeds, REPORT, { cache: false });
      for (const cache of [true, false]) {
        const r = checkReport(seeds, REPORT, { cache, extraChecks: [boom(scope)], self: '/tmp/r.md' });
        assert.deepEqual(
          r.errors?.map((e) => [e.where, e.message, e.file]),
          [['check boom', 'boom: the check broke', '/tmp/r.md']],
        );
        assert.match(r.errors![0].stack ?? '', /boom: the check broke/);
        assert.deepStrictEqual(r.findings, plain.findings);
      }
    });
  }

  it('a block something failed on is not cached: the next check reports the failure again', () => {
    const text = 'A paragraph of its own about $500 billion.\n';
    for (let n = 0; n < 2; n++)
      assert.equal(checkReport(seeds, text, { extraChecks: [boom('block')] }).errors?.length, 1);
  });

  it('a failure an extractor catches and works around is noted while a collector runs, dropped otherwise', () => {
    assert.doesNotThrow(() => noteError('nowhere', new Error('nobody listens')));
    const { value, errors } = collectErrors(() => {
      noteError('extractFigures', new Error('bad\nsecond line'), 'a.txt');
      return 1;
    });
    assert.equal(value, 1);
    assert.deepEqual(
      errors.map((e) => [e.where, e.message, e.file]),
      [['extractFigures', 'bad', 'a.txt']],
    );
  });

  it('a normal check has no errors field at all (the JSON stays the same)', () => {
    const r = checkReport(seeds, read('examples/report-en.md'));
    assert.equal('errors' in r, false);
  });

  describe('the CLI', function () {
    this.timeout(60_000);
    let dir: string;
    let file: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-checks-'));
      file = path.join(dir, 'r.md');
      fs.writeFileSync(file, REPORT);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const run = (argv: string[], extraChecks?: Check[]) => runCli(argv, extraChecks ? { extraChecks } : {});

    it('names a failing check on stderr and exits 2, still printing the other findings', () => {
      const r = run(['check', file], [boom('block')]);
      assert.equal(r.code, 2);
      assert.match(r.err, /r\.md: check boom failed; its findings here are incomplete: boom: the check broke/);
      assert.match(r.out, /error figure-mismatch/);
      assert.match(r.out, /error citation-unknown/);
    });

    it('json: errors on the file only when something failed', () => {
      const failed = JSON.parse(run(['check', '--format', 'json', file], [boom('report')]).out);
      assert.deepEqual(failed.files[0].errors, [
        { where: 'check boom', message: 'boom: the check broke', file: path.resolve(file) },
      ]);
      const ok = run(['check', '--format', 'json', file]);
      assert.equal(ok.code, 1);
      assert.equal('errors' in JSON.parse(ok.out).files[0], false);
      assert.equal(ok.err, '');
    });

    it('sarif: a failed run is marked unsuccessful, naming the failure', () => {
      const r = run(['check', '--format', 'sarif', file], [boom('block')]);
      assert.equal(r.code, 2);
      const inv = JSON.parse(r.out).runs[0].invocations;
      assert.equal(inv[0].executionSuccessful, false);
      assert.match(inv[0].toolExecutionNotifications[0].message.text, /check boom failed: boom/);
    });

    it('a check passed in runs from the CLI too', () => {
      const r = run(['check', file], [todoCheck]);
      assert.equal(r.code, 1);
      assert.match(r.out, /r\.md:1:67: warning todo: TODO left in the report\./);
    });
  });
});
