// User-facing strings in English and Korean, one mechanism for the engine and the language server: a table a
// language, keyed alike ({0}, {1} … are filled in order). The engine's finding messages pick the language of the
// report line they are about (judge/messages.ts); the server's own strings the editor's locale (lsp/messages.ts).
import type { Lang } from '../types';

export type Strings<K extends string> = (lang: Lang, key: K, ...args: (string | number)[]) => string;

/** The string of `key` in `lang` (English when the Korean table lacks it), with {n} filled from `args`. */
export function defineStrings<T extends Record<string, string>>(
  en: T,
  ko: Record<keyof T, string>,
): Strings<Extract<keyof T, string>> {
  const tables: Record<Lang, Record<keyof T, string>> = { en, ko };
  return (lang, key, ...args) => {
    const s = tables[lang][key] ?? en[key];
    return s.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
  };
}
