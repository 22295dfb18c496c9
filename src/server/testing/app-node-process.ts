/**
 * One app node in a process of its own, for tests of several nodes on one database:
 * `node --import tsx src/server/testing/app-node-process.ts` with DATABASE_URL (already migrated).
 * Serves the API on a free port of 127.0.0.1, prints `listening <url>` once it does, and closes
 * gracefully on SIGTERM.
 */
import { buildApp } from '../app.js';
import { openDatabase } from '../db/database.js';

const db = openDatabase(process.env.DATABASE_URL);
const app = await buildApp({ db, webRoot: null });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`listening ${url}\n`);
process.once('SIGTERM', () => {
  void app.close().then(async () => {
    await db.destroy();
    process.exit(0);
  });
});
