// Speakers as records label them (issue 10, people17): earnings-call transcripts (a label line above the words, or
// "**Name, Title:**" before them), a committee's oral evidence ("**Q45 Chair:**", "**Dr Okafor:**"), a podcast's
// timestamped "Name (role):" labels, a Korean 속기록's "○ 이름 직함:" labels, numbered minutes with the speaker in bold,
// and report lines that name the speaker with a verb and its object before a colon ("warned the committee:").
// Fixtures: test/fixtures/unseen-people17/ (written before the rules), test/fixtures/unseen-13/.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { parsePerson, speakerIdOf } from '../../server/src/extract/people';
import { extractQuotes } from '../../server/src/extract/quotes';
import { splitSentences } from '../../server/src/text/sentences';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';

const quotesOf = (text: string) => extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }]));
/** Each quotation's opening words and who it is by. */
const who = (text: string) => quotesOf(text).map((q) => [q.text.split(/\s+/).slice(0, 3).join(' '), speakerIdOf(q)]);

const DIR = path.join(ROOT, 'test/fixtures/unseen-people17');
let corpus: Corpus | undefined;
/** The speaker id of the source quotation (as the corpus reads the file) that holds these words. */
function speakerOfWords(file: string, words: string): string | undefined | null {
  corpus ??= Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false });
  const src = corpus.sources.find((s) => s.file.endsWith(file));
  assert.ok(src, file);
  const q = src.quotes.find((x) => x.text.includes(words));
  return q ? (q.speakerId ?? undefined) : null;
}

describe('people17: honorifics as British records write them', () => {
  it('"Mr", "Dr", "Cllr" with no full stop are no part of the name', () => {
    assert.equal(parsePerson('Mr Tom Brierley')?.name, 'Tom Brierley');
    assert.equal(parsePerson('Dr Adaeze Okafor')?.name, 'Adaeze Okafor');
    // A surname after an honorific is a surname alone, not a person called "Dr Okafor".
    assert.equal(parsePerson('Dr Okafor')?.name, undefined);
    assert.equal(parsePerson('Dr Okafor')?.surname, 'Okafor');
  });
});

describe('people17: a report line that names its speaker with a verb and its object before a colon', () => {
  it('"X warned the committee: “…”" is X\'s speech, however short', () => {
    assert.deepEqual(who('Forthline\'s Callum Reid warned the committee: "Today, largely bill payers."'), [
      ['Today, largely bill', 'person:Callum Reid'],
    ]);
    assert.deepEqual(who('Dana Whitt told the board: "Not this year."'), [['Not this year.', 'person:Dana Whitt']]);
  });
  it('without the colon a title in quotation marks stays no speech', () => {
    assert.deepEqual(who('Callum Reid warned the committee about "bill shock" on Tuesday.'), []);
  });
});

describe('people17: transcripts and records', () => {
  it("an earnings call with label lines above the words: each turn, over several paragraphs, is its speaker's", () => {
    const f = 'bluestem-q4-2025-call.md';
    // The third paragraph of the CEO's prepared remarks, the last of the CFO's.
    assert.equal(speakerOfWords(f, 'We are not building on speculation'), 'person:Marcus Obi');
    assert.equal(speakerOfWords(f, 'We have locked in supply for the whole campus'), 'person:Renata Sousa');
    assert.equal(speakerOfWords(f, 'We have no plans to issue equity in 2026'), 'person:Renata Sousa');
    // The operator's words are no one's quotation.
    assert.equal(speakerOfWords(f, 'Our first question comes from'), null);
  });
  it('oral evidence: "**Dr Okafor:**" is the witness the list names in full; "**Q45 Chair:**" ends her turn', () => {
    const f = 'sitc-oral-evidence-ai-growth-zones.md';
    assert.equal(speakerOfWords(f, 'most of that will never be built'), 'person:Adaeze Okafor');
    assert.equal(speakerOfWords(f, 'Today, largely bill payers'), 'person:Adaeze Okafor');
    // A quotation inside a witness's turn with no speaker of its own is the witness's.
    assert.equal(speakerOfWords(f, 'The chips are not the scarce thing'), 'person:Callum Reid');
    assert.equal(speakerOfWords(f, 'Good morning, and thank you both'), null);
  });
  it('a podcast: "[00:01:27] **Maya Lindqvist (host):**"', () => {
    const f = 'load-line-podcast-ep87.md';
    assert.equal(speakerOfWords(f, 'every developer in Texas is now a utility'), 'person:Maya Lindqvist');
    assert.equal(speakerOfWords(f, "But I won't pretend it's clean"), 'person:Jorge Beltrán');
  });
  it('a 국회 간담회 속기록: "○ 서지우 위원:", "○ 한도윤 한국전력공사 전력계통본부장:"', () => {
    const f = 'gukhoe-ai-dc-ganhamhoe.md';
    assert.equal(speakerOfWords(f, '송전망이 늦어지면 스타게이트도 늦어지고'), 'person:서지우');
    assert.equal(speakerOfWords(f, '단계적으로 나눠 공급하는 방안을'), 'person:한도윤');
    assert.equal(speakerOfWords(f, '반도체는 돈으로 살 수 있지만'), 'person:김하린');
  });
  it('numbered minutes: "5.4 **Mr Tom Brierley, Project Director, …**, addressed the Committee. He said: “…”"', () => {
    const text =
      '5.3 The applicant had agreed a contribution of £25 million.\n\n5.4 **Mr Tom Brierley, Project Director, Tees AI Campus Ltd**, addressed the Committee. He said: "We have taken the old grid connection and we intend to use every megawatt of it."\n\n5.7 **Councillor Walsh** said: "Four hundred and fifty jobs is welcome, but this committee has heard big numbers before."';
    assert.deepEqual(who(text), [
      ['We have taken', 'person:Tom Brierley'],
      ['Four hundred and', 'surname:Walsh'],
    ]);
  });
  it('a Q&A whose lead names the interviewee once: the answers are hers ("**Q: …**", "A: …")', () => {
    const f = 'dcpower-qa-halloran.md';
    assert.equal(speakerOfWords(f, 'I would rather wait six months for the grid'), 'person:Siobhan Halloran');
    assert.equal(speakerOfWords(f, 'We sized the substation for the campus'), 'person:Siobhan Halloran');
  });
  it('a Q&A whose lead names two people gives the answers to neither', () => {
    const text =
      'Lena Fischer spoke to Siobhan Halloran of Kestrel Data about the Odessa campus.\n\n**Q: Why build the substation first?**\n\nA: Because the substation is the part you cannot speed up later.\n\n**Q: What did it cost?**\n\nA: About $240 million, including the line to the switching station.';
    assert.deepEqual(
      who(text).filter(([, id]) => id),
      [],
    );
  });
  it('a label that is no person\'s name opens no turn: a news paragraph "Update: …", a place', () => {
    const text =
      'Update: The county approved the rezoning on Tuesday.\n\nAbilene: The city council met on Monday night and heard from residents.\n\nTexas: More than 40 data centres are planned across the state this year.';
    assert.deepEqual(who(text), []);
  });
});

describe('people17: moved quotations caught', () => {
  it('unseen-people17: every moved quotation, no true line flagged', () => {
    const en = scoreReport(path.join(DIR, 'reports/power-record-note-en.key.json'));
    const ko = scoreReport(path.join(DIR, 'reports/gukhoe-briefing-ko.key.json'));
    for (const s of [en, ko]) {
      const missed = s.lines.filter((l) => !l.pass).map((l) => `${l.line + 1}: ${l.key.text}`);
      assert.deepEqual(missed, [], s.report);
    }
  });
  it("unseen-13: the CEO's words given to the CFO, the GMB secretary's to the project director", () => {
    const s = scoreReport(path.join(ROOT, 'test/fixtures/unseen-13/reports/cinder-teesside-credit-note.key.json'));
    for (const t of ['CFO Helen Marsh told analysts', 'Project director Tom Brierley promised']) {
      const l = s.lines.find((x) => x.key.text.startsWith(t));
      assert.ok(l, t);
      assert.deepEqual(l.got, ['quote-misattributed'], t);
    }
  });
});
