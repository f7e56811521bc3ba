// What the providers share: the current corpus, settings, open documents, and each open report's check
// result cached by document version (a hover right after typing reuses the diagnostics' check).
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, type CheckOptions } from '../judge/check';
import type { BlockStore } from '../judge/checkCache';
import type { Corpus } from '../corpus/corpus';
import type { CheckResult } from '../types';
import { t } from './messages';
import { uriToPath, type Settings } from './settings';

/** Reports larger than this are not checked (one log line says so). */
export const MAX_DOC_CHARS = 5 * 1024 * 1024;
export interface ServerState {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  corpus: Corpus;
  /** False until the first index is complete: a check before then would call every claim unsupported. */
  indexed: boolean;
  settings: Settings;
  checker: ReportChecker;
  /**
   * With a shared corpus: fetches the part of it this text is checked against (the check then uses it). Rejects
   * with a SharedCorpusError when the database cannot be used.
   */
  prepare?(uri: string, text: string): Promise<void>;
  /**
   * Before the first index is complete: the diagnostics kept from a run on the corpus being loaded, for this text
   * (lsp/kept.ts), or undefined.
   */
  kept?(uri: string, text: string): Diagnostic[] | undefined;
  /**
   * Before the first index is complete, while a snapshot a few files changed since is patched: the diagnostics kept
   * from a run on the corpus before the change, as partial ones (diagnostics.ts keptBeforeDiagnostics), or undefined.
   */
  keptBefore?(uri: string, text: string): Diagnostic[] | undefined;
  /** The diagnostics just published for this text, kept for the next start when the corpus is a snapshot. */
  keep?(uri: string, text: string, diagnostics: Diagnostic[]): void;
  log(msg: string): void;
}

export class ReportChecker {
  private cache = new Map<string, { version: number; gen: number; result: CheckResult; text: string }>();
  private warned = new Set<string>();
  /** Engine errors already logged, per document: an error that recurs on every keystroke is logged once. */
  private logged = new Map<string, Set<string>>();
  /** Bumped whenever the corpus or the check options change: every cached result is then stale. */
  private gen = 0;

  constructor(
    private corpus: () => Corpus,
    private options: () => CheckOptions,
    private log: (msg: string) => void,
    /** The corpus to check a document against when it is not the one corpus (a shared corpus's part for it). */
    private corpusOf?: (uri: string) => Corpus | undefined,
    /** A document's judged blocks kept between starts (lsp/kept.ts), when its corpus is a snapshot. */
    private keptBlocks?: (uri: string, corpus: Corpus) => BlockStore | undefined,
  ) {}

  /** Forgets the cached result of a document (its corpus changed), keeping what was logged. */
  drop(uri: string): void {
    this.cache.delete(uri);
  }

  invalidate(): void {
    this.gen++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.warned.delete(uri);
    this.logged.delete(uri);
  }

  /** Whether the document is too large to check. */
  tooLarge(doc: TextDocument): boolean {
    return doc.getText().length > MAX_DOC_CHARS;
  }

  /** The check result for this exact version of the document (computed at most once), or undefined when not checkable. */
  result(doc: TextDocument): CheckResult | undefined {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.gen === this.gen) return hit.result;
    return this.check(doc.uri, doc.version, doc.getText());
  }

  /**
   * A result good for a request at `line`: the cached one when the document is unchanged up to the end of
   * that line (claims there, and the context they are read in, are the same), else a fresh check. On a
   * large report being edited further down, hovers and definitions then answer at once instead of
   * waiting for a whole re-check.
   */
  resultAtLine(doc: TextDocument, line: number): CheckResult | undefined {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.gen === this.gen && hit.version !== doc.version) {
      const end = doc.offsetAt({ line: line + 1, character: 0 });
      const now = doc.getText();
      if (
        end <= hit.text.length &&
        hit.text.charCodeAt(end - 1) === now.charCodeAt(end - 1) &&
        hit.text.slice(0, end) === now.slice(0, end)
      )
        return hit.result;
    }
    return this.result(doc);
  }

  /** Check text that is not (or not yet) an open document, e.g. from "check all Markdown in the workspace". */
  check(uri: string, version: number, text: string): CheckResult | undefined {
    if (text.length > MAX_DOC_CHARS) {
      if (!this.warned.has(uri)) {
        this.warned.add(uri);
        this.log(t('doc.tooLarge', uri, (text.length / 1024 / 1024).toFixed(1), MAX_DOC_CHARS / 1024 / 1024));
      }
      return undefined;
    }
    // Every line is checked, however long: the editor reports what the CLI reports on the same file. (Lines
    // over 20,000 characters used to be blanked here, for speed; a wide table's row is now checked in time
    // linear in its length.)
    let result: CheckResult;
    try {
      // A report inside a configured sources folder is indexed with them, but is never its own evidence.
      const corpus = this.corpusOf?.(uri) ?? this.corpus();
      const kept = this.keptBlocks?.(uri, corpus);
      result = checkReport(corpus, text, { ...this.options(), self: uriToPath(uri), ...(kept ? { kept } : {}) });
    } catch (e: any) {
      this.log(t('error.handler', `check ${uri}`, e?.stack ?? String(e)));
      result = {
        claims: [],
        findings: [],
        errors: [{ where: 'checkReport', message: String(e?.message ?? e).split('\n')[0] }],
      };
    }
    // What the checker could not do goes to the output channel (the diagnostics show a window message).
    for (const e of result.errors ?? []) {
      const k = `${e.where}\n${e.message}`;
      let seen = this.logged.get(uri);
      if (!seen) this.logged.set(uri, (seen = new Set()));
      if (seen.has(k)) continue;
      seen.add(k);
      this.log(t('error.handler', `${e.where} (${uri})`, e.stack ?? e.message));
    }
    this.cache.set(uri, { version, gen: this.gen, result, text });
    return result;
  }
}
