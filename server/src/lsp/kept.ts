// Each open report's last diagnostics, kept in the index cache's folder with the identity of the corpus they were
// computed on (corpus/results.ts): when the editor starts again on an unchanged corpus, the snapshot is found current
// long before it is decoded and the judges' tables are ready (seconds at 10,000 articles), and a report whose text,
// check options and language are those of the kept entry gets these diagnostics at once. They are the diagnostics a
// check would publish (same corpus, same text, same options, same engine: the cache folder is per engine version);
// the check runs anyway once the index is loaded and publishes its own.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { ResultStore } from '../corpus/results';
import type { BlockStore } from '../judge/checkCache';
import { KeptBlocks } from '../judge/keptBlocks';

interface Entry {
  identity: string;
  options: string;
  text: string;
  diagnostics: Diagnostic[];
}

export class KeptDiagnostics {
  private readonly store: ResultStore;
  /** What was last kept per report (its identity, options and text), so that an unchanged result is not written again. */
  private readonly last = new Map<string, string>();
  /** Results waiting to be written, per report. */
  private readonly pending = new Map<string, { entry: Entry; sig: string; timer: NodeJS.Timeout }>();
  /** Each report's judged blocks on the corpus last checked against (judge/keptBlocks.ts), written with its diagnostics. */
  private readonly blocks = new Map<string, KeptBlocks>();

  /**
   * Kept under `cacheDir` (the index cache's engine folder): another engine version keeps its own. `onMessage` hears
   * of a file of kept blocks discarded.
   */
  constructor(
    private readonly cacheDir: string,
    private readonly delayMs = 2000,
    private readonly onMessage: (msg: string) => void = () => undefined,
  ) {
    this.store = new ResultStore(path.join(cacheDir, 'results'));
  }

  /**
   * The judged blocks kept for `uri` on the corpus `identity`, for a check about to run (checkCache.ts BlockStore):
   * its unchanged blocks are taken from there (a start on an edited report judges only what changed), and the blocks
   * it used are written with the diagnostics keep() is given next.
   */
  blocksFor(uri: string, identity: string): BlockStore {
    let b = this.blocks.get(uri);
    if (!b || b.identity !== identity)
      this.blocks.set(
        uri,
        (b = new KeptBlocks(path.join(this.cacheDir, 'blocks'), slotOf(uri), identity, this.onMessage)),
      );
    b.begin();
    return b;
  }

  /** The diagnostics kept for this text of `uri` with these options on the corpus `identity`, or undefined. */
  lookup(uri: string, text: string, options: string, identity: string): Diagnostic[] | undefined {
    const e = this.store.get<Entry>(slotOf(uri));
    if (!e || e.identity !== identity || e.options !== options || e.text !== hashText(text)) return undefined;
    return Array.isArray(e.diagnostics) ? e.diagnostics : undefined;
  }

  /**
   * Keeps the diagnostics just published for this text of `uri`: written when the report has been left alone for
   * `delayMs` (an edit publishes again at once; not every keystroke's result is worth a write), or at flush().
   */
  keep(uri: string, text: string, options: string, identity: string, diagnostics: Diagnostic[]): void {
    const entry: Entry = { identity, options, text: hashText(text), diagnostics };
    const sig = `${identity}\0${options}\0${entry.text}`;
    const old = this.pending.get(uri);
    if (old) clearTimeout(old.timer);
    this.pending.delete(uri);
    if (this.last.get(uri) === sig) return;
    const timer = setTimeout(() => this.write(uri), this.delayMs);
    timer.unref?.();
    this.pending.set(uri, { entry, sig, timer });
  }

  /** Writes what is waiting (the server shuts down). */
  flush(): void {
    for (const uri of [...this.pending.keys()]) this.write(uri);
  }

  private write(uri: string): void {
    const p = this.pending.get(uri);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(uri);
    if (this.store.put(slotOf(uri), p.entry)) this.last.set(uri, p.sig);
    const b = this.blocks.get(uri);
    if (b?.identity === p.entry.identity) b.save();
  }
}

const slotOf = (uri: string) => `lsp\0${uri}`;

function hashText(text: string): string {
  return `${text.length}:${createHash('sha256').update(text).digest('hex')}`;
}
