// Turning configured source entries (folders, files, globs) into the list of files to index, without
// blocking: async directory walks, symlink loops and unreadable folders reported as skipped.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SkippedFile } from '../types';
import { t } from './messages';

/** Files the corpus reads when a folder is configured (a glob may name others explicitly). */
export const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
const MAX_FILES = 200_000;

export interface WatchRoot {
  /** A folder to watch (recursively). */
  dir: string;
  /** Whether a changed absolute path inside `dir` is a source file. */
  matches(file: string): boolean;
}

export interface Listing { files: string[]; skipped: SkippedFile[]; roots: WatchRoot[] }

const GLOB_CHARS = /[*?[{]/;

/** A glob to a RegExp over '/'-separated relative paths: **, *, ?, [...], {a,b}. Linear-time patterns only. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; re += '(?:[^/]*/)*'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) { re += '\\['; continue; }
      let cls = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
      if (cls.startsWith('!')) cls = '^' + cls.slice(1);
      re += `[${cls}]`;
      i = close;
    } else if (c === '{') { inBraces++; re += '(?:'; }
    else if (c === '}' && inBraces) { inBraces--; re += ')'; }
    else if (c === ',' && inBraces) re += '|';
    else re += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  while (inBraces-- > 0) re += ')';
  return new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
}

function isSourceFile(file: string): boolean {
  return SOURCE_EXTENSIONS.has(path.extname(file).toLowerCase());
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
    out.skipped.push({ file: dir, reason: e?.code === 'ELOOP' ? t('index.symlinkLoop') : t('index.folderUnreadable', e?.code ?? String(e)) });
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
    if (out.files.length >= MAX_FILES) return;
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
        out.skipped.push({ file: full, reason: e?.code === 'ELOOP' ? t('index.symlinkLoop') : t('index.folderUnreadable', e?.code ?? String(e)) });
        continue;
      }
    }
    if (isDir) await walk(full, accept, out, seen);
    else if (isFile && accept(full)) out.files.push(full);
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
      await walk(base, matches, out, new Set());
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
          return !rel.startsWith('..') && (isSourceFile(file) || path.basename(file) === META_FILE) && !rel.split(path.sep).some(ignoredName);
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
export const META_FILE = 'xref-sources.json';
