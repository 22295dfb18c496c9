import type { CompiledQuery } from 'kysely';
import { openDatabase, type Db } from '../../src/server/db/database.js';
import { buildApp } from '../../src/server/app.js';

/**
 * The SQL a request really runs: the server built in this process on a database handle of its own
 * (on `url`) that logs every statement executed while a request is in flight, those prepared once
 * and run many times included. Replaying the recorded queries back to back is the database's share
 * of the request, the ceiling no HTTP layer can beat.
 */
export async function captureRequestQueries(
  url: string,
  apiKey: string,
  paths: string[],
): Promise<Map<string, CompiledQuery[]>> {
  let recording: CompiledQuery[] | null = null;
  const db = openDatabase(url, {
    log: (event) => {
      if (event.level === 'query') recording?.push(event.query);
    },
  });
  const app = await buildApp({ db, webRoot: null, rateLimitPerMinute: 1e9 });
  const headers = { authorization: `Bearer ${apiKey}` };
  const captured = new Map<string, CompiledQuery[]>();
  try {
    // Once unrecorded, so that what is cached between requests (the caller's key) is cached.
    for (const url of new Set(paths.slice(0, 1))) await app.inject({ method: 'GET', url, headers });
    for (const url of paths) {
      recording = [];
      const response = await app.inject({ method: 'GET', url, headers });
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      captured.set(url, recording);
      recording = null;
    }
  } finally {
    await app.close();
    await db.destroy();
  }
  return captured;
}

/** Runs a request's recorded queries one after the other, as the request did. */
export async function replay(db: Db, queries: CompiledQuery[]): Promise<void> {
  for (const query of queries) await db.executeQuery(query);
}
