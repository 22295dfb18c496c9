import type { Db, DbOrTrx } from '../../db/database.js';
import { invalid, notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import { isCurrencyCode } from '../../lib/money.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { localeSchema } from '../auth/auth.schemas.js';
import { findWorkspace, lockWorkspace, updateWorkspace } from '../workspaces/workspaces.repository.js';
import type { Workspace, WorkspaceUpdate } from './workspace.schemas.js';

const ENTITY = 'workspace';

async function loadWorkspace(db: DbOrTrx, actor: Actor): Promise<Workspace> {
  const row = await findWorkspace(db, actor.workspaceId);
  if (!row) throw notFound('Workspace');
  return {
    id: row.id,
    name: row.name,
    defaultCurrency: row.default_currency,
    // A locale stored before the list of languages changed falls back to English rather than failing.
    defaultLocale: localeSchema.catch('en').parse(row.default_locale),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Everyone signed in reads the settings: the app formats money and dates with them. */
export const getWorkspace = (db: Db, actor: Actor) => loadWorkspace(db, actor);

export async function updateWorkspaceSettings(
  db: Db,
  actor: Actor,
  patch: WorkspaceUpdate,
): Promise<Workspace> {
  authorize(actor, 'admin', 'update');
  if (patch.defaultCurrency !== undefined && !isCurrencyCode(patch.defaultCurrency)) {
    throw invalid('defaultCurrency', 'is not an ISO 4217 currency');
  }
  return db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, actor.workspaceId);
    const before = await loadWorkspace(trx, actor);
    const after: Workspace = {
      ...before,
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.defaultCurrency !== undefined && { defaultCurrency: patch.defaultCurrency }),
      ...(patch.defaultLocale !== undefined && { defaultLocale: patch.defaultLocale }),
      updatedAt: nowIso(),
    };
    const changes = diffRecords(before, after);
    if (Object.keys(changes).length === 0) return before;
    await updateWorkspace(trx, actor.workspaceId, {
      name: after.name,
      default_currency: after.defaultCurrency,
      default_locale: after.defaultLocale,
      updated_at: after.updatedAt,
    });
    await recordAudit(trx, actor, ENTITY, actor.workspaceId, 'update', changes);
    return after;
  });
}
