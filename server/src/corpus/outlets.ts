// The outlets the corpus knows (domain/outlets.json): found by a name in a line, by a web domain, or by an exact
// name or id.
import outletTable from '../domain/outlets.json';
import { escapeRe } from '../text/text';

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
    if (m.re ? (lower ??= probe.toLowerCase()).includes(m.lower) && m.re.test(probe) : probe.includes(m.name))
      return m.o;
  }
  return undefined;
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
