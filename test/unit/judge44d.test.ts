// Planted wrong figures read "figure unsupported" (session 44, judge44d): the source sentence that states the right
// value of the line's measure is of the line's site, but the check did not take it as the same subject.
// Each case failed before its rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { figureJudged, loadSources, loud, messages, reportLineJudged, writtenSources } from './judged';

/** reportLineJudged for a tuning set whose reports stand beside its `sources` folder (unseen-figures). */
function topLineJudged(name: string, report: string, line: number, fig: string) {
  const dir = path.join(__dirname, '..', 'fixtures', name);
  const r = checkReport(loadSources(path.join(dir, 'sources')), fs.readFileSync(path.join(dir, report), 'utf8'));
  const c = r.claims.find((x) => x.type === 'figure' && x.text === fig && x.range.start.line === line - 1);
  assert.ok(c, `no claim ${fig} on line ${line}`);
  const findings = r.findings.filter((f) => f.claim === c);
  return { status: c.status, findings, codes: findings.map((f) => f.code) };
}

// A line that names no place of its own stands under a heading that does ("## Wisconsin" over "Its closed-loop cooling
// uses about 50% less water …"); a source sentence that gives a site's figure without naming it ("The 672-acre site will
// use …") is of that site when its article's headline is of that place alone. A release's headline names its developer
// and the buyers beside the site ("Vantage Data Centers, OpenAI and Oracle Announce Stargate Wisconsin"), and such a
// name was taken for another site, so no sentence of the release could judge the line: unseen-figures L41 and
// unseen-35 L26 read "figure unsupported". A name of the headline that the article never writes where a place stands
// is a company's, not another site.
describe("judge44d: a headline's company names are no other site for a line of its heading's place", () => {
  const release = (headline: string, body = '') =>
    writtenSources({
      'harrowgate-release.txt':
        'FOR IMMEDIATE RELEASE\n\n' +
        `${headline}\n\n` +
        'New campus to deliver 600 megawatts of AI capacity\n\n' +
        'MILLBROOK, Tenn., March 3, 2026 — Harrowgate Digital today announced a 600-megawatt AI data center campus in ' +
        'Millbrook, Tennessee, that Oracle will build for OpenAI as part of Stargate.\n\n' +
        body +
        'Construction is to begin this summer. The first building should be ready late next year. ' +
        'Oracle will lease the whole campus for fifteen years. The company expects to hire most of its staff locally.\n\n' +
        'The campus will return about 70% of its cooling water to the river after treatment, the company said.\n\n' +
        'About Harrowgate Digital\n\nHarrowgate Digital builds and runs large data center campuses for cloud providers.\n',
    });
  const report =
    '# Stargate in the South: a county briefing\n\n## Tennessee\n\nThe Millbrook campus in Tennessee is planned at 600 megawatts.\n\n' +
    'About 40% of the cooling water goes back to the river after treatment.\n';
  it("sets the release's 70% against the line's 40% when the headline names the developer beside the place", () => {
    const r = figureJudged(release('Harrowgate Digital and Oracle Announce Stargate Tennessee'), report, '40%');
    assert.deepEqual(r.codes, ['figure-mismatch'], messages(r));
    assert.match(r.mismatches[0].message, /70%/);
  });
  it("still vouches for the line that gives the release's share", () => {
    const r = figureJudged(
      release('Harrowgate Digital and Oracle Announce Stargate Tennessee'),
      report.replace('About 40%', 'About 70%'),
      '70%',
    );
    assert.equal(r.status, 'supported', messages(r));
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('stays silent when the headline names another place the article writes as one', () => {
    const r = figureJudged(
      release(
        'Harrowgate Digital Announces Stargate Campuses in Tennessee and Ashford',
        'A second campus in Ashford, Kentucky, will follow in 2028.\n\n',
      ),
      report,
      '40%',
    );
    assert.equal(loud(r).length, 0, messages(r));
  });
  it('flags unseen-figures report-en L41 "50%" (90% less water)', () => {
    const j = topLineJudged('unseen-figures', 'report-en.md', 41, '50%');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /90%/);
  });
  it('flags unseen-35 L26 "40 percent" (not less than thirty percent)', () => {
    const j = reportLineJudged('unseen-35', 'stargate-desert-gulf-seosan-analyst-memo.md', 26, '40 percent');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /thirty percent/);
  });
});
