// The outlets the corpus knows (domain/outlets.json): found by a name in a line, by a web domain, or by an exact
// name or id.
import outletTable from '../domain/outlets.json';
import { escapeRe } from '../text/text';
import { hangulForms, latinForms, romanizeSyllables, soundAlike } from '../text/translit';

export interface OutletEntry {
  id: string;
  name: string;
  names: string[];
  domains: string[];
}
export const OUTLETS: OutletEntry[] = outletTable as OutletEntry[];

/** The outlet whose name occurs in `s` (longest name wins); ASCII names match as whole words. */
const NAME_MATCHERS: { o: OutletEntry; name: string; lower: string; re?: RegExp }[] = OUTLETS.flatMap((o) =>
  o.names.map((name) => ({
    o,
    name,
    lower: name.toLowerCase(),
    re: /^[\x00-\x7f]+$/.test(name) ? new RegExp(`(?:^|[^A-Za-z0-9])${escapeRe(name)}(?![A-Za-z0-9])`, 'i') : undefined,
  })),
).sort((a, b) => b.name.length - a.name.length);

/** The outlet whose name occurs in `s` (longest name wins); ASCII names match as whole words. */
export function findOutlet(s: string): OutletEntry | undefined {
  if (!s) return undefined;
  const probe = s.length > 400 ? s.slice(0, 400) : s;
  // An ASCII name the case-insensitive regex finds is in the lowercased probe (non-ASCII never matches ASCII
  // there): one indexOf rules out most of the 47 regexes.
  let lower: string | undefined;
  for (const m of NAME_MATCHERS) {
    if (m.re ? (lower ??= probe.toLowerCase()).includes(m.lower) && m.re.test(probe) : hangulWordAt(probe, m.name))
      return m.o;
  }
  return undefined;
}

/**
 * Whether a name in Hangul stands in `s` as a word of its own: not the tail of a longer name (`한경` in `새한경제신문`,
 * another paper), whatever particle follows it (`한경은`).
 */
function hangulWordAt(s: string, name: string): boolean {
  for (let i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
    const c = i > 0 ? s.charCodeAt(i - 1) : 0;
    if (!(c >= 0xac00 && c <= 0xd7a3)) return true;
  }
  return false;
}

export function outletByDomain(domain: string): OutletEntry | undefined {
  const d = domain.toLowerCase().replace(/^www\./, '');
  for (const o of OUTLETS) for (const dom of o.domains) if (d === dom || d.endsWith('.' + dom)) return o;
  return undefined;
}

export function exactOutlet(s: string): OutletEntry | undefined {
  const l = s.trim().toLowerCase();
  return OUTLETS.find((o) => o.id === l || o.name.toLowerCase() === l || o.domains.some((d) => l.includes(d)));
}

/** Labels of a web domain that name no site: hosts, second-level registries. */
const GENERIC_LABELS = new Set([
  'www',
  'www2',
  'm',
  'mobile',
  'news',
  'mail',
  'en',
  'english',
  'biz',
  'co',
  'or',
  'ne',
  'go',
  'ac',
  'com',
  'net',
  'org',
]);

/** The part of a web domain that names its site: "news.hanbitdaily.co.kr" → "hanbitdaily". */
export function domainLabel(domain: string): string | undefined {
  const labels = domain.toLowerCase().split('.').slice(0, -1);
  let best: string | undefined;
  for (const l of labels) if (!GENERIC_LABELS.has(l) && l.length >= 4 && (!best || l.length > best.length)) best = l;
  return best;
}

/**
 * Whether a name a page sets over its article ("GRIDWATCH DAILY", "한빛데일리") is the one a reporter's e-mail domain
 * spells ("gridwatchdaily", "hanbitdaily"): a second place that names the site. Latin letters compare as written
 * (without "the", spaces and marks; the name may go on past the domain, "KBIZ Daily English" / "kbizdaily"); a Korean
 * name compares by its romanization or the consonants of a loanword, part by part where it joins a Korean word and
 * a loanword (한빛 + 데일리). An abbreviation ("etnews" for 전자신문) is no match: nothing is guessed.
 */
export function nameSpelledByDomain(name: string, label: string): boolean {
  if (/[가-힣]/.test(name)) {
    const n = name.replace(/[^가-힣]/g, '');
    if (n.length < 2 || n.length > 12) return false;
    // Its romanization, or the consonants a loanword keeps (그리드타임스 / gridtimes: KLTMS; 데일리 / daily: TL).
    const alike = (ko: string, lat: string) =>
      romanizeSyllables(ko) === lat ||
      soundAlike(ko, lat) ||
      hangulForms(ko, true).some((k) => k.key.length >= 2 && latinForms(lat, true).some((e) => e.key === k.key));
    if (alike(n, label)) return true;
    for (let i = 1; i < n.length; i++)
      for (let j = 2; j <= label.length - 2; j++)
        if (alike(n.slice(0, i), label.slice(0, j)) && alike(n.slice(i), label.slice(j))) return true;
    return false;
  }
  const n = domainLetters(name.replace(/^the\s+/i, ''));
  return n.length >= 4 && (n === label || (label.length >= 5 && n.startsWith(label)));
}

/**
 * A name's letters as a web domain spells it: lower case, `&` as "and", no spaces or marks ("Rack & Power" →
 * rackandpower), a letter's accent off (`Pacífica Nube` → pacificanube).
 */
export const domainLetters = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
