import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { openDatabase, type Db, type DialectName } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { localFileStore } from '../../files/local-file-store.js';
import { JobWorker } from '../../jobs/worker.js';
import { forgetCachedActors } from '../auth/actors.js';
import { signUpOwner } from '../../testing/factories.js';
import { multipart } from '../../testing/multipart.js';
import { openTestDatabase, testDialects } from '../../testing/test-database.js';
import { waitFor } from '../../testing/wait-for.js';
import { importJobDefinition } from './imports.runner.js';
import type { Import } from './imports.schemas.js';

const NODE = fileURLToPath(new URL('../../testing/import-worker-process.ts', import.meta.url));
const ROWS = 30_000;
const LEASE_MS = 1_000;

/** A database other processes can open too: an SQLite file, or the test's PostgreSQL schema. */
async function sharedDatabase(
  dialect: DialectName,
  dir: string,
): Promise<{ db: Db; url: string; close: () => Promise<void> }> {
  if (dialect === 'postgres') return openTestDatabase('postgres');
  const url = `sqlite:${join(dir, 'rapport.db')}`;
  const db = openDatabase(url);
  await migrateToLatest(db);
  return { db, url, close: () => db.destroy() };
}

describe.each(testDialects())('an import on %s whose node is killed mid-import', (dialect) => {
  let dir: string;
  let app: FastifyInstance;
  let database: Awaited<ReturnType<typeof sharedDatabase>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-import-'));
    database = await sharedDatabase(dialect, dir);
    app = await buildApp({
      db: database.db,
      webRoot: null,
      rateLimitPerMinute: 100_000,
      files: { store: localFileStore(join(dir, 'files')) },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
    forgetCachedActors();
  });

  it('resumes from its last committed batch on another node: every row once, none twice', async () => {
    const owner = await signUpOwner(app);
    const lines = ['First name,Last name,Email'];
    for (let n = 0; n < ROWS; n++) lines.push(`Person,Number ${n},person.${n}@example.com`);
    const { payload, headers } = multipart([
      { name: 'object', content: 'people' },
      {
        name: 'mapping',
        content: JSON.stringify({ 'First name': 'firstName', 'Last name': 'lastName', Email: 'emails' }),
      },
      { name: 'file', filename: 'people.csv', contentType: 'text/csv', content: `${lines.join('\n')}\n` },
    ]);
    const created = await owner.post('/imports', payload, headers);
    expect(created.statusCode, created.body).toBe(202);
    const id = created.json<Import>().id;
    const progress = async () => (await owner.get(`/imports/${id}`)).json<Import>();

    const child = spawn(process.execPath, ['--import', 'tsx', NODE], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        FILES_DIR: join(dir, 'files'),
        JOB_LEASE_MS: String(LEASE_MS),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await waitFor(async () => (await progress()).processed >= 3_000, {
      timeoutMs: 120_000,
      what: 'the node to import some rows',
    });
    child.kill('SIGKILL');
    await exited;
    const atKill = await progress();
    expect(atKill.status).toBe('running');
    expect(atKill.processed).toBeLessThan(ROWS);
    expect(atKill.processed % 1000).toBe(0);

    // Another node takes the job over once the killed node's lease runs out.
    const worker = new JobWorker(database.db, {
      definitions: [importJobDefinition(localFileStore(join(dir, 'files')))],
      leaseMs: LEASE_MS,
      pollMs: 100,
    });
    try {
      await waitFor(async () => (await progress()).status === 'done', {
        timeoutMs: 180_000,
        what: 'the import to finish',
      });
    } finally {
      await worker.stop();
    }
    expect(await progress()).toMatchObject({
      processed: ROWS,
      created: ROWS,
      updated: 0,
      skipped: 0,
      failed: 0,
    });
    const ws = owner.info.workspaceId;
    const count = async (query: ReturnType<typeof sql<{ n: number | string }>>) =>
      Number((await query.execute(database.db)).rows[0]!.n);
    expect(await count(sql`select count(*) as n from people where workspace_id = ${ws}`)).toBe(ROWS);
    expect(
      await count(sql`select count(distinct primary_email) as n from people where workspace_id = ${ws}`),
    ).toBe(ROWS);
    expect(
      await count(
        sql`select count(*) as n from search_documents where workspace_id = ${ws} and entity_type = 'person'`,
      ),
    ).toBe(ROWS);
    // Each record's creation is its timeline's `created` event (with the record's id), written once.
    expect(
      await count(
        sql`select count(distinct id) as n from timeline_events where workspace_id = ${ws} and kind = 'created' and id = record_id`,
      ),
    ).toBe(ROWS);
    // The import's audit entries stand for its records: none of their own.
    expect(
      await count(
        sql`select count(*) as n from audit_log where workspace_id = ${ws} and entity_type = 'person'`,
      ),
    ).toBe(0);
    expect(await count(sql`select count(*) as n from import_errors where workspace_id = ${ws}`)).toBe(0);
  }, 400_000);
});
