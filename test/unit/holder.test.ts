// Whose share a percent is when a sentence lists several holders' shares (issue 10: unseen-11, written blind, swapped
// two holders' stakes twice, and every value was found in the source's own sentence, so both lines got a ✓). The
// articles of test/fixtures/unseen-holders/ (a developer's press release, a Korean daily) were written first.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { extractFigures } from '../../server/src/extract/figures';
import { holderOf, sameHolder } from '../../server/src/judge/holder';
import type { Lang } from '../../server/src/types';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-holders');
const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false, workers: 0 });
const statuses = (heading: string, line: string) =>
  checkReport(corpus, `## ${heading}\n\n${line}\n`)
    .claims.filter((c) => c.type === 'figure')
    .map((c) => [c.text, c.status]);
const holders = (t: string, lang: Lang) => {
  const figs = extractFigures(t, lang).figures;
  return figs.map((f) => [f.text, holderOf(t, f.start, f.end, lang, figs)]);
};

describe('holders: whose share a listed percent is', () => {
  it('by after the figure, names or a company before it, Korean names before it', () => {
    assert.deepEqual(holders('It is owned 45% by Sandline, 35% by Blue Harbor Capital and 20% by OpenAI.', 'en'), [
      ['45%', ['Sandline']],
      ['35%', ['Blue Harbor Capital']],
      ['20%', ['OpenAI']],
    ]);
    assert.deepEqual(holders('OpenAI holds 40% of it, with Hanbit Power and Seohae Networks at 30% each.', 'en'), [
      ['40%', ['OpenAI']],
      ['30%', ['Hanbit Power', 'Seohae Networks']],
    ]);
    assert.deepEqual(holders('지분은 한빛전력 40%, 오픈AI가 30%, 서해네트웍스 30%다.', 'ko'), [
      ['40%', ['한빛전력']],
      ['30%', ['오픈AI']],
      ['30%', ['서해네트웍스']],
    ]);
  });
  it('a holder set off by a clause about it before its verb (a live blog, unseen-12)', () => {
    assert.deepEqual(
      holders(
        'Under the deal, Selangor Compute Berhad, a company owned by the state investment arm, will hold 55% of the venture and Oracle 45%.',
        'en',
      ),
      [
        ['55%', ['Selangor Compute Berhad']],
        ['45%', ['Oracle']],
      ],
    );
    assert.deepEqual(holders('Tidewater Power, which built the substation, holds 30% and OpenAI 70%.', 'en'), [
      ['30%', ['Tidewater Power']],
      ['70%', ['OpenAI']],
    ]);
  });
  it('no holder where the words name none, or the sentence lists one percent', () => {
    assert.deepEqual(holders('Revenue rose 12% in the quarter and margins widened to 35%.', 'en'), [
      ['12%', undefined],
      ['35%', undefined],
    ]);
    assert.deepEqual(holders('About 30 per cent will come from wind and 70 per cent from gas.', 'en'), [
      ['30 per cent', undefined],
      ['70 per cent', undefined],
    ]);
    assert.deepEqual(holders('OpenAI holds 40% of the venture.', 'en'), [['40%', undefined]]);
  });
  it('one holder in two scripts: the lexicon, or the romanized first word (한빛전력 / Hanbit Power)', () => {
    assert.equal(sameHolder(['오픈AI'], 'ko', ['OpenAI'], 'en'), true);
    assert.equal(sameHolder(['한빛전력'], 'ko', ['Hanbit Power'], 'en'), true);
    assert.equal(sameHolder(['한빛전력'], 'ko', ['OpenAI'], 'en'), false);
    assert.equal(sameHolder(['Sandline'], 'en', ['Blue Harbor Capital'], 'en'), false);
    assert.equal(sameHolder(['서해네트웍스'], 'ko', ['Hanbit Power'], 'en'), undefined);
  });
});

describe('holders: a swap of two holders is no ✓', () => {
  it('English: the swapped shares are mismatches, the true line is supported', () => {
    assert.deepEqual(
      statuses(
        'Argentina',
        'The campus company is owned 50% by Pampas Digital, 20% by Andes Capital Partners and 30% by Oracle.',
      ),
      [
        ['50%', 'supported'],
        ['20%', 'conflicting'],
        ['30%', 'conflicting'],
      ],
    );
    assert.deepEqual(
      statuses(
        'Argentina',
        'The campus company is owned 50% by Pampas Digital, 30% by Andes Capital Partners and 20% by Oracle.',
      ),
      [
        ['50%', 'supported'],
        ['30%', 'supported'],
        ['20%', 'supported'],
      ],
    );
  });
  it('Korean: the swapped shares get no ✓, the true line is supported', () => {
    const swapped = statuses('새만금', '합작법인 지분은 서해전력 51%, 가온네트웍스 29%, 오픈AI 20%다.');
    assert.deepEqual(swapped[0], ['51%', 'supported']);
    assert.ok(
      swapped.slice(1).every(([, s]) => s !== 'supported'),
      JSON.stringify(swapped),
    );
    assert.deepEqual(statuses('새만금', '합작법인 지분은 서해전력 51%, 오픈AI 29%, 가온네트웍스 20%다.'), [
      ['51%', 'supported'],
      ['29%', 'supported'],
      ['20%', 'supported'],
    ]);
  });
  it('holders listed in another order pair up by holder, not by place in the list (unseen-12)', () => {
    // The line names OpenAI first with the utility's share: a swap, though each value stands at its place in the list.
    const reordered = statuses('새만금', '합작법인 지분은 오픈AI 51%, 서해전력 29%, 가온네트웍스 20%다.');
    assert.deepEqual(reordered[0], ['51%', 'conflicting']);
    assert.notEqual(reordered[1][1], 'supported');
    assert.deepEqual(reordered[2], ['20%', 'supported']);
    // The same shares in another order than the article's are all its own.
    assert.deepEqual(statuses('새만금', '합작법인 지분은 오픈AI 29%, 서해전력 51%, 가온네트웍스 20%다.'), [
      ['29%', 'supported'],
      ['51%', 'supported'],
      ['20%', 'supported'],
    ]);
  });
});
