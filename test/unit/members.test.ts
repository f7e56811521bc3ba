// A total that counts the claim's place among its members, given in the report as that place's own amount (issue 10:
// unseen-10's "소프트뱅크가 도마코마이 캠퍼스에 투입하는 금액은 총 3조 엔이다", where the article's 3조 엔 is Japan-wide
// "도마코마이를 포함해"). The articles of test/fixtures/unseen-members/ (a wire, a Korean regional daily) were written
// first, the lines after.
import { strict as assert } from 'assert';
import * as path from 'path';
import { scoreReport } from '../../scripts/eval';
import { ROOT } from './reports';
import { figureJudged, loadSources } from './judged';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-members');
const corpus = loadSources(path.join(DIR, 'sources'));
const judged = (heading: string, line: string, fig: string) => figureJudged(corpus, `## ${heading}\n\n${line}\n`, fig);

describe("members of a total: the total is not the member's own amount", () => {
  it("the company-wide total given as one campus's: a mismatch, fixed to that campus's amount", () => {
    const j = judged('India', 'Vantara Digital is spending $9 billion on its Jamnagar campus.', '$9 billion');
    assert.equal(j.status, 'conflicting');
    assert.equal(j.findings[0]?.code, 'figure-mismatch');
    assert.match(j.findings[0].fixes[0]?.newText ?? '', /3\.6 billion/);
  });
  it("the campus's own amount, and the total as the total, are supported", () => {
    assert.equal(
      judged('India', 'Vantara Digital will put about $3.6 billion into its Jamnagar campus.', '$3.6 billion').status,
      'supported',
    );
    assert.equal(
      judged(
        'India',
        'Vantara Digital will spend $9 billion on three campuses in India, including Jamnagar.',
        '$9 billion',
      ).status,
      'supported',
    );
  });
  it('a Korean headline\'s bare 포함 and the word before the member ("여수 국가산단을 포함해") name the member: no ✓', () => {
    const j = judged('여수', '남해그린에너지가 여수 데이터센터에 투자하는 금액은 총 2조4000억 원이다.', '2조4000억 원');
    assert.notEqual(j.status, 'supported');
    assert.equal(judged('여수', '여수 데이터센터에는 약 7000억 원이 들어간다.', '7000억 원').status, 'supported');
  });
  it("unseen-10: the Japan-wide total given as Tomakomai's is found", () => {
    const s = scoreReport(
      path.join(ROOT, 'test', 'fixtures', 'unseen-10', 'reports', 'stargate-korea-japan-ko.key.json'),
    );
    const line = s.lines.find((l) => l.key.text.includes('도마코마이 캠퍼스에 투입'))!;
    assert.ok(line, 'the line is in the key');
    assert.ok(line.pass, JSON.stringify(line.got));
    assert.deepEqual(
      s.lines.filter((l) => !l.pass && (l.key.expect === 'ok' || l.got.length)).map((l) => l.key.text),
      [],
    );
  });
});
