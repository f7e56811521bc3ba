// Issue 10 (quote29): quotation lines unseen-36 and unseen-37 (promoted to tuning in session 29) got wrong.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const FIX = path.join(__dirname, '..', 'fixtures');
const corpora = new Map<string, Corpus>();
const corpusOf = (set: string) => {
  let c = corpora.get(set);
  if (!c)
    corpora.set(set, (c = Corpus.load({ folders: [path.join(FIX, set, 'sources')], useBundled: false, workers: 0 })));
  return c;
};
const on = (set: string, report: string, line: string) => {
  const file = path.join(FIX, set, 'reports', report);
  const text = fs.readFileSync(file, 'utf8');
  const at = text.split('\n').findIndex((l) => l.includes(line));
  assert.ok(at >= 0, line);
  const r = checkReport(corpusOf(set), text, { self: file });
  return {
    codes: r.findings.filter((f) => f.range.start.line === at && f.severity !== 'information').map((f) => f.code),
    claims: r.claims.filter((c) => c.range.start.line === at && c.type === 'quote'),
  };
};
/** The quotations a source text gives each speaker, as `speakerId | words`. */
const said = (file: string, text: string) =>
  buildSource(file, text).quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);

describe("quote29: a pronoun after a quotation goes back to its own sentence's subject first", () => {
  // A trade paper's story: one person quoted, then a second named after the role they hold, between commas, who
  // introduces the words with a colon, and the attribution after them is a pronoun.
  const story = [
    'Altavia picks gas turbines for its Tamarind campus',
    '',
    'Altavia Cloud will build a 600 MW gas plant next to its Tamarind campus, chief executive Priya Raman said on Monday.',
    '',
    '"We cannot wait for the grid, so we are bringing our own power," Raman said.',
    '',
    'The regional utility has not said when the new 400 kV line will be finished.',
    '',
    'Altavia\'s head of power, Tomas Reyes, calls the turbines a stopgap: "We will run them until the line arrives," he said.',
  ].join('\n');

  it('gives the words to the person the sentence names before the colon, not to the last speaker', () => {
    assert.deepEqual(said('/trade/a.txt', story), [
      'person:Priya Raman | We cannot wait for the grid, so we are bringing our own power',
      'person:Tomas Reyes | We will run them until the line arrives',
    ]);
  });

  it('still goes back to an earlier sentence when its own names no one', () => {
    const text = story.replace(
      "Altavia's head of power, Tomas Reyes, calls the turbines a stopgap:",
      'The turbines are a stopgap:',
    );
    assert.deepEqual(said('/trade/b.txt', text).slice(-1), [
      'person:Priya Raman | We will run them until the line arrives',
    ]);
  });

  it("leaves unseen-37's true Natalie Ferris line unflagged", () => {
    const { codes, claims } = on(
      'unseen-37',
      'stargate-queretaro-atacama-ulsan-journalist-draft.md',
      'Natalie Ferris, calls gas a bridge',
    );
    assert.deepEqual(codes, []);
    assert.equal(claims[0]?.status, 'supported');
  });
});

describe('quote29: a transliterated family name ending like the particle 도 is part of the speaker phrase', () => {
  // Spanish and Portuguese family names end in -do (Elizondo 엘리손도, Alvarado 알바라도, Delgado 델가도); written before the
  // company and the title, the word was read as a particle's and left out, so "엘리손도 톨리만 CEO" became "톨리만 CEO", a
  // surname that the article's "그루포 톨리만" (the company) then made a person.
  const phrases = (file: string, text: string) =>
    buildSource(file, text).quotes.map((q) => text.slice(q.speaker!.start, q.speaker!.end));
  const story = [
    '멕시코 데이터센터 동향',
    '',
    '바히아에너지는 케레타로에 300MW 캠퍼스를 짓는다.',
    '',
    '알바라도 바히아에너지 CEO는 "물 한 방울도 새로 뽑지 않겠다"고 말했다.',
    '',
    '로드리고 엘리손도 가르사 그루포 톨리만 최고경영자(CEO)는 "케레타로는 물 관리의 규율을 우리에게 준다"고 설명했다.',
    '',
    '경기도 관계자는 "국내 데이터센터 입지도 다시 검토하겠다"고 말했다.',
  ].join('\n');

  it('keeps the family name before the company and the title, and a province out', () => {
    assert.deepEqual(phrases('/ko/mx.txt', story), [
      '알바라도 바히아에너지 CEO',
      '엘리손도 가르사 그루포 톨리만 최고경영자(CEO)',
      '관계자',
    ]);
  });

  it("leaves unseen-37's true Korean line of Elizondo's words unflagged", () => {
    const { codes } = on('unseen-37', 'stargate-jungnammi-ulsan-suju-gihoe-bogoseo-ko.md', '엘리손도 톨리만 CEO는');
    assert.deepEqual(codes, []);
  });
});
