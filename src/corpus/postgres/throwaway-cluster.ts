// A private, disposable PostgreSQL cluster under a temp dir: what the test suite and
// `npm run bench:scale` run against when no server is given. It uses the distribution's server
// binaries (Debian: /usr/lib/postgresql/<version>/bin) and never touches a system cluster.
// initdb refuses to run as root, so as root the cluster belongs to the `postgres` system user.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type ThrowawayCluster = {
  /** Connection URL of the cluster's `postgres` database (superuser, trust auth). */
  url: string;
  /** Stops the server and deletes the data dir; safe to call twice. */
  stop(): void;
};

/** The newest PostgreSQL server bin dir on this machine, or null when none is installed. */
export function findPostgresBinDir(): string | null {
  const candidates = [process.env.QUOTETRACE_PG_BIN, ...debianBinDirs()].filter((d): d is string => !!d);
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

function debianBinDirs(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(root, v, 'bin'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a server binary, as the `postgres` system user when we are root. */
function runPgBinary(binary: string, args: string[]): void {
  const [command, argv] = runsAsRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  const result = spawnSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new Error(`${binary}: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-5).join(' | ');
    throw new Error(`${binary} ${args[0] ?? ''} failed (exit ${result.status}): ${output}`);
  }
}

export type ClusterOptions = {
  /** Trade durability for speed (fsync off): right for tests and benchmarks, never for data. */
  fast?: boolean;
  maxConnections?: number;
};

export async function startThrowawayCluster(options: ClusterOptions = {}): Promise<ThrowawayCluster> {
  const binDir = findPostgresBinDir();
  if (!binDir) throw new Error('no PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin); install the postgresql package');
  const dir = mkdtempSync(join(tmpdir(), 'quotetrace-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  if (runsAsRoot) chownSync(dir, pgUid(), pgGid());
  const pgCtl = join(binDir, 'pg_ctl');
  let started = false;
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', stop);
    if (started) {
      try {
        runPgBinary(pgCtl, ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
      } catch {
        // Already gone (killed, or the dir was removed): nothing left to stop.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Last resort when the caller never reaches its teardown (uncaught error, process.exit).
  process.on('exit', stop);
  try {
    runPgBinary(join(binDir, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const port = await freePort();
    const settings = [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${dir}'`,
      `max_connections = ${options.maxConnections ?? 200}`,
      ...(options.fast ?? true ? ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off'] : []),
    ];
    writeFileSync(join(dataDir, 'postgresql.auto.conf'), settings.join('\n') + '\n');
    if (runsAsRoot) chownSync(join(dataDir, 'postgresql.auto.conf'), pgUid(), pgGid());
    runPgBinary(pgCtl, ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60']);
    started = true;
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (err) {
    stop();
    throw err;
  }
}

function pgUid(): number {
  return idOf('-u');
}
function pgGid(): number {
  return idOf('-g');
}
function idOf(flag: '-u' | '-g'): number {
  const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const id = Number(result.stdout.trim());
  if (result.status !== 0 || !Number.isInteger(id)) throw new Error('running as root, but there is no `postgres` system user to own the cluster');
  return id;
}

/** Creates an empty database on the server at `serverUrl` and returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name: ${name}`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
