// What the cache and snapshot tests share: temporary folders removed after the file's tests, a copy of the seeds
// with articles added, and one article written as a wire service writes a short item.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEEDS = path.join(ROOT, 'seeds');

/** The source folders of the seeds and the test fixtures (not the held-out ones, which are for measuring only). */
export const FIXTURE_FOLDERS = [
  SEEDS,
  ...fs
    .readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .filter((d) => !/heldout|^reports$|^newcomer$/.test(d))
    .map((d) => path.join(ROOT, 'test', 'fixtures', d))
    .map((d) => (fs.existsSync(path.join(d, 'sources')) ? path.join(d, 'sources') : d)),
];

/** The texts of the two example reports and of the fixture reports, which the snapshot tests check against every folder. */
export function fixtureReports(): string[] {
  return [
    ...['report-en.md', 'report-ko.md'].map((f) => path.join(ROOT, 'examples', f)),
    ...fs
      .readdirSync(path.join(ROOT, 'test', 'fixtures', 'reports'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(ROOT, 'test', 'fixtures', 'reports', f)),
  ].map((f) => fs.readFileSync(f, 'utf8'));
}

/** A temporary-folder maker and the clean-up to run after the tests (mocha's `after`). */
export function tempDirs(): { tmp: (prefix: string) => string; cleanup: () => void } {
  const temps: string[] = [];
  return {
    tmp(prefix) {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      temps.push(d);
      return d;
    },
    cleanup() {
      for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}

/** A copy of the seeds (with their xref-sources.json) in a new folder made by `tmp`, plus the articles given. */
export function seedsWith(tmp: (prefix: string) => string, prefix: string, extra: Record<string, string> = {}): string {
  const dir = tmp(prefix);
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

// Written as a wire service writes a short item: dateline, byline, figures in the body.
export const WIRE = `Oracle, OpenAI expand Stargate data center plans in Texas

By Staff Reporter
Published: 24 Jan. 2025, 08:15

ABILENE, Texas — Oracle Corp. and OpenAI said on Friday that the first Stargate campus in Abilene would grow to ten buildings, each about 500,000 square feet, as construction crews of about 1,500 workers moved onto the site.

"We are building as fast as we can," Oracle chairman Larry Ellison told reporters at the site.

The companies have said the venture will invest up to $500 billion over four years.
`;
