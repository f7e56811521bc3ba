// A news feed's item saved as text (RSS 2.0's `<rss><channel><item>`, RSS 1.0's `<rdf:RDF>`, Atom's `<feed><entry>`),
// as a feed reader or a browser saves one item of it. Its own elements say what a reader of the story needs, not the
// file's first line (`<?xml version="1.0"?>`): the headline is the item's <title>, then its story (RSS's
// `content:encoded`, Atom's `<content>`, else the summary or description), read as the HTML page it is (html.ts),
// with a map back into the file. The story's HTML sits in a CDATA section (read as it is) or escaped as XML text
// (`&lt;p&gt;`, Atom's `type="html"`: unescaped here, each character kept with its place in the file). The outlet is
// the feed's site, its title without the category a WordPress feed adds after a separator (`Tunis Business Digest »
// Energy & Tech`, `Ecuador Pacific Report – Business`); the author the item's (Atom's `<author><name>`, RSS's
// `<dc:creator>` or the name in `<author>`'s `mail (Name)`); the date the item's publication (Atom's <published>,
// else its <updated>; RSS's <pubDate>, else <dc:date>), as the feed writes it in its own offset; an Atom entry's
// <updated> on a later day its modification. The feed's own <updated> or <lastBuildDate> (the day it was fetched or
// rebuilt) dates no story. Before, the feed was read as plain text: its markup was the text, its XML declaration the
// headline, and a quotation written with entities (`&#8220;…&#8221;`) no quotation.
//
// The feed is parsed as XML by htmlparser2 (already the HTML reader's parser), loaded at the first feed read: its
// elements, CDATA sections and entities are the parser's to find, not a pattern's (an SVG `<title>` inside an item's
// XHTML content, a CDATA title holding `</title>`); the parser's raw offsets place each field in the file.
import type { AnyNode, Element } from 'domhandler';
import { readPage } from './html';
import type { ReaderMeta, ReaderText, Segment } from './reader';

/* eslint-disable @typescript-eslint/no-require-imports */
let parse: typeof import('htmlparser2').parseDocument | undefined;
const parseXml = (s: string) =>
  (parse ??= (require('htmlparser2') as typeof import('htmlparser2')).parseDocument)(s, {
    xmlMode: true,
    decodeEntities: true,
    withStartIndices: true,
    withEndIndices: true,
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

/**
 * The site a feed's title names, the category after its separator aside (`Site » Category`, `Site – Category`,
 * `Site · Category`).
 */
export function feedSite(title: string): string {
  const parts = title.split(/\s+[»|–—:·•-]\s+|\s+::\s+/);
  return parts[0].trim() || title;
}

/** A person's name from an author element's text: `mail@site (Name)` → `Name`; a bare address names nobody. */
function personOf(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const paren = /^\S+@\S+\s*\(([^)]+)\)$/.exec(s);
  if (paren) return paren[1].trim();
  return /@/.test(s) ? undefined : s;
}

/** A feed's first item (RSS's <item>, Atom's <entry>) and the element holding the feed's own title. */
interface FeedItem {
  atom: boolean;
  channel: Element;
  item: Element;
}
/** The file's feed and first item, parsed; undefined when the text is no feed or has no item. */
function feedItem(text: string): FeedItem | undefined {
  const root = FEED_START.exec(text);
  if (!root) return undefined;
  const atom = root[1] === 'feed';
  const top = parseXml(text).children.find((c): c is Element => isElement(c) && c.name === root[1]);
  if (!top) return undefined;
  // (RSS 2.0: rss > channel > item; RSS 1.0: rdf:RDF > channel, item beside it; Atom: feed > entry)
  const channel = atom ? top : (childrenNamed(top, 'channel')[0] ?? top);
  const item = atom ? childrenNamed(top, 'entry')[0] : descendant(top, 'item');
  return item ? { atom, channel, item } : undefined;
}

/** The metadata of a feed's first item. */
function feedMeta({ atom, channel, item }: FeedItem): ReaderMeta {
  const meta: ReaderMeta = {};
  const feedTitle = child(channel, 'title');
  if (feedTitle) meta.outlet = feedSite(feedTitle);
  const title = child(item, 'title');
  if (title) meta.title = title;
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

/** The XML entities, and character references. */
const XML_ENTITY = /&(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/y;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A field's text and, for each of its characters, its offset in the file (one more at the end). */
interface Mapped {
  s: string;
  at: number[];
}

/** A field's inner text, at `from` in the file: a CDATA section as it is, else XML text unescaped. */
function fieldText(file: string, from: number, to: number): Mapped {
  const inner = file.slice(from, to);
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(inner);
  if (cdata) {
    const start = from + inner.indexOf('<![CDATA[') + 9;
    const s = cdata[1];
    return { s, at: Array.from({ length: s.length + 1 }, (_, k) => start + k) };
  }
  let s = '';
  const at: number[] = [];
  for (let i = from; i < to;) {
    XML_ENTITY.lastIndex = i;
    const m = file[i] === '&' ? XML_ENTITY.exec(file) : null;
    if (m) {
      const name = m[0].slice(1, -1);
      const ch =
        NAMED[name] ??
        String.fromCodePoint(
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
        );
      for (let k = 0; k < ch.length; k++) at.push(i);
      s += ch;
      i += m[0].length;
    } else {
      s += file[i];
      at.push(i);
      i++;
    }
  }
  at.push(to);
  return { s, at };
}

/** An element's inner range in the file (after its opening tag, before its closing one); undefined when empty. */
function innerRange(e: Element | undefined): { start: number; end: number } | undefined {
  if (!e?.children.length) return undefined;
  const first = e.children[0],
    last = e.children[e.children.length - 1];
  if (first.startIndex == null || last.endIndex == null) return undefined;
  return { start: first.startIndex, end: last.endIndex + 1 };
}

/**
 * A page's text and segments moved onto the file through a field's map: runs of characters copied as they are from
 * the file; a character an entity was unescaped into is left between segments, as the page reader leaves one.
 */
function mapped(r: ReaderText, f: Mapped, base: number, out: Segment[]): void {
  const segs = r.toOriginal?.segments ?? [{ text: 0, file: 0, length: r.text.length }];
  // (character i of the field is the file's own when the next one follows it in the file)
  const own = (i: number) => f.at[i + 1] === f.at[i] + 1;
  for (const g of segs) {
    let k0 = -1;
    for (let k = 0; k <= g.length; k++) {
      const i = g.file + k;
      const goesOn = k < g.length && own(i) && (k0 < 0 || k === k0 || f.at[i] === f.at[i - 1] + 1);
      if (goesOn && k0 < 0) k0 = k;
      if (!goesOn && k0 >= 0) {
        out.push({ text: base + g.text + k0, file: f.at[g.file + k0], length: k - k0 });
        k0 = -1;
      }
      if (!goesOn && k < g.length && own(i)) k0 = k;
    }
  }
}

/** The first item of a feed saved as text, as its headline and story with a map back into the file (an item with no
 *  story as its text as saved), with the item's metadata; undefined when the file is no feed. */
export function feedText(file: string): ReaderText | undefined {
  const parsed = feedItem(file);
  if (!parsed) return undefined;
  const { item } = parsed;
  const first = (...names: string[]) => names.map((n) => childrenNamed(item, n)[0]).find(Boolean);
  const body = innerRange(first('content:encoded', 'content')) ?? innerRange(first('description', 'summary'));
  // (an item with no story: its text as saved, with the item's metadata)
  const asSaved = () => ({ text: file, meta: feedMeta(parsed) });
  if (!body) return asSaved();
  // (in a <div>: a story's paragraphs are siblings under one element, as a page's are)
  const inner = fieldText(file, body.start, body.end);
  const story: Mapped = {
    s: `<div>${inner.s}</div>`,
    at: [...Array<number>(5).fill(inner.at[0]), ...inner.at, ...Array<number>(6).fill(inner.at[inner.at.length - 1])],
  };
  const page = readPage(story.s);
  if (!('text' in page)) return asSaved();
  const meta = feedMeta(parsed);
  const segments: Segment[] = [];
  let text = '';
  // The headline first, as the page reader sets it: the title's own characters when it is written plain.
  const head = innerRange(childrenNamed(item, 'title')[0]);
  if (head && meta.title) {
    const f = fieldText(file, head.start, head.end);
    const t = readPage(`<p>${f.s}</p>`);
    if ('text' in t && t.text.trim()) {
      const lead = t.text.length - t.text.trimStart().length;
      const shifted: ReaderText = {
        text: t.text.trim(),
        toOriginal: {
          file: t.toOriginal?.file ?? '',
          segments: (t.toOriginal?.segments ?? [])
            .map((g) => ({ text: g.text - lead, file: g.file - 3, length: g.length }))
            .filter((g) => g.text >= 0 && g.file >= 0 && g.text + g.length <= t.text.trim().length),
        },
      };
      mapped(shifted, f, 0, segments);
      text = shifted.text + '\n\n';
    }
  }
  mapped(page, story, text.length, segments);
  text += page.text;
  return { text, toOriginal: { file, segments }, meta: { ...page.meta, ...meta } };
}
