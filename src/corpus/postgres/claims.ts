// Work splitting between ingest processes that share one database and read the same inputs.
//
// A claim is a session-level advisory lock keyed by the article's text hash, held on one
// dedicated connection per process from "not stored yet, I take it" (hasArticle) until the
// article's transaction has committed (addArticle). Why advisory locks rather than a claims
// table with leases:
//  - a claim dies with its holder: kill -9, a crash or a lost machine closes the connection and
//    PostgreSQL drops every lock it held at once, so no lease timeout has to be tuned against the
//    slowest article and no heartbeat has to run;
//  - nothing is written per claim, so claiming costs one round trip and no WAL;
//  - the "exactly once" guarantee does not rest on the claim anyway: articles.id and
//    articles.text_hash are UNIQUE and addArticle inserts with ON CONFLICT DO NOTHING, so even two
//    processes that both extracted an article (e.g. after a claim was lost) store it once.
// A process skips an article another live process holds and remembers it; `abandoned()` later
// waits for those claims to end and hands back the ones whose holder died without storing them.
import type pg from 'pg';
import type { ArticleInput } from '../store.js';

export type ClaimOutcome = 'claimed' | 'busy';

/** A 64-bit advisory lock key (signed, as PostgreSQL's bigint) from a hex text hash. */
export function claimKey(textHash: string): string {
  return BigInt.asIntN(64, BigInt(`0x${textHash.slice(0, 16)}`)).toString();
}

export class Claims {
  /** Locks this session holds, with how many times (locks nest within one session). */
  private readonly held = new Map<string, number>();
  /** Articles skipped because another process held them, by claim key. */
  private readonly skipped = new Map<string, ArticleInput>();

  constructor(private readonly client: pg.Client) {}

  async claim(textHash: string, article: ArticleInput): Promise<ClaimOutcome> {
    const key = claimKey(textHash);
    const { rows } = await this.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [key]);
    if (!rows[0]!.ok) {
      this.skipped.set(key, article);
      return 'busy';
    }
    this.held.set(key, (this.held.get(key) ?? 0) + 1);
    this.skipped.delete(key);
    return 'claimed';
  }

  /** Ends this process's claim (after the article committed, or could not be stored). */
  async release(textHash: string): Promise<void> {
    const key = claimKey(textHash);
    const count = this.held.get(key);
    if (!count) return;
    if (count === 1) this.held.delete(key);
    else this.held.set(key, count - 1);
    await this.client.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
  }

  /** Articles another process claimed while this one passed them and that are still not stored
   *  once that claim ended: their holder died. Waits for claims that are still held. */
  async *abandoned(isStored: (article: ArticleInput) => Promise<boolean>): AsyncGenerator<ArticleInput> {
    while (this.skipped.size > 0) {
      const [key, article] = this.skipped.entries().next().value as [string, ArticleInput];
      this.skipped.delete(key);
      // Blocks until the holder commits or its connection ends; then let go at once: the caller
      // claims it again through hasArticle like any other input.
      await this.client.query('SELECT pg_advisory_lock($1::bigint)', [key]);
      await this.client.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
      if (!(await isStored(article))) yield article;
    }
  }
}
