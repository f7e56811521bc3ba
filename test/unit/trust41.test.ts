// Session 41, for the sets promoted that session (unseen-60 and unseen-61, written blind in session 40): the lead's
// own changes. A news feed's item saved as text is parsed as XML (htmlparser2 in XML mode), so what the feed's markup
// holds inside an element is the element's, not the end of a pattern's match: a CDATA title holding `</title>`, an
// item's escaped HTML content with a `<title>` of its own, an author element in a namespace of its own.
import { strict as assert } from 'assert';
import { figureJudged, loud, messages, writtenSources } from './judged';
import { fixtureSource, writtenSource } from './metadataTable';

const meta = (t: string, name = 'feed-item.txt') => writtenSource(t, name).meta;

describe('a feed item read as XML (trust41)', () => {
  it("an Atom entry whose HTML content carries a <title> of its own is headed by the entry's title", () => {
    const atom = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
      '  <title type="text">Lagoon Business Wire</title>',
      '  <updated>2026-11-30T08:00:00Z</updated>',
      '  <entry>',
      '    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><svg><title>Chart: port',
      '      throughput</title></svg><p>The port authority said on Tuesday it had signed a 25-year lease for 40',
      '      hectares.</p></div></content>',
      '    <title type="html">Port authority leases 40 ha to data-centre developer</title>',
      '    <author><name>Adaeze Nwosu</name><uri>https://lagoonwire.example/staff/anwosu</uri></author>',
      '    <published>2026-11-24T15:20:00+01:00</published>',
      '    <updated>2026-11-24T15:20:00+01:00</updated>',
      '  </entry>',
      '</feed>',
    ].join('\n');
    const m = meta(atom);
    assert.equal(m.title, 'Port authority leases 40 ha to data-centre developer');
    assert.deepEqual(m.authors, ['Adaeze Nwosu']);
    assert.equal(m.outlet, 'Lagoon Business Wire');
    assert.equal(m.date, '2026-11-24');
  });
  it('an RSS title in CDATA that holds markup-like text is the title whole', () => {
    const rss = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
      '<channel>',
      '<title>Highveld Markets | Tech</title>',
      '<item>',
      '<title><![CDATA[Q&A: why the </title> of a 300 MW bid matters]]></title>',
      '<dc:creator>Thabo Mokoena</dc:creator>',
      '<pubDate>Tue, 06 Oct 2026 07:05:00 +0200</pubDate>',
      '</item>',
      '</channel>',
      '</rss>',
    ].join('\n');
    const m = meta(rss);
    assert.equal(m.title, 'Q&A: why the </title> of a 300 MW bid matters');
    assert.deepEqual(m.authors, ['Thabo Mokoena']);
    assert.equal(m.outlet, 'Highveld Markets');
    assert.equal(m.date, '2026-10-06');
  });
  it("the sets' feed items keep their outlet, headline, author and date", () => {
    const a = fixtureSource('unseen-60/sources/atom-feed-tunis-business-digest-stargate-enfidha-entry.txt').meta;
    assert.equal(a.outlet, 'Tunis Business Digest');
    assert.deepEqual(a.authors, ['Mehdi Karoui']);
    const r = fixtureSource('unseen-61/sources/rss-ecuador-pacific-report-stargate-manta-zede-feed-item.txt').meta;
    assert.equal(r.outlet, 'Ecuador Pacific Report');
    assert.equal(r.date, '2026-06-10');
  });
});

// judge41a's bare-number rule (bareValue.ts: a sentence that writes the claim's number without its unit, leaving it to
// the figure before it, states the claim too) set aside a source's level where the bare number was a change of it: a
// held-out set of differences lost a catch by it (`--brief` counts). A bare number a change or a comparison sets beside
// the figure is that change or the other level, not another statement of the measure.
describe('a bare number that is a change of the figure before it states no level (trust41)', () => {
  const corpus = writtenSources(
    {
      'baltic-energy-weekly.md': [
        '# Kurzeme data campus grows again',
        '',
        '*Baltic Energy Weekly, 3 November 2026*',
        '',
        'The developer said on Monday that the Kurzeme campus will now be built to 1,400 MW, an increase of 400 on the plan it filed in March.',
        '',
        'Its substation is rated at 48 degrees, and the contractor tested the switchgear in a hall heated to 52.',
        '',
      ].join('\n'),
    },
    'xref-trust41-bare-',
  );
  it('a line giving the increase as the level is still refuted by the level', () => {
    const j = figureJudged(corpus, 'The Kurzeme campus will now be built to 400 MW.\n', '400 MW');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
  });
  it('a number written bare as a second reading of the measure still keeps the first from refuting it', () => {
    const j = figureJudged(
      corpus,
      'The contractor tested the switchgear in a hall heated to 52 degrees.\n',
      '52 degrees',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
});

// meta42 found `By Kadri Tamm, Industry Correspondent` read as two writers: a beat word no list names before a job
// title was taken for a name. A beat before a writer's job, and an office named by its place, are no writers.
describe("a byline's beat and bureau are no writers (trust41)", () => {
  const page = (byline: string) =>
    [
      'Lithuanian grid operator signs power deal for Kaunas data campus',
      '',
      byline,
      '',
      'November 18, 2026',
      '',
      'KAUNAS — The grid operator on Wednesday agreed to supply 180 MW to the Kaunas campus from 2028, the company said.',
      '',
    ].join('\n');
  it('a beat word before Correspondent', () => {
    assert.deepEqual(meta(page('By Rūta Kazlauskienė, Infrastructure Correspondent'), 'a.txt').authors, [
      'Rūta Kazlauskienė',
    ]);
  });
  it('two writers and their bureau', () => {
    assert.deepEqual(meta(page('By Tomas Jankus and Eglė Petraitė, Vilnius Bureau'), 'b.txt').authors, [
      'Tomas Jankus',
      'Eglė Petraitė',
    ]);
  });
});
