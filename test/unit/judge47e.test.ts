// Planted wrong figures the checker read as supported (a ✓ in the hover) in the tuning sets, session 47 (judge47e): a
// party's share given as the whole the source divides among parties (judge/dividedWhole.ts). Each case failed before
// its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

// unseen-31 memo L24 ("The school district's share alone comes to about $6.1 million a year") had a ✓ from the county's
// proceedings ("would pay $6.1 million per year …, of which 45 percent would be directed to Unified School District No.
// 418") and a farm paper's "$6.1 million a year": the whole payment, which the proceedings divide; the district's share
// is about $2.7 million.
describe("judge47e: a party's share is not vouched for by the whole a source divides (dividedWhole.ts)", () => {
  const MINUTES = [
    '# Marlow County Board of Supervisors, regular meeting, June 9, 2026',
    '',
    'Supervisor Okafor moved to approve the tax abatement for the Redfield data center campus. Under the agreement the developer would pay $4.8 million per year in lieu of taxes for twelve years, of which 40 percent would be directed to the Marlow Community School District. Motion carried 4-1.',
  ].join('\n');
  const PAPER = [
    '# Redfield data center abatement approved',
    '',
    'MARLOW, Iowa, June 10, 2026 — Marlow County supervisors on Tuesday approved a twelve-year tax break for the Redfield data center campus, in return for payments in lieu of taxes of $4.8 million a year.',
  ].join('\n');
  const corpus = () =>
    writtenSources({ 'marlow-minutes-2026-06-09.md': MINUTES, 'marlow-ledger-2026-06-10.md': PAPER });
  it("a share given as the whole's amount loses its ✓", () => {
    const j = figureJudged(
      corpus(),
      "The Marlow Community School District's share of the Redfield data center campus payments in lieu of taxes is $4.8 million per year.",
      '$4.8 million',
    );
    assert.notEqual(j.status, 'supported', messages(j));
  });
  it('the whole itself keeps its ✓', () => {
    const j = figureJudged(
      corpus(),
      'For the Redfield campus, the developer will pay $4.8 million a year in lieu of taxes for twelve years.',
      '$4.8 million',
    );
    assert.equal(j.status, 'supported', messages(j));
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('a share next to a whole the source does not divide keeps its ✓', () => {
    const c = writtenSources({
      'marlow-ledger-2026-06-10.md': PAPER.replace(
        'a year.',
        "a year. The school district's share of those payments is $1.9 million a year.",
      ),
    });
    const j = figureJudged(
      c,
      "For the Redfield campus, the school district's share of the payments in lieu of taxes is $1.9 million a year.",
      '$1.9 million',
    );
    assert.equal(j.status, 'supported', messages(j));
  });
  it('unseen-31 memo L24 loses its ✓', () => {
    const j = reportLineJudged('unseen-31', 'stargate-plains-pohang-analyst-memo.md', 24, '$6.1 million');
    assert.notEqual(j.status, 'supported', messages(j));
  });
});

// unseen-36 L59 ("Shinwoo E&C's share of the phase-one EPC contract is KRW 1.86 trillion") had a ✓ from a Korean
// business paper's "계약 금액은 … 1조8,600억 원 규모다", whose next sentence divides it: "신우건설이 지분 60%를 갖는
// 주관사로 1조1,160억 원을, 마리나스트럭처스가 나머지 40%인 7,440억 원을 맡는다".
describe('judge47e: a whole the next sentence divides by stakes (dividedWhole.ts sharesNext)', () => {
  const KO = [
    '# 한빛건설, 말레이시아 조호르 데이터센터 1단계 EPC 수주…컨소시엄 9,400억',
    '',
    '입력 2026.08.11 09:30',
    '',
    '한빛건설 컨소시엄은 10일 조호르 캠퍼스 사업 법인과 1단계(200MW) EPC 계약을 체결했다. 계약 금액은 원화로 약 9,400억 원 규모다. 한빛건설이 지분 70%를 갖는 주관사로 6,580억 원을, 현지 업체 페르다나빌드가 나머지 30%인 2,820억 원을 맡는다.',
  ].join('\n');
  it("one member's share given as the consortium's whole loses its ✓, in either language", () => {
    const c = writtenSources({ 'hanbit-2026-08-11.md': KO });
    for (const [line, fig] of [
      ["Hanbit E&C's share of the Johor phase-one EPC contract is KRW 940 billion.", 'KRW 940 billion'],
      ['조호르 1단계 EPC 계약에서 한빛건설 몫은 9,400억 원이다.', '9,400억 원'],
    ]) {
      const j = figureJudged(c, line, fig);
      assert.notEqual(j.status, 'supported', `${line}: ${messages(j)}`);
    }
  });
  it("the consortium's whole keeps its ✓", () => {
    const c = writtenSources({ 'hanbit-2026-08-11.md': KO });
    const j = figureJudged(c, '한빛건설 컨소시엄의 조호르 1단계 EPC 계약 금액은 9,400억 원이다.', '9,400억 원');
    assert.equal(j.status, 'supported', messages(j));
  });
  it('unseen-36 L59 loses its ✓', () => {
    const j = reportLineJudged('unseen-36', 'stargate-south-asia-ic-note.md', 59, 'KRW 1.86 trillion');
    assert.notEqual(j.status, 'supported', messages(j));
  });
});
