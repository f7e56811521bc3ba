// How sources are read, metadata, in the layouts unseen-62 and unseen-63 (promoted in session 42) read wrong before
// meta43: a message kept as it travelled (an .eml, Gmail's "Show original"), a meeting platform's WebVTT note, … Each
// rule is shown on a small document of the same kind written for it, from another sender, and on the real set's
// source. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import { fixtureSource, sentenceTexts, writtenSource } from './metadataTable';

const text = (t: string, name = 'doc.txt') => writtenSource(t, name).meta;

describe('a message kept as it travelled (RFC 822 text)', () => {
  const eml = [
    'Received: from smtp.lakeport-energy.example (smtp.lakeport-energy.example [203.0.113.9])',
    '\tby mx.reader.example with ESMTPS id 8Kq2',
    '\tfor <desk@reader.example>; Tue, 3 Mar 2026 09:12:40 +0100',
    'From: =?UTF-8?Q?Lakeport_Energ=C3=ADa_=E2=80=93_Comunicaci=C3=B3n?= <prensa@lakeport-energia.example>',
    'To: undisclosed-recipients:;',
    'Subject: PRESS RELEASE | Lakeport Energia signs a 120 MW supply deal with the',
    ' Northgate data park',
    'Date: Tue, 3 Mar 2026 09:12:31 +0100',
    'Message-ID: <a1b2c3@lakeport-energia.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1_xyz"',
    '',
    '--b1_xyz',
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: 8bit',
    '',
    'PRESS RELEASE',
    '',
    'Lakeport Energía signs a 120 MW supply deal with the Northgate data',
    'park',
    '',
    'Bilbao, 3 March 2026 - Lakeport Energía Renovables S.A. today signed a contract to supply 120 MW to the',
    'Northgate data park for fifteen years.',
    '',
    '--b1_xyz',
    'Content-Type: text/html; charset="UTF-8"',
    'Content-Transfer-Encoding: base64',
    '',
    'PGh0bWw+PGJvZHk+PHA+TGFrZXBvcnQgRW5lcmfDrWEgc2lnbnMgYSAxMjAgTVcgc3VwcGx5IGRlYWw8L3A+PC9ib2R5PjwvaHRtbD4=',
    '',
    '--b1_xyz--',
  ].join('\n');
  it("is the sender's, named in full as the text names it, headed by its own title, dated by its Date field", () => {
    const s = writtenSource(eml, 'release.eml.txt');
    assert.equal(s.meta.outlet, 'Lakeport Energía Renovables S.A.');
    assert.equal(s.meta.title, 'Lakeport Energía signs a 120 MW supply deal with the Northgate data park');
    assert.equal(s.meta.date, '2026-03-03');
    assert.deepEqual(s.meta.authors, []);
    // (the transport fields and the HTML part are no text of it)
    assert.ok(!sentenceTexts(s).some((t) => /Received|PGh0bWw|Content-Type/.test(t)));
    assert.ok(sentenceTexts(s).some((t) => /supply 120 MW/.test(t)));
  });
  it('reads the two fixture messages (Outlook .eml, Gmail "Show original")', () => {
    const o = fixtureSource(
      'unseen-62/sources/outlook-eml-mia-press-release-cote-dor-investment-certificate-2026-09-10.txt',
    ).meta;
    assert.equal(o.outlet, 'Mauritius Investment Authority');
    assert.equal(o.title, "Investment Certificate granted to Stargate Côte d'Or Ltd");
    assert.deepEqual(o.authors, []);
    const g = fixtureSource(
      'unseen-63/sources/gmail-original-pacifica-nube-press-release-guanacaste-revision-2026-09-24.txt',
    ).meta;
    assert.equal(g.outlet, 'Pacífica Nube Holdings S.A.');
    assert.equal(g.date, '2026-09-24');
    assert.equal(
      g.title,
      'Stargate Guanacaste: investment revised to US$6.9 billion; water concession and environmental permit granted',
    );
  });
});

describe("a meeting platform's WebVTT note", () => {
  const vtt = [
    'WEBVTT',
    '',
    'NOTE',
    'Zoom cloud recording - audio transcript',
    'Meeting: Harbour Talks #7 - Cooling with seawater',
    'Host: Baltic Ports Forum',
    'Date: 2026-02-11 10:00 (GMT+2)',
    'Meeting ID: 812 1100 4411',
    '',
    '1',
    '00:00:01.000 --> 00:00:06.000',
    'Anna Berg: Welcome to Harbour Talks. Today we look at seawater cooling at the port of Klaipeda.',
  ].join('\n');
  it("is the host body's, headed by the meeting's title without its series label, dated by its Date field", () => {
    const m = text(vtt, 'talk.vtt.txt');
    assert.equal(m.outlet, 'Baltic Ports Forum');
    assert.equal(m.title, 'Cooling with seawater');
    assert.equal(m.date, '2026-02-11');
  });
  it('reads the fixture transcript', () => {
    const m = fixtureSource('unseen-62/sources/zoom-rsif-webinar-stargate-ghoubet-2026-07-09-transcript.txt').meta;
    assert.equal(m.outlet, 'Red Sea Infrastructure Forum');
    assert.equal(m.title, 'Stargate Ghoubet: wind, water and people');
    assert.equal(m.date, '2026-07-09');
  });
});

describe("an exchange's page for an issuer's announcement, kept as text", () => {
  const page = [
    'NAIROBI SECURITIES EXCHANGE',
    'Company Announcements',
    '',
    'Issuer:            KILIMA GRID HOLDINGS PLC',
    'Ticker:            KGH',
    'Market:            Main Investment Market Segment',
    'Announcement type: Material Fact',
    'Published:         04/05/2026 18:10',
    'Document:          KGH_announcement.pdf',
    '-------------------------------------------------------------------',
    '',
    '                     KILIMA GRID HOLDINGS PLC',
    '                (Incorporated in the Republic of Kenya)',
    '',
    '                          MATERIAL FACT',
    '',
    '   Kilima Grid to build a 90 MW substation for the Athi River',
    '   data campus',
    '',
    'The Board of Kilima Grid Holdings PLC announces that on 4 May 2026 the Company signed a contract worth KES 6.1',
    'billion with the developer of the Athi River campus.',
  ].join('\n');
  it("is the issuer's, dated by the page's publication (the reading near the text's day), headed by the document's title", () => {
    const m = text(page, 'announcement.txt');
    assert.equal(m.outlet, 'Kilima Grid Holdings PLC');
    assert.equal(m.date, '2026-05-04');
    assert.equal(m.title, 'Kilima Grid to build a 90 MW substation for the Athi River data campus');
  });
  it('reads the two fixture pages (SEM, BVM)', () => {
    const a = fixtureSource(
      'unseen-62/sources/sem-communique-ile-verte-holdings-stargate-cote-dor-2026-03-12.txt',
    ).meta;
    assert.equal(a.title, "ENTRY INTO A JOINT VENTURE FOR THE STARGATE CÔTE D'OR AI DATA CAMPUS");
    const b = fixtureSource(
      'unseen-63/sources/bvm-issuer-announcement-ldi-material-fact-stargate-maputo-2026-07-10.txt',
    ).meta;
    assert.equal(b.outlet, 'Limpopo Digital Infraestruturas, S.A.');
    assert.equal(b.date, '2026-07-10');
    assert.equal(
      b.title,
      'Signing of the Investment Agreement for the Stargate Maputo data centre campus at the Beluluane Industrial Park',
    );
  });
});
