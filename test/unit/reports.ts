// Report files in the repository, for the tests that check them line by line.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CheckResult, Claim } from '../../server/src/types';

export const ROOT = path.resolve(__dirname, '../..');

/** A file of the repository, by its path from the root. */
export const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

/** The 0-based line of `text` that contains `needle` (the first); fails the test when none does. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `line not found: ${needle}`);
  return i;
}

/** The figure claim of a check with this text; fails the test when none was extracted. */
export function figure(r: CheckResult, text: string): Claim {
  const c = r.claims.find((x) => x.type === 'figure' && x.text === text);
  assert.ok(c, `figure ${text} not extracted: ${r.claims.map((x) => x.text).join(', ')}`);
  return c!;
}
