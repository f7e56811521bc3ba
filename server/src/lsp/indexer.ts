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
 * fs.watch on each configured root (recursive), debounced per file. Calls `onChange(file)` for a source
 * file added, changed or removed. Failures to watch are reported once through `onError`.
 */
export class SourceWatcher {
  private watchers: fs.FSWatcher[] = [];
  private timers = new Map<string, NodeJS.Timeout>();
  private roots: WatchRoot[] = [];

  constructor(
    private onChange: (file: string) => void,
    private onError: (dir: string, err: string) => void,
    private debounceMs = 100,
  ) {}

  watch(roots: WatchRoot[]): void {
    this.dispose();
    this.roots = roots;
    const dirs = new Set<string>();
    for (const r of roots) {
      if (dirs.has(r.dir)) continue;
      dirs.add(r.dir);
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
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
