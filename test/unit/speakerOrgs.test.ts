// Issue 10, what the speaker rules left: an organisation no list knows before a title (`Harbor Digital president
// Maya Okafor said`, `노바전력 김민호 대표는`) is the person's detail, so a report giving her words to that organisation
// gives them to her; a name the corpus knows as an organisation is no person to tell apart; a person the report
// names whom no source quotes is told from the source's speaker also when an article on the same story names them;
// a transliterated given name that ends like a Korean organisation or particle (토마시, 리카르도) is still a name.
// The articles were written first, as these outlets write; the rules after.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { parsePerson } from '../../server/src/extract/people';
import { checkReport } from '../../server/src/judge/check';
import type { Claim } from '../../server/src/types';

const COURIER_EN = `Harbor Digital wins rezoning for Bayfield data center

By Ana Ruiz, Bayfield Courier

BAYFIELD, Wis. — The county board voted 6-1 on Monday to rezone 300 acres north of town for a data center campus.

"This is the vote we needed to start building this year," Harbor Digital president Maya Okafor said after the meeting.

Ridgeline Hydro CEO Dana Whitt told reporters the utility would sign a supply contract within weeks. "We will have the first 100 megawatts on the line by next summer," Whitt said.

Supervisor Carl Jensen cast the only vote against. Residents who spoke at the hearing asked about water use.
`;

const JOURNAL_EN = `Bayfield clears the way for Harbor Digital campus

By Tom Lindgren, Northwoods Business Journal

Bayfield County's board approved a rezoning on Monday that clears the way for Harbor Digital's first campus in the state.

Maya Okafor, Harbor Digital's president, said the buildings would be cooled in a closed loop. "We listened to every question about water, and we changed the design," she said.

Construction is expected to start in the spring.
`;

const NAMDO_KO = `삼성전자·노바전력, 해남 데이터센터 전력 설비 협약

[남도경제 김하늘 기자] 삼성전자와 노바전력이 3일 전남 해남 솔라시도 데이터센터의 전력 설비 공급 협약을 맺었다.

삼성전자 이도윤 부사장은 협약식에서 “해남 캠퍼스에 들어갈 메모리는 전량 국내에서 생산하겠다”고 말했다.

노바전력 김민호 대표는 “내년 상반기까지 변전소를 완공하겠다”고 밝혔다.

협약식에는 명현관 해남군수와 박선영 전남도 투자유치과장이 참석했다.
`;

const JNEWS_KO = `노바전력 “해남 변전소, 내년 상반기 완공”

[전남경제신문 오세훈 기자] 노바전력이 해남 솔라시도 데이터센터에 전력을 공급할 변전소를 내년 상반기까지 짓는다.

김민호 노바전력 대표는 4일 “변전소 부지는 이미 확보했다”고 말했다.
`;

const CHILE_KO = `칠레 아타카마에 AI 데이터센터…태양광으로 전력 충당

[테크한국 정유진 기자] 칠레 북부 아타카마 사막에 대형 AI 데이터센터가 들어선다.

리카르도 페레스 솔라리스에너지 부사장은 “사막의 햇빛이 데이터센터의 가장 값싼 전력이 될 것”이라고 말했다.

마르타 이바녜스 칠레 과학기술부 장관도 이날 현장을 찾았다.
`;

const ENERGY_EN = `Utility says Bayfield campus power is lined up

By Sara Brandt, Lake Superior Energy Report

Ridgeline Hydro will supply the Harbor Digital campus from its plants on the Brule River, chief executive Dana Whitt said on Tuesday.

"Every megawatt for this campus will come from water we already own," Whitt said in an interview.
`;

/** Another outlet's account, in which Whitt answers Jensen: the words and his name in one sentence. */
const TELEGRAM_EN = `Bayfield rezoning passes over water worries

By Lena Hart, Superior Telegram

At the hearing, Whitt answered Supervisor Carl Jensen directly: "Every megawatt for this campus will come from water we already own."
`;

function corpusOf(files: Record<string, string>): { corpus: Corpus; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-orgs-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return { corpus: Corpus.load({ folders: [dir], useBundled: false, workers: 0 }), dir };
}

describe('speakers: an organisation no list knows before a title, and people named elsewhere', () => {
  let dir: string;
  let corpus: Corpus;
  before(() => {
    ({ corpus, dir } = corpusOf({
      'courier-bayfield-en.txt': COURIER_EN,
      'nbj-bayfield-en.txt': JOURNAL_EN,
      'energy-report-bayfield-en.txt': ENERGY_EN,
      'namdo-haenam-ko.txt': NAMDO_KO,
      'jnews-haenam-ko.txt': JNEWS_KO,
      'techhankook-chile-ko.txt': CHILE_KO,
    }));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const check = (line: string) => checkReport(corpus, line + '\n');
  const quoteClaim = (line: string) => check(line).claims.find((c) => c.type === 'quote') as Claim;
  const codes = (line: string) => check(line).findings.map((f) => f.code);

  it('[Org] [title] [Name]: an organisation no list knows is the detail of the person after the title', () => {
    assert.deepEqual(
      [
        parsePerson('Harbor Digital president Maya Okafor')?.name,
        parsePerson('Harbor Digital president Maya Okafor')?.org,
      ],
      ['Maya Okafor', 'Harbor Digital'],
    );
    assert.deepEqual(
      [parsePerson('노바전력 김민호 대표')?.name, parsePerson('노바전력 김민호 대표')?.org],
      ['김민호', '노바전력'],
    );
  });

  it('a report giving the words to the organisation the source places the speaker in gives them to the speaker', () => {
    const vote = '"This is the vote we needed to start building this year,"';
    assert.equal(quoteClaim(`${vote} Harbor Digital said.`).status, 'supported');
    // The organisation given where the surname's full name was written ("Ridgeline Hydro CEO Dana Whitt told
    // reporters … “…,” Whitt said").
    const grid = '"We will have the first 100 megawatts on the line by next summer,"';
    assert.equal(quoteClaim(`${grid} Ridgeline Hydro said.`).status, 'supported');
    // A company the lexicon knows, before a Korean name: its words are the executive's.
    const memory = '“해남 캠퍼스에 들어갈 메모리는 전량 국내에서 생산하겠다”고';
    assert.deepEqual(codes(`삼성전자는 ${memory} 밝혔다.`), []);
    assert.equal(quoteClaim(`삼성전자는 ${memory} 밝혔다.`).status, 'supported');
    // One no list knows: "노바전력 김민호 대표는 “…”" are 노바전력's words; another company's they are not confirmed to be.
    const substation = '“내년 상반기까지 변전소를 완공하겠다”고 밝혔다.';
    assert.equal(quoteClaim(`노바전력은 ${substation}`).status, 'supported');
    for (const line of [`한빛전력은 ${substation}`, `노바전력은 ${memory} 밝혔다.`]) {
      assert.deepEqual(codes(line), [], line);
      assert.equal(quoteClaim(line).status, 'unknown', line);
    }
    // A common noun is no organisation by name: "회사는" says nothing of who spoke.
    assert.equal(quoteClaim(`회사는 ${substation}`).status, 'supported');
  });

  it('another organisation the corpus knows is no person to tell apart: not confirmed, never a ✗', () => {
    for (const line of [
      '"This is the vote we needed to start building this year," Ridgeline Hydro said.',
      '"We will have the first 100 megawatts on the line by next summer," Harbor Digital said.',
    ]) {
      assert.deepEqual(codes(line), [], line);
      assert.equal(quoteClaim(line).status, 'unknown', line);
    }
  });

  it('“…,” she said after “Name, Org Name’s title, said …”: the subject, whatever the length of the organisation’s name', () => {
    const src = corpus.sources.find((s) => s.file.endsWith('nbj-bayfield-en.txt'))!;
    assert.deepEqual(
      src.quotes.map((q) => q.speakerId),
      ['person:Maya Okafor'],
    );
    assert.equal(
      quoteClaim('"We listened to every question about water, and we changed the design," Harbor Digital said.').status,
      'supported',
    );
  });

  it('the report’s person named by another article on the same story, the words given there to someone else: misattributed', () => {
    const water = '"Every megawatt for this campus will come from water we already own,"';
    // Jensen is named by the Courier (which quotes Whitt too), not by the Energy Report that has these words.
    const r = check(`${water} Carl Jensen said.`);
    assert.deepEqual(
      r.findings.map((f) => f.code),
      ['quote-misattributed'],
    );
    assert.match(r.findings[0].message, /Dana Whitt/);
    assert.deepEqual(
      r.findings[0].fixes.map((f) => f.newText),
      ['Dana Whitt'],
    );
    // A name no source writes is still only not confirmed.
    assert.deepEqual(codes(`${water} Ben Carter said.`), []);
    assert.equal(quoteClaim(`${water} Ben Carter said.`).status, 'unknown');
    // In Korean: 박선영 is written by 남도경제, which quotes 김민호 too, not by the article with these words.
    const site = '“변전소 부지는 이미 확보했다”고 말했다.';
    assert.deepEqual(codes(`박선영 과장은 ${site}`), ['quote-misattributed']);
    assert.equal(quoteClaim(`최동훈 과장은 ${site}`).status, 'unknown');
    // Words the source gives through a pronoun ("“…,” she said") are not told apart from another person's.
    const design = '"We listened to every question about water, and we changed the design,"';
    assert.deepEqual(codes(`${design} Carl Jensen said.`), []);
    assert.equal(quoteClaim(`${design} Carl Jensen said.`).status, 'unknown');
  });

  it('a transliterated given name ending in 시, 도 (토마시, 리카르도) is a name: the speaker is told apart', () => {
    const src = corpus.sources.find((s) => s.file.endsWith('techhankook-chile-ko.txt'))!;
    assert.deepEqual(
      src.quotes.map((q) => q.speakerId),
      ['person:리카르도 페레스'],
    );
    assert.equal(parsePerson('토마시 비에르지비츠키 브라이트라인리서치 애널리스트')?.name, '토마시 비에르지비츠키');
    const sun = '“사막의 햇빛이 데이터센터의 가장 값싼 전력이 될 것”이라고 말했다.';
    assert.deepEqual(codes(`올트먼 CEO는 ${sun}`), ['quote-misattributed']);
    assert.deepEqual(codes(`마르타 이바녜스 장관은 ${sun}`), ['quote-misattributed']);
    assert.equal(quoteClaim(`페레스 부사장은 ${sun}`).status, 'supported');
  });
});

describe('speakers: a person named elsewhere, and the sentence that holds the words names them', () => {
  it('another outlet writes the report’s person beside the same words: not confirmed', () => {
    const { corpus, dir } = corpusOf({
      'courier-bayfield-en.txt': COURIER_EN,
      'energy-report-bayfield-en.txt': ENERGY_EN,
      'telegram-bayfield-en.txt': TELEGRAM_EN,
    });
    try {
      // The Telegram gives the words to Whitt, answering Jensen (not to Jensen, whom the words are addressed to).
      const telegram = corpus.sources.find((s) => s.file.endsWith('telegram-bayfield-en.txt'))!;
      assert.deepEqual(
        telegram.quotes.map((q) => q.speaker?.text),
        ['Whitt'],
      );
      const r = checkReport(
        corpus,
        '"Every megawatt for this campus will come from water we already own," Carl Jensen said.\n',
      );
      assert.deepEqual(r.findings, []);
      assert.equal(r.claims.find((c) => c.type === 'quote')?.status, 'unknown');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

const SPLIT_EN = `Bayfield board splits on data center rezoning

By Ana Ruiz, Bayfield Courier

Board Chair Ann Brasch voted for the rezoning, and Supervisor Carl Jensen voted against it. "I could not support it without a water study," he said.

"Every month we wait, the jobs go to Iowa," Brasch said after the meeting.

"The residents deserve a second look," Jensen said.
`;

describe('speakers: “…,” he said after a sentence whose two clauses each have a person as subject', () => {
  it('the pronoun is not given to the first of them: the words have no speaker the checker can name', () => {
    const { corpus, dir } = corpusOf({ 'courier-split-en.txt': SPLIT_EN });
    try {
      const src = corpus.sources[0];
      assert.deepEqual(
        src.quotes.map((q) => q.speakerId),
        [undefined, 'person:Ann Brasch', 'person:Carl Jensen'],
      );
      const words = '"I could not support it without a water study,"';
      for (const who of ['Carl Jensen', 'Ann Brasch']) {
        const r = checkReport(corpus, `${words} ${who} said.\n`);
        assert.deepEqual(r.findings, [], who);
        assert.equal(r.claims.find((c) => c.type === 'quote')?.status, 'unknown', who);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

const GWANGJU_KO = `노바전력 “해남 변전소 내년 완공…전력망 연결은 석 달”

[광주경제 문지수 기자] 노바전력이 해남 솔라시도 데이터센터에 전력을 공급할 변전소 공사를 시작했다.

김민호 노바전력 대표는 착공식에서 “변전소는 내년 상반기에 완공된다. 설비는 모두 국산으로 채웠다.

전력망 연결은 그 뒤 석 달이면 충분하다. 데이터센터 가동에는 차질이 없을 것”이라고 말했다.

“송전선 경로는 아직 정하지 못했습니다. 주민 설명회를 두 번 더 열 계획입니다.

경로가 정해지면 공사는 1년 안에 끝납니다.”

한 한국전력 관계자는 착공식 뒤 기자들과 만나 이같이 말했다.
`;

const RUNON_EN = `Ridgeline Hydro breaks ground on Bayfield substation

By Ana Ruiz, Bayfield Courier

Ridgeline Hydro CEO Dana Whitt said the substation would be finished in the spring. "We ordered every transformer a year ago. Nothing is waiting on the supply chain.

"The line to the campus is the easy part. We own the right of way already," she said.
`;

describe('speakers: a quotation over several sentences and paragraphs', () => {
  let dir: string;
  let corpus: Corpus;
  before(() => {
    ({ corpus, dir } = corpusOf({ 'gwangju-haenam-ko.txt': GWANGJU_KO, 'courier-substation-en.txt': RUNON_EN }));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const quoteClaim = (line: string) => checkReport(corpus, line + '\n').claims.find((c) => c.type === 'quote') as Claim;

  it('a Korean quotation closed only in the paragraph after (“…¶…”이라고 말했다) is one quotation, its speaker’s', () => {
    const src = corpus.sources.find((s) => s.file.endsWith('gwangju-haenam-ko.txt'))!;
    const q = src.quotes.find((x) => x.text.startsWith('변전소는'))!;
    assert.match(q.text, /데이터센터 가동에는 차질이 없을 것$/);
    assert.equal(q.speakerId, 'person:김민호');
    assert.equal(quoteClaim('김민호 대표는 “전력망 연결은 그 뒤 석 달이면 충분하다”고 말했다.').status, 'supported');
  });

  it('one standing alone over two paragraphs is given to the subject of the sentence after that tells who said it', () => {
    const src = corpus.sources.find((s) => s.file.endsWith('gwangju-haenam-ko.txt'))!;
    const q = src.quotes.find((x) => x.text.startsWith('송전선'))!;
    assert.match(q.text, /1년 안에 끝납니다\.?$/);
    assert.equal(q.speaker?.text, '한국전력 관계자');
    // An unnamed official's words given to a named person.
    assert.deepEqual(
      checkReport(corpus, '김민호 대표는 “경로가 정해지면 공사는 1년 안에 끝납니다”라고 말했다.\n').findings.map(
        (f) => f.code,
      ),
      ['quote-misattributed'],
    );
  });

  it('the sentences inside an open quotation are quoted words, no subject for a later “…,” she said', () => {
    const src = corpus.sources.find((s) => s.file.endsWith('courier-substation-en.txt'))!;
    assert.deepEqual(
      src.quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.speakerId]),
      [
        ['We ordered every', 'person:Dana Whitt'],
        ['The line to', 'person:Dana Whitt'],
      ],
    );
    assert.equal(quoteClaim('"The line to the campus is the easy part," Whitt said.').status, 'supported');
  });

  it('a quotation standing alone after a sentence that reports what its subject said is the subject’s', () => {
    // "Ridgeline Hydro CEO Dana Whitt said the substation would be finished in the spring. “We ordered …"
    assert.equal(quoteClaim('"Nothing is waiting on the supply chain," Whitt said.').status, 'supported');
    assert.equal(quoteClaim('"Nothing is waiting on the supply chain," Maya Okafor said.').status, 'unknown');
  });
});
