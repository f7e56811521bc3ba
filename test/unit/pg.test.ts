// The shared corpus in PostgreSQL (issue 13) against the corpus in memory: the same sources indexed into a
// throwaway cluster must give the same claims and findings, byte for byte, on the examples and every fixture
// report, on the seeds with the fixture folders and on a generated corpus large enough for common postings; an
// updated article replaces the old one; a database that goes away is one sentence and exit status 2.
// Skips with a reason when PostgreSQL is not installed; with XREF_REQUIRE_ALL_TIERS=1 it fails instead.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as net from 'net';
import * as path from 'path';
import { Client } from 'pg';
import { Corpus } from '../../server/src/corpus/corpus';
import {
  gridOf,
  intArray,
  redactUrl,
  SharedCorpus,
  SharedCorpusError,
  urlHasPassword,
} from '../../server/src/corpus/pg';
import { checkReport, type CheckOptions } from '../../server/src/judge/check';
import { learnWordPairs } from '../../server/src/judge/wordPairs';
import type { Source } from '../../server/src/types';
import { main, mainAsync } from '../../server/src/cli/main';
import { corpusDir, reportText, ROOT } from '../../bench/generate';
import { postgresMissing, removeCluster, startCluster, type Cluster } from './pgCluster';
import { PassThrough } from 'stream';
import { pathToFileURL } from 'url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Hover, MarkupContent, PublishDiagnosticsParams, ShowMessageParams } from 'vscode-languageserver-protocol';
import { createServer } from '../../server/src/lsp/server';

const REPORTS = [
  ...['examples'].flatMap((d) =>
    fs
      .readdirSync(path.join(ROOT, d))
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(ROOT, d, f)),
  ),
  ...['test/fixtures/reports', 'test/fixtures/newcomer'].flatMap((d) =>
    fs
      .readdirSync(path.join(ROOT, d))
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(ROOT, d, f)),
  ),
];
/**
 * One line each, so that what the store must fetch for it comes from one path alone: a quotation in words no
 * source of its language has (the speaker's words in the other language are shown), a misquotation (found by its
 * words), a date the papers are
 * dated, a citation key no source has (the keys suggested), an amount in won that only a stated conversion
 * links to the dollar figures.
 */
const TARGETED = [
  {
    name: 'translated quotation',
    text: 'Trump told reporters: "We will build the factories of the future right here, and fast."\n',
  },
  { name: 'misquotation', text: 'Altman said: "This would not have been possible without President Trump."\n' },
  { name: 'dateline', text: 'Korean papers reported the announcement on January 22, 2025.\n' },
  { name: 'unknown key', text: 'The plan was first reported by a Korean daily [@edaily-2025-01-21].\n' },
  {
    name: 'conversion',
    text: 'Stargate will invest up to 718 trillion won in AI infrastructure in the United States.\n',
  },
];
/** What the targeted lines get, so each tests the path it is meant for. */
const EXPECT: Record<string, RegExp> = {
  misquotation: /Misquote: /,
  'unknown key': /Did you mean @edaily-2025-01-22/,
  'translated quotation': /a source in another language/,
};
const FIXTURE_FOLDERS = ['exchange', 'mini', 'newcomer'].map((d) => path.join(ROOT, 'test', 'fixtures', d));

/** The language server in this process on an in-memory connection, with a client that records what it publishes. */
function inProcessServer(options: Parameters<typeof createServer>[1]) {
  const toServer = new PassThrough(),
    toClient = new PassThrough();
  const conn = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(toServer),
    new StreamMessageWriter(toClient),
  );
  const server = createServer(conn, options);
  server.listen();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [],
    shown: ShowMessageParams[] = [];
  let wake = () => undefined as void;
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    wake();
  });
  client.onNotification('window/showMessage', (p: ShowMessageParams) => {
    shown.push(p);
    wake();
  });
  client.listen();
  /** Waits for a state (woken by each notification, polled every 200 ms), up to `ms`. */
  const until = async (ok: () => boolean, ms = 60_000) => {
    const end = Date.now() + ms;
    while (!ok()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise<void>((r) => {
        const t = setTimeout(r, 200);
        wake = () => {
          clearTimeout(t);
          r();
        };
      });
    }
  };
  /** Initializes with the shared corpus setting as a client sends it, opens the report, waits for its diagnostics. */
  const openWithCorpus = async (url: string, uri: string, text: string) => {
    await client.sendRequest('initialize', {
      processId: null,
      rootUri: null,
      locale: 'en',
      capabilities: {},
      initializationOptions: { settings: { corpus: url } },
    });
    await client.sendNotification('initialized', {});
    void client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    await until(() => published.some((p) => p.uri === uri && p.version === 1));
  };
  return { conn, server, client, published, shown, until, openWithCorpus };
}

describe('shared corpus in PostgreSQL', function () {
  this.timeout(300_000);
  let cluster: Cluster | undefined;
  const saved = process.env.PGPASSWORD;
  let dbs = 0;

  before(async function () {
    const missing = postgresMissing();
    if (missing) {
      if (process.env.XREF_REQUIRE_ALL_TIERS === '1')
        throw new Error(`${missing} (XREF_REQUIRE_ALL_TIERS=1): run .ci/install-tools`);
      console.log(`      skipped: ${missing}`);
      this.skip();
    }
    cluster = await startCluster();
    // The password from the environment, as a team's checkers would have it (the URLs carry none).
    process.env.PGPASSWORD = 'secret';
  });
  after(() => {
    if (cluster) removeCluster(cluster);
    if (saved === undefined) delete process.env.PGPASSWORD;
    else process.env.PGPASSWORD = saved;
  });

  /** A fresh database with the bundled seeds ingested by the CLI (`index --into`). */
  const seededDb = () => ingested([]);

  /** A fresh database into which the CLI ingested what `args` name (`index --into URL …args`): its URL. */
  async function ingested(args: string[]): Promise<string> {
    const url = await freshDb();
    assert.equal(
      await mainAsync(
        ['index', '--into', url, ...args],
        () => undefined,
        (s) => assert.fail(s),
      ),
      0,
    );
    return url;
  }

  /** A new empty database in the cluster: its URL. */
  async function freshDb(): Promise<string> {
    const name = `xref_${++dbs}`;
    const c = new Client({ connectionString: cluster!.url });
    await c.connect();
    try {
      await c.query(`CREATE DATABASE ${name}`);
    } finally {
      await c.end();
    }
    return cluster!.url.replace(/\/postgres$/, `/${name}`);
  }

  /** Every report checked against the corpus in memory and against the store: the same result, as JSON. */
  async function assertSame(
    memory: Corpus,
    db: SharedCorpus,
    reports: { name: string; text: string; self?: string }[],
    expect = false,
    exact = true,
  ): Promise<{ common: number; loaded: number[] }> {
    let common = 0;
    const loaded: number[] = [];
    for (const r of reports) {
      const options: CheckOptions = { self: r.self };
      const part = await db.corpusFor(r.text, options);
      for (const s of part.partOf!.common.values()) common += s.size;
      loaded.push(part.sources.length);
      const want = checkReport(memory, r.text, options),
        got = checkReport(part, r.text, options);
      assert.ok(!got.errors, `${r.name}: ${JSON.stringify(got.errors)}`);
      assert.ok(want.claims.length > 0, `${r.name} has claims`);
      if (expect && r.name in EXPECT)
        assert.match(
          JSON.stringify(want.findings.map((f) => f.message)),
          EXPECT[r.name],
          `${r.name}: the path it tests is taken`,
        );
      if (exact)
        assert.equal(
          JSON.stringify(got),
          JSON.stringify(want),
          `${r.name}: the shared corpus judges as the corpus in memory`,
        );
      // A check fetches a bounded number of sources per claim (pg.ts NEAR_SOURCES, CLOSEST_SOURCES): where more sources
      // than that state other versions equally close (a generated corpus), a mismatch offers the fixes of the
      // versions fetched, and which of near-tied versions comes first (the one more sources state) is counted
      // among those. The findings (code, place, no fix the whole corpus would not offer) and each claim's status
      // must not differ.
      const verdicts = (x: typeof want) =>
        JSON.stringify({
          findings: x.findings.map((f) => [f.code, f.range, f.fixes.length > 0]),
          status: x.claims.map((c) => [c.text, c.status]),
        });
      assert.equal(verdicts(got), verdicts(want), `${r.name}: the shared corpus finds what the corpus in memory finds`);
      want.findings.forEach((f, i) => {
        const offered = new Set(f.fixes.map((k) => k.newText));
        for (const k of got.findings[i].fixes)
          assert.ok(offered.has(k.newText), `${r.name}: ${k.newText} is a fix the whole corpus offers too`);
      });
    }
    return { common, loaded };
  }

  /** The word pairs the store keeps for the whole corpus (pg.ts relearnPairs): each word's, by name, in order. */
  async function storedPairs(url: string): Promise<[string, string[]][]> {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      const out = new Map<string, string[]>();
      for (const r of (await c.query('SELECT a, b FROM xref_word_pairs ORDER BY ord')).rows)
        for (const [x, y] of [
          [r.a, r.b],
          [r.b, r.a],
        ])
          out.set(x, [...(out.get(x) ?? []), y]);
      return [...out].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    } finally {
      await c.end();
    }
  }
  /** learnWordPairs of these sources, as storedPairs gives them. */
  const pairsOf = (sources: readonly Source[], memory: Corpus): [string, string[]][] => {
    const name = (id: number) => memory.engine.subjects.terms.name(id);
    return [...learnWordPairs(sources)]
      .map(([a, bs]): [string, string[]] => [name(a), bs.map(name)])
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  };

  const fixtureReports = () =>
    REPORTS.map((f) => ({ name: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8'), self: f }));

  it('judges the examples and fixture reports as the seeds and fixture folders in memory do', async () => {
    const url = await ingested(FIXTURE_FOLDERS.flatMap((d) => ['--sources', d]));
    const memory = Corpus.load({ folders: FIXTURE_FOLDERS, workers: 0 });
    const db = new SharedCorpus(url);
    try {
      assert.deepEqual(await db.count(), {
        sources: memory.stats().sources,
        figures: memory.stats().figures,
        quotes: memory.stats().quotes,
      });
      // The newcomer reports sit in a source folder: the store holds them and must leave each out of its own check.
      await assertSame(memory, db, [...fixtureReports(), ...TARGETED], true);
    } finally {
      await db.close();
    }
    // The command line gives the same JSON (the source list included) either way.
    for (const report of [
      path.join(ROOT, 'examples', 'report-en.md'),
      path.join(ROOT, 'test', 'fixtures', 'newcomer', 'first-look-ko.md'),
    ]) {
      const a: string[] = [],
        b: string[] = [];
      const code = main(
        ['check', '--format', 'json', ...FIXTURE_FOLDERS.flatMap((d) => ['--sources', d]), report],
        (s) => a.push(s),
        () => undefined,
      );
      assert.equal(
        await mainAsync(
          ['check', '--format', 'json', '--corpus', url, report],
          (s) => b.push(s),
          (s) => assert.fail(s),
        ),
        code,
      );
      assert.equal(b.join('\n'), a.join('\n'));
    }
  });

  it("finds a translated quotation's speaker as the corpus in memory does: the store ranks it against every quotation of the other language", async () => {
    // Reports quoting in one language what sources quote in the other, the speaker's own words and another's.
    for (const set of ['unseen-xquotes', 'unseen-15']) {
      const dir = path.join(ROOT, 'test', 'fixtures', set);
      const sources = path.join(dir, 'sources');
      const url = await ingested(['--no-default-sources', '--sources', sources]);
      const memory = Corpus.load({ folders: [sources], useBundled: false, workers: 0 });
      const db = new SharedCorpus(url);
      try {
        const reports = fs
          .readdirSync(path.join(dir, 'reports'))
          .filter((f) => f.endsWith('.md'))
          .map((f) => ({ name: `${set}/${f}`, text: fs.readFileSync(path.join(dir, 'reports', f), 'utf8') }));
        await assertSame(memory, db, reports);
        // The path is taken: a translated quotation given to another speaker (quote-misattributed), in memory.
        assert.ok(
          reports.some((r) => checkReport(memory, r.text, {}).findings.some((f) => f.code === 'quote-misattributed')),
          `${set}: a report gives a translated quotation to another speaker`,
        );
      } finally {
        await db.close();
      }
    }
  });

  it('judges as the corpus in memory on a generated corpus whose common postings are left out of the search', async () => {
    const dir = corpusDir(400);
    // The seeds among 400 articles made from them, with other numbers, names and dates.
    const url = await ingested(['--sources', dir]);
    const memory = Corpus.load({ folders: [dir], workers: 0 });
    const db = new SharedCorpus(url);
    try {
      const reports = [
        ...fixtureReports(),
        ...TARGETED,
        ...[1, 2, 3].map((seed) => ({ name: `generated ${seed}`, text: reportText(60, 1000 + seed) })),
      ];
      const { common, loaded } = await assertSame(memory, db, reports, false, false);
      // The rule for common postings is the whole corpus's: without it the part loaded would search by them.
      assert.ok(common > 0, 'some claim terms are too common in their bucket to search by');
      assert.ok(
        Math.max(...loaded) < memory.sources.length,
        `sources loaded per report: ${loaded.join(', ')} of ${memory.sources.length}`,
      );
      // One claim, a bounded number of sources (pg.ts NEAR_SOURCES + CLOSEST_SOURCES, and the few an equivalence
      // or a dateline adds), not every source that shares a term with it: on these near-identical articles that
      // was nearly all of them.
      const one = {
        name: 'one claim',
        text: 'Stargate will invest $500 billion in AI infrastructure in the United States.\n',
      };
      const { loaded: oneLoaded } = await assertSame(memory, db, [one], false, false);
      assert.ok(oneLoaded[0] <= 30, `sources loaded for one claim: ${oneLoaded[0]} of ${memory.sources.length}`);
      // Figures are scored once a subject (pg.ts figureSources, xref_subjects), the first sources of each subject
      // taken: the same sources as scoring every figure from its own postings. These near-identical articles state
      // the same subjects and quotations again and again: the store keeps each once.
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        const n = async (sql: string) => Number((await c.query(sql)).rows[0].n);
        const subjects = await n('SELECT count(*) AS n FROM xref_subjects'),
          figures = await n('SELECT count(*) AS n FROM xref_figures WHERE subject IS NOT NULL'),
          forms = await n('SELECT count(*) AS n FROM xref_quote_forms'),
          quotes = await n('SELECT count(*) AS n FROM xref_quotes');
        assert.ok(subjects < figures, `${subjects} subjects of ${figures} figures`);
        assert.ok(forms < quotes, `${forms} forms of ${quotes} quotations`);
      } finally {
        await c.end();
      }
      const fetched = async (d: SharedCorpus, text: string) =>
        (await d.corpusFor(text)).sources.map((s) => s.key).join(' ');
      const everyFigure = new SharedCorpus(url, { perFigure: true });
      // The figures whose values agree are read by value, or subject by subject (pg.ts figureSources, by what each
      // reads): the same sources either way.
      const byValue = new SharedCorpus(url, { lookupCost: 0 }),
        bySubject = new SharedCorpus(url, { lookupCost: Infinity });
      // The best subjects are read as far as a number of them, then those tied with the last on the grid, and more
      // while they hold too few sources: one subject first, the same sources.
      const onePair = new SharedCorpus(url, { pairs: 1, lookupCost: Infinity });
      // A grid step of many subjects is read in corpus order, a set of subjects at once: every step so, the same.
      const inOrder = new SharedCorpus(url, { bigStep: 0, lookupCost: Infinity });
      try {
        let closest = 0,
          agreeing = 0;
        for (const r of [one, ...reports.slice(-3)]) {
          const want = await fetched(everyFigure, r.text);
          closest += everyFigure.lastFetch!.by['figures (closest)'] ?? 0;
          assert.equal(await fetched(db, r.text), want, `${r.name}: the sources of scoring every figure`);
          assert.equal(await fetched(bySubject, r.text), want, `${r.name}: agreeing figures read subject by subject`);
          agreeing += bySubject.lastFetch!.by['figures (agreeing)'] ?? 0;
          assert.equal(await fetched(byValue, r.text), want, `${r.name}: agreeing figures read by value`);
          assert.equal(await fetched(onePair, r.text), want, `${r.name}: one subject read first`);
          assert.equal(await fetched(inOrder, r.text), want, `${r.name}: every grid step read in corpus order`);
        }
        // Not by agreeing values alone: the closest of any value add sources of their own.
        assert.ok(closest > 0, 'the closest sources of any value are fetched');
        assert.ok(agreeing > 0, 'sources whose values agree are fetched');
      } finally {
        await everyFigure.close();
        await byValue.close();
        await bySubject.close();
        await onePair.close();
        await inOrder.close();
      }
      // The part a check fetches judges with the word pairs of the whole corpus, which the store works out again
      // when sources go and come back (here: every third, back last in the corpus order).
      const whole = pairsOf(memory.sources, memory);
      assert.ok(whole.length > 0, 'the generated corpus links some words across languages');
      assert.deepEqual(await storedPairs(url), whole);
      const gone = memory.sources.filter((_, i) => i % 3 === 0),
        kept = memory.sources.filter((_, i) => i % 3 !== 0);
      assert.equal(await db.remove(gone.map((s) => s.file)), gone.length);
      const fewer = pairsOf(kept, memory);
      assert.notDeepEqual(fewer, whole, 'the sources removed change the pairs');
      assert.deepEqual(await storedPairs(url), fewer);
      assert.deepEqual(await db.ingest(gone), { added: gone.length, updated: 0 });
      assert.deepEqual(await storedPairs(url), pairsOf([...kept, ...gone], memory));
    } finally {
      await db.close();
    }
  });

  it('fetches the one source whose value agrees, behind more sources equally close that state other values', async () => {
    // Analysts' estimates of what the venture will spend, one a note, each in a wire report of its own: all equally
    // close to the claim below, all but the last (in corpus order) of values it does not agree with. "Up to $500
    // billion" agrees with $450 billion (a bound stands for values near it, extract/values.ts), so the source that
    // supports the claim is neither among the closest fetched (ties go in corpus order) nor of the claim's own value:
    // only the search by values that could agree (xref_values by reach, then agrees()) finds it.
    const estimates: [string, string, number][] = [
      ['Meridian Capital', 'Harbor Daily', 100],
      ['Calloway Partners', 'Ridgeline Tech Journal', 120],
      ['Bramwell Securities', 'Grid & Compute', 150],
      ['Osprey Advisors', 'The Arctic Business Post', 200],
      ['Fenwick & Hale', 'Harbor Daily', 250],
      ['Tidewater Analytics', 'Ridgeline Tech Journal', 300],
      ['Kestrel Research', 'Grid & Compute', 320],
      ['Ashby Macro', 'The Arctic Business Post', 350],
      ['Larchmont Equity', 'Harbor Daily', 600],
      ['Quill Street Partners', 'Ridgeline Tech Journal', 650],
      ['Vantor Capital', 'Grid & Compute', 700],
      ['Pembrook Insights', 'The Arctic Business Post', 800],
      ['Sable Ridge Research', 'Harbor Daily', 900],
      ['Northgate Research', 'Grid & Compute', 450],
    ];
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-pg-src-'));
    try {
      estimates.forEach(([firm, outlet, billions], i) => {
        const day = String(3 + i).padStart(2, '0');
        fs.writeFileSync(
          path.join(tmp, `note-${String(i + 1).padStart(2, '0')}.md`),
          `---\ntitle: ${firm} puts Stargate's AI spending at $${billions} billion\noutlet: ${outlet}\ndate: 2025-03-${day}\n---\n\n` +
            `Stargate will invest $${billions} billion in AI infrastructure by 2029, analysts at ${firm} estimate in a note to clients published on March ${3 + i}.\n\n` +
            `The firm based its estimate on the venture's announced data center sites and on chip prices.\n`,
        );
      });
      const url = await ingested(['--no-default-sources', '--sources', tmp]);
      const memory = Corpus.load({ folders: [tmp], workers: 0, useBundled: false });
      const db = new SharedCorpus(url);
      try {
        const claim = {
          name: 'bound',
          text: 'Stargate will invest up to $500 billion in AI infrastructure by 2029.\n',
        };
        const want = checkReport(memory, claim.text);
        assert.deepEqual(
          want.claims
            .filter((c) => c.type === 'figure' && c.figure.kind === 'money')
            .map((c) => [c.text, c.type === 'figure' && c.figure.qualifier, c.status]),
          [['$500 billion', 'max', 'supported']],
          'the corpus in memory finds the amount supported',
        );
        await assertSame(memory, db, [claim]);
        assert.ok((db.lastFetch!.by['figures (agreeing)'] ?? 0) > 0, 'fetched as a source that agrees');
      } finally {
        await db.close();
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('fetches the source of the conversion that bridges a figure in won to a claim in dollars, when only that source states it', async () => {
    // A Korean wire report gives the venture's amount in won alone; a business daily's unrelated story states the same
    // number of dollars as that many won. The claim in dollars is supported by the wire report only through that
    // conversion (judge/figures.ts), and the business daily shares no word with the claim: it is fetched for its
    // conversion alone (pg.ts, the figures a claim's searches in another currency found are bridged).
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-pg-eq-'));
    try {
      fs.writeFileSync(
        path.join(tmp, 'stargate-yonhap.md'),
        `---\ntitle: 오픈AI·소프트뱅크·오라클, 美 AI 인프라 '스타게이트'에 718조 원 투자\noutlet: 연합뉴스\ndate: 2025-01-22\n---\n\n` +
          `오픈AI와 소프트뱅크, 오라클이 합작법인 '스타게이트'를 세우고 앞으로 4년간 미국 인공지능(AI) 인프라에 718조 원을 투자한다고 22일 밝혔다.\n\n` +
          `첫 데이터센터는 텍사스주 애빌린에 짓는다. 도널드 트럼프 미국 대통령은 백악관에서 "역사상 최대 규모의 AI 인프라 프로젝트"라고 말했다.\n`,
      );
      fs.writeFileSync(
        path.join(tmp, 'samsung-market.md'),
        `---\ntitle: 삼성전자 시가총액, 사상 처음 5000억 달러 넘어\noutlet: 한국경제\ndate: 2025-03-04\n---\n\n` +
          `삼성전자의 시가총액이 4일 유가증권시장에서 5000억 달러(약 718조 원)를 넘어섰다. 반도체 업황 회복 기대에 외국인 매수세가 몰린 결과다.\n\n` +
          `증권가는 고대역폭메모리(HBM) 공급 확대가 주가를 더 끌어올릴 것으로 보고 있다.\n`,
      );
      const url = await ingested(['--no-default-sources', '--sources', tmp]);
      const memory = Corpus.load({ folders: [tmp], workers: 0, useBundled: false });
      const db = new SharedCorpus(url);
      try {
        const claim = {
          name: 'in won',
          text: 'Stargate will invest $500 billion in AI infrastructure in the United States.\n',
        };
        assert.deepEqual(
          checkReport(memory, claim.text).claims.map((c) => [c.text, c.status]),
          [['$500 billion', 'supported']],
          'the corpus in memory finds the amount supported',
        );
        await assertSame(memory, db, [claim]);
        assert.equal(db.lastFetch!.by['equivalences'], 1, 'the business daily is fetched for its conversion');
      } finally {
        await db.close();
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  /** Every row the store holds (but the ingest's time and the values' generated ids), and its indexes and references. */
  async function storeContents(url: string): Promise<string[]> {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      const out: string[] = [];
      const rows = async (sql: string) => (await c.query(sql)).rows.map((r) => JSON.stringify(r));
      out.push(
        ...(await rows(
          `SELECT id, file, key, base_key, date, meta, encode(body, 'hex') AS body, figures, quotes FROM xref_sources ORDER BY id`,
        )),
        ...(await rows(
          'SELECT x.source, x.fig, v.bucket, v.unit, v.figure, v.lo, v.hi, x.subject FROM xref_figures x JOIN xref_values v ON v.id = x.value ORDER BY 1, 2',
        )),
        ...(await rows('SELECT bucket, unit, figure, lo, hi FROM xref_values ORDER BY 1, 2, 3')),
      );
      for (const t of [
        'xref_figure_terms',
        'xref_source_buckets',
        'xref_buckets',
        'xref_bucket_terms',
        'xref_equivalences',
        'xref_quotes',
        'xref_quote_forms',
        'xref_quote_form_words',
        'xref_subjects',
        'xref_subject_terms',
        'xref_pair_figures',
        'xref_word_pairs',
      ])
        out.push(...(await rows(`SELECT '${t}' AS t, x::text AS row FROM ${t} x ORDER BY 2`)));
      out.push(
        ...(await rows(`SELECT tablename, indexdef FROM pg_indexes WHERE tablename LIKE 'xref%' ORDER BY indexname`)),
        ...(await rows(
          `SELECT conrelid::regclass::text AS t, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' ORDER BY 1`,
        )),
      );
      return out;
    } finally {
      await c.end();
    }
  }

  it('loads an empty store in bulk as it adds sources one at a time, then adds to it as usual', async () => {
    // A folder whose name holds a tab and a backslash: the path goes into the rows as text (COPY's escapes).
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-pg-tab\t\\-'));
    try {
      for (const f of fs.readdirSync(FIXTURE_FOLDERS[1]))
        fs.copyFileSync(path.join(FIXTURE_FOLDERS[1], f), path.join(tmp, f));
      const memory = Corpus.load({ folders: [tmp, FIXTURE_FOLDERS[0]], workers: 0 });
      const sources = memory.sources;
      assert.ok(sources.some((s) => s.file.includes('\t\\')));
      const bulk = await freshDb(),
        oneByOne = await freshDb();
      // In bulk into the empty store (its postings' indexes made at the end), then the rest added to it; against
      // every row kept with its indexes and references from the first.
      const half = Math.floor(sources.length / 2);
      const a = new SharedCorpus(bulk);
      try {
        await a.ingest(sources.slice(0, half), 7);
        await a.ingest(sources.slice(half), 7);
      } finally {
        await a.close();
      }
      const b = new SharedCorpus(oneByOne, { bulk: false });
      try {
        for (const s of sources) await b.ingest([s]);
      } finally {
        await b.close();
      }
      const want = await storeContents(oneByOne);
      assert.ok(want.some((r) => r.includes('xref_figure_terms_search')));
      assert.deepEqual(await storeContents(bulk), want);
      const db = new SharedCorpus(bulk);
      try {
        await assertSame(memory, db, [...fixtureReports().slice(0, 3), ...TARGETED]);
      } finally {
        await db.close();
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('updates an article that changed, in its place, and keeps its key', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-pg-src-'));
    try {
      for (const f of fs.readdirSync(FIXTURE_FOLDERS[1]))
        fs.copyFileSync(path.join(FIXTURE_FOLDERS[1], f), path.join(tmp, f));
      const url = await ingested(['--sources', tmp]);
      // The paper corrects a figure; the ingest job re-indexes that one file.
      const file = path.join(
        tmp,
        fs.readdirSync(tmp).find((f) => f.endsWith('.md'))!,
      );
      const before = fs.readFileSync(file, 'utf8');
      const figure = before.match(/\$\d+(?:\.\d+)? billion/)![0];
      fs.writeFileSync(file, before.replace(figure, '$987 billion'));
      const out: string[] = [];
      assert.equal(
        await mainAsync(
          ['index', '--into', url, '--no-default-sources', '--sources', file],
          (s) => out.push(s),
          (s) => assert.fail(s),
        ),
        0,
      );
      assert.match(out.join('\n'), /^0 added, 1 updated/);
      const memory = Corpus.load({ folders: [tmp], workers: 0 });
      const db = new SharedCorpus(url);
      try {
        assert.deepEqual(
          (await db.list()).map((s) => s.key),
          memory.sources.map((s) => s.key),
        );
        const report = `Stargate will spend ${figure} in Michigan, the paper said.\n\nStargate will spend $987 billion in Michigan, the paper said.\n`;
        await assertSame(memory, db, [{ name: 'corrected figure', text: report }, ...fixtureReports().slice(0, 2)]);
      } finally {
        await db.close();
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a checker asks again only what the store changed since its last check: an update, an addition, a removal', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-pg-src-'));
    try {
      for (const f of fs.readdirSync(FIXTURE_FOLDERS[1]))
        fs.copyFileSync(path.join(FIXTURE_FOLDERS[1], f), path.join(tmp, f));
      const url = await ingested(['--no-default-sources', '--sources', tmp]);
      const file = path.join(
        tmp,
        fs.readdirSync(tmp).find((f) => f.endsWith('.md'))!,
      );
      const before = fs.readFileSync(file, 'utf8');
      const figure = before.match(/\$\d+(?:\.\d+)? billion/)![0];
      const report = `Stargate will spend ${figure} in Michigan, the paper said.\n\nStargate will spend $987 billion in Michigan, the paper said.\n`;
      const index = async (...args: string[]) =>
        assert.equal(
          await mainAsync(
            ['index', '--into', url, '--no-default-sources', ...args],
            () => undefined,
            (s) => assert.fail(s),
          ),
          0,
        );
      // The editor's server: one connection to the store, checking the report again and again.
      const db = new SharedCorpus(url);
      const judged = async (step: string) => {
        const want = JSON.stringify(
          checkReport(Corpus.load({ folders: [tmp], workers: 0, useBundled: false }), report),
        );
        const got = JSON.stringify(checkReport(await db.corpusFor(report), report));
        assert.equal(got, want, `${step}: the shared corpus judges as the corpus in memory`);
        return { got, queries: db.lastFetch!.queries };
      };
      try {
        const first = await judged('first check');
        assert.equal(first.queries.kept, 0, 'nothing kept before the first check');
        // Unchanged: every query answered from what the first check kept, bar the word pairs.
        const again = await judged('unchanged');
        assert.equal(again.got, first.got);
        assert.ok(again.queries.kept > 0, JSON.stringify(again.queries));
        assert.equal(again.queries.sent, 1, `only the word pairs asked again: ${JSON.stringify(again.queries)}`);
        // The paper corrects the figure (the same file, in its place: as many sources as before).
        fs.writeFileSync(file, before.replace(figure, '$987 billion'));
        await index('--sources', file);
        const updated = await judged('after an update');
        assert.notEqual(updated.got, first.got, 'the update changes what the report is judged against');
        assert.equal(updated.queries.kept, 0, `a new state of the store: ${JSON.stringify(updated.queries)}`);
        // Another article, then one removed (by another connection, as the ingest job's).
        fs.writeFileSync(
          path.join(tmp, 'zz-wire.md'),
          `---\ntitle: Stargate's Michigan site to cost ${figure}\noutlet: Detroit Ledger\ndate: 2025-03-12\n---\n\nStargate will spend up to ${figure} on its Michigan data center, a company spokesperson said on Wednesday.\n`,
        );
        await index('--sources', path.join(tmp, 'zz-wire.md'));
        assert.equal((await judged('after an addition')).queries.kept, 0);
        const ingest = new SharedCorpus(url);
        try {
          assert.equal(await ingest.remove([file]), 1);
        } finally {
          await ingest.close();
        }
        fs.rmSync(file);
        assert.equal((await judged('after a removal')).queries.kept, 0);
      } finally {
        await db.close();
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a checker asks again only what an edit changed, whatever order the plans of the server give rows in', async () => {
    // Rows whose order a later query's parameters follow (the values in reach of all claims, in one query; the
    // amounts of the equivalences; the datelines) come ordered: a plan the server chooses otherwise (another table
    // size, statistics, settings) must not make every query after the one an edited line sends again a new one.
    const url = await ingested(FIXTURE_FOLDERS.flatMap((d) => ['--sources', d]));
    // With claims that several stored values agree with (a bound, a vague amount).
    const report =
      fs.readFileSync(path.join(ROOT, 'examples', 'report-en.md'), 'utf8') +
      '\nThe partners will invest hundreds of billions of dollars in AI infrastructure.\n' +
      '\nStargate plans to spend up to $500 billion over four years.\n';
    const edited = report.replace('up to $500 billion', 'up to $600 billion');
    const checked = async (d: SharedCorpus, text: string) => {
      const got = JSON.stringify(checkReport(await d.corpusFor(text), text));
      return { got, sent: d.lastFetch!.queries.sent };
    };
    const db = new SharedCorpus(url);
    const c = new Client({ connectionString: url });
    await c.connect();
    const other = new SharedCorpus(url);
    try {
      const first = await checked(db, report);
      assert.ok(first.sent > 5, `${first.sent} queries`);
      // The same rows in another order on disk (as a VACUUM FULL, a CLUSTER or a restore would leave them), and
      // other plans from here on: tables read whole and grouped by sorting, not through their indexes and by hashing.
      for (const [table, column] of [
        ['xref_values', 'figure'],
        ['xref_sources', 'file'],
        ['xref_equivalences', 'other_figure'],
      ]) {
        await c.query(`CREATE INDEX reordered ON ${table} (${column} DESC)`);
        await c.query(`CLUSTER ${table} USING reordered`);
        await c.query('DROP INDEX reordered');
      }
      await c.query('ANALYZE');
      const name = new URL(url).pathname.slice(1);
      for (const x of ['enable_indexscan', 'enable_indexonlyscan', 'enable_bitmapscan', 'enable_hashagg'])
        await c.query(`ALTER DATABASE ${name} SET ${x} = off`);
      // The checker's connections end (its pool opens new ones, with those settings).
      await c.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      for (let i = 0; i < 100; i++) {
        const sql = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`;
        if ((await c.query(sql)).rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 300));
      // Unchanged: nothing asked again but the word pairs.
      const again = await checked(db, report);
      assert.equal(again.got, first.got);
      assert.equal(again.sent, 1, 'only the word pairs asked again');
      // One line edited: what a checker that saw only these plans asks again, no more.
      const want = (await checked(other, report), await checked(other, edited));
      const got = await checked(db, edited);
      assert.equal(got.got, want.got);
      assert.equal(got.sent, want.sent, 'the queries the edit changed, and the word pairs');
      assert.ok(got.sent < first.sent, `${got.sent} of ${first.sent} queries`);
    } finally {
      await c.end();
      await db.close();
      await other.close();
    }
  });

  it('refuses a store of an older format in a check, and index --into rebuilds it', async () => {
    const url = await freshDb();
    const index = (err: (s: string) => void) =>
      mainAsync(['index', '--into', url, '--sources', FIXTURE_FOLDERS[1]], () => undefined, err);
    assert.equal(await index((s) => assert.fail(s)), 0);
    // Format 1 kept each source as JSON text.
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`ALTER TABLE xref_sources ALTER body TYPE text USING '{"v":1}'`);
      await c.query(`UPDATE xref_meta SET value = '1' WHERE name = 'version'`);
    } finally {
      await c.end();
    }
    const report = path.join(ROOT, 'examples', 'report-en.md');
    const err: string[] = [];
    assert.equal(
      await mainAsync(
        ['check', '--corpus', url, report],
        () => undefined,
        (s) => err.push(s),
      ),
      2,
    );
    assert.deepEqual(err.length, 1, err.join('\n'));
    assert.match(
      err[0],
      /was written in format 1; this version reads format \d+\.\d+: rebuild it with `stargate-xref index --into URL`/,
    );
    err.length = 0;
    assert.equal(await index((s) => err.push(s)), 0);
    assert.equal(err.length, 1, err.join('\n'));
    assert.match(
      err[0],
      /was in format 1, which this version does not read: it was rebuilt from the sources given \(it held \d+\)/,
    );
    const memory = Corpus.load({ folders: [FIXTURE_FOLDERS[1]], workers: 0 });
    const db = new SharedCorpus(url);
    try {
      await assertSame(memory, db, fixtureReports().slice(0, 2));
    } finally {
      await db.close();
    }
  });

  it('never shows a password in a message', () => {
    assert.ok(urlHasPassword('postgres://u:pw@db.example/x'));
    assert.ok(!urlHasPassword('postgres://u@db.example/x'));
    assert.equal(redactUrl('postgres://u:pw@db.example/x'), 'postgres://u:***@db.example/x');
  });

  it('serves an editor from the shared corpus, and keeps the last diagnostics when the database goes away', async () => {
    const url = await seededDb();
    const { conn, server, client, published, shown, until, openWithCorpus } = inProcessServer({});
    const file = path.join(ROOT, 'examples', 'report-en.md');
    const uri = pathToFileURL(file).toString();
    const text = fs.readFileSync(file, 'utf8');
    try {
      // The setting as a client sends it (the VS Code client sends it only from trusted or user settings).
      await openWithCorpus(url, uri, text);
      const want = checkReport(Corpus.load({ folders: [], workers: 0 }), text, { self: file }).findings.map(
        (f) => f.message,
      );
      assert.deepEqual(
        published.find((p) => p.version === 1)!.diagnostics.map((d) => d.message),
        want,
      );
      const at = text.indexOf('$600 billion');
      const line = text.slice(0, at).split('\n').length - 1,
        character = at - text.lastIndexOf('\n', at - 1) - 1 + 2;
      const hover = (await client.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line, character },
      })) as Hover | null;
      assert.match((hover!.contents as MarkupContent).value, /Edaily 2025-01-22/);
      cluster!.stop();
      try {
        void client.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: 2 },
          contentChanges: [{ text: text + '\nStargate will create 300,000 jobs.\n' }],
        });
        await until(() => shown.length > 0);
        assert.match(
          shown[0].message,
          /the shared corpus at postgres:\/\/xref@127\.0\.0\.1:\d+\/xref_\d+ is not available/,
        );
        assert.equal(shown[0].type, 1, 'an error message');
        // Nothing replaces the last diagnostics (a moment for a publish that must not come).
        await new Promise((r) => setTimeout(r, 1000));
        assert.ok(!published.some((p) => p.version === 2), 'no diagnostics published without the corpus');
      } finally {
        cluster!.start();
      }
    } finally {
      server.dispose();
      client.dispose();
      conn.dispose();
    }
  });

  /**
   * Holds the check in the middle of its fetch (a second connection locks a table the fetch reads: the check's
   * query waits, its snapshot taken and its first queries answered), then ends the checker's connection as an
   * administrator would (pg_terminate_backend) and lets go of the lock. Resolves once done.
   */
  async function cutMidCheck(url: string): Promise<{ started: Promise<void>; done: Promise<void> }> {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query('BEGIN');
    // The postings and the values in reach: an edited report's check reads a new claim's values and first sources
    // even when the postings of its terms are kept from the check before.
    await admin.query('LOCK TABLE xref_subject_terms, xref_values, xref_figures IN ACCESS EXCLUSIVE MODE');
    let started!: () => void;
    const begun = new Promise<void>((r) => (started = r));
    const done = (async () => {
      try {
        for (let i = 0; ; i++) {
          // Statistics views are read once per transaction: this one holds the lock, so it asks afresh.
          await admin.query('SELECT pg_stat_clear_snapshot()');
          const rows = (
            await admin.query(
              `SELECT pid FROM pg_stat_activity WHERE application_name = 'stargate-xref' AND wait_event_type = 'Lock'`,
            )
          ).rows;
          if (rows.length) {
            started();
            for (const r of rows) await admin.query('SELECT pg_terminate_backend($1)', [r.pid]);
            break;
          }
          if (i > 600) throw new Error('no check waited on the lock');
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        await admin.query('ROLLBACK').catch(() => undefined);
        await admin.end();
      }
    })();
    return { started: begun, done };
  }

  it('a connection ended in the middle of a check: one sentence on stderr, exit 2, no partial output', async () => {
    const url = await seededDb();
    for (const format of ['text', 'json']) {
      const cut = await cutMidCheck(url);
      const err: string[] = [],
        out: string[] = [];
      const code = mainAsync(
        ['check', '--format', format, '--corpus', url, path.join(ROOT, 'examples', 'report-en.md')],
        (s) => out.push(s),
        (s) => err.push(s),
      );
      await cut.done;
      assert.equal(await code, 2, format);
      assert.equal(out.length, 0, `${format}: nothing on stdout: ${out.join('\n')}`);
      assert.equal(err.length, 1, err.join('\n'));
      assert.match(
        err[0],
        /^stargate-xref: the shared corpus at postgres:\/\/xref@127\.0\.0\.1:\d+\/xref_\d+ is not available: terminating connection due to administrator command$/,
      );
    }
  });

  /** The backends of checks in this database that are in a transaction, and whether each waits for a lock. */
  async function checkBackends(admin: Client): Promise<{ pid: number; waiting: boolean; state: string }[]> {
    await admin.query('SELECT pg_stat_clear_snapshot()');
    return (
      await admin.query(
        `SELECT pid, coalesce(wait_event_type = 'Lock', false) AS waiting, state FROM pg_stat_activity
         WHERE application_name = 'stargate-xref' AND datname = current_database() AND xact_start IS NOT NULL
         ORDER BY xact_start, pid`,
      )
    ).rows;
  }

  it('a check cut while it waits for a lock ends at once with one clear error, frees its connection, and the next one answers', async () => {
    const url = await seededDb();
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'report-en.md'), 'utf8');
    const want = JSON.stringify(checkReport(Corpus.load({ folders: [], workers: 0 }), text));
    for (const cut of ['its connection', 'the server']) {
      const db = new SharedCorpus(url);
      const pool = (db as unknown as { pool: { totalCount: number; idleCount: number } }).pool;
      const admin = new Client({ connectionString: url }),
        locker = new Client({ connectionString: url });
      for (const c of [admin, locker]) {
        await c.connect();
        c.on('error', () => undefined);
      }
      try {
        // The check waits for a table its closest-sources query reads.
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE xref_subject_terms IN ACCESS EXCLUSIVE MODE');
        const check = db.corpusFor(text).then(
          () => 'answered' as const,
          (e: Error) => e,
        );
        let rows: { pid: number; waiting: boolean }[] = [];
        for (let i = 0; !(rows.length === 1 && rows[0].waiting); i++) {
          if (i > 600) assert.fail(`${cut}: the check never waited for the lock: ${JSON.stringify(rows)}`);
          await new Promise((r) => setTimeout(r, 50));
          rows = await checkBackends(admin);
        }
        if (cut === 'the server') cluster!.stop();
        else await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
        // The lock is still held (but by a stopped server): the check must not wait for it.
        const got = await Promise.race([check, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 10_000))]);
        assert.notEqual(got, 'hung', `${cut}: the check ended within 10 s of the cut`);
        assert.ok(got instanceof SharedCorpusError, `${cut}: ${String(got)}`);
        assert.match(
          got.message,
          /^the shared corpus at postgres:\/\/xref@127\.0\.0\.1:\d+\/xref_\d+ is not available: /,
        );
        assert.equal(pool.totalCount - pool.idleCount, 0, `${cut}: no connection left checked out`);
        if (cut === 'the server') cluster!.start();
        else await locker.query('ROLLBACK');
        // The next check answers, as the corpus in memory does.
        const part = await db.corpusFor(text);
        assert.equal(JSON.stringify(checkReport(part, text)), want, `${cut}: the next check judges as in memory`);
        const after = new Client({ connectionString: url });
        await after.connect();
        try {
          assert.deepEqual(await checkBackends(after), [], `${cut}: no transaction of a check left open`);
        } finally {
          await after.end();
        }
      } finally {
        // Lets go of the lock first: a check that did not end ends now, and the pool can close.
        await locker.query('ROLLBACK').catch(() => undefined);
        // Bounded: a pool ends once every connection is back, and a failing run may have kept one.
        await Promise.race([db.close(), new Promise((r) => setTimeout(r, 5000))]);
        for (const c of [admin, locker]) await c.end().catch(() => undefined);
      }
    }
  });

  it('an editor whose database goes away mid-check keeps what it has, says so once, and recovers', async () => {
    const url = await seededDb();
    const { conn, server, client, published, shown, until, openWithCorpus } = inProcessServer({
      diagnosticsDelayMs: 0,
    });
    const file = path.join(ROOT, 'examples', 'report-en.md');
    const uri = pathToFileURL(file).toString();
    const text = fs.readFileSync(file, 'utf8');
    const edit = (version: number, more: string) =>
      void client.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text: text + more }],
      });
    const at = text.indexOf('$600 billion');
    const position = {
      line: text.slice(0, at).split('\n').length - 1,
      character: at - text.lastIndexOf('\n', at - 1) - 1 + 2,
    };
    const hover = async () =>
      ((await client.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover | null)
        ?.contents as MarkupContent | undefined;
    try {
      await openWithCorpus(url, uri, text);
      const first = published.find((p) => p.version === 1)!.diagnostics.map((d) => d.message);
      assert.ok(first.length > 0);
      // The connection is ended while the check of version 2 fetches.
      const cut = await cutMidCheck(url);
      edit(2, '\nStargate will create 300,000 jobs.\n');
      await cut.done;
      await until(() => shown.length > 0);
      assert.equal(shown[0].type, 1, 'an error message');
      assert.match(
        shown[0].message,
        /^Stargate XRef: the shared corpus at postgres:\/\/xref@127\.0\.0\.1:\d+\/xref_\d+ is not available: terminating connection due to administrator command\. The diagnostics shown are from the last check\.$/,
      );
      // Still down (the server stopped this time): more edits, no second message, no diagnostics without the
      // corpus; what it has still answers (the hover of the last check).
      cluster!.stop();
      try {
        edit(3, '\nStargate will create 400,000 jobs.\n');
        edit(4, '\nStargate will create 500,000 jobs.\n');
        await new Promise((r) => setTimeout(r, 1500));
        assert.equal(shown.length, 1, shown.map((m) => m.message).join('\n'));
        assert.ok(!published.some((p) => p.version !== 1), 'no diagnostics published without the corpus');
        assert.match((await hover())!.value, /Edaily 2025-01-22/);
      } finally {
        cluster!.start();
      }
      // Back: the next edit is checked against it.
      edit(5, '\nStargate will create 600,000 jobs.\n');
      await until(() => published.some((p) => p.version === 5));
      assert.deepEqual(
        published
          .find((p) => p.version === 5)!
          .diagnostics.map((d) => d.message)
          .slice(0, first.length),
        first,
      );
      assert.equal(shown.length, 1);
    } finally {
      server.dispose();
      client.dispose();
      conn.dispose();
    }
  });

  it('puts a score on the grid of 1e-9 as the server does, at and beside its steps', async () => {
    // Sources are ranked by their subjects' scores on the grid (pg.ts gridOf), worked out in the checker: the
    // server's own rounding (float8 to numeric at 15 digits, then exact decimals) must give the same ties.
    const xs: number[] = [0, 1e-12, 2e-12, 1, 0.5, 1 / 3, 2 / 3, 1e-9, 2e-9 + 1e-12, 1e-7, 123.456789];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const step = Math.floor(rnd() * 1e9) / 1e9;
      xs.push(rnd(), step, step + 1e-12, step + 1e-12 + 1e-16, step + 1e-12 - 1e-16, step - 1e-15, rnd() * 1e-6);
    }
    const c = new Client({ connectionString: cluster!.url });
    await c.connect();
    try {
      const want = (
        await c.query(
          `SELECT (ceil((x - 1e-12)::numeric * 1e9) / 1e9)::float8 AS g FROM unnest($1::float8[]) WITH ORDINALITY AS t(x, i) ORDER BY i`,
          [xs],
        )
      ).rows.map((r) => r.g as number);
      assert.deepEqual(xs.map(gridOf), want);
    } finally {
      await c.end();
    }
  });

  it("reads an int[] sent as its text ('{1,2,3}') as the array pg's client sends", async () => {
    // A check sends the ids of thousands of values as text it writes itself (pg.ts intArray), not as pg writes
    // arrays (each element quoted): the server must read the same array, order and all.
    const xs = [3, 1, 2, 2, 0, -5, 2147483647, ...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 100003)];
    const c = new Client({ connectionString: cluster!.url });
    await c.connect();
    try {
      for (const ids of [xs, [], [42]]) {
        const r = (await c.query('SELECT $1::int[] AS a, $1::int[] = $2::int[] AS same', [intArray(ids), ids])).rows[0];
        assert.deepEqual(r.a, ids);
        assert.equal(r.same, true);
      }
    } finally {
      await c.end();
    }
  });

  it('a connection the server answers while the checker is busy meanwhile is not timed out', async () => {
    // 20 editors in one process: each probe of its report ran while the others' connections were being made, and
    // pg's connection timer, due by then, ended connections the server had answered.
    const url = await seededDb();
    const db = new SharedCorpus(url, { connectTimeoutMs: 300 });
    try {
      const counted = db.count();
      const until = Date.now() + 1500;
      while (Date.now() < until) {
        /* the process busy, as with another report's probe */
      }
      assert.ok((await counted).sources > 0);
    } finally {
      await db.close();
    }
  });

  it('a server that accepts a connection and never answers is a timeout, in about the time given', async () => {
    const sockets: net.Socket[] = [];
    const mute = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => mute.listen(0, '127.0.0.1', r));
    const port = (mute.address() as net.AddressInfo).port;
    const db = new SharedCorpus(`postgres://xref@127.0.0.1:${port}/xref`, { connectTimeoutMs: 300 });
    try {
      const t0 = Date.now();
      await assert.rejects(db.count(), /is not available: timeout exceeded when trying to connect/);
      assert.ok(Date.now() - t0 < 5000);
    } finally {
      for (const s of sockets) s.destroy();
      mute.close();
      await db.close();
    }
  });

  it('says in one sentence that the database is gone, and exits 2', async () => {
    const url = await seededDb();
    cluster!.stop();
    try {
      const err: string[] = [],
        out: string[] = [];
      assert.equal(
        await mainAsync(
          ['check', '--corpus', url, path.join(ROOT, 'examples', 'report-en.md')],
          (s) => out.push(s),
          (s) => err.push(s),
        ),
        2,
      );
      assert.equal(out.length, 0);
      assert.equal(err.length, 1, err.join('\n'));
      assert.match(
        err[0],
        /^stargate-xref: the shared corpus at postgres:\/\/xref@127\.0\.0\.1:\d+\/xref_\d+ is not available: [^\n]+$/,
      );
    } finally {
      cluster!.start();
    }
  });
});
