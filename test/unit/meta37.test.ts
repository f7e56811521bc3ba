// How sources are read, metadata, in the layouts unseen-52 and unseen-53 read wrong (issue 10, session 37), and a page
// read in the wrong character set. Each rule is shown on a small document of the same kind written for it, from
// another sender, and on the real set's source. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { metaOf, fixtureSource } from './metadataTable';
import { readSource } from '../../server/src/corpus/corpus';
import type { Source } from '../../server/src/types';

const meta = metaOf;

/** A saved page (its bytes) read as a source, from a folder of its own. */
function pageSource(bytes: string | Buffer): Source {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meta37-')), 'page.html');
  fs.writeFileSync(file, bytes);
  const s = readSource(file, 50e6);
  assert.ok(typeof s !== 'string', String(s));
  return s;
}

describe('a page saved as UTF-8 that still declares the charset it was served in (euc-kr)', () => {
  // A 종목토론실 post as a browser saves it: the portal serves EUC-KR, "Save Page As" writes UTF-8 and keeps the meta.
  const page =
    '<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="euc-kr">\n' +
    '<title>한빛냉동 : 종목토론실 - 네이버 증권</title>\n' +
    '<meta property="og:title" content="울산 2공장 준공 정리">\n' +
    '<meta property="og:site_name" content="네이버 증권">\n</head>\n<body>\n' +
    '<div id="content"><h2>한빛냉동 <em>104820</em></h2>\n' +
    '<table class="view"><tr><th>울산 2공장 준공 정리</th></tr>\n' +
    '<tr><td>coo1**** (211.36.***.***)</td><td>2026.08.27 07:41</td></tr></table>\n' +
    '<div class="view_se">주주님들 공시 정리입니다.<br><br>' +
    '울산 2공장은 총 840억 원을 들여 연 3만2,000대의 냉각 유닛을 만든다고 합니다.<br>' +
    '신규 채용은 120명이고 가동은 내년 3월부터라고 공시에 나와 있습니다.<br>' +
    '주요 납품처는 데이터센터 냉각 설비 업체들입니다.</div></div>\n</body>\n</html>\n';
  it('is read as UTF-8: its text, figures and headline are Korean, not mojibake', () => {
    const s = pageSource(Buffer.from(page, 'utf8'));
    assert.equal(s.meta.title, '울산 2공장 준공 정리');
    assert.equal(s.meta.outlet, '네이버 증권');
    assert.ok(s.text.includes('연 3만2,000대의 냉각 유닛'), s.text);
    assert.ok(
      s.figures.some((f) => f.text.startsWith('840억')),
      s.figures.map((f) => f.text).join(' '),
    );
  });
  it('a page really in EUC-KR (CP949) that declares it is still read in that charset', () => {
    const s = pageSource(iconv.encode(page.replace('coo1****', '똠방****'), 'cp949'));
    assert.equal(s.meta.title, '울산 2공장 준공 정리');
    assert.ok(s.text.includes('연 3만2,000대의 냉각 유닛'), s.text);
  });
  it('a page in Windows-1252 that declares it is still read in that charset', () => {
    const en =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' +
      '<title>Café Électrique plans a 40 MW campus – Le Courrier</title></head><body><article>' +
      '<h1>Café Électrique plans a 40 MW campus</h1><p>The café chain’s energy arm will spend €210 million on a ' +
      '40 MW data centre near Liège, it said on Tuesday, with 85 permanent jobs.</p></article></body></html>';
    const s = pageSource(iconv.encode(en, 'windows-1252'));
    assert.ok(s.text.includes('Liège'), s.text);
    assert.ok(s.text.includes('café chain’s'), s.text);
  });
  it('unseen-52: the 종목토론실 post saved from 네이버 증권', () => {
    const s = fixtureSource('unseen-52/sources/naver-jongmok-toronsil-gwangjin-steel-poti-seonjeok-ko.html');
    assert.equal(s.meta.outlet, '네이버 증권');
    assert.equal(s.meta.title, '포티 첫 선적 도착 + 2공장 정리 (장문)');
    assert.ok(
      s.figures.some((f) => f.text.startsWith('2억1,400만')),
      s.figures.map((f) => f.text).join(' '),
    );
  });
});

describe('a thread on a Mastodon server, saved (og:title the account, `Name (@handle@server)`)', () => {
  const page =
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n' +
    '<title>Tomas Varga: "🧵 The Košice campus got its water permit…" - fedi.example.sk</title>\n' +
    '<meta property="og:site_name" content="fedi.example.sk">\n' +
    '<meta property="og:title" content="Tomas Varga (@tvarga@fedi.example.sk)">\n' +
    '<meta property="og:description" content="🧵 The Košice campus got its water permit this morning: 1.4 million m³ a year from the Hornád, not the 2 million asked. 1/5">\n' +
    '<meta property="og:published_time" content="2026-04-21T08:40:00Z">\n' +
    '</head><body><div class="detailed-status"><strong class="display-name__html">Tomas Varga</strong>\n' +
    '<div class="status__content"><p>🧵 The Košice campus got its water permit this morning: 1.4 million m³ a year from the Hornád, not the 2 million asked. 1/5</p></div>\n' +
    '<time datetime="2026-04-21T08:40:00Z">Apr 21, 2026</time></div>\n' +
    '<div class="status"><div class="status__content"><p>2/ The regional office says the river cannot give more in a dry summer. The operator will recycle cooling water to cover the gap.</p></div></div>\n' +
    '</body></html>\n';
  it("is headlined by the post's opening (thread marker, count and emoji aside), its author the account's name", () => {
    const m = pageSource(page).meta;
    assert.equal(
      m.title,
      'The Košice campus got its water permit this morning: 1.4 million m³ a year from the Hornád, not the 2 million asked.',
    );
    assert.deepEqual(m.authors, ['Tomas Varga']);
    assert.equal(m.outlet, 'fedi.example.sk');
  });
  it('unseen-53: the Bissen thread', () => {
    const m = fixtureSource('unseen-53/sources/mastodon-aschiltz-stargate-bissen-grid-cap-thread.html').meta;
    assert.match(m.title ?? '', /^Stargate Bissen: the grid operator has capped .* Ministry of the Economy\.$/);
    assert.deepEqual(m.authors, ['Anne Schiltz']);
  });
});

describe("a message in a mailing list's Pipermail archive, saved", () => {
  const page =
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n <HEAD>\n' +
    "   <TITLE> [baltic-dc] Re: Tartu campus cooling: the utility's offer\n   </TITLE>\n" +
    '   <META http-equiv="Content-Type" content="text/html; charset=us-ascii">\n </HEAD>\n <BODY BGCOLOR="#ffffff">\n' +
    "   <H1>[baltic-dc] Re: Tartu campus cooling: the utility's offer</H1>\n" +
    '    <B>Liis Tamm</B> \n    <A HREF="mailto:baltic-dc%40lists.example.ee" TITLE="[baltic-dc] Tartu">liis.tamm at example.ee\n       </A><BR>\n' +
    '    <I>Tue Mar  3 16:05:12 EET 2026</I>\n    <P><UL>\n' +
    '        <LI>Previous message (by thread): <A HREF="000211.html">[baltic-dc] Tartu campus cooling</A></li>\n' +
    '       </UL>\n    <HR>  \n<!--beginarticle-->\n<PRE>Hi all,\n\n' +
    'The district heating utility has offered to take 18 MW of waste heat from\nthe campus from 2028, at no cost to either side.' +
    ' The campus itself is\nplanned at 60 MW.\n\nLiis\n</PRE>\n<!--endarticle-->\n    <HR>\n </BODY>\n</HTML>\n';
  it("is the list's as its tag names it, the subject without the tag its headline, by the sender, on the sent day", () => {
    const m = pageSource(page).meta;
    assert.equal(m.outlet, 'baltic-dc');
    assert.equal(m.title, "Re: Tartu campus cooling: the utility's offer");
    assert.deepEqual(m.authors, ['Liis Tamm']);
    assert.equal(m.date, '2026-03-03');
  });
  it('unseen-52: the caucasus-grid message', () => {
    const m = fixtureSource('unseen-52/sources/pipermail-caucasus-grid-debed-sadakhlo-link-aemc-decision.html').meta;
    assert.equal(m.outlet, 'caucasus-grid');
    assert.equal(m.title, 'Debed campus / Sadakhlo link: what AEMC actually granted on 14 July');
    assert.deepEqual(m.authors, ['Hovhannes Avetisyan']);
    assert.equal(m.date, '2026-07-15');
  });
});

describe("a company's update forwarded by e-mail (FW:, the forwarder's note, then the message forwarded)", () => {
  const doc =
    'From: Nordic-Baltic Chamber of Commerce <office@nbcc.example.lv>\n' +
    'Sent: Monday, June 8, 2026 9:02 AM\n' +
    'To: NBCC Members\n' +
    'Subject: FW: Stargate Riga – quarterly update (grid works, hiring)\n\n' +
    'Dear members,\n\n' +
    'Please see below the update Daugava Compute sent to its partners on Friday.\n\n' +
    'Kind regards,\nIlze Ozola\nNordic-Baltic Chamber of Commerce\n\n' +
    '---------- Forwarded message ---------\n' +
    'From: Daugava Compute – Investor Relations <ir@daugava-compute.lv>\n' +
    'Date: Fri, Jun 5, 2026 at 4:30 PM\n' +
    'Subject: Stargate Riga – quarterly update\n' +
    'To: <partners@daugava-compute.lv>\n\n\n' +
    'DAUGAVA COMPUTE AS\n' +
    'Quarterly update – Stargate Riga\n' +
    'Riga, 5 June 2026\n\n' +
    'Grid works\n\n' +
    'The transmission operator has started building the 330 kV line to the campus, which is planned at\n' +
    '150 MW by 2029. The line is 14 km long.\n\n' +
    'Hiring\n\n' +
    'Some 210 people now work on the site, 74% of them from the Riga region.\n';
  it("is the sender's of the message forwarded (its unit aside), its own subject and date, not the forwarder's", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Daugava Compute');
    assert.equal(m.title, 'Stargate Riga – quarterly update');
    assert.equal(m.date, '2026-06-05');
  });
  it('unseen-52: the Kolkheti Digital update', () => {
    const m = fixtureSource('unseen-52/sources/fwd-gkba-kolkheti-digital-stargate-poti-cost-update-2026-09.txt').meta;
    assert.equal(m.outlet, 'Kolkheti Digital Holding');
    assert.equal(m.title, 'Stargate Poti – project update');
    assert.equal(m.date, '2026-09-23');
  });
});

describe("a disclosure copied from DART's viewer, its notice of responsibility beside the filing's time", () => {
  const doc =
    '[전자공시 뷰어에서 복사함 · https://dart.fss.or.kr/dsaf001/main.do?rcpNo=20260914000231]\n\n' +
    '한라냉열                                               코스닥시장\n' +
    '2026.09.14 17:05                                       본 공시사항은 [공시책임자]의 책임하에 작성됨\n\n' +
    '                          유형자산 취득 결정\n\n' +
    '1. 자산구분                          토지 및 건물\n' +
    '2. 취득내역\n' +
    '   - 취득금액(원)                     48,500,000,000\n' +
    '   - 자산총액(원)                     312,000,000,000\n' +
    '   - 자산총액대비(%)                  15.54\n' +
    '3. 취득목적                          데이터센터 냉각설비 생산 확대\n' +
    '4. 이사회결의일(결정일)               2026-09-14\n';
  it("is the company's, the form's name set under the notice its headline, dated by the filing", () => {
    const m = meta(doc);
    assert.equal(m.outlet, '한라냉열');
    assert.equal(m.title, '유형자산 취득 결정');
    assert.equal(m.date, '2026-09-14');
  });
  it('unseen-52: 광진스틸구조 / 신규시설투자등', () => {
    const m = fixtureSource('unseen-52/sources/dart-gwangjin-steel-singyusiseol-tuja-2026-06-22-ko.txt').meta;
    assert.equal(m.outlet, '광진스틸구조');
    assert.equal(m.title, '신규시설투자등');
  });
});

describe('a post in a Daum 카페, saved (its title `post | cafe - Daum 카페`)', () => {
  const page =
    '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">\n' +
    '<title>당진 데이터센터 협력업체 모집 설명회 후기 | 당진 철강인 모임 - Daum 카페</title>\n' +
    '<meta property="og:site_name" content="Daum 카페">\n' +
    '<meta property="og:title" content="당진 데이터센터 협력업체 모집 설명회 후기">\n' +
    '<meta property="article:published_time" content="2026-05-12T19:40:00+09:00">\n' +
    '</head><body>\n<div id="cafe_info"><div class="cafe_name"><a href="/djSteel">당진 철강인 모임</a></div></div>\n' +
    '<div id="article"><div class="article_head"><h2 class="tit">당진 데이터센터 협력업체 모집 설명회 후기</h2>\n' +
    '<div class="info"><span class="nick">송산면 용접공</span> <span class="date">26.05.12. 19:40</span></div></div>\n' +
    '<div class="article_view"><p>오늘 송산2산단 설명회 다녀왔습니다. 캠퍼스는 1단계 120MW로 2028년 가동 목표라고 합니다.</p>\n' +
    '<p>협력업체는 철골·배관 위주로 40곳 정도 뽑는다고 했고, 지역 업체 우선이라고 여러 번 강조했습니다.</p></div></div>\n' +
    '</body></html>\n';
  it("is the cafe's, as its title names it beside the platform, not the platform's", () => {
    const m = pageSource(page).meta;
    assert.equal(m.outlet, '당진 철강인 모임');
    assert.equal(m.title, '당진 데이터센터 협력업체 모집 설명회 후기');
  });
  it('unseen-52: 여수산단 사람들', () => {
    const m = fixtureSource('unseen-52/sources/daum-cafe-yeosu-sandan-haesol-gas-baku-suju-chaeyong-ko.html').meta;
    assert.equal(m.outlet, '여수산단 사람들');
  });
});

describe("a Korean body's internal report (결과보고), its date and office set right under its title", () => {
  const withCharge =
    '┌────────────────────────────────────┐\n' +
    '│  새만금 데이터센터 입주 협력사 설명회 결과보고  │\n' +
    '└────────────────────────────────────┘\n' +
    '                                         2026. 6. 19.\n' +
    '                                  군산 산업단지 경영자협의회 사무국\n' +
    '                                  (담당: 문가영 대리, 063-000-0000)\n\n' +
    '□ 개  요\n' +
    '  ○ 일시/장소: 2026. 6. 18.(목) 15:00~17:00 / 군산 새만금컨벤션센터\n' +
    '  ○ 참    석: 회원사 9개사 등 17명\n\n' +
    '□ 주요 내용\n' +
    "  ○ 캠퍼스 1단계 80㎿ 착공 '27. 3월, 협력사 철골·전기 공종 30여 개사 모집 예정\n";
  const withBox =
    '┌──────┬──────┬──────┐\n' +
    '│ 담  당 │ 과  장 │ 국  장 │\n' +
    '├──────┼──────┼──────┤\n' +
    '│ 배수진 │ 남궁현 │  전결  │\n' +
    '└──────┴──────┴──────┘\n\n' +
    '            제2차 충북 AI 인프라 기업 간담회 결과 보고\n\n' +
    '                                         2026. 10. 7.\n' +
    '                                         충북테크노파크 기업지원단 성장지원팀\n\n' +
    '1. 간담회 개요\n' +
    '  ○ 일시: 2026. 10. 6.(화) 10:00 ~ 12:00\n' +
    '  ○ 참석: 도내 기업 8개사 12명\n';
  it("is the body's (its units aside), by the official in charge named under it", () => {
    const m = meta(withCharge);
    assert.equal(m.outlet, '군산 산업단지 경영자협의회');
    assert.deepEqual(m.authors, ['문가영']);
    assert.equal(m.date, '2026-06-19');
  });
  it('…or named under 담당 in its sign-off box', () => {
    const m = meta(withBox);
    assert.equal(m.outlet, '충북테크노파크');
    assert.deepEqual(m.authors, ['배수진']);
    assert.equal(m.date, '2026-10-07');
  });
  it('unseen-52 and unseen-53: the two 결과보고', () => {
    const a = fixtureSource(
      'unseen-52/sources/gwangyangman-suchul-hyeobuihoe-ganamhoe-gyeolgwa-bogo-2026-11-ko.txt',
    ).meta;
    assert.equal(a.outlet, '광양만권 수출기업협의회');
    assert.deepEqual(a.authors, ['정하린']);
    const b = fixtureSource('unseen-53/sources/gangwon-suchul-hyeobuihoe-3cha-hoeui-gyeolgwa-2026-11-18-ko.txt').meta;
    assert.equal(b.outlet, '강원글로벌산업진흥원');
    assert.deepEqual(b.authors, ['오세린']);
  });
});

describe("a listed issuer's regulated release as Euronext issuers set it (name, label, dateline, headline)", () => {
  const doc =
    'Meuse Réseaux SA\n' +
    'Regulated information - Inside information\n\n' +
    'Liège, Belgium - 12 January 2027, 17:45 CET\n\n' +
    'PRESS RELEASE\n\n' +
    'Meuse Réseaux agrees 150 MW connection for the Stargate Seraing campus\n\n' +
    'Meuse Réseaux SA (Euronext Brussels: MEUS) today announces that it has agreed to connect the Stargate Seraing\n' +
    'campus to its 150 kV network. The connection, of 150 MW, is to be ready in 2029 and will cost EUR 94 million.\n\n' +
    '"The line follows the old steelworks\' own route," said Chief Executive Officer Hélène Dardenne.\n';
  it("is the issuer's (its legal form kept), the line under its head the headline, dated by the dateline", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Meuse Réseaux SA');
    assert.equal(m.title, 'Meuse Réseaux agrees 150 MW connection for the Stargate Seraing campus');
    assert.equal(m.date, '2027-01-12');
  });
  it('unseen-53: Westhaven Energie', () => {
    const m = fixtureSource('unseen-53/sources/euronext-westhaven-energie-stargate-westpoort-2026-03-05.txt').meta;
    assert.equal(m.outlet, 'Westhaven Energie Holding N.V.');
    assert.equal(m.date, '2026-03-05');
    assert.match(m.title ?? '', /^Westhaven Energie and Stargate sign joint venture for 600 MW AI campus/);
  });
});

describe("a Dutch minister's letter to the House (Kamerbrief), in English translation", () => {
  const doc =
    '[Unofficial translation. Only the Dutch text is authentic.]\n\n' +
    'Ministry of Infrastructure and Water Management\n' +
    'Directorate-General for Water and Soil\n\n' +
    '> Return address: PO Box 20901, 2500 EX The Hague\n\n' +
    'To the Speaker of the House of Representatives\n' +
    'of the States General\n' +
    'The Hague\n\n' +
    'Date         2 June 2026\n' +
    'Subject      Cooling water permit for the data centre campus at Eemshaven\n' +
    'Our reference IENW/BSK-2026/118204\n\n' +
    'Dear Speaker,\n\n' +
    'In this letter I inform the House about the permit for the intake of 9 million m³ of cooling water a year from the\n' +
    'Eems estuary for the 300 MW data centre campus at Eemshaven.\n\n' +
    'Yours sincerely,\n\n' +
    'The State Secretary for Infrastructure and Water Management,\n\n' +
    'M.E. de Vries\n';
  it("is the ministry's, its subject the headline, dated by its Date field, by the signatory", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Ministry of Infrastructure and Water Management');
    assert.equal(m.title, 'Cooling water permit for the data centre campus at Eemshaven');
    assert.equal(m.date, '2026-06-02');
    assert.deepEqual(m.authors, ['M.E. de Vries']);
  });
  it('unseen-53: the letter on Stargate Westpoort', () => {
    const m = fixtureSource('unseen-53/sources/kamerbrief-stargate-westpoort-netaansluiting-2026-10-09-en.txt').meta;
    assert.equal(m.outlet, 'Ministry of Climate and Green Growth');
    assert.equal(m.title, 'Grid connection and energy supply of the Stargate Westpoort data centre campus');
    assert.deepEqual(m.authors, ['J.W. Hartsuiker']);
  });
});

describe('a 보도자료 a PR agency mails (its covering note over the release, the subject with when it may be reported)', () => {
  const doc =
    '보낸 사람: 서해커뮤니케이션즈 홍보1팀 <pr@seohaecomm.example.kr>\n' +
    '받는 사람: 기자님 <undisclosed-recipients>\n' +
    '날짜: 2026년 8월 3일 (월) 오전 10:15\n' +
    '제목: [보도자료] 태성냉각, 스타게이트 텍사스 캠퍼스에 냉각탑 212억 원 공급 (8월 3일 즉시 보도 가능)\n\n' +
    '기자님 안녕하세요, 서해커뮤니케이션즈 홍보1팀 유하람입니다.\n' +
    '태성냉각의 미국 수주 보도자료를 보내드립니다. 많은 관심 부탁드립니다.\n\n' +
    '======================================================================\n' +
    '보 도 자 료                                        태성냉각\n' +
    '배포일: 2026. 8. 3.(월)   |   보도: 즉시\n' +
    '======================================================================\n\n' +
    '태성냉각, 스타게이트 텍사스 캠퍼스에 냉각탑 212억 원 공급\n\n' +
    '아산 냉각설비 기업 태성냉각(대표 오민석)은 미국 텍사스의 스타게이트 데이터센터 캠퍼스에 냉각탑 24기를\n' +
    '공급하는 계약을 맺었다고 3일 밝혔다. 계약 규모는 약 212억 원이다.\n';
  it("is the company's its letterhead names, the subject without when it may be reported its headline", () => {
    const m = meta(doc);
    assert.equal(m.outlet, '태성냉각');
    assert.equal(m.title, '태성냉각, 스타게이트 텍사스 캠퍼스에 냉각탑 212억 원 공급');
    assert.equal(m.date, '2026-08-03');
  });
  it('unseen-53: 메디온센싱', () => {
    const m = fixtureSource('unseen-53/sources/email-bodojaryo-medion-sensing-stargate-sensor-suju-ko.txt').meta;
    assert.equal(m.outlet, '메디온센싱');
    assert.equal(m.title, '메디온센싱, 유럽 스타게이트 데이터센터 2곳에 센서 606억 원 공급');
  });
});

describe("a securities firm's 공모주 청약 안내 page saved as Markdown (its crumb of pages, its fields in bold)", () => {
  const doc =
    '<!-- 동백투자증권 홈페이지 > 공모주 청약 > 청약 안내 (2026-03-10 저장) -->\n\n' +
    '동백투자증권 · 공모주 청약 · 청약 안내\n\n' +
    '# 서라벌파워텍 코스닥 상장 공모 청약 안내\n\n' +
    '**대표주관회사** 동백투자증권 | **게시일** 2026.03.09 | **문의** 고객센터 1588-0000\n\n' +
    '## 공모 개요\n\n' +
    '| 구분 | 내용 |\n|---|---|\n' +
    '| 공모 금액 | 210억 원 |\n' +
    '| 일반 청약 | 2026.03.16 ~ 03.17 |\n' +
    '| 환불일 | 2026.03.19 |\n\n' +
    '회사는 데이터센터용 무정전전원장치를 만들며, 지난해 매출은 540억 원입니다.\n\n' +
    '---\n' +
    '동백투자증권 | 부산광역시 중구 중앙대로 | 사업자등록번호 602-81-00000\n';
  it("is the firm's its crumb leads with, dated by its 게시일 (its bold label a label), not by a date of the offer", () => {
    const m = meta(doc, 'page.md');
    assert.equal(m.outlet, '동백투자증권');
    assert.equal(m.date, '2026-03-09');
    assert.equal(m.title, '서라벌파워텍 코스닥 상장 공모 청약 안내');
  });
  it('unseen-53: 한결투자증권', () => {
    const m = fixtureSource('unseen-53/sources/hangyeol-securities-noeul-cloud-gongmo-cheongyak-annae-ko.md').meta;
    assert.equal(m.outlet, '한결투자증권');
    assert.equal(m.date, '2026-11-24');
  });
});
