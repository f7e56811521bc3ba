// How the tests on written articles ask the engine about one line: load a folder of sources as a user's corpus
// (no bundled seeds, no worker threads), check a text as a report, and read the verdict on one figure or on its
// quotation. One copy of what a dozen test files spelled out each for themselves.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import type { Finding } from '../../server/src/types';

/** A folder of sources as a user's corpus: no bundled seeds, no worker threads. */
export function loadSources(...folders: string[]): Corpus {
  return Corpus.load({ folders, useBundled: false, workers: 0 });
}

/** A corpus of articles written in a test (file name → text), in a temporary folder of its own. */
export function writtenSources(files: Record<string, string>, prefix = 'xref-written-'): Corpus {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return loadSources(dir);
}

/** The verdict on the figure written `fig` when `text` is checked as a report: its status, its findings, their codes
 *  and the figure-mismatch findings among them. Fails when no figure of that text is read. */
export function figureJudged(corpus: Corpus, text: string, fig: string) {
  const r = checkReport(corpus, text);
  const c = r.claims.find((x) => x.type === 'figure' && x.text === fig);
  assert.ok(c, `no claim ${fig} in ${text} (read: ${r.claims.map((x) => x.text).join(', ')})`);
  const findings = r.findings.filter((f) => f.claim === c);
  return {
    status: c.status,
    findings,
    codes: findings.map((f) => f.code),
    mismatches: findings.filter((f) => f.code === 'figure-mismatch'),
  };
}

/** The verdict on the first quotation read in `text`: its status, its quote findings as `code/severity`, and the
 *  first one's message. */
export function quoteJudged(corpus: Corpus, text: string) {
  const r = checkReport(corpus, text);
  const c = r.claims.find((x) => x.type === 'quote');
  assert.ok(c, 'a quotation is read');
  const f = r.findings.filter((x) => x.code.startsWith('quote'));
  return { status: c.status, codes: f.map((x) => `${x.code}/${x.severity}`), message: f[0]?.message ?? '' };
}

/** The findings a user sees as a ✗ or a warning. */
export const loud = (j: { findings: Pick<Finding, 'severity'>[] }) =>
  j.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

/** The figures a report's text is read to claim, as written, with no sources to judge them by. */
export function figuresRead(text: string): string[] {
  return checkReport(Corpus.load({ folders: [] }), text)
    .claims.filter((c) => c.type === 'figure')
    .map((c) => c.text);
}

const FIXTURES = path.join(__dirname, '..', 'fixtures');
/**
 * The verdict on figure `fig` of line `line` (1-based) when a tuning set's whole report is checked against its sources
 * (its headings and the lines before give the line its subject): its status, its findings and their codes.
 */
export function reportLineJudged(name: string, report: string, line: number, fig: string) {
  const text = fs.readFileSync(path.join(FIXTURES, name, 'reports', report), 'utf8');
  const r = checkReport(loadSources(path.join(FIXTURES, name, 'sources')), text);
  const c = r.claims.find((x) => x.type === 'figure' && x.text === fig && x.range.start.line === line - 1);
  assert.ok(c, `no claim ${fig} on line ${line}`);
  const findings = r.findings.filter((f) => f.claim === c);
  return { status: c.status, findings, codes: findings.map((f) => f.code) };
}

/** The findings' messages, one a line (for an assertion's message). */
export const messages = (j: { findings: { message: string }[] }) => j.findings.map((f) => f.message).join('\n');
