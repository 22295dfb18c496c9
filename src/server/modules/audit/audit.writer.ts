import { isDeepStrictEqual } from 'node:util';
import type { DbOrTrx } from '../../db/database.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { insertAuditEntry } from './audit.repository.js';

/**
 * Writing the audit log: every module's service records its creates, updates and deletes here, in
 * its own transaction. Reading the log, with its permission check, is the audit service's.
 */

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
  action: 'create' | 'update' | 'delete' | 'restore' | 'merge',
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
