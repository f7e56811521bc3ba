// The block cache must not change what a check says: after any edit, a check that reuses the blocks of
// earlier checks equals a check that judges everything afresh (claims, findings, ranges, fixes, order).
import { strict as assert } from 'assert';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { clearCheckCache } from '../../server/src/judge/checkCache';
import { Corpus } from '../../server/src/corpus/corpus';
import { prng } from '../../bench/generate';
import { read, ROOT } from './reports';
import { EDITS, extra, pick } from './reportEdits';

const seeds = Corpus.load({ folders: [] });

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
