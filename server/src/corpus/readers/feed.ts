// A news feed's item saved as text (an RSS 2.0 `<item>` or an Atom `<entry>`, kept with its feed's head): the item's
// own elements say what a reader of the story needs, not the file's first line (`<?xml version="1.0"?>`). The outlet
// is the feed's site, its title without the category a WordPress feed adds after a separator (`Tunis Business Digest »
// Energy & Tech`, `Ecuador Pacific Report – Business`); the headline the item's <title>; the author the item's
// (Atom's `<author><name>`, RSS's `<dc:creator>` or the name in `<author>`'s `mail (Name)`); the date the item's
// publication (Atom's <published>, else its <updated>; RSS's <pubDate>, else <dc:date>), as the feed writes it in
// its own offset; an Atom entry's <updated> on a later day its modification. The feed's own <updated> or
// <lastBuildDate> (the day it was fetched or rebuilt) dates no story.
import type { ReaderMeta } from './reader';

/* eslint-disable @typescript-eslint/no-require-imports */
let decoder: ((s: string) => string) | undefined;
const decodeHTML = (s: string) => (decoder ??= (require('entities') as typeof import('entities')).decodeHTML)(s);
/* eslint-enable @typescript-eslint/no-require-imports */

/** The feed's root opens the file (after the XML declaration, comments and a doctype). */
const FEED_START =
  /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*\?>)\s*)*<(rss|feed|rdf:RDF)\b/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An element's text (CDATA unwrapped, entities decoded, spaces folded), the first such element in `xml`. */
function element(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  if (!m) return undefined;
  const raw = m[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  const text = decodeHTML(raw.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/** A feed's timestamp as the day it names in its own offset: ISO 8601 (Atom, dc:date) or RFC 822 (RSS). */
export function feedDay(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const iso = /^((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[T\s])/.exec(s.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+((?:19|20)\d\d)\b/.exec(s.trim());
  const month = rfc ? MONTHS.indexOf(rfc[2].toLowerCase()) : -1;
  if (!rfc || month < 0) return undefined;
  return `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
}

/** The site a feed's title names, the category after its separator aside (`Site » Category`, `Site – Category`). */
export function feedSite(title: string): string {
  const parts = title.split(/\s+[»|–—:-]\s+|\s+::\s+/);
  return parts[0].trim() || title;
}

/** A person's name from an author element's text: `mail@site (Name)` → `Name`; a bare address names nobody. */
function personOf(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const paren = /^\S+@\S+\s*\(([^)]+)\)$/.exec(s);
  if (paren) return paren[1].trim();
  return /@/.test(s) ? undefined : s;
}

/** The metadata of a feed's first item, or undefined when the text is no feed. */
export function feedMeta(text: string): ReaderMeta | undefined {
  const root = FEED_START.exec(text);
  if (!root) return undefined;
  const atom = root[1] === 'feed';
  const itemAt = text.search(atom ? /<entry[\s>]/ : /<item[\s>]/);
  if (itemAt < 0) return undefined;
  const head = text.slice(0, itemAt);
  const close = atom ? text.indexOf('</entry>', itemAt) : text.indexOf('</item>', itemAt);
  const item = text.slice(itemAt, close < 0 ? undefined : close);
  const meta: ReaderMeta = {};
  const feedTitle = element(head, 'title');
  if (feedTitle) meta.outlet = feedSite(feedTitle);
  meta.title = element(item, 'title');
  const author = atom
    ? element(/<author[\s>][\s\S]*?<\/author>/.exec(item)?.[0] ?? '', 'name')
    : (element(item, 'dc:creator') ?? personOf(element(item, 'author')));
  if (author) meta.authors = [author];
  const published = atom
    ? (feedDay(element(item, 'published')) ?? feedDay(element(item, 'updated')))
    : (feedDay(element(item, 'pubDate')) ?? feedDay(element(item, 'dc:date')));
  if (published) meta.date = published;
  const updated = atom ? feedDay(element(item, 'updated')) : undefined;
  if (updated && published && updated > published) meta.modified = updated;
  return meta;
}
