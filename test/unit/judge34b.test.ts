// Figure misses of unseen-46 and unseen-47 (sets written blind, promoted to tuning in session 34) on parts and wholes,
// each traced to a general cause and tested on articles written here as their outlets would write them. Each case
// fails without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

/** A trade paper's story of a campus's battery suppliers, written for these tests. */
const GRIDSTORE_WEEKLY = [
  '# Korean cells for a Chilean data centre',
  '',
  '*Gridstore Weekly, 3 March 2027*',
  '',
  'Stargate Antofagasta, the 300 MW campus planned north of the Chilean port, has chosen its battery suppliers.',
  'Most of the storage, 900 MWh of its 1,500 MWh, will come from Ulsan-based Daehwa Energy, and a Chilean integrator will supply the rest.',
  'Deliveries start in the second half of 2028.',
  '',
].join('\n');
/** A wire's story of a groundbreaking, written for these tests. */
const ANDES_WIRE = [
  '# Stargate breaks ground in Mendoza',
  '',
  '*Andes Business Wire, 12 May 2027*',
  '',
  'MENDOZA — Stargate broke ground on Tuesday on its first Argentine data centre, on 95 hectares east of the city.',
  'The campus is planned to reach 480 MW of IT load by 2031, with a first 120 MW hall due in the middle of 2028.',
  'Power will come from a 300 MW solar park and the provincial grid.',
  '',
].join('\n');

// unseen-47: " ㅇ 태양광 480MW와 ESS로 전력을 공급하며, 바니 캠퍼스의 ESS 전체 용량은 1,200MWh임". The sources give 2,000 MWh of
// batteries, of which 1,200 MWh is one supplier's ("배터리 2,000MWh로 …, 이 가운데 1,200MWh를 반월에너지솔루션이 맡았습니다",
// "the batteries for Baní (1,200 MWh of its 2,000 MWh)", "1,200 MWh of the batteries come from a Korean supplier").
// The rule that a line's whole stated by a source as a part is judged by the source's whole read the line's whole only
// right after 전체 ("전체 1.4GW", "전체인 320명"), not "전체 용량은 1,200MWh"; and English parts only by the lexicon's words
// ("including", "of which"), not "1,200 MWh of its 2,000 MWh": the parts vouched for the line.
describe('judge34b: a part given as the whole ("전체 용량은 X"; "X of its Y")', () => {
  const u47 = loadSources(path.join(__dirname, '../fixtures/unseen-47/sources'));

  it("refutes the supplier's part given as the campus's whole capacity (unseen-47)", () => {
    const line = (v: string) => ` ㅇ 태양광 480MW와 ESS로 전력을 공급하며, 바니 캠퍼스의 ESS 전체 용량은 ${v}임\n`;
    const wrong = figureJudged(u47, line('1,200MWh'), '1,200MWh');
    assert.equal(wrong.status, 'conflicting');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /2,000/);
    assert.deepEqual(loud(figureJudged(u47, line('2,000MWh'), '2,000MWh')), []);
  });

  // A trade paper's English story and a regional daily's Korean one, written here.
  const corpus = writtenSources(
    {
      'gridstore-weekly.md': GRIDSTORE_WEEKLY,
      'ulsan-ilbo.txt': [
        '울산일보 — 2027년 3월 5일',
        '',
        '대화에너지, 칠레 스타게이트에 ESS 공급',
        '',
        '울산의 배터리 업체 대화에너지가 칠레 안토파가스타에 들어서는 스타게이트 데이터센터에 에너지저장장치(ESS)를 공급한다.',
        '안토파가스타 캠퍼스는 태양광 700MW와 ESS 1,500MWh를 갖추는데, 이 가운데 900MWh를 대화에너지가 맡는다.',
        '',
      ].join('\n'),
    },
    'xref-judge34b-whole-',
  );

  it('reads "전체 용량은" and "이 가운데" on articles of their own', () => {
    const line = (v: string) => `칠레 안토파가스타 데이터센터에 들어가는 ESS의 전체 용량은 ${v}다.\n`;
    const wrong = figureJudged(corpus, line('900MWh'), '900MWh');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /1,500/);
    assert.deepEqual(loud(figureJudged(corpus, line('1,500MWh'), '1,500MWh')), []);
    // the part as the part stays vouched for
    const part = figureJudged(corpus, '대화에너지는 안토파가스타 캠퍼스 ESS 가운데 900MWh를 맡는다.\n', '900MWh');
    assert.deepEqual(loud(part), []);
  });

  it('reads "X of its Y" in an English source as a part', () => {
    const english = writtenSources(
      {
        'gridstore-weekly.md': GRIDSTORE_WEEKLY,
      },
      'xref-judge34b-whole-en-',
    );
    const line = (v: string) => `300MW 규모 스타게이트 안토파가스타의 배터리 저장장치 전체 용량은 ${v}다.\n`;
    const wrong = figureJudged(english, line('900MWh'), '900MWh');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /1,500/);
    assert.deepEqual(loud(figureJudged(english, line('1,500MWh'), '1,500MWh')), []);
  });
});

// unseen-47: "The first 60 MW is due in the third quarter of 2028, or 45% of the campus." The share the line works out
// (60 of the campus's 150 MW: 40%) was read only when the line gives both amounts (lineShareSlip); this line names the
// whole ("of the campus") and the source sentence that states its part gives it ("It is to reach 150 megawatts of
// computing load by 2030 …, with the first 60 megawatts due in the third quarter of 2028"): no source states 45%, and
// the percent was left unsupported.
describe('judge34b: a share of the site the line names, its whole in the source sentence of the part', () => {
  const u47 = loadSources(path.join(__dirname, '../fixtures/unseen-47/sources'));

  it("reads 60 MW 'or 45% of the campus' against the Chronicle's 150 megawatts (unseen-47)", () => {
    const line = (p: string) => `The first 60 MW is due in the third quarter of 2028, or ${p} of the campus.\n`;
    const wrong = figureJudged(u47, line('45%'), '45%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /40%/);
    assert.equal(wrong.mismatches[0].fixes[0]?.newText, '40%');
    assert.deepEqual(loud(figureJudged(u47, line('40%'), '40%')), []);
  });

  // A wire's story, written here.
  const corpus = writtenSources(
    {
      'andes-wire.md': ANDES_WIRE,
    },
    'xref-judge34b-share-',
  );

  it('reads it on an article of its own, and only of the site', () => {
    const line = (p: string) => `The first 120 MW hall is due in mid-2028, about ${p} of the campus.\n`;
    const wrong = figureJudged(corpus, line('35%'), '35%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /25%/);
    assert.deepEqual(loud(figureJudged(corpus, line('25%'), '25%')), []);
    // a share of something else the line names is not worked out of the site's whole
    const other = `The first 120 MW hall is due in mid-2028, about 9% of the province's peak demand.\n`;
    assert.deepEqual(loud(figureJudged(corpus, other, '9%')), []);
  });

  // A Korean daily's story, written here: "캠퍼스 전체의 약 p%" as the same share.
  const daily = writtenSources(
    {
      'namdo-economy.txt': [
        '남도경제신문 — 2027년 5월 13일',
        '',
        '스타게이트, 아르헨티나 멘도사 캠퍼스 착공',
        '',
        '스타게이트가 아르헨티나 멘도사에 첫 데이터센터 캠퍼스를 착공했다.',
        '멘도사 캠퍼스는 2031년까지 480MW 규모로 지어지며, 1단계 120MW는 2028년 하반기 가동이 목표다.',
        '전력은 300MW 태양광 단지와 주 전력망에서 받는다.',
        '',
      ].join('\n'),
    },
    'xref-judge34b-share-ko-',
  );

  it('reads "캠퍼스 전체의 약 p%" in a Korean line', () => {
    const line = (p: string) => `멘도사 캠퍼스의 1단계 120MW는 캠퍼스 전체의 ${p}로, 2028년 하반기 가동이 목표다.\n`;
    const wrong = figureJudged(daily, line('약 35%'), '35%');
    assert.deepEqual(wrong.codes, ['figure-mismatch']);
    assert.match(wrong.mismatches[0].message, /25%/);
    assert.deepEqual(loud(figureJudged(daily, line('25%'), '25%')), []);
    const other = `멘도사 캠퍼스의 1단계 120MW는 2028년 하반기 가동이 목표이며, 주 전력 수요의 35%에 해당한다.\n`;
    assert.deepEqual(loud(figureJudged(daily, other, '35%')), []);
  });
});

// unseen-46: "Once open, the data centre is expected to employ 35 people in permanent jobs." No source gives the Faroese
// site's jobs, but the line got no figure-unsupported: a count of "people" is a count of something the domain does not
// know ("4 editors") unless its noun is a word of the lexicon, and "people" is none. Employed, hired or in jobs, it is a
// count of jobs.
describe('judge34b: a count of people employed is a count of jobs', () => {
  const corpus = writtenSources(
    {
      'andes-wire.md': ANDES_WIRE,
    },
    'xref-judge34b-jobs-',
  );
  const unsupported = (text: string, fig: string) => figureJudged(corpus, text, fig).codes;

  it('reports a count of people employed that no source gives, and no other count of people', () => {
    assert.deepEqual(
      unsupported(
        'Once open, the Mendoza data centre is expected to employ 80 people in permanent jobs.\n',
        '80 people',
      ),
      ['figure-unsupported'],
    );
    assert.deepEqual(unsupported('The Mendoza campus will hire about 80 people.\n', '80 people'), [
      'figure-unsupported',
    ]);
    assert.deepEqual(unsupported('About 80 people came to the Mendoza hearing.\n', '80 people'), []);
  });
});
