// npm run eval [-- DIR ...]: the checker against reports with an answer key, as recall and precision.
// Every `*.key.json` under the folders given (default test/heldout/) names its report (the same name without
// `.key.json`, ending in .md), the source folders to check it against, and for each line what it should get:
//   "ok"           a true line: no error or warning on it
//   "unsupported"  no source speaks of it: no error or warning either
//   a code         a planted mistake: a finding with that code on that line (figure-mismatch, quote-mismatch,
//                  quote-misattributed, citation-unknown); figure-unsupported and quote-unsupported (a figure or
//                  quotation no source has) are found by their information, which is not loud
// Prints each line that went wrong, then per report and overall: recall (planted mistakes found with their
// code), precision (of the lines given an error or warning, those that hold a planted mistake) and how many
// true lines stayed clean. Exit status 0 always: this measures, the tests assert (test/unit/heldout.test.ts).
// A folder with a `metadata.json` (source file → outlet, date, headline, authors, language, as a careful reader
// gives them) also gets metadata scored, field by field. `--brief` prints only the counts, not which lines or
// sources went wrong: for a held-out set whose misses nobody should read.
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../server/src/corpus/corpus';
import { checkReport } from '../server/src/judge/check';
import type { Finding } from '../server/src/types';

export interface KeyLine {
  text: string;
  expect: string;
  fix?: string;
  why?: string;
}
export interface AnswerKey {
  sources?: string[];
  withSeeds?: boolean;
  lines: KeyLine[];
}

export interface LineResult {
  key: KeyLine;
  line: number;
  got: string[];
  pass: boolean;
  /**
   * What the checker made of the line besides its loud findings: the statuses of the claims it read there
   * ("supported" is a ✓ in the hover), or "nothing read" when it found no claim on the line.
   */
  read: string;
}
export interface ReportScore {
  report: string;
  lines: LineResult[];
  planted: number;
  found: number;
  flagged: number;
  flaggedPlanted: number;
  trueLines: number;
  trueClean: number;
}

const CLEAN = new Set(['ok', 'unsupported']);
/** Codes whose finding is information: a planted line keyed with one is found by that finding, loud or not. */
const QUIET = new Set(['figure-unsupported', 'quote-unsupported']);
const loud = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/** Every answer key under `dir`. */
export function keysUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...keysUnder(p));
    else if (e.name.endsWith('.key.json')) out.push(p);
  }
  return out.sort();
}

const corpora = new Map<string, Corpus>();

/** A report checked against its key's sources, line by line. */
export function scoreReport(keyFile: string): ReportScore {
  const key = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as AnswerKey;
  const report = keyFile.replace(/\.key\.json$/, '.md');
  const dir = path.dirname(keyFile);
  const folders = (key.sources ?? ['sources']).map((s) => path.resolve(dir, s));
  const id = JSON.stringify([folders, !!key.withSeeds]);
  let corpus = corpora.get(id);
  if (!corpus) corpora.set(id, (corpus = Corpus.load({ folders, useBundled: !!key.withSeeds })));
  const text = fs.readFileSync(report, 'utf8');
  const lines = text.split('\n');
  const result = checkReport(corpus, text, { self: report });
  const byLine = new Map<number, Finding[]>();
  const statuses = new Map<number, Set<string>>();
  for (const c of result.claims) {
    const l = c.range.start.line;
    statuses.set(l, (statuses.get(l) ?? new Set()).add(`${c.type} ${c.status}`));
  }
  const read = (line: number) => [...(statuses.get(line) ?? [])].sort().join('+') || 'nothing read';
  // Every finding's code by line, loud or not: a planted figure or quotation no source has is found by its
  // information (figure-unsupported, quote-unsupported), which is never loud.
  const quietByLine = new Map<number, string[]>();
  for (const f of result.findings) {
    const l = f.range.start.line;
    if (loud(f)) byLine.set(l, [...(byLine.get(l) ?? []), f]);
    else quietByLine.set(l, [...(quietByLine.get(l) ?? []), f.code]);
  }
  const score: ReportScore = {
    report,
    lines: [],
    planted: 0,
    found: 0,
    flagged: 0,
    flaggedPlanted: 0,
    trueLines: 0,
    trueClean: 0,
  };
  const keyed = new Set<number>();
  for (const k of key.lines) {
    const line = lines.findIndex((l) => l.includes(k.text));
    if (line < 0) throw new Error(`${keyFile}: no line of the report contains "${k.text}"`);
    keyed.add(line);
    const got = (byLine.get(line) ?? []).map((f) => f.code);
    const clean = CLEAN.has(k.expect);
    const pass = clean
      ? got.length === 0
      : got.includes(k.expect as Finding['code']) ||
        (QUIET.has(k.expect) && (quietByLine.get(line) ?? []).includes(k.expect));
    if (clean) {
      score.trueLines++;
      if (pass) score.trueClean++;
    } else {
      score.planted++;
      if (pass) score.found++;
    }
    if (got.length) {
      score.flagged++;
      if (!clean) score.flaggedPlanted++;
    }
    score.lines.push({ key: k, line, got, pass, read: read(line) });
  }
  // A line the key does not name is a line with nothing to check: anything loud there is a false alarm.
  for (const [line, fs_] of byLine)
    if (!keyed.has(line)) {
      score.flagged++;
      score.lines.push({
        key: { text: lines[line].slice(0, 60), expect: '(not in the key)' },
        line,
        got: fs_.map((f) => f.code),
        pass: false,
        read: read(line),
      });
    }
  return score;
}

export function totals(scores: ReportScore[]) {
  const sum = (k: keyof ReportScore) => scores.reduce((a, s) => a + (s[k] as number), 0);
  const planted = sum('planted'),
    found = sum('found'),
    flagged = sum('flagged'),
    flaggedPlanted = sum('flaggedPlanted');
  const trueLines = sum('trueLines'),
    trueClean = sum('trueClean');
  return {
    planted,
    found,
    flagged,
    flaggedPlanted,
    trueLines,
    trueClean,
    recall: planted ? found / planted : 1,
    precision: flagged ? flaggedPlanted / flagged : 1,
  };
}

const pct = (x: number) => (100 * x).toFixed(1) + '%';

interface ExpectedMeta {
  outlet?: string;
  date?: string;
  headline?: string;
  authors?: string[];
  language?: string;
}
const META_FIELDS = ['outlet', 'date', 'headline', 'authors', 'language'] as const;
const norm = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** Each source's metadata as read, field by field against `metadata.json`: right counts and the wrong ones. */
export function scoreMetadata(dir: string): {
  right: Record<string, number>;
  /** Of the wrong ones, those read as nothing (unknown) rather than as another value. */
  unknown: Record<string, number>;
  total: number;
  wrong: string[];
} {
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as Record<
    string,
    ExpectedMeta | string
  >;
  const right: Record<string, number> = Object.fromEntries(META_FIELDS.map((f) => [f, 0]));
  const unknown: Record<string, number> = Object.fromEntries(META_FIELDS.map((f) => [f, 0]));
  const wrong: string[] = [];
  let total = 0;
  for (const [rel, want] of Object.entries(expected)) {
    if (typeof want !== 'object' || rel.startsWith('_')) continue;
    const file = path.resolve(dir, rel);
    const c = Corpus.load({ folders: [file], useBundled: false, workers: 0 });
    const src = c.sources[0];
    total++;
    const got = {
      outlet: src?.meta.outlet,
      date: src?.meta.date,
      headline: src?.meta.title,
      authors: src?.meta.authors ?? [],
      language: src?.meta.languages.join(','),
    };
    for (const f of META_FIELDS) {
      const ok =
        f === 'authors'
          ? JSON.stringify((want.authors ?? []).map(norm)) === JSON.stringify(got.authors.map(norm))
          : norm(want[f]) === norm(got[f]);
      if (ok) {
        right[f]++;
        continue;
      }
      if (f === 'authors' ? !got.authors.length : !got[f]) unknown[f]++;
      wrong.push(`${rel} ${f}: expected ${JSON.stringify(want[f] ?? null)}, got ${JSON.stringify(got[f] ?? null)}`);
    }
  }
  return { right, unknown, total, wrong };
}

function main() {
  const args = process.argv.slice(2);
  const brief = args.includes('--brief');
  const dirs = args.filter((a) => a !== '--brief');
  const keys = (dirs.length ? dirs : [path.join(__dirname, '..', 'test', 'heldout')]).flatMap((d) =>
    d.endsWith('.key.json') ? [d] : keysUnder(d),
  );
  const scores = keys.map(scoreReport);
  for (const s of scores) {
    const t = totals([s]);
    console.log(
      `\n${path.relative(process.cwd(), s.report)}: recall ${t.found}/${t.planted}, precision ${t.flaggedPlanted}/${t.flagged}, true lines clean ${t.trueClean}/${t.trueLines}`,
    );
    for (const l of s.lines)
      if (!l.pass && !brief)
        console.log(
          `  line ${l.line + 1}: expected ${l.key.expect}, got ${l.got.join(', ') || 'nothing'} (read: ${l.read})  — ${l.key.text}`,
        );
  }
  const t = totals(scores);
  console.log(
    `\noverall (${scores.length} reports): recall ${pct(t.recall)} (${t.found}/${t.planted}), precision ${pct(t.precision)} (${t.flaggedPlanted}/${t.flagged}), true lines clean ${t.trueClean}/${t.trueLines}`,
  );
  // Recall by the code each planted mistake should get: "every moved quotation named quote-misattributed" is its
  // own target (issue 10), and counts alone say nothing of which lines.
  const kinds = new Map<string, [number, number]>();
  for (const s of scores)
    for (const l of s.lines) {
      if (CLEAN.has(l.key.expect) || l.key.expect === '(not in the key)') continue;
      const k = kinds.get(l.key.expect) ?? [0, 0];
      k[1]++;
      if (l.pass) k[0]++;
      kinds.set(l.key.expect, k);
    }
  console.log(
    `recall by kind: ${[...kinds]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([code, [found, planted]]) => `${code} ${found}/${planted}`)
      .join(', ')}`,
  );
  // What the checker made of the lines it got wrong, as counts only (so a held-out set's misses can be told apart
  // by kind without reading them): a planted mistake read as "supported" is a wrong ✓ in the hover, worse than
  // "nothing read"; a true line flagged is a false alarm.
  const outcome = (pick: (l: LineResult) => boolean, byKind = false) => {
    const n = new Map<string, number>();
    for (const s of scores)
      for (const l of s.lines)
        if (pick(l)) {
          const k =
            (byKind ? `${l.key.expect}: ` : '') +
            (l.got.length ? `flagged ${[...new Set(l.got)].sort().join('+')}` : l.read);
          n.set(k, (n.get(k) ?? 0) + 1);
        }
    return (
      [...n]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([k, c]) => `${k} ${c}`)
        .join(', ') || 'none'
    );
  };
  const planted = (l: LineResult) => !CLEAN.has(l.key.expect) && l.key.expect !== '(not in the key)';
  console.log(`planted mistakes missed, as read: ${outcome((l) => planted(l) && !l.pass, true)}`);
  console.log(`true lines, as read: ${outcome((l) => !planted(l))}`);
  for (const d of dirs.length ? dirs : [path.join(__dirname, '..', 'test', 'heldout')]) {
    if (!fs.existsSync(path.join(d, 'metadata.json'))) continue;
    const m = scoreMetadata(d);
    if (!brief) for (const w of m.wrong) console.log(`  metadata ${w}`);
    console.log(
      `metadata of ${m.total} sources in ${path.relative(process.cwd(), d)}: ${META_FIELDS.map((f) => `${f} ${m.right[f]}/${m.total}${m.unknown[f] ? ` (${m.unknown[f]} unknown)` : ''}`).join(', ')}`,
    );
  }
}

if (require.main === module) main();
