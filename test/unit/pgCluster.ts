// A throwaway PostgreSQL cluster for the shared-corpus tests and bench: initdb and pg_ctl on a temporary folder
// (the unix socket in it too) and a free local port, stopped and removed after, even when a test fails or the
// process exits. initdb refuses to run as root: as root the cluster runs as an unprivileged user.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export interface Cluster {
  url: string;
  dir: string;
  port: number;
  stop(): void;
  start(): void;
}

/** The folder of initdb and pg_ctl, or undefined when PostgreSQL is not installed. */
export function postgresBin(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath && fs.existsSync(path.join(path.dirname(fs.realpathSync(onPath)), 'pg_ctl')))
    return path.dirname(fs.realpathSync(onPath));
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (fs.existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  return undefined;
}

/** Why the PostgreSQL tier cannot run here, or undefined when it can. With XREF_REQUIRE_ALL_TIERS=1 a reason is a failure. */
export function postgresMissing(): string | undefined {
  if (!postgresBin()) return 'PostgreSQL (initdb, pg_ctl) is not installed';
  if (process.getuid?.() === 0 && !unprivilegedUser())
    return 'running as root and no unprivileged user (postgres, nobody) to run the cluster as';
  return undefined;
}

function unprivilegedUser(): string | undefined {
  for (const u of ['postgres', 'nobody']) if (spawnSync('id', ['-u', u]).status === 0) return u;
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

const running = new Set<Cluster>();
process.on('exit', () => {
  for (const c of running) c.stop();
});

/** Starts a cluster with a superuser `xref` (password `secret`: clients must send it, through PGPASSWORD); `url` has no password. */
export async function startCluster(): Promise<Cluster> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xref-pg-'));
  fs.chmodSync(dir, 0o755);
  const user = process.getuid?.() === 0 ? unprivilegedUser() : undefined;
  if (user) execFileSync('chown', [user, dir]);
  const as = (cmd: string, args: string[]) =>
    user
      ? execFileSync('runuser', ['-u', user, '--', path.join(bin, cmd), ...args], { stdio: 'pipe', cwd: dir })
      : execFileSync(path.join(bin, cmd), args, { stdio: 'pipe', cwd: dir });
  const pw = path.join(dir, 'pw');
  fs.writeFileSync(pw, 'secret\n');
  if (user) execFileSync('chown', [user, pw]);
  as('initdb', [
    '-D',
    path.join(dir, 'data'),
    '-U',
    'xref',
    '-A',
    'scram-sha-256',
    '--pwfile',
    pw,
    '-E',
    'UTF8',
    '--locale',
    'C',
    '--no-sync',
  ]);
  const port = await freePort();
  const c: Cluster = {
    url: `postgres://xref@127.0.0.1:${port}/postgres`,
    dir,
    port,
    start() {
      as('pg_ctl', [
        '-D',
        path.join(dir, 'data'),
        '-l',
        path.join(dir, 'log'),
        '-w',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
        'start',
      ]);
    },
    stop() {
      try {
        as('pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
      } catch {
        /* not running */
      }
    },
  };
  running.add(c);
  c.start();
  return c;
}

/** Stops the cluster and removes its folder. */
export function removeCluster(c: Cluster): void {
  c.stop();
  running.delete(c);
  fs.rmSync(c.dir, { recursive: true, force: true });
}
