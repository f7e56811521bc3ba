// A news feed's item saved as text (an RSS 2.0 `<item>` or an Atom `<entry>`, kept with its feed's head): the item's
// own elements say what a reader of the story needs, not the file's first line (`<?xml version="1.0"?>`). The outlet
// is the feed's site, its title without the category a WordPress feed adds after a separator (`Tunis Business Digest »
// Energy & Tech`, `Ecuador Pacific Report – Business`); the headline the item's <title>; the author the item's
// (Atom's `<author><name>`, RSS's `<dc:creator>` or the name in `<author>`'s `mail (Name)`); the date the item's
// publication (Atom's <published>, else its <updated>; RSS's <pubDate>, else <dc:date>), as the feed writes it in
// its own offset; an Atom entry's <updated> on a later day its modification. The feed's own <updated> or
// <lastBuildDate> (the day it was fetched or rebuilt) dates no story.
import type { AnyNode, Element } from 'domhandler';
import type { ReaderMeta } from './reader';

// The feed is parsed as XML by htmlparser2 (already the HTML reader's parser), loaded at the first feed read: its
// elements, CDATA sections and entities are the parser's to read, not a pattern's (a `<title>` inside an item's
// `<content type="html">` escaped, a CDATA holding `</title>`, an attribute with `>` in it).
/* eslint-disable @typescript-eslint/no-require-imports */
let parse: typeof import('htmlparser2').parseDocument | undefined;
const parseXml = (s: string) =>
  (parse ??= (require('htmlparser2') as typeof import('htmlparser2')).parseDocument)(s, {
    xmlMode: true,
    decodeEntities: true,
  });
/* eslint-enable @typescript-eslint/no-require-imports */

/** The feed's root opens the file (after the XML declaration, comments and a doctype). */
const FEED_START =
  /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*\?>)\s*)*<(rss|feed|rdf:RDF)\b/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const isElement = (n: AnyNode): n is Element => n.type === 'tag';
/** The element's children that are elements named `name` (a prefix kept: `dc:creator`). */
const childrenNamed = (e: Element, name: string) =>
  e.children.filter((c): c is Element => isElement(c) && c.name === name);
/** The first element named `name` at any depth under `e`, not inside an element named `stop`. */
function descendant(e: Element, name: string, stop?: string): Element | undefined {
  for (const c of e.children) {
    if (!isElement(c) || c.name === stop) continue;
    if (c.name === name) return c;
    const d = descendant(c, name, stop);
    if (d) return d;
  }
  return undefined;
}
/** An element's text, CDATA and entities as the parser read them. */
function textOf(e: Element | undefined): string | undefined {
  if (!e) return undefined;
  let out = '';
  const walk = (n: AnyNode) => {
    if (n.type === 'text') out += (n as unknown as { data: string }).data;
    else if ('children' in n) for (const c of (n as Element).children) walk(c);
  };
  walk(e);
  // (an Atom text construct typed html escapes its markup: the tags are the markup's, dropped; plain text is literal)
  const text = (e.attribs.type === 'html' ? out.replace(/<[^>]*>/g, ' ') : out).replace(/\s+/g, ' ').trim();
  return text || undefined;
}
/** The text of `e`'s own child element named `name`. */
const child = (e: Element, name: string) => textOf(childrenNamed(e, name)[0]);

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
  const doc = parseXml(text);
  const top = doc.children.find((c): c is Element => isElement(c) && c.name === root[1]);
  if (!top) return undefined;
  // (RSS 2.0: rss > channel > item; RSS 1.0: rdf:RDF > channel, item beside it; Atom: feed > entry)
  const channel = atom ? top : (childrenNamed(top, 'channel')[0] ?? top);
  const item = atom ? childrenNamed(top, 'entry')[0] : (descendant(top, 'item') ?? undefined);
  if (!item) return undefined;
  const meta: ReaderMeta = {};
  const feedTitle = child(channel, 'title');
  if (feedTitle) meta.outlet = feedSite(feedTitle);
  meta.title = child(item, 'title');
  const author = atom
    ? textOf(childrenNamed(childrenNamed(item, 'author')[0] ?? item, 'name')[0])
    : (child(item, 'dc:creator') ?? personOf(child(item, 'author')));
  if (author) meta.authors = [author];
  const published = atom
    ? (feedDay(child(item, 'published')) ?? feedDay(child(item, 'updated')))
    : (feedDay(child(item, 'pubDate')) ?? feedDay(child(item, 'dc:date')));
  if (published) meta.date = published;
  const updated = atom ? feedDay(child(item, 'updated')) : undefined;
  if (updated && published && updated > published) meta.modified = updated;
  return meta;
}
