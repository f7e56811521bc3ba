// What a source figure's subject is made of (issue 10, ctx21): a fact sheet's row ("| Investment | Approximately ¥38
// billion |" under "## 2. Outline of the new plant", a Korean 보도자료's "□ 사업 개요" box) had only the row before it
// as context, so nothing said what the sheet was about, and a report line on it found no source.
// The articles in test/fixtures/unseen-ctx21/ were written first, as the outlets would write them; the report after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus, factSheets } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-ctx21', 'sources');
const corpus = Corpus.load({ folders: [DIR], useBundled: false, workers: 0 });

describe('ctx21: a fact sheet’s rows share what the sheet is about', () => {
  const src = (name: string) => corpus.sources.find((s) => s.file.includes(name))!;
  const fig = (name: string, text: string) => src(name).figures.find((f) => f.text === text)!;

  it("a release's outline row (¥24 billion) is about the plant and its place, said in the heading and another row", () => {
    const names = fig('hokuriku', '¥24 billion').subject.names();
    assert.ok(names.includes('en:plant'), names.join(' '));
    assert.ok(names.includes('en:takaoka'), names.join(' '));
  });

  it("a 보도자료's 사업 개요 box row (1조8,000억 원) is about the centre the sheet names", () => {
    const names = fig('대구시', '1조8,000억 원').subject.names();
    assert.ok(
      names.some((t) => t.startsWith('ko:수성')),
      names.join(' '),
    );
  });

  it('a report line on a sheet row is supported (it was unsupported)', () => {
    const r = checkReport(corpus, '- 대구 수성 AI 컴퓨팅센터의 사업비는 1조8000억 원이다.\n');
    const c = r.claims.find((x) => x.type === 'figure' && x.text.startsWith('1조8000억'));
    assert.equal(c?.status, 'supported', JSON.stringify(r.claims.map((x) => [x.text, x.status])));
  });

  it('only two-column tables, of a few rows, with nothing but borders between rows, are fact sheets', () => {
    // (each line a sentence, as the reader makes them, but for a delimiter row or a border: those are none)
    const rows = (t: string) => {
      const sentences: { start: number; end: number }[] = [];
      let at = 0;
      for (const l of t.split('\n')) {
        if (/[^\s|│─┼├┤:-]/.test(l)) sentences.push({ start: at, end: at + l.length });
        at += l.length + 1;
      }
      return Array.from(factSheets(t, sentences) ?? []);
    };
    assert.deepEqual(rows('| Location | Takaoka |\n|---|---|\n| Investment | ¥24 billion |'), [0, 0]);
    assert.deepEqual(rows('| Site | Country | Size |\n| Kedah | Malaysia | 0.8 GW |\n| Johor | Malaysia | 1 GW |'), []);
    assert.deepEqual(rows('| Location | Takaoka |\n\n| Investment | ¥24 billion |'), []);
    assert.deepEqual(rows('│ 위  치 │ 수성알파시티 │\n├───┼───┤\n│ 사 업 비 │ 1조 원 │'), [0, 0]);
    assert.deepEqual(rows('Intro line.\n| Location | Takaoka |\n| Investment | ¥24 billion |\nAfter.'), [-1, 1, 1, -1]);
  });
});
