import { sql } from 'kysely';
import type { Db } from '../db/database.js';

type Reply = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A @fastify/rate-limit store that counts in the database, so that every app node on one PostgreSQL
 * shares a credential's limit instead of granting it once per node. Like the plugin's own store, a
 * window starts with a key's first request: one upsert per request either adds one to the key's
 * current window or, when that window is over, starts a new one, and reads the count back.
 */
export function databaseRateLimitStore(db: Db) {
  return class DatabaseRateLimitStore {
    incr(key: string, reply: Reply, timeWindow: number) {
      const now = Date.now();
      const expired = sql<boolean>`rate_limit_hits.window_start + ${timeWindow} <= ${now}`;
      sql<{ hits: number; window_start: number }>`
        insert into rate_limit_hits (key, window_start, hits) values (${key}, ${now}, 1)
        on conflict (key) do update set
          hits = case when ${expired} then 1 else rate_limit_hits.hits + 1 end,
          window_start = case when ${expired} then ${now} else rate_limit_hits.window_start end
        returning hits, window_start`
        .execute(db)
        .then(
          ({ rows }) => {
            const row = rows[0]!;
            reply(null, { current: Number(row.hits), ttl: Number(row.window_start) + timeWindow - now });
          },
          (error: Error) => reply(error),
        );
    }

    /** Routes with limits of their own would share counts; every route uses the global limit. */
    child() {
      return this;
    }
  };
}

/** Deletes the counters whose window started before `before` (every window is shorter than that). */
export async function pruneRateLimitHits(db: Db, before: Date) {
  const result = await db
    .deleteFrom('rate_limit_hits')
    .where('window_start', '<', before.getTime())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
