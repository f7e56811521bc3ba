// Failures made visible. The extractors and parsers never throw (a bad input must not take the editor or a
// CI run down): they fall back to "nothing found". What they caught is noted here, and whoever runs them
// (checkReport, the CLI's corpus load) collects the notes and reports them, instead of the failure looking
// like a report or an article that simply states nothing.
import type { EngineError } from './types';

let sink: EngineError[] | undefined;

/** An EngineError for something caught. */
export function engineError(where: string, e: unknown, file?: string): EngineError {
  const stack = (e as Error)?.stack;
  const message = String((e as Error)?.message ?? e).split('\n')[0];
  const out: EngineError = { where, message };
  if (file !== undefined) out.file = file;
  if (typeof stack === 'string') out.stack = stack;
  return out;
}

/** Note a failure that was caught and worked around; kept when a collector is running, else dropped. */
export function noteError(where: string, e: unknown, file?: string): void {
  sink?.push(engineError(where, e, file));
}

/** Run `fn`, gathering what it notes (nested collectors each see their own; the outer one gets them too). */
export function collectErrors<T>(fn: () => T): { value: T; errors: EngineError[] } {
  const outer = sink;
  const errors: EngineError[] = [];
  sink = errors;
  try {
    return { value: fn(), errors };
  } finally {
    sink = outer;
    if (outer) outer.push(...errors);
  }
}

/** How many failures have been noted so far in the running collector (to tell whether a step added any). */
export function notedCount(): number {
  return sink?.length ?? 0;
}
