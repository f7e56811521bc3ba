// Saved web pages as sources (issue 10): the HTML reader on pages written as browsers save them
// (test/fixtures/html/, and test/fixtures/html-heldout/, which the reader was not tuned on).
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeHTML } from 'entities';
import * as iconv from 'iconv-lite';
import { Corpus, readSource } from '../../server/src/corpus/corpus';
import { testHooks } from '../../server/src/corpus/parallel';
import { isSourceFile, readerFor, sourceExtensions } from '../../server/src/corpus/readers';
import { decodePage, html } from '../../server/src/corpus/readers/html';
import { planSources } from '../../server/src/lsp/files';
import type { Range, Source } from '../../server/src/types';

const ROOT = path.resolve(__dirname, '..', '..');
const PAGES = path.join(ROOT, 'test', 'fixtures', 'html');
const HELDOUT = path.join(ROOT, 'test', 'fixtures', 'html-heldout');
const MAX = 5 * 1024 * 1024;

function page(dir: string, name: string): Source {
  const r = readSource(path.join(dir, name), MAX);
  assert.ok(typeof r !== 'string', `${name}: ${r}`);
  return r as Source;
}

/** The file's decoded contents (what an editor shows and LSP positions count in). */
function fileText(file: string): string {
  const d = decodePage(fs.readFileSync(file));
  assert.ok(d.ok);
  return d.text;
}

function slice(text: string, r: Range): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return [
    lines[r.start.line].slice(r.start.character),
    ...lines.slice(r.start.line + 1, r.end.line),
    lines[r.end.line].slice(0, r.end.character),
  ].join('\n');
}

/** What a browser shows of an HTML snippet: tags out, entities decoded, whitespace collapsed. */
const shown = (s: string) =>
  decodeHTML(s.replace(/<[^>]*>/g, ' '))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
const all = (s: Source) => s.sentences.map((x) => x.text).join('\n');

// Written from the pages themselves: what each says about itself in its markup.
const TABLE: {
  dir: string;
  file: string;
  outlet: string;
  date: string;
  modified?: string;
  title: string;
  authors: string[];
  lang: string;
  key: string;
}[] = [
  {
    dir: PAGES,
    file: 'ridgeline-oracle-4-5-gigawatts.html',
    outlet: 'Ridgeline Tech Journal',
    date: '2025-07-22',
    modified: '2025-07-23',
    title: 'Oracle to build 4.5 gigawatts of Stargate capacity for OpenAI',
    authors: ['Dana Whitfield', 'Marcus Oyelaran'],
    lang: 'en',
    key: 'ridgeline-tech-journal-2025-07-22',
  },
  {
    dir: PAGES,
    file: 'gridandcompute-five-new-sites.html',
    outlet: 'Grid & Compute',
    date: '2025-09-23',
    modified: '2025-09-24',
    title: 'Stargate adds five U.S. sites, nears 7 GW',
    authors: ['Priya Raman'],
    lang: 'en',
    key: 'grid-compute-2025-09-23',
  },
  {
    dir: PAGES,
    file: 'techbrief-samsung-sk-stargate.html',
    outlet: '테크브리프',
    date: '2025-10-01',
    modified: '2025-10-02',
    title: "삼성·SK, 오픈AI '스타게이트' 합류…월 90만장 D램 웨이퍼 공급",
    authors: ['박서연'],
    lang: 'ko',
    key: '테크브리프-2025-10-01',
  },
  {
    dir: PAGES,
    file: 'dsilbo-stargate-uae-euckr.html',
    outlet: '디지털산업일보',
    date: '2025-05-23',
    title: "오픈AI, 아부다비에 1GW '스타게이트 UAE'…내년 200MW 가동",
    authors: ['최정우'],
    lang: 'ko',
    key: '디지털산업일보-2025-05-23',
  },
  {
    dir: PAGES,
    file: 'arcticpost-stargate-norway.html',
    outlet: 'The Arctic Business Post',
    date: '2025-07-31',
    title: 'Stargate Norway: 230 MW at first, 100,000 Nvidia GPUs by 2026',
    authors: [],
    lang: 'en',
    key: 'the-arctic-business-post-2025-07-31',
  },
  {
    dir: PAGES,
    file: 'hoyeon-blog-stargate-argentina.html',
    outlet: '호연의 IT 노트',
    date: '2025-10-15',
    modified: '2025-10-15',
    title: '오픈AI 스타게이트, 이번엔 아르헨티나 🇦🇷 250억 달러 투자 정리',
    authors: ['호연'],
    lang: 'ko',
    key: '호연의-it-노트-2025-10-15',
  },
  // Held out: written with the others, never looked at while the reader was written.
  {
    dir: HELDOUT,
    file: 'lakeshore-stargate-michigan.html',
    outlet: 'Lakeshore Business Review',
    date: '2025-10-30',
    modified: '2025-10-31',
    title: 'Stargate picks Saline Township for a gigawatt-plus Michigan campus',
    authors: ['Elena Kowalczyk'],
    lang: 'en',
    key: 'lakeshore-business-review-2025-10-30',
  },
  {
    dir: HELDOUT,
    file: 'aieconomy-stargate-uk.html',
    outlet: 'AI경제신문',
    date: '2025-09-17',
    title: "오픈AI, 영국에 '스타게이트 UK'…엔비디아 GPU 8000개로 시작",
    authors: ['윤지호'],
    lang: 'ko',
    key: 'ai경제신문-2025-09-17',
  },
];

// Furniture each page carries, none of which is article text; and the body's first and last sentences.
const FURNITURE: Record<string, { out: string[]; first: string; last: string }> = {
  'ridgeline-oracle-4-5-gigawatts.html': {
    out: [
      'cookies',
      'Accept all',
      'Subscribe for $1',
      'Share on X',
      '1,204 shares',
      'Cranes over',
      'Construction at the Stargate campus',
      'Advertisement',
      'Tags:',
      'covers cloud infrastructure',
      'Related coverage',
      'Microsoft to spend $80 billion',
      '1-gigawatt cluster',
      'Infrastructure Brief',
      '48,000 readers',
      'All rights reserved',
      'Newsletters',
    ],
    // (the standfirst under the headline, a sentence of prose: the lead, read before the body)
    first: 'The agreement takes the venture past 5 gigawatts',
    last: 'once it is fully built.',
  },
  'gridandcompute-five-new-sites.html': {
    out: [
      'Skip to content',
      'Power, land and chips',
      'Posted on',
      'Share this',
      'LinkedIn',
      'Abilene campus to reach 1.2 GW',
      'large-load queue passes 100 GW',
      'Posted in',
      'Tagged',
      'PJM capacity',
      'Nscale lines up 50,000 GPUs',
      'thoughts on',
      '18 months',
      '25,000 workers',
      'Recent Posts',
      '150 MW of turbines',
      'WordPress',
    ],
    first: 'OpenAI, Oracle and SoftBank on Tuesday named five new sites',
    last: 'Sam Altman said in the companies’ statement.',
  },
  'techbrief-samsung-sk-stargate.html': {
    out: [
      '로그인',
      '구독신청',
      '2025년 10월 2일',
      '반도체</a>',
      '연쇄 회동',
      '입력 2025.10.01',
      '페이스북',
      '글씨키우기',
      '서초사옥을 나서고',
      '광고',
      '저작권자',
      '취재합니다',
      '다른기사',
      '관련기사',
      '영업익 11조원',
      '400억 달러 투자 확정',
      '많이 본 뉴스',
      '2나노 수율',
      '1000억 달러 투자',
      '전기요금 30%',
      '개인정보처리방침',
      '등록번호',
      'All rights reserved',
    ],
    first: '삼성전자와 SK하이닉스가 오픈AI의',
    last: '늘어날 것으로 보고 있다.',
  },
  'dsilbo-stargate-uae-euckr.html': {
    out: [
      'IT·과학',
      '홈 > 국제',
      '기사입력',
      '[크게]',
      '최정우 기자 jwchoi',
      '저작권자',
      '관련된 기사',
      '18만개 GPU',
      '190억달러',
      '많이 본 기사',
      'HBM4',
      '3조원',
      '광고안내',
      'Copyright',
    ],
    first: '오픈AI가 미국 밖 첫',
    last: '방안도 함께 검토한다.',
  },
  'arcticpost-stargate-norway.html': {
    out: [
      '9 partners',
      'Narvik 14',
      'E-paper',
      'Shipping',
      'Data centers',
      'By The Arctic Business Post newsroom',
      'Energy Briefing',
      'Copy link',
      'More from Energy',
      '40% higher winter prices',
      'adds 30 MW',
      'Most read',
      'NOK 3.6 billion',
      'Kongens gate',
      'Arctic Media AS',
    ],
    first: 'OpenAI is bringing Stargate to Europe',
    last: 'Josh Payne.',
  },
  'hoyeon-blog-stargate-argentina.html': {
    out: [
      '분류 전체보기',
      '주식 (120)',
      '2025. 10. 15.',
      '공감',
      '공유하기',
      '게시글 관리',
      '카테고리의 다른 글',
      '엔비디아 1000억 달러',
      'GDP의 4%',
      '규모가 어마어마',
      '최근 글',
      'DESIGN BY TISTORY',
    ],
    first: '안녕하세요, 호연입니다',
    last: '이어서 써 볼게요!',
  },
  'lakeshore-stargate-michigan.html': {
    out: [
      '3 free articles',
      'Real Estate',
      'Read more',
      'sales tax exemption',
      'Gift this article',
      'covers commercial real estate',
      '313-555',
      'Trending',
      '$2.5 billion battery plant',
      '1,000 AI engineers',
      'Great Lakes Media Group',
      'Do Not Sell',
    ],
    first: 'OpenAI, Oracle and Related Digital plan',
    last: 'without raising rates for other customers.',
  },
  'aieconomy-stargate-uk.html': {
    out: [
      '본문 바로가기',
      '증권',
      '윤지호 기자',
      '승인',
      'jiho@',
      '저작권자',
      '#오픈AI',
      '관련 기사',
      'GPU 12만개',
      '300억 달러',
      '마포구',
      'Copyright',
    ],
    first: '오픈AI가 영국 AI 기업 엔스케일',
    last: '선구자였다”고 말했다.',
  },
};

describe('html reader: the registry', () => {
  it('claims .html and .htm (any case) for the folder walk, the CLI and the watcher', () => {
    for (const f of ['a.html', 'b.HTM', '/x/Saved Page.Html']) {
      assert.equal(readerFor(f)?.id, 'html', f);
      assert.ok(isSourceFile(f), f);
    }
    assert.ok(sourceExtensions().includes('.html') && sourceExtensions().includes('.htm'));
    assert.ok(!isSourceFile('page_files/style.css') && !isSourceFile('a.html.orig'));
  });

  it('the language server lists and watches .html in a sources folder', async () => {
    const plan = await planSources([PAGES]);
    assert.ok(
      plan.roots.some((r) => r.matches(path.join(PAGES, 'saved-later.html'))),
      'a page saved into the folder later is picked up',
    );
    assert.ok(plan.roots.some((r) => r.matches(path.join(PAGES, 'saved-later.htm'))));
    assert.ok(
      !plan.roots.some((r) => r.matches(path.join(PAGES, 'saved-later_files', 'style.css'))),
      'not what the browser saved beside it',
    );
  });
});

describe('html reader: metadata from the markup', () => {
  for (const row of TABLE) {
    it(`${path.basename(row.dir)}/${row.file}`, () => {
      const s = page(row.dir, row.file);
      assert.deepEqual(
        {
          outlet: s.meta.outlet,
          date: s.meta.date,
          modified: s.meta.modified,
          title: s.meta.title,
          authors: s.meta.authors,
          lang: s.meta.languages.join('+'),
          key: s.key,
        },
        {
          outlet: row.outlet,
          date: row.date,
          modified: row.modified,
          title: row.title,
          authors: row.authors,
          lang: row.lang,
          key: row.key,
        },
      );
    });
  }

  it("the page's <h1>, when it is the JSON-LD headline and a deck after it, is the headline", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-html-'));
    try {
      const ld = 'Tidewater picks Brunswick for 1 GW AI campus';
      const write = (name: string, h1: string) =>
        fs.writeFileSync(
          path.join(dir, name),
          `<html><head><title>${ld} | Harbour Crier</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"${ld}","datePublished":"2026-05-02"}</script></head><body><article><h1>${h1}</h1><p>The campus would draw up to 1,000 megawatts when complete, the company said on Friday.</p><p>The county will receive about $40 million a year in taxes once the first two buildings open.</p></article></body></html>`,
        );
      write('deck.html', `${ld}; county offers tax break, water rights`);
      write('site.html', `${ld} | Harbour Crier`);
      write('other.html', 'Harbour Crier');
      assert.equal(page(dir, 'deck.html').meta.title, `${ld}; county offers tax break, water rights`);
      // A site's name after a bar, or another text altogether, is no deck: the markup's headline stands.
      assert.equal(page(dir, 'site.html').meta.title, ld);
      assert.equal(page(dir, 'other.html').meta.title, ld);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('xref-sources.json still overrides what the page says', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-html-'));
    try {
      fs.copyFileSync(path.join(PAGES, 'arcticpost-stargate-norway.html'), path.join(dir, 'norway.html'));
      fs.writeFileSync(
        path.join(dir, 'xref-sources.json'),
        JSON.stringify({
          'norway.html': {
            outlet: 'Arctic Post',
            date: '2025-08-01',
            authors: ['Kari Nordmann'],
            key: 'arctic-norway',
          },
        }),
      );
      const c = Corpus.load({ folders: [dir], useBundled: false, workers: 0 });
      assert.deepEqual(c.skipped, []);
      const s = c.sources[0];
      assert.deepEqual(
        [s.key, s.meta.outlet, s.meta.date, s.meta.authors, s.meta.title],
        [
          'arctic-norway',
          'Arctic Post',
          '2025-08-01',
          ['Kari Nordmann'],
          'Stargate Norway: 230 MW at first, 100,000 Nvidia GPUs by 2026',
        ],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows @id references in a JSON-LD @graph: people are authors, organizations are not', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Permian Power Report' },
        { '@type': 'Person', '@id': '#p1', name: 'Tomás Herrera' },
        { '@type': 'Organization', '@id': '#desk', name: 'PPR Markets Desk' },
        {
          '@type': ['NewsArticle'],
          headline: 'Shackelford County site to draw 1.4 GW',
          datePublished: '2025-09-24',
          author: [{ '@id': '#p1' }, { '@id': '#desk' }],
          publisher: { '@id': '#org' },
        },
      ],
    };
    const r = html.read(
      Buffer.from(`<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head>
<body><article><p>The Shackelford County campus, which Vantage Data Centers is building for Oracle, will draw 1.4 gigawatts when it is complete.</p></article></body></html>`),
      'x.html',
    );
    assert.ok(!('skip' in r));
    assert.deepEqual(r.meta, {
      outlet: 'Permian Power Report',
      title: 'Shackelford County site to draw 1.4 GW',
      date: '2025-09-24',
      authors: ['Tomás Herrera'],
    });
  });

  it('falls back from JSON-LD to meta tags, <time> and <title> split into the headline it shows and the site', () => {
    const r = html.read(
      Buffer.from(`<!doctype html><html><head><title>Abilene's second phase is energized | Plains Ledger</title>
<meta name="author" content="By Ruth Okafor and Lee Tran">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Plains Ledger"}</script>
<script type="application/ld+json">{ this is not JSON</script></head>
<body><p class="site">Plains Ledger</p><article><h1>Abilene's second phase is energized</h1><time datetime="2025-09-30T08:00:00-05:00">Sept. 30</time>
<p>The second phase of the Abilene campus, eight buildings in all, is now drawing power, Crusoe said on Tuesday.</p></article></body></html>`),
      'x.html',
    );
    assert.ok(!('skip' in r));
    // The <h1> shows the headline; what <title> adds after it is the site's name.
    assert.deepEqual(r.meta, {
      title: "Abilene's second phase is energized",
      outlet: 'Plains Ledger',
      date: '2025-09-30',
      authors: ['Ruth Okafor', 'Lee Tran'],
    });
  });

  const para =
    '<p>SoftBank said on Tuesday it would build modular data center equipment at the Lordstown site and expects it to run next year.</p>';
  it('reads schema.org microdata when there is no JSON-LD: headline, datePublished, author and publisher', () => {
    const r = html.read(
      Buffer.from(`<!doctype html><html><head><title>Lordstown bets on Stargate</title></head><body>
<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Lordstown bets on Stargate</h1>
<div itemprop="articleBody">${para}</div>
<p class="credits">Written by <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Angela Russo</span></span>,
<span itemprop="datePublished" content="2025-09-24">Sept. 24</span>.
<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Valley Journal"></span></p>
</div></body></html>`),
      'x.html',
    );
    assert.ok(!('skip' in r));
    assert.deepEqual(r.meta, {
      title: 'Lordstown bets on Stargate',
      outlet: 'Valley Journal',
      date: '2025-09-24',
      authors: ['Angela Russo'],
    });
  });

  it("the page's own address names an outlet the table knows; so does a <title> suffix, by the table's name", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-html-meta-'));
    try {
      fs.writeFileSync(
        path.join(tmp, 'a.html'),
        `<!DOCTYPE html>\n<!-- saved from url=(0047)https://www.koreaherald.com/article/10583112 -->\n<html><head><title>Samsung, SK hynix weigh Stargate sites</title></head><body><h1>Samsung, SK hynix weigh Stargate sites</h1>${para}</body></html>`,
      );
      fs.writeFileSync(
        path.join(tmp, 'b.html'),
        `<!DOCTYPE html><html><head><title>소프트뱅크, 로즈타운에 데이터센터 설비 공장 - 지디넷코리아</title></head><body><h1>소프트뱅크, 로즈타운에 데이터센터 설비 공장</h1>${para}</body></html>`,
      );
      const a = page(tmp, 'a.html'),
        b = page(tmp, 'b.html');
      assert.deepEqual([a.meta.outlet, a.meta.outletId], ['The Korea Herald', 'koreaherald']);
      assert.deepEqual(
        [b.meta.outlet, b.meta.outletId, b.meta.title],
        ['ZDNet Korea', 'zdnet-korea', '소프트뱅크, 로즈타운에 데이터센터 설비 공장'],
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('html reader: the body, without the page furniture', () => {
  for (const row of TABLE) {
    it(`${path.basename(row.dir)}/${row.file}`, () => {
      const s = page(row.dir, row.file);
      const text = all(s);
      const f = FURNITURE[row.file];
      for (const x of f.out) assert.ok(!text.includes(x), `furniture "${x}" in the body:\n${text}`);
      const fold = (t: string) => t.replace(/[\s\u00a0]+/g, ' ');
      const body = s.sentences.filter((x) => fold(x.text) !== row.title);
      assert.ok(body[0].text.includes(f.first), `first: ${body[0].text}`);
      assert.ok(body[body.length - 1].text.endsWith(f.last), `last: ${body[body.length - 1].text}`);
      assert.equal(fold(s.sentences[0].text), row.title, 'the headline first');
    });
  }
});

describe('html reader: ranges are in the .html file', () => {
  for (const row of TABLE) {
    it(`every sentence, figure and quote of ${row.file} maps onto its own characters in the page`, () => {
      const s = page(row.dir, row.file);
      const text = fileText(s.file);
      for (const x of s.sentences)
        assert.equal(
          shown(slice(text, x.range)),
          x.text.replace(/[\s\u00a0]+/g, ' '),
          `sentence at ${JSON.stringify(x.range.start)}`,
        );
      for (const x of s.figures)
        assert.equal(shown(slice(text, x.range)), x.text.replace(/[\s\u00a0]+/g, ' '), `figure ${x.text}`);
      for (const q of s.quotes)
        assert.equal(shown(slice(text, q.range)), q.text.replace(/[\s\u00a0]+/g, ' '), `quote ${q.text}`);
    });
  }

  it('a figure after an emoji on a Korean line: the character counts UTF-16 code units', () => {
    const s = page(PAGES, 'hoyeon-blog-stargate-argentina.html');
    const lines = fileText(s.file).split('\n');
    const f = s.figures.find((x) => x.text === '500MW')!;
    const line = lines[f.range.start.line];
    assert.ok(line.includes('💰'), line);
    assert.equal(f.range.start.character, line.indexOf('500MW'));
    assert.equal(line.slice(f.range.start.character, f.range.end.character), '500MW');
    // The line holds surrogate pairs before the figure: code points would put it one earlier.
    assert.equal([...line.slice(0, f.range.start.character)].length, f.range.start.character - 1);
  });

  it('tags and an entity between the words of a figure: the range spans them, start to end', () => {
    const s = page(PAGES, 'gridandcompute-five-new-sites.html');
    const f = s.figures.find((x) => /^7\s?gigawatts$/.test(x.text))!;
    assert.equal(slice(fileText(s.file), f.range), '7&nbsp;gigawatts');
    const q = s.sentences.find((x) => x.text.startsWith('“AI can only'))!;
    const at = slice(fileText(s.file), q.range);
    assert.ok(at.startsWith('&ldquo;AI can only') && at.endsWith('statement.'), at);
  });

  it('an EUC-KR page maps into its decoded text', () => {
    const s = page(PAGES, 'dsilbo-stargate-uae-euckr.html');
    const f = s.figures.find((x) => x.text === '200MW' && x.range.start.line > 30)!;
    assert.equal(slice(fileText(s.file), f.range), '200MW');
    assert.match(fileText(s.file).split('\n')[f.range.start.line], /첫 200MW는 내년 가동/);
  });
});

describe('html reader: bad pages never crash', () => {
  const read = (b: Buffer) => html.read(b, 'bad.html');
  const reasonOf = (r: ReturnType<typeof read>) => ('skip' in r ? r.skip : undefined);

  it('a page cut off in the middle of a tag is read up to the cut', () => {
    const full = fs.readFileSync(path.join(PAGES, 'ridgeline-oracle-4-5-gigawatts.html'), 'utf8');
    const cut = full.slice(0, full.indexOf('Parts of the Abilene site') + 40).replace(/ [^ ]*$/, ' <a href="/x');
    const r = read(Buffer.from(cut));
    assert.ok(!('skip' in r));
    assert.ok(r.text.includes('Oracle will develop 4.5 gigawatts'), r.text);
  });

  it('binary, empty, undeclared non-UTF-8 and pages with no article text are skipped with the reason', () => {
    assert.equal(
      reasonOf(read(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))),
      'binary file (contains NUL bytes)',
    );
    assert.equal(reasonOf(read(Buffer.alloc(0))), 'empty file');
    assert.match(
      reasonOf(read(iconv.encode('<p>오픈AI가 스타게이트에 5000억 달러를 투자한다.</p>', 'euc-kr')))!,
      /not UTF-8.*charset/,
    );
    assert.equal(
      reasonOf(
        read(
          Buffer.from(
            '<html><head><script>var a = "5000억 달러";</script></head><body><nav><a href="/">Home</a></nav></body></html>',
          ),
        ),
      ),
      'no article text found in the page',
    );
    const c = Corpus.load({
      folders: [PAGES, path.join(os.tmpdir(), 'xref-html-nothing-here')],
      useBundled: false,
      workers: 0,
    });
    assert.equal(c.sources.length, fs.readdirSync(PAGES).length);
  });

  it('a page that declares windows-1252 is read in it', () => {
    const r = read(
      Buffer.concat([
        Buffer.from('<meta charset="windows-1252"><p>Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' owners in Abilene expect 1,500 workers at the site.</p>'),
      ]),
    );
    assert.ok(!('skip' in r));
    assert.ok(r.text.includes('Café owners'), r.text);
  });

  it('a 5 MB page and a page nested 100,000 deep are read or skipped, never a crash', () => {
    const para =
      '<div class="c"><p>OpenAI said the Abilene site would use 1.2 gigawatts of power, and Oracle said it would install 400,000 GPUs there.</p><ul class="related"><li><a href="/x">Other story</a></li></ul></div>\n';
    const big = `<html><body>${para.repeat(Math.floor((MAX - 100) / para.length))}</body></html>`;
    assert.ok(big.length > 4.9 * 1024 * 1024);
    const r = read(Buffer.from(big));
    assert.ok(!('skip' in r) && r.text.includes('400,000 GPUs'));
    const deep = `<html><body>${'<div>'.repeat(100_000)}<p>Stargate UAE will start with 200 megawatts next year.</p></body></html>`;
    const d = read(Buffer.from(deep));
    assert.ok('skip' in d || d.text.includes('200 megawatts'));
    const broken = read(Buffer.from('<<<>>></p></div><p <p>& &; &#xZZ; &#99999999; <!-- never closed'));
    assert.ok('skip' in broken || typeof broken.text === 'string');
  });
});

describe('html reader: in worker threads and the bundle', () => {
  it('indexing worker threads give the same sources as this thread', () => {
    const opts = { folders: [PAGES, HELDOUT], useBundled: false };
    const here = Corpus.load({ ...opts, workers: 0 });
    testHooks.mainIndexes = false;
    try {
      const there = Corpus.load({ ...opts, workers: 1 });
      assert.equal(there.indexedWith.here, 0, 'every page came from a worker');
      assert.deepStrictEqual(there.sources, here.sources);
    } finally {
      testHooks.mainIndexes = undefined;
    }
  });

  it('the bundled CLI checks a report against a folder of saved pages', function () {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    if (!fs.existsSync(cli)) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-html-cli-'));
    try {
      const report = path.join(dir, 'report.md');
      fs.writeFileSync(
        report,
        [
          '# Stargate after January',
          '',
          'Oracle agreed in July to develop 5.5 gigawatts of additional Stargate capacity for OpenAI [@ridgeline-tech-journal-2025-07-22].',
          '',
          '스타게이트 UAE는 아부다비에 1GW 규모의 AI 컴퓨팅 클러스터로 지어진다.',
          '',
        ].join('\n'),
      );
      const r = spawnSync(
        process.execPath,
        [cli, 'check', '--format', 'json', '--no-default-sources', '--sources', PAGES, report],
        { encoding: 'utf8', timeout: 60_000 },
      );
      assert.equal(r.status, 1, r.stderr);
      const out = JSON.parse(r.stdout) as {
        files: {
          diagnostics: {
            code: string;
            range: Range;
            sources: { key: string; file: string; sentence: { range: Range; text: string } }[];
            claim: { text: string };
          }[];
        }[];
      };
      const diags = out.files[0].diagnostics;
      assert.deepEqual(
        diags.map((d) => [d.code, d.claim.text]),
        [['figure-mismatch', '5.5 gigawatts']],
      );
      const src = diags[0].sources[0];
      assert.equal(src.key, 'ridgeline-tech-journal-2025-07-22');
      assert.ok(src.file.endsWith('.html'));
      assert.match(shown(slice(fileText(src.file), src.sentence.range)), /^Oracle will develop 4\.5 gigawatts/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
