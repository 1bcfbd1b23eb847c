// vitest globalSetup: one throwaway PostgreSQL cluster for the whole run, its URL exported as
// QUOTETRACE_TEST_PG (inherited by the test forks and by the CLI processes the tests spawn).
// A server given in QUOTETRACE_TEST_PG is used as is and left alone. Without PostgreSQL binaries
// the Postgres suites skip and say why (QUOTETRACE_TEST_PG_SKIP); `.ci/run` installs them.
import { findPostgresBinDir, startThrowawayCluster, createDatabase } from '../../src/corpus/postgres/throwaway-cluster.js';

export default async function setup(): Promise<(() => void) | void> {
  if (process.env.QUOTETRACE_TEST_PG) return;
  if (!findPostgresBinDir()) {
    process.env.QUOTETRACE_TEST_PG_SKIP = 'PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin): Postgres suites skipped; install the postgresql package or set QUOTETRACE_TEST_PG';
    process.stderr.write(`${process.env.QUOTETRACE_TEST_PG_SKIP}\n`);
    return;
  }
  const cluster = await startThrowawayCluster({ fast: true });
  process.env.QUOTETRACE_TEST_PG = cluster.url;
  return () => cluster.stop();
}

/** The test server's URL, or undefined when the Postgres suites must skip. */
export function testPostgresUrl(): string | undefined {
  return process.env.QUOTETRACE_TEST_PG || undefined;
}

/** Why the Postgres suites skip, for the skipped suite's name. */
export function postgresSkipReason(): string {
  return process.env.QUOTETRACE_TEST_PG_SKIP ?? 'QUOTETRACE_TEST_PG not set';
}

let counter = 0;
/** A fresh, empty database on the test server, unique to this test file and call. */
export async function freshTestDatabase(label: string): Promise<string> {
  const url = testPostgresUrl();
  if (!url) throw new Error(postgresSkipReason());
  const name = `qt_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30)}_${process.pid}_${++counter}`;
  return createDatabase(url, name);
}
