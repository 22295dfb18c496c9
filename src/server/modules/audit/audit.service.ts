import { isDeepStrictEqual } from 'node:util';
import type { Db, DbOrTrx } from '../../db/database.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { insertAuditEntry, listAuditEntries } from './audit.repository.js';

export type Changes = Record<string, { before: unknown; after: unknown }>;

/** Field-level differences between two API representations of a record. */
export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'createdAt' || key === 'id' || key === 'version') continue;
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (key === 'custom' && a && b && typeof a === 'object' && typeof b === 'object') {
      for (const [field, change] of Object.entries(
        diffRecords(a as Record<string, unknown>, b as Record<string, unknown>),
      )) {
        changes[`custom.${field}`] = change;
      }
      continue;
    }
    if (!isDeepStrictEqual(a, b)) changes[key] = { before: a, after: b };
  }
  return changes;
}

/** Writes who did what to a record, in the caller's transaction. */
export async function recordAudit(
  trx: DbOrTrx,
  actor: Actor,
  entityType: string,
  entityId: string,
  action: 'create' | 'update' | 'delete' | 'restore',
  changes: Changes,
) {
  await insertAuditEntry(trx, {
    workspaceId: actor.workspaceId,
    id: uuidv7(),
    entityType,
    entityId,
    action,
    actorType: actor.userId ? 'user' : actor.apiKeyId ? 'api_key' : 'system',
    actorId: actor.userId ?? actor.apiKeyId,
    changes,
    createdAt: nowIso(),
  });
}

export async function listAudit(
  db: Db,
  actor: Actor,
  options: {
    entityType?: string | undefined;
    entityId?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
) {
  authorize(actor, 'audit', 'read');
  const rows = await listAuditEntries(db, actor.workspaceId, {
    ...options,
    before: options.cursor,
    limit: options.limit + 1,
  });
  const data = rows.slice(0, options.limit);
  return { data, nextCursor: rows.length > options.limit ? data[data.length - 1]!.id : null };
}

/** The history of one record, for anyone who may read the record itself. */
export async function recordHistory(db: Db, actor: Actor, entityType: string, entityId: string, limit = 100) {
  const rows = await listAuditEntries(db, actor.workspaceId, { entityType, entityId, limit });
  return rows;
}
