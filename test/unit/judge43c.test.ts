// The planted figures of unseen-64 and unseen-65 (tuning material since session 43) that a check read as supported.
// Each case failed before its rule.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures/index';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_64_BIRZEBBUGA = 'birzebbuga-council-research-note-hal-far-stargate-campus.md';
const UNSEEN_65_BLP = 'blp-credit-note-istmo-digital-stargate-pacifico-bridge.md';

// unseen-64 birzebbuga L13: "The campus is planned at 180 MW, in a first phase of 100 MW and a second phase of 120 MW by
// 2030." got a ✓ for its 100 MW from the Moldovan note's "The campus is planned in two phases: 100 MW … and a further 150
// MW by 2031", another campus's. Three articles state the line's 180 MW and 120 MW (one as "60 MW … and a further 120
// MW"), none clearly closer than the others, so no sentence was taken to restate the line, and the other campus's run
// vouched for the phase.
describe("judge43c: a run of the line's figures says which sentence restates it", () => {
  const corpus = () =>
    writtenSources({
      'tagus.md':
        '# Sines data campus wins its environmental licence\n\n2026-05-12\n\nThe Sines data campus on the Alentejo coast received its environmental licence on Monday. It is planned at 240 megawatts of computing load, in two phases: 80 MW in the third quarter of 2028 and a further 160 MW by 2031. The developer, Atlantica Compute, said construction would start in the autumn.\n',
      'digest.md':
        '# Three edges of Stargate: an autumn update\n\n2026-10-02\n\nIn Portugal, the Sines campus is on schedule. The full 240 MW, with the 160 MW second phase, is still planned by 2031, and the cost is unchanged at EUR 2.1 billion.\n',
      'forum.md':
        '# Coastal campus approved: notes\n\n2026-05-13\n\nComputing load 240 MW: first phase 80 MW in the third quarter of 2028, second phase 160 MW by 2031, cooled with seawater.\n',
      'ministry.md':
        '# Information note on the Daugavpils data campus\n\n2026-06-20\n\nThe Government approved the Daugavpils data campus and its grid connection on 18 June. The campus is planned in two phases: 120 MW to be commissioned by the end of 2028 and a further 200 MW by 2031. The campus will draw its power from the Daugavpils substation.\n',
    });
  const line =
    '# Data campus: where things stand for the council\n\n## The licence\n\nThe campus is planned at 240 MW, in a first phase of 120 MW and a second phase of 160 MW by 2031.\n';
  it("sets the 80 MW the restating sentences give against the line's first phase, with no ✓ from another campus's run", () => {
    const r = figureJudged(corpus(), line, '120 MW');
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /80 MW/);
  });
  it('still vouches for the line that gives the first phase as the sources do', () => {
    const r = figureJudged(corpus(), line.replace('120 MW', '80 MW'), '80 MW');
    assert.equal(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it("leaves the line's whole and second phase vouched for", () => {
    for (const fig of ['240 MW', '160 MW']) {
      const r = figureJudged(corpus(), line, fig);
      assert.equal(r.status, 'supported', `${fig}: ${messages(r)}`);
    }
  });
  it('flags unseen-64 birzebbuga L13 "100 MW" (60 MW)', () => {
    const j = reportLineJudged('unseen-64', UNSEEN_64_BIRZEBBUGA, 13, '100 MW');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /60 MW/);
  });
});

// unseen-65 blp L55: "Boseong county signed an investment agreement on 11 August for a KRW 18bn second plant with 45 new
// hires, and adds a KRW 3bn access-road grant." got a ✓ for its KRW 3bn from another county's subsidy ("강원특별자치도
// 보조금 심의 결과: 신청 45억 원 중 30억 원 확정"), which shares one word with the line (grant, 보조금) and names neither
// Boseong nor anything else of it. No source gives the road grant an amount.
describe('judge43c: one shared word does not vouch for a line whose place the source sentence does not write', () => {
  const minutes = (who: string) =>
    `# 산청 해외 데이터센터 TF 3차 회의 결과\n\n2026-10-20\n\n10월 14일 ${who} 보조금 심의 결과: 신청 30억 원 중 20억 원 확정 (신청액 대비 66.7%)\n`;
  const corpus = (who = '도') =>
    writtenSources({
      'release.md':
        '# 하동군, 섬진전기와 150억 원 투자협약 체결\n\n2026-08-11\n\n하동군은 11일 군청에서 섬진전기와 전기실 조립 2공장 신설을 위한 투자협약을 체결했다고 밝혔다. 협약에 따라 섬진전기는 150억 원을 들여 2공장을 짓고 40명을 새로 채용한다. 군은 진입도로 개설을 지원하기로 했다.\n',
      'minutes.md': minutes(who),
    });
  const line =
    '# Suppliers\n\nHadong county signed an investment agreement on 11 August for a KRW 15bn second plant with 40 new hires, and adds a KRW 2bn access-road grant.\n';
  it("reads the KRW 2bn as no source's", () => {
    const r = figureJudged(corpus(), line, 'KRW 2bn');
    assert.equal(r.status, 'unsupported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it("still vouches for the line's plant, which the county's release states", () => {
    const r = figureJudged(corpus(), line, 'KRW 15bn');
    assert.equal(r.status, 'supported', messages(r));
  });
  it('still vouches for the grant where the source sentence writes the county', () => {
    const r = figureJudged(corpus('하동군'), line, 'KRW 2bn');
    assert.equal(r.status, 'supported', messages(r));
  });
  it('reads a company\'s name as no place: unseen-41 two-rivers L21 "US$2.6 billion" of "Hanul\'s … Fund I" keeps its ✓', () => {
    const j = reportLineJudged('unseen-41', 'two-rivers-one-grid-fact-check-memo.md', 21, 'US$2.6 billion');
    assert.equal(j.status, 'supported', messages(j));
  });
  it('reads unseen-65 blp L55 "KRW 3bn" as unsupported', () => {
    const j = reportLineJudged('unseen-65', UNSEEN_65_BLP, 55, 'KRW 3bn');
    assert.equal(j.status, 'unsupported', messages(j));
    assert.deepEqual(j.codes, ['figure-unsupported'], messages(j));
  });
});

// unseen-65 blp L23: "Government Agreement 214-2026, published on 6 October, grants a 15-year income-tax exemption under
// the special economic zone regime." got nothing: the decree's "for a period of ten (10) years" (a number in words, then
// in digits in brackets, then its unit, as decrees write it) was read as no figure, and the 15 years the company asked
// for ("the application requests an exemption … for a period of fifteen (15) years", a podcast's "We have asked for a
// 15-year exemption") is no grant: with nothing granted read, the line was no source's.
describe('judge43c: what a request came to judges a line that gives the amount applied for as granted', () => {
  it('reads a number in words and again in digits in brackets with the unit after the bracket', () => {
    const read = (t: string) => extractFigures(t, 'en').figures.map((f) => [f.text, f.value, f.unit]);
    assert.deepEqual(read('The company is granted an exemption for a period of ten (10) years.'), [
      ['ten (10) years', '10', 'year'],
    ]);
    assert.deepEqual(read('a first phase of one hundred (100) megawatts'), [
      ['one hundred (100) megawatts', '100', 'MW'],
    ]);
    assert.deepEqual(read('as required by section (10) years ago'), []);
  });
  const corpus = () =>
    writtenSources({
      'decree.md':
        '# Government Agreement Number 88-2026\n\n2026-09-14\n\nThat the application requests an exemption from Income Tax for a period of twelve (12) years, as well as the exemption from customs duties on the importation of machinery for the construction of the project. Article 1. The company Bahia Compute, S.A. is qualified as a user of the Special Economic Zone. Article 2. Income Tax. The company is granted an exemption from Income Tax for a period of eight (8) years, counted from the start of commercial operations. Article 3. Import. The company is granted exemption from customs duties on the importation of machinery and equipment for a period of five (5) years.\n',
    });
  const line = (years: string) =>
    `# Incentives for the campus\n\n## The agreement\n\nGovernment Agreement 88-2026, published on 14 September, grants a ${years} income-tax exemption under the special economic zone regime.\n`;
  it('sets the 8 years granted against "grants a 12-year exemption", the 12 years applied for', () => {
    const r = figureJudged(corpus(), line('12-year'), '12-year');
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /eight \(8\) years/);
  });
  it('vouches for the 8 years granted', () => {
    const r = figureJudged(corpus(), line('8-year'), '8-year');
    assert.equal(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('flags unseen-65 blp L23 "15-year" (ten years granted)', () => {
    const j = reportLineJudged('unseen-65', UNSEEN_65_BLP, 23, '15-year');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /ten \(10\) years/);
  });
});
