import type { Db } from '../../db/database.js';
import { BlobNotFoundError, type FileStorage } from '../../files/file-store.js';
import { notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { checkVersion } from '../../lib/versions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { findFile, markFileDeleted } from '../files/files.repository.js';
import { lockWorkspace } from '../workspaces/workspaces.repository.js';
import {
  DETAIL_COLUMNS,
  emptyDocumentDetails,
  findDocumentDetails,
  saveDocumentDetails,
  type DocumentDetailsRow,
} from './document-details.repository.js';
import type { DocumentDetails, DocumentDetailsUpdate } from './document-details.schemas.js';
import { storeLogo, type LogoUpload } from './document-logo.js';

const ENTITY = 'document_details';

async function toDetails(db: Db, row: DocumentDetailsRow): Promise<DocumentDetails> {
  const logo = row.logo_file_id ? await findFile(db, row.workspace_id, row.logo_file_id) : undefined;
  const details = Object.fromEntries(
    Object.entries(DETAIL_COLUMNS).map(([field, column]) => [field, row[column]]),
  ) as Omit<DocumentDetails, 'logo' | 'version' | 'updatedAt'>;
  return {
    ...details,
    logo: logo
      ? { contentType: logo.contentType, size: logo.size, sha256: logo.sha256, updatedAt: logo.createdAt }
      : null,
    version: row.version,
    updatedAt: row.updated_at || null,
  };
}

/** Every member reads them: they are printed on every document a member makes. */
export async function getDocumentDetails(db: Db, actor: Actor): Promise<DocumentDetails> {
  return toDetails(
    db,
    (await findDocumentDetails(db, actor.workspaceId)) ?? emptyDocumentDetails(actor.workspaceId),
  );
}

/** Changes the details (admins); `expectedVersion` from If-Match refuses to overwrite a change not seen. */
export async function updateDocumentDetails(
  db: Db,
  actor: Actor,
  patch: DocumentDetailsUpdate,
  expectedVersion?: number,
): Promise<DocumentDetails> {
  authorize(actor, 'admin', 'update');
  const saved = await db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, actor.workspaceId);
    const existing = await findDocumentDetails(trx, actor.workspaceId);
    const before = existing ?? emptyDocumentDetails(actor.workspaceId);
    checkVersion(before.version, expectedVersion);
    const after: DocumentDetailsRow = { ...before };
    for (const [field, column] of Object.entries(DETAIL_COLUMNS)) {
      const value = patch[field as keyof DocumentDetailsUpdate];
      if (value !== undefined) (after as Record<string, unknown>)[column] = value;
    }
    const changes = diffRecords(fieldsOf(before), fieldsOf(after));
    if (Object.keys(changes).length === 0) return before;
    const next = { ...after, version: before.version + 1, updated_at: nowIso() };
    await saveDocumentDetails(trx, next, existing !== undefined);
    await recordAudit(trx, actor, ENTITY, actor.workspaceId, 'update', changes);
    return next;
  });
  return toDetails(db, saved);
}

const fieldsOf = (row: DocumentDetailsRow) =>
  Object.fromEntries(Object.entries(DETAIL_COLUMNS).map(([field, column]) => [field, row[column]]));

/**
 * Replaces the logo (admins): a PNG or JPEG within the size limit, kept as a file of the workspace.
 * The old logo's file is marked deleted and removed by housekeeping after the retention period.
 */
export async function replaceLogo(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  nextUpload: () => Promise<LogoUpload | null>,
): Promise<DocumentDetails> {
  authorize(actor, 'admin', 'update');
  const file = await storeLogo(storage, actor, nextUpload);
  try {
    const saved = await db.transaction().execute(async (trx) => {
      await lockWorkspace(trx, actor.workspaceId);
      const existing = await findDocumentDetails(trx, actor.workspaceId);
      const before = existing ?? emptyDocumentDetails(actor.workspaceId);
      await file.insert(trx);
      if (before.logo_file_id) await markFileDeleted(trx, actor.workspaceId, before.logo_file_id, nowIso());
      const next = { ...before, logo_file_id: file.id, version: before.version + 1, updated_at: nowIso() };
      await saveDocumentDetails(trx, next, existing !== undefined);
      await recordAudit(trx, actor, ENTITY, actor.workspaceId, 'update', {
        logo: { before: before.logo_file_id, after: file.id },
      });
      return next;
    });
    return toDetails(db, saved);
  } catch (error) {
    await storage.store.delete(file.storageKey);
    throw error;
  }
}

export async function removeLogo(db: Db, actor: Actor): Promise<DocumentDetails> {
  authorize(actor, 'admin', 'update');
  const saved = await db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, actor.workspaceId);
    const existing = await findDocumentDetails(trx, actor.workspaceId);
    if (!existing?.logo_file_id) return existing ?? emptyDocumentDetails(actor.workspaceId);
    await markFileDeleted(trx, actor.workspaceId, existing.logo_file_id, nowIso());
    const next = { ...existing, logo_file_id: null, version: existing.version + 1, updated_at: nowIso() };
    await saveDocumentDetails(trx, next, true);
    await recordAudit(trx, actor, ENTITY, actor.workspaceId, 'update', {
      logo: { before: existing.logo_file_id, after: null },
    });
    return next;
  });
  return toDetails(db, saved);
}

/** The logo's bytes and type, for the settings page and for documents; 404 without one. */
export async function readLogo(db: Db, storage: FileStorage, workspaceId: string) {
  const row = await findDocumentDetails(db, workspaceId);
  const file = row?.logo_file_id ? await findFile(db, workspaceId, row.logo_file_id) : undefined;
  if (!file) throw notFound('Logo');
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.store.open(file.storageKey)) chunks.push(chunk as Buffer);
    return {
      bytes: Buffer.concat(chunks),
      contentType: file.contentType as 'image/png' | 'image/jpeg',
      sha256: file.sha256,
    };
  } catch (error) {
    if (error instanceof BlobNotFoundError) throw notFound('Logo');
    throw error;
  }
}
