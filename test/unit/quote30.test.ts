// Issue 10 (quote30): quotation lines unseen-38 and unseen-39 (promoted to tuning in session 30) got wrong, and
// leftovers of session 29.
import { strict as assert } from 'assert';
import { said } from './quoted';

describe("quote30: a lexicon person's family name before another given name is someone else", () => {
  // An English-language Korean daily: the chief executive of a Korean contractor, family name first, shares it with a
  // former president the lexicon knows as "Yoon Suk Yeol" and, alone, "Yoon".
  const story = [
    'Hallim Power signs Saemangeum substation deal',
    '',
    'GUNSAN -- Hallim Power will build the substation for the Saemangeum data center campus, the company said Tuesday.',
    '',
    '"The substation is the easy part. The line is the hard part," Hallim Power CEO Yoon Ji-ho said in an interview.',
    '',
    '"Saemangeum is the future of North Jeolla," former President Yoon Suk Yeol said in 2023.',
  ].join('\n');

  it('reads "Yoon Ji-ho" as a person by name, not as the lexicon\'s Yoon', () => {
    assert.deepEqual(said('/en/hallim.txt', story), [
      'person:Yoon Ji-ho | The substation is the easy part. The line is the hard part',
      'yoon | Saemangeum is the future of North Jeolla',
    ]);
  });

  it('still reads the lexicon person by the family name alone and by his own given name', () => {
    const text = story
      .replace('Hallim Power CEO Yoon Ji-ho said', 'President Yoon said')
      .replace('former President Yoon Suk Yeol', 'Yoon Suk-yeol');
    assert.deepEqual(
      said('/en/hallim2.txt', text).map((s) => s.split(' | ')[0]),
      ['yoon', 'yoon'],
    );
  });
});
