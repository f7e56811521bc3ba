// What figure subjects keep between figures and sentences (extract/subjects.ts): a sentence's per-hit work (a
// recipient's role) is asked once for all its figures, kept on its scan. What is kept must be what working it out
// gives: never a check's scratch id after the check, never an id of another table. (A memo of co-stated figures'
// ids by kind, unit and value was tried and dropped: most figure values are met once, and it cost more than it saved.)
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures';
import { figureSubjects, SubjectContext } from '../../server/src/extract/subjects';
import type { Lang } from '../../server/src/types';

function subjectsOf(cx: SubjectContext, sentence: string, lang: Lang = 'en') {
  const figures = extractFigures(sentence, lang).figures;
  return figureSubjects(sentence, lang, figures, () => [], [], false, cx).map((s) => s.entries());
}
const coTerms = (entries: [string, number][]) => entries.map(([t]) => t).filter((t) => t?.startsWith('#') || !t);

describe('subject memos', () => {
  it("a check's co-stated figure terms are gone with it: the same figure indexed after reads its own term", () => {
    const cx = new SubjectContext();
    cx.beginCheck();
    subjectsOf(cx, 'SoftBank will put in $123,457 million and hire 98,765 workers.');
    cx.endCheck();
    // (another sentence: the check's scan of the first is forgotten with it, the memo by value must be too)
    const after = subjectsOf(cx, 'Later SoftBank said it would put in $123,457 million and hire 98,765 workers.');
    assert.deepEqual(coTerms(after[0]), ['#count:people:98765']);
    assert.deepEqual(coTerms(after[1]), ['#money:USD:123457000000']);
  });

  it('two tables keep their own ids for the same figure', () => {
    const a = new SubjectContext(),
      b = new SubjectContext();
    // (b's table meets other terms first: the same figure's term has another id there)
    subjectsOf(b, 'Oracle expects 2,000 new jobs in Abilene by 2027.');
    const s = 'OpenAI will spend $7 billion on 450 megawatts.';
    assert.deepEqual(subjectsOf(a, s), subjectsOf(b, s));
    assert.deepEqual(coTerms(subjectsOf(b, s)[0]), ['#power:MW:450']);
  });

  it('a recipient is read per hit for every figure of the sentence alike', () => {
    const cx = new SubjectContext();
    const subs = subjectsOf(cx, 'SoftBank will invest $19 billion in OpenAI and $3 billion a year in its tools.');
    for (const s of subs)
      assert.ok(
        s.some(([t]) => t === 'to:openai'),
        JSON.stringify(s),
      );
  });
});
