// Edits a person makes to a report, for the tests that check a report again after each (the block caches: in memory,
// checkCache.test.ts; kept between processes, keptBlocks.test.ts), and blocks the examples do not have.
// Blocks the examples do not have: a table (row context), a list under a heading, a blockquote, quotes whose
// speaker is a pronoun resolved in the block before, the same paragraph twice (one cache entry, two places).
export const extra = `
## Figures in a table

| Item | Amount |
|------|--------|
| Stargate investment | $500 billion |
| Texas data center | $100 billion [@edaily-2025-01-22] |

> Trump projected the creation of 100,000 jobs.

Sam Altman spoke at the White House.

He said, “This would not have been possible without President Trump, and we are grateful for it.”

오픈AI는 5000억 달러를 투자한다고 밝혔다.

오픈AI는 5000억 달러를 투자한다고 밝혔다.

1. The venture will invest $600 billion over four years [@joongang-2025-01-23; @no-such-key].
2. Microsoft has invested $13 billion in OpenAI since 2019.
`;

export type Edit = (lines: string[], r: () => number) => string;
export const pick = <T>(a: T[], r: () => number) => a[Math.floor(r() * a.length)];
const lineIdx = (lines: string[], r: () => number, test: (l: string) => boolean = () => true) => {
  const c = lines.map((l, i) => (test(l) ? i : -1)).filter((i) => i >= 0);
  return c.length ? pick(c, r) : Math.floor(r() * lines.length);
};

export const EDITS: Record<string, Edit> = {
  'insert a line': (lines, r) => {
    const i = Math.floor(r() * (lines.length + 1));
    lines.splice(
      i,
      0,
      pick(
        [
          '',
          'Stargate will invest $700 billion.',
          '오픈AI는 100조 원을 투자한다.',
          '# A new heading',
          '- a list item with 5 GW',
          '> quoted',
        ],
        r,
      ),
    );
    return lines.join('\n');
  },
  'change a figure': (lines, r) => {
    const i = lineIdx(lines, r, (l) => /\d/.test(l));
    lines[i] = lines[i].replace(/\d/, (d) => String((Number(d) + 1 + Math.floor(r() * 8)) % 10));
    return lines.join('\n');
  },
  'delete a paragraph': (lines, r) => {
    const i = lineIdx(lines, r, (l) => l.trim() !== '');
    let s = i,
      e = i + 1;
    while (s > 0 && lines[s - 1].trim() !== '') s--;
    while (e < lines.length && lines[e].trim() !== '') e++;
    lines.splice(s, e - s);
    return lines.join('\n');
  },
  'change indentation': (lines, r) => {
    const i = lineIdx(lines, r, (l) => l.trim() !== '');
    lines[i] =
      r() < 0.5 || !/^\s/.test(lines[i]) ? ' '.repeat(1 + Math.floor(r() * 3)) + lines[i] : lines[i].replace(/^\s/, '');
    return lines.join('\n');
  },
  'edit a citation key': (lines, r) => {
    const i = lineIdx(lines, r, (l) => /@[\w-]/.test(l));
    lines[i] = lines[i].replace(/@([\w-]+)/, (_m, k: string) => (r() < 0.5 ? '@' + k + 'x' : '@' + k.slice(0, -1)));
    return lines.join('\n');
  },
  'type a character': (lines, r) => {
    const i = lineIdx(lines, r);
    const at = Math.floor(r() * (lines[i].length + 1));
    lines[i] = lines[i].slice(0, at) + pick([' ', 'x', '1', '“', '”', '.', '\t', '한'], r) + lines[i].slice(at);
    return lines.join('\n');
  },
  'edit the heading above': (lines, r) => {
    const i = lineIdx(lines, r, (l) => /^#/.test(l));
    lines[i] = lines[i] + pick([' data centers', ' 일자리', ' Texas'], r);
    return lines.join('\n');
  },
  'undo the last edit': () => '', // handled by the driver
};
