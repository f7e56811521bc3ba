// Planted wrong figures that read "unsupported" though a source states the right value (session 38, recallU38). Each
// case failed before its rule.
import { strict as assert } from 'assert';
import { soundAlikeNames } from '../../server/src/extract/subjects';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const codes = (j: { findings: { code: string }[] }) => j.findings.map((f) => f.code);

// A line that names no place ("Planned capacity is 2.5 GW at full build-out") under a heading that does ("## Cimarron,
// Oklahoma") was read as of no site: a source's site figure ("the campus is planned at 1.5 gigawatts") could not refute
// it, even in an article whose headline is of that campus ("… Cimarron campus near Guymon": the town it is near is no
// other site). The line is of its heading's place.
describe("recallU38: a line naming no place is of its heading's place", () => {
  const LIVE = [
    '# LIVE: Stargate breaks ground on Redstone campus near Elko',
    '',
    '**10:05** — Crews and officials have gathered at the Redstone site, about 12 miles west of Elko.',
    '',
    '**10:40** — A Stargate spokesperson confirmed the campus is planned at 2 gigawatts at full build-out.',
  ].join('\n');
  const note = (heading: string, line: string) =>
    [
      '# Stargate build-out: desk notes',
      '',
      `## ${heading}`,
      '',
      '- The campus will sit on about 900 acres.',
      line,
    ].join('\n');
  const corpus = () => writtenSources({ 'kelk-live-2026-03-10.md': LIVE });

  it('a wrong capacity under the heading of the campus is refuted', () => {
    const j = figureJudged(corpus(), note('Redstone, Nevada', '- Planned capacity is 3 GW at full build-out.'), '3 GW');
    assert.deepEqual(codes(j), ['figure-mismatch'], messages(j));
  });
  it('the right capacity is clean', () => {
    const j = figureJudged(corpus(), note('Redstone, Nevada', '- Planned capacity is 2 GW at full build-out.'), '2 GW');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it("under another place's heading, the campus's figure refutes nothing", () => {
    const j = figureJudged(
      corpus(),
      note('Juniper Flats, Utah', '- Planned capacity is 3 GW at full build-out.'),
      '3 GW',
    );
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-15 cimarron L7: 2.5 GW against KPHX’s 1.5 GW', () => {
    const j = reportLineJudged('unseen-15', 'cimarron-meseta-desk-notes.md', 7, '2.5 GW');
    assert.deepEqual(codes(j), ['figure-mismatch'], messages(j));
  });
});

// A Spanish j between vowels is said as an h, and its ll there as a y: Korean writes Mejillones 메히요네스. Read as the
// English j, the name met no Hangul spelling, so an article that names the site was taken for one that never does, and a
// Korean line under "## 칠레 메히요네스" was refuted by nothing (unseen-13 L27).
describe('recallU38: a Spanish j between vowels is an h', () => {
  it('Hangul spellings meet the Spanish names', () => {
    assert.ok(soundAlikeNames('ko:메히요네스', 'en:mejillones'));
    assert.ok(soundAlikeNames('ko:바다호스', 'en:badajoz'));
    assert.ok(soundAlikeNames('ko:트루히요', 'en:trujillo'));
  });

  const EIA = [
    '# Environmental impact study: Badajoz data center campus (non-technical summary)',
    '',
    'The project is a data center campus of up to 400 MW on a site of 60 hectares at Badajoz, Extremadura.',
    '',
    'Cooling will use treated wastewater at a rate of up to 12,000 m³ per day at full build.',
  ].join('\n');
  const review = (line: string) =>
    ['# 해외 캠퍼스 점검', '', '## 스페인 바다호스', '', '바다호스 캠퍼스는 60㏊ 부지에 400MW 규모다.', '', line].join(
      '\n',
    );
  const corpus = () => writtenSources({ 'badajoz-eia-2026-05-04.md': EIA });

  it('a wrong amount under the heading of the Spanish site is refuted', () => {
    const j = figureJudged(corpus(), review('냉각에는 처리수를 하루 최대 1만5000㎥ 쓴다.'), '1만5000㎥');
    assert.deepEqual(codes(j), ['figure-mismatch'], messages(j));
  });
  it('the right amount is clean', () => {
    const j = figureJudged(corpus(), review('냉각에는 처리수를 하루 최대 1만2000㎥ 쓴다.'), '1만2000㎥');
    assert.deepEqual(loud(j), [], messages(j));
  });
  it('unseen-13 L27: 45만㎥ against the EIA summary’s 45,000 m³', () => {
    const j = reportLineJudged('unseen-13', 'overseas-campuses-review-ko.md', 27, '45만㎥');
    assert.deepEqual(codes(j), ['figure-mismatch'], messages(j));
  });
});
