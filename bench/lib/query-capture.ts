import type { CompiledQuery, KyselyPlugin } from 'kysely';
import type { Db } from '../../src/server/db/database.js';
import { buildApp } from '../../src/server/app.js';

/**
 * The SQL a request really runs: the server built in this process on a database handle that records
 * every query compiled while a request is in flight. Replaying the recorded queries back to back is
 * the database's share of the request, the ceiling no HTTP layer can beat.
 */
export async function captureRequestQueries(
  db: Db,
  apiKey: string,
  paths: string[],
): Promise<Map<string, CompiledQuery[]>> {
  let recording: CompiledQuery[] | null = null;
  const recorder: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      recording?.push(db.getExecutor().compileQuery(node, queryId));
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const app = await buildApp({ db: db.withPlugin(recorder), webRoot: null, rateLimitPerMinute: 1e9 });
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
  }
  return captured;
}

/** Runs a request's recorded queries one after the other, as the request did. */
export async function replay(db: Db, queries: CompiledQuery[]): Promise<void> {
  for (const query of queries) await db.executeQuery(query);
}
