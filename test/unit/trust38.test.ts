// Wrong verdicts found in session 38 on the sets promoted from held-out (unseen-54, unseen-55). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import { figureJudged, loud, writtenSources } from './judged';

const messages = (j: { findings: { message: string }[] }) => j.findings.map((f) => f.message).join('\n');

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

/**
 * A cabinet's dispatch typed at a fixed width, its resolutions lettered with a hanging indent, among short heading lines
 * (so the text as a whole is no wrapped text): each item's lines are one sentence.
 */
const CABINET_DISPATCH = [
  'REPUBLIC OF KENYA',
  '',
  'EXECUTIVE OFFICE OF THE PRESIDENT',
  'Cabinet Office',
  '',
  '                                                          Nairobi, 3 September 2026',
  '',
  'CABINET DISPATCH',
  '',
  'The Cabinet, meeting at State House, Nairobi, under the chairmanship of His Excellency',
  'the President, considered and approved the following:',
  '',
  '1. The minutes of the previous meeting.',
  '',
  '2. Agreements in the energy sector:',
  '',
  '   (a) The Power Purchase Agreement between the Kenya Power and Lighting Company and',
  '       Olkaria North Geothermal Ltd for the supply of 80 MW to the Naivasha data centre',
  '       campus of Stargate East Africa Ltd for a period of 20 years;',
  '',
  '   (b) The lease of 120 hectares of land in the Naivasha Special Economic Zone to Stargate',
  '       East Africa Ltd for a period of 45 years;',
  '',
  '   (c) The Loan Agreement between the Government of Kenya and the Eastern Africa Development',
  '       Bank, amounting to USD 95 million, for a 132 kV line of 64 km.',
  '',
  '3. Appointments.',
  '',
  '                                                          MERCY W. KARIUKI',
  '                                                          Secretary to the Cabinet',
  '',
].join('\n');

// unseen-54's Rwandan cabinet statement: its lettered resolutions were typed with a hanging indent among short heading
// lines, and each line was read as a sentence ("c) The Cross-Border Power Purchase Agreement between … (REC) and" / "Kigezi
// Hydro Ltd for the supply of 120 MW …"), so the 120 MW's sentence did not name the buyer and scored under the bar: a
// wrong "150 MW" bought by REC passed.
describe("trust38: a hard-wrapped item under a hanging indent is one sentence, its lines cut after a word or a name's first word", () => {
  const corpus = writtenSources({ 'kenya-cabinet-dispatch-2026-09-03.txt': CABINET_DISPATCH });
  const sentences = corpus.sources[0].sentences.map((s) => s.text.replace(/\s+/g, ' '));
  it('reads each lettered item whole', () => {
    assert.ok(
      sentences.some((s) =>
        /^\(a\) The Power Purchase Agreement between .* and Olkaria North .* 80 MW .* 20 years;$/.test(s),
      ),
      sentences.join('\n'),
    );
    assert.ok(
      sentences.some((s) => /Stargate East Africa Ltd for a period of 45 years;$/.test(s)),
      sentences.join('\n'),
    );
    assert.ok(
      sentences.some((s) => /Eastern Africa Development Bank, amounting to USD 95 million/.test(s)),
      sentences.join('\n'),
    );
    // (the opening paragraph too, cut after "Excellency": a name's word, the next line going on in lower case)
    assert.ok(
      sentences.some((s) => /chairmanship of His Excellency the President, considered/.test(s)),
      sentences.join('\n'),
    );
    // (but no item runs into the next)
    assert.ok(!sentences.some((s) => /20 years; \(b\)/.test(s)), sentences.join('\n'));
  });
  it('so a line giving the buyer and a wrong amount is refuted by the item', () => {
    const j = figureJudged(
      corpus,
      'Kenya Power will buy 100 MW from Olkaria North Geothermal for the Naivasha campus for 20 years.\n',
      '100 MW',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(j.mismatches[0].message, /80 MW/);
  });
});

// unseen-54's land briefing, once the affidavit's lines were read whole: "Offer the Kiromo and Zinga residents'
// committee our support before the 9 December hearing." got a ✗ from "chairperson of the Kiromo and Zinga Residents'
// Committee, elected on 9 February 2026": the day of an election refuted the day of a hearing, as neither was an event
// the lexicon knew.
describe('trust38: the day someone was elected is no day of a hearing', () => {
  const corpus = writtenSources({
    'affidavit.txt': [
      'AFFIDAVIT',
      '',
      "I, AMINA JUMA, of Mtwara, do hereby make oath and state as follows: THAT I am the chairperson of the Likong'o Residents' Committee, elected on 12 March 2026, and therefore conversant with the facts deposed herein.",
      '',
    ].join('\n'),
  });
  it('gives no ✗ to "the 4 December hearing" of that committee', () => {
    const j = figureJudged(
      corpus,
      "We will attend the 4 December hearing with the Likong'o Residents' Committee.\n",
      '4 December',
    );
    assert.equal(loud(j).length, 0, messages(j));
  });
  it('while the day of the election still refutes a wrong day of the election', () => {
    const j = figureJudged(
      corpus,
      "Amina Juma was elected chairperson of the Likong'o Residents' Committee on 14 March 2026.\n",
      '14 March 2026',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});

// unseen-probe27's credit memo, once an 8-K's hard-wrapped release was read in whole sentences: "Gulfline will build a
// roughly 1.1 GW gas plant … under a 20-year tolling agreement signed on May 4, 2026." got a ✗ from the release's
// dateline, "HOUSTON, May 5, 2026 -- Gulfline Energy Partners, L.P. (NYSE: GLEP) today announced that its subsidiary
// has signed a 20-year Energy Conversion and Tolling Agreement with Stargate Gulf Coast LLC …" (the release furnished as
// an exhibit, so its dateline stays in the text): the day a release tells of a signing is the day of telling, not of
// the signing. A claim of the day it was announced is still judged by it.
describe("trust38: a release's dateline before who today announced is the day of telling", () => {
  const corpus = writtenSources({
    'lone-star-compute-8k.txt': [
      'UNITED STATES',
      'SECURITIES AND EXCHANGE COMMISSION',
      'Washington, D.C. 20549',
      '',
      'FORM 8-K',
      '',
      'CURRENT REPORT',
      '',
      'LONE STAR COMPUTE INC.',
      '',
      'Item 1.01 Entry into a Material Definitive Agreement.',
      '',
      'The information in the press release furnished as Exhibit 99.1 is incorporated herein by reference.',
      '',
      'Exhibit 99.1',
      '',
      'Lone Star Compute Signs 15-Year Lease for Stargate Campus in Taylor County',
      '',
      'AUSTIN, Texas, March 3, 2026 -- Lone Star Compute Inc. (NASDAQ: LSCI) today announced that its',
      'subsidiary has signed a 15-year lease with Stargate West Texas LLC for the Abilene data hall campus',
      'in Taylor County, Texas.',
      '',
      'The campus will draw 400 MW at full build-out.',
      '',
    ].join('\n'),
  });
  it('gives no ✗ to the day of the signing a line gives', () => {
    const j = figureJudged(
      corpus,
      'Lone Star Compute signed the 15-year lease with Stargate West Texas for the Abilene campus on March 2, 2026.\n',
      'March 2, 2026',
    );
    assert.equal(loud(j).length, 0, messages(j));
  });
  it('while it still refutes a wrong day of the announcement', () => {
    const j = figureJudged(
      corpus,
      'Lone Star Compute announced the 15-year lease with Stargate West Texas for the Abilene campus on March 4, 2026.\n',
      'March 4, 2026',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});
