// Bundles the extension client and the language server with esbuild.
//   dist/client.js  ← client/src/extension.ts   (vscode is provided by the editor)
//   dist/server.js  ← server/src/lsp/main.ts    (runs on its own: `node dist/server.js --stdio`)
//   dist/cli.js     ← server/src/cli/main.ts         (`stargate-xref check …`)
//   dist/corpusWorker.js ← server/src/corpus/corpusWorker.ts (indexing threads the server and the CLI start for large corpora)
// Nothing is copied: the server finds seeds/ next to the bundle (dist/..) through bundledSeedsDir().
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

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
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', external: ['pg-native'] },
  // The CLI (bin/stargate-xref.js) runs the same engine without tsx once built.
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['pg-native'] },
  // Found beside the bundle that starts it (parallel.ts); without it indexing stays on one thread.
  { ...common, entryPoints: ['server/src/corpus/corpusWorker.ts'], outfile: 'dist/corpusWorker.js' },
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
    `esbuild: dist/client.js, dist/server.js, dist/cli.js, dist/corpusWorker.js in ${Date.now() - started} ms`,
  );
}
