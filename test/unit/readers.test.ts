// Source readers as plug-ins (readers/): one registry says which files are sources and how they are read, for the
// CLI's corpus, the indexer and the language server's globs and watcher alike; a reader's map back into its file
// keeps ranges exact when its text is not the file verbatim.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { planSources, setMaxGlobFiles } from '../../server/src/lsp/files';
import {
  isSourceFile,
  readerFor,
  registerReaderForTest,
  sourceExtensions,
  type Segment,
  type SourceReader,
} from '../../server/src/corpus/readers';
import { fileOffset } from '../../server/src/corpus/readers/reader';
import { WireDecoder, WireEncoder } from '../../server/src/corpus/sourceWire';
import { decode, lineStarts } from '../../server/src/text/text';
import type { Position, Source } from '../../server/src/types';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
const seed = (i: number) =>
  fs.readFileSync(
    path.join(
      SEEDS,
      fs
        .readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort()[i],
    ),
    'utf8',
  );

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'xref-readers-'));
}

const load = (dir: string) => Corpus.load({ folders: [dir], useBundled: false, workers: 0 });

describe('readers: the registry', () => {
  it('gives .txt, .text, .md and .markdown (any case) to the plain-text reader, .html and .htm to the HTML reader, and nothing else', () => {
    for (const f of ['a.txt', 'b.TEXT', 'c.md', 'd.Markdown', '/x/y/e.MD']) {
      assert.equal(readerFor(f)?.id, 'plain-text', f);
      assert.ok(isSourceFile(f), f);
    }
    for (const f of ['a.pdf', 'b.json', 'c.txt.bak', 'md', 'xref-sources.json', 'd.html.orig']) {
      assert.equal(readerFor(f), undefined, f);
      assert.ok(!isSourceFile(f), f);
    }
    assert.deepEqual(sourceExtensions().sort(), ['.htm', '.html', '.markdown', '.md', '.text', '.txt']);
  });

  it('the plain-text reader decodes: BOM stripped, binary and non-UTF-8 skipped with the reason', () => {
    const r = readerFor('a.txt')!;
    assert.deepEqual(r.read(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('가 나')]), 'a.txt'), { text: '가 나' });
    assert.deepEqual(r.read(Buffer.from([0x89, 0x50, 0, 0]), 'a.txt'), { skip: 'binary file (contains NUL bytes)' });
    assert.match((r.read(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'a.txt') as { skip: string }).skip, /UTF-8/);
  });
});

describe('readers: every extension is indexed', () => {
  it('a folder with one article per extension gives four sources, and ignores other files', () => {
    const dir = tempDir();
    try {
      const names = ['a.txt', 'b.text', 'c.md', 'd.markdown'];
      names.forEach((n, i) => fs.writeFileSync(path.join(dir, n), seed(i)));
      fs.writeFileSync(path.join(dir, 'e.json'), seed(4));
      const c = load(dir);
      assert.deepEqual(c.skipped, []);
      assert.deepEqual(
        c.sources.map((s) => path.basename(s.file)),
        names,
      );
      for (const s of c.sources) assert.ok(s.figures.length > 0, s.file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // The behaviour fix: the language server's watcher took .text files for sources (lsp/files.ts listed .text)
  // while the corpus's folder walk, and so the CLI and the server's first index, did not (/\.(txt|md|markdown)$/):
  // a .text file was indexed by the server only after it had been edited. One list now, and .text is in it.
  it('a .text file is a source for the CLI (Corpus.load), the server (planSources + loadAsync) and the watcher alike', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'note.text');
      fs.writeFileSync(file, seed(0));
      assert.deepEqual(
        load(dir).sources.map((s) => s.file),
        [file],
        'CLI',
      );
      const plan = await planSources([dir]);
      const server = await Corpus.loadAsync({ folders: plan.files, useBundled: false, workers: 0 });
      assert.deepEqual(
        server.sources.map((s) => s.file),
        [file],
        'server',
      );
      assert.ok(plan.roots[0].matches(file), 'watcher');
      assert.ok(!plan.roots[0].matches(path.join(dir, 'note.pdf')), 'watcher: not a source');
      const globbed = await planSources([path.join(dir, '**', '*')]);
      assert.deepEqual(globbed.files, [file], 'a glob matches it too (and is read as plain text)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A test-only format: an article quoted line by line ("> "), with header lines ("X-…") that are not article
 * text. Its text is the quoted lines without the marks; the segments lead back to the characters after them.
 */
const quoted: SourceReader = {
  id: 'quoted-test',
  extensions: ['.quoted'],
  read(bytes) {
    const d = decode(bytes);
    if (!d.ok) return { skip: d.reason };
    const file = d.text;
    let text = '';
    const segments: Segment[] = [];
    for (let at = 0; at < file.length;) {
      const nl = file.indexOf('\n', at);
      const end = nl < 0 ? file.length : nl + 1;
      if (file.startsWith('> ', at)) {
        segments.push({ text: text.length, file: at + 2, length: end - at - 2 });
        text += file.slice(at + 2, end);
      } else if (file.startsWith('>', at)) {
        segments.push({ text: text.length, file: at + 1, length: end - at - 1 });
        text += file.slice(at + 1, end);
      }
      at = end;
    }
    return text.trim() ? { text, toOriginal: { file, segments } } : { skip: 'no quoted lines' };
  },
};

function quotedArticle(article: string): string {
  return (
    'X-Archived-By: test\n' +
    article
      .split('\n')
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n') +
    '\nX-Trailer: end\n'
  );
}

/** The file text a range covers. */
function slice(fileText: string, r: { start: Position; end: Position }): string {
  const starts = lineStarts(fileText);
  return fileText.slice(starts[r.start.line] + r.start.character, starts[r.end.line] + r.end.character);
}

describe('readers: a reader is a plug-in', () => {
  let unregister: () => void;
  before(() => {
    unregister = registerReaderForTest(quoted);
  });
  after(() => unregister());

  it('a registered reader claims its extension everywhere: registry, folder walk, watcher', async () => {
    assert.equal(readerFor('a.QUOTED')?.id, 'quoted-test');
    assert.ok(isSourceFile('/x/a.quoted'));
    assert.ok(sourceExtensions().includes('.quoted'));
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'a.quoted'), quotedArticle(seed(0)));
      fs.writeFileSync(path.join(dir, 'b.quoted'), 'X-Only: headers\n');
      const c = load(dir);
      assert.deepEqual(
        c.sources.map((s) => path.basename(s.file)),
        ['a.quoted'],
      );
      assert.deepEqual(c.skipped, [{ file: path.join(dir, 'b.quoted'), reason: 'no quoted lines' }]);
      assert.ok((await planSources([dir])).roots[0].matches(path.join(dir, 'a.quoted')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('its text map keeps ranges exact: sentences, figures and quotes point into the original file', () => {
    const dir = tempDir();
    try {
      const article = seed(0);
      const plainFile = path.join(dir, 'plain.txt');
      const quotedFile = path.join(dir, 'a.quoted');
      fs.writeFileSync(plainFile, article);
      fs.writeFileSync(quotedFile, quotedArticle(article));
      const c = load(dir);
      const q = c.sourceOfFile(quotedFile)!,
        p = c.sourceOfFile(plainFile)!;
      const fileText = fs.readFileSync(quotedFile, 'utf8');
      // The same article text, so the same findings, each one line lower (the header) and two characters in.
      assert.equal(q.text.replace(/\n$/, ''), article.replace(/\n$/, ''));
      assert.deepEqual(
        q.figures.map((f) => f.text),
        p.figures.map((f) => f.text),
      );
      assert.ok(q.figures.length > 3 && q.sentences.length > 3);
      for (const f of q.figures) assert.equal(slice(fileText, f.range), f.text, `figure ${f.text}`);
      for (const x of q.quotes) assert.equal(slice(fileText, x.range), x.text, `quote ${x.text}`);
      for (const s of q.sentences)
        assert.equal(slice(fileText, s.range).replace(/\n> ?/g, '\n'), s.text, `sentence ${s.index}`);
      q.sentences.forEach((s, i) => {
        const r = p.sentences[i].range;
        assert.deepEqual(s.range.start, { line: r.start.line + 1, character: r.start.character + 2 });
      });
      // Through the worker threads' wire form the map comes along.
      const enc = new WireEncoder();
      enc.add(q);
      const { message } = enc.finish(0);
      const dec = new WireDecoder();
      dec.receive(message);
      const back = dec.reader(message)(quotedFile) as Source;
      assert.deepEqual(back.map, q.map);
      assert.deepEqual(
        back.sentences.map((s) => s.range),
        q.sentences.map((s) => s.range),
      );
      assert.deepEqual(
        back.figures.map((f) => f.range),
        q.figures.map((f) => f.range),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('text a reader put in maps to the end of the segment before it', () => {
    const map = {
      file: '<p>ab</p><p>cd</p>',
      segments: [
        { text: 0, file: 3, length: 2 },
        { text: 4, file: 12, length: 2 },
      ],
    };
    // text: "ab\n\ncd"
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6].map((o) => fileOffset(map, o)),
      [3, 4, 5, 5, 12, 13, 14],
    );
  });
});

describe('readers: unregistering', () => {
  it('a test registration is gone once unregistered', () => {
    const off = registerReaderForTest({ ...quoted, id: 'temp', extensions: ['.tmpfmt'] });
    assert.ok(isSourceFile('a.tmpfmt'));
    off();
    assert.ok(!isSourceFile('a.tmpfmt'));
    assert.equal(readerFor('a.tmpfmt'), undefined);
  });
  it('a glob matching more files than the limit says how many it left out (issue 13: never a silent limit)', async () => {
    const dir = tempDir();
    try {
      for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `a${i}.txt`), seed(0));
      setMaxGlobFiles(3);
      const plan = await planSources([path.join(dir, '*.txt')]);
      assert.equal(plan.files.length, 3);
      assert.equal(plan.leftOut, 2);
      assert.ok(
        plan.skipped.some((s) => /^2 more matching files not read: at most 3 are listed$/.test(s.reason)),
        JSON.stringify(plan.skipped),
      );
    } finally {
      setMaxGlobFiles();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
