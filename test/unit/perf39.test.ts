// Two costs of session 38, each where its cause lives (perf39). (1) The level a source figure was revised to, read for
// every agreeing candidate of a line that gives its level as today's (a report table's undated cell is one), was read
// from the source's text at check time: a corpus read from its snapshot decoded the candidates' bodies for it. It is a
// stored fact of the figure now, worked out when the snapshot is written. (2) A source sentence of thousands of amounts
// (a table flattened to one line) took a cold load time growing with the square of its amounts or worse: facts of
// each figure read the whole sentence (its bracketed items, site words, plans, members, denials, sums; an English
// list's items from a walk over every other figure for each one). Those are read once a sentence or a clause now.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { IndexCache } from '../../server/src/corpus/cache';
import { checkReport } from '../../server/src/judge/check';
import { entriesOf, indexOf } from '../../server/src/judge/figureIndex';
import { entryInstead, entryLater, entryRevised } from '../../server/src/judge/figureFacts';
import { tempDirs } from './cacheFixtures';
import { loadsWithin, WATCHDOG_MS } from './loadsWithin';
import { messages } from './judged';

const { tmp, cleanup } = tempDirs();
after(cleanup);

// Written as the outlets write them: a trade paper's revision in the next sentence, a Korean disclosure's two levels
// in two sentences, a filing's replaced date, a revision in a later clause of the same sentence.
const ARTICLES: Record<string, string> = {
  'grid-ledger-2026-09-14-juniata-cost-en.md': `# Juniata Ridge campus cost climbs in lender update

*Grid Ledger · September 14, 2026 · By Dana Whitcombe*

When the developers filed with the Pennsylvania PUC in February, the total cost of the 1.5 GW Juniata Ridge campus was $31 billion. The lender presentation seen by Grid Ledger now puts it at $34.5 billion, an increase of a little over 11%.

The first 300 MW hall was scheduled for the first quarter of 2028; in October 2026 the partners postponed it to the third quarter of 2028.
`,
  'daon-gongsi-2026-10-24-ko.md': `# 다온에너지, 유럽 데이터센터 총사업비 정정공시

*한빛경제 · 2026년 10월 24일 · 김서연 기자*

다온에너지는 지난 4월 8일 공정공시에서 총사업비를 약 19조 원, 자사 출자 예정액을 2조 6,600억 원으로 밝혔다. 그런데 10월 23일 정정공시에서 총사업비는 21조 원, 출자 예정액은 2조 9,400억 원으로 늘었다.
`,
  'brimrun-filing-2026-06-09-en.md': `# Brimrun interconnection filing amended

*Utility Dive Weekly · June 10, 2026*

The Company's original application stated that Phase 1 would require service in the fourth quarter of 2027. In an amended filing of June 9, 2026, the Company stated that Phase 1 would instead require service in the second quarter of 2028.
`,
};

describe('perf39: the level a source figure was revised to is a stored fact (no body decoded at check time)', function () {
  this.timeout(120_000);

  it('reads it from the snapshot as the eager index works it out, decoding no body', () => {
    const dir = tmp('xref-perf39-src-');
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, name), text);
    const opts = { folders: [dir], useBundled: false, workers: 0 };
    const root = tmp('xref-perf39-cache-');
    Corpus.load({ ...opts, cache: new IndexCache(root) });
    const cache = new IndexCache(root);
    const warm = Corpus.load({ ...opts, cache, sourceCache: 1 });
    assert.equal(cache.snapshot, 'hit');
    const eager = Corpus.load(opts);
    const read = (c: Corpus) => {
      const idx = indexOf(c);
      return c.sources.flatMap((src) =>
        entriesOf(idx, src)
          .sort((a, b) => a.fi - b.fi)
          .map((e) => `${src.key}#${e.fi}: ${entryLater(e)} ${entryInstead(e)} ${entryRevised(e)}`),
      );
    };
    const bodies = warm.snapshot!.bodies;
    const before = bodies.decoded;
    const stored = read(warm);
    assert.equal(bodies.decoded, before, 'no body decoded for them');
    const worked = read(eager);
    assert.deepEqual(stored, worked);
    // (and they are found: the cost's $34.5 billion and the hall's third quarter; the disclosure's three levels of
    // October, its date among them; the filing's second quarter of 2028, put in place of the fourth of 2027)
    const found = (key: string) => stored.filter((l) => l.startsWith(key) && / \d+ /.test(l)).length;
    assert.equal(found('grid-ledger'), 2, stored.join('\n'));
    assert.equal(found('한빛경제'), 3, stored.join('\n'));
    assert.equal(found('utility-dive'), 1, stored.join('\n'));
  });

  it("judges a table's undated cell against it as before, from the snapshot as from the sources", () => {
    const dir = tmp('xref-perf39-src-');
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, name), text);
    const opts = { folders: [dir], useBundled: false, workers: 0 };
    const root = tmp('xref-perf39-cache-');
    Corpus.load({ ...opts, cache: new IndexCache(root) });
    const warm = Corpus.load({ ...opts, cache: new IndexCache(root), sourceCache: 1 });
    const eager = Corpus.load(opts);
    const report =
      '# Juniata Ridge fact sheet\n\n| Item | Figure |\n| --- | --- |\n| Total cost of the Juniata Ridge campus | $31 billion |\n';
    const a = checkReport(warm, report, { cache: false }),
      b = checkReport(eager, report, { cache: false });
    assert.equal(JSON.stringify(a.findings), JSON.stringify(b.findings));
    assert.match(messages(a), /34\.5 billion/);
  });
});

describe('perf39: a source sentence of thousands of amounts loads in time linear in them (a watchdog, no timing)', function () {
  this.timeout(WATCHDOG_MS + 30_000);

  it("a Korean sentence of 20,000 amounts ('5천억 원, 4천억 원, …'), into a new cache", async () => {
    const amounts = Array.from({ length: 20_000 }, (_, k) => `${(k % 9) + 1}천억 원`).join(', ');
    const r = await loadsWithin(`# 사업비 표\n\n사업비는 ${amounts}이다.\n`, WATCHDOG_MS, tmp);
    assert.ok(r.ok, r.detail);
  });

  it('an English list of 5,000 amounts given as then, revised in a later clause, into a new cache', async () => {
    // (each amount's list item was named from a walk over every other amount of the list, once for each of them)
    const amounts = Array.from({ length: 5_000 }, (_, k) => `$${(k % 9) + 1} billion`).join(', ');
    const r = await loadsWithin(
      `# Costs\n\nThe cost was first put at ${amounts}; but the partners raised the estimate to $12 billion.\n`,
      WATCHDOG_MS,
      tmp,
    );
    assert.ok(r.ok, r.detail);
  });
});
