// Issue 11 (4): a report written inside a sources folder is indexed with the articles, and must not confirm
// itself: its own figures, quotations and citation key are no evidence for it (CLI and engine).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { runCli } from './runCli';
import { Corpus } from '../../server/src/corpus/corpus';
import { completionFor } from '../../server/src/lsp/completion';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'url';

const ROOT = path.resolve(__dirname, '..', '..');
const SEED = path.join(
  ROOT,
  'seeds',
  fs
    .readdirSync(path.join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()[0],
);

const REPORT = [
  '---',
  'key: my-report',
  '---',
  '# Stargate',
  '',
  'Stargate will invest up to $600 billion over the next four years.',
  '',
  'The venture will hire 777,000 data center workers in Texas.',
  '',
  'Altman said, “We will build the largest machine anyone in the history of the world has seen.”',
  '',
  'As the report itself says [@my-report].',
  '',
].join('\n');

const run = runCli;

describe('a report inside a sources folder is not its own evidence', function () {
  this.timeout(60_000);
  let dir: string, report: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-self-'));
    fs.copyFileSync(SEED, path.join(dir, path.basename(SEED)));
    report = path.join(dir, 'report.md');
    fs.writeFileSync(report, REPORT);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const codes = (json: { files: { diagnostics: { code: string; claim: { text: string } }[] }[] }) =>
    json.files[0].diagnostics.map((d) => `${d.code} ${d.claim.text}`);

  it('check --sources DIR DIR/report.md: the wrong figure is a mismatch, exit 1', () => {
    const r = run(['check', '--sources', dir, '--format', 'json', report]);
    const json = JSON.parse(r.out);
    assert.ok(
      json.sources.some((s: { file: string }) => s.file === report),
      'the report is indexed as a source (it is in the folder)',
    );
    assert.ok(codes(json).includes('figure-mismatch $600 billion'), codes(json).join('\n'));
    assert.equal(r.code, 1, r.err);
  });

  it('with only the report in the corpus: its figures and quotation are unsupported, its own key unknown', () => {
    const only = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-self-only-'));
    try {
      const file = path.join(only, 'report.md');
      fs.writeFileSync(file, REPORT);
      const r = run(['check', '--no-default-sources', '--sources', only, '--format', 'json', file]);
      const got = codes(JSON.parse(r.out));
      for (const want of [
        'figure-unsupported $600 billion',
        'figure-unsupported 777,000 data center workers',
        'citation-unknown @my-report',
      ]) {
        assert.ok(got.includes(want), `${want} in:\n${got.join('\n')}`);
      }
      assert.ok(
        got.some((c) => c.startsWith('quote-unsupported ')),
        got.join('\n'),
      );
      assert.equal(r.code, 1, 'the unknown citation key is an error');
    } finally {
      fs.rmSync(only, { recursive: true, force: true });
    }
  });

  it('the same through a link to the folder (the report named by its real path)', function () {
    const link = path.join(os.tmpdir(), `xref-self-link-${process.pid}`);
    try {
      fs.symlinkSync(dir, link, 'dir');
    } catch {
      this.skip();
    }
    try {
      const r = run(['check', '--sources', link, '--format', 'json', report]);
      assert.ok(codes(JSON.parse(r.out)).includes('figure-mismatch $600 billion'), r.out);
    } finally {
      fs.rmSync(link, { force: true });
    }
  });

  it('checkReport: the option names the file; without it the report still confirms itself (other files are evidence)', () => {
    const corpus = Corpus.load({ folders: [dir], useBundled: false });
    const figure = (self?: string) =>
      checkReport(corpus, REPORT, { self }).claims.find((c) => c.text === '$600 billion')!;
    assert.equal(figure(undefined).status, 'supported');
    assert.equal(figure(path.join(dir, 'other.md')).status, 'supported');
    const own = figure(report);
    assert.equal(own.status, 'conflicting');
    assert.ok(
      own.sources.every((s) => s.file !== report),
      'the report is not named as a source of its own claim',
    );
  });

  it('completion after "[@" does not offer the report its own key', () => {
    const corpus = Corpus.load({ folders: [dir], useBundled: false });
    const text = 'See [@';
    const keys = (uri: string) =>
      completionFor(
        TextDocument.create(uri, 'markdown', 1, text),
        { line: 0, character: text.length },
        corpus,
      )!.items.map((i) => i.label);
    const own = corpus.sourceOfFile(report)!.key;
    assert.ok(keys(pathToFileURL(path.join(dir, 'other.md')).toString()).includes(own), 'another document may cite it');
    assert.ok(!keys(pathToFileURL(report).toString()).includes(own), 'the report itself may not');
    assert.ok(keys(pathToFileURL(report).toString()).length > 0, 'the other sources are still offered');
  });
});
