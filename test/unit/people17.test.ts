// Speakers as records label them (issue 10, people17): earnings-call transcripts (a label line above the words, or
// "**Name, Title:**" before them), a committee's oral evidence ("**Q45 Chair:**", "**Dr Okafor:**"), a podcast's
// timestamped "Name (role):" labels, a Korean 속기록's "○ 이름 직함:" labels, numbered minutes with the speaker in bold,
// and report lines that name the speaker with a verb and its object before a colon ("warned the committee:").
// Fixtures: test/fixtures/unseen-people17/ (written before the rules), test/fixtures/unseen-13/.
import { strict as assert } from 'assert';
import { parsePerson } from '../../server/src/extract/people';

describe('people17: honorifics as British records write them', () => {
  it('"Mr", "Dr", "Cllr" with no full stop are no part of the name', () => {
    assert.equal(parsePerson('Mr Tom Brierley')?.name, 'Tom Brierley');
    assert.equal(parsePerson('Dr Adaeze Okafor')?.name, 'Adaeze Okafor');
    // A surname after an honorific is a surname alone, not a person called "Dr Okafor".
    assert.equal(parsePerson('Dr Okafor')?.name, undefined);
    assert.equal(parsePerson('Dr Okafor')?.surname, 'Okafor');
  });
});

