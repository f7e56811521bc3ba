// Session 42: unseen-62 and unseen-63 (written blind in session 41, held out until session 42), and what judge41a's,
// judge41b's and twin41's rules needed to come back within the cold-start decode bound.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, writtenSources } from './judged';

// judge41a's bare-number rule (bareValue.ts) takes a number a sentence writes in digits without a unit, after a figure
// of the claim's unit, for a second statement of the measure ("heated to 52" after "48 degrees"). A clock time or a
// score ("12:45", "54:62") is no such thing: taken for one, it kept the sentence's real figure from refuting a wrong line.
describe('a clock time is no bare statement of a measure (trust42)', () => {
  const corpus = writtenSources(
    {
      'gyeongbuk-ilbo-yeongcheon.md': [
        '# Council backs park substation',
        '',
        '*Yeongcheon Business Daily, 14 October 2026*',
        '',
        'The council met at 10:30 and approved a 40 MW substation for the park, its clerk said at 12:45.',
        '',
      ].join('\n'),
    },
    'xref-trust42-clock-',
  );
  it('a line giving a clock time as the substation is refuted by the substation', () => {
    const j = figureJudged(corpus, 'The council approved a 45 MW substation for the park.\n', '45 MW');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it('the true line is not flagged', () => {
    const j = figureJudged(corpus, 'The council approved a 40 MW substation for the park.\n', '40 MW');
    assert.deepEqual(loud(j), [], messages(j));
  });
});
