// Metadata from the text itself (issue 10): articles saved as .txt/.md from outlets the outlet table does not
// know — a wire story, newspaper pages copied from a browser, a Korean portal page with 입력/수정, a press
// release, blogs, an opinion column with a kicker, a Korean 경제지 page with a bracket byline. The articles in
// test/fixtures/unseen-meta/ were written first, as each outlet lays out its pages; the three in
// unseen-meta-heldout/ were written before any rule and never tuned on.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { Corpus } from '../../server/src/corpus/corpus';
import { metadataTable } from './metadataTable';
import { parseArticle } from '../../server/src/corpus/article';
import { isPressReleaseMark } from '../../server/src/corpus/page';
import {
  boldDateline,
  callHeading,
  findDate,
  issueHeadingName,
  meetingLine,
  parseMetaLine,
  recordLegislature,
} from '../../server/src/corpus/articleMeta';
import { checkReport } from '../../server/src/judge/check';
import { sourceLabel } from '../../server/src/judge/messages';
import { hoverFor } from '../../server/src/lsp/hover';
import type { Source } from '../../server/src/types';

const dir = path.join(__dirname, '..', 'fixtures', 'unseen-meta');
const heldDir = path.join(__dirname, '..', 'fixtures', 'unseen-meta-heldout');
const load = (folder: string) => Corpus.load({ folders: [folder], useBundled: false, workers: 0 });
const corpus = load(dir);
const held = load(heldDir);
const byFile = (c: Corpus, name: string): Source => {
  const s = c.sources.find((x) => path.basename(x.file) === name);
  assert.ok(s, `${name} not indexed: ${c.skipped.map((x) => `${x.file}: ${x.reason}`).join('; ')}`);
  return s;
};

interface Row {
  file: string;
  key: string;
  outlet?: string;
  date?: string;
  updated?: string;
  title: string;
  authors: string[];
  lang: string;
}

const TABLE: Row[] = [
  {
    file: 'asiawire-samsung-sk.txt',
    key: 'asia-wire-2025-10-01',
    outlet: 'Asia Wire',
    date: '2025-10-01',
    title: "Samsung, SK Hynix sign on to supply memory for OpenAI's Stargate",
    authors: ['Kim Min-ji', 'Daniel Reyes'],
    lang: 'en',
  },
  {
    file: 'harbortimes-softbank.txt',
    key: 'harbor-times-2025-04-01',
    outlet: 'Harbor Times',
    date: '2025-04-01',
    title: 'SoftBank to lead $40 billion funding round for OpenAI, valuing it at $300 billion',
    authors: ['Jane Doe'],
    lang: 'en',
  },
  {
    file: 'techbrief-portal.txt',
    key: '테크브리프-2025-10-02',
    outlet: '테크브리프',
    date: '2025-10-02',
    title: "오픈AI, 삼성·SK와 손잡고 '스타게이트' 메모리 동맹…월 90만장 공급",
    authors: ['박지훈'],
    lang: 'ko',
  },
  {
    file: 'lakeshore-press-release.txt',
    key: 'lakeshore-grid-partners-2025-10-30',
    outlet: 'Lakeshore Grid Partners',
    date: '2025-10-30',
    title: 'Lakeshore Grid Partners to Power Stargate Campus in Saline Township, Michigan',
    authors: [],
    lang: 'en',
  },
  {
    file: 'computenotes-blog.md',
    key: 'compute-notes-2025-06-02',
    outlet: 'Compute Notes',
    date: '2025-06-02',
    title: 'Stargate UAE, in numbers: what the Abu Dhabi cluster actually is',
    authors: ['Priya Raman'],
    lang: 'en',
  },
  {
    file: 'plainscourier-opinion.txt',
    key: 'the-plains-courier-2025-06-12',
    outlet: 'The Plains Courier',
    date: '2025-06-12',
    title: "Stargate's power bill will land on Texas ratepayers",
    authors: ['Marcus Bell'],
    lang: 'en',
  },
  {
    file: 'hanbit-oracle.txt',
    key: '한빛경제-2025-07-23',
    outlet: '한빛경제',
    date: '2025-07-23',
    title: "오라클, 오픈AI에 4.5GW 추가 공급…스타게이트 10GW 목표 '절반' 넘었다",
    authors: ['김철수'],
    lang: 'ko',
  },
  {
    file: 'ko-naver-blog.txt',
    key: '반도체-읽어주는-남자-2025-10-02',
    outlet: '반도체 읽어주는 남자',
    date: '2025-10-02',
    title: '스타게이트에 삼성·SK가 합류한 이유 정리',
    authors: [],
    lang: 'ko',
  },
  {
    file: 'latam-newswire-argentina.txt',
    key: 'latam-newswire-2025-10-14',
    outlet: 'LatAm Newswire',
    date: '2025-10-14',
    title: 'OpenAI eyes Argentina for a $25 billion Stargate data center',
    authors: ['Sofía Martínez'],
    lang: 'en',
  },
  {
    file: 'seonam-ilbo-exclusive.txt',
    key: '서남일보-2025-10-01',
    outlet: '서남일보',
    date: '2025-10-01',
    updated: '2025-10-02',
    title: 'SK·오픈AI, 전남 AI 데이터센터 후보지 3곳 압축',
    authors: ['최유진'],
    lang: 'ko',
  },
  {
    file: 'nordic-tech-review-norway.md',
    key: 'nordic-tech-review-2025-07-31',
    outlet: 'Nordic Tech Review',
    date: '2025-07-31',
    title: 'OpenAI picks Narvik for Stargate Norway, its first European data center',
    authors: ['Lars Eriksen'],
    lang: 'en',
  },
];

/** Written before any rule and never tuned on; the answers were set down with the articles. */
const HELD_OUT: Row[] = [
  {
    file: 'nippon-wire-sites.txt',
    key: 'nippon-business-wire-2025-09-24',
    outlet: 'Nippon Business Wire',
    date: '2025-09-24',
    title: 'OpenAI, Oracle and SoftBank add five U.S. Stargate sites',
    authors: ['Aiko Tanaka'],
    lang: 'en',
  },
  {
    file: 'mirae-economy-sites.txt',
    key: '미래경제-2025-09-24',
    outlet: '미래경제',
    date: '2025-09-24',
    title: '오픈AI·오라클·소프트뱅크, 美 스타게이트 부지 5곳 추가…7GW 확보',
    authors: ['이수민'],
    lang: 'ko',
  },
  {
    file: 'gigawatt-weekly.md',
    key: 'gigawatt-weekly-2025-09-25',
    outlet: 'Gigawatt Weekly',
    date: '2025-09-25',
    title: 'Stargate goes to Abilene, and then everywhere',
    authors: ['Tom Alvarez'],
    lang: 'en',
  },
];

function assertRow(c: Corpus, r: Row) {
  const s = byFile(c, r.file);
  const got = {
    key: s.key,
    outlet: s.meta.outlet,
    date: s.meta.date,
    title: s.meta.title,
    authors: s.meta.authors,
    lang: s.meta.languages.join('+'),
  };
  assert.deepEqual(
    got,
    { key: r.key, outlet: r.outlet, date: r.date, title: r.title, authors: r.authors, lang: r.lang },
    r.file,
  );
  if (r.updated) assert.equal(s.meta.modified, r.updated, r.file);
}

/** The figures and sentences of a source, as text. */
const figureTexts = (s: Source) => s.figures.map((f) => f.text);
const sentenceTexts = (s: Source) => s.sentences.map((x) => x.text);

describe('metadata from the text itself (issue 10)', () => {
  it('every article in the folder is indexed, none skipped', () => {
    assert.equal(corpus.sources.length, fs.readdirSync(dir).length);
    assert.deepEqual(corpus.skipped, []);
  });
  for (const r of TABLE) it(`${r.file}: key, outlet, date, headline, authors, language`, () => assertRow(corpus, r));
  for (const r of HELD_OUT) it(`held out: ${r.file}`, () => assertRow(held, r));

  it('a kicker, section crumbs and menus are not the headline; nor is a label in brackets before a Korean one', () => {
    for (const s of corpus.sources) {
      assert.ok(!/OPINION|Business \/|Skip to|Subscribe|경제 >|^IT·과학$/.test(s.meta.title ?? ''), s.meta.title);
      assert.ok(
        !sentenceTexts(s).some((t) =>
          /^(?:OPINION \| Energy|Business \/ Technology|경제 > IT·과학|Skip to main content|World|Markets)$/.test(t),
        ),
        s.file,
      );
    }
  });

  it('a wire dateline is cut off the first sentence, which still starts the body', () => {
    const s = byFile(corpus, 'asiawire-samsung-sk.txt');
    assert.ok(sentenceTexts(s).some((t) => t.startsWith('Samsung Electronics and SK Hynix signed letters of intent')));
    assert.ok(!sentenceTexts(s).some((t) => t.includes('(Asia Wire)')));
  });

  it('an author bio gives no figure and no sentence', () => {
    for (const [file, bio] of [
      ['harbortimes-softbank.txt', '15 years'],
      ['plainscourier-opinion.txt', '20 years'],
      ['latam-newswire-argentina.txt', '10 years'],
      ['nordic-tech-review-norway.md', '12 years'],
    ]) {
      const s = byFile(corpus, file);
      assert.ok(!figureTexts(s).includes(bio), `${file}: ${figureTexts(s).join(', ')}`);
      assert.ok(
        !sentenceTexts(s).some((t) => /has (?:covered|written)|is a (?:former|senior)|covers business/.test(t)),
        file,
      );
    }
  });

  it('related-article lists, "More from" and ▶ 관련기사 give no figures, with their amounts and dates', () => {
    assert.ok(!figureTexts(byFile(corpus, 'harbortimes-softbank.txt')).includes('$100 billion'));
    assert.ok(!figureTexts(byFile(corpus, 'latam-newswire-argentina.txt')).includes('$2 billion'));
    assert.ok(!figureTexts(byFile(corpus, 'seonam-ilbo-exclusive.txt')).some((f) => f.startsWith('2조')));
    assert.ok(!figureTexts(byFile(corpus, 'techbrief-portal.txt')).some((f) => /10조|200조/.test(f)));
    assert.ok(!figureTexts(byFile(corpus, 'hanbit-oracle.txt')).some((f) => f.startsWith('300억')));
    assert.ok(!figureTexts(byFile(corpus, 'computenotes-blog.md')).includes('$40 billion'));
  });

  it('forward-looking statements and the media contact are not the article; the About section is the issuer’s', () => {
    // The issuer's description under "About X" is its own statement (test/unit/about.test.ts): read, with its figures.
    const s = byFile(corpus, 'lakeshore-press-release.txt');
    assert.ok(!figureTexts(s).some((f) => /734|0142/.test(f)), figureTexts(s).join(', '));
    assert.ok(
      !sentenceTexts(s).some((t) => /forward-looking|Rachel Okafor|FOR IMMEDIATE RELEASE|^About Lakeshore/.test(t)),
    );
    assert.ok(sentenceTexts(s).some((t) => t.startsWith('Founded in 2012')));
    assert.ok(figureTexts(s).includes('2,500 union construction jobs'));
  });

  it('share bars, newsletter prompts, tags, standards, counters and portal notices are not sentences', () => {
    const all = corpus.sources.flatMap(sentenceTexts);
    for (const bad of [
      /^Share\b/,
      /newsletter|inbox/i,
      /^Tags:/,
      /^#스타게이트/,
      /Our Standards/,
      /^Like this/,
      /^공감/,
      /이 기사는 언론사에서/,
      /기자의 다른 기사/,
      /Leave a Reply/,
      /^Guest Columnist$/,
      /^(?:X|LinkedIn|Email|0)$/,
      /Reporting by/,
      /Associated topics/,
      /views expressed/,
    ]) {
      assert.ok(!all.some((t) => bad.test(t)), `${bad}: ${all.filter((t) => bad.test(t)).join(' | ')}`);
    }
  });

  it('dates and relative times on date lines are neither sentences nor figures', () => {
    for (const s of corpus.sources) {
      assert.ok(
        !sentenceTexts(s).some((t) =>
          /hours ago|시간 전|^2025\. ?10\. ?2\.|^입력|^Updated|^Published|min read/.test(t),
        ),
        `${s.file}: ${sentenceTexts(s).slice(0, 3).join(' | ')}`,
      );
      assert.ok(
        // (a figure of energy is no time: "3 gigawatt-hours")
        !figureTexts(s).some((f) => /(?<!watt-)hours|시간|^2025$|19:05|^2\.$/.test(f)),
        `${s.file}: ${figureTexts(s).join(', ')}`,
      );
    }
  });
});

describe('metadata of a second set of layouts (test/fixtures/unseen-meta2/metadata.json)', () => {
  // A press release on a wire service, a Naver portal page, a U.S. daily with "By X | Outlet", a Medium post,
  // a Korean paper's English edition ("BY PARK EUN-JEE [email]"), a tistory blog, a copied wire page and a
  // Substack issue. Written before any rule; the expected values are a careful reader's.
  metadataTable('unseen-meta2');
});

describe('metadata of a third set of layouts (test/fixtures/unseen-meta3/metadata.json)', () => {
  // A brunch post, a Korean paper's own page (기사입력/최종수정, [outlet=name 기자]), a Newsis-style wire, a Daum
  // copy, an AP page, Business Wire and PR Newswire releases, an earnings-call transcript, an e-mail newsletter, a
  // LinkedIn article, a Korea Herald page; saved pages: a Naver blog, a site without og:site_name, schema.org
  // microdata, a Chrome "Webpage, Complete" save, an EUC-KR CMS page, JSON-LD as a top-level array. Written
  // before any rule; then two checks of four more each (Yonhap English, GlobeNewswire, a Korean mail, a Naver
  // mobile copy; a Japanese daily in English, an Obsidian clip, a TV script, a guest column), each written before
  // the rules it needed. The expected values are a careful reader's.
  metadataTable('unseen-meta3');
  it("a byline's leftovers are no sentences: an e-mail address or the author's name alone, a job line, chrome", () => {
    const c3 = load(path.join(__dirname, '..', 'fixtures', 'unseen-meta3'));
    const all = c3.sources.flatMap(sentenceTexts);
    for (const bad of [
      /^[\w.]+@[\w.]+$/,
      /^MATT O’BRIEN$/,
      /^김도윤$/,
      /^Ravi Menon$/,
      /^Principal, Grid Strategy/,
      /^Kelsey Ward$|^See you Monday/,
      /어떻게 생각하시나요|^요약보기$|^인쇄하기$|^Pinterest$|^Link copied$|^\+ Follow$/,
      /News provided by|^SB Energy$|^SOURCE/i,
      /^(?:From|Subject|To):|View in browser|Unsubscribe|You are receiving/,
      /^\*재판매/,
    ])
      assert.ok(!all.some((t) => bad.test(t)), `${bad}: ${all.filter((t) => bad.test(t)).join(' | ')}`);
  });
});

describe('metadata of a fourth set of layouts (test/fixtures/unseen-meta4/metadata.json)', () => {
  // A wire story with a two-name byline and a "Reporting by …; Editing by …" trailer, a Korean daily copied from
  // its app (기사입력 | 최종수정), an Asian daily's "NAME, Outlet staff writer", a Substack post, a company newsroom
  // release dated in its dateline (`AUSTIN, Texas — Dec. 1, 2025 —`), a Korean ministry's 보도자료 (보도일시,
  // 담당자, 붙임), a Medium post in a publication ("Published in …"), a WordPress page whose Yoast JSON-LD
  // @graph gives author and publisher by reference, a Korean daily's page with og: tags only. Written before any
  // rule: outlet 7/9, date 7/9, headline 8/9; the expected values are a careful reader's.
  metadataTable('unseen-meta4');
  it('page furniture of these layouts is no article text: counts, prompts, a profile, contacts, attachments', () => {
    const c4 = load(path.join(__dirname, '..', 'fixtures', 'unseen-meta4'));
    const all = c4.sources.flatMap(sentenceTexts);
    for (const bad of [
      /^∙ Paid$/,
      /Thanks for reading|^Type your email|Likes ∙/,
      /Followers|^Energy analyst\.$|^I write about power/,
      /^보 도 자 료$|^담당|^책임자|^붙임|양해각서 주요 내용|^행사 사진$/,
      /^Home »|^Posted by|Filed under/,
      /^In this article|^ORCL$|^\+35\.95%$|Privacy|^Contact: Press officer|^Press release \||already running$/,
    ])
      assert.ok(!all.some((t) => bad.test(t)), `${bad}: ${all.filter((t) => bad.test(t)).join(' | ')}`);
    // …while the article text around them stays
    assert.ok(all.some((t) => t.startsWith('My rough count is that only about 1.5 gigawatts')));
    assert.ok(all.some((t) => t.startsWith('배경훈 장관은')));
    assert.ok(all.some((t) => t.startsWith('"The UAE is now part of the backbone')));
  });
});

describe('metadata of a blind set (test/fixtures/unseen-meta5/metadata.json)', () => {
  // 22 sources written by someone who read neither the engine nor its rules, as users save them (a portal copy, a
  // print edition, Reader mode, an Obsidian and a Notion clip, an RSS export, a newsletter mail, a podcast page, a
  // distributor's release, a company newsroom, a ministry's 보도자료, GOV.UK, Substack, Tistory, Naver Blog …), used
  // to tune on: outlet 11/22, date 18/22, headline 16/22, authors 15/22 before its rules, 18, 22, 22, 21 after.
  metadataTable('unseen-meta5', {
    '12_ko_company_newsroom.txt':
      'outlet: the newsroom masthead\'s "SK hynix" where the reader gives the release\'s Korean name, SK하이닉스',
    '15_en_gov_release.html': 'outlet: GOV.UK (og:site_name) where the reader gives the department the page is "From:"',
    '17_ko_naver_blog.txt': 'authors: a blog nickname of five syllables (반도체읽남) over a relative date is not read',
    '22_notion_clip_nofrontmatter.md':
      'outlet: "EURO TECH LEDGER" as the page writes it, where the reader writes "Euro Tech Ledger"',
  });
});

describe('metadata of the layouts unseen-9 left unread (test/fixtures/unseen-meta6/metadata.json)', () => {
  // Markdown releases, blogs and newsletters with their masthead, tagline and issue line, interviews with the outlet
  // in the byline line, a local paper with place and motto lines, byline lines of bars, a wire dateline with no
  // year: 13 sources written before their rules (outlet 5/13, date 4/13, headline 6/13, authors 5/13), 13/13 after.
  metadataTable('unseen-meta6');
  it("a Markdown page's marks, rules, images, taglines and contents are no article text", () => {
    const c6 = load(path.join(__dirname, '..', 'fixtures', 'unseen-meta6'));
    const all = c6.sources.flatMap(sentenceTexts);
    for (const bad of [
      /^!\[|halcyon-logo|^\*?NEWS RELEASE/,
      /^An occasional blog|^\*?전력과 반도체 사이를|^Compiled by|^\*?매주 화요일/,
      /In this issue|^Posted 2 March|^\*?2026년 1월 21일/,
      /^Los Lunas, New Mexico$|^Serving the Rio Abajo/,
    ])
      assert.ok(!all.some((t) => bad.test(t)), `${bad}: ${all.filter((t) => bad.test(t)).join(' | ')}`);
    assert.ok(all.some((t) => t.startsWith('Every Stargate announcement comes with a number in gigawatts')));
    assert.ok(all.some((t) => t.startsWith('ERCOT now expects 138 GW')));
  });
});

describe('a date written in numbers only: read when the numbers say which is the day, never guessed', () => {
  it('10/21/2025 and 21/10/2025 are October 21; 03/04/2025 (March 4 or 3 April) is unknown; 04/04/2025 is April 4', () => {
    assert.equal(findDate('Posted by Theresa Quinlan on 10/21/2025')?.iso, '2025-10-21');
    assert.equal(findDate('Published 21/10/2025')?.iso, '2025-10-21');
    assert.equal(findDate('Published 03/04/2025'), undefined);
    assert.equal(findDate('Published 04/04/2025')?.iso, '2025-04-04');
  });
});

describe('metadata overrides still win (front matter, xref-sources.json)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-meta-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  it('front matter outlet, date and key override what the page says', () => {
    const text = fs.readFileSync(path.join(dir, 'harbortimes-softbank.txt'), 'utf8');
    fs.writeFileSync(
      path.join(tmp, 'a.md'),
      `---\noutlet: Harbour Times Weekly\ndate: 2025-04-02\nkey: ht-softbank\n---\n${text}`,
    );
    fs.writeFileSync(path.join(tmp, 'b.txt'), fs.readFileSync(path.join(dir, 'hanbit-oracle.txt')));
    fs.writeFileSync(
      path.join(tmp, 'xref-sources.json'),
      JSON.stringify({ 'b.txt': { outlet: 'Hanbit Economy', key: 'hanbit-oracle' } }),
    );
    const c = load(tmp);
    const a = byFile(c, 'a.md'),
      b = byFile(c, 'b.txt');
    assert.deepEqual(
      [a.key, a.meta.outlet, a.meta.date, a.meta.authors],
      ['ht-softbank', 'Harbour Times Weekly', '2025-04-02', ['Jane Doe']],
    );
    assert.deepEqual([b.key, b.meta.outlet, b.meta.date], ['hanbit-oracle', 'Hanbit Economy', '2025-07-23']);
  });
  it('with an outlet known, the key never comes from the reporter or the file name', () => {
    for (const s of corpus.sources) {
      if (!s.meta.outlet) continue;
      assert.ok(!s.meta.authors.some((a) => s.key.startsWith(a.toLowerCase().replace(/\s+/g, '-'))), s.key);
      assert.ok(!s.key.startsWith(path.basename(s.file).replace(/\.[^.]+$/, '')), s.key);
    }
  });
  it('a page that names no outlet and no date leaves both unknown', () => {
    fs.writeFileSync(
      path.join(tmp, 'c.txt'),
      'Stargate update\n\nOpenAI said the Abilene campus would draw 1.2 gigawatts when all of its buildings are running.\n',
    );
    const s = byFile(load(tmp), 'c.txt');
    assert.equal(s.meta.outlet, undefined);
    assert.equal(s.meta.date, undefined);
    assert.deepEqual(s.meta.authors, []);
  });
});

describe('a report citing these sources', () => {
  const report = [
    '# Memory for Stargate',
    '',
    'SK Hynix shares rose as much as 12% on the news [@asia-wire-2025-10-01].',
    '',
    'Stargate Norway will start with 330 megawatts of capacity [@nordic-tech-review-2025-07-31].',
    '',
    '오라클은 오픈AI에 4.5기가와트 규모의 데이터센터 용량을 추가로 공급한다 [@한빛경제-2025-07-23].',
    '',
  ].join('\n');
  const r = checkReport(corpus, report);
  const claim = (text: string) => {
    const c = r.claims.find((x) => x.type === 'figure' && x.text === text);
    assert.ok(c, `${text}: ${r.claims.map((x) => x.text).join(', ')}`);
    return c;
  };
  it('a right figure is supported by the cited source, named by outlet and date', () => {
    const c = claim('12%');
    assert.equal(c.status, 'supported');
    assert.equal(
      r.findings.find((f) => f.claim === c),
      undefined,
    );
    assert.equal(sourceLabel(c.sources[0]), 'Asia Wire 2025-10-01');
    const hover = JSON.stringify(hoverFor(c, corpus).contents);
    assert.ok(hover.includes('Asia Wire 2025-10-01'), hover);
    const ko = claim('4.5기가와트');
    assert.equal(ko.status, 'supported');
    assert.equal(sourceLabel(ko.sources[0]), '한빛경제 2025-07-23');
  });
  it('a wrong figure is a mismatch whose message names the outlet and date', () => {
    const f = r.findings.find((x) => x.claim === claim('330 megawatts'));
    assert.equal(f?.code, 'figure-mismatch');
    assert.match(f!.message, /230 megawatts: Nordic Tech Review 2025-07-31/);
  });
  it('the CLI prints the same', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-meta-cli-'));
    try {
      const file = path.join(tmp, 'report.md');
      fs.writeFileSync(file, report);
      const root = path.join(__dirname, '..', '..');
      const out = spawnSync(
        process.execPath,
        [
          path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
          path.join(root, 'server', 'src', 'cli', 'main.ts'),
          'check',
          '--no-default-sources',
          '--sources',
          dir,
          file,
        ],
        { encoding: 'utf8', cwd: root, timeout: 60_000 },
      );
      assert.match(
        out.stdout,
        /report\.md:5:\d+: error figure-mismatch: Sources say 230 megawatts: Nordic Tech Review 2025-07-31/,
      );
      assert.equal(out.stdout.split('\n').filter((l) => l.includes('report.md:')).length, 1, out.stdout);
      assert.equal(out.status, 1);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('the layouts of issue 10, one line each', () => {
  const meta = (text: string) => parseArticle(text, 'x.txt').meta;
  const body =
    'The first 200 megawatts of Stargate UAE are expected to go live in 2026, OpenAI said in a statement on its website.';
  const bodyKo = '오픈AI는 아랍에미리트(UAE) 아부다비에 1기가와트(GW) 규모의 스타게이트 UAE를 짓는다고 밝혔다.';
  it('a wire dateline naming a known agency gives that agency', () => {
    const m = meta(
      `Trump hails Stargate deal\n\nWASHINGTON (AP) — President Donald Trump on Tuesday praised the Stargate venture, which he said would invest up to $500 billion.\n`,
    );
    assert.equal(m.outlet, 'Associated Press');
  });
  it('dates as pages write them; an update kept apart; relative times unknown', () => {
    assert.equal(meta(`Stargate UAE explained\nJune 2, 2025 at 3:04 pm\n\n${body}\n`).date, '2025-06-02');
    assert.equal(meta(`Stargate UAE explained\n2025-06-02T07:30:00+09:00\n\n${body}\n`).date, '2025-06-02');
    const both = meta(
      `Stargate UAE explained\nPublished March 3, 2025\nUpdated 9:15 AM EDT, Mon June 2, 2025\n\n${body}\n`,
    );
    assert.deepEqual([both.date, both.modified], ['2025-03-03', '2025-06-02']);
    const portal = meta(`스타게이트 UAE 1GW 클러스터 발표\n입력 2025.06.02 07:30 수정 2025.06.03 09:10\n\n${bodyKo}\n`);
    assert.deepEqual([portal.date, portal.modified], ['2025-06-02', '2025-06-03']);
    assert.equal(meta(`Stargate UAE explained\nUpdated 3 hours ago\n\n${body}\n`).date, undefined);
    assert.equal(meta(`스타게이트 UAE 1GW\n2시간 전\n\n${bodyKo}\n`).date, undefined);
  });
  it('an outlet from a copyright line, a staff byline or a bracket byline; the reporter without 기자', () => {
    assert.equal(
      meta(`스타게이트 UAE 1GW 클러스터 발표\n\n${bodyKo}\n\nCopyright ⓒ 데일리테크 무단전재 및 재배포 금지\n`).outlet,
      '데일리테크',
    );
    assert.equal(meta(`Stargate UAE explained\n\n${body}\n\n© 2025 Harbor Times\n`).outlet, 'Harbor Times');
    assert.equal(meta(`Stargate UAE explained\nBy Asia Wire staff\n\n${body}\n`).outlet, 'Asia Wire');
    const br = meta(`스타게이트 UAE 1GW\n\n[한빛경제 김철수 기자] ${bodyKo}\n`);
    assert.deepEqual([br.outlet, br.authors], ['한빛경제', ['김철수']]);
  });

  it('a Korean wire names its reporter after the bracket, and the story starts after the "="', () => {
    const text = `스타게이트 UAE 1GW\n\n(서울=연합뉴스) 홍길동 특파원 = ${bodyKo}\n`;
    const art = parseArticle(text, 'x.txt');
    assert.deepEqual([art.meta.outlet, art.meta.authors], ['Yonhap', ['홍길동']]);
    const sentences = art.sentences.map((x) => text.slice(x.start, x.end));
    assert.ok(
      sentences.some((t) => t.startsWith('오픈AI는')),
      sentences.join(' | '),
    );
    assert.deepEqual(meta(`스타게이트 UAE 1GW\n\n[서울=뉴시스]김철수·이영희 기자 = ${bodyKo}\n`).authors, [
      '김철수',
      '이영희',
    ]);
  });
  it('"by" and a Korean name; a date written "Sep 25. 2025" or with a spelled-out time zone', () => {
    const m = meta(`스타게이트 UAE 1GW 클러스터 발표\nby 김도윤\nSep 25. 2025\n\n${bodyKo}\n`);
    assert.deepEqual([m.authors, m.date], [['김도윤'], '2025-09-25']);
    assert.deepEqual(meta(`스타게이트 UAE 1GW 클러스터 발표\nby 편집부\n\n${bodyKo}\n`).authors, []);
    assert.equal(
      meta(`Stargate UAE explained\nSeptember 30, 2025 09:00 AM Eastern Daylight Time\n\n${body}\n`).date,
      '2025-09-30',
    );
  });
  it('a release distributed by Business Wire or PR Newswire: its issuer, not the distributor', () => {
    const bw = meta(
      `Acme Grid to power Stargate site\n\nDENVER--(BUSINESS WIRE)--${body}\n\nAbout Acme Grid\nAcme Grid builds substations.\n`,
    );
    assert.equal(bw.outlet, 'Acme Grid');
    const prn = meta(
      `Acme Grid to power Stargate site\n\nNEWS PROVIDED BY\nAcme Grid\nSep 24, 2025, 10:00 ET\n\nDENVER, Sept. 24, 2025 /PRNewswire/ -- ${body}\n\nSOURCE Acme Grid\n`,
    );
    assert.deepEqual([prn.outlet, prn.authors, prn.date], ['Acme Grid', [], '2025-09-24']);
    // Without "SOURCE" at the end, the name under "News provided by" is the issuer, and no byline.
    const head = meta(
      `Acme Grid to power Stargate site\n\nNews provided by\nAcme Grid\nSep 24, 2025, 10:00 ET\n\nDENVER, Sept. 24, 2025 /PRNewswire/ -- ${body}\n\nMedia contact:\npress@acmegrid.example\n`,
    );
    assert.deepEqual([head.outlet, head.authors], ['Acme Grid', []]);
  });
  it("an e-mail's headers: subject, date and, named again in its footer, the sender; a sign-off names the writer", () => {
    const m = meta(
      `From: Grid Letter <news@gridletter.example>\nDate: Thu, Sep 25, 2025 at 6:02 AM\nSubject: Stargate UAE, explained\n\n${body}\n\nBest,\nKelsey Ward\n\nYou are receiving this email because you subscribed to Grid Letter.\n`,
    );
    assert.deepEqual(
      [m.title, m.date, m.outlet, m.authors],
      ['Stargate UAE, explained', '2025-09-25', 'Grid Letter', ['Kelsey Ward']],
    );
    // A sender the page does not name again is no outlet.
    assert.equal(
      meta(`From: Kelsey Ward <k@example.com>\nSubject: Stargate UAE, explained\n\n${body}\n`).outlet,
      undefined,
    );
  });
  it('Markdown: a bold release label and dateline; a tagline under the name; an issue line; the outlet in a byline of bars', () => {
    const md = (text: string) => parseArticle(text, 'x.md').meta;
    const rel = md(
      `**FOR IMMEDIATE RELEASE**\n\n# Acme Grid to power Stargate site\n\n**DENVER and AUSTIN, September 24, 2025** — ${body}\n\n**About Acme Grid**\n\nAcme Grid builds substations.\n`,
    );
    assert.deepEqual(
      [rel.title, rel.outlet, rel.date],
      ['Acme Grid to power Stargate site', 'Acme Grid', '2025-09-24'],
    );
    const blog = md(
      `# Grid Notes\n\n*Short essays on power, by Ana Lima*\n\n## Stargate UAE, explained in full\n\n*Posted 26 September 2025 in Power*\n\n${body}\n`,
    );
    assert.deepEqual(
      [blog.title, blog.outlet, blog.authors, blog.date],
      ['Stargate UAE, explained in full', 'Grid Notes', ['Ana Lima'], '2025-09-26'],
    );
    const issue = md(
      `# Grid Notes\n\n**Issue #12 — Friday, September 26, 2025**\n\n## 1. Stargate UAE goes live\n\n${body}\n\n## 2. Texas\n\n${body}\n`,
    );
    assert.deepEqual([issue.title, issue.outlet, issue.date], ['Grid Notes — Issue #12', 'Grid Notes', '2025-09-26']);
    const bars = meta(`Stargate UAE explained in full\n\nGulf Review | By Ana Lima | Sep 26, 2025\n\n${body}\n`);
    assert.deepEqual([bars.outlet, bars.authors, bars.date], ['Gulf Review', ['Ana Lima'], '2025-09-26']);
    // A person's name between bars, with no byline naming the authors, is no outlet.
    assert.equal(
      meta(`Stargate UAE explained in full\n\nAna Lima | Sep 26, 2025 | 4 min read\n\n${body}\n`).outlet,
      undefined,
    );
    const ko = meta(
      `스타게이트 UAE 1GW 클러스터 발표\n\n한빛에너지신문 | 세종=김도윤 기자 | 입력 2025.09.25 17:42\n\n${bodyKo}\n`,
    );
    assert.deepEqual([ko.outlet, ko.authors, ko.date], ['한빛에너지신문', ['김도윤'], '2025-09-25']);
  });
  it("a paper's masthead in capitals with its place and motto; a staff byline giving the name short", () => {
    const m = meta(
      `THE PLAINS BEACON\nAmarillo, Texas\nServing the Panhandle since 1909\n\nStargate UAE explained in full\n\nBy Ana Lima, Beacon staff writer\nSep 26, 2025\n\n${body}\n\nThe Plains Beacon welcomes letters.\n`,
    );
    assert.deepEqual(
      [m.title, m.outlet, m.authors, m.date],
      ['Stargate UAE explained in full', 'The Plains Beacon', ['Ana Lima'], '2025-09-26'],
    );
    // Under the name, a headline ending "by" a person is no tagline crediting a writer.
    const hl = meta(`THE PLAINS BEACON\n\nStargate campus approved by Ruth Alvarado\n\nSep 26, 2025\n\n${body}\n`);
    assert.deepEqual([hl.title, hl.authors], ['Stargate campus approved by Ruth Alvarado', []]);
    // A copyright after a footer's sentences names the outlet; after a caption's, a photo agency is none.
    const footer = (line: string) => meta(`Stargate UAE explained in full\n\n${body}\n\n${line}\n`).outlet;
    assert.equal(footer('The Grid Brief is published weekly. © 2025 Grid Brief Media LLC.'), 'Grid Brief Media');
    assert.equal(footer('Crews at the site in Abu Dhabi. © 2025 Getty Images'), undefined);
  });
  it("a post's byline: the writer's name, repeated, and a job line above the date line", () => {
    const m = meta(
      `Stargate UAE, explained in full\nRavi Menon\nRavi Menon\nPrincipal at Meridian\nPublished Sep 26, 2025\n\n${body}\n`,
    );
    assert.deepEqual([m.authors, m.date], [['Ravi Menon'], '2025-09-26']);
  });
});

describe('metadata of the layouts unseen-10 left unread (test/fixtures/unseen-meta7/metadata.json)', () => {
  // A byline line of bars naming the outlet and two dates but no reporter, a breadcrumb led by the site's name and a
  // bracketed Korean copyright footer, Markdown newsletters with a bold masthead, an issue line and a "Name · date"
  // line, blogs naming their publication only in a footer sentence, a state commission's and FERC's orders: 11
  // sources written before their rules (outlet 0/11, date 6/11, headline 6/11, authors 9/11), 11/11 after; then a
  // ministry's 공고 and a commission's 의결서, written before the Korean rule (outlet 0/2, headline 0/2), 2/2 after.
  metadataTable('unseen-meta7');
  const meta = (text: string, file = 'x.txt') => parseArticle(text, file).meta;
  const body =
    'Regulators approved the contract on Tuesday after a hearing that ran for most of the day and drew dozens of residents.\n\nThe campus will draw up to 750 megawatts once all of its buildings are running, the utility said in its filing.\n';

  it('a line of bars with a name and dates: the name is the outlet when written as one, else only the date is read', () => {
    const k = parseMetaLine('에너지산업경제 | 입력 2026-02-24 06:00 | 수정 2026-02-24 10:21');
    assert.deepEqual([k?.authors, k?.date, k?.updated, k?.outletRaw], [[], '2026-02-24', undefined, '에너지산업경제']);
    assert.equal(
      parseMetaLine('The Prairie Courier | Published Jan. 5, 2026 | Updated Jan. 6, 2026')?.outletRaw,
      'The Prairie Courier',
    );
    // A name that may be a person's, labelled as a portal labels its dates: neither author nor outlet.
    const p = parseMetaLine('김서진 | 입력 2025-12-03 07:00 | 수정 2025-12-03 11:40');
    assert.deepEqual([p?.date, p?.authors, p?.outletRaw, p?.outlet], ['2025-12-03', [], undefined, undefined]);
  });

  it('a name and a date alone on a line: a person is the author, an outlet the outlet, a label no name', () => {
    assert.deepEqual(parseMetaLine('Hannah Lowe · May 11, 2026')?.authors, ['Hannah Lowe']);
    assert.deepEqual(parseMetaLine('정다운 · 2026년 3월 9일')?.authors, ['정다운']);
    const o = parseMetaLine('Harbor Times · March 3, 2026');
    assert.deepEqual([o?.authors, o?.outletRaw], [[], 'Harbor Times']);
    assert.equal(parseMetaLine('2026년 1월 21일 · 분류: 스타게이트')?.outletRaw, undefined);
    // Under the story's first paragraph such a line is the story's (a timeline), no byline.
    const tl = meta(
      `# How Stargate came together\n\nRowan Pike · March 2, 2026\n\n${body}\nSam Altman · January 21, 2025\n`,
      'x.md',
    );
    assert.deepEqual([tl.authors, tl.date], [['Rowan Pike'], '2026-03-02']);
  });

  it("a bracketed copyright footer and a crumb led by the site's name name the outlet", () => {
    const ko =
      '에너지 > 전력\n\n한전, 서해안 송전망 용량 두 배로 늘린다\n\n' +
      '한국전력이 서해안 초고압 송전망 용량을 2030년까지 두 배로 늘리기로 했다고 8일 밝혔다. 투자 규모는 약 7조 원이다.\n\n';
    assert.equal(meta(ko + '[저작권자ⓒ 서해경제신보. 무단전재-재배포 금지]\n').outlet, '서해경제신보');
    assert.equal(meta(ko + '<저작권자 © 서해경제신보, 무단 전재 및 재배포 금지>\n').outlet, '서해경제신보');
    assert.equal(
      meta('서해경제신보 > 경제 > 에너지\n\n' + ko.split('\n\n').slice(1).join('\n\n')).outlet,
      '서해경제신보',
    );
    // A motto before the name is no name.
    assert.equal(meta(ko + '<ⓒ경제를 보는 눈, 세계를 보는 창 서해경제신보 무단전재 배포금지>\n').outlet, undefined);
    const en = meta(
      `Prairie Business Chronicle › Energy › Utilities\n\nCommission approves special contract for data center campus\n\n${body}`,
    );
    assert.deepEqual(
      [en.outlet, en.title],
      ['Prairie Business Chronicle', 'Commission approves special contract for data center campus'],
    );
  });
  it("a periodical's issue line without a date says the bold name above the headline is the periodical's", () => {
    const text = `**Load & Line**\n\n# Why the queue matters more than the gigawatts\n\n*Issue #9 · Notes on grids and compute*\n\nIris Vance · April 3, 2026\n\n${body}`;
    const a = parseArticle(text, 'x.md');
    assert.deepEqual(
      [a.meta.outlet, a.meta.title, a.meta.authors, a.meta.date],
      ['Load & Line', 'Why the queue matters more than the gigawatts', ['Iris Vance'], '2026-04-03'],
    );
    assert.ok(!a.sentences.some((x) => /Issue #9|Notes on grids/.test(text.slice(x.start, x.end))));
    // A numbered item below the story's first paragraph is the story's, no issue line.
    const ranked = `# Ranking the Stargate sites by power on hand\n\n${body}\nNo. 3 · The Abilene campus, still the largest\n`;
    const r = parseArticle(ranked, 'x.md');
    assert.ok(r.sentences.some((x) => ranked.slice(x.start, x.end).includes('The Abilene campus')));
    // Without the issue line a bold name above the headline is not confirmed as a site.
    assert.equal(meta(text.replace('*Issue #9 · Notes on grids and compute*\n\n', ''), 'x.md').outlet, undefined);
  });

  it('a footer saying what the publication is names it; a person, a pronoun or a job does not', () => {
    const fm = '---\ntitle: "Cooling water at a 1 GW campus"\ndate: 2026-02-16\nauthor: Lena Ortiz\n---\n\n';
    const foot = (f: string) => meta(`${fm}${body}\n*${f}*\n`, 'x.md').outlet;
    assert.equal(
      foot('Heat Sink is a free weekly newsletter about data-center cooling, written by Lena Ortiz.'),
      'Heat Sink',
    );
    assert.equal(foot('물과 칩은 데이터센터 냉각을 다루는 개인 뉴스레터입니다.'), '물과 칩');
    assert.equal(foot('Lena Ortiz is a newsletter writer based in Denver.'), undefined);
    assert.equal(foot('This is a free weekly newsletter about data-center cooling.'), undefined);
  });

  it("an order's caption names the body; its title in capitals is the headline; its closing line dates it", () => {
    const order = [
      'BEFORE THE IOWA UTILITIES COMMISSION',
      '',
      'IN RE:                                   )',
      'CEDAR VALLEY POWER COMPANY              )     DOCKET NO. TF-2025-0114',
      '',
      'FINAL DECISION AND ORDER',
      '',
      body,
      'Dated at Des Moines, Iowa, this 4th day of March, 2026.',
      '',
      'IOWA UTILITIES COMMISSION',
      '',
    ].join('\n');
    const a = parseArticle(order, 'x.txt');
    assert.deepEqual(
      [a.meta.outlet, a.meta.title, a.meta.date, a.meta.authors],
      ['Iowa Utilities Commission', 'FINAL DECISION AND ORDER', '2026-03-04', []],
    );
    const said = a.sentences.map((x) => order.slice(x.start, x.end));
    assert.ok(!said.some((t) => /DOCKET|IN RE|Dated at|^IOWA/.test(t)), said.join(' | '));
    // "(Issued …)" under the title dates it before its closing line.
    assert.equal(
      meta(order.replace('FINAL DECISION AND ORDER\n', 'FINAL DECISION AND ORDER\n\n(Issued March 2, 2026)\n')).date,
      '2026-03-02',
    );
    // A headline in capitals naming a commission is no caption; nor is a caption with no document title under it.
    assert.equal(meta(`PUBLIC SERVICE COMMISSION APPROVES DATA CENTER CONTRACT\n\n${body}`).outlet, undefined);
    assert.equal(meta(`BEFORE THE IOWA UTILITIES COMMISSION\n\n${body}`).outlet, undefined);
  });
  it("a Korean public document's number names its body; its title or its 안건 is the headline; its signature is no text", () => {
    const ko =
      '「국토의 계획 및 이용에 관한 법률」 제30조에 따라 데이터센터 집적단지 도시관리계획 결정을 다음과 같이 고시합니다.\n\n면적은 총 52만㎡이며, 수전 용량은 최대 1.5GW로 한다.\n';
    const a = parseArticle(
      `국토교통부 고시 제2025-712호\n\n새만금 데이터센터 집적단지 도시관리계획 결정 고시\n\n${ko}\n2025년 11월 3일\n\n국토교통부 장관\n`,
      'x.txt',
    );
    assert.deepEqual(
      [a.meta.outlet, a.meta.title, a.meta.date],
      ['국토교통부', '새만금 데이터센터 집적단지 도시관리계획 결정 고시', '2025-11-03'],
    );
    const d = meta(
      `원 자 력 안 전 위 원 회\n의 결 제2026-3호\n\n안건명 : 참고\n\n안    건 : 데이터센터 전용 소형모듈원전 부지 적합성 검토 결과 보고\n의 결 일 : 2026. 1. 22.\n\n${ko}`,
    );
    assert.deepEqual(
      [d.outlet, d.title, d.date],
      ['원자력안전위원회', '데이터센터 전용 소형모듈원전 부지 적합성 검토 결과 보고', '2026-01-22'],
    );
    // A news story about a notice is no notice.
    assert.equal(meta(`국토부, 새만금 데이터센터 집적단지 고시\n\n${ko}`).outlet, undefined);
  });
});

describe('metadata of the blind sets unseen-10 to unseen-13 (their metadata.json, sources in sources/)', () => {
  // Written by someone who never read the engine; every field read today is asserted. unseen-12 was read
  // outlet 9/15, date 10/15, headline 13/15, authors 13/15 before the rules of unseen-meta8, 15/15 after.
  describe('unseen-10', () => metadataTable('unseen-10', {}, { sub: 'sources' }));
  describe('unseen-11', () =>
    metadataTable(
      'unseen-11',
      {},
      {
        sub: 'sources',
        pending: {
          // A transcript's italic line giving its date with sentences after it (`*August 6, 2026, 5:00 PM ET. Prepared …*`).
          'sources/sandline-q2-2026-call.md': ['date'],
        },
      },
    ));
  describe('unseen-12', () => metadataTable('unseen-12', {}, { sub: 'sources' }));
  // unseen-13 was read outlet 10/16, date 11/16, headline 15/16, authors 15/16 before the rules of unseen-meta9.
  describe('unseen-13', () => metadataTable('unseen-13', {}, { sub: 'sources' }));
  // unseen-14 was read outlet 4/14, date 9/14, headline 8/14, authors 12/14 before the rules of unseen-meta10.
  describe('unseen-14', () =>
    metadataTable(
      'unseen-14',
      {},
      {
        sub: 'sources',
        pending: {
          // A post copied without its platform's name or a date: "LinkedIn" is nowhere in the text, the post's first
          // line is no headline the page marks as one, and its writer's name line over a job line is not read.
          'sources/natarajan-linkedin-post.txt': ['outlet', 'headline', 'authors'],
        },
      },
    ));
});

describe('metadata of the blind set unseen-15 (its metadata.json, sources in sources/)', () => {
  // Read outlet 9/14, date 13/14, headline 10/14 at 960b265, before the rules of unseen-meta11.
  metadataTable(
    'unseen-15',
    {},
    {
      sub: 'sources',
      // (its interview's rubric, `[일문일답]`, is no part of its headline since session 24, as this set's key says)
    },
  );
});

describe('metadata of the blind set unseen-16 (its metadata.json, sources in sources/)', () => {
  // Held out until session 21; read outlet 7/10, headline 7/10, authors 9/10 at bcedf60, before the rules of
  // unseen-meta21 (a wire's `(종합2보)`, a masthead in capitals with its section after a bar, a trade site's byline line
  // opening with its name, a distributor's page carrying a release).
  metadataTable(
    'unseen-16',
    {},
    {
      sub: 'sources',
      pending: {
        // a broadcast transcript states no headline; the anchor's first sentence under `[앵커]` is read as one
        'sources/dbn-news-pohang-mou-ko.txt': ['headline'],
      },
    },
  );
});

describe('metadata of the blind set unseen-18 (its metadata.json, sources in sources/)', () => {
  // Held out until session 21; read outlet 5/9, date 8/9, headline 5/9, authors 8/9 at bcedf60, before the rules of
  // unseen-meta21 (a crumb led by a Markdown link, a Markdown letterhead over a notice's heading, a lawmaker's office).
  metadataTable(
    'unseen-18',
    {},
    {
      sub: 'sources',
      pending: {
        // a broker's banner `다온투자증권 리서치센터 | 기업분석 | 반도체` is read whole (meta8's and meta9's keys name the
        // research centre as the banner does; this key names the broker)
        'sources/daon-securities-taekwang-hbm-ko.md': ['outlet'],
      },
    },
  );
});

describe('metadata of the blind set unseen-17 (its metadata.json, sources in sources/)', () => {
  // Read outlet 7/9, date 6/9, headline 4/9, authors 7/9 at bc0f634 (its BASELINE.txt), before the rules of
  // unseen-meta20: a release's `For immediate release:` date, a newsletter's line of what it is, its date and its
  // 발행인, a guest column's writer under its headline.
  metadataTable(
    'unseen-17',
    {},
    {
      sub: 'sources',
      pending: {
        // (The SEC form's cover and the bilingual release's letterhead are read since session 21, metadata21.test.ts.)
        // A bilingual release's language is read as both halves' (this set's key says English, which leads).
        'sources/boryeong-city-release-bilingual.md': ['language'],
        // (The outlet's rubric, [라이브] and [시론], is no part of the headline since session 24; a newsletter's name and
        // issue before a dash, `데이터센터 레터 #58 —`, since session 47, meta49.test.ts.)
      },
    },
  );
});

describe('metadata of unseen-21, unseen-22 and unseen-23 (their metadata.json, sources in sources/)', () => {
  // Read at edb1d47, before the rules of session 22 (metadata22.test.ts): unseen-21 outlet 3/9, date 6/9, headline
  // 4/9, authors 8/9; unseen-22 outlet 3/9, headline 4/9, authors 7/9; unseen-23 outlet 6/9, date 7/9, headline 3/9,
  // authors 6/9.
  metadataTable(
    'unseen-21',
    {},
    {
      sub: 'sources',
      // (`[단독]` is no part of a headline since session 24, as this set's key says)
    },
  );
  metadataTable('unseen-22', {}, { sub: 'sources' });
  metadataTable('unseen-23', {}, { sub: 'sources' });
});

describe("a release's head: its mark in two languages, whom to contact", () => {
  // unseen-17's bilingual city release had its contact line taken for its headline once its letterhead was set aside
  // (the letterhead itself, `Boryeong City, Chungcheongnam-do · 충청남도 보령시`, is still read as the headline there).
  const head = (mark: string) =>
    parseArticle(
      `# ${mark}\n\n**Harlan County, Kentucky**\nFor immediate release: 3 March 2026\nMedia contact: Office of Economic Development, (606) 555-0142, press@harlancounty.example\n\n---\n\n## County signs agreement for 600-megawatt data center campus\n\nHARLAN, Ky., 3 March 2026 — Harlan County today signed an agreement with Ridgeline Compute for a 600-megawatt data center campus on a reclaimed mine site.\n`,
      'release.md',
    ).meta;
  it('a contact line with a number or an address at the head is no headline', () => {
    const m = head('PRESS RELEASE');
    assert.equal(m.title, 'County signs agreement for 600-megawatt data center campus');
    assert.equal(m.date, '2026-03-03');
  });
  it("a form's fields on one line, label and value apart: its original date, and the later one its update", () => {
    const line = parseMetaLine('SPONSOR:        Sen. Lucinda Herrera-Voss          ORIGINAL DATE:  01/22/2026');
    assert.equal(line?.date, '2026-01-22');
    assert.equal(parseMetaLine('Kansas                      001-38817              48-1204476'), undefined);
  });
  it('"PRESS RELEASE / 보도자료" marks a release as either mark alone does', () => {
    assert.equal(head('PRESS RELEASE / 보도자료').title, 'County signs agreement for 600-megawatt data center campus');
    assert.ok(isPressReleaseMark('PRESS RELEASE / 보도자료'));
    assert.ok(!isPressReleaseMark('PRESS RELEASE / Harlan County'));
  });
});

describe('metadata of the blind set unseen-19 (its metadata.json, sources in sources/)', () => {
  // Read outlet 4/9, date 7/9, headline 5/9, authors 5/9 at b9e61f5 (its BASELINE.txt); since, a form's fields on one
  // line (`SPONSOR: …          ORIGINAL DATE:  01/22/2026`) give the fiscal report its original date, the later one
  // its update. The rest is pending, with what the text says:
  metadataTable(
    'unseen-19',
    {},
    {
      sub: 'sources',
      pending: {
        // (The DART title line, the monthly's issue line and photographer, the federation's signature and the fiscal
        // report's `ANALYST: Romero, J.` are read since session 21, metadata21.test.ts.)
        // minutes headed in capitals (the key writes them in title case; other sets' keys keep `MINUTES OF THE REGULAR
        // MEETING`); their recording clerk (`Deputy Clerk Anita Roybal (recording)`) is read since session 22, as are
        // the fiscal report's office and title and the policy brief's institute and writers (metadata22.test.ts)
        'sources/caliente-county-commission-minutes-2025-06-17.txt': ['headline'],
        // a saved Medium page whose platform is its outlet (a platform is no outlet by design, page.ts PLATFORMS;
        // unseen-meta2's Medium post names none)
        'sources/medium-noor-haddad-red-mesa-commissioning.html': ['outlet'],
      },
    },
  );
});

describe('metadata of pages as users keep them (test/fixtures/unseen-meta20/metadata.json)', () => {
  // Seven pages copied or clipped as their sites give them, written before their rules: read outlet 6/7, date 4/7,
  // headline 6/7, authors 5/7 before (glued 입력 labels beside the print page, a Markdown link taken for a bracket
  // byline, a clipped title's `| Reuters`).
  metadataTable(
    'unseen-meta20',
    {},
    {
      pending: {
        // A name line over the writer's social handle (`Kif Leswing` / `@in/kifleswing`) is not read as a byline.
        'cnbc-copy.txt': ['authors'],
        // (a Substack post's writer as a Markdown link on a line of its own, and its publication named only in its
        // `Subscribe to …` button, are read since session 42: meta44.test.ts)
      },
    },
  );
});

describe('metadata of the layouts unseen-15 left unread (test/fixtures/unseen-meta11/metadata.json)', () => {
  // A wire's slug and its city-less dateline, a call transcript headed on three lines, a Korean committee record opened
  // by its session line, a county's 보도자료 led by `해남군(군수 …)은`, a regional press office's letterhead with a
  // `Place, date` line: six sources written before their rules (10 of 24 fields wrong), 24/24 after.
  metadataTable('unseen-meta11');
});

describe('metadata of the layouts unseen-14 left unread (test/fixtures/unseen-meta10/metadata.json)', () => {
  // Governments' fact sheets, an 8-K exhibit as PDF text, a [보도자료], a Korean TV transcript, wires named only in
  // their datelines, a Naver copy of a regional paper, unions' statements and a Korean 공시: 11 sources written
  // before their rules (outlet 2/11, date 6/11, headline 6/11, authors 10/11), 11/11 after; then a second check of six
  // more in the same layouts, written after those rules (outlet 3/6, date 6/6, headline 4/6, authors 6/6), 6/6 after.
  metadataTable('unseen-meta10');
  const meta = (text: string, file = 'x.txt') => parseArticle(text, file).meta;
  const body =
    'The campus would draw up to 600 megawatts at full build-out, about a fifth of the county’s peak load.\n\nThe developer said it would pay for the new 230-kilovolt line, estimated at $140 million.\n';

  it("a fact sheet: the office's letterhead line is its issuer, the release line its date, the next line its title", () => {
    const m = meta(
      `OFFICE OF THE GOVERNOR — STATE OF IDAHO\n\n# FACT SHEET: Project Snake River\n\n**Released April 2, 2026 · Boise**\n\n${body}`,
      'x.md',
    );
    assert.deepEqual(
      [m.outlet, m.date, m.title],
      ['Office of the Governor, State of Idaho', '2026-04-02', 'FACT SHEET: Project Snake River'],
    );
    assert.equal(parseMetaLine('Issued June 18, 2026 · Austin')?.date, '2026-06-18');
    assert.equal(parseMetaLine('For release March 9, 2026 · Carson City')?.date, '2026-03-09');
    // A name and a date without a release's label stay what they were: no byline of two parts.
    assert.equal(parseMetaLine('June 18, 2026 · Austin'), undefined);
    // A line of two names that are no office's is no letterhead.
    assert.equal(
      meta(`Energy — Data Centers\n\n# Fact Sheet: Project Snake River\n\n${body}`, 'x.md').outlet,
      undefined,
    );
  });

  it("an office's name over a title that is no document's kind and is not named again: no issuer", () => {
    // A department's name over its fact sheet is its issuer; over a news story's headline, a section's or a subject's.
    assert.equal(
      meta(`Idaho Department of Commerce\n\nFACT SHEET — Project Snake River\n\nDate: April 2, 2026\n\n${body}`).outlet,
      'Idaho Department of Commerce',
    );
    assert.equal(
      meta(`U.S. Department of Energy\n\nLoan office backs a new transmission line for Idaho campus\n\n${body}`).outlet,
      undefined,
    );
    // A union local's number is part of its name.
    assert.equal(
      meta(
        `UNITED STEELWORKERS LOCAL 1999\n\nStatement on the campus agreement\n\nBOISE, Idaho — May 5, 2026 — United Steelworkers Local 1999 said today it had ratified the agreement.\n\n${body}`,
      ).outlet,
      'United Steelworkers Local 1999',
    );
  });

  it("a union's name over its statement, named again below: its issuer; its place-and-date line dates it", () => {
    const m = meta(
      `**IDAHO STATE BUILDING TRADES COUNCIL**\n*Affiliated with North America's Building Trades Unions*\n\n# Statement on the Snake River project labor agreement\n\n**Boise, Idaho — May 5, 2026**\n\nThe Idaho State Building Trades Council today ratified a project labor agreement for the campus.\n\n${body}`,
      'x.md',
    );
    assert.deepEqual(
      [m.outlet, m.date, m.title],
      ['Idaho State Building Trades Council', '2026-05-05', 'Statement on the Snake River project labor agreement'],
    );
    // Not named again: no issuer read from the line alone.
    assert.equal(
      meta(`**Idaho State Building Trades Council**\n\n# Statement on the agreement\n\n${body}`, 'x.md').outlet,
      undefined,
    );
  });

  it('an 8-K exhibit: the letterhead with its legal form, the dateline under a deck, a hard-wrapped first line', () => {
    const m = meta(
      `                    Exhibit 99.1\n\n              SNAKE RIVER POWER, INC.\n\nNEWS RELEASE\n\n     Snake River Power Signs 15-Year Supply Deal with Stargate Idaho\n          Largest contract in company history; 600 MW of new solar and storage\n\nBOISE, Idaho, April 2, 2026 -- Snake River Power, Inc. (NYSE: SRPW) ("Snake River" or the "Company")\ntoday announced a 15-year agreement to supply the Stargate Idaho campus.\n\n${body}`,
    );
    assert.deepEqual([m.outlet, m.date], ['Snake River Power, Inc.', '2026-04-02']);
  });

  it('a wire dated from two cities (`DENVER/SEOUL, March 17 (Meridian) -`)', () => {
    assert.equal(
      meta(
        `Stargate lands a loan\n\nDENVER/SEOUL, March 17 (Halyard) - The venture closed a loan on Tuesday, people familiar with the deal said.\n\n${body}`,
      ).outlet,
      'Halyard',
    );
  });

  it('Korean rubrics, a broadcast, a signed 공시 and a portal copy', () => {
    // A label in brackets before a Korean headline is no part of it, whatever word: a document's kind, an outlet's rubric.
    assert.equal(
      meta(`[보도자료] 남도그리드, 변전소 건설 계약 체결\n\n${body}`).title,
      '남도그리드, 변전소 건설 계약 체결',
    );
    assert.equal(
      meta(`[단독] 남도그리드, 변전소 건설 계약 체결\n\n${body}`).title,
      '남도그리드, 변전소 건설 계약 체결',
    );
    // A broadcast: the broadcaster, not its programme; the reporter of its sign-off.
    const tv = meta(
      `KBN 뉴스9 | 2026.02.24 (화) 21:00 방송\n[리포트] 해남 데이터센터 착공\n\n[앵커]\n스타게이트가 전남 해남에 짓는 AI 데이터센터가 오늘 착공했습니다.\n\n[기자]\n사업비는 약 18조 원으로, 첫 건물은 2028년 상반기 가동이 목표입니다.\nKBN 뉴스 문태오입니다.\n\nCopyright ⓒ KBN. 무단 전재 및 재배포 금지\n`,
    );
    assert.deepEqual([tv.outlet, tv.title, tv.authors], ['KBN', '해남 데이터센터 착공', ['문태오']]);
    // A 공시: the company that signs it, the form's date, not its period's end.
    const g = meta(
      `신규시설투자등\n\n4. 투자기간        시작일      2026-06-01\n                   종료일      2028-12-31\n5. 이사회결의일(결정일)        2026-05-21\n\n                                  2026년 5월 21일\n                                  한빛파워소자 주식회사\n                                  대표이사 윤재석\n\n                   - 1 -\n`,
    );
    assert.deepEqual([g.outlet, g.date], ['한빛파워소자', '2026-05-21']);
    assert.equal(parseMetaLine('종료일                    2028-12-31'), undefined);
  });
});

describe('metadata of the layouts unseen-12 left unread (test/fixtures/unseen-meta8/metadata.json)', () => {
  // Regulators' order summaries, legislatures' committee records, company blogs, newsletters, live blogs and
  // brokers' research notes, English and Korean: 12 sources written before their rules (outlet 0/12, date 2/12,
  // headline 9/12, authors 7/12), 12/12 after; then a county board's minutes, written after unseen-11 showed a
  // board's summary of actions unread (outlet, date and headline unread before its rule).
  metadataTable('unseen-meta8');
  const meta = (text: string, file = 'x.txt') => parseArticle(text, file).meta;
  const body =
    'The utility said the campus would draw up to 400 megawatts once all of its buildings are running, about a tenth of its peak load.\n\nResidents asked who would pay for the new transmission line, which is estimated at $90 million.\n';

  it("a byline's labelled writers, its labels and its tagline: the writers and the date are read", () => {
    const a = parseMetaLine(
      '**5 May 2026** · Lead analyst: Tomás Ferreira, CFA; Ruth Adeyemi · Rating: Buy (unchanged)',
    );
    assert.deepEqual([a?.date, a?.authors], ['2026-05-05', ['Tomás Ferreira', 'Ruth Adeyemi']]);
    const k = parseMetaLine('2026년 8월 3일 · 연구원: 오세훈, 남궁민 · 투자의견: 매수(유지)');
    assert.deepEqual([k?.date, k?.authors], ['2026-08-03', ['오세훈', '남궁민']]);
    // The last part after the date and the writer is the periodical's tagline.
    const n = parseMetaLine('12 June 2026 · by Leo Brandt · notes on grids, chips and the money between them');
    assert.deepEqual([n?.date, n?.authors], ['2026-06-12', ['Leo Brandt']]);
    assert.deepEqual(parseMetaLine('2026년 6월 12일 · 글 문지원 · 격주 금요일에 보내는 전력 이야기')?.authors, [
      '문지원',
    ]);
    // Without a writer the same words are no byline's; a tagline with a figure is not a tagline.
    assert.equal(parseMetaLine('12 June 2026 · notes on grids, chips and the money between them'), undefined);
    assert.equal(parseMetaLine('12 June 2026 · by Leo Brandt · 40 sites and counting'), undefined);
    // A name after a labelled writer's credential is no name: "Analysts: A, B" with no person named reads nothing.
    assert.equal(parseMetaLine('5 May 2026 · Analysts: Power, Utilities'), undefined);
  });

  it('reporters sharing one job word are each an author', () => {
    assert.deepEqual(parseMetaLine('부산=최유진·한결 기자')?.authors, ['최유진', '한결']);
    assert.deepEqual(parseMetaLine('최유진, 한지민 기자')?.authors, ['최유진', '한지민']);
  });

  it("a live page's label says the name beside it is the newsroom's; a person's name beside a date stays no outlet", () => {
    assert.deepEqual(
      [
        parseMetaLine('Harbour Crier · Live updates · 9 May 2026')?.outletRaw,
        parseMetaLine('Harbour Crier · Live updates · 9 May 2026')?.date,
      ],
      ['Harbour Crier', '2026-05-09'],
    );
    assert.equal(parseMetaLine('동해온라인 · 실시간 중계 · 2026년 5월 9일')?.outletRaw, '동해온라인');
    assert.equal(parseMetaLine('Maya Lindqvist · Opinion · 9 May 2026')?.outletRaw, undefined);
  });

  it("a document's own date labels date it; a hearing's date does not", () => {
    assert.equal(parseMetaLine('Date of Decision: 4 March 2026')?.date, '2026-03-04');
    assert.equal(parseMetaLine('Decision date: March 4, 2026')?.date, '2026-03-04');
    assert.equal(parseMetaLine('선고일자 : 2026년 3월 4일')?.date, '2026-03-04');
    assert.equal(parseMetaLine('Date of Hearing: 4 March 2026'), undefined);
  });

  it("an order's summary headed by the body alone is the body's when a matter's number follows", () => {
    const text = [
      'KANSAS CORPORATION COMMISSION',
      'Topeka',
      '',
      'SUMMARY OF ORDER',
      '',
      'Docket No. 26-WSEE-118-CON',
      'Date of Order: 9 April 2026',
      '',
      body,
    ].join('\n');
    const a = parseArticle(text, 'x.txt');
    assert.deepEqual(
      [a.meta.outlet, a.meta.title, a.meta.date],
      ['Kansas Corporation Commission', 'SUMMARY OF ORDER', '2026-04-09'],
    );
    assert.ok(!a.sentences.some((x) => /Docket No|Topeka/.test(text.slice(x.start, x.end))));
    // The body's name over a story, with no matter's number, is a headline in capitals, no caption.
    assert.equal(meta(`KANSAS CORPORATION COMMISSION\n\nSUMMARY OF ORDER\n\n${body}`).outlet, undefined);
  });

  it("a body's minutes headed by its name alone: the body's, titled by the record, dated by the meeting's line", () => {
    const text = [
      'WASHOE COUNTY BOARD OF COMMISSIONERS',
      'Special Meeting — Summary of Actions',
      'Tuesday, April 14, 2026, 10:00 a.m., Commission Chambers, 1001 E. Ninth Street, Reno',
      '',
      body,
      'Adopted by the Board on April 28, 2026.',
    ].join('\n');
    const a = parseArticle(text, 'x.txt');
    assert.deepEqual(
      [a.meta.outlet, a.meta.title, a.meta.date],
      ['Washoe County Board of Commissioners', 'Special Meeting — Summary of Actions', '2026-04-14'],
    );
    assert.ok(!a.sentences.some((x) => /Commission Chambers/.test(text.slice(x.start, x.end))));
    // A story in capitals over a line about a meeting, with no record's title, is no record.
    assert.equal(
      meta(`WASHOE COUNTY BOARD OF COMMISSIONERS\nCommissioners approve data center deal at special meeting\n\n${body}`)
        .outlet,
      undefined,
    );
  });

  it("a Korean decision headed by the body's name and its case number is the body's, headed by its 사건명", () => {
    const ko =
      '위원회는 신청인의 송전설비 건설 계획이 계통 안정도를 해치지 않는다고 판단하였다.\n\n건설비 약 1,200억 원은 수요자가 부담한다.\n';
    const a = meta(
      `공 정 거 래 위 원 회\n서울특별시\n\n의 결 서\n\n사건번호 : 2026-독점-0031\n의결일자 : 2026년 5월 6일\n\n사 건 명 : 데이터센터 전력설비 공동구매 담합 건\n\n${ko}`,
    );
    assert.deepEqual(
      [a.outlet, a.title, a.date],
      ['공정거래위원회', '데이터센터 전력설비 공동구매 담합 건', '2026-05-06'],
    );
    // A news story naming the body in its first line is no decision.
    assert.equal(meta(`공정거래위원회, 데이터센터 전력설비 담합 제재\n\n${ko}`).outlet, undefined);
  });

  it("a legislature's committee record: the legislature is the outlet, the meeting's line its date", () => {
    assert.equal(meetingLine('21st meeting, 9 June 2026, Cardiff — Summary record'), '2026-06-09');
    assert.equal(meetingLine('제412회 국회(정기회) 제5차 전체회의 · 2026년 6월 9일(화)'), '2026-06-09');
    assert.equal(meetingLine('At its 21st meeting on 9 June 2026 the committee agreed to report.'), undefined);
    assert.equal(recordLegislature('Senedd Cymru — Climate Change Committee'), 'Senedd Cymru');
    // A committee of a body that is no legislature (a company's board) names no legislature.
    assert.equal(recordLegislature('Northwind Energy — Audit Committee'), undefined);
    assert.equal(
      recordLegislature('Welsh Parliament — Climate Change, Environment and Infrastructure Committee'),
      'Welsh Parliament',
    );
    assert.equal(recordLegislature('House of Commons Energy Security and Net Zero Committee'), undefined);
    assert.equal(recordLegislature('House of Commons — Energy Security and Net Zero Committee'), 'House of Commons');
    assert.equal(recordLegislature('부산광역시의회 해양도시안전위원회 회의록'), '부산광역시의회');
    const rec = meta(
      `# Welsh Parliament — Economy, Trade and Rural Affairs Committee\n\n**21st meeting, 9 June 2026, Cardiff — Summary record**\n\n${body}`,
      'x.md',
    );
    assert.deepEqual([rec.outlet, rec.date], ['Welsh Parliament', '2026-06-09']);
    // A news story's headline naming a committee, with no meeting's line, is the story's.
    assert.equal(
      meta(`# Welsh Parliament committee questions data-centre grid plans\n\n${body}`, 'x.md').outlet,
      undefined,
    );
  });

  it("a front matter's site names the outlet before its section; a periodical's heading with its issue names it", () => {
    const fm = (site: string, key = 'site') =>
      meta(
        `---\ntitle: "Cooling at 400 MW"\ndate: 2026-05-02\nauthor: Jonas Berg\n${key}: ${site}\n---\n\n${body}`,
        'x.md',
      ).outlet;
    assert.equal(fm('Nordhavn Energy — Company Blog'), 'Nordhavn Energy');
    assert.equal(fm('Nordhavn Energy | Engineering'), 'Nordhavn Energy');
    assert.equal(fm('Heat & Flow', 'blog'), 'Heat & Flow');
    assert.equal(issueHeadingName('Load Line — Issue #112'), 'Load Line');
    assert.equal(issueHeadingName('The Grid Letter, No. 9'), 'The Grid Letter');
    assert.equal(issueHeadingName('전력과 칩 제58호'), '전력과 칩');
    assert.equal(issueHeadingName('Ten things we learned from Issue #112'), undefined);
  });

  it("a banner naming the site and its section over a deeper heading is the site's; a one-word banner is not", () => {
    const note = (banner: string) =>
      parseArticle(`# ${banner}\n\n## Who pays for the substations at Stargate's second wave\n\n${body}`, 'x.md').meta;
    const a = note('Ashgrove Partners Research — Utilities');
    assert.deepEqual(
      [a.outlet, a.title],
      ['Ashgrove Partners Research', "Who pays for the substations at Stargate's second wave"],
    );
    assert.equal(note('Stargate — Background').outlet, undefined);
    // Without a deeper heading under it the line is the headline.
    assert.equal(
      meta(`# Ashgrove Partners Research — Utilities\n\n${body}`, 'x.md').title,
      'Ashgrove Partners Research — Utilities',
    );
  });
});

describe('metadata of the layouts unseen-13 left unread (test/fixtures/unseen-meta9/metadata.json)', () => {
  // Company releases with a bold dateline, council minutes, call transcripts, impact-study summaries, company blogs
  // with an italic byline and analysts' trackers, English and Korean: 12 sources written from the layouts' shapes
  // before their rules (outlet 1/12, date 4/12, headline 11/12, authors 10/12), 12/12 after.
  metadataTable('unseen-meta9');
  const meta = (text: string, file = 'x.txt') => parseArticle(text, file).meta;
  const body =
    'The campus would draw up to 250 megawatts once all four halls are running, about a tenth of the region’s peak load.\n\nThe company said the new transmission line is estimated at €70 million and would be paid for by the campus.\n';

  it("a research arm's banner line: the firm, its sector and the date; its analysts on a line of their own", () => {
    const b = parseMetaLine('**Halden Park Securities** · Semiconductors & Equipment · 2 March 2026');
    assert.deepEqual([b?.outletRaw, b?.date, b?.authors], ['Halden Park Securities', '2026-03-02', []]);
    const k = parseMetaLine('누리투자증권 리서치센터 · 반도체·장비 · 2026년 3월 2일');
    assert.deepEqual([k?.outletRaw, k?.date], ['누리투자증권 리서치센터', '2026-03-02']);
    // Two people's names and a date are no banner.
    assert.equal(parseMetaLine('Jane Doe · John Roe · 5 May 2026'), undefined);
    assert.deepEqual(parseMetaLine('Analysts: Ilse Varga, Tomasz Wrona')?.authors, ['Ilse Varga', 'Tomasz Wrona']);
    assert.deepEqual(parseMetaLine('연구원: 문지호, 한가을')?.authors, ['문지호', '한가을']);
    assert.equal(parseMetaLine('Analysts: Power, Utilities'), undefined);
  });

  it("a council's minutes: the council, its meeting's date; a Korean council's 회의록 dated by its 일시 line", () => {
    assert.equal(
      meetingLine('Minutes of the meeting held on Wednesday 4 March 2026 at 7.00 pm, Civic Centre, Stockton'),
      '2026-03-04',
    );
    assert.equal(
      recordLegislature('Stockton-on-Tees Borough Council — Planning Committee'),
      'Stockton-on-Tees Borough Council',
    );
    assert.equal(recordLegislature('Kirklees Council: Strategic Planning Committee'), 'Kirklees Council');
    // A story's headline about a council's committee, with no dash between them, is the story's.
    assert.equal(recordLegislature('Stockton Borough Council planning committee backs data centre'), undefined);
    assert.equal(recordLegislature('제301회 수영구의회 정례회 회의록'), '수영구의회');
    const rec = meta(
      `# Stockton-on-Tees Borough Council — Planning Committee\n\n## Minutes of the meeting held on Wednesday 4 March 2026 at 7.00 pm, Civic Centre\n\n${body}`,
      'x.md',
    );
    assert.deepEqual(
      [rec.outlet, rec.date, rec.title],
      ['Stockton-on-Tees Borough Council', '2026-03-04', 'Stockton-on-Tees Borough Council — Planning Committee'],
    );
    const ko =
      '의장 이서준 성원이 되었으므로 회의를 개의하겠습니다. 데이터센터 유치 지원 조례안을 상정합니다.\n\n김하윤 의원 데이터센터 전력 설비 비용은 누가 부담합니까? 구민 부담이 없는지 답변해 주시기 바랍니다.\n';
    const kr = meta(
      `제301회 수영구의회 정례회 회의록\n\n제3차 본회의\n\n일시: 2026년 6월 9일(화) 오전 10시\n장소: 본회의장\n\n${ko}`,
    );
    assert.deepEqual([kr.outlet, kr.date], ['수영구의회', '2026-06-09']);
    // Under a story's headline, a notice's 일시 line is the event's, not the story's date.
    assert.equal(
      meta(`수영구, 데이터센터 주민설명회 연다\n\n일시: 2026년 6월 9일(화) 오후 2시\n장소: 구청 대강당\n\n${ko}`).date,
      undefined,
    );
  });

  it("a release's bold dateline, day first, dates it; its issuer keeps the legal form its text writes", () => {
    assert.equal(
      boldDateline('**Malmö, 2 October 2025** – Vattenlund AB today signed an agreement to supply power.')?.dateText,
      '2 October 2025',
    );
    assert.equal(
      boldDateline('**Malmö, a city of data centres** – Vattenlund AB today signed an agreement.'),
      undefined,
    );
    assert.equal(boldDateline('**Note, 2 October 2025 and later** – prices may change for all customers.'), undefined);
    const release = (signed: string) =>
      meta(
        `# Vattenlund signs power deal for data centre campus\n\n**Malmö, 2 October 2025** – Vattenlund AB today signed a 12-year agreement to supply 180 megawatts of wind power.\n\n${body}\n**About Vattenlund**\n\nVattenlund owns 14 wind farms in southern Sweden.\n\n**Media contact:**\n${signed}\n`,
        'x.md',
      );
    const a = release('Eva Lind, Head of Communications, Vattenlund AB');
    assert.deepEqual([a.outlet, a.date], ['Vattenlund AB', '2025-10-02']);
    // A legal form in the lead only is the company's registration: the name it goes by, as its boilerplate gives it.
    assert.equal(release('Eva Lind, Head of Communications').outlet, 'Vattenlund');
  });

  it("a Korean release's lead after its bracket dateline names the issuer, as its 홍보팀 contact does", () => {
    const ko =
      '공급은 2027년 상반기 1단계 100MW로 시작해 2029년까지 300MW로 늘어난다.\n\n계약 규모는 20년간 약 4조 원이다.\n';
    const lead = meta(
      `# 가람에너지, 데이터센터에 장기 전력공급\n\n보도자료\n\n[대전=2025년 9월 8일] 가람에너지(대표 최하진)는 데이터센터 캠퍼스에 전력을 공급하는 계약을 체결했다고 8일 밝혔다.\n\n${ko}`,
      'x.md',
    );
    assert.deepEqual([lead.outlet, lead.date], ['가람에너지', '2025-09-08']);
    const contact = meta(
      `# 가람에너지, 데이터센터에 장기 전력공급\n\n**보도자료** | 배포 즉시 보도 가능\n\n가람에너지가 데이터센터 캠퍼스에 20년간 전력을 공급하는 계약을 체결했다. 공급 규모는 최대 300MW다.\n\n${ko}\n문의: 가람에너지 홍보팀 윤다은 대리\n`,
      'x.md',
    );
    assert.equal(contact.outlet, '가람에너지');
  });

  it("a call transcript's heading: the company as written and the call's date; a headline about a call is not one", () => {
    assert.deepEqual(
      callHeading('# Borealis Optics Corp. (NASDAQ: BRLO) — Q4 Fiscal 2025 Earnings Call, August 20, 2025 (excerpt)'),
      { company: 'Borealis Optics Corp.', date: '2025-08-20' },
    );
    assert.deepEqual(callHeading('누리반도체 2025년 4분기 실적발표 컨퍼런스콜 요약 — 2026년 2월 5일'), {
      company: '누리반도체',
      date: '2026-02-05',
    });
    assert.equal(callHeading("Borealis Optics' Q4 earnings call, August 20, 2025: five takeaways"), undefined);
    assert.equal(callHeading('Five things from the Q4 earnings call, August 20, 2025'), undefined);
    assert.equal(callHeading('누리반도체의 4분기 컨퍼런스콜, 2026년 2월 5일'), undefined);
    // No date in the heading: nothing to date the call by.
    assert.equal(callHeading('Borealis Optics Corp. (BRLO) Q4 Fiscal 2025 Earnings Call'), undefined);
  });

  it("a document's labelled particulars name its issuer as written and date it; labelled turns of a dialogue do not", () => {
    const text = `ENVIRONMENTAL IMPACT STATEMENT — SUMMARY\n\nProject: Lakeside Data Campus\nApplicant: Brightwater Digital Ltd\nSubmitted to: County Planning Authority\nDate of submission: 14 January 2026\n\n${body}`;
    const doc = parseArticle(text, 'x.txt');
    assert.deepEqual([doc.meta.outlet, doc.meta.date], ['Brightwater Digital Ltd', '2026-01-14']);
    assert.ok(!doc.sentences.some((x) => /Submitted to|Lakeside Data Campus/.test(text.slice(x.start, x.end))));
    const ko = meta(
      `환경영향평가서 초안 요약\n\n사업명: 가람 데이터센터 조성사업\n사업시행자: 가람디지털(주)\n승인기관: 충청남도\n제출일: 2026년 1월 14일\n\n데이터센터 3개 동을 조성하는 사업이다. 냉각수는 하루 최대 2만㎥를 취수한다.\n`,
    );
    assert.deepEqual([ko.outlet, ko.date], ['가람디지털(주)', '2026-01-14']);
    const qa = meta(
      `Q&A: the mayor on the data centre\n\nQ: Who pays for the new substation?\nA: The developer pays for all of it.\nQ: And the water?\nA: They will use treated wastewater.\n\n${body}`,
    );
    assert.equal(qa.outlet, undefined);
  });

  it("a byline's officer title: the organisation after it is no author, and a post's publisher when none is named", () => {
    const b = parseMetaLine('By Aiko Brennan, Chief Executive Officer, Lumen Racks');
    assert.deepEqual([b?.authors, b?.affiliation], [['Aiko Brennan'], 'Lumen Racks']);
    assert.deepEqual(parseMetaLine('By Tomas Ek, Co-founder and CTO of Fjellnet')?.affiliation, 'Fjellnet');
    assert.deepEqual(parseMetaLine('글 한가을, 누리쿨링 대표')?.affiliation, '누리쿨링');
    assert.deepEqual(parseMetaLine('글: 한가을 (누리쿨링 대표)')?.authors, ['한가을']);
    // Two reporters are two authors, no affiliation.
    assert.deepEqual(parseMetaLine('By Jane Doe, John Roe')?.authors, ['Jane Doe', 'John Roe']);
    const post = (file: string, fm: string) =>
      meta(`${fm}# Cooling at 130 kW a rack\n\n*By Aiko Brennan, CEO, Lumen Racks*\n\n${body}`, file);
    assert.equal(
      post('x.md', '---\ntitle: "Cooling at 130 kW a rack"\ndate: 2026-05-14\nauthor: Aiko Brennan\n---\n\n').outlet,
      'Lumen Racks',
    );
    // A column in plain text signed by an officer is no page of the company's.
    assert.equal(post('x.txt', '').outlet, undefined);
  });
});
