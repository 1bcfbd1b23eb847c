import type pg from 'pg';

/** Runs `body` in one transaction on a pooled client that first takes the transaction-scoped
 *  advisory lock `lock`, so writers that share the lock run their transactions one at a time.
 *  The lock is taken before anything else in the transaction: a writer that held rows while
 *  waiting for it could deadlock with the lock's holder (see store.ts). COMMIT and ROLLBACK both
 *  release the lock; a failed ROLLBACK (connection already gone) must not hide the body's error. */
export async function inLockedTransaction<T>(pool: pg.Pool, lock: number, body: (db: pg.PoolClient) => Promise<T>): Promise<T> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    await db.query('SELECT pg_advisory_xact_lock($1, 0)', [lock]);
    const result = await body(db);
    await db.query('COMMIT');
    return result;
  } catch (err) {
    await db.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    db.release();
  }
}
