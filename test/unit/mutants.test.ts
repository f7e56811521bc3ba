// The second mutation pass (docs/mutation-pass.md, "After the split"): rules of the judges that no test noticed
// being switched off. Each article is written as its outlet would write it, then the report line; each test names
// the mutant it kills (the last describe: a defect found on the way).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { learnWordPairs } from '../../server/src/judge/wordPairs';
import type { CheckResult, Claim } from '../../server/src/types';
import { figure } from './reports';

/** A corpus of the given articles (file name → text), read from a temporary folder. */
function corpusOf(files: Record<string, string>): Corpus {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-mutants-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  try {
    return Corpus.load({ folders: [dir], useBundled: false });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const codes = (r: CheckResult, c: Claim) => r.findings.filter((f) => f.claim === c).map((f) => f.code);

const OHIO_WIRE = `SoftBank, OpenAI choose Ohio village for next Stargate campus

By Marcy Feldt

LORDSTOWN, Ohio, Nov 12 (Buckeye Business Wire) - SoftBank and OpenAI will build a Stargate data center campus in Lordstown, the village that once hosted a General Motors assembly plant, the companies said on Wednesday.

The project is expected to create about 3,000 construction jobs and about 600 permanent jobs, SoftBank said.

The first building is set to open in 2026 on land next to the former car plant.
`;

describe('mutants: what a count counts (judge/counted.ts)', () => {
  const ohio = corpusOf({ 'ohio-wire-en.txt': OHIO_WIRE });

  it('permanent jobs are not vouched for by the same number of construction jobs (C5: the countedApart gate)', () => {
    const r = checkReport(
      ohio,
      'The Lordstown project is expected to create about 3,000 permanent jobs, according to SoftBank.',
    );
    const c = figure(r, '3,000 permanent jobs');
    assert.equal(c.status, 'conflicting');
    assert.deepEqual(codes(r, c), ['figure-mismatch']);
    assert.equal(
      c.sources.find((s) => s.agrees),
      undefined,
    );
    assert.equal(c.sources[0].match?.text, '600 permanent jobs');
  });

  it('“new” jobs are jobs: it narrows nothing (C1: “new” in NOT_NARROWING)', () => {
    const r = checkReport(
      ohio,
      'The Lordstown project is expected to create about 600 new jobs, according to SoftBank.',
    );
    const c = figure(r, '600 new jobs');
    assert.equal(c.status, 'supported');
    assert.deepEqual(codes(r, c), []);
    assert.equal(c.sources[0].match?.text, '600 permanent jobs');
  });
});

describe('mutants: which site a figure is about (judge/scope.ts)', () => {
  const milam = corpusOf({
    'milam-wire-en.txt': `SB Energy breaks ground on Stargate site in Milam County

By Ray Okafor

ROCKDALE, Texas, Oct 2 (Lone Star Business Wire) - SB Energy, the SoftBank-backed power developer, began work on Thursday on a Stargate data center site in Milam County, northeast of Austin.

The Milam County campus will draw about 1.2 gigawatts when finished, the company said.

Solar farms and batteries on neighbouring land will supply part of the power.
`,
  });

  it('“County” alone names no place: one county’s campus is not refuted by another’s (S5: county in GENERIC)', () => {
    const r = checkReport(milam, 'The Shackelford County campus will draw about 1.4 gigawatts.');
    const c = figure(r, '1.4 gigawatts');
    assert.notEqual(c.status, 'conflicting');
    assert.ok(!codes(r, c).includes('figure-mismatch'), codes(r, c).join(', '));
  });

  it('while the same county’s campus is (the rule above is about the name, not about counties)', () => {
    const r = checkReport(milam, 'The Milam County campus will draw about 1.4 gigawatts.');
    const c = figure(r, '1.4 gigawatts');
    assert.deepEqual(codes(r, c), ['figure-mismatch']);
    assert.equal(c.sources[0].match?.text, '1.2 gigawatts');
  });
});

describe('mutants: the whole wins over a phase in one clause (judge/scope.ts)', () => {
  const abilene = corpusOf({
    'abilene-wire-en.txt': `Crusoe adds buildings at Abilene Stargate campus

By Luis Navarro

ABILENE, Texas, Dec 9 (Texas Power Desk) - Crusoe will add two buildings to its Stargate campus in Abilene, the developer said on Tuesday.

The expansion brings the Abilene campus to 1.2 gigawatts in total, Crusoe said.

The first phase of the campus, with 200 megawatts, went live in the summer.
`,
  });

  it('a total that counts the first phase is the total: judged against the total (S2: WHOLE before PHASE)', () => {
    const right = checkReport(
      abilene,
      'Counting the first phase, the Abilene campus comes to 1.2 gigawatts in total, Crusoe said.',
    );
    assert.equal(figure(right, '1.2 gigawatts').status, 'supported');
    const wrong = checkReport(
      abilene,
      'Counting the first phase, the Abilene campus comes to 1.4 gigawatts in total, Crusoe said.',
    );
    const c = figure(wrong, '1.4 gigawatts');
    assert.deepEqual(codes(wrong, c), ['figure-mismatch']);
    assert.equal(c.sources[0].match?.text, '1.2 gigawatts');
  });
});

// The third pass (docs/mutation-pass.md): survivors of the second, each killed by a report line against an
// article written first, as its outlet would write it.

describe('mutants: a whole word, wherever it stands in the clause (judge/scope.ts)', () => {
  const abilene = corpusOf({
    'abilene-en.txt': `Stargate to spend $100 billion on first campus in Abilene

By Dana Whitfield

ABILENE, Texas, Jan 22 (Plains Business Wire) - Stargate will spend $100 billion on its first data center campus in Abilene, Texas, the venture said on Wednesday.

OpenAI, SoftBank and Oracle plan to invest up to $500 billion in Stargate over the next four years, the companies said.
`,
  });

  it('“All told” far before the figure still makes it the total, which one campus’s amount does not vouch for (S4: REACH)', () => {
    const line =
      'All told, counting everything OpenAI, SoftBank and Oracle promised at the White House on Tuesday, the investment in Stargate comes out at $100 billion.';
    const r = checkReport(abilene, line);
    const c = figure(r, '$100 billion');
    assert.deepEqual(codes(r, c), ['figure-mismatch']);
    assert.deepEqual(
      c.sources.map((s) => s.match?.text),
      ['$500 billion'],
    );
    // Without the whole word the same clause is unmarked: the campus's $100 billion may judge it too. It is too far
    // from the claim's subject to be named (the claim's words are those of the pledge), and the total is far closer:
    // a mismatch still (figures.ts overwhelms), but one that names the campus's version beside the total's.
    const unmarked = checkReport(abilene, line.replace('All told, counting', 'Counting'));
    const u = figure(unmarked, '$100 billion');
    assert.deepEqual(codes(unmarked, u), ['figure-mismatch']);
    assert.deepEqual([...new Set(u.sources.map((s) => s.match?.text))].sort(), ['$100 billion', '$500 billion']);
  });

  const abileneKo = corpusOf({
    'abilene-ko.txt': `스타게이트, 텍사스 애빌린에 첫 데이터센터 짓는다

[한빛경제 박지훈 기자] 오픈AI와 소프트뱅크, 오라클이 세운 합작사 스타게이트가 미국 텍사스주 애빌린에 첫 번째 데이터센터를 짓는다.

스타게이트는 애빌린 부지에 우선 1000억 달러를 투입할 계획이다.

세 회사는 향후 4년간 스타게이트에 총 5000억 달러를 투자한다고 21일 밝혔다.
`,
  });

  it('“전체” makes a total even when the clause also names an initial amount (S1: 전체 in scope.whole)', () => {
    // 초기 (a part) and 전체 (the whole) in one clause: the lexicon's part and whole cancel out (shareOf), so
    // only the scope's whole word keeps the site's 1000억 달러 from vouching for the venture's total.
    const r = checkReport(abileneKo, '초기 투자분까지 더한 스타게이트의 전체 투자 규모는 1000억 달러다.');
    const c = figure(r, '1000억 달러');
    assert.deepEqual(codes(r, c), ['figure-mismatch']);
    assert.deepEqual(
      c.sources.map((s) => s.match?.text),
      ['5000억 달러'],
    );
    assert.equal(
      figure(checkReport(abileneKo, '초기 투자분까지 더한 스타게이트의 전체 투자 규모는 5000억 달러다.'), '5000억 달러')
        .status,
      'supported',
    );
  });
});

describe('mutants: a source figure’s place from the sentence before (judge/figureFacts.ts)', () => {
  const milam = corpusOf({
    'milam-wire-en.txt': `SB Energy breaks ground on Stargate site in Milam County

By Ray Okafor

ROCKDALE, Texas, Oct 2 (Lone Star Business Wire) - SB Energy, the SoftBank-backed power developer, began work on Thursday on a Stargate data center in Milam County, northeast of Austin.

It will draw about 1.2 gigawatts of power when finished, the company said.

Solar farms and batteries on neighbouring land will supply part of the power.
`,
  });

  it('“It will draw about 1.2 gigawatts” is Milam County’s, as the sentence before says, and refutes its campus’s 1.4 (H2)', () => {
    const r = checkReport(milam, 'The Milam County campus will draw about 1.4 gigawatts of power when finished.');
    const c = figure(r, '1.4 gigawatts');
    assert.deepEqual(codes(r, c), ['figure-mismatch']);
    assert.equal(c.sources[0].match?.text, '1.2 gigawatts');
  });
});

describe('mutants: what a count counts, third pass (judge/counted.ts)', () => {
  const ohioKo = corpusOf({
    'ohio-ko.txt': `소프트뱅크·오픈AI, 오하이오 로즈타운에 스타게이트 캠퍼스 짓는다

[중앙산업신문 이수진 기자] 소프트뱅크와 오픈AI가 미국 오하이오주 로즈타운에 스타게이트 데이터센터 캠퍼스를 짓는다고 12일 밝혔다.

이 프로젝트로 건설 일자리 약 3000개와 상시 일자리 약 600개가 생길 것으로 소프트뱅크는 내다봤다.

첫 건물은 2026년 옛 자동차 공장 옆 부지에 문을 연다.
`,
  });

  it('a noun written far before the number is not the counted noun’s narrowing (C4: the Korean noun window)', () => {
    // "건설 일자리와 별도로 … 약 600개의 상시 일자리": the 600 are the permanent jobs; 건설 narrows the jobs of
    // the clause before, not these.
    const r = checkReport(ohioKo, '건설 일자리와 별도로, 로즈타운 캠퍼스가 문을 열면 약 600개의 상시 일자리가 생긴다.');
    const c = figure(r, '600개');
    assert.equal(c.status, 'supported');
    assert.deepEqual(codes(r, c), []);
    assert.equal(c.sources[0].match?.text, '600개');
  });

  const oracle = corpusOf({
    'oracle-en.txt': `Oracle to buy 400,000 Blackwell chips for Stargate's Abilene campus

By Dana Whitfield

ABILENE, Texas, Mar 6 (Plains Business Wire) - Oracle will buy about 400,000 Blackwell chips from Nvidia for the Stargate campus in Abilene, people familiar with the matter said.

The chips will be installed over the next two years.
`,
  });

  it('a narrowing word transliterated (블랙웰 / Blackwell) is the same word (C3: sameTerm by sound)', () => {
    const right = checkReport(oracle, '오라클은 애빌린 스타게이트 캠퍼스에 블랙웰 칩 약 40만 개를 들여온다.');
    const c = figure(right, '40만 개');
    assert.equal(c.status, 'supported');
    assert.equal(c.sources[0].match?.text, '400,000 Blackwell chips');
    const wrong = checkReport(oracle, '오라클은 애빌린 스타게이트 캠퍼스에 블랙웰 칩 약 50만 개를 들여온다.');
    assert.deepEqual(codes(wrong, figure(wrong, '50만 개')), ['figure-mismatch']);
  });
});

describe('mutants: the contradiction gate (judge/contradictionGate.ts)', () => {
  const korea = corpusOf({
    'korea-en.txt': `SoftBank to put $30 billion into Stargate data centers in South Korea

By Min-jun Lee

SEOUL, Feb 4 (Han River Business Wire) - Stargate's investment in South Korea will be $30 billion, spread over new data centers near Seoul and in the south of the country, SoftBank said on Tuesday.

The company did not say when construction would begin.
`,
  });

  it('Japan’s amount is not refuted by South Korea’s (G1: the country gate)', () => {
    const r = checkReport(korea, "Stargate's investment in Japan will be $20 billion, SoftBank said.");
    const c = figure(r, '$20 billion');
    assert.equal(c.status, 'unsupported');
    assert.ok(!codes(r, c).includes('figure-mismatch'), codes(r, c).join(', '));
    // The same sentence about South Korea is refuted: the gate is the country's.
    const same = checkReport(korea, "Stargate's investment in South Korea will be $20 billion, SoftBank said.");
    assert.deepEqual(codes(same, figure(same, '$20 billion')), ['figure-mismatch']);
  });

  const lordstown = corpusOf({
    'lordstown-en.txt': `Stargate's Lordstown building to have 1 million square feet of floor space

By Marcy Feldt

LORDSTOWN, Ohio, Nov 12 (Buckeye Business Wire) - Stargate's Lordstown project will have about 1 million square feet of floor space when its first building opens, SoftBank said on Wednesday.

The building will stand next to the former General Motors plant.
`,
  });

  it('a site’s acreage is not refuted by its building’s floor space (G2: the land/floor gate)', () => {
    const r = checkReport(lordstown, "Stargate's Lordstown project will sit on about 200 acres, SoftBank said.");
    const c = figure(r, '200 acres');
    assert.ok(!codes(r, c).includes('figure-mismatch'), codes(r, c).join(', '));
    assert.notEqual(c.status, 'conflicting');
    const floor = checkReport(
      lordstown,
      "Stargate's Lordstown project will have about 2 million square feet of floor space, SoftBank said.",
    );
    assert.deepEqual(codes(floor, figure(floor, '2 million square feet')), ['figure-mismatch']);
  });
});

describe('mutants: the order of a claim’s sources (judge/sourceRank.ts)', () => {
  const two = corpusOf({
    'plains.txt': `Stargate partners lay out $500 billion plan

By Dana Whitfield

ABILENE, Texas, Jan 22 (Plains Business Wire) - Stargate will invest $500 billion over four years in AI infrastructure in the United States, the companies said on Tuesday.
`,
    'capital.txt': `Stargate starts with $100 billion

By Tom Reyes

WASHINGTON, Jan 22 (Capital Tech Daily) - Stargate will invest $100 billion right away in AI infrastructure in the United States, the companies said at the White House on Tuesday.
`,
  });

  it('the source the report cites comes first, before one that agrees (R1: cited weighs most)', () => {
    const r = checkReport(
      two,
      'Stargate will invest $100 billion in AI infrastructure in the United States [@plains-business-wire].',
    );
    const c = figure(r, '$100 billion');
    assert.equal(c.status, 'conflicting');
    assert.deepEqual(
      c.sources.map((s) => [path.basename(s.file), s.agrees]),
      [
        ['plains.txt', false],
        ['capital.txt', true],
      ],
    );
  });
});

describe('mutants: a place the article names once, in the other script (judge/scope.ts)', () => {
  const narvik = corpusOf({
    'narvik-en.txt': `OpenAI picks Narvik for first European Stargate

By Ingrid Solberg

OSLO, July 31 (Nordic Tech Wire) - OpenAI will build its first European Stargate data center in Kvandal outside Narvik, in northern Norway, with Nscale and Aker, the companies said on Thursday.

The Narvik site will have an initial capacity of 230 megawatts, Nscale said.

The partners plan to expand it by a further 290 megawatts in later years.
`,
  });

  it('크반달 is the Kvandal of a sentence with no figure: the article names the site, which may vouch for it (S7: placesShared by sound)', () => {
    // Kvandal is in no figure's subject, so only the sound of the two spellings links them.
    const r = checkReport(narvik, '크반달 부지의 초기 용량은 230메가와트다.');
    const c = figure(r, '230메가와트');
    assert.equal(c.status, 'supported');
    assert.equal(c.sources[0].match?.text, '230 megawatts');
  });
});

describe('mutants: half the claim’s topics (judge/contradictionGate.ts)', () => {
  const chips = corpusOf({
    'chips-en.txt': `Stargate to spend $40 billion on Nvidia chips for Abilene

By Dana Whitfield

ABILENE, Texas, Mar 6 (Plains Business Wire) - Stargate will spend $40 billion on chips from Nvidia for its Abilene campus, people familiar with the matter said.

The order covers about 400,000 GB200 processors, the people said.
`,
  });

  it('a sum for chips, power and workers is not refuted by the sum for chips alone (G3: half the topics)', () => {
    const r = checkReport(chips, 'Stargate will spend $50 billion on Nvidia chips, power and workers for Abilene.');
    const c = figure(r, '$50 billion');
    assert.ok(!codes(r, c).includes('figure-mismatch'), codes(r, c).join(', '));
    assert.notEqual(c.status, 'conflicting');
    const alone = checkReport(chips, 'Stargate will spend $50 billion on Nvidia chips for Abilene.');
    assert.deepEqual(codes(alone, figure(alone, '$50 billion')), ['figure-mismatch']);
  });
});

describe('mutants: the versions of a mismatch, in order (judge/figureFindings.ts)', () => {
  const stake = corpusOf({
    'info.txt': `OpenAI to commit $19 billion to Stargate

By Amir Efrati

SAN FRANCISCO, Jan 24 (Bay Tech Letter) - OpenAI will commit $19 billion to Stargate for a 40% stake in the venture, according to people familiar with the plan.
`,
    'wire1.txt': `OpenAI puts $18 billion into Stargate

By Tom Reyes

WASHINGTON, Jan 25 (Capital Tech Daily) - OpenAI will put about $18 billion into Stargate, the company said.
`,
    'wire2.txt': `OpenAI's Stargate share put at $18 billion

By Ana Silva

NEW YORK, Jan 26 (Hudson Markets Wire) - OpenAI will invest about $18 billion in Stargate, a person close to the company said.
`,
  });

  it('of two versions about as close to the claim, the one more sources give is offered first (H1: NEAR_TIE)', () => {
    const r = checkReport(stake, 'OpenAI will put $25 billion into Stargate for a stake in the venture.');
    const c = figure(r, '$25 billion');
    const f = r.findings.find((x) => x.claim === c && x.code === 'figure-mismatch');
    assert.ok(f);
    // The closest sentence is Bay Tech Letter's $19 billion, but only by a little; two outlets give $18 billion.
    assert.equal(c.sources[0].match?.text, '$19 billion');
    assert.deepEqual(
      f.fixes?.map((x) => [x.newText, !!x.preferred]),
      [
        ['$18 billion', true],
        ['$19 billion', false],
      ],
    );
  });
});

describe('mutants: a surname alone, in the other script (judge/people.ts)', () => {
  const crusoe = corpusOf({
    'crusoe-en.txt': `Crusoe tops out first Abilene building for Stargate

By Dana Whitfield

ABILENE, Texas, Apr 10 (Plains Business Wire) - Crusoe said on Thursday it had finished the frame of the first building at the Stargate campus in Abilene.

"We are building at a pace this industry has never seen," said Chase Lochmiller, chief executive of Crusoe.

Abilene Mayor Weldon Foster said the campus had already changed the city. "This is the biggest thing that has happened to Abilene in a generation," Foster said.
`,
  });

  it('포스터 시장 is the Foster only English sources quote, and Lochmiller’s words are not his (P5: Person.surname)', () => {
    const r = checkReport(
      crusoe,
      '포스터 시장은 “We are building at a pace this industry has never seen”이라고 말했다.',
    );
    assert.deepEqual(
      r.findings.map((f) => f.code),
      ['quote-misattributed'],
    );
    assert.match(r.findings[0].message, /Chase Lochmiller/);
    const right = checkReport(
      crusoe,
      '포스터 시장은 “This is the biggest thing that has happened to Abilene in a generation”이라고 말했다.',
    );
    assert.deepEqual(right.findings, []);
  });
});

describe('mutants: word pairs the corpus shows (judge/wordPairs.ts)', () => {
  /** The pairs learnWordPairs gives for these articles, by term name, sorted. */
  const pairsOf = (files: Record<string, string>) => {
    const corpus = corpusOf(files);
    const name = (id: number) => corpus.weights.terms.name(id);
    return [...learnWordPairs(corpus.sources)].map(([a, b]) => [name(a), b.map(name).sort()] as const).sort();
  };

  it('a press release with its own English version is one source, not evidence that its words pair (W2)', () => {
    // Each release states its figures in both languages; two releases pair 용량 with capacity (and with "build")
    // only if a release's own Korean and English count as two sources.
    assert.deepEqual(
      pairsOf({
        'sk-release.txt': `SK, 울산에 AI 데이터센터 짓는다…초기 용량 100메가와트

SK그룹은 울산 미포국가산업단지에 AI 데이터센터를 짓는다고 24일 밝혔다. 데이터센터의 초기 용량은 100메가와트다.

SK그룹은 2029년까지 용량을 늘려 나갈 계획이다.

SK to build AI data center in Ulsan with 100 megawatts of initial capacity

SK Group said on Thursday it will build an AI data center in the Mipo national industrial complex in Ulsan. The data center's initial capacity is 100 megawatts.

SK Group plans to add capacity through 2029.
`,
        'kakao-release.txt': `카카오, 안산 데이터센터 초기 용량 120메가와트로

카카오는 경기 안산시 한양대 에리카 캠퍼스에 짓는 데이터센터의 초기 용량을 120메가와트로 정했다고 3일 밝혔다.

Kakao sets initial capacity of Ansan data center at 120 megawatts

Kakao said on Monday that the data center it is building on Hanyang University's ERICA campus in Ansan will have an initial capacity of 120 megawatts.
`,
      }),
      [],
    );
  });

  it('of a word’s recurring pairs, only the best supported is kept (W3)', () => {
    // 용량/capacity recurs in three pairs of articles; 용량/Tuesday in two, because two English wires ran on a Tuesday.
    assert.deepEqual(
      pairsOf({
        'sk-ko.txt': `SK, 울산에 AI 데이터센터…초기 용량 100메가와트

[울산일보 김민수 기자] SK그룹은 울산 미포국가산업단지에 AI 데이터센터를 짓는다고 24일 밝혔다. 데이터센터의 초기 용량은 100메가와트다.
`,
        'sk-en.txt': `SK to build AI data center in Ulsan

By Jae-won Kim

SEOUL, June 24 (Han River Business Wire) - SK Group will build an AI data center in the Mipo national industrial complex in Ulsan with an initial capacity of 100 megawatts, the company said on Tuesday.
`,
        'kakao-ko.txt': `카카오, 안산 데이터센터 초기 용량 120메가와트

[경기경제 박소연 기자] 카카오는 안산 한양대 에리카 캠퍼스에 짓는 데이터센터의 초기 용량이 120메가와트라고 3일 밝혔다.
`,
        'kakao-en.txt': `Kakao's Ansan data center to start at 120 megawatts

By Min-jun Lee

SEOUL, March 3 (Korea Tech Wire) - Kakao said on Monday its data center on Hanyang University's ERICA campus in Ansan will have an initial capacity of 120 megawatts.
`,
        'naver-ko.txt': `네이버, 세종 데이터센터 용량 270메가와트로 늘린다

[충청신문 이도윤 기자] 네이버는 세종 데이터센터의 용량을 270메가와트로 늘린다고 9일 밝혔다.
`,
        'naver-en.txt': `Naver to expand Sejong data center to 270 megawatts

By Ha-eun Seo

SEOUL, Sept 9 (Han River Business Wire) - Naver will expand the capacity of its Sejong data center to 270 megawatts, the company said on Tuesday.
`,
      }),
      [
        ['en:capacity', ['ko:용량']],
        ['ko:용량', ['en:capacity']],
      ],
    );
  });

  it('a value stated more than MAX_GROUP times pairs nothing (W4)', () => {
    // The venture's 5000억 달러 / $500 billion, 22 times in six articles: it would pair 있다 with "plan".
    assert.deepEqual(
      pairsOf({
        'a-ko.txt': `스타게이트, 5000억 달러 AI 인프라 시동

[한빛경제 박지훈 기자] 오픈AI와 소프트뱅크, 오라클은 미국에 5000억 달러를 들여 AI 인프라를 짓는 스타게이트를 21일 발표했다. 5000억 달러는 4년에 걸쳐 투입된다. 업계는 5000억 달러 규모의 인프라가 미국 AI 경쟁력을 끌어올릴 것으로 본다.
`,
        'b-ko.txt': `트럼프 "5000억 달러 인프라, 미국에서 짓는다"

[중앙산업신문 이수진 기자] 도널드 트럼프 미국 대통령은 스타게이트가 5000억 달러를 AI 인프라에 쓴다고 22일 말했다. 5000억 달러 가운데 1000억 달러는 곧바로 집행된다. 한국 기업들도 5000억 달러 인프라 사업에 참여할 길을 찾고 있다.
`,
        'c-ko.txt': `5000억 달러 스타게이트, 인프라 경쟁 불붙인다

[서울테크뉴스 최동훈 기자] 스타게이트의 5000억 달러 인프라 계획이 발표되자 경쟁사들도 투자를 늘리고 있다. 5000억 달러는 미국 역사상 최대 규모의 AI 인프라 투자다.
`,
        'a-en.txt': `Stargate launches $500 billion AI infrastructure push

By Dana Whitfield

WASHINGTON, Jan 21 (Plains Business Wire) - OpenAI, SoftBank and Oracle on Tuesday announced Stargate, a venture that will spend $500 billion on AI infrastructure in the United States. The $500 billion will be spent over four years. Analysts said $500 billion of infrastructure would put the U.S. ahead in AI.
`,
        'b-en.txt': `Trump hails $500 billion Stargate infrastructure plan

By Tom Reyes

WASHINGTON, Jan 22 (Capital Tech Daily) - President Donald Trump said Stargate would spend $500 billion on AI infrastructure in America. Of the $500 billion, $100 billion will be spent right away. Korean companies are looking for a role in the $500 billion infrastructure project.
`,
        'c-en.txt': `$500 billion Stargate sets off an infrastructure race

By Ana Silva

NEW YORK, Jan 23 (Hudson Markets Wire) - Rivals are raising their own spending after Stargate's $500 billion infrastructure plan. At $500 billion, it is the largest AI infrastructure investment in U.S. history.
`,
      }),
      [],
    );
  });
});

describe('a count written in words (judge/counted.ts, found while moving the word lists to data)', () => {
  const texas = corpusOf({
    'jobs-en.txt': `Stargate campuses to bring 70,000 construction jobs to Texas, governor says

By Dana Whitfield

AUSTIN, Texas, Feb 12 (Plains Business Wire) - The Stargate data center campuses in Texas will create about 70,000 construction jobs across the state, Governor Greg Abbott said on Wednesday.
`,
  });

  it('“seventy thousand jobs” is judged as “70,000 jobs” is: seventy is the number, not a narrowing word', () => {
    for (const [number, text] of [
      ['70,000', '70,000 jobs'],
      ['seventy thousand', 'seventy thousand jobs'],
    ]) {
      const r = checkReport(
        texas,
        `The Stargate campuses in Texas will create about ${number} jobs across the state, Abbott said.`,
      );
      const c = figure(r, text);
      assert.equal(c.status, 'supported', text);
      assert.equal(c.sources[0].match?.text, '70,000 construction jobs');
    }
    const wrong = checkReport(
      texas,
      'The Stargate campuses in Texas will create about sixty thousand jobs across the state, Abbott said.',
    );
    assert.deepEqual(codes(wrong, figure(wrong, 'sixty thousand jobs')), ['figure-mismatch']);
  });
});
