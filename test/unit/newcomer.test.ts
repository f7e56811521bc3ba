// Wrong verdicts a new user met in short reports of their own (issue 11), each at the mechanism that gave it:
// a citation's reach, a count of no counted thing, a floor on an estimate, an actor the sources do not name.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { Corpus } from '../../server/src/corpus/corpus';
import type { CheckResult, Claim } from '../../server/src/types';

const seeds = Corpus.load({ folders: [] });
const check = (text: string) => checkReport(seeds, text);
const figure = (r: CheckResult, text: string, nth = 0): Claim => {
  const c = r.claims.filter((x) => x.type === 'figure' && x.text === text)[nth];
  assert.ok(c, `figure ${text} not extracted: ${r.claims.map((x) => x.text).join(', ')}`);
  return c;
};
const codeOf = (r: CheckResult, c: Claim) => r.findings.find((f) => f.claim === c)?.code;
/** The finding code a report's figure gets (undefined: none). */
const verdict = (text: string, fig: string) => {
  const r = check(text);
  return codeOf(r, figure(r, fig));
};

describe('newcomer: a citation reaches its own sentence, or the paragraph it closes', () => {
  const total = 'Stargate will invest up to $500 billion over four years [@joongang-2025-01-23].';
  const texas = 'About $100 billion goes into the first data center, which is being built in Texas.';
  it('the previous sentence’s citation does not put the next one on its subject', () => {
    const r = check(`${total}\n${texas}\n`);
    const c = figure(r, '$100 billion');
    assert.equal(codeOf(r, c), undefined, r.findings.map((f) => f.message).join(' | '));
    assert.equal(c.status, 'supported');
    assert.deepEqual(c.cited, []);
    // The same two lines apart, or without the citation, were already right: the citation alone made the error.
    assert.equal(
      codeOf(check(`${total}\n\n${texas}\n`), figure(check(`${total}\n\n${texas}\n`), '$100 billion')),
      undefined,
    );
  });
  it('a citation closing the paragraph covers the sentence before it, but judges only what it speaks of as closely', () => {
    const r = check(`${texas} ${total}\n`);
    const c = figure(r, '$100 billion');
    assert.deepEqual(c.cited, ['joongang-2025-01-23']);
    // JoongAng states the venture's total; the Texas figure is another article's (이주연's 1000억달러).
    assert.equal(codeOf(r, c), undefined, r.findings.map((f) => f.message).join(' | '));
    assert.equal(c.status, 'supported');
  });
  it('a cited source that speaks of the same thing still judges first', () => {
    const r = check(
      '스타게이트에는 약 750조 원이 투자된다.\n스타게이트는 향후 4년간 투자한다 [@joongang-2025-01-23].\n',
    );
    // Cited by the paragraph's closing sentence: JoongAng's 약 718조원 judges the 750조 원 claim.
    assert.equal(codeOf(r, figure(r, '750조 원')), 'figure-mismatch');
  });
  it('"Fix all" on the two-line report changes nothing', () => {
    const r = check(`${total}\n${texas}\n`);
    assert.deepEqual(
      r.findings.flatMap((f) => f.fixes),
      [],
    );
  });
});

describe('newcomer: a count is judged only against counts of the same thing', () => {
  it('64,000 GB200 chips (once a bare number, now chips) are not vouched for by a town of about 100,000 people', () => {
    const r = check(
      'The first data center is being built in Abilene, Texas, a small town of about 100,000 people.\nNvidia will ship 64,000 GB200 chips to the Abilene campus by the end of 2026.\n',
    );
    const c = figure(r, '64,000 GB200 chips');
    assert.notEqual(c.status, 'supported');
    assert.deepEqual(
      c.sources.filter((s) => s.agrees).map((s) => s.sentence.text),
      [],
    );
    // Chips the sources never count: at most information that no source speaks of them, never a mismatch.
    assert.notEqual(codeOf(r, c), 'figure-mismatch');
    assert.notEqual(r.findings.find((f) => f.claim === c)?.severity, 'error');
  });
  it('also when the sentence cites a source that states the same bare number of something else', () => {
    // A trade paper's story, as written before the rule: its 64,000 is a number of seats, the noun out of reach.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-bare-'));
    fs.writeFileSync(
      path.join(dir, 'arena.md'),
      [
        '---',
        'title: Abilene arena deal',
        'outlet: Plains Ledger',
        'date: 2025-07-01',
        'key: plains-2025-07',
        '---',
        '',
        'The Abilene arena, two miles from the Stargate campus, will seat 64,000 once the north stand is finished.',
        '',
      ].join('\n'),
    );
    try {
      const corpus = Corpus.load({ folders: [dir], useBundled: false });
      const r = checkReport(
        corpus,
        'The Abilene campus will get 64,000 GB200 chips by the end of 2026 [@plains-2025-07].\n',
      );
      const c = figure(r, '64,000 GB200 chips');
      assert.notEqual(c.status, 'supported', c.sources.map((x) => x.sentence.text).join(' | '));
      assert.deepEqual(
        c.sources.filter((x) => x.agrees),
        [],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('jobs are still jobs in either language', () => {
    const r = check('It is expected to create 100,000 jobs.\n10만 개의 일자리가 생긴다.\n');
    assert.equal(figure(r, '100,000 jobs').status, 'supported');
    assert.equal(figure(r, '10만 개').status, 'supported');
  });
});

describe('newcomer: a floor on an estimate stands for about that number', () => {
  it('"20만 개의 일자리" misreports "10만 개 이상의 일자리"', () => {
    const r = check(
      '트럼프는 이번 투자로 20만 개의 일자리가 생길 것이라고 했다.\n\n스타게이트는 20만 개의 일자리를 만든다.\n',
    );
    const a = figure(r, '20만 개', 0),
      b = figure(r, '20만 개', 1);
    assert.equal(codeOf(r, a), 'figure-mismatch');
    assert.equal(codeOf(r, b), 'figure-mismatch');
    const fix = r.findings.find((f) => f.claim === a)!.fixes.find((x) => x.preferred);
    assert.match(fix!.newText, /^10만/);
  });
  it('a value just above the floor is left alone, one far above it is not', () => {
    // A regional paper's story, as such papers write it; the floor is the only figure on the plant's jobs.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-floor-'));
    fs.writeFileSync(
      path.join(dir, 'plant.md'),
      [
        '# Battery plant to anchor Lordstown data campus',
        '',
        'By Dana Whitfield | Valley Ledger | March 4, 2025',
        '',
        'LORDSTOWN, Ohio — Crestline Energy said on Tuesday that its battery plant next to the planned data campus will',
        'employ more than 3,000 workers when it opens in 2027. The company did not say what the plant will cost.',
        '',
      ].join('\n'),
    );
    try {
      const corpus = Corpus.load({ folders: [dir], useBundled: false });
      const near = checkReport(
        corpus,
        'Crestline Energy says its Lordstown battery plant will employ 3,200 workers.\n',
      );
      assert.notEqual(codeOf(near, figure(near, '3,200 workers')), 'figure-mismatch');
      const far = checkReport(corpus, 'Crestline Energy says its Lordstown battery plant will employ 6,000 workers.\n');
      assert.equal(codeOf(far, figure(far, '6,000 workers')), 'figure-mismatch');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a requirement is met by any larger value (1.2 GW against "150㎿ 이상을 확보해야 한다")', () => {
    assert.notEqual(verdict('The Abilene campus will draw 1.2 GW of power.\n', '1.2 GW'), 'figure-mismatch');
  });
});

describe('newcomer: a figure of another actor is neither vouched for nor refuted, nor offered as a fix', () => {
  it('"UAE는 … 1조5000억 달러를 투자한다" after a sentence about Stargate', () => {
    const r = check(
      '스타게이트는 향후 4년간 최대 5000억 달러를 투자한다.\nUAE는 향후 10년간 미국에 1조5000억 달러를 투자한다.\n',
    );
    const c = figure(r, '1조5000억 달러');
    assert.notEqual(codeOf(r, c), 'figure-mismatch');
    assert.deepEqual(
      r.findings.filter((f) => f.claim === c).flatMap((f) => f.fixes),
      [],
    );
    assert.equal(figure(r, '5000억 달러').status, 'supported');
  });
  it('an English sentence opened by a name no source sentence names', () => {
    assert.notEqual(
      verdict(
        'Stargate will invest up to $500 billion over four years.\nMGX will invest $700 billion in American AI infrastructure over four years.\n',
        '$700 billion',
      ),
      'figure-mismatch',
    );
  });
  it('while the venture named as the actor is still judged', () => {
    assert.equal(
      verdict('Stargate will invest up to $700 billion over four years.\n', '$700 billion'),
      'figure-mismatch',
    );
  });
});

describe('newcomer: the cited source is found by its citation', () => {
  it('"Korean outlets put the total at about 718 trillion won [@edaily-2025-01-22]" lists Edaily’s 약 718조 원 first', () => {
    const r = check('Korean outlets put the total at about 718 trillion won [@edaily-2025-01-22].\n');
    const c = figure(r, '718 trillion won');
    assert.equal(c.status, 'supported');
    assert.equal(c.sources[0]?.key, 'edaily-2025-01-22', c.sources.map((s) => `${s.key}: ${s.match?.text}`).join(', '));
    assert.ok(c.sources[0].agrees);
    assert.match(c.sources[0].match!.text, /^718조/);
  });
  it('but a citation alone never makes a source contradict: its words must speak of the subject', () => {
    assert.notEqual(
      verdict('Korean outlets put the total at about 900 trillion won [@edaily-2025-01-22].\n', '900 trillion won'),
      'figure-mismatch',
    );
  });
});

describe('newcomer: a Korean topic the lexicon does not know is an actor too', () => {
  it('"네이버는 … 3천억 원을 쓴다" is not the venture’s 약 718조원', () => {
    assert.notEqual(verdict('네이버는 올해 AI 데이터센터에 3천억 원을 쓴다.\n', '3천억 원'), 'figure-mismatch');
  });
  it('but who reports a figure is no actor ("이데일리는 … 20일 발표됐다고 보도했다" is still judged)', () => {
    assert.equal(verdict('이데일리는 스타게이트가 20일 발표됐다고 보도했다.\n', '20일'), 'figure-mismatch');
  });
});

describe('newcomer: a phase is judged by sentences that speak of phases', () => {
  it('"The project’s first phase puts $100 billion into data centers" is not refuted by the four-year total', () => {
    const r = check(
      'SoftBank, OpenAI and Oracle announced the Stargate joint venture in Washington on January 21, 2025.\nThe project’s first phase puts $100 billion into data centers.\n',
    );
    assert.notEqual(
      codeOf(r, figure(r, '$100 billion')),
      'figure-mismatch',
      r.findings.map((f) => f.message).join(' | '),
    );
  });
  it('while a sentence that sets a first amount against an added one still judges the first phase', () => {
    // 이주연: "텍사스 … 데이터센터 건설에 1000억달러를 투입하고 향후 4년 간 … 최대 4000억달러를 추가로 들인다".
    assert.equal(
      verdict('The Texas data center receives US$120bn in the first phase.\n', 'US$120bn'),
      'figure-mismatch',
    );
  });
});

describe('newcomer: a country acts through its government', () => {
  it('"Korea plans a 2 trillion won AI computing center" is the government’s 2조원 (a sentence naming no country)', () => {
    const r = check('Korea plans to build a 2 trillion won AI computing center with private partners.\n');
    assert.equal(figure(r, '2 trillion won').status, 'supported');
  });
});

describe('newcomer: a speaker is a person, with the organisation as detail', () => {
  const quote = (text: string) => check(text).claims.find((c) => c.type === 'quote')!;
  it('"OpenAI CEO Sam Altman said, “…”" quotes Altman, not OpenAI', () => {
    const c = quote('OpenAI CEO Sam Altman said, “This wouldn’t have been possible without President Trump.”\n');
    assert.equal(c.quote?.speakerId, 'altman');
    assert.equal(c.status, 'supported');
  });
  it('while the same words given to "SoftBank Chairman Masayoshi Son" are still misattributed', () => {
    const c = quote(
      'SoftBank Chairman Masayoshi Son said, “This wouldn’t have been possible without President Trump.”\n',
    );
    assert.equal(c.quote?.speakerId, 'son');
    assert.equal(c.status, 'misattributed');
  });
});
