import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { MMAP_THRESHOLD, mallocTunables, restartEnv } from '../../server/src/memoryEnv';

const ROOT = path.join(__dirname, '..', '..');

/** The resident MB the blocks add while held and after most are freed (mallocArena.ts), in a process with `env`. */
function arena(env: NodeJS.ProcessEnv): { full: number; after: number } {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--require', 'tsx/cjs', path.join(__dirname, 'mallocArena.ts')],
    { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 },
  );
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe("memoryEnv: glibc's malloc tunables for the processes the extension starts", () => {
  it('adds the fixed mmap threshold, keeps the tunables a user set, and never overrides their threshold', () => {
    assert.equal(mallocTunables({}), MMAP_THRESHOLD);
    assert.equal(mallocTunables({ GLIBC_TUNABLES: '' }), MMAP_THRESHOLD);
    assert.equal(
      mallocTunables({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }),
      `glibc.malloc.arena_max=2:${MMAP_THRESHOLD}`,
    );
    assert.equal(
      mallocTunables({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=65536:glibc.malloc.arena_max=2' }),
      'glibc.malloc.mmap_threshold=65536:glibc.malloc.arena_max=2',
    );
  });

  it('the extension starts the language server with them in its environment', () => {
    const src = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    const options = /const serverOptions: ServerOptions = \{([\s\S]*?)\n {2}\};/.exec(src)?.[1] ?? '';
    assert.match(src, /const env = \{ GLIBC_TUNABLES: mallocTunables\(\) \};/);
    assert.match(options, /run: \{[^\n]*options: \{ env \}/);
    assert.match(options, /debug: \{[^\n]*options: \{ env,/);
  });

  it('with them, blocks freed after a large one leave the arena (glibc on Linux)', function () {
    this.timeout(120_000);
    const glibc = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header
      ?.glibcVersionRuntime;
    if (process.platform !== 'linux' || !glibc) this.skip();
    const { GLIBC_TUNABLES: _, ...plain } = process.env;
    const without = arena(plain);
    // (glibc's default: the freed 8 MB block raised the threshold, the 512 KB blocks came from the arena, and the space
    // of the 180 freed there stays mapped: ~30 MB of the 90)
    assert.ok(without.full >= 80 && without.after >= 20, JSON.stringify(without));
    const withIt = arena({ ...plain, GLIBC_TUNABLES: mallocTunables(plain) });
    assert.ok(withIt.full >= 80 && withIt.after < 12, JSON.stringify(withIt));
  });
});

describe('memoryEnv: `stargate-xref index` started again with them', () => {
  it('restarts index on glibc with the threshold added, and nothing else', () => {
    const env = { PATH: '/bin', GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' };
    assert.deepEqual(restartEnv(['index', '--json'], env, true), {
      PATH: '/bin',
      GLIBC_TUNABLES: `glibc.malloc.arena_max=2:${MMAP_THRESHOLD}`,
    });
    assert.equal(restartEnv(['check', 'r.md'], env, true), undefined);
    assert.equal(restartEnv(['index'], env, false), undefined);
    // (the restart itself, or a user's own threshold: never again)
    assert.equal(restartEnv(['index'], { GLIBC_TUNABLES: mallocTunables(env) }, true), undefined);
    assert.equal(restartEnv(['index'], { GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=1048576' }, true), undefined);
  });
});
