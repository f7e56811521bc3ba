// The language server over stdio, measured: hover/definition latency (warm), diagnostics after the last
// edit, memory over many edits, and a burst of 200 edits to a 5,000-line report. Reuses the protocol
// tests' client (test/protocol/lsp.ts).
import * as fs from 'fs';
import { checkReport } from '../server/src/judge/check';
import { Corpus } from '../server/src/corpus/corpus';
import { TestClient, fileUri } from '../test/protocol/lsp';
import { reportText } from './generate';

const now = () => performance.now();

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** The process's CPU time so far (user + system, ms; /proc/PID/stat in clock ticks, taken as 100 a second), NaN off Linux. */
function cpuMsOf(pid: number): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) * 10;
  } catch {
    return NaN;
  }
}

/** The process's peak RSS so far (VmHWM), NaN off Linux. */
function peakRssOf(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

export interface ServerBench {
  hover: number[];
  definition: number[];
  diagnostics: number[];
  debounce: number;
  edits: number;
  editMs: number;
  rssBefore: number;
  rssAfter: number;
  burstMs: number;
  burstHoverMs: number;
  burstLastOk: boolean;
}

export async function serverBench(reportPath: string, opts: { edits: number; samples: number }): Promise<ServerBench> {
  const client = new TestClient();
  try {
    await client.initialize();
    await client.indexed(5);
    const text = fs.readFileSync(reportPath, 'utf8');
    const uri = fileUri(reportPath);
    let version = 1;
    client.open(uri, text, version);
    await client.diagnosticsFor(uri, version, 60_000);

    // Claim positions, from the engine in-process (same corpus: the bundled seeds).
    const claims = checkReport(Corpus.load({ folders: [] }), text).claims;
    const positions = claims.map((c) => ({ line: c.range.start.line, character: c.range.start.character + 1 }));
    const pick = (i: number) => positions[(i * 7919) % positions.length];
    const timeRequests = async (method: string) => {
      for (let i = 0; i < 20; i++) await client.request(method, { textDocument: { uri }, position: pick(i) }); // warm
      const out: number[] = [];
      for (let i = 0; i < opts.samples; i++) {
        const t0 = now();
        await client.request(method, { textDocument: { uri }, position: pick(i) });
        out.push(now() - t0);
      }
      return out;
    };
    const hover = await timeRequests('textDocument/hover');
    const definition = await timeRequests('textDocument/definition');

    // Diagnostics after the last edit: a small edit, then the time until that version is published.
    const lines = text.split('\n');
    const debounce = 150;
    const diagnostics: number[] = [];
    for (let i = 0; i < 15; i++) {
      const line = (i * 37) % lines.length;
      version++;
      const t0 = now();
      void client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [
          { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: i % 2 ? '' : ' ' },
        ],
      });
      await client.diagnosticsFor(uri, version, 60_000);
      diagnostics.push(now() - t0);
    }

    // Memory over many edits: insert and delete a character at varying lines, as typing does.
    const rssBefore = rssOf(client.proc.pid!);
    const t0 = now();
    for (let i = 0; i < opts.edits; i++) {
      const line = (i * 131) % lines.length;
      version++;
      const insert = i % 2 === 0;
      void client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [
          insert
            ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }
            : {
                range: {
                  start: { line: (line + lines.length - (131 % lines.length)) % lines.length, character: 0 },
                  end: { line: (line + lines.length - (131 % lines.length)) % lines.length, character: 1 },
                },
                text: '',
              },
        ],
      });
      if (i % 500 === 499) await client.request('textDocument/hover', { textDocument: { uri }, position: pick(i) }); // pace: let the server drain
    }
    await client.diagnosticsFor(uri, version, 120_000);
    const editMs = now() - t0;
    await new Promise((r) => setTimeout(r, 1000));
    const rssAfter = rssOf(client.proc.pid!);

    // 200 rapid full-text edits to a 5,000-line report; a hover in the middle.
    const bigUri = 'untitled:bench-5000.md';
    const big = reportText(5000, 5);
    let bv = 1;
    client.open(bigUri, big, bv);
    await client.diagnosticsFor(bigUri, bv, 120_000);
    const b0 = now();
    let hoverMs = NaN;
    for (let i = 0; i < 200; i++) {
      bv++;
      client.change(bigUri, bv, big + `\nEdit ${i}: Stargate will invest $${500 + i} billion.\n`);
      if (i === 100) {
        const h0 = now();
        await client.request('textDocument/hover', {
          textDocument: { uri: bigUri },
          position: { line: 2, character: 5 },
        });
        hoverMs = now() - h0;
      }
    }
    await client.diagnosticsFor(bigUri, bv, 120_000);
    const burstMs = now() - b0;
    return {
      hover,
      definition,
      diagnostics,
      debounce,
      edits: opts.edits,
      editMs,
      rssBefore,
      rssAfter,
      burstMs,
      burstHoverMs: hoverMs,
      burstLastOk: client.diagnostics.get(bigUri)?.version === bv,
    };
  } finally {
    await client.stop();
  }
}

/**
 * A fresh server process from spawn to the first diagnostics of a report against `sourcesDir` (and the seeds):
 * the report is opened once the index is complete, so its diagnostics are the whole corpus's. `cacheDir` is
 * passed as initializationOptions.cacheDir (none: no cache). With `openAtStart` the report is opened right after
 * `initialize`, as an editor restoring its tabs does: `diagnosticsMs` is then its first diagnostics (kept from the
 * last run when the corpus is an unchanged snapshot, lsp/kept.ts), `checkedMs` those published after the index.
 */
export async function serverStartBench(
  reportPath: string,
  sourcesDir: string,
  articles: number,
  cacheDir?: string,
  server?: string,
  openAtStart = false,
): Promise<{
  indexedMs: number;
  diagnosticsMs: number;
  checkedMs: number;
  /** The server's CPU time at its checked diagnostics (ms, 10 ms steps). */
  checkedCpuMs: number;
  early: boolean;
  peakRss: number;
  log: string[];
}> {
  const t0 = now();
  const client = new TestClient({ settings: { sources: [sourcesDir], useBundledSources: true }, cacheDir, server });
  try {
    await client.initialize();
    const uri = fileUri(reportPath);
    let diagnosticsMs = 0;
    if (openAtStart) {
      client.open(uri, fs.readFileSync(reportPath, 'utf8'));
      await client.diagnosticsFor(uri, undefined, 30 * 60_000);
      diagnosticsMs = now() - t0;
    }
    await client.until(
      'the index',
      () => client.statuses.find((s) => !s.indexing && s.sources >= articles),
      30 * 60_000,
    );
    const indexedMs = now() - t0;
    if (!openAtStart) client.open(uri, fs.readFileSync(reportPath, 'utf8'));
    await client.until(
      'the checked diagnostics',
      () => client.publications.find((p) => p.uri === uri && p.afterIndex),
      10 * 60_000,
    );
    const checkedMs = now() - t0;
    const checkedCpuMs = cpuMsOf(client.proc.pid!);
    return {
      checkedCpuMs,
      indexedMs,
      diagnosticsMs: openAtStart ? diagnosticsMs : checkedMs,
      checkedMs,
      early: !client.publications.find((p) => p.uri === uri)!.afterIndex,
      peakRss: peakRssOf(client.proc.pid!),
      log: client.logs.filter((l) => l.includes('index cache')),
    };
  } finally {
    await client.stop();
  }
}
