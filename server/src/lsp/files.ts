// Turning configured source entries (folders, files, globs) into the list of files to index, without
// blocking: async directory walks, symlink loops and unreadable folders reported as skipped.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { META_FILE } from '../corpus/corpus';
import { isSourceFile } from '../corpus/readers';
import type { SkippedFile } from '../types';
import { t } from './messages';

// Which files are sources when a folder is configured is the readers' registry's (readers/index.ts), the same
// list the corpus's folder walk uses (a glob may name others explicitly).
const MAX_FILES = 200_000;
/** How many files a glob is let to list; a test may lower it. */
let maxFiles = MAX_FILES;
export function setMaxGlobFiles(n?: number): void {
  maxFiles = n ?? MAX_FILES;
}

export interface WatchRoot {
  /** A folder to watch (recursively). */
  dir: string;
  /** Whether a changed absolute path inside `dir` is a source file. */
  matches(file: string): boolean;
}

export interface Listing {
  files: string[];
  skipped: SkippedFile[];
  roots: WatchRoot[];
  /** Files a glob matched past the limit: counted, never listed. */
  leftOut?: number;
}

const GLOB_CHARS = /[*?[{]/;

/**
 * A compiled glob over '/'-separated relative paths: **, *, ?, [...], {a,b}. Matching never backtracks
 * exponentially (no RegExp): '*' within a segment uses the two-pointer wildcard walk (O(n·m)), '**' a
 * table over segments (O(P·S)); braces are expanded up front (at most 64 alternatives).
 */
export function globToRegExp(glob: string): { test(rel: string): boolean } {
  const alternatives = expandBraces(glob).map((g) => g.split('/').filter((x) => x !== ''));
  return {
    test: (rel: string) =>
      alternatives.some((pat) =>
        matchSegments(
          pat,
          rel.split('/').filter((x) => x !== ''),
        ),
      ),
  };
}

function expandBraces(glob: string, limit = 64): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  let close = -1;
  const parts: string[] = [];
  let last = open + 1;
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      parts.push(glob.slice(last, i));
      break;
    } else if (c === ',' && depth === 1) {
      parts.push(glob.slice(last, i));
      last = i + 1;
    }
  }
  if (close < 0) return [glob];
  const out: string[] = [];
  for (const p of parts) {
    for (const e of expandBraces(glob.slice(0, open) + p + glob.slice(close + 1), limit)) {
      out.push(e);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function matchSegments(pat: string[], segs: string[]): boolean {
  // ok[i][j]: pat[i..] matches segs[j..]; filled from the end.
  const P = pat.length;
  const S = segs.length;
  let next = new Array<boolean>(S + 1).fill(false);
  next[S] = true; // empty pattern matches empty path
  for (let i = P - 1; i >= 0; i--) {
    const cur = new Array<boolean>(S + 1).fill(false);
    for (let j = S; j >= 0; j--) {
      if (pat[i] === '**') cur[j] = next[j] || (j < S && cur[j + 1]);
      else cur[j] = j < S && next[j + 1] && matchSegment(pat[i], segs[j]);
    }
    next = cur;
  }
  return next[0];
}

/** One path segment against a pattern with *, ? and [...] (the classic wildcard walk, no recursion). */
function matchSegment(p: string, s: string): boolean {
  let pi = 0;
  let si = 0;
  let star = -1;
  let mark = 0;
  while (si < s.length) {
    if (pi < p.length && p[pi] === '[') {
      const close = p.indexOf(']', pi + 2);
      if (close > 0) {
        let cls = p.slice(pi + 1, close);
        const neg = cls[0] === '!' || cls[0] === '^';
        if (neg) cls = cls.slice(1);
        let hit = false;
        for (let k = 0; k < cls.length; k++) {
          if (cls[k + 1] === '-' && k + 2 < cls.length) {
            if (s[si] >= cls[k] && s[si] <= cls[k + 2]) hit = true;
            k += 2;
          } else if (cls[k] === s[si]) hit = true;
        }
        if (hit !== neg) {
          pi = close + 1;
          si++;
          continue;
        }
      } else if (s[si] === '[') {
        pi++;
        si++;
        continue;
      }
    } else if (pi < p.length && (p[pi] === '?' || p[pi] === s[si])) {
      pi++;
      si++;
      continue;
    }
    if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = si;
      continue;
    }
    if (star >= 0) {
      pi = star + 1;
      si = ++mark;
      continue;
    }
    return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

function ignoredName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Split an absolute entry into the folder before its first glob segment and the glob after it. */
export function splitGlob(entry: string): { base: string; glob?: string } {
  const norm = entry.replace(/\\/g, '/');
  const parts = norm.split('/');
  const i = parts.findIndex((p) => GLOB_CHARS.test(p));
  if (i < 0) return { base: entry };
  const base = parts.slice(0, i).join('/') || '/';
  return { base: path.normalize(base), glob: parts.slice(i).join('/') };
}

async function walk(dir: string, accept: (file: string) => boolean, out: Listing, seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await fs.promises.realpath(dir);
  } catch (e: any) {
    out.skipped.push({
      file: dir,
      reason: e?.code === 'ELOOP' ? t('index.symlinkLoop') : t('index.folderUnreadable', e?.code ?? String(e)),
    });
    return;
  }
  if (seen.has(real)) {
    out.skipped.push({ file: dir, reason: t('index.symlinkLoop') });
    return;
  }
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (e: any) {
    out.skipped.push({ file: dir, reason: t('index.folderUnreadable', e?.code ?? String(e)) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ignoredName(ent.name)) continue;
    const full = path.join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = await fs.promises.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e: any) {
        out.skipped.push({
          file: full,
          reason: e?.code === 'ELOOP' ? t('index.symlinkLoop') : t('index.folderUnreadable', e?.code ?? String(e)),
        });
        continue;
      }
    }
    if (isDir) await walk(full, accept, out, seen);
    else if (isFile && accept(full)) {
      // Past the limit a match is still counted, so that how many were left out can be said.
      if (out.files.length < maxFiles) out.files.push(full);
      else out.leftOut = (out.leftOut ?? 0) + 1;
    }
  }
}

/**
 * Plan what to hand the corpus for the given absolute entries: folders and files as they are (the corpus
 * walks them and reports what it cannot read), globs expanded here to the files they match. Also the
 * folders to watch, each with a test for which changed paths are sources.
 */
export async function planSources(entries: string[]): Promise<Listing> {
  const out: Listing = { files: [], skipped: [], roots: [] };
  for (const entry of entries) {
    const { base, glob } = splitGlob(entry);
    if (glob) {
      const re = globToRegExp(glob);
      const matches = (file: string) => {
        const rel = path.relative(base, file).replace(/\\/g, '/');
        return !rel.startsWith('..') && re.test(rel);
      };
      out.roots.push({ dir: base, matches });
      const before = out.leftOut ?? 0;
      await walk(base, matches, out, new Set());
      const left = (out.leftOut ?? 0) - before;
      if (left)
        out.skipped.push({
          file: entry,
          reason: t('index.globLimit', left.toLocaleString('en-US'), maxFiles.toLocaleString('en-US')),
        });
      continue;
    }
    out.files.push(base);
    let st: fs.Stats | undefined;
    try {
      st = await fs.promises.stat(base);
    } catch {
      st = undefined; // the corpus reports it
    }
    if (st?.isDirectory()) {
      out.roots.push({
        dir: base,
        matches: (file) => {
          const rel = path.relative(base, file);
          return (
            !rel.startsWith('..') &&
            (isSourceFile(file) || path.basename(file) === META_FILE) &&
            !rel.split(path.sep).some(ignoredName)
          );
        },
      });
    } else if (st?.isFile()) {
      out.roots.push({ dir: path.dirname(base), matches: (f) => f === base });
    }
  }
  out.files = [...new Set(out.files)];
  return out;
}

/** The corpus's per-folder metadata file: a change to it re-indexes everything. */
export { META_FILE };
