// Quotations given to the wrong person (session 23): the planted quote-misattributed lines of the tuning sets that got
// nothing, traced to their causes. The articles of test/fixtures/unseen-quotes23 were written as their outlets write
// them (a county weekly's hearing story) before the rules. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import * as path from 'path';
import { loadSources, quoteJudged } from './judged';

const corpus = loadSources(path.join(__dirname, '..', 'fixtures', 'unseen-quotes23', 'sources'));
const misattributed = (j: { codes: string[] }) => j.codes.filter((c) => c.startsWith('quote-misattributed'));

describe('quotes23: a person named in a relative clause describing the speaker is no relay', () => {
  const line = (who: string) =>
    `# Cedar Fork\n\n- ${who} said: "We have pumped the same aquifer for four generations, and nobody has ever asked us what it can stand."\n`;
  it('"“…,” said Luther Whitaker, who … is Dale Whitaker\'s brother": given to Dale Whitaker, quote-misattributed', () => {
    const j = quoteJudged(corpus, line('Commissioner Dale Whitaker'));
    assert.deepEqual(misattributed(j), ['quote-misattributed/warning']);
    assert.match(j.message, /Luther Whitaker/);
  });
  it('…and given to Luther Whitaker, a ✓', () => {
    const j = quoteJudged(corpus, line('Luther Whitaker'));
    assert.deepEqual(j.codes, []);
    assert.equal(j.status, 'supported');
  });
  it('…but a clause that speaks of answering the person ("who was answering a question from P") may be a relay: no flag', () => {
    const j = quoteJudged(corpus, '# Cedar Fork\n\n- Commissioner Ann Pruitt said: "Our wells were here first."\n');
    assert.deepEqual(misattributed(j), []);
  });
});
