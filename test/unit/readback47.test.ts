// Read-back of session 47: pieces that had their own copy of a shared list now take the list.
import { strict as assert } from 'assert';
import { koreanFirmName, koreanFirmStem } from '../../server/src/extract/subjects';

describe('readback47: a Korean firm name without its particle', () => {
  it('cuts any particle of ko.json a sentence glues to the name, the longest that ends the word', () => {
    // As a local paper writes them: 동진중공업까지 수주했다, 한울전선에서는, 소백에너텍처럼, 청림공조보다.
    for (const [word, stem] of [
      ['동진중공업까지', '동진중공업'],
      ['한울전선에서는', '한울전선'],
      ['소백에너텍처럼', '소백에너텍'],
      ['청림공조보다', '청림공조'],
      ['동진중공업과', '동진중공업'],
      ['동진중공업', '동진중공업'],
    ])
      assert.equal(koreanFirmStem(word), stem, word);
    // What the stem is for: the firm's English name is found behind any of them.
    assert.deepEqual(koreanFirmName(koreanFirmStem('동진중공업까지')).trade, ['en:heavy', 'en:industry']);
  });
});
