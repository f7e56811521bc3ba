// A page as a text browser dumps it (`lynx -dump`, `links -dump`, w3m's with its link numbers): each link's text
// marked with its number in brackets (`[2]The Southern Herald`, `By [15]Nadira Boodoosingh-Clarke`), an image as
// `[IMG]`, and the addresses listed by number under `References` at its end. The marks and the list are the browser's:
// the page is read without them, so its masthead, byline and menus read as they would on the page.
import { MappedText, type TextMap } from './reader';

/** A link's number or an image's mark, as the dump sets it before the link's text. */
const MARK = /\[(?:\d{1,4}|IMG)\]/g;
/** A line of marked links alone (`   [6]News [7]Business [8]Energy`), each link's text a few words. */
const MENU_LINE = /^[ \t]*(?:\[\d{1,4}\][^\[\n]{1,30}?[ \t]*){2,}$/gm;
/** The dump's heading over its list of addresses, alone on its line. */
const REFERENCES = /^(?:References|Visible links|Links:)\s*$/m;
/** An address of the list (`   1. https://…`, `  12. mailto:…`). */
const REFERENCE = /^\s*(\d{1,4})\.\s+(?:https?|ftp|mailto|file|javascript):\S*/;

/**
 * The page's text without the browser's link marks and its list of addresses, with its map back to the file; undefined
 * when the file is no dump (no `References` list of numbered addresses at its end, or fewer than three marks that
 * number its entries).
 */
export function lynxText(file: string): { text: string; toOriginal: TextMap } | undefined {
  if (!file.includes('References') && !file.includes('Visible links') && !file.includes('Links:')) return undefined;
  const heading = REFERENCES.exec(file);
  if (!heading) return undefined;
  const after = file
    .slice(heading.index + heading[0].length)
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '');
  // (the list runs to the file's end: every line after the heading an address of it)
  if (after.length < 3 || !after.every((l) => REFERENCE.test(l))) return undefined;
  const listed = after.length;
  const head = file.slice(0, heading.index);
  const marks = [...head.matchAll(MARK)];
  const numbered = marks.filter((m) => m[0] !== '[IMG]' && Number(m[0].slice(1, -1)) <= listed);
  if (numbered.length < 3) return undefined;
  const out = new MappedText(file);
  let from = 0;
  const copy = (to: number) => out.copy(from, to);
  // (a line of links alone, a menu, `[6]News [7]Business [8]Energy`: its items set apart by two spaces, as a page's
  // menu items are apart, so that it reads as one; a link in running text, `By [15]Nadira …`, just loses its mark)
  const menus = new Set<number>();
  for (const m of head.matchAll(MENU_LINE)) if ((m[0].match(MARK) ?? []).length >= 3) menus.add(m.index!);
  let line = -1;
  for (const m of marks) {
    copy(m.index!);
    const start = head.lastIndexOf('\n', m.index! - 1) + 1;
    const inMenu = menus.has(start);
    if (inMenu && start === line && /\s$/.test(out.text)) out.text += ' ';
    line = start;
    from = m.index! + m[0].length;
  }
  copy(head.length);
  return out.done();
}
