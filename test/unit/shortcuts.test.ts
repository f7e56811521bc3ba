// Shortcuts taken for indexing speed say what the plain rule says: a rule line, a line's emphasis, a section's word,
// each against its rule as written before the shortcut, over strings built to sit at the shortcut's edges.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { hasMark, isRuleLine, MARK, splitLines, withoutEmphasis } from '../../server/src/corpus/articleLines';
import { parseMetaLine } from '../../server/src/corpus/articleMeta';
import { isSectionWord, SECTION_WORDS } from '../../server/src/corpus/page';
import { withoutHeadingMarker } from '../../server/src/text/text';

/** Every string of up to `n` characters from `alphabet`. */
function strings(alphabet: string[], n: number): string[] {
  let level = [''];
  const out = [''];
  for (let i = 0; i < n; i++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    for (const s of level) out.push(s);
  }
  return out;
}

describe('indexing shortcuts', () => {
  it('isRuleLine is the rule-line regex', () => {
    const plain = (t: string) => t.length >= 3 && t.length <= 80 && /^(?:([-*_])\s*)(?:\1\s*){2,}$/.test(t);
    const alphabet = ['-', '*', '_', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'a', '1', '#'];
    const differ = strings(alphabet, 5).filter((t) => isRuleLine(t) !== plain(t));
    assert.deepEqual(differ, []);
    assert.ok(isRuleLine('- - -') && isRuleLine('***') && isRuleLine('-\u00a0-\u00a0-') && !isRuleLine('- item'));
  });

  it('withoutEmphasis takes off what the emphasis regex takes off', () => {
    const plain = (t: string) => t.replace(/^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$/g, '');
    const alphabet = ['*', '_', ' ', 'a', '가', '\n'];
    const differ = strings(alphabet, 6).filter((t) => withoutEmphasis(t) !== plain(t));
    assert.deepEqual(differ, []);
  });

  it('isSectionWord reads a long line as the set of section words does', () => {
    const words = ['world', 'business', 'tech', '오피니언', '인터뷰'];
    const plain = (t: string) =>
      SECTION_WORDS.has(
        withoutHeadingMarker(t)
          .trim()
          .replace(/^[[【(]\s*([^\]】)]{1,20})\s*[\]】)]$/, '$1')
          .toLowerCase(),
      );
    const forms = words.flatMap((w) => [
      w,
      w.toUpperCase(),
      `## ${w}`,
      `  ${w}  `,
      `[${w}]`,
      `【 ${w} 】`,
      `(${w})`,
      `${w} and a long line after the word that names it`,
      `[${w}] a headline after the kicker`,
    ]);
    for (const f of forms) assert.equal(isSectionWord(f), plain(f), f);
    assert.ok(isSectionWord('WORLD') && isSectionWord('[tech]') && !isSectionWord('tech and a long line after it'));
  });

  it('a line mark is its search, read once per line', () => {
    const plain: [number, RegExp][] = [
      [MARK.DIGIT, /\d/],
      [MARK.COLON, /[:：]/],
      [MARK.HANGUL, /[가-힣]/],
    ];
    const alphabet = ['a', '1', ':', '：', '가', '힣', 'ㅣ', ' ', '٣'];
    for (const t of strings(alphabet, 3))
      for (const [mark, re] of plain) {
        const [L] = splitLines(t, 0);
        assert.equal(hasMark(L, mark), re.test(L.t), JSON.stringify(t));
        L.t = 'x'; // (kept: the text is not read again)
        assert.equal(hasMark(L, mark), re.test(t.trim()), JSON.stringify(t));
      }
  });

  it('parseMetaLine given its line (its marks) reads every line as without', () => {
    // (the tuning sets' sources: every kind of byline, date and label line the rules were written for)
    const root = path.join(__dirname, '..', 'fixtures');
    let lines = 0;
    for (const set of fs.readdirSync(root)) {
      const dir = path.join(root, set, 'sources');
      if (set.endsWith('-heldout') || !fs.existsSync(dir)) continue;
      for (const f of fs.readdirSync(dir)) {
        const file = path.join(dir, f);
        if (!fs.statSync(file).isFile()) continue;
        for (const L of splitLines(fs.readFileSync(file, 'utf8'), 0)) {
          if (!L.t || L.t.length > 160) continue;
          lines++;
          assert.deepEqual(parseMetaLine(L.t, L), parseMetaLine(L.t), `${set}/${f}: ${L.t}`);
        }
      }
    }
    assert.ok(lines > 1000, `${lines} lines`);
  });
});
