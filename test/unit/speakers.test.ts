// Speakers the lexicon does not name (issue 10): who a quotation is by, read from the way news names people
// (`[Org] [title] [Name] said`, `[Name], [title] of [Org], said`, `said [Name], …`, `“…,” he said`,
// `○○○ 장관은 “…”`, `젠슨 황 CEO는`), a surname alone referring back to the full name, and the corpus's people
// index deciding a misattribution: a quotation moved from any named person to another is flagged, a true one is
// not, and a speaker the index does not know is judged on nothing.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../server/src/cli/main';
import { Corpus } from '../../server/src/corpus/corpus';
import { parsePerson, speakerIdOf } from '../../server/src/extract/people';
import { extractQuotes } from '../../server/src/extract/quotes';
import { checkReport } from '../../server/src/judge/check';
import { splitSentences } from '../../server/src/text/sentences';
import type { CheckResult } from '../../server/src/types';
import { read, ROOT } from './reports';
import { scoreReport } from '../../scripts/eval';

const quotesOf = (text: string) => extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }]));
/** Each quotation's opening words and who it is by (the speaker id a source would get). */
const who = (text: string) => quotesOf(text).map((q) => [q.text.split(/\s+/).slice(0, 3).join(' '), speakerIdOf(q)]);

describe('speakers: the name in a speaker phrase', () => {
  it('[Org] [title] [Name]: the person, with the organisation as detail', () => {
    assert.deepEqual(parsePerson('Crestline Energy CEO Maria Lopez'), {
      name: 'Maria Lopez',
      surname: 'Lopez',
      start: 21,
      end: 32,
      org: 'Crestline Energy',
    });
    assert.equal(parsePerson('Abilene Mayor Tom Brandt')?.name, 'Tom Brandt');
    assert.equal(parsePerson('Bayline Partners analyst Tom Reyes')?.name, 'Tom Reyes');
    // A Korean name in English puts the family name first.
    assert.deepEqual(
      [parsePerson('Trade Minister Ahn Duk-geun')?.name, parsePerson('Trade Minister Ahn Duk-geun')?.surname],
      ['Ahn Duk-geun', 'Ahn'],
    );
  });
  it('[Name] of [Org]; a surname alone; an organisation or a job is no person', () => {
    assert.deepEqual(
      [parsePerson('Rachel Ng of Halvorsen Research')?.name, parsePerson('Rachel Ng of Halvorsen Research')?.org],
      ['Rachel Ng', 'Halvorsen Research'],
    );
    assert.deepEqual(parsePerson('Lopez'), { surname: 'Lopez', start: 0, end: 5, org: undefined });
    for (const p of ['Oracle', 'Crestline Energy', 'the utility', 'He', 'AI업계 관계자', '과기정통부', '업계 전문가들'])
      assert.equal(parsePerson(p), undefined, p);
  });
  it('Korean: ○○○ [org] [title], a surname and a title, a transliterated name before its organisation', () => {
    assert.deepEqual(
      [parsePerson('최윤석 한빛전력 회장')?.name, parsePerson('최윤석 한빛전력 회장')?.org],
      ['최윤석', '한빛전력'],
    );
    assert.deepEqual(parsePerson('박 장관'), { surname: '박', start: 0, end: 1 });
    assert.equal(parsePerson('남궁 대표')?.surname, '남궁');
    assert.deepEqual(
      [parsePerson('엘레나 바르가 레드록컴퓨트 CEO')?.name, parsePerson('엘레나 바르가 레드록컴퓨트 CEO')?.surname],
      ['엘레나 바르가', '바르가'],
    );
    assert.equal(parsePerson('바르가 CEO')?.surname, '바르가');
  });
  it('a transliterated given name that starts like a Korean surname is not read as a Korean name (마르코 벨리니)', () => {
    assert.equal(parsePerson('마르코 벨리니 노스윈드파워 부사장')?.name, '마르코 벨리니');
  });
});

describe('speakers: quotation patterns in English', () => {
  it('[Org] [title] [Name] said, before and after the quotation', () => {
    assert.deepEqual(who('Crestline Energy CEO Maria Lopez said: "We will have the power ready by 2026."'), [
      ['We will have', 'person:Maria Lopez'],
    ]);
    assert.deepEqual(who('"We will have the power ready by 2026," Crestline Energy CEO Maria Lopez said.'), [
      ['We will have', 'person:Maria Lopez'],
    ]);
    // A title written in lower case between the organisation and the name, as wire copy writes it.
    assert.deepEqual(who('"Our first hall goes live in March," Oracle co-CEO Clay Magouyrk said on Tuesday.'), [
      ['Our first hall', 'person:Clay Magouyrk'],
    ]);
    assert.deepEqual(
      who('"The grid can carry it," Northgate Power chief executive Ines Duarte told reporters in Austin.'),
      [['The grid can', 'person:Ines Duarte']],
    );
    assert.deepEqual(who('"Capacity is sold out through 2027," Halvorsen Research senior analyst Tom Berg said.'), [
      ['Capacity is sold', 'person:Tom Berg'],
    ]);
  });
  it('[Name], [title] of [Org], said — before and after the quotation', () => {
    assert.deepEqual(
      who('Maria Lopez, chief executive of Crestline Energy, said: "We will have the power ready by 2026."'),
      [['We will have', 'person:Maria Lopez']],
    );
    assert.deepEqual(
      who('"We will have the power ready by 2026," Maria Lopez, chief executive of Crestline Energy, said on Tuesday.'),
      [['We will have', 'person:Maria Lopez']],
    );
  });
  it('said [Name], [title] at [Org]; said [Name] of [Org]', () => {
    assert.deepEqual(who('"The grid cannot take another gigawatt," said Tom Reyes, an analyst at Bayline Partners.'), [
      ['The grid cannot', 'person:Tom Reyes'],
    ]);
    assert.deepEqual(who('"The grid cannot take another gigawatt," said Tom Reyes of Bayline Partners.'), [
      ['The grid cannot', 'person:Tom Reyes'],
    ]);
  });
  it('a surname alone refers back to the full name the article gave', () => {
    const t =
      'Crestline Energy CEO Maria Lopez said the utility had planned for the load.\n\n"We have planned for this since last summer," Lopez said.';
    assert.deepEqual(who(t), [['We have planned', 'person:Maria Lopez']]);
    // The lexicon person under a surname the lexicon does not list alone.
    assert.deepEqual(who('Nvidia CEO Jensen Huang spoke first.\n\n"Demand is insane," Huang said.'), [
      ['Demand is insane', 'huang'],
    ]);
    // A Korean name in English, family name first.
    assert.deepEqual(
      who('Trade Minister Ahn Duk-geun spoke at the forum.\n\n"We will not wait for the grid," Ahn said.'),
      [['We will not', 'person:Ahn Duk-geun']],
    );
    // Nothing before it: the surname stays a surname, for the corpus to resolve.
    assert.deepEqual(who('"Demand is insane," Huang said.'), [['Demand is insane', 'surname:Huang']]);
  });
  it('“…,” he said goes to the nearest named speaker before it, not to the next one', () => {
    const t =
      '"We have planned for this since last summer," Crestline Energy CEO Maria Lopez said.\n\n' +
      '"Nobody here should see the lights flicker," she said. Bayline Partners analyst Tom Reyes was less sure.\n\n' +
      '"The grid cannot take another gigawatt," Reyes said.';
    assert.deepEqual(
      who(t).map((x) => x[1]),
      ['person:Maria Lopez', 'person:Maria Lopez', 'person:Tom Reyes'],
    );
    // A subject with an irregular past tense names who "she" is.
    assert.deepEqual(
      who('Maria Lopez spoke to reporters on Monday. "We will have the power ready by 2026," she said.'),
      [['We will have', 'person:Maria Lopez']],
    );
  });
  it('a quotation that is a sentence of its own goes on with the speaker of the one before, in the same paragraph', () => {
    const t =
      '"We have planned for this since last summer," Lopez said. "That is the promise we made to the council."\n\n"Not everyone agrees with the timeline at all."';
    const qs = quotesOf(t);
    assert.deepEqual(
      qs.map((q) => q.speaker?.text),
      ['Lopez', 'Lopez', undefined],
    );
  });
  it('a speaker is a person, with the organisation as detail; an organisation speaks only when no person does', () => {
    assert.deepEqual(who('Oracle co-CEO Clay Magouyrk said: "We will need every megawatt we can get."'), [
      ['We will need', 'person:Clay Magouyrk'],
    ]);
    assert.deepEqual(who('Oracle said in a statement: "We will need every megawatt we can get."'), [
      ['We will need', 'oracle'],
    ]);
    assert.deepEqual(who('OpenAI CEO Sam Altman said: "We will need every megawatt we can get."'), [
      ['We will need', 'altman'],
    ]);
  });
});

describe('speakers: reported speech, a pronoun after a described subject, transcripts', () => {
  it('a partial quotation after a verb of saying and its own words is that subject’s (reports write it so)', () => {
    assert.deepEqual(who('In a statement, Oracle said the campus would draw "less water than a golf course."'), [
      ['less water than', 'oracle'],
    ]);
    assert.deepEqual(who('Mayor Ana Ruiz noted that the developer "came back with a smaller footprint."'), [
      ['came back with', 'person:Ana Ruiz'],
    ]);
    assert.deepEqual(who('Tom Reyes, an analyst at Bayline Partners, called it "a bet on the grid."'), [
      ['a bet on', 'person:Tom Reyes'],
    ]);
    // Two words in quotation marks are a phrase set off, not speech.
    assert.deepEqual(who('Tom Reyes said the sites are "AI factories" for now.'), []);
  });
  it('a title or a household word before a name is no part of it; a name before “, title of Org,” is the person', () => {
    assert.equal(parsePerson('Township Supervisor Jim Marten')?.name, 'Jim Marten');
    assert.equal(parsePerson('Resident Linda Bauer')?.name, 'Linda Bauer');
    assert.equal(parsePerson('Maya Okafor, president of Harbor Digital')?.name, 'Maya Okafor');
    assert.equal(parsePerson('OpenAI CEO Sam Altman')?.name, 'Sam Altman');
  });
  it('a numbered title is a speaker’s (2차관), a number before 은/는 is not', () => {
    assert.deepEqual(
      who('박정훈 과학기술정보통신부 2차관은 “AI 인프라는 전력망과 함께 설계해야 한다”고 말했다.').map((x) => x[1]),
      ['person:박정훈'],
    );
    assert.deepEqual(
      who('2025년은 “AI 인프라 투자의 원년이 될 것”이라는 전망이 많았다.').map((x) => x[1]),
      [undefined],
    );
  });
  it('a quotation introduced with a colon is the one person the words before it name, not one they address', () => {
    assert.deepEqual(
      who(
        'Nscale\'s chief executive, Henrik Solberg, framed it as sovereignty: "Europe cannot rent its future from someone else\'s data centers."',
      ),
      [['Europe cannot rent', 'person:Henrik Solberg']],
    );
    assert.deepEqual(
      who('Analyst Lucia Paredes of Andes Equity was cautious: "A letter of intent is not a financing package."'),
      [['A letter of', 'person:Lucia Paredes']],
    );
    // Not the person the words are addressed to; two people named: their subject, or no one.
    assert.deepEqual(
      who('Altman\'s message to Masayoshi Son was simple: "We need the power before we need the chips."'),
      [['We need the', undefined]],
    );
    assert.deepEqual(
      who('Ines Duarte met Tom Berg in Austin on Monday. They agreed on one thing: "The grid is the constraint now."'),
      [['The grid is', undefined]],
    );
  });
  it('“…,” she said after a sentence whose subject is described between commas is that subject’s', () => {
    const t =
      'Okafor said work would begin in March.\n\nCarla Dunmore, who leads partnerships at OpenAI, said the state was chosen over a dozen others. "Michigan has the grid and the workforce," she said.';
    assert.deepEqual(who(t), [['Michigan has the', 'person:Carla Dunmore']]);
    const u =
      'Priya Raman spoke first.\n\nFeld, reached by email, stood by his note. "Capacity is being built for a forecast," he wrote.';
    assert.deepEqual(who(u), [['Capacity is being', 'surname:Feld']]);
    // Set off by a title, after another speaker's paragraph (unseen-6's Port Washington page).
    const v =
      '"We want the town known for more than the power plant," Mayor Ann Brasch said.\n\nRenée Caldwell, Vantage\'s president for North America, said the company picked the site for its power. "Wisconsin has the workforce to build this," she said.\n\nIn Ohio, Ines Duarte, chief executive of Northgate Power, said the grid was ready. "We can carry it," she said.';
    assert.deepEqual(who(v), [
      ['We want the', 'person:Ann Brasch'],
      ['Wisconsin has the', 'person:Renée Caldwell'],
      ['We can carry', 'person:Ines Duarte'],
    ]);
  });
  it('a transcript’s turns (“**Raman:** …”) are the words of the person the introduction names', () => {
    const t = [
      'Evan Hale spoke with Priya Raman, who covers data centers at Northgate Research.',
      '',
      '**Hale:** Is the build-out ahead of demand?',
      '',
      '**Raman:** Not yet. The constraint is still power.',
      '',
      '**Hale:** And the approvals?',
      '',
      '**Raman:** Townships are not staffed to review that in eight weeks.',
    ].join('\n');
    assert.deepEqual(who(t), [
      ['Is the build-out', 'person:Evan Hale'],
      ['Not yet. The', 'person:Priya Raman'],
      ['And the approvals?', 'person:Evan Hale'],
      ['Townships are not', 'person:Priya Raman'],
    ]);
    // A label that names nobody the text introduces is no speaker ("Note: …").
    assert.deepEqual(who('Note: figures are estimates.\n\nUpdate: the vote was moved.'), []);
  });
});

describe('speakers: quotation patterns in Korean', () => {
  it('○○○ 회장은 “…”라고 말했다; ○○○ 장관은 … 박 장관은: one person', () => {
    assert.deepEqual(who('최윤석 한빛전력 회장은 “전력망 투자를 두 배로 늘리겠다”라고 말했다.'), [
      ['전력망 투자를 두', 'person:최윤석'],
    ]);
    const t =
      '박지훈 과학기술정보통신부 장관은 “데이터센터 유치에 전력을 다하겠다”고 말했다. 박 장관은 “지방에도 기회가 있다”고 강조했다.';
    assert.deepEqual(
      who(t).map((x) => x[1]),
      ['person:박지훈', 'person:박지훈'],
    );
  });
  it('△△ 대표는 “…”: a surname and a title refer back (최 처장, 한 연구원, 남궁 대표); an organisation and a title name no person', () => {
    const t =
      '최동훈 한국전력 전력계획처장은 “수요가 3년 빨리 늘고 있다”고 밝혔다. 최 처장은 “송전망 투자를 앞당길 것”이라고 말했다.\n\n' +
      '“변압기 수십 대가 필요하다”고 한지원 미래로투자증권 연구원은 설명했다. “수주 잔고가 사상 최대”라고 한 연구원은 덧붙였다.\n\n' +
      '남궁혁 퀀텀클라우드 대표는 “속도가 관건”이라고 말했다. 남궁 대표는 “연결 날짜가 중요하다”고 했다.';
    assert.deepEqual(
      who(t).map((x) => x[1]),
      ['person:최동훈', 'person:최동훈', 'person:한지원', 'person:한지원', 'person:남궁혁', 'person:남궁혁'],
    );
    assert.deepEqual(
      who('한빛전력 대표는 “전력망 투자를 늘리겠다”고 말했다.').map((x) => x[1]),
      [undefined],
    );
  });
  it('English speakers in Korean: 젠슨 황 CEO는 … 황 CEO는; 샘 올트먼 오픈AI CEO는; a name no list has', () => {
    assert.deepEqual(
      who('젠슨 황 엔비디아 CEO는 “수요가 엄청나다”고 말했다. 황 CEO는 “공급을 늘리겠다”고 덧붙였다.').map((x) => x[1]),
      ['huang', 'huang'],
    );
    assert.deepEqual(
      who('샘 올트먼 오픈AI CEO는 “막대한 컴퓨팅이 필요하다”고 말했다.').map((x) => x[1]),
      ['altman'],
    );
    const t =
      '엘레나 바르가 레드록컴퓨트 CEO는 “우리는 건설사”라고 말했다. 바르가 CEO는 “인력을 두 배로 늘렸다”고 밝혔다. 그는 “모두 직접 교육했다”고 덧붙였다.';
    assert.deepEqual(
      who(t).map((x) => x[1]),
      ['person:엘레나 바르가', 'person:엘레나 바르가', 'person:엘레나 바르가'],
    );
  });
});

// ---------------------------------------------------------------- judging against a corpus

/** A corpus of the given articles (name → text) in a temporary folder. */
function corpusOf(files: Record<string, string>): { corpus: Corpus; done: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-speakers-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return {
    corpus: Corpus.load({ folders: [dir], useBundled: false }),
    done: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
const codes = (r: CheckResult) => r.findings.filter((f) => f.code.startsWith('quote-')).map((f) => f.code);

describe('speakers: misattribution between people the lexicon does not name', () => {
  const speakers = Corpus.load({ folders: [path.join(ROOT, 'test/fixtures/unseen-speakers')], useBundled: false });
  const check = (text: string) => checkReport(speakers, text);
  it('a quotation moved from one named person to another is quote-misattributed; the fix puts in the right name', () => {
    const r = check('"I would not model full utilization before 2027," Redrock Compute CEO Elena Varga said.\n');
    assert.deepEqual(codes(r), ['quote-misattributed']);
    const f = r.findings[0];
    assert.match(f.message, /Peter Lindqvist's/);
    assert.deepEqual(
      f.fixes.map((x) => x.newText),
      ['Peter Lindqvist'],
    );
    // The finding is on the speaker; the fix replaces the name, not the organisation or the title.
    assert.deepEqual(f.range, { start: { line: 0, character: 50 }, end: { line: 0, character: 81 } });
    assert.deepEqual(f.fixes[0].range, { start: { line: 0, character: 70 }, end: { line: 0, character: 81 } });
  });
  it('a true attribution is not flagged, by full name, surname or title', () => {
    for (const line of [
      '"I would not model full utilization before 2027," Nordhavn Securities analyst Peter Lindqvist said.',
      '"I would not model full utilization before 2027," Lindqvist said.',
      '린드크비스트 애널리스트는 “2027년 이전에 완전 가동을 가정하지는 않겠다”고 말했다.',
    ])
      assert.deepEqual(codes(check(line + '\n')), [], line);
  });
  it('a surname alone in the report is resolved through the people the corpus quotes', () => {
    assert.deepEqual(codes(check('"That is Oracle\'s number to share, not mine," Lindqvist said.\n')), [
      'quote-misattributed',
    ]);
    assert.deepEqual(codes(check('최 처장은 “전력기기 업체들의 수주 잔고가 사상 최대 수준”이라고 말했다.\n')), [
      'quote-misattributed',
    ]);
  });
  it('never a wrong ✗: a speaker nobody in the sources is, or nobody at all, is judged on nothing', () => {
    assert.deepEqual(
      codes(check('"We are not a landlord, we are a builder," said John Carter, a Redrock spokesman.\n')),
      [],
    );
    assert.deepEqual(
      codes(check('한 업계 관계자는 “수도권에서는 변전소 하나를 새로 짓는 데 7년이 걸린다”고 말했다.\n')),
      [],
    );
    assert.deepEqual(codes(check('"We are not a landlord, we are a builder," Carter said.\n')), []);
  });
  it('a report among the sources is no evidence of who is a person the sources quote', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-speakers-self-'));
    try {
      fs.copyFileSync(
        path.join(ROOT, 'test/fixtures/unseen-speakers/pactech-redrock-en.md'),
        path.join(dir, 'pactech.md'),
      );
      const report = path.join(dir, 'notes.md');
      const text = '"We are not a landlord, we are a builder," said John Carter, a Redrock spokesman.\n';
      fs.writeFileSync(report, text);
      const corpus = Corpus.load({ folders: [dir], useBundled: false });
      assert.deepEqual(codes(checkReport(corpus, text, { self: report })), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a pronoun in the report: the finding is at the pronoun, not at the earlier name it stands for', () => {
    const r = check(
      'Lindqvist spoke to reporters on Monday.\n\n"That is Oracle\'s number to share, not mine," he said.\n',
    );
    const f = r.findings.find((x) => x.code === 'quote-misattributed');
    assert.ok(f, r.findings.map((x) => x.message).join(' | '));
    assert.equal(f!.range.start.line, 2);
    assert.deepEqual(
      f!.fixes.map((x) => x.newText),
      ['Elena Varga'],
    );
  });
  it('a surname two people the corpus quotes share says nothing; the full name still does', () => {
    const { corpus, done } = corpusOf({
      'a.md':
        '---\ntitle: Grid outlook\noutlet: Harbor Wire\ndate: 2025-04-01\n---\n\n"Transformers are the bottleneck for every data center this year," said Kim Min-jun, an analyst at Eastgate Securities.\n',
      'b.md':
        '---\ntitle: Data center rules\noutlet: Harbor Wire\ndate: 2025-04-02\n---\n\n"We will publish the siting rules before the summer," said Kim Seo-yeon, a director at the energy ministry.\n',
    });
    try {
      const c = (t: string) => codes(checkReport(corpus, t + '\n'));
      assert.deepEqual(c('"Transformers are the bottleneck for every data center this year," Kim said.'), []);
      assert.deepEqual(c('"We will publish the siting rules before the summer," Kim said.'), []);
      assert.deepEqual(c('"Transformers are the bottleneck for every data center this year," Kim Seo-yeon said.'), [
        'quote-misattributed',
      ]);
      assert.deepEqual(c('"Transformers are the bottleneck for every data center this year," Kim Min-jun said.'), []);
    } finally {
      done();
    }
  });
  it("a lexicon organisation's words given to a person its sources place in it are not told apart; to another person they are", () => {
    const { corpus, done } = corpusOf({
      'a.md':
        '---\ntitle: Oracle on Abilene\noutlet: Harbor Wire\ndate: 2025-04-03\n---\n\nOracle said in a statement: "Every megawatt of the Abilene load is contracted through 2030."\n\n' +
        'Oracle co-CEO Clay Magouyrk said: "We will need every megawatt we can get."\n\n"The grid cannot take another gigawatt," said Tom Reyes, an analyst at Bayline Partners.\n',
    });
    try {
      const c = (t: string) => codes(checkReport(corpus, t + '\n'));
      assert.deepEqual(
        c('Oracle co-CEO Clay Magouyrk said: "Every megawatt of the Abilene load is contracted through 2030."'),
        [],
      );
      assert.deepEqual(c('Tom Reyes said: "Every megawatt of the Abilene load is contracted through 2030."'), [
        'quote-misattributed',
      ]);
      assert.deepEqual(c('Oracle said: "We will need every megawatt we can get."'), []);
    } finally {
      done();
    }
  });
  it("an organisation's words given to a person the sources place in it are not told apart", () => {
    const { corpus, done } = corpusOf({
      'a.md':
        '---\ntitle: Crestline statement\noutlet: Harbor Wire\ndate: 2025-04-01\n---\n\nCrestline Energy said in a statement: "Every megawatt of the Abilene load is contracted through 2030."\n\n' +
        'Crestline Energy CEO Maria Lopez said: "We will have the power ready by 2026."\n',
    });
    try {
      // "Crestline Energy" is no lexicon organisation: that quotation has no speaker the index knows.
      assert.deepEqual(
        codes(
          checkReport(corpus, 'Maria Lopez said: "Every megawatt of the Abilene load is contracted through 2030."\n'),
        ),
        [],
      );
    } finally {
      done();
    }
  });
});

// ---------------------------------------------------------------- the reports and their answer keys

/** The quote finding codes per 0-based line of a report. */
function byLine(findings: { code: string; range: { start: { line: number } } }[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const f of findings)
    if (f.code.startsWith('quote-')) m.set(f.range.start.line, [...(m.get(f.range.start.line) ?? []), f.code]);
  return m;
}
/** What the answer key expects per line: every line, with [] for the lines it does not list. */
function expected(report: string, answers: string): Map<number, string[]> {
  const key = (JSON.parse(read(answers)) as Record<string, Record<string, string>>)[path.basename(report)];
  assert.ok(key, `no answer key for ${report}`);
  const lines = read(report).split('\n');
  const m = new Map<number, string[]>();
  for (const [needle, code] of Object.entries(key)) {
    if (needle.startsWith('_')) continue;
    const i = lines.findIndex((l) => l.includes(needle));
    assert.ok(i >= 0, `answer key line not found: ${needle}`);
    m.set(i, [code]);
  }
  return m;
}
function assertKey(report: string, answers: string, got: Map<number, string[]>) {
  const want = expected(report, answers);
  const lines = read(report).split('\n');
  const wrong: string[] = [];
  lines.forEach((l, i) => {
    const a = JSON.stringify(want.get(i) ?? []),
      b = JSON.stringify(got.get(i) ?? []);
    if (a !== b) wrong.push(`${report}:${i + 1}: expected ${a}, got ${b}: ${l}`);
  });
  assert.deepEqual(wrong, []);
}

const REPORTS: [string, string, string][] = [
  [
    'test/fixtures/reports/unseen-speakers-en.md',
    'test/fixtures/unseen-speakers',
    'test/fixtures/unseen-speakers/answers.json',
  ],
  [
    'test/fixtures/reports/unseen-speakers-ko.md',
    'test/fixtures/unseen-speakers',
    'test/fixtures/unseen-speakers/answers.json',
  ],
  // Held out: written before the code and not tuned on (see the commit history).
  [
    'test/fixtures/reports/unseen-speakers-heldout.md',
    'test/fixtures/unseen-speakers-heldout',
    'test/fixtures/unseen-speakers-heldout/answers.json',
  ],
];

describe('speakers: the reports against their answer keys', () => {
  for (const [report, folder, answers] of REPORTS) {
    it(`${path.basename(report)}: every line as the key says`, () => {
      const corpus = Corpus.load({ folders: [path.join(ROOT, folder)], useBundled: false });
      assertKey(report, answers, byLine(checkReport(corpus, read(report)).findings));
    });
  }
});

describe('speakers: who said what in the same script (unseen-quotes3, written before its rules)', () => {
  for (const name of ['report-en', 'report-ko'])
    it(`${name}: no true line flagged, every flag a planted mistake, the moved quotations found`, () => {
      const s = scoreReport(path.join(ROOT, 'test', 'fixtures', 'unseen-quotes3', `${name}.key.json`));
      const wrong = s.lines.filter((l) => !l.pass && (l.key.expect === 'ok' || l.got.length));
      assert.deepEqual(wrong, [], 'a true line flagged, or a flag of the wrong kind');
      // Known miss: an organisation only the corpus names (Harbor Digital; its quotation is found, the speaker not
      // confirmed). Ed Pawlak, whom the source names beside the speaker, is found (speakerNames.test.ts).
      const missed = s.lines.filter((l) => !l.pass).map((l) => l.key.text);
      assert.ok(missed.length <= (name === 'report-en' ? 1 : 0), `missed: ${missed.join(' | ')}`);
    });
});

describe('speakers: words the source gives to nobody by name, and sources that disagree on the speaker', () => {
  let dir: string;
  let corpus: Corpus;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-anon-'));
    fs.writeFileSync(
      path.join(dir, 'daily-ko.txt'),
      [
        '데이터센터 부지 승인 빨라져',
        '',
        '[한빛경제 박소윤 기자]',
        '',
        '김도윤 SK하이닉스 부사장은 “내년 물량도 이미 고객사와 협의를 마쳤다”고 말했다.',
        '',
        '한 데이터센터 업계 관계자는 “미국 지방 의회 승인이 예상보다 빨라지고 있다”고 전했다.',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(dir, 'wire-en.txt'),
      [
        'Stargate adds a site in Ohio',
        '',
        'By Ann Lee | Lakeside Wire',
        '',
        'Harbor Digital president Maya Okafor spoke at the groundbreaking. "We will be the largest taxpayer in the county," Okafor said.',
        '',
        '"The approvals are coming faster than anyone expected," a person familiar with the talks said.',
        '',
      ].join('\n'),
    );
    // A second outlet gives Okafor's words to the county's commissioner: the sources disagree on who said it.
    fs.writeFileSync(
      path.join(dir, 'gazette-en.txt'),
      [
        'County approves data center',
        '',
        'By Bo Kim | County Gazette',
        '',
        'Commissioner Dan Hale welcomed the vote. "We will be the largest taxpayer in the county," Hale said.',
        '',
      ].join('\n'),
    );
    corpus = Corpus.load({ folders: [dir], useBundled: false });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const codesOf = (t: string) => checkReport(corpus, t + '\n').findings.map((f) => f.code);
  it('a named person given the words of an unnamed one is quote-misattributed, with no fix', () => {
    const r = checkReport(corpus, '김도윤 부사장은 “미국 지방 의회 승인이 예상보다 빨라지고 있다”고 전했다.\n');
    assert.deepEqual(
      r.findings.map((f) => f.code),
      ['quote-misattributed'],
    );
    assert.match(r.findings[0].message, /업계 관계자/);
    assert.deepEqual(r.findings[0].fixes, []);
    assert.deepEqual(codesOf('"The approvals are coming faster than anyone expected," Maya Okafor said.'), [
      'quote-misattributed',
    ]);
  });
  it('while an unnamed speaker in the report, or the organisation, is not told apart from an unnamed one', () => {
    assert.deepEqual(codesOf('업계 관계자는 “미국 지방 의회 승인이 예상보다 빨라지고 있다”고 전했다.'), []);
    assert.deepEqual(codesOf('"The approvals are coming faster than anyone expected," one official said.'), []);
  });
  it('a report that follows either of two sources that disagree on the speaker is not wrong', () => {
    assert.deepEqual(codesOf('"We will be the largest taxpayer in the county," Maya Okafor said.'), []);
    assert.deepEqual(codesOf('"We will be the largest taxpayer in the county," Dan Hale said.'), []);
  });
});

describe('speakers: end to end on the command line', function () {
  this.timeout(120_000);
  for (const [report, folder, answers] of REPORTS) {
    it(`stargate-xref check --format json ${path.basename(report)}`, () => {
      const out: string[] = [],
        err: string[] = [];
      const code = main(
        [
          'check',
          '--format',
          'json',
          '--no-default-sources',
          '--sources',
          path.join(ROOT, folder),
          path.join(ROOT, report),
        ],
        (s) => out.push(s),
        (s) => err.push(s),
      );
      assert.ok(code === 0 || code === 1, err.join('\n'));
      const json = JSON.parse(out.join('\n')) as {
        files: { diagnostics: { code: string; range: { start: { line: number } } }[] }[];
      };
      assertKey(report, answers, byLine(json.files[0].diagnostics));
    });
  }
});
