import type { Db } from '../../db/database.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { listAuditEntries } from './audit.repository.js';

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
