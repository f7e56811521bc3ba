import { strict as assert } from 'assert';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { CAPTION } from '../../server/src/corpus/furniture';
import { parseArticle } from '../../server/src/corpus/article';
import { collectErrors } from '../../server/src/errors';
import type { ParsedArticle } from '../../server/src/types';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedFiles = readdirSync(SEEDS)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort();
const seed = (n: string) => {
  const f = seedFiles.find((x) => x.startsWith(n + '_'))!;
  const text = readFileSync(join(SEEDS, f), 'utf8')
    .normalize('NFC')
    .replace(/^\uFEFF/, '');
  return { f, text, a: parseArticle(text, f) };
};
const sentenceTexts = (text: string, a: ParsedArticle) => a.sentences.map((s) => text.slice(s.start, s.end));

/** Lines that must never appear inside any sentence of a seed. */
const FURNITURE = [
  /\d+\s*\|\s*\d+\s*\|/, // calendar grid / tables
  /^(?:다국어 지원|TRANSFORMER|OpenCV|우분투|Today|Total)$/,
  /주요 뉴스/,
  /ⓒ|©|무단전재/,
  /Read Entire Article/,
  /hours ago/,
  /\(0\)\s*\|/,
  /카테고리의 다른 글/,
  /AP연합뉴스/,
  /기자I\s*20/,
  /^\[이데일리/,
  /qurasoha@/,
  /^이주연 기자$/,
  /^Published:/,
  /AI 탐구노트/,
  /본문$/,
];

describe('parseArticle on the seeds', () => {
  it('000: Edaily, 김현아, 2025-01-22, one Korean half', () => {
    const { a } = seed('000');
    assert.equal(a.meta.outlet, 'Edaily');
    assert.equal(a.meta.outletId, 'edaily');
    assert.ok(a.meta.authors.includes('김현아'));
    assert.equal(a.meta.authors[0], '김현아');
    assert.equal(a.meta.date, '2025-01-22');
    assert.equal(a.meta.title, '美日 AI합작사 지원 트럼프…빅테크에 밀리는 韓 AI, 규제까지');
    assert.deepEqual(a.meta.languages, ['ko']);
  });

  it('000: the summary lines under the headline are kept as headline-like sentences', () => {
    const { text, a } = seed('000');
    const s = sentenceTexts(text, a);
    assert.ok(s.includes('718조 투자 스타게이트 이사회 의장은 일본인 손정의'));
    assert.ok(s.includes('AI기본법 규제 완화 개정 주장도'));
    assert.ok(
      s.some((x) => x.startsWith('도널드 트럼프 미국 대통령은 취임 첫날')),
      'bracket byline cut from the first paragraph',
    );
  });

  it('002: Hankyung from the e-mail domain, 강경주 and 이상은, no date', () => {
    const { a } = seed('002');
    assert.equal(a.meta.outlet, 'Hankyung');
    assert.equal(a.meta.outletId, 'hankyung');
    assert.deepEqual(a.meta.authors, ['강경주', '이상은']);
    assert.equal(a.meta.date, undefined);
    assert.equal(a.meta.title, "규제 확 걷어내고 美·日 테크 연합전선…'AI 황금 카펫' 깔았다");
  });

  it('002: the quoted outlet (WSJ, 블룸버그) is not the outlet; the repeated headline and caption are dropped', () => {
    const { text, a } = seed('002');
    const s = sentenceTexts(text, a);
    assert.equal(s.filter((x) => x.startsWith('규제 확 걷어내고')).length, 1);
    assert.ok(!s.some((x) => x.includes('루스벨트룸')), 'the duplicated caption is furniture');
  });

  it('003: author 이주연, outlet and date unknown (지난 21일 is relative)', () => {
    const { a } = seed('003');
    assert.deepEqual(a.meta.authors, ['이주연']);
    assert.equal(a.meta.outlet, undefined);
    assert.equal(a.meta.outletId, undefined);
    assert.equal(a.meta.date, undefined);
  });

  it('001: a blog, date unknown (related-post dates are not its date), tistory title without 본문', () => {
    const { a } = seed('001');
    assert.equal(a.meta.date, undefined);
    assert.equal(a.meta.outletId, undefined);
    assert.equal(a.meta.outlet, 'AI 탐구노트');
    assert.equal((a.meta as any).outletKind, 'blog');
    assert.equal(a.meta.title, '미국의 스타게이트 프로젝트 : AI 패권을 향한 국가적 전략과 우리의 과제');
    assert.deepEqual(a.meta.authors, []);
  });

  it('004: dated 2025-01-23, halves en then ko with their own titles, outlet unknown', () => {
    const { text, a } = seed('004');
    assert.equal(a.meta.date, '2025-01-23');
    assert.deepEqual(a.meta.languages, ['en', 'ko']);
    assert.equal(a.halves.length, 2);
    assert.equal(a.halves[0].title, 'U.S. accelerates AI dominance while Korea struggles to keep pace');
    assert.equal(a.halves[1].title, '미국 700조원대 AI 투자 야심…한국, 기회 놓쳐선 안 돼');
    assert.ok(a.halves[0].end <= a.halves[1].start);
    assert.ok(text.slice(a.halves[1].start).startsWith('미국 700조원대'));
    assert.equal(a.meta.outlet, undefined);
    for (const s of a.sentences) {
      const h = a.halves.find((h) => s.start >= h.start && s.end <= h.end)!;
      assert.ok(h, 'every sentence lies in a half');
      assert.equal(s.lang, h.lang);
    }
  });

  for (const n of ['000', '001', '002', '003', '004']) {
    it(`${n}: sentences round-trip, stay in the body, cross no blank line and contain no furniture`, () => {
      const { text, a } = seed(n);
      assert.ok(a.sentences.length > 5);
      let prevEnd = -1;
      for (const s of a.sentences) {
        const t = text.slice(s.start, s.end);
        assert.equal(t, t.trim());
        assert.ok(t.length > 0);
        assert.ok(s.start >= prevEnd, 'in order, not overlapping');
        prevEnd = s.end;
        assert.ok(!/\n[ \t]*\r?\n|\r[ \t]*\r/.test(t), 'no blank line inside');
        assert.ok(
          a.body.some((b) => s.start >= b.start && s.end <= b.end),
          'inside a body span',
        );
        for (const re of FURNITURE)
          for (const line of t.split(/\r\n|\r|\n/))
            assert.ok(!re.test(line), `furniture ${re} in ${JSON.stringify(line)}`);
      }
    });
  }

  it('is the same on CRLF, lone-CR and NFD versions of a seed', () => {
    const { text, a } = seed('000');
    for (const variant of [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), text.normalize('NFD')]) {
      const b = parseArticle(variant, 'x.txt');
      assert.deepEqual(b.meta, a.meta);
      assert.equal(b.sentences.length, a.sentences.length);
      for (let i = 0; i < a.sentences.length; i++) {
        assert.equal(
          variant.slice(b.sentences[i].start, b.sentences[i].end).normalize('NFC'),
          text.slice(a.sentences[i].start, a.sentences[i].end),
        );
      }
    }
  });
});

describe('parseArticle metadata forms', () => {
  it('reads YAML front matter, which wins and is not body', () => {
    const t =
      '---\ntitle: "스타게이트 발표"\noutlet: 중앙일보\ndate: 2025-01-22\nauthor: [홍길동, 김철수]\nlanguage: ko\nkey: joongang-0122\n---\n\n# 스타게이트 발표\n\n트럼프 대통령은 21일 발표했다.\n\nⓒ 이데일리\n';
    const a = parseArticle(t, 'a.md');
    assert.equal(a.meta.title, '스타게이트 발표');
    assert.equal(a.meta.outlet, 'JoongAng');
    assert.equal(a.meta.outletId, 'joongang');
    assert.equal(a.meta.date, '2025-01-22');
    assert.deepEqual(a.meta.authors, ['홍길동', '김철수']);
    assert.equal((a.meta as any).key, 'joongang-0122');
    assert.deepEqual(a.meta.languages, ['ko']);
    assert.ok(a.body.every((b) => b.start > t.indexOf('\n---\n')));
    assert.ok(a.sentences.some((s) => t.slice(s.start, s.end) === '트럼프 대통령은 21일 발표했다.'));
  });

  it('a byline that names a job, not a person, gives no author ("By Staff Writer")', () => {
    const staff = parseArticle(
      'Stargate picks a second site\n\nBy Staff Writer\nJune 2, 2025\n\nThe venture named a second site in Texas on Monday.\n',
      'a.txt',
    );
    assert.deepEqual(staff.meta.authors, []);
    const staffText =
      'Stargate picks a second site\n\nBy Staff Writer\nJune 2, 2025\n\nThe venture named a second site in Texas on Monday.\n';
    assert.ok(
      !staff.sentences.some((x) => /Staff Writer/.test(staffText.slice(x.start, x.end))),
      'the byline is not body text',
    );
    assert.equal(staff.meta.date, '2025-06-02');
    const named = parseArticle(
      'Stargate picks a second site\n\nBy Dana Whitfield and Staff Writers\nJune 2, 2025\n\nThe venture named a second site in Texas on Monday.\n',
      'a.txt',
    );
    assert.deepEqual(named.meta.authors, ['Dana Whitfield']);
  });

  it('job titles and photo credits are read from the word lists (domain/en.json, ko.json)', () => {
    const wire = parseArticle(
      'Oracle lines up new Stargate financing\n\nBy Senior Markets Correspondent\nAugust 14, 2025\n\nOracle is raising $18 billion in bonds, people familiar with the deal said.\n',
      'a.txt',
    );
    assert.deepEqual(wire.meta.authors, [], 'a job is no author');
    const ko = parseArticle(
      '오픈AI, 국내 데이터센터 부지 확정\n\n[한빛경제 김철수 선임기자]\n\n오픈AI는 국내 데이터센터 부지를 확정했다고 2일 밝혔다.\n',
      'b.txt',
    );
    assert.deepEqual(ko.meta.authors, ['김철수'], 'the job is 선임기자, not 기자 with a reporter 선임');
    // A caption repeated on a page (image alt and caption) is dropped when it ends with a credit.
    for (const caption of [
      '샘 올트먼 오픈AI 최고경영자가 1일 서울 중구에서 발언하고 있다. /로이터 연합뉴스',
      '손정의 소프트뱅크 회장이 발언하고 있다. /AP연합뉴스',
      'Construction cranes at the Abilene campus. /Reuters',
    ])
      assert.ok(CAPTION.test(caption), caption);
    assert.ok(!CAPTION.test('오픈AI는 국내 데이터센터 부지를 확정했다고 2일 밝혔다.'));
  });

  it('joins wrapped lines of a Markdown paragraph into one sentence', () => {
    const t =
      '---\ntitle: T\n---\nThe government announced a partnership that will build a computing center for\nuniversities and startups across the country.\n';
    const a = parseArticle(t, 'a.md');
    assert.equal(a.sentences.length, 1);
    assert.ok(t.slice(a.sentences[0].start, a.sentences[0].end).endsWith('country.'));
  });

  const dated: [string, string | undefined][] = [
    ['제목\n\n입력 2025-01-22 10:00\n\n본문이다.', '2025-01-22'],
    ['제목\n\n2025년 1월 22일 오후 2:00\n\n본문이다.', '2025-01-22'],
    ['Title\n\nJanuary 22, 2025\n\nBody text here.', '2025-01-22'],
    ['Title\n\nPublished: 23 Jan. 2025, 09:44\n\nBody text here.', '2025-01-23'],
    ['Title\n\nUpdated 4 hours ago\n\nBody text here.', undefined],
    ['제목\n\n지난 21일 트럼프 대통령이 발표했다. 2025년 1월부터 시행된다.', undefined],
    ['제목\n\n김현아 기자I 2025.13.40 14:00:03\n\n본문이다.', undefined],
  ];
  for (const [t, d] of dated) {
    it(`date of ${JSON.stringify(t.split('\n')[2])} is ${d}`, () => {
      assert.equal(parseArticle(t, 'a.txt').meta.date, d);
    });
  }

  it('reads bylines: bracket, email domain, English "By", Source line', () => {
    let a = parseArticle('제목\n[연합뉴스 홍길동 기자] 본문이다.\n', 'a.txt');
    assert.equal(a.meta.outletId, 'yonhap');
    assert.deepEqual(a.meta.authors, ['홍길동']);
    a = parseArticle('제목\n\n본문이다.\n\n홍길동 기자 gildong@chosun.com\n', 'a.txt');
    assert.equal(a.meta.outletId, 'chosun');
    a = parseArticle('Title\nBy Jane Doe and John Roe\nBody text is here.\n', 'a.txt');
    assert.deepEqual(a.meta.authors, ['Jane Doe', 'John Roe']);
    a = parseArticle('Title\nSource: Reuters\nBody text is here.\n', 'a.txt');
    assert.equal(a.meta.outletId, 'reuters');
  });

  it('does not take an outlet quoted in the body as the outlet', () => {
    const a = parseArticle(
      '제목\n\n월스트리트저널(WSJ)은 “투자는 증거”라고 보도했다. 블룸버그에 따르면 그렇다.\n',
      'a.txt',
    );
    assert.equal(a.meta.outlet, undefined);
    assert.equal(a.meta.outletId, undefined);
  });

  it('keeps a Korean article with a few English words as one Korean half', () => {
    const a = parseArticle(
      '제목이다\n\n트럼프 대통령은 “Make America Great Again”이라고 말했다. 오픈AI와 SoftBank, Oracle이 참여한다.\n\nThe end of the story is short.\n\n이어지는 한국어 문단이다.',
      'a.txt',
    );
    assert.deepEqual(a.meta.languages, ['ko']);
    assert.equal(a.halves.length, 1);
  });

  it('never throws and stays linear on hostile input', () => {
    const inputs = [
      '',
      '\uFEFF',
      '“'.repeat(50000),
      'x'.repeat(100000),
      '가 | 1 | 2 |\n'.repeat(5000),
      '---\n'.repeat(1000),
      '- a\n'.repeat(20000),
      '\r'.repeat(10000),
      ('[' + '가'.repeat(30)).repeat(3000),
    ];
    for (const t of inputs) {
      // No clock here: mocha's per-test timeout bounds the loop, which a catastrophic (exponential or quadratic)
      // pattern on these 100,000-character inputs cannot finish inside; speed is measured by `npm run bench`.
      // parseArticle catches what it throws and notes it: an empty result alone would not show a crash.
      const { value: a, errors } = collectErrors(() => parseArticle(t, 'x.txt'));
      assert.deepEqual(errors, [], `threw on ${JSON.stringify(t.slice(0, 10))}`);
      assert.ok(a && Array.isArray(a.sentences));
    }
  });
});
