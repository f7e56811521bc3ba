// Figure verdicts of unseen-60 (promoted to tuning in session 41), each traced to a general cause and tested on articles
// and report lines written here as an outlet and a credit analyst would write them, then on the unseen-60 line. Each
// case fails without its rule.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const GULF = 'gulf-crescent-bank-pf-credit-note-stargate-shagaya-miryang-suppliers.md';
const MAWW = 'maww-members-brief-stargate-sendou-enfidha-water.md';

// unseen-60 gulf-crescent L25, "Construction will employ up to 5,200 people and operations 900." (true: the Kuwait Daily
// Record, "Nuqra expects up to 5,200 workers during construction and 900 permanent jobs"). Every source sentence shares
// one word with the line (construction) and is kept on the count's narrowing word: the other sites' construction jobs
// refuted it, while the one that states its value was set aside as sharing a single term, as if they shared more.
describe('judge41a: a refuter sharing no more words than the source that states the value does not outweigh it', () => {
  const corpus = writtenSources(
    {
      'oman-daily.md': [
        '# Ibri campus deal signed',
        '',
        '*Oman Daily Observer, 3 May 2026*',
        '',
        'Ibri Digital expects up to 4,100 workers during construction and 650 permanent jobs, about half of which it has pledged to fill with Omani nationals.',
        '',
      ].join('\n'),
      'sahel-wire.md': [
        '# Thies campus gets its permit',
        '',
        '*Sahel Wire, 9 June 2026*',
        '',
        'The partners expect 2,800 jobs during construction and 500 permanent jobs once the two phases are running.',
        '',
      ].join('\n'),
    },
    'xref-judge41a-jobs-',
  );

  it('leaves the true count of construction workers unflagged', () => {
    const j = figureJudged(corpus, 'Construction will employ up to 4,100 people and operations 650.\n', '4,100 people');
    assert.deepEqual(loud(j), [], messages(j));
    assert.equal(j.status, 'supported');
  });

  it("still sets aside another venture's share that shares one word (unseen-multi19 L7: OpenAI's 45% of Tallgrass)", () => {
    const j = reportLineJudged('unseen-multi19', 'cheongna-briefing-en.md', 7, '45%');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });

  it('unseen-60 gulf-crescent L25: 5,200 construction workers is not flagged', () => {
    const j = reportLineJudged('unseen-60', GULF, 25, '5,200 people');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-60 maww L53, "… says its switchgear was tested in Naju in a room heated to 50 degrees." (true: "Our switchgear
// has to run at 45 degrees in a sandstorm, so we tested it in Naju in a room we heated to 50"). The 50 takes its unit
// from the 45 degrees before it and was read as no figure: the sentence's 45 degrees refuted the line.
describe('judge41a: a source sentence that writes the claim number bare does not refute it with its other figure', () => {
  const corpus = writtenSources(
    {
      'gulf-business.md': [
        '# Korean transformer maker wins Qatar package',
        '',
        '*Gulf Business Digest, 12 August 2026*',
        '',
        '“Our transformers have to run at 48 degrees in a dust storm, so we tested them in Changwon in a chamber we heated to 55,” said Kim Do-hyun, the firm’s site manager in Doha.',
        '',
      ].join('\n'),
    },
    'xref-judge41a-bare-',
  );

  it('leaves the true test temperature unflagged', () => {
    const j = figureJudged(
      corpus,
      'Its site manager in Doha, Kim Do-hyun, says the transformers were tested in Changwon in a chamber heated to 55 degrees.\n',
      '55 degrees',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });

  it('still refutes the operating temperature the sentence states with its unit', () => {
    const j = figureJudged(
      corpus,
      'Kim Do-hyun says the transformers have to run at 58 degrees in a dust storm.\n',
      '58 degrees',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });

  it('unseen-60 maww L53: 50 degrees is not flagged', () => {
    const j = reportLineJudged('unseen-60', MAWW, 53, '50 degrees');
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// unseen-60 gulf-crescent L49, "Milseong is hiring 70 production workers to meet both orders." (planted: 70 are
// Eungcheon's hires, Milseong's are 40). Miryang's grant notice for Eungcheon ("㈜응천중공업은 … 생산 인력 70명을 신규
// 고용하고자 함"), which never names Milseong, gave the line a ✓.
describe("judge41a: an article that never writes the name a line opens on gives no verdict on that firm's figure", () => {
  const corpus = writtenSources(
    {
      'changwon-notice.md': [
        '# 기업투자촉진 보조금 지원 (㈜한빛정공 제3공장)',
        '',
        '창원시 투자유치과, 2026년 9월 14일',
        '',
        '㈜한빛정공은 2026년 6월 오만 이브리 AI 데이터센터 캠퍼스 1단계의 변압기 공급 계약(420억 원)을 체결하였으며, 납기 대응을 위하여 제3공장을 신설하고 생산 인력 60명을 신규 고용하고자 함.',
        '',
        '○ 고용: 신규 60명 (현재 상시 고용 180명 → 240명)',
        '',
      ].join('\n'),
    },
    'xref-judge41a-firm-',
  );

  it("gives no ✓ to another firm's hires", () => {
    const j = figureJudged(
      corpus,
      'Daeryun is hiring 60 production workers to meet the Ibri order.\n',
      '60 production workers',
    );
    assert.notEqual(j.status, 'supported', messages(j));
    assert.deepEqual(loud(j), []);
  });

  it("still vouches for the firm's own hires", () => {
    const j = figureJudged(
      corpus,
      'Hanbit is hiring 60 production workers to meet the Ibri order.\n',
      '60 production workers',
    );
    assert.equal(j.status, 'supported');
  });

  it('leaves a line alone whose name other articles write by its meaning (unseen-38 L49: Kepco, 한전)', () => {
    const j = reportLineJudged('unseen-38', 'kaldaranna-to-kivilahti-journalist-draft.md', 49, '1,000 MW');
    assert.deepEqual(loud(j), [], messages(j));
  });

  it('unseen-60 gulf-crescent L49: 70 production workers of Milseong gets no ✓', () => {
    const j = reportLineJudged('unseen-60', GULF, 49, '70 production workers');
    assert.notEqual(j.status, 'supported');
  });
});

// unseen-60 maww L43, "Cooling will use up to 4,000 m³ a day of treated wastewater from the Enfidha treatment plant …"
// (planted: the Tunis Business Digest gives "up to 3,000 cubic metres a day of treated wastewater from the Enfidha
// treatment plant"). "Cooling" opening the line was read as its actor, a name every judging sentence had to write.
describe('judge41a: a common word opening an English line is no actor a source must name', () => {
  const corpus = writtenSources(
    {
      'sfax-business.md': [
        '# Stargate signs for Sfax campus',
        '',
        '*Sfax Business Daily, 2 July 2026*',
        '',
        'Instead of drawing on the aquifer, the campus will use dry coolers and up to 2,500 cubic metres a day of treated wastewater from the Sfax treatment plant, water now lost to the sea.',
        '',
      ].join('\n'),
    },
    'xref-judge41a-actor-',
  );

  it('refutes the wrong volume of cooling water', () => {
    const j = figureJudged(
      corpus,
      'Cooling will use up to 3,500 m³ a day of treated wastewater from the Sfax treatment plant.\n',
      '3,500 m³',
    );
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /2,500 cubic metres/);
  });

  it('vouches for the right one', () => {
    const j = figureJudged(
      corpus,
      'Cooling will use up to 2,500 m³ a day of treated wastewater from the Sfax treatment plant.\n',
      '2,500 m³',
    );
    assert.equal(j.status, 'supported');
  });

  it('unseen-60 maww L43: 4,000 m³ is refuted by the 3,000 cubic metres', () => {
    const j = reportLineJudged('unseen-60', MAWW, 43, '4,000 m³');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /3,000 cubic metres/);
  });
});

// unseen-60 gulf-crescent L19, "… about KD 42 million a year in land rent …", and maww L49, "… set aside 2 million dinars a
// year for a water-monitoring fund …" (planted: no source gives either). "KD" before an amount and a bare "dinars" were
// no currency: the amounts were counts of nothing the domain knows, and no source's silence on them was reported.
describe('judge41a: the Kuwaiti dinar written KD, and dinars, are money', () => {
  const corpus = writtenSources(
    {
      'kuwait-record.md': [
        '# Second Kuwaiti AI campus signed at Abdali',
        '',
        '*Kuwait Daily Record, 4 May 2026*',
        '',
        'Nuqra Cloud Holding signed the agreement on Sunday for a 400-megawatt campus at Abdali costing about $6.2 billion, or KD 1.9 billion.',
        '',
      ].join('\n'),
      'sfax-wire.md': [
        '# Stargate picks Sfax for Tunisian campus',
        '',
        '*Sfax Business Daily, 2 July 2026*',
        '',
        'The partners put the cost at about $2.3 billion, or 7.1 billion dinars, for two phases.',
        '',
      ].join('\n'),
    },
    'xref-judge41a-dinar-',
  );

  it('vouches for an amount in KD and one in dinars that the sources state', () => {
    assert.equal(
      figureJudged(corpus, 'The Abdali campus costs about $6.2 billion (KD 1.9 billion).\n', 'KD 1.9 billion').status,
      'supported',
    );
    assert.equal(
      figureJudged(corpus, 'The Sfax campus costs about $2.3 billion (7.1 billion dinars).\n', '7.1 billion dinars')
        .status,
      'supported',
    );
  });

  it('reports amounts in KD and dinars that no source gives as unsupported', () => {
    const kd = figureJudged(
      corpus,
      'Nuqra expects the Abdali campus to pay about KD 25 million a year in land rent to the state.\n',
      'KD 25 million',
    );
    assert.deepEqual(kd.codes, ['figure-unsupported'], messages(kd));
    const dinars = figureJudged(
      corpus,
      'The Sfax partners have set aside 3 million dinars a year for a water-monitoring fund.\n',
      '3 million dinars',
    );
    assert.deepEqual(dinars.codes, ['figure-unsupported'], messages(dinars));
  });

  it('unseen-60: the invented land rent and monitoring fund are reported as unsupported', () => {
    assert.deepEqual(reportLineJudged('unseen-60', GULF, 19, 'KD 42 million').codes, ['figure-unsupported']);
    assert.deepEqual(reportLineJudged('unseen-60', MAWW, 49, '2 million dinars').codes, ['figure-unsupported']);
  });
});
