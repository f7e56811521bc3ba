// Metadata of the layouts unseen-16 to unseen-19 left unread (issue 10, session 21). The pages in
// test/fixtures/unseen-meta21/ were written first, each from another outlet of the layout, then the rules.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { parseArticle } from '../../server/src/corpus/article';
import { cleanTitle } from '../../server/src/corpus/furniture';

const dir = path.join(__dirname, '..', 'fixtures', 'unseen-meta21');
const meta = (text: string, file = 'x.txt') => parseArticle(text, file).meta;

describe('metadata of the layouts unseen-16..19 left unread (test/fixtures/unseen-meta21/metadata.json)', () => {
  const want = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as Record<
    string,
    { outlet: string | null; date: string | null; headline: string | null; authors: string[] | null; language: string }
  >;
  const c = Corpus.load({ folders: [dir], useBundled: false, workers: 0 });
  for (const [file, w] of Object.entries(want)) {
    if (file.startsWith('_')) continue;
    it(`${file}: outlet, date, headline, authors, language`, () => {
      const s = c.sources.find((x) => path.basename(x.file) === file);
      assert.ok(s, `${file} not indexed`);
      assert.equal(s.meta.outlet, w.outlet ?? undefined, 'outlet');
      assert.equal(s.meta.date, w.date ?? undefined, 'date');
      assert.equal(s.meta.title, w.headline ?? undefined, 'headline');
      assert.deepEqual(s.meta.authors, w.authors ?? [], 'authors');
      assert.deepEqual(s.meta.languages, [w.language], 'language');
    });
  }
});

describe("a Korean wire's version mark after its headline", () => {
  it('(종합), (종합2보), (2보), (상보) are no part of the headline; a bracket that is the story\'s stays', () => {
    assert.equal(cleanTitle('동해윈드파워, 포항 캠퍼스에 해상풍력 800MW 공급(종합2보)'), '동해윈드파워, 포항 캠퍼스에 해상풍력 800MW 공급');
    assert.equal(cleanTitle('울산 AI 데이터센터 2단계 착공 (종합)'), '울산 AI 데이터센터 2단계 착공');
    assert.equal(cleanTitle('한울반도체, HBM 공급 계약(2보)'), '한울반도체, HBM 공급 계약');
    assert.equal(cleanTitle('SK, 울산에 7조 추가 투자(상보)'), 'SK, 울산에 7조 추가 투자');
    // what the headline itself says in brackets at its end stays
    assert.equal(cleanTitle('스타게이트 포항 캠퍼스 1단계(300MW) 착공'), '스타게이트 포항 캠퍼스 1단계(300MW) 착공');
    assert.equal(cleanTitle('포항시 "물 공급 문제없다"(종합적 검토 후)'), '포항시 "물 공급 문제없다"(종합적 검토 후)');
  });
});
