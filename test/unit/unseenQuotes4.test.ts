// Who said it, as press releases, wires and analysts' notes write it (issue 10). The articles of
// test/fixtures/unseen-quotes4/ were written first (a bond press release, a wire on a county vote, a credit newsletter,
// a Korean daily), the reports and keys after; each rule was then measured on unseen-6 … unseen-9 and the other
// quotation sets. A wrong speaker is worse than none: the guards below keep what is no person out.
import { strict as assert } from 'assert';
import * as path from 'path';
import { speakerIdOf } from '../../server/src/extract/people';
import { extractQuotes } from '../../server/src/extract/quotes';
import { splitSentences } from '../../server/src/text/sentences';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';

const quotesOf = (text: string) => extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }]));
/** Each quotation's opening words and who it is by (the speaker id a source would get). */
const who = (text: string) => quotesOf(text).map((q) => [q.text.split(/\s+/).slice(0, 3).join(' '), speakerIdOf(q)]);

describe('unseen quotes 4: the speaker after a verb of saying and a job title', () => {
  it('"…," said treasurer Laura Benning; said Oracle co-CEO Clay Magouyrk; said SIH Chief Financial Officer …', () => {
    assert.deepEqual(
      who('"This financing takes the build off the balance sheets of its founders," said treasurer Laura Benning.'),
      [['This financing takes', 'person:Laura Benning']],
    );
    assert.deepEqual(who('"We will run these sites for decades," said Oracle co-CEO Clay Magouyrk.'), [
      ['We will run', 'person:Clay Magouyrk'],
    ]);
    assert.deepEqual(
      who('"The book closed at four times the deal," said SIH Chief Financial Officer Erik Salander on Thursday.'),
      [['The book closed', 'person:Erik Salander']],
    );
  });
  it('a title of several words, words inside it no title alone (chief financial officer, finance chief, former)', () => {
    assert.deepEqual(
      who(
        '"We can build the second phase without new equity," Silverpeak chief financial officer Priya Venkataraman said in a statement.',
      ),
      [['We can build', 'person:Priya Venkataraman']],
    );
    assert.deepEqual(who('"We can build it," Silverpeak finance chief Priya Venkataraman said.'), [
      ['We can build', 'person:Priya Venkataraman'],
    ]);
    assert.deepEqual(who('"We can build it without new equity," said former treasurer Gavin Ostrowski.'), [
      ['We can build', 'person:Gavin Ostrowski'],
    ]);
  });
  it("said, then the role, then the name between commas: said Silverpeak's chief financial officer, Priya Venkataraman", () => {
    assert.deepEqual(
      who('"We can build it without new equity," said Silverpeak\'s chief financial officer, Priya Venkataraman.'),
      [['We can build', 'person:Priya Venkataraman']],
    );
    assert.deepEqual(
      who('"We can build it without new equity," said the company\'s treasurer, Gavin Ostrowski, on a call.'),
      [['We can build', 'person:Gavin Ostrowski']],
    );
    // An organisation and what it does is no person.
    assert.deepEqual(who('"We can build it without new equity," said Oracle, the company that leases it.'), [
      ['We can build', 'oracle'],
    ]);
  });
  it('a title with no name after it is no person', () => {
    assert.deepEqual(who('"The book closed at four times the deal," said the treasurer.'), []);
  });
});

describe('unseen quotes 4: the role first, then the name between commas ("…," Silverpeak\'s head of …, Marcus Oyelaran, told)', () => {
  it('the quotation, and the one standing alone after it, are the named person’s', () => {
    assert.deepEqual(
      who(
        '"Fernley has the water rights and the substation," Silverpeak\'s head of site development, Marcus Oyelaran, told the commission before the vote. "We have been designing around them since the first survey."',
      ),
      [
        ['Fernley has the', 'person:Marcus Oyelaran'],
        ['We have been', 'person:Marcus Oyelaran'],
      ],
    );
  });
  it('a role with no title word or possessive, or a place between commas, names no one', () => {
    assert.deepEqual(who('"We are ready to build here and now," in Fernley, Nevada, said nobody at all.'), []);
  });
});

describe('unseen quotes 4: "he said" goes back to the subject the sentence before names', () => {
  it("a person named after their role (Fernley's mayor, Helen Drummond, was …), not a place in a quotation", () => {
    const text = [
      '"Fernley has the water rights," Silverpeak\'s head of site development, Marcus Oyelaran, told the commission.',
      '',
      'Fernley\'s mayor, Helen Drummond, was visibly pleased. "This town built warehouses for everyone else\'s goods; now it will build something of its own," she said after the meeting.',
    ].join('\n');
    assert.deepEqual(who(text)[1], ['This town built', 'person:Helen Drummond']);
  });
  it('quoted words are no subject: "We have the land, Hokkaido has the power," … — the pronoun after is not Hokkaido', () => {
    const text = [
      '"We have the land, Hokkaido has the power," the mayor\'s office said in a statement on Monday.',
      '"This city built paper and cars; now it will build intelligence," he said at the same event.',
    ].join('\n');
    const ids = quotesOf(text).map((q) => speakerIdOf(q));
    assert.ok(!ids.some((id) => /Hokkaido/.test(id ?? '')), JSON.stringify(ids));
  });
  it('a verb in the past that does not end in -ed (cast) makes its sentence the subject a pronoun goes back to', () => {
    const text = [
      "Fernley's mayor, Helen Drummond, was visibly pleased.",
      '',
      'Commissioner Ray Tibbs cast the only vote against. "Nobody has shown me where the extra power comes from in August," he said.',
    ].join('\n');
    assert.deepEqual(who(text), [['Nobody has shown', 'person:Ray Tibbs']]);
  });
  it('a subject described twice between commas (Shigeru Onodera, the mayor of Tomakomai, a port city …, welcomed)', () => {
    const text =
      'Shigeru Onodera, the mayor of Tomakomai, a port city in Hokkaido, welcomed the plan. "This city built paper and cars; now it will build intelligence," he said.';
    assert.deepEqual(who(text), [['This city built', 'person:Shigeru Onodera']]);
  });
  it('a place between commas is no person ("In Abilene, Texas, officials …")', () => {
    const text =
      'In Abilene, Texas, officials met the developer on Monday. "We will not sign before the water study is done," he said.';
    const ids = quotesOf(text).map((q) => speakerIdOf(q));
    assert.ok(!ids.some((id) => /Texas|Abilene/.test(id ?? '')), JSON.stringify(ids));
  });
});

describe('unseen quotes 4: a quotation introduced with a colon in a second clause', () => {
  it("', and Harrow's Lucia Ferraro was blunt: “…”' is hers, not the first clause's subject's", () => {
    assert.deepEqual(
      who(
        'Oracle has signed 15-year leases at both campuses, and Harrow\'s Lucia Ferraro was blunt about what that means: "The lease is the collateral."',
      ),
      [['The lease is', 'person:Lucia Ferraro']],
    );
  });
  it('names joined by "and" without a comma are still not the speaker (the words may be addressed to them)', () => {
    const ids = quotesOf(
      'Altman\'s message to Masayoshi Son and Larry Ellison was simple: "We build it together or not at all."',
    ).map((q) => speakerIdOf(q));
    assert.ok(!ids.includes('person:Larry Ellison'), JSON.stringify(ids));
  });
});

describe('unseen quotes 4: a partial quotation closing what someone expects', () => {
  it('Name expects … “…” is speech of theirs (four words or more)', () => {
    assert.deepEqual(
      who(
        'Analyst Sunita Rao of Ledgerline Partners expects the campus to reach full load "well before the end of 2028."',
      ),
      [['well before the', 'person:Sunita Rao']],
    );
    // A term in quotation marks is not speech.
    assert.deepEqual(who('Oracle expects the "AI factory" to be finished in 2026.'), []);
  });
});

describe('unseen quotes 4: a Korean verb before a transliterated name is no part of it', () => {
  it('유일하게 반대표를 던진 레이 팁스 위원은 “…”: 레이 팁스, not 던진 레이', () => {
    assert.deepEqual(
      who(
        '유일하게 반대표를 던진 레이 팁스 위원은 "8월에 늘어날 전력이 어디서 오는지 아무도 보여주지 않았다"고 지적했다.',
      ),
      [['8월에 늘어날 전력이', 'person:레이 팁스']],
    );
    // After a place (에서), the name is the subject's: 브렌트 케이, whose given name is no verb.
    assert.deepEqual(
      who(
        '애리조나 규제 당국 청문회에서 브렌트 케이 위원은 송전 비용 분담을 두고 "모두가 비용을 나눠 낸다"라고 꼬집었다.',
      ),
      [['모두가 비용을 나눠', 'person:브렌트 케이']],
    );
  });
});

describe('unseen quotes 4: a title in lower case before the name, or a role alone', () => {
  it('"According to treasurer X, “…”" and "As treasurer X put it, “…”" are X\'s', () => {
    for (const lead of ['According to treasurer Gavin Ostrowski,', 'As treasurer Gavin Ostrowski put it,'])
      assert.deepEqual(who(`${lead} "the order book tells us investors agree."`), [
        ['the order book', 'person:Gavin Ostrowski'],
      ]);
    // Words before the name that are no title make no speaker of the name.
    assert.deepEqual(
      who('According to people familiar with Gavin Ostrowski, "the order book tells us investors agree."'),
      [],
    );
  });
  it('"“…,” the treasurer said" is speech whose speaker is a role, no person (judged as a role, never as a name)', () => {
    const qs = quotesOf('Gavin Ostrowski spoke first. "The order book tells us investors agree," the treasurer said.');
    assert.deepEqual(
      qs.map((q) => [q.speaker?.text, speakerIdOf(q)]),
      [['the treasurer', undefined]],
    );
    assert.deepEqual(who('"The order book tells us investors agree," the report said.'), []);
  });
});

describe('unseen quotes 4: Korean articles naming an English speaker', () => {
  it('a title before a transliterated name: 실버피크(의) 재무담당 개빈 오스트롭스키는 “…”', () => {
    for (const lead of ['실버피크의 재무담당', '실버피크 재무담당', '재무담당'])
      assert.deepEqual(who(`${lead} 개빈 오스트롭스키는 "투자자들도 이 구조에 동의한다"고 말했다.`), [
        ['투자자들도 이 구조에', 'person:개빈 오스트롭스키'],
      ]);
    // A common noun before an organisation's name is no title and makes no person.
    assert.deepEqual(who('현지 언론 블룸버그는 "투자자들도 이 구조에 동의한다"고 보도했다.')[0]?.[1], undefined);
  });
  it('the speaker after the quotation with a subject particle: “…”고 윤세진 한라디지털 대표가 말했다', () => {
    assert.deepEqual(who('"1단계 전력은 절반 이상을 재생에너지로 충당하겠다"고 윤세진 한라디지털 대표가 말했다.'), [
      ['1단계 전력은 절반', 'person:윤세진'],
    ]);
  });
});

describe('unseen quotes 4: the reports (written before the rules)', () => {
  for (const name of ['report-en', 'report-ko'])
    it(`${name}: no true line flagged, every flag a planted mistake, the moved quotations found`, () => {
      const s = scoreReport(path.join(ROOT, 'test', 'fixtures', 'unseen-quotes4', `${name}.key.json`));
      const wrong = s.lines.filter((l) => !l.pass && (l.key.expect === 'ok' || l.got.length));
      assert.deepEqual(wrong, [], 'a true line flagged, or a flag of the wrong kind');
      // (A Korean translation of an English source's words given to someone else, 나오미 펠 for Tomasz Wierzbicki's
      // "The tenant is the collateral", was a known miss until her name was read whole: session 22, quotes22.test.ts.)
      const missed = s.lines.filter((l) => !l.pass).map((l) => l.key.text);
      assert.deepEqual(missed, []);
    });
});
