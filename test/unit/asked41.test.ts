// An amount a party applied for is not the amount granted: a line that calls its amount granted is neither vouched for
// nor refuted by a source amount its own clause calls applied for, and the other way round. Each case failed before
// its rule (figureRole in server/src/judge/figures.ts), including where no source speaks against the line.
import { strict as assert } from 'assert';
import { figureJudged, messages, reportLineJudged, writtenSources } from './judged';

describe('asked41: an amount applied for does not vouch for an amount granted', () => {
  // A city's press release gives the amount the company applied for; the grant is decided later.
  const release = `# 한빛냉각, 창원에 냉각설비 2공장 짓는다

창원시는 한빛냉각과 2공장 투자협약을 맺었다고 밝혔다.

회사는 경상남도와 창원시에 지방투자촉진보조금 52억 원을 신청했으며, 도와 시는 하반기 심의위원회에서 지원 규모를 정할 예정이다.
`;
  const ko = () => writtenSources({ 'changwon-si-bodojaryo-hanbit.md': release }, 'xref-asked41-ko-');

  it('gives no ✓ to an English line that says the applied-for amount was granted', () => {
    const j = figureJudged(
      ko(),
      "# Hanbit Cooling\n\nGyeongnam and Changwon granted KRW 5.2 billion in local investment subsidies to Hanbit Cooling's second plant in Changwon.\n",
      'KRW 5.2 billion',
    );
    assert.notEqual(j.status, 'supported', messages(j));
    assert.equal(j.codes.includes('figure-mismatch'), false, messages(j));
  });
  it('gives no ✓ to a Korean line that says the applied-for amount was granted', () => {
    const j = figureJudged(
      ko(),
      '# 한빛냉각\n\n경상남도와 창원시는 한빛냉각 2공장에 지방투자촉진보조금 52억 원을 지원하기로 의결했다.\n',
      '52억 원',
    );
    assert.notEqual(j.status, 'supported', messages(j));
  });
  it('still vouches for a line that says it was applied for, and one that says neither', () => {
    for (const line of [
      'Hanbit Cooling applied for KRW 5.2 billion in local investment subsidies for its second plant in Changwon.',
      "Hanbit Cooling's local investment subsidy for its second plant in Changwon is KRW 5.2 billion.",
    ]) {
      const j = figureJudged(ko(), `# Hanbit Cooling\n\n${line}\n`, 'KRW 5.2 billion');
      assert.equal(j.status, 'supported', `${line}\n${messages(j)}`);
    }
  });

  // A county's minutes give the amount it approved; a line says it is what the utility asked for.
  const minutes = `# Marlow County Board of Commissioners: regular meeting

The board approved a $3.1 million grant to Hollis Creek Utilities for the expansion of its water treatment plant on Route 9.
`;
  const en = () => writtenSources({ 'marlow-county-minutes.md': minutes }, 'xref-asked41-en-');
  it('neither vouches for nor refutes a line that gives its amount as requested with the amount approved', () => {
    const same = figureJudged(
      en(),
      '# Hollis Creek\n\nHollis Creek Utilities requested a $3.1 million grant from Marlow County for the expansion of its water treatment plant.\n',
      '$3.1 million',
    );
    assert.notEqual(same.status, 'supported', messages(same));
    const other = figureJudged(
      en(),
      '# Hollis Creek\n\nHollis Creek Utilities requested a $4.5 million grant from Marlow County for the expansion of its water treatment plant.\n',
      '$4.5 million',
    );
    assert.equal(other.codes.includes('figure-mismatch'), false, messages(other));
  });
  it('still vouches for a line that says the amount was approved', () => {
    const j = figureJudged(
      en(),
      '# Hollis Creek\n\nMarlow County approved a $3.1 million grant for the expansion of the Hollis Creek water treatment plant.\n',
      '$3.1 million',
    );
    assert.equal(j.status, 'supported', messages(j));
  });

  // A bracket gives the request beside the grant ("초당 0.25㎥(신청 0.35㎥)"): its label is the next amount's, not a verb
  // of the amount before it. Read as the grant's own, it took the source's 0.25㎥ from a line that says 0.25㎥ was
  // granted, and the podcast's 1.9㎥ of seawater refuted it: judge39a.test.ts's 'unseen-56 sacheon L29: the request
  // and the permit are both vouched for' guards that line (it failed with the first version of figureRole).

  // The length of a line applied for approval is the line's, whether approved or not: no amount applied for.
  it('unseen-57 L13: a length of what was applied for still vouches for a line that says it was approved', () => {
    const j = reportLineJudged(
      'unseen-57',
      'epibc-board-briefing-first-nations-equity-stargate-canada.md',
      13,
      '62 km',
    );
    assert.equal(j.status, 'supported', messages(j));
  });

  it('unseen-59: the planted "granted KRW 3.8 billion" (38억 원 was applied for) gets no ✓', () => {
    const j = reportLineJudged(
      'unseen-59',
      'straits-epc-procurement-memo-korean-suppliers-stargate-sea.md',
      35,
      'KRW 3.8 billion',
    );
    assert.notEqual(j.status, 'supported', messages(j));
  });
});
