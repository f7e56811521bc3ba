// Quotations and who said them across languages (issue 10, session 21): true lines the blind sets unseen-16 and
// unseen-18 flagged, and the new articles of test/fixtures/unseen-speakers21 written to the same kinds. Each case
// failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { parsePerson } from '../../server/src/extract/people';
import { checkReport } from '../../server/src/judge/check';
import { loadSources, quoteJudged } from './judged';

const corpus = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-speakers21', 'sources'));

describe('speakers21: a Western name in Hangul whose given name is shaped as a Korean one', () => {
  it('"조나단 크레이머 오라클 아시아태평양 인프라 총괄" is 조나단 크레이머, not the Korean name 조나단', () => {
    const p = parsePerson('조나단 크레이머 오라클 아시아태평양 인프라 총괄');
    assert.equal(p?.name, '조나단 크레이머');
    assert.equal(p?.surname, '크레이머');
    assert.equal(p?.org, '오라클 아시아태평양 인프라');
  });
  it('…while a Korean name before its organisation and title stays a Korean name', () => {
    assert.equal(parsePerson('이도윤 크래프톤 대표')?.name, '이도윤');
    assert.equal(parsePerson('김민호 마이크로소프트 아시아 부사장')?.name, '김민호');
    assert.equal(parsePerson('백승우 동해윈드파워 대표')?.name, '백승우');
  });
  it('so the family name and title a report calls him by are his: no quote-misattributed', () => {
    const j = quoteJudged(
      corpus,
      '# 울산\n\n- 크레이머 총괄은 "울산은 정유공장이 쓰던 송전망을 이미 갖춘 도시"라고 말했다.\n',
    );
    assert.deepEqual(
      j.codes.filter((c) => c.startsWith('quote-misattributed')),
      [],
    );
  });
  it("…while another person's words given to him still are", () => {
    const j = quoteJudged(
      corpus,
      '# 울산\n\n- 크레이머 총괄은 "기업이 기다리지 않도록 인허가를 석 달 안에 끝내겠다"고 약속했다.\n',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning']);
  });
});

describe("speakers21: a source quotation that retells another person's words", () => {
  it("a radio host's turn retelling the mayor: the mayor is not refuted as the speaker", () => {
    const j = quoteJudged(
      corpus,
      '# Ulsan\n\n- Mayor Park Min-jae said the campus would "pay for the city\'s new water plant twice over."\n',
    );
    assert.deepEqual(j.codes, []);
    assert.notEqual(j.status, 'supported');
  });
  it("…while the guest's own words given to the mayor are still another person's", () => {
    const j = quoteJudged(
      corpus,
      '# Ulsan\n\n- Mayor Park Min-jae said Oracle could "connect the first 200 megawatts without waiting for a new transmission line."\n',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning']);
  });
});

describe('speakers21: a Japanese name in Hangul written family name first, then by family name and title', () => {
  it('"이와사키 사장" is the 이와사키 유이치 사장 the article named (the English source\'s Yuichi Iwasaki)', () => {
    const j = quoteJudged(
      corpus,
      '# 울산\n\n- 이와사키 사장은 "울산 물량을 위해 시즈오카 공장 라인 두 개를 전용으로 돌리겠다"고 밝혔다.\n',
    );
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
  it("…while the site manager's words given to him are still another person's", () => {
    const j = quoteJudged(
      corpus,
      '# 울산\n\n- 이와사키 사장은 "냉각설비가 제때 들어오면 1단계 200MW는 일정대로 간다"고 자신했다.\n',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning']);
  });
});

describe("speakers21: a report's date line beside its list of sources", () => {
  it('"2026년 9월 3일, 구매전략팀. 참고: …" is about the report, no claim (it was refuted by a source\'s 24일)', () => {
    const text =
      '# 울산 캠퍼스 장비 공급사 점검\n\n2026년 9월 3일, 구매전략팀. 참고: 전자산업신문(2026.8.25), Cooling Digest(2026.8.26).\n\n- 납품 기간은 2027년 4월부터 2028년 12월까지다.\n';
    const r = checkReport(corpus, text);
    assert.deepEqual(
      r.claims.filter((c) => c.range.start.line === 2).map((c) => c.text),
      [],
    );
    assert.ok(r.claims.some((c) => c.range.start.line === 4));
  });
  it('"Analyst note, October 8, 2026. Sources: …" too', () => {
    const r = checkReport(
      corpus,
      '# Ulsan\n\nAnalyst note, October 8, 2026. Sources: Hanbit Tongsin (July 14), Ulsan Maeil (July 21).\n\n- Deliveries run from April 2027 through December 2028.\n',
    );
    assert.deepEqual(
      r.claims.filter((c) => c.range.start.line === 2).map((c) => c.text),
      [],
    );
  });
  it('…but a line of prose before the sources is still read', () => {
    const r = checkReport(
      corpus,
      '# Ulsan\n\nHokusei will supply 140 chillers, 2026. Sources: Cooling Digest (August 26).\n',
    );
    assert.ok(r.claims.some((c) => c.range.start.line === 2 && c.text.startsWith('140')));
  });
});

describe("speakers21: a TV news transcript's caption [이름/직함] over the words", () => {
  it("the deputy mayor's captioned words given to the mayor are another person's", () => {
    const j = quoteJudged(
      corpus,
      '# 울산\n\n- 박민재 시장은 "인허가 창구를 하나로 묶어서 기업이 시청을 두 번 찾지 않게 하겠습니다"라고 약속했다.\n',
    );
    assert.deepEqual(j.codes, ['quote-misattributed/warning']);
  });
  it("…and the mayor's own are his (a ✓)", () => {
    const j = quoteJudged(
      corpus,
      '# 울산\n\n- 박민재 시장은 "울산이 60년 동안 기름을 정제했다면, 앞으로 60년은 데이터를 정제하게 될 겁니다"라고 말했다.\n',
    );
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
  it('a caption the reader leaves out of the sentences still names the speaker', () => {
    const dbn = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-16', 'sources'));
    const src = dbn.sources.find((s) => s.file.endsWith('dbn-news-pohang-mou-ko.txt'))!;
    assert.deepEqual(
      src.quotes.filter((q) => q.speakerId).map((q) => q.speakerId),
      ['person:정해린', 'person:나오미 페어뱅크스'],
    );
  });
});

describe('speakers21: a quotation told to an outlet named in emphasis', () => {
  it('"…," NAME, ROLE, told *The Grid Ledger*: the words are read, so a changed word is a misquote', () => {
    const j = quoteJudged(
      corpus,
      '# Ulsan\n\n- Lee Sang-woo said: "We are not building a grid for this campus, we are renting it one we already have."\n',
    );
    assert.deepEqual(j.codes, ['quote-mismatch/warning']);
  });
  it('…and the words as said are his', () => {
    const j = quoteJudged(
      corpus,
      '# Ulsan\n\n- KEPCO\'s Lee Sang-woo said the utility is "lending it one we already have."\n',
    );
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
});
