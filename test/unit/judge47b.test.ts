// Planted wrong temperatures the checker did not read at all in unseen-72, session 47 (judge47b): a temperature is a
// figure of its own kind (°C, °F; bare degrees in the one scale the text names), a rise is not a level, a level given
// as the one before a change is of then, and a level set against "the developer's original proposal" is the
// proposal's. Each case failed before its rule.
import { strict as assert } from 'assert';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

/** The temperatures read in an English text, as `text|kind|unit|value`. */
const read = (text: string) =>
  extractFigures(text, 'en')
    .figures.filter((f) => f.kind === 'temperature')
    .map((f) => `${f.text}|${f.kind}|${f.unit}|${f.value}`);

describe('judge47b: temperatures are read as figures of their own unit (extract/figures)', () => {
  it('°C, ℃, degrees Celsius and °F are read with their scale', () => {
    assert.deepEqual(read('Seawater is drawn at 40 m depth, where it is 21 °C; the outfall may not exceed 28°C.'), [
      '21 °C|temperature|°C|21',
      '28°C|temperature|°C|28',
    ]);
    assert.deepEqual(read('The halls are kept below 27 degrees Celsius, or 80.6 degrees Fahrenheit.'), [
      '27 degrees Celsius|temperature|°C|27',
      '80.6 degrees Fahrenheit|temperature|°F|80.6',
    ]);
  });
  it('a rise, a difference or "warmer than" is a difference (°C rise), not a level', () => {
    assert.deepEqual(
      read('The permit caps the discharge at 30 °C and the river temperature rise at 1.5 °C 100 m downstream.'),
      ['30 °C|temperature|°C|30', '1.5 °C|temperature|°C rise|1.5'],
    );
    assert.deepEqual(read('Water returned to the bay may be no more than 3°C warmer than the bay.'), [
      '3°C|temperature|°C rise|3',
    ]);
    assert.deepEqual(read('The plant may warm the river by no more than 2 degrees Celsius.'), [
      '2 degrees Celsius|temperature|°C rise|2',
    ]);
  });
  it('degrees of an angle, a bearing or a latitude are no temperature', () => {
    assert.deepEqual(
      read('The site, at 41° 59′ N, offers a 360-degree view; the roof is tilted 15 degrees south.'),
      [],
    );
  });
});

describe('judge47b: a temperature is judged against the sources of its subject (judge/figures)', () => {
  const PERMIT = [
    '# Regulator sets river limits for the Dunmore data centre',
    '',
    'By Aoife Kerrigan | Midlands Courier | 3 November 2026',
    '',
    'The environmental regulator has granted the Dunmore data centre a discharge permit that caps the cooling water it returns to the River Brosna at 30 degrees Celsius and the rise in river temperature at 1.5 degrees 200 metres downstream.',
    '',
    "The plant's facility water loop will now run at 32 degrees supply and 42 degrees return, up from 28 and 38 in the spring design.",
  ].join('\n');
  it('a wrong limit on the rise is a mismatch, with the source rise as the fix; the level limit keeps its ✓', () => {
    const c = writtenSources({ 'midlands-courier-2026-11-03.md': PERMIT });
    const line =
      'The Dunmore permit caps the discharge to the Brosna at 30 °C and the river temperature rise at 2.5 °C downstream.';
    const rise = figureJudged(c, line, '2.5 °C');
    assert.deepEqual(rise.codes, ['figure-mismatch'], messages(rise));
    assert.match(messages(rise), /1\.5/);
    const level = figureJudged(c, line, '30 °C');
    assert.deepEqual(loud(level), [], messages(level));
    assert.equal(level.status, 'supported');
  });
  it('a level limit neither refutes nor vouches for a limit on the rise', () => {
    const c = writtenSources({
      'harbour-news-2026-10-02.md': [
        '# Harbour board approves Kellsport data centre outfall',
        '',
        'By Sean Duffy | Kellsport Harbour News | 2 October 2026',
        '',
        'The harbour board has approved the Kellsport data centre outfall, with a licence that caps the temperature of the cooling water returned to the harbour at 26 degrees Celsius.',
      ].join('\n'),
    });
    const j = figureJudged(c, 'The Kellsport outfall licence caps the harbour temperature rise at 2 °C.', '2 °C');
    assert.deepEqual(loud(j), [], messages(j));
    assert.notEqual(j.status, 'supported', messages(j));
  });
  it("bare degrees in an article that writes Celsius are Celsius: a loop's old temperatures given as now are wrong", () => {
    const c = writtenSources({ 'midlands-courier-2026-11-03.md': PERMIT });
    const j = figureJudged(c, 'The Dunmore facility water loop now runs at 28 °C supply and 38 °C return.', '28 °C');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /32/);
  });
  it('a temperature given as the level before a change ("down from 3°C") is not refuted by the new one', () => {
    const c = writtenSources({
      'court-2026-08-14.md': [
        '# Decision of the Environment Court',
        '',
        '14 August 2026',
        '',
        'The council decision allowed the discharge to raise the water temperature by up to 3°C at the edge of a 150-metre mixing zone. The Court has reduced this to 2°C at the edge of a 100-metre mixing zone.',
      ].join('\n'),
    });
    const j = figureJudged(
      c,
      "Warm water may now raise the harbour's temperature by no more than 2°C at the edge of a 100-metre mixing zone, down from 3°C at 150 metres.",
      '3°C',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('a level set against another "in the developer\'s original proposal" vouches for no line (extract/change.ts EN_THEN)', () => {
    const c = writtenSources({
      'written-answer-2026-11-11.md': [
        '# Written answer: export credit for a Cabo Verde data centre',
        '',
        'Answered on 11 November 2026.',
        '',
        "UKEF's team reviewed the project's environmental licence, issued on 14 October 2026, which limits the temperature of the data centre's returned seawater to 28°C, against 31°C in the developer's original proposal, and requires monthly monitoring of the reef.",
      ].join('\n'),
    });
    const j = figureJudged(c, 'The licence limits returned seawater to 31 °C, with a monthly reef survey.', '31 °C');
    assert.notEqual(j.status, 'supported', messages(j));
  });
  it('unseen-72 Skopje response L25 and L27 (1-based) are flagged', () => {
    const report = 'green-vardar-consultation-response-stargate-skopje-water-permit.md';
    const rise = reportLineJudged('unseen-72', report, 25, '2.5 °C');
    assert.deepEqual(rise.codes, ['figure-mismatch'], messages(rise));
    const loop = reportLineJudged('unseen-72', report, 27, '27 °C');
    assert.deepEqual(loop.codes, ['figure-mismatch'], messages(loop));
  });
});
