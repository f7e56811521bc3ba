// Metadata unseen-32 and unseen-33 read wrong (issue 10, session 27). The pages in test/fixtures/unseen-meta27/ were
// written first, each from another issuer of the layout, then run; the two promoted sets' own metadata.json are
// asserted too, the fields still read wrong (or keyed against an earlier set's convention) pending. Each case fails
// with its rule undone.
import { strict as assert } from 'assert';
import { metaOf, metadataTable } from './metadataTable';
import { findDate, parseMetaLine, serviceHead } from '../../server/src/corpus/articleMeta';

describe('metadata of the layouts unseen-32 and unseen-33 left unread (test/fixtures/unseen-meta27/metadata.json)', () => {
  metadataTable('unseen-meta27');
});

describe('unseen-32 and unseen-33 (promoted in session 27): their metadata.json', () => {
  // Pending, as debatable: the visit note's outlet is keyed "가온투자증권" where unseen-meta8's, unseen-meta9's and
  // unseen-meta21's notes key the head line's "… 리서치센터" as written (read so here too); the agreement's letter-spaced
  // title, `노 사 특 별 합 의 서`, is keyed with a word space ("노사 특별합의서") the line does not show (read closed
  // up, "노사특별합의서"). (The brunch post's outlet, keyed as its platform, "브런치스토리", was pending here until session 28:
  // a platform is the outlet of a post that names no blog of its own, failing all else, as unseen-33, unseen-34 and
  // unseen-35 key it; meta28.test.ts.)
  describe('unseen-32', () =>
    metadataTable(
      'unseen-32',
      {},
      {
        sub: 'sources',
        pending: {
          'sources/gaon-securities-dongnam-heavy-electric-visit-note-ko.md': ['outlet'],
          'sources/dongnam-heavy-electric-labor-special-agreement-2026-09-ko.txt': ['headline'],
        },
      },
    ));
  describe('unseen-33', () => metadataTable('unseen-33', {}, { sub: 'sources' }));
});

const meta = metaOf;
const enBody =
  'The campus will draw 300 MW from the grid in its first phase, and its operator expects the second phase in 2029.\n';

describe('the conventions of session 27', () => {
  it("a disclosure service's first line names the issuer; its name and colon open the headline", () => {
    assert.equal(
      serviceHead('EQS-Ad-hoc: Spreetal Energie AG / Key word(s): Contract/Investment'),
      'Spreetal Energie AG',
    );
    assert.equal(serviceHead('DGAP-News: Muster AG / Schlagwort(e): Expansion'), 'Muster AG');
    assert.equal(serviceHead('Capacity: 300 MW / Phase 1: 2028'), undefined);
    const m = meta(
      `EQS-News: Oderland Power AG / Key word(s): Contract\nOderland Power AG: Oderland Power signs campus supply deal\n\n12-May-2026 / 08:00 CET/CEST\n\n${enBody}`,
    );
    assert.equal(m.outlet, 'Oderland Power AG');
    assert.equal(m.title, 'Oderland Power signs campus supply deal');
    assert.equal(m.date, '2026-05-12');
  });
  it("a date's parts joined by hyphens (`14-Apr-2026`)", () => {
    assert.equal(findDate('14-Apr-2026 / 18:42 CET/CEST')?.iso, '2026-04-14');
    assert.equal(findDate('03-Mar-2026')?.iso, '2026-03-03');
  });
  it("a firm's authors with their posts: the names, no post a name", () => {
    assert.deepEqual(
      parseMetaLine('**Authors:** Nguyen Thi Lan Anh, Partner · Daniel Whitcombe, Counsel · Pham Quoc Bao, Associate')
        ?.authors,
      ['Nguyen Thi Lan Anh', 'Daniel Whitcombe', 'Pham Quoc Bao'],
    );
    assert.deepEqual(parseMetaLine('Authors: Priya Nair, Senior Associate; Tom Hale, Partner')?.authors, [
      'Priya Nair',
      'Tom Hale',
    ]);
  });
  it("a firm's bold banner over a kicker and the heading: the firm, confirmed by its people's addresses", () => {
    const m = meta(
      `**HARBOUR LAW** | Sydney · Perth\n\n*Client Update — Projects*\n\n# New rules for campus grid connections\n\n**2 June 2026**\n\n${enBody}\nContact: ana.ruiz@harbourlaw.com.au\n`,
      'x.md',
    );
    assert.equal(m.title, 'New rules for campus grid connections');
    assert.equal(m.outlet, 'HARBOUR LAW');
  });
  it("a broker's particulars table of labels and values: the analyst row's value, no label below it an analyst", () => {
    const m = meta(
      `# 한빛전기 (012345) — 증설 효과\n\n| 구분 | 내용 |\n|---|---|\n| 애널리스트 | 김도윤 (dy.kim@x.co.kr) |\n| RA | 이가은 |\n| 투자의견 | BUY |\n| 목표주가 | 56,000원 |\n| 장소 | 본사 |\n\n한빛전기는 2027년까지 1,500억 원을 투자한다.\n`,
      'x.md',
    );
    assert.deepEqual(m.authors, ['김도윤']);
    // (a header row over its analysts' rows, as before)
    const h = meta(
      `# 한빛전기 — 증설 효과\n\n| 애널리스트 | 연락처 |\n|---|---|\n| 서지환 (전력기기) | jh.seo@x.co.kr |\n\n한빛전기는 2027년까지 1,500억 원을 투자한다.\n`,
      'x.md',
    );
    assert.deepEqual(h.authors, ['서지환']);
  });
  it("a table's row of a label and a date is no byline; a 'Company Visit' part says what the note is", () => {
    assert.equal(parseMetaLine('| 방문 일시 | 2026년 5월 13일 (수) 10:00 |'), undefined);
    assert.equal(
      parseMetaLine('새봄증권 리서치센터 | Company Visit | 2026년 5월 14일')?.outletRaw,
      '새봄증권 리서치센터',
    );
  });
  it("a tender's grid of fields: 공고기관 its issuer, 공고일자 its date", () => {
    const r = parseMetaLine('공고종류 : 실공고                       공고기관 : 새만금물환경공사');
    assert.equal(r?.outletRaw, '새만금물환경공사');
    assert.equal(
      parseMetaLine('공고번호 : R26BK01184273-000          공고일자 : 2026/10/15 09:00')?.date,
      '2026-10-15',
    );
    assert.equal(
      parseMetaLine('수요기관 : 포항시                       집행관 : 계약부 권나래 (054-240-0000)')?.outletRaw,
      undefined,
    );
  });
  it("a speech's speaker in its head, the post before the name", () => {
    assert.deepEqual(parseMetaLine('연설 : 전북특별자치도지사 백승렬')?.authors, ['백승렬']);
    assert.deepEqual(parseMetaLine('발제 : 한국산업경제연구원 선임연구위원 김서연')?.authors, ['김서연']);
    assert.equal(parseMetaLine('연설 : 새만금 기공식'), undefined);
  });
  it("a record of debates: its first item's title under the day's part, as a reader writes it; the legislature its outlet", () => {
    const text = `HOUSE OF ASSEMBLY OF TASMANIA\nPARLIAMENTARY DEBATES\n\nFIRST SESSION\nThursday, 14 May 2026\n\nQUESTIONS WITHOUT NOTICE\n\nGEORGE TOWN DATA CENTRE\n(Power Supply)\n\nMr SMITH - My question is to the Minister for Energy. Will the campus draw 300 MW from the grid?\n`;
    const m = meta(text);
    assert.equal(m.title, 'George Town Data Centre (Power Supply)');
    assert.equal(m.outlet, 'House of Assembly of Tasmania');
    assert.deepEqual(m.authors, []);
  });
  it("a body's letterhead between rules; a project's title field, its wrapped line joined, the headline", () => {
    const m = meta(
      `==============================\nDEPARTMENT OF ENERGY OF THE REPUBLIC OF IRELAND\nJust Transition Fund Unit\n==============================\n\nPROJECT SUMMARY\n\nProgramme:            Just Transition Fund\nProject title:        Lough Ree campus site remediation and\n                      skills programme\nBeneficiary:          Longford County Council\n\n${enBody}`,
    );
    assert.equal(m.outlet, 'Department of Energy of the Republic of Ireland');
    assert.equal(m.title, 'Lough Ree campus site remediation and skills programme');
    // (a title field alone, no form around it, is a sentence's)
    assert.notEqual(meta(`Notes\n\nProject title: a working name\n\n${enBody}`).title, 'a working name');
  });
  it("a talk's slides: the presenter under the title the author, the company the outlet, the event's line the date", () => {
    const deck = (presenter: string) =>
      meta(
        `# Grids for gigawatt loads\n\n**Energy Days 2026 · Dresden · 3 March 2026**\n\n${presenter}\n\n## Slide 1 – Title\n\nGrids for gigawatt loads\n\n## Slide 2 – Queue\n\n- Requests: **12 GW**\n`,
        'x.md',
      );
    const m = deck('Prof. Jan Hollmann, Chief Executive Officer, Saalenetz GmbH');
    assert.equal(m.outlet, 'Saalenetz GmbH');
    assert.deepEqual(m.authors, ['Jan Hollmann']);
    assert.equal(m.date, '2026-03-03');
    // (two names and a post: no organisation, no presenter read)
    assert.deepEqual(deck('Jan Hollmann, Moderator, Anna Weiss').authors, []);
  });
  it("an agreement's title drawn in a box, its parties signing side by side: the company first its outlet", () => {
    const m = meta(
      `┌──────────────────────┐\n│   신규 공장 가동에 관한   │\n│   노 사 합 의 서   │\n└──────────────────────┘\n\n회사와 조합은 다음과 같이 합의한다.\n\n제1조(채용) 회사는 2027년까지 100명을 채용한다.\n\n        2026년 3월 2일\n\n   새빛전기 주식회사          새빛전기 노동조합\n   대표이사   김 현 수  (인)     위 원 장   박 지 훈  (인)\n`,
    );
    assert.equal(m.title, '신규 공장 가동에 관한 노사합의서');
    assert.equal(m.outlet, '새빛전기 주식회사');
    assert.equal(m.date, '2026-03-02');
  });
  it("a forum's proceedings: the first organiser the outlet, the paper's title and presenter under its mark", () => {
    const cover = `2026 전력망 세미나\n자 료 집\n\n일시: 2026년 4월 2일(목) 14:00\n장소: 서울 프레스센터\n주최: 한빛에너지연구원, 국회 기후위원회\n\n`;
    const m = meta(
      `${cover}[발제 1]\n\n데이터센터 전력 수요 전망\n\n이하늘 (한빛에너지연구원 연구위원)\n\n○ 수도권 데이터센터 수요는 2030년 6GW에 이를 전망임.\n`,
    );
    assert.equal(m.outlet, '한빛에너지연구원');
    assert.equal(m.title, '데이터센터 전력 수요 전망');
    assert.deepEqual(m.authors, ['이하늘']);
    // (an article's event box, 주최 with no 일시, names no outlet)
    assert.notEqual(
      meta(`세미나 열린다\n\n주최: 한빛에너지연구원\n\n세미나는 4월 2일 열린다.\n`).outlet,
      '한빛에너지연구원',
    );
  });
  it("a report's cover in capitals: the project's name and the document's title, the company its outlet", () => {
    const m = meta(
      `NORTHFIELD DIGITAL LTD\n\nNORTHFIELD AI CAMPUS, LOT 7, HARBOUR ROAD, DARWIN\n\nENVIRONMENTAL IMPACT STATEMENT (EIS)\nSUMMARY REPORT\n\nDocument No.:  NDL-EIS-01\nRevision:      0\nDate:          4 May 2026\n\nNorthfield Digital Ltd proposes a campus of 150 MW in two phases.\n`,
    );
    assert.equal(m.title, 'Northfield AI Campus Environmental Impact Statement (EIS) Summary Report');
    assert.equal(m.outlet, 'Northfield Digital Ltd');
  });
});
