// Figure misses of unseen-50 and unseen-51 (sets written blind, promoted to tuning in session 36) on parts, wholes,
// shares and sums, each traced to a general cause and tested on articles written here as their outlets would write
// them. Each case fails without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources, writtenSources } from './judged';

/** A Paraguayan daily's story in English translation, amounts in guaraníes as its outlet writes them. */
const ITAPUA_DAILY = [
  '# Encarnación approves the land deal for a hydro-powered data hall',
  '',
  '*Diario de Itapúa, 3 March 2027*',
  '',
  'ENCARNACIÓN — The municipal board approved on Monday the sale of 60 hectares beside the Yacyretá substation to the developer of a 300 MW data hall.',
  'The land is sold for some G. 41.5 billion, and the developer will pay the municipality a road levy of G. 2.3 billion a year.',
  'At the exchange rate of the day, Dollar: G. 7,510, the whole project comes to some G. 6.8 trillion.',
  '',
].join('\n');

// unseen-50 hernandarias L16: "… the municipality's share of the real-estate tax on the campus at G. 18 billion a year".
// The guaraní's "G." was not read as money: "18 billion" was a bare count of nothing the domain knows, which is never
// reported, so a sum no source gives went without a word, and the true "about G. 71 trillion" was never checked.
describe('judge36b: the guaraní written "G." before an amount is money (PYG)', () => {
  const read = (s: string) => extractFigures(s, 'en').figures.map((f) => [f.text, f.unit, f.value]);

  it('reads G. and ₲ before an amount written as money, not an initial before a bare number', () => {
    assert.deepEqual(read('the land is sold for some G. 41.5 billion'), [['G. 41.5 billion', 'PYG', '41500000000']]);
    assert.deepEqual(read('Dollar: G. 7,510'), [['G. 7,510', 'PYG', '7510']]);
    assert.deepEqual(read('a rate of ₲ 7,510 to the dollar'), [['₲ 7,510', 'PYG/USD', '7510']]);
    assert.deepEqual(read('as Carlos G. 5 said'), []);
    assert.deepEqual(read('under rule G.7 of the board'), []);
  });

  it('vouches for a sum in guaraníes a source states and tells of one no source gives', () => {
    const corpus = writtenSources({ 'diario-itapua.md': ITAPUA_DAILY }, 'xref-judge36b-pyg-');
    const ok = figureJudged(corpus, 'The Encarnación land is sold for about G. 41.5 billion.\n', 'G. 41.5 billion');
    assert.equal(ok.status, 'supported');
    const none = figureJudged(
      corpus,
      'The board puts the municipality\'s share of the property tax on the data hall at G. 9 billion a year.\n',
      'G. 9 billion',
    );
    assert.deepEqual(none.codes, ['figure-unsupported']);
  });

  it('on the tuning set (unseen-50 hernandarias L16 and L10)', () => {
    const u50 = loadSources(path.join(__dirname, '../fixtures/unseen-50/sources'));
    const l16 = figureJudged(
      u50,
      "The Vice Ministry puts the municipality's share of the real-estate tax on the campus at G. 18 billion a year once the first phase runs.\n",
      'G. 18 billion',
    );
    assert.deepEqual(l16.codes, ['figure-unsupported']);
    const l10 = figureJudged(u50, "At March's exchange rate the original budget was about G. 71 trillion.\n", 'G. 71 trillion');
    assert.equal(l10.status, 'supported');
  });
});
