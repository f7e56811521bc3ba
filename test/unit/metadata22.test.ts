// Metadata of the layouts unseen-17 to unseen-23 left unread (issue 10, session 22). The pages in
// test/fixtures/unseen-meta22/ were written first, each from another outlet of the layout, then run.
import { strict as assert } from 'assert';
import { metadataTable } from './metadataTable';
import { parseArticle } from '../../server/src/corpus/article';
import { cleanTitle } from '../../server/src/corpus/furniture';
import { parseMetaLine, seriesHead } from '../../server/src/corpus/articleMeta';
import { findOutlet } from '../../server/src/corpus/outlets';
import { koLetterhead } from '../../server/src/corpus/page';

describe('metadata of the layouts unseen-17..23 left unread (test/fixtures/unseen-meta22/metadata.json)', () => {
  // Fields still read wrong, with what the text says.
  metadataTable('unseen-meta22', {}, { pending: {} });
});

describe('the line-level conventions of session 22', () => {
  it("a section's rubric is no part of a headline, nor is a story's own mark (session 24: whatever the label)", () => {
    assert.equal(cleanTitle('[사설] 전력망 없이 AI 없다'), '전력망 없이 AI 없다');
    assert.equal(cleanTitle('[기획] 새만금, AI 항구가 될까 ①'), '새만금, AI 항구가 될까 ①');
    assert.equal(cleanTitle('[공시 읽기] 대성전기, 1조 수주'), '대성전기, 1조 수주');
    assert.equal(cleanTitle('[스크랩] 호시노전선 수주'), '호시노전선 수주');
    assert.equal(cleanTitle('[단독] 오픈AI, 전남 검토'), '오픈AI, 전남 검토');
    assert.equal(cleanTitle('[인터뷰] 정윤호 대표'), '정윤호 대표');
  });
  it('a print page and an issue number beside a date are no outlet; an update alone dates the page', () => {
    const p = parseMetaLine('입력 2026-08-06 00:05 | 지면 A30');
    assert.equal(p?.date, '2026-08-06');
    assert.equal(p?.outletRaw, undefined);
    const i = parseMetaLine('**제2026-9호 | 2026년 5월 4일**');
    assert.equal(i?.date, '2026-05-04');
    assert.equal(i?.outletRaw, undefined);
    const u = parseMetaLine('Lanka Business Wire | Updated: Mar 3, 2026 08:15 IST');
    assert.equal(u?.outletRaw, 'Lanka Business Wire');
    assert.equal(u?.date, '2026-03-03');
  });
  it('writers with their posts: the names, no post', () => {
    assert.deepEqual(parseMetaLine('*Marta Kowalczyk, Senior Fellow, and Devon Price, Research Analyst*')?.authors, [
      'Marta Kowalczyk',
      'Devon Price',
    ]);
    assert.deepEqual(parseMetaLine('김도윤 선임연구위원 · 한예슬 연구원')?.authors, ['김도윤', '한예슬']);
    assert.deepEqual(parseMetaLine('글 서하린 기자 · 사진 김무진 기자')?.authors, ['서하린']);
    // a name without a post, or a reporter's post alone, is read as before
    assert.deepEqual(parseMetaLine('By Ana Ruiz, Staff Writer')?.authors, ['Ana Ruiz']);
  });
  it("a research body's series line names the body; a site's section line does not", () => {
    assert.equal(seriesHead('Great Lakes Energy Forum — Issue Brief No. 14'), 'Great Lakes Energy Forum');
    assert.equal(seriesHead('# 한국전력경제연구원 정책 브리프'), '한국전력경제연구원');
    assert.equal(seriesHead('Rack & Grid — Projects'), undefined);
    assert.equal(seriesHead('Stargate — Background'), undefined);
  });
  it("an outlet's short Hangul name inside another paper's name is not that outlet", () => {
    assert.equal(findOutlet('<저작권자 ⓒ 동한경제신문, 무단전재 및 재배포 금지>'), undefined);
    assert.equal(findOutlet('ⓒ 한경닷컴, 무단전재 및 재배포 금지')?.id, 'hankyung');
    assert.equal(findOutlet('한경은 4일 보도했다')?.id, 'hankyung');
  });
  it("a Korean release's letterhead: the issuer apart from the kind or from its 배포일시", () => {
    assert.deepEqual(koLetterhead('새만금개발청                    보 도 자 료'), { issuer: '새만금개발청' });
    assert.equal(koLetterhead('한국수자원공사            배포일시: 2026. 8. 4.(화) 16:00')?.issuer, '한국수자원공사');
    assert.equal(koLetterhead('새만금개발청 보도자료'), undefined);
  });
  it("a name before a title's bar is a channel's only where the text credits it as one", () => {
    const v = parseArticle(
      '테크인사이드 TV | 새만금은 왜 바다 위 태양광으로 AI를 돌리나 — 1GW 데이터센터 총정리\n게시일: 2026. 5. 12.\n\n[00:00:02] 이서준: 안녕하세요, 테크인사이드 TV 이서준입니다.\n[00:00:11] 김도윤: 1단계 300메가와트가 2028년 하반기에 가동합니다.\n',
      'x.txt',
    ).meta;
    assert.equal(v.outlet, '테크인사이드 TV');
    assert.equal(v.title, '새만금은 왜 바다 위 태양광으로 AI를 돌리나 — 1GW 데이터센터 총정리');
    // the story's subject before the bar, named again only in the story, is no outlet
    const s = parseArticle(
      'Stargate | OpenAI bets $500 billion on data centers\n\nStargate is a venture formed in 2025 to build data centers. Stargate will spend $100 billion at first.\n',
      'x.txt',
    ).meta;
    assert.equal(s.outlet, undefined);
  });
  it("a company's letterhead in capitals over a release's mark is the release's issuer, its headline the release's", () => {
    const m = parseArticle(
      'CASCADE RIDGE POWER COMPANY\nFOR IMMEDIATE RELEASE\n\nCascade Ridge signs 400 MW deal with Stargate\n\nBEND, Ore., May 4, 2026 — Cascade Ridge Power Company said on Monday it will supply 400 megawatts to a Stargate campus.\n',
      'x.txt',
    ).meta;
    assert.equal(m.title, 'Cascade Ridge signs 400 MW deal with Stargate');
  });
});
