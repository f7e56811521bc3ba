// A source's section heading names the place its items are about (judge/figureFacts.ts entrySectionPlaces): a wire
// factbox heads each site's bullets with its place in capitals ("LORDSBURG, NEW MEXICO"), a newsletter's roundup with
// a Markdown heading ("## Lordsburg, New Mexico"), and the items themselves name no place. Such an item is another
// site's when the report's line (its sentence, or the heading it stands under) names another place: it refutes
// nothing there (judge/figures.ts otherSection). unseen-15's briefing had "Ground was broken on 26 March 2026 in
// Hongnong-eup" flagged against a factbox's Cimarron item; the articles in test/fixtures/unseen-sections19/ were
// written first, as a wire and a trade newsletter write them.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { entrySectionPlaces } from '../../server/src/judge/figureFacts';
import { indexOf } from '../../server/src/judge/figureIndex';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-sections19');
const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false, workers: 0 });
const REPORT = fs.readFileSync(path.join(DIR, 'reports', 'new-campuses-brief.md'), 'utf8');
const lineOf = (text: string) => REPORT.split('\n').findIndex((l) => l.includes(text));

describe("a source's section heading is the place of its items", () => {
  const entries = () => {
    const idx = indexOf(corpus);
    const out = [];
    for (const b of idx.buckets.values()) for (let i = 0; i < b.size; i++) out.push(b.entry(i));
    return out;
  };

  it("reads a factbox's capitals heading and a Markdown heading as the place of the items under them", () => {
    const jobs = entries().filter((e) => /permanent jobs/.test(e.src.sentences[e.fig.sentence]?.text ?? ''));
    const of = (value: number, outlet: string) =>
      jobs.find((e) => e.fig.text.startsWith(String(value)) && e.src.meta.outlet === outlet);
    const lordsburgWire = of(310, 'Meridian Wire');
    const valenca = of(120, 'Meridian Wire');
    const lordsburgWeekly = of(310, 'Gridline Weekly');
    assert.ok(
      lordsburgWire && valenca && lordsburgWeekly,
      jobs.map((e) => `${e.src.meta.outlet} ${e.fig.text}`).join('; '),
    );
    assert.deepEqual(
      entrySectionPlaces(lordsburgWire).includes('en:lordsburg'),
      true,
      String(entrySectionPlaces(lordsburgWire)),
    );
    assert.ok(
      entrySectionPlaces(valenca).some((p) => /valen/.test(p)),
      String(entrySectionPlaces(valenca)),
    );
    assert.ok(
      entrySectionPlaces(lordsburgWeekly).includes('en:lordsburg'),
      String(entrySectionPlaces(lordsburgWeekly)),
    );
  });

  it("does not refute a line under another place's heading with those items, and the line's own source vouches for it", () => {
    const r = checkReport(corpus, REPORT);
    const line = lineOf('The city expects 250 permanent jobs.');
    const found = r.findings.filter((f) => f.range.start.line === line);
    assert.deepEqual(
      found.map((f) => f.message),
      [],
    );
    const claim = r.claims.find((c) => c.range.start.line === line && c.type === 'figure');
    assert.equal(claim?.status, 'supported');
    assert.ok(claim?.sources.some((s) => s.outlet === '강원해안일보' && s.agrees));
  });

  it("still judges a line against the items of its own place's section", () => {
    // Under "## Port Pirie, South Australia", the factbox's Port Pirie date vouches for the line.
    const r = checkReport(corpus, REPORT);
    const line = lineOf('Construction at Port Pirie started on August 19, 2026.');
    const claim = r.claims.find((c) => c.range.start.line === line && c.type === 'figure');
    assert.equal(claim?.status, 'supported');
    // …and a line under that place's heading is refuted by its items, in both sources.
    const text = '# Notes\n\n## Lordsburg, New Mexico\n\n- The developer expects 290 permanent jobs.\n';
    const f = checkReport(corpus, text).findings.filter((x) => x.code === 'figure-mismatch');
    assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
    assert.match(f[0].message, /310 permanent jobs: Gridline Weekly 2026-10-21, Meridian Wire 2026-10-14/);
  });
});
