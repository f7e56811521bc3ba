// Metadata of the layouts unseen-26 and unseen-27 left unread (issue 10, session 24). The pages in
// test/fixtures/unseen-meta24/ were written first, each from another issuer of the layout, then run.
import { strict as assert } from 'assert';
import { metaOf, metadataTable } from './metadataTable';
import { headFieldsDate, parseMetaLine } from '../../server/src/corpus/articleMeta';
import { cleanTitle } from '../../server/src/corpus/furniture';

describe('metadata of the layouts unseen-26 and unseen-27 left unread (test/fixtures/unseen-meta24/metadata.json)', () => {
  metadataTable('unseen-meta24');
});

const meta = metaOf;
const body = '스타게이트 울산 캠퍼스의 1단계 수전 용량은 300MW로, 2027년 하반기 가동을 목표로 하고 있다.\n';

describe('the conventions of session 24', () => {
  it('a label in brackets before a Korean headline is no part of it, whatever word; a title’s own brackets are', () => {
    assert.equal(cleanTitle('[르포] 논 한가운데 철탑 46기?'), '논 한가운데 철탑 46기?');
    assert.equal(cleanTitle('[그리드레터 #21] 변전소 하나에 6년?'), '변전소 하나에 6년?');
    assert.equal(cleanTitle('【단독】 울산 변전소 2032년 준공'), '울산 변전소 2032년 준공');
    assert.equal(cleanTitle('「AI 기본법」 시행령 입법예고'), '「AI 기본법」 시행령 입법예고');
    // (an English headline's label is not asked of here)
    assert.equal(cleanTitle('[Video] Ulsan substation delayed'), '[Video] Ulsan substation delayed');
    // a script's or a form's label for the title
    assert.equal(cleanTitle('제목: 데이터센터는 다 지었는데'), '데이터센터는 다 지었는데');
  });
  it("a head line of fields one of which is the date; a form row's labelled date is that row's", () => {
    assert.deepEqual(headFieldsDate('한울전선                          2026.11.03'), {
      date: '2026-11-03',
      fields: ['한울전선'],
    });
    assert.equal(
      headFieldsDate('GBS 8뉴스  |  2026년 11월 18일(수)  |  사회  |  뉴스센터 송출원고')?.date,
      '2026-11-18',
    );
    assert.equal(headFieldsDate("MEMBERS' BULLETIN No. 14/2026          12 November 2026")?.date, '2026-11-12');
    assert.equal(headFieldsDate('                   시작일                    2026-06-01'), undefined);
    assert.equal(headFieldsDate('5. 이사회결의일(결정일)                      2026-05-21'), undefined);
    assert.equal(headFieldsDate('3. 재공시 기한                                       2026-12-02'), undefined);
    assert.equal(headFieldsDate('Capacity: 1.2 GW      March 2027'), undefined);
    // as a document's head: the date, and the name beside it on the first line is the issuer; the form's title follows
    const m = meta(
      `한울전선                          2026.11.03\n\n조회공시요구(풍문또는보도)에 대한 답변(미확정)\n\n1. 답변내용\n   ${body}`,
    );
    assert.equal(m.date, '2026-11-03');
    assert.equal(m.outlet, '한울전선');
    assert.equal(m.title, '조회공시요구(풍문또는보도)에 대한 답변(미확정)');
  });
  it("a terminal's timestamp to the millisecond dates its item", () => {
    assert.equal(parseMetaLine('2026-11-18 09:41:55.204 GMT')?.date, '2026-11-18');
  });
  it("a news database's export: the headline before its deck's ';', the byline, the paper under the date", () => {
    const m = meta(
      'Business\nGrid waits for Ulsan; Utility says 2032\n\nTom Reyes in Seoul\n412 words\n19 November 2026\nThe Harbour Courier\nHBRCOU\nEnglish\n(c) 2026 Harbour Courier Publishing Pty Ltd. All rights reserved.\n\nThe first buildings of the campus are more than 60 per cent complete, but their power will arrive years later.\n',
    );
    assert.equal(m.title, 'Grid waits for Ulsan');
    assert.deepEqual(m.authors, ['Tom Reyes']);
    assert.equal(m.outlet, 'The Harbour Courier');
    assert.equal(m.date, '2026-11-19');
  });
  it("a newsletter's bare issue number and its 에디터 on its date line", () => {
    assert.deepEqual(parseMetaLine('#21 · 2026.12.01 · 에디터 정민서')?.authors, ['정민서']);
    assert.equal(parseMetaLine('#21 · 2026.12.01 · 에디터 정민서')?.date, '2026-12-01');
  });
  it("a broadcast's sign-off names its broadcaster when nothing else does", () => {
    const m = meta(`[앵커]\n울산 데이터센터 소식입니다.\n\n[기자]\n${body}\nGBS 뉴스 문지호입니다.\n`);
    assert.equal(m.outlet, 'GBS');
    assert.deepEqual(m.authors, ['문지호']);
  });
});
