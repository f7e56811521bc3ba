// The block cache must not change what a check says: after any edit, a check that reuses the blocks of
// earlier checks equals a check that judges everything afresh (claims, findings, ranges, fixes, order).
import { strict as assert } from 'assert';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { clearCheckCache } from '../../server/src/judge/checkCache';
import { Corpus } from '../../server/src/corpus/corpus';
import { prng } from '../../bench/generate';
import { read, ROOT } from './reports';

const seeds = Corpus.load({ folders: [] });

// Blocks the examples do not have: a table (row context), a list under a heading, a blockquote, quotes whose
// speaker is a pronoun resolved in the block before, the same paragraph twice (one cache entry, two places).
const extra = `
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

type Edit = (lines: string[], r: () => number) => string;
const pick = <T>(a: T[], r: () => number) => a[Math.floor(r() * a.length)];
const lineIdx = (lines: string[], r: () => number, test: (l: string) => boolean = () => true) => {
  const c = lines.map((l, i) => (test(l) ? i : -1)).filter((i) => i >= 0);
  return c.length ? pick(c, r) : Math.floor(r() * lines.length);
};

const EDITS: Record<string, Edit> = {
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

function same(text: string, what: string) {
  const cached = checkReport(seeds, text);
  const fresh = checkReport(seeds, text, { cache: false });
  assert.equal(cached.errors, undefined, what);
  assert.deepStrictEqual(cached, fresh, what);
  // Identity as a fresh check gives it: a finding's claim is one of the result's claims.
  for (const f of cached.findings) assert.ok(cached.claims.includes(f.claim), `${what}: finding claim not in claims`);
}

describe('check cache', () => {
  beforeEach(() => clearCheckCache());

  for (const file of ['examples/report-en.md', 'examples/report-ko.md']) {
    for (const eol of ['\n', '\r\n']) {
      it(`${path.basename(file)}${eol === '\r\n' ? ' (CRLF)' : ''}: after random edits, the cached check equals a fresh one`, () => {
        let text = (read(file) + extra).replace(/\r?\n/g, eol);
        same(text, 'initial');
        same(text, 'initial, again (all from the cache)');
        const r = prng(file.length * 7919 + eol.length);
        const names = Object.keys(EDITS);
        const history: string[] = [];
        for (let step = 0; step < 80; step++) {
          const name = pick(names, r);
          if (name === 'undo the last edit') {
            if (history.length) text = history.pop()!;
          } else {
            history.push(text);
            text = EDITS[name](text.split(eol), r).replace(/\r?\n/g, eol);
          }
          same(text, `step ${step}: ${name}\n${text}`);
        }
      });
    }
  }

  it('options are part of the key: another severity is not served from the cache', () => {
    const text = read('examples/report-en.md') + extra;
    for (const opts of [{}, { unsupportedFigures: 'off' as const }, { unsupportedQuotes: 'warning' as const }, {}]) {
      assert.deepStrictEqual(checkReport(seeds, text, opts), checkReport(seeds, text, { ...opts, cache: false }));
    }
  });

  it('text that is not NFC (decomposed Hangul) maps ranges as a fresh check does', () => {
    const nfd = (read('examples/report-ko.md') + extra).normalize('NFD');
    same(nfd, 'NFD');
    same('\n\n' + nfd, 'NFD moved down');
    same(nfd.replace('오픈AI', '  오픈AI'), 'NFD indented');
  });

  it('a block that only moved is reused with its new ranges', () => {
    const text = read('examples/report-en.md');
    const a = checkReport(seeds, text);
    const b = checkReport(seeds, '\n\n' + text);
    assert.equal(b.claims.length, a.claims.length);
    b.claims.forEach((c, i) => assert.equal(c.range.start.line, a.claims[i].range.start.line + 2));
    assert.deepStrictEqual(b, checkReport(seeds, '\n\n' + text, { cache: false }));
  });

  it('different corpora do not share cached blocks', () => {
    const mini = Corpus.load({ folders: [path.join(ROOT, 'test/fixtures/mini')], useBundled: false });
    const text = read('examples/report-en.md') + extra;
    checkReport(seeds, text);
    assert.deepStrictEqual(checkReport(mini, text), checkReport(mini, text, { cache: false }));
  });
});
