// A folder's metadata.json (what a careful reader gives each source), asserted field by field: one copy for the
// metadata tests of every session (metadata.test.ts, metadata21.test.ts, metadata22.test.ts), with the small readers
// they share (metaOf, fixtureSource, writtenSource, sentenceTexts).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus, readSource } from '../../server/src/corpus/corpus';
import { parseArticle } from '../../server/src/corpus/article';
import type { Source } from '../../server/src/types';

const load = (folder: string) => Corpus.load({ folders: [folder], useBundled: false, workers: 0 });
const byFile = (c: Corpus, name: string): Source => {
  const s = c.sources.find((x) => path.basename(x.file) === name);
  assert.ok(s, `${name} not indexed: ${c.skipped.map((x) => `${x.file}: ${x.reason}`).join('; ')}`);
  return s;
};

export type Field = 'outlet' | 'date' | 'headline' | 'authors' | 'language';
/**
 * A folder's metadata.json (what a careful reader gives each source), asserted field by field. A blind set keeps its
 * sources in a sub-folder (`sub`), keyed `sources/<file>`; `pending` names the fields of a source still read wrong
 * (the rest of its row is asserted).
 */
export function metadataTable(
  folder: string,
  knownMisses: Record<string, string> = {},
  opts: { sub?: string; pending?: Record<string, Field[]> } = {},
) {
  const top = path.join(__dirname, '..', 'fixtures', folder);
  const prefix = opts.sub ? `${opts.sub}/` : '';
  const d = opts.sub ? path.join(top, opts.sub) : top;
  const want = JSON.parse(fs.readFileSync(path.join(top, 'metadata.json'), 'utf8')) as Record<
    string,
    {
      outlet?: string | null;
      date?: string | null;
      updated?: string;
      headline: string;
      authors: string[];
      language: string;
      unknownOk?: string[];
    }
  >;
  const c = load(d);
  it('every source in the folder is indexed, none skipped', () => {
    assert.deepEqual(
      corpusFiles(c),
      Object.keys(want)
        .filter((f) => !f.startsWith('_'))
        .map((f) => f.slice(prefix.length))
        .sort(),
    );
    assert.deepEqual(c.skipped, []);
  });
  for (const [key, w] of Object.entries(want)) {
    if (key.startsWith('_')) continue;
    const file = key.slice(prefix.length);
    const pending = opts.pending?.[key] ?? [];
    // A source a field of which is still read wrong: pending, with the reason (the table stays the reader's).
    if (knownMisses[file]) {
      it.skip(`${file}: ${knownMisses[file]}`);
      continue;
    }
    it(`${file}: outlet, date, headline, authors, language${pending.length ? ` (pending: ${pending.join(', ')})` : ''}`, () => {
      const s = byFile(c, file);
      const got = { outlet: s.meta.outlet, date: s.meta.date, headline: s.meta.title };
      for (const f of ['outlet', 'date', 'headline'] as const) {
        if (pending.includes(f)) continue;
        // null: the page does not say, and neither may the engine.
        const expected = (f === 'headline' ? w.headline : w[f]) ?? undefined;
        if (got[f] === undefined && w.unknownOk?.includes(f)) continue;
        assert.equal(got[f], expected, f);
      }
      // null authors: none named (as the eval reads it)
      if (!pending.includes('authors')) assert.deepEqual(s.meta.authors, w.authors ?? [], 'authors');
      if (!pending.includes('language')) assert.deepEqual(s.meta.languages, [w.language], 'language');
      // An update the same day as the date is kept as no update of its own.
      if (w.updated) assert.equal(s.meta.modified ?? s.meta.date, w.updated, 'updated');
    });
  }
}
const corpusFiles = (c: Corpus) => c.sources.map((s) => path.basename(s.file)).sort();

/** An article as the metadata tests read it alone: its text parsed, its metadata (no corpus, no outlet table). */
export const metaOf = (text: string, file = 'x.txt') => parseArticle(text, file).meta;

/** A fixture file (a path under test/fixtures) read as a source, failing with the reason it was skipped. */
export function fixtureSource(rel: string): Source {
  const s = readSource(path.join(__dirname, '..', 'fixtures', rel), 50e6);
  assert.ok(typeof s !== 'string', `${rel}: ${String(s)}`);
  return s;
}

/** A file (its text) read as a source, from a folder of its own, failing with the reason it was skipped. */
export function writtenSource(text: string, name: string): Source {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xref-meta-')), name);
  fs.writeFileSync(file, text);
  const s = readSource(file, 50e6);
  assert.ok(typeof s !== 'string', String(s));
  return s;
}

/** A source's sentences as read, their runs of white space one space. */
export const sentenceTexts = (s: Source) => s.sentences.map((x) => x.text.replace(/\s+/g, ' '));
