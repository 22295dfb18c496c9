import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import { isPostgres, readJson, writeJson } from '../../db/database.js';
import { normalizePermissions, type Permissions } from '../../lib/permissions.js';

export interface RoleRow {
  id: string;
  key: string | null;
  name: string;
  permissions: Permissions;
}

export async function insertWorkspace(
  db: DbOrTrx,
  row: { id: string; name: string; defaultCurrency: string; defaultLocale: string; now: string },
) {
  await db
    .insertInto('workspaces')
    .values({
      id: row.id,
      name: row.name,
      default_currency: row.defaultCurrency,
      default_locale: row.defaultLocale,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

export async function findWorkspace(db: DbOrTrx, id: string) {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Serialises a workspace's administrative changes (members, roles, teams, settings) on PostgreSQL:
 * each reads what it changes after taking this lock, so two owners demoting each other cannot both
 * see "another owner remains", and two edits of one role or team cannot drop each other's change.
 * SQLite already runs one writing transaction at a time.
 */
export async function lockWorkspace(trx: DbOrTrx, workspaceId: string) {
  if (!isPostgres(trx)) return;
  await sql`select id from workspaces where id = ${workspaceId} for update`.execute(trx);
}

export async function updateWorkspace(
  db: DbOrTrx,
  id: string,
  patch: { name?: string; default_currency?: string; default_locale?: string; updated_at: string },
) {
  await db.updateTable('workspaces').set(patch).where('id', '=', id).execute();
}

export async function insertRole(
  db: DbOrTrx,
  workspaceId: string,
  role: { id: string; key: string | null; name: string; permissions: Permissions },
  now: string,
) {
  await db
    .insertInto('roles')
    .values({
      workspace_id: workspaceId,
      id: role.id,
      key: role.key,
      name: role.name,
      permissions: writeJson(role.permissions),
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function findRole(
  db: DbOrTrx,
  workspaceId: string,
  roleId: string,
): Promise<RoleRow | undefined> {
  const row = await db
    .selectFrom('roles')
    .select(['id', 'key', 'name', 'permissions'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', roleId)
    .executeTakeFirst();
  return row && { ...row, permissions: normalizePermissions(readJson(row.permissions, {})) };
}

export async function findRoleByKey(db: DbOrTrx, workspaceId: string, key: string) {
  return db
    .selectFrom('roles')
    .select(['id', 'key', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function insertMembership(
  db: DbOrTrx,
  workspaceId: string,
  userId: string,
  roleId: string,
  now: string,
) {
  await db
    .insertInto('memberships')
    .values({
      workspace_id: workspaceId,
      user_id: userId,
      role_id: roleId,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function findMembership(db: DbOrTrx, workspaceId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .select(['role_id', 'active'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Everyone who shares at least one team with the user, the user included. */
export async function teammateIds(db: DbOrTrx, workspaceId: string, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('team_members as mine')
    .innerJoin('team_members as other', (join) =>
      join.onRef('other.workspace_id', '=', 'mine.workspace_id').onRef('other.team_id', '=', 'mine.team_id'),
    )
    .select('other.user_id')
    .distinct()
    .where('mine.workspace_id', '=', workspaceId)
    .where('mine.user_id', '=', userId)
    .execute();
  const ids = new Set(rows.map((row) => row.user_id));
  ids.add(userId);
  return [...ids];
}
