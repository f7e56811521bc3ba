// Hard-wrapped plain text (issue 10, sources never seen): a PDF's text, a newsletter mail at 74 columns, a release
// copied from its PDF break every paragraph at a right margin. Read line by line, each piece was a sentence of its
// own: unseen-14's 8-K exhibit (`… approximately 210` / `miles of new 345-kilovolt transmission lines`) gave a
// figure without its noun and quotations cut in two. The sources of test/fixtures/unseen-wrapped/ (a newsletter mail,
// a provincial 보도자료 from its PDF, which breaks Korean words at the margin) were written first.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { splitLines, wrappedJoins } from '../../server/src/corpus/articleLines';
import { checkReport } from '../../server/src/judge/check';
import { extractFigures } from '../../server/src/extract/figures';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-wrapped');

describe('wrapped: hard-wrapped plain text', () => {
  const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false, workers: 0 });
  const byFile = (name: string) => corpus.sources.find((s) => s.file.endsWith(name))!;

  it("a wrapped paragraph's lines are one paragraph: its sentences run across the line ends", () => {
    const mail = byFile('gridline-weekly-112.txt');
    const s = mail.sentences.find((x) => x.text.startsWith('The Stargate campus planned outside Lake Benton'))!;
    assert.ok(s, mail.sentences.map((x) => x.text).join(' | '));
    assert.match(s.text, /agreed\non Monday to build next to the site\.$/);
    // a sentence that ends at the margin still ends there
    assert.ok(mail.sentences.some((x) => x.text === 'The campus itself is planned at 1.2 gigawatts.'));
    assert.ok(mail.figures.some((f) => f.text === '2,300 construction workers'));
  });

  it('a Korean release broken mid-word at its margin reads as whole sentences, ranges on the original lines', () => {
    const rel = byFile('gyeongbuk-release-yeongyang-ko.txt');
    const s = rel.sentences.find((x) => x.text.startsWith('경상북도와 영양군은'))!;
    assert.ok(s, rel.sentences.map((x) => x.text).join(' | '));
    assert.ok(s.text.endsWith('체결했다고 밝혔다.'), s.text);
    const lines = fs.readFileSync(path.join(DIR, 'sources', 'gyeongbuk-release-yeongyang-ko.txt'), 'utf8').split('\n');
    const first = lines.findIndex((l) => l.includes('경상북도와 영양군은'));
    assert.equal(s.range.start.line, first);
    assert.equal(s.range.start.character, lines[first].indexOf('경상북도와'));
    assert.equal(s.range.end.line, first + 2);
    assert.equal(s.range.end.character, lines[first + 2].indexOf('밝혔다.') + '밝혔다.'.length);
    const staff = rel.figures.find((f) => f.text === '300명')!;
    assert.ok(staff);
    assert.equal(
      rel.sentences[staff.sentence].text.replace(/\s+/g, ' '),
      '건설 기간 연인원 1만2000명의 고용이 예상되며, 가동 이후 상시 근무 인력은 약 300명이 될 전망이다.',
    );
  });

  it('text that is not wrapped (one line a paragraph, the usual saved article) joins nothing', () => {
    const files = [
      ...fs.readdirSync(path.join(ROOT, 'seeds')).map((f) => path.join(ROOT, 'seeds', f)),
      ...fs
        .readdirSync(path.join(ROOT, 'test', 'fixtures', 'unseen-13', 'sources'))
        .map((f) => path.join(ROOT, 'test', 'fixtures', 'unseen-13', 'sources', f)),
    ].filter((f) => f.endsWith('.txt'));
    assert.ok(files.length >= 5);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const joins = wrappedJoins(text, splitLines(text, 0), 0);
      assert.ok(!joins?.some(Boolean), f);
    }
  });

  it('a report on the wrapped sources: figures and quotations judged as the sources say them', () => {
    const s = scoreReport(path.join(DIR, 'reports', 'wrapped-sites-brief.key.json'));
    for (const l of s.lines)
      assert.ok(l.pass, `line ${l.line + 1}: ${l.key.text} got ${l.got.join(', ') || 'nothing'}`);
    const quoted = s.lines.filter((l) => /"[^"]{10,}"/.test(l.key.text));
    assert.equal(quoted.length, 3);
    for (const l of quoted) assert.ok(l.read.includes('quote supported'), `${l.key.text}: ${l.read}`);
  });

  it('Korean spacing is no misquote: the same syllables in order are the same words', () => {
    const r = checkReport(
      corpus,
      '# 점검\n\n이철우 지사는 "데이터 센터가 지역소멸을 막는 마중물이 되도록 하겠다"고 말했다.\n',
    );
    const q = r.claims.find((c) => c.type === 'quote')!;
    assert.ok(q);
    assert.equal(q.status, 'supported');
    assert.deepEqual(
      r.findings.filter((f) => f.code === 'quote-mismatch'),
      [],
    );
    // a changed word still is one
    const w = checkReport(
      corpus,
      '# 점검\n\n이철우 지사는 "데이터센터가 지역 소멸을 막는 디딤돌이 되도록 하겠다"고 말했다.\n',
    );
    assert.ok(w.findings.some((f) => f.code === 'quote-mismatch'));
  });

  it('a line end inside a sentence is a space to the figures: a unit or a year on the next line is read', () => {
    const figs = (t: string, lang: 'en' | 'ko' = 'en') => extractFigures(t, lang).figures.map((f) => f.text);
    assert.deepEqual(figs('it will cool 900\nmegawatts of servers.'), ['900 megawatts']);
    assert.deepEqual(figs('in approximately 210\r\nmiles of new lines'), ['210 miles']);
    // a year opening the next line is no list number
    assert.deepEqual(figs('expected in service in\n2028. The plant'), ['2028']);
    const f = extractFigures('cool 900\nmegawatts', 'en').figures[0];
    assert.deepEqual([f.start, f.end], [5, 18]);
  });
});
