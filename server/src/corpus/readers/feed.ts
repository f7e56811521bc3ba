// A news feed saved as text (RSS 2.0's `<rss><channel><item>`, Atom's `<feed><entry>`), as a feed reader or a
// browser saves one item of it: the item's headline, then its story (RSS's `content:encoded`, Atom's `<content>`, else
// the summary), read as the HTML page it is (html.ts), with a map back into the file. The story's HTML sits in a CDATA
// section (read as it is) or escaped as XML text (`&lt;p&gt;`, Atom's `type="html"`: unescaped here, each character
// kept with its place in the file). The item's author (`dc:creator`, `<author><name>`), date (`pubDate`,
// `published`) and the channel's title (the outlet, without a section after a dash: `Ecuador Pacific Report – Business`)
// are the markup's metadata. Before, the feed was read as plain text: its markup was the text, its XML declaration
// the headline, and a quotation written with entities (`&#8220;…&#8221;`) no quotation.
import { readPage } from './html';
import type { ReaderMeta, ReaderText, Segment } from './reader';

/** A feed's opening: an XML declaration and comments, then `<rss`, `<feed` or RSS 1.0's `<rdf:RDF`. */
const FEED_START = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/;
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

/** The first element named `name` (one of several) in file[from, to): its inner range and attributes. */
function element(
  file: string,
  names: string[],
  from: number,
  to: number,
): { start: number; end: number; attrs: string } | undefined {
  for (const name of names) {
    const re = new RegExp(`<${name.replace(':', '\\:')}(\\s[^>]*)?>`, 'g');
    re.lastIndex = from;
    const m = re.exec(file);
    if (!m || m.index >= to) continue;
    const start = m.index + m[0].length;
    const end = file.indexOf(`</${name}>`, start);
    if (end < 0 || end > to) continue;
    return { start, end, attrs: m[1] ?? '' };
  }
  return undefined;
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

/** An item's date as an ISO day: RFC 822's `Wed, 10 Jun 2026 22:35:08 +0000` (in UTC), ISO's `2026-06-09T08:05:33Z`. */
function isoDay(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(v);
  if (iso) return iso[1];
  const t = Date.parse(v.trim());
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** A field's words as plain text (tags left out, entities decoded, spaces run together). */
function plain(file: string, e: { start: number; end: number } | undefined): string | undefined {
  if (!e) return undefined;
  const html = fieldText(file, e.start, e.end).s;
  const r = readPage(`<p>${html}</p>`);
  const t = 'text' in r ? r.text.replace(/\s+/g, ' ').trim() : '';
  return t || undefined;
}

/** The first item of a feed saved as text, as its headline and story with a map back into the file; undefined when
 *  the file is no feed, or its item holds no story. */
export function feedText(file: string): ReaderText | undefined {
  if (!FEED_START.test(file.slice(0, 4000))) return undefined;
  const item = /<(item|entry)(?:\s[^>]*)?>/.exec(file);
  if (!item) return undefined;
  const from = item.index + item[0].length;
  const to = file.indexOf(`</${item[1]}>`, from);
  if (to < 0) return undefined;
  const body =
    element(file, ['content:encoded', 'content'], from, to) ?? element(file, ['description', 'summary'], from, to);
  if (!body) return undefined;
  // (in a <div>: a story's paragraphs are siblings under one element, as a page's are)
  const inner = fieldText(file, body.start, body.end);
  const story: Mapped = {
    s: `<div>${inner.s}</div>`,
    at: [...Array<number>(5).fill(inner.at[0]), ...inner.at, ...Array<number>(6).fill(inner.at[inner.at.length - 1])],
  };
  const page = readPage(story.s);
  if (!('text' in page)) return undefined;
  const meta: ReaderMeta = {};
  const title = plain(file, element(file, ['title'], from, to));
  if (title) meta.title = title;
  const channel = plain(file, element(file, ['title'], 0, item.index));
  const outlet = channel?.split(/\s+[–—|»:-]\s+/)[0].trim();
  if (outlet) meta.outlet = outlet;
  const author = element(file, ['author'], from, to);
  const who = plain(
    file,
    element(file, ['dc:creator'], from, to) ?? (author && element(file, ['name'], author.start, author.end)),
  );
  if (who) meta.authors = [who];
  const date = isoDay(plain(file, element(file, ['pubDate', 'published', 'dc:date'], from, to)));
  if (date) meta.date = date;
  const updated = isoDay(plain(file, element(file, ['updated'], from, to)));
  if (updated && updated !== date) meta.modified = updated;
  const segments: Segment[] = [];
  let text = '';
  // The headline first, as the page reader sets it: the title's own characters when it is written plain.
  const head = element(file, ['title'], from, to);
  if (head && title) {
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
