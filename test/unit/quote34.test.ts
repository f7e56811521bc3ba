// Issue 10 (quote34): quotation lines unseen-46 and unseen-47 (promoted to tuning in session 34) got wrong. Each rule
// is tested on a small source written as its sender would write it, then on the set's line.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { readPage } from '../../server/src/corpus/readers/html';
import type { ReaderText } from '../../server/src/corpus/readers/reader';
import { checkReport } from '../../server/src/judge/check';
import { fromPage, on, said } from './quoted';

const quoteClaims = (text: string, corpus: Corpus) => {
  const r = checkReport(corpus, text, {});
  return {
    codes: r.findings.filter((f) => f.code.startsWith('quote') && f.severity !== 'information').map((f) => f.code),
    statuses: r.claims.filter((c) => c.type === 'quote').map((c) => c.status),
  };
};

describe("quote34: a post's author, named only above the post, is a person the source writes", () => {
  // A county governor's Facebook post, saved as a page: the page names him above the post (its header, its title),
  // the post quotes the company's chief executive by name.
  const page = [
    '<!DOCTYPE html>',
    '<html lang="ko" id="facebook"><head><meta charset="utf-8">',
    '<title>오태민 완주군수 - 봉동 수소산업단지의 한결케이블을 다녀왔습니다. ... | Facebook</title>',
    '<meta property="og:site_name" content="Facebook">',
    '<meta property="og:type" content="article">',
    '<meta property="og:title" content="오태민 완주군수">',
    '<meta property="article:published_time" content="2026-10-02T09:10:00+09:00">',
    '<meta property="article:author" content="https://www.facebook.com/wanju.oh">',
    '</head><body><div role="main"><div class="x1yztbdb" role="article" aria-posinset="1">',
    '<div class="post-header"><img class="avatar" src="./facebook_files/oh_profile.jpg" alt="">',
    '<div><h2><a href="https://www.facebook.com/wanju.oh"><strong>오태민 완주군수</strong></a>',
    '<span class="verified" title="인증됨">✔</span></h2>',
    '<span class="timestamp"><a href="#"><abbr title="2026년 10월 2일 금요일 오전 9:10">10월 2일 오전 9:10</abbr></a> · 🌏</span>',
    '</div><div aria-label="이 게시물에 대한 작업" class="more">⋯</div></div>',
    '<div class="post-body" dir="auto">',
    '<p>봉동 수소산업단지의 한결케이블을 다녀왔습니다. 스타게이트 데이터센터에 들어갈 전력케이블을 만드는 곳입니다.</p>',
    '<p>한결케이블은 올해 수출 물량이 작년의 두 배라고 합니다. 내년에는 생산 라인 두 개를 더 놓는다고 하네요.</p>',
    '<p>도민호 대표님은 "케이블은 한 번 깔면 30년을 갑니다. 그래서 처음부터 제대로 만들어야 합니다"라고 하셨습니다.</p>',
    '<p>#완주 #한결케이블 #수소산업단지</p>',
    '</div></div></div></body></html>',
  ].join('\n');
  const post = fromPage('/no/facebook-wanju-governor.html', page);
  const corpus = Corpus.of([post]);
  it('reads the post without its header (the page names the governor only above the post)', () => {
    assert.ok(!post.text.includes('오태민'));
  });
  const words = '"케이블은 한 번 깔면 30년을 갑니다. 그래서 처음부터 제대로 만들어야 합니다"';

  it("flags the chief executive's words given to the governor whose post quotes him", () => {
    const r = quoteClaims(`- 오태민 완주군수는 ${words}라고 말했다.`, corpus);
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it('supports them given to the chief executive', () => {
    const r = quoteClaims(`- 도민호 한결케이블 대표는 ${words}라고 말했다.`, corpus);
    assert.deepEqual(r.codes, []);
    assert.deepEqual(r.statuses, ['supported']);
  });

  it('does not know a person the post never names (a spokesperson may repeat the words)', () => {
    const r = quoteClaims(`- 한결케이블 홍보팀 윤가람 과장은 ${words}라고 말했다.`, corpus);
    assert.deepEqual(r.codes, []);
  });

  it("flags unseen-46's line giving 나승필's words to the mayor whose Facebook post quotes them", () => {
    const r = on(
      'unseen-46',
      'jeonju-nuri-bangsong-bukdaeseoyang-stargate-jeonbuk-giup-chwijae-gihoekan-ko.md',
      '강희준 군산시장은 "해저케이블은',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote34: what a text by one author gives to "I" (저는, 제가) is the author\'s', () => {
  // A farmer's column: the site director is quoted by name, then the columnist quotes himself.
  const column = [
    "Opinion: Baní's wells need a meter, not a promise",
    '',
    'By Tomás Peralta Vicioso',
    '',
    'September 4, 2026',
    '',
    'Peravia\'s water board met on Wednesday to hear how the Stargate Baní campus will draw its 2,600 cubic metres a day. The company\'s site director, Ana Lucía Brea, told the board that the wells would be metered from the first day. "Every cubic metre we pump will be on a public dashboard," she said.',
    '',
    'That is welcome. But I have farmed above this aquifer for thirty years, and I told the board: "A dashboard does not refill an aquifer."',
    '',
    'The permit can be cut if the levels drop. The board should say now who reads the meters, and how often.',
    '',
    "Tomás Peralta Vicioso chairs the Peravia irrigation users' association.",
  ].join('\n');
  // A member's post on a community board, its author in the board's 작성자 line.
  const post = [
    '[자유게시판] 해저케이블 제2공장, 바다에 먼저 물어야 한다',
    '',
    '작성자: 윤가람',
    '',
    '2026년 10월 8일',
    '',
    '지난달 비응마린케이블이 1300억 원을 들여 해저케이블 전용 제2공장을 짓겠다고 발표했다. 일자리 150개는 반가운 소식이다. 오영택 비응마린케이블 전무는 "환경영향평가를 성실히 받겠다"고 말했다.',
    '',
    '하지만 공장 부지는 철새가 쉬어 가는 갯벌 바로 옆이다. 저는 지난주 시 공청회에서 "공장보다 갯벌이 먼저 조사돼야 한다"고 말했다. 시는 아직 답하지 않았다.',
  ].join('\n');

  it('gives the columnist\'s "I told the board" to the byline, not to the director quoted before', () => {
    assert.deepEqual(said('/no/column.txt', column), [
      'person:Ana Lucía Brea | Every cubic metre we pump will be on a public dashboard',
      'person:Tomás Peralta Vicioso | A dashboard does not refill an aquifer.',
    ]);
  });

  it("gives a post's 저는 … 말했다 to the post's author", () => {
    assert.deepEqual(said('/no/board-post.txt', post), [
      'person:오영택 | 환경영향평가를 성실히 받겠다',
      'person:윤가람 | 공장보다 갯벌이 먼저 조사돼야 한다',
    ]);
  });

  it('leaves "I" no one\'s in a text of no known author (no name it named before)', () => {
    const unsigned = column.replace('By Tomás Peralta Vicioso', '').replace(/\nTomás Peralta Vicioso chairs.*$/, '');
    assert.deepEqual(
      buildSource('/no/unsigned.txt', unsigned).quotes.map((q) => q.speakerId),
      ['person:Ana Lucía Brea', undefined],
    );
  });

  const corpus = Corpus.of([buildSource('/no/column.txt', column), buildSource('/no/board-post.txt', post)]);

  it("supports the columnist's words given to him, and flags them given to the director", () => {
    const mine = quoteClaims(
      '- Tomás Peralta Vicioso told the board: "A dashboard does not refill an aquifer."',
      corpus,
    );
    assert.deepEqual(mine.codes, []);
    assert.deepEqual(mine.statuses, ['supported']);
    const moved = quoteClaims(
      '- Site director Ana Lucía Brea told the board: "A dashboard does not refill an aquifer."',
      corpus,
    );
    assert.deepEqual(moved.codes, ['quote-misattributed']);
  });

  it("flags the post's author's words given to the company's director", () => {
    const r = quoteClaims('- 오영택 비응마린케이블 전무는 "공장보다 갯벌이 먼저 조사돼야 한다"고 말했다.', corpus);
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("gives unseen-46's mayor's 저는 … 말씀드렸습니다 to him once his post's author line is read", () => {
    const file = path.join(
      __dirname,
      '..',
      'fixtures',
      'unseen-46',
      'sources',
      'facebook-gunsan-mayor-kang-heejun-bieung-visit-2026-09-24-ko.html',
    );
    const r = readPage(fs.readFileSync(file, 'utf8')) as ReaderText;
    const src = buildSource(file, r.text, { authors: ['강희준'] }, r.toOriginal, r.meta);
    assert.deepEqual(
      src.quotes.map((q) => q.speakerId),
      ['person:나승필', 'person:강희준'],
    );
  });
});

describe("quote34: a report's list of authors, a name and what they are on each line, is no one's words", () => {
  // A policy institute's brief, converted from its PDF: the authors under the date and again at the end.
  const brief = [
    '**BRIEF** · Prairie Policy Institute · Independent research since 1991',
    '',
    '# Data Centers and the Saskatchewan Grid',
    '',
    '**March 3, 2027**',
    '',
    'Helen Marsh, Analyst in Energy Policy',
    'Daniel Okoye, Specialist in Agricultural Water Use',
    '',
    '---',
    '',
    "Two data center campuses proposed near Regina would together draw about 600 megawatts, roughly a fifth of the province's peak demand. SaskPower has said the first 200 MW can be served from existing lines by 2029.",
    '',
    '## Issues',
    '',
    '- **Transmission.** A new 230 kV line would be needed for the second phase.',
    '- **Water.** Both campuses plan closed-loop cooling.',
    '',
    '**About the Authors**',
    '',
    'Helen Marsh, Analyst in Energy Policy',
    'Daniel Okoye, Specialist in Agricultural Water Use',
    '',
    '**Disclaimer**',
    '',
    "This brief reflects the views of its authors and not necessarily those of the Institute's board. It may be copied in full without permission.",
  ].join('\n');

  it('reads no quotation from the author lines nor from the paragraphs after them', () => {
    assert.deepEqual(said('/no/brief.md', brief), []);
  });

  it("reads none from unseen-47's research service Insight either", () => {
    const file = path.join(
      __dirname,
      '..',
      'fixtures',
      'unseen-47',
      'sources',
      'fprs-insight-in12741-stargate-caribbean-island-grids.md',
    );
    assert.deepEqual(said(file, fs.readFileSync(file, 'utf8')), []);
  });
});
