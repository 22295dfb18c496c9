import type { DbOrTrx } from '../../db/database.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';

/** The workspace's exchange rates: currency → what one unit is worth in the workspace currency. */

export async function findRates(db: DbOrTrx, workspaceId: string) {
  const rows = await db
    .selectFrom('exchange_rates')
    .select(['currency', 'rate', 'updated_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('currency')
    .execute();
  return rows.map((row) => ({ currency: row.currency, rate: row.rate, updatedAt: row.updated_at }));
}

export async function ratesByCurrency(db: DbOrTrx, workspaceId: string): Promise<Map<string, string>> {
  return new Map((await findRates(db, workspaceId)).map((row) => [row.currency, row.rate]));
}

/** The workspace currency and the rates into it; null for a workspace that does not exist. */
export async function findWorkspaceMoney(db: DbOrTrx, workspaceId: string) {
  const [workspace, rates] = await Promise.all([
    findWorkspace(db, workspaceId),
    ratesByCurrency(db, workspaceId),
  ]);
  return workspace ? { currency: workspace.default_currency, rates } : null;
}

export async function replaceRates(
  db: DbOrTrx,
  workspaceId: string,
  rates: { currency: string; rate: string }[],
  now: string,
) {
  await db.deleteFrom('exchange_rates').where('workspace_id', '=', workspaceId).execute();
  if (rates.length === 0) return;
  await db
    .insertInto('exchange_rates')
    .values(
      rates.map((r) => ({ workspace_id: workspaceId, currency: r.currency, rate: r.rate, updated_at: now })),
    )
    .execute();
}
