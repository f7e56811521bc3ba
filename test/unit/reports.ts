// Report files in the repository, for the tests that check them line by line.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../..');

/** A file of the repository, by its path from the root. */
export const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

/** The 0-based line of `text` that contains `needle` (the first); fails the test when none does. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `line not found: ${needle}`);
  return i;
}
