// Issue 10 (quote34): quotation lines unseen-46 and unseen-47 (promoted to tuning in session 34) got wrong. Each rule
// is tested on a small source written as its sender would write it, then on the set's line.
import { strict as assert } from 'assert';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { fromPage, on } from './quoted';

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
