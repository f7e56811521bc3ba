// Builds the corpus without blocking the server: files are listed asynchronously and indexed a slice at
// a time (Corpus.updateFile), yielding to the event loop between slices so requests on open reports are
// answered meanwhile. Watches the configured folders and re-indexes a file when it changes on disk.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledSeedsDir, type Corpus, type PartialLoad } from '../corpus/corpus';
import type { IndexCache } from '../corpus/cache';
import type { Engine } from '../engine';
import type { SkippedFile } from '../types';
import { planSources, type WatchRoot } from './files';
import { resolveEntry, type Settings } from './settings';

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number, file: string): void;
  done(): void;
}

export interface IndexOutcome {
  corpus: Corpus;
  skipped: SkippedFile[];
  roots: WatchRoot[];
  ms: number;
  files: number;
  cancelled: boolean;
}

export function emptyCorpus(engine: Engine): Corpus {
  return engine.loadCorpus({ folders: [], useBundled: false });
}

/**
 * The absolute entries the settings name: configured ones, then the bundled seeds (`seedsDir`, by default
 * seeds/ beside the bundle).
 */
export function configuredEntries(
  settings: Settings,
  workspaceFolders: string[],
  seedsDir?: string,
): { entries: string[]; bundled?: string } {
  const entries = settings.sources.flatMap((s) => resolveEntry(s, workspaceFolders));
  let bundled: string | undefined;
  if (settings.useBundledSources) {
    try {
      bundled = seedsDir ?? bundledSeedsDir();
    } catch {
      bundled = undefined;
    }
  }
  return { entries, bundled };
}

/**
 * Index everything the settings name into a fresh corpus of `engine` (loadCorpusAsync yields between files).
 * `isCurrent()` turning false (a newer re-index started) stops the work.
 */
export async function buildCorpus(
  settings: Settings,
  workspaceFolders: string[],
  progress: IndexProgress,
  isCurrent: () => boolean,
  seedsDir: string | undefined,
  engine: Engine,
  cache?: IndexCache,
  hooks: {
    onSnapshot?: (identity: string) => void;
    onPatch?: (before: string, changed: string[], total: number) => void;
    partial?: PartialLoad;
  } = {},
): Promise<IndexOutcome> {
  const started = Date.now();
  const { entries, bundled } = configuredEntries(settings, workspaceFolders, seedsDir);
  const plan = await planSources(entries);
  let total = 0;
  progress.begin(0);
  let corpus: Corpus;
  try {
    corpus = await engine.loadCorpusAsync(
      {
        folders: plan.files,
        useBundled: !!bundled,
        bundledDir: bundled,
        cache,
        onSnapshot: hooks.onSnapshot,
        onPatch: hooks.onPatch,
        // Finished once the open reports are checked (server.ts): their diagnostics need not wait for it.
        deferSnapshotWrite: true,
      },
      (done, n, file) => {
        total = n;
        progress.report(done, n, file);
      },
      () => !isCurrent(),
      hooks.partial,
    );
  } finally {
    progress.done();
  }
  const skipped = mergeSkipped(plan.skipped, corpus.skipped);
  return { corpus, skipped, roots: plan.roots, ms: Date.now() - started, files: total, cancelled: !isCurrent() };
}

export function mergeSkipped(...lists: readonly SkippedFile[][]): SkippedFile[] {
  const seen = new Map<string, SkippedFile>();
  for (const l of lists) for (const s of l) if (!seen.has(s.file)) seen.set(s.file, s);
  return [...seen.values()];
}

/**
 * Node watches a folder recursively by itself on macOS and Windows only; on Linux its `recursive` option walks the tree
 * and stats and watches every file (an inotify watch a file: at 10,000 articles about 0.25 s of CPU, blocking, between
 * the index and the first check, and 10,000 of the user's inotify watches). A folder's own watch already reports its
 * files' changes, so there each folder is watched instead.
 */
const NATIVE_RECURSIVE = process.platform === 'darwin' || process.platform === 'win32';

/**
 * fs.watch on each configured root (recursive), debounced per file. Calls `onChange(file)` for a source
 * file added, changed or removed. Failures to watch are reported once through `onError`.
 */
export class SourceWatcher {
  private watchers: fs.FSWatcher[] = [];
  /** Without native recursion: each watched folder's watcher (a folder of two roots is watched once). */
  private folders = new Map<string, fs.FSWatcher>();
  private timers = new Map<string, NodeJS.Timeout>();
  private roots: WatchRoot[] = [];
  /** Bumped by dispose(): a folder walk of an earlier watch() stops. */
  private generation = 0;

  constructor(
    private onChange: (file: string) => void,
    private onError: (dir: string, err: string) => void,
    private debounceMs = 100,
    private recursive = NATIVE_RECURSIVE,
  ) {}

  watch(roots: WatchRoot[]): void {
    this.dispose();
    this.roots = roots;
    const dirs = new Set<string>();
    for (const r of roots) {
      if (dirs.has(r.dir)) continue;
      dirs.add(r.dir);
      if (!this.recursive) {
        void this.watchTree(r.dir, r.dir, false);
        continue;
      }
      try {
        const w = fs.watch(r.dir, { recursive: true, persistent: false }, (_event, name) => {
          if (!name) return;
          this.touch(path.join(r.dir, name.toString()));
        });
        w.on('error', (e) => this.onError(r.dir, String((e as any)?.code ?? e)));
        this.watchers.push(w);
      } catch (e: any) {
        this.onError(r.dir, String(e?.code ?? e?.message ?? e));
      }
    }
  }

  /** How many folders are watched one by one (tests). */
  get watchedFolders(): number {
    return this.folders.size;
  }

  /**
   * `dir` (under the root `root`) and the folders below it watched, each by its own watcher; walked without blocking.
   * `found`: a folder that came after the watch began, whose files are reported as changed (made before its watch).
   */
  private async watchTree(root: string, dir: string, found: boolean): Promise<void> {
    const gen = this.generation;
    if (this.folders.has(dir)) return;
    let w: fs.FSWatcher;
    try {
      w = fs.watch(dir, { persistent: false }, (_event, name) => {
        if (!name) return;
        const file = path.join(dir, name.toString());
        this.touch(file);
        this.folderEvent(root, file);
      });
    } catch (e: any) {
      // A folder removed before its turn says nothing; the root's failure is the user's to know.
      if (dir === root || e?.code !== 'ENOENT') this.onError(dir, String(e?.code ?? e?.message ?? e));
      return;
    }
    // A folder removed (its watch ends): no error, its parent's watch says so.
    w.on('error', () => this.unwatchFolder(dir));
    this.folders.set(dir, w);
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (gen !== this.generation) return;
    for (const e of entries) {
      const p = path.join(dir, e.name);
      // As Node's own recursive watch: a linked folder is not followed.
      if (e.isDirectory()) await this.watchTree(root, p, found);
      else if (found) this.touch(p);
      if (gen !== this.generation) return;
    }
  }

  /** A name in a watched folder changed: a folder that came is watched, one that went is not any longer. */
  private folderEvent(root: string, p: string): void {
    const gen = this.generation;
    fs.promises.lstat(p).then(
      (st) => {
        if (gen === this.generation && st.isDirectory() && !this.folders.has(p)) void this.watchTree(root, p, true);
      },
      () => this.unwatchFolder(p),
    );
  }

  /** `dir` and every folder below it no longer watched (removed or renamed). */
  private unwatchFolder(dir: string): void {
    for (const [d, w] of this.folders) {
      if (d !== dir && !d.startsWith(dir + path.sep)) continue;
      try {
        w.close();
      } catch {
        /* already closed */
      }
      this.folders.delete(d);
    }
  }

  /** Whether a file belongs to a watched root (also used for workspace/didChangeWatchedFiles). */
  isSource(file: string): boolean {
    return this.roots.some((r) => r.matches(file));
  }

  /** A file changed (from fs.watch or the client's file watcher): debounce, then report it. */
  touch(file: string): void {
    if (!this.isSource(file)) return;
    const old = this.timers.get(file);
    if (old) clearTimeout(old);
    this.timers.set(
      file,
      setTimeout(() => {
        this.timers.delete(file);
        this.onChange(file);
      }, this.debounceMs),
    );
  }

  dispose(): void {
    for (const w of this.watchers) {
      try {
        w.close();
      } catch {
        /* already closed */
      }
    }
    this.watchers = [];
    this.generation++;
    for (const w of this.folders.values()) {
      try {
        w.close();
      } catch {
        /* already closed */
      }
    }
    this.folders.clear();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
