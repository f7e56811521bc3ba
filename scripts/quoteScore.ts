// Scores a folder of sources and its reports against their answer key (the format of
// test/fixtures/unseen-quotes/answers.json): recall over the keyed findings, precision over the error and
// warning quote findings the reports get. `npx tsx scripts/quoteScore.ts test/fixtures/unseen-quotes [-v]`
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../server/src/corpus/corpus';
import { checkReport } from '../server/src/judge/check';

const dir = process.argv[2];
const verbose = process.argv.includes('-v');
const key = JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8')) as Record<
  string,
  Record<string, string | string[]>
>;
const corpus = Corpus.load({ folders: [path.join(dir, 'sources')], useBundled: false });
let keyed = 0,
  found = 0,
  flags = 0,
  rightFlags = 0;
for (const [file, answers] of Object.entries(key)) {
  if (file.startsWith('_')) continue;
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const lines = text.split('\n');
  const want = new Map<number, string>();
  const info = new Set<number>();
  for (const [needle, code] of Object.entries(answers)) {
    if (needle === '_info') {
      for (const n of code as string[]) info.add(lines.findIndex((l) => l.includes(n)));
      continue;
    }
    const i = lines.findIndex((l) => l.includes(needle));
    if (i < 0) throw new Error(`not found: ${needle}`);
    want.set(i, code as string);
  }
  const r = checkReport(corpus, text);
  const got = new Map<number, { code: string; severity: string; message: string }[]>();
  for (const f of r.findings)
    if (f.code.startsWith('quote-')) got.set(f.range.start.line, [...(got.get(f.range.start.line) ?? []), f]);
  lines.forEach((l, i) => {
    const fs_ = got.get(i) ?? [];
    const loud = fs_.filter((f) => f.severity !== 'information');
    const w = want.get(i);
    if (w) keyed++;
    if (w && loud.some((f) => f.code === w)) found++;
    flags += loud.length;
    rightFlags += loud.filter((f) => f.code === w).length;
    const ok = w ? loud.length === 1 && loud[0].code === w : loud.length === 0 && (fs_.length === 0 || info.has(i));
    if (!ok || verbose)
      console.log(
        `${ok ? '  ' : '✗ '}${file}:${i + 1} want ${w ?? (info.has(i) ? 'info|none' : 'none')} got ${JSON.stringify(fs_.map((f) => `${f.severity[0]}:${f.code}`))}  ${l.slice(0, 70)}${!ok ? '\n      ' + fs_.map((f) => f.message).join(' | ') : ''}`,
      );
  });
}
console.log(
  `recall ${found}/${keyed} = ${(found / keyed).toFixed(2)}; precision ${rightFlags}/${flags} = ${flags ? (rightFlags / flags).toFixed(2) : '-'}`,
);
