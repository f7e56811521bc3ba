// The figure lines of unseen-61 (tuning material since session 41) that a check got wrong: a wrong ✓ and planted
// mistakes missed. Each case failed before its rule.
import { strict as assert } from 'assert';
import { speakerFirmOf } from '../../server/src/judge/carriedOwner';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_61_KO = 'namwon-siuihoe-jeongchaekjiwongwan-geomto-stargate-namwon-gieop-ko.md';
const UNSEEN_61_DAUGAVA = 'daugava-bank-credit-note-stargate-ventspils-korean-supply-chain.md';
const UNSEEN_61_RAPTI = 'rapti-water-watch-brief-stargate-hetauda-water-power-compared.md';

// unseen-61 namwon L19: "회사는 하반기 남원에서 생산직 28명을 채용할 계획이다." under "## 2. 요천써멀" got a ✓ from Moak Economy's
// "탁상훈 운봉정밀 대표는 "…"며 "하반기에 28명을 더 뽑는다"고 말했다" — the hiring of another firm, 운봉정밀, whose chief says it —
// while a post's "요천써멀은 올해 하반기에 남원에서 생산직 45명을 뽑는다고 하네요" gives the line's firm 45. The owner rule (a source
// figure of a firm the line never names, under a heading that names a firm the source never writes) held only for a
// figure carried from the sentence before, and only against a refutation: what a firm's chief says was no firm's, and
// an agreeing figure was never asked. (Read for agreeing figures only, and only a speaker's firm: a topic may be whoever
// grants the figure, a commission's "… 배정했다" refuted unseen-52 L15 rightly; and the carried owner, asked of agreeing
// figures too, read unseen-54's "CDU 연간 생산능력은 …" as a firm and took a true line's ✓.)
describe('judge41b: a Korean figure of another firm, named by its own sentence, vouches for no line about this one', () => {
  const corpus = () =>
    writtenSources({
      'gumi-daily-ko.md':
        '# 한빛정공, 구미에 외함 2공장 짓는다\n\n2026-05-12\n\n구미 국가산업단지의 금속가공 업체 한빛정공이 120억 원을 들여 외함 공장을 새로 짓는다.\n\n김도윤 한빛정공 대표는 "유럽 규격 외함 주문이 두 배로 늘었다"며 "하반기에 구미 공장 생산직 35명을 더 뽑는다"고 말했다.\n',
      'cafe-post-ko.md':
        '# 세림쿨링, 말레이시아 데이터센터 냉각장치 따냈네요\n\n2026-06-03\n\n세림쿨링이 말레이시아 조호르 데이터센터용 냉각장치를 310억 원에 수주했다고 공시했습니다.\n\n세림쿨링은 올해 하반기에 구미에서 생산직 52명을 뽑는다고 하네요.\n',
    });
  const report =
    '# 구미 소재 기업 현황 검토\n\n## 1. 세림쿨링\n\n말레이시아 조호르 데이터센터용 냉각장치를 310억 원에 수주하였다.\n\n회사는 하반기 구미에서 생산직 35명을 채용할 계획이다.\n\n## 2. 한빛정공\n\n외함 2공장에 120억 원을 투자한다.\n\n하반기 채용 계획은 35명이다.\n';
  it('gives no ✓ to "회사는 … 35명을 채용할" under "## 1. 세림쿨링" from 한빛정공 대표\'s 35명, and sets the firm\'s 52명 against it', () => {
    const r = figureJudged(corpus(), report, '35명');
    assert.notEqual(r.status, 'supported', messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /52명/);
  });
  it('still vouches for "하반기 채용 계획은 35명이다" under "## 2. 한빛정공", whose chief says it', () => {
    const text = report.replace('회사는 하반기 구미에서 생산직 35명을 채용할 계획이다.\n\n', '');
    const r = figureJudged(corpus(), text, '35명');
    assert.equal(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it("reads the firm a sentence's opening speaker speaks for, beside the name and the title", () => {
    assert.deepEqual(speakerFirmOf('김도윤 한빛정공 대표는 "올해 하반기에 35명을 더 뽑는다"고 말했다.'), ['한빛정공']);
    assert.deepEqual(speakerFirmOf('한빛정공 김도윤 대표는 "올해 하반기에 35명을 더 뽑는다"고 말했다.'), ['한빛정공']);
    assert.deepEqual(speakerFirmOf('한빛정공 관계자는 "하반기에 35명을 더 뽑는다"고 전했다.'), ['한빛정공']);
    // (a person's name is no firm; nor is a speaker whose phrase stands after a clause, nor a word of time; nor a topic
    // that is no speaker: it may be whoever grants the figure, not whose it is)
    assert.equal(speakerFirmOf('김도윤 대표는 "올해 하반기에 35명을 더 뽑는다"고 말했다.'), undefined);
    assert.equal(speakerFirmOf('공장이 다 지어지면 구미 산단의 한빛정공 김도윤 대표는 웃었다.'), undefined);
    assert.equal(speakerFirmOf('올해는 35명을 뽑는다.'), undefined);
    assert.equal(speakerFirmOf('세림쿨링은 올해 하반기에 구미에서 생산직 52명을 뽑는다고 하네요.'), undefined);
    assert.equal(
      speakerFirmOf('국가에너지배분위원회는 7월 29일 이 발전소에 연 18억㎥의 가스 공급을 배정했다.'),
      undefined,
    );
  });
  it('reads unseen-61 namwon L19 "28명" as 요천써멀\'s 45명, not as 운봉정밀\'s 28명', () => {
    const j = reportLineJudged('unseen-61', UNSEEN_61_KO, 19, '28명');
    assert.notEqual(j.status, 'supported');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it('still vouches for unseen-9 L68 "… triple HBM capacity by 2027" by "한지훈 대성메모리 사장은 "2027년까지 …"" (an English line)', () => {
    const j = reportLineJudged('unseen-9', 'board-briefing.md', 68, '2027');
    assert.equal(j.status, 'supported', messages(j));
  });
  it('still vouches for unseen-61 namwon L39 "하반기 채용 계획은 28명이다" under "## 3. 운봉정밀"', () => {
    const j = reportLineJudged('unseen-61', UNSEEN_61_KO, 39, '28명');
    assert.equal(j.status, 'supported');
    assert.equal(j.findings.length, 0, messages(j));
  });
});

// unseen-61 daugava L31: "Phase 1's 18 power transformers … were awarded on 20 May to Dongjin Powertech of Jeongeup for
// KRW 162bn (about USD 91m)." under "## Supply chain: Jeonbuk, Korea". The webinar "From Jeongeup to Ventspils" says "The
// contract we signed on May 20 is 126 billion won", but its headline names Jeongeup and not Jeonbuk, which it writes only
// far from the figure: the headline rule (an article about its headline's place, which names the section's place nowhere
// near the figure, is of another place) set it aside, though the line's own sentence names Jeongeup.
describe("judge41b: an article about the headline's place judges a line whose own sentence names that place", () => {
  const corpus = () =>
    writtenSources({
      'webinar.md':
        '# From Gunwi to Narva: Korean suppliers for an Estonian campus\n\n2026-06-18\n\nGood afternoon to everyone joining from Gunwi and from Tallinn.\n\nTaesan Electric makes its transformers in Gunwi, a county north of Daegu.\n\nThe contract we signed on May 14 is 84 billion won, that is about 61 million dollars, for twelve power transformers of phase one.\n\nThe first ship leaves Pohang in March.\n\nThe piling starts in September.\n\nThe grid study is due in July.\n\nThe cable factory is also in Gyeongbuk, so it is really a Gyeongbuk order.\n',
    });
  const report = (won: string) =>
    `# Credit note: an Estonian campus and its Korean suppliers\n\n## Supply chain: Gyeongbuk, Korea\n\nPhase 1's twelve power transformers were awarded on 14 May to Taesan Electric of Gunwi for KRW ${won} (about USD 61m).\n`;
  it('sets "84 billion won" against "KRW 48bn … Taesan Electric of Gunwi"', () => {
    const r = figureJudged(corpus(), report('48bn'), 'KRW 48bn');
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /84 billion won/);
  });
  it('vouches for "KRW 84bn" by it', () => {
    const r = figureJudged(corpus(), report('84bn'), 'KRW 84bn');
    assert.equal(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('flags unseen-61 daugava L31 "KRW 162bn" by the webinar\'s 126 billion won', () => {
    const j = reportLineJudged('unseen-61', UNSEEN_61_DAUGAVA, 31, 'KRW 162bn');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});

// unseen-61 rapti L49: "Ventspils: 2,300 and 380; Manta: 2,600 at the peak and 380 permanent jobs (Ecuador Pacific
// Report)." got a ✓ for Manta's 380 from a webinar on Ventspils ("The figure we keep reading is 380 permanent jobs"), an
// article that never names Manta, beside the Ecuador report's "330 permanent jobs": the segment's label was read as no
// place of the figure's, and the heading ("## Jobs") names none.
describe("judge41b: a figure of a line's segment labelled by a place is judged by articles of that place", () => {
  const corpus = () =>
    writtenSources({
      'narva-webinar.md':
        '# Narva campus: what the suppliers heard\n\n2026-06-18\n\nThe Narva campus will need about 1,800 workers at the peak of construction.\n\nThe figure we keep reading for Narva is 260 permanent jobs.\n',
      'coast-report.md':
        "# Stargate picks Salinas for a 200 MW campus\n\n2026-07-02\n\nStargate will build a 200 MW campus in Salinas, on Ecuador's coast.\n\nConstruction will employ about 1,500 people at its peak and the campus will have 210 permanent jobs, according to the zone's administrator.\n",
    });
  const report = (jobs: string) =>
    `# Jobs compared\n\n## Jobs\n\nNarva: 1,800 and 260; Salinas: 1,500 at the peak and ${jobs} permanent jobs.\n`;
  it('sets Salinas\'s 210 against "Salinas: … 260 permanent jobs", not Narva\'s 260 for it', () => {
    const r = figureJudged(corpus(), report('260'), '260 permanent jobs');
    assert.notEqual(r.status, 'supported', messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /210 permanent jobs/);
  });
  it('vouches for "Salinas: … 210 permanent jobs"', () => {
    const r = figureJudged(corpus(), report('210'), '210 permanent jobs');
    assert.equal(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('flags unseen-61 rapti L49 "380 permanent jobs" by the Ecuador report\'s 330', () => {
    const j = reportLineJudged('unseen-61', UNSEEN_61_RAPTI, 49, '380 permanent jobs');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});
