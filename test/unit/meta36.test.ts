// How sources are read, metadata, in the layouts unseen-50 and unseen-51 read wrong (issue 10, session 36). Each rule
// is shown on a small document of the same kind written for it, from another sender, and on the real set's source.
// Each case fails with its rule undone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { metaOf, fixtureSource } from './metadataTable';
import { readSource } from '../../server/src/corpus/corpus';
import type { Source } from '../../server/src/types';

const meta = metaOf;

/** A saved page read as a source, from a folder of its own. */
function pageSource(html: string): Source {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meta36-')), 'page.html');
  fs.writeFileSync(file, html);
  const s = readSource(file, 50e6);
  assert.ok(typeof s !== 'string', String(s));
  return s;
}

describe('a disclosure copied from KIND, its title line company / report / bare date', () => {
  const doc =
    '동진정밀 / 단일판매ㆍ공급계약체결 / 2026.09.03\n' +
    '(KIND 공시뷰어에서 복사)\n' +
    '────────────────────────────────\n' +
    '회사명 : 동진정밀(주)          시장구분 : 코스닥시장\n' +
    '공시일 : 2026-09-03 17:05     정보제공 : 한국거래소\n' +
    '────────────────────────────────\n\n' +
    '1. 판매ㆍ공급계약 내용                냉각 모듈 공급\n' +
    '2. 계약금액(원)                        38,500,000,000\n';
  it("is the company's, the report's name its headline, dated by the title line", () => {
    const m = meta(doc);
    assert.equal(m.outlet, '동진정밀');
    assert.equal(m.title, '단일판매ㆍ공급계약체결');
    assert.equal(m.date, '2026-09-03');
  });
  it('unseen-51: 해림전선 / 유형자산 취득 결정', () => {
    const m = fixtureSource('unseen-51/sources/kind-haerim-cable-yuhyeongjasan-chwideuk-2026-06-18-ko.txt').meta;
    assert.equal(m.outlet, '해림전선');
    assert.equal(m.title, '유형자산 취득 결정');
    assert.equal(m.date, '2026-06-18');
  });
});

describe("a Greek municipality's decision as Diavgeia posts it (HELLENIC REPUBLIC over its authorities)", () => {
  const doc =
    "[Unofficial English translation by the Mayor's Office of Lavreotiki. The Greek text posted on Diavgeia is\n" +
    'the only official version.]\n\n' +
    'HELLENIC REPUBLIC\n' +
    'REGION OF ATTICA\n' +
    'MUNICIPALITY OF LAVREOTIKI\n' +
    'MUNICIPAL COUNCIL\n\n' +
    '                                                   Lavrio, 14.05.2026\n' +
    '                                                   Ref. No.: 3310\n\n' +
    'EXTRACT\n' +
    'from the Minutes of the 9th/12.05.2026 Regular Meeting of the Municipal Council of Lavreotiki\n\n' +
    'DECISION No. 71/2026\n\n' +
    'SUBJECT: Approval of a lease of 12 hectares of municipal land at Thorikos for a battery storage plant\n' +
    'of 120 MW, and of the annual rent\n\n' +
    'In Lavrio today, 12 May 2026, the Municipal Council met in regular public session. Of the 27 members, 25 were ' +
    'present.\n';
  it("is the municipality's (not the region's, not its council's), its SUBJECT its headline", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Municipality of Lavreotiki');
    assert.equal(
      m.title,
      'Approval of a lease of 12 hectares of municipal land at Thorikos for a battery storage plant of 120 MW, and of the annual rent',
    );
    assert.equal(m.date, '2026-05-14');
  });
  it('unseen-51: the Municipality of Elefsina, its SUBJECT', () => {
    const m = fixtureSource('unseen-51/sources/elefsina-council-decision-48-2026-diavgeia-en.txt').meta;
    assert.equal(m.outlet, 'Municipality of Elefsina');
    assert.ok(m.title?.startsWith('Opinion of the Municipal Council on the supply of treated wastewater'));
    assert.ok(m.title?.endsWith('approval of a memorandum on a community benefit contribution'));
  });
});

describe('a notice on Tenders Electronic Daily (eForms), as text', () => {
  const doc =
    'Portugal – Electricity distribution and related services – Connection of the Sines data centre campus to the\n' +
    '400 kV grid (Lot 2)\n\n' +
    'OJ S 201/2026 16/10/2026\n' +
    'Contract award notice – Standard regime\n' +
    'Directive 2014/25/EU\n' +
    'Notice number: 640112-2026\n\n' +
    '1. Buyer\n\n' +
    'Official name: Rede Eléctrica Atlântica S.A.\n\n' +
    '2. Procedure\n\n' +
    'Title: Connection of the Sines data centre campus to the 400 kV grid (Lot 2)\n' +
    'Description: Construction of a 14 km double-circuit line and a 400/60 kV substation.\n';
  it("is TED's, its title (wrapped) its headline, dated by its OJ S line, day first", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Tenders Electronic Daily');
    assert.equal(
      m.title,
      'Portugal – Electricity distribution and related services – Connection of the Sines data centre campus to the 400 kV grid (Lot 2)',
    );
    assert.equal(m.date, '2026-10-16');
  });
  it('unseen-51: the Vasilikos desalination award', () => {
    const m = fixtureSource('unseen-51/sources/ted-512873-2026-cy-vasilikos-desalination-award.txt').meta;
    assert.equal(m.outlet, 'Tenders Electronic Daily');
    assert.ok(m.title?.endsWith('Vasilikos Seawater Desalination Plant (60,000 m3/day)'));
    assert.equal(m.date, '2026-08-21');
  });
});

describe("a webinar's transcript as WebVTT, its NOTE naming the series, the session's title and its recording", () => {
  const cue = (n: number, at: string, line: string) => `${n}\n00:${at}.000 --> 00:${at}.900\n${line}\n\n`;
  const doc =
    'WEBVTT\n\n' +
    'NOTE\n' +
    'Nordic Data Centre Association (NDCA) webinar series, No. 7\n' +
    '"Heat reuse at Finnish campuses: what the district networks pay"\n' +
    'Recorded 3 June 2026, 14:00-15:00 (Helsinki, UTC+3), Teams webinar\n' +
    'Speakers: Aino Virtanen (NDCA, moderator); Mikko Laine (Kaukolämpö Oy)\n\n' +
    cue(1, '00:04', 'Aino Virtanen: Welcome to the seventh webinar of the association.') +
    cue(2, '00:12', 'Mikko Laine: We pay 9 euros a megawatt hour for the heat.') +
    cue(3, '00:20', 'Aino Virtanen: And how much of it do you take?') +
    cue(4, '00:26', 'Mikko Laine: About 60 megawatts in winter.');
  it("is the series' body's, its quoted title the headline, dated by its recording", () => {
    const m = meta(doc, 'webinar.vtt');
    assert.equal(m.outlet, 'Nordic Data Centre Association');
    assert.equal(m.title, 'Heat reuse at Finnish campuses: what the district networks pay');
    assert.equal(m.date, '2026-06-03');
  });
  it('unseen-50: the PKBC webinar', () => {
    const m = fixtureSource('unseen-50/sources/pkbc-webinar-powering-stargate-paraguay-2026-09-24-transcript.txt').meta;
    assert.equal(m.outlet, 'Paraguay-Korea Business Council');
    assert.equal(m.title, 'Powering Stargate Paraguay: Hernandarias and its supply chain');
    assert.equal(m.date, '2026-09-24');
  });
});

describe('a registration statement (증권신고서) copied from DART, its cover', () => {
  const doc =
    '※ 전자공시시스템(DART)의 증권신고서 중 표지만 옮겼습니다.\n\n' +
    '                          증 권 신 고 서 (채무증권)\n\n' +
    '금융위원회 귀중                                   2026년 8월 4일\n\n' +
    '회    사    명 :  한빛냉열 주식회사\n' +
    '대  표   이  사 :  오 정 민\n' +
    '본 점 소 재 지 :  세종특별자치시 부강면 부강산단로 77\n\n' +
    '모집 또는 매출 증권의 종류 및 수 :  무보증 공모사채 30,000,000,000원\n\n' +
    '1. 핵심투자위험\n' +
    '   당사는 2026년 7월 데이터센터 냉각설비 공급계약을 체결하였습니다.\n';
  it("is the company's, its name with the kind of securities the headline, dated by 금융위원회 귀중", () => {
    const m = meta(doc);
    assert.equal(m.outlet, '한빛냉열');
    assert.equal(m.title, '증권신고서 (채무증권)');
    assert.equal(m.date, '2026-08-04');
  });
  it('unseen-50: 다온셀 (the key keeps 주식회사; a periodic report drops it, as DART lists the company)', () => {
    const m = fixtureSource('unseen-50/sources/daoncell-jeunggwon-singoseo-jibun-2026-10-15-balche-ko.txt').meta;
    assert.equal(m.title, '증권신고서 (지분증권)');
    assert.equal(m.date, '2026-10-15');
    assert.equal(m.outlet, '다온셀');
  });
});

describe("a page run through a translation service and copied to text (Papago's), its copier's head", () => {
  const doc =
    '※ 파파고 웹사이트 번역(포르투갈어 → 한국어) 결과를 옮겨 적었습니다.\n' +
    '원문: Gazeta do Alentejo, https://www.gazetadoalentejo.pt/regiao/2026/05/21/sines-campus\n' +
    '원문 제목: Governo aprova terreno para o campus de dados de Sines\n' +
    '저장: 2026-05-23\n\n' +
    '──────────────────────────\n' +
    '가제타 두 알렌테주 | 지역 | 2026년 5월 21일 목요일\n\n' +
    '정부, 시네스 데이터 캠퍼스 부지 승인\n\n' +
    '글: 주앙 페드루 마르케스 (João Pedro Marques)\n\n' +
    '시네스 – 정부는 어제 데이터센터 캠퍼스용 부지 45헥타르를 승인했다. 투자액은 35억 유로다.\n';
  it("is the original's outlet as it writes itself, dated by the translated masthead, not by the day it was saved", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Gazeta do Alentejo');
    assert.equal(m.date, '2026-05-21');
    assert.equal(m.title, '정부, 시네스 데이터 캠퍼스 부지 승인');
  });
  it('its writer credited in Hangul with the name as written in brackets is that name', () => {
    assert.deepEqual(meta(doc).authors, ['João Pedro Marques']);
  });
  it('unseen-50: El Eco de Durazno', () => {
    const m = fixtureSource('unseen-50/sources/papago-eco-de-durazno-zona-franca-stargate-25nyeon-ko.txt').meta;
    assert.equal(m.outlet, 'El Eco de Durazno');
    assert.equal(m.date, '2026-10-08');
    assert.equal(m.title, '행정부, 두라스노의 스타게이트 캠퍼스에 25년간 자유무역지대 허가');
    assert.deepEqual(m.authors, ['María José Piñeyro']);
  });
});

describe('a wiki page made by MediaWiki (a Wikipedia article), saved', () => {
  const page =
    '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">' +
    '<title>Tagus Valley Compute Cluster - Wikipedia</title>' +
    '<meta name="generator" content="MediaWiki 1.45.0-wmf.20">' +
    '<meta property="og:title" content="Tagus Valley Compute Cluster - Wikipedia">' +
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Tagus Valley Compute ' +
    'Cluster","url":"https://en.wikipedia.org/wiki/Tagus_Valley_Compute_Cluster","author":{"@type":"Organization",' +
    '"name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},' +
    '"datePublished":"2025-07-01T10:12:00Z","dateModified":"2026-09-14T08:30:00Z","headline":"data centre cluster in ' +
    'Portugal"}</script></head><body><main><h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">' +
    'Tagus Valley Compute Cluster</span></h1><div id="mw-content-text"><p>The <b>Tagus Valley Compute Cluster</b> is a ' +
    'group of three data centres near Santarém, Portugal, with a planned capacity of 450 MW.</p><p>Its first phase of ' +
    '150 MW opened in 2026 at a cost of EUR 1.2 billion.</p></div>' +
    '<div id="footer-info-lastmod">This page was last edited on 14 September 2026, at 08:30 (UTC).</div></main></body></html>';
  it("is the wiki's (as its title ends), its heading the title, dated by its last edit", () => {
    const m = pageSource(page).meta;
    assert.equal(m.outlet, 'Wikipedia');
    assert.equal(m.title, 'Tagus Valley Compute Cluster');
    assert.equal(m.date, '2026-09-14');
  });
  it('unseen-51: Stargate Hellas', () => {
    const m = fixtureSource('unseen-51/sources/wikipedia-stargate-hellas.html').meta;
    assert.equal(m.outlet, 'Wikipedia');
    assert.equal(m.title, 'Stargate Hellas');
    assert.equal(m.date, '2026-11-02');
  });
});

describe('a post in a group on BAND, saved', () => {
  const page = (ld: string) =>
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>부강 산단 수출기업 협의회 | 밴드</title>' +
    '<meta name="description" content="[정보 공유] 부강산단 냉각탑 업체 베트남 데이터센터 수주 소식입니다.">' +
    '<meta property="og:site_name" content="BAND"><meta property="og:title" content="부강 산단 수출기업 협의회 | 밴드">' +
    '<meta property="og:description" content="[정보 공유] 부강산단 냉각탑 업체 베트남 데이터센터 수주 소식입니다.">' +
    ld +
    '</head><body><div id="header"><h1 class="logo"><a href="https://band.us/">BAND</a></h1></div>' +
    '<aside class="bandInfo"><h2 class="bandName">부강 산단 수출기업 협의회</h2><p class="memberCount">멤버 204</p></aside>' +
    '<article class="cPost"><div class="postWriterInfo"><strong class="name">윤태호 (청솔냉열 영업팀)</strong>' +
    '<span class="role">멤버</span><time class="time" datetime="2026-08-19T10:20:00+09:00">2026년 8월 19일 오전 10:20</time></div>' +
    '<div class="postBody"><p class="txtBody">[정보 공유] 부강산단 냉각탑 업체 베트남 데이터센터 수주 소식입니다 👍<br><br>' +
    '저희 청솔냉열이 호찌민 데이터센터 냉각탑 12기를 240억 원에 수주했습니다. 납기는 내년 6월입니다.</p></div>' +
    '</article></body></html>';
  it("is the group's, the post's opening its headline (its rubric and stop aside), its writer the writer box's", () => {
    const m = pageSource(page('')).meta;
    assert.equal(m.outlet, '부강 산단 수출기업 협의회');
    assert.equal(m.title, '부강산단 냉각탑 업체 베트남 데이터센터 수주 소식입니다');
    assert.deepEqual(m.authors, ['윤태호']);
    assert.equal(m.date, '2026-08-19');
  });
  it('…its markup a SocialMediaPosting: still the group, not the platform', () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting","headline":' +
      '"[정보 공유] 청솔냉열, 베트남 냉각탑 12기 수주","datePublished":"2026-08-19T10:20:00+09:00","author":{"@type":' +
      '"Person","name":"윤태호"}}</script>';
    const m = pageSource(page(ld)).meta;
    assert.equal(m.outlet, '부강 산단 수출기업 협의회');
    assert.equal(m.title, '청솔냉열, 베트남 냉각탑 12기 수주');
    assert.deepEqual(m.authors, ['윤태호']);
  });
  it('unseen-50 and unseen-51: the two groups', () => {
    const a = fixtureSource(
      'unseen-50/sources/band-sejong-sandan-gieobin-hangyeol-thermo-uruguay-jeongjeong-ko.html',
    ).meta;
    assert.equal(a.outlet, '세종 산단 기업인 모임');
    assert.equal(
      a.title,
      '한결써모 우루과이 스타게이트 냉각설비 계약 정정 공시 + 세종시 보조금 확정 소식 공유드립니다',
    );
    assert.deepEqual(a.authors, ['김수아']);
    const b = fixtureSource('unseen-51/sources/band-yangsan-sanmak-eogok-haerim-crete-hiring-ko.html').meta;
    assert.equal(b.outlet, '양산 산막·어곡 산단 기업인 모임');
  });
});

describe("a company's post on its KakaoTalk channel, saved", () => {
  const page =
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>한솔에어텍 | 카카오톡 채널</title>' +
    '<meta property="og:site_name" content="카카오톡 채널">' +
    '<meta property="og:title" content="울산 데이터센터 공조기 48대 납품 완료">' +
    '<meta property="og:description" content="한솔에어텍이 울산 데이터센터에 공조기 48대를 납품했습니다.">' +
    '<meta property="article:published_time" content="2026-09-02T11:00:00+09:00">' +
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"울산 데이터센터 ' +
    '공조기 48대 납품 완료","datePublished":"2026-09-02T11:00:00+09:00","author":{"@type":"Organization","name":' +
    '"한솔에어텍"},"publisher":{"@type":"Organization","name":"Kakao Corp."}}</script></head><body>' +
    '<div class="header">카카오톡 채널</div><div class="profile"><strong>한솔에어텍</strong> 친구 1,204</div>' +
    '<div class="post"><h3>울산 데이터센터 공조기 48대 납품 완료</h3><p>한솔에어텍이 울산 데이터센터에 공조기 48대를 ' +
    '납품했습니다. 계약금액은 62억 원입니다.</p></div></body></html>';
  it("is the channel's (its <title>'s name beside the platform), not the platform's nor its maker's", () => {
    const m = pageSource(page).meta;
    assert.equal(m.outlet, '한솔에어텍');
    assert.equal(m.title, '울산 데이터센터 공조기 48대 납품 완료');
    assert.equal(m.date, '2026-09-02');
  });
  it('unseen-51: 동남플랜트모듈', () => {
    const m = fixtureSource('unseen-51/sources/kakao-channel-dongnam-plant-module-cyprus-second-voyage-ko.html').meta;
    assert.equal(m.outlet, '동남플랜트모듈');
  });
});

describe('a page published from Notion, saved', () => {
  const page =
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>세림파워 2026 하반기 채용</title>' +
    '<meta property="og:site_name" content="Notion"><meta property="og:title" content="세림파워 2026 하반기 채용">' +
    '<meta property="og:url" content="https://selimpower.notion.site/2026-a1b2c3"></head><body class="notion-body">' +
    '<div id="notion-app"><h1 class="notion-title">세림파워 2026 하반기 채용</h1><div class="notion-page-properties">' +
    '<div class="notion-property"><span class="notion-property-name">최종 편집 일시</span> ' +
    '<span class="notion-property-value">2026년 7월 30일 오후 3:02</span></div></div>' +
    '<div class="notion-text-block">세림파워는 올해 데이터센터용 변압기 120대를 수주했습니다. 신입 15명을 뽑습니다.</div>' +
    '</div></body></html>';
  it("is no platform's (Notion names no outlet), dated by its last edit", () => {
    const m = pageSource(page).meta;
    assert.notEqual(m.outlet, 'Notion');
    assert.equal(m.date, '2026-07-30');
  });
  it('unseen-50: the 다온셀 hiring page, dated 2026-11-02', () => {
    const m = fixtureSource('unseen-50/sources/notion-daoncell-chaeyong-2026-ko.html').meta;
    assert.equal(m.date, '2026-11-02');
    assert.notEqual(m.outlet, 'Notion');
  });
});

describe("a story syndicated on MSN, saved: the provider's", () => {
  const page = (ld: boolean) =>
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Chile grid operator approves Atacama link</title>' +
    '<meta property="og:title" content="Chile grid operator approves Atacama link"><meta property="og:site_name" content="MSN">' +
    '<meta property="article:published_time" content="2026-04-02T09:00:00Z"><meta name="provider" content="Santiago Wire Review">' +
    (ld
      ? '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Chile grid ' +
        'operator approves Atacama link","datePublished":"2026-04-02T09:00:00Z","author":[{"@type":"Person","name":' +
        '"Camila Reyes"}],"publisher":{"@type":"Organization","name":"MSN"},"sourceOrganization":{"@type":' +
        '"NewsMediaOrganization","name":"Santiago Wire Review"}}</script>'
      : '') +
    '</head><body><header>MSN</header><article><h1>Chile grid operator approves Atacama link</h1>' +
    '<p>Story by Camila Reyes</p><p>The 220 kV line will run 140 km to the campus.</p></article></body></html>';
  it('named as its markup names the source organisation, not MSN', () => {
    assert.equal(pageSource(page(true)).meta.outlet, 'Santiago Wire Review');
  });
  it('…or its provider tag alone', () => {
    assert.equal(pageSource(page(false)).meta.outlet, 'Santiago Wire Review');
  });
  it('unseen-50: The Montevideo Ledger', () => {
    const m = fixtureSource('unseen-50/sources/msn-montevideo-ledger-stargate-durazno-wind-campus.html').meta;
    assert.equal(m.outlet, 'The Montevideo Ledger');
  });
});

describe('a page saved while Chrome showed it translated (<html class="translated-ltr">)', () => {
  const page = (cls: string) =>
    `<!DOCTYPE html><html lang="pt" class="${cls}"><head><meta charset="utf-8">` +
    '<title>Governo aprova campus de dados em Sines - Diário do Litoral</title>' +
    '<meta property="og:site_name" content="Diário do Litoral">' +
    '<meta property="og:title" content="Governo aprova campus de dados em Sines">' +
    '<meta property="article:published_time" content="2026-06-11T08:00:00+01:00"></head><body>' +
    '<article><h1 class="titulo"><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">Government ' +
    'approves data campus in Sines</font></font></h1><p><font style="vertical-align: inherit;">The campus will have ' +
    '300 MW and cost 2.5 billion euros.</font></p></article></body></html>';
  it("its headline is the one it shows (its <h1> as translated), not the markup's original", () => {
    const m = pageSource(page('translated-ltr')).meta;
    assert.equal(m.title, 'Government approves data campus in Sines');
    assert.equal(m.outlet, 'Diário do Litoral');
  });
  it('unseen-50: El Heraldo del Paraná, in English', () => {
    const m = fixtureSource('unseen-50/sources/heraldo-del-parana-stargate-hernandarias-nanduti-translated.html').meta;
    assert.equal(m.title, 'Stargate signs agreement for AI campus in Hernandarias with energy from Ñandutí');
  });
});
