import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { nameKey } from '../../server/src/extract/people';
import { peopleOf, sameResolved } from '../../server/src/judge/people';

// The people the corpus quotes, with the organisations their speaker phrases name: two articles quoting the same
// executive (the phrase parsed once for both), and one quoting a lawmaker with no company.
describe('people index', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgx-people-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const article = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
  article('oracle-1.md', [
    '# Oracle says Abilene is on schedule',
    '',
    '"We are ahead of where we expected to be in Abilene," said Clay Magouyrk, co-CEO of Oracle.',
  ]);
  article('oracle-2.md', [
    '# Oracle books more cloud capacity',
    '',
    '"Demand keeps running ahead of supply," said Clay Magouyrk, co-CEO of Oracle.',
  ]);
  article('hynix.md', [
    '# SK Hynix to supply memory for Stargate',
    '',
    '"We will supply as much high-bandwidth memory as the project needs," said Kwak Noh-jung, chief executive of SK Hynix.',
  ]);
  article('senate.md', [
    '# Senator questions power deals',
    '',
    '"Ratepayers should not foot the bill for data centers," Senator Maria Cantwell said in a statement.',
  ]);
  const corpus = Corpus.load({ folders: [dir], useBundled: false });
  const people = peopleOf(corpus);

  it('keeps a person with the files that quote them and the organisation their phrase names', () => {
    const p = people.byKey.get(nameKey('Clay Magouyrk'));
    assert.ok(p, [...people.byKey.keys()].join(', '));
    assert.equal(p.files.size, 2);
    assert.ok(p.orgs.has('oracle'), [...p.orgs].join(', '));
    assert.ok(people.bySurname.get(nameKey('Magouyrk'))?.has(p));
  });

  it('knows a lexicon organisation by its id, not only by the name the phrase writes', () => {
    const p = people.byKey.get(nameKey('Kwak Noh-jung'));
    assert.ok(p, [...people.byKey.keys()].join(', '));
    assert.ok(p.orgs.has('sk-hynix'), [...p.orgs].join(', '));
    assert.equal(sameResolved(people, 'sk-hynix', 'person:Kwak Noh-jung'), true);
  });

  it('resolves an organisation to the person speaking for it, and no other', () => {
    assert.equal(sameResolved(people, 'oracle', `person:Clay Magouyrk`), true);
    assert.equal(sameResolved(people, 'oracle', `person:Maria Cantwell`), false);
  });
});
