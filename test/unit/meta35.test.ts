// How sources are read, metadata, in the layouts unseen-48 and unseen-49 read wrong (issue 10, session 35). The two
// promoted sets' own metadata.json are asserted, the fields still read wrong pending; each rule is shown also on a small
// document of the same kind written for it, from another sender. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { metaOf, metadataTable } from './metadataTable';
import { readSource } from '../../server/src/corpus/corpus';
import { parseArticle } from '../../server/src/corpus/article';
import type { Source } from '../../server/src/types';

const meta = metaOf;
/** A text document's sentences as read, their runs of white space one space. */
const sentencesOf = (doc: string, file = 'x.txt') => {
  const a = parseArticle(doc, file);
  return a.sentences.map((x) => doc.slice(x.start, x.end).replace(/\s+/g, ' '));
};

/** A saved page read as a source, from a folder of its own. */
function pageSource(html: string): Source {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meta35-')), 'page.html');
  fs.writeFileSync(file, html);
  const s = readSource(file, 50e6);
  assert.ok(typeof s !== 'string', String(s));
  return s;
}

describe('unseen-48 and unseen-49 (promoted in session 35): their metadata.json', () => {
  describe('unseen-48', () =>
    metadataTable(
      'unseen-48',
      {},
      {
        sub: 'sources',
        pending: {
          // (the outlet: the key names the ministry with its republic, `Ministry of Energy, Republic of Zambia`; the
          // engine names the ministry the letterhead puts under its state, as for every other government)
          'sources/zambia-moe-minister-speech-stargate-kitwe-2026-06-18.txt': ['outlet'],
        },
      },
    ));
  describe('unseen-49', () =>
    metadataTable(
      'unseen-49',
      {},
      {
        sub: 'sources',
        pending: {
          // (the outlet: the key names the ministry in English, a name its letterhead gives in Romanian only)
          'sources/mitd-comunicat-stargate-dobrogea-constanta-2026-03-19.txt': ['outlet'],
        },
      },
    ));
});

describe("a listed issuer's current report under Law 24/2017 (Bucharest Stock Exchange)", () => {
  const doc =
    'CURRENT REPORT\n' +
    'according to Law no. 24/2017 on issuers of financial instruments and market operations and ASF Regulation no. 5/2018\n\n' +
    'Date of report:                      14.09.2026\n' +
    'Name of the issuing entity:          TRANSILVANIA GRID SERVICES S.A.\n' +
    'Registered office:                   Str. Avram Iancu nr. 12, Cluj-Napoca, România\n' +
    'Symbol:                              TGS\n\n' +
    'Important events to be reported:\n' +
    '  a) Award of the contract for the 110 kV connection of the Apahida data centre\n' +
    '  b) Revised investment programme for 2027\n\n' +
    'Transilvania Grid Services S.A. informs shareholders that on 13.09.2026 it was awarded the contract for the 110 kV ' +
    'connection of the Apahida data centre, worth RON 84 million.\n';
  it("is the issuer's (as its text writes it), dated by its date field, its first event its headline", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Transilvania Grid Services S.A.');
    assert.equal(m.date, '2026-09-14');
    assert.equal(m.title, 'Award of the contract for the 110 kV connection of the Apahida data centre');
  });
  it('its head down to the events is no text; the report is', () => {
    const s = sentencesOf(doc);
    assert.ok(!s.some((x) => x.includes('Registered office')));
    assert.ok(s.some((x) => x.includes('RON 84 million')));
  });
});

describe('a notice as the Official Journal of the European Union prints it', () => {
  const doc =
    'Official Journal                                                                 EN\n' +
    'of the European Union                                                      C series\n' +
    '------------------------------------------------------------------------------------\n' +
    'C/2026/5120                                                                 3.11.2026\n\n' +
    'Prior notification of a concentration\n\n' +
    '(Case M.11842 — NORDHALL / DATAVIK)\n\n' +
    'Candidate case for simplified procedure\n\n' +
    '(Text with EEA relevance)\n\n' +
    '(C/2026/5120)\n\n' +
    '1. On 27 October 2026, the Commission received notification of a proposed concentration. The target operates a ' +
    '90 MW data centre campus in Luleå.\n';
  it("is the Journal's, dated by the issue, its title's paragraphs joined by a dash", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Official Journal of the European Union');
    assert.equal(m.date, '2026-11-03');
    assert.equal(
      m.title,
      'Prior notification of a concentration — (Case M.11842 — NORDHALL / DATAVIK) — Candidate case for simplified procedure',
    );
  });
  it('with one paragraph of title, that paragraph; the head is no text', () => {
    const one =
      'Official Journal                                                                 EN\n' +
      'of the European Union                                                      C series\n\n' +
      'C/2026/6001                                                                 9.12.2026\n\n' +
      'Information communicated by Member States regarding State aid granted under\n' +
      'the General Block Exemption Regulation\n\n' +
      '(C/2026/6001)\n\n' +
      'The aid supports a 12 km heat pipeline from a data centre to the district heating network of Aarhus.\n';
    assert.equal(
      meta(one).title,
      'Information communicated by Member States regarding State aid granted under the General Block Exemption Regulation',
    );
    assert.ok(!sentencesOf(one).some((x) => x.includes('Official Journal')));
  });
});

describe("a trading terminal's news window, its fields apart by box-drawing bars", () => {
  const doc =
    '[0150] 뉴스 │ 구분: 유가증권 > 특징주 │ 제공: 한빛인포맥스\n' +
    '2026/11/02 13:40:05 │ 한빛인포맥스 │ 김도윤 기자\n\n' +
    '[특징주] 서진중공업, 데이터센터 변압기 수주에 11%↑\n\n' +
    '서진중공업이 데이터센터용 변압기 공급 계약 소식에 강세다. 계약 금액은 410억 원이다.\n';
  it("reads the date, the outlet and the writer from the bars' line", () => {
    const m = meta(doc);
    assert.equal(m.date, '2026-11-02');
    assert.equal(m.outlet, '한빛인포맥스');
    assert.deepEqual(m.authors, ['김도윤']);
  });
  it("a box-drawn table's row is no byline", () => {
    const table = '│ 계약일     │ 발주처     │\n│ 2026/11/02 │ 서진중공업 │';
    const doc2 = '변압기 수주 현황\n\n' + table + '\n\n서진중공업이 변압기를 공급한다. 계약 금액은 410억 원이다.\n';
    assert.equal(meta(doc2).date, undefined);
  });
});

describe("a Korean council's record whose cover sets the sitting's business over the committee's title", () => {
  const doc =
    '═══════════════════════════════════════════════════\n' +
    '              제301회 서산시의회(제1차 정례회)\n\n' +
    '                2027년도 행정사무감사\n\n' +
    '             산 업 건 설 위 원 회 회 의 록\n\n' +
    '                      제 2 호\n\n' +
    '                   서산시의회사무국\n' +
    '═══════════════════════════════════════════════════\n\n' +
    '일  시: 2027년 6월 10일(목) 10시\n' +
    '장  소: 산업건설위원회 회의실\n\n' +
    '○위원장 김하늘  성원이 되었으므로 감사를 시작하겠습니다. 대산 데이터센터 부지는 12만 제곱미터입니다.\n\n' +
    '등록일 2027-06-21 │ 담당 의사팀 │ 조회 88\n';
  it('the title is the whole cover, the session, the business, the committee and the number', () => {
    assert.equal(meta(doc).title, '제301회 서산시의회(제1차 정례회) 2027년도 행정사무감사 산업건설위원회 회의록 제2호');
    assert.equal(meta(doc).outlet, '서산시의회');
  });
  it('is dated by its sitting, not by when the board posted it', () => {
    assert.equal(meta(doc).date, '2027-06-10');
  });
});

describe("a JSE-listed company's SENS announcement, its name over its statutory particulars", () => {
  const doc =
    'KGL 202609150044A\n' +
    'Acquisition of a 40% interest in the Gqeberha data centre project\n\n' +
    'KHANYA GRID LOGISTICS LIMITED\n' +
    '(Incorporated in the Republic of South Africa)\n' +
    '(Registration number 2014/118822/06)\n' +
    'JSE share code: KGL\n' +
    'ISIN: ZAE000298811\n' +
    '("Khanya" or "the Company")\n\n\n' +
    'ACQUISITION OF A 40% INTEREST IN THE GQEBERHA DATA CENTRE PROJECT\n\n' +
    'Shareholders are advised that Khanya has agreed to acquire a 40% interest in the project for R1.4 billion.\n';
  it("is the company's, named as its text writes it", () => {
    assert.equal(meta(doc).outlet, 'Khanya Grid Logistics Limited');
  });
  it('its particulars are no text', () => {
    assert.ok(!sentencesOf(doc).some((x) => x.includes('Registration number') || x.includes('ISIN')));
  });
});

describe('a KakaoTalk chat saved as text', () => {
  const doc =
    '서해전선 주주 모임 (오픈채팅) 님과 카카오톡 대화\n' +
    '저장한 날짜 : 2026-08-03 22:41:10\n\n\n' +
    '--------------- 2026년 8월 2일 일요일 ---------------\n' +
    '[방장 바다] [오후 2:11] 공시 나왔습니다. 계약금액 310억 원이에요.\n' +
    '[갈매기] [오후 2:15] 매출액 대비 9.8%네요\n';
  it("is the room's: its title the headline, its name (without the room's kind) the outlet, the day saved the date", () => {
    const m = meta(doc);
    assert.equal(m.title, '서해전선 주주 모임 (오픈채팅)');
    assert.equal(m.outlet, '서해전선 주주 모임');
    assert.equal(m.date, '2026-08-03');
    assert.deepEqual(m.authors, []);
  });
});

describe('a WhatsApp channel exported as text', () => {
  const lines = [
    '[03/11/2026, 07:30:00] Lusaka Market Brief: ‎Messages and calls are end-to-end encrypted.',
    '[03/11/2026, 07:45:12] Lusaka Market Brief: *LuSE OPEN* All Share Index flat.',
    '[16/11/2026, 18:02:40] Lusaka Market Brief: The Kafue campus now has 640 workers on site.',
    '[21/11/2026, 09:10:05] Lusaka Market Brief: ‎<Media omitted>',
  ];
  it("is the channel's, the one sender; dated by its last message, read day-first as its days show", () => {
    const m = meta(lines.join('\n') + '\n');
    assert.equal(m.outlet, 'Lusaka Market Brief');
    assert.equal(m.date, '2026-11-21');
    assert.equal(m.title, undefined);
    assert.deepEqual(m.authors, []);
  });
  it('month-first when its days show that (a US phone), unknown when none does', () => {
    const us = [
      '[11/3/26, 7:30:00 AM] Lusaka Market Brief: All Share Index flat.',
      '[11/16/26, 6:02:40 PM] Lusaka Market Brief: The Kafue campus now has 640 workers on site.',
      '[11/21/26, 9:10:05 AM] Lusaka Market Brief: Copper closed at US$10,900.',
    ];
    assert.equal(meta(us.join('\n') + '\n').date, '2026-11-21');
    const unclear = [
      '[03/11/2026, 07:30:00] Lusaka Market Brief: All Share Index flat.',
      '[05/11/2026, 18:02:40] Lusaka Market Brief: The Kafue campus now has 640 workers on site.',
    ];
    assert.equal(meta(unclear.join('\n') + '\n').date, undefined);
  });
  it("a group's chat, of many senders, names no outlet", () => {
    const group = [
      '[03/11/2026, 07:30:00] Chanda: Did you see the tariff?',
      '[16/11/2026, 18:02:40] Mwila: Yes, 4.8 cents.',
    ];
    assert.equal(meta(group.join('\n') + '\n').outlet, undefined);
  });
});

describe("a Korean port's monthly bulletin, its masthead between rules and its publisher's line under it", () => {
  const doc =
    '═══════════════════════════════════════════════════════════════\n' +
    '  군산항 물동량 월보                          2026년 10월호 (통권 제87호)\n' +
    '  Gunsan Port Monthly Traffic Bulletin\n' +
    '═══════════════════════════════════════════════════════════════\n' +
    '  발행: 군산항 물류협의회 통계팀\n' +
    '  발행일: 2026. 11. 12.     자료 기준: 2026년 10월\n\n' +
    '  ○ 10월 군산항 총 물동량은 182만 톤으로 전년 동월 대비 3.1% 증가\n';
  it("is the council's (its unit aside), the issue its name and month without its serial number", () => {
    const m = meta(doc);
    assert.equal(m.outlet, '군산항 물류협의회');
    assert.equal(m.title, '군산항 물동량 월보 2026년 10월호');
    assert.equal(m.date, '2026-11-12');
  });
});

describe("a minister's speech, its heading in capitals over paragraphs", () => {
  const doc =
    'REPUBLIC OF MALAWI\n' +
    'MINISTRY OF ENERGY AND MINING\n\n' +
    'SPEECH BY THE HONOURABLE CHIKONDI BANDA-PHIRI, MP,\n' +
    'MINISTER OF ENERGY AND MINING,\n\n' +
    'ON THE OCCASION OF THE COMMISSIONING OF THE LILONGWE DATA CENTRE SUBSTATION BUILT BY\n' +
    'NYASA GRID COMPANY LIMITED\n\n' +
    'AREA 51, LILONGWE\n' +
    'FRIDAY, 4TH SEPTEMBER 2026\n\n' +
    '- The Honourable Deputy Minister;\n' +
    '- Distinguished ladies and gentlemen.\n\n' +
    '1. It gives me great pleasure to commission this substation. It will deliver 60 MW to the data centre campus ' +
    'that Nyasa Grid built in eleven months.\n\n' +
    '2. The Ministry of Energy and Mining will connect two more sites in Lilongwe next year.\n';
  it('the heading is the headline, written as the text writes its words; the speaker is its author', () => {
    const m = meta(doc);
    assert.equal(
      m.title,
      'Speech by the Honourable Chikondi Banda-Phiri, MP, Minister of Energy and Mining, on the occasion of the ' +
        'commissioning of the Lilongwe data centre substation built by Nyasa Grid Company Limited',
    );
    assert.deepEqual(m.authors, ['Chikondi Banda-Phiri']);
  });
});

describe("a casebook's chapter extracted from its PDF", () => {
  const doc =
    '※ 이 파일은 「2026 스마트공장 우수사례집」 PDF 가운데 사례 04(21~25쪽)를 텍스트로 추출한 것입니다.\n\n' +
    '──────────────────────────────────────── p.21\n\n' +
    '2026 스마트공장 우수사례집\n' +
    'Ⅰ. 수출기업 편\n\n' +
    '사례 04\n' +
    '“납기를 하루로 줄이자 해외 주문이 따라왔다”\n' +
    '김해 동남정밀, 데이터센터 냉각 부품 수출 두 배로\n\n' +
    '1. 도입 전 상황\n\n' +
    '동남정밀은 2025년 매출 640억 원 가운데 수출이 15%에 그쳤다. 납기는 평균 9일이었다.\n\n' +
    '──────────────────────────────────────── p.25\n\n' +
    '발행: (사)한국스마트제조협회 정책지원실 | 발행일: 2026년 10월 6일\n' +
    '집필: 하서윤 책임연구원 | 문의: 02-555-0199\n';
  it("the chapter's title is the headline, not the book's running head", () => {
    assert.equal(meta(doc).title, '“납기를 하루로 줄이자 해외 주문이 따라왔다”');
  });
  it("a whole report's first chapter (`제1장` over `서론`) is no case: the report's title stays", () => {
    const report =
      '2026 전력기기 수출 전망 보고서\n\n' +
      '제1장\n' +
      '서론\n\n' +
      '본 보고서는 2026년 전력기기 수출 전망을 다룬다. 변압기 수출은 41억 달러로 늘어날 전망이다.\n';
    assert.equal(meta(report).title, '2026 전력기기 수출 전망 보고서');
  });
  it("the colophon's publisher (its unit and `(사)` aside) is the outlet, its labelled writer beside whom to ask the author", () => {
    const m = meta(doc);
    assert.equal(m.outlet, '한국스마트제조협회');
    assert.equal(m.date, '2026-10-06');
    assert.deepEqual(m.authors, ['하서윤']);
  });
});

describe("a social post by a body's own account", () => {
  const post = (author: string) =>
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">\n' +
    '<title>서산시청 on Instagram: "대산항에서 아프리카로 🚢✨"</title>\n' +
    '<meta property="og:site_name" content="Instagram">\n' +
    '<meta property="og:title" content="서산시청 on Instagram: &quot;대산항에서 아프리카로 🚢✨&quot;">\n' +
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting",' +
    '"headline":"대산항에서 아프리카로 🚢✨","datePublished":"2026-10-02T09:00:00+09:00",' +
    `"author":${author}}</script>\n` +
    '</head><body><article><p>대산항에서 변압기 12대가 나미비아로 출항했습니다. 대당 무게는 180톤입니다.</p></article></body></html>';
  it("is the body's, as its account names it; its headline without the emoji it ends on", () => {
    const s = pageSource(
      post('{"@type":"Organization","name":"서산시청","url":"https://www.instagram.com/seosan_city/"}'),
    );
    assert.equal(s.meta.outlet, '서산시청');
    assert.equal(s.meta.title, '대산항에서 아프리카로');
  });
  it("a person's post stays the network's", () => {
    const s = pageSource(post('{"@type":"Person","name":"이도윤","url":"https://www.instagram.com/doyun.lee/"}'));
    assert.equal(s.meta.outlet, 'Instagram');
  });
});

describe("a trade show's news post, its organiser the markup's publisher", () => {
  const page = (organizer: string) =>
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">\n' +
    '<title>Japan Pavilion returns to GridTech East Africa 2027 | GridTech East Africa</title>\n' +
    '<meta property="og:site_name" content="GridTech East Africa 2027">\n' +
    '<meta property="og:type" content="article">\n' +
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",' +
    '"headline":"Japan Pavilion returns to GridTech East Africa 2027","datePublished":"2027-01-14",' +
    '"publisher":{"@type":"Organization","name":"Rift Expo Partners Ltd"}}</script>\n' +
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ExhibitionEvent",' +
    `"name":"GridTech East Africa 2027","organizer":{"@type":"Organization","name":"${organizer}"}}</script>\n` +
    '</head><body><article><h1>Japan Pavilion returns to GridTech East Africa 2027</h1>' +
    '<p>Nine Japanese companies will exhibit in Hall C, up from six last year.</p></article></body></html>';
  it("is the show's, named as its site names itself, not the organiser's", () => {
    assert.equal(pageSource(page('Rift Expo Partners Ltd')).meta.outlet, 'GridTech East Africa');
  });
  it("a publisher that does not organise the show stays the page's outlet", () => {
    assert.equal(pageSource(page('Another Expo Co')).meta.outlet, 'Rift Expo Partners Ltd');
  });
});

describe("a ministry's bilingual release, in sections marked by their language", () => {
  const doc =
    'GUVERNUL ROMÂNIEI\n' +
    'MINISTERUL ENERGIEI\n' +
    'Calea Victoriei nr. 152, București · presa@energie.gov.ro\n' +
    '__________________________________________________________\n\n' +
    'COMUNICAT DE PRESĂ / PRESS RELEASE\n' +
    'București, 7 octombrie 2026 / Bucharest, 7 October 2026\n\n' +
    '==========================================================\n' +
    'RO\n' +
    '==========================================================\n\n' +
    'Acord semnat pentru racordarea campusului de la Mintia\n\n' +
    'Ministerul Energiei a semnat marți acordul pentru racordarea campusului de 300 MW de la Mintia.\n\n' +
    '==========================================================\n' +
    'EN\n' +
    '==========================================================\n\n' +
    'Agreement signed for the grid connection of the Mintia\n' +
    'campus\n\n' +
    'The Ministry of Energy signed on Tuesday the agreement for the grid connection of the 300 MW Mintia campus.\n';
  it("the English section's headline (over its lines) is the headline", () => {
    assert.equal(meta(doc).title, 'Agreement signed for the grid connection of the Mintia campus');
  });
  it('dated by its bilingual place-and-date line, each language after a slash', () => {
    assert.equal(meta(doc).date, '2026-10-07');
  });
});

describe("a city's newsletter, its issue line under the masthead's box set apart by box-drawn bars", () => {
  const doc =
    '┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓\n' +
    '┃  삼척시 소식                                2026년 11월호  ┃\n' +
    '┃  바다와 함께 여는 내일                        통권 제204호  ┃\n' +
    '┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛\n' +
    ' 발행일 2026. 10. 27. │ 발행인 삼척시장 │ 편집 삼척시 홍보담당관\n' +
    ' 매월 1회 발행 · 전 세대 무료 배부 │ 문의 033-570-3000\n\n' +
    ' ○ 삼척 그린수소 데이터센터 부지 조성 공사가 11월 착공합니다. 사업비는 4,200억 원입니다.\n';
  it('its publisher (발행인) writes no piece of it: no author; the issue line dates it', () => {
    const m = meta(doc);
    assert.deepEqual(m.authors, []);
    assert.equal(m.date, '2026-10-27');
  });
});
