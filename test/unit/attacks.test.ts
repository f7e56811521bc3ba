// Pathological inputs (ReDoS and friends): each extractor, the report parser and the checker get the
// classic attack strings and must return. No timing asserts here (the bench measures): each attack runs
// in a worker thread with a generous watchdog, so a hang fails its test instead of hanging the suite.
import { strict as assert } from 'assert';
import { isMainThread, parentPort, Worker } from 'worker_threads';

const WATCHDOG_MS = Number(process.env.XREF_ATTACK_WATCHDOG_MS ?? 20_000);

type Stage =
  | 'parseArticle'
  | 'splitSentences'
  | 'extractFigures'
  | 'extractQuotes'
  | 'parseReport'
  | 'checkReport'
  | 'buildSource';
const STAGES: Stage[] = [
  'parseArticle',
  'splitSentences',
  'extractFigures',
  'extractQuotes',
  'parseReport',
  'checkReport',
  'buildSource',
];
interface Job {
  id: number;
  text: string;
  stage: Stage;
}
type Reply = { id: number; ok: true; summary: string } | { id: number; ok: false; error: string };

// ---------------------------------------------------------------- worker side

function serve(): void {
  const { parseArticle } =
    require('../../server/src/corpus/article') as typeof import('../../server/src/corpus/article');
  const { splitSentences } =
    require('../../server/src/text/sentences') as typeof import('../../server/src/text/sentences');
  const { extractFigures } =
    require('../../server/src/extract/figures') as typeof import('../../server/src/extract/figures');
  const { extractQuotes } =
    require('../../server/src/extract/quotes') as typeof import('../../server/src/extract/quotes');
  const { parseReport } =
    require('../../server/src/extract/report') as typeof import('../../server/src/extract/report');
  const { checkReport } = require('../../server/src/judge/check') as typeof import('../../server/src/judge/check');
  const { Corpus, buildSource } =
    require('../../server/src/corpus/corpus') as typeof import('../../server/src/corpus/corpus');
  const corpus = Corpus.load({ folders: [] });
  const span = (s: { start: number; end: number }, len: number) => {
    if (!(0 <= s.start && s.start <= s.end && s.end <= len))
      throw new Error(`span ${s.start}..${s.end} outside 0..${len}`);
  };
  const run = (text: string, stage: Stage): string => {
    const all = [{ start: 0, end: text.length }];
    switch (stage) {
      case 'parseArticle': {
        const a = parseArticle(text, 'attack.txt');
        a.sentences.forEach((s) => span(s, text.length));
        return `${a.sentences.length} sentences`;
      }
      case 'splitSentences': {
        const s = splitSentences(text, all);
        s.forEach((x) => span(x, text.length));
        return `${s.length} sentences`;
      }
      case 'extractFigures': {
        let n = 0;
        for (const lang of ['ko', 'en'] as const) {
          for (const f of extractFigures(text, lang).figures) {
            span(f, text.length);
            if (text.slice(f.start, f.end) !== f.text) throw new Error(`figure ${f.text} does not slice to its text`);
            n++;
          }
        }
        return `${n} figures`;
      }
      case 'extractQuotes': {
        const q = extractQuotes(text, splitSentences(text, all));
        q.forEach((x) => span(x, text.length));
        return `${q.length} quotes`;
      }
      case 'parseReport': {
        const r = parseReport(text);
        if (r.prose.length !== r.st.norm.length) throw new Error('prose length');
        return `${r.blocks.length} blocks`;
      }
      case 'checkReport': {
        const r = checkReport(corpus, text);
        if (r.errors)
          throw new Error(
            `checker internal error: ${r.errors.map((e) => e.stack ?? `${e.where}: ${e.message}`).join('\n')}`,
          );
        return `${r.claims.length} claims, ${r.findings.length} findings`;
      }
      case 'buildSource': {
        const s = buildSource('/attack/a.txt', text);
        return `${s.figures.length} figures, ${s.quotes.length} quotes`;
      }
    }
  };
  parentPort!.on('message', (job: Job) => {
    let reply: Reply;
    try {
      reply = { id: job.id, ok: true, summary: run(job.text, job.stage) };
    } catch (e) {
      reply = { id: job.id, ok: false, error: String((e as Error)?.stack ?? e) };
    }
    parentPort!.postMessage(reply);
  });
  parentPort!.postMessage({ id: -1, ok: true, summary: 'ready' });
}

// ---------------------------------------------------------------- test side

/** One worker, reused until an attack hangs (then it is terminated and the next attack gets a fresh one). */
class Runner {
  private worker?: Worker;
  private ready?: Promise<void>;
  private next = 0;
  private pending = new Map<number, (r: Reply) => void>();

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const w = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    this.worker = w;
    this.ready = new Promise((resolve, reject) => {
      w.on('message', (r: Reply) => {
        if (r.id === -1) return resolve();
        this.pending.get(r.id)?.(r);
        this.pending.delete(r.id);
      });
      w.on('error', (e) => {
        reject(e);
        for (const f of this.pending.values()) f({ id: -2, ok: false, error: `worker died: ${e?.stack ?? e}` });
        this.pending.clear();
        this.reset();
      });
      w.on('exit', (code) => {
        for (const f of this.pending.values()) f({ id: -2, ok: false, error: `worker exited with code ${code}` });
        this.pending.clear();
        if (this.worker === w) this.reset();
      });
    });
    return this.ready;
  }

  private reset(): void {
    this.worker = undefined;
    this.ready = undefined;
  }

  async run(
    text: string,
    stage: Stage,
  ): Promise<{ ok: true; summary: string; ms: number } | { ok: false; error: string }> {
    await this.start();
    const id = this.next++;
    const w = this.worker!;
    const t0 = Date.now();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.reset();
        void w.terminate();
        resolve({
          ok: false,
          error: `${stage} did not return within ${WATCHDOG_MS / 1000} s (hang or super-linear blow-up)`,
        });
      }, WATCHDOG_MS);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r.ok ? { ...r, ms: Date.now() - t0 } : r);
      });
      w.postMessage({ id, text, stage } satisfies Job);
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.reset();
  }
}

const N = 50_000;
export const ATTACKS: Record<string, string> = {
  "'1,' x 50,000": '1,'.repeat(50_000),
  '100,000 digits': '9'.repeat(100_000),
  '100,000 digits and commas': '1,000,'.repeat(100_000 / 6),
  "'$123,123,…,123 billion', one 100,000-character line (issue 11)": '$123' + ',123'.repeat(25_000) + ' billion\n',
  "'(' x 50,000": '('.repeat(N),
  "'((1' x 20,000": '((1'.repeat(20_000),
  "'“ ' x 50,000": '“ '.repeat(N),
  "'“a” ' and '“' mixed": '“a ” “'.repeat(10_000),
  "'\"' x 50,000": '"'.repeat(N),
  "''' + word x 20,000": "'a ".repeat(20_000),
  "'억' x 50,000": '억'.repeat(N),
  "'조' x 50,000": '조'.repeat(N),
  "'1억' x 20,000": '1억'.repeat(20_000),
  "'5천억 ' x 20,000": '5천억 '.repeat(20_000),
  "'$' x 50,000": '$'.repeat(N),
  "'$1 ' x 20,000 (many figures, one sentence)": '$1 '.repeat(20_000),
  "'1 billion ' x 10,000 (many figures, one sentence)": '1 billion '.repeat(10_000),
  "'1~' x 30,000": '1~'.repeat(30_000),
  "'1.' x 30,000": '1.'.repeat(30_000),
  "'- ' x 50,000": '- '.repeat(N),
  "'> ' x 5,000 lines": '> '.repeat(5_000) + 'x\n',
  "'>' x 5,000": '>'.repeat(5_000),
  "'[' x 5,000": '['.repeat(5_000),
  "'[@' x 20,000": '[@'.repeat(20_000),
  "'](' x 20,000": ']('.repeat(20_000),
  "'*' x 50,000": '*'.repeat(N),
  "'*a' x 20,000": '*a'.repeat(20_000),
  "'`' x 20,000": '`'.repeat(20_000),
  "'<a ' x 20,000": '<a '.repeat(20_000),
  "'<!--' x 10,000": '<!--'.repeat(10_000),
  "'|' table of 2,000 columns":
    '| x '.repeat(2_000) + '|\n' + ('|---'.repeat(2_000) + '|\n') + ('| 1 '.repeat(2_000) + '|\n'),
  "'> - ' nesting x 2,000": '> - '.repeat(2_000) + '$500 billion',
  "'트럼프는 “' x 5,000": '트럼프는 “'.repeat(5_000),
  "'one hundred ' x 10,000": 'one hundred '.repeat(10_000),
  'a 100,000-character line of prose with figures': 'Stargate will invest $500 billion over four years, Altman said. '
    .repeat(1_600)
    .slice(0, 100_000),
  'a 100,000-character Korean line': '스타게이트는 향후 4년간 최대 5000억 달러(약 718조 원)를 투자한다고 밝혔다 '
    .repeat(2_500)
    .slice(0, 100_000),
  '5,000 lines of figures': '- $500 billion, 10만 개 일자리, 70~80%\n'.repeat(5_000),
  'NFD Hangul, 50,000 characters': '한국 데이터센터 5000억 달러 '.normalize('NFD').repeat(2_500),
  // (found by the property tests, seed 544129291: every figure of the line read every power's clause, and every
  // figure the whole line's text, once per test of it; 39–266 s before)
  'a 100,000-character line of mixed amounts, one sentence (XREF_FUZZ_SEED=544129291)':
    ',데이터센터up to 7,,,26.755!billion* 약 720조원150㎿$500 billion'.repeat(2_000).slice(0, 100_000),
  // (each percent read every pair of the line's amounts for the share or the rise they make, and every figure of
  // the line for the whole of a share: cubic; more than 5 minutes each before)
  "'12.5% ' x 20,000 (percentages, one sentence)": '12.5% '.repeat(20_000),
  "'about 5% of $1 billion, ' x 4,000 (shares, one sentence)": 'about 5% of $1 billion, '.repeat(4_000),
  // (each share or amount of a thing read the stretches of all the others, each stretch found by a walk over all the
  // sentence's figures: cubic)
  "'오픈AI 30%, ' x 10,000 (holders' shares, one sentence)": '오픈AI 30%, '.repeat(10_000),
  "'$1 billion of wind, ' x 5,000 (amounts of things, one sentence)": '$1 billion of wind, '.repeat(5_000),
  // (each part of a whole read the text from it to every other figure of its kind for the whole it is of, and every
  // other figure's change reading: quadratic; '1단계 200MW, ' x 10,000 took 21.6 s)
  "'1단계 2MW,' x 12,500 (parts, one sentence)": '1단계 2MW,'.repeat(12_500),
  // (more than 100,000 pairs of distinct amounts of one unit: each distinct percent tried every pair for the share
  // it makes, and none is near a share above 100%: cubic, hours)
  "'101% of $1 million, 102% of $2 million, …' x 3,000 (distinct shares, one sentence)": Array.from(
    { length: 3_000 },
    (_, k) => `${101 + k}% of $${k + 1} million, `,
  ).join(''),
  // (a Korean sentence that opens with an amount as its topic goes on about the sentence before's company: the pattern
  // for that opening, run over the whole sentence, backtracked over every split of a run of digits: quadratic, 13 s at 100,000 characters, more than 20 s here)
  "'1,' x 75,000 then '억' (a Korean amount opening a sentence)": '# 보고\n\n' + '1,'.repeat(75_000) + '억 크다.',
  "'\\r' x 50,000": '\r'.repeat(N),
  "'\\0' x 50,000": '\0'.repeat(N),
  'emoji x 50,000': '😀'.repeat(N / 2),
};

if (!isMainThread) {
  serve();
} else {
  describe('attacks: pathological inputs return (each under a watchdog in a worker thread)', function () {
    this.timeout(WATCHDOG_MS * STAGES.length + 30_000);
    const runner = new Runner();
    after(() => runner.stop());

    for (const [name, text] of Object.entries(ATTACKS)) {
      it(name, async () => {
        const failures: string[] = [];
        const notes: string[] = [];
        for (const stage of STAGES) {
          const r = await runner.run(text, stage);
          if (!r.ok) failures.push(`${stage}: ${r.error}`);
          else notes.push(`${stage} ${r.ms} ms`);
        }
        if (process.env.XREF_TEST_VERBOSE) console.log('       ', notes.join(', '));
        assert.deepEqual(failures, [], failures.join('\n'));
      });
    }
  });
}
