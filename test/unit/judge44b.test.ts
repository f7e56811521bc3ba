// Planted wrong figures of unseen-66 and unseen-67 that passed (session 44): a Caribbean dollar read as the US dollar
// and a lease's rent taken as said of its term (unseen-67 caribbean L21), an amount asked for that only a less close
// sentence states with a unit (unseen-67 himalayan L35), and a writer's sum that took a part the source had revised
// (unseen-66 cheongram L16). Each case failed before its rule.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures/index';
import { amountRole } from '../../server/src/judge/role';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const RED_HIDRICA = 'red-hidrica-sula-brief-stargate-baracoa-water-power-tax.md';
const UNSEEN_66_KO = 'cheongram-daehakwon-semina-balje-yeongdong-haenam-stargate-suju-ko.md';
const UNSEEN_67_CARIBBEAN = 'caribbean-merchant-trust-credit-note-point-lisas-glo-djigbe.md';
const UNSEEN_67_HIMALAYAN = 'himalayan-waters-forum-brief-gelephu-glo-djigbe-water-power.md';

// "TT$9.8 million" was read as 9.8 million US dollars (a bare "$" with letters before it the scanner did not know), so a
// line's US$ amount was vouched for by a Trinidad and Tobago dollar amount of the same digits.
describe('judge44b: the Caribbean dollars are their own currencies', () => {
  it('reads TT$, EC$ and J$ as TTD, XCD and JMD', () => {
    const read = (s: string) => extractFigures(s, 'en').figures.map((f) => `${f.text}:${f.unit}`);
    assert.deepEqual(read('The rent is TT$9.8 million.'), ['TT$9.8 million:TTD']);
    assert.deepEqual(read('Grenada put in EC$45 million.'), ['EC$45 million:XCD']);
    assert.deepEqual(read('Kingston spent J$1.2 billion on it.'), ['J$1.2 billion:JMD']);
    // (still the US dollar, the Singapore and Hong Kong ones)
    assert.deepEqual(read('It costs US$5 million, S$6 million or HK$7 million.'), [
      'US$5 million:USD',
      'S$6 million:SGD',
      'HK$7 million:HKD',
    ]);
  });
  const corpus = () =>
    writtenSources({
      'trinidad-guardian-wallerfield-lease.md':
        '# Wallerfield data campus signs its land lease\n\n2026-05-12\n\nThe developer of the Wallerfield data campus has signed a lease for 12 hectares of the estate at TT$4.6 million a year, the estate company said on Monday.\n',
    });
  it('a US$ line is not vouched for by the TT$ amount of the same digits', () => {
    const r = figureJudged(
      corpus(),
      '# Note\n\nThe Wallerfield lease costs US$4.6 million a year.\n',
      'US$4.6 million',
    );
    assert.notEqual(r.status, 'supported', messages(r));
  });
  it('the TT$ line is', () => {
    const r = figureJudged(
      corpus(),
      '# Note\n\nThe Wallerfield lease costs TT$4.6 million a year.\n',
      'TT$4.6 million',
    );
    assert.equal(r.status, 'supported', messages(r));
  });
});

// A source sentence that restates the line ("reviewed every three years") gave no figure in the place of the line's rent:
// the rent stood after the lease's term with no comma between ("for 25 years at an annual rent of …"), and tiedToOther
// took it as said of the term. An amount is not said of a time; a date or a span is said of an amount.
describe('judge44b: a rent after a lease’s term is not said of the term', () => {
  const corpus = () =>
    writtenSources({
      'ministry-foi-wallerfield.txt':
        'MINISTRY OF TRADE AND INDUSTRY\n\nResponse to a request for information, 2 June 2026\n\nThe campus site is 12 hectares of the Wallerfield Industrial Estate, leased from the estate company for 25 years at an annual rent of TT$4.6 million, reviewed every three years.\n',
    });
  it('flags the rent with its digits swapped', () => {
    const r = figureJudged(
      corpus(),
      '# Wallerfield\n\nAnnual land rent is TT$6.4 million, reviewed every three years.\n',
      'TT$6.4 million',
    );
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /TT\$4\.6 million/);
  });
  it('vouches for the right rent', () => {
    const r = figureJudged(
      corpus(),
      '# Wallerfield\n\nAnnual land rent is TT$4.6 million, reviewed every three years.\n',
      'TT$4.6 million',
    );
    assert.equal(loud(r).length, 0, messages(r));
    assert.equal(r.status, 'supported', messages(r));
  });
  it('catches unseen-67 caribbean L21 (TT$8.9 million for TT$9.8 million)', () => {
    const j = reportLineJudged('unseen-67', UNSEEN_67_CARIBBEAN, 21, 'TT$8.9 million');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});

// "The state pays XOF 30 billion of the XOF 84 billion asked": the closest sentence stating the 30 billion writes the ask
// bare ("ADI had asked for 48"), so nothing stood in the ask's place there, and the next sentence that states both ("The
// developers asked the state to fund it in full, at XOF 48 billion; a decree … grants XOF 30 billion") was never asked.
// "asked the state to fund it" was no word of asking either, and its 48 billion is paired with the line's ask by role.
describe('judge44b: the amount asked for, from the next sentence that states the line’s other amount', () => {
  it('reads "asked X to fund it …, at" as asking', () => {
    const t =
      'The developers asked the government to fund the substation in full, at XOF 20 billion; a decree of 4 May grants XOF 12 billion.';
    const role = (f: string) => amountRole(t, t.indexOf(f), t.indexOf(f) + f.length, 'en', 'money');
    assert.equal(role('XOF 20 billion'), 'applied');
    assert.equal(role('XOF 12 billion'), 'granted');
  });
  const corpus = () =>
    writtenSources({
      'forum-answer-kara-campus.md':
        '# What do we know about the Kara data campus in Togo?\n\n2026-10-02\n\nThe Kara campus will need a new 161 kV substation. The state is paying XOF 12 billion towards that substation; the developer had asked for 20.\n',
      'lome-ledger-kara-substation.md':
        '# Togo grants part of the cost of the Kara campus substation\n\n2026-09-28\n\nThe Kara data campus needs a new 161 kV substation near the town. The developers asked the state to fund the substation in full, at XOF 20 billion; a decree of 23 September grants XOF 12 billion and leaves the rest to the developer.\n',
    });
  const line = (asked: string) =>
    `# Kara\n\nThe state pays XOF 12 billion of the XOF ${asked} billion asked for the 161 kV substation.\n`;
  it('flags the ask with its digits swapped', () => {
    const r = figureJudged(corpus(), line('22'), 'XOF 22 billion');
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /XOF 20 billion/);
  });
  it('vouches for the right ask and the grant', () => {
    for (const fig of ['XOF 20 billion', 'XOF 12 billion']) {
      const r = figureJudged(corpus(), line('20'), fig);
      assert.equal(loud(r).length, 0, `${fig}: ${messages(r)}`);
      assert.equal(r.status, 'supported', `${fig}: ${messages(r)}`);
    }
  });
  it('catches unseen-67 himalayan L35 (XOF 84 billion asked for XOF 48 billion)', () => {
    const j = reportLineJudged('unseen-67', UNSEEN_67_HIMALAYAN, 35, 'XOF 84 billion');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    const g = reportLineJudged('unseen-67', UNSEEN_67_HIMALAYAN, 35, 'XOF 30 billion');
    assert.equal(loud(g).length, 0, messages(g));
  });
});

// "…980만 달러(135억 원)를 더한 변경 후 합계는 701억 원": 566억 (the Soyo order at signing) + 135억. sumOfLinePart took it for
// the writer's own sum of a source's parts and set the sources' 777억 aside; but the sources add up their list
// themselves, right after it, to 777억 (the order as revised to 642억 + 135억), or give 701억 as the total before the
// change. A source's own total of the list the part stands in judges the writer's sum.
describe('judge44b: a writer’s sum is judged by the source’s own total of the list it takes a part from', () => {
  const corpus = () =>
    writtenSources({
      'toronhoe-jaryojip-ko.txt':
        '지역산업 정책토론회 자료집\n\n2026. 9. 30.\n\n2. 당사 수주 내역 (코스닥 공시 기준)\n\n  ○ 롱안 1단계 냉각설비 (칠러 30대)\n    - 2026. 5. 2. 계약 : 3,000만 달러 (410억 원, 2025년 매출 941억 원의 43.6%)\n    - 2026. 7. 1. 변경 : 칠러 5대 추가, 3,500만 달러 (480억 원, 51.0%)\n  ○ 촌부리 1단계 냉각탑 20대\n    - 2026. 6. 3. 계약 : 700만 달러 (96억 원, 10.2%)\n  ○ 합계 : 변경 전 506억 원(매출의 53.8%) → 변경 후 576억 원(61.2%)\n  ○ 첫 출하 : 2027년 3월\n',
      'gunuiwon-news-ko.md':
        '# 군, 냉각설비 공장 증설에 보조금 20억 원\n\n2026-09-02\n\n군은 2일 투자심의위원회를 열어 공장 증설 보조금 20억 원을 의결했다. 회사는 신규 인력 40명을 채용한다.\n',
    });
  const line = (sum: string) =>
    `# 발제 메모\n\n## 롱안·촌부리 냉각설비 수주\n\n- 롱안 냉각설비 계약은 5월 410억 원(매출의 43.6%)이었다가 7월 칠러 5대가 추가되어 480억 원(51.0%)으로 늘었다.\n- 여기에 촌부리 냉각탑 700만 달러(96억 원)를 더한 변경 후 합계는 ${sum}억 원, 매출의 53.8%다.\n`;
  it('flags the sum that took the order before its change', () => {
    const r = figureJudged(corpus(), line('506'), '506억 원');
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /576억 원/);
  });
  it('vouches for the sum the source gives', () => {
    const r = figureJudged(corpus(), line('576'), '576억 원');
    assert.equal(loud(r).length, 0, messages(r));
    assert.equal(r.status, 'supported', messages(r));
  });
  it('catches unseen-66 cheongram L16 (701억 원 for 777억 원)', () => {
    const j = reportLineJudged('unseen-66', UNSEEN_66_KO, 16, '701억 원');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});

// "Construction should employ 1,200 people, and the campus will have 260 permanent staff" under "# Stargate at Baracoa:
// water, power and tax compared with Krško and Soyo": each of two articles states one of the line's counts (Baracoa's
// 1,200 and 190; Krško's 1,400 and 260), and the line names no place. The title's site was read only from a title that
// names one place; this one names three, the report's own after "at" before its colon and the compared ones after it. The
// head's one place is the report's site: Krško's article, which never names it, does not vouch for the line against
// the Baracoa sentence that the line's 1,200 restates.
describe('judge44b: a title names its site before its colon', () => {
  const corpus = () =>
    writtenSources({
      'caribe-review-ceiba.md':
        '# A server farm at Ceiba\n\n2026-09-30\n\nBy Marta Solís\n\nThe Stargate venture and a local partner plan a 200 MW campus on 60 hectares in the Ceiba free zone, on the Atlantic coast of Honduras. The investment is USD 2.2 billion. Construction is expected to employ 900 people; the campus will have 150 permanent staff.\n\nThe campus will be cooled with treated wastewater from the town plant.\n',
      'moravia-business-ostrava.md':
        '# Ostrava campus wins a state incentive\n\n2026-06-25\n\nBy Petr Novák\n\nThe Czech government has granted CZK 1.6 billion to the Stargate campus at Ostrava, a 400 MW site on a former steelworks. Construction is expected to employ about 1,100 people at its peak; the campus will have 210 permanent staff when both phases are running. The river Oder will supply its cooling water.\n',
    });
  const brief = (title: string, staff: string) =>
    `# ${title}\n\nPolicy brief · 1 October 2026\n\n## What is planned\n\nThe campus is planned at 200 MW on 60 hectares of the free zone.\n\n## Jobs\n\nConstruction should employ 900 people, and the campus will have ${staff} permanent staff.\n`;
  const TITLE = 'Stargate at Ceiba: water and jobs compared with Ostrava';
  it("flags the other campus's permanent staff", () => {
    const r = figureJudged(corpus(), brief(TITLE, '210'), '210 permanent staff');
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /150 permanent staff/);
  });
  it("vouches for the site's own", () => {
    const r = figureJudged(corpus(), brief(TITLE, '150'), '150 permanent staff');
    assert.equal(loud(r).length, 0, messages(r));
    assert.equal(r.status, 'supported', messages(r));
  });
  it('reads no site from a head that names two places', () => {
    const r = figureJudged(corpus(), brief('Ceiba and Ostrava: water and jobs', '210'), '210 permanent staff');
    assert.equal(loud(r).length, 0, messages(r));
  });
  // (a head that is the note's kind names no site where a place stands: unseen-62's "Credit note: Ile Verte Holdings
  // Ltd, equity bridge for Stargate Côte d'Or" read "Credit" as its site, and the issuer's own MUR 9.8 billion no longer
  // refuted L17's MUR 8.9bn)
  it('reads no site from a head that is the note’s kind', () => {
    const r = figureJudged(corpus(), brief('Credit note: Ceiba and Ostrava campuses', '210'), '210 permanent staff');
    assert.equal(loud(r).length, 0, messages(r));
    const j = reportLineJudged(
      'unseen-62',
      'iocb-credit-note-ile-verte-stargate-cote-dor-equity-bridge.md',
      17,
      'MUR 8.9bn',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it('catches unseen-66 red-hidrica L40 (260 permanent staff for 190)', () => {
    const j = reportLineJudged('unseen-66', RED_HIDRICA, 40, '260 permanent staff');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    const c = reportLineJudged('unseen-66', RED_HIDRICA, 40, '1,200 people');
    assert.equal(loud(c).length, 0, messages(c));
  });
});
