import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** Statements a node has under way at once (its pool has ten connections by default). */
const IN_FLIGHT = 4;

type Reply = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A @fastify/rate-limit store that counts in the database, so that every app node on one PostgreSQL
 * shares a credential's limit instead of granting it once per node. Like the plugin's own store, a
 * window starts with a key's first request: an upsert either adds to the key's current window or,
 * when that window is over, starts a new one, and reads the count back.
 *
 * One upsert per request cost more than half of a bare route's throughput (bench/rate-limit.ts). So
 * a node has at most a few statements under way: requests arriving meanwhile wait for the next, which
 * adds each key's waiting requests in one row (a multi-row upsert, keys in order so that statements
 * lock rows in the same order and never deadlock). Every request still gets its own place in its key's count, as the
 * database holds it: limits stay exact across nodes.
 */
export function databaseRateLimitStore(db: Db) {
  /** Requests waiting for the next statement, per window length and key, in arrival order. */
  const waiting = new Map<number, Map<string, Reply[]>>();
  /** Statements under way: a few at once, so one slow round trip does not hold every request. */
  let sending = 0;

  async function send(timeWindow: number, batch: Map<string, Reply[]>) {
    const now = Date.now();
    const keys = [...batch.keys()].sort();
    const expired = sql<boolean>`rate_limit_hits.window_start + ${timeWindow} <= ${now}`;
    const rows = sql.join(keys.map((key) => sql`(${key}, ${now}, ${batch.get(key)!.length})`));
    try {
      const result = await sql<{ key: string; hits: number; window_start: number }>`
        insert into rate_limit_hits (key, window_start, hits) values ${rows}
        on conflict (key) do update set
          hits = case when ${expired} then excluded.hits else rate_limit_hits.hits + excluded.hits end,
          window_start = case when ${expired} then ${now} else rate_limit_hits.window_start end
        returning key, hits, window_start`.execute(db);
      for (const row of result.rows) {
        const replies = batch.get(row.key)!;
        const ttl = Number(row.window_start) + timeWindow - now;
        const first = Number(row.hits) - replies.length + 1;
        replies.forEach((reply, i) => reply(null, { current: first + i, ttl }));
      }
    } catch (error) {
      for (const replies of batch.values()) for (const reply of replies) reply(error as Error);
    }
  }

  async function sendWaiting() {
    sending++;
    while (waiting.size > 0) {
      const batches = [...waiting];
      waiting.clear();
      for (const [timeWindow, batch] of batches) await send(timeWindow, batch);
    }
    sending--;
  }

  return class DatabaseRateLimitStore {
    incr(key: string, reply: Reply, timeWindow: number) {
      let batch = waiting.get(timeWindow);
      if (!batch) {
        batch = new Map<string, Reply[]>();
        waiting.set(timeWindow, batch);
      }
      const replies = batch.get(key);
      if (replies) replies.push(reply);
      else batch.set(key, [reply]);
      if (sending < IN_FLIGHT) void sendWaiting();
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
