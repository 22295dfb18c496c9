import type { Db } from '../../db/database.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { listAuditEntries } from './audit.repository.js';

// Kept for the people and companies services until they move onto the record kit, and for the kit;
// everything else imports the writer itself (a service never imports another module's service).
export { diffRecords, recordAudit, type Changes } from './audit.writer.js';

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
