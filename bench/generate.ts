// Generated benchmark data (written to the git-ignored .bench/, never committed): corpora of articles made
// from the five seeds with varied numbers, names, dates and sentence order, and Markdown reports of a given
// number of lines made from the example reports' lines with varied figures. Deterministic (seeded PRNG),
// so a run is comparable with the last one.
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..');
export const BENCH_DIR = path.join(ROOT, '.bench');
const SEEDS = path.join(ROOT, 'seeds');

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES: [RegExp, string[]][] = [
  [/올트먼|올트만|앨트만/g, ['올트먼', '올트만', '앨트만', '허사비스', '나델라']],
  [/Altman/g, ['Altman', 'Hassabis', 'Nadella', 'Pichai', 'Amodei']],
  [/손정의|손 회장/g, ['손정의', '손정희', '미키타니']],
  [/Masayoshi Son/g, ['Masayoshi Son', 'Hiroshi Mikitani', 'Tadashi Yanai']],
  [/엘리슨|앨리슨/g, ['엘리슨', '앨리슨', '카츠']],
  [/Ellison/g, ['Ellison', 'Catz', 'Huang']],
  [/텍사스/g, ['텍사스', '오하이오', '애리조나', '미시간']],
  [/Texas/g, ['Texas', 'Ohio', 'Arizona', 'Michigan']],
  [/트럼프/g, ['트럼프', '바이든']],
  [/Trump/g, ['Trump', 'Biden']],
];

/** Digits varied, keeping the length (so dates and stock codes keep their shape), names swapped. */
function vary(text: string, rnd: () => number): string {
  let out = text.replace(/\d+/g, (d) => {
    if (d.length === 4 && /^(19|20)\d\d$/.test(d)) return String(2015 + Math.floor(rnd() * 15)); // a year stays a year
    let s = '';
    for (let i = 0; i < d.length; i++)
      s += String(i === 0 && d.length > 1 ? 1 + Math.floor(rnd() * 9) : Math.floor(rnd() * 10));
    return s;
  });
  for (const [re, alts] of NAMES) out = out.replace(re, () => alts[Math.floor(rnd() * alts.length)]);
  // Shuffle body lines after the first fifth (headers and bylines stay where the parser looks for them).
  const lines = out.split('\n');
  const head = Math.max(5, Math.floor(lines.length / 5));
  const body = lines.slice(head);
  for (let i = body.length - 1; i > 0; i--) {
    if (rnd() < 0.3) {
      const j = Math.floor(rnd() * (i + 1));
      [body[i], body[j]] = [body[j], body[i]];
    }
  }
  return [...lines.slice(0, head), ...body].join('\n');
}

export function seedTexts(): { name: string; text: string }[] {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(SEEDS, name), 'utf8') }));
}

/** A folder of `n` generated articles (made once, reused). */
export function corpusDir(n: number): string {
  const dir = path.join(BENCH_DIR, `corpus-${n}`);
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  writeCorpus(dir, n);
  fs.writeFileSync(done, String(Date.now()));
  return dir;
}

/** `n` generated articles in `dir` (sub-folders of 1,000), the same for the same `n` and `seed`. */
export function writeCorpus(dir: string, n: number, seed = n): void {
  fs.mkdirSync(dir, { recursive: true });
  const seeds = seedTexts();
  const rnd = prng(seed);
  for (let i = 0; i < n; i++) {
    const s = seeds[i % seeds.length];
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `a${String(i).padStart(6, '0')}-${s.name}`), vary(s.text, rnd));
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A generated article as a browser saves its page: <head> with meta tags, JSON-LD and scripts, a cookie banner,
 * navigation, the article's lines as paragraphs (curly quotes as entities, the way many CMSs write them), a
 * share bar, a related-articles list, an author bio and a footer.
 */
function savedPage(text: string, i: number, rnd: () => number): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const title = lines[0] ?? 'Stargate';
  const date = `2025-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  const outlet = ['Ridgeline Tech Journal', 'Grid & Compute', '테크브리프', 'The Arctic Business Post'][i % 4];
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: `${date}T09:00:00+09:00`,
    author: [{ '@type': 'Person', name: ['Dana Whitfield', '박서연', 'Priya Raman'][i % 3] }],
    publisher: { '@type': 'Organization', name: outlet },
  };
  const para = (l: string) =>
    `      <p>${esc(l).replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/’/g, '&#8217;')}</p>`;
  return `<!DOCTYPE html>
<html lang="${/[가-힣]/.test(title) ? 'ko' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | ${esc(outlet)}</title>
<meta property="og:title" content="${esc(title)}">
<meta property="og:site_name" content="${esc(outlet)}">
<meta property="article:published_time" content="${date}T09:00:00+09:00">
<link rel="stylesheet" href="/assets/main.${i}.css">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-${i}');</script>
</head>
<body>
<div class="cookie-banner" role="dialog"><p>We use cookies to measure our audience. By clicking &ldquo;Accept&rdquo; you agree.</p><button>Accept</button></div>
<header class="site-header"><a href="/">${esc(outlet)}</a><nav><ul><li><a href="/ai/">AI</a></li><li><a href="/chips/">Chips</a></li><li><a href="/energy/">Energy</a></li></ul></nav></header>
<main>
  <article>
    <h1>${esc(title)}</h1>
    <div class="byline">By ${esc(ld.author[0].name)} &middot; <time datetime="${date}">${date}</time></div>
    <div class="share-bar"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <span>${Math.floor(rnd() * 5000)} shares</span></div>
    <div class="article-body">
${lines.slice(1).map(para).join('\n')}
    </div>
    <aside class="author-bio"><p>${esc(ld.author[0].name)} covers infrastructure and has written about ${Math.floor(rnd() * 400)} data center projects.</p></aside>
  </article>
  <section class="related-articles"><h2>Related</h2><ul>
    <li><a href="/a">Microsoft to spend $${Math.floor(rnd() * 100)} billion on AI data centers</a></li>
    <li><a href="/b">Nvidia ships ${Math.floor(rnd() * 900)},000 GPUs in a quarter</a></li>
  </ul></section>
</main>
<footer class="site-footer"><p>&copy; 2025 ${esc(outlet)}. All rights reserved.</p></footer>
<script src="/assets/main.${i}.js" defer></script>
</body>
</html>
`;
}

/** A folder of `n` generated articles saved as web pages (.html; made once, reused). */
export function htmlCorpusDir(n: number): string {
  const dir = path.join(BENCH_DIR, `html-${n}`);
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const seeds = seedTexts();
  const rnd = prng(n + 1);
  for (let i = 0; i < n; i++) {
    const s = seeds[i % seeds.length];
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `p${String(i).padStart(6, '0')}.html`), savedPage(vary(s.text, rnd), i, rnd));
  }
  fs.writeFileSync(done, String(Date.now()));
  return dir;
}

const FILLER = [
  'This paragraph has no figures and cites nothing.',
  'The briefing continues with background on the companies involved.',
  '이 문단에는 수치가 없다.',
];

/** A Markdown report of about `lines` lines made from the example reports, figures varied. */
export function reportText(lines: number, seed = lines): string {
  const rnd = prng(seed);
  const src = ['report-en.md', 'report-ko.md']
    .map((f) => path.join(ROOT, 'examples', f))
    .filter((f) => fs.existsSync(f))
    .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'))
    .filter((l) => l.trim() && !/^(---|```|title:|author:|date:)/.test(l));
  const pool = src.length
    ? src
    : ['Stargate will invest up to $500 billion over the next four years [@edaily-2025-01-22].'];
  const out: string[] = [];
  let section = 0;
  while (out.length < lines) {
    if (out.length % 200 === 0) out.push(`## Section ${++section}`, '');
    const l = pool[Math.floor(rnd() * pool.length)];
    out.push(rnd() < 0.3 ? l.replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rnd()))))) : l);
    out.push(rnd() < 0.2 ? FILLER[Math.floor(rnd() * FILLER.length)] : '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}

export function reportFile(lines: number): string {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const f = path.join(BENCH_DIR, `report-${lines}.md`);
  if (!fs.existsSync(f)) fs.writeFileSync(f, reportText(lines));
  return f;
}

if (require.main === module) {
  for (const n of [100, 1000, 10000]) console.log(corpusDir(n));
  for (const n of [1000, 10000, 100000]) console.log(reportFile(n));
}

const OUTLETS = [
  'edaily',
  'joongang',
  'hankyung',
  'chosun',
  'reuters',
  'bloomberg',
  'the-information',
  'ridgeline-tech-journal',
  'grid-and-compute',
  'the-arctic-business-post',
  '테크브리프',
  'yonhap',
];
const AUTHORS = [
  'dana-whitfield',
  'priya-raman',
  'kim-min-jun',
  'james-okafor',
  '이주연',
  '박서연',
  'sofia-lindqvist',
  'hiroshi-tanaka',
];

/**
 * `n` citation keys shaped the way the corpus names sources (`outlet-YYYY-MM-DD`, `author-name-YYYY-MM-DD`, a
 * second one of a day `-2`), in a deterministic order: what the citation-key suggestions search.
 */
export function citationKeys(n: number, seed = n): string[] {
  const rnd = prng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)];
  const seen = new Map<string, number>();
  const out: string[] = [];
  while (out.length < n) {
    const who = rnd() < 0.7 ? pick(OUTLETS) : pick(AUTHORS);
    const d = (k: number) => String(1 + Math.floor(rnd() * k)).padStart(2, '0');
    const base = `${who}-${2015 + Math.floor(rnd() * 12)}-${d(12)}-${d(28)}`;
    const m = (seen.get(base) ?? 0) + 1;
    seen.set(base, m);
    out.push(m === 1 ? base : `${base}-${m}`);
  }
  return out;
}

/**
 * `n` mistyped versions of keys from `keys`, the way a writer gets a key wrong: a letter off, two letters swapped,
 * a letter missing, the year, month or day off by one, only the outlet or only the date, a `-2` too many or few.
 */
export function keyTypos(keys: readonly string[], n: number, seed = n): string[] {
  const rnd = prng(seed);
  const int = (k: number) => Math.floor(rnd() * k);
  const bump = (k: string, part: number) =>
    k.replace(/(\d{4})-(\d\d)-(\d\d)/, (...m: string[]) => {
      const p = m.slice(1, 4);
      p[part] = String(Math.max(1, Number(p[part]) + (rnd() < 0.5 ? -1 : 1))).padStart(p[part].length, '0');
      return p.join('-');
    });
  const edits: ((k: string) => string)[] = [
    (k) => {
      const i = int(k.length);
      return k.slice(0, i) + 'abcdefghijklmnopqrstuvwxyz0123456789'[int(36)] + k.slice(i + 1);
    },
    (k) => {
      const i = int(k.length - 1);
      return k.slice(0, i) + k[i + 1] + k[i] + k.slice(i + 2);
    },
    (k) => {
      const i = int(k.length);
      return k.slice(0, i) + k.slice(i + 1);
    },
    (k) => bump(k, 0),
    (k) => bump(k, 1),
    (k) => bump(k, 2),
    (k) => k.match(/\d{4}-\d\d-\d\d.*$/)?.[0] ?? k.slice(1),
    (k) => k.replace(/-\d{4}-\d\d-\d\d.*$/, ''),
    (k) => (/-\d{4}-\d\d-\d\d-\d+$/.test(k) ? k.replace(/-\d+$/, '') : k + '-2'),
  ];
  const known = new Set(keys);
  const out: string[] = [];
  while (out.length < n) {
    const t = edits[out.length % edits.length](keys[int(keys.length)]);
    if (!known.has(t)) out.push(t);
  }
  return out;
}
