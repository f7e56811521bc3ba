// How sources are read, body and metadata, in the layouts unseen-46 and unseen-47 read wrong (issue 10, session 34).
// The two promoted sets' own metadata.json are asserted, the fields still read wrong pending; each rule is shown also
// on a small document of the same kind written for it, from another sender. Each case fails with its rule undone.
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
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meta34-')), 'page.html');
  fs.writeFileSync(file, html);
  const s = readSource(file, 50e6);
  assert.ok(typeof s !== 'string', String(s));
  return s;
}

describe('unseen-46 and unseen-47 (promoted in session 34): their metadata.json', () => {
  describe('unseen-46', () =>
    metadataTable(
      'unseen-46',
      {},
      {
        sub: 'sources',
        pending: {
          // (the headline: the text writes `Environmental Impact Assessment` in an Act's name, the key small)
          'sources/landnyting-opinion-eia-hraunvellir-2026-09-15-en.txt': ['headline'],
          'sources/greenland-consultation-portal-isortuarsuk-hydro-ameralik-whitepaper.html': ['outlet', 'headline'],
          // (the headline: the text writes `mariners` small, the key capitalized)
          'sources/fsa-notice-to-mariners-2026-31-skalafjordur-kollafjordur-cable-lay.txt': ['headline'],
        },
      },
    ));
  describe('unseen-47', () =>
    metadataTable(
      'unseen-47',
      {},
      {
        sub: 'sources',
        pending: {
          // (the headline: the key capitalizes it as a headline, the text writes `public summary` small)
          'sources/priio-decree-summary-2026-exp-0418-stargate-jobos.txt': ['headline'],
          'sources/x-thread-msantana-investrd-stargate-bani-licence.html': ['headline'],
          'sources/telegram-hanbit-smallcap-channel-export-2026-11-12-ko.txt': ['authors'],
        },
      },
    ));
});

describe('a banner in brackets over the copy', () => {
  const portal =
    '[해남군 투자유치팀 | 협약 체결 현황 | 게시일 2026-04-02]\n\n' +
    '해남 솔라시도 데이터센터 단지 투자협약\n\n' +
    '해남군과 ㈜남도데이터는 솔라시도 기업도시에 데이터센터 단지를 짓기 위한 투자협약을 4월 1일 체결했다. 투자 금액은 3,200억 원이다.\n';
  const extracted =
    '[Text extracted from the PDF "Northfield_Q1_update.pdf", pages 1-3.\n' +
    'Tables were converted to text; page numbers are in brackets.]\n\n' +
    'Quarterly update on the Northfield campus\n\n' +
    'The first hall of the Northfield campus was energised in March, two weeks ahead of plan. Its 40 MW is fully let.\n';
  it("is no headline: the portal's header in fields, the extraction's note over two lines", () => {
    assert.equal(meta(portal).title, '해남 솔라시도 데이터센터 단지 투자협약');
    assert.equal(meta(extracted).title, 'Quarterly update on the Northfield campus');
  });
  it('is no text', () => {
    assert.ok(!sentencesOf(extracted).some((s) => s.includes('converted to text')));
    assert.ok(!sentencesOf(portal).some((s) => s.includes('게시일')));
  });
  it('a title in brackets, one piece and no sentence, stays the headline', () => {
    const doc =
      '[Northfield campus: first hall energised]\n\n' +
      'The first hall of the Northfield campus was energised in March, two weeks ahead of plan. Its 40 MW is fully let.\n';
    assert.ok(meta(doc).title?.includes('Northfield campus: first hall energised'));
  });
});

describe("a Korean disclosure's head copied from a viewer's table, its cells apart by tabs", () => {
  const doc =
    '동해전선\t유가증권시장본부\t공시일 2026.03.04 16:20\n' +
    '단일판매ㆍ공급계약체결\n\n' +
    '1. 판매ㆍ공급계약 내용\t해저 전력케이블 공급\n' +
    '2. 계약금액(원)\t95,000,000,000\n';
  it("is the company's, dated by the filing, the form's name the headline", () => {
    const m = meta(doc);
    assert.equal(m.outlet, '동해전선');
    assert.equal(m.date, '2026-03-04');
    assert.equal(m.title, '단일판매ㆍ공급계약체결');
  });
});

describe("a public body's document on its letterhead closed by the line saying where to reach it", () => {
  const doc =
    'STYRELSEN FOR NETPLANLÆGNING\n' +
    'Danish Agency for Grid Planning\n' +
    'Kalvebod Brygge 4 · 1560 Copenhagen V · Tel. +45 33 92 67 00 · www.gridplanning.dk\n\n' +
    'Journal no.: 2026-1123                                    Copenhagen, 4 March 2026\n\n\n' +
    'DECISION ON THE GRID CONNECTION OF A DATA CENTRE\n' +
    'Aabenraa data campus, phase 2\n\n' +
    'Applicant:     Kassø Compute ApS\n' +
    'Connection:    400 kV, Kassø substation\n\n' +
    '1. BACKGROUND\n\n' +
    'The applicant has asked to connect a second phase of 180 MW to the Kassø substation. The Agency finds that the ' +
    'connection can be made in 2028 without new lines.\n';
  it("is the body's (its name in the document's language), dated by the place and date in its head", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Danish Agency for Grid Planning');
    assert.equal(m.date, '2026-03-04');
  });
  it('is headed by its title in capitals under the letterhead, with its subtitle', () => {
    assert.equal(meta(doc).title, 'Decision on the grid connection of a data centre: Aabenraa data campus, phase 2');
  });
});

describe("a Markdown document's heading under a banner in pieces", () => {
  const insight =
    "<!-- Converted from the institute's PDF. -->\n\n" +
    '**BRIEF** · Nordic Energy Policy Institute · Independent analysis since 1998\n\n' +
    '# Data centres and the Nordic grid: three questions for 2027\n\n' +
    '**May 4, 2026**\n\n' +
    'Kari Lund, Senior Fellow\n\n' +
    'Nordic grid operators expect data centres to ask for 6 GW of new connections by 2030. This brief asks what that ' +
    'means for prices in the north.\n';
  const abstract =
    '**대한전력공학회 2026년도 춘계학술대회 논문집** | 2026년 5월 21일(목)~22일(금) | 제주국제컨벤션센터\n\n' +
    '세션 O3 (구두) · 신재생 연계 · 5월 21일 10:00~11:30\n\n' +
    '## [O3-07] 해상풍력 연계 데이터센터의 전력 품질 분석\n\n' +
    '김민수¹, 이서연¹, 박도윤²*\n\n' +
    '¹ 한빛대학교 전기공학과 · ² 동해전력㈜\n\n' +
    '### 초록\n\n' +
    '본 연구는 해상풍력 단지와 직접 연결된 100 MW급 데이터센터의 전압 변동과 고조파를 분석하였다. 측정 결과 총고조파왜율은 2.1%였다.\n';
  it('is headed by the heading, the banner the publisher where a piece names a body', () => {
    const m = meta(insight, 'x.md');
    assert.equal(m.title, 'Data centres and the Nordic grid: three questions for 2027');
    assert.equal(m.outlet, 'Nordic Energy Policy Institute');
  });
  it("a proceedings' banner dates it and names the society; the marked names under the heading are its authors", () => {
    const m = meta(abstract, 'x.md');
    assert.equal(m.title, '해상풍력 연계 데이터센터의 전력 품질 분석');
    assert.equal(m.outlet, '대한전력공학회');
    assert.equal(m.date, '2026-05-21');
    assert.deepEqual(m.authors, ['김민수', '이서연', '박도윤']);
  });
});

describe("a messenger channel's export from the desktop app, its channel by handle, a pinned message over the posts", () => {
  const doc =
    'Telegram Desktop chat export (text)\n' +
    'Channel: Gridline Equity Notes (@gridline_notes)\n' +
    'Exported: 2026.10.02 19:40\n' +
    'Range: 2026.10.02, 2 messages\n' +
    '──────────────────────────────\n\n' +
    '📌 Pinned message\n' +
    'This channel summarises research approved by compliance. Not investment advice.\n\n' +
    '──────────────────────────────\n' +
    '[2026.10.02 07:55]  Gridline Equity Notes\n' +
    '👁 1.4K\n\n' +
    '[Nordvolt Cables 3Q26 preview: the Faroese order lands]\n\n' +
    '✔️ Revenue KRW 210 billion expected, up 22% on the year\n';
  it("is the channel's, dated by its first post, headed by that post's title in brackets", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Gridline Equity Notes');
    assert.equal(m.date, '2026-10-02');
    assert.equal(m.title, 'Nordvolt Cables 3Q26 preview: the Faroese order lands');
  });
});

describe("a social network's page whose site name notes the name it had before", () => {
  it("is the network's by its present name (`X (formerly Twitter)` → `X`)", () => {
    const s = pageSource(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ana Ruiz on X</title>' +
        '<meta property="og:site_name" content="X (formerly Twitter)">' +
        '<meta property="article:published_time" content="2026-05-02T10:00:00Z">' +
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting",' +
        '"author":{"@type":"Person","name":"Ana Ruiz"},"datePublished":"2026-05-02T10:00:00Z",' +
        '"articleBody":"The Baní campus got its water permit today: 2,600 m3 a day."}</script>' +
        '</head><body><main><article><p>The Baní campus got its water permit today: 2,600 m3 a day.</p>' +
        '</article></main></body></html>',
    );
    assert.equal(s.meta.outlet, 'X');
  });
});

describe("a council's board page: its crumb led by the council, the unit in charge in its footer", () => {
  const doc =
    '경기도의회 > 의정활동 > 5분자유발언 > 게시물 원문(텍스트)\n\n' +
    '제380회 임시회 제1차 본회의\n' +
    '5분 자유발언\n\n' +
    '발 언 일 : 2026. 10. 14.(수) 10:10\n' +
    '발 언 자 : 박서윤 의원\n' +
    '제    목 : 평택 데이터센터, 전력망부터 챙겨야\n\n' +
    '존경하는 도민 여러분, 평택 고덕에 들어설 데이터센터는 300MW 규모입니다. 전력망 계획이 먼저 나와야 합니다.\n\n' +
    '등록일 2026-10-14 | 담당 의사담당관 | 조회 120\n';
  it("is the council's, not the unit in charge's (`담당 의사담당관`)", () => {
    assert.equal(meta(doc).outlet, '경기도의회');
  });
});

describe("a local government's posted agreement: the portal's banner names the body, the kind letter-spaced over its title", () => {
  const doc =
    '[해남군 투자유치팀 | 협약 체결 현황 | 게시일 2026-04-02]\n\n' +
    '                 업  무  협  약  서\n\n' +
    '        해남군 ‧ ㈜남도데이터 ‧ 데이터센터 단지 조성\n\n' +
    '  해남군과 ㈜남도데이터는 솔라시도 기업도시에 데이터센터 단지를 조성하기 위하여 다음과 같이 협약을 체결한다.\n\n' +
    '제1조(투자 내용) ㈜남도데이터는 2028년까지 3,200억 원을 투자한다.\n';
  it("is the body's that the banner names as posting it", () => {
    assert.equal(meta(doc).outlet, '해남군');
  });
  it('is headed by the kind closed up and the title under it', () => {
    assert.equal(meta(doc).title, '업무협약서: 해남군 ‧ ㈜남도데이터 ‧ 데이터센터 단지 조성');
  });
});

describe("a company's report as text from its PDF: its name in capitals with its legal form over the title, pages numbered in brackets", () => {
  const doc =
    '[Text extracted from "Fjordvik_Annual_Report_2026.pdf"; page numbers in brackets.]\n\n' +
    '                                                                  [1]\n' +
    '                         FJORDVIK KRAFT AS\n\n' +
    '                 Annual Report and Accounts 2026\n' +
    '                   for the year ended 31 December 2026\n\n' +
    '                                                                  [2]\n' +
    "Chair's letter\n\n" +
    'Fjordvik Kraft AS sold 4,100 GWh in 2026, of which 600 GWh went to the new data centre at Rjukan. Revenue was ' +
    'NOK 2.1 billion.\n\n' +
    '                                                                  [3]\n' +
    'The board proposes a dividend of NOK 4.50 a share.\n';
  it("is the company's, named as its text writes it, headed by the title under the name", () => {
    const m = meta(doc);
    assert.equal(m.outlet, 'Fjordvik Kraft AS');
    assert.equal(m.title, 'Annual Report and Accounts 2026 for the year ended 31 December 2026');
  });
  it('its page numbers in brackets are no text', () => {
    assert.ok(!sentencesOf(doc).some((s) => /^\[\d\]$/.test(s.trim())));
  });
});

describe("a policy brief's writers, one a line with their research post and its field", () => {
  const doc =
    '# Grid connections for data centres: issues for Parliament\n\n' +
    '**12 March 2026**\n\n' +
    'Helen J. Marsh, Analyst in Energy Policy\n' +
    'Rafael O. Quintero, Specialist in Regional Development and Housing\n\n' +
    'Data centre developers have asked the grid operator for 4 GW of new connections, more than the peak demand of ' +
    'the capital. This brief sets out what Parliament may consider.\n';
  it('are its authors, both (`Specialist in …`, not a newsroom job, is a post too)', () => {
    assert.deepEqual(meta(doc, 'x.md').authors, ['Helen J. Marsh', 'Rafael O. Quintero']);
  });
});

describe("a social network's post titled by its poster alone", () => {
  it("is the poster's (`박정민 여수시장` → 박정민), with no headline of its own", () => {
    const s = pageSource(
      '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>박정민 여수시장 - 오늘 율촌산단 데이터센터 부지를 둘러봤습니다. | Facebook</title>' +
        '<meta property="og:site_name" content="Facebook">' +
        '<meta property="og:type" content="article">' +
        '<meta property="og:title" content="박정민 여수시장">' +
        '<meta property="og:description" content="오늘 율촌산단 데이터센터 부지를 둘러봤습니다.">' +
        '<meta property="article:published_time" content="2026-10-05T16:20:00+09:00">' +
        '<meta property="article:author" content="https://www.facebook.com/yeosu.mayor.park">' +
        '</head><body><div role="main"><div role="article">' +
        '<p>오늘 율촌산단 데이터센터 부지를 둘러봤습니다. 1단계 200MW 규모로, 2028년 가동이 목표입니다.</p>' +
        '<p>여수의 바람과 햇빛으로 돌아가는 데이터센터가 되도록 시가 돕겠습니다.</p>' +
        '</div></div></body></html>',
    );
    assert.deepEqual(s.meta.authors, ['박정민']);
    assert.equal(s.meta.title ?? null, null);
  });
});

describe("a proceedings' banner in pieces over a paper's heading", () => {
  const doc =
    '**한국에너지정보학회 2026년도 추계학술대회 논문집** | 2026년 10월 22일(목)~23일(금) | 대전컨벤션센터\n\n' +
    '## [A1-03] 데이터센터 폐열의 지역난방 활용 가능성\n\n' +
    '정하늘¹, 오세영²*\n\n' +
    '### 초록\n\n' +
    '본 연구는 40 MW급 데이터센터의 폐열을 지역난방에 공급하는 경우의 경제성을 분석하였다.\n';
  it('is no headline, but its text stays: it says when and where the paper is given', () => {
    assert.equal(meta(doc, 'x.md').title, '데이터센터 폐열의 지역난방 활용 가능성');
    assert.ok(sentencesOf(doc, 'x.md').some((s) => s.includes('2026년 10월 22일')));
  });
});
