// The Stargate XRef language server. Thin adapter over the engine (../corpus, ../check): each LSP
// feature lives in its own provider file; createServer wires them to a connection, keeps the corpus
// indexed (progress, file watching, settings applied live) and makes sure no handler can take the
// server down. Everything a server knows lives in the object createServer returns and in its engine
// (options.engine, else one of its own: term table and caches), so two servers in one process (the
// in-process tests) share nothing. main.ts is the entry point that serves any LSP client:
// `node dist/server.js --stdio` (or --node-ipc from VS Code).
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { claimAt, type CheckOptions } from '../judge/check';
import type { Corpus } from '../corpus/corpus';
import { createEngine, type Engine } from '../engine';
import { redactUrl, SharedCorpus } from '../corpus/pg';
import type { SkippedFile } from '../types';
import { FIX_ALL_KIND, codeActionsFor } from './codeActions';
import { completionFor } from './completion';
import { definitionFor } from './definition';
import { KeptDiagnostics } from './kept';
import { DiagnosticsScheduler, keptBeforeDiagnostics, toDiagnostics, type PatchedFrom } from './diagnostics';
import { fileUri } from './format';
import { hoverFor } from './hover';
import { IndexCache } from '../corpus/cache';
import { countsOf } from '../corpus/lazySource';
import { SourceWatcher, buildCorpus, emptyCorpus, mergeSkipped, type IndexProgress } from './indexer';
import { inLocaleScope, locale, setLocale, t, type LocaleScope } from './messages';
import { citedKey, referencesFor } from './references';
import { defaultSettings, normalizeSettings, sameSources, uriToPath, type Settings } from './settings';
import { ReportChecker, type ServerState } from './state';
import { workspaceSymbolsFor } from './workspaceSymbols';

import {
  CheckDocumentsRequest,
  ReindexRequest,
  SourcesRequest,
  StatusNotification,
  type SourceInfo,
  type StatusParams,
} from './protocol';

export * from './protocol';

export interface ServerOptions {
  /** The bundled corpus, indexed while `useBundledSources` is on (default: seeds/ beside the bundle). */
  seedsDir?: string;
  /** How long after an edit a report is checked and its diagnostics published, in ms (default 150). */
  diagnosticsDelayMs?: number;
  /**
   * While the first index is built: when open reports are first checked against the part read so far, and how often
   * again (ms; default 2000 and 3000), from how many files (default 500; lsp/diagnostics.ts publishPartial).
   */
  partial?: { firstMs: number; everyMs: number; minFiles: number };
  /**
   * The engine whose term table and caches the server's corpora use (default: one of its own). A server keeps
   * only its corpora's terms, however many reports it checks (a report's are forgotten when its check ends).
   */
  engine?: Engine;
}

export interface XrefServer {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** Start reading the connection (the handlers are registered by createServer). */
  listen(): void;
  /** A line in the client's output (window/logMessage). */
  log(msg: string): void;
  /**
   * Stop everything the server started: indexing, file watchers, diagnostics timers. The connection is the
   * caller's: it is not closed.
   */
  dispose(): void;
}

function safeEmptyCorpus(engine: Engine): Corpus {
  try {
    return emptyCorpus(engine);
  } catch {
    // The engine failed to even make an empty corpus; keep a stand-in that answers nothing.
    return {
      sources: [],
      skipped: [],
      byKey: () => undefined,
      updateFile() {},
      removeFile() {},
      dispose() {},
      stats: () => ({ sources: 0, figures: 0, quotes: 0 }),
    } as unknown as Corpus;
  }
}

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');

/** A language server on `connection`: every handler registered, state owned by the returned object. */
export function createServer(connection: Connection, options: ServerOptions = {}): XrefServer {
  const documents = new TextDocuments(TextDocument);
  const engine = options.engine ?? createEngine();

  let corpus: Corpus = safeEmptyCorpus(engine);
  let indexedOnce = false;
  let settings: Settings = defaultSettings;
  let workspaceFolders: string[] = [];
  let skipped: SkippedFile[] = [];
  let indexGen = 0;
  let indexing: Promise<void> = Promise.resolve();
  let isIndexing = false;
  let ready = false;
  let reportedSkips = new Set<string>();
  let caps = {
    workspaceFolders: false,
    configuration: false,
    watchedFilesDynamic: false,
    relativePatterns: false,
    workDoneProgress: false,
    configurationDynamic: false,
  };
  let initSettings: unknown;
  /** The index cache in the folder the client gave (initializationOptions.cacheDir); none without one. */
  let cache: IndexCache | undefined;
  /** Open reports' last diagnostics, kept beside the index cache for the next start (lsp/kept.ts). */
  let kept: KeptDiagnostics | undefined;
  /** The identity of the snapshot the first index is being read from, once it is found current (Corpus.identity). */
  let loadingIdentity: string | undefined;
  /** The corpus before the change, while the first index patches a snapshot a few files changed since. */
  let patchedFrom: PatchedFrom | undefined;
  /** This server's language (initialize `locale`): every handler runs in it. */
  const localeScope: LocaleScope = { locale: locale() };
  const within = <R>(fn: () => R): R => inLocaleScope(localeScope, fn);
  let disposed = false;

  function log(msg: string): void {
    try {
      connection.console.log(`[${new Date().toISOString().slice(11, 23)}] ${msg}`);
    } catch {
      /* connection gone */
    }
  }

  function checkOptions(): CheckOptions {
    return {
      unsupportedFigures: settings.severity.unsupportedFigure,
      unsupportedQuotes: settings.severity.unsupportedQuote,
    };
  }

  // A shared corpus (settings.corpus): each open report is checked against the part of it its claims need.
  let shared: SharedCorpus | undefined;
  let sharedStats: { sources: number; figures: number; quotes: number } | undefined;
  const parts = new Map<string, Corpus>();
  const corpusOf = (uri: string) => (shared ? (parts.get(uri) ?? corpus) : corpus);
  const checker = new ReportChecker(
    () => corpus,
    checkOptions,
    log,
    (uri) => (shared ? parts.get(uri) : undefined),
    // Blocks kept on the snapshot the corpus is, as its diagnostics are (keep below).
    (uri, c) => {
      const identity = c === corpus ? c.identity : undefined;
      return kept && identity && !shared && !settings.corpus ? kept.blocksFor(uri, identity) : undefined;
    },
  );
  const state: ServerState = {
    connection,
    documents,
    get corpus() {
      return corpus;
    },
    get indexed() {
      return indexedOnce;
    },
    get settings() {
      return settings;
    },
    checker,
    get prepare() {
      const db = shared;
      return db
        ? async (uri: string, text: string) => {
            const part = await db.corpusFor(text, { ...checkOptions(), self: uriToPath(uri) });
            if (shared !== db) return;
            parts.set(uri, part);
            checker.drop(uri);
          }
        : undefined;
    },
    kept(uri, text) {
      return kept && loadingIdentity && !shared ? kept.lookup(uri, text, keptOptions(), loadingIdentity) : undefined;
    },
    keptBefore(uri, text) {
      const from = patchedFrom;
      const d = kept && from && !shared ? kept.lookup(uri, text, keptOptions(), from.identity) : undefined;
      const still = d && keptBeforeDiagnostics(d, from!);
      // None that still holds: nothing to say before the check (an empty list would clear nothing and say nothing).
      return still?.length ? still : undefined;
    },
    keep(uri, text, diagnostics) {
      const identity = corpus.identity;
      if (kept && identity && !shared && !settings.corpus) kept.keep(uri, text, keptOptions(), identity, diagnostics);
    },
    log,
  };
  /** What besides the text and the corpus shapes a report's diagnostics: the check options and the language. */
  const keptOptions = () => JSON.stringify([checkOptions(), localeScope.locale]);
  const diagnostics = new DiagnosticsScheduler(() => state, options.diagnosticsDelayMs);
  const watcher = new SourceWatcher(
    (file) => within(() => onSourceFileChanged(file)),
    (dir, err) => within(() => log(t('watch.failed', dir, err))),
  );

  /** Set by `shutdown`: the LSP spec has every later request fail with InvalidRequest. */
  let shutDown = false;

  /**
   * Wrap a request handler: after shutdown answered with InvalidRequest, cancellation with RequestCancelled,
   * exceptions logged and answered with `fallback`.
   */
  function safe<P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken) => R | Promise<R>) {
    return (params: P, token: CancellationToken): Promise<R | ResponseError<void>> =>
      within(async () => {
        if (shutDown) return new ResponseError(ErrorCodes.InvalidRequest, `${name}: the server is shutting down`);
        if (token?.isCancellationRequested) return cancelled();
        try {
          const r = await fn(params, token);
          if (token?.isCancellationRequested) return cancelled();
          return r;
        } catch (e: any) {
          log(t('error.handler', name, e?.stack ?? String(e)));
          return fallback;
        }
      });
  }

  /** Wrap a notification handler: exceptions are logged. */
  function guard<P>(name: string, fn: (params: P) => void | Promise<void>) {
    return (params: P) =>
      within(() => {
        try {
          const r = fn(params);
          if (r && typeof (r as Promise<void>).catch === 'function')
            (r as Promise<void>).catch((e) => log(t('error.handler', name, e?.stack ?? String(e))));
        } catch (e: any) {
          log(t('error.handler', name, e?.stack ?? String(e)));
        }
      });
  }

  // ---- lifecycle ----
  connection.onInitialize((params: InitializeParams): InitializeResult =>
    within(() => {
      setLocale(params.locale ?? (params.initializationOptions as any)?.locale);
      const c = params.capabilities;
      caps = {
        workspaceFolders: !!c.workspace?.workspaceFolders,
        configuration: !!c.workspace?.configuration,
        configurationDynamic: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
        watchedFilesDynamic: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
        relativePatterns: !!c.workspace?.didChangeWatchedFiles?.relativePatternSupport,
        workDoneProgress: !!c.window?.workDoneProgress,
      };
      const folders =
        params.workspaceFolders?.map((f) => f.uri) ??
        (params.rootUri ? [params.rootUri] : params.rootPath ? [params.rootPath] : []);
      workspaceFolders = folders.map((u) => uriToPath(u) ?? u).filter((p) => path.isAbsolute(p));
      initSettings = (params.initializationOptions as any)?.settings ?? params.initializationOptions;
      settings = normalizeSettings(initSettings);
      cache = openCache((params.initializationOptions as any)?.cacheDir);
      kept = cache && new KeptDiagnostics(cache.dir, undefined, log);
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
          hoverProvider: true,
          definitionProvider: true,
          referencesProvider: true,
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
          completionProvider: { triggerCharacters: ['@'], resolveProvider: false },
          workspaceSymbolProvider: true,
          workspace: { workspaceFolders: { supported: true, changeNotifications: !!c.workspace?.workspaceFolders } },
        },
        serverInfo: { name: 'stargate-xref', version: '0.1.0' },
      };
    }),
  );

  connection.onInitialized(
    guard('initialized', async () => {
      if (caps.configurationDynamic) {
        void connection.client
          .register(DidChangeConfigurationNotification.type, { section: 'stargate-xref' })
          .catch(() => undefined);
      }
      if (caps.workspaceFolders) {
        try {
          connection.workspace.onDidChangeWorkspaceFolders(
            guard('workspaceFolders', (e) => {
              const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
              workspaceFolders = workspaceFolders
                .filter((f) => !removed.has(f))
                .concat(e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p));
              if (settings.sources.some((s) => !path.isAbsolute(s))) void reindex('workspace folders changed');
            }),
          );
        } catch (e: any) {
          log(`workspace folder events unavailable: ${e?.message ?? e}`);
        }
      }
      ready = true;
      try {
        await refreshSettings();
      } finally {
        void reindex('startup');
      }
    }),
  );

  connection.onShutdown(() => {
    shutDown = true;
    kept?.flush();
    watcher.dispose();
    diagnostics.dispose();
    corpus.dispose();
  });

  function dispose(): void {
    void shared?.close();
    shared = undefined;
    disposed = true;
    shutDown = true;
    indexGen++; // a running index stops at its next slice
    kept?.flush();
    watcher.dispose();
    diagnostics.dispose();
    corpus.dispose();
    clientWatcherRegistration = undefined;
  }

  // ---- settings ----
  async function pullSettings(): Promise<Settings> {
    if (caps.configuration) {
      try {
        const [cfg] = await connection.workspace.getConfiguration([{ section: 'stargate-xref' }]);
        if (cfg && typeof cfg === 'object') return normalizeSettings(cfg);
      } catch (e: any) {
        log(`workspace/configuration failed: ${e?.message ?? e}`);
      }
    }
    return normalizeSettings(initSettings);
  }

  async function refreshSettings(pushed?: unknown): Promise<{ sourcesChanged: boolean; changed: boolean }> {
    const before = settings;
    settings =
      pushed !== undefined && pushed !== null && !caps.configuration ? normalizeSettings(pushed) : await pullSettings();
    const changed = JSON.stringify(before) !== JSON.stringify(settings);
    return { sourcesChanged: !sameSources(before, settings), changed };
  }

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', async (params) => {
      const raw =
        (params?.settings as any)?.['stargate-xref'] ??
        (params?.settings && typeof params.settings === 'object' && 'sources' in (params.settings as object)
          ? params.settings
          : undefined);
      if (raw !== undefined && !caps.configuration) initSettings = raw;
      const { sourcesChanged, changed } = await refreshSettings(raw);
      if (!ready) return;
      if (sourcesChanged) void reindex('settings changed');
      else if (changed) {
        checker.invalidate();
        diagnostics.recheckAll();
      }
    }),
  );

  // ---- indexing ----
  function sendStatus(extra?: { done?: number; total?: number }): void {
    const s = shared ? { ...(sharedStats ?? { sources: 0, figures: 0, quotes: 0 }), skipped: 0 } : corpus.stats();
    const params: StatusParams = {
      sources: s.sources,
      figures: s.figures,
      quotes: s.quotes,
      skipped: skipped.length,
      indexing: isIndexing,
      ...extra,
    };
    void connection.sendNotification(StatusNotification, params).catch(() => undefined);
  }

  /**
   * The index cache in `dir`: only a folder the client names (VS Code: the extension's global storage), never
   * one inside a workspace folder, and none when the client names none.
   */
  function openCache(dir: unknown): IndexCache | undefined {
    if (typeof dir !== 'string' || !dir) return undefined;
    if (!path.isAbsolute(dir)) {
      log(`index cache: ${dir} is not an absolute path; indexing without a cache`);
      return undefined;
    }
    const inside = workspaceFolders.find((w) => {
      const r = path.relative(w, dir);
      return !r.startsWith('..') && !path.isAbsolute(r);
    });
    if (inside) {
      log(`index cache: ${dir} is inside the workspace folder ${inside}; indexing without a cache`);
      return undefined;
    }
    try {
      const c = new IndexCache(dir, undefined, (m) => log(m));
      log(`index cache: ${c.dir}`);
      return c;
    } catch (e: any) {
      log(`index cache: cannot use ${dir}: ${e?.message ?? e}`);
      return undefined;
    }
  }

  async function makeProgress(): Promise<IndexProgress> {
    let reporter: WorkDoneProgressReporter | undefined;
    if (caps.workDoneProgress) {
      try {
        reporter = await connection.window.createWorkDoneProgress();
      } catch {
        reporter = undefined;
      }
    }
    let lastSent = 0;
    return {
      begin(total) {
        reporter?.begin(t('index.progressTitle'), 0, t('index.progress', 0, total), false);
        sendStatus({ done: 0, total });
      },
      report(done, total) {
        const now = Date.now();
        if (now - lastSent < 100 && done < total) return;
        lastSent = now;
        reporter?.report(total ? Math.floor((done / total) * 100) : 100, t('index.progress', done, total));
        sendStatus({ done, total });
      },
      done() {
        reporter?.done();
      },
    };
  }

  /** Re-index from scratch in the background; the old corpus keeps answering until the new one is complete. */
  function reindex(reason: string): Promise<void> {
    const gen = ++indexGen;
    const run = async () => {
      if (disposed) return;
      if (settings.corpus || shared) {
        // A shared corpus is indexed by its ingest job: here it is only opened (or closed).
        if (shared && shared.url !== settings.corpus) {
          void shared.close();
          shared = undefined;
          sharedStats = undefined;
        }
        parts.clear();
        if (settings.corpus) {
          shared ??= new SharedCorpus(settings.corpus, { engine });
          replaceCorpus(safeEmptyCorpus(engine));
          indexedOnce = true;
          isIndexing = false;
          try {
            sharedStats = await shared.count();
            log(
              t(
                'shared.ready',
                redactUrl(settings.corpus),
                sharedStats.sources,
                sharedStats.figures,
                sharedStats.quotes,
              ),
            );
          } catch (e: any) {
            log(String(e?.message ?? e));
            void connection
              .sendNotification(ShowMessageNotification.type, {
                type: MessageType.Error,
                message: t('shared.unavailable', String(e?.message ?? e)),
              })
              .catch(() => undefined);
          }
          corpusChanged();
          return;
        }
      }
      isIndexing = true;
      log(
        `indexing sources (${reason}): ${settings.sources.length ? settings.sources.join(', ') : 'no configured folders'}${settings.useBundledSources ? ' + bundled seeds' : ''}`,
      );
      const progress = await makeProgress();
      const before = cache && { ...cache.counts };
      loadingIdentity = undefined;
      patchedFrom = undefined;
      const outcome = await buildCorpus(
        settings,
        workspaceFolders,
        progress,
        () => gen === indexGen,
        options.seedsDir,
        engine,
        cache,
        {
          onSnapshot: (identity) =>
            within(() => {
              // The corpus being loaded is a snapshot found current: diagnostics kept from a run on it are shown now.
              if (gen !== indexGen || indexedOnce) return;
              loadingIdentity = identity;
              diagnostics.publishKept();
            }),
          // A snapshot a few files changed since is patched (seconds at 10,000 articles): what the diagnostics kept
          // from the run before the change still say, as partial ones, until the check after the index.
          onPatch: (before, changed, total) =>
            within(() => {
              if (gen !== indexGen || indexedOnce) return;
              patchedFrom = { identity: before, changed: new Set(changed.map(fileUri)), total };
              diagnostics.publishKept();
            }),
          // A first index that takes a while: open reports get what the part read so far shows, marked as partial.
          // Not once a snapshot was found current (the load ends soon, and kept diagnostics may be shown).
          partial: {
            firstMs: options.partial?.firstMs ?? 2000,
            everyMs: options.partial?.everyMs ?? 3000,
            minFiles: options.partial?.minFiles ?? 500,
            show: (part, done, total) =>
              within(() => {
                if (gen !== indexGen || indexedOnce || loadingIdentity) return;
                try {
                  diagnostics.publishPartial((text) => engine.check(part, text, checkOptions()), done, total);
                } finally {
                  // Its tables are of this part only: gone before the load goes on (they would double its memory).
                  engine.forget(part);
                }
              }),
          },
        },
      );
      loadingIdentity = undefined;
      patchedFrom = undefined;
      if (outcome.cancelled || gen !== indexGen) return;
      replaceCorpus(outcome.corpus);
      indexedOnce = true;
      skipped = outcome.skipped;
      isIndexing = false;
      corpusChanged();
      // The snapshot the load wrote or patched is finished after the open reports' checks, due before it
      // (recheckAll), which need not wait for its derived record (Corpus.writeSnapshot; at dispose if sooner).
      const loaded = corpus;
      setTimeout(() => within(() => loaded.writeSnapshot()), 100 + 10 * documents.all().length).unref?.();
      watcher.watch(outcome.roots);
      void registerClientWatchers(outcome.roots.map((r) => r.dir));
      const s = corpus.stats();
      log(t('index.done', s.sources, s.figures, s.quotes, outcome.ms));
      if (cache && before)
        log(
          `index cache: ${cache.counts.hits - before.hits} files read back, ${cache.counts.misses - before.misses} indexed${cache.snapshot === 'hit' ? ' (from the corpus snapshot)' : cache.snapshot === 'patched' ? ' (the corpus snapshot patched)' : ''}`,
        );
      reportSkipped(skipped);
    };
    indexing = indexing.then(run, run).catch((e) => {
      isIndexing = false;
      log(`indexing failed: ${e?.stack ?? e}`);
    });
    return indexing;
  }

  /** The corpus replaced; the old one lets go of its open snapshot file (Corpus.dispose). */
  function replaceCorpus(next: Corpus): void {
    const old = corpus;
    corpus = next;
    if (old !== next) old.dispose();
  }

  function corpusChanged(): void {
    checker.invalidate();
    diagnostics.recheckAll();
    sendStatus();
  }

  /** One window message summarizing newly skipped files; each one in the log. */
  function reportSkipped(list: SkippedFile[]): void {
    const fresh = list.filter((s) => !reportedSkips.has(`${s.file}\0${s.reason}`));
    if (!fresh.length) return;
    for (const s of fresh) {
      reportedSkips.add(`${s.file}\0${s.reason}`);
      log(t('index.skippedOne', s.file, s.reason));
    }
    // "a, b, c and 5 more": the message's own period ends the list (not "a, b, c, ….").
    const names =
      fresh
        .slice(0, 3)
        .map((s) => path.basename(s.file))
        .join(', ') + (fresh.length > 3 ? t('index.skippedMore', fresh.length - 3) : '');
    // A notification (window/showMessage), not a request: nothing waits for the user to dismiss it.
    void connection
      .sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: t('index.skippedSummary', fresh.length, names),
      })
      .catch(() => undefined);
  }

  let clientWatcherRegistration: { dispose(): void } | undefined;
  async function registerClientWatchers(dirs: string[]): Promise<void> {
    if (!caps.watchedFilesDynamic) return;
    try {
      clientWatcherRegistration?.dispose();
      clientWatcherRegistration = undefined;
      if (!dirs.length) return;
      const watchers = dirs.map((d) => ({
        globPattern: caps.relativePatterns ? { baseUri: fileUri(d), pattern: '**/*' } : `${d.replace(/\\/g, '/')}/**/*`,
      }));
      clientWatcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers,
      });
    } catch (e: any) {
      log(`could not register file watchers: ${e?.message ?? e}`);
    }
  }

  function onSourceFileChanged(file: string): void {
    if (isIndexing) {
      // The running re-index reads the file as it is now, or a later change arrives after it.
      return;
    }
    try {
      const before = corpus.skipped.length;
      corpus.updateFile(file);
      log(`re-indexed ${file}`);
      skipped = mergeSkipped(
        skipped.filter((s) => s.file !== file),
        corpus.skipped.filter((s) => s.file === file),
      );
      if (corpus.skipped.length !== before) reportSkipped(corpus.skipped.filter((s) => s.file === file));
    } catch (e: any) {
      log(t('error.handler', `re-index ${file}`, e?.stack ?? String(e)));
    }
    corpusChanged();
  }

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', (params) => {
      for (const ch of params.changes) {
        const file = uriToPath(ch.uri);
        if (file) watcher.touch(file);
      }
    }),
  );

  // ---- documents ----
  documents.onDidOpen(guard('didOpen', (e) => diagnostics.schedule(e.document.uri, 0)));
  documents.onDidChangeContent(guard('didChange', (e) => diagnostics.schedule(e.document.uri)));
  documents.onDidClose(
    guard('didClose', (e) => {
      checker.forget(e.document.uri);
      parts.delete(e.document.uri);
      diagnostics.clear(e.document.uri);
    }),
  );

  // ---- features ----
  connection.onHover(
    safe('hover', null, (p, token) => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc || token.isCancellationRequested) return null;
      const result = checker.resultAtLine(doc, p.position.line);
      const claim = result && claimAt(result, p.position);
      return claim ? hoverFor(claim, corpusOf(doc.uri)) : null;
    }),
  );

  connection.onDefinition(
    safe('definition', null, (p) => {
      const doc = documents.get(p.textDocument.uri);
      const result = doc && checker.resultAtLine(doc, p.position.line);
      const claim = result && claimAt(result, p.position);
      return claim ? definitionFor(claim, corpusOf(doc!.uri)) : null;
    }),
  );

  connection.onReferences(
    safe('references', null, (p) => {
      const doc = documents.get(p.textDocument.uri);
      const result = doc && checker.result(doc);
      const key = citedKey(result ? claimAt(result, p.position) : undefined);
      return key ? referencesFor(state, p.textDocument.uri, key, !!p.context?.includeDeclaration) : null;
    }),
  );

  connection.onCodeAction(
    safe('codeAction', [], (p) => {
      const doc = documents.get(p.textDocument.uri);
      const result = doc && checker.result(doc);
      return doc && result ? codeActionsFor(doc, result, p) : [];
    }),
  );

  connection.onCompletion(
    safe('completion', null, (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? completionFor(doc, p.position, corpus) : null;
    }),
  );

  connection.onWorkspaceSymbol(
    safe('workspaceSymbol', [], (p, token) => workspaceSymbolsFor(corpus, p.query ?? '', token)),
  );

  // ---- custom requests ----
  connection.onRequest(
    SourcesRequest,
    safe('sources', [] as SourceInfo[], () =>
      corpus.sources.map((s): SourceInfo => ({
        key: s.key,
        file: s.file,
        uri: fileUri(s.file),
        title: s.meta.title,
        outlet: s.meta.outlet,
        date: s.meta.date,
        languages: s.meta.languages,
        ...countsOf(s),
      })),
    ),
  );

  connection.onRequest(
    ReindexRequest,
    safe('reindex', null as StatusParams | null, async () => {
      await refreshSettings();
      reportedSkips = new Set();
      await reindex('requested');
      const s = corpus.stats();
      return { ...s, skipped: skipped.length, indexing: false };
    }),
  );

  /** Check Markdown that is not open (the client read it): diagnostics are published for each URI. */
  connection.onRequest(
    CheckDocumentsRequest,
    safe(
      'checkDocuments',
      { checked: 0, findings: 0 },
      async (p: { documents: { uri: string; text: string }[] }, token) => {
        await indexing;
        let checked = 0;
        let findings = 0;
        for (const d of p?.documents ?? []) {
          if (token.isCancellationRequested) break;
          if (typeof d?.uri !== 'string' || typeof d?.text !== 'string') continue;
          if (documents.get(d.uri)) {
            checked++;
            continue;
          } // open documents publish their own
          const result = checker.check(d.uri, -1, d.text);
          checker.forget(d.uri);
          const diags = toDiagnostics(result);
          findings += diags.length;
          checked++;
          diagnostics.publishFor({ uri: d.uri }, diags);
          await new Promise((r) => setImmediate(r));
        }
        return { checked, findings };
      },
    ),
  );

  documents.listen(connection);

  return {
    connection,
    documents,
    listen() {
      connection.listen();
      within(() => log(`stargate-xref server started (node ${process.version}, locale ${locale()})`));
    },
    log,
    dispose,
  };
}
