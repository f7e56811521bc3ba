// Planted figures of unseen-73 that were missed (session 47, judge47c): a count of dwellings in 세대 read as no figure
// ("직원 임대주택 210세대를 짓습니다", iwol L12); a count of truck trips a day read as no figure, and once read, given no ✗
// because an article on another campus stated the same 340 (gecgwu L29); a level a source gave as the plan of then,
// revised two sentences later, vouching for a line that gives it as today's (obiliq L21). Each case failed before its
// rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { checkReport } from '../../server/src/judge/check';
import { figureJudged, figuresRead, loadSources, loud, messages, reportLineJudged, writtenSources } from './judged';

const UNSEEN_73_IWOL = 'iwol-solbit-cho-hakbumohoe-geonuimun-jincheon-gyoyukjiwonchung-ko.md';
const UNSEEN_73_GECGWU = 'gecgwu-research-note-stargate-wales-for-members.md';

// 세대 after a number counts dwellings where the words around it speak of housing (임대주택, 아파트, 단지, 입주, 사택 …);
// elsewhere it is a generation (5세대 이동통신, 12세대 코어), as before.
describe('judge47c: 세대 counts dwellings beside words of housing', () => {
  it('a count of dwellings is read, a generation is not', () => {
    assert.deepEqual(figuresRead('# 메모\n\n군은 산단 안에 근로자 임대아파트 96세대를 짓는다.\n'), ['96세대']);
    assert.deepEqual(figuresRead('# 메모\n\n사택으로 쓰는 단지 14세대에 직원이 입주했다.\n'), ['14세대']);
    assert.deepEqual(figuresRead('# 메모\n\n회사는 5세대 이동통신 장비와 12세대 코어 서버를 들인다.\n'), []);
  });
  const sources = {
    'haenam-ilbo-2026-09-30.md':
      '# 대흥전기, 해남 공장 증설…근로자 숙소 짓는다\n\n2026-09-30\n\n대흥전기는 해남 산이면 공장을 증설하면서 직원 40명을 새로 뽑고, 산이면에 근로자 임대주택 96세대를 짓는다고 30일 밝혔다.\n',
  };
  it('a wrong count of dwellings is a mismatch, with the source’s; the right one is ✓', () => {
    const wrong = figureJudged(
      writtenSources(sources),
      '# 건의문\n\n대흥전기는 직원 40명을 새로 뽑고 산이면에 근로자 임대주택 150세대를 짓습니다.\n',
      '150세대',
    );
    assert.equal(wrong.mismatches.length, 1, messages(wrong));
    assert.match(wrong.mismatches[0].message, /96세대/);
    const right = figureJudged(
      writtenSources(sources),
      '# 건의문\n\n대흥전기는 직원 40명을 새로 뽑고 산이면에 근로자 임대주택 96세대를 짓습니다.\n',
      '96세대',
    );
    assert.equal(right.status, 'supported', messages(right));
  });
  it('unseen-73 iwol L12: 210 rental homes where the sources say 120', () => {
    const r = reportLineJudged('unseen-73', UNSEEN_73_IWOL, 12, '210세대');
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(r.findings[0].message, /120세대/);
  });
});

// "truck trips" are counted as 회 is in Korean (하루 최대 140회); and the same number in an article on another site, which
// writes none of the names the line gives (the plan, the road), does not vouch for the line against a source that
// writes one of them and gives another number, twice as close.
describe('judge47c: trips are counted, and a name the line writes tells whose number it is', () => {
  it('a count of truck trips a day is read', () => {
    assert.deepEqual(figuresRead('# Note\n\nThe permit allows up to 180 truck trips a day on the Harbour Road.\n'), [
      '180 truck trips',
    ]);
  });
  const sources = {
    'coastal-courier-2026-10-02.md':
      '# Quarry road residents fear data campus traffic\n\n2026-10-02\n\nResidents of Kelso said the Stargate Kelso campus would bring noise. The developer told the meeting that its Traffic Management Plan caps deliveries at 180 truck trips a day on the Harbour Road at the peak of works, and that no trucks will pass the school at opening time.\n',
    'plains-business-2026-09-20.md':
      '# Inland campus begins earthworks\n\n2026-09-20\n\nEarthworks began at the Stargate Dunmore campus this week. Construction traffic will peak at about 240 truck trips per day next spring, most of it between the Dunmore rail yard and the site, according to the assessment.\n',
  };
  it('another site’s number does not vouch for the line: the named road’s number judges it', () => {
    const r = figureJudged(
      writtenSources(sources),
      '# Roads\n\nThe Traffic Management Plan allows up to 240 truck trips a day at peak on the Harbour Road.\n',
      '240 truck trips',
    );
    assert.equal(loud(r).length, 1, messages(r));
    assert.equal(r.mismatches.length, 1, messages(r));
    assert.match(r.mismatches[0].message, /180 truck trips/);
  });
  it('the named road’s own number is ✓', () => {
    const r = figureJudged(
      writtenSources(sources),
      '# Roads\n\nThe Traffic Management Plan allows up to 180 truck trips a day at peak on the Harbour Road.\n',
      '180 truck trips',
    );
    assert.equal(r.status, 'supported', messages(r));
  });
  it('unseen-73 gecgwu L29: Adama’s 340 trips given to the West Bank Public Road, which takes 260', () => {
    const r = reportLineJudged('unseen-73', UNSEEN_73_GECGWU, 29, '340 truck trips');
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(r.findings[0].message, /260 truck trips/);
  });
});

// A source that gives a level as the plan of then ("In the plan submitted in June, the campus would have taken 1.6
// million litres a day"), tells the change in the next sentence without a figure ("In October the investor changed
// the cooling design.") and gives the new level in the one after: a line that gives the old level as today's gets the
// new one, even from an undated source (a transcript whose date is not read), which cannot be later than itself.
describe('judge47c: a level revised two sentences on, past the sentence that tells the change', () => {
  const TRANSCRIPT = [
    'MINUTES OF THE REGIONAL COUNCIL',
    '',
    'COUNCILLOR ANA MORAIS: Thank you, Chair. On water, the first plan was clear. In the permit application of May,',
    'the plant would have drawn 2.4 million litres a day from the Vale river. In September the developer changed the',
    'cooling system. With air coolers and two recovery units supplied by a Portuguese firm, Aguas',
    'Norte, the plant will draw 700,000 litres a day. That is the figure in the signed permit.',
    '',
    'COUNCILLOR RUI PAIVA: Thank you. I have a question on the road, which is narrow and used by the school buses',
    'every morning and every afternoon, and I would like the developer to say how many trucks will use it at the peak',
    'of the works, and whether the council will be told each month how many trucks have used it in the month before.',
    '',
  ].join('\n');
  it('a wrapped line that ends in a comma and a name goes on in the next line', () => {
    const c = writtenSources({ 'council-minutes.txt': TRANSCRIPT });
    const s = c.sources[0].sentences.find((x) => /700,000 litres/.test(x.text));
    assert.ok(s);
    assert.match(s.text, /^With air coolers/);
  });
  it('a line giving the plan of then as today’s gets the revised level', () => {
    const j = figureJudged(
      writtenSources({ 'council-minutes.txt': TRANSCRIPT }),
      '# Water\n\n- Under the permit the plant will draw 2.4 million litres a day from the Vale river.\n',
      '2.4 million litres',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /700,000 litres/);
  });
  it('the revised level is ✓, and a line that dates the old one to then is not flagged', () => {
    const c = writtenSources({ 'council-minutes.txt': TRANSCRIPT });
    const now = figureJudged(
      c,
      '# Water\n\n- The plant will draw 700,000 litres a day from the Vale river.\n',
      '700,000 litres',
    );
    assert.equal(now.status, 'supported', messages(now));
    const then = figureJudged(
      c,
      '# Water\n\n- In May the application had the plant drawing 2.4 million litres a day from the Vale river.\n',
      '2.4 million litres',
    );
    assert.deepEqual(loud(then), [], messages(then));
  });
  it('unseen-73 obiliq L21: the June plan’s 1.6 million litres given as the agreement’s 450,000', () => {
    const r = reportLineJudged(
      'unseen-73',
      'obiliq-councillor-hajdari-speech-notes-stargate-agreement.md',
      21,
      '1.6 million litres',
    );
    assert.deepEqual(r.codes, ['figure-mismatch']);
    assert.match(r.findings[0].message, /450,000 litres/);
  });
});

// Joined across the margin, a press release's "the Chief Executive Officer of LDI, Mr / Ernesto Chiziane, said:" is one
// sentence; its speaker is the person between the commas, not the office before them (the same order after a
// quotation, "…,” Silverpeak's head of site development, Marcus Oyelaran, told …", was read so already). Read as the
// office, the quotation was no one's, and unseen-63 tembe-nhaca L19 lost its catch (the CFO's words given to the CEO).
describe('judge47c: an office, then the person between commas, before a quotation', () => {
  const RELEASE =
    'MATERIAL FACT\n\nCommenting on the signing, the Chief Executive Officer of Tejo Digital, Ms Marta Sequeira, said: "We build for the engineers of Setubal, not for the brokers of London."\n';
  it('the person is the speaker', () => {
    const c = writtenSources({ 'tejo-material-fact.txt': RELEASE });
    const q = c.sources[0].quotes[0];
    assert.ok(q);
    assert.match(q.speaker?.text ?? '', /Marta Sequeira$/);
  });
  it('unseen-63 tembe-nhaca L19: the CFO’s words given to the CEO stay misattributed', () => {
    const r = checkReport(
      loadSources('test/fixtures/unseen-63/sources'),
      fs.readFileSync(
        'test/fixtures/unseen-63/reports/tembe-nhaca-securities-ldi-stargate-maputo-equity-note.md',
        'utf8',
      ),
    );
    assert.deepEqual(
      r.findings.filter((f) => f.range.start.line === 18).map((f) => f.code),
      ['quote-misattributed'],
    );
  });
});
