// Issue 10 (quote28): quotation lines unseen-34 and unseen-35 (promoted to tuning in session 28) got wrong.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const FIX = path.join(__dirname, '..', 'fixtures');
const corpora = new Map<string, Corpus>();
const corpusOf = (set: string) => {
  let c = corpora.get(set);
  if (!c)
    corpora.set(set, (c = Corpus.load({ folders: [path.join(FIX, set, 'sources')], useBundled: false, workers: 0 })));
  return c;
};
const on = (set: string, report: string, line: string) => {
  const file = path.join(FIX, set, 'reports', report);
  const text = fs.readFileSync(file, 'utf8');
  const at = text.split('\n').findIndex((l) => l.includes(line));
  assert.ok(at >= 0, line);
  const r = checkReport(corpusOf(set), text, { self: file });
  return {
    codes: r.findings.filter((f) => f.range.start.line === at && f.severity !== 'information').map((f) => f.code),
    claims: r.claims.filter((c) => c.range.start.line === at && c.type === 'quote'),
  };
};
/** The quotations a source text gives each speaker, as `speakerId | words`. */
const said = (file: string, text: string) =>
  buildSource(file, text).quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);

describe('quote28: a name does not run across a blank line', () => {
  // A fact-check segment lists its sources one a paragraph, each a name and what they are, with no full stop: the
  // item before ends in capitalized words ("Arizona Department of Water Resources").
  const verify = [
    'VERIFY: Will the Red Butte data center drain the aquifer?',
    '',
    'THE SOURCES',
    '',
    'Marisol Fuentes, spokesperson, Arizona Department of Water Resources',
    '',
    'Owen Blackfeather, head of site operations, Red Butte Compute',
    '',
    'WHAT WE FOUND',
    '',
    'The company cut its request in August to 900 acre-feet a year.',
    '',
    '"We listened to the farmers and we cut what we asked for," Blackfeather told 12 News.',
  ].join('\n');

  it("reads the surname back to the item's own name, not the capitalized words of the item before", () => {
    assert.deepEqual(said('/verify/a.txt', verify), [
      'person:Owen Blackfeather | We listened to the farmers and we cut what we asked for',
    ]);
  });

  it('still reads a name the margin cut over two lines', () => {
    const text =
      'Headline\n\nThe board met on Monday with Owen\nBlackfeather of Red Butte. "We cut it," Blackfeather said.\n';
    assert.deepEqual(said('/wrap/a.txt', text), ['person:Owen Blackfeather | We cut it']);
  });

  it("leaves unseen-35's true Solís-Hart line unflagged", () => {
    const { codes, claims } = on('unseen-35', 'harquahala-eco-club-newsletter.md', 'who runs energy and water for');
    assert.deepEqual(codes, []);
    assert.equal(claims[0]?.status, 'supported');
  });
});

describe('quote28: a portfolio of two names before the title', () => {
  // Ministries are named "X and Y" (Energy and Natural Resources, Trade and Industry, Science and ICT); papers put the
  // portfolio before the title after a quotation as before one.
  const wire = [
    'Türkiye picks Thrace for data campus',
    '',
    'The campus will cost $14 billion, officials said on Tuesday.',
    '',
    '"This is the largest single foreign investment Thrace has ever seen, and it will not be the last," Energy and Natural Resources Minister Hakan Demirtaş told reporters at the signing ceremony in Istanbul.',
    '',
    '"We will export the know-how next," said Trade and Industry Minister Selin Aydın.',
  ].join('\n');

  it('reads the minister after the quotation, the verb or the title first', () => {
    assert.deepEqual(said('/wire/a.txt', wire), [
      'person:Hakan Demirtaş | This is the largest single foreign investment Thrace has ever seen, and it will not be the last',
      'person:Selin Aydın | We will export the know-how next',
    ]);
  });

  it("flags unseen-34's Korean line giving Yalçın's words to the minister", () => {
    const { codes } = on('unseen-34', 'stargate-mideast-turkiye-donghyang-ko.md', '하칸 데미르타시 에너지부 장관은');
    assert.deepEqual(codes, ['quote-misattributed']);
  });
});
