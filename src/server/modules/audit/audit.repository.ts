import type { DbOrTrx } from '../../db/database.js';
import { readJson, writeJson } from '../../db/database.js';

export interface AuditEntry {
  workspaceId: string;
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actorType: 'user' | 'api_key' | 'system';
  actorId: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  createdAt: string;
}

export async function insertAuditEntry(db: DbOrTrx, entry: AuditEntry) {
  await db
    .insertInto('audit_log')
    .values({
      workspace_id: entry.workspaceId,
      id: entry.id,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      action: entry.action,
      actor_type: entry.actorType,
      actor_id: entry.actorId,
      changes: writeJson(entry.changes),
      created_at: entry.createdAt,
    })
    .execute();
}

export async function listAuditEntries(
  db: DbOrTrx,
  workspaceId: string,
  options: {
    entityType?: string | undefined;
    entityId?: string | undefined;
    before?: string | undefined;
    limit: number;
  },
) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.action',
      'audit_log.actor_type',
      'audit_log.actor_id',
      'audit_log.changes',
      'audit_log.created_at',
      'users.name as actor_name',
    ])
    .where('audit_log.workspace_id', '=', workspaceId);
  if (options.entityType) query = query.where('audit_log.entity_type', '=', options.entityType);
  if (options.entityId) query = query.where('audit_log.entity_id', '=', options.entityId);
  if (options.before) query = query.where('audit_log.id', '<', options.before);
  const rows = await query.orderBy('audit_log.id', 'desc').limit(options.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorName: row.actor_name ?? null,
    changes: readJson<Record<string, { before: unknown; after: unknown }>>(row.changes, {}),
    createdAt: row.created_at,
  }));
}
