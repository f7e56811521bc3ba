// npm run fuzz [-- RUNS_MULTIPLIER [SEED]]: the property tests with far more cases (default x50, a few
// minutes), then the attack strings. Prints the seed; rerun a failure with the same seed.
import { spawnSync } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '..');
const scale = process.argv[2] ?? process.env.XREF_FUZZ_RUNS ?? '50';
const seed =
  process.argv[3] ?? process.env.XREF_FUZZ_SEED ?? String(Date.now() ^ Math.floor(Math.random() * 0x7fffffff));
console.log(`fuzz: property runs x${scale}, seed ${seed}`);
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const r = spawnSync(
  process.execPath,
  [
    mocha,
    '--no-config',
    '-r',
    'tsx/cjs',
    '--extension',
    'ts',
    '--timeout',
    '0',
    'test/unit/properties.test.ts',
    'test/unit/attacks.test.ts',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, XREF_FUZZ_RUNS: scale, XREF_FUZZ_SEED: seed },
  },
);
if (r.status !== 0) console.error(`fuzz failed: rerun with  npm run fuzz -- ${scale} ${seed}`);
process.exit(r.status ?? 1);
