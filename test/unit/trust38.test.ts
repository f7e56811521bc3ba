// Wrong verdicts found in session 38 on the sets promoted from held-out (unseen-54, unseen-55). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';

// unseen-55's county briefing, under its title: "*Briefing note for the Economic Development Strategic Policy
// Committee, Clare County Council, 3 December 2026. Prepared by the Economic Development Office.*" The note's own
// date was read as a claim about an event, and a court judgment's "granted permission on 16 February 2026" refuted
// it: the line was set in emphasis, said for whom in two comma pieces (committee, council) and named an office after
// "Prepared by the", none of which the head-line rule took.
describe("trust38: a head line in emphasis saying for whom, by whom and when is the report's, not a claim", () => {
  const figures = (text: string) =>
    checkReport(Corpus.load({ folders: [] }), text)
      .claims.filter((c) => c.type === 'figure')
      .map((c) => c.text);
  it('reads no claim in "*Briefing note for …, …, 3 December 2026. Prepared by the … Office.*"', () => {
    assert.deepEqual(
      figures(
        '# Where things stand\n\n*Briefing note for the Housing and Transport Committee, Galway City Council, 14 October 2026. Prepared by the Planning Department.*\n\nThe campus will draw 300 MW.\n',
      ),
      ['300 MW'],
    );
    // (not in emphasis, and the who before the date)
    assert.deepEqual(
      figures(
        '# Site review\n\nMemo to the board, Harbour Energy Trust, 5 March 2026. Prepared by the research desk.\n\nThe campus will draw 300 MW.\n',
      ),
      ['300 MW'],
    );
    // (in Korean, the writer named after 작성)
    assert.deepEqual(
      figures(
        '# 해외 캠퍼스 현황\n\n*산업경제위원회 업무보고 참고자료, 2026년 12월 3일. 작성: 투자유치과.*\n\n캠퍼스는 300MW 규모다.\n',
      ),
      ['300MW'],
    );
  });
  it('still reads a head line of prose that happens to end on a date and a preparer', () => {
    // (a sentence with a figure of its own is no masthead's)
    assert.deepEqual(
      figures(
        '# Note\n\nThe council approved 300 MW for the site on its committee, Galway City Council, 3 December 2026. Prepared by the Planning Department.\n\nIt opens in 2028.\n',
      ),
      ['300 MW', '3 December 2026', '2028'],
    );
    // (after the first paragraph, the same line is read)
    assert.deepEqual(
      figures(
        '# Note\n\nThe campus will draw 300 MW.\n\n*Briefing note for the Housing Committee, Galway City Council, 14 October 2026. Prepared by the Planning Department.*\n',
      ),
      ['300 MW', '14 October 2026'],
    );
  });
});
