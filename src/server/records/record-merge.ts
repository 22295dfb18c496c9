import type { Db, DbOrTrx } from '../db/database.js';
import { AppError, invalid, notFound } from '../lib/errors.js';
import { nowIso } from '../lib/ids.js';
import { authorize, authorizeRecord, type Actor } from '../lib/permissions.js';
import { checkVersion } from '../lib/versions.js';
import { diffRecords, recordAudit } from '../modules/audit/audit.writer.js';
import { listCustomFields } from '../modules/custom-fields/custom-fields.repository.js';
import { currentCustomValues } from '../modules/custom-fields/custom-values.js';
import { recordEvents, type RecordChange } from '../modules/events/events.outbox.js';
import { moveFiles } from '../modules/files/files.repository.js';
import { moveEmailLinks } from '../modules/mail/received-emails.repository.js';
import { moveNotes } from '../modules/notes/notes.repository.js';
import { deleteSearchDocument } from '../modules/search/search.repository.js';
import { moveTimelineEvents } from '../modules/timeline/timeline.repository.js';
import { recordTimelineEvent } from '../modules/timeline/timeline.writer.js';
import { mergeValues, mergeableFields, type MergeChoice } from './merge-values.js';
import {
  capitalized,
  checkReferences,
  hiddenFields,
  normalize,
  present,
  refuseMerged,
  reindexReferring,
  writeSearchDocuments,
} from './record-service.js';
import {
  findAllReferring,
  findRecord,
  insertRecordMerge,
  repointReferences,
  updateRecordRow,
  type StoredRecord,
} from './record-store.js';
import type { RecordType } from './record-type.js';
import { RECORD_TYPES } from './registry.js';

/**
 * Merging duplicates: one record (the survivor) takes the values chosen from both, everything linked
 * to the other moves to it, and the other goes to the trash with a pointer to the survivor
 * (`record_merges`), so its id answers 404 naming the survivor and its history stays in the audit
 * log. One transaction, one audit entry on the survivor.
 */

export interface MergeInput {
  otherId: string;
  values: Record<string, MergeChoice>;
}

const REPOINT_BATCH = 500;

export async function mergeRecords(
  db: Db,
  actor: Actor,
  type: RecordType,
  survivorId: string,
  input: MergeInput,
  version?: number,
) {
  authorize(actor, type.table, 'update');
  authorize(actor, type.table, 'delete');
  if (input.otherId === survivorId) throw invalid('otherId', `is this ${type.names.singular} itself`);
  refuseHiddenChoices(actor, type, input.values);
  return db.transaction().execute(async (trx) => {
    const customFields = await listCustomFields(trx, actor.workspaceId, type.entity);
    const customKeys = customFields.map((field) => field.key);
    checkChoices(type, customKeys, input.values);
    const { survivor, other } = await lockBoth(trx, actor, type, survivorId, input.otherId);
    checkVersion(survivor.version, version);

    const now = nowIso();
    const current = (record: StoredRecord) => ({
      ...record,
      custom: currentCustomValues(customFields, record.custom),
    });
    const after = normalize(type, {
      ...mergeValues(type, current(survivor), current(other), input.values, customKeys),
      version: survivor.version + 1,
      updatedAt: now,
    });
    if (after.ownerId !== survivor.ownerId) authorizeRecord(actor, type.table, 'update', after.ownerId);
    await checkReferences(trx, actor, type, after, survivor);
    const changes = diffRecords(survivor, after);
    await updateRecordRow(trx, type, actor.workspaceId, after);
    await writeSearchDocuments(trx, type, actor.workspaceId, [after]);
    await reindexReferring(trx, type, actor.workspaceId, survivor, after);

    const trashed = { ...other, deletedAt: now, updatedAt: now, version: other.version + 1 };
    await updateRecordRow(trx, type, actor.workspaceId, trashed);
    await deleteSearchDocument(trx, actor.workspaceId, type.entity, other.id);
    await moveLinked(trx, actor.workspaceId, type.entity, other.id, survivor.id);
    const referring = await repointReferring(trx, actor.workspaceId, type, other.id, survivor.id, now);
    await insertRecordMerge(trx, {
      workspaceId: actor.workspaceId,
      entity: type.entity,
      mergedId: other.id,
      survivorId: survivor.id,
      mergedBy: actor.userId,
      mergedAt: now,
    });

    await recordAudit(trx, actor, type.entity, survivor.id, 'merge', {
      ...changes,
      mergedId: { before: other.id, after: null },
    });
    await recordTimelineEvent(trx, actor, {
      record: { type: type.entity, id: survivor.id },
      kind: 'merged',
      data: { mergedId: other.id, mergedName: type.displayName(other), changes },
    });
    // Record events last: they lock the workspace's event counter until the commit.
    await recordEvents(trx, actor.workspaceId, type, [
      { action: 'updated', before: survivor, after },
      { action: 'deleted', before: other, after: trashed },
    ]);
    for (const [dependent, moved] of referring) await recordEvents(trx, actor.workspaceId, dependent, moved);
    return (await present(trx, type, actor, [after], customFields))[0]!;
  });
}

/** Sensitive fields are chosen only by roles that may see them. */
function refuseHiddenChoices(actor: Actor, type: RecordType, choices: Record<string, MergeChoice>) {
  for (const name of hiddenFields(actor, type)) {
    if (Object.hasOwn(choices, name))
      throw new AppError('forbidden', `Your role may not choose ${name}`, [
        { field: `values.${name}`, message: 'only roles that may read and change every record choose it' },
      ]);
  }
}

function checkChoices(type: RecordType, customKeys: string[], choices: Record<string, MergeChoice>) {
  const known = new Set(mergeableFields(type, customKeys));
  for (const name of Object.keys(choices)) {
    if (!known.has(name))
      throw invalid(`values.${name}`, `is not a field of a ${type.names.singular} that a merge can choose`);
  }
}

/**
 * Reads both records under row locks, the lower id first: two merges of the same pair in opposite
 * directions then queue behind each other instead of deadlocking, and the second finds one of them
 * in the trash.
 */
async function lockBoth(trx: DbOrTrx, actor: Actor, type: RecordType, survivorId: string, otherId: string) {
  const found = new Map<string, StoredRecord | undefined>();
  for (const id of [survivorId, otherId].sort())
    found.set(id, await findRecord(trx, type, actor.workspaceId, id, true));
  const [survivor, other] = [found.get(survivorId), found.get(otherId)];
  const One = capitalized(type.names.singular);
  if (!survivor) throw notFound(One);
  authorizeRecord(actor, type.table, 'update', survivor.ownerId);
  if (survivor.deletedAt) {
    await refuseMerged(trx, type, actor.workspaceId, survivorId);
    throw invalid('id', `the ${type.names.singular} is in the trash; restore it first`);
  }
  if (!other)
    throw new AppError('not_found', `${One} to merge not found`, [
      { field: 'otherId', message: `is not a ${type.names.singular} of this workspace` },
    ]);
  authorizeRecord(actor, type.table, 'delete', other.ownerId);
  if (other.deletedAt) throw invalid('otherId', `the ${type.names.singular} is in the trash`);
  return { survivor, other };
}

/** Notes, files, the timeline and received emails of the merged record go to the survivor. */
async function moveLinked(trx: DbOrTrx, workspaceId: string, entity: string, fromId: string, toId: string) {
  await moveNotes(trx, workspaceId, entity, fromId, toId);
  await moveFiles(trx, workspaceId, entity, fromId, toId);
  await moveTimelineEvents(trx, workspaceId, entity, fromId, toId);
  await moveEmailLinks(trx, workspaceId, entity, fromId, toId);
}

/**
 * Records of every registered type whose reference fields point at the merged record (a company's
 * people) now point at the survivor: their versions rise and their search documents show the
 * survivor's name. Returns their changes, for the record events written last.
 */
async function repointReferring(
  trx: DbOrTrx,
  workspaceId: string,
  type: RecordType,
  fromId: string,
  toId: string,
  now: string,
) {
  const changes = new Map<RecordType, RecordChange[]>();
  for (const dependent of RECORD_TYPES) {
    for (const [name, field] of dependent.recordFields) {
      if (field.ref !== type.entity) continue;
      for (;;) {
        const batch = await findAllReferring(
          trx,
          dependent,
          workspaceId,
          field.column,
          fromId,
          REPOINT_BATCH,
        );
        const ids = batch.map((record) => record.id);
        await repointReferences(trx, dependent, workspaceId, field.column, ids, toId, now);
        const moved = batch.map((before) => ({
          action: 'updated' as const,
          before,
          after: { ...before, [name]: toId, version: before.version + 1, updatedAt: now },
        }));
        const live = moved.filter((change) => !change.after.deletedAt).map((change) => change.after);
        await writeSearchDocuments(trx, dependent, workspaceId, live);
        changes.set(dependent, [...(changes.get(dependent) ?? []), ...moved]);
        if (batch.length < REPOINT_BATCH) break;
      }
    }
  }
  return changes;
}
