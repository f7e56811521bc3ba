// Diagnostics: one per Finding, published debounced after open/change, only for the latest version.
import {
  MessageType,
  ShowMessageNotification,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Finding } from '../types';
import { sourceLabel } from '../judge/messages';
import { SOURCE_NAME, codeHref, fileUri, plainSnippet, toLspSeverity } from './format';
import { t } from './messages';
import type { ServerState } from './state';

/** At most this many source sentences in a diagnostic's relatedInformation. */
const MAX_RELATED = 6;

export function toDiagnostic(f: Finding): Diagnostic {
  const refs = [...f.claim.sources]
    .sort((a, b) => Number(a.agrees) - Number(b.agrees) || b.score - a.score)
    .slice(0, MAX_RELATED);
  const relatedInformation: DiagnosticRelatedInformation[] = refs.map((r) => ({
    location: { uri: fileUri(r.file), range: r.sentence.range },
    message: `${r.agrees ? '✓' : '✗'} ${sourceLabel(r, f.claim.lang)}: ${plainSnippet(r)}`,
  }));
  return {
    range: f.range,
    severity: toLspSeverity(f.severity),
    code: f.code,
    codeDescription: { href: codeHref(f.code) },
    source: SOURCE_NAME,
    message: f.message,
    relatedInformation: relatedInformation.length ? relatedInformation : undefined,
  };
}

export function toDiagnostics(result: CheckResult | undefined): Diagnostic[] {
  return result ? result.findings.map(toDiagnostic) : [];
}

/** What a check against part of the corpus can say: that a source read so far states otherwise. */
const PARTIAL_CODES: ReadonlySet<string> = new Set(['figure-mismatch', 'quote-mismatch', 'quote-misattributed']);

/** A check against `done` of `total` files: its contradictions as information, said to be partial. */
export function partialDiagnostics(result: CheckResult, done: number, total: number): Diagnostic[] {
  return result.findings
    .filter((f) => PARTIAL_CODES.has(f.code))
    .map((f) => {
      const d = toDiagnostic(f);
      return {
        ...d,
        severity: toLspSeverity('information'),
        message: `${d.message} ${t('diag.partial', done.toLocaleString('en-US'), total.toLocaleString('en-US'))}`,
      };
    });
}

/** The corpus before a patch (a few source files changed since the snapshot): its identity, what changed, of how many. */
export interface PatchedFrom {
  identity: string;
  /** The changed, added and removed files, as file URIs (format.ts fileUri). */
  changed: ReadonlySet<string>;
  total: number;
}

/**
 * Diagnostics kept from a check on the corpus before a few files changed, while the patched corpus is loaded: what
 * partialDiagnostics would say of them. Only contradictions, each resting on a source that did not change (a ✗
 * sentence of its related information) and citing none that did; as information, said to be from the last check.
 */
export function keptBeforeDiagnostics(kept: Diagnostic[], from: PatchedFrom): Diagnostic[] {
  const suffix = t('diag.keptBefore', from.changed.size.toLocaleString('en-US'), from.total.toLocaleString('en-US'));
  return kept
    .filter(
      (d) =>
        PARTIAL_CODES.has(String(d.code)) &&
        !d.relatedInformation?.some((r) => from.changed.has(r.location.uri)) &&
        d.relatedInformation?.some((r) => r.message.startsWith('✗')),
    )
    .map((d) => ({ ...d, severity: toLspSeverity('information'), message: `${d.message} ${suffix}` }));
}

/**
 * Schedules checks: each change restarts a per-document timer; when it fires the current version is
 * checked and published with its version number. A version superseded before publishing is dropped.
 */
export class DiagnosticsScheduler {
  private timers = new Map<string, NodeJS.Timeout>();
  private published = new Map<string, number>();
  /** The version of each document partial diagnostics were published for (publishPartial). */
  private partialShown = new Map<string, number>();
  /** Whether the window message about a check that failed has been shown (once a session). */
  private failureShown = false;

  constructor(
    private state: () => ServerState,
    private delayMs = 150,
  ) {}

  schedule(uri: string, delay = this.delayMs): void {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri);
      }, delay),
    );
  }

  /** Re-check every open document, one per turn of the event loop so requests interleave. */
  recheckAll(): void {
    const s = this.state();
    s.documents.all().forEach((d, i) => this.schedule(d.uri, 10 + i));
  }

  /** Whether the shared corpus failed on the last try (its message is shown once an outage). */
  private sharedDown = false;

  run(uri: string): void {
    const s = this.state();
    const doc = s.documents.get(uri);
    if (!doc) return;
    // Before the first index, publish nothing rather than "unsupported" everywhere (indexing re-checks all), unless
    // this text's diagnostics were kept from a run on the very corpus being loaded.
    if (!s.indexed) {
      this.publishKept(uri);
      return;
    }
    if (s.prepare) void this.runShared(uri, doc.version, doc.getText());
    else this.runNow(uri);
  }

  /**
   * With a shared corpus: the part of it the text needs is fetched first. When the database cannot be used, the
   * last diagnostics stay and the user is told once (the log has each failure).
   */
  private async runShared(uri: string, version: number, text: string): Promise<void> {
    const s = this.state();
    try {
      await s.prepare!(uri, text);
      this.sharedDown = false;
    } catch (e: any) {
      s.log(String(e?.message ?? e));
      if (!this.sharedDown) {
        this.sharedDown = true;
        void s.connection
          .sendNotification(ShowMessageNotification.type, {
            type: MessageType.Error,
            message: t('shared.unavailable', String(e?.message ?? e)),
          })
          .catch(() => undefined);
      }
      return;
    }
    const now = s.documents.get(uri);
    if (!now || now.version !== version || this.timers.has(uri)) return;
    this.runNow(uri);
  }

  private runNow(uri: string): void {
    const s = this.state();
    const doc = s.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    let diagnostics: Diagnostic[];
    // Only a whole result is kept for the next start (not one the checker failed on, nor a report too large to check).
    let whole = false;
    try {
      const result = s.checker.result(doc);
      diagnostics = toDiagnostics(result);
      whole = !!result && !result.errors?.length;
      if (result?.errors?.length) this.showFailure(uri, result.errors[0].where);
    } catch (e: any) {
      s.log(`diagnostics for ${uri} failed: ${e?.stack ?? e}`);
      diagnostics = [];
    }
    // A newer version arrived while we were busy: its own timer publishes it.
    const now = s.documents.get(uri);
    if (!now || now.version !== version || this.timers.has(uri)) return;
    this.send(uri, version, diagnostics);
    if (s.keep && whole) {
      try {
        s.keep(uri, doc.getText(), diagnostics);
      } catch (e: any) {
        s.log(`keeping the diagnostics of ${uri} failed: ${e?.message ?? e}`);
      }
    }
  }

  /**
   * Before the first index, while it is built: each open report checked against the part read so far (`check`), its
   * findings that sources read so far contradict (a figure or quotation they state otherwise, a quotation they give
   * to another speaker) published as information, their message saying how much of the corpus they come from; what
   * only the whole corpus can say (unsupported, unknown citation) waits. The check after the index replaces them.
   */
  publishPartial(check: (text: string) => CheckResult, done: number, total: number): void {
    const s = this.state();
    if (s.indexed) return;
    for (const doc of s.documents.all()) {
      if (s.checker.tooLarge(doc)) continue;
      let diagnostics: Diagnostic[];
      try {
        diagnostics = partialDiagnostics(check(doc.getText()), done, total);
      } catch (e: any) {
        s.log(`partial diagnostics for ${doc.uri} failed: ${e?.stack ?? e}`);
        continue;
      }
      // Nothing contradicted yet: nothing to say (unless an earlier part said something that no longer holds).
      if (!diagnostics.length && this.partialShown.get(doc.uri) !== doc.version) continue;
      this.partialShown.set(doc.uri, doc.version);
      this.send(doc.uri, doc.version, diagnostics);
    }
  }

  /**
   * Before the first index: the kept diagnostics of the document's current text, published now, if there are any
   * (lsp/kept.ts); every open document when no URI is given.
   */
  publishKept(uri?: string): void {
    const s = this.state();
    if (s.indexed || (!s.kept && !s.keptBefore)) return;
    for (const doc of uri ? [s.documents.get(uri)] : s.documents.all()) {
      if (!doc || this.published.get(doc.uri) === doc.version) continue;
      let diagnostics: Diagnostic[] | undefined;
      let before = false;
      try {
        diagnostics = s.kept?.(doc.uri, doc.getText());
        // While a snapshot a few files changed since is patched: what still holds of the last check's (partial).
        if (!diagnostics && (diagnostics = s.keptBefore?.(doc.uri, doc.getText()))) before = true;
      } catch (e: any) {
        s.log(`reading the kept diagnostics of ${doc.uri} failed: ${e?.message ?? e}`);
      }
      if (!diagnostics) continue;
      s.log(
        before
          ? `diagnostics of ${doc.uri} v${doc.version}: the contradictions kept from the last check that no changed source file bears on, as partial (the index is being patched)`
          : `diagnostics of ${doc.uri} v${doc.version}: kept from the last check on this corpus (the index is loading)`,
      );
      this.send(doc.uri, doc.version, diagnostics);
    }
  }

  /** Publishes the diagnostics of a document's version, and notes that version as published. */
  private send(uri: string, version: number, diagnostics: Diagnostic[]): void {
    this.published.set(uri, version);
    void this.state()
      .connection.sendDiagnostics({ uri, version, diagnostics })
      .catch(() => undefined);
  }

  /** One window message a session when the checker fails on something (the log has every failure). */
  private showFailure(uri: string, where: string): void {
    if (this.failureShown) return;
    this.failureShown = true;
    void this.state()
      .connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: t('check.failed', uri, where),
      })
      .catch(() => undefined);
  }

  publishFor(doc: { uri: string; version?: number }, diagnostics: Diagnostic[]): void {
    void this.state()
      .connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics })
      .catch(() => undefined);
  }

  clear(uri: string): void {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.delete(uri);
    this.published.delete(uri);
    this.partialShown.delete(uri);
    void this.state()
      .connection.sendDiagnostics({ uri, diagnostics: [] })
      .catch(() => undefined);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

export function docOf(state: ServerState, uri: string): TextDocument | undefined {
  return state.documents.get(uri);
}
