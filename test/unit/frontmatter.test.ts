// A .md source's front matter names its citation key (issue 10 saw `key:` ignored while xref-sources.json's
// key worked); xref-sources.json still overrides it.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';

const ARTICLE = [
  '---',
  'title: "Stargate picks a second Texas site"',
  'outlet: Harbor Times',
  'date: 2025-06-02',
  'key: harbor-2025-06',
  '---',
  '',
  '# Stargate picks a second Texas site',
  '',
  'The Stargate venture said on Monday that its second Texas campus, in Shackelford County, will draw 1.4 gigawatts when complete.',
  '',
].join('\n');

describe('front matter: a source’s own citation key', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-fm-'));
    fs.writeFileSync(path.join(dir, 'harbor.md'), ARTICLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('`key:` in a .md source’s front matter is its citation key', () => {
    const corpus = Corpus.load({ folders: [dir], useBundled: false });
    const src = corpus.byKey('harbor-2025-06');
    assert.ok(src, corpus.sources.map((s) => s.key).join(', '));
    assert.equal(src.meta.outlet, 'Harbor Times');
    assert.equal((src.meta as { key?: string }).key, undefined, 'the key is the source’s, not a metadata field');
    const r = checkReport(corpus, 'The second Texas campus will draw 1.4 gigawatts [@harbor-2025-06].\n');
    assert.deepEqual(
      r.findings.map((f) => f.code),
      [],
    );
    assert.equal(r.claims.find((c) => c.type === 'figure')?.status, 'supported');
  });
  it('xref-sources.json still overrides it', () => {
    fs.writeFileSync(
      path.join(dir, 'xref-sources.json'),
      JSON.stringify({ 'harbor.md': { key: 'harbor-times-site' } }),
    );
    const corpus = Corpus.load({ folders: [dir], useBundled: false });
    assert.deepEqual(
      corpus.sources.map((s) => s.key),
      ['harbor-times-site'],
    );
  });
});
