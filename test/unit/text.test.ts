import { strict as assert } from 'assert';
import { decode, detectLang, isWhitespace, lineStarts, SourceText } from '../../server/src/text/text';

const enc = (s: string) => new TextEncoder().encode(s);

describe('text: decoding', () => {
  it('refuses binary, non-UTF-8 and empty input with a reason', () => {
    assert.deepEqual(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), {
      ok: false,
      reason: 'binary file (contains NUL bytes)',
    });
    const latin1 = decode(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    assert.equal(latin1.ok, false);
    assert.match((latin1 as { reason: string }).reason, /UTF-8/);
    assert.deepEqual(decode(new Uint8Array()), { ok: false, reason: 'empty file' });
    assert.deepEqual(decode(enc('  \n\n ')), { ok: false, reason: 'empty file' });
  });
  it('strips a BOM and keeps CRLF', () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('가\r\n나')]));
    assert.deepEqual(d, { ok: true, text: '가\r\n나' });
  });
});

describe('text: LSP positions', () => {
  it('knows \\n, \\r\\n and lone \\r as line ends', () => {
    assert.deepEqual(lineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
  });
  it('counts UTF-16 code units: emoji take two', () => {
    const st = new SourceText('😀 $500 billion\n');
    const i = st.norm.indexOf('$500');
    assert.deepEqual(st.range(i, i + 4), { start: { line: 0, character: 3 }, end: { line: 0, character: 7 } });
  });
  it('maps NFD Hangul back to the original text', () => {
    const nfc = '총 5000억 달러로 한화로 하면 700조원이 넘는다.';
    const original = '첫 줄\r\n' + nfc.normalize('NFD');
    const st = new SourceText(original);
    assert.notEqual(st.norm, original);
    const i = st.norm.indexOf('700조원');
    const r = st.range(i, i + '700조원'.length);
    assert.equal(r.start.line, 1);
    const line = original.split('\r\n')[1];
    assert.equal(line.slice(r.start.character, r.end.character).normalize('NFC'), '700조원');
  });
  it('round-trips offsets and positions on Korean lines with emoji', () => {
    const text = '스타게이트 🚀 발표\n두 번째 줄 😀😀 718조 원\r\n끝';
    const st = new SourceText(text);
    for (let o = 0; o <= text.length; o++) {
      const p = st.positionAt(o);
      assert.equal(st.offsetAt(p), o);
    }
    assert.equal(st.lineText(1), '두 번째 줄 😀😀 718조 원');
  });
});

describe('text: language', () => {
  it('keeps a Korean sentence with English names Korean', () => {
    assert.equal(detectLang('샘 올트먼 OpenAI CEO는 Stargate를 발표했다'), 'ko');
    assert.equal(detectLang('Altman remarked, “This wouldn’t have been possible.”'), 'en');
  });
});

describe('text: whitespace by code unit', () => {
  it('isWhitespace is /\\s/ on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    assert.deepEqual(differ, []);
  });
});
