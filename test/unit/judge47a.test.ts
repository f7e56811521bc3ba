import { strict as assert } from 'assert';
import { figuresRead } from './judged';

// unseen-73 obiliq L3, "Councillor Valmira Hajdari · for the session of 26 November 2026": a speaker's notes dated by
// the sitting they are for. The date line in pieces knew a date alone and "prepared by … for the meeting of …"
// (judge46a), not a piece that is the occasion alone: its day was read as a claim and flagged.
describe('judge47a: a masthead piece naming the occasion the notes are for', () => {
  it('dates the line as a date alone does, in English and Korean', () => {
    assert.deepEqual(
      figuresRead(
        '# Speech notes: the Stargate Obiliq agreement\n\nCouncillor Valmira Hajdari · for the session of 26 November 2026\n\n## Opening\n\n- The site is 47 hectares.\n',
      ),
      ['47 hectares'],
    );
    assert.deepEqual(
      figuresRead(
        '# Talking points: the Narva heat deal\n\nDeputy mayor Kaja Ilves | ahead of the council vote on 3 December\n\nThe campus draws 60 MW.\n',
      ),
      ['60 MW'],
    );
    assert.deepEqual(
      figuresRead('# 발언 메모: 나르바 폐열\n\n김도윤 의원 · 11월 26일 본회의용\n\n캠퍼스는 60MW다.\n'),
      ['60MW'],
    );
  });
  it('not a piece with another figure, nor one that is a clause', () => {
    assert.deepEqual(
      figuresRead('# Notes\n\nStargate Obiliq · for the 120 MW phase of 2028\n\nThe campus draws 60 MW.\n'),
      ['120 MW', '2028', '60 MW'],
    );
    assert.deepEqual(
      figuresRead(
        '# Notes\n\nThe council meets · for the session of 26 November the campus needs 40 MW\n\nThe campus draws 60 MW.\n',
      ),
      ['26 November', '40 MW', '60 MW'],
    );
  });
});
