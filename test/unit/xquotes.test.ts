// Quotations rendered in the other language (issue 10): a Korean report quoting in Korean what an English article
// quotes an English speaker saying, an English report rendering a Korean quotation. The articles of
// test/fixtures/unseen-xquotes/ were written first (a Norwegian local paper, a grid newsletter, a Korean daily), the
// reports and keys after. A translation is matched to its original by what carries across languages (figures, the
// lexicon's concepts, names in the other script), never word for word: so never a misquote, and a moved quotation is
// named only when one original stands out and the report's person is someone else the sources quote.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { crossUnits } from '../../server/src/judge/crossQuotes';
import { speakerIdOf } from '../../server/src/extract/people';
import { extractQuotes } from '../../server/src/extract/quotes';
import { splitSentences } from '../../server/src/text/sentences';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';

const DIR = path.join(ROOT, 'test', 'fixtures', 'unseen-xquotes');
let corpus: Corpus | undefined;
const sources = () => (corpus ??= Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false }));
/** The quotation claims and quotation findings of a report text, line by line. */
function quotes(text: string) {
  const r = checkReport(sources(), text);
  return r.claims
    .filter((c) => c.type === 'quote')
    .map((c) => ({
      status: c.status,
      codes: r.findings
        .filter((f) => f.code.startsWith('quote') && f.range.start.line === c.range.start.line)
        .map((f) => f.code),
      message: r.findings.find((f) => f.code.startsWith('quote') && f.range.start.line === c.range.start.line)?.message,
    }));
}

describe('translated quotations: what links across languages', () => {
  it('a figure is a key of its own, not a word: its unit and particle are no content words', () => {
    const ko = crossUnits('2027년까지 나르비크 캠퍼스에 해저케이블 120km를 깔겠다', 'ko');
    assert.ok(ko.keys.includes('f:date|date|2027'));
    assert.ok(!ko.words.includes('ko:년까지'), ko.words.join(' '));
    const mw = crossUnits('첫 300메가와트를 돌릴 것', 'ko');
    assert.ok(mw.keys.includes('f:power|MW|300'));
    assert.ok(!mw.words.some((w) => w.includes('메가와트')), mw.words.join(' '));
  });
  it('a word a lexicon concept covers is that concept', () => {
    const en = crossUnits('lay 120 km of subsea cable to the narvik campus by 2027', 'en');
    assert.ok(en.keys.includes('c:data-center'));
    assert.ok(!en.words.includes('en:campus'));
    assert.ok(en.words.includes('en:narvik'));
  });
});

describe('translated quotations given to the wrong person (unseen-xquotes)', () => {
  for (const name of ['narvik-ko', 'daehan-cable-en'])
    it(`${name}: the moved translation is quote-misattributed, the speakers' own renderings are not flagged`, () => {
      const s = scoreReport(path.join(DIR, 'reports', `${name}.key.json`));
      const wrong = s.lines.filter((l) => !l.pass).map((l) => `${l.key.text}: ${l.got.join(',') || 'nothing'}`);
      assert.deepEqual(wrong, []);
    });
  it("the message names the source's speaker and shows the original words", () => {
    const [q] = quotes(
      '에이나르 모엔 나르비크 시장은 "나르비크는 2028년부터 수력으로 스타게이트의 첫 300메가와트를 돌릴 것"이라고 말했다.\n',
    );
    assert.deepEqual(q.codes, ['quote-misattributed']);
    assert.match(q.message ?? '', /Marta Solberg/);
    assert.match(q.message ?? '', /Narvik will run the first 300 megawatts/);
  });
  it("the speaker's own words in translation: information showing the original, no ✓ and never a misquote", () => {
    const [q] = quotes(
      'Daehan Cable president Park Min-jae said the company would "lay 120 km of subsea cable to the Narvik campus by 2027."\n',
    );
    assert.equal(q.status, 'unsupported');
    assert.deepEqual(q.codes, ['quote-unsupported']);
    assert.match(q.message ?? '', /2027년까지 나르비크 캠퍼스에 해저케이블 120km를 깔겠다/);
    // A figure the original does not have: still no misquote across languages.
    const [changed] = quotes(
      'Daehan Cable president Park Min-jae said the company would "lay 120 km of subsea cable to the Narvik campus by 2029."\n',
    );
    assert.deepEqual(changed.codes, ['quote-unsupported']);
  });
  it('two originals by different people link about as much: which one is rendered is not clear, no misattribution', () => {
    // Solberg's Narvik and 300 MW from 2028, Bakke's Ofoten and 300 MW in 2028.
    const [q] = quotes('이수진 대한케이블 부사장은 "나르비크와 오포텐은 2028년에 첫 300메가와트를 받는다"고 말했다.\n');
    assert.notEqual(q.status, 'misattributed');
    assert.ok(!q.codes.includes('quote-misattributed'), q.message);
  });
  it('too little links (a figure and a concept): today’s information, whoever the report names', () => {
    const [q] = quotes('박민재 사장은 "우리 회사는 10년 동안 일자리를 지킬 것"이라고 말했다.\n');
    assert.deepEqual(q.codes, ['quote-unsupported']);
  });
});

describe('translated quotations: what is too common to tell one quotation from another', () => {
  it('the lexicon’s concepts alone (OpenAI, SoftBank, Stargate) are what every article on the venture says', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xquotes-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'wire.md'),
        '# Stargate site picked\n\n*May 2, 2026. By Ann Lee, Harbor Wire.*\n\n' +
          '"OpenAI and SoftBank will build Stargate together, and we will build it here," said Laura Kendrick, OpenAI\'s vice president.\n',
      );
      fs.writeFileSync(
        path.join(dir, 'daily-ko.txt'),
        '스타게이트 부지 확정\n\n입력 2026.05.03 09:00\n\n[서울=김하늘 기자] 정유나 한빛반도체 사장은 "메모리 주문이 두 배로 늘었다"고 말했다.\n',
      );
      const c = Corpus.load({ folders: [dir], useBundled: false });
      const r = checkReport(c, '정유나 한빛반도체 사장은 "오픈AI와 소프트뱅크가 함께 스타게이트를 짓는다"고 말했다.\n');
      assert.deepEqual(
        r.findings.map((f) => f.code),
        ['quote-unsupported'],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('translated quotations: the sources as written', () => {
  it('the venture’s companies (SoftBank) make no link count: what the words say must link three times', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xquotes-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'wire.md'),
        '# SoftBank money for Narvik\n\n*May 2, 2026. By Ann Lee, Harbor Wire.*\n\n' +
          '"SoftBank will put $3 billion into Narvik\'s harbour by 2027," said Kari Nordam, who runs the port.\n\n' +
          '"The harbour is ready," said Einar Moen, the mayor.\n',
      );
      const c = Corpus.load({ folders: [dir], useBundled: false });
      // SoftBank, $3 billion and Narvik: two links besides the company, too few.
      const few = checkReport(c, '에이나르 모엔 시장은 "소프트뱅크가 나르비크에 30억 달러를 넣는다"고 말했다.\n');
      assert.deepEqual(
        few.findings.map((f) => f.code),
        ['quote-unsupported'],
      );
      // With the year: three, and Kari Nordam's words stand out.
      const r = checkReport(
        c,
        '에이나르 모엔 시장은 "소프트뱅크가 2027년까지 나르비크에 30억 달러를 넣는다"고 말했다.\n',
      );
      assert.deepEqual(
        r.findings.map((f) => [f.code, /Kari Nordam/.test(f.message)]),
        [['quote-misattributed', true]],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('translated quotations in a part of a shared corpus', () => {
  it('are not given to another person: the part holds the cited sources and the speaker’s, not every rival', () => {
    const part = Corpus.of(sources().sources);
    part.partOf = { common: new Map() };
    const text =
      '에이나르 모엔 나르비크 시장은 "나르비크는 2028년부터 수력으로 스타게이트의 첫 300메가와트를 돌릴 것"이라고 말했다.\n';
    const codes = checkReport(part, text).findings.map((f) => f.code);
    assert.deepEqual(codes, ['quote-unsupported']);
  });
});

describe('a live blog names the speaker before a colon, title and all', () => {
  const who = (text: string) =>
    extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }])).map((q) => speakerIdOf(q));
  it('a title of two words before the name ("Deputy Mayor Karen Blythe: “…”")', () => {
    assert.deepEqual(
      who(
        '**12.05pm** — Deputy Mayor Karen Blythe: "We have been a port town for a century. Now we will be a compute town."',
      ),
      ['person:Karen Blythe'],
    );
    assert.deepEqual(
      who('Deputy Mayor Karen Blythe: "We have been a port town for a century, and we will stay one."'),
      ['person:Karen Blythe'],
    );
  });
});
