// What session 39 left of a source sentence of thousands of amounts (perf40): a Korean figure whose sentence has a word
// of denial after it read the rest of the sentence for the report it denies ("…했다고 보도했으나, 이는 사실과
// 다릅니다"), once for each figure. Where that report's denial can start and where the sentence ends are found once a
// text now, with the same answer for every figure.
import { strict as assert } from 'assert';
import { alternation } from '../../server/src/text/text';
import { koWords } from '../../server/src/domain/language';
import { entryDenied, reportDeniedFrom } from '../../server/src/judge/figureFacts';
import { entriesOf, indexOf } from '../../server/src/judge/figureIndex';
import { tempDirs } from './cacheFixtures';
import { loadsWithin, WATCHDOG_MS } from './loadsWithin';
import { writtenSources } from './judged';

const { tmp, cleanup } = tempDirs();
after(cleanup);

/** The reading it replaces (figureFacts.ts at 8627652f): from the figure's end, the rest of its sentence, each time. */
const KO_REPORT_DENIED_BEFORE = new RegExp(
  `^(?:[^.!?]|\\.(?=\\d))*?(?:고|다는)\\s*(?:${alternation(koWords.denied.what)})(?:하였|했|되었|됐|졌|진)?(?:으나|지만|는데)\\s*,?\\s*(?:이는|이것은|이\\s*내용은|해당\\s*(?:보도|내용)은)?\\s*(?:${alternation(koWords.denied.untrue)})`,
);

describe("perf40: a Korean figure's report denied after it, read once a sentence", function () {
  this.timeout(120_000);

  it('denies the figures of the report a correction says is untrue, and not those of the sentence after it', () => {
    // (written as a company's correction notice writes it: the report's figures, then the denial; then its own)
    const text =
      '최근 일부 언론에서 당사가 1,200MWh 전량을 약 3,400억 원에 수주했다고 보도하였으나, 이는 사실과 다릅니다. 당사의 수주 물량은 800MWh입니다.';
    const c = writtenSources({
      'hanbit-notice-2026-11-02-ko.md': `# 수주 보도 관련 해명\n\n*한빛전지 · 2026년 11월 2일*\n\n${text}\n`,
    });
    const idx = indexOf(c);
    const denied = c.sources.flatMap((src) =>
      entriesOf(idx, src)
        .sort((a, b) => a.fi - b.fi)
        .map((e) => `${e.fig.text}: ${entryDenied(e)}`),
    );
    assert.deepEqual(
      denied.filter((l) => /MWh|원/.test(l)),
      ['1,200MWh: true', '3,400억 원: true', '800MWh: false'],
    );
  });

  it('reads every place of written Korean sentences as the whole-rest reading did, in any order asked', () => {
    // (pieces as Korean releases and corrections write them: amounts, decimals, a report's verb and its denial, ends of
    // sentences, a question; put together in many orders, and asked from every place forward, backward and at random)
    const pieces = [
      '1,200MWh',
      ' 약 3,400억 원',
      '에 1.5GW를 ',
      ' 배정했다고 보도했으나, 이는 사실이 아님',
      '다는 관측이 있었지만 사실무근',
      '고 알려졌는데, 해당 보도는 사실과 다릅니다',
      '했다고 보도하였으나,\n이는 사실과 다릅니다',
      '. ',
      '? ',
      '! ',
      '.',
      ' 2.5%',
      ' 부인했다',
      '라고 전해졌으나 사실과 다른',
      ' 그러나',
    ];
    let seed = 40;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let yes = 0,
      asked = 0;
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let j = 0, n = 2 + rand(12); j < n; j++) text += pieces[rand(pieces.length)];
      const places = Array.from({ length: text.length + 1 }, (_, i) => i);
      const random = places.map(() => rand(text.length + 1));
      for (const at of [...places, ...[...places].reverse(), ...random]) {
        const before = KO_REPORT_DENIED_BEFORE.test(text.slice(at));
        assert.equal(reportDeniedFrom(text, at), before, `${JSON.stringify(text)} from ${at}`);
        asked++;
        if (before) yes++;
      }
    }
    assert.ok(yes > 1000 && asked - yes > 1000, `${yes} of ${asked}`);
  });
});

describe('perf40: a Korean sentence of thousands of amounts with a denial after them loads in linear time (a watchdog)', function () {
  this.timeout(WATCHDOG_MS + 30_000);

  it("20,000 amounts a report gave, then '…고 보도했으나, 이는 사실과 다릅니다', into a new cache", async () => {
    const amounts = Array.from({ length: 20_000 }, (_, k) => `${(k % 9) + 1}천억 원`).join(', ');
    const r = await loadsWithin(
      `# 사업비 보도 관련\n\n일부 언론은 사업비가 ${amounts}이라고 보도했으나, 이는 사실과 다릅니다.\n`,
      WATCHDOG_MS,
      tmp,
    );
    assert.ok(r.ok, r.detail);
  });
});
