// The engine's public API: what the CLI (cli/main.ts), the language server (lsp/) and other programs use.
// createEngine() makes an engine that owns its term table and caches (engine.ts); corpora are loaded and reports
// checked through it.
export { createEngine, Engine, indexJson, sourceJson, type EngineOptions, type LoadOptions } from './engine';
export { Corpus, bundledSeedsDir, type CorpusOptions } from './corpus/corpus';
export { checkReport, claimAt, type CheckOptions } from './judge/check';
export { CHECKS, findingCodes, type Check, type CheckInput, type CodeInfo, type Judged, type Scope } from './checks';
export { collectErrors } from './errors';
export type * from './types';
