import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneExpired } from '../../jobs/housekeeping.js';
import { uuidv7 } from '../../lib/ids.js';
import { createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { fileUpload, SAMPLE_FILES } from '../../testing/multipart.js';
import { testDialects } from '../../testing/test-database.js';
import { cleanUpFiles, FILE_RETENTION_MS, ORPHAN_GRACE_MS } from './files.cleanup.js';

const later = (ms: number) => new Date(Date.now() + ms);

describe.each(testDialects())('file cleanup on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const keysOf = (workspaceId: string) => {
    try {
      return readdirSync(join(t.filesDir, workspaceId));
    } catch {
      return [];
    }
  };
  const rowsOf = async (workspaceId: string) =>
    (
      await t.app.db
        .selectFrom('files')
        .select(['id', 'deleted_at'])
        .where('workspace_id', '=', workspaceId)
        .execute()
    ).map((row) => row.id);

  async function fileOn(owner: Client) {
    const person = await owner.post('/people', { firstName: 'Ivo' });
    const { payload, headers } = fileUpload('a.csv', SAMPLE_FILES.csv, 'text/csv');
    const response = await owner.post(`/people/${person.json<{ id: string }>().id}/files`, payload, headers);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  }

  it('removes deleted files, with their content, once the retention period is over', async () => {
    const owner = await signUpOwner(t.app);
    const kept = await fileOn(owner);
    const deleted = await fileOn(owner);
    expect((await owner.delete(`/files/${deleted}`)).statusCode).toBe(204);

    await cleanUpFiles(t.app.db, t.app.files.store, later(FILE_RETENTION_MS - 60_000));
    expect((await rowsOf(owner.info.workspaceId)).sort()).toEqual([kept, deleted].sort());
    expect(keysOf(owner.info.workspaceId)).toHaveLength(2);

    const result = await cleanUpFiles(t.app.db, t.app.files.store, later(FILE_RETENTION_MS + 60_000));
    expect(result.deletedFiles).toBeGreaterThanOrEqual(1);
    expect(await rowsOf(owner.info.workspaceId)).toEqual([kept]);
    expect(keysOf(owner.info.workspaceId)).toHaveLength(1);
    expect((await owner.get(`/files/${kept}/content`)).statusCode).toBe(200);
  });

  it('removes content without a row once it is older than the grace period, and abandoned partial uploads', async () => {
    const owner = await signUpOwner(t.app);
    const kept = await fileOn(owner);
    // An upload whose process died between storing the content and writing its row.
    await t.app.files.store.put(Readable.from(['orphan']), { prefix: owner.info.workspaceId, maxBytes: 100 });
    // Content of a workspace this database does not know (a folder shared by mistake) is not judged.
    const foreign = uuidv7();
    await t.app.files.store.put(Readable.from(['not ours']), { prefix: foreign, maxBytes: 100 });
    mkdirSync(join(t.filesDir, '.partial'), { recursive: true });
    writeFileSync(join(t.filesDir, '.partial', 'died-mid-upload'), 'half a fi');
    expect(keysOf(owner.info.workspaceId)).toHaveLength(2);

    // Within the grace period an upload may still be writing its row: nothing goes.
    await cleanUpFiles(t.app.db, t.app.files.store);
    expect(keysOf(owner.info.workspaceId)).toHaveLength(2);
    expect(readdirSync(join(t.filesDir, '.partial'))).toContain('died-mid-upload');

    const result = await cleanUpFiles(t.app.db, t.app.files.store, later(ORPHAN_GRACE_MS + 60_000));
    expect(result.orphanContents).toBeGreaterThanOrEqual(1);
    expect(result.abandonedUploads).toBeGreaterThanOrEqual(1);
    expect(keysOf(owner.info.workspaceId)).toHaveLength(1);
    expect(keysOf(foreign)).toHaveLength(1);
    expect(readdirSync(join(t.filesDir, '.partial'))).not.toContain('died-mid-upload');
    expect((await owner.get(`/files/${kept}/content`)).statusCode).toBe(200);
  });

  it('leaves files of trashed records alone and removes those of purged ones', async () => {
    const owner = await signUpOwner(t.app);
    const person = (await owner.post('/people', { firstName: 'Eva' })).json<{ id: string }>().id;
    const { payload, headers } = fileUpload('a.pdf', SAMPLE_FILES.pdf);
    const file = (await owner.post(`/people/${person}/files`, payload, headers)).json<{ id: string }>().id;
    expect((await owner.delete(`/people/${person}`)).statusCode).toBe(204);
    await cleanUpFiles(t.app.db, t.app.files.store, later(FILE_RETENTION_MS + ORPHAN_GRACE_MS));
    expect(await rowsOf(owner.info.workspaceId)).toEqual([file]);

    await t.app.db
      .deleteFrom('people')
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('id', '=', person)
      .execute();
    const result = await cleanUpFiles(t.app.db, t.app.files.store);
    expect(result.filesOfPurgedRecords).toBeGreaterThanOrEqual(1);
    expect(await rowsOf(owner.info.workspaceId)).toEqual([]);
    expect(keysOf(owner.info.workspaceId)).toEqual([]);
  });

  it('runs with housekeeping when given the file store', async () => {
    const owner = await signUpOwner(t.app);
    const file = await fileOn(owner);
    expect((await owner.delete(`/files/${file}`)).statusCode).toBe(204);
    const pruned = await pruneExpired(t.app.db, later(FILE_RETENTION_MS + 60_000), t.app.files.store);
    expect(pruned.files?.deletedFiles).toBeGreaterThanOrEqual(1);
    expect(keysOf(owner.info.workspaceId)).toEqual([]);
  });
});
