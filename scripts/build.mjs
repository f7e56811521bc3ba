// Bundles the extension client and the language server with esbuild.
//   dist/client.js  ← client/src/extension.ts   (vscode is provided by the editor)
//   dist/server.js  ← server/src/lsp/main.ts    (runs on its own: `node dist/server.js --stdio`)
//   dist/cli.js     ← server/src/cli/launch.ts       (`stargate-xref check …`: loads dist/cli-engine.js with V8's code cache)
//   dist/cli-engine.js ← server/src/cli/main.ts      (the command; its hash on its first line, for the code cache)
//   dist/corpusWorker.js ← server/src/corpus/corpusWorker.ts (indexing threads the server and the CLI start for large corpora)
//   dist/vendor/*.js     ← the packages the engine requires only for some runs (see lazyPackages)
// Nothing is copied: the server finds seeds/ next to the bundle (dist/..) through bundledSeedsDir().
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

// esbuild writes `import * as fs from 'fs'` as a copy of the module's properties (`__toESM`, a getter defined for
// each of fs's hundred names) in every file that imports it, at every start. The engine's imports of Node's modules
// are resolved instead to one module a name that re-exports it: each is copied once a bundle.
const nodeModules = ['fs', 'path', 'os', 'v8', 'vm', 'zlib', 'module'];
const ownSource = [path.join(root, 'server', 'src') + path.sep, path.join(root, 'client', 'src') + path.sep];
/** @type {esbuild.Plugin} */
const sharedNodeModules = {
  name: 'shared-node-modules',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:node:)?(?:${nodeModules.join('|')})$`) }, (args) =>
      ownSource.some((dir) => args.importer.startsWith(dir))
        ? { path: args.path.replace(/^node:/, ''), namespace: 'shared-node-module' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'shared-node-module' }, (args) => ({
      contents: `export * from 'node:${args.path}';`,
      loader: 'js',
    }));
  },
};

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  absWorkingDir: root,
  plugins: [sharedNodeModules],
};

// Packages the engine requires only when it needs them (corpus/readers/html.ts on the first saved page,
// corpus/pg.ts when a shared corpus is opened) are kept out of the bundles, each in a file of its own under
// dist/vendor/ that those require() calls load: a run that reads no page and opens no database does not parse
// their 1.5 MB (two thirds of the CLI bundle) at every start. Only the engine's own imports are redirected; a
// package that markdown-it or htmlparser2 imports itself stays inside the bundle that uses it.
const lazyPackages = ['htmlparser2', 'entities', 'encoding-sniffer', 'iconv-lite', 'pg', 'pg-copy-streams'];
const engineSource = path.join(root, 'server', 'src') + path.sep;
/** @type {esbuild.Plugin} */
const lazyVendor = {
  name: 'lazy-vendor',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:${lazyPackages.join('|')})$`) }, (args) =>
      args.importer.startsWith(engineSource) ? { path: `./vendor/${args.path}.js`, external: true } : undefined,
    );
  },
};
// The engine's cache entries are valid for the code that wrote them (corpus/cache.ts engineVersion): each bundle
// holding the engine gets its own hash written into it, so that a start need not read and hash the bundle again.
// esbuild writes a placeholder of the hash's length; the hash is the SHA-256 of the bundle as written (placeholder
// included), put in its place (same length: the source map stays right).
const HASH_PLACEHOLDER = 'XREF:code:hash:0';
/** @type {esbuild.Plugin} */
const codeHash = {
  name: 'code-hash',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      const file = path.resolve(root, build.initialOptions.outfile);
      const code = await fs.readFile(file, 'utf8');
      if (!code.includes(`"${HASH_PLACEHOLDER}"`)) return;
      const hash = createHash('sha256').update(code).digest('hex').slice(0, HASH_PLACEHOLDER.length);
      await fs.writeFile(file, code.split(`"${HASH_PLACEHOLDER}"`).join(`"${hash}"`));
    });
  },
};
// esbuild's charset 'ascii' escapes strings and names but leaves regex literals as written (Hangul in character
// classes): the CLI's bundle is then read as UTF-8 into a two-byte string, at twice the cost of an ASCII file of its
// size. Each character above U+007F is written as its \\uXXXX escape (the same regex, in either mode), and the source
// map's columns after it are moved by the five characters it grew.
const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlqDecode(segment) {
  const out = [];
  let value = 0,
    shift = 0;
  for (const ch of segment) {
    const d = VLQ.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return out;
}
function vlqEncode(values) {
  let out = '';
  for (const v of values) {
    let x = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      const d = x & 31;
      x >>>= 5;
      out += VLQ[x ? d | 32 : d];
    } while (x);
  }
  return out;
}
/** The file and its source map with every non-ASCII UTF-16 unit escaped; throws where an escape would change the code. */
async function asciiOnly(file) {
  const code = await fs.readFile(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(code)) return;
  const lines = code.split('\n');
  const map = JSON.parse(await fs.readFile(file + '.map', 'utf8'));
  const mapLines = map.mappings.split(';');
  lines.forEach((line, l) => {
    const grown = []; // columns (before the change) of the units escaped on this line
    let out = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c < 0x80) {
        out += line[i];
        continue;
      }
      if (line[i - 1] === '\\') throw new Error(`${file}:${l + 1}: an escaped non-ASCII character (\\${line[i]})`);
      out += '\\u' + c.toString(16).padStart(4, '0');
      grown.push(i);
    }
    if (!grown.length) return;
    lines[l] = out;
    let col = 0,
      newPrev = 0;
    mapLines[l] = (mapLines[l] ?? '')
      .split(',')
      .filter(Boolean)
      .map((seg) => {
        const [dc, ...rest] = vlqDecode(seg);
        col += dc;
        let moved = col;
        for (const g of grown) if (g < col) moved += 5;
        const enc = vlqEncode([moved - newPrev, ...rest]);
        newPrev = moved;
        return enc;
      })
      .join(',');
  });
  map.mappings = mapLines.join(';');
  await fs.writeFile(file, lines.join('\n'));
  await fs.writeFile(file + '.map', JSON.stringify(map));
}
/** @type {esbuild.Plugin} */
const asciiBundle = {
  name: 'ascii-bundle',
  setup(build) {
    build.onEnd(async (result) => {
      if (!result.errors.length) await asciiOnly(path.resolve(root, build.initialOptions.outfile));
    });
  },
};
const engineBundle = {
  define: { __XREF_CODE_HASH__: JSON.stringify(HASH_PLACEHOLDER) },
  plugins: [sharedNodeModules, lazyVendor, codeHash],
};

const requireHere = createRequire(import.meta.url);
const vendorEntry = Object.fromEntries(lazyPackages.map((p) => [p, requireHere.resolve(p, { paths: [root] })]));

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['server/src/lsp/main.ts'],
    outfile: 'dist/server.js',
    external: ['pg-native'],
    ...engineBundle,
  },
  // The CLI (bin/stargate-xref.js) runs the same engine without tsx once built: dist/cli.js, a launcher of Node's
  // modules only, compiles dist/cli-engine.js with the code cache kept for it (cli/launch.ts), which it finds by the
  // hash on the bundle's first line (the placeholder there is replaced with the rest, see codeHash).
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli-engine.js',
    external: ['pg-native'],
    // Read whole at every start of the command (cli/launch.ts): without its comments and indentation it is 0.68 MB
    // instead of 0.94 (names are kept: a stack trace still reads; the source map gives the lines).
    minifyWhitespace: true,
    banner: { js: `/*"${HASH_PLACEHOLDER}"*/` },
    ...engineBundle,
    // ASCII first, then the hash of the file as written.
    plugins: [sharedNodeModules, lazyVendor, asciiBundle, codeHash],
  },
  { ...common, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js' },
  // Found beside the bundle that starts it (parallel.ts); without it indexing stays on one thread.
  {
    ...common,
    entryPoints: ['server/src/corpus/corpusWorker.ts'],
    outfile: 'dist/corpusWorker.js',
    ...engineBundle,
  },
  // dist/vendor/<package>.js: module.exports is what require('<package>') gives.
  {
    ...common,
    sourcemap: false,
    entryPoints: lazyPackages.map((p) => ({ in: vendorEntry[p], out: p })),
    outdir: 'dist/vendor',
    external: ['pg-native'],
  },
];

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('esbuild: watching client and server');
} else {
  const started = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(
    `esbuild: dist/client.js, dist/server.js, dist/cli.js, dist/cli-engine.js, dist/corpusWorker.js, dist/vendor/ in ${Date.now() - started} ms`,
  );
}
