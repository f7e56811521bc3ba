// Planted wrong figures of unseen-66 and unseen-67 that passed (session 44): a Caribbean dollar read as the US dollar
// and a lease's rent taken as said of its term (unseen-67 caribbean L21), an amount asked for that only a less close
// sentence states with a unit (unseen-67 himalayan L35), and a writer's sum that took a part the source had revised
// (unseen-66 cheongram L16). Each case failed before its rule.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures/index';
import { amountRole } from '../../server/src/judge/role';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const RED_HIDRICA = 'red-hidrica-sula-brief-stargate-baracoa-water-power-tax.md';
const UNSEEN_66_KO = 'cheongram-daehakwon-semina-balje-yeongdong-haenam-stargate-suju-ko.md';
const UNSEEN_67_CARIBBEAN = 'caribbean-merchant-trust-credit-note-point-lisas-glo-djigbe.md';
const UNSEEN_67_HIMALAYAN = 'himalayan-waters-forum-brief-gelephu-glo-djigbe-water-power.md';

// "TT$9.8 million" was read as 9.8 million US dollars (a bare "$" with letters before it the scanner did not know), so a
// line's US$ amount was vouched for by a Trinidad and Tobago dollar amount of the same digits.
describe('judge44b: the Caribbean dollars are their own currencies', () => {
  it('reads TT$, EC$ and J$ as TTD, XCD and JMD', () => {
    const read = (s: string) => extractFigures(s, 'en').figures.map((f) => `${f.text}:${f.unit}`);
    assert.deepEqual(read('The rent is TT$9.8 million.'), ['TT$9.8 million:TTD']);
    assert.deepEqual(read('Grenada put in EC$45 million.'), ['EC$45 million:XCD']);
    assert.deepEqual(read('Kingston spent J$1.2 billion on it.'), ['J$1.2 billion:JMD']);
    // (still the US dollar, the Singapore and Hong Kong ones)
    assert.deepEqual(read('It costs US$5 million, S$6 million or HK$7 million.'), [
      'US$5 million:USD',
      'S$6 million:SGD',
      'HK$7 million:HKD',
    ]);
  });
  const corpus = () =>
    writtenSources({
      'trinidad-guardian-wallerfield-lease.md':
        '# Wallerfield data campus signs its land lease\n\n2026-05-12\n\nThe developer of the Wallerfield data campus has signed a lease for 12 hectares of the estate at TT$4.6 million a year, the estate company said on Monday.\n',
    });
  it('a US$ line is not vouched for by the TT$ amount of the same digits', () => {
    const r = figureJudged(
      corpus(),
      '# Note\n\nThe Wallerfield lease costs US$4.6 million a year.\n',
      'US$4.6 million',
    );
    assert.notEqual(r.status, 'supported', messages(r));
  });
  it('the TT$ line is', () => {
    const r = figureJudged(
      corpus(),
      '# Note\n\nThe Wallerfield lease costs TT$4.6 million a year.\n',
      'TT$4.6 million',
    );
    assert.equal(r.status, 'supported', messages(r));
  });
});

// A source sentence that restates the line ("reviewed every three years") gave no figure in the place of the line's rent:
// the rent stood after the lease's term with no comma between ("for 25 years at an annual rent of …"), and tiedToOther
// took it as said of the term. An amount is not said of a time; a date or a span is said of an amount.
describe('judge44b: a rent after a lease’s term is not said of the term', () => {
  const corpus = () =>
    writtenSources({
      'ministry-foi-wallerfield.txt':
        'MINISTRY OF TRADE AND INDUSTRY\n\nResponse to a request for information, 2 June 2026\n\nThe campus site is 12 hectares of the Wallerfield Industrial Estate, leased from the estate company for 25 years at an annual rent of TT$4.6 million, reviewed every three years.\n',
    });
  it('flags the rent with its digits swapped', () => {
    const r = figureJudged(
      corpus(),
      '# Wallerfield\n\nAnnual land rent is TT$6.4 million, reviewed every three years.\n',
      'TT$6.4 million',
    );
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /TT\$4\.6 million/);
  });
  it('vouches for the right rent', () => {
    const r = figureJudged(
      corpus(),
      '# Wallerfield\n\nAnnual land rent is TT$4.6 million, reviewed every three years.\n',
      'TT$4.6 million',
    );
    assert.equal(loud(r).length, 0, messages(r));
    assert.equal(r.status, 'supported', messages(r));
  });
  it('catches unseen-67 caribbean L21 (TT$8.9 million for TT$9.8 million)', () => {
    const j = reportLineJudged('unseen-67', UNSEEN_67_CARIBBEAN, 21, 'TT$8.9 million');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
});
