// Counts of people and jobs at two stages of a project, a count whose noun is the one before it, and multiples read
// as verbs and in native Korean numerals (issue 10). The articles of test/fixtures/unseen-phases/ were written first (a
// Kansas weekly, a Korean regional daily, a developer's press release, a Gulf wire story), the report and key after;
// the rules were then measured on unseen-6/7/8/9 and, counts only, on the held-out sets.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { extractFigures } from '../../server/src/extract/figures';
import { countPhase, countedApart, narrowingTerms } from '../../server/src/judge/counted';
import { measuredHead } from '../../server/src/judge/figureFacts';
import { placesIn } from '../../server/src/judge/scope';
import type { Lang } from '../../server/src/extract/figures/units';
import { figureVerdict } from './figureVerdict';
import { checkReport } from '../../server/src/judge/check';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-phases');
const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false, workers: 0 });
const verdict = figureVerdict(corpus);

/** What a figure of a line gets under a heading: a finding's code, or the claim's status. */
function underHeading(heading: string, line: string, fig: string): string {
  const r = checkReport(corpus, `## ${heading}\n\n${line}\n`);
  const c = r.claims.find((x) => x.type === 'figure' && x.text === fig);
  assert.ok(c, `figure ${fig} not read`);
  return r.findings.find((f) => f.claim === c && f.code !== 'figure-unsupported')?.code ?? c!.status;
}

/** The stage of each count of people or jobs in a sentence, by its text. */
function phases(sentence: string, lang: Lang): Record<string, string | undefined> {
  const figs = extractFigures(sentence, lang).figures;
  const out: Record<string, string | undefined> = {};
  for (const f of figs)
    if (f.kind === 'count')
      out[f.text] = countPhase(
        sentence,
        f.start,
        f.end,
        lang,
        figs.filter((g) => g !== f),
      );
  return out;
}

describe('unseen phases: the stage of a project a count of people or jobs is of', () => {
  it('reads construction and operation in the count’s own stretch of the sentence, both languages', () => {
    assert.deepEqual(
      phases(
        'The project would employ 3,000 workers during construction and about 300 once it is operating, the company said.',
        'en',
      ),
      { '3,000 workers': 'phase:construction', '300': 'phase:operation' },
    );
    assert.deepEqual(
      phases(
        'The facility is expected to create approximately 1,100 construction jobs during the build-out and 150 permanent operations roles when fully operational in 2028.',
        'en',
      ),
      { '1,100 construction jobs': 'phase:construction', '150 permanent operations roles': 'phase:operation' },
    );
    assert.deepEqual(
      phases(
        '공사 기간에는 하루 최대 1500명의 인력이 투입되고, 준공 후에는 상시 근로자 180명이 근무할 예정이다.',
        'ko',
      ),
      { '1500명': 'phase:construction', '180명': 'phase:operation' },
    );
    // The words of the count before it are its own: "450 permanent jobs, on top of about 1,100 jobs building …".
    assert.deepEqual(
      phases('Cinder Ridge adds 450 permanent jobs, on top of about 1,100 jobs building the power plants.', 'en'),
      { '450 permanent jobs': 'phase:operation', '1,100 jobs': 'phase:construction' },
    );
    // "after construction" is the operation's; a count with no stage word has none.
    assert.equal(
      phases('After construction, the campus will employ 200 people.', 'en')['200 people'],
      'phase:operation',
    );
    assert.equal(phases('The campus will employ 200 people.', 'en')['200 people'], undefined);
  });
  it('reads no stage where the word names the project or an organisation, not a stage of its workforce', () => {
    // 공사 in a public corporation's name, 건설 as the building of the whole project, "operations" as a start date.
    assert.equal(phases('한국수자원공사는 이 사업으로 일자리 300개가 생긴다고 밝혔다.', 'ko')['300개'], undefined);
    assert.equal(phases('데이터센터 건설로 일자리 1만개가 생길 것으로 보인다.', 'ko')['1만개'], undefined);
    assert.equal(
      phases('The company will begin operations in 2027 and expects to hire 1,200 people.', 'en')['1,200 people'],
      undefined,
    );
    assert.equal(
      phases('The construction of the campus is expected to create 5,000 jobs across the state.', 'en')['5,000 jobs'],
      undefined,
    );
  });
  it('tells the two stages apart across languages, and alike where the stage agrees', () => {
    const en = (s: string, fig: string) => {
      const f = extractFigures(s, 'en').figures.find((x) => x.text === fig)!;
      return narrowingTerms({ ...f, lang: 'en' }, s, f.start);
    };
    const ko = (s: string, fig: string) => {
      const f = extractFigures(s, 'ko').figures.find((x) => x.text === fig)!;
      return narrowingTerms({ ...f, lang: 'ko' }, s, f.start);
    };
    const staff = en('Once it is complete, the campus will have 1,500 permanent staff.', '1,500 permanent staff');
    const build = ko('공사 기간에는 하루 최대 1500명의 인력이 투입되고.', '1500명');
    assert.equal(countedApart(staff, build), true);
  });
  it('a count at the other stage of the same sentence neither vouches for a count nor hides the one that refutes it', () => {
    // 3,000 are the construction workers: "once it is operating" they are about 300.
    assert.equal(
      verdict('The Lake Arthur project would employ about 3,000 people once it is operating.', '3,000 people'),
      'figure-mismatch',
    );
    assert.equal(
      verdict('The Lake Arthur project would need about 300 workers during construction.', '300 workers'),
      'figure-mismatch',
    );
    assert.equal(
      verdict('The 1.2-gigawatt campus will create about 1,100 permanent jobs.', '1,100 permanent jobs'),
      'figure-mismatch',
    );
    assert.equal(
      verdict(
        'About 150 permanent operations jobs are planned once it is fully operational.',
        '150 permanent operations jobs',
      ),
      'supported',
    );
  });
});

describe('unseen phases: a count whose noun is the count’s before it', () => {
  it('reads "and about 300 once …" as a count of the noun before, not "and 12 new turbines"', () => {
    const f = extractFigures(
      'It would employ 3,000 workers during construction and about 300 once it is operating.',
      'en',
    ).figures;
    const c = f.find((x) => x.text === '300');
    assert.equal(c?.unit, 'people');
    assert.equal(c?.qualifier, 'approx');
    const g = extractFigures('It will hire 3,000 workers and 12 new turbines arrive by barge.', 'en').figures;
    assert.equal(
      g.some((x) => x.text === '12' && x.unit === 'people'),
      false,
    );
  });
});

describe('unseen phases: multiples as verbs and in native Korean numerals', () => {
  const ratio = (s: string, lang: Lang) =>
    extractFigures(s, lang)
      .figures.filter((f) => f.kind === 'ratio')
      .map((f) => `${f.text}=${f.value}`);
  it('reads a bare multiple verb after "to" or a modal whatever its object, not "double down"', () => {
    assert.deepEqual(ratio("Thibodeaux wants to triple Lake Arthur's capacity by 2031.", 'en'), ['triple=3']);
    assert.deepEqual(ratio('Han promised to triple HBM capacity by 2027.', 'en'), ['triple=3']);
    assert.deepEqual(ratio('The company will double down on Texas.', 'en'), []);
    assert.equal(verdict("Thibodeaux wants to triple Lake Arthur's capacity by 2031.", 'triple'), 'figure-mismatch');
  });
  it('reads 두 배, 세 배 and 두배 as multiples, not 배추, 배터리 or 배당', () => {
    assert.deepEqual(ratio('HBM 생산능력을 지금의 두 배로 늘리겠다', 'ko'), ['두 배=2']);
    assert.deepEqual(ratio('매출이 약 세 배가 됐다.', 'ko'), ['세 배=3']);
    assert.deepEqual(ratio('두배다.', 'ko'), ['두배=2']);
    assert.deepEqual(ratio('배추 두 포기와 두 배터리, 열 배당', 'ko'), []);
  });
});

describe('unseen phases: a section headed by a place and where it is', () => {
  it('an article that never names the heading’s place does not refute a line under it', () => {
    // Lake Arthur's "The campus will sit on a 1,200-acre tract" is of another site: 33만㎡ is about 82 acres.
    assert.notEqual(
      underHeading('Yeongcheon, South Korea', 'The campus will sit on about 82 acres.', '82 acres'),
      'figure-mismatch',
    );
    assert.notEqual(
      underHeading('Yeongcheon, South Korea: the site', 'The campus will sit on about 82 acres.', '82 acres'),
      'figure-mismatch',
    );
  });
  it('…while the article of that place still does', () => {
    assert.equal(
      underHeading('Lake Arthur, Louisiana', 'The campus will sit on about 640 acres.', '640 acres'),
      'figure-mismatch',
    );
  });
});

describe('unseen phases: a Korean topic the sentence before states', () => {
  it('a source sentence going on with the topic of the one before it speaks of that topic', () => {
    // "세 회사는 이날 지분 구성도 공개했다. 다온클라우드가 51%, …": the shares are the topic's, 지분.
    const r = checkReport(
      corpus,
      '## 합작법인\n\n지분은 다온클라우드 51%, 아오바텔레콤 29%, 한누리에너지 20%로 정해졌다.\n',
    );
    assert.deepEqual(
      r.claims.filter((c) => c.type === 'figure').map((c) => `${c.text} ${c.status}`),
      ['51% supported', '29% supported', '20% supported'],
    );
  });
});

describe('unseen phases: the writer’s arithmetic, and a figure of another named noun', () => {
  const line = "At $26 billion, Kestrel Capital's commitment is about 5% of Stargate's $500 billion pledge.";
  it('a share the line works out from its own amounts is not refuted by a percent of another thing', () => {
    // The Harbor Ledger's "a 15% stake in the Stargate venture" is not 26/500.
    assert.notEqual(underHeading('Financing', line, '5%'), 'figure-mismatch');
  });
  it('a figure that measures another named noun does not refute ("pledge" / "a $12 billion bridge loan")', () => {
    assert.notEqual(underHeading('Financing', line, '$500 billion'), 'figure-mismatch');
    assert.equal(measuredHead(line, line.indexOf('$500'), line.indexOf(' pledge'), 'money', 'en'), 'pledge');
  });
});

describe('unseen phases: people employed at a stage are its jobs at that stage', () => {
  it('a word that opens the sentence is no place ("Once running, …")', () => {
    assert.deepEqual(placesIn('Once running, the campus will employ about 2,400 people full time.', 'en', []), []);
    assert.ok(placesIn('Abilene will host the first campus.', 'en', []).includes('en:abilene'));
  });
  it('"about 2,400 people full time" is judged by the "260 full-time positions" of the same stage', () => {
    assert.equal(
      verdict('Once running, the campus will employ about 2,400 people full time.', '2,400 people'),
      'figure-mismatch',
    );
    assert.equal(
      verdict('About 260 people will work there full time once the first buildings run.', '260 people'),
      'supported',
    );
  });
});

describe('unseen phases: a foreign name in Hangul with its family name first', () => {
  const quoteOf = (line: string) => {
    const r = checkReport(corpus, line + '\n');
    const c = r.claims.find((x) => x.type === 'quote')!;
    return r.findings.find((f) => f.claim === c)?.code ?? c.status;
  };
  it('"사카모토 전무" is 사카모토 유키, whom the Korean daily quotes (and Asia Wire as Yuki Sakamoto)', () => {
    assert.equal(
      quoteOf('사카모토 전무는 "일본 고객이 한국 데이터센터를 찾는 이유는 전력과 속도"라고 말했다.'),
      'supported',
    );
  });
  it('…while the words given to another person quoted in the corpus are still misattributed', () => {
    assert.equal(
      quoteOf('김도윤 대표는 "일본 고객이 한국 데이터센터를 찾는 이유는 전력과 속도"라고 말했다.'),
      'quote-misattributed',
    );
  });
});

describe('unseen phases: a total that counts the claim’s place among its members', () => {
  it('"영천을 포함해 … 4곳에 총 9조원" does not vouch for 9조원 as the Yeongcheon campus’s', () => {
    assert.notEqual(
      underHeading('영천', '다온클라우드가 영천 캠퍼스에 투자하는 금액은 총 9조원이다.', '9조원'),
      'supported',
    );
  });
  it('"$40 billion … on five campuses, including Lake Arthur" does not vouch for Lake Arthur’s $40 billion', () => {
    assert.equal(
      underHeading('Lake Arthur', 'Bayou Compute will spend $40 billion on the Lake Arthur campus.', '$40 billion'),
      'figure-mismatch',
    );
  });
  it('…while a line that says the total includes the place is judged by it', () => {
    assert.equal(
      underHeading('영천', '다온클라우드는 영천을 포함해 국내 데이터센터 4곳에 총 9조원을 투자한다.', '9조원'),
      'supported',
    );
  });
});

describe('unseen phases: what is there already and what is planned or being built', () => {
  it('"already operates more than 3,000 MW" is not refuted by a solar field to come or a campus breaking ground', () => {
    assert.notEqual(
      underHeading(
        'Ashby Flats, New Mexico',
        'Meridian Power already operates more than 3,000 MW of solar capacity.',
        '3,000 MW',
      ),
      'figure-mismatch',
    );
  });
  it('…while a plan is judged by the plan', () => {
    assert.equal(
      underHeading(
        'Ashby Flats, New Mexico',
        'Meridian Power will supply the campus from a 500 MW solar field.',
        '500 MW',
      ),
      'figure-mismatch',
    );
  });
});
