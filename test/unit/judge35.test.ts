// Figure misses of unseen-48 and unseen-49 (sets written blind, promoted to tuning in session 35) of three shapes: a
// level given as today's that a later source revised, an amount asked for given as the amount granted, and a date since
// moved. Each traced to a general cause and tested first on articles written here as their outlets would write them.
// Each case fails without its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { extractFigures } from '../../server/src/extract/figures';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

// unseen-49 (Carpathia note L39): "Brussels approved €310 million of state aid for the heat-recovery system on 22 July."
// The ministry's release had said "Romania will notify the European Commission of a state aid scheme of EUR 310 million";
// the Commission approved €265 million. Two causes: a member state notifies aid to the Commission to have it approved,
// so the amount notified is the amount asked for (judge26's applied-for rule knew "applied for", "requested", "sought",
// not "notify", nor "asked the Commission to approve"); and the release is hard-wrapped, its line ending in "notify the
// European" and the next opening on "Commission": a capitalized word at a line's end was read as the end of a heading,
// and the sentence was cut in two, the amount's half without its verb.
describe('judge35: an amount notified for approval is not the amount approved', () => {
  const release = [
    'MINISTRY OF DEVELOPMENT AND TECHNOLOGY',
    'Press Office',
    '',
    'Warsaw, 14 April 2026',
    '',
    'Letter of intent signed for the Stargate Mazowsze campus at Płock',
    '',
    'The Ministry of Development and Technology, Stargate and Mazowsze Grid S.A. signed on Tuesday, 14 April',
    '2026, a letter of intent for the Stargate Mazowsze artificial-intelligence campus at Płock, on an',
    '80-hectare plot next to the refinery.',
    '',
    'The campus will have a capacity of 500 MW by 2030. The first phase, of 150 MW, is scheduled to enter',
    'operation in the first half of 2028. The total investment is estimated at PLN 38 billion.',
    '',
    'Waste heat from the data halls, up to 120 MW thermal, will be delivered to the Płock municipal district',
    'heating network and could heat about 35,000 flats. For this component, Poland will notify the European',
    'Commission of a state aid scheme of PLN 1.2 billion.',
    '',
    'Up to 2,200 people will work on the site during construction, and the campus will create 400 permanent',
    'jobs.',
    '',
  ].join('\n');
  const news = [
    '<html><head><title>Brussels clears Płock data-centre heat aid - Vistula Business Daily</title>',
    '<meta property="og:site_name" content="Vistula Business Daily">',
    '<meta property="article:published_time" content="2026-10-02T08:00:00+02:00"></head><body>',
    '<h1>Brussels clears Płock data-centre heat aid</h1>',
    "<p>The European Commission has approved PLN 950 million of state aid for the heat network that will carry waste heat from the Stargate Mazowsze campus in Płock to the town's district heating.</p>",
    '<p>The aid covers 40% of eligible costs and runs until the end of 2030.</p>',
    '<p>Separately, Lithuania has asked the European Commission to approve EUR 60 million of state aid for a heat network at Kaunas.</p>',
    '</body></html>',
  ].join('\n');
  const corpus = writtenSources(
    { 'mrit-press-release-2026-04-14.txt': release, 'vistula-business-daily-2026-10-02.html': news },
    'xref-judge35-notify-',
  );

  it('reads the hard-wrapped release as one sentence across "the European" / "Commission"', () => {
    const src = corpus.sources.find((s) => s.file.includes('mrit'));
    assert.ok(src);
    assert.ok(
      src.sentences.some((s) => /notify the European\s+Commission of a state aid scheme/.test(s.text)),
      src.sentences.map((s) => s.text).join(' | '),
    );
  });

  // (not a name's end alone on the next line, "second-party opinion from Verdant" / "Assurance Ltd." / "(ii)  Estimated
  // net proceeds: US$644,628,000": joined, "Ltd." ended no sentence, and the offering's proceeds took the opinion's
  // words and refuted unseen-39's true "At US$5.3 billion for 320 MW, Naivasha costs …")
  it('does not join a line whose next line is only the rest of a name (unseen-39)', () => {
    const u39 = loadSources(path.join(__dirname, '../fixtures/unseen-39/sources'));
    const src = u39.sources.find((s) => s.file.includes('naivasha-green-notes-2036-pricing-supplement'));
    assert.ok(src);
    const proceeds = src.sentences.find((s) => s.text.includes('644,628,000'));
    assert.ok(proceeds);
    assert.doesNotMatch(proceeds.text, /Framework has received/);
  });

  it('refutes the amount notified given as the amount approved (it had a ✓)', () => {
    const line =
      'The European Commission approved PLN 1.2 billion of state aid for the Płock heat network in October.\n';
    const j = figureJudged(corpus, line, 'PLN 1.2 billion');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /950 million/);
    // (Lithuania's aid, asked for, is no version of it)
    assert.doesNotMatch(j.mismatches[0].message, /60 million/);
  });

  it('leaves the amount approved, and the amount notified given as notified', () => {
    const ok = 'The European Commission approved PLN 950 million of state aid for the Płock heat network in October.\n';
    assert.deepEqual(loud(figureJudged(corpus, ok, 'PLN 950 million')), []);
    const notified =
      'In April the government said it would notify a PLN 1.2 billion aid scheme for the Płock heat network.\n';
    const j = figureJudged(corpus, notified, 'PLN 1.2 billion');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });

  const u49 = loadSources(path.join(__dirname, '../fixtures/unseen-49/sources'));
  it('unseen-49: €310 million notified, given as approved (approved was €265 million)', () => {
    const line = 'Brussels approved €310 million of state aid for the heat-recovery system on 22 July.\n';
    const j = figureJudged(u49, line, '€310 million');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /265/);
    const said =
      "In March the government said it would notify a €310 million aid scheme for the campus's waste-heat recovery.\n";
    assert.deepEqual(loud(figureJudged(u49, said, '€310 million')), []);
  });
});

// unseen-49 (Thracia memo L17): "The first 150 MW phase is due in the fourth quarter of 2027." A supplier's notice of
// September says the developer moved the first phase "당초 2027년 4분기에서 2028년 2분기로". A level before a change
// supersedes a line's level only when the line gives it as today's, and a line's schedule in the present tense ("is due
// in", "is expected", "is scheduled for") was not read as today's, as "will" is: the June article that still gave the
// old quarter vouched for it.
describe("judge35: a schedule given in the present tense is today's, and a later move supersedes it", () => {
  const june = [
    '<html><head><title>Stargate picks Ostrava coal site for Czech AI campus - Central Europe Energy Report</title>',
    '<meta property="og:site_name" content="Central Europe Energy Report">',
    '<meta property="article:published_time" content="2026-06-11T09:00:00+02:00"></head><body>',
    '<h1>Stargate picks Ostrava coal site for Czech AI campus</h1>',
    '<p>Stargate will build a 400 MW AI campus on the land of the closed Třebovice power station in Ostrava, the Czech industry ministry said on Thursday.</p>',
    '<p>The first phase, of 120 MW, is to be commissioned in the second quarter of 2028.</p>',
    '<p>The project is put at €6.1 billion.</p>',
    '</body></html>',
  ].join('\n');
  const october = [
    '<html><head><title>Ostrava campus slips two quarters - Datacenter Dispatch</title>',
    '<meta property="og:site_name" content="Datacenter Dispatch">',
    '<meta property="article:published_time" content="2026-10-20T07:30:00Z"></head><body>',
    '<h1>Ostrava campus slips two quarters</h1>',
    '<p>Stargate has pushed back the first 120 MW phase of its Ostrava campus from the second quarter of 2028 to the fourth quarter of 2028, citing the delivery of the transformers for the Třebovice substation.</p>',
    '<p>The 400 MW total is unchanged.</p>',
    '</body></html>',
  ].join('\n');
  const corpus = writtenSources(
    { 'ceer-ostrava-2026-06-11.html': june, 'dcd-ostrava-slips-2026-10-20.html': october },
    'xref-judge35-due-',
  );

  it('refutes the old quarter given as "is due" (it had a ✓)', () => {
    const j = figureJudged(
      corpus,
      'The first 120 MW phase at Ostrava is due in the second quarter of 2028.\n',
      'the second quarter of 2028',
    );
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /Q4 2028|fourth quarter of 2028/);
    const exp = figureJudged(
      corpus,
      'The first 120 MW phase at Ostrava is expected in the second quarter of 2028.\n',
      'the second quarter of 2028',
    );
    assert.deepEqual(exp.codes, ['figure-mismatch']);
  });

  it('leaves the new quarter, and the old one given as then', () => {
    assert.deepEqual(
      loud(
        figureJudged(
          corpus,
          'The first 120 MW phase at Ostrava is due in the fourth quarter of 2028.\n',
          'the fourth quarter of 2028',
        ),
      ),
      [],
    );
    assert.deepEqual(
      loud(
        figureJudged(
          corpus,
          'The first 120 MW phase at Ostrava was originally due in the second quarter of 2028.\n',
          'the second quarter of 2028',
        ),
      ),
      [],
    );
  });

  const u49 = loadSources(path.join(__dirname, '../fixtures/unseen-49/sources'));
  it('unseen-49: the first phase given as due in Q4 2027 (moved to Q2 2028)', () => {
    const j = figureJudged(
      u49,
      'The first 150 MW phase is due in the fourth quarter of 2027.\n',
      'the fourth quarter of 2027',
    );
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /2028/);
  });
});

// unseen-48 (Small-Cap Ledger L23): "It will lean on the Lotsane coal station for up to 200 MW until 2032." The SENS
// announcement: "The campus will draw on the Lotsane coal-fired power station for up to 150 MW until 2032", under its
// section "2. THE STARGATE PALAPYE CAMPUS", after a title that names Botswana. An item of a section headed by a place
// refutes no line naming other places (sections19): the line names Lotsane, the section Botswana, and the item was set
// aside as of another section, though its own sentence names Lotsane as the line does. What the item's own sentence
// names, the line's place among it, says which place it is of, whatever its section is headed by.
describe("judge35: an item whose own sentence names the line's place is not of another section", () => {
  const sens = [
    'KGH 202607150014A',
    'Category 2 Transaction: Wind and Storage Project for the Stargate Francistown Campus, Botswana',
    '',
    'KALAHARI GRID HOLDINGS LIMITED',
    '(Incorporated in the Republic of South Africa)',
    '(Registration number 2014/118204/06)',
    'JSE share code: KGH',
    'ISIN: ZAE000338811',
    '("Kalahari Grid" or "the Company")',
    '',
    '',
    'CATEGORY 2 TRANSACTION: AGREEMENTS FOR A 300 MW WIND AND 800 MWh BATTERY ENERGY STORAGE PROJECT',
    'SUPPLYING THE STARGATE FRANCISTOWN CAMPUS, BOTSWANA',
    '',
    '',
    '1. INTRODUCTION',
    '',
    'Shareholders are advised that Kalahari Grid Tati Wind (Proprietary) Limited ("KTW" or "the Project',
    'Company"), a company incorporated in Botswana in which the Group holds 55%, has on 14 July 2026',
    'entered into a power purchase agreement and related agreements for a 300 MW wind farm and an 800 MWh',
    'battery energy storage system ("the Project") near Francistown, North-East District, Botswana.',
    '',
    '2. THE STARGATE FRANCISTOWN CAMPUS',
    '',
    'The Project will supply electricity to the Stargate Francistown campus, an artificial intelligence',
    'data centre campus of 150 MW to be completed by 2029, with a first phase of 60 MW expected in the',
    'second quarter of 2028. The total investment in the campus has been announced as USD4.1 billion.',
    '',
    'The campus will draw on the Mmashoro coal-fired power station for up to 90 MW until 2031, with that',
    'supply stepping down each year to zero by 2034, as the Project and later phases of renewable',
    'capacity take over.',
    '',
    '3. SALIENT TERMS OF THE AGREEMENTS',
    '',
    'The PPA has a term of 20 years from commercial operation. The EPC contract price is BWP6.8 billion,',
    'and the Project is to be financed 75% by senior debt and 25% by equity.',
    '',
    'Johannesburg',
    '',
    '15 July 2026',
    '',
    'Sponsor: Kalahari Capital Advisers (Proprietary) Limited',
    '',
  ].join('\n');
  const corpus = writtenSources({ 'sens-kalahari-grid-francistown-2026-07-15.txt': sens }, 'xref-judge35-section-');
  const report = (mw: string) =>
    '# Draft: Kalahari Grid and the Stargate supply chain\n\nFor The Small-Cap Ledger, draft 1, 20 October 2026\n\n' +
    '## Francistown\n\nFrancistown itself is a 150 MW campus costing US$4.1 billion.\n\n' +
    `It will lean on the Mmashoro coal station for up to ${mw} until 2031.\n`;

  it("refutes the coal station's supply given as 120 MW (it had nothing)", () => {
    const j = figureJudged(corpus, report('120 MW'), '120 MW');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /90 MW/);
  });

  it('vouches for 90 MW', () => {
    const j = figureJudged(corpus, report('90 MW'), '90 MW');
    assert.deepEqual(loud(j), []);
    assert.equal(j.status, 'supported');
  });

  const u48 = loadSources(path.join(__dirname, '../fixtures/unseen-48/sources'));
  it('unseen-48: Lotsane up to 200 MW (the SENS says up to 150 MW)', () => {
    const text =
      '# Draft: Tswelelo and the Stargate supply chain\n\n' +
      'For The Small-Cap Ledger, draft 2, by Lerato Khumalo, 9 November 2026\n\n' +
      'Palapye itself is a campus costing US$5.6 billion, owned 70/30 by Stargate and Chobe Digital Infrastructure.\n\n' +
      'It will lean on the Lotsane coal station for up to 200 MW until 2032.\n';
    const j = figureJudged(u48, text, '200 MW');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /150 MW/);
  });
});

// unseen-48 (Southern Grid Watch L51): "CopperGrid Energy Corporation will supply the 250 MW of surplus hydropower the
// developers asked for, for 25 years." The minister's speech: "commits CopperGrid Energy Corporation to supply up to 180
// megawatts"; a business wire: "Quantity: up to 180 MW of surplus hydro (the developers had asked for 250 MW)". A line
// saying an amount was granted is vouched for by no source figure given as the application (judge26), but the line was
// read as a grant only by "granted", "approved" and the like, and never when it names a request: this one gives the
// amount asked for as the amount supplied, and the request's 250 MW vouched for it.
describe('judge35: the amount asked for given as the amount supplied', () => {
  const speech = [
    'Remarks by the Honourable Minister of Energy at the signing of the Mansa power supply agreement',
    '',
    'Mansa, 2 July 2026',
    '',
    'Ladies and gentlemen, the agreement signed this morning commits Luapula Grid Corporation to supply up to 140 megawatts of surplus hydropower to the Stargate Mansa campus for 20 years.',
    '',
    'The campus will be built in two phases and will employ 300 people when complete.',
    '',
  ].join('\n');
  const wire = [
    '[01/10/2026, 07:00:00] Copperbelt Business Wire: Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.',
    '[14/10/2026, 08:14:33] Copperbelt Business Wire: *⚡ TARIFF APPROVED: STARGATE MANSA POWER*',
    "The Energy Pricing Commission has approved a tariff of *5.1 US cents per kWh* for Luapula Grid Corporation's supply to the Stargate Mansa campus, up from the 4.9 cents proposed at the July signing.",
    '▪️ Quantity: up to 140 MW of surplus hydro (the developers had asked for 200 MW)',
    '▪️ Term: 20 years',
    '— CBW desk | Mansa',
    '[15/10/2026, 12:40:19] Copperbelt Business Wire: *📈 LuSE close:* All Share Index up 0.4%.',
    '',
  ].join('\n');
  const corpus = writtenSources(
    { 'moe-minister-speech-mansa-2026-07-02.txt': speech, 'copperbelt-business-wire-2026-10-14.txt': wire },
    'xref-judge35-asked-',
  );

  it('refutes the amount asked for given as the amount supplied (it had a ✓)', () => {
    const line =
      'Luapula Grid Corporation will supply the 200 MW of surplus hydropower the developers asked for, for 20 years.\n';
    const j = figureJudged(corpus, line, '200 MW');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /140/);
  });

  it('leaves the amount supplied, and the amount asked for given as a request or as the whole of a part', () => {
    const ok =
      'Luapula Grid Corporation will supply up to 140 MW of surplus hydropower to the Mansa campus for 20 years.\n';
    assert.deepEqual(loud(figureJudged(corpus, ok, '140 MW')), []);
    const asked =
      'For the Mansa campus, the developers had asked Luapula Grid Corporation for 200 MW of surplus hydropower.\n';
    assert.deepEqual(loud(figureJudged(corpus, asked, '200 MW')), []);
    const part =
      'Luapula Grid Corporation will supply up to 140 MW of the 200 MW of surplus hydropower the developers asked for.\n';
    assert.deepEqual(loud(figureJudged(corpus, part, '200 MW')), []);
    assert.deepEqual(loud(figureJudged(corpus, part, '140 MW')), []);
  });

  const u48 = loadSources(path.join(__dirname, '../fixtures/unseen-48/sources'));
  it("unseen-48: CopperGrid's 250 MW asked for, given as supplied (180 MW)", () => {
    const line =
      'CopperGrid Energy Corporation will supply the 250 MW of surplus hydropower the developers asked for, for 25 years.\n';
    const j = figureJudged(u48, line, '250 MW');
    assert.deepEqual(j.codes, ['figure-mismatch']);
    assert.match(j.mismatches[0].message, /180/);
  });
});

// unseen-probe27 (a true line, flagged once the wrapped line "… treated effluent from the South" / "Wastewater Plant at
// $1.10 per 1,000 gallons" was read as one sentence, above): "The campus will buy up to 4.5 million gallons a day of
// treated wastewater, about 17,000 cubic metres, …" was refuted by the tariff's "per 1,000 gallons". A quantity right
// after a price and "per" is the rate's denominator, no amount of anything.
describe("judge35: a price's denominator is no amount", () => {
  it('drops "1,000 gallons" of "$1.10 per 1,000 gallons", keeps the amounts', () => {
    const s = 'The plant sells reclaimed water at $1.10 per 1,000 gallons, up to 3 million gallons a day.';
    assert.deepEqual(
      extractFigures(s, 'en').figures.map((f) => f.text),
      ['$1.10', '3 million gallons'],
    );
    const t = 'The utility charges US$2.40 per 1,000 cubic metres for 20 years.';
    assert.deepEqual(
      extractFigures(t, 'en').figures.map((f) => f.text),
      ['US$2.40', '20 years'],
    );
  });
  it('unseen-probe27: the 17,000 cubic metres bought a day is not refuted by the tariff', () => {
    const u = loadSources(path.join(__dirname, '../fixtures/unseen-probe27/sources'));
    const line =
      'The campus will buy up to 4.5 million gallons a day of treated wastewater, about 17,000 cubic metres, and will not pump groundwater for cooling.\n';
    assert.deepEqual(loud(figureJudged(u, line, '17,000 cubic metres')), []);
  });
});
