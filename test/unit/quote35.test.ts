// Issue 10 (quote35): quotation misses left in the tuning sets at session 35. Each rule is tested on a small source
// written as its outlet would write it, then on the set's line.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { on, said } from './quoted';

const quoteClaims = (text: string, corpus: Corpus) => {
  const r = checkReport(corpus, text, {});
  return {
    codes: r.findings.filter((f) => f.code.startsWith('quote') && f.severity !== 'information').map((f) => f.code),
    statuses: r.claims.filter((c) => c.type === 'quote').map((c) => c.status),
    speakers: r.claims.filter((c) => c.type === 'quote').map((c) => c.quote?.speakerId),
  };
};

describe('quote35: a Korean speaker who admits, concedes or pleads the words ("…"라고 인정했다)', () => {
  // A county weekly's report of a council session: a councillor's criticism, the official's answer and admission.
  const article = [
    '# 화순군의회 임시회 "태양광 부지, 주민 동의 먼저"',
    '',
    '지난 14일 열린 화순군의회 제274회 임시회 군정질문에서 오경란 의원은 "마을 앞 산이 깎이는 걸 현수막 보고 알았다"며 "군이 주민 의견 한 번 묻지 않은 것은 잘못"이라고 지적했다.',
    '',
    '답변에 나선 민태식 군 에너지산업과장은 "사업자가 주민설명회를 열도록 다음 달까지 조치하겠다"고 답했다. 민 과장은 "주민 안내가 늦었던 것은 맞다"고 인정했다.',
    '',
    '군 관계자는 "부지 면적은 애초 계획보다 줄었다"고 시인했다.',
  ].join('\n');
  const src = buildSource('/no/hwasun-weekly-council.md', article);
  const corpus = Corpus.of([src]);

  it('reads the words before 인정했다 and 시인했다 as quotations of their speakers', () => {
    const got = said('/no/hwasun-weekly-council.md', article);
    assert.ok(
      got.some((x) => /민태식 \| 주민 안내가 늦었던 것은 맞다/.test(x)),
      got.join('\n'),
    );
    assert.ok(
      got.some((x) => /부지 면적은 애초 계획보다 줄었다/.test(x)),
      got.join('\n'),
    );
  });

  it("flags the councillor's words given to the official who 'admitted' them", () => {
    const r = quoteClaims('민태식 에너지산업과장은 "군이 주민 의견 한 번 묻지 않은 것은 잘못"이라고 인정했다.', corpus);
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("supports the official's own admission", () => {
    const r = quoteClaims('민태식 에너지산업과장은 "주민 안내가 늦었던 것은 맞다"고 인정했다.', corpus);
    assert.deepEqual(r.codes, []);
    assert.deepEqual(r.statuses, ['supported']);
  });

  it('reads 인정받았다 (was recognised as) as no speech of the subject', () => {
    const got = said('/no/x.md', '곽 교수는 환경부로부터 "국내 최고 수준의 연구"라고 인정받았다.');
    assert.deepEqual(got, []);
  });

  it('unseen-probe27: the councillor\'s words given to the investment official who "admitted" them', () => {
    const r = on(
      'unseen-probe27',
      'stargate-us-chungcheong-inheoga-bogoseo-ko.md',
      '박재형 투자유치과장은 "군이 설명회 한 번 열지 않은 것은 문제"라고 인정했다.',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe("quote35: a member's party and district in brackets after the title (의원(국민의힘, 가선거구)은)", () => {
  // A provincial daily's report of a council committee: members written with their party and district in brackets.
  const article = [
    '# 도의회 농정위 "데이터센터 용수, 농업용수 침범 안 돼"',
    '',
    '전남도의회 농수산위원회 윤재필 의원(더불어민주당, 해남1)은 18일 행정사무감사에서 "데이터센터가 쓰는 물이 농업용수를 건드리면 안 된다"며 "도가 하루 사용량을 공개해야 한다"고 말했다.',
    '',
    '같은 위원회 차미경 의원(국민의힘·비례)은 "용수 계획서는 사업자가 아니라 도가 검증해야 한다"고 지적했다.',
    '',
    '한승오 도 기업유치과장은 "사업자와 협의해 분기마다 사용량을 공개하겠다"고 답했다.',
  ].join('\n');
  const file = '/no/jeonnam-daily-council.md';
  const corpus = Corpus.of([buildSource(file, article)]);

  it('reads the member before the bracket as the speaker', () => {
    const got = said(file, article);
    assert.ok(got.includes('person:윤재필 | 도가 하루 사용량을 공개해야 한다'), got.join('\n'));
    assert.ok(got.includes('person:차미경 | 용수 계획서는 사업자가 아니라 도가 검증해야 한다'), got.join('\n'));
  });

  it("flags the member's words given to the official", () => {
    const r = quoteClaims('한승오 기업유치과장은 "도가 하루 사용량을 공개해야 한다"고 말했다.', corpus);
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("supports the member's words given to the member", () => {
    const r = quoteClaims('윤재필 의원은 "도가 하루 사용량을 공개해야 한다"고 말했다.', corpus);
    assert.deepEqual(r.codes, []);
    assert.deepEqual(r.statuses, ['supported']);
  });
});

describe("quote35: an organisation's statement given to another organisation the article writes", () => {
  // A regional wire's story on a county vote: the developer's chief executive quoted by name, a partner's statement.
  const article = [
    'Stargate solar-fed campus wins county vote in Ohio',
    '',
    'By Erin Vance | Buckeye Business Wire',
    '',
    'MARYSVILLE, Ohio, March 4, 2026 (Buckeye Business Wire) - Union County commissioners voted 3-0 on Tuesday to approve a 400-acre data center campus near Marysville.',
    '',
    'The campus, to be built by developer Pinecrest Infrastructure for SoftBank and OpenAI, is planned at 800 megawatts.',
    '',
    '"We will hire locally first and we will say so in writing," said Dana Kessel, chief executive of Pinecrest Infrastructure.',
    '',
    'In a statement, SoftBank said the campus would draw on "the same solar fields we are financing in Hardin County."',
    '',
    'Commissioner Paul Reddick said the county would review the water permit in June.',
  ].join('\n');
  const corpus = Corpus.of([buildSource('/no/buckeye-wire-marysville.txt', article)]);
  const line = (who: string) =>
    `${who} said the campus would draw on "the same solar fields we are financing in Hardin County."`;

  it("flags SoftBank's statement given to the developer", () => {
    const r = quoteClaims(line('Pinecrest Infrastructure'), corpus);
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it('supports it given to SoftBank', () => {
    const r = quoteClaims(line('SoftBank'), corpus);
    assert.deepEqual(r.codes, []);
    assert.deepEqual(r.statuses, ['supported']);
  });

  it('neither flags nor confirms an organisation the source does not write', () => {
    const r = quoteClaims(line('Keystone Grid Partners'), corpus);
    assert.deepEqual(r.codes, []);
    assert.deepEqual(r.statuses, ['unknown']);
  });

  it("unseen-quotes3: Oracle's statement given to Harbor Digital (report-en line 39)", () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'unseen-quotes3');
    const file = path.join(dir, 'report-en.md');
    const text = fs.readFileSync(file, 'utf8');
    const at = text.split('\n').findIndex((l) => l.startsWith('Harbor Digital said the campus would use'));
    const corpus = Corpus.load({ folders: [path.join(dir, 'sources')], useBundled: false, workers: 0 });
    const r = checkReport(corpus, text, { self: file });
    const codes = r.findings
      .filter((f) => f.range.start.line === at && f.severity !== 'information')
      .map((f) => f.code);
    assert.deepEqual(codes, ['quote-misattributed']);
  });
});

describe('quote35: a part of a longer quotation with one stretch of its middle changed', () => {
  // A trade magazine's interview: bold questions, the answers unlabelled (the interviewee's words).
  const article = [
    '---',
    'title: "\\"The fjord is our chiller\\": Nordvik Compute\'s Sigrid Aalto on the Molde campus"',
    'publication: Datacentre North',
    'date: 2026-09-14',
    'author: Hanna Berg',
    'section: Interview',
    '---',
    '',
    '# "The fjord is our chiller": Nordvik Compute\'s Sigrid Aalto on the Molde campus',
    '',
    '*Nordvik Compute is building a 200-megawatt AI data centre on the Molde fjord. Its chief executive talked to Hanna Berg about water, wind and the grid.*',
    '',
    '**Where does the cooling come from?**',
    '',
    'From the fjord, mostly. We draw cold water through a titanium plate exchanger and send it back warmer, well inside our permit. No fresh water is used for cooling at all.',
    '',
    '**And the power?**',
    '',
    'Statnett has confirmed 120 megawatts from the Fræna substation, and the rest comes from two wind farms under a 15-year contract.',
  ].join('\n');
  const corpus = Corpus.of([buildSource('/no/datacentre-north-aalto.md', article)]);

  it('flags the exchanger changed to an open intake', () => {
    const r = quoteClaims('Aalto said: "We draw cold water through an open intake and send it back warmer."', corpus);
    assert.deepEqual(r.codes, ['quote-mismatch']);
  });

  it('supports the words as she said them', () => {
    const r = quoteClaims(
      'Aalto said: "We draw cold water through a titanium plate exchanger and send it back warmer."',
      corpus,
    );
    assert.deepEqual(r.codes, []);
  });

  it('does not take words that share only their ends with hers for hers', () => {
    const r = quoteClaims(
      'Aalto said: "We draw on the grid the state built over a century and send it back warmer."',
      corpus,
    );
    assert.deepEqual(r.codes, []);
  });

  it('unseen-prec20: an open channel for a closed heat exchanger (tomakomai-notes-en line 5)', () => {
    const r = on('unseen-prec20', 'tomakomai-notes-en.md', 'We pump seawater through an open channel');
    assert.deepEqual(r.codes, ['quote-mismatch']);
  });
});

describe("quote35: a rival rendering that links only some of the best one's words is no other reading", () => {
  // A county daily on a water agreement (the governor's words, the developer's), and a farm weekly's drought story
  // whose farmer speaks of a drop of water too.
  const county = [
    '# 영암군-한솔데이터, 데이터센터 용수 협약',
    '',
    '영암군과 한솔데이터는 10일 군청에서 데이터센터 용수 공급 협약을 맺었다.',
    '',
    '오세진 영암군수는 "군민이 마시는 물은 한 방울도 데이터센터로 가져가지 않는다"고 말했다.',
    '',
    '박민우 한솔데이터 대표는 "냉각에는 바닷물을 정화해 쓴다"고 밝혔다.',
  ].join('\n');
  const farm = [
    '# 가뭄에 타들어가는 영산강 들녘',
    '',
    '영산강 유역의 저수율이 30% 아래로 떨어졌다.',
    '',
    '시종면에서 벼농사를 짓는 농민 김동수 씨는 "모내기 철에는 물 한 방울이 아쉽다"고 했다.',
    '',
    '마을 이장 최영호 씨는 "주민들이 새벽부터 나와 논두렁을 손봤다"며 "군민 모두가 하늘만 쳐다보고 있다"고 말했다.',
  ].join('\n');
  const corpus = Corpus.of([
    buildSource('/no/jeonnam-daily-yeongam.md', county),
    buildSource('/no/farm-weekly-drought.md', farm),
  ]);

  it("flags the governor's words, rendered in English, given to the developer's chief executive", () => {
    const r = quoteClaims(
      'Park Min-woo said the campus would "not take a single drop of the water the county\'s residents drink."',
      corpus,
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it('flags them given to the farmer, whose own words link only the water and the drop', () => {
    const r = quoteClaims(
      'Kim Dong-su said the campus would "not take a single drop of the water the county\'s residents drink."',
      corpus,
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("reads them given to the governor as the governor's, in translation (no flag, no ✓)", () => {
    const r = quoteClaims(
      'Oh Se-jin said the campus would "not take a single drop of the water the county\'s residents drink."',
      corpus,
    );
    assert.deepEqual(r.codes, []);
    assert.deepEqual(r.statuses, ['unsupported']);
  });

  it("unseen-23: Jeong Yu-bin's words rendered in English and given to Hale (memo line 53)", () => {
    const r = on('unseen-23', 'stargate-kettle-creek-goheung-memo.md', 'Hale said before the signing');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});
