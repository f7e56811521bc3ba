// Wrong verdicts found in session 32 on the sets promoted from held-out (unseen-42, unseen-43). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extractFigures } from '../../server/src/extract/figures/index';
import { otherPart, partLabelOf } from '../../server/src/extract/partLabel';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
/** A tuning set's sources as a corpus, and one of its reports as written (its lines speak of what the ones before name). */
const set = (name: string) => loadSources(path.join(fixtures, name, 'sources'));
const report = (name: string, file: string) => fs.readFileSync(path.join(fixtures, name, 'reports', file), 'utf8');

// unseen-42's briefing: "Together they are planned at about 1.85 GW (1,000 MW, 400 MW and 450 MW)." The bracket's first
// amount was read as the total restated in megawatts that does not work out (as "1.4 GW (1,600 MW)" would be), and what
// vouches for 1.85 GW was turned against it: a ✗ on a true line.
describe('trust32: a bracket of several amounts after a total lists parts, it restates none', () => {
  const notes = writtenSources({
    'pumped-storage-note.txt': [
      'Highland pumped storage: three schemes, one grid',
      '',
      'By Morag Keillor, energy correspondent | 14 October 2026',
      '',
      'The three schemes now before ministers would add about 2.3 GW of pumped storage to the northern grid: 1,200 MW at Loch Cuaich, 600 MW at Glen Tarff and 500 MW at Strath Dionard.',
      'The operator expects the first of them to generate in 2031.',
    ].join('\n'),
  });
  it("vouches for each amount of the list and the total (a written article and unseen-42's sources)", () => {
    const line =
      '# Note\n\nThe three schemes before ministers would add about 2.3 GW (1,200 MW, 600 MW and 500 MW) of pumped storage to the northern grid.\n';
    for (const fig of ['2.3 GW', '1,200 MW', '600 MW', '500 MW'])
      assert.deepEqual(loud(figureJudged(notes, line, fig)), [], fig);
    const u42 = set('unseen-42');
    const briefing = '# Briefing\n\nTogether they are planned at about 1.85 GW (1,000 MW, 400 MW and 450 MW).\n';
    for (const fig of ['1.85 GW', '1,000 MW', '400 MW', '450 MW'])
      assert.equal(figureJudged(u42, briefing, fig).status, 'supported', fig);
  });
  it('still refutes a restatement in another unit that does not work out, and a wrong item of the list', () => {
    assert.equal(
      figureJudged(notes, '# Note\n\nThe schemes would add about 2.3 GW (3,300 MW) of pumped storage.\n', '3,300 MW')
        .mismatches.length,
      1,
    );
    assert.equal(
      figureJudged(
        notes,
        '# Note\n\nThe three schemes before ministers would add about 2.3 GW (1,200 MW, 900 MW and 500 MW) of pumped storage.\n',
        '900 MW',
      ).mismatches.length,
      1,
    );
  });
});

// unseen-43's paper: "In June the first phase of 150 MW was due online in the fourth quarter of 2027; it has since
// slipped to the first quarter of 2028." The June article restates the line's first clause ("It is to reach 600
// megawatts of computing load by 2031, with a first phase of 150 MW due to come online in the fourth quarter of
// 2027"), and its one other date, 2031, was put in the place of the line's new date: a ✗ on a true line. That date is
// said of the 600 megawatts, with no comma between them, not of the phase.
describe("trust32: a date said of another amount than the line's is not the line's date", () => {
  const wind = {
    'moray-firth-wind.txt': [
      'Moray Firth floating wind: first phase fixed',
      '',
      'By Isla Grant | 3 March 2026',
      '',
      'The Ardcraig floating wind farm is to reach 900 MW of capacity by 2030, with a first phase of 300 MW due to start generating in the second quarter of 2027.',
      'Its owners expect to sign a grid connection offer this summer.',
    ].join('\n'),
  };
  const line =
    '# Note\n\nIn March the first phase of 300 MW at Ardcraig was due to start generating in the second quarter of 2027; it has since slipped to the first quarter of 2028.\n';
  it('does not refute the new date by the whole farm\'s "by 2030" (a written article)', () => {
    const j = figureJudged(writtenSources(wind), line, 'the first quarter of 2028');
    assert.deepEqual(loud(j), []);
  });
  it('vouches for it from the later source that gives it (written, and unseen-43)', () => {
    const later = writtenSources({
      ...wind,
      'ardcraig-delay.txt': [
        'Ardcraig first phase delayed',
        '',
        'By Isla Grant | 9 September 2026',
        '',
        'The first 300 MW phase of the Ardcraig floating wind farm will now start generating in the first quarter of 2028, its owners said.',
      ].join('\n'),
    });
    assert.equal(figureJudged(later, line, 'the first quarter of 2028').status, 'supported');
    const u43 = set('unseen-43');
    const paper =
      '# Draft\n\nIn June the first phase of 150 MW was due online in the fourth quarter of 2027; it has since slipped to the first quarter of 2028.\n';
    assert.equal(figureJudged(u43, paper, 'the first quarter of 2028').status, 'supported');
  });
  it("still refutes the line's first date where the article gives another", () => {
    const wrong =
      '# Note\n\nIn March the first phase of 300 MW at Ardcraig was due to start generating in the fourth quarter of 2027.\n';
    assert.equal(figureJudged(writtenSources(wind), wrong, 'the fourth quarter of 2027').mismatches.length, 1);
  });
});

// unseen-43's paper: "It wants at least 30 per cent of the 1,800 construction jobs at the peak, or 540, for local
// people." The association's text gives the part ("not less than 30 per cent of the construction jobs, that is 540
// jobs"), and its 540 jobs refuted the line's 1,800: the line's own percent says 540 is its share of them.
describe("trust32: the part a line's percent takes of its amount does not refute the amount", () => {
  const statement = {
    'quarry-union-statement.txt': [
      'STATEMENT OF THE TARRAGH VALLEY RESIDENTS AND WORKERS FORUM',
      '',
      '12 August 2026',
      '',
      'We welcome the new battery plant, but we demand that not less than 40 per cent of the construction jobs, that is 1,000 jobs, go to residents of the valley.',
      'We also demand a training centre before construction starts.',
    ].join('\n'),
  };
  it("leaves the whole unrefuted by the part (a written statement; unseen-43's draft)", () => {
    const c = writtenSources(statement);
    const en =
      '# Note\n\nThe forum wants at least 40 per cent of the 2,500 construction jobs, or 1,000, for residents of the valley.\n';
    assert.deepEqual(loud(figureJudged(c, en, '2,500 construction jobs')), []);
    const paper = report('unseen-43', 'two-coasts-one-cloud-campus-paper-draft.md');
    assert.deepEqual(loud(figureJudged(set('unseen-43'), paper, '1,800 construction jobs')), []);
  });
});

// unseen-43's paper: "In October the order grew to 300 MW / 1,200 MWh and US$365 million." The June article gives the
// heads of agreement ("a 250 MW / 1,000 MWh battery energy storage system worth US$310 million ... A final contract is
// expected by September"), and each of its figures refuted the line's: four ✗ on a true line. An article published
// before the month a line says its amounts changed in gives the levels before, and could only expect the date.
describe('trust32: an article published before the change a line dates gives the level before it', () => {
  const early = {
    'harlow-grid-march.txt': [
      'Harlow Grid wins first overseas battery deal',
      '',
      'By Dana Whitcombe | 12 March 2026',
      '',
      'Harlow Grid has signed a framework agreement with the Kestrel Bay data campus to supply a 120 MW / 480 MWh battery system worth $140 million.',
      'A final contract is expected by June.',
    ].join('\n'),
    '하로그리드-3월.txt': [
      '하로그리드, 케스트럴베이 데이터센터에 ESS 공급 기본계약',
      '',
      '2026년 3월 13일 김서윤 기자',
      '',
      '하로그리드는 케스트럴베이 데이터센터 캠퍼스에 출력 120MW, 용량 480MWh 규모의 ESS를 공급하는 기본계약을 맺었다고 밝혔다.',
    ].join('\n'),
  };
  const en = '# Note\n\nIn August the Kestrel Bay battery order grew to 160 MW / 640 MWh and $185 million.\n';
  it('does not refute the new levels nor their date by the earlier article (English and Korean lines)', () => {
    const c = writtenSources(early);
    for (const fig of ['August', '160 MW', '640 MWh', '$185 million'])
      assert.deepEqual(loud(figureJudged(c, en, fig)), [], fig);
    const ko = '# 메모\n\n8월 변경계약으로 하로그리드의 케스트럴베이 ESS 출력은 160MW로 늘었다.\n';
    assert.deepEqual(loud(figureJudged(c, ko, '160MW')), []);
  });
  it('still refutes a level the line gives without a change, and a new level a later article gives otherwise', () => {
    const c = writtenSources(early);
    const plain =
      '# Note\n\nIn August Harlow Grid agreed to supply the Kestrel Bay data campus a 160 MW battery system.\n';
    assert.equal(figureJudged(c, plain, '160 MW').mismatches.length, 1);
    const later = writtenSources({
      ...early,
      'harlow-grid-september.txt': [
        'Harlow Grid enlarges Kestrel Bay order',
        '',
        'By Dana Whitcombe | 2 September 2026',
        '',
        'In August the Kestrel Bay battery order was raised to 150 MW / 600 MWh, worth $172 million, Harlow Grid said.',
      ].join('\n'),
    });
    assert.equal(figureJudged(later, en, '160 MW').mismatches.length, 1);
  });
});

// unseen-40's sector note (a session-31 leftover): "2단계는 300MW에서 400MW로 확대돼 2030년까지 완공될 예정이다." A Q&A
// page answers "튀르키예 알리아가 캠퍼스가 600MW로 커지면서 2단계 변압기가 추가됐습니다": the campus's 600 MW, named right
// before it, refuted the line's phase 2. A figure given right after the whole it is of, in a sentence that labels parts,
// is the whole's: it neither vouches for nor refutes a numbered part, nor the other way.
describe("trust32: the whole's figure is no numbered part's", () => {
  it('reads the whole named right before a figure, in Korean and English', () => {
    const label = (text: string, fig: string, lang: 'ko' | 'en') => {
      const r = extractFigures(text, lang);
      const f = r.figures.find((x) => x.text === fig)!;
      return partLabelOf(text, lang, r.figures, f);
    };
    assert.equal(label('단지 전체 1.2GW 가운데 2단계는 500MW다.', '1.2GW', 'ko'), 'whole');
    assert.equal(label('단지 전체 1.2GW 가운데 2단계는 500MW다.', '500MW', 'ko'), 'phase:2');
    assert.equal(label('Phase 2 adds 500 MW, bringing the whole campus to 1.2 GW.', '1.2 GW', 'en'), 'whole');
    assert.equal(otherPart('phase:2', 'whole'), true);
    assert.equal(otherPart('whole', 'phase:1'), true);
  });
  const answers = {
    'qna-ko.txt': [
      '[지식마루 Q&A] 솔티만 캠퍼스 변압기 발주가 늘어난 이유가 뭔가요?',
      '',
      '2026.10.02',
      '',
      '답변: 솔티만 캠퍼스가 900MW로 커지면서 2단계 변압기가 추가됐습니다.',
      '원래 계획보다 변압기가 6대 늘었다고 합니다.',
    ].join('\n'),
  };
  it("lets the campus's size not refute a line's phase 2 (a written Q&A; unseen-40)", () => {
    const line = '# 노트\n\n## 솔티만\n\n- 솔티만 2단계는 400MW에서 500MW로 확대돼 2031년까지 완공될 예정이다.\n';
    assert.deepEqual(loud(figureJudged(writtenSources(answers), line, '500MW')), []);
    const note = report('unseen-40', 'gyeongbuk-power-equipment-mediterranean-stargate-sector-note-ko.md');
    assert.deepEqual(loud(figureJudged(set('unseen-40'), note, '400MW')), []);
  });
  it("still refutes a line that gives the campus another size than the page's", () => {
    const line = '# 노트\n\n솔티만 캠퍼스는 800MW로 커졌다.\n';
    assert.equal(figureJudged(writtenSources(answers), line, '800MW').mismatches.length, 1);
  });
});

// judge32's leftover on unseen-42's sources: "Stargate currently puts the campus itself at about A$34 billion." The
// analysis site gives the level and its revision in two sentences ("In March, Stargate put the campus at about A$31
// billion. By September it was telling investors about A$34 billion."), and its March level, with the March
// announcement's, refuted the line that gives the revised one as today's.
describe("trust32: a level a source says was revised to the line's does not refute it as today's", () => {
  const articles = {
    'ardmore-march.txt': [
      'Ardmore campus gets its price tag',
      '',
      'By Colm Ryan | 20 March 2026',
      '',
      'Northlight Compute estimates the cost of the Ardmore campus at about $12 billion, it said in its annual report.',
    ].join('\n'),
    'ardmore-october.txt': [
      'What Ardmore will cost',
      '',
      'By Aoife Brennan | 14 October 2026',
      '',
      'In March, Northlight put the Ardmore campus at about $12 billion. By September it was telling lenders about $14 billion.',
      'The company has not said what changed.',
    ].join('\n'),
  };
  it("vouches for the revised level and refutes the earlier one given as today's (written articles; unseen-42)", () => {
    const c = writtenSources(articles);
    const now = '# Note\n\nNorthlight currently puts the Ardmore campus at about $14 billion.\n';
    assert.deepEqual(loud(figureJudged(c, now, '$14 billion')), []);
    const old = '# Note\n\nNorthlight currently puts the Ardmore campus at about $12 billion.\n';
    assert.equal(figureJudged(c, old, '$12 billion').mismatches.length, 1);
    const u42 = set('unseen-42');
    const line = '# Briefing\n\n## Lake Tullagh\n\nStargate currently puts the campus itself at about A$34 billion.\n';
    assert.deepEqual(loud(figureJudged(u42, line, 'A$34 billion')), []);
  });
});
