// Session 36 (link36): planted wrong figures read as "unsupported" although a source states the right value, because
// the line's subject score stayed below the bar. Causes fixed here: function words weighing as content (Korean
// auxiliary verbs 있다/하다/되다/이다 and 따르면; English modals, prepositions and quantifiers: "could use as much
// as", "기대하고 있다"), counted people with no concept ("2,400 tradespeople", "상시 근로자 180명", "employees" against
// "260 construction workers"), "found" (the past of find) read as a founding, and a past participle capitalized as
// it opens a sentence ("Planned capacity is …") read as a place. Each case fails without its rule (domain/en.json and
// ko.json stopwords.subject, domain/lexicon.json workforce and found, judge/scope.ts placesIn).
import { strict as assert } from 'assert';
import * as path from 'path';
import { wordTerm, termsIn } from '../../server/src/domain/lexicon';
import { placesIn } from '../../server/src/judge/scope';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

describe('link36: function words are no subject words', () => {
  it('reads no Korean auxiliary verb form nor 따르면 as a content word', () => {
    for (const w of ['있다', '있는', '있으며', '한다', '했다', '된다', '됐다', '이다', '따르면'])
      assert.equal(wordTerm(w), null, w);
    // content verbs and nouns stay words
    assert.equal(wordTerm('기대하고'), 'ko:기대하고');
    assert.equal(wordTerm('사업비는'), 'ko:사업비');
  });

  it('reads no English modal, preposition or quantifier as a content word', () => {
    for (const w of ['could', 'should', 'much', 'many', 'between', 'within', 'only', 'there', 'not'])
      assert.equal(wordTerm(w), null, w);
    assert.equal(wordTerm('hottest'), 'en:hottest');
    // a word that tells the phase a count is of stays a word ("2,200 people during construction", "once operating")
    assert.equal(wordTerm('during'), 'en:dur');
    assert.equal(wordTerm('once'), 'en:once');
    assert.equal(wordTerm('gallons'), 'en:gallon');
  });

  // unseen-15: "- 영광군은 상시 일자리 약 5,000개를 기대하고 있다." (about 500 permanent jobs)
  it("refutes the tuning set's Korean line that ends in 기대하고 있다 (unseen-15)", () => {
    const corpus = loadSources(path.join(__dirname, '../fixtures/unseen-15/sources'));
    const ko = figureJudged(corpus, '- 영광군은 상시 일자리 약 5,000개를 기대하고 있다.\n', '5,000개');
    assert.deepEqual(ko.codes, ['figure-mismatch']);
    assert.match(ko.mismatches[0].message, /500/);
    const right = figureJudged(corpus, '- 영광군은 상시 일자리 약 500개를 기대하고 있다.\n', '500개');
    assert.deepEqual(loud(right), []);
  });
});

// unseen-recall: "… about $12 million a month in sales tax while the Pierre campus is built." (`while` weighed 0.6)
describe('link36: a conjunction is no subject word (unseen-recall)', () => {
  it("refutes the tuning set's line", () => {
    const corpus = loadSources(path.join(__dirname, '../fixtures/unseen-recall/sources'));
    const j = figureJudged(
      corpus,
      'Northgate says the state will collect about $12 million a month in sales tax while the Pierre campus is built.\n',
      '$12 million',
    );
    assert.deepEqual(j.codes, ['figure-mismatch']);
  });
});

describe('link36: counted people are the workforce', () => {
  it('reads tradespeople, employees and 근로자 as the workforce concept, and "found" as no founding', () => {
    const ids = (t: string, lang: 'en' | 'ko') => termsIn(t, lang).map((h) => h.id);
    assert.deepEqual(ids('around 90 employees', 'en'), ['workforce']);
    assert.deepEqual(ids('about 700 tradespeople', 'en'), ['workforce']);
    assert.deepEqual(ids('상시 근로자 180명', 'ko'), ['workforce']);
    assert.deepEqual(ids('the survey found', 'en'), []);
    assert.ok(ids('the company was founded in 2019', 'en').includes('found'));
  });

  // A regional paper's story on one campus, written here: the shape of unseen-phases' Prairie Sentinel.
  const campus = [
    '# Covilhã data centre campus wins its environmental licence',
    '',
    '*Beira Gazette, March 3, 2027*',
    '',
    'COVILHÃ — The Serra Compute data centre campus outside Covilhã won its environmental licence on Tuesday, the regional coordination commission said.',
    '',
    'The developer told the council it would need about 700 tradespeople on site at the height of construction. Once both halls are running, the campus will have around 90 employees.',
    '',
    'The first 60 MW hall is due to open in 2029.',
    '',
  ].join('\n');
  const grid = [
    '# Grid operator plans new substation near Castelo Branco',
    '',
    '*Beira Gazette, January 12, 2027*',
    '',
    'REN said it would build a 400-kilovolt substation near Castelo Branco at a cost of about €85 million.',
    '',
    'The substation is due in 2028 and will connect 300 megawatts of solar farms.',
    '',
  ].join('\n');
  const corpus = writtenSources({ 'beira-covilha.md': campus, 'beira-grid.md': grid }, 'xref-link36-');

  it('refutes a wrong count of construction workers with the tradespeople the article counts', () => {
    const wrong = figureJudged(corpus, 'Construction will need up to 1,000 workers.\n', '1,000 workers');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /700 tradespeople/);
    const right = figureJudged(corpus, 'Construction will need up to 700 workers.\n', '700 workers');
    assert.deepEqual(loud(right), []);
  });

  it('says nothing of a count of people who are no workforce', () => {
    const other = figureJudged(corpus, 'About 1,000 people signed a petition against the campus.\n', '1,000 people');
    assert.deepEqual(loud(other), []);
  });

  // unseen-phases: "The build-out will need roughly 260 construction workers." (2,400 tradespeople; 260 are full-time)
  it("refutes the tuning set's line (unseen-phases)", () => {
    const real = loadSources(path.join(__dirname, '../fixtures/unseen-phases/sources'));
    const j = figureJudged(
      real,
      'The build-out will need roughly 260 construction workers.\n',
      '260 construction workers',
    );
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /2,400 tradespeople/);
  });
});

describe('link36: a capitalized opening participle is no place', () => {
  it('reads no place in "Planned capacity is …" and still reads one that opens a sentence', () => {
    assert.deepEqual(placesIn('Planned capacity is 2.5 GW at full build-out.', 'en', []), []);
    assert.deepEqual(placesIn('Expected output rises to 2 GW.', 'en', []), []);
    assert.ok(placesIn('Bedford will host the 300 MW campus.', 'en', []).includes('en:bedford'));
    // a participle inside the sentence is no name either way; a capitalized name after it still is
    assert.ok(placesIn('Planned capacity at Mesquite is 2 GW.', 'en', []).includes('en:mesquite'));
  });
});
