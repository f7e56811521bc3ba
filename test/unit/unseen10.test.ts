// Figures the fifth blind set (test/fixtures/unseen-10, written by someone who had not read the engine) wrote in forms
// the engine did not read (issue 10). Each rule has sentences of its own here, written as the outlets write them; the
// set's reports are checked at the end.
import { strict as assert } from 'assert';
import * as path from 'path';
import { extractFigures } from '../../server/src/extract/figures';
import { areaMeasure } from '../../server/src/judge/figureFacts';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';

const figs = (t: string, lang: 'en' | 'ko') =>
  extractFigures(t, lang).figures.map((f) => [f.text, f.kind, f.unit, f.value]);

describe('unseen-10: the hectare written as a symbol', () => {
  it('50ha, 50 ha, 50㏊ in either language are hectares (land), not a bare number', () => {
    assert.deepEqual(figs('부지는 50ha로, 두 번째 데이터센터를 지을 여유가 있다.', 'ko'), [
      ['50ha', 'area', 'm2', '500000'],
    ]);
    assert.deepEqual(figs('시는 산업단지 120㏊를 내놓았다.', 'ko'), [['120㏊', 'area', 'm2', '1200000']]);
    assert.deepEqual(figs('The 64 ha plot sits next to the substation.', 'en'), [['64 ha', 'area', 'm2', '640000']]);
    const f = extractFigures('a 64ha plot', 'en').figures[0];
    assert.equal(areaMeasure({ ...f, subject: { weightOf: () => undefined } } as never, 1), 'land-area');
  });
  it('not "ha" inside a word, nor a word after a number that only starts with ha', () => {
    const area = (t: string) => figs(t, 'en').filter((f) => f[1] === 'area');
    assert.deepEqual(area('About 40 hands were hired at the site.'), []);
    assert.deepEqual(area('The plan has 3 halls and 2 phases.'), []);
  });
});

describe('unseen-10: the reports', () => {
  it('overseas-memo-ko: every planted mistake found, no true line flagged', () => {
    const s = scoreReport(path.join(ROOT, 'test', 'fixtures', 'unseen-10', 'reports', 'overseas-memo-ko.key.json'));
    assert.deepEqual(
      s.lines.filter((l) => !l.pass).map((l) => l.key.text),
      [],
    );
  });
});
