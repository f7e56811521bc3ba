// Read-back of session 47: pieces that had their own copy of a shared list now take the list.
import { strict as assert } from 'assert';
import { koreanFirmName, koreanFirmStem } from '../../server/src/extract/subjects';
import { figureJudged, messages, writtenSources } from './judged';

describe('readback47: a Korean firm name without its particle', () => {
  it('cuts any particle of ko.json a sentence glues to the name, the longest that ends the word', () => {
    // As a local paper writes them: 동진중공업까지 수주했다, 한울전선에서는, 소백에너텍처럼, 청림공조보다.
    for (const [word, stem] of [
      ['동진중공업까지', '동진중공업'],
      ['한울전선에서는', '한울전선'],
      ['소백에너텍처럼', '소백에너텍'],
      ['청림공조보다', '청림공조'],
      ['동진중공업과', '동진중공업'],
      ['동진중공업', '동진중공업'],
    ])
      assert.equal(koreanFirmStem(word), stem, word);
    // What the stem is for: the firm's English name is found behind any of them.
    assert.deepEqual(koreanFirmName(koreanFirmStem('동진중공업까지')).trade, ['en:heavy', 'en:industry']);
  });
});

// A merge of session 47: quote47 read a published sheet's rows, and judge47b's temperatures made the Praia tracker's
// `| Discharge temperature limit | 28 °C | environmental licence of 14 Oct 2026 (our June proposal was 31 °C) |` give
// unseen-72 L25's planted 31 °C a ✓. A level in a bracket that says it was the earlier one, after the level it changed
// to, is the level before (extract/change.ts EN_BRACKET_BEFORE), as the Korean `(당초 발표 68억 달러)` was.
describe('readback47: a bracketed earlier level in English (change.ts)', () => {
  const SHEET = [
    '# Harbour Point campus: public tracker',
    '',
    'Maintained by Ilhéu Data SA. Last updated 3 Nov 2026.',
    '',
    '| Item | Value | Note |',
    '| --- | --- | --- |',
    '| Discharge temperature limit | 27 °C | environmental licence of 2 Oct 2026 (our May proposal was 30 °C) |',
    '| Construction cost | $640 million | board approval of 9 Oct 2026 (originally $580 million) |',
  ].join('\n');
  const BRIEF = [
    '# Harbour Point cost rises',
    '',
    'PRAIA, Nov 4, 2026 — The Harbour Point data centre will now cost $640 million (previously $580 million), its developer said on Tuesday.',
  ].join('\n');
  const corpus = () => writtenSources({ 'harbour-point-tracker.md': SHEET, 'harbour-point-brief.md': BRIEF });
  it("gives no ✓ to the bracket's earlier level given as the level now", () => {
    for (const [line, fig] of [
      ['The Harbour Point licence limits the returned seawater to 30 °C.', '30 °C'],
      ['Harbour Point will cost $580 million to build.', '$580 million'],
    ]) {
      const j = figureJudged(corpus(), line, fig);
      assert.notEqual(j.status, 'supported', `${line}: ${messages(j)}`);
    }
  });
  it('keeps the ✓ of the level the bracket follows', () => {
    for (const [line, fig] of [
      ['The Harbour Point licence limits the returned seawater to 27 °C.', '27 °C'],
      ['Harbour Point will cost $640 million to build.', '$640 million'],
    ]) {
      const j = figureJudged(corpus(), line, fig);
      assert.equal(j.status, 'supported', `${line}: ${messages(j)}`);
    }
  });
});
