// Session 47 (judge47d): judge46d's index reader re-landed. It had read "the design WUE is 0.21 litres per kWh" as a
// bare index, WUE:target, so the unit written after it no longer made it one of the litres a kWh the sentence's other
// figure and the sources' were: the source's 0.21 litres a kWh, no longer the line's own, judged the line's 0.55 (a
// two-month peak) and flagged a true line (unseen-72 green-vardar L16). A number with its unit written out is that
// unit's figure (extract/figures/indexes.ts INDEX_AFTER), and "L/kWh" is a unit of volume a kWh (domain/en.json).
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const read = (text: string, lang: 'en' | 'ko') =>
  extractFigures(text, lang).figures.map((f) => `${f.text}|${f.kind}|${f.unit}|${f.value}`);

describe('judge47d: a WUE with its unit written out is a volume a kWh, as any other', () => {
  it('litres per kWh and L/kWh after a named WUE are the unit’s figure, not a bare index', () => {
    assert.deepEqual(read('The design WUE is 0.21 litres per kWh over the year.', 'en'), [
      '0.21 litres|volume|m3/kWh|0.00021',
    ]);
    assert.deepEqual(read('Its WUE was 0.26 L/kWh against a target of 0.20 L/kWh.', 'en'), [
      '0.26 L/kWh|volume|m3/kWh|0.00026',
      '0.20 L/kWh|volume|m3/kWh|0.0002',
    ]);
    assert.deepEqual(read('The hall used 0.4 l/kWh, or 400 L/MWh.', 'en'), [
      '0.4 l/kWh|volume|m3/kWh|0.0004',
      '400 L/MWh|volume|m3/MWh|0.4',
    ]);
    // (a bare number after the name is still the index)
    assert.deepEqual(read('A WUE of 0.21 is a number for brochures.', 'en'), ['0.21|index|WUE|0.21']);
  });
});

// A regional paper on a campus's water permit: the annual design value in litres a kWh, the summer peak as a bare
// number after it.
const PERMIT = {
  'heraldo-aragon-zuera-water-permit.md':
    '# Zuera data campus asks for river water through the summer\n\n2026-10-02\n\nBy Lucía Ferrer\n\n' +
    'The Zuera campus of Ebro Compute is designed for an annual water usage effectiveness of 0.18 litres per ' +
    'kilowatt-hour, the company said, but its consultants modelled a peak of 0.47 in July and August, when the ' +
    'adiabatic coolers run longest. The basin authority will hear objections until 30 October.\n',
};

describe('judge47d: a design WUE and a two-month peak, both in litres a kWh', () => {
  const corpus = writtenSources(PERMIT);
  const LINE =
    '# Objections\n\n- At the Zuera campus the design WUE is 0.18 litres per kWh over the year, but the modelled ' +
    'peak in July and August is 0.47 litres per kWh.\n';
  it('the peak is not judged by the annual design value', () => {
    const r = figureJudged(corpus, LINE, '0.47 litres');
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('the design value is ✓', () => {
    const r = figureJudged(corpus, LINE, '0.18 litres');
    assert.equal(r.status, 'supported', messages(r));
  });
  it('a wrong design value is still ✗', () => {
    const r = figureJudged(
      corpus,
      '# Objections\n\n- At the Zuera campus the design WUE is 0.12 litres per kWh over the year.\n',
      '0.12 litres',
    );
    assert.equal(r.mismatches.length, 1, messages(r));
  });
});

describe('judge47d: the tuning sets’ lines', () => {
  it('unseen-72 green-vardar L16, a true design WUE and its July–August peak, stays clean', () => {
    const f = 'green-vardar-consultation-response-stargate-skopje-water-permit.md';
    for (const fig of ['0.21 litres', '0.55 litres']) {
      const r = reportLineJudged('unseen-72', f, 16, fig);
      assert.equal(loud(r).length, 0, `${fig}: ${messages(r)}`);
    }
  });
});

// Beside the unit: a peak is no design value, and two months are neither's one month. A modelled peak after a design
// value took the design word as its own (WUE:target) and was judged by the design value; "over July and August" was
// read as August alone. A peak is now its own standing (`WUE:peak`, en.json/ko.json `indexes.peak`), a target's or a
// peak's period is the one said after its word, and months joined by "and" are their span (`months:7-8`).
describe('judge47d: a peak, a design value and a span of two months are told apart', () => {
  it('read', () => {
    assert.deepEqual(read('The design WUE is 0.30, though the modelled peak WUE is 0.62.', 'en'), [
      '0.30|index|WUE:target|0.3',
      '0.62|index|WUE:peak|0.62',
    ]);
    assert.deepEqual(read('The campus’s PUE peaked at 1.41 in August.', 'en'), [
      '1.41|index|PUE:peak:month:8|1.41',
      'August|date|date|--08',
    ]);
    assert.deepEqual(read('Over July and August the hall averaged a PUE of 1.33.', 'en'), [
      '1.33|index|PUE:measured:months:7-8|1.33',
    ]);
    assert.deepEqual(read('In July and September the hall averaged a PUE of 1.33.', 'en').slice(-1), [
      '1.33|index|PUE:measured:months:7+9|1.33',
    ]);
    assert.deepEqual(read('7월과 8월의 평균 PUE는 1.33이었다.', 'ko').slice(-1), [
      '1.33|index|PUE:measured:months:7-8|1.33',
    ]);
    // (the annual design value is the design value; a target's period is one said after its word, not a clause's before)
    assert.deepEqual(read('The annual design PUE is 1.2.', 'en'), ['1.2|index|PUE:target|1.2']);
    assert.deepEqual(read('Over the third quarter the measured PUE was 1.34, and the design PUE is 1.25.', 'en'), [
      '1.34|index|PUE:measured:quarter:3|1.34',
      '1.25|index|PUE:target|1.25',
    ]);
  });
});

// An operator's newsletter on its campus: the design PUE and WUE, and August's measured PUE.
const NEWSLETTER = {
  'morava-data-newsletter-2026-09.md':
    '# Brno campus: a hot summer, and what it cost us\n\n2026-09-15\n\nBy Tomáš Dvořák\n\n' +
    'The Brno campus of Morava Data is designed for a PUE of 1.22 and a WUE of 0.30, the operator said. ' +
    'The measured PUE was 1.38 in August, when the site logged its hottest days on record.\n',
};

describe('judge47d: the peak and the two months judged', () => {
  const corpus = writtenSources(NEWSLETTER);
  it('a peak at design load is not judged by the design value', () => {
    const r = figureJudged(corpus, '# Brno\n\n- At full design load the Brno campus’s peak WUE is 0.62.\n', '0.62');
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('nor two months’ mean by August’s', () => {
    const r = figureJudged(
      corpus,
      '# Brno\n\n- Over July and August the Brno campus averaged a PUE of 1.31.\n',
      '1.31',
    );
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('August’s value given wrong is still ✗, the design value ✓', () => {
    const r = figureJudged(corpus, '# Brno\n\n- In August the Brno campus’s measured PUE was 1.31.\n', '1.31');
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /1\.38/);
    const ok = figureJudged(corpus, '# Brno\n\n- Morava Data’s Brno campus: the design WUE is 0.30.\n', '0.30');
    assert.equal(ok.status, 'supported', messages(ok));
  });
});
