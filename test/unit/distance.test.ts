// Distances are figures (domain/en.json, ko.json: km, kilometres, miles, 킬로미터, ㎞ as length in metres): a power
// line's or a cable's length was no figure at all, so unseen-15's wrong "84 km" transmission line was read as nothing.
// The articles in test/fixtures/unseen-distance18/ were written first, as a wire and a Korean daily write them.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { extractFigures } from '../../server/src/extract/figures';

const corpus = Corpus.load({
  folders: [path.join(__dirname, '..', 'fixtures', 'unseen-distance18', 'sources')],
  useBundled: false,
  workers: 0,
});
const REPORT = [
  '# Lines',
  '',
  '- The new transmission line will run 72 miles along a highway corridor.',
  '- The new transmission line will run 85 miles along a highway corridor.',
  '- 케이블은 해저 구간 41km와 육상 구간 22km를 합쳐 총 68km 길이다.',
  '- The Sinan cable is 63 kilometres long, 41 km of it under the sea.',
  '- 신안 해상풍력 단지는 해안에서 약 30km 떨어진 곳에 있다.',
  '',
].join('\n');
const r = checkReport(corpus, REPORT);
const claim = (line: number, text: string) => {
  const c = r.claims.find((x) => x.type === 'figure' && x.range.start.line === line && x.text === text);
  assert.ok(c, `no ${text} on line ${line}: ${r.claims.map((x) => x.text).join(', ')}`);
  return { status: c.status, codes: r.findings.filter((f) => f.claim === c).map((f) => f.code) };
};

describe('distances are figures', () => {
  it('reads km, kilometres, miles, 킬로미터, km after Hangul and ㎞ as lengths in metres; km² stays an area', () => {
    const en = extractFigures('It is 84 km long, or 52 miles; the site covers 5 km².', 'en').figures;
    assert.deepEqual(
      en.map((f) => [f.text, f.kind, f.unit]),
      [
        ['84 km', 'length', 'm'],
        ['52 miles', 'length', 'm'],
        ['5 km²', 'area', 'm2'],
      ],
    );
    const ko = extractFigures('송전선이 48킬로미터이고 케이블은 총 63km, 육상 26㎞다.', 'ko').figures;
    assert.deepEqual(
      ko.map((f) => [f.kind, f.unit, f.value]),
      [
        ['length', 'm', '48000'],
        ['length', 'm', '63000'],
        ['length', 'm', '26000'],
      ],
    );
  });
  it('a true length is supported, in the source language and across languages', () => {
    assert.equal(claim(2, '72 miles').status, 'supported');
    assert.equal(claim(5, '63 kilometres').status, 'supported');
  });
  it('a wrong length is a figure-mismatch (85 against 72 miles; 68km against 63km)', () => {
    assert.deepEqual(claim(3, '85 miles').codes, ['figure-mismatch']);
    assert.deepEqual(claim(4, '68km').codes, ['figure-mismatch']);
  });
});

describe('a distance between places is not the length of a thing', () => {
  it('"30 km off the coast" and "해안에서 약 30km 떨어진" are distances (unit m away); a line\'s 48 km is a length', () => {
    assert.equal(extractFigures('about 30 km off the coast', 'en').figures[0].unit, 'm away');
    assert.equal(extractFigures('40 miles north of Dallas', 'en').figures[0].unit, 'm away');
    assert.equal(extractFigures('해안에서 약 30km 떨어진 곳', 'ko').figures[0].unit, 'm away');
    assert.equal(extractFigures('a 48 km line', 'en').figures[0].unit, 'm');
  });
  it("the wind farm's distance from the coast is not refuted by the cable's length", () => {
    assert.deepEqual(
      claim(6, '30km').codes.filter((c) => c === 'figure-mismatch'),
      [],
    );
  });
});
