// A report that gives an officer's words to the company (`Oracle says it has secured power for "…"`) when the
// source names the officer by title alone (`Co-CEO Victor Anand`, no company beside it): nothing tells the company
// from another, so the quotation is not confirmed (no finding), never misattributed. A person the sources place in
// another company is still told apart. The article was written first, as a trade outlet writes a call; the rule after.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';

const CALL_EN = `Nvidia says Blackwell is sold out as Stargate orders pile up

By Hana Weiss, Chip Street Journal

SANTA CLARA, Calif., Feb. 25, 2026 — Nvidia reported another record quarter on Wednesday, with data center revenue up again on orders from the Stargate sites and other large builds.

Chief financial officer Renata Kohl told analysts that supply remained the limit. Kohl said Nvidia had "sold out of Blackwell through the middle of the year."

SoftBank chief financial officer Yuki Tanabe, speaking at a separate event in Tokyo, said the group's Stargate spending was on plan. "We are paying for chips that will earn for a decade," Tanabe said.
`;

describe('a company for its officer', () => {
  let dir: string;
  let corpus: Corpus;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-officer-'));
    fs.writeFileSync(path.join(dir, 'chipstreet-nvidia-call.txt'), CALL_EN);
    corpus = Corpus.load({ folders: [dir], useBundled: false, workers: 0 });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an officer no source places in a company: the company is not confirmed, not misattributed', () => {
    const r = checkReport(corpus, 'Nvidia says it has "sold out of Blackwell through the middle of the year."\n');
    const q = r.claims.find((c) => c.type === 'quote');
    assert.equal(q?.status, 'unknown', JSON.stringify(r.findings.map((f) => f.message)));
    assert.deepEqual(
      r.findings.map((f) => f.code),
      [],
    );
  });

  it('a person the sources place in another company is still told apart', () => {
    const r = checkReport(corpus, 'Nvidia said: "We are paying for chips that will earn for a decade."\n');
    assert.deepEqual(
      r.findings.map((f) => f.code),
      ['quote-misattributed'],
    );
  });
});
