// Quotations given to the wrong person, in one language and across two (session 22): the planted quote-misattributed
// lines of the tuning sets that got nothing, traced to their causes. The articles of test/fixtures/unseen-quotes22
// were written as their outlets write them (a podcast's show notes with pull quotes, a Korean provincial council's
// minutes with an interpreted witness) before the rules. Each case failed before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { loadSources, quoteJudged } from './judged';

const corpus = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-quotes22', 'sources'));
const misattributed = (j: { codes: string[] }) => j.codes.filter((c) => c.startsWith('quote-misattributed'));

describe('quotes22: a pull quote signed on the line below it', () => {
  it('"“…”¶— Derek Amundsen" is Amundsen\'s: given to Quintana, quote-misattributed', () => {
    const j = quoteJudged(
      corpus,
      '# Pecos Bend\n\nQuintana put it bluntly: "Six hundred megawatts on a rural co-op is not a customer, it is a new county."\n',
    );
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /Derek Amundsen/);
  });
  it('…and given to him, a ✓', () => {
    const j = quoteJudged(
      corpus,
      '# Pecos Bend\n\nAmundsen put it bluntly: "Six hundred megawatts on a rural co-op is not a customer, it is a new county."\n',
    );
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
});

describe("quotes22: a minutes' witness named after the role, in Hangul, through an interpreter", () => {
  it('"○참고인 헨리크 달스가드  (통역) …" are his words: rendered in English and given to the councillor asking, quote-misattributed', () => {
    const j = quoteJudged(
      corpus,
      '# Sacheon\n\n- Councillor Yoon Seo-a said: "Sacheon was the only place on the south coast with both a port and a transmission grid."\n',
    );
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /달스가드/);
  });
  it('…and given to him, no flag', () => {
    const j = quoteJudged(
      corpus,
      '# Sacheon\n\n- Henrik Dalsgaard said: "Sacheon was the only place on the south coast with both a port and a transmission grid."\n',
    );
    assert.deepEqual(
      j.codes.filter((c) => !c.endsWith('/information')),
      [],
    );
  });
});
