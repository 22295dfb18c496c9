import type { Db } from '../../db/database.js';
import type { FileStore } from '../../files/file-store.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { findStorageKeys, purgeDeletedFiles, purgeFilesOfMissingRecords } from './files.repository.js';

const DAY_MS = 24 * 60 * 60_000;
/** How long a deleted file's content is kept before housekeeping removes it. */
export const FILE_RETENTION_MS = 30 * DAY_MS;
/**
 * Content with no row is left alone this long: an upload stores its content first and writes its row
 * right after, so only content older than this belongs to an upload that died in between.
 */
export const ORPHAN_GRACE_MS = 60 * 60_000;
const BATCH = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function removeAll(store: FileStore, keys: string[]) {
  for (const key of keys) await store.delete(key);
  return keys.length;
}

/** Runs a batch-at-a-time purge until a batch comes back short; returns how many it removed. */
async function inBatches(purge: () => Promise<string[]>, store: FileStore) {
  let removed = 0;
  for (;;) {
    const keys = await purge();
    removed += await removeAll(store, keys);
    if (keys.length < BATCH) return removed;
  }
}

/**
 * Stored content nobody can reach any more: content older than the grace period with no row (an upload
 * that died after storing it). Keys are grouped by their prefix, the workspace, and checked against its
 * rows a batch at a time. Content of a workspace this database does not hold is left alone: the folder
 * may be shared with another database by mistake, and its files are not this one's to judge.
 */
async function removeOrphanContent(db: Db, store: FileStore, before: Date) {
  let removed = 0;
  const pending = new Map<string, string[]>();
  const known = new Map<string, boolean>();
  const check = async (workspaceId: string) => {
    const keys = pending.get(workspaceId) ?? [];
    pending.delete(workspaceId);
    if (!known.has(workspaceId)) known.set(workspaceId, (await findWorkspace(db, workspaceId)) !== undefined);
    if (!known.get(workspaceId)) return;
    const stored = await findStorageKeys(db, workspaceId, keys);
    removed += await removeAll(
      store,
      keys.filter((key) => !stored.has(key)),
    );
  };
  for await (const { key, storedAt } of store.list()) {
    const workspaceId = key.split('/')[0]!;
    // Only keys this store made (their prefix a workspace id) are candidates.
    if (storedAt >= before || !UUID.test(workspaceId)) continue;
    const keys = pending.get(workspaceId) ?? [];
    keys.push(key);
    pending.set(workspaceId, keys);
    if (keys.length >= BATCH) await check(workspaceId);
  }
  for (const workspaceId of [...pending.keys()]) await check(workspaceId);
  return removed;
}

/**
 * Removes what no one can reach any more: files deleted longer ago than the retention period, files
 * of records gone for good (purged from the trash), stored content without a row, and partial
 * uploads abandoned by a process that died. Rows go first, then their content, so a failure halfway
 * leaves content without a row, which the next run removes. Safe on several nodes at once.
 */
export async function cleanUpFiles(db: Db, store: FileStore, now = new Date()) {
  const retentionCutoff = new Date(now.getTime() - FILE_RETENTION_MS).toISOString();
  const graceCutoff = new Date(now.getTime() - ORPHAN_GRACE_MS);
  const deletedFiles = await inBatches(() => purgeDeletedFiles(db, retentionCutoff, BATCH), store);
  let filesOfPurgedRecords = 0;
  for (const type of RECORD_TYPES)
    filesOfPurgedRecords += await inBatches(
      () => purgeFilesOfMissingRecords(db, type.entity, type.table, BATCH),
      store,
    );
  return {
    deletedFiles,
    filesOfPurgedRecords,
    orphanContents: await removeOrphanContent(db, store, graceCutoff),
    abandonedUploads: await store.removeAbandoned(graceCutoff),
  };
}
