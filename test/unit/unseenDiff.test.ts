// Differences and increments are not totals (issue 10): a figure that states a difference ("400 megawatts more than the
// Lordstown site", "3조원 늘린"), an increment ("an additional $18 billion", "2조원을 추가로") or a level before a change
// ("up from 1,700", "1기가와트에서") is compared only with figures that state the same (extract/change.ts). The material
// of test/fixtures/unseen-diff/ (six articles, four reports with keys) was written before the rule;
// unseen-diff-heldout/ (two reports on the same sources) is only measured, never tuned on.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { changeOf } from '../../server/src/extract/change';
import { extractFigures } from '../../server/src/extract/figures';
import { checkReport } from '../../server/src/judge/check';
import type { Lang } from '../../server/src/types';
import { scoreReport, totals } from '../../scripts/eval';

/** The change reading of every figure of a sentence, as `text|reading` (`-` for a level). */
function readings(sentence: string, lang: Lang): string[] {
  const figs = extractFigures(sentence, lang).figures;
  return figs.filter((f) => f.kind !== 'date').map((f) => `${f.text}|${changeOf(sentence, f, lang, figs) ?? '-'}`);
}

describe('unseen diff: which figures state a change (English)', () => {
  it('“X more than”, “X larger than”, “X more”, “a 30% increase”: a difference after the figure', () => {
    assert.deepEqual(
      readings(
        'The Milam County campus is planned at 1.5 gigawatts, 400 megawatts more than the Lordstown site.',
        'en',
      ),
      ['1.5 gigawatts|-', '400 megawatts|up'],
    );
    assert.deepEqual(readings('The first phase cost about $3.5 billion, $700 million more than estimated.', 'en'), [
      '$3.5 billion|-',
      '$700 million|up',
    ]);
    assert.deepEqual(readings('The new campus is 300 megawatts smaller than the first one.', 'en'), [
      '300 megawatts|down',
    ]);
    assert.deepEqual(readings('Power prices saw a 30% increase in the quarter.', 'en'), ['30%|up']);
  });
  it('“an additional”, “a further”, “another”, “add”, “an increase of”, “has risen”: an increment before it', () => {
    assert.deepEqual(readings('Oracle will spend an additional $18 billion on the three sites.', 'en'), [
      '$18 billion|up',
      'three sites|-',
    ]);
    assert.deepEqual(readings('A further 800 megawatts would bring the cluster to 1 gigawatt.', 'en'), [
      '800 megawatts|up',
      '1 gigawatt|-',
    ]);
    assert.deepEqual(readings('The five sites add about 5.5 gigawatts to the flagship.', 'en'), [
      'five sites|-',
      '5.5 gigawatts|up',
    ]);
    assert.deepEqual(readings('SoftBank will put in another $10 billion next year.', 'en'), ['$10 billion|up']);
    assert.deepEqual(readings('It raised its staff to 1,300 engineers, an increase of 500 engineers.', 'en'), [
      '1,300 engineers|-',
      '500 engineers|up',
    ]);
    assert.deepEqual(readings('Demand for computing has risen 40% since the start of 2025.', 'en'), ['40%|up']);
  });
  it('“by” after a word of change is a difference; “to” gives the level (“raises … by $450 million, to $1.6 billion”)', () => {
    assert.deepEqual(readings('The expansion raises its planned investment by $450 million, to $1.6 billion.', 'en'), [
      '$450 million|up',
      '$1.6 billion|-',
    ]);
    assert.deepEqual(readings('The campus will be larger than Lordstown by 400 megawatts.', 'en'), [
      '400 megawatts|up',
    ]);
    assert.deepEqual(readings('The budget was cut by $2 billion.', 'en'), ['$2 billion|down']);
    // no word of change before "by": the amount something is funded by is a level
    assert.deepEqual(readings('The campus is backed by $3 billion in loans.', 'en'), ['$3 billion|-']);
  });
  it('“brings the total to”, “more than” before it, “on top of”: levels', () => {
    assert.deepEqual(readings('The sites bring its planned capacity to nearly 7 gigawatts.', 'en'), ['7 gigawatts|-']);
    assert.deepEqual(readings('Investment will reach more than $400 billion.', 'en'), ['$400 billion|-']);
    assert.deepEqual(readings('It comes on top of the roughly $40 billion committed to Abilene.', 'en'), [
      '$40 billion|-',
    ]);
  });
  it('“up from A to B”, “from A to B”: A is a level before the change, B the level', () => {
    assert.deepEqual(readings('The number of chips is up from 20,000 in October to about 64,000.', 'en'), [
      '20,000|before',
      '64,000|-',
    ]);
    assert.deepEqual(readings('Workers on site grew to some 6,400 from about 1,700.', 'en'), [
      '6,400|-',
      '1,700|before',
    ]);
    // "from" before a lone amount with no change said is no level before anything
    assert.deepEqual(readings('Engineers from 25 countries work there.', 'en'), ['25 countries|-']);
  });
});

describe('unseen diff: which figures state a change (Korean)', () => {
  it('“…보다 X 늘린/많은/작은/증가한” before the level: X is a difference', () => {
    assert.deepEqual(readings('사업비를 당초 계획보다 3조원 늘린 18조원으로 증액했다.', 'ko'), [
      '3조원|up',
      '18조원|-',
    ]);
    assert.deepEqual(readings('상시 고용 인원은 지난해 발표보다 1200명 많은 4500명이다.', 'ko'), [
      '1200명|up',
      '4500명|-',
    ]);
    assert.deepEqual(readings('상시 고용 인원은 1단계 때보다 150명 늘어난 320명이 될 전망이다.', 'ko'), [
      '150명|up',
      '320명|-',
    ]);
    assert.deepEqual(readings('포항 데이터센터는 해남보다 500메가와트 작은 1기가와트 규모다.', 'ko'), [
      '500메가와트|down',
      '1기가와트|-',
    ]);
    assert.deepEqual(readings('투자액은 당초보다 1000억엔 증가한 4000억엔이다.', 'ko'), ['1000억엔|up', '4000억엔|-']);
  });
  it('a count before “으로” is a figure too (“1200명 많은 4500명으로 예상된다”, “약 1400명으로 두 배 늘렸다”)', () => {
    assert.deepEqual(readings('상시 고용 인원은 지난해 발표보다 1200명 많은 4500명으로 예상된다.', 'ko'), [
      '1200명|up',
      '4500명|-',
    ]);
    // (두 배 is a multiple, a figure of its own: no change)
    assert.deepEqual(readings('올해 텍사스 인력을 약 1400명으로 두 배 늘렸다.', 'ko'), ['1400명|-', '두 배|-']);
  });
  it('“추가로”, “추가 투자”, “증액분은”: an increment; “…로 늘어난다” a level', () => {
    assert.deepEqual(readings('컨소시엄은 올해 안에 2조원을 추가로 투입한다.', 'ko'), ['2조원|up']);
    assert.deepEqual(readings('누리데이터는 2단계에 1조2000억원을 추가 투자한다.', 'ko'), ['1조2000억원|up']);
    assert.deepEqual(readings('추가로 약 5000억원을 들인다.', 'ko'), ['5000억원|up']);
    assert.deepEqual(readings('울산 데이터센터의 총 투자액은 2조원으로 늘어난다.', 'ko'), ['2조원|-']);
  });
  it('“A에서 B로”: A is a level before the change; “…에서” without a later amount is not', () => {
    assert.deepEqual(readings('전력 용량을 150메가와트에서 250메가와트로 늘린다.', 'ko'), [
      '150메가와트|before',
      '250메가와트|-',
    ]);
    assert.deepEqual(readings('5000억원에서 시작하는 사업이다.', 'ko'), ['5000억원|-']);
  });
});

const SOURCES = path.join(__dirname, '..', 'fixtures', 'unseen-diff', 'sources');
const corpus = Corpus.load({ folders: [SOURCES], useBundled: false, workers: 0 });
/** The code a figure of one sentence gets against the tuning sources: a finding's, or 'supported' / 'silent'. */
function verdict(sentence: string, fig: string): string {
  const r = checkReport(corpus, sentence);
  const c = r.claims.find((x) => x.type === 'figure' && x.text === fig);
  assert.ok(c, `figure ${fig} not extracted: ${r.claims.map((x) => x.text).join(', ')}`);
  const f = r.findings.find((x) => x.claim === c && (x.severity === 'error' || x.severity === 'warning'));
  return f?.code ?? (c!.status === 'supported' ? 'supported' : 'silent');
}

describe('unseen diff: a difference is judged only against differences', () => {
  // The wire: "The Milam County campus … is planned at 1.5 gigawatts, 400 megawatts more than the Lordstown site."
  it('a difference given as a level is not vouched for by the difference: the level refutes it', () => {
    assert.equal(verdict('The Milam County campus is planned at 400 megawatts.', '400 megawatts'), 'figure-mismatch');
  });
  it('a difference stated rightly is supported, a wrong one refuted by the source’s difference', () => {
    assert.equal(
      verdict(
        'The Milam County campus will have 400 megawatts more capacity than the Lordstown site.',
        '400 megawatts',
      ),
      'supported',
    );
    assert.equal(
      verdict(
        'The Milam County campus will have 600 megawatts more capacity than the Lordstown site.',
        '600 megawatts',
      ),
      'figure-mismatch',
    );
  });
  // The wire: "Oracle will spend an additional $18 billion on the three sites it develops, on top of the roughly
  // $40 billion it has committed to Abilene"
  it('an increment given as a level is not vouched for by the increment', () => {
    assert.notEqual(
      verdict('Oracle has committed roughly $18 billion to the Abilene campus.', '$18 billion'),
      'supported',
    );
  });
  // The Gulf Compute Review: "with a further 800 megawatts to follow by 2028 that would bring the cluster to 1 gigawatt"
  it('the level given as an increment meets the increment, whatever “bring … to” in its clause says', () => {
    assert.equal(verdict('A further 1 gigawatt is to follow by 2028.', '1 gigawatt'), 'figure-mismatch');
    assert.equal(verdict('A further 800 megawatts is to follow by 2028.', '800 megawatts'), 'supported');
  });
  // 동방경제: "사업비를 당초 계획보다 3조원 늘린 18조원으로 증액했다"
  it('in Korean: a difference given as a level is refuted by the level, a wrong difference by the difference', () => {
    assert.equal(verdict('해남 데이터센터 사업비는 3조원이다.', '3조원'), 'figure-mismatch');
    assert.equal(verdict('해남 데이터센터 사업비는 당초 계획보다 3조원 늘었다.', '3조원'), 'supported');
    assert.equal(verdict('해남 데이터센터 사업비는 당초 계획보다 5조원 늘었다.', '5조원'), 'figure-mismatch');
  });
  it('differences the other way are not set against each other (“500메가와트 작다” / “500메가와트 크다”)', () => {
    assert.equal(verdict('포항 데이터센터는 해남보다 500메가와트 작다.', '500메가와트'), 'supported');
    assert.equal(verdict('해남 데이터센터는 포항보다 500메가와트 크다.', '500메가와트'), 'silent');
  });
  // 한결통신: "전력 용량을 150메가와트에서 250메가와트로 늘린다"
  it('a level the source gives as before a change neither vouches for a level nor is refuted by the level after it', () => {
    assert.equal(verdict('사카이 데이터센터의 전력 용량은 150메가와트였다.', '150메가와트'), 'silent');
    assert.equal(verdict('사카이 데이터센터의 전력 용량은 250메가와트로 늘어난다.', '250메가와트'), 'supported');
    assert.equal(verdict('사카이 데이터센터의 전력 용량은 350메가와트로 늘어난다.', '350메가와트'), 'figure-mismatch');
  });
});

// ---------------------------------------------------------------- the tuned reports against their keys

const REPORTS = path.join(__dirname, '..', 'fixtures', 'unseen-diff', 'reports');
/** Needles of the keys' planted lines not caught yet, each with why. */
const MISSES: Record<string, string> = {
  '120 more than first planned':
    'a count whose noun is left out (“250 permanent jobs, 90 more than first planned”) is no figure, in the report or the release',
  'roughly $18 billion to the Abilene campus':
    'the wire’s “\$40 billion it has committed to Abilene” speaks of “sites”, not a campus or data center: the topic gate keeps it from refuting (the \$18 billion increment no longer vouches for it)',
  'to some 9,000':
    'the wire’s “the number of construction workers … is up from about 1,700 in March to some 6,400 now” leaves the noun out of both counts, so neither is a count of workers',
  '투자액은 1000억엔이다':
    'the article’s other 1000억엔 (“샤프로부터 약 1000억엔에 사들인 … 부지”, a purchase) agrees with it and shares two terms: an agreeing source still vouches (Weak agreement)',
  '1500억엔 늘었다':
    'the wire’s “투자액은 당초보다 1000억엔 증가한” names neither 사카이 nor the data center (the sentence before does): 0.35 of the claim’s subject, under the 0.5 a contradiction needs',
};

for (const report of ['us-sites-en', 'power-en', 'korea-ko', 'ulsan-japan-ko']) {
  describe(`unseen diff report ${report}`, () => {
    const score = scoreReport(path.join(REPORTS, `${report}.key.json`));
    it('precision 1.00: no error or warning on a line that holds no planted mistake', () => {
      const wrong = score.lines.filter((l) => l.got.length && (l.key.expect === 'ok' || l.key.expect.startsWith('(')));
      assert.deepEqual(
        wrong.map((l) => `${l.line + 1}: ${l.key.text} → ${l.got.join(', ')}`),
        [],
      );
      assert.equal(totals([score]).precision, 1);
    });
    for (const l of score.lines.filter((x) => x.key.expect !== 'ok' && !x.key.expect.startsWith('('))) {
      const why = Object.entries(MISSES).find(([needle]) => l.key.text.includes(needle))?.[1];
      const name = `${report}.md:${l.line + 1} ${l.key.expect} on “${l.key.text}”`;
      if (why !== undefined) it.skip(`${name} (known miss: ${why})`, () => {});
      else it(name, () => assert.ok(l.pass, `got ${l.got.join(', ') || 'nothing'}`));
    }
  });
}

describe('unseen diff: a date within a source’s deadline', () => {
  // The Gulf Compute Review: "The first 200 megawatts … came online on Monday …, with a further 800 megawatts to follow
  // by 2028"
  it('is not refuted by it', () => {
    assert.equal(verdict('The first 200 megawatts of Stargate UAE came online in March 2026.', 'March 2026'), 'silent');
  });
});
