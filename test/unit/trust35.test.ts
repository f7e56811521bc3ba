// Wrong verdicts found in session 35 on the sets promoted from held-out (unseen-48, unseen-49). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import * as path from 'path';
import { saidOn } from '../../server/src/judge/figureFacts';
import { figureJudged, loadSources, loud, writtenSources } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
/** A tuning set's sources as a corpus. */
const set = (name: string) => loadSources(path.join(fixtures, name, 'sources'));

/**
 * An ASX company announcement's text as copied from the exchange's PDF, a paragraph a line (its date, 10 March, only in the file's name and
 * the platform's listing): the day the company told the market; the agreement it reports was entered into the day
 * before.
 */
const ASX_ANNOUNCEMENT = [
  'ASX ANNOUNCEMENT',
  '',
  'Coralline Renewables Limited (ASX: CRL) ("Coralline", "the Company" or "the Group")',
  '',
  'Execution of offtake agreement for the Stargate Gladstone campus',
  '',
  'Shareholders are advised that Coralline Curtis Island Pty Ltd ("the Project Company"), a company in which the Group holds 60%, has on 9 March 2026 entered into a power purchase agreement for the output of a 320 MW wind farm and a 640 MWh battery near Gladstone, Queensland. The project will supply the Stargate Gladstone campus for 20 years.',
  '',
  'The agreement remains subject to the approval of the Foreign Investment Review Board.',
  '',
  'Authorised for release by the Board of Coralline Renewables Limited.',
].join('\n');

/** A trade weekly's story a week later that says when the company told its shareholders. */
const TRADE_WEEKLY = [
  '# Coralline lands its Stargate contract',
  '',
  '*Power & Grid Australia, 17 March 2026*',
  '',
  'Coralline Renewables told shareholders on 10 March that its Curtis Island wind farm, 320 MW with a 640 MWh battery,',
  'would supply the Stargate Gladstone campus for 20 years.',
].join('\n');

// unseen-48's small-cap newsletter draft: "Tswelelo Power Holdings (JSE: TWP) told the market on 22 April that its
// project company would build …" — the SENS announcement of 22 April says the company "has on 21 April 2026 entered
// into" the agreements. "told the market" was not read as the day something was said (only "told" before a name or
// "reporters" was), and a day something was said was refuted by any source date of no event the lexicon knows: a ✗
// on a true line offering "21 April 2026".
describe('trust35: the day a company told the market is no day of the agreement it reports', () => {
  it('saidOn: "told the market on 22 April", "told investors in January", "told a parliamentary committee on"', () => {
    const on = (text: string, date: string) => {
      const at = text.indexOf(date);
      return saidOn(text, at, at + date.length, 'en');
    };
    assert.ok(on('The company told the market on 22 April that it would build a 500 MW plant.', '22 April'));
    assert.ok(on('The company had told investors in January that it expected to finish in 2027.', 'January'));
    assert.ok(on('The minister told a parliamentary committee on 4 June that the line was late.', '4 June'));
    // (a date after the words told: the day of what was told)
    assert.ok(!on('The company told investors the plant would open on 1 May.', '1 May'));
    assert.ok(!on('The board approved the plan on 22 April.', '22 April'));
  });
  it("unseen-48's true line: the SENS's 21 April 2026 (the agreements' day) does not refute '22 April'", () => {
    const j = figureJudged(
      set('unseen-48'),
      '# Draft\n\nTswelelo Power Holdings (JSE: TWP) told the market on 22 April that its project company would build a 500 MW solar plant and a 1,200 MWh battery system for the Stargate Palapye campus.\n',
      '22 April',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
  it("an ASX announcement: 'told the market on 10 March' is not refuted by 'has on 9 March 2026 entered into'", () => {
    const c = writtenSources({ 'crl-asx-2026-03-10.txt': ASX_ANNOUNCEMENT });
    const j = figureJudged(
      c,
      '# Gladstone\n\nCoralline Renewables (ASX: CRL) told the market on 10 March that its project company would build a 320 MW wind farm and a 640 MWh battery for the Stargate Gladstone campus.\n',
      '10 March',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
  it('…while a source that gives the day it told them still refutes a wrong day', () => {
    const c = writtenSources({ 'crl-asx-2026-03-10.txt': ASX_ANNOUNCEMENT, 'pga-coralline.md': TRADE_WEEKLY });
    const j = figureJudged(
      c,
      '# Gladstone\n\nCoralline Renewables told shareholders on 12 March that Curtis Island would supply the Stargate Gladstone campus.\n',
      '12 March',
    );
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /10 March/);
  });
});
