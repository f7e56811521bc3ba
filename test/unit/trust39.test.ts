// Wrong results found in session 39 on the sets promoted from held-out (unseen-56, unseen-57) and left over from
// session 38. Each case failed before its change.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkReport } from '../../server/src/judge/check';
import { main } from '../../server/src/cli/main';
import { messages, writtenSources } from './judged';

// A planning appeal decision as the reporter's office publishes it in text: numbered paragraphs, each hard-wrapped
// under a hanging indent. A quotation that runs over the wrap was shown with the line break and the indentation in the
// misquote message, and the quick fix wrote them into the report's sentence.
const DECISION = `Planning and Environmental Appeals Division

Appeal Decision Notice

Decision by Fiona Strachan, a Reporter appointed by the Scottish Ministers

Planning appeal reference: PPA-240-2219
Site address: Former Bo'ness Road depot, Grangemouth
Date of decision: 14 September 2026

Decision

I allow the appeal and grant planning permission subject to the 31 conditions listed at the end of this notice.

Reasoning

12. At the hearing session on 2 September the appellant's director, Callum Reid, told me: "This campus was
    always going to be built somewhere in the Central Belt, and the only question was whether Grangemouth
    would be the place that said yes." I give that view little weight either way.
`;
const SAID =
  'This campus was always going to be built somewhere in the Central Belt, and the only question was whether Grangemouth would be the place that said yes.';

describe("trust39: a source's hard wrap is a space in what the user is shown or given", () => {
  it('a misquote message and its quick fix give the wrapped quotation on one line', () => {
    const corpus = writtenSources({ 'dpea-ppa-240-2219-decision.txt': DECISION });
    const r = checkReport(
      corpus,
      '# Grangemouth appeal\n\nAt the hearing Callum Reid said: "This campus was always going to be built somewhere in the Central Belt, and the only question was whether Grangemouth would be the town that said yes."\n',
    );
    const f = r.findings.find((x) => x.code === 'quote-mismatch');
    assert.ok(f, messages(r));
    assert.ok(!/\n/.test(f.message), f.message);
    assert.ok(f.message.includes(`“${SAID}”`), f.message);
    assert.deepEqual(
      f.fixes?.map((x) => x.newText),
      [SAID],
    );
  });
  it('`index` lists the wrapped quotation on one line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-t39-'));
    try {
      fs.writeFileSync(path.join(dir, 'dpea-ppa-240-2219-decision.txt'), DECISION);
      const out: string[] = [];
      const code = main(
        ['index', '--sources', dir, '--no-default-sources', '--no-cache', '--quiet'],
        (s) => out.push(s),
        () => {},
      );
      assert.equal(code, 0);
      const listed = out
        .join('\n')
        .split('\n')
        .filter((l) => l.includes('“This campus'));
      assert.equal(listed.length, 1, out.join('\n'));
      assert.ok(listed[0].includes('“This campus was always going to be built somewhere in the C…”'), listed[0]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
