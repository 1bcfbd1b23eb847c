// The throwaway cluster the suites run against: reachable, and fresh databases are isolated.
import { describe, it, expect } from 'vitest';
import pg from 'pg';
import { testPostgresUrl, postgresSkipReason, freshTestDatabase } from '../setup/postgres.js';

describe.skipIf(!testPostgresUrl())(`postgres test cluster${testPostgresUrl() ? '' : ` (${postgresSkipReason()})`}`, () => {
  it('gives each caller its own empty database', async () => {
    const a = await freshTestDatabase('cluster_a');
    const b = await freshTestDatabase('cluster_b');
    expect(a).not.toBe(b);
    const clientA = new pg.Client({ connectionString: a });
    const clientB = new pg.Client({ connectionString: b });
    await clientA.connect();
    await clientB.connect();
    try {
      await clientA.query('CREATE TABLE marker (x int)');
      const inB = await clientB.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'marker'`);
      expect(inB.rows[0].n).toBe(0);
      const version = await clientA.query('SHOW server_version_num');
      expect(Number(version.rows[0].server_version_num)).toBeGreaterThanOrEqual(120000);
    } finally {
      await clientA.end();
      await clientB.end();
    }
  });
});
