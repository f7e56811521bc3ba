import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkReport, claimAt } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import type { CheckResult, Finding } from '../../server/src/types';
import { lineOf, read, ROOT } from './reports';

const seeds = Corpus.load({ folders: [] });
const mini = Corpus.load({ folders: [path.join(ROOT, 'test/fixtures/mini')], useBundled: false });

const findingsOn = (r: CheckResult, line: number) => r.findings.filter((f) => f.range.start.line === line);
const codes = (fs: Finding[]) => fs.map((f) => f.code).sort();
const one = (corpus: Corpus, text: string) => checkReport(corpus, text);
const slice = (text: string, f: { range: Finding['range'] }) =>
  text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);

/** Each example line: the codes it must get (exactly), and the text the first finding's range covers. */
function expectLines(file: string, expected: [needle: string, codes: string[], covers?: string][]) {
  const text = read(file);
  const r = checkReport(seeds, text);
  for (const [needle, want, covers] of expected) {
    it(`${path.basename(file)}: ${want.length ? want.join(', ') : 'nothing'} on “${needle}”`, () => {
      const got = findingsOn(r, lineOf(text, needle));
      assert.deepEqual(codes(got), [...want].sort(), JSON.stringify(got.map((f) => f.message)));
      if (covers) assert.equal(slice(text, got[0]), covers);
    });
  }
  it(`${path.basename(file)}: no finding on a line not listed`, () => {
    const listed = new Set(expected.map(([n]) => lineOf(text, n)));
    const extra = r.findings.filter((f) => !listed.has(f.range.start.line));
    assert.deepEqual(
      extra.map((f) => `${f.range.start.line + 1}: ${f.code} ${f.message}`),
      [],
    );
  });
}

describe('check: the English example report', () => {
  expectLines('examples/report-en.md', [
    ['On Jan. 21, President Donald Trump', []],
    ['invest up to $500 billion', []],
    ['The first data center is being built in Texas', []],
    ['Trump projected the creation of 100,000 jobs', []],
    ['Calling it “the largest AI', []],
    ['Stargate will invest $600 billion', ['figure-mismatch'], '$600 billion'],
    ['3 trillion won project', ['figure-mismatch'], '3 trillion won'],
    ['from four to two', ['figure-mismatch'], 'two'],
    ['Altman remarked, “This would not', ['quote-mismatch']],
    ['Altman called it', ['quote-misattributed'], 'Altman'],
    ['Microsoft has invested $13 billion', ['figure-unsupported'], '$13 billion'],
    ['[@edaily-2025-01-21]', ['citation-unknown'], 'edaily-2025-01-21'],
    ['Our team of 4 editors', []],
    ['the total was once reported as $600 billion', []],
    ['The inline note', []],
    ['Total investment over four years', []],
  ]);
});

describe('check: the Korean example report', () => {
  expectLines('examples/report-ko.md', [
    ['스타게이트는 향후 4년 동안 최대 5000억 달러', []],
    ['텍사스에 짓고 있는 데이터센터', []],
    ['10만 개 이상의 일자리', []],
    ['트럼프 대통령이 없었으면', []],
    ['총 투자 규모는 6000억 달러', ['figure-mismatch'], '6000억 달러'],
    ['3조원 규모의 민관 합작', ['figure-mismatch'], '3조원'],
    ['4기에서 2기로', ['figure-mismatch'], '2기'],
    ['인류가 해결할 수 없을', ['quote-mismatch']],
    ['손정의 회장은', ['quote-misattributed'], '손정의 회장'],
    ['3천억 원을 유치했다', ['figure-unsupported']],
    ['편집자 4명', []],
    ['SK하이닉스(000660)', []],
  ]);
});

// Two more reports, written by someone else after the engine, in other words than the examples.
describe('check: a second English report (other phrasing)', () => {
  expectLines('test/fixtures/reports/briefing-en.md', [
    ['On January 21, 2025', []],
    ['According to Korean reports, $100 billion', []],
    ['more than 100,000 American jobs', []],
    ['Seoul announced a 2 trillion won', []],
    ['from four to three', []],
    ['about 65 trillion won in AI by 2027', []],
    ['70 to 80 percent', []],
    ['Altman said, "This', []],
    ['Trump warned', []],
    ['invest up to $700 billion', ['figure-mismatch'], '$700 billion'],
    ['250,000 jobs', ['figure-mismatch'], '250,000 jobs'],
    ['The Texas campus will receive $150 billion', ['figure-mismatch'], '$150 billion'],
    ['5 trillion won project', ['figure-unsupported']],
    ['Trump said, "This', ['quote-misattributed'], 'Trump'],
    ['co-founded OpenAI with Sam Altman in 2016', ['figure-mismatch'], '2016'],
  ]);
});

describe('check: a second Korean report (other phrasing)', () => {
  expectLines('test/fixtures/reports/briefing-ko.md', [
    ['4년간 최대 5000억 달러로, 한화 약 718조 원', []],
    ['텍사스 데이터센터에는 1000억 달러', []],
    ['10만 개 이상의 일자리가 생길', []],
    ['150㎿ 이상의', []],
    ['약 65조 원을', []],
    ['34.5만명을', []],
    ['올트먼 CEO는', []],
    ['최대 9000억 달러', ['figure-mismatch'], '9000억 달러'],
    ['3000억 달러가 투입', ['figure-mismatch'], '3000억 달러'],
    ['500㎿ 이상', ['figure-mismatch'], '500㎿'],
    ['50만명을', ['figure-mismatch'], '50만명'],
    ['트럼프는 “슈퍼 AI', ['quote-misattributed'], '트럼프'],
    ['2015년에 올트만과', []],
  ]);
});

describe('check: what a finding says and offers', () => {
  const text = read('examples/report-en.md');
  const r = checkReport(seeds, text);
  const at = (needle: string) => findingsOn(r, lineOf(text, needle))[0];
  it('a figure mismatch names the source value, the outlets and the report value', () => {
    const f = at('Stargate will invest $600 billion');
    assert.equal(f.severity, 'error');
    assert.match(
      f.message,
      /^Sources say up to \$500 billion \(5000억 달러\): .*Edaily 2025-01-22.*JoongAng 2025-01-23.*; the report says \$600 billion\.$/,
    );
    assert.ok(f.claim.sources.some((s) => s.key === 'edaily-2025-01-22' && s.sentence.text.includes('5000억 달러')));
    assert.equal(f.fixes[0].newText, '$500 billion');
    assert.ok(f.fixes[0].preferred);
  });
  it('names at most five sources in a message, however many state the value', () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'xref-many-'));
    for (let i = 1; i <= 8; i++) {
      fs.writeFileSync(
        path.join(dir, `a${i}.md`),
        `---\noutlet: Wire ${i}\ndate: 2025-01-2${i}\n---\n\nStargate will invest up to $500 billion in AI infrastructure over four years.\n`,
      );
    }
    const many = Corpus.load({ folders: [dir], useBundled: false });
    const f = one(many, 'Stargate will invest $600 billion in AI infrastructure.').findings[0];
    fs.rmSync(dir, { recursive: true, force: true });
    assert.match(
      f.message,
      /^Sources say up to \$500 billion: Wire \d 2025-01-2\d, Wire \d 2025-01-2\d, Wire \d 2025-01-2\d, Wire \d 2025-01-2\d and 4 more; the report says \$600 billion\.$/,
    );
  });
  it('applying the fix makes the finding go away', () => {
    const f = at('Stargate will invest $600 billion');
    const lines = text.split('\n');
    const l = lines[f.range.start.line];
    lines[f.range.start.line] =
      l.slice(0, f.range.start.character) + f.fixes[0].newText + l.slice(f.range.end.character);
    const again = checkReport(seeds, lines.join('\n'));
    assert.deepEqual(findingsOn(again, f.range.start.line), []);
  });
  it('a misquote carries the exact source wording as its fix', () => {
    const f = at('Altman remarked');
    assert.equal(f.fixes[0].newText, 'This wouldn’t have been possible without President Trump.');
    assert.equal(f.fixes[0].title, 'Replace with the source wording');
    assert.match(f.message, /JoongAng 2025-01-23/);
  });
  it('a wrong speaker is fixed by the right name', () => {
    const f = at('Altman called it');
    assert.equal(f.fixes[0].newText, 'Trump');
    assert.equal(f.fixes[0].title, 'Change the speaker to Trump');
  });
  it('an unknown key suggests the close one', () => {
    const f = at('[@edaily-2025-01-21]');
    assert.equal(f.fixes[0].newText, 'edaily-2025-01-22');
    assert.equal(f.fixes[0].title, 'Change to [@edaily-2025-01-22]');
  });
  it('fix titles are in the report line’s language', () => {
    const ko = read('examples/report-ko.md');
    const rk = checkReport(seeds, ko);
    const atKo = (needle: string) => findingsOn(rk, lineOf(ko, needle))[0];
    assert.equal(atKo('인류가 해결할 수 없을').fixes[0].title, '출처 문구로 바꾸기');
    const speaker = atKo('손정의 회장은').fixes[0];
    assert.equal(speaker.title, `화자를 ${speaker.newText}(으)로 고치기`);
    const cited = checkReport(seeds, '에데일리 보도를 보라 [@edaily-2025-01-21].\n');
    assert.equal(cited.findings[0].fixes[0].title, '[@edaily-2025-01-22]로 바꾸기');
  });
  it('a supported figure keeps the sources that disagree (718조/720조/700조 stay apart)', () => {
    const ko = read('examples/report-ko.md');
    const rk = checkReport(seeds, ko);
    const line = lineOf(ko, '최대 5000억 달러(약 718조 원)');
    const c = claimAt(rk, { line, character: ko.split('\n')[line].indexOf('718조') + 1 })!;
    assert.equal(c.status, 'supported');
    const texts = new Set(c.sources.map((s) => s.match?.text));
    assert.ok(texts.has('718조 원') && texts.has('720조원'), [...texts].join(', '));
  });
  it('every finding range slices to the claim text', () => {
    for (const f of r.findings) if (f.code.startsWith('figure')) assert.equal(slice(text, f), f.claim.text);
  });
});

describe('check: quiet when right', () => {
  it('a report of supported claims only has no error or warning', () => {
    const text = [
      '# Stargate',
      'Trump announced Stargate on Jan. 21. The venture will invest up to $500 billion over the next four years, about 718 trillion won [@edaily-2025-01-22].',
      'It is expected to create 100,000 jobs. OpenAI, SoftBank and Oracle are its three founding companies.',
      'Altman remarked, “This wouldn’t have been possible without President Trump.”',
      '',
      '스타게이트는 향후 4년간 최대 5000억 달러(약 718조 원)를 투자한다. 텍사스 데이터센터 건설에 1000억 달러를 투입한다.',
      '정부는 2조원 규모의 민관 합작 투자로 AI컴퓨팅 센터를 구축한다. 신규 원전 건설은 4기에서 3기로 줄었다.',
    ].join('\n');
    const r = one(seeds, text);
    assert.deepEqual(
      r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.message),
      [],
    );
    assert.ok(r.claims.filter((c) => c.status === 'supported').length >= 10);
  });
  it('who reported a figure is not what it is about: "Korean media put the sum at around 720 trillion won"', () => {
    // The blog's "한국 정부는 … 약 65조 원을 투자 …(기사)" shares only Korea and the press with it.
    const r = one(seeds, 'Korean media put the sum at around 720 trillion won.');
    assert.deepEqual(
      r.findings.filter((f) => f.severity === 'error').map((f) => f.message),
      [],
    );
    // The same sentence with a wrong figure about the venture is still caught.
    assert.deepEqual(
      codes(one(seeds, 'Korean media reported that Stargate will invest up to $900 billion over four years.').findings),
      ['figure-mismatch'],
    );
  });
  it('numbers about nothing in the sources are never matched ("a team of 4 editors", "2 weeks")', () => {
    const r = one(seeds, 'A team of 4 editors worked 2 weeks on it. 편집자 4명이 2주 동안 일했다.');
    assert.deepEqual(r.findings, []);
  });
});

describe('check: true statements about other quantities are not contradicted', () => {
  // Each names a company or a measure the sources give no figure for: at most figure-unsupported.
  for (const line of [
    '오픈AI의 기업가치는 3000억 달러로 평가된다.',
    '소프트뱅크는 오픈AI에 400억 달러를 투자하기로 했다.',
    '오라클은 지난 분기 매출 140억 달러를 기록했다.',
    '마이크로소프트는 올해 데이터센터에 800억 달러를 쓸 계획이다.',
    'OpenAI was valued at $300 billion in its latest funding round.',
    'SoftBank agreed to invest $40 billion in OpenAI.',
    'Oracle reported quarterly revenue of $14 billion.',
    'Microsoft plans to spend $80 billion on data centers this year.',
    'SoftBank and OpenAI will each commit $19 billion to Stargate.',
  ]) {
    it(line, () => {
      const r = one(seeds, line);
      assert.deepEqual(
        r.findings.filter((f) => f.code !== 'figure-unsupported').map((f) => f.message),
        [],
      );
    });
  }
  it('while the same measure and company with a wrong amount still is', () => {
    assert.deepEqual(codes(one(seeds, 'Stargate will invest $50 billion over four years.').findings), [
      'figure-mismatch',
    ]);
  });
});

describe('check: across languages', () => {
  it('an English report is checked against a Korean-only source (Texas data center, 1000억달러)', () => {
    const ok = one(seeds, 'The Texas data center will get $100 billion.');
    assert.deepEqual(ok.findings, []);
    const c = ok.claims.find((x) => x.text === '$100 billion')!;
    assert.ok(c.sources.some((s) => s.agrees && s.match?.text === '1000억달러'));
    const bad = one(seeds, 'The Texas data center will get $200 billion.');
    assert.deepEqual(codes(bad.findings), ['figure-mismatch']);
    assert.match(bad.findings[0].message, /\$100 billion \(1000억달러\)/);
  });
  it('a Korean report is checked against an English-only figure ($1.57 billion)', () => {
    const ok = one(seeds, '정부는 AI 컴퓨팅 센터 구축에 15억7000만 달러 규모의 민관 합작 투자를 발표했다.');
    assert.deepEqual(ok.findings, []);
    const bad = one(seeds, '정부는 AI 컴퓨팅 센터 구축에 30억 달러 규모의 민관 합작 투자를 발표했다.');
    assert.deepEqual(codes(bad.findings), ['figure-mismatch']);
  });
  it('a translated quotation is not judged, but the message shows the likely original', () => {
    const r = one(seeds, 'Altman said, “Stargate will be the most important project of this era.”');
    assert.deepEqual(codes(r.findings), ['quote-unsupported']);
    assert.equal(r.findings[0].severity, 'information');
    assert.match(r.findings[0].message, /스타게이트는 이 시대의 가장 중요한 프로젝트가 될 것/);
  });
  it('converts currencies only through an amount a source states', () => {
    // 2조원 ↔ $1.57 billion is stated; nothing states 3조원 in dollars.
    const ok = one(seeds, 'Korea’s AI computing center is a public-private partnership worth 2 trillion won.');
    assert.deepEqual(ok.findings, []);
  });
});

describe('check: kinds and qualifiers (synthetic corpus, not the seeds)', () => {
  const cases: [string, string, string | null][] = [
    // report sentence, figure text, expected code (null: supported)
    ['Stargate will invest up to $25 billion in the Michigan data center.', '$25 billion', null],
    ['Stargate will invest up to $30 billion in the Michigan data center.', '$30 billion', 'figure-mismatch'],
    ['미시간 데이터센터에는 약 36조 원이 투자된다.', '36조 원', null],
    ['미시간 데이터센터에는 약 50조 원이 투자된다.', '50조 원', 'figure-mismatch'],
    ['The Michigan data center will be built over the next three years.', 'three years', null],
    ['The Michigan data center will be built over the next five years.', 'five years', 'figure-mismatch'],
    ['미시간 데이터센터의 전력 수요는 1200㎿ 이상이다.', '1200㎿', null],
    ['미시간 데이터센터의 전력 수요는 800㎿ 이상이다.', '800㎿', 'figure-mismatch'], // a bound must be the source's bound
    ['미시간 데이터센터의 전력 수요는 800㎿다.', '800㎿', 'figure-mismatch'],
    ['미시간 데이터센터 부지 면적은 12만㎡ 규모다.', '12만㎡', null],
    ['미시간 데이터센터 부지 면적은 20만㎡ 규모다.', '20만㎡', 'figure-mismatch'],
    ['미시간 데이터센터 반도체는 3나노 공정으로 만든다.', '3나노', null],
    ['미시간 데이터센터 반도체는 5나노 공정으로 만든다.', '5나노', 'figure-mismatch'],
    ['미시간 데이터센터 전력의 60~70%는 재생에너지로 충당한다.', '60~70%', null],
    ['미시간 데이터센터 전력의 80~90%는 재생에너지로 충당한다.', '80~90%', 'figure-mismatch'],
    ['미시간 데이터센터 건설로 약 5000개의 일자리가 생긴다.', '5000개', null],
    ['미시간 데이터센터 건설로 약 9000개의 일자리가 생긴다.', '9000개', 'figure-mismatch'],
    ['Stargate said on March 10 that it picked Michigan for the data center.', 'March 10', null],
    ['Stargate said on March 12 that it picked Michigan for the data center.', 'March 12', 'figure-mismatch'],
  ];
  for (const [sentence, fig, code] of cases) {
    it(`${code ?? 'supported'}: ${sentence}`, () => {
      const r = one(mini, sentence);
      const c = r.claims.find((x) => x.type === 'figure' && x.text === fig);
      assert.ok(c, `figure ${fig} not extracted: ${r.claims.map((x) => x.text).join(', ')}`);
      const f = r.findings.filter((x) => x.claim === c);
      assert.deepEqual(
        f.map((x) => x.code),
        code ? [code] : [],
        f.map((x) => x.message).join(' | '),
      );
      if (!code) assert.equal(c!.status, 'supported');
    });
  }
});

describe('check: citations', () => {
  it('a cited source is judged first, even when another source agrees', () => {
    // JoongAng says 약 718조원; the blog says 약 700조 원, which covers 650..750조.
    const r = one(seeds, '스타게이트에는 약 750조 원이 투자된다 [@joongang-2025-01-23].');
    const f = r.findings.find((x) => x.code === 'figure-mismatch');
    assert.ok(f, 'cited JoongAng says 약 718조원, not 약 750조 원');
    assert.match(f!.message, /JoongAng/);
    const uncited = one(seeds, '스타게이트에는 약 750조 원이 투자된다.');
    assert.deepEqual(
      uncited.findings.filter((x) => x.severity === 'error'),
      [],
    );
  });
  it('citation claims point at the article', () => {
    const r = one(seeds, 'See [@hankyung].');
    const c = r.claims.find((x) => x.type === 'citation')!;
    assert.equal(c.sources[0].key, 'hankyung');
    assert.equal(r.findings.length, 0);
  });
});

describe('check: never throws', () => {
  // checkReport turns an exception into { error }, so "returns an array" held even with the checker throwing at
  // once: each input must come back without an error and with the claims of the ordinary lines around it.
  const before = 'Stargate will invest up to $500 billion over the next four years.\n\n';
  const after = '\n\nTrump projected the creation of 100,000 jobs.\n';
  const inputs: [name: string, text: string, claims: number][] = [
    ['empty', '', 0],
    ['control characters', '\u0000\u0001', 0],
    ['a 100,000-character run of $', '$'.repeat(100000), 0],
    // One line of 2,000 amounts. (20,000 took 35 s on a busy 2-core machine: each claim looks at every other
    // figure of its sentence, so that size is left to the watchdogged attacks.test.ts.)
    ['2,000 amounts on one line', '718조 '.repeat(2000), 2000],
  ];
  for (const [name, t, n] of inputs) {
    it(`returns on ${name}, without an error, with the claims around it`, function () {
      // The 2,000-amount line takes about a second alone, several when the machine is busy: a generous bound.
      this.timeout(120000);
      const r = checkReport(seeds, before + t + after);
      assert.equal(r.errors, undefined); // what checkReport adds when something in checking threw
      const texts = r.claims.filter((c) => c.type === 'figure').map((c) => c.text);
      assert.deepEqual(
        texts.filter((x) => x !== '718조'),
        ['$500 billion', 'four years', '100,000 jobs'],
      );
      assert.equal(texts.length, 3 + n);
      for (const c of r.claims.filter((x) => x.text !== '718조')) assert.equal(c.status, 'supported', c.text);
      assert.deepEqual(
        r.findings.filter((f) => f.severity === 'error'),
        [],
      );
    });
  }
});

describe('check: a quotation claim shows the words as the report writes them', () => {
  it('a link inside the quotation marks is blanked for comparing, not in the claim (found by the fuzz test)', () => {
    const corpus = Corpus.load({ folders: [] });
    const text = 'Trump said: “Stargate is https://example.com/a/b the largest AI infrastructure project.”\n';
    const quote = checkReport(corpus, text).claims.find((c) => c.type === 'quote');
    assert.ok(quote, 'the quotation is a claim');
    const lines = text.split('\n');
    const { start, end } = quote.range;
    assert.equal(start.line, end.line);
    assert.equal(lines[start.line].slice(start.character, end.character), quote.text);
    assert.match(quote.text, /https:\/\/example\.com/);
  });
});
