// What the quotation tests of the promoted sets (quote27, quote28, quote29) share: a tuning set's corpus, loaded once;
// a report line's findings and quote claims; a saved page or a text as a source, and the quotations it gives whom.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { readPage } from '../../server/src/corpus/readers/html';
import type { ReaderText } from '../../server/src/corpus/readers/reader';

const FIX = path.join(__dirname, '..', 'fixtures');
const corpora = new Map<string, Corpus>();
/** A fixture set's sources as a corpus, loaded once per run. */
export const corpusOf = (set: string) => {
  let c = corpora.get(set);
  if (!c)
    corpora.set(set, (c = Corpus.load({ folders: [path.join(FIX, set, 'sources')], useBundled: false, workers: 0 })));
  return c;
};
/** The loud findings' codes and the quote claims of the first line of a set's report that holds `line`. */
export const on = (set: string, report: string, line: string) => {
  const file = path.join(FIX, set, 'reports', report);
  const text = fs.readFileSync(file, 'utf8');
  const at = text.split('\n').findIndex((l) => l.includes(line));
  assert.ok(at >= 0, line);
  const r = checkReport(corpusOf(set), text, { self: file });
  return {
    codes: r.findings.filter((f) => f.range.start.line === at && f.severity !== 'information').map((f) => f.code),
    claims: r.claims.filter((c) => c.range.start.line === at && c.type === 'quote'),
  };
};
/** A saved page as a source, read as the corpus reads it. */
export const fromPage = (file: string, html: string) => {
  const r = readPage(html) as ReaderText;
  return buildSource(file, r.text, undefined, r.toOriginal, r.meta);
};
/** The quotations a source text gives each speaker, as `speakerId | words`. */
export const said = (file: string, text: string) =>
  buildSource(file, text).quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);
