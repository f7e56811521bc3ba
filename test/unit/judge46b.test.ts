// Planted figures of unseen-70 and unseen-71 that passed (session 46): a fact box's line whose label names what its
// bare number counts ("Apprentices: Ida-Viru Technology School takes 36 per intake", unseen-70 kaja-ilves L20), read
// as no figure at all, so another site's 36 per intake went unflagged; and a value a source gives one party, set
// against another party's value of the same measure, given by the line to that other party ("BURC's licence caps
// imports from Mexico at 50 MW", where the developer's deck said 50 and the licence 40: unseen-70 marcus-leslie L21).
// Each case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, figuresRead, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_70_KAJA = 'kaja-ilves-fact-box-stargate-narva-three-campuses.md';
const UNSEEN_70_BELIZE = 'marcus-leslie-qa-prep-gillett-levy-earmark-belize.md';

// A fact box writes the counted noun once, as the line's label, and the clause after it puts a bare number per
// something: the label is what the number counts, as "36 apprentices per intake" says in full.
describe('judge46b: a label names what a bare number per something counts', () => {
  const sources = {
    'harbour-weekly-2026-10-02.md':
      '# Training school sets out its data campus scheme\n\n2026-10-02\n\nThe Saltmarsh Technical College will take 24 trainees per cohort for the Stargate Kestrel campus, with two cohorts a year from March 2027, the college said on Friday.\n',
  };
  it('a label’s noun counts the bare number of its line', () => {
    assert.deepEqual(
      figuresRead(
        '# Fact box\n\n- Trainees: Saltmarsh Technical College takes 30 per cohort, two cohorts a year.\n',
      ).slice(0, 1),
      ['30'],
    );
  });
  it('a wrong number per cohort is a mismatch, with the source’s', () => {
    const r = figureJudged(
      writtenSources(sources),
      '# Fact box: Kestrel\n\n- Trainees: Saltmarsh Technical College takes 30 per cohort, two cohorts a year, from March 2027.\n',
      '30',
    );
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /24 trainees/);
  });
  it('the source’s own number is ✓', () => {
    const r = figureJudged(
      writtenSources(sources),
      '# Fact box: Kestrel\n\n- Trainees: Saltmarsh Technical College takes 24 per cohort, two cohorts a year, from March 2027.\n',
      '24',
    );
    assert.equal(r.status, 'supported', messages(r));
  });
  it('a label that is no plural noun, or a number with no "per" after it, counts nothing', () => {
    assert.deepEqual(figuresRead('# Notes\n\n- Q: How many does the college take? A: 30 per cohort.\n'), []);
    assert.deepEqual(figuresRead('# Notes\n\n- Trainees: the college takes 30, the company says.\n'), []);
  });
  it('unseen-70 kaja-ilves L20: the Namibian school’s 36 per intake given to Narva’s, which takes 40', () => {
    const r = reportLineJudged('unseen-70', UNSEEN_70_KAJA, 20, '36');
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(messages(r), /40 apprentices/);
  });
});

// A source sentence that sets one party's value against another's ("Tidewater Compute has told investors the campus
// could draw up to 90 MW, but the CRE permit caps the connection at 70 MW"): the line that gives the value to the
// party of the other clause (the permit's) is judged by that clause's value, and the first party's value does not vouch
// for it.
describe('judge46b: a value the source gives one party is not another party’s', () => {
  const en = {
    'gulf-coast-ledger-2026-09-18.md':
      '# Matamoros data campus gets its grid permit\n\n2026-09-18\n\nThe Stargate Matamoros campus will take its power from the Texas grid across the border. Tidewater Compute has told investors the campus could draw up to 90 MW, but the CRE permit caps the connection at 70 MW, the regulator said on Thursday.\n',
  };
  const ko = {
    'haean-ilbo-2026-09-20.txt':
      "마타모로스 데이터센터, 송전 허가 받아\n\n2026-09-20\n\n스타게이트 마타모로스 캠퍼스는 국경 너머 텍사스 전력망에서 전기를 끌어온다. 현지 사업자 타이드워터컴퓨트는 수전 용량을 '최대 90MW'로 제시했지만 멕시코 규제당국(CRE)은 허가에서 70MW를 상한으로 정했다.\n",
  };
  const line = (v: string) =>
    `# Matamoros\n\n- Power: the CRE permit caps the Stargate Matamoros campus's grid connection at ${v} MW.\n`;
  it('the other party’s value given to the permit is a mismatch, with the permit’s', () => {
    const r = figureJudged(writtenSources(en), line('90'), '90 MW');
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /70 MW/);
  });
  it('so from a Korean article, which writes the regulator’s name in brackets', () => {
    const r = figureJudged(writtenSources(ko), line('90'), '90 MW');
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /70 MW/);
  });
  it('the permit’s own value stays ✓, and so does the developer’s given to the developer', () => {
    const c = writtenSources({ ...en, ...ko });
    assert.equal(figureJudged(c, line('70'), '70 MW').status, 'supported');
    const r = figureJudged(
      c,
      "# Matamoros\n\n- Power: Tidewater Compute's deck puts the Stargate Matamoros campus's grid draw at up to 90 MW.\n",
      '90 MW',
    );
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('a transcript that states both values without naming whose each is vouches no more for the permit’s 90', () => {
    // (a county hearing's captions, as a video's transcript panel copies them: no case, no punctuation, no "but")
    const captions = {
      'tamaulipas-hearing-captions.txt':
        'Tamaulipas Energy Hearing - Matamoros data campus\n\nTranscript\n\nin our investor material we said the matamoros campus could draw up to 90 megawatts the regulator has given us a permit with a connection cap of 70 megawatts and that is what we will build to\n',
    };
    const r = figureJudged(writtenSources({ ...en, ...captions }), line('90'), '90 MW');
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /70 MW/);
  });
  it('a sentence’s capital is no party: "Wind power purchase agreements cover 750 MW" against a list item headed Wind', () => {
    // (a briefing's item, its label the sentence's first word: "Wind: … plans 900 MW of wind …, but PPAs have been
    // signed for 750 MW so far"; the line's own first word is capitalized because it opens the sentence)
    const brief = {
      'sindh-power-brief-2026-10.md':
        '# Sindh power brief, October 2026\n\n- **Wind:** The developer still plans 900 MW of wind in the Gharo corridor for the Stargate Gharo campus, but PPAs have been signed for 750 MW so far.\n',
    };
    const r = figureJudged(
      writtenSources(brief),
      '# Gharo\n\nWind power purchase agreements cover 750 MW of the 900 MW the developer plans in the Gharo corridor.\n',
      '750 MW',
    );
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('unseen-70 marcus-leslie L21: the deck’s 50 MW given to BURC’s licence, which caps it at 40 MW', () => {
    const r = reportLineJudged('unseen-70', UNSEEN_70_BELIZE, 21, '50 MW');
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(messages(r), /40 MW/);
  });
});
