// Saved web pages (.html, .htm): the article's text out of the page, with a map back into the file, and the
// metadata the page's markup states (JSON-LD, Open Graph and meta tags).
//
// htmlparser2 parses (a forgiving, streaming HTML parser that keeps every node's offsets in the source; the
// article extractors built on a browser DOM, such as Readability, keep no offsets, and a range must land on the
// sentence in the file). Entities are decoded here, one at a time, so every copied character maps back exactly.
// encoding-sniffer finds the charset as a browser does (BOM, <meta charset>, http-equiv); iconv-lite decodes it.
//
// The article body: page furniture (navigation, headers, footers, asides, forms, figures, share bars, related
// lists, comments, bios, cookie banners, ads) is dropped by tag, ARIA role and class or id words; of what is
// left, the element with the most paragraph text is the body, with its siblings that hold paragraphs too.
// The headline element goes first. The text then goes through the article parser like any other source, so its
// rules for bylines, copyright lines and "related" tails apply too.
import type { AnyNode, Element, Text } from 'domhandler';

// The parser, the entity decoder and the charset libraries are loaded when the first page is read: a folder
// without pages (and every CLI run that reads none) does not pay their start-up (about 100 ms of requires).
/* eslint-disable @typescript-eslint/no-require-imports */
let libs:
  | {
      parseDocument: typeof import('htmlparser2').parseDocument;
      decodeHTML: typeof import('entities').decodeHTML;
      getEncoding: typeof import('encoding-sniffer').getEncoding;
      iconv: typeof import('iconv-lite');
    }
  | undefined;
const lib = () =>
  (libs ??= {
    parseDocument: (require('htmlparser2') as typeof import('htmlparser2')).parseDocument,
    decodeHTML: (require('entities') as typeof import('entities')).decodeHTML,
    getEncoding: (require('encoding-sniffer') as typeof import('encoding-sniffer')).getEncoding,
    iconv: require('iconv-lite') as typeof import('iconv-lite'),
  });
/* eslint-enable @typescript-eslint/no-require-imports */
const parseDocument: typeof import('htmlparser2').parseDocument = (...a) => lib().parseDocument(...a);
const decodeHTML = (s: string) => lib().decodeHTML(s);
const getEncoding: typeof import('encoding-sniffer').getEncoding = (...a) => lib().getEncoding(...a);
/** domhandler's isTag and isText, without loading it: an element (scripts and styles are elements too), a text. */
const isTag = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const isText = (n: AnyNode): n is Text => n.type === 'text';
import { decode, type Decoded, escapeRe } from '../../text/text';
import {
  COMPANY_UNIT,
  findDate,
  governmentOfHall,
  looksLikePersonName,
  nameForDomain,
  parseMetaLine,
} from '../articleMeta';
import type { Line } from '../articleLines';
import { domainLabel, domainLetters, outletByDomain } from '../outlets';
import {
  cleanName,
  copyrightName,
  isProseLine,
  isPlatform,
  isPortal,
  isSectionWord,
  isVideoPlatform,
  pressBeforePortal,
  sameName,
  siteWithoutPlatform,
  withoutFormerName,
} from '../page';
import { feedSite } from './feed';
import type { ReaderMeta, ReaderText, Segment, SourceReader } from './reader';

/** A company's site named for its unit (`… Investor Relations`, `… IR`, `… Newsroom`, `… Press Centre`, `… Media Room`),
 * a lender's for its disclosures (`APIF Disclosures`). */
const SITE_UNIT =
  /^(\S.{1,60}?)\s+(?:investor\s+relations|IR|newsroom|news\s+room|press\s+(?:room|centre|center|office)|media\s+(?:room|centre|center)|(?:project\s+)?disclosures)$/i;
/** A company's legal form after its name and a comma (`, S.A.B. de C.V.`, `, Inc.`, `, Ltd.`, `, S.p.A.`). */
/** What follows a site's name in the name of the body that owns it (` Trust`, ` Media LLC`, `, Inc.`, ` Pty Ltd`). */
const OWNER_FORM =
  /^,?(?:\s(?:charitable\s+)?trust(?:\s+board)?|\s(?:media|group|publishing|publications|holdings|digital|network|networks)|,?\s(?:co\.?|company|corp\.?|corporation|inc\.?|incorporated|ltd\.?|llc|limited|plc|gmbh|pty|society))+\.?$/i;

const LEGAL_FORM_AFTER =
  /,\s*(?:S\.A\.B\.|S\.A\.|S\.p\.A\.|S\.\s?de\s+R\.L\.|Inc\.?|Ltd\.?|LLC|plc|PLC|N\.V\.|B\.V\.|AG|SE|GmbH|Corp\.?|Co\.,?\s+Ltd\.?)(?:\s.*)?$/;

export const html: SourceReader = {
  id: 'html',
  extensions: ['.html', '.htm'],
  read(bytes) {
    const d = decodePage(bytes);
    if (!d.ok) return { skip: d.reason };
    return readPage(d.text);
  },
};

// ---------------------------------------------------------------- bytes to text

/** The page's text in the charset it declares (UTF-8 when it declares none); binary and undecodable input refused. */
/** A social network's name as its pages give it (og:site_name). */
const SOCIAL_NETWORK = /^(?:facebook|instagram|threads|x|twitter|linkedin|페이스북|인스타그램)$/i;
/** A fediverse account as a post's page titles it (Mastodon's og:title): its display name, then its handle at its server. */
const FEDIVERSE_ACCOUNT = /^(\S.{0,60}?)\s+\(@[\w.-]+@[\w-]+(?:\.[\w-]+)+\)$/u;
/**
 * An account as a post's page titles it, its display name and then its handle in brackets (Bluesky's `Wanjiru Kamau
 * (@wanjirukamau.bsky.social)`, Threads' `조현우 (@jo.hyeonwoo.gs)`): the poster, no headline.
 */
const ACCOUNT_TITLE = /^(\S.{0,60}?)\s*\(@[\w.-]{2,60}\)$/u;
/** A byline's element for the writer's handle (`username`, `user-name`, `author`). */
const HANDLE_CLASS = /(?:^|\s)(?:user-?name|author|writer)(?:\s|$)/i;
/**
 * The writer's name a page shows on a profile card: a link to the same profile as the byline's handle (the first link in
 * an element classed `username` or `author`), whose text is a person's name and not the handle.
 */
function profileName(els: Element[]): string | undefined {
  const box = els.find((e) => HANDLE_CLASS.test(e.attribs.class ?? '') && e.name !== 'a');
  const link = box && (box.children.find((c): c is Element => isTag(c) && c.name === 'a') as Element | undefined);
  const href = link?.attribs.href;
  if (!link || !href || !/\/@[\w.-]+\/?$/.test(href)) return undefined;
  const handle = oneSpaced(plainText(link));
  for (const e of els) {
    if (e === link || e.name !== 'a' || e.attribs.href !== href) continue;
    const t = oneSpaced(plainText(e));
    if (t && t !== handle && looksLikePersonName(t)) return t;
  }
  return undefined;
}
/** A platform's title for a post by its poster alone (`윤성민님의 포스트`, `Ana Ruiz's post`). */
const POSTER_TITLE =
  /^(?:([가-힣]{2,5}|[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3})\s?님의\s?(?:포스트|게시물|게시글)|(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3})['’]s\s+post)$/u;
/** A post's poster as its page's title gives it alone: a name with an office or not (`강희준 군산시장`), `… on X`. */
function posterOf(t: string): string | undefined {
  const ko =
    /^([가-힣]{2,4})(?:\s+[가-힣]{1,14}(?:시장|군수|구청장|지사|도지사|의원|장관|대표|위원장|의장|교수|청장|원장))?$/.exec(
      t.trim(),
    );
  if (ko) return ko[1];
  const en = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:\s+on\s+\p{L}+)?$/u.exec(t.trim());
  return en && looksLikePersonName(en[1]) ? en[1] : undefined;
}

export function decodePage(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let enc = 'UTF-8';
  try {
    enc = getEncoding(bytes, { defaultEncoding: 'UTF-8' });
  } catch {
    /* keep UTF-8 */
  }
  // A page saved as UTF-8 that still declares the charset it was served in (a browser's "Save Page As" rewrites
  // the bytes, not always the <meta>): bytes that are valid UTF-8 and hold multi-byte sequences are UTF-8, whatever
  // the page declares. Text in a legacy charset almost never is: an EUC-KR or CP949 syllable (lead byte 0xA1–0xFE)
  // or a Windows-1252 letter (é = 0xE9) followed by ASCII breaks UTF-8 at once.
  if (!/^utf-?(?:8|16)/i.test(enc) && isMultiByteUtf8(bytes)) enc = 'UTF-8';
  if (/^utf-?8$/i.test(enc)) {
    const d = decode(bytes);
    return d.ok || !/UTF-8/.test(d.reason)
      ? d
      : { ok: false, reason: 'not UTF-8 text, and the page declares no other charset (<meta charset>)' };
  }
  const utf16 = /^utf-?16/i.test(enc);
  if (!utf16) {
    const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
    if (probe.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  }
  if (!lib().iconv.encodingExists(enc)) return { ok: false, reason: `the page's charset ${enc} cannot be decoded` };
  let text: string;
  try {
    text = lib().iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), enc);
  } catch {
    return { ok: false, reason: `not valid ${enc} text` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text };
}

/** Whether the bytes are valid UTF-8 with at least one byte over 0x7F (pure ASCII says nothing about the charset). */
function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b > 0x7f)) return false;
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// ---------------------------------------------------------------- the page

/** The article text, its map into `page` and the page's metadata; or why there is none. Never throws on bad markup. */
export function readPage(page: string): ReaderText | { skip: string } {
  // htmlparser2 keeps its open elements with Array#unshift: a page nested 100,000 deep would cost minutes.
  if (deeperThan(page, MAX_DEPTH))
    return { skip: `nested too deeply (over ${MAX_DEPTH.toLocaleString('en-US')} open elements): not read` };
  const doc = parseDocument(page, { withStartIndices: true, withEndIndices: true, decodeEntities: false });
  const els: Element[] = [];
  const stack: AnyNode[] = [...doc.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    els.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  pageDialogs = pageDialogsOf(els);
  tabPanels = tabPanelsOf(els);
  const { titles, blog, utcDate, ...found } = readMeta(els, page);
  const meta = Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as ReaderMeta;
  const body = findBody(els);
  const grid = body && gridBody(body.roots);
  if (body && grid) body.roots = grid;
  const out = new Writer(page, body?.keep ?? new WeakSet(), body?.words);
  if (!body) {
    // No element holds text: a text file saved as .html, shown as a browser shows it.
    for (const c of doc.children)
      if (isText(c) && c.startIndex !== null) out.textRun(c.startIndex, c.startIndex + c.data.length);
    const text = out.text();
    if (!/[\p{L}\p{N}]/u.test(text)) return { skip: 'no article text found in the page' };
    return { text, toOriginal: { file: page, segments: out.segments }, meta };
  }
  const headline = findHeadline(els, [meta.title, ...titles], body.roots);
  if (headline) {
    out.element(headline);
    out.block();
    // The lead set under the headline, apart from the body (an annual review's standfirst in the chapter's head).
    for (const p of leadUnder(headline, body.roots)) {
      out.element(p);
      out.block();
    }
    // The byline and date lines under a headline outside the body, when the markup states neither.
    const b = bylineUnder(headline, body.roots, meta.outlet);
    if (!meta.date && b.date) meta.date = b.date;
    // (a date the markup gives as an instant in UTC, `2026-08-02T21:14:06.000Z`, that the byline shows as the next day
    // or the one before, `2026년 8월 3일`: the day where the page is)
    else if (utcDate && meta.date && b.date && Math.abs(Date.parse(b.date) - Date.parse(meta.date)) === 86_400_000)
      meta.date = b.date;
    if (!meta.authors?.length && b.authors.length) meta.authors = b.authors;
    else if (!meta.authors?.length && b.nick && !blog) meta.authors = [b.nick];
    if (!meta.modified && b.updated && b.updated !== meta.date) meta.modified = b.updated;
  }
  const posters = chatPosters(body.roots);
  for (const r of body.roots) {
    const who = posters?.get(r);
    if (who) out.labelNext(who);
    out.element(r);
    out.block();
  }
  const text = out.text();
  if (!/[\p{L}\p{N}]/u.test(text)) return { skip: 'no article text found in the page' };
  return { text, toOriginal: { file: page, segments: out.segments }, meta };
}

const MAX_DEPTH = 20_000;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
]);

/** Whether the page ever has more than `limit` elements open at once (an upper bound: implied closes not counted). */
function deeperThan(page: string, limit: number): boolean {
  if (page.length < limit * 3) return false;
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  for (let m = tag.exec(page); m; m = tag.exec(page)) {
    if (m[1]) {
      if (depth > 0) depth--;
      continue;
    }
    if (m[3] || VOID.has(m[2].toLowerCase())) continue;
    if (++depth > limit) return true;
  }
  return false;
}

// ---------------------------------------------------------------- text out, with a map

const HTML_SPACE = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
const ENTITY = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y;

/** Skipped whole: what is never article text. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'nav',
  'aside',
  'footer',
  'header',
  'form',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'label',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'figure',
  'figcaption',
  'picture',
  'img',
  'dialog',
  'menu',
  'head',
  'title',
  'meta',
  'link',
  'base',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'hr',
  'address',
  'details',
  'summary',
  'center',
  'fieldset',
  'body',
  'html',
]);
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'search',
  'menu',
  'menubar',
  'toolbar',
]);
/** Words in a class or id that name furniture (split at punctuation and camelCase: Article_authorCard is article, author, card). */
const FURNITURE_WORDS = new Set([
  'share',
  'sharing',
  'sharedaddy',
  'social',
  'sns',
  'related',
  'relatedposts',
  'relation',
  'relate',
  'recirc',
  // a link to another story set between paragraphs ("interstitial-link", "inline-link-card")
  'interstitial',
  'recommend',
  'recommended',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'promo',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsor',
  'sponsored',
  'banner',
  'cookie',
  'cookies',
  'consent',
  'cmp',
  'gdpr',
  'popup',
  'modal',
  'overlay',
  'comment',
  'comments',
  'reply',
  'replies',
  'breadcrumb',
  'breadcrumbs',
  'copyright',
  'paywall',
  'readmore',
  'more',
  'sidebar',
  'widget',
  'byline',
  'author',
  'bio',
  'writer',
  'reporter',
  'profile',
  'caption',
  'tags',
  'popular',
  'trending',
  'rank',
  'ranking',
  'outbrain',
  'taboola',
  'footer',
  'nav',
  'navigation',
  'menu',
  'gnb',
  'lnb',
  'skip',
  'print',
  'toolbar',
  'topbar',
  'kicker',
  'meta',
  'info',
  'postbtn',
]);

function furnitureWords(el: Element, words: ReadonlySet<string> = FURNITURE_WORDS): boolean {
  const v = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (v.length < 2) return false;
  for (const w of nameWords(v)) if (words.has(w)) return true;
  return false;
}

/** The words of a class or id value: a camelCase name split, lower case, cut at anything but letters and digits. */
function nameWords(v: string): string[] {
  return v
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Of FURNITURE_WORDS, those of a page's parts that never hold its article, as Readability's unlikely candidates (a
 * footer, menus, comments, a sidebar, related links, share bars, ads): what they hold is never the body. An article is
 * wrapped in `info`, `meta`, `more`, `author` or `newsletter` blocks often enough that those are not among them.
 */
const NEVER_BODY_WORDS = new Set([
  'footer',
  'nav',
  'navigation',
  'menu',
  'gnb',
  'lnb',
  'sidebar',
  'comment',
  'comments',
  'reply',
  'replies',
  'related',
  'relatedposts',
  'recirc',
  'social',
  'sns',
  'share',
  'sharing',
  'sharedaddy',
  'sponsor',
  'sponsored',
  'breadcrumb',
  'breadcrumbs',
  'popup',
  'modal',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'outbrain',
  'taboola',
  'copyright',
]);

/**
 * A box that holds a quotation, not a sidebar: an `<aside>` whose class words say quote, around a `<blockquote>`, as a
 * forum sets the words it quotes from elsewhere or from another post (Discourse's `<aside class="quote">`). A pull quote
 * (`pullquote`, `pull-quote`) repeats the article's words: furniture still.
 */
function quoteBox(el: Element): boolean {
  if (el.name !== 'aside') return false;
  const words = (el.attribs.class ?? '').toLowerCase().split(/[^a-z0-9]+/);
  return (
    words.includes('quote') && !words.includes('pull') && el.children.some((c) => isTag(c) && c.name === 'blockquote')
  );
}

/** Quotation marks in a text: a blockquote holding none is a quotation the page sets apart instead. */
const QUOTE_MARKS = /["“”„«»「」『』]/;
/**
 * The text under an element, hard furniture left out (for QUOTE_MARKS: a blockquote's words are short). At most 2,000
 * nodes and 20,000 characters are read (blockquotes nested deep are no quadratic walk); past that, a mark stands for the
 * rest, so such a block gets none of its own.
 */
function ownText(el: Element): string {
  let out = '';
  const stack: AnyNode[] = [el];
  for (let seen = 0; stack.length; seen++) {
    if (seen >= 2_000 || out.length >= 20_000) return out + '“';
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    else if (isTag(n) && (n === el || !hardFurniture(n)))
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** Never article text, whatever it holds: by tag, role, or being hidden. */
function hardFurniture(el: Element): boolean {
  // (a forum's quotation box is read as the rest of the page is; a page whose body is a form is its text; so is a
  // dialog that holds most of it, pageDialogs)
  if (SKIP_TAGS.has(el.name) && !quoteBox(el)) return !(el.name === 'form' && pageForm(el)) && !pageDialogs.has(el);
  const a = el.attribs;
  if (a.role && FURNITURE_ROLES.has(a.role.toLowerCase().trim())) return !pageDialogs.has(el);
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return !tabPanels.has(el);
  return !!a.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style) && !tabPanels.has(el);
}

/**
 * Dialogs that are the page (`role="dialog"`, `<dialog>`): a page saved while a card, a post or a record was open over
 * its board or its feed (a Trello card's URL opens the card's dialog over the board's lists) has its text in the
 * dialog. A dialog holding half the page's text or more is read as the rest of the page is; one holding less (a cookie
 * notice, a sign-in box) stays furniture. Set for each page by readPage (pageDialogsOf).
 */
let pageDialogs: WeakSet<Element> = new WeakSet();
/** The text a browser would show under an element, whatever furniture it is, scripts and styles left out. */
function shownLength(el: Element): number {
  let n = 0;
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const c = stack.pop()!;
    if (isText(c)) n += c.data.replace(/\s+/g, '').length;
    else if (isTag(c) && !['script', 'style', 'noscript', 'template', 'head'].includes(c.name))
      for (const k of c.children) stack.push(k);
  }
  return n;
}
function pageDialogsOf(els: Element[]): WeakSet<Element> {
  const found = new WeakSet<Element>();
  const dialogs = els.filter(
    (e) => e.name === 'dialog' || ['dialog', 'alertdialog'].includes((e.attribs.role ?? '').toLowerCase().trim()),
  );
  if (!dialogs.length) return found;
  const body = els.find((e) => e.name === 'body');
  const total = body ? shownLength(body) : 0;
  for (const d of dialogs) if (total > 0 && shownLength(d) * 2 >= total) found.add(d);
  return found;
}

/**
 * The panels of a page's tab set: elements that the page's own links name by id (`href="#summary"`, or as a fragment's
 * parameter, `href="#gid=509331267"`, as a published spreadsheet's sheet tabs name its sheets), two or more of them
 * under one parent. A panel the tabs hide until clicked (`display:none`) is the page's text as the one shown is: a saved
 * spreadsheet holds every sheet, one shown. Set for each page by readPage (tabPanelsOf).
 */
let tabPanels: WeakSet<Element> = new WeakSet();
function tabPanelsOf(els: Element[]): WeakSet<Element> {
  const found = new WeakSet<Element>();
  const named = new Set<string>();
  for (const e of els) {
    const h = e.name === 'a' ? e.attribs.href : undefined;
    if (!h || h[0] !== '#' || h.length > 200) continue;
    const f = h.slice(1);
    named.add(f);
    const eq = f.lastIndexOf('=');
    if (eq >= 0) named.add(f.slice(eq + 1));
  }
  if (named.size < 2) return found;
  const byParent = new Map<AnyNode, Element[]>();
  for (const e of els) {
    const id = e.attribs.id;
    if (!id || !named.has(id) || !e.parent) continue;
    const l = byParent.get(e.parent) ?? [];
    l.push(e);
    byParent.set(e.parent, l);
  }
  for (const l of byParent.values()) if (l.length >= 2) for (const e of l) found.add(e);
  return found;
}

/**
 * Grid tables: a published spreadsheet's sheets (Google Sheets' "Publish to web", a workbook saved as a web page), where
 * a page's text is its cells. A table of three rows or more, most of two cells or more, no cell holding a paragraph, a
 * list or a table of its own (a layout table's cell holds the article's paragraphs). The writer sets each row on a line
 * of its own, its cells between bars as a Markdown table's (`| Ilda Fortes | 14 Oct 2026 | "…" |`), so that the row is
 * read as one record; the row numbers and column letters a spreadsheet frames its grid with are left out
 * (gridChrome).
 */
const gridTables = new WeakSet<Element>();
const GRID_BLOCKS = new Set(['p', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: AnyNode[] = [...table.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (n.name === 'tr') rows.push(n);
    else if (n.name === 'thead' || n.name === 'tbody' || n.name === 'tfoot')
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return rows;
}
const cellsOf = (row: Element) =>
  row.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'));
function isGrid(table: Element): boolean {
  const rows = rowsOf(table);
  if (rows.length < 3) return false;
  let wide = 0;
  for (const r of rows) {
    const cells = cellsOf(r);
    if (cells.length >= 2) wide++;
    for (const c of cells) {
      const stack: AnyNode[] = [...c.children];
      while (stack.length) {
        const n = stack.pop()!;
        if (!isTag(n)) continue;
        if (GRID_BLOCKS.has(n.name)) return false;
        stack.push(...n.children);
      }
    }
  }
  return wide * 2 > rows.length;
}
/** A spreadsheet's frame in a grid: a header cell that holds a row's number or a column's letter and nothing else. */
function gridChrome(cell: Element): boolean {
  return cell.name === 'th' && /^\s*(?:\d{1,6}|[A-Z]{1,3})?\s*$/.test(plainText(cell));
}
/**
 * A body whose text is grid tables (a published spreadsheet's sheets): they hold half its text or more, and each row is
 * written as a record (gridTables). A body that is one cell of a grid (the longest cell of a sheet won): the page's text
 * is the grid, and when the grid is one panel of a tab set (a sheet among the workbook's sheets), every panel of that
 * set, in page order.
 */
function gridBody(roots: Element[]): Element[] | undefined {
  if (roots.length !== 1) return undefined;
  let table: Element | undefined;
  for (let a: AnyNode | null = roots[0]; a && isTag(a); a = a.parent) {
    if (a.name === 'table') {
      table = a;
      break;
    }
    if (!['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'].includes(a.name) && a !== roots[0]) break;
  }
  if (!table) {
    const grids: Element[] = [];
    const stack: AnyNode[] = [roots[0]];
    while (stack.length) {
      const n = stack.pop()!;
      if (!isTag(n) || (n !== roots[0] && hardFurniture(n))) continue;
      if (n.name === 'table' && isGrid(n)) grids.push(n);
      else stack.push(...n.children);
    }
    const held = grids.reduce((k, g) => k + shownLength(g), 0);
    if (!grids.length || held * 2 < shownLength(roots[0])) return undefined;
    for (const g of grids) gridTables.add(g);
    return undefined;
  }
  if (!isGrid(table)) return undefined;
  for (let a: AnyNode | null = table.parent; a && isTag(a); a = a.parent) {
    if (!tabPanels.has(a)) continue;
    const panels = (a.parent?.children ?? []).filter((c): c is Element => isTag(c) && tabPanels.has(c));
    for (const p of panels) for (const e of p.children) markGrids(e);
    return panels;
  }
  gridTables.add(table);
  return [table];
}
function markGrids(el: AnyNode): void {
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (n.name === 'table' && isGrid(n)) gridTables.add(n);
    else stack.push(...n.children);
  }
}

const pageForms = new WeakMap<Element, boolean>();
/**
 * A form that is the page (an ASP.NET page's `<form id="aspnetForm">` around all its body, a council's legislation
 * record inside): right under <body>, holding paragraphs of text (three <p> or more). A form is furniture otherwise.
 */
function pageForm(el: Element): boolean {
  const parent = el.parent;
  if (!parent || !isTag(parent) || parent.name !== 'body') return false;
  let known = pageForms.get(el);
  if (known === undefined) {
    let ps = 0;
    const stack: AnyNode[] = [...el.children];
    for (let n = 0; stack.length && ps < 3 && n < 200_000; n++) {
      const x = stack.pop()!;
      if (!isTag(x)) continue;
      if (x.name === 'p') ps++;
      else stack.push(...x.children);
    }
    known = ps >= 3;
    pageForms.set(el, known);
  }
  return known;
}

/**
 * A record's date field as ISO: a date, or one written with slashes (`10/7/2026`) read in the order the page's other
 * cells show (a cell's `9/23/2026` says the month comes first; `23/9/2026` the day); unknown when nothing says.
 */
function recordDay(v: string | undefined, els: Element[]): string | undefined {
  if (!v) return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)$/.exec(v.trim());
  if (!m) return isoDate(v);
  let monthFirst = +m[2] > 12,
    dayFirst = +m[1] > 12;
  for (const e of els) {
    if (monthFirst || dayFirst) break;
    if (e.name !== 'td' || e.children.length !== 1 || !isText(e.children[0])) continue;
    const o = /^\s*(\d{1,2})\/(\d{1,2})\/(?:19|20)\d\d\s*$/.exec(e.children[0].data);
    if (o && +o[2] > 12) monthFirst = true;
    else if (o && +o[1] > 12) dayFirst = true;
  }
  if (monthFirst === dayFirst) return undefined;
  const [mo, d] = monthFirst ? [m[1], m[2]] : [m[2], m[1]];
  return isoDate(`${m[3]}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

/** A record's field labels, as its table's label cells write them (`Title:`, `Date:`, `Enactment date:`). */
const RECORD_LABEL = /^(Title|Date|Decision date|Date of decision|Enactment date|Final action)\s?:$/i;
/** A <title> of a site and a record's number (`Kenai Peninsula Borough - File #: 2026-31`): the site first. */
const RECORD_NUMBER_TITLE =
  /^(\S.{1,80}?)\s[-|–]\s(?:File|Record|Case|Docket|Matter)\s?(?:#|No\.?|Number)\s?:?\s?[\w.-]{1,20}$/i;
/** A document file's name (`….hwpx`, `….pdf`, `….docx`). */
const FILE_NAME = /^\S.{0,200}\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf)$/i;
/** Where a placed piece of text stands on its page, from its inline style (`top:262px`, `top: 13.2%`). */
const PLACED_TOP = /(?:^|;)\s*top\s*:\s*(-?\d+(?:\.\d+)?(?:px|%|pt|em)?)\s*(?:;|$)/i;

class Writer {
  private parts: string[] = [];
  private len = 0;
  readonly segments: Segment[] = [];
  /** 0 none, 1 line break, 2 paragraph break: written before the next text. */
  private pendingBreak = 0;
  private pendingSpace = false;
  /**
   * Inside a blockquote that holds no quotation marks (a release's or a forum's quotation set apart, `X said:` above
   * it): each of its paragraphs is written between quotation marks, as a browser shows a quotation, so the words read as
   * speech. `quoteDepth` such blockquotes are open; `quoteOpen` whether a mark opened the paragraph being written.
   */
  private quoteDepth = 0;
  private quoteOpen = false;
  /** The vertical place of the last piece of text a viewer placed on its page (`top:262px`). */
  private top: string | undefined;
  /** Grid tables whose delimiter row is written (gridTables). */
  private readonly ruled = new WeakSet<AnyNode>();

  /** `keep`: elements whose class words say furniture but that hold most of the page's text (a WordPress <article class="tag-…">). */
  constructor(
    private readonly page: string,
    private readonly keep: WeakSet<Element>,
    /** The class words that mark furniture on this page (a discussion page's comments are its text: findBody). */
    private readonly words: ReadonlySet<string> = FURNITURE_WORDS,
  ) {}

  /** A cell's bar in a grid table's row, written where no character of the page stands. */
  bar(s: string): void {
    this.flush();
    this.pendingSpace = false;
    this.mark(s);
  }

  block(): void {
    this.closeQuote();
    this.pendingBreak = 2;
    this.pendingSpace = false;
  }

  /**
   * The text pieces of a poster's name (chatPosters), written before the next text after its break, then `: `: a chat's
   * post read as its poster's turn (`오가람 해외영업팀장: …`), as a transcript labels one.
   */
  private pendingLabel: { file: number; text: string }[] | undefined;

  labelNext(pieces: { file: number; text: string }[]): void {
    this.pendingLabel = pieces;
  }

  /** A mark written where no character of the page stands: mapped to the place of the text after it (empty segments). */
  private mark(s: string): void {
    const last = this.segments[this.segments.length - 1];
    const file = last ? last.file + last.length : 0;
    this.segments.push({ text: this.len, file, length: 0 });
    this.put(s);
    this.segments.push({ text: this.len, file, length: 0 });
  }

  private closeQuote(): void {
    if (!this.quoteOpen) return;
    this.quoteOpen = false;
    this.mark('”');
  }

  /** The pending break or space, then a quotation's opening mark if one is due, mapped to `file` (the text after it). */
  private flush(file = -1): void {
    if (this.len === 0) {
      this.pendingBreak = 0;
      this.pendingSpace = false;
    } else {
      if (this.pendingBreak) this.put(this.pendingBreak === 2 ? '\n\n' : '\n');
      else if (this.pendingSpace) this.put(' ');
      this.pendingBreak = 0;
      this.pendingSpace = false;
    }
    const label = this.pendingLabel;
    if (label) {
      this.pendingLabel = undefined;
      label.forEach((p, k) => {
        if (k > 0) this.put(' ');
        this.segments.push({ text: this.len, file: p.file, length: p.text.length });
        this.put(p.text);
      });
      this.mark(': ');
    }
    if (this.quoteDepth > 0 && !this.quoteOpen) {
      this.quoteOpen = true;
      if (file >= 0) this.segments.push({ text: this.len, file, length: 0 });
      this.put('“');
      if (file >= 0) this.segments.push({ text: this.len, file, length: 0 });
    }
  }

  private put(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  /** `s` copied from page[file, file + s.length). */
  private copy(s: string, file: number): void {
    this.flush(file);
    const t = this.len;
    this.put(s);
    const last = this.segments[this.segments.length - 1];
    if (last && last.text + last.length === t && last.file + last.length === file)
      (last as { length: number }).length += s.length;
    else this.segments.push({ text: t, file, length: s.length });
  }

  /**
   * `s` decoded from page[file, end) (an entity): empty segments at both ends, so its start maps to `file` and
   * its end to `end` (a sentence that opens with &ldquo; starts at the '&', one that ends with &rdquo; after the ';').
   */
  private decoded(s: string, file: number, end: number): void {
    this.flush(file);
    this.segments.push({ text: this.len, file, length: 0 });
    this.put(s);
    this.segments.push({ text: this.len, file: end, length: 0 });
  }

  /** A text node's characters page[a, b), whitespace collapsed and entities decoded as a browser shows them. */
  textRun(a: number, b: number): void {
    const page = this.page;
    let i = a;
    while (i < b) {
      const c = page.charCodeAt(i);
      if (HTML_SPACE(c)) {
        while (i < b && HTML_SPACE(page.charCodeAt(i))) i++;
        this.pendingSpace = true;
        continue;
      }
      if (c === 38) {
        ENTITY.lastIndex = i;
        const m = ENTITY.exec(page);
        if (m && i + m[0].length <= b) {
          const dec = decodeHTML(m[0]);
          if (dec !== m[0]) {
            this.decoded(dec, i, i + m[0].length);
            i += m[0].length;
            continue;
          }
        }
        this.copy('&', i);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < b) {
        const d = page.charCodeAt(j);
        if (d === 38 || HTML_SPACE(d)) break;
        j++;
      }
      this.copy(page.slice(i, j), i);
      i = j;
    }
  }

  /** An element's text, furniture left out (iteratively: a page nested 100,000 deep is no stack overflow). */
  element(root: Element): void {
    const stack: (AnyNode | { close: string; quote?: boolean })[] = [root];
    while (stack.length) {
      const n = stack.pop()!;
      if ('bar' in n) {
        this.bar(n.bar as string);
        continue;
      }
      if ('close' in n) {
        if (BLOCK_TAGS.has(n.close)) this.block();
        if (n.quote) this.quoteDepth--;
        continue;
      }
      if (isText(n)) {
        if (n.startIndex !== null) this.textRun(n.startIndex, n.startIndex + n.data.length);
        continue;
      }
      if (!isTag(n)) continue;
      if (n !== root && (hardFurniture(n) || (furnitureWords(n, this.words) && !this.keep.has(n)))) {
        if (BLOCK_TAGS.has(n.name) || SKIP_TAGS.has(n.name)) this.block();
        else this.pendingSpace = true;
        continue;
      }
      if (n.name === 'br') {
        this.pendingBreak = Math.min(2, this.pendingBreak + 1);
        continue;
      }
      // A grid table's row: its cells on one line between bars (gridTables).
      const table =
        n.name === 'tr'
          ? n.parent && isTag(n.parent) && n.parent.name === 'table'
            ? n.parent
            : n.parent?.parent
          : undefined;
      if (table && isTag(table) && gridTables.has(table)) {
        const cells = cellsOf(n).filter((c) => !gridChrome(c) && !hardFurniture(c));
        if (!cells.length || !cells.some((c) => /\S/.test(plainText(c)))) continue;
        // (a line of its own, the table's rows one paragraph, as a Markdown table's)
        this.closeQuote();
        this.pendingBreak = Math.max(1, this.pendingBreak);
        this.pendingSpace = false;
        stack.push({ close: 'row', quote: false });
        const items: (AnyNode | { bar: string })[] = [];
        cells.forEach((c, k) => {
          items.push({ bar: k === 0 ? '| ' : ' | ' });
          items.push(...c.children);
        });
        items.push({ bar: ' |' });
        // (the delimiter row under the first, as a Markdown table sets it: the rows are then read as a table's)
        if (!this.ruled.has(table)) {
          this.ruled.add(table);
          items.push({ bar: '\n|' + '---|'.repeat(cells.length) });
        }
        for (let i = items.length - 1; i >= 0; i--) stack.push(items[i] as AnyNode);
        continue;
      }
      if (BLOCK_TAGS.has(n.name)) this.block();
      // A piece of text a document viewer sets where its page has it (`<span style="left:60px;top:262px">`, a PDF's or
      // an HWP's page drawn in HTML): a line where it stands lower than the piece before, a space beside it.
      else if (n.attribs.style && n.attribs.style.length <= 400) {
        const top = PLACED_TOP.exec(n.attribs.style);
        if (top && /(?:^|;)\s*left\s*:/i.test(n.attribs.style)) {
          if (this.top !== undefined && top[1] !== this.top) this.pendingBreak = Math.max(1, this.pendingBreak);
          else this.pendingSpace = true;
          this.top = top[1];
        }
      }
      const quote = n.name === 'blockquote' && !QUOTE_MARKS.test(decodeHTML(ownText(n)));
      if (quote) this.quoteDepth++;
      stack.push({ close: n.name, quote });
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }

  text(): string {
    return this.parts.join('');
  }
}

// ---------------------------------------------------------------- the body

const PARAGRAPH_TAGS = new Set(['p', 'pre']);
/** A wrapper is its child when the child holds this share of its text: a layout cell around the body's <div>. */
const WRAPPER_SHARE = 0.75;
/**
 * A sibling of the body's element belongs to the article when its own paragraph text is this share of the
 * body's (a page that splits its article in two blocks), or it is a <p> of at least this many characters (a lead
 * paragraph set apart).
 */
const SIBLING_SHARE = 0.25;
const SIBLING_PARAGRAPH = 80;

interface Body {
  roots: Element[];
  keep: WeakSet<Element>;
  /** The class words that mark furniture on this page. */
  words: ReadonlySet<string>;
}

/** Class words of a page's comments and replies (of FURNITURE_WORDS and NEVER_BODY_WORDS). */
const DISCUSSION_WORDS = new Set(['comment', 'comments', 'reply', 'replies']);
const without = (set: ReadonlySet<string>, out: ReadonlySet<string>) => new Set([...set].filter((w) => !out.has(w)));
/**
 * A discussion page (a link aggregator's item page, whose story is elsewhere and whose text is its comment tree; a
 * thread whose posts after the first are marked as replies): the body found with comments left out holds less than
 * this share of the page's text, and what comments and replies hold is at least half of it.
 */
const DISCUSSION_BODY_SHARE = 0.25;
/** How far up from the body's element its kind of item is looked for (findBody's discussion page). */
const KIND_LEVELS = 3;

/**
 * The elements that hold the article (bodyWith). On a discussion page (DISCUSSION_BODY_SHARE) its comments and replies
 * are its text: read as a thread's posts, every element of the tag and class of the one whose text won, in page order.
 */
function findBody(els: Element[]): Body | undefined {
  const first = bodyWith(els, FURNITURE_WORDS, NEVER_BODY_WORDS);
  if (!first || first.bodyText >= first.total * DISCUSSION_BODY_SHARE) return first;
  // What comments and replies hold: the outermost elements their class words mark, as the page shows them.
  let discussed = 0;
  const inside = new WeakSet<Element>();
  for (const el of els) {
    const p = el.parent;
    if (p && isTag(p) && inside.has(p)) {
      inside.add(el);
      continue;
    }
    if (!hardFurniture(el) && furnitureWords(el, DISCUSSION_WORDS)) {
      inside.add(el);
      discussed += first.raw.get(el) ?? 0;
    }
  }
  if (discussed * 2 < first.total) return first;
  // …and they are the page's own kind of item: elements of the tag and first class of the body's element or one of
  // its parents up to KIND_LEVELS (an aggregator's comment rows are `tr.athing` as its submission's row is; a thread's
  // replies `article.post` as its first post), three or more among them. A blog's or a paper's comment section under
  // a short article (`li.comment` under `article.post`) is another kind: left out. Unless the body found is shorter
  // than a paragraph (SIBLING_PARAGRAPH): no article but the page's title, every post of the page marked a comment (an
  // issue tracker's page, its opening post a `timeline-comment` as its replies are): the posts are the text.
  const kinds = new Set<string>();
  for (const r of first.roots) {
    let a: Element | null = r;
    for (let d = 0; a && d <= KIND_LEVELS; d++, a = a.parent && isTag(a.parent) ? a.parent : null) {
      const c = firstClass(a);
      if (c) kinds.add(`${a.name}.${c}`);
    }
  }
  let ownKind = 0;
  for (const el of els) if (inside.has(el) && kinds.has(`${el.name}.${firstClass(el) ?? ''}`)) ownKind++;
  if (ownKind < THREAD_POSTS && first.bodyText >= SIBLING_PARAGRAPH) return first;
  const words = without(FURNITURE_WORDS, DISCUSSION_WORDS);
  const again = bodyWith(els, words, without(NEVER_BODY_WORDS, DISCUSSION_WORDS));
  if (!again) return first;
  if (again.roots.length === 1) {
    const unit = again.roots[0];
    const cls = firstClass(unit);
    if (cls) {
      const posts: Element[] = [];
      for (const el of els) {
        if (el.name !== unit.name || firstClass(el) !== cls || !(again.len.get(el) ?? 0)) continue;
        let nested = false;
        for (let a = el.parent; a && isTag(a); a = a.parent) if (posts.includes(a)) nested = true;
        if (!nested) posts.push(el);
      }
      if (posts.length >= THREAD_POSTS) return { roots: posts, keep: again.keep, words };
    }
  }
  return { roots: again.roots, keep: again.keep, words };
}

/**
 * The elements that hold the article: the one whose own paragraphs (and text written straight into it, as old
 * pages do between <br>s) are longest, then those of its siblings that hold paragraphs too, in page order. `words`
 * and `never`: the class words that mark furniture, and those of furniture that never holds the body.
 */
function bodyWith(
  els: Element[],
  words: ReadonlySet<string>,
  never: ReadonlySet<string>,
): (Body & { raw: Map<Element, number>; len: Map<Element, number>; total: number; bodyText: number }) | undefined {
  const holdsBody = new WeakSet<Element>();
  const textLen = (n: AnyNode) => {
    if (!isText(n)) return 0;
    let k = 0;
    const d = n.data;
    for (let i = 0; i < d.length; i++) if (!HTML_SPACE(d.charCodeAt(i))) k++;
    return k;
  };
  // Pass 1: text under each element, hard furniture left out. Children come after parents in `els`.
  const raw = new Map<Element, number>();
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i];
    if (hardFurniture(el)) {
      raw.set(el, 0);
      continue;
    }
    let sum = 0;
    for (const c of el.children) sum += isTag(c) ? (raw.get(c) ?? 0) : textLen(c);
    raw.set(el, sum);
  }
  const bodyEl = els.find((e) => e.name === 'body');
  const total = bodyEl
    ? (raw.get(bodyEl) ?? 0)
    : els.reduce((s, e) => (e.parent && isTag(e.parent) ? s : s + (raw.get(e) ?? 0)), 0);
  if (total === 0) return undefined;
  // Pass 2: class-word furniture out too, unless it holds half the page's text, alone or with the elements of its
  // class (a channel’s posts, each a `widget` of its own: pageItems); each element's own paragraphs scored.
  const items = pageItems(els, raw, total, never);
  const len = new Map<Element, number>();
  const ownText = new Map<Element, number>();
  const score = new Map<Element, number>();
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i];
    let out = hardFurniture(el);
    if (!out && furnitureWords(el, words)) {
      if ((raw.get(el) ?? 0) * 2 >= total || items.has(el.attribs.class ?? '')) holdsBody.add(el);
      else out = true;
    }
    if (out) {
      len.set(el, 0);
      continue;
    }
    let sum = 0,
      own = 0;
    for (const c of el.children) {
      if (isTag(c)) {
        const l = len.get(c) ?? 0;
        sum += l;
        if (
          PARAGRAPH_TAGS.has(c.name) ||
          (c.name === 'div' && !c.children.some((g) => isTag(g) && BLOCK_TAGS.has(g.name) && g.name !== 'br'))
        )
          own += l;
        else if (!BLOCK_TAGS.has(c.name)) own += l; // inline (<b>, <a>) text straight in the element
      } else {
        const l = textLen(c);
        sum += l;
        own += l;
      }
    }
    len.set(el, sum);
    ownText.set(el, own);
    // Its own paragraphs, and half of its children's (as Readability scores a paragraph's parent and grandparent):
    // a page that wraps each paragraph in a <div> of its own has the wrapper's parent for its body.
    let half = 0;
    for (const c of el.children) if (isTag(c)) half += ownText.get(c) ?? 0;
    const sc = own + half / 2;
    if (sc > 0) score.set(el, sc);
  }
  const marked = els.find((e) => /articlebody/i.test(e.attribs.itemprop ?? '') && (len.get(e) ?? 0) > 0);
  let best: Element | undefined = marked,
    bestScore = marked ? (score.get(marked) ?? len.get(marked) ?? 0) : 0;
  if (!best) {
    // What a footer, a menu, comments or related links hold is never the body, however it scores (an e-mail's footer
    // cell, `<td id="templateFooter">`, its address and copyright written straight in, outscoring the sections'
    // paragraphs). Parents come first in `els`.
    const under = new WeakSet<Element>();
    for (const el of els) {
      const p = el.parent;
      if (
        p &&
        isTag(p) &&
        (under.has(p) || (!(len.get(p) ?? 0) && (hardFurniture(p) || furnitureWords(p, never)) && !holdsBody.has(p)))
      )
        under.add(el);
    }
    for (const [el, s] of score)
      if (s > bestScore && !under.has(el)) {
        best = el;
        bestScore = s;
      }
  }
  if (!best || bestScore === 0) return undefined;
  const done = (roots: Element[]) => ({
    roots,
    keep: holdsBody,
    words,
    raw,
    len,
    total,
    bodyText: roots.reduce((s, r) => s + (len.get(r) ?? 0), 0),
  });
  let top: Element = best;
  // An element its parent's only child is looked at from the parent, as Readability does: a page that sets each
  // section in a cell of its own row (an e-mail newsletter's table, `<tr><td class="mcnTextContent">`) has the rows
  // for siblings, not the lone cell.
  const lone = (e: Element) => {
    const p = e.parent;
    return !!p && isTag(p) && p.name !== 'body' && p.name !== 'html' && !!(len.get(p) ?? 0) && onlyChild(p, e);
  };
  if (!marked && lone(top)) for (let guard = 0; guard < 50 && lone(top); guard++) top = top.parent as Element;
  else
    // A wrapper scores what its one text-holding child scores (a layout cell around the body's <div>): the child it is.
    for (let guard = 0; !marked && guard < 50; guard++) {
      const total = len.get(top) ?? 0;
      const child: Element | undefined = top.children.find(
        (c): c is Element => isTag(c) && (len.get(c) ?? 0) >= total * WRAPPER_SHARE,
      );
      if (!child || !score.get(child)) break;
      top = child;
      bestScore = score.get(child) ?? 0;
    }
  const roots: Element[] = [top];
  const parent = top.parent;
  if (!marked && parent && isTag(parent)) {
    // (an answer under who gives it, "Minister of State at … (Deputy Deirdre Fahy):", as a parliament prints a written
    // answer: the question set before it is the page's text too)
    const answer = answerUnderLabel(top);
    for (const sib of parent.children) {
      if (sib === top || !isTag(sib) || (len.get(sib) ?? 0) === 0) continue;
      // (a sibling row scores what its cell scores: down the chain of only children, the best of them)
      let s = score.get(sib) ?? 0;
      for (let d: Element | undefined = sib, guard = 0; d && guard < 50; guard++) {
        d = d.children.find((c): c is Element => isTag(c));
        if (!d || !onlyChild(d.parent as Element, d)) break;
        s = Math.max(s, score.get(d) ?? 0);
      }
      if (
        s >= bestScore * SIBLING_SHARE ||
        (sib.name === 'p' && s >= SIBLING_PARAGRAPH) ||
        (answer && (sib.startIndex ?? 0) < (top.startIndex ?? 0) && s >= SIBLING_PARAGRAPH)
      )
        roots.push(sib);
    }
    roots.sort((a, b) => (a.startIndex ?? 0) - (b.startIndex ?? 0));
  }
  // The posts of a thread (a Mastodon thread's page: `<div class="status">` after `<div class="status">`, each with its
  // `<div class="status__content">`; a forum's posts): the text that won is one post's, and the element of the same
  // tag and class in each of its container's siblings (up to two levels down) is the thread's text too. Asked only of
  // a body with a class that three posts or more repeat.
  // (the post is the body's element when it has a class, else its parent's: a post's text in an unclassed <p>)
  const unit = marked
    ? undefined
    : firstClass(top)
      ? top
      : parent && isTag(parent) && firstClass(parent)
        ? parent
        : undefined;
  const cls = unit && firstClass(unit);
  const up = unit?.parent && isTag(unit.parent) ? unit.parent.parent : null;
  if (unit && cls && up && isTag(up) && roots.length === 1) {
    const alike = (e: Element) => e.name === unit.name && firstClass(e) === cls && (len.get(e) ?? 0) > 0;
    /** The first post under `e`, itself or down to `depth` levels, in page order. */
    const postUnder = (e: Element, depth: number): Element | undefined => {
      if (alike(e)) return e;
      if (depth === 0) return undefined;
      for (const c of e.children) {
        const f = isTag(c) ? postUnder(c, depth - 1) : undefined;
        if (f) return f;
      }
      return undefined;
    };
    const postsUnder = (from: Element, depth: number) =>
      from.children.map((sib) => (isTag(sib) ? postUnder(sib, depth) : undefined)).filter((e): e is Element => !!e);
    const posts = postsUnder(up, 2);
    if (posts.length >= THREAD_POSTS && posts.includes(unit)) return done(posts);
    // A chat's export (Telegram's `div.message` > `div.body` > `div.text`, a forwarded post one level further down
    // in `div.forwarded`): the post's container is one level further up, each message of the history holding one.
    // Only when the posts hold most of the page's text, so that no page's teasers sharing its body's class join it.
    // (the post that won may be the forwarded one, a level further down: the history is looked for two levels up)
    let upper = up.parent && isTag(up.parent) ? up.parent : null;
    for (let level = 0; upper && upper.name !== 'body' && upper.name !== 'html' && level < 2; level++) {
      const more = postsUnder(upper, 3);
      const held = more.reduce((a, e) => a + (len.get(e) ?? 0), 0);
      if (more.length >= THREAD_POSTS && more.includes(unit) && held * 2 >= total) return done(more);
      upper = upper.parent && isTag(upper.parent) ? upper.parent : null;
    }
  }
  return done(roots);
}
/**
 * The class values of a page's items: elements of one class, THREAD_POSTS or more, none inside another, that together
 * hold half the page's text or more (a channel's web preview sets each post in a `tgme_widget_message`: the word
 * `widget` marks furniture elsewhere). A class with a word of furniture that never holds the body (`never`: comments,
 * related links) is none: a discussion page's comments are findBody's to read.
 */
function pageItems(
  els: Element[],
  raw: ReadonlyMap<Element, number>,
  total: number,
  never: ReadonlySet<string>,
): Set<string> {
  const held = new Map<string, { n: number; text: number }>();
  const open = new Map<string, Element>();
  for (const el of els) {
    const c = el.attribs.class;
    if (!c || c.length > 200) continue;
    // (parents come first in `els`: one inside an element of its class counts in that one)
    const outer = open.get(c);
    if (outer && isInside(el, outer)) continue;
    open.set(c, el);
    const h = held.get(c) ?? { n: 0, text: 0 };
    h.n++;
    h.text += raw.get(el) ?? 0;
    held.set(c, h);
  }
  const out = new Set<string>();
  for (const [c, h] of held)
    if (h.n >= THREAD_POSTS && h.text * 2 >= total && !nameWords(c).some((w) => never.has(w))) out.add(c);
  return out;
}
/** A thread's posts: this many bodies of one class under sibling containers (findBody). */
const THREAD_POSTS = 3;
/** Class words of the element a chat's export sets a post's poster in (Slack export viewer's `username`, Telegram's
 * `from_name`, DiscordChatExporter's `chatlog__author`, `sender`, `nickname`). */
const POSTER_WORDS = /^(?:username|user name|from name|author|sender|nick|nickname|display name|displayname)$/;
function posterClass(el: Element): boolean {
  const words = nameWords(el.attribs.class ?? '');
  for (let i = 0; i < words.length; i++)
    if (POSTER_WORDS.test(words[i]) || (i + 1 < words.length && POSTER_WORDS.test(`${words[i]} ${words[i + 1]}`)))
      return true;
  return false;
}

/** The most words a poster's label is written with (a name and a title). */
const MAX_POSTER_WORDS = 8;
/**
 * A chat's export (a thread of posts, each set beside its poster's name: Slack export viewer's `div.message >
 * div.username + div.msg`): each post's poster, as the pieces of text to write as its label (the name, and what the
 * element adds to it without a digit: `오가람 해외영업팀장`, not the time). The name is looked for in the post's own
 * container (its element, or a parent up to KIND_LEVELS that holds no other post), before the post and outside it, in
 * an element its class names the poster's (POSTER_WORDS), and must be written as a person's. Only a conversation:
 * THREAD_POSTS posts or more and two posters or more (a channel's posts under its own name are no one's turns).
 */
function chatPosters(roots: Element[]): Map<Element, { file: number; text: string }[]> | undefined {
  if (roots.length < THREAD_POSTS) return undefined;
  const rootSet = new Set(roots);
  const holdsOther = (a: Element, r: Element) => {
    const stack: AnyNode[] = [...a.children];
    while (stack.length) {
      const n = stack.pop()!;
      if (!isTag(n)) continue;
      if (n !== r && rootSet.has(n)) return true;
      if (n !== r) stack.push(...n.children);
    }
    return false;
  };
  const out = new Map<Element, { file: number; text: string }[]>();
  const names = new Set<string>();
  for (const r of roots) {
    let box: Element = r;
    for (let d = 0; d < KIND_LEVELS; d++) {
      const p = box.parent;
      if (!p || !isTag(p) || p.name === 'body' || holdsOther(p, r)) break;
      box = p;
    }
    if (box === r) continue;
    // (the first element before the post, in its container, that the class names the poster's)
    let poster: Element | undefined;
    const stack: AnyNode[] = [...box.children].reverse();
    while (stack.length && !poster) {
      const n = stack.pop()!;
      if (!isTag(n) || n === r || (n.startIndex ?? 0) >= (r.startIndex ?? 0)) continue;
      if (posterClass(n)) poster = n;
      else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
    if (!poster) continue;
    // (the name: the element's first text; then what its other elements add without a digit, a title, not the time)
    const pieces: { file: number; text: string }[] = [];
    let name: string | undefined,
      ok = true;
    const walk = (n: AnyNode, top: boolean) => {
      if (isText(n)) {
        if (n.startIndex === null || !/\S/.test(n.data)) return;
        name ??= n.data.trim();
        for (const m of n.data.matchAll(/\S+/g)) {
          if (m[0].includes('&')) ok = false;
          pieces.push({ file: n.startIndex + m.index!, text: m[0] });
        }
        return;
      }
      if (!isTag(n) || SKIP_TAGS.has(n.name) || (!top && /\d/.test(plainText(n)))) return;
      for (const c of n.children) walk(c, false);
    };
    walk(poster, true);
    if (!ok || !name || !looksLikePersonName(name) || pieces.length > MAX_POSTER_WORDS) continue;
    names.add(name);
    out.set(r, pieces);
  }
  return names.size >= 2 ? out : undefined;
}

/** An element's first class name, lower case (undefined: none). */
function firstClass(e: Element): string | undefined {
  return e.attribs.class?.trim().split(/\s+/)[0]?.toLowerCase() || undefined;
}

/**
 * Whether an element opens with who answers, alone in its first block and closed by a colon, a bracket before it
 * ("Minister of State at the Department of … (Deputy Deirdre Fahy):", "The Minister for Energy (Ms Grace Teo):").
 */
function answerUnderLabel(el: Element): boolean {
  const first = el.children.find((c): c is Element => isTag(c) && BLOCK_TAGS.has(c.name));
  if (!first) return false;
  const t = plainText(first);
  return t.length <= 200 && /\([^()]{3,60}\)\s*[:：]$/.test(t);
}

/** Whether `child` is the one element under `el`, with no text of its own beside it (comments aside). */
function onlyChild(el: Element, child: Element): boolean {
  for (const c of el.children) {
    if (c === child) continue;
    if (isTag(c)) return false;
    if (isText(c) && /[^\s]/.test(c.data)) return false;
  }
  return true;
}

/**
 * What the lines under the headline say (`By Hector Salinas, Staff Writer · Sept. 25, 2025`, `김미정 기자 입력
 * :2025/09/24 10:15`, a blog's `2025. 9. 26. 21:14`): the elements after it, up to the body, read as a copied
 * page's byline and date lines are (parseMetaLine), each block whole or else each of its parts.
 */
function bylineUnder(
  headline: Element,
  roots: Element[],
  outlet?: string,
): { authors: string[]; date?: string; updated?: string; nick?: string } {
  const r: { authors: string[]; date?: string; updated?: string; nick?: string } = { authors: [] };
  const holdsRoot = holdsAnyOf(roots);
  const from = besideHeadline(headline);
  const read = (t: string) => {
    if (t.length > 160) return false;
    // (a writer's name and the page's outlet after a bar, `Sameer Nasser | The Doha Ledger`: the writer)
    const withOutlet = outlet ? /^(\S.{1,60}?)\s+[|·]\s+(\S.{1,80})$/.exec(oneSpaced(t)) : null;
    if (withOutlet && fold(withOutlet[2]) === fold(outlet!) && looksLikePersonName(withOutlet[1])) {
      if (!r.authors.includes(withOutlet[1])) r.authors.push(withOutlet[1]);
      return true;
    }
    const m = parseMetaLine(t);
    if (!m) return false;
    for (const a of m.authors) if (!r.authors.includes(a)) r.authors.push(a);
    if (m.date && m.dateLabel === 'published' && !r.date) r.date = m.date;
    if (m.updated && !r.updated) r.updated = m.updated;
    if (m.date && !r.date && !m.updated) r.date = m.date;
    return true;
  };
  let blocks = 0;
  for (const sib of nextTags(from)) {
    if (holdsRoot(sib) || ++blocks > 6) break;
    const stack: Element[] = [sib];
    for (let n = 0; stack.length && n < 40; n++) {
      const el = stack.pop()!;
      if (el.name === 'script' || el.name === 'style' || el.name === 'nav' || el.name === 'form') continue;
      const kids = el.children.filter(isTag);
      if (kids.some((k) => BLOCK_TAGS.has(k.name))) {
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
        continue;
      }
      const whole = read(plainText(el));
      // (a block whose lines a <br> parts, `<span>Sameer Nasser</span> | The Doha Ledger<br><span>Published: …`:
      // each line too, as the page shows it, a line's writer read whole with the next line's date lost)
      if (kids.some((k) => k.name === 'br')) for (const line of brLines(el)) read(line);
      if (!whole) for (const k of kids) read(plainText(k));
      // (a community's post names its writer by a nickname, in an element its board classes so: `<span
      // class="nickname"><em>해룡사람</em></span>`; a name masked, `s*******`, names nobody)
      for (const k of [el, ...kids]) {
        if (!NICKNAME_CLASS.test(k.attribs.class ?? '')) continue;
        const nick = oneSpaced(plainText(k));
        if (/^[^\s*()]{2,20}$/u.test(nick) && !findDate(nick)) r.nick ??= nick;
      }
    }
  }
  if (r.updated && !r.date) r.date = r.updated;
  return r;
}

/** An element's text as lines, its <br> children ending each (whitespace collapsed). */
function brLines(el: Element): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const t = decodeHTML(run.join(' ')).replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    run = [];
  };
  for (const c of el.children) {
    if (isTag(c) && c.name === 'br') flush();
    else if (isText(c)) run.push(c.data);
    else if (isTag(c)) run.push(plainText(c));
  }
  flush();
  return out;
}

/**
 * The standfirst under a headline that the body leaves out: a paragraph (<p>) among the elements after the headline,
 * before the body, that is a sentence of prose (isProseLine: a deck in headline style, `900MW campus to cool servers
 * …`, is not read) and no byline or date line; outside furniture. A page that sets its chapter's head apart (`<section
 * class="chapter-head"><h1>…</h1><p class="standfirst">Hamood Al Wahaibi, Chief Executive Officer of …, talks about
 * …</p>`) says there whom the page is about, or who answers its questions.
 */
function leadUnder(headline: Element, roots: Element[]): Element[] {
  const holdsRoot = holdsAnyOf(roots);
  const from = besideHeadline(headline);
  const found: Element[] = [];
  let blocks = 0;
  for (const sib of nextTags(from)) {
    if (holdsRoot(sib) || ++blocks > 6) break;
    const stack: Element[] = [sib];
    for (let n = 0; stack.length && n < 40; n++) {
      const el = stack.pop()!;
      if (hardFurniture(el) || furnitureWords(el)) continue;
      if (el.name !== 'p') {
        const kids = el.children.filter(isTag);
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
        continue;
      }
      const t = plainText(el);
      if (t.length <= 600 && isProseLine(t) && !parseMetaLine(t)) found.push(el);
    }
  }
  return found.slice(0, 2);
}

/** Whether an element holds one of `roots` (is it or an ancestor of it). */
const holdsAnyOf =
  (roots: readonly Element[]) =>
  (e: Element): boolean =>
    roots.some((x) => {
      for (let p: AnyNode | null = x; p; p = p.parent) if (p === e) return true;
      return false;
    });

/** The element whose next siblings follow a headline: a headline wrapped alone in its element (<div class="title"><h2>)
 *  is followed by the wrapper's siblings. */
function besideHeadline(headline: Element): Element {
  let from: Element = headline;
  for (let up = 0; up < 2 && !nextTags(from).length && from.parent && isTag(from.parent); up++) from = from.parent;
  return from;
}

const nextTags = (e: Element): Element[] => {
  const p = e.parent;
  if (!p || !isTag(p)) return [];
  const kids = p.children;
  return kids.slice(kids.indexOf(e) + 1).filter(isTag);
};

/** The element that shows the headline (its text is the page's title), when it is outside the body. */
function findHeadline(els: Element[], names: (string | undefined)[], roots: Element[]): Element | undefined {
  const titles = new Set(names.filter((t): t is string => !!t).map(fold));
  if (!titles.size) return undefined;
  const inRoots = (e: Element) => {
    for (let p: AnyNode | null = e; p; p = p.parent) if (isTag(p) && roots.includes(p)) return true;
    return false;
  };
  for (const e of els) {
    if (e.name === 'title' || e.name === 'head' || (SKIP_TAGS.has(e.name) && e.name !== 'header')) continue;
    if (
      !/^h[1-6]$/.test(e.name) &&
      !/title|headline|subject|heading/i.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`)
    )
      continue;
    if (!titles.has(fold(plainText(e)))) continue;
    return inRoots(e) ? undefined : e;
  }
  return undefined;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** An element's decoded text, whitespace collapsed (for comparing, not for the index). */
function plainText(el: Element): string {
  const out: string[] = [];
  const stack: AnyNode[] = [el];
  let n = 0;
  while (stack.length && n < 4000) {
    const x = stack.pop()!;
    if (isText(x)) {
      out.push(x.data);
      n += x.data.length;
      continue;
    }
    if (!isTag(x) || (x !== el && (x.name === 'script' || x.name === 'style'))) continue;
    for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]);
  }
  return decodeHTML(out.join(' ')).replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- metadata

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

// (a forum's post, `DiscussionForumPosting`, is its poster's: the handle it gives as the author's name is the writer)
// (…and a podcast's or a radio show's episode, `PodcastEpisode`: its show's, its host the author)
const ARTICLE_TYPE =
  /^(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|ReportageNews|PodcastEpisode|RadioEpisode)$/;

/** What the page's markup says about the article: JSON-LD first, then Open Graph and meta tags, <time>, <title>. */
function readMeta(els: Element[], page: string): ReaderMeta & { titles: string[]; blog?: boolean; utcDate?: boolean } {
  const metas = new Map<string, string>();
  let titleTag: string | undefined, time: string | undefined, scripted: string | undefined;
  /** A petition board's answer date, in the cell beside its header (`<th>답변일</th><td>2026-11-12</td>`). */
  let answered: string | undefined;
  let posted: string | undefined;
  /** A record's labelled fields (RECORD_LABEL), by label. */
  const record = new Map<string, string>();
  /** A Korean public record's fields (KO_RECORD_LABEL), by label. */
  const koRecord = new Map<string, string>();
  const ld: Json[] = [];
  for (const el of els) {
    // (a record's fields in a table, a label's cell then its value's: `<td>Title:</td><td>An ordinance …</td>`,
    // `<th>Date:</th><td>2026-06-23</td>`)
    if ((el.name === 'td' || el.name === 'th') && el.children.length <= 2) {
      const label = RECORD_LABEL.exec(plainText(el).trim());
      if (label) {
        let next = el.next;
        while (next && !(next.type === 'tag' && (next as Element).name === 'td')) next = next.next;
        const key = label[1].toLowerCase().replace(/\s+/g, ' ');
        const value = next ? oneSpaced(plainText(next as Element)) : '';
        if (value && value.length <= 400 && !record.has(key)) record.set(key, value);
      }
    }
    // (a Korean public record's fields, a header cell then its value's: `<th>사업명</th><td>…</td>`, `<th>자치단체</th>`)
    if (el.name === 'th' && el.children.length <= 2) {
      const label = KO_RECORD_LABEL.exec(plainText(el).replace(/\s+/g, ''));
      let next = label ? el.next : null;
      while (next && !(next.type === 'tag' && (next as Element).name === 'td')) next = next.next;
      const value = next ? oneSpaced(plainText(next as Element)) : '';
      if (label && value && value.length <= 200 && !koRecord.has(label[1])) koRecord.set(label[1], value);
    }
    if (el.name === 'th' && answered === undefined && /^답변\s?(?:일|일자|일시)$/.test(plainText(el).trim())) {
      let next = el.next;
      while (next && !(next.type === 'tag' && (next as Element).name === 'td')) next = next.next;
      if (next) answered = plainText(next as Element).trim() || undefined;
    }
    // (a board's post labels its posting day in the element before it, `<span>작성일</span><strong>26-10-14
    // 10:37</strong>`, a board's way with a year of two digits)
    if (
      posted === undefined &&
      el.children.length === 1 &&
      isText(el.children[0]) &&
      POSTED_LABEL.test(el.children[0].data.trim())
    ) {
      let next = el.next;
      while (next && !isTag(next)) next = next.next;
      if (next) posted = postedDay(plainText(next as Element).trim());
    }
    if (el.name === 'meta') {
      const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase().trim();
      const content = el.attribs.content;
      if (key && content !== undefined && !metas.has(key)) metas.set(key, clean(content));
    } else if (el.name === 'title' && titleTag === undefined) {
      titleTag = plainText(el);
    } else if (el.name === 'time' && time === undefined && el.attribs.datetime) {
      time = clean(el.attribs.datetime);
    } else if (el.name === 'script' && /ld\+json/i.test(el.attribs.type ?? '')) {
      const src = el.children
        .map((c) => (isText(c) ? c.data : ''))
        .join('')
        .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
        .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '');
      try {
        ld.push(JSON.parse(src) as Json);
      } catch {
        /* a broken block says nothing */
      }
    } else if (el.name === 'script' && scripted === undefined) scripted = scriptDate(el);
  }
  const found = findArticleNode(ld);
  const byId = found.byId;
  // No JSON-LD article: schema.org microdata (itemprop="headline", "datePublished", "author", …) says the same.
  const article = found.article ?? microdataArticle(els);
  const str = (v: Json | undefined): string | undefined => (typeof v === 'string' && v.trim() ? clean(v) : undefined);
  const nameOf = (v: Json | undefined): string | undefined => {
    if (typeof v === 'string') return str(v);
    if (Array.isArray(v)) return nameOf(v[0]);
    if (v && typeof v === 'object')
      return str(v.name) ?? (typeof v['@id'] === 'string' ? str(byId.get(v['@id'])?.name) : undefined);
    return undefined;
  };

  const out: ReaderMeta & { titles: string[]; blog?: boolean; utcDate?: boolean } = { titles: [] };
  // A blog's host platform is no outlet ("네이버 블로그 | 데이터센터 인사이트" names the blog after its platform).
  const named = metas.get('og:site_name') ?? metas.get('application-name');
  const siteName = named !== undefined ? withoutFormerName(named) : undefined;
  const site = siteName ? siteWithoutPlatform(siteName) : undefined;
  // A blog's publisher is often the platform that hosts it (TISTORY, Medium); the blog's own name is its site name.
  const isBlog = !!article && types(article).some((t) => /BlogPosting/.test(t));
  // (a blog, by its markup or as a platform hosts it, `네이버 블로그 | 데이터센터 인사이트`: its writer's nickname names the
  // blog, no person)
  out.blog = isBlog || (!!siteName && site !== siteName.trim());
  const pub = article ? nameOf(article.publisher) : undefined;
  // (…and a company's team that makes a publication with a name of its own, `영일전선 커뮤니케이션팀` publishing `영일人 웹진`,
  // is not it: the publication's name is)
  // (…and the body that owns the site, named as the site is with its legal form after, `Te Rūnaka o Kaiwhero Trust` of
  // `Te Rūnaka o Kaiwhero`, `Harbor Times Media LLC` of `Harbor Times`: the site's own name)
  const owner = pub && site && pub.trim().startsWith(site.trim() + ' ') ? pub.trim().slice(site.trim().length) : '';
  const publisher =
    pub && !isPlatform(pub) && !(site && COMPANY_UNIT.test(pub.trim())) && !OWNER_FORM.test(owner) ? pub : undefined;
  // <title> is the headline and the site's name ("Headline | Site", "Headline < Section < 기사본문 - Site"): the
  // headline is what the page shows as one (og:title, an <h1>), the site what is left at the far end.
  const shown = [str(article?.headline), metas.get('og:title'), metas.get('twitter:title'), ...headingTexts(els)];
  const split = titleTag ? splitTitle(titleTag, shown) : undefined;
  // A post on a social network (schema.org's SocialMediaPosting) is the network's: it has no publication of its own.
  const isSocialPost = !!article && types(article).some((t) => /SocialMediaPosting/.test(t));
  // A site's name given with the publication it holds (`Oman Horizon Investment Authority - Annual Review 2025`), the
  // <title> ending in the name alone (`… | Annual Review 2025 | Oman Horizon Investment Authority`): the name.
  const siteParts = site?.split(/\s[|–—-]\s/) ?? [];
  const siteAlone =
    siteParts.length > 1 && split?.site && siteParts.some((p) => sameName(p.trim(), split.site!)) ? split.site : site;
  out.outlet =
    (isSocialPost && siteName?.trim()) ||
    (isBlog && site) ||
    publisher ||
    siteAlone ||
    addressOutlet(page, metas, els) ||
    split?.site ||
    // (a record's page titled by the site and the record's number, `Kenai Peninsula Borough - File #: 2026-31`)
    (record.has('title') && titleTag ? RECORD_NUMBER_TITLE.exec(oneSpaced(titleTag))?.[1] : undefined);
  // A company's investor-relations or press site (`Grupo Tolimán Investor Relations`, `Kestrel Newsroom`) is the
  // company's: as its markup names the publisher (any node's, a FAQ page's too) when that name begins as the site's does,
  // its legal form left off (`Grupo Tolimán Infraestructura, S.A.B. de C.V.`), else the name before the unit.
  // A Korean local government's site named as its hall (`동해시청`, `울주군청`, `경상북도청`) is the government's (`동해시`).
  const hall = out.outlet && !publisher ? governmentOfHall(out.outlet.trim()) : undefined;
  if (hall) out.outlet = hall;
  // An episode of a show (`PodcastEpisode`) is the show's, its `partOfSeries`, not the platform that hosts it.
  const series = article && types(article).some((t) => /Episode$/.test(t)) ? nameOf(article.partOfSeries) : undefined;
  if (series && !publisher && !isPlatform(series)) out.outlet = series;
  // The name the site's logo shows, its header's <h1> linking home (`<h1 class="logo"><a href="…/">블라인드</a></h1>`):
  // the site's, over the name of a board its <title> ends in (`… - 코스닥 마이너 갤러리`, a link on the page to the
  // board's list: a part of the site) and over a markup's name in Latin letters for a Korean page whose <title> ends in
  // the logo's name (og:site_name `Blind`, `… | 블라인드`).
  const logo = out.outlet && split?.site && !publisher ? logoName(els) : undefined;
  if (logo && out.outlet && !sameName(logo, out.outlet)) {
    const board =
      out.outlet === split!.site &&
      els.some(
        (e) =>
          e.name === 'a' &&
          oneSpaced(plainText(e)) === oneSpaced(split!.site!) &&
          /^https?:\/\/[^/]+\/\S*[/?]\S/.test(e.attribs.href ?? ''),
      );
    const hangulShown =
      sameName(logo, split!.site!) &&
      /[가-힣]/.test(logo) &&
      !/[가-힣]/.test(out.outlet) &&
      /^ko\b/i.test(pageLang(els));
    if (board || hangulShown) out.outlet = logo;
  }
  const unitSite = out.outlet && !publisher ? SITE_UNIT.exec(out.outlet) : null;
  if (unitSite) {
    const stem = fold(unitSite[1]);
    const named = found.nodes.map((n) => nameOf(n.publisher)).find((n) => n && fold(n).startsWith(stem));
    out.outlet = named ? named.replace(LEGAL_FORM_AFTER, '').trim() : unitSite[1].trim();
    // (…its initials, `APIF Disclosures`: the body its copyright line names in full, whose initials they are, `© 2026 Asia
    // Pacific Infrastructure Finance Corporation`)
    const initials = !named && /^[A-Z]{2,6}$/.test(unitSite[1].trim()) ? unitSite[1].trim() : undefined;
    if (initials) {
      // (the name as the line writes it, its form's word too: `… Corporation`, which the copyright's reading leaves off)
      const spell = (n: string) =>
        n
          .split(/\s+/)
          .filter((w) => /^\p{Lu}/u.test(w))
          .map((w) => w[0])
          .join('');
      for (const e of els) {
        if (e.name !== 'p' && e.name !== 'small' && e.name !== 'footer') continue;
        const t = oneSpaced(plainText(e));
        const m = t.length <= 400 ? COPYRIGHT_HOLDER.exec(t) : null;
        const n = m?.[1].replace(/[.,]$/, '');
        // (its initials all the name's capitalized words', or all but a last word of its form: `… Corporation`)
        if (n && (spell(n) === initials || spell(n.replace(/\s\S+$/, '')) === initials)) {
          out.outlet = n;
          break;
        }
      }
    }
  }
  // A trade show's site is the show's: the company its markup names as publisher organises the show (the Event node's
  // organizer) the site is named for (`PowerDigi Southern Africa 2026`); the show is named as the site names itself in
  // its <title>, else without its edition's year.
  if (publisher && out.outlet === publisher && site) {
    const bare = (n: string) => fold(n.replace(/\s+(?:19|20)\d\d$/, '').trim());
    const show = found.nodes.find(
      (n) =>
        types(n).some((t) => /Event$/.test(t)) &&
        nameOf(n.organizer) !== undefined &&
        fold(nameOf(n.organizer)!) === fold(publisher) &&
        nameOf(n) !== undefined &&
        bare(nameOf(n)!) === bare(site),
    );
    if (show) {
      const unyeared = site.replace(/\s+(?:19|20)\d\d$/, '').trim();
      out.outlet = split?.site && bare(split.site) === bare(site) ? split.site : unyeared;
    }
  }
  // …but a post by a body's own account (its SocialMediaPosting's author an Organization: a city hall's, a company's) is
  // the body's, named as its account names it; a person's post stays the network's, the person its author.
  const accountOf = isSocialPost && article ? article.author : undefined;
  const account = Array.isArray(accountOf) ? accountOf[0] : accountOf;
  const bodyAccount =
    account && typeof account === 'object' && !Array.isArray(account) && types(account).includes('Organization')
      ? nameOf(account)
      : undefined;
  if (bodyAccount && !SOCIAL_NETWORK.test(bodyAccount.trim()) && !isPlatform(bodyAccount)) out.outlet = bodyAccount;
  // A video's page on a video site (og:site_name `YouTube`) is its channel's: the channel its VideoObject names as
  // author or creator, else the channel's link beside the player (`<a class="channel-name">`); never the site.
  if (siteName && isVideoPlatform(siteName) && out.outlet && isVideoPlatform(out.outlet)) {
    const video = found.nodes.find((n) => types(n).some((t) => /^VideoObject$/.test(t)));
    const channel = (video ? (nameOf(video.author) ?? nameOf(video.creator)) : undefined) ?? channelLink(els);
    if (channel && !isVideoPlatform(channel)) out.outlet = channel;
  }
  // A portal's copy (`… : 네이버 뉴스`) is the press's article: the press its tags name (`og:article:author` as
  // `남도해오름신문 | 네이버`), or none from the markup (the text's copyright line names it).
  // (…but a portal's own page that carries no one piece, a story's coverage listing many outlets' items, its markup
  // calling it a website and no article: the portal's)
  const listing = !article && /^website$/i.test(metas.get('og:type') ?? '') && listedItems(els) >= 2;
  const portalOwn = listing && !!siteName && isPortal(siteName);
  if (out.outlet && isPortal(out.outlet) && !portalOwn) {
    const tag = metas.get('og:article:author') ?? metas.get('article:author');
    // …or the press's name alone (Daum's `og:article:author`), no person's.
    out.outlet = tag ? (pressBeforePortal(tag) ?? (looksLikePersonName(tag) ? undefined : tag)) : undefined;
    // (…or the provider a syndicating portal names in its markup, MSN's: its article's `sourceOrganization`, else its
    // `<meta name="provider">`: an organisation's name, however it reads)
    const provider = (article ? nameOf(article.sourceOrganization) : undefined) ?? metas.get('provider');
    if (!out.outlet && provider && !isPortal(provider)) out.outlet = provider;
    // (…or the press a portal's page names as its medium, Daum's `<meta name="article:media_name">`)
    const medium = metas.get('article:media_name');
    if (!out.outlet && medium && !isPortal(medium)) out.outlet = medium;
  }
  // A host that only carries another's piece (a finance site's syndicated story: its markup names the host as the
  // article's `publisher` and the wire or paper that supplies it as its `provider` or `sourceOrganization`): the
  // supplier's, not the host's.
  const supplier = article ? (nameOf(article.provider) ?? nameOf(article.sourceOrganization)) : undefined;
  if (
    supplier &&
    publisher &&
    out.outlet === publisher &&
    !sameName(supplier, publisher) &&
    !isPortal(supplier) &&
    !isPlatform(supplier)
  )
    out.outlet = supplier;
  // A site its markup calls a service an organisation provides (a consultation portal: `"@type":"GovernmentService",
  // "name":"Greenland Public Consultations","provider":{…"Government of Greenland"}`), named as the site names itself:
  // the provider's, the body whose service the site is.
  const serviceNode =
    !publisher && out.outlet
      ? found.nodes.find(
          (n) =>
            types(n).some((t) => /Service$/.test(t)) &&
            nameOf(n) !== undefined &&
            sameName(nameOf(n)!, out.outlet!) &&
            nameOf(n.provider) !== undefined,
        )
      : undefined;
  if (serviceNode) out.outlet = nameOf(serviceNode.provider);
  // A job board's posting (`"@type":"JobPosting"`, on a board that hosts many employers' jobs): the employer's, its
  // `hiringOrganization`, not the board's.
  const job = found.nodes.find((n) => types(n).includes('JobPosting'));
  const employer = job ? nameOf(job.hiringOrganization) : undefined;
  if (employer && !publisher && !isPlatform(employer)) out.outlet = employer;

  const stripped = titleTag
    ? (split?.headline ?? stripNamed(titleTag, [out.outlet, site, publisher]) ?? stripBar(titleTag))
    : undefined;
  // (a site sets its name after the headline in og:title as in <title>: `… - 모두위키`, `… | Site`)
  const ogTitle = metas.get('og:title') ?? metas.get('twitter:title');
  out.title =
    str(article?.headline) ??
    (ogTitle && siteName ? (stripNamed(ogTitle, [siteName]) ?? ogTitle) : ogTitle) ??
    stripped;
  // (og:title the same as <title>, the site's pieces after the headline in it: the headline the page shows, as
  // <title>'s is; a newsletter's name before an issue's story stays, `Chamber Connection | October 2026: …`)
  if (
    split &&
    ogTitle &&
    titleTag &&
    !article?.headline &&
    out.title === ogTitle &&
    oneSpaced(ogTitle) === oneSpaced(titleTag) &&
    (oneSpaced(ogTitle).startsWith(split.headline) ||
      oneSpaced(ogTitle).replace(RUBRIC_TAG, '').startsWith(split.headline))
  )
    out.title = split.headline;
  // A board's tag before a post's headline that its <title> names again as the board the post is on (`[인턴 후기] X - 인턴
  // 후기 | 링커리어 커뮤니티`): the board's, no part of the headline.
  const boardTag = out.title && titleTag && !article?.headline ? /^\[([^[\]]{1,12})\]\s*(\S.*)$/.exec(out.title) : null;
  if (
    boardTag &&
    oneSpaced(titleTag!)
      .split(/\s[|–—-]\s/)
      .slice(1)
      .some((p) => p.trim() === boardTag[1].trim())
  )
    out.title = boardTag[2];
  // …or its board's name after the headline (`X - 주식 채널`), the page linking that name to the board its address is
  // under (`<a href="/b/stock">주식 채널</a>` on `/b/stock/118402937`).
  const boardAt = out.title ? /^(\S.*?)\s[–—-]\s([^–—-]{2,30})$/.exec(out.title) : null;
  const pageAddress = metas.get('og:url') ?? savedFromUrl(page);
  if (boardAt && pageAddress && boardLink(els, boardAt[2].trim(), pageAddress)) out.title = boardAt[1];
  // A record's page with no headline of its own (no og:title, no <h1>; its <title> the site and the record's number):
  // its Title field.
  const recordTitle = record.get('title');
  if (
    recordTitle &&
    !ogTitle &&
    !article?.headline &&
    !els.some((e) => e.name === 'h1') &&
    titleTag &&
    RECORD_NUMBER_TITLE.test(oneSpaced(titleTag))
  )
    out.title = recordTitle;
  // A heading that is the markup's title's pieces the other way round (og:title `2026 NSEUB 57 (CanLII) | Maritime
  // Shore Power Incorporated (Re)`, the <h1> `Maritime Shore Power Incorporated (Re), 2026 NSEUB 57 (CanLII)`): the
  // piece the heading leads with, a case's name before its citation.
  const firstH1 = els.find((e) => e.name === 'h1');
  const headingText = firstH1 ? oneSpaced(plainText(firstH1)) : '';
  if (out.title && headingText) {
    const pieces = oneSpaced(out.title).split(' | ');
    if (pieces.length === 2 && headingText === `${pieces[1]}, ${pieces[0]}`) out.title = pieces[1];
    // (…or the heading the <title>'s first pieces the other way round, the site's name after them: <title>
    // `DA/04417/26 - Case Details - ePlanning Public Access`, <h1> `Case Details: DA/04417/26`: the heading)
    const parts = oneSpaced(out.title).split(/\s[|–—-]\s/);
    const said = headingText.split(/:\s|,\s|\s[|–—-]\s/).map((x) => x.trim());
    if (
      parts.length >= 3 &&
      said.length === 2 &&
      said[0] !== parts[0] &&
      said.every((x) => parts.slice(0, -1).includes(x)) &&
      parts.length - 1 === said.length
    )
      out.title = headingText;
  }
  // A page saved in translation (a browser's translator rewrote its text, its <title> and <h1> now in English) keeps
  // the original's headline in its markup (og:title `泥炭上打桩：…`): the headline is the one its saved text shows.
  if (
    out.title &&
    !article?.headline &&
    titleTag &&
    CJK_LETTER.test(out.title) &&
    !CJK_LETTER.test(titleTag) &&
    /\p{L}{3}/u.test(titleTag) &&
    headingText === oneSpaced(titleTag)
  )
    out.title = headingText;
  // The headline the page shows, when it is the markup's and more (a deck after a ';' or ':', cut from the
  // JSON-LD or og:title that search engines keep short): the page's own.
  const h1 = els.find((e) => e.name === 'h1');
  const shownH1 = h1 ? plainText(h1).replace(/\s+/g, ' ').trim() : undefined;
  if (out.title && shownH1 && shownH1.length <= 250) {
    const t = out.title.replace(/\s+/g, ' ').trim();
    // …or an episode's guests after its title (`Ep. 141: …, with Dana Whitford and Carla Jimenez-Holt`, `(ft. …)`).
    const more = shownH1.slice(t.length);
    if (
      shownH1.length > t.length &&
      shownH1.startsWith(t) &&
      (/^\s?[;:—–]\s*\S/.test(more) ||
        /^(?:,?\s+(?:with|featuring|feat\.|ft\.)\s+\p{Lu}|\s?\((?:ft|feat)\.\s)/u.test(more))
    )
      out.title = shownH1;
  }
  // …and the page's heading, when the markup's is it under a rubric's or a series' label (`Community Update No. 4: a
  // bigger campus, …` over the <h1> `A bigger campus, …`): the label is the kicker's, no part of the headline.
  if (out.title && shownH1 && shownH1.length >= 20) {
    const t = out.title.replace(/\s+/g, ' ').trim();
    const cut = t.length - shownH1.length;
    if (
      cut > 0 &&
      t.slice(cut).toLowerCase() === shownH1.toLowerCase() &&
      /^[^:|—–]{2,40}?\s?[:|—–]\s?$/.test(t.slice(0, cut)) &&
      t.slice(0, cut).trim().split(/\s+/).length <= 6 &&
      // (a label numbers its series, or the heading starts as a headline where the markup's goes on a sentence)
      (/\d/.test(t.slice(0, cut)) || (/^\p{Lu}/u.test(shownH1) && /^\p{Ll}/u.test(t.slice(cut))))
    )
      out.title = shownH1;
  }
  // A page titled by its site alone (a community's post, og:title and <title> `에브리타임` as its og:site_name): the
  // headline is the post's own heading, the highest in its <article> that is no link (the board's name is one).
  if (out.title && siteName && fold(out.title) === fold(siteName)) {
    const post = els.find((e) => e.name === 'article');
    let best: Element | undefined;
    for (const e of post ? els.slice(els.indexOf(post), els.indexOf(post) + 400) : []) {
      if (!/^h[1-3]$/.test(e.name) || !isInside(e, post!)) continue;
      const t = plainText(e);
      if (t.length < 4 || t.length > 250 || e.children.some((c) => isTag(c) && c.name === 'a')) continue;
      if (!best || e.name < best.name) best = e;
    }
    out.title = best ? plainText(best) : undefined;
  }
  // A posting's page whose markup titles it by the site alone (og:title `함양군청`, the name its <title> ends in, `고시공고 |
  // 군정소식 | 함양군청`): the title names no posting; its record's `제목` field does.
  const subjectField = koRecord.get('제목');
  const titlePieces = titleTag ? oneSpaced(titleTag).split(/\s[|–—-]\s/) : [];
  if (
    out.title &&
    subjectField &&
    titlePieces.length >= 2 &&
    fold(out.title) === fold(titlePieces[titlePieces.length - 1])
  )
    out.title = subjectField;
  // A post's page titled by the board it is on (og:title `득량에너텍 주주 커뮤니티`, a stock's community; `… Forum`): the
  // title names no post; the headline is the post's own heading in its <article>, as above.
  // (a page with an <h1> of its own is headed by it: a story may end its headline on `community`)
  if (out.title && !h1 && !article?.headline && BOARD_KIND_TITLE.test(oneSpaced(out.title))) {
    const post = els.find((e) => e.name === 'article');
    const heading = post
      ? els
          .slice(els.indexOf(post) + 1, els.indexOf(post) + 400)
          .find(
            (e) =>
              /^h[1-3]$/.test(e.name) &&
              isInside(e, post) &&
              !e.children.some((c) => isTag(c) && c.name === 'a') &&
              plainText(e).trim().length >= 4 &&
              plainText(e).length <= 250,
          )
      : undefined;
    if (heading) out.title = oneSpaced(plainText(heading));
  }
  // The headline the page shows, when its markup's is it with the page's other pieces after a separator (a rubric's
  // tag in brackets before it, `[증권형] … - 탐라클리어`; a date and a section after it, `Data Centres – Thursday, 15 Oct
  // 2026 – Parliamentary Questions (34th Dáil)`): the heading, the pieces the page's.
  if (out.title && shownH1 && shownH1.length >= 4) {
    const t = out.title.replace(/\s+/g, ' ').trim();
    const body = t.replace(/^\[[^\[\]]{1,12}\]\s*/, '');
    const rest = body.startsWith(shownH1) ? body.slice(shownH1.length) : '';
    const pieces = /^\s[|–—-]\s/.test(rest)
      ? rest
          .split(/\s[|–—-]\s/)
          .map((p) => p.trim())
          .filter(Boolean)
      : [];
    if (
      pieces.length &&
      rest.length <= 90 &&
      pieces.every((p) => p.length <= 60 && !/[.!?。]$/.test(p)) &&
      // (a piece is a date, or the heading came with a rubric's tag: what follows is the page's, not the headline's)
      // (…or a label the page shows as a heading of its own over the headline, `Stargate Skopje - Full coverage`
      // under `<h2>Full coverage</h2><h1>Stargate Skopje</h1>`: the page's kind, no part of the headline)
      (pieces.some((p) => findDate(p)) ||
        body !== t ||
        pieces.every((p) => els.some((e) => /^h[1-6]$/.test(e.name) && e !== h1 && oneSpaced(plainText(e)) === p)))
    )
      out.title = shownH1;
  }
  // A page saved while the browser showed it translated (Chrome's `<html class="translated-ltr">`, every text node
  // wrapped in `<font>`): its text is the translation, its markup the original's. The headline is the one it shows, its
  // first <h1> as translated, not its markup's in the original language.
  const root = els.find((e) => e.name === 'html');
  const translated = !!root && /(?:^|\s)translated-(?:ltr|rtl)(?:\s|$)/.test(root.attribs.class ?? '');
  if (translated && shownH1 && shownH1.length <= 250) out.title = shownH1;
  // (a social post's headline ends on its emoji as the post's first line does, `… 뼈대가 되다 🏗️`: decoration, no word)
  if (out.title && article && types(article).some((t) => /SocialMediaPosting/.test(t)))
    out.title = out.title.replace(/(?:\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}])+\s*$/u, '').trim() || out.title;
  // A document viewer's page titled by the file it shows (`(7.21.)보도자료_충북도·충주시, ….hwpx`, `Annual_Report_2026.pdf`):
  // a file's name, no headline; the document's own text gives one.
  if (out.title && FILE_NAME.test(out.title.trim())) out.title = undefined;
  // …and a document an office program saved as a web page (its generator tag `Microsoft Word 15 (filtered)`, `Hancom
  // HWP …`), its <title> the file's name as the program set it (`Nota informativa_HG Giurgiulesti_EN_final`, `0811
  // 보도자료(경제투자과) 득량에너텍 투자협약`): no headline; the document's own text gives one.
  const office =
    OFFICE_GENERATOR.test(metas.get('generator') ?? '') || OFFICE_GENERATOR.test(metas.get('progid') ?? '');
  if (office && out.title && !ogTitle && !article?.headline && FILE_LIKE_TITLE.test(oneSpaced(out.title))) {
    out.title = undefined;
  }
  out.titles = [metas.get('og:title'), metas.get('twitter:title'), stripped].filter(
    (t): t is string => !!t && !FILE_NAME.test(t.trim()) && !(office && FILE_LIKE_TITLE.test(oneSpaced(t))),
  );

  const webPage = article ? undefined : found.nodes.find((n) => types(n).includes('WebPage'));
  let utcDate = false,
    utcModified = false;
  const published = [
    article && str(article.datePublished),
    // (a job posting's day it was posted, not the day applications close, `validThrough`)
    job && str(job.datePosted),
    metas.get('article:published_time'),
    metas.get('og:article:published_time'),
    metas.get('datepublished'),
    metas.get('pubdate'),
    metas.get('publishdate'),
    metas.get('date'),
    metas.get('dc.date'),
    metas.get('dcterms.date'),
    metas.get('dcterms.issued'),
    metas.get('dcterms.created'),
    metas.get('parsely-pub-date'),
    // (a resident's petition answered on the city's board is the answer's page: its date)
    answered,
    posted,
    // (a web page's node saying when the page was made, a petition's start: not its updates' <time>s)
    webPage && str(webPage.dateCreated),
    // (a record's date field: the day a decision was given, an ordinance enacted)
    recordDay(
      record.get('date') ??
        record.get('decision date') ??
        record.get('date of decision') ??
        record.get('enactment date') ??
        record.get('final action'),
      els,
    ),
    // (…but not a listing's, its first item's time: a coverage page of many outlets' items, its markup calling it a
    // website and no article, states its items' times, none of its own)
    listing ? undefined : time,
    // (a page that states its date only in a script's variable: a mail archive's `var campaignSentDate = "…"`)
    scripted,
    article && str(article.dateCreated),
    // (a page its markup calls a web page, no article, and dates: a campaign's page, `"@type":"WebPage"`)
    webPage && str(webPage.datePublished),
  ];
  let caseUpdated: string | undefined;
  // (a case's page whose status line labels the decision's day, `Status: Decided – Granted | Decision date: 16/07/2026
  // | Appeal period ends: …`: the day the case was decided, before its consultation's days in the record)
  if (published.every((d) => !d || !isoDate(d))) {
    for (const e of els) {
      if (e.name !== 'div' && e.name !== 'p' && e.name !== 'span' && e.name !== 'li') continue;
      const t = e.children.length <= 12 ? oneSpaced(plainText(e)) : '';
      const m = t.length <= 300 ? DECISION_DATE_LINE.exec(t) : null;
      const iso = m ? recordDay(m[1], els) : undefined;
      if (iso) {
        published.push(iso);
        // (…and its note of when the page was last updated, `Last updated: 21/07/2026 14:02`: its update)
        for (const n of els) {
          const u =
            n.children.length <= 12
              ? /\blast\s+updated\s*:\s*(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)\b/i.exec(oneSpaced(plainText(n)))
              : null;
          caseUpdated = u ? recordDay(u[1], els) : undefined;
          if (caseUpdated) break;
        }
        break;
      }
    }
  }
  for (const d of published) {
    const iso = d ? isoDate(d) : undefined;
    if (iso) {
      out.date = iso;
      utcDate = UTC_INSTANT.test(d!);
      break;
    }
  }
  for (const d of [
    article && str(article.dateModified),
    metas.get('article:modified_time'),
    metas.get('og:updated_time'),
  ]) {
    const iso = d ? isoDate(d) : undefined;
    if (iso) {
      out.modified = iso;
      utcModified = UTC_INSTANT.test(d!);
      break;
    }
  }
  if (!out.modified && caseUpdated && caseUpdated !== out.date) out.modified = caseUpdated;
  // (a listing whose markup dates nothing of its own: undated, whatever day its text gives an item)
  if (listing && !out.date) out.undated = true;
  // A community's post whose poster's element gives the board's label for an anonymous user (`<span class="name">무명의
  // 더쿠</span>`, `익명`, `ㅇㅇ`, `Anonymous`): unsigned, whatever byline the post pastes from an article.
  const posterEl = els.find(
    (e) =>
      classWords(e).some((w) => /^(?:name|nick(?:name)?|author|writer|user(?:name)?|member)$/i.test(w)) &&
      !e.children.some(isTag),
  );
  if (posterEl && ANONYMOUS_POSTER.test(oneSpaced(plainText(posterEl)))) out.unsigned = true;
  // A page dated in its markup by an instant in UTC (`2026-10-21T19:08:22Z`) that shows its readers another day, the
  // next or the one before (`Published: October 22, 2026 6.08am AEDT`): the page's own day, not Greenwich's.
  const shownDay = utcDate && out.date ? shownDate(els) : undefined;
  if (shownDay && out.date && Math.abs(Date.parse(shownDay) - Date.parse(out.date)) === 86_400_000) {
    if (utcModified && out.modified === out.date) out.modified = shownDay;
    out.date = shownDay;
  }

  // A wiki's page made by MediaWiki (its generator tag `MediaWiki 1.46.0-wmf.3`): the wiki's, named as its <title> ends
  // (`Stargate Hellas - Wikipedia`), not the foundation that hosts it (its markup's publisher); the page's title its
  // heading (`<h1 id="firstHeading">`), not the short description Wikipedia's markup gives as `headline`; dated by its
  // last edit, the revision shown (a page edited since it was made says what it says now).
  const wiki = /^MediaWiki\b/.test(metas.get('generator') ?? '');
  if (wiki) {
    const heading = els.find((e) => e.attribs.id === 'firstHeading') ?? h1;
    const name = heading ? plainText(heading).replace(/\s+/g, ' ').trim() : undefined;
    if (name && name.length <= 250) out.title = name;
    if (split?.site) out.outlet = split.site;
    if (out.modified) {
      out.date = out.modified;
      out.modified = undefined;
    }
  }

  // A post in a group on a platform of groups (BAND: og:site_name `BAND`, the page's title the group's name and the
  // platform's, `세종 산단 기업인 모임 | 밴드`): the group's, named as the title names it, not the platform's. The title
  // names no post: the post's headline is its markup's, else its opening its description gives (`[회원사 소식] …
  // 공유드립니다.`, its stop aside; none when the description is cut short); its writer the name the post's writer box
  // gives (`<div class="postWriterInfo">` … `<strong class="name">김수아 (한결써모 경영지원팀)</strong>`), the
  // affiliation in brackets aside.
  // A company's channel on KakaoTalk (og:site_name `카카오톡 채널`, its <title> `동남플랜트모듈 | 카카오톡 채널`, og:title the
  // post's) is the channel's the same way, not the platform's nor its maker's (the markup's publisher `Kakao Corp.`).
  const groupTitled = siteName && GROUP_PLATFORM.test(siteName.trim()) ? groupName(ogTitle) : undefined;
  const group = groupTitled ?? (siteName && GROUP_PLATFORM.test(siteName.trim()) ? groupName(titleTag) : undefined);
  let groupWriter: string | undefined;
  if (group) {
    out.outlet = group;
    if (groupTitled && !str(article?.headline)) {
      const desc = metas.get('og:description') ?? metas.get('description');
      out.title =
        desc && desc.length <= 200 && !/(?:…|\.\.\.)$/.test(desc.trim())
          ? desc.trim().replace(/(?<!\.)\.$/, '')
          : undefined;
    }
    groupWriter = writerBoxName(els);
  }

  // A page published from Notion (og:site_name `Notion`, an address at `….notion.site`) is its workspace's, not the
  // platform's: the platform names no outlet. Its properties date it, its last edit (`최종 편집 일시`, `Last edited
  // time`) as a wiki's does, where the markup gives no date.
  if (siteName && /^notion$/i.test(siteName.trim())) {
    if (out.outlet && /^notion$/i.test(out.outlet.trim())) out.outlet = undefined;
    const edited = out.date ? undefined : notionProperty(els, /^(?:최종\s?편집\s?일시|last\s+edited(?:\s+time)?)$/i);
    const iso = edited ? findDate(edited)?.iso : undefined;
    if (iso) out.date = iso;
  }

  let authors: string[] = [];
  const authorOrgs: string[] = [];
  // (no article node: a web page's node naming a person as its author, a petition's starter)
  const written = article ?? webPage;
  if (written && written.author !== undefined) {
    for (const a of Array.isArray(written.author) ? written.author : [written.author]) {
      if (!article && !(a && typeof a === 'object' && !Array.isArray(a) && types(a).includes('Person'))) continue;
      if (typeof a === 'string') {
        authors.push(...personNames(a));
        continue;
      }
      if (!a || typeof a !== 'object' || Array.isArray(a)) continue;
      const node = typeof a['@id'] === 'string' ? { ...(byId.get(a['@id']) ?? {}), ...a } : a;
      const ts = types(node);
      if (ts.length && !ts.includes('Person')) {
        // an organization, a newsroom: no author (but the issuer, where the page carries its release)
        const org = str(node.name);
        if (org) authorOrgs.push(org);
        continue;
      }
      const n = str(node.name);
      if (n) authors.push(...personNames(n));
    }
  }
  if (!authors.length && groupWriter) authors = [groupWriter];
  // An episode of a show whose description opens on its host talking to the guests (`Rohan Persaud talks to Natasha
  // Ramkissoon of …`, `… is joined by …`): the host is its author, the guests speakers.
  if (!authors.length && article && types(article).some((t) => /Episode$/.test(t))) {
    const about = str(article.description) ?? metas.get('og:description') ?? '';
    const host =
      /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})\s(?:talks\s+(?:to|with)|speaks\s+(?:to|with)|interviews|sits\s+down\s+with|is\s+joined\s+by|chats\s+with)\s/u.exec(
        about,
      )?.[1];
    if (host && looksLikePersonName(host)) authors = [host];
  }
  // A page saved while the browser showed it translated: the names its markup gives (JSON-LD's author and publisher) are
  // in the original's script (`منى الشاذلي`), the page shows them translated. Those it shows: the byline in the author's
  // element (`Written by: Mona El-Shazly`), the paper's name in its copyright footer (`All rights reserved © 2026
  // Al-Sahel Al-Iqtisadi newspaper`).
  if (translated && shownH1 && /\p{Script=Latin}/u.test(shownH1)) {
    const foreign = (n: string) => /\p{L}/u.test(n) && !/\p{Script=Latin}/u.test(n);
    // (…its markup's names in the original's script, or none there but in its <meta> tags)
    const tagged = metas.get('author') ?? metas.get('article:author');
    if (authors.length ? authors.every(foreign) : !!tagged && foreign(tagged)) {
      // (the first such element that reads as a byline, or holds a name alone: `<div class="byline"><span
      // class="author">Rafiqul Islam Shuvo</span>, <span class="place">Bagerhat</span></div>`)
      let shown: string[] | undefined;
      for (const e of els) {
        if (!/(?:^|[\s_-])(?:author|byline|writer)(?:[\s_-]|$)/i.test(e.attribs.class ?? '')) continue;
        const byline = plainText(e);
        shown = parseMetaLine(byline)?.authors ?? (looksLikePersonName(byline) ? [byline] : undefined);
        if (shown) break;
      }
      authors = shown?.length && !shown.some(foreign) ? shown : [];
    }
    if (out.outlet && foreign(out.outlet)) {
      const footer = els.find((e) => e.name === 'footer');
      const lines = footer ? els.filter((e) => e.name === 'p' && isInside(e, footer)).map(plainText) : [];
      const named = lines.map((t) => copyrightName(t)).find((n) => n && !foreign(n));
      if (named) out.outlet = named.replace(/\s+(?:daily\s+)?newspaper$/i, '').trim();
    }
  }
  // A page saved from a browser's reader view (Firefox's `about:reader?url=…`, the article's address encoded in it): the
  // page the reader shows is the article's site's, named as its text writes the name its domain spells
  // (`balticledger.com`, `… the Baltic Ledger in July`), its writer the reader's credits line.
  const reader = readerViewOf(page);
  if (reader) {
    const label = domainLabel(reader);
    const lines = els
      .filter((e) => e.name === 'p')
      .slice(0, 300)
      .map((e) => ({ t: plainText(e) }) as Line);
    const name = label ? nameForDomain(label, lines) : undefined;
    if (name && !out.outlet) out.outlet = name;
    const credits = els.find((e) => /(?:^|\s)reader-credits(?:\s|$)/.test(e.attribs.class ?? ''));
    const credited = credits ? plainText(credits) : '';
    if (!authors.length && credited && credited.length <= 120) authors = personNames(credited);
  }
  // A page saved from a read-later app's view of an article (its own address the app's, its <title> ending in the app's
  // name): under the headline, the link to the original, named by its domain (`<a class="original" href="https://
  // computefrontier.com/p/…">computefrontier.com</a>`). The article is the original site's, named as its text writes the
  // name the domain spells, never the app's; its writer the `by` beside the link.
  const original = !reader && !publisher ? originalLink(els, page) : undefined;
  if (original && (!out.outlet || (split?.site && sameName(out.outlet, split.site)))) {
    const label = domainLabel(original.host);
    const lines = els
      .filter((e) => e.name === 'p')
      .slice(0, 300)
      .map((e) => ({ t: plainText(e) }) as Line);
    out.outlet = label ? nameForDomain(label, lines)?.replace(/\.$/, '') : undefined;
    if (!authors.length && original.by) authors = personNames(original.by);
    // (no date in the view's markup: the newsletter's masthead line opening the text, its name then its issue and day,
    // `Compute Frontier — a newsletter on … Issue 58, September 22, 2026.`)
    const opening = lines[0]?.t.replace(/\s+/g, ' ').trim() ?? '';
    const issued =
      !out.date && out.outlet && opening.length <= 200 && opening.startsWith(out.outlet)
        ? /\b(?:issue|edition|no\.)\s*#?\s*\d{1,5},?\s+(\S.{5,30}?)\.?$/i.exec(opening)
        : null;
    const day = issued ? findDate(issued[1]) : undefined;
    if (day && day.index === 0) out.date = day.iso;
  }
  // A submission on a link aggregator or forum, its line `214 points by <a class="hnuser">saltflat</a> <span class="age"
  // title="2026-05-03T07:12:44">on May 3, 2026</span>`: the user linked after `by` is its submitter, the instant in its
  // age's title its date (the page's first such line: the submission's, before its comments').
  const submitted = !authors.length || !out.date ? submissionLine(els) : undefined;
  if (submitted?.user && !authors.length) authors = [submitted.user];
  if (submitted?.date && !out.date) out.date = submitted.date;
  // An issue, a pull request or a discussion on a code host, its head `<a class="author">rkhanzada</a> opened this issue
  // <relative-time datetime="2026-08-14T09:12:33Z">`: the user who opened it is its author (by handle, the page shows
  // no other name), the day it was opened its date, not the day it was closed nor its comments'.
  const opened = !authors.length || !out.date ? openerLine(els) : undefined;
  if (opened?.user && !authors.length) authors = [opened.user];
  if (opened?.date && !out.date) out.date = opened.date;
  // (its title as the host sets it, `<title> · Issue #412 · owner/repo`: the issue's title, its number and repository
  // the host's)
  if (out.title) out.title = out.title.replace(CODE_HOST_TITLE, '').trim() || out.title;
  // A note saved by a note-taking app's web clipper (Evernote's export: `<meta name="exporter-version" content="Evernote
  // …">`, `source-application` its clipper): its `author` tag is the note's owner, who clipped it, not the writer.
  const clipper = /evernote/i.test(`${metas.get('exporter-version') ?? ''} ${metas.get('source-application') ?? ''}`);
  if (!authors.length) {
    const m =
      (clipper ? undefined : metas.get('author')) ??
      metas.get('article:author') ??
      metas.get('byl') ??
      metas.get('dc.creator') ??
      metas.get('parsely-author') ??
      // Tistory's <meta name="by">
      metas.get('by');
    // (a translated page's tag in the original's script names nobody the page shows)
    if (m && !(translated && shownH1 && /\p{Script=Latin}/u.test(shownH1) && !/\p{Script=Latin}/u.test(m)))
      authors = personNames(m);
  }
  // A post on a social network titled by its poster alone (og:title `강희준 군산시장`, a name and office; `Ana Ruiz on X`),
  // no author in its markup but a profile's address: the poster is its author; the post has no headline of its own.
  const poster =
    !authors.length && siteName && SOCIAL_NETWORK.test(siteName.trim()) && ogTitle ? posterOf(ogTitle) : undefined;
  if (poster) {
    authors = [poster];
    if (out.title === ogTitle) out.title = undefined;
  }
  // A post on a fediverse server (Mastodon's: og:title the account, `Anne Schiltz (@aschiltz@social.example)`, og:site_name
  // the server) is titled by no headline of its own: its headline is the post's opening, as its description gives it
  // (the thread's marker and count, `🧵 … 1/7`, and emoji aside; none when the description is cut short), its author
  // the account's display name.
  const fediverse = ogTitle ? FEDIVERSE_ACCOUNT.exec(ogTitle.trim()) : null;
  if (fediverse && out.title && fold(out.title) === fold(ogTitle!)) {
    if (!authors.length) authors = personNames(fediverse[1]);
    const desc = (metas.get('og:description') ?? metas.get('description'))?.replace(/\s+/g, ' ').trim();
    const opening = desc
      ?.replace(/\s*\(?\b\d{1,2}\s?\/\s?\d{1,2}\)?$/, '')
      .replace(/^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]\s*)+/u, '')
      .replace(/(?:\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}])+$/u, '')
      .trim();
    out.title = opening && opening.length <= 300 && !/(?:…|\.\.\.)$/.test(opening) ? opening : undefined;
  }
  // A post's page titled by its account alone, display name and handle (`Wanjiru Kamau (@wanjirukamau.bsky.social)`):
  // the post has no headline of its own; its poster, the display name, is its author where the markup names none.
  const accountTitle = !fediverse && ogTitle ? ACCOUNT_TITLE.exec(ogTitle.trim()) : null;
  if (accountTitle && out.title && fold(out.title) === fold(ogTitle!)) {
    out.title = undefined;
    out.untitled = true;
    if (!authors.length) authors = personNames(accountTitle[1]);
  }
  // A post titled by the platform after its poster alone (커리어리's `윤성민님의 포스트`, `Ana Ruiz's post`): the post has no
  // headline of its own; the poster is its author where the markup names none.
  const posterTitle = out.title ? POSTER_TITLE.exec(oneSpaced(out.title)) : null;
  if (posterTitle) {
    out.title = undefined;
    out.untitled = true;
    if (!authors.length) authors = personNames(posterTitle[1] ?? posterTitle[2]);
  }
  // A network whose site name adds a word to the name its pages' titles give it (og:site_name `Bluesky Social`, the
  // <title> `@wanjirukamau.bsky.social on Bluesky`): the name the titles give.
  const onSite = titleTag ? /\son\s+(\p{Lu}[\p{L}.]{1,30})$/u.exec(titleTag.trim()) : null;
  if (accountTitle && onSite && out.outlet && fold(out.outlet).startsWith(fold(onSite[1]) + ' '))
    out.outlet = onSite[1];
  // A public disclosure portal's record page, titled by the page's kind (`보조사업 공시 상세 | 지방보조금 | 지방재정365`): the
  // record's, its project's name (`사업명`) its headline, the local government that discloses it (`자치단체 경상남도 밀양시`:
  // the narrowest, 밀양시) its outlet, not the portal.
  const detailPage = out.title ? /(?:상세|상세\s?(?:보기|조회|정보|내역))$/.test(oneSpaced(out.title)) : false;
  if (detailPage && koRecord.get('사업명')) {
    out.title = koRecord.get('사업명');
    const body = koRecord.get('자치단체') ?? koRecord.get('지방자치단체') ?? koRecord.get('공시기관');
    const narrowest = body?.split(/\s+/).pop();
    if (narrowest && /^[가-힣]{1,12}(?:특별자치도|특별자치시|특별시|광역시|도|시|군|구)$/.test(narrowest))
      out.outlet = narrowest;
  }
  // An article read in a feed reader and saved from it (`… - Inoreader`, a reader's page at its address): the feed's, as
  // its title names the site (`<div class="article_feed_title">낙동일보 - 경제</div>`, the category after the separator
  // aside), never the reader's; none from the markup when it names no feed (the text's copyright line may).
  // (…a reader known by its <title>'s site too, `(214) Read Later – feedly`, or by the address it was saved from; its
  // entry view naming the feed in a link classed as its source, `<a class="EntryMetadataSource">The Tico Ledger</a>`;
  // the entry's title its <h1> where the <title> is the reader's view with its unread count; its author and the
  // feed's publication time, `title="Published: Fri, 29 May 2026 07:15:00 GMT&#10;Received: …"`, as the entry shows
  // them, not the day it was saved)
  const savedFrom = /<!--\s*saved from url=\(\d+\)\s*https?:\/\/(?:www\.)?([^/\s.>]+)\./i.exec(
    page.slice(0, 4000),
  )?.[1];
  const readerTitle = titleTag ? oneSpaced(titleTag).split(/\s[|–—-]\s/) : [];
  const readerPage =
    (!!out.outlet && FEED_READER.test(out.outlet.trim())) ||
    (readerTitle.length > 1 && FEED_READER.test(readerTitle[readerTitle.length - 1])) ||
    (!!savedFrom && FEED_READER.test(savedFrom));
  if (readerPage) {
    const feed = els.find((e) => classWords(e).some((w) => FEED_SOURCE_CLASS.test(w)));
    const named = feed ? oneSpaced(plainText(feed)) : '';
    out.outlet = named && !FEED_READER.test(named) ? feedSite(named) : undefined;
    const entryH1 = els.find((e) => e.name === 'h1');
    const entryTitle = entryH1 ? oneSpaced(plainText(entryH1)) : '';
    const readersView =
      !!out.title && (/^\(\d[\d,.K+]*\)\s/.test(out.title) || oneSpaced(out.title) === oneSpaced(titleTag ?? ''));
    if (entryTitle && (!out.title || readersView)) out.title = entryTitle;
    if (!authors.length) {
      const by = els.find((e) => classWords(e).some((w) => /(?:^|[_-]|[a-z])[Aa]uthor$/.test(w)));
      const who = by ? oneSpaced(plainText(by)).replace(/^by\s+/i, '') : '';
      if (who && looksLikePersonName(who)) authors = [who];
    }
    if (!out.date) {
      const stamp = els.find((e) => /^published\s*:/im.test(e.attribs.title ?? ''));
      const line = stamp ? /^published\s*:\s*(.+)$/im.exec(stamp.attribs.title!)?.[1] : undefined;
      const iso = line ? findDate(line)?.iso : undefined;
      if (iso) out.date = iso;
    }
  }
  // A post on a platform named after it alone (`… : 네이버 포스트`, og:site_name `네이버 포스트`) whose markup names the
  // channel that posts it (`<meta property="naverblog:nickname" content="전북산업노트">`): the channel's, as a blog is its
  // blog's.
  const nickname = metas.get('naverblog:nickname')?.trim();
  if (nickname && !isPlatform(nickname) && (!out.outlet || isPlatform(out.outlet))) out.outlet = nickname;
  // (…but a blog with a name of its own on its platform, `네이버 블로그 | 거창 사과아빠의 느린 일기`, names its writer by the
  // nickname apart from it, `거창사과아빠`: the blog is the outlet, the nickname its writer's; a nickname ending as the
  // blog's name does, `DC인사이트` of `데이터센터 인사이트`, is the blog's own name shortened, no writer's)
  else if (
    nickname &&
    out.blog &&
    site &&
    !isPlatform(nickname) &&
    !authors.length &&
    !nickname.replace(/\s+/g, '').endsWith(site.trim().split(/\s+/).pop()!)
  )
    authors = [nickname];
  // A post on a platform that names no blog of its own (a brunch post, its og:site_name `브런치스토리`): the platform's,
  // failing all else.
  if (!out.outlet && siteName && isPlatform(siteName)) out.platform = siteName.trim();
  // (…or, the page naming no site, the platform its header's logo names, a link home classed so: `<a href="https://
  // velog.io/" class="logo">velog</a>`)
  if (!out.outlet && !siteName) {
    const logo = els.find(
      (e) =>
        e.name === 'a' &&
        /(?:^|\s)logo(?:\s|$)/i.test(e.attribs.class ?? '') &&
        /^https?:\/\/[^/?#]+\/?$/.test(e.attribs.href ?? ''),
    );
    const name = logo ? oneSpaced(plainText(logo)) : '';
    if (name && isPlatform(name)) out.platform = name;
  }
  // A post's writer shown by a handle in its byline (`<span class="username"><a href="https://velog.io/@jiho_dev">
  // jiho_dev</a>`) and by name on the profile card the same link opens (`<div class="name"><a href="…/@jiho_dev">이지호
  // </a>`): the name.
  if (!authors.length) {
    const named = profileName(els);
    if (named) authors = [named];
  }
  // A distribution service's page carrying a company's release (its markup's author the company, its page saying so:
  // `배포 기업: 여명전선`, `News provided by Kestrel Power`): the release is the company's, not the service's.
  const issuer = authorOrgs.find(
    (o) => out.outlet && fold(o) !== fold(out.outlet) && (!site || fold(o) !== fold(site)) && releasedBy(els, o),
  );
  if (issuer) out.outlet = issuer;
  // A message in a mailing list's archive as Pipermail (Mailman's) makes it: its <PRE> body between `<!--beginarticle-->`
  // and `<!--endarticle-->`, its <H1> the subject as the list tags it (`[caucasus-grid] …`), the sender's name in <B> and
  // the date in <I> under it. The list's, as its tag names it; the subject without the tag the headline; the sender its
  // author, dated by the date line (the sender's, not the archive's).
  if (/<!--\s*beginarticle\s*-->/i.test(page) && h1 && shownH1) {
    const tagged = /^\[([^\]\s][^\]]{0,60})\]\s*(\S.*)$/.exec(shownH1);
    if (tagged) {
      out.outlet = tagged[1].trim();
      out.title = tagged[2].trim();
    }
    const after = els.slice(els.indexOf(h1) + 1, els.indexOf(h1) + 12);
    const sender = after.find((e) => e.name === 'b');
    const sent = after.find((e) => e.name === 'i');
    const name = sender ? plainText(sender).replace(/\s+/g, ' ').trim() : '';
    if (name && looksLikePersonName(name)) authors = [name];
    // (its date as C's ctime writes it, `Wed Jul 15 09:47:31 UTC 2026`: the year after the time)
    const line = sent ? plainText(sent).replace(/\s+/g, ' ').trim() : '';
    const ctime = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) \d\d:\d\d(?::\d\d)?(?: [A-Z]{2,5})? ((?:19|20)\d\d)$/.exec(
      line,
    );
    const iso = ctime ? findDate(`${ctime[1]} ${ctime[2]}, ${ctime[3]}`)?.iso : line ? isoDate(line) : undefined;
    if (iso) out.date = iso;
  }
  // A message read in a webmail service (og:site_name `네이버 메일`, `Gmail`) is its sender's, not the service's: the
  // sender its header names (`<dt>보낸사람</dt><dd>청림전기 IR팀 <ir@…></dd>`), the address and the sending team aside.
  if (siteName && MAIL_SERVICE.test(siteName.trim())) {
    out.outlet = mailSender(els);
    if (out.title && MAIL_SERVICE.test(out.title.trim())) out.title = undefined;
  }
  // A page captured by archive.today (its markup the archive's: og:site_name `archive.ph`, its dates the capture's) is
  // the captured page's: the outlet its <title> ends in (`… - The Doha Ledger`), else the one the text names as the
  // captured address spells it; dated as the page shows it (`Published: 26 Feb 2026`, read under the headline), never by
  // the capture.
  const captured = archivedHost(page, metas, els);
  if (captured !== undefined) {
    const label = captured ? domainLabel(captured) : undefined;
    const lines = label
      ? els
          .filter((e) => e.name === 'p')
          .slice(0, 300)
          .map((e) => ({ t: plainText(e) }) as Line)
      : [];
    out.outlet =
      (split?.site && !ARCHIVE_HOST.test(split.site) ? split.site : undefined) ??
      (label ? nameForDomain(label, lines) : undefined);
    out.date = shownDate(els);
    out.modified = undefined;
  }
  // A chat or channel exported by Telegram Desktop (<title> `Exported Data`, the chat's name in its page header, each
  // message a `<div class="message">` with its instant in the title of its date, `15.07.2026 11:06:42 UTC+03:00`): the
  // channel's, not the exporter's; dated by its latest message (not the export); no headline of its own (the title is
  // the tool's); its authors the signatures the channel puts under its posts, none when it signs none.
  const exported = telegramExport(els);
  if (exported) {
    out.outlet = exported.name;
    out.title = undefined;
    out.untitled = true;
    out.titles = [];
    if (exported.date) out.date = exported.date;
    out.modified = undefined;
    authors = exported.signatures;
  }
  // A channel's web preview on a platform of channels (og:site_name `Telegram`, its <title> the channel's name and the
  // platform's, `Pacific Grid Watch – Telegram`, og:title the channel's alone): the channel's, not the platform's; no
  // headline of its own (each post's first line is that post's); dated by its first post (the first instant, as read);
  // its authors the posts' signers (`<span class="…from_author">`, else a post's closing `— Sereana T.`, named in full
  // as the channel's description names them).
  const preview = channelPreview(els, metas, titleTag);
  if (preview) {
    out.outlet = preview.name;
    out.title = undefined;
    out.untitled = true;
    out.titles = [];
    out.platform = undefined;
    authors = preview.authors;
  }
  // An article of an account on a platform of official accounts (og:site_name `WeChat Official Accounts Platform`,
  // `微信公众平台`) is the account's, not the platform's: the name its meta row shows (`<a id="js_name">`, an element
  // classed `…nickname`; in a page saved in translation, the part of a bilingual name in the saved text's script,
  // `HNEE Overseas 华南能建海外`), else its markup's; signed by the row's writer (`Written by Liu Jianming`, a bare name
  // beside the account's), else by the credits line's `Text:`.
  const officialAccount = accountArticle(els, metas, page);
  if (officialAccount) {
    out.outlet = officialAccount.name;
    out.platform = undefined;
    if (officialAccount.authors.length) authors = officialAccount.authors;
  }
  // A message in a webmail service's print view (<title> the service's, alone or after the mailbox's user, `Mail - Kila
  // Gware - Outlook`; the message's header a table of labelled rows, `From`, `보낸 사람:`) is the sender's: its
  // organisation (a `[동악쿨링]` tag before the subject, else the name the text spells the sender's address's domain
  // with), sent the day its date row gives (`Mon 10/5/2026 4:17 PM`, the weekday settling month and day), headed by its
  // subject (the element so classed, the tag aside), signed by the sender; not the user whose mailbox printed it.
  const printed = mailPrintView(els, titleTag);
  if (printed) {
    out.outlet = printed.outlet;
    out.platform = undefined;
    if (printed.date) out.date = printed.date;
    out.modified = undefined;
    out.title = printed.subject;
    out.titles = [printed.subject];
    authors = printed.sender ? [printed.sender] : [];
  }
  // A message in Gmail's print view (<title> `Gmail - <subject>`, the message's head a table of its sender, `<b>Google
  // Alerts </b>&lt;googlealerts-noreply@google.com&gt;`, and its day, `Tue, Oct 20, 2026 at 9:14 AM`): headed by its
  // subject, sent that day; the sender's, as below.
  const gmail = !printed ? gmailPrintView(els, titleTag) : undefined;
  if (gmail) {
    out.title = gmail.subject;
    out.titles = [gmail.subject];
    if (gmail.date) out.date = gmail.date;
    out.modified = undefined;
    out.platform = undefined;
  }
  // A message a service sends from its automated address (`Google Alerts <googlealerts-noreply@google.com>`, a `From` row
  // of a saved message's head, or Gmail's print view): the service's, by the name it sends under, not the mailbox's or
  // the outlets of the items it lists; no person writes it.
  const service = !printed ? (gmail?.from ?? rowValue(els, SENDER_LABEL)) : undefined;
  const sending = service ? AUTOMATED_SENDER.exec(service) : null;
  if (sending && (!out.outlet || gmail)) {
    out.outlet = sending[1].replace(/["“”]/g, '').trim();
    out.platform = undefined;
    authors = [];
  }
  // An event's programme on a platform of programmes (og:site_name `Sched`) is the event's: its name as the page's
  // heading gives it (an edition's mark before it aside, `PDIF 2026: Pacific Digital Infrastructure Forum`), headed by
  // the <title> without the platform's word for the page (` – Schedule`), dated by its `Last updated` notice (not the
  // sessions' days); its speakers are no authors.
  const programme = eventProgramme(els, metas, titleTag);
  if (programme) {
    out.outlet = programme.event;
    out.platform = undefined;
    out.title = programme.title;
    out.titles = [programme.title];
    if (programme.updated) out.date = programme.updated;
    out.modified = undefined;
    authors = [];
  }
  // A preprint's HTML view (LaTeXML's markup, an `ltx_document`) carries its identifier line (`arXiv:2610.18342v1
  // [eess.SY] 26 Oct 2026`): the archive's, dated by that line (the version's day); its authors the names in its
  // `ltx_personname` elements, their affiliations' marks aside.
  const preprint = preprintView(els);
  if (preprint) {
    out.outlet = preprint.archive;
    out.platform = undefined;
    out.date = preprint.date;
    out.modified = undefined;
    if (preprint.authors.length) authors = preprint.authors;
  }
  // A post in a work platform's project (its <title> the platform's name and the post's, `플로우 - [공지] …`) is the
  // organisation's whose project it is (the name in brackets after the project's title, `LOM200 … (사인암파워텍)`), not
  // the platform's; dated and signed by the post's own head (`<span class="post-date">`, `<span class="author-name">`),
  // not by the project's start date in its properties nor by the comments under it.
  const workPost = workPlatformPost(els, titleTag);
  if (workPost) {
    out.outlet = workPost.organisation;
    out.platform = undefined;
    if (workPost.date) out.date = workPost.date;
    out.modified = undefined;
    if (workPost.author) authors = [workPost.author];
  }
  // A parliament's written question and its answer (`Answered on` over the day, the answering member's name over their
  // post, `Minister of State (…)`): dated by the day it was answered, not tabled; written by the minister who answered,
  // not the member who asked.
  const answer = writtenAnswer(els);
  if (answer) {
    if (answer.date) out.date = answer.date;
    if (answer.minister && !authors.length) authors = [answer.minister];
  }
  // A card on a task board (og:site_name `Trello`): the organisation's whose workspace holds the board (the board
  // header's workspace button), not the platform's; made by the one its activity says added or created it, on that
  // day (`Bojan Nikolovski added this card to Permits – backlog` · `8 Sep 2026, 15:04`), not its due dates nor its
  // last comment's; its members and commenters write no part of it.
  const card = siteName && BOARD_PLATFORM.test(siteName.trim()) ? boardCard(els) : undefined;
  if (card) {
    out.outlet = card.workspace;
    out.platform = undefined;
    if (card.date) out.date = card.date;
    if (card.creator) authors = [card.creator];
  }
  // A wiki page exported from its space (Confluence's export: <title> `LOM200 : Site status – week 41`, the space's key
  // before ` : `; its metadata line `Created by X, last modified by Y on Oct 13, 2026`): headed without the space's key,
  // dated by its last modification (the one day it gives), signed by its creator, not its last editor.
  const wikiExport = wikiExportPage(els, titleTag);
  if (wikiExport) {
    out.title = wikiExport.title;
    out.titles = [wikiExport.title];
    if (wikiExport.date) out.date = wikiExport.date;
    out.modified = undefined;
    if (wikiExport.creator) authors = [wikiExport.creator];
  }
  // A thread unrolled by a reader site (Thread Reader App: <title> `Thread by @handle on …`, its posts one element
  // each, a link to the first post on X) is the platform's where it was posted, not the unroller's: its account
  // holder's (the name linked to the handle), dated by its first post (a later update note its update), headed by its
  // first post without the thread's mark and counter (`🧵`, `1/12`).
  const unrolled = threadUnroll(els, titleTag ?? metas.get('og:title'));
  if (unrolled) {
    out.outlet = unrolled.platform;
    out.platform = undefined;
    out.title = unrolled.title;
    out.titles = unrolled.title ? [unrolled.title] : [];
    if (unrolled.date) out.date = unrolled.date;
    out.modified = unrolled.updated;
    authors = unrolled.author ? [unrolled.author] : [];
  }
  // A page titled by its site's name alone (a paper's print view: <title>고원일보</title>, the story's <h1> under it) is
  // the site's, when its copyright line or logo names it so, headed by its <h1>.
  const siteTitle = titleTag ? oneSpaced(titleTag) : '';
  if (
    siteTitle &&
    siteTitle.length <= 30 &&
    !SITE_TITLE_SEP.test(siteTitle) &&
    !metas.get('og:title') &&
    out.title !== undefined &&
    oneSpaced(out.title) === siteTitle
  ) {
    const storyH1 = els.find((e) => e.name === 'h1');
    const story = storyH1 ? oneSpaced(plainText(storyH1)) : '';
    const named = (t: string) =>
      t.startsWith(siteTitle) || new RegExp(`(?:©|ⓒ|\\(c\\))\\s*${escapeRe(siteTitle)}`, 'i').test(t);
    const confirmed = els.some(
      (e) =>
        (e.name === 'img' && named(oneSpaced(e.attribs.alt ?? ''))) ||
        (/copyright/i.test(e.attribs.class ?? '') && named(oneSpaced(plainText(e)).replace(/^<\s*저작권자\s*/, ''))),
    );
    if (story && story !== siteTitle && story.length > siteTitle.length && confirmed) {
      out.title = story;
      out.titles = [story];
      out.outlet ??= siteTitle;
    }
  }
  // A job posting dated by nothing else is dated by the start of its application period (`<dt>접수기간</dt><dd>시작일
  // 2026.08.10 10:00 · 마감일 2026.09.09 18:00</dd>`): the day it was posted for.
  if (!out.date) {
    const period = els.find(
      (e) => (e.name === 'dt' || e.name === 'th') && /^(?:접수|모집|지원|채용)\s?기간$/.test(oneSpaced(plainText(e))),
    );
    let next = period?.next ?? null;
    while (next && !isTag(next)) next = next.next;
    const start =
      next && ['dd', 'td'].includes((next as Element).name) ? findDate(plainText(next as Element)) : undefined;
    if (start) out.date = start.iso;
  }
  // A post on a community board (a 네이버 카페 post, a 뽐뿌 thread) is signed by its poster's nickname, as the post's head
  // shows it (`<span class="nickname">금호강산책러</span>`, `<span class="view_name">…</span>`), not by the nicknames of
  // the comments under it.
  if (!authors.length && !out.untitled) {
    // (a blog's nickname, `naverblog:nickname`, names the blog, no person; a rubric's tag set apart in its own element,
    // `<span class="title_headtext">[공시]</span>`, is the board's, no part of the poster's title)
    const poster = boardPoster(els);
    if (poster && poster !== metas.get('naverblog:nickname')?.trim()) {
      authors = [poster];
      // (…but a tag naming the kind of post, `[기업탐방 후기]`, `[공지]`, is the board's category, as the board sets it)
      out.posted =
        !els.some(
          (e) => e.children.length === 1 && isText(e.children[0]) && /^\s*\[[^\]]{1,20}\]\s*$/.test(e.children[0].data),
        ) && !POST_KIND_TAG.test(out.title ?? '');
    }
  }
  // A letter in a newsletter service's archive (og:site_name `스티비 뉴스레터 아카이브`, `… Newsletter Archive`) is the
  // newsletter's, as the archive's header names it (`<span class="newsletter-name">경북 산단 레터</span>`) or the
  // <title> after its bar (`… | 경북 산단 레터`), not the service's.
  if (out.outlet && NEWSLETTER_ARCHIVE.test(out.outlet.trim())) {
    const nameEl = els.find((e) => classWords(e).some((w) => /^newsletter[_-]?(?:name|title)$/i.test(w)));
    const named = nameEl ? oneSpaced(plainText(nameEl)) : '';
    const pieces = titleTag ? oneSpaced(titleTag).split(/\s[|–—]\s/) : [];
    const last = pieces.length > 1 ? pieces[pieces.length - 1] : '';
    const letter = named || last;
    if (letter && letter.length <= 60 && !NEWSLETTER_ARCHIVE.test(letter)) out.outlet = letter;
  }
  // A channel's page from a chat export's viewer (slack-export-viewer: <title> `Slack Export - #해외영업-모리셔스`, the
  // workspace named in the sidebar, `<h3 id="workspace">지평선일렉트릭 (jpselec.slack.com)</h3>`): the workspace's (the
  // company's, its address aside), headed by the channel, dated by its first message's day (not the export's note);
  // its posters are no authors.
  const viewed = titleTag ? CHAT_VIEWER_TITLE.exec(oneSpaced(titleTag)) : null;
  if (viewed) {
    const ws = els.find((e) => e.attribs.id === 'workspace' || classWords(e).includes('workspace'));
    const name = ws ? oneSpaced(plainText(ws)).replace(/\s*\([\w.-]+\.[a-z]{2,}\)$/i, '') : '';
    const first = els.find(
      (e) => (classWords(e).includes('time') || classWords(e).includes('day-divider')) && findDate(plainText(e)),
    );
    if (name) out.outlet = name;
    out.title = viewed[1];
    out.titles = [viewed[1]];
    if (first) out.date = findDate(plainText(first))!.iso;
    out.modified = undefined;
    authors = [];
  }
  // A body's page whose <title> names a system of the body's, not the body (`… - ePlanning Public Access`), the body named
  // by its logo in the header (`<img alt="Planning and Lands Authority">`) and its copyright footer (`© 2026 Planning and
  // Lands Authority`): the body's.
  if (!out.outlet) {
    const header = els.find((e) => e.name === 'header');
    const footer = els.find((e) => e.name === 'footer');
    const owner = footer ? copyrightName(oneSpaced(plainText(footer))) : undefined;
    if (
      header &&
      owner &&
      els.some((e) => e.name === 'img' && isInside(e, header) && fold(oneSpaced(e.attribs.alt ?? '')) === fold(owner))
    )
      out.outlet = owner;
  }
  // A portal's page carrying a body's notice (기업마당's 지원사업 공고, og:site_name the portal), its fields naming the body
  // in charge (`<span class="s_title">소관부처·지자체</span> <span class="txt">전라남도</span>`): the body's, not the
  // portal's.
  if (out.outlet && siteName && sameName(out.outlet, siteName)) {
    for (const e of els) {
      if (e.children.length !== 1 || !isText(e.children[0]) || !ISSUING_BODY_LABEL.test(oneSpaced(e.children[0].data)))
        continue;
      let next = e.next;
      while (next && !isTag(next)) next = next.next;
      const body = next ? oneSpaced(plainText(next as Element)) : '';
      if (KO_GOVERNMENT.test(body)) out.outlet = body;
      break;
    }
  }
  // A post on a platform of channels, its <title> naming the channel between the headline and the platform's own name
  // (`… : 남도주식메모 : 포스타입`, `… : 탄광촌에서 온 편지 | 포스타입`, og:site_name the platform), the page linking that name
  // to the channel's page on the platform (`<a class="channel-name" href="/@namdo-memo">`): the channel's, as a blog is its
  // blog's, not the platform's. Its writer is the name the post's author link to the same page shows (`<a class="author"
  // href="…/@coaltown-letters">우지안</a>`); a pen name the channel's own stays its author.
  // A letter on a newsletter platform (og:site_name the platform, `maily`, which the page's header links home to as its
  // brand), its <title> ending in the letter's own name (`#27 … | 충남 산업 브리핑`), which the page shows as a name of its
  // own (`<strong class="nl-name">충남 산업 브리핑</strong>`): the letter's, not the platform's.
  const platformLetter =
    !!siteName &&
    !!titleTag &&
    !!split?.site &&
    !!out.outlet &&
    !fold(titleTag).includes(fold(siteName)) &&
    sameName(out.outlet!, siteName!) &&
    !sameName(split!.site!, siteName!) &&
    !publisher &&
    split!.site!.length <= 40 &&
    els.some(
      (e) => e.name === 'a' && sameName(oneSpaced(plainText(e)), siteName!) && HOST_ROOT.test(e.attribs.href ?? ''),
    ) &&
    els.some(
      (e) =>
        e.name !== 'a' &&
        e.name !== 'title' &&
        e.children.length === 1 &&
        isText(e.children[0]) &&
        oneSpaced(e.children[0].data) === split!.site,
    );
  if (platformLetter) {
    out.outlet = split!.site;
    // (an issue's number before the letter's headline, `#27 홍성에서 알제리까지: …`: the issue's, no part of the headline)
    if (out.title && /^#\d{1,4}\s+\S/.test(out.title)) out.title = out.title.replace(/^#\d{1,4}\s+/, '');
  }
  // A post on a company's board in a groupware suite, its <title> the suite's name as its logo gives it and the kind of
  // page (`NAVER WORKS 게시판`): the title names no post. The post is the company's the header names (`<div
  // class="company_name">아우라지쿨링(주)</div>`, its legal form aside), headed by its own heading in the <article>
  // (a rubric's tag, `[대표 공지]`, aside), dated and signed by the article's date and writer (`함승우 대표이사`: the
  // name, the post aside).
  const suite = titleTag ? logoName(els) : undefined;
  const boardTitle = suite
    ? new RegExp(`^${escapeRe(suite)}\\s+(?:게시판|board|공지사항|notice\\s+board)$`, 'i')
    : null;
  if (boardTitle && boardTitle.test(oneSpaced(titleTag!))) {
    const post = els.find((e) => e.name === 'article');
    const inPost = post ? els.slice(els.indexOf(post) + 1).filter((e) => isInside(e, post)) : [];
    const heading = inPost.find((e) => /^h[1-4]$/.test(e.name) && !e.children.some((c) => isTag(c) && c.name === 'a'));
    const text = heading ? oneSpaced(plainText(heading)).replace(RUBRIC_TAG, '').trim() : '';
    out.title = text || undefined;
    out.titles = text ? [text] : [];
    const company = els.find((e) => classWords(e).some((w) => /^(?:company|corp|org)[_-]?name$/i.test(w)));
    const named = company ? oneSpaced(plainText(company)).replace(KO_LEGAL_FORM, '').trim() : '';
    out.outlet = named && named.length <= 40 ? named : undefined;
    const dated = inPost.find((e) => classWords(e).some((w) => /^(?:date|time|reg[_-]?date)$/i.test(w)));
    const day = dated ? findDate(plainText(dated)) : undefined;
    if (day) out.date = day.iso;
    const writer = inPost.find((e) => classWords(e).some((w) => /^(?:writer|author)$/i.test(w)));
    const who = writer ? KO_NAME_POST.exec(oneSpaced(plainText(writer))) : null;
    if (who) authors = [who[1]];
  }
  // A post's writer named alone in its meta line under the headline, the element classed so (`<span class="writer">연서진
  // </span> · <time …>`), where nothing else names one.
  if (!authors.length && h1 && !out.untitled) {
    const at = els.indexOf(h1);
    const w = els.slice(at + 1, at + 10).find(
      (e) =>
        ((e.name === 'span' || e.name === 'a' || e.name === 'strong') &&
          classWords(e).some((c) => /^(?:writer|author|byline)(?:[_-]?name)?$/i.test(c))) ||
        // (…or a byline's box, its first element the name, the writer's role and the day after it: `<div
        // class="authorByline"><span class="persona-name">Gareth Penhallow</span><span>Site Manager…`)
        classWords(e).some((c) => /^author[_-]?byline$/i.test(c)),
    );
    const lead = w?.children.find((c): c is Element => isTag(c));
    const name = w ? oneSpaced(plainText(lead ?? w)).replace(/^by\s+/i, '') : '';
    if (name && looksLikePersonName(name)) authors = [name];
  }
  // An item as a reference manager's report gives it (Zotero's, saved as HTML: <title> `Zotero Report`, the item's
  // heading, then a table of its fields, `<th>Publication</th><td>Sava Business Review</td>`, `Author`, `Date`,
  // `Accessed`, `Date Added`): the item's, by its fields, not the report's. Its outlet the publication the fields name,
  // its day the Date field (not the days the library added or visited it), its authors the Author rows, its headline
  // the Title field or the heading over the table; an update the Extra field notes (`Updated 2026-06-26 09:10`).
  const fields = labelledCells(els);
  const item = referenceItem(fields);
  if (item) {
    out.outlet = item.outlet;
    const day = item.date ? findDate(item.date) : undefined;
    out.date = day?.iso;
    const upd = /\b(?:updated|modified|corrected|revised)\b[^0-9]{0,12}(\S.{5,30})/i.exec(
      fields.get('extra')?.[0] ?? '',
    );
    const later = upd ? findDate(upd[1]) : undefined;
    out.modified = later && day && later.iso > day.iso ? later.iso : undefined;
    const table = els.find((e) => e.name === 'table');
    const heading = table
      ? els
          .slice(0, els.indexOf(table))
          .reverse()
          .find((e) => /^h[1-3]$/.test(e.name))
      : undefined;
    const title = fields.get('title')?.[0] ?? (heading ? oneSpaced(plainText(heading)) : undefined);
    out.title = title;
    out.titles = title ? [title] : [];
    authors = item.authors;
  }
  // (…and its day of last change, `<th>수정일</th><td>2026.10.29 16:41</td>`, where the markup gives none)
  const changed = !item
    ? (fields.get('수정일') ?? fields.get('최종수정일') ?? fields.get('last modified'))?.[0]
    : undefined;
  const changedDay = changed ? findDate(changed)?.iso : undefined;
  if (changedDay && !out.modified && out.date && changedDay > out.date) out.modified = changedDay;
  // A post's or a task's property table naming its writer (`<th>작성자</th><td>석주영</td>`, `Posted by`), where nothing
  // else names one.
  const writerCell = fields.get('작성자') ?? fields.get('글쓴이') ?? fields.get('posted by') ?? fields.get('author');
  // (a unit posting it, `홍보팀`, `기획예산과`, is no writer)
  const writer = writerCell?.length === 1 && !KO_UNIT_NAME.test(writerCell[0]) ? writerCell[0] : '';
  if (!authors.length && writer) {
    const who = KO_NAME_POST.exec(writer)?.[1] ?? (looksLikePersonName(writer) ? writer : undefined);
    if (who) authors = [who];
  }
  // An issue tracker's ticket, its details a list of labelled fields (`<dt>Reporter</dt><dd>Tõnis Kaljurand</dd>`): written
  // by its reporter, where nothing else names a writer (its assignee and commenters work on it).
  const reporter = !authors.length ? rowValue(els, /^(?:reporter|reported\s+by|보고자)\s*[:：]?$/i) : undefined;
  if (reporter && looksLikePersonName(reporter)) authors = [reporter];
  // A page of a workspace suite on its tenant's own address (`harrowgatepike.sharepoint.com`, `wando.dooray.com`): the
  // tenant's, not the suite's, where the page names no outlet or only the suite the address's next label is
  // (`… - Dooray!`). The organisation its user area names (`<span class="org">완도군청</span>`, a Korean hall its
  // government), else the name the text spells the tenant's label with (`Harrowgate Pike`).
  const tenant = tenantOf(page);
  // (…or only the name of the suite's product the page runs, its application-name, `JIRA`, on a work suite's host)
  const product =
    !!tenant &&
    !!out.outlet &&
    WORK_SUITE_HOST.test(tenant.suite) &&
    sameName(out.outlet, metas.get('application-name') ?? '');
  if (tenant && (!out.outlet || domainLetters(out.outlet) === tenant.suite || product) && !item) {
    // (in the suite's bar over the page, before its heading: a byline's `org`, as hCard classes one, is another's)
    const top = els.findIndex((e) => e.name === 'h1' || e.name === 'main' || e.name === 'article');
    const org = els
      .slice(0, top < 0 ? 0 : top)
      .find(
        (e) =>
          classWords(e).some((w) => /^(?:org|organi[sz]ation|org[_-]?name|tenant[_-]?name)$/i.test(w)) &&
          e.children.length === 1 &&
          isText(e.children[0]),
      );
    const named = org ? oneSpaced(plainText(org)) : '';
    const paragraphs = els
      .filter((e) => e.name === 'p')
      .slice(0, 300)
      .map((e) => ({ t: plainText(e) }) as Line);
    const spelled = named ? undefined : nameForDomain(tenant.label, paragraphs);
    // (the suite's name alone stays where nothing names the tenant: a site's own sub-domain, `papers.ssrn.com`, is no tenant)
    if (named && named.length <= 40) out.outlet = governmentOfHall(named) ?? named;
    else if (spelled && (!out.outlet || product)) out.outlet = spelled;
    // (the product's name is no outlet: the tenant the page never names stays unknown)
    else if (product) out.outlet = undefined;
  }
  // A group's thread on a platform of groups (og:site_name the platform, `Google Groups`), the page naming the group
  // (`<div class="group-name">Africa Power &amp; Infrastructure Forum</div>`) and its messages each with a sender and a
  // date: the group's, dated and signed by its first message, as a mailing list's archive is its list's.
  const groupEl =
    siteName && out.outlet && sameName(out.outlet, siteName)
      ? els.find((e) => classWords(e).some((w) => /^group[_-]?(?:name|title)$/i.test(w)))
      : undefined;
  const groupNamed = groupEl ? oneSpaced(plainText(groupEl)) : '';
  if (groupNamed && groupNamed.length <= 80 && !sameName(groupNamed, siteName!)) {
    out.outlet = groupNamed;
    const sender = els.find((e) => classWords(e).some((w) => /^(?:sender|from|author)$/i.test(w)));
    const box = sender?.parent && isTag(sender.parent) ? sender.parent : undefined;
    const dated = box
      ? els.find((e) => isInside(e, box) && classWords(e).some((w) => /^(?:date|time)$/i.test(w)))
      : undefined;
    const day = dated ? (findDate(dated.attribs.title ?? '') ?? findDate(plainText(dated))) : undefined;
    if (day && !out.date) out.date = day.iso;
    const who = sender ? oneSpaced(plainText(sender)) : '';
    if (!authors.length && looksLikePersonName(who)) authors = [who];
  }
  // An answer's page on a question-and-answer site (`QAPage`, its address the answer's, `…/answer/Marcus-Oduya-Lindgren`):
  // headed by the question, dated and signed by the answer its address is, not by the question's asking.
  const question = found.article && types(found.article).includes('Question') ? found.article : undefined;
  const ownAddress =
    metas.get('og:url') ?? /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(page.slice(0, 4000))?.[1];
  if (question && ownAddress) {
    const answers = [question.acceptedAnswer, question.suggestedAnswer].flatMap((a) =>
      Array.isArray(a) ? a : a && typeof a === 'object' ? [a] : [],
    );
    const bare = (u: string) => u.replace(/[?#].*$/, '').replace(/\/$/, '');
    const answer = answers.find(
      (a): a is JsonObject =>
        !!a &&
        typeof a === 'object' &&
        !Array.isArray(a) &&
        typeof a.url === 'string' &&
        bare(a.url) === bare(ownAddress),
    );
    if (answer) {
      const day = isoDate(str(answer.datePublished) ?? str(answer.dateCreated) ?? '');
      if (day) out.date = day;
      const who = nameOf(answer.author);
      authors = who && looksLikePersonName(who) ? [who] : [];
    }
  }
  // A channel's post on a video platform (og:site_name `YouTube`, og:title the channel's name, its page's <h1> too): the
  // channel's, signed by it (its link to its handle's page names it as the post's author), headed by the post's first
  // line, a subject tag in brackets before it (`【정정 공시】`) aside. A post has no <h1> of its own.
  const channelTitled =
    siteName && isVideoPlatform(siteName) && ogTitle && headingText && sameName(oneSpaced(ogTitle), headingText);
  const byChannel = channelTitled
    ? els.find(
        (e) =>
          e.name === 'a' &&
          /\/@[\w.-]+\/?$/.test(e.attribs.href ?? '') &&
          sameName(oneSpaced(plainText(e)), headingText),
      )
    : undefined;
  if (byChannel) {
    const at = els.indexOf(byChannel);
    const text = els
      .slice(at + 1, at + 40)
      .find((e) =>
        /(?:^|[_-])(?:content|post|body)[_-]?text$|^content-text$/i.test(e.attribs.id ?? firstClass(e) ?? ''),
      );
    const first = text ? brLines(text)[0] : undefined;
    const line = first?.replace(/^\s*[【[][^【】[\]]{1,20}[】\]]\s*/, '').trim();
    out.outlet = headingText;
    if (line && line.length <= 200) {
      out.title = line;
      out.titles = [line];
    }
    authors = [headingText];
  }
  // A magazine's issue on a platform of documents (JSON-LD `PublicationIssue`, og:title the issue's name, `Caribe
  // Business Review 38 – October 2026`): the magazine's, its name the issue's without its number and month, dated by the
  // issue's upload; its story headed by the line over the story's byline (`By Daniela …`), below its running head
  // (`14 | COVER STORY | CARIBE BUSINESS REVIEW`), not by the issue's name.
  const issueNode = found.nodes.find((n) => types(n).includes('PublicationIssue'));
  const issueName = issueNode ? str(issueNode.name) : undefined;
  const magazine = issueName ? ISSUE_NAME.exec(issueName)?.[1].trim() : undefined;
  if (magazine && !publisher) {
    out.outlet = magazine;
    const day = isoDate(str(issueNode!.datePublished) ?? '');
    if (day) out.date = day;
    const ps = els.filter((e) => e.name === 'p').slice(0, 400);
    const by = ps.findIndex((e) => /^[Bb]y\s+\p{Lu}/u.test(oneSpaced(plainText(e))) && plainText(e).length <= 60);
    let head: string | undefined;
    for (let i = by - 1; i >= Math.max(0, by - 3); i--) {
      const t = oneSpaced(plainText(ps[i]));
      if (RUNNING_HEAD.test(t) || ps[i].parent !== ps[by].parent) break;
      if (t.length <= 120 && !/[.!?]$/.test(t)) head = t;
    }
    if (by > 0 && head) {
      out.title = head;
      out.titles = [head];
    }
  }
  // A letter's issue number before its headline (`#63: Three campuses, three revisions`): the issue's, no part of it.
  // (…unless the article's own markup gives the headline so, its JSON-LD `headline`: the publisher's word for it)
  if (out.title && /^#\d{1,4}:\s+\S/.test(out.title) && !str(article?.headline))
    out.title = out.title.replace(/^#\d{1,4}:\s+/, '');
  // A newsletter's description in its page's header naming its writer (`Weekly notes on … By Nadia Brennan-Kowal.`),
  // where nothing else names one.
  if (!authors.length) {
    const described = els.find(
      (e) =>
        e.name !== 'meta' && classWords(e).some((w) => /^(?:newsletter|publication|blog)[_-]?description$/i.test(w)),
    );
    const by = described
      ? /\b[Bb]y\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}?)\.?$/u.exec(oneSpaced(plainText(described)))
      : null;
    const name = by ? by[1].replace(/\.$/, '') : '';
    if (name && looksLikePersonName(name)) authors = [name];
  }
  // A data page dated by nothing else (no markup's day, no post's) is dated by its notice of its last update (`데이터
  // 기준: 2026년 10월 · 업데이트 2026.11.02`: the update's day, not the data's month).
  if (!out.date && !out.untitled) {
    const updated = updateNotice(els);
    if (updated) out.date = updated;
  }
  // A document an office suite publishes to the web (og:site_name `Google Docs`, a sheet's footer `Published by Google
  // Sheets`): the suite only hosts it and is no outlet; the organisation the document says keeps it is (`Maintained by
  // Morabeza Dados SA.`, `Compiled by …`), else none.
  if (siteName && DOCUMENT_HOST.test(siteName.trim()) && (!out.outlet || DOCUMENT_HOST.test(out.outlet.trim())))
    out.outlet = keeperNamed(els);
  // A thread on a platform of communities (og:site_name `reddit`) is its community's, `r/Suriname` as the platform names
  // it (og:title `r/Suriname on Reddit: …`, the thread's address `/r/Suriname/comments/…`), headed by the submission's
  // title without the community's name before it (og:title) or after it (<title> `… : Suriname`).
  if (siteName && /^reddit$/i.test(siteName.trim())) {
    const titled = /^(r\/[A-Za-z0-9_]{2,21})\s+on\s+reddit\s*:\s*(\S.*)$/i.exec(oneSpaced(ogTitle ?? ''));
    const address = /\/(r\/[A-Za-z0-9_]{2,21})\/comments\//i.exec(ownAddress ?? '')?.[1];
    const community = titled?.[1] ?? address;
    if (community) {
      out.outlet = community;
      out.platform = undefined;
      const name = community.slice(2);
      const title =
        titled?.[2] ?? (titleTag ? oneSpaced(titleTag).replace(new RegExp(`\\s:\\s${escapeRe(name)}$`, 'i'), '') : '');
      if (title) {
        out.title = title;
        out.titles = [title];
      }
    }
  }
  // A scholarly article's page as an index of journals shows it, with the citation tags every such page carries for
  // indexers (`citation_title`, `citation_author`, `citation_publication_date`, `citation_journal_title`): the journal's,
  // not the index's (`KCI`); dated and signed by the tags where nothing else dates or signs it (an author written surname
  // first, `Kask, Liina`, turned); headed by the title without its subtitle after a spaced colon (`… 평가 : 히트펌프 …을
  // 중심으로`, as Korean journals set one).
  const journal = metas.get('citation_journal_title') ?? metas.get('citation_conference_title');
  const cited = metas.get('citation_title');
  if (journal && cited) {
    out.outlet = journal;
    out.platform = undefined;
    const day =
      metas.get('citation_publication_date') ?? metas.get('citation_online_date') ?? metas.get('citation_date');
    if (!out.date && day) out.date = findDate(day.replace(/\//g, '-'))?.iso;
    const names = els
      .filter((e) => e.name === 'meta' && (e.attribs.name ?? '').toLowerCase() === 'citation_author')
      .map((e) => clean(e.attribs.content ?? '').replace(/^([^,]{2,40}),\s*([^,]{2,40})$/, '$2 $1'))
      .filter((n) => looksLikePersonName(n));
    if (!authors.length && names.length) authors = names;
    const main = /^(\S.{3,}?)\s[:：]\s\S/.exec(out.title ?? cited)?.[1];
    if (main) {
      out.title = main;
      out.titles = [main];
    }
  }
  // A page of a workspace on a suite's canvas (Microsoft Loop: application-name `Microsoft Loop`, <title> `… | Loop`) is
  // the workspace's organisation's, not the suite's: the organisation the account badge names beside its user
  // (`Imani Flowers · Maya Reef Digital Ltd`), else the name the text spells the tenant with (the host its address
  // carries, `…sharepoint.com`); dated by its last edit, signed by its creator and its last editor (its meta line,
  // `Created by X · Last edited by Y, 13 November 2026`).
  const canvas = workspaceCanvas(els, metas, titleTag, page);
  if (canvas) {
    if (canvas.outlet) out.outlet = canvas.outlet;
    out.platform = undefined;
    if (canvas.date) out.date = canvas.date;
    out.modified = undefined;
    if (canvas.authors.length) authors = canvas.authors;
  }
  const channel =
    siteName && out.outlet && sameName(out.outlet, siteName) ? platformChannel(els, titleTag, siteName) : undefined;
  if (channel) {
    out.outlet = channel.name;
    if (channel.writer && !authors.length) authors = [channel.writer];
  }
  const orgs = new Set(
    [
      (channel && authors.some((a) => fold(a) === fold(channel.name))) || byChannel ? undefined : out.outlet,
      site,
      publisher,
    ]
      .filter(Boolean)
      .map((s) => fold(s!)),
  );
  out.authors = [...new Set(authors.filter((a) => !orgs.has(fold(a))))];
  out.utcDate = utcDate && !captured;
  return out;
}

/** A separator between a page's headline and its site in a <title>. */
const SITE_TITLE_SEP = /\s[|–—:<>·-]\s/;

/** A class for a board post's poster (`nickname`, `nick`, `view_name`). */
const POSTER_CLASS =
  /^(?:nickname|nick|nick_?name|view_?name|writer_?nick|post_?nick|member_?plate|member_?nick|(?:author|writer|user)[-_]nick(?:_?name)?)$/i;
/** A board's tag naming the kind of post before its title (`[인턴 후기]`, `[공지]`, `[질문]`, `[Review]`). */
const POST_KIND_TAG =
  /^\s*\[(?:[^[\]]{0,12}\s)?(?:[^[\]\s]{0,8}(?:후기|공지|질문|정보|잡담|리뷰|소식|나눔|모집)|review|notice|question|info|q&a)\]/i;
/** A container of comments or replies: what is in it is not the post's. */
const COMMENTS_CLASS = /comment|reply|댓글/i;

/** The nickname a board post's head shows (see readMeta), before any comment. */
function boardPoster(els: Element[]): string | undefined {
  for (const e of els) {
    const words = classWords(e);
    if (words.some((w) => COMMENTS_CLASS.test(w)) || COMMENTS_CLASS.test(e.attribs.id ?? '')) return undefined;
    // (…or a link to the poster's page on the site named by the link's own text, `<a href="/u/@곡성아재">곡성아재</a>`)
    if (!words.some((w) => POSTER_CLASS.test(w)) && !(e.name === 'a' && memberLink(e))) continue;
    const name = oneSpaced(plainText(e));
    return name.length >= 2 && name.length <= 24 && !/\s.*\s/.test(name) && /\p{L}/u.test(name) ? name : undefined;
  }
  return undefined;
}

/** Whether the page links a name to a board its own address is under (`<a href="/b/stock">주식 채널</a>`). */
function boardLink(els: Element[], name: string, address: string): boolean {
  const path = /^(?:https?:\/\/[^/?#\s]+)?(\/[^?#\s]*)/i.exec(address)?.[1];
  if (!path) return false;
  return els.some((e) => {
    if (e.name !== 'a' || oneSpaced(plainText(e)) !== name) return false;
    const to = /^(?:https?:\/\/[^/?#\s]+)?(\/[^?#\s]*?)\/?$/i.exec(e.attribs.href ?? '')?.[1];
    return !!to && to.length > 1 && path.startsWith(`${to}/`);
  });
}

/** A link to a member's page on a site whose address ends in the link's own text (`/u/@곡성아재`, `/member/@x`). */
function memberLink(e: Element): boolean {
  const text = oneSpaced(plainText(e));
  let href = e.attribs.href ?? '';
  try {
    href = decodeURIComponent(href);
  } catch {
    /* an address not encoded is read as written */
  }
  const m = /^(?:https?:\/\/[^/?#\s]+)?\/(?:u|users?|members?|profile)\/@([^/?#\s]{2,24})\/?$/i.exec(href);
  return !!m && m[1] === text;
}

/** A newsletter service's archive as it names its pages (`스티비 뉴스레터 아카이브`, `Newsletter Archive`). */
const NEWSLETTER_ARCHIVE = /(?:뉴스레터\s?아카이브|newsletter\s+archives?)$/i;

/** A chat export viewer's title for a channel's page (`Slack Export - #해외영업-모리셔스`). */
const CHAT_VIEWER_TITLE = /^(?:Slack|Discord|Mattermost|Rocket\.Chat)\s+Export\s*[-–—:|]\s*(#\S.{0,80})$/i;

/** An unroller's title for a thread (`Thread by @tariq_dc_africa on Thread Reader App`). */
const THREAD_BY = /^thread\s+by\s+@([A-Za-z0-9_]{1,30})\b/i;
/** A post's link on the platform it was posted on (`https://x.com/handle/status/183…`). */
const POST_LINK = /^https?:\/\/(?:www\.|mobile\.)?(x|twitter)\.com\/([A-Za-z0-9_]{1,30})\/status\/\d+/i;
/** A thread's mark and its post counter (`🧵`, `1/12`, `1/…`, `(1/5)`). */
const THREAD_MARKS = /^(?:\u{1F9F5}\s*)+|\s*(?:\u{1F9F5}\s*)?[(]?\b1\s?\/\s?(?:\d{1,3}|…|\.\.\.)?[)]?\s*$/gu;

/** A thread unrolled by a reader site (see readMeta), or undefined. */
function threadUnroll(
  els: Element[],
  title: string | undefined,
): { platform: string; title?: string; author?: string; date?: string; updated?: string } | undefined {
  const by = title ? THREAD_BY.exec(oneSpaced(title)) : null;
  if (!by) return undefined;
  const handle = by[1].toLowerCase();
  const link = els
    .map((e) => (e.name === 'a' ? POST_LINK.exec(e.attribs.href ?? '') : null))
    .find((m) => m && m[2].toLowerCase() === handle);
  if (!link) return undefined;
  const platform = link[1].toLowerCase() === 'x' ? 'X' : 'Twitter';
  const firstPost = els.find((e) => classWords(e).some((w) => /^(?:content-)?(?:tweet|post)$/i.test(w)));
  const text = firstPost ? oneSpaced(plainText(firstPost)).replace(THREAD_MARKS, '').trim() : '';
  // (the account holder: a link to the account whose text is its display name, not the handle, not `Read on X`)
  const named = els.find(
    (e) =>
      e.name === 'a' &&
      new RegExp(`/${handle}/?$`, 'i').test(e.attribs.href ?? '') &&
      /^\p{L}[^@/:]{1,58}$/u.test(oneSpaced(plainText(e))) &&
      oneSpaced(plainText(e)).split(' ').length <= 5,
  );
  const timeEl = els.find((e) => e.name === 'time' || classWords(e).includes('time'));
  const date = timeEl ? findDate(oneSpaced(plainText(timeEl)))?.iso : undefined;
  const note = els.find((e) => classWords(e).some((w) => /^update(?:-note|d)?$/i.test(w)));
  const updated = note ? findDate(oneSpaced(plainText(note)))?.iso : undefined;
  return {
    platform,
    title: text && text.length <= 400 ? text : undefined,
    author: named ? oneSpaced(plainText(named)) : undefined,
    date,
    updated: updated && date && updated > date ? updated : undefined,
  };
}

const TELEGRAM_INSTANT = /^(\d\d)\.(\d\d)\.((?:19|20)\d\d)\s+\d\d:\d\d/;
const classWords = (e: Element) => (e.attribs.class ?? '').split(/\s+/);

/** A Telegram Desktop export's chat name, latest message day and signatures (see readMeta), or undefined. */
function telegramExport(els: Element[]): { name: string; date?: string; signatures: string[] } | undefined {
  const header = els.find((e) => e.name === 'div' && classWords(e).includes('page_header'));
  if (!header || !els.some((e) => e.name === 'div' && classWords(e).includes('message'))) return undefined;
  const nameEl = els.find(
    (e) => isInside(e, header) && classWords(e).includes('text') && classWords(e).includes('bold'),
  );
  const name = nameEl ? oneSpaced(plainText(nameEl)) : '';
  if (!name) return undefined;
  let date: string | undefined;
  const signatures: string[] = [];
  for (const e of els) {
    const words = classWords(e);
    // (a message's own time, floated right; a forwarded post's original time, inside its from line, is not the export's)
    if (words.includes('date') && words.includes('pull_right')) {
      const m = TELEGRAM_INSTANT.exec(e.attribs.title ?? '');
      const day = m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
      if (day && (!date || day > date)) date = day;
    }
    if (words.includes('signature')) {
      const who = oneSpaced(plainText(e));
      if (who && looksLikePersonName(who) && !signatures.includes(who)) signatures.push(who);
    }
  }
  return { name, date, signatures };
}

/** Han, kana or Hangul: a letter of a CJK script. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A platform of official accounts whose articles are their accounts' (`WeChat Official Accounts Platform`). */
const ACCOUNT_PLATFORM = /^(?:(?:wechat|weixin)\s+official\s+accounts?(?:\s+platform)?|微信公众平台|微信公众号)$/i;
/** A meta row's word for an original piece (no writer's name). */
const ORIGINAL_MARK = /^(?:original|原创|原創)$/i;
/** A credits line's writer (`Text: Zheng Yaqi | Photos: …`, `文字：…`, `文｜…`). */
const TEXT_CREDIT = /^(?:text|words|文字?|撰文)\s*[:：｜|]\s*([^|｜]{2,40}?)\s*(?:[|｜]|$)/i;

/** An official account's article: its account's name and writers (see readMeta), or undefined. */
function accountArticle(
  els: Element[],
  metas: Map<string, string>,
  page: string,
): { name: string; authors: string[] } | undefined {
  const siteName = metas.get('og:site_name');
  if (!siteName || !ACCOUNT_PLATFORM.test(siteName.trim())) return undefined;
  const nameEl = els.find(
    (e) => e.attribs.id === 'js_name' || classWords(e).some((w) => /(?:^|_)(?:meta_)?nickname$/i.test(w)),
  );
  let name = nameEl ? oneSpaced(plainText(nameEl)) : '';
  if (!name) name = /\bvar\s+nickname\s*=\s*"([^"]{2,60})"/.exec(page)?.[1] ?? metas.get('og:article:author') ?? '';
  // (a bilingual name, its Latin part first, in a page whose text is not in a CJK script: the Latin part)
  const latin = /^([A-Za-z][A-Za-z0-9&.,'’ -]{1,60}?)\s+[\p{Script=Han}].*$/u.exec(name);
  if (latin && !/^(?:zh|ja|ko)\b/i.test(pageLang(els))) name = latin[1].trim();
  if (!name) return undefined;
  const authors: string[] = [];
  const row = nameEl?.parent && isTag(nameEl.parent) ? (nameEl.parent as Element) : undefined;
  const inRow = row ? row.children.filter((c): c is Element => isTag(c) && c !== nameEl) : [];
  for (const e of inRow) {
    const t = oneSpaced(plainText(e));
    if (!t || ORIGINAL_MARK.test(t) || e.attribs.id === 'publish_time') continue;
    const who = /^(?:written\s+by|by|作者[:：]?|文[:：｜|])\s*(\S.{1,40})$/i.exec(t)?.[1] ?? t;
    if (looksLikePersonName(who) && !authors.includes(who)) authors.push(who);
  }
  if (!authors.length)
    for (const e of els) {
      if (e.name !== 'p') continue;
      const m = TEXT_CREDIT.exec(oneSpaced(plainText(e)));
      if (m && looksLikePersonName(m[1].trim())) {
        authors.push(m[1].trim());
        break;
      }
    }
  return { name, authors };
}

/** A mail header's label for its sending day. */
const SENT_LABEL = /^(?:date|sent|보낸\s?날짜|날짜|보낸\s?시간|발신\s?일시)\s*[:：]?$/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** A day written with slashes (`Mon 10/5/2026`), month and day told apart by the weekday beside it, else US order. */
function slashedDay(t: string): string | undefined {
  const m = /^(?:(sun|mon|tue|wed|thu|fri|sat)\w*,?\s+)?(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/i.exec(t);
  if (!m) return undefined;
  const day = (mo: number, d: number) => {
    const t = new Date(Date.UTC(+m[4], mo - 1, d));
    return t.getUTCMonth() === mo - 1 ? t : undefined;
  };
  const us = day(+m[2], +m[3]),
    eu = day(+m[3], +m[2]);
  const wd = m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) : -1;
  const pick = wd >= 0 ? [us, eu].find((x) => x && x.getUTCDay() === wd) : (us ?? eu);
  return pick?.toISOString().slice(0, 10);
}
/** The value cell after a header row's label cell. */
function rowValue(els: Element[], label: RegExp): string | undefined {
  for (const e of els) {
    if ((e.name !== 'td' && e.name !== 'th' && e.name !== 'dt') || !label.test(oneSpaced(plainText(e)))) continue;
    let next = e.next;
    while (next && !isTag(next)) next = next.next;
    return next ? oneSpaced(plainText(next as Element)) : undefined;
  }
  return undefined;
}

/** A webmail service's print view of a message: its sender's organisation, day, subject and name (see readMeta). */
function mailPrintView(
  els: Element[],
  titleTag: string | undefined,
): { outlet?: string; date?: string; subject: string; sender?: string } | undefined {
  const title = titleTag ? oneSpaced(titleTag) : '';
  const parts = title.split(/\s[|–—-]\s/).map((p) => p.trim());
  if (!title || !MAIL_SERVICE.test(parts[parts.length - 1])) return undefined;
  const subjectEl = els.find((e) => classWords(e).some((w) => /^(?:mail|message)?[-_]?subject$/i.test(w)));
  const from = rowValue(els, SENDER_LABEL);
  if (!subjectEl || !from) return undefined;
  const shown = oneSpaced(plainText(subjectEl));
  const tagged = /^\[([^\]]{2,30})\]\s*(\S.*)$/.exec(shown);
  const subject = tagged ? tagged[2] : shown;
  const sent = rowValue(els, SENT_LABEL);
  const date = sent ? (slashedDay(sent) ?? findDate(sent)?.iso) : undefined;
  const sender = mailSender(els);
  let outlet = tagged?.[1].trim();
  const domain = /@([\w.-]+)/.exec(from)?.[1];
  if (!outlet && domain) {
    const label = domainLabel(domain);
    const lines = els
      .filter((e) => e.name === 'p')
      .slice(0, 300)
      .map((e) => ({ t: plainText(e) }) as Line);
    outlet = label ? nameForDomain(label, lines) : undefined;
  }
  return { outlet, date, subject: subject || shown, sender };
}

/** A workspace suite's canvas of pages, as its pages name it (application-name, og:site_name, <title>'s end). */
const CANVAS_SUITE = /^(?:microsoft\s+)?loop$/i;
/** A canvas page's meta line: its last editor and day (`Last edited by Imani Flowers · Nov 18, 2026`). */
const LAST_EDITED = /^last\s+(?:edited|modified|updated)\s+by\s+(\S.{1,40}?)\s*(?:[,·•]|\bon\b)\s*(\S.{4,40}?)\s*$/i;
/** …and its creator (`Created by Ivana Pejović`). */
const CREATED_BY = /^created\s+by\s+(\S.{1,40}?)\s*(?:[,·•]\s*\S.*)?$/i;

/**
 * The host of a workspace suite's tenant as a canvas page's own address carries it: the address's base64 payload
 * (Loop's `/p/eyJ1Ijoi…`, a JSON of the workspace's `https://tenant.sharepoint.com/`), or the address itself.
 */
function canvasTenant(page: string): string | undefined {
  const saved = savedFromUrl(page);
  if (!saved) return undefined;
  const payload = /\/p\/([A-Za-z0-9_-]{16,})/.exec(saved)?.[1];
  const decoded = payload ? Buffer.from(payload.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8') : '';
  const host = /https?:\/\/([a-z0-9-]+)\.(?:sharepoint\.com|onmicrosoft\.com)/i.exec(decoded)?.[1];
  return host?.toLowerCase().replace(/-my$/, '');
}

/** A workspace canvas's page: its organisation, last edit and people (see readMeta), or undefined. */
function workspaceCanvas(
  els: Element[],
  metas: Map<string, string>,
  titleTag: string | undefined,
  page: string,
): { outlet?: string; date?: string; authors: string[] } | undefined {
  const suite = [metas.get('application-name'), metas.get('og:site_name'), titleTag?.split(/\s\|\s/).pop()];
  if (!suite.some((n) => !!n && CANVAS_SUITE.test(n.trim()))) return undefined;
  let date: string | undefined, editor: string | undefined, creator: string | undefined;
  for (const e of els) {
    if (e.name !== 'span' && e.name !== 'div') continue;
    const t = oneSpaced(plainText(e));
    if (t.length > 120) continue;
    const edited = LAST_EDITED.exec(t);
    if (edited && !editor && looksLikePersonName(edited[1])) {
      editor = edited[1];
      date = findDate(edited[2])?.iso;
    }
    const created = CREATED_BY.exec(t);
    if (created && !creator && looksLikePersonName(created[1])) creator = created[1];
  }
  if (!editor && !creator) return undefined;
  const label = canvasTenant(page);
  // (the account badge over the page, its title the user and the organisation, `Imani Flowers · Maya Reef Digital Ltd`:
  // the organisation, where its letters begin with the tenant's)
  let outlet: string | undefined;
  for (const e of els) {
    const badge = /^(\S.{1,40}?)\s+[·•|]\s+(\S.{1,60})$/.exec(oneSpaced(e.attribs.title ?? ''));
    if (badge && looksLikePersonName(badge[1]) && label && domainLetters(badge[2]).startsWith(label)) {
      outlet = badge[2];
      break;
    }
  }
  if (!outlet && label) {
    const lines = els
      .filter((e) => e.name === 'p' || e.name === 'li' || e.name === 'div')
      .slice(0, 400)
      .map((e) => ({ t: plainText(e) }) as Line);
    outlet = nameForDomain(label, lines);
  }
  const authors = [...new Set([creator, editor].filter((a): a is string => !!a))];
  return { outlet, date, authors };
}

/** A service's sender, its name then its automated address (`Google Alerts <googlealerts-noreply@google.com>`). */
const AUTOMATED_SENDER =
  /^(\S[^<>@]{1,60}?)\s*<[\w.+-]*(?:no-?reply|donotreply|do-not-reply|notifications?|alerts?|digest)[\w.+-]*@[\w.-]+>$/i;

/** Gmail's print view of a message: its subject, sender and day (see readMeta), or undefined. */
function gmailPrintView(
  els: Element[],
  titleTag: string | undefined,
): { subject: string; from: string; date?: string } | undefined {
  const title = /^gmail\s[-–—]\s(\S.*)$/i.exec(titleTag ? oneSpaced(titleTag) : '');
  const message = els.find((e) => e.name === 'table' && classWords(e).includes('message'));
  if (!title || !message) return undefined;
  const row = message.children.flatMap((c) => (isTag(c) && c.name === 'tbody' ? c.children : [c])).find(isTag);
  const cells = row ? row.children.filter((c): c is Element => isTag(c) && c.name === 'td') : [];
  if (cells.length < 2) return undefined;
  const from = oneSpaced(plainText(cells[0]));
  const when = oneSpaced(plainText(cells[cells.length - 1])).replace(/\s+at\s+\d{1,2}:\d\d.*$/i, '');
  return { subject: title[1].trim(), from, date: findDate(when)?.iso };
}

/** A platform of events' programmes whose pages are the events' (`Sched`). */
const PROGRAMME_PLATFORM = /^(?:sched|whova|sessionize)$/i;
/** A programme page's own word for itself in its <title>, after the event's (`… – Schedule`). */
const PROGRAMME_WORD = /^(?:schedule|programme|program|agenda|sched)$/i;

/** An event's programme on a platform of programmes: the event, the page's title and its update (see readMeta). */
function eventProgramme(
  els: Element[],
  metas: Map<string, string>,
  titleTag: string | undefined,
): { event: string; title: string; updated?: string } | undefined {
  const siteName = metas.get('og:site_name');
  if (!siteName || !PROGRAMME_PLATFORM.test(siteName.trim()) || !titleTag) return undefined;
  const h1 = els.find((e) => e.name === 'h1');
  const heading = h1 ? oneSpaced(plainText(h1)) : '';
  if (!heading) return undefined;
  // (an edition's mark, its letters the name's initials and its year, before the name: the edition's, not the event's)
  const edition = /^(\p{Lu}{2,10})\s*(?:19|20)\d\d\s*[:：–—-]\s*(\S.+)$/u.exec(heading);
  const initials = edition ? edition[2].match(/\b\p{Lu}/gu)?.join('') : undefined;
  const event = edition && initials === edition[1] ? edition[2] : heading;
  const parts = oneSpaced(titleTag).split(/\s[|–—-]\s/);
  const title =
    parts.length > 1 && PROGRAMME_WORD.test(parts[parts.length - 1])
      ? parts.slice(0, -1).join(' – ')
      : oneSpaced(titleTag);
  return { event, title, updated: updateNotice(els) };
}

/** A board's label for an anonymous poster (`무명의 더쿠`, `익명`, `익명123`, `ㅇㅇ`, `Anonymous`). */
const ANONYMOUS_POSTER = /^(?:무명의\s?\S{1,8}|익명\d{0,6}|ㅇㅇ(?:\s?\([\d.*]+\))?|anonymous|anon)$/i;

/** An office suite that publishes its users' documents to the web: a host, never the document's outlet. */
const DOCUMENT_HOST =
  /^(?:google\s+(?:docs|sheets|slides|drive)|microsoft\s+(?:onedrive|sharepoint)|onedrive|dropbox)$/i;
/** A document's own line naming who keeps it (`Maintained by Morabeza Dados SA.`, `Compiled by the Secretariat`). */
const KEEPER_LINE =
  /\b(?:[Mm]aintained|[Cc]ompiled|[Kk]ept|[Pp]repared|[Pp]ublished)\s+by\s+(\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\d&'’.-]*|of|and|for|&|de|da|do|das|dos|du|des|la|le))*)/u;
/** The organisation a published document names as its keeper (see readMeta), a host's name never, or undefined. */
function keeperNamed(els: Element[]): string | undefined {
  for (const e of els) {
    if (!['td', 'p', 'div', 'span', 'li'].includes(e.name)) continue;
    if (e.children.some((c) => isTag(c) && ['div', 'p', 'table', 'td', 'li'].includes(c.name))) continue;
    const t = oneSpaced(plainText(e));
    const m = t.length <= 300 ? KEEPER_LINE.exec(t) : null;
    // (the name ends with its sentence: `… SA. Last updated …`)
    const name = m?.[1]
      .split(/\.\s/)[0]
      .replace(/[.,]+$/, '')
      .trim();
    // (an organisation's name: a person keeping a sheet is its writer, not its publisher)
    // (…a name ending in a company's legal form is one whatever else it looks like)
    const firm =
      !!name &&
      /\s(?:S\.?A\.?|SAS|GmbH|AG|SE|Inc\.?|Ltd\.?|Limited|LLC|LLP|plc|PLC|N\.V\.|B\.V\.|Corp\.?|Lda\.?|DOOEL|DOO|S\.?p\.?A\.?|S\.?L\.?)$/.test(
        name,
      );
    if (name && !DOCUMENT_HOST.test(name) && !isPlatform(name) && (firm || !looksLikePersonName(name))) return name;
  }
  return undefined;
}

/** A notice's update label before a day (`Last updated Nov 12, 2026.`, `· 업데이트 2026.11.02`). */
const UPDATE_LABEL =
  /(?:^|[.·|]\s*)(?:(?:last\s+)?updated(?:\s+on)?|업데이트|최종\s?(?:업데이트|갱신|수정)(?:일)?|갱신일)\s*[:：]?\s*/gi;
/** The day a page's short notice says it was last updated (see eventProgramme and readMeta), or undefined. */
function updateNotice(els: Element[]): string | undefined {
  for (const e of els) {
    // (…or a sheet's cell: `Last updated 20 Nov 2026.` in a tracker's heading row)
    if (e.name !== 'p' && e.name !== 'div' && e.name !== 'span' && e.name !== 'td') continue;
    const t = oneSpaced(plainText(e));
    if (t.length > 240) continue;
    for (const m of t.matchAll(UPDATE_LABEL)) {
      // (an update after the day a byline gives, `4 March 2026, 18:40 · Updated 5 March 2026`: the byline's day stands)
      if (findDate(t.slice(0, m.index))) break;
      const day = findDate(t.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (day && day.index === 0) return day.iso;
    }
  }
  return undefined;
}

/** A preprint's identifier line: the archive, the paper's number and version, its subject class, its day. */
const PREPRINT_LINE = /^(arXiv|bioRxiv|medRxiv|SSRN)\s*:\s*\d{4}\.\d{4,5}(?:v\d+)?\s*\[[\w.-]+\]\s*(\S.{5,30})$/;

/** A preprint's HTML view: its archive, day and authors (see readMeta), or undefined. */
function preprintView(els: Element[]): { archive: string; date: string; authors: string[] } | undefined {
  if (!els.some((e) => classWords(e).includes('ltx_document'))) return undefined;
  let line: RegExpExecArray | null = null;
  for (const e of els.slice(0, 400))
    if (e.name === 'div' && (line = PREPRINT_LINE.exec(oneSpaced(plainText(e))))) break;
  const date = line ? findDate(line[2])?.iso : undefined;
  if (!line || !date) return undefined;
  const authors: string[] = [];
  for (const e of els) {
    if (!classWords(e).includes('ltx_personname')) continue;
    const text = (n: AnyNode): string =>
      isText(n) ? n.data : isTag(n) && n.name !== 'sup' ? n.children.map(text).join('') : ' ';
    for (const part of oneSpaced(decodeHTML(text(e))).split(/\s*,\s*|\s+and\s+/)) {
      const who = part.trim();
      if (who && looksLikePersonName(who) && !authors.includes(who)) authors.push(who);
    }
  }
  return { archive: line[1], date, authors };
}

/** A work platform whose projects' posts are their organisations' (`플로우`, `JANDI`, `Swit`). */
const WORK_PLATFORM = /^(?:플로우|flow|잔디|jandi|스윗|swit|asana|basecamp)$/i;

/** A work platform's post: its organisation, day and writer (see readMeta), or undefined. */
function workPlatformPost(
  els: Element[],
  titleTag: string | undefined,
): { organisation?: string; date?: string; author?: string } | undefined {
  const parts = titleTag ? oneSpaced(titleTag).split(/\s[|–—-]\s/) : [];
  if (parts.length < 2 || !(WORK_PLATFORM.test(parts[0]) || WORK_PLATFORM.test(parts[parts.length - 1])))
    return undefined;
  const head = els.find((e) => classWords(e).some((w) => /^post[-_]?(?:author|writer|head(?:er)?|info)$/i.test(w)));
  if (!head) return undefined;
  const within = (re: RegExp) => {
    const e = els.find((x) => isInside(x, head) && x !== head && classWords(x).some((w) => re.test(w)));
    return e ? oneSpaced(plainText(e)) : undefined;
  };
  const author = within(/^(?:author|writer|user)[-_]?name$/i);
  const shown = within(/^(?:post[-_]?)?date$/i);
  const project = els.find((e) => classWords(e).some((w) => /^project[-_]?(?:title|name)$/i.test(w)));
  const organisation = project ? /\(([^()]{2,30})\)\s*$/.exec(oneSpaced(plainText(project)))?.[1].trim() : undefined;
  return {
    organisation,
    date: shown ? findDate(shown)?.iso : undefined,
    author: author && looksLikePersonName(author) ? author : undefined,
  };
}

/** A written answer's label before its day (`Answered on`, `Date of answer:`). */
const ANSWERED_LABEL = /^(?:answered\s+on|date\s+answered|date\s+of\s+answer|answer\s+date)\s*:?\s*/i;
/** An answering member's post (`Minister of State (…)`, `Parliamentary Under-Secretary of State`, `Secretary of State`). */
const MINISTER_POST =
  /^(?:the\s+)?(?:(?:parliamentary\s+)?(?:under-?\s?)?secretary\s+of\s+state|minister\b|parliamentary\s+secretary|(?:deputy\s+)?prime\s+minister|chancellor\b|attorney\s+general|solicitor\s+general|leader\s+of\s+the\s+house|lord\s+privy\s+seal|treasurer\b)/i;
/** A written answer's day and the minister who gave it (see readMeta), or undefined. */
function writtenAnswer(els: Element[]): { date?: string; minister?: string } | undefined {
  const at = els.findIndex((e) => e.children.length <= 3 && ANSWERED_LABEL.test(oneSpaced(plainText(e))));
  if (at < 0) return undefined;
  const label = els[at];
  const rest = oneSpaced(plainText(label)).replace(ANSWERED_LABEL, '');
  let next = label.next;
  while (next && !isTag(next)) next = next.next;
  const day = findDate(rest)?.iso ?? (next ? findDate(oneSpaced(plainText(next as Element)))?.iso : undefined);
  if (!day) return undefined;
  // (the first name after it whose next line is a minister's post)
  let minister: string | undefined;
  for (const e of els.slice(at + 1, at + 60)) {
    const t = e.children.length <= 2 ? oneSpaced(plainText(e)) : '';
    if (!t || t.length > 60 || !looksLikePersonName(t)) continue;
    let post = e.next;
    while (post && !isTag(post)) post = post.next;
    if (post && MINISTER_POST.test(oneSpaced(plainText(post as Element)))) {
      minister = t;
      break;
    }
  }
  return { date: day, minister };
}

/** A platform of task boards whose cards a page shows (`Trello`), a host, never the card's outlet. */
const BOARD_PLATFORM = /^(?:trello|wekan|kanboard|taiga)$/i;
/** A card's activity entry saying who made it (`X added this card to List`, `X created this card`). */
const CARD_MADE = /^(\S.{1,40}?)\s+(?:added\s+this\s+card\s+to\b|created\s+this\s+card\b|copied\s+this\s+card\b)/;
/** The board's own controls and settings in its header, no workspace's name. */
const BOARD_CONTROL =
  /^(?:[^\p{L}]*|board|table|calendar|timeline|dashboard|map|power-ups|automation|filters?|share|(?:private|public|workspace)(?:\s+visible)?|show menu|\+\d+|(?:\p{Lu}{1,3}\s+)+\+?\d*)$/iu;
/** A task board's card: its workspace, the day it was made and its maker (see readMeta), or undefined. */
function boardCard(els: Element[]): { workspace?: string; date?: string; creator?: string } | undefined {
  let creator: string | undefined, date: string | undefined;
  for (const e of els) {
    const t = e.children.length <= 6 ? oneSpaced(plainText(e)) : '';
    const m = t.length <= 160 ? CARD_MADE.exec(t) : null;
    if (!m) continue;
    // (the entry itself, not an element around it with the maker's avatar initials before it)
    if (e.children.some((c) => isTag(c) && CARD_MADE.test(oneSpaced(plainText(c))))) continue;
    if (!looksLikePersonName(m[1])) continue;
    creator = m[1];
    // (the entry's day: the element beside it, or its own text's)
    let next = e.next;
    while (next && !isTag(next)) next = next.next;
    date = (next ? findDate(oneSpaced(plainText(next as Element)))?.iso : undefined) ?? findDate(t)?.iso;
    if (!date && e.parent && isTag(e.parent)) date = findDate(oneSpaced(plainText(e.parent)))?.iso;
    break;
  }
  // (the header's items that name: the board's title its heading, then the workspace, controls and settings aside)
  const header = els.find((e) => classWords(e).some((w) => /^board[-_]?header$/i.test(w)));
  const heading = header ? els.find((e) => /^h[1-3]$/.test(e.name) && isInside(e, header)) : undefined;
  const names = header
    ? els
        .filter((e) => isInside(e, header) && e !== header && e !== heading && !e.children.some(isTag))
        .map((e) => oneSpaced(plainText(e)))
        .filter((t) => t.length >= 3 && t.length <= 60 && !BOARD_CONTROL.test(t))
    : [];
  const workspace = names.length === 1 ? names[0] : undefined;
  if (!creator && !workspace) return undefined;
  return { workspace, date, creator };
}

/** A wiki export's metadata line: its creator, its last editor, the day. */
const WIKI_METADATA = /^created\s+by\s+(\S.{1,40}?)\s*,\s*last\s+modified(?:\s+by\s+\S.{1,40}?)?\s+on\s+(\S.{5,30})$/i;

/** A wiki page exported from its space: its title without the space's key, its day and creator, or undefined. */
function wikiExportPage(
  els: Element[],
  titleTag: string | undefined,
): { title: string; date?: string; creator?: string } | undefined {
  const keyed = titleTag ? /^([A-Z][A-Z0-9]{1,14})\s:\s(\S.*)$/.exec(oneSpaced(titleTag)) : null;
  if (!keyed) return undefined;
  const meta = els.find((e) => classWords(e).includes('page-metadata'));
  const line = meta ? WIKI_METADATA.exec(oneSpaced(plainText(meta))) : null;
  if (!line) return undefined;
  return {
    title: keyed[2],
    date: findDate(line[2])?.iso,
    creator: looksLikePersonName(line[1]) ? line[1] : undefined,
  };
}

/** A platform of channels whose web preview shows a channel's posts (`Telegram`, t.me/s/…). */
const CHANNEL_PLATFORM = /^telegram$/i;
/** A post's closing signature: a dash and a name (`— Sereana T.`, `-- Adnan M.`). */
const SIGNATURE_LINE = /^(?:[—–]|--?)\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,2})$/u;

/** A channel's web preview on a platform of channels: its name and its posts' signers (see readMeta), or undefined. */
function channelPreview(
  els: Element[],
  metas: Map<string, string>,
  titleTag: string | undefined,
): { name: string; authors: string[] } | undefined {
  const siteName = metas.get('og:site_name');
  const ogTitle = metas.get('og:title');
  if (!siteName || !CHANNEL_PLATFORM.test(siteName.trim()) || !ogTitle || !titleTag) return undefined;
  const parts = oneSpaced(titleTag)
    .split(/\s[|:–—-]\s/)
    .map((p) => p.trim());
  if (parts.length !== 2 || !CHANNEL_PLATFORM.test(parts[1]) || !sameName(parts[0], oneSpaced(ogTitle)))
    return undefined;
  const name = parts[0];
  const signers: string[] = [];
  for (const e of els)
    if (classWords(e).some((w) => /(?:^|[_-])(?:from[_-]?author|signature)$/i.test(w))) {
      const who = oneSpaced(plainText(e));
      if (who && looksLikePersonName(who) && !signers.includes(who)) signers.push(who);
    }
  if (!signers.length) {
    const described = oneSpaced(metas.get('og:description') ?? metas.get('description') ?? '');
    for (const e of els) {
      if (e.name !== 'i' && e.name !== 'em') continue;
      const m = SIGNATURE_LINE.exec(oneSpaced(plainText(e)));
      if (!m) continue;
      const who = fullNameIn(m[1], described);
      if (looksLikePersonName(who) && !signers.includes(who)) signers.push(who);
    }
  }
  return { name, authors: signers };
}

/** A name signed short (`Sereana T.`) as a text names it in full (`… by Sereana Tuilagi`), else as signed. */
function fullNameIn(short: string, text: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu})\.?$/u.exec(short);
  if (!m) return short;
  const full = new RegExp(
    `(?<![\\p{L}])${escapeRe(m[1])}\\s+(${m[2]}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}]+)?)(?![\\p{L}])`,
    'u',
  ).exec(text);
  return full ? `${m[1]} ${full[1]}` : short;
}

/** A Korean public record's field labels, spaces aside: the project's name, the government or body that discloses it. */
const KO_RECORD_LABEL = /^(사업명|자치단체|지방자치단체|공시기관|제목)$/;

/** A copyright line's holder (`© 2026 Asia Pacific Infrastructure Finance Corporation. …`): capitalized words and joining ones. */
const COPYRIGHT_HOLDER =
  /(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)?(\p{Lu}[\p{L}&'’-]*(?:\s(?:\p{Lu}[\p{L}&'’-]*|of|and|for|the|&)){1,10})/u;

/** A class naming the element that names an entry's feed (`article_feed_title`, `EntryMetadataSource__title`). */
const FEED_SOURCE_CLASS =
  /(?:^|[_-])(?:feed|source)(?:[_-]+(?:title|name))?$|(?<=[a-z])(?:Feed|Source)(?:[_-]+(?:title|name))?$/i;

/** Feed readers that show other sites' articles (a head start, not a closed list). */
const FEED_READER =
  /^(?:inoreader|feedly|newsblur|the old reader|feedbin|miniflux|netnewswire|feeder|bazqux(?: reader)?)$/i;

/** A webmail service as its pages name themselves (`네이버 메일`, `Daum 메일`, `Gmail`, `Outlook`). */
const MAIL_SERVICE =
  /^(?:(?:네이버|다음|daum|카카오|kakao|naver|yahoo|proton)\s?(?:메일|mail)|한메일|gmail|outlook(?:\.com)?)$/i;
/** A mail header's label for its sender. */
const SENDER_LABEL = /^(?:보낸\s?사람|발신자|발신인|from)\s*[:：]?$/i;
/** A company's unit that sends its mail (`IR팀`, `홍보팀`, `Investor Relations`). */
const SENDING_UNIT = /\s+(?:[A-Za-z가-힣]{1,10}(?:팀|실|부|센터)|investor\s+relations|ir|newsroom|communications)$/i;
/** The sender a webmail page's header names, its address and its sending unit aside. */
function mailSender(els: Element[]): string | undefined {
  for (const e of els) {
    if (!['dt', 'th', 'span', 'strong', 'label', 'td'].includes(e.name) || !SENDER_LABEL.test(plainText(e))) continue;
    let next = e.next;
    while (next && !isTag(next)) next = next.next;
    if (!next) return undefined;
    const v = oneSpaced(
      (next as Element).children
        .filter((c) => isText(c) || (isTag(c) && !/badge|label|tag/i.test(c.attribs.class ?? '')))
        .map((c) => (isText(c) ? decodeHTML(c.data) : plainText(c as Element)))
        .join(' '),
    )
      .replace(/<[^>]*@[^>]*>|[\w.%+-]+@[\w.-]+/g, ' ')
      .replace(/["“”]/g, '')
      .trim();
    const name = v.replace(SENDING_UNIT, '').trim();
    return name.length >= 2 && name.length <= 40 ? name : undefined;
  }
  return undefined;
}
/** An archive.today host (`archive.ph`, `archive.today`, `archive.is`, …). */
const ARCHIVE_HOST = /^(?:www\.)?archive\.(?:today|ph|is|li|vn|fo|md)$/i;
/**
 * The host of the page an archive.today capture holds (its `<link rel="bookmark" href="https://archive.ph/
 * 2026.02.26-110217/https://www.dohaledger.qa/…">`), when the page is such a capture (its site name or address the
 * archive's); '' for a capture that does not say, undefined for any other page.
 */
function archivedHost(page: string, metas: Map<string, string>, els: Element[]): string | undefined {
  const canonical = els.find((e) => e.name === 'link' && /\bcanonical\b/i.test(e.attribs.rel ?? ''))?.attribs.href;
  const saved = savedFromUrl(page);
  const archive = [metas.get('og:site_name'), hostOf(metas.get('og:url')), hostOf(canonical), hostOf(saved)].some(
    (h) => !!h && ARCHIVE_HOST.test(h.trim()),
  );
  if (!archive) return undefined;
  for (const e of els) {
    if (e.name !== 'link' || !/\bbookmark\b/i.test(e.attribs.rel ?? '')) continue;
    const m = /^https?:\/\/[^/]+\/[\d.-]+\/(https?:\/\/[^\s]+)$/i.exec(e.attribs.href ?? '');
    if (m && !ARCHIVE_HOST.test(hostOf(m[1]) ?? '')) return hostOf(m[1]);
  }
  return '';
}

/**
 * A date a page's script sets as a variable or a field named for sending or publishing, as a written date or an ISO
 * one (a Mailchimp archive's `var campaignSentDate = "Mon, Oct 5, 2026 7:02 AM";`, a data layer's `"publishDate":
 * "2026-10-05"`): what the page states, outside its visible text. A name of another date (an event's, a comment's) says
 * nothing.
 */
const SCRIPT_DATE =
  /(?:^|[\s{,;(.])["']?(?:[A-Za-z]*[a-z](?:Sent|Publish(?:ed)?|Pub|Released?|Posted)|(?:[A-Za-z]*_)?(?:[Ss]ent|[Pp]ublish(?:ed)?|[Pp]ub|[Rr]eleased?|[Pp]osted))_?(?:[Dd]ate|[Tt]ime|[Aa]t|[Oo]n)(?:[Tt]ime)?["']?\s*[:=]\s*["']([^"'\n<>]{6,60})["']/g;
function scriptDate(el: Element): string | undefined {
  const src = el.children
    .map((c) => (isText(c) ? c.data : ''))
    .join('')
    .slice(0, 200_000);
  SCRIPT_DATE.lastIndex = 0;
  for (let m = SCRIPT_DATE.exec(src); m; m = SCRIPT_DATE.exec(src)) {
    const iso = isoDate(m[1]);
    if (iso) return iso;
  }
  return undefined;
}

/**
 * How many items a listing page shows, each an <article> holding its own <time> (a coverage page's, a feed's): a page
 * of several such items is a listing, no one piece, and the first item's time is no date of the page.
 */
function listedItems(els: Element[]): number {
  let n = 0;
  for (const e of els) {
    if (e.name !== 'article') continue;
    // (an item on its own, not a comment inside a post's <article>: a post with its comments is one piece)
    let up = e.parent;
    while (up && !(isTag(up) && up.name === 'article')) up = up.parent;
    if (up) continue;
    const stack: AnyNode[] = [...e.children];
    while (stack.length) {
      const x = stack.pop()!;
      if (!isTag(x)) continue;
      if (x.name === 'time') {
        n++;
        break;
      }
      if (x.name !== 'article') stack.push(...x.children);
    }
  }
  return n;
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The first article node in the page's JSON-LD blocks (arrays and @graph lists too), and every node by @id. */
function findArticleNode(blocks: Json[]): {
  article?: JsonObject;
  byId: Map<string, JsonObject>;
  nodes: JsonObject[];
} {
  const byId = new Map<string, JsonObject>();
  const nodes: JsonObject[] = [];
  const stack: { v: Json; depth: number }[] = blocks.map((v) => ({ v, depth: 0 })).reverse();
  while (stack.length && nodes.length < 5000) {
    const { v, depth } = stack.pop()!;
    if (depth > 6 || !v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1 });
      continue;
    }
    nodes.push(v);
    if (typeof v['@id'] === 'string' && !byId.has(v['@id'])) byId.set(v['@id'], v);
    if (Array.isArray(v['@graph']))
      for (let i = v['@graph'].length - 1; i >= 0; i--) stack.push({ v: v['@graph'][i], depth: depth + 1 });
  }
  // A question-and-answer page (`QAPage`) is its question's, the `mainEntity` it holds: the asker writes it.
  const qa = nodes.find((n) => types(n).includes('QAPage'))?.mainEntity;
  const question =
    qa && typeof qa === 'object' && !Array.isArray(qa) && types(qa).includes('Question') ? qa : undefined;
  return { article: nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t))) ?? question, byId, nodes };
}

/** The channel's link beside a video (`<a class="channel-name" href="/@…">Pohjola Datacenters</a>`, `itemprop="author"`). */
function channelLink(els: Element[]): string | undefined {
  const el = els.find(
    (e) =>
      e.name === 'a' &&
      (/(?:^|\s)(?:channel-name|ytd-channel-name|owner-name|channel-title)(?:\s|$)/.test(e.attribs.class ?? '') ||
        /^\/(?:@|channel\/|c\/|user\/)/.test(e.attribs.href ?? '')),
  );
  const t = el ? plainText(el).replace(/\s+/g, ' ').trim() : undefined;
  return t && t.length <= 80 ? t : undefined;
}

/** Entities decoded (JSON-LD and attributes carry them), whitespace collapsed. */
function clean(s: string): string {
  return decodeHTML(s).replace(/\s+/g, ' ').trim();
}

/** YYYY-MM-DD from an ISO timestamp (the date as the page writes it, in its own time zone) or a written date. */
/** An instant given in UTC (`2026-10-21T19:08:22Z`, `…+00:00`): its day is Greenwich's, not the page's own. */
const UTC_INSTANT = /^\s*(?:19|20)\d\d-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$/;

/** The label a distribution service sets before the company whose release it carries. */
const RELEASED_BY =
  /^(?:배포\s?기업|배포처|배포\s?회사|제공\s?기업|보도자료\s?제공|출처|news\s+provided\s+by|provided\s+by|distributed\s+for|source|issuer)\s*[:：]?\s*(.{2,60})$/i;

/** Whether a short element of the page names `org` as the company whose release it carries (`배포 기업: 여명전선`). */
function releasedBy(els: Element[], org: string): boolean {
  for (const e of els) {
    if (e.name === 'script' || e.name === 'style' || e.name === 'head' || e.name === 'meta') continue;
    if (!['span', 'p', 'div', 'li', 'dd', 'small', 'td'].includes(e.name)) continue;
    const t = plainText(e);
    if (t.length > 80) continue;
    const m = RELEASED_BY.exec(t);
    if (m && fold(m[1].trim()) === fold(org)) return true;
  }
  return false;
}

/** A date label a page shows its readers before the date (`Published: …`, `Posted on …`, `입력 …`). */
const SHOWN_LABEL = /^(?:(?:first\s+)?published|posted|입력|게시일?|작성일?|등록일?)\s*(?:on\s+)?[:：]?\s*(\S.*)$/i;

/**
 * Whether an element sits in a card about another article: the nearest `<article>` or `<li>` around it (within four
 * levels) holds a heading under the page's that is a link (`<h3><a href="https://…">CDC approves …</a></h3>`), as an aggregator's source
 * cards and a list's teasers do; the page's own story is headed by no link.
 */
function inLinkedCard(e: Element): boolean {
  let p = e.parent;
  for (let up = 0; p && isTag(p) && up < 4; up++, p = p.parent) {
    if (p.name !== 'article' && p.name !== 'li') continue;
    const stack: AnyNode[] = [...p.children];
    let linked = false;
    while (stack.length) {
      const n = stack.shift()!;
      if (!isTag(n)) continue;
      // (a post's own page may head it by a link to itself, in its <h1>: that card is the page's)
      if (n.name === 'h1') return false;
      if (/^h[2-4]$/.test(n.name) && n.children.some((c) => isTag(c) && c.name === 'a' && c.attribs.href))
        linked = true;
      stack.push(...n.children);
    }
    return linked;
  }
  return false;
}

/**
 * The publication day the page's visible text shows (a `<time>`'s text, a short element reading `Published: October 22,
 * 2026 6.08am AEDT`), as ISO: the day where the page is.
 */
function shownDate(els: Element[]): string | undefined {
  for (const e of els) {
    if (e.name === 'script' || e.name === 'style' || e.name === 'meta' || e.name === 'head') continue;
    if (e.name !== 'time' && !['span', 'p', 'div', 'li', 'dd', 'small'].includes(e.name)) continue;
    // (a day shown on a card of another article, an aggregator's source or a list's teaser, is that article's)
    if (inLinkedCard(e)) continue;
    const t = plainText(e);
    if (t.length > 90 || t.length < 8) continue;
    const m = e.name === 'time' ? [t, t] : SHOWN_LABEL.exec(t);
    const d = m ? findDate(m[1]) : undefined;
    if (d && d.index <= 12) return d.iso;
  }
  return undefined;
}

function isoDate(s: string): string | undefined {
  const m = /^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])/.exec(s);
  if (m) {
    const y = +m[1],
      mo = +m[2],
      d = +m[3];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate())
      return `${m[1]}-${m[2]}-${m[3]}`;
    return undefined;
  }
  return findDate(s.slice(0, 200))?.iso;
}

const KO_ROLE =
  /\s*(?:선임기자|수석기자|전문기자|객원기자|인턴기자|수습기자|기자|특파원|논설위원|편집위원|칼럼니스트|에디터|통신원)$/;

/** A Notion page's property named as `label` says (`<span class="notion-property-name">최종 편집 일시</span>`): its value. */
function notionProperty(els: Element[], label: RegExp): string | undefined {
  for (const e of els) {
    if (!/\bnotion-property-name\b/.test(e.attribs.class ?? '') || !label.test(plainText(e).trim())) continue;
    let next = e.next;
    while (next && !(isTag(next) && /\bnotion-property-value\b/.test(next.attribs.class ?? ''))) next = next.next;
    return next && isTag(next) ? plainText(next).trim() || undefined : undefined;
  }
  return undefined;
}

/** A platform of groups or channels whose pages are its groups' or channels' (`BAND`, `밴드`, `카카오톡 채널`). */
const GROUP_PLATFORM =
  /^(?:band|밴드|네이버\s?밴드|카카오톡\s?채널|카카오\s?채널|kakao\s?talk\s+channel|kakao\s+channel)$/i;

/** The group a platform's page title names beside the platform (`세종 산단 기업인 모임 | 밴드`), or undefined. */
function groupName(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title
    .split(/\s[|:–—-]\s/)
    .map((p) => p.trim())
    .filter(Boolean);
  const own = parts.filter((p) => !GROUP_PLATFORM.test(p));
  return parts.length === 2 && own.length === 1 && own[0].length <= 60 ? own[0] : undefined;
}

/**
 * The name in a post's writer box (an element classed as its writer's, `postWriterInfo`, holding one classed `name`),
 * the affiliation or role after it in brackets aside; undefined unless it is a person's.
 */
function writerBoxName(els: Element[]): string | undefined {
  const box = els.find((e) => /\bpost-?writer|\bwriter-?info\b/i.test(e.attribs.class ?? ''));
  if (!box) return undefined;
  const stack: AnyNode[] = [...box.children];
  while (stack.length) {
    const n = stack.shift()!;
    if (!isTag(n)) continue;
    if (/(?:^|\s)(?:name|user-?name|writer-?name)(?:\s|$)/i.test(n.attribs.class ?? '')) {
      const t = plainText(n)
        .replace(/\s*[(（][^()（）]{1,40}[)）]\s*$/, '')
        .trim();
      return /^[가-힣]{2,4}$/.test(t) || looksLikePersonName(t) ? t : undefined;
    }
    stack.push(...n.children);
  }
  return undefined;
}

/** The people a byline string names: "By A, B and C", "박서연 기자"; URLs and e-mail addresses are no names. */
function personNames(s: string): string[] {
  return s
    .replace(/^\s*(?:by|written by)\s+/i, '')
    .split(/\s*(?:,|;|\band\b|&|·|\|)\s*/)
    .map((p) =>
      p
        .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g, '')
        .replace(KO_ROLE, '')
        .trim(),
    )
    .filter((p) => p.length > 1 && p.length <= 60 && !/^https?:|^www\.|\//i.test(p) && !WITHHELD_NAME.test(p));
}
/** What a page sets where a writer chose to show no name (`비공개`, `익명`, `Anonymous`): nobody's name. */
const WITHHELD_NAME = /^(?:비공개|익명|알\s?수\s?없음|anonymous|anon|private|hidden|unknown|\[deleted\])$/i;

/** A <title> without a site name the page gives: "Headline | Site", "Headline - Site", "Headline — Site". */
function stripNamed(title: string, names: (string | undefined)[]): string | undefined {
  for (const n of names) {
    if (!n) continue;
    const esc = escapeRe(n);
    const m =
      new RegExp(`^(.+?)\\s*[|\\-–—:·<]\\s*${esc}\\s*$`, 'i').exec(title) ??
      new RegExp(`^\\s*${esc}\\s*[|\\-–—:·>]\\s*(.+)$`, 'i').exec(title);
    if (m) return m[1].trim();
  }
  return undefined;
}

/** A <title> cut at its first " | ". */
function stripBar(title: string): string {
  const bar = title.split(/\s+\|\s+/);
  return bar.length > 1 ? bar[0].trim() : title.trim();
}

/**
 * A <title> that is a headline the page shows plus what the site adds: the headline, and the site's name (the
 * last part after it, or the first before it); a platform, a section or a part longer than the headline is no name.
 */
function splitTitle(title: string, shown: (string | undefined)[]): { headline: string; site?: string } | undefined {
  const whole = title.replace(/\s+/g, ' ').trim();
  return (
    splitTitleBy(whole, shown) ??
    // (…or both under a rubric's tag, the heading with the rubric's name before it too: `[채용설명회] X > 공지사항 |
    // Site` over `<h2>채용설명회 [채용설명회] X</h2>`, `[정보] X - 코스닥 마이너 갤러리` over `<h3>[정보] X</h3>`: X)
    (RUBRIC_TAG.test(whole)
      ? splitTitleBy(
          whole.replace(RUBRIC_TAG, ''),
          shown.map((c) => c?.replace(/\s+/g, ' ').trim().replace(HEADING_RUBRIC, '')),
        )
      : undefined)
  );
}
const oneSpaced = (t: string) => t.replace(/\s+/g, ' ').trim();
/** A board's class for a post's writer's nickname (`nickname`, `nick`, `nick_name`). */
const NICKNAME_CLASS = /(?:^|\s)nick(?:[-_]?name)?(?:\s|$)/i;

/** The page's own language, as its <html lang> says. */
function pageLang(els: Element[]): string {
  return els.find((e) => e.name === 'html')?.attribs.lang ?? '';
}

/**
 * The site's name as its logo shows it: the first link in the page header's <h1> (in a <header>, or an <h1> classed a
 * logo) that goes to the site's home (a path of at most one part: `https://www.dcinside.com/`, `…/kr/`), its text.
 */
function logoName(els: Element[]): string | undefined {
  for (const e of els) {
    if (e.name === 'main' || e.name === 'article') return undefined;
    if (e.name !== 'h1') continue;
    const inHeader = (() => {
      for (let p = e.parent; p; p = p.parent) if (isTag(p) && p.name === 'header') return true;
      return false;
    })();
    if (!inHeader && !/\blogo\b/i.test(e.attribs.class ?? '')) return undefined;
    const a = e.children.find((c): c is Element => isTag(c) && c.name === 'a');
    if (!a || !/^https?:\/\/[^/?#]+\/?(?:[^/?#]+\/?)?$/.test(a.attribs.href ?? '')) return undefined;
    const t = oneSpaced(plainText(a));
    return t.length >= 2 && t.length <= 30 ? t : undefined;
  }
  return undefined;
}

/** A board's label for the day a post was written (`작성일`, `등록일`, `게시일`, `작성일시`). */
const POSTED_LABEL = /^(?:작성|등록|게시|공고)일(?:자|시)?$/;
/** The day a board's field gives: a date, or a board's `26-10-14 10:37`, its year's first two digits left off. */
function postedDay(t: string): string | undefined {
  if (t.length > 40) return undefined;
  const d = findDate(t)?.iso;
  if (d) return d;
  const m = /^(\d{2})([-./])(\d{2})\2(\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  return m ? findDate(`20${m[1]}-${m[3]}-${m[4]}`)?.iso : undefined;
}
/** A rubric's tag in brackets opening a title (`[정보] `, `[채용설명회] `). */
const RUBRIC_TAG = /^\[[^[\]]{1,12}\]\s*/;
/** …and in a heading, its rubric's name maybe set before it (`채용설명회 [채용설명회] `). */
const HEADING_RUBRIC = /^(?:[^[\]\s]{1,12}\s)?\[[^[\]]{1,12}\]\s*/;

function splitTitleBy(T: string, shown: (string | undefined)[]): { headline: string; site?: string } | undefined {
  const low = T.toLowerCase();
  for (const c of shown) {
    if (!c) continue;
    const H = c.replace(/\s+/g, ' ').trim();
    if (H.length < 8 || H.length >= T.length) continue;
    const h = H.toLowerCase();
    const before = low.startsWith(h);
    if (!before && !low.endsWith(h)) continue;
    const rest = before ? T.slice(H.length) : T.slice(0, T.length - H.length);
    if (!(before ? /^\s*[|\-–—:·<>»]/ : /[|\-–—:·<>»]\s*$/).test(rest)) continue;
    const parts = rest
      .split(/[|–—·<>»]|\s[-:]\s|^\s*[-:]|[-:]\s*$/)
      .map((x) => x.trim())
      .filter(Boolean);
    let part = (before ? parts[parts.length - 1] : parts[0]) ?? '';
    // (a community on a platform names itself beside the platform: `… | 여수산단 사람들 - Daum 카페`; the community's)
    const beside = before ? parts[parts.length - 2] : parts[1];
    if (isPlatform(part) && parts.length === 2 && beside) part = beside;
    // What is left is longer than the heading: the heading is the site's name (a logo in an <h1>), not the headline.
    if (part.length >= H.length) continue;
    const name = cleanName(part);
    return { headline: H, site: name && !isPlatform(name) && !isSectionWord(name) ? name : undefined };
  }
  return undefined;
}

/** The texts of the page's headings (<h1>–<h3>, elements whose class says title or headline), the first few. */
function headingTexts(els: Element[]): string[] {
  const out: string[] = [];
  for (const e of els) {
    if (out.length >= 20) break;
    if (e.name === 'title' || e.name === 'head' || e.name === 'script' || e.name === 'style') continue;
    if (!/^h[1-3]$/.test(e.name) && !/title|headline|heading/i.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`))
      continue;
    // (a link aggregator shows a submission's title with its link's domain after it: `… (deltatechreview.example)`)
    const t = plainText(e).replace(/\s\(\s?(?:[a-z0-9-]+\.)+[a-z]{2,}\s?\)$/, '');
    if (t && t.length <= 300) out.push(t);
  }
  return out;
}

/** Whether `e` is `root` or inside it. */
function isInside(e: Element, root: Element): boolean {
  for (let p: AnyNode | null = e; p; p = p.parent) if (p === root) return true;
  return false;
}

/** The host of the article a browser's reader view shows (`<!-- saved from url=(…)about:reader?url=https%3A%2F%2F… -->`). */
function readerViewOf(page: string): string | undefined {
  const saved = /<!--\s*saved from url=\(\d+\)\s*about:reader\?url=([^\s>&]+)/i.exec(page.slice(0, 4000));
  if (!saved) return undefined;
  let u: string;
  try {
    u = decodeURIComponent(saved[1]);
  } catch {
    return undefined;
  }
  return hostOf(u);
}

/** The host of an http(s) address (`www.` and all), undefined for none or another scheme. */
function hostOf(u: string | undefined): string | undefined {
  return u ? /^https?:\/\/([^/:?#\s]+)/i.exec(u)?.[1] : undefined;
}

/** The address a browser's saved page names in its `<!-- saved from url=(…)… -->` line, among its first 4,000 characters. */
function savedFromUrl(page: string): string | undefined {
  return /<!--\s*saved from url=\(\d+\)\s*([^\s>]+)/i.exec(page.slice(0, 4000))?.[1];
}

/** A user's page on a forum or aggregator, by its address (`/user?id=tumoli`, `/users/saltflat`, `/u/…`). */
const USER_PAGE = /^(?:https?:\/\/[^/?#\s]+)?\/(?:user\?id=[\w.-]+|users?\/[\w.-]+|u\/[\w.-]+|member\/[\w.-]+)\/?$/i;
/** A user's link, as a forum or aggregator classes it (`hnuser`, `username`, `user-link`). */
const USER_LINK = /(?:^|\s)(?:hn)?user(?:name|-?link)?(?:\s|$)/i;
/**
 * The first submission line of a link aggregator's or forum's page: the user linked right after `by` (`… points by
 * <a class="hnuser" href="user?id=saltflat">saltflat</a>`), and the ISO instant the age beside it gives in its title
 * (`<span class="age" title="2026-05-03T07:12:44 1777792364">`).
 */
function submissionLine(els: Element[]): { user?: string; date?: string } | undefined {
  for (const e of els) {
    // (the user's link classed so, or its address a user's page, `<a href="/user?id=tumoli">`)
    if (e.name !== 'a' || !(USER_LINK.test(e.attribs.class ?? '') || USER_PAGE.test(e.attribs.href ?? ''))) continue;
    const before = e.prev && isText(e.prev) ? e.prev.data : '';
    // (after `by`, or a Korean board's `작성자`/`글쓴이`)
    if (!/(?:\bby|작성자|글쓴이|게시자)\s*[:：]?\s*$/i.test(before)) continue;
    const user = plainText(e);
    if (!/^[\w.-]{2,40}$/.test(user)) return undefined;
    let date: string | undefined;
    for (let n = e.next, k = 0; n && k < 4; n = n.next, k++) {
      if (!isTag(n)) continue;
      const m = /^((?:19|20)\d\d-\d\d-\d\d)T\d\d:\d\d/.exec(n.attribs.title ?? n.attribs.datetime ?? '');
      if (m && /(?:^|\s)(?:age|time|date|timestamp)(?:\s|$)/i.test(n.attribs.class ?? n.name)) date = m[1];
      if (m) break;
    }
    return { user, date };
  }
  return undefined;
}

/** What a code host sets after an issue's or a pull request's title (` · Issue #412 · owner/repo`). */
const CODE_HOST_TITLE = /\s+·\s+(?:Issue|Pull Request|Discussion|Merge Request)\s+#\d+\s+·\s+[\w.-]+\/[\w.-]+$/;
/** The words after an opener's link on a code host's issue or pull request (`opened this issue`, `opened this pull request`). */
const OPENED = /^\s*opened\s+this\s+(?:issue|pull\s+request|discussion|merge\s+request)\b/i;
/**
 * The head line of an issue or a pull request on a code host: the user its author link names right before `opened
 * this issue`, and the day the <relative-time> (or <time>) after it gives in its `datetime` (`2026-08-14T09:12:33Z`).
 */
function openerLine(els: Element[]): { user?: string; date?: string } | undefined {
  for (const e of els) {
    if (e.name !== 'a' || !/(?:^|\s)author(?:\s|$)/.test(e.attribs.class ?? '')) continue;
    const after = e.next && isText(e.next) ? e.next.data : '';
    if (!OPENED.test(after)) continue;
    const user = oneSpaced(plainText(e));
    if (!/^[\w.-]{1,40}$/.test(user)) return undefined;
    let date: string | undefined;
    for (let n = e.next, k = 0; n && k < 4; n = n.next, k++) {
      if (!isTag(n) || !/^(?:relative-)?time$/.test(n.name)) continue;
      date = /^((?:19|20)\d\d-\d\d-\d\d)T/.exec(n.attribs.datetime ?? '')?.[1];
      break;
    }
    return { user, date };
  }
  return undefined;
}

/** The outlet the table knows by the page's own address (`<!-- saved from url=… -->`, og:url, canonical). */
function addressOutlet(page: string, metas: Map<string, string>, els: Element[]): string | undefined {
  const canonical = els.find((e) => e.name === 'link' && /\bcanonical\b/i.test(e.attribs.rel ?? ''))?.attribs.href;
  for (const u of [savedFromUrl(page), metas.get('og:url'), canonical]) {
    const host = hostOf(u);
    const o = host ? outletByDomain(host) : undefined;
    if (o) return o.name;
  }
  return undefined;
}

/**
 * The article a page marks up with schema.org microdata, as the JSON-LD node it would be: the first element
 * whose itemtype is an article, with its properties (a nested item's name for author and publisher).
 */
function microdataArticle(els: Element[]): JsonObject | undefined {
  const typeOf = (e: Element) => (e.attribs.itemtype ?? '').split(/[/#]/).pop() ?? '';
  const scope = els.find((e) => e.attribs.itemscope !== undefined && ARTICLE_TYPE.test(typeOf(e)));
  if (!scope) return undefined;
  const node: JsonObject = { '@type': typeOf(scope) };
  const value = (e: Element) => clean(e.attribs.content ?? e.attribs.datetime ?? plainText(e));
  const stack: AnyNode[] = [...scope.children].reverse();
  for (let n = 0; stack.length && n < 20_000; n++) {
    const e = stack.pop()!;
    if (!isTag(e)) continue;
    const props = (e.attribs.itemprop ?? '').split(/\s+/).filter(Boolean);
    const nested = e.attribs.itemscope !== undefined;
    for (const p of props) {
      let v: Json;
      if (nested) {
        const named = findProp(e, 'name');
        const name = named ? value(named) : plainText(e).replace(/^by\s+/i, '');
        v = { '@type': typeOf(e), name };
      } else v = value(e);
      const prev = node[p];
      if (p === 'author') node[p] = Array.isArray(prev) ? [...prev, v] : prev !== undefined ? [prev, v] : [v];
      else if (prev === undefined) node[p] = v;
    }
    if (nested) continue; // a nested item's properties are its own
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]);
  }
  return node;
}

/** The first element under `el` with this itemprop, not inside another nested item. */
function findProp(el: Element, prop: string): Element | undefined {
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const e = stack.pop()!;
    if (!isTag(e)) continue;
    if ((e.attribs.itemprop ?? '').split(/\s+/).includes(prop)) return e;
    if (e.attribs.itemscope !== undefined) continue;
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]);
  }
  return undefined;
}

/** A domain written as a link's whole text (`computefrontier.com`, `www.mekongbusinesstimes.la`). */
const DOMAIN_TEXT = /^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;
/**
 * The link to an article's original a read-later app's view sets under the headline: within a few elements after the
 * first <h1>, its text the domain of its address, that host another than the page's own (its saved-from address); with
 * the `by` line beside it (`<span class="author">by Tobias Rennard</span>`).
 */
function originalLink(els: Element[], page: string): { host: string; by?: string } | undefined {
  const own = /<!--\s*saved from url=\(\d+\)\s*https?:\/\/(?:www\.)?([^/\s:>]+)/i.exec(page.slice(0, 4000))?.[1];
  const h1 = els.findIndex((e) => e.name === 'h1');
  if (!own || h1 < 0) return undefined;
  for (const e of els.slice(h1 + 1, h1 + 12)) {
    if (e.name !== 'a') continue;
    const shown = DOMAIN_TEXT.exec(oneSpaced(plainText(e)))?.[1].toLowerCase();
    const host = /^https?:\/\/(?:www\.)?([^/:?#\s]+)/i.exec(e.attribs.href ?? '')?.[1].toLowerCase();
    if (!shown || !host || shown !== host || host === own.toLowerCase()) continue;
    const box = e.parent && isTag(e.parent) ? (e.parent as Element) : undefined;
    const line = box ? oneSpaced(plainText(box)) : '';
    const by = /(?:^|[·|•]\s*)by\s+([^·|•]{3,60}?)\s*(?:[·|•]|$)/i.exec(line)?.[1];
    return { host, by };
  }
  return undefined;
}

/** A channel's page on a platform, by its address: one segment, a handle's or a name's (`/@namdo-memo`, `https://host/@x`). */
const CHANNEL_PATH = /^(?:https?:\/\/[^/?#\s]+)?\/@?[\w.-]{2,40}\/?$/i;
/**
 * The channel a platform's post is on (see readMeta): the piece of the <title> between the headline and the platform's
 * name, which the page links to the channel's page; its writer, the person's name an author link to that page shows.
 */
function platformChannel(
  els: Element[],
  titleTag: string | undefined,
  siteName: string,
): { name: string; writer?: string } | undefined {
  const pieces = titleTag ? oneSpaced(titleTag).split(/\s[:|–—·]\s/) : [];
  if (pieces.length < 3 || !sameName(pieces[pieces.length - 1], siteName)) return undefined;
  const name = pieces[pieces.length - 2].trim();
  if (!name || name.length > 40 || sameName(name, siteName)) return undefined;
  // (a handle's page, `/@namdo-memo`, or a link classed as the channel's: a section's link, `/economy`, is no channel)
  const link = els.find(
    (e) =>
      e.name === 'a' &&
      oneSpaced(plainText(e)) === name &&
      CHANNEL_PATH.test(e.attribs.href ?? '') &&
      (/\/@/.test(e.attribs.href!) || classWords(e).some((w) => /channel/i.test(w))),
  );
  if (!link) return undefined;
  const path = (h: string) => h.replace(/^https?:\/\/[^/?#\s]+/i, '').replace(/\/$/, '');
  const home = path(link.attribs.href!);
  const by = els.find(
    (e) =>
      e !== link &&
      e.name === 'a' &&
      classWords(e).some((w) => /^(?:author|writer|byline)$/i.test(w)) &&
      path(e.attribs.href ?? '') === home,
  );
  const writer = by ? oneSpaced(plainText(by)) : '';
  return { name, writer: writer && writer !== name && looksLikePersonName(writer) ? writer : undefined };
}

/** A link to a site's home, its host alone (`https://maily.so/`, `/`). */
const HOST_ROOT = /^(?:https?:\/\/[^/?#\s]+\/?|\/)$/i;

/** A Korean company's legal form around its name (`아우라지쿨링(주)`, `㈜득량에너텍`, `주식회사 …`). */
const KO_LEGAL_FORM = /\s*(?:[(（]\s*주\s*[)）]|㈜|주식회사)\s*/g;
/** A Korean name with the post after it, as a company board shows its writer (`함승우 대표이사`, `김도윤 과장`). */
const KO_NAME_POST =
  /^([가-힣]{2,4})(?:\s+(?:대표이사|대표|회장|사장|부사장|전무|상무|이사|본부장|실장|센터장|부장|차장|과장|팀장|대리|주임|사원|매니저|책임|선임|수석))?$/;

/** A board's name as a page's title gives it, its last word the kind of board (`득량에너텍 주주 커뮤니티`, `… Forum`). */
const BOARD_KIND_TITLE =
  /^\S.{0,40}?\s?(?:커뮤니티|게시판|토론방|종목토론(?:실|방)?|community|forum|message\s+board)$/i;

/** An office program that saves a document as a web page, as its generator tag names it. */
const OFFICE_GENERATOR = /\b(?:microsoft\s+word|word\.document|hancom|hwp|libreoffice|openoffice)\b/i;
/**
 * A title as a file is named, not as a document is headed: words joined by underscores (`Nota informativa_HG
 * Giurgiulesti_EN_final`), a version's or a draft's tag at its end (`_final`, `_v2`, ` (최종)`, ` - version anglaise`), or a
 * day's code before the kind of document (`0811 보도자료(경제투자과) …`, `20260909 Press release`).
 */
const FILE_LIKE_TITLE =
  /\S_\S|\s[-–]\s(?:version\s\p{L}{2,12}|\p{L}{2,12}\sversion)$|[_ ](?:final|draft|v\d{1,2}|rev\d{0,2}|최종|수정)\)?$|[(（](?:최종|수정|final)[)）]$|^(?:\d{4}|\d{6}|\d{8})[\s_]+(?:보도\s?자료|보도\s?참고\s?자료|press\s+release|공고|안내)/iu;

/** A case's status line labelling when it was decided (`… | Decision date: 16/07/2026 | …`). */
const DECISION_DATE_LINE =
  /(?:^|[|·]\s*)(?:decision\s+date|date\s+of\s+decision|decided\s+on)\s*:\s*(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d|\S.{5,20}?)(?:\s*[|·]|$)/i;

/** A portal's field naming the body in charge of a notice (`소관부처·지자체`, `소관기관`, `공고기관`). */
const ISSUING_BODY_LABEL = /^(?:소관\s?(?:부처|기관)(?:\s?[·ㆍ/]\s?(?:지자체|기관))?|공고\s?기관|공고\s?주체)$/;
/** A Korean government's name alone: a province, a city, a county, a district, or a ministry (`전라남도`, `보성군`, `산업통상부`). */
const KO_GOVERNMENT = /^[가-힣]{1,12}(?:특별자치도|특별자치시|특별시|광역시|도|시|군|구|부|처|청)$/;

/** A table's labelled rows, a header cell then its value's (`<th>Author</th><td>…</td>`): by label (lower case, a
 * colon after it aside), each row's value in order (an item's Author rows, one a person). */
function labelledCells(els: Element[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const el of els) {
    if (el.name !== 'th' || el.children.length > 2) continue;
    const label = oneSpaced(plainText(el))
      .replace(/\s?[:：]$/, '')
      .toLowerCase();
    if (!label || label.length > 30) continue;
    let next = el.next;
    while (next && !(isTag(next) && next.name === 'td')) next = next.next;
    const value = next ? oneSpaced(plainText(next as Element)) : '';
    if (!value || value.length > 400) continue;
    out.set(label, [...(out.get(label) ?? []), value]);
  }
  return out;
}

/** The field a reference manager names an item's publication by, as its item type calls it. */
const CONTAINER_FIELD =
  /^(?:publication|publication title|website title|blog title|newspaper|magazine|journal|journal title|forum\/listserv title|proceedings title|program title|secondary title)$/;
/** The fields only a reference manager's record of an item has besides its publication. */
const ITEM_FIELD =
  /^(?:item type|reference type|type of work|accessed|date added|library catalog|date accessed|access date)$/;

/**
 * An item as a reference manager's report lays it out (see readMeta): its publication, date and people, when its
 * fields name a publication and at least two of the record's own fields (`Item Type`, `Accessed`, `Date Added`).
 */
function referenceItem(
  fields: Map<string, string[]>,
): { outlet: string; date?: string; authors: string[] } | undefined {
  const container = [...fields.keys()].find((k) => CONTAINER_FIELD.test(k));
  const value = container ? fields.get(container)![0] : '';
  if (!value || value.length > 80 || [...fields.keys()].filter((k) => ITEM_FIELD.test(k)).length < 2) return undefined;
  const people = fields.get('author') ?? fields.get('authors') ?? fields.get('creator') ?? [];
  // (a name written surname first, `Kosec Hribar, Maja`: as a byline writes it)
  const authors = people
    .map((n) => n.replace(/^([^,]{2,40}),\s*([^,]{2,40})$/, '$2 $1'))
    .filter((n) => looksLikePersonName(n) || /^[가-힣]{2,4}$/.test(n));
  return { outlet: value, date: fields.get('date')?.[0], authors };
}

/**
 * The tenant a page's own address (its saved-from line) puts it under on a suite's host, `<tenant>.<suite>.<tld>`
 * (`wando.dooray.com`, `harrowgatepike.sharepoint.com`): the tenant's label and the suite's, or undefined for a host
 * of two labels, a site's own `www`, `news`, `m` or a short label.
 */
function tenantOf(page: string): { label: string; suite: string } | undefined {
  const labels = hostOf(savedFromUrl(page))?.toLowerCase().split('.') ?? [];
  if (labels.length !== 3 || !/^[a-z][a-z0-9-]{3,40}$/.test(labels[0]) || TENANT_NOT.test(labels[0])) return undefined;
  return { label: labels[0].replace(/-/g, ''), suite: labels[1] };
}
/** A work suite's host, its tenants' pages under it (`<tenant>.atlassian.net`, `<tenant>.sharepoint.com`). */
const WORK_SUITE_HOST = /^(?:atlassian|sharepoint|dooray|notion|monday|clickup|zendesk|freshdesk|servicenow|basecamp)$/;
/** A site's own labels before its domain, no tenant's. */
const TENANT_NOT =
  /^(?:www\d?|news|blog|blogs|mobile|amp|home|about|press|media|english|global|store|shop|investors?|ir|careers?|jobs|support|help|docs|community|forum|forums)$/;

/** A magazine issue's name, the magazine's then its number and month (`Caribe Business Review 38 – October 2026`). */
const ISSUE_NAME =
  /^(\S.{2,60}?)\s+(?:No\.?\s*|#|Issue\s+|Vol\.?\s*\d+,?\s*(?:No\.?\s*)?)?\d{1,4}\s*[–—-]\s*(?:[A-Z][a-z]+(?:[/–-][A-Z][a-z]+)?|Q[1-4])\s+(?:19|20)\d\d$/;
/** A printed page's running head, its number and section and the magazine's name between bars (`14 | COVER STORY | …`). */
const RUNNING_HEAD = /^(?:\d{1,4}\s*\|.*|.*\|\s*\d{1,4})$/;

/** A Korean body's unit by its last syllable (`홍보팀`, `기획예산과`, `투자유치실`, `지원센터`, `사업본부`). */
const KO_UNIT_NAME = /^[가-힣]{1,10}(?:팀|과|실|부|국|센터|본부|사무소|담당관)$/;
