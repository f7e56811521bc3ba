// Wrong ✗ on true lines found with test/fixtures/unseen-probe27 (issue 10, precision), and the rules that keep them
// clean. The articles here were written as their outlets write them; each case failed before its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, writtenSources } from './judged';
import { soundAlike } from '../../server/src/text/translit';

const corpusOf = (files: Record<string, string>) => writtenSources(files, 'xref-probe27-');

describe('probe27: an English number word is no Hangul spelling', () => {
  // A press release on a gas plant for a campus at Fort Calloway, Louisiana: its schedule sentence says "the fourth
  // quarter of 2026". A Korean line on the town council's vote names the town as 포트 캘러웨이; 포트 (Fort, port) sounded
  // like "fourth", so with 캘러웨이/Calloway the release's sentence shared two words with the line and its September 2029
  // refuted the council's 2월 10일.
  const corpus = corpusOf({
    'delta-crescent-release.txt': [
      'Delta Crescent Power to Build 900 MW Plant for Stargate Campus at Fort Calloway',
      '',
      'BATON ROUGE, La., March 3, 2026 -- Delta Crescent Power (NYSE: DCP) said today it has signed a 15-year ' +
        'agreement to supply Stargate Bayou LLC from a new 900-megawatt combined-cycle plant.',
      '',
      'Delta Crescent will build the plant on a 90-acre site next to the Fort Calloway data center campus. ' +
        'Construction is expected to start in the fourth quarter of 2026, with commercial operation targeted for ' +
        'September 2029.',
      '',
      '"This is firm power where the load is," said Chief Executive Officer Lena Whitcombe.',
      '',
    ].join('\n'),
  });

  it('"fourth", "second", "seven" sound like no Hangul word; names still do', () => {
    assert.equal(soundAlike('포트', 'fourth'), false);
    assert.equal(soundAlike('세컨드', 'second'), false);
    assert.equal(soundAlike('세븐', 'seven'), false);
    assert.equal(soundAlike('포틀랜드', 'portland'), true);
  });

  it('a Korean line dating a council vote is not refuted by the plant schedule of the same town', () => {
    const j = figureJudged(corpus, '포트 캘러웨이 시의회는 2월 10일 세금 감면안을 의결했다.\n', '2월 10일');
    assert.deepEqual(loud(j), [], j.status);
  });
});

describe('probe27: a whole counted after its part', () => {
  // A TV station's story: "the first two of four phases" counts the part (two phases) before the whole (four).
  const corpus = corpusOf({
    'kvrt-bonds.html': [
      '<html><head><title>Sandoval County OKs bonds for two phases of Stargate campus | KVRT 9</title>',
      '<meta property="og:site_name" content="KVRT 9 News"></head><body><article>',
      '<h1>Sandoval County OKs bonds for part of Stargate campus</h1>',
      '<p>BERNALILLO, N.M. (KVRT) &mdash; Sandoval County commissioners on Tuesday approved up to $6 billion in',
      'industrial revenue bonds for the Mesa Prieta data center campus.</p>',
      '<p>The bonds cover the first two of four phases, 400 megawatts of the planned 800, and the company will have to',
      'return to the commission for the rest.</p>',
      '</article></body></html>',
    ].join('\n'),
  });

  it('"two phases" restates the part, not a misreading of the four', () => {
    const j = figureJudged(corpus, 'The Mesa Prieta bonds cover two phases, or 400 MW.\n', 'two phases');
    assert.deepEqual(loud(j), [], j.status);
  });

  it('a count that is neither the part nor the whole is still refuted', () => {
    const j = figureJudged(
      corpus,
      'The Mesa Prieta bonds cover the first two of six phases, or 400 MW.\n',
      'six phases',
    );
    assert.equal(j.mismatches.length, 1, j.status);
  });
});
