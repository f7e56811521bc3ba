// Settings: `stargate-xref.*`, pulled with workspace/configuration when the client can answer it, else
// taken from didChangeConfiguration's payload or initializationOptions (Neovim, Helix, plain clients).
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDatabaseUrl } from '../corpus/pg';
import type { Severity } from '../types';

export type SeveritySetting = Severity | 'off';

export interface Settings {
  /** Extra source folders, files or globs (absolute, ~/..., or relative to a workspace folder). */
  sources: string[];
  useBundledSources: boolean;
  /**
   * A shared corpus (postgres://…) to check against instead of folders; '' for none. The VS Code client sends it
   * only from user settings in an untrusted workspace, and never a URL with a password from workspace settings.
   */
  corpus: string;
  severity: { unsupportedFigure: SeveritySetting; unsupportedQuote: SeveritySetting };
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export const defaultSettings: Settings = {
  sources: [],
  useBundledSources: true,
  corpus: '',
  severity: { unsupportedFigure: 'information', unsupportedQuote: 'information' },
  trace: { server: 'off' },
};

const severities = new Set(['error', 'warning', 'information', 'hint', 'off']);

function sev(v: unknown, d: SeveritySetting): SeveritySetting {
  if (typeof v !== 'string') return d;
  const s = v.toLowerCase() === 'info' ? 'information' : v.toLowerCase();
  return severities.has(s) ? (s as SeveritySetting) : d;
}

/**
 * Accepts VS Code's nested object ({severity: {unsupportedFigure}}), flat dotted keys
 * ({"severity.unsupportedFigure": ...}), or an object wrapped in {"stargate-xref": {...}}; unknown or
 * ill-typed values fall back to the defaults.
 */
export function normalizeSettings(raw: unknown): Settings {
  let r: any = raw && typeof raw === 'object' ? raw : {};
  if (r['stargate-xref'] && typeof r['stargate-xref'] === 'object') r = r['stargate-xref'];
  const get = (k: string): unknown => {
    if (k in r) return r[k];
    const parts = k.split('.');
    let o: any = r;
    for (const p of parts) {
      if (!o || typeof o !== 'object') return undefined;
      o = o[p];
    }
    return o;
  };
  let sources = get('sources');
  if (typeof sources === 'string') sources = [sources];
  const list = Array.isArray(sources)
    ? sources.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim())
    : [];
  const bundled = get('useBundledSources');
  const trace = get('trace.server');
  const corpus = get('corpus');
  return {
    sources: list,
    useBundledSources: typeof bundled === 'boolean' ? bundled : defaultSettings.useBundledSources,
    corpus: typeof corpus === 'string' && isDatabaseUrl(corpus.trim()) ? corpus.trim() : '',
    severity: {
      unsupportedFigure: sev(get('severity.unsupportedFigure'), defaultSettings.severity.unsupportedFigure),
      unsupportedQuote: sev(get('severity.unsupportedQuote'), defaultSettings.severity.unsupportedQuote),
    },
    trace: { server: trace === 'messages' || trace === 'verbose' ? trace : 'off' },
  };
}

export function sameSources(a: Settings, b: Settings): boolean {
  return (
    a.useBundledSources === b.useBundledSources &&
    a.corpus === b.corpus &&
    a.sources.length === b.sources.length &&
    a.sources.every((s, i) => s === b.sources[i])
  );
}

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolve a configured entry to absolute paths: `~` is the home folder; a relative entry is taken
 * against every workspace folder (or the server's working directory when there is none).
 */
export function resolveEntry(entry: string, workspaceFolders: string[]): string[] {
  let e = entry;
  if (e.startsWith('file:')) e = uriToPath(e) ?? e;
  if (e === '~' || e.startsWith('~/') || e.startsWith('~\\')) e = path.join(os.homedir(), e.slice(1));
  if (path.isAbsolute(e)) return [path.normalize(e)];
  const bases = workspaceFolders.length ? workspaceFolders : [process.cwd()];
  return bases.map((b) => path.resolve(b, e));
}
